//! `svcreq rules`: the effective tiers × severities table, plans, business hours and
//! reopen window; `--check FILE` validates a rules file (SPEC 2, 4).

use super::{Ctx, Out};
use crate::error::usage;
use crate::output::words;
use crate::output::{Format, TargetRecord, cell, table};
use crate::rules::file::{duration_words, format_duration};
use crate::rules::{BusinessHours, Rules, Target, notes};
use crate::tr;
use clap::Args;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Validate this rules file instead of showing the effective rules
    #[arg(long, value_name = "FILE")]
    pub check: Option<PathBuf>,
    /// Show the business hours of this tenant [default: the config's]
    #[arg(long, value_parser = crate::cli::input::parse_name)]
    pub tenant: Option<String>,
    /// List the next business windows, with days off and holidays marked
    #[arg(long)]
    pub calendar: bool,
    /// With --calendar: start at TIME [default: now]
    #[arg(long, value_name = "TIME", requires = "calendar")]
    pub from: Option<String>,
    /// With --calendar: how many business windows
    #[arg(
        long,
        value_name = "N",
        default_value_t = 10,
        requires = "calendar",
        allow_negative_numbers = true,
        value_parser = super::parse_count
    )]
    pub next: u64,
}

#[derive(Serialize)]
struct CalendarDay {
    date: String,
    weekday: String,
    /// "business", "holiday" or "day-off"
    kind: &'static str,
    #[serde(serialize_with = "crate::output::utc_opt")]
    open: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(serialize_with = "crate::output::utc_opt")]
    close: Option<chrono::DateTime<chrono::Utc>>,
    /// Every window of the day (a lunch break splits a day in two), UTC.
    windows: Vec<WindowRecord>,
}

#[derive(Serialize)]
struct WindowRecord {
    #[serde(serialize_with = "crate::output::utc")]
    open: chrono::DateTime<chrono::Utc>,
    #[serde(serialize_with = "crate::output::utc")]
    close: chrono::DateTime<chrono::Utc>,
}

/// `svcreq rules --calendar`: the next N business windows from a moment, with the days
/// off between them, so an admin can check a calendar before trusting it.
fn calendar(ctx: &Ctx, a: &RulesArgs, format: Format, out: &mut Out) -> anyhow::Result<u8> {
    use crate::rules::DayOff;
    let tenant = ctx.tenant(a.tenant.as_deref())?;
    let (tz, bh) = (tenant.timezone, &tenant.business_hours);
    let from = match &a.from {
        Some(s) => {
            crate::time::parse_time(s, tz, "--from").map_err(crate::error::usage_of_option)?
        }
        None => ctx.now,
    };
    let windows: Vec<_> = bh
        .windows_from(tz, from)
        .take(usize::try_from(a.next).unwrap_or(usize::MAX))
        .collect();
    let mut days = Vec::new();
    let mut dates = Vec::new();
    if let Some(last) = windows.last() {
        let mut d = from.with_timezone(&tz).date_naive();
        while d <= last.date {
            let todays: Vec<_> = windows.iter().filter(|w| w.date == d).collect();
            let w = todays.first().copied();
            let kind = match (w, bh.day_off(d)) {
                (Some(_), _) => "business",
                (None, Some(DayOff::Holiday)) => "holiday",
                (None, Some(DayOff::Weekend)) => "day-off",
                (None, None) => "closed", // the day's window has already passed
            };
            days.push(CalendarDay {
                date: d.to_string(),
                weekday: d.format("%a").to_string(),
                kind,
                open: w.map(|w| w.open),
                close: todays.last().map(|w| w.close),
                windows: todays
                    .iter()
                    .map(|w| WindowRecord {
                        open: w.open,
                        close: w.close,
                    })
                    .collect(),
            });
            dates.push(d);
            d += chrono::Duration::days(1);
        }
    }
    if format == Format::Json {
        serde_json::to_writer_pretty(&mut *out, &days)?;
        writeln!(out)?;
        return Ok(0);
    }
    let mut t = table(
        &[
            tr!("header-date"),
            tr!("header-day"),
            tr!("header-business-window"),
        ],
        false,
    );
    let list_sep = tr!("list-separator");
    for (d, day) in days.iter().zip(dates) {
        let text = match (d.kind, d.open, d.close) {
            ("business", Some(_), Some(_)) => d
                .windows
                .iter()
                .map(|w| {
                    // The heading names the zone: a window names its offset only where
                    // it changes within the window (a daylight-saving day).
                    let (open, close) = (w.open.with_timezone(&tz), w.close.with_timezone(&tz));
                    let form = if open.format("%Z").to_string() == close.format("%Z").to_string() {
                        "%H:%M"
                    } else {
                        "%H:%M %Z"
                    };
                    tr!(
                        "time-span",
                        open = open.format(form).to_string(),
                        close = close.format(form).to_string()
                    )
                })
                .collect::<Vec<_>>()
                .join(&list_sep),
            ("holiday", ..) => tr!("calendar-holiday"),
            ("day-off", ..) => tr!("calendar-day-off"),
            _ => tr!("calendar-window-over"),
        };
        t.add_row(vec![
            cell(&d.date),
            cell(&words::weekday(chrono::Datelike::weekday(&day))),
            cell(&text),
        ]);
    }
    writeln!(
        out,
        "{}\n{}",
        crate::output::line_out(&tr!(
            "calendar-heading",
            count = windows.len(),
            days = days.len(),
            off = days
                .iter()
                .filter(|d| matches!(d.kind, "holiday" | "day-off"))
                .count(),
            tenant = crate::output::inert_line(&tenant.name),
            zone = tz.name(),
            from = crate::time::format_local(from, tz)
        )),
        crate::output::keep_words(&mut t)
    )?;
    Ok(0)
}

