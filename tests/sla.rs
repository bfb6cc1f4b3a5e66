//! `svcreq sla` end to end: every state, summary counts, `--fail-on` exit codes, JSON
//! `remaining_seconds`, JUnit parsed back, `--all` cycles and business clocks.

#[macro_use]
mod common;
use common::Env;
use serde_json::Value;

/// NOW is 2026-11-24T10:00:00Z; severity A targets are 1 h, at risk in the last 15 min.
fn ledger() -> Env {
    let env = Env::with_config("[tenants.fabrikam]\ntimezone = \"Europe/Berlin\"\n");
    let a =
        |at: &str, title: &str| env.open(&["--title", title, "--severity", "A", "--opened-at", at]);
    assert_eq!(a("2026-11-24T08:00:00Z", "overdue"), 1); // due 09:00 → breached
    assert_eq!(a("2026-11-24T09:10:00Z", "ten minutes left"), 2); // due 10:10 → at-risk
    assert_eq!(a("2026-11-24T09:40:00Z", "forty minutes left"), 3); // due 10:40 → pending
    assert_eq!(a("2026-11-24T09:00:00Z", "answered"), 4);
    env.run(&["respond", "4", "--at", "2026-11-24T09:30:00Z"], 0); // met
    assert_eq!(a("2026-11-24T09:00:00Z", "withdrawn"), 5);
    env.run(&["close", "5", "--at", "2026-11-24T09:20:00Z"], 0); // withdrawn (closed)
    assert_eq!(
        env.open(&[
            "--title",
            "how-to",
            "--severity",
            "C",
            "--tenant",
            "fabrikam"
        ]),
        6
    ); // no-target
    assert_eq!(a("2026-11-24T09:00:00Z", "due right now"), 7); // remaining 0 → at-risk
    env
}

fn sla_json(env: &Env, args: &[&str]) -> (Value, i32) {
    let out = env
        .cmd()
        .arg("sla")
        .args(args)
        .arg("--json")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    common::assert_schema("sla-report", &v);
    (v, out.status.code().unwrap())
}

fn by_id(report: &Value, id: i64) -> &Value {
    report["requests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap()
}

both_backends! {
#[test]
fn every_state_and_the_summary() {
    let env = ledger();
    let (r, code) = sla_json(&env, &[]);
    assert_eq!(code, 3, "a breach fails by default");
    assert_eq!(r["evaluated_at"], "2026-11-24T10:00:00Z");
    let s = &r["summary"];
    assert_eq!(
        (
            s["breached"].as_u64(),
            s["at_risk"].as_u64(),
            s["pending"].as_u64(),
            s["met"].as_u64(),
            s["withdrawn"].as_u64(),
            s["no_target"].as_u64()
        ),
        (Some(1), Some(2), Some(1), Some(1), Some(0), Some(1))
    );
    for (id, state) in [
        (1, "breached"),
        (2, "at-risk"),
        (3, "pending"),
        (4, "met"),
        (6, "no-target"),
        (7, "at-risk"),
    ] {
        assert_eq!(by_id(&r, id)["sla_state"], state, "request {id}");
    }
    assert!(
        r["requests"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| x["id"] != 5),
        "closed requests only with --all"
    );
    assert_eq!(r["tenants"]["fabrikam"]["no_target"], 1);
    assert_eq!(r["tenants"]["default"]["breached"], 1);
}
}

both_backends! {
#[test]
fn remaining_seconds_positive_zero_negative_and_null() {
    let env = ledger();
    let (r, _) = sla_json(&env, &[]);
    assert_eq!(by_id(&r, 1)["remaining_seconds"], -3600);
    assert_eq!(by_id(&r, 2)["remaining_seconds"], 600);
    assert_eq!(by_id(&r, 7)["remaining_seconds"], 0);
    for id in [4, 6] {
        let row: common::SlaRowJson = common::typed(by_id(&r, id));
        assert_eq!(row.remaining_seconds, None, "request {id}");
    }
}
}

both_backends! {
#[test]
fn withdrawn_and_earlier_cycles_with_all() {
    let env = ledger();
    // Request 8: its first cycle breached (closed unanswered after due), then reopened now.
    env.open(&[
        "--title",
        "came back",
        "--severity",
        "A",
        "--opened-at",
        "2026-11-24T07:00:00Z",
    ]);
    env.run(&["close", "8", "--at", "2026-11-24T08:30:00Z"], 0);
    env.run(&["reopen", "8"], 0);
    let (r, _) = sla_json(&env, &["--all"]);
    let cycles: Vec<&Value> = r["requests"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["id"] == 8)
        .collect();
    assert_eq!(cycles.len(), 2);
    // Cycles are numbered from 1 (SPEC 5).
    let first = cycles.iter().find(|c| c["cycle"] == 1).unwrap();
    let second = cycles.iter().find(|c| c["cycle"] == 2).unwrap();
    assert_eq!(first["sla_state"], "breached");
    assert_eq!(first["response_due"], "2026-11-24T08:00:00Z");
    assert_eq!(second["sla_state"], "pending");
    assert_eq!(second["response_due"], "2026-11-24T11:00:00Z");
    assert_eq!(by_id(&r, 5)["sla_state"], "withdrawn");
    assert_eq!(r["summary"]["withdrawn"], 1);
    assert_eq!(r["summary"]["breached"], 2);
}
}

both_backends! {
#[test]
fn fail_on_exit_codes() {
    let env = ledger();
    for (fail_on, code) in [("breached", 3), ("at-risk", 3), ("never", 0)] {
        let out = env
            .cmd()
            .args(["sla", "--fail-on", fail_on])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(code), "--fail-on {fail_on}");
    }
    // Only at-risk requests: breached passes, at-risk fails.
    let env = Env::new();
    env.open(&[
        "--title",
        "t",
        "--severity",
        "A",
        "--opened-at",
        "2026-11-24T09:10:00Z",
    ]);
    for (fail_on, code) in [("breached", 0), ("at-risk", 3), ("never", 0)] {
        let out = env
            .cmd()
            .args(["sla", "--fail-on", fail_on])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(code), "--fail-on {fail_on}");
    }
    // --at-risk overrides the threshold: 10 of 60 minutes left is not within 5m.
    let (r, code) = sla_json(&env, &["--at-risk", "5m", "--fail-on", "at-risk"]);
    assert_eq!((r["summary"]["pending"].as_u64(), code), (Some(1), 0));
    let err = env.fail(&["sla", "--fail-on", "sometimes"], 2);
    assert!(err.contains("breached"), "{err}");
    assert!(
        env.fail(&["sla", "--at-risk", "125%"], 2)
            .contains("0% to 100%")
    );
}
}

