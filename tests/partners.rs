//! Partners and roles: per-tenant plans, time zones and targets; partner confinement;
//! non-admins refused for every writing command; history kept across a plan change.

mod common;
use common::Env;

const CONFIG: &str = r#"
tenant = "contoso"
timezone = "Asia/Tokyo"
plan = "e3"

[tenants.fabrikam]
plan = "business-standard"
timezone = "Europe/Berlin"

[tenants.tailspin]
plan = "f3"
timezone = "America/New_York"

[tenants.woodgrove]
plan = "e5"
support_option = "premier"
timezone = "Australia/Lord_Howe"

[[admins]]
name = "alice"
role = "global"

[[admins]]
name = "pat"
role = "partner"
tenants = ["fabrikam"]
"#;

fn env() -> Env {
    Env::with_config(CONFIG)
}

#[test]
fn per_tenant_targets_in_their_own_zones() {
    let env = env();
    // contoso: enterprise, B next-day in Tokyo.
    let r = env.json(&[
        "open",
        "--title",
        "t",
        "--severity",
        "B",
        "--opened-at",
        "2026-11-23 10:00",
    ]);
    assert_eq!(
        (r["tenant"].as_str(), r["tier"].as_str()),
        (Some("contoso"), Some("enterprise"))
    );
    assert_eq!(r["response_due"], "2026-11-24T14:59:59Z");
    // fabrikam: business tier, B has no commitment, A is 1 h.
    let r = env.json(&[
        "open",
        "--tenant",
        "fabrikam",
        "--title",
        "t",
        "--severity",
        "B",
    ]);
    assert_eq!(
        (r["tier"].as_str(), r["response_target"].as_str()),
        (Some("business"), Some("none"))
    );
    assert_eq!(r["availability"], "business-hours");
    assert_eq!(r["sla_state"], "no-target");
    // tailspin: frontline, B next-day across New York's fall-back change:
    // Saturday 12:00 EDT → Sunday 23:59:59 EST = Monday 04:59:59Z.
    let r = env.json(&[
        "open",
        "--tenant",
        "tailspin",
        "--title",
        "t",
        "--severity",
        "B",
        "--opened-at",
        "2026-10-31 12:00",
    ]);
    assert_eq!(r["tier"], "frontline");
    assert_eq!(r["opened_at"], "2026-10-31T16:00:00Z");
    assert_eq!(r["response_due"], "2026-11-02T04:59:59Z");
    // woodgrove: premier lifts e5 to elevated: C is 4 h.
    let r = env.json(&[
        "open",
        "--tenant",
        "woodgrove",
        "--title",
        "t",
        "--severity",
        "C",
    ]);
    assert_eq!(
        (r["tier"].as_str(), r["response_target"].as_str()),
        (Some("elevated"), Some("4h"))
    );
    assert_eq!(r["response_due"], "2026-11-24T14:00:00Z");

    let t = env.json(&["tenants"]);
    let names: Vec<&str> = t
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["contoso", "fabrikam", "tailspin", "woodgrove"]);
    assert_eq!(t[0]["default"], true);
    assert_eq!(t[1]["tier"], "business");
    assert_eq!(t[1]["targets"]["B"]["response"], "none");
    assert_eq!(t[1]["admins"], serde_json::json!(["alice", "pat"]));
    assert_eq!(t[3]["tier"], "elevated");
    assert_eq!(t[3]["timezone"], "Australia/Lord_Howe");

    // list and sla across tenants, with a tenant filter.
    assert_eq!(
        env.run(
            &[
                "list",
                "--tenant",
                "fabrikam,tailspin",
                "--sort",
                "id",
                "-q"
            ],
            0
        ),
        "2\n3\n"
    );
    let out = env
        .cmd()
        .args(["sla", "--tenant", "woodgrove", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["requests"].as_array().unwrap().len(), 1);
    assert!(
        env.fail(&["list", "--tenant", "nope"], 2)
            .contains("unknown tenant 'nope'")
    );
    assert!(
        env.fail(&["sla", "--tenant", "nope"], 2)
            .contains("unknown tenant 'nope'")
    );
}