#[derive(Serialize)]
struct TierRecord {
    name: String,
    plans: Vec<String>,
    support_options: Vec<String>,
    targets: BTreeMap<&'static str, TargetRecord>,
}

#[derive(Serialize)]
struct HoursRecord {
    tenant: String,
    timezone: String,
    days: Vec<&'static str>,
    /// The earliest opening and latest closing of the week (the one window where every
    /// business day has the same).
    open: String,
    close: String,
    /// Each business day's windows, `HH:MM-HH:MM` (SPEC 4).
    windows: BTreeMap<&'static str, Vec<String>>,
    holidays: Vec<String>,
}

#[derive(Serialize)]
struct RulesRecord {
    source: String,
    reopen_window: String,
    /// How next-day targets are read (SPEC 4).
    next_day: &'static str,
    /// The service description's notes on the targets, the support languages, the plan
    /// columns and the page's later revision.
    notes: Vec<String>,
    at_risk: String,
    business_hours: HoursRecord,
    tiers: Vec<TierRecord>,
    categories: BTreeMap<&'static str, TargetRecord>,
}

fn hours_record(tenant: &str, tz: crate::rules::zone::Zone, bh: &BusinessHours) -> HoursRecord {
    HoursRecord {
        tenant: tenant.to_string(),
        timezone: tz.name().to_string(),
        days: bh.day_names(),
        open: bh.open_close().0,
        close: bh.open_close().1,
        windows: crate::rules::calendar::DAY_NAMES
            .iter()
            .zip(&bh.week)
            .filter(|(_, w)| !w.is_empty())
            .map(|(d, w)| {
                (
                    *d,
                    w.iter().map(|s| s.to_string().replace('–', "-")).collect(),
                )
            })
            .collect(),
        holidays: bh.holidays.iter().map(|d| d.to_string()).collect(),
    }
}

fn record(rules: &Rules, source: String, hours: HoursRecord, at_risk: String) -> RulesRecord {
    RulesRecord {
        source,
        reopen_window: format_duration(rules.reopen_window),
        next_day: rules.next_day.as_str(),
        notes: [
            notes::BUSINESS,
            notes::ENTERPRISE,
            notes::AROUND_THE_CLOCK,
            notes::LANGUAGE,
            notes::PLANS,
            notes::ELEVATED,
            notes::REVISION,
        ]
        .map(notes::text)
        .to_vec(),
        at_risk,
        business_hours: hours,
        tiers: rules
            .tiers
            .iter()
            .map(|t| TierRecord {
                name: t.name.clone(),
                plans: t.plans.clone(),
                support_options: t.support_options.clone(),
                targets: ["A", "B", "C"]
                    .into_iter()
                    .zip(t.targets.iter().map(TargetRecord::from))
                    .collect(),
            })
            .collect(),
        categories: [
            ("presales", (&rules.presales).into()),
            ("billing", (&rules.billing).into()),
        ]
        .into(),
    }
}

