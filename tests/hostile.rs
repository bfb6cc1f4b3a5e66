//! Hostile files and input (RELIABILITY.md, "Hostile files and input"): ledgers with two
//! names, planted by someone else, carrying foreign schema objects or an altered version,
//! special files at `--db`; invisible characters; formula cells; config and environment
//! values that must not be silently taken. Every test runs the real binary on real files.

mod common;
use common::{Env, NOW};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

/// The bytes and modification time of a file, to show it was not touched.
fn fingerprint(p: &Path) -> (Vec<u8>, std::time::SystemTime) {
    (
        std::fs::read(p).unwrap(),
        std::fs::metadata(p).unwrap().modified().unwrap(),
    )
}

/// The titles in a ledger file, read with SQLite itself (for files svcreq refuses to open).
fn file_titles(db: &Path) -> Vec<String> {
    let c = rusqlite::Connection::open(db).unwrap();
    let mut st = c.prepare("SELECT title FROM requests ORDER BY id").unwrap();
    st.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// The titles of the requests in the ledger `db` (a file or a team ledger), by id, as
/// `export` gives them.
fn titles(env: &Env, db: &Path) -> Vec<String> {
    requests(env, db).into_iter().map(|r| r.title).collect()
}

/// A request's id and title, as `export` gives them.
#[derive(serde::Deserialize)]
struct Titled {
    id: i64,
    title: String,
}

/// The ids and titles of the requests in the ledger `db`, by id.
fn requests(env: &Env, db: &Path) -> Vec<Titled> {
    let out = env.on(db).arg("export").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Titled>(l).unwrap())
        .collect()
}

/// Run with a deadline: a command that blocks (a FIFO) fails the test instead of hanging.
fn run_with_deadline(mut c: Command, secs: u64) -> std::process::Output {
    let mut child = c
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(secs);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("svcreq blocked for more than {secs} s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn two_names_one_ledger_is_refused() {
    let env = Env::new();
    env.open(&["--title", "first", "--severity", "B"]);
    let alias = env.path("alias.db");
    std::fs::hard_link(env.db(), &alias).unwrap();
    let before = fingerprint(&env.db());
    for db in [env.db(), alias.clone()] {
        for args in [&["list"][..], &["open", "--title", "x", "--severity", "C"]] {
            let out = env.on(&db).args(args).output().unwrap();
            assert_eq!(out.status.code(), Some(1), "{args:?}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains("2 hard links"), "{err}");
            assert_eq!(err.lines().count(), 1, "{err}");
        }
    }
    assert_eq!(fingerprint(&env.db()), before, "untouched");
    // With one name again it works.
    std::fs::remove_file(&alias).unwrap();
    env.open(&["--title", "second", "--severity", "B"]);
    assert_eq!(file_titles(&env.db()), ["first", "second"]);
}

#[test]
fn a_ledger_planted_by_someone_else_is_refused() {
    let env = Env::new();
    // Writable by group or others: refused, with the fix, and left as it was.
    let planted = env.path("shared.db");
    std::fs::write(&planted, b"").unwrap();
    std::fs::set_permissions(&planted, std::fs::Permissions::from_mode(0o666)).unwrap();
    let err = String::from_utf8(
        env.on(&planted)
            .args(["open", "--title", "x", "--severity", "B"])
            .output()
            .unwrap()
            .stderr,
    )
    .unwrap();
    assert!(
        err.contains("writable by other users") && err.contains("chmod 600"),
        "{err}"
    );
    assert_eq!(std::fs::metadata(&planted).unwrap().len(), 0);
    for ext in ["-wal", "-shm"] {
        assert!(!env.path(&format!("shared.db{ext}")).exists());
    }
    // Owned by another user (as root, chown to nobody): refused for reads and writes.
    if is_root() {
        let foreign = env.path("foreign.db");
        std::fs::write(&foreign, b"").unwrap();
        std::fs::set_permissions(&foreign, std::fs::Permissions::from_mode(0o600)).unwrap();
        std::os::unix::fs::chown(&foreign, Some(65534), Some(65534)).unwrap();
        for args in [&["list"][..], &["open", "--title", "x", "--severity", "B"]] {
            let out = env.on(&foreign).args(args).output().unwrap();
            assert_eq!(out.status.code(), Some(1), "{args:?}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains("belongs to another user"), "{err}");
        }
        assert_eq!(std::fs::metadata(&foreign).unwrap().len(), 0);
    }
    // A ledger of one's own: created private, and so are its -wal and -shm.
    env.open(&["--title", "mine", "--severity", "B"]);
    let c = rusqlite::Connection::open(env.db()).unwrap();
    c.execute_batch("BEGIN; SELECT count(*) FROM requests; COMMIT;")
        .unwrap();
    for ext in ["", "-wal", "-shm"] {
        let m = std::fs::metadata(env.path(&format!("s.db{ext}"))).unwrap();
        assert_eq!(m.mode() & 0o777, 0o600, "s.db{ext}");
    }
}

#[test]
fn foreign_objects_in_the_ledger_are_refused() {
    let env = Env::new();
    env.open(&["--title", "before", "--severity", "B"]);
    for (name, sql) in [
        (
            "trigger",
            "CREATE TRIGGER rewrite AFTER INSERT ON requests BEGIN UPDATE requests SET title = 'pwned'; END;",
        ),
        ("view", "CREATE VIEW v AS SELECT 1;"),
        ("table", "CREATE TABLE extra (x);"),
        ("index", "CREATE INDEX requests_title ON requests (title);"),
    ] {
        let db = env.path(&format!("{name}.db"));
        std::fs::copy(env.db(), &db).unwrap();
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o600)).unwrap();
        rusqlite::Connection::open(&db)
            .unwrap()
            .execute_batch(sql)
            .unwrap();
        let before = fingerprint(&db);
        for args in [
            &["list"][..],
            &["open", "--title", "after", "--severity", "B"],
        ] {
            let out = env.on(&db).args(args).output().unwrap();
            assert_eq!(out.status.code(), Some(1), "{name} {args:?}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                err.contains(&format!(
                    "holds {} {name}",
                    if name == "index" { "an" } else { "a" }
                )) && err.contains("did not create"),
                "{err}"
            );
            assert!(!err.contains("CREATE"), "no schema text: {err}");
        }
        assert_eq!(fingerprint(&db), before, "{name}: untouched");
        assert_eq!(file_titles(&db), ["before"], "{name}: nothing ran");
    }
    // An object of svcreq's own schema, altered, is refused too.
    let db = env.path("altered.db");
    std::fs::copy(env.db(), &db).unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o600)).unwrap();
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch(
            "DROP INDEX requests_tenant; CREATE INDEX requests_tenant ON requests (title);",
        )
        .unwrap();
    let out = env.on(&db).arg("list").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("changed outside svcreq"));
}

#[test]
fn bad_user_version_is_refused_without_panic() {
    let env = Env::new();
    env.open(&["--title", "x", "--severity", "B"]);
    for version in [-1, 0, i32::MIN, 1] {
        rusqlite::Connection::open(env.db())
            .unwrap()
            .pragma_update(None, "user_version", version)
            .unwrap();
        for args in [&["list"][..], &["open", "--title", "y", "--severity", "B"]] {
            let err = env.fail(args, 1);
            assert!(err.len() < 400, "short: {err}");
            assert_eq!(err.lines().count(), 1, "{err}");
            assert!(!err.contains("CREATE"), "{err}");
            if version < 1 {
                assert!(err.contains(&format!("schema version {version}")), "{err}");
            } else {
                // Schema 2's objects under a version-1 stamp.
                assert!(err.contains("did not create for its schema 1"), "{err}");
            }
        }
    }
    rusqlite::Connection::open(env.db())
        .unwrap()
        .pragma_update(None, "user_version", 2)
        .unwrap();
    assert_eq!(file_titles(&env.db()), ["x"]);
}

#[test]
fn a_fifo_or_device_at_db_is_refused() {
    let env = Env::new();
    let fifo = env.path("pipe.db");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    for (db, kind) in [
        (fifo.as_path(), "named pipe"),
        (Path::new("/dev/null"), "character device"),
    ] {
        for args in [&["list"][..], &["open", "--title", "x", "--severity", "B"]] {
            let mut c = env.bare_std();
            c.arg("--db")
                .arg(db)
                .arg("--config")
                .arg(env.path("c.toml"));
            c.args(["--now", NOW]).args(args);
            let out = run_with_deadline(c, 10);
            assert_eq!(out.status.code(), Some(2), "{db:?} {args:?}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                err.contains(kind) && err.contains("not a regular file"),
                "{err}"
            );
            assert!(out.stdout.is_empty());
        }
    }
}

both_backends! {
    #[test]
    fn invisible_characters_are_shown_as_escapes() {
        let env = Env::new();
        let title = "pay\u{200b}roll\u{200d}x\u{feff}y\u{ad}z\u{2028}w\u{e0041}\u{2060}";
        env.open(&["--title", title, "--severity", "B"]);
        for args in [
            &["list"][..],
            &["show", "1"],
            &["sla", "--fail-on", "never"],
        ] {
            let out = env.run(&[args, &["--color", "never"]].concat(), 0);
            for c in [
                '\u{200b}',
                '\u{200d}',
                '\u{feff}',
                '\u{ad}',
                '\u{2028}',
                '\u{e0041}',
                '\u{2060}',
            ] {
                assert!(!out.contains(c), "{args:?}: {c:?} in {out}");
            }
            if args[0] != "sla" {
                assert!(
                    out.contains("pay\\u{200b}roll") || out.contains("pay\\u{200b}"),
                    "{args:?}: {out}"
                );
            }
        }
        // Stored exactly, and JSON keeps the text as it was given.
        let v = env.json(&["show", "1"]);
        assert_eq!(v["title"].as_str(), Some(title));
    }
}

both_backends! {
    #[test]
    fn formula_guard_sees_through_leading_controls() {
        let env = Env::new();
        for (i, t) in [
            "\n=HYPERLINK(\"http://x\")",
            "\u{1}=1+1",
            " \t=1",
            "\u{200b}@SUM(A1)",
            "＝1+1",
        ]
        .iter()
        .enumerate()
        {
            // Through a file: an argument cannot carry NUL.
            let f = env.path(&format!("d{i}.txt"));
            std::fs::write(&f, t).unwrap();
            env.open(&[
                "--title",
                &format!("t{i}"),
                "--description-file",
                f.to_str().unwrap(),
                "--severity",
                "C",
            ]);
        }
        let csv = env.run(&["export", "--format", "csv"], 0);
        let mut rdr = csv::Reader::from_reader(csv.as_bytes());
        let headers = rdr.headers().unwrap().clone();
        let col = headers.iter().position(|h| h == "description").unwrap();
        let mut n = 0;
        for rec in rdr.records() {
            let cell = rec.unwrap()[col].to_string();
            assert!(cell.starts_with('\''), "{cell:?}");
            n += 1;
        }
        assert_eq!(n, 5);
        // The guard is undone on import: the text comes back exactly.
        let file = env.path("out.csv");
        std::fs::write(&file, &csv).unwrap();
        let other = env.other_db("other.db");
        let out = env.on(&other).args(["import"]).arg(&file).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            env.on(&other).args(["export"]).output().unwrap().stdout,
            env.run(&["export"], 0).into_bytes()
        );
    }
}

#[test]
fn an_admin_listed_twice_is_refused() {
    let env = Env::with_config(
        "[[admins]]\nname = \"alice\"\nrole = \"global\"\n\n[[admins]]\nname = \"alice\"\nrole = \"helpdesk\"\n",
    );
    let err = env.fail(&["open", "--title", "x", "--severity", "B"], 2);
    assert!(
        err.contains("'alice' is listed twice")
            && err.contains("global")
            && err.contains("helpdesk"),
        "{err}"
    );
    assert!(env.untouched(&env.db()), "no ledger created");
}

#[test]
fn garbage_busy_timeout_is_refused() {
    let env = Env::new();
    env.open(&["--title", "x", "--severity", "B"]);
    for bad in ["abc", "-5", "1.5", "", "99999999999"] {
        let out = env
            .cmd()
            .env("SVCREQ_BUSY_TIMEOUT_MS", bad)
            .arg("list")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("SVCREQ_BUSY_TIMEOUT_MS"), "{err}");
    }
    let out = env
        .cmd()
        .env("SVCREQ_BUSY_TIMEOUT_MS", "2500")
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_ledger_in_a_read_only_directory_is_readable() {
    let env = Env::new();
    let dir = env.path("ro");
    std::fs::create_dir(&dir).unwrap();
    let db = dir.join("s.db");
    env.on(&db)
        .args(["open", "-q", "--title", "kept", "--severity", "B"])
        .assert()
        .success();
    let _ = std::fs::remove_file(dir.join("s.db-shm"));
    let mut list = env.bare_std();
    list.arg("--db")
        .arg(&db)
        .arg("--config")
        .arg(env.path("c.toml"))
        .args(["--now", NOW, "list", "--json"]);
    if is_root() {
        // Root writes anywhere: run as nobody, who owns the ledger but not the directory's
        // write permission.
        use std::os::unix::process::CommandExt;
        for entry in std::fs::read_dir(&dir).unwrap() {
            std::os::unix::fs::chown(entry.unwrap().path(), Some(65534), Some(65534)).unwrap();
        }
        std::os::unix::fs::chown(&dir, Some(65534), Some(65534)).unwrap();
        std::fs::set_permissions(env.dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::set_permissions(env.path("c.toml"), std::fs::Permissions::from_mode(0o644))
            .unwrap();
        list.uid(65534).gid(65534).env("HOME", "/nonexistent");
    }
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let out = run_with_deadline(list, 10);
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(!err.contains("read-only"), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["title"], "kept");
    assert!(!dir.join("s.db-shm").exists(), "nothing created");
}

both_backends! {
    #[test]
    fn description_file_bom_is_dropped() {
        let env = Env::new();
        let f = env.path("d.txt");
        std::fs::write(&f, "\u{feff}Mail is down\r\n".as_bytes()).unwrap();
        env.open(&[
            "--title",
            "x",
            "--severity",
            "B",
            "--description-file",
            f.to_str().unwrap(),
        ]);
        let v = env.json(&["show", "1"]);
        assert_eq!(v["description"].as_str(), Some("Mail is down\r\n"));
    }
}

// ---- Import: bounds, locking, validation, encodings, filing as `open` files -------------

/// A request as `show --json` prints it: the fields filing decides.
#[derive(Debug, PartialEq, serde::Deserialize)]
struct Filed {
    tenant: String,
    title: String,
    description: String,
    category: String,
    service: Option<String>,
    severity: Option<String>,
    severity_source: Option<String>,
    plan: String,
    tier: String,
    channel: String,
    status: String,
    opened_at: String,
    cycle_started_at: String,
    availability: String,
    response_target: String,
    response_due: Option<String>,
    sla_state: String,
    scope: String,
}

fn filed(env: &Env, db: &Path, id: i64) -> Filed {
    let out = env
        .on(db)
        .args(["show", &id.to_string(), "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn import_file(env: &Env, file: &Path, args: &[&str]) -> std::process::Output {
    env.cmd()
        .arg("import")
        .arg(file)
        .args(args)
        .output()
        .unwrap()
}

fn stderr_of(out: &std::process::Output) -> String {
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!err.contains("panicked"), "{err}");
    err
}

both_backends! {
    #[test]
    fn unbounded_import_stops_at_the_first_line_over_the_cap() {
        let env = Env::new();
        for (source, args) in [
            ("/dev/zero", &[][..]),
            ("/dev/zero", &["--format", "csv"][..]),
        ] {
            let mut c = env.bare_std();
            c.arg("--db")
                .arg(env.db())
                .arg("--config")
                .arg(env.path("c.toml"))
                .args(["--now", NOW, "import", source])
                .args(args);
            let started = Instant::now();
            let out = run_with_deadline(c, 20);
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            let err = stderr_of(&out);
            assert!(
                err.contains("line 1") && err.contains("larger than the 8 MiB cap"),
                "{err}"
            );
            assert!(started.elapsed() < Duration::from_secs(20));
        }
        // A long line after good ones is named by its number; nothing is imported.
        let file = env.path("long.jsonl");
        let mut text = String::from("{\"title\":\"a\",\"severity\":\"B\"}\n").repeat(3);
        text.push_str(&format!(
            "{{\"title\":\"{}\"}}\n",
            "x".repeat(9 * 1024 * 1024)
        ));
        std::fs::write(&file, text).unwrap();
        let out = import_file(&env, &file, &[]);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr_of(&out).contains("line 4"));
        assert!(env.untouched(&env.db()), "a refused import leaves no ledger");
        // Peak memory of an import of /dev/zero stays far below the input it reads.
        let rss = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "command -v /usr/bin/time >/dev/null || exit 77; /usr/bin/time -f %M {} --db {} --config {} --now {NOW} import /dev/zero 2>&1 >/dev/null | tail -1",
                env!("CARGO_BIN_EXE_svcreq"),
                env.db().display(),
                env.path("c.toml").display()
            ))
            .output()
            .unwrap();
        if rss.status.code() != Some(77) {
            let kb: u64 = String::from_utf8_lossy(&rss.stdout).trim().parse().unwrap();
            assert!(kb < 64 * 1024, "peak RSS {kb} KiB");
        }
    }
}

