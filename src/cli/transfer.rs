//! `svcreq import` and `svcreq export`: many requests in one all-or-nothing transaction,
//! as CSV (RFC 4180, formula-safe) or JSON lines whose keys are the JSON field names
//! (SPEC 5). Export → import into an empty ledger → export is byte-identical.

use super::import_input::{Encoding, Input, not_utf8};
use super::input;
use super::spool::Spool;
use super::{Ctx, Out};
use crate::error::{refused, usage};
use crate::output::{CSV_COLUMNS, Format, RequestRecord};
use crate::rules::ContactMethod;
use crate::rules::case::{check_case_number, check_incident};
use crate::rules::filing::{Recorded, Refusal, SeveritySource, Statement, Under, file_row};
use crate::rules::history::{RowTimes, check_row_times};
use crate::rules::zone::Zone;
use crate::rules::{
    Availability, Category, Channel, Clock, Response, Scope, Service, Severity, Target, fold_width,
};
use crate::store::{
    Case, Event, History, ListFilter, PastCycle, Request, SortKey, Status, Store, event_search_text,
};
use crate::tr;
use chrono::{DateTime, Utc};
use clap::Args;
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TransferFormat {
    Csv,
    Jsonl,
}

/// The transfer format: `--format csv|jsonl`, else from the file name, else JSON lines.
fn transfer_format(
    ctx: &Ctx,
    command: &str,
    file: Option<&std::path::Path>,
) -> anyhow::Result<TransferFormat> {
    let by_name = file
        .filter(|f| f.extension().is_some_and(|e| e == "csv"))
        .map(|_| Format::Csv);
    match ctx.format_or(command, &[Format::Jsonl, Format::Csv], by_name)? {
        Format::Csv => Ok(TransferFormat::Csv),
        _ => Ok(TransferFormat::Jsonl),
    }
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file to read, CSV with a header row of JSON field names or JSON lines (- reads stdin)
    #[arg(default_value = "-")]
    pub file: PathBuf,
    /// Validate only; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Import rows outside Microsoft's support boundary too (they get no response commitment)
    #[arg(long)]
    pub force: bool,
    /// The file's text encoding: utf-8 (with or without a BOM) or cp932 (Shift_JIS, as
    /// Excel saves CSV files in Japan)
    #[arg(long, default_value = "utf-8", value_parser = super::args::parse_enum::<Encoding>)]
    pub encoding: Encoding,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Include each request's history (in CSV, as a JSON text column)
    #[arg(long)]
    pub events: bool,
    /// Only these tenants
    #[arg(long, value_delimiter = ',', value_parser = crate::cli::input::parse_name)]
    pub tenant: Vec<String>,
    /// Begin the CSV with a UTF-8 byte order mark, so Excel reads it as UTF-8 (without one
    /// it reads the local code page, and Japanese text turns to mojibake)
    #[arg(long)]
    pub bom: bool,
}

/// One event as exported and imported.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EventRow {
    at: String,
    actor: String,
    kind: String,
    detail: String,
    /// What the event changed (SPEC 7); absent for events that change no field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    data: Option<serde_json::Value>,
}

/// An earlier response cycle of a reopened request, as exported and imported (SPEC 7).
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CycleRow {
    /// Numbered from 1 (SPEC 5).
    cycle: i64,
    started_at: String,
    severity: Option<String>,
    availability: String,
    response_target: String,
    response_clock: String,
    response_due: Option<String>,
    first_response_at: Option<String>,
    closed_at: Option<String>,
    resolution: Option<String>,
}

/// A list a JSON line gives as an array and a CSV cell as text.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum ListOrText<T> {
    List(Vec<T>),
    Text(String),
}

/// The columns CSV export adds to a request's: the time zone it was filed in, its earlier
/// cycles, and with --events its history, each of the last two as JSON text.
const CSV_EXTRA: &[&str] = &["timezone", "cycles", "events"];

/// A flag a JSON line gives as a boolean and a CSV cell as text.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum BoolOrText {
    Bool(bool),
    Text(String),
}

impl BoolOrText {
    fn get(&self, name: &str) -> Result<bool, String> {
        match self {
            BoolOrText::Bool(b) => Ok(*b),
            BoolOrText::Text(t) => match fold_width(t).as_ref() {
                "true" => Ok(true),
                "false" | "" => Ok(false),
                _ => Err(tr!("import-not-bool", name = name, value = t.as_str())),
            },
        }
    }
}

/// A JSON list, from a JSON line's array or a CSV cell's JSON text ('' = none); each entry
/// that is not what the list holds is named by its number.
fn list_of<T: serde::de::DeserializeOwned>(
    v: Option<ListOrText<T>>,
    name: &str,
) -> Result<Option<Vec<T>>, String> {
    match v {
        None => Ok(None),
        Some(ListOrText::List(l)) => Ok(Some(l)),
        Some(ListOrText::Text(t)) if t.is_empty() => Ok(None),
        Some(ListOrText::Text(t)) => {
            let value: serde_json::Value = serde_json::from_str(&t).map_err(|e| {
                tr!(
                    "import-not-list",
                    name = name,
                    error = crate::reasons::json_reason(&e)
                )
            })?;
            list_from_value::<T>(value, name).map(Some)
        }
    }
}

/// The entries of a list field given as a JSON value: each read as `T`, the first that is
/// not named by its number with the fault in the project's words.
fn list_from_value<T: serde::de::DeserializeOwned>(
    value: serde_json::Value,
    name: &str,
) -> Result<Vec<T>, String> {
    let serde_json::Value::Array(items) = value else {
        return Err(tr!(
            "import-not-a-list",
            name = name,
            found = json_kind(&value)
        ));
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            serde_json::from_value::<T>(item).map_err(|e| {
                tr!(
                    "import-list-entry",
                    name = name,
                    n = (i + 1).to_string(),
                    error = crate::reasons::reason(&e.to_string(), crate::reasons::Format::Json)
                )
            })
        })
        .collect()
}

/// What kind of JSON value `v` is, in the reader's words ("an object", "a number").
fn json_kind(v: &serde_json::Value) -> String {
    let kind = match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "boolean",
        serde_json::Value::Number(_) => "number",
        serde_json::Value::String(_) => "string",
        serde_json::Value::Array(_) => "list",
        serde_json::Value::Object(_) => "object",
    };
    tr!("import-json-kind", kind = kind)
}

/// The fields whose values are whole numbers.
const WHOLE_FIELDS: &[&str] = &["id", "reopen_count"];

/// The largest value a whole-number field `name` takes: an id, [`MAX_IMPORTED_ID`] (the
/// id cap every other message names); a count, the ledger's integer.
fn whole_cap(name: &str) -> i64 {
    if name == "id" {
        MAX_IMPORTED_ID
    } else {
        i64::MAX
    }
}

/// The cells of a CSV row with those of the whole-number columns ([`WHOLE_FIELDS`]) read
/// after [`fold_width`] (SPEC 2: `１２` is 12, as every number typed full-width is); the
/// row as it is when no such cell needs folding (most rows).
fn fold_whole_cells<'a>(
    headers: Option<&csv::StringRecord>,
    fields: &'a csv::StringRecord,
) -> std::borrow::Cow<'a, csv::StringRecord> {
    let Some(headers) = headers else {
        return std::borrow::Cow::Borrowed(fields);
    };
    let whole = |i: usize| headers.get(i).is_some_and(|h| WHOLE_FIELDS.contains(&h));
    if !fields
        .iter()
        .enumerate()
        .any(|(i, c)| whole(i) && !c.is_ascii())
    {
        return std::borrow::Cow::Borrowed(fields);
    }
    std::borrow::Cow::Owned(
        fields
            .iter()
            .enumerate()
            .map(|(i, c)| if whole(i) { fold_width(c) } else { c.into() })
            .collect::<Vec<_>>()
            .into(),
    )
}

