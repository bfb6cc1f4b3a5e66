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
        Err(crate::tr!("error-outside-representable", what = what))
    } else {
        Ok(())
    }
}

/// As [`check_representable`], naming the time (`what`) only when it is not representable:
/// for the checks every filed or imported request passes.
pub fn check_representable_named(
    t: DateTime<Utc>,
    what: impl FnOnce() -> String,
) -> Result<(), String> {
    if t < earliest_representable() || t > latest_representable() {
        check_representable(t, &what())
    } else {
        Ok(())
    }
}

/// Nothing happens in the future (SPEC 6): an action's time `at` (from `flag`) may not be
/// later than `now`.
pub fn check_not_future(
    at: DateTime<Utc>,
    now: DateTime<Utc>,
    (flag, typed): (&str, Option<&str>),
    fmt: impl Fn(DateTime<Utc>) -> String,
) -> Result<(), String> {
    if at > now {
        Err(crate::tr!(
            "error-after-now",
            flag = crate::i18n::subject(flag),
            at = crate::i18n::typed_value(typed, fmt(at)),
            now = fmt(now)
        ))
    } else {
        Ok(())
    }
}

/// The latest recorded action of a request: when, and what it was, as an event id
/// (`opened`, `first-response`, `closed`, …: data, said in the reader's language only when
/// shown, through `name-event-<id>`).
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
    (flag, typed): (&str, Option<&str>),
    doing: &str,
    fmt: impl Fn(DateTime<Utc>) -> String,
) -> Result<(), String> {
    if at < latest.at {
        Err(crate::tr!(
            "error-before-latest-action",
            flag = crate::i18n::subject(flag),
            at = crate::i18n::typed_value(typed, fmt(at)),
            latest = crate::output::words::name("event", &latest.what),
            latest_at = fmt(latest.at),
            doing = doing
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
    flag: (&str, Option<&str>),
    doing: &str,
    fmt: impl Fn(DateTime<Utc>) -> String,
) -> Result<(), String> {
    check_not_future(at, now, flag, &fmt)?;
    check_ordered(at, latest, flag, doing, &fmt)
}

/// The times an import row records for a request (SPEC 6), all UTC.
#[derive(Debug, Clone, Default)]
pub struct RowTimes {
    pub opened_at: DateTime<Utc>,
    /// The start of the current response cycle.
    pub cycle_started_at: DateTime<Utc>,
    /// The first response in the current cycle.
    pub first_response_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub response_due: Option<DateTime<Utc>>,
    /// How often the request was reopened, as the row states it.
    pub reopen_count: i64,
    /// How many earlier cycles the row gives, when it gives a list of them.
    pub earlier_cycles: Option<usize>,
    /// The times of the history the row carries, in the order given.
    pub events: Vec<DateTime<Utc>>,
}

/// An import row's history is possible (SPEC 6): every time in the years 0001–9999 and none
/// after `now`; opened ≤ cycle start ≤ first response ≤ close; `reopen_count` not negative,
/// equal to the earlier cycles given, and zero only when the cycle started at the opening;
/// no due time before its cycle starts; the carried history in order, from the opening on.
/// `fmt` renders a time for the message.
pub fn check_row_times(
    r: &RowTimes,
    now: DateTime<Utc>,
    fmt: impl Fn(DateTime<Utc>) -> String,
) -> Result<(), String> {
    let mut times: Vec<(&str, DateTime<Utc>)> = vec![
        ("opened_at", r.opened_at),
        ("cycle_started_at", r.cycle_started_at),
    ];
    times.extend(r.first_response_at.map(|t| ("first_response_at", t)));
    times.extend(r.closed_at.map(|t| ("closed_at", t)));
    times.extend(r.events.iter().map(|t| ("events.at", *t)));
    for (name, t) in &times {
        // Messages are built only for a time that fails: this runs for every imported row.
        if *t < earliest_representable() || *t > latest_representable() {
            check_representable(*t, &crate::tr!("import-field", name = *name))?;
        }
        if *t > now {
            check_not_future(
                *t,
                now,
                (&crate::tr!("import-field", name = *name), None),
                &fmt,
            )?;
        }
    }
    if let Some(d) = r.response_due {
        check_representable_named(d, || crate::tr!("import-field", name = "response_due"))?;
    }
    let order = |a: (&str, DateTime<Utc>), b: (&str, DateTime<Utc>)| {
        if b.1 < a.1 {
            Err(crate::tr!(
                "import-field-out-of-order",
                field = b.0,
                at = fmt(b.1),
                other = a.0,
                other_at = fmt(a.1)
            ))
        } else {
            Ok(())
        }
    };
    let opened = ("opened_at", r.opened_at);
    let started = ("cycle_started_at", r.cycle_started_at);
    order(opened, started)?;
    if let Some(t) = r.first_response_at {
        order(started, ("first_response_at", t))?;
    }
    if let Some(c) = r.closed_at {
        order(started, ("closed_at", c))?;
        if let Some(t) = r.first_response_at {
            order(("first_response_at", t), ("closed_at", c))?;
        }
    }
    if let Some(d) = r.response_due
        && d < r.cycle_started_at
    {
        return Err(crate::tr!(
            "import-due-before-cycle",
            due = fmt(d),
            start = fmt(r.cycle_started_at)
        ));
    }
    if r.reopen_count < 0 {
        return Err(crate::tr!(
            "import-reopen-count-negative",
            count = r.reopen_count.to_string()
        ));
    }
    if let Some(n) = r.earlier_cycles
        && n as i64 != r.reopen_count
    {
        return Err(crate::tr!(
            "import-reopen-count-cycles",
            count = r.reopen_count.to_string(),
            cycles = n.to_string()
        ));
    }
    if r.reopen_count == 0 && r.cycle_started_at != r.opened_at {
        return Err(crate::tr!(
            "import-cycle-start-not-opening",
            start = fmt(r.cycle_started_at),
            opened = fmt(r.opened_at)
        ));
    }
    let mut latest = r.opened_at;
    for t in &r.events {
        if *t < latest {
            return Err(crate::tr!(
                "import-events-out-of-order",
                at = fmt(*t),
                before = fmt(latest)
            ));
        }
        latest = *t;
    }
    Ok(())
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
        assert!(check_not_future(now, now, ("--at", None), fmt).is_ok());
        let e =
            check_not_future(utc("2026-12-03T12:00:01Z"), now, ("--at", None), fmt).unwrap_err();
        assert!(e.contains("is after now") && e.contains("--at"), "{e}");
    }

    #[test]
    fn a_history_is_ordered() {
        let latest = LatestAction {
            at: utc("2026-12-03T10:30:00Z"),
            what: "first-response".into(),
        };
        assert!(check_ordered(latest.at, &latest, ("--at", None), "a close", fmt).is_ok());
        let e = check_ordered(
            utc("2026-12-03T10:10:00Z"),
            &latest,
            ("--at", None),
            "a close",
            fmt,
        )
        .unwrap_err();
        assert!(e.contains("first response") && e.contains("10:30"), "{e}");
    }

    fn row() -> RowTimes {
        let t = utc("2026-11-20T10:00:00Z");
        RowTimes {
            opened_at: t,
            cycle_started_at: t,
            first_response_at: Some(utc("2026-11-20T10:30:00Z")),
            closed_at: Some(utc("2026-11-21T10:00:00Z")),
            response_due: Some(utc("2026-11-20T11:00:00Z")),
            ..RowTimes::default()
        }
    }

    #[test]
    fn impossible_rows_are_refused() {
        let now = utc("2026-11-24T10:00:00Z");
        assert_eq!(check_row_times(&row(), now, fmt), Ok(()));
        let cases: Vec<(RowTimes, &str)> = vec![
            (
                RowTimes {
                    closed_at: Some(utc("2026-11-19T10:00:00Z")),
                    first_response_at: None,
                    ..row()
                },
                "closed_at",
            ),
            (
                RowTimes {
                    first_response_at: Some(utc("2026-11-19T10:00:00Z")),
                    ..row()
                },
                "first_response_at",
            ),
            (
                RowTimes {
                    first_response_at: Some(utc("2026-11-22T10:00:00Z")),
                    ..row()
                },
                "closed_at",
            ),
            (
                RowTimes {
                    reopen_count: -3,
                    ..row()
                },
                "reopen_count is -3",
            ),
            (
                RowTimes {
                    response_due: Some(utc("2026-11-20T09:00:00Z")),
                    ..row()
                },
                "before its cycle starts",
            ),
            (
                RowTimes {
                    closed_at: Some(utc("2026-11-25T10:00:00Z")),
                    ..row()
                },
                "after now",
            ),
            (
                RowTimes {
                    reopen_count: 2,
                    earlier_cycles: Some(1),
                    cycle_started_at: utc("2026-11-20T10:10:00Z"),
                    first_response_at: None,
                    response_due: None,
                    ..row()
                },
                "earlier cycles",
            ),
            (
                RowTimes {
                    events: vec![utc("2026-11-20T12:00:00Z"), utc("2026-11-20T11:00:00Z")],
                    ..row()
                },
                "events",
            ),
            (
                RowTimes {
                    opened_at: DateTime::<Utc>::MIN_UTC,
                    ..row()
                },
                "0001",
            ),
        ];
        for (r, want) in cases {
            let e = check_row_times(&r, now, fmt).unwrap_err();
            assert!(e.contains(want), "{want}: {e}");
        }
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
