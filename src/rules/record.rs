//! The records of the ledger, pure: a request with its current response cycle, its case
//! record, its earlier cycles and the events of its history (SPEC 1.5, 1.6, 7). The store
//! reads and writes them; the decisions of [`super::filing`] take and return them.

use super::zone::Zone;
use super::{
    Availability, Category, Channel, Clock, ContactMethod, Cycle, Response, Scope, Service,
    Severity, Target,
};
use crate::time::{format_local, format_utc};
use chrono::{DateTime, Utc};

/// Where a severity came from (the JSON field `severity_source`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SeveritySource {
    /// Given by the admin (`--severity`).
    Manual,
    /// Derived from the impact facts (SPEC 1.3).
    Classified,
    /// Assigned by Microsoft when it opened the case (SPEC 7, `--by microsoft`).
    Microsoft,
}

impl SeveritySource {
    pub fn as_str(self) -> &'static str {
        match self {
            SeveritySource::Manual => "manual",
            SeveritySource::Classified => "classified",
            SeveritySource::Microsoft => "microsoft",
        }
    }
}

impl std::fmt::Display for SeveritySource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for SeveritySource {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        [
            SeveritySource::Manual,
            SeveritySource::Classified,
            SeveritySource::Microsoft,
        ]
        .into_iter()
        .find(|v| v.as_str() == s)
        .ok_or_else(|| crate::tr!("error-unknown-severity-source", value = s))
    }
}

/// Open or closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Open,
    Closed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Closed => "closed",
        }
    }
}

/// A request as the ledger holds it, with its current response cycle. Serialised (an
/// import's spool) with times as whole Unix seconds, as the ledger stores them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Request {
    pub id: i64,
    pub tenant: String,
    pub title: String,
    pub description: String,
    pub category: Category,
    pub service: Option<Service>,
    pub severity: Option<Severity>,
    pub severity_source: Option<SeveritySource>,
    pub plan: String,
    pub tier: String,
    pub channel: Channel,
    pub status: Status,
    #[serde(with = "chrono::serde::ts_seconds")]
    pub opened_at: DateTime<Utc>,
    #[serde(with = "chrono::serde::ts_seconds_option")]
    pub closed_at: Option<DateTime<Utc>>,
    pub reopen_count: i64,
    pub scope: Scope,
    pub opened_by: String,
    /// The tenant's time zone when the request was filed.
    pub timezone: String,
    #[serde(with = "chrono::serde::ts_seconds")]
    pub cycle_started_at: DateTime<Utc>,
    pub availability: String,
    pub response_target: String,
    pub response_clock: String,
    #[serde(with = "chrono::serde::ts_seconds_option")]
    pub response_due: Option<DateTime<Utc>>,
    #[serde(with = "chrono::serde::ts_seconds_option")]
    pub first_response_at: Option<DateTime<Utc>>,
    /// The case as Microsoft runs it (SPEC 7).
    pub case: Case,
}

/// The case record of a request (SPEC 7): Microsoft's number, who to contact, who works
/// it, linked incidents and the resolution.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Case {
    /// Microsoft's service request number (unique per tenant, compared without case).
    pub case_number: Option<String>,
    pub contact: Option<String>,
    pub contact_method: Option<ContactMethod>,
    /// Whether the customer stays reachable around the clock.
    pub available_24x7: bool,
    /// Microsoft's support engineer.
    pub engineer: Option<String>,
    /// The admin working the case on the customer's side.
    pub owner: Option<String>,
    /// Linked service-health incident ids, in the order they were linked.
    pub incidents: Vec<String>,
    /// The text given at close (None while open).
    pub resolution: Option<String>,
    /// When the current cycle's target began counting, if a change of severity, category
    /// or tenant re-targeted it (SPEC 7); None: from the cycle's start.
    pub target_started_at: Option<DateTime<Utc>>,
}

impl Request {
    /// The latest of the request's own times (opened, cycle start, first response, close).
    pub fn latest_own_time(&self) -> DateTime<Utc> {
        [
            Some(self.opened_at),
            Some(self.cycle_started_at),
            self.first_response_at,
            self.closed_at,
        ]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(self.opened_at)
    }

    /// The request as it stood at `t` (SPEC 6, `--now T` as a point in time), from its
    /// current state with the changes recorded after `t` undone ([`Request::undo`]), its
    /// earlier cycles (`past`, oldest first) and its `history` (oldest first; read only
    /// when the cycle in force at `t` is an earlier one): None when it was opened after
    /// `t`; else the response cycle in force at `t`, with a response or close recorded
    /// after `t` not yet happened. An earlier cycle is recorded as it ended; the changes
    /// made to it after `t` (a severity, category or tenant change before its close) are
    /// undone from that, so every cycle reads as it stood at `t`, whatever came after. A
    /// cycle whose response or close was corrected runs under the target the corrected
    /// timeline gives it at `t` ([`corrected_target_at`]), however late the correction
    /// was recorded (`history` needed for that in the current cycle too).
    pub fn as_of(
        &self,
        t: DateTime<Utc>,
        past: &[PastCycle],
        history: &[Event],
    ) -> Option<Request> {
        if self.opened_at > t {
            return None;
        }
        let mut r = self.clone();
        if r.cycle_started_at > t {
            // Reopened after t: the cycle in force at t is an earlier one.
            let p = past
                .iter()
                .filter(|p| p.cycle.started_at <= t)
                .max_by_key(|p| p.seq)?;
            r.reopen_count = p.seq;
            r.severity = p.severity;
            r.availability = p.availability.clone();
            r.response_target = p.response_target.clone();
            r.response_clock = p.response_clock.clone();
            r.cycle_started_at = p.cycle.started_at;
            r.response_due = p.cycle.due;
            r.first_response_at = p.cycle.responded_at;
            r.closed_at = p.cycle.closed_at;
            r.case.resolution = p
                .resolution
                .clone()
                .filter(|_| p.cycle.closed_at <= Some(t));
            r.case.target_started_at = retarget_start(history, p.cycle.started_at, t);
            // The changes recorded after t and before the reopen that ended it, undone
            // from the cycle as it ended, newest first.
            let after: Vec<&Event> = history
                .iter()
                .filter(|e| e.at > t && e.kind != "redacted")
                .take_while(|e| e.kind != "reopened")
                .collect();
            for e in after.into_iter().rev() {
                if let Some(d) = e.data.as_deref() {
                    r.undo(d);
                }
            }
        }
        // A corrected response or close recomputed the cycle's targets: read the one in
        // force at t from the correction (SPEC 6, 7), whenever the correction was recorded.
        if let Some(target) = corrected_target_at(history, r.cycle_started_at, t) {
            target.apply(&mut r);
        }
        r.first_response_at = r.first_response_at.filter(|x| *x <= t);
        r.closed_at = r.closed_at.filter(|x| *x <= t);
        r.status = if r.closed_at.is_some() {
            Status::Closed
        } else {
            Status::Open
        };
        Some(r)
    }

    /// Undo one event's changes (its `data`, SPEC 7): each field it names takes its old
    /// value. Used newest first on the events after an instant to show the request as it
    /// stood then (SPEC 6). The times of the response cycle (status, response, close,
    /// reopen) are left to [`Request::as_of`], which reads them from the cycles.
    pub fn undo(&mut self, data: &str) {
        self.take_side(data, "old");
    }

    /// Redo one event's changes (its `data`): each field it names takes its new value, as
    /// [`Request::undo`] gives each its old one.
    pub fn redo(&mut self, data: &str) {
        self.take_side(data, "new");
    }

