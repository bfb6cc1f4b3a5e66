//! What users see, pinned: the `--help` of every command (found by walking the clap
//! definition, so a new command is covered without touching this file), the tables of a
//! small fixed ledger at a fixed --now, and the error line of each exit-code row of SPEC 2.
//! A change shows in review as a changed file under tests/snapshots/; accept one with
//! `INSTA_UPDATE=always cargo test --test snapshots` (or `cargo insta review`).

mod common;
use clap::CommandFactory;
use common::Env;
use svcreq::cli::Cli;

/// Every command path under `cmd`: [], ["open"], ["db", "init"], …
fn command_paths(cmd: &clap::Command, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(prefix.clone());
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        let mut p = prefix.clone();
        p.push(sub.get_name().to_string());
        command_paths(sub, p, out);
    }
}

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_prepend_module_to_snapshot(false);
    s.set_omit_expression(true);
    s
}

#[test]
fn help_of_every_command() {
    let env = Env::new();
    let mut paths = Vec::new();
    command_paths(&Cli::command(), Vec::new(), &mut paths);
    assert!(paths.len() > 15, "{paths:?}");
    let _guard = settings().bind_to_scope();
    for path in paths {
        let out = env
            .bare()
            .args(&path)
            .arg("--help")
            .env("COLUMNS", "100")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{path:?}");
        let name = if path.is_empty() {
            "help".to_string()
        } else {
            format!("help_{}", path.join("_"))
        };
        insta::assert_snapshot!(name, String::from_utf8(out.stdout).unwrap());
    }
}

/// The help in Japanese (SPEC 10): every description svcreq writes, from the Japanese
/// catalogue; clap's own words (Usage, Options) stay.
#[test]
fn help_in_japanese() {
    let env = Env::new();
    let _guard = settings().bind_to_scope();
    for (path, name) in [(vec![], "help_ja"), (vec!["open"], "help_ja_open")] {
        let out = env
            .bare()
            .args(&path)
            .args(["--help", "--lang", "ja"])
            .env("COLUMNS", "100")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{path:?}");
        insta::assert_snapshot!(name, String::from_utf8(out.stdout).unwrap());
    }
}

/// A small ledger: two tenants, a breached, an answered, a reopened and a closed request.
fn ledger() -> Env {
    let env = Env::with_config(
        "tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n\
         [tenants.fabrikam]\ntimezone = \"Europe/Berlin\"\nplan = \"business-premium\"\n",
    );
    let open = |args: &[&str]| env.open(args);
    open(&[
        "--title",
        "全ユーザーがメールを送受信できない",
        "--severity",
        "A",
        "--available-24x7",
        "--opened-at",
        "2026-11-24T08:00:00Z",
    ]);
    open(&[
        "--title",
        "SharePoint site slow for the sales team",
        "--severity",
        "B",
        "--opened-at",
        "2026-11-23T09:00:00Z",
    ]);
    env.run(&["respond", "2", "--at", "2026-11-23T12:00:00Z"], 0);
    open(&[
        "--title",
        "Teams calls drop after five minutes",
        "--severity",
        "A",
        "--available-24x7",
        "--tenant",
        "fabrikam",
        "--opened-at",
        "2026-11-20T09:00:00Z",
    ]);
    env.run(&["close", "3", "--at", "2026-11-20T12:00:00Z"], 0);
    env.run(
        &[
            "reopen",
            "3",
            "--reason",
            "dropping again",
            "--severity",
            "B",
        ],
        0,
    );
    open(&[
        "--title",
        "Question about E5 pricing",
        "--category",
        "presales",
        "--opened-at",
        "2026-11-24T09:00:00Z",
    ]);
    env.run(&["close", "4", "--at", "2026-11-24T09:30:00Z"], 0);
    env
}

both_backends! {
#[test]
fn tables_of_a_small_ledger() {
    let env = ledger();
    let _guard = settings().bind_to_scope();
    for (name, args, code) in [
        ("table_list", &["list"][..], 0),
        (
            "table_list_all",
            &["list", "--status", "all", "--sort", "id"],
            0,
        ),
        ("table_list_one_tenant", &["list", "--tenant", "contoso"], 0),
        ("table_sla", &["sla", "--all"], 3),
        ("table_show", &["show", "3"], 0),
        ("table_tenants", &["tenants"], 0),
        ("table_rules", &["rules"], 0),
    ] {
        let out = env.cmd().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(code), "{args:?}");
        insta::assert_snapshot!(name, String::from_utf8(out.stdout).unwrap());
    }
}
}

