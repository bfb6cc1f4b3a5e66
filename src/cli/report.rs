//! `svcreq report`: the review of a period per tenant and severity (SPEC 9), over the same
//! response cycles as `sla --all`, each as it stood at the end of the period (or now).

use super::{Ctx, Out};
use crate::error::{failure, usage, usage_of_option};
use crate::output::Format;
use crate::output::report::{Report, TenantReport};
use crate::rules::report::{CycleFact, Period, RowKey, TenantTally};
use crate::rules::zone::Zone;
use crate::store::{ListFilter, Request, SortKey};
use chrono::{Datelike, Duration, NaiveDate};
use clap::Args;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The calendar month to review [default: the current month]
    #[arg(long, value_name = "YYYY-MM", conflicts_with_all = ["from", "to"])]
    pub month: Option<String>,
    /// First day of the period (YYYY-MM-DD, each tenant's local date)
    #[arg(long, value_name = "DATE", requires = "to")]
    pub from: Option<String>,
    /// Last day of the period, included
    #[arg(long, value_name = "DATE", requires = "from")]
    pub to: Option<String>,
    /// Only these tenants
    #[arg(long, value_delimiter = ',', value_parser = crate::cli::input::parse_name)]
    pub tenant: Vec<String>,
    /// Write the report to FILE instead of standard output (required for html)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

fn parse_month(s: &str) -> Result<Period, String> {
    let bad = || crate::tr!("error-report-bad-month", value = s);
    // Read after NFKC folding as every number is (SPEC 2): `２０２６－１１`.
    let folded = crate::rules::fold_width(s);
    let s = folded.as_ref();
    let (y, m) = s.trim().split_once('-').ok_or_else(bad)?;
    if y.len() != 4 || m.len() != 2 {
        return Err(bad());
    }
    let (y, m) = (
        y.parse::<i32>().map_err(|_| bad())?,
        m.parse::<u32>().map_err(|_| bad())?,
    );
    if y < 1 {
        return Err(bad());
    }
    if !(1..=12).contains(&m) {
        // The format is right and only the month does not exist: say so, not the format.
        return Err(crate::tr!(
            "error-no-such-date",
            flag = crate::i18n::subject("--month"),
            value = s,
            why = crate::tr!("date-no-such-month", month = m)
        ));
    }
    Period::month(y, m).ok_or_else(bad)
}

fn parse_day(s: &str, flag: &str) -> Result<NaiveDate, String> {
    if let Some(why) = crate::rules::calendar::why_no_such_date(s.trim()) {
        return Err(crate::tr!(
            "error-no-such-date",
            flag = crate::i18n::subject(flag),
            value = s,
            why = why
        ));
    }
    let d = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| crate::tr!("error-report-bad-day", flag = flag, value = s))?;
    if !(1..=9999).contains(&d.year()) {
        return Err(crate::tr!(
            "error-report-day-out-of-range",
            flag = flag,
            value = s
        ));
    }
    Ok(d)
}

/// The period the arguments name; the current month in the default tenant's zone by default.
fn period(ctx: &Ctx, a: &ReportArgs) -> anyhow::Result<Period> {
    if let Some(m) = &a.month {
        return parse_month(m).map_err(usage_of_option);
    }
    if let (Some(f), Some(t)) = (&a.from, &a.to) {
        let p = Period {
            from: parse_day(f, "--from").map_err(usage_of_option)?,
            to: parse_day(t, "--to").map_err(usage_of_option)?,
        };
        if p.from > p.to {
            return Err(usage_of_option(crate::tr!(
                "error-report-from-after-to",
                from = f.as_str(),
                to = t.as_str()
            )));
        }
        return Ok(p);
    }
    let today = ctx
        .now
        .with_timezone(&ctx.cfg.tenant(None)?.timezone)
        .date_naive();
    Period::month(today.year(), today.month())
        .ok_or_else(|| failure(crate::tr!("error-report-current-month")))
}

