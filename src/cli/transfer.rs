//! `svcreq import` and `svcreq export`: many requests in one all-or-nothing transaction,
//! as CSV (RFC 4180, formula-safe) or JSON lines whose keys are the JSON field names
//! (SPEC 5). Export → import into an empty ledger → export is byte-identical.

use super::{Ctx, Out};
use crate::config::io_reason;
use crate::error::usage;
use crate::output::{CSV_COLUMNS, Format, RequestRecord};
use crate::rules::{
    Availability, Category, Channel, Clock, Facts, Response, Scope, Service, Severity, Target,
    severity,
};
use crate::store::{Event, History, ListFilter, Request, SortKey, Status};
use crate::time::parse_time;
use chrono::{DateTime, Utc};
use clap::Args;
use serde::{Deserialize, Serialize};
use std::io::{BufRead, BufReader, Read, Write};
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
    /// The file to read (CSV with a header row of JSON field names, or JSON lines), or - for stdin
    #[arg(default_value = "-")]
    pub file: PathBuf,
    /// Validate only; write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Include each request's history (JSON lines only)
    #[arg(long)]
    pub events: bool,
    /// Only these tenants
    #[arg(long, value_delimiter = ',')]
    pub tenant: Vec<String>,
}

/// One event as exported and imported.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EventRow {
    at: String,
    actor: String,
    kind: String,
    detail: String,
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
    // Derived on export; accepted and recomputed on import.
    #[allow(dead_code)]
    sla_state: Option<String>,
    #[allow(dead_code)]
    reopen_deadline: Option<String>,
    events: Option<Vec<EventRow>>,
}

/// Undo the export's formula neutralisation of a CSV text cell.
fn csv_untext(s: String) -> String {
    match s.strip_prefix('\'') {
        Some(rest) => rest.to_string(),
        None => s,
    }
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
        ] {
            *f = f.take().map(csv_untext);
        }
        self
    }
}

fn field<T: std::str::FromStr<Err = String>>(
    v: &Option<String>,
    name: &str,
) -> Result<Option<T>, String> {
    match v.as_deref() {
        None | Some("") => Ok(None),
        Some(s) => s
            .parse::<T>()
            .map(Some)
            .map_err(|e| format!("field {name}: {e}")),
    }
}

fn time_field(
    v: &Option<String>,
    name: &str,
    tz: crate::rules::zone::Zone,
) -> Result<Option<DateTime<Utc>>, String> {
    match v.as_deref() {
        None | Some("") => Ok(None),
        Some(s) => parse_time(s, tz, name)
            .map(Some)
            .map_err(|e| format!("field {name}: {e}")),
    }
}