/// Why field `name` cannot take `value` (a JSON value, or a CSV cell as a string), in the
/// project's words: the field named, the fault said for the kind of field it is. `msg` is
/// the reader's own text, said again through [`crate::reasons`] for the other fields.
fn field_fault(
    name: &str,
    value: &serde_json::Value,
    msg: &str,
    format: crate::reasons::Format,
) -> String {
    let shown = match value {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let shown = crate::output::inert_line(&shown).into_owned();
    match name {
        // A JSON line's text where a number belongs: said as a type, not as digits.
        _ if WHOLE_FIELDS.contains(&name)
            && !(format == crate::reasons::Format::Json && value.is_string()) =>
        {
            tr!(
                "import-not-whole",
                name = name,
                value = shown,
                max = whole_cap(name).to_string()
            )
        }
        "available_24x7" => tr!("import-not-bool", name = name, value = shown),
        "events" => match list_of::<EventRow>(Some(ListOrText::Text(json_text(value))), name) {
            Err(m) => m,
            Ok(_) => tr!("import-not-a-list", name = name, found = json_kind(value)),
        },
        "cycles" => match list_of::<CycleRow>(Some(ListOrText::Text(json_text(value))), name) {
            Err(m) => m,
            Ok(_) => tr!("import-not-a-list", name = name, found = json_kind(value)),
        },
        "incidents" => match list_of::<String>(Some(ListOrText::Text(json_text(value))), name) {
            Err(m) => m,
            Ok(_) => tr!("import-not-a-list", name = name, found = json_kind(value)),
        },
        _ => field_error(name, &crate::reasons::reason(msg, format)),
    }
}

/// A list field's value as JSON text (a CSV cell's text as it is).
fn json_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Why a JSON line that serde could not read as a record is not one: the first field that
/// cannot take its value, named ([`field_fault`]); else the reader's reason in our words.
fn json_row_fault(text: &str, e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    // A repeated key reads as one in the map, so every field passes alone and the line's
    // own reason is said.
    if matches!(e.classify(), Category::Data)
        && let Ok(map) = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(text)
    {
        for (k, v) in map {
            let one = serde_json::Value::Object([(k.clone(), v.clone())].into_iter().collect());
            if let Err(one) = serde_json::from_value::<ImportRow>(one) {
                let fault = field_fault(&k, &v, &one.to_string(), crate::reasons::Format::Json);
                return if e.column() > 0 {
                    tr!(
                        "reason-at-column",
                        reason = fault,
                        column = e.column().to_string()
                    )
                } else {
                    fault
                };
            }
        }
    }
    tr!(
        "import-not-a-record",
        error = crate::reasons::json_reason(e)
    )
}

/// Why a CSV record serde could not read is not a row: the first field that cannot take
/// its cell, named ([`field_fault`]).
fn csv_row_fault(
    headers: &csv::StringRecord,
    fields: &csv::StringRecord,
    e: &csv::Error,
) -> String {
    for (h, cell) in headers.iter().zip(fields.iter()) {
        let one_h = csv::StringRecord::from(vec![h]);
        let one = csv::StringRecord::from(vec![cell]);
        if let Err(e) = fold_whole_cells(Some(&one_h), &one).deserialize::<ImportRow>(Some(&one_h))
        {
            let v = serde_json::Value::String(cell.to_string());
            return field_fault(h, &v, &csv_reason(&e), crate::reasons::Format::Csv);
        }
    }
    csv_reason(e)
}

/// One imported record: every field optional except the title.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ImportRow {
    id: Option<i64>,
    tenant: Option<String>,
    title: Option<String>,
    description: Option<String>,
    category: Option<String>,
    service: Option<String>,
    severity: Option<String>,
    severity_source: Option<String>,
    plan: Option<String>,
    tier: Option<String>,
    channel: Option<String>,
    status: Option<String>,
    opened_at: Option<String>,
    first_response_at: Option<String>,
    closed_at: Option<String>,
    reopen_count: Option<i64>,
    cycle_started_at: Option<String>,
    availability: Option<String>,
    response_target: Option<String>,
    response_clock: Option<String>,
    response_due: Option<String>,
    scope: Option<String>,
    opened_by: Option<String>,
    case_number: Option<String>,
    contact: Option<String>,
    contact_method: Option<String>,
    available_24x7: Option<BoolOrText>,
    engineer: Option<String>,
    owner: Option<String>,
    incidents: Option<ListOrText<String>>,
    resolution: Option<String>,
    target_started_at: Option<String>,
    /// The time zone of the request's tenant when it was filed (an IANA name), as export
    /// writes it: kept as recorded, and what a tenant that has left the config is read in.
    timezone: Option<String>,
    // Derived on export; accepted and recomputed on import.
    #[allow(dead_code)]
    sla_state: Option<String>,
    #[allow(dead_code)]
    reopen_deadline: Option<String>,
    #[allow(dead_code)]
    age_seconds: Option<serde_json::Value>,
    cycles: Option<ListOrText<CycleRow>>,
    events: Option<ListOrText<EventRow>>,
}

impl ImportRow {
    fn untext_csv(mut self) -> Self {
        for f in [
            &mut self.tenant,
            &mut self.title,
            &mut self.description,
            &mut self.plan,
            &mut self.tier,
            &mut self.opened_by,
            &mut self.case_number,
            &mut self.contact,
            &mut self.engineer,
            &mut self.owner,
            &mut self.resolution,
        ] {
            *f = f.take().map(crate::output::csv_untext);
        }
        self
    }
}

/// The value of field `name`, one of a fixed set (a severity, a service, a target's
/// availability…), read after [`fold_width`] as every such value is (SPEC 2, 5: a full-width
/// `Ａ` is `A`); `None` when the row leaves it out or empty.
fn field<T: std::str::FromStr<Err = String>>(
    v: &Option<String>,
    name: &str,
) -> Result<Option<T>, String> {
    match v.as_deref() {
        None | Some("") => Ok(None),
        Some(s) => fold_width(s)
            .parse::<T>()
            .map(Some)
            .map_err(|e| crate::i18n::value_error(&tr!("import-field", name = name), s, &e)),
    }
}

/// The text of a field that names one of a fixed set the ledger or the rules hold (a status,
/// a plan, a tier), read after [`fold_width`] as [`field`] reads the others.
fn id_text(v: Option<String>) -> Option<String> {
    v.map(|s| match fold_width(&s) {
        std::borrow::Cow::Owned(f) => f,
        std::borrow::Cow::Borrowed(_) => s,
    })
}

fn time_field(
    v: &Option<String>,
    name: &str,
    tz: crate::rules::zone::Zone,
) -> Result<Option<DateTime<Utc>>, String> {
    match v.as_deref() {
        None | Some("") => Ok(None),
        Some(s) => import_time(s, name, tz).map(Some),
    }
}

/// A time an import row gives for field `name`, read as `open` reads a time (local forms
/// in `tz`; a fraction of a second or a second 60 refused alike, SPEC 2 and 5).
fn import_time(s: &str, name: &str, tz: crate::rules::zone::Zone) -> Result<DateTime<Utc>, String> {
    crate::time::parse_time_named(s, tz, || tr!("import-field", name = name))
}

/// The largest id an import may give: 2^53 − 1, the largest integer every JSON reader
/// (JavaScript's numbers, jq) keeps exactly, so `list --json` ids survive any consumer.
pub const MAX_IMPORTED_ID: i64 = (1 << 53) - 1;

/// `id`, the id the ledger gave a new request, when it is at most [`MAX_IMPORTED_ID`]; else
/// the failure (exit 1) that says the ledger has no id left that every JSON reader keeps
/// exactly (the ledger holds an imported id of 2^53 − 1, say). Nothing is written then: the
/// caller's transaction rolls back.
pub fn check_new_id(id: i64) -> anyhow::Result<i64> {
    if id > MAX_IMPORTED_ID {
        return Err(crate::error::failure(tr!(
            "error-ids-exhausted",
            max = MAX_IMPORTED_ID.to_string()
        )));
    }
    Ok(id)
}

/// Why a row cannot be imported: invalid input (exit 2) or a support rule (exit 4).
#[derive(Debug)]
enum RowError {
    Invalid(String),
    Refused(String),
}

impl From<String> for RowError {
    fn from(m: String) -> Self {
        RowError::Invalid(m)
    }
}

impl From<&str> for RowError {
    fn from(m: &str) -> Self {
        RowError::Invalid(m.into())
    }
}

/// What is wrong with import field `name`, in one sentence.
fn field_error(name: &str, error: &str) -> String {
    tr!("import-field-error", name = name, error = error)
}

/// The field of a JSON record (a dotted path under `prefix`: `events.detail`) whose text
/// (or key) holds U+0000, which no ledger keeps ([`input::nul_at`]); None when none does.
/// Only a record that spells the escape is parsed again.
fn json_nul_field(text: &str, prefix: &str) -> Option<String> {
    use serde_json::Value;
    fn walk(v: &Value, path: &str) -> Option<String> {
        match v {
            Value::String(s) => input::nul_at(s).map(|_| path.to_string()),
            Value::Array(items) => items.iter().find_map(|x| walk(x, path)),
            Value::Object(m) => m.iter().find_map(|(k, x)| {
                let p = match path {
                    "" => k.clone(),
                    _ => format!("{path}.{k}"),
                };
                match input::nul_at(k) {
                    Some(_) => Some(p),
                    None => walk(x, &p),
                }
            }),
            _ => None,
        }
    }
    if !text.contains("\\u0000") {
        return None;
    }
    walk(&serde_json::from_str(text).ok()?, prefix)
}

/// A text field within its cap.
fn capped(v: &Option<String>, name: &str, cap: usize) -> Result<(), String> {
    match v {
        Some(s) if s.len() > cap => Err(tr!(
            "import-field-too-large",
            name = name,
            cap = crate::error::cap_text(cap as u64)
        )),
        _ => Ok(()),
    }
}

/// The tenant a row names that has left the config (SPEC 7: an export carries what its
/// import needs): when the row records the zone it was filed in and its whole target
/// (plan, tier, availability and response), it is imported under them, as svcreq reads
/// such a tenant's history — the rules' business hours and at-risk threshold, the standard
/// support option — and the import says so once, naming it ([`warn_departed`]). None for
/// a tenant of the config, a row that records less (refused as an unknown tenant), or an
/// actor confined to some tenants (refused as one it does not serve).
fn departed_tenant(
    ctx: &Ctx,
    row: &ImportRow,
    zone: Option<Zone>,
) -> Option<crate::config::Tenant> {
    let name = row.tenant.as_deref().filter(|t| !t.is_empty())?;
    let zone = zone?;
    let given = |v: &Option<String>| v.as_deref().is_some_and(|v| !v.is_empty());
    if ctx.cfg.tenants.contains_key(name)
        || ctx.confined_to().is_some()
        || !(given(&row.plan)
            && given(&row.tier)
            && given(&row.availability)
            && given(&row.response_target))
    {
        return None;
    }
    DEPARTED
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(name.to_string());
    Some(crate::config::Tenant {
        name: name.to_string(),
        plan: row.plan.clone().unwrap_or_default(),
        support_option: "standard".into(),
        country: None,
        timezone: zone,
        at_risk: ctx.cfg.rules.at_risk,
        business_hours: ctx.cfg.rules.business_hours.clone(),
    })
}