/// A target in a table cell: its intake said once under the table ([`super::tenants::Intake`]).
fn target_cell(t: &Target, intake: &super::tenants::Intake) -> String {
    let (response, clock) = response_and_clock(t);
    tr!(
        "rules-target-cell",
        response = response,
        clock = clock,
        mark = intake.mark(t)
    )
}

/// A target's response and, when its duration does not say it, its business clock.
fn response_and_clock(t: &Target) -> (String, String) {
    let business = t.clock == crate::rules::Clock::Business;
    // A duration on a business clock says so itself ("48 business hours").
    let clock = if business && !matches!(t.response, crate::rules::Response::After(_)) {
        tr!("rules-business-clock")
    } else {
        String::new()
    };
    let resp = match t.response {
        crate::rules::Response::None => tr!("rules-no-commitment"),
        r => words::response_on(&r.to_string(), business),
    };
    (resp, clock)
}

fn target_text(t: &Target) -> String {
    let (resp, clock) = response_and_clock(t);
    tr!(
        "rules-target",
        availability = words::name("availability", t.availability.as_str()),
        implied = super::tenants::implied_intake(t),
        response = resp,
        clock = clock
    )
}

pub fn run(ctx: &Ctx, a: RulesArgs, out: &mut Out) -> anyhow::Result<u8> {
    let format = ctx.format("rules", &[Format::Table, Format::Json])?;
    if a.calendar {
        return calendar(ctx, &a, format, out);
    }
    let tenant = ctx.tenant(a.tenant.as_deref())?;
    let rules = &ctx.cfg.rules;
    let source = match (
        &ctx.cfg.origin,
        matches!(rules, std::borrow::Cow::Borrowed(_)),
    ) {
        // JSON says it in English (SPEC 10).
        (_, true) => tr!(in crate::i18n::Lang::En; "rules-source-embedded"),
        (Some(p), false) => {
            tr!(in crate::i18n::Lang::En; "rules-source-file-of", path = p.display().to_string())
        }
        (None, false) => "rules_file".to_string(),
    };
    let rec = record(
        rules,
        source,
        hours_record(&tenant.name, tenant.timezone, &tenant.business_hours),
        tenant.at_risk.to_string(),
    );
    if format == Format::Json {
        serde_json::to_writer_pretty(&mut *out, &rec)?;
        writeln!(out)?;
        return Ok(0);
    }
    // One column per tier.
    let mut header = vec![tr!("header-severity")];
    header.extend(rules.tiers.iter().map(|t| words::name("tier", &t.name)));
    let mut t = table(&header, false);
    let intake = super::tenants::Intake::of(rules.tiers.iter().flat_map(|t| t.targets.iter()));
    for (i, sev) in ["A", "B", "C"].iter().enumerate() {
        let mut row = vec![cell(sev)];
        row.extend(
            rules
                .tiers
                .iter()
                .map(|t| cell(&target_cell(&t.targets[i], &intake))),
        );
        t.add_row(row);
    }
    // The heading names the rules file in effect, not the config key that names it.
    let source = match (
        &ctx.cfg.rules_path,
        matches!(rules, std::borrow::Cow::Borrowed(_)),
    ) {
        (Some(p), false) => tr!("rules-source-rules-file", path = p.display().to_string()),
        _ => tr!("rules-source-embedded"),
    };
    writeln!(
        out,
        "{}\n{}",
        tr!("rules-targets-heading", source = source),
        crate::output::keep_words(&mut t)
    )?;
    if !intake.note.is_empty() {
        writeln!(out, "{}", crate::output::fill_out(&intake.note))?;
    }
    let mut p = table(&[tr!("header-tier"), tr!("header-selected-by")], false);
    for tier in &rules.tiers {
        let mut by = Vec::new();
        if !tier.plans.is_empty() {
            by.push(tr!(
                "rules-by-plans",
                plans = crate::i18n::list(&tier.plans)
            ));
        }
        if !tier.support_options.is_empty() {
            by.push(tr!(
                "rules-by-support-options",
                options = crate::i18n::list(&tier.support_options)
            ));
        }
        p.add_row(vec![
            cell(&words::name("tier", &tier.name)),
            cell(&by.join(&tr!("list-separator-strong"))),
        ]);
    }
    writeln!(out, "\n{}", crate::output::keep_words(&mut p))?;
    let h = &rec.business_hours;
    let hours_text = tenant.business_hours.describe_in(crate::i18n::lang());
    writeln!(
        out,
        "\n{}",
        crate::output::fill_out(&tr!(
            "rules-summary",
            presales = target_text(&rules.presales),
            billing = target_text(&rules.billing),
            tenant = crate::output::inert_line(&h.tenant),
            zone = h.timezone.clone(),
            hours = hours_text,
            holidays = if h.holidays.is_empty() {
                String::new()
            } else {
                tr!("rules-holidays", holidays = crate::i18n::list(&h.holidays))
            },
            reopen_window = duration_words(rules.reopen_window),
            at_risk = tenant.at_risk.words(),
            at_risk_share = if matches!(tenant.at_risk, crate::rules::file::AtRisk::Percent(_)) {
                "yes"
            } else {
                "no"
            }
        ))
    )?;
    let meaning = rules.next_day.meaning();
    writeln!(
        out,
        "{}",
        crate::output::fill_out(&tr!(
            "rules-next-day",
            reading = rules.next_day.to_string(),
            meaning = meaning
        ))
    )?;
    writeln!(out, "\n{}", tr!("rules-from-description"))?;
    for (mark, note) in [
        ("1", notes::BUSINESS),
        ("2", notes::ENTERPRISE),
        ("4", notes::AROUND_THE_CLOCK),
        ("-", notes::LANGUAGE),
        ("-", notes::PLANS),
        ("-", notes::ELEVATED),
        ("-", notes::REVISION),
    ] {
        // The service description's footnote numbers, named as such: the table above
        // carries no marks of its own.
        let mark = if mark == "-" {
            mark.to_string()
        } else {
            tr!("rules-footnote", n = mark)
        };
        // Footnotes and items wrap alike: each continuation line under the note's text
        // start of a `-` item, two spaces in from the mark.
        let line = format!("  {mark} {}", words::note(note));
        writeln!(
            out,
            "{}",
            crate::output::fill_hung(&line, crate::output::terminal_width(), 4)
        )?;
    }
    for w in tenant.warnings() {
        crate::output::note_err(crate::output::sentence_err(tr!(
            "warning-line",
            warning = w
        )));
    }
    Ok(0)
}

/// `svcreq rules --check FILE`: exit 0 when valid, 2 with file:line:column when not.
/// With `quiet` (`-q`) a valid file prints nothing: the exit code says it is valid.
pub fn check(a: &RulesArgs, quiet: bool, out: &mut Out) -> anyhow::Result<u8> {
    let path = a
        .check
        .as_ref()
        .ok_or_else(|| usage(tr!("rules-check-needs-file")))?;
    let text = crate::error::read_text(path).map_err(|reason| {
        usage(tr!(
            "error-cannot-read",
            what = tr!("rules-file"),
            path = path.display().to_string(),
            reason = reason
        ))
    })?;
    let rules =
        Rules::parse(&text, &path.display().to_string()).map_err(|e| usage(e.to_string()))?;
    if quiet {
        return Ok(0);
    }
    writeln!(
        out,
        "{}",
        crate::output::sentence_out(tr!(
            "rules-check-ok",
            path = path.display().to_string(),
            tiers = rules.tiers.len(),
            plans = rules.plans().len(),
            reopen_window = duration_words(rules.reopen_window)
        ))
    )?;
    Ok(0)
}
