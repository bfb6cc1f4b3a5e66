//! The review report's writers (SPEC 9): Markdown (the default), JSON and CSV with the same
//! figures, and HTML, one self-contained page with inline CSS and SVG charts. Every text
//! taken from the ledger is made inert and escaped for the format it lands in.

use super::charts;
use super::{csv_view_text, inert_line, utc, utc_opt};
use crate::rules::report::{
    AGE_BUCKETS, Breach, Granularity, Period, RowFigures, RowKey, StateCounts, TenantFigures,
};
use crate::rules::zone::Zone;
use crate::time::{format_local, format_utc};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::Serialize;
use std::fmt::Write as _;
use std::io::Write;

/// One tenant's part of a report.
pub struct TenantReport {
    pub tenant: String,
    pub timezone: Zone,
    /// The period's first instant and last second in the tenant's zone.
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// The instant the states are those of: the end of the period, or now if earlier.
    pub as_of: DateTime<Utc>,
    pub figures: TenantFigures,
}

/// A whole report.
pub struct Report {
    pub period: Period,
    /// `now` (`--now` or the clock).
    pub evaluated_at: DateTime<Utc>,
    pub tenants: Vec<TenantReport>,
}

// ---------------------------------------------------------------------------------------
// JSON

#[derive(Serialize)]
struct PeriodRecord {
    from: String,
    to: String,
    granularity: Granularity,
}

#[derive(Serialize)]
struct RowRecord<'a> {
    /// A, B or C; null for a row of requests without severity.
    severity: Option<&'static str>,
    /// The category of a row without severity (presales, billing); null otherwise.
    category: Option<&'static str>,
    #[serde(flatten)]
    figures: &'a RowFigures,
}

fn row_record((key, figures): &(RowKey, RowFigures)) -> RowRecord<'_> {
    let (severity, category) = match key {
        RowKey::Severity(s) => (Some(s.as_str()), None),
        RowKey::NoSeverity(c) => (None, Some(c.as_str())),
    };
    RowRecord {
        severity,
        category,
        figures,
    }
}

#[derive(Serialize)]
struct BreachRecord<'a> {
    id: i64,
    /// Numbered from 1 (SPEC 5).
    cycle: i64,
    severity: Option<&'static str>,
    category: Option<&'static str>,
    title: &'a str,
    #[serde(serialize_with = "utc")]
    cycle_started_at: DateTime<Utc>,
    #[serde(serialize_with = "utc")]
    response_due: DateTime<Utc>,
    #[serde(serialize_with = "utc_opt")]
    first_response_at: Option<DateTime<Utc>>,
    /// Which breach (SPEC 1.5): `answered-late`, `closed-unanswered` or `overdue`.
    breach: crate::rules::BreachKind,
    late_seconds: i64,
}

#[derive(Serialize)]
struct BreachesRecord<'a> {
    total: u64,
    latest: Vec<BreachRecord<'a>>,
}

#[derive(Serialize)]
struct TrendRecord {
    start: String,
    met: u64,
    breached: u64,
    other: u64,
}

#[derive(Serialize)]
struct TenantRecord<'a> {
    tenant: &'a str,
    timezone: &'static str,
    #[serde(serialize_with = "utc")]
    from: DateTime<Utc>,
    #[serde(serialize_with = "utc")]
    to: DateTime<Utc>,
    #[serde(serialize_with = "utc")]
    as_of: DateTime<Utc>,
    rows: Vec<RowRecord<'a>>,
    total: &'a RowFigures,
    breaches: BreachesRecord<'a>,
    trend: Vec<TrendRecord>,
}

#[derive(Serialize)]
struct ReportRecord<'a> {
    period: PeriodRecord,
    #[serde(serialize_with = "utc")]
    evaluated_at: DateTime<Utc>,
    /// States over every tenant, as `sla --json`'s summary counts them.
    summary: StateCounts,
    tenants: Vec<TenantRecord<'a>>,
}

