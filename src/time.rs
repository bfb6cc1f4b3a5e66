//! Times at the edges: parsing what users type (RFC 3339, or local dates and times in the
//! tenant's zone), printing RFC 3339 UTC and local times, and the one place that reads
//! the system clock (SPEC 2).

use crate::rules::calendar;
use crate::rules::zone::Zone;
use chrono::{
    DateTime, Datelike, LocalResult, NaiveDate, NaiveDateTime, SecondsFormat, TimeZone, Timelike,
    Utc,
};

/// The current time: `--now` when given, else the system clock.
pub fn now_or(given: Option<DateTime<Utc>>) -> DateTime<Utc> {
    #[allow(clippy::disallowed_methods)]
    given.unwrap_or_else(Utc::now)
}

/// Parse a time typed for `flag` (e.g. "--opened-at", or an import's "field opened_at");
/// local forms are read in `tz`. The ledger keeps whole seconds from 00 to 59: a fraction
/// of a second or a second 60 is refused (exit 2 by the caller), never rounded, on every
/// path that reads a time (SPEC 2, SPEC 5); a zero fraction loses nothing and is read.
pub fn parse_time(s: &str, tz: Zone, flag: &str) -> Result<DateTime<Utc>, String> {
    // Read after NFKC folding as every number is (SPEC 2): `２０２６－１１－２４　１０：００`.
    let folded = crate::rules::fold_width(s);
    let s = folded.as_ref();
    let t = match parse_utc_z(s) {
        Some(t) => t,
        None => parse_time_any_year(s, tz, flag)?,
    };
    if !crate::rules::history::is_representable(t) {
        crate::rules::history::check_representable(t, &format!("{flag} '{s}'"))?;
    }
    Ok(t)
}

/// Whether `s` is a local time (no offset, no `Z`): read in a tenant's zone (SPEC 2). A
/// string that is no time at all counts as local; its reading says what is wrong.
pub fn is_local(s: &str) -> bool {
    parse_utc_z(s).is_none() && DateTime::parse_from_rfc3339(s.trim()).is_err()
}

/// As [`parse_time`], with the flag's name made only when the time is not in the form
/// every export writes (the name goes into messages alone): an import parses millions of
/// times and names none of them when they are well formed.
pub fn parse_time_named(
    s: &str,
    tz: Zone,
    flag: impl FnOnce() -> String,
) -> Result<DateTime<Utc>, String> {
    match parse_utc_z(s) {
        Some(t) if crate::rules::history::is_representable(t) => Ok(t),
        _ => parse_time(s, tz, &flag()),
    }
}

/// The form every export writes, `YYYY-MM-DDTHH:MM:SSZ`, read directly (an import reads
/// millions); anything else, or an impossible date, goes to the general parser.
fn parse_utc_z(t: &str) -> Option<DateTime<Utc>> {
    let b = t.as_bytes();
    if b.len() != 20
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
        || b[19] != b'Z'
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |acc, &d| {
            d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0'))
        })
    };
    let date = chrono::NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)?;
    Some(
        date.and_hms_opt(num(11..13)?, num(14..16)?, num(17..19)?)?
            .and_utc(),
    )
}

fn parse_time_any_year(s: &str, tz: Zone, flag: &str) -> Result<DateTime<Utc>, String> {
    let bad = |why: &str| {
        crate::tr!(
            "error-invalid-time",
            flag = crate::i18n::subject(flag),
            value = s,
            why = why,
            accepted = crate::tr!("time-accepted")
        )
    };
    let t = s.trim();
    if t.is_empty() {
        return Err(bad(&crate::tr!("time-empty")));
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
        whole_second(dt.nanosecond(), s, flag)?;
        return Ok(dt.with_timezone(&Utc));
    }
    let tail = t.get(10..).unwrap_or("");
    if tail.ends_with(['Z', 'z'])
        || tail.contains('+')
        || tail.get(6..).is_some_and(|x| x.contains('-'))
    {
        return Err(bad(&crate::tr!("time-not-rfc3339")));
    }
    if let Some(why) = t.get(..10).and_then(calendar::why_no_such_date) {
        // The format is right and only the day does not exist: say which, not the format.
        return Err(crate::tr!(
            "error-no-such-date",
            flag = crate::i18n::subject(flag),
            value = s,
            why = why
        ));
    }
    let local = parse_local(t).ok_or_else(|| bad(&describe_invalid(t)))?;
    whole_second(local.nanosecond(), s, flag)?;
    if t.len() == 10 {
        // A date alone names its local day, which begins at its first instant even where
        // the clocks skip midnight (SPEC 6, local days).
        return Ok(calendar::day_start(tz, local.date()));
    }
    match tz.from_local_datetime(&local) {
        LocalResult::Single(dt) => Ok(dt.with_timezone(&Utc)),
        LocalResult::None => Err(crate::tr!(
            "error-time-skipped",
            flag = crate::i18n::subject(flag),
            value = s,
            zone = tz.to_string(),
            example = example_with_offset(tz, local)
        )),
        LocalResult::Ambiguous(a, b) => Err(crate::tr!(
            "error-time-ambiguous",
            flag = crate::i18n::subject(flag),
            value = s,
            zone = tz.to_string(),
            first = a.to_rfc3339_opts(SecondsFormat::Secs, true),
            second = b.to_rfc3339_opts(SecondsFormat::Secs, true)
        )),
    }
}