    /// Each field `data` names takes the value on `side` (`old` or `new`) of its change.
    fn take_side(&mut self, data: &str, side: &str) {
        let Ok(serde_json::Value::Object(map)) = serde_json::from_str::<serde_json::Value>(data)
        else {
            return;
        };
        for (field, change) in map {
            let Some(old) = change.get(side) else {
                continue;
            };
            let text = || old.as_str().map(str::to_string);
            let time = || {
                old.as_str()
                    .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
                    .map(|t| t.with_timezone(&Utc))
            };
            let c = &mut self.case;
            match field.as_str() {
                "title" => self.title = text().unwrap_or_default(),
                "description" => self.description = text().unwrap_or_default(),
                "service" => self.service = text().and_then(|s| s.parse().ok()),
                "severity" => self.severity = text().and_then(|s| s.parse().ok()),
                "severity_source" => self.severity_source = text().and_then(|s| s.parse().ok()),
                "category" => {
                    if let Some(v) = text().and_then(|s| s.parse().ok()) {
                        self.category = v;
                    }
                }
                "tenant" => self.tenant = text().unwrap_or_else(|| self.tenant.clone()),
                "plan" => self.plan = text().unwrap_or_else(|| self.plan.clone()),
                "tier" => self.tier = text().unwrap_or_else(|| self.tier.clone()),
                "timezone" => self.timezone = text().unwrap_or_else(|| self.timezone.clone()),
                "availability" => self.availability = text().unwrap_or_default(),
                "response_target" => self.response_target = text().unwrap_or_default(),
                "response_clock" => self.response_clock = text().unwrap_or_default(),
                "response_due" => self.response_due = time(),
                "target_started_at" => c.target_started_at = time(),
                "case_number" => c.case_number = text(),
                "contact" => c.contact = text(),
                "contact_method" => c.contact_method = text().and_then(|s| s.parse().ok()),
                "available_24x7" => c.available_24x7 = old.as_bool().unwrap_or(false),
                "engineer" => c.engineer = text(),
                "owner" => c.owner = text(),
                "incidents" => {
                    c.incidents = old
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .filter_map(|v| v.as_str().map(str::to_string))
                                .collect()
                        })
                        .unwrap_or_default()
                }
                "resolution" => c.resolution = text(),
                _ => {}
            }
        }
    }

    /// The text `list --search` matches for this request, given its notes (SPEC 7).
    pub fn search_text<'n>(&self, notes: impl IntoIterator<Item = &'n str>) -> String {
        let c = &self.case;
        let incidents = c.incidents.join(" ");
        let fields = [
            self.title.as_str(),
            self.description.as_str(),
            c.resolution.as_deref().unwrap_or(""),
            c.case_number.as_deref().unwrap_or(""),
            c.engineer.as_deref().unwrap_or(""),
            c.owner.as_deref().unwrap_or(""),
            c.contact.as_deref().unwrap_or(""),
        ];
        let mut parts: Vec<&str> = fields.to_vec();
        parts.push(&incidents);
        for n in notes {
            parts.push(n);
        }
        super::case::search_text(parts)
    }

    /// The current response cycle as its SLA state is judged: from when its target
    /// began counting (a re-targeted cycle's target counts from the change, SPEC 7).
    pub fn sla_cycle(&self) -> Cycle {
        Cycle {
            started_at: self.case.target_started_at.unwrap_or(self.cycle_started_at),
            ..self.cycle()
        }
    }

    /// The current response cycle.
    pub fn cycle(&self) -> Cycle {
        Cycle {
            started_at: self.cycle_started_at,
            due: self.response_due,
            responded_at: self.first_response_at,
            closed_at: self.closed_at,
        }
    }
}

/// An earlier response cycle of a reopened request.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PastCycle {
    pub request_id: i64,
    pub seq: i64,
    pub severity: Option<Severity>,
    pub availability: String,
    pub response_target: String,
    pub response_clock: String,
    pub cycle: Cycle,
    /// The resolution the cycle was closed with.
    pub resolution: Option<String>,
}

/// When the target of a response cycle that started at `start` began counting at `t` (a
/// re-target by a change of severity, category or tenant, SPEC 7), read from the request's
/// `history` (oldest first): the last re-target recorded within the cycle up to `t`; None
/// when it counts from the cycle's start (a reopen clears it without recording so).
pub fn retarget_start(
    history: &[Event],
    start: DateTime<Utc>,
    t: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    if let Some(target) = corrected_target_at(history, start, t) {
        return target.target_started_at;
    }
    history
        .iter()
        .filter(|e| e.at <= t)
        .filter_map(|e| changed_time(e.data.as_deref()?, "target_started_at"))
        .next_back()
        .flatten()
        .filter(|s| start <= *s && *s <= t)
}

/// Why a severity change left the target in force as it was (SPEC 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKept {
    /// The cycle had breached its due time before the change: the breach stands.
    Breached,
    /// The cycle had been answered or closed before the change: its target stays.
    Answered,
}

/// The severity the target in force of `r`'s current cycle was set under, read from its
/// `history` (oldest first) as it stood at `now` (SPEC 6: a later event has not happened
/// yet): the severity as it stood when the target began counting.
/// When a later change of severity left that target as it was (SPEC 7: a breach that had
/// happened stands; an answered cycle keeps its target), also the change's time, the
/// severity it set and why the target stayed; None when the target in force is the
/// current severity's (a change that re-targeted the cycle, or none).
pub fn target_set_under(
    r: &Request,
    history: &[Event],
    now: DateTime<Utc>,
) -> (Option<Severity>, Option<(DateTime<Utc>, TargetKept)>) {
    let cycle = r.sla_cycle();
    // The first change of severity after the target began counting, within the cycle.
    let first_change = history
        .iter()
        .filter(|e| e.at > cycle.started_at && e.at <= now)
        .find_map(|e| {
            let v: serde_json::Value = serde_json::from_str(e.data.as_deref()?).ok()?;
            let old = v.get("severity")?.get("old")?;
            let old = old.as_str().and_then(|s| s.parse::<Severity>().ok());
            Some((e.at, old))
        });
    let Some((at, old)) = first_change else {
        return (r.severity, None);
    };
    if old == r.severity {
        return (r.severity, None);
    }
    let kept = if cycle.due.is_some_and(|d| d < at) {
        TargetKept::Breached
    } else if cycle
        .responded_at
        .or(cycle.closed_at)
        .is_some_and(|t| t <= at)
    {
        TargetKept::Answered
    } else {
        return (r.severity, None);
    };
    (old, Some((at, kept)))
}

/// The new value of time field `field` in an event's `data`, when the event changed it:
/// `Some(None)` when it was cleared.
fn changed_time(data: &str, field: &str) -> Option<Option<DateTime<Utc>>> {
    let v: serde_json::Value = serde_json::from_str(data).ok()?;
    let new = v.get(field)?.get("new")?;
    Some(
        new.as_str()
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            .map(|t| t.with_timezone(&Utc)),
    )
}

