//! `svcreq show ID`: one request with its whole history.

use super::{Ctx, Out, parse_id};
use crate::error::not_found;
use crate::output::words;
use crate::output::{Format, RequestRecord, cell, inert_text, state_cell, table, utc};
use crate::rules::record::Event;
use crate::store::Request;
use crate::store::Store;
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

/// Request `id` as a read command sees it (SPEC 6, `--now T` a point in time), with its
/// whole history (oldest first): found, shown only to an actor who may see its tenant, now
/// and at `--now`,
/// its history checked as every reader checks it, and rebuilt as it stood at `--now`
/// (a response, close, reopen or change recorded after it not yet happened). A request
/// opened after `--now` does not exist yet: exit 5, as a missing one. Every command or
/// mode that only reads one request (`show`, `reopen --check`) reads it here.
pub fn read_at_now(ctx: &Ctx, store: &Store, id: i64) -> anyhow::Result<(Request, Vec<Event>)> {
    // An actor who may read nothing (not an admin, its delegation ended) is refused for who
    // it is before the request is looked up (SPEC 1.7).
    ctx.visible_tenants()?;
    let (r, events) = store.get_with_events(id)?.ok_or_else(|| not_found(id))?;
    super::lifecycle::hide_other_tenants(ctx, &r)?;
    store.check_history(&r, &store.past_cycles_of(&r)?, Some(&events))?;
    let r = store
        .as_of_with(r, ctx.now, &events)?
        .ok_or_else(|| not_found(id))?;
    // At `--now` it may have stood in another tenant (moved since): it is shown only to an
    // actor who may see that one too, as every listing at that instant lists it (SPEC 1.7).
    super::lifecycle::hide_other_tenants(ctx, &r)?;
    Ok((r, events))
}

pub fn run(ctx: &Ctx, a: ShowArgs, out: &mut Out) -> anyhow::Result<u8> {
    let format = ctx.format("show", &[Format::Table, Format::Json])?;
    let which = a.select.which(a.id, ctx)?;
    let store = ctx.store_read()?.ok_or_else(|| which.not_found())?;
    let id = which.resolve(ctx, &store)?;
    let (r, mut events) = read_at_now(ctx, &store, id)?;
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
    let mut t = table(&[tr!("header-field"), tr!("header-value")], ctx.color);
    for (k, v) in rec.field_rows(tz) {
        t.add_row(vec![cell(&k), cell(&words::redacted(&v))]);
    }
    t.add_row(vec![
        cell(&tr!("header-sla")),
        state_cell(rec.sla_state.as_str(), ctx.color),
    ]);
    if let Some(why) = ctx.explain_current_due(&r, &events) {
        t.add_row(vec![
            cell(&tr!("field-due-because")),
            cell(&crate::i18n::last_sentence(why)),
        ]);
    }
    writeln!(out, "{}", crate::output::keep_words(&mut t))?;
    if !r.description.is_empty() {
        writeln!(
            out,
            "\n{}\n{}",
            tr!("show-description"),
            inert_text(&words::redacted(&r.description))
        )?;
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
                current = words::name("tier", &current.name),
                filed = words::name("tier", &r.tier)
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
    // The text the request was classified from, as `open` joined it: reasons quote it.
    let text = if r.description.is_empty() {
        r.title.clone()
    } else {
        format!("{}\n{}", r.title, r.description)
    };
    // The response clock around each event: the request's clock now, undone back through
    // the clock changes the events recorded (their data's `response_clock`).
    let mut clocks = vec![super::history::Clocks::default(); events.len()];
    let mut clock = r.response_clock == "business";
    for (i, e) in events.iter().enumerate().rev() {
        let before = e
            .data
            .as_deref()
            .and_then(|d| serde_json::from_str::<serde_json::Value>(d).ok())
            .and_then(|d| {
                d.get("response_clock")?
                    .get("old")?
                    .as_str()
                    .map(str::to_string)
            });
        clocks[i] = super::history::Clocks {
            before: before.as_deref().map_or(clock, |c| c == "business"),
            after: clock,
        };
        clock = clocks[i].before;
    }
    for (e, clocks) in events.iter().zip(clocks) {
        h.add_row(vec![
            cell(&format_local(e.at, tz)),
            cell(&e.actor),
            cell(&event_name(e)),
            cell(&words::redacted(&words::table_safe(
                &super::history::detail_on(
                    crate::i18n::lang(),
                    &e.kind,
                    &e.detail,
                    Some(&text),
                    clocks,
                ),
            ))),
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

/// A history row's event name in the reader's language: a note says whose it is
/// (`Microsoft からのメモ`, `管理者のメモ`), as `note` said when it was added (SPEC 7).
fn event_name(e: &crate::store::Event) -> String {
    let from = (e.kind == "note")
        .then_some(e.data.as_deref())
        .flatten()
        .and_then(|d| serde_json::from_str::<serde_json::Value>(d).ok())
        .and_then(|d| d.get("from")?.as_str().map(str::to_string));
    match from {
        Some(from) => words::name("event", &format!("note-{from}")),
        None => words::name("event", &e.kind),
    }
}
