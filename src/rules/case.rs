//! The case record (SPEC 7), pure: Microsoft's case number and incident ids, the text
//! `list --search` matches, and the due time of a cycle whose severity changes.

use super::sla::Cycle;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

/// Longest case number, in characters.
pub const CASE_NUMBER_MAX: usize = 64;

/// Check a case number: 1–64 ASCII letters, digits or `-` (SPEC 7), read after
/// [`fold_width`] (`２４０５` is `2405`). Returns it as given, folded; case numbers compare
/// without regard to case.
pub fn check_case_number(s: &str) -> Result<String, String> {
    let folded = fold_width(s);
    let t = folded.trim();
    if t.is_empty() || t.len() > CASE_NUMBER_MAX {
        return Err(crate::tr!(
            "error-case-number-length",
            value = t,
            max = CASE_NUMBER_MAX
        ));
    }
    if !t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Err(crate::tr!("error-case-number-characters", value = t));
    }
    Ok(t.to_string())
}

/// Check a service-health incident id: two or three capital letters and 4–8 digits
/// (`EX123456`, SPEC 7), read after [`fold_width`] (`ＥＸ１２３４５６` is `EX123456`).
pub fn check_incident(s: &str) -> Result<String, String> {
    let folded = fold_width(s);
    let t = folded.trim();
    let letters = t.bytes().take_while(u8::is_ascii_uppercase).count();
    let digits = &t[letters..];
    if (2..=3).contains(&letters)
        && (4..=8).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
    {
        Ok(t.to_string())
    } else {
        Err(crate::tr!("error-incident-id", value = t))
    }
}

/// A value as svcreq reads it wherever it takes one from a fixed set of ids (a severity, a
/// service, a format, a language, a plan…) or parses a number or an id (SPEC 2): folded by
/// NFKC, so the full-width and other compatibility forms a Japanese input method types
/// (`Ａ`, `ｔｅａｍｓ`, `１`, a full-width space) read as the ASCII value meant. Case is kept:
/// the folded text is then read as the ASCII text is. ASCII text (most values) is returned as
/// it is, without a copy. Free text (titles, notes) is never folded: it is stored as typed.
pub fn fold_width(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() || is_nfkc_quick(s.chars()) == IsNormalized::Yes {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.nfkc().collect())
    }
}

/// Characters that draw nothing or reorder text: Unicode's format characters (bidi
/// controls, zero-width space, non-joiner and joiner, word joiner, soft hyphen, the byte
/// order mark, interlinear annotations, tag characters) and the line and paragraph
/// separators U+2028/U+2029. Shown as escapes, they cannot hide or disguise text.
pub fn invisible(c: char) -> bool {
    matches!(c,
        '\u{00ad}' | '\u{034f}' | '\u{061c}' | '\u{115f}' | '\u{1160}' | '\u{180e}'
        | '\u{0600}'..='\u{0605}' | '\u{06dd}' | '\u{070f}' | '\u{0890}' | '\u{0891}' | '\u{08e2}'
        | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}'
        | '\u{3164}' | '\u{feff}' | '\u{ffa0}' | '\u{fff9}'..='\u{fffb}'
        | '\u{110bd}' | '\u{110cd}' | '\u{13430}'..='\u{1343f}' | '\u{1bca0}'..='\u{1bca3}'
        | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e007f}')
}

/// Whether a text shows nothing (SPEC 2, "bad input"): every character of it is a blank
/// (Unicode's White_Space), a control character or an [`invisible`] one, the empty text
/// included. A required text (a title, a note) that is blank is refused as an empty one is;
/// an optional one (a resolution, a contact) that is blank is none.
pub fn blank(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_whitespace() || c.is_control() || invisible(c))
}

/// Fold text for search: NFKC (full-width Latin and half-width katakana become their usual
/// forms), then lower case, then NFKC again (lower-casing can denormalise). Text that is
/// already normalised (most text) skips the normaliser.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let nfkc = |t: &str| -> String {
        if is_nfkc_quick(t.chars()) == IsNormalized::Yes {
            t.to_string()
        } else {
            t.nfkc().collect()
        }
    };
    let lower = nfkc(text).to_lowercase();
    if lower.is_ascii() {
        lower
    } else {
        nfkc(&lower)
    }
}