/// The first value in an event's `data` (SPEC 7) that svcreq could not read back: a field
/// whose `{"old", "new"}` change [`Request::undo`] or [`Request::as_of`] reads, holding a
/// value outside the field's domain (a severity `Z`, a time that is not RFC 3339 or lies
/// outside the years 0001–9999, a zone svcreq does not know, a text where a flag or a count
/// belongs). Said as the field (`severity.new`) and the value as JSON text; None when every
/// value reads. Null is read as "none" for every field, as `undo` reads it; fields svcreq
/// does not read back are not judged.
pub fn unreadable_data(data: &str) -> Option<(String, String)> {
    let Ok(serde_json::Value::Object(map)) = serde_json::from_str::<serde_json::Value>(data) else {
        return None;
    };
    fn text_of<T: std::str::FromStr>(v: &serde_json::Value) -> bool {
        v.as_str().is_some_and(|s| s.parse::<T>().is_ok())
    }
    for (field, change) in &map {
        let reads: fn(&serde_json::Value) -> bool = match field.as_str() {
            "severity" => text_of::<Severity>,
            "service" => text_of::<Service>,
            "severity_source" => text_of::<SeveritySource>,
            "category" => text_of::<Category>,
            "contact_method" => text_of::<ContactMethod>,
            "channel" => text_of::<Channel>,
            "scope" => text_of::<Scope>,
            "availability" => text_of::<Availability>,
            "response_target" => text_of::<Response>,
            "response_clock" => text_of::<Clock>,
            "status" => |v| matches!(v.as_str(), Some("open" | "closed")),
            "timezone" => |v| v.as_str().is_some_and(|z| Zone::get(z).is_some()),
            "response_due" | "target_started_at" | "first_response_at" | "closed_at"
            | "cycle_started_at" => |v| {
                v.as_str()
                    .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
                    .is_some_and(|t| crate::rules::history::is_representable(t.with_timezone(&Utc)))
            },
            "reopen_count" => |v| v.as_i64().is_some_and(|n| n >= 0),
            "available_24x7" => serde_json::Value::is_boolean,
            "incidents" => |v| {
                v.as_array()
                    .is_some_and(|a| a.iter().all(serde_json::Value::is_string))
            },
            "tenant" | "plan" | "tier" | "title" | "description" | "case_number" | "contact"
            | "engineer" | "owner" | "resolution" => serde_json::Value::is_string,
            _ => continue,
        };
        let serde_json::Value::Object(sides) = change else {
            continue;
        };
        for side in ["old", "new"] {
            if let Some(v) = sides.get(side).filter(|v| !v.is_null() && !reads(v)) {
                let shown = match v {
                    serde_json::Value::String(s) => s.clone(),
                    v => v.to_string(),
                };
                return Some((format!("{field}.{side}"), shown));
            }
        }
    }
    None
}

/// One entry of a request's history.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Event {
    #[serde(with = "chrono::serde::ts_seconds")]
    pub at: DateTime<Utc>,
    pub actor: String,
    pub kind: String,
    /// The event as people read it.
    pub detail: String,
    /// What the event changed, as JSON text: for each field `{"old": .., "new": ..}`
    /// (SPEC 7); a note's `{"from": ..}`. None for events that change no field.
    pub data: Option<String>,
}

/// Whether an event of kind `kind` with `data` is an entry of the audit trail rather than
/// an action on the case's timeline (SPEC 6, 7): a correction of a response or close time
/// (`respond|close --correct`) or a redaction, both recorded at the present. Such an entry
/// bounds no action (one may be back-filled before it) and is not held to the order of the
/// timeline; a correction of the tenant or category, taken at its `--at`, is an action.
pub fn is_audit_entry(kind: &str, data: Option<&str>) -> bool {
    match kind {
        "redacted" => true,
        "corrected" => !data
            .and_then(|d| serde_json::from_str::<serde_json::Value>(d).ok())
            .is_some_and(|v| v.get("tenant").is_some() || v.get("category").is_some()),
        _ => false,
    }
}

/// Every kind of event svcreq records (SPEC 7): what a history may hold, and all an import
/// takes (`imported` is the event an earlier import recorded, exported with the request).
pub const EVENT_KINDS: &[&str] = &[
    "opened",
    "responded",
    NOTE,
    "updated",
    "severity-changed",
    "corrected",
    "closed",
    "reopened",
    "redacted",
    "imported",
];

/// One response cycle as its events tell it: the response and close they record (a
/// correction replacing the time), and whether an `imported` event stands for what came
/// before it (then an absent response or close says nothing).
#[derive(Default)]
struct Told {
    responded: Option<DateTime<Utc>>,
    closed: Option<DateTime<Utc>>,
    unknown: bool,
}

/// Why a history is not one svcreq records ([`check_events_agree`]), said by an import as
/// the field of its row and by a reader as the column of the stored request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventFault {
    /// Event `n` (1-based) is of a kind svcreq never records ([`EVENT_KINDS`]).
    UnknownKind { n: usize, kind: String },
    /// Event `n` names no one who acted (its actor is empty or blank).
    NoActor { n: usize },
    /// Event `n` of kind `kind` does not follow the ones before it; `why` says how.
    OutOfPlace { n: usize, kind: String, why: String },
    /// Event `n` of kind `kind` holds in `column` (`events.detail`, `events.data`) what no
    /// command writes for its kind ([`unwritten_note`], a correction's old value that is
    /// not what the history before it records); `why` says what.
    Unwritten {
        n: usize,
        kind: String,
        column: &'static str,
        why: String,
    },
    /// The row's `name` (of earlier cycle `cycle`, 1-based, when given) records `row`,
    /// where its events tell `events` (a time, `null`, or a count).
    Disagree {
        name: &'static str,
        cycle: Option<usize>,
        row: String,
        events: String,
    },
}

impl EventFault {
    /// The fault as an import says it, naming the field of its row (`events` entry `n`).
    pub fn import_message(&self) -> String {
        match self {
            EventFault::UnknownKind { n, kind } => crate::tr!(
                "import-event-unknown-kind",
                n = *n,
                kind = crate::output::inert_line(kind),
                kinds = EVENT_KINDS.join(", ")
            ),
            EventFault::NoActor { n } => crate::tr!("import-event-no-actor", n = *n),
            EventFault::OutOfPlace { n, kind, why } => crate::tr!(
                "import-event-out-of-place",
                n = *n,
                kind = crate::output::inert_line(kind),
                why = why.as_str()
            ),
            EventFault::Unwritten { n, kind, why, .. } => crate::tr!(
                "import-event-unwritten",
                n = *n,
                kind = crate::output::inert_line(kind),
                why = why.as_str()
            ),
            EventFault::Disagree {
                name,
                cycle,
                row,
                events,
            } => {
                let field = match cycle {
                    Some(c) => {
                        crate::tr!("import-cycle-field", name = *name, cycle = c.to_string())
                    }
                    None => name.to_string(),
                };
                crate::tr!(
                    "import-events-disagree",
                    field = field,
                    row = row.as_str(),
                    events = events.as_str()
                )
            }
        }
    }

    /// The column of a stored request the fault is in: `events.kind`, `events.actor`, or
    /// the row's (`cycles.NAME` for an earlier cycle's).
    pub fn column(&self) -> String {
        match self {
            EventFault::UnknownKind { .. } | EventFault::OutOfPlace { .. } => "events.kind".into(),
            EventFault::NoActor { .. } => "events.actor".into(),
            EventFault::Unwritten { column, .. } => column.to_string(),
            EventFault::Disagree {
                name,
                cycle: Some(_),
                ..
            } => format!("cycles.{name}"),
            EventFault::Disagree { name, .. } => name.to_string(),
        }
    }

    /// What is wrong in that column of a stored request, the event counted from the first
    /// of its history as `show` lists it.
    pub fn why(&self) -> String {
        match self {
            EventFault::UnknownKind { n, kind } => crate::tr!(
                "store-why-event-kind",
                n = *n,
                kind = crate::output::inert_line(kind)
            ),
            EventFault::NoActor { n } => crate::tr!("store-why-event-no-actor", n = *n),
            EventFault::OutOfPlace { n, kind, why }
            | EventFault::Unwritten { n, kind, why, .. } => crate::tr!(
                "store-why-event-out-of-place",
                n = *n,
                kind = crate::output::inert_line(kind),
                why = why.as_str()
            ),
            EventFault::Disagree {
                cycle: Some(c),
                row,
                events,
                ..
            } => crate::tr!(
                "store-why-cycle-events-disagree",
                cycle = c.to_string(),
                row = row.as_str(),
                events = events.as_str()
            ),
            EventFault::Disagree { row, events, .. } => crate::tr!(
                "store-why-events-disagree",
                row = row.as_str(),
                events = events.as_str()
            ),
        }
    }
}

