//! The ledger: the only module that speaks SQL. Owns the connection and its pragmas,
//! schema creation and migration by `PRAGMA user_version`, and every query. Every write
//! is one IMMEDIATE transaction that also appends its event (SPEC 1.5, 1.6; issue 2).

pub mod access;
mod bulk;
mod copy;
mod open;
pub mod pg;
pub mod sql;
mod stage;

pub use copy::{Copied, sqlite_file_version};
pub use open::{
    Access, CURRENT_VERSION, SQLITE_HEADER, SVCREQ_APPLICATION_ID, refuse_conninfo, special_kind,
};
pub use sql::{Arg, DbError, DbResult};
pub use stage::Staged;

use pg::PgConn;
use sql::Get;

use crate::rules::history::LatestAction;
use crate::rules::{Category, Channel, Cycle, Severity};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// An open ledger: an SQLite file, or a team ledger on PostgreSQL (SPEC 8).
pub struct Store {
    conn: Backend,
    /// The file, or the URL without a password: what messages name.
    path: PathBuf,
}

/// The two backends: a closed set, so every store method is written for both.
enum Backend {
    Sqlite(Connection),
    Pg(Box<PgConn>),
}

pub use crate::rules::record::{Case, Event, NOTE, PastCycle, Request, SeveritySource, Status};

/// Which requests `list` reads, and in what order.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// None: all.
    pub status: Option<Status>,
    pub severities: Vec<Severity>,
    pub categories: Vec<Category>,
    /// Only these tenants (empty: all); with `as_of`, the tenant each request had then.
    pub tenants: Vec<String>,
    /// The tenants the actor may see (SPEC 1.7; None: every tenant). Access is judged on
    /// the request as it is now, whatever instant is shown: with `as_of`, a request is
    /// listed only when both its tenant now and its tenant then are among them (the
    /// second through `tenants`, which the caller intersects with these).
    pub visible: Option<Vec<String>>,
    /// Only these plans (empty: all); with `as_of`, the plan each request had then.
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
    /// Leave out the description (see [`BRIEF_COLUMNS`]), which is read as empty: the
    /// `list` table does not show it, and a view should not pay for a text of up to a
    /// megabyte it does not show. The other texts the table does not show are checked
    /// where they lie and left empty ([`brief_request_from_row`]); every row is refused
    /// exactly when a full read refuses it.
    pub brief: bool,
    /// Show the ledger as it stood at this instant (SPEC 6, `--now T`): requests opened
    /// later do not exist yet, and actions recorded after it have not happened.
    pub as_of: Option<DateTime<Utc>>,
}

/// The requests that have rows in the cycles table (a hand edit may have added some to a
/// request never reopened).
struct WithCycles(std::collections::HashSet<i64>);

