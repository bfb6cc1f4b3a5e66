//! Prints the tiers × severities table of initial-response targets from the embedded
//! rules, and when a request opened now in Tokyo would be due.
//!
//!     cargo run --example response_targets

use chrono::{TimeZone, Utc};
use svcreq::rules::{BusinessHours, Category, Rules, Scope, Severity, response_due};

fn main() {
    let rules = Rules::embedded();
    let tokyo = svcreq::rules::zone::Zone::get("Asia/Tokyo")
        .expect("Asia/Tokyo is in the bundled database");
    // Monday 2026-11-23 10:00 JST.
    let opened = tokyo
        .with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
        .unwrap()
        .with_timezone(&Utc);
    println!(
        "{:<10} {:<3} {:<16} {:<9} due if opened Mon 10:00 JST",
        "tier", "sev", "availability", "target"
    );
    for tier in &rules.tiers {
        for sev in Severity::ALL {
            let t = rules
                .target(Category::Technical, Scope::InScope, &tier.name, Some(*sev))
                .unwrap();
            let due = response_due(&t, opened, tokyo, &BusinessHours::default())
                .map(|d| d.with_timezone(&tokyo).format("%a %H:%M:%S").to_string())
                .unwrap_or_else(|| "—".into());
            println!(
                "{:<10} {:<3} {:<16} {:<9} {due}",
                tier.name,
                sev.as_str(),
                t.availability.as_str(),
                t.response.to_string()
            );
        }
    }
}
