//! `svcreq list`: requests filtered and sorted, as a table, JSON, CSV or ids.

use super::args::spec_enum;
use super::{Ctx, Out};
use crate::error::usage;
use crate::output::words;
use crate::output::{CSV_COLUMNS, Format, Grid, JsonArray, state_color};
use crate::rules::zone::Zone;
use crate::rules::{Category, Severity, SlaState};
use crate::store::{ListFilter, SortKey, Status};
use crate::tr;
use clap::{Args, ValueEnum};
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusArg {
    Open,
    Closed,
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    Due,
    Opened,
    Severity,
    Id,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Which requests [default: open; all with --case or --incident; closed with
    /// --reopen-ends-within]
    #[arg(long, value_enum, value_parser = super::args::value_enum::<StatusArg>())]
    pub status: Option<StatusArg>,
    /// Only these severities, comma separated (A,B)
    #[arg(long, value_delimiter = ',', value_parser = spec_enum::<Severity>())]
    pub severity: Vec<Severity>,
    /// Only these categories
    #[arg(long, value_delimiter = ',', value_parser = spec_enum::<Category>())]
    pub category: Vec<Category>,
    /// Only these tenants
    #[arg(long, value_delimiter = ',', value_parser = crate::cli::input::parse_name)]
    pub tenant: Vec<String>,
    /// Only these plans
    #[arg(long, value_delimiter = ',', value_parser = crate::cli::input::parse_name)]
    pub plan: Vec<String>,
    /// Only requests in these SLA states, comma separated
    #[arg(long, value_delimiter = ',', value_parser = spec_enum::<SlaState>())]
    pub sla: Vec<SlaState>,
    /// Only requests opened at or after TIME
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Only requests opened at or before TIME
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
    /// Only requests whose text contains TEXT (title, description, notes, resolution, case
    /// number, engineer, owner, contact, incidents), ignoring case and character width
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub search: Option<String>,
    /// Only the request with Microsoft's case number CASE
    #[arg(long = "case", value_name = "CASE", value_parser = super::case::parse_case_number)]
    pub case_number: Option<String>,
    /// Only requests linked to this service-health incident (EX123456)
    #[arg(long, value_name = "ID", value_parser = super::case::parse_incident)]
    pub incident: Option<String>,
    /// Only closed requests whose reopen window ends within this time (3d, 12h)
    #[arg(long, value_name = "DURATION", value_parser = crate::rules::file::parse_duration)]
    pub reopen_ends_within: Option<i64>,
    /// Order
    #[arg(long, value_enum, value_parser = super::args::value_enum::<SortArg>(), default_value = "due")]
    pub sort: SortArg,
    /// At most N requests
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = super::parse_count)]
    pub limit: Option<u64>,
}

