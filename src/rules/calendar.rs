//! Business hours as a calendar of local wall-clock windows, and the arithmetic of a
//! business-hours clock across nights, weekends, holidays and DST (SPEC 1.4, 4).

use crate::rules::zone::Zone;
use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc,
};
use std::collections::BTreeSet;

/// How far ahead the clock looks for a business window before giving up (a calendar
/// whose days are all holidays would otherwise never end).
const SEARCH_DAYS: i64 = 3660;

/// Day ids as the rules and config files write them, Monday first.
pub const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Business hours in local wall-clock time, minus holidays (SPEC 1.4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BusinessHours {
    /// Monday first.
    pub days: [bool; 7],
    pub open: NaiveTime,
    pub close: NaiveTime,
    pub holidays: BTreeSet<NaiveDate>,
}

impl Default for BusinessHours {
    /// Monday–Friday 09:00–17:00, no holidays.
    fn default() -> Self {
        BusinessHours {
            days: [true, true, true, true, true, false, false],
            open: NaiveTime::from_hms_opt(9, 0, 0).expect("09:00 is a valid time"),
            close: NaiveTime::from_hms_opt(17, 0, 0).expect("17:00 is a valid time"),
            holidays: BTreeSet::new(),
        }
    }
}

/// One business window, as instants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub date: NaiveDate,
    pub open: DateTime<Utc>,
    pub close: DateTime<Utc>,
}

/// A local date that is not a business day, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOff {
    Weekend,
    Holiday,
}

/// Local wall-clock time to an instant. A time in a DST gap moves to the first valid
/// instant after it; a time in a fold takes the earlier instant (SPEC 1.4).
pub fn resolve_local(tz: Zone, local: NaiveDateTime) -> DateTime<Utc> {
    if let Some(t) = tz.from_local_datetime(&local).earliest() {
        return t.with_timezone(&Utc);
    }
    // In a gap: the first valid local minute after it is the transition instant.
    let mut probe = local.with_second(0).unwrap_or(local);
    for _ in 0..(48 * 60) {
        probe += Duration::minutes(1);
        if let Some(t) = tz.from_local_datetime(&probe).earliest() {
            return t.with_timezone(&Utc);
        }
    }
    // No zone has a gap longer than a day; fall back to reading the time as UTC.
    Utc.from_utc_datetime(&local)
}

/// The first instant of the local date `date` in `tz` (SPEC 6, local days): its midnight, or
/// where the clocks jump at midnight, the first instant after the gap; where midnight happens
/// twice, the first time.
pub fn day_start(tz: Zone, date: NaiveDate) -> DateTime<Utc> {
    resolve_local(tz, date.and_time(NaiveTime::MIN))
}

/// The last second of the local date `date` in `tz` (SPEC 6): one second before the next
/// local day begins, so an hour repeated at a fall-back belongs to the day.
pub fn day_end(tz: Zone, date: NaiveDate) -> DateTime<Utc> {
    day_start(tz, date + Duration::days(1)) - Duration::seconds(1)
}