both_backends! {
/// The same ledger's tables in Japanese (SPEC 10): headers, state and category names,
/// weekdays and durations from the Japanese catalogue; ids, times and titles as they are.
#[test]
fn tables_of_a_small_ledger_in_japanese() {
    let env = ledger();
    let _guard = settings().bind_to_scope();
    for (name, args, code) in [
        (
            "table_ja_list_all",
            &["list", "--status", "all", "--sort", "id"][..],
            0,
        ),
        ("table_ja_sla", &["sla", "--all", "--explain"], 3),
        ("table_ja_show", &["show", "3"], 0),
    ] {
        let out = env
            .cmd()
            .args(args)
            .args(["--lang", "ja"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(code), "{args:?}");
        insta::assert_snapshot!(name, String::from_utf8(out.stdout).unwrap());
    }
}
}

both_backends! {
/// JSON, CSV and JUnit are the contract (SPEC 10): byte for byte the same in English and
/// Japanese, the texts inside them (rationale, referral, explanation, notes) included.
#[test]
fn machine_output_is_the_same_in_every_language() {
    let env = ledger();
    let reads: &[&[&str]] = &[
        &["list", "--status", "all", "--json"],
        &["list", "--status", "all", "--format", "csv"],
        &["show", "3", "--json"],
        &["sla", "--all", "--explain", "--json"],
        &["sla", "--all", "--format", "csv"],
        &["sla", "--all", "--format", "junit"],
        &["reopen", "4", "--check", "--json"],
        &["tenants", "--json"],
        &["rules", "--json"],
        &["report", "--month", "2026-11", "--format", "json"],
        &["report", "--month", "2026-11", "--format", "csv"],
        &["export", "--events"],
        &["export", "--format", "csv"],
        &[
            "classify",
            "全ユーザーがメールを送受信できない。回避策はありません",
            "--json",
        ],
        &["classify", "our VPN drops every call", "--json"],
    ];
    for args in reads {
        let run = |lang: &str| {
            let out = env
                .cmd()
                .args(*args)
                .args(["--lang", lang])
                .output()
                .unwrap();
            (out.status.code(), out.stdout)
        };
        let (en, ja) = (run("en"), run("ja"));
        assert!(!en.1.is_empty(), "{args:?} printed nothing");
        assert_eq!(en, ja, "{args:?} differs between --lang en and --lang ja");
    }
    // Writes: the same actions in each language on two ledgers give the same records.
    let writes: &[&[&str]] = &[
        &["open", "--title", "Outlook will not sync", "--json"],
        &[
            "open",
            "--title",
            "Pricing for E5",
            "--category",
            "presales",
            "--json",
        ],
        &["respond", "5", "--json"],
        &["update", "5", "--case-number", "2405010010005082", "--json"],
        &["note", "5", "Microsoft: collecting logs", "--json"],
        &["close", "5", "--resolution", "fixed", "--json"],
        &[
            "reopen",
            "5",
            "--reason",
            "came back",
            "--severity",
            "A",
            "--json",
        ],
        &[
            "update",
            "5",
            "--severity",
            "B",
            "--reason",
            "one mailbox",
            "--json",
        ],
        &["show", "5", "--json"],
    ];
    // A second ledger of the same backend with the same rows.
    let copy = env.other_db("copy.db");
    let (from, to) = (env.db(), copy.clone());
    env.run(
        &["db", "copy", "-q", "--from", from.to_str().unwrap(), "--to", to.to_str().unwrap()],
        0,
    );
    for args in writes {
        let en = env
            .cmd()
            .args(*args)
            .args(["--lang", "en"])
            .output()
            .unwrap();
        let ja = env
            .on(&copy)
            .args(*args)
            .args(["--lang", "ja"])
            .output()
            .unwrap();
        assert_eq!(en.status.code(), Some(0), "{args:?}: {en:?}");
        assert_eq!(ja.status.code(), Some(0), "{args:?}: {ja:?}");
        assert_eq!(
            String::from_utf8_lossy(&en.stdout),
            String::from_utf8_lossy(&ja.stdout),
            "{args:?} differs between --lang en and --lang ja"
        );
    }
}
}

both_backends! {
#[test]
fn error_lines_of_the_exit_codes() {
    let env = ledger();
    let missing = env.path("missing.db");
    let mut lines = String::new();
    let mut run = |what: &str, cmd: &mut assert_cmd::Command, code: i32| {
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(code), "{what}");
        // The sla verdict has no error line: what it prints is the ids that fail it.
        let text = if code == 3 { out.stdout } else { out.stderr };
        let text = String::from_utf8(text)
            .unwrap()
            .replace(&env.dir.path().display().to_string(), "[TMP]");
        lines.push_str(&format!("exit {code} · {what}\n{text}\n"));
    };
    run("no ledger", env.on(&missing).args(["list"]), 1);
    run("unknown flag", env.cmd().args(["list", "--colour"]), 2);
    run(
        "bad value",
        env.cmd().args(["open", "--title", "x", "--severity", "D"]),
        2,
    );
    run(
        "bad time",
        env.cmd().args(["respond", "1", "--at", "2026-02-30"]),
        2,
    );
    run("not a request id", env.cmd().args(["show", "abc"]), 2);
    std::fs::write(env.path("bad.toml"), "tenant = [").unwrap();
    run(
        "malformed config",
        env.bare()
            .args(["--config", env.path("bad.toml").to_str().unwrap(), "rules"]),
        2,
    );
    run("sla breached", env.cmd().args(["sla", "-q"]), 3);
    run("reopen an open request", env.cmd().args(["reopen", "1"]), 4);
    run(
        "out of scope",
        env.cmd().args([
            "open",
            "--title",
            "Our on-premises firewall blocks Outlook",
            "--severity",
            "B",
        ]),
        4,
    );
    run("no such request", env.cmd().args(["show", "99"]), 5);
    let _guard = settings().bind_to_scope();
    insta::assert_snapshot!("error_lines", lines);
}
}

