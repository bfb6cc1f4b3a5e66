//! The team ledger on PostgreSQL (SPEC 8): what only PostgreSQL has — the schema stamp,
//! concurrent writers, racing responses, the URL and its password rules, `db copy` — and
//! what must agree between the two backends (schema columns, search results).

#[macro_use]
mod common;
use common::{Env, NOW, on_pg, pg};
use std::process::Output;

fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The columns of svcreq's tables on a SQLite ledger: (table, column, type).
fn sqlite_columns(path: &std::path::Path) -> Vec<(String, String, String)> {
    let c = rusqlite::Connection::open(path).unwrap();
    let mut out = Vec::new();
    for table in ["imports", "requests", "cycles", "events"] {
        let mut st = c
            .prepare(&format!(
                "SELECT name, type FROM pragma_table_info('{table}')"
            ))
            .unwrap();
        let rows = st
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .unwrap();
        for r in rows {
            let (name, ty) = r.unwrap();
            out.push((table.to_string(), name, ty));
        }
    }
    out.sort();
    out
}

/// The same on a team ledger, PostgreSQL's types named as SQLite's (bigint → INTEGER).
fn pg_columns(url: &str) -> Vec<(String, String, String)> {
    let mut c = pg::cluster().unwrap().connect(url);
    let mut out = Vec::new();
    for r in c
        .query(
            "SELECT table_name::text, column_name::text, data_type::text FROM information_schema.columns \
             WHERE table_schema = 'public' AND table_name IN ('imports', 'requests', 'cycles', 'events')",
            &[],
        )
        .unwrap()
    {
        let ty: String = r.get(2);
        let ty = match ty.as_str() {
            "bigint" => "INTEGER",
            "text" => "TEXT",
            other => panic!("unexpected PostgreSQL type {other}"),
        };
        out.push((r.get(0), r.get(1), ty.to_string()));
    }
    out.sort();
    out
}

#[test]
fn pg_schema_has_the_same_columns_and_types_as_sqlite() {
    on_pg(|| {
        let env = Env::new();
        let file = env.path("s.db");
        let out = env.on(&file).args(["db", "init"]).output().unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        let url = env.url.clone().unwrap();
        let lite = sqlite_columns(&file);
        assert!(lite.len() > 40, "{lite:?}");
        assert_eq!(lite, pg_columns(&url));
    });
}

#[test]
fn a_database_without_svcreq_meta_is_refused_untouched() {
    on_pg(|| {
        let env = Env::new();
        let empty = pg::cluster().unwrap().empty();
        for args in [&["list"][..], &["open", "--title", "x", "--severity", "B"]] {
            let out = env
                .on(std::path::Path::new(&empty))
                .args(args)
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(1), "{args:?}");
            let err = stderr_of(&out);
            assert!(err.contains("svcreq db init"), "{err}");
            assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        }
        let mut c = pg::cluster().unwrap().connect(&empty);
        let n: i64 = c
            .query_one(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
                &[],
            )
            .unwrap()
            .get(0);
        assert_eq!(n, 0, "nothing was created");
    });
}

#[test]
fn a_newer_or_older_schema_version_is_refused_untouched() {
    on_pg(|| {
        let env = Env::new();
        env.open(&["--title", "kept", "--severity", "B"]);
        let url = env.url.clone().unwrap();
        let mut c = pg::cluster().unwrap().connect(&url);
        for (v, says) in [("99", "newer svcreq"), ("3", "svcreq db migrate")] {
            c.execute(
                "UPDATE svcreq_meta SET value = $1 WHERE key = 'schema_version'",
                &[&v],
            )
            .unwrap();
            for args in [&["list"][..], &["respond", "1"]] {
                let err = env.fail(args, 1);
                assert!(err.contains(says), "{args:?}: {err}");
            }
            let now: String = c
                .query_one(
                    "SELECT value FROM svcreq_meta WHERE key = 'schema_version'",
                    &[],
                )
                .unwrap()
                .get(0);
            assert_eq!(now, v);
            let responded: Option<i64> = c
                .query_one("SELECT first_response_at FROM requests WHERE id = 1", &[])
                .unwrap()
                .get(0);
            assert_eq!(responded, None);
        }
    });
}

/// SPEC 8: every command checks the ledger's schema before it reads anything else; the
/// version, the configuration and the admins are read together, and when that read fails
/// (tables of another schema) the command still says which check failed.
#[test]
fn the_schema_check_names_an_older_ledger_whose_tables_differ() {
    on_pg(|| {
        let env = Env::new();
        env.open(&["--title", "kept", "--severity", "B"]);
        let url = env.url.clone().unwrap();
        let mut c = pg::cluster().unwrap().connect(&url);
        c.batch_execute(
            "DROP TABLE svcreq_config; UPDATE svcreq_meta SET value = '3' WHERE key = 'schema_version'",
        )
        .unwrap();
        for args in [&["list"][..], &["show", "1"], &["respond", "1"]] {
            let err = env.fail(args, 1);
            assert!(err.contains("svcreq db migrate"), "{args:?}: {err}");
            assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        }
        c.batch_execute("DELETE FROM svcreq_meta").unwrap();
        for args in [&["list"][..], &["show", "1"]] {
            let err = env.fail(args, 1);
            assert!(err.contains("svcreq db init"), "{args:?}: {err}");
        }
    });
}