both_backends! {
    #[test]
    fn a_slow_import_blocks_no_one() {
        let env = Env::new();
        env.open(&["--title", "before", "--severity", "B"]);
        let mut import = env.proc();
        import
            .args(["import", "--format", "csv", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = import.spawn().unwrap();
        let mut stdin = child.stdin.take().unwrap();
        use std::io::Write;
        stdin.write_all(b"title,severity\nfirst row,B\n").unwrap();
        stdin.flush().unwrap();
        std::thread::sleep(Duration::from_millis(300));
        // While the import waits for its input, other writers go ahead at once.
        for i in 0..3 {
            let out = env
                .cmd()
                .env("SVCREQ_BUSY_TIMEOUT_MS", "200")
                .args(["open", "-q", "--severity", "C", "--title"])
                .arg(format!("during {i}"))
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        }
        stdin.write_all(b"last row,A\n").unwrap();
        drop(stdin);
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        assert_eq!(
            titles(&env, &env.db()),
            [
                "before",
                "during 0",
                "during 1",
                "during 2",
                "first row",
                "last row"
            ]
        );
    }
}

both_backends! {
    #[test]
    fn impossible_rows_are_refused() {
        let env = Env::new();
        let good = "{\"title\":\"fine\",\"severity\":\"B\",\"opened_at\":\"2026-11-20T10:00:00Z\"}";
        for (row, want) in [
            (
                "{\"title\":\"x\",\"severity\":\"B\",\"status\":\"closed\",\"opened_at\":\"2026-11-20T10:00:00Z\",\"closed_at\":\"2026-11-19T10:00:00Z\"}",
                "closed_at",
            ),
            (
                "{\"title\":\"x\",\"severity\":\"B\",\"opened_at\":\"2026-11-20T10:00:00Z\",\"first_response_at\":\"2026-11-19T10:00:00Z\"}",
                "first_response_at",
            ),
            (
                "{\"title\":\"x\",\"severity\":\"B\",\"status\":\"closed\",\"opened_at\":\"2026-11-20T10:00:00Z\",\"first_response_at\":\"2026-11-22T10:00:00Z\",\"closed_at\":\"2026-11-21T10:00:00Z\"}",
                "closed_at",
            ),
            (
                "{\"title\":\"x\",\"severity\":\"B\",\"reopen_count\":-3}",
                "reopen_count is -3",
            ),
            (
                "{\"title\":\"x\",\"severity\":\"B\",\"opened_at\":\"2026-11-20T10:00:00Z\",\"response_due\":\"2026-11-20T09:00:00Z\"}",
                "before its cycle starts",
            ),
            (
                "{\"title\":\"x\",\"severity\":\"B\",\"opened_at\":\"2027-01-01T10:00:00Z\"}",
                "after now",
            ),
            (
                "{\"title\":\"x\",\"severity\":\"B\",\"opened_at\":\"9999-12-31T23:00:00Z\"}",
                "9999",
            ),
        ] {
            let file = env.path("rows.jsonl");
            std::fs::write(&file, format!("{good}\n{row}\n")).unwrap();
            let out = import_file(&env, &file, &[]);
            assert_eq!(out.status.code(), Some(2), "{row}");
            let err = stderr_of(&out);
            assert!(
                err.contains("line 2") && err.contains(want) && err.contains("nothing was imported"),
                "{row}: {err}"
            );
            assert!(env.untouched(&env.db()), "{row}: nothing written");
        }
    }
}

both_backends! {
    #[test]
    fn import_files_rows_as_open_would() {
        let env = Env::with_config("timezone = \"Asia/Tokyo\"\n[tenants.contoso]\n");
        let opened = env.other_db("opened.db");
        let titles = [
            "全ユーザーがメールを送受信できない",
            "Mail cannot be sent or received by anyone",
            "One user's OneDrive sync is slow",
            "How do I set a password never to expire?",
            "Teams の会議に参加できない",
            "請求書の金額が違う",
        ];
        let mut csv = String::from("title,tenant\n");
        for t in titles {
            csv.push_str(&format!("\"{t}\",contoso\n"));
            let out = env
                .on(&opened)
                .args(["open", "-q", "--tenant", "contoso", "--title", t])
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(0), "{t}: {}", stderr_of(&out));
        }
        let file = env.path("rows.csv");
        std::fs::write(&file, csv).unwrap();
        let out = import_file(&env, &file, &[]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        for (i, t) in titles.iter().enumerate() {
            let id = i as i64 + 1;
            assert_eq!(filed(&env, &env.db(), id), filed(&env, &opened, id), "{t}");
        }
        let first = filed(&env, &env.db(), 1);
        assert_eq!(
            (first.severity.as_deref(), first.response_target.as_str()),
            (Some("A"), "1h")
        );
        // Out of scope: refused (exit 4) as open refuses it, unless import --force.
        let vba = env.path("vba.csv");
        std::fs::write(
            &vba,
            "title,tenant\nfine,contoso\nExcelのVBAマクロが動かない,contoso\n",
        )
        .unwrap();
        let fresh = env.other_db("fresh.db");
        let out = env.on(&fresh).arg("import").arg(&vba).output().unwrap();
        assert_eq!(out.status.code(), Some(4));
        let err = stderr_of(&out);
        assert!(err.contains("line 3") && err.contains("--force"), "{err}");
        assert!(env.untouched(&fresh));
        let out = env
            .on(&fresh)
            .arg("import")
            .arg(&vba)
            .arg("--force")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        // The second row's id: a team ledger's refused import may have drawn ids before.
        let forced = filed(&env, &fresh, requests(&env, &fresh)[1].id);
        assert_eq!(
            (
                forced.scope.as_str(),
                forced.response_target.as_str(),
                forced.response_due
            ),
            ("scripting", "none", None)
        );
        // What a row gives is kept as recorded: a severity, a scope, a target.
        let kept = env.path("kept.jsonl");
        std::fs::write(
            &kept,
            "{\"title\":\"ExcelのVBAマクロが動かない\",\"scope\":\"in-scope\",\"severity\":\"C\",\"service\":\"microsoft-365-apps\",\"category\":\"technical\"}\n",
        )
        .unwrap();
        let other = env.other_db("kept.db");
        let out = env.on(&other).arg("import").arg(&kept).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        let k = filed(&env, &other, 1);
        assert_eq!(
            (
                k.scope.as_str(),
                k.severity.as_deref(),
                k.severity_source.as_deref()
            ),
            ("in-scope", Some("C"), Some("manual"))
        );
    }
}

both_backends! {
    /// SPEC 5 (import files a row as `open` would), rows that give their severity: the same
    /// service and scope as `open --severity` decides from the same text (an Outlook program
    /// fault is Microsoft 365 Apps, a mailbox Exchange Online), and a cause outside the boundary
    /// refused as `open` refuses it.
    #[test]
    fn import_files_rows_with_their_severity_as_open_would() {
        let env = Env::with_config("timezone = \"Asia/Tokyo\"\n[tenants.contoso]\n");
        let opened = env.other_db("opened.db");
        let rows = [
            ("Outlook crashes on startup for one user", "C"),
            ("Mail cannot be sent or received by anyone", "A"),
            ("SharePoint サイトが開けない", "B"),
            ("Teams の会議に参加できない。Outlook は使える", "B"),
            ("Printer queue stuck", "C"),
        ];
        let mut csv = String::from("title,tenant,severity\n");
        for (t, sev) in rows {
            csv.push_str(&format!("\"{t}\",contoso,{sev}\n"));
            let out = env
                .on(&opened)
                .args([
                    "open",
                    "-q",
                    "--tenant",
                    "contoso",
                    "--title",
                    t,
                    "--severity",
                    sev,
                ])
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(0), "{t}: {}", stderr_of(&out));
        }
        let file = env.path("rows.csv");
        std::fs::write(&file, csv).unwrap();
        let out = import_file(&env, &file, &[]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        for (i, (t, _)) in rows.iter().enumerate() {
            let id = i as i64 + 1;
            assert_eq!(filed(&env, &env.db(), id), filed(&env, &opened, id), "{t}");
        }
        assert_eq!(
            filed(&env, &env.db(), 1).service.as_deref(),
            Some("microsoft-365-apps")
        );
        // A cause outside the boundary is refused with its severity given too, as open refuses it.
        let vba = env.path("vba.csv");
        std::fs::write(
            &vba,
            "title,tenant,severity\nExcelのVBAマクロが動かない,contoso,B\n",
        )
        .unwrap();
        let out = env
            .on(&env.other_db("o.db"))
            .args([
                "open",
                "--tenant",
                "contoso",
                "--title",
                "ExcelのVBAマクロが動かない",
                "--severity",
                "B",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(4), "open refuses it");
        let fresh = env.other_db("fresh.db");
        let out = env.on(&fresh).arg("import").arg(&vba).output().unwrap();
        assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
        assert!(env.untouched(&fresh));
    }
}

both_backends! {
    /// SPEC 6: out of scope means no commitment, for an imported row too. A row that records a
    /// response target or due time for an out-of-scope request is refused (exit 2, the field
    /// named, nothing imported), so no such request can breach and fail CI; the same row without
    /// them imports with no target under `--force`, and its export imports again.
    #[test]
    fn an_imported_out_of_scope_row_records_no_commitment() {
        let env = Env::new();
        let file = env.path("rows.jsonl");
        for row in [
            r#"{"title":"vba","scope":"scripting","severity":"A","availability":"24x7","response_target":"1h","opened_at":"2026-11-24T09:00:00Z"}"#,
            r#"{"title":"vba","scope":"scripting","severity":"A","response_due":"2026-11-24T11:00:00Z","opened_at":"2026-11-24T09:00:00Z"}"#,
        ] {
            std::fs::write(&file, format!("{row}\n")).unwrap();
            let out = import_file(&env, &file, &[]);
            assert_eq!(out.status.code(), Some(2), "{row}");
            let err = stderr_of(&out);
            assert!(
                err.contains("response_target") && err.contains("scripting"),
                "{err}"
            );
            assert!(env.untouched(&env.db()), "nothing imported");
        }
        std::fs::write(
            &file,
            "{\"title\":\"vba\",\"scope\":\"scripting\",\"severity\":\"A\",\"opened_at\":\"2026-11-24T09:00:00Z\"}\n",
        )
        .unwrap();
        // Its scope stated without its target, the row is filed as `open` files it: forced.
        assert_eq!(import_file(&env, &file, &[]).status.code(), Some(4));
        assert_eq!(import_file(&env, &file, &["--force"]).status.code(), Some(0));
        let r = filed(&env, &env.db(), 1);
        assert_eq!((r.response_target.as_str(), r.response_due), ("none", None));
        env.at("2026-11-30T10:00:00Z").arg("sla").assert().code(0);
    }
}

both_backends! {
    /// SPEC 7: an import warns as `open` does of a severity A request whose customer is not
    /// reachable around the clock: once, after the commit, counting the open rows (a closed one
    /// is history), on every import path (a file into a new ledger, into an existing one, stdin).
    #[test]
    fn an_imported_severity_a_row_without_24x7_is_warned_of_once_counting_the_rows() {
        let env = Env::new();
        let file = env.path("rows.jsonl");
        let rows = [
            r#"{"title":"a1","severity":"A","opened_at":"2026-11-24T09:00:00Z"}"#,
            r#"{"title":"a2","severity":"A","opened_at":"2026-11-24T09:00:00Z"}"#,
            r#"{"title":"a3","severity":"A","available_24x7":true,"opened_at":"2026-11-24T09:00:00Z"}"#,
            r#"{"title":"a4","severity":"A","status":"closed","closed_at":"2026-11-24T09:30:00Z","opened_at":"2026-11-24T09:00:00Z"}"#,
            r#"{"title":"b","severity":"B","opened_at":"2026-11-24T09:00:00Z"}"#,
        ];
        std::fs::write(&file, rows.join("\n") + "\n").unwrap();
        let warned = |out: &std::process::Output| {
            assert_eq!(out.status.code(), Some(0), "{}", stderr_of(out));
            let err = stderr_of(out);
            let lines: Vec<&str> = err.lines().collect();
            assert_eq!(lines.len(), 1, "{err}");
            assert!(
                lines[0].starts_with("warning: 2 open requests in the file are severity A")
                    && lines[0].contains("--available-24x7 true"),
                "{err}"
            );
        };
        // Into a new ledger, then into the one that exists.
        warned(&import_file(&env, &file, &[]));
        warned(&import_file(&env, &file, &[]));
        // From stdin, spooled.
        let out = env
            .cmd()
            .args(["import", "-"])
            .write_stdin(rows.join("\n") + "\n")
            .output()
            .unwrap();
        warned(&out);
        // The warning is said in the reader's language, with the same count.
        let out = env
            .cmd()
            .args(["--lang", "ja", "import", "-"])
            .write_stdin(rows.join("\n") + "\n")
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert!(err.starts_with("警告") && err.contains("2 件"), "{err}");
        // None to say: nothing said.
        std::fs::write(&file, format!("{}\n", rows[2])).unwrap();
        let out = import_file(&env, &file, &[]);
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(stderr_of(&out), "");
    }
}

both_backends! {
    /// SPEC 5: an import never silently drops a value: a row that gives part of a recorded
    /// commitment (an availability, response target or clock without the rest of its target, a
    /// due time where there is no target, a severity's source without the severity) is refused
    /// naming the field and what it needs, nothing imported; given whole, it is kept.
    #[test]
    fn an_imported_value_that_cannot_be_kept_is_refused_naming_what_it_needs() {
        let env = Env::new();
        let file = env.path("rows.jsonl");
        for (row, given, needed) in [
            (
                r#"{"title":"x","severity":"A","response_target":"1h"}"#,
                "response_target",
                "availability",
            ),
            (
                r#"{"title":"x","severity":"A","availability":"24x7"}"#,
                "availability",
                "response_target",
            ),
            (
                r#"{"title":"x","severity":"A","response_clock":"business"}"#,
                "response_clock",
                "availability",
            ),
            (
                r#"{"title":"x","severity":"B","response_target":"1h","response_clock":"24x7"}"#,
                "response_target",
                "availability",
            ),
            (
                r#"{"title":"x","category":"presales","severity_source":"manual"}"#,
                "severity_source",
                "severity",
            ),
            (
                r#"{"title":"x","response_due":"2026-11-24T11:00:00Z","category":"billing"}"#,
                "response_due",
                "response_target",
            ),
        ] {
            std::fs::write(&file, format!("{row}\n")).unwrap();
            let out = import_file(&env, &file, &[]);
            let err = stderr_of(&out);
            assert_eq!(out.status.code(), Some(2), "{row}: {err}");
            assert_eq!(err.lines().count(), 1, "{row}: {err}");
            assert!(
                err.contains("line 1")
                    && err.contains(&format!("field {given} is given without {needed}")),
                "{row}: {err}"
            );
            assert!(env.untouched(&env.db()), "nothing imported: {row}");
        }
        // A target given as none has no due time: said as that, not as a target missing.
        std::fs::write(
            &file,
            "{\"title\":\"x\",\"severity\":\"C\",\"availability\":\"24x7\",\"response_target\":\"none\",\"response_due\":\"2026-11-24T11:00:00Z\"}\n",
        )
        .unwrap();
        let out = import_file(&env, &file, &[]);
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(
            err.contains("line 1: field response_due: response_target none commits to no response"),
            "{err}"
        );
        assert!(env.untouched(&env.db()), "nothing imported");
        // Given whole, the target is kept as recorded, not decided under today's rules.
        std::fs::write(
            &file,
            "{\"title\":\"x\",\"severity\":\"C\",\"availability\":\"24x7\",\"response_target\":\"2h\",\"opened_at\":\"2026-11-24T09:00:00Z\"}\n",
        )
        .unwrap();
        assert_eq!(import_file(&env, &file, &[]).status.code(), Some(0));
        let r = filed(&env, &env.db(), 1);
        assert_eq!(
            (r.response_target.as_str(), r.response_due.as_deref()),
            ("2h", Some("2026-11-24T11:00:00Z"))
        );
    }
}

both_backends! {
    #[test]
    fn import_caps_match_open() {
        let env = Env::new();
        let big = "x".repeat(1024 * 1024 + 1);
        for (row, want) in [
            (
                format!("{{\"title\":\"t\",\"severity\":\"B\",\"description\":\"{big}\"}}"),
                "field description: it is larger than the 1 MiB cap",
            ),
            (
                format!("{{\"title\":\"{}\",\"severity\":\"B\"}}", "t".repeat(4097)),
                "field title: it is larger than the 4 KiB cap",
            ),
            (
                format!(
                    "{{\"title\":\"t\",\"severity\":\"B\",\"opened_by\":\"{}\"}}",
                    "a".repeat(1025)
                ),
                "field opened_by: it is larger than the 1 KiB cap",
            ),
            (
                format!(
                    "{{\"title\":\"t\",\"severity\":\"B\",\"plan\":\"{}\"}}",
                    "p".repeat(1025)
                ),
                "field plan: it is larger than the 1 KiB cap",
            ),
        ] {
            let file = env.path("rows.jsonl");
            std::fs::write(&file, format!("{row}\n")).unwrap();
            let out = import_file(&env, &file, &[]);
            assert_eq!(out.status.code(), Some(2));
            let err = stderr_of(&out);
            assert!(err.contains("line 1") && err.contains(want), "{err}");
        }
        assert!(env.untouched(&env.db()));
    }
}

both_backends! {
    #[test]
    fn json_lines_with_a_bom_are_accepted() {
        let env = Env::new();
        let file = env.path("ps.jsonl");
        std::fs::write(
            &file,
            "\u{feff}{\"title\":\"from PowerShell\",\"severity\":\"B\"}\r\n{\"title\":\"two\",\"severity\":\"C\"}\r\n",
        )
        .unwrap();
        let out = import_file(&env, &file, &[]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        assert_eq!(titles(&env, &env.db()), ["from PowerShell", "two"]);
    }
}

both_backends! {
    #[test]
    fn crlf_csv_errors_name_the_physical_line() {
        let env = Env::new();
        for (text, line) in [
            ("title,severity\r\nbad,Z\r\n", 2),
            (
                "title,severity\r\nok,B\r\n\r\n\"two\r\nlines\",C\r\nbad,Z\r\n",
                6,
            ),
            ("title,severity\nok,B\n\"two\nlines\",C\nbad,Z\n", 5),
        ] {
            let file = env.path("rows.csv");
            std::fs::write(&file, text).unwrap();
            let out = import_file(&env, &file, &[]);
            assert_eq!(out.status.code(), Some(2));
            let err = stderr_of(&out);
            assert!(
                err.contains(&format!("line {line}: ")) && err.contains("severity"),
                "{text:?}: {err}"
            );
        }
    }
}

both_backends! {
    #[test]
    fn shift_jis_csv_gets_the_hint_and_imports_with_encoding_cp932() {
        let env = Env::new();
        let text = "title,severity\n全ユーザーがメールを送受信できない,A\n";
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(text);
        let file = env.path("excel.csv");
        std::fs::write(&file, &sjis).unwrap();
        let out = import_file(&env, &file, &[]);
        assert_eq!(out.status.code(), Some(2));
        let err = stderr_of(&out);
        assert!(
            err.contains("line 2") && err.contains("Shift_JIS") && err.contains("--encoding cp932"),
            "{err}"
        );
        assert!(
            !err.contains("invalid utf-8") && !err.contains("CSV parse error"),
            "{err}"
        );
        assert!(env.untouched(&env.db()));
        let out = import_file(&env, &file, &["--encoding", "cp932"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        assert_eq!(titles(&env, &env.db()), ["全ユーザーがメールを送受信できない"]);
        // A byte CP932 does not define is refused, not replaced.
        std::fs::write(&file, b"title,severity\nok,B\n\x82\xff,A\n").unwrap();
        let out = env
            .on(&env.other_db("other.db"))
            .arg("import")
            .arg(&file)
            .args(["--encoding", "cp932"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr_of(&out).contains("CP932"));
    }
}

both_backends! {
    #[test]
    fn spreadsheets_get_a_bom_and_it_imports_back() {
        let env = Env::new();
        env.open(&[
            "--title",
            "全ユーザーがメールを送受信できない",
            "--severity",
            "A",
        ]);
        let with = env.run(&["export", "--format", "csv", "--bom"], 0);
        assert!(with.starts_with('\u{feff}'));
        let without = env.run(&["export", "--format", "csv"], 0);
        assert!(!without.starts_with('\u{feff}'));
        assert_eq!(with.trim_start_matches('\u{feff}'), without);
        let file = env.path("excel.csv");
        std::fs::write(&file, &with).unwrap();
        let other = env.other_db("other.db");
        let out = env.on(&other).arg("import").arg(&file).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        assert_eq!(titles(&env, &other), ["全ユーザーがメールを送受信できない"]);
        let err = env.fail(&["export", "--bom"], 2);
        assert!(err.contains("--bom"), "{err}");
    }
}

both_backends! {
    /// No ledger keeps U+0000 (PostgreSQL's text cannot hold it, and a ledger file must copy
    /// whole into a team ledger): every entry point that stores a text refuses one the same
    /// way, in one sentence naming the flag or field (exit 2), nothing written: a file's text
    /// (open, update, note, stdin too), an import row (JSON lines, a CSV cell, an escape inside
    /// a history column), a tenant name in the config.
    #[test]
    fn a_nul_character_is_refused_by_every_entry_point_alike() {
        let env = Env::new();
        let nul = env.path("nul.txt");
        std::fs::write(&nul, "before\0after").unwrap();
        let file = nul.to_str().unwrap();
        for (args, flag) in [
            (
                &["open", "--title", "t", "--severity", "B", "--description-file", file][..],
                "--description-file",
            ),
            (&["classify", "--file", file], "--file"),
        ] {
            let err = env.fail(args, 2);
            assert!(
                err.contains(&format!("{flag} holds a NUL character (U+0000) at byte offset 6")),
                "{args:?}: {err}"
            );
            assert_eq!(err.lines().count(), 1, "{err}");
        }
        assert!(env.untouched(&env.db()), "nothing written");
        env.open(&["--title", "kept", "--severity", "B"]);
        let history = env.json(&["show", "1"]);
        for args in [
            &["update", "1", "--description-file", file][..],
            &["note", "1", "--file", file],
        ] {
            let err = env.fail(args, 2);
            assert!(err.contains("NUL character (U+0000)"), "{args:?}: {err}");
        }
        let out = env
            .cmd()
            .args(["note", "1", "-"])
            .write_stdin("a\0b")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr_of(&out).contains("NUL character"));
        assert_eq!(env.json(&["show", "1"]), history, "nothing written");
        // Import: a JSON escape or a raw byte, named by its field, the row's line, nothing in.
        let fresh = env.other_db("fresh.db");
        for (name, text, field) in [
            ("a.jsonl", "{\"title\":\"ok\",\"severity\":\"B\"}\n{\"title\":\"a\\u0000b\",\"severity\":\"B\"}\n", "line 2: field title"),
            (
                "b.jsonl",
                "{\"title\":\"ok\",\"severity\":\"B\",\"opened_at\":\"2026-11-24T09:00:00Z\",\"events\":[{\"at\":\"2026-11-24T09:00:00Z\",\"actor\":\"x\",\"kind\":\"opened\",\"detail\":\"d\",\"data\":{\"note\":\"\\u0000\"}}]}\n",
                "line 1: field events.data.note",
            ),
            ("c.csv", "title,severity,contact\nok,B,\"a\0b\"\n", "line 2: field contact"),
            (
                "d.csv",
                "title,severity,events\nok,B,\"[{\"\"at\"\":\"\"2026-11-24T09:00:00Z\"\",\"\"actor\"\":\"\"x\\u0000\"\",\"\"kind\"\":\"\"opened\"\"}]\"\n",
                "line 2: field events.actor",
            ),
        ] {
            let f = env.path(name);
            std::fs::write(&f, text).unwrap();
            let out = env.on(&fresh).arg("import").arg(&f).output().unwrap();
            let err = stderr_of(&out);
            assert_eq!(out.status.code(), Some(2), "{name}: {err}");
            assert!(
                err.contains(field)
                    && err.contains("holds a NUL character (U+0000)")
                    && err.contains("nothing was imported"),
                "{name}: {err}"
            );
            assert!(env.untouched(&fresh), "{name}: nothing imported");
        }
        // The text of an escape that is not one (a backslash escaped) is kept as written.
        let f = env.path("e.jsonl");
        std::fs::write(&f, "{\"title\":\"a\\\\u0000b\",\"severity\":\"B\"}\n").unwrap();
        let out = env.on(&fresh).arg("import").arg(&f).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        assert_eq!(titles(&env, &fresh), ["a\\u0000b"]);
        // A tenant's name in the config.
        std::fs::write(env.path("c.toml"), "[tenants.\"con\\u0000toso\"]\n").unwrap();
        let err = env.fail(&["list"], 2);
        assert!(
            err.contains("c.toml:1:")
                && err.contains("a tenant name in `tenants.")
                && err.contains("holds a NUL character (U+0000)"),
            "{err}"
        );
        // The acting admin's name from the config, refused where the file writes it (not as
        // if --as had given it), on a team ledger too, and a tier or plan a rules file names.
        std::fs::write(env.path("c.toml"), "admin = \"al\\u0000ice\"\n").unwrap();
        let err = env.fail(&["open", "--title", "t", "--severity", "B"], 2);
        assert!(
            err.contains("c.toml:1:")
                && err.contains("`admin` holds a NUL character (U+0000)")
                && !err.contains("--as"),
            "{err}"
        );
        let rules = include_str!("../src/rules/default.toml");
        for (from, to, field) in [
            ("[tiers.elevated]", "[tiers.\"g\\u0000\"]", "a tier name"),
            ("\"e5\", ", "\"e5\", \"x\\u0000y\", ", "a plan name"),
        ] {
            std::fs::write(env.path("r.toml"), rules.replacen(from, to, 1)).unwrap();
            std::fs::write(env.path("c.toml"), "rules_file = \"r.toml\"\n").unwrap();
            let err = env.fail(&["list"], 2);
            assert!(
                err.contains("r.toml:")
                    && err.contains(&format!("{field} in `tiers."))
                    && err.contains("holds a NUL character"),
                "{err}"
            );
        }
    }
}

/// A ledger file written before NUL was refused may hold one: `db copy` into a team ledger
/// names the request and column in one sentence (exit 1) and writes nothing, where
/// PostgreSQL's own error would be raw text.
#[test]
fn db_copy_names_a_nul_character_a_team_ledger_cannot_keep() {
    common::on_pg(|| {
        let env = Env::new();
        let file = env.path("old.db");
        let out = env
            .on(&file)
            .args(["open", "-q", "--title", "old", "--severity", "B"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        rusqlite::Connection::open(&file)
            .unwrap()
            .execute(
                "UPDATE requests SET description = 'a' || char(0) || 'b'",
                [],
            )
            .unwrap();
        let url = env.db();
        let out = env
            .bare()
            .arg("--config")
            .arg(env.path("c.toml"))
            .args(["db", "copy", "--from"])
            .arg(&file)
            .arg("--to")
            .arg(&url)
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.contains("request 1: its description holds a NUL character (U+0000)")
                && !err.contains("invalid byte sequence"),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(env.untouched(&url));
    });
}

#[test]
fn bad_values_in_ledger_rows_are_one_clear_sentence() {
    let env = Env::new();
    for i in 0..3 {
        env.open(&["--title", &format!("r{i}"), "--severity", "B"]);
    }
    rusqlite::Connection::open(env.db())
        .unwrap()
        .execute_batch(
            "UPDATE requests SET severity = 'Z' WHERE id = 2; UPDATE requests SET opened_at = 'garbage' WHERE id = 3;",
        )
        .unwrap();
    for args in [
        &["list", "--json"][..],
        &["list", "--status", "all"],
        &["export"],
        &["show", "2"],
        &["show", "3"],
        &["sla", "--fail-on", "never"],
    ] {
        let out = env.cmd().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = stderr_of(&out);
        assert!(
            err.contains("holds a value svcreq cannot read") && err.contains("restore"),
            "{args:?}: {err}"
        );
        assert!(
            !err.contains("Conversion error") && !err.contains("Invalid column type"),
            "{args:?}: {err}"
        );
        if args[0] == "list" || args[0] == "export" {
            assert!(
                err.contains("request 2, column severity"),
                "{args:?}: {err}"
            );
        }
    }
}

/// Issue 14: a value svcreq would never write, put into a ledger row by hand — a time zone
/// that does not exist, a negative reopen count, a response target, availability or clock
/// the rules cannot read, an event whose data is not JSON — is refused by name (request and
/// column) by every command that reads it, never shown, exported or used as if it were
/// right.
#[test]
fn values_svcreq_would_never_write_are_refused_by_name() {
    for (column, sql, readers) in [
        (
            "timezone",
            "UPDATE requests SET timezone = 'Mars/Base'",
            &["show", "export", "list"][..],
        ),
        (
            "reopen_count",
            "UPDATE requests SET reopen_count = -1",
            &["show", "export"],
        ),
        (
            "response_target",
            "UPDATE requests SET response_target = '3x'",
            &["show", "export"],
        ),
        (
            "availability",
            "UPDATE requests SET availability = 'sometimes'",
            &["show", "export"],
        ),
        (
            "response_clock",
            "UPDATE requests SET response_clock = 'lunar'",
            &["show", "export"],
        ),
        (
            "data",
            "UPDATE events SET data = '{bad'",
            &["show", "export"],
        ),
    ] {
        let env = Env::new();
        env.open(&["--title", "r", "--severity", "B"]);
        rusqlite::Connection::open(env.db())
            .unwrap()
            .execute_batch(sql)
            .unwrap();
        for reader in readers {
            let args: Vec<&str> = match *reader {
                "show" => vec!["show", "1"],
                "export" => vec!["export", "--events"],
                _ => vec!["list", "--status", "all"],
            };
            let out = env.cmd().args(&args).output().unwrap();
            assert_eq!(out.status.code(), Some(1), "{sql}: {args:?}");
            assert!(
                out.stdout.is_empty(),
                "{sql}: {args:?}: nothing half-written"
            );
            let err = stderr_of(&out);
            assert!(
                err.contains("request 1") && err.contains(&format!("column {column}")),
                "{sql}: {args:?}: {err}"
            );
            assert_eq!(err.lines().count(), 1, "{err}");
        }
    }
}

/// SPEC 6: a history is ordered, on the way out as on the way in. Edits by hand that make a
/// record contradict itself — closed with no close time, a `reopen_count` that disagrees with
/// its earlier cycles, a cycle or an event dated before the opening, a cycle started before
/// it, a response recorded with no `first_response_at` — are refused by request and column
/// by every command that reads them, as values svcreq would never write are, so no export
/// that cannot import is ever written. A past `--now` stays a legal view.
#[test]
fn hand_edits_that_contradict_a_history_are_refused_by_name() {
    let day = 86_400;
    for (column, setup, sql, readers) in [
        (
            "closed_at",
            &[][..],
            "UPDATE requests SET status = 'closed', closed_at = NULL".to_string(),
            &["show", "export", "list"][..],
        ),
        (
            "closed_at",
            &[&["close", "1"][..], &["reopen", "1"]],
            "UPDATE requests SET closed_at = opened_at + 60".to_string(),
            &["show", "export", "list"],
        ),
        (
            "reopen_count",
            &[],
            "UPDATE requests SET reopen_count = 2".to_string(),
            &["show", "export"],
        ),
        (
            "cycles.started_at",
            &[&["close", "1"][..], &["reopen", "1"]],
            format!("UPDATE cycles SET started_at = started_at - {day}"),
            &["show", "export"],
        ),
        (
            "events.at",
            &[&["note", "1", "hello"][..]],
            format!("UPDATE events SET at = at - {day} WHERE kind = 'note'"),
            &["show", "export"],
        ),
        (
            "cycle_started_at",
            &[],
            format!("UPDATE requests SET cycle_started_at = opened_at - {day}"),
            &["show", "export"],
        ),
        (
            "first_response_at",
            &[&["respond", "1"][..]],
            format!("UPDATE requests SET first_response_at = cycle_started_at - {day}"),
            &["show", "export", "list"],
        ),
        (
            "first_response_at",
            &[&["respond", "1"][..]],
            "UPDATE requests SET first_response_at = NULL".to_string(),
            &["show", "export"],
        ),
        // What import would refuse of the history is not read either (SPEC 7: every
        // export imports).
        (
            "history",
            &[&["close", "1"][..], &["reopen", "1"]],
            "UPDATE cycles SET closed_at = closed_at + 3600".to_string(),
            &["show", "export"],
        ),
        (
            "history",
            &[&["close", "1"][..], &["reopen", "1"]],
            "UPDATE cycles SET closed_at = NULL".to_string(),
            &["show", "export"],
        ),
        (
            "history",
            &[],
            "UPDATE requests SET response_due = cycle_started_at - 10".to_string(),
            &["show", "export"],
        ),
        (
            "history",
            &[&["respond", "1"][..], &["note", "1", "hello"]],
            "UPDATE events SET at = at - 60 WHERE kind = 'note'".to_string(),
            &["show", "export"],
        ),
        (
            "history",
            &[&["close", "1"][..], &["reopen", "1"]],
            "UPDATE requests SET channel = 'phone'".to_string(),
            &["show", "export"],
        ),
    ] {
        let env = Env::new();
        env.open(&[
            "--title",
            "r",
            "--severity",
            "B",
            "--opened-at",
            "2026-11-24T08:00:00Z",
        ]);
        for args in setup {
            env.run(args, 0);
        }
        rusqlite::Connection::open(env.db())
            .unwrap()
            .execute_batch(&sql)
            .unwrap();
        for reader in readers {
            let args: Vec<&str> = match *reader {
                "show" => vec!["show", "1"],
                "export" => vec!["export", "--events"],
                _ => vec!["list", "--status", "all"],
            };
            let out = env.cmd().args(&args).output().unwrap();
            let err = stderr_of(&out);
            assert_eq!(out.status.code(), Some(1), "{sql}: {args:?}: {err}");
            assert!(
                out.stdout.is_empty(),
                "{sql}: {args:?}: nothing half-written"
            );
            assert!(
                err.contains("request 1") && err.contains(&format!("column {column}:")),
                "{sql}: {args:?}: {err}"
            );
            assert_eq!(err.lines().count(), 1, "{err}");
        }
    }
    // Not "in the future": a view before a response or a close is the past, not a contradiction.
    let env = Env::new();
    env.open(&[
        "--title",
        "r",
        "--severity",
        "B",
        "--opened-at",
        "2026-11-24T08:00:00Z",
    ]);
    env.run(&["respond", "1", "--at", "2026-11-24T09:00:00Z"], 0);
    env.run(&["close", "1", "--at", "2026-11-24T09:30:00Z"], 0);
    for args in [
        &["show", "1"][..],
        &["export", "--events"],
        &["list", "--status", "all"],
    ] {
        env.at("2026-11-24T08:30:00Z").args(args).assert().code(0);
    }
}

/// SPEC 5, 7: import refuses a row whose history the ledger would refuse to read back —
/// a response recorded in the current cycle with no first response time (a `responded`
/// event without `first_response_at`, or a reopened request's `reopened` event left out),
/// an event before the opening, a change an event records to a value svcreq never writes
/// — naming the line and what contradicts; nothing is written.
#[test]
fn import_refuses_a_row_the_ledger_would_refuse_to_read_back() {
    let env = Env::new();
    // (the row, the column the refusal names)
    let rows = [
        (
            r#"{"title": "x", "severity": "B", "opened_at": "2026-11-24T08:00:00Z", "events": [{"at": "2026-11-24T08:00:00Z", "actor": "a", "kind": "opened", "detail": "d"}, {"at": "2026-11-24T08:10:00Z", "actor": "a", "kind": "responded", "detail": "d"}]}"#,
            "first_response_at",
        ),
        // A change to a value svcreq never writes, which a view of an earlier instant reads.
        (
            r#"{"title": "x", "severity": "B", "opened_at": "2026-11-24T08:00:00Z", "events": [{"at": "2026-11-24T08:00:00Z", "actor": "a", "kind": "opened", "detail": "d"}, {"at": "2026-11-24T08:10:00Z", "actor": "a", "kind": "severity-changed", "detail": "d", "data": {"severity": {"old": "Z", "new": "B"}}}]}"#,
            "events.data.severity.old",
        ),
        // A tenant no config can name (one that has left the config is kept as named),
        // and an `opened_by` no actor can be: every reader would refuse them.
        (
            r#"{"title": "x", "severity": "B", "tenant": "contoso,fabrikam", "timezone": "UTC", "plan": "e3", "tier": "enterprise", "availability": "24x7", "response_target": "1h"}"#,
            "tenant",
        ),
        (
            r#"{"title": "x", "severity": "B", "opened_by": "alice "}"#,
            "opened_by",
        ),
        (
            r#"{"title": "x", "severity": "B", "opened_by": "ali\nce"}"#,
            "opened_by",
        ),
    ]
    .map(|(row, column)| (row.to_string(), column));
    // A real export of a reopened request with its `reopened` event left out.
    let from = Env::new();
    from.open(&[
        "--title",
        "r",
        "--severity",
        "B",
        "--opened-at",
        "2026-11-24T08:00:00Z",
    ]);
    for args in [&["respond", "1"][..], &["close", "1"], &["reopen", "1"]] {
        from.run(args, 0);
    }
    let out = from.cmd().args(["export", "--events"]).output().unwrap();
    let mut line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    line["events"]
        .as_array_mut()
        .unwrap()
        .retain(|e| e["kind"] != "reopened");
    let rows = rows
        .into_iter()
        .chain([(line.to_string(), "first_response_at")]);
    for (row, column) in rows {
        let file = env.path("rows.jsonl");
        std::fs::write(&file, format!("{row}\n")).unwrap();
        for dry in [true, false] {
            let mut args = vec!["import", file.to_str().unwrap()];
            if dry {
                args.push("--dry-run");
            }
            let out = env.cmd().args(&args).output().unwrap();
            let err = stderr_of(&out);
            assert_eq!(out.status.code(), Some(2), "{row}: {err}");
            assert!(err.contains("line 1") && err.contains(column), "{err}");
            assert_eq!(err.lines().count(), 1, "{err}");
        }
        assert!(!env.db().exists(), "nothing written");
    }
}

/// Issue 14, no partial output: a command that stops at a value it cannot read prints
/// nothing on stdout — not the rows before the bad one, not an opening `[` — only its one
/// sentence on stderr, with exit 1.
#[test]
fn no_partial_output_when_a_stored_row_is_bad() {
    let env = Env::new();
    for i in 0..4 {
        env.open(&["--title", &format!("r{i}"), "--severity", "B"]);
    }
    env.run(&["note", "1", "a note"], 0);
    let good = env.run(&["export", "--events"], 0);
    assert_eq!(good.lines().count(), 4);
    // The last request holds a severity svcreq does not know; the rows before it are good.
    let bad_request = env.path("bad-request.db");
    let bad_event = env.path("bad-event.db");
    for (db, sql) in [
        (
            &bad_request,
            "UPDATE requests SET severity = 'Z' WHERE id = 4;",
        ),
        (
            &bad_event,
            "UPDATE events SET at = 'garbage' WHERE kind = 'note';",
        ),
    ] {
        std::fs::copy(env.db(), db).unwrap();
        std::fs::set_permissions(db, std::fs::Permissions::from_mode(0o600)).unwrap();
        rusqlite::Connection::open(db)
            .unwrap()
            .execute_batch(sql)
            .unwrap();
    }
    let cases: Vec<(&Path, &[&str])> = vec![
        (&bad_request, &["list", "--json"]),
        (&bad_request, &["list", "--format", "csv"]),
        (&bad_request, &["list", "--format", "ids"]),
        (&bad_request, &["list", "--status", "all"]),
        (&bad_request, &["export"]),
        (&bad_request, &["export", "--format", "csv"]),
        (&bad_request, &["export", "--format", "csv", "--bom"]),
        (&bad_request, &["sla", "--json", "--all"]),
        (&bad_request, &["report", "--json", "--month", "2026-11"]),
        (&bad_event, &["export", "--events"]),
        (&bad_event, &["export", "--events", "--format", "csv"]),
    ];
    for (db, args) in cases {
        let out = env.on(db).args(args).output().unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            out.stdout.is_empty(),
            "{args:?} printed before failing:\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains("cannot read"), "{args:?}: {err}");
    }
}

/// A killed import into a ledger not yet created leaves its private file
/// (`.NAME.import-PID`) beside the ledger's path; the next import, or the next command that
/// writes the ledger, removes it once its process is gone. A file whose process still runs
/// is in use and stays, and so does one that is not the user's.
#[test]
fn a_killed_import_leaves_no_file_behind_for_good() {
    let env = Env::new();
    let db = env.path("new.db");
    let cmd = || {
        let mut c = env.bare_std();
        c.arg("--db")
            .arg(&db)
            .arg("--config")
            .arg(env.path("c.toml"))
            .arg("--now")
            .arg(NOW)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        c
    };
    // Enough rows that the import is still writing when it is killed.
    let rows = env.path("rows.jsonl");
    let text: String = (0..50_000)
        .map(|i| format!("{{\"title\":\"row {i}\",\"severity\":\"B\"}}\n"))
        .collect();
    std::fs::write(&rows, text).unwrap();
    let mut child = cmd().arg("import").arg(&rows).spawn().unwrap();
    let killed = env.path(&format!(".new.db.import-{}", child.id()));
    let deadline = Instant::now() + Duration::from_secs(60);
    while !killed.exists() {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the import ended before it could be killed"
        );
        assert!(Instant::now() < deadline, "no private file appeared");
        std::thread::sleep(Duration::from_millis(1));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(killed.exists(), "a SIGKILLed import leaves its file");
    assert!(!db.exists());

    // A file of a process that still runs is in use.
    let mut live = Command::new("sleep").arg("120").spawn().unwrap();
    let in_use = env.path(&format!(".new.db.import-{}", live.id()));
    std::fs::write(&in_use, b"").unwrap();
    let dead_pid = || {
        let mut done = Command::new("true").spawn().unwrap();
        let pid = done.id();
        done.wait().unwrap();
        pid
    };

    // The next import removes the killed one's.
    let one = env.path("one.jsonl");
    std::fs::write(&one, "{\"title\":\"one\",\"severity\":\"B\"}\n").unwrap();
    let out = cmd().arg("import").arg(&one).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(!killed.exists(), "the killed import's file is removed");
    assert!(in_use.exists(), "a file in use stays");

    // So does the next write to the ledger, with the file's -wal and -shm.
    let pid = dead_pid();
    let dead: Vec<_> = ["", "-wal", "-shm"]
        .iter()
        .map(|ext| env.path(&format!(".new.db.import-{pid}{ext}")))
        .collect();
    for f in &dead {
        std::fs::write(f, b"x").unwrap();
    }
    let not_ours = env.path(&format!(".new.db.import-{}", dead_pid()));
    std::fs::write(&not_ours, b"x").unwrap();
    if is_root() {
        std::os::unix::fs::chown(&not_ours, Some(65534), Some(65534)).unwrap();
    }
    let out = cmd()
        .args(["open", "--title", "two", "--severity", "B"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    for f in &dead {
        assert!(!f.exists(), "{} is removed", f.display());
    }
    assert!(in_use.exists(), "a file in use stays");
    assert_eq!(
        not_ours.exists(),
        is_root(),
        "another user's file stays; this user's goes"
    );
    live.kill().unwrap();
    live.wait().unwrap();
}

/// A ledger object's kind takes its own article in English ("an index", "a table").
#[test]
fn a_ledger_object_is_named_with_its_own_article() {
    let env = Env::new();
    env.open(&["--title", "before", "--severity", "B"]);
    rusqlite::Connection::open(env.db())
        .unwrap()
        .execute_batch("CREATE INDEX ix ON requests (title);")
        .unwrap();
    let err = env.fail(&["list"], 1);
    assert!(err.contains("holds an index 'ix'"), "{err}");
    assert!(!err.contains(" a index"), "{err}");
}

/// SPEC 2 and 3: a config or rules file that is not UTF-8 is one sentence in the project's
/// words, in both languages, naming the file and the byte offset of the first bad byte;
/// never the standard library's "stream did not contain valid UTF-8".
#[test]
fn a_config_or_rules_file_that_is_not_utf8_names_the_file_and_the_byte_offset() {
    let env = Env::new();
    // "plan = \"e3\"  # " then Shift_JIS for 日本 (0x93 0xfa is not UTF-8): offset 15.
    let bad = b"plan = \"e3\"  # \x93\xfa\x96\x7b\n".to_vec();
    let config = env.path("sjis.toml");
    std::fs::write(&config, &bad).unwrap();
    let rules = env.path("rules.toml");
    std::fs::write(&rules, &bad).unwrap();
    let names_rules = env.path("names-rules.toml");
    std::fs::write(&names_rules, "rules_file = \"rules.toml\"\n").unwrap();
    let cases: [(Vec<&str>, &Path); 3] = [
        (vec!["--config", config.to_str().unwrap(), "list"], &config),
        (
            vec!["--config", names_rules.to_str().unwrap(), "list"],
            &rules,
        ),
        (vec!["rules", "--check", rules.to_str().unwrap()], &rules),
    ];
    for (lang, says) in [("en", "not UTF-8"), ("ja", "UTF-8 のテキストではないため")] {
        for (args, file) in &cases {
            let out = env
                .bare()
                .arg("--db")
                .arg(env.db())
                .args(["--lang", lang])
                .args(args)
                .output()
                .unwrap();
            let err = stderr_of(&out);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
            assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
            assert!(
                err.contains(says)
                    && err.contains(file.to_str().unwrap())
                    && err.contains("15")
                    && !err.contains("stream did not contain"),
                "{lang} {args:?}: {err}"
            );
        }
    }
}

/// SPEC 3/4 (an error names the file, the line and what is wrong): a date or time written as
/// a TOML literal, without quotes (`holidays = [2026-12-25]`, `open = 09:00:00`,
/// `until = 2027-05-31`, in a config or a rules file), is said as the key and the value in
/// quotes, never as the parser's "not table".
#[test]
fn a_toml_date_or_time_without_quotes_is_named_with_its_key_and_quoted_value() {
    let env = Env::new();
    for (name, text, line, key, value) in [
        (
            "h.toml",
            "[business_hours]\nholidays = [2026-12-25]\n",
            2,
            "holidays",
            "2026-12-25",
        ),
        (
            "o.toml",
            "[business_hours]\nopen = 09:00:00\n",
            2,
            "open",
            "09:00:00",
        ),
        (
            "u.toml",
            "[[admins]]\nname = \"pat\"\nrole = \"partner\"\ntenants = [\"default\"]\nuntil = 2027-05-31\n",
            5,
            "until",
            "2027-05-31",
        ),
    ] {
        let f = env.path(name);
        std::fs::write(&f, text).unwrap();
        let out = env
            .bare()
            .arg("--config")
            .arg(&f)
            .args(["rules"])
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(
            err.contains(&format!("{name}:{line}:"))
                && err.contains(&format!(
                    "the value of {key} must be in quotes: \"{value}\""
                ))
                && !err.contains("table"),
            "{err}"
        );
    }
    // In a rules file too.
    let rules = env.path("r.toml");
    std::fs::write(
        &rules,
        include_str!("../src/rules/default.toml")
            .replace("holidays = []", "holidays = [2026-12-25]"),
    )
    .unwrap();
    std::fs::write(env.path("c.toml"), "rules_file = \"r.toml\"\n").unwrap();
    let err = env.fail(&["rules"], 2);
    assert!(
        err.contains("r.toml:") && err.contains("must be in quotes: \"2026-12-25\""),
        "{err}"
    );
}

/// SPEC 5: `--encoding cp932` reads Shift_JIS/CP932 files; a file whose text reads as UTF-8
/// (beyond ASCII) is UTF-8, which decoded as CP932 would be stored garbled (`メール障害` as
/// `繝｡繝ｼ繝ｫ髫懷ｮｳ`): refused with the fix, nothing imported. ASCII text, a BOM'd UTF-8
/// file and real CP932 still import.
#[test]
fn a_utf8_file_imported_as_cp932_is_refused_not_garbled() {
    let env = Env::new();
    let utf8 = env.path("utf8.csv");
    std::fs::write(&utf8, "title,severity\nメール障害,B\n").unwrap();
    let out = import_file(&env, &utf8, &["--encoding", "cp932"]);
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("the file is UTF-8, not CP932") && err.contains("without --encoding cp932"),
        "{err}"
    );
    assert!(env.untouched(&env.db()));
    for (name, bytes) in [
        ("ascii.csv", b"title,severity\nmail down,B\n".to_vec()),
        (
            "bom.csv",
            "\u{feff}title,severity\nメール障害,B\n".as_bytes().to_vec(),
        ),
        (
            "sjis.csv",
            encoding_rs::SHIFT_JIS
                .encode("title,severity\nメール障害,B\n")
                .0
                .into_owned(),
        ),
    ] {
        let f = env.path(name);
        std::fs::write(&f, bytes).unwrap();
        let out = env
            .on(&env.path(&format!("{name}.db")))
            .arg("import")
            .arg(&f)
            .args(["--encoding", "cp932"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr_of(&out));
    }
    assert_eq!(file_titles(&env.path("sjis.csv.db")), ["メール障害"]);
    assert_eq!(file_titles(&env.path("bom.csv.db")), ["メール障害"]);
}

both_backends! {
    /// SPEC 5 (kept as recorded: an import restores history, it does not re-file it under
    /// today's rules): a row whose plan and tier the rules no longer know imports with the
    /// target it records, plan and tier kept as written, and its export imports again byte
    /// for byte; without the target there is nothing to keep it by, and it is refused.
    #[test]
    fn an_imported_plan_and_tier_the_rules_no_longer_know_are_kept_with_their_recorded_target() {
        let env = Env::new();
        let file = env.path("gold.csv");
        std::fs::write(
            &file,
            "title,severity,opened_at,plan,tier,availability,response_target,response_due\n\
             gold,B,2026-11-24T09:00:00Z,gold-contract,gold,24x7,3h,2026-11-24T12:00:00Z\n",
        )
        .unwrap();
        let out = import_file(&env, &file, &[]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        let id = requests(&env, &env.db())[0].id;
        let r = filed(&env, &env.db(), id);
        assert_eq!(
            (r.plan.as_str(), r.tier.as_str(), r.response_target.as_str(), r.response_due.as_deref()),
            ("gold-contract", "gold", "3h", Some("2026-11-24T12:00:00Z"))
        );
        let export = env.run(&["export", "--events"], 0);
        let again = env.path("again.jsonl");
        std::fs::write(&again, &export).unwrap();
        let other = env.other_db("other.db");
        let out = env.on(&other).arg("import").arg(&again).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        let back = env.on(&other).args(["export", "--events"]).output().unwrap();
        assert_eq!(String::from_utf8(back.stdout).unwrap(), export);
        // No target recorded: refused naming the plan.
        std::fs::write(&file, "title,severity,plan,tier\nx,B,gold-contract,gold\n").unwrap();
        let fresh = env.other_db("fresh.db");
        let out = env.on(&fresh).arg("import").arg(&file).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr_of(&out).contains("gold"), "{}", stderr_of(&out));
        assert!(env.untouched(&fresh));
    }
}

/// SPEC 4 ("a plan may belong to one tier only"): a plan or support option listed twice in
/// one tier is said so, with the tier, not as being "in tiers 'x' and 'x'".
#[test]
fn a_plan_listed_twice_in_one_tier_is_said_so() {
    let env = Env::new();
    let rules = env.path("r.toml");
    for (from, to, want) in [
        (
            "\"e1\", \"e3\"",
            "\"e1\", \"e3\", \"e3\"",
            "plan 'e3' is listed twice in tier 'enterprise'",
        ),
        (
            "\"premier\", \"unified\"",
            "\"premier\", \"unified\", \"premier\"",
            "support option 'premier' is listed twice in tier 'elevated'",
        ),
        (
            "\"f1\", \"f3\"",
            "\"f1\", \"f3\", \"e3\"",
            "plan 'e3' is in tiers 'enterprise' and 'frontline'",
        ),
    ] {
        let text = include_str!("../src/rules/default.toml");
        assert!(text.contains(from), "{from}");
        std::fs::write(&rules, text.replacen(from, to, 1)).unwrap();
        let err = env.fail(&["rules", "--check", rules.to_str().unwrap()], 2);
        assert!(err.contains(want), "{err}");
    }
}

/// SPEC 4 (an error names the file, the line and what is wrong): a response target that is a
/// duration past the longest svcreq takes (3650 days, as the reopen window) is said to be too
/// long, with the limit, at its line; not "invalid response" as if it were not a duration.
#[test]
fn a_response_target_past_the_longest_duration_is_said_to_be_too_long() {
    let env = Env::new();
    let rules = env.path("r.toml");
    for value in ["3651d", "87601h"] {
        let text = include_str!("../src/rules/default.toml").replacen(
            "B = { availability = \"24x7\", response = \"2h\" }",
            &format!("B = {{ availability = \"24x7\", response = \"{value}\" }}"),
            1,
        );
        assert!(text.contains(value));
        std::fs::write(&rules, text).unwrap();
        let err = env.fail(&["rules", "--check", rules.to_str().unwrap()], 2);
        assert!(
            err.contains(&format!(
                "duration '{value}' is too long; the longest svcreq takes is 3650d"
            )) && err.contains("r.toml:"),
            "{err}"
        );
        assert!(!err.contains("invalid response"), "{err}");
    }
}

/// The line (1-based) of `text` that holds `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle} not in {text}"))
        + 1
}

both_backends! {
    /// SPEC 3, 4 ("an error names the file, the line and what is wrong"): every config and
    /// rules-file error is placed at the line where its key is written and names the key:
    /// an empty `days` (in a rules file, at the top level, in a tenant's table; it was said
    /// to be at line 1), a tenant's hours that never reach a business-clock target and an
    /// admin serving an unknown tenant (they had no line), a tenant name with a comma; a
    /// rules file's tier, plan or support option name that is empty, holds a comma or a
    /// NUL, or begins or ends with a blank (`rules --check` passed them); the same of a
    /// config's tenant name, plan, support option or partner's tenant (a blank at either
    /// end passed, or was called an unknown plan).
    #[test]
    fn every_config_and_rules_file_error_names_the_key_and_the_line_where_it_is_written() {
        let rules = include_str!("../src/rules/default.toml").replace(
            "B = { availability = \"24x7\", response = \"next-day\" }\nC = { availability = \"24x7\", response = \"none\" }\n\n[tiers.frontline]",
            "B = { availability = \"business-hours\", response = \"10h\", clock = \"business\" }\nC = { availability = \"24x7\", response = \"none\" }\n\n[tiers.frontline]",
        );
        let narrow = "days = [\"mon\"]\nopen = \"09:00\"\nclose = \"09:01\"\n";
        // (config, rules file or none, the text of the line the error is at, the key named)
        let cases: Vec<(String, Option<String>, &str, &str)> = vec![
            (
                String::new(),
                Some(rules.replace("days = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]", "days = []")),
                "days = []",
                "days",
            ),
            (
                "plan = \"e3\"\n\n[business_hours]\nopen = \"09:00\"\ndays = []\n".into(),
                None,
                "days = []",
                "days",
            ),
            (
                "plan = \"e3\"\n\n[tenants.fabrikam]\nplan = \"e5\"\n\n[tenants.fabrikam.business_hours]\ndays = []\n".into(),
                None,
                "days = []",
                "days",
            ),
            (
                format!("plan = \"e3\"\nrules_file = \"rules.toml\"\n\n[tenants.tiny]\nplan = \"e3\"\n\n[tenants.tiny.business_hours]\n{narrow}"),
                Some(rules.clone()),
                "days = [\"mon\"]",
                "business_hours.days",
            ),
            (
                format!("plan = \"e3\"\nrules_file = \"rules.toml\"\n\n[business_hours]\nholidays = []\n{narrow}"),
                Some(rules.clone()),
                "days = [\"mon\"]",
                "business_hours.days",
            ),
            (
                "plan = \"e3\"\n\n[[admins]]\nname = \"pat\"\nrole = \"partner\"\ntenants = [\"ghost\"]\n".into(),
                None,
                "tenants = [\"ghost\"]",
                "tenants",
            ),
            (
                "plan = \"e3\"\n\n[tenants.\"a,b\"]\nplan = \"e3\"\n".into(),
                None,
                "[tenants.\"a,b\"]",
                "tenants.a,b",
            ),
        ];
        // Every name a rules file gives (a tier, a plan, a support option) is one a config
        // or the command line can name: not empty, no comma, NUL or blank at either end.
        let default = include_str!("../src/rules/default.toml");
        let mut cases = cases;
        for (from, to, key) in [
            ("plans = [\"f1\",", "plans = [\"\", \"f1\",", "tiers.frontline.plans"),
            ("plans = [\"f1\",", "plans = [\"f1,f2\", \"f1\",", "tiers.frontline.plans"),
            ("plans = [\"f1\",", "plans = [\" f2\", \"f1\",", "tiers.frontline.plans"),
            ("plans = [\"f1\",", "plans = [\"f2\\t\", \"f1\",", "tiers.frontline.plans"),
            ("plans = [\"f1\",", "plans = [\"f\\u00002\", \"f1\",", "tiers.frontline.plans"),
            ("[tiers.elevated]", "[tiers.\"\"]", "tiers."),
            ("[tiers.elevated]", "[tiers.\"gold,silver\"]", "tiers.gold,silver"),
            ("[tiers.elevated]", "[tiers.\"gold \"]", "tiers.gold "),
            ("\"premier\",", "\"premier \",", "tiers.elevated.support_options"),
            ("\"premier\",", "\"\",", "tiers.elevated.support_options"),
        ] {
            cases.push((String::new(), Some(default.replacen(from, to, 1)), to, key));
        }
        // Every name a config gives (a tenant, a plan, a support option, a tenant a partner
        // serves) follows the same rule: not empty, no comma, NUL or blank at either end.
        for (config, at, key) in [
            ("tenant = \" contoso\"\n", "tenant = \" contoso\"", "tenant"),
            ("plan = \"e3 \"\n", "plan = \"e3 \"", "plan"),
            ("plan = \"e3,e5\"\n", "plan = \"e3,e5\"", "plan"),
            ("plan = \"\"\n", "plan = \"\"", "plan"),
            ("plan = \"e\\u00003\"\n", "plan = \"e\\u00003\"", "plan"),
            ("support_option = \" premier\"\n", "support_option = \" premier\"", "support_option"),
            ("support_option = \"premier,x\"\n", "support_option = \"premier,x\"", "support_option"),
            ("plan = \"e3\"\n\n[tenants.\"fab \"]\nplan = \"e3\"\n", "[tenants.\"fab \"]", "tenants.fab "),
            ("plan = \"e3\"\n\n[tenants.fab]\nplan = \"\\te5\"\n", "plan = \"\\te5\"", "tenants.fab.plan"),
            ("plan = \"e3\"\n\n[tenants.fab]\nsupport_option = \"premier \"\n", "support_option = \"premier \"", "tenants.fab.support_option"),
            ("plan = \"e3\"\n\n[tenants.fab]\nplan = \"e3\"\n\n[[admins]]\nname = \"pat\"\nrole = \"partner\"\ntenants = [\" fab\"]\n", "tenants = [\" fab\"]", "tenants"),
        ] {
            cases.push((config.to_string(), None, at, key));
        }
        // The actor a config gives (`admin`, an `[[admins]]` name) is one line of visible
        // text a config can match: not empty or blank only, no control or invisible
        // character, no blank at either end (`admin = "   "` was blamed on --as).
        for (config, at, key) in [
            ("admin = \"   \"\n", "admin = \"   \"", "admin"),
            ("plan = \"e3\"\nadmin = \"alice\\nbob\"\n", "admin = \"alice\\nbob\"", "admin"),
            ("admin = \"alice\\u202e\"\n", "admin = \"alice\\u202e\"", "admin"),
            ("plan = \"e3\"\n\nadmin = \" alice\"\n", "admin = \" alice\"", "admin"),
            ("[[admins]]\nname = \"\"\nrole = \"global\"\n", "name = \"\"", "admins.name"),
            ("[[admins]]\nname = \" \\t \"\nrole = \"global\"\n", "name = \" \\t \"", "admins.name"),
            ("[[admins]]\nname = \"bob\\u001b[2J\"\nrole = \"global\"\n", "name = \"bob\\u001b[2J\"", "admins.name"),
            ("[[admins]]\nname = \"bob\"\nrole = \"global\"\n\n[[admins]]\nname = \"carol \"\nrole = \"global\"\n", "name = \"carol \"", "admins.name"),
        ] {
            cases.push((config.to_string(), None, at, key));
        }
        for (config, rules_file, at, key) in cases {
            let env = Env::with_config(&config);
            let (args, file, text) = match rules_file {
                Some(r) if config.is_empty() => {
                    std::fs::write(env.path("rules.toml"), &r).unwrap();
                    let path = env.path("rules.toml").to_str().unwrap().to_string();
                    (vec!["rules".to_string(), "--check".into(), path.clone()], path, r)
                }
                Some(r) => {
                    std::fs::write(env.path("rules.toml"), &r).unwrap();
                    (vec!["list".to_string()], env.path("c.toml").to_str().unwrap().to_string(), config.clone())
                }
                None => (vec!["list".to_string()], env.path("c.toml").to_str().unwrap().to_string(), config.clone()),
            };
            let err = env.fail(&args.iter().map(String::as_str).collect::<Vec<_>>(), 2);
            let line = line_of(&text, at);
            assert!(
                err.contains(&format!("{file}:{line}:")) && err.contains(&format!("`{key}`"))
                    && err.lines().count() == 1,
                "{config}\n{err}"
            );
        }
    }
}

/// SPEC 5: the UTF-8 check of `--encoding cp932` reads the whole file, not its first block,
/// and takes half-width katakana as CP932. A UTF-8 file whose first text beyond ASCII comes
/// after 200 KiB of ASCII is refused at that line before anything is written (it was
/// imported garbled); a CP932 file of half-width katakana only, whose bytes also read as
/// UTF-8 (`ﾃｽ` as `ý`), imports as CP932 (it was refused).
#[test]
fn the_cp932_check_reads_the_whole_file_and_takes_half_width_katakana_as_cp932() {
    let env = Env::new();
    let mut text = String::from("title,severity\n");
    let mut rows = 1;
    while text.len() < 200 * 1024 {
        text.push_str("mail is slow for one user,C\n");
        rows += 1;
    }
    text.push_str("メール障害,B\n");
    let late = env.path("late.csv");
    std::fs::write(&late, &text).unwrap();
    let out = import_file(&env, &late, &["--encoding", "cp932"]);
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains(&format!("line {}", rows + 1))
            && err.contains("the file is UTF-8, not CP932")
            && err.lines().count() == 1,
        "{err}"
    );
    assert!(env.untouched(&env.db()));
    // Half-width katakana only: every byte beyond ASCII is one CP932 gives a half-width
    // katakana, and the file is valid UTF-8 as well.
    let kana = encoding_rs::SHIFT_JIS
        .encode("title,severity\nﾃｽ,B\nﾅｲ,C\n")
        .0
        .into_owned();
    assert!(
        std::str::from_utf8(&kana).is_ok(),
        "the bytes read both ways"
    );
    let f = env.path("kana.csv");
    std::fs::write(&f, kana).unwrap();
    let db = env.path("kana.db");
    let out = env
        .on(&db)
        .arg("import")
        .arg(&f)
        .args(["--encoding", "cp932"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(file_titles(&db), ["ﾃｽ", "ﾅｲ"]);
}

/// SPEC 6, 7: every reader makes the same read check. A hand edit of a request's times,
/// counts, channel or earlier cycles is refused by every command that reads the request —
/// `list` (table, JSON, CSV, `--search`), `sla`, `report`, `export` with and without
/// `--events`, `show` and `db copy` — in the same sentence, naming the request, however
/// the edit puts it outside the window a reader's query asks for (a text time, a time past
/// 9999: `report` once left such a row out of its count); a hand edit
/// of a kind the `list` table neither shows nor orders by (scope, response clock) by every
/// reader of it, the table reading the rest as it is; a hand edit of its history (the
/// events: their times, or a change one records to a value svcreq never writes) by every
/// command that reads the history (`show`, `export --events`, `db copy`,
/// and `sla --all`, for a reopened request's earlier cycles),
/// and the others, which do not read it, read the rest. `db copy` refuses before it creates
/// the destination.
#[test]
fn every_reader_makes_the_same_read_check() {
    let day = 86_400;
    // (the request the edit breaks, the edit, whether it edits the history)
    let edits = [
        // The one an outside tester found: `list` took it, show and export refused it.
        (
            2,
            format!("UPDATE requests SET cycle_started_at = opened_at - {day} WHERE id = 2"),
            false,
        ),
        (
            2,
            "UPDATE requests SET response_due = cycle_started_at - 10 WHERE id = 2".to_string(),
            false,
        ),
        (
            2,
            "UPDATE requests SET response_due = 253402300800 WHERE id = 2".to_string(),
            false,
        ),
        (
            2,
            "UPDATE requests SET target_started_at = opened_at - 5 WHERE id = 2".to_string(),
            false,
        ),
        // `report` skipped these two in its query (a text time, a time past 9999), taking the
        // row out of the count instead of refusing it.
        (
            2,
            "UPDATE requests SET opened_at = 'yesterday' WHERE id = 2".to_string(),
            false,
        ),
        (
            2,
            "UPDATE requests SET opened_at = 253402300800, cycle_started_at = 253402300800 \
             WHERE id = 2"
                .to_string(),
            false,
        ),
        (
            2,
            "UPDATE requests SET channel = 'fax' WHERE id = 2".to_string(),
            false,
        ),
        (
            2,
            "UPDATE requests SET scope = 'nowhere' WHERE id = 2".to_string(),
            false,
        ),
        (
            2,
            "UPDATE requests SET response_clock = 'lunar' WHERE id = 2".to_string(),
            false,
        ),
        (
            2,
            "UPDATE requests SET reopen_count = -1 WHERE id = 2".to_string(),
            false,
        ),
        (
            1,
            "UPDATE requests SET reopen_count = 3 WHERE id = 1".to_string(),
            false,
        ),
        (
            1,
            "UPDATE requests SET channel = 'phone' WHERE id = 1".to_string(),
            false,
        ),
        (
            1,
            format!("UPDATE cycles SET started_at = started_at - {day}"),
            false,
        ),
        (
            1,
            "UPDATE cycles SET first_response_at = closed_at + 60".to_string(),
            false,
        ),
        // A bad value in an earlier cycle is named with its request; cycles are numbered
        // 0, 1, … in order (an export of a misnumbered one would not import).
        (1, "UPDATE cycles SET severity = 'Z'".to_string(), false),
        (1, "UPDATE cycles SET seq = 5".to_string(), false),
        (
            2,
            "INSERT INTO cycles SELECT 2, 0, started_at, severity, availability, response_target, \
             response_clock, response_due, first_response_at, closed_at, resolution, seal FROM cycles"
                .to_string(),
            false,
        ),
        (
            1,
            format!("UPDATE events SET at = at - {day} WHERE kind = 'note'"),
            true,
        ),
        (
            1,
            "UPDATE events SET data = '{not json' WHERE kind = 'responded'".to_string(),
            true,
        ),
        (
            1,
            "UPDATE events SET at = at + 3000 WHERE kind = 'note'".to_string(),
            true,
        ),
        // A change an event records, to a value svcreq never writes.
        (
            1,
            "UPDATE events SET data = json_set(data, '$.closed_at.new', 'soon') \
             WHERE kind = 'closed'"
                .to_string(),
            true,
        ),
    ];
    let readers: [&[&str]; 10] = [
        &["list", "--status", "all"],
        &["list", "--status", "all", "--json"],
        &["list", "--status", "all", "--format", "csv"],
        &["list", "--status", "all", "--search", "slow"],
        &["sla", "--all"],
        &["report", "--month", "2026-11"],
        &["export"],
        &["export", "--events"],
        &["show", "ID"],
        &["db-copy"],
    ];
    for (id, sql, history) in &edits {
        let env = Env::new();
        for title in ["Teams slow for one user", "Teams slow again"] {
            env.open(&[
                "--title",
                title,
                "--severity",
                "B",
                "--opened-at",
                "2026-11-24T08:00:00Z",
            ]);
        }
        for args in [
            &["respond", "1", "--at", "2026-11-24T08:30:00Z"][..],
            &["note", "1", "hello", "--at", "2026-11-24T08:40:00Z"],
            &["close", "1", "--at", "2026-11-24T09:00:00Z"],
            &["reopen", "1", "--at", "2026-11-24T09:10:00Z"],
        ] {
            env.run(args, 0);
        }
        let id = id.to_string();
        let run = |args: &[&str], to: &Path| {
            let args: Vec<&str> = args
                .iter()
                .map(|a| if *a == "ID" { id.as_str() } else { a })
                .collect();
            let out = reader(&env, &args, to).output().unwrap();
            (args.join(" "), out)
        };
        // Every reader reads the ledger as svcreq wrote it.
        for args in readers {
            let (args, out) = run(args, &env.path("copy-ok.db"));
            assert_eq!(out.status.code(), Some(0), "{args}: {}", stderr_of(&out));
        }
        rusqlite::Connection::open(env.db())
            .unwrap()
            .execute_batch(sql)
            .unwrap();
        let mut said = Vec::new();
        for args in readers {
            // `sla --all` reads the history of a reopened request: its earlier cycles'
            // re-targets are there.
            let reads_history = args.contains(&"show")
                || args.contains(&"db-copy")
                || args.contains(&"--events")
                || args == ["sla", "--all"];
            let to = env.path("copy.db");
            let (args, out) = run(args, &to);
            let err = stderr_of(&out);
            if *history && !reads_history {
                assert_eq!(
                    out.status.code(),
                    Some(0),
                    "{sql}: `{args}` reads no history: {err}"
                );
                continue;
            }
            assert_eq!(out.status.code(), Some(1), "{sql}: `{args}`: {err}");
            assert!(
                out.stdout.is_empty(),
                "{sql}: `{args}`: nothing half-written"
            );
            assert_eq!(err.lines().count(), 1, "{err}");
            assert!(
                err.contains(&format!(
                    "holds a value svcreq cannot read (request {id}, column "
                )),
                "{sql}: `{args}`: {err}"
            );
            assert!(
                !to.exists(),
                "{sql}: a refused copy leaves no ledger behind"
            );
            said.push((args, err));
        }
        let (first, first_err) = &said[0];
        for (args, err) in &said {
            assert_eq!(err, first_err, "{sql}: `{args}` and `{first}` disagree");
        }
    }
}

/// A reader of [`every_reader_makes_the_same_read_check`]: its arguments, or `db-copy`
/// (a copy of the ledger into `to`).
fn reader(env: &Env, args: &[&str], to: &Path) -> assert_cmd::Command {
    if args == ["db-copy"] {
        let _ = std::fs::remove_file(to);
        let mut c = env.bare();
        c.arg("--config")
            .arg(env.path("c.toml"))
            .args(["db", "copy", "--from"])
            .arg(env.db())
            .arg("--to")
            .arg(to);
        return c;
    }
    let mut c = env.cmd();
    c.args(args);
    c
}

/// SPEC 3: a tenant's name is stored on every request and named with --tenant: an empty
/// one (or only spaces), as the default tenant or a `[tenants."…"]` table, is refused at
/// its key, file:line:column, before anything is read or written.
#[test]
fn a_tenant_name_in_the_config_is_never_empty() {
    let env = Env::new();
    for (config, key) in [
        ("tenant = \"\"\n", "`tenant`"),
        ("tenant = \"  \"\n", "`tenant`"),
        ("[tenants.\"\"]\nplan = \"e3\"\n", "`tenants.`"),
    ] {
        std::fs::write(env.path("c.toml"), config).unwrap();
        let err = env.fail(&["open", "--title", "t", "--severity", "B"], 2);
        assert!(
            err.contains("c.toml:1:")
                && err.contains(&format!("a tenant name in {key} is empty"))
                && err.lines().count() == 1,
            "{config}: {err}"
        );
        assert!(!env.db().exists(), "nothing written");
    }
}

both_backends! {
/// SPEC 6: at a past instant (`--now T`, or a report over a past period) a reader rebuilds
/// each request as it stood then from its history, so it reads that history as `show`
/// does and makes `show`'s check of it: a hand-edited history (an event's time as text,
/// past 9999, out of order; a severity change from or to `Z`) is refused by `list` (table,
/// JSON, CSV, `--search`), `sla` (with and without `--all`) and `report` alike, exit 1 in
/// `show`'s one sentence naming the request and the column, never rebuilt into another
/// request. On a team ledger the server refuses each of these edits at the write: the
/// times, a severity change from or to a value svcreq does not read back, and one from a
/// severity the history before it does not record (access version 15), so the readers
/// read the ledger as it was.
#[test]
fn a_reader_at_a_past_instant_refuses_a_hand_edited_history_as_show_does() {
    const THEN: &str = "2026-11-20T12:00:00Z";
    // (the edit on a file, on a team ledger if it differs; whether a team ledger takes it)
    let edits = [
        ("UPDATE events SET at = 'yesterday' WHERE kind = 'note'", None, false),
        ("UPDATE events SET at = 253402300800 WHERE kind = 'note'", None, false),
        ("UPDATE events SET at = at + 3000 WHERE kind = 'note'", None, false),
        (
            "UPDATE events SET data = json_set(data, '$.severity.old', 'Z') \
             WHERE kind = 'severity-changed'",
            Some(
                r#"UPDATE events SET data = jsonb_set(data::jsonb, '{severity,old}', '"Z"')::text WHERE kind = 'severity-changed'"#,
            ),
            false,
        ),
        // A change from a severity the history before it does not record (access
        // version 15 on a team ledger): a view before it undid the change to C.
        (
            "UPDATE events SET data = json_set(data, '$.severity.old', 'C') \
             WHERE kind = 'severity-changed'",
            Some(
                r#"UPDATE events SET data = jsonb_set(data::jsonb, '{severity,old}', '"C"')::text WHERE kind = 'severity-changed'"#,
            ),
            false,
        ),
        (
            "UPDATE events SET data = json_set(data, '$.severity.new', 'Z') \
             WHERE kind = 'severity-changed'",
            Some(
                r#"UPDATE events SET data = jsonb_set(data::jsonb, '{severity,new}', '"Z"')::text WHERE kind = 'severity-changed'"#,
            ),
            false,
        ),
    ];
    // (--now, the reader's arguments); `show` first: the others say what it says.
    let readers: [(&str, &[&str]); 9] = [
        (THEN, &["show", "1"]),
        (THEN, &["list", "--status", "all"]),
        (THEN, &["list", "--status", "all", "--json"]),
        (THEN, &["list", "--status", "all", "--format", "csv"]),
        (THEN, &["list", "--status", "all", "--search", "slow"]),
        (THEN, &["sla"]),
        (THEN, &["sla", "--all"]),
        (THEN, &["report"]),
        // A past period, read at the present: request 1 changed after it ended.
        (NOW, &["report", "--from", "2026-11-20", "--to", "2026-11-20"]),
    ];
    for (sqlite_edit, pg_edit, pg_takes) in edits {
        let env = Env::new();
        for title in ["Teams slow for one user", "Teams slow again"] {
            env.open(&[
                "--title",
                title,
                "--severity",
                "B",
                "--opened-at",
                "2026-11-20T08:00:00Z",
            ]);
        }
        for args in [
            &["update", "1", "--severity", "A", "--at", "2026-11-21T08:20:00Z"][..],
            &["respond", "1", "--at", "2026-11-21T08:30:00Z"],
            &["note", "1", "hello", "--at", "2026-11-21T08:40:00Z"],
            &["close", "1", "--at", "2026-11-21T09:00:00Z"],
            &["reopen", "1", "--at", "2026-11-21T09:10:00Z"],
        ] {
            env.run(args, 0);
        }
        let run = |(now, args): (&str, &[&str])| {
            let out = env.at(now).args(args).output().unwrap();
            (format!("--now {now} {}", args.join(" ")), out)
        };
        for reader in readers {
            let (args, out) = run(reader);
            assert_eq!(out.status.code(), Some(0), "{args}: {}", stderr_of(&out));
        }
        let taken = match &env.url {
            None => {
                rusqlite::Connection::open(env.db())
                    .unwrap()
                    .execute_batch(sqlite_edit)
                    .unwrap();
                true
            }
            Some(url) => {
                let mut c = common::pg::cluster().unwrap().connect(url);
                let edit = pg_edit.unwrap_or(sqlite_edit);
                let done = c.batch_execute(edit);
                assert_eq!(done.is_ok(), pg_takes, "{edit}: {done:?}");
                done.is_ok()
            }
        };
        let mut said: Vec<(String, String)> = Vec::new();
        for reader in readers {
            let (args, out) = run(reader);
            let err = stderr_of(&out);
            if !taken {
                // The team ledger refused the edit: every reader reads it as it was.
                assert_eq!(out.status.code(), Some(0), "{sqlite_edit}: `{args}`: {err}");
                continue;
            }
            assert_eq!(out.status.code(), Some(1), "{sqlite_edit}: `{args}`: {err}");
            assert!(out.stdout.is_empty(), "{sqlite_edit}: `{args}`: nothing half-written");
            assert_eq!(err.lines().count(), 1, "{sqlite_edit}: `{args}`: {err}");
            assert!(
                err.contains("holds a value svcreq cannot read (request 1, column "),
                "{sqlite_edit}: `{args}`: {err}"
            );
            said.push((args, err));
        }
        if let Some((show, show_err)) = said.first() {
            for (args, err) in &said {
                assert_eq!(err, show_err, "{sqlite_edit}: `{args}` and `{show}` disagree");
            }
        }
    }
}
}

both_backends! {
/// SPEC 6: a filter on a column with a closed domain (`list --severity`, `--category`, the
/// channel a reopen window selects on) never passes over a row whose value lies outside
/// that domain: it lets the row through to the read check, which refuses it in the
/// sentence `list --status all` says (exit 1), where `list --severity A` once exited 0
/// over a severity edited to `Z`. A team ledger refuses such a value at the write.
#[test]
fn a_filter_on_a_closed_domain_refuses_a_value_outside_it_instead_of_passing_over_it() {
    // (the edit, the column, the readers that filter on it, whether a team ledger's
    // column checks refuse the edit)
    let edits: [(&str, &str, &[&[&str]], bool); 5] = [
        (
            "UPDATE requests SET severity = 'Z' WHERE id = 1",
            "severity",
            &[
                &["list", "--severity", "A"],
                &["list", "--severity", "A", "-q"],
                &["list", "--severity", "B,C", "--json"],
                &["list", "--status", "all", "--severity", "A", "--format", "csv"],
            ],
            true,
        ),
        (
            "UPDATE requests SET category = 'hardware' WHERE id = 1",
            "category",
            &[
                &["list", "--category", "presales"],
                &["list", "--category", "billing", "--status", "all", "--json"],
            ],
            true,
        ),
        // A severity that contradicts the category: a technical request without one, a
        // presales request with one. A filter on either column lets the row through.
        (
            "UPDATE requests SET severity = NULL, severity_source = NULL WHERE id = 1",
            "severity",
            &[
                &["list", "--severity", "B"],
                &["list", "--status", "all", "--severity", "A,B,C", "--json"],
                &["list", "--category", "presales"],
            ],
            true,
        ),
        (
            "UPDATE requests SET category = 'presales' WHERE id = 1",
            "severity",
            &[
                &["list", "--category", "technical"],
                &["list", "--category", "billing", "--json"],
                &["list", "--severity", "A"],
            ],
            true,
        ),
        (
            "UPDATE requests SET channel = 'fax' WHERE id = 2",
            "channel",
            &[
                &["list", "--reopen-ends-within", "30d"],
                &["list", "--reopen-ends-within", "30d", "--json"],
            ],
            true,
        ),
    ];
    for (edit, column, readers, pg_refuses) in edits {
        let env = Env::new();
        for title in ["Teams slow for one user", "Mail slow"] {
            env.open(&[
                "--title",
                title,
                "--severity",
                "B",
                "--opened-at",
                "2026-11-24T08:00:00Z",
            ]);
        }
        env.run(&["respond", "2", "--at", "2026-11-24T08:30:00Z"], 0);
        env.run(&["close", "2", "--at", "2026-11-24T09:00:00Z"], 0);
        let every: &[&str] = &["list", "--status", "all"];
        for args in readers.iter().chain([&every]) {
            env.run(args, 0);
        }
        let taken = match &env.url {
            None => {
                rusqlite::Connection::open(env.db())
                    .unwrap()
                    .execute_batch(edit)
                    .unwrap();
                true
            }
            Some(url) => {
                let mut c = common::pg::cluster().unwrap().connect(url);
                let done = c.batch_execute(edit);
                assert_eq!(done.is_err(), pg_refuses, "{edit}: {done:?}");
                done.is_ok()
            }
        };
        if !taken {
            for args in readers.iter().chain([&every]) {
                env.run(args, 0);
            }
            continue;
        }
        let said = env.fail(every, 1);
        assert!(
            said.contains("holds a value svcreq cannot read (request ")
                && said.contains(&format!("column {column}")),
            "{edit}: {said}"
        );
        for args in readers.iter() {
            let err = env.fail(args, 1);
            assert_eq!(err.lines().count(), 1, "{edit}: {args:?}: {err}");
            assert_eq!(err, said, "{edit}: {args:?} passed over the row or said it otherwise");
        }
    }
}
}

both_backends! {
    /// SPEC 3: no config holds a tenant or plan name with a blank at either end, so one
    /// given on the command line (`--tenant " contoso"`, `--plan "e3 "`, a name of a
    /// comma-separated list, `db admins add --tenant`) is refused naming the flag, with
    /// exit 2 and nothing written, never trimmed nor answered as an unknown tenant with
    /// a hint to add it to the config (which the config would refuse).
    #[test]
    fn a_name_on_the_command_line_with_a_blank_at_either_end_is_refused_naming_the_flag() {
        let env = Env::with_config(
            "tenant = \"contoso\"\nplan = \"e3\"\n\n[tenants.fabrikam]\nplan = \"e5\"\n",
        );
        env.open(&["--title", "mail is slow", "--severity", "B"]);
        let before = env.count();
        for (args, flag, value) in [
            (vec!["open", "--title", "t", "--severity", "B", "--tenant", " contoso"], "--tenant", " contoso"),
            (vec!["open", "--title", "t", "--severity", "B", "--plan", "e5 "], "--plan", "e5 "),
            (vec!["list", "--tenant", "contoso, fabrikam"], "--tenant", " fabrikam"),
            (vec!["list", "--plan", "\te3"], "--plan", r"\te3"),
            (vec!["sla", "--tenant", "contoso "], "--tenant", "contoso "),
            (vec!["report", "--tenant", " contoso"], "--tenant", " contoso"),
            (vec!["export", "--tenant", " contoso"], "--tenant", " contoso"),
            (vec!["rules", "--tenant", "contoso "], "--tenant", "contoso "),
            (vec!["classify", "--tenant", " contoso", "mail is slow"], "--tenant", " contoso"),
            (vec!["update", "1", "--tenant", "fabrikam ", "--severity", "C"], "--tenant", "fabrikam "),
        ] {
            let err = env.fail(&args, 2);
            assert!(
                err.contains(&format!("'{value}'"))
                    && err.contains(&format!("'{flag} <"))
                    && err.contains("begins or ends with a blank")
                    && err.lines().count() == 1,
                "{args:?}\n{err}"
            );
        }
        assert_eq!(env.count(), before, "nothing written");
    }
}

both_backends! {
    /// SPEC 3: no config holds an empty tenant or plan name, so one given on the command line
    /// (`--tenant ''`, `--plan ''`, an empty member of a list: `--tenant a,,b`, `--tenant ,`)
    /// is refused naming the flag, exit 2, nothing written: never answered as "no requests
    /// match" nor as an unknown tenant with a hint to add `[tenants.]` to the config.
    #[test]
    fn an_empty_name_on_the_command_line_is_refused_naming_the_flag() {
        let env = Env::with_config(
            "tenant = \"contoso\"\nplan = \"e3\"\n\n[tenants.fabrikam]\nplan = \"e5\"\n",
        );
        env.open(&["--title", "mail is slow", "--severity", "B"]);
        let before = env.count();
        for (args, flag) in [
            (vec!["open", "--title", "t", "--severity", "B", "--tenant", ""], "--tenant"),
            (vec!["open", "--title", "t", "--severity", "B", "--plan", ""], "--plan"),
            (vec!["list", "--plan", ""], "--plan"),
            (vec!["list", "--tenant", ","], "--tenant"),
            (vec!["list", "--tenant", "contoso,,fabrikam"], "--tenant"),
            (vec!["sla", "--tenant", ""], "--tenant"),
            (vec!["report", "--tenant", ""], "--tenant"),
            (vec!["export", "--tenant", ""], "--tenant"),
            (vec!["rules", "--tenant", ""], "--tenant"),
            (vec!["classify", "--tenant", "", "mail is slow"], "--tenant"),
            (vec!["update", "1", "--tenant", "", "--severity", "C"], "--tenant"),
        ] {
            let err = env.fail(&args, 2);
            assert!(
                err.contains("''")
                    && err.contains(&format!("'{flag} <"))
                    && err.contains("an empty name")
                    && err.lines().count() == 1,
                "{args:?}\n{err}"
            );
        }
        assert_eq!(env.count(), before, "nothing written");
    }
}

/// SPEC 2 (no panic, no hang on any input; memory bounded whatever the input): every file
/// svcreq reads whole is capped. A config or rules file over 1 MiB — a regular file, or a
/// device that never ends such as `/dev/zero` — is refused at once (exit 2) in one sentence
/// naming the file and the cap, by `--config`, `SVCREQ_CONFIG`, a config's `rules_file`
/// and `rules --check` alike; a file at the cap is read.
#[test]
fn every_file_svcreq_reads_is_bounded() {
    let env = Env::new();
    let big = env.path("big.toml");
    // A comment line padded past the cap: valid TOML, so only its size is at fault.
    let mut text = String::from("# ");
    text.push_str(&"x".repeat(1024 * 1024));
    text.push('\n');
    std::fs::write(&big, &text).unwrap();
    let names_zero = env.path("names-zero.toml");
    std::fs::write(&names_zero, "rules_file = \"/dev/zero\"\n").unwrap();
    let names_big = env.path("names-big.toml");
    std::fs::write(&names_big, "rules_file = \"big.toml\"\n").unwrap();
    let zero = Path::new("/dev/zero");
    for (lang, says) in [("en", "1 MiB cap"), ("ja", "上限 1 MiB")] {
        let cases: [(Vec<&str>, Option<&Path>, &Path); 7] = [
            (vec!["--config", "/dev/zero", "list"], None, zero),
            (vec!["list"], Some(zero), zero),
            (vec!["--config", big.to_str().unwrap(), "list"], None, &big),
            (
                vec!["--config", names_zero.to_str().unwrap(), "list"],
                None,
                zero,
            ),
            (
                vec!["--config", names_big.to_str().unwrap(), "list"],
                None,
                &big,
            ),
            (vec!["rules", "--check", "/dev/zero"], None, zero),
            (vec!["rules", "--check", big.to_str().unwrap()], None, &big),
        ];
        for (args, env_config, file) in &cases {
            let mut cmd = env.bare();
            cmd.arg("--db")
                .arg(env.db())
                .args(["--lang", lang])
                .args(args);
            if let Some(c) = env_config {
                cmd.env("SVCREQ_CONFIG", c);
            }
            let out = cmd
                .timeout(std::time::Duration::from_secs(20))
                .output()
                .unwrap();
            let err = stderr_of(&out);
            assert_eq!(out.status.code(), Some(2), "{lang} {args:?}: {err}");
            assert_eq!(err.lines().count(), 1, "{lang} {args:?}: {err}");
            assert!(
                err.contains(says) && err.contains(file.to_str().unwrap()),
                "{lang} {args:?}: {err}"
            );
        }
    }
    // At the cap exactly, the file is read.
    let mut at_cap = String::from("# ");
    at_cap.push_str(&"x".repeat(1024 * 1024 - 3));
    at_cap.push('\n');
    assert_eq!(at_cap.len(), 1024 * 1024);
    let fits = env.path("fits.toml");
    std::fs::write(&fits, &at_cap).unwrap();
    env.bare()
        .arg("--db")
        .arg(env.db())
        .args(["--config", fits.to_str().unwrap(), "tenants"])
        .assert()
        .success();
}

/// SPEC 2 (no hang on any input, one sentence in svcreq's words): every file svcreq reads
/// is opened by one rule (`error::open_to_read`), as `--db` refuses what is not a ledger
/// file. A named pipe no program is writing to — at `--config`, `SVCREQ_CONFIG`, a config's
/// `rules_file`, `rules --check`, `--description-file`, `note --file`, `classify --file`,
/// `import` — is refused at once (exit 2, it hung for ever), saying that a pipe is read only
/// while a program writes it; a directory or a socket is said as what it is, never the
/// system's "Is a directory" or "No such device or address". A pipe a program writes —
/// process substitution `--config <(command)`, `/dev/stdin` — is read, waiting for a slow
/// writer, and bounded as a file is.
#[test]
fn every_file_svcreq_reads_is_a_file_or_a_pipe_being_written_and_is_never_waited_on() {
    let env = Env::new();
    env.open(&["--title", "mail is slow", "--severity", "B"]);
    let before = env.count();
    let fifo = env.path("silent.fifo");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let dir = env.path("a-directory");
    std::fs::create_dir(&dir).unwrap();
    let sock = env.path("a.sock");
    let _listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    let names = |target: &Path| {
        let c = env.path(&format!(
            "names-{}.toml",
            target.file_name().unwrap().to_str().unwrap()
        ));
        std::fs::write(&c, format!("rules_file = \"{}\"\n", target.display())).unwrap();
        c
    };
    for (target, says) in [
        (&fifo, "it is a pipe that no program is writing to"),
        (&dir, "it is a directory, not a file"),
        (&sock, "it is a socket, not a file"),
    ] {
        let t = target.to_str().unwrap();
        let named = names(target);
        let mut cases: Vec<(Vec<&str>, Option<&Path>)> = vec![
            (vec!["rules", "--check", t], None),
            (vec!["--config", named.to_str().unwrap(), "list"], None),
            (
                vec![
                    "open",
                    "--title",
                    "t",
                    "--severity",
                    "B",
                    "--description-file",
                    t,
                ],
                None,
            ),
            (vec!["note", "1", "--file", t], None),
            (vec!["classify", "--file", t], None),
        ];
        if target != &dir {
            // A directory at the config path or the import path keeps its own sentence.
            cases.push((vec!["--config", t, "list"], None));
            cases.push((vec!["list"], Some(target.as_path())));
            cases.push((vec!["import", t], None));
        }
        for lang in ["en", "ja"] {
            for (args, env_config) in &cases {
                let mut cmd = env.bare();
                cmd.arg("--db").arg(env.db()).args(["--lang", lang]);
                if !args.contains(&"--config") && env_config.is_none() {
                    cmd.arg("--config").arg(env.path("c.toml"));
                }
                cmd.args(args);
                if let Some(c) = env_config {
                    cmd.env("SVCREQ_CONFIG", c);
                }
                let started = Instant::now();
                let out = cmd.timeout(Duration::from_secs(20)).output().unwrap();
                let err = stderr_of(&out);
                assert!(
                    started.elapsed() < Duration::from_secs(10),
                    "{args:?}: it waited"
                );
                assert_eq!(out.status.code(), Some(2), "{lang} {args:?}: {err}");
                assert_eq!(err.lines().count(), 1, "{lang} {args:?}: {err}");
                assert!(err.contains(t), "{lang} {args:?}: {err}");
                for raw in ["Is a directory", "No such device", "os error"] {
                    assert!(!err.contains(raw), "{lang} {args:?}: {err}");
                }
                if lang == "en" {
                    assert!(err.contains(says), "{args:?}: {err}");
                }
            }
        }
    }
    assert_eq!(env.count(), before, "nothing written");
    // A team ledger's CA certificates (`sslrootcert`) are bounded too (1 MiB,
    // `error::CERT_FILE_CAP`), and a silent pipe there is not waited on: refused before
    // any connection is tried.
    for cert in ["/dev/zero", fifo.to_str().unwrap()] {
        let url = format!("postgres://u@127.0.0.1:1/x?sslmode=verify-full&sslrootcert={cert}");
        let started = Instant::now();
        let out = env
            .bare()
            .args(["--db", &url, "list"])
            .timeout(Duration::from_secs(20))
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{cert}: it waited"
        );
        assert_eq!(out.status.code(), Some(1), "{cert}: {err}");
        assert!(
            err.contains(&format!(
                "cannot read the CA certificates (sslrootcert) {cert}:"
            )),
            "{cert}: {err}"
        );
    }
    // A pipe a program writes is read: stdin as /dev/stdin, and a process substitution
    // whose program is slow to write.
    let config = "[tenants.fabrikam]\nplan = \"e3\"\n";
    let out = env
        .bare()
        .args(["--config", "/dev/stdin", "tenants"])
        .write_stdin(config)
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("fabrikam"));
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "exec \"$0\" --config <(sleep 1; printf '{}') tenants",
            config.replace('\n', "\\n")
        ))
        .arg(env!("CARGO_BIN_EXE_svcreq"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("fabrikam"));
}

/// SPEC 1.7, 2: an actor is written into the history and shown in tables, and with admins
/// listed it is matched against their names. One given by `--as`, `SVCREQ_ADMIN` or the
/// login name that is empty, holds a control or invisible character (a newline, a tab, an
/// escape, a bidi override) or has a blank at either end (a name no config can hold) is
/// refused with exit 2 in one sentence naming where it came from, and nothing is written
/// (a newline was recorded as the actor; a blank at an end was "not an admin"); so is such
/// a login role given to `db admins add`.
#[test]
fn an_actor_that_is_empty_holds_a_control_character_or_a_blank_at_either_end_is_refused_naming_where_it_came_from()
 {
    let env = Env::with_config("[[admins]]\nname = \"alice\"\nrole = \"global\"\n");
    env.open(&["--title", "mail is slow", "--severity", "B"]);
    let before = env.count();
    let open = ["open", "--title", "t", "--severity", "B"];
    for (value, shown, what) in [
        ("alice\nmallory", "'alice\\nmallory'", "control"),
        ("alice\t", "'alice\\t'", "control"),
        ("\u{1b}[2Jalice", "'\\x1b[2Jalice'", "control"),
        ("alice\u{202e}", "'alice\\u{202e}'", "control"),
        (" alice", "' alice'", "blank"),
        ("alice ", "'alice '", "blank"),
        ("   ", "", "empty"),
        ("", "", "empty"),
    ] {
        let want = match what {
            "control" => "holds a control or invisible character",
            "blank" => "begins or ends with a blank",
            _ => "is empty",
        };
        // --as, then the variable, then the login name.
        let mut flag = env.cmd();
        flag.arg("--as").arg(value).args(open);
        let mut var = env.cmd();
        var.env("SVCREQ_ADMIN", value).args(open);
        let mut login = env.cmd();
        login.env("USER", value).args(open);
        let mut runs = vec![("--as", flag), ("SVCREQ_ADMIN", var)];
        // An empty or blank-only USER is passed over for the next source of the login name.
        if what != "empty" {
            runs.push(("the login name", login));
        }
        for (source, mut c) in runs {
            let out = c.output().unwrap();
            let err = String::from_utf8(out.stderr).unwrap();
            assert_eq!(out.status.code(), Some(2), "{source} {value:?}\n{err}");
            assert!(
                err.contains(&format!("svcreq: {source} {shown}").replace("  ", " "))
                    && err.contains(want)
                    && err.lines().count() == 1,
                "{source} {value:?}\n{err}"
            );
        }
    }
    assert_eq!(env.count(), before, "nothing written");
    // A login role for the team ledger is named as an actor is (refused before connecting).
    let err = env.fail(
        &["db", "admins", "add", "bob\nadmin", "--role", "global"],
        2,
    );
    assert!(
        err.contains("holds a control or invisible character") && err.lines().count() == 1,
        "{err}"
    );
    // On a team ledger the actor is the URL's user: held to the same rule, refused before
    // any server is asked (no server listens at this socket).
    for (user, want) in [
        ("bob%0Aadmin", "holds a control or invisible character"),
        ("%20bob", "begins or ends with a blank"),
        ("bob%E2%80%8B", "holds a control or invisible character"),
    ] {
        let url = format!("postgresql://{user}@%2Fnonexistent-socket-dir/ledger");
        let out = env.bare().args(["--db", &url, "list"]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{user}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.starts_with("svcreq: the user of the --db URL '")
                && err.contains(want)
                && err.lines().count() == 1,
            "{user}: {err}"
        );
    }
    // Names as the config writes them act as before.
    env.cmd()
        .args(["--as", "alice"])
        .args(open)
        .assert()
        .success();
}

/// SPEC 1.7, 2: the actor rule (`rules::actors::actor_flaw`) is Unicode's, for every place
/// an actor comes from — `--as`, `SVCREQ_ADMIN`, the login name, the config's `admin` and
/// `[[admins]] name`, `db admins add`, the user of a `--db postgres://` URL: a no-break
/// space (U+00A0), an en quad to a hair space (U+2000–U+200A) or an ideographic space
/// (U+3000) at either end is a blank at an end as an ASCII space is, and the message names
/// it (`(U+3000)`), since a no-break space looks like a space; a zero-width space (U+200B)
/// or a byte order mark (U+FEFF), at an end or inside, is an invisible character. A blank
/// inside a name is a name's own, whatever the blank (`alice\u{a0}smith` acts).
#[test]
fn every_actor_source_holds_unicode_blanks_and_format_characters_to_the_actor_rule() {
    let env = Env::new();
    env.open(&["--title", "mail is slow", "--severity", "B"]);
    let before = env.count();
    let open = ["open", "--title", "t", "--severity", "B"];
    let mut cases: Vec<(String, &str)> = Vec::new();
    for blank in ['\u{a0}', '\u{2000}', '\u{2005}', '\u{200a}', '\u{3000}'] {
        cases.push((format!("{blank}alice"), "begins or ends with a blank"));
        cases.push((format!("alice{blank}"), "begins or ends with a blank"));
    }
    for unseen in ['\u{200b}', '\u{feff}'] {
        for name in [
            format!("{unseen}alice"),
            format!("ali{unseen}ce"),
            format!("alice{unseen}"),
        ] {
            cases.push((name, "holds a control or invisible character"));
        }
    }
    for (value, want) in &cases {
        let first = value.chars().next().unwrap();
        let last = value.chars().next_back().unwrap();
        let blank = if first.is_whitespace() { first } else { last };
        let code = if want.contains("blank") {
            format!("a blank (U+{:04X})", blank as u32)
        } else {
            let c = value.chars().find(|c| !c.is_ascii()).unwrap();
            format!("(U+{:04X})", c as u32)
        };
        // --as, the variable, the login name, a config's `admin` and `[[admins]]` name.
        let mut runs: Vec<(&str, assert_cmd::Command)> = Vec::new();
        let mut c = env.cmd();
        c.arg("--as").arg(value).args(open);
        runs.push(("--as", c));
        let mut c = env.cmd();
        c.env("SVCREQ_ADMIN", value).args(open);
        runs.push(("SVCREQ_ADMIN", c));
        let mut c = env.cmd();
        c.env("USER", value).env("LOGNAME", value).args(open);
        runs.push(("the login name", c));
        let admin = env.path("admin.toml");
        std::fs::write(&admin, format!("admin = \"{value}\"\n")).unwrap();
        let mut c = env.bare();
        c.arg("--db")
            .arg(env.db())
            .arg("--config")
            .arg(&admin)
            .args(open);
        runs.push(("`admin`", c));
        let admins = env.path("admins.toml");
        std::fs::write(
            &admins,
            format!("[[admins]]\nname = \"{value}\"\nrole = \"global\"\n"),
        )
        .unwrap();
        let mut c = env.bare();
        c.arg("--db")
            .arg(env.db())
            .arg("--config")
            .arg(&admins)
            .args(open);
        runs.push(("`admins.name`", c));
        let mut c = env.cmd();
        c.args(["db", "admins", "add", value, "--role", "global"]);
        runs.push(("NAME", c));
        // The URL's user, percent-encoded as a URL carries it (no server is asked).
        let user: String = value.bytes().map(|b| format!("%{b:02X}")).collect();
        let url = format!("postgresql://{user}@%2Fnonexistent-socket-dir/ledger");
        let mut c = env.bare();
        c.args(["--db", &url, "list"]);
        runs.push(("the user of the --db URL", c));
        for (source, mut c) in runs {
            let out = c.output().unwrap();
            let err = String::from_utf8(out.stderr).unwrap();
            assert_eq!(out.status.code(), Some(2), "{source} {value:?}\n{err}");
            assert!(
                err.contains(source) && err.contains(want) && err.contains(&code),
                "{source} {value:?}\n{err}"
            );
            assert_eq!(err.lines().count(), 1, "{source} {value:?}\n{err}");
        }
    }
    assert_eq!(env.count(), before, "nothing written");
    // A blank inside a name is the name's own, as an ASCII one is.
    for name in ["alice smith", "alice\u{a0}smith", "アリス\u{3000}スミス"] {
        env.cmd()
            .arg("--as")
            .arg(name)
            .args(open)
            .assert()
            .success();
    }
}

/// SPEC 2, 3: a `--config` path that is there but is no file is said for what it is, in
/// one sentence, exit 2: a symbolic link loop (it was "not found"), a directory; only a
/// path with nothing there is "not found".
#[test]
fn a_config_path_that_is_no_file_is_said_for_what_it_is() {
    let env = Env::new();
    std::os::unix::fs::symlink("loop.toml", env.path("loop.toml")).unwrap();
    std::fs::create_dir(env.path("dir.toml")).unwrap();
    for (name, want) in [
        ("loop.toml", "its symbolic links lead round in a loop"),
        ("dir.toml", "is a directory"),
        ("none.toml", "not found"),
    ] {
        let out = env
            .bare()
            .arg("--config")
            .arg(env.path(name))
            .arg("--db")
            .arg(env.db())
            .arg("list")
            .output()
            .unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}\n{err}");
        assert!(
            err.contains(want) && err.lines().count() == 1,
            "{name}\n{err}"
        );
        if name != "none.toml" {
            assert!(!err.contains("not found"), "{err}");
        }
    }
}

both_backends! {
/// SPEC 6, 7: a history holds only what svcreq's commands write, and every reader that
/// reads one (`show`, `export --events` in JSON lines and CSV, `db copy`, `list` and `sla`
/// at a past `--now`) refuses what import refuses of a row's events
/// (`rules::record::check_events_agree`), in one sentence naming the request and the
/// column, exit 1, nothing written: an event of a kind no command writes (`bogus`), one
/// that names no actor, a second response or close in one cycle, a reopen the count does
/// not record (its cycle's response then read as the current one's), a `first_response_at` or close time no event of its cycle records, and the
/// other way round. A request imported without a history of its own, its first response
/// given, stays readable. On a team ledger the server refuses each at the write (access
/// version 10), naming the rule, and every reader reads the ledger as it was.
#[test]
fn every_reader_refuses_an_event_no_command_writes() {
    const THEN: &str = "2026-11-24T08:35:00Z";
    // (the request the edit breaks, the edit, the column named)
    let edits = [
        (
            1,
            "UPDATE events SET kind = 'bogus' WHERE request_id = 1 AND kind = 'note'",
            "events.kind",
        ),
        (
            1,
            "UPDATE events SET actor = '' WHERE request_id = 1 AND kind = 'note'",
            "events.actor",
        ),
        (
            1,
            "UPDATE events SET kind = 'closed' WHERE request_id = 1 AND kind = 'note'",
            "events.kind",
        ),
        (
            2,
            "UPDATE events SET kind = 'responded' WHERE request_id = 2 AND kind = 'note'",
            "events.kind",
        ),
        (
            1,
            "UPDATE events SET kind = 'note', data = NULL WHERE request_id = 1 AND kind = 'reopened'",
            "first_response_at",
        ),
        (
            2,
            "DELETE FROM events WHERE request_id = 2 AND kind = 'responded'",
            "first_response_at",
        ),
        (
            1,
            "DELETE FROM events WHERE request_id = 1 AND kind = 'responded'",
            "cycles.first_response_at",
        ),
        (
            2,
            "INSERT INTO events (request_id, at, actor, kind, detail, data) \
             SELECT 2, at + 600, actor, 'closed', 'closed', NULL FROM events \
             WHERE request_id = 2 AND kind = 'note'",
            "closed_at",
        ),
        // The opening dated after the request was opened: a view of the minutes between
        // rebuilt the request from nothing (no severity, no target).
        (
            2,
            "UPDATE events SET at = at + 60 WHERE request_id = 2 AND kind = 'opened'",
            "events.at",
        ),
        // Data the JSON reader cannot hold as a value (a number beyond a double's range):
        // read as no data, the change it records was lost.
        (
            1,
            "UPDATE events SET data = '{\"x\": 1e400}' WHERE request_id = 1 AND kind = 'closed'",
            "data",
        ),
    ];
    // (--now, the reader's arguments)
    let readers: [(&str, &[&str]); 6] = [
        (NOW, &["show", "ID"]),
        (NOW, &["export", "--events"]),
        (NOW, &["export", "--events", "--format", "csv"]),
        (NOW, &["db-copy"]),
        (THEN, &["list", "--status", "all", "--json"]),
        (THEN, &["sla", "--all"]),
    ];
    let mut pinned = String::new();
    for (id, edit, column) in edits {
        let env = Env::new();
        for title in ["Teams slow for one user", "Teams slow again"] {
            env.open(&[
                "--title",
                title,
                "--severity",
                "B",
                "--opened-at",
                "2026-11-24T08:00:00Z",
            ]);
        }
        for args in [
            &["respond", "1", "--at", "2026-11-24T08:30:00Z"][..],
            &["note", "1", "hello", "--at", "2026-11-24T08:40:00Z"],
            &["close", "1", "--at", "2026-11-24T09:00:00Z"],
            &["reopen", "1", "--at", "2026-11-24T09:10:00Z"],
            &["respond", "2", "--at", "2026-11-24T08:20:00Z"],
            &["note", "2", "hello", "--at", "2026-11-24T08:25:00Z"],
        ] {
            env.run(args, 0);
        }
        // Imported without a history of its own: its first response stands as recorded.
        let file = env.path("imported.jsonl");
        std::fs::write(
            &file,
            "{\"title\":\"Imported with its response\",\"severity\":\"B\",\
             \"opened_at\":\"2026-11-24T08:00:00Z\",\"first_response_at\":\"2026-11-24T08:20:00Z\"}\n",
        )
        .unwrap();
        let out = import_file(&env, &file, &[]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        let run = |(now, args): (&str, &[&str]), who: &str| {
            let args: Vec<String> = args
                .iter()
                .map(|a| if *a == "ID" { who.to_string() } else { a.to_string() })
                .collect();
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let to = env.path("copy.db");
            let out = if args == ["db-copy"] {
                reader(&env, &args, &to).output().unwrap()
            } else {
                env.at(now).args(&args).output().unwrap()
            };
            (format!("--now {now} {}", args.join(" ")), out, to)
        };
        for reader in readers {
            for who in ["1", "2", "3"] {
                let (args, out, _) = run(reader, who);
                assert_eq!(out.status.code(), Some(0), "{args}: {}", stderr_of(&out));
            }
        }
        let taken = match &env.url {
            None => {
                rusqlite::Connection::open(env.db())
                    .unwrap()
                    .execute_batch(edit)
                    .unwrap();
                true
            }
            Some(url) => {
                let mut c = common::pg::cluster().unwrap().connect(url);
                // The server refuses each at the write (access version 10), naming the
                // rule: a column check by its name, the history's agreement by request
                // and column, as the readers name them.
                let done = c.batch_execute(edit);
                let e = format!("{:?}", done.expect_err(edit));
                let rule = if edit.contains("'bogus'") {
                    "kind is one of the kinds svcreq records".to_string()
                } else if edit.contains("actor = ''") {
                    "actor is not empty or blank".to_string()
                } else if edit.contains("1e400") {
                    "data is JSON".to_string()
                } else {
                    format!("request {id} refused: column {column}:")
                };
                assert!(e.contains(&rule), "{edit}: {e}");
                false
            }
        };
        let who = id.to_string();
        let mut said: Vec<(String, String)> = Vec::new();
        for reader in readers {
            let (args, out, to) = run(reader, &who);
            let err = stderr_of(&out);
            if !taken {
                assert_eq!(out.status.code(), Some(0), "{edit}: `{args}`: {err}");
                continue;
            }
            assert_eq!(out.status.code(), Some(1), "{edit}: `{args}`: {err}");
            assert!(out.stdout.is_empty(), "{edit}: `{args}`: nothing half-written");
            assert_eq!(err.lines().count(), 1, "{edit}: `{args}`: {err}");
            assert!(
                err.contains(&format!(
                    "holds a value svcreq cannot read (request {id}, column {column}:"
                )),
                "{edit}: `{args}`: {err}"
            );
            assert!(!to.exists() || !args.contains("db-copy"), "{edit}: no copy left behind");
            said.push((args, err));
        }
        if let Some((first, first_err)) = said.first() {
            for (args, err) in &said {
                assert_eq!(err, first_err, "{edit}: `{args}` and `{first}` disagree");
            }
            // The request imported without a history of its own is still read.
            let (args, out, _) = run(readers[0], "3");
            assert_eq!(out.status.code(), Some(0), "{edit}: `{args}`: {}", stderr_of(&out));
            if env.url.is_none() {
                let ja = env
                    .cmd()
                    .env("SVCREQ_LANG", "ja")
                    .args(["show", &who])
                    .output()
                    .unwrap();
                let label = env.db().display().to_string();
                pinned.push_str(&format!(
                    "{edit}\n  {}  {}",
                    first_err.replace(&label, "LEDGER"),
                    stderr_of(&ja).replace(&label, "LEDGER")
                ));
            }
        }
    }
    if !pinned.is_empty() {
        insta::assert_snapshot!("event_refusals", pinned);
    }
}
}

both_backends! {
/// Issue 14, SPEC 6 and 7: a request row holding a value or a combination of columns that
/// no command writes (`open`, `update`, `close`, `reopen`, `import`, `db copy`) — a
/// committed target without a due time or a due time on no commitment (SPEC 1.5, 6), a
/// technical request with no severity, a presales one with a severity, a tenant that is
/// empty, holds a comma or has a blank at either end, an
/// empty title, case number, contact or resolution, an `opened_by` no actor can be, an
/// `available_24x7` other than 0 or 1, an incident list svcreq would not write, a scope,
/// service or target outside its domain — is refused by every reader: the `list` table as
/// `list --json`, `show`, `sla --all` and `export`, exit 1, in the one sentence that names
/// the request and the column, nothing on stdout. A team ledger refuses at the write what
/// its column checks hold (the readers then read the ledger as it was). What an earlier
/// svcreq wrote stays readable: its import kept a row's severity without a source and a
/// presales row's source without a severity.
#[test]
fn every_reader_refuses_a_row_no_command_writes() {
    // (the request, the column the refusal names, the edit on a file, the edit on a team
    // ledger when it differs, whether a team ledger takes it)
    let edits: [(i64, &str, &str, Option<&str>, bool); 27] = [
        // SPEC 1.5, 6: no silent no commitment — a committed target without a due time,
        // and a due time on a target that commits to none.
        (1, "response_due", "UPDATE requests SET response_due = NULL WHERE id = 1", None, false),
        (2, "response_due", "UPDATE requests SET response_due = opened_at + 3600 WHERE id = 2", None, false),
        // SPEC 6: out of scope means no commitment.
        (1, "response_target", "UPDATE requests SET scope = 'third-party' WHERE id = 1", None, false),
        (1, "scope", "UPDATE requests SET scope = 'nowhere' WHERE id = 1", None, false),
        (1, "service", "UPDATE requests SET service = 'fax' WHERE id = 1", None, false),
        (1, "severity_source", "UPDATE requests SET severity_source = 'guess' WHERE id = 1", None, false),
        (1, "availability", "UPDATE requests SET availability = 'sometimes' WHERE id = 1", None, false),
        (1, "response_target", "UPDATE requests SET response_target = '3x' WHERE id = 1", None, false),
        (1, "response_clock", "UPDATE requests SET response_clock = 'lunar' WHERE id = 1", None, false),
        (1, "severity", "UPDATE requests SET severity = NULL, severity_source = NULL WHERE id = 1", None, false),
        (2, "severity", "UPDATE requests SET severity = 'B', severity_source = 'manual' WHERE id = 2", None, false),
        (1, "tenant", "UPDATE requests SET tenant = '' WHERE id = 1", None, false),
        (1, "tenant", "UPDATE requests SET tenant = 'contoso,fabrikam' WHERE id = 1", None, false),
        (1, "tenant", "UPDATE requests SET tenant = ' contoso' WHERE id = 1", None, false),
        (1, "title", "UPDATE requests SET title = '' WHERE id = 1", None, false),
        (1, "title", "UPDATE requests SET title = '   ' WHERE id = 1", None, false),
        (1, "case_number", "UPDATE requests SET case_number = '' WHERE id = 1", None, false),
        (1, "case_number", "UPDATE requests SET case_number = 'no such number!' WHERE id = 1", None, false),
        (1, "contact", "UPDATE requests SET contact = '' WHERE id = 1", None, false),
        (1, "resolution", "UPDATE requests SET resolution = '' WHERE id = 1", None, false),
        (1, "opened_by", "UPDATE requests SET opened_by = '' WHERE id = 1", None, false),
        (1, "opened_by", "UPDATE requests SET opened_by = 'alice ' WHERE id = 1", None, false),
        (
            1,
            "opened_by",
            "UPDATE requests SET opened_by = 'ali' || char(10) || 'ce' WHERE id = 1",
            Some("UPDATE requests SET opened_by = 'ali' || chr(10) || 'ce' WHERE id = 1"),
            false,
        ),
        (1, "available_24x7", "UPDATE requests SET available_24x7 = 7 WHERE id = 1", None, false),
        (1, "incidents", "UPDATE requests SET incidents = 'EX123456  MO654321' WHERE id = 1", None, false),
        (1, "incidents", "UPDATE requests SET incidents = ' EX123456' WHERE id = 1", None, false),
        (1, "incidents", "UPDATE requests SET incidents = 'EX123456 outage' WHERE id = 1", None, false),
    ];
    let readers: [&[&str]; 5] = [
        &["list"],
        &["list", "--json"],
        &["show", "ID"],
        &["sla", "--all"],
        &["export"],
    ];
    // The request each listing shows, read through its typed record.
    #[derive(serde::Deserialize)]
    struct Listed {
        id: i64,
        severity: Option<String>,
    }
    let mut said_en = Vec::new();
    for (id, column, sqlite_edit, pg_edit, pg_takes) in edits {
        let env = Env::new();
        let opened = "2026-11-24T08:00:00Z";
        env.open(&[
            "--title", "Teams slow for one user", "--severity", "B", "--opened-at", opened,
            "--case-number", "2405010010005082", "--contact", "Ken", "--incident", "EX123456",
            "--incident", "MO654321",
        ]);
        env.open(&["--title", "Pricing for E5", "--category", "presales", "--opened-at", opened]);
        let id_text = id.to_string();
        let run = |args: &[&str]| {
            let args: Vec<&str> =
                args.iter().map(|a| if *a == "ID" { id_text.as_str() } else { a }).collect();
            let out = env.cmd().args(&args).output().unwrap();
            (args.join(" "), out)
        };
        // Every reader reads the ledger as svcreq wrote it.
        for args in readers {
            let (args, out) = run(args);
            assert_eq!(out.status.code(), Some(0), "{args}: {}", stderr_of(&out));
        }
        let listed: Vec<Listed> = serde_json::from_str(&env.run(&["list", "--json"], 0)).unwrap();
        let severities: Vec<(i64, Option<&str>)> =
            listed.iter().map(|l| (l.id, l.severity.as_deref())).collect();
        assert_eq!(severities, [(1, Some("B")), (2, None)]);
        let taken = match &env.url {
            None => {
                rusqlite::Connection::open(env.db()).unwrap().execute_batch(sqlite_edit).unwrap();
                true
            }
            Some(url) => {
                let mut c = common::pg::cluster().unwrap().connect(url);
                let edit = pg_edit.unwrap_or(sqlite_edit);
                let done = c.batch_execute(edit);
                assert_eq!(done.is_ok(), pg_takes, "{edit}: {done:?}");
                pg_takes
            }
        };
        let mut said: Vec<(String, String)> = Vec::new();
        for args in readers {
            let (args, out) = run(args);
            let err = stderr_of(&out);
            if !taken {
                // The team ledger refused the edit: every reader reads it as it was.
                assert_eq!(out.status.code(), Some(0), "{sqlite_edit}: `{args}`: {err}");
                continue;
            }
            assert_eq!(out.status.code(), Some(1), "{sqlite_edit}: `{args}`: {err}");
            assert!(out.stdout.is_empty(), "{sqlite_edit}: `{args}`: nothing half-written");
            assert_eq!(err.lines().count(), 1, "{sqlite_edit}: `{args}`: {err}");
            assert!(
                err.contains(&format!(
                    "holds a value svcreq cannot read (request {id}, column {column}: "
                )),
                "{sqlite_edit}: `{args}`: {err}"
            );
            assert!(!err.contains("panicked"), "{err}");
            said.push((args, err));
        }
        if let Some((first, first_err)) = said.first() {
            for (args, err) in &said {
                assert_eq!(err, first_err, "{sqlite_edit}: `{args}` and `{first}` disagree");
            }
            let ledger = env.db().to_string_lossy().into_owned();
            said_en.push(format!("{sqlite_edit}\n  {}", first_err.trim_end().replace(&ledger, "LEDGER")));
            if column == "severity" || column == "incidents" {
                let out = env.cmd().env("SVCREQ_LANG", "ja").args(["show", &id_text]).output().unwrap();
                assert_eq!(out.status.code(), Some(1));
                let err = stderr_of(&out);
                assert_eq!(err.lines().count(), 1, "{err}");
                assert!(!err.trim_end().trim_end_matches('。').contains('。'), "{err}");
                said_en.push(format!("  {}", err.trim_end().replace(&ledger, "LEDGER")));
            }
        }
    }
    for edit in [
        "UPDATE requests SET severity_source = NULL WHERE id = 1",
        "UPDATE requests SET severity_source = 'manual' WHERE id = 2",
    ] {
        let env = Env::new();
        env.open(&["--title", "Teams slow for one user", "--severity", "B"]);
        env.open(&["--title", "Pricing for E5", "--category", "presales"]);
        // Forms older schemas wrote: read where the opening records nothing, as an older
        // svcreq's opening (access version 12 on a team ledger: the opening records what
        // the request was filed with), and, on a ledger file, as a ledger of schema 4 that
        // kept no check value migrates (each row that agrees with its history sealed).
        let older = "UPDATE events SET data = NULL WHERE kind = 'opened'";
        match &env.url {
            None => rusqlite::Connection::open(env.db())
                .unwrap()
                .execute_batch(&format!(
                    "{older}; {edit}; DROP TABLE ledger_seals; \
                     ALTER TABLE requests DROP COLUMN seal; ALTER TABLE cycles DROP COLUMN seal; \
                     PRAGMA user_version = 4"
                ))
                .unwrap(),
            Some(url) => common::pg::cluster()
                .unwrap()
                .connect(url)
                .batch_execute(&format!("{older}; {edit}"))
                .unwrap(),
        }
        for args in [&["list"][..], &["list", "--json"], &["show", "1"], &["show", "2"], &["sla", "--all"], &["export"]] {
            env.run(args, 0);
        }
    }
    if env_is_sqlite() {
        insta::assert_snapshot!("messages", said_en.join("\n"));
    }
}
}

/// Whether the running test runs on a ledger file (its messages name a path, not a URL).
fn env_is_sqlite() -> bool {
    !common::is_pg()
}

both_backends! {
/// SPEC 7 (each change is one event) and SPEC 6 (the read check): a request's row ends where
/// its history ends and its history begins with its opening. A due time or severity set by
/// hand, which no event records, and a history whose opening was deleted are refused by every
/// reader of the history alike (one sentence naming request and column, exit 1, nothing on
/// stdout); an export line whose row or events were so edited does not import. On a team
/// ledger the server may refuse the edit at the write instead.
#[test]
fn a_row_ends_where_its_history_ends_and_its_history_begins_with_its_opening() {
    // (the edit, the request it breaks, the column named)
    let edits = [
        (
            "UPDATE requests SET response_due = response_due + 86400 WHERE id = 1",
            1,
            "response_due",
        ),
        ("UPDATE requests SET severity_source = 'manual' WHERE id = 1", 1, "severity_source"),
        ("DELETE FROM events WHERE request_id = 2", 2, "events"),
    ];
    for (edit, id, column) in edits {
        let env = Env::new();
        env.open(&["--title", "Teams slow for one user", "--severity", "B", "--opened-at", "2026-11-24T08:00:00Z"]);
        env.open(&["--title", "Teams slow again", "--severity", "B", "--opened-at", "2026-11-24T08:00:00Z"]);
        env.run(&["update", "1", "--severity", "A", "--by", "microsoft", "--at", "2026-11-24T08:10:00Z"], 0);
        env.run(&["note", "2", "hello", "--at", "2026-11-24T08:20:00Z"], 0);
        let export = env.run(&["export", "--events"], 0);
        let readers: [&[&str]; 2] = [&["show", &id.to_string()], &["export", "--events"]];
        for args in readers {
            env.run(args, 0);
        }
        let taken = match &env.url {
            None => {
                rusqlite::Connection::open(env.db()).unwrap().execute_batch(edit).unwrap();
                true
            }
            Some(url) => common::pg::cluster().unwrap().connect(url).batch_execute(edit).is_ok(),
        };
        if taken {
            let mut said = Vec::new();
            for args in readers {
                let out = env.cmd().args(args).output().unwrap();
                let err = stderr_of(&out);
                assert_eq!(out.status.code(), Some(1), "{edit}: {args:?}: {err}");
                assert!(out.stdout.is_empty(), "{edit}: {args:?}: nothing half-written");
                assert_eq!(err.lines().count(), 1, "{err}");
                assert!(
                    err.contains(&format!("(request {id}, column {column}:")),
                    "{edit}: {args:?}: {err}"
                );
                said.push(err);
            }
            assert_eq!(said[0], said[1], "{edit}: the readers say it alike");
        }
        // The same edit made in an export line is refused by import, into a new ledger.
        let line = export.lines().nth(id as usize - 1).unwrap();
        let mut v: serde_json::Value = serde_json::from_str(line).unwrap();
        match column {
            "response_due" => v["response_due"] = "2026-11-25T09:00:00Z".into(),
            "severity_source" => v["severity_source"] = "manual".into(),
            _ => {
                // A second opening, after the first.
                let opened = v["events"][0].clone();
                v["events"].as_array_mut().unwrap().push(opened);
            }
        }
        let fresh = Env::new();
        let file = fresh.path("edited.jsonl");
        std::fs::write(&file, format!("{v}\n")).unwrap();
        let out = import_file(&fresh, &file, &[]);
        assert_ne!(out.status.code(), Some(0), "{edit}: import: {}", stderr_of(&out));
        assert_eq!(stderr_of(&out).lines().count(), 1, "{}", stderr_of(&out));
        // As exported, it imports.
        std::fs::write(&file, format!("{line}\n")).unwrap();
        let out = import_file(&fresh, &file, &[]);
        assert_eq!(out.status.code(), Some(0), "{edit}: import: {}", stderr_of(&out));
    }
}
}

both_backends! {
/// SPEC 6, 7: every reader, the present instant included, refuses a row hand-edited
/// against its history. A response time no event records (a breach read as met), a due
/// time moved later, a severity, target, tenant or category the history never gave, a
/// close undone (on a request whose history is its opening alone too), and an earlier
/// cycle's severity edited in the cycles table are refused by `show`, `list` (table and
/// JSON), `sla` (`--fail-on breached` too: a CI verdict is never read from such a row),
/// `report` and `export` (JSON lines, CSV, with its history) alike: the one sentence `show`
/// gives, naming the request and the column, exit 1, nothing on stdout. A ledger file
/// tells a row svcreq wrote by its check value (schema 5) and checks any other against
/// its history. A team ledger's server refuses each such edit at the commit, for every
/// role, the owner through `psql` included (access version 11: a response or close time
/// since version 10; version 12: the tenant, category and every other column the history
/// decides, and each of them on a request whose history is its opening alone, which
/// records what the request was filed with).
#[test]
fn every_reader_present_instant_included_refuses_a_row_hand_edited_against_its_history() {
    // (the edit, the request it breaks, the column named)
    let edits = [
        (
            "UPDATE requests SET first_response_at = opened_at + 60 WHERE id = 1",
            1,
            "first_response_at",
        ),
        (
            "UPDATE requests SET response_due = response_due + 86400 WHERE id = 1",
            1,
            "response_due",
        ),
        (
            "UPDATE requests SET severity = 'C' WHERE id = 1",
            1,
            "severity",
        ),
        (
            "UPDATE requests SET status = 'open', closed_at = NULL WHERE id = 2",
            2,
            "closed_at",
        ),
        (
            "UPDATE cycles SET severity = 'A' WHERE request_id = 3",
            3,
            "cycles.severity",
        ),
        (
            "UPDATE requests SET tenant = 'contoso' WHERE id = 1",
            1,
            "tenant",
        ),
        // A request whose history is its opening alone: the opening records what it was
        // filed with, every column the history decides.
        (
            "UPDATE requests SET response_due = response_due + 86400 WHERE id = 4",
            4,
            "response_due",
        ),
        (
            "UPDATE requests SET severity = 'C', response_due = response_due + 86400 WHERE id = 4",
            4,
            "severity",
        ),
        (
            "UPDATE requests SET tenant = 'contoso' WHERE id = 4",
            4,
            "tenant",
        ),
        (
            "UPDATE requests SET category = 'billing', severity = NULL, severity_source = NULL \
             WHERE id = 4",
            4,
            "category",
        ),
        (
            "UPDATE requests SET response_target = '1h' WHERE id = 4",
            4,
            "response_target",
        ),
        (
            "UPDATE requests SET target_started_at = opened_at WHERE id = 4",
            4,
            "target_started_at",
        ),
        // An opening written before it recorded anything (its data cleared here) records no
        // due time an event could contradict: the check value still tells the edit (on a
        // ledger file).
        (
            "UPDATE events SET data = NULL WHERE request_id = 4 AND kind = 'opened'; \
             UPDATE requests SET response_due = response_due + 86400 WHERE id = 4",
            4,
            "seal",
        ),
        // Nor does a check value set to NULL pass the edit off as a row a migration left
        // without one: this ledger's migration left none (schema 6).
        (
            "UPDATE events SET data = NULL WHERE request_id = 4 AND kind = 'opened'; \
             UPDATE requests SET seal = NULL, severity = 'C', response_target = 'none', \
             response_due = NULL WHERE id = 4",
            4,
            "seal",
        ),
        (
            "UPDATE cycles SET seal = NULL WHERE request_id = 3",
            3,
            "seal",
        ),
    ];
    let readers: [&[&str]; 11] = [
        &["show", "1"],
        &["list"],
        &["list", "--status", "all"],
        &["list", "--status", "all", "--json"],
        &["sla", "--fail-on", "breached"],
        &["sla", "--all"],
        &["report", "--from", "2026-11-01", "--to", "2026-11-30"],
        &["export"],
        &["export", "--format", "csv"],
        &["export", "--events"],
        &["export", "--format", "json"],
    ];
    for (edit, id, column) in edits {
        let env = Env::new();
        four_requests_of_every_kind(&env, 4);
        let shown = id.to_string();
        let show_args = ["show", shown.as_str()];
        let readers = readers.map(|r| match r {
            ["show", _] => &show_args[..],
            r => r,
        });
        for args in readers {
            env.run(args, if args[0] == "sla" { 3 } else { 0 });
        }
        if column == "cycles.severity" {
            // The same edit in an export line's earlier cycle is refused by import.
            let export = env.run(&["export", "--events"], 0);
            let mut v: serde_json::Value =
                serde_json::from_str(export.lines().nth(2).unwrap()).unwrap();
            assert_eq!(v["cycles"][0]["severity"], "B");
            v["cycles"][0]["severity"] = "A".into();
            let fresh = Env::new();
            let file = fresh.path("edited.jsonl");
            std::fs::write(&file, format!("{v}\n")).unwrap();
            let out = import_file(&fresh, &file, &[]);
            assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
            assert!(stderr_of(&out).contains("cycles.severity"), "{}", stderr_of(&out));
        }
        if column == "seal" && env.url.is_some() {
            // A team ledger keeps no check value; its server compares a due time only with
            // an event that records one (an opening from before access version 12 records
            // none).
            continue;
        }
        let taken = match &env.url {
            None => {
                rusqlite::Connection::open(env.db())
                    .unwrap()
                    .execute_batch(edit)
                    .unwrap();
                true
            }
            Some(url) => common::pg::cluster()
                .unwrap()
                .connect(url)
                .batch_execute(edit)
                .is_ok(),
        };
        assert!(env.url.is_none() || !taken, "{edit}: the server refuses it");
        if !taken {
            continue;
        }
        let show = stderr_of(&env.cmd().args(readers[0]).output().unwrap());
        assert!(
            show.contains(&format!("(request {id}, column {column}:")),
            "{edit}: {show}"
        );
        for args in readers {
            let out = env.cmd().args(args).output().unwrap();
            let err = stderr_of(&out);
            assert_eq!(out.status.code(), Some(1), "{edit}: {args:?}: {err}");
            assert!(
                out.stdout.is_empty(),
                "{edit}: {args:?}: nothing half-written"
            );
            assert_eq!(
                err, show,
                "{edit}: {args:?}: every reader says what show says"
            );
        }
        if env.url.is_none() {
            // Nor is the record copied clean into another ledger.
            let to = env.path("copy.db");
            let from = env.db().to_string_lossy().into_owned();
            let out = env
                .cmd()
                .args(["db", "copy", "--from", &from, "--to", to.to_str().unwrap()])
                .output()
                .unwrap();
            let err = stderr_of(&out);
            assert_eq!(out.status.code(), Some(1), "{edit}: db copy: {err}");
            assert!(
                err.contains(&format!("(request {id}, column {column}:")),
                "{edit}: db copy: {err}"
            );
            assert!(!to.exists(), "{edit}: db copy leaves no ledger behind");
        }
    }
}
}

/// The ledger the hand-edit tests break, filed on 2026-11-24 with severity B from 08:00:
/// request 1 rated A by Microsoft at 08:10 and never answered (a breach by the tests'
/// clock), 2 answered and closed, 3 answered, closed and reopened (an earlier cycle), and
/// from the fourth on (`n` requests in all) opened alone.
fn four_requests_of_every_kind(env: &Env, n: usize) {
    let at = |t: &str| format!("2026-11-24T{t}:00Z");
    for title in [
        "Teams slow for one user",
        "Mail delayed",
        "SharePoint denied",
        "Forms slow",
    ]
    .into_iter()
    .take(n)
    {
        env.open(&[
            "--title",
            title,
            "--severity",
            "B",
            "--opened-at",
            &at("08:00"),
        ]);
    }
    env.run(
        &[
            "update",
            "1",
            "--severity",
            "A",
            "--by",
            "microsoft",
            "--at",
            &at("08:10"),
        ],
        0,
    );
    for id in ["2", "3"] {
        env.run(&["respond", id, "--at", &at("08:05")], 0);
        env.run(&["close", id, "--at", &at("08:10")], 0);
    }
    env.run(
        &["reopen", "3", "--reason", "again", "--at", &at("08:20")],
        0,
    );
}

/// Make `edit` on `env`'s ledger file with sqlite3, then run each of `readers`: each exits
/// 1 with nothing on stdout and the one sentence the first gives, which says `said`.
fn every_reader_refuses_alike(env: &Env, readers: &[&[&str]], edit: &str, said: &str) {
    rusqlite::Connection::open(env.db())
        .unwrap()
        .execute_batch(edit)
        .unwrap();
    let first = env.fail(readers[0], 1);
    assert!(first.contains(said), "{edit}: {first}");
    for args in readers {
        let out = env.cmd().args(*args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{edit}: {args:?}");
        assert!(
            out.stdout.is_empty(),
            "{edit}: {args:?}: nothing half-written"
        );
        assert_eq!(stderr_of(&out), first, "{edit}: {args:?}: one sentence");
    }
}

/// SPEC 6 (schema 6): the readers of the open requests alone (`list`, `sla`, with or
/// without a filter, in every format) read no closed row, so a request closed by hand
/// (sqlite3) would drop out of their verdict — `sla --fail-on breached` passing a breach.
/// A ledger file keeps a check value over its set of open requests, written in the
/// transaction of every write that files, closes or reopens one (open, close, reopen,
/// import, db copy, migrate): a request closed by hand is refused by each of them in the
/// sentence `show` gives it, and an open request deleted is refused as a set svcreq did
/// not write (exit 1, nothing on stdout). What svcreq itself writes — closes, reopens, an
/// import, a copy, a migration from schema 5 — reads on. (A team ledger's server refuses
/// such writes itself: access::*.)
#[test]
fn a_request_closed_or_deleted_by_hand_is_refused_by_every_reader_of_the_open_requests() {
    let readers: [&[&str]; 8] = [
        &["list"],
        &["list", "--json"],
        &["list", "--severity", "A", "--format", "csv"],
        &["list", "--tenant", "default"],
        &["sla"],
        &["sla", "--fail-on", "breached"],
        &["sla", "--format", "json"],
        &["list", "--status", "open", "--now", "2026-11-24T09:00:00Z"],
    ];
    // (the edit, what every reader says of it)
    let edits = [
        (
            "UPDATE requests SET status = 'closed', closed_at = opened_at + 600 WHERE id = 1",
            "(request 1, column closed_at:",
        ),
        (
            "UPDATE requests SET status = 'closed', closed_at = opened_at + 600 WHERE id = 4",
            "(request 4, column closed_at:",
        ),
        (
            "DELETE FROM events WHERE request_id = 4; DELETE FROM cycles WHERE request_id = 4;\n             DELETE FROM requests WHERE id = 4",
            "(the set of open requests is not the one svcreq last wrote",
        ),
    ];
    for (edit, said) in edits {
        let env = Env::new();
        four_requests_of_every_kind(&env, 4);
        env.run(&["close", "4", "--at", "2026-11-24T08:30:00Z"], 0);
        env.run(&["reopen", "4", "--at", "2026-11-24T08:40:00Z"], 0);
        for args in readers {
            env.run(args, if args[0] == "sla" { 3 } else { 0 });
        }
        every_reader_refuses_alike(&env, &readers, edit, said);
    }

    // What svcreq writes keeps the value: an import of the whole history, a copy, and a
    // ledger of schema 5 migrating, each read by the readers of open requests.
    let env = Env::new();
    four_requests_of_every_kind(&env, 4);
    let export = env.path("all.jsonl");
    std::fs::write(&export, env.run(&["export", "--events"], 0)).unwrap();
    let imported = Env::new();
    let out = import_file(&imported, &export, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let copied = Env::new();
    let (from, to) = (env.db(), copied.db());
    env.run(
        &[
            "db",
            "copy",
            "--from",
            from.to_str().unwrap(),
            "--to",
            to.to_str().unwrap(),
        ],
        0,
    );
    for args in readers {
        let code = if args[0] == "sla" { 3 } else { 0 };
        let want = env.run(args, code);
        assert_eq!(imported.run(args, code), want, "import: {args:?}");
        assert_eq!(copied.run(args, code), want, "db copy: {args:?}");
    }
    let c = rusqlite::Connection::open(env.db()).unwrap();
    c.execute_batch("DROP TABLE ledger_seals; PRAGMA user_version = 5;")
        .unwrap();
    env.run(&["sla", "--fail-on", "breached"], 3);
    c.execute_batch(
        "UPDATE requests SET status = 'closed', closed_at = opened_at + 600 WHERE id = 1",
    )
    .unwrap();
    assert!(
        env.fail(&["sla", "--fail-on", "breached"], 1)
            .contains("(request 1, column closed_at:")
    );
}

/// The readers of every request, closed ones included, in each format: those that read
/// every row (`sla --all`, `export`, `list --status all`) and those that read some
/// (`list --status closed`, `report`).
const EVERY_REQUEST_READERS: [&[&str]; 9] = [
    &["list", "--status", "all"],
    &["list", "--status", "closed", "--json"],
    &["sla", "--all"],
    &["sla", "--all", "--format", "json"],
    &["report", "--month", "2026-11", "--format", "json"],
    &["export"],
    &["export", "--events"],
    &["export", "--format", "csv"],
    &["list", "--status", "all", "--tenant", "default"],
];

/// `db copy` of `env`'s ledger is refused saying `said`, and leaves no ledger behind.
fn copy_refuses(env: &Env, edit: &str, said: &str) {
    let dest = Env::new();
    let (from, to) = (env.db(), dest.db());
    let out = env
        .cmd()
        .args([
            "db",
            "copy",
            "--from",
            from.to_str().unwrap(),
            "--to",
            to.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{edit}: db copy");
    assert!(
        stderr_of(&out).contains(said),
        "{edit}: db copy: {}",
        stderr_of(&out)
    );
    assert!(!to.exists(), "{edit}: db copy leaves no ledger behind");
}

/// SPEC 6, 7 (schema 7): a ledger file keeps a check value over the set of its requests'
/// ids (the XOR of each id's share, as over its open ones), written with the rows, so a
/// request deleted by hand with its events and cycles — the count schema 6 kept put right
/// by hand too —, one added, one deleted and another added in its place (as many requests
/// as before), or one renumbered, is refused by every reader of every request — `list
/// --status all`, `sla --all`, `report`, `export` in each format, `db copy` — in one
/// sentence (exit 1, nothing on stdout), not left out of a verdict, a month's figures or
/// a backup.
#[test]
fn every_reader_of_every_request_refuses_a_set_of_requests_svcreq_did_not_write() {
    let readers = EVERY_REQUEST_READERS;
    let delete = |id: u8| {
        format!(
            "DELETE FROM events WHERE request_id = {id}; DELETE FROM cycles WHERE request_id = {id}; \
             DELETE FROM requests WHERE id = {id};"
        )
    };
    let add = |id: u8, like: u8| {
        format!(
            "INSERT INTO requests (id, tenant, title, description, category, plan, tier, channel, \
               status, opened_at, closed_at, scope, opened_by, timezone, cycle_started_at, \
               availability, response_target, response_clock, seal) \
             SELECT {id}, tenant, title, description, category, plan, tier, channel, status, \
               opened_at, closed_at, scope, opened_by, timezone, cycle_started_at, \
               availability, response_target, response_clock, seal FROM requests WHERE id = {like};"
        )
    };
    let edits = [
        // Schema 6's count put right by hand passed this.
        format!(
            "{} UPDATE ledger_seals SET value = value - 1 WHERE name = 'requests';",
            delete(2)
        ),
        delete(4),
        add(9, 2),
        // As many requests as before.
        format!("{} {}", add(9, 2), delete(4)),
        format!("{} {}", add(9, 4), delete(4)),
        "PRAGMA foreign_keys = OFF; UPDATE events SET request_id = 7 WHERE request_id = 2; \
         UPDATE requests SET id = 7 WHERE id = 2;"
            .to_string(),
    ];
    let said = "(the set of requests is not the one svcreq last wrote";
    for edit in &edits {
        let env = Env::new();
        four_requests_of_every_kind(&env, 4);
        for args in readers {
            env.run(args, if args[0] == "sla" { 3 } else { 0 });
        }
        every_reader_refuses_alike(&env, &readers, edit, said);
        copy_refuses(&env, edit, said);
    }
}

/// SPEC 6, 7 (schema 8): beside the check value of the set of requests, a ledger file keeps
/// how many requests it holds, their least and greatest ids and a value binding the four
/// (`ledger_seals` rows `requests`, `count`, `first`, `last`, `bounds`), so a reader of
/// every request need not read every id where svcreq's ids leave no gap. Any one of the
/// five rows edited by hand, and a request deleted with the rows it would change put right
/// by hand but for the binding value, are refused by every reader of every request and by
/// `db copy` in the sentence a set svcreq did not write gets; so is the edit after svcreq
/// writes again (an `open` does not pass it off as svcreq's).
#[test]
fn every_reader_of_every_request_refuses_an_edited_record_of_the_set_of_requests() {
    let readers = EVERY_REQUEST_READERS;
    let mut edits: Vec<String> = ["requests", "count", "first", "last", "bounds"]
        .iter()
        .map(|name| format!("UPDATE ledger_seals SET value = value + 1 WHERE name = '{name}';"))
        .collect();
    edits.push(
        "DELETE FROM events WHERE request_id = 4; DELETE FROM cycles WHERE request_id = 4; \
         DELETE FROM requests WHERE id = 4; \
         UPDATE ledger_seals SET value = value - 1 WHERE name IN ('count', 'last');"
            .to_string(),
    );
    let said = "(the set of requests is not the one svcreq last wrote";
    for edit in &edits {
        let env = Env::new();
        four_requests_of_every_kind(&env, 4);
        for args in readers {
            env.run(args, if args[0] == "sla" { 3 } else { 0 });
        }
        every_reader_refuses_alike(&env, &readers, edit, said);
        copy_refuses(&env, edit, said);
        env.open(&["--title", "after the edit", "--severity", "C"]);
        assert!(
            env.fail(readers[0], 1).contains(said),
            "{edit}: after a write"
        );
    }
}

/// SPEC 6, 7 (schema 8): where the ids svcreq kept leave gaps (an import of rows with ids
/// of their own), as many requests with the same least and greatest ids do not make the
/// same set: a request deleted by hand and another added in a gap, or one renumbered into
/// a gap, is refused by every reader of every request as the check value of the ids found
/// is not the one kept. What svcreq writes there — the import, a request filed after it —
/// reads on.
#[test]
fn a_ledger_whose_ids_leave_gaps_refuses_a_request_swapped_into_a_gap() {
    let readers = EVERY_REQUEST_READERS;
    let source = Env::new();
    four_requests_of_every_kind(&source, 4);
    // The same requests with ids 1, 2, 5 and 9.
    let export = source.run(&["export", "--events"], 0);
    let lines: Vec<String> = export
        .lines()
        .map(|l| {
            let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
            let id = v["id"].as_i64().unwrap();
            v["id"] = serde_json::json!([0, 1, 2, 5, 9][id as usize]);
            v.to_string()
        })
        .collect();
    let file = source.path("gaps.jsonl");
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let add = |id: u8, like: u8| {
        format!(
            "INSERT INTO requests (id, tenant, title, description, category, plan, tier, channel, \
               status, opened_at, closed_at, scope, opened_by, timezone, cycle_started_at, \
               availability, response_target, response_clock, seal) \
             SELECT {id}, tenant, title, description, category, plan, tier, channel, status, \
               opened_at, closed_at, scope, opened_by, timezone, cycle_started_at, \
               availability, response_target, response_clock, seal FROM requests WHERE id = {like};"
        )
    };
    let edits = [
        format!(
            "{} DELETE FROM events WHERE request_id = 2; DELETE FROM cycles WHERE request_id = 2; \
             DELETE FROM requests WHERE id = 2;",
            add(3, 2)
        ),
        "PRAGMA foreign_keys = OFF; UPDATE events SET request_id = 4 WHERE request_id = 2; \
         UPDATE requests SET id = 4 WHERE id = 2;"
            .to_string(),
    ];
    let said = "(the set of requests is not the one svcreq last wrote";
    for edit in &edits {
        let env = Env::new();
        let out = import_file(&env, &file, &[]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        env.open(&["--title", "filed after the import", "--severity", "C"]);
        let ids: Vec<i64> = rusqlite::Connection::open(env.db())
            .unwrap()
            .prepare("SELECT id FROM requests ORDER BY id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(ids, [1, 2, 5, 9, 10], "the ids kept, then the next");
        for args in readers {
            env.run(args, if args[0] == "sla" { 3 } else { 0 });
        }
        every_reader_refuses_alike(&env, &readers, edit, said);
        copy_refuses(&env, edit, said);
    }
}

/// SPEC 6, 7 (schema 8): a ledger of schema 7 (the check value of the set of requests
/// alone) is given how many requests it holds, their least and greatest ids and their
/// binding value as it migrates, and reads as before; one whose requests were deleted or
/// added by hand before the upgrade stays refused by every reader of every request, and
/// after svcreq writes again, rather than the migration passing the edit off as svcreq's.
#[test]
fn a_ledger_of_schema_7_reads_after_migrating_and_a_set_edited_before_stays_refused() {
    let readers = EVERY_REQUEST_READERS;
    let as_schema_7 = "DELETE FROM ledger_seals WHERE name IN ('count', 'first', 'last', 'bounds'); \
                       PRAGMA user_version = 7;";
    let env = Env::new();
    four_requests_of_every_kind(&env, 4);
    let before: Vec<String> = readers
        .iter()
        .map(|args| env.run(args, if args[0] == "sla" { 3 } else { 0 }))
        .collect();
    let c = rusqlite::Connection::open(env.db()).unwrap();
    c.execute_batch(as_schema_7).unwrap();
    for (args, want) in readers.iter().zip(&before) {
        assert_eq!(
            &env.run(args, if args[0] == "sla" { 3 } else { 0 }),
            want,
            "{args:?}"
        );
    }
    let q = |sql: &str| c.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    assert_eq!(q("PRAGMA user_version"), 8);
    assert_eq!(
        (
            q("SELECT value FROM ledger_seals WHERE name = 'count'"),
            q("SELECT value FROM ledger_seals WHERE name = 'first'"),
            q("SELECT value FROM ledger_seals WHERE name = 'last'"),
        ),
        (4, 1, 4)
    );
    env.open(&["--title", "filed after the upgrade", "--severity", "C"]);
    assert_eq!(q("SELECT value FROM ledger_seals WHERE name = 'count'"), 5);
    env.run(&["sla", "--all", "--fail-on", "never"], 0);

    let said = "(the set of requests is not the one svcreq last wrote";
    for edit in [
        "DELETE FROM events WHERE request_id = 4; DELETE FROM cycles WHERE request_id = 4; \
         DELETE FROM requests WHERE id = 4;",
        "INSERT INTO requests (id, tenant, title, description, category, plan, tier, channel, \
           status, opened_at, closed_at, scope, opened_by, timezone, cycle_started_at, \
           availability, response_target, response_clock, seal) \
         SELECT 9, tenant, title, description, category, plan, tier, channel, status, \
           opened_at, closed_at, scope, opened_by, timezone, cycle_started_at, \
           availability, response_target, response_clock, seal FROM requests WHERE id = 2;",
    ] {
        let env = Env::new();
        four_requests_of_every_kind(&env, 4);
        rusqlite::Connection::open(env.db())
            .unwrap()
            .execute_batch(as_schema_7)
            .unwrap();
        every_reader_refuses_alike(&env, &readers, edit, said);
        copy_refuses(&env, edit, said);
        env.open(&["--title", "after the upgrade", "--severity", "C"]);
        assert!(
            env.fail(readers[0], 1).contains(said),
            "{edit}: after a write"
        );
    }
}

/// SPEC 6 (schema 6): a reader of every request checks the set of open requests too, as
/// the readers of open ones do. A request closed outside svcreq with a row, check value
/// and history svcreq itself wrote (taken from a copy of the ledger where svcreq closed it)
/// leaves every row as svcreq wrote one and the set of requests as it was: only the set
/// of open requests tells it, and `sla --all`, `export`, `list --status all`, `report`
/// and `db copy` refuse it as `sla` does, not read it closed.
#[test]
fn every_reader_of_every_request_refuses_an_open_set_svcreq_did_not_write() {
    let readers = EVERY_REQUEST_READERS;
    for (id, at) in [("1", "2026-11-24T09:00:00Z"), ("4", "2026-11-24T08:30:00Z")] {
        let env = Env::new();
        four_requests_of_every_kind(&env, 4);
        let other = Env::new();
        rusqlite::Connection::open(env.db())
            .unwrap()
            .execute("VACUUM INTO ?1", [other.db().to_str().unwrap()])
            .unwrap();
        other.run(&["close", id, "--at", at], 0);
        let edit = format!(
            "ATTACH '{}' AS other; \
             PRAGMA foreign_keys = OFF; \
             DELETE FROM events WHERE request_id = {id}; \
             DELETE FROM requests WHERE id = {id}; \
             INSERT INTO requests SELECT * FROM other.requests WHERE id = {id}; \
             INSERT INTO events SELECT * FROM other.events WHERE request_id = {id};",
            other.db().display()
        );
        let said = "(the set of open requests is not the one svcreq last wrote";
        every_reader_refuses_alike(&env, &readers, &edit, said);
        assert!(env.fail(&["sla"], 1).contains(said));
        copy_refuses(&env, &edit, said);
    }
}

/// SPEC 6, 7 (schema 5): a ledger of schema 4 is given its check values as it migrates, for
/// each record that agrees with its history; one that did not is refused by every reader
/// as before (the sentence `show` gives), and reads again once fixed to agree.
#[test]
fn a_ledger_of_schema_4_reads_after_migrating_and_a_row_against_its_history_stays_refused() {
    let env = Env::new();
    four_requests_of_every_kind(&env, 3);
    let before = env.run(&["export", "--events"], 0);
    // As schema 4 kept it, with request 1 edited against its history.
    rusqlite::Connection::open(env.db())
        .unwrap()
        .execute_batch(
            "DROP TABLE ledger_seals; ALTER TABLE requests DROP COLUMN seal; ALTER TABLE cycles DROP COLUMN seal;
             PRAGMA user_version = 4;
             UPDATE requests SET first_response_at = opened_at + 60 WHERE id = 1;",
        )
        .unwrap();
    let show = env.fail(&["show", "1"], 1);
    assert!(
        show.contains("(request 1, column first_response_at:"),
        "{show}"
    );
    let c = rusqlite::Connection::open(env.db()).unwrap();
    let q = |sql: &str| c.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    assert_eq!(q("PRAGMA user_version"), 8);
    assert_eq!(
        q("SELECT count(seal) FROM requests"),
        2,
        "the two that agree are sealed"
    );
    assert_eq!(q("SELECT count(seal) FROM cycles"), 1);
    for args in [
        &["list"][..],
        &["sla", "--fail-on", "breached"],
        &["export"],
    ] {
        assert_eq!(env.fail(args, 1), show, "{args:?}");
    }
    // Fixed to agree with its history, it reads again, as the others do.
    c.execute_batch("UPDATE requests SET first_response_at = NULL WHERE id = 1")
        .unwrap();
    assert_eq!(env.run(&["export", "--events"], 0), before);
    env.run(&["sla", "--fail-on", "breached"], 3);
}

both_backends! {
/// SPEC 7: a note holds its text and, as data, who wrote it (`{"from": "microsoft"}` or
/// `{"from": "admin"}`, or none as a ledger of schema 1 or 2 kept it), and a correction of
/// a response or close records as its old time the one the history before it records.
/// A history edited by hand to hold anything else — a note's data no note holds, an empty
/// or blank note, a correction from a time its cycle never recorded or from none — is
/// refused by every reader (`show`, `export --events` in JSON lines and CSV, `db copy`,
/// `list` and `sla` at a past `--now`) as the other history faults are
/// (`rules::record::check_events_agree`): one sentence naming the request, the event and
/// the column, exit 1, nothing written; by `import` naming the line; and on a team ledger
/// by the server at the write (access version 10). A redaction of a contact called
/// "admin" or "Z" leaves a note's data and a correction's times as svcreq wrote them.
#[test]
fn every_reader_refuses_a_note_or_correction_no_command_writes() {
    const THEN: &str = "2026-11-24T08:45:00Z";
    // (the edit, the column named, what a team ledger's server names)
    let edits = [
        (
            r#"UPDATE events SET data = '{"from":"evil"}' WHERE kind = 'note'"#,
            "events.data",
            "data is who wrote it when the event is a note",
        ),
        (
            r#"UPDATE events SET data = '{"from":"admin","text":"x"}' WHERE kind = 'note'"#,
            "events.data",
            "data is who wrote it when the event is a note",
        ),
        (
            "UPDATE events SET data = '[]' WHERE kind = 'note'",
            "events.data",
            "data is who wrote it when the event is a note",
        ),
        (
            "UPDATE events SET detail = '' WHERE kind = 'note'",
            "events.detail",
            "detail is not blank when the event is a note",
        ),
        (
            "UPDATE events SET detail = ' \u{3000}' WHERE kind = 'note'",
            "events.detail",
            "detail is not blank when the event is a note",
        ),
        (
            "UPDATE events SET data = replace(data, '\"old\":\"2026-11-24T09:00:00Z\"', \
             '\"old\":\"2026-11-24T08:50:00Z\"') WHERE kind = 'corrected'",
            "events.data",
            "request 1 refused: column events.data: event 5 of its history, 'corrected', \
             corrects closed_at from 2026-11-24T08:50:00Z, but the history before it records \
             2026-11-24T09:00:00Z",
        ),
        (
            "UPDATE events SET data = replace(data, '\"old\":\"2026-11-24T09:00:00Z\"', \
             '\"old\":null') WHERE kind = 'corrected'",
            "events.data",
            "request 1 refused: column events.data: event 5 of its history, 'corrected', \
             corrects closed_at from null",
        ),
    ];
    let readers: [(&str, &[&str]); 6] = [
        (NOW, &["show", "1"]),
        (NOW, &["export", "--events"]),
        (NOW, &["export", "--events", "--format", "csv"]),
        (NOW, &["db-copy"]),
        (THEN, &["list", "--status", "all", "--json"]),
        (THEN, &["sla", "--all"]),
    ];
    let mut pinned = String::new();
    for (edit, column, server) in edits {
        let env = Env::new();
        env.open(&[
            "--title",
            "Teams slow for one user",
            "--severity",
            "B",
            "--opened-at",
            "2026-11-24T08:00:00Z",
            "--contact",
            "admin",
        ]);
        for args in [
            &["respond", "1", "--at", "2026-11-24T08:30:00Z"][..],
            &["note", "1", "sent the logs", "--from", "admin", "--at", "2026-11-24T08:40:00Z"],
            &["close", "1", "--at", "2026-11-24T09:00:00Z"],
            &["close", "1", "--correct", "--at", "2026-11-24T09:10:00Z"],
        ] {
            env.run(args, 0);
        }
        let run = |(now, args): (&str, &[&str])| {
            let to = env.path("copy.db");
            let out = if args == ["db-copy"] {
                reader(&env, args, &to).output().unwrap()
            } else {
                env.at(now).args(args).output().unwrap()
            };
            (format!("--now {now} {}", args.join(" ")), out, to)
        };
        for r in readers {
            let (args, out, _) = run(r);
            assert_eq!(out.status.code(), Some(0), "{args}: {}", stderr_of(&out));
        }
        // What import takes: the request exported as it stands, the edit made to its line.
        let export = env.run(&["export", "--events"], 0);
        let taken = match &env.url {
            None => {
                rusqlite::Connection::open(env.db())
                    .unwrap()
                    .execute_batch(edit)
                    .unwrap();
                true
            }
            Some(url) => {
                let mut c = common::pg::cluster().unwrap().connect(url);
                let e = format!("{:?}", c.batch_execute(edit).expect_err(edit));
                assert!(e.contains(server), "{edit}: {e}");
                false
            }
        };
        let mut said: Vec<(String, String)> = Vec::new();
        for r in readers {
            let (args, out, to) = run(r);
            let err = stderr_of(&out);
            if !taken {
                assert_eq!(out.status.code(), Some(0), "{edit}: `{args}`: {err}");
                continue;
            }
            assert_eq!(out.status.code(), Some(1), "{edit}: `{args}`: {err}");
            assert!(out.stdout.is_empty(), "{edit}: `{args}`: nothing half-written");
            assert_eq!(err.lines().count(), 1, "{edit}: `{args}`: {err}");
            assert!(
                err.contains(&format!(
                    "holds a value svcreq cannot read (request 1, column {column}: event "
                )),
                "{edit}: `{args}`: {err}"
            );
            assert!(!args.contains("db-copy") || !to.exists(), "{edit}: no copy left");
            said.push((args, err));
        }
        if let Some((first, first_err)) = said.first() {
            for (args, err) in &said {
                assert_eq!(err, first_err, "{edit}: `{args}` and `{first}` disagree");
            }
            let ja = env
                .cmd()
                .env("SVCREQ_LANG", "ja")
                .args(["show", "1"])
                .output()
                .unwrap();
            let label = env.db().display().to_string();
            pinned.push_str(&format!(
                "{edit}\n  {}  {}",
                first_err.replace(&label, "LEDGER"),
                stderr_of(&ja).replace(&label, "LEDGER")
            ));
        }
        // The same edit made to an export's line: import refuses it, naming the line.
        let mut row: serde_json::Value = serde_json::from_str(export.trim()).unwrap();
        let events = row["events"].as_array_mut().unwrap();
        let note = events.iter_mut().find(|e| e["kind"] == "note").unwrap();
        if edit.contains("detail = ''") {
            note["detail"] = "".into();
        } else if edit.contains("evil") {
            note["data"] = serde_json::json!({"from": "evil"});
        } else if let Some(c) = events.iter_mut().find(|e| e["kind"] == "corrected")
            && edit.contains("08:50")
        {
            c["data"]["closed_at"]["old"] = "2026-11-24T08:50:00Z".into();
        } else {
            continue;
        }
        let other = Env::new();
        let file = other.path("edited.jsonl");
        std::fs::write(&file, format!("{row}\n")).unwrap();
        let out = import_file(&other, &file, &[]);
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{edit}: import: {err}");
        assert!(
            err.contains("line 1: field events, entry ") && err.lines().count() == 1,
            "{edit}: import: {err}"
        );
        if env.url.is_none() {
            let file = file.display().to_string();
            pinned.push_str(&format!("  import: {}", err.replace(&file, "FILE")));
        }
    }
    if !pinned.is_empty() {
        insta::assert_snapshot!("note_and_correction_refusals", pinned);
    }
    // A redaction of a contact whose name is part of svcreq's own data ("admin", as in
    // a note's author; "Z", as in every time) leaves that data as svcreq wrote it.
    for contact in ["admin", "Z"] {
        let env = Env::new();
        env.open(&[
            "--title",
            "Mail delayed",
            "--severity",
            "B",
            "--opened-at",
            "2026-11-24T08:00:00Z",
            "--contact",
            contact,
        ]);
        for args in [
            &["respond", "1", "--at", "2026-11-24T08:30:00Z"][..],
            &["note", "1", "sent the logs", "--from", "admin", "--at", "2026-11-24T08:40:00Z"],
            &["close", "1", "--at", "2026-11-24T09:00:00Z"],
            &["close", "1", "--correct", "--at", "2026-11-24T09:10:00Z"],
            &["redact", "1", "--contact"],
        ] {
            env.run(args, 0);
        }
        for r in readers {
            let to = env.path("copy.db");
            let out = if r.1 == ["db-copy"] {
                reader(&env, r.1, &to).output().unwrap()
            } else {
                env.at(r.0).args(r.1).output().unwrap()
            };
            assert_eq!(out.status.code(), Some(0), "{contact}: {:?}: {}", r.1, stderr_of(&out));
        }
        let history = env.run(&["export", "--events"], 0);
        assert!(history.contains(r#""data":{"from":"admin"}"#), "{contact}: {history}");
        assert!(history.contains(r#""old":"2026-11-24T09:00:00Z""#), "{contact}: {history}");
    }
}
}

both_backends! {
/// SPEC 7: `redact` replaces the personal text (contact, notes, description) where it stands
/// as a word of its own, and only in the fields people write: a contact "e" or a resolution
/// "close" leaves svcreq's own words ("severity", "closed") and values (a close's status) as
/// written, so every reader still reads the redacted record. And a history begins with the
/// request's opening: an export line whose events begin otherwise does not import.
#[test]
fn redaction_takes_out_the_personal_text_and_leaves_what_svcreq_wrote() {
    let env = Env::new();
    env.open(&[
        "--title", "Mail is down", "--severity", "B", "--contact", "e",
        "--opened-at", "2026-11-24T08:00:00Z",
    ]);
    env.run(&["respond", "1", "--at", "2026-11-24T08:30:00Z", "--note", "response"], 0);
    env.run(&["close", "1", "--at", "2026-11-24T09:00:00Z", "--resolution", "close"], 0);
    env.run(&["redact", "1", "--all"], 0);
    let show = env.run(&["show", "1"], 0);
    assert!(show.contains("severity B"), "{show}");
    let export = env.run(&["export", "--events"], 0);
    assert!(export.contains(r#""status":{"new":"closed","old":"open"}"#), "{export}");
    assert!(!export.contains("[redacted]d") && !export.contains("s[redacted]v"), "{export}");
    assert!(export.contains(r#""contact":"[redacted]""#), "{export}");
    for args in [&["list", "--status", "all", "--json"][..], &["sla", "--all"]] {
        env.run(args, 0);
    }
    // An export line whose history begins with a response, not its opening.
    let line = export.lines().next().unwrap();
    let mut v: serde_json::Value = serde_json::from_str(line).unwrap();
    v["events"].as_array_mut().unwrap().remove(0);
    let fresh = Env::new();
    let file = fresh.path("edited.jsonl");
    std::fs::write(&file, format!("{v}\n")).unwrap();
    let out = import_file(&fresh, &file, &[]);
    assert_ne!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("events, entry 1"), "{}", stderr_of(&out));
    std::fs::write(&file, format!("{line}\n")).unwrap();
    let out = import_file(&fresh, &file, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
}
}

/// SPEC 2: a file over its size cap is said in one form at every entry point: "cannot read
/// WHAT PATH: it is larger than the N MiB cap for this file", naming the file by its path
/// and the cap in MiB, in both languages, whether it came as a config (`--config`,
/// `SVCREQ_CONFIG`, a `rules_file`, `rules --check`), a description (`open` and `update
/// --description-file`), a note (`note --file`), a text to classify (`classify --file`) or a
/// file of CA certificates (`sslrootcert`); an import's record over its cap, a row that
/// would export past the record cap and a field over its cap (`description`, `title`,
/// `opened_by`) are named by the file and line with the cap in the same form (a cap that is
/// no whole number of MiB in KiB: "the 4 KiB cap for this field"), never in bytes. Nothing
/// is written.
#[test]
fn every_size_cap_is_said_in_one_form_naming_the_file_and_the_cap() {
    let env = Env::new();
    env.open(&["--title", "mail is slow", "--severity", "B"]);
    let sized = |name: &str, mib: u64| {
        let p = env.path(name);
        let f = std::fs::File::create(&p).unwrap();
        f.set_len(mib * 1024 * 1024 + 1).unwrap();
        p
    };
    let big = sized("big.txt", 1);
    let huge = sized("huge.txt", 16);
    let record = env.path("record.jsonl");
    std::fs::write(&record, "x".repeat(8 * 1024 * 1024 + 10)).unwrap();
    // Per field and per record, a row after a good one: one over a field's cap, and one
    // whose export would pass the record's cap (a control character is 6 bytes there).
    let rows = |name: &str, row: serde_json::Value| {
        let p = env.path(name);
        let good = serde_json::json!({"title": "fine", "severity": "B"});
        std::fs::write(&p, format!("{good}\n{row}\n")).unwrap();
        p
    };
    let description = rows(
        "description.jsonl",
        serde_json::json!({"title": "t", "severity": "B", "description": "d".repeat(1024 * 1024 + 1)}),
    );
    let title = rows(
        "title.jsonl",
        serde_json::json!({"title": "t".repeat(4 * 1024 + 1), "severity": "B"}),
    );
    let opened_by = rows(
        "opened-by.jsonl",
        serde_json::json!({"title": "t", "severity": "B", "opened_by": "a".repeat(1024 + 1)}),
    );
    let exported = env.path("exported.csv");
    // (a text that shows something: one of control characters alone is none)
    let control = format!("x{}", "\u{1}".repeat(1024 * 1024 - 1));
    std::fs::write(
        &exported,
        format!(
            "title,severity,status,opened_at,closed_at,description,resolution\n\
             t,B,closed,2026-11-23T01:00:00Z,2026-11-24T01:00:00Z,{control},{control}\n"
        ),
    )
    .unwrap();
    let names_big = env.path("names-big.toml");
    std::fs::write(&names_big, "rules_file = \"big.txt\"\n").unwrap();
    let b = big.to_str().unwrap();
    let cert_url =
        format!("postgresql://svcreq@127.0.0.1:1/none?sslmode=verify-full&sslrootcert={b}");
    let path = |p: &Path| p.to_str().unwrap().to_owned();
    let (huge_s, record_s, names_s) = (path(&huge), path(&record), path(&names_big));
    let (description_s, title_s, opened_by_s, exported_s) = (
        path(&description),
        path(&title),
        path(&opened_by),
        path(&exported),
    );
    /// The arguments, the config named by SVCREQ_CONFIG, the file said, its cap as said and
    /// the exit code.
    type Case<'a> = (Vec<&'a str>, Option<&'a Path>, &'a Path, &'a str, i32);
    let cases: Vec<Case> = vec![
        (vec!["--config", b, "list"], None, &big, "1 MiB", 2),
        (vec!["list"], Some(&big), &big, "1 MiB", 2),
        (vec!["--config", &names_s, "list"], None, &big, "1 MiB", 2),
        (vec!["rules", "--check", b], None, &big, "1 MiB", 2),
        (
            vec!["open", "--title", "t", "--description-file", b],
            None,
            &big,
            "1 MiB",
            2,
        ),
        (
            vec!["update", "1", "--description-file", b],
            None,
            &big,
            "1 MiB",
            2,
        ),
        (vec!["note", "1", "--file", b], None, &big, "1 MiB", 2),
        (
            vec!["classify", "--file", &huge_s],
            None,
            &huge,
            "16 MiB",
            2,
        ),
        (vec!["import", &record_s], None, &record, "8 MiB", 2),
        (vec!["--db", &cert_url, "list"], None, &big, "1 MiB", 1),
        (
            vec!["import", &description_s],
            None,
            &description,
            "1 MiB",
            2,
        ),
        (vec!["import", &title_s], None, &title, "4 KiB", 2),
        (vec!["import", &opened_by_s], None, &opened_by, "1 KiB", 2),
        (vec!["import", &exported_s], None, &exported, "8188 KiB", 2),
    ];
    let mut pinned = Vec::new();
    for lang in ["en", "ja"] {
        for (args, env_config, file, cap, code) in &cases {
            let mut cmd = env.bare();
            cmd.args(["--now", NOW, "--lang", lang]);
            if !args.contains(&"--db") {
                cmd.arg("--db").arg(env.db());
            }
            match env_config {
                Some(c) => {
                    cmd.env("SVCREQ_CONFIG", c);
                }
                None if !args.contains(&"--config") => {
                    cmd.arg("--config").arg(env.path("c.toml"));
                }
                None => {}
            }
            let out = cmd
                .args(args)
                .timeout(std::time::Duration::from_secs(20))
                .output()
                .unwrap();
            let err = stderr_of(&out);
            assert_eq!(out.status.code(), Some(*code), "{lang} {args:?}: {err}");
            assert_eq!(err.trim_end().lines().count(), 1, "{lang} {args:?}: {err}");
            let said = match lang {
                "en" => format!("the {cap} cap"),
                _ => format!("上限 {cap}"),
            };
            assert!(
                err.contains(file.to_str().unwrap()) && err.contains(&said),
                "{lang} {args:?}: {err}"
            );
            assert!(
                !err.contains("bytes") && !err.contains("バイト"),
                "{lang} {args:?}: {err}"
            );
            // A row is named by its line: the second of each file (after a good row, or the
            // CSV header), past the record's own first.
            if args[0] == "import" && *file != record.as_path() {
                let line = if lang == "en" { "line 2" } else { "2 行目" };
                assert!(err.contains(line), "{lang} {args:?}: {err}");
            }
            let dir = env.path("");
            pinned.push(err.trim_end().replace(dir.to_str().unwrap(), "<dir>/"));
        }
    }
    assert_eq!(env.count(), 1, "nothing written");
    insta::assert_snapshot!("size_caps", pinned.join("\n"));
}

/// The text cells of a CSV row of `list` or `sla`, read through serde.
#[derive(Debug, serde::Deserialize)]
struct CsvTexts {
    id: i64,
    title: String,
    description: String,
    contact: String,
}

/// Every row of a CSV document as [`CsvTexts`].
fn csv_texts(csv: &str) -> Vec<CsvTexts> {
    csv::Reader::from_reader(csv.as_bytes())
        .deserialize()
        .map(Result::unwrap)
        .collect()
}

/// Issue 14, kind 1: control and invisible characters in the CSV views a person reads.
/// `list --format csv` and `sla --format csv` are opened in a spreadsheet or printed on a
/// terminal, so every text cell shows control, bidi and invisible characters as the table
/// cells show them (`\x1b`, `\u{200b}`), a description keeping its line breaks; `export`
/// is a backup and keeps every byte, so it imports back whole (SPEC 7).
#[test]
fn a_csv_view_shows_control_and_invisible_characters_as_the_table_does_and_export_keeps_them() {
    let env = Env::new();
    // Each kind with the escape a table cell shows for it.
    let kinds = [
        ("\u{1b}[31m", "\\x1b[31m"),
        ("\u{7}", "\\x07"),
        ("\u{200b}", "\\u{200b}"),
        ("\u{200d}", "\\u{200d}"),
        ("\u{feff}", "\\u{feff}"),
        ("\u{ad}", "\\xad"),
        ("\u{2028}", "\\u{2028}"),
        ("\u{e0041}", "\\u{e0041}"),
        ("\u{202e}", "\\u{202e}"),
    ];
    for (raw, _) in kinds {
        let title = format!("Mail{raw}flow");
        env.open(&[
            "--title",
            &title,
            "--description",
            &format!("first line\nsecond{raw}line"),
            "--contact",
            &format!("ann{raw}@contoso.com"),
            "--severity",
            "B",
        ]);
    }
    let views = [
        env.run(&["list", "--format", "csv", "--sort", "id"], 0),
        env.run(&["sla", "--format", "csv", "--fail-on", "never"], 0),
    ];
    for view in &views {
        let drawn_nothing = view.chars().find(|&c| {
            (c.is_control() && c != '\n' && c != '\r') || svcreq::output::sanitize::invisible(c)
        });
        assert_eq!(drawn_nothing, None, "{view}");
        let mut rows = csv_texts(view);
        rows.sort_by_key(|r| r.id);
        assert_eq!(rows.len(), kinds.len());
        for (row, (_, shown)) in rows.iter().zip(kinds) {
            assert_eq!(row.title, format!("Mail{shown}flow"));
            assert_eq!(row.description, format!("first line\nsecond{shown}line"));
            assert_eq!(row.contact, format!("ann{shown}@contoso.com"));
        }
    }
    // The backup keeps the text as stored.
    let export = env.run(&["export", "--format", "csv"], 0);
    let mut rows = csv_texts(&export);
    rows.sort_by_key(|r| r.id);
    for (row, (raw, _)) in rows.iter().zip(kinds) {
        assert_eq!(row.title, format!("Mail{raw}flow"));
        assert_eq!(row.description, format!("first line\nsecond{raw}line"));
    }
}

/// Issue 14, kind 2: a required text that shows nothing. A title (open, update, an import
/// row) or a note made only of blanks, control or invisible characters (zero-width space
/// and joiner, BOM, soft hyphen, U+2028, tag characters, a bidi override, ESC, an
/// ideographic space) is refused as an empty one is: the same sentence, exit 2, nothing
/// written.
#[test]
fn a_required_text_of_only_blank_or_invisible_characters_is_refused_as_an_empty_one() {
    let shows_nothing = [
        "\u{200b}",
        "\u{200b}\u{200d} \u{feff}",
        "\u{ad}",
        "\u{2028}",
        "\u{e0041}\u{e007f}",
        "\u{202e}",
        "\u{1b}",
        "\u{3000}\t\u{2060}",
    ];
    let env = Env::new();
    let empty_open = env.fail(&["open", "--title", ""], 2);
    for t in shows_nothing {
        assert_eq!(env.fail(&["open", "--title", t], 2), empty_open, "{t:?}");
    }
    assert!(env.untouched(&env.db()), "a refused open wrote nothing");

    let id = env
        .open(&["--title", "Mail flow stopped", "--severity", "B"])
        .to_string();
    let empty_update = env.fail(&["update", &id, "--title", ""], 2);
    let empty_note = env.fail(&["note", &id, ""], 2);
    let import = |title: &str| {
        let file = env.path("rows.csv");
        std::fs::write(&file, format!("title,severity\n\"{title}\",B\n")).unwrap();
        env.fail(&["import", file.to_str().unwrap()], 2)
    };
    let empty_import = import("");
    for t in shows_nothing {
        assert_eq!(
            env.fail(&["update", &id, "--title", t], 2),
            empty_update,
            "{t:?}"
        );
        assert_eq!(env.fail(&["note", &id, t], 2), empty_note, "{t:?}");
        assert_eq!(import(t), empty_import, "{t:?}");
    }
    let shown = env.json(&["show", &id]);
    assert_eq!(shown["title"], "Mail flow stopped");
    assert_eq!(shown["events"].as_array().unwrap().len(), 1, "{shown}");
    assert_eq!(env.count(), 1);
}

both_backends! {
    /// Issue 14, kind 2, for every free text a command records: a response note
    /// (`respond --note`), a reopen reason or an update's reason made
    /// only of blanks, control or invisible characters is recorded as none, as an optional
    /// text is: the history of a request given them is the history of one given none (no
    /// note in its detail, no text in its data, nothing search finds).
    #[test]
    fn an_optional_free_text_of_only_blank_or_invisible_characters_is_recorded_as_none() {
        #[derive(Debug, PartialEq, serde::Deserialize)]
        struct Event {
            kind: String,
            detail: String,
            data: Option<serde_json::Value>,
        }
        #[derive(Debug, serde::Deserialize)]
        struct Shown {
            description: String,
            events: Vec<Event>,
        }
        let env = Env::new();
        let history = |text: Option<&str>| -> (String, Vec<Event>) {
            let mut filed = vec!["--title", "Mail flow stopped", "--severity", "B"];
            filed.extend(text.map(|t| ["--description", t]).into_iter().flatten());
            let id = env.open(&filed).to_string();
            let with = |args: &[&str], flag: &str| {
                let mut a = args.to_vec();
                if let Some(t) = text {
                    a.extend_from_slice(&[flag, t]);
                }
                env.run(&a, 0);
            };
            with(&["respond", &id], "--note");
            env.run(&["close", &id], 0);
            with(&["reopen", &id], "--reason");
            with(&["update", &id, "--severity", "C"], "--reason");
            let shown: Shown = common::typed(&env.json(&["show", &id]));
            (shown.description, shown.events)
        };
        // A description too, given to update or in an import row.
        let described = env
            .open(&["--title", "Teams calls drop", "--severity", "B", "--description", "x"])
            .to_string();
        let description = |id: &str| -> String {
            let shown: Shown = common::typed(&env.json(&["show", id]));
            shown.description
        };
        let none = history(None);
        assert_eq!(none.1.len(), 5, "{none:?}");
        for t in [
            "\u{200b}",
            "\u{200b}\u{200d} \u{feff}",
            "\u{ad}",
            "\u{2028}",
            "\u{e0041}\u{e007f}",
            "\u{202e}",
            "\u{1b}",
            "\u{3000}\t\u{2060}",
        ] {
            assert_eq!(history(Some(t)), none, "{t:?}");
            env.run(&["update", &described, "--description", t], 0);
            assert_eq!(description(&described), "", "{t:?}");
            env.run(&["update", &described, "--description", "x"], 0);
            let file = env.path("rows.csv");
            std::fs::write(&file, format!("title,severity,description\nMail,B,\"{t}\"\n")).unwrap();
            env.run(&["import", file.to_str().unwrap()], 0);
            let ids = env.run(&["list", "-q", "--status", "all", "--sort", "id"], 0);
            assert_eq!(description(ids.lines().last().unwrap()), "", "{t:?}");
        }
        // A text that shows something is kept as given.
        let (said, kept) = history(Some("engineer \u{200b}called"));
        assert_eq!(said, "engineer \u{200b}called");
        assert!(kept[1].detail.ends_with("engineer \u{200b}called"), "{kept:?}");
        assert_eq!(env.run(&["list", "-q", "--search", "called"], 0).lines().count(), 1);
    }
}

/// Issue 14, kind 6: a list typed with the commas of a Japanese input method. In every
/// option that takes a comma-separated list, the full-width comma `，` (which NFKC folds
/// to `,`) separates the values as `,` does; in a list of a fixed set of ids the
/// ideographic comma `、` does too. A tenant's name may hold `、` (it is not split there),
/// never `，` (a config naming one is refused, as one naming `,` is).
#[test]
fn a_list_typed_with_a_full_width_or_ideographic_comma_or_blanks_around_fixed_values_reads_as_one_with_commas()
 {
    let env =
        Env::with_config("tenant = \"contoso\"\n[tenants.fabrikam]\n[tenants.\"東京、大阪\"]\n");
    for (severity, tenant) in [("A", "contoso"), ("B", "fabrikam"), ("C", "東京、大阪")] {
        env.open(&[
            "--title",
            "Mail flow stopped",
            "--severity",
            severity,
            "--tenant",
            tenant,
        ]);
    }
    let ids = |args: &[&str]| {
        let mut a = vec!["list", "-q", "--sort", "id"];
        a.extend_from_slice(args);
        env.run(&a, 0)
    };
    for (typed, ascii) in [
        (&["--severity", "Ａ，Ｃ"][..], &["--severity", "A,C"][..]),
        (&["--severity=A、C"], &["--severity=A,C"]),
        (&["--severity", "Ｂ、Ｃ"], &["--severity", "B,C"]),
        // Blanks around a value of a fixed set are no part of it (`A, C`, `Ａ　、Ｃ`).
        (&["--severity", "A, C"], &["--severity", "A,C"]),
        (&["--severity", "Ａ　、　Ｃ"], &["--severity", "A,C"]),
        (
            &["--sla", " pending , no-target"],
            &["--sla", "pending,no-target"],
        ),
        (
            &["--sla", "pending，no-target"],
            &["--sla", "pending,no-target"],
        ),
        (
            &["--tenant", "contoso，fabrikam"],
            &["--tenant", "contoso,fabrikam"],
        ),
        (
            &["--tenant=fabrikam，東京、大阪"],
            &["--tenant=fabrikam,東京、大阪"],
        ),
    ] {
        let want = ids(ascii);
        assert!(want.lines().count() >= 2, "{ascii:?}: {want}");
        assert_eq!(ids(typed), want, "{typed:?}");
    }
    // `、` is part of a tenant's name; `，` separates tenants wherever --tenant is given.
    assert_eq!(ids(&["--tenant", "東京、大阪"]).trim(), "3");
    let one = env.fail(
        &["open", "--title", "x", "--tenant", "contoso，fabrikam"],
        2,
    );
    assert!(one.contains("lists 2 (contoso, fabrikam)"), "{one}");
    let sla = env.run(
        &[
            "sla",
            "--tenant",
            "contoso，fabrikam",
            "--fail-on",
            "never",
            "-q",
        ],
        0,
    );
    assert_eq!(
        sla,
        env.run(
            &[
                "sla",
                "--tenant",
                "contoso,fabrikam",
                "--fail-on",
                "never",
                "-q"
            ],
            0
        )
    );

    let bad = Env::with_config("tenant = \"contoso\"\n[tenants.\"a，b\"]\n");
    let said = bad.fail(&["list"], 2);
    assert!(said.contains("has a comma in its name"), "{said}");
}

/// SPEC 1.4, 1.5, 6: under a target round the clock (a duration on the 24x7 clock, which
/// depends on no calendar) a due time is the duration after the target began counting:
/// the current cycle's exactly (its `target_started_at`, else its start), an earlier
/// cycle's from a time within the cycle (a change of severity may re-target it until its
/// close). A due time edited by hand with the history and check values to match (as a
/// migration leaves a row it could not seal) is refused by every reader of the request
/// alike — the listings, `sla`, `show`, `export` — and an import of such an earlier cycle
/// is refused, as the current cycle's is.
#[test]
fn every_reader_refuses_a_due_time_its_round_the_clock_target_does_not_give() {
    let readers: [&[&str]; 8] = [
        &["list"],
        &["list", "--status", "all"],
        &["sla"],
        &["sla", "--all", "--format", "json"],
        &["show", "1"],
        &["export"],
        &["export", "--events"],
        &["report", "--month", "2026-11", "--format", "json"],
    ];
    // Request 1: severity A (1h round the clock) from 08:00, closed at 08:30, reopened at
    // 10:00 (now): its earlier cycle was due at 09:00, its current one is due at 11:00.
    let filed = || {
        let env = Env::new();
        env.open(&[
            "--title",
            "Mail down",
            "--severity",
            "A",
            "--available-24x7",
            "--opened-at",
            "2026-11-24T08:00:00Z",
        ]);
        env.run(&["close", "1", "--at", "2026-11-24T08:30:00Z"], 0);
        env.run(&["reopen", "1", "--reason", "again"], 0);
        env
    };
    let forged = |table: &str, column: &str, side: &str, old: &str, new: &str| {
        let key = if table == "cycles" {
            "request_id"
        } else {
            "id"
        };
        // (the value a reopen replaced, as the events before it record it too)
        format!(
            "UPDATE {table} SET {column} = {column} + 86400, seal = NULL WHERE {key} = 1; \
             UPDATE events SET data = replace(data, '\"{side}\":\"{old}\"', '\"{side}\":\"{new}\"') \
               WHERE request_id = 1 AND kind = 'reopened'; \
             UPDATE events SET data = replace(data, '\"new\":\"{old}\"', '\"new\":\"{new}\"') \
               WHERE request_id = 1 AND kind <> 'reopened' AND '{side}' = 'old'; \
             UPDATE ledger_seals SET value = 1 WHERE name = 'unsealed';"
        )
    };
    for (edit, said) in [
        (
            forged(
                "cycles",
                "response_due",
                "old",
                "2026-11-24T09:00:00Z",
                "2026-11-25T09:00:00Z",
            ),
            "(request 1, column cycles.response_due: earlier cycle 1 is due at 2026-11-25T09:00:00Z, \
             but its target 1h round the clock, counted from a time within the cycle, falls due \
             between 2026-11-24T09:00:00Z and 2026-11-24T09:30:00Z)",
        ),
        (
            forged(
                "requests",
                "response_due",
                "new",
                "2026-11-24T11:00:00Z",
                "2026-11-25T11:00:00Z",
            ),
            "(request 1, column response_due: the request is due at 2026-11-25T11:00:00Z, but its \
             target 1h round the clock, counted from 2026-11-24T10:00:00Z, falls due at \
             2026-11-24T11:00:00Z)",
        ),
    ] {
        let env = filed();
        for args in readers {
            env.run(args, 0);
        }
        every_reader_refuses_alike(&env, &readers, &edit, said);
    }

    // An import of an earlier cycle due a day after its target allows is refused, naming
    // the cycle; within the cycle's span it imports.
    let env = filed();
    let exported = env.run(&["export", "--events"], 0);
    for (due, code) in [("2026-11-25T09:00:00Z", 2), ("2026-11-24T09:20:00Z", 0)] {
        let row = exported.replace(
            "\"response_due\":\"2026-11-24T09:00:00Z\"",
            &format!("\"response_due\":\"{due}\""),
        );
        assert_ne!(
            row, exported,
            "the earlier cycle's due time is in the export"
        );
        // The history's record of it too (the reopen's old value, the opening's new one), so
        // the cycle's due time alone is judged.
        let row = row
            .replace(
                "\"old\":\"2026-11-24T09:00:00Z\"",
                &format!("\"old\":\"{due}\""),
            )
            .replace(
                "\"new\":\"2026-11-24T09:00:00Z\"",
                &format!("\"new\":\"{due}\""),
            );
        let file = env.path("row.jsonl");
        std::fs::write(&file, row).unwrap();
        let into = Env::new();
        let out = import_file(&into, &file, &[]);
        assert_eq!(out.status.code(), Some(code), "{due}: {}", stderr_of(&out));
        if code == 2 {
            assert!(
                stderr_of(&out).contains("earlier cycle 1 is due at 2026-11-25T09:00:00Z"),
                "{}",
                stderr_of(&out)
            );
        }
    }
}
