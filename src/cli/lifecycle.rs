//! `respond`, `close` and `reopen`: the request lifecycle (SPEC 1.5, 1.6).

use super::case::{CaseSelect, Changes};
use super::{Ctx, Out, input, parse_id, stored_target};
use crate::error::{not_found, refused, usage};
use crate::output::Format;
use crate::rules::history::check_representable;
use crate::rules::{Category, ReopenVerdict, Severity, reopen_verdict};
use crate::store::{Event, Request, Status};
use crate::time::{format_local, format_local_long, parse_time};
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
    #[arg(long)]
    pub check: bool,
}

fn time_arg(
    ctx: &Ctx,
    r: &Request,
    s: &Option<String>,
    flag: &str,
) -> anyhow::Result<DateTime<Utc>> {
    match s {
        Some(s) => parse_time(s, ctx.tz_of(r), flag).map_err(usage),
        None => Ok(ctx.now),
    }
}

/// An actor who is not an admin is refused (exit 4); another tenant's request answers as
/// one that does not exist (exit 5), so nothing leaks (SPEC 1.7).
pub fn hide_other_tenants(ctx: &Ctx, r: &Request) -> anyhow::Result<()> {
    ctx.visible_tenants()?;
    if ctx.may_read(&r.tenant) {
        Ok(())
    } else {
        Err(not_found(r.id))
    }
}

fn with_note(base: String, note: &Option<String>) -> String {
    match note {
        Some(n) if !n.is_empty() => format!("{base}: {n}"),
        _ => base,
    }
}

fn print_result(ctx: &Ctx, r: &Request, sentence: String, out: &mut Out) -> anyhow::Result<()> {
    if ctx.quiet {
        writeln!(out, "{}", r.id)?;
    } else if ctx.format("this command", &[Format::Table, Format::Json])? == Format::Json {
        serde_json::to_writer_pretty(&mut *out, &ctx.record(r))?;
        writeln!(out)?;
    } else {
        writeln!(out, "{sentence}")?;
    }
    Ok(())
}

pub fn respond(ctx: &Ctx, a: RespondArgs, out: &mut Out) -> anyhow::Result<u8> {
    ctx.format("respond", &[Format::Table, Format::Json])?;
    let which = a.select.which(a.id, ctx)?;
    let mut store = ctx.store_write_existing()?;
    let r = store.write(|w| {
        let id = which.resolve_in(ctx, w)?;
        let r = w.get(id)?.ok_or_else(|| not_found(id))?;
        hide_other_tenants(ctx, &r)?;
        let at = time_arg(ctx, &r, &a.at, "--at")?;
        ctx.authorize(&r.tenant, at)?;
        if a.correct {
            return correct_response(ctx, w, r, at, &a.note);
        }
        if let Some(prev) = r.first_response_at {
            return Err(usage(format!(
                "request {} already has a first response in this cycle, at {}; record Microsoft's later updates with `svcreq note {}`, or fix the time with --at TIME --correct",
                r.id,
                format_local(prev, ctx.tz_of(&r)),
                r.id
            )));
        }
        if let Some(c) = r.closed_at {
            return Err(usage(format!(
                "request {} was closed at {}; a response after closing cannot count — reopen it first",
                r.id,
                format_local(c, ctx.tz_of(&r))
            )));
        }
        super::case::check_action_time(ctx, w, &r, at, "a response")?;
        let updated = Request { first_response_at: Some(at), ..r };
        let state = ctx.sla_state(&updated);
        let detail = with_note(format!("first response · {state}"), &a.note);
        let mut changes = Changes::in_zone(ctx.tz_of(&updated));
        changes.time("first_response_at", None, Some(at));
        changes.text(a.note.as_deref());
        w.set_first_response(
            updated.id,
            at,
            &Event {
                data: changes.data(),
                ..Event::new(at, &ctx.actor, "responded", detail)
            },
        )?;
        Ok(updated)
    })?;
    let tz = ctx.tz_of(&r);
    let at = r.first_response_at.unwrap_or(ctx.now);
    let sentence = format!(
        "Recorded the first response to request {} at {}: {}",
        r.id,
        format_local(at, tz),
        ctx.sla_state(&r)
    );
    print_result(ctx, &r, sentence, out)?;
    Ok(0)
}

