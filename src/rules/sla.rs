//! The response clock and SLA states of one response cycle (SPEC 1.5).

use super::calendar::BusinessHours;
use super::file::AtRisk;
use super::zone::Zone;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::fmt;

/// One response cycle: from opening (or reopening) to Microsoft's first response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Cycle {
    pub started_at: DateTime<Utc>,
    /// None when the target makes no commitment.
    pub due: Option<DateTime<Utc>>,
    pub responded_at: Option<DateTime<Utc>>,
    /// When the request was closed in this cycle, if it was.
    pub closed_at: Option<DateTime<Utc>>,
}

/// The state of a cycle at a moment (SPEC 1.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SlaState {
    Breached,
    AtRisk,
    Pending,
    Met,
    Withdrawn,
    NoTarget,
}

impl SlaState {
    pub const ALL: [SlaState; 6] = [
        SlaState::Breached,
        SlaState::AtRisk,
        SlaState::Pending,
        SlaState::Met,
        SlaState::Withdrawn,
        SlaState::NoTarget,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SlaState::Met => "met",
            SlaState::Breached => "breached",
            SlaState::AtRisk => "at-risk",
            SlaState::Pending => "pending",
            SlaState::Withdrawn => "withdrawn",
            SlaState::NoTarget => "no-target",
        }
    }
}

impl fmt::Display for SlaState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for SlaState {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        SlaState::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| {
                crate::tr!(
                    "error-unknown-id",
                    what = crate::tr!("kind-sla-state"),
                    value = s,
                    valid = crate::i18n::one_of(&SlaState::ALL.map(|v| v.as_str()))
                )
            })
    }
}

impl Cycle {
    /// The cycle as it stood at `t` (SPEC 6, point-in-time view): a response or close
    /// recorded after `t` has not happened yet. A cycle that starts after `t` is returned
    /// as it is; whether it exists at `t` is the caller's question.
    pub fn as_of(&self, t: DateTime<Utc>) -> Cycle {
        Cycle {
            responded_at: self.responded_at.filter(|r| *r <= t),
            closed_at: self.closed_at.filter(|c| *c <= t),
            ..*self
        }
    }

    /// Seconds until the due time while unanswered and open (negative when overdue);
    /// None when answered, withdrawn/closed or without target.
    pub fn remaining_seconds(&self, now: DateTime<Utc>) -> Option<i64> {
        match (self.due, self.responded_at, self.closed_at) {
            (Some(due), None, None) => Some((due - now).num_seconds()),
            _ => None,
        }
    }
}

/// Which of SPEC 1.5's breaches a breached cycle is: answered after its due time, closed
/// unanswered after it, or still unanswered past it. Every place that explains a breach
/// (the `sla` table and JUnit, the report) says which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BreachKind {
    /// Microsoft's first response came after the due time.
    AnsweredLate,
    /// The request was closed, unanswered, after the due time.
    ClosedUnanswered,
    /// Not answered, not closed, and the due time has passed.
    Overdue,
}

impl BreachKind {
    /// The id (`answered-late`, `closed-unanswered`, `overdue`): data, said in the reader's
    /// language through `name-breach-<id>`.
    pub fn as_str(self) -> &'static str {
        match self {
            BreachKind::AnsweredLate => "answered-late",
            BreachKind::ClosedUnanswered => "closed-unanswered",
            BreachKind::Overdue => "overdue",
        }
    }
}

impl Cycle {
    /// How the cycle is breached at `now` (SPEC 1.5), None when it is not: the response
    /// after due, else the close after due, else unanswered and open with `now` past due.
    pub fn breach(&self, now: DateTime<Utc>) -> Option<BreachKind> {
        let due = self.due?;
        match (self.responded_at, self.closed_at) {
            (Some(r), _) => (r > due).then_some(BreachKind::AnsweredLate),
            (None, Some(c)) => (c > due).then_some(BreachKind::ClosedUnanswered),
            (None, None) => (now > due).then_some(BreachKind::Overdue),
        }
    }
}

