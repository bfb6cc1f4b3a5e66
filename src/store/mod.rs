//! The ledger: the only module that speaks SQL. Owns the connection and its pragmas,
//! schema creation and migration by `PRAGMA user_version`, and every query. Every write
//! is one IMMEDIATE transaction that also appends its event (SPEC 1.5, 1.6; issue 2).

mod open;

pub use open::{Access, CURRENT_VERSION, SVCREQ_APPLICATION_ID};

use crate::rules::history::LatestAction;
use crate::rules::{Category, Channel, Cycle, Scope, Severity};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, Transaction, TransactionBehavior, params};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// An open ledger.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

pub use crate::rules::record::{Case, Event, NOTE, PastCycle, Request, SeveritySource, Status};

/// Which requests `list` reads, and in what order.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// None: all.
    pub status: Option<Status>,
    pub severities: Vec<Severity>,
    pub categories: Vec<Category>,
    pub tenants: Vec<String>,
    pub plans: Vec<String>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
    /// Only requests still open, or last closed at or after this instant (a report reads
    /// no request whose whole history ended before its period).
    pub closed_since: Option<DateTime<Utc>>,
    pub search: Option<String>,
    /// Only the request(s) with this case number (any case).
    pub case_number: Option<String>,
    /// Only requests linked to this incident id.
    pub incident: Option<String>,
    /// Only closed online requests whose close time lies in this range (`list
    /// --reopen-ends-within`: the reopen window ends within a time).
    pub closed_between: Option<(DateTime<Utc>, DateTime<Utc>)>,
    pub sort: SortKey,
    pub limit: Option<u64>,
    /// Read only what the `list` table and the SLA state need (see [`BRIEF_COLUMNS`]);
    /// the other fields of each request are left empty (`opened_at` reads as the cycle
    /// start). A view should not pay for columns
    /// it does not show, least of all a description of up to a megabyte.
    pub brief: bool,
    /// Show the ledger as it stood at this instant (SPEC 6, `--now T`): requests opened
    /// later do not exist yet, and actions recorded after it have not happened.
    pub as_of: Option<DateTime<Utc>>,
}

/// Sort orders of `list`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortKey {
    /// Soonest due first, no-target last.
    #[default]
    Due,
    /// Newest first.
    Opened,
    /// A first, then by due time.
    Severity,
    Id,
}

pub(crate) fn ts(t: DateTime<Utc>) -> i64 {
    t.timestamp()
}

fn from_ts(secs: i64) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::from_timestamp(secs, 0).ok_or(rusqlite::Error::IntegralValueOutOfRange(0, secs))
}

fn opt_ts(v: Option<i64>) -> rusqlite::Result<Option<DateTime<Utc>>> {
    v.map(from_ts).transpose()
}

fn parse<T: FromStr>(row: &Row<'_>, idx: usize) -> rusqlite::Result<T> {
    let s: String = row.get(idx)?;
    s.parse().map_err(|_| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Text,
            format!("unexpected value '{s}'").into(),
        )
    })
}

fn parse_opt<T: FromStr>(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<T>> {
    match row.get::<_, Option<String>>(idx)? {
        None => Ok(None),
        Some(_) => parse(row, idx).map(Some),
    }
}

/// A severity's source is stored as its JSON name (`manual`, `classified`, `microsoft`).
impl rusqlite::types::ToSql for SeveritySource {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.as_str().into())
    }
}

impl rusqlite::types::FromSql for SeveritySource {
    fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let s = v.as_str()?;
        s.parse().map_err(|_| {
            rusqlite::types::FromSqlError::Other(format!("unexpected value '{s}'").into())
        })
    }
}

impl FromStr for Status {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "open" => Ok(Status::Open),
            "closed" => Ok(Status::Closed),
            _ => Err(()),
        }
    }
}

const REQUEST_COLUMNS: &str = "id, tenant, title, description, category, service, severity, severity_source, \
    plan, tier, channel, status, opened_at, closed_at, reopen_count, scope, opened_by, timezone, \
    cycle_started_at, availability, response_target, response_clock, response_due, first_response_at, \
    case_number, contact, contact_method, available_24x7, engineer, owner, incidents, resolution, target_started_at";