/// The tenants absent from the config an import brought requests of, said once after it
/// ([`warn_departed`]).
static DEPARTED: std::sync::Mutex<std::collections::BTreeSet<String>> =
    std::sync::Mutex::new(std::collections::BTreeSet::new());

/// The warning an import gives, once for the whole file, naming the tenants absent from
/// the config whose requests it imported under the zone and targets their rows record.
fn warn_departed() {
    let names = std::mem::take(&mut *DEPARTED.lock().unwrap_or_else(|e| e.into_inner()));
    if names.is_empty() {
        return;
    }
    let names: Vec<String> = names
        .iter()
        .map(|n| crate::output::inert_line(n).into_owned())
        .collect();
    crate::output::note_err(crate::output::sentence_err(tr!(
        "warning-import-departed-tenant",
        count = names.len(),
        tenants = crate::i18n::choices(&names)
    )));
}

/// A request from an import row, with the history the row carries (`None`: it has none).
/// What the row gives is kept as recorded; what it omits is decided by the same rules as
/// `open` ([`file_row`]): classified, refused out of scope unless `force`, the same caps.
/// The row's times are checked as SPEC 6 asks ([`check_row_times`]).
fn to_request(ctx: &Ctx, force: bool, mut row: ImportRow) -> Result<Imported, RowError> {
    // The fields naming one of a fixed set that `field` does not read, folded once here.
    for f in [
        &mut row.plan,
        &mut row.tier,
        &mut row.severity_source,
        &mut row.status,
    ] {
        *f = id_text(f.take());
    }
    let title = row
        .title
        .take()
        .filter(|t| !crate::rules::blank(t))
        .ok_or_else(|| tr!("import-title-required"))?;
    if title.len() > super::input::TITLE_CAP {
        return Err(tr!(
            "import-title-too-large",
            cap = crate::error::cap_text(super::input::TITLE_CAP as u64)
        )
        .into());
    }
    // Each text within the cap every command that stores it has (one table).
    for (v, name) in [
        (&row.description, "description"),
        (&row.resolution, "resolution"),
        (&row.tenant, "tenant"),
        (&row.plan, "plan"),
        (&row.tier, "tier"),
        (&row.opened_by, "opened_by"),
        (&row.contact, "contact"),
        (&row.engineer, "engineer"),
        (&row.owner, "owner"),
    ] {
        capped(v, name, super::input::cap(name))?;
    }
    // A tenant and an actor as every reader takes them (the ledger's read check): a
    // tenant that has left the config is kept as the row names it, so it is held to the
    // rule a config's names follow; `opened_by` to the rule of an actor.
    if let Some(t) = row.tenant.as_deref().filter(|t| !t.is_empty())
        && let Some(why) = crate::rules::file::name_flaw("tenant", "tenant", t)
    {
        return Err(field_error("tenant", &why).into());
    }
    if let Some(by) = row.opened_by.as_deref().filter(|b| !b.is_empty())
        && let Some(flaw) = super::input::actor_flaw(by)
    {
        return Err(field_error("opened_by", &flaw.message("opened_by", by)).into());
    }
    // The zone the row records it was filed in (export writes it).
    let recorded_zone = match row.timezone.as_deref().filter(|z| !z.is_empty()) {
        Some(z) => Some(Zone::get(z).ok_or_else(|| {
            field_error(
                "timezone",
                &tr!(
                    "error-unknown-time-zone",
                    zone = crate::output::inert_line(z)
                ),
            )
        })?),
        None => None,
    };
    let departed;
    let tenant = match departed_tenant(ctx, &row, recorded_zone) {
        Some(t) => {
            departed = t;
            &departed
        }
        None => ctx
            .row_tenant(row.tenant.as_deref().filter(|t| !t.is_empty()))
            .map_err(|e| {
                // A tenant the actor may not see is refused (exit 4) as every command
                // refuses it; an unknown one is the row's mistake (exit 2).
                if crate::error::exit_code(&e) == crate::error::EXIT_REFUSED {
                    RowError::Refused(e.to_string())
                } else {
                    RowError::Invalid(field_error("tenant", &e.to_string()))
                }
            })?,
    };
    // A row's local times are read, and its target reckoned, in the zone it records it was
    // filed in, else its tenant's (SPEC 5, 6): as `open` in that zone would file it.
    let tz = recorded_zone.unwrap_or(tenant.timezone);
    let plan = row
        .plan
        .take()
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| tenant.plan.clone());
    let tier_given = row.tier.take().filter(|t| !t.is_empty());
    let tier_rules = match &tier_given {
        Some(t) => ctx.cfg.rules.tier(t),
        None => Some(
            ctx.cfg
                .rules
                .tier_for(&plan, &tenant.support_option)
                .map_err(|e| field_error("plan", &e))?,
        ),
    };
    let category = field::<Category>(&row.category, "category")?;
    let severity_given = field::<Severity>(&row.severity, "severity")?;
    let severity_source = match row.severity_source.as_deref() {
        None | Some("") => None,
        Some("manual") => Some(SeveritySource::Manual),
        Some("classified") => Some(SeveritySource::Classified),
        Some("microsoft") => Some(SeveritySource::Microsoft),
        Some(s) => {
            return Err(field_error(
                "severity_source",
                &tr!("error-unknown-severity-source", value = s),
            )
            .into());
        }
    };
    let channel = field::<Channel>(&row.channel, "channel")?.unwrap_or(Channel::Online);
    let status = match row.status.as_deref() {
        None | Some("") | Some("open") => Status::Open,
        Some("closed") => Status::Closed,
        Some(s) => {
            return Err(tr!("import-unknown-status", value = s).into());
        }
    };
    let opened_at = time_field(&row.opened_at, "opened_at", tz)?.unwrap_or(ctx.now);
    let cycle_started_at =
        time_field(&row.cycle_started_at, "cycle_started_at", tz)?.unwrap_or(opened_at);
    let closed_at = time_field(&row.closed_at, "closed_at", tz)?;
    if (status == Status::Closed) != closed_at.is_some() {
        return Err(tr!("import-closed-at").into());
    }
    let first_response_at = time_field(&row.first_response_at, "first_response_at", tz)?;
    // A recorded target is its availability and response together (the clock defaults to
    // 24x7): a row giving part of one is refused naming what is missing, never ignored
    // (SPEC 5: what a row gives is kept as recorded).
    let target = match (
        field::<Availability>(&row.availability, "availability")?,
        field::<Response>(&row.response_target, "response_target")?,
        field::<Clock>(&row.response_clock, "response_clock")?,
    ) {
        (Some(availability), Some(response), clock) => Some(Target {
            availability,
            response,
            clock: clock.unwrap_or(Clock::Always),
        }),
        (None, None, None) => None,
        (availability, response, _) => {
            let given = match (availability, response) {
                (Some(_), _) => "availability",
                (_, Some(_)) => "response_target",
                _ => "response_clock",
            };
            let needed = if availability.is_none() {
                "availability"
            } else {
                "response_target"
            };
            return Err(tr!("import-field-needs", name = given, needed = needed).into());
        }
    };
    // A severity's source without the severity would be dropped: refused as above.
    if severity_source.is_some() && severity_given.is_none() {
        return Err(tr!(
            "import-field-needs",
            name = "severity_source",
            needed = "severity"
        )
        .into());
    }
    let recorded = Recorded {
        scope: field::<Scope>(&row.scope, "scope")?,
        severity_source,
        target,
        due: time_field(&row.response_due, "response_due", tz)?,
        target_started_at: time_field(&row.target_started_at, "target_started_at", tz)?,
    };
    // A tier the rules no longer know is kept as recorded when the row gives its target,
    // and so is its plan (a plan of rules since replaced): the rules' tier for the plan, else
    // for the tenant's own, stands behind it only for what the row does not record.
    let tier_rules = match (tier_rules, target) {
        (Some(t), _) => t,
        (None, Some(_)) => ctx
            .cfg
            .rules
            .tier_for(&plan, &tenant.support_option)
            .or_else(|_| ctx.cfg.rules.tier_for(&tenant.plan, &tenant.support_option))
            .map_err(|e| field_error("plan", &e))?,
        (None, None) => {
            return Err(tr!(
                "import-unknown-tier",
                value = tier_given.as_deref().unwrap_or_default()
            )
            .into());
        }
    };
    let description = super::input::shown_or_none(row.description.take().unwrap_or_default());
    let statement = Statement {
        title: &title,
        description: &description,
        category,
        service: field::<Service>(&row.service, "service")?,
        severity: severity_given,
        overrides: Default::default(),
        force,
    };
    let under = Under {
        rules: &ctx.cfg.rules,
        tier: tier_rules,
        zone: tz,
        hours: &tenant.business_hours,
    };
    let f = file_row(&statement, &recorded, under, cycle_started_at).map_err(|r| match r {
        Refusal::OutOfScope {
            scope, why, stated, ..
        } => {
            let lang = crate::i18n::lang();
            RowError::Refused(tr!(
                if stated {
                    "import-out-of-scope-stated"
                } else {
                    "import-out-of-scope"
                },
                scope = crate::output::words::name_in(lang, "scope", scope.as_str()),
                why = why,
                referral = crate::rules::filing::referral_in(lang, scope).unwrap_or_default(),
                title = crate::output::inert_line(&title)
            ))
        }
        Refusal::NoSeverity(c) => RowError::Invalid(tr!(
            "import-no-severity",
            category = crate::output::words::name("category", c.as_str())
        )),
        Refusal::Invalid(m) => RowError::Invalid(m),
        Refusal::NotAllowed(m) => RowError::Refused(m),
    })?;
    let request = Request {
        id: row.id.unwrap_or(0),
        tenant: tenant.name.clone(),
        title,
        description,
        category: f.category,
        service: f.service,
        severity: f.severity,
        severity_source: f.severity_source,
        plan,
        tier: tier_given.unwrap_or_else(|| tier_rules.name.clone()),
        channel,
        status,
        opened_at,
        closed_at,
        reopen_count: row.reopen_count.unwrap_or(0),
        scope: f.scope,
        opened_by: row
            .opened_by
            .take()
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| ctx.actor.clone()),
        timezone: tz.name().into(),
        cycle_started_at,
        availability: f.target.availability.as_str().into(),
        response_target: f.target.response.to_string(),
        response_clock: f.target.clock.as_str().into(),
        response_due: f.due,
        first_response_at,
        case: case_of(&mut row, tz)?,
    };
    // Absent (or null, or an empty CSV cell): the next free id. Given: a real id, one
    // every JSON reader keeps exactly; 0 is no id, as in every other command.
    if !(1..=MAX_IMPORTED_ID).contains(&request.id) && row.id.is_some() {
        return Err(tr!(
            "import-bad-id",
            id = request.id.to_string(),
            max = MAX_IMPORTED_ID.to_string()
        )
        .into());
    }
    let events = list_of(row.events.take(), "events")?
        .map(|list| {
            list.into_iter()
                .map(|e| {
                    // A detail is bounded by the record's cap (a note, a reason and the
                    // field they change share it).
                    for (v, name) in [(&e.actor, "events.actor"), (&e.kind, "events.kind")] {
                        if v.len() > super::input::cap(name) {
                            return Err(tr!(
                                "import-field-too-large",
                                name = name,
                                cap = crate::error::cap_text(super::input::cap(name) as u64)
                            ));
                        }
                    }
                    Ok(Event {
                        at: import_time(&e.at, "events.at", tz)?,
                        actor: e.actor,
                        kind: e.kind,
                        detail: e.detail,
                        data: e.data.map(|d| d.to_string()),
                    })
                })
                .collect::<Result<Vec<_>, String>>()
        })
        .transpose()?;
    let past = cycles_of(list_of(row.cycles.take(), "cycles")?, tz)?;
    let times = RowTimes::of(&request, &past, events.as_deref().unwrap_or_default());
    // Said on stderr as every time check says a time: local, without a weekday.
    check_row_times(&times, ctx.now, |t| crate::time::format_local(t, tz))?;
    // An earlier cycle's due time under a target the calendar moves lies within the bound
    // the current cycle's does, counted from the latest its target can have started: the
    // cycle's close (a change may re-target a cycle until then).
    for p in &past {
        let (Some(due), Ok(response), Ok(clock)) = (
            p.cycle.due,
            p.response_target.parse::<Response>(),
            p.response_clock.parse::<Clock>(),
        ) else {
            continue;
        };
        let t = Target {
            availability: Availability::Always,
            response,
            clock,
        };
        let field = tr!(
            "import-cycle-field",
            name = "response_due",
            cycle = (p.seq + 1).to_string()
        );
        let start = p.cycle.closed_at.unwrap_or(p.cycle.started_at);
        crate::rules::filing::due_within_calendar_bound(
            &field,
            due,
            &t,
            start,
            tz,
            &tenant.business_hours,
        )?;
    }
    // What the ledger would refuse to read back is not imported.
    crate::store::history_contradiction(&request, &past, events.as_deref()).map_err(|e| {
        let what = match e {
            crate::store::DbError::Value(what) => what,
            other => other.to_string(),
        };
        tr!("import-row-contradicts", what = what)
    })?;
    // Its events end where the row ends (SPEC 6, 7).
    if let Some(events) = events.as_deref().filter(|e| !e.is_empty()) {
        crate::rules::record::check_events_agree(&request, &past, events)
            .map_err(|f| f.import_message())?;
    }
    // Nor an earlier cycle due when its target round the clock cannot fall due.
    crate::store::due_contradiction(&request, &past).map_err(|e| {
        let what = match e {
            crate::store::DbError::Value(what) => what,
            other => other.to_string(),
        };
        tr!("import-row-contradicts", what = what)
    })?;
    // A row that states no history and whose severity the import classified records the
    // opening `open` records, with its rationale (the same filing, the same record), then
    // the import that brought it (which tells the times the row gives, as an import's event
    // does): only for a row whose current cycle is its opening, whose target the opening was.
    let events = match (events, &f.classified) {
        (None, Some(basis)) if request.reopen_count == 0 && past.is_empty() => {
            let detail = crate::rules::filing::opening_detail(
                basis,
                &request.plan,
                &request.tier,
                &f.target,
                f.due,
                tz,
            );
            Some(vec![
                Event {
                    data: Some(crate::rules::record::opening_data(&request)),
                    ..Event::new(request.opened_at, &ctx.actor, "opened", detail)
                },
                Event::new(ctx.now, &ctx.actor, "imported", "imported".into()),
            ])
        }
        (events, _) => events,
    };
    // What search finds, folded here on the filing threads rather than by the ledger's.
    let notes: Vec<String> = events
        .iter()
        .flatten()
        .filter_map(|e| event_search_text(&e.kind, &e.detail, e.data.as_deref()))
        .collect();
    let search = request.search_text(notes.iter().map(String::as_str));
    // What export would write for the row fits what import reads (SPEC 7); a row whose texts
    // are small enough is not measured.
    if may_pass_budget(&request, events.as_deref(), &past) {
        let size = export_size(
            ctx,
            &request,
            events.clone().unwrap_or_default(),
            past.clone(),
        )
        .map_err(|e| RowError::Invalid(e.to_string()))?;
        if size > RECORD_BUDGET {
            return Err(tr!(
                "import-record-too-large",
                cap = crate::error::cap_text(RECORD_BUDGET as u64)
            )
            .into());
        }
    }
    Ok((request, events, past, search))
}

