//! A history in order (SPEC 6): nothing happens in the future, every action follows the
//! request's latest recorded action, and every time lies in the years 0001–9999 UTC.
//! Pure: `now` and the times come in as values; `fmt` renders a time for the message
//! (the tenant's local time with its zone abbreviation).

use super::Cycle;
use chrono::{DateTime, NaiveDate, Utc};

/// [`earliest_representable`] in Unix seconds.
const EARLIEST_SECONDS: i64 = -62_135_596_800;
/// [`latest_representable`] in Unix seconds.
const LATEST_SECONDS: i64 = 253_402_300_799;

/// Whether `t` lies in the years 0001–9999 UTC: two integer comparisons, what the checks
/// made of every row read or imported ask first.
pub fn is_representable(t: DateTime<Utc>) -> bool {
    (EARLIEST_SECONDS..=LATEST_SECONDS).contains(&t.timestamp())
}

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

/// A bound derived from stored times (a reopen deadline, the edge of a report's period),
/// clipped to the representable range: svcreq takes no time beyond it, so every verdict the
/// bound decides about a representable instant is the one the exact bound would give, and
/// no action is refused for a bound it only derives. (A derived time that is stored, a
/// response due time, is never clipped: the action that would derive one beyond the range
/// is refused, SPEC 6.)
pub fn clip_to_representable(t: DateTime<Utc>) -> DateTime<Utc> {
    t.clamp(earliest_representable(), latest_representable())
}