impl WithCycles {
    /// Whether request `r` has earlier cycles to read for its read check: reopened, as its
    /// row says, or with cycles in the table (which the check then refuses).
    fn holds(&self, r: &Request) -> bool {
        r.reopen_count > 0 || self.0.contains(&r.id)
    }
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

/// Where a statement runs: an SQLite connection (or transaction), or a PostgreSQL
/// connection (inside the transaction the caller began, if any).
#[derive(Clone, Copy)]
pub enum Db<'a> {
    Sqlite(&'a Connection),
    Pg(&'a PgConn),
}

impl Db<'_> {
    /// Run a statement; the number of rows it changed.
    pub fn exec(self, sql: &str, args: &[Arg<'_>]) -> DbResult<u64> {
        match self {
            Db::Sqlite(c) => Ok(c
                .prepare_cached(sql)?
                .execute(rusqlite::params_from_iter(args))? as u64),
            Db::Pg(p) => p.exec(sql, args),
        }
    }

    /// Insert a row; its new `id`.
    pub fn insert(self, sql: &str, args: &[Arg<'_>]) -> DbResult<i64> {
        match self {
            Db::Sqlite(c) => {
                c.prepare_cached(sql)?
                    .execute(rusqlite::params_from_iter(args))?;
                Ok(c.last_insert_rowid())
            }
            Db::Pg(p) => {
                let rows = p.query(&format!("{sql} RETURNING id"), args)?;
                rows.first()
                    .ok_or_else(|| DbError::Value(crate::tr!("import-no-id")))?
                    .int(0)
            }
        }
    }

    /// Every row of a query, each decoded by `f`.
    pub fn rows<T>(
        self,
        sql: &str,
        args: &[Arg<'_>],
        mut f: impl FnMut(&dyn Get) -> DbResult<T>,
    ) -> DbResult<Vec<T>> {
        let mut out = Vec::new();
        self.each(sql, args, |r| {
            out.push(f(r)?);
            Ok(true)
        })?;
        Ok(out)
    }

    /// The first row of a query, decoded by `f`.
    pub fn row<T>(
        self,
        sql: &str,
        args: &[Arg<'_>],
        f: impl FnOnce(&dyn Get) -> DbResult<T>,
    ) -> DbResult<Option<T>> {
        let mut f = Some(f);
        let mut out = None;
        self.each(sql, args, |r| {
            if let Some(f) = f.take() {
                out = Some(f(r)?);
            }
            Ok(false)
        })?;
        Ok(out)
    }

    /// Each row of a query in turn, until `f` returns false. SQLite streams them; the
    /// PostgreSQL rows arrive whole first.
    pub fn each(
        self,
        sql: &str,
        args: &[Arg<'_>],
        mut f: impl FnMut(&dyn Get) -> DbResult<bool>,
    ) -> DbResult<()> {
        match self {
            Db::Sqlite(c) => {
                let mut st = c.prepare_cached(sql)?;
                let mut rows = st.query(rusqlite::params_from_iter(args))?;
                while let Some(r) = rows.next()? {
                    if !f(r)? {
                        break;
                    }
                }
                Ok(())
            }
            Db::Pg(p) => {
                for r in p.query(sql, args)? {
                    if !f(&r)? {
                        break;
                    }
                }
                Ok(())
            }
        }
    }

    pub fn is_pg(self) -> bool {
        matches!(self, Db::Pg(_))
    }

    /// Statements without arguments (a transaction's BEGIN or COMMIT), in one round trip.
    pub fn batch(self, sql: &str) -> DbResult<()> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Db::Pg(p) => p.batch(sql),
        }
    }
}

pub(crate) fn ts(t: DateTime<Utc>) -> i64 {
    t.timestamp()
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

/// The incident ids of an `incidents` column as svcreq writes it ([`incidents_as_written`]).
fn split_incidents(s: String) -> Vec<String> {
    s.split(' ')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether `s` is an `incidents` column as svcreq writes one (SPEC 7): empty, or incident
/// ids ([`crate::rules::case::check_incident`]) each separated from the next by one space.
fn incidents_as_written(s: &str) -> bool {
    s.is_empty()
        || s.split(' ')
            .all(|i| crate::rules::case::check_incident(i).is_ok_and(|t| t == i))
}

/// Whether `name` is a time zone svcreq knows (the IANA database it carries).
fn known_zone(name: &str) -> bool {
    crate::rules::zone::Zone::get(name).is_some()
}

/// An event from `at, actor, kind, detail, data` (data checked to be JSON, the kind one
/// svcreq records: [`crate::rules::record::EVENT_KINDS`]). Every read of an event row makes
/// these checks: an event of a kind no command writes is refused by every reader as import
/// refuses it (SPEC 6, 7), named as `column events.kind`.
fn event_from_row(r: &dyn Get) -> DbResult<Event> {
    event_from_row_at(r, 0)
}

/// As [`event_from_row`], its columns beginning at column `i`.
fn event_from_row_at(r: &dyn Get, i: usize) -> DbResult<Event> {
    let kind = r.text(i + 2)?;
    if !crate::rules::record::EVENT_KINDS.contains(&kind.as_str()) {
        return Err(DbError::Value(crate::tr!(
            "store-column-unexpected",
            column = crate::tr!("store-column", column = "events.kind"),
            value = crate::output::inert_line(&kind)
        )));
    }
    Ok(Event {
        at: r.time(i)?,
        actor: r.text(i + 1)?,
        kind,
        detail: r.text(i + 3)?,
        data: r.opt_json(i + 4)?,
    })
}

/// One request's row ([`REQUEST_COLUMNS`]) with the time and actor of the import that
/// brought it in (NULL for a request filed here), the request named by `id`: a placeholder
/// (`?1`), or a number written as SQL ([`read_ahead_sql`]).
fn request_with_import_sql(id: &str) -> String {
    format!(
        "SELECT {REQUEST_COLUMNS}, \
         (SELECT i.at FROM imports i WHERE i.id = requests.import_id), \
         (SELECT i.actor FROM imports i WHERE i.id = requests.import_id) \
         FROM requests WHERE id = {id}"
    )
}

/// A request's events, oldest first (the request: `?1`).
const EVENTS_OF_REQUEST: &str =
    "SELECT at, actor, kind, detail, data FROM events WHERE request_id = ?1 ORDER BY id";

/// The statements that read request `id` and its events as [`Store::get_with_events`]
/// does, for a team ledger's simple query ([`access::open`] reads them ahead): the id is
/// written into them as a number, the only value of the caller's they hold.
pub(crate) fn read_ahead_sql(id: i64) -> String {
    format!(
        "{}; {}",
        request_with_import_sql(&id.to_string()),
        EVENTS_OF_REQUEST.replace("?1", &id.to_string())
    )
}

/// The "imported" event that begins the history of a request brought in by an import
/// without its own, from the import's time and actor after [`REQUEST_COLUMNS`].
fn imported_event(r: &dyn Get) -> DbResult<Option<Event>> {
    let n = REQUEST_COLUMNS.split(',').count();
    Ok(match r.opt_time(n)? {
        Some(at) => Some(Event {
            at,
            actor: r.text(n + 1)?,
            kind: "imported".into(),
            detail: "imported".into(),
            data: None,
        }),
        None => None,
    })
}

/// A request and its history from the rows of [`request_with_import_sql`] (none: no such
/// request) and [`EVENTS_OF_REQUEST`].
fn request_and_events<'a>(
    request: Option<&dyn Get>,
    events: impl Iterator<Item = &'a dyn Get>,
) -> DbResult<Option<(Request, Vec<Event>)>> {
    let Some(r) = request else {
        return Ok(None);
    };
    let mut history: Vec<Event> = imported_event(r)?.into_iter().collect();
    let request = request_from_row(r)?;
    for e in events {
        history.push(event_from_row(e).map_err(|e| e.in_request(request.id))?);
    }
    Ok(Some((request, history)))
}

/// A request from a row of [`REQUEST_COLUMNS`], on either backend; a value it cannot read
/// (a time zone, target or count that svcreq would not have written) is named with the
/// request's id.
fn request_from_row(r: &dyn Get) -> DbResult<Request> {
    let id = r.int(0)?;
    request_fields(r, id).map_err(|e| e.in_request(id))
}

fn request_fields(r: &dyn Get, id: i64) -> DbResult<Request> {
    consistent(read_fields(r, id, true)?)
}

/// The fields of a request from a row of [`REQUEST_COLUMNS`], decoded but not yet checked
/// as a whole; without `texts`, the texts a brief listing does not read (`description`,
/// `plan`, `tier`, `incidents` and the [`unshown_texts`]) are left empty.
fn read_fields(r: &dyn Get, id: i64, texts: bool) -> DbResult<Request> {
    let text = |i| if texts { r.text(i) } else { Ok(String::new()) };
    let opt_text = |i| if texts { r.opt_text(i) } else { Ok(None) };
    Ok(Request {
        id,
        tenant: r.text(1)?,
        title: r.text(2)?,
        description: text(3)?,
        category: r.parse(4)?,
        service: r.parse_opt(5)?,
        severity: r.parse_opt(6)?,
        severity_source: r.parse_opt(7)?,
        plan: text(8)?,
        tier: text(9)?,
        channel: r.parse(10)?,
        status: r.parse(11)?,
        opened_at: r.time(12)?,
        closed_at: r.opt_time(13)?,
        reopen_count: r.count(14)?,
        scope: r.parse(15)?,
        opened_by: text(16)?,
        timezone: r.text_where(17, known_zone)?,
        cycle_started_at: r.time(18)?,
        availability: r.text_of::<crate::rules::file::Availability>(19)?,
        response_target: r.text_of::<crate::rules::file::Response>(20)?,
        response_clock: r.text_of::<crate::rules::file::Clock>(21)?,
        response_due: r.opt_time(22)?,
        first_response_at: r.opt_time(23)?,
        case: Case {
            case_number: opt_text(24)?,
            contact: opt_text(25)?,
            contact_method: r.parse_opt(26)?,
            available_24x7: r.flag(27)?,
            engineer: opt_text(28)?,
            owner: opt_text(29)?,
            incidents: if texts {
                split_incidents(r.text_where(30, incidents_as_written)?)
            } else {
                Vec::new()
            },
            resolution: opt_text(31)?,
            target_started_at: r.opt_time(32)?,
        },
    })
}

/// `column` of a request named with why its value contradicts the rest of the record.
fn inconsistent(column: &str, why: String) -> DbError {
    DbError::Value(crate::tr!(
        "store-column-inconsistent",
        column = crate::tr!("store-column", column = column),
        why = why
    ))
}

/// `a` (column `name`) at or after `b` (column `other`), or the error naming `name`.
fn not_before(name: &str, a: DateTime<Utc>, other: &str, b: DateTime<Utc>) -> DbResult<()> {
    if a >= b {
        return Ok(());
    }
    Err(inconsistent(
        name,
        crate::tr!(
            "store-why-before",
            value = crate::time::format_utc(a),
            other = other,
            other_value = crate::time::format_utc(b)
        ),
    ))
}

/// The request when its columns agree as svcreq writes them (SPEC 6: a history is
/// ordered): closed exactly when it has a close time, its cycle started at or after the
/// opening, responded and closed at or after the cycle's start, responded no later than
/// closed, every value as some command writes it ([`values_written`]: a severity exactly
/// on a technical request, …), and every other check an import makes that the row alone
/// answers ([`crate::rules::history::check_own_row`]). The read check of a row: every reader of a
/// request row makes it, the brief listing included ([`brief_request_from_row`]). A row
/// edited by hand to contradict itself is refused by request and column (a few comparisons
/// a row).
fn consistent(r: Request) -> DbResult<Request> {
    row_check(r, true)
}

/// [`consistent`], with the [`unshown_texts`] checked too (`texts`) or left to the caller
/// (a brief listing checks them where they lie).
fn row_check(r: Request, texts: bool) -> DbResult<Request> {
    match (r.status, r.closed_at) {
        (Status::Closed, None) => {
            return Err(inconsistent(
                "closed_at",
                crate::tr!("store-why-closed-without-time"),
            ));
        }
        (Status::Open, Some(_)) => {
            return Err(inconsistent(
                "closed_at",
                crate::tr!("store-why-open-with-close-time"),
            ));
        }
        _ => {}
    }
    not_before(
        "cycle_started_at",
        r.cycle_started_at,
        "opened_at",
        r.opened_at,
    )?;
    if let Some(t) = r.first_response_at {
        not_before(
            "first_response_at",
            t,
            "cycle_started_at",
            r.cycle_started_at,
        )?;
    }
    if let Some(c) = r.closed_at {
        not_before("closed_at", c, "cycle_started_at", r.cycle_started_at)?;
        if let Some(t) = r.first_response_at {
            not_before("closed_at", c, "first_response_at", t)?;
        }
    }
    values_written(&r, texts)?;
    // And every check an import makes of a row that the row alone answers.
    crate::rules::history::check_own_row(
        &crate::rules::history::RowTimes::of(&r, &[], &[]),
        crate::time::format_utc,
    )
    .map_err(|why| inconsistent("history", why))?;
    Ok(r)
}

/// The values of `r` that no command writes (SPEC 1.3, 3, 6, 7), named by column: a
/// severity exactly on a technical request (SPEC 1.3, 6); a due time exactly on a target
/// that commits to a response ([`due_fault`]); no target but `none` out of scope (SPEC 6);
/// a tenant a config can name
/// ([`crate::rules::file::name_fault`]); a title that is not blank; an `opened_by` an actor can be
/// ([`crate::rules::actors::actor_flaw`]); a case number as `open` and `import` keep it
/// ([`crate::rules::case::check_case_number`]); a contact, engineer, owner or resolution
/// that is absent rather than empty (those [`unshown_texts`] only with `texts`). Pure, and
/// a few comparisons a row.
fn values_written(r: &Request, texts: bool) -> DbResult<()> {
    use crate::rules::file::{NameFlaw, name_fault};
    let shown = |v: &str| crate::output::inert_line(v).into_owned();
    match (r.category, r.severity) {
        (Category::Technical, None) => {
            return Err(inconsistent(
                "severity",
                crate::tr!("store-why-technical-without-severity"),
            ));
        }
        (c, Some(s)) if c != Category::Technical => {
            return Err(inconsistent(
                "severity",
                crate::tr!(
                    "store-why-severity-outside-technical",
                    category = c.as_str(),
                    severity = s.as_str()
                ),
            ));
        }
        _ => {}
    }
    // A severity without its source, or a source without a severity, stays readable: the
    // first import wrote both (a row's severity kept without a source, a presales row's
    // source kept without a severity).
    if let Some(flaw) = name_fault(&r.tenant) {
        let v = shown(&r.tenant);
        return Err(inconsistent(
            "tenant",
            match flaw {
                NameFlaw::Empty => crate::tr!("store-why-empty"),
                NameFlaw::Nul => crate::tr!("store-why-control", value = v, char = "U+0000"),
                NameFlaw::Comma => crate::tr!("store-why-comma", value = v),
                NameFlaw::BlankEnd => crate::tr!("store-why-blank-end", value = v),
            },
        ));
    }
    if r.title.trim().is_empty() {
        return Err(inconsistent("title", crate::tr!("store-why-empty")));
    }
    if let Some(why) = due_fault(&r.response_target, r.response_due) {
        return Err(inconsistent("response_due", why));
    }
    // Out of scope means no commitment (SPEC 6): every command files such a request with
    // none, and import refuses a row that records one.
    if r.scope != crate::rules::Scope::InScope && r.response_target != "none" {
        return Err(inconsistent(
            "response_target",
            crate::tr!(
                "store-why-out-of-scope-commitment",
                scope = r.scope.as_str(),
                target = shown(&r.response_target)
            ),
        ));
    }
    if texts {
        for (column, v) in unshown_texts(r) {
            if let Some(e) = text_fault(column, v) {
                return Err(e);
            }
        }
    }
    Ok(())
}

/// Why a cycle's due time contradicts its target `target` (SPEC 1.5, 6: "no silent no
/// commitment"), if it does: a target that commits to a response has a due time, and one
/// that commits to none has none (every command computes the one from the other, and a
/// config whose hours never reach a target is refused).
fn due_fault(target: &str, due: Option<DateTime<Utc>>) -> Option<String> {
    use crate::rules::file::Response;
    let committed = target.parse::<Response>().ok()? != Response::None;
    match (committed, due) {
        (true, None) => Some(crate::tr!(
            "store-why-committed-without-due",
            target = target
        )),
        (false, Some(_)) => Some(crate::tr!(
            "store-why-due-without-commitment",
            target = target
        )),
        _ => None,
    }
}

/// The duration of a target round the clock (`clock` "24x7", `target` a duration), which
/// depends on no calendar; None for any other target.
fn round_the_clock(target: &str, clock: &str) -> Option<chrono::Duration> {
    use crate::rules::file::Response;
    if clock != "24x7" {
        return None;
    }
    match target.parse::<Response>() {
        Ok(Response::After(secs)) => Some(chrono::Duration::seconds(secs)),
        _ => None,
    }
}

/// Why the current cycle's due time contradicts its target, if it does (SPEC 1.4, 1.5, 6):
/// under a duration round the clock it is the duration after the target began counting
/// (`target_started_at`, else the cycle's start), as every command writes it and import
/// takes it. One due time before its start is told as the time out of order it is.
fn current_due_fault(r: &Request) -> Option<String> {
    let due = r.response_due?;
    let span = round_the_clock(&r.response_target, &r.response_clock)?;
    let start = r.case.target_started_at.unwrap_or(r.cycle_started_at);
    let gives = start.checked_add_signed(span)?;
    if due == gives || due < start {
        return None;
    }
    Some(crate::tr!(
        "store-why-due-not-its-target",
        due = crate::time::format_utc(due),
        target = r.response_target.as_str(),
        start = crate::time::format_utc(start),
        gives = crate::time::format_utc(gives)
    ))
}

/// Why the due time of earlier cycle `n` (from 1) contradicts its target, if it does (SPEC
/// 1.4, 1.5, 6): under a duration round the clock, which depends on no calendar, the due
/// time is the duration after the target began counting, and a target began counting
/// within its cycle (at its start, or at a change of severity, category or tenant before
/// its close): so it lies between the start plus the duration and the close plus the
/// duration, as the current cycle's is its start plus the duration ([`current_due_fault`]).
/// A target the calendar moves, or none, is judged elsewhere ([`due_fault`], the import's
/// calendar bound).
fn cycle_due_fault(n: i64, c: &PastCycle) -> Option<String> {
    let due = c.cycle.due?;
    let span = round_the_clock(&c.response_target, &c.response_clock)?;
    let earliest = c.cycle.started_at.checked_add_signed(span)?;
    let latest = c
        .cycle
        .closed_at
        .and_then(|x| x.checked_add_signed(span))
        .unwrap_or(DateTime::<Utc>::MAX_UTC);
    if (earliest..=latest).contains(&due) {
        return None;
    }
    Some(crate::tr!(
        "store-why-cycle-due-not-its-target",
        cycle = n,
        due = crate::time::format_utc(due),
        target = c.response_target.as_str(),
        earliest = crate::time::format_utc(earliest),
        latest = crate::time::format_utc(latest)
    ))
}

/// The texts of `r` a brief listing checks where they lie rather than reads
/// ([`brief_request_from_row`]), by column: `opened_by` and the case's number, contact,
/// engineer, owner and resolution.
fn unshown_texts(r: &Request) -> [(&'static str, Option<&str>); 6] {
    let c = &r.case;
    [
        ("opened_by", Some(r.opened_by.as_str())),
        ("case_number", c.case_number.as_deref()),
        ("contact", c.contact.as_deref()),
        ("engineer", c.engineer.as_deref()),
        ("owner", c.owner.as_deref()),
        ("resolution", c.resolution.as_deref()),
    ]
}

/// What is wrong with text `v` (None: NULL) of one of the [`unshown_texts`] columns, as
/// no command writes it: an `opened_by` no actor can be
/// ([`crate::rules::actors::actor_flaw`]); a case number `open` and `import` would not
/// keep ([`crate::rules::case::check_case_number`]); a contact, engineer, owner or
/// resolution that is empty rather than absent (every command that sets one takes an
/// empty one as none, SPEC 7).
fn text_fault(column: &str, v: Option<&str>) -> Option<DbError> {
    use crate::rules::actors::{ActorFlaw, actor_flaw};
    let shown = |v: &str| crate::output::inert_line(v).into_owned();
    let why = match (column, v) {
        ("opened_by", None) => crate::tr!("store-why-empty"),
        ("opened_by", Some(v)) => match actor_flaw(v)? {
            ActorFlaw::Empty => crate::tr!("store-why-empty"),
            ActorFlaw::Control(c) => crate::tr!(
                "store-why-control",
                value = shown(v),
                char = format!("U+{:04X}", c as u32)
            ),
            ActorFlaw::BlankEnd(_) => crate::tr!("store-why-blank-end", value = shown(v)),
        },
        (_, None) => return None,
        ("case_number", Some(n)) if n.trim().is_empty() => crate::tr!("store-why-empty"),
        ("case_number", Some(n)) => {
            if crate::rules::case::check_case_number(n).ok().as_deref() == Some(n) {
                return None;
            }
            crate::tr!(
                "store-why-case-number",
                value = shown(n),
                max = crate::rules::case::CASE_NUMBER_MAX
            )
        }
        (_, Some("")) => crate::tr!("store-why-empty"),
        (_, Some(_)) => return None,
    };
    Some(inconsistent(column, why))
}

/// The whole record of `r` checked as [`consistent`] checks its row: as many earlier
/// cycles as its `reopen_count`, none started before the opening; with its `events`
/// (the import's own included, as [`Store::events`] reads them), none dated before the
/// opening, a response recorded in the current cycle only with its `first_response_at`,
/// and the history import holds a row's events to ([`crate::rules::record::check_events_agree`]:
/// kinds svcreq records, each naming who acted, one response and one close a cycle, and
/// ending where the row ends: a `first_response_at` or close time no event of its cycle
/// records is read only after an import that brought the request without it). Errors
/// name the request and the column. What a reader checks of a history it has read: no
/// history is read for this check alone.
pub fn consistent_history(
    r: &Request,
    cycles: &[PastCycle],
    events: Option<&[Event]>,
) -> DbResult<()> {
    let check = || -> DbResult<()> {
        history_contradiction(r, cycles, events)?;
        // And every check an import makes of a row's history: what would not import is
        // not read as a record, so no export is written that would not import (SPEC 7).
        crate::rules::history::check_row_times(
            &crate::rules::history::RowTimes::of(r, cycles, events.unwrap_or_default()),
            crate::rules::history::latest_representable(),
            crate::time::format_utc,
        )
        .map_err(|why| inconsistent("history", why))?;
        // A stored history begins with the request's opening, or with the import that
        // brought it in (SPEC 7): an empty one lost its start (what else comes first,
        // `check_events_agree` refuses as an import does).
        if events.is_some_and(<[Event]>::is_empty) {
            return Err(inconsistent("events", crate::tr!("store-why-no-opening")));
        }
        // An import checks a row's events only when it has some (an empty list imports).
        if let Some(events) = events.filter(|e| !e.is_empty()) {
            crate::rules::record::check_events_agree(r, cycles, events)
                .map_err(|f| inconsistent(&f.column(), f.why()))?;
        }
        // Then, of a record read with its history (what a row whose check value is not its
        // own is read with), what a history that agrees with it can still hold against its
        // targets: after the history, so every reader names the column `show` names.
        match events {
            Some(_) => due_contradiction(r, cycles),
            None => Ok(()),
        }
    };
    check().map_err(|e| e.in_request(r.id))
}

/// The due times of a whole record that contradict their targets round the clock (SPEC
/// 1.4, 1.5, 6): the current cycle's ([`current_due_fault`]) and each earlier cycle's
/// ([`cycle_due_fault`]), named by column. What every reader of a record checked against
/// its history holds it to (a row svcreq wrote, whose check value is its own, needs no
/// check), and import too. Pure, and a few comparisons a cycle.
pub fn due_contradiction(r: &Request, cycles: &[PastCycle]) -> DbResult<()> {
    if let Some(why) = current_due_fault(r) {
        return Err(inconsistent("response_due", why));
    }
    for (n, c) in (1..).zip(cycles) {
        if let Some(why) = cycle_due_fault(n, c) {
            return Err(inconsistent("cycles.response_due", why));
        }
    }
    Ok(())
}

/// The contradictions of a whole record that an import's own check of a row's times
/// ([`crate::rules::history::check_row_times`]) does not look for: as many earlier cycles
/// as its `reopen_count`, none started before the opening; with its `events`, none dated
/// before the opening (the import's own event aside), none whose data holds a value svcreq
/// could not read back ([`crate::rules::record::unreadable_data`]: a severity `Z`), and a
/// response recorded in the current cycle only with its `first_response_at`. Errors name
/// the column.
pub fn history_contradiction(
    r: &Request,
    cycles: &[PastCycle],
    events: Option<&[Event]>,
) -> DbResult<()> {
    {
        if cycles.len() as i64 != r.reopen_count {
            return Err(inconsistent(
                "reopen_count",
                crate::tr!(
                    "store-why-reopen-count",
                    value = r.reopen_count,
                    cycles = cycles.len()
                ),
            ));
        }
        for (n, c) in (1..).zip(cycles) {
            // Numbered 0, 1, … in order, as svcreq numbers them (the reopen count before).
            if c.seq != n - 1 {
                return Err(inconsistent(
                    "cycles.seq",
                    crate::tr!("store-why-cycle-seq", position = n, value = c.seq),
                ));
            }
            not_before(
                "cycles.started_at",
                c.cycle.started_at,
                "opened_at",
                r.opened_at,
            )?;
            if let Some(why) = due_fault(&c.response_target, c.cycle.due) {
                return Err(inconsistent("cycles.response_due", why));
            }
        }
        let Some(events) = events else {
            return Ok(());
        };
        for e in events.iter().filter(|e| e.kind != "imported") {
            not_before("events.at", e.at, "opened_at", r.opened_at)?;
            // What a view of an earlier instant reads back of the event (SPEC 6, 7).
            if let Some((field, value)) = e
                .data
                .as_deref()
                .and_then(crate::rules::record::unreadable_data)
            {
                return Err(DbError::Value(crate::tr!(
                    "store-column-unexpected",
                    column = crate::tr!("store-column", column = format!("events.data.{field}")),
                    value = crate::output::inert_line(&value)
                )));
            }
        }
        let current = events
            .iter()
            .rposition(|e| e.kind == "reopened")
            .map_or(events, |i| &events[i + 1..]);
        if r.first_response_at.is_none() && current.iter().any(|e| e.kind == "responded") {
            return Err(inconsistent(
                "first_response_at",
                crate::tr!("store-why-responded-without-time"),
            ));
        }
        Ok(())
    }
}

/// The columns of a brief listing (see [`ListFilter::brief`]): every column of
/// [`REQUEST_COLUMNS`], in its order, but the description, read as empty. The description
/// is the one text a listing neither shows nor checks, and the one that can be large (up
/// to a megabyte); [`brief_request_from_row`] checks the other texts the table does not
/// show where they lie, and a row it refuses is read in full from the same columns.
pub const BRIEF_COLUMNS: &str = r#"id, tenant, title, '' AS description, category, service, severity,
    severity_source, plan, tier, channel, status, opened_at, closed_at, reopen_count, scope, opened_by,
    timezone, cycle_started_at, availability, response_target, response_clock, response_due,
    first_response_at, case_number, contact, contact_method, available_24x7, engineer, owner, incidents,
    resolution, target_started_at"#;

/// A request from a row of [`BRIEF_COLUMNS`] for the `list` table, checked as every reader
/// checks a row ([`consistent`]): the texts the table does not show (`plan` and `tier`,
/// which no check reads, `incidents` and the [`unshown_texts`]) are checked where they lie,
/// without a copy, and left empty; every other column is read as [`request_from_row`]
/// reads it. A row any check refuses is read again in full, so its refusal is the one
/// every other reader gives.
fn brief_request_from_row(r: &dyn Get) -> DbResult<Request> {
    let id = r.int(0)?;
    match brief_fields(r, id) {
        Ok(Some(request)) => Ok(request),
        Ok(None) | Err(_) => request_from_row(r),
    }
}

/// The request of [`brief_request_from_row`]; None when an unshown text is not as
/// written (the full read names it).
fn brief_fields(r: &dyn Get, id: i64) -> DbResult<Option<Request>> {
    for (i, column) in [
        (16, "opened_by"),
        (24, "case_number"),
        (25, "contact"),
        (28, "engineer"),
        (29, "owner"),
        (31, "resolution"),
    ] {
        if !r.text_ok(i, &|v| text_fault(column, v).is_none()) {
            return Ok(None);
        }
    }
    if !r.text_ok(30, &|v| v.is_some_and(incidents_as_written)) {
        return Ok(None);
    }
    let request = read_fields(r, id, false)?;
    row_check(request, false).map(Some)
}

/// Inserts a request: ?1..?35 are its fields, ?36 its id when it keeps one.
const INSERT_REQUEST: &str = "INSERT INTO requests (tenant, title, description, category, service, severity, \
    severity_source, plan, tier, channel, status, opened_at, closed_at, reopen_count, scope, opened_by, timezone, \
    cycle_started_at, availability, response_target, response_clock, response_due, first_response_at, import_id, last_at, \
    case_number, contact, contact_method, available_24x7, engineer, owner, incidents, resolution, search_text, \
    target_started_at, id) \
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, \
    ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36)";

/// As [`INSERT_REQUEST`], taking the next free id (PostgreSQL has no NULL-means-next id).
const INSERT_REQUEST_NEW_ID: &str = "INSERT INTO requests (tenant, title, description, category, service, severity, \
    severity_source, plan, tier, channel, status, opened_at, closed_at, reopen_count, scope, opened_by, timezone, \
    cycle_started_at, availability, response_target, response_clock, response_due, first_response_at, import_id, last_at, \
    case_number, contact, contact_method, available_24x7, engineer, owner, incidents, resolution, search_text, \
    target_started_at) \
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, \
    ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35)";

const INSERT_EVENT: &str = "INSERT INTO events (request_id, at, actor, kind, detail, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

const INSERT_CYCLE: &str = "INSERT INTO cycles (request_id, seq, started_at, severity, availability, response_target, \
    response_clock, response_due, first_response_at, closed_at, resolution) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";

/// The search index's hash size (bytes of terms gathered in memory before a segment is
/// written): SQLite's default, and the larger one a bulk fill uses ([`Write::index_search`]),
/// small enough that an import stays under 64 MB with its 32 MiB page cache.
const FTS_HASH_BYTES: i64 = 1024 * 1024;
const BULK_FTS_HASH_BYTES: i64 = 8 * 1024 * 1024;
/// Segments of one size the search index gathers before it merges them (SQLite's
/// default). A bulk fill merges none as it goes ([`Write::index_search`]): its segments
/// are few and large, and the merging would cost about a third of the fill; later writes
/// merge them a little at a time, as they merge their own.
const FTS_AUTOMERGE: i64 = 4;
/// The page cache while the search index is filled in bulk (negative: KiB).
const BULK_FTS_CACHE_KIB: i64 = -8 * 1024;

const INSERT_FTS: &str = "INSERT INTO requests_fts (rowid, search_text) VALUES (?1, ?2)";

/// The arguments of [`INSERT_REQUEST`] for `r`.
fn request_args<'r>(
    r: &'r Request,
    import: Option<i64>,
    incidents: &'r str,
    search: &'r str,
) -> [Arg<'r>; 36] {
    let c = &r.case;
    [
        Arg::from(&r.tenant),
        Arg::from(&r.title),
        Arg::from(&r.description),
        Arg::from(r.category.as_str()),
        Arg::from(r.service.map(|s| s.as_str())),
        Arg::from(r.severity.map(|s| s.as_str())),
        Arg::from(r.severity_source.as_ref().map(|s| s.as_str())),
        Arg::from(&r.plan),
        Arg::from(&r.tier),
        Arg::from(r.channel.as_str()),
        Arg::from(r.status.as_str()),
        Arg::from(ts(r.opened_at)),
        Arg::from(r.closed_at.map(ts)),
        Arg::from(r.reopen_count),
        Arg::from(r.scope.as_str()),
        Arg::from(&r.opened_by),
        Arg::from(&r.timezone),
        Arg::from(ts(r.cycle_started_at)),
        Arg::from(&r.availability),
        Arg::from(&r.response_target),
        Arg::from(&r.response_clock),
        Arg::from(r.response_due.map(ts)),
        Arg::from(r.first_response_at.map(ts)),
        Arg::from(import),
        Arg::from(ts(r.latest_own_time())),
        Arg::from(c.case_number.as_ref()),
        Arg::from(c.contact.as_ref()),
        Arg::from(c.contact_method.map(|m| m.as_str())),
        Arg::from(c.available_24x7),
        Arg::from(c.engineer.as_ref()),
        Arg::from(c.owner.as_ref()),
        Arg::from(incidents),
        Arg::from(c.resolution.as_ref()),
        Arg::from(search),
        Arg::from(c.target_started_at.map(ts)),
        Arg::from((r.id > 0).then_some(r.id)),
    ]
}

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

/// The SQLite statements an import prepares once.
struct SqliteInsert<'w> {
    request: rusqlite::Statement<'w>,
    event: rusqlite::Statement<'w>,
    cycle: rusqlite::Statement<'w>,
    fts: rusqlite::Statement<'w>,
    conn: &'w Connection,
}

/// Inserts requests with their histories through statements prepared once.
pub struct Inserter<'w> {
    sqlite: Option<SqliteInsert<'w>>,
    w: &'w Write<'w>,
    /// Index each request for search as it goes in; else the caller indexes the new ids
    /// in bulk at the end ([`Write::index_search`]).
    index: bool,
    /// On PostgreSQL, an import's rows gathered for `COPY` ([`Inserter::finish`] sends the
    /// rest).
    copy: Option<bulk::PgBulk>,
    /// The highest id indexed for search in this run of ascending ids: the index takes
    /// pending terms only in ascending order, so a lower id waits in `unindexed`.
    indexed_to: i64,
    /// Runs (`first`, `count`) of ids left for [`Write::index_search`].
    unindexed: Vec<(i64, u64)>,
}

impl Inserter<'_> {
    /// Index each request for search as it goes in (a bulk load, whose terms the index
    /// gathers in one hash anyway), rather than leaving it to the caller; a request whose
    /// id is lower than one indexed before it is left to [`Write::index_search`]
    /// ([`Inserter::unindexed`]).
    pub fn index_as_it_goes(&mut self) {
        self.index = self.sqlite.is_some();
    }

    /// The ids, as runs (`first`, `count`), that this inserter did not index for search.
    pub fn unindexed(&self) -> &[(i64, u64)] {
        &self.unindexed
    }

    /// Whether a request this inserter has gathered but perhaps not yet sent has this id.
    pub fn has_id(&self, id: i64) -> bool {
        self.copy.as_ref().is_some_and(|c| c.has_id(id))
    }

    /// The id of a request this inserter gathered with this case number in this tenant.
    pub fn has_case(&self, tenant: &str, number: &str) -> Option<i64> {
        self.copy.as_ref().and_then(|c| c.case(tenant, number))
    }

    /// Whether this inserter gathers rows for `COPY` (PostgreSQL, a role that may use it):
    /// the caller then checks the ids and case numbers of a batch against the ledger at once
    /// ([`Write::taken_ids`], [`Write::taken_cases`]) before it sends it
    /// ([`Inserter::send_batch`]), rather than one query per row.
    pub fn gathers(&self) -> bool {
        self.copy.is_some()
    }

    /// About how many requests the import brings (an estimate): on PostgreSQL, an import
    /// larger than the ledger is a bulk load, its indexes built after its rows.
    pub fn expect(&mut self, incoming: u64) {
        if let Some(c) = &mut self.copy {
            c.expect(incoming);
        }
    }

    /// Whether enough rows are gathered to send a batch ([`Inserter::send_batch`]).
    pub fn batch_full(&self) -> bool {
        self.copy.as_ref().is_some_and(bulk::PgBulk::full)
    }

    /// Send the rows gathered through `COPY` (their ids and case numbers checked by the
    /// caller).
    pub fn send_batch(&mut self) -> DbResult<()> {
        if let (Some(c), Db::Pg(p)) = (&mut self.copy, self.w.db) {
            c.send(p)?;
        }
        Ok(())
    }

    /// Sends what is still gathered for `COPY` (PostgreSQL); must be called before the
    /// transaction commits.
    pub fn finish(mut self) -> DbResult<()> {
        if let (Some(c), Db::Pg(p)) = (&mut self.copy, self.w.db) {
            c.finish(p)?;
        }
        Ok(())
    }

    /// Insert a request with its history; returns its id. An `id` of 0 takes the next
    /// free id; another keeps that id (and fails if it is taken). A request brought in by an
    /// import with no history of its own names that import (see [`Write::begin_import`])
    /// instead of carrying an event of its own.
    pub fn insert(&mut self, r: &Request, history: History<'_>) -> DbResult<i64> {
        self.insert_with_cycles(r, history, &[])
    }

    /// As [`Inserter::insert`], with the request's earlier response cycles.
    pub fn insert_with_cycles(
        &mut self,
        r: &Request,
        history: History<'_>,
        cycles: &[PastCycle],
    ) -> DbResult<i64> {
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
    ) -> DbResult<i64> {
        let (events, import) = match history {
            History::Events(events) => (events, None),
            History::Imported(import) => (&[][..], Some(import)),
        };
        let incidents = r.case.incidents.join(" ");
        let args = request_args(r, import, &incidents, search);
        if let (Some(c), Db::Pg(p)) = (&mut self.copy, self.w.db) {
            let mut args = args;
            let id = if r.id > 0 {
                self.w.bump.set(true);
                self.w.kept_max.set(self.w.kept_max.get().max(r.id));
                c.keep_id(r.id);
                r.id
            } else {
                c.next_id(p)?
            };
            args[35] = Arg::Int(id);
            let events: Vec<_> = events.iter().map(|e| event_args(id, e)).collect();
            let cycles: Vec<_> = cycles.iter().map(|p| cycle_args(id, p)).collect();
            let case = r
                .case
                .case_number
                .as_deref()
                .map(|n| (r.tenant.as_str(), n));
            c.push(&args, &events, &cycles, case);
            return Ok(id);
        }
        let Some(s) = &mut self.sqlite else {
            // PostgreSQL: the statements are prepared once per connection too.
            let db = self.w.db;
            let id = if r.id > 0 {
                self.w.bump.set(true);
                self.w.kept_max.set(self.w.kept_max.get().max(r.id));
                db.insert(INSERT_REQUEST, &args)?
            } else {
                db.insert(INSERT_REQUEST_NEW_ID, &args[..35])?
            };
            for e in events {
                db.exec(INSERT_EVENT, &event_args(id, e))?;
            }
            for p in cycles {
                db.exec(INSERT_CYCLE, &cycle_args(id, p))?;
            }
            return Ok(id);
        };
        let seal = Arg::Int(crate::rules::record::seal(r));
        s.request
            .execute(rusqlite::params_from_iter(args.iter().chain([&seal])))?;
        let id = s.conn.last_insert_rowid();
        self.w.request_added(id);
        if r.status == Status::Open {
            self.w.open_changed(id);
        }
        for e in events {
            s.event
                .execute(rusqlite::params_from_iter(&event_args(id, e)))?;
        }
        for p in cycles {
            let seal = Arg::Int(crate::rules::record::cycle_seal(id, p));
            s.cycle.execute(rusqlite::params_from_iter(
                cycle_args(id, p).iter().chain([&seal]),
            ))?;
        }
        if self.index && !search.is_empty() {
            if id > self.indexed_to {
                s.fts.execute(params![id, search])?;
                self.indexed_to = id;
            } else {
                match self.unindexed.last_mut() {
                    Some((first, n)) if *first + *n as i64 == id => *n += 1,
                    _ => self.unindexed.push((id, 1)),
                }
            }
        }
        Ok(id)
    }
}

/// `insert` (an `INSERT INTO table (…) VALUES (?1, …, ?n)` of [`INSERT_REQUEST`]'s or
/// [`INSERT_CYCLE`]'s form) writing the row's check value too, as `?n+1` (a ledger file,
/// schema 5).
fn sealed_insert(insert: &str, n: usize) -> String {
    let cols = insert
        .find(") VALUES")
        .expect("an insert names its columns");
    let vals = insert.rfind(')').expect("an insert lists its values");
    format!(
        "{}, seal{}, ?{}{}",
        &insert[..cols],
        &insert[cols..vals],
        n + 1,
        &insert[vals..]
    )
}

fn event_args(id: i64, e: &Event) -> [Arg<'_>; 6] {
    [
        Arg::Int(id),
        Arg::Int(ts(e.at)),
        Arg::from(&e.actor),
        Arg::from(&e.kind),
        Arg::from(&e.detail),
        Arg::from(e.data.as_ref()),
    ]
}

fn cycle_args(id: i64, p: &PastCycle) -> [Arg<'_>; 11] {
    [
        Arg::Int(id),
        Arg::Int(p.seq),
        Arg::Int(ts(p.cycle.started_at)),
        Arg::from(p.severity.map(|s| s.as_str())),
        Arg::from(&p.availability),
        Arg::from(&p.response_target),
        Arg::from(&p.response_clock),
        Arg::from(p.cycle.due.map(ts)),
        Arg::from(p.cycle.responded_at.map(ts)),
        Arg::from(p.cycle.closed_at.map(ts)),
        Arg::from(p.resolution.as_ref()),
    ]
}

/// The secondary indexes a bulk load dropped, as the SQL that creates them again
/// ([`Write::defer_indexes`]); empty when the load keeps them row by row.
#[must_use = "the dropped indexes must be built again before the transaction commits"]
pub struct Deferred(Vec<String>);

impl Deferred {
    /// Whether the load is a bulk load: its indexes built after its rows.
    pub fn is_bulk(&self) -> bool {
        !self.0.is_empty()
    }
}

/// Ready the search index for a bulk fill (`true`), or put its defaults back (`false`)
/// before the transaction ends. The index gathers terms in memory and writes them out as a
/// segment whenever they pass its hash size; each segment written is later merged into the
/// others, so a bulk fill gathers more at a time ([`BULK_FTS_HASH_BYTES`]: fewer, larger
/// segments, about a third less work at 1M requests) and merges none as it goes
/// ([`FTS_AUTOMERGE`]). It reads and appends pages once: a smaller page cache does, and
/// leaves the memory to the hash.
fn search_fill(tx: &Connection, bulk: bool) -> rusqlite::Result<()> {
    let set = |key: &str, value: i64| {
        tx.prepare_cached("INSERT INTO requests_fts (requests_fts, rank) VALUES (?1, ?2)")?
            .execute(params![key, value])
    };
    if bulk {
        set("hashsize", BULK_FTS_HASH_BYTES)?;
        set("automerge", 0)?;
        tx.pragma_update(None, "cache_size", BULK_FTS_CACHE_KIB)
    } else {
        set("hashsize", FTS_HASH_BYTES)?;
        set("automerge", FTS_AUTOMERGE)?;
        Ok(())
    }
}

/// A write in progress: one transaction (IMMEDIATE on SQLite; on PostgreSQL the rows a
/// read-check-write reads are locked with `SELECT … FOR UPDATE`); events go in with the
/// change.
pub struct Write<'a> {
    db: Db<'a>,
    /// Rows were inserted with ids of their own: PostgreSQL's id sequences must move past
    /// them before the commit.
    bump: std::cell::Cell<bool>,
    /// The largest id a request kept (0: none), which the requests' sequence must pass.
    kept_max: std::cell::Cell<i64>,
    /// On a ledger file, the XOR of the shares ([`crate::rules::record::id_share`]) of
    /// the requests this transaction filed open, closed or reopened: applied to the open
    /// set's check value before the commit ([`Write::seal_set_changes`], schema 6).
    open_changes: std::cell::Cell<i64>,
    /// On a ledger file, the requests this transaction inserted: applied to what the ledger
    /// keeps of the set of every request before the commit ([`Write::seal_set_changes`],
    /// schema 7 and 8).
    inserted: std::cell::Cell<IdsAdded>,
}

impl<'a> Write<'a> {
    /// Where this transaction's statements run.
    pub(crate) fn db(&self) -> Db<'a> {
        self.db
    }