/// The bytes of every text a row stores (a bound on its export size: each byte is written
/// as at most 6, plus a fixed part per event and cycle).
fn row_text_bytes(r: &Request, events: Option<&[Event]>, past: &[PastCycle]) -> usize {
    let opt = |v: &Option<String>| v.as_ref().map_or(0, String::len);
    r.title.len()
        + r.description.len()
        + r.tenant.len()
        + r.plan.len()
        + r.tier.len()
        + r.opened_by.len()
        + opt(&r.case.contact)
        + opt(&r.case.engineer)
        + opt(&r.case.owner)
        + opt(&r.case.resolution)
        + r.case.incidents.iter().map(|i| i.len() + 8).sum::<usize>()
        + events
            .unwrap_or_default()
            .iter()
            .map(|e| {
                e.actor.len()
                    + e.kind.len()
                    + e.detail.len()
                    + e.data.as_ref().map_or(0, String::len)
                    + 64
            })
            .sum::<usize>()
        + past.iter().map(|p| opt(&p.resolution) + 256).sum::<usize>()
}

/// The earlier cycles an import row gives, numbered 1, 2, … oldest first (their times are
/// checked with the row's, [`check_row_times`]).
fn cycles_of(
    cycles: Option<Vec<CycleRow>>,
    tz: crate::rules::zone::Zone,
) -> Result<Vec<PastCycle>, String> {
    let cycles = cycles.unwrap_or_default();
    let mut past = Vec::with_capacity(cycles.len());
    for (i, c) in cycles.into_iter().enumerate() {
        if c.cycle != i as i64 + 1 {
            return Err(tr!("import-cycle-order", cycle = c.cycle.to_string()));
        }
        capped(
            &c.resolution,
            "cycles.resolution",
            super::input::cap("cycles.resolution"),
        )?;
        let t = |v: &Option<String>, name: &str| time_field(v, &format!("cycles.{name}"), tz);
        let started_at = import_time(&c.started_at, "cycles.started_at", tz)?;
        let cycle = crate::rules::Cycle {
            started_at,
            due: t(&c.response_due, "response_due")?,
            responded_at: t(&c.first_response_at, "first_response_at")?,
            closed_at: t(&c.closed_at, "closed_at")?,
        };
        past.push(PastCycle {
            request_id: 0,
            seq: i as i64,
            severity: field::<Severity>(&c.severity, "cycles.severity")?,
            availability: fold_width(&c.availability)
                .parse::<Availability>()?
                .as_str()
                .into(),
            response_target: fold_width(&c.response_target)
                .parse::<Response>()?
                .to_string(),
            response_clock: fold_width(&c.response_clock)
                .parse::<Clock>()?
                .as_str()
                .into(),
            cycle,
            resolution: c.resolution,
        });
    }
    Ok(past)
}