/// clap's own words in Japanese help (SPEC 10): the help and version flags, the help
/// command, the default, possible values and environment variable of a flag, and the
/// headings (Usage, Options, Arguments, Commands) are said from the catalogue.
#[test]
fn help_in_japanese_has_none_of_claps_english() {
    use clap::CommandFactory;
    let env = Env::new();
    let mut paths: Vec<Vec<String>> = vec![vec![]];
    let root = svcreq::cli::Cli::command();
    for c in root.get_subcommands() {
        paths.push(vec![c.get_name().to_string()]);
        for s in c.get_subcommands() {
            paths.push(vec![c.get_name().to_string(), s.get_name().to_string()]);
        }
    }
    let english = [
        "Print help",
        "Print version",
        "Print this message",
        "[default:",
        "[possible values:",
        "Possible values:",
        "[env:",
        "Usage:",
        "\nOptions:",
        "\nArguments:",
        "\nCommands:",
    ];
    for path in &paths {
        for flag in ["-h", "--help"] {
            let out = env
                .bare()
                .args(path)
                .args([flag, "--lang", "ja"])
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(0), "{path:?} {flag}");
            let text = String::from_utf8(out.stdout).unwrap();
            for e in english {
                assert!(!text.contains(e), "{path:?} {flag}: {e:?} in\n{text}");
            }
            assert!(
                text.contains("\n使い方: svcreq"),
                "{path:?} {flag}:\n{text}"
            );
        }
    }
    // English help is clap's own, unchanged.
    let out = env.bare().args(["open", "--help"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("[possible values: online, phone]"), "{text}");
    assert!(text.contains("Print help"), "{text}");
    assert!(
        text.contains("\nUsage: svcreq open") && text.contains("\nOptions:\n"),
        "{text}"
    );
    // The man page's section headings too.
    let man = env.bare().args(["man", "--lang", "ja"]).output().unwrap();
    let man = String::from_utf8(man.stdout).unwrap();
    for heading in [
        "名前",
        "書式",
        "説明",
        "オプション",
        "コマンド",
        "終了ステータス",
    ] {
        assert!(
            man.contains(&format!(".SH \"{heading}\"")),
            "{heading}\n{man}"
        );
    }
    for english in [".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS"] {
        assert!(!man.contains(english), "{english}\n{man}");
    }
}