    /// One request with its history, as [`Inserter::insert`].
    pub fn insert_request(&self, r: &Request, events: &[Event]) -> DbResult<i64> {
        self.inserter()?.insert(r, History::Events(events))
    }

    /// Record an import by `actor` at `at`; requests it brings without a history of their
    /// own name it ([`History::Imported`]). Returns its id.
    pub fn begin_import(&self, actor: &str, at: DateTime<Utc>) -> DbResult<i64> {
        self.db.insert(
            "INSERT INTO imports (at, actor) VALUES (?1, ?2)",
            &[Arg::Int(ts(at)), Arg::from(actor)],
        )
    }

    /// Prepared statements for inserting many requests in this transaction.
    pub fn inserter(&self) -> DbResult<Inserter<'_>> {
        let sqlite = match self.db {
            Db::Sqlite(conn) => Some(SqliteInsert {
                request: conn.prepare(&sealed_insert(INSERT_REQUEST, 36))?,
                event: conn.prepare(INSERT_EVENT)?,
                cycle: conn.prepare(&sealed_insert(INSERT_CYCLE, 11))?,
                fts: conn.prepare(INSERT_FTS)?,
                conn,
            }),
            Db::Pg(_) => None,
        };
        Ok(Inserter {
            sqlite,
            w: self,
            index: true,
            copy: None,
            indexed_to: 0,
            unindexed: Vec::new(),
        })
    }

    /// As [`Write::inserter`], but the requests are indexed for search only when the caller
    /// calls [`Write::index_search`] for their ids, in one pass at the end (an import).
    /// On PostgreSQL the rows go in through `COPY` when the role may use it
    /// ([`bulk::may_copy`]), else (a role row-level security confines) in batches of
    /// multi-row inserts ([`bulk::PgBulk::inserting`]).
    pub fn bulk_inserter(&self) -> DbResult<Inserter<'_>> {
        let copy = match self.db {
            Db::Pg(p) if bulk::may_copy(p)? => Some(bulk::PgBulk::new()),
            Db::Pg(_) => Some(bulk::PgBulk::inserting()),
            _ => None,
        };
        Ok(Inserter {
            index: false,
            copy,
            ..self.inserter()?
        })
    }

    /// Index the requests with ids in these runs (`first`, `count`) for search (SPEC 7), in
    /// the same transaction as their insertion, in one pass ([`search_fill`]), and put the
    /// search index's defaults back. (PostgreSQL's trigram index follows every write by
    /// itself.)
    pub fn index_search(&self, runs: &[(i64, u64)]) -> DbResult<()> {
        let Db::Sqlite(tx) = self.db else {
            return Ok(());
        };
        search_fill(tx, true)?;
        let mut fill = tx.prepare_cached(
            "INSERT INTO requests_fts (rowid, search_text) SELECT id, search_text FROM requests \
             WHERE id >= ?1 AND id < ?2 AND search_text <> ''",
        )?;
        for (first, count) in runs {
            fill.execute(params![first, first.saturating_add(*count as i64)])?;
        }
        search_fill(tx, false)?;
        Ok(())
    }

    /// Drop the requests' secondary indexes for a bulk load when the load is at least as
    /// large as the ledger (`incoming` requests, an estimate, against the ledger's highest
    /// id): one sort per index afterwards ([`Write::restore_indexes`]) costs far less than
    /// keeping each index in order row by row. The unique index of case numbers stays: the
    /// load checks each row's case number through it. The indexes are dropped and built
    /// again inside this transaction, with the SQL they were created with, so the schema
    /// ends as it began and a failed load leaves it untouched. (PostgreSQL: nothing.)
    pub fn defer_indexes(&self, incoming: u64) -> DbResult<Deferred> {
        let Db::Sqlite(tx) = self.db else {
            return Ok(Deferred(Vec::new()));
        };
        let held: i64 = tx.query_row("SELECT coalesce(max(id), 0) FROM requests", [], |r| {
            r.get(0)
        })?;
        if i64::try_from(incoming).unwrap_or(i64::MAX) < held {
            return Ok(Deferred(Vec::new()));
        }
        let indexes = tx
            .prepare(
                "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'requests' \
                 AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE %' ORDER BY name",
            )?
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (name, _) in &indexes {
            tx.execute_batch(&format!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))?;
        }
        // The rows and their search terms are appended: a small page cache does, and
        // leaves the memory to the search index's term hash.
        search_fill(tx, true)?;
        Ok(Deferred(indexes.into_iter().map(|(_, sql)| sql).collect()))
    }

    /// Build the indexes [`Write::defer_indexes`] dropped, each in one sort over the table
    /// (SQLite's sorter on a helper thread too: the filing threads are done by then).
    pub fn restore_indexes(&self, deferred: Deferred) -> DbResult<()> {
        if let Db::Sqlite(tx) = self.db
            && !deferred.0.is_empty()
        {
            tx.pragma_update(None, "threads", 1)?;
            for sql in deferred.0 {
                tx.execute_batch(&sql)?;
            }
            tx.pragma_update(None, "threads", 0)?;
        }
        Ok(())
    }

    /// Append an event to a request's history.
    pub fn event(&self, id: i64, e: &Event) -> DbResult<()> {
        self.db.exec(INSERT_EVENT, &event_args(id, e))?;
        if event_search_text(&e.kind, &e.detail, e.data.as_deref()).is_some() {
            self.refresh_search(id)?;
        }
        Ok(())
    }

    /// Whether a request id is taken.
    pub fn exists(&self, id: i64) -> DbResult<bool> {
        Ok(self
            .db
            .row(
                "SELECT id FROM requests WHERE id = ?1",
                &[Arg::Int(id)],
                |_| Ok(()),
            )?
            .is_some())
    }

    /// Read a request inside the transaction (so the check and the change see one state);
    /// on PostgreSQL its row stays locked until the commit.
    pub fn get(&self, id: i64) -> DbResult<Option<Request>> {
        get_request(self.db, id, true)
    }

    /// The request's latest recorded action (SPEC 6): the latest point of the case's own
    /// timeline. That is its own times (opened, cycle start, first response, close, as last
    /// corrected) and the times of the events that are actions on the case, at the time
    /// they were recorded as happening (opened, responded, closed, reopened, notes, updates,
    /// severity changes, corrections of tenant or category). The audit trail is not the
    /// timeline: a correction of a response or close time and a redaction are recorded at
    /// the present and bound nothing, so a back-filled action, or a further correction,
    /// after them is judged against the case alone; the response or close it replaced
    /// stands at its corrected time ([`crate::rules::record::timeline_events`]). An import
    /// is not an action on the request's timeline either.
    pub fn latest_action(&self, r: &Request) -> DbResult<LatestAction> {
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
        consider(r.first_response_at, "first-response");
        consider(r.closed_at, "closed");
        let actions = self.db.rows(
            "SELECT at, kind, data FROM events WHERE request_id = ?1 \
             AND kind <> 'imported' ORDER BY id",
            &[Arg::Int(r.id)],
            |row| Ok((row.time(0)?, row.text(1)?, row.opt_text(2)?)),
        )?;
        // The corrected timeline only: a response or close a correction replaced stands at
        // the cycle's time considered above, not at the time it was first recorded at.
        let held = crate::rules::record::timeline_events(
            actions
                .iter()
                .map(|(_, kind, data)| (kind.as_str(), data.as_deref())),
        );
        if let Some(((at, kind, _), _)) = actions
            .iter()
            .zip(held)
            .filter(|(_, h)| *h)
            .max_by_key(|((at, _, _), _)| *at)
        {
            consider(Some(*at), kind);
        }
        Ok(latest)
    }

    /// Record Microsoft's first response in the current cycle.
    pub fn set_first_response(&self, id: i64, at: DateTime<Utc>, event: &Event) -> DbResult<()> {
        self.db.exec(
            "UPDATE requests SET first_response_at = ?2 WHERE id = ?1",
            &[Arg::Int(id), Arg::Int(ts(at))],
        )?;
        self.reseal(id)?;
        self.event(id, event)
    }

    /// Close a request.
    pub fn close(
        &self,
        id: i64,
        at: DateTime<Utc>,
        resolution: Option<&str>,
        event: &Event,
    ) -> DbResult<()> {
        self.db.exec(
            "UPDATE requests SET status = 'closed', closed_at = ?2, resolution = ?3 WHERE id = ?1",
            &[Arg::Int(id), Arg::Int(ts(at)), Arg::from(resolution)],
        )?;
        self.open_changed(id);
        self.reseal(id)?;
        self.event(id, event)?;
        self.refresh_search(id)
    }

    /// Reopen: archive the current cycle and start a new one from `r`'s cycle fields.
    pub fn reopen(&self, old: &Request, new: &Request, event: &Event) -> DbResult<()> {
        let past = PastCycle {
            request_id: old.id,
            seq: old.reopen_count,
            severity: old.severity,
            availability: old.availability.clone(),
            response_target: old.response_target.clone(),
            response_clock: old.response_clock.clone(),
            cycle: old.cycle(),
            resolution: old.case.resolution.clone(),
        };
        self.db.exec(INSERT_CYCLE, &cycle_args(old.id, &past))?;
        if let Db::Sqlite(c) = self.db {
            c.prepare_cached("UPDATE cycles SET seal = ?3 WHERE request_id = ?1 AND seq = ?2")?
                .execute(params![
                    old.id,
                    past.seq,
                    crate::rules::record::cycle_seal(old.id, &past)
                ])?;
        }
        self.db.exec(
            "UPDATE requests SET status = 'open', closed_at = NULL, reopen_count = reopen_count + 1, \
             severity = ?2, severity_source = ?3, cycle_started_at = ?4, availability = ?5, response_target = ?6, \
             response_clock = ?7, response_due = ?8, first_response_at = NULL, resolution = NULL, \
             target_started_at = NULL WHERE id = ?1",
            &[
                Arg::Int(old.id),
                Arg::from(new.severity.map(|s| s.as_str())),
                Arg::from(new.severity_source.as_ref().map(|s| s.as_str())),
                Arg::Int(ts(new.cycle_started_at)),
                Arg::from(&new.availability),
                Arg::from(&new.response_target),
                Arg::from(&new.response_clock),
                Arg::from(new.response_due.map(ts)),
            ],
        )?;
        self.open_changed(old.id);
        self.reseal(old.id)?;
        self.event(old.id, event)?;
        self.refresh_search(old.id)
    }

    /// Write every field of `r` (its id names the row) and append `event`: updates and
    /// corrections (SPEC 7). The search index follows.
    pub fn save(&self, r: &Request, event: &Event) -> DbResult<()> {
        if let Db::Sqlite(conn) = self.db {
            let was: Option<String> = conn
                .prepare_cached("SELECT status FROM requests WHERE id = ?1")?
                .query_row([r.id], |row| row.get(0))
                .optional()?;
            if was.is_some_and(|was| was != r.status.as_str()) {
                self.open_changed(r.id);
            }
        }
        let c = &r.case;
        let incidents = c.incidents.join(" ");
        self.db.exec(
            "UPDATE requests SET tenant = ?2, title = ?3, description = ?4, category = ?5, service = ?6, \
             severity = ?7, severity_source = ?8, plan = ?9, tier = ?10, channel = ?11, status = ?12, \
             opened_at = ?13, closed_at = ?14, reopen_count = ?15, scope = ?16, timezone = ?17, \
             cycle_started_at = ?18, availability = ?19, response_target = ?20, response_clock = ?21, \
             response_due = ?22, first_response_at = ?23, case_number = ?24, contact = ?25, \
             contact_method = ?26, available_24x7 = ?27, engineer = ?28, owner = ?29, incidents = ?30, \
             resolution = ?31, target_started_at = ?32 WHERE id = ?1",
            &[
                Arg::Int(r.id),
                Arg::from(&r.tenant),
                Arg::from(&r.title),
                Arg::from(&r.description),
                Arg::from(r.category.as_str()),
                Arg::from(r.service.map(|s| s.as_str())),
                Arg::from(r.severity.map(|s| s.as_str())),
                Arg::from(r.severity_source.as_ref().map(|s| s.as_str())),
                Arg::from(&r.plan),
                Arg::from(&r.tier),
                Arg::from(r.channel.as_str()),
                Arg::from(r.status.as_str()),
                Arg::Int(ts(r.opened_at)),
                Arg::from(r.closed_at.map(ts)),
                Arg::Int(r.reopen_count),
                Arg::from(r.scope.as_str()),
                Arg::from(&r.timezone),
                Arg::Int(ts(r.cycle_started_at)),
                Arg::from(&r.availability),
                Arg::from(&r.response_target),
                Arg::from(&r.response_clock),
                Arg::from(r.response_due.map(ts)),
                Arg::from(r.first_response_at.map(ts)),
                Arg::from(c.case_number.as_ref()),
                Arg::from(c.contact.as_ref()),
                Arg::from(c.contact_method.map(|m| m.as_str())),
                Arg::from(c.available_24x7),
                Arg::from(c.engineer.as_ref()),
                Arg::from(c.owner.as_ref()),
                Arg::from(&incidents),
                Arg::from(c.resolution.as_ref()),
                Arg::from(c.target_started_at.map(ts)),
            ],
        )?;
        self.reseal(r.id)?;
        self.event(r.id, event)?;
        self.refresh_search(r.id)
    }

    /// Request `id` was filed open, closed or reopened in this transaction: its share
    /// joins the open set's change ([`Write::seal_set_changes`]).
    fn open_changed(&self, id: i64) {
        if !self.db.is_pg() {
            let share = crate::rules::record::id_share(id);
            self.open_changes.set(self.open_changes.get() ^ share);
        }
    }

    /// Request `id` was inserted in this transaction: it joins the change of the set of
    /// every request ([`Write::seal_set_changes`], schema 7 and 8).
    fn request_added(&self, id: i64) {
        if !self.db.is_pg() {
            self.inserted.set(self.inserted.get().with(id));
        }
    }

    /// On a ledger file, apply this transaction's changes to the set of open requests to
    /// its check value (schema 6, [`crate::rules::record::id_set_seal`]) and the requests
    /// it inserted to what it keeps of the set of every request (its check value, schema
    /// 7; its count, least and greatest id and their binding value, schema 8:
    /// [`SetKept`]), just before the commit, so the values change with the rows in one
    /// transaction.
    fn seal_set_changes(&self) -> DbResult<()> {
        let Db::Sqlite(c) = self.db else {
            return Ok(());
        };
        let change = self.open_changes.replace(0);
        if change != 0 {
            // SQLite has no XOR operator: a ^ b = (a | b) & ~(a & b).
            c.prepare_cached(
                "UPDATE ledger_seals SET value = (value | ?1) & ~(value & ?1) WHERE name = 'open'",
            )?
            .execute([change])?;
        }
        let added = self.inserted.take();
        if added.count > 0 {
            let kept = set_kept(c)?;
            // Where the rows kept were edited by hand, they stay refused after this write
            // ([`SetKept::write`]): the write does not pass the edit off as svcreq's.
            let bound = kept.as_ref().is_some_and(SetKept::bound);
            let kept = kept.unwrap_or_default();
            let (first, last) = match kept.count {
                0 => (added.first, added.last),
                _ => (kept.first.min(added.first), kept.last.max(added.last)),
            };
            SetKept::write(
                c,
                kept.every ^ added.share,
                kept.count + added.count,
                first,
                last,
                bound,
            )?;
        }
        Ok(())
    }

    /// On a ledger file, write request `id`'s check value ([`crate::rules::record::seal`])
    /// for its row as this transaction left it (schema 5; a team ledger's server checks its
    /// rows itself, SPEC 8).
    fn reseal(&self, id: i64) -> DbResult<()> {
        let Db::Sqlite(c) = self.db else {
            return Ok(());
        };
        let sql = format!("SELECT {REQUEST_COLUMNS} FROM requests WHERE id = ?1");
        if let Some(r) = self
            .db
            .row(&sql, &[Arg::Int(id)], |row| read_fields(row, id, true))?
        {
            c.prepare_cached("UPDATE requests SET seal = ?2 WHERE id = ?1")?
                .execute(params![id, crate::rules::record::seal(&r)])?;
        }
        Ok(())
    }

    /// Recompute a request's search text from its fields and notes, and re-index it.
    pub fn refresh_search(&self, id: i64) -> DbResult<()> {
        refresh_search(self.db, id)
    }

    /// Which of `ids` the ledger's requests already have, in one query on PostgreSQL (one
    /// lookup each on SQLite).
    pub fn taken_ids(&self, ids: &[i64]) -> DbResult<Vec<i64>> {
        match self.db {
            Db::Pg(p) => bulk::taken_ids(p, ids),
            Db::Sqlite(_) => {
                let mut taken = Vec::new();
                for &id in ids {
                    if self.exists(id)? {
                        taken.push(id);
                    }
                }
                Ok(taken)
            }
        }
    }

    /// Which of `cases` (tenant, case number) a request of the ledger already has in that
    /// tenant, compared as [`Write::find_case`] compares them: (the index into `cases`, the
    /// request's id). One query on PostgreSQL (one lookup each on SQLite).
    pub fn taken_cases(&self, cases: &[(&str, &str)]) -> DbResult<Vec<(usize, i64)>> {
        match self.db {
            Db::Pg(p) => bulk::taken_cases(p, cases),
            Db::Sqlite(_) => {
                let mut taken = Vec::new();
                for (i, (tenant, number)) in cases.iter().enumerate() {
                    if let Some((id, _)) = self.find_case(number, Some(tenant))?.first() {
                        taken.push((i, *id));
                    }
                }
                Ok(taken)
            }
        }
    }

    /// Requests in `tenant` (or any tenant) whose case number is `number`, compared
    /// without regard to case: (id, tenant).
    pub fn find_case(&self, number: &str, tenant: Option<&str>) -> DbResult<Vec<(i64, String)>> {
        find_case(self.db, number, tenant)
    }

    /// Earlier response cycles of request `id`, oldest first.
    pub fn past_cycles(&self, id: i64) -> DbResult<Vec<PastCycle>> {
        past_cycles(self.db, Some(id))
    }

    /// A request's events with their row ids, oldest first (no import event).
    pub fn events_with_ids(&self, id: i64) -> DbResult<Vec<(i64, Event)>> {
        self.db.rows(
            "SELECT id, at, actor, kind, detail, data FROM events WHERE request_id = ?1 ORDER BY id",
            &[Arg::Int(id)],
            |r| {
                Ok((
                    r.int(0)?,
                    Event {
                        at: r.time(1)?,
                        actor: r.text(2)?,
                        kind: r.text(3)?,
                        detail: r.text(4)?,
                        data: r.opt_text(5)?,
                    },
                ))
            },
        )
    }

    /// Rewrite an event's text (redaction, SPEC 7: the one change that rewrites history).
    pub fn rewrite_event(&self, event_id: i64, detail: &str, data: Option<&str>) -> DbResult<()> {
        self.db.exec(
            "UPDATE events SET detail = ?2, data = ?3 WHERE id = ?1",
            &[Arg::Int(event_id), Arg::from(detail), Arg::from(data)],
        )?;
        Ok(())
    }

    /// Erase what this transaction's rewrites left behind rather than only unlink it
    /// (redaction, SPEC 7), after the rewrites: the search index is merged into one segment
    /// (FTS5 `optimize`), which drops every term a deleted or replaced text left in the
    /// older segments, from this write and every earlier one; the pages freed are zeroed
    /// (every write connection sets `secure_delete`). Call [`Store::checkpoint`] after the
    /// commit, so the write-ahead log keeps no earlier copy either. Costs a rewrite of the
    /// search index (about 0.2 s of CPU at 100k requests). (PostgreSQL: nothing here; its old
    /// row versions go at the next VACUUM.)
    pub fn purge_search_index(&self) -> DbResult<()> {
        if let Db::Sqlite(tx) = self.db {
            tx.execute_batch("INSERT INTO requests_fts (requests_fts) VALUES ('optimize')")?;
        }
        Ok(())
    }

    /// Replace each of `secrets` with `[redacted]` in the resolutions of a request's
    /// earlier cycles (redaction, SPEC 7). `secrets` longest first, none empty.
    pub fn redact_cycles(&self, id: i64, secrets: &[String]) -> DbResult<()> {
        for s in secrets {
            self.db.exec(
                "UPDATE cycles SET resolution = replace(resolution, ?2, '[redacted]') \
                 WHERE request_id = ?1 AND resolution IS NOT NULL",
                &[Arg::Int(id), Arg::from(s.as_str())],
            )?;
        }
        Ok(())
    }
}

