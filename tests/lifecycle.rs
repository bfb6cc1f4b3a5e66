//! End to end: open → list → respond → close → reopen → show through the real binary,
//! and every error row of SPEC 2 with its exit code.

#[macro_use]
mod common;
use common::Env;

const TOKYO: &str = "timezone = \"Asia/Tokyo\"\nplan = \"e3\"\n";

both_backends! {
#[test]
fn full_lifecycle_through_the_binary() {
    let env = Env::with_config(TOKYO);
    // Monday 10:00 JST, severity B on an enterprise plan → next-day: Tuesday 23:59:59 JST.
    let r = env.json(&[
        "open",
        "--title",
        "EAC cannot set forwarding",
        "--severity",
        "B",
        "--opened-at",
        "2026-11-23 10:00",
    ]);
    let id = r["id"].as_i64().unwrap();
    assert_eq!(r["severity"], "B");
    assert_eq!(r["severity_source"], "manual");
    assert_eq!(r["tier"], "enterprise");
    assert_eq!(r["response_target"], "next-day");
    assert_eq!(r["response_due"], "2026-11-24T14:59:59Z");
    assert_eq!(r["opened_at"], "2026-11-23T01:00:00Z");
    assert_eq!(r["status"], "open");
    assert_eq!(r["opened_by"], "alice");
    let opened: common::RequestJson = common::typed(&r);
    assert_eq!(opened.reopen_deadline, None);

    let list = env.json(&["list"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["id"], id);
    // NOW is 2026-11-24T10:00Z: 5 h of a 38 h target left, under 25 % → at risk.
    assert_eq!(list[0]["sla_state"], "at-risk");

    let ids = id.to_string();
    let later = "2026-11-24T14:00:00Z";
    let r = env.json_at(
        later,
        &[
            "respond",
            &ids,
            "--at",
            "2026-11-24T12:00:00Z",
            "--note",
            "engineer called",
        ],
    );
    assert_eq!(r["first_response_at"], "2026-11-24T12:00:00Z");
    assert_eq!(r["sla_state"], "met");

    let r = env.json_at(
        later,
        &[
            "close",
            &ids,
            "--at",
            "2026-11-24T13:00:00Z",
            "--resolution",
            "fixed",
        ],
    );
    assert_eq!(r["status"], "closed");
    assert_eq!(r["closed_at"], "2026-11-24T13:00:00Z");
    assert_eq!(r["reopen_deadline"], "2026-12-08T13:00:00Z");
    assert!(
        env.json_at(later, &["list"]).as_array().unwrap().is_empty(),
        "closed requests leave the open view"
    );

    // Eligible exactly 14 × 24 h after closing; refused one second later.
    let out = env
        .at("2026-12-08T13:00:00Z")
        .args(["reopen", &ids, "--check"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let out = env
        .at("2026-12-08T13:00:01Z")
        .args(["reopen", &ids, "--check", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["eligible"], false);
    assert_eq!(v["deadline"], "2026-12-08T13:00:00Z");

    let out = env
        .at("2026-11-30T10:00:00Z")
        .args([
            "reopen",
            &ids,
            "--reason",
            "came back",
            "--severity",
            "A",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["status"], "open");
    assert_eq!(r["reopen_count"], 1);
    assert_eq!(r["cycle_started_at"], "2026-11-30T10:00:00Z");
    assert_eq!(r["severity"], "A");
    assert_eq!(r["response_due"], "2026-11-30T11:00:00Z");
    let reopened_record: common::RequestJson = common::typed(&r);
    assert_eq!(reopened_record.first_response_at, None);
    assert_eq!(reopened_record.closed_at, None);

    let reopened = "2026-11-30T10:00:00Z";
    let show = env.json_at(reopened, &["show", &ids]);
    let kinds: Vec<&str> = show["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["opened", "responded", "closed", "reopened"]);
    assert!(
        show["events"][3]["detail"]
            .as_str()
            .unwrap()
            .contains("came back")
    );
    assert_eq!(show["events"][0]["actor"], "alice");
    // show --json and list --json print the same record.
    let listed = &env.json_at(reopened, &["list", "--status", "all"])[0];
    for k in [
        "id",
        "title",
        "severity",
        "response_due",
        "cycle_started_at",
        "reopen_count",
    ] {
        assert_eq!(show[k], listed[k], "{k}");
    }
}
}

both_backends! {
#[test]
fn open_without_severity_uses_impact_flags_and_says_what_it_assumed() {
    let env = Env::new();
    let out = env
        .cmd()
        .args([
            "open",
            "--title",
            "Ticket 4711",
            "--impact",
            "down",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("assumed affected"), "{stderr}");
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["severity"], "B"); // down, but a single user by default
    assert_eq!(r["severity_source"], "classified");
    let r = env.json(&[
        "open",
        "--title",
        "Ticket 4712",
        "--impact",
        "down",
        "--users",
        "all",
    ]);
    assert_eq!(r["severity"], "A");
    assert_eq!(r["response_target"], "1h");
    assert_eq!(r["response_due"], "2026-11-24T11:00:00Z");
}
}

both_backends! {
#[test]
fn phone_requests_cannot_be_reopened() {
    let env = Env::new();
    let id = env
        .open(&["--title", "x", "--severity", "C", "--channel", "phone"])
        .to_string();
    env.run(&["close", &id], 0);
    let err = env.fail(&["reopen", &id], 4);
    assert!(err.contains("filed by phone"), "{err}");
    let shown: common::RequestJson = common::typed(&env.json(&["show", &id]));
    assert_eq!(shown.reopen_deadline, None);
}
}

both_backends! {
#[test]
fn open_request_cannot_be_reopened_and_closed_twice_is_refused() {
    let env = Env::new();
    let id = env.open(&["--title", "x", "--severity", "C"]).to_string();
    assert!(env.fail(&["reopen", &id], 4).contains("still open"));
    env.run(&["close", &id], 0);
    assert!(env.fail(&["close", &id], 2).contains("already closed"));
}
}

both_backends! {
#[test]
fn error_rows_of_the_contract() {
    let env = Env::new();
    env.open(&["--title", "seed", "--severity", "A"]);
    let cases: &[(&[&str], i32, &str)] = &[
        (&["open", "--title", "x", "--severity", "D"], 2, "A, B, C"),
        (
            &["open", "--title", "x", "--opened-at", "2026-02-30"],
            2,
            "no such date",
        ),
        (
            &["open", "--title", "x", "--opened-at", "2026-11-24 24:01"],
            2,
            "--opened-at",
        ),
        (
            &["open", "--title", "x", "--plan", "e4"],
            2,
            "unknown plan 'e4'",
        ),
        (
            &["open", "--title", "x", "--category", "hardware"],
            2,
            "technical, presales, billing",
        ),
        (
            &["open", "--title", "x", "--channel", "fax"],
            2,
            "online, phone",
        ),
        (&["open", "--title", "   "], 2, "--title is empty"),
        (
            &["open", "--title", "x", "--tenant", "nope"],
            2,
            "unknown tenant 'nope'",
        ),
        (&["show", "999"], 5, "no such request"),
        (&["respond", "999"], 5, "no such request"),
        (&["close", "999"], 5, "no such request"),
        (&["reopen", "999"], 5, "no such request"),
        (&["show", "abc"], 2, "not a request id"),
        (&["show", "0"], 2, "not a request id"),
        (
            &["list", "--sort", "id; DROP TABLE x"],
            2,
            "possible values",
        ),
        (&["list", "--format", "junit"], 2, "table, json, csv, ids"),
    ];
    for (args, code, words) in cases {
        let err = env.fail(args, *code);
        assert!(err.contains(words), "{args:?}: {err}");
    }
    assert_eq!(env.count(), 1, "failed commands wrote nothing");
    let out = env
        .at("2026-11-24T10:00:00+25:00")
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid --now"));
}
}

both_backends! {
#[test]
fn first_open_with_no_config_and_no_db_flag_works() {
    let env = Env::new();
    let out = env
        .bare()
        .args(["open", "--title", "first request", "--severity", "C", "-q"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "1");
    let out = env.bare().args(["list", "--json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["title"], "first request");
    assert_eq!(v[0]["tenant"], "default");
    assert_eq!(v[0]["tier"], "enterprise");
}
}

both_backends! {
#[test]
fn explicit_missing_config_is_a_usage_error_and_creates_nothing() {
    let env = Env::new();
    let out = env
        .bare()
        .args(["--db"])
        .arg(env.db())
        .args(["--config"])
        .arg(env.path("missing.toml"))
        .args(["open", "--title", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not found"));
    assert!(!env.db().exists());
}
}

both_backends! {
#[test]
fn malformed_config_names_file_and_line() {
    let env = Env::with_config("plan = \"e3\"\ntenant = \n");
    let err = env.fail(&["open", "--title", "x"], 2);
    assert!(err.contains("c.toml:2:"), "{err}");
    assert!(!env.db().exists(), "a bad config creates no ledger");
}
}

both_backends! {
#[test]
fn list_filters_and_search_are_literal() {
    let env = Env::new();
    env.open(&["--title", "50% done", "--severity", "A"]);
    env.open(&["--title", "500 done", "--severity", "C"]);
    env.open(&["--title", "x'); DROP TABLE requests;--", "--severity", "B"]);
    let ids = env.run(&["list", "--search", "50%", "--format", "ids"], 0);
    assert_eq!(ids, "1\n");
    assert_eq!(env.run(&["list", "--search", "%' OR 1=1 --", "-q"], 0), "");
    assert_eq!(
        env.run(&["list", "--severity", "A,C", "--sort", "id", "-q"], 0),
        "1\n2\n"
    );
    assert_eq!(
        env.json(&["show", "3"])["title"],
        "x'); DROP TABLE requests;--"
    );
    // Default sort: soonest due first; C has no target and goes last.
    assert_eq!(env.run(&["list", "-q"], 0), "1\n3\n2\n");
    assert_eq!(env.run(&["list", "--sla", "no-target", "-q"], 0), "2\n");
    assert_eq!(env.run(&["list", "--limit", "1", "-q"], 0), "1\n");
}
}

both_backends! {
#[test]
fn csv_is_rfc4180_and_formula_safe() {
    let env = Env::new();
    env.open(&[
        "--title",
        "=HYPERLINK(\"http://e\",\"x\")",
        "--severity",
        "A",
        "--description",
        "a,b\nc",
    ]);
    let out = env.run(&["list", "--format", "csv"], 0);
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][2], "'=HYPERLINK(\"http://e\",\"x\")");
    assert_eq!(&rows[0][3], "a,b\nc");
    assert_eq!(&rows[0][0], "1");
}
}

both_backends! {
#[test]
fn respond_before_the_cycle_started_is_refused() {
    let env = Env::new();
    let id = env.open(&["--title", "x", "--severity", "A"]).to_string();
    assert!(
        env.fail(&["respond", &id, "--at", "2026-11-24T09:00:00Z"], 2)
            .contains("before")
    );
    env.run(&["respond", &id], 0);
    assert!(
        env.fail(&["respond", &id], 2)
            .contains("already has a first response")
    );
}
}

#[test]
fn a_missing_ledger_is_an_error_not_an_empty_one() {
    let env = Env::new();
    for args in [
        &["list", "--json"][..],
        &["show", "1"],
        &["sla"],
        &["export"],
        &["reopen", "1", "--check"],
    ] {
        let err = env.fail(args, 1);
        assert!(
            err.contains("no ledger at") && err.contains("s.db") && err.contains("--db"),
            "{args:?}: {err}"
        );
    }
    assert!(!env.db().exists(), "read commands create nothing");
    // Nor do writes to requests that would have to be in it.
    for args in [
        &["respond", "1"][..],
        &["close", "1"],
        &["reopen", "1"],
        &["note", "1", "text"],
        &["update", "1", "--title", "x"],
    ] {
        let err = env.fail(args, 1);
        assert!(err.contains("no ledger at"), "{args:?}: {err}");
    }
    assert!(
        !env.db().exists(),
        "writes to a missing ledger create nothing"
    );
    assert!(!env.path("s.db-wal").exists());
    // An empty file is an empty ledger.
    std::fs::write(env.db(), b"").unwrap();
    assert_eq!(env.run(&["list", "--json"], 0).trim(), "[]");
}

both_backends! {
#[test]
fn rules_prints_the_table_and_checks_files() {
    let env = Env::new();
    let v = env.json(&["rules"]);
    assert_eq!(v["reopen_window"], "14d");
    let elevated = v["tiers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "elevated")
        .unwrap();
    assert_eq!(elevated["targets"]["B"]["response"], "2h");
    std::fs::write(env.path("bad.toml"), "reopen_window = \"14d\"\n[tiers.x]\nplans = [\"p\"]\nA = { availability = \"24x7\", response = \"soon\" }\nB = { availability = \"24x7\", response = \"1h\" }\nC = { availability = \"24x7\", response = \"1h\" }\n").unwrap();
    let err = env.fail(
        &["rules", "--check", env.path("bad.toml").to_str().unwrap()],
        2,
    );
    assert!(err.contains("bad.toml:4:"), "{err}");
    let out = env.run(
        &[
            "rules",
            "--check",
            concat!(env!("CARGO_MANIFEST_DIR"), "/src/rules/default.toml"),
        ],
        0,
    );
    assert!(out.contains("ok"));
}
}

both_backends! {
/// SPEC 1.6: a response to a closed request suggests reopening it only when the reopen
/// rules allow it; a phone request, or one whose reopen window is over, is told why not and
/// to file a new request instead, in every language.
#[test]
fn respond_after_close_suggests_reopening_only_when_a_reopen_is_allowed() {
    let env = Env::new();
    let phone = env
        .open(&["--title", "x", "--severity", "C", "--channel", "phone"])
        .to_string();
    let online = env.open(&["--title", "y", "--severity", "C"]).to_string();
    env.run(&["close", &phone], 0);
    env.run(&["close", &online], 0);
    let err = env.fail(&["respond", &phone], 2);
    assert!(err.contains("cannot be reopened"), "{err}");
    assert!(err.contains("filed by phone"), "{err}");
    assert!(err.contains("file a new request"), "{err}");
    assert!(!err.contains("reopen it first"), "{err}");
    let check = env.cmd().args(["reopen", &phone, "--check"]).output().unwrap();
    assert_eq!(check.status.code(), Some(4));
    // Within the window an online request may be reopened, and the hint says so.
    let err = env.fail(&["respond", &online], 2);
    assert!(err.contains("reopen it first"), "{err}");
    // Past the window (14 days) it may not.
    let later = "2026-12-09T10:00:00Z";
    let out = env.at(later).args(["respond", &online]).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("reopen window ended"), "{err}");
    assert!(err.contains("file a new request"), "{err}");
    assert!(!err.contains("reopen it first"), "{err}");
    let check = env.at(later).args(["reopen", &online, "--check"]).output().unwrap();
    assert_eq!(check.status.code(), Some(4));
    // The same in Japanese.
    let ja = |now: &str, id: &str| {
        let out = env
            .at(now)
            .env("SVCREQ_LANG", "ja")
            .args(["respond", id])
            .output()
            .unwrap();
        String::from_utf8(out.stderr).unwrap()
    };
    let err = ja(common::NOW, &phone);
    assert!(err.contains("再開できるのは管理センターから"), "{err}");
    assert!(err.contains("新しいサービス要求を作成してください"), "{err}");
    assert!(!err.contains("先に再開してください"), "{err}");
    let err = ja(later, &online);
    assert!(err.contains("再開できる期限の "), "{err}");
    assert!(!err.contains("先に再開してください"), "{err}");
    assert!(ja(common::NOW, &online).contains("先に再開してください"));
}
}

both_backends! {
/// SPEC 6: a request recorded out of scope (`open --force`) has no response commitment,
/// and no later change gives it one: a new severity, a category correction, a move to
/// another tenant, a reopening with a severity. `sla` never counts it against CI.
#[test]
fn every_retargeting_keeps_no_commitment_for_an_out_of_scope_request() {
    let env = Env::with_config(
        "timezone = \"Asia/Tokyo\"\nplan = \"e3\"\n\
         [tenants.fabrikam]\ntimezone = \"America/New_York\"\nplan = \"business-premium\"\n",
    );
    let title = "Our VBA macro that updates Excel sheets throws an error";
    let opened: common::RequestJson = common::typed(&env.json(&["open", "--title", title, "--force"]));
    assert_eq!(opened.scope, "scripting");
    assert_eq!((opened.response_target.as_str(), opened.response_due), ("none", None));
    let id = opened.id.to_string();
    let none = |v: serde_json::Value, what: &str| {
        let r: common::RequestJson = common::typed(&v);
        assert_eq!(r.scope, "scripting", "{what}");
        assert_eq!(r.response_target, "none", "{what}: {v:#}");
        assert_eq!(r.response_due, None, "{what}: {v:#}");
        assert_eq!(r.sla_state, "no-target", "{what}: {v:#}");
    };
    none(env.json(&["update", &id, "--severity", "A"]), "severity A");
    none(env.json(&["update", &id, "--category", "billing"]), "billing");
    none(
        env.json(&["update", &id, "--category", "technical", "--severity", "B"]),
        "technical again",
    );
    none(env.json(&["update", &id, "--tenant", "fabrikam"]), "moved");
    env.run(&["close", &id], 0);
    none(
        env.json_at("2026-11-25T10:00:00Z", &["reopen", &id, "--severity", "A"]),
        "reopened as A",
    );
    // Days later nothing is breached: no commitment, nothing for CI to fail on.
    env.at("2026-11-30T10:00:00Z").arg("sla").assert().code(0);
}
}

both_backends! {
/// SPEC 1.6 and 7: a reopened request's new cycle runs under the target of what the request
/// is now. A severity or category changed after the last cycle was answered (recorded, its
/// answered target kept) decides the next cycle's target, so the CI verdict follows it both
/// ways: an enterprise request lowered to C gets no commitment, one raised to A gets 1 hour.
#[test]
fn a_reopened_cycle_runs_under_the_target_of_what_the_request_is_now() {
    let env = Env::with_config("timezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    // Opened at 10:00 (the tests' clock), then an action an hour apart from 11:00 on.
    let at = |h: u32| format!("2026-11-24T{:02}:00:00Z", h + 10);
    let reopened = |id: &str, h: u32| -> common::RequestJson {
        common::typed(&env.json_at(&at(h), &["reopen", id]))
    };
    // B answered, lowered to C, closed, reopened: no commitment, nothing breached days later.
    let b = env.open(&["--title", "Teams is slow", "--severity", "B"]).to_string();
    env.at(&at(1)).args(["respond", &b]).assert().code(0);
    env.at(&at(2)).args(["update", &b, "--severity", "C"]).assert().code(0);
    env.at(&at(3)).args(["close", &b]).assert().code(0);
    let r = reopened(&b, 4);
    assert_eq!((r.severity.as_deref(), r.response_target.as_str()), (Some("C"), "none"));
    // C answered, raised to A, closed, reopened: the A target, one hour.
    let c = env.open(&["--title", "Question about retention", "--severity", "C"]).to_string();
    env.at(&at(5)).args(["respond", &c]).assert().code(0);
    env.at(&at(6))
        .args(["update", &c, "--severity", "A", "--available-24x7", "true"])
        .assert()
        .code(0);
    env.at(&at(7)).args(["close", &c]).assert().code(0);
    let r = reopened(&c, 8);
    assert_eq!((r.severity.as_deref(), r.response_target.as_str()), (Some("A"), "1h"));
    assert_eq!(r.response_due.as_deref(), Some("2026-11-24T19:00:00Z"));
    // Days later only the A request's unanswered cycle counts against CI.
    let out = env.at("2026-11-28T10:00:00Z").args(["sla", "-q"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), c);
}
}

both_backends! {
/// SPEC 7: severity A expects the customer reachable around the clock. Opening at A,
/// updating to A and reopening at A each warn alike when they are not; a request already
/// known to be reachable is not warned about.
#[test]
fn every_way_of_raising_a_request_to_a_warns_alike() {
    let env = Env::new();
    const WARNING: &str = "warning: severity A expects the customer to stay reachable around the clock";
    let stderr = |now: &str, args: &[&str]| {
        let out = env.at(now).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        String::from_utf8(out.stderr).unwrap()
    };
    let err = stderr(common::NOW, &["open", "--title", "x", "--severity", "A"]);
    assert!(err.contains(WARNING) && err.contains("--available-24x7"), "open: {err}");
    let id = env.open(&["--title", "y", "--severity", "B"]).to_string();
    let err = stderr(common::NOW, &["update", &id, "--severity", "A"]);
    assert!(err.contains(WARNING), "update: {err}");
    let err = stderr(common::NOW, &["update", &id, "--severity", "B"]);
    assert!(!err.contains(WARNING), "lowered: {err}");
    env.run(&["close", &id], 0);
    let err = stderr("2026-11-25T10:00:00Z", &["reopen", &id, "--severity", "A"]);
    assert!(err.contains(WARNING), "reopen: {err}");
    // The way out names the request: reopen takes no --available-24x7.
    assert!(
        err.contains(&format!("svcreq update {id} --available-24x7 true")),
        "reopen: {err}"
    );
    // Reachable already: no warning on the way up.
    let id = env
        .open(&["--title", "z", "--severity", "B", "--available-24x7"])
        .to_string();
    env.run(&["close", &id], 0);
    let err = stderr("2026-11-25T10:00:00Z", &["reopen", &id, "--severity", "A"]);
    assert!(!err.contains(WARNING), "reachable: {err}");
    // And in Japanese, the reopen warning names the same command.
    let id = env.open(&["--title", "w", "--severity", "B"]).to_string();
    env.run(&["close", &id], 0);
    let out = env
        .at("2026-11-25T10:00:00Z")
        .env("SVCREQ_LANG", "ja")
        .args(["reopen", &id, "--severity", "A"])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("警告") && err.contains(&format!("svcreq update {id} --available-24x7 true")),
        "{err}"
    );
}
}

both_backends! {
/// SPEC 1.3, 2, 6: the impact flags (`--impact`, `--users`, `--workaround`,
/// `--business-critical`) decide a severity through the classifier. Where none is classified
/// (a presales or billing request, or a severity given with `--severity`) a flag cannot
/// apply: refused, exit 2, one sentence naming the flag and why, nothing written, as
/// `--severity` is refused on presales; `classify` and a technical `open` still take them.
#[test]
fn an_impact_flag_that_cannot_decide_a_severity_is_refused_naming_it() {
    let env = Env::new();
    let flags: [&[&str]; 4] = [
        &["--impact", "down"],
        &["--users", "all"],
        &["--workaround"],
        &["--business-critical"],
    ];
    let mut pinned = Vec::new();
    for flag in flags {
        for why in [&["--category", "billing"][..], &["--category", "presales"], &["--severity", "B"]] {
            let mut args = vec!["open", "--title", "Invoice shows the wrong amount"];
            args.extend_from_slice(why);
            args.extend_from_slice(flag);
            let err = env.fail(&args, 2);
            assert_eq!(err.trim_end().lines().count(), 1, "{err}");
            assert!(err.contains(flag[0]), "{args:?}: {err}");
            if flag[0] == "--impact" {
                pinned.push(format!("{:?}: {}", why, err.trim_end()));
                let ja = env
                    .cmd()
                    .arg("--lang")
                    .arg("ja")
                    .args(&args)
                    .output()
                    .unwrap();
                assert_eq!(ja.status.code(), Some(2));
                pinned.push(format!(
                    "{:?} (ja): {}",
                    why,
                    String::from_utf8_lossy(&ja.stderr).trim_end()
                ));
            }
        }
    }
    assert!(env.untouched(&env.db()), "nothing written");
    insta::assert_snapshot!("impact_flags_that_cannot_apply", pinned.join("\n"));
    // Where a severity is classified, they decide it.
    let r: common::RequestJson = common::typed(&env.json(&[
        "open",
        "--title",
        "Mail is slow",
        "--impact",
        "down",
        "--users",
        "all",
    ]));
    assert_eq!(r.severity.as_deref(), Some("A"));
}
}

both_backends! {
/// SPEC 1.1 and 1.3: what kind of request it is, is read from the text (or `--category`),
/// the same whatever impact flags are given: `open`, `classify` and `import` file a text by
/// one decision. An impact flag decides a severity, never the category, so on text read as
/// presales or billing it has nothing to decide and is refused naming it, by `classify` as
/// by `open` (exit 2, one sentence, in both languages, nothing written); an import row has no
/// impact column and one that brings it is refused naming it. On technical text the flags
/// decide the same severity on `open` as on `classify`, and the category stays technical.
#[test]
fn the_category_is_read_from_the_text_whatever_the_impact_flags_say() {
    let env = Env::new();
    let kinds = [
        ("Pricing for E5 licences", "presales"),
        ("How much does E5 cost compared to E3?", "presales"),
        ("E5ライセンスの価格を教えてください", "presales"),
        ("E3とE5の違いと価格を比較したい", "presales"),
        ("パートナーを紹介してほしい", "presales"),
        ("Invoice shows the wrong amount", "billing"),
        ("We want to cancel our paid subscription", "billing"),
        ("Renewal of our subscription and adding 20 licenses", "billing"),
        ("請求書の金額が間違っています", "billing"),
        ("試用版から有償版への切り替え方法", "billing"),
        ("有料サブスクリプションを解約したい", "billing"),
    ];
    let flags: [&[&str]; 7] = [
        &["--impact", "down"],
        &["--impact", "degraded"],
        &["--impact", "working"],
        &["--users", "all"],
        &["--users", "single"],
        &["--workaround"],
        &["--business-critical"],
    ];
    for (text, category) in kinds {
        let c: common::ClassifyJson = common::typed(&env.json(&["classify", text]));
        assert_eq!((c.category.as_str(), c.severity.as_deref()), (category, None), "{text}");
        for flag in flags {
            for command in [&["classify", text][..], &["open", "--title", text]] {
                let mut args = command.to_vec();
                args.extend_from_slice(flag);
                let err = env.fail(&args, 2);
                assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
                assert!(err.contains(flag[0]) && err.contains(category), "{args:?}: {err}");
                let ja = env.cmd().arg("--lang").arg("ja").args(&args).output().unwrap();
                assert_eq!(ja.status.code(), Some(2), "{args:?}");
                assert!(String::from_utf8_lossy(&ja.stderr).contains(flag[0]), "{args:?}");
            }
        }
    }
    assert!(env.untouched(&env.db()), "nothing written");
    // Without a flag, open files each as classify reads it.
    for (text, category) in kinds {
        let r: common::RequestJson = common::typed(&env.json(&["open", "--title", text]));
        assert_eq!((r.category.as_str(), r.severity.as_deref()), (category, None), "{text}");
    }
    // And so does import, which takes no impact column.
    let imported = env.other_db("imported.db");
    let csv = env.path("impact.csv");
    std::fs::write(&csv, "title,impact\nPricing for E5 licences,down\n").unwrap();
    let out = env.on(&imported).arg("import").arg(&csv).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("'impact'"));
    assert!(env.untouched(&imported), "nothing imported");
    let rows: String = kinds
        .iter()
        .map(|(text, _)| format!("{}\n", serde_json::json!({ "title": text })))
        .collect();
    let file = env.path("kinds.jsonl");
    std::fs::write(&file, rows).unwrap();
    let out = env.on(&imported).arg("import").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let out = env
        .on(&imported)
        .args(["list", "--status", "all", "--sort", "id", "--json"])
        .output()
        .unwrap();
    let listed: Vec<common::RequestJson> = serde_json::from_slice(&out.stdout).unwrap();
    let filed: Vec<(&str, &str, Option<&str>)> = listed
        .iter()
        .map(|r| (r.title.as_str(), r.category.as_str(), r.severity.as_deref()))
        .collect();
    let expected: Vec<(&str, &str, Option<&str>)> =
        kinds.iter().map(|(t, c)| (*t, *c, None)).collect();
    assert_eq!(filed, expected);
    // On technical text, billing words and all, the flags decide the severity alike.
    for text in [
        "Exchange is down for all users and the billing team cannot send invoices",
        "請求チームのメールが送信できません",
        "Trial expired and users lost access to mailboxes",
    ] {
        for flag in flags {
            let mut args = vec!["classify", text];
            args.extend_from_slice(flag);
            let c: common::ClassifyJson = common::typed(&env.json(&args));
            let mut args = vec!["open", "--title", text];
            args.extend_from_slice(flag);
            let r: common::RequestJson = common::typed(&env.json(&args));
            assert_eq!(c.category, "technical", "{args:?}");
            assert_eq!(
                (r.category.as_str(), r.severity.as_deref()),
                ("technical", c.severity.as_deref()),
                "{args:?}"
            );
        }
    }
}
}

both_backends! {
/// SPEC 2: a flag that applies only with another (clap's `requires`) given without it is
/// named as the flag at fault, with the one it applies with (`show 1 --tenant ny` is told
/// that `--tenant` applies only with `--case`, not that `--case` is required), for every
/// such flag of every command, in both languages; a flag the command needs on its own is
/// still said to be required. Exit 2, one line, nothing written.
#[test]
fn a_flag_given_without_the_one_it_applies_with_is_named() {
    let env = Env::new();
    let id = env.open(&["--title", "Teams calls fail", "--severity", "B"]).to_string();
    let cases: [(&[&str], &str, &str); 7] = [
        (&["show", &id, "--tenant", "ny"], "--tenant", "--case"),
        (&["note", &id, "text", "--tenant=ny"], "--tenant", "--case"),
        (&["respond", &id, "--correct"], "--correct", "--at"),
        (&["update", &id, "--reason", "re-rated"], "--reason", "--severity"),
        (&["update", &id, "--by", "microsoft"], "--by", "--severity"),
        (&["report", "--from", "2026-11-01"], "--from", "--to"),
        (&["rules", "--from", "2026-11-24"], "--from", "--calendar"),
    ];
    let mut pinned = Vec::new();
    for (args, given, needed) in cases {
        let err = env.fail(args, 2);
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(
            err.contains(&format!("{given} applies only with {needed}")),
            "{args:?}: {err}"
        );
        pinned.push(err.trim_end().to_string());
    }
    let ja = env
        .cmd()
        .args(["--lang", "ja", "show", &id, "--tenant", "ny"])
        .output()
        .unwrap();
    assert_eq!(ja.status.code(), Some(2));
    pinned.push(String::from_utf8_lossy(&ja.stderr).trim_end().to_string());
    // A flag the command needs on its own is said to be missing.
    let err = env.fail(&["open"], 2);
    assert!(err.contains("--title"), "{err}");
    assert!(!err.contains("applies only with"), "{err}");
    pinned.push(err.trim_end().to_string());
    insta::assert_snapshot!("flags_that_apply_only_with_another", pinned.join("\n"));
}
}

/// `reopen --check` only reads (SPEC 2): a flag that would shape the reopen it does not make
/// (`--reason`, `--severity`) is refused naming both, not dropped without a word. Exit 2.
#[test]
fn a_check_refuses_the_flags_of_the_action_it_does_not_take() {
    let env = Env::new();
    let id = env
        .open(&["--title", "Teams calls fail", "--severity", "B"])
        .to_string();
    env.run(&["close", &id], 0);
    for flag in [&["--reason", "again"][..], &["--severity", "A"]] {
        let mut args = vec!["reopen", id.as_str(), "--check"];
        args.extend_from_slice(flag);
        let err = env.fail(&args, 2);
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(
            err.contains("--check") && err.contains(flag[0]),
            "{args:?}: {err}"
        );
    }
    env.run(&["reopen", &id, "--check"], 0);
}

/// `s` as a Japanese input method types it with full-width forms on: every printable ASCII
/// character but the space as its full-width form (`A` → `Ａ`, `1` → `１`, `-` → `－`).
fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '!'..='~' => char::from_u32(c as u32 + 0xFEE0).unwrap(),
            c => c,
        })
        .collect()
}

both_backends! {
/// SPEC 2 (and 3, 4, 5 where they name such values): every value taken from a fixed set
/// of ids, and every number or id svcreq parses, is read after NFKC folding, so the
/// full-width forms a Japanese input method types mean their ASCII values; the stored and
/// printed value is the canonical one. One ledger is filled with ASCII input, another with
/// the same input typed full-width, through the flags of `open`, `update` and `list`, an id,
/// `--lang`, an import's columns, the config and its rules file: each answers alike.
#[test]
fn a_value_of_a_fixed_set_or_a_number_typed_full_width_reads_as_its_ascii_value() {
    let rules = include_str!("../src/rules/default.toml");
    let run = |w: &dyn Fn(&str) -> String| {
        let env = Env::new();
        std::fs::write(
            env.path("r.toml"),
            rules.replace(
                "next_day = \"end-of-next-day\"",
                &format!("next_day = \"{}\"", w("24h")),
            ),
        )
        .unwrap();
        std::fs::write(
            env.path("c.toml"),
            format!(
                "plan = \"{}\"\nsupport_option = \"{}\"\nrules_file = \"{}\"\n\
                 [business_hours]\nopen = \"{}\"\nclose = \"{}\"\n",
                w("e5"),
                w("standard"),
                env.path("r.toml").display(),
                w("08:30"),
                w("17:45")
            ),
        )
        .unwrap();
        let json = |args: &[&str]| -> serde_json::Value {
            let out = env.cmd().args(args).output().unwrap();
            assert_eq!(
                out.status.code(),
                Some(0),
                "{args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            serde_json::from_slice(&out.stdout).unwrap()
        };
        let opened: common::RequestJson = common::typed(&json(&[
            "open",
            "--title",
            "Mail is down",
            "--severity",
            &w("B"),
            "--service",
            &w("exchange-online"),
            "--category",
            &w("technical"),
            "--plan",
            &w("e3"),
            "--opened-at",
            &w("2026-11-24 09:00"),
            "--format",
            &w("json"),
        ]));
        let updated: common::RequestJson = common::typed(&json(&[
            "update",
            &w("1"),
            "--severity",
            &w("A"),
            "--by",
            &w("admin"),
            "--reason",
            "Ａ is the reason, as typed",
            "--format",
            &w("json"),
        ]));
        std::fs::write(
            env.path("i.csv"),
            format!(
                "id,reopen_count,title,severity,service,category,plan,status,channel\n\
                 {},{},Ｂ title kept as typed,{},{},{},{},{},{}\n",
                w("12"),
                w("0"),
                w("B"),
                w("teams"),
                w("technical"),
                w("e5"),
                w("open"),
                w("phone")
            ),
        )
        .unwrap();
        let import = env
            .cmd()
            .args(["import", "--format", &w("csv")])
            .arg(env.path("i.csv"))
            .output()
            .unwrap();
        assert_eq!(import.status.code(), Some(0), "{import:?}");
        let shown: common::RequestJson =
            common::typed(&json(&["show", &w("12"), "--format", &w("json")]));
        let tenants: Vec<TenantHours> = common::typed(&json(&["tenants", "--format", &w("json")]));
        let listed: Vec<common::RequestJson> = common::typed(&json(&[
            "list",
            "--severity",
            &format!("{},{}", w("A"), w("B")),
            "--status",
            &w("all"),
            "--sort",
            &w("id"),
            "--limit",
            &w("5"),
            "--format",
            &w("json"),
        ]));
        let ja = env
            .cmd()
            .args(["show", &w("1"), "--lang", &w("ja"), "--color", &w("never")])
            .output()
            .unwrap();
        assert_eq!(ja.status.code(), Some(0), "{ja:?}");
        (
            opened,
            updated,
            shown,
            listed,
            String::from_utf8(ja.stdout).unwrap(),
            tenants,
        )
    };
    let ascii = run(&|s: &str| s.to_string());
    let typed = run(&|s: &str| full_width(s));
    let (opened, updated, shown, listed, ja, tenants) = &ascii;
    // The ASCII run means what it says: the values reached the ledger, the rules file's
    // `next_day = "24h"` read the import's next-day target, the Japanese page is Japanese.
    assert_eq!(
        (opened.severity.as_deref(), opened.service.as_deref(), opened.plan.as_str()),
        (Some("B"), Some("exchange-online"), "e3")
    );
    assert_eq!(opened.opened_at, "2026-11-24T09:00:00Z");
    assert_eq!(updated.severity.as_deref(), Some("A"));
    assert_eq!(
        (shown.service.as_deref(), shown.plan.as_str(), shown.channel.as_str()),
        (Some("teams"), "e5", "phone")
    );
    assert_eq!(shown.title, "Ｂ title kept as typed", "free text stays as typed");
    assert_eq!((shown.id, shown.reopen_count), (12, 0), "the import's id and count");
    assert!(
        tenants[0].business_hours.contains("08:30") && tenants[0].business_hours.contains("17:45"),
        "{tenants:?}"
    );
    assert_eq!(shown.response_due.as_deref(), Some("2026-11-25T10:00:00Z"));
    assert_eq!(listed.len(), 2);
    assert!(ja.contains("件名"), "{ja}");
    // Typed full-width, every entry point gives the same answer.
    assert_eq!(typed.0, ascii.0, "open");
    assert_eq!(typed.1, ascii.1, "update");
    assert_eq!(typed.2, ascii.2, "import, then show by id");
    assert_eq!(typed.3, ascii.3, "list filters");
    assert_eq!(typed.4, ascii.4, "--lang");
    assert_eq!(typed.5, ascii.5, "business hours in the config");
}

}

/// A tenant's business hours as `tenants --json` gives them.
#[derive(Debug, PartialEq, serde::Deserialize)]
struct TenantHours {
    business_hours: String,
}

/// SPEC 2: every argument of every command whose value comes from a fixed set (clap's
/// possible values: the SPEC's ids, `--format`, `--color`, `--lang`, `list --status`,
/// `completions SHELL`…) takes each of its values typed full-width as it takes it in ASCII.
/// Walks the whole command tree, so an argument added without the folding fails here.
#[test]
fn every_argument_of_a_fixed_set_reads_its_values_full_width() {
    use clap::CommandFactory;
    let root = svcreq::cli::Cli::command();
    let mut paths = Vec::new();
    common::command_paths(&root, Vec::new(), &mut paths);
    let mut checked = 0;
    for path in paths {
        let mut cmd = &root;
        for name in &path {
            cmd = cmd.find_subcommand(name).unwrap();
        }
        for arg in cmd.get_arguments() {
            for value in arg.get_possible_values() {
                let kind = |value: String| {
                    let mut line = vec!["svcreq".to_string()];
                    line.extend(path.iter().cloned());
                    match arg.get_long() {
                        Some(long) => line.extend([format!("--{long}"), value]),
                        None => line.push(value),
                    }
                    root.clone()
                        .try_get_matches_from(&line)
                        .err()
                        .map(|e| e.kind())
                };
                let ascii = kind(value.get_name().to_string());
                assert_ne!(ascii, Some(clap::error::ErrorKind::InvalidValue));
                assert_eq!(
                    kind(full_width(value.get_name())),
                    ascii,
                    "{path:?} {:?} {}",
                    arg.get_id(),
                    value.get_name()
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 50, "{checked} values checked");
}

both_backends! {
/// SPEC 1.4, 7: a reopen records the availability and clock its new target brings, as the
/// opening records those the request was filed with, so a history whose target moved from
/// business hours to round the clock and back reads as svcreq wrote it: a business-plan
/// request raised to A (round the clock), answered, closed and reopened as B (business
/// hours) is read by `show`, `list` and `export --events`, and its opening and reopen say
/// what each brought.
#[test]
fn a_reopen_records_the_availability_and_clock_its_target_brings() {
    #[derive(serde::Deserialize)]
    struct Shown {
        events: Vec<Ev>,
    }
    #[derive(serde::Deserialize)]
    struct Ev {
        kind: String,
        data: Option<Data>,
    }
    #[derive(serde::Deserialize)]
    struct Data {
        availability: Option<Change>,
        response_clock: Option<Change>,
    }
    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Change {
        old: Option<String>,
        new: Option<String>,
    }
    let change = |old: Option<&str>, new: &str| Change {
        old: old.map(str::to_string),
        new: Some(new.to_string()),
    };
    let env = Env::with_config("timezone = \"Asia/Tokyo\"\nplan = \"business-premium\"\n");
    let at = |h: u32| format!("2026-11-24T{:02}:00:00Z", h + 10);
    let id = env.open(&["--title", "Teams is slow", "--severity", "B"]).to_string();
    env.at(&at(1))
        .args(["update", &id, "--severity", "A", "--available-24x7", "true"])
        .assert()
        .code(0);
    env.at(&at(2)).args(["respond", &id]).assert().code(0);
    env.at(&at(3)).args(["close", &id]).assert().code(0);
    let r: common::RequestJson =
        common::typed(&env.json_at(&at(4), &["reopen", &id, "--severity", "B"]));
    assert_eq!(r.severity.as_deref(), Some("B"));
    for args in [&["list", "--json"][..], &["export", "--events"], &["sla", "--all"]] {
        env.at(&at(5)).args(args).assert().code(0);
    }
    let out = env.at(&at(5)).args(["show", &id, "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let shown: Shown = serde_json::from_slice(&out.stdout).unwrap();
    let data = |kind: &str| -> &Data {
        let e = shown.events.iter().find(|e| e.kind == kind).unwrap();
        e.data.as_ref().unwrap()
    };
    let opened = data("opened");
    assert_eq!(opened.availability, Some(change(None, "business-hours")));
    assert!(opened.response_clock.as_ref().is_some_and(|c| c.old.is_none() && c.new.is_some()));
    let reopened = data("reopened");
    assert_eq!(reopened.availability, Some(change(Some("24x7"), "business-hours")));
    // The clock is recorded where the reopen changed it (here both targets count round the
    // clock, and a change recorded nowhere stands in no event).
    let clock = |c: &Option<Change>| c.as_ref().and_then(|c| c.new.clone());
    assert_eq!(reopened.response_clock.as_ref().map(|c| &c.old), None);
    assert_eq!(clock(&opened.response_clock).as_deref(), Some("24x7"));
}
}
