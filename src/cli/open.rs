//! `svcreq open`: record a request with its severity, tier and response target.

use super::args::{ImpactArgs, spec_enum};
use super::{Ctx, Out, input};
use crate::error::{refused, usage};
use crate::output::inert_line;
use crate::output::words;
use crate::rules::filing::{Refusal, Statement, Under, file};
use crate::rules::history::check_not_future;
use crate::rules::{Category, Channel, Facts, Service, Severity};
use crate::store::{Event, Request, Status};
use crate::time::{format_local_long, parse_time};
use crate::tr;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct OpenArgs {
    /// A short title
    #[arg(long, allow_hyphen_values = true)]
    pub title: String,
    /// What is wrong, in your words
    #[arg(long, conflicts_with = "description_file", allow_hyphen_values = true)]
    pub description: Option<String>,
    /// Read the description from a file (- reads stdin)
    #[arg(long, value_name = "FILE")]
    pub description_file: Option<PathBuf>,
    /// The kind of request [default: technical]
    #[arg(long, value_parser = spec_enum::<Category>())]
    pub category: Option<Category>,
    /// The service concerned
    #[arg(long, value_parser = spec_enum::<Service>())]
    pub service: Option<Service>,
    /// Set the severity yourself instead of deriving it from the impact
    #[arg(long, value_parser = spec_enum::<Severity>())]
    pub severity: Option<Severity>,
    #[command(flatten)]
    pub impact: ImpactArgs,
    /// The tenant [default: the config's]
    #[arg(long, value_parser = crate::cli::input::parse_name)]
    pub tenant: Option<String>,
    /// File under this plan instead of the tenant's
    #[arg(long, value_parser = crate::cli::input::parse_plan)]
    pub plan: Option<String>,
    /// How it was filed: online (admin center) or phone
    #[arg(long, value_parser = spec_enum::<Channel>(), default_value = "online")]
    pub channel: Channel,
    /// When it was filed [default: now]
    #[arg(long, value_name = "TIME")]
    pub opened_at: Option<String>,
    /// Record it even when it is outside the support boundary
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub case: super::case::CaseArgs,
}

fn facts_text(f: &Facts) -> String {
    tr!(
        "open-facts",
        impact = words::name("value", f.service_state.as_str()),
        users = words::name("value", f.affected.as_str()),
        workaround = f.workaround.to_string(),
        business_critical = f.business_critical.to_string()
    )
}