/// Refuse a time whose second is not whole: `nanosecond` past 10^9 is chrono's leap
/// second (second 60), any other non-zero value a fraction. The same sentence for every
/// flag and import field.
fn whole_second(nanosecond: u32, s: &str, flag: &str) -> Result<(), String> {
    let why = match nanosecond {
        0 => return Ok(()),
        n if n >= 1_000_000_000 => crate::tr!("time-leap-second"),
        _ => crate::tr!("time-fraction"),
    };
    Err(crate::tr!(
        "error-time-not-whole",
        flag = crate::i18n::subject(flag),
        value = s,
        why = why
    ))
}

fn parse_local(t: &str) -> Option<NaiveDateTime> {
    for f in [
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(v) = NaiveDateTime::parse_from_str(t, f) {
            return Some(v);
        }
    }
    if t.len() == 10 {
        return NaiveDate::parse_from_str(t, "%Y-%m-%d")
            .ok()
            .and_then(|d| d.and_hms_opt(0, 0, 0));
    }
    None
}

/// Why a date-and-time-shaped string is not valid, as precisely as cheaply possible.
fn describe_invalid(t: &str) -> String {
    let date = t.get(..10).unwrap_or(t);
    let shaped = date.len() == 10
        && date.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if shaped && NaiveDate::parse_from_str(date, "%Y-%m-%d").is_err() {
        // A day 00 or a month 00: the digits are there, the date is not.
        crate::tr!("time-no-such-date")
    } else if shaped {
        crate::tr!("time-not-time-of-day")
    } else {
        crate::tr!("time-not-a-time")
    }
}

