//! Benchmark floor (1): the least a process can do to record one request — open the
//! ledger with svcreq's pragmas, insert one row in one IMMEDIATE transaction, exit.
//! `bench/run.sh` compares `svcreq open -q` with it.
//!
//!     cargo run --release --example floor_insert -- LEDGER.db

use rusqlite::{Connection, TransactionBehavior};

fn main() -> rusqlite::Result<()> {
    let path = std::env::args()
        .nth(1)
        .expect("usage: floor_insert LEDGER.db");
    let mut conn = Connection::open(path)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.pragma_update(None, "trusted_schema", false)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute(
        "INSERT INTO requests (tenant, title, category, plan, tier, channel, status, opened_at, scope, opened_by, \
         timezone, cycle_started_at, availability, response_target, response_clock) \
         VALUES ('default', 'floor', 'technical', 'e3', 'enterprise', 'online', 'open', 0, 'in-scope', 'bench', 'UTC', 0, '24x7', '1h', '24x7')",
        [],
    )?;
    let id = tx.last_insert_rowid();
    tx.execute("INSERT INTO events (request_id, at, actor, kind, detail) VALUES (?1, 0, 'bench', 'opened', '')", [id])?;
    tx.commit()?;
    println!("{id}");
    Ok(())
}