fn split_incidents(s: String) -> Vec<String> {
    s.split(' ')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn request_from_row(r: &Row<'_>) -> rusqlite::Result<Request> {
    Ok(Request {
        id: r.get(0)?,
        tenant: r.get(1)?,
        title: r.get(2)?,
        description: r.get(3)?,
        category: parse(r, 4)?,
        service: parse_opt(r, 5)?,
        severity: parse_opt(r, 6)?,
        severity_source: r.get(7)?,
        plan: r.get(8)?,
        tier: r.get(9)?,
        channel: parse(r, 10)?,
        status: parse(r, 11)?,
        opened_at: from_ts(r.get(12)?)?,
        closed_at: opt_ts(r.get(13)?)?,
        reopen_count: r.get(14)?,
        scope: parse(r, 15)?,
        opened_by: r.get(16)?,
        timezone: r.get(17)?,
        cycle_started_at: from_ts(r.get(18)?)?,
        availability: r.get(19)?,
        response_target: r.get(20)?,
        response_clock: r.get(21)?,
        response_due: opt_ts(r.get(22)?)?,
        first_response_at: opt_ts(r.get(23)?)?,
        case: Case {
            case_number: r.get(24)?,
            contact: r.get(25)?,
            contact_method: parse_opt(r, 26)?,
            available_24x7: r.get(27)?,
            engineer: r.get(28)?,
            owner: r.get(29)?,
            incidents: split_incidents(r.get(30)?),
            resolution: r.get(31)?,
            target_started_at: opt_ts(r.get(32)?)?,
        },
    })
}

/// The columns of a brief listing (see [`ListFilter::brief`]).
pub const BRIEF_COLUMNS: &str = "id, tenant, title, category, severity, status, timezone, \
    cycle_started_at, response_due, first_response_at, closed_at";

fn brief_request_from_row(r: &Row<'_>) -> rusqlite::Result<Request> {
    let opened_at = from_ts(r.get(7)?)?;
    Ok(Request {
        id: r.get(0)?,
        tenant: r.get(1)?,
        title: r.get(2)?,
        description: String::new(),
        category: parse(r, 3)?,
        service: None,
        severity: parse_opt(r, 4)?,
        severity_source: None,
        plan: String::new(),
        tier: String::new(),
        channel: Channel::Online,
        status: parse(r, 5)?,
        opened_at,
        closed_at: opt_ts(r.get(10)?)?,
        reopen_count: 0,
        scope: Scope::InScope,
        opened_by: String::new(),
        timezone: r.get(6)?,
        cycle_started_at: opened_at,
        availability: String::new(),
        response_target: String::new(),
        response_clock: String::new(),
        response_due: opt_ts(r.get(8)?)?,
        first_response_at: opt_ts(r.get(9)?)?,
        case: Case::default(),
    })
}

const INSERT_REQUEST: &str = "INSERT INTO requests (tenant, title, description, category, service, severity, \
    severity_source, plan, tier, channel, status, opened_at, closed_at, reopen_count, scope, opened_by, timezone, \
    cycle_started_at, availability, response_target, response_clock, response_due, first_response_at, id, import_id, last_at, \
    case_number, contact, contact_method, available_24x7, engineer, owner, incidents, resolution, search_text, \
    target_started_at) \
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, \
    ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36)";

const INSERT_EVENT: &str = "INSERT INTO events (request_id, at, actor, kind, detail, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

const INSERT_CYCLE: &str = "INSERT INTO cycles (request_id, seq, started_at, severity, availability, response_target, \
    response_clock, response_due, first_response_at, closed_at, resolution) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";

/// The search index's hash size (bytes of terms gathered in memory before a segment is
/// written): SQLite's default, and the larger one a bulk fill uses ([`Write::index_search`]),
/// small enough that an import stays under 64 MB with its 32 MiB page cache.
const FTS_HASH_BYTES: i64 = 1024 * 1024;
const BULK_FTS_HASH_BYTES: i64 = 8 * 1024 * 1024;
/// The page cache while the search index is filled in bulk (negative: KiB).
const BULK_FTS_CACHE_KIB: i64 = -8 * 1024;

const INSERT_FTS: &str = "INSERT INTO requests_fts (rowid, search_text) VALUES (?1, ?2)";

/// The free text an event adds to what `list --search` finds (SPEC 7): a note's text, a
/// response note or reopen reason (`data.text`), a resolution given at a close.
pub fn event_search_text(kind: &str, detail: &str, data: Option<&str>) -> Option<String> {
    if kind == NOTE {
        return Some(detail.to_string());
    }
    let v: serde_json::Value = serde_json::from_str(data?).ok()?;
    let text = v.get("text").and_then(|t| t.as_str());
    let resolution = v
        .get("resolution")
        .and_then(|r| r.get("new"))
        .and_then(|t| t.as_str());
    match (text, resolution) {
        (None, None) => None,
        (a, b) => Some([a, b].into_iter().flatten().collect::<Vec<_>>().join(" ")),
    }
}

/// What a new request's history starts with.
#[derive(Debug, Clone, Copy)]
pub enum History<'a> {
    /// These events, oldest first.
    Events(&'a [Event]),
    /// The import with this id (its "imported" event).
    Imported(i64),
}

/// Inserts requests with their histories through statements prepared once.
pub struct Inserter<'w> {
    request: rusqlite::Statement<'w>,
    event: rusqlite::Statement<'w>,
    cycle: rusqlite::Statement<'w>,
    fts: rusqlite::Statement<'w>,
    /// Index each request for search as it goes in; else the caller indexes the new ids
    /// in bulk at the end ([`Write::index_search`]).
    index: bool,
    conn: &'w Connection,
}

impl Inserter<'_> {
    /// Insert a request with its history; returns its id. An `id` of 0 takes the next
    /// free id; another keeps that id (and fails if it is taken). A request brought in by an
    /// import with no history of its own names that import (see [`Write::begin_import`])
    /// instead of carrying an event of its own.
    pub fn insert(&mut self, r: &Request, history: History<'_>) -> rusqlite::Result<i64> {
        self.insert_with_cycles(r, history, &[])
    }

    /// As [`Inserter::insert`], with the request's earlier response cycles.
    pub fn insert_with_cycles(
        &mut self,
        r: &Request,
        history: History<'_>,
        cycles: &[PastCycle],
    ) -> rusqlite::Result<i64> {
        let events = match history {
            History::Events(events) => events,
            History::Imported(_) => &[][..],
        };
        let texts: Vec<String> = events
            .iter()
            .filter_map(|e| event_search_text(&e.kind, &e.detail, e.data.as_deref()))
            .collect();
        let search = r.search_text(texts.iter().map(String::as_str));
        self.insert_filed(r, history, cycles, &search)
    }

    /// As [`Inserter::insert_with_cycles`], with the request's search text already made
    /// ([`Request::search_text`] over its history's searchable texts).
    pub fn insert_filed(
        &mut self,
        r: &Request,
        history: History<'_>,
        cycles: &[PastCycle],
        search: &str,
    ) -> rusqlite::Result<i64> {
        let (events, import) = match history {
            History::Events(events) => (events, None),
            History::Imported(import) => (&[][..], Some(import)),
        };
        let c = &r.case;
        self.request.execute(params![
            r.tenant,
            r.title,
            r.description,
            r.category.as_str(),
            r.service.map(|s| s.as_str()),
            r.severity.map(|s| s.as_str()),
            r.severity_source,
            r.plan,
            r.tier,
            r.channel.as_str(),
            r.status.as_str(),
            ts(r.opened_at),
            r.closed_at.map(ts),
            r.reopen_count,
            r.scope.as_str(),
            r.opened_by,
            r.timezone,
            ts(r.cycle_started_at),
            r.availability,
            r.response_target,
            r.response_clock,
            r.response_due.map(ts),
            r.first_response_at.map(ts),
            (r.id > 0).then_some(r.id),
            import,
            ts(r.latest_own_time()),
            c.case_number,
            c.contact,
            c.contact_method.map(|m| m.as_str()),
            c.available_24x7,
            c.engineer,
            c.owner,
            c.incidents.join(" "),
            c.resolution,
            search,
            c.target_started_at.map(ts),
        ])?;
        let id = self.conn.last_insert_rowid();
        for e in events {
            self.event
                .execute(params![id, ts(e.at), e.actor, e.kind, e.detail, e.data])?;
        }
        for p in cycles {
            insert_cycle(&mut self.cycle, id, p)?;
        }
        if self.index && !search.is_empty() {
            self.fts.execute(params![id, search])?;
        }
        Ok(id)
    }
}

