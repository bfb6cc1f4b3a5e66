//! A history in order (SPEC 6): nothing happens in the future, every action follows the
//! request's latest recorded action, and every time lies in the years 0001–9999 UTC.
//! Pure: `now` and the times come in as values; `fmt` renders a time for the message
//! (the tenant's local time with its zone abbreviation).

use chrono::{DateTime, NaiveDate, Utc};

/// The first representable instant: 0001-01-01T00:00:00Z.
pub fn earliest_representable() -> DateTime<Utc> {
    NaiveDate::from_ymd_opt(1, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc())
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// The last representable instant: 9999-12-31T23:59:59Z.
pub fn latest_representable() -> DateTime<Utc> {
    NaiveDate::from_ymd_opt(9999, 12, 31)
        .and_then(|d| d.and_hms_opt(23, 59, 59))
        .map(|t| t.and_utc())
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

/// Times lie in years 0001–9999 UTC (SPEC 6, representable times); `what` names the time.
pub fn check_representable(t: DateTime<Utc>, what: &str) -> Result<(), String> {
    if t < earliest_representable() || t > latest_representable() {
        Err(format!(
            "{what} is outside the years 0001–9999 (UTC); check the date"
        ))
    } else {
        Ok(())
    }
}

/// Nothing happens in the future (SPEC 6): an action's time `at` (from `flag`) may not be
/// later than `now`.
pub fn check_not_future(
    at: DateTime<Utc>,
    now: DateTime<Utc>,
    flag: &str,
    fmt: impl Fn(DateTime<Utc>) -> String,
) -> Result<(), String> {
    if at > now {
        Err(format!(
            "{flag} {} is after now ({}); check the date",
            fmt(at),
            fmt(now)
        ))
    } else {
        Ok(())
    }
}

/// The latest recorded action of a request: when, and what it was ("closed", "opened", …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LatestAction {
    pub at: DateTime<Utc>,
    pub what: String,
}

/// A history is ordered (SPEC 6): an action at `at` (from `flag`, doing `doing`) may not
/// come before the request's latest recorded action.
pub fn check_ordered(
    at: DateTime<Utc>,
    latest: &LatestAction,
    flag: &str,
    doing: &str,
    fmt: impl Fn(DateTime<Utc>) -> String,
) -> Result<(), String> {
    if at < latest.at {
        Err(format!(
            "{flag} {} is before the request's latest recorded action ({} at {}); {doing} cannot come before it — check the time",
            fmt(at),
            latest.what,
            fmt(latest.at)
        ))
    } else {
        Ok(())
    }
}

/// Both checks of SPEC 6 for an action at `at`: not after `now`, not before `latest`.
pub fn check_action_time(
    at: DateTime<Utc>,
    now: DateTime<Utc>,
    latest: &LatestAction,
    flag: &str,
    doing: &str,
    fmt: impl Fn(DateTime<Utc>) -> String,
) -> Result<(), String> {
    check_not_future(at, now, flag, &fmt)?;
    check_ordered(at, latest, flag, doing, &fmt)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn fmt(t: DateTime<Utc>) -> String {
        t.to_rfc3339()
    }

    #[test]
    fn nothing_happens_in_the_future() {
        let now = utc("2026-12-03T12:00:00Z");
        assert!(check_not_future(now, now, "--at", fmt).is_ok());
        let e = check_not_future(utc("2026-12-03T12:00:01Z"), now, "--at", fmt).unwrap_err();
        assert!(e.contains("is after now") && e.contains("--at"), "{e}");
    }

    #[test]
    fn a_history_is_ordered() {
        let latest = LatestAction {
            at: utc("2026-12-03T10:30:00Z"),
            what: "first response".into(),
        };
        assert!(check_ordered(latest.at, &latest, "--at", "a close", fmt).is_ok());
        let e = check_ordered(utc("2026-12-03T10:10:00Z"), &latest, "--at", "a close", fmt)
            .unwrap_err();
        assert!(e.contains("first response") && e.contains("10:30"), "{e}");
    }

    #[test]
    fn representable_times_are_years_0001_to_9999() {
        assert!(check_representable(latest_representable(), "t").is_ok());
        assert!(check_representable(earliest_representable(), "t").is_ok());
        assert!(
            check_representable(latest_representable() + chrono::Duration::seconds(1), "t")
                .is_err()
        );
    }
}
