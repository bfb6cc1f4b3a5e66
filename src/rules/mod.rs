//! The domain, pure: severity (SPEC 1.3), tiers and response targets (1.4), business-hours
//! clocks (1.4, 4), SLA states (1.5), reopen eligibility (1.6) and who may act (1.7).
//! Nothing here does I/O or reads the clock: times come in as arguments.

pub mod actors;
pub mod calendar;
pub mod case;
pub mod classify;
pub mod country;
pub mod explain;
pub mod facts;
pub mod file;
pub mod filing;
pub mod history;
pub mod record;
pub mod reopen;
pub mod report;
pub mod sla;
pub mod zone;

pub use actors::{Action, Admin, Role, may_act};
pub use calendar::{BusinessHours, DayOff, Window};
pub use case::{blank, fold_width};
pub use explain::explain_due;
pub use facts::*;
pub use file::{AtRisk, Availability, Clock, NextDay, Response, Rules, Target, TierRules};
pub use reopen::{ReopenRefusal, ReopenVerdict, reopen_verdict};
pub use sla::{BreachKind, Counting, Cycle, SlaState, sla_state_at, sla_state_counted};

use crate::rules::zone::Zone;
use chrono::{DateTime, Duration, Utc};

/// The due time of a response target whose clock starts at `start` (SPEC 1.4):
/// a duration on a 24x7 or business clock, `next-day` read the default way (23:59:59 of
/// the next local day), or none. Commands use [`Rules::due`], which applies the rules
/// file's `next_day` reading.
pub fn response_due(
    target: &Target,
    start: DateTime<Utc>,
    tz: Zone,
    hours: &BusinessHours,
) -> Option<DateTime<Utc>> {
    response_due_reading(target, start, tz, hours, NextDay::EndOfNextDay)
}

impl Rules {
    /// The due time of `target` started at `start` under these rules (SPEC 1.4, and
    /// SPEC 4's `next_day` rule for `next-day` targets).
    pub fn due(
        &self,
        target: &Target,
        start: DateTime<Utc>,
        tz: Zone,
        hours: &BusinessHours,
    ) -> Option<DateTime<Utc>> {
        response_due_reading(target, start, tz, hours, self.next_day)
    }
}

/// The due time of `target` started at `start`, with `next-day` read as `next_day` says
/// (SPEC 4): the end of the next local day, 24 hours, or the close of the next business day.
pub fn response_due_reading(
    target: &Target,
    start: DateTime<Utc>,
    tz: Zone,
    hours: &BusinessHours,
    next_day: NextDay,
) -> Option<DateTime<Utc>> {
    match (target.response, target.clock) {
        (Response::None, _) => None,
        (Response::NextDay, _) => match next_day {
            NextDay::EndOfNextDay => {
                let next = start.with_timezone(&tz).date_naive() + Duration::days(1);
                Some(calendar::day_end(tz, next))
            }
            NextDay::Hours24 => Some(start + Duration::hours(24)),
            NextDay::EndOfNextBusinessDay => {
                // The first business day after the start's local day: its last window's close.
                let today = start.with_timezone(&tz).date_naive();
                let mut windows = hours
                    .windows_from(tz, start)
                    .skip_while(|w| w.date <= today);
                let first = windows.next()?;
                let last = windows
                    .take_while(|w| w.date == first.date)
                    .last()
                    .unwrap_or(first);
                Some(last.close)
            }
        },
        (Response::After(secs), Clock::Always) => Some(start + Duration::seconds(secs)),
        (Response::After(secs), Clock::Business) => hours.add_business_time(tz, start, secs),
    }
}

/// The pointer to self-service help printed when a how-to question is filed (a severity C
/// technical request whose service is working): the service description asks admins to
/// try the self-service resources before contacting technical support. A hint, never a
/// refusal.
pub fn self_service_hint(
    category: Category,
    severity: Option<Severity>,
    facts: &Facts,
) -> Option<String> {
    (category == Category::Technical
        && severity == Some(Severity::C)
        && facts.service_state == ServiceState::Working)
        .then(|| crate::tr!("hint-self-service"))
}