fn breach_record(b: &Breach) -> BreachRecord<'_> {
    let (severity, category) = match b.key {
        RowKey::Severity(s) => (Some(s.as_str()), None),
        RowKey::NoSeverity(c) => (None, Some(c.as_str())),
    };
    BreachRecord {
        id: b.request_id,
        cycle: b.seq + 1,
        severity,
        category,
        title: &b.title,
        cycle_started_at: b.started_at,
        response_due: b.due,
        first_response_at: b.responded_at,
        breach: b.kind,
        late_seconds: b.late_seconds,
    }
}

fn summary(r: &Report) -> StateCounts {
    let mut s = StateCounts::default();
    for t in &r.tenants {
        let c = &t.figures.total.states;
        s.breached += c.breached;
        s.at_risk += c.at_risk;
        s.pending += c.pending;
        s.met += c.met;
        s.withdrawn += c.withdrawn;
        s.no_target += c.no_target;
    }
    s
}

/// The report as one JSON object.
pub fn json(r: &Report, out: &mut impl Write) -> anyhow::Result<()> {
    let record = ReportRecord {
        period: PeriodRecord {
            from: r.period.from.to_string(),
            to: r.period.to.to_string(),
            granularity: r.period.granularity(),
        },
        evaluated_at: r.evaluated_at,
        summary: summary(r),
        tenants: r
            .tenants
            .iter()
            .map(|t| TenantRecord {
                tenant: &t.tenant,
                timezone: t.timezone.name(),
                from: t.start,
                to: t.end,
                as_of: t.as_of,
                rows: t.figures.rows.iter().map(row_record).collect(),
                total: &t.figures.total,
                breaches: BreachesRecord {
                    total: t.figures.breaches_total,
                    latest: t.figures.breaches.iter().map(breach_record).collect(),
                },
                trend: t
                    .figures
                    .trend
                    .iter()
                    .map(|p| TrendRecord {
                        start: p.start.to_string(),
                        met: p.met,
                        breached: p.breached,
                        other: p.other,
                    })
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &record)?;
    writeln!(out)?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// CSV

/// The CSV columns: one row per tenant × severity (or category without severity).
pub const CSV_COLUMNS: &[&str] = &[
    "tenant",
    "severity",
    "category",
    "period_from",
    "period_to",
    "as_of",
    "cycles",
    "met",
    "breached",
    "at_risk",
    "pending",
    "withdrawn",
    "no_target",
    "answered",
    "unanswered",
    "response_median_seconds",
    "response_p90_seconds",
    "response_median_percent_of_target",
    "response_p90_percent_of_target",
    "targets",
    "reopens",
    "resolved",
    "resolution_median_seconds",
    "open",
    "open_under_1d",
    "open_1d_3d",
    "open_3d_7d",
    "open_7d_30d",
    "open_30d_plus",
];

/// One row per tenant and severity, figures as in JSON.
pub fn csv(r: &Report, out: &mut impl Write) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CSV_COLUMNS)?;
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    for t in &r.tenants {
        for row in &t.figures.rows {
            let rec = row_record(row);
            let f = rec.figures;
            let mut cells = vec![
                csv_view_text(&t.tenant, false),
                rec.severity.unwrap_or_default().to_string(),
                rec.category.unwrap_or_default().to_string(),
                r.period.from.to_string(),
                r.period.to.to_string(),
                format_utc(t.as_of),
            ];
            cells.extend(
                [
                    f.cycles,
                    f.states.met,
                    f.states.breached,
                    f.states.at_risk,
                    f.states.pending,
                    f.states.withdrawn,
                    f.states.no_target,
                    f.answered,
                    f.unanswered,
                ]
                .map(|n| n.to_string()),
            );
            cells.extend([
                opt(f.response_median_seconds),
                opt(f.response_p90_seconds),
                opt(f.response_median_percent_of_target),
                opt(f.response_p90_percent_of_target),
                f.targets.join(" "),
                f.reopens.to_string(),
                f.resolved.to_string(),
                opt(f.resolution_median_seconds),
                f.open.to_string(),
            ]);
            cells.extend(f.open_by_age.map(|n| n.to_string()));
            w.write_record(cells)?;
        }
    }
    w.flush()?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Shared wording

/// The time a report was evaluated at, in a sentence: RFC 3339 in English, as a reader
/// writes a UTC time in another language (`2026-11-26 00:00:00 UTC`).
fn said_utc(t: DateTime<Utc>) -> String {
    if crate::i18n::lang() == crate::i18n::Lang::En {
        format_utc(t)
    } else {
        format_local(t, crate::rules::zone::Zone::UTC)
    }
}

fn row_label(k: RowKey) -> String {
    match k {
        RowKey::Severity(s) => s.to_string(),
        RowKey::NoSeverity(c) => crate::tr!(
            "report-no-severity",
            category = super::words::name("category", c.as_str())
        ),
    }
}

/// A row's name in a chart's legend or axis: the severity, or the category by its name in
/// the reader's language (a chart has no room for the tables' `(重大度なし)`).
fn chart_label(k: RowKey) -> String {
    match k {
        RowKey::Severity(s) => s.to_string(),
        RowKey::NoSeverity(c) => super::words::name("category", c.as_str()),
    }
}

/// A duration to the minute: "44m", "5h 12m", "1d 16h".
fn short(secs: i64) -> String {
    let s = secs.unsigned_abs();
    let (d, h, m) = (s / 86400, s % 86400 / 3600, s % 3600 / 60);
    let sign = if secs < 0 { "-" } else { "" };
    let d = if d > 0 {
        crate::tr!("duration-days-hours", days = d, hours = h)
    } else if h > 0 && crate::i18n::lang() == crate::i18n::Lang::En {
        crate::tr!(
            "duration-hours-minutes",
            hours = h,
            minutes = format!("{m:02}")
        )
    } else if h > 0 {
        // Minutes as a number: a zero part is left out ("9 時間").
        crate::tr!("duration-hours-minutes", hours = h, minutes = m)
    } else if m > 0 {
        crate::tr!("duration-minutes", minutes = m)
    } else {
        crate::tr!("duration-seconds", seconds = s)
    };
    format!("{sign}{d}")
}

fn duration(v: Option<i64>) -> String {
    v.map_or_else(super::words::none, short)
}

fn response(v: Option<i64>, pct: Option<i64>) -> String {
    match (v, pct) {
        (Some(v), Some(p)) => format!(
            "{} ({})",
            short(v),
            crate::tr!("unit-percent", n = p.to_string())
        ),
        (v, _) => duration(v),
    }
}

/// A local time to the minute, without the zone (the section names it).
fn local_minute(t: DateTime<Utc>, tz: Zone) -> String {
    t.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string()
}

/// The response targets of a row (`1h`, `next-day`, `none`), as the reader says them.
fn targets(f: &RowFigures) -> String {
    if f.targets.is_empty() {
        super::words::none()
    } else if crate::i18n::lang() == crate::i18n::Lang::En {
        f.targets.join(", ")
    } else {
        let said: Vec<String> = f
            .targets
            .iter()
            .map(|t| super::words::response(t))
            .collect();
        said.join(&crate::tr!("list-separator"))
    }
}

fn period_title(p: &Period) -> String {
    let whole_month = p.from.day() == 1
        && Period::month(p.from.year(), p.from.month()).is_some_and(|m| m.to == p.to);
    if whole_month {
        crate::tr!(
            "report-month-title",
            month = p.from.month(),
            year = p.from.year().to_string()
        )
    } else {
        crate::tr!(
            "report-period-title",
            from = p.from.to_string(),
            to = p.to.to_string()
        )
    }
}

fn bucket_label(d: NaiveDate, g: Granularity) -> String {
    match g {
        Granularity::Week => format!("W{:02}", d.iso_week().week()),
        Granularity::Month => crate::tr!(
            "report-month-short",
            month = d.month(),
            year = d.year().to_string()
        ),
    }
}

// ---------------------------------------------------------------------------------------
// Markdown

/// Text for a Markdown table cell: inert, with Markdown and HTML punctuation escaped.
pub fn md_text(s: &str) -> String {
    let inert = inert_line(s);
    let mut o = String::with_capacity(inert.len() + 8);
    for c in inert.chars() {
        match c {
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '&' => o.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '!' | '(' | ')' => {
                o.push('\\');
                o.push(c);
            }
            c => o.push(c),
        }
    }
    o
}

/// A Markdown table's header row: the columns `report-col-{name}` in the reader's language.
fn md_header(s: &mut String, names: &[&str]) {
    s.push('|');
    for n in names {
        let _ = write!(s, " {} |", crate::tr!(&format!("report-col-{n}")));
    }
    s.push('\n');
}

/// ", the latest N listed" when only the latest `shown` of `total` breaches are listed.
fn latest(total: u64, shown: usize) -> String {
    if total as usize > shown {
        crate::tr!("report-breaches-latest", shown = shown.to_string())
    } else {
        String::new()
    }
}

/// The report as Markdown: the same figures as JSON, without charts; its opening paragraphs
/// wrapped to `width` when given (see [`super::fill`]).
pub fn markdown(r: &Report, width: Option<u16>, out: &mut impl Write) -> anyhow::Result<()> {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# {}\n\n{}\n\n{}\n",
        crate::tr!("report-title", period = period_title(&r.period)),
        crate::tr!(
            "report-period",
            from = r.period.from.to_string(),
            to = r.period.to.to_string(),
            at = said_utc(r.evaluated_at),
            // Each tenant's section says when it was evaluated, in its own zone.
            sections = r.tenants.len()
        ),
        super::fill(&crate::tr!("report-about"), width)
    );
    if r.tenants.is_empty() {
        let _ = writeln!(s, "{}", crate::tr!("report-no-tenant"));
    }
    for t in &r.tenants {
        let f = &t.figures;
        let _ = writeln!(
            s,
            "## {}\n",
            crate::tr!(
                "report-tenant-heading",
                tenant = md_text(&t.tenant),
                zone = t.timezone.name(),
                as_of = format_local(t.as_of, t.timezone)
            )
        );
        if f.total.cycles == 0 && f.total.open == 0 {
            let _ = writeln!(s, "{}\n", crate::tr!("report-nothing"));
            continue;
        }
        md_header(
            &mut s,
            &[
                "severity",
                "target",
                "cycles",
                "met",
                "breached",
                "at-risk",
                "pending",
                "withdrawn",
                "no-target",
                "answered",
                "median-response",
                "p90-response",
                "reopens",
                "resolved",
                "median-resolution",
                "open",
            ],
        );
        s.push_str("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        let rows = f.rows.iter().map(|(k, v)| (row_label(*k), v));
        for (label, v) in rows.chain(std::iter::once((crate::tr!("report-all"), &f.total))) {
            let _ = writeln!(
                s,
                "| {label} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                targets(v),
                v.cycles,
                v.states.met,
                v.states.breached,
                v.states.at_risk,
                v.states.pending,
                v.states.withdrawn,
                v.states.no_target,
                v.answered,
                response(
                    v.response_median_seconds,
                    v.response_median_percent_of_target
                ),
                response(v.response_p90_seconds, v.response_p90_percent_of_target),
                v.reopens,
                v.resolved,
                duration(v.resolution_median_seconds),
                v.open
            );
        }
        s.push('\n');
        if f.total.open > 0 {
            let _ = write!(
                s,
                "{}\n\n| {} |",
                crate::tr!("report-open-by-age"),
                crate::tr!("report-col-severity")
            );
            for (label, _) in AGE_BUCKETS {
                let _ = write!(s, " {} |", crate::i18n::text(label, None));
            }
            s.push_str("\n|---|");
            s.push_str(&"--:|".repeat(AGE_BUCKETS.len()));
            s.push('\n');
            for (k, v) in f.rows.iter().filter(|(_, v)| v.open > 0) {
                let _ = write!(s, "| {} |", row_label(*k));
                for n in v.open_by_age {
                    let _ = write!(s, " {n} |");
                }
                s.push('\n');
            }
            s.push('\n');
        }
        let (trend, unit) = match f.granularity {
            Granularity::Week => ("report-trend-by-week", "week"),
            Granularity::Month => ("report-trend-by-month", "month"),
        };
        let _ = writeln!(s, "{}\n", crate::tr!(trend));
        md_header(&mut s, &[unit, "met", "breached", "other"]);
        s.push_str("|---|--:|--:|--:|\n");
        for p in &f.trend {
            let _ = writeln!(
                s,
                "| {} {} | {} | {} | {} |",
                bucket_label(p.start, f.granularity),
                p.start,
                p.met,
                p.breached,
                p.other
            );
        }
        s.push('\n');
        if f.breaches_total == 0 {
            let _ = writeln!(s, "{}\n", crate::tr!("report-no-breaches"));
        } else {
            let _ = writeln!(
                s,
                "{}\n",
                crate::tr!(
                    "report-breaches",
                    total = f.breaches_total.to_string(),
                    latest = latest(f.breaches_total, f.breaches.len())
                )
            );
            md_header(
                &mut s,
                &[
                    "request",
                    "cycle",
                    "severity",
                    "title",
                    "started",
                    "due",
                    "first-response",
                    "late-by",
                ],
            );
            s.push_str("|--:|--:|---|---|---|---|---|--:|\n");
            for b in &f.breaches {
                let _ = writeln!(
                    s,
                    "| {} | {} | {} | {} | {} | {} | {} | {} |",
                    b.request_id,
                    b.seq + 1,
                    row_label(b.key),
                    md_text(&b.title),
                    format_local(b.started_at, t.timezone),
                    format_local(b.due, t.timezone),
                    first_response_cell(b, |x| format_local(x, t.timezone)),
                    short(b.late_seconds)
                );
            }
            s.push('\n');
        }
    }
    out.write_all(s.as_bytes())?;
    Ok(())
}

/// The first-response cell of a listed breach, which says which breach it is (SPEC 1.5):
/// the late response's time, "none (closed …)" for a request closed unanswered after its
/// due time, "none" for one still unanswered.
fn first_response_cell(b: &Breach, time: impl Fn(DateTime<Utc>) -> String) -> String {
    match (b.responded_at, b.kind, b.closed_at) {
        (Some(x), _, _) => time(x),
        (None, crate::rules::BreachKind::ClosedUnanswered, Some(c)) => {
            crate::tr!("report-closed-unanswered", at = time(c))
        }
        _ => crate::tr!("report-none"),
    }
}

// ---------------------------------------------------------------------------------------
// HTML

/// Text for HTML/XML content or an attribute: inert, with markup characters escaped, and
/// characters XML forbids made visible.
pub fn xml_text(s: &str) -> String {
    let inert = inert_line(s);
    let mut o = String::with_capacity(inert.len());
    for c in inert.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            '\u{fffe}' | '\u{ffff}' => {
                let _ = write!(o, "\\u{{{:04x}}}", c as u32);
            }
            // An address in a title is shown, never a link; written so that no `://`
            // appears in the page outside the xmlns names.
            '/' if o.ends_with(':') || o.ends_with(":&#47;") => o.push_str("&#47;"),
            c => o.push(c),
        }
    }
    o
}

