//! Messages in Japanese (SPEC 10) for the errors of the ledger, the config and rules files
//! and the input svcreq reads: each is one sentence from the catalogue, with no raw library
//! text (SQLite's, serde's, TOML's) and no English words of svcreq's own.

mod common;
use common::Env;

/// The stderr of a failing run in `lang`, checked to be one line with the code expected.
fn fail_in(env: &Env, lang: &str, args: &[&str], code: i32) -> String {
    let out = env
        .cmd()
        .args(args)
        .args(["--lang", lang])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
    assert!(out.stdout.is_empty(), "{args:?}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("svcreq: "), "{err}");
    err
}

/// Whether `s` reads as Japanese: kana in it, and none of svcreq's English message words.
fn reads_japanese(s: &str) -> bool {
    let kana = s.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c));
    let english = [
        " the ", "ledger", " is not", "cannot", " give ", "refusing", "expected", "invalid",
    ];
    kana && !english.iter().any(|w| s.contains(w))
}

#[test]
fn ledger_file_errors_are_in_the_readers_language() {
    let env = Env::new();
    let dir = env.path("d");
    std::fs::create_dir(&dir).unwrap();
    let junk = env.path("junk.db");
    std::fs::write(&junk, "this is not a database, just text long enough").unwrap();
    for (db, code, en) in [
        (&dir, 2, "is a directory"),
        (&junk, 1, "is not an svcreq database"),
    ] {
        let ja = {
            let out = env.on(db).args(["list", "--lang", "ja"]).output().unwrap();
            assert_eq!(out.status.code(), Some(code));
            String::from_utf8(out.stderr).unwrap()
        };
        assert!(reads_japanese(&ja), "{ja}");
        assert!(ja.contains(&db.display().to_string()), "{ja}");
        let out = env.on(db).args(["list"]).output().unwrap();
        let en_err = String::from_utf8(out.stderr).unwrap();
        assert!(en_err.contains(en), "{en_err}");
    }
}

#[test]
fn busy_timeout_variable_errors_are_in_the_readers_language() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["open", "--title", "Mail is slow", "--lang", "ja"])
        .env("SVCREQ_BUSY_TIMEOUT_MS", "soon")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        reads_japanese(&err) && err.contains("SVCREQ_BUSY_TIMEOUT_MS"),
        "{err}"
    );
}

#[test]
fn team_ledger_url_errors_are_in_the_readers_language() {
    let env = Env::new();
    for url in [
        "postgres://alice@db.example/svcreq?sslmode=bogus",
        "postgres://alice:secret@db.example/svcreq",
        "postgres://alice@db.example:99999/svcreq",
        "postgres://alice@db.example/svc%zzreq",
    ] {
        let out = env
            .on(std::path::Path::new(url))
            .args(["list", "--lang", "ja"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{url}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(reads_japanese(&err), "{url}: {err}");
        assert!(!err.contains("secret"), "{err}");
    }
    let _ = fail_in;
}