fn example_with_offset(tz: Zone, local: NaiveDateTime) -> String {
    let after = calendar::resolve_local(tz, local).with_timezone(&tz);
    after.to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// RFC 3339 UTC with seconds and `Z`, as JSON prints times.
pub fn format_utc(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Local time in `tz` with its abbreviation, as tables show times.
pub fn format_local(t: DateTime<Utc>, tz: Zone) -> String {
    // Written digit by digit: long listings print one per row, and chrono's `format` parses
    // its pattern on every call.
    let l = t.with_timezone(&tz);
    let Ok(year) = u32::try_from(l.year()) else {
        return l.format("%Y-%m-%d %H:%M:%S %Z").to_string();
    };
    if year > 9999 {
        return l.format("%Y-%m-%d %H:%M:%S %Z").to_string();
    }
    let abbr = l.offset().abbreviation();
    let mut s = String::with_capacity(20 + abbr.len());
    let mut digits = |n: u32, width: u32, sep: char| {
        for p in (0..width).rev() {
            s.push(char::from(b'0' + (n / 10u32.pow(p) % 10) as u8));
        }
        s.push(sep);
    };
    digits(year, 4, '-');
    digits(l.month(), 2, '-');
    digits(l.day(), 2, ' ');
    digits(l.hour(), 2, ':');
    digits(l.minute(), 2, ':');
    digits(l.second(), 2, ' ');
    s.push_str(abbr);
    s
}

/// Local time with the weekday, for explanations ("23:59:59 Tue 2026-11-24 JST").
/// In the language of standard output (SPEC 10): "Tue 2026-11-24 23:59:59 JST",
/// "2026-11-24 (火) 23:59:59 JST".
pub fn format_local_long(t: DateTime<Utc>, tz: Zone) -> String {
    format_local_long_in(crate::i18n::output_lang(), t, tz)
}

/// [`format_local_long`] in `lang`.
pub fn format_local_long_in(lang: crate::i18n::Lang, t: DateTime<Utc>, tz: Zone) -> String {
    let l = t.with_timezone(&tz);
    crate::tr!(in lang; "time-local-long",
        weekday = crate::output::words::weekday_in(lang, l.weekday()),
        date = l.format("%Y-%m-%d").to_string(),
        time = l.format("%H:%M:%S %Z").to_string()
    )
}

/// Parse a time zone name from the IANA database.
pub fn parse_tz(s: &str) -> Result<Zone, String> {
    Zone::get(s).ok_or_else(|| crate::tr!("error-unknown-time-zone", zone = s))
}

/// Seconds as a short human duration: "2h 05m", "3d 4h", "45s".
pub fn human_duration(secs: i64) -> String {
    let s = secs.unsigned_abs();
    let (d, h, m) = (s / 86400, s % 86400 / 3600, s % 3600 / 60);
    if d > 0 {
        format!("{d}d {h}h")
    } else if h > 0 {
        format!("{h}h {m:02}m")
    } else if m > 0 {
        format!("{m}m {:02}s", s % 60)
    } else {
        format!("{s}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::zone::Zone;

    const UTC: Zone = Zone::UTC;
    fn tokyo() -> Zone {
        Zone::get("Asia/Tokyo").unwrap()
    }

    #[test]
    fn rfc3339_and_local_forms() {
        let want = "2026-11-24T01:00:00Z";
        assert_eq!(
            format_utc(parse_time("2026-11-24T10:00:00+09:00", UTC, "--at").unwrap()),
            want
        );
        assert_eq!(
            format_utc(parse_time("2026-11-24 10:00", tokyo(), "--at").unwrap()),
            want
        );
        assert_eq!(
            format_utc(parse_time("2026-11-24 10:00:00", tokyo(), "--at").unwrap()),
            want
        );
        assert_eq!(
            format_utc(parse_time("2026-11-24", tokyo(), "--at").unwrap()),
            "2026-11-23T15:00:00Z"
        );
    }

    #[test]
    fn impossible_and_malformed_times_name_flag_value_and_forms() {
        // A date in the right format whose day does not exist says which, not the forms.
        for (s, why) in [
            ("2026-02-30", "month 2 has 28 days"),
            ("2026-13-01", "there is no month 13"),
            ("2027-02-29 10:00", "2027 is not a leap year"),
        ] {
            let e = parse_time(s, UTC, "--opened-at").unwrap_err();
            assert!(
                e.contains("--opened-at")
                    && e.contains("no such date")
                    && e.contains(why)
                    && !e.contains("YYYY-MM-DD"),
                "{s}: {e}"
            );
        }
        for (s, why) in [
            ("2026-11-24 24:01", "not a valid time of day"),
            ("yesterday", "not a time"),
            ("", "empty"),
            ("2026-11-24T10:00:00+25:00", "RFC 3339"),
        ] {
            let e = parse_time(s, UTC, "--opened-at").unwrap_err();
            assert!(
                e.contains("--opened-at") && e.contains(why) && e.contains("YYYY-MM-DD"),
                "{s}: {e}"
            );
        }
    }

    #[test]
    fn dst_gap_is_refused_and_fold_is_ambiguous() {
        let e = parse_time(
            "2026-03-08 02:30",
            Zone::get("America/New_York").unwrap(),
            "--opened-at",
        )
        .unwrap_err();
        assert!(e.contains("does not exist"), "{e}");
        let e = parse_time(
            "2026-11-01 01:30",
            Zone::get("America/New_York").unwrap(),
            "--opened-at",
        )
        .unwrap_err();
        assert!(e.contains("ambiguous"), "{e}");
        let t = parse_time(
            "2026-11-01T01:30:00-05:00",
            Zone::get("America/New_York").unwrap(),
            "--opened-at",
        )
        .unwrap();
        assert_eq!(format_utc(t), "2026-11-01T06:30:00Z");
    }

    #[test]
    fn human_durations() {
        assert_eq!(human_duration(3600 + 300), "1h 05m");
        assert_eq!(human_duration(-90), "1m 30s");
        assert_eq!(human_duration(2 * 86400 + 3 * 3600), "2d 3h");
    }

    mod props {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn local_times_print_as_chrono_formats_them(
                secs in 0i64..253_402_300_799,
                zone in prop::sample::select(vec!["UTC", "Asia/Tokyo", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "America/St_Johns"]),
            ) {
                let t = DateTime::from_timestamp(secs, 0).unwrap();
                let tz = Zone::get(zone).unwrap();
                let want = t.with_timezone(&tz).format("%Y-%m-%d %H:%M:%S %Z").to_string();
                prop_assert_eq!(format_local(t, tz), want);
            }

            #[test]
            fn parsing_arbitrary_text_never_panics(s in any::<String>(), zone in 0usize..3) {
                let tz = [Zone::UTC, Zone::get("Asia/Tokyo").unwrap(), Zone::get("America/New_York").unwrap()][zone];
                let _ = parse_time(&s, tz, "--at");
            }

            #[test]
            fn time_like_text_never_panics(s in "[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?(Z|[+-][0-9]{2}:[0-9]{2})?") {
                let _ = parse_time(&s, Zone::get("Europe/Berlin").unwrap(), "--at");
            }

            #[test]
            fn the_export_form_parses_as_the_general_parser_does(s in "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z") {
                let general = DateTime::parse_from_rfc3339(&s).ok().map(|d| d.with_timezone(&Utc));
                match parse_utc_z(&s) {
                    Some(t) => prop_assert_eq!(Some(t), general),
                    // Impossible dates and leap seconds are left to the general parser.
                    None => prop_assert!(general.is_none() || s.contains(":60Z")),
                }
            }

            #[test]
            fn printed_times_parse_back(secs in -2_000_000_000i64..4_000_000_000i64) {
                let t = DateTime::from_timestamp(secs, 0).unwrap();
                prop_assert_eq!(parse_time(&format_utc(t), Zone::UTC, "--at"), Ok(t));
            }
        }
    }
}
