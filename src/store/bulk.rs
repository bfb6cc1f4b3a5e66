//! An import into the team ledger through `COPY … FROM STDIN` (SPEC 5, 8): requests, their
//! events and earlier cycles gathered as COPY text and sent in large batches, in the
//! import's transaction, so an import costs no round trip per row. New requests take ids
//! from the requests' sequence, reserved in growing blocks, in the order the rows come.
//! Indexes follow the copied rows as they follow inserts, but on a bulk load: an import
//! larger than the ledger it goes into (such as the first load of a team ledger), by the
//! tables' owner, takes the requests table for itself before its first `COPY` — the lock
//! that dropping an index takes, which holds other writers and readers until it commits —
//! drops the requests' secondary indexes (the trigram search index among them) and its
//! foreign key, and after the last `COPY` builds each index in one pass and adds the key
//! again (checked over every row in one join), in the same transaction: building an index
//! whole costs a fraction of keeping it row by row, and one join a fraction of a check per
//! row. While it holds the table, its new ids need no reservation: they follow the
//! sequence, which is moved past them before the commit.
//!
//! A role that row-level security confines (a partner) may not `COPY FROM` into the
//! tables: its rows are gathered the same way and sent as multi-row `INSERT … VALUES`
//! statements of up to [`INSERT_ROWS`] rows each ([`PgBulk::inserting`]), which the
//! policies check row by row as for any insert — a row of a tenant not delegated to it
//! fails the statement, and with it the whole import's transaction.

use super::pg::PgConn;
use super::sql::{Arg, DbError, DbResult};
use std::collections::{HashMap, HashSet, VecDeque};
use std::io::Write as _;

/// Bytes of request rows gathered before a batch is sent.
const FLUSH_BYTES: usize = 8 * 1024 * 1024;
/// Ids reserved from the sequence at first; each block after doubles, up to
/// [`ID_BLOCK_MAX`], so a small import leaves few unused ids and a large one few round trips.
const ID_BLOCK: i64 = 64;
const ID_BLOCK_MAX: i64 = 65536;
/// Rows of one multi-row `INSERT` (a confined role's import): each row's values are
/// parameters, and a statement takes at most 65,535 of them (36 a request).
const INSERT_ROWS: usize = 1000;
/// Requests gathered before a confined role's batch is sent (a few statements' worth).
const INSERT_BATCH: usize = 4 * INSERT_ROWS;
/// Server memory for building the indexes again (PostgreSQL's own default is 64 MB): the
/// b-tree indexes sort their keys in memory.
const INDEX_BUILD_MEMORY: &str = "256MB";

/// The request columns in the order [`super::request_args`] gives them (id last).
const COPY_REQUESTS: &str = "COPY requests (tenant, title, description, category, service, severity, \
    severity_source, plan, tier, channel, status, opened_at, closed_at, reopen_count, scope, opened_by, timezone, \
    cycle_started_at, availability, response_target, response_clock, response_due, first_response_at, import_id, last_at, \
    case_number, contact, contact_method, available_24x7, engineer, owner, incidents, resolution, search_text, \
    target_started_at, id) FROM STDIN";
const COPY_EVENTS: &str = "COPY events (request_id, at, actor, kind, detail, data) FROM STDIN";
const COPY_CYCLES: &str = "COPY cycles (request_id, seq, started_at, severity, availability, response_target, \
    response_clock, response_due, first_response_at, closed_at, resolution) FROM STDIN";

/// Whether the connected role may `COPY FROM` into the requests (row-level security forbids
/// it to a role the table's policies confine).
pub fn may_copy(p: &PgConn) -> DbResult<bool> {
    let rows = p.query(
        "SELECT (NOT c.relrowsecurity) OR r.rolsuper OR r.rolbypassrls \
                OR (c.relowner = r.oid AND NOT c.relforcerowsecurity) \
           FROM pg_class c, pg_roles r \
          WHERE c.oid = 'requests'::regclass AND r.rolname = current_user",
        &[],
    )?;
    Ok(rows.first().and_then(|r| r.get::<_, Option<bool>>(0)) == Some(true))
}

