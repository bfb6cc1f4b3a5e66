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

/// SPEC 1.7, 6: a request moved to a tenant the partner serves is shown to it only as it
/// stood in that tenant: at a `--now` before the move, when it was another tenant's, `show`
/// and `reopen --check` answer as for a request that does not exist (exit 5), as `list` at
/// that instant does not list it.
#[test]
fn a_request_is_shown_at_a_past_instant_only_to_who_may_see_its_tenant_then() {
    let env = env();
    env.open(&[
        "--title",
        "Mail down for the sales team",
        "--severity",
        "B",
        "--opened-at",
        "2026-11-20T00:00:00Z",
    ]);
    env.run(
        &[
            "update",
            "1",
            "--tenant",
            "fabrikam",
            "--at",
            "2026-11-20T01:00:00Z",
        ],
        0,
    );
    let missing = env.fail(&["show", "2", "--as", "pat"], 5);
    for args in [
        &["show", "1"][..],
        &["show", "1", "--json"],
        &["reopen", "1", "--check"],
    ] {
        let before = [args, &["--as", "pat", "--now", "2026-11-20T00:30:00Z"]].concat();
        let err = env.fail(&before, 5);
        assert_eq!(
            err.replace('1', "2"),
            missing,
            "{args:?}: told as a request that does not exist"
        );
        assert!(!err.contains("contoso"), "{args:?}: {err}");
    }
    let listed = env.run(
        &[
            "list",
            "--status",
            "all",
            "--format",
            "ids",
            "--as",
            "pat",
            "--now",
            "2026-11-20T00:30:00Z",
        ],
        0,
    );
    assert!(listed.trim().is_empty(), "{listed}");
    // After the move it is pat's, and shown.
    env.run(
        &["show", "1", "--as", "pat", "--now", "2026-11-20T01:30:00Z"],
        0,
    );
    env.run(
        &[
            "show",
            "1",
            "--as",
            "alice",
            "--now",
            "2026-11-20T00:30:00Z",
        ],
        0,
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

/// SPEC 1.7, 2: where admins are listed, every command that reads or writes the ledger
/// refuses an actor who is none of them (exit 4) before it looks anything up: a request
/// that exists and one that does not, a file to import that exists and one that does not,
/// a bad time, an unknown tenant, all answered alike, in one sentence naming the actor and
/// no tenant it did not type; nothing is written. `classify` and `rules` read no ledger
/// (only the text given and the rules) and stay open to anyone. On a team ledger the
/// admins are its rows (`db admins add`), and a login without one is refused alike; its
/// `db` commands are its owner's.
mod every_command_that_reads_or_writes_the_ledger_refuses_a_non_admin_before_it_looks_anything_up {
    use super::common::{self, Env, pg};

    const TENANTS: [&str; 4] = ["contoso", "fabrikam", "tailspin", "woodgrove"];

    /// Each command over the ledger as a non-admin might type it; `db`: the `db` commands.
    fn commands(rows: &str, missing: &str, copy_to: &str) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
        let v = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let ledger = vec![
            v(&["show", "1"]),
            v(&["show", "99"]),
            v(&["show", "1", "--now", "2026-11-24 10:00"]),
            v(&["show", "--case", "2611240010000001"]),
            v(&["note", "1", "hello"]),
            v(&["note", "99", "hello"]),
            v(&["respond", "1"]),
            v(&["respond", "1", "--correct", "--at", "2026-11-24 09:00"]),
            v(&["update", "1", "--owner", "x"]),
            v(&["update", "1", "--tenant", "fabrikam"]),
            v(&["close", "1"]),
            v(&["close", "2", "--correct", "--at", "2026-11-24 09:00"]),
            v(&["reopen", "1"]),
            v(&["reopen", "1", "--check"]),
            v(&["redact", "1", "--all"]),
            v(&["redact", "1"]),
            v(&["open", "--title", "t", "--severity", "B"]),
            v(&[
                "open",
                "--title",
                "t",
                "--severity",
                "B",
                "--tenant",
                "fabrikam",
            ]),
            v(&["open", "--title", "t"]),
            v(&["list"]),
            v(&["list", "--tenant", "nowhere"]),
            v(&["list", "--now", "2026-13-01"]),
            v(&["sla"]),
            v(&["sla", "--tenant", "tailspin"]),
            v(&["report"]),
            v(&["export"]),
            v(&["import", rows]),
            v(&["import", missing]),
            v(&["import", "--dry-run", rows]),
            v(&["tenants"]),
        ];
        let db = vec![
            v(&["db", "migrate"]),
            v(&["db", "init"]),
            v(&["db", "copy", "--from", rows, "--to", copy_to]),
        ];
        (ledger, db)
    }

    /// A refusal: exit 4, nothing on stdout, one sentence naming `who` (when given) and no
    /// tenant the command did not name.
    fn refused(out: &std::process::Output, args: &[String], who: Option<&str>) {
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(4), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        if let Some(who) = who {
            assert!(
                err.contains(&format!("'{who}' is not an admin")),
                "{args:?}: {err}"
            );
        }
        for tenant in TENANTS {
            assert!(
                args.iter().any(|a| a == tenant) || !err.contains(tenant),
                "{args:?}: names {tenant}: {err}"
            );
        }
    }

    #[test]
    fn sqlite() {
        let env = super::env();
        env.open(&["--title", "t", "--severity", "A"]);
        let closed = env.open(&["--title", "u", "--severity", "B", "--tenant", "fabrikam"]);
        env.run(&["close", &closed.to_string()], 0);
        let rows = env.path("rows.csv");
        std::fs::write(&rows, "title,severity\nMail down,B\n").unwrap();
        let copy_to = env.path("copy.db");
        let (ledger, db) = commands(
            rows.to_str().unwrap(),
            env.path("missing.csv").to_str().unwrap(),
            copy_to.to_str().unwrap(),
        );
        let before = env.run(&["export", "--as", "alice"], 0);
        for args in ledger.iter().chain(&db) {
            for who in ["mallory", "eve"] {
                let out = env.cmd().args(args).args(["--as", who]).output().unwrap();
                refused(&out, args, Some(who));
            }
            // The actor named by SVCREQ_ADMIN is refused alike.
            let out = env
                .cmd()
                .env("SVCREQ_ADMIN", "mallory")
                .args(args)
                .output()
                .unwrap();
            refused(&out, args, Some("mallory"));
        }
        assert_eq!(
            env.run(&["export", "--as", "alice"], 0),
            before,
            "nothing written"
        );
        assert!(!copy_to.exists());
        // `classify` and `rules` read no ledger: anyone may ask them.
        for args in [
            &["classify", "Exchange Online is down for everyone"][..],
            &["rules"],
            &["rules", "--json"],
        ] {
            let out = env
                .cmd()
                .args(args)
                .args(["--as", "mallory"])
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(0), "{args:?}");
        }
    }

    #[test]
    fn pg() {
        common::on_pg(|| {
            let env = Env::with_config("");
            let url = env.db().to_string_lossy().into_owned();
            let mut c = pg::cluster().unwrap().connect(&url);
            let mut role = |stem: &str| {
                let name = format!("{stem}_{}", std::process::id());
                c.batch_execute(&format!(
                    "DO $$ BEGIN CREATE ROLE {name} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"
                ))
                .unwrap();
                name
            };
            let carol = role("carol_adm");
            let mallory = role("mallory_adm");
            let team = env.path("team.toml");
            let config = super::CONFIG.split("[[admins]]").next().unwrap();
            std::fs::write(&team, config).unwrap();
            env.run(&["db", "config", "push", team.to_str().unwrap()], 0);
            env.run(&["db", "admins", "add", &carol, "--role", "global"], 0);
            let as_carol = std::path::PathBuf::from(pg::as_user(&url, &carol));
            for tenant in ["contoso", "fabrikam"] {
                let out = env
                    .on(&as_carol)
                    .args([
                        "open",
                        "-q",
                        "--title",
                        "t",
                        "--severity",
                        "B",
                        "--tenant",
                        tenant,
                    ])
                    .output()
                    .unwrap();
                assert_eq!(
                    out.status.code(),
                    Some(0),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
            let rows = env.path("rows.csv");
            std::fs::write(&rows, "title,severity\nMail down,B\n").unwrap();
            let copy_to = env.path("copy.db");
            let (ledger, db) = commands(
                rows.to_str().unwrap(),
                env.path("missing.csv").to_str().unwrap(),
                copy_to.to_str().unwrap(),
            );
            let as_mallory = std::path::PathBuf::from(pg::as_user(&url, &mallory));
            for args in &ledger {
                let out = env.on(&as_mallory).args(args).output().unwrap();
                refused(&out, args, Some(&mallory));
            }
            // The team ledger's `db` commands are its owner's: refused alike, naming no
            // tenant.
            for args in &db[..2] {
                let out = env.on(&as_mallory).args(args).output().unwrap();
                refused(&out, args, None);
            }
            assert_eq!(env.count(), 2, "nothing written");
        });
    }
}

/// SPEC 1.7: after `until` a partner can neither act nor read, and `show` of a request of a
/// tenant it served is refused (exit 4) naming the day the delegation ended, in the sentence
/// `list --tenant` of that tenant gives, not answered as a request that does not exist; a
/// request of a tenant it never served still answers as one that does not exist (exit 5)
/// while it may read another. Judged at `--now`, a local one read in the request's zone.
#[test]
fn a_partner_whose_delegation_ended_is_refused_show_naming_its_last_day() {
    let env = Env::with_config(&CONFIG.replace(
        "tenants = [\"fabrikam\"]",
        "tenants = [\"fabrikam\", \"contoso\"]\nuntil = \"2026-11-24\"",
    ));
    let contoso = env.open(&["--title", "t", "--severity", "B"]).to_string();
    let fabrikam = env
        .open(&["--title", "t", "--severity", "B", "--tenant", "fabrikam"])
        .to_string();
    let tailspin = env
        .open(&["--title", "t", "--severity", "B", "--tenant", "tailspin"])
        .to_string();
    let run = |now: &str, args: &[&str]| {
        let out = env
            .at(now)
            .args(args)
            .args(["--as", "pat"])
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    // 2026-11-24T20:00Z: the 25th has begun in Tokyo (contoso), not in Berlin (fabrikam).
    let half = "2026-11-24T20:00:00Z";
    let (code, listed) = run(half, &["list", "--tenant", "contoso"]);
    assert_eq!(code, Some(4), "{listed}");
    assert!(listed.contains("2026-11-24"), "{listed}");
    for args in [
        &["show", contoso.as_str()][..],
        &["show", &contoso, "--json"],
        &["reopen", &contoso, "--check"],
    ] {
        assert_eq!(run(half, args), (Some(4), listed.clone()), "{args:?}");
    }
    assert_eq!(run(half, &["show", &fabrikam]).0, Some(0));
    assert_eq!(run(half, &["show", &tailspin]).0, Some(5));
    // A local --now is read in the request's zone, and the delegation judged then.
    let out = env
        .bare()
        .arg("--db")
        .arg(env.db())
        .arg("--config")
        .arg(env.path("c.toml"))
        .args(["show", &contoso, "--now", "2026-11-25 05:00", "--as", "pat"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(String::from_utf8_lossy(&out.stderr), listed);
    // Once it has ended in every zone, nothing is read: refused before anything is looked
    // up, a request that exists or not, naming the last day.
    let over = "2026-11-25T12:00:00Z";
    for id in [contoso.as_str(), &fabrikam, &tailspin, "99"] {
        let (code, err) = run(over, &["show", id]);
        assert_eq!(code, Some(4), "{id}: {err}");
        assert!(err.contains("2026-11-24"), "{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    }
}

/// The partners' config with a global reader (`ci`), a partner whose delegation ended on
/// 2026-11-20 (`gone`), a helpdesk admin limited to one tenant (`desk`), and a partner of
/// the same two tenants as `gone` whose delegation runs (`duo`).
fn with_readers_and_ended_partners() -> Env {
    Env::with_config(&format!(
        "{CONFIG}
[[admins]]
name = \"ci\"
role = \"global-reader\"

[[admins]]
name = \"gone\"
role = \"partner\"
tenants = [\"fabrikam\", \"tailspin\"]
until = \"2026-11-20\"

[[admins]]
name = \"desk\"
role = \"helpdesk\"
tenants = [\"contoso\"]

[[admins]]
name = \"duo\"
role = \"partner\"
tenants = [\"fabrikam\", \"tailspin\"]
"
    ))
}

/// SPEC 1.7, 8: a ledger's schema is created (`db init`, and `db copy`, which creates its
/// destination from every tenant's requests) and upgraded (`db migrate`) only by an admin
/// who may manage every tenant's requests, as a team ledger's are by its owner. A global
/// reader, a partner (its delegation ended or not) and an admin limited to some tenants are
/// refused with exit 4 in one sentence that names no tenant, before anything is created or
/// changed: no new file, the schema version as it was, no copy. A global admin does each.
#[test]
fn only_an_admin_of_every_tenant_who_may_manage_creates_or_changes_a_ledger_schema() {
    let env = with_readers_and_ended_partners();
    env.open(&["--title", "t", "--severity", "B"]);
    // As schema 6 left it (the count of requests where schema 7 keeps their set, and none
    // of the rows schema 8 adds).
    let c = rusqlite::Connection::open(env.db()).unwrap();
    c.execute_batch(
        "PRAGMA user_version = 6; \
         UPDATE ledger_seals SET value = (SELECT count(*) FROM requests) WHERE name = 'requests'; \
         DELETE FROM ledger_seals WHERE name IN ('count', 'first', 'last', 'bounds');",
    )
    .unwrap();
    let version = || -> i64 {
        c.query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap()
    };
    let (fresh, copy) = (env.path("fresh.db"), env.path("copy.db"));
    let (db, fresh_s, copy_s) = (
        env.db().to_str().unwrap().to_string(),
        fresh.to_str().unwrap().to_string(),
        copy.to_str().unwrap().to_string(),
    );
    let cmd = || {
        let mut c = env.bare();
        c.arg("--config")
            .arg(env.path("c.toml"))
            .args(["--now", "2026-11-24T10:00:00Z"]);
        c
    };
    let commands: [Vec<&str>; 3] = [
        vec!["--db", &fresh_s, "db", "init"],
        vec!["--db", &db, "db", "migrate"],
        vec!["db", "copy", "--from", &db, "--to", &copy_s],
    ];
    for who in ["ci", "gone", "pat", "desk", "duo"] {
        for args in &commands {
            let out = cmd().args(args).args(["--as", who]).output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(4), "{who} {args:?}: {err}");
            assert_eq!(err.trim_end().lines().count(), 1, "{err}");
            assert!(err.contains(&format!("'{who}'")), "{err}");
            // A copy tells a partner which of its own tenants it may export instead, and
            // one whose delegation ended its last day (partners::a_partner_may_not_copy_*).
            let command = args[args.iter().position(|a| *a == "db").unwrap() + 1];
            if command != "copy" || who == "ci" {
                assert!(err.contains(&format!("db {command}")), "{err}");
                for tenant in ["contoso", "fabrikam", "tailspin", "woodgrove"] {
                    assert!(
                        !err.contains(tenant),
                        "{who} {args:?}: names {tenant}: {err}"
                    );
                }
            }
            assert!(out.stdout.is_empty());
            assert!(
                !fresh.exists() && !copy.exists(),
                "{who} {args:?}: nothing created"
            );
            assert_eq!(version(), 6, "{who} {args:?}: nothing upgraded");
        }
    }
    for args in &commands {
        let out = cmd().args(args).args(["--as", "alice"]).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(fresh.exists() && copy.exists());
    assert_eq!(version(), 8);
    env.run(&["sla", "--all", "--fail-on", "never", "--as", "alice"], 0);
}

/// SPEC 1.7 before SPEC 2: who may act is judged before a local `--now` is read in the
/// zones of the tenants it is about. A partner whose delegation has ended, across tenants
/// in several zones, is refused (exit 4, naming its last day) by every command over its
/// tenants, not asked for an offset (exit 2); so is a tenant named that it does not serve,
/// and a global reader running a command that files requests. An admin who may act is
/// still asked for an offset where the zones disagree, and a partner serving several
/// tenants is asked to name one for a command about one tenant.
#[test]
fn who_may_act_is_judged_before_a_local_now_is_read_in_several_zones() {
    let env = with_readers_and_ended_partners();
    env.open(&["--title", "t", "--severity", "B", "--tenant", "fabrikam"]);
    let rows = env.path("rows.jsonl");
    std::fs::write(
        &rows,
        "{\"title\":\"x\",\"severity\":\"B\",\"tenant\":\"fabrikam\"}\n",
    )
    .unwrap();
    let rows = rows.to_str().unwrap();
    let local = "2026-11-24 10:00";
    let run = |args: &[&str], who: &str| {
        let out = env
            .bare()
            .arg("--db")
            .arg(env.db())
            .arg("--config")
            .arg(env.path("c.toml"))
            .args(args)
            .args(["--now", local, "--as", who])
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let over_every_tenant: [&[&str]; 6] = [
        &["list"],
        &["sla"],
        &["sla", "--all", "--format", "json"],
        &["report"],
        &["export"],
        &["import", rows],
    ];
    for args in over_every_tenant {
        let (code, err) = run(args, "gone");
        assert_eq!(code, Some(4), "{args:?}: {err}");
        assert!(
            err.contains("2026-11-20") && !err.contains("offset"),
            "{args:?}: {err}"
        );
        let (code, err) = run(
            &[args, &["--tenant", "fabrikam", "--tenant", "tailspin"]].concat()[..],
            "gone",
        );
        if args[0] != "import" {
            assert_eq!(code, Some(4), "{args:?} --tenant: {err}");
            assert!(err.contains("2026-11-20"), "{args:?}: {err}");
        } else {
            assert_eq!(code, Some(2), "import takes no --tenant: {err}");
        }
        // A delegation running, across the same two zones: asked for an offset.
        let (code, err) = run(args, "duo");
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(err.contains("offset"), "{err}");
    }
    // A tenant it does not serve, among its own in other zones.
    for args in [
        &["sla", "--tenant", "contoso", "--tenant", "fabrikam"][..],
        &["list", "--tenant", "woodgrove", "--tenant", "fabrikam"],
    ] {
        let (code, err) = run(args, "pat");
        assert_eq!(code, Some(4), "{args:?}: {err}");
        assert!(!err.contains("offset"), "{err}");
    }
    // So is a local --since or --until, read in the same zones.
    for since in [&["--since", local][..], &["--until", local]] {
        let out = env
            .bare()
            .arg("--db")
            .arg(env.db())
            .arg("--config")
            .arg(env.path("c.toml"))
            .args(["list", "--now", "2026-11-24T10:00:00Z", "--as", "gone"])
            .args(since)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(4), "{since:?}: {err}");
        assert!(err.contains("2026-11-20"), "{err}");
    }
    // A reader may not file requests, whatever the time.
    let (code, err) = run(&["import", rows], "ci");
    assert_eq!(code, Some(4), "{err}");
    assert!(
        err.contains("'ci'") && err.contains("global-reader"),
        "{err}"
    );
    // Who may act is asked for an offset.
    for who in ["alice", "ci"] {
        let (code, err) = run(&["sla"], who);
        assert_eq!(code, Some(2), "{who}: {err}");
        assert!(err.contains("offset"), "{err}");
    }
    let (code, err) = run(&["import", rows], "alice");
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("offset"), "{err}");
    // A command about one tenant, given none by a partner serving two in different zones:
    // the tenant decides the zone, so it is asked to name one, not to give an offset.
    for args in [
        &["open", "--title", "OneDrive sync broken for one user"][..],
        &[
            "open",
            "--title",
            "x",
            "--severity",
            "C",
            "--opened-at",
            local,
        ],
        &["classify", "Teams is down for everyone"],
    ] {
        let (code, err) = run(args, "duo");
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(
            err.contains("--tenant") && !err.contains("offset"),
            "{args:?}: {err}"
        );
        let (code, err) = run(&[args, &["--tenant", "tailspin"]].concat()[..], "duo");
        assert_eq!(code, Some(0), "{args:?} --tenant: {err}");
    }
}
