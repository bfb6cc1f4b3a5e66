//! Benchmark floor (3): the least a process can do to import a JSON-lines file — read
//! each line, take its fields as they are, and insert them through one prepared statement
//! into a ledger with svcreq's schema and pragmas, in one IMMEDIATE transaction. No
//! defaults, classification or checks. `bench/run.sh` compares `svcreq import` with it.
//! With `--bare`, every index of the requests is dropped first (in the same transaction):
//! SQLite's bare insert rate, with no index and no search index kept. With `--search`, each
//! row also keeps the search index as svcreq must (SPEC 7): its title and description,
//! lower-cased, as its search text, and that text inserted into the FTS5 trigram index
//! through a second prepared statement, row by row. With `--rebuild`, no row is read: the
//! search index of a ledger svcreq filled is rebuilt from its rows by FTS5 itself, in one
//! transaction — the least time any import that keeps the index can take for those rows.
//!
//!     cargo run --release --example floor_import -- [--bare | --search] LEDGER.db ROWS.jsonl
//!     cargo run --release --example floor_import -- --rebuild LEDGER.db

use rusqlite::{Connection, TransactionBehavior, params};
use std::io::BufRead;

#[derive(serde::Deserialize)]
struct Row<'a> {
    #[serde(borrow)]
    tenant: &'a str,
    #[serde(borrow)]
    title: std::borrow::Cow<'a, str>,
    #[serde(borrow, default)]
    description: std::borrow::Cow<'a, str>,
    severity: Option<&'a str>,
    opened_at: &'a str,
    status: Option<&'a str>,
    first_response_at: Option<&'a str>,
    closed_at: Option<&'a str>,
}

fn secs(t: &str) -> i64 {
    chrono::DateTime::parse_from_rfc3339(t).map_or(0, |d| d.timestamp())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1).peekable();
    if args.next_if(|a| a == "--rebuild").is_some() {
        let db = args
            .next()
            .ok_or("usage: floor_import --rebuild LEDGER.db")?;
        let mut conn = Connection::open(db)?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "cache_size", -32 * 1024)?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO requests_fts (requests_fts) VALUES ('rebuild')",
            [],
        )?;
        tx.commit()?;
        return Ok(());
    }
    let bare = args.next_if(|a| a == "--bare").is_some();
    let search = !bare && args.next_if(|a| a == "--search").is_some();
    let (db, rows) = match (args.next(), args.next()) {
        (Some(d), Some(r)) => (d, r),
        _ => return Err("usage: floor_import [--bare | --search] LEDGER.db ROWS.jsonl".into()),
    };
    let mut conn = Connection::open(db)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.pragma_update(None, "trusted_schema", false)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "cache_size", -32 * 1024)?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    if bare {
        let names: Vec<String> = tx
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'requests' AND sql IS NOT NULL")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for name in names {
            tx.execute_batch(&format!("DROP INDEX \"{name}\""))?;
        }
    }
    tx.execute("INSERT INTO imports (at, actor) VALUES (0, 'bench')", [])?;
    let import = tx.last_insert_rowid();
    let mut n = 0;
    {
        let mut st = tx.prepare(
            "INSERT INTO requests (tenant, title, description, category, service, severity, \
             severity_source, plan, tier, channel, status, opened_at, closed_at, reopen_count, scope, opened_by, \
             timezone, cycle_started_at, availability, response_target, response_clock, response_due, \
             first_response_at, import_id, last_at, search_text) \
             VALUES (?1, ?2, ?3, 'technical', 'other', ?4, 'manual', 'e3', 'enterprise', 'online', ?5, ?6, ?7, 0, \
             'in-scope', 'bench', 'UTC', ?6, '24x7', '1h', '24x7', ?6 + 3600, ?8, ?9, max(?6, coalesce(?7, 0)), ?10)",
        )?;
        let mut fts =
            tx.prepare("INSERT INTO requests_fts (rowid, search_text) VALUES (?1, ?2)")?;
        let input = std::io::BufReader::new(std::fs::File::open(rows)?);
        for line in input.lines() {
            let line = line?;
            let r: Row = serde_json::from_str(&line)?;
            let opened = secs(r.opened_at);
            let text = if search {
                format!("{}\n{}", r.title, r.description).to_lowercase()
            } else {
                String::new()
            };
            st.execute(params![
                r.tenant,
                r.title,
                r.description,
                r.severity,
                r.status.unwrap_or("open"),
                opened,
                r.closed_at.map(secs),
                r.first_response_at.map(secs),
                import,
                text,
            ])?;
            if search {
                fts.execute(params![tx.last_insert_rowid(), text])?;
            }
            n += 1;
        }
    }
    tx.commit()?;
    println!("{n}");
    Ok(())
}
