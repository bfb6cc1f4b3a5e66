//! The reader's words for the ids svcreq shows in tables and sentences (SPEC 10): SLA states,
//! request states, categories, scopes, channels, availability, response targets, event kinds,
//! weekdays and durations. The ids themselves (what users type, what JSON and CSV carry) never
//! change; only their display does.

use crate::i18n::{self, Lang};

/// The display name of id `id` of kind `kind` (`sla`, `status`, `category`, `scope`,
/// `channel`, `availability`, `clock`, `event`, …) from the catalogue key `name-<kind>-<id>`;
/// the id itself when the catalogue has no name for it (a plan or tier name from a rules
/// file).
pub fn name(kind: &str, id: &str) -> String {
    name_in(i18n::lang(), kind, id)
}

/// [`name`] in `lang`.
pub fn name_in(lang: Lang, kind: &str, id: &str) -> String {
    let key = format!("name-{kind}-{id}");
    if i18n::has(lang, &key) {
        i18n::text_in(lang, &key, None)
    } else {
        id.to_string()
    }
}

/// An SLA state's display name.
pub fn sla(id: &str) -> String {
    name("sla", id)
}

/// A response target (`1h`, `30m`, `next-day`, `none`) as a reader says it: a duration in
/// the units of the reader's language (`1 時間`).
pub fn response(id: &str) -> String {
    match id.parse::<crate::rules::Response>() {
        Ok(crate::rules::Response::After(secs)) => crate::rules::file::duration_words(secs),
        _ => name("response", id),
    }
}

/// A response target id on its clock: on a business clock a duration is said in business
/// hours ([`crate::rules::file::business_duration_words_in`]), else as [`response`].
pub fn response_on(id: &str, business_clock: bool) -> String {
    match id.parse::<crate::rules::Response>() {
        Ok(crate::rules::Response::After(secs)) if business_clock => {
            crate::rules::file::business_duration_words_in(i18n::lang(), secs)
        }
        _ => response(id),
    }
}

/// One of the service description's notes (by its id in `crate::rules::notes`) in the
/// reader's language; JSON carries the English text.
pub fn note(id: &str) -> String {
    crate::rules::notes::text_in(i18n::lang(), id)
}

/// The cell shown where there is no value ("—" in English; an unambiguous-width dash in
/// Japanese, SPEC 10).
pub fn none() -> String {
    crate::tr!("cell-none")
}

/// Text svcreq stored in English (an event's detail), made safe for a Japanese table:
/// the characters of ambiguous East-Asian width (`·`, `—`, `–`, `→`), on whose width
/// terminals disagree, written as narrow ASCII (SPEC 10). Unchanged in English.
pub fn table_safe(s: &str) -> String {
    if i18n::lang() == Lang::En || !s.contains(['·', '—', '–', '→']) {
        return s.to_string();
    }
    s.replace('·', "/")
        .replace(['—', '–'], "-")
        .replace('→', "->")
}

/// Stored text as a reader sees it: the mark `redact` leaves (`[redacted]`, which JSON and
/// CSV carry) said in the reader's language (SPEC 7, SPEC 10).
pub fn redacted(s: &str) -> String {
    const MARK: &str = "[redacted]";
    if i18n::lang() == Lang::En || !s.contains(MARK) {
        return s.to_string();
    }
    s.replace(MARK, &crate::tr!("redacted-mark"))
}

/// Yes or no.
pub fn yes_no(b: bool) -> String {
    if b {
        crate::tr!("word-yes")
    } else {
        crate::tr!("word-no")
    }
}

/// A weekday's short name (Mon, 月).
pub fn weekday(w: chrono::Weekday) -> String {
    weekday_in(i18n::lang(), w)
}

/// [`weekday`] in `lang`.
pub fn weekday_in(lang: Lang, w: chrono::Weekday) -> String {
    let key = match w {
        chrono::Weekday::Mon => "weekday-mon",
        chrono::Weekday::Tue => "weekday-tue",
        chrono::Weekday::Wed => "weekday-wed",
        chrono::Weekday::Thu => "weekday-thu",
        chrono::Weekday::Fri => "weekday-fri",
        chrono::Weekday::Sat => "weekday-sat",
        chrono::Weekday::Sun => "weekday-sun",
    };
    i18n::text_in(lang, key, None)
}

