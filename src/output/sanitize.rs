//! The one sanitiser for text shown on a terminal: control, C1, bidi-override and
//! invisible (zero-width, tag, separator) characters become visible escapes, so stored text can never drive the terminal.

use std::borrow::Cow;
use std::fmt::Write;

fn dangerous(c: char, keep_layout: bool) -> bool {
    match c {
        '\n' | '\t' => !keep_layout,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => true,
        _ => invisible(c),
    }
}

pub use crate::rules::case::invisible;

fn escape(s: &str, keep_layout: bool) -> Cow<'_, str> {
    // Printable ASCII, the usual case, is checked a byte at a time.
    let printable =
        |b: u8| (0x20..0x7f).contains(&b) || (keep_layout && (b == b'\n' || b == b'\t'));
    if s.bytes().all(printable) || !s.chars().any(|c| dangerous(c, keep_layout)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !dangerous(c, keep_layout) {
            out.push(c);
        } else if c == '\n' {
            out.push_str("\\n");
        } else if c == '\t' {
            out.push_str("\\t");
        } else if c == '\r' {
            out.push_str("\\r");
        } else if (c as u32) < 0x100 {
            let _ = write!(out, "\\x{:02x}", c as u32);
        } else {
            let _ = write!(out, "\\u{{{:04x}}}", c as u32);
        }
    }
    Cow::Owned(out)
}

/// Text for one line (a table cell, a message): every control character escaped.
pub fn inert_line(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

/// Multi-line text (a description): newlines and tabs kept, everything else escaped.
pub fn inert_text(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn escapes_become_visible() {
        assert_eq!(inert_line("a\u{1b}[2Jb"), "a\\x1b[2Jb");
        assert_eq!(
            inert_line("x\u{9b}y\u{202e}evil\u{7f}\r"),
            "x\\x9by\\u{202e}evil\\x7f\\r"
        );
        assert_eq!(inert_line("l1\nl2"), "l1\\nl2");
        assert_eq!(inert_text("l1\nl2\u{7}"), "l1\nl2\\x07");
        assert_eq!(inert_line("メール ok"), "メール ok");
        assert_eq!(
            inert_line("a\u{200b}b\u{200d}c\u{feff}d\u{ad}e\u{2028}f\u{e0041}"),
            "a\\u{200b}b\\u{200d}c\\u{feff}d\\xade\\u{2028}f\\u{e0041}"
        );
    }

    proptest! {
        #[test]
        fn no_dangerous_character_survives(s in any::<String>()) {
            let out = inert_line(&s);
            prop_assert!(!out.chars().any(|c| dangerous(c, false)));
            let out = inert_text(&s);
            prop_assert!(!out.chars().any(|c| dangerous(c, true)));
        }
    }
}