pub fn run(ctx: &Ctx, a: ReportArgs, out: &mut Out) -> anyhow::Result<u8> {
    let format = ctx.format_or(
        "report",
        &[Format::Md, Format::Html, Format::Json, Format::Csv],
        Some(Format::Md),
    )?;
    if format == Format::Html && a.output.is_none() {
        return Err(usage_of_option(crate::tr!(
            "error-report-html-needs-output"
        )));
    }
    let period = period(ctx, &a)?;
    if let Some(path) = &a.output {
        let same = |p: &Path| std::fs::canonicalize(p).ok();
        if same(path).is_some() && same(path) == ctx.db_path().ok().and_then(|d| same(&d)) {
            return Err(usage(crate::tr!(
                "error-output-is-ledger",
                path = path.display().to_string()
            )));
        }
    }
    for t in &a.tenant {
        ctx.tenant(Some(t))?;
    }
    // A tenant asked for that the actor may not see is refused (SPEC 1.7).
    ctx.shown_tenants(&a.tenant)?;
    let visible = ctx.visible_tenants()?;
    let shown = |t: &str| {
        (a.tenant.is_empty() || a.tenant.iter().any(|x| x == t))
            && visible.as_ref().is_none_or(|v| v.iter().any(|x| x == t))
    };

    // Every cycle of every shown tenant, as `sla --all` evaluates it, counted per tenant as
    // it stood at the end of the period (or now).
    let tally = |tz: Zone| TenantTally::new(period, tz, period.end_in(tz).min(ctx.now));
    let mut tallies: BTreeMap<String, (Zone, TenantTally)> = ctx
        .cfg
        .tenants
        .iter()
        .filter(|(n, _)| shown(n))
        .map(|(n, t)| (n.clone(), (t.timezone, tally(t.timezone))))
        .collect();
    if let Some(store) = ctx.store_read()? {
        let mut past: BTreeMap<i64, Vec<crate::store::PastCycle>> = BTreeMap::new();
        for p in store.past_cycles(None)? {
            past.entry(p.request_id).or_default().push(p);
        }
        // Whatever the zone (UTC-12 to UTC+14), a request whose history ended a day before
        // the period began, or that was opened a day after it ended, has no cycle in it
        // and was not open at its end.
        // Tenants are judged on each request as it stood at the end of the period (below),
        // so the filter names none; access is judged on the request as it is (SPEC 1.7).
        let filter = ListFilter {
            visible: visible.clone(),
            sort: SortKey::Id,
            since: None,
            until: Some((period.end_in(Zone::UTC) + Duration::days(1)).min(ctx.now)),
            closed_since: Some((period.start_in(Zone::UTC) - Duration::days(1)).min(ctx.now)),
            // The ledger as it stood at --now, as sla reads it (SPEC 6).
            as_of: Some(ctx.now),
            ..ListFilter::default()
        };
        // The end of the period in a request's tenant's zone, or now if sooner.
        let end_of = |r: &Request| period.end_in(ctx.tz_of(r)).min(ctx.now);
        // Requests with an action recorded after the earliest end of the period in any
        // zone (UTC+14) may have had another tenant, category or severity then: each is
        // read as it stood at its end of the period, after the scan (kept by id meanwhile,
        // so memory holds no request's texts however many changed).
        let earliest_end = (period.end_in(Zone::UTC) - Duration::hours(14)).min(ctx.now);
        let changed = store.changed_after(earliest_end)?;
        let mut later = Vec::new();
        let mut tally_request = |r: Request| -> anyhow::Result<()> {
            if !shown(&r.tenant) {
                return Ok(());
            }
            let (_, t) = tallies.entry(r.tenant.clone()).or_insert_with(|| {
                // A tenant no longer in the config: the zone its requests were filed in.
                let tz = ctx.tz_of(&r);
                (tz, tally(tz))
            });
            let as_of = t.as_of();
            let at_risk = ctx.at_risk_of(&r);
            let mut add = |seq, severity, target: &str, clock: &str, cycle: crate::rules::Cycle| {
                let cycle = cycle.as_of(as_of);
                if !t.counts(&cycle) {
                    return;
                }
                t.add(&CycleFact {
                    request_id: r.id,
                    seq,
                    key: RowKey::of(severity, r.category),
                    title: &r.title,
                    response_target: target,
                    cycle,
                    state: ctx.cycle_state(&r, clock, &cycle, as_of, at_risk),
                });
            };
            // The cycles before the one in force then (a later reopen has not happened).
            for p in past.remove(&r.id).unwrap_or_default() {
                if p.seq >= r.reopen_count {
                    continue;
                }
                add(
                    p.seq,
                    p.severity,
                    &p.response_target,
                    &p.response_clock,
                    p.cycle,
                );
            }
            add(
                r.reopen_count,
                r.severity,
                &r.response_target,
                &r.response_clock,
                r.cycle(),
            );
            Ok(())
        };
        store.list(&filter, |r| {
            if changed.contains(&r.id) {
                later.push(r.id);
            } else {
                tally_request(r)?;
            }
            Ok(true)
        })?;
        for id in later {
            let Some(r) = store.get(id)? else {
                continue;
            };
            // Rebuilt from its history, read whole and checked as `show` checks it: a
            // hand-edited history is refused, never counted as another (SPEC 6).
            let history = store.checked_history(&r)?;
            // As it stood at the end of the period in the zone of the tenant it had then.
            let end = end_of(&r);
            let Some(then) = store.as_of_with(r.clone(), end, &history)? else {
                continue;
            };
            let then = match end_of(&then) {
                e if e == end => Some(then),
                e => store.as_of_with(r, e, &history)?,
            };
            if let Some(then) = then {
                tally_request(then)?;
            }
        }
    }
    let tenants: Vec<TenantReport> = tallies
        .into_iter()
        .map(|(tenant, (tz, t))| TenantReport {
            start: period.start_in(tz),
            end: period.end_in(tz),
            as_of: t.as_of(),
            figures: t.finish(),
            timezone: tz,
            tenant,
        })
        .collect();
    let report = Report {
        period,
        evaluated_at: ctx.now,
        tenants,
    };
    let mut buf: Vec<u8> = Vec::new();
    match format {
        Format::Json => crate::output::report::json(&report, &mut buf)?,
        Format::Csv => crate::output::report::csv(&report, &mut buf)?,
        Format::Html => crate::output::report::html(&report, &mut buf)?,
        // Its paragraphs fit the terminal when it is printed there, not in a file.
        _ => {
            let width = a
                .output
                .is_none()
                .then(crate::output::terminal_width)
                .flatten();
            crate::output::report::markdown(&report, width, &mut buf)?
        }
    }
    match &a.output {
        Some(path) => write_file(path, &buf)?,
        None => out.write_all(&buf)?,
    }
    Ok(0)
}