/// `respond --correct`: replace the time of the current cycle's response (SPEC 7).
fn correct_response(
    ctx: &Ctx,
    w: &crate::store::Write<'_>,
    r: Request,
    at: DateTime<Utc>,
    note: &Option<String>,
) -> anyhow::Result<Request> {
    let tz = ctx.tz_of(&r);
    let Some(prev) = r.first_response_at else {
        return Err(usage(format!(
            "request {} has no response in this cycle to correct; record it with `svcreq respond {} --at TIME`",
            r.id, r.id
        )));
    };
    if at > ctx.now {
        return Err(usage(format!(
            "--at {} is after now ({}); check the date",
            format_local_long(at, tz),
            format_local_long(ctx.now, tz)
        )));
    }
    if at < r.cycle_started_at {
        return Err(usage(format!(
            "--at {} is before the response cycle started ({}); a history is ordered",
            format_local_long(at, tz),
            format_local_long(r.cycle_started_at, tz)
        )));
    }
    if let Some(c) = r.closed_at.filter(|c| at > *c) {
        return Err(usage(format!(
            "--at {} is after the request was closed ({}); a history is ordered",
            format_local_long(at, tz),
            format_local_long(c, tz)
        )));
    }
    let updated = Request {
        first_response_at: Some(at),
        ..r.clone()
    };
    let mut changes = Changes::in_zone(ctx.tz_of(&r));
    changes.time("first_response_at", Some(prev), Some(at));
    let detail = with_note(
        format!(
            "corrected the first response: {} → {} · {}",
            format_local(prev, tz),
            format_local(at, tz),
            ctx.sla_state(&updated)
        ),
        note,
    );
    w.save(
        &updated,
        &Event {
            data: changes.data(),
            ..Event::new(ctx.now, &ctx.actor, "corrected", detail)
        },
    )?;
    Ok(updated)
}