/// SPEC 6, 7 (`import` checks the same per row; each change is one event): the events of an
/// imported row (oldest first, as appended) agree with the row. Each is of a kind svcreq
/// records ([`EVENT_KINDS`]) and names who acted; the first is the opening or an import, and
/// the opening comes once; read in order, one response and one close
/// per cycle at most, a correction only of a response or close recorded in its cycle, a
/// reopen only of a closed cycle; and they end where the row ends: as many reopens as
/// `reopen_count`, each cycle (the earlier ones in `past`, then the current) responded and
/// closed at the times the row records, so a closed event means a closed row. Before an
/// `imported` event the history is another ledger's: a cycle it begins is judged only by
/// the responses and closes recorded after it. The error names the field (`events` entry,
/// 1-based, or the row's field), as [`EventFault`] says it: an import names the field of
/// its row ([`EventFault::import_message`]), a reader of a stored history the request's
/// column ([`EventFault::column`], [`EventFault::why`]), so what import refuses no reader
/// reads (SPEC 7: no export is written that would not import).
pub fn check_events_agree(
    r: &Request,
    past: &[PastCycle],
    events: &[Event],
) -> Result<(), EventFault> {
    let mut told = vec![Told::default()];
    let mut imported = false;
    // Whether an event other than an import came before.
    let mut begun = false;
    let time_in = |data: Option<&str>, field: &str| {
        data.and_then(|d| serde_json::from_str::<serde_json::Value>(d).ok())
            .and_then(|v| v.get(field)?.get("new")?.as_str().map(str::to_string))
            .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
            .map(|t| t.with_timezone(&Utc))
    };
    // A correction's old value of `field`: as its JSON text (`null` when absent), and as
    // the time it names, if it names one.
    let old_in = |data: Option<&str>, field: &str| {
        let v = data
            .and_then(|d| serde_json::from_str::<serde_json::Value>(d).ok())
            .and_then(|v| v.get(field)?.get("old").cloned())
            .unwrap_or(serde_json::Value::Null);
        let t = v
            .as_str()
            .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.with_timezone(&Utc));
        let shown = v.as_str().map_or_else(|| v.to_string(), str::to_string);
        (shown, t)
    };
    // A history begins with the request's opening, or with an import that brought it in.
    if let Some(first) = events.first()
        && EVENT_KINDS.contains(&first.kind.as_str())
        && !matches!(first.kind.as_str(), "opened" | "imported")
    {
        return Err(EventFault::OutOfPlace {
            n: 1,
            kind: first.kind.clone(),
            why: crate::tr!("import-event-why-first"),
        });
    }
    for (n, e) in (1..).zip(events) {
        if !EVENT_KINDS.contains(&e.kind.as_str()) {
            return Err(EventFault::UnknownKind {
                n,
                kind: e.kind.clone(),
            });
        }
        if e.actor.trim().is_empty() {
            return Err(EventFault::NoActor { n });
        }
        let out_of_place = |why: String| {
            Err(EventFault::OutOfPlace {
                n,
                kind: e.kind.clone(),
                why,
            })
        };
        let cur = told.last_mut().expect("one cycle at least");
        match e.kind.as_str() {
            "imported" => {
                imported = true;
                cur.unknown = true;
            }
            // The opening is recorded once, first (after the imports that carried it).
            "opened" if begun => {
                return out_of_place(crate::tr!("import-event-why-opened"));
            }
            // The opening is dated when the request was opened: a view of an earlier instant
            // rebuilds the request from it.
            "opened" if e.at != r.opened_at => {
                return Err(EventFault::Unwritten {
                    n,
                    kind: e.kind.clone(),
                    column: "events.at",
                    why: crate::tr!(
                        "event-why-opened-at",
                        at = format_utc(e.at),
                        opened = format_utc(r.opened_at)
                    ),
                });
            }
            "responded" if cur.responded.is_some() => {
                return out_of_place(crate::tr!("import-event-why-responded"));
            }
            "responded" => cur.responded = Some(e.at),
            "closed" if cur.closed.is_some() => {
                return out_of_place(crate::tr!("import-event-why-closed"));
            }
            "closed" => cur.closed = Some(e.at),
            "reopened" if cur.closed.is_none() && !cur.unknown => {
                return out_of_place(crate::tr!("import-event-why-open"));
            }
            "reopened" => told.push(Told::default()),
            NOTE => {
                if let Some((column, why)) = unwritten_note(&e.detail, e.data.as_deref()) {
                    return Err(EventFault::Unwritten {
                        n,
                        kind: e.kind.clone(),
                        column,
                        why,
                    });
                }
            }
            "corrected" => {
                let data = e.data.as_deref();
                for (field, slot) in [
                    ("first_response_at", &mut cur.responded),
                    ("closed_at", &mut cur.closed),
                ] {
                    if let Some(t) = time_in(data, field) {
                        if slot.is_none() && !cur.unknown {
                            return out_of_place(crate::tr!("import-event-why-nothing-to-correct"));
                        }
                        // A correction records the time it replaces as the history before
                        // it records it (`respond|close --correct`).
                        if let Some(before) = *slot
                            && let old = old_in(data, field)
                            && old.1 != Some(before)
                        {
                            return Err(EventFault::Unwritten {
                                n,
                                kind: e.kind.clone(),
                                column: "events.data",
                                why: crate::tr!(
                                    "event-why-corrected-old",
                                    field = field,
                                    old = crate::output::inert_line(&old.0).into_owned(),
                                    before = format_utc(before)
                                ),
                            });
                        }
                        *slot = Some(t);
                    }
                }
            }
            _ => {}
        }
        begun |= e.kind != "imported";
    }
    let reopens = told.len() as i64 - 1;
    if reopens > r.reopen_count || (!imported && reopens != r.reopen_count) {
        return Err(EventFault::Disagree {
            name: "reopen_count",
            cycle: None,
            row: r.reopen_count.to_string(),
            events: reopens.to_string(),
        });
    }
    // The cycles the events tell, matched to the row's from the newest back.
    // (the earlier cycle's number, or None for the current one; its response; its close)
    type Recorded = (Option<usize>, Option<DateTime<Utc>>, Option<DateTime<Utc>>);
    let mut recorded: Vec<Recorded> = past
        .iter()
        .enumerate()
        .map(|(i, p)| (Some(i + 1), p.cycle.responded_at, p.cycle.closed_at))
        .collect();
    recorded.push((None, r.first_response_at, r.closed_at));
    let shown = |t: Option<DateTime<Utc>>| t.map_or_else(|| "null".to_string(), format_utc);
    for (t, (cycle, responded, closed)) in told.iter().rev().zip(recorded.iter().rev()) {
        for (name, said, row) in [
            ("first_response_at", t.responded, *responded),
            ("closed_at", t.closed, *closed),
        ] {
            if said != row && (!t.unknown || said.is_some()) {
                return Err(EventFault::Disagree {
                    name,
                    cycle: *cycle,
                    row: shown(row),
                    events: shown(said),
                });
            }
        }
    }
    ends_as_recorded(r, events)?;
    past_as_recorded(past, r, events)
}

/// The fields whose changes an event records (SPEC 7) and whose value decides a verdict:
/// the filing, the target and the due time of the current cycle.
const RECORDED_FIELDS: &[&str] = &[
    "tenant",
    "category",
    "service",
    "severity",
    "severity_source",
    "plan",
    "tier",
    "timezone",
    "availability",
    "response_target",
    "response_clock",
    "response_due",
    "target_started_at",
];