impl BusinessHours {
    /// The business days' ids, Monday first.
    pub fn day_names(&self) -> Vec<&'static str> {
        DAY_NAMES
            .iter()
            .zip(self.days)
            .filter(|(_, on)| *on)
            .map(|(d, _)| *d)
            .collect()
    }

    /// Why `date` is not a business day, or None when it is one.
    pub fn day_off(&self, date: NaiveDate) -> Option<DayOff> {
        if self.holidays.contains(&date) {
            Some(DayOff::Holiday)
        } else if !self.days[date.weekday().num_days_from_monday() as usize] {
            Some(DayOff::Weekend)
        } else {
            None
        }
    }

    /// The business window of a local date, if it is a business day.
    pub fn window_on(&self, tz: Zone, date: NaiveDate) -> Option<Window> {
        if self.day_off(date).is_some() {
            return None;
        }
        let open = resolve_local(tz, date.and_time(self.open));
        let close = resolve_local(tz, date.and_time(self.close));
        (close > open).then_some(Window { date, open, close })
    }

    /// Business windows that end after `from`, in order, the first clipped to start at
    /// `from` when `from` falls inside it.
    pub fn windows_from(&self, tz: Zone, from: DateTime<Utc>) -> impl Iterator<Item = Window> + '_ {
        // Start a day early: a window of the previous local date can never reach `from`
        // (open < close on one date), but the local date of `from` may differ from the
        // date whose window contains it only through DST oddities; one day covers that.
        let first = from.with_timezone(&tz).date_naive() - Duration::days(1);
        (0..SEARCH_DAYS)
            .filter_map(move |i| self.window_on(tz, first + Duration::days(i)))
            .filter(move |w| w.close > from)
            .map(move |mut w| {
                if w.open < from {
                    w.open = from;
                }
                w
            })
    }

    /// The instant at which `secs` seconds of business time have passed since `start`.
    /// A clock started outside business hours starts at the next opening; a duration
    /// that runs out exactly at a close is due at that close. None when the calendar
    /// has no business window in the next ten years.
    pub fn add_business_time(
        &self,
        tz: Zone,
        start: DateTime<Utc>,
        secs: i64,
    ) -> Option<DateTime<Utc>> {
        let mut left = secs.max(0);
        for w in self.windows_from(tz, start) {
            let len = (w.close - w.open).num_seconds();
            if left <= len {
                return Some(w.open + Duration::seconds(left));
            }
            left -= len;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn business_clock_skips_the_night() {
        let bh = BusinessHours::default();
        // Tokyo, Tuesday 16:00 local + 2h business → Wednesday 10:00 local.
        let due = bh
            .add_business_time(
                Zone::get("Asia/Tokyo").unwrap(),
                utc("2026-11-24T07:00:00Z"),
                7200,
            )
            .unwrap();
        assert_eq!(due, utc("2026-11-25T01:00:00Z"));
    }

    #[test]
    fn business_clock_skips_weekend_and_holiday() {
        let mut bh = BusinessHours::default();
        bh.holidays.insert(date("2026-11-30")); // Monday
        // Friday 2026-11-27 16:30 Berlin (UTC+1) + 1h → Tuesday 09:30.
        let due = bh
            .add_business_time(
                Zone::get("Europe/Berlin").unwrap(),
                utc("2026-11-27T15:30:00Z"),
                3600,
            )
            .unwrap();
        assert_eq!(due, utc("2026-12-01T08:30:00Z"));
    }

    #[test]
    fn business_target_running_out_at_close_is_due_at_close() {
        let bh = BusinessHours::default();
        // 15:00 UTC + 2h → 17:00 the same day, not 09:00 the next.
        let due = bh
            .add_business_time(Zone::UTC, utc("2026-11-24T15:00:00Z"), 7200)
            .unwrap();
        assert_eq!(due, utc("2026-11-24T17:00:00Z"));
    }

    #[test]
    fn clock_started_before_opening_starts_at_opening() {
        let bh = BusinessHours::default();
        let due = bh
            .add_business_time(Zone::UTC, utc("2026-11-24T03:00:00Z"), 0)
            .unwrap();
        assert_eq!(due, utc("2026-11-24T09:00:00Z"));
    }

    #[test]
    fn business_clock_across_dst_spring_forward_counts_wall_clock_hours() {
        // New York switches to EDT on Sunday 2026-03-08; Friday 16:00 EST + 2h →
        // Monday 10:00 EDT = 14:00Z.
        let bh = BusinessHours::default();
        let due = bh
            .add_business_time(
                Zone::get("America/New_York").unwrap(),
                utc("2026-03-06T21:00:00Z"),
                7200,
            )
            .unwrap();
        assert_eq!(due, utc("2026-03-09T14:00:00Z"));
    }

    #[test]
    fn window_edge_in_dst_gap_moves_to_first_valid_instant() {
        // A window opening at 02:30 on the New York spring-forward day opens at 03:00 EDT.
        let bh = BusinessHours {
            days: [true; 7],
            open: NaiveTime::from_hms_opt(2, 30, 0).unwrap(),
            close: NaiveTime::from_hms_opt(5, 0, 0).unwrap(),
            holidays: BTreeSet::new(),
        };
        let w = bh
            .window_on(Zone::get("America/New_York").unwrap(), date("2026-03-08"))
            .unwrap();
        assert_eq!(w.open, utc("2026-03-08T07:00:00Z"));
        assert_eq!(w.close, utc("2026-03-08T09:00:00Z"));
    }

    #[test]
    fn calendar_without_business_days_has_no_due_time() {
        let bh = BusinessHours {
            days: [false; 7],
            ..BusinessHours::default()
        };
        assert_eq!(
            bh.add_business_time(Zone::UTC, utc("2026-11-24T10:00:00Z"), 60),
            None
        );
    }

    mod oracle {
        //! The fast business-clock arithmetic against a brute-force minute-by-minute walk
        //! that reads only local wall-clock time: random starts, durations, zones
        //! (including Lord Howe's 30-minute DST shift) and holiday sets.
        use super::super::*;
        use chrono::{DateTime, Duration, Utc};
        use proptest::prelude::*;

        const ZONES: [&str; 4] = [
            "America/New_York",
            "Europe/Berlin",
            "Asia/Tokyo",
            "Australia/Lord_Howe",
        ];

        fn in_business(bh: &BusinessHours, tz: Zone, m: DateTime<Utc>) -> bool {
            let l = m.with_timezone(&tz);
            let t = l.time();
            bh.day_off(l.date_naive()).is_none() && t >= bh.open && t < bh.close
        }

        /// Walk minute by minute; due is the end of the minute that completes `mins`
        /// (or, for zero, the first business minute).
        fn walk(bh: &BusinessHours, tz: Zone, start: DateTime<Utc>, mins: i64) -> DateTime<Utc> {
            let mut m = start;
            let mut counted = 0;
            loop {
                if in_business(bh, tz, m) {
                    if mins == 0 {
                        return m;
                    }
                    counted += 1;
                    if counted == mins {
                        return m + Duration::minutes(1);
                    }
                }
                m += Duration::minutes(1);
            }
        }

        fn hours() -> impl Strategy<Value = BusinessHours> {
            // Windows between 05:00 and 23:00 stay clear of DST transitions (01:00–03:00),
            // where wall-clock minutes repeat or vanish and the walk has no single answer.
            (
                5u32..12,
                1u32..11,
                prop::collection::vec(0i64..120, 0..6),
                prop::array::uniform7(any::<bool>()),
            )
                .prop_map(|(open, len, hol, mut days)| {
                    days[0] = true; // at least one business day
                    let base = NaiveDate::from_ymd_opt(2026, 2, 20).unwrap();
                    BusinessHours {
                        days,
                        open: NaiveTime::from_hms_opt(open, 0, 0).unwrap(),
                        close: NaiveTime::from_hms_opt((open + len).min(23), 0, 0).unwrap(),
                        holidays: hol.into_iter().map(|d| base + Duration::days(d)).collect(),
                    }
                })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(160))]
            #[test]
            fn business_clock_matches_minute_walk(
                bh in hours(),
                zone in 0usize..4,
                // Starts from late February to mid-May 2026 (the spring DST changes of all
                // four zones and Lord Howe's April change), often on the hour or half hour so
                // that targets run out exactly at a close.
                start_min in prop_oneof![0i64..(80 * 24 * 60), (0i64..(80 * 48)).prop_map(|h| h * 30)],
                mins in prop_oneof![0i64..(3 * 8 * 60), (0i64..30).prop_map(|h| h * 60)],
            ) {
                let tz = Zone::get(ZONES[zone]).unwrap();
                let start = DateTime::parse_from_rfc3339("2026-02-25T00:00:00Z").unwrap().with_timezone(&Utc)
                    + Duration::minutes(start_min);
                let fast = bh.add_business_time(tz, start, mins * 60).unwrap();
                let slow = walk(&bh, tz, start, mins);
                prop_assert_eq!(fast, slow, "zone {} start {} mins {}", tz, start, mins);
            }
        }
    }
}
