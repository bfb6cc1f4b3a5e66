//! Where a table cell may wrap when a table is fitted to a terminal (SPEC 6, SPEC 10): only
//! between words. A number stays with its unit (`365 日`, `14 days`), a short parenthesised
//! group stays whole (`(サイクル 1)`), and Japanese, written without spaces, breaks as it is
//! set in print (after kana or a full stop, never before a closing mark) but never inside a
//! kanji compound, a katakana word, a Latin word, a date, a time or `09:00～17:00`.
//!
//! comfy-table wraps a cell at one delimiter, which it prints between the pieces it keeps
//! on a line. Every place a line may break is that delimiter, [`GAP`], one column wide: a
//! space between words is a bare [`GAP`]; a break with no space (between Japanese phrases) is
//! a [`GAP`] after [`PHRASE`], or after [`INSIDE`] inside a long phrase. A space that must
//! hold is [`GLUE`]. Once laid out, [`unmark_table`] prints a bare gap as a space and takes
//! out each marked one, padding its line at the end so the line keeps its width.

use unicode_width::UnicodeWidthStr;

/// A space that must not break (a no-break space during layout, a space once printed).
pub const GLUE: char = '\u{a0}';
/// Where a line may break: comfy-table's delimiter (an en space during layout; a space once
/// printed, or nothing after [`PHRASE`] or [`INSIDE`]).
pub const GAP: char = '\u{2002}';
/// Before a [`GAP`]: a break between Japanese phrases, where nothing is printed.
pub const PHRASE: char = '\u{2060}';
/// Before a [`GAP`]: a break inside a long Japanese phrase, taken only when its column is too
/// narrow for the phrase (the fitter's [`Level::Fine`]); nothing is printed.
pub const INSIDE: char = '\u{200b}';

/// How finely a column's cells break, as the fitter counts the room they need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Between words and phrases only.
    Words,
    /// Also inside long Japanese phrases.
    Fine,
}

/// A parenthesised group at most this wide (display columns) is kept on one line.
const SHORT_GROUP: usize = 16;

/// `s` (inert text) with every place it may break marked (see the module's comment).
pub fn mark(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let glued = held_spaces(&chars);
    let fine = fine_breaks(&chars);
    let mut out = String::with_capacity(s.len() + 16);
    for (i, c) in chars.iter().enumerate() {
        if *c == ' ' {
            // A line breaks at a single space between words, never at a run of them nor at
            // the edges of a cell.
            let single =
                i > 0 && chars[i - 1] != ' ' && chars.get(i + 1).is_some_and(|n| *n != ' ');
            out.push(if glued[i] || !single { GLUE } else { GAP });
            continue;
        }
        if i > 0 && chars[i - 1] != ' ' {
            if may_break(chars[i - 1], *c) {
                out.push(PHRASE);
                out.push(GAP);
            } else if fine[i] {
                out.push(INSIDE);
                out.push(GAP);
            }
        }
        out.push(*c);
    }
    out
}

/// Where a line of `s` may break, as [`mark`] marks it: the byte offset of each place, and
/// whether a space stands there (taken out when the line breaks).
pub fn breaks(s: &str) -> Vec<(usize, bool)> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let plain: Vec<char> = chars.iter().map(|(_, c)| *c).collect();
    let glued = held_spaces(&plain);
    let fine = fine_breaks(&plain);
    let mut out = Vec::new();
    for (i, (at, c)) in chars.iter().enumerate() {
        if *c == ' ' {
            let single =
                i > 0 && plain[i - 1] != ' ' && plain.get(i + 1).is_some_and(|n| *n != ' ');
            if single && !glued[i] {
                out.push((*at, true));
            }
        } else if i > 0 && plain[i - 1] != ' ' && (may_break(plain[i - 1], *c) || fine[i]) {
            out.push((*at, false));
        }
    }
    out
}

/// `s` with every space where a line may not break ([`breaks`]: after a number, before a
/// particle, inside a two-word katakana term or a short group) made a no-break space, so a
/// wrapper that breaks at any space (clap's help) breaks only where [`breaks`] allows.
pub fn hold_spaces(s: &str) -> String {
    let open: Vec<usize> = breaks(s)
        .into_iter()
        .filter(|(_, space)| *space)
        .map(|(at, _)| at)
        .collect();
    s.char_indices()
        .map(|(at, c)| {
            let between_words = c == ' '
                && s[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|p| p != ' ' && p != '\n')
                && s[at + 1..]
                    .chars()
                    .next()
                    .is_some_and(|n| n != ' ' && n != '\n');
            if between_words && open.binary_search(&at).is_err() {
                GLUE
            } else {
                c
            }
        })
        .collect()
}