pub fn run(ctx: &Ctx, a: OpenArgs, out: &mut Out) -> anyhow::Result<u8> {
    let format = ctx.format(
        "open",
        &[crate::output::Format::Table, crate::output::Format::Json],
    )?;
    input::check_title(&a.title)?;
    let description = match (&a.description, &a.description_file) {
        (Some(d), _) => {
            input::check_description(d)?;
            d.clone()
        }
        (None, Some(p)) => input::read_text(p, input::DESCRIPTION_CAP, "--description-file")?,
        (None, None) => String::new(),
    };
    let description = input::shown_or_none(description);
    let tenant = ctx.tenant(a.tenant.as_deref())?;
    let plan = a.plan.clone().unwrap_or_else(|| tenant.plan.clone());
    let tier = ctx
        .cfg
        .rules
        .tier_for(&plan, &tenant.support_option)
        .map_err(usage)?;
    let opened_at = match &a.opened_at {
        Some(s) => {
            parse_time(s, tenant.timezone, "--opened-at").map_err(crate::error::usage_of_option)?
        }
        None => ctx.now,
    };
    ctx.authorize(&tenant.name, opened_at)?;
    let fmt = |t| crate::time::format_local(t, tenant.timezone);
    check_not_future(
        opened_at,
        ctx.now,
        ("--opened-at", a.opened_at.as_deref()),
        fmt,
    )
    .map_err(usage)?;
    for w in tenant.warnings() {
        crate::output::note_err(crate::output::sentence_err(tr!(
            "warning-line",
            warning = w
        )));
    }

    let statement = Statement {
        title: &a.title,
        description: &description,
        category: a.category,
        service: a.service,
        severity: a.severity,
        overrides: a.impact.overrides(),
        force: a.force,
    };
    let under = Under {
        rules: &ctx.cfg.rules,
        tier,
        zone: tenant.timezone,
        hours: &tenant.business_hours,
    };
    let f = file(&statement, under, opened_at).map_err(|r| match r {
        Refusal::OutOfScope { .. } => refused(r.message()),
        _ => usage(r.message()),
    })?;
    if let Some(s) = f.severity.filter(|_| !f.assumed.is_empty() && !ctx.quiet) {
        let assumed: Vec<String> = f.assumed.iter().map(|a| words::name("fact", a)).collect();
        crate::output::note_err(crate::output::sentence_err(tr!(
            "open-note-assumed",
            severity = s.as_str(),
            facts = facts_text(&f.classification.facts),
            assumed = crate::i18n::nouns(&assumed)
        )));
    }
    if crate::rules::self_service_hint(f.category, f.severity, &f.classification.facts).is_some() {
        crate::output::note_err(crate::output::sentence_err(tr!(
            "hint-line",
            hint = tr!("hint-self-service")
        )));
    }
    let basis = f.basis();
    let (category, severity, target, due) = (f.category, f.severity, f.target, f.due);
    let request = Request {
        id: 0,
        tenant: tenant.name.clone(),
        title: a.title.clone(),
        description,
        category,
        service: Some(f.service),
        severity,
        severity_source: f.severity_source,
        plan: plan.clone(),
        tier: tier.name.clone(),
        channel: a.channel,
        status: Status::Open,
        opened_at,
        closed_at: None,
        reopen_count: 0,
        scope: f.scope,
        opened_by: ctx.actor.clone(),
        timezone: tenant.timezone.name().to_string(),
        cycle_started_at: opened_at,
        availability: target.availability.as_str().into(),
        response_target: target.response.to_string(),
        response_clock: target.clock.as_str().into(),
        response_due: due,
        first_response_at: None,
        case: a.case.case()?,
    };
    if crate::rules::filing::warns_24x7(None, &request) {
        crate::output::note_err(crate::output::sentence_err(super::case::warn_24x7(
            super::case::RaisedBy::Open,
        )));
    }
    // The history is stored in English (SPEC 10); `show` says it in the reader's language.
    let detail = crate::rules::filing::opening_detail(
        &basis,
        &plan,
        &tier.name,
        &target,
        due,
        tenant.timezone,
    );
    let events = [Event {
        data: Some(crate::rules::record::opening_data(&request)),
        ..Event::new(opened_at, &ctx.actor, "opened", detail)
    }];
    let mut store = ctx.store_write()?;
    let request = store.write(|w| {
        super::case::check_unique(w, request.case.case_number.as_deref(), &request.tenant, 0)?;
        let id = super::transfer::check_new_id(w.insert_request(&request, &events)?)?;
        let request = Request {
            id,
            ..request.clone()
        };
        super::transfer::RecordFit::check_new(ctx, &request, &events)?;
        Ok(request)
    })?;
    let id = request.id;
    if ctx.quiet {
        writeln!(out, "{id}")?;
    } else if format == crate::output::Format::Json {
        serde_json::to_writer_pretty(&mut *out, &ctx.record(&request))?;
        writeln!(out)?;
    } else {
        let sev = severity.map_or_else(
            || {
                tr!(
                    "request-category",
                    category = words::name("category", category.as_str())
                )
            },
            |s| tr!("open-severity", severity = s.as_str()),
        );
        let due_text = match due {
            Some(d) => tr!(
                "open-due",
                due = format_local_long(d, tenant.timezone),
                response = words::response_on(
                    &target.response.to_string(),
                    target.clock == crate::rules::Clock::Business
                )
            ),
            None => tr!("no-due-sentence"),
        };
        let done = tr!(
            "open-done",
            id = id.to_string(),
            severity = sev,
            tier = words::name("tier", &tier.name),
            plan = inert_line(&plan),
            availability = words::name("availability", target.availability.as_str()),
            due = due_text
        );
        writeln!(out, "{}", crate::output::sentence_out(done))?;
    }
    Ok(0)
}