/// The service description's notes on the response-target table (SPEC 1.4), in its own
/// numbering: which apply to a tier's targets, and the support-language clause. Footnote 3
/// only points to the elevated options' description. Each note is named by an id; its text
/// is the catalogue's `note-<id>` (`notes::text` gives the English one, what JSON carries).
pub mod notes {
    /// Footnote 1: business plans.
    pub const BUSINESS: &str = "business";
    /// Footnote 2: enterprise plans (the enterprise and frontline columns).
    pub const ENTERPRISE: &str = "enterprise";
    /// Footnote 4: on every "24x7" cell.
    pub const AROUND_THE_CLOCK: &str = "around-the-clock";
    /// "Technical support languages".
    pub const LANGUAGE: &str = "language";
    /// The plan columns as the source gives them.
    pub const PLANS: &str = "plans";
    /// "Additional support options": Premier and Professional Direct.
    pub const ELEVATED: &str = "elevated";
    /// The later revision of the page.
    pub const REVISION: &str = "revision";

    /// The text of note `id` in `lang`.
    pub fn text_in(lang: crate::i18n::Lang, id: &str) -> String {
        crate::i18n::text_in(lang, &format!("note-{id}"), None)
    }

    /// The English text of note `id`: what JSON carries.
    pub fn text(id: &str) -> String {
        text_in(crate::i18n::Lang::En, id)
    }

    /// The footnotes that apply to targets of `tier` (by the default tier names) with
    /// `around_the_clock` availability, in the source's order.
    pub fn for_tier(tier: &str, around_the_clock: bool) -> Vec<&'static str> {
        let mut v = Vec::new();
        match tier {
            "business" => v.push(BUSINESS),
            "enterprise" | "frontline" => v.push(ENTERPRISE),
            _ => {}
        }
        if around_the_clock {
            v.push(AROUND_THE_CLOCK);
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn rules() -> &'static Rules {
        Rules::embedded()
    }

    fn due(tier: &str, sev: Severity, start: &str, tz: Zone) -> Option<DateTime<Utc>> {
        let t = rules()
            .target(Category::Technical, Scope::InScope, tier, Some(sev))
            .unwrap();
        response_due(&t, utc(start), tz, &BusinessHours::default())
    }

    /// SPEC 1.4, every cell: (tier, severity, availability, response).
    const TABLE: &[(&str, Severity, &str, &str)] = &[
        ("business", Severity::A, "24x7", "1h"),
        ("business", Severity::B, "business-hours", "none"),
        ("business", Severity::C, "business-hours", "none"),
        ("enterprise", Severity::A, "24x7", "1h"),
        ("enterprise", Severity::B, "24x7", "next-day"),
        ("enterprise", Severity::C, "24x7", "none"),
        ("frontline", Severity::A, "24x7", "1h"),
        ("frontline", Severity::B, "24x7", "next-day"),
        ("frontline", Severity::C, "24x7", "none"),
        ("elevated", Severity::A, "24x7", "1h"),
        ("elevated", Severity::B, "24x7", "2h"),
        ("elevated", Severity::C, "24x7", "4h"),
    ];

    #[test]
    fn every_cell_of_the_tier_table() {
        for (tier, sev, avail, resp) in TABLE {
            let t = rules()
                .target(Category::Technical, Scope::InScope, tier, Some(*sev))
                .unwrap();
            assert_eq!(t.availability.as_str(), *avail, "{tier} {sev}");
            assert_eq!(t.response.to_string(), *resp, "{tier} {sev}");
        }
    }

    #[test]
    fn each_tier_has_its_plans() {
        let cases: &[(&str, &[&str])] = &[
            (
                "business",
                &[
                    "business-basic",
                    "apps-for-business",
                    "business-standard",
                    "business-premium",
                ],
            ),
            (
                "enterprise",
                &[
                    "e1",
                    "e3",
                    "e5",
                    "apps-for-enterprise",
                    "gov-g1",
                    "gov-g2",
                    "gov-g3",
                    "gov-g5",
                    "gov-e3",
                    "a1",
                    "a3",
                    "a5",
                    "standalone",
                ],
            ),
            ("frontline", &["f1", "f3", "gov-k1"]),
        ];
        for (tier, plans) in cases {
            for plan in *plans {
                assert_eq!(
                    rules().tier_for(plan, "standard").unwrap().name,
                    *tier,
                    "{plan}"
                );
            }
        }
    }

    #[test]
    fn elevated_support_options_lift_any_plan() {
        for opt in ["premier", "unified", "professional-direct"] {
            for plan in ["business-basic", "e3", "f1"] {
                assert_eq!(
                    rules().tier_for(plan, opt).unwrap().name,
                    "elevated",
                    "{plan} {opt}"
                );
            }
        }
    }