/// Turn one record into a request and its history, defaulting as `open` would.
/// A request from an import row, with the history the row carries (`None`: it has none).
fn to_request(ctx: &Ctx, mut row: ImportRow) -> Result<(Request, Option<Vec<Event>>), String> {
    let title = row
        .title
        .take()
        .filter(|t| !t.trim().is_empty())
        .ok_or("field title: required and not empty")?;
    if title.len() > super::input::TITLE_CAP {
        return Err(format!(
            "field title: larger than {} bytes",
            super::input::TITLE_CAP
        ));
    }
    let tenant = ctx
        .cfg
        .tenant(row.tenant.as_deref().filter(|t| !t.is_empty()))
        .map_err(|e| format!("field tenant: {e}"))?;
    let tz = tenant.timezone;
    let plan = row
        .plan
        .take()
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| tenant.plan.clone());
    let tier = match row.tier.take().filter(|t| !t.is_empty()) {
        Some(t) => t,
        None => ctx
            .cfg
            .rules
            .tier_for(&plan, &tenant.support_option)
            .map_err(|e| format!("field plan: {e}"))?
            .name
            .clone(),
    };
    let category = field::<Category>(&row.category, "category")?.unwrap_or(Category::Technical);
    let mut severity_source = row.severity_source.take().filter(|s| !s.is_empty());
    let sev = match (category, field::<Severity>(&row.severity, "severity")?) {
        (Category::Technical, Some(s)) => Some(s),
        (Category::Technical, None) => {
            severity_source = Some("classified".into());
            Some(severity(&Facts::default()))
        }
        (_, Some(_)) => {
            return Err(format!(
                "field severity: {category} requests have no severity"
            ));
        }
        (_, None) => None,
    };
    if let Some(s) = &severity_source
        && s != "manual"
        && s != "classified"
    {
        return Err(format!(
            "field severity_source: unknown value '{s}'; use manual or classified"
        ));
    }
    let channel = field::<Channel>(&row.channel, "channel")?.unwrap_or(Channel::Online);
    let status = match row.status.as_deref() {
        None | Some("") | Some("open") => Status::Open,
        Some("closed") => Status::Closed,
        Some(s) => {
            return Err(format!(
                "field status: unknown status '{s}'; use open or closed"
            ));
        }
    };
    let opened_at = time_field(&row.opened_at, "opened_at", tz)?.unwrap_or(ctx.now);
    let cycle_started_at =
        time_field(&row.cycle_started_at, "cycle_started_at", tz)?.unwrap_or(opened_at);
    let closed_at = time_field(&row.closed_at, "closed_at", tz)?;
    if (status == Status::Closed) != closed_at.is_some() {
        return Err(
            "field closed_at: a closed request needs closed_at, and an open one must not have it"
                .into(),
        );
    }
    let first_response_at = time_field(&row.first_response_at, "first_response_at", tz)?;
    let given = (
        field::<Availability>(&row.availability, "availability")?,
        field::<Response>(&row.response_target, "response_target")?,
        field::<Clock>(&row.response_clock, "response_clock")?,
    );
    let target = match given {
        (Some(availability), Some(response), clock) => Target {
            availability,
            response,
            clock: clock.unwrap_or(Clock::Always),
        },
        _ => ctx.cfg.rules.target(category, &tier, sev)?,
    };
    let response_due = match time_field(&row.response_due, "response_due", tz)? {
        Some(d) => Some(d),
        None => ctx
            .cfg
            .rules
            .due(&target, cycle_started_at, tz, &tenant.business_hours),
    };
    let request = Request {
        id: row.id.unwrap_or(0),
        tenant: tenant.name.clone(),
        title,
        description: row.description.take().unwrap_or_default(),
        category,
        service: field::<Service>(&row.service, "service")?,
        severity: sev,
        severity_source: if category == Category::Technical {
            severity_source
        } else {
            None
        },
        plan,
        tier,
        channel,
        status,
        opened_at,
        closed_at,
        reopen_count: row.reopen_count.unwrap_or(0),
        scope: field::<Scope>(&row.scope, "scope")?.unwrap_or(Scope::InScope),
        opened_by: row
            .opened_by
            .take()
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| ctx.actor.clone()),
        timezone: tz.name().into(),
        cycle_started_at,
        availability: target.availability.as_str().into(),
        response_target: target.response.to_string(),
        response_clock: target.clock.as_str().into(),
        response_due,
        first_response_at,
    };
    if request.id < 0 {
        return Err("field id: must be a positive number".into());
    }
    let events = row
        .events
        .map(|list| {
            list.into_iter()
                .map(|e| {
                    Ok(Event {
                        at: parse_time(&e.at, tz, "events.at")
                            .map_err(|m| format!("field events: {m}"))?,
                        actor: e.actor,
                        kind: e.kind,
                        detail: e.detail,
                    })
                })
                .collect::<Result<Vec<_>, String>>()
        })
        .transpose()?;
    Ok((request, events))
}

fn open_input(path: &PathBuf) -> anyhow::Result<Box<dyn Read>> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(std::io::stdin().lock()));
    }
    let f = std::fs::File::open(path)
        .map_err(|e| usage(format!("cannot read {}: {}", path.display(), io_reason(&e))))?;
    Ok(Box::new(f))
}

/// Parse every record, stopping at the first bad one with its line number.
/// Reads the import file row by row, handing each request with its history to `each`;
/// stops at the first bad row with an error that names its line. Returns the row count.
fn for_each_row(
    a: &ImportArgs,
    ctx: &Ctx,
    mut each: impl FnMut(Request, Option<Vec<Event>>) -> anyhow::Result<()>,
) -> anyhow::Result<u64> {
    let format = transfer_format(ctx, "import", Some(&a.file))?;
    let input = open_input(&a.file)?;
    let name = if a.file.as_os_str() == "-" {
        "stdin".to_string()
    } else {
        a.file.display().to_string()
    };
    let bad =
        |line: u64, msg: String| usage(format!("{name}: line {line}: {msg}; nothing was imported"));
    let mut count = 0;
    match format {
        TransferFormat::Csv => {
            let mut rdr = csv::Reader::from_reader(input);
            let headers = rdr
                .headers()
                .map_err(|e| bad(1, format!("not valid CSV: {e}")))?
                .clone();
            if let Some(h) = headers.iter().find(|h| !CSV_COLUMNS.contains(h)) {
                return Err(bad(
                    1,
                    format!(
                        "unknown column '{h}'; columns are the JSON field names: {}",
                        CSV_COLUMNS.join(", ")
                    ),
                ));
            }
            for rec in rdr.records() {
                let rec = rec.map_err(|e| {
                    let line = e.position().map_or(0, |p| p.line());
                    bad(line, format!("not valid CSV: {e}"))
                })?;
                let line = rec.position().map_or(0, |p| p.line());
                let row: ImportRow = rec
                    .deserialize(Some(&headers))
                    .map_err(|e| bad(line, e.to_string()))?;
                let (r, events) = to_request(ctx, row.untext_csv()).map_err(|m| bad(line, m))?;
                each(r, events)?;
                count += 1;
            }
        }
        TransferFormat::Jsonl => {
            for (i, line) in BufReader::new(input).lines().enumerate() {
                let n = i as u64 + 1;
                let line = line.map_err(|e| bad(n, format!("cannot read: {}", io_reason(&e))))?;
                if line.trim().is_empty() {
                    continue;
                }
                let row: ImportRow =
                    serde_json::from_str(&line).map_err(|e| bad(n, e.to_string()))?;
                let (r, events) = to_request(ctx, row).map_err(|m| bad(n, m))?;
                each(r, events)?;
                count += 1;
            }
        }
    }
    Ok(count)
}