/// Which of `ids` the ledger's requests already have, in one query.
pub fn taken_ids(p: &PgConn, ids: &[i64]) -> DbResult<Vec<i64>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = serde_json::to_string(ids).map_err(|e| DbError::Value(e.to_string()))?;
    let rows = p.query(
        "SELECT r.id FROM requests r \
          WHERE r.id IN (SELECT CAST(jsonb_array_elements_text(CAST(CAST(?1 AS TEXT) AS JSONB)) AS BIGINT))",
        &[Arg::from(list)],
    )?;
    rows.iter()
        .map(|r| r.try_get::<_, i64>(0).map_err(DbError::from))
        .collect()
}

/// Which of `cases` (tenant, case number) a request of the ledger already has in that
/// tenant, compared as [`super::Write::find_case`] compares them (lower()), in one query:
/// (the index into `cases`, the id of the request that has it).
pub fn taken_cases(p: &PgConn, cases: &[(&str, &str)]) -> DbResult<Vec<(usize, i64)>> {
    if cases.is_empty() {
        return Ok(Vec::new());
    }
    let list = serde_json::to_string(cases).map_err(|e| DbError::Value(e.to_string()))?;
    let rows = p.query(
        "SELECT t.i, min(r.id) \
           FROM jsonb_array_elements(CAST(CAST(?1 AS TEXT) AS JSONB)) WITH ORDINALITY AS t(v, i) \
           JOIN requests r ON r.case_number IS NOT NULL \
                          AND lower(r.case_number) = lower(t.v ->> 1) AND r.tenant = t.v ->> 0 \
          GROUP BY t.i",
        &[Arg::from(list)],
    )?;
    rows.iter()
        .map(|r| {
            let i: i64 = r.try_get(0)?;
            let id: i64 = r.try_get(1)?;
            Ok((usize::try_from(i - 1).unwrap_or(usize::MAX), id))
        })
        .collect()
}

/// Rows gathered for the next `COPY`, with the ids and case numbers they take.
pub struct PgBulk {
    requests: Vec<u8>,
    events: Vec<u8>,
    cycles: Vec<u8>,
    free_ids: VecDeque<i64>,
    /// Ids taken by the rows gathered since the last `COPY`.
    ids: HashSet<i64>,
    /// Case numbers (tenant, lower case) taken by the rows gathered since the last `COPY`,
    /// with their ids.
    cases: HashMap<(String, String), i64>,
    /// Ids the next reservation takes.
    block: i64,
    /// The last id reserved, and the largest id a row of this import kept.
    free_last: i64,
    kept_max: i64,
    /// Rows gathered since the last `COPY`, and whether one was sent.
    pending: u64,
    /// About how many requests the whole import brings (0: unknown).
    incoming: u64,
    sent: bool,
    /// What a bulk load dropped, as the SQL that puts it back ([`PgBulk::finish`]).
    dropped: Vec<String>,
    /// A bulk load holds the requests table: new ids follow the sequence without
    /// reserving them, and the sequence is moved past them before the commit.
    holds_table: bool,
    /// A confined role's import: the rows gathered as values for multi-row inserts, not
    /// as `COPY` text ([`PgBulk::inserting`]).
    inserts: Option<Inserts>,
}

/// The rows a confined role's import gathered since the last batch: each row's values in
/// its `COPY` statement's column order.
#[derive(Default)]
struct Inserts {
    requests: Vec<Vec<Arg<'static>>>,
    events: Vec<Vec<Arg<'static>>>,
    cycles: Vec<Vec<Arg<'static>>>,
}