const CSS: &str = r#"
:root{--ink:#1f2328;--muted:#59636e;--line:#d0d7de;--met:#2e7d32;--breached:#c62828;--risk:#ef6c00;--soft:#f6f8fa}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK JP","Hiragino Sans",sans-serif;color:var(--ink);margin:0 auto;max-width:68rem;padding:1rem;background:#fff}
h1{font-size:1.6rem;margin:.2rem 0}
h2{font-size:1.25rem;margin:2rem 0 .4rem;padding-top:.6rem;border-top:3px solid var(--ink)}
h2 small,.muted{color:var(--muted);font-weight:normal;font-size:.85rem}
h3{font-size:1rem;margin:1.2rem 0 .4rem}
p{margin:.3rem 0}
.wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums;font-size:.8rem}
th,td{padding:.25rem .24rem;white-space:nowrap;border-bottom:1px solid var(--line);text-align:right;vertical-align:top}
th{background:var(--soft);font-weight:600;font-size:.72rem;white-space:normal;vertical-align:bottom}
th:first-child,td:first-child,th.text{text-align:left}
td.text{text-align:left;white-space:normal;min-width:12rem;max-width:24rem;overflow-wrap:anywhere}
tr.total td{font-weight:600;border-top:2px solid var(--ink)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr));gap:.5rem;margin:.6rem 0}
.card{border:1px solid var(--line);border-radius:6px;padding:.45rem .6rem;background:var(--soft)}
.card b{display:block;font-size:1.35rem}
.card span{color:var(--muted);font-size:.8rem}
.card.bad b{color:var(--breached)}.card.good b{color:var(--met)}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:.8rem;margin:.6rem 0}
figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:.4rem}
figcaption{font-size:.8rem;color:var(--muted);margin-bottom:.2rem}
figure svg{display:block;width:100%;height:auto}
.state-breached{color:var(--breached);font-weight:600}
.state-met{color:var(--met)}
footer{margin-top:2rem;font-size:.8rem;color:var(--muted)}
@media (max-width:40rem){body{font-size:14px;padding:.6rem}h1{font-size:1.3rem}}
@page{size:A4;margin:12mm}
@media print{body{max-width:none;padding:0;font-size:9pt}
 .tenant{break-before:page}.overview+.tenant{break-before:auto}h2{margin-top:.6rem}
 .charts{grid-template-columns:repeat(3,1fr)}
 table{font-size:7.5pt}tr,figure,.cards{break-inside:avoid}
 .wrap{overflow:visible}}
