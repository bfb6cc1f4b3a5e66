//! The README runs as written, on any day: its first two command lines are the install (with
//! a first request) and the test command, and its tour runs line by line, as printed, on the
//! scratch ledger and the clock it names, with the exit code and key output of each line
//! checked. The install and test lines are not run here.

use std::path::Path;

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap()
}

/// The ```sh blocks of `text`, each as its lines.
fn sh_blocks(text: &str) -> Vec<Vec<String>> {
    let mut blocks = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in text.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```sh") => current = Some(Vec::new()),
            (Some(_), "```") => blocks.push(current.take().unwrap()),
            (Some(b), l) => b.push(l.to_string()),
            (None, _) => {}
        }
    }
    blocks
}

/// The section of the README under `heading`, up to the next `## `.
fn section<'a>(text: &'a str, heading: &str) -> &'a str {
    let start = text.find(heading).unwrap_or_else(|| panic!("no {heading}"));
    let rest = &text[start + heading.len()..];
    &rest[..rest.find("\n## ").unwrap_or(rest.len())]
}

#[test]
fn readme_opens_with_the_install_and_test_lines() {
    let blocks = sh_blocks(&readme());
    assert!(
        blocks[0][0].starts_with("cargo install --locked --path . && svcreq open --title"),
        "{:?}",
        blocks[0]
    );
    assert_eq!(blocks[1], ["cargo test --locked"]);
}

/// One tour line's result: its text, exit code and output (stdout and stderr).
struct Ran {
    line: String,
    code: i32,
    output: String,
}

/// Run `lines` one after another in one bash (so `export` carries over), in a fresh home and
/// temporary directory, with `svcreq` on PATH being the binary under test.
fn run_lines(lines: &[String]) -> (Vec<Ran>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("bin");
    let home = dir.path().join("home");
    let tmp = dir.path().join("tmp");
    for d in [&bin, &home, &tmp] {
        std::fs::create_dir(d).unwrap();
    }
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_svcreq"), bin.join("svcreq")).unwrap();
    let mut script = String::new();
    for (i, line) in lines.iter().enumerate() {
        script.push_str(&format!("{line}\necho \"@@ran {i} $?\"\n"));
    }
    let mut cmd = std::process::Command::new("bash");
    cmd.arg("-c")
        .arg(&script)
        // A fresh directory, as a newcomer runs the tour: no file of the source tree is at hand.
        .current_dir(dir.path())
        .env("HOME", &home)
        .env("TMPDIR", &tmp)
        .env(
            "PATH",
            format!("{}:{}", bin.display(), std::env::var("PATH").unwrap()),
        )
        .env("USER", "alice")
        .env("NO_COLOR", "1")
        // Piped tables fit COLUMNS when set (SPEC 6): the tour's output must not depend on it.
        .env_remove("COLUMNS")
        // A fixed clock underneath: the tour sets its own.
        .env("SVCREQ_NOW", "2026-11-24T00:00:00Z");
    for (k, _) in std::env::vars() {
        if (k.starts_with("SVCREQ_") && k != "SVCREQ_NOW") || k.starts_with("XDG_") {
            cmd.env_remove(&k);
        }
    }
    let out = cmd.stdin(std::process::Stdio::null()).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.stderr.is_empty() || !String::from_utf8_lossy(&out.stderr).contains("panicked"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut ran = Vec::new();
    let mut output = String::new();
    for l in stdout.lines() {
        if let Some(rest) = l.strip_prefix("@@ran ") {
            let (i, code) = rest.split_once(' ').unwrap();
            let i: usize = i.parse().unwrap();
            ran.push(Ran {
                line: lines[i].clone(),
                code: code.parse().unwrap(),
                output: std::mem::take(&mut output),
            });
        } else {
            output.push_str(l);
            output.push('\n');
        }
    }
    (ran, dir)
}

#[test]
fn readme_tour_runs_as_printed() {
    let text = readme();
    let tour = sh_blocks(section(&text, "## A short tour"));
    assert_eq!(tour.len(), 1, "one tour block");
    let lines = &tour[0];
    assert!(
        lines[0].starts_with("export SVCREQ_DB=") && lines[0].contains("SVCREQ_NOW="),
        "the tour names its scratch ledger and clock first: {}",
        lines[0]
    );
    let (ran, dir) = run_lines(lines);
    assert_eq!(ran.len(), lines.len(), "every line ran");
    for r in &ran {
        assert_eq!(r.code, 0, "{}\n{}", r.line, r.output);
    }
    // Key output, by the command each line starts with.
    let output_of = |prefix: &str| {
        &ran.iter()
            .find(|r| r.line.starts_with(prefix))
            .unwrap_or_else(|| panic!("no tour line starts with {prefix}"))
            .output
    };
    for (prefix, expected) in [
        ("svcreq classify", "severity A"),
        ("svcreq open --title \"EAC", "Opened request 1: severity B"),
        ("svcreq open --title \"Pricing", "no response commitment"),
        ("svcreq list --json", "1\n2\n3\n"),
        ("svcreq respond 1 --at \"2026-11-24 10:40\"", "met"),
        ("svcreq reopen 1 --check", "may be reopened until"),
        ("svcreq reopen 1 --reason", "new response cycle"),
        ("svcreq list --incident", "EAC cannot set mail forwarding"),
        ("svcreq sla", "(cycle 2) EAC cannot set mail forwarding"),
        ("svcreq rules --check", "ok"),
    ] {
        assert!(
            output_of(prefix).contains(expected),
            "{prefix}: no '{expected}' in\n{}",
            output_of(prefix)
        );
    }
    // The tour wrote into its scratch ledger and the directory it created, nothing else.
    let tmp = dir.path().join("tmp");
    assert!(tmp.join("svcreq-tour.db").exists());
    assert!(tmp.join("svcreq-rules.toml").exists());
    let home = dir.path().join("home");
    assert!(
        home.join(".local/share/bash-completion/completions/svcreq")
            .exists()
    );
    assert!(
        !home.join(".local/share/svcreq").exists(),
        "the real ledger is left alone"
    );
}
