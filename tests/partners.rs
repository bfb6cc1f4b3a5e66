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
    // Without --tenant a partner files for its own tenant, never for the config's default
    // (contoso), which it may not see.
    let filed: serde_json::Value = serde_json::from_str(&env.run(
        &[
            "open",
            "--title",
            "t",
            "--severity",
            "B",
            "--as",
            "pat",
            "--json",
        ],
        0,
    ))
    .unwrap();
    assert_eq!(filed["tenant"], "fabrikam");
    let filed = filed["id"].to_string();
    // Another tenant's request answers as one that does not exist (SPEC 1.7): nothing leaks.
    for args in [
        vec!["respond", &other],
        vec!["close", &other],
        vec!["show", &other],
        vec!["reopen", &other, "--check"],
    ] {
        let mut a = args.clone();
        a.extend(["--as", "pat"]);
        let err = env.fail(&a, 5);
        assert!(err.contains("no such request"), "{args:?}: {err}");
    }
    env.run(&["close", &other], 0);
    env.fail(&["reopen", &other, "--as", "pat"], 5);
    // Read commands leave the other tenants out.
    for args in [
        vec!["list", "--status", "all", "--format", "ids"],
        vec!["sla", "--all", "-q", "--fail-on", "never"],
    ] {
        let mut a = args.clone();
        a.extend(["--as", "pat"]);
        let shown = env.run(&a, 0);
        assert!(
            !shown.lines().any(|l| l.trim() == other),
            "{args:?}: {shown}"
        );
    }
    let listed = env.run(
        &["list", "--status", "all", "--format", "ids", "--as", "pat"],
        0,
    );
    assert_eq!(listed.trim(), format!("{own}\n{filed}"));
    let exported = env.run(&["export", "--as", "pat"], 0);
    assert_eq!(exported.lines().count(), 2, "{exported}");
    assert!(!exported.contains("\"tenant\":\"contoso\""), "{exported}");
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