"#;

/// The report as one self-contained HTML page (polyglot XHTML: it also parses as XML).
pub fn html(r: &Report, out: &mut impl Write) -> anyhow::Result<()> {
    let mut s = String::with_capacity(64 * 1024);
    let title = crate::tr!("report-title", period = period_title(&r.period));
    let lang = crate::i18n::lang().as_str();
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{lang}\" xml:lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n<p class=\"muted\">{}</p>\n</header>\n",
        xml_text(&title),
        xml_text(&title),
        xml_text(&crate::tr!(
            "report-html-subtitle",
            from = r.period.from.to_string(),
            to = r.period.to.to_string(),
            at = said_utc(r.evaluated_at),
            tenants = r.tenants.len()
        )),
    );
    overview(&mut s, r);
    for t in &r.tenants {
        tenant_section(&mut s, t);
    }
    let _ = write!(
        s,
        "<footer><p>{}</p><p>{}</p></footer>\n</body>\n</html>\n",
        code_spans(&xml_text(&crate::tr!("report-about"))),
        xml_text(&crate::tr!("report-html-written-by"))
    );
    out.write_all(s.as_bytes())?;
    Ok(())
}

fn overview(s: &mut String, r: &Report) {
    if r.tenants.is_empty() {
        let _ = writeln!(s, "<p>{}</p>", xml_text(&crate::tr!("report-no-tenant")));
        return;
    }
    let _ = write!(
        s,
        "<section class=\"overview\">\n<h3>{}</h3>\n<div class=\"wrap\"><table>\n<thead><tr>",
        xml_text(&crate::tr!("report-html-all-tenants"))
    );
    html_header(
        s,
        &[
            "tenant",
            "cycles",
            "met",
            "breached",
            "at-risk",
            "pending",
            "withdrawn",
            "no-target",
            "met-on-time",
            "median-response",
            "open",
        ],
    );
    for t in &r.tenants {
        let f = &t.figures.total;
        let _ = writeln!(
            s,
            "<tr><td><a href=\"#{}\">{}</a></td><td>{}</td><td>{}</td><td class=\"{}\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            anchor(&t.tenant),
            xml_text(&t.tenant),
            f.cycles,
            f.states.met,
            if f.states.breached > 0 {
                "state-breached"
            } else {
                ""
            },
            f.states.breached,
            f.states.at_risk,
            f.states.pending,
            f.states.withdrawn,
            f.states.no_target,
            met_share(f).map_or_else(|| "—".into(), |p| format!("{p} %")),
            xml_text(&response(
                f.response_median_seconds,
                f.response_median_percent_of_target
            )),
            f.open
        );
    }
    s.push_str("</tbody></table></div>\n</section>\n");
}