/// Seconds as a short human duration in the reader's language: "2h 05m", "3d 4h", "45s"
/// (English), "2時間05分", "3日4時間", "45秒" (Japanese).
pub fn duration(secs: i64) -> String {
    duration_in(i18n::lang(), secs)
}

/// [`duration`] in `lang`.
pub fn duration_in(lang: Lang, secs: i64) -> String {
    if lang == Lang::En {
        return crate::time::human_duration(secs);
    }
    let s = secs.unsigned_abs();
    let (d, h, m) = (s / 86400, s % 86400 / 3600, s % 3600 / 60);
    if d > 0 {
        crate::tr!(in lang; "duration-days-hours", days = d, hours = h)
    } else if h > 0 {
        crate::tr!(in lang; "duration-hours-minutes", hours = h, minutes = m)
    } else if m > 0 {
        crate::tr!(in lang; "duration-minutes-seconds", minutes = m, seconds = s % 60)
    } else {
        crate::tr!(in lang; "duration-seconds", seconds = s)
    }
}

/// The names a long listing shows on every row, looked up once.
pub struct Names {
    sla: Vec<String>,
    status: [String; 2],
    category: Vec<String>,
    /// The cell for no value.
    pub none: String,
}

impl Default for Names {
    fn default() -> Self {
        Self::new()
    }
}

impl Names {
    /// The names in the language of this run.
    pub fn new() -> Names {
        use crate::rules::{Category, SlaState};
        Names {
            sla: SlaState::ALL.iter().map(|s| sla(s.as_str())).collect(),
            status: [name("status", "open"), name("status", "closed")],
            category: Category::ALL
                .iter()
                .map(|c| name("category", c.as_str()))
                .collect(),
            none: none(),
        }
    }

    /// An SLA state's name.
    pub fn sla(&self, s: crate::rules::SlaState) -> &str {
        let i = crate::rules::SlaState::ALL.iter().position(|x| *x == s);
        i.map_or("", |i| &self.sla[i])
    }

    /// A request state's name.
    pub fn status(&self, s: crate::store::Status) -> &str {
        match s {
            crate::store::Status::Open => &self.status[0],
            crate::store::Status::Closed => &self.status[1],
        }
    }

    /// A category's name.
    pub fn category(&self, c: crate::rules::Category) -> &str {
        let i = crate::rules::Category::ALL.iter().position(|x| *x == c);
        i.map_or("", |i| &self.category[i])
    }
}

/// A title cell led by the labels the other columns do not say (SPEC 10): the category of a
/// request without severity, whose severity cell says none (`(presales) Pricing for E5`),
/// and a response cycle in `sla` (`(cycle 2) …`), so neither widens a narrow column.
pub fn labelled_title(labels: &[&str], title: &str) -> String {
    labels.iter().rev().fold(title.to_string(), |title, label| {
        crate::tr!("title-labelled", label = label.to_string(), title = title)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Category, Channel, Scope, SlaState};

    #[test]
    fn every_id_shown_in_tables_has_a_name_in_every_language() {
        let mut keys: Vec<String> = Vec::new();
        keys.extend(SlaState::ALL.iter().map(|s| format!("name-sla-{s}")));
        keys.extend(Category::ALL.iter().map(|s| format!("name-category-{s}")));
        keys.extend(Scope::ALL.iter().map(|s| format!("name-scope-{s}")));
        keys.extend(Channel::ALL.iter().map(|s| format!("name-channel-{s}")));
        keys.extend(
            ["open", "closed"]
                .iter()
                .map(|s| format!("name-status-{s}")),
        );
        keys.extend(
            ["24x7", "business-hours"]
                .iter()
                .map(|s| format!("name-availability-{s}")),
        );
        keys.extend(
            ["24x7", "business"]
                .iter()
                .map(|s| format!("name-clock-{s}")),
        );
        keys.extend(
            ["next-day", "none"]
                .iter()
                .map(|s| format!("name-response-{s}")),
        );
        for lang in Lang::ALL {
            for k in &keys {
                assert!(i18n::has(lang, k), "{k} missing in {lang:?}");
            }
        }
    }

    #[test]
    fn japanese_durations_read_as_japanese() {
        let d = |s| duration_in(Lang::Ja, s);
        let got = [d(3 * 86400 + 4 * 3600), d(2 * 3600 + 300), d(45)];
        assert_eq!(got, ["3 日 4 時間", "2 時間 5 分", "45 秒"]);
    }
}
