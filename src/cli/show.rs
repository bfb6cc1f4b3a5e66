//! `svcreq show ID`: one request with its whole history.

use super::{Ctx, Out, parse_id};
use crate::error::not_found;
use crate::output::words;
use crate::output::{Format, RequestRecord, cell, inert_text, state_cell, table, utc};
use crate::time::format_local;
use crate::tr;
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
    let none = words::none();
    let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| none.clone());
    let local = |t: Option<DateTime<Utc>>| t.map_or_else(|| none.clone(), |t| format_local(t, tz));
    let mut t = table(&[tr!("header-field"), tr!("header-value")], ctx.color);
    let rows: Vec<(String, String)> = vec![
        (tr!("field-id"), r.id.to_string()),
        (tr!("field-title"), r.title.clone()),
        (tr!("field-tenant"), r.tenant.clone()),
        (
            tr!("field-category"),
            words::name("category", r.category.as_str()),
        ),
        (
            tr!("field-service"),
            r.service.map_or(none.clone(), |s| s.to_string()),
        ),
        (
            tr!("field-severity"),
            r.severity.map_or(none.clone(), |s| {
                let source = r.severity_source.map_or("?", |s| s.as_str());
                tr!(
                    "show-severity-source",
                    severity = s.as_str(),
                    source = words::name("source", source)
                )
            }),
        ),
        (tr!("field-scope"), words::name("scope", r.scope.as_str())),
        (tr!("field-plan-tier"), format!("{} / {}", r.plan, r.tier)),
        (
            tr!("field-channel"),
            words::name("channel", r.channel.as_str()),
        ),
        (
            tr!("field-status"),
            words::name("status", r.status.as_str()),
        ),
        (
            tr!("field-opened"),
            tr!(
                "show-opened-by",
                at = local(Some(r.opened_at)),
                by = r.opened_by.clone()
            ),
        ),
        (
            tr!("field-response-target"),
            tr!(
                "show-response-target",
                target = words::response(&r.response_target),
                clock = words::name("clock", &r.response_clock),
                availability = words::name("availability", &r.availability)
            ),
        ),
        (tr!("field-cycle-started"), local(Some(r.cycle_started_at))),
        (
            tr!("field-response-due"),
            match r.case.target_started_at {
                Some(t) => tr!(
                    "show-due-retargeted",
                    due = local(r.response_due),
                    at = local(Some(t))
                ),
                None => local(r.response_due),
            },
        ),
        (tr!("field-first-response"), local(r.first_response_at)),
        (tr!("field-closed"), local(r.closed_at)),
        (
            tr!("field-reopened"),
            tr!("show-reopened-times", count = r.reopen_count),
        ),
        (tr!("field-reopen-deadline"), local(rec.reopen_deadline)),
        (tr!("field-case-number"), dash(&r.case.case_number)),
        (
            tr!("field-contact"),
            match (&r.case.contact, r.case.contact_method) {
                (Some(c), Some(m)) => format!("{c} ({})", words::name("contact", m.as_str())),
                (Some(c), None) => c.clone(),
                (None, Some(m)) => format!("{none} ({})", words::name("contact", m.as_str())),
                (None, None) => none.clone(),
            },
        ),
        (
            tr!("field-available-24x7"),
            words::yes_no(r.case.available_24x7),
        ),
        (tr!("field-engineer"), dash(&r.case.engineer)),
        (tr!("field-owner"), dash(&r.case.owner)),
        (
            tr!("field-incidents"),
            if r.case.incidents.is_empty() {
                none.clone()
            } else {
                r.case.incidents.join(", ")
            },
        ),
        (tr!("field-resolution"), dash(&r.case.resolution)),
    ];
    for (k, v) in rows {
        t.add_row(vec![k.into(), cell(&v)]);
    }
    t.add_row(vec![
        tr!("header-sla").into(),
        state_cell(rec.sla_state.as_str(), ctx.color),
    ]);
    if let Some(why) = ctx.explain_due(&r, r.cycle_started_at, r.severity) {
        t.add_row(vec![tr!("field-due-because").into(), cell(&why)]);
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
            "\n{}",
            tr!(
                "show-note-tier-changed",
                tenant = crate::output::inert_line(&r.tenant),
                current = current.name.clone(),
                filed = r.tier.clone()
            )
        )?;
    }
    let mut h = table(
        &[
            tr!("header-when-local"),
            tr!("header-actor"),
            tr!("header-event"),
            tr!("header-detail"),
        ],
        ctx.color,
    );
    for e in &events {
        h.add_row(vec![
            format_local(e.at, tz).into(),
            cell(&e.actor),
            cell(&words::name("event", &e.kind)),
            cell(&words::table_safe(&e.detail)),
        ]);
    }
    writeln!(
        out,
        "\n{}\n{}",
        tr!("show-history"),
        crate::output::keep_words(&mut h)
    )?;
    Ok(0)
}
