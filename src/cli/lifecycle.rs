//! `respond`, `close` and `reopen`: the request lifecycle (SPEC 1.5, 1.6).

use super::case::CaseSelect;
use super::{Ctx, Out, input, parse_id};
use crate::error::not_found;
use crate::output::Format;
use crate::output::words;
use crate::rules::filing::{self, Close, Reopen, Respond};
use crate::rules::{ReopenVerdict, Severity, reopen_verdict};
use crate::store::Request;
use crate::time::format_local_long;
use crate::tr;
use chrono::{DateTime, Utc};
use clap::Args;
use serde::Serialize;
use std::io::Write;

#[derive(Debug, Args)]
pub struct RespondArgs {
    /// The request id (or name it with --case)
    #[arg(value_parser = parse_id)]
    pub id: Option<i64>,
    #[command(flatten)]
    pub select: CaseSelect,
    /// When Microsoft responded [default: now]
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// A note for the history
    #[arg(long, allow_hyphen_values = true)]
    pub note: Option<String>,
    /// Replace the time of this cycle's recorded response with --at (a correction)
    #[arg(long, requires = "at")]
    pub correct: bool,
}

#[derive(Debug, Args)]
pub struct CloseArgs {
    /// The request id (or name it with --case)
    #[arg(value_parser = parse_id)]
    pub id: Option<i64>,
    #[command(flatten)]
    pub select: CaseSelect,
    /// When it was closed [default: now]
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// How it was resolved
    #[arg(long, allow_hyphen_values = true)]
    pub resolution: Option<String>,
    /// Replace the time of the recorded close with --at (a correction)
    #[arg(long, requires = "at", conflicts_with = "resolution")]
    pub correct: bool,
}

#[derive(Debug, Args)]
pub struct ReopenArgs {
    /// The request id (or name it with --case)
    #[arg(value_parser = parse_id)]
    pub id: Option<i64>,
    #[command(flatten)]
    pub select: CaseSelect,
    /// Why it is reopened
    #[arg(long, allow_hyphen_values = true)]
    pub reason: Option<String>,
    /// A new severity for the new response cycle
    #[arg(long, value_parser = super::args::spec_enum::<Severity>())]
    pub severity: Option<Severity>,
    /// When it was reopened [default: now]
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// Only report whether it may be reopened, and until when (exit 0 eligible, 4 not)
    #[arg(long, conflicts_with_all = ["reason", "severity"])]
    pub check: bool,
}

/// An actor who is not an admin is refused (exit 4); another tenant's request answers as
/// one that does not exist (exit 5), so nothing leaks (SPEC 1.7); a request of a tenant the
/// actor serves but whose delegation has ended is refused (exit 4) naming the last day, as
/// `list --tenant` of that tenant is.
pub fn hide_other_tenants(ctx: &Ctx, r: &Request) -> anyhow::Result<()> {
    ctx.visible_tenants()?;
    if ctx.may_read(&r.tenant) {
        Ok(())
    } else if ctx.serves(&r.tenant) {
        ctx.judge_tenant(&r.tenant)
    } else {
        Err(not_found(r.id))
    }
}

fn print_result(
    ctx: &Ctx,
    command: &str,
    r: &Request,
    sentence: String,
    out: &mut Out,
) -> anyhow::Result<()> {
    if ctx.quiet {
        writeln!(out, "{}", r.id)?;
    } else if ctx.format(command, &[Format::Table, Format::Json])? == Format::Json {
        serde_json::to_writer_pretty(&mut *out, &ctx.record(r))?;
        writeln!(out)?;
    } else {
        writeln!(out, "{}", crate::output::sentence_out(sentence))?;
    }
    Ok(())
}

/// The confirmation of a correction (`key`: respond-corrected or close-corrected): the time
/// replaced and the time now recorded, both in full in the request's zone
/// (`2026-11-24 10:40:00 JST` → `2026-11-24 10:20:00 JST`), so the two read alike.
fn corrected(
    key: &str,
    id: i64,
    before: chrono::DateTime<chrono::Utc>,
    after: chrono::DateTime<chrono::Utc>,
    tz: crate::rules::zone::Zone,
    state: String,
) -> String {
    tr!(
        key,
        id = id.to_string(),
        from = format_local_long(before, tz),
        to = format_local_long(after, tz),
        state = state
    )
}

