//! Reliability on real processes (RELIABILITY.md): parallel writers, crashes, refusing
//! files that are not ledgers without touching them, private files, read commands that
//! never write, and bounded input. Test ids refer to the reliability catalogue.

mod common;
use common::{Env, NOW};
use std::collections::HashSet;
use std::path::Path;
use std::process::{Command, Stdio};

fn integrity(db: &Path) -> String {
    let c = rusqlite::Connection::open(db).unwrap();
    c.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

/// INV(n): integrity ok, no foreign-key violations, n requests, each with a history (an
/// event, or the import that brought it).
fn inv(env: &Env, n: i64) {
    const ORPHANS: &str = "SELECT count(*) FROM requests r WHERE r.import_id IS NULL AND NOT EXISTS (SELECT 1 FROM events e WHERE e.request_id = r.id)";
    if let Some(url) = &env.url {
        // A team ledger: its foreign keys are the server's to keep; the rest as for a file.
        let mut c = common::pg::cluster().unwrap().connect(url);
        assert_eq!(env.count(), n);
        let orphans: i64 = c.query_one(ORPHANS, &[]).unwrap().get(0);
        assert_eq!(orphans, 0, "every request has its opening event");
        return;
    }
    assert_eq!(integrity(&env.db()), "ok");
    let c = rusqlite::Connection::open(env.db()).unwrap();
    let fk: i64 = c
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(fk, 0);
    assert_eq!(env.count(), n);
    let orphans: i64 = c.query_row(ORPHANS, [], |r| r.get(0)).unwrap();
    assert_eq!(orphans, 0, "every request has its opening event");
    // The search index holds exactly each request's search text.
    c.execute(
        "INSERT INTO requests_fts (requests_fts, rank) VALUES ('integrity-check', 1)",
        [],
    )
    .unwrap();
}

/// A digest of the bytes, and the modification time, of the ledger and its WAL.
fn snapshot(db: &Path) -> Vec<(u64, usize, Option<std::time::SystemTime>)> {
    use std::hash::{Hash, Hasher};
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    [db.to_path_buf(), wal.into()]
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p).unwrap_or_default();
            let mut h = std::collections::hash_map::DefaultHasher::new();
            bytes.hash(&mut h);
            (
                h.finish(),
                bytes.len(),
                std::fs::metadata(p).and_then(|m| m.modified()).ok(),
            )
        })
        .collect()
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_svcreq"))
}

#[test]
fn parallel_writers_lose_nothing() {
    // 8 processes × 500 `open` each: exactly 4,000 requests with unique ids, no failure.
    let env = Env::new();
    let per = 500;
    let workers: Vec<_> = (0..8)
        .map(|w| {
            let db = env.db();
            let cfg = env.path("c.toml");
            std::thread::spawn(move || {
                let mut ids = Vec::new();
                for i in 0..per {
                    let out = bin()
                        .args(["--now", NOW, "--as", "alice", "--db"])
                        .arg(&db)
                        .arg("--config")
                        .arg(&cfg)
                        .args([
                            "open",
                            "-q",
                            "--severity",
                            "B",
                            "--title",
                            &format!("w{w} #{i}"),
                        ])
                        .env("USER", "alice")
                        .output()
                        .unwrap();
                    assert_eq!(
                        out.status.code(),
                        Some(0),
                        "worker {w} #{i}: {}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                    ids.push(
                        String::from_utf8(out.stdout)
                            .unwrap()
                            .trim()
                            .parse::<i64>()
                            .unwrap(),
                    );
                }
                ids
            })
        })
        .collect();
    let ids: Vec<i64> = workers
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    assert_eq!(ids.len(), 8 * per);
    assert_eq!(
        ids.iter().collect::<HashSet<_>>().len(),
        8 * per,
        "ids are unique"
    );
    inv(&env, 8 * per as i64);
}

