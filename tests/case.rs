//! SPEC 7, the case record, through the binary: the fields on open/show/JSON/export/import,
//! Microsoft's case number (unique per tenant, `--case N` wherever an ID is taken), notes,
//! updates, severity changes and their re-targeting, corrections, redaction, search, and
//! export → import → export of every cycle and event.

#[macro_use]
mod common;
use common::Env;
use serde::Deserialize;
use std::path::Path;

const TOKYO: &str = "timezone = \"Asia/Tokyo\"\nplan = \"e3\"\n[tenants.fabrikam]\nplan = \"f3\"\ntimezone = \"Europe/Berlin\"\n[tenants.smallbiz]\nplan = \"business-standard\"\n";

/// The case fields of a request as JSON; a renamed or missing field fails to parse.
#[derive(Debug, Deserialize, PartialEq)]
struct Rec {
    id: i64,
    tenant: String,
    title: String,
    description: String,
    category: String,
    severity: Option<String>,
    severity_source: Option<String>,
    status: String,
    response_target: String,
    response_due: Option<String>,
    sla_state: String,
    case_number: Option<String>,
    contact: Option<String>,
    contact_method: Option<String>,
    available_24x7: bool,
    engineer: Option<String>,
    owner: Option<String>,
    incidents: Vec<String>,
    resolution: Option<String>,
    first_response_at: Option<String>,
    closed_at: Option<String>,
}

#[derive(Debug, Deserialize)]
struct WithAge {
    id: i64,
    age_seconds: Option<i64>,
}

#[derive(Debug, Deserialize)]
struct Ev {
    at: String,
    actor: String,
    kind: String,
    detail: String,
    data: Option<serde_json::Value>,
}

#[derive(Debug, Deserialize)]
struct Shown {
    #[serde(flatten)]
    rec: Rec,
    events: Vec<Ev>,
}

fn rec(env: &Env, now: &str, args: &[&str]) -> Rec {
    let out = run(env, now, args, 0);
    serde_json::from_str(&out).unwrap()
}

fn shown(env: &Env, now: &str, id: &str) -> Shown {
    serde_json::from_str(&run(env, now, &["show", id, "--json"], 0)).unwrap()
}

fn run(env: &Env, now: &str, args: &[&str], code: i32) -> String {
    let out = env.at(now).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(code),
        "svcreq {args:?}\nstdout: {}\nstderr: {stderr}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    String::from_utf8(out.stdout).unwrap()
}

fn fail(env: &Env, now: &str, args: &[&str], code: i32) -> String {
    let out = env.at(now).args(args).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        out.status.code(),
        Some(code),
        "svcreq {args:?}\nstderr: {stderr}"
    );
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    // svcreq's own refusals are one sentence (clap's usage errors have their own layout).
    if stderr.starts_with("svcreq: ") {
        assert_eq!(stderr.lines().count(), 1, "one sentence: {stderr}");
    }
    stderr
}

fn ids(env: &Env, now: &str, args: &[&str]) -> Vec<i64> {
    let mut a = vec!["list", "--format", "ids"];
    a.extend_from_slice(args);
    run(env, now, &a, 0)
        .lines()
        .map(|l| l.parse().unwrap())
        .collect()
}

const T0: &str = "2026-11-24T00:00:00Z";
const NOW: &str = "2026-11-24T10:00:00Z";

fn open(env: &Env, args: &[&str]) -> i64 {
    let mut a = vec!["open", "-q"];
    a.extend_from_slice(args);
    run(env, NOW, &a, 0).trim().parse().unwrap()
}

both_backends! {
#[test]
fn case_fields_are_in_open_show_json_and_csv() {
    let env = Env::with_config(TOKYO);
    let out = env
        .at(NOW)
        .args([
            "open",
            "--json",
            "--title",
            "Mail down",
            "--severity",
            "A",
            "--case-number",
            "2405010010005082",
            "--contact",
            "Bob Ito <bob@contoso.example>",
            "--contact-method",
            "email",
            "--available-24x7",
            "--engineer",
            "Ken Sato",
            "--owner",
            "alice",
            "--incident",
            "EX123456",
            "--incident",
            "MO654321",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("around the clock"),
        "no 24x7 warning when available"
    );
    let r: Rec = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r.case_number.as_deref(), Some("2405010010005082"));
    assert_eq!(r.contact.as_deref(), Some("Bob Ito <bob@contoso.example>"));
    assert_eq!(r.contact_method.as_deref(), Some("email"));
    assert!(r.available_24x7);
    assert_eq!(r.engineer.as_deref(), Some("Ken Sato"));
    assert_eq!(r.owner.as_deref(), Some("alice"));
    assert_eq!(r.incidents, ["EX123456", "MO654321"]);
    assert_eq!(r.resolution, None);
    let s = shown(&env, NOW, "1");
    assert_eq!(s.rec, r);
    let table = run(&env, NOW, &["show", "1"], 0);
    for text in [
        "2405010010005082",
        "Ken Sato",
        "EX123456, MO654321",
        "bob@contoso.example> (email)",
    ] {
        assert!(table.contains(text), "{text}: {table}");
    }
    run(
        &env,
        NOW,
        &["close", "1", "--resolution", "DNS record fixed"],
        0,
    );
    let csv = run(&env, NOW, &["export", "--format", "csv"], 0);
    let mut rdr = csv::Reader::from_reader(csv.as_bytes());
    let h = rdr.headers().unwrap().clone();
    let row = rdr.records().next().unwrap().unwrap();
    let get = |k: &str| {
        row.get(h.iter().position(|x| x == k).unwrap())
            .unwrap()
            .to_string()
    };
    assert_eq!(get("case_number"), "2405010010005082");
    assert_eq!(get("incidents"), "EX123456 MO654321");
    assert_eq!(get("available_24x7"), "true");
    assert_eq!(get("resolution"), "DNS record fixed");
    assert!(
        !h.iter().any(|c| c == "age_seconds"),
        "age_seconds is never exported"
    );
}
}

both_backends! {
#[test]
fn filing_or_raising_to_a_without_24x7_warns() {
    let env = Env::with_config(TOKYO);
    let out = env
        .at(NOW)
        .args(["open", "-q", "--title", "x", "--severity", "A"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("around the clock"));
    let id = open(&env, &["--title", "y", "--severity", "B"]);
    let out = env
        .at(NOW)
        .args(["update", &id.to_string(), "--severity", "A"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("around the clock"));
}
}

both_backends! {
#[test]
fn case_number_is_checked() {
    let env = Env::with_config(TOKYO);
    for bad in ["", "Tracking#1", "２４０５＃", &"1".repeat(65)] {
        let err = fail(
            &env,
            NOW,
            &["open", "--title", "x", "--case-number", bad],
            2,
        );
        assert!(err.contains("case number"), "{err}");
    }
    let err = fail(
        &env,
        NOW,
        &["open", "--title", "x", "--incident", "ex12"],
        2,
    );
    assert!(err.contains("incident"), "{err}");
    assert!(!env.db().exists() || env.count() == 0);
    // Typed with the input method's full-width digits and letters, a case number and an
    // incident id are read as their ASCII forms and kept so (SPEC 2).
    let out = env
        .at(NOW)
        .args([
            "open", "--title", "x", "--case-number", "２４０５－１", "--incident", "ＥＸ１２３４５６",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let r: Rec = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r.case_number.as_deref(), Some("2405-1"));
    assert_eq!(r.incidents, ["EX123456"]);
}
}

both_backends! {
#[test]
fn duplicate_case_number_in_one_tenant_is_refused() {
    let env = Env::with_config(TOKYO);
    open(&env, &["--title", "a", "--case-number", "ABC-123"]);
    let err = fail(
        &env,
        NOW,
        &[
            "open",
            "--title",
            "b",
            "--severity",
            "C",
            "--case-number",
            "abc-123",
        ],
        2,
    );
    assert!(err.contains("already request 1"), "{err}");
    let b = open(&env, &["--title", "b"]);
    let err = fail(
        &env,
        NOW,
        &["update", &b.to_string(), "--case-number", "ABC-123"],
        2,
    );
    assert!(err.contains("already request 1"), "{err}");
    assert_eq!(env.count(), 2);
}
}

both_backends! {
#[test]
fn same_case_number_in_two_tenants_needs_tenant() {
    let env = Env::with_config(TOKYO);
    open(
        &env,
        &["--title", "ours", "--case-number", "2405010010005082"],
    );
    open(
        &env,
        &[
            "--title",
            "theirs",
            "--tenant",
            "fabrikam",
            "--case-number",
            "2405010010005082",
        ],
    );
    let err = fail(&env, NOW, &["show", "--case", "2405010010005082"], 2);
    assert!(
        err.contains("default") && err.contains("fabrikam") && err.contains("--tenant"),
        "{err}"
    );
    // A --tenant that lists both is answered alike: name one of them, never "add --tenant"
    // to a command that already gives it.
    let listed = fail(
        &env,
        NOW,
        &["show", "--case", "2405010010005082", "--tenant", "default,fabrikam"],
        2,
    );
    assert_eq!(listed, err);
    assert!(err.contains("name one of the two with --tenant"), "{err}");
    let r = rec(
        &env,
        NOW,
        &[
            "show",
            "--case",
            "2405010010005082",
            "--tenant",
            "fabrikam",
            "--json",
        ],
    );
    assert_eq!(r.title, "theirs");
    let err = fail(&env, NOW, &["show", "--case", "999"], 5);
    assert!(err.contains("999"), "{err}");
}
}

both_backends! {
#[test]
fn case_number_names_the_request_wherever_an_id_is_taken() {
    let env = Env::with_config(TOKYO);
    open(&env, &["--title", "first"]);
    open(
        &env,
        &[
            "--title",
            "second",
            "--case-number",
            "CASE-2",
            "--opened-at",
            T0,
        ],
    );
    fn show<'a>(args: &[&'a str]) -> Vec<&'a str> {
        let mut a = args.to_vec();
        a.extend(["--case", "case-2"]);
        a
    }
    run(
        &env,
        NOW,
        &show(&[
            "note",
            "engineer called back",
            "--at",
            "2026-11-24T00:30:00Z",
        ]),
        0,
    );
    run(
        &env,
        NOW,
        &show(&["update", "--owner", "carol", "--at", "2026-11-24T00:40:00Z"]),
        0,
    );
    run(
        &env,
        NOW,
        &show(&["respond", "--at", "2026-11-24T01:00:00Z"]),
        0,
    );
    run(&env, NOW, &show(&["close"]), 0);
    run(&env, NOW, &show(&["reopen", "--check"]), 0);
    run(&env, NOW, &show(&["reopen", "--reason", "again"]), 0);
    let s: Shown = serde_json::from_str(&run(&env, NOW, &show(&["show", "--json"]), 0)).unwrap();
    assert_eq!(s.rec.id, 2);
    assert_eq!(s.rec.owner.as_deref(), Some("carol"));
    let kinds: Vec<&str> = s.events.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "opened",
            "note",
            "updated",
            "responded",
            "closed",
            "reopened"
        ]
    );
    assert_eq!(ids(&env, NOW, &["--case", "CASE-2"]), [2]);
    let first = shown(&env, NOW, "1");
    assert_eq!(first.events.len(), 1, "the other request is untouched");
    fail(&env, NOW, &["show", "1", "--case", "CASE-2"], 2);
}
}

