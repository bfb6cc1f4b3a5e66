//! `svcreq classify`: severity, category, service and scope of a request described in
//! English or Japanese, with the rationale and the tenant's response target (SPEC 1.1–1.3).

use super::args::ImpactArgs;
use super::{Ctx, Out, input};
use crate::error::usage;
use crate::output::{Format, inert_line};
use crate::rules::classify::{Basis, Classification, Rationale, classify};
use crate::rules::{Category, FactOverrides, Facts, Target};
use clap::Args;
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

/// Largest text classify reads, in bytes.
pub const TEXT_CAP: usize = 16 * 1024 * 1024;

#[derive(Debug, Args)]
pub struct ClassifyArgs {
    /// The request text (- reads stdin)
    #[arg(allow_hyphen_values = true, conflicts_with = "file")]
    pub text: Option<String>,
    /// Read the text from a file
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    #[command(flatten)]
    pub impact: ImpactArgs,
    /// The tenant whose response target to show [default: the config's]
    #[arg(long, value_parser = crate::cli::input::parse_name)]
    pub tenant: Option<String>,
    /// Show the target under this plan instead of the tenant's
    #[arg(long, value_parser = crate::cli::input::parse_plan)]
    pub plan: Option<String>,
}

use crate::i18n::lang;
use crate::output::words;
use crate::rules::filing::{rationale_text_in, referral_in};
use crate::tr;

#[derive(Serialize)]
struct ClassifyRecord<'a> {
    severity: Option<String>,
    category: String,
    service: String,
    scope: String,
    referral: Option<String>,
    facts: &'a Facts,
    rationale: &'a [Rationale],
    tenant: String,
    plan: String,
    tier: String,
    availability: &'static str,
    response_target: String,
    response_clock: &'static str,
    /// The service description's footnotes that apply to this target (SPEC 1.4).
    notes: Vec<String>,
}

pub fn run(ctx: &Ctx, a: ClassifyArgs, out: &mut Out) -> anyhow::Result<u8> {
    let format = ctx.format("classify", &[Format::Table, Format::Json])?;
    let text = match (&a.text, &a.file) {
        (Some(t), _) if t == "-" => input::read_text(std::path::Path::new("-"), TEXT_CAP, "stdin")?,
        (Some(t), _) => t.clone(),
        (None, Some(f)) => input::read_text(f, TEXT_CAP, "--file")?,
        // SPEC 2: the text is optional; with facts given and no text, the facts decide
        // (the rest are defaulted, and the rationale says so).
        (None, None) if a.impact.overrides() != FactOverrides::default() => String::new(),
        (None, None) => {
            return Err(usage(tr!("classify-no-text")));
        }
    };
    if text.trim().is_empty() && (a.text.is_some() || a.file.is_some()) {
        return Err(usage(tr!("classify-empty-text")));
    }
    let tenant = ctx.tenant(a.tenant.as_deref())?;
    let plan = a.plan.clone().unwrap_or_else(|| tenant.plan.clone());
    let tier = ctx
        .cfg
        .rules
        .tier_for(&plan, &tenant.support_option)
        .map_err(usage)?;
    let overrides = a.impact.overrides();
    let c: Classification = classify(&text, &overrides);
    // An impact flag on text read as presales or billing has no severity to decide:
    // refused naming it, as `open` refuses it (one rule, in filing).
    crate::rules::filing::check_impact_flags(&overrides, c.category, None)
        .map_err(|r| usage(r.message()))?;
    let target: Target = ctx
        .cfg
        .rules
        .target(c.category, c.scope, &tier.name, c.severity)
        .map_err(usage)?;
    for w in tenant.warnings() {
        crate::output::note_err(crate::output::sentence_err(tr!(
            "warning-line",
            warning = w
        )));
    }
    let notes = if c.category == Category::Technical {
        crate::rules::notes::for_tier(
            &tier.name,
            target.availability == crate::rules::Availability::Always,
        )
    } else {
        Vec::new()
    };
    let rec = ClassifyRecord {
        severity: c.severity.map(|s| s.to_string()),
        category: c.category.to_string(),
        service: c.service.to_string(),
        scope: c.scope.to_string(),
        referral: c.scope.referral(),
        facts: &c.facts,
        rationale: &c.rationale,
        tenant: tenant.name.clone(),
        plan: plan.clone(),
        tier: tier.name.clone(),
        availability: target.availability.as_str(),
        response_target: target.response.to_string(),
        response_clock: target.clock.as_str(),
        notes: notes.iter().map(|n| crate::rules::notes::text(n)).collect(),
    };
    if format == Format::Json {
        serde_json::to_writer_pretty(&mut *out, &rec)?;
        writeln!(out)?;
        return Ok(0);
    }
    if ctx.quiet {
        // One word for scripts: the severity, or the category of a request without one.
        match c.severity {
            Some(s) => writeln!(out, "{s}")?,
            None => writeln!(out, "{}", c.category)?,
        }
        return Ok(0);
    }
    // The summary names each thing once (SPEC 10): without a severity, the headline
    // already names the category.
    let category = words::name("category", c.category.as_str());
    let service = words::name("service", c.service.as_str());
    let summary = match c.severity {
        Some(s) => tr!(
            "classify-headline",
            headline = tr!("classify-severity", severity = s.as_str()),
            category = category,
            service = service
        ),
        None => tr!(
            "classify-headline-no-severity",
            headline = tr!("classify-no-severity", category = category),
            service = service
        ),
    };
    writeln!(out, "{}", crate::output::line_out(&summary))?;
    if let Some(referral) = referral_in(lang(), c.scope) {
        writeln!(
            out,
            "{}",
            crate::output::line_out(&tr!(
                "classify-out-of-scope",
                scope = words::name("scope", c.scope.as_str()),
                referral = referral
            ))
        )?;
    }
    let due = match target.response {
        crate::rules::Response::None => tr!("classify-no-commitment"),
        r => tr!(
            "classify-initial-response",
            response = words::response_on(
                &r.to_string(),
                target.clock == crate::rules::Clock::Business
            ),
            availability = words::name("availability", target.availability.as_str())
        ),
    };
    writeln!(
        out,
        "{}",
        crate::output::line_out(&if a.plan.as_ref().is_some_and(|p| *p != tenant.plan) {
            // The level comes from the plan typed, not from the tenant's own (SPEC 10).
            tr!(
                "classify-tier-line-plan",
                tier = words::name("tier", &tier.name),
                plan = inert_line(&plan),
                due = due
            )
        } else {
            tr!(
                "classify-tier-line",
                tier = words::name("tier", &tier.name),
                plan = inert_line(&plan),
                tenant = inert_line(&tenant.name),
                due = due
            )
        })
    )?;
    for n in &notes {
        let note = tr!("note-line", note = words::note(n));
        writeln!(out, "{}", crate::output::line_out(&note))?;
    }
    writeln!(out, "{}", tr!("classify-why"))?;
    for r in &c.rationale {
        let why = format!(
            "  {}",
            inert_line(&rationale_text_in(lang(), r, Some(&text)))
        );
        writeln!(out, "{}", crate::output::line_out(&why))?;
    }
    if c.category == Category::Technical
        && c.rationale
            .iter()
            .any(|r| r.basis == Basis::Assumed && r.fact != "scope")
    {
        writeln!(
            out,
            "{}",
            crate::output::line_out(&tr!("classify-assumed-hint"))
        )?;
    }
    Ok(0)
}