/// The case record of an import row (SPEC 7), checked as `open` checks it.
fn case_of(row: &mut ImportRow, tz: crate::rules::zone::Zone) -> Result<Case, String> {
    let opt = |v: Option<String>| v.filter(|s| !s.is_empty());
    let case_number = opt(row.case_number.take())
        .map(|n| check_case_number(&n).map_err(|e| field_error("case_number", &e)))
        .transpose()?;
    let incidents = match row.incidents.take() {
        None => Vec::new(),
        Some(ListOrText::List(l)) => l,
        Some(ListOrText::Text(t)) => t.split_whitespace().map(str::to_string).collect(),
    };
    for i in &incidents {
        check_incident(i).map_err(|e| field_error("incidents", &e))?;
    }
    Ok(Case {
        case_number,
        contact: opt(row.contact.take()),
        contact_method: field::<ContactMethod>(&row.contact_method, "contact_method")?,
        available_24x7: match &row.available_24x7 {
            Some(b) => b.get("available_24x7")?,
            None => false,
        },
        engineer: opt(row.engineer.take()),
        owner: opt(row.owner.take()),
        incidents,
        resolution: opt(row.resolution.take()),
        target_started_at: time_field(&row.target_started_at, "target_started_at", tz)?,
    })
}

fn open_input(path: &std::path::Path) -> anyhow::Result<Box<dyn Read>> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(std::io::stdin().lock()));
    }
    if path.is_dir() {
        return Err(usage(tr!(
            "import-is-dir",
            path = path.display().to_string()
        )));
    }
    // Opened as every file svcreq reads is: a pipe no program writes to is said at once,
    // not waited on ([`crate::error::open_to_read`]); each record is bounded as it is read.
    crate::error::open_to_read(path).map_err(|reason| {
        usage(tr!(
            "import-cannot-open",
            path = path.display().to_string(),
            reason = reason
        ))
    })
}

/// The name of the input in messages.
fn input_name(a: &ImportArgs) -> String {
    if a.file.as_os_str() == "-" {
        "stdin".to_string()
    } else {
        a.file.display().to_string()
    }
}

/// One imported row: the request, the history it carries, its earlier cycles and the text
/// search finds it by ([`Request::search_text`]).
type Imported = (Request, Option<Vec<Event>>, Vec<PastCycle>, String);

/// A record as read, before it is parsed: its line, and its bytes in the chunk (a JSON
/// line) or its fields (a CSV record).
enum RawRow {
    Json(u64, std::ops::Range<usize>),
    Csv(u64, csv::StringRecord),
}

/// Rows read before they are filed together, at most; and bytes, at most (one longer
/// record still makes a chunk of its own). Memory stays a few MiB whatever the input.
const CHUNK_ROWS: usize = 4096;
const CHUNK_BYTES: usize = 4 << 20;
/// Below this many rows a chunk is filed on one thread.
const PARALLEL_ROWS: usize = 256;

/// Reads the import file record by record (bounded, decoded, each with its physical line),
/// files each row (on every core, chunk by chunk) and hands each request with its history
/// and line to `each`, in input order; stops at the first bad row, by line, with an error
/// that names its line. Returns the row count.
fn for_each_row(
    a: &ImportArgs,
    ctx: &Ctx,
    mut each: impl FnMut(u64, Imported) -> anyhow::Result<()>,
) -> anyhow::Result<u64> {
    let format = transfer_format(ctx, "import", Some(&a.file))?;
    let name = input_name(a);
    let line_error = |line: u64, msg: &str| {
        tr!(
            "import-line-error",
            name = name.as_str(),
            line = line.to_string(),
            error = crate::output::inert_line(msg)
        )
    };
    let bad = |line: u64, msg: String| usage(line_error(line, &msg));
    let row_error = |line: u64, e: RowError| match e {
        RowError::Invalid(m) => bad(line, m),
        RowError::Refused(m) => refused(line_error(line, &m)),
    };
    let mut input =
        Input::new(open_input(&a.file)?, a.encoding).map_err(|b| bad(b.line, b.message))?;
    let mut core = csv_core::Reader::new();
    let (mut rec, mut out, mut ends) = (csv::ByteRecord::new(), Vec::new(), Vec::new());
    let utf8 = |rec: &csv::ByteRecord, line: u64| {
        csv::StringRecord::from_byte_record(rec.clone())
            .map_err(|_| bad(line, not_utf8(rec.as_slice())))
    };
    let headers = match format {
        TransferFormat::Jsonl => None,
        TransferFormat::Csv => {
            let Some(line) = input
                .next_csv(&mut core, &mut rec, &mut out, &mut ends)
                .map_err(|b| bad(b.line, b.message))?
            else {
                return Ok(0);
            };
            let headers = utf8(&rec, line)?;
            if let Some(h) = headers
                .iter()
                .find(|h| !CSV_COLUMNS.contains(h) && !CSV_EXTRA.contains(h))
            {
                return Err(bad(
                    line,
                    tr!(
                        "import-unknown-column",
                        column = h,
                        columns = crate::i18n::choices(
                            &CSV_COLUMNS
                                .iter()
                                .chain(CSV_EXTRA)
                                .copied()
                                .collect::<Vec<_>>()
                        )
                    ),
                ));
            }
            Some(headers)
        }
    };
    // One row, parsed and filed.
    let convert = |raw: &RawRow, chunk: &[u8]| -> anyhow::Result<(u64, Imported)> {
        match raw {
            RawRow::Json(n, range) => {
                let bytes = &chunk[range.clone()];
                let text = std::str::from_utf8(bytes).map_err(|_| bad(*n, not_utf8(bytes)))?;
                // A record is an object: a list would be read field by field in order.
                if !text.trim_start().starts_with('{') {
                    return Err(bad(*n, tr!("import-not-an-object")));
                }
                if let Some(name) = json_nul_field(text, "") {
                    return Err(bad(*n, tr!("import-field-nul", name = name)));
                }
                let row: ImportRow =
                    serde_json::from_str(text).map_err(|e| bad(*n, json_row_fault(text, &e)))?;
                let imported = to_request(ctx, a.force, row).map_err(|e| row_error(*n, e))?;
                Ok((*n, imported))
            }
            RawRow::Csv(line, fields) => {
                let nul = fields.iter().enumerate().find_map(|(i, cell)| {
                    let column = headers.as_ref().and_then(|h| h.get(i)).unwrap_or("");
                    match input::nul_at(cell) {
                        Some(_) => Some(column.to_string()),
                        // The history columns hold JSON, where an escape can spell one.
                        None if CSV_EXTRA.contains(&column) => json_nul_field(cell, column),
                        None => None,
                    }
                });
                if let Some(name) = nul {
                    return Err(bad(*line, tr!("import-field-nul", name = name)));
                }
                // A whole number typed full-width (`１２`) reads as its ASCII digits, as
                // every number is (SPEC 2); the fault names the cell as typed.
                let folded = fold_whole_cells(headers.as_ref(), fields);
                let row: ImportRow = folded.deserialize(headers.as_ref()).map_err(|e| {
                    let fault = match &headers {
                        Some(h) => csv_row_fault(h, fields, &e),
                        None => csv_reason(&e),
                    };
                    bad(*line, fault)
                })?;
                let imported =
                    to_request(ctx, a.force, row.untext_csv()).map_err(|e| row_error(*line, e))?;
                Ok((*line, imported))
            }
        }
    };
    // A run of rows, filed until the first bad one.
    let convert_all = |rows: &[RawRow], chunk: &[u8]| {
        let mut done = Vec::with_capacity(rows.len());
        for raw in rows {
            match convert(raw, chunk) {
                Ok(r) => done.push(Ok(r)),
                Err(e) => {
                    done.push(Err(e));
                    break;
                }
            }
        }
        done
    };
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    let (mut chunk, mut line_buf, mut rows) = (Vec::new(), Vec::new(), Vec::new());
    let mut count = 0;
    loop {
        chunk.clear();
        rows.clear();
        let mut bytes = 0;
        // Read a chunk; an error reading stops here, after the rows before it are checked.
        let mut stop: Option<anyhow::Error> = None;
        let mut end = false;
        while rows.len() < CHUNK_ROWS && bytes < CHUNK_BYTES {
            let read = match &headers {
                None => match input.next_line(&mut line_buf) {
                    Err(b) => Err(bad(b.line, b.message)),
                    Ok(None) => Ok(None),
                    Ok(Some(_)) if line_buf.iter().all(u8::is_ascii_whitespace) => continue,
                    // The first line a CSV header read as JSON lines (stdin has no name
                    // to tell the format by): say how to read it as CSV.
                    Ok(Some(n)) if count == 0 && rows.is_empty() && is_csv_header(&line_buf) => {
                        Err(bad(n, tr!("import-looks-like-csv")))
                    }
                    Ok(Some(n)) => {
                        let start = chunk.len();
                        chunk.extend_from_slice(&line_buf);
                        Ok(Some(RawRow::Json(n, start..chunk.len())))
                    }
                },
                Some(h) => match input.next_csv(&mut core, &mut rec, &mut out, &mut ends) {
                    Err(b) => Err(bad(b.line, b.message)),
                    Ok(None) => Ok(None),
                    Ok(Some(line)) if rec.len() != h.len() => Err(bad(
                        line,
                        match input.spanning {
                            // A quoted field ran over a line break: the quote closed in
                            // the wrong place is named with where it began.
                            Some((at, field)) => tr!(
                                "import-field-count-spanning",
                                fields = rec.len(),
                                header = h.len(),
                                at = at,
                                field = field
                            ),
                            None => tr!("import-field-count", fields = rec.len(), header = h.len()),
                        },
                    )),
                    Ok(Some(line)) => {
                        bytes += rec.as_slice().len();
                        utf8(&rec, line).map(|fields| Some(RawRow::Csv(line, fields)))
                    }
                },
            };
            match read {
                Err(e) => {
                    stop = Some(e);
                    break;
                }
                Ok(None) => {
                    end = true;
                    break;
                }
                Ok(Some(raw)) => rows.push(raw),
            }
            bytes = bytes.max(chunk.len());
        }
        let parts: Vec<Vec<anyhow::Result<(u64, Imported)>>> =
            if workers < 2 || rows.len() < PARALLEL_ROWS {
                vec![convert_all(&rows, &chunk)]
            } else {
                let per = rows.len().div_ceil(workers);
                std::thread::scope(|s| {
                    let (chunk, convert_all) = (&chunk, &convert_all);
                    let handles: Vec<_> = rows
                        .chunks(per)
                        .skip(1)
                        .map(|part| s.spawn(move || convert_all(part, chunk)))
                        .collect();
                    let mut parts = vec![convert_all(&rows[..per], chunk)];
                    for h in handles {
                        parts.push(h.join().unwrap_or_else(|_| {
                            vec![Err(crate::error::failure(tr!("import-thread-failed")))]
                        }));
                    }
                    parts
                })
            };
        for part in parts {
            for r in part {
                let (line, imported) = r?;
                each(line, imported)?;
                count += 1;
            }
        }
        if let Some(e) = stop {
            return Err(e);
        }
        if end {
            return Ok(count);
        }
    }
}