/// How a cycle's time is counted for the at-risk threshold (SPEC 6): on the wall clock, or
/// on a business calendar in the tenant's zone, where nights, weekends and holidays do not
/// count.
#[derive(Debug, Clone, Copy)]
pub enum Counting<'a> {
    Wall,
    Business(&'a BusinessHours, Zone),
}

/// The SLA state of `cycle` at `now`, with `at_risk` as the threshold (SPEC 1.5), its time
/// counted on the wall clock.
pub fn sla_state_at(cycle: &Cycle, now: DateTime<Utc>, at_risk: AtRisk) -> SlaState {
    sla_state_counted(cycle, now, at_risk, Counting::Wall)
}

/// The SLA state of `cycle` at `now` (SPEC 1.5), the time left and the target's length
/// measured as `counting` says: on a business clock, 25 % of an 8-business-hour target is its
/// last 2 business hours (SPEC 6).
pub fn sla_state_counted(
    cycle: &Cycle,
    now: DateTime<Utc>,
    at_risk: AtRisk,
    counting: Counting<'_>,
) -> SlaState {
    let Some(due) = cycle.due else {
        return SlaState::NoTarget;
    };
    if let Some(r) = cycle.responded_at {
        return if r <= due {
            SlaState::Met
        } else {
            SlaState::Breached
        };
    }
    if let Some(c) = cycle.closed_at {
        return if c <= due {
            SlaState::Withdrawn
        } else {
            SlaState::Breached
        };
    }
    if now > due {
        return SlaState::Breached;
    }
    let (remaining, length) = match counting {
        Counting::Wall => (
            (due - now).num_seconds(),
            (due - cycle.started_at).num_seconds(),
        ),
        Counting::Business(hours, tz) => (
            hours.business_seconds_between(tz, now, due),
            hours.business_seconds_between(tz, cycle.started_at, due),
        ),
    };
    if remaining <= at_risk.threshold(length) {
        SlaState::AtRisk
    } else {
        SlaState::Pending
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn t(h: i64, m: i64) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-24T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
            + Duration::hours(h)
            + Duration::minutes(m)
    }

    /// Opened at 10:00, due at 11:00 (1h target).
    fn cycle() -> Cycle {
        Cycle {
            started_at: t(10, 0),
            due: Some(t(11, 0)),
            responded_at: None,
            closed_at: None,
        }
    }

    const P25: AtRisk = AtRisk::Percent(25);

    #[test]
    fn met_when_responded_at_or_before_due() {
        let c = Cycle {
            responded_at: Some(t(11, 0)),
            ..cycle()
        };
        assert_eq!(sla_state_at(&c, t(20, 0), P25), SlaState::Met);
    }

    #[test]
    fn breached_when_responded_after_due() {
        let c = Cycle {
            responded_at: Some(t(11, 1)),
            ..cycle()
        };
        assert_eq!(sla_state_at(&c, t(20, 0), P25), SlaState::Breached);
    }

    #[test]
    fn breached_when_unanswered_past_due() {
        assert_eq!(
            sla_state_at(&cycle(), t(11, 0) + Duration::seconds(1), P25),
            SlaState::Breached
        );
    }

    #[test]
    fn breached_when_closed_unanswered_after_due() {
        let c = Cycle {
            closed_at: Some(t(12, 0)),
            ..cycle()
        };
        assert_eq!(sla_state_at(&c, t(20, 0), P25), SlaState::Breached);
    }

    #[test]
    fn withdrawn_when_closed_before_due_without_response() {
        let c = Cycle {
            closed_at: Some(t(10, 30)),
            ..cycle()
        };
        assert_eq!(sla_state_at(&c, t(20, 0), P25), SlaState::Withdrawn);
    }

    #[test]
    fn at_risk_within_a_quarter_of_the_target() {
        // 15 min of a 60 min target left: at risk; exactly at due: still at risk.
        assert_eq!(sla_state_at(&cycle(), t(10, 45), P25), SlaState::AtRisk);
        assert_eq!(sla_state_at(&cycle(), t(11, 0), P25), SlaState::AtRisk);
    }

    #[test]
    fn pending_above_the_threshold() {
        assert_eq!(sla_state_at(&cycle(), t(10, 44), P25), SlaState::Pending);
    }

    #[test]
    fn at_risk_threshold_may_be_a_duration() {
        assert_eq!(
            sla_state_at(&cycle(), t(10, 29), AtRisk::Within(1800)),
            SlaState::Pending
        );
        assert_eq!(
            sla_state_at(&cycle(), t(10, 30), AtRisk::Within(1800)),
            SlaState::AtRisk
        );
    }

    #[test]
    fn no_target_never_breaches() {
        let c = Cycle {
            due: None,
            ..cycle()
        };
        assert_eq!(sla_state_at(&c, t(1000, 0), P25), SlaState::NoTarget);
    }

    #[test]
    fn as_of_forgets_what_happened_after_the_instant() {
        let c = Cycle {
            responded_at: Some(t(12, 0)),
            closed_at: Some(t(13, 0)),
            ..cycle()
        };
        // Before the response: unanswered, and breached once past due.
        assert_eq!(c.as_of(t(11, 30)), cycle());
        assert_eq!(
            sla_state_at(&c.as_of(t(11, 30)), t(11, 30), P25),
            SlaState::Breached
        );
        // At the response instant it has happened; the close has not.
        let at_response = c.as_of(t(12, 0));
        assert_eq!(at_response.responded_at, Some(t(12, 0)));
        assert_eq!(at_response.closed_at, None);
        assert_eq!(c.as_of(t(13, 0)), c);
    }

    #[test]
    fn business_clock_at_risk_counts_business_time_only() {
        // 8 business hours, Mon–Fri 09–17 UTC: opened Fri 16:00, due Mon 16:00.
        let hours = BusinessHours::default();
        let utc = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        let c = Cycle {
            started_at: utc("2026-11-27T16:00:00Z"),
            due: Some(utc("2026-11-30T16:00:00Z")),
            responded_at: None,
            closed_at: None,
        };
        let on = Counting::Business(&hours, Zone::UTC);
        // Sunday 22:00: 7 of 8 business hours left → pending, though only 18 h remain.
        assert_eq!(
            sla_state_counted(&c, utc("2026-11-29T22:00:00Z"), P25, on),
            SlaState::Pending
        );
        // (The wall clock called it at risk: 18 h of a 72 h span.)
        assert_eq!(
            sla_state_at(&c, utc("2026-11-29T22:00:00Z"), P25),
            SlaState::AtRisk
        );
        // Monday 14:00: 2 of 8 business hours left → at risk; 13:59 → pending.
        assert_eq!(
            sla_state_counted(&c, utc("2026-11-30T14:00:00Z"), P25, on),
            SlaState::AtRisk
        );
        assert_eq!(
            sla_state_counted(&c, utc("2026-11-30T13:59:00Z"), P25, on),
            SlaState::Pending
        );
    }

    #[test]
    fn a_breach_says_which_of_the_three_it_is() {
        assert_eq!(cycle().breach(t(11, 0)), None);
        assert_eq!(cycle().breach(t(11, 1)), Some(BreachKind::Overdue));
        let late = Cycle {
            responded_at: Some(t(11, 5)),
            ..cycle()
        };
        assert_eq!(late.breach(t(12, 0)), Some(BreachKind::AnsweredLate));
        let closed = Cycle {
            closed_at: Some(t(11, 5)),
            ..cycle()
        };
        assert_eq!(closed.breach(t(12, 0)), Some(BreachKind::ClosedUnanswered));
        let withdrawn = Cycle {
            closed_at: Some(t(10, 55)),
            ..cycle()
        };
        assert_eq!(withdrawn.breach(t(12, 0)), None);
    }

    #[test]
    fn remaining_seconds_positive_zero_negative_and_null() {
        assert_eq!(cycle().remaining_seconds(t(10, 30)), Some(1800));
        assert_eq!(cycle().remaining_seconds(t(11, 0)), Some(0));
        assert_eq!(cycle().remaining_seconds(t(11, 30)), Some(-1800));
        let answered = Cycle {
            responded_at: Some(t(10, 5)),
            ..cycle()
        };
        assert_eq!(answered.remaining_seconds(t(10, 30)), None);
    }
}
