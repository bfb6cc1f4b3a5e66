//! Benchmark floor (PostgreSQL, 1): the least a process can do to record one request in the
//! team ledger with the same crate — connect, insert one request and its event in one
//! transaction, commit, exit. `bench/run.sh` compares `svcreq open -q` on PostgreSQL with it.
//! The row is one the ledger's checks at the write accept (access version 10: a severity on
//! a technical request, a due time on a committed target).
//!
//!     cargo run --release --example floor_pg_insert -- postgresql://user@%2Frun%2Fpg/ledger

fn main() -> Result<(), postgres::Error> {
    let url = std::env::args()
        .nth(1)
        .expect("usage: floor_pg_insert POSTGRES-URL");
    let mut client = postgres::Client::connect(&url, postgres::NoTls)?;
    let mut tx = client.transaction()?;
    let id: i64 = tx
        .query_one(
            "INSERT INTO requests (tenant, title, category, plan, tier, channel, status, opened_at, scope, opened_by, \
             timezone, cycle_started_at, availability, response_target, response_clock, severity, severity_source, \
             response_due) \
             VALUES ('default', 'floor', 'technical', 'e3', 'enterprise', 'online', 'open', 0, 'in-scope', 'bench', 'UTC', 0, \
             '24x7', '1h', '24x7', 'B', 'manual', 3600) \
             RETURNING id",
            &[],
        )?
        .get(0);
    tx.execute(
        "INSERT INTO events (request_id, at, actor, kind, detail) VALUES ($1, 0, 'bench', 'opened', '')",
        &[&id],
    )?;
    tx.commit()?;
    println!("{id}");
    Ok(())
}