fn find_case(db: Db<'_>, number: &str, tenant: Option<&str>) -> DbResult<Vec<(i64, String)>> {
    // SQLite compares with its NOCASE collation (the index's); PostgreSQL with lower()
    // (its index's expression).
    let sql = if db.is_pg() {
        "SELECT id, tenant FROM requests WHERE lower(case_number) = lower(?1) \
         AND (CAST(?2 AS TEXT) IS NULL OR tenant = ?2) ORDER BY tenant, id"
    } else {
        "SELECT id, tenant FROM requests WHERE case_number = ?1 COLLATE NOCASE \
         AND (CAST(?2 AS TEXT) IS NULL OR tenant = ?2) ORDER BY tenant, id"
    };
    db.rows(sql, &[Arg::from(number), Arg::from(tenant)], |r| {
        Ok((r.int(0)?, r.text(1)?))
    })
}

/// The searchable texts of a request's events ([`event_search_text`]), oldest first; with
/// `until`, only those recorded at or before it.
fn event_texts(db: Db<'_>, id: i64, until: Option<DateTime<Utc>>) -> DbResult<Vec<String>> {
    let texts = db.rows(
        "SELECT kind, detail, data FROM events WHERE request_id = ?1 \
         AND (kind = ?2 OR data IS NOT NULL) AND (CAST(?3 AS BIGINT) IS NULL OR at <= ?3) ORDER BY id",
        &[Arg::Int(id), Arg::from(NOTE), Arg::from(until.map(ts))],
        |row| {
            let (kind, detail, data) = (row.text(0)?, row.text(1)?, row.opt_text(2)?);
            Ok(event_search_text(&kind, &detail, data.as_deref()))
        },
    )?;
    Ok(texts.into_iter().flatten().collect())
}

