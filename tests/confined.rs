//! A partner on the team ledger behaves as on a file ledger (SPEC 1.7, 8): the same answer
//! for a tenant it does not serve, whether that tenant exists or not, and the same global
//! defaults (the zone `--now` is read in). Each test runs on both backends: on SQLite the
//! admins are the config's `[[admins]]` and the actor is `--as`; on PostgreSQL the same
//! config is pushed with `db config push` and the actor is the database role.

mod common;
use common::{Env, is_pg, pg};
use std::process::Output;
use std::sync::atomic::{AtomicUsize, Ordering};

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// A ledger whose team is alice (every tenant), pat (a partner of fabrikam) and sam (a
/// partner of fabrikam and northwind), with the default tenant contoso in Tokyo, fabrikam
/// in Berlin and northwind in New York.
struct Twin {
    env: Env,
    alice: String,
    pat: String,
    sam: String,
}

fn config(alice: &str, pat: &str, sam: &str) -> String {
    format!(
        "tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n\
         [tenants.fabrikam]\nplan = \"e5\"\ntimezone = \"Europe/Berlin\"\n\
         [tenants.northwind]\nplan = \"e5\"\ntimezone = \"America/New_York\"\n\
         [[admins]]\nname = \"{alice}\"\nrole = \"global\"\n\
         [[admins]]\nname = \"{pat}\"\nrole = \"partner\"\ntenants = [\"fabrikam\"]\n\
         [[admins]]\nname = \"{sam}\"\nrole = \"partner\"\n\
         tenants = [\"fabrikam\", \"northwind\"]\n"
    )
}

fn twin() -> Twin {
    if !is_pg() {
        let env = Env::with_config(&config("alice", "pat", "sam"));
        return Twin {
            env,
            alice: "alice".into(),
            pat: "pat".into(),
            sam: "sam".into(),
        };
    }
    // On PostgreSQL the local config says nothing; the team's is pushed into the ledger.
    let env = Env::new();
    let cluster = pg::cluster().unwrap();
    let url = env.url.clone().unwrap();
    let mut c = cluster.connect(&url);
    let n = NEXT.fetch_add(1, Ordering::SeqCst);
    let (alice, pat, sam) = (
        format!("alice_c{}_{n}", std::process::id()),
        format!("pat_c{}_{n}", std::process::id()),
        format!("sam_c{}_{n}", std::process::id()),
    );
    c.batch_execute(&format!(
        "CREATE ROLE {alice} LOGIN; CREATE ROLE {pat} LOGIN; CREATE ROLE {sam} LOGIN"
    ))
    .unwrap();
    let team = env.path("team.toml");
    std::fs::write(&team, config(&alice, &pat, &sam)).unwrap();
    env.cmd()
        .args(["db", "config", "push", team.to_str().unwrap()])
        .assert()
        .success();
    Twin {
        env,
        alice,
        pat,
        sam,
    }
}

impl Twin {
    /// svcreq as `who`, with --now `now`.
    fn run_at(&self, who: &str, now: &str, args: &[&str]) -> Output {
        let mut c = if is_pg() {
            let url = pg::as_user(self.env.url.as_ref().unwrap(), who);
            self.env.on_at(std::path::Path::new(&url), now)
        } else {
            let mut c = self.env.at(now);
            c.args(["--as", who]);
            c
        };
        c.args(args).output().unwrap()
    }

    fn run(&self, who: &str, args: &[&str]) -> Output {
        self.run_at(who, common::NOW, args)
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).trim().to_string()
}

#[derive(serde::Deserialize)]
struct Listed {
    tenant: String,
}

#[derive(serde::Deserialize)]
struct Opened {
    tenant: String,
    opened_at: String,
}