/// Imports in one transaction, row by row as the file is read, so memory stays flat
/// whatever the file's size; any bad row rolls back the whole import.
pub fn import(ctx: &Ctx, a: ImportArgs, out: &mut Out) -> anyhow::Result<u8> {
    if a.dry_run {
        let store = ctx.store_read_if_any()?;
        let n = for_each_row(&a, ctx, |r, _| {
            ctx.authorize(&r.tenant)?;
            if let Some(store) = &store
                && r.id > 0
                && store.get(r.id)?.is_some()
            {
                return Err(usage(format!(
                    "request id {} already exists; nothing would be imported",
                    r.id
                )));
            }
            Ok(())
        })?;
        if !ctx.quiet {
            writeln!(
                out,
                "{n} requests are valid; nothing was written (--dry-run)"
            )?;
        }
        return Ok(0);
    }
    let mut store = ctx.store_write()?;
    store.prepare_bulk()?;
    let ids = store.write(|w| {
        let mut ids = Vec::new();
        let import = w.begin_import(&ctx.actor, ctx.now)?;
        let mut inserter = w.inserter()?;
        for_each_row(&a, ctx, |r, events| {
            ctx.authorize(&r.tenant)?;
            if r.id > 0 && w.exists(r.id)? {
                return Err(usage(format!(
                    "request id {} already exists; nothing was imported",
                    r.id
                )));
            }
            let history = match &events {
                Some(list) => History::Events(list),
                None => History::Imported(import),
            };
            ids.push(inserter.insert(&r, history)?);
            Ok(())
        })?;
        Ok(ids)
    })?;
    if ctx.quiet {
        for id in ids {
            writeln!(out, "{id}")?;
        }
    } else {
        writeln!(out, "Imported {} requests", ids.len())?;
    }
    Ok(0)
}

#[derive(Serialize)]
struct ExportRecord {
    #[serde(flatten)]
    request: RequestRecord,
    #[serde(skip_serializing_if = "Option::is_none")]
    events: Option<Vec<EventRow>>,
}

pub fn export(ctx: &Ctx, a: ExportArgs, out: &mut Out) -> anyhow::Result<u8> {
    let format = transfer_format(ctx, "export", None)?;
    if a.events && format == TransferFormat::Csv {
        return Err(usage(
            "--events needs --format jsonl; CSV has no place for a history",
        ));
    }
    for t in &a.tenant {
        ctx.cfg.tenant(Some(t))?;
    }
    let filter = ListFilter {
        status: None,
        tenants: a.tenant.clone(),
        sort: SortKey::Id,
        ..ListFilter::default()
    };
    let store = ctx.store_read()?;
    if format == TransferFormat::Csv {
        let mut w = csv::Writer::from_writer(&mut *out);
        w.write_record(CSV_COLUMNS)?;
        if let Some(store) = &store {
            store.list(&filter, |r| {
                w.write_record(ctx.record(&r).csv_row())?;
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
        let events = if a.events {
            let list = store.events(r.id)?;
            Some(
                list.into_iter()
                    .map(|e| EventRow {
                        at: crate::time::format_utc(e.at),
                        actor: e.actor,
                        kind: e.kind,
                        detail: e.detail,
                    })
                    .collect(),
            )
        } else {
            None
        };
        serde_json::to_writer(
            &mut *out,
            &ExportRecord {
                request: ctx.record(&r),
                events,
            },
        )?;
        out.write_all(b"\n")?;
        Ok(true)
    })?;
    Ok(0)
}