/// The text `list --search` looks in for one request: every text field of the case
/// record and every note, folded, one per line.
pub fn search_text<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for p in parts {
        if p.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&fold(p));
    }
    out
}

/// The cycle after a change of severity (or category or tenant) at `at` (SPEC 7): while
/// unanswered and open, the new target counts from `at` (`new_due` is the due time of the
/// new target started at `at`); a breach that happened before the change stands, so the
/// old due time is kept when it had already passed. An answered or closed cycle keeps its
/// target. Returns the due time the cycle has after the change.
pub fn retarget(
    cycle: &Cycle,
    at: chrono::DateTime<chrono::Utc>,
    new_due: Option<chrono::DateTime<chrono::Utc>>,
) -> Option<chrono::DateTime<chrono::Utc>> {
    if cycle.responded_at.is_some() || cycle.closed_at.is_some() {
        return cycle.due;
    }
    match cycle.due {
        Some(old) if old < at => Some(old),
        _ => new_due,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn a_text_is_blank_when_it_shows_nothing() {
        for s in [
            "",
            " \t\n",
            "\u{200b}",
            "\u{200c}\u{200d}\u{2060}",
            "\u{feff}",
            "\u{ad}",
            "\u{2028}\u{2029}",
            "\u{e0041}\u{e007f}",
            "\u{202e}\u{2066}",
            "\u{1b}\u{7}",
            "\u{3000}\u{a0}",
            "\u{3164}\u{115f}",
        ] {
            assert!(blank(s), "{s:?}");
        }
        for s in ["x", "\u{200b}x", "メール", " . ", "\u{1b}[31m"] {
            assert!(!blank(s), "{s:?}");
        }
    }

    #[test]
    fn case_numbers_are_ascii_letters_digits_and_hyphens() {
        assert_eq!(
            check_case_number("2405010010005082").unwrap(),
            "2405010010005082"
        );
        assert!(check_case_number("TrackingID#123").is_err());
        assert!(check_case_number("").is_err());
        assert!(check_case_number(&"1".repeat(65)).is_err());
        // Full-width digits are the digits an input method types (SPEC 2): read as ASCII.
        assert_eq!(check_case_number("２４０５").unwrap(), "2405");
        assert!(check_case_number("２４０５＃").is_err());
    }

    #[test]
    fn incident_ids_are_letters_then_digits() {
        for ok in ["EX123456", "MO654321", "ABC1234", "EX12345678"] {
            assert!(check_incident(ok).is_ok(), "{ok}");
        }
        assert_eq!(check_incident("ＥＸ１２３４５６").unwrap(), "EX123456");
        for bad in [
            "ex123456",
            "E123456",
            "ABCD1234",
            "EX123",
            "EX123456789",
            "EX12a456",
        ] {
            assert!(check_incident(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn folding_ignores_width_and_case() {
        assert_eq!(fold("ｔｅａｍｓ"), "teams");
        assert_eq!(fold("Teams"), "teams");
        assert_eq!(fold("ﾃｽﾄ"), "テスト");
        assert_eq!(fold("障害"), "障害");
    }

    #[test]
    fn a_breach_before_the_change_stands() {
        let c = Cycle {
            started_at: t("2026-11-24T00:00:00Z"),
            due: Some(t("2026-11-24T01:00:00Z")),
            responded_at: None,
            closed_at: None,
        };
        let new = Some(t("2026-11-26T14:59:59Z"));
        assert_eq!(retarget(&c, t("2026-11-24T02:00:00Z"), new), c.due);
        assert_eq!(retarget(&c, t("2026-11-24T00:30:00Z"), new), new);
        let answered = Cycle {
            responded_at: Some(t("2026-11-24T00:10:00Z")),
            ..c
        };
        assert_eq!(retarget(&answered, t("2026-11-24T00:30:00Z"), new), c.due);
    }
}