pub fn run(ctx: &Ctx, a: ListArgs, out: &mut Out) -> anyhow::Result<u8> {
    let format = ctx.format(
        "list",
        &[Format::Table, Format::Json, Format::Csv, Format::Ids],
    )?;
    let format = if ctx.quiet { Format::Ids } else { format };
    let store = ctx.store_read()?;
    // A partner or limited admin sees only its tenants (SPEC 1.7): judged before a local
    // time is read in their zones, so a refusal (a delegation ended, a tenant it does not
    // serve) is not asked for an offset first.
    let shown = ctx.shown_tenants(&a.tenant)?;
    // A local --since or --until is read in the zones of the tenants listed: those named
    // (a tenant that has left the config is still listable by its history), else every
    // tenant of the config; zones that read it differently ask for an offset (SPEC 2).
    let mut zones: Vec<(&str, Zone)> = Vec::new();
    for t in &a.tenant {
        zones.push((t.as_str(), ctx.asked_tenant_zone(t, store.as_ref())?));
    }
    if zones.is_empty() {
        zones = super::every_tenant_zone(&ctx.cfg, &ctx.actor)?;
    }
    let time = |s: &Option<String>, flag| {
        s.as_deref()
            .map(|s| super::time_in_zones(s, flag, &zones))
            .transpose()
    };
    let (since, until) = (time(&a.since, "--since")?, time(&a.until, "--until")?);
    // An empty period is a mistake in the order of the flags, not an empty answer.
    if let (Some(s), Some(u)) = (since, until)
        && s > u
    {
        return Err(usage(tr!(
            "error-list-since-after-until",
            since = a.since.as_deref().unwrap_or_default(),
            until = a.until.as_deref().unwrap_or_default()
        )));
    }
    let nothing_visible = shown.as_ref().is_some_and(Vec::is_empty);
    let reopen_list = a.reopen_ends_within.is_some();
    let filter_status_open = a.status.is_none_or(|s| s == StatusArg::Open)
        && a.reopen_ends_within.is_none()
        && a.case_number.is_none()
        && a.incident.is_none();
    let filter = ListFilter {
        status: match a.status.unwrap_or(if a.reopen_ends_within.is_some() {
            StatusArg::Closed
        } else if a.case_number.is_some() || a.incident.is_some() {
            StatusArg::All
        } else {
            StatusArg::Open
        }) {
            StatusArg::Open => Some(Status::Open),
            StatusArg::Closed => Some(Status::Closed),
            StatusArg::All => None,
        },
        severities: a.severity,
        categories: a.category,
        tenants: shown.unwrap_or_default(),
        visible: ctx.visible_tenants()?,
        plans: a.plan,
        since,
        until,
        closed_since: None,
        search: a.search.filter(|s| !s.is_empty()),
        case_number: a.case_number,
        incident: a.incident,
        // Reopen deadlines between now and now + d: closes between those less the window.
        // A deadline is clipped to the last representable second (`reopen_deadline`), so
        // when now + d reaches it, every later close has its deadline within d as well.
        closed_between: a.reopen_ends_within.map(|d| {
            let window = chrono::Duration::seconds(ctx.cfg.rules.reopen_window);
            let until = ctx.now + chrono::Duration::seconds(d);
            (
                ctx.now - window,
                if until >= crate::rules::history::latest_representable() {
                    chrono::DateTime::<chrono::Utc>::MAX_UTC
                } else {
                    until - window
                },
            )
        }),
        sort: match a.sort {
            SortArg::Due => SortKey::Due,
            SortArg::Opened => SortKey::Opened,
            SortArg::Severity => SortKey::Severity,
            SortArg::Id => SortKey::Id,
        },
        // With an SLA filter the limit applies after it.
        limit: if a.sla.is_empty() { a.limit } else { None },
        brief: matches!(format, Format::Table | Format::Ids),
        as_of: Some(ctx.now),
    };
    let limit = a.limit.unwrap_or(u64::MAX);
    // No ledger yet: say how to start one; a ledger whose requests the actor may not see
    // is not empty, so nothing is said to be missing from it.
    let ledger_exists = store.is_some();
    let Some(store) = store.filter(|_| !nothing_visible) else {
        return print_empty(format, ledger_exists, out);
    };
    let shown = std::cell::Cell::new(0u64);
    let keep = |r: &crate::store::Request| {
        if shown.get() >= limit || !(a.sla.is_empty() || a.sla.contains(&ctx.sla_state(r))) {
            return false;
        }
        shown.set(shown.get() + 1);
        true
    };
    match format {
        Format::Json => {
            let mut arr = JsonArray::new(&mut *out)?;
            store.list(&filter, |r| {
                if keep(&r) {
                    arr.push(&ctx.record_with_age(&r))?;
                }
                Ok(shown.get() < limit)
            })?;
            arr.finish()?;
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut *out);
            w.write_record(CSV_COLUMNS)?;
            store.list(&filter, |r| {
                if keep(&r) {
                    w.write_record(ctx.record(&r).csv_view_row())?;
                }
                Ok(shown.get() < limit)
            })?;
            w.flush()?;
        }
        Format::Ids => {
            store.list(&filter, |r| {
                if keep(&r) {
                    writeln!(out, "{}", r.id)?;
                }
                Ok(shown.get() < limit)
            })?;
        }
        _ => {
            // Looked up once: a long listing shows the same few names on every row.
            let names = words::Names::new();
            let mut t = Grid::new(&[
                tr!("header-id"),
                tr!("header-tenant"),
                tr!("header-sev"),
                tr!("header-status"),
                tr!("header-sla"),
                // Listing closing reopen windows, the time asked about is when each one
                // ends, not the past cycle's due time (SPEC 1.6).
                if reopen_list {
                    tr!("header-reopen-until-local")
                } else {
                    tr!("header-due-local")
                },
                tr!("header-title"),
            ]);
            store.list(&filter, |r| {
                if keep(&r) {
                    let sla = ctx.sla_state(&r);
                    let state = sla.as_str();
                    t.cell(&r.id.to_string()).cell(&r.tenant);
                    // No severity: none said, the category leads the title.
                    let label = match r.severity {
                        Some(s) => {
                            t.cell(s.as_str());
                            None
                        }
                        None => {
                            t.cell(&names.none);
                            Some(names.category(r.category))
                        }
                    };
                    t.cell(names.status(r.status))
                        .colored(names.sla(sla), state_color(state));
                    let when = if reopen_list {
                        ctx.record(&r).reopen_deadline
                    } else {
                        r.response_due
                    };
                    match when {
                        Some(d) => t.cell(&ctx.local(&r, d)),
                        None => t.cell(&names.none),
                    };
                    t.cell(&words::labelled_title(label.as_slice(), &r.title));
                }
                Ok(shown.get() < limit)
            })?;
            if shown.get() == 0 {
                // The hint to show closed requests only when they were not asked for.
                let key = if filter_status_open {
                    "list-none-match"
                } else {
                    "list-none-match-all"
                };
                crate::output::say_err(&crate::output::sentence_err(tr!(key)));
            } else {
                // One tenant shown: its name in every row says nothing.
                t.hide_if_uniform(1);
                t.print(out, ctx.terminal, ctx.color)?;
            }
        }
    }
    Ok(0)
}

fn print_empty(format: Format, ledger_exists: bool, out: &mut Out) -> anyhow::Result<u8> {
    match format {
        Format::Json => writeln!(out, "[]")?,
        Format::Csv => writeln!(out, "{}", CSV_COLUMNS.join(","))?,
        Format::Ids => {}
        _ => crate::output::say_err(&crate::output::sentence_err(tr!(if ledger_exists {
            "list-none-match-all"
        } else {
            "list-none-yet"
        }))),
    }
    Ok(0)
}