/// Recompute one request's search text and re-index it (SQLite's external-content FTS:
/// the old text is removed from the index with the value it was indexed with;
/// PostgreSQL's trigram index follows the column by itself).
pub(crate) fn refresh_search(db: Db<'_>, id: i64) -> DbResult<()> {
    let Some(r) = get_request(db, id, false)? else {
        return Ok(());
    };
    let old = db
        .row(
            "SELECT search_text FROM requests WHERE id = ?1",
            &[Arg::Int(id)],
            |row| row.text(0),
        )?
        .unwrap_or_default();
    let notes = event_texts(db, id, None)?;
    let new = r.search_text(notes.iter().map(String::as_str));
    if new == old {
        return Ok(());
    }
    if let Db::Sqlite(conn) = db {
        if !old.is_empty() {
            conn.prepare_cached(
                "INSERT INTO requests_fts (requests_fts, rowid, search_text) VALUES ('delete', ?1, ?2)",
            )?
            .execute(params![id, old])?;
        }
        if !new.is_empty() {
            conn.prepare_cached(INSERT_FTS)?.execute(params![id, new])?;
        }
    }
    db.exec(
        "UPDATE requests SET search_text = ?2 WHERE id = ?1",
        &[Arg::Int(id), Arg::from(&new)],
    )?;
    Ok(())
}

/// Fill every request's search text and rebuild the index (the upgrade to schema 4).
pub(crate) fn reindex_all(db: Db<'_>) -> DbResult<()> {
    let ids = db.rows("SELECT id FROM requests", &[], |r| r.int(0))?;
    for id in ids {
        refresh_search(db, id)?;
    }
    Ok(())
}

/// A request's history, oldest first, the import that brought it in without one of its
/// own read as its first event (the request: `?1`).
const HISTORY_OF_REQUEST: &str = "SELECT at, actor, kind, detail, data FROM ( \
       SELECT 0 AS seq, i.at, i.actor, 'imported' AS kind, 'imported' AS detail, NULL AS data \
         FROM requests r JOIN imports i ON i.id = r.import_id WHERE r.id = ?1 \
       UNION ALL \
       SELECT id, at, actor, kind, detail, data FROM events WHERE request_id = ?1 \
     ) AS h ORDER BY seq";

/// The column of a ledger file's check values (schema 5), appended to a read of requests
/// after its other columns; none on a team ledger, whose server checks its rows (SPEC 8).
fn seal_column(db: Db<'_>) -> &'static str {
    if db.is_pg() { "" } else { ", seal" }
}

/// `sql` (a read of [`REQUEST_COLUMNS`] from `requests`) with the check value appended on
/// a ledger file ([`seal_column`]), as its last column.
fn with_seal(db: Db<'_>, sql: &str) -> String {
    match db.is_pg() {
        true => sql.to_string(),
        false => sql.replacen(" FROM requests WHERE", ", seal FROM requests WHERE", 1),
    }
}

/// Whether column `i` of `row` holds the check value of `r` as read from it
/// ([`crate::rules::record::seal`]): svcreq wrote the row as it stands. `brief`: `r` was read
/// without its plan and tier, which are read here where they lie.
fn sealed(row: &dyn Get, i: usize, r: &Request, brief: bool) -> Seal {
    let Ok(Some(stored)) = row.opt_int(i) else {
        return Seal::Missing;
    };
    let own = if !brief {
        stored == crate::rules::record::seal(r)
    } else {
        // The plan and tier where they lie, without a copy.
        row.text_ok(8, &|plan| {
            row.text_ok(9, &|tier| match (plan, tier) {
                (Some(plan), Some(tier)) => stored == crate::rules::record::seal_of(r, plan, tier),
                _ => false,
            })
        })
    };
    if own { Seal::Own } else { Seal::Other }
}

/// How a row of a ledger file stands to its check value ([`crate::rules::record::seal`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Seal {
    /// The row is as svcreq wrote it (and every row of a team ledger, whose server checks it).
    Own,
    /// No check value: a row a migration to schema 5 found against its history.
    Missing,
    /// Another value: the row was changed outside svcreq since svcreq wrote it.
    Other,
}

/// The read check of a request row whose check value is not its own (SPEC 6, 7: written
/// outside svcreq, or before schema 5 by a ledger whose row did not agree with its
/// history): the whole record checked against its history and earlier cycles as `show`
/// checks it ([`consistent_history`]), so every reader, at the present instant too, refuses
/// a row edited against its history in the sentence `show` gives (request and column),
/// and reads on a row whose history agrees.
///
/// A row whose check value is another ([`Seal::Other`]) was changed outside svcreq even
/// where its history names no column against it (a value only an opening that records
/// nothing decided, such as the due time of a request never updated whose opening was
/// written before openings recorded what a request was filed with,
/// [`crate::rules::record::opening_data`]): it is refused all the same, naming the check
/// value, so no reader takes an edit the history cannot show.
fn check_unsealed(db: Db<'_>, r: &Request, seal: Seal) -> DbResult<()> {
    agrees_with_history(db, r)?;
    seal_agrees(db, r.id, seal)
}

/// Whether request `r`'s whole record agrees with its history and earlier cycles as `show`
/// checks it ([`consistent_history`]).
fn agrees_with_history(db: Db<'_>, r: &Request) -> DbResult<()> {
    let events = db
        .rows(HISTORY_OF_REQUEST, &[Arg::Int(r.id)], event_from_row)
        .map_err(|e| e.in_request(r.id))?;
    let (cycles, _) = past_cycles_raw(db, Some(r.id))?;
    consistent_history(r, &cycles, Some(&events))
}

/// The refusal of request `id`'s row when its check value is another ([`Seal::Other`]):
/// changed outside svcreq though its history names no column against it; and when it has
/// none ([`Seal::Missing`]) in a ledger whose migration left no row without one (schema 6,
/// the `ledger_seals` row `unsealed`): a check value set to NULL by hand does not pass a
/// row off as one a migration found against its history.
fn seal_agrees(db: Db<'_>, id: i64, seal: Seal) -> DbResult<()> {
    match seal {
        Seal::Other => Err(inconsistent("seal", crate::tr!("store-why-seal-other")).in_request(id)),
        Seal::Missing if !unsealed_left(db)? => {
            Err(inconsistent("seal", crate::tr!("store-why-seal-missing")).in_request(id))
        }
        Seal::Own | Seal::Missing => Ok(()),
    }
}

/// Whether a ledger file's migration left rows without a check value (schema 6: the
/// `ledger_seals` row `unsealed`, the rows it found against their histories): only then
/// may a row have none. A team ledger keeps none.
fn unsealed_left(db: Db<'_>) -> DbResult<bool> {
    let Db::Sqlite(conn) = db else {
        return Ok(true);
    };
    Ok(ledger_seal(conn, "unsealed")? != Some(0))
}

/// Write the check value of every request and earlier cycle of a ledger file
/// ([`crate::rules::record::seal`]), a batch of requests at a time; with `check`, only of
/// those whose whole record agrees with its history ([`check_unsealed`]: a migration to
/// schema 5, after which a row that did not is still refused by every reader), else of
/// every one (a copy, whose records were checked before it).
pub(crate) fn seal_all(conn: &Connection, check: bool) -> DbResult<()> {
    let db = Db::Sqlite(conn);
    let read =
        format!("SELECT {REQUEST_COLUMNS} FROM requests WHERE id > ?1 ORDER BY id LIMIT 5000");
    let mut after = i64::MIN;
    loop {
        let batch = db.rows(&read, &[Arg::Int(after)], |row| {
            Ok((row.int(0)?, request_from_row(row).ok()))
        })?;
        let Some((last, _)) = batch.last() else {
            return Ok(());
        };
        after = *last;
        for r in batch.into_iter().filter_map(|(_, r)| r) {
            if check && agrees_with_history(db, &r).is_err() {
                continue;
            }
            conn.prepare_cached("UPDATE requests SET seal = ?2 WHERE id = ?1")?
                .execute(params![r.id, crate::rules::record::seal(&r)])?;
            if r.reopen_count > 0 {
                for p in past_cycles_raw(db, Some(r.id))?.0 {
                    conn.prepare_cached(
                        "UPDATE cycles SET seal = ?3 WHERE request_id = ?1 AND seq = ?2",
                    )?
                    .execute(params![
                        r.id,
                        p.seq,
                        crate::rules::record::cycle_seal(r.id, &p)
                    ])?;
                }
            }
        }
    }
}

/// The check value of the open requests a ledger file holds now (schema 6,
/// [`crate::rules::record::id_set_seal`]): one pass over the index of open requests.
fn open_set_found(conn: &Connection) -> DbResult<i64> {
    ids_seal(conn, "SELECT id FROM requests WHERE status = 'open'")
}

/// The check value of every request a ledger file holds now (schema 7,
/// [`crate::rules::record::id_set_seal`]): one pass over the smallest index's ids.
fn request_set_found(conn: &Connection) -> DbResult<i64> {
    ids_seal(conn, "SELECT id FROM requests")
}

/// The check value of the ids `sql` selects ([`crate::rules::record::id_set_seal`]): one
/// pass over its rows, each id's share taken without an allocation.
fn ids_seal(conn: &Connection, sql: &str) -> DbResult<i64> {
    let mut st = conn.prepare_cached(sql)?;
    let mut rows = st.raw_query();
    let mut value = 0;
    while let Some(row) = rows.next()? {
        value ^= crate::rules::record::id_share(row.get(0)?);
    }
    Ok(value)
}

/// The requests one write transaction inserted into a ledger file, as they change what it
/// keeps of the set of every request ([`Write::seal_set_changes`]): the XOR of their
/// shares ([`crate::rules::record::id_share`]), how many, and their least and greatest
/// ids (0 and 0 for none).
#[derive(Clone, Copy, Default)]
struct IdsAdded {
    share: i64,
    count: i64,
    first: i64,
    last: i64,
}

impl IdsAdded {
    /// These requests and request `id`.
    fn with(self, id: i64) -> IdsAdded {
        let (first, last) = match self.count {
            0 => (id, id),
            _ => (self.first.min(id), self.last.max(id)),
        };
        IdsAdded {
            share: self.share ^ crate::rules::record::id_share(id),
            count: self.count + 1,
            first,
            last,
        }
    }
}

/// What a ledger file keeps of its set of every request, as svcreq last wrote it (the
/// `ledger_seals` rows `requests`, `count`, `first`, `last` and `bounds`): the set's check
/// value (schema 7, [`crate::rules::record::id_set_seal`]); how many requests it holds and
/// their least and greatest ids (schema 8; 0 and 0 for none); and the value binding the
/// four ([`crate::rules::record::id_set_bounds_seal`]). svcreq never deletes or renumbers
/// a request, so each write that inserts some changes them by those alone.
#[derive(Clone, Copy, Default)]
struct SetKept {
    every: i64,
    count: i64,
    first: i64,
    last: i64,
    bounds: i64,
}

impl SetKept {
    /// Whether the binding value is the one of the other four: none of the rows was edited
    /// alone by hand (nor left refused by a migration, [`seal_request_bounds`]).
    fn bound(&self) -> bool {
        self.bounds
            == crate::rules::record::id_set_bounds_seal(
                self.every, self.count, self.first, self.last,
            )
    }

    /// Whether the set svcreq wrote holds every id from its least to its greatest (or is
    /// empty): a set that holds as many requests, with the same least and greatest ids, is
    /// then this one, id for id, without reading them.
    fn dense(&self) -> bool {
        self.count == 0
            || self
                .last
                .checked_sub(self.first)
                .and_then(|d| d.checked_add(1))
                == Some(self.count)
    }

    /// Write these values of the set of every request, and the value binding them; where
    /// `bound` is false (the values a reader would refuse), its complement, which the four
    /// never give: every reader of every request refuses the ledger still
    /// ([`request_set_agrees`]).
    fn write(
        conn: &Connection,
        every: i64,
        count: i64,
        first: i64,
        last: i64,
        bound: bool,
    ) -> DbResult<()> {
        let bounds = crate::rules::record::id_set_bounds_seal(every, count, first, last);
        let bounds = if bound { bounds } else { !bounds };
        conn.prepare_cached(
            "UPDATE ledger_seals SET value = CASE name WHEN 'requests' THEN ?1 \
             WHEN 'count' THEN ?2 WHEN 'first' THEN ?3 WHEN 'last' THEN ?4 ELSE ?5 END \
             WHERE name IN ('requests', 'count', 'first', 'last', 'bounds')",
        )?
        .execute([every, count, first, last, bounds])?;
        Ok(())
    }
}

/// What a ledger file keeps of its set of every request ([`SetKept`]); None when a row is
/// missing (a ledger of schema 7 or older, before its migration writes them).
fn set_kept(conn: &Connection) -> DbResult<Option<SetKept>> {
    let mut kept = SetKept::default();
    let mut found = 0;
    let mut st = conn.prepare_cached(
        "SELECT name, value FROM ledger_seals \
         WHERE name IN ('requests', 'count', 'first', 'last', 'bounds')",
    )?;
    let mut rows = st.raw_query();
    while let Some(row) = rows.next()? {
        let value: i64 = row.get(1)?;
        let slot = match row.get_ref(0)?.as_str().unwrap_or_default() {
            "requests" => &mut kept.every,
            "count" => &mut kept.count,
            "first" => &mut kept.first,
            "last" => &mut kept.last,
            _ => &mut kept.bounds,
        };
        *slot = value;
        found += 1;
    }
    Ok((found == 5).then_some(kept))
}