#[cfg(unix)]
#[test]
fn killed_import_leaves_the_ledger_before_or_after() {
    use std::io::Write;
    let env = Env::new();
    for i in 0..10 {
        env.open(&["--title", &format!("seed {i}"), "--severity", "C"]);
    }
    let file = env.path("big.jsonl");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
    for i in 0..200_000 {
        writeln!(
            f,
            "{{\"title\":\"bulk {i}\",\"severity\":\"B\",\"opened_at\":\"2026-11-20T10:00:00Z\"}}"
        )
        .unwrap();
    }
    f.flush().unwrap();
    drop(f);
    // A seeded "random" moment: the kill lands while the import parses or writes.
    let seed = std::process::id() as u64;
    let delay = 50 + seed % 700;
    println!("seed {seed}: killing after {delay} ms");
    let mut child = env
        .proc()
        .arg("import")
        .arg(&file)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(delay));
    let _ = child.kill(); // SIGKILL
    let _ = child.wait();
    let n = env.count();
    assert!(
        n == 10 || n == 200_010,
        "ledger holds {n} requests: neither before nor after"
    );
    inv(&env, n);
    // The ledger still works.
    env.open(&["--title", "after the crash", "--severity", "A"]);
}

/// An import into a ledger not yet created builds it in a private file beside its path;
/// another process creating the ledger meanwhile keeps its ledger: the import is not
/// renamed over it but goes into it, all or nothing, and leaves no private file behind.
#[test]
fn a_ledger_created_while_a_new_ledger_import_runs_is_not_clobbered() {
    use std::io::Write;
    let env = Env::new();
    let file = env.path("big.jsonl");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
    let rows = 60_000;
    for i in 0..rows {
        writeln!(
            f,
            "{{\"title\":\"bulk {i}\",\"severity\":\"B\",\"opened_at\":\"2026-11-20T10:00:00Z\"}}"
        )
        .unwrap();
    }
    f.flush().unwrap();
    drop(f);
    assert!(!env.db().exists());
    let child = env
        .proc()
        .arg("import")
        .arg(&file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Once the import's private file exists, another process creates the ledger.
    let dir = env.db().parent().unwrap().to_path_buf();
    let private = || {
        std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(Result::ok)
            .any(|e| e.file_name().to_string_lossy().contains(".import-"))
    };
    let start = std::time::Instant::now();
    while !private() {
        assert!(start.elapsed().as_secs() < 60, "no private file appeared");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let id = env.open(&["--title", "created meanwhile", "--severity", "C"]);
    assert_eq!(id, 1);
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("Imported {rows} requests")
    );
    // The ledger made meanwhile is the one in place, with the import on top of it.
    inv(&env, rows + 1);
    let first = env.run(&["show", "1"], 0);
    assert!(first.contains("created meanwhile"), "{first}");
    assert!(!private(), "a private file was left behind");
}

#[test]
fn not_a_database_is_refused_untouched() {
    let env = Env::new();
    let notes = env.path("notes.txt");
    std::fs::write(&notes, "meeting notes\n".repeat(300)).unwrap();
    let before = snapshot(&notes);
    for args in [&["list"][..], &["open", "--title", "x"], &["sla"]] {
        let out = env
            .bare()
            .arg("--db")
            .arg(&notes)
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("not an svcreq database") && err.contains("notes.txt"),
            "{err}"
        );
    }
    assert_eq!(snapshot(&notes), before);
    assert!(!env.path("notes.txt-wal").exists() && !env.path("notes.txt-shm").exists());
}

#[test]
fn foreign_sqlite_database_is_refused_untouched() {
    let env = Env::new();
    let other = env.path("other.db");
    {
        let c = rusqlite::Connection::open(&other).unwrap();
        c.execute_batch("CREATE TABLE history(x); INSERT INTO history VALUES (1),(2),(3),(4),(5);")
            .unwrap();
    }
    let before = snapshot(&other);
    for args in [&["list"][..], &["open", "--title", "x"]] {
        let out = env
            .bare()
            .arg("--db")
            .arg(&other)
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stderr).contains("not an svcreq database"));
    }
    assert_eq!(snapshot(&other), before);
}