/// The history a correction replays its cycle's changes from (SPEC 7), oldest first;
/// nothing when the action is not a correction.
fn corrected_history(
    w: &crate::store::Write<'_>,
    id: i64,
    correct: bool,
) -> anyhow::Result<Vec<crate::store::Event>> {
    if !correct {
        return Ok(Vec::new());
    }
    Ok(w.events_with_ids(id)?.into_iter().map(|(_, e)| e).collect())
}

pub fn respond(ctx: &Ctx, a: RespondArgs, out: &mut Out) -> anyhow::Result<u8> {
    ctx.format("respond", &[Format::Table, Format::Json])?;
    let which = a.select.which(a.id, ctx)?;
    let mut store = ctx.store_write_existing()?;
    let r = store.write(|w| {
        let id = which.resolve_in(ctx, w)?;
        let r = w.get(id)?.ok_or_else(|| not_found(id))?;
        hide_other_tenants(ctx, &r)?;
        let at = ctx.action_time(&r, a.at.as_deref(), "--at")?;
        ctx.authorize(&r.tenant, at)?;
        let latest = w.latest_action(&r)?;
        let history = corrected_history(w, r.id, a.correct)?;
        let action = Respond {
            at,
            note: a.note.as_deref(),
            correct: a.correct,
            history: &history,
        };
        let d = filing::respond(
            &r,
            &action,
            &crate::rules::filing::Context {
                at_typed: a.at.as_deref(),
                ..ctx.context(&r, &latest)
            },
        )
        .map_err(super::refusal)?;
        let fit = super::transfer::RecordFit::before(ctx, w, r.id)?;
        if a.correct {
            w.save(&d.request, &d.event)?;
        } else {
            w.set_first_response(r.id, at, &d.event)?;
        }
        fit.check(ctx, w, r.id)?;
        Ok((r.first_response_at, d.request))
    })?;
    let (before, r) = r;
    let tz = ctx.tz_of(&r);
    let at = r.first_response_at.unwrap_or(ctx.now);
    let state = words::sla(ctx.sla_state(&r).as_str());
    let sentence = match before.filter(|_| a.correct) {
        Some(before) => corrected("respond-corrected", r.id, before, at, tz, state),
        None => tr!(
            "respond-done",
            id = r.id.to_string(),
            at = format_local_long(at, tz),
            state = state
        ),
    };
    print_result(ctx, "respond", &r, sentence, out)?;
    Ok(0)
}

pub fn close(ctx: &Ctx, a: CloseArgs, out: &mut Out) -> anyhow::Result<u8> {
    ctx.format("close", &[Format::Table, Format::Json])?;
    let which = a.select.which(a.id, ctx)?;
    if let Some(text) = a.resolution.as_deref().filter(|t| !crate::rules::blank(t)) {
        input::check_description(text)?;
    }
    let mut store = ctx.store_write_existing()?;
    let r = store.write(|w| {
        let id = which.resolve_in(ctx, w)?;
        let r = w.get(id)?.ok_or_else(|| not_found(id))?;
        hide_other_tenants(ctx, &r)?;
        let at = ctx.action_time(&r, a.at.as_deref(), "--at")?;
        ctx.authorize(&r.tenant, at)?;
        let latest = w.latest_action(&r)?;
        let history = corrected_history(w, r.id, a.correct)?;
        let action = Close {
            at,
            resolution: a.resolution.as_deref(),
            correct: a.correct,
            history: &history,
        };
        let d = filing::close(
            &r,
            &action,
            &crate::rules::filing::Context {
                at_typed: a.at.as_deref(),
                ..ctx.context(&r, &latest)
            },
        )
        .map_err(super::refusal)?;
        let fit = super::transfer::RecordFit::before(ctx, w, r.id)?;
        if a.correct {
            w.save(&d.request, &d.event)?;
        } else {
            w.close(r.id, at, d.request.case.resolution.as_deref(), &d.event)?;
        }
        fit.check(ctx, w, r.id)?;
        Ok((r.closed_at, d.request))
    })?;
    let (before, r) = r;
    let tz = ctx.tz_of(&r);
    let state = words::sla(ctx.sla_state(&r).as_str());
    let mut sentence = match (before.filter(|_| a.correct), r.closed_at) {
        (Some(before), Some(after)) => corrected("close-corrected", r.id, before, after, tz, state),
        _ => tr!("close-done", id = r.id.to_string(), state = state),
    };
    if let Some(d) = ctx.record(&r).reopen_deadline {
        sentence.push_str(&tr!(
            "close-reopen-until",
            deadline = format_local_long(d, tz)
        ));
    }
    print_result(ctx, "close", &r, sentence, out)?;
    Ok(0)
}