/// The data of the opening that begins a request's history (SPEC 7: the `opened` event
/// `open` writes, and `import` for a row it files as `open` would): what the request was
/// filed with, each of [`RECORDED_FIELDS`] as a change from nothing (`{"old": null, "new":
/// value}`, texts as the row holds them, times in RFC 3339 UTC, null when unset), in the
/// shape every change event has. Readers redo it as any change
/// ([`check_events_agree`] ends where the row ends), and a team ledger's server holds a
/// row whose history is its opening alone to it (`svcreq_recorded_fault`), so a severity,
/// target, due time, tenant or category set by hand is refused there before any update
/// records the field. An opening written before this records nothing (no data).
pub fn opening_data(r: &Request) -> String {
    let time = |t: Option<DateTime<Utc>>| t.map(format_utc);
    let mut map = serde_json::Map::new();
    for name in RECORDED_FIELDS {
        let value = match *name {
            "service" => r.service.map(|v| v.as_str().to_string()),
            "severity" => r.severity.map(|v| v.as_str().to_string()),
            "severity_source" => r.severity_source.as_ref().map(|v| v.as_str().to_string()),
            "response_due" => time(r.response_due),
            "target_started_at" => time(r.case.target_started_at),
            name => Some(r.field_text(name)),
        };
        map.insert(
            (*name).to_string(),
            serde_json::json!({ "old": null, "new": value }),
        );
    }
    serde_json::Value::Object(map).to_string()
}

/// The row ends where its history ends (SPEC 7: each change is one event): each of
/// [`RECORDED_FIELDS`] holds the new value of the last event that recorded a change of it
/// (the history's changes redone in order, a redaction aside; a reopen's cycle counts its
/// target from its start), so a due time, severity or target set by hand, which no event
/// records, is told from one svcreq wrote. On the way, each change records the value it
/// replaced as the history before it left it: the old value an event's data gives one of
/// those fields is the new value of the last event before it that recorded the field, so
/// that a view of an earlier instant, which undoes each change by its old values
/// ([`Request::as_of`]), rebuilds the request as it stood. A field no earlier event
/// recorded (a history begun by an import, or by an opening written before openings
/// recorded values) is not judged; the first event that says otherwise is named, with the
/// field, the value it gives and the one the history before it records.
fn ends_as_recorded(r: &Request, events: &[Event]) -> Result<(), EventFault> {
    let mut told = r.clone();
    let mut known: Vec<&str> = Vec::new();
    for (n, e) in (1..).zip(events) {
        if e.kind == "redacted" {
            continue;
        }
        let data = e.data.as_deref();
        let changes = match data.map(serde_json::from_str::<serde_json::Value>) {
            Some(Ok(serde_json::Value::Object(map))) => Some(map),
            _ => None,
        };
        if let (Some(data), Some(map)) = (data, &changes) {
            let mut before = told.clone();
            before.undo(data);
            for name in RECORDED_FIELDS {
                let (gives, recorded) = (before.field_text(name), told.field_text(name));
                if known.contains(name)
                    && map.get(*name).is_some_and(|c| c.get("old").is_some())
                    && gives != recorded
                {
                    return Err(EventFault::Unwritten {
                        n,
                        kind: e.kind.clone(),
                        column: "events.data",
                        why: crate::tr!(
                            "event-why-changed-old",
                            field = *name,
                            old = crate::output::inert_line(&gives).into_owned(),
                            before = crate::output::inert_line(&recorded).into_owned()
                        ),
                    });
                }
            }
        }
        // A reopen begins a cycle whose target counts from its start.
        if e.kind == "reopened" {
            told.case.target_started_at = None;
        }
        if let Some(d) = data {
            told.redo(d);
        }
        for name in RECORDED_FIELDS {
            if !known.contains(name)
                && changes
                    .as_ref()
                    .and_then(|m| m.get(*name))
                    .is_some_and(|c| c.get("new").is_some())
            {
                known.push(name);
            }
        }
    }
    for name in RECORDED_FIELDS {
        let (row, said) = (r.field_text(name), told.field_text(name));
        if row != said {
            return Err(EventFault::Disagree {
                name,
                cycle: None,
                row,
                events: said,
            });
        }
    }
    Ok(())
}

/// The fields of an earlier cycle that the events after its reopen record (SPEC 7): a
/// reopen records the start, severity, target and due time it replaced, a later change
/// the severity it replaced. (The availability and clock a reopen's new target brings are
/// recorded by a reopen since the opening records them, but a cycle's are not judged by
/// its history: earlier reopens record neither.)
const CYCLE_FIELDS: &[&str] = &["started_at", "severity", "response_target", "response_due"];

/// Each earlier cycle ends where its history left it (SPEC 7): the request's row with the
/// changes recorded since the reopen that ended the cycle undone (each event's old values,
/// a redaction aside) holds the cycle's start, severity, target and due time, so a
/// cycle's severity set by hand, which no event records, is told from one svcreq wrote.
/// The reopens recorded here end the newest cycles; a history from before schema 4, whose
/// changes record no values, is judged from its first event without them on only by its
/// times ([`check_events_agree`]).
fn past_as_recorded(past: &[PastCycle], r: &Request, events: &[Event]) -> Result<(), EventFault> {
    let mut told = r.clone();
    let mut cycles = past.iter().enumerate().rev();
    for e in events.iter().rev().filter(|e| e.kind != "redacted") {
        let Some(data) = e.data.as_deref() else {
            if matches!(e.kind.as_str(), "opened" | "imported" | NOTE) {
                continue;
            }
            return Ok(());
        };
        told.undo(data);
        if e.kind != "reopened" {
            continue;
        }
        // The start a reopen replaced (which a view of an earlier instant reads from the
        // cycle it ended, not from the request).
        let started = serde_json::from_str::<serde_json::Value>(data)
            .ok()
            .and_then(|v| {
                v.get("cycle_started_at")?
                    .get("old")?
                    .as_str()
                    .map(str::to_string)
            })
            .and_then(|t| DateTime::parse_from_rfc3339(&t).ok());
        if let Some(t) = started {
            told.cycle_started_at = t.with_timezone(&Utc);
        }
        let Some((i, p)) = cycles.next() else {
            return Ok(());
        };
        let time = |t: Option<DateTime<Utc>>| t.map_or_else(|| "null".to_string(), format_utc);
        let opt = |v: Option<&str>| v.map_or_else(|| "null".to_string(), str::to_string);
        for name in CYCLE_FIELDS {
            let (row, said) = match *name {
                "started_at" => (
                    format_utc(p.cycle.started_at),
                    format_utc(told.cycle_started_at),
                ),
                "severity" => (
                    opt(p.severity.map(|s| s.as_str())),
                    opt(told.severity.map(|s| s.as_str())),
                ),
                "response_target" => (p.response_target.clone(), told.response_target.clone()),
                _ => (time(p.cycle.due), time(told.response_due)),
            };
            if row != said {
                return Err(EventFault::Disagree {
                    name,
                    cycle: Some(i + 1),
                    row,
                    events: said,
                });
            }
        }
    }
    Ok(())
}

/// SipHash-1-3 under the zero key: a stable, keyless digest (its output is fixed by the
/// algorithm, unlike the standard library's hasher), for a [`seal`]. The values are laid
/// out in one buffer (each text after its length, each optional value after a flag) and
/// hashed at once.
struct Sealer(Vec<u8>);

impl Sealer {
    /// A digest of the kind `what` (1: a request's row, 2: an earlier cycle's, 3: a
    /// request's share of a set ([`id_share`], which lays it out itself), 4: the bounds of
    /// the set of every request ([`id_set_bounds_seal`]); a new layout takes a new number).
    fn new(what: u8) -> Sealer {
        let mut b = Vec::with_capacity(256);
        b.push(what);
        Sealer(b)
    }

    fn text(&mut self, s: Option<&str>) {
        match s {
            None => self.0.push(0),
            Some(s) => {
                self.0.push(1);
                self.0.extend_from_slice(&(s.len() as u32).to_le_bytes());
                self.0.extend_from_slice(s.as_bytes());
            }
        }
    }

    fn int(&mut self, v: Option<i64>) {
        match v {
            None => self.0.push(0),
            Some(v) => {
                self.0.push(1);
                self.0.extend_from_slice(&v.to_le_bytes());
            }
        }
    }

    fn time(&mut self, t: Option<DateTime<Utc>>) {
        self.int(t.map(|t| t.timestamp()));
    }