/// Marked text as it is printed: spaces back, breaks with no space gone.
pub fn unmark(s: &str) -> String {
    if !s.contains([GLUE, GAP, PHRASE, INSIDE]) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            PHRASE | INSIDE => {
                chars.next_if_eq(&GAP);
            }
            GLUE | GAP => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A table laid out by comfy-table from marked cells, as it is printed: each cell's line
/// unmarked and padded at its end by the breaks taken out of it, so it keeps its width. The
/// cells are found by the column widths of the top border.
pub fn unmark_table(table: &str) -> String {
    if !table.contains([PHRASE, INSIDE]) {
        return unmark(table);
    }
    let widths: Vec<usize> = table
        .lines()
        .next()
        .filter(|top| top.starts_with('╭'))
        .map(|top| {
            top.trim_start_matches('╭')
                .trim_end_matches('╮')
                .split('┬')
                .map(|seg| seg.chars().count())
                .collect()
        })
        .unwrap_or_default();
    let mut out = String::with_capacity(table.len());
    for line in table.split_inclusive('\n') {
        if widths.is_empty() || !line.starts_with('│') {
            out.push_str(&unmark(line));
        } else {
            realign(line, &widths, &mut out);
        }
    }
    out
}

/// One content line of a table, each cell unmarked and padded back to its width.
fn realign(line: &str, widths: &[usize], out: &mut String) {
    use unicode_width::UnicodeWidthChar;
    let mut chars = line.chars().peekable();
    // The left border.
    out.extend(chars.next());
    let escape = |chars: &mut std::iter::Peekable<std::str::Chars<'_>>, seg: &mut String| {
        for e in chars.by_ref() {
            seg.push(e);
            if e.is_ascii_alphabetic() {
                break;
            }
        }
    };
    for w in widths {
        // A cell is `w` columns (padding included); a colour's escape sequence takes none.
        let mut seg = String::new();
        let mut used = 0;
        while used < *w {
            let Some(c) = chars.next() else { break };
            seg.push(c);
            if c == '\u{1b}' {
                escape(&mut chars, &mut seg);
            } else {
                used += c.width().unwrap_or(0);
            }
        }
        while chars.peek() == Some(&'\u{1b}') {
            escape(&mut chars, &mut seg);
        }
        let printed = unmark(&seg);
        let lost = seg.width().saturating_sub(printed.width());
        out.push_str(&printed);
        out.extend(std::iter::repeat_n(' ', lost));
        // The border after the cell.
        out.extend(chars.next());
    }
    out.extend(chars);
}

/// The pieces of marked `s` that stay whole at `level`, as printed.
pub fn pieces(s: &str, level: Level) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut joined = false;
    for p in s.split(GAP) {
        match out.last_mut() {
            Some(last) if joined => last.push_str(p),
            _ => out.push(p.to_string()),
        }
        // At the level of words, a break inside a phrase is not taken.
        joined = level == Level::Words && p.ends_with(INSIDE);
    }
    out.iter().map(|p| unmark(p)).collect()
}

/// The display width of the widest piece of marked `s` at `level`.
pub fn widest_piece(s: &str, level: Level) -> usize {
    pieces(s, level)
        .iter()
        .map(|p| p.width())
        .max()
        .unwrap_or(0)
}

/// The display width of the widest piece of marked `s` at [`Level::Fine`] that holds a
/// digit: a date, a time, a number with its unit, which no layout may split.
pub fn widest_figure(s: &str) -> usize {
    pieces(s, Level::Fine)
        .iter()
        .filter(|p| p.bytes().any(|b| b.is_ascii_digit()))
        .map(|p| p.width())
        .max()
        .unwrap_or(0)
}

