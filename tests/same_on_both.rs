//! What the differential run (bench/differential.sh) found differing between a ledger file
//! and a team ledger, each kept as a rule that holds on both backends (SPEC 8: every command
//! and flag behaves the same on both).

mod common;
use common::*;

/// The ledger's schema version as `db migrate` states it: one number after "schema".
fn schema_in(said: &str) -> i64 {
    let at = said.find("schema ").expect(said) + "schema ".len();
    said[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .expect(said)
}

both_backends! {
/// `db migrate` on a ledger already at this svcreq's schema says so, and that it did
/// nothing, in the same words on a file as on a team ledger.
#[test]
fn db_migrate_on_a_current_ledger_says_it_did_nothing() {
    let env = Env::new();
    env.open(&["--title", "x", "--severity", "C"]);
    let said = env.run(&["db", "migrate"], 0);
    assert!(said.trim_end().ends_with("; nothing to do"), "{said}");
    assert!(!said.contains("Upgraded"), "{said}");
    let version = schema_in(&said);
    // The version stated is the one every ledger of this svcreq has: the same on a second run.
    let again = env.run(&["db", "migrate"], 0);
    assert_eq!(schema_in(&again), version, "{again}");
    assert!(env.run(&["db", "migrate", "-q"], 0).is_empty());
}
}

/// `db migrate` on a ledger file at an older schema says from which schema to which it
/// upgraded it, as it does for a team ledger; run again, it did nothing.
#[test]
fn db_migrate_says_from_which_schema_it_upgraded_a_file() {
    let env = Env::new();
    {
        let c = rusqlite::Connection::open(env.db()).unwrap();
        c.execute_batch(include_str!("../src/store/schema.sql"))
            .unwrap();
        c.execute_batch(include_str!("../src/store/schema_v2.sql"))
            .unwrap();
        c.execute_batch("PRAGMA application_id = 1398166097; PRAGMA user_version = 2;")
            .unwrap();
    }
    let said = env.run(&["db", "migrate"], 0);
    assert!(said.starts_with("Upgraded the ledger "), "{said}");
    assert!(said.contains(" from schema 2 to "), "{said}");
    let to: i64 = said.trim_end().rsplit(' ').next().unwrap().parse().unwrap();
    assert!(to > 2, "{said}");
    let again = env.run(&["db", "migrate"], 0);
    assert!(again.trim_end().ends_with("; nothing to do"), "{again}");
    assert_eq!(schema_in(&again), to, "{again}");
    let ja = env.run(&["--lang", "ja", "db", "migrate"], 0);
    assert!(ja.contains("何もしません"), "{ja}");
}