/// How many requests a ledger file holds now, and their least and greatest ids (0 and 0
/// for none), each in one statement SQLite answers without reading every row: the count
/// from the pages of the smallest index, the ids from the ends of the table's.
fn set_bounds_found(conn: &Connection) -> DbResult<(i64, i64, i64)> {
    Ok(conn
        .prepare_cached(
            "SELECT (SELECT count(*) FROM requests), \
             (SELECT coalesce(min(id), 0) FROM requests), \
             (SELECT coalesce(max(id), 0) FROM requests)",
        )?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?)
}

/// Write what a ledger file keeps of its sets of requests — its open requests' check value
/// and every request's ([`SetKept`]) — from the requests it holds (schema 6, 7 and 8): a
/// migration to schema 6, and a copy, whose records were checked before it.
pub(crate) fn seal_request_set(conn: &Connection) -> DbResult<()> {
    let value = open_set_found(conn)?;
    conn.prepare_cached("UPDATE ledger_seals SET value = ?1 WHERE name = 'open'")?
        .execute([value])?;
    let every = request_set_found(conn)?;
    let (count, first, last) = set_bounds_found(conn)?;
    SetKept::write(conn, every, count, first, last, true)?;
    // The rows left without a check value (found against their histories): a row may
    // have none only in a ledger where some were left ([`seal_agrees`]).
    conn.prepare_cached(
        "UPDATE ledger_seals SET value = (SELECT count(*) FROM requests WHERE seal IS NULL) \
         + (SELECT count(*) FROM cycles WHERE seal IS NULL) WHERE name = 'unsealed'",
    )?
    .execute([])?;
    Ok(())
}

/// A ledger file of schema 6 migrating to 7: its `ledger_seals` row `requests` held how
/// many requests svcreq last wrote, and now holds the check value of their set of ids. A
/// count the rows agree with is replaced by their set's value; one they do not (requests
/// deleted or added by hand before the upgrade) by the complement of their set's value,
/// which no set of these rows gives, so every reader of every request still refuses the
/// ledger ([`check_request_set`]) rather than the migration passing the edit off as svcreq's.
pub(crate) fn seal_request_set_from_count(conn: &Connection) -> DbResult<()> {
    let count: i64 = conn
        .prepare_cached("SELECT count(*) FROM requests")?
        .query_row([], |r| r.get(0))?;
    let every = request_set_found(conn)?;
    let value = if ledger_seal(conn, "requests")? == Some(count) {
        every
    } else {
        !every
    };
    conn.prepare_cached("UPDATE ledger_seals SET value = ?1 WHERE name = 'requests'")?
        .execute([value])?;
    Ok(())
}

/// A ledger file migrating to schema 8 (from 7, or from 6 after
/// [`seal_request_set_from_count`]; a new ledger too): write how many requests it holds,
/// their least and greatest ids and the value binding them to the set's check value
/// ([`SetKept`]). Where the check value is not the one of the ids found (requests deleted,
/// added or renumbered by hand before the upgrade), the binding value is written refused,
/// so every reader of every request still refuses the ledger ([`check_request_set`]).
pub(crate) fn seal_request_bounds(conn: &Connection) -> DbResult<()> {
    let every = ledger_seal(conn, "requests")?.unwrap_or_default();
    let agrees = every == request_set_found(conn)?;
    let (count, first, last) = set_bounds_found(conn)?;
    SetKept::write(conn, every, count, first, last, agrees)
}

/// The value of the `ledger_seals` row `name` of a ledger file (schema 6): `open`, the check
/// value of its set of open requests; `requests`, that of every request it holds (schema 7;
/// before, how many it held); `count`, `first`, `last` and `bounds` ([`SetKept`], schema
/// 8); `unsealed`, how many rows a migration left without a check value (-1 while it
/// runs). None when it is missing.
fn ledger_seal(conn: &Connection, name: &str) -> DbResult<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT value FROM ledger_seals WHERE name = ?1")?
        .query_row([name], |r| r.get(0))
        .optional()?)
}

/// Whether a ledger file's requests, closed ones included, are the set svcreq last wrote
/// ([`SetKept`]; `every`: the check value of their ids where the caller read them all).
/// The rows kept must bind one another, and the requests found must be as many, with the
/// same least and greatest ids, as those kept — three statements SQLite answers without
/// reading every row. Where the set svcreq wrote holds every id between those two (every
/// ledger whose ids svcreq gave, or an import kept without gaps), that is the whole check:
/// no other set of ids has them. Else the check value of the ids found must be the one
/// kept, which takes one pass over them.
fn request_set_agrees(conn: &Connection, every: Option<i64>) -> DbResult<bool> {
    let Some(kept) = set_kept(conn)? else {
        return Ok(false);
    };
    if !kept.bound() || set_bounds_found(conn)? != (kept.count, kept.first, kept.last) {
        return Ok(false);
    }
    if kept.dense() {
        return Ok(true);
    }
    let every = match every {
        Some(v) => v,
        None => request_set_found(conn)?,
    };
    Ok(every == kept.every)
}

/// The read check of a ledger file's requests, closed ones included (SPEC 6; schema 7 and
/// 8): the set of their ids must be the one svcreq last wrote ([`request_set_agrees`],
/// [`seal_request_set`], [`Write::seal_set_changes`]), so that a request deleted by hand
/// (its events and cycles with it), added or renumbered — whatever the number of requests
/// then — is refused by `list --status all`, `sla --all`, `report`, `export` and `db
/// copy`, not left out of their figures or a backup. A row changed in place is told by
/// its own check value ([`sealed`]).
fn check_request_set(db: Db<'_>) -> DbResult<()> {
    let Db::Sqlite(conn) = db else {
        return Ok(());
    };
    if request_set_agrees(conn, None)? {
        return Ok(());
    }
    Err(DbError::Value(crate::tr!("store-request-set-other")))
}

/// Both read checks of a ledger file's sets of requests, for a reader of every request
/// (closed ones included): the set of every request ([`check_request_set`]), then the set
/// of open ones ([`check_open_set`]: a request closed or reopened by hand keeps the first).
pub(crate) fn check_request_sets(db: Db<'_>) -> DbResult<()> {
    check_request_set(db)?;
    check_open_set(db)
}

/// A read transaction on a ledger file, ended when dropped: every statement of a reader
/// between sees one state of the file, whatever another svcreq commits meanwhile.
struct ReadSnapshot<'c>(Option<&'c Connection>);

impl Drop for ReadSnapshot<'_> {
    fn drop(&mut self) {
        if let Some(c) = self.0 {
            // A read transaction has nothing to keep: ending it cannot lose a write.
            let _ = c.execute_batch("COMMIT");
        }
    }
}

/// The check values of the sets of requests a reader of every row found as it read them
/// (schema 6, 7): compared with those svcreq wrote once the last row is read
/// ([`request_set_agrees`], schema 8, for the set of every request), so a reader that reads
/// every row anyway (`sla --all`, `export`) pays no second pass.
#[derive(Default)]
struct SetsFound {
    every: i64,
    open: i64,
}

impl SetsFound {
    fn add(&mut self, r: &Request) {
        let share = crate::rules::record::id_share(r.id);
        self.every ^= share;
        if r.status == Status::Open {
            self.open ^= share;
        }
    }

    /// Whether the sets found are those svcreq last wrote; where they are not, the refusal
    /// is the one [`check_request_sets`] gives, as every reader gives it.
    fn check(&self, db: Db<'_>) -> DbResult<()> {
        let Db::Sqlite(conn) = db else {
            return Ok(());
        };
        if request_set_agrees(conn, Some(self.every))?
            && ledger_seal(conn, "open")? == Some(self.open)
        {
            return Ok(());
        }
        check_request_sets(db)?;
        // The rows read agree with no set the ledger holds now: another svcreq wrote
        // between (a reader's transaction sees one state, so this is not reached).
        Err(DbError::Value(crate::tr!("store-request-set-other")))
    }
}

/// The read check of a ledger file's open requests (SPEC 6; schema 6): the set of requests
/// whose status is open must be the one svcreq last wrote ([`seal_request_set`],
/// [`Write::seal_set_changes`]). A reader of open requests alone (`list`, `sla`) reads no
/// closed row, so a request closed by hand would drop out of its verdict unseen: when the
/// set differs, the request whose row is not as svcreq wrote it (a closed one, or an open
/// one reopened by hand) is refused as every reader of it refuses it (request and column),
/// and where none is (an open request deleted), the set itself is refused. A team
/// ledger's server refuses such writes itself.
fn check_open_set(db: Db<'_>) -> DbResult<()> {
    let Db::Sqlite(conn) = db else {
        return Ok(());
    };
    if ledger_seal(conn, "open")? == Some(open_set_found(conn)?) {
        return Ok(());
    }
    // Which request: a row whose check value is not its own, the open ones first (one
    // pass over the rows, on this failing path only).
    let n = REQUEST_COLUMNS.split(',').count();
    let read = with_seal(
        db,
        &format!("SELECT {REQUEST_COLUMNS} FROM requests WHERE true ORDER BY status DESC, id"),
    );
    let mut unsealed = Vec::new();
    db.each(&read, &[], |row| {
        let r = request_from_row(row)?;
        match sealed(row, n, &r, false) {
            Seal::Own => {}
            seal => unsealed.push((r, seal)),
        }
        Ok(true)
    })?;
    for (r, seal) in &unsealed {
        check_unsealed(db, r, *seal)?;
    }
    Err(DbError::Value(crate::tr!("store-open-set-other")))
}

fn get_request(db: Db<'_>, id: i64, lock: bool) -> DbResult<Option<Request>> {
    let read = with_seal(
        db,
        &format!("SELECT {REQUEST_COLUMNS} FROM requests WHERE id = ?1"),
    );
    if lock && db.is_pg() {
        let sql = format!("SELECT {REQUEST_COLUMNS} FROM requests WHERE id = ?1 FOR UPDATE");
        let locked = db.row(&sql, &[Arg::Int(id)], request_from_row)?;
        if locked.is_some() {
            return Ok(locked);
        }
        // A request the role may read but not change (row-level security, SPEC 8) is not
        // locked: it is returned as it is, so that the change is refused for what it is
        // (not allowed), not as a request that does not exist.
    }
    let n = REQUEST_COLUMNS.split(',').count();
    let found = db.row(&read, &[Arg::Int(id)], |row| {
        let r = request_from_row(row)?;
        let seal = match db.is_pg() {
            true => Seal::Own,
            false => sealed(row, n, &r, false),
        };
        Ok((seal, r))
    })?;
    match found {
        Some((Seal::Own, r)) => Ok(Some(r)),
        Some((seal, r)) => check_unsealed(db, &r, seal).map(|()| Some(r)),
        None => Ok(None),
    }
}

/// Most trigrams a search looks up in the index; the rest of a long text is checked
/// on the candidates.
const SEARCH_TRIGRAMS: usize = 16;

