//! How a due time was reached, in words an admin can check (SPEC 1.4): the target, the
//! clock, and on a business clock the windows counted and the days skipped.

use super::calendar::{BusinessHours, DayOff};
use super::file::{Clock, NextDay, Response, Target, duration_words_in};
use crate::i18n::Lang;
use crate::rules::zone::Zone;
use crate::tr;
use chrono::{DateTime, Duration, Utc};

fn local(lang: Lang, t: DateTime<Utc>, tz: Zone) -> String {
    crate::time::format_local_long_in(lang, t, tz)
}

fn hm(t: DateTime<Utc>, tz: Zone) -> String {
    t.with_timezone(&tz).format("%H:%M").to_string()
}

/// A local date with its weekday ("Tue 2026-11-24", "2026-11-24 (火)"), or without its
/// year when `long` is false ("Fri 11/27", "11/27 (金)"): a month and day are written with
/// a slash in every language, never a hyphen (`11-27` is no date in Japanese).
fn day(lang: Lang, d: chrono::NaiveDate, long: bool) -> String {
    use chrono::Datelike;
    let date = if long {
        d.format("%Y-%m-%d").to_string()
    } else {
        d.format("%-m/%-d").to_string()
    };
    tr!(in lang; "date-with-weekday", weekday = crate::output::words::weekday_in(lang, d.weekday()), date = date)
}