/// Met as a share of the cycles that have a verdict (met or breached), rounded.
fn met_share(f: &RowFigures) -> Option<u64> {
    let decided = f.states.met + f.states.breached;
    (decided > 0).then(|| (f.states.met * 200 + decided) / (2 * decided))
}

/// A fragment id for a tenant: ASCII letters, digits and '-' only.
fn anchor(tenant: &str) -> String {
    let mut a = String::from("t-");
    for b in tenant.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' {
            a.push(b as char);
        } else {
            let _ = write!(a, "_{b:02x}");
        }
    }
    a
}

/// A table's header cells, the columns `report-col-{name}` in the reader's language, and
/// the end of the header row.
fn html_header(s: &mut String, names: &[&str]) {
    for n in names {
        let class = if *n == "title" { " class=\"text\"" } else { "" };
        let _ = write!(
            s,
            "<th{class}>{}</th>",
            xml_text(&crate::tr!(&format!("report-col-{n}")))
        );
    }
    s.push_str("</tr></thead>\n<tbody>\n");
}

/// Text already escaped for XML with its `code` spans (between backquotes) marked up.
fn code_spans(escaped: &str) -> String {
    let mut out = String::with_capacity(escaped.len() + 32);
    for (i, part) in escaped.split('`').enumerate() {
        if i % 2 == 1 {
            let _ = write!(out, "<code>{part}</code>");
        } else {
            out.push_str(part);
        }
    }
    out
}

