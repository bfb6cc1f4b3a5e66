//! `svcreq tenants`: each tenant with its plan, tier, time zone, business hours and the
//! response targets it gets (SPEC 1.4, 1.7, 3).

use super::{Ctx, Out};
use crate::output::{Format, TargetRecord, cell, table};
use crate::rules::{Response, Target};
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

fn short(t: &Target) -> String {
    match t.response {
        Response::None => format!("{} · none", t.availability.as_str()),
        r => format!("{} · {r}", t.availability.as_str()),
    }
}

pub fn run(ctx: &Ctx, _a: TenantsArgs, out: &mut Out) -> anyhow::Result<u8> {
    let format = ctx.format("tenants", &[Format::Table, Format::Json])?;
    let mut records = Vec::new();
    for t in ctx.cfg.tenants.values() {
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
    } else {
        let mut tb = table(
            &[
                "Tenant",
                "Plan",
                "Tier",
                "Time zone",
                "Business hours",
                "A",
                "B",
                "C",
            ],
            ctx.color,
        );
        for (r, t) in records.iter().zip(ctx.cfg.tenants.values()) {
            let tier = ctx.cfg.tier_of(t)?;
            let name = if r.default {
                format!("{} (default)", r.name)
            } else {
                r.name.clone()
            };
            let plan = if r.support_option == "standard" {
                r.plan.clone()
            } else {
                format!("{} + {}", r.plan, r.support_option)
            };
            tb.add_row(vec![
                cell(&name),
                cell(&plan),
                r.tier.clone().into(),
                r.timezone.clone().into(),
                // A space after each comma lets a narrow terminal wrap between days.
                r.business_hours.replace(',', ", ").into(),
                short(&tier.targets[0]).into(),
                short(&tier.targets[1]).into(),
                short(&tier.targets[2]).into(),
            ]);
        }
        writeln!(out, "{}", crate::output::keep_words(&mut tb))?;
    }
    Ok(0)
}
