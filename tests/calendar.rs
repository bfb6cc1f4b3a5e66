//! SPEC 4 and 6 through the binary: business-clock thresholds, local days where clocks
//! change at midnight, no silent "no commitment", and business hours with several windows a
//! day that differ by weekday.

#[macro_use]
mod common;
use common::Env;
use serde::Deserialize;

/// The fields these tests read; a renamed field fails to parse.
#[derive(Debug, Deserialize)]
struct Req {
    id: i64,
    opened_at: String,
    response_due: Option<String>,
    sla_state: String,
}

#[derive(Debug, Deserialize)]
struct SlaReport {
    requests: Vec<Req>,
}

/// The default rules with enterprise B on an 8-business-hour clock.
fn rules_with_business_b(b: &str) -> String {
    include_str!("../src/rules/default.toml").replace(
        "B = { availability = \"24x7\", response = \"next-day\" }\nC = { availability = \"24x7\", response = \"none\" }\n\n[tiers.frontline]",
        &format!("B = {{ availability = \"business-hours\", response = \"{b}\", clock = \"business\" }}\nC = {{ availability = \"24x7\", response = \"none\" }}\n\n[tiers.frontline]"),
    )
}

fn env_with(config: &str, rules: Option<&str>) -> Env {
    let env = Env::with_config(config);
    if let Some(r) = rules {
        std::fs::write(env.path("rules.toml"), r).unwrap();
    }
    env
}