    fn finish(self) -> i64 {
        let mut h = siphasher::sip::SipHasher13::new();
        std::hash::Hasher::write(&mut h, &self.0);
        std::hash::Hasher::finish(&h) as i64
    }
}

/// The check value of a request's row (SPEC 6, 7; the `seal` column of a ledger file,
/// schema 5): a keyless 64-bit digest ([`Sealer`]) of the columns its history decides —
/// [`RECORDED_FIELDS`], `first_response_at`, `closed_at`, `status` and `reopen_count` —
/// written with the row in the same transaction. A row whose seal is not its own was
/// written outside svcreq: a reader then checks it against its history
/// ([`check_events_agree`]) to name the column, and refuses it naming the seal where the
/// history names none (a value only an opening that records nothing decided, one written
/// before [`opening_data`]), so a verdict column edited by
/// hand is refused by every reader without any reading a history for a row svcreq wrote.
/// Not a secret: it tells an edit from a write, not an edit from a forgery (which
/// rewrites the seal or the history too).
pub fn seal(r: &Request) -> i64 {
    seal_of(r, &r.plan, &r.tier)
}

/// [`seal`] of `r` with this `plan` and `tier` (a brief listing reads them where they lie,
/// without a copy in the request).
pub fn seal_of(r: &Request, plan: &str, tier: &str) -> i64 {
    let mut s = Sealer::new(1);
    for t in [
        Some(r.tenant.as_str()),
        Some(r.category.as_str()),
        r.service.map(|v| v.as_str()),
        r.severity.map(|v| v.as_str()),
        r.severity_source.as_ref().map(|v| v.as_str()),
        Some(plan),
        Some(tier),
        Some(r.timezone.as_str()),
        Some(r.availability.as_str()),
        Some(r.response_target.as_str()),
        Some(r.response_clock.as_str()),
        Some(r.status.as_str()),
    ] {
        s.text(t);
    }
    for t in [
        r.response_due,
        r.case.target_started_at,
        r.first_response_at,
        r.closed_at,
    ] {
        s.time(t);
    }
    s.int(Some(r.reopen_count));
    s.finish()
}

/// A request's share of the check value of a set of requests it belongs to (SPEC 6; the
/// `ledger_seals` rows of a ledger file: `open`, the set of open requests, schema 6;
/// `requests`, the set of every request, schema 7): a keyless 64-bit digest ([`Sealer`])
/// of its id. The check value of a set is the XOR of its members' shares
/// ([`id_set_seal`]), so filing, closing and reopening a request each change a set's value
/// by that request's share alone. The digest is [`Sealer`]'s of kind 3 and the id, taken
/// from a buffer on the stack (a reader of every request takes one per row).
pub fn id_share(id: i64) -> i64 {
    // Sealer::new(3) then int(Some(id)): the kind, the flag of a value, the id.
    let mut b = [3, 1, 0, 0, 0, 0, 0, 0, 0, 0];
    b[2..].copy_from_slice(&id.to_le_bytes());
    let mut h = siphasher::sip::SipHasher13::new();
    std::hash::Hasher::write(&mut h, &b);
    std::hash::Hasher::finish(&h) as i64
}

/// The check value of the set of requests with these ids ([`id_share`]): 0 for none,
/// whatever their order. A reader compares it with the value svcreq wrote, so a request
/// closed, reopened, deleted, added or renumbered by hand (sqlite3) is not silently left
/// out, even where the number of requests stays as it was.
pub fn id_set_seal(ids: impl IntoIterator<Item = i64>) -> i64 {
    ids.into_iter().fold(0, |acc, id| acc ^ id_share(id))
}

/// The check value that binds what a ledger file keeps of its set of every request
/// (schema 8; the `ledger_seals` row `bounds`): the set's check value `every`
/// ([`id_set_seal`], the row `requests`), how many requests it holds (`count`, the row
/// `count`) and its least and greatest ids (`first`, `last`, the rows `first` and `last`;
/// 0 and 0 for none), as one keyless 64-bit digest ([`Sealer`]). Any of the four rows
/// edited by hand no longer gives it, so none can be changed alone to pass a set of
/// requests off as the one svcreq wrote.
pub fn id_set_bounds_seal(every: i64, count: i64, first: i64, last: i64) -> i64 {
    let mut s = Sealer::new(4);
    for v in [every, count, first, last] {
        s.int(Some(v));
    }
    s.finish()
}

/// The check value of an earlier cycle's row (the `seal` column of `cycles`, schema 5), as
/// [`seal`] is a request's: its request (`request_id`), number, start, severity,
/// availability, target, clock, due, response and close.
pub fn cycle_seal(request_id: i64, p: &PastCycle) -> i64 {
    let mut s = Sealer::new(2);
    s.int(Some(request_id));
    s.int(Some(p.seq));
    for t in [
        p.severity.map(|v| v.as_str()),
        Some(p.availability.as_str()),
        Some(p.response_target.as_str()),
        Some(p.response_clock.as_str()),
    ] {
        s.text(t);
    }
    for t in [
        Some(p.cycle.started_at),
        p.cycle.due,
        p.cycle.responded_at,
        p.cycle.closed_at,
    ] {
        s.time(t);
    }
    s.finish()
}

impl Request {
    /// The value of one of [`RECORDED_FIELDS`] as text (times in RFC 3339, UTC; `null`
    /// when unset), as a history's disagreement names it.
    fn field_text(&self, name: &str) -> String {
        let opt = |v: Option<&str>| v.map_or_else(|| "null".to_string(), str::to_string);
        let time = |t: Option<DateTime<Utc>>| t.map_or_else(|| "null".to_string(), format_utc);
        match name {
            "tenant" => self.tenant.clone(),
            "category" => self.category.as_str().to_string(),
            "service" => opt(self.service.map(|s| s.as_str())),
            "severity" => opt(self.severity.map(|s| s.as_str())),
            "severity_source" => opt(self.severity_source.as_ref().map(|s| s.as_str())),
            "plan" => self.plan.clone(),
            "tier" => self.tier.clone(),
            "timezone" => self.timezone.clone(),
            "availability" => self.availability.clone(),
            "response_target" => self.response_target.clone(),
            "response_clock" => self.response_clock.clone(),
            "response_due" => time(self.response_due),
            "target_started_at" => time(self.case.target_started_at),
            _ => String::new(),
        }
    }
}

/// Which events of a history (oldest first) hold the case's timeline at their own time
/// (SPEC 6, 7): every action but the entries of the audit trail ([`is_audit_entry`]) and a
/// response or close whose time a later correction in its cycle replaced. Such a one
/// stands at its corrected time, the cycle's `first_response_at` or `closed_at`, ordered
/// with the cycle's other times; the time it was first recorded at bounds nothing, so a
/// note or close dated between the corrected and the superseded time is in order. One
/// flag per event, in order.
pub fn timeline_events<'e>(
    events: impl IntoIterator<Item = (&'e str, Option<&'e str>)>,
) -> Vec<bool> {
    let mut held = Vec::new();
    // The current cycle's response and close events, by index, until a reopen.
    let (mut response, mut close) = (None, None);
    for (i, (kind, data)) in events.into_iter().enumerate() {
        held.push(!is_audit_entry(kind, data));
        match kind {
            "responded" => response = Some(i),
            "closed" => close = Some(i),
            "reopened" => (response, close) = (None, None),
            "corrected" => {
                let fields = data
                    .and_then(|d| serde_json::from_str::<serde_json::Value>(d).ok())
                    .unwrap_or_default();
                if fields.get("first_response_at").is_some()
                    && let Some(r) = response
                {
                    held[r] = false;
                }
                if fields.get("closed_at").is_some()
                    && let Some(c) = close
                {
                    held[c] = false;
                }
            }
            _ => {}
        }
    }
    held
}

