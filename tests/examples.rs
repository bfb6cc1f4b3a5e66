//! The examples build and run: the Rust examples (built by `cargo test`), the bulk-filing
//! script, and the example config and rules file.

mod common;
use common::Env;
use std::path::PathBuf;
use std::process::Command;

fn example(name: &str) -> PathBuf {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_svcreq"));
    bin.parent().unwrap().join("examples").join(name)
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `cargo test` builds the examples before it runs the tests.
fn build_example(name: &str) {
    assert!(
        example(name).exists(),
        "example {name} was not built; run the tests with `cargo test`"
    );
}

#[test]
fn response_targets_prints_every_tier_and_severity() {
    build_example("response_targets");
    let out = Command::new(example("response_targets")).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 1 + 4 * 3, "{text}");
    assert!(
        text.lines().any(|l| l.starts_with("enterprise B")
            && l.contains("next-day")
            && l.ends_with("Tue 23:59:59")),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("elevated   C") && l.contains("4h")),
        "{text}"
    );
}

#[test]
fn file_and_evaluate_files_and_evaluates() {
    build_example("file_and_evaluate");
    let out = Command::new(example("file_and_evaluate")).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Mail down for everyone") && text.contains("→ breached"),
        "{text}"
    );
    assert!(
        text.contains("EAC cannot set forwarding") && text.contains("→ pending"),
        "{text}"
    );
}

#[test]
fn example_config_and_rules_are_valid_and_the_script_files_requests() {
    let env = Env::new();
    let rules = root().join("examples/rules.toml");
    let out = env
        .bare()
        .arg("rules")
        .arg("--check")
        .arg(&rules)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let bin_dir = PathBuf::from(env!("CARGO_BIN_EXE_svcreq"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("sh")
        .arg(root().join("examples/file-requests.sh"))
        .arg(root().join("examples/requests.csv"))
        .env("PATH", path)
        .env("SVCREQ_DB", env.db())
        .env("SVCREQ_CONFIG", root().join("examples/config.toml"))
        .env("SVCREQ_NOW", common::NOW)
        .env("SVCREQ_ADMIN", "alice")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "1\n2\n3\n");
    let list = env
        .bare()
        .args(["--db"])
        .arg(env.db())
        .arg("--config")
        .arg(root().join("examples/config.toml"))
        .args(["--now", common::NOW, "list", "--status", "all", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let tenants: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["tenant"].as_str().unwrap())
        .collect();
    assert!(
        tenants.contains(&"fabrikam") && tenants.contains(&"contoso"),
        "{tenants:?}"
    );
}