both_backends! {
    /// Any command naming a tenant the partner does not serve (`open`, `report`, `list`,
    /// `sla`, `export`): refused (exit 4), the tenant said not to have delegated to it, with
    /// the tenants its delegation covers, alike for a real and a made-up tenant (SPEC 1.7:
    /// never an empty answer that differs by command).
    #[test]
    fn a_partner_naming_a_tenant_it_does_not_serve_is_answered_as_on_a_file() {
        let t = twin();
        for tenant in ["contoso", "fabrikam"] {
            let o = t.run(&t.alice, &["open", "--title", "Mail down", "--severity", "B",
                "--tenant", tenant]);
            assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        }
        // A made-up tenant is answered as a real one, on a file as on the team ledger: the
        // partner learns nothing of which other tenants exist.
        let tenants: &[&str] = &["contoso", "nosuchtenant"];
        for &tenant in tenants {
            for cmd in [
                vec!["open", "--title", "t", "--severity", "B", "--tenant", tenant],
                vec!["report", "--tenant", tenant],
                vec!["list", "--json", "--tenant", tenant],
                vec!["sla", "--json", "--tenant", tenant],
                vec!["export", "--tenant", tenant],
            ] {
                let o = t.run(&t.pat, &cmd);
                assert_eq!(o.status.code(), Some(4), "{cmd:?}: {}", stderr(&o));
                assert_eq!(
                    stderr(&o),
                    format!(
                        "svcreq: tenant '{tenant}' has not delegated to partner '{}': its delegation covers only fabrikam",
                        t.pat
                    ),
                    "{cmd:?}"
                );
            }
        }
        // Its own tenant it lists as before.
        let o = t.run(&t.pat, &["list", "--json", "--tenant", "fabrikam"]);
        let rows: Vec<Listed> = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(rows.iter().map(|r| r.tenant.as_str()).collect::<Vec<_>>(), ["fabrikam"]);
    }

    /// `--now` without an offset is read in the zone of the tenant the command names
    /// (fabrikam's, Berlin; SPEC 2) for a partner as for everyone: the partner gets the
    /// team's rule unchanged.
    #[test]
    fn a_partners_now_without_an_offset_is_read_as_everyones_in_the_named_tenants_zone() {
        let t = twin();
        for who in [t.alice.clone(), t.pat.clone()] {
            let o = t.run_at(&who, "2026-11-24 12:00", &["open", "--title", "t", "--severity",
                "B", "--tenant", "fabrikam", "--json"]);
            assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
            let r: Opened = serde_json::from_slice(&o.stdout).unwrap();
            assert_eq!(r.tenant, "fabrikam");
            assert_eq!(r.opened_at, "2026-11-24T11:00:00Z", "{who}");
        }
    }

    /// Every command that takes a tenant (`--tenant` on open, list, sla, report, export,
    /// rules, rules --calendar and classify; `--case` with `--tenant`; `update --tenant`;
    /// an imported row's `tenant`) judges it alike for a confined actor (SPEC 1.7): a tenant
    /// the partner does not serve, real or made up, is refused with exit 4 in the one
    /// sentence, and nothing it is shown names another tenant, with or without `--tenant`.
    #[test]
    fn every_command_that_takes_a_tenant_judges_it_alike_for_a_confined_actor() {
        let t = twin();
        let o = t.run(&t.alice, &["open", "--title", "Mail down", "--severity", "B",
            "--case-number", "2611240010000001"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let o = t.run(&t.alice, &["open", "--title", "Sync slow", "--severity", "B",
            "--tenant", "fabrikam", "-q"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let own = String::from_utf8_lossy(&o.stdout).trim().to_string();
        let rows = t.env.path("rows.csv");
        for tenant in ["contoso", "nosuchtenant"] {
            std::fs::write(&rows, format!("title,tenant\nLate mail,{tenant}\n")).unwrap();
            for cmd in [
                vec!["open", "--title", "t", "--severity", "B", "--tenant", tenant],
                vec!["list", "--tenant", tenant],
                vec!["sla", "--tenant", tenant],
                vec!["report", "--tenant", tenant],
                vec!["export", "--tenant", tenant],
                vec!["rules", "--tenant", tenant],
                vec!["rules", "--calendar", "--tenant", tenant],
                vec!["classify", "--tenant", tenant, "Mail is down for everyone"],
                vec!["show", "--case", "2611240010000001", "--tenant", tenant],
                vec!["respond", "--case", "2611240010000001", "--tenant", tenant],
                vec!["update", &own, "--tenant", tenant],
                vec!["import", rows.to_str().unwrap()],
            ] {
                let o = t.run(&t.pat, &cmd);
                assert_eq!(o.status.code(), Some(4), "{cmd:?}: {}", stderr(&o));
                let sentence = format!(
                    "tenant '{tenant}' has not delegated to partner '{}': its delegation covers only fabrikam",
                    t.pat
                );
                assert!(
                    stderr(&o).starts_with("svcreq: ") && stderr(&o).contains(&sentence)
                        && stderr(&o).lines().count() == 1,
                    "{cmd:?}: {}",
                    stderr(&o)
                );
            }
        }
        // Without --tenant, what it is shown is its own tenant's, never the config's default.
        for cmd in [
            vec!["rules", "--color", "never"],
            vec!["rules", "--calendar", "--color", "never"],
            vec!["classify", "Mail is down for everyone"],
        ] {
            let o = t.run(&t.pat, &cmd);
            assert_eq!(o.status.code(), Some(0), "{cmd:?}: {}", stderr(&o));
            let out = String::from_utf8_lossy(&o.stdout);
            assert!(out.contains("fabrikam") && !out.contains("contoso"), "{cmd:?}: {out}");
        }
        // Its own tenant, named, is answered.
        let o = t.run(&t.pat, &["show", "--case", "2611240010000001", "--tenant", "fabrikam"]);
        assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
        assert!(!stderr(&o).contains("contoso"), "{}", stderr(&o));
    }

    /// A confined actor's local `--now` is read over the tenants it may see only (SPEC 1.7,
    /// 2): for a partner of one tenant on a command over every tenant (`list`, `sla`,
    /// `report`, `export`) or with no tenant named (`open`), in that tenant's zone; for a
    /// partner of tenants whose zones disagree, refused (exit 2) naming its own tenants
    /// only, never one it does not see.
    #[test]
    fn a_confined_actors_local_now_is_read_over_the_tenants_it_may_see_only() {
        let t = twin();
        let o = t.run(&t.alice, &["open", "--title", "t", "--severity", "B", "--tenant",
            "northwind"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        for cmd in [
            vec!["list", "--json"],
            vec!["sla", "--json"],
            vec!["report"],
            vec!["export"],
        ] {
            let o = t.run_at(&t.pat, "2026-11-27 10:00", &cmd);
            assert_eq!(o.status.code(), Some(0), "{cmd:?}: {}", stderr(&o));
            assert_eq!(stderr(&o), "", "{cmd:?}");
            let o = t.run_at(&t.sam, "2026-11-27 10:00", &cmd);
            assert_eq!(o.status.code(), Some(2), "{cmd:?}: {}", stderr(&o));
            let err = stderr(&o);
            assert!(
                err.contains("(fabrikam, northwind)") && !err.contains("contoso")
                    && err.lines().count() == 1,
                "{cmd:?}: {err}"
            );
            // With an offset, or naming one of its tenants, it reads as everyone.
            // (sla exits 3 for the breach the ledger holds.)
            let o = t.run_at(&t.sam, "2026-11-27T10:00:00+01:00", &cmd);
            assert!(matches!(o.status.code(), Some(0 | 3)), "{cmd:?}: {}", stderr(&o));
            let mut named = cmd.clone();
            named.extend(["--tenant", "northwind"]);
            let o = t.run_at(&t.sam, "2026-11-27 10:00", &named);
            assert!(matches!(o.status.code(), Some(0 | 3)), "{named:?}: {}", stderr(&o));
        }
        // Naming a tenant it does not see alongside its own: the time is read in its own.
        let o = t.run_at(&t.sam, "2026-11-27 10:00", &["list", "--tenant", "contoso,fabrikam"]);
        assert!(!stderr(&o).contains("zones"), "{}", stderr(&o));
        // With no tenant named, pat files in fabrikam at Berlin's 12:00 (11:00 UTC).
        let o = t.run_at(&t.pat, "2026-11-24 12:00", &["open", "--title", "t", "--severity",
            "B", "--json"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let r: Opened = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!((r.tenant.as_str(), r.opened_at.as_str()), ("fabrikam", "2026-11-24T11:00:00Z"));
    }

    /// An imported row without a `tenant`, for an actor who may not see the config's
    /// default and serves several tenants, is asked to name one in the row's `tenant`
    /// column (CSV) or field (JSON lines) — import has no `--tenant` to give (exit 2, the
    /// line named, nothing imported); a partner of one tenant files such a row in it.
    #[test]
    fn an_import_row_without_tenant_is_asked_for_its_tenant_column_or_field() {
        let t = twin();
        let csv = t.env.path("nt.csv");
        std::fs::write(&csv, "title,severity\nhello,B\n").unwrap();
        let jsonl = t.env.path("nt.jsonl");
        std::fs::write(&jsonl, "{\"title\":\"hello\",\"severity\":\"B\"}\n").unwrap();
        for (file, format, line) in [(&csv, "csv", 2), (&jsonl, "jsonl", 1)] {
            let args = ["import", file.to_str().unwrap(), "--format", format, "--dry-run"];
            let o = t.run(&t.sam, &args);
            assert_eq!(o.status.code(), Some(2), "{format}: {}", stderr(&o));
            let err = stderr(&o);
            assert!(
                err.contains(&format!("line {line}: field tenant: '{}' may not see", t.sam))
                    && err.contains("give the row a `tenant` column (CSV) or field (JSON lines)")
                    && !err.contains("--tenant")
                    && !err.contains("contoso")
                    && err.lines().count() == 1,
                "{format}: {err}"
            );
            let o = t.run(&t.pat, &args);
            assert_eq!(o.status.code(), Some(0), "{format}: {}", stderr(&o));
        }
        // The same row naming one of its tenants is imported.
        std::fs::write(&csv, "title,severity,tenant\nhello,B,northwind\n").unwrap();
        let o = t.run(&t.sam, &["import", csv.to_str().unwrap(), "--format", "csv"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
}