both_backends! {
#[test]
fn notes_are_the_case_timeline_and_respond_stays_the_first_response() {
    let env = Env::with_config(TOKYO);
    let id = open(
        &env,
        &["--title", "Mail", "--severity", "B", "--opened-at", T0],
    );
    let id = id.to_string();
    run(
        &env,
        NOW,
        &[
            "note",
            &id,
            "Microsoft: collecting logs",
            "--at",
            "2026-11-24T01:00:00Z",
        ],
        0,
    );
    let s = shown(&env, NOW, &id);
    assert_eq!(
        s.rec.first_response_at, None,
        "a note from Microsoft does not stop the clock"
    );
    let note = &s.events[1];
    assert_eq!(note.kind, "note");
    assert_eq!(note.detail, "Microsoft: collecting logs");
    assert_eq!(note.at, "2026-11-24T01:00:00Z");
    assert_eq!(note.data, Some(serde_json::json!({"from": "microsoft"})));
    let file = env.path("reply.txt");
    std::fs::write(&file, "Logs attached\n").unwrap();
    run(
        &env,
        NOW,
        &[
            "note",
            &id,
            "--file",
            file.to_str().unwrap(),
            "--from",
            "admin",
        ],
        0,
    );
    let out = env
        .at(NOW)
        .args(["note", &id, "-"])
        .write_stdin("from stdin")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = shown(&env, NOW, &id);
    assert_eq!(s.events[2].data, Some(serde_json::json!({"from": "admin"})));
    assert_eq!(s.events[3].detail, "from stdin");
    run(&env, NOW, &["respond", &id], 0);
    let err = fail(&env, NOW, &["respond", &id], 2);
    assert!(err.contains("svcreq note"), "{err}");
    fail(&env, NOW, &["note", &id, "   "], 2);
    fail(
        &env,
        NOW,
        &["note", &id, "in the future", "--at", "2026-11-25T00:00:00Z"],
        2,
    );
    let err = fail(
        &env,
        NOW,
        &["note", &id, "too early", "--at", "2026-11-24T00:30:00Z"],
        2,
    );
    assert!(err.contains("before"), "{err}");
    fail(&env, NOW, &["note", "99", "x"], 5);
}
}

both_backends! {
#[test]
fn update_records_each_change_with_old_and_new_values() {
    let env = Env::with_config(TOKYO);
    let id = open(
        &env,
        &["--title", "Mail", "--severity", "C", "--opened-at", T0],
    )
    .to_string();
    run(
        &env,
        NOW,
        &[
            "update",
            &id,
            "--title",
            "Mail delayed",
            "--service",
            "exchange-online",
            "--case-number",
            "77",
            "--contact",
            "Bob",
            "--contact-method",
            "phone",
            "--available-24x7",
            "true",
            "--engineer",
            "Ken",
            "--owner",
            "alice",
            "--incident",
            "EX123456",
            "--incident",
            "EX654321",
            "--at",
            "2026-11-24T01:00:00Z",
        ],
        0,
    );
    run(
        &env,
        NOW,
        &[
            "update",
            &id,
            "--remove-incident",
            "EX123456",
            "--engineer",
            "",
        ],
        0,
    );
    let s = shown(&env, NOW, &id);
    assert_eq!(s.rec.title, "Mail delayed");
    assert_eq!(s.rec.incidents, ["EX654321"]);
    assert_eq!(s.rec.engineer, None);
    assert!(s.rec.available_24x7);
    let upd = &s.events[1];
    assert_eq!(
        (upd.kind.as_str(), upd.actor.as_str()),
        ("updated", "alice")
    );
    let data = upd.data.as_ref().unwrap();
    assert_eq!(
        data["title"],
        serde_json::json!({"old": "Mail", "new": "Mail delayed"})
    );
    assert_eq!(
        data["contact_method"],
        serde_json::json!({"old": null, "new": "phone"})
    );
    assert_eq!(
        data["available_24x7"],
        serde_json::json!({"old": false, "new": true})
    );
    assert_eq!(
        data["incidents"],
        serde_json::json!({"old": [], "new": ["EX123456", "EX654321"]})
    );
    let second = s.events[2].data.as_ref().unwrap();
    assert_eq!(
        second["engineer"],
        serde_json::json!({"old": "Ken", "new": null})
    );
    let err = fail(
        &env,
        NOW,
        &["update", &id, "--remove-incident", "EX111111"],
        2,
    );
    assert!(err.contains("EX111111"), "{err}");
    fail(&env, NOW, &["update", &id, "--owner", "alice"], 2);
    fail(&env, NOW, &["update", &id, "--available-24x7", "maybe"], 2);
}
}

both_backends! {
#[test]
fn b_to_a_change_on_an_unanswered_cycle_is_due_one_hour_after_the_change() {
    let env = Env::with_config(TOKYO);
    let id = open(
        &env,
        &["--title", "Label", "--severity", "B", "--opened-at", T0],
    )
    .to_string();
    let before = shown(&env, NOW, &id).rec;
    assert_eq!(before.response_target, "next-day");
    let r = rec(
        &env,
        NOW,
        &[
            "update",
            &id,
            "--severity",
            "A",
            "--reason",
            "all users down",
            "--at",
            "2026-11-24T05:00:00Z",
            "--available-24x7",
            "true",
            "--json",
        ],
    );
    assert_eq!(r.severity.as_deref(), Some("A"));
    assert_eq!(r.severity_source.as_deref(), Some("manual"));
    assert_eq!(r.response_target, "1h");
    assert_eq!(r.response_due.as_deref(), Some("2026-11-24T06:00:00Z"));
    let s = shown(&env, "2026-11-24T05:30:00Z", &id);
    assert_eq!(
        s.rec.sla_state, "pending",
        "25 % of the new one-hour target, not of the cycle"
    );
    let ev = s.events.last().unwrap();
    assert_eq!(ev.kind, "severity-changed");
    assert!(ev.detail.contains("all users down"), "{}", ev.detail);
    let data = ev.data.as_ref().unwrap();
    assert_eq!(
        data["severity"],
        serde_json::json!({"old": "B", "new": "A"})
    );
    assert_eq!(
        data["response_due"],
        serde_json::json!({"old": before.response_due, "new": "2026-11-24T06:00:00Z"}),
        "the history keeps the old due time"
    );
    assert_eq!(
        shown(&env, "2026-11-24T06:00:01Z", &id).rec.sla_state,
        "breached"
    );
}
}