impl Event {
    /// An event that changes no field.
    pub fn new(at: DateTime<Utc>, actor: &str, kind: &str, detail: String) -> Event {
        Event {
            at,
            actor: actor.to_string(),
            kind: kind.to_string(),
            detail,
            data: None,
        }
    }
}

/// The event kind of a note on the case timeline (SPEC 7).
pub const NOTE: &str = "note";

/// What a note event holds that `note` never writes (SPEC 7), as the column and why: a
/// text that is empty or blank (`events.detail`), or data other than who wrote the note
/// (`{"from": "microsoft"}` or `{"from": "admin"}`, [`super::NoteFrom`]) or none, as a
/// ledger of schema 1 or 2 kept its notes (`events.data`). None when it is a note `note`
/// writes.
pub fn unwritten_note(detail: &str, data: Option<&str>) -> Option<(&'static str, String)> {
    if detail.trim().is_empty() {
        return Some(("events.detail", crate::tr!("event-why-note-empty")));
    }
    let from_whom = |d: &str| {
        let Ok(serde_json::Value::Object(map)) = serde_json::from_str::<serde_json::Value>(d)
        else {
            return false;
        };
        map.len() == 1
            && map
                .get("from")
                .and_then(serde_json::Value::as_str)
                .is_some_and(|f| f.parse::<super::NoteFrom>().is_ok())
    };
    match data {
        Some(d) if !from_whom(d) => Some((
            "events.data",
            crate::tr!(
                "event-why-note-data",
                accepted = note_data_accepted().join(", ")
            ),
        )),
        _ => None,
    }
}

/// The data a note may hold, as JSON text: one object for each [`super::NoteFrom`].
pub fn note_data_accepted() -> Vec<String> {
    super::NoteFrom::ALL
        .iter()
        .map(|f| serde_json::json!({ "from": f.as_str() }).to_string())
        .collect()
}

impl Request {
    /// The target the request's current cycle runs under, as recorded; None when a
    /// recorded value is not one svcreq knows.
    pub fn target(&self) -> Option<Target> {
        Some(Target {
            availability: self.availability.parse::<Availability>().ok()?,
            response: self.response_target.parse::<Response>().ok()?,
            clock: self.response_clock.parse::<Clock>().ok()?,
        })
    }

    /// The request with its current cycle running under `target`.
    pub fn with_target(self, target: &Target) -> Request {
        Request {
            availability: target.availability.as_str().into(),
            response_target: target.response.to_string(),
            response_clock: target.clock.as_str().into(),
            ..self
        }
    }
}

/// An event's `data`: for each changed field its old and new value (SPEC 7), and the
/// same change in words for `show` (times in the tenant's zone).
#[derive(Default)]
pub struct Changes {
    map: serde_json::Map<String, serde_json::Value>,
    /// The change as people read it, one phrase per field.
    pub phrases: Vec<String>,
    /// The zone times are shown in (UTC when None).
    zone: Option<Zone>,
}

impl Changes {
    /// Changes whose times read in `zone`.
    pub fn in_zone(zone: Zone) -> Changes {
        Changes {
            zone: Some(zone),
            ..Changes::default()
        }
    }

    /// Record a change of `field` when `old` and `new` differ; `show` shows `label`.
    pub fn field<T: serde::Serialize + PartialEq>(&mut self, field: &str, old: &T, new: &T) {
        if old == new {
            return;
        }
        let old = serde_json::to_value(old).unwrap_or_default();
        let new = serde_json::to_value(new).unwrap_or_default();
        let show = |v: &serde_json::Value| match v {
            serde_json::Value::Null => "—".to_string(),
            serde_json::Value::String(s) => s.clone(),
            v => v.to_string(),
        };
        self.phrases
            .push(format!("{field}: {} → {}", show(&old), show(&new)));
        self.map
            .insert(field.into(), serde_json::json!({ "old": old, "new": new }));
    }

    /// As [`Changes::field`], but `show` only says the field changed (long text).
    pub fn field_quiet(&mut self, field: &str, old: &str, new: &str) {
        if old == new {
            return;
        }
        self.map
            .insert(field.into(), serde_json::json!({ "old": old, "new": new }));
        self.phrases.push(format!("{field} changed"));
    }

    /// A time field: RFC 3339 UTC in the data, local time in the words.
    pub fn time(&mut self, field: &str, old: Option<DateTime<Utc>>, new: Option<DateTime<Utc>>) {
        if old == new {
            return;
        }
        let f = |t: Option<DateTime<Utc>>| t.map(format_utc);
        self.map.insert(
            field.into(),
            serde_json::json!({ "old": f(old), "new": f(new) }),
        );
        let zone = self.zone.unwrap_or(Zone::UTC);
        let show =
            |t: Option<DateTime<Utc>>| t.map_or_else(|| "—".to_string(), |t| format_local(t, zone));
        self.phrases
            .push(format!("{field}: {} → {}", show(old), show(new)));
    }

    /// The fields of a cycle's target that differ between `old` and `new` (SPEC 1.4, 7:
    /// availability, response target and clock, due time, and when the target started).
    pub fn target(&mut self, old: &Request, new: &Request) {
        self.field("availability", &old.availability, &new.availability);
        self.field(
            "response_target",
            &old.response_target,
            &new.response_target,
        );
        self.field("response_clock", &old.response_clock, &new.response_clock);
        self.time("response_due", old.response_due, new.response_due);
        self.time(
            "target_started_at",
            old.case.target_started_at,
            new.case.target_started_at,
        );
    }

    /// No field changed.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The JSON text of the event's data.
    /// Keep a free text the event carries (a response note, a reopen reason), so search
    /// finds it (SPEC 7) and it travels with the history; one that shows nothing
    /// ([`super::blank`]) is none, as every optional text is.
    pub fn text(&mut self, text: Option<&str>) {
        if let Some(t) = text.filter(|t| !super::blank(t)) {
            self.map
                .insert("text".into(), serde_json::Value::String(t.into()));
        }
    }

    /// Keep a value under `key` as it is (not a change of a field).
    pub fn put(&mut self, key: &str, value: serde_json::Value) {
        self.map.insert(key.into(), value);
    }

    pub fn data(&self) -> Option<String> {
        (!self.map.is_empty()).then(|| serde_json::Value::Object(self.map.clone()).to_string())
    }
}

/// The target a response cycle runs under at one instant (SPEC 1.4, 7): what a change of
/// severity, category or tenant re-targets, and what a corrected response or close
/// recomputes. Times UTC.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CycleTarget {
    /// From this instant on (the cycle's start, or the change that set it).
    pub at: DateTime<Utc>,
    pub availability: String,
    pub response_target: String,
    pub response_clock: String,
    pub response_due: Option<DateTime<Utc>>,
    /// When the target began counting after a re-target; None: from the cycle's start.
    pub target_started_at: Option<DateTime<Utc>>,
}

impl CycleTarget {
    /// The target `r` runs under, in force from `at`.
    pub fn of(r: &Request, at: DateTime<Utc>) -> CycleTarget {
        CycleTarget {
            at,
            availability: r.availability.clone(),
            response_target: r.response_target.clone(),
            response_clock: r.response_clock.clone(),
            response_due: r.response_due,
            target_started_at: r.case.target_started_at,
        }
    }

    /// `r` running under this target.
    pub fn apply(&self, r: &mut Request) {
        r.availability = self.availability.clone();
        r.response_target = self.response_target.clone();
        r.response_clock = self.response_clock.clone();
        r.response_due = self.response_due;
        r.case.target_started_at = self.target_started_at;
    }
}

/// The key of a correction's `data` that holds the targets of its cycle as the corrected
/// timeline gives them, oldest first ([`replay_cycle_targets`]), as the `new` side of a
/// change (`old` null), the shape of every field of an event's data.
pub const TARGETS: &str = "targets";

/// The fields of an event's `data` that say a change re-targets a cycle (SPEC 7).
const RETARGETING: [&str; 4] = ["category", "tier", "severity", "tenant"];