both_backends! {
/// The error lines of SPEC 2 in Japanese (SPEC 10): one sentence each, from the catalogue,
/// with the same exit codes as in English; ids, flags and values as they are typed.
#[test]
fn error_lines_in_japanese() {
    let env = ledger();
    let mut lines = String::new();
    let mut run = |what: &str, args: &[&str], code: i32| {
        let out = env
            .cmd()
            .args(args)
            .args(["--lang", "ja"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(code), "{what}: {out:?}");
        let text = String::from_utf8(out.stderr)
            .unwrap()
            .replace(&env.dir.path().display().to_string(), "[TMP]");
        assert_eq!(text.lines().count(), 1, "{what}: one line: {text}");
        lines.push_str(&format!("exit {code} · {what}\n{text}\n"));
    };
    run("bad value", &["open", "--title", "x", "--severity", "D"], 2);
    run(
        "bad channel",
        &["open", "--title", "x", "--channel", "fax"],
        2,
    );
    run("bad status", &["list", "--status", "bogus"], 2);
    run("bad SLA state", &["list", "--sla", "late"], 2);
    run("answered twice", &["respond", "2"], 2);
    run("closed twice", &["close", "4"], 2);
    run(
        "correct a close of an open request",
        &["close", "1", "--correct", "--at", "2026-11-24T09:00:00Z"],
        2,
    );
    run(
        "before the latest action",
        &["respond", "1", "--at", "2026-11-24T07:00:00Z"],
        2,
    );
    run("reopen an open request", &["reopen", "1"], 4);
    run("note empty", &["note", "1", " "], 2);
    run(
        "note by an unknown case",
        &["note", "--case", "999", "hello"],
        5,
    );
    run("nothing to update", &["update", "1", "--severity", "A"], 2);
    run(
        "unlink an unknown incident",
        &["update", "1", "--remove-incident", "EX123456"],
        2,
    );
    run("unknown flag with a dash", &["note", "1", "--bogus"], 2);
    run("unknown plan", &["open", "--title", "x", "--plan", "e9"], 2);
    run("unknown tenant", &["list", "--tenant", "nowhere"], 2);
    run("redact nothing", &["redact", "1"], 2);
    let missing = env.path("missing.jsonl");
    run(
        "import a missing file",
        &["import", missing.to_str().unwrap()],
        2,
    );
    std::fs::write(
        env.path("rows.jsonl"),
        "{\"title\":\"x\",\"status\":\"gone\"}\n",
    )
    .unwrap();
    run(
        "import a bad row",
        &["import", env.path("rows.jsonl").to_str().unwrap()],
        2,
    );
    let rules = include_str!("../src/rules/default.toml").replace("\"14d\"", "\"14x\"");
    std::fs::write(env.path("bad-rules.toml"), rules).unwrap();
    run(
        "rules file with a bad duration",
        &[
            "rules",
            "--check",
            env.path("bad-rules.toml").to_str().unwrap(),
        ],
        2,
    );
    std::fs::write(
        env.path("twice.toml"),
        "[[admins]]\nname = \"p\"\nrole = \"partner\"\ntenants = [\"default\"]\n\
         [[admins]]\nname = \"p\"\nrole = \"global\"\n",
    )
    .unwrap();
    let out = env
        .bare()
        .args(["--config", env.path("twice.toml").to_str().unwrap()])
        .args(["rules", "--lang", "ja"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let text = String::from_utf8(out.stderr)
        .unwrap()
        .replace(&env.dir.path().display().to_string(), "[TMP]");
    lines.push_str(&format!(
        "exit 2 · admin listed twice in the config\n{text}\n"
    ));
    let _guard = settings().bind_to_scope();
    insta::assert_snapshot!("error_lines_ja", lines);
}
}

/// Units inside Japanese sentences (SPEC 10): durations and percentages are written as
/// 14 日, 1 時間, 25 %, from one formatting function per language; the business calendar
/// has Japanese headers, weekdays and words.
#[test]
fn rules_and_calendar_in_japanese() {
    let env = ledger();
    let _guard = settings().bind_to_scope();
    for (name, args) in [
        ("table_ja_rules", &["rules"][..]),
        ("table_ja_calendar", &["rules", "--calendar", "--next", "4"]),
    ] {
        let out = env
            .cmd()
            .args(args)
            .args(["--lang", "ja"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {out:?}");
        let text = String::from_utf8(out.stdout).unwrap();
        insta::assert_snapshot!(name, text);
    }
    let report = env.run(&["report", "--month", "2026-11", "--lang", "ja"], 0);
    assert!(
        report.contains("| 1 日未満 | 1～3 日 | 3～7 日 | 7～30 日 | 30 日以上 |"),
        "{report}"
    );
    let rules = env.run(&["rules", "--lang", "ja"], 0);
    assert!(rules.contains("14 日"), "{rules}");
    assert!(rules.contains("25 %"), "{rules}");
    assert!(!rules.contains("14d") && !rules.contains("25%"), "{rules}");
}

/// Japanese help fits the terminal (SPEC 10): at 80 columns no line of any command's help
/// is wider than 80 display columns (a full-width character counts two), though Japanese
/// sentences have no spaces to wrap at.
#[test]
fn japanese_help_fits_80_columns() {
    use unicode_width::UnicodeWidthStr;
    let env = Env::new();
    let mut paths = Vec::new();
    command_paths(&Cli::command(), Vec::new(), &mut paths);
    for path in paths {
        for flag in ["-h", "--help"] {
            let out = env
                .bare()
                .args(&path)
                .args([flag, "--lang", "ja"])
                .env("COLUMNS", "80")
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(0), "{path:?}");
            let text = String::from_utf8(out.stdout).unwrap();
            for line in text.lines() {
                assert!(
                    line.width() <= 80,
                    "{path:?} {flag}: {} columns: {line}",
                    line.width()
                );
            }
            japanese_help_lines_start_where_a_line_may_start(&path, flag, &text);
        }
    }
}

/// Japanese help breaks its lines where a line may break (SPEC 10): no line starts with a
/// particle or a short parenthesised group such as (既定), and a number stays with its unit
/// and a two-word term (サポート レベル, タイム ゾーン) on one line.
fn japanese_help_lines_start_where_a_line_may_start(path: &[String], flag: &str, text: &str) {
    const PARTICLES: [&str; 8] = ["から", "を", "と", "の", "に", "で", "は", "が"];
    const SECOND_WORDS: [&str; 4] = ["レベル", "ゾーン", "ページ", "回"];
    for line in text.lines() {
        let start = line.trim_start();
        assert!(
            !PARTICLES.iter().any(|p| start.starts_with(p)),
            "{path:?} {flag}: a line starts with a particle: {line}"
        );
        assert!(
            !start.starts_with("(既定)") && !start.starts_with(')'),
            "{path:?} {flag}: a line starts with a closing group: {line}"
        );
        assert!(
            !SECOND_WORDS.iter().any(|w| start.starts_with(w)),
            "{path:?} {flag}: a term or a number and its unit split: {line}"
        );
    }
}

/// The column where a help line's text starts: after its indent, and after the name of a
/// command or flag when its description follows on the same line (`  open   新しい…`).
fn help_text_column(line: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    let indent = line.len() - line.trim_start_matches(' ').len();
    let after = &line[indent..];
    match after.find("  ") {
        Some(gap) if !after[..gap].contains(' ') || after.starts_with('-') => {
            let text = gap + after[gap..].len() - after[gap..].trim_start_matches(' ').len();
            indent + after[..text].width()
        }
        _ => indent,
    }
}

/// Whether help line `next` goes on with the paragraph of line `line` (whose text starts at
/// column `column`): as indented as its text, and not a new item (a value of a list, a
/// bracketed note after one, the line after a heading).
fn help_paragraph_goes_on(line: &str, column: usize, next: &str) -> bool {
    let indent = next.len() - next.trim_start_matches(' ').len();
    let text = next.trim_start();
    let body = line.trim_end();
    let new_item = text.starts_with("- ") || text.starts_with('[') && body.ends_with(']');
    let after_heading = body.ends_with(':') || body.ends_with('：');
    !text.is_empty() && indent == column && !new_item && !after_heading
}

/// How line `line` and the next, `next`, split a bracketed note (`[環境変数: SVCREQ_DB]`,
/// `[既定: 現在]`, `[default: now]`) opened on `line`: its label parted from its value, or a
/// note that fits a line of `room` columns broken at all.
fn note_split(line: &str, next: &str, room: usize) -> Option<&'static str> {
    use unicode_width::UnicodeWidthStr;
    let body = line.trim_end();
    let tail = &body[body.rfind('[')?..];
    if tail.contains(']') {
        return None;
    }
    let rest = next.trim_start();
    // A label of two words may part inside (`[possible` / `values: …]`).
    let parted_label = !tail.contains(": ")
        && rest.find(": ").is_some_and(|colon| {
            let label = format!("{} {}", &tail[1..], &rest[..colon]);
            !label.contains(['[', ']']) && label.width() <= 16
        });
    let label = tail[1..].split(": ").next()?.trim_end_matches(':');
    let labelled = (tail.ends_with(':') || tail.contains(": ") || parted_label)
        && !label.is_empty()
        && label.width() <= 16;
    if !labelled {
        return None;
    }
    if tail.ends_with(':') || parted_label {
        // Unless its label and the first piece of its value are wider than a line.
        let note = format!("{tail} {rest}");
        let head = note_head(&note, 0).unwrap_or(tail).width();
        return (head <= room).then_some("a note's label parted from its value");
    }
    let close = rest.find(']')?;
    (tail.width() + 1 + rest[..=close].width() <= room)
        .then_some("a note that fits a line broken inside")
}

/// The piece a line starting with a bracketed note (`[既定: 現在]`) starts with: the whole
/// note when it fits `room` columns, else its label with the first piece of its value.
fn note_head(rest: &str, room: usize) -> Option<&str> {
    use unicode_width::UnicodeWidthStr;
    let colon = rest.strip_prefix('[')?.find(": ")? + 1;
    if rest[1..colon].contains(['[', ']']) || rest[1..colon].width() > 16 {
        return None;
    }
    // A note that goes on to the next line is wider than a line.
    if let Some(close) = rest.find(']').filter(|c| rest[..=*c].width() <= room) {
        return Some(&rest[..=close]);
    }
    let value = colon + 2;
    let end = svcreq::output::wrap::breaks(&rest[value..])
        .into_iter()
        .find(|(at, _)| *at > 0)
        .map_or(rest.len(), |(at, _)| value + at);
    Some(rest[..end].trim_end())
}

/// SPEC 10 (help): each help paragraph (an about, a command's summary, an option's
/// description, with its hanging indent) fills its lines, on every help page (every command,
/// `-h` and `--help`, English and Japanese, 60, 80 and 100 columns): no line but a
/// paragraph's last is shorter than half the width while the next line's first piece
/// (up to where a line may break) would have fitted on it; no line is wider than the width;
/// a name stays with its number and with the noun it qualifies (「RFC 3339」, 「SLA 違反」);
/// a bracketed note keeps its label with its value (`[環境変数: SVCREQ_DB]` breaks before its
/// `[`, never after `[環境変数:`), and breaks inside only when it is wider than a line.
#[test]
fn help_lines_end_early_only_when_the_next_piece_does_not_fit() {
    use unicode_width::UnicodeWidthStr;
    let env = Env::new();
    let mut paths = Vec::new();
    command_paths(&Cli::command(), Vec::new(), &mut paths);
    let mut faults = Vec::new();
    let mut filled = 0;
    for path in &paths {
        for lang in ["en", "ja"] {
            for width in [60usize, 80, 100] {
                for flag in ["-h", "--help"] {
                    let out = env
                        .bare()
                        .args(path)
                        .args([flag, "--lang", lang])
                        .env("COLUMNS", width.to_string())
                        .output()
                        .unwrap();
                    assert_eq!(out.status.code(), Some(0), "{path:?} {lang} {flag}");
                    let text = String::from_utf8(out.stdout).unwrap();
                    let page = format!("{path:?} {lang} {flag} {width}");
                    let lines: Vec<&str> = text.lines().collect();
                    let mut column = None;
                    for (i, line) in lines.iter().enumerate() {
                        if line.width() > width {
                            faults.push(format!("{page}: {} columns: {line}", line.width()));
                        }
                        let Some(next) = lines.get(i + 1) else {
                            continue;
                        };
                        for name in ["RFC 3339", "SLA 違反", "Microsoft 365"] {
                            let (a, b) = name.split_once(' ').unwrap();
                            if line.trim_end().ends_with(a) && next.trim_start().starts_with(b) {
                                faults.push(format!("{page}: 「{name}」 split:\n{line}\n{next}"));
                            }
                        }
                        if line.trim().is_empty() {
                            column = None;
                            continue;
                        }
                        let col = *column.get_or_insert_with(|| help_text_column(line));
                        if let Some(fault) = note_split(line, next, width - col) {
                            faults.push(format!("{page}: {fault}:\n{line}\n{next}"));
                        }
                        if !help_paragraph_goes_on(line, col, next) {
                            column = None;
                            continue;
                        }
                        filled += 1;
                        let rest = next.trim_start();
                        let first = svcreq::output::wrap::breaks(rest)
                            .into_iter()
                            .find(|(at, _)| *at > 0)
                            .map_or(rest, |(at, _)| rest[..at].trim_end());
                        // A bracketed note goes whole when it fits a line, else its label
                        // with the first piece of its value.
                        let first = note_head(rest, width - col).unwrap_or(first);
                        let body = line.trim_end();
                        // A space stood at the break unless it parted two wide characters.
                        let wide = |c: Option<char>| {
                            c.and_then(unicode_width::UnicodeWidthChar::width) == Some(2)
                        };
                        let space = !(wide(body.chars().last()) && wide(first.chars().next()));
                        let joined = body.width() + usize::from(space) + first.width();
                        if body.width() * 2 < width && joined <= width {
                            faults.push(format!(
                                "{page}: a line ends early; 「{first}」 fits on it:\n{line}\n{next}"
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(filled > 200, "{filled} continued lines checked");
    assert!(faults.is_empty(), "{}\n{}", faults.len(), faults.join("\n"));
}

/// SPEC 10 (help): no help line starts with a word's second half (これ|以下), a multi-word
/// name is one unit (「JSON Lines」, 「Microsoft 365」, 「Web 版」), and a bare number never
/// starts a line alone while the word it belongs to ends the line before (「終了コード 0、」):
/// every command's `--help`, English and Japanese, at 60, 80 and 100 columns.
#[test]
fn help_lines_start_with_no_word_half_no_name_half_and_no_bare_number() {
    let env = Env::new();
    let mut paths = Vec::new();
    command_paths(&Cli::command(), Vec::new(), &mut paths);
    let hiragana = |c: char| ('\u{3041}'..='\u{309f}').contains(&c);
    let kanji = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    // A capitalised Latin word of two letters or more (`JSON`, `Microsoft`, `Web`).
    let name = |w: &str| {
        w.len() >= 2
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_ascii_alphabetic())
    };
    let mut faults = Vec::new();
    let mut checked = 0;
    for path in &paths {
        for lang in ["en", "ja"] {
            for width in [60usize, 80, 100] {
                let out = env
                    .bare()
                    .args(path)
                    .args(["--help", "--lang", lang])
                    .env("COLUMNS", width.to_string())
                    .output()
                    .unwrap();
                assert_eq!(out.status.code(), Some(0), "{path:?} {lang}");
                let text = String::from_utf8(out.stdout).unwrap();
                let page = format!("{path:?} {lang} {width}");
                for pair in text.lines().collect::<Vec<_>>().windows(2) {
                    let (line, next) = (pair[0].trim_end(), pair[1].trim_start());
                    if line.trim().is_empty() || next.is_empty() {
                        continue;
                    }
                    checked += 1;
                    let last = line.chars().last().unwrap_or(' ');
                    if hiragana(last)
                        && ["以下", "以上", "以外", "以内", "未満"]
                            .iter()
                            .any(|w| next.starts_with(w))
                    {
                        faults.push(format!("{page}: a word split:\n{line}\n{next}"));
                    }
                    let tail = line
                        .rsplit([' ', '、', '。', '(', '「'])
                        .next()
                        .unwrap_or("");
                    let head: String = next.chars().take_while(|c| !c.is_whitespace()).collect();
                    let starts_name = head
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_digit() || kanji(c))
                        || name(head.trim_end_matches(|c: char| !c.is_ascii_alphabetic()));
                    if name(tail) && starts_name {
                        faults.push(format!("{page}: a name split:\n{line}\n{next}"));
                    }
                    let digits = next.chars().take_while(char::is_ascii_digit).count();
                    let mark = next.chars().nth(digits);
                    if digits > 0
                        && mark.is_some_and(|c| "、。，,)）".contains(c))
                        && !line.ends_with(['、', '。', '(', '（'])
                    {
                        faults.push(format!(
                            "{page}: a bare number starts a line:\n{line}\n{next}"
                        ));
                    }
                }
            }
        }
    }
    assert!(checked > 100, "too few lines checked");
    assert!(faults.is_empty(), "{}", faults.join("\n\n"));
}
