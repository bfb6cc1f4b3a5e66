//! The JSON contract as JSON Schema (SPEC 2): one schema per record kind under schema/
//! (request, event, SLA report, period report, classification, reopen check), every JSON output validated
//! against it, and a renamed, missing or unexpected field refused by it.

mod common;
use common::{Env, assert_schema, schema_errors};
use serde_json::Value;

const NOW: &str = "2026-11-24T10:00:00Z";

/// A ledger whose requests fill every field: case record, events with data, a reopened
/// cycle, a phone request, a presales request.
fn ledger() -> Env {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\n");
    env.open(&[
        "--title",
        "Mail down for everyone",
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
        "--opened-at",
        "2026-11-24T08:00:00Z",
    ]);
    env.run(&["respond", "1", "--at", "2026-11-24T08:30:00Z"], 0);
    env.run(
        &[
            "note",
            "1",
            "restarted the transport service",
            "--at",
            "2026-11-24T08:45:00Z",
        ],
        0,
    );
    env.run(
        &[
            "close",
            "1",
            "--at",
            "2026-11-24T09:00:00Z",
            "--resolution",
            "fixed",
        ],
        0,
    );
    env.open(&[
        "--title",
        "SharePoint slow",
        "--severity",
        "B",
        "--channel",
        "phone",
        "--opened-at",
        "2026-11-23T01:00:00Z",
    ]);
    env.open(&["--title", "E5 pricing question", "--category", "presales"]);
    env
}

#[test]
fn every_json_output_matches_its_schema() {
    let env = ledger();
    // Env::json checks each output against its schema; these name every kind once.
    let shown = env.json(&["show", "1"]);
    assert!(shown["events"].as_array().unwrap().len() >= 4, "{shown:#}");
    for e in shown["events"].as_array().unwrap() {
        assert_schema("event", e);
    }
    env.json(&["list", "--status", "all"]);
    env.json(&["sla", "--all", "--explain"]);
    env.json(&["report", "--month", "2026-11"]);
    env.json(&["report", "--from", "2026-01-01", "--to", "2026-12-31"]);
    env.json(&["reopen", "1", "--check"]);
    env.json(&[
        "classify",
        "Teams is down for all users",
        "--workaround",
        "--business-critical",
    ]);
    env.json(&["classify", "How much does E5 cost?"]);
    env.json(&[
        "open",
        "--title",
        "OneDrive sync fails",
        "--impact",
        "degraded",
        "--users",
        "single",
    ]);
    env.json(&["reopen", "1", "--reason", "back again", "--severity", "B"]);
    env.json(&["show", "1"]);
    // export prints one request per line.
    for args in [
        &["export", "--format", "jsonl"][..],
        &["export", "--format", "jsonl", "--events"],
    ] {
        let lines = env.run(args, 0);
        assert_eq!(lines.lines().count(), 4);
        for line in lines.lines() {
            assert_schema("request", &serde_json::from_str(line).unwrap());
        }
    }
    // reopen --check of an ineligible request exits 4 and still prints the record.
    let out = env
        .at(NOW)
        .args(["reopen", "2", "--check", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_schema("reopen-check", &v);
}

#[test]
fn a_renamed_missing_or_unexpected_field_fails_the_schema() {
    let env = ledger();
    let record = env.json(&["show", "1"]);
    assert!(schema_errors("request", &record).is_empty());
    let object = record.as_object().unwrap();

    let mut renamed = object.clone();
    let due = renamed.remove("response_due").unwrap();
    renamed.insert("due".into(), due);
    assert!(!schema_errors("request", &Value::Object(renamed)).is_empty());

    let mut missing = object.clone();
    missing.remove("case_number");
    assert!(!schema_errors("request", &Value::Object(missing)).is_empty());

    let mut unexpected = object.clone();
    unexpected.insert("priority".into(), Value::from("high"));
    assert!(!schema_errors("request", &Value::Object(unexpected)).is_empty());

    let mut bad_time = object.clone();
    bad_time.insert("opened_at".into(), Value::from("2026-11-24 17:00 JST"));
    assert!(!schema_errors("request", &Value::Object(bad_time)).is_empty());

    // The same holds inside an SLA report's rows and for an event.
    let mut report = env.json(&["sla", "--all"]);
    report["requests"][0]
        .as_object_mut()
        .unwrap()
        .remove("remaining_seconds");
    assert!(!schema_errors("sla-report", &report).is_empty());
    // A period report: a tenant's renamed field, a row's missing one, an unknown granularity.
    let period = env.json(&["report", "--month", "2026-11"]);
    assert!(schema_errors("report", &period).is_empty());
    let mut renamed = period.clone();
    let tenant = renamed["tenants"][0].as_object_mut().unwrap();
    let as_of = tenant.remove("as_of").unwrap();
    tenant.insert("asof".into(), as_of);
    assert!(!schema_errors("report", &renamed).is_empty());
    let mut missing = period.clone();
    missing["tenants"][0]["rows"][0]
        .as_object_mut()
        .unwrap()
        .remove("response_p90_seconds");
    assert!(!schema_errors("report", &missing).is_empty());
    let mut granularity = period.clone();
    granularity["period"]["granularity"] = Value::from("fortnight");
    assert!(!schema_errors("report", &granularity).is_empty());
    let mut event = record["events"][0].clone();
    event
        .as_object_mut()
        .unwrap()
        .insert("note".into(), Value::from("a field no schema names"));
    assert!(!schema_errors("event", &event).is_empty());
}
