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
    assert!(man.contains("\\fBsla\\fR"), "{man}");
}

#[test]
fn man_page_lists_the_exit_codes_of_spec_2() {
    let env = Env::new();
    let man = env.run(&["man"], 0);
    let status = &man[man
        .find(".SH \"EXIT STATUS\"")
        .expect("an EXIT STATUS section")..];
    for (code, words) in [
        (0, "success"),
        (1, "I/O failure"),
        (2, "usage or invalid input"),
        (3, "\\-\\-fail\\-on"),
        (4, "refused by a support rule"),
        (5, "no such request"),
    ] {
        let entry = format!(".TP\n{code}\n");
        let at = status
            .find(&entry)
            .unwrap_or_else(|| panic!("exit {code}: {status}"));
        let line = status[at + entry.len()..].lines().next().unwrap();
        assert!(line.contains(words), "exit {code}: {line}");
    }
}

#[test]
fn man_page_points_to_no_page_that_does_not_exist() {
    let env = Env::new();
    // Printed alone, the page names the commands but refers to no svcreq-COMMAND(1) page.
    let man = env.run(&["man"], 0);
    assert!(!man.contains("svcreq\\-open(1)"), "{man}");
    // With --dir, every page a page refers to is written beside it.
    let dir = env.path("man/man1");
    env.run(&["man", "--dir", dir.to_str().unwrap()], 0);
    let mut referred = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let page = std::fs::read_to_string(e.unwrap().path()).unwrap();
        assert!(page.contains(".SH \"EXIT STATUS\""));
        for (i, _) in page.match_indices("(1)") {
            let name: String = page[..i]
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '\\')
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let file = format!("{}.1", name.replace("\\-", "-"));
            assert!(
                dir.join(&file).exists(),
                "{file} is referred to but not written"
            );
            referred += 1;
        }
    }
    assert!(
        referred >= 14,
        "the main page refers to each command's page"
    );
    assert!(dir.join("svcreq-sla.1").exists());
}

#[test]
fn completions_offer_the_values_of_enumerated_options() {
    let env = Env::new();
    let bash = env.run(&["completions", "bash"], 0);
    let fish = env.run(&["completions", "fish"], 0);
    let zsh = env.run(&["completions", "zsh"], 0);
    for (flag, values) in [
        ("severity", "A B C"),
        ("channel", "online phone"),
        ("sla", "breached at-risk pending met withdrawn no-target"),
        ("category", "technical presales billing"),
        ("impact", "down degraded working"),
        ("users", "single multiple all"),
        ("status", "open closed all"),
        ("format", "table json csv"),
    ] {
        let bash_case =
            format!("--{flag})\n                    COMPREPLY=($(compgen -W \"{values}");
        assert!(bash.contains(&bash_case), "bash --{flag}: offers no values");
        let first = values.split(' ').next().unwrap();
        let fish_line = fish
            .lines()
            .find(|l| l.contains(&format!("-l {flag} ")))
            .unwrap_or_else(|| panic!("fish has no --{flag}"));
        assert!(fish_line.contains(first), "fish --{flag}: {fish_line}");
        assert!(
            zsh.lines().any(|l| l.contains(&format!("--{flag}=["))
                && (l.contains(&format!("({values}")) || l.contains(&format!("(({first}\\:")))),
            "zsh --{flag}: offers no values"
        );
    }
}

#[test]
fn help_shows_own_options_first_and_global_ones_under_their_heading() {
    let env = Env::new();
    for cmd in ["open", "list", "sla", "classify"] {
        let help = env.run(&[cmd, "--help"], 0);
        let own = help.find("Options:").expect("own options");
        let global = help
            .find("Global options:")
            .expect("a Global options heading");
        assert!(own < global, "{cmd}");
        let db = help.find("--db <PATH|URL>").unwrap();
        assert!(db > global, "{cmd}: --db is listed under Global options");
        assert!(help[own..global].contains("-h, --help"), "{cmd}");
    }
}