/// SPEC 1.7 ("so nothing leaks"): a tenant a partner does not serve, named to any read
/// command, is refused alike (exit 4, one sentence naming the partner and the tenant), never
/// answered with an empty list; `tenants` shows a partner its own tenants only; and a ledger
/// whose requests a partner may not see is not said to hold no requests.
#[test]
fn a_tenant_a_partner_does_not_serve_is_refused_by_every_read_command_alike() {
    let env = env();
    env.open(&["--title", "contoso's", "--severity", "B"]);
    for args in [
        &["list", "--tenant", "contoso"][..],
        &["list", "--tenant", "fabrikam", "--tenant", "contoso"],
        &["sla", "--tenant", "contoso"],
        &["export", "--tenant", "contoso"],
        &["report", "--tenant", "contoso"],
    ] {
        let err = env.fail(&[args, &["--as", "pat"]].concat(), 4);
        assert!(
            err.contains("'pat'") && err.contains("'contoso'") && err.lines().count() == 1,
            "{args:?}: {err}"
        );
    }
    // Its own tenant, asked for by name, is answered.
    env.run(&["list", "--tenant", "fabrikam", "--as", "pat"], 0);
    #[derive(serde::Deserialize)]
    struct Tenant {
        name: String,
        admins: Vec<String>,
    }
    let tenants: Vec<Tenant> =
        serde_json::from_str(&env.run(&["tenants", "--json", "--as", "pat"], 0)).unwrap();
    assert_eq!(
        tenants.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(),
        ["fabrikam"]
    );
    // Itself among the admins, not the others (alice serves every tenant).
    assert_eq!(tenants[0].admins, ["pat"]);
    let csv = env.run(&["tenants", "--format", "csv", "--as", "pat"], 0);
    assert!(!csv.contains("alice"), "{csv}");
    let all: Vec<Tenant> =
        serde_json::from_str(&env.run(&["tenants", "--json", "--as", "alice"], 0)).unwrap();
    assert_eq!(all.len(), 4);
    // Its table gives its own tenant's targets (fabrikam, business: B and C no commitment),
    // not those of the row the table would have held with every tenant shown.
    let table = env.run(&["tenants", "--as", "pat", "--color", "never"], 0);
    let row = table.lines().find(|l| l.contains("fabrikam")).unwrap();
    assert!(
        !table.contains("contoso") && row.contains("business") && !row.contains("next-day"),
        "{table}"
    );
    // The ledger holds contoso's request: pat sees none of it, and is not told it is empty.
    let out = env.cmd().args(["list", "--as", "pat"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no requests match") && !err.contains("no requests yet"),
        "{err}"
    );
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

/// SPEC 1.7, 2: an actor who is not an admin where admins are listed is refused for who it
/// is (exit 4) before anything else is said about the tenants: a local `--now` or `--since`
/// that names different instants in the tenants' zones is read in the default tenant's
/// zone for it, so no message names a tenant (the refusal, not exit 2 listing them), for
/// every command over every tenant and one naming tenants.
#[test]
fn a_non_admin_is_refused_for_who_it_is_before_any_message_names_a_tenant() {
    let env = env();
    env.open(&["--title", "t", "--severity", "A"]);
    for args in [
        &["list", "--now", "2026-11-24 10:00"][..],
        &["sla", "--now", "2026-11-24 10:00"],
        &["report", "--now", "2026-11-24 10:00"],
        &["export", "--now", "2026-11-24 10:00"],
        &[
            "list",
            "--now",
            "2026-11-24T10:00:00Z",
            "--since",
            "2026-11-24 09:00",
        ],
        &[
            "sla",
            "--now",
            "2026-11-24 10:00",
            "--tenant",
            "fabrikam",
            "--tenant",
            "tailspin",
        ],
    ] {
        for who in ["mallory", "eve"] {
            let out = env
                .bare()
                .arg("--db")
                .arg(env.db())
                .arg("--config")
                .arg(env.path("c.toml"))
                .args(args)
                .args(["--as", who])
                .output()
                .unwrap();
            let err = String::from_utf8(out.stderr).unwrap();
            assert_eq!(out.status.code(), Some(4), "{args:?}: {err}");
            assert!(
                err.contains(&format!("'{who}' is not an admin")),
                "{args:?}: {err}"
            );
            // A tenant the command names may be said back; no other.
            for tenant in ["contoso", "fabrikam", "tailspin", "woodgrove"] {
                let named = args.contains(&tenant);
                assert!(
                    named || !err.contains(tenant),
                    "{args:?}: names {tenant}: {err}"
                );
            }
        }
    }
    // An admin is still asked for an offset where the zones disagree.
    let err = env.fail(&["sla", "--now", "2026-11-24 10:00", "--as", "alice"], 2);
    assert!(err.contains("offset"), "{err}");
}

#[test]
fn with_no_admins_listed_nobody_is_refused_for_who_they_are() {
    // SPEC 1.7: the actor is --as, else the config's admin, else the login name.
    let env = Env::with_config("admin = \"tanaka\"\n"); // USER=alice in the harness
    let r = env.json(&["open", "--title", "t", "--severity", "C"]);
    assert_eq!(r["opened_by"], "tanaka");
    let r = env.json(&["open", "--title", "t", "--severity", "C", "--as", "mallory"]);
    assert_eq!(r["opened_by"], "mallory");
    let bare = Env::new();
    let r = bare.json(&["open", "--title", "t", "--severity", "C"]);
    assert_eq!(r["opened_by"], "alice");
}

#[test]
fn the_login_name_comes_from_the_os_account_when_user_is_unset() {
    let env = Env::new();
    let out = env
        .cmd()
        .env_remove("USER")
        .args(["open", "--title", "t", "--severity", "C", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let name = r["opened_by"].as_str().unwrap();
    assert_ne!(name, "unknown");
    // The account running the tests, as the password database names it.
    let id = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    assert_eq!(name, String::from_utf8_lossy(&id.stdout).trim());
}

#[test]
fn a_global_reader_may_read_but_not_act() {
    let env = Env::with_config(
        "[[admins]]\nname = \"alice\"\nrole = \"service-support\"\n[[admins]]\nname = \"ci\"\nrole = \"global-reader\"\n",
    );
    let id = env
        .open(&[
            "--title",
            "t",
            "--severity",
            "A",
            "--opened-at",
            "2026-11-24T08:00:00Z",
        ])
        .to_string();
    let out = env.cmd().args(["sla", "--as", "ci"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3), "the reader runs the CI check");
    env.run(&["show", &id, "--as", "ci"], 0);
    for args in [
        vec!["open", "--title", "t", "--as", "ci"],
        vec!["respond", &id, "--as", "ci"],
        vec!["close", &id, "--as", "ci"],
    ] {
        let err = env.fail(&args, 4);
        assert!(err.contains("may only read"), "{args:?}: {err}");
    }
}

#[test]
fn a_partner_delegation_ends_when_the_day_after_until_begins_in_the_tenant_zone() {
    let env = Env::with_config(
        "tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n[[admins]]\nname = \"alice\"\nrole = \"global\"\n[[admins]]\nname = \"pat\"\nrole = \"partner\"\ntenants = [\"contoso\"]\nuntil = \"2026-11-24\"\n",
    );
    // 2026-11-24 ends at 2026-11-25 00:00 JST = 2026-11-24T15:00:00Z.
    let last = "2026-11-24T14:59:59Z";
    let after = "2026-11-24T15:00:00Z";
    let out = env
        .at(last)
        .args([
            "open",
            "-q",
            "--title",
            "t",
            "--severity",
            "B",
            "--as",
            "pat",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let id = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let out = env
        .at(after)
        .args(["respond", &id, "--as", "pat"])
        .output()
        .unwrap();
    assert_ne!(
        out.status.code(),
        Some(0),
        "no action after the delegation ends"
    );
    // Nor any read: refused (exit 4) in one sentence naming the last day, whatever the
    // format, rather than an empty ledger.
    for args in [
        &["list", "--as", "pat"][..],
        &["list", "--status", "all", "--format", "ids", "--as", "pat"],
        &["list", "--json", "--as", "pat"],
        &["sla", "--as", "pat"],
        &["show", &id, "--as", "pat"],
    ] {
        let out = env.at(after).args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(4), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(
            err.starts_with("svcreq: ")
                && err.contains("2026-11-24")
                && !err.contains("no requests yet"),
            "{err}"
        );
    }
    // An action before the end, recorded later with --at, is judged at its own time... but a
    // partner whose delegation has ended cannot record anything any more.
    let out = env
        .at(after)
        .args(["respond", &id, "--at", last, "--as", "pat"])
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
    // alice still can.
    let out = env
        .at(after)
        .args(["respond", &id, "--as", "alice"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
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

/// SPEC 1.7 ("so nothing leaks"): where no tenant is named and the config's default is one a
/// partner does not serve, a partner serving several is asked to name one of its own (exit
/// 2), never shown or told of the default.
#[test]
fn a_partner_serving_several_tenants_is_asked_to_name_one_never_shown_the_default() {
    let env = Env::with_config(&format!(
        "{CONFIG}\n[[admins]]\nname = \"quinn\"\nrole = \"partner\"\ntenants = [\"fabrikam\", \"tailspin\"]\n"
    ));
    for args in [
        vec!["rules"],
        vec!["classify", "Mail is down for everyone"],
        vec!["open", "--title", "t", "--severity", "B"],
    ] {
        let mut a = args.clone();
        a.extend(["--as", "quinn"]);
        let err = env.fail(&a, 2);
        assert!(
            err.contains("fabrikam") && err.contains("tailspin") && !err.contains("contoso"),
            "{args:?}: {err}"
        );
    }
    env.run(&["rules", "--tenant", "tailspin", "--as", "quinn"], 0);
}

/// SPEC 1.7: `db copy` copies every tenant of a ledger, so from a file, where nothing but
/// svcreq confines a partner to its tenants, a partner is refused it (exit 4, one
/// sentence naming its tenants and the way to move them: export --tenant and import),
/// as export refuses it another tenant; nothing is created. A global admin copies.
#[test]
fn a_partner_may_not_copy_a_whole_ledger_of_other_tenants() {
    let env = env();
    env.open(&["--title", "contoso's", "--severity", "B"]);
    let (from, to) = (env.db(), env.path("copy.db"));
    let copy = |actor: &str| {
        let (from, to) = (from.to_str().unwrap(), to.to_str().unwrap());
        ["db", "copy", "--from", from, "--to", to, "--as", actor].map(str::to_string)
    };
    let args = copy("pat");
    let err = env.fail(&args.each_ref().map(String::as_str), 4);
    assert!(
        err.contains("'pat'")
            && err.contains("fabrikam")
            && err.contains("export --tenant")
            && !err.contains("contoso")
            && err.lines().count() == 1,
        "{err}"
    );
    assert!(!to.exists(), "nothing created");
    let args = copy("alice");
    env.run(&args.each_ref().map(String::as_str), 0);
    assert!(to.exists());
}