/// A write in progress: one IMMEDIATE transaction; events go in with the change.
pub struct Write<'a> {
    tx: Transaction<'a>,
}

impl Write<'_> {
    /// One request with its history, as [`Inserter::insert`].
    pub fn insert_request(&self, r: &Request, events: &[Event]) -> rusqlite::Result<i64> {
        self.inserter()?.insert(r, History::Events(events))
    }

    /// Record an import by `actor` at `at`; requests it brings without a history of their
    /// own name it ([`History::Imported`]). Returns its id.
    pub fn begin_import(&self, actor: &str, at: DateTime<Utc>) -> rusqlite::Result<i64> {
        self.tx.execute(
            "INSERT INTO imports (at, actor) VALUES (?1, ?2)",
            params![ts(at), actor],
        )?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Prepared statements for inserting many requests in this transaction.
    pub fn inserter(&self) -> rusqlite::Result<Inserter<'_>> {
        Ok(Inserter {
            request: self.tx.prepare(INSERT_REQUEST)?,
            event: self.tx.prepare(INSERT_EVENT)?,
            cycle: self.tx.prepare(INSERT_CYCLE)?,
            fts: self.tx.prepare(INSERT_FTS)?,
            index: true,
            conn: &self.tx,
        })
    }

    /// As [`Write::inserter`], but the requests are indexed for search only when the caller
    /// calls [`Write::index_search`] for their ids, in one pass at the end (an import).
    pub fn bulk_inserter(&self) -> rusqlite::Result<Inserter<'_>> {
        Ok(Inserter {
            index: false,
            ..self.inserter()?
        })
    }

    /// Index the requests with ids in these runs (`first`, `count`) for search (SPEC 7), in
    /// the same transaction as their insertion. The index gathers terms in memory and
    /// writes them out as a segment whenever they pass its hash size; each segment written
    /// is later merged into the others, so a bulk fill gathers more at a time
    /// ([`BULK_FTS_HASH_BYTES`]: fewer, larger segments, about a third less work at 1M
    /// requests) and puts the default back before the transaction ends.
    pub fn index_search(&self, runs: &[(i64, u64)]) -> rusqlite::Result<()> {
        let hash = |bytes: i64| {
            self.tx.execute(
                "INSERT INTO requests_fts (requests_fts, rank) VALUES ('hashsize', ?1)",
                [bytes],
            )
        };
        hash(BULK_FTS_HASH_BYTES)?;
        // The fill reads the new rows once and appends segments: a smaller page cache does,
        // and leaves the memory to the hash.
        self.tx
            .pragma_update(None, "cache_size", BULK_FTS_CACHE_KIB)?;
        let mut fill = self.tx.prepare_cached(
            "INSERT INTO requests_fts (rowid, search_text) SELECT id, search_text FROM requests \
             WHERE id >= ?1 AND id < ?2 AND search_text <> ''",
        )?;
        for (first, count) in runs {
            fill.execute(params![first, first.saturating_add(*count as i64)])?;
        }
        hash(FTS_HASH_BYTES)?;
        Ok(())
    }

    /// Append an event to a request's history.
    pub fn event(&self, id: i64, e: &Event) -> rusqlite::Result<()> {
        self.tx.prepare_cached(INSERT_EVENT)?.execute(params![
            id,
            ts(e.at),
            e.actor,
            e.kind,
            e.detail,
            e.data
        ])?;
        if event_search_text(&e.kind, &e.detail, e.data.as_deref()).is_some() {
            self.refresh_search(id)?;
        }
        Ok(())
    }

    /// Whether a request id is taken.
    pub fn exists(&self, id: i64) -> rusqlite::Result<bool> {
        self.tx
            .prepare_cached("SELECT 1 FROM requests WHERE id = ?1")?
            .exists([id])
    }

    /// Read a request inside the transaction (so the check and the change see one state).
    pub fn get(&self, id: i64) -> rusqlite::Result<Option<Request>> {
        get_request(&self.tx, id)
    }

    /// The request's latest recorded action (SPEC 6): the latest of its own times (opened,
    /// cycle start, first response, close) and its events' times. An import is not an
    /// action on the request's timeline.
    pub fn latest_action(&self, r: &Request) -> rusqlite::Result<LatestAction> {
        let mut latest = LatestAction {
            at: r.opened_at,
            what: "opened".into(),
        };
        let mut consider = |at: Option<DateTime<Utc>>, what: &str| {
            if let Some(at) = at.filter(|at| *at > latest.at) {
                latest = LatestAction {
                    at,
                    what: what.into(),
                };
            }
        };
        consider(Some(r.cycle_started_at), "reopened");
        consider(r.first_response_at, "first response");
        consider(r.closed_at, "closed");
        let last: Option<(i64, String)> = self
            .tx
            .prepare_cached(
                "SELECT at, kind FROM events WHERE request_id = ?1 ORDER BY at DESC, id DESC LIMIT 1",
            )?
            .query_row([r.id], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?;
        if let Some((at, kind)) = last {
            consider(Some(from_ts(at)?), &kind);
        }
        Ok(latest)
    }

    /// Record Microsoft's first response in the current cycle.
    pub fn set_first_response(
        &self,
        id: i64,
        at: DateTime<Utc>,
        event: &Event,
    ) -> rusqlite::Result<()> {
        self.tx
            .prepare_cached("UPDATE requests SET first_response_at = ?2 WHERE id = ?1")?
            .execute(params![id, ts(at)])?;
        self.event(id, event)
    }

    /// Close a request.
    pub fn close(
        &self,
        id: i64,
        at: DateTime<Utc>,
        resolution: Option<&str>,
        event: &Event,
    ) -> rusqlite::Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE requests SET status = 'closed', closed_at = ?2, resolution = ?3 WHERE id = ?1",
            )?
            .execute(params![id, ts(at), resolution])?;
        self.event(id, event)?;
        self.refresh_search(id)
    }

    /// Reopen: archive the current cycle and start a new one from `r`'s cycle fields.
    pub fn reopen(&self, old: &Request, new: &Request, event: &Event) -> rusqlite::Result<()> {
        insert_cycle(
            &mut *self.tx.prepare_cached(INSERT_CYCLE)?,
            old.id,
            &PastCycle {
                request_id: old.id,
                seq: old.reopen_count,
                severity: old.severity,
                availability: old.availability.clone(),
                response_target: old.response_target.clone(),
                response_clock: old.response_clock.clone(),
                cycle: old.cycle(),
                resolution: old.case.resolution.clone(),
            },
        )?;
        self.tx
            .prepare_cached(
                "UPDATE requests SET status = 'open', closed_at = NULL, reopen_count = reopen_count + 1, \
                 severity = ?2, severity_source = ?3, cycle_started_at = ?4, availability = ?5, response_target = ?6, \
                 response_clock = ?7, response_due = ?8, first_response_at = NULL, resolution = NULL, \
                 target_started_at = NULL WHERE id = ?1",
            )?
            .execute(params![
                old.id,
                new.severity.map(|s| s.as_str()),
                new.severity_source,
                ts(new.cycle_started_at),
                new.availability,
                new.response_target,
                new.response_clock,
                new.response_due.map(ts),
            ])?;
        self.event(old.id, event)?;
        self.refresh_search(old.id)
    }

    /// Write every field of `r` (its id names the row) and append `event`: updates and
    /// corrections (SPEC 7). The search index follows.
    pub fn save(&self, r: &Request, event: &Event) -> rusqlite::Result<()> {
        let c = &r.case;
        self.tx
            .prepare_cached(
                "UPDATE requests SET tenant = ?2, title = ?3, description = ?4, category = ?5, service = ?6, \
                 severity = ?7, severity_source = ?8, plan = ?9, tier = ?10, channel = ?11, status = ?12, \
                 opened_at = ?13, closed_at = ?14, reopen_count = ?15, scope = ?16, timezone = ?17, \
                 cycle_started_at = ?18, availability = ?19, response_target = ?20, response_clock = ?21, \
                 response_due = ?22, first_response_at = ?23, case_number = ?24, contact = ?25, \
                 contact_method = ?26, available_24x7 = ?27, engineer = ?28, owner = ?29, incidents = ?30, \
                 resolution = ?31, target_started_at = ?32 WHERE id = ?1",
            )?
            .execute(params![
                r.id,
                r.tenant,
                r.title,
                r.description,
                r.category.as_str(),
                r.service.map(|s| s.as_str()),
                r.severity.map(|s| s.as_str()),
                r.severity_source,
                r.plan,
                r.tier,
                r.channel.as_str(),
                r.status.as_str(),
                ts(r.opened_at),
                r.closed_at.map(ts),
                r.reopen_count,
                r.scope.as_str(),
                r.timezone,
                ts(r.cycle_started_at),
                r.availability,
                r.response_target,
                r.response_clock,
                r.response_due.map(ts),
                r.first_response_at.map(ts),
                c.case_number,
                c.contact,
                c.contact_method.map(|m| m.as_str()),
                c.available_24x7,
                c.engineer,
                c.owner,
                c.incidents.join(" "),
                c.resolution,
                c.target_started_at.map(ts),
            ])?;
        self.event(r.id, event)?;
        self.refresh_search(r.id)
    }

    /// Recompute a request's search text from its fields and notes, and re-index it.
    pub fn refresh_search(&self, id: i64) -> rusqlite::Result<()> {
        refresh_search(&self.tx, id)
    }

    /// Requests in `tenant` (or any tenant) whose case number is `number`, compared
    /// without regard to case: (id, tenant).
    pub fn find_case(
        &self,
        number: &str,
        tenant: Option<&str>,
    ) -> rusqlite::Result<Vec<(i64, String)>> {
        find_case(&self.tx, number, tenant)
    }

    /// A request's events with their row ids, oldest first (no import event).
    pub fn events_with_ids(&self, id: i64) -> rusqlite::Result<Vec<(i64, Event)>> {
        let mut st = self.tx.prepare_cached(
            "SELECT id, at, actor, kind, detail, data FROM events WHERE request_id = ?1 ORDER BY id",
        )?;
        let rows = st.query_map([id], |r| {
            Ok((
                r.get(0)?,
                Event {
                    at: from_ts(r.get(1)?)?,
                    actor: r.get(2)?,
                    kind: r.get(3)?,
                    detail: r.get(4)?,
                    data: r.get(5)?,
                },
            ))
        })?;
        rows.collect()
    }

    /// Rewrite an event's text (redaction, SPEC 7: the one change that rewrites history).
    pub fn rewrite_event(
        &self,
        event_id: i64,
        detail: &str,
        data: Option<&str>,
    ) -> rusqlite::Result<()> {
        self.tx
            .prepare_cached("UPDATE events SET detail = ?2, data = ?3 WHERE id = ?1")?
            .execute(params![event_id, detail, data])?;
        Ok(())
    }

    /// Rewrite the resolutions of a request's earlier cycles (redaction).
    pub fn redact_cycles(&self, id: i64, text: &str) -> rusqlite::Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE cycles SET resolution = ?2 WHERE request_id = ?1 AND resolution IS NOT NULL",
            )?
            .execute(params![id, text])?;
        Ok(())
    }
}