/// A value kept past the row it came from.
fn owned(a: &Arg<'_>) -> Arg<'static> {
    match a {
        Arg::Null => Arg::Null,
        Arg::Int(n) => Arg::Int(*n),
        Arg::Text(t) => Arg::Text(std::borrow::Cow::Owned(t.to_string())),
    }
}

impl PgBulk {
    pub fn new() -> PgBulk {
        PgBulk {
            requests: Vec::with_capacity(FLUSH_BYTES + 64 * 1024),
            events: Vec::new(),
            cycles: Vec::new(),
            free_ids: VecDeque::new(),
            ids: HashSet::new(),
            cases: HashMap::new(),
            block: ID_BLOCK,
            free_last: 0,
            kept_max: 0,
            pending: 0,
            incoming: 0,
            sent: false,
            dropped: Vec::new(),
            holds_table: false,
            inserts: None,
        }
    }

    /// Rows gathered for a role that may not `COPY` (row-level security confines it):
    /// sent in batches of multi-row inserts, which its policies check row by row.
    pub fn inserting() -> PgBulk {
        PgBulk {
            requests: Vec::new(),
            inserts: Some(Inserts::default()),
            ..PgBulk::new()
        }
    }

    /// About how many requests the whole import brings (an estimate, such as a file's
    /// size over a row's): an import larger than the ledger is a bulk load even when its
    /// first batch is smaller than the ledger ([`PgBulk::go_bulk`]).
    pub fn expect(&mut self, incoming: u64) {
        self.incoming = incoming;
    }

    /// Whether a request gathered since the last `COPY` has this id (the ones sent are in
    /// the ledger, where [`super::Write::exists`] finds them).
    pub fn has_id(&self, id: i64) -> bool {
        self.ids.contains(&id)
    }

    /// The request gathered since the last `COPY` that has this case number in this tenant
    /// (the ones sent are in the ledger).
    pub fn case(&self, tenant: &str, number: &str) -> Option<i64> {
        self.cases
            .get(&(tenant.to_string(), number.to_lowercase()))
            .copied()
    }

    /// The id the next new request takes.
    pub fn next_id(&mut self, p: &PgConn) -> DbResult<i64> {
        loop {
            if self.free_ids.is_empty() && self.holds_table {
                // No other writer can take an id while this import holds the table.
                self.free_last = self.free_last.max(self.kept_max) + 1;
                return Ok(self.free_last);
            }
            if self.free_ids.is_empty() {
                // Past the largest id a row of this import kept, as SQLite goes on after
                // it: a block as large as the gap, within bounds.
                let last = self.free_last;
                let block = self.block.max((self.kept_max - last).min(ID_BLOCK_MAX));
                let rows = p.query(
                    "SELECT nextval(pg_get_serial_sequence('requests', 'id')) \
                       FROM generate_series(1, CAST(?1 AS BIGINT))",
                    &[Arg::Int(block)],
                )?;
                self.block = (self.block * 2).min(ID_BLOCK_MAX);
                for r in rows {
                    let id: i64 = r.try_get(0)?;
                    self.free_last = id;
                    self.free_ids.push_back(id);
                }
            }
            let id = self
                .free_ids
                .pop_front()
                .ok_or_else(|| DbError::Value(crate::tr!("import-no-id")))?;
            // A new request takes an id after every id kept so far, as on SQLite.
            if id > self.kept_max {
                return Ok(id);
            }
        }
    }

    /// A row of this import keeps its own id: new ones go on after it.
    pub fn keep_id(&mut self, id: i64) {
        self.kept_max = self.kept_max.max(id);
    }

    /// Gather one request (its arguments, id last) with its events' and cycles' arguments.
    /// The caller sends the batch ([`PgBulk::send`]) once it is [`PgBulk::full`], after
    /// checking the ids and case numbers it gathered against the ledger.
    pub fn push(
        &mut self,
        request: &[Arg<'_>],
        events: &[[Arg<'_>; 6]],
        cycles: &[[Arg<'_>; 11]],
        case: Option<(&str, &str)>,
    ) {
        if let Some(Arg::Int(id)) = request.last() {
            self.ids.insert(*id);
            if let Some((tenant, n)) = case {
                self.cases
                    .insert((tenant.to_string(), n.to_lowercase()), *id);
            }
        }
        self.pending += 1;
        if let Some(rows) = &mut self.inserts {
            rows.requests.push(request.iter().map(owned).collect());
            rows.events
                .extend(events.iter().map(|e| e.iter().map(owned).collect()));
            rows.cycles
                .extend(cycles.iter().map(|c| c.iter().map(owned).collect()));
            return;
        }
        line(&mut self.requests, request);
        for e in events {
            line(&mut self.events, e);
        }
        for c in cycles {
            line(&mut self.cycles, c);
        }
    }

    /// Whether enough is gathered for a batch ([`FLUSH_BYTES`]).
    pub fn full(&self) -> bool {
        match &self.inserts {
            Some(rows) => rows.requests.len() >= INSERT_BATCH,
            None => self.requests.len() + self.events.len() >= FLUSH_BYTES,
        }
    }

    /// Send the batch gathered; the first one decides whether the import is a bulk load
    /// ([`PgBulk::go_bulk`]).
    pub fn send(&mut self, p: &PgConn) -> DbResult<()> {
        if !self.sent && self.inserts.is_none() {
            self.go_bulk(p)?;
        }
        self.flush(p)
    }

    /// Send what is gathered: requests first, then what refers to them.
    fn flush(&mut self, p: &PgConn) -> DbResult<()> {
        self.sent = true;
        self.pending = 0;
        if let Some(rows) = &mut self.inserts {
            insert(p, COPY_REQUESTS, &mut rows.requests)?;
            insert(p, COPY_EVENTS, &mut rows.events)?;
            insert(p, COPY_CYCLES, &mut rows.cycles)?;
        } else {
            copy(p, COPY_REQUESTS, &mut self.requests)?;
            copy(p, COPY_EVENTS, &mut self.events)?;
            copy(p, COPY_CYCLES, &mut self.cycles)?;
        }
        // The rows sent are in the ledger now, where the checks of the next rows find their
        // ids and case numbers: only the rows gathered since are kept here, so memory stays
        // flat whatever the import's size.
        self.ids.clear();
        self.cases.clear();
        Ok(())
    }

    /// Send the rest, and put back what a bulk load dropped; must be called before the
    /// transaction commits.
    pub fn finish(&mut self, p: &PgConn) -> DbResult<()> {
        self.flush(p)?;
        let mut sql = String::new();
        if !self.dropped.is_empty() {
            sql.push_str(&format!(
                "SET LOCAL maintenance_work_mem = '{INDEX_BUILD_MEMORY}';"
            ));
            for def in self.dropped.drain(..) {
                sql.push_str(&def);
                sql.push(';');
            }
        }
        if self.holds_table {
            // Past the ids this import took (no other writer took any meanwhile).
            sql.push_str(
                "SELECT setval(pg_get_serial_sequence('requests', 'id'), \
                 GREATEST((SELECT max(id) FROM requests), 1));",
            );
        }
        if !sql.is_empty() {
            p.batch(&sql)?;
        }
        Ok(())
    }

    /// Before the first `COPY` of an import that fills a whole batch: when the ledger holds
    /// fewer requests than the import brings (the batch, or the caller's estimate of the
    /// whole import when larger, [`PgBulk::expect`]) and the role owns
    /// the table, make the import a bulk load — take the requests table (dropping an index
    /// locks it until the commit), drop its indexes other than the unique ones (which check
    /// each row as it comes) and its foreign keys; [`PgBulk::finish`] creates them again
    /// from their definitions. Otherwise the indexes follow the rows.
    fn go_bulk(&mut self, p: &PgConn) -> DbResult<()> {
        let incoming = self.pending.max(self.incoming);
        let rows = p.query(
            "SELECT pg_has_role(current_user, c.relowner, 'USAGE'), \
                    (SELECT count(*) FROM (SELECT 1 FROM requests LIMIT ?1) t) \
               FROM pg_class c WHERE c.oid = 'requests'::regclass",
            &[Arg::Int(i64::try_from(incoming).unwrap_or(i64::MAX))],
        )?;
        let Some(r) = rows.first() else {
            return Ok(());
        };
        let owner: bool = r.try_get(0)?;
        let held: i64 = r.try_get(1)?;
        if !owner || held as u64 >= incoming {
            return Ok(());
        }
        // Each index and foreign key of the requests as (name, the SQL that creates it).
        let parts = p.query(
            "SELECT 'INDEX ' || quote_ident(i.relname), pg_get_indexdef(i.oid) \
               FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid \
              WHERE x.indrelid = 'requests'::regclass AND NOT x.indisunique \
             UNION ALL \
             SELECT 'CONSTRAINT ' || quote_ident(conname), \
                    'ALTER TABLE requests ADD CONSTRAINT ' || quote_ident(conname) || ' ' \
                    || pg_get_constraintdef(oid) \
               FROM pg_constraint WHERE conrelid = 'requests'::regclass AND contype = 'f'",
            &[],
        )?;
        // The imports first: putting the key back takes them, and another import that
        // recorded itself there before this one took the requests would then wait on this
        // one while this one waited on it. Taken first, this import waits for it instead.
        let mut drop = String::from(
            "LOCK TABLE imports IN SHARE ROW EXCLUSIVE MODE; \
             LOCK TABLE requests IN ACCESS EXCLUSIVE MODE;",
        );
        for r in &parts {
            let name: String = r.try_get(0)?;
            let def: String = r.try_get(1)?;
            match name.strip_prefix("CONSTRAINT ") {
                Some(c) => drop.push_str(&format!("ALTER TABLE requests DROP CONSTRAINT {c};")),
                None => drop.push_str(&format!("DROP {name};")),
            }
            self.dropped.push(def);
        }
        p.batch(&drop)?;
        // New ids go on after any the sequence handed out before the table was taken.
        let next = p.query(
            "SELECT nextval(pg_get_serial_sequence('requests', 'id'))",
            &[],
        )?;
        if let Some(r) = next.first() {
            let v: i64 = r.try_get(0)?;
            self.free_last = self.free_last.max(v - 1);
        }
        self.holds_table = true;
        Ok(())
    }
}

impl Default for PgBulk {
    fn default() -> Self {
        PgBulk::new()
    }
}

/// Send `rows` through one `COPY … FROM STDIN` (`statement`), each row's values in the
/// statement's column order.
pub fn copy_rows(p: &PgConn, statement: &str, rows: &[Vec<Arg<'_>>]) -> DbResult<()> {
    let mut buf = Vec::new();
    for row in rows {
        line(&mut buf, row);
    }
    copy(p, statement, &mut buf)
}

fn copy(p: &PgConn, statement: &str, buf: &mut Vec<u8>) -> DbResult<()> {
    if buf.is_empty() {
        return Ok(());
    }
    let mut client = p.client();
    let mut w = client.copy_in(statement)?;
    let sent = w.write_all(buf);
    buf.clear();
    match sent {
        Ok(()) => {
            w.finish()?;
            Ok(())
        }
        // The server's own error (a taken id) arrives with the finish.
        Err(e) => {
            w.finish()?;
            Err(DbError::Value(crate::tr!(
                "import-copy-failed",
                error = e.to_string()
            )))
        }
    }
}

/// Send `rows` as multi-row inserts into the table and columns of the `COPY` statement
/// `copy_statement`, [`INSERT_ROWS`] rows a statement (the same text each time but the last,
/// so the connection prepares it once).
fn insert(p: &PgConn, copy_statement: &str, rows: &mut Vec<Vec<Arg<'static>>>) -> DbResult<()> {
    let head = copy_statement
        .strip_prefix("COPY ")
        .and_then(|s| s.strip_suffix(" FROM STDIN"))
        .ok_or_else(|| DbError::Value(format!("not a COPY statement: {copy_statement}")))?;
    for chunk in rows.chunks(INSERT_ROWS) {
        let width = chunk.first().map_or(0, Vec::len);
        let mut sql = format!("INSERT INTO {head} VALUES ");
        let mut n = 0;
        for (i, _) in chunk.iter().enumerate() {
            sql.push_str(if i == 0 { "(" } else { ", (" });
            for c in 0..width {
                n += 1;
                if c > 0 {
                    sql.push_str(", ");
                }
                sql.push('$');
                sql.push_str(&n.to_string());
            }
            sql.push(')');
        }
        let args: Vec<Arg<'_>> = chunk.iter().flatten().cloned().collect();
        p.exec(&sql, &args)?;
    }
    rows.clear();
    Ok(())
}

/// One row in COPY's text format: tab-separated, `\N` for NULL, backslash escapes.
fn line(out: &mut Vec<u8>, args: &[Arg<'_>]) {
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push(b'\t');
        }
        match a {
            Arg::Null => out.extend_from_slice(b"\\N"),
            Arg::Int(n) => {
                let _ = write!(out, "{n}");
            }
            Arg::Text(s) => {
                for b in s.bytes() {
                    match b {
                        b'\\' => out.extend_from_slice(b"\\\\"),
                        b'\t' => out.extend_from_slice(b"\\t"),
                        b'\n' => out.extend_from_slice(b"\\n"),
                        b'\r' => out.extend_from_slice(b"\\r"),
                        _ => out.push(b),
                    }
                }
            }
        }
    }
    out.push(b'\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_text_escapes_what_copy_reads_as_syntax() {
        let mut out = Vec::new();
        line(
            &mut out,
            &[Arg::Int(-3), Arg::Null, Arg::from("a\tb\\c\nd\re \\N")],
        );
        assert_eq!(out, b"-3\t\\N\ta\\tb\\\\c\\nd\\re \\\\N\n");
    }
}