/// Whether a line that should be JSON is a CSV header instead: not JSON, and every cell
/// one of the columns import knows.
fn is_csv_header(line: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(line) else {
        return false;
    };
    let text = text.trim();
    !text.starts_with('{')
        && !text.is_empty()
        && text.split(',').all(|c| {
            let c = c.trim().trim_matches('"');
            CSV_COLUMNS.contains(&c) || CSV_EXTRA.contains(&c)
        })
}

/// A CSV field error without the csv crate's position prefix (the line is named already).
fn csv_reason(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Deserialize { err, .. } => match err.kind() {
            csv::DeserializeErrorKind::Message(m) => {
                crate::reasons::reason(m, crate::reasons::Format::Csv)
            }
            _ if err.field().is_some() => err.kind().to_string(),
            _ => err.to_string(),
        },
        _ => e.to_string(),
    }
}

/// Imports all or nothing. From a regular file (which no slow writer can stall), rows are
/// read, checked and filed on worker threads while the ledger's thread inserts them, in one
/// transaction ([`import_streamed`]): into the ledger when it exists (a team ledger always
/// does); into a private file beside it when it does not, put in place only once complete
/// ([`Store::stage`]), so a refused file creates no ledger. From stdin, a pipe or a device, in two steps: every row
/// is read, checked and filed first with no lock held, into a private spool (so memory
/// stays flat and a slow input never holds the ledger); then the spool is written in one
/// transaction, the only time the write lock is held. Either way the first bad row is
/// reported before an id already taken.
pub fn import(ctx: &Ctx, a: ImportArgs, out: &mut Out) -> anyhow::Result<u8> {
    let db = ctx.db_path()?;
    let name = input_name(&a);
    let from_file = !a.dry_run
        && a.file.as_os_str() != "-"
        && std::fs::metadata(&a.file).is_ok_and(|m| m.is_file());
    // Into a ledger that exists (a file, or the team ledger, whose rows go out through COPY
    // while the next ones are read: a file can be read again should the server ask for the
    // transaction to be run again).
    let streamed = from_file
        && (super::is_team_ledger(&db)
            || std::fs::metadata(&db).is_ok_and(|m| m.is_file() && m.len() > 0));
    // Nothing at all at the ledger's path (not even a dangling link) and not a team ledger.
    let staged = from_file
        && !super::is_team_ledger(&db)
        && std::fs::symlink_metadata(&db).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound);
    let filed = if streamed {
        transfer_format(ctx, "import", Some(&a.file))?;
        import_streamed(ctx, &a, &name, &mut ctx.store_write()?)?
    } else if staged {
        transfer_format(ctx, "import", Some(&a.file))?;
        let mut stage = Store::stage(&db)?;
        let runs = import_streamed(ctx, &a, &name, stage.store()?)?;
        if stage.publish()? {
            runs
        } else {
            // Another process created the ledger meanwhile: import into it as it is.
            import_streamed(ctx, &a, &name, &mut ctx.store_write()?)?
        }
    } else {
        let mut spool = Spool::<Imported>::new(db.parent())?;
        for_each_row(&a, ctx, |line, imported| {
            authorize(ctx, &name, line, &imported)?;
            spool.push(line, &imported)
        })?;
        if a.dry_run {
            return dry_run(ctx, &name, spool, out);
        }
        let mut store = ctx.store_write()?;
        store.prepare_bulk()?;
        // The spool is read once: an import is not run again after a serialization
        // failure on the team ledger.
        let mut spool = Some(spool);
        store.write(|w| {
            let spool = spool
                .take()
                .ok_or_else(|| crate::error::failure(crate::tr!("import-busy")))?;
            let mut filer = Filer::new(w, ctx, &name, spool.len())?;
            spool.replay(|line, imported| filer.insert(line, imported))?;
            filer.finish()
        })?
    };
    // Said after the commit, once for the whole file (SPEC 7: as `open` warns of one).
    warn_unreachable_a(filed.unreachable_a);
    warn_departed();
    let runs = filed.runs;
    if ctx.quiet {
        for (first, n) in runs {
            for id in first..first + n as i64 {
                writeln!(out, "{id}")?;
            }
        }
    } else {
        let n: u64 = runs.iter().map(|r| r.1).sum();
        writeln!(
            out,
            "{}",
            crate::output::sentence_out(tr!("import-done", count = n))
        )?;
    }
    Ok(0)
}

/// Whether an imported request is one the import warns of: open, severity A, and the
/// customer not recorded as reachable around the clock (SPEC 7).
fn unreachable_a(r: &crate::store::Request) -> bool {
    r.status == crate::store::Status::Open && crate::rules::filing::warns_24x7(None, r)
}

/// The warning an import gives, once for the whole file, of its `count` open severity-A
/// requests without 24x7 ([`unreachable_a`]); nothing when there are none.
fn warn_unreachable_a(count: u64) {
    if count > 0 {
        crate::output::note_err(crate::output::sentence_err(tr!(
            "warning-24x7-import",
            count = count
        )));
    }
}

/// `import --dry-run`: the spooled rows checked against the ledger as the import checks
/// them ([`Filer::insert`]): each id and each case number (per tenant, without regard to
/// case, SPEC 7) free in the ledger and not given twice in the file. It says what the
/// import would say (its warnings, and the count) and writes nothing.
fn dry_run(ctx: &Ctx, name: &str, spool: Spool<Imported>, out: &mut Out) -> anyhow::Result<u8> {
    let n = spool.len();
    let mut unreachable = 0u64;
    let store = ctx.store_read_if_any()?;
    let mut seen = std::collections::HashSet::new();
    // (tenant, case number folded) → the line that gave it first.
    let mut cases: std::collections::HashMap<(String, String), u64> = Default::default();
    spool.replay(|line, (r, ..)| {
        if unreachable_a(&r) {
            unreachable += 1;
        }
        if r.id > 0 {
            let in_ledger = match &store {
                Some(s) => s.get(r.id)?.is_some(),
                None => false,
            };
            if in_ledger || !seen.insert(r.id) {
                return Err(taken(name, line, r.id, true));
            }
        }
        if let Some(number) = &r.case.case_number {
            let tenant = crate::output::inert_line(&r.tenant);
            if let Some(s) = &store
                && let Some((id, _)) = s.find_case(number, Some(&r.tenant))?.first()
            {
                return Err(usage(tr!(
                    "import-case-taken-dry-run",
                    name = name,
                    line = line.to_string(),
                    case = number.as_str(),
                    id = id.to_string(),
                    tenant = tenant
                )));
            }
            let key = (r.tenant.clone(), number.to_lowercase());
            if let Some(first) = cases.get(&key) {
                return Err(usage(tr!(
                    "import-case-repeated-dry-run",
                    name = name,
                    line = line.to_string(),
                    case = number.as_str(),
                    first = first.to_string(),
                    tenant = tenant
                )));
            }
            cases.insert(key, line);
        }
        Ok(())
    })?;
    warn_unreachable_a(unreachable);
    warn_departed();
    if !ctx.quiet {
        writeln!(
            out,
            "{}",
            crate::output::sentence_out(tr!("import-dry-run", count = n))
        )?;
    }
    Ok(0)
}

/// The row's tenant is one the actor may act for (checked as the row is read).
fn authorize(ctx: &Ctx, name: &str, line: u64, imported: &Imported) -> anyhow::Result<()> {
    ctx.authorize(&imported.0.tenant, ctx.now).map_err(|e| {
        refused(tr!(
            "import-line-error",
            name = name,
            line = line.to_string(),
            error = e.to_string()
        ))
    })
}