pub fn close(ctx: &Ctx, a: CloseArgs, out: &mut Out) -> anyhow::Result<u8> {
    ctx.format("close", &[Format::Table, Format::Json])?;
    let which = a.select.which(a.id, ctx)?;
    let mut store = ctx.store_write_existing()?;
    let r = store.write(|w| {
        let id = which.resolve_in(ctx, w)?;
        let r = w.get(id)?.ok_or_else(|| not_found(id))?;
        hide_other_tenants(ctx, &r)?;
        let at = time_arg(ctx, &r, &a.at, "--at")?;
        ctx.authorize(&r.tenant, at)?;
        let tz = ctx.tz_of(&r);
        if a.correct {
            let Some(prev) = r.closed_at else {
                return Err(usage(format!(
                    "request {} is open; there is no close to correct",
                    r.id
                )));
            };
            if at > ctx.now {
                return Err(usage(format!(
                    "--at {} is after now ({}); check the date",
                    format_local_long(at, tz),
                    format_local_long(ctx.now, tz)
                )));
            }
            let floor = r.first_response_at.unwrap_or(r.cycle_started_at);
            if at < floor {
                return Err(usage(format!(
                    "--at {} is before the {} ({}); a history is ordered",
                    format_local_long(at, tz),
                    if r.first_response_at.is_some() {
                        "first response"
                    } else {
                        "cycle's start"
                    },
                    format_local_long(floor, tz)
                )));
            }
            let updated = Request {
                closed_at: Some(at),
                ..r.clone()
            };
            let mut changes = Changes::in_zone(ctx.tz_of(&r));
            changes.time("closed_at", Some(prev), Some(at));
            let detail = format!(
                "corrected the close: {} → {} · {}",
                format_local(prev, tz),
                format_local(at, tz),
                ctx.sla_state(&updated)
            );
            w.save(
                &updated,
                &Event {
                    data: changes.data(),
                    ..Event::new(ctx.now, &ctx.actor, "corrected", detail)
                },
            )?;
            return Ok(updated);
        }
        if r.status == Status::Closed {
            return Err(usage(format!("request {} is already closed", r.id)));
        }
        super::case::check_action_time(ctx, w, &r, at, "a close")?;
        // The reopen deadline is derived from the close: it must be representable too.
        if r.channel == crate::rules::Channel::Online {
            let deadline = crate::rules::reopen::reopen_deadline(at, ctx.cfg.rules.reopen_window);
            check_representable(deadline, "the reopen deadline of this close").map_err(usage)?;
        }
        let resolution = a.resolution.clone().filter(|s| !s.trim().is_empty());
        if let Some(text) = &resolution {
            input::check_description(text)?;
        }
        let updated = Request {
            status: Status::Closed,
            closed_at: Some(at),
            case: crate::store::Case {
                resolution: resolution.clone(),
                ..r.case.clone()
            },
            ..r.clone()
        };
        let detail = with_note(
            format!("closed · {}", ctx.sla_state(&updated)),
            &a.resolution,
        );
        let mut changes = Changes::in_zone(ctx.tz_of(&r));
        changes.field("status", &r.status.as_str(), &"closed");
        changes.time("closed_at", None, Some(at));
        changes.field("resolution", &None, &resolution);
        w.close(
            updated.id,
            at,
            resolution.as_deref(),
            &Event {
                data: changes.data(),
                ..Event::new(at, &ctx.actor, "closed", detail)
            },
        )?;
        Ok(updated)
    })?;
    let tz = ctx.tz_of(&r);
    let mut sentence = if a.correct {
        format!(
            "Corrected the close of request {}: {}",
            r.id,
            ctx.sla_state(&r)
        )
    } else {
        format!("Closed request {}: {}", r.id, ctx.sla_state(&r))
    };
    if let Some(d) = ctx.record(&r).reopen_deadline {
        sentence.push_str(&format!(
            " · may be reopened until {}",
            format_local_long(d, tz)
        ));
    }
    print_result(ctx, &r, sentence, out)?;
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
        let r = store.get(id)?.ok_or_else(|| not_found(id))?;
        hide_other_tenants(ctx, &r)?;
        let at = time_arg(ctx, &r, &a.at, "--at")?;
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
            writeln!(out, "Request {} may be reopened until {d}", r.id)?;
        } else {
            writeln!(
                out,
                "Request {} cannot be reopened: {}",
                r.id,
                reason.unwrap_or_default()
            )?;
        }
        return Ok(if eligible {
            0
        } else {
            crate::error::EXIT_REFUSED
        });
    }
    let mut store = ctx.store_write_existing()?;
    let r = store.write(|w| {
        let id = which.resolve_in(ctx, w)?;
        let r = w.get(id)?.ok_or_else(|| not_found(id))?;
        hide_other_tenants(ctx, &r)?;
        let tz = ctx.tz_of(&r);
        let at = time_arg(ctx, &r, &a.at, "--at")?;
        if let ReopenVerdict::Refused(why) = verdict(&r, at) {
            return Err(refused(format!(
                "cannot reopen request {}: {}",
                r.id,
                why.explain(|t| format_local_long(t, tz))
            )));
        }
        if a.severity.is_some() && r.category != crate::rules::Category::Technical {
            return Err(usage(format!(
                "--severity applies to technical requests only; {} requests have no severity",
                r.category
            )));
        }
        let severity = a.severity.or(r.severity);
        let changed = a.severity.is_some() && a.severity != r.severity;
        let target = if changed {
            ctx.cfg
                .rules
                .target(r.category, &r.tier, severity)
                .map_err(usage)?
        } else {
            // Same severity: the target the request was filed under.
            match stored_target(&r) {
                Some(t) => t,
                None => ctx
                    .cfg
                    .rules
                    .target(r.category, &r.tier, severity)
                    .map_err(usage)?,
            }
        };
        let hours = ctx.hours_of(&r);
        super::case::check_action_time(ctx, w, &r, at, "a reopen")?;
        if severity.is_some() && r.category != Category::Technical {
            return Err(usage(format!(
                "--severity applies to technical requests only; {} requests have no severity",
                r.category
            )));
        }
        let due = ctx.cfg.rules.due(&target, at, tz, hours);
        if let Some(d) = due {
            check_representable(d, "the new cycle's response due time").map_err(usage)?;
        }
        let new = Request {
            status: Status::Open,
            closed_at: None,
            reopen_count: r.reopen_count + 1,
            severity,
            severity_source: if changed {
                Some("manual".into())
            } else {
                r.severity_source.clone()
            },
            cycle_started_at: at,
            availability: target.availability.as_str().into(),
            response_target: target.response.to_string(),
            response_clock: target.clock.as_str().into(),
            response_due: due,
            first_response_at: None,
            case: crate::store::Case {
                resolution: None,
                target_started_at: None,
                ..r.case.clone()
            },
            ..r.clone()
        };
        let mut detail = format!("reopen #{} · new response cycle", new.reopen_count);
        if changed {
            detail.push_str(&format!(
                " · severity {} → {}",
                r.severity.map_or("—".into(), |s| s.to_string()),
                severity.map_or("—".into(), |s| s.to_string())
            ));
        }
        detail.push_str(&format!(" · {}", target.response));
        if let Some(d) = due {
            detail.push_str(&format!(" → due {}", format_local_long(d, tz)));
        }
        let detail = with_note(detail, &a.reason);
        let mut changes = Changes::in_zone(ctx.tz_of(&r));
        changes.field("status", &"closed", &"open");
        changes.field("reopen_count", &r.reopen_count, &new.reopen_count);
        changes.time(
            "cycle_started_at",
            Some(r.cycle_started_at),
            Some(new.cycle_started_at),
        );
        changes.field("severity", &r.severity, &new.severity);
        changes.field("severity_source", &r.severity_source, &new.severity_source);
        changes.field("response_target", &r.response_target, &new.response_target);
        changes.time("response_due", r.response_due, new.response_due);
        changes.text(a.reason.as_deref());
        w.reopen(
            &r,
            &new,
            &Event {
                data: changes.data(),
                ..Event::new(at, &ctx.actor, "reopened", detail)
            },
        )?;
        Ok(new)
    })?;
    let tz = ctx.tz_of(&r);
    let due = match r.response_due {
        Some(d) => format!("due {} ({})", format_local_long(d, tz), r.response_target),
        None => "no response commitment".into(),
    };
    let sentence = format!(
        "Reopened request {} (reopen #{}): new response cycle, {due}",
        r.id, r.reopen_count
    );
    print_result(ctx, &r, sentence, out)?;
    Ok(0)
}