#[test]
fn partner_is_confined_to_delegating_tenants() {
    let env = env();
    let own = env
        .open(&[
            "--title",
            "t",
            "--severity",
            "A",
            "--tenant",
            "fabrikam",
            "--as",
            "pat",
        ])
        .to_string();
    let other = env.open(&["--title", "t", "--severity", "A"]).to_string(); // alice, contoso
    let err = env.fail(&["open", "--title", "t", "--as", "pat"], 4);
    assert!(err.contains("'pat'") && err.contains("'contoso'"), "{err}");
    for args in [vec!["respond", &other], vec!["close", &other]] {
        let mut a = args.clone();
        a.extend(["--as", "pat"]);
        let err = env.fail(&a, 4);
        assert!(
            err.contains("'pat'") && err.contains("'contoso'"),
            "{args:?}: {err}"
        );
    }
    env.run(&["close", &other], 0);
    assert!(
        env.fail(&["reopen", &other, "--as", "pat"], 4)
            .contains("'pat'")
    );
    // Its own tenant works end to end, and events record the actor.
    env.run(&["respond", &own, "--as", "pat"], 0);
    env.run(&["close", &own, "--as", "pat"], 0);
    env.run(&["reopen", &own, "--as", "pat"], 0);
    let show = env.json(&["show", &own]);
    assert!(
        show["events"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["actor"] == "pat")
    );
    assert_eq!(show["opened_by"], "pat");
}

#[test]
fn non_admins_are_refused_for_every_writing_command() {
    let env = env();
    let id = env.open(&["--title", "t", "--severity", "A"]).to_string();
    let closed = env.open(&["--title", "t", "--severity", "A"]).to_string();
    env.run(&["close", &closed], 0);
    let before = env.json(&["list", "--status", "all"]);
    for args in [
        vec!["open", "--title", "t"],
        vec!["respond", &id],
        vec!["close", &id],
        vec!["reopen", &closed],
    ] {
        let mut a = args.clone();
        a.extend(["--as", "eve"]);
        let err = env.fail(&a, 4);
        assert!(err.contains("'eve' is not an admin"), "{args:?}: {err}");
    }
    // The environment variable names the actor too.
    let out = env
        .cmd()
        .env("SVCREQ_ADMIN", "eve")
        .args(["close", &id])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let mut check = env.cmd();
    let out = check
        .args(["reopen", &closed, "--check", "--as", "eve"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(
        env.json(&["list", "--status", "all"]),
        before,
        "refusals wrote nothing"
    );
}

#[test]
fn without_admins_the_local_user_is_the_admin() {
    let env = Env::new(); // USER=alice in the harness
    env.open(&["--title", "t", "--severity", "C"]);
    assert!(
        env.fail(&["open", "--title", "t", "--as", "mallory"], 4)
            .contains("local user 'alice'")
    );
}

#[test]
fn history_is_kept_across_a_plan_change() {
    let env = env();
    let id = env
        .open(&["--title", "t", "--severity", "B", "--tenant", "fabrikam"])
        .to_string();
    std::fs::write(
        env.path("c.toml"),
        CONFIG.replace("plan = \"business-standard\"", "plan = \"e5\""),
    )
    .unwrap();
    let r = env.json(&["show", &id]);
    assert_eq!(
        (r["plan"].as_str(), r["tier"].as_str()),
        (Some("business-standard"), Some("business"))
    );
    assert_eq!(r["response_target"], "none");
    let text = env.run(&["show", &id, "--color", "never"], 0);
    assert!(text.contains("now in the enterprise tier"), "{text}");
    // A new request gets the new plan's target.
    let r = env.json(&[
        "open",
        "--title",
        "t",
        "--severity",
        "B",
        "--tenant",
        "fabrikam",
    ]);
    assert_eq!(
        (r["tier"].as_str(), r["response_target"].as_str()),
        (Some("enterprise"), Some("next-day"))
    );
    assert_eq!(r["response_due"], "2026-11-25T22:59:59Z"); // Berlin, CET
}