fn insert_cycle(
    st: &mut rusqlite::Statement<'_>,
    id: i64,
    p: &PastCycle,
) -> rusqlite::Result<usize> {
    st.execute(params![
        id,
        p.seq,
        ts(p.cycle.started_at),
        p.severity.map(|s| s.as_str()),
        p.availability,
        p.response_target,
        p.response_clock,
        p.cycle.due.map(ts),
        p.cycle.responded_at.map(ts),
        p.cycle.closed_at.map(ts),
        p.resolution,
    ])
}

fn find_case(
    conn: &Connection,
    number: &str,
    tenant: Option<&str>,
) -> rusqlite::Result<Vec<(i64, String)>> {
    let mut st = conn.prepare_cached(
        "SELECT id, tenant FROM requests WHERE case_number = ?1 COLLATE NOCASE \
         AND (?2 IS NULL OR tenant = ?2) ORDER BY tenant, id",
    )?;
    let rows = st.query_map(params![number, tenant], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// The searchable texts of a request's events ([`event_search_text`]), oldest first; with
/// `until`, only those recorded at or before it.
fn event_texts(
    conn: &Connection,
    id: i64,
    until: Option<DateTime<Utc>>,
) -> rusqlite::Result<Vec<String>> {
    conn.prepare_cached(
        "SELECT kind, detail, data FROM events WHERE request_id = ?1 \
         AND (kind = ?2 OR data IS NOT NULL) AND (?3 IS NULL OR at <= ?3) ORDER BY id",
    )?
    .query_map(params![id, NOTE, until.map(ts)], |row| {
        let (kind, detail, data): (String, String, Option<String>) =
            (row.get(0)?, row.get(1)?, row.get(2)?);
        Ok(event_search_text(&kind, &detail, data.as_deref()))
    })?
    .filter_map(|t| t.transpose())
    .collect()
}

/// Recompute one request's search text and re-index it (external-content FTS: the old
/// text is removed from the index with the value it was indexed with).
pub(crate) fn refresh_search(conn: &Connection, id: i64) -> rusqlite::Result<()> {
    let Some(r) = get_request(conn, id)? else {
        return Ok(());
    };
    let old: String = conn
        .prepare_cached("SELECT search_text FROM requests WHERE id = ?1")?
        .query_row([id], |row| row.get(0))?;
    let notes = event_texts(conn, id, None)?;
    let new = r.search_text(notes.iter().map(String::as_str));
    if new == old {
        return Ok(());
    }
    if !old.is_empty() {
        conn.prepare_cached(
            "INSERT INTO requests_fts (requests_fts, rowid, search_text) VALUES ('delete', ?1, ?2)",
        )?
        .execute(params![id, old])?;
    }
    if !new.is_empty() {
        conn.prepare_cached(INSERT_FTS)?.execute(params![id, new])?;
    }
    conn.prepare_cached("UPDATE requests SET search_text = ?2 WHERE id = ?1")?
        .execute(params![id, new])?;
    Ok(())
}

/// Fill every request's search text and rebuild the index (the upgrade to schema 3).
pub(crate) fn reindex_all(conn: &Connection) -> rusqlite::Result<()> {
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM requests")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for id in ids {
        refresh_search(conn, id)?;
    }
    Ok(())
}

/// An error decoding a request row, naming the request and the column.
fn row_error(path: &Path, row: &Row<'_>, e: rusqlite::Error) -> anyhow::Error {
    let names = |i: usize| {
        row.as_ref()
            .column_name(i)
            .map_or_else(|_| format!("{}", i + 1), str::to_string)
    };
    match open::unreadable_value(&e, Some(&names)) {
        Some(what) => {
            let id = row
                .get::<_, i64>("id")
                .map_or_else(|_| String::new(), |id| format!("request {id}, "));
            crate::error::failure(format!(
                "the ledger {} holds a value svcreq cannot read ({id}{what}); it was changed outside svcreq — fix that row with sqlite3, or restore the ledger from a backup",
                path.display()
            ))
        }
        None => open::db_error(path, e),
    }
}

fn get_request(conn: &Connection, id: i64) -> rusqlite::Result<Option<Request>> {
    conn.prepare_cached(&format!(
        "SELECT {REQUEST_COLUMNS} FROM requests WHERE id = ?1"
    ))?
    .query_row([id], request_from_row)
    .optional()
}

/// Most trigrams a search looks up in the index; the rest of a long text is checked
/// on the candidates.
const SEARCH_TRIGRAMS: usize = 16;

/// Add the condition of `list --search TEXT` (SPEC 7) to a query: the text, folded as the
/// search text is (case and width ignored), is a substring of the request's search text.
/// Three characters or more go through the trigram index (every trigram of the text must
/// be in the request's, then the substring is checked on those candidates); shorter text
/// is looked for in every request's search text.
pub fn push_search(sql: &mut String, args: &mut Vec<rusqlite::types::Value>, text: &str) {
    let folded = crate::rules::case::fold(text);
    if let Some(q) = fts_query(&folded) {
        args.push(q.into());
        sql.push_str(&format!(
            " AND id IN (SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?{})",
            args.len()
        ));
    }
    args.push(folded.into());
    sql.push_str(&format!(" AND instr(search_text, ?{}) > 0", args.len()));
}

/// The FTS5 query that finds the candidates for a folded search text: its distinct
/// trigrams (at most [`SEARCH_TRIGRAMS`], spread over the text), each quoted, all
/// required. None when the text is shorter than a trigram.
pub fn fts_query(folded: &str) -> Option<String> {
    let chars: Vec<char> = folded.chars().collect();
    if chars.len() < 3 {
        return None;
    }
    let mut grams: Vec<String> = Vec::new();
    for w in chars.windows(3) {
        let g: String = w.iter().collect();
        if !grams.contains(&g) {
            grams.push(g);
        }
    }
    if grams.len() > SEARCH_TRIGRAMS {
        let step = grams.len() as f64 / SEARCH_TRIGRAMS as f64;
        grams = (0..SEARCH_TRIGRAMS)
            .map(|i| grams[(i as f64 * step) as usize].clone())
            .collect();
    }
    Some(
        grams
            .iter()
            .map(|g| format!("\"{}\"", g.replace('"', "\"\"")))
            .collect::<Vec<_>>()
            .join(" AND "),
    )
}

impl Store {
    /// Open the ledger at `path`. For `Access::Read` a missing or empty file is an
    /// empty ledger (`Ok(None)`) and nothing is created; `Access::Write` creates it.
    pub fn open(path: &Path, access: Access) -> anyhow::Result<Option<Store>> {
        open::open(path, access)
    }

    /// Run `f` inside one IMMEDIATE transaction; commit when it returns Ok.
    pub fn write<T>(
        &mut self,
        f: impl FnOnce(&Write<'_>) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| open::db_error(&path, e))?;
        let w = Write { tx };
        // A driver error from inside the transaction (a full disk while inserting) becomes
        // the one sentence the ledger's errors are told in, never the driver's own text.
        let out = f(&w).map_err(|e| match e.downcast::<rusqlite::Error>() {
            Ok(db) => open::db_error(&path, db),
            Err(e) => e,
        })?;
        w.tx.commit().map_err(|e| open::db_error(&path, e))?;
        Ok(out)
    }

    /// Readies the connection for one large write (an import): a page cache of up to 32 MiB,
    /// enough for the indexes' working set while the table's pages spill into the WAL, and
    /// small enough that an import of any size stays under 64 MB. SQLite allocates cache
    /// pages only as they fill.
    pub fn prepare_bulk(&self) -> anyhow::Result<()> {
        self.conn
            .pragma_update(None, "cache_size", -32 * 1024)
            .map_err(|e| open::db_error(&self.path, e))
    }

    /// The time zone a tenant's latest request was filed in; None when the ledger holds no
    /// request of that tenant (a tenant that has left the config keeps its history).
    pub fn tenant_zone(&self, tenant: &str) -> anyhow::Result<Option<String>> {
        self.conn
            .query_row(
                "SELECT timezone FROM requests WHERE tenant = ?1 ORDER BY id DESC LIMIT 1",
                params![tenant],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| open::db_error(&self.path, e))
    }

    /// One request.
    pub fn get(&self, id: i64) -> anyhow::Result<Option<Request>> {
        get_request(&self.conn, id).map_err(|e| open::db_error(&self.path, e))
    }

    /// A request's history, oldest first; a request brought in by an import without a
    /// history of its own begins with that import's "imported" event.
    pub fn events(&self, id: i64) -> anyhow::Result<Vec<Event>> {
        let run = || -> rusqlite::Result<Vec<Event>> {
            let mut st = self.conn.prepare_cached(
                "SELECT at, actor, kind, detail, data FROM ( \
                   SELECT 0 AS seq, i.at, i.actor, 'imported' AS kind, 'imported' AS detail, NULL AS data \
                     FROM requests r JOIN imports i ON i.id = r.import_id WHERE r.id = ?1 \
                   UNION ALL \
                   SELECT id, at, actor, kind, detail, data FROM events WHERE request_id = ?1 \
                 ) ORDER BY seq",
            )?;
            let rows = st.query_map([id], |r| {
                Ok(Event {
                    at: from_ts(r.get(0)?)?,
                    actor: r.get(1)?,
                    kind: r.get(2)?,
                    detail: r.get(3)?,
                    data: r.get(4)?,
                })
            })?;
            rows.collect()
        };
        run().map_err(|e| open::db_error(&self.path, e))
    }

    /// Earlier response cycles of a request, oldest first.
    pub fn past_cycles(&self, id: Option<i64>) -> anyhow::Result<Vec<PastCycle>> {
        let run = || -> rusqlite::Result<Vec<PastCycle>> {
            let mut st = self.conn.prepare_cached(
                "SELECT request_id, seq, severity, availability, response_target, response_clock, started_at, \
                 response_due, first_response_at, closed_at, resolution FROM cycles WHERE ?1 IS NULL OR request_id = ?1 \
                 ORDER BY request_id, seq",
            )?;
            let rows = st.query_map([id], |r| {
                Ok(PastCycle {
                    request_id: r.get(0)?,
                    seq: r.get(1)?,
                    severity: parse_opt(r, 2)?,
                    availability: r.get(3)?,
                    response_target: r.get(4)?,
                    response_clock: r.get(5)?,
                    cycle: Cycle {
                        started_at: from_ts(r.get(6)?)?,
                        due: opt_ts(r.get(7)?)?,
                        responded_at: opt_ts(r.get(8)?)?,
                        closed_at: opt_ts(r.get(9)?)?,
                    },
                    resolution: r.get(10)?,
                })
            })?;
            rows.collect()
        };
        run().map_err(|e| open::db_error(&self.path, e))
    }

    /// The SQL and arguments of the `list` query for `f`.
    pub fn list_query(f: &ListFilter) -> (String, Vec<rusqlite::types::Value>) {
        let columns = if f.brief {
            BRIEF_COLUMNS
        } else {
            REQUEST_COLUMNS
        };
        let mut sql = format!("SELECT {columns} FROM requests WHERE 1 = 1");
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let any_of = |col: &str,
                      vals: Vec<String>,
                      sql: &mut String,
                      args: &mut Vec<rusqlite::types::Value>| {
            if vals.is_empty() {
                return;
            }
            let marks: Vec<String> = vals
                .into_iter()
                .map(|v| {
                    args.push(v.into());
                    format!("?{}", args.len())
                })
                .collect();
            sql.push_str(&format!(" AND {col} IN ({})", marks.join(", ")));
        };
        // A literal, not a parameter: the planner can then use the partial index of open requests.
        match f.status {
            Some(Status::Open) => sql.push_str(" AND status = 'open'"),
            Some(Status::Closed) => sql.push_str(" AND status = 'closed'"),
            None => {}
        }
        any_of(
            "severity",
            f.severities.iter().map(|s| s.as_str().into()).collect(),
            &mut sql,
            &mut args,
        );
        any_of(
            "category",
            f.categories.iter().map(|s| s.as_str().into()).collect(),
            &mut sql,
            &mut args,
        );
        any_of("tenant", f.tenants.clone(), &mut sql, &mut args);
        any_of("plan", f.plans.clone(), &mut sql, &mut args);
        if let Some(t) = f.since {
            args.push(ts(t).into());
            sql.push_str(&format!(" AND opened_at >= ?{}", args.len()));
        }
        if let Some(t) = f.until {
            args.push(ts(t).into());
            sql.push_str(&format!(" AND opened_at <= ?{}", args.len()));
        }
        if let Some(t) = f.closed_since {
            args.push(ts(t).into());
            sql.push_str(&format!(
                " AND (closed_at IS NULL OR closed_at >= ?{})",
                args.len()
            ));
        }
        if let Some(q) = &f.search {
            push_search(&mut sql, &mut args, q);
        }
        if let Some(n) = &f.case_number {
            args.push(n.clone().into());
            sql.push_str(&format!(
                " AND case_number = ?{} COLLATE NOCASE",
                args.len()
            ));
        }
        if let Some(i) = &f.incident {
            // Candidates from the search index, then the exact id in the list.
            push_search(&mut sql, &mut args, i);
            args.push(format!(" {i} ").into());
            sql.push_str(&format!(
                " AND instr(' ' || incidents || ' ', ?{}) > 0",
                args.len()
            ));
        }
        if let Some((from, to)) = f.closed_between {
            args.push(ts(from).into());
            args.push(ts(to).into());
            let n = args.len();
            sql.push_str(&format!(
                " AND status = 'closed' AND channel = 'online' AND closed_at >= ?{} AND closed_at <= ?{n}",
                n - 1
            ));
        }
        sql.push_str(match f.sort {
            SortKey::Due => " ORDER BY response_due IS NULL, response_due, id",
            SortKey::Opened => " ORDER BY opened_at DESC, id DESC",
            SortKey::Severity => {
                " ORDER BY severity IS NULL, severity, response_due IS NULL, response_due, id"
            }
            SortKey::Id => " ORDER BY id",
        });
        if let Some(n) = f.limit {
            args.push((n.min(i64::MAX as u64) as i64).into());
            sql.push_str(&format!(" LIMIT ?{}", args.len()));
        }
        (sql, args)
    }

    /// Whether any request has a recorded action after `t` (SPEC 6): only then does a
    /// point-in-time view need to look into histories. One index lookup.
    pub fn history_after(&self, t: DateTime<Utc>) -> anyhow::Result<bool> {
        let latest: Option<i64> = self
            .conn
            .prepare_cached("SELECT max(last_at) FROM requests")
            .and_then(|mut st| st.query_row([], |r| r.get(0)))
            .map_err(|e| open::db_error(&self.path, e))?;
        Ok(latest.is_some_and(|l| l > ts(t)))
    }

    /// Requests matching `f`, streamed to `each` in order; `each` returns false to stop.
    /// With `f.as_of`, each request is shown as it stood then ([`Request::as_of`]).
    pub fn list(
        &self,
        f: &ListFilter,
        mut each: impl FnMut(Request) -> anyhow::Result<bool>,
    ) -> anyhow::Result<()> {
        if let Some(t) = f.as_of
            && self.history_after(t)?
        {
            return self.list_as_of(f, t, each);
        }
        let (sql, args) = Store::list_query(f);
        let path = &self.path;
        let mut st = self
            .conn
            .prepare_cached(&sql)
            .map_err(|e| open::db_error(path, e))?;
        let mut rows = st
            .query(rusqlite::params_from_iter(args))
            .map_err(|e| open::db_error(path, e))?;
        while let Some(row) = rows.next().map_err(|e| open::db_error(path, e))? {
            let r = if f.brief {
                brief_request_from_row(row)
            } else {
                request_from_row(row)
            }
            .map_err(|e| row_error(path, row, e))?;
            if !each(r)? {
                break;
            }
        }
        Ok(())
    }

    /// `r` as it stood at `t` (SPEC 6): the changes recorded after `t` undone (each event's
    /// old values), then the cycle in force at `t` ([`Request::as_of`]). None when it was
    /// opened after `t`.
    pub fn as_of(&self, r: Request, t: DateTime<Utc>) -> anyhow::Result<Option<Request>> {
        if r.opened_at > t {
            return Ok(None);
        }
        let mut r = r;
        let run = || -> rusqlite::Result<Vec<String>> {
            let mut st = self.conn.prepare_cached(
                "SELECT data FROM events WHERE request_id = ?1 AND at > ?2 \
                 AND data IS NOT NULL AND kind <> 'redacted' ORDER BY id DESC",
            )?;
            let rows = st.query_map(params![r.id, ts(t)], |row| row.get(0))?;
            rows.collect()
        };
        for data in run().map_err(|e| open::db_error(&self.path, e))? {
            r.undo(&data);
        }
        let past = if r.cycle_started_at > t {
            self.past_cycles(Some(r.id))?
        } else {
            Vec::new()
        };
        Ok(r.as_of(t, &past))
    }

    /// The texts of a request's notes recorded at or before `t`, oldest first.
    fn notes_until(&self, id: i64, t: DateTime<Utc>) -> anyhow::Result<Vec<String>> {
        event_texts(&self.conn, id, Some(t)).map_err(|e| open::db_error(&self.path, e))
    }

    /// `list` at a past instant `t`: the filters that do not change over time run in SQL;
    /// status and severity are judged on each request as it stood at `t`, then sorted.
    fn list_as_of(
        &self,
        f: &ListFilter,
        t: DateTime<Utc>,
        mut each: impl FnMut(Request) -> anyhow::Result<bool>,
    ) -> anyhow::Result<()> {
        // What can change over time is judged on the request as it stood at `t`.
        let g = ListFilter {
            status: None,
            severities: Vec::new(),
            search: None,
            case_number: None,
            incident: None,
            closed_between: None,
            limit: None,
            brief: false,
            sort: SortKey::Id,
            ..f.clone()
        };
        let search = f.search.as_deref().map(crate::rules::case::fold);
        let (mut sql, mut args) = Store::list_query(&g);
        args.push(ts(t).into());
        let at = args.len();
        sql = sql.replace(
            " ORDER BY id",
            &format!(" AND opened_at <= ?{at} ORDER BY id"),
        );
        let path = &self.path;
        let mut rows = Vec::new();
        {
            let mut st = self
                .conn
                .prepare(&sql)
                .map_err(|e| open::db_error(path, e))?;
            let mut q = st
                .query(rusqlite::params_from_iter(args))
                .map_err(|e| open::db_error(path, e))?;
            while let Some(row) = q.next().map_err(|e| open::db_error(path, e))? {
                rows.push(request_from_row(row).map_err(|e| row_error(path, row, e))?);
            }
        }
        let mut then = Vec::with_capacity(rows.len());
        for r in rows {
            let Some(r) = self.as_of(r, t)? else { continue };
            if f.status.is_some_and(|s| s != r.status)
                || (!f.severities.is_empty()
                    && !r.severity.is_some_and(|s| f.severities.contains(&s)))
                || f.case_number.as_ref().is_some_and(|n| {
                    !r.case
                        .case_number
                        .as_ref()
                        .is_some_and(|c| c.eq_ignore_ascii_case(n))
                })
                || f.incident
                    .as_ref()
                    .is_some_and(|i| !r.case.incidents.iter().any(|x| x == i))
                || f.closed_between.is_some_and(|(from, to)| {
                    !(r.status == Status::Closed
                        && r.channel == Channel::Online
                        && r.closed_at.is_some_and(|c| from <= c && c <= to))
                })
            {
                continue;
            }
            if let Some(q) = &search {
                let notes = self.notes_until(r.id, t)?;
                if !r
                    .search_text(notes.iter().map(String::as_str))
                    .contains(q.as_str())
                {
                    continue;
                }
            }
            then.push(r);
        }
        match f.sort {
            SortKey::Due => then.sort_by_key(|r| (r.response_due.is_none(), r.response_due, r.id)),
            SortKey::Opened => then.sort_by_key(|r| std::cmp::Reverse((r.opened_at, r.id))),
            SortKey::Severity => then.sort_by_key(|r| {
                (
                    r.severity.is_none(),
                    r.severity.map(|s| s.as_str()),
                    r.response_due.is_none(),
                    r.response_due,
                    r.id,
                )
            }),
            SortKey::Id => {}
        }
        for r in then
            .into_iter()
            .take(f.limit.map_or(usize::MAX, |n| n as usize))
        {
            if !each(r)? {
                break;
            }
        }
        Ok(())
    }

    /// Requests whose case number is `number` (any case), in `tenant` or any: (id, tenant).
    pub fn find_case(
        &self,
        number: &str,
        tenant: Option<&str>,
    ) -> anyhow::Result<Vec<(i64, String)>> {
        find_case(&self.conn, number, tenant).map_err(|e| open::db_error(&self.path, e))
    }

    /// The underlying connection, for tests of pragmas and query plans.
    #[doc(hidden)]
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_queries_require_every_trigram_quoted() {
        assert_eq!(fts_query("障害"), None);
        assert_eq!(
            fts_query("teams").unwrap(),
            "\"tea\" AND \"eam\" AND \"ams\""
        );
        assert_eq!(fts_query("a\"bc").unwrap(), "\"a\"\"b\" AND \"\"\"bc\"");
        assert_eq!(fts_query("aaaaa").unwrap(), "\"aaa\"");
        let long = fts_query(&"abcdefghijklmnopqrstuvwxyz".repeat(3)).unwrap();
        assert_eq!(long.matches(" AND ").count(), SEARCH_TRIGRAMS - 1);
    }
}
