//! `svcreq tenants`: each tenant with its plan, tier, time zone, business hours and the
//! response targets it gets (SPEC 1.4, 1.7, 3).

use super::{Ctx, Out};
use crate::output::words;
use crate::output::{Format, TargetRecord, cell, table};
use crate::rules::Target;
use crate::tr;
use clap::Args;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;

#[derive(Debug, Args)]
pub struct TenantsArgs {}

#[derive(Serialize)]
struct TenantRecord {
    name: String,
    default: bool,
    plan: String,
    support_option: String,
    tier: String,
    timezone: String,
    at_risk: String,
    business_hours: String,
    holidays: Vec<String>,
    targets: BTreeMap<&'static str, TargetRecord>,
    admins: Vec<String>,
}

/// "yes" where a target's duration, counted in business hours, already says that requests
/// are taken in business hours, so a cell names the hours once (SPEC 10).
pub(crate) fn implied_intake(t: &Target) -> &'static str {
    if t.clock == crate::rules::Clock::Business
        && t.availability == crate::rules::Availability::BusinessHours
        && matches!(t.response, crate::rules::Response::After(_))
    {
        "yes"
    } else {
        "no"
    }
}

fn short(t: &Target, intake: &Intake) -> String {
    tr!(
        "tenants-target",
        mark = intake.mark(t),
        response = words::response_on(
            &t.response.to_string(),
            t.clock == crate::rules::Clock::Business
        )
    )
}

/// The intake of a table of targets said once (SPEC 10): under the table, the cells that
/// take the less usual one marked `*`, so no cell repeats `24 時間 365 日受付` and a target
/// (`1 時間`, `翌日`) stays whole. Every target counts, whatever its cell says, so the note
/// states the intake of every tier and severity shown, as `open` states a request's.
pub(crate) struct Intake {
    /// The intake the marked cells take, when the cells do not all take the same.
    marked: Option<crate::rules::Availability>,
    /// The note under the table; empty when no cell says its intake.
    pub note: String,
}

impl Intake {
    /// The intake of the cells `targets`.
    pub(crate) fn of<'t>(targets: impl IntoIterator<Item = &'t Target>) -> Intake {
        use crate::rules::Availability;
        let said: Vec<Availability> = targets.into_iter().map(|t| t.availability).collect();
        let hours = said
            .iter()
            .filter(|a| **a == Availability::BusinessHours)
            .count();
        let (common, other) = if hours * 2 > said.len() {
            (Availability::BusinessHours, Availability::Always)
        } else {
            (Availability::Always, Availability::BusinessHours)
        };
        let name = |a: Availability| words::name("availability", a.as_str());
        let marked = said.contains(&other).then_some(other);
        let note = match (said.is_empty(), marked) {
            (true, _) => String::new(),
            (false, None) => tr!(
                "targets-intake-all",
                common = crate::i18n::between_words(name(common))
            ),
            (false, Some(m)) => tr!(
                "targets-intake-note",
                marked = name(m),
                common = name(common)
            ),
        };
        Intake { marked, note }
    }

    /// The mark of a cell: `*` when it takes the marked intake.
    pub(crate) fn mark(&self, t: &Target) -> &'static str {
        if Some(t.availability) == self.marked {
            "*"
        } else {
            ""
        }
    }
}