    #[test]
    fn unknown_plan_and_support_option_are_refused_with_the_accepted_values() {
        let e = rules().tier_for("e4", "standard").unwrap_err();
        assert!(e.contains("unknown plan 'e4'") && e.contains("e3"), "{e}");
        let e = rules().tier_for("e3", "gold").unwrap_err();
        assert!(
            e.contains("unknown support option 'gold'") && e.contains("premier"),
            "{e}"
        );
    }

    #[test]
    fn presales_and_billing_have_business_hours_and_no_commitment() {
        for cat in [Category::Presales, Category::Billing] {
            let t = rules()
                .target(cat, Scope::InScope, "enterprise", None)
                .unwrap();
            assert_eq!(t.availability, Availability::BusinessHours);
            assert_eq!(t.response, Response::None);
        }
    }

    #[test]
    fn severity_a_is_due_one_hour_after_opening() {
        assert_eq!(
            due("business", Severity::A, "2026-11-24T10:00:00Z", Zone::UTC),
            Some(utc("2026-11-24T11:00:00Z"))
        );
    }

    #[test]
    fn elevated_b_and_c_are_two_and_four_hours() {
        let start = "2026-11-24T23:30:00Z";
        assert_eq!(
            due("elevated", Severity::B, start, Zone::UTC),
            Some(utc("2026-11-25T01:30:00Z"))
        );
        assert_eq!(
            due("elevated", Severity::C, start, Zone::UTC),
            Some(utc("2026-11-25T03:30:00Z"))
        );
    }

    #[test]
    fn enterprise_b_is_next_day_in_tenant_zone() {
        // Monday 10:00 JST → Tuesday 23:59:59 JST.
        let tokyo = Zone::get("Asia/Tokyo").unwrap();
        let start = tokyo
            .with_ymd_and_hms(2026, 11, 23, 10, 0, 0)
            .unwrap()
            .with_timezone(&Utc);
        let t = rules()
            .target(
                Category::Technical,
                Scope::InScope,
                "enterprise",
                Some(Severity::B),
            )
            .unwrap();
        let d = response_due(&t, start, tokyo, &BusinessHours::default()).unwrap();
        assert_eq!(d, utc("2026-11-24T14:59:59Z"));
    }

    #[test]
    fn next_day_across_a_month_end() {
        assert_eq!(
            due("frontline", Severity::B, "2026-11-30T22:00:00Z", Zone::UTC),
            Some(utc("2026-12-01T23:59:59Z"))
        );
        // 2026-01-31 is read in Tokyo as 2026-02-01 → due 2026-02-02 23:59:59 JST.
        assert_eq!(
            due(
                "enterprise",
                Severity::B,
                "2026-01-31T16:00:00Z",
                Zone::get("Asia/Tokyo").unwrap()
            ),
            Some(utc("2026-02-02T14:59:59Z"))
        );
    }

    #[test]
    fn next_day_across_a_dst_change() {
        // Berlin leaves summer time on Sunday 2026-10-25: opened Saturday 12:00 CEST,
        // due Sunday 23:59:59 CET = 22:59:59Z (a 24 h + 1 h day in between).
        assert_eq!(
            due(
                "enterprise",
                Severity::B,
                "2026-10-24T10:00:00Z",
                Zone::get("Europe/Berlin").unwrap()
            ),
            Some(utc("2026-10-25T22:59:59Z"))
        );
        // New York enters summer time on Sunday 2026-03-08: opened Saturday 12:00 EST,
        // due Sunday 23:59:59 EDT = 03:59:59Z Monday.
        assert_eq!(
            due(
                "enterprise",
                Severity::B,
                "2026-03-07T17:00:00Z",
                Zone::get("America/New_York").unwrap()
            ),
            Some(utc("2026-03-09T03:59:59Z"))
        );
    }

    #[test]
    fn no_commitment_has_no_due_time() {
        assert_eq!(
            due("enterprise", Severity::C, "2026-11-24T10:00:00Z", Zone::UTC),
            None
        );
        assert_eq!(
            due("business", Severity::B, "2026-11-24T10:00:00Z", Zone::UTC),
            None
        );
    }

    #[test]
    fn business_clock_target_counts_only_business_hours() {
        let t = Target {
            availability: Availability::BusinessHours,
            response: Response::After(8 * 3600),
            clock: Clock::Business,
        };
        // Tuesday 13:00 UTC + 8 business hours → Wednesday 13:00 UTC.
        let d = response_due(
            &t,
            utc("2026-11-24T13:00:00Z"),
            Zone::UTC,
            &BusinessHours::default(),
        );
        assert_eq!(d, Some(utc("2026-11-25T13:00:00Z")));
    }
}