fn case_taken(name: &str, line: u64, case: &str, id: i64, tenant: &str) -> anyhow::Error {
    usage(tr!(
        "import-case-taken",
        name = name,
        line = line.to_string(),
        case = case,
        id = id.to_string(),
        tenant = crate::output::inert_line(tenant)
    ))
}

fn taken(name: &str, line: u64, id: i64, dry: bool) -> anyhow::Error {
    let key = if dry {
        "import-id-taken-dry-run"
    } else {
        "import-id-taken"
    };
    usage(tr!(
        key,
        name = name,
        line = line.to_string(),
        id = id.to_string()
    ))
}

/// Bytes per row when a file's row count is estimated from its size (more than most rows
/// take, so the estimate errs low).
const ROW_BYTES_ESTIMATE: u64 = 512;

/// Rows handed from the filing threads to the ledger's thread at a time.
const HANDOFF_ROWS: usize = 1024;

/// The streamed import: [`for_each_row`] files rows on its threads and hands them over in
/// batches through a bounded channel (memory stays flat); this thread inserts them as they
/// come. A row the ledger refuses (an id or case number taken) stops the inserting, but
/// the rest of the file is still checked, so a bad row anywhere is reported first, as the
/// two-step import reports it. Returns the new ids as runs.
fn import_streamed(
    ctx: &Ctx,
    a: &ImportArgs,
    name: &str,
    store: &mut Store,
) -> anyhow::Result<Filed> {
    let incoming = std::fs::metadata(&a.file).map_or(0, |m| m.len() / ROW_BYTES_ESTIMATE);
    store.prepare_bulk()?;
    store.write(|w| {
        let mut filer = Filer::new(w, ctx, name, incoming)?;
        std::thread::scope(|s| {
            let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<(u64, Imported)>>(4);
            let filing = s.spawn(move || {
                let mut batch = Vec::with_capacity(HANDOFF_ROWS);
                let read = for_each_row(a, ctx, |line, imported| {
                    authorize(ctx, name, line, &imported)?;
                    batch.push((line, imported));
                    if batch.len() == HANDOFF_ROWS {
                        let full = std::mem::replace(&mut batch, Vec::with_capacity(HANDOFF_ROWS));
                        // The receiver stops only when this thread's work is over.
                        let _ = tx.send(full);
                    }
                    Ok(())
                });
                if !batch.is_empty() {
                    let _ = tx.send(batch);
                }
                read
            });
            let mut refused: Option<anyhow::Error> = None;
            for batch in rx {
                for (line, imported) in batch {
                    if refused.is_none()
                        && let Err(e) = filer.insert(line, imported)
                    {
                        refused = Some(e);
                    }
                }
            }
            filing
                .join()
                .unwrap_or_else(|_| Err(crate::error::failure(tr!("import-thread-failed"))))?;
            refused.map_or(Ok(()), Err)
        })?;
        filer.finish()
    })
}

/// Inserts checked rows into the import's transaction, each row's id and case number
/// free; the search index filled at the end ([`Filer::finish`]).
struct Filer<'w, 'c> {
    w: &'w crate::store::Write<'w>,
    name: &'c str,
    import: i64,
    inserter: crate::store::Inserter<'w>,
    /// The indexes built after the rows when the import is a bulk load.
    deferred: crate::store::Deferred,
    /// Ids as runs (first, count): consecutive ids take one entry, so memory stays flat.
    runs: Vec<(i64, u64)>,
    /// Open severity A requests whose customer is not recorded as reachable around the
    /// clock (SPEC 7): said once after the commit, as `open` says it of one.
    unreachable_a: u64,
    /// The rows gathered for the next `COPY` that keep their own id or have a case number,
    /// in line order: checked against the ledger at once before the batch is sent
    /// ([`Filer::check_batch`]).
    unchecked: Vec<Unchecked>,
}

/// A row whose id or case number the ledger may already have.
struct Unchecked {
    line: u64,
    /// Its own id (0: it takes a new one).
    id: i64,
    /// Its tenant and case number.
    case: Option<(String, String)>,
}

impl<'w, 'c> Filer<'w, 'c> {
    /// Begins the import of about `incoming` requests (an estimate: it decides whether the
    /// ledger's indexes are built after the rows, [`crate::store::Write::defer_indexes`]).
    fn new(
        w: &'w crate::store::Write<'w>,
        ctx: &'c Ctx,
        name: &'c str,
        incoming: u64,
    ) -> anyhow::Result<Self> {
        let import = w.begin_import(&ctx.actor, ctx.now)?;
        let deferred = w.defer_indexes(incoming)?;
        let mut inserter = w.bulk_inserter()?;
        inserter.expect(incoming);
        if deferred.is_bulk() {
            inserter.index_as_it_goes();
        }
        Ok(Filer {
            w,
            name,
            import,
            deferred,
            inserter,
            runs: Vec::new(),
            unreachable_a: 0,
            unchecked: Vec::new(),
        })
    }

    /// Insert one row, its id and case number free. Rows gathered for `COPY` are checked
    /// against the ledger a batch at a time ([`Filer::check_batch`]), so the first row
    /// refused is still the one reported, and no row goes out with a taken id.
    fn insert(&mut self, line: u64, (r, events, cycles, search): Imported) -> anyhow::Result<()> {
        let name = self.name;
        let batched = self.inserter.gathers();
        if r.id > 0 && self.inserter.has_id(r.id) {
            // An earlier row of the batch may be refused by the ledger: it comes first.
            self.check_batch()?;
            return Err(taken(name, line, r.id, false));
        }
        if r.id > 0 && !batched && self.w.exists(r.id)? {
            return Err(taken(name, line, r.id, false));
        }
        if let Some(n) = &r.case.case_number {
            let id = match self.inserter.has_case(&r.tenant, n) {
                Some(id) => {
                    self.check_batch()?;
                    Some(id)
                }
                None if batched => None,
                None => self
                    .w
                    .find_case(n, Some(&r.tenant))?
                    .first()
                    .map(|(id, _)| *id),
            };
            if let Some(id) = id {
                return Err(case_taken(name, line, n, id, &r.tenant));
            }
        }
        if batched && (r.id > 0 || r.case.case_number.is_some()) {
            self.unchecked.push(Unchecked {
                line,
                id: r.id,
                case: r
                    .case
                    .case_number
                    .as_ref()
                    .map(|n| (r.tenant.clone(), n.clone())),
            });
        }
        let history = match &events {
            Some(list) => History::Events(list),
            None => History::Imported(self.import),
        };
        let id = check_new_id(self.inserter.insert_filed(&r, history, &cycles, &search)?)?;
        if unreachable_a(&r) {
            self.unreachable_a += 1;
        }
        match self.runs.last_mut() {
            Some((first, n)) if *first + *n as i64 == id => *n += 1,
            _ => self.runs.push((id, 1)),
        }
        if self.inserter.batch_full() {
            self.check_batch()?;
            self.inserter.send_batch()?;
        }
        Ok(())
    }

    /// Check the ids and case numbers of the rows gathered since the last batch against
    /// the ledger, one query each: the first row (in line order) whose id or case number
    /// the ledger has is refused, as it would be row by row.
    fn check_batch(&mut self) -> anyhow::Result<()> {
        if self.unchecked.is_empty() {
            return Ok(());
        }
        let rows = std::mem::take(&mut self.unchecked);
        let ids: Vec<i64> = rows.iter().map(|u| u.id).filter(|id| *id > 0).collect();
        let taken_ids: std::collections::HashSet<i64> =
            self.w.taken_ids(&ids)?.into_iter().collect();
        let with_case: Vec<&Unchecked> = rows.iter().filter(|u| u.case.is_some()).collect();
        let cases: Vec<(&str, &str)> = with_case
            .iter()
            .filter_map(|u| u.case.as_ref().map(|(t, n)| (t.as_str(), n.as_str())))
            .collect();
        let taken_cases: std::collections::HashMap<u64, i64> = self
            .w
            .taken_cases(&cases)?
            .into_iter()
            .filter_map(|(i, id)| with_case.get(i).map(|u| (u.line, id)))
            .collect();
        for u in &rows {
            if u.id > 0 && taken_ids.contains(&u.id) {
                return Err(taken(self.name, u.line, u.id, false));
            }
            if let (Some((tenant, n)), Some(id)) = (&u.case, taken_cases.get(&u.line)) {
                return Err(case_taken(self.name, u.line, n, *id, tenant));
            }
        }
        Ok(())
    }

    /// The indexes a bulk load deferred, each built in one sort, and the search index
    /// (SPEC 7): a bulk load indexed its requests as they went in, else they are indexed
    /// now in one pass.
    fn finish(mut self) -> anyhow::Result<Filed> {
        self.check_batch()?;
        let bulk = self.deferred.is_bulk();
        let unindexed = if bulk {
            self.inserter.unindexed().to_vec()
        } else {
            Vec::new()
        };
        self.inserter.finish()?;
        self.w.restore_indexes(self.deferred)?;
        self.w
            .index_search(if bulk { &unindexed } else { &self.runs })?;
        Ok(Filed {
            runs: self.runs,
            unreachable_a: self.unreachable_a,
        })
    }
}

