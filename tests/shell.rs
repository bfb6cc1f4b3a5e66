//! Shell integration: committed completion scripts match the binary and load in real
//! shells; the man page renders.

mod common;
use common::Env;
use std::process::Command;

const SHELLS: &[(&str, &str)] = &[
    ("bash", "completions/svcreq.bash"),
    ("zsh", "completions/_svcreq"),
    ("fish", "completions/svcreq.fish"),
    ("powershell", "completions/_svcreq.ps1"),
    ("elvish", "completions/svcreq.elv"),
];

fn committed(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

#[test]
fn committed_completions_match_the_binary() {
    let env = Env::new();
    for (shell, path) in SHELLS {
        let printed = env.run(&["completions", shell], 0);
        assert!(
            printed == committed(path),
            "{path} is stale; regenerate it with: cargo run -q -- completions {shell} > {path}"
        );
    }
}

fn have(shell: &str) -> bool {
    Command::new(shell)
        .arg("-c")
        .arg("true")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn bash_completion_loads() {
    if !have("bash") {
        eprintln!("skipped: bash is not installed");
        return;
    }
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/completions/svcreq.bash");
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!("source '{script}' && complete -p svcreq"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("svcreq"));
}

#[test]
fn zsh_and_fish_parse_their_scripts() {
    for (shell, path) in [
        ("zsh", "completions/_svcreq"),
        ("fish", "completions/svcreq.fish"),
    ] {
        if !have(shell) {
            // .ci/run installs both; a developer machine may lack them.
            eprintln!("skipped: {shell} is not installed (apt-get install {shell})");
            continue;
        }
        let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
        let out = Command::new(shell).arg("-n").arg(&full).output().unwrap();
        assert!(
            out.status.success(),
            "{shell} -n {path}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn man_page_renders() {
    let env = Env::new();
    let man = env.run(&["man"], 0);
    assert!(man.contains(".TH svcreq 1"));
    assert!(man.contains("sla"));
}
