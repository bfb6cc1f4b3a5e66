//! What one command stores, another takes back (SPEC 5, 7): one cap per stored field for
//! every command that writes it, a whole record bounded so its export line always imports,
//! import errors in the project's own words, and the hints for stdin's format and for a
//! UTF-16 file without a byte order mark.

#[macro_use]
mod common;
use common::Env;

fn export(env: &Env, db: &std::path::Path, args: &[&str]) -> Vec<u8> {
    let out = env.on(db).arg("export").args(args).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Export `args` from the seeded ledger, import into a fresh one, export again: equal.
fn round_trip(env: &Env, args: &[&str], tag: &str) {
    let first = export(env, &env.db(), args);
    let file = env.path(&format!("rt-{tag}"));
    std::fs::write(&file, &first).unwrap();
    let fresh = env.other_db(&format!("fresh-{tag}.db"));
    let out = env
        .on(&fresh)
        .arg("import")
        .arg(&file)
        .args(args.iter().filter(|a| **a != "--events"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{tag}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let second = export(env, &fresh, args);
    assert!(first == second, "{tag}: the round trip differs");
}

#[test]
fn every_field_has_one_cap_shared_by_every_command_that_writes_it() {
    let tenant = "t".repeat(1024);
    let env = Env::with_config(&format!("[tenants.{tenant}]\nplan = \"e3\"\n"));
    let long = "x".repeat(1024);
    let id = env.open(&[
        "--title",
        "at every cap",
        "--severity",
        "B",
        "--tenant",
        &tenant,
        "--contact",
        &long,
        "--engineer",
        &long,
        "--owner",
        &long,
        "--as",
        &long,
    ]);
    env.run(
        &[
            "update",
            &id.to_string(),
            "--contact",
            &"y".repeat(1024),
            "--as",
            &long,
        ],
        0,
    );
    for args in [&["--format", "csv"][..], &[], &["--events"]] {
        round_trip(&env, args, &format!("{}", args.join("")));
    }
    // One byte over: refused by every command that writes the field, with its cap.
    let over = "x".repeat(1025);
    for flag in ["--contact", "--engineer", "--owner", "--as"] {
        let err = env.fail(&["open", "--title", "t", "--severity", "C", flag, &over], 2);
        assert!(err.contains(flag) && err.contains("1024"), "{flag}: {err}");
        let line = serde_json::json!({"title": "t", "severity": "C", flag.trim_start_matches('-').replace("as", "opened_by"): over});
        let file = env.path("over.jsonl");
        std::fs::write(&file, format!("{line}\n")).unwrap();
        let err = env.fail(&["import", file.to_str().unwrap()], 2);
        assert!(err.contains("1024"), "{flag}: {err}");
    }
    let env = Env::with_config(&format!("[tenants.{over}]\nplan = \"e3\"\n"));
    let err = env.fail(&["list"], 2);
    assert!(err.contains("1024"), "{err}");
}