/// The display widths of the widest timestamp in marked `s` (`2026-11-24 18:00:00 JST`,
/// a weekday after the date allowed): whole with its zone, without it, and its time with
/// its zone. Zeros when `s` holds no date followed by a time. A fitted table keeps a
/// timestamp whole when it can afford to, else breaks it before the zone, then between
/// the date and the time (the zone kept with the time when it can), never inside either.
pub fn widest_stamp(s: &str) -> (usize, usize, usize) {
    let text: Vec<char> = unmark(s).chars().collect();
    let digit = |i: usize| text.get(i).is_some_and(char::is_ascii_digit);
    let at = |i: usize, c: char| text.get(i) == Some(&c);
    let digits = |i: usize, n: usize| (i..i + n).all(digit);
    let mut best = (0, 0, 0);
    for i in 0..text.len() {
        if (i > 0 && digit(i - 1))
            || !(digits(i, 4) && at(i + 4, '-') && digits(i + 5, 2) && at(i + 7, '-'))
            || !digits(i + 8, 2)
        {
            continue;
        }
        let mut j = i + 10;
        // A weekday: " (火)".
        if at(j, ' ') && at(j + 1, '(') && at(j + 3, ')') {
            j += 4;
        }
        if !(at(j, ' ') && digits(j + 1, 2) && at(j + 3, ':') && digits(j + 4, 2)) {
            continue;
        }
        let time_start = j + 1;
        j += 6;
        if at(j, ':') && digits(j + 1, 2) {
            j += 3;
        }
        let time_end = j;
        if at(j, ' ') && text.get(j + 1).is_some_and(char::is_ascii_uppercase) {
            j += 1;
            while text
                .get(j)
                .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '/' | '_'))
            {
                j += 1;
            }
        }
        let w = |from: usize, end: usize| text[from..end].iter().collect::<String>().width();
        let found = (w(i, j), w(i, time_end), w(time_start, j));
        if found > best {
            best = found;
        }
    }
    best
}

/// Which spaces of `chars` must hold: the one after a number (its unit follows), and those
/// inside a short parenthesised group.
fn held_spaces(chars: &[char]) -> Vec<bool> {
    let mut glued = vec![false; chars.len()];
    let mut term_before = false;
    let mut token_start = 0;
    for (i, c) in chars.iter().enumerate() {
        if *c != ' ' {
            continue;
        }
        let token = &chars[token_start..i];
        // A bracket after a number opens a group of its own ("3 (cycle 2)").
        let next_is_word = chars
            .get(i + 1)
            .is_some_and(|n| *n != ' ' && class(*n) != Class::Open);
        let next_token: Vec<char> = chars[i + 1..]
            .iter()
            .take_while(|c| **c != ' ')
            .copied()
            .collect();
        let prev = token.last().copied();
        let next = chars.get(i + 1).copied();
        // The katakana words either side of the space, as wide as they are.
        let kana_width = |run: &mut dyn Iterator<Item = &char>| {
            run.take_while(|c| class(**c) == Class::Katakana)
                .map(|c| unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0))
                .sum::<usize>()
        };
        let pair_width =
            kana_width(&mut token.iter().rev()) + 1 + kana_width(&mut next_token.iter());
        if next_is_word && is_number(token)
            || is_short_duration(token) && is_short_duration(&next_token)
            // A particle belongs to the word before it ("--severity で").
            || next.is_some_and(|n| class(n) == Class::Kana)
            // A short group after a word is part of it: a weekday after a date ("(水)").
            || next == Some('(') && next_token.len() <= 3 && next_token.last() == Some(&')')
            // A short group a comma or full stop follows ("違反 (既定)、") ends its phrase.
            || next == Some('(')
                && next_token.iter().position(|c| *c == ')').is_some_and(|end| {
                    end <= 4 && next_token.get(end + 1).is_some_and(|c| no_start(*c))
                })
            // A term of two katakana words (サポート レベル, タイム ゾーン).
            || !term_before
                && prev.is_some_and(|p| class(p) == Class::Katakana)
                && next.is_some_and(|n| class(n) == Class::Katakana)
                && pair_width <= 20
        {
            glued[i] = true;
        }
        // A term is two words: the next space after one breaks as any other.
        term_before = glued[i]
            && prev.is_some_and(|p| class(p) == Class::Katakana)
            && next_token.iter().all(|n| class(*n) == Class::Katakana);
        token_start = i + 1;
    }
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        match c {
            '(' | '（' | '[' => open.push(i),
            ')' | '）' | ']' => {
                if let Some(start) = open.pop() {
                    let group: String = chars[start..=i].iter().collect();
                    if group.width() <= SHORT_GROUP {
                        for (g, c) in glued[start..=i].iter_mut().zip(&chars[start..=i]) {
                            *g |= *c == ' ';
                        }
                    }
                }
            }
            _ => {}
        }
    }
    glued
}