both_backends! {
#[test]
fn next_day_target_after_a_change_counts_from_that_local_day() {
    let env = Env::with_config(TOKYO);
    // Opened as C (no commitment) on Monday, raised to B on Tuesday 10:00 JST.
    let id = open(
        &env,
        &[
            "--title",
            "Label",
            "--severity",
            "C",
            "--opened-at",
            "2026-11-23T00:00:00Z",
        ],
    )
    .to_string();
    let r = rec(
        &env,
        NOW,
        &[
            "update",
            &id,
            "--severity",
            "B",
            "--at",
            "2026-11-24T01:00:00Z",
            "--json",
        ],
    );
    assert_eq!(r.response_due.as_deref(), Some("2026-11-25T14:59:59Z"));
}
}

both_backends! {
#[test]
fn a_to_b_change_after_the_a_target_was_missed_stays_breached() {
    let env = Env::with_config(TOKYO);
    let id = open(
        &env,
        &[
            "--title",
            "Down",
            "--severity",
            "A",
            "--available-24x7",
            "--opened-at",
            T0,
        ],
    )
    .to_string();
    let r = rec(
        &env,
        NOW,
        &[
            "update",
            &id,
            "--severity",
            "B",
            "--by",
            "microsoft",
            "--at",
            "2026-11-24T03:00:00Z",
            "--json",
        ],
    );
    assert_eq!(r.severity.as_deref(), Some("B"));
    assert_eq!(r.severity_source.as_deref(), Some("microsoft"));
    assert_eq!(r.response_due.as_deref(), Some("2026-11-24T01:00:00Z"));
    assert_eq!(r.sla_state, "breached");
    run(
        &env,
        NOW,
        &["respond", &id, "--at", "2026-11-24T04:00:00Z"],
        0,
    );
    assert_eq!(shown(&env, NOW, &id).rec.sla_state, "breached");
    let out = env.at(NOW).args(["sla", "--all"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
}
}

both_backends! {
#[test]
fn a_change_in_an_answered_cycle_keeps_its_target() {
    let env = Env::with_config(TOKYO);
    let id = open(
        &env,
        &["--title", "Label", "--severity", "B", "--opened-at", T0],
    )
    .to_string();
    run(
        &env,
        NOW,
        &["respond", &id, "--at", "2026-11-24T01:00:00Z"],
        0,
    );
    let r = rec(
        &env,
        NOW,
        &[
            "update",
            &id,
            "--severity",
            "A",
            "--available-24x7",
            "true",
            "--json",
        ],
    );
    assert_eq!(r.severity.as_deref(), Some("A"));
    assert_eq!(r.response_target, "next-day");
    assert_eq!(r.sla_state, "met");
}
}

both_backends! {
#[test]
fn presales_and_billing_take_no_severity() {
    let env = Env::with_config(TOKYO);
    let id = open(&env, &["--title", "Pricing", "--category", "presales"]).to_string();
    let err = fail(&env, NOW, &["update", &id, "--severity", "A"], 2);
    assert!(err.contains("no severity"), "{err}");
    assert_eq!(shown(&env, NOW, &id).events.len(), 1);
}
}

both_backends! {
#[test]
fn corrections_of_category_and_tenant_retarget_the_unanswered_cycle() {
    let env = Env::with_config(TOKYO);
    let id = open(
        &env,
        &[
            "--title",
            "Licence count",
            "--severity",
            "B",
            "--opened-at",
            T0,
        ],
    )
    .to_string();
    let r = rec(
        &env,
        NOW,
        &[
            "update",
            &id,
            "--category",
            "billing",
            "--at",
            "2026-11-24T01:00:00Z",
            "--json",
        ],
    );
    assert_eq!((r.category.as_str(), r.severity.clone()), ("billing", None));
    assert_eq!(
        (r.response_target.as_str(), r.response_due.clone()),
        ("none", None)
    );
    let r = rec(
        &env,
        NOW,
        &["update", &id, "--category", "technical", "--json"],
    );
    assert_eq!(r.severity_source.as_deref(), Some("classified"));
    let r = rec(
        &env,
        NOW,
        &["update", &id, "--tenant", "smallbiz", "--json"],
    );
    assert_eq!(r.tenant, "smallbiz");
    let s = shown(&env, NOW, &id);
    let kinds: Vec<&str> = s.events.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["opened", "corrected", "corrected", "corrected"]);
    assert_eq!(
        s.events[3].data.as_ref().unwrap()["tenant"],
        serde_json::json!({"old": "default", "new": "smallbiz"})
    );
    let err = fail(&env, NOW, &["update", &id, "--tenant", "nowhere"], 2);
    assert!(err.contains("nowhere"), "{err}");
}
}

both_backends! {
#[test]
fn respond_and_close_correct_replaces_the_time_and_recomputes_the_state() {
    let env = Env::with_config(TOKYO);
    let id = open(
        &env,
        &[
            "--title",
            "Down",
            "--severity",
            "A",
            "--available-24x7",
            "--opened-at",
            T0,
        ],
    )
    .to_string();
    run(
        &env,
        NOW,
        &["respond", &id, "--at", "2026-11-24T02:00:00Z"],
        0,
    );
    assert_eq!(shown(&env, NOW, &id).rec.sla_state, "breached");
    run(
        &env,
        NOW,
        &["close", &id, "--at", "2026-11-24T05:00:00Z"],
        0,
    );
    let r = rec(
        &env,
        NOW,
        &[
            "respond",
            &id,
            "--at",
            "2026-11-24T00:40:00Z",
            "--correct",
            "--json",
        ],
    );
    assert_eq!(r.first_response_at.as_deref(), Some("2026-11-24T00:40:00Z"));
    assert_eq!(r.sla_state, "met");
    let s = shown(&env, NOW, &id);
    let ev = s.events.last().unwrap();
    assert_eq!(ev.kind, "corrected");
    assert_eq!(
        ev.data.as_ref().unwrap()["first_response_at"],
        serde_json::json!({"old": "2026-11-24T02:00:00Z", "new": "2026-11-24T00:40:00Z"})
    );
    fail(
        &env,
        NOW,
        &["respond", &id, "--at", "2026-11-25T00:00:00Z", "--correct"],
        2,
    );
    fail(
        &env,
        NOW,
        &["respond", &id, "--at", "2026-11-23T00:00:00Z", "--correct"],
        2,
    );
    fail(
        &env,
        NOW,
        &["respond", &id, "--at", "2026-11-24T06:00:00Z", "--correct"],
        2,
    );
    let r = rec(
        &env,
        NOW,
        &[
            "close",
            &id,
            "--at",
            "2026-11-24T04:00:00Z",
            "--correct",
            "--json",
        ],
    );
    assert_eq!(r.closed_at.as_deref(), Some("2026-11-24T04:00:00Z"));
    fail(
        &env,
        NOW,
        &["close", &id, "--at", "2026-11-24T00:30:00Z", "--correct"],
        2,
    );
    fail(
        &env,
        NOW,
        &["close", &id, "--at", "2026-11-25T00:00:00Z", "--correct"],
        2,
    );
    let id2 = open(&env, &["--title", "x"]).to_string();
    fail(&env, NOW, &["respond", &id2, "--at", NOW, "--correct"], 2);
}
}

both_backends! {
#[test]
fn redact_replaces_personal_data_in_the_request_and_its_history() {
    let env = Env::with_config(TOKYO);
    let id = open(
        &env,
        &[
            "--title",
            "Mail",
            "--description",
            "call 090-1234-5678",
            "--contact",
            "Bob 090-1234-5678",
            "--opened-at",
            T0,
        ],
    )
    .to_string();
    run(
        &env,
        NOW,
        &["update", &id, "--contact", "Bob Ito bob@example.com"],
        0,
    );
    run(
        &env,
        NOW,
        &["note", &id, "Bob's home number is 090-1234-5678"],
        0,
    );
    run(&env, NOW, &["redact", &id, "--contact", "--notes"], 0);
    let s = shown(&env, NOW, &id);
    assert_eq!(s.rec.contact.as_deref(), Some("[redacted]"));
    assert_eq!(
        s.rec.description, "call 090-1234-5678",
        "only what was asked"
    );
    let all = serde_json::to_string(
        &s.events
            .iter()
            .map(|e| (&e.detail, &e.data))
            .collect::<Vec<_>>(),
    )
    .unwrap();
    assert!(
        !all.contains("bob@example.com") && !all.contains("Bob 090"),
        "{all}"
    );
    let last = s.events.last().unwrap();
    assert_eq!(
        (last.kind.as_str(), last.actor.as_str()),
        ("redacted", "alice")
    );
    assert!(last.detail.contains("contact") && last.detail.contains("notes"));
    assert!(
        ids(&env, NOW, &["--search", "bob@example"]).is_empty(),
        "the index forgets it"
    );
    run(&env, NOW, &["redact", &id, "--all"], 0);
    assert_eq!(shown(&env, NOW, &id).rec.description, "[redacted]");
    fail(&env, NOW, &["redact", &id], 2);
}
}

both_backends! {
/// SPEC 7 (personal data): `redact --notes` erases every note-like free text an event
/// carries, whatever its kind: a note, a response note, a reopen reason and the reason given
/// for a severity change, alone or with an update or a tenant correction, in the ledger, in
/// `show`, `history` and `export --events`.
#[test]
fn redact_notes_erases_the_free_text_reason_of_every_event_kind() {
    let env = Env::with_config(TOKYO);
    let id = open(&env, &["--title", "Mail", "--opened-at", T0]).to_string();
    let at = |h: u32| format!("2026-11-24T0{h}:00:00Z");
    let secrets = [
        "one mailbox only",
        "owner asked by Bob",
        "wrong tenant per Bob",
        "reply from Bob",
        "Bob says back",
        "Bob is billing",
        "Bob's note",
    ];
    let steps: [(u32, Vec<&str>); 7] = [
        (1, vec!["update", &id, "--severity", "A", "--reason", secrets[0]]),
        (2, vec!["update", &id, "--owner", "carol", "--severity", "B", "--reason", secrets[1]]),
        (3, vec!["update", &id, "--tenant", "fabrikam", "--severity", "A", "--reason", secrets[2]]),
        (4, vec!["respond", &id, "--note", secrets[3]]),
        (5, vec!["close", &id, "--resolution", "fixed"]),
        (6, vec!["reopen", &id, "--reason", secrets[4]]),
        (7, vec!["update", &id, "--severity", "C", "--reason", secrets[5]]),
    ];
    for (h, args) in &steps {
        run(&env, &at(*h), args, 0);
    }
    run(&env, &at(8), &["note", &id, secrets[6]], 0);
    let kinds: Vec<String> = shown(&env, NOW, &id)
        .events
        .iter()
        .map(|e| e.kind.clone())
        .collect();
    for k in ["severity-changed", "corrected", "note", "reopened"] {
        assert!(kinds.iter().any(|x| x == k), "{k} in {kinds:?}");
    }
    run(&env, NOW, &["redact", &id, "--notes"], 0);
    let s = shown(&env, NOW, &id);
    let events = serde_json::to_string(
        &s.events
            .iter()
            .map(|e| (&e.detail, &e.data))
            .collect::<Vec<_>>(),
    )
    .unwrap();
    let history = run(&env, NOW, &["show", &id], 0);
    let export = run(&env, NOW, &["export", "--events"], 0);
    for said in [&events, &history, &export] {
        for secret in secrets {
            assert!(!said.contains(secret), "{secret} left in {said}");
        }
    }
    assert!(
        history.matches("reason: [redacted]").count() >= 4,
        "each reason is marked: {history}"
    );
    assert!(history.contains("severity"), "the change itself stays: {history}");
}
}

both_backends! {
/// SPEC 7 (personal data): what `redact` erases is gone from the whole record — every value
/// the field ever had (an earlier contact too), wherever the record holds it: the title, a
/// note or reason that quotes it, a resolution, every event's detail and data, the
/// resolutions of earlier cycles, the search index; only what was asked (a reason quoting
/// the contact keeps the rest until `--notes`). A change whose both values were redacted
/// is said as a change.
#[test]
fn redacting_a_field_leaves_none_of_its_values_anywhere_in_the_record() {
    let env = Env::with_config(TOKYO);
    let id = open(
        &env,
        &["--title", "Mail for Bob Ito", "--contact", "Bob Ito", "--opened-at", T0],
    )
    .to_string();
    let at = |h: u32| format!("2026-11-24T0{h}:00:00Z");
    let steps: [(u32, Vec<&str>); 5] = [
        (1, vec!["update", &id, "--contact", "bob@example.com"]),
        (2, vec!["respond", &id]),
        (3, vec!["close", &id, "--resolution", "Fixed for bob@example.com by reset"]),
        (4, vec!["reopen", &id, "--reason", "bob@example.com says it broke again"]),
        (5, vec!["close", &id, "--resolution", "Bob Ito confirmed"]),
    ];
    for (h, args) in &steps {
        run(&env, &at(*h), args, 0);
    }
    run(&env, NOW, &["redact", &id, "--contact"], 0);
    let s = shown(&env, NOW, &id);
    let export = run(&env, NOW, &["export", "--events"], 0);
    let history = run(&env, NOW, &["show", &id], 0);
    for said in [&serde_json::to_string(&s.events.iter().map(|e| (&e.detail, &e.data)).collect::<Vec<_>>()).unwrap(), &export, &history] {
        for secret in ["Bob Ito", "bob@example.com"] {
            assert!(!said.contains(secret), "{secret} left in {said}");
        }
    }
    assert!(export.contains("[redacted] says it broke again"), "only what was asked: {export}");
    assert_eq!(s.rec.title, "Mail for [redacted]");
    assert_eq!(s.rec.resolution.as_deref(), Some("[redacted] confirmed"));
    assert!(history.contains("contact changed"), "{history}");
    for q in ["bob@example", "bob ito"] {
        assert!(ids(&env, NOW, &["--search", q]).is_empty(), "the index forgets {q}");
    }
    // --resolution erases the resolution of every cycle, the earlier ones too.
    run(&env, NOW, &["redact", &id, "--resolution"], 0);
    let export = run(&env, NOW, &["export", "--events"], 0);
    for gone in ["by reset", "confirmed"] {
        assert!(!export.contains(gone), "{gone} left in {export}");
    }
    assert_eq!(shown(&env, NOW, &id).rec.resolution.as_deref(), Some("[redacted]"));
    assert!(ids(&env, NOW, &["--search", "reset"]).is_empty());
    // A reason that quoted the contact goes whole with --notes.
    run(&env, NOW, &["redact", &id, "--notes"], 0);
    let export = run(&env, NOW, &["export", "--events"], 0);
    assert!(!export.contains("says it broke again"), "{export}");
}
}

both_backends! {
/// SPEC 7 (personal data): `redact --all` erases every field that names or reaches a person
/// (the contact, Microsoft's engineer, the customer's owner) with the notes, description and
/// resolution: every value each ever had, wherever the record holds it (`show --json`,
/// `export --events`, the search index), the history keeping its shape (every event stays,
/// a change of each field still said as one).
#[test]
fn redact_all_erases_every_field_that_names_or_reaches_a_person() {
    let env = Env::with_config(TOKYO);
    let id = open(
        &env,
        &[
            "--title", "Mail", "--contact", "Bob Ito", "--engineer", "Ken Watanabe",
            "--owner", "Carol Diaz", "--opened-at", T0,
        ],
    )
    .to_string();
    let at = |h: u32| format!("2026-11-24T0{h}:00:00Z");
    run(&env, &at(1), &["update", &id, "--engineer", "Yuki Mori", "--owner", "Dan Ng"], 0);
    run(&env, &at(2), &["note", &id, "Yuki Mori asked Dan Ng for logs"], 0);
    run(&env, &at(3), &["close", &id, "--resolution", "Ken Watanabe fixed it"], 0);
    let before = shown(&env, NOW, &id);
    run(&env, NOW, &["redact", &id, "--all"], 0);
    let s = shown(&env, NOW, &id);
    assert_eq!(s.rec.engineer.as_deref(), Some("[redacted]"));
    assert_eq!(s.rec.owner.as_deref(), Some("[redacted]"));
    assert_eq!(s.rec.contact.as_deref(), Some("[redacted]"));
    // The history keeps its shape: the same events, and a redaction event at the end.
    let kinds = |s: &Shown| s.events.iter().map(|e| e.kind.clone()).collect::<Vec<_>>();
    assert_eq!(kinds(&s)[..before.events.len()], kinds(&before)[..]);
    assert_eq!(s.events.len(), before.events.len() + 1);
    let redacted = s.events.last().unwrap();
    assert!(redacted.detail.contains("engineer") && redacted.detail.contains("owner"), "{}", redacted.detail);
    let shown_json = run(&env, NOW, &["show", &id, "--json"], 0);
    let export = run(&env, NOW, &["export", "--events"], 0);
    let csv = run(&env, NOW, &["export", "--events", "--format", "csv"], 0);
    let history = run(&env, NOW, &["show", &id], 0);
    for said in [&shown_json, &export, &csv, &history] {
        for person in ["Bob Ito", "Ken Watanabe", "Yuki Mori", "Carol Diaz", "Dan Ng"] {
            assert!(!said.contains(person), "{person} left in {said}");
        }
    }
    for q in ["watanabe", "yuki", "carol", "dan ng"] {
        assert!(ids(&env, NOW, &["--status", "all", "--search", q]).is_empty(), "the index forgets {q}");
    }
    // The export imports, and says the same.
    let file = env.path("export.jsonl");
    std::fs::write(&file, &export).unwrap();
    let copy = env.other_db("copy.db");
    let out = env.on(&copy).arg("import").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let again = env.on(&copy).args(["export", "--events"]).output().unwrap();
    assert_eq!(String::from_utf8(again.stdout).unwrap(), export);
}
}

/// SPEC 7 (personal data), the SQLite file: `redact --all` leaves no copy of a person's name
/// (engineer, owner, contact) in the ledger's pages, search index or write-ahead log.
#[test]
fn redact_all_leaves_no_name_of_a_person_in_the_ledger_file() {
    let env = Env::with_config(TOKYO);
    let names = ["qzvjengineer", "qzvjowner", "qzvjcontact", "qzvjlater"];
    let id = open(
        &env,
        &[
            "--title",
            "Printer",
            "--contact",
            names[2],
            "--engineer",
            names[0],
            "--owner",
            names[1],
            "--opened-at",
            T0,
        ],
    )
    .to_string();
    run(&env, NOW, &["update", &id, "--engineer", names[3]], 0);
    run(&env, NOW, &["redact", &id, "--all"], 0);
    let db = env.db();
    for path in [db.clone(), format!("{}-wal", db.display()).into()] {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        for name in names {
            let holds = bytes.windows(name.len()).any(|w| w == name.as_bytes());
            assert!(!holds, "{} still holds {name}", path.display());
        }
    }
}

/// SPEC 7 (personal data), the SQLite file: what a redaction erased, and every earlier
/// version of it a later write replaced, leaves no copy in the ledger's free pages, its
/// search index (not even the three-letter pieces the index keeps of it) or its write-ahead
/// log (the bytes of the files are searched).
#[test]
fn redact_leaves_no_copy_of_what_it_erased_in_the_ledger_file() {
    let env = Env::with_config(TOKYO);
    let secret = "Hanako Sato 090-2222-3333";
    let contact = "qzvjxkwpmf";
    let long = format!("Printer queue stuck. {}", format!("{secret}, ").repeat(400));
    let file = env.path("description.txt");
    std::fs::write(&file, &long).unwrap();
    let id = open(
        &env,
        &[
            "--title",
            "Printer",
            "--description-file",
            file.to_str().unwrap(),
            "--contact",
            contact,
            "--opened-at",
            T0,
        ],
    )
    .to_string();
    // Each write rewrites the request's row and its search text: earlier versions are freed
    // and the search index keeps their terms in older segments.
    run(&env, NOW, &["note", &id, &format!("called {secret}")], 0);
    run(&env, NOW, &["update", &id, "--owner", "carol"], 0);
    run(&env, NOW, &["respond", &id], 0);
    run(
        &env,
        NOW,
        &["redact", &id, "--description", "--notes", "--contact"],
        0,
    );
    let pieces: Vec<&str> = (0..contact.len() - 2).map(|i| &contact[i..i + 3]).collect();
    let db = env.db();
    for path in [db.clone(), format!("{}-wal", db.display()).into()] {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let holds = |s: &str| bytes.windows(s.len()).any(|w| w == s.as_bytes());
        assert!(
            !holds(secret),
            "{} still holds the redacted text",
            path.display()
        );
        let left: Vec<&&str> = pieces.iter().filter(|p| holds(p)).collect();
        assert!(
            left.is_empty(),
            "{} still holds {left:?} of the contact",
            path.display()
        );
    }
}

both_backends! {
#[test]
fn search_finds_every_text_field_ignoring_case_and_width() {
    let env = Env::with_config(TOKYO);
    let a = open(
        &env,
        &["--title", "Teams 会議に参加できない", "--severity", "B"],
    );
    let b = open(
        &env,
        &[
            "--title",
            "Outlook",
            "--description",
            "テスト環境で再現",
            "--severity",
            "B",
        ],
    );
    let c = open(
        &env,
        &[
            "--title",
            "Mail",
            "--severity",
            "C",
            "--case-number",
            "2405010010005082",
            "--engineer",
            "Ken Sato",
            "--owner",
            "Carol",
            "--contact",
            "bob@contoso.example",
            "--incident",
            "EX123456",
        ],
    );
    let d = open(&env, &["--title", "SharePoint", "--severity", "C"]);
    run(
        &env,
        NOW,
        &["note", &d.to_string(), "大規模な障害が発生しています"],
        0,
    );
    run(
        &env,
        NOW,
        &["close", &b.to_string(), "--resolution", "Cleared the cache"],
        0,
    );
    let s = |q: &str| ids(&env, NOW, &["--status", "all", "--search", q]);
    assert_eq!(s("ｔｅａｍｓ"), [a], "full width finds ASCII");
    assert_eq!(s("TEAMS"), [a]);
    assert_eq!(s("ﾃｽﾄ"), [b], "half-width katakana");
    assert_eq!(s("障害"), [d], "two-character Japanese word in a note");
    assert_eq!(s("障"), [d]);
    assert_eq!(s("大規模な障害"), [d]);
    assert_eq!(s("cache"), [b], "resolution");
    assert_eq!(s("2405010010005082"), [c]);
    assert_eq!(s("ken sato"), [c]);
    assert_eq!(s("carol"), [c]);
    assert_eq!(s("contoso.example"), [c]);
    assert_eq!(s("ex123456"), [c]);
    assert_eq!(
        s("50%\"_"),
        Vec::<i64>::new(),
        "quotes and wildcards are text"
    );
    assert_eq!(
        ids(&env, NOW, &["--search", "cache"]),
        Vec::<i64>::new(),
        "closed: not in the open view"
    );
}
}

both_backends! {
#[test]
fn list_filters_by_case_incident_and_reopen_window() {
    let env = Env::with_config(TOKYO);
    let a = open(
        &env,
        &["--title", "a", "--incident", "EX123456", "--opened-at", T0],
    );
    let b = open(
        &env,
        &[
            "--title",
            "b",
            "--incident",
            "EX1234567",
            "--case-number",
            "CN-9",
            "--opened-at",
            T0,
        ],
    );
    let p = open(
        &env,
        &["--title", "p", "--channel", "phone", "--opened-at", T0],
    );
    assert_eq!(ids(&env, NOW, &["--incident", "EX123456"]), [a]);
    assert_eq!(ids(&env, NOW, &["--case", "cn-9"]), [b]);
    run(&env, "2026-11-24T01:00:00Z", &["close", &a.to_string()], 0);
    run(&env, "2026-11-30T01:00:00Z", &["close", &b.to_string()], 0);
    run(&env, "2026-11-24T01:00:00Z", &["close", &p.to_string()], 0);
    // At Dec 5: a's window ends Dec 8 01:00, b's Dec 14 01:00; phone requests have none.
    let at = "2026-12-05T00:00:00Z";
    assert_eq!(
        ids(&env, at, &["--reopen-ends-within", "3d"]),
        Vec::<i64>::new()
    );
    assert_eq!(ids(&env, at, &["--reopen-ends-within", "4d"]), [a]);
    assert_eq!(ids(&env, at, &["--reopen-ends-within", "10d"]), [a, b]);
    fail(&env, at, &["list", "--reopen-ends-within", "soon"], 2);
}
}

both_backends! {
#[test]
fn age_seconds_is_in_list_and_sla_json_only() {
    let env = Env::with_config(TOKYO);
    let id = open(
        &env,
        &[
            "--title",
            "B case",
            "--tenant",
            "smallbiz",
            "--severity",
            "B",
            "--opened-at",
            "2026-11-17T10:00:00Z",
        ],
    );
    let list: Vec<WithAge> = serde_json::from_str(&run(&env, NOW, &["list", "--json"], 0)).unwrap();
    assert_eq!((list[0].id, list[0].age_seconds), (id, Some(7 * 86400)));
    #[derive(Deserialize)]
    struct Sla {
        requests: Vec<WithAge>,
    }
    let sla: Sla = serde_json::from_str(&run(&env, NOW, &["sla", "--json"], 0)).unwrap();
    assert_eq!(sla.requests[0].age_seconds, Some(7 * 86400));
    let table = run(&env, NOW, &["sla"], 0);
    assert!(table.contains("open 7d 0h"), "{table}");
    let show = run(&env, NOW, &["show", &id.to_string(), "--json"], 0);
    assert!(!show.contains("age_seconds"));
    let export = run(&env, NOW, &["export"], 0);
    assert!(!export.contains("age_seconds"));
    // A closed request, and an earlier cycle, hold the field as null: every row of one
    // array has the same fields.
    run(&env, NOW, &["respond", &id.to_string()], 0);
    run(&env, NOW, &["close", &id.to_string()], 0);
    run(&env, NOW, &["reopen", &id.to_string(), "--reason", "back"], 0);
    /// A row's `age_seconds`: None where the field is missing, Some(None) where it is null.
    #[derive(Deserialize)]
    struct AgeRow {
        #[serde(default)]
        cycle: Option<u32>,
        #[serde(default, deserialize_with = "present")]
        age_seconds: Option<Option<i64>>,
    }
    fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<i64>>, D::Error> {
        Option::<i64>::deserialize(d).map(Some)
    }
    #[derive(Deserialize)]
    struct SlaAll {
        requests: Vec<AgeRow>,
    }
    let sla: SlaAll =
        serde_json::from_str(&run(&env, NOW, &["sla", "--all", "--json"], 0)).unwrap();
    assert_eq!(sla.requests.len(), 2);
    let age = |cycle: u32| {
        sla.requests
            .iter()
            .find(|r| r.cycle == Some(cycle))
            .map(|r| r.age_seconds)
            .unwrap()
    };
    assert_eq!(age(1), Some(None), "the first cycle: present and null");
    assert_eq!(age(2), Some(Some(0)), "the current cycle, reopened now");
    run(&env, NOW, &["close", &id.to_string()], 0);
    let list: Vec<AgeRow> =
        serde_json::from_str(&run(&env, NOW, &["list", "--status", "all", "--json"], 0)).unwrap();
    assert_eq!(list[0].age_seconds, Some(None), "a closed request: present and null");
}
}

fn export(env: &Env, db: &Path, args: &[&str]) -> Vec<u8> {
    let out = env.on(db).arg("export").args(args).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn import(env: &Env, db: &Path, file: &Path) {
    let out = env.on(db).arg("import").arg(file).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A ledger using every field: notes, updates, a severity change, corrections, a
/// redaction, closed and reopened cycles (the first one breached).
fn full_ledger() -> Env {
    let env = Env::with_config(TOKYO);
    let id = open(
        &env,
        &[
            "--title",
            "全員メール送受信不可",
            "--description",
            "line one\nline, two \"q\"",
            "--severity",
            "B",
            "--case-number",
            "2405010010005082",
            "--contact",
            "Bob <bob@x>",
            "--contact-method",
            "email",
            "--engineer",
            "Ken",
            "--owner",
            "alice",
            "--incident",
            "EX123456",
            "--opened-at",
            T0,
        ],
    )
    .to_string();
    run(
        &env,
        NOW,
        &[
            "update",
            &id,
            "--severity",
            "A",
            "--available-24x7",
            "true",
            "--by",
            "microsoft",
            "--reason",
            "outage",
            "--at",
            "2026-11-24T00:10:00Z",
        ],
        0,
    );
    run(
        &env,
        NOW,
        &["note", &id, "障害を確認", "--at", "2026-11-24T02:00:00Z"],
        0,
    );
    run(
        &env,
        NOW,
        &[
            "respond",
            &id,
            "--at",
            "2026-11-24T02:30:00Z",
            "--note",
            "called",
        ],
        0,
    );
    run(
        &env,
        NOW,
        &[
            "close",
            &id,
            "--at",
            "2026-11-24T03:00:00Z",
            "--resolution",
            "=fixed, restarted",
        ],
        0,
    );
    run(
        &env,
        NOW,
        &["respond", &id, "--at", "2026-11-24T02:20:00Z", "--correct"],
        0,
    );
    run(&env, NOW, &["reopen", &id, "--reason", "came back"], 0);
    run(
        &env,
        NOW,
        &["note", &id, "admin reply", "--from", "admin"],
        0,
    );
    let other = open(
        &env,
        &[
            "--title",
            "Pricing",
            "--category",
            "presales",
            "--tenant",
            "fabrikam",
            "--contact",
            "Eve",
        ],
    )
    .to_string();
    run(&env, NOW, &["redact", &other, "--contact"], 0);
    open(
        &env,
        &["--title", "plain", "--channel", "phone", "--severity", "C"],
    );
    env
}

both_backends! {
#[test]
fn export_events_import_export_is_byte_identical_with_every_field() {
    let env = full_ledger();
    let first = export(&env, &env.db(), &["--events"]);
    let file = env.path("ledger.jsonl");
    std::fs::write(&file, &first).unwrap();
    let copy = env.path("copy.db");
    import(&env, &copy, &file);
    let second = export(&env, &copy, &["--events"]);
    assert_eq!(
        String::from_utf8(second).unwrap(),
        String::from_utf8(first.clone()).unwrap()
    );
    let text = String::from_utf8(first).unwrap();
    for needle in [
        "\"cycles\":[{\"cycle\":1",
        "\"resolution\":\"=fixed, restarted\"",
        "\"kind\":\"note\"",
        "\"data\":{\"from\":\"admin\"}",
        "severity-changed",
        "\"kind\":\"corrected\"",
        "\"kind\":\"redacted\"",
    ] {
        assert!(text.contains(needle), "{needle}: {text}");
    }
    // The copy answers searches too.
    let s = |db: &Path| {
        let out = env
            .on(db)
            .args([
                "list", "--status", "all", "--format", "ids", "--search", "障害",
            ])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(s(&copy), s(&env.db()));
    assert_eq!(s(&copy), "1\n");
}
}

both_backends! {
#[test]
fn csv_export_with_events_round_trips_byte_identical() {
    let env = full_ledger();
    let first = export(&env, &env.db(), &["--format", "csv", "--events"]);
    let file = env.path("ledger.csv");
    std::fs::write(&file, &first).unwrap();
    let copy = env.path("copy.db");
    import(&env, &copy, &file);
    let second = export(&env, &copy, &["--format", "csv", "--events"]);
    assert_eq!(
        String::from_utf8(second).unwrap(),
        String::from_utf8(first).unwrap()
    );
}
}

both_backends! {
/// Issue 14: every export format carries every cycle, so a breached earlier cycle keeps
/// failing CI on the new ledger.
#[test]
fn export_import_keeps_earlier_cycles_and_the_sla_verdict() {
    let env = Env::with_config(TOKYO);
    let id = open(
        &env,
        &[
            "--title",
            "Down",
            "--severity",
            "A",
            "--available-24x7",
            "--opened-at",
            T0,
        ],
    )
    .to_string();
    run(
        &env,
        NOW,
        &["respond", &id, "--at", "2026-11-24T03:00:00Z"],
        0,
    );
    run(
        &env,
        NOW,
        &["close", &id, "--at", "2026-11-24T04:00:00Z"],
        0,
    );
    run(
        &env,
        NOW,
        &["reopen", &id, "--at", "2026-11-24T05:00:00Z"],
        0,
    );
    run(
        &env,
        NOW,
        &["respond", &id, "--at", "2026-11-24T05:10:00Z"],
        0,
    );
    let verdict = |db: &Path| {
        env.on(db)
            .args(["sla", "--all", "--fail-on", "breached"])
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(verdict(&env.db()), Some(3));
    for (name, args) in [
        ("a.jsonl", &["--events"][..]),
        ("b.jsonl", &[][..]),
        ("c.csv", &["--format", "csv"][..]),
    ] {
        let file = env.path(name);
        std::fs::write(&file, export(&env, &env.db(), args)).unwrap();
        let copy = env.path(&format!("{name}.db"));
        import(&env, &copy, &file);
        assert_eq!(verdict(&copy), Some(3), "{name}");
        assert_eq!(
            export(&env, &copy, args),
            export(&env, &env.db(), args),
            "{name}"
        );
    }
}
}

both_backends! {
#[test]
fn import_checks_case_fields() {
    let env = Env::with_config(TOKYO);
    open(&env, &["--title", "x", "--case-number", "CN-1"]);
    for (row, needle) in [
        (r#"{"title":"a","case_number":"bad#1"}"#, "case_number"),
        (r#"{"title":"a","case_number":"cn-1"}"#, "already request 1"),
        (r#"{"title":"a","incidents":["ex1"]}"#, "incidents"),
        (r#"{"title":"a","contact_method":"fax"}"#, "contact_method"),
        (
            r#"{"title":"a","reopen_count":2,"cycles":[{"cycle":1,"started_at":"2026-11-20T00:00:00Z","severity":"A","availability":"24x7","response_target":"1h","response_clock":"24x7","response_due":null,"first_response_at":null,"closed_at":null,"resolution":null}]}"#,
            "cycles",
        ),
    ] {
        let file = env.path("rows.jsonl");
        std::fs::write(&file, format!("{row}\n")).unwrap();
        let err = fail(&env, NOW, &["import", file.to_str().unwrap()], 2);
        assert!(err.contains(needle), "{row}: {err}");
    }
    assert_eq!(env.count(), 1);
}
}

#[test]
fn an_older_ledger_is_searchable_after_its_upgrade() {
    let env = Env::with_config(TOKYO);
    {
        let c = rusqlite::Connection::open(env.db()).unwrap();
        c.execute_batch(include_str!("../src/store/schema.sql"))
            .unwrap();
        c.execute_batch(include_str!("../src/store/schema_v2.sql"))
            .unwrap();
        c.execute_batch(
            "PRAGMA application_id = 1398166097; PRAGMA user_version = 2; PRAGMA journal_mode = WAL;
             INSERT INTO requests (tenant, title, category, severity, plan, tier, channel, status,
               opened_at, scope, opened_by, timezone, cycle_started_at, availability,
               response_target, response_clock, response_due)
             VALUES ('default', 'Ｔｅａｍｓ 障害', 'technical', 'A', 'e3', 'enterprise', 'online',
               'open', 1795424400, 'in-scope', 'alice', 'UTC', 1795424400, '24x7', '1h',
               '24x7', 1795428000);
             INSERT INTO events (request_id, at, actor, kind, detail)
             VALUES (1, 1795424400, 'alice', 'opened', 'severity A');",
        )
        .unwrap();
    }
    assert_eq!(ids(&env, NOW, &["--search", "teams"]), [1]);
    assert_eq!(ids(&env, NOW, &["--search", "障害"]), [1]);
    let r = shown(&env, NOW, "1").rec;
    assert_eq!((r.case_number, r.incidents.len()), (None, 0));
}

both_backends! {
#[test]
fn update_description_is_recorded_without_repeating_it_in_show() {
    let env = Env::with_config(TOKYO);
    let id = open(
        &env,
        &[
            "--title",
            "x",
            "--severity",
            "B",
            "--description",
            "old text",
            "--opened-at",
            T0,
        ],
    )
    .to_string();
    let file = env.path("d.txt");
    std::fs::write(&file, "new text from a file").unwrap();
    run(
        &env,
        NOW,
        &[
            "update",
            &id,
            "--description-file",
            file.to_str().unwrap(),
            "--severity",
            "A",
            "--available-24x7",
            "true",
            "--at",
            "2026-11-24T01:00:00Z",
        ],
        0,
    );
    let s = shown(&env, NOW, &id);
    assert_eq!(s.rec.description, "new text from a file");
    let ev = s.events.last().unwrap();
    assert_eq!(
        ev.data.as_ref().unwrap()["description"],
        serde_json::json!({"old": "old text", "new": "new text from a file"})
    );
    assert!(
        ev.detail.contains("description changed") && !ev.detail.contains("new text"),
        "{}",
        ev.detail
    );
    // People read the change in the tenant's time.
    let table = run(&env, NOW, &["show", &id], 0);
    assert!(table.contains("2026-11-24 11:00:00 JST"), "{table}");
    assert_eq!(
        ids(&env, NOW, &["--search", "from a file"]),
        [id.parse::<i64>().unwrap()]
    );
    assert!(ids(&env, NOW, &["--search", "old text"]).is_empty());
}
}

both_backends! {
#[test]
fn note_names_a_shared_case_number_with_its_tenant() {
    let env = Env::with_config(TOKYO);
    open(
        &env,
        &["--title", "ours", "--case-number", "77", "--severity", "C"],
    );
    let theirs = open(
        &env,
        &[
            "--title",
            "theirs",
            "--case-number",
            "77",
            "--tenant",
            "fabrikam",
            "--severity",
            "C",
        ],
    );
    fail(&env, NOW, &["note", "--case", "77", "hello"], 2);
    run(
        &env,
        NOW,
        &[
            "note", "--case", "77", "--tenant", "fabrikam", "hello", "--from", "admin",
        ],
        0,
    );
    let s = shown(&env, NOW, &theirs.to_string());
    assert_eq!(s.events.last().unwrap().detail, "hello");
    fail(
        &env,
        NOW,
        &["note", "--case", "77", "--tenant", "fabrikam", "a", "b"],
        2,
    );
}
}

both_backends! {
/// SPEC 6 with SPEC 7: a severity change or an update after --now T has not happened yet.
#[test]
fn a_view_before_a_change_shows_the_case_as_it_stood() {
    let env = Env::with_config(TOKYO);
    let id = open(
        &env,
        &["--title", "Label", "--severity", "B", "--opened-at", T0],
    )
    .to_string();
    run(
        &env,
        NOW,
        &[
            "update",
            &id,
            "--engineer",
            "Ken",
            "--incident",
            "EX123456",
            "--at",
            "2026-11-24T01:00:00Z",
        ],
        0,
    );
    run(
        &env,
        NOW,
        &[
            "update",
            &id,
            "--severity",
            "A",
            "--available-24x7",
            "true",
            "--at",
            "2026-11-24T05:00:00Z",
        ],
        0,
    );
    let before = "2026-11-24T03:00:00Z";
    let r = shown(&env, before, &id).rec;
    assert_eq!(r.severity.as_deref(), Some("B"));
    assert_eq!(r.response_target, "next-day");
    assert_eq!(r.response_due.as_deref(), Some("2026-11-25T14:59:59Z"));
    assert!(!r.available_24x7);
    assert_eq!((r.engineer.as_deref(), r.incidents.len()), (Some("Ken"), 1));
    let r = shown(&env, "2026-11-24T00:30:00Z", &id).rec;
    assert_eq!((r.engineer, r.incidents.len()), (None, 0));
    let list: Vec<Rec> = serde_json::from_str(&run(&env, before, &["list", "--json"], 0)).unwrap();
    assert_eq!(list[0].severity.as_deref(), Some("B"));
    assert_eq!(shown(&env, NOW, &id).rec.severity.as_deref(), Some("A"));
}
}

both_backends! {
/// A list of tenants is named as a list everywhere it is quoted: a comma separates tenants
/// wherever `--tenant` is given. With `--case`, `--tenant a,b` looks for the case number in
/// each of them (one found: that request; several: exit 2 naming them; none: exit 5 naming
/// the tenants as a list, never as one tenant called "a,b"); where one tenant is asked for
/// (`open`, `classify`, `rules`, `update ID --tenant`), a list is exit 2 naming its members;
/// and a config cannot name a tenant with a comma, so every list is a list.
#[test]
fn a_list_of_tenants_is_named_as_a_list_everywhere() {
    let env = Env::with_config(TOKYO);
    open(&env, &["--title", "ours", "--case-number", "2405010010005082"]);
    let r = rec(
        &env,
        NOW,
        &["show", "--case", "2405010010005082", "--tenant", "smallbiz,default", "--json"],
    );
    assert_eq!(r.title, "ours");
    env.run(
        &["note", "--case", "2405010010005082", "--tenant", "fabrikam,default", "seen"],
        0,
    );
    open(
        &env,
        &["--title", "theirs", "--tenant", "fabrikam", "--case-number", "2405010010005082"],
    );
    let err = fail(
        &env,
        NOW,
        &["show", "--case", "2405010010005082", "--tenant", "default,fabrikam"],
        2,
    );
    assert!(err.contains("default") && err.contains("fabrikam"), "{err}");
    for cmd in [&["show"][..], &["respond"], &["close"], &["update", "--owner", "x"]] {
        let mut args = cmd.to_vec();
        args.extend(["--case", "999", "--tenant", "smallbiz,fabrikam"]);
        let err = fail(&env, NOW, &args, 5);
        assert!(
            err.contains("in any of the 2 tenants smallbiz, fabrikam") && !err.contains("'smallbiz,fabrikam'"),
            "{args:?}: {err}"
        );
    }
    for args in [
        &["open", "--title", "t", "--severity", "C", "--tenant", "fabrikam,smallbiz"][..],
        &["classify", "mail is down", "--tenant", "fabrikam,smallbiz"],
        &["rules", "--tenant", "fabrikam,smallbiz"],
        &["update", "1", "--tenant", "fabrikam,smallbiz"],
    ] {
        let err = fail(&env, NOW, args, 2);
        assert!(
            err.contains("names one tenant here, but it lists 2 (fabrikam, smallbiz)"),
            "{args:?}: {err}"
        );
    }
    let bad = Env::with_config("[tenants.\"north,south\"]\nplan = \"e3\"\n");
    let err = fail(&bad, NOW, &["open", "--title", "t", "--severity", "C"], 2);
    assert!(
        err.contains("tenant 'north,south' has a comma in its name"),
        "{err}"
    );
}
}

both_backends! {
/// SPEC 6, 7: the 24x7 warning follows the target in force. A request recorded out of
/// scope with `--force` has no commitment, so filing it as A, raising it to A, reopening it
/// as A or importing it as A warns of nothing; the same request in scope warns each time.
#[test]
fn availability_warnings_follow_the_target_in_force() {
    let env = Env::with_config(TOKYO);
    let warned = |args: &[&str]| -> bool {
        let out = env.at(NOW).args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
        err.contains("around the clock")
    };
    let vba = "VBA macro stopped for all users";
    assert!(!warned(&["open", "-q", "--title", vba, "--severity", "A", "--force"]));
    assert!(warned(&["open", "-q", "--title", "Teams calls fail", "--severity", "A"]));
    let forced = open(&env, &["--title", vba, "--severity", "B", "--force"]).to_string();
    assert!(!warned(&["update", &forced, "--severity", "A"]));
    assert!(!warned(&["close", &forced]));
    assert!(!warned(&["reopen", &forced, "--severity", "A"]));
    let inscope = open(&env, &["--title", "Teams calls fail", "--severity", "B"]).to_string();
    assert!(warned(&["update", &inscope, "--severity", "A"]));
    let rows = env.path("rows.csv");
    std::fs::write(&rows, format!("title,severity\n{vba},A\n")).unwrap();
    let file = rows.to_str().unwrap();
    assert!(!warned(&["import", "--format", "csv", "--force", file]));
    std::fs::write(&rows, "title,severity\nTeams calls fail,A\n").unwrap();
    assert!(warned(&["import", "--format", "csv", file]));
}
}

/// The fields of `sla --explain --json` the due-because test reads.
#[derive(Deserialize)]
struct Explained {
    requests: Vec<ExplainedRow>,
}

#[derive(Deserialize)]
struct ExplainedRow {
    id: i64,
    #[serde(deserialize_with = "Option::deserialize")]
    explanation: Option<String>,
}

both_backends! {
/// SPEC 7: a severity change leaves the target of a cycle that had already breached (the
/// breach stands) or been answered as it was; the "due because" line of `show` and
/// `sla --explain` names the severity that target was set under and says why the change
/// left it, ending at the due time in force. A change that re-targets the cycle is named by
/// the new severity alone. Pinned in both languages.
#[test]
fn the_due_because_line_explains_the_target_in_force() {
    let env = Env::new();
    let later = "2026-11-24T12:00:00Z";
    let breached = open(&env, &["--title", "Teams calls fail", "--severity", "A"]).to_string();
    let answered = open(&env, &["--title", "Teams calls fail", "--severity", "A"]).to_string();
    let retargeted = open(&env, &["--title", "Teams calls fail", "--severity", "A"]).to_string();
    run(&env, "2026-11-24T10:20:00Z", &["respond", &answered], 0);
    run(&env, "2026-11-24T10:30:00Z", &["update", &answered, "--severity", "B"], 0);
    run(&env, "2026-11-24T10:40:00Z", &["update", &retargeted, "--severity", "B"], 0);
    run(&env, later, &["update", &breached, "--severity", "B"], 0);
    let mut pinned = Vec::new();
    let out = env
        .at(later)
        .args(["sla", "--all", "--explain", "--json", "--fail-on", "never"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let report: Explained = serde_json::from_slice(&out.stdout).unwrap();
    for (lang, label) in [("en", "due because"), ("ja", "期限の根拠")] {
        for (name, id) in [
            ("breached", &breached),
            ("answered", &answered),
            ("re-targeted", &retargeted),
        ] {
            // `show`'s row, the one cell of the table it is given in.
            let show = run(&env, later, &["--lang", lang, "show", id], 0);
            let row = show
                .lines()
                .find(|l| l.contains(label))
                .unwrap_or_else(|| panic!("{lang} {name}: no basis in\n{show}"));
            let line = row.split('┆').nth(1).unwrap().trim_end_matches(['│', ' ']).trim();
            if lang == "en" {
                // `sla --explain` says what `show` says.
                let row = report
                    .requests
                    .iter()
                    .find(|r| r.id.to_string() == *id)
                    .unwrap();
                assert_eq!(row.explanation.as_deref(), Some(line), "{name}");
            }
            pinned.push(format!("{lang} {name}: {line}"));
        }
    }
    let all = pinned.join("\n");
    assert!(all.contains("en breached: severity A (it became B at"), "{all}");
    assert!(all.contains("en answered: severity A (it became B at"), "{all}");
    assert!(all.contains("en re-targeted: severity B · enterprise tier"), "{all}");
    insta::assert_snapshot!("due_because_after_a_severity_change", all);
}
}

/// SPEC 7, 8: a note of a ledger of schema 1 or 2 holds no data (who wrote it was not kept),
/// and `db migrate` keeps it so: a migrated ledger holds such notes, so every reader reads
/// them (`show`, `list --search`, `sla`, `export --events`, `db copy`) and import takes them
/// back, byte for byte; `note` itself always records who wrote one.
#[test]
fn a_note_without_data_from_a_migrated_ledger_is_read_by_every_reader() {
    let env = Env::with_config(TOKYO);
    {
        let c = rusqlite::Connection::open(env.db()).unwrap();
        c.execute_batch(include_str!("../src/store/schema.sql"))
            .unwrap();
        c.execute_batch(include_str!("../src/store/schema_v2.sql"))
            .unwrap();
        c.execute_batch(
            "PRAGMA application_id = 1398166097; PRAGMA user_version = 2; PRAGMA journal_mode = WAL;
             INSERT INTO requests (tenant, title, category, service, severity, severity_source, plan,
               tier, channel, status, opened_at, scope, opened_by, timezone, cycle_started_at,
               availability, response_target, response_clock, response_due)
             VALUES ('default', 'Teams calls fail', 'technical', 'teams', 'A', 'manual', 'e3',
               'enterprise', 'online', 'open', 1795424400, 'in-scope', 'alice', 'UTC', 1795424400,
               '24x7', '1h', '24x7', 1795428000);
             INSERT INTO events (request_id, at, actor, kind, detail)
             VALUES (1, 1795424400, 'alice', 'opened', 'severity A');
             INSERT INTO events (request_id, at, actor, kind, detail)
             VALUES (1, 1795424500, 'alice', 'note', 'engineer asked for logs');",
        )
        .unwrap();
    }
    run(&env, NOW, &["db", "migrate"], 0);
    let note = |s: &Shown| {
        s.events
            .iter()
            .find(|e| e.kind == "note")
            .map(|e| (e.detail.clone(), e.data.clone()))
    };
    let s = shown(&env, NOW, "1");
    assert_eq!(note(&s), Some(("engineer asked for logs".into(), None)));
    assert!(run(&env, NOW, &["show", "1"], 0).contains("engineer asked for logs"));
    assert_eq!(ids(&env, NOW, &["--search", "asked for logs"]), [1]);
    run(&env, NOW, &["sla", "--fail-on", "never"], 0);
    let first = run(&env, NOW, &["export", "--events"], 0);
    let copy = env.path("copy.db");
    let out = env
        .cmd()
        .args(["db", "copy", "--from"])
        .arg(env.db())
        .arg("--to")
        .arg(&copy)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = env.path("all.jsonl");
    std::fs::write(&file, &first).unwrap();
    let again = env.path("again.db");
    let out = env.on(&again).arg("import").arg(&file).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = env
        .on(&again)
        .args(["export", "--events"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), first);
    let out = env.on(&copy).args(["export", "--events"]).output().unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), first);
    // A note svcreq writes today records who wrote it.
    run(&env, NOW, &["note", "1", "logs sent"], 0);
    let s = shown(&env, NOW, "1");
    let last = s.events.last().unwrap();
    assert_eq!(
        last.data,
        Some(serde_json::json!({"from": "microsoft"})),
        "{last:?}"
    );
}

/// Issue 14, kind 3: an update that changes the severity's source (`--severity` naming the
/// severity in force, `--by`) names that among the fields it changed, then says the new
/// source and that the severity stays, never "case number: the severity stays A" as if
/// the case number were what stayed; alone, with another field, in both languages.
#[test]
fn an_update_that_changes_the_severity_source_names_each_field_it_changed() {
    let env = Env::new();
    let id = env
        .open(&["--title", "Mail flow stopped", "--severity", "B"])
        .to_string();
    let mut said = Vec::new();
    for (lang, args) in [
        (
            "en",
            &[
                "--case-number",
                "2405010010005082",
                "--severity",
                "B",
                "--by",
                "microsoft",
            ][..],
        ),
        ("en", &["--severity", "B", "--by", "admin"]),
        (
            "en",
            &[
                "--owner",
                "Ann",
                "--contact",
                "ann@contoso.com",
                "--severity",
                "B",
                "--by",
                "microsoft",
            ],
        ),
        ("en", &["--case-number", "2405010010005083"]),
        (
            "ja",
            &[
                "--case-number",
                "2405010010005084",
                "--severity",
                "B",
                "--by",
                "admin",
            ],
        ),
        ("ja", &["--severity", "B", "--by", "microsoft"]),
    ] {
        let mut a = vec!["--lang", lang, "update", &id];
        a.extend_from_slice(args);
        let line = env.run(&a, 0);
        let changed_source = args.contains(&"--by");
        if lang == "en" {
            assert!(!line.contains(": the severity"), "{line}");
            assert_eq!(line.contains("severity source"), changed_source, "{line}");
            assert_eq!(
                line.contains("the severity stays B"),
                changed_source,
                "{line}"
            );
            if args.contains(&"--case-number") {
                assert!(line.contains("case number"), "{line}");
            }
        }
        said.push(format!("{lang} {}: {}", args.join(" "), line.trim_end()));
    }
    insta::assert_snapshot!("severity_source_changes", said.join("\n"));
}

/// SPEC 7 (`update`: nothing to change is refused): an update given no field at all is told
/// to give one, in words that do not say the request already has values no one gave; an
/// update whose fields hold the values the request has is told that. Both exit 2, both
/// languages, nothing written.
#[test]
fn an_update_given_no_field_is_told_to_give_one_not_that_its_values_are_there() {
    let env = Env::new();
    env.open(&["--title", "Mail slow for one", "--severity", "C"]);
    for lang in ["en", "ja"] {
        for args in [
            &["update", "1"][..],
            &["update", "1", "--reason", "why not"],
        ] {
            let err = env.fail(&[args, &["--lang", lang]].concat(), 2);
            assert!(
                err.contains("--severity") && !err.contains("already") && !err.contains("同じ"),
                "{lang} {args:?}: {err}"
            );
        }
        let err = env.fail(&["update", "1", "--severity", "C", "--lang", lang], 2);
        assert!(
            err.contains("already") || err.contains("同じ"),
            "{lang}: {err}"
        );
    }
    #[derive(Deserialize)]
    struct History {
        events: Vec<serde::de::IgnoredAny>,
    }
    let shown: History = serde_json::from_str(&env.run(&["show", "1", "--json"], 0)).unwrap();
    assert_eq!(shown.events.len(), 1, "only the opening");
}