#[test]
fn db_migrate_upgrades_a_team_ledger_and_is_idempotent() {
    on_pg(|| {
        let env = Env::new();
        let out = env.run(&["db", "migrate"], 0);
        assert!(out.contains("nothing to do"), "{out}");
        // A team ledger at schema 3: the version-4 step runs, the data is reindexed.
        let url = env.url.clone().unwrap();
        let empty = pg::cluster().unwrap().empty();
        let mut c = pg::cluster().unwrap().connect(&empty);
        let steps: Vec<String> = {
            let sql = env.run(&["db", "init", "--print"], 0);
            vec![sql]
        };
        assert!(steps[0].contains("CREATE TABLE svcreq_meta"));
        c.batch_execute(&steps[0]).unwrap();
        drop(c);
        let _ = url;
        let out = env
            .on(std::path::Path::new(&empty))
            .args(["db", "migrate"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
    });
}

#[test]
fn a_password_in_the_url_is_refused_and_never_shown() {
    let env = Env::new();
    for url in [
        "postgres://alice:Sup3rS3cret@db.example.net/ledger",
        "postgresql://alice@db.example.net/ledger?password=Sup3rS3cret",
    ] {
        let out = env
            .on(std::path::Path::new(url))
            .arg("list")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{url}");
        let err = stderr_of(&out);
        assert!(!err.contains("Sup3rS3cret"), "{err}");
        assert!(
            err.contains("PGPASSWORD") && err.contains(".pgpass"),
            "{err}"
        );
    }
    // A password from the environment is not shown when the connection fails either.
    let out = env
        .on(std::path::Path::new("postgres://alice@127.0.0.1:1/ledger"))
        .arg("list")
        .env("PGPASSWORD", "Sup3rS3cret")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(!err.contains("Sup3rS3cret"), "{err}");
    assert!(err.contains("cannot connect"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

/// SPEC 8: no message shows a password. A libpq key=value connection string given where
/// a ledger is named is refused by every command, reading or writing, with exit 2 and
/// without being echoed (a read command once said "no ledger at host=… password=…").
#[test]
fn a_key_value_connection_string_is_refused_by_every_command_without_echo() {
    let env = Env::new();
    let conninfo = "host=/tmp/nowhere user=pbob dbname=l1 password=Sup3rS3cret";
    let commands: [&[&str]; 9] = [
        &["list"],
        &["show", "1"],
        &["sla"],
        &["export"],
        &["report", "--month", "2026-11"],
        &["respond", "1"],
        &["open", "--title", "t", "--severity", "B"],
        &["db", "migrate"],
        &["db", "copy", "--from", conninfo, "--to", "/tmp/nowhere.db"],
    ];
    for args in commands {
        let out = env
            .on(std::path::Path::new(conninfo))
            .args(args)
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(!err.contains("Sup3rS3cret"), "{args:?}: {err}");
        assert!(err.contains("postgresql://"), "{args:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
    }
}

#[test]
fn a_bad_sslmode_or_port_is_a_usage_error() {
    let env = Env::new();
    for url in [
        "postgres://alice@db.example.net/ledger?sslmode=sometimes",
        "postgres://alice@db.example.net:0/ledger",
        "postgres://alice@db.example.net/ledger?sslmode=verify-full&sslrootcert=/nonexistent/ca.pem",
    ] {
        let out = env
            .on(std::path::Path::new(url))
            .arg("list")
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert!(matches!(out.status.code(), Some(1 | 2)), "{url}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn two_racing_responds_one_wins_the_other_is_refused() {
    on_pg(|| {
        let env = Env::new();
        for round in 0..3 {
            let id = env.open(&["--title", &format!("race {round}"), "--severity", "B"]);
            let ids = id.to_string();
            let spawn = || {
                let mut c = env.proc();
                c.args(["respond", &ids])
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped());
                c.spawn().unwrap()
            };
            let (a, b) = (spawn(), spawn());
            let codes = [
                a.wait_with_output().unwrap().status.code(),
                b.wait_with_output().unwrap().status.code(),
            ];
            let mut sorted = codes;
            sorted.sort();
            assert_eq!(sorted, [Some(0), Some(2)], "round {round}");
            let show = env.json(&["show", &ids]);
            let responded = show["events"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|e| e["kind"] == "responded")
                .count();
            assert_eq!(responded, 1, "{show:#}");
        }
    });
}

#[test]
fn eight_writers_at_once_lose_and_duplicate_nothing() {
    on_pg(|| {
        let env = Env::new();
        const WORKERS: usize = 8;
        const OPS: usize = 100;
        let failures = std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|s| {
            for w in 0..WORKERS {
                let env = &env;
                let failures = &failures;
                s.spawn(move || {
                    let mut mine: Vec<String> = Vec::new();
                    for i in 0..OPS {
                        let out = if i % 2 == 0 || mine.is_empty() {
                            env.proc()
                                .args(["open", "-q", "--severity", "C", "--title"])
                                .arg(format!("w{w} op{i}"))
                                .output()
                                .unwrap()
                        } else {
                            let id = &mine[i % mine.len()];
                            env.proc()
                                .args(["note", id])
                                .arg(format!("w{w} note{i}"))
                                .output()
                                .unwrap()
                        };
                        if !out.status.success() {
                            eprintln!("{}", stderr_of(&out));
                            failures.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                            continue;
                        }
                        if i % 2 == 0 {
                            mine.push(String::from_utf8(out.stdout).unwrap().trim().to_string());
                        }
                    }
                });
            }
        });
        assert_eq!(failures.into_inner(), 0);
        let url = env.url.clone().unwrap();
        let mut c = pg::cluster().unwrap().connect(&url);
        let requests: i64 = c
            .query_one("SELECT count(DISTINCT id) FROM requests", &[])
            .unwrap()
            .get(0);
        assert_eq!(requests, (WORKERS * OPS / 2) as i64);
        let notes: i64 = c
            .query_one("SELECT count(*) FROM events WHERE kind = 'note'", &[])
            .unwrap()
            .get(0);
        assert_eq!(notes, (WORKERS * OPS / 2) as i64);
        let distinct: i64 = c
            .query_one(
                "SELECT count(*) FROM (SELECT DISTINCT detail FROM events WHERE kind = 'note') d",
                &[],
            )
            .unwrap()
            .get(0);
        assert_eq!(distinct, notes, "no note recorded twice");
    });
}

/// A ledger with every kind of history: responses, closes, a reopen, notes, a case
/// record, and an import.
fn busy_ledger(env: &Env) {
    let a = env.open(&[
        "--title",
        "Exchange mail down",
        "--severity",
        "A",
        "--opened-at",
        "2026-11-20 09:00",
    ]);
    let b = env.open(&[
        "--title",
        "Teams 会議に参加できない",
        "--severity",
        "B",
        "--tenant",
        "default",
        "--opened-at",
        "2026-11-21 09:00",
    ]);
    let (a, b) = (a.to_string(), b.to_string());
    env.run(
        &[
            "respond",
            &a,
            "--at",
            "2026-11-20T09:30:00Z",
            "--note",
            "engineer called",
        ],
        0,
    );
    env.run(
        &[
            "close",
            &a,
            "--at",
            "2026-11-21T09:00:00Z",
            "--resolution",
            "transport rule fixed",
        ],
        0,
    );
    env.run(&["reopen", &a, "--reason", "came back"], 0);
    env.run(&["note", &b, "Microsoft asked for logs"], 0);
    env.run(
        &[
            "update",
            &b,
            "--case-number",
            "2511210010000001",
            "--engineer",
            "Kenji",
        ],
        0,
    );
    let csv = env.path("in.csv");
    std::fs::write(
        &csv,
        "title,severity,opened_at\nImported one,C,2026-11-01 10:00\nImported two,B,2026-11-02 10:00\n",
    )
    .unwrap();
    env.run(&["import", csv.to_str().unwrap()], 0);
}

#[test]
fn db_copy_moves_a_ledger_to_pg_and_back_byte_for_byte() {
    on_pg(|| {
        let env = Env::new();
        // The ledger starts as a file.
        let file = env.path("start.db");
        let lite = Env {
            dir: tempfile::tempdir().unwrap(),
            url: None,
        };
        std::fs::write(lite.path("c.toml"), "").unwrap();
        busy_ledger(&lite);
        std::fs::copy(lite.db(), &file).unwrap();
        let before = lite.run(&["export", "--events"], 0);
        assert!(before.contains("transport rule fixed") && before.contains("imported"));
        let url = env.url.clone().unwrap();
        let out = env
            .bare()
            .args(["db", "copy", "--from"])
            .arg(&file)
            .arg("--to")
            .arg(&url)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        assert_eq!(env.run(&["export", "--events"], 0), before, "on PostgreSQL");
        // Ids go on after the copied ones.
        let next = env.open(&["--title", "after the copy", "--severity", "C"]);
        assert_eq!(next, 5);
        let back = env.path("back.db");
        let out = env
            .bare()
            .args(["db", "copy", "--from"])
            .arg(&url)
            .arg("--to")
            .arg(&back)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        let after = env.on(&back).args(["export", "--events"]).output().unwrap();
        let after = String::from_utf8(after.stdout).unwrap();
        let with_next = env.run(&["export", "--events"], 0);
        assert_eq!(after, with_next, "back on SQLite");
        assert!(
            after.starts_with(before.trim_end()),
            "the first four are as they were"
        );
        // Search works on the copy (its index was rebuilt).
        let found = env
            .on(&back)
            .args(["list", "--status", "all", "--search", "TRANSPORT", "-q"])
            .output()
            .unwrap();
        assert_eq!(String::from_utf8(found.stdout).unwrap().trim(), "1");
        // Into a ledger that already holds requests: refused, nothing changed.
        let out = env
            .bare()
            .args(["db", "copy", "--from"])
            .arg(&file)
            .arg("--to")
            .arg(&url)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr_of(&out).contains("already holds requests"));
        assert_eq!(env.count(), 5);
    });
}

/// SPEC 8: `db copy` streams each table in bounded batches, so a ledger larger than one
/// batch (5,000 rows) moves whole, in both directions, with every id and event kept.
#[test]
fn db_copy_streams_a_ledger_larger_than_one_batch() {
    on_pg(|| {
        let env = Env::new();
        let lite = Env {
            dir: tempfile::tempdir().unwrap(),
            url: None,
        };
        std::fs::write(lite.path("c.toml"), "").unwrap();
        let rows = lite.path("rows.jsonl");
        let mut text = String::new();
        for i in 0..5300 {
            text.push_str(&format!(
                "{{\"title\": \"Mail delay {i}\", \"severity\": \"C\", \"opened_at\": \"2026-11-0{}T10:00:00Z\"}}\n",
                1 + i % 9
            ));
        }
        std::fs::write(&rows, text).unwrap();
        lite.run(&["import", rows.to_str().unwrap()], 0);
        // Some requests with events of their own, beside the imported history.
        for id in 1..=3 {
            lite.run(&["note", &id.to_string(), "checked"], 0);
        }
        let before = lite.run(&["export", "--events"], 0);
        assert_eq!(before.lines().count(), 5300);
        let url = env.url.clone().unwrap();
        let out = env
            .bare()
            .args(["db", "copy", "--from"])
            .arg(lite.db())
            .arg("--to")
            .arg(&url)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        assert_eq!(env.run(&["export", "--events"], 0), before, "on PostgreSQL");
        let back = env.path("back.db");
        let out = env
            .bare()
            .args(["db", "copy", "--from"])
            .arg(&url)
            .arg("--to")
            .arg(&back)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        let after = env.on(&back).args(["export", "--events"]).output().unwrap();
        assert_eq!(
            String::from_utf8(after.stdout).unwrap(),
            before,
            "back on SQLite"
        );
        assert_eq!(
            env.open(&["--title", "after the copy", "--severity", "C"]),
            5301,
            "ids go on after the copied ones"
        );
    });
}

#[test]
fn search_finds_the_same_requests_on_both_backends() {
    let titles = [
        "Exchange mail down for all users",
        "Teams 会議に参加できない",
        "ＳｈａｒｅＰｏｉｎｔ site slow",
        "100% of mail_flow stuck",
        "OneDrive sync a\\b",
    ];
    let queries = [
        "mail",
        "MAIL",
        "会議",
        "sharepoint",
        "100%",
        "_flow",
        "a\\b",
        "ex",
        "zz",
        "down for",
    ];
    let run = || {
        let env = Env::new();
        for t in titles {
            env.open(&["--title", t, "--severity", "C"]);
        }
        queries
            .iter()
            .map(|q| env.run(&["list", "--search", q, "-q", "--sort", "id"], 0))
            .collect::<Vec<_>>()
    };
    let lite = run();
    assert_eq!(lite[0].lines().count(), 2, "{lite:?}");
    let mut on = None;
    on_pg(|| on = Some(run()));
    if let Some(pg) = on {
        assert_eq!(pg, lite);
    }
}

#[test]
fn the_team_ledger_is_named_without_a_password_in_every_message() {
    on_pg(|| {
        let env = Env::new();
        let err = env.fail(&["show", "999"], 5);
        assert!(!err.contains("password"), "{err}");
        let _ = NOW;
    });
}

/// SPEC 5, 8: an import into the team ledger goes through `COPY` and gives what the same
/// import gives on SQLite — ids kept or assigned, histories, cycles, case records, search —
/// and stays all or nothing.
#[test]
fn import_through_copy_gives_the_same_ledger_as_on_sqlite() {
    on_pg(|| {
        let lite = |name: &str| {
            let e = Env {
                dir: tempfile::tempdir().unwrap(),
                url: None,
            };
            std::fs::write(e.path("c.toml"), "").unwrap();
            let _ = name;
            e
        };
        let source = lite("source");
        busy_ledger(&source);
        source.open(&["--title", "back\\slash \\N and\ttab", "--severity", "C"]);
        let dump = source.path("dump.jsonl");
        std::fs::write(&dump, source.run(&["export", "--events"], 0)).unwrap();
        let csv = source.path("more.csv");
        std::fs::write(
            &csv,
            "title,severity,opened_at\nFresh one,C,2026-11-03 10:00\nFresh two,B,2026-11-04 10:00\n",
        )
        .unwrap();
        let steps = |e: &Env| {
            e.run(&["import", dump.to_str().unwrap()], 0);
            let ids = e.run(&["-q", "import", csv.to_str().unwrap()], 0);
            let search = e.run(&["list", "--status", "all", "--search", "slash", "-q"], 0);
            (e.run(&["export", "--events"], 0), ids, search)
        };
        let want = steps(&lite("want"));
        assert_eq!(want.1, "6\n7\n", "new rows go on after the kept ids");
        let env = Env::new();
        assert_eq!(steps(&env), want);
        // A file repeating an id: refused, nothing written.
        let twice = env.path("twice.jsonl");
        let line = want
            .0
            .lines()
            .next()
            .unwrap()
            .replace("\"id\":1,", "\"id\":50,");
        std::fs::write(&twice, format!("{line}\n{line}\n")).unwrap();
        let err = env.fail(&["import", twice.to_str().unwrap()], 2);
        assert!(err.contains("line 2") && err.contains("50"), "{err}");
        assert_eq!(env.count(), 7);
    });
}

/// SPEC 5, 8: an import larger than the team ledger it goes into (more than one batch of
/// COPY text) builds the trigram search index again after its rows rather than row by
/// row, in its transaction: afterwards the index is a new one and finds the new rows; an
/// import refused after its first batch leaves the ledger, index included, as it was.
#[test]
fn a_bulk_import_builds_the_search_index_after_its_rows() {
    on_pg(|| {
        let env = Env::new();
        let url = env.url.clone().unwrap();
        let index = || -> Option<u32> {
            let mut c = pg::cluster().unwrap().connect(&url);
            c.query_one("SELECT to_regclass('requests_search')::oid", &[])
                .unwrap()
                .get(0)
        };
        let Some(before) = index() else {
            eprintln!("skipped: pg_trgm is not installed, so there is no search index");
            return;
        };
        // 3,000 requests of about 4 kB each (description and search text): more than one
        // batch of COPY text.
        let filler = "mailbox migration log line; ".repeat(70);
        let mut text = String::new();
        for i in 0..3000 {
            text.push_str(&format!(
                "{{\"title\": \"Bulk {i}\", \"description\": \"{filler}ticket Z{i:05}Q\", \"severity\": \"C\", \"opened_at\": \"2026-11-02T10:00:00Z\"}}\n"
            ));
        }
        // The same rows, the last one repeating an id already taken in the file.
        let refused = env.path("refused.jsonl");
        std::fs::write(
            &refused,
            text.replace(
                "\"title\": \"Bulk 7\",",
                "\"id\": 9, \"title\": \"Bulk 7\",",
            ) + "{\"id\": 9, \"title\": \"again\", \"severity\": \"C\"}\n",
        )
        .unwrap();
        let err = env.fail(&["import", refused.to_str().unwrap()], 2);
        assert!(err.contains("line 3001"), "{err}");
        assert_eq!(env.count(), 0);
        assert_eq!(
            index(),
            Some(before),
            "the refused import left the index as it was"
        );
        let rows = env.path("rows.jsonl");
        std::fs::write(&rows, text).unwrap();
        env.run(&["import", rows.to_str().unwrap()], 0);
        assert_eq!(env.count(), 3000);
        let after = index().expect("the search index is there after the import");
        assert_ne!(after, before, "built again after the rows");
        // (The refused import used ids of the sequence: ids have gaps on PostgreSQL.)
        let found = env.run(&["list", "--status", "all", "--search", "z02999q", "-q"], 0);
        let ids: Vec<&str> = found.split_whitespace().collect();
        assert_eq!(ids.len(), 1, "{found}");
        assert!(env.run(&["show", ids[0]], 0).contains("Bulk 2999"));
    });
}

/// SPEC 5, 8: whether an import is a bulk load is judged by the whole import (its file's
/// size), not by its first batch: a file larger than the ledger builds the indexes after
/// its rows even when the ledger holds more requests than one batch; the search finds the
/// new rows and the old ones right after it.
#[test]
fn an_import_larger_than_the_ledger_builds_its_indexes_after_its_rows_whatever_its_first_batch() {
    on_pg(|| {
        let env = Env::new();
        let url = env.url.clone().unwrap();
        let index = || -> Option<u32> {
            let mut c = pg::cluster().unwrap().connect(&url);
            c.query_one("SELECT to_regclass('requests_tenant')::oid", &[])
                .unwrap()
                .get(0)
        };
        // 2,500 small requests: more than one batch of the large rows below holds.
        let mut small = String::new();
        for i in 0..2500 {
            small.push_str(&format!(
                "{{\"title\": \"Small {i} ticket S{i:05}Q\", \"severity\": \"C\", \"opened_at\": \"2026-11-02T10:00:00Z\"}}\n"
            ));
        }
        let path = env.path("small.jsonl");
        std::fs::write(&path, small).unwrap();
        env.run(&["import", path.to_str().unwrap()], 0);
        let before = index().expect("the tenant index");
        // 5,000 requests of about 4 kB each: about 1,900 to a batch of COPY text.
        let filler = "mailbox migration log line; ".repeat(70);
        let mut large = String::new();
        for i in 0..5000 {
            large.push_str(&format!(
                "{{\"title\": \"Large {i}\", \"description\": \"{filler}ticket L{i:05}Q\", \"severity\": \"C\", \"opened_at\": \"2026-11-02T10:00:00Z\"}}\n"
            ));
        }
        let path = env.path("large.jsonl");
        std::fs::write(&path, large).unwrap();
        env.run(&["import", path.to_str().unwrap()], 0);
        assert_eq!(env.count(), 7500);
        let after = index().expect("the tenant index is there after the import");
        assert_ne!(after, before, "built again after the rows");
        for (q, title) in [("l04999q", "Large 4999"), ("s02499q", "Small 2499")] {
            let found = env.run(&["list", "--status", "all", "--search", q, "-q"], 0);
            let ids: Vec<&str> = found.split_whitespace().collect();
            assert_eq!(ids.len(), 1, "{q}: {found}");
            assert!(env.run(&["show", ids[0]], 0).contains(title), "{q}");
        }
    });
}

/// SPEC 5, 8: a bulk load by the ledger's owner builds the requests' secondary indexes
/// and checks their foreign key after its rows: the ledger ends with the same indexes and
/// keys, from the same definitions, the secondary ones built anew; the new requests took
/// ids one after another, and a request opened afterwards takes the next one.
#[test]
fn a_bulk_import_puts_back_every_index_and_key_and_moves_the_ids_on() {
    on_pg(|| {
        let env = Env::new();
        let url = env.url.clone().unwrap();
        let first = env.open(&["--title", "before", "--severity", "B"]);
        // Each index and key of the requests: (name, definition, oid).
        let shape = || -> Vec<(String, String, u32)> {
            let mut c = pg::cluster().unwrap().connect(&url);
            c.query(
                "SELECT i.relname::text, pg_get_indexdef(i.oid), i.oid FROM pg_index x \
                   JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = 'requests'::regclass \
                 UNION ALL \
                 SELECT conname::text, pg_get_constraintdef(oid), oid FROM pg_constraint \
                  WHERE conrelid = 'requests'::regclass \
                 ORDER BY 1",
                &[],
            )
            .unwrap()
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect()
        };
        let before = shape();
        assert!(
            before.iter().any(|(n, ..)| n == "requests_tenant")
                && before.iter().any(|(n, ..)| n == "requests_import_id_fkey"),
            "{before:?}"
        );
        // More than one batch of COPY text (about 4 kB a request).
        let filler = "mailbox migration log line; ".repeat(70);
        let mut text = String::new();
        for i in 0..3000 {
            text.push_str(&format!(
                "{{\"title\": \"Bulk {i}\", \"description\": \"{filler}\", \"severity\": \"C\", \"opened_at\": \"2026-11-02T10:00:00Z\"}}\n"
            ));
        }
        let rows = env.path("rows.jsonl");
        std::fs::write(&rows, text).unwrap();
        let ids = env.run(&["-q", "import", rows.to_str().unwrap()], 0);
        let ids: Vec<i64> = ids.split_whitespace().map(|i| i.parse().unwrap()).collect();
        assert_eq!(ids.len(), 3000);
        assert!(
            ids.windows(2).all(|w| w[1] == w[0] + 1) && ids[0] > first,
            "{:?}..{:?}",
            ids.first(),
            ids.last()
        );
        let after = shape();
        let strip = |v: &[(String, String, u32)]| -> Vec<(String, String)> {
            v.iter().map(|(n, d, _)| (n.clone(), d.clone())).collect()
        };
        assert_eq!(strip(&after), strip(&before));
        let oid = |v: &[(String, String, u32)], name: &str| {
            v.iter().find(|(n, ..)| n == name).map(|(_, _, o)| *o)
        };
        assert_ne!(
            oid(&after, "requests_tenant"),
            oid(&before, "requests_tenant"),
            "built again after the rows"
        );
        assert_eq!(
            oid(&after, "requests_pkey"),
            oid(&before, "requests_pkey"),
            "the primary key checks each row as it comes"
        );
        let next = env.open(&["--title", "after", "--severity", "B"]);
        assert_eq!(next, ids[2999] + 1);
        assert_eq!(env.count(), 3002);
    });
}

/// SPEC 5, 8: an import larger than one batch of COPY text checks each row's id and case
/// number against the rows it sent in earlier batches too (it keeps only the current
/// batch's in memory, so memory stays flat): a repeat is refused with its line, and
/// nothing is imported.
#[test]
fn a_bulk_import_refuses_an_id_or_case_number_taken_in_an_earlier_batch() {
    on_pg(|| {
        let env = Env::new();
        let filler = "mailbox migration log line; ".repeat(70);
        let mut text = String::new();
        for i in 0..3000 {
            text.push_str(&format!(
                "{{\"title\": \"Bulk {i}\", \"description\": \"{filler}\", \"severity\": \"C\", \"opened_at\": \"2026-11-02T10:00:00Z\"}}\n"
            ));
        }
        let case = text.replacen(
            "\"title\": \"Bulk 7\",",
            "\"case_number\": \"2611020040000777\", \"title\": \"Bulk 7\",",
            1,
        ) + "{\"case_number\": \"2611020040000777\", \"title\": \"again\", \"severity\": \"C\"}\n";
        let id = text.replacen(
            "\"title\": \"Bulk 7\",",
            "\"id\": 77, \"title\": \"Bulk 7\",",
            1,
        ) + "{\"id\": 77, \"title\": \"again\", \"severity\": \"C\"}\n";
        for (name, rows, says) in [
            ("case.jsonl", case, "2611020040000777"),
            ("id.jsonl", id, "77"),
        ] {
            let path = env.path(name);
            std::fs::write(&path, rows).unwrap();
            let err = env.fail(&["import", path.to_str().unwrap()], 2);
            assert!(
                err.contains("line 3001") && err.contains(says),
                "{name}: {err}"
            );
            assert_eq!(env.count(), 0, "{name}");
        }
    });
}

/// SPEC 5, 8: an import through COPY checks its rows' ids and case numbers against the
/// team ledger a batch at a time, one query each, not one query per row (a file exported
/// from a ledger carries every request's id: a round trip per row tripled its import).
#[test]
fn an_import_checks_ids_and_case_numbers_against_the_team_ledger_a_batch_at_a_time() {
    on_pg(|| {
        let env = Env::new();
        let url = env.url.clone().unwrap();
        let db = url.rsplit('/').next().unwrap().to_string();
        let mut c = pg::cluster().unwrap().connect(&url);
        // Every statement of this ledger's later sessions is logged (no other database's).
        c.batch_execute(&format!("ALTER DATABASE {db} SET log_statement = 'all'"))
            .unwrap();
        env.open(&["--title", "first", "--severity", "B"]);
        let mut rows = String::new();
        for i in 0..300 {
            rows.push_str(&format!(
                "{{\"id\": {}, \"case_number\": \"CASE-{i}\", \"title\": \"kept {i}\", \"severity\": \"C\", \"opened_at\": \"2026-11-02T10:00:00Z\"}}\n",
                1000 + i
            ));
        }
        let path = env.path("ids.jsonl");
        std::fs::write(&path, rows).unwrap();
        env.run(&["import", path.to_str().unwrap()], 0);
        assert_eq!(env.count(), 301);
        let Some(log) = pg::cluster().unwrap().log() else {
            eprintln!("skipped: the server's log is not at hand (SVCREQ_TEST_PG)");
            return;
        };
        let ours: Vec<&str> = log
            .lines()
            .filter(|l| l.contains("LOG:  statement: ") || l.contains("LOG:  execute "))
            .collect();
        let per_row = |what: &str| ours.iter().filter(|l| l.contains(what)).count();
        assert!(
            ours.iter().any(|l| l.contains("COPY requests")),
            "{ours:#?}"
        );
        assert!(
            per_row("WHERE id = $1") + per_row("lower(case_number) = lower($1)") < 10,
            "{ours:#?}"
        );
        // Taken in the ledger, each is still refused by its line.
        let again = env.path("again.jsonl");
        std::fs::write(
            &again,
            "{\"title\": \"new\", \"severity\": \"C\"}\n{\"id\": 1299, \"title\": \"again\", \"severity\": \"C\"}\n",
        )
        .unwrap();
        let err = env.fail(&["import", again.to_str().unwrap()], 2);
        assert!(err.contains("line 2") && err.contains("1299"), "{err}");
        assert_eq!(env.count(), 301);
    });
}

/// SPEC 8: filing a request on the team ledger writes its row and its event and reads
/// nothing back (each read is a round trip to the server): the record's size is measured
/// from what is written.
#[test]
fn filing_a_request_on_the_team_ledger_reads_nothing_back() {
    on_pg(|| {
        let env = Env::new();
        let url = env.url.clone().unwrap();
        let db = url.rsplit('/').next().unwrap().to_string();
        let mut c = pg::cluster().unwrap().connect(&url);
        c.batch_execute(&format!("ALTER DATABASE {db} SET log_statement = 'all'"))
            .unwrap();
        let title = format!("filed in {db}");
        env.open(&["--title", &title, "--severity", "B"]);
        assert_eq!(env.count(), 1);
        let Some(log) = pg::cluster().unwrap().log() else {
            eprintln!("skipped: the server's log is not at hand (SVCREQ_TEST_PG)");
            return;
        };
        // The session that filed it: the server process whose insert carried the title.
        let pid_of = |l: &str| {
            l.split('[')
                .nth(1)
                .and_then(|p| p.split(']').next())
                .map(str::to_string)
        };
        let lines: Vec<&str> = log.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.contains("DETAIL:") && l.contains(&title))
            .expect("the insert's parameters are logged");
        let pid = pid_of(lines[at]).unwrap();
        let after: Vec<&str> = lines[at..]
            .iter()
            .copied()
            .filter(|l| pid_of(l).as_deref() == Some(pid.as_str()))
            .filter(|l| l.contains("LOG:  statement: ") || l.contains("LOG:  execute "))
            .collect();
        assert!(after.iter().any(|l| l.contains("COMMIT")), "{after:#?}");
        assert!(
            !after.iter().any(|l| l.contains("SELECT")),
            "read back after the insert: {after:#?}"
        );
    });
}

/// A serialization failure (40001) is retried: here a trigger raises it on the first
/// attempt only, and the request goes in once, with one event. One that never clears is
/// reported in one sentence (exit 1) after the bounded retries, with nothing written.
#[test]
fn a_serialization_failure_is_retried() {
    on_pg(|| {
        let env = Env::new();
        let url = env.url.clone().unwrap();
        let mut c = pg::cluster().unwrap().connect(&url);
        c.batch_execute(
            "CREATE SEQUENCE forced_failures;
             CREATE FUNCTION fail_first() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN
                 IF nextval('forced_failures') = 1 THEN
                     RAISE EXCEPTION 'forced' USING ERRCODE = 'serialization_failure';
                 END IF;
                 RETURN NEW;
             END $$;
             CREATE TRIGGER fail_first BEFORE INSERT ON events
                 FOR EACH ROW EXECUTE FUNCTION fail_first();",
        )
        .unwrap();
        // (The failed attempt took an id: ids may have gaps on PostgreSQL.)
        let id = env.open(&["--title", "retried", "--severity", "B"]);
        let one =
            |c: &mut postgres::Client, sql: &str| -> i64 { c.query_one(sql, &[]).unwrap().get(0) };
        assert_eq!(
            one(&mut c, "SELECT last_value FROM forced_failures"),
            2,
            "tried twice"
        );
        assert_eq!(one(&mut c, "SELECT count(*) FROM requests"), 1);
        assert_eq!(one(&mut c, "SELECT count(*) FROM events"), 1);
        // Never clears: refused after the bounded retries, nothing written.
        c.batch_execute(
            "CREATE OR REPLACE FUNCTION fail_first() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN
                 PERFORM nextval('forced_failures');
                 RAISE EXCEPTION 'forced' USING ERRCODE = 'serialization_failure';
             END $$;",
        )
        .unwrap();
        let before = one(&mut c, "SELECT last_value FROM forced_failures");
        let out = env
            .proc()
            .args(["note", &id.to_string(), "hello"])
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(
            err.contains("busy") && !err.contains("could not serialize"),
            "{err}"
        );
        let tries = one(&mut c, "SELECT last_value FROM forced_failures") - before;
        assert!((2..=10).contains(&tries), "bounded retries: {tries}");
        assert_eq!(
            one(&mut c, "SELECT count(*) FROM events"),
            1,
            "nothing written"
        );
    });
}

/// The open view (`list`: open requests, soonest due first) reads the partial index of
/// open requests on PostgreSQL too, in its order (no sort), for the owner and for an admin
/// the row-level security confines.
#[test]
fn the_open_view_uses_its_index_on_postgresql() {
    use svcreq::store::{ListFilter, SortKey, Status, Store};
    on_pg(|| {
        let env = Env::new();
        let url = env.url.clone().unwrap();
        let mut c = pg::cluster().unwrap().connect(&url);
        // 20,000 requests, one in a hundred open (rows alone: the check that a request
        // filed here begins its history with its opening is taken away while they go in).
        c.batch_execute(
            "ALTER TABLE requests DISABLE TRIGGER requests_history_opened;
             INSERT INTO requests (tenant, title, category, plan, tier, channel, status, opened_at, \
                 scope, opened_by, timezone, cycle_started_at, availability, response_target, \
                 response_clock, response_due, closed_at, severity, severity_source)
             SELECT 'default', 'r' || g, 'technical', 'e3', 'enterprise', 'online',
                    CASE WHEN g % 100 = 0 THEN 'open' ELSE 'closed' END, g, 'in-scope', 'alice',
                    'UTC', g, '24x7', '1h', '24x7', g + 3600,
                    CASE WHEN g % 100 = 0 THEN NULL ELSE g + 60 END, 'A', 'manual'
             FROM generate_series(1, 20000) g;
             ALTER TABLE requests ENABLE TRIGGER requests_history_opened;
             ANALYZE requests;
             DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'svcreq_explain_carol')
                 THEN CREATE ROLE svcreq_explain_carol; END IF; END $$;
             INSERT INTO svcreq_admins (name, role) VALUES ('svcreq_explain_carol', 'global');",
        )
        .unwrap();
        for filter in [
            ListFilter {
                status: Some(Status::Open),
                sort: SortKey::Due,
                brief: true,
                ..ListFilter::default()
            },
            ListFilter {
                status: Some(Status::Open),
                sort: SortKey::Due,
                limit: Some(10),
                ..ListFilter::default()
            },
        ] {
            let (sql, args) = Store::list_query(&filter, true);
            assert!(args.len() <= 1);
            let sql = svcreq::store::sql::pg(&sql).replace("$1", "10");
            for role in ["alice", "svcreq_explain_carol"] {
                c.batch_execute(&format!("SET ROLE {role}")).unwrap();
                let plan: Vec<String> = c
                    .query(&format!("EXPLAIN {sql}"), &[])
                    .unwrap()
                    .iter()
                    .map(|r| r.get::<_, String>(0))
                    .collect();
                c.batch_execute("RESET ROLE").unwrap();
                assert!(
                    plan.iter().any(|l| l.contains("requests_open_due")),
                    "{role}: {plan:#?}"
                );
                assert!(
                    !plan.iter().any(|l| l.contains("Sort Key")),
                    "{role}: rows come in index order: {plan:#?}"
                );
            }
        }
    });
}

/// `sslmode` takes libpq's six values (SPEC 8): `allow` is one; a bad value is refused
/// (exit 2) with all six listed, naming PGSSLMODE when the value came from it.
#[test]
fn sslmode_takes_libpqs_six_values_and_names_pgsslmode_as_the_source() {
    let env = Env::new();
    let six = "disable, allow, prefer, require, verify-ca, verify-full";
    let out = env
        .on(std::path::Path::new(
            "postgres://alice@db.example.net/ledger?sslmode=bogus",
        ))
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out).trim_end(),
        format!("svcreq: sslmode 'bogus' is not one of {six}")
    );
    let out = env
        .on(std::path::Path::new(
            "postgres://alice@db.example.net/ledger",
        ))
        .env("PGSSLMODE", "bogus")
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.starts_with(&format!("svcreq: PGSSLMODE 'bogus' is not one of {six};")),
        "{err}"
    );
    // `allow` is taken: the URL is not refused for it (the connection then fails, exit 1,
    // with no server at that address).
    let out = env
        .on(std::path::Path::new(
            "postgres://alice@127.0.0.1:1/ledger?sslmode=allow&connect_timeout=2",
        ))
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
}