/// Times lie in years 0001–9999 UTC (SPEC 6, representable times); `what` names the time.
pub fn check_representable(t: DateTime<Utc>, what: &str) -> Result<(), String> {
    if !is_representable(t) {
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
    if !is_representable(t) {
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
    /// When the current cycle's target began counting after a re-target (SPEC 7).
    pub target_started_at: Option<DateTime<Utc>>,
    /// How often the request was reopened, as the row states it.
    pub reopen_count: i64,
    /// The earlier cycles the row gives, oldest first (cycle 1 first; SPEC 7).
    pub earlier: Vec<Cycle>,
    /// Whether the request was filed by phone (SPEC 1.6: such a request is never reopened).
    pub by_phone: bool,
    /// The times of the actions of the history the row carries, in the order given (the
    /// audit trail and corrected responses and closes left out:
    /// [`super::record::timeline_events`]).
    pub events: Vec<DateTime<Utc>>,
}

impl RowTimes {
    /// The times of request `r` with its earlier cycles `past` and the `events` of its
    /// history (empty when not at hand), as an import row of it would record them.
    pub fn of(
        r: &super::record::Request,
        past: &[super::record::PastCycle],
        events: &[super::record::Event],
    ) -> RowTimes {
        RowTimes {
            opened_at: r.opened_at,
            cycle_started_at: r.cycle_started_at,
            first_response_at: r.first_response_at,
            closed_at: r.closed_at,
            response_due: r.response_due,
            target_started_at: r.case.target_started_at,
            reopen_count: r.reopen_count,
            earlier: past.iter().map(|p| p.cycle).collect(),
            by_phone: r.channel == super::Channel::Phone,
            // The audit trail is written at the present, not in the timeline's order; a
            // corrected response or close stands at its cycle's corrected time.
            events: events
                .iter()
                .zip(super::record::timeline_events(
                    events.iter().map(|e| (e.kind.as_str(), e.data.as_deref())),
                ))
                .filter(|(_, held)| *held)
                .map(|(e, _)| e.at)
                .collect(),
        }
    }
}

/// The checks of [`check_row_times`] that a request's own row answers without its earlier
/// cycles or events: every own time and its due time in the years 0001–9999;
/// `reopen_count` not negative, and 0 for a request filed by phone; a request never
/// reopened in the cycle that began at its opening, a reopened one in a cycle begun no
/// earlier; cycle start ≤ first response ≤ close; no due time before the cycle starts; a
/// re-targeted cycle's target starting within it. What every reader of a request row checks
/// (a few comparisons: a listing pays nothing measurable); the messages are the import's.
pub fn check_own_row(r: &RowTimes, fmt: impl Fn(DateTime<Utc>) -> String) -> Result<(), String> {
    let own = [
        ("opened_at", Some(r.opened_at)),
        ("cycle_started_at", Some(r.cycle_started_at)),
        ("first_response_at", r.first_response_at),
        ("closed_at", r.closed_at),
        ("response_due", r.response_due),
        ("target_started_at", r.target_started_at),
    ];
    for (name, t) in own {
        if let Some(t) = t {
            check_representable_named(t, || crate::tr!("import-field", name = name))?;
        }
    }
    if r.reopen_count < 0 {
        return Err(crate::tr!(
            "import-reopen-count-negative",
            count = r.reopen_count.to_string()
        ));
    }
    if r.by_phone && r.reopen_count > 0 {
        return Err(crate::tr!(
            "import-phone-reopened",
            count = r.reopen_count.to_string()
        ));
    }
    if r.reopen_count == 0 && r.cycle_started_at != r.opened_at {
        return Err(crate::tr!(
            "import-cycle-start-not-opening",
            start = fmt(r.cycle_started_at),
            opened = fmt(r.opened_at)
        ));
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
    let start = ("cycle_started_at", r.cycle_started_at);
    order(("opened_at", r.opened_at), start)?;
    if let Some(t) = r.first_response_at {
        order(start, ("first_response_at", t))?;
    }
    if let Some(x) = r.closed_at {
        order(start, ("closed_at", x))?;
        if let Some(t) = r.first_response_at {
            order(("first_response_at", t), ("closed_at", x))?;
        }
    }
    if let Some(d) = r.response_due
        && d < r.cycle_started_at
    {
        return Err(crate::tr!(
            "import-due-before-cycle",
            field = "response_due",
            due = fmt(d),
            start = fmt(r.cycle_started_at)
        ));
    }
    if let Some(t) = r.target_started_at {
        order(start, ("target_started_at", t))?;
    }
    Ok(())
}

/// A time field of an import row: one of the request's own (`opened_at`,
/// `first_response_at`, …), or one of earlier cycle `n`'s (`cycles` entry `n`, from 1).
/// Named in messages only when a check fails (an import checks millions).
#[derive(Debug, Clone, Copy)]
enum Field {
    Own(&'static str),
    Cycle(usize, &'static str),
}

impl Field {
    fn name(self) -> String {
        match self {
            Field::Own(n) => n.to_string(),
            Field::Cycle(c, n) => crate::tr!("import-cycle-field", name = n, cycle = c.to_string()),
        }
    }
}

/// One response cycle of a row with the names of its fields.
struct Named {
    started: (Field, DateTime<Utc>),
    responded: Option<(Field, DateTime<Utc>)>,
    closed: Option<(Field, DateTime<Utc>)>,
    due: Option<(Field, DateTime<Utc>)>,
    /// Cycle number of an earlier cycle (it must be closed); None: the current one.
    earlier: Option<usize>,
}

/// An import row's history is possible (SPEC 6, SPEC 1.6, SPEC 7). Every cycle, the
/// earlier ones the row gives and the current one, obeys what a history asks of one:
/// opened = the first cycle's start; each cycle's start ≤ its first response ≤ its close
/// ≤ the next cycle's start, and no due time before its start; every earlier cycle
/// closed; a re-targeted cycle's target starts within it; every time in the years
/// 0001–9999 and none after `now`. `reopen_count` is not negative, equals the earlier
/// cycles given, and is 0 for a request filed by phone. The carried history is in order,
/// from the opening on. Refusals name the field; `fmt` renders a time for the message.
pub fn check_row_times(
    r: &RowTimes,
    now: DateTime<Utc>,
    fmt: impl Fn(DateTime<Utc>) -> String,
) -> Result<(), String> {
    let mut cycles: Vec<Named> = r
        .earlier
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let n = i + 1;
            Named {
                started: (Field::Cycle(n, "started_at"), c.started_at),
                responded: c
                    .responded_at
                    .map(|t| (Field::Cycle(n, "first_response_at"), t)),
                closed: c.closed_at.map(|t| (Field::Cycle(n, "closed_at"), t)),
                due: c.due.map(|t| (Field::Cycle(n, "response_due"), t)),
                earlier: Some(n),
            }
        })
        .collect();
    cycles.push(Named {
        started: (Field::Own("cycle_started_at"), r.cycle_started_at),
        responded: r
            .first_response_at
            .map(|t| (Field::Own("first_response_at"), t)),
        closed: r.closed_at.map(|t| (Field::Own("closed_at"), t)),
        due: r.response_due.map(|t| (Field::Own("response_due"), t)),
        earlier: None,
    });
    let opened = (Field::Own("opened_at"), r.opened_at);
    let target = r
        .target_started_at
        .map(|t| (Field::Own("target_started_at"), t));
    // Nothing happens in the future, and every time is representable.
    let mut times: Vec<(Field, DateTime<Utc>)> = vec![opened];
    for c in &cycles {
        times.push(c.started);
        times.extend(c.responded);
        times.extend(c.closed);
    }
    times.extend(target);
    times.extend(r.events.iter().map(|t| (Field::Own("events.at"), *t)));
    for (field, t) in &times {
        // Messages are built only for a time that fails: this runs for every imported row.
        if !is_representable(*t) {
            check_representable(*t, &crate::tr!("import-field", name = field.name()))?;
        }
        if *t > now {
            check_not_future(
                *t,
                now,
                (&crate::tr!("import-field", name = field.name()), None),
                &fmt,
            )?;
        }
    }
    for c in &cycles {
        if let Some((field, d)) = c.due {
            check_representable_named(d, || crate::tr!("import-field", name = field.name()))?;
        }
    }
    if r.reopen_count < 0 {
        return Err(crate::tr!(
            "import-reopen-count-negative",
            count = r.reopen_count.to_string()
        ));
    }
    if r.earlier.len() as i64 != r.reopen_count {
        return Err(crate::tr!(
            "import-reopen-count-cycles",
            count = r.reopen_count.to_string(),
            cycles = r.earlier.len().to_string()
        ));
    }
    if r.by_phone && r.reopen_count > 0 {
        return Err(crate::tr!(
            "import-phone-reopened",
            count = r.reopen_count.to_string()
        ));
    }
    // The first cycle starts when the request is opened.
    let first = cycles[0].started;
    if first.1 != r.opened_at {
        return Err(match first.0 {
            Field::Own(_) => crate::tr!(
                "import-cycle-start-not-opening",
                start = fmt(first.1),
                opened = fmt(r.opened_at)
            ),
            Field::Cycle(..) => crate::tr!(
                "import-first-cycle-not-opening",
                field = first.0.name(),
                start = fmt(first.1),
                opened = fmt(r.opened_at)
            ),
        });
    }
    let order = |a: (Field, DateTime<Utc>), b: (Field, DateTime<Utc>)| {
        if b.1 < a.1 {
            Err(crate::tr!(
                "import-field-out-of-order",
                field = b.0.name(),
                at = fmt(b.1),
                other = a.0.name(),
                other_at = fmt(a.1)
            ))
        } else {
            Ok(())
        }
    };
    // Each cycle after the one before it: opened (or the previous close) ≤ start ≤ first
    // response ≤ close; no due time before the start; an earlier cycle was closed.
    let mut before = opened;
    for c in &cycles {
        order(before, c.started)?;
        if let Some(t) = c.responded {
            order(c.started, t)?;
        }
        if let Some(x) = c.closed {
            order(c.started, x)?;
            if let Some(t) = c.responded {
                order(t, x)?;
            }
        }
        if let Some((field, d)) = c.due
            && d < c.started.1
        {
            return Err(crate::tr!(
                "import-due-before-cycle",
                field = field.name(),
                due = fmt(d),
                start = fmt(c.started.1)
            ));
        }
        match (c.closed, c.earlier) {
            (Some(x), _) => before = x,
            (None, Some(n)) => {
                return Err(crate::tr!("import-cycle-not-closed", cycle = n.to_string()));
            }
            (None, None) => {}
        }
    }
    if let Some(t) = target {
        order((Field::Own("cycle_started_at"), r.cycle_started_at), t)?;
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
                    earlier: vec![earlier()],
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
            (
                RowTimes {
                    target_started_at: Some(utc("2026-11-20T09:00:00Z")),
                    ..row()
                },
                "target_started_at",
            ),
        ];
        for (r, want) in cases {
            let e = check_row_times(&r, now, fmt).unwrap_err();
            assert!(e.contains(want), "{want}: {e}");
        }
    }

    /// Cycle 1 of a request opened at 10:00 and reopened at 12:00 on 2026-11-20.
    fn earlier() -> Cycle {
        Cycle {
            started_at: utc("2026-11-20T10:00:00Z"),
            due: Some(utc("2026-11-20T11:00:00Z")),
            responded_at: Some(utc("2026-11-20T10:30:00Z")),
            closed_at: Some(utc("2026-11-20T11:00:00Z")),
        }
    }

    fn reopened() -> RowTimes {
        RowTimes {
            opened_at: utc("2026-11-20T10:00:00Z"),
            cycle_started_at: utc("2026-11-20T12:00:00Z"),
            first_response_at: None,
            closed_at: None,
            response_due: Some(utc("2026-11-20T13:00:00Z")),
            reopen_count: 1,
            earlier: vec![earlier()],
            ..RowTimes::default()
        }
    }

    #[test]
    fn every_cycle_of_an_imported_row_is_ordered_and_earlier_ones_closed() {
        let now = utc("2026-11-24T10:00:00Z");
        assert_eq!(check_row_times(&reopened(), now, fmt), Ok(()));
        let with = |c: Cycle| RowTimes {
            earlier: vec![c],
            ..reopened()
        };
        let cases: Vec<(RowTimes, &str)> = vec![
            (
                with(Cycle {
                    started_at: utc("2026-11-20T09:00:00Z"),
                    ..earlier()
                }),
                "differs from opened_at",
            ),
            (
                with(Cycle {
                    responded_at: Some(utc("2026-11-20T11:30:00Z")),
                    ..earlier()
                }),
                "is before cycles.first_response_at (cycle 1)",
            ),
            (
                with(Cycle {
                    closed_at: None,
                    ..earlier()
                }),
                "cycle 1 has no closed_at",
            ),
            (
                with(Cycle {
                    closed_at: Some(utc("2026-11-20T12:30:00Z")),
                    ..earlier()
                }),
                "field cycle_started_at",
            ),
            (
                with(Cycle {
                    due: Some(utc("2026-11-20T09:30:00Z")),
                    ..earlier()
                }),
                "cycles.response_due (cycle 1)",
            ),
            (
                with(Cycle {
                    closed_at: Some(utc("2026-11-25T10:00:00Z")),
                    ..earlier()
                }),
                "after now",
            ),
            (
                RowTimes {
                    target_started_at: Some(utc("2026-11-25T10:00:00Z")),
                    ..reopened()
                },
                "target_started_at",
            ),
            (
                RowTimes {
                    target_started_at: Some(utc("2026-11-20T11:59:59Z")),
                    ..reopened()
                },
                "target_started_at",
            ),
            (
                RowTimes {
                    by_phone: true,
                    ..reopened()
                },
                "phone",
            ),
        ];
        for (r, want) in cases {
            let e = check_row_times(&r, now, fmt).unwrap_err();
            assert!(e.contains(want), "{want}: {e}");
        }
    }

    #[test]
    fn representable_times_are_years_0001_to_9999() {
        assert_eq!(earliest_representable().timestamp(), EARLIEST_SECONDS);
        assert_eq!(latest_representable().timestamp(), LATEST_SECONDS);
        assert!(is_representable(latest_representable()));
        assert!(!is_representable(
            latest_representable() + chrono::Duration::seconds(1)
        ));
        assert!(!is_representable(
            earliest_representable() - chrono::Duration::seconds(1)
        ));
        assert!(check_representable(latest_representable(), "t").is_ok());
        assert!(check_representable(earliest_representable(), "t").is_ok());
        assert!(
            check_representable(latest_representable() + chrono::Duration::seconds(1), "t")
                .is_err()
        );
    }
}