#[test]
fn newer_schema_is_refused_untouched() {
    let env = Env::new();
    env.open(&["--title", "x", "--severity", "A"]);
    {
        let c = rusqlite::Connection::open(env.db()).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
        c.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = snapshot(&env.db());
    for args in [&["list"][..], &["open", "--title", "x"], &["sla"]] {
        let err = env.fail(args, 1);
        assert!(
            err.contains("newer svcreq")
                && err.contains("99")
                && err.contains(&format!("up to {}", svcreq::store::CURRENT_VERSION)),
            "{err}"
        );
    }
    assert_eq!(snapshot(&env.db()), before);
}

#[test]
fn older_schema_is_upgraded_in_place_and_keeps_its_requests() {
    // D05: a ledger of schema 1, as the first release wrote it, with one request.
    let env = Env::new();
    {
        let c = rusqlite::Connection::open(env.db()).unwrap();
        c.execute_batch(include_str!("../src/store/schema.sql"))
            .unwrap();
        c.execute_batch(
            "PRAGMA application_id = 1398166097; PRAGMA user_version = 1; PRAGMA journal_mode = WAL;
             INSERT INTO requests (tenant, title, category, severity, plan, tier, channel, status,
               opened_at, scope, opened_by, timezone, cycle_started_at, availability,
               response_target, response_clock, response_due)
             VALUES ('default', 'old request', 'technical', 'A', 'e3', 'enterprise', 'online',
               'open', 1795424400, 'in-scope', 'alice', 'UTC', 1795424400, '24x7', '1h',
               '24x7', 1795428000);
             INSERT INTO events (request_id, at, actor, kind, detail)
             VALUES (1, 1795424400, 'alice', 'opened', 'severity A');",
        )
        .unwrap();
    }
    // A read command upgrades it first, then reads it.
    let list = env.json(&["list"]);
    assert_eq!(list[0]["title"], "old request");
    let c = rusqlite::Connection::open(env.db()).unwrap();
    let version: i64 = c
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, i64::from(svcreq::store::CURRENT_VERSION));
    let shown = env.json(&["show", "1"]);
    assert_eq!(shown["events"][0]["kind"], "opened");
    // And it takes new writes, imports included.
    let rows = env.path("rows.jsonl");
    std::fs::write(&rows, "{\"title\":\"imported one\",\"severity\":\"B\"}\n").unwrap();
    env.run(&["import", rows.to_str().unwrap()], 0);
    let shown = env.json(&["show", "2"]);
    assert_eq!(shown["events"][0]["kind"], "imported");
    inv(&env, 2);
}

#[test]
fn damaged_ledger_is_reported_without_panic() {
    let env = Env::new();
    let file = env.path("rows.jsonl");
    std::fs::write(
        &file,
        (0..500)
            .map(|i| format!("{{\"title\":\"row {i} {}\"}}\n", "x".repeat(200)))
            .collect::<String>(),
    )
    .unwrap();
    env.run(&["import", file.to_str().unwrap(), "-q"], 0);
    {
        let c = rusqlite::Connection::open(env.db()).unwrap();
        c.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let mut bytes = std::fs::read(env.db()).unwrap();
    let page = 4096;
    for b in &mut bytes[3 * page + 200..3 * page + 264] {
        *b = 0xFF;
    }
    std::fs::write(env.db(), &bytes).unwrap();
    for args in [&["list", "--status", "all"][..], &["show", "250"]] {
        let out = env.cmd().args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{err}");
        if out.status.code() != Some(0) {
            assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
            assert!(
                err.contains("damaged")
                    || err.contains("not an svcreq database")
                    || err.contains("malformed")
                    || err.contains("cannot read"),
                "{err}"
            );
        }
    }
}

#[cfg(unix)]
#[test]
fn read_only_ledger_reads_but_refuses_writes() {
    use std::os::unix::fs::PermissionsExt;
    if rustix_is_root() {
        eprintln!("skipped: running as root, file modes do not restrict writes");
        return;
    }
    let env = Env::new();
    env.open(&["--title", "x", "--severity", "A"]);
    std::fs::set_permissions(env.db(), std::fs::Permissions::from_mode(0o444)).unwrap();
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 1);
    let err = env.fail(&["open", "--title", "y"], 1);
    assert!(err.contains("read-only"), "{err}");
}