/// One line explaining the due time of `target` started at `start`, e.g.
/// "24x7 · next-day → 23:59:59 of the next local day: Tue 2026-11-24 23:59:59 JST", in
/// `lang`. `label` says what selected the target ("severity B · enterprise tier"); a
/// `next-day` target names the rules' `next_day` reading (SPEC 4). The due time the line
/// ends at is the one [`super::response_due_reading`] computes, the function that sets a
/// request's due time at filing, reopening and re-targeting (SPEC 7), so the basis and the
/// due time shown cannot disagree when `start` is when the target began counting.
pub fn explain_due(
    lang: Lang,
    label: &str,
    target: &Target,
    start: DateTime<Utc>,
    tz: Zone,
    hours: &BusinessHours,
    next_day: NextDay,
) -> String {
    // Business-hours intake goes without saying where the target counts business hours.
    let head = if target.clock == Clock::Business
        && target.availability == super::Availability::BusinessHours
        && matches!(target.response, Response::After(_))
    {
        label.to_string()
    } else {
        tr!(in lang; "explain-head", label = label, availability = crate::output::words::name_in(lang, "availability", target.availability.as_str()))
    };
    let start_day = || day(lang, start.with_timezone(&tz).date_naive(), true);
    let due = super::response_due_reading(target, start, tz, hours, next_day);
    match (target.response, target.clock) {
        (Response::None, _) => tr!(in lang; "explain-none", head = head),
        (Response::NextDay, _) => {
            let how = match next_day {
                NextDay::EndOfNextDay => tr!(in lang; "explain-next-day-end", date = start_day()),
                NextDay::Hours24 => {
                    tr!(in lang; "explain-next-day-24h", start = local(lang, start, tz))
                }
                NextDay::EndOfNextBusinessDay => {
                    tr!(in lang; "explain-next-day-business", date = start_day())
                }
            };
            match due {
                Some(d) => tr!(in lang; "explain-next-day",
                    head = head,
                    reading = next_day.to_string(),
                    how = how,
                    due = local(lang, d, tz)
                ),
                None => {
                    tr!(in lang; "explain-next-day-no-due", head = head, reading = next_day.to_string())
                }
            }
        }
        (Response::After(secs), Clock::Always) => match due {
            Some(due) => tr!(in lang; "explain-wall",
                head = head,
                // A 24x7 clock goes without saying when the request is taken 24x7.
                clock_id = if target.availability == super::Availability::Always {
                    "implied"
                } else {
                    "wall"
                },
                duration = duration_words_in(lang, secs),
                start = local(lang, start, tz),
                due = local(lang, due, tz)
            ),
            None => tr!(in lang; "explain-none", head = head),
        },
        (Response::After(secs), Clock::Business) => {
            // Every date of the line without its year, unless its year is not the start's:
            // the due time at the end names the year.
            let year = {
                use chrono::Datelike;
                start.with_timezone(&tz).year()
            };
            let short = |d: chrono::NaiveDate| {
                use chrono::Datelike;
                day(lang, d, d.year() != year)
            };
            let mut counted = Vec::new();
            let mut left = secs;
            for w in hours.windows_from(tz, start) {
                let len = (w.close - w.open).num_seconds();
                let used = left.min(len);
                counted.push(tr!(in lang; "explain-window",
                    date = short(w.date),
                    open = hm(w.open, tz),
                    close = hm(w.open + Duration::seconds(used), tz),
                    duration = duration_words_in(lang, used)
                ));
                if left <= len {
                    break;
                }
                left -= len;
            }
            let Some(due) = due else {
                return tr!(in lang; "explain-business-none", head = head, duration = duration_words_in(lang, secs));
            };
            let (first, last) = (
                start.with_timezone(&tz).date_naive(),
                due.with_timezone(&tz).date_naive(),
            );
            // Days off and holidays, each kind named once before its dates in brackets
            // (`休業日 (11/28 (土)、11/29 (日))`, `days off (Sat 11/28, Sun 11/29)`).
            let mut kinds: Vec<(&str, Vec<chrono::NaiveDate>)> = Vec::new();
            let mut d = first;
            while d <= last {
                let key = match hours.day_off(d) {
                    Some(DayOff::Holiday) => Some("explain-holiday"),
                    Some(DayOff::Weekend) => Some("explain-day-off"),
                    None => None,
                };
                if let Some(key) = key {
                    match kinds.iter_mut().find(|(k, _)| *k == key) {
                        Some((_, dates)) => dates.push(d),
                        None => kinds.push((key, vec![d])),
                    }
                }
                d += Duration::days(1);
            }
            let list_sep = tr!(in lang; "list-separator");
            let skipped: Vec<String> = kinds
                .iter()
                .map(|(key, dates)| {
                    let said: Vec<String> = dates.iter().map(|d| short(*d)).collect();
                    tr!(in lang; key, count = dates.len(), date = said.join(&list_sep))
                })
                .collect();
            let nights = (last - first).num_days();
            let mut line = tr!(in lang; "explain-business",
                head = head,
                duration = super::file::business_duration_words_in(lang, secs),
                zone = tz.name(),
                hours = hours.describe_in(lang),
                minus = if hours.holidays.is_empty() {
                    String::new()
                } else {
                    tr!(in lang; "explain-minus-holidays")
                },
                windows = counted.join(&list_sep)
            );
            // The nights and days off passed over, said once after the windows counted, as
            // one list of nouns (`夜間 (3 回) と休業日 (…) は数えていません`).
            let passed: Vec<String> = (nights > 0)
                .then(|| tr!(in lang; "explain-skipped-nights", nights = nights))
                .into_iter()
                .chain(skipped)
                .collect();
            if !passed.is_empty() {
                line.push_str(
                    &tr!(in lang; "explain-skipped", what = crate::i18n::nouns_in(lang, &passed)),
                );
            }
            tr!(in lang; "explain-due", line = line, due = local(lang, due, tz))
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
            Lang::En,
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
            Lang::En,
            "severity B · gold tier",
            &t,
            utc("2026-11-27T16:00:00Z"),
            Zone::UTC,
            &bh,
            NextDay::EndOfNextDay,
        );
        assert!(s.contains("Fri 11/27 16:00–17:00 (1h)"), "{s}");
        assert!(s.contains("Tue 12/1 09:00–10:00 (1h)"), "{s}");
        assert!(
            s.contains("skipped 4 nights, days off (Sat 11/28, Sun 11/29), holiday (Mon 11/30)"),
            "{s}"
        );
        assert!(s.ends_with("due Tue 2026-12-01 10:00:00 UTC"), "{s}");
        assert!(s.contains("· 2 business hours ("), "{s}");
    }
}
