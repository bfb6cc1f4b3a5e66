//! `svcreq db copy` (SPEC 8): a whole ledger moved between SQLite and PostgreSQL, all or
//! nothing, with its ids, histories, cycles and imports as they are.

use super::Db;
use super::sql::{Arg, DbError};
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

/// Most rows a copy reads and writes at a time.
const BATCH_ROWS: usize = 5000;
/// Most bytes of text a copy reads and writes at a time (a description may be a megabyte).
const BATCH_BYTES: usize = 8 * 1024 * 1024;

/// Where a copy failed: reading the source, or writing the destination.
enum Side {
    Read(DbError),
    Write(DbError),
    /// A text of request `id`'s `column` holds U+0000, which PostgreSQL cannot keep (an
    /// SQLite ledger could, before every entry point refused one).
    Nul {
        id: i64,
        column: String,
    },
}

/// Copy one table from `src` to `dst` in key order, batch by batch; the number of rows.
/// `bulk`: `dst` is PostgreSQL and each batch goes in as one `COPY`.
fn copy_table(
    src: Db<'_>,
    dst: Db<'_>,
    bulk: bool,
    table: &str,
    columns: &str,
) -> Result<u64, Side> {
    let names: Vec<&str> = columns.split(',').map(str::trim).collect();
    let n = names.len();
    // The column naming the request a row belongs to, for an error about it.
    let request = names.iter().position(|c| *c == "request_id").unwrap_or(0);
    // The key each batch continues after: (id), or (request_id, seq) for cycles.
    let keys = if table == "cycles" { 2 } else { 1 };
    let order = if keys == 2 { "request_id, seq" } else { "id" };
    let read = format!(
        "SELECT {columns} FROM {table} WHERE ({order}) > ({}) ORDER BY {order} LIMIT {BATCH_ROWS}",
        if keys == 2 { "?1, ?2" } else { "?1" }
    );
    let marks: Vec<String> = (1..=n).map(|i| format!("?{i}")).collect();
    let insert = format!(
        "INSERT INTO {table} ({columns}) VALUES ({})",
        marks.join(", ")
    );
    let copy = format!("COPY {table} ({columns}) FROM STDIN");
    let mut after = vec![Arg::Int(i64::MIN); keys];
    let mut count = 0u64;
    loop {
        let mut rows: Vec<Vec<Arg<'static>>> = Vec::new();
        let mut bytes = 0;
        let mut nul = None;
        src.each(&read, &after, |r| {
            let row = (0..n).map(|i| r.value(i)).collect::<Result<Vec<_>, _>>()?;
            // Only a team ledger cannot keep one: a copy into a file scans nothing.
            if let Db::Pg(_) = dst
                && let Some(i) = row
                    .iter()
                    .position(|v| matches!(v, Arg::Text(s) if s.contains('\0')))
            {
                let id = match row[request] {
                    Arg::Int(id) => id,
                    _ => 0,
                };
                nul = Some(Side::Nul {
                    id,
                    column: names[i].to_string(),
                });
                return Ok(false);
            }
            bytes += row
                .iter()
                .map(|v| match v {
                    Arg::Text(s) => s.len(),
                    _ => 8,
                })
                .sum::<usize>();
            rows.push(row);
            Ok(bytes < BATCH_BYTES)
        })
        .map_err(Side::Read)?;
        if let Some(nul) = nul {
            return Err(nul);
        }
        let Some(last) = rows.last() else {
            return Ok(count);
        };
        after = last[..keys].to_vec();
        count += rows.len() as u64;
        let full = rows.len() == BATCH_ROWS || bytes >= BATCH_BYTES;
        match dst {
            Db::Pg(p) if bulk => super::bulk::copy_rows(p, &copy, &rows),
            _ => rows
                .iter()
                .try_for_each(|row| dst.exec(&insert, row).map(|_| ())),
        }
        .map_err(Side::Write)?;
        if !full {
            return Ok(count);
        }
    }
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

    /// Copy this whole ledger into `dst`, which must be empty: one transaction on `dst`,
    /// read from one snapshot of this ledger. Each table is streamed in bounded batches
    /// ([`BATCH_ROWS`] rows or [`BATCH_BYTES`] of text, whichever comes first), so memory
    /// stays flat whatever the ledger's size; into PostgreSQL each batch is one `COPY` where
    /// the role may use it.
    pub fn copy_to(&self, dst: &mut Store) -> anyhow::Result<Copied> {
        if !dst.is_empty()? {
            return Err(failure(crate::tr!(
                "db-copy-not-empty",
                ledger = dst.label()
            )));
        }
        let src = self.db();
        // One snapshot of the source for every batch of every table.
        src.batch(match src {
            Db::Sqlite(_) => "BEGIN",
            Db::Pg(_) => "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
        })
        .map_err(|e| self.err(e))?;
        let pg = dst.is_pg();
        let copied = dst.write(|w| {
            let db: Db<'_> = w.db();
            let bulk = match db {
                Db::Pg(p) => super::bulk::may_copy(p)?,
                Db::Sqlite(_) => false,
            };
            let mut copied = Copied::default();
            for (table, columns) in ledger_tables() {
                let count = copy_table(src, db, bulk, table, &columns).map_err(|e| match e {
                    Side::Read(e) => self.err(e),
                    Side::Write(e) => anyhow::Error::new(e),
                    Side::Nul { id, column } => {
                        failure(crate::tr!("db-copy-nul", id = id, column = column))
                    }
                })?;
                match table {
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
                // Each row's check value, for the records checked before the copy.
                if let Db::Sqlite(c) = db {
                    super::seal_all(c, false)?;
                    super::seal_request_set(c)?;
                }
            }
            Ok(copied)
        });
        let _ = src.batch("COMMIT");
        copied
    }

    /// Every request read and checked as `export --events` reads and checks it (the row,
    /// its earlier cycles, its history with the import that brought it in), a batch of
    /// requests and their events at a time ([`BATCH_ROWS`]): the first that a reader would
    /// refuse is the error, named by request and column.
    /// `db copy` runs it before it creates the destination: what every reader of the
    /// ledger refuses is not copied, and a refused copy leaves no new ledger behind.
    pub fn check_every_record(&self) -> anyhow::Result<()> {
        // The requests svcreq last wrote, open and closed: none deleted, added or
        // renumbered by hand, none closed or reopened (schema 6, 7).
        super::check_request_sets(self.db()).map_err(|e| self.err(e))?;
        let imports: std::collections::HashMap<i64, (chrono::DateTime<chrono::Utc>, String)> = self
            .db()
            .rows("SELECT id, at, actor FROM imports", &[], |r| {
                Ok((r.int(0)?, (r.time(1)?, r.text(2)?)))
            })
            .map_err(|e| self.err(e))?
            .into_iter()
            .collect();
        let cycles = self.cycles_by_request()?;
        let n = super::REQUEST_COLUMNS.split(',').count();
        // With the check value on a ledger file, after import_id: a row changed outside svcreq
        // is refused by the copy as by every other reader, not copied clean.
        let read = super::with_seal(
            self.db(),
            &format!(
                "SELECT {}, import_id FROM requests WHERE id > ?1 ORDER BY id LIMIT {BATCH_ROWS}",
                super::REQUEST_COLUMNS
            ),
        );
        let pg = self.db().is_pg();
        let mut after = i64::MIN;
        loop {
            let batch = self
                .db()
                .rows(&read, &[Arg::Int(after)], |r| {
                    let request = super::request_from_row(r)?;
                    let seal = match pg {
                        true => super::Seal::Own,
                        false => super::sealed(r, n + 1, &request, false),
                    };
                    Ok(((request, seal), r.opt_int(n)?))
                })
                .map_err(|e| self.err(e))?;
            let (Some(((first, _), _)), Some(((last, _), _))) = (batch.first(), batch.last())
            else {
                return Ok(());
            };
            let (lo, hi) = (first.id, last.id);
            after = hi;
            let mut events: std::collections::HashMap<i64, Vec<super::Event>> = Default::default();
            for (id, e) in self
                .db()
                .rows(
                    "SELECT request_id, at, actor, kind, detail, data FROM events \
                     WHERE request_id >= ?1 AND request_id <= ?2 ORDER BY request_id, id",
                    &[Arg::Int(lo), Arg::Int(hi)],
                    |r| {
                        let id = r.int(0)?;
                        Ok((
                            id,
                            super::event_from_row_at(r, 1).map_err(|e| e.in_request(id))?,
                        ))
                    },
                )
                .map_err(|e| self.err(e))?
            {
                events.entry(id).or_default().push(e);
            }
            for ((r, seal), import) in batch {
                let mut history: Vec<super::Event> = Vec::new();
                if let Some((at, actor)) = import.and_then(|i| imports.get(&i)) {
                    history.push(super::Event {
                        at: *at,
                        actor: actor.clone(),
                        kind: "imported".into(),
                        detail: "imported".into(),
                        data: None,
                    });
                }
                history.extend(events.remove(&r.id).unwrap_or_default());
                let past = cycles.get(&r.id).map_or(&[][..], Vec::as_slice);
                self.check_history(&r, past, Some(&history))?;
                super::seal_agrees(self.db(), r.id, seal).map_err(|e| self.err(e))?;
            }
        }
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

/// The schema version of the SQLite ledger at `path` as it is on disk (PRAGMA user_version),
/// read without changing it: what `db migrate` upgrades from (SPEC 8). None when the file
/// cannot be read as SQLite.
pub fn sqlite_file_version(path: &std::path::Path) -> Option<i64> {
    let c = rusqlite::Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .ok()?;
    c.pragma_query_value(None, "user_version", |r| r.get(0))
        .ok()
}
