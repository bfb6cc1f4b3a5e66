//! `svcreq db copy` (SPEC 8): a whole ledger moved between SQLite and PostgreSQL, all or
//! nothing, with its ids, histories, cycles and imports as they are.

use super::Db;
use super::sql::Arg;
use super::{Backend, Store};
use crate::error::failure;

/// The columns of a request that are not fields of it: its import, last change and search text.
const REQUEST_BOOKKEEPING: &str = "import_id,last_at,search_text";

/// The tables of a ledger in the order their rows can go in, with every column: a request's
/// are the fields it is read with ([`super::REQUEST_COLUMNS`]) and the bookkeeping ones, so a
/// new field of the request is copied without a change here.
fn ledger_tables() -> [(&'static str, String); 4] {
    [
        ("imports", "id, at, actor".to_string()),
        (
            "requests",
            [super::REQUEST_COLUMNS, REQUEST_BOOKKEEPING].join(", "),
        ),
        (
            "cycles",
            "request_id, seq, started_at, severity, availability, response_target, response_clock, \
             response_due, first_response_at, closed_at, resolution"
                .to_string(),
        ),
        (
            "events",
            "id, request_id, at, actor, kind, detail, data".to_string(),
        ),
    ]
}

/// How many rows of each kind a copy moved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Copied {
    pub requests: u64,
    pub events: u64,
    pub cycles: u64,
}

impl Store {
    /// Whether the ledger holds no request and no import.
    pub fn is_empty(&self) -> anyhow::Result<bool> {
        let n = self
            .db()
            .row(
                "SELECT (SELECT count(*) FROM requests) + (SELECT count(*) FROM imports)",
                &[],
                |r| r.int(0),
            )
            .map_err(|e| self.err(e))?;
        Ok(n.unwrap_or(0) == 0)
    }

    /// Copy this whole ledger into `dst`, which must be empty: one transaction on `dst`.
    pub fn copy_to(&self, dst: &mut Store) -> anyhow::Result<Copied> {
        if !dst.is_empty()? {
            return Err(failure(crate::tr!(
                "db-copy-not-empty",
                ledger = dst.label()
            )));
        }
        let mut tables = Vec::new();
        for (table, columns) in ledger_tables() {
            let order = if table == "cycles" {
                "request_id, seq"
            } else {
                "id"
            };
            let rows = self
                .db()
                .rows(
                    &format!("SELECT {columns} FROM {table} ORDER BY {order}"),
                    &[],
                    |r| {
                        let n = columns.split(',').count();
                        (0..n).map(|i| r.value(i)).collect::<Result<Vec<_>, _>>()
                    },
                )
                .map_err(|e| self.err(e))?;
            tables.push((table, columns, rows));
        }
        let pg = dst.is_pg();
        dst.write(|w| {
            let db: Db<'_> = w.db();
            let mut copied = Copied::default();
            for (table, columns, rows) in &tables {
                let n = columns.split(',').count();
                let marks: Vec<String> = (1..=n).map(|i| format!("?{i}")).collect();
                let sql = format!(
                    "INSERT INTO {table} ({columns}) VALUES ({})",
                    marks.join(", ")
                );
                for row in rows {
                    let args: &[Arg<'_>] = row;
                    db.exec(&sql, args)?;
                }
                let count = rows.len() as u64;
                match *table {
                    "requests" => copied.requests = count,
                    "events" => copied.events = count,
                    "cycles" => copied.cycles = count,
                    _ => {}
                }
            }
            if pg {
                w.bump.set(true);
            } else {
                db.exec(
                    "INSERT INTO requests_fts (requests_fts) VALUES ('rebuild')",
                    &[],
                )?;
            }
            Ok(copied)
        })
    }

    /// The schema version of an SQLite ledger (PRAGMA user_version), for `db migrate`.
    pub fn sqlite_version(&self) -> Option<i64> {
        match &self.conn {
            Backend::Sqlite(c) => c
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .ok(),
            Backend::Pg(_) => None,
        }
    }
}
