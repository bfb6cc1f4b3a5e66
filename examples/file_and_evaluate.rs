//! Files two requests into a temporary ledger through the library and evaluates their
//! SLA states an hour and a half later.
//!
//!     cargo run --example file_and_evaluate

use chrono::{DateTime, Duration, Utc};
use svcreq::rules::{
    AtRisk, BusinessHours, Category, Channel, Rules, Scope, Severity, response_due, sla_state_at,
};
use svcreq::store::{Access, Event, Request, SeveritySource, Status, Store};

fn request(title: &str, severity: Severity, opened_at: DateTime<Utc>) -> Request {
    let rules = Rules::embedded();
    let tier = rules.tier_for("e3", "standard").unwrap();
    let target = rules
        .target(
            Category::Technical,
            Scope::InScope,
            &tier.name,
            Some(severity),
        )
        .unwrap();
    Request {
        id: 0,
        tenant: "contoso".into(),
        title: title.into(),
        description: String::new(),
        category: Category::Technical,
        service: None,
        severity: Some(severity),
        severity_source: Some(SeveritySource::Manual),
        plan: "e3".into(),
        tier: tier.name.clone(),
        channel: Channel::Online,
        status: Status::Open,
        opened_at,
        closed_at: None,
        reopen_count: 0,
        scope: Scope::InScope,
        opened_by: "alice".into(),
        timezone: "UTC".into(),
        cycle_started_at: opened_at,
        availability: target.availability.as_str().into(),
        response_target: target.response.to_string(),
        response_clock: target.clock.as_str().into(),
        response_due: response_due(
            &target,
            opened_at,
            svcreq::rules::zone::Zone::UTC,
            &BusinessHours::default(),
        ),
        first_response_at: None,
        case: Default::default(),
    }
}

fn main() -> anyhow::Result<()> {
    let dir = std::env::temp_dir().join(format!("svcreq-example-{}", std::process::id()));
    let path = dir.join("ledger.db");
    let opened: DateTime<Utc> = "2026-11-24T10:00:00Z".parse()?;
    let mut store = Store::open(&path, Access::Write)?.expect("a writable ledger is always opened");
    let ids = store.write(|w| {
        let mut ids = Vec::new();
        for (title, sev) in [
            ("Mail down for everyone", Severity::A),
            ("EAC cannot set forwarding", Severity::B),
        ] {
            let r = request(title, sev, opened);
            let e = Event::new(opened, "alice", "opened", format!("severity {sev}"));
            ids.push(w.insert_request(&r, &[e])?);
        }
        Ok(ids)
    })?;
    let now = opened + Duration::minutes(90);
    for id in ids {
        let r = store.get(id)?.expect("just filed");
        let state = sla_state_at(&r.cycle(), now, AtRisk::Percent(25));
        let due = r
            .response_due
            .map_or_else(|| "no target".to_string(), svcreq::time::format_utc);
        let sev = r.severity.map_or("-", |s| s.as_str());
        println!("#{id} {:<28} severity {sev} due {due} → {state}", r.title);
    }
    drop(store);
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}