pub fn run(ctx: &Ctx, _a: TenantsArgs, out: &mut Out) -> anyhow::Result<u8> {
    let format = ctx.format("tenants", &[Format::Table, Format::Json, Format::Csv])?;
    let mut records = Vec::new();
    // A confined actor is shown its own tenants only (SPEC 1.7, 8): on a team ledger the
    // ones the server confines it to, on any ledger the ones the config lets it see.
    let own = ctx.confined_to();
    let visible = ctx.visible_tenants()?;
    for t in ctx.cfg.tenants.values() {
        if own.is_some_and(|own| !own.contains(&t.name))
            || visible.as_ref().is_some_and(|v| !v.contains(&t.name))
        {
            continue;
        }
        let tier = ctx.cfg.tier_of(t)?;
        records.push(TenantRecord {
            name: t.name.clone(),
            default: t.name == ctx.cfg.default_tenant,
            plan: t.plan.clone(),
            support_option: t.support_option.clone(),
            tier: tier.name.clone(),
            timezone: t.timezone.name().into(),
            at_risk: t.at_risk.to_string(),
            business_hours: t.business_hours.describe(),
            holidays: t
                .business_hours
                .holidays
                .iter()
                .map(|d| d.to_string())
                .collect(),
            targets: ["A", "B", "C"]
                .into_iter()
                .zip(tier.targets.iter().map(TargetRecord::from))
                .collect(),
            admins: ctx
                .cfg
                .admins
                .iter()
                .filter(|a| a.tenants.is_empty() || a.tenants.contains(&t.name))
                // A confined actor is shown itself, not the other admins (as a team
                // ledger's server shows a partner its own admin row only).
                .filter(|a| visible.is_none() || a.name == ctx.actor)
                .map(|a| a.name.clone())
                .collect(),
        });
    }
    if ctx.quiet {
        for r in &records {
            writeln!(out, "{}", r.name)?;
        }
    } else if format == Format::Json {
        serde_json::to_writer_pretty(&mut *out, &records)?;
        writeln!(out)?;
    } else if format == Format::Csv {
        write_csv(&records, out)?;
    } else {
        print_table(ctx, &records, out)?;
    }
    Ok(0)
}

/// The tenants as a table. On a terminal too narrow for one table whose words stay whole,
/// the response targets move to a second table, one row per tier, so that no time-zone id
/// (kept whole in any case), plan or target is split mid-word.
fn print_table(ctx: &Ctx, records: &[TenantRecord], out: &mut Out) -> anyhow::Result<()> {
    const ZONE: usize = 3;
    let mut rows = Vec::new();
    // Each record with its tenant, by name: a confined actor is shown only some of them.
    let shown: Vec<(&TenantRecord, &crate::config::Tenant)> = records
        .iter()
        .filter_map(|r| ctx.cfg.tenants.get(&r.name).map(|t| (r, t)))
        .collect();
    let mut tiers_shown = Vec::new();
    for (_, t) in &shown {
        tiers_shown.push(ctx.cfg.tier_of(t)?);
    }
    let intake = Intake::of(tiers_shown.iter().flat_map(|t| t.targets.iter().take(3)));
    for (r, tier) in shown.iter().map(|(r, _)| r).zip(&tiers_shown) {
        let name = if r.default {
            tr!("tenants-default", tenant = r.name.clone())
        } else {
            r.name.clone()
        };
        let plan = if r.support_option == "standard" {
            r.plan.clone()
        } else {
            format!("{} + {}", r.plan, r.support_option)
        };
        let targets: Vec<String> = tier
            .targets
            .iter()
            .take(3)
            .map(|t| short(t, &intake))
            .collect();
        rows.push((name, plan, r, targets));
    }
    let hours: Vec<String> = shown
        .iter()
        .map(|(_, t)| match crate::i18n::lang() {
            // A space after each comma lets a narrow terminal wrap between days.
            crate::i18n::Lang::En => t.business_hours.describe().replace(',', ", "),
            lang => t.business_hours.describe_in(lang),
        })
        .collect();
    // Business hours every tenant shares are said once, under the table (SPEC 10), so a
    // span of times (09:00～17:00) need not break in a narrow column.
    let shared_hours = (hours.len() > 1 && hours.iter().all(|h| *h == hours[0]))
        .then(|| tr!("tenants-hours-all", hours = hours[0].clone()));
    let mut head = vec![
        tr!("header-tenant"),
        tr!("header-plan"),
        tr!("header-tier"),
        tr!("header-time-zone"),
    ];
    if shared_hours.is_none() {
        head.push(tr!("header-business-hours"));
    }
    let tenant_row = |name: &str, plan: &str, r: &TenantRecord, hours: &str| {
        let mut row = vec![
            cell(name),
            cell(plan),
            cell(&words::name("tier", &r.tier)),
            cell(&r.timezone),
        ];
        if shared_hours.is_none() {
            row.push(cell(hours));
        }
        row
    };
    let abc = ["A".to_string(), "B".to_string(), "C".to_string()];
    let mut whole = table(&[&head[..], &abc[..]].concat(), ctx.color);
    for ((name, plan, r, targets), hours) in rows.iter().zip(&hours) {
        let mut row = tenant_row(name, plan, r, hours);
        row.extend(targets.iter().map(|t| cell(t)));
        whole.add_row(row);
    }
    let notes = |out: &mut Out| -> anyhow::Result<()> {
        for note in shared_hours.iter().chain(Some(&intake.note)) {
            if !note.is_empty() {
                writeln!(out, "{}", crate::output::fill_out(note))?;
            }
        }
        Ok(())
    };
    if crate::output::words_fit(&mut whole) {
        writeln!(
            out,
            "{}",
            crate::output::keep_words_whole(&mut whole, &[ZONE])
        )?;
        return notes(out);
    }
    let mut tenants = table(&head, ctx.color);
    let mut tiers = table(&[&[tr!("header-tier")][..], &abc[..]].concat(), ctx.color);
    let mut seen: Vec<&str> = Vec::new();
    for ((name, plan, r, targets), hours) in rows.iter().zip(&hours) {
        tenants.add_row(tenant_row(name, plan, r, hours));
        if !seen.contains(&r.tier.as_str()) {
            seen.push(&r.tier);
            let mut row = vec![cell(&words::name("tier", &r.tier))];
            row.extend(targets.iter().map(|t| cell(t)));
            tiers.add_row(row);
        }
    }
    let fitted = crate::output::records_or_fit(&mut tenants, &[ZONE]);
    writeln!(out, "{fitted}")?;
    if let Some(h) = &shared_hours {
        // Parted from the last record as records are.
        if fitted.is_records() {
            writeln!(out)?;
        }
        writeln!(out, "{h}")?;
    }
    let fitted = crate::output::records_or_fit(&mut tiers, &[]);
    writeln!(out, "\n{}\n{fitted}", tr!("tenants-targets-by-tier"))?;
    if !intake.note.is_empty() {
        if fitted.is_records() {
            writeln!(out)?;
        }
        writeln!(out, "{}", crate::output::fill_out(&intake.note))?;
    }
    Ok(())
}

