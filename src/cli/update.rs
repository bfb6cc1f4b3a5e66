//! `svcreq update`, `svcreq note` and `svcreq redact`: the case as it unfolds (SPEC 7).
//! Every change is one event with the actor and, for each field, its old and new value.

use super::args::spec_enum;
use super::case::{CaseSelect, Which, check_unique, text};
use super::{Ctx, Out, input, parse_id};
use crate::error::{not_found, refused, usage};
use crate::output::Format;
use crate::output::words;
use crate::rules::filing::{self, Move, Note, SeveritySource, Update};
use crate::rules::{Category, ContactMethod, NoteFrom, Service, Severity};
use crate::store::{Event, NOTE, Request};
use crate::time::format_local_long;
use crate::tr;
use clap::{Args, ValueEnum};
use std::io::Write as _;
use std::path::PathBuf;

/// Who assigned a severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SetBy {
    // Microsoft rated the case (severity_source = microsoft); said in the option's help.
    Microsoft,
    // The admin chose it (severity_source = manual).
    Admin,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The request id (or name it with --case)
    #[arg(value_parser = parse_id)]
    pub id: Option<i64>,
    /// Name the request by Microsoft's case number instead of its ID
    #[arg(long = "case", value_name = "CASE", value_parser = super::case::parse_case_number)]
    pub case: Option<String>,
    /// With --case: the tenant that has the case number (a comma-separated list looks in
    /// each); with an ID: move the request to this tenant (a correction: its unanswered cycle
    /// is re-targeted)
    #[arg(long, value_name = "TENANT", value_parser = crate::cli::input::parse_name)]
    pub tenant: Option<String>,
    /// A new title
    #[arg(long, allow_hyphen_values = true)]
    pub title: Option<String>,
    /// A new description
    #[arg(long, conflicts_with = "description_file", allow_hyphen_values = true)]
    pub description: Option<String>,
    /// Read the new description from a file (- reads stdin)
    #[arg(long, value_name = "FILE")]
    pub description_file: Option<PathBuf>,
    /// The service concerned
    #[arg(long, value_parser = spec_enum::<Service>())]
    pub service: Option<Service>,
    /// Microsoft's service request number
    #[arg(long, value_name = "CASE", value_parser = super::case::parse_case_number)]
    pub case_number: Option<String>,
    /// Who Microsoft should contact ("" clears it)
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub contact: Option<String>,
    /// How to contact them
    #[arg(long, value_name = "METHOD", value_parser = spec_enum::<ContactMethod>())]
    pub contact_method: Option<ContactMethod>,
    /// Whether the customer stays reachable around the clock
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, value_parser = super::args::Folded(clap::builder::BoolValueParser::new()))]
    pub available_24x7: Option<bool>,
    /// Microsoft's support engineer ("" clears it)
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub engineer: Option<String>,
    /// The admin working the case ("" clears it)
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub owner: Option<String>,
    /// Link a service-health incident (EX123456); may be repeated
    #[arg(long, value_name = "ID", value_parser = super::case::parse_incident)]
    pub incident: Vec<String>,
    /// Unlink a service-health incident; may be repeated
    #[arg(long, value_name = "ID", value_parser = super::case::parse_incident)]
    pub remove_incident: Vec<String>,
    /// A new severity (technical requests): re-targets an unanswered cycle from --at
    #[arg(long, value_parser = spec_enum::<Severity>())]
    pub severity: Option<Severity>,
    /// Why the severity changed
    #[arg(long, requires = "severity", allow_hyphen_values = true)]
    pub reason: Option<String>,
    /// Who assigned the severity: microsoft (Microsoft rated the case) or admin (the admin chose it) [default: admin]
    #[arg(long, value_enum, value_parser = super::args::value_enum::<SetBy>(), requires = "severity")]
    pub by: Option<SetBy>,
    /// A corrected category (a correction: its unanswered cycle is re-targeted)
    #[arg(long, value_parser = spec_enum::<Category>())]
    pub category: Option<Category>,
    /// When the change happened [default: now]
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct NoteArgs {
    /// ID and TEXT; with --case, TEXT alone (- reads stdin)
    #[arg(value_names = ["ID", "TEXT"], num_args = 0..=2)]
    pub args: Vec<String>,
    #[command(flatten)]
    pub select: CaseSelect,
    /// Read the note from a file (- reads stdin)
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Who wrote it: Microsoft's update or the admin's own reply
    #[arg(long, value_parser = spec_enum::<NoteFrom>(), default_value = "microsoft")]
    pub from: NoteFrom,
    /// When it was written [default: now]
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct RedactArgs {
    /// The request id (or name it with --case)
    #[arg(value_parser = parse_id)]
    pub id: Option<i64>,
    #[command(flatten)]
    pub select: CaseSelect,
    /// The contact
    #[arg(long)]
    pub contact: bool,
    /// Every note
    #[arg(long)]
    pub notes: bool,
    /// The description
    #[arg(long)]
    pub description: bool,
    /// The resolution, of every cycle
    #[arg(long)]
    pub resolution: bool,
    /// Every field of personal data: contact, engineer, owner, notes, description, resolution
    #[arg(long)]
    pub all: bool,
}

/// What redacted text reads as.
pub const REDACTED: &str = "[redacted]";

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

impl UpdateArgs {
    /// With `--case`, the tenants `--tenant` names to look for the case number in (a
    /// comma-separated list, as everywhere `--tenant` is given); none without `--case`.
    pub fn case_tenants(&self) -> Vec<String> {
        match (&self.case, &self.tenant) {
            (Some(_), Some(t)) => t.split(',').map(str::to_string).collect(),
            _ => Vec::new(),
        }
    }
}

/// `svcreq update` (SPEC 7): change the case record, severity, category or tenant as one
/// event at `--at` (default now; SPEC 6: not after now, not before the latest action).
pub fn update(ctx: &Ctx, a: UpdateArgs, out: &mut Out) -> anyhow::Result<u8> {
    ctx.format("update", &[Format::Table, Format::Json])?;
    let which = match (a.id, &a.case) {
        (Some(_), Some(_)) => {
            return Err(usage(tr!("error-id-and-case")));
        }
        (None, None) => return Err(usage(tr!("error-name-the-request"))),
        (id, case) => Which {
            id,
            case: case.clone(),
            tenants: a.case_tenants(),
        },
    };
    let move_to = if a.case.is_none() {
        a.tenant.clone()
    } else {
        None
    };
    if let Some(t) = &a.title {
        input::check_title(t)?;
    }
    let description = match (&a.description, &a.description_file) {
        (Some(d), _) => {
            input::check_description(d)?;
            Some(d.clone())
        }
        (None, Some(p)) => Some(input::read_text(
            p,
            input::DESCRIPTION_CAP,
            "--description-file",
        )?),
        (None, None) => None,
    }
    .map(input::shown_or_none);
    // The short texts: checked for size here; blank clears the field.
    let contact = text(&a.contact, "--contact")?;
    let engineer = text(&a.engineer, "--engineer")?;
    let owner = text(&a.owner, "--owner")?;
    let mut store = ctx.store_write_existing()?;
    let (r, warn, data) = store.write(|w| {
        let id = which.resolve_in(ctx, w)?;
        let old = w.get(id)?.ok_or_else(|| not_found(id))?;
        super::lifecycle::hide_other_tenants(ctx, &old)?;
        let at = ctx.action_time(&old, a.at.as_deref(), "--at")?;
        ctx.authorize(&old.tenant, at)?;
        let moved = match &move_to {
            Some(t) => {
                let tenant = ctx.tenant(Some(t))?;
                ctx.authorize(&tenant.name, at)?;
                let tier = ctx
                    .cfg
                    .rules
                    .tier_for(&tenant.plan, &tenant.support_option)
                    .map_err(usage)?;
                Some((tenant, tier))
            }
            None => None,
        };
        let latest = w.latest_action(&old)?;
        let action = Update {
            at,
            title: a.title.as_deref(),
            description: description.as_deref(),
            service: a.service,
            case_number: a.case_number.as_deref(),
            contact: a.contact.as_ref().map(|_| contact.as_deref()),
            contact_method: a.contact_method,
            available_24x7: a.available_24x7,
            engineer: a.engineer.as_ref().map(|_| engineer.as_deref()),
            owner: a.owner.as_ref().map(|_| owner.as_deref()),
            link: &a.incident,
            unlink: &a.remove_incident,
            severity: a.severity,
            by: a.by.map(|b| match b {
                SetBy::Microsoft => SeveritySource::Microsoft,
                SetBy::Admin => SeveritySource::Manual,
            }),
            reason: a.reason.as_deref(),
            category: a.category,
            move_to: moved.map(|(tenant, tier)| Move {
                tenant: &tenant.name,
                plan: &tenant.plan,
                tier: &tier.name,
                zone: tenant.timezone,
                hours: &tenant.business_hours,
            }),
        };
        let d = filing::update(
            &old,
            &action,
            &filing::Context {
                at_typed: a.at.as_deref(),
                ..ctx.context(&old, &latest)
            },
        )
        .map_err(super::refusal)?;
        check_unique(
            w,
            d.request.case.case_number.as_deref(),
            &d.request.tenant,
            d.request.id,
        )?;
        let fit = super::transfer::RecordFit::before(ctx, w, d.request.id)?;
        w.save(&d.request, &d.event)?;
        fit.check(ctx, w, d.request.id)?;
        Ok((d.request, d.warn_24x7, d.event.data))
    })?;
    if warn {
        crate::output::note_err(crate::output::sentence_err(super::case::warn_24x7(
            super::case::RaisedBy::Update,
        )));
    }
    let sentence = confirmation(ctx, &r, data.as_deref());
    print_result(ctx, "update", &r, sentence, out)?;
    Ok(0)
}

/// The fields an update's event data (SPEC 7) names, in its order.
fn data_fields(data: Option<&str>) -> Vec<String> {
    data.and_then(|d| serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(d).ok())
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

/// The fields of `recorded` (an update's event data) as the user named them: the target's
/// parts that follow from a severity, category or tenant are left out.
fn changed_fields(recorded: &[String]) -> Vec<String> {
    const DERIVED: [&str; 8] = [
        "plan",
        "tier",
        "timezone",
        "availability",
        "response_target",
        "response_clock",
        "response_due",
        "target_started_at",
    ];
    let severity = recorded.iter().any(|k| k == "severity");
    recorded
        .iter()
        .filter(|k| !DERIVED.contains(&k.as_str()))
        .filter(|k| !(severity && k.as_str() == "severity_source"))
        .cloned()
        .collect()
}

/// An update's confirmation (SPEC 7): the fields it changed, then, when the change moved
/// the target (severity, category, tenant, due time), the severity, due time and SLA state.
///
/// A sentence never names a field and then its label again (SPEC 10): a new severity is
/// said with its value (`重大度を B に変更しました`), and the parenthesis then leaves it out.
fn confirmation(ctx: &Ctx, r: &Request, data: Option<&str>) -> String {
    let recorded = data_fields(data);
    let changed = changed_fields(&recorded);
    // The severity said with its value, when this update set one.
    let new_severity = r
        .severity
        .filter(|_| changed.iter().any(|c| c == "severity"));
    // Only the severity's source changed: it is named among the fields changed, and the
    // sentence then says its new value and that the severity stays.
    let kept = r
        .severity
        .filter(|_| new_severity.is_none() && changed.iter().any(|c| c == "severity_source"))
        .map(|s| {
            tr!(
                "update-severity-kept",
                severity = s.as_str(),
                source = words::name("source", r.severity_source.map_or("?", |s| s.as_str()))
            )
        });
    let fields: Vec<String> = FIELD_ORDER
        .iter()
        .filter(|f| changed.iter().any(|c| c == *f))
        .filter(|f| new_severity.is_none() || **f != "severity")
        .map(|f| words::name("field", f))
        .collect();
    let id = r.id.to_string();
    let done = match new_severity {
        Some(s) if fields.is_empty() => {
            tr!("update-done-severity", id = id, severity = s.as_str())
        }
        Some(s) => tr!(
            "update-done-and-severity",
            id = id,
            fields = crate::i18n::between_words(crate::i18n::nouns(&fields)),
            severity = s.as_str()
        ),
        None => tr!(
            "update-done",
            id = id,
            fields = crate::i18n::between_words(crate::i18n::nouns(&fields))
        ),
    };
    let done = match kept {
        Some(kept) => tr!("update-with-kept", done = done, kept = kept),
        None => done,
    };
    let retargeted = recorded
        .iter()
        .any(|k| ["severity", "category", "tenant", "response_due"].contains(&k.as_str()));
    if !retargeted {
        return done;
    }
    let tz = ctx.tz_of(r);
    let due = match r.response_due {
        Some(d) => tr!("update-due", due = format_local_long(d, tz)),
        None => tr!("no-due-sentence"),
    };
    if new_severity.is_some() {
        return tr!(
            "update-retargeted-severity-said",
            done = done,
            due = due,
            state = words::sla(ctx.sla_state(r).as_str())
        );
    }
    let sev = r.severity.map_or_else(
        || {
            tr!(
                "request-category",
                category = words::name("category", r.category.as_str())
            )
        },
        |s| tr!("classify-severity", severity = s.as_str()),
    );
    tr!(
        "update-retargeted",
        done = done,
        severity = sev,
        due = due,
        state = words::sla(ctx.sla_state(r).as_str())
    )
}

/// The order an update's confirmation names the fields in: the order of `update`'s options.
const FIELD_ORDER: [&str; 14] = [
    "tenant",
    "category",
    "severity",
    "severity_source",
    "title",
    "description",
    "service",
    "case_number",
    "contact",
    "contact_method",
    "available_24x7",
    "engineer",
    "owner",
    "incidents",
];

/// `svcreq note` (SPEC 7): add Microsoft's update or the admin's reply to the timeline; it
/// does not stop the response clock.
pub fn note(ctx: &Ctx, a: NoteArgs, out: &mut Out) -> anyhow::Result<u8> {
    ctx.format("note", &[Format::Table, Format::Json])?;
    let mut args = a.args.iter();
    let id = if a.select.case.is_some() {
        None
    } else {
        let first = args
            .next()
            .ok_or_else(|| usage(tr!("note-name-the-request")))?;
        Some(parse_id(first).map_err(usage)?)
    };
    let inline = args.next();
    if args.next().is_some() {
        return Err(usage(tr!("note-too-many-arguments")));
    }
    let which = a.select.which(id, ctx)?;
    let body = match (inline, &a.file) {
        (Some(_), Some(_)) => {
            return Err(usage(tr!("note-text-and-file")));
        }
        (Some(t), None) if t == "-" => input::read_text(
            std::path::Path::new("-"),
            input::DESCRIPTION_CAP,
            &tr!("note-what"),
        )?,
        (Some(t), None) => {
            input::check_description(t)?;
            t.clone()
        }
        (None, Some(p)) => input::read_text(p, input::DESCRIPTION_CAP, "--file")?,
        (None, None) => return Err(usage(tr!("note-no-text"))),
    };
    // A file or stdin ends with a line break that is not part of the note.
    let body = body.trim_end_matches(['\n', '\r']).to_string();
    if crate::rules::blank(&body) {
        return Err(crate::error::usage_of_option(tr!("error-note-empty")));
    }
    let mut store = ctx.store_write_existing()?;
    let r = store.write(|w| {
        let id = which.resolve_in(ctx, w)?;
        let r = w.get(id)?.ok_or_else(|| not_found(id))?;
        super::lifecycle::hide_other_tenants(ctx, &r)?;
        let at = ctx.action_time(&r, a.at.as_deref(), "--at")?;
        ctx.authorize(&r.tenant, at)?;
        let latest = w.latest_action(&r)?;
        let action = Note {
            at,
            from: a.from,
            body: &body,
        };
        let d = filing::note(
            &r,
            &action,
            &filing::Context {
                at_typed: a.at.as_deref(),
                ..ctx.context(&r, &latest)
            },
        )
        .map_err(super::refusal)?;
        let fit = super::transfer::RecordFit::before(ctx, w, r.id)?;
        w.event(r.id, &d.event)?;
        fit.check(ctx, w, r.id)?;
        Ok(d.request)
    })?;
    let sentence = tr!(
        "note-done",
        from = words::name("from", a.from.as_str()),
        id = r.id.to_string()
    );
    print_result(ctx, "note", &r, sentence, out)?;
    Ok(0)
}

/// Take out the values of `fields` in an event's JSON data (`{"field": {"old": .., "new":
/// ..}}`) as secrets, each replaced with [`REDACTED`]. Returns the data as it becomes, if
/// anything changed.
fn redact_data(data: &str, fields: &[&str], secrets: &mut Vec<String>) -> Option<String> {
    let mut v: serde_json::Value = serde_json::from_str(data).ok()?;
    let mut changed = false;
    for f in fields {
        if let Some(change) = v.get_mut(*f).and_then(|c| c.as_object_mut()) {
            for side in ["old", "new"] {
                if let Some(serde_json::Value::String(s)) = change.get(side)
                    && s != REDACTED
                {
                    secrets.push(s.clone());
                    change.insert(side.into(), REDACTED.into());
                    changed = true;
                }
            }
        }
    }
    changed.then(|| v.to_string())
}

/// `text` with every secret in it replaced with [`REDACTED`], the longest secret first, so a
/// note that quotes the contact goes whole rather than leaving what surrounds the contact.
/// `secrets` is sorted longest first and holds no empty string ([`secrets_in_order`]).
/// A secret is replaced where it stands as a word of its own: not where a letter or digit
/// (ASCII) runs on from its first or last one, so a contact "e" or a resolution "close"
/// leaves "severity" and "closed" as svcreq wrote them; Japanese has no such edge.
fn without_secrets(text: &str, secrets: &[String]) -> String {
    let mut out = text.to_string();
    for s in secrets {
        if out.contains(s.as_str()) {
            out = replace_words(&out, s);
        }
    }
    out
}

/// `text` with each occurrence of `secret` that stands as a word ([`without_secrets`])
/// replaced with [`REDACTED`].
fn replace_words(text: &str, secret: &str) -> String {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let (first, last) = (secret.chars().next(), secret.chars().next_back());
    let mut out = String::with_capacity(text.len());
    let mut rest = 0;
    for (i, _) in text.match_indices(secret) {
        if i < rest {
            continue;
        }
        let before = text[..i].chars().next_back();
        let after = text[i + secret.len()..].chars().next();
        if (word(before) && word(first)) || (word(after) && word(last)) {
            continue;
        }
        out.push_str(&text[rest..i]);
        out.push_str(REDACTED);
        rest = i + secret.len();
    }
    out.push_str(&text[rest..]);
    out
}

/// An event's data with the secrets replaced ([`without_secrets`]) in the changes of the
/// fields people write (title, description, contact, resolution, a note's text, engineer,
/// owner, case number, incidents) and nowhere else: a status, severity, tenant or time
/// names no one, and a secret that happens to be part of one ("d", "Z") would leave a
/// value svcreq cannot read back, or a correction's old time its history does not record.
fn json_without_secrets(v: &mut serde_json::Value, secrets: &[String]) {
    const WRITTEN: &[&str] = &[
        "title",
        "description",
        "contact",
        "resolution",
        "text",
        "engineer",
        "owner",
        "case_number",
        "incidents",
    ];
    if let serde_json::Value::Object(o) = v {
        o.iter_mut()
            .filter(|(k, _)| WRITTEN.contains(&k.as_str()))
            .for_each(|(_, v)| strings_without_secrets(v, secrets));
    }
}

/// Every string inside a JSON value, with the secrets replaced ([`without_secrets`]).
fn strings_without_secrets(v: &mut serde_json::Value, secrets: &[String]) {
    match v {
        serde_json::Value::String(s) => *s = without_secrets(s, secrets),
        serde_json::Value::Array(a) => a
            .iter_mut()
            .for_each(|v| strings_without_secrets(v, secrets)),
        serde_json::Value::Object(o) => o
            .values_mut()
            .for_each(|v| strings_without_secrets(v, secrets)),
        _ => {}
    }
}

/// The secrets to replace: distinct, none empty, the longest first.
fn secrets_in_order(mut secrets: Vec<String>) -> Vec<String> {
    secrets.retain(|s| !s.is_empty() && s != REDACTED);
    secrets.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    secrets.dedup();
    secrets
}

/// `svcreq redact` (SPEC 7): replace personal data with `[redacted]` in the request and
/// every event of its history, recording who redacted what and when. What is redacted is
/// gone from the whole record: every value the field ever had, wherever the record holds
/// it (the request's text, every event's detail and data, the resolutions of earlier
/// cycles, the search text).
pub fn redact(ctx: &Ctx, a: RedactArgs, out: &mut Out) -> anyhow::Result<u8> {
    ctx.format("redact", &[Format::Table, Format::Json])?;
    let which = a.select.which(a.id, ctx)?;
    let contact = a.contact || a.all;
    let notes = a.notes || a.all;
    let description = a.description || a.all;
    let resolution = a.resolution || a.all;
    if !(contact || notes || description || resolution) {
        return Err(usage(tr!("redact-nothing")));
    }
    let mut store = ctx.store_write_existing()?;
    let r = store.write(|w| {
        let id = which.resolve_in(ctx, w)?;
        let old = w.get(id)?.ok_or_else(|| not_found(id))?;
        super::lifecycle::hide_other_tenants(ctx, &old)?;
        // A redaction is an action like any other: not before the latest one (SPEC 6).
        let at = ctx.action_now();
        ctx.authorize(&old.tenant, at)?;
        let latest = w.latest_action(&old)?;
        crate::rules::history::check_ordered(
            at,
            &latest,
            ("--now", None),
            &crate::i18n::text("doing-redact", None),
            |t| crate::time::format_local(t, ctx.tz_of(&old)),
        )
        .map_err(usage)?;
        // Redacting rewrites the history, which on a team ledger is append-only for every
        // role but the one owning its tables (SPEC 8).
        if ctx.team_confined {
            return Err(refused(tr!(
                "redact-team-owner-only",
                actor = crate::output::inert_line(&ctx.actor).into_owned()
            )));
        }
        let mut new = old.clone();
        let mut fields: Vec<&str> = Vec::new();
        let mut secrets: Vec<String> = Vec::new();
        // The fields that name or reach a person (SPEC 7): the contact, and with --all the
        // engineer and the owner. A field never given stays empty: the history keeps its
        // shape.
        let people: [(&str, bool, &mut Option<String>); 3] = [
            ("contact", contact, &mut new.case.contact),
            ("engineer", a.all, &mut new.case.engineer),
            ("owner", a.all, &mut new.case.owner),
        ];
        for (name, asked, value) in people {
            if !asked {
                continue;
            }
            fields.push(name);
            if let Some(v) = value.as_mut().filter(|v| *v != REDACTED) {
                secrets.push(std::mem::replace(v, REDACTED.into()));
            }
        }
        if description {
            fields.push("description");
            if !old.description.is_empty() && old.description != REDACTED {
                secrets.push(old.description.clone());
                new.description = REDACTED.into();
            }
        }
        if resolution {
            fields.push("resolution");
            if let Some(r) = new.case.resolution.replace(REDACTED.into()) {
                secrets.push(r);
            } else {
                new.case.resolution = None;
            }
            secrets.extend(w.past_cycles(id)?.into_iter().filter_map(|c| c.resolution));
        }
        // First every value the history holds of what is redacted, then every event
        // without any of them: a value said in a later event goes from earlier ones too.
        let events = w.events_with_ids(id)?;
        let mut rewritten = Vec::with_capacity(events.len());
        for (event_id, e) in events {
            let mut detail = e.detail.clone();
            let mut data = e.data.clone();
            if let Some(d) = &e.data
                && let Some(d) = redact_data(d, &fields, &mut secrets)
            {
                data = Some(d);
            }
            if notes && e.kind == NOTE {
                secrets.push(std::mem::replace(&mut detail, REDACTED.into()));
            }
            // A response note or reopen reason is a note too (kept as data.text).
            if notes
                && e.kind != NOTE
                && let Some(d) = &data
                && let Ok(mut v) = serde_json::from_str::<serde_json::Value>(d)
                && let Some(t) = v.get("text").and_then(|t| t.as_str()).map(str::to_string)
                && t != REDACTED
            {
                secrets.push(t);
                v["text"] = REDACTED.into();
                data = Some(v.to_string());
            }
            // The reason of an update, a severity change or a correction is a note too: it
            // ends the stored (English) detail after `history-reason`'s lead.
            if notes && e.kind != NOTE {
                let lead = crate::tr!(in crate::i18n::Lang::En; "history-reason", reason = "");
                if let Some(i) = detail.find(lead.as_str()).filter(|_| !lead.is_empty()) {
                    let reason = detail[i + lead.len()..].to_string();
                    if !reason.is_empty() && reason != REDACTED {
                        detail = format!("{}{lead}{REDACTED}", &detail[..i]);
                        secrets.push(reason);
                    }
                }
            }
            rewritten.push((event_id, e, detail, data));
        }
        let secrets = secrets_in_order(secrets);
        for (event_id, e, detail, data) in rewritten {
            let detail = without_secrets(&detail, &secrets);
            // A note's data says only who wrote it (`{"from": "admin"}`), no one's name: a
            // contact called "admin" leaves it as `note` wrote it.
            let data = data.map(|d| match serde_json::from_str::<serde_json::Value>(&d) {
                _ if e.kind == NOTE => d,
                Ok(mut v) => {
                    json_without_secrets(&mut v, &secrets);
                    v.to_string()
                }
                Err(_) => without_secrets(&d, &secrets),
            });
            if detail != e.detail || data != e.data {
                w.rewrite_event(event_id, &detail, data.as_deref())?;
            }
        }
        // What the request itself holds of them, and its earlier cycles' resolutions.
        new.title = without_secrets(&new.title, &secrets);
        new.description = without_secrets(&new.description, &secrets);
        for text in [
            &mut new.case.resolution,
            &mut new.case.contact,
            &mut new.case.engineer,
            &mut new.case.owner,
        ]
        .into_iter()
        .flatten()
        {
            *text = without_secrets(text, &secrets);
        }
        w.redact_cycles(id, &secrets)?;
        let mut what: Vec<&str> = Vec::new();
        if contact {
            what.push("contact");
        }
        if a.all {
            what.extend(["engineer", "owner"]);
        }
        if notes {
            what.push("notes");
        }
        if description {
            what.push("description");
        }
        if resolution {
            what.push("resolution");
        }
        // The history is stored in English (SPEC 10).
        let detail = tr!(in crate::i18n::Lang::En; "history-redacted", what = what.join(", "));
        w.save(&new, &Event::new(at, &ctx.actor, "redacted", detail))?;
        w.purge_search_index()?;
        Ok(new)
    })?;
    store.checkpoint()?;
    let sentence = tr!("redact-done", id = r.id.to_string());
    print_result(ctx, "redact", &r, sentence, out)?;
    Ok(0)
}
