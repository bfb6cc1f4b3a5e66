//! `svcreq sla`: breach and at-risk reports for terminals (table), scripts (JSON) and CI
//! jobs (JUnit), with exit 3 when a cycle is in a state `--fail-on` names (SPEC 1.5, 2).

use super::args::parse_enum;
use super::{Ctx, Out};
use crate::error::EXIT_SLA;
use crate::output::words;
use crate::output::{
    Format, JsonArray, RequestRecord, cell, inert_line, named_state_cell, records_or_fit, table,
    utc,
};
use crate::rules::{AtRisk, BreachKind, Cycle, SlaState};
use crate::store::{ListFilter, Request, SortKey, Status};
use crate::time::{format_local, format_utc, human_duration};
use crate::tr;
use chrono::{DateTime, Utc};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Breached,
    AtRisk,
    Never,
}

impl FailOn {
    fn fails(self, s: SlaState) -> bool {
        match self {
            FailOn::Breached => s == SlaState::Breached,
            FailOn::AtRisk => matches!(s, SlaState::Breached | SlaState::AtRisk),
            FailOn::Never => false,
        }
    }
}

#[derive(Debug, Args)]
pub struct SlaArgs {
    /// Only these tenants
    #[arg(long, value_delimiter = ',', value_parser = crate::cli::input::parse_name)]
    pub tenant: Vec<String>,
    /// At-risk threshold: a share of the target (25%) or a time before due (30m)
    #[arg(long, value_name = "THRESHOLD", allow_hyphen_values = true, value_parser = parse_enum::<AtRisk>)]
    pub at_risk: Option<AtRisk>,
    /// When to exit 3: breached (a breached cycle), at-risk (breached or at risk), never
    #[arg(long, value_enum, value_parser = super::args::value_enum::<FailOn>(), default_value = "breached")]
    pub fail_on: FailOn,
    /// Closed requests too, with every response cycle of reopened ones
    #[arg(long)]
    pub all: bool,
    /// Say how each due time was reached
    #[arg(long)]
    pub explain: bool,
}

/// One evaluated response cycle.
struct Row {
    request: Request,
    /// 0 for the first cycle, n after the n-th reopen (printed from 1, SPEC 5).
    cycle_no: i64,
    cycle: Cycle,
    severity: Option<crate::rules::Severity>,
    response_target: String,
    state: SlaState,
    remaining: Option<i64>,
    explanation: Option<String>,
}

#[derive(Serialize, Default, Clone, Copy)]
struct Summary {
    breached: u64,
    at_risk: u64,
    pending: u64,
    met: u64,
    withdrawn: u64,
    no_target: u64,
}

impl Summary {
    fn add(&mut self, s: SlaState) {
        match s {
            SlaState::Breached => self.breached += 1,
            SlaState::AtRisk => self.at_risk += 1,
            SlaState::Pending => self.pending += 1,
            SlaState::Met => self.met += 1,
            SlaState::Withdrawn => self.withdrawn += 1,
            SlaState::NoTarget => self.no_target += 1,
        }
    }

    fn text(&self) -> String {
        tr!(
            "sla-summary",
            breached = self.breached,
            at_risk = self.at_risk,
            pending = self.pending,
            met = self.met,
            withdrawn = self.withdrawn,
            no_target = self.no_target
        )
    }
}

#[derive(Serialize)]
struct RowRecord {
    #[serde(flatten)]
    request: RequestRecord,
    cycle: i64,
    remaining_seconds: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    explanation: Option<String>,
}

#[derive(Serialize)]
struct Report<'a> {
    #[serde(serialize_with = "utc")]
    evaluated_at: DateTime<Utc>,
    summary: Summary,
    tenants: &'a BTreeMap<String, Summary>,
}

/// Urgency order: breached first (most overdue first), then least time left.
fn urgency(r: &Row) -> (u8, i64, i64) {
    let rank = match r.state {
        SlaState::Breached => 0,
        SlaState::AtRisk | SlaState::Pending => 1,
        SlaState::Met => 2,
        SlaState::Withdrawn => 3,
        SlaState::NoTarget => 4,
    };
    let due = r.cycle.due.map_or(i64::MAX, |d| d.timestamp());
    (rank, r.remaining.unwrap_or(due), r.request.id)
}

