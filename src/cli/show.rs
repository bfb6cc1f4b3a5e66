//! `svcreq show ID`: one request with its whole history.

use super::{Ctx, Out, parse_id};
use crate::error::not_found;
use crate::output::{Format, RequestRecord, cell, inert_text, state_cell, table, utc};
use crate::time::format_local;
use chrono::{DateTime, Utc};
use clap::Args;
use serde::Serialize;
use std::io::Write;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The request id (or name it with --case)
    #[arg(value_parser = parse_id)]
    pub id: Option<i64>,
    #[command(flatten)]
    pub select: super::case::CaseSelect,
}

#[derive(Serialize)]
struct EventRecord {
    #[serde(serialize_with = "utc")]
    at: DateTime<Utc>,
    actor: String,
    kind: String,
    detail: String,
    /// What the event changed: for each field its old and new value (SPEC 7).
    data: Option<serde_json::Value>,
}

#[derive(Serialize)]
struct ShowRecord {
    #[serde(flatten)]
    request: RequestRecord,
    events: Vec<EventRecord>,
}

pub fn run(ctx: &Ctx, a: ShowArgs, out: &mut Out) -> anyhow::Result<u8> {
    let format = ctx.format("show", &[Format::Table, Format::Json])?;
    let which = a.select.which(a.id, ctx)?;
    let store = ctx.store_read()?.ok_or_else(|| which.not_found())?;
    let id = which.resolve(ctx, &store)?;
    let r = store.get(id)?.ok_or_else(|| not_found(id))?;
    super::lifecycle::hide_other_tenants(ctx, &r)?;
    // The request as it stood at --now (SPEC 6): not yet opened is not found.
    let r = store.as_of(r, ctx.now)?.ok_or_else(|| not_found(id))?;
    let mut events = store.events(id)?;
    events.retain(|e| e.at <= ctx.now);
    let rec = ctx.record(&r);
    if ctx.quiet {
        writeln!(out, "{}", r.id)?;
        return Ok(0);
    }
    if format == Format::Json {
        let events = events
            .into_iter()
            .map(|e| EventRecord {
                at: e.at,
                actor: e.actor,
                kind: e.kind,
                detail: e.detail,
                data: e.data.and_then(|d| serde_json::from_str(&d).ok()),
            })
            .collect();
        serde_json::to_writer_pretty(
            &mut *out,
            &ShowRecord {
                request: rec,
                events,
            },
        )?;
        writeln!(out)?;
        return Ok(0);
    }
    let tz = ctx.tz_of(&r);
    let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".into());
    let local =
        |t: Option<DateTime<Utc>>| t.map_or_else(|| "—".to_string(), |t| format_local(t, tz));
    let mut t = table(&["Field", "Value"], ctx.color);
    let rows: Vec<(&str, String)> = vec![
        ("id", r.id.to_string()),
        ("title", r.title.clone()),
        ("tenant", r.tenant.clone()),
        ("category", r.category.to_string()),
        ("service", r.service.map_or("—".into(), |s| s.to_string())),
        (
            "severity",
            r.severity.map_or("—".into(), |s| {
                format!("{s} ({})", r.severity_source.map_or("?", |s| s.as_str()))
            }),
        ),
        ("scope", r.scope.to_string()),
        ("plan / tier", format!("{} / {}", r.plan, r.tier)),
        ("channel", r.channel.to_string()),
        ("status", r.status.as_str().to_string()),
        (
            "opened",
            format!("{} by {}", local(Some(r.opened_at)), r.opened_by),
        ),
        (
            "response target",
            format!(
                "{} · {} clock · {}",
                r.response_target, r.response_clock, r.availability
            ),
        ),
        ("cycle started", local(Some(r.cycle_started_at))),
        (
            "response due",
            match r.case.target_started_at {
                Some(t) => format!(
                    "{} (re-targeted at {})",
                    local(r.response_due),
                    local(Some(t))
                ),
                None => local(r.response_due),
            },
        ),
        ("first response", local(r.first_response_at)),
        ("closed", local(r.closed_at)),
        ("reopened", format!("{} time(s)", r.reopen_count)),
        ("reopen deadline", local(rec.reopen_deadline)),
        ("case number", dash(&r.case.case_number)),
        (
            "contact",
            match (&r.case.contact, r.case.contact_method) {
                (Some(c), Some(m)) => format!("{c} ({m})"),
                (Some(c), None) => c.clone(),
                (None, Some(m)) => format!("— ({m})"),
                (None, None) => "—".into(),
            },
        ),
        (
            "available 24x7",
            if r.case.available_24x7 { "yes" } else { "no" }.into(),
        ),
        ("engineer", dash(&r.case.engineer)),
        ("owner", dash(&r.case.owner)),
        (
            "incidents",
            if r.case.incidents.is_empty() {
                "—".into()
            } else {
                r.case.incidents.join(", ")
            },
        ),
        ("resolution", dash(&r.case.resolution)),
    ];
    for (k, v) in rows {
        t.add_row(vec![k.into(), cell(&v)]);
    }
    t.add_row(vec![
        "SLA".into(),
        state_cell(rec.sla_state.as_str(), ctx.color),
    ]);
    if let Some(why) = ctx.explain_due(&r, r.cycle_started_at, r.severity) {
        t.add_row(vec!["due because".into(), cell(&why)]);
    }
    writeln!(out, "{}", crate::output::keep_words(&mut t))?;
    if !r.description.is_empty() {
        writeln!(out, "\n{}", inert_text(&r.description))?;
    }
    if let Some(tenant) = ctx.cfg.tenants.get(&r.tenant)
        && let Ok(current) = ctx.cfg.tier_of(tenant)
        && current.name != r.tier
    {
        writeln!(
            out,
            "\nnote: tenant '{}' is now in the {} tier; this request keeps the {} tier it was filed under",
            crate::output::inert_line(&r.tenant),
            current.name,
            r.tier
        )?;
    }
    let mut h = table(&["When (local)", "Actor", "Event", "Detail"], ctx.color);
    for e in &events {
        h.add_row(vec![
            format_local(e.at, tz).into(),
            cell(&e.actor),
            cell(&e.kind),
            cell(&e.detail),
        ]);
    }
    writeln!(out, "\nHistory\n{}", crate::output::keep_words(&mut h))?;
    Ok(0)
}