/// The CSV columns of `tenants --format csv`: the JSON record's fields, each severity's
/// target flattened to `A_availability`, `A_response`, `A_clock` …, lists (holidays,
/// admins) joined by spaces.
pub const CSV_COLUMNS: [&str; 19] = [
    "name",
    "default",
    "plan",
    "support_option",
    "tier",
    "timezone",
    "at_risk",
    "business_hours",
    "holidays",
    "A_availability",
    "A_response",
    "A_clock",
    "B_availability",
    "B_response",
    "B_clock",
    "C_availability",
    "C_response",
    "C_clock",
    "admins",
];

/// The tenants as CSV (RFC 4180), one row per tenant under [`CSV_COLUMNS`]; text cells shown
/// as a table shows them ([`crate::output::csv_view_text`]), and those a
/// spreadsheet could read as a formula are quoted as every CSV output quotes them.
fn write_csv(records: &[TenantRecord], out: &mut Out) -> anyhow::Result<()> {
    let text = |s: &str| crate::output::csv_view_text(s, false);
    let mut w = csv::Writer::from_writer(&mut *out);
    w.write_record(CSV_COLUMNS)?;
    for r in records {
        let mut row = vec![
            text(&r.name),
            r.default.to_string(),
            text(&r.plan),
            text(&r.support_option),
            text(&r.tier),
            r.timezone.clone(),
            r.at_risk.clone(),
            text(&r.business_hours),
            r.holidays.join(" "),
        ];
        for s in ["A", "B", "C"] {
            let t = &r.targets[s];
            row.extend([
                t.availability.to_string(),
                t.response.clone(),
                t.clock.to_string(),
            ]);
        }
        row.push(text(&r.admins.join(" ")));
        w.write_record(&row)?;
    }
    w.flush()?;
    Ok(())
}