/// Where a long Japanese phrase may break when its column is narrow: before a run of
/// kana of at least three after a kanji compound or katakana word (送受信|できない, but
/// 目標なし stays whole), and inside a run of kana leaving at least two on each side; never
/// before a mark that may not start a line.
fn fine_breaks(chars: &[char]) -> Vec<bool> {
    let mut fine = vec![false; chars.len()];
    let mut i = 0;
    while i < chars.len() {
        if class(chars[i]) != Class::Kana {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && class(chars[i]) == Class::Kana {
            i += 1;
        }
        if i - start >= 3
            && start > 0
            && matches!(class(chars[start - 1]), Class::Kanji | Class::Katakana)
            && !no_start(chars[start])
        {
            fine[start] = true;
        }
        for j in start + 2..i.saturating_sub(1) {
            if !no_start(chars[j]) {
                fine[j] = true;
            }
        }
    }
    fine
}

/// A duration in short units (`1h`, `05m`, `3d`): two in a row (`1h 05m`) hold together.
fn is_short_duration(token: &[char]) -> bool {
    let digits = token.iter().take_while(|c| c.is_ascii_digit()).count();
    digits > 0 && token.len() - digits == 1 && matches!(token[digits], 'd' | 'h' | 'm' | 's')
}

/// Whether `token` ends in a number: digits, possibly with a decimal point or thousands
/// comma (`365`, `2.5`, `1,000`), after nothing or after Japanese (`日、1`), not the end of
/// a Latin word, a date or a time (`e5`, `2026-11-24`).
fn is_number(token: &[char]) -> bool {
    let numeric = |c: &char| c.is_ascii_digit() || *c == '.' || *c == ',';
    let start = token.iter().rposition(|c| !numeric(c)).map_or(0, |i| i + 1);
    let digits = &token[start..];
    digits.first().is_some_and(char::is_ascii_digit)
        && (start == 0
            || !matches!(
                class(token[start - 1]),
                Class::Latin | Class::Join | Class::Close
            ))
}

/// How a character behaves at a line break in Japanese text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Hiragana: particles and endings; a line may break after any of them.
    Kana,
    /// Kanji: a compound stays whole.
    Kanji,
    /// Katakana: a word stays whole.
    Katakana,
    /// Latin letters, digits and the rest: a word stays whole.
    Latin,
    /// An opening bracket: never ends a line.
    Open,
    /// A closing bracket or mark: never starts a line.
    Close,
    /// A comma or full stop: never starts a line; a line may break after it.
    Stop,
    /// Joins its neighbours (`・`, `～`, `/`, `-`): no break on either side.
    Join,
}

fn class(c: char) -> Class {
    match c {
        '、' | '。' | '，' | '．' | '！' | '？' => Class::Stop,
        ')' | ']' | '）' | '」' | '』' | '】' | '〕' | '］' | '｝' | '〉' | '》' | ',' | '.'
        | ':' | ';' | '!' | '?' | '%' | '％' | '：' | '；' => Class::Close,
        '(' | '[' | '（' | '「' | '『' | '【' | '〔' | '［' | '｛' | '〈' | '《' => {
            Class::Open
        }
        '・' | '～' | '〜' | '/' | '-' | '_' | '&' | '+' | '=' => Class::Join,
        '\u{3041}'..='\u{309f}' => Class::Kana,
        '\u{30a0}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9f}' => {
            Class::Katakana
        }
        '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '〆' => {
            Class::Kanji
        }
        _ => Class::Latin,
    }
}

/// Whether a line may break between `a` and `b` (no space between them) at
/// [`Level::Words`]: between phrases (after the kana that end one, before the kanji,
/// katakana or Latin word that starts the next), after a comma or full stop, between Latin and
/// Japanese; never before a closing mark, after an opening one, nor inside a kanji compound,
/// a katakana word or a Latin word.
fn may_break(a: char, b: char) -> bool {
    use Class::*;
    if no_start(b) {
        return false;
    }
    match (class(a), class(b)) {
        (_, Close | Stop) | (Open | Join, _) | (_, Join) => false,
        (Stop, _) => true,
        // A phrase ends with its kana; the next starts with a word.
        (Kana, Kanji | Katakana | Latin | Open) => true,
        (Close, Kanji | Katakana | Open) => true,
        (Kanji | Katakana, Latin) | (Latin, Kanji | Katakana) => true,
        _ => false,
    }
}

