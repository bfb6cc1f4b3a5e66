//! How a due time was reached, in words an admin can check (SPEC 1.4): the target, the
//! clock, and on a business clock the windows counted and the days skipped.

use super::calendar::{BusinessHours, DayOff};
use super::file::{Clock, NextDay, Response, Target, format_duration};
use crate::rules::zone::Zone;
use chrono::{DateTime, Duration, Utc};

fn local(t: DateTime<Utc>, tz: Zone) -> String {
    t.with_timezone(&tz)
        .format("%a %Y-%m-%d %H:%M:%S %Z")
        .to_string()
}

fn hm(t: DateTime<Utc>, tz: Zone) -> String {
    t.with_timezone(&tz).format("%H:%M").to_string()
}

/// One line explaining the due time of `target` started at `start`, e.g.
/// "24x7 · next-day → 23:59:59 of the next local day: Tue 2026-11-24 23:59:59 JST".
/// `label` says what selected the target ("severity B · enterprise tier"); a `next-day`
/// target names the rules' `next_day` reading (SPEC 4).
pub fn explain_due(
    label: &str,
    target: &Target,
    start: DateTime<Utc>,
    tz: Zone,
    hours: &BusinessHours,
    next_day: NextDay,
) -> String {
    let head = format!("{label} · {}", target.availability.as_str());
    match (target.response, target.clock) {
        (Response::None, _) => format!("{head} · no commitment → no due time"),
        (Response::NextDay, _) => {
            let due = super::response_due_reading(target, start, tz, hours, next_day);
            let how = match next_day {
                NextDay::EndOfNextDay => format!(
                    "23:59:59 of the day after {}",
                    start.with_timezone(&tz).format("%a %Y-%m-%d")
                ),
                NextDay::Hours24 => format!("{} + 24h", local(start, tz)),
                NextDay::EndOfNextBusinessDay => format!(
                    "the close of the first business day after {}",
                    start.with_timezone(&tz).format("%a %Y-%m-%d")
                ),
            };
            match due {
                Some(d) => format!(
                    "{head} · next day (next_day = \"{next_day}\") → {how}: {}",
                    local(d, tz)
                ),
                None => format!("{head} · next day (next_day = \"{next_day}\") → no due time"),
            }
        }
        (Response::After(secs), Clock::Always) => format!(
            "{head} · {} on a 24x7 clock → {} + {} = {}",
            format_duration(secs),
            local(start, tz),
            format_duration(secs),
            local(start + Duration::seconds(secs), tz)
        ),
        (Response::After(secs), Clock::Business) => {
            let mut counted = Vec::new();
            let mut left = secs;
            let mut due = None;
            for w in hours.windows_from(tz, start) {
                let len = (w.close - w.open).num_seconds();
                let used = left.min(len);
                counted.push(format!(
                    "{} {}–{} ({})",
                    w.date.format("%a %m-%d"),
                    hm(w.open, tz),
                    hm(w.open + Duration::seconds(used), tz),
                    format_duration(used)
                ));
                if left <= len {
                    due = Some(w.open + Duration::seconds(left));
                    break;
                }
                left -= len;
            }
            let Some(due) = due else {
                return format!(
                    "{head} · {} on a business clock → no business window in the next ten years",
                    format_duration(secs)
                );
            };
            let mut skipped = Vec::new();
            let (first, last) = (
                start.with_timezone(&tz).date_naive(),
                due.with_timezone(&tz).date_naive(),
            );
            let mut d = first;
            while d <= last {
                match hours.day_off(d) {
                    Some(DayOff::Holiday) => {
                        skipped.push(format!("holiday {}", d.format("%a %Y-%m-%d")))
                    }
                    Some(DayOff::Weekend) => {
                        skipped.push(format!("day off {}", d.format("%a %Y-%m-%d")))
                    }
                    None => {}
                }
                d += Duration::days(1);
            }
            let nights = (last - first).num_days();
            let mut line = format!(
                "{head} · {} on a business clock ({} {} {}) → counted {}",
                format_duration(secs),
                tz.name(),
                hours.describe(),
                if hours.holidays.is_empty() {
                    ""
                } else {
                    "minus holidays"
                },
                counted.join(", ")
            );
            if nights > 0 {
                line.push_str(&format!("; skipped {nights} night(s)"));
            }
            if !skipped.is_empty() {
                line.push_str(&format!(", {}", skipped.join(", ")));
            }
            line.push_str(&format!(" → due {}", local(due, tz)));
            line
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Availability;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn next_day_explanation_names_the_local_due_time() {
        let t = Target {
            availability: Availability::Always,
            response: Response::NextDay,
            clock: Clock::Always,
        };
        let s = explain_due(
            "severity B · enterprise tier",
            &t,
            utc("2026-11-23T01:00:00Z"),
            Zone::get("Asia/Tokyo").unwrap(),
            &BusinessHours::default(),
            NextDay::EndOfNextDay,
        );
        assert!(
            s.starts_with("severity B · enterprise tier · 24x7 · next day"),
            "{s}"
        );
        assert!(s.ends_with("Tue 2026-11-24 23:59:59 JST"), "{s}");
    }

    #[test]
    fn business_clock_explanation_lists_windows_and_skipped_days() {
        let t = Target {
            availability: Availability::BusinessHours,
            response: Response::After(2 * 3600),
            clock: Clock::Business,
        };
        let mut bh = BusinessHours::default();
        bh.holidays
            .insert(chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
        // Friday 16:00 UTC + 2h business → Tuesday 10:00 (weekend and Monday holiday skipped).
        let s = explain_due(
            "severity B · gold tier",
            &t,
            utc("2026-11-27T16:00:00Z"),
            Zone::UTC,
            &bh,
            NextDay::EndOfNextDay,
        );
        assert!(s.contains("Fri 11-27 16:00–17:00 (1h)"), "{s}");
        assert!(s.contains("Tue 12-01 09:00–10:00 (1h)"), "{s}");
        assert!(
            s.contains("day off Sat 2026-11-28") && s.contains("holiday Mon 2026-11-30"),
            "{s}"
        );
        assert!(s.ends_with("due Tue 2026-12-01 10:00:00 UTC"), "{s}");
    }
}