/// SPEC 7, 8: a tenant absent from the team configuration is taken as an import takes it —
/// history restored as recorded, under the zone and targets its requests record — whether
/// `db copy` brings a ledger into the team ledger or `import` brings that ledger's export:
/// both take it, say so once naming it, and the two team ledgers hold the same history.
#[test]
fn a_tenant_absent_from_the_team_config_is_copied_as_it_is_imported() {
    on_pg(|| {
        let lite = Env {
            dir: tempfile::tempdir().unwrap(),
            url: None,
        };
        std::fs::write(
            lite.path("c.toml"),
            "timezone = \"Asia/Tokyo\"\n[tenants.fabrikam]\ntimezone = \"Europe/Berlin\"\nplan = \"business-premium\"\n",
        )
        .unwrap();
        let id = lite
            .open(&[
                "--title",
                "EAC cannot set forwarding",
                "--severity",
                "B",
                "--tenant",
                "fabrikam",
                "--opened-at",
                "2026-11-23T08:00:00Z",
            ])
            .to_string();
        lite.run(&["respond", &id, "--at", "2026-11-23T09:00:00Z"], 0);
        let exported = lite.run(&["export", "--events"], 0);
        let file = lite.path("fabrikam.jsonl");
        std::fs::write(&file, &exported).unwrap();
        // Two team ledgers whose configuration names no fabrikam.
        let copied = Env::new();
        let out = copied
            .bare()
            .arg("--config")
            .arg(copied.path("c.toml"))
            .args(["db", "copy", "--from"])
            .arg(lite.db())
            .arg("--to")
            .arg(copied.url.clone().unwrap())
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(0), "db copy: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains("fabrikam") && err.contains("not in the team configuration"),
            "{err}"
        );
        let imported = Env::new();
        let out = imported.cmd().arg("import").arg(&file).output().unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(0), "import: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains("fabrikam") && err.contains("not in the config"),
            "{err}"
        );
        assert_eq!(copied.run(&["export", "--events"], 0), exported, "copied");
        assert_eq!(
            imported.run(&["export", "--events"], 0),
            exported,
            "imported"
        );
    });
}