#[derive(Serialize)]
struct ReopenCheck {
    id: i64,
    eligible: bool,
    #[serde(serialize_with = "crate::output::utc_opt")]
    deadline: Option<DateTime<Utc>>,
    reason: Option<String>,
}

pub fn reopen(ctx: &Ctx, a: ReopenArgs, out: &mut Out) -> anyhow::Result<u8> {
    let format = ctx.format("reopen", &[Format::Table, Format::Json])?;
    // The window and who may act are judged at the action's time (SPEC 6).
    let verdict = |r: &Request, at: DateTime<Utc>| {
        reopen_verdict(
            r.closed_at,
            r.channel,
            at,
            ctx.cfg.rules.reopen_window,
            ctx.may_act(&r.tenant, at),
        )
    };
    let which = a.select.which(a.id, ctx)?;
    if a.check {
        let store = ctx.store_read()?.ok_or_else(|| which.not_found())?;
        let id = which.resolve(ctx, &store)?;
        // A check only reads: the request as it stood at --now (SPEC 6), as `show` reads it.
        let (r, _) = super::show::read_at_now(ctx, &store, id)?;
        let at = ctx.action_time(&r, a.at.as_deref(), "--at")?;
        let tz = ctx.tz_of(&r);
        let (eligible, deadline, reason) = match verdict(&r, at) {
            ReopenVerdict::Eligible { deadline } => (true, Some(deadline), None),
            ReopenVerdict::Refused(why) => {
                let deadline = ctx.record(&r).reopen_deadline;
                (
                    false,
                    deadline,
                    Some(why.explain(|t| format_local_long(t, tz))),
                )
            }
        };
        if ctx.quiet {
        } else if format == Format::Json {
            serde_json::to_writer_pretty(
                &mut *out,
                &ReopenCheck {
                    id: r.id,
                    eligible,
                    deadline,
                    reason,
                },
            )?;
            writeln!(out)?;
        } else if eligible {
            let d = deadline
                .map(|d| format_local_long(d, tz))
                .unwrap_or_default();
            writeln!(
                out,
                "{}",
                crate::output::line_out(&crate::i18n::error_sentence(tr!(
                    "reopen-check-eligible",
                    id = r.id.to_string(),
                    deadline = d
                )))
            )?;
        } else {
            writeln!(
                out,
                "{}",
                crate::output::line_out(&crate::i18n::error_sentence(tr!(
                    "reopen-check-refused",
                    id = r.id.to_string(),
                    reason = reason.unwrap_or_default()
                )))
            )?;
        }
        return Ok(if eligible {
            0
        } else {
            crate::error::EXIT_REFUSED
        });
    }
    let mut store = ctx.store_write_existing()?;
    let (r, warn) = store.write(|w| {
        let id = which.resolve_in(ctx, w)?;
        let r = w.get(id)?.ok_or_else(|| not_found(id))?;
        hide_other_tenants(ctx, &r)?;
        let at = ctx.action_time(&r, a.at.as_deref(), "--at")?;
        let latest = w.latest_action(&r)?;
        let action = Reopen {
            at,
            reason: a.reason.as_deref(),
            severity: a.severity,
            allowed: ctx.may_act(&r.tenant, at),
        };
        let d = filing::reopen(
            &r,
            &action,
            &crate::rules::filing::Context {
                at_typed: a.at.as_deref(),
                ..ctx.context(&r, &latest)
            },
        )
        .map_err(super::refusal)?;
        let fit = super::transfer::RecordFit::before(ctx, w, r.id)?;
        w.reopen(&r, &d.request, &d.event)?;
        fit.check(ctx, w, r.id)?;
        Ok((d.request, d.warn_24x7))
    })?;
    if warn {
        crate::output::note_err(crate::output::sentence_err(super::case::warn_24x7(
            super::case::RaisedBy::Reopen(r.id),
        )));
    }
    let tz = ctx.tz_of(&r);
    let due = match r.response_due {
        Some(d) => tr!(
            "open-due",
            due = format_local_long(d, tz),
            response = words::response_on(&r.response_target, r.response_clock == "business")
        ),
        None => tr!("no-due-sentence"),
    };
    let sentence = tr!(
        "reopen-done",
        id = r.id.to_string(),
        count = r.reopen_count,
        due = due
    );
    print_result(ctx, "reopen", &r, sentence, out)?;
    Ok(0)
}