fn tenant_section(s: &mut String, t: &TenantReport) {
    let f = &t.figures;
    let _ = writeln!(
        s,
        "<section class=\"tenant\" id=\"{}\">\n<h2>{} <small>{}</small></h2>",
        anchor(&t.tenant),
        xml_text(&t.tenant),
        xml_text(&crate::tr!(
            "report-html-tenant-times",
            zone = t.timezone.name(),
            as_of = format_local(t.as_of, t.timezone)
        )),
    );
    if f.total.cycles == 0 && f.total.open == 0 {
        let _ = writeln!(
            s,
            "<p>{}</p>\n</section>",
            xml_text(&crate::tr!("report-nothing"))
        );
        return;
    }
    let total = &f.total;
    let card = |s: &mut String, class: &str, value: String, label: &str| {
        let _ = write!(
            s,
            "<div class=\"card {class}\"><b>{}</b><span>{}</span></div>",
            xml_text(&value),
            xml_text(&crate::tr!(label))
        );
    };
    s.push_str("<div class=\"cards\">");
    card(s, "", total.cycles.to_string(), "report-card-cycles");
    card(
        s,
        "good",
        met_share(total).map_or_else(|| "—".into(), |p| format!("{p} %")),
        "report-card-met-on-time",
    );
    card(
        s,
        if total.states.breached > 0 { "bad" } else { "" },
        total.states.breached.to_string(),
        "report-card-breached",
    );
    card(
        s,
        "",
        duration(total.response_median_seconds),
        "report-card-median-response",
    );
    card(s, "", total.open.to_string(), "report-card-open");
    s.push_str("</div>\n");

    s.push_str("<div class=\"wrap\"><table>\n<thead><tr>");
    html_header(
        s,
        &[
            "severity",
            "target",
            "cycles",
            "met",
            "breached",
            "at-risk",
            "pending",
            "withdrawn",
            "no-target",
            "median-first-response",
            "p90",
            "reopens",
            "median-resolution",
            "open",
        ],
    );
    let rows = f.rows.iter().map(|(k, v)| (row_label(*k), v, ""));
    let all = crate::tr!("report-all");
    for (label, v, class) in rows.chain(std::iter::once((all, total, "total"))) {
        let _ = writeln!(
            s,
            "<tr class=\"{class}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"{}\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            xml_text(&label),
            xml_text(&if class == "total" {
                "—".to_string()
            } else {
                targets(v)
            }),
            v.cycles,
            v.states.met,
            if v.states.breached > 0 {
                "state-breached"
            } else {
                ""
            },
            v.states.breached,
            v.states.at_risk,
            v.states.pending,
            v.states.withdrawn,
            v.states.no_target,
            xml_text(&response(
                v.response_median_seconds,
                v.response_median_percent_of_target
            )),
            xml_text(&response(
                v.response_p90_seconds,
                v.response_p90_percent_of_target
            )),
            v.reopens,
            xml_text(&duration(v.resolution_median_seconds)),
            v.open
        );
    }
    s.push_str("</tbody></table></div>\n");

    // Charts: figures computed above, drawn by plotters' SVG backend.
    s.push_str("<div class=\"charts\">\n");
    let bars: Vec<charts::TargetBar> = f
        .rows
        .iter()
        .filter(|(k, _)| matches!(k, RowKey::Severity(_)))
        .map(|(k, v)| charts::TargetBar {
            label: chart_label(*k),
            median: v.response_median_percent_of_target,
            p90: v.response_p90_percent_of_target,
            missing: if v.targets.iter().all(|t| t == "none") {
                crate::tr!("chart-no-target")
            } else {
                crate::tr!("chart-none-answered")
            },
        })
        .collect();
    figure(
        s,
        &crate::tr!("report-figure-response"),
        &charts::response_against_target(&bars),
    );
    let points: Vec<charts::TrendBar> = f
        .trend
        .iter()
        .map(|p| charts::TrendBar {
            label: bucket_label(p.start, f.granularity),
            met: p.met,
            breached: p.breached,
            other: p.other,
        })
        .collect();
    figure(
        s,
        &crate::tr!(match f.granularity {
            Granularity::Week => "report-figure-trend-by-week",
            Granularity::Month => "report-figure-trend-by-month",
        }),
        &charts::met_breached(&points),
    );
    let ages: Vec<charts::AgeSeries> = f
        .rows
        .iter()
        .filter(|(_, v)| v.open > 0)
        .map(|(k, v)| charts::AgeSeries {
            label: chart_label(*k),
            counts: v.open_by_age,
        })
        .collect();
    figure(
        s,
        &crate::tr!("report-figure-open-by-age"),
        &charts::open_by_age(&ages),
    );
    s.push_str("</div>\n");

    if f.breaches_total == 0 {
        let _ = writeln!(
            s,
            "<h3>{}</h3>\n<p>{}</p>",
            xml_text(&crate::tr!("report-html-breaches")),
            xml_text(&crate::tr!("report-no-breaches"))
        );
    } else {
        let _ = writeln!(
            s,
            "<h3>{} <small class=\"muted\">{}</small></h3>",
            xml_text(&crate::tr!("report-html-breaches")),
            xml_text(&crate::tr!(
                "report-html-breaches-count",
                total = f.breaches_total.to_string(),
                latest = latest(f.breaches_total, f.breaches.len())
            ))
        );
        s.push_str("<div class=\"wrap\"><table>\n<thead><tr>");
        html_header(
            s,
            &[
                "request",
                "cycle",
                "severity",
                "title",
                "started",
                "due",
                "first-response",
                "late-by",
            ],
        );
        for b in &f.breaches {
            let _ = writeln!(
                s,
                "<tr><td>#{}</td><td>{}</td><td>{}</td><td class=\"text\">{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"state-breached\">{}</td></tr>",
                b.request_id,
                b.seq + 1,
                xml_text(&row_label(b.key)),
                xml_text(&b.title),
                local_minute(b.started_at, t.timezone),
                local_minute(b.due, t.timezone),
                xml_text(&first_response_cell(b, |x| local_minute(x, t.timezone))),
                short(b.late_seconds)
            );
        }
        s.push_str("</tbody></table></div>\n");
    }
    s.push_str("</section>\n");
}

fn figure(s: &mut String, caption: &str, svg: &str) {
    let _ = writeln!(
        s,
        "<figure role=\"img\" aria-label=\"{0}\"><figcaption>{0}</figcaption>\n{svg}</figure>",
        xml_text(caption)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_cannot_become_markup() {
        let t = "<script>alert('x')</script> & \"q\" \u{1b}[2J";
        let x = xml_text(t);
        assert!(
            !x.contains('<') && !x.contains('>') && !x.contains('"'),
            "{x}"
        );
        assert!(!x.contains('\u{1b}'), "{x}");
        let m = md_text("<img src=x onerror=alert(1)> | *b* [l](javascript:x)");
        assert!(!m.contains('<') && !m.contains("]("), "{m}");
        let unescaped = m
            .match_indices(['|', '*', '['])
            .any(|(i, _)| !m[..i].ends_with('\\'));
        assert!(!unescaped, "{m}");
    }

    #[test]
    fn anchors_are_plain_ascii() {
        assert_eq!(anchor("contoso"), "t-contoso");
        assert_eq!(anchor("a b\"<"), "t-a_20b_22_3c");
    }
}