/// Whether `path` is an SQLite database (a ledger, say: its first bytes are SQLite's
/// header), or the write-ahead log, shared-memory or journal file beside one: a report never
/// replaces either.
fn holds_a_database(path: &Path) -> bool {
    // Only a regular file is opened: a named pipe would block the read.
    let is_sqlite = |p: &Path| {
        let mut head = [0u8; 16];
        std::fs::metadata(p).is_ok_and(|m| m.is_file())
            && std::fs::File::open(p)
                .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
                .is_ok_and(|()| &head == crate::store::SQLITE_HEADER)
    };
    let name = path.to_string_lossy();
    is_sqlite(path)
        || ["-wal", "-shm", "-journal"].iter().any(|suffix| {
            name.strip_suffix(suffix)
                .is_some_and(|base| is_sqlite(Path::new(base)))
        })
}

/// Write `bytes` to `path` whole or not at all: a temporary file beside it, renamed.
fn write_file(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let reason = |e: std::io::Error| {
        failure(crate::tr!(
            "error-report-cannot-write",
            path = path.display().to_string(),
            reason = crate::error::io_reason(&e)
        ))
    };
    if path.is_dir() {
        return Err(usage(crate::tr!(
            "error-output-is-dir",
            path = path.display().to_string()
        )));
    }
    // The report replaces a regular file whole (a file renamed over it): a symbolic link,
    // a device, a named pipe or a socket at the path would be replaced, not written to.
    if let Ok(m) = std::fs::symlink_metadata(path)
        && !m.file_type().is_file()
    {
        return Err(usage(crate::tr!(
            "error-report-not-a-file",
            path = path.display().to_string(),
            kind = crate::store::special_kind(&m)
        )));
    }
    if holds_a_database(path) {
        return Err(usage(crate::tr!(
            "error-report-over-database",
            path = path.display().to_string()
        )));
    }
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(reason(e));
    }
    Ok(())
}