fn run(env: &Env, now: &str, args: &[&str]) -> (i32, String, String) {
    let out = env.at(now).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn open_json(env: &Env, now: &str, args: &[&str]) -> Req {
    let mut a = vec!["open", "--json", "--title", "EAC cannot set forwarding"];
    a.extend_from_slice(args);
    let (code, out, err) = run(env, now, &a);
    assert_eq!(code, 0, "{a:?}: {err}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn business_clock_thresholds_count_business_time_only() {
    let rules = rules_with_business_b("8h");
    assert!(
        rules.contains("clock = \"business\""),
        "the rules were rewritten"
    );
    let env = env_with("plan = \"e3\"\nrules_file = \"rules.toml\"\n", Some(&rules));
    // Friday 16:00 UTC + 8 business hours (Mon–Fri 09–17) = Monday 16:00.
    let r = open_json(
        &env,
        "2026-11-27T16:00:00Z",
        &["--severity", "B", "--opened-at", "2026-11-27T16:00:00Z"],
    );
    assert_eq!(r.response_due.as_deref(), Some("2026-11-30T16:00:00Z"));
    // Sunday 22:00: 7 of 8 business hours are left → pending, exit 0.
    let (code, out, err) = run(
        &env,
        "2026-11-29T22:00:00Z",
        &["sla", "--fail-on", "at-risk", "--json"],
    );
    assert_eq!(code, 0, "{err}");
    let rep: SlaReport = serde_json::from_str(&out).unwrap();
    assert_eq!(rep.requests[0].sla_state, "pending");
    // Monday 14:00: the last 2 business hours (25 % of 8) → at risk, exit 3.
    let (code, out, _) = run(
        &env,
        "2026-11-30T14:00:00Z",
        &["sla", "--fail-on", "at-risk", "--json"],
    );
    assert_eq!(code, 3);
    let rep: SlaReport = serde_json::from_str(&out).unwrap();
    assert_eq!(rep.requests[0].sla_state, "at-risk");
}

#[test]
fn a_local_date_whose_midnight_does_not_exist_begins_at_its_first_instant() {
    let env = env_with("timezone = \"America/Santiago\"\nplan = \"e3\"\n", None);
    // Clocks jump from 00:00 to 01:00 on 2026-09-06: the day begins at 01:00 -03.
    let r = open_json(
        &env,
        "2026-09-07 12:00",
        &["--severity", "B", "--opened-at", "2026-09-06"],
    );
    assert_eq!(r.opened_at, "2026-09-06T04:00:00Z");
    assert!(r.id > 0);
}

#[test]
fn next_day_ends_when_the_next_local_day_begins() {
    // Santiago goes back from 24:00 to 23:00 on Saturday 2026-04-04: that day has 25 hours
    // and ends at 2026-04-05T03:59:59Z.
    let env = env_with("timezone = \"America/Santiago\"\nplan = \"e3\"\n", None);
    let r = open_json(
        &env,
        "2026-04-06 12:00",
        &["--severity", "B", "--opened-at", "2026-04-03 10:00"],
    );
    assert_eq!(r.response_due.as_deref(), Some("2026-04-05T03:59:59Z"));
    let id = r.id.to_string();
    let (code, out, err) = run(
        &env,
        "2026-04-06 12:00",
        &[
            "respond",
            &id,
            "--at",
            "2026-04-04T23:30:00-04:00",
            "--json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let r: Req = serde_json::from_str(&out).unwrap();
    assert_eq!(r.sla_state, "met");
}

#[test]
fn no_silent_no_commitment() {
    let env = Env::new();
    for (target, why) in [("872d", "never reached"), ("0h", "longer than zero")] {
        std::fs::write(env.path("r.toml"), rules_with_business_b(target)).unwrap();
        let (code, _, err) = run(
            &env,
            common::NOW,
            &["rules", "--check", env.path("r.toml").to_str().unwrap()],
        );
        assert_eq!(code, 2, "{target}: {err}");
        assert!(
            err.contains(why) && err.contains("r.toml:"),
            "{target}: {err}"
        );
    }
    // A calendar with no business time at all.
    let none = include_str!("../src/rules/default.toml").replace(
        "days = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]",
        "days = []",
    );
    std::fs::write(env.path("r.toml"), none).unwrap();
    let (code, _, err) = run(
        &env,
        common::NOW,
        &["rules", "--check", env.path("r.toml").to_str().unwrap()],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("at least one day"), "{err}");
    // A tenant whose own hours cannot reach a target is a config error.
    let env = env_with(
        "plan = \"e3\"\nrules_file = \"rules.toml\"\n[business_hours]\nholidays = []\n[tenants.tiny]\nplan = \"e3\"\n[tenants.tiny.business_hours]\ndays = [\"mon\"]\nopen = \"09:00\"\nclose = \"09:01\"\n",
        Some(&rules_with_business_b("2000h")),
    );
    let (code, _, err) = run(&env, common::NOW, &["rules"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("tiny") && err.contains("never reached"),
        "{err}"
    );
    // close = "24:00" ends the day.
    let env = env_with(
        "plan = \"e3\"\n[business_hours]\nopen = \"18:00\"\nclose = \"24:00\"\n",
        None,
    );
    let (code, out, err) = run(&env, common::NOW, &["rules"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("18:00–24:00"), "{out}");
}

#[test]
fn business_hours_with_a_lunch_break_and_a_short_saturday() {
    let config = "timezone = \"Asia/Tokyo\"\nplan = \"e3\"\nrules_file = \"rules.toml\"\n[business_hours]\nwindows = { mon = [\"09:00-12:00\", \"13:00-17:30\"], tue = [\"09:00-12:00\", \"13:00-17:30\"], wed = [\"09:00-12:00\", \"13:00-17:30\"], thu = [\"09:00-12:00\", \"13:00-17:30\"], fri = [\"09:00-12:00\", \"13:00-17:30\"], sat = [\"09:00-12:00\"] }\n";
    let env = env_with(config, Some(&rules_with_business_b("4h")));
    // Friday 2026-11-27 11:00 JST + 4 business hours: 1 h to noon, lunch, 13:00–16:00.
    let r = open_json(
        &env,
        "2026-11-30 12:00",
        &["--severity", "B", "--opened-at", "2026-11-27 11:00"],
    );
    assert_eq!(r.response_due.as_deref(), Some("2026-11-27T07:00:00Z"));
    // Friday 16:00 JST + 4 h: 1.5 h Friday, then Saturday 09:00–11:30.
    let r = open_json(
        &env,
        "2026-11-30 12:00",
        &["--severity", "B", "--opened-at", "2026-11-27 16:00"],
    );
    assert_eq!(r.response_due.as_deref(), Some("2026-11-28T02:30:00Z"));
    // The calendar shows both windows of a weekday and the short Saturday.
    let (code, out, err) = run(
        &env,
        "2026-11-30 12:00",
        &[
            "rules",
            "--calendar",
            "--from",
            "2026-11-27 08:00",
            "--next",
            "3",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("09:00–12:00, 13:00–17:30") && !out.contains("09:00 JST"),
        "{out}"
    );
    assert!(out.contains("Sat"), "{out}");
    // rules shows the windows per day; --explain names them.
    let (_, out, _) = run(&env, "2026-11-30 12:00", &["rules"]);
    assert!(
        out.contains("mon 09:00–12:00 13:00–17:30") && out.contains("sat 09:00–12:00"),
        "{out}"
    );
    // Windows that overlap, or cross midnight, are refused with their line.
    for bad in ["[\"09:00-12:00\", \"11:00-13:00\"]", "[\"22:00-02:00\"]"] {
        let env = env_with(
            &format!("plan = \"e3\"\n[business_hours]\nwindows = {{ mon = {bad} }}\n"),
            None,
        );
        let (code, _, err) = run(&env, common::NOW, &["rules"]);
        assert_eq!(code, 2, "{bad}: {err}");
        assert!(err.contains("c.toml:"), "{err}");
    }
}

#[test]
fn durations_on_a_business_clock_are_durations() {
    // SPEC 6: "2d" on a business clock is 48 business hours (six 8-hour days), not two
    // business days.
    let env = env_with(
        "plan = \"e3\"\nrules_file = \"rules.toml\"\n",
        Some(&rules_with_business_b("2d")),
    );
    // Monday 2026-11-23 09:00 UTC + 48 business hours: Mon–Fri is 40, the next Monday 8 more.
    let r = open_json(
        &env,
        "2026-12-10T00:00:00Z",
        &["--severity", "B", "--opened-at", "2026-11-23T09:00:00Z"],
    );
    assert_eq!(r.response_due.as_deref(), Some("2026-11-30T17:00:00Z"));
}

/// The calendar's heading names the tenant's zone once; a window names its zone only when
/// the offset changes inside it (a daylight-saving day), in English and Japanese.
#[test]
fn a_calendar_window_names_its_zone_only_where_the_offset_changes() {
    let env = Env::with_config(
        "timezone = \"Europe/Berlin\"\n[business_hours]\n\
         windows = { sun = [\"00:00-24:00\"], mon = [\"09:00-17:00\"] }\n",
    );
    for lang in ["en", "ja"] {
        let (code, out, err) = run(
            &env,
            "2026-10-20 10:00",
            &[
                "rules",
                "--calendar",
                "--from",
                "2026-10-25 00:00",
                "--next",
                "2",
                "--lang",
                lang,
            ],
        );
        assert_eq!(code, 0, "{err}");
        let cells: Vec<&str> = out.lines().filter(|l| l.starts_with("│ 2026")).collect();
        assert_eq!(cells.len(), 2, "{out}");
        assert!(
            cells[0].contains("CEST") && cells[0].contains("CET"),
            "{out}"
        );
        assert!(
            cells[1].contains("09:00") && !cells[1].contains("CET"),
            "{out}"
        );
    }
}

/// SPEC 3/4: `days`, `open` and `close` set one window a day, so over business hours given
/// as windows (a lunch break, a short Saturday) a partial override is refused naming the key
/// and its line (it used to flatten the week to 09:00–`close`, Saturday and lunch included,
/// and file wrong due times); all three given say the whole week and are taken.
#[test]
fn a_partial_business_hours_override_over_windows_is_refused_naming_the_key() {
    let windows = "[business_hours]\nwindows = { mon = [\"09:00-12:00\", \"13:00-17:30\"], \
                   fri = [\"09:00-12:00\", \"13:00-17:30\"], sat = [\"09:00-12:00\"] }\n";
    let top = format!(
        "tenant = \"tokyo\"\ntimezone = \"Asia/Tokyo\"\nrules_file = \"rules.toml\"\n{windows}"
    );
    let rules = rules_with_business_b("8h");
    for (tail, key, line) in [
        (
            "[tenants.osaka]\n[tenants.osaka.business_hours]\nclose = \"18:00\"\n",
            "close",
            8,
        ),
        (
            "[tenants.osaka.business_hours]\nopen = \"10:00\"\n",
            "open",
            7,
        ),
        (
            "[tenants.osaka.business_hours]\ndays = [\"mon\", \"sat\"]\nopen = \"10:00\"\n",
            "days",
            7,
        ),
    ] {
        let env = env_with(&format!("{top}{tail}"), Some(&rules));
        let (code, _, err) = run(
            &env,
            "2026-11-28T09:00:00+09:00",
            &["rules", "--tenant", "osaka"],
        );
        assert_eq!(code, 2, "{tail}: {err}");
        assert!(
            err.contains(&format!("c.toml:{line}:"))
                && err.contains(&format!(
                    "`{key}` cannot change business hours given as windows"
                )),
            "{tail}: {err}"
        );
    }
    // Over the rules' own windows too.
    let env = env_with(
        "tenant = \"tokyo\"\ntimezone = \"Asia/Tokyo\"\nrules_file = \"rules.toml\"\n\
         [business_hours]\nclose = \"18:00\"\n",
        Some(&rules.replace(
            "[business_hours]\n",
            &format!("{windows}\n[ignored_business_hours]\n"),
        )),
    );
    let (code, _, err) = run(&env, "2026-11-28T09:00:00+09:00", &["rules"]);
    assert_eq!(code, 2, "{err}");
    // All three given: the whole week, taken. Saturday 09:00 + 8 business hours on Mon–Fri
    // 10:00–18:00 is Monday 18:00.
    let env = env_with(
        &format!(
            "{top}[tenants.osaka.business_hours]\ndays = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]\n\
             open = \"10:00\"\nclose = \"18:00\"\n"
        ),
        Some(&rules),
    );
    let r = open_json(
        &env,
        "2026-11-28T09:00:00+09:00",
        &["--tenant", "osaka", "--severity", "B"],
    );
    assert_eq!(r.response_due.as_deref(), Some("2026-11-30T09:00:00Z"));
}

/// SPEC 3 ("missing keys inherit the top level"): holidays a tenant gives replace the
/// inherited ones, as every key it gives does, so a tenant in another country does not keep
/// the top level's days off; a tenant that gives none inherits them.
#[test]
fn a_tenants_holidays_replace_the_inherited_ones() {
    #[derive(Deserialize)]
    struct Rules {
        business_hours: Hours,
    }
    #[derive(Deserialize)]
    struct Hours {
        holidays: Vec<String>,
    }
    let env = env_with(
        "tenant = \"tokyo\"\ntimezone = \"Asia/Tokyo\"\n\
         [business_hours]\nholidays = [\"2026-12-31\", \"2027-01-01\"]\n\
         [tenants.berlin]\ntimezone = \"Europe/Berlin\"\nholidays = [\"2026-12-24\", \"2026-12-25\"]\n\
         [tenants.paris]\ntimezone = \"Europe/Paris\"\n\
         [tenants.paris.business_hours]\nholidays = [\"2026-12-25\"]\n\
         [tenants.osaka]\n",
        None,
    );
    for (tenant, want) in [
        ("berlin", &["2026-12-24", "2026-12-25"][..]),
        ("paris", &["2026-12-25"]),
        ("osaka", &["2026-12-31", "2027-01-01"]),
        ("tokyo", &["2026-12-31", "2027-01-01"]),
    ] {
        let (code, out, err) = run(
            &env,
            "2026-11-28T09:00:00Z",
            &["rules", "--tenant", tenant, "--json"],
        );
        assert_eq!(code, 0, "{err}");
        let r: Rules = serde_json::from_str(&out).unwrap();
        assert_eq!(r.business_hours.holidays, want, "{tenant}");
    }
}

/// A row of `sla --all --explain --json`: the due time and how it was reached.
#[derive(Debug, Deserialize)]
struct Explained {
    id: i64,
    cycle: i64,
    #[serde(deserialize_with = "Option::deserialize")]
    response_due: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    explanation: Option<String>,
}

#[derive(Debug, Deserialize)]
struct ExplainedReport {
    requests: Vec<Explained>,
}

both_backends! {
#[test]
fn an_explanation_explains_the_due_time_printed_beside_it() {
    // Enterprise B on 8 business hours in Tokyo; request 2 re-targeted to A in its first
    // cycle, then reopened. Every explanation ends at the due time recorded beside it; once
    // a holiday is added, the recorded one leads, the change is said, today's follows.
    let config = "timezone = \"Asia/Tokyo\"\nplan = \"e3\"\nrules_file = \"rules.toml\"\n";
    let env = env_with(config, Some(&rules_with_business_b("8h")));
    let now = "2026-12-02 12:00";
    let ok = |args: &[&str]| {
        let (code, out, err) = run(&env, now, args);
        assert_eq!(code, 0, "{args:?}: {err}");
        out
    };
    let b = ["--title", "EAC cannot set forwarding", "--severity", "B"];
    ok(&[&["open", "-q"][..], &b, &["--opened-at", "2026-11-30 10:00"]].concat());
    ok(&[&["open", "-q"][..], &b, &["--opened-at", "2026-11-30 09:00"]].concat());
    ok(&["update", "2", "--severity", "A", "--available-24x7", "true", "--at", "2026-11-30 11:00"]);
    ok(&["respond", "2", "--at", "2026-11-30 11:30"]);
    ok(&["close", "2", "--at", "2026-11-30 12:00"]);
    ok(&["reopen", "2", "--at", "2026-11-30 13:00"]);
    let explained = || -> Vec<Explained> {
        let out = ok(&["sla", "--all", "--explain", "--json", "--fail-on", "never"]);
        let r: ExplainedReport = serde_json::from_str(&out).unwrap();
        r.requests
    };
    // (id, cycle, recorded due in UTC, as shown in Tokyo)
    let recorded = [
        (1, 1, "2026-12-01T01:00:00Z", "Tue 2026-12-01 10:00:00 JST"),
        (2, 1, "2026-11-30T03:00:00Z", "Mon 2026-11-30 12:00:00 JST"),
        (2, 2, "2026-11-30T05:00:00Z", "Mon 2026-11-30 14:00:00 JST"),
    ];
    let row = |rows: &[Explained], id: i64, cycle: i64| -> String {
        let r = rows.iter().find(|r| r.id == id && r.cycle == cycle).unwrap();
        let (_, _, due, _) = recorded.iter().find(|x| x.0 == id && x.1 == cycle).unwrap();
        assert_eq!(r.response_due.as_deref(), Some(*due), "#{id} cycle {cycle}");
        r.explanation.clone().unwrap()
    };
    let rows = explained();
    assert_eq!(rows.len(), 3);
    for (id, cycle, _, local) in recorded {
        let why = row(&rows, id, cycle);
        assert!(why.ends_with(local) && !why.contains("changed"), "#{id} cycle {cycle}: {why}");
    }
    // The calendar is edited: Tuesday becomes a holiday. No recorded due time moves.
    std::fs::write(
        env.path("c.toml"),
        format!("{config}[business_hours]\nholidays = [\"2026-12-01\"]\n"),
    )
    .unwrap();
    let rows = explained();
    let why = row(&rows, 1, 1);
    assert!(
        why.starts_with("due Tue 2026-12-01 10:00:00 JST as recorded when the target was set")
            && why.contains("changed since")
            && why.ends_with("Wed 2026-12-02 10:00:00 JST"),
        "{why}"
    );
    for (id, cycle) in [(2, 1), (2, 2)] {
        let why = row(&rows, id, cycle);
        assert!(!why.contains("changed"), "#{id} cycle {cycle}: {why}");
    }
    // show's "due because" says the same beside the same due time, in both languages.
    let show = ok(&["show", "1"]);
    let line = show.lines().find(|l| l.contains("due because")).unwrap();
    assert!(line.contains("due Tue 2026-12-01 10:00:00 JST as recorded"), "{line}");
    assert!(show.lines().any(|l| l.contains("response due") && l.contains("2026-12-01 10:00:00 JST")), "{show}");
    let out = env.at(now).env("SVCREQ_LANG", "ja").args(["show", "1"]).output().unwrap();
    let ja = String::from_utf8(out.stdout).unwrap();
    assert!(ja.contains("記録された 2026-12-01 (火) 10:00:00 JST"), "{ja}");
}
}