pub fn run(ctx: &Ctx, a: SlaArgs, out: &mut Out) -> anyhow::Result<u8> {
    let format = ctx.format(
        "sla",
        &[Format::Table, Format::Json, Format::Junit, Format::Csv],
    )?;
    let store = ctx.store_read()?;
    // A tenant that has left the config is still reported by its history; the footer tells
    // the time in the zone of the tenant asked for.
    let mut zone = ctx.cfg.tenant(None)?.timezone;
    for (i, t) in a.tenant.iter().enumerate() {
        let z = ctx.asked_tenant_zone(t, store.as_ref())?;
        if i == 0 {
            zone = z;
        }
    }
    // A partner or limited admin sees only its tenants (SPEC 1.7).
    let shown = ctx.shown_tenants(&a.tenant)?;
    let nothing_visible = shown.as_ref().is_some_and(Vec::is_empty);
    let filter = ListFilter {
        status: if a.all { None } else { Some(Status::Open) },
        tenants: shown.unwrap_or_default(),
        visible: ctx.visible_tenants()?,
        sort: SortKey::Due,
        as_of: Some(ctx.now),
        ..ListFilter::default()
    };
    let mut rows: Vec<Row> = Vec::new();
    if let Some(store) = store.as_ref().filter(|_| !nothing_visible) {
        let at_risk_of = |r: &Request| a.at_risk.unwrap_or_else(|| ctx.at_risk_of(r));
        let past = if a.all {
            store.past_cycles(None)?
        } else {
            Vec::new()
        };
        let mut by_request: BTreeMap<i64, Vec<crate::store::PastCycle>> = BTreeMap::new();
        for p in past {
            by_request.entry(p.request_id).or_default().push(p);
        }
        store.list(&filter, |r| {
            // Only the cycles that had ended by --now (SPEC 6).
            for p in by_request
                .remove(&r.id)
                .unwrap_or_default()
                .into_iter()
                .filter(|p| p.seq < r.reopen_count)
            {
                let state =
                    ctx.cycle_state(&r, &p.response_clock, &p.cycle, ctx.now, at_risk_of(&r));
                // An earlier cycle is shown with what it was closed with: its own
                // resolution, not the current cycle's (SPEC 7).
                let mut req = Request {
                    severity: p.severity,
                    availability: p.availability.clone(),
                    response_target: p.response_target.clone(),
                    response_clock: p.response_clock.clone(),
                    ..r.clone()
                };
                req.case.resolution = p.resolution.clone();
                // Explained after the scan, from the request's history (below).
                let explanation = None;
                rows.push(Row {
                    cycle_no: p.seq,
                    cycle: p.cycle,
                    severity: p.severity,
                    response_target: p.response_target,
                    state,
                    remaining: p.cycle.remaining_seconds(ctx.now),
                    explanation,
                    request: req,
                });
            }
            let cycle = r.cycle();
            let state = ctx.cycle_state(
                &r,
                &r.response_clock,
                &r.sla_cycle(),
                ctx.now,
                at_risk_of(&r),
            );
            rows.push(Row {
                cycle_no: r.reopen_count,
                cycle,
                severity: r.severity,
                response_target: r.response_target.clone(),
                state,
                remaining: cycle.remaining_seconds(ctx.now),
                // Explained below, from the request's history.
                explanation: None,
                request: r,
            });
            Ok(true)
        })?;
    }
    // An earlier cycle's target began counting at its own re-target, if any, read from the
    // request's history (SPEC 7): shown as its target_started_at, and its due time is
    // explained from it.
    if let Some(store) = &store {
        let mut history: Option<(i64, Vec<crate::store::Event>)> = None;
        for row in rows
            .iter_mut()
            .filter(|r| r.cycle_no < r.request.reopen_count || a.explain)
        {
            let id = row.request.id;
            if history.as_ref().is_none_or(|(h, _)| *h != id) {
                // The history read is checked as `show` checks it: a hand edit is refused
                // by every reader of the history, not shown by some (SPEC 6).
                let events = match store.get_with_events(id)? {
                    Some((stored, events)) => {
                        let past = store.past_cycles_of(&stored)?;
                        store.check_history(&stored, &past, Some(&events))?;
                        events
                    }
                    None => Vec::new(),
                };
                history = Some((id, events));
            }
            let events = history.as_ref().map_or(&[][..], |(_, e)| e.as_slice());
            // The current cycle's due time is explained as `show` explains it.
            if row.cycle_no == row.request.reopen_count {
                row.explanation = ctx.explain_current_due(&row.request, events);
                continue;
            }
            let end = row.cycle.closed_at.unwrap_or(row.cycle.started_at);
            let own = crate::rules::record::retarget_start(events, row.cycle.started_at, end);
            row.request.case.target_started_at = own;
            if a.explain {
                let started = own.unwrap_or(row.cycle.started_at);
                row.explanation =
                    ctx.explain_due(&row.request, started, row.severity, row.cycle.due);
            }
        }
    }
    rows.sort_by_key(urgency);
    let mut summary = Summary::default();
    let mut tenants: BTreeMap<String, Summary> = BTreeMap::new();
    for r in &rows {
        summary.add(r.state);
        tenants
            .entry(r.request.tenant.clone())
            .or_default()
            .add(r.state);
    }
    let failing = rows.iter().filter(|r| a.fail_on.fails(r.state)).count();
    let record = |r: &Row| {
        let mut rec = ctx.record_with_age(&r.request);
        rec.cycle_started_at = r.cycle.started_at;
        rec.response_due = r.cycle.due;
        rec.first_response_at = r.cycle.responded_at;
        if r.cycle_no < r.request.reopen_count {
            rec.closed_at = r.cycle.closed_at;
            rec.status = crate::store::Status::Closed;
            rec.age_seconds = Some(None);
        }
        rec.severity = r.severity;
        rec.response_target = r.response_target.clone();
        rec.sla_state = r.state;
        rec
    };
    // Without --tenant, the footer's time is in the zone of the requests shown when they
    // share one (a partner's tenant), else in the default tenant's.
    if a.tenant.is_empty()
        && let Some(first) = rows.first()
    {
        let z = ctx.tz_of(&first.request);
        if rows.iter().all(|r| ctx.tz_of(&r.request) == z) {
            zone = z;
        }
    }
    let code = if failing > 0 { EXIT_SLA } else { 0 };
    let printed = print(ctx, &a, format, &rows, summary, &tenants, record, zone, out);
    match printed {
        // The verdict survives a reader that stops early (SPEC 6).
        Err(e) if crate::error::io_kind(&e) == Some(std::io::ErrorKind::BrokenPipe) => Ok(code),
        Err(e) => Err(e),
        Ok(()) => Ok(code),
    }
}