/// The fields of an event's `data` that hold a cycle's target.
const TARGET_FIELDS: [&str; 5] = [
    "availability",
    "response_target",
    "response_clock",
    "response_due",
    "target_started_at",
];

fn data_map(data: Option<&str>) -> serde_json::Map<String, serde_json::Value> {
    match data.and_then(|d| serde_json::from_str::<serde_json::Value>(d).ok()) {
        Some(serde_json::Value::Object(m)) => m,
        _ => serde_json::Map::new(),
    }
}

/// Where the response cycle that started at `start` begins in `history` (oldest first):
/// after the reopen that started it (the last one at or before `start`), else at the
/// beginning; and where it ends (the next reopen, else the end).
fn cycle_span(history: &[Event], start: DateTime<Utc>) -> (usize, usize) {
    let begin = history
        .iter()
        .rposition(|e| e.kind == "reopened" && e.at <= start)
        .map_or(0, |i| i + 1);
    let end = history[begin..]
        .iter()
        .position(|e| e.kind == "reopened")
        .map_or(history.len(), |i| begin + i);
    (begin, end)
}

/// The target of the response cycle that started at `start`, in force at `t`, as the
/// latest correction of a response or close in that cycle recomputed it from the
/// corrected timeline (SPEC 7: "the state is recomputed"; SPEC 6: a view of an earlier
/// instant reads the corrected history). None when no such correction was made, or a
/// change recorded after it and at or before `t` set the target since (its own data
/// then says what held).
pub fn corrected_target_at(
    history: &[Event],
    start: DateTime<Utc>,
    t: DateTime<Utc>,
) -> Option<CycleTarget> {
    let (begin, end) = cycle_span(history, start);
    let cycle = &history[begin..end];
    let (c, targets) = cycle.iter().enumerate().rev().find_map(|(i, e)| {
        if e.kind != "corrected" {
            return None;
        }
        let mut m = data_map(e.data.as_deref());
        let v = m.remove(TARGETS)?.get_mut("new")?.take();
        serde_json::from_value::<Vec<CycleTarget>>(v)
            .ok()
            .map(|v| (i, v))
    })?;
    let changed_since = cycle[c + 1..].iter().any(|e| {
        e.at <= t
            && !is_audit_entry(&e.kind, e.data.as_deref())
            && TARGET_FIELDS
                .iter()
                .any(|f| data_map(e.data.as_deref()).contains_key(*f))
    });
    if changed_since {
        return None;
    }
    targets.into_iter().rev().find(|x| x.at <= t)
}

/// The targets of `r`'s current response cycle as its timeline gives them once its first
/// response and close are at `r`'s (corrected) times (SPEC 7): from the cycle's start,
/// each change of severity, category, tier or tenant recorded in the cycle (`history`,
/// oldest first), in time order, re-targets it when, at the change, the cycle was
/// unanswered (no response at or before it), open (no close at or before it) and not
/// breached (its due time not before it) — the rule a change recorded in that order
/// follows. A change the recorded history re-targeted keeps the target it was given then;
/// one it did not is given the target `retarget(request as changed, at, tenant moved)`
/// says (None: the target stays). Returns the targets in force from the cycle's start on, oldest first;
/// the last is the cycle's target now.
pub fn replay_cycle_targets(
    r: &Request,
    history: &[Event],
    mut retarget: impl FnMut(&Request, DateTime<Utc>, bool) -> Result<Option<CycleTarget>, String>,
) -> Result<Vec<CycleTarget>, String> {
    let (begin, end) = cycle_span(history, r.cycle_started_at);
    // The opening (or the import that brought the request in) begins the first cycle: it
    // changes no field of it.
    let cycle: Vec<&Event> = history[begin..end]
        .iter()
        .filter(|e| !matches!(e.kind.as_str(), "redacted" | "opened" | "imported"))
        .collect();
    // The request as the cycle began: every change in the cycle undone, newest first.
    let mut state = r.clone();
    for e in cycle.iter().rev() {
        if let Some(d) = e.data.as_deref() {
            state.undo(d);
        }
    }
    let mut targets = vec![CycleTarget::of(&state, r.cycle_started_at)];
    for e in cycle
        .iter()
        .filter(|e| !is_audit_entry(&e.kind, e.data.as_deref()))
    {
        let Some(d) = e.data.as_deref() else {
            continue;
        };
        let held = CycleTarget::of(&state, e.at);
        let map = data_map(Some(d));
        state.redo(d);
        held.apply(&mut state);
        let retargets = matches!(
            e.kind.as_str(),
            "updated" | "severity-changed" | "corrected"
        ) && RETARGETING.iter().any(|f| map.contains_key(*f));
        if !retargets {
            continue;
        }
        let answered = r.first_response_at.is_some_and(|x| x <= e.at);
        let closed = r.closed_at.is_some_and(|x| x <= e.at);
        let breached = held.response_due.is_some_and(|d| d < e.at);
        if answered || closed || breached {
            continue;
        }
        let recorded = map
            .get("target_started_at")
            .and_then(|c| c.get("new"))
            .and_then(|v| v.as_str())
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            .is_some_and(|s| s == e.at);
        let next = if recorded {
            let mut as_recorded = state.clone();
            as_recorded.redo(d);
            Some(CycleTarget::of(&as_recorded, e.at))
        } else {
            retarget(&state, e.at, map.contains_key("tenant"))?
        };
        if let Some(next) = next {
            next.apply(&mut state);
            targets.push(CycleTarget { at: e.at, ..next });
        }
    }
    Ok(targets)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Schema 7: the check value of a set of requests is that of its ids whatever their
    /// order, and any one id deleted, added or changed (even keeping the count) changes it.
    #[test]
    fn a_set_seal_is_of_the_ids_whatever_their_order_and_changes_with_any_id() {
        let ids = [1, 2, 3, 40, 9_007_199_254_740_991];
        let seal = id_set_seal(ids);
        assert_eq!(id_set_seal(ids.iter().rev().copied()), seal);
        assert_eq!(id_set_seal([]), 0);
        assert_ne!(id_set_seal([1, 2, 3, 40]), seal, "one deleted");
        assert_ne!(
            id_set_seal(ids.iter().copied().chain([41])),
            seal,
            "one added"
        );
        assert_ne!(
            id_set_seal([1, 2, 3, 41, 9_007_199_254_740_991]),
            seal,
            "one renumbered, the count kept"
        );
        // A share is one id's: adding and removing it is an XOR.
        assert_eq!(
            seal ^ id_share(40),
            id_set_seal([1, 2, 3, 9_007_199_254_740_991])
        );
    }

    /// A share is the digest of kind 3 of its id as [`Sealer`] lays it out: the values
    /// ledgers of schema 6 and 7 hold are the ones read now.
    #[test]
    fn a_share_is_the_sealer_digest_of_its_id() {
        for id in [
            0,
            1,
            2,
            40,
            105_000,
            -1,
            i64::MIN,
            i64::MAX,
            9_007_199_254_740_991,
        ] {
            let mut s = Sealer::new(3);
            s.int(Some(id));
            assert_eq!(id_share(id), s.finish(), "{id}");
        }
    }

    /// Schema 8: the bounds' check value changes with any one of the four values it binds.
    #[test]
    fn the_bounds_seal_changes_with_any_value_it_binds() {
        let every = id_set_seal([1, 2, 3]);
        let seal = id_set_bounds_seal(every, 3, 1, 3);
        assert_eq!(id_set_bounds_seal(every, 3, 1, 3), seal);
        for other in [
            id_set_bounds_seal(every ^ 1, 3, 1, 3),
            id_set_bounds_seal(every, 2, 1, 3),
            id_set_bounds_seal(every, 3, 2, 3),
            id_set_bounds_seal(every, 3, 1, 4),
            id_set_bounds_seal(every, 3, 3, 1),
        ] {
            assert_ne!(other, seal);
        }
    }
}