/// The long-vowel mark, small kana and the kanji repeat mark belong to what comes before
/// them: a line never starts with one.
fn no_start(c: char) -> bool {
    matches!(
        c,
        'ー' | 'ぁ'
            | 'ぃ'
            | 'ぅ'
            | 'ぇ'
            | 'ぉ'
            | 'っ'
            | 'ゃ'
            | 'ゅ'
            | 'ょ'
            | 'ゎ'
            | 'ゝ'
            | 'ゞ'
            | 'ァ'
            | 'ィ'
            | 'ゥ'
            | 'ェ'
            | 'ォ'
            | 'ッ'
            | 'ャ'
            | 'ュ'
            | 'ョ'
            | 'ヵ'
            | 'ヶ'
            | '々'
            | 'ヽ'
            | 'ヾ'
    ) || matches!(class(c), Class::Close | Class::Stop)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pieces a cell keeps whole at `level`, as printed.
    fn at(level: Level, s: &str) -> Vec<String> {
        pieces(&mark(s), level)
    }

    fn words(s: &str) -> Vec<String> {
        at(Level::Words, s)
    }

    #[test]
    fn a_number_keeps_its_unit() {
        assert_eq!(
            words("24 時間 365 日、1 時間"),
            ["24 時間", "365 日、", "1 時間"]
        );
        assert_eq!(
            at(Level::Fine, "24 時間 365 日、1 時間"),
            ["24 時間", "365 日、", "1 時間"]
        );
        assert_eq!(words("1 時間 0 分 超過"), ["1 時間", "0 分", "超過"]);
        assert_eq!(words("open for 14 days"), ["open", "for", "14 days"]);
        assert_eq!(words("overdue 1h 05m"), ["overdue", "1h 05m"]);
    }

    #[test]
    fn dates_times_and_spans_stay_whole() {
        for level in [Level::Words, Level::Fine] {
            assert_eq!(
                at(level, "2026-11-24 18:00:00 JST"),
                ["2026-11-24", "18:00:00", "JST"]
            );
            assert_eq!(
                at(level, "月・火・水・木・金 09:00～17:00"),
                ["月・火・水・木・金", "09:00～17:00"]
            );
        }
    }

    #[test]
    fn a_short_group_in_parentheses_stays_whole() {
        assert_eq!(words("3 (サイクル 1)"), ["3", "(サイクル 1)"]);
        assert_eq!(at(Level::Fine, "3 (cycle 2)"), ["3", "(cycle 2)"]);
        assert_eq!(words("contoso (既定)"), ["contoso", "(既定)"]);
    }

    #[test]
    fn japanese_breaks_between_phrases_and_finely_only_inside_long_ones() {
        let title = "全ユーザーがメールを送受信できない。回避策はありません";
        assert_eq!(
            words(title),
            [
                "全ユーザーが",
                "メールを",
                "送受信できない。",
                "回避策はありません"
            ]
        );
        assert_eq!(
            at(Level::Fine, title),
            [
                "全ユーザーが",
                "メールを",
                "送受信",
                "でき",
                "ない。",
                "回避策",
                "はあ",
                "り",
                "ま",
                "せん"
            ]
        );
        for short in [
            "テナント",
            "プレセールス",
            "応答待ち",
            "目標なし",
            "営業時間",
        ] {
            assert_eq!(at(Level::Fine, short), [short]);
        }
        assert_eq!(words("「営業時間」内"), ["「営業時間」", "内"]);
        assert_eq!(
            words("サポート レベル business"),
            ["サポート レベル", "business"]
        );
        assert_eq!(words("(--severity で指定)"), ["(--severity で", "指定)"]);
        assert_eq!(
            words("2026-11-25 (水) 23:59:59 JST"),
            ["2026-11-25 (水)", "23:59:59", "JST"]
        );
        assert_eq!(words("E5の価格"), ["E5の", "価格"]);
    }

    #[test]
    fn marks_vanish_once_printed() {
        for s in [
            "24 時間 365 日、1 時間",
            "a (b c) 1 day",
            "全ユーザーがメールを",
            " x  y ",
        ] {
            assert_eq!(unmark(&mark(s)), s);
        }
    }

    #[test]
    fn a_laid_out_line_keeps_its_width() {
        let cell = mark("全ユーザーがメールを");
        // As comfy-table lays it out on one line, each break's gap counted a column.
        let line = format!("│ {cell} ┆ x │\n");
        let top = format!("╭{}┬───╮\n", "─".repeat(cell.width() + 2));
        let out = unmark_table(&format!("{top}{line}"));
        let printed = out.lines().nth(1).unwrap();
        assert_eq!(printed.width(), line.trim_end().width());
        assert!(printed.starts_with("│ 全ユーザーがメールを "), "{printed}");
        assert!(printed.ends_with("┆ x │"), "{printed}");
    }
}