both_backends! {
#[test]
fn junit_parses_with_a_suite_per_tenant_and_failures_for_fail_on() {
    let env = ledger();
    let out = env
        .cmd()
        .args(["sla", "--format", "junit", "--fail-on", "at-risk"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let xml = String::from_utf8(out.stdout).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let suites: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name("testsuite"))
        .collect();
    let names: Vec<_> = suites
        .iter()
        .map(|s| s.attribute("name").unwrap())
        .collect();
    assert_eq!(names, ["default", "fabrikam"]);
    let cases = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .count();
    let failures = doc
        .descendants()
        .filter(|n| n.has_tag_name("failure"))
        .count();
    assert_eq!((cases, failures), (6, 3)); // 1 breached + 2 at risk
    assert_eq!(root.attribute("failures"), Some("3"));
    assert_eq!(suites[0].attribute("failures"), Some("3"));
    // With the default --fail-on breached only the breach is a failure.
    let out = env
        .cmd()
        .args(["sla", "--format", "junit"])
        .output()
        .unwrap();
    let xml = String::from_utf8(out.stdout).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    assert_eq!(
        doc.descendants()
            .filter(|n| n.has_tag_name("failure"))
            .count(),
        1
    );
}
}

both_backends! {
#[test]
fn junit_survives_hostile_titles() {
    let env = Env::new();
    env.open(&[
        "--title",
        "<a href=\"x\">&\u{1b}[2J\u{202e}'",
        "--severity",
        "A",
        "--opened-at",
        "2026-11-24T08:00:00Z",
    ]);
    let out = env
        .cmd()
        .args(["sla", "--format", "junit"])
        .output()
        .unwrap();
    let xml = String::from_utf8(out.stdout).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let name = doc
        .descendants()
        .find(|n| n.has_tag_name("testcase"))
        .unwrap()
        .attribute("name")
        .unwrap();
    assert!(name.contains("<a href=\"x\">&\\x1b[2J\\u{202e}'"), "{name}");
}
}

both_backends! {
#[test]
fn table_is_sorted_by_urgency() {
    let env = ledger();
    let out = env
        .cmd()
        .args(["sla", "--fail-on", "never", "--color", "never"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let order: Vec<&str> = [
        "overdue",
        "due right now",
        "ten minutes left",
        "forty minutes left",
        "answered",
        "how-to",
    ]
    .into_iter()
    .collect();
    let pos: Vec<usize> = order
        .iter()
        .map(|t| {
            text.find(&format!(" {t} "))
                .unwrap_or_else(|| panic!("{t}\n{text}"))
        })
        .collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "{text}");
    assert!(text.contains("overdue 1h 00m"), "{text}");
    assert!(
        text.contains("1 breached · 2 at risk · 1 pending · 1 met"),
        "{text}"
    );
}
}

both_backends! {
#[test]
fn quiet_prints_the_failing_ids() {
    let env = ledger();
    let out = env
        .cmd()
        .args(["sla", "-q", "--fail-on", "at-risk"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "1\n7\n2\n");
}
}

const GOLD_RULES: &str = r#"reopen_window = "14d"
[tiers.gold]
plans = ["gold"]
A = { availability = "24x7", response = "1h" }
B = { availability = "business-hours", response = "4h", clock = "business" }
C = { availability = "business-hours", response = "2d", clock = "business" }
"#;

both_backends! {
#[test]
fn business_clock_across_weekend_holiday_and_dst_in_tenant_zone() {
    let env = Env::with_config(
        "rules_file = \"gold.toml\"\nplan = \"gold\"\ntimezone = \"Europe/Berlin\"\n[business_hours]\nholidays = [\"2026-10-26\"]\n",
    );
    std::fs::write(env.path("gold.toml"), GOLD_RULES).unwrap();
    // Friday 2026-10-23 15:00 CEST + 4 business hours: 2 h Friday, weekend with the DST
    // change, Monday holiday, 2 h Tuesday → Tuesday 11:00 CET = 10:00Z.
    let r = env.json(&[
        "open",
        "--title",
        "t",
        "--severity",
        "B",
        "--opened-at",
        "2026-10-23 15:00",
    ]);
    assert_eq!(r["response_due"], "2026-10-27T10:00:00Z");
    assert_eq!(r["response_clock"], "business");
    // A target that runs out exactly at closing time is due at closing.
    let r = env.json_at(
        "2026-11-24T20:00:00Z",
        &[
            "open",
            "--title",
            "t",
            "--severity",
            "B",
            "--opened-at",
            "2026-11-24 13:00",
        ],
    );
    assert_eq!(r["response_due"], "2026-11-24T16:00:00Z");
    let out = env
        .cmd()
        .args(["sla", "--explain", "--fail-on", "never"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("holiday (Mon 10/26)"), "{text}");
    assert!(text.contains("days off (Sat 10/24, Sun 10/25)"), "{text}");
}
}

both_backends! {
/// SPEC 1.5, 6: on a business clock nights and weekends never make a request at risk, and
/// the `list` table says the state `list --json`, `--sla` and `sla` say. The table once
/// read no response clock, so it measured a business-hours target on the wall clock and
/// said `at-risk` on a Sunday night where every other reader said `pending`.
#[test]
fn the_list_table_says_the_sla_state_every_other_reader_says() {
    #[derive(serde::Deserialize)]
    struct Listed {
        id: i64,
        sla_state: String,
    }
    let env = Env::with_config("rules_file = \"gold.toml\"\nplan = \"gold\"\ntimezone = \"UTC\"\n");
    std::fs::write(env.path("gold.toml"), GOLD_RULES).unwrap();
    // Friday 15:00 + 4 business hours (09:00-17:00): due Monday 11:00.
    env.open(&["--title", "Mail slow for one user", "--severity", "B", "--opened-at", "2026-11-20 15:00"]);
    // (now, the state): Sunday night is three quarters into the wall-clock window, but
    // 3 of its 4 business hours are left; Monday 10:30 is in the last business hour.
    for (now, state) in [("2026-11-22T20:00:00Z", "pending"), ("2026-11-23T10:30:00Z", "at-risk")] {
        let listed: Vec<Listed> = serde_json::from_str(
            &String::from_utf8(env.at(now).args(["list", "--json"]).output().unwrap().stdout).unwrap(),
        )
        .unwrap();
        let states: Vec<(i64, &str)> = listed.iter().map(|l| (l.id, l.sla_state.as_str())).collect();
        assert_eq!(states, [(1, state)], "{now}");
        let table = env.at(now).args(["list", "--color", "never"]).output().unwrap();
        let table = String::from_utf8(table.stdout).unwrap();
        let row = table.lines().find(|l| l.contains("Mail slow")).unwrap();
        assert!(row.contains(state), "{now}: {table}");
        for other in ["pending", "at-risk", "breached"].iter().filter(|s| **s != state) {
            assert!(!row.contains(other), "{now}: {table}");
        }
        // The table's own `--sla` filter selects by the same state.
        let ids = env.at(now).args(["list", "--sla", state, "-q"]).output().unwrap();
        assert_eq!(String::from_utf8(ids.stdout).unwrap(), "1\n", "{now}");
    }
}
}

both_backends! {
#[test]
fn calendar_lists_windows_and_marks_holidays() {
    let env = Env::with_config(
        "timezone = \"Asia/Tokyo\"\n[business_hours]\nholidays = [\"2026-11-26\"]\n",
    );
    let v = env.json(&[
        "rules",
        "--calendar",
        "--from",
        "2026-11-25 08:00",
        "--next",
        "3",
    ]);
    let days: Vec<(&str, &str)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["date"].as_str().unwrap(), d["kind"].as_str().unwrap()))
        .collect();
    assert_eq!(
        days,
        [
            ("2026-11-25", "business"),
            ("2026-11-26", "holiday"),
            ("2026-11-27", "business"),
            ("2026-11-28", "day-off"),
            ("2026-11-29", "day-off"),
            ("2026-11-30", "business")
        ]
    );
    assert_eq!(v[0]["open"], "2026-11-25T00:00:00Z");
}
}

#[test]
fn sla_on_an_empty_ledger_passes() {
    let env = Env::new();
    std::fs::write(env.db(), b"").unwrap();
    let (r, code) = sla_json(&env, &[]);
    assert_eq!(code, 0);
    assert_eq!(r["requests"], serde_json::json!([]));
}

both_backends! {
/// A reader that stops early (`svcreq sla | head -1` under `set -o pipefail`) must not turn a
/// breach into success: the exit status comes from the ledger (SPEC 6).
#[test]
fn the_ci_verdict_survives_the_reader() {
    let env = ledger();
    // Enough rows that the output cannot fit the pipe buffer before the reader leaves.
    let rows: String = (0..400)
        .map(|i| {
            format!(
                "{{\"title\":\"filler {i} {}\",\"severity\":\"C\"}}\n",
                "x".repeat(200)
            )
        })
        .collect();
    std::fs::write(env.path("filler.jsonl"), rows).unwrap();
    env.run(
        &["import", "-q", env.path("filler.jsonl").to_str().unwrap()],
        0,
    );
    for format in ["table", "json", "csv", "junit"] {
        let mut child = env
            .proc()
            .args(["sla", "--all", "--format", format])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Read one line, then close the pipe, as `head -1` does.
        {
            use std::io::BufRead;
            let mut first = String::new();
            let stdout = child.stdout.take().unwrap();
            std::io::BufReader::new(stdout)
                .read_line(&mut first)
                .unwrap();
        }
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(3),
            "{format}: {:?}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "quiet on a closed pipe: {:?}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // The same through a real shell pipeline with pipefail, when bash is here.
    if let Ok(bash) = std::process::Command::new("bash")
        .arg("-c")
        .arg("true")
        .status()
        && bash.success()
    {
        let cmd = format!(
            "set -o pipefail; '{}' --db '{}' --config '{}' --now {} sla | head -1 >/dev/null",
            env!("CARGO_BIN_EXE_svcreq"),
            env.db().display(),
            env.path("c.toml").display(),
            common::NOW
        );
        let st = std::process::Command::new("bash")
            .arg("-c")
            .arg(cmd)
            .status()
            .unwrap();
        assert_eq!(st.code(), Some(3));
    }
}
}

/// `script` runs a command on a pseudo-terminal (util-linux); None when it is missing.
fn on_a_terminal(env: &Env, setup: &str, args: &str, extra_env: &[(&str, &str)]) -> Option<String> {
    let cmd = format!(
        "{setup} '{}' --db '{}' --config '{}' --now {} {args}",
        env!("CARGO_BIN_EXE_svcreq"),
        env.db().display(),
        env.path("c.toml").display(),
        common::NOW
    );
    let mut c = std::process::Command::new("script");
    c.args(["-qec", &cmd, "/dev/null"])
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS");
    for (k, v) in extra_env {
        c.env(k, v);
    }
    let out = c.output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

both_backends! {
#[test]
fn an_explicit_color_choice_wins_over_no_color() {
    let env = ledger();
    let Some(always) = on_a_terminal(
        &env,
        "",
        "--color always sla --fail-on never",
        &[("NO_COLOR", "1")],
    ) else {
        eprintln!("skipped: `script` (util-linux) is not installed");
        return;
    };
    assert!(
        always.contains('\u{1b}'),
        "--color always colours despite NO_COLOR: {always:?}"
    );
    let auto = on_a_terminal(&env, "", "sla --fail-on never", &[("NO_COLOR", "1")]).unwrap();
    assert!(!auto.contains("\u{1b}["), "auto honours NO_COLOR: {auto:?}");
    let never = on_a_terminal(&env, "", "--color never sla --fail-on never", &[]).unwrap();
    assert!(!never.contains("\u{1b}["), "{never:?}");
    for cmd in ["--color never list", "list"] {
        let plain = on_a_terminal(&env, "", cmd, &[("NO_COLOR", "1")]).unwrap();
        assert!(!plain.contains("\u{1b}["), "{cmd}: {plain:?}");
    }
    let coloured = on_a_terminal(&env, "", "--color always list", &[("NO_COLOR", "1")]).unwrap();
    assert!(coloured.contains("\u{1b}["), "{coloured:?}");
    let on_tty = on_a_terminal(&env, "", "sla --fail-on never", &[]).unwrap();
    assert!(
        on_tty.contains("\u{1b}["),
        "auto colours a terminal: {on_tty:?}"
    );
}
}

both_backends! {
#[test]
fn a_terminal_of_width_zero_falls_back_to_columns_then_80() {
    let env = ledger();
    // The table's lines (the summary below it is a sentence, not a table line).
    let widest = |s: &str| {
        s.lines()
            .filter(|l| l.starts_with(['│', '╭', '╰', '╞']))
            .map(|l| l.trim_end().chars().count())
            .max()
            .unwrap_or(0)
    };
    let Some(zero) = on_a_terminal(
        &env,
        "stty cols 0 rows 0;",
        "--color never sla --fail-on never",
        &[],
    ) else {
        eprintln!("skipped: `script` (util-linux) is not installed");
        return;
    };
    assert!(
        zero.contains("ten minutes left") || zero.contains("ten minutes"),
        "{zero}"
    );
    let w = widest(&zero);
    assert!(
        (60..=80).contains(&w),
        "80 columns when the terminal says 0: {w}\n{zero}"
    );
    let columns = on_a_terminal(
        &env,
        "stty cols 0 rows 0;",
        "--color never sla --fail-on never",
        &[("COLUMNS", "120")],
    )
    .unwrap();
    assert!(widest(&columns) > 80, "COLUMNS=120 is used: {columns}");
}
}

both_backends! {
/// The summary's time is told in the zone of the requests shown (their tenant's zone),
/// not the default tenant's; in the default tenant's when they are in several zones.
#[test]
fn sla_summary_time_is_in_the_zone_of_the_requests_shown() {
    let env = Env::with_config(
        "tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\n[tenants.fabrikam]\ntimezone = \"Europe/Berlin\"\n",
    );
    env.open(&[
        "--title",
        "Berlin",
        "--severity",
        "A",
        "--tenant",
        "fabrikam",
    ]);
    let footer = |out: String| out.lines().last().unwrap_or_default().to_string();
    // NOW is 10:00 UTC: 11:00 in Berlin, 19:00 in Tokyo.
    let berlin = footer(env.run(&["sla", "--fail-on", "never", "--color", "never"], 0));
    assert!(
        berlin.contains("11:00") && !berlin.contains("19:00"),
        "{berlin}"
    );
    env.open(&["--title", "Tokyo", "--severity", "A", "--tenant", "contoso"]);
    let mixed = footer(env.run(&["sla", "--fail-on", "never", "--color", "never"], 0));
    assert!(
        mixed.contains("19:00") && !mixed.contains("11:00"),
        "{mixed}"
    );
    // Asked for one tenant: that tenant's zone, as before.
    let tokyo = footer(env.run(
        &[
            "sla",
            "--tenant",
            "contoso",
            "--fail-on",
            "never",
            "--color",
            "never",
        ],
        0,
    ));
    assert!(tokyo.contains("19:00"), "{tokyo}");
}
}

/// The fields of `sla --explain --json` a basis test reads.
#[derive(serde::Deserialize)]
struct ExplainedReport {
    requests: Vec<ExplainedRow>,
}

#[derive(serde::Deserialize)]
struct ExplainedRow {
    id: i64,
    response_due: String,
    target_started_at: Option<String>,
    explanation: Option<String>,
}

/// The local due time `show` prints (its "response due" row, before any re-target note).
fn shown_due(show: &str) -> String {
    let row = show
        .lines()
        .find(|l| l.contains("response due"))
        .unwrap_or_else(|| panic!("no due row in {show}"));
    let value = row.split('┆').nth(1).unwrap().trim();
    value.split(" (").next().unwrap().to_string()
}

both_backends! {
/// SPEC 7: after a change of severity the unanswered cycle's target counts from the change;
/// the due-time basis in `show`, `sla --explain` and its JSON explains that due time.
#[test]
fn basis_shown_after_a_severity_change_ends_at_the_due_time_shown() {
    let env = Env::with_config("timezone = \"Europe/Paris\"\n");
    let (opened, changed, now) = (
        "2026-11-24T02:00:00Z",
        "2026-11-25T00:00:00Z",
        "2026-11-25T00:30:00Z",
    );
    let open = |sev: &str| -> i64 {
        let out = env
            .at(opened)
            .args(["open", "-q", "--title", "mail slow", "--severity", sev])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap().trim().parse().unwrap()
    };
    // One re-targeted onto a 24x7 clock, one onto a business clock.
    let wall = open("C");
    let business = open("C");
    for (id, sev) in [(wall, "A"), (business, "B")] {
        let out = env
            .at(changed)
            .args(["update", &id.to_string(), "--severity", sev])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
    }
    let out = env
        .at(now)
        .args(["sla", "--explain", "--json", "--fail-on", "never"])
        .output()
        .unwrap();
    let report: ExplainedReport = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report.requests.len(), 2);
    for row in &report.requests {
        assert_eq!(row.target_started_at.as_deref(), Some(changed));
        let show = env.at(now).args(["show", &row.id.to_string()]).output().unwrap();
        let show = String::from_utf8(show.stdout).unwrap();
        let due = shown_due(&show);
        let explanation = row.explanation.as_deref().expect("an explanation");
        assert!(explanation.ends_with(&due), "due {due}, basis {explanation}");
        let basis_row = show.lines().find(|l| l.contains("due because")).unwrap();
        assert!(
            basis_row.trim_end_matches([' ', '│']).ends_with(&due),
            "due {due}, basis {basis_row}"
        );
        let text = env
            .at(now)
            .args(["sla", "--explain", "--fail-on", "never"])
            .output()
            .unwrap();
        let text = String::from_utf8(text.stdout).unwrap();
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("#{}:", row.id)))
            .unwrap();
        assert!(line.ends_with(&due), "due {due}, basis {line}");
    }
    let wall_row = report.requests.iter().find(|r| r.id == wall).unwrap();
    assert_eq!(wall_row.response_due, "2026-11-25T01:00:00Z");
    let basis = wall_row.explanation.as_deref().unwrap();
    assert!(basis.contains("Wed 2026-11-25 01:00:00 CET + 1h"), "{basis}");
}
}

both_backends! {
/// SPEC 2: a local `--now` is read in the zone of the tenant the command is about
/// (`--tenant`), else in the default tenant's: a wall time New York has twice is ambiguous
/// there, whatever the default's zone.
#[test]
fn a_local_now_is_read_in_the_zone_of_the_tenant_the_command_is_about() {
    let env = Env::with_config(
        "timezone = \"Asia/Tokyo\"\n[tenants.ny]\ntimezone = \"America/New_York\"\n",
    );
    // Due 10:30Z; New York is UTC-5 and Tokyo UTC+9 on 2026-11-24.
    let id = env.open(&[
        "--title", "x", "--severity", "A", "--tenant", "ny",
        "--opened-at", "2026-11-24T09:30:00Z",
    ]);
    let remaining = |now: &str, tenant: &[&str]| {
        let mut args = vec!["sla", "--now", now, "--json"];
        args.extend_from_slice(tenant);
        let out = env.bare().args(["--db"]).arg(env.db())
            .args(["--config"]).arg(env.path("c.toml"))
            .args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        let row: common::SlaRowJson = common::typed(by_id(&v, id));
        row.remaining_seconds
    };
    // 05:00 in New York is 10:00Z: half an hour left.
    assert_eq!(remaining("2026-11-24 05:00", &["--tenant", "ny"]), Some(1800));
    // Over both tenants, whose zones read it differently, a time with its offset.
    assert_eq!(remaining("2026-11-24T19:00:00+09:00", &[]), Some(1800));
    // 01:30 happens twice in New York on 2026-11-01 (clocks go back): refused there, on
    // every command that names the tenant...
    for cmd in [&["sla"][..], &["list"], &["open", "--title", "y", "--severity", "C"]] {
        let out = env
            .bare()
            .arg("--db").arg(env.db())
            .arg("--config").arg(env.path("c.toml"))
            .args(cmd)
            .args(["--tenant", "ny", "--now", "2026-11-01 01:30"])
            .output()
            .unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{cmd:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{cmd:?}: {err}");
        assert!(err.contains("--now") && err.contains("01:30"), "{cmd:?}: {err}");
    }
    // ...and a plain time in Tokyo.
    let out = env
        .bare()
        .arg("--db").arg(env.db())
        .arg("--config").arg(env.path("c.toml"))
        .args(["sla", "--tenant", "default", "--now", "2026-11-01 01:30"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}
}

/// A request as `show --json` prints it, with the times of its history.
#[derive(Debug, serde::Deserialize)]
struct Shown {
    #[serde(deserialize_with = "Option::deserialize")]
    first_response_at: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    closed_at: Option<String>,
    events: Vec<ShownEvent>,
}

#[derive(Debug, serde::Deserialize)]
struct ShownEvent {
    at: String,
    kind: String,
}

both_backends! {
/// SPEC 2: a local time about one request is read in that request's tenant's zone: a local
/// `--now` given to a command that names a request (by ID or `--case`) is read in its
/// tenant's zone, as `--at` is, whatever the default tenant's zone.
#[test]
fn a_local_time_about_one_request_is_read_in_that_requests_tenants_zone() {
    let env = Env::with_config(
        "timezone = \"Asia/Tokyo\"\n[tenants.ny]\ntimezone = \"America/New_York\"\n",
    );
    // 04:30 in New York (UTC-5) is 09:30Z; in Tokyo it is 18:30 the same day.
    let id = env.open(&[
        "--title", "x", "--severity", "A", "--tenant", "ny", "--case-number", "4711",
        "--opened-at", "2026-11-24T09:30:00Z",
    ]);
    let id = id.to_string();
    let at = |now: &str, args: &[&str]| {
        let out = env.at(now).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?} at {now}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    // Each write at a New York wall time, without --at: recorded at that instant.
    at("2026-11-24 05:00", &["respond", &id]);
    at("2026-11-24 05:10", &["note", &id, "a call is booked"]);
    at("2026-11-24 05:20", &["update", &id, "--owner", "Bo"]);
    at("2026-11-24 05:30", &["close", "--case", "4711"]);
    at("2026-11-24 05:40", &["reopen", &id, "--reason", "back"]);
    at("2026-11-24 05:50", &["update", "--case", "4711", "--tenant", "ny", "--engineer", "Ann"]);
    let shown: Shown = common::typed(&env.json_at("2026-11-24T11:00:00Z", &["show", &id]));
    let times: Vec<(&str, &str)> = shown
        .events
        .iter()
        .map(|e| (e.kind.as_str(), e.at.as_str()))
        .filter(|(k, _)| *k != "opened")
        .collect();
    assert_eq!(
        times.iter().map(|t| t.1).collect::<Vec<_>>(),
        [
            "2026-11-24T10:00:00Z",
            "2026-11-24T10:10:00Z",
            "2026-11-24T10:20:00Z",
            "2026-11-24T10:30:00Z",
            "2026-11-24T10:40:00Z",
            "2026-11-24T10:50:00Z",
        ],
        "{times:?}"
    );
    // A view at a New York wall time: at 05:05 it was answered and still open.
    let then: Shown = common::typed(
        &serde_json::from_str::<Value>(&at("2026-11-24 05:05", &["show", &id, "--json"])).unwrap(),
    );
    assert_eq!(then.first_response_at.as_deref(), Some("2026-11-24T10:00:00Z"));
    assert_eq!(then.closed_at, None);
    let by_case: Shown = common::typed(
        &serde_json::from_str::<Value>(&at("2026-11-24 04:45", &["show", "--case", "4711", "--json"]))
            .unwrap(),
    );
    assert_eq!(by_case.first_response_at, None);
}
}

both_backends! {
/// SPEC 2: no tenant's zone decides silently for another: a local `--now` read for several
/// tenants (several `--tenant`, or a command over every tenant) is refused in one sentence
/// asking for an offset when it names different instants in their zones, and read as it
/// is when they agree.
#[test]
fn a_local_time_that_names_different_instants_in_the_zones_involved_is_refused() {
    let env = Env::with_config(
        "timezone = \"Asia/Tokyo\"\n[tenants.ny]\ntimezone = \"America/New_York\"\n\
         [tenants.osaka]\ntimezone = \"Asia/Tokyo\"\n",
    );
    env.open(&["--title", "x", "--severity", "C", "--opened-at", "2026-11-24T09:30:00Z"]);
    let run = |args: &[&str]| {
        env.bare()
            .arg("--db").arg(env.db())
            .arg("--config").arg(env.path("c.toml"))
            .args(args)
            .output()
            .unwrap()
    };
    // An import's rows may belong to any tenant: it is about every one of them.
    let rows = env.path("rows.jsonl");
    std::fs::write(
        &rows,
        "{\"title\": \"y\", \"severity\": \"C\", \"opened_at\": \"2026-11-24T09:00:00Z\"}\n",
    )
    .unwrap();
    let rows = rows.to_str().unwrap();
    for args in [
        &["sla", "--now", "2026-11-24 19:00", "--tenant", "default", "--tenant", "ny"][..],
        &["import", "--now", "2026-11-24 19:00", rows],
        // --since and --until are read like --now, in the zones of the tenants listed.
        &["list", "--now", "2026-11-25T10:00:00Z", "--since", "2026-11-24 19:00"],
        &[
            "list", "--now", "2026-11-25T10:00:00Z", "--until", "2026-11-24 19:00", "--tenant",
            "ny", "--tenant", "default",
        ],
        &["import", "--dry-run", "--now", "2026-11-24 19:00", rows],
        &["list", "--now", "2026-11-24 19:00", "--tenant", "ny", "--tenant", "default"],
        &["sla", "--now", "2026-11-24 19:00"],
        &["list", "--now", "2026-11-24"],
        &["report", "--now", "2026-11-24 19:00"],
        &["export", "--now", "2026-11-24 19:00"],
    ] {
        let out = run(args);
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(
            err.contains("2026-11-24") && err.contains("offset") && err.contains("ny"),
            "{args:?}: {err}"
        );
    }
    // Zones that agree, or a time with an offset: read as given.
    for args in [
        &["sla", "--now", "2026-11-24 19:00", "--tenant", "default", "--tenant", "osaka"][..],
        &["sla", "--now", "2026-11-24T19:00:00+09:00"],
        &["list", "--now", "2026-11-24T10:00:00Z"],
        &["import", "--now", "2026-11-24T19:00:00+09:00", rows],
        &["list", "--now", "2026-11-25T10:00:00Z", "--since", "2026-11-24 19:00", "--tenant", "ny"],
        &["list", "--now", "2026-11-25T10:00:00Z", "--since", "2026-11-24T19:00:00+09:00"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
}
}

both_backends! {
/// SPEC 2: a character JUnit's XML cannot carry is shown escaped by its own code point:
/// U+FFFE and U+FFFF are told apart.
#[test]
fn every_escaped_character_in_junit_shows_its_own_code_point() {
    let env = Env::new();
    env.open(&[
        "--title",
        "a\u{fffe}b\u{ffff}c\u{1}d",
        "--severity",
        "A",
        "--opened-at",
        "2026-11-24T08:00:00Z",
    ]);
    let out = env
        .cmd()
        .args(["sla", "--format", "junit"])
        .output()
        .unwrap();
    let xml = String::from_utf8(out.stdout).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let name = doc
        .descendants()
        .find(|n| n.has_tag_name("testcase"))
        .unwrap()
        .attribute("name")
        .unwrap();
    assert!(name.contains("a\\u{fffe}b\\u{ffff}c\\x01d"), "{name}");
}
}

/// Two tenants in different zones and plans (SPEC 6 point-in-time tests).
const MOVED: &str = "tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n\
    [tenants.nyent]\nplan = \"e5\"\ntimezone = \"America/New_York\"\n";

/// The fields of `sla --json` a point-in-time filter is judged on.
#[derive(Debug, serde::Deserialize)]
struct SlaRequests {
    requests: Vec<SlaRequest>,
}

#[derive(Debug, serde::Deserialize)]
struct SlaRequest {
    id: i64,
    tenant: String,
    category: String,
    sla_state: String,
}

/// Run `args` at `now`; its exit code and stdout.
fn at(env: &Env, now: &str, args: &[&str]) -> (i32, String) {
    let out = env.at(now).args(args).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

both_backends! {
    /// SPEC 6: `--now T` shows the ledger as it stood at T, so `list` and `sla` filter by the
    /// tenant, category and plan each request had then: a request moved to another tenant,
    /// category or plan afterwards changes no verdict about T (nor the exit code CI reads).
    #[test]
    fn a_past_instant_is_filtered_by_the_tenant_category_and_plan_each_request_had_then() {
        let env = Env::with_config(MOVED);
        let opened = "2026-11-20T10:00:00+09:00";
        for title in ["moved to nyent", "became presales"] {
            let (code, _) = at(&env, opened, &["open", "-q", "--title", title, "--severity", "B"]);
            assert_eq!(code, 0);
        }
        let later = "2026-12-02T10:00:00+09:00";
        assert_eq!(at(&env, later, &["update", "1", "--tenant", "nyent"]).0, 0);
        assert_eq!(at(&env, later, &["update", "2", "--category", "presales"]).0, 0);
        let t = "2026-11-30T23:59:59+09:00";
        let sla = |now: &str, tenant: &str| {
            let (code, out) = at(&env, now, &["sla", "--tenant", tenant, "--json"]);
            let v: SlaRequests = serde_json::from_str(&out).unwrap();
            (code, v.requests)
        };
        // At T both were contoso's technical B requests, both breached: exit 3.
        let (code, then) = sla(t, "contoso");
        assert_eq!(code, 3);
        assert_eq!(
            then.iter()
                .map(|r| (r.id, r.tenant.as_str(), r.category.as_str(), r.sla_state.as_str()))
                .collect::<Vec<_>>(),
            [
                (1, "contoso", "technical", "breached"),
                (2, "contoso", "technical", "breached")
            ]
        );
        let (code, then) = sla(t, "nyent");
        assert_eq!((code, then.len()), (0, 0), "{then:?}");
        let ids = |now: &str, args: &[&str]| {
            let (code, out) = at(&env, now, &[&["list", "-q", "--status", "all"], args].concat());
            assert_eq!(code, 0);
            out.split_whitespace().map(|i| i.parse().unwrap()).collect::<Vec<i64>>()
        };
        assert_eq!(ids(t, &["--category", "presales"]), Vec::<i64>::new());
        assert_eq!(ids(t, &["--category", "technical"]), [1, 2]);
        assert_eq!(ids(t, &["--plan", "e3"]), [1, 2]);
        assert_eq!(ids(t, &["--plan", "e5"]), Vec::<i64>::new());
        assert_eq!(ids(t, &["--tenant", "nyent"]), Vec::<i64>::new());
        // Now, each is filed where it is.
        let now = "2026-12-05T10:00:00+09:00";
        assert_eq!(ids(now, &["--tenant", "nyent"]), [1]);
        assert_eq!(ids(now, &["--plan", "e5"]), [1]);
        assert_eq!(ids(now, &["--category", "presales"]), [2]);
        assert_eq!(sla(now, "nyent").1.iter().map(|r| r.id).collect::<Vec<_>>(), [1]);
    }
}

both_backends! {
/// SPEC 1.5 names three breaches: answered after due, closed unanswered after due, and not
/// answered with now past due. Every place that explains a breach says which one it is: the
/// `sla` table (both languages), its JUnit failures, and the report's list of breaches
/// (Markdown and JSON). A cycle at risk is still due: its JUnit failure says "is due".
#[test]
fn every_breach_says_which_breach_it_is() {
    let env = Env::new();
    let a = |at: &str, title: &str| {
        env.open(&["--title", title, "--severity", "A", "--available-24x7", "--opened-at", at])
    };
    let late = a("2026-11-24T07:00:00Z", "answered late");
    env.run(&["respond", &late.to_string(), "--at", "2026-11-24T08:30:00Z"], 0);
    let closed = a("2026-11-24T07:00:00Z", "closed unanswered");
    env.run(&["close", &closed.to_string(), "--at", "2026-11-24T08:40:00Z"], 0);
    let overdue = a("2026-11-24T07:00:00Z", "still unanswered");
    let at_risk = a("2026-11-24T09:10:00Z", "ten minutes left");
    let row = |table: &str, title: &str| -> String {
        table
            .lines()
            .find(|l| l.contains(title))
            .unwrap_or_else(|| panic!("{title}: {table}"))
            .to_string()
    };
    let table = env.run(&["sla", "--all"], 3);
    assert!(row(&table, "answered late").contains("answered late"), "{table}");
    let line = row(&table, "closed unanswered");
    assert!(line.contains("closed unanswered") && !line.contains("answered late"), "{table}");
    assert!(row(&table, "still unanswered").contains("overdue 2h"), "{table}");
    let ja = env.run(&["--lang", "ja", "sla", "--all"], 3);
    assert!(row(&ja, "answered late").contains("期限後に応答"), "{ja}");
    let line = row(&ja, "closed unanswered");
    assert!(line.contains("未応答でクローズ") && !line.contains("期限後に応答"), "{ja}");

    // JUnit: each failure's text, by request.
    let xml = env.run(&["sla", "--all", "--format", "junit", "--fail-on", "at-risk"], 3);
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let failure = |id: i64| -> String {
        doc.descendants()
            .filter(|n| n.has_tag_name("failure"))
            .find(|n| n.text().unwrap_or("").starts_with(&format!("request {id} ")))
            .unwrap_or_else(|| panic!("request {id}: {xml}"))
            .text()
            .unwrap()
            .to_string()
    };
    assert!(failure(late).ends_with("was due 2026-11-24T08:00:00Z: answered after the due time"));
    assert!(
        failure(closed).ends_with("was due 2026-11-24T08:00:00Z: closed unanswered after the due time"),
        "{}",
        failure(closed)
    );
    assert!(failure(overdue).ends_with("was due 2026-11-24T08:00:00Z: overdue by 2h 00m"));
    assert!(
        failure(at_risk).ends_with("is due 2026-11-24T10:10:00Z: 10m 00s left"),
        "{}",
        failure(at_risk)
    );

    // The report's breaches: the JSON names the breach, the Markdown's first-response cell
    // tells a close without a response from a request still unanswered.
    #[derive(serde::Deserialize)]
    struct Listed {
        id: i64,
        breach: String,
    }
    #[derive(serde::Deserialize)]
    struct Breaches {
        latest: Vec<Listed>,
    }
    #[derive(serde::Deserialize)]
    struct Tenant {
        breaches: Breaches,
    }
    #[derive(serde::Deserialize)]
    struct Report {
        tenants: Vec<Tenant>,
    }
    let v = env.json(&["report", "--month", "2026-11"]);
    let r: Report = serde_json::from_value(v).unwrap();
    let kind = |id: i64| {
        r.tenants[0]
            .breaches
            .latest
            .iter()
            .find(|b| b.id == id)
            .map(|b| b.breach.clone())
    };
    assert_eq!(kind(late).as_deref(), Some("answered-late"));
    assert_eq!(kind(closed).as_deref(), Some("closed-unanswered"));
    assert_eq!(kind(overdue).as_deref(), Some("overdue"));
    assert_eq!(kind(at_risk), None);
    let md = env.run(&["report", "--month", "2026-11"], 0);
    assert!(row(&md, "| closed unanswered |").contains("none (closed "), "{md}");
    assert!(!row(&md, "| still unanswered |").contains("closed"), "{md}");
}
}

both_backends! {
/// SPEC 2, 6: the request is found first, then a local time about it is read in its zone.
/// A missing request (by ID or `--case`) is "no such request", exit 5, whatever `--now`
/// says — even a local time that does not exist in the default tenant's zone — for every
/// command that names a request; a missing ledger is the command's own exit 1. A request found is read in its own zone: the same wall time,
/// a gap in New York, is a time in Tokyo.
#[test]
fn a_missing_request_is_no_such_request_whatever_now_says() {
    let env = Env::with_config(
        "timezone = \"America/New_York\"\n[tenants.tokyo]\ntimezone = \"Asia/Tokyo\"\n",
    );
    // 02:30 on 2026-03-08 does not exist in New York (clocks jump from 02:00 to 03:00).
    let gap = "2026-03-08 02:30";
    let id = env
        .open(&["--title", "x", "--severity", "C", "--tenant", "tokyo", "--opened-at", "2026-03-01T00:00:00Z"])
        .to_string();
    let commands: [&[&str]; 10] = [
        &["show", "999"],
        &["show", "--case", "77"],
        &["respond", "999"],
        &["note", "999", "hi"],
        &["update", "999", "--owner", "x"],
        &["update", "--case", "77", "--owner", "x"],
        &["close", "999"],
        &["reopen", "999"],
        &["reopen", "999", "--check"],
        &["redact", "999", "--all"],
    ];
    for args in commands {
        let out = env.at(gap).args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(5), "{args:?}: {err}");
        assert!(err.contains("no such request") || err.contains("no request has case number 77"), "{args:?}: {err}");
        assert!(out.stdout.is_empty());
    }
    // A request found is read in its tenant's zone: 02:30 in Tokyo is 2026-03-07T17:30Z.
    let out = env.at(gap).args(["note", &id, "seen"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let shown: Shown = common::typed(&env.json_at("2026-03-09T00:00:00Z", &["show", &id]));
    assert_eq!(shown.events.last().map(|e| e.at.as_str()), Some("2026-03-07T17:30:00Z"));
    // A request in the default tenant's zone still refuses the gap (exit 2, the time named).
    let here = env.open(&["--title", "y", "--severity", "C", "--opened-at", "2026-03-01T00:00:00Z"]).to_string();
    let out = env.at(gap).args(["show", &here]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
    // No ledger: the command's own error, whatever --now says; nothing is created.
    let none = env.path("none.db");
    if !common::is_pg() {
        for args in commands {
            let out = env.on_at(&none, gap).args(args).output().unwrap();
            assert_eq!(out.status.code(), Some(1), "{args:?}");
            assert!(String::from_utf8_lossy(&out.stderr).contains("no ledger at"), "{args:?}");
        }
        assert!(!none.exists());
    }
}
}

/// The fields of `sla --all --json` that say when each cycle's target began counting.
#[derive(Debug, serde::Deserialize)]
struct CycleTargets {
    requests: Vec<CycleTarget>,
}

#[derive(Debug, serde::Deserialize)]
struct CycleTarget {
    id: i64,
    cycle: i64,
    target_started_at: Option<String>,
}

both_backends! {
    /// SPEC 7: a change of severity re-targets the cycle it is made in, and only that one.
    /// `sla --all --json` shows each cycle's own re-target (or null), at any `--now`: an
    /// earlier cycle never shows the re-target of the cycle in force, nor loses its own.
    #[test]
    fn each_cycles_target_started_at_is_its_own_retarget_at_any_now() {
        let env = Env::with_config(MOVED);
        let run = |now: &str, args: &[&str]| {
            let (code, out) = at(&env, now, args);
            assert_eq!(code, 0, "{args:?} at {now}: {out}");
        };
        let t = |day: u32, hm: &str| format!("2026-11-{day}T{hm}:00+09:00");
        run(&t(24, "10:00"), &["open", "-q", "--title", "retargeted", "--severity", "B"]);
        run(&t(24, "10:30"), &["update", "1", "--severity", "A"]);
        run(&t(24, "10:50"), &["respond", "1"]);
        run(&t(24, "12:00"), &["close", "1", "--resolution", "fixed"]);
        run(&t(25, "09:00"), &["reopen", "1", "--severity", "C"]);
        run(&t(25, "09:30"), &["update", "1", "--severity", "B"]);
        run(&t(25, "10:00"), &["update", "1", "--severity", "A"]);
        run(&t(25, "11:20"), &["respond", "1"]);
        run(&t(25, "13:00"), &["close", "1", "--resolution", "fixed again"]);
        run(&t(26, "09:00"), &["reopen", "1"]);
        run(&t(26, "09:10"), &["update", "1", "--severity", "C"]);
        // Each cycle's own re-target, as it stands once that cycle has begun.
        let own = [
            Some("2026-11-24T01:30:00Z"),
            Some("2026-11-25T01:00:00Z"),
            Some("2026-11-26T00:10:00Z"),
        ];
        for (now, expected) in [
            // In cycle 2, after its first re-target (B at 09:30) only.
            (t(25, "09:45"), vec![own[0], Some("2026-11-25T00:30:00Z")]),
            (t(25, "10:30"), vec![own[0], own[1]]),
            // In cycle 3 before its re-target, then after it.
            (t(26, "09:05"), vec![own[0], own[1], None]),
            (t(27, "09:00"), own.to_vec()),
        ] {
            let (code, out) = at(&env, &now, &["sla", "--all", "--json"]);
            assert!(code == 0 || code == 3, "{out}");
            let v: CycleTargets = serde_json::from_str(&out).unwrap();
            let mut got: Vec<(i64, Option<String>)> = v
                .requests
                .into_iter()
                .filter(|r| r.id == 1)
                .map(|r| (r.cycle, r.target_started_at))
                .collect();
            got.sort();
            let want: Vec<(i64, Option<String>)> = expected
                .iter()
                .enumerate()
                .map(|(i, e)| (i as i64 + 1, e.map(str::to_string)))
                .collect();
            assert_eq!(got, want, "at {now}");
        }
    }
}

/// One row of `sla --all --json`: which request and cycle, and what it was closed with.
#[derive(Debug, serde::Deserialize)]
struct CycleResolution {
    id: i64,
    cycle: i64,
    #[serde(deserialize_with = "Option::deserialize")]
    resolution: Option<String>,
}

/// `sla --all --json`'s report, its rows read for their resolutions.
#[derive(Debug, serde::Deserialize)]
struct ResolutionReport {
    requests: Vec<CycleResolution>,
}

/// One earlier cycle as `export` writes it (SPEC 5, 7).
#[derive(Debug, serde::Deserialize)]
struct ExportedCycle {
    cycle: i64,
    #[serde(deserialize_with = "Option::deserialize")]
    resolution: Option<String>,
}

/// One exported request, read for its resolutions.
#[derive(Debug, serde::Deserialize)]
struct ExportedResolutions {
    #[serde(deserialize_with = "Option::deserialize")]
    resolution: Option<String>,
    cycles: Vec<ExportedCycle>,
}

both_backends! {
/// SPEC 7: a request closed with a resolution and reopened keeps that resolution in its
/// earlier cycle, and every reader shows it there: `sla --all` (JSON and CSV) gives each
/// cycle the resolution it was closed with (never null, never the current cycle's), `show`
/// gives it in the close of its history, and `export` in its `cycles`. Tried with one and
/// two reopens, a cycle closed without a resolution between them, and the current cycle
/// open and closed.
#[test]
fn an_earlier_cycle_shows_the_resolution_it_was_closed_with_in_every_reader() {
    let env = Env::new();
    let id = env.open(&[
        "--title",
        "connector broken",
        "--severity",
        "B",
        "--opened-at",
        "2026-11-20T09:00:00Z",
    ]);
    let cycles = |env: &Env| -> Vec<(i64, Option<String>)> {
        let r: ResolutionReport = common::typed(&env.json(&["sla", "--all"]));
        let mut v: Vec<(i64, Option<String>)> = r
            .requests
            .into_iter()
            .filter(|c| c.id == id)
            .map(|c| (c.cycle, c.resolution))
            .collect();
        v.sort();
        v
    };
    let s = |t: &str| Some(t.to_string());
    let sid = id.to_string();
    env.run(
        &["close", &sid, "--at", "2026-11-20T12:00:00Z", "--resolution", "connector fixed"],
        0,
    );
    env.run(&["reopen", &sid, "--reason", "again"], 0);
    assert_eq!(cycles(&env), [(1, s("connector fixed")), (2, None)]);
    // A cycle closed without a resolution shows none, the earlier one still its own.
    env.run(&["close", &sid], 0);
    env.run(&["reopen", &sid], 0);
    assert_eq!(cycles(&env), [(1, s("connector fixed")), (2, None), (3, None)]);
    env.run(&["close", &sid, "--resolution", "token renewed"], 0);
    assert_eq!(
        cycles(&env),
        [(1, s("connector fixed")), (2, None), (3, s("token renewed"))]
    );
    // CSV: the resolution column of each cycle's row.
    let csv = env.run(&["sla", "--all", "--format", "csv"], 0);
    let mut rd = csv::Reader::from_reader(csv.as_bytes());
    let head = rd.headers().unwrap().clone();
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    let mut rows: Vec<(String, String)> = rd
        .records()
        .map(|r| r.unwrap())
        .map(|r| (r[col("cycle")].to_string(), r[col("resolution")].to_string()))
        .collect();
    rows.sort();
    assert_eq!(
        rows,
        [
            ("1".to_string(), "connector fixed".to_string()),
            ("2".to_string(), String::new()),
            ("3".to_string(), "token renewed".to_string())
        ]
    );
    // show: the first close of the history carries its resolution.
    let shown = env.run(&["show", &sid], 0);
    assert!(shown.contains("connector fixed"), "{shown}");
    // export: each earlier cycle with its own resolution, the request with the current one.
    let line = env.run(&["export", "--format", "jsonl"], 0);
    let e: ExportedResolutions = common::typed(&serde_json::from_str(line.trim()).unwrap());
    assert_eq!(e.resolution, s("token renewed"));
    let mut past: Vec<(i64, Option<String>)> =
        e.cycles.into_iter().map(|c| (c.cycle, c.resolution)).collect();
    past.sort();
    assert_eq!(past, [(1, s("connector fixed")), (2, None)]);
}
}

both_backends! {
/// SPEC 2 (`-q`: ids alone): `sla --all -q` prints each failing request's id once, however
/// many of its cycles fail, in the order of its first failing row, so a script counting
/// lines counts requests.
#[test]
fn quiet_sla_all_prints_each_failing_request_once_however_many_cycles_fail() {
    let env = Env::new();
    let run = |now: &str, args: &[&str]| {
        let out = env.at(now).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    // Request 1 breaches two cycles (A, 1 hour, answered late twice); request 2 one.
    run("2026-11-24T09:00:00Z", &["open", "-q", "--title", "mail down for everyone", "--severity", "A"]);
    run("2026-11-24T09:05:00Z", &["open", "-q", "--title", "sites down for everyone", "--severity", "A"]);
    run("2026-11-24T12:00:00Z", &["respond", "1"]);
    run("2026-11-24T12:05:00Z", &["close", "1"]);
    run("2026-11-24T13:00:00Z", &["reopen", "1", "--reason", "back again"]);
    run("2026-11-24T16:00:00Z", &["respond", "1"]);
    let out = env
        .at("2026-11-24T17:00:00Z")
        .args(["sla", "--all", "-q", "--fail-on", "breached"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", String::from_utf8_lossy(&out.stderr));
    let mut ids: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    ids.sort_unstable();
    assert_eq!(ids, ["1", "2"]);
}
}

both_backends! {
/// SPEC 2 (`--now`: as if it were that time) and SPEC 6: `--case` with a local `--now` finds
/// the request that held that case number at the instant the local time names in its
/// tenant's zone, whatever this machine's clock says: a case numbered after the clock (a
/// ledger kept ahead of it, a back-fill) is found as one numbered before it is, and a
/// local time before the number was given still finds none.
#[test]
fn a_case_number_given_after_the_machines_clock_is_found_by_a_local_now() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\n");
    let run = |now: &str, args: &[&str]| {
        let out = env.at(now).args(args).output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    // Opened and numbered in 2099, long after any clock this runs on.
    assert_eq!(run("2099-06-01T09:00:00Z", &["open", "-q", "--title", "Teams chat broken for many", "--severity", "B"]).0, Some(0));
    assert_eq!(run("2099-06-01T09:10:00Z", &["update", "1", "--case-number", "555", "-q"]).0, Some(0));
    // 18:20 in Tokyo is 09:20Z: numbered by then.
    for args in [&["show", "--case", "555"][..], &["note", "--case", "555", "Microsoft: investigating"]] {
        let (code, err) = run("2099-06-01 18:20", args);
        assert_eq!(code, Some(0), "{args:?}: {err}");
    }
    let (code, err) = run("２０９９-０６-０１ １８:３０", &["show", "--case", "555"]);
    assert_eq!(code, Some(0), "full-width: {err}");
    // 18:05 in Tokyo is 09:05Z: opened, not yet numbered.
    let (code, err) = run("2099-06-01 18:05", &["show", "--case", "555"]);
    assert_eq!(code, Some(5), "{err}");
}
}