/// Add the condition of `list --search TEXT` (SPEC 7) to a query: the text, folded as the
/// search text is (case and width ignored), is a substring of the request's search text.
/// On SQLite, three characters or more go through the trigram index (every trigram of the
/// text must be in the request's, then the substring is checked on those candidates);
/// on PostgreSQL a `LIKE` the trigram index serves, then the same substring check.
/// Shorter text is looked for in every request's search text.
pub fn push_search(sql: &mut String, args: &mut Vec<Arg<'static>>, text: &str, pg: bool) {
    let folded = crate::rules::case::fold(text);
    if pg {
        if folded.chars().count() >= 3 {
            let mut pattern = String::from("%");
            for c in folded.chars() {
                if matches!(c, '%' | '_' | '\\') {
                    pattern.push('\\');
                }
                pattern.push(c);
            }
            pattern.push('%');
            args.push(pattern.into());
            sql.push_str(&format!(
                " AND search_text LIKE ?{} ESCAPE '\\'",
                args.len()
            ));
        }
    } else if let Some(q) = fts_query(&folded) {
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

/// The SQLite schema steps, as `svcreq db init --print` shows them.
pub fn sqlite_schema() -> &'static [&'static str] {
    open::MIGRATIONS
}

/// Most attempts at a PostgreSQL write that meets serialization failures or deadlocks.
const PG_ATTEMPTS: u32 = 8;

impl Store {
    /// Copy the write-ahead log into the ledger and empty it (SQLite
    /// `wal_checkpoint(TRUNCATE)`), so no earlier version of a page stays in it: after a
    /// redaction ([`Write::purge_search_index`]). Does nothing when a reader holds the log (the
    /// next checkpoint will), and on PostgreSQL.
    pub fn checkpoint(&self) -> anyhow::Result<()> {
        if let Backend::Sqlite(conn) = &self.conn {
            conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
                .map_err(|e| open::db_error(&self.path, e))?;
        }
        Ok(())
    }

    /// Open the ledger at `path`: an SQLite file, or a `postgres://` URL (SPEC 8). For
    /// `Access::Read` a missing or empty file is an empty ledger (`Ok(None)`) and nothing
    /// is created; `Access::Write` creates it. A team ledger must exist with the current
    /// schema (`svcreq db init`, `db migrate`); read commands run in read-only transactions.
    pub fn open(path: &Path, access: Access) -> anyhow::Result<Option<Store>> {
        if let Some(url) = path.to_str().filter(|s| pg::is_url(s)) {
            let conn = pg::open(url, access == Access::Read)?;
            return Ok(Some(Store {
                path: PathBuf::from(&conn.label),
                conn: Backend::Pg(Box::new(conn)),
            }));
        }
        open::open(path, access)
    }

    /// The team ledger on a connection already open (and its schema checked, [`pg::open`]),
    /// for reading or for writing as `access` says.
    pub fn from_pg(conn: PgConn, access: Access) -> Store {
        let conn = if access == Access::Write {
            conn.for_writes()
        } else {
            conn
        };
        Store {
            path: PathBuf::from(&conn.label),
            conn: Backend::Pg(Box::new(conn)),
        }
    }

    /// The team ledger's connection back, for a later store of the same command (one
    /// connection a command, SPEC 8); None for an SQLite file.
    pub fn into_pg(self) -> Option<PgConn> {
        match self.conn {
            Backend::Pg(c) => Some(*c),
            Backend::Sqlite(_) => None,
        }
    }

    /// Whether this is a team ledger (PostgreSQL).
    pub fn is_pg(&self) -> bool {
        matches!(self.conn, Backend::Pg(_))
    }

    /// The ledger as messages name it: its path, or its URL without a password.
    pub fn label(&self) -> String {
        self.path.display().to_string()
    }

    pub(crate) fn db(&self) -> Db<'_> {
        match &self.conn {
            Backend::Sqlite(c) => Db::Sqlite(c),
            Backend::Pg(p) => Db::Pg(p),
        }
    }

    /// [`consistent_history`] on this ledger: a contradiction is said as any value svcreq
    /// cannot read (the ledger, the request, the column; exit 1).
    pub fn check_history(
        &self,
        r: &Request,
        cycles: &[PastCycle],
        events: Option<&[Event]>,
    ) -> anyhow::Result<()> {
        consistent_history(r, cycles, events).map_err(|e| self.err(e))
    }

    /// One sentence for a database error (SPEC 2).
    pub(crate) fn err(&self, e: DbError) -> anyhow::Error {
        match &self.conn {
            Backend::Sqlite(_) => sqlite_error(&self.path, e),
            Backend::Pg(p) => pg::error(&p.label, e),
        }
    }

    /// Run `f` inside one transaction; commit when it returns Ok. On SQLite the
    /// transaction is IMMEDIATE; on PostgreSQL it is run again (up to 8 times, with a
    /// growing pause) after a serialization failure or deadlock, then reported (exit 1).
    pub fn write<T>(
        &mut self,
        mut f: impl FnMut(&Write<'_>) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        let path = self.path.clone();
        match &mut self.conn {
            Backend::Sqlite(conn) => {
                let tx = conn
                    .transaction_with_behavior(TransactionBehavior::Immediate)
                    .map_err(|e| open::db_error(&path, e))?;
                let w = Write {
                    db: Db::Sqlite(&tx),
                    bump: Default::default(),
                    kept_max: Default::default(),
                    open_changes: Default::default(),
                    inserted: Default::default(),
                };
                // A driver error from inside the transaction (a full disk while inserting)
                // becomes the one sentence the ledger's errors are told in, never the
                // driver's own text.
                let out = f(&w)
                    .and_then(|out| Ok(w.seal_set_changes().map(|()| out)?))
                    .map_err(|e| match e.downcast::<DbError>() {
                        Ok(db) => sqlite_error(&path, db),
                        Err(e) => match e.downcast::<rusqlite::Error>() {
                            Ok(db) => open::db_error(&path, db),
                            Err(e) => e,
                        },
                    })?;
                tx.commit().map_err(|e| open::db_error(&path, e))?;
                Ok(out)
            }
            Backend::Pg(p) => {
                let p: &PgConn = p;
                let mut attempt = 0;
                loop {
                    attempt += 1;
                    let outcome = (|| {
                        p.begin()?;
                        let w = Write {
                            db: Db::Pg(p),
                            bump: Default::default(),
                            kept_max: Default::default(),
                            open_changes: Default::default(),
                            inserted: Default::default(),
                        };
                        let out = f(&w)?;
                        if w.bump.get() {
                            bump_sequences(p, w.kept_max.get())?;
                        }
                        p.batch("COMMIT")?;
                        Ok(out)
                    })();
                    match outcome {
                        Ok(out) => return Ok(out),
                        Err(e) => {
                            let _ = p.batch("ROLLBACK");
                            if attempt < PG_ATTEMPTS && pg::retryable(&e) {
                                let pause = 2u64 << attempt.min(6);
                                let jitter = u64::from(std::process::id() % 7) + u64::from(attempt);
                                std::thread::sleep(std::time::Duration::from_millis(
                                    pause + jitter,
                                ));
                                continue;
                            }
                            return Err(match e.downcast::<DbError>() {
                                Ok(db) => pg::error(&p.label, db),
                                Err(e) => e,
                            });
                        }
                    }
                }
            }
        }
    }

    /// Readies the connection for one large write (an import): a page cache of up to 32 MiB,
    /// enough for the indexes' working set while the table's pages spill into the WAL, and
    /// small enough that an import of any size stays under 64 MB. SQLite allocates cache
    /// pages only as they fill.
    pub fn prepare_bulk(&self) -> anyhow::Result<()> {
        match &self.conn {
            Backend::Sqlite(c) => c
                .pragma_update(None, "cache_size", -32 * 1024)
                .map_err(|e| open::db_error(&self.path, e)),
            Backend::Pg(_) => Ok(()),
        }
    }

    /// The tenants the ledger's requests belong to, sorted, each once.
    pub fn tenants(&self) -> anyhow::Result<Vec<String>> {
        self.db()
            .rows(
                "SELECT DISTINCT tenant FROM requests ORDER BY tenant",
                &[],
                |r| r.text(0),
            )
            .map_err(|e| self.err(e))
    }

    /// The tenants of the team configuration pushed into this team ledger (SPEC 8), as
    /// the connected role may read it; None for an SQLite file, or before any push.
    pub fn team_tenants(&self) -> anyhow::Result<Option<Vec<String>>> {
        match &self.conn {
            Backend::Pg(p) => Ok(match access::config(p)? {
                Some(pushed) => Some(pushed.team.parse()?.tenants.into_keys().collect()),
                None => None,
            }),
            Backend::Sqlite(_) => Ok(None),
        }
    }

    /// The time zone a tenant's latest request was filed in; None when the ledger holds no
    /// request of that tenant (a tenant that has left the config keeps its history).
    pub fn tenant_zone(&self, tenant: &str) -> anyhow::Result<Option<String>> {
        self.db()
            .row(
                "SELECT timezone FROM requests WHERE tenant = ?1 ORDER BY id DESC LIMIT 1",
                &[Arg::from(tenant)],
                |r| r.text(0),
            )
            .map_err(|e| self.err(e))
    }

    /// One request.
    pub fn get(&self, id: i64) -> anyhow::Result<Option<Request>> {
        get_request(self.db(), id, false).map_err(|e| self.err(e))
    }

    /// A request's history, oldest first; a request brought in by an import without a
    /// history of its own begins with that import's "imported" event.
    pub fn events(&self, id: i64) -> anyhow::Result<Vec<Event>> {
        self.db()
            .rows(HISTORY_OF_REQUEST, &[Arg::Int(id)], event_from_row)
            .map_err(|e| self.err(e.in_request(id)))
    }

    /// One request and its history, as [`Store::get`] and [`Store::events`] read them, in
    /// two plain queries ([`request_with_import_sql`], [`EVENTS_OF_REQUEST`]): the import
    /// that brought the request in is read with it (a team ledger plans these for less than
    /// the union [`Store::events`] makes, on a new connection). On a team ledger that read
    /// them ahead with its access data ([`access::open`]), those rows, in that snapshot; rows
    /// that do not read as these queries' are read again here, which says what is wrong.
    pub fn get_with_events(&self, id: i64) -> anyhow::Result<Option<(Request, Vec<Event>)>> {
        if let Backend::Pg(p) = &self.conn
            && let Some(ahead) = p.take_read_ahead(id)
            && let Ok(found) = request_and_events(
                ahead.request.first().map(|r| r as &dyn Get),
                ahead.events.iter().map(|r| r as &dyn Get),
            )
        {
            return Ok(found);
        }
        let db = self.db();
        let n = REQUEST_COLUMNS.split(',').count() + 2;
        let found = db
            .row(
                &with_seal(db, &request_with_import_sql("?1")),
                &[Arg::Int(id)],
                |r| {
                    let request = request_from_row(r)?;
                    let seal = match db.is_pg() {
                        true => Seal::Own,
                        false => sealed(r, n, &request, false),
                    };
                    Ok((request, imported_event(r)?, seal))
                },
            )
            .map_err(|e| self.err(e))?;
        let Some((request, imported, seal)) = found else {
            return Ok(None);
        };
        if seal != Seal::Own {
            check_unsealed(db, &request, seal).map_err(|e| self.err(e))?;
        }
        let mut events: Vec<Event> = imported.into_iter().collect();
        events.extend(
            self.db()
                .rows(EVENTS_OF_REQUEST, &[Arg::Int(id)], event_from_row)
                .map_err(|e| self.err(e.in_request(id)))?,
        );
        Ok(Some((request, events)))
    }

    /// Earlier response cycles of a request (of every request for `None`), oldest first.
    pub fn past_cycles(&self, id: Option<i64>) -> anyhow::Result<Vec<PastCycle>> {
        past_cycles(self.db(), id).map_err(|e| self.err(e))
    }

    /// The earlier response cycles of request `r`, oldest first, to check its history
    /// against. A team ledger's server refuses at every write a request whose earlier
    /// cycles are not as many as its reopen_count (SPEC 8, access version 6 on): there, a
    /// request never reopened has none, and they are not asked for (one round trip less
    /// for `show`). A file is read, since a hand edit may have added some.
    pub fn past_cycles_of(&self, r: &Request) -> anyhow::Result<Vec<PastCycle>> {
        if self.is_pg() && r.reopen_count == 0 {
            return Ok(Vec::new());
        }
        self.past_cycles(Some(r.id))
    }

    /// The SQL (SQLite's `?N` dialect; see [`sql::pg`]) and arguments of the `list` query
    /// for `f`; `pg` picks the search condition of the team ledger.
    pub fn list_query(f: &ListFilter, pg: bool) -> (String, Vec<Arg<'static>>) {
        let columns = if f.brief {
            BRIEF_COLUMNS
        } else {
            REQUEST_COLUMNS
        };
        let mut sql = format!("SELECT {columns} FROM requests WHERE 1 = 1");
        let mut args: Vec<Arg<'static>> = Vec::new();
        // A closed domain (`known`: every value svcreq writes) lets a value outside it
        // through, for the row's read check to refuse (SPEC 6): a filter never passes over
        // a row every other reader refuses.
        let any_of = |col: &str,
                      vals: Vec<String>,
                      known: Option<&[&str]>,
                      sql: &mut String,
                      args: &mut Vec<Arg<'static>>| {
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
            let wanted = format!("{col} IN ({})", marks.join(", "));
            match known {
                // A severity and a category that contradict each other (a technical
                // request without a severity, another with one) pass both filters too.
                Some(known) if col == "severity" || col == "category" => sql.push_str(&format!(
                    " AND ({wanted} OR {} OR {SEVERITY_AGAINST_CATEGORY})",
                    outside(col, known)
                )),
                Some(known) => sql.push_str(&format!(" AND ({wanted} OR {})", outside(col, known))),
                None => sql.push_str(&format!(" AND {wanted}")),
            }
        };
        let severities: Vec<&str> = Severity::ALL.iter().map(|s| s.as_str()).collect();
        let categories: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
        // A literal, not a parameter: the planner can then use the partial index of open requests.
        match f.status {
            Some(Status::Open) => sql.push_str(" AND status = 'open'"),
            Some(Status::Closed) => sql.push_str(" AND status = 'closed'"),
            None => {}
        }
        any_of(
            "severity",
            f.severities.iter().map(|s| s.as_str().into()).collect(),
            Some(&severities),
            &mut sql,
            &mut args,
        );
        any_of(
            "category",
            f.categories.iter().map(|s| s.as_str().into()).collect(),
            Some(&categories),
            &mut sql,
            &mut args,
        );
        // Names, not a closed domain: any text is a tenant or plan a request may record.
        any_of("tenant", f.tenants.clone(), None, &mut sql, &mut args);
        any_of("plan", f.plans.clone(), None, &mut sql, &mut args);
        if let Some(t) = f.since {
            args.push(ts(t).into());
            sql.push_str(&format!(" AND {}", at_least("opened_at", args.len())));
        }
        if let Some(t) = f.until {
            args.push(ts(t).into());
            sql.push_str(&format!(" AND {}", at_most("opened_at", args.len())));
        }
        if let Some(t) = f.closed_since {
            args.push(ts(t).into());
            sql.push_str(&format!(
                " AND (closed_at IS NULL OR {})",
                at_least("closed_at", args.len())
            ));
        }
        if let Some(q) = &f.search {
            push_search(&mut sql, &mut args, q, pg);
        }
        if let Some(n) = &f.case_number {
            args.push(n.clone().into());
            if pg {
                sql.push_str(&format!(" AND lower(case_number) = lower(?{})", args.len()));
            } else {
                sql.push_str(&format!(
                    " AND case_number = ?{} COLLATE NOCASE",
                    args.len()
                ));
            }
        }
        if let Some(i) = &f.incident {
            // Candidates from the search index, then the exact id in the list.
            push_search(&mut sql, &mut args, i, pg);
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
            // The schema holds status to its domain; a channel outside its own is let
            // through for the read check to refuse, as a window's times are.
            let channels: Vec<&str> = Channel::ALL.iter().map(|c| c.as_str()).collect();
            sql.push_str(&format!(
                " AND status = 'closed' AND (channel = 'online' OR {}) AND {} AND {}",
                outside("channel", &channels),
                at_least("closed_at", n - 1),
                at_most("closed_at", n)
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
        let latest = self
            .db()
            .row("SELECT max(last_at) FROM requests", &[], |r| r.opt_int(0))
            .map_err(|e| self.err(e))?
            .flatten();
        Ok(latest.is_some_and(|l| l > ts(t)))
    }

    /// The ids of the requests with an action recorded after `t` (SPEC 6): those a view of
    /// an earlier instant must read through their histories ([`Store::as_of_with`]). One index
    /// range; memory grows with the requests changed since `t`, not with the ledger.
    pub fn changed_after(
        &self,
        t: DateTime<Utc>,
    ) -> anyhow::Result<std::collections::HashSet<i64>> {
        self.db()
            .rows(
                "SELECT id FROM requests WHERE last_at > ?1",
                &[Arg::Int(ts(t))],
                |r| r.int(0),
            )
            .map(|ids| ids.into_iter().collect())
            .map_err(|e| self.err(e))
    }

    /// The ids of the requests whose case number was changed by an action recorded after
    /// `t`: those whose case number at `t` may differ from the one they hold now (SPEC 6,
    /// `--case` at a past `--now`). One index range on `last_at`, then each one's events.
    pub fn case_changed_after(&self, t: DateTime<Utc>) -> anyhow::Result<Vec<i64>> {
        self.db()
            .rows(
                r#"SELECT DISTINCT e.request_id FROM requests r JOIN events e ON e.request_id = r.id
                   WHERE r.last_at > ?1 AND e.at > ?1 AND e.data LIKE '%"case_number"%'
                   ORDER BY e.request_id"#,
                &[Arg::Int(ts(t))],
                |r| r.int(0),
            )
            .map_err(|e| self.err(e))
    }

    /// Requests matching `f`, streamed to `each` in order; `each` returns false to stop.
    /// With `f.as_of`, each request is shown as it stood then ([`Request::as_of`]).
    pub fn list(
        &self,
        f: &ListFilter,
        mut each: impl FnMut(Request) -> anyhow::Result<bool>,
    ) -> anyhow::Result<()> {
        let (sql, args) = Store::list_query(f, self.is_pg());
        // A reader of every row (`sla --all`, `export`: no condition, no limit, the present)
        // checks the sets of requests against the rows it reads (SPEC 6, schema 6 and 7);
        // any other reader checks them first: the open set alone for a reader of open
        // requests, else both ([`check_request_sets`]).
        let as_of = match f.as_of {
            Some(t) if self.history_after(t)? => Some(t),
            _ => None,
        };
        let every_row = !self.is_pg() && f.status.is_none() && args.is_empty() && as_of.is_none();
        match f.status {
            Some(Status::Open) => check_open_set(self.db()),
            _ if every_row => Ok(()),
            _ => check_request_sets(self.db()),
        }
        .map_err(|e| self.err(e))?;
        if let Some(t) = as_of {
            return self.list_as_of(f, t, each);
        }
        let db = self.db();
        // The rows and the values they are checked against, read in one state of the file.
        let _snapshot = match db {
            Db::Sqlite(c) if every_row && c.is_autocommit() => {
                c.execute_batch("BEGIN").map_err(|e| self.err(e.into()))?;
                ReadSnapshot(Some(c))
            }
            _ => ReadSnapshot(None),
        };
        let mut sets = SetsFound::default();
        let mut read_all = true;
        let sql = with_seal(db, &sql);
        let seal_at = REQUEST_COLUMNS.split(',').count();
        let mut failed = None;
        let with_cycles = self.with_cycles()?;
        let mut reopened = Vec::new();
        // Rows svcreq did not write as they stand, checked against their histories after.
        let mut unsealed = Vec::new();
        let read = db.each(&sql, &args, |row| {
            let r = if f.brief {
                brief_request_from_row(row)?
            } else {
                request_from_row(row)?
            };
            if !db.is_pg() {
                match sealed(row, seal_at, &r, f.brief) {
                    Seal::Own => {}
                    // Checked against its history whole: its opening records its plan
                    // and tier too, which a brief read leaves empty.
                    seal if f.brief => unsealed.push((request_from_row(row)?, seal)),
                    seal => unsealed.push((r.clone(), seal)),
                }
            }
            if with_cycles.holds(&r) {
                reopened.push(r.clone());
            }
            if every_row {
                sets.add(&r);
            }
            match each(r) {
                Ok(true) => Ok(true),
                Ok(false) => {
                    read_all = false;
                    Ok(false)
                }
                Err(e) => {
                    failed = Some(e);
                    Ok(false)
                }
            }
        });
        // The sets first, as a reader that checks them before it reads refuses them: a
        // request added by hand fails the set before its own row or history is judged.
        if every_row {
            match read_all && read.is_ok() && failed.is_none() {
                true => sets.check(db),
                false => check_request_sets(db),
            }
            .map_err(|e| self.err(e))?;
        }
        read.map_err(|e| self.err(e))?;
        if let Some(e) = failed {
            return Err(e);
        }
        for (r, seal) in &unsealed {
            check_unsealed(db, r, *seal).map_err(|e| self.err(e))?;
        }
        self.check_cycles_of(reopened, &with_cycles)
    }

    /// Every earlier response cycle, by request, oldest first (one pass over the cycles
    /// table, whose rows are the ledger's reopens: few).
    pub fn cycles_by_request(&self) -> anyhow::Result<HashMap<i64, Vec<PastCycle>>> {
        let mut by: HashMap<i64, Vec<PastCycle>> = HashMap::new();
        for p in self.past_cycles(None)? {
            by.entry(p.request_id).or_default().push(p);
        }
        Ok(by)
    }

    /// The requests that have earlier cycles (one pass over the cycles table's key; its rows
    /// are the ledger's reopens: few).
    fn with_cycles(&self) -> anyhow::Result<WithCycles> {
        self.db()
            .rows("SELECT DISTINCT request_id FROM cycles", &[], |r| r.int(0))
            .map(|ids| WithCycles(ids.into_iter().collect()))
            .map_err(|e| self.err(e))
    }

    /// The earlier cycles of the `listed` requests that [`WithCycles::holds`] names, by
    /// request: one request at a time, or in one pass over the cycles table when the
    /// listing holds most of the requests that have any.
    fn cycles_of_listed(
        &self,
        listed: &[Request],
        with_cycles: &WithCycles,
    ) -> anyhow::Result<HashMap<i64, Vec<PastCycle>>> {
        let needed = listed.iter().filter(|r| with_cycles.holds(r)).count();
        if needed * 8 >= with_cycles.0.len().max(1) {
            return self.cycles_by_request();
        }
        let mut by = HashMap::new();
        for r in listed.iter().filter(|r| with_cycles.holds(r)) {
            by.insert(r.id, self.past_cycles(Some(r.id))?);
        }
        Ok(by)
    }

    /// The read check of listed requests against their earlier cycles, as every reader of
    /// a request makes it ([`consistent_history`]: as many as its `reopen_count`, in order):
    /// `listed` are those a listing read that [`WithCycles::holds`] names. A listing's
    /// requests are read and checked before any is shown (its output is spooled), so a
    /// refused one leaves nothing half-written.
    fn check_cycles_of(
        &self,
        listed: Vec<Request>,
        with_cycles: &WithCycles,
    ) -> anyhow::Result<()> {
        let by = self.cycles_of_listed(&listed, with_cycles)?;
        for r in &listed {
            self.check_history(r, by.get(&r.id).map_or(&[][..], Vec::as_slice), None)?;
        }
        Ok(())
    }

    /// The history of stored request `r` (as [`Store::events`] reads it), checked as `show`
    /// checks it ([`Store::check_history`], with its earlier cycles): what a reader reads to
    /// show `r` as it stood at an earlier instant ([`Store::as_of_with`]). A hand-edited
    /// history is refused by request and column (exit 1), never read as another one.
    pub fn checked_history(&self, r: &Request) -> anyhow::Result<Vec<Event>> {
        let events = self.events(r.id)?;
        self.check_history(r, &self.past_cycles_of(r)?, Some(&events))?;
        Ok(events)
    }

    /// `r` as it stood at `t` (SPEC 6), given its whole history (oldest first): the changes
    /// recorded after `t` undone (each event's old values), then the cycle in force at `t`
    /// ([`Request::as_of`]). None when it was opened after `t`. The history is the one a
    /// reader has checked ([`Store::checked_history`], or as `show` checks it): a request is
    /// never rebuilt from a history no reader would read.
    pub fn as_of_with(
        &self,
        r: Request,
        t: DateTime<Utc>,
        history: &[Event],
    ) -> anyhow::Result<Option<Request>> {
        self.undone(r, t, history, None)
    }

    /// As [`Store::as_of_with`], given the request's earlier cycles too when at hand
    /// (`past`; None: read here when needed).
    fn undone(
        &self,
        mut r: Request,
        t: DateTime<Utc>,
        history: &[Event],
        past: Option<&[PastCycle]>,
    ) -> anyhow::Result<Option<Request>> {
        if r.opened_at > t {
            return Ok(None);
        }
        let changes = history
            .iter()
            .rev()
            .filter(|e| e.at > t && e.kind != "redacted")
            .filter_map(|e| e.data.as_deref());
        for data in changes {
            r.undo(data);
        }
        if r.cycle_started_at <= t {
            return Ok(r.as_of(t, &[], history));
        }
        let read;
        let past = match past {
            Some(p) => p,
            None => {
                read = self.past_cycles(Some(r.id))?;
                &read
            }
        };
        Ok(r.as_of(t, past, history))
    }

    /// The texts of a request's notes recorded at or before `t`, oldest first.
    fn notes_until(&self, id: i64, t: DateTime<Utc>) -> anyhow::Result<Vec<String>> {
        event_texts(self.db(), id, Some(t)).map_err(|e| self.err(e))
    }

    /// The history of request `id` as [`Store::events`] reads it, in a plain query: the
    /// "imported" event of the import `import` that brought it in (each import read once,
    /// into `imports`), then its events. What a listing at a past instant reads per request.
    fn history_of(
        &self,
        id: i64,
        import: Option<i64>,
        imports: &mut HashMap<i64, Option<Event>>,
    ) -> anyhow::Result<Vec<Event>> {
        let mut events = Vec::new();
        if let Some(i) = import {
            let imported = match imports.entry(i) {
                std::collections::hash_map::Entry::Occupied(o) => o.get().clone(),
                std::collections::hash_map::Entry::Vacant(v) => v
                    .insert(
                        self.db()
                            .row(
                                "SELECT at, actor FROM imports WHERE id = ?1",
                                &[Arg::Int(i)],
                                |r| {
                                    Ok(Event {
                                        at: r.time(0)?,
                                        actor: r.text(1)?,
                                        kind: "imported".into(),
                                        detail: "imported".into(),
                                        data: None,
                                    })
                                },
                            )
                            .map_err(|e| self.err(e.in_request(id)))?,
                    )
                    .clone(),
            };
            events.extend(imported);
        }
        // Put in order here: SQLite prepares a statement with an ORDER BY again for each
        // request bound to it (about 60 µs), where the index gives the order anyway.
        let mut own = self
            .db()
            .rows(
                "SELECT id, at, actor, kind, detail, data FROM events WHERE request_id = ?1",
                &[Arg::Int(id)],
                |r| Ok((r.int(0)?, event_from_row_at(r, 1)?)),
            )
            .map_err(|e| self.err(e.in_request(id)))?;
        own.sort_by_key(|(seq, _)| *seq);
        events.extend(own.into_iter().map(|(_, e)| e));
        Ok(events)
    }

    /// `list` at a past instant `t`: the filters that do not change over time run in SQL;
    /// status and severity are judged on each request as it stood at `t`, then sorted.
    fn list_as_of(
        &self,
        f: &ListFilter,
        t: DateTime<Utc>,
        mut each: impl FnMut(Request) -> anyhow::Result<bool>,
    ) -> anyhow::Result<()> {
        // What can change over time is judged on the request as it stood at `t`; access on
        // the request as it is (SPEC 1.7).
        let g = ListFilter {
            status: None,
            severities: Vec::new(),
            categories: Vec::new(),
            tenants: f.visible.clone().unwrap_or_default(),
            plans: Vec::new(),
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
        let (mut sql, mut args) = Store::list_query(&g, self.is_pg());
        args.push(ts(t).into());
        let at = args.len();
        sql = sql.replace(
            " ORDER BY id",
            &format!(" AND {} ORDER BY id", at_most("opened_at", at)),
        );
        // With the import that brought each request in, read as its history's first event.
        let n = REQUEST_COLUMNS.split(',').count();
        sql = sql.replacen(
            &format!("SELECT {REQUEST_COLUMNS} FROM"),
            &format!("SELECT {REQUEST_COLUMNS}, import_id FROM"),
            1,
        );
        let rows = self
            .db()
            .rows(&sql, &args, |row| {
                let r = request_from_row(row)?;
                let import = row.opt_int(n).map_err(|e| e.in_request(r.id))?;
                Ok((r, import))
            })
            .map_err(|e| self.err(e))?;
        let requests: Vec<Request> = rows.iter().map(|(r, _)| r.clone()).collect();
        let with_cycles = self.with_cycles()?;
        let mut cycles = self.cycles_of_listed(&requests, &with_cycles)?;
        drop(requests);
        let mut imports = HashMap::new();
        let mut then = Vec::with_capacity(rows.len());
        for (r, import) in rows {
            // Each request is rebuilt from its history: the history is read whole and
            // checked as `show` checks it, so a hand-edited one is refused here as there
            // (SPEC 6), never rebuilt into another request.
            let past = match with_cycles.holds(&r) {
                true => cycles.remove(&r.id).unwrap_or_default(),
                false => Vec::new(),
            };
            let events = self.history_of(r.id, import, &mut imports)?;
            self.check_history(&r, &past, Some(&events))?;
            let Some(r) = self.undone(r, t, &events, Some(&past))? else {
                continue;
            };
            if f.status.is_some_and(|s| s != r.status)
                || (!f.severities.is_empty()
                    && !r.severity.is_some_and(|s| f.severities.contains(&s)))
                || (!f.categories.is_empty() && !f.categories.contains(&r.category))
                || (!f.tenants.is_empty() && !f.tenants.contains(&r.tenant))
                || (!f.plans.is_empty() && !f.plans.contains(&r.plan))
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
        find_case(self.db(), number, tenant).map_err(|e| self.err(e))
    }

    /// The underlying SQLite connection, for tests of pragmas and query plans.
    #[doc(hidden)]
    pub fn connection(&self) -> &Connection {
        match &self.conn {
            Backend::Sqlite(c) => c,
            Backend::Pg(_) => panic!("connection() is for SQLite ledgers"),
        }
    }
}

/// After rows went in with ids of their own (the largest request id kept: `kept`),
/// PostgreSQL's id sequences move past them — never back: an id another writer took and
/// has not committed yet stays behind them. A role that may set the sequences (the tables'
/// owner) sets them past every row; a role that may only draw from them (one that
/// row-level security confines, which sees only its tenants' rows) draws the requests'
/// sequence up to `kept`, as far as its own rows need it (its imports keep no other ids).
fn bump_sequences(p: &PgConn, kept: i64) -> DbResult<()> {
    let may_set = p
        .query(
            "SELECT has_sequence_privilege(pg_get_serial_sequence('requests', 'id'), 'UPDATE')",
            &[],
        )?
        .first()
        .and_then(|r| r.get::<_, Option<bool>>(0))
        .unwrap_or(false);
    if !may_set {
        p.query(
            "SELECT count(nextval(q.s)) \
               FROM (SELECT CAST(pg_get_serial_sequence('requests', 'id') AS regclass) AS s) q, \
                    generate_series(1, GREATEST(CAST(?1 AS BIGINT) - COALESCE(pg_sequence_last_value(q.s), 0), 0))",
            &[Arg::Int(kept)],
        )?;
        return Ok(());
    }
    let mut sql = String::new();
    for table in ["requests", "events", "imports"] {
        sql.push_str(&format!(
            "SELECT setval(q.s, GREATEST((SELECT max(id) FROM {table}), pg_sequence_last_value(q.s), 1)) \
               FROM (SELECT CAST(pg_get_serial_sequence('{table}', 'id') AS regclass) AS s) q;"
        ));
    }
    p.batch(&sql)
}

/// One sentence for an error on an SQLite ledger.
fn sqlite_error(path: &Path, e: DbError) -> anyhow::Error {
    match e {
        DbError::Sqlite(e) => open::db_error(path, e),
        DbError::Value(what) => crate::error::failure(crate::tr!(
            "store-unreadable-value",
            path = path.display().to_string(),
            what = what
        )),
        DbError::Pg(e) => pg::error(&path.display().to_string(), DbError::Pg(e)),
    }
}

/// Earlier response cycles of request `id` (of every request for `None`), oldest first;
/// on a ledger file, a row whose check value is not its own
/// ([`crate::rules::record::cycle_seal`]) has its request checked against its history
/// ([`check_unsealed`]), so an earlier cycle edited by hand is refused by every reader.
fn past_cycles(db: Db<'_>, id: Option<i64>) -> DbResult<Vec<PastCycle>> {
    let (cycles, mut unsealed) = past_cycles_raw(db, id)?;
    unsealed.dedup();
    for (id, seal) in unsealed {
        let sql = format!("SELECT {REQUEST_COLUMNS} FROM requests WHERE id = ?1");
        if let Some(r) = db.row(&sql, &[Arg::Int(id)], request_from_row)? {
            check_unsealed(db, &r, seal)?;
        }
    }
    Ok(cycles)
}

/// Requests named by earlier-cycle rows whose check value is not their own, with how.
type UnsealedCycles = Vec<(i64, Seal)>;

/// The earlier cycles of [`past_cycles`] as their rows hold them, with the requests
/// (in order) whose cycle rows' check values are not their own (none on a team ledger).
fn past_cycles_raw(db: Db<'_>, id: Option<i64>) -> DbResult<(Vec<PastCycle>, UnsealedCycles)> {
    let pg = db.is_pg();
    let mut unsealed = Vec::new();
    // One request's by its key; every request's in one pass.
    let which = match id {
        Some(_) => " WHERE request_id = ?1",
        None => " WHERE CAST(?1 AS BIGINT) IS NULL",
    };
    // Each column named as the read check names it (`cycles.severity`), with the request.
    db.rows(
        &format!(
            r#"SELECT request_id, seq AS "cycles.seq", severity AS "cycles.severity",
             availability AS "cycles.availability", response_target AS "cycles.response_target",
             response_clock AS "cycles.response_clock", started_at AS "cycles.started_at",
             response_due AS "cycles.response_due", first_response_at AS "cycles.first_response_at",
             closed_at AS "cycles.closed_at", resolution AS "cycles.resolution"{}
             FROM cycles{which} ORDER BY request_id, seq"#,
            seal_column(db)
        ),
        &[Arg::from(id)],
        |r| {
            let request_id = r.int(0)?;
            let cycle = || -> DbResult<PastCycle> {
                Ok(PastCycle {
                    request_id,
                    seq: r.int(1)?,
                    severity: r.parse_opt(2)?,
                    availability: r.text_of::<crate::rules::file::Availability>(3)?,
                    response_target: r.text_of::<crate::rules::file::Response>(4)?,
                    response_clock: r.text_of::<crate::rules::file::Clock>(5)?,
                    cycle: Cycle {
                        started_at: r.time(6)?,
                        due: r.opt_time(7)?,
                        responded_at: r.opt_time(8)?,
                        closed_at: r.opt_time(9)?,
                    },
                    resolution: r.opt_text(10)?,
                })
            };
            let p = cycle().map_err(|e| e.in_request(request_id))?;
            if !pg {
                match r.opt_int(11).ok().flatten() {
                    None => unsealed.push((request_id, Seal::Missing)),
                    Some(v) if v != crate::rules::record::cycle_seal(request_id, &p) => {
                        unsealed.push((request_id, Seal::Other))
                    }
                    Some(_) => {}
                }
            }
            Ok(p)
        },
    )
    .map(|cycles| (cycles, unsealed))
}

/// The SQL condition "the row's severity contradicts its category" (SPEC 1.3, 6: a
/// severity exactly on a technical request), on both backends: what a filter on either
/// column lets through, as [`outside`] does, so the read check refuses the row.
const SEVERITY_AGAINST_CATEGORY: &str = "((severity IS NULL) = (category = 'technical'))";

/// The SQL condition "text column `col` holds a value outside its closed domain `known`"
/// (every value svcreq writes there; NULL is not outside): what a filter on the column
/// lets through besides the values it asks for, so the read check refuses the row (SPEC 6)
/// instead of the filter passing over it. `known` are svcreq's own ids, written as
/// literals.
fn outside(col: &str, known: &[&str]) -> String {
    let known: Vec<String> = known.iter().map(|k| format!("'{k}'")).collect();
    format!("{col} NOT IN ({})", known.join(", "))
}

/// The SQL condition "time column `col` is at or before parameter `?n`", true also of a
/// value no reader can take as a time (SPEC 6: after 9999, or on SQLite a text, which sorts
/// after every number): a window on a time never hides a hand-edited row from the read
/// check that refuses it, as it would if the window's query skipped the row.
fn at_most(col: &str, n: usize) -> String {
    let latest = crate::rules::history::latest_representable().timestamp();
    format!("({col} <= ?{n} OR {col} > {latest})")
}

/// As [`at_most`], "at or after parameter `?n`", true also of a time before year 1 (and of
/// a text, which sorts after every number).
fn at_least(col: &str, n: usize) -> String {
    let earliest = crate::rules::history::earliest_representable().timestamp();
    format!("({col} >= ?{n} OR {col} < {earliest})")
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

    /// A brief listing reads the columns of a full read, in their order, but the
    /// description: one decoding and one read check serve both.
    #[test]
    fn a_brief_listing_reads_every_column_but_the_description() {
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(
            words(BRIEF_COLUMNS),
            words(&REQUEST_COLUMNS.replacen(" description,", " '' AS description,", 1))
        );
    }

    /// An `incidents` column is empty or ids each separated by one space, as svcreq
    /// writes it (SPEC 7).
    #[test]
    fn an_incident_list_is_read_as_svcreq_writes_it() {
        for (text, written) in [
            ("", true),
            ("EX123456", true),
            ("EX123456 MO654321", true),
            ("EX123456  MO654321", false),
            (" EX123456", false),
            ("EX123456 ", false),
            ("EX123456 outage", false),
            ("ex123456", false),
        ] {
            assert_eq!(incidents_as_written(text), written, "{text:?}");
        }
    }
}