#[allow(clippy::too_many_arguments)]
fn print(
    ctx: &Ctx,
    a: &SlaArgs,
    format: Format,
    rows: &[Row],
    summary: Summary,
    tenants: &BTreeMap<String, Summary>,
    record: impl Fn(&Row) -> RequestRecord,
    footer_zone: crate::rules::zone::Zone,
    out: &mut Out,
) -> anyhow::Result<()> {
    match format {
        Format::Json => {
            // The report object, with "requests" streamed after the summaries.
            let head = serde_json::to_string(&Report {
                evaluated_at: ctx.now,
                summary,
                tenants,
            })?;
            let head = head.strip_suffix('}').unwrap_or(&head);
            write!(out, "{head},\"requests\":")?;
            let mut arr = JsonArray::new(&mut *out)?;
            for r in rows {
                arr.push(&RowRecord {
                    request: record(r),
                    cycle: r.cycle_no + 1,
                    remaining_seconds: r.remaining,
                    explanation: r.explanation.clone(),
                })?;
            }
            let out = arr.finish()?;
            writeln!(out, "}}")?;
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut *out);
            let mut header: Vec<&str> = crate::output::CSV_COLUMNS.to_vec();
            header.extend(["cycle", "remaining_seconds"]);
            w.write_record(&header)?;
            for r in rows {
                let mut row = record(r).csv_view_row();
                row.push((r.cycle_no + 1).to_string());
                row.push(r.remaining.map(|s| s.to_string()).unwrap_or_default());
                w.write_record(row)?;
            }
            w.flush()?;
        }
        Format::Junit => write_junit(ctx, rows, tenants, a.fail_on, out)?,
        _ => {
            if ctx.quiet {
                // The ids of the requests that fail, each once: with --all a request
                // has a row per cycle, and a script counts requests (SPEC 2, `-q`).
                let mut said = std::collections::HashSet::new();
                for r in rows.iter().filter(|r| a.fail_on.fails(r.state)) {
                    if said.insert(r.request.id) {
                        writeln!(out, "{}", r.request.id)?;
                    }
                }
            } else {
                // One tenant shown: its name in every row says nothing.
                let one_tenant = rows
                    .iter()
                    .all(|r| r.request.tenant == rows[0].request.tenant);
                let mut header = vec![tr!("header-id")];
                if !one_tenant {
                    header.push(tr!("header-tenant"));
                }
                header.extend([
                    tr!("header-sev"),
                    tr!("header-sla"),
                    tr!("header-due-local"),
                    tr!("header-left"),
                    tr!("header-title"),
                ]);
                let mut t = table(&header, ctx.color);
                let names = words::Names::new();
                for r in rows {
                    let left = match (r.remaining, r.state) {
                        (Some(s), _) if s < 0 => {
                            tr!("sla-left-overdue", duration = words::duration(s))
                        }
                        (Some(s), _) => words::duration(s),
                        (None, SlaState::Met) => tr!("sla-left-answered"),
                        (None, SlaState::Breached) => match r.cycle.breach(ctx.now) {
                            Some(BreachKind::ClosedUnanswered) => {
                                tr!("sla-left-closed-unanswered")
                            }
                            _ => tr!("sla-left-answered-late"),
                        },
                        // No commitment: how long the case has been open instead (SPEC 7).
                        (None, SlaState::NoTarget)
                            if r.request.status == Status::Open
                                && r.cycle_no == r.request.reopen_count =>
                        {
                            tr!(
                                "sla-left-open-for",
                                duration =
                                    words::duration((ctx.now - r.cycle.started_at).num_seconds())
                            )
                        }
                        _ => names.none.clone(),
                    };
                    // The cycle of a reopened request and the category of one without
                    // severity lead the title, so the id and severity columns stay narrow.
                    let cycle = (r.request.reopen_count > 0).then(|| {
                        tr!(
                            "sla-cycle-label",
                            cycle = r.cycle_no + 1,
                            reopen = r.cycle_no
                        )
                    });
                    let category = r
                        .severity
                        .is_none()
                        .then(|| names.category(r.request.category));
                    let labels: Vec<&str> = cycle.as_deref().into_iter().chain(category).collect();
                    let mut row = vec![cell(&r.request.id.to_string())];
                    if !one_tenant {
                        row.push(cell(&r.request.tenant));
                    }
                    row.extend([
                        cell(
                            &r.severity
                                .map_or_else(|| names.none.clone(), |s| s.to_string()),
                        ),
                        named_state_cell(r.state.as_str(), names.sla(r.state), ctx.color),
                        cell(
                            &r.cycle
                                .due
                                .map_or_else(|| names.none.clone(), |d| ctx.local(&r.request, d)),
                        ),
                        cell(&left),
                        cell(&words::labelled_title(&labels, &r.request.title)),
                    ]);
                    t.add_row(row);
                }
                if rows.is_empty() {
                    writeln!(
                        out,
                        "{}",
                        tr!(
                            "sla-nothing-to-evaluate",
                            at = format_local(ctx.now, footer_zone)
                        )
                    )?;
                } else {
                    let fitted = records_or_fit(&mut t, &[]);
                    writeln!(out, "{fitted}")?;
                    // The last record's fields and the summary are parted as records are.
                    if fitted.is_records() && !a.explain {
                        writeln!(out)?;
                    }
                    if a.explain {
                        writeln!(out)?;
                        for r in rows {
                            if let Some(e) = &r.explanation {
                                // A reopened request's rows name their cycle, as its
                                // title does in the table.
                                let cycle = if r.request.reopen_count > 0 {
                                    tr!(
                                        "sla-cycle-label",
                                        cycle = r.cycle_no + 1,
                                        reopen = r.cycle_no
                                    )
                                } else {
                                    "none".to_owned()
                                };
                                let line = crate::i18n::last_sentence(tr!(
                                    "sla-explain-line",
                                    id = r.request.id,
                                    cycle = cycle,
                                    explanation = inert_line(e)
                                ));
                                writeln!(out, "{}", crate::output::line_out(&line))?;
                            }
                        }
                    }
                }
                let line = tr!(
                    "sla-summary-at",
                    summary = summary.text(),
                    at = format_local(ctx.now, footer_zone)
                );
                writeln!(out, "{}", crate::output::fill_out(&line))?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// Text for an XML attribute or element: escaped, control characters made visible.
fn xml(s: &str) -> String {
    let inert = inert_line(s);
    let mut o = String::with_capacity(inert.len());
    for c in inert.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            // Noncharacters are not allowed in XML either.
            // Each shown by its own code point, as the sanitiser shows what it escapes.
            '\u{fffe}' | '\u{ffff}' => o.push_str(&format!("\\u{{{:04x}}}", c as u32)),
            c => o.push(c),
        }
    }
    o
}

fn write_junit(
    ctx: &Ctx,
    rows: &[Row],
    tenants: &BTreeMap<String, Summary>,
    fail_on: FailOn,
    out: &mut Out,
) -> anyhow::Result<()> {
    let failures = rows.iter().filter(|r| fail_on.fails(r.state)).count();
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        out,
        "<testsuites name=\"svcreq sla\" tests=\"{}\" failures=\"{failures}\" errors=\"0\">",
        rows.len()
    )?;
    for tenant in tenants.keys() {
        let cases: Vec<&Row> = rows
            .iter()
            .filter(|r| &r.request.tenant == tenant)
            .collect();
        let fails = cases.iter().filter(|r| fail_on.fails(r.state)).count();
        writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{fails}\" errors=\"0\" skipped=\"0\" timestamp=\"{}\">",
            xml(tenant),
            cases.len(),
            format_utc(ctx.now).trim_end_matches('Z')
        )?;
        for r in cases {
            let name = format!(
                "#{} cycle {} {}: {}",
                r.request.id,
                r.cycle_no + 1,
                r.severity.map_or_else(
                    || r.request.category.to_string(),
                    |s| format!("severity {s}")
                ),
                r.request.title
            );
            write!(
                out,
                "    <testcase classname=\"svcreq.{}\" name=\"{}\" time=\"0\"",
                xml(tenant),
                xml(&name)
            )?;
            if fail_on.fails(r.state) {
                // JUnit is the contract: its text stays English (SPEC 10).
                let en = crate::i18n::Lang::En;
                // Which breach it is (SPEC 1.5), or the time left of one at risk, whose due
                // time is still ahead.
                let how = match (r.cycle.breach(ctx.now), r.remaining) {
                    (Some(BreachKind::ClosedUnanswered), _) => {
                        tr!(in en; "junit-closed-unanswered")
                    }
                    (_, Some(s)) if s < 0 => {
                        tr!(in en; "junit-overdue", duration = human_duration(s))
                    }
                    (_, Some(s)) => tr!(in en; "junit-left", duration = human_duration(s)),
                    (_, None) => tr!(in en; "junit-answered-late"),
                };
                let key = if r.state == SlaState::Breached {
                    "junit-failure-was-due"
                } else {
                    "junit-failure-is-due"
                };
                let text = tr!(in en; key,
                    id = r.request.id.to_string(),
                    tier = r.request.tier.as_str(),
                    target = r.response_target.as_str(),
                    due = r.cycle.due.map(format_utc).unwrap_or_default(),
                    how = how.as_str()
                );
                writeln!(out, ">")?;
                writeln!(
                    out,
                    "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                    r.state,
                    xml(&format!("{}: {how}", r.state)),
                    xml(&text)
                )?;
                writeln!(out, "    </testcase>")?;
            } else {
                writeln!(out, "/>")?;
            }
        }
        writeln!(out, "  </testsuite>")?;
    }
    writeln!(out, "</testsuites>")?;
    Ok(())
}