fn rustix_is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

#[test]
fn db_that_is_a_directory_or_a_special_name_is_a_usage_error() {
    let env = Env::new();
    let dir = env.path("adir");
    std::fs::create_dir(&dir).unwrap();
    for db in [
        dir.to_str().unwrap(),
        ":memory:",
        "",
        "file:x.db?mode=memory",
    ] {
        let out = env
            .bare()
            .arg("--db")
            .arg(db)
            .args(["--config"])
            .arg(env.path("c.toml"))
            .args(["open", "--title", "x"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "--db {db:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("--db"),
            "--db {db:?}"
        );
    }
}

#[cfg(unix)]
#[test]
fn new_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    // Default location under HOME: data directory 0700, ledger 0600.
    let out = env
        .bare()
        .args(["open", "--title", "x", "--severity", "C"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let data = env.path(".local/share/svcreq");
    assert_eq!(
        std::fs::metadata(&data).unwrap().permissions().mode() & 0o777,
        0o700
    );
    assert_eq!(
        std::fs::metadata(data.join("svcreq.db"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o600
    );
    // A fresh --db in missing directories: the directories are created 0700.
    let db = env.path("a/b/s.db");
    let out = env
        .bare()
        .arg("--db")
        .arg(&db)
        .args(["open", "--title", "x", "--severity", "C"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        std::fs::metadata(env.path("a"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o700
    );
    assert_eq!(
        std::fs::metadata(&db).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // While a connection holds the WAL open, -wal and -shm are 0600 too.
    let c = rusqlite::Connection::open(&db).unwrap();
    c.execute_batch("BEGIN; SELECT count(*) FROM requests; COMMIT;")
        .unwrap();
    for ext in ["db-wal", "db-shm"] {
        if let Ok(m) = std::fs::metadata(db.with_extension(ext)) {
            assert_eq!(m.permissions().mode() & 0o777, 0o600, "{ext}");
        }
    }
}

#[cfg(unix)]
#[test]
fn dangling_symlink_is_refused() {
    let env = Env::new();
    std::fs::create_dir(env.path("other")).unwrap();
    let link = env.path("link.db");
    std::os::unix::fs::symlink(env.path("other/victim.db"), &link).unwrap();
    let out = env
        .bare()
        .arg("--db")
        .arg(&link)
        .args(["open", "--title", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("symbolic link"));
    assert!(!env.path("other/victim.db").exists());
}

both_backends! {
#[test]
fn read_commands_do_not_write() {
    let env = Env::new();
    for i in 0..20 {
        env.open(&["--title", &format!("r{i}"), "--severity", "B"]);
    }
    env.run(&["close", "1"], 0);
    let before = snapshot(&env.db());
    for (args, code) in [
        (&["list"][..], 0),
        (&["show", "1"], 0),
        (&["sla", "--format", "junit"], 0),
        (&["rules", "--json"], 0),
        (&["completions", "bash"], 0),
        (&["reopen", "1", "--check"], 0),
        (&["export", "--events"], 0),
        (&["tenants"], 0),
    ] {
        let out = env.cmd().args(args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(code),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(snapshot(&env.db()), before, "{args:?} changed the ledger");
    }
}
}

both_backends! {
#[test]
fn bad_input_is_one_sentence_and_writes_nothing() {
    let env = Env::new();
    env.open(&["--title", "seed", "--severity", "A"]);
    let big_title = "t".repeat(100 * 1024);
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (vec!["open", "--title", &big_title], 2, "larger than"),
        (
            vec!["open", "--title", "x", "--opened-at", "yesterday"],
            2,
            "--opened-at",
        ),
        (
            vec!["open", "--title", "x", "--opened-at", ""],
            2,
            "--opened-at",
        ),
        (vec!["open", "--title", ""], 2, "--title is empty"),
        (vec!["list", "--format", "xml"], 2, "possible values"),
        (vec!["sla", "--fail-on", "sometimes"], 2, "possible values"),
    ];
    for (args, code, words) in &cases {
        let err = env.fail(args, *code);
        assert!(err.contains(words), "{args:?}: {err}");
    }
    for config in [
        "timezone = \"Mars/Base\"",
        "plan = 3",
        "at_risk = \"125%\"",
        "[business_hours]\nholidays = [\"2026-02-30\"]",
        "timezon = \"UTC\"",
    ] {
        std::fs::write(env.path("bad.toml"), config).unwrap();
        let out = env
            .bare()
            .arg("--db")
            .arg(env.db())
            .arg("--config")
            .arg(env.path("bad.toml"))
            .args(["open", "--title", "x"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{config}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("bad.toml:"), "{config}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    inv(&env, 1);
}
}

both_backends! {
#[test]
fn stdin_descriptions_are_checked_for_size_and_utf8() {
    use std::io::Write;
    let env = Env::new();
    let run = |input: &[u8]| {
        let mut child = env
            .proc()
            .args([
                "open",
                "--title",
                "x",
                "--severity",
                "C",
                "--description-file",
                "-",
                "-q",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let data = input.to_vec();
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&data);
        });
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap();
        out
    };
    let out = run(b"abcdefghij\xffz");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not valid UTF-8 (at byte offset 10)"));
    let out = run(&vec![b'a'; 10 * 1024 * 1024]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("larger than"));
    let exact = vec![b'a'; 1024 * 1024];
    let out = run(&exact);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run(b"line one\r\nline two\r\n");
    let id = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert_eq!(
        env.json(&["show", &id])["description"],
        "line one\r\nline two\r\n"
    );
    inv(&env, 2);
}
}

both_backends! {
#[test]
fn hostile_text_is_stored_exactly_and_rendered_inert() {
    let env = Env::new();
    let title = "a\u{1b}[2Jb";
    let desc = "\u{1b}]52;c;ZXZpbA==\u{7}\rx\u{9b}y\u{202e}evil\u{7f}";
    env.open(&[
        "--title",
        title,
        "--description",
        desc,
        "--severity",
        "A",
        "--opened-at",
        "2026-11-24T08:00:00Z",
    ]);
    for args in [
        &["list"][..],
        &["show", "1"],
        &["sla", "--fail-on", "never"],
        &["sla", "--explain", "--fail-on", "never"],
    ] {
        for color in ["always", "never"] {
            let out = env
                .cmd()
                .args(args)
                .args(["--color", color])
                .output()
                .unwrap();
            let text = String::from_utf8(out.stdout).unwrap();
            let stripped: String = if color == "always" {
                strip_sgr(&text)
            } else {
                text.clone()
            };
            let bad = stripped.chars().find(|c| {
                matches!(*c as u32, 0x00..=0x08 | 0x0B..=0x1F | 0x7F..=0x9F | 0x202A..=0x202E | 0x2066..=0x2069)
            });
            assert!(
                bad.is_none(),
                "{args:?} --color {color}: {bad:?} in\n{text}"
            );
        }
    }
    let shown = env.run(&["show", "1", "--color", "never"], 0);
    assert!(
        shown.contains("a\\x1b[2Jb") && shown.contains("\\u{202e}evil"),
        "{shown}"
    );
    let v = env.json(&["show", "1"]);
    assert_eq!(v["title"], title);
    assert_eq!(v["description"], desc);
    let raw = env.run(&["list", "--json"], 0);
    assert!(
        raw.contains("\\u001b") && !raw.contains('\u{1b}'),
        "JSON escapes ESC"
    );
    // Error messages are inert too.
    let out = env
        .cmd()
        .args(["open", "--title", "x", "--plan", "e3\u{1b}[8m"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!String::from_utf8_lossy(&out.stderr).contains('\u{1b}'));
}
}

/// Remove svcreq's own colour sequences (ESC [ digits ; m).
fn strip_sgr(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            let mut seq = String::new();
            chars.next();
            while let Some(&n) = chars.peek() {
                chars.next();
                if n == 'm' {
                    break;
                }
                seq.push(n);
            }
            if seq.chars().all(|c| c.is_ascii_digit() || c == ';') {
                continue;
            }
            out.push_str("\u{1b}[");
            out.push_str(&seq);
        } else {
            out.push(c);
        }
    }
    out
}

both_backends! {
#[test]
fn closed_stdout_is_quiet_and_full_disk_output_is_an_error() {
    let env = Env::new();
    let file = env.path("rows.jsonl");
    std::fs::write(
        &file,
        (0..5000)
            .map(|i| format!("{{\"title\":\"row {i}\"}}\n"))
            .collect::<String>(),
    )
    .unwrap();
    env.run(&["import", file.to_str().unwrap(), "-q"], 0);
    let mut child = env
        .proc()
        .args(["list", "--format", "csv"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Read;
        let mut first = [0u8; 16];
        child
            .stdout
            .as_mut()
            .unwrap()
            .read_exact(&mut first)
            .unwrap();
    }
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !err.contains("panicked") && !err.contains("Broken pipe"),
        "{err}"
    );
    assert!(
        matches!(out.status.code(), Some(0) | Some(141) | None),
        "{:?}",
        out.status
    );
    if Path::new("/dev/full").exists() {
        let out = env
            .proc()
            .args(["list"])
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stderr).contains("write"));
    }
}
}

#[test]
fn busy_timeout_exhausted_is_a_clear_failure() {
    let env = Env::new();
    env.open(&["--title", "x", "--severity", "A"]);
    let c = rusqlite::Connection::open(env.db()).unwrap();
    c.execute_batch("BEGIN IMMEDIATE; CREATE TABLE scratch(x);")
        .unwrap();
    let out = env
        .cmd()
        .env("SVCREQ_BUSY_TIMEOUT_MS", "200")
        .args(["open", "--title", "y"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("busy"));
    c.execute_batch("ROLLBACK").unwrap();
    drop(c);
    inv(&env, 1);
}

#[test]
fn readers_are_not_blocked_by_a_writer() {
    let env = Env::new();
    for i in 0..3 {
        env.open(&["--title", &format!("r{i}"), "--severity", "A"]);
    }
    let c = rusqlite::Connection::open(env.db()).unwrap();
    c.execute_batch("BEGIN IMMEDIATE; DELETE FROM events WHERE 0;")
        .unwrap();
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 3);
    c.execute_batch("COMMIT").unwrap();
}

#[cfg(unix)]
both_backends! {
#[test]
fn non_utf8_arguments_are_refused_but_non_utf8_paths_work() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let env = Env::new();
    let out = env
        .proc()
        .args(["open", "--title"])
        .arg(OsStr::from_bytes(b"\xff\xfe"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("UTF-8"));
    assert!(!env.db().exists());
    let odd = env.dir.path().join(OsStr::from_bytes(b"ledger-\xff.db"));
    let out = env
        .bare()
        .arg("--db")
        .arg(&odd)
        .args(["open", "--title", "x", "--severity", "C"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(odd.exists());
}
}

#[test]
fn cold_start_race_creates_the_schema_once() {
    // C02: 16 processes released together against a ledger that does not exist yet.
    let env = Env::new();
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(16));
    let handles: Vec<_> = (0..16)
        .map(|i| {
            let barrier = barrier.clone();
            let mut cmd = env.proc();
            cmd.args([
                "open",
                "-q",
                "--severity",
                "C",
                "--title",
                &format!("cold {i}"),
            ]);
            std::thread::spawn(move || {
                barrier.wait();
                cmd.output().unwrap()
            })
        })
        .collect();
    for h in handles {
        let out = h.join().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let c = rusqlite::Connection::open(env.db()).unwrap();
    let mode: String = c
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    let version: i64 = c
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        (mode.as_str(), version),
        ("wal", i64::from(svcreq::store::CURRENT_VERSION))
    );
    inv(&env, 16);
}

#[test]
fn a_writer_waits_for_another_writer() {
    // C03: respond (read, then write) while another connection holds the write lock.
    let env = Env::new();
    env.open(&["--title", "x", "--severity", "A"]);
    let db = env.db();
    let holder = std::thread::spawn(move || {
        let c = rusqlite::Connection::open(db).unwrap();
        c.execute_batch("BEGIN IMMEDIATE; CREATE TABLE scratch(x);")
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(500));
        c.execute_batch("DROP TABLE scratch; COMMIT;").unwrap();
    });
    std::thread::sleep(std::time::Duration::from_millis(100));
    let r = env.json(&["respond", "1"]);
    holder.join().unwrap();
    assert_eq!(r["first_response_at"], NOW);
    inv(&env, 1);
}

#[test]
fn a_long_reader_does_not_block_a_writer() {
    // C06
    let env = Env::new();
    env.open(&["--title", "x", "--severity", "A"]);
    let c = rusqlite::Connection::open(env.db()).unwrap();
    c.execute_batch("BEGIN; SELECT count(*) FROM requests;")
        .unwrap();
    env.open(&["--title", "y", "--severity", "A"]);
    c.execute_batch("COMMIT").unwrap();
    inv(&env, 2);
}

#[cfg(unix)]
#[test]
fn zero_byte_file_becomes_a_ledger_and_keeps_its_mode() {
    // D02
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    std::fs::write(env.db(), b"").unwrap();
    std::fs::set_permissions(env.db(), std::fs::Permissions::from_mode(0o600)).unwrap();
    env.open(&["--title", "x", "--severity", "A"]);
    inv(&env, 1);
    assert_eq!(
        std::fs::metadata(env.db()).unwrap().permissions().mode() & 0o777,
        0o600
    );
}

#[cfg(unix)]
#[test]
fn disk_full_rolls_back_and_the_next_open_works() {
    // D08: the file-size limit makes every write past it fail like a full disk.
    let env = Env::new();
    for i in 0..3 {
        env.open(&["--title", &format!("r{i}"), "--severity", "A"]);
    }
    let big = env.path("big.txt");
    std::fs::write(&big, "a".repeat(1024 * 1024)).unwrap();
    let bin = env!("CARGO_BIN_EXE_svcreq");
    let script = format!(
        "ulimit -f 256; trap '' XFSZ; exec '{bin}' --db '{}' --config '{}' --now {NOW} open --title big --severity A --description-file '{}'",
        env.db().display(),
        env.path("c.toml").display(),
        big.display()
    );
    let out = Command::new("sh")
        .arg("-c")
        .arg(&script)
        .env("USER", "alice")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    // One sentence, said once: the driver's own text is not appended to it.
    let ledger = env.db();
    let said_once = [
        format!(
            "svcreq: cannot write the ledger {}: the disk reported an I/O error; check that it has space and is working\n",
            ledger.display()
        ),
        format!(
            "svcreq: cannot write the ledger {}: the disk is full\n",
            ledger.display()
        ),
    ];
    let errors: Vec<String> = err
        .lines()
        .filter(|l| l.starts_with("svcreq:"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(errors.len() == 1 && said_once.contains(&errors[0]), "{err}");
    inv(&env, 3);
    env.open(&["--title", "after", "--severity", "A"]);
    inv(&env, 4);
}

both_backends! {
#[test]
fn bad_ids() {
    // I11
    let env = Env::new();
    env.open(&["--title", "x", "--severity", "A"]);
    for (args, code) in [
        (&["show", "999999"][..], 5),
        (&["show", "abc"], 2),
        (&["show", "--", "-1"], 2),
        (&["respond", "999999"], 5),
        (&["reopen", "0"], 2),
        (&["close", "1.5"], 2),
    ] {
        env.fail(args, code);
    }
    inv(&env, 1);
}
}

#[test]
fn rules_without_a_config_creates_no_config_directory() {
    // I09
    let env = Env::new();
    let out = env.bare().arg("rules").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(!env.path(".config/svcreq").exists());
}

both_backends! {
/// SPEC 6: stderr that cannot be written (a full device, a pipe whose reader has gone)
/// changes nothing: no panic (exit 101), the exit code of the command stands, and a write
/// with a warning, note or hint records its request.
#[test]
fn no_write_to_stderr_can_panic_or_abort_a_command() {
    let env = Env::new();
    // Each way stderr can fail: /dev/full (ENOSPC), and a pipe already closed (EPIPE).
    let full = || Stdio::from(std::fs::File::create("/dev/full").unwrap());
    let closed = || {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        Stdio::from(writer)
    };
    let ways: [(&str, &dyn Fn() -> Stdio); 2] = [("full", &full), ("closed pipe", &closed)];
    let mut opened = 0;
    for (way, stderr) in ways {
        if way == "full" && !Path::new("/dev/full").exists() {
            continue;
        }
        let run = |args: &[&str]| env.proc().args(args).stderr(stderr()).output().unwrap();
        // An error sentence: the usage exit code, not a panic.
        let out = run(&["sla", "--now", "+2026"]);
        assert_eq!(out.status.code(), Some(2), "{way}: sla --now +2026");
        // A note (severity assumed), a hint (self-service) and a warning (24x7): recorded.
        for args in [
            &["open", "--title", "Ticket 4711", "--impact", "down"][..],
            &["open", "--title", "How do I add a shared mailbox"][..],
            &["open", "--title", "y", "--severity", "A"][..],
        ] {
            let out = run(args);
            assert_eq!(out.status.code(), Some(0), "{way}: {args:?}");
            opened += 1;
            assert_eq!(env.count(), opened, "{way}: {args:?} recorded");
        }
        // A warning after an update: the update stands.
        let id = opened.to_string();
        let out = run(&["update", &id, "--severity", "B"]);
        assert_eq!(out.status.code(), Some(0), "{way}");
        let out = run(&["update", &id, "--severity", "A"]);
        assert_eq!(out.status.code(), Some(0), "{way}: update --severity A");
        let r: common::RequestJson = common::typed(&env.json(&["show", &id]));
        assert_eq!(r.severity.as_deref(), Some("A"), "{way}");
        // A refusal keeps its exit code.
        let out = run(&["update", &id, "--severity", "A"]);
        assert_eq!(out.status.code(), Some(2), "{way}: nothing to update");
    }
}
}

both_backends! {
/// SPEC 6: the warnings, notes and hints of a write come after its work is done: on one
/// stream they follow the result line, so a reader that stops at the first byte cannot
/// keep the request from being recorded.
#[test]
fn warnings_notes_and_hints_of_a_write_are_printed_after_its_commit() {
    let env = Env::new();
    let log = env.path("both.txt");
    let both = || std::fs::File::create(&log).unwrap();
    let out = env
        .proc()
        .args([
            "open",
            "--title",
            "Ticket 4711",
            "--impact",
            "down",
            "--users",
            "all",
        ])
        .stdout(both())
        .stderr(Stdio::from(
            std::fs::OpenOptions::new().append(true).open(&log).unwrap(),
        ))
        .status()
        .unwrap();
    assert_eq!(out.code(), Some(0));
    let text = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() >= 3, "a result, a note and a warning: {text}");
    assert!(lines[0].starts_with("Opened request 1"), "{text}");
    assert!(lines.iter().any(|l| l.starts_with("note:")), "{text}");
    assert!(lines.iter().any(|l| l.starts_with("warning:")), "{text}");
    // `2>&1 | head -c1`: the reader goes after one byte; the request is recorded.
    let mut child = env
        .proc()
        .args([
            "open",
            "--title",
            "mail down for everyone",
            "--severity",
            "A",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take());
    let mut first = [0u8; 1];
    {
        use std::io::Read;
        child
            .stdout
            .as_mut()
            .unwrap()
            .read_exact(&mut first)
            .unwrap();
    }
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    assert_ne!(status.code(), Some(101));
    assert_eq!(env.count(), 2);
}
}