/// What an import filed: its ids as runs (first, count), and how many of its requests are
/// open at severity A without the customer reachable around the clock.
struct Filed {
    runs: Vec<(i64, u64)>,
    unreachable_a: u64,
}

/// The most bytes a request's export line may take (`export --events`, as a JSON line or a
/// CSV record), so that every export imports: the import's record cap
/// ([`super::import_input::RECORD_CAP`]) less room for the fields export derives from the
/// time (the SLA state, the reopen deadline), an import's own "imported" event and a CRLF.
pub const RECORD_BUDGET: usize = super::import_input::RECORD_CAP - 4096;

/// Bytes written, counted and dropped.
struct Count(usize);

impl Write for Count {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The bytes request `r` with its history and earlier cycles takes as `export --events`
/// writes it: the longer of its JSON line and its CSV record (text is escaped differently
/// in each), without the line break.
fn export_size(
    ctx: &Ctx,
    r: &Request,
    events: Vec<Event>,
    cycles: Vec<PastCycle>,
) -> anyhow::Result<usize> {
    let cycles = cycle_rows(cycles);
    let events = event_rows(events);
    let mut row = ctx.record(r).csv_row();
    row.push(r.timezone.clone());
    row.push(if cycles.is_empty() {
        String::new()
    } else {
        serde_json::to_string(&cycles)?
    });
    row.push(serde_json::to_string(&events)?);
    let mut csv_count = Count(0);
    {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(&mut csv_count);
        w.write_record(&row)?;
        w.flush()?;
    }
    let mut json_count = Count(0);
    serde_json::to_writer(
        &mut json_count,
        &ExportRecord {
            request: ctx.record(r),
            timezone: r.timezone.clone(),
            cycles,
            events: Some(events),
        },
    )?;
    Ok(json_count.0.max(csv_count.0.saturating_sub(1)))
}

/// The export size of request `id` as the transaction `w` has it; with `exact` false, a
/// record whose texts cannot reach [`RECORD_BUDGET`] is not measured (0 is returned).
fn stored_export_size(
    ctx: &Ctx,
    w: &crate::store::Write<'_>,
    id: i64,
    exact: bool,
) -> anyhow::Result<usize> {
    let Some(r) = w.get(id)? else {
        return Ok(0);
    };
    let events: Vec<Event> = w.events_with_ids(id)?.into_iter().map(|(_, e)| e).collect();
    let past = w.past_cycles(id)?;
    if !exact && !may_pass_budget(&r, Some(&events), &past) {
        return Ok(0);
    }
    export_size(ctx, &r, events, past)
}

/// Whether a request's texts could make its export pass [`RECORD_BUDGET`]: export writes
/// a byte as at most 6, with a fixed part per record, event and cycle.
fn may_pass_budget(r: &Request, events: Option<&[Event]>, past: &[PastCycle]) -> bool {
    6 * row_text_bytes(r, events, past) + 65536 > RECORD_BUDGET
}

/// A request's whole record (description, notes, every text of its history) kept within
/// [`RECORD_BUDGET`], so its export line always fits the import's record cap (SPEC 7: every
/// export imports). Taken before a write, checked after it in the same transaction: a
/// write that would pass the cap is refused whole, saying how much room was left.
pub struct RecordFit {
    /// The request's export size before the write, in bytes.
    before: usize,
}

impl RecordFit {
    /// The room of request `id` before a write to it.
    pub fn before(ctx: &Ctx, w: &crate::store::Write<'_>, id: i64) -> anyhow::Result<Self> {
        Ok(RecordFit {
            before: stored_export_size(ctx, w, id, true)?,
        })
    }

    /// Refuse (exit 2) a new request `r` (its id given) whose record, `events` its whole
    /// history, takes more than [`RECORD_BUDGET`]: measured from what is about to be
    /// written, so filing reads nothing back (on the team ledger a read is a round trip).
    pub fn check_new(ctx: &Ctx, r: &Request, events: &[Event]) -> anyhow::Result<()> {
        if !may_pass_budget(r, Some(events), &[]) {
            return Ok(());
        }
        let after = export_size(ctx, r, events.to_vec(), Vec::new())?;
        RecordFit { before: 0 }.refuse_past_budget(r.id, after)
    }

    /// Refuse (exit 2) when request `id` as written now takes more than [`RECORD_BUDGET`].
    pub fn check(&self, ctx: &Ctx, w: &crate::store::Write<'_>, id: i64) -> anyhow::Result<()> {
        self.refuse_past_budget(id, stored_export_size(ctx, w, id, false)?)
    }

    /// Refuse (exit 2) request `id` when its export takes `after` bytes, more than
    /// [`RECORD_BUDGET`], saying how much room it had before the write.
    fn refuse_past_budget(&self, id: i64, after: usize) -> anyhow::Result<()> {
        if after <= RECORD_BUDGET {
            return Ok(());
        }
        Err(usage(tr!(
            "error-record-too-large",
            id = id.to_string(),
            size = after.to_string(),
            cap = crate::error::cap_text(RECORD_BUDGET as u64),
            room = RECORD_BUDGET.saturating_sub(self.before).to_string()
        )))
    }
}

#[derive(Serialize)]
struct ExportRecord {
    #[serde(flatten)]
    request: RequestRecord,
    /// The zone the request was filed in, which its import needs when its tenant has
    /// left the config.
    timezone: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cycles: Vec<CycleRow>,
    #[serde(skip_serializing_if = "Option::is_none")]
    events: Option<Vec<EventRow>>,
}

fn cycle_rows(list: Vec<PastCycle>) -> Vec<CycleRow> {
    let t = |v: Option<DateTime<Utc>>| v.map(crate::time::format_utc);
    list.into_iter()
        .map(|p| CycleRow {
            cycle: p.seq + 1,
            started_at: crate::time::format_utc(p.cycle.started_at),
            severity: p.severity.map(|s| s.to_string()),
            availability: p.availability,
            response_target: p.response_target,
            response_clock: p.response_clock,
            response_due: t(p.cycle.due),
            first_response_at: t(p.cycle.responded_at),
            closed_at: t(p.cycle.closed_at),
            resolution: p.resolution,
        })
        .collect()
}

fn event_rows(list: Vec<Event>) -> Vec<EventRow> {
    list.into_iter()
        .map(|e| EventRow {
            at: crate::time::format_utc(e.at),
            actor: e.actor,
            kind: e.kind,
            detail: e.detail,
            data: e.data.and_then(|d| serde_json::from_str(&d).ok()),
        })
        .collect()
}

pub fn export(ctx: &Ctx, a: ExportArgs, out: &mut Out) -> anyhow::Result<u8> {
    let format = transfer_format(ctx, "export", None)?;
    for t in &a.tenant {
        ctx.tenant(Some(t))?;
    }
    // A partner or limited admin exports only its tenants (SPEC 1.7).
    let shown = ctx.shown_tenants(&a.tenant)?;
    let nothing_visible = shown.as_ref().is_some_and(Vec::is_empty);
    let filter = ListFilter {
        status: None,
        tenants: shown.unwrap_or_default(),
        sort: SortKey::Id,
        ..ListFilter::default()
    };
    let store = ctx.store_read()?.filter(|_| !nothing_visible);
    if a.bom && format != TransferFormat::Csv {
        return Err(usage(tr!("export-bom-csv-only")));
    }
    // Earlier cycles of reopened requests, by request (few: read them in one pass).
    let mut past = match &store {
        Some(store) => store.cycles_by_request()?,
        None => Default::default(),
    };
    // A record's earlier cycles and (with --events) its history, checked first: what does
    // not import is not exported (SPEC 6, 7).
    let mut history = |store: &crate::store::Store,
                       r: &Request|
     -> anyhow::Result<(Vec<CycleRow>, Option<Vec<Event>>)> {
        let past = past.remove(&r.id).unwrap_or_default();
        let events = if a.events {
            Some(store.events(r.id)?)
        } else {
            None
        };
        store.check_history(r, &past, events.as_deref())?;
        Ok((cycle_rows(past), events))
    };
    if format == TransferFormat::Csv {
        if a.bom {
            out.write_all("\u{feff}".as_bytes())?;
        }
        let mut w = csv::Writer::from_writer(&mut *out);
        let mut header = CSV_COLUMNS.to_vec();
        header.push("timezone");
        header.push("cycles");
        if a.events {
            header.push("events");
        }
        w.write_record(&header)?;
        if let Some(store) = &store {
            store.list(&filter, |r| {
                let mut row = ctx.record(&r).csv_row();
                row.push(r.timezone.clone());
                let (cycles, events) = history(store, &r)?;
                row.push(if cycles.is_empty() {
                    String::new()
                } else {
                    serde_json::to_string(&cycles)?
                });
                if let Some(events) = events {
                    row.push(serde_json::to_string(&event_rows(events))?);
                }
                w.write_record(row)?;
                Ok(true)
            })?;
        }
        w.flush()?;
        return Ok(0);
    }
    let Some(store) = store else {
        return Ok(0);
    };
    store.list(&filter, |r| {
        let (cycles, events) = history(&store, &r)?;
        serde_json::to_writer(
            &mut *out,
            &ExportRecord {
                request: ctx.record(&r),
                timezone: r.timezone.clone(),
                cycles,
                events: events.map(event_rows),
            },
        )?;
        out.write_all(b"\n")?;
        Ok(true)
    })?;
    Ok(0)
}
