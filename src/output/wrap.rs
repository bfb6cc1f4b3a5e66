//! Where a table cell may wrap when a table is fitted to a terminal (SPEC 6, SPEC 10): only
//! between words. A number stays with its unit (`365 日`, `14 days`), a short parenthesised
//! group stays whole (`(サイクル 1)`), and Japanese, written without spaces, breaks as it is
//! set in print (after kana or a full stop, never before a closing mark) but never inside a
//! katakana word, a Latin word, an id, a date, a time or a number with its unit.
//!
//! Each place a line may break has a [`Level`]: between words and phrases; finer, inside a
//! long phrase (送受信|できない) or inside a span of times (`09:00～|17:00`); finest, inside a
//! kanji compound; last, after a number and its unit (`50 分|超過`). A fitted column is wrapped
//! ([`wrap`]) only at the places of its own level and the coarser ones, so a column wide
//! enough for its phrases never breaks inside one; a piece wider than its column (the last
//! resort) is cut where it must, never before a mark that may not start a line.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A space that must not break (a no-break space while clap wraps help; a space once printed).
pub const GLUE: char = '\u{a0}';

/// How finely a column's cells break: each level also breaks where the coarser ones do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Between words and phrases only.
    Words,
    /// Also inside long Japanese phrases, after a number with its unit, inside a span of
    /// times.
    Fine,
    /// Also inside kanji compounds (never inside a katakana or Latin word).
    Any,
    /// The last resort before a word is cut: anywhere in Japanese but inside a katakana word
    /// or a number with its unit, before a mark that may not start a line or after one that
    /// may not end it.
    Last,
}

/// A line of kanji and kana alone at most this many characters is one word.
const SHORT_WORD: usize = 6;

/// The text after a label at most this wide (display columns) is kept with it on one line.
const LABEL_WORD: usize = 24;

/// A parenthesised group at most this wide (display columns) is kept on one line.
const SHORT_GROUP: usize = 16;

/// Where a line of `chars` may break and how finely, down to `finest` (the finer places are
/// not looked for): for a space, at the space (taken out when the line breaks there); for
/// any other character, before it. A line never starts with the hiragana that end a phrase
/// (a particle, an ending: `会議|に`, `止まって|いる`) unless `wider` says the phrase is
/// wider than its column: then before its ending first (参加|できない), not inside a word.
fn points(chars: &[char], finest: Level, wider: bool) -> Vec<Option<Level>> {
    let mut out = phrase_points(chars, finest);
    for (i, point) in out.iter_mut().enumerate() {
        if point.is_some() && starts_with_ending(chars, i) && !wider {
            *point = None;
        } else if wider && point.is_some() && i > 0 && chars[i] != ' ' && !honorific(chars, i) {
            // Inside a phrase too wide for its column: after a particle that ends a word
            // (回避策は|ありません, ユーザーが|いない) first, inside a run of kana last.
            let kana = |c: char| class(c) == Class::Kana;
            let word = |j: usize| {
                chars
                    .get(j)
                    .is_some_and(|c| matches!(class(*c), Class::Kanji | Class::Katakana))
            };
            if kana(chars[i - 1]) && kana(chars[i]) {
                let particle =
                    matches!(chars[i - 1], 'は' | 'が' | 'を' | 'も') && i >= 2 && word(i - 2);
                // After the て of a verb (止まって|います, 教えて|ください) too; never inside a
                // two-kana particle or ending (か|ら, い|ます, くだ|さい).
                let te = matches!(chars[i - 1], 'て' | 'で');
                let before = chars[..i].iter().rev().take_while(|c| kana(**c)).count();
                let after = chars[i..].iter().take_while(|c| kana(**c)).count();
                *point = if after < 3 || before < 2 && !particle {
                    None
                } else if particle || te {
                    Some(Level::Fine)
                } else {
                    Some(Level::Last)
                };
            }
        }
    }
    // Never between a bracket's first word and the quote it opens (`(語句|「…」)`).
    for i in 1..chars.len() {
        if bracket_lead(chars, i).is_some() {
            out[i] = None;
            if chars[i - 1] == ' ' {
                out[i - 1] = None;
            }
        }
    }
    out
}

/// Whether a line that breaks at `chars[i]` would start with hiragana that end the phrase
/// before it (SPEC 10: Japanese breaks between 文節, after a particle or an ending): the
/// hiragana at `i`, or after the space at `i`, follow a word, not a comma or full stop.
fn starts_with_ending(chars: &[char], i: usize) -> bool {
    if honorific(chars, i) {
        return false;
    }
    let kana = |j: usize| chars.get(j).is_some_and(|c| class(*c) == Class::Kana);
    if chars[i] == ' ' {
        return kana(i + 1) && i > 0 && class(chars[i - 1]) != Class::Stop;
    }
    kana(i) && i > 0 && !matches!(class(chars[i - 1]), Class::Stop) && chars[i - 1] != ' '
}

/// Whether `chars[i]` is a polite prefix (`お`, `ご`) that starts the word after it: a kanji
/// follows, and a particle or a mark stands before it (対応を|お願いします).
fn honorific(chars: &[char], i: usize) -> bool {
    i > 0
        && matches!(chars[i], 'お' | 'ご')
        && chars.get(i + 1).is_some_and(|c| class(*c) == Class::Kanji)
        && matches!(
            class(chars[i - 1]),
            Class::Kana | Class::Stop | Class::Close
        )
}

/// [`points`] before the rule on phrase endings.
fn phrase_points(chars: &[char], finest: Level) -> Vec<Option<Level>> {
    let glued = held_spaces(chars);
    let fine = if finest >= Level::Fine {
        fine_breaks(chars)
    } else {
        Vec::new()
    };
    let quoted = short_quotes(chars);
    // A short line of kanji and kana alone is one word (a state: 違反間近, 期限後に応答),
    // broken only at the last.
    // A mark after it (目標なし*) goes with it.
    let bare = chars.len()
        - chars
            .iter()
            .rev()
            .take_while(|c| class(**c) == Class::Close)
            .count();
    let short_word = (2..=SHORT_WORD).contains(&bare)
        && chars[..bare]
            .iter()
            .all(|c| matches!(class(*c), Class::Kanji | Class::Kana));
    chars
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if short_word {
                // At a phrase's end or a compound's seam (違反|間近, 期限後に|応答).
                let last = finest == Level::Last
                    && i > 0
                    && (may_break(chars[i - 1], *c) || any_point(chars, i));
                return last.then_some(Level::Last);
            }
            if *c == ' ' {
                // A line breaks at a single space between words, never at a run of them nor
                // at the edges of a cell.
                let single =
                    i > 0 && chars[i - 1] != ' ' && chars.get(i + 1).is_some_and(|n| *n != ' ');
                // A held space gives way at the last, but the one between a number and its
                // unit.
                let start = chars[..i]
                    .iter()
                    .rposition(|c| *c == ' ')
                    .map_or(0, |s| s + 1);
                return match (single, glued[i]) {
                    (true, false) => Some(Level::Words),
                    // A duration of two units breaks between them before a word splits.
                    (true, true) if finest >= Level::Any && unit_then_number(chars, start, i) => {
                        Some(Level::Any)
                    }
                    (true, true) if finest == Level::Last && !number_glue(chars, i) => {
                        Some(Level::Last)
                    }
                    _ => None,
                };
            }
            if i == 0 || chars[i - 1] == ' ' || latin_joined(chars, i) {
                None
            } else if honorific(chars, i) {
                // A polite prefix starts its word (対応を|お願いします, 内容を|ご確認).
                Some(Level::Words)
            } else if honorific(chars, i - 1) {
                None
            } else if may_break(chars[i - 1], *c) && bound_word(chars, i) {
                // これ|以下 only at the last.
                (finest == Level::Last).then_some(Level::Last)
            } else if may_break(chars[i - 1], *c) {
                // Inside a word written with a kana between its kanji (割り|当て), or inside
                // a short quoted value (「手動で|指定」), only at the finer level.
                if quoted[i] || okurigana(chars, i) {
                    Some(Level::Fine)
                } else {
                    Some(Level::Words)
                }
            } else if finest == Level::Words {
                None
            } else if fine[i].is_some() {
                fine[i]
            } else if finest >= Level::Any && any_point(chars, i) {
                Some(Level::Any)
            } else if finest == Level::Last && last_break(chars[i - 1], *c) && !in_unit(chars, i) {
                Some(Level::Last)
            } else {
                None
            }
        })
        .collect()
}

/// Where a line of `s` may break between words and phrases ([`Level::Words`]): the byte
/// offset of each place, and whether a space stands there (taken out when the line breaks).
pub fn breaks(s: &str) -> Vec<(usize, bool)> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let plain: Vec<char> = chars.iter().map(|(_, c)| *c).collect();
    points(&plain, Level::Words, false)
        .into_iter()
        .zip(&chars)
        .filter(|(point, _)| *point == Some(Level::Words))
        .map(|(_, (at, c))| (*at, *c == ' '))
        .collect()
}

/// A piece of a line that stays whole at some level: the level of the place before it
/// (none for the first), whether a space stands there, and its text.
type Piece = (Option<Level>, bool, String);

/// The pieces of one line that stay whole at `level`; in a column `width` wide, each
/// timestamp that fits it is one piece too, else its time with its zone when they fit.
/// `wider`: the line is a phrase wider than its column, which may break before its ending.
fn split(line: &str, level: Level, width: Option<usize>, wider: bool) -> Vec<Piece> {
    let chars: Vec<char> = line.chars().collect();
    let mut points = points(&chars, level, wider);
    let original = points.clone();
    if let Some(width) = width {
        let w = |from: usize, to: usize| chars[from..to].iter().collect::<String>().width();
        // A timestamp goes with the opening mark before it and the closing marks after it
        // (「2026-11-24 12:00:00 JST」、), which no line may end or start with.
        let open = |i: usize| i > 0 && class(chars[i - 1]) == Class::Open;
        let closes = |mut i: usize| {
            while chars
                .get(i)
                .is_some_and(|c| matches!(class(*c), Class::Close | Class::Stop))
            {
                i += 1;
            }
            i
        };
        for (start, time, _, end) in stamp_spans(&chars) {
            let lead = start - usize::from(open(start));
            let tail = closes(end);
            let from = if w(lead, tail) <= width {
                start
            } else if w(time, tail) <= width {
                time
            } else {
                continue;
            };
            points[from + 1..end].iter_mut().for_each(|p| *p = None);
        }
        // A short quoted value, a timestamp with the particle after it and a label with its
        // first word stay whole when they fit the column (SPEC 10), with the closing marks
        // after them, which go along (`(語句「…」)、`): a quote too long for its line with them
        // breaks between its phrases (`「サイトを|開けない」`), never cut inside a word.
        for (start, end) in kept_spans(&chars) {
            if w(start, closing(&chars, end)) <= width {
                points[start + 1..end].iter_mut().for_each(|p| *p = None);
            }
        }
        // A timestamp too wide with its particle breaks between its date and its time
        // rather than leave the particle alone on a line (`10:40:00 JST から`).
        for (start, time, _, end) in stamp_spans(&chars) {
            let lead = start - usize::from(open(start));
            let with = kept_tail(&chars, end);
            if with > closes(end) && w(lead, with) > width && w(time, with) <= width {
                points[time - 1] = original[time - 1];
                points[time..with].iter_mut().for_each(|p| *p = None);
            }
        }
    }
    let mut out: Vec<Piece> = vec![(None, false, String::new())];
    for (c, point) in chars.iter().zip(points) {
        match point {
            Some(l) if l <= level && *c == ' ' => out.push((Some(l), true, String::new())),
            Some(l) if l <= level => out.push((Some(l), false, c.to_string())),
            _ => {
                if let Some((_, _, piece)) = out.last_mut() {
                    piece.push(*c);
                }
            }
        }
    }
    out
}

/// The pieces of text `s` (one line or several) that stay whole at `level`.
pub fn pieces(s: &str, level: Level) -> Vec<String> {
    s.split('\n')
        .flat_map(|line| split(line, level, None, false))
        .map(|(_, _, piece)| piece)
        .collect()
}

/// The display width of the widest piece of `s` at `level`.
pub fn widest_piece(s: &str, level: Level) -> usize {
    pieces(s, level)
        .iter()
        .map(|p| p.width())
        .max()
        .unwrap_or(0)
}

/// The display width of the widest piece of `s` when each of its phrases is wider than its
/// column: a short word then breaks at its seam too (`目標|なし`, `違反|間近`), as
/// [`wrap`] breaks a piece wider than its line. Never inside a katakana or Latin word, a
/// number with its unit, or a two-kana ending.
pub fn widest_seam(s: &str) -> usize {
    s.split('\n')
        .flat_map(|line| split(line, Level::Last, None, true))
        .map(|(_, _, piece)| piece.width())
        .max()
        .unwrap_or(0)
}

/// The display width of the widest word of `s` when each of its phrases is wider than its
/// column and breaks before its ending (`アクセス|できない。`, `参加|できない`) but never
/// inside a word: a kanji noun before a katakana word (`共有メールボックスに`), a kanji
/// compound, a katakana or Latin word, a number with its unit. The least a running text
/// needs to keep its words whole.
pub fn widest_word(s: &str) -> usize {
    s.split('\n')
        .flat_map(|line| split(line, Level::Fine, None, true))
        .map(|(_, _, piece)| piece.width())
        .max()
        .unwrap_or(0)
}

/// Pieces printed on one line: a space where one stands between two of them.
fn joined(line: &[Piece]) -> String {
    let mut out = String::new();
    for (i, (_, space, piece)) in line.iter().enumerate() {
        if i > 0 && *space {
            out.push(' ');
        }
        out.push_str(piece);
    }
    out
}

/// Text `s` wrapped to lines at most `width` display columns wide, breaking only at the
/// places of `level` and the coarser ones. A line breaks at the coarsest place that leaves it
/// at least a third full (the latest of those), so a phrase breaks inside only when it must; a
/// piece wider than `width` is cut where it must (the last resort), never before a mark that
/// may not start a line. The lines of `s` stay lines.
pub fn wrap(s: &str, width: usize, level: Level) -> String {
    let width = width.max(1);
    let mut lines: Vec<String> = Vec::new();
    for text in s.split('\n') {
        let mut line: Vec<Piece> = Vec::new();
        // At the last resort too, a phrase that fits its line stays whole: only a piece
        // wider than the column breaks inside, at its coarsest place ([`finer`]).
        let level = level.min(Level::Any);
        for piece in split(text, level, Some(width), false)
            .into_iter()
            .flat_map(|piece| finer(piece, level, width))
        {
            loop {
                let w = piece.2.width();
                if line.is_empty() {
                    if w <= width {
                        line.push(piece);
                    } else {
                        let (mut cut, rest) = cut_piece(&piece.2, width);
                        lines.append(&mut cut);
                        line.push((piece.0, false, rest));
                    }
                    break;
                }
                let used = joined(&line).width();
                if used + usize::from(piece.1) + w <= width {
                    line.push(piece);
                    break;
                }
                // The line is full: it breaks before `line[k]`, or before the piece (k = len).
                let level_at = |k: usize| line.get(k).map_or(piece.0, |p| p.0);
                let k = (1..=line.len())
                    .filter(|k| joined(&line[..*k]).width() * 3 >= width)
                    .min_by_key(|k| (level_at(*k), std::cmp::Reverse(*k)))
                    .unwrap_or(line.len());
                let tail = line.split_off(k);
                lines.push(joined(&line));
                line = tail;
            }
        }
        lines.push(joined(&line));
    }
    lines.join("\n")
}

/// A piece wider than `width` at a column's `level` as the pieces it holds at
/// [`Level::Last`] (the first keeps the piece's own place), so that the line filler breaks it
/// at its coarsest place (before a quote, between phrases) rather than cutting a word
/// (`JS|T`, `か|ら`); a piece that fits, or one already at the finest level, stays as it is.
fn finer(piece: Piece, level: Level, width: usize) -> Vec<Piece> {
    if level == Level::Last || piece.2.width() <= width {
        return vec![piece];
    }
    let mut inner = split(&piece.2, Level::Last, Some(width), true);
    // After a closing mark (「…」|から) is a better place than inside the word that follows.
    // So is a space: a particle after a timestamp or a Latin word goes with the next
    // phrase (`… JST` / `から …`) rather than splitting (`か|ら`).
    for k in 1..inner.len() {
        let closed = inner[k - 1]
            .2
            .chars()
            .last()
            .is_some_and(|c| matches!(class(c), Class::Close | Class::Stop));
        // Not the space inside a katakana term (`サポート レベル`): it is one word.
        let term = inner[k - 1]
            .2
            .chars()
            .last()
            .is_some_and(|c| class(c) == Class::Katakana)
            && inner[k]
                .2
                .chars()
                .next()
                .is_some_and(|c| class(c) == Class::Katakana);
        if closed || inner[k].1 && !term {
            inner[k].0 = inner[k].0.map(|l| l.min(Level::Fine));
        }
    }
    if let Some(first) = inner.first_mut() {
        first.0 = piece.0;
        first.1 = piece.1;
    }
    // A term of katakana words (`サポート エンジニア`) that fits the line is one piece, as a
    // katakana word is: a line never breaks at its space to fill the one before.
    let mut merged: Vec<Piece> = Vec::with_capacity(inner.len());
    for p in inner {
        if let Some(prev) = merged.last_mut() {
            let term = p.1
                && prev
                    .2
                    .chars()
                    .last()
                    .is_some_and(|c| class(c) == Class::Katakana)
                && p.2
                    .chars()
                    .next()
                    .is_some_and(|c| class(c) == Class::Katakana)
                && p.0 == Some(Level::Last);
            if term && prev.2.width() + 1 + p.2.width() <= width {
                prev.2.push(' ');
                prev.2.push_str(&p.2);
                continue;
            }
        }
        merged.push(p);
    }
    merged
}

/// A piece wider than `width` cut into full lines and what is left, never starting a line
/// with a mark that may not start one (the character before it goes along).
fn cut_piece(piece: &str, width: usize) -> (Vec<String>, String) {
    let mut lines = Vec::new();
    let mut cur = String::new();
    let mut used = 0;
    for c in piece.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw > width && !cur.is_empty() {
            // The characters a line may not end with (an opening mark) or that the next may
            // not start with (a closing mark, a small kana) go along, as many as must.
            let mut carried: Vec<char> = Vec::new();
            let mut next = c;
            while cur.chars().count() > 1 {
                let last = cur.chars().last().unwrap_or(' ');
                if no_start(next) || class(last) == Class::Open {
                    carried.push(last);
                    cur.pop();
                    next = last;
                } else {
                    break;
                }
            }
            lines.push(std::mem::take(&mut cur));
            used = 0;
            for p in carried.into_iter().rev() {
                cur.push(p);
                used += p.width().unwrap_or(0);
            }
        }
        cur.push(c);
        used += cw;
    }
    (lines, cur)
}

/// The display width of the widest piece of `s` at [`Level::Last`] that holds a
/// digit: a date, a time, a number with its unit, which no layout may split.
pub fn widest_figure(s: &str) -> usize {
    // The figure alone, without the particle after it (「2405010010005082」|に).
    s.split('\n')
        .flat_map(|line| split(line, Level::Last, None, true))
        .map(|(_, _, piece)| piece)
        .filter(|p| p.bytes().any(|b| b.is_ascii_digit()))
        .map(|p| p.width())
        .max()
        .unwrap_or(0)
}

/// Where the closing marks and stops from `chars[i]` on end (`」)、`): they go with the
/// text before them, as no line starts with one.
fn closing(chars: &[char], mut i: usize) -> usize {
    while chars
        .get(i)
        .is_some_and(|c| matches!(class(*c), Class::Close | Class::Stop))
    {
        i += 1;
    }
    i
}

/// The end of a kept span that ends at `j`: after its closing marks and the particle (one
/// or two kana that end their run, a space before them allowed) after it (`」から`, `JST に`).
fn kept_tail(chars: &[char], mut j: usize) -> usize {
    let kana = |j: usize| chars.get(j).is_some_and(|c| class(*c) == Class::Kana);
    while chars
        .get(j)
        .is_some_and(|c| matches!(class(*c), Class::Close | Class::Stop))
    {
        j += 1;
    }
    if j > 0 && class(chars[j - 1]) == Class::Stop {
        return j;
    }
    let from = j + usize::from(chars.get(j) == Some(&' '));
    let run = (from..chars.len()).take_while(|k| kana(*k)).count();
    if (1..=2).contains(&run) {
        j = from + run;
        while chars
            .get(j)
            .is_some_and(|c| matches!(class(*c), Class::Close | Class::Stop))
        {
            j += 1;
        }
    }
    j
}

/// The spans of `chars` a line keeps whole when its column can hold them (SPEC 10), each
/// with the marks no line may end or start with: a quoted value (`「Microsoft による割り当て」`)
/// with the closing marks and the particle after it (`」から`), a timestamp likewise
/// (`2026-11-24 10:40:00 JST から`: a particle never starts a line alone), and a label with
/// its first word (`影響を受けるユーザー: 1 人`, `初期応答の目標: 翌日、`).
fn kept_spans(chars: &[char]) -> Vec<(usize, usize)> {
    let tail = |j: usize| kept_tail(chars, j);
    let mut spans = Vec::new();
    let quotes = quote_pairs(chars);
    for &(start, close) in &quotes {
        // With the bracket's first word before it (`(語句「…」)`), which no line ends with.
        let start = bracket_lead(chars, start).unwrap_or(start);
        // Whole with its particle where it fits, else alone: alone with the closing marks
        // after it (`」)、`), which no line starts with.
        let mut end = close + 1;
        while chars.get(end).is_some_and(|c| class(*c) == Class::Close) {
            end += 1;
        }
        spans.push((start, end));
        spans.push((start, tail(close + 1)));
    }
    // A command in backquotes (`svcreq list --help`), the English messages' quoting, with
    // the mark after it: a line never ends inside a command to type.
    let ticks: Vec<usize> = (0..chars.len()).filter(|&i| chars[i] == '`').collect();
    for pair in ticks.chunks_exact(2) {
        spans.push((pair[0], tail(pair[1] + 1)));
    }
    let stamps = stamp_spans(chars);
    for &(start, _, _, end) in &stamps {
        let lead = start - usize::from(start > 0 && class(chars[start - 1]) == Class::Open);
        spans.push((lead, tail(end)));
        // In English the short word before it goes with it too, with the bracket that
        // opens it (`(at 2026-11-24 19:00:00 JST)`), as a Japanese particle goes after.
        if let Some(word) = lead_word(chars, lead) {
            spans.push((word, tail(end)));
        }
    }
    let glued = held_spaces(chars);
    for (k, c) in chars.iter().enumerate() {
        let first = match c {
            ':' if chars.get(k + 1) == Some(&' ') => k + 2,
            '：' => k + 1 + usize::from(chars.get(k + 1) == Some(&' ')),
            _ => continue,
        };
        let label_start = |k: usize| {
            chars[..k]
                .iter()
                .rposition(|c| *c == ' ' || matches!(class(*c), Class::Stop | Class::Open))
                .map_or(0, |s| s + 1)
        };
        let mut start = label_start(k);
        // A label that is a term of katakana words (`サポート レベル:`) starts at its first.
        while start > 1 && katakana_term(chars, &glued, start - 1) {
            start = label_start(start - 1);
        }
        let label = &chars[start..k];
        // Not a time's digits, nor the zone that ends a timestamp (`JST: came back`).
        // Nor a clause that ends in a verb (`…を読めません: ファイルまたは…`): the reason after
        // it is its own phrase, free to start the next line.
        if label.is_empty()
            || label[0].is_ascii_digit()
            || label.iter().all(|c| c.is_ascii_uppercase())
            || label.last().is_some_and(|c| class(*c) == Class::Kana)
        {
            continue;
        }
        // The label with its first word, and with the short group held to it
        // (`業務への重大な影響: なし (推定)。`) when that fits too.
        // A quoted value after the label (`理由: 「one mailbox only」。`) is its first word
        // whole: the label never holds only the quote's first word, splitting the quote.
        let quoted = quotes.iter().find(|(s, _)| *s == first).map(|(_, c)| c + 1);
        let word = |held: bool| {
            let mut end = quoted.unwrap_or(first);
            while quoted.is_none()
                && end < chars.len()
                && (chars[end] != ' ' || held && glued[end])
                && class(chars[end]) != Class::Stop
            {
                end += 1;
            }
            while chars.get(end).is_some_and(|c| class(*c) == Class::Stop) {
                end += 1;
            }
            end
        };
        for end in [word(false), word(true)] {
            // A timestamp after a label keeps its own place to break (`response:` / `2026-…`).
            let stamped = stamps.iter().any(|(s, _, _, _)| (start..end).contains(s));
            // Not a whole sentence after it (`2 行 11 列: 違反間近のしきい値「25x」が
            // 正しくありません。`): that breaks between its phrases, as any sentence does.
            let sentence = chars[first..end].iter().collect::<String>().width() > LABEL_WORD;
            if end > first && !stamped && !sentence && !spans.contains(&(start, end)) {
                spans.push((start, end));
            }
        }
    }
    spans
}

/// Where the short English word before a timestamp starting at `start` begins (`at`,
/// `since`, `until`: one to five lowercase letters after a space or the line's start, an
/// opening bracket before them allowed), when one stands there.
fn lead_word(chars: &[char], start: usize) -> Option<usize> {
    let space = start.checked_sub(1).filter(|s| chars[*s] == ' ')?;
    let letters = chars[..space]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_lowercase())
        .count();
    if !(1..=5).contains(&letters) {
        return None;
    }
    let mut from = space - letters;
    if from > 0 && class(chars[from - 1]) == Class::Open {
        from -= 1;
    }
    (from == 0 || chars[from - 1] == ' ').then_some(from)
}

/// The display width of the widest span of `s` that a line keeps whole when its column
/// can hold it ([`kept_spans`]: a quoted value, a timestamp with its particle, a label with
/// its first word), of those at most `most` wide.
pub fn widest_kept(s: &str, most: usize) -> usize {
    s.split('\n')
        .flat_map(|line| {
            let chars: Vec<char> = line.chars().collect();
            // With the closing marks after it, which go along (see [`split`]).
            kept_spans(&chars)
                .into_iter()
                .map(|(from, to)| {
                    chars[from..closing(&chars, to)]
                        .iter()
                        .collect::<String>()
                        .width()
                })
                .filter(|w| *w <= most)
                .collect::<Vec<_>>()
        })
        .max()
        .unwrap_or(0)
}

/// The display widths of the widest timestamp in `s` (`2026-11-24 18:00:00 JST`,
/// a weekday after the date allowed): whole with its zone, without it, and its time with
/// its zone. Zeros when `s` holds no date followed by a time. A fitted table keeps a
/// timestamp whole when it can afford to, else breaks it before the zone, then between
/// the date and the time (the zone kept with the time when it can), never inside either.
pub fn widest_stamp(s: &str) -> (usize, usize, usize) {
    let text: Vec<char> = s.chars().collect();
    let w = |from: usize, end: usize| text[from..end].iter().collect::<String>().width();
    stamp_spans(&text)
        .into_iter()
        .map(|(i, time_start, time_end, j)| (w(i, j), w(i, time_end), w(time_start, j)))
        .max()
        .unwrap_or((0, 0, 0))
}

/// The timestamps in `text` (a date, a weekday after it allowed, a time, a zone): where
/// each starts, where its time starts and ends, and where it ends, in characters.
fn stamp_spans(text: &[char]) -> Vec<(usize, usize, usize, usize)> {
    let digit = |i: usize| text.get(i).is_some_and(char::is_ascii_digit);
    let at = |i: usize, c: char| text.get(i) == Some(&c);
    let digits = |i: usize, n: usize| (i..i + n).all(digit);
    let mut spans = Vec::new();
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
        spans.push((i, time_start, time_end, j));
    }
    spans
}

/// Whether the space `chars[i]`, after the token `chars[start..i]`, ends a number with its
/// unit that another number with its unit follows (`1 日 12 時間`, `24 時間 365 日`).
fn unit_then_number(chars: &[char], start: usize, i: usize) -> bool {
    let unit = |from: usize, to: usize| {
        let word: String = chars[from..to].iter().collect();
        UNITS.contains(&word.as_str())
    };
    let number_before = start >= 2 && chars[start - 1] == ' ' && chars[start - 2].is_ascii_digit();
    let digits = chars[i + 1..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let unit_after = digits > 0 && chars.get(i + 1 + digits) == Some(&' ') && {
        let from = i + 2 + digits;
        let to = chars[from..]
            .iter()
            .position(|c| !matches!(class(*c), Class::Kanji | Class::Kana))
            .map_or(chars.len(), |k| from + k);
        (from + 1..=to).any(|end| unit(from, end))
    };
    number_before && unit(start, i) && unit_after
}

/// Whether the space `chars[i]` stands between a number and its unit (`365 日`, `1h 05m`).
fn number_glue(chars: &[char], i: usize) -> bool {
    let start = chars[..i]
        .iter()
        .rposition(|c| *c == ' ')
        .map_or(0, |s| s + 1);
    let token = &chars[start..i];
    let next_token: Vec<char> = chars[i + 1..]
        .iter()
        .take_while(|c| **c != ' ')
        .copied()
        .collect();
    let next_is_word = chars
        .get(i + 1)
        .is_some_and(|n| *n != ' ' && class(*n) != Class::Open);
    next_is_word && is_number(token) || is_short_duration(token) && is_short_duration(&next_token)
}

/// Which spaces of `chars` must hold: the one after a number (its unit follows), and those
/// inside a short parenthesised group.
fn held_spaces(chars: &[char]) -> Vec<bool> {
    let mut glued = vec![false; chars.len()];
    let mut term_before = false;
    let mut latin_before = false;
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
        let rest = &chars[i + 1..];
        let next_token = &rest[..rest.iter().position(|c| *c == ' ').unwrap_or(rest.len())];
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
            || is_short_duration(token) && is_short_duration(next_token)
            // A duration of two units (`1 日 12 時間`, `1 時間 50 分`) and the set phrase
            // `24 時間 365 日` hold together; they give way at the last.
            || unit_then_number(chars, token_start, i)
            // A particle belongs to the word before it ("--severity で").
            || next.is_some_and(|n| class(n) == Class::Kana)
            // A name keeps its number (RFC 3339, Microsoft 365, Windows 11, ISO 3166).
            || latin_name(token) && next_token.first().is_some_and(char::is_ascii_digit)
            // A one-kanji word before a number counts it (週 7 日, 約 30 分, 第 2).
            || lone_kanji_word(token) && next_token.first().is_some_and(char::is_ascii_digit)
            // A noun keeps the count of it after it (プラン 1 種類, サポート レベル 1 種類,
            // 違反 0 件): a count never starts a line apart from what it counts.
            || prev.is_some_and(|p| matches!(class(p), Class::Kanji | Class::Katakana))
                && count_after(chars, i)
            // A name of two capitalised Latin words is one unit (JSON Lines, Exchange
            // Online), not three.
            || !latin_before && latin_name(token) && latin_name(next_token)
                && next_token.first().is_some_and(char::is_ascii_uppercase)
            // A bare number a mark follows (`終了コード 0、`, `exit 4)`) goes with the word
            // before it: it never starts a line alone.
            || bare_number(next_token) && prev.is_some_and(|p| !matches!(class(p), Class::Stop | Class::Open))
            // A Latin name keeps the kanji noun it qualifies (SLA 違反, CSV 形式).
            || latin_name(token) && next.is_some_and(|n| class(n) == Class::Kanji)
            // An equation stays whole ("3d = 3 日"), and an example with its label ("例: 3d").
            || token == ['='] || next_token == ['=']
            || token.ends_with(&['例', ':'])
            // A short group after a word is part of it: a weekday after a date ("(水)").
            || next == Some('(') && next_token.len() <= 3 && next_token.last() == Some(&')')
            // A short group a comma or full stop follows ("違反 (既定)、") ends its phrase.
            || next == Some('(')
                && next_token.iter().position(|c| *c == ')').is_some_and(|end| {
                    end <= 4 && next_token.get(end + 1).is_some_and(|c| no_start(*c))
                })
            // An opening bracket's first word, a short Japanese one, goes with what
            // follows it (`(語句「…」)`): a line never ends with a bracket just opened.
            || opens_short_word(token) && next.is_some_and(|n| n != ' ')
            // A term of two katakana words (サポート レベル, タイム ゾーン).
            || !term_before
                && prev.is_some_and(|p| class(p) == Class::Katakana)
                && next.is_some_and(|n| class(n) == Class::Katakana)
                && pair_width <= 20
        {
            glued[i] = true;
        }
        latin_before = glued[i] && latin_name(token) && latin_name(next_token);
        // A term is two words: the next space after one breaks as any other.
        term_before = glued[i]
            && prev.is_some_and(|p| class(p) == Class::Katakana)
            && next_token.iter().all(|n| class(*n) == Class::Katakana);
        token_start = i + 1;
    }
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        match c {
            '(' | '（' | '[' | '「' => open.push(i),
            ')' | '）' | ']' | '」' => {
                if let Some(start) = open.pop() {
                    let width: usize = chars[start..=i]
                        .iter()
                        .map(|c| unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0))
                        .sum();
                    if width <= SHORT_GROUP {
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

/// Whether `token` is an opening bracket and a short Japanese word after it (`(語句`,
/// `（例`), a bracket's first word that no line ends with.
fn opens_short_word(token: &[char]) -> bool {
    let japanese = |c: &char| matches!(class(*c), Class::Kanji | Class::Kana | Class::Katakana);
    token.first().is_some_and(|c| class(*c) == Class::Open)
        && (2..=5).contains(&token.len())
        && token[1..].iter().all(japanese)
}

/// Whether the space `chars[i]`, held ([`held_spaces`]: `glued`), joins two katakana words
/// into one term (`サポート レベル`, `タイム ゾーン`), which wraps as one word.
fn katakana_term(chars: &[char], glued: &[bool], i: usize) -> bool {
    let kata = |j: usize| chars.get(j).is_some_and(|c| class(*c) == Class::Katakana);
    chars.get(i) == Some(&' ') && glued[i] && i > 0 && kata(i - 1) && kata(i + 1)
}

/// Where the opening bracket and its short first word (`(語句`) before the mark at
/// `chars[i]` (`「`, a space between them allowed) start, when they stand there: a line
/// never breaks between them, as it never ends with a bracket just opened.
fn bracket_lead(chars: &[char], i: usize) -> Option<usize> {
    if class(*chars.get(i)?) != Class::Open {
        return None;
    }
    let end = if i > 0 && chars[i - 1] == ' ' {
        i - 1
    } else {
        i
    };
    let from = chars[..end]
        .iter()
        .rposition(|c| class(*c) == Class::Open || *c == ' ')?;
    opens_short_word(&chars[from..end]).then_some(from)
}

/// Which characters of `chars` stand inside a short quoted value (「手動で指定」, at most
/// [`SHORT_GROUP`] wide, its marks included).
fn short_quotes(chars: &[char]) -> Vec<bool> {
    let mut inside = vec![false; chars.len()];
    for (start, close) in quote_pairs(chars) {
        let group: String = chars[start..=close].iter().collect();
        if group.width() <= SHORT_GROUP {
            inside[start + 1..=close].iter_mut().for_each(|q| *q = true);
        }
    }
    inside
}

/// The matched 「…」 pairs of `chars`, innermost first: (index of 「, index of 」).
fn quote_pairs(chars: &[char]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        match c {
            '「' => open.push(i),
            '」' => {
                if let Some(start) = open.pop() {
                    pairs.push((start, i));
                }
            }
            _ => {}
        }
    }
    pairs
}

/// Whether `chars[i]`, a kanji after one kana after a kanji, continues a word written with
/// its kana between kanji (割り当て, 取り消し, 問い合わせ): the kana is not a particle.
fn okurigana(chars: &[char], i: usize) -> bool {
    let kanji = |j: usize| chars.get(j).is_some_and(|c| class(*c) == Class::Kanji);
    i >= 2
        && kanji(i)
        && kanji(i - 2)
        && class(chars[i - 1]) == Class::Kana
        && !matches!(
            chars[i - 1],
            'が' | 'を'
                | 'に'
                | 'は'
                | 'で'
                | 'の'
                | 'と'
                | 'へ'
                | 'も'
                | 'や'
                | 'か'
                | 'て'
                | 'た'
        )
}

/// Where a line may break at [`Level::Fine`], when its column is narrow: before a run of
/// kana of at least three after a kanji compound or katakana word (送受信|できない, but
/// 目標なし and 知りたい stay whole) and after a middle dot (`残り・|経過`); at [`Level::Any`]
/// inside a run of kana leaving at least two on each side (はあ|りません); at [`Level::Last`]
/// after the dash of a span of times (`09:00～|17:00`) and after a number with its unit before
/// a word of two kanji or more (`50 分|超過`). Never before a mark that may not start a line.
fn fine_breaks(chars: &[char]) -> Vec<Option<Level>> {
    let mut fine = vec![None; chars.len()];
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
            && !lone_kanji(chars, start)
        {
            fine[start] = Some(Level::Fine);
        }
        for j in start + 2..i.saturating_sub(1) {
            if !no_start(chars[j]) {
                fine[j] = Some(Level::Any);
            }
        }
    }
    for (i, f) in fine.iter_mut().enumerate().skip(2) {
        let digit = |j: usize| chars.get(j).is_some_and(char::is_ascii_digit);
        // A span of times (`09:00～17:00`) breaks after its dash only at the last.
        if matches!(chars[i - 1], '～' | '〜' | '–') && digit(i - 2) && digit(i) {
            *f = Some(Level::Last);
            continue;
        }
        // A middle dot may end a line (残り・|経過).
        let span = chars[i - 1] == '・' && !no_start(chars[i]);
        let kanji = |j: usize| chars.get(j).is_some_and(|c| class(*c) == Class::Kanji);
        let word_follows = kanji(i) && kanji(i + 1)
            || chars
                .get(i)
                .is_some_and(|c| class(*c) == Class::Katakana && !no_start(*c));
        let after_unit = word_follows
            && UNITS.iter().any(|unit| {
                let unit: Vec<char> = unit.chars().collect();
                let n = unit.len();
                i >= n + 2
                    && chars[i - n..i] == unit[..]
                    && chars[i - n - 1] == ' '
                    && digit(i - n - 2)
            });
        if span {
            *f = Some(Level::Fine);
        } else if after_unit {
            // A number with its unit keeps the word after it (`1 時間経過`, `50 分超過`)
            // while another column can give way: it breaks there only at the last.
            *f = Some(Level::Last);
        }
    }
    fine
}

/// The display width of the widest number with its unit and the word after it in `s`
/// (`1 時間経過`, `50 分超過`), which a column keeps on one line while another can give way.
pub fn widest_unit_word(s: &str) -> usize {
    let mut widest = 0;
    for line in s.split('\n') {
        let chars: Vec<char> = line.chars().collect();
        let fine = fine_breaks(&chars);
        for (i, f) in fine.iter().enumerate() {
            // The break after a unit: a word follows a unit after a number.
            if *f != Some(Level::Last) || !in_unit_end(&chars, i) {
                continue;
            }
            let space = chars[..i].iter().rposition(|c| *c == ' ').unwrap_or(0);
            let start = chars[..space]
                .iter()
                .rposition(|c| !c.is_ascii_digit())
                .map_or(0, |k| k + 1);
            let end = (i..chars.len())
                .find(|k| {
                    !matches!(
                        class(chars[*k]),
                        Class::Kanji | Class::Katakana | Class::Close | Class::Stop
                    )
                })
                .unwrap_or(chars.len());
            widest = widest.max(chars[start..end].iter().collect::<String>().width());
        }
    }
    widest
}

/// Whether `chars[..i]` ends with a number and its unit (`1 時間`).
fn in_unit_end(chars: &[char], i: usize) -> bool {
    UNITS.iter().any(|unit| {
        let unit: Vec<char> = unit.chars().collect();
        let n = unit.len();
        i >= n + 2
            && chars[i - n..i] == unit[..]
            && chars[i - n - 1] == ' '
            && chars[i - n - 2].is_ascii_digit()
    })
}

/// The units a number is written with in Japanese, which the next word may follow on a new
/// line (`50 分|超過`).
const UNITS: [&str; 11] = [
    "日", "時間", "分", "秒", "週間", "か月", "年", "件", "回", "回目", "行",
];

/// Whether a break before `chars[i]` would leave a kanji alone: one kanji before it, or one
/// after it without its kana ending.
fn lone_kanji(chars: &[char], i: usize) -> bool {
    let is = |j: usize, k: Class| chars.get(j).is_some_and(|c| class(*c) == k);
    let kanji = |j: usize| is(j, Class::Kanji);
    // A kanji with its short kana ending (待ち) starts a line well enough; a longer run of
    // kana may break before it, and would leave the kanji alone (送受|信|できない).
    let kana_run = chars
        .iter()
        .skip(i + 1)
        .take_while(|c| class(**c) == Class::Kana)
        .count();
    (kanji(i - 1) && !(i >= 2 && kanji(i - 2)))
        || (kanji(i) && !kanji(i + 1) && !(is(i + 1, Class::Kana) && kana_run < 3))
}

/// Whether `chars[i]`, Japanese, is joined to the Latin word before it (`Web版`, `E5の`,
/// `SharePointの`): they are one word, which no level breaks.
fn latin_joined(chars: &[char], i: usize) -> bool {
    let japanese = matches!(
        class(chars[i]),
        Class::Kanji | Class::Kana | Class::Katakana
    );
    let mut word = chars[..i]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric());
    japanese && chars[i - 1].is_ascii_alphanumeric() && word.any(char::is_ascii_alphabetic)
}

/// Whether a line may break between `a` and `b` at [`Level::Last`]: between two characters
/// at least one of which is Japanese, but inside a katakana word.
fn last_break(a: char, b: char) -> bool {
    use Class::*;
    let first = no_start(b);
    let (a, b) = (class(a), class(b));
    let japanese = |k: Class| matches!(k, Kanji | Kana | Katakana);
    if first || matches!(a, Open | Join) || matches!(b, Close | Stop | Join) {
        return false;
    }
    (japanese(a) || japanese(b)) && (a, b) != (Katakana, Katakana)
}

/// Whether a line may break before `chars[i]` at [`Level::Any`]: as [`any_break`] says,
/// but never inside the unit of a number (`12 時間`), before the one kana that ends a word
/// (応答済み), nor leaving a kanji alone (違反|間近 and 設定|する, but 無期限, 全ユーザー and
/// 知りたい stay whole).
fn any_point(chars: &[char], i: usize) -> bool {
    let last_kana =
        class(chars[i]) == Class::Kana && chars.get(i + 1).is_none_or(|n| class(*n) != Class::Kana);
    if last_kana || in_unit(chars, i) || lone_kanji(chars, i) {
        return false;
    }
    any_break(chars[i - 1], chars[i])
}

/// Whether `chars[i]` continues the unit after a number (`時間` in `12 時間`).
fn in_unit(chars: &[char], i: usize) -> bool {
    UNITS.iter().any(|unit| {
        let n = unit.chars().count();
        (1..n).any(|k| {
            // `chars[i]` as the k-th character of the unit.
            i >= k + 2
                && chars
                    .get(i - k..i - k + n)
                    .is_some_and(|w| w.iter().copied().eq(unit.chars()))
                && chars[i - k - 1] == ' '
                && chars[i - k - 2].is_ascii_digit()
        })
    })
}

/// Whether a line may break between `a` and `b` at [`Level::Any`]: after a kanji, or between
/// a katakana word and a kanji; never inside a katakana word or a run of kana, nor before
/// a mark that may not start a line.
fn any_break(a: char, b: char) -> bool {
    use Class::*;
    let first = no_start(b);
    let (a, b) = (class(a), class(b));
    !first
        && matches!(
            (a, b),
            (Kanji, Kanji | Kana | Open) | (Katakana, Kanji | Open)
        )
}

/// Whether `token` ends in a name written in Latin letters, capitalised (`RFC`, `Microsoft`,
/// `(ISO`, `。Web`): the number or the kanji noun after it is part of the name.
fn latin_name(token: &[char]) -> bool {
    // The name may end a token that starts in Japanese (`失敗する。Web 版`).
    let start = token
        .iter()
        .rposition(|c| !c.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    if start > 0
        && (token[start - 1].is_ascii_alphanumeric() || class(token[start - 1]) == Class::Join)
    {
        return false;
    }
    let word = &token[start..];
    word.len() >= 2 && word[0].is_ascii_uppercase() && word.iter().all(char::is_ascii_alphabetic)
}

/// Whether `token` ends in a word of one kanji (`週`, `、約`, `第`), which the number after it
/// belongs to.
fn lone_kanji_word(token: &[char]) -> bool {
    let kanji = |c: &char| class(*c) == Class::Kanji;
    token.last().is_some_and(kanji)
        && token
            .len()
            .checked_sub(2)
            .is_none_or(|j| matches!(class(token[j]), Class::Stop | Class::Open))
}

/// Whether a count stands after the space `chars[i]`: a whole number, a space and a
/// counter written in kanji (`1 種類`, `0 件`, `2 回目`), not a unit of time (`経過 1 時間`
/// is a duration after a word, which may start a line).
fn count_after(chars: &[char], i: usize) -> bool {
    let digits = chars[i + 1..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    digits > 0
        && chars.get(i + 1 + digits) == Some(&' ')
        && chars
            .get(i + 2 + digits)
            .is_some_and(|c| class(*c) == Class::Kanji && !TIME_UNITS.contains(c))
}

/// The kanji a unit of time starts with (`日`, `時間`, `分`, `秒`, `週間`, `年`).
const TIME_UNITS: [char; 6] = ['日', '時', '分', '秒', '週', '年'];

/// Whether `token` is a number alone before a mark that ends its phrase (`0、`, `4)`,
/// `3.`): a value, not a count with its unit.
fn bare_number(token: &[char]) -> bool {
    let digits = token.iter().take_while(|c| c.is_ascii_digit()).count();
    digits > 0
        && token
            .get(digits)
            .is_some_and(|c| matches!(c, '、' | '。' | '，' | ',' | ')' | '）'))
        && !token[digits..].iter().any(char::is_ascii_digit)
}

/// Kanji words bound to the word before them (これ以下, 30 分以内, それ以外): a line never
/// starts with one after kana.
const BOUND: [&str; 9] = [
    "以下", "以上", "以外", "以内", "以降", "以前", "以後", "未満", "自体",
];

/// Whether `chars[i]` starts a bound word ([`BOUND`]) after kana.
fn bound_word(chars: &[char], i: usize) -> bool {
    i > 0
        && class(chars[i - 1]) == Class::Kana
        && BOUND.iter().any(|w| {
            let w: Vec<char> = w.chars().collect();
            chars.get(i..i + w.len()).is_some_and(|s| s == w.as_slice())
        })
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
        | ':' | ';' | '!' | '?' | '%' | '％' | '：' | '；' | '*' | '>' => Class::Close,
        '(' | '[' | '<' | '（' | '「' | '『' | '【' | '〔' | '［' | '｛' | '〈' | '《' => {
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
        // Two Japanese words joined by a slash (残り/経過) may part after it.
        (Join, Kanji | Katakana) if a == '/' => true,
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
        pieces(s, level)
    }

    fn words(s: &str) -> Vec<String> {
        at(Level::Words, s)
    }

    #[test]
    fn a_number_keeps_its_unit() {
        assert_eq!(
            words("24 時間 365 日、1 時間"),
            ["24 時間 365 日、", "1 時間"]
        );
        assert_eq!(
            at(Level::Fine, "24 時間 365 日、1 時間"),
            ["24 時間 365 日、", "1 時間"]
        );
        assert_eq!(words("1 時間 0 分 超過"), ["1 時間 0 分", "超過"]);
        assert_eq!(words("open for 14 days"), ["open", "for", "14 days"]);
        assert_eq!(words("overdue 1h 05m"), ["overdue", "1h 05m"]);
    }

    #[test]
    fn dates_times_and_spans_stay_whole() {
        for level in [Level::Words, Level::Fine, Level::Any] {
            assert_eq!(
                at(level, "2026-11-24 18:00:00 JST"),
                ["2026-11-24", "18:00:00", "JST"]
            );
        }
        assert_eq!(
            words("月・火・水・木・金 09:00～17:00"),
            ["月・火・水・木・金", "09:00～17:00"]
        );
        // A list of days breaks after its middle dots at the finer level; a span of times
        // after its dash only at the last, each time whole.
        assert_eq!(
            at(Level::Fine, "月・火・水・木・金 09:00～17:00"),
            ["月・", "火・", "水・", "木・", "金", "09:00～17:00"]
        );
        assert_eq!(
            at(Level::Last, "月～金 09:00～17:00"),
            ["月～金", "09:00～", "17:00"]
        );
    }

    #[test]
    fn a_duration_of_two_units_and_a_set_phrase_stay_whole() {
        for level in [Level::Words, Level::Fine] {
            assert_eq!(at(level, "1 日 12 時間"), ["1 日 12 時間"]);
            assert_eq!(at(level, "経過 1 時間 50 分"), ["経過", "1 時間 50 分"]);
        }
        assert_eq!(words("24 時間 365 日受付"), ["24 時間 365 日受付"]);
        // They give way before a word is cut, each number with its unit whole.
        assert_eq!(at(Level::Any, "1 日 12 時間"), ["1 日", "12 時間"]);
        assert_eq!(widest_figure("1 日 12 時間"), "12 時間".width());
    }

    #[test]
    fn a_word_with_kana_between_its_kanji_and_a_short_quote_stay_whole() {
        assert_eq!(
            words("「手動で指定」から「Microsoft が割り当て」に変更"),
            [
                "「手動で指定」から",
                "「Microsoft が",
                "割り当て」に",
                "変更"
            ]
        );
        assert_eq!(words("取り消しを行う"), ["取り消しを", "行う"]);
        // Particles still end a phrase.
        assert_eq!(words("全社員が会議に参加"), ["全社員が", "会議に", "参加"]);
    }

    #[test]
    fn running_text_keeps_a_timestamp_whole_when_its_column_affords_it() {
        let text = "期限 2026-11-25 (水) 23:59:59 JST";
        assert_eq!(
            wrap(text, 30, Level::Words),
            "期限\n2026-11-25 (水) 23:59:59 JST"
        );
        // Narrower, the time keeps its zone.
        assert_eq!(
            wrap(text, 20, Level::Words),
            "期限 2026-11-25 (水)\n23:59:59 JST"
        );
    }

    /// A label followed by a quoted value (`理由: 「one mailbox only」。`) keeps the quote
    /// whole: with the label where both fit, else the quote starts the next line.
    #[test]
    fn a_label_keeps_a_quoted_value_whole_or_breaks_before_it() {
        let text = "A に変更。理由: 「one mailbox only」。";
        for width in [22, 23, 26] {
            let out = wrap(text, width, Level::Words);
            assert!(
                out.lines().any(|l| l.contains("「one mailbox only」。")),
                "{width}: {out}"
            );
        }
        let out = wrap(text, 30, Level::Words);
        assert!(out.contains("理由: 「one mailbox only」。"), "{out}");
    }

    #[test]
    fn a_piece_wider_than_its_column_breaks_at_its_coarsest_place_not_inside_a_word() {
        // A quoted timestamp glued to its particle is one piece at the column's level; wider
        // than the column, it breaks before the particle, never inside the zone (JS|T) or
        // inside the particle (か|ら).
        let text = "応答期限を「2026-11-24 12:00:00 JST」から「2026-11-25 23:59:59 JST」に変更。";
        for width in 20..=30 {
            let out = wrap(text, width, Level::Words);
            for line in out.lines() {
                assert!(line.width() <= width, "{width}: {out}");
                assert!(
                    !line.starts_with('T') && !line.starts_with('ら'),
                    "{width}: {out}"
                );
            }
            // The quoted timestamp with its particle is 31 cells: whole where it fits, else
            // its time with its zone and the particle, which never starts a line alone.
            let whole = if width >= 31 {
                "「2026-11-24 12:00:00 JST」から"
            } else {
                "12:00:00 JST」から"
            };
            assert!(out.contains(whole), "{width}: {out}");
            assert!(!out.lines().any(|l| l == "から"), "{width}: {out}");
        }
    }

    /// The least a running text needs to keep its words whole: each phrase may break
    /// before its ending (`アクセス|できない。`, `参加|できない`), never inside a word (a kanji
    /// noun with the katakana word after it, `共有メールボックスに`; a katakana or Latin word).
    #[test]
    fn a_titles_words_whole_break_before_an_ending_never_inside_a_compound() {
        assert_eq!(widest_word("SharePoint サイトにアクセスできない。"), 10);
        assert_eq!(
            widest_word("Teams で一部のユーザーが会議に参加できない"),
            10
        );
        assert_eq!(
            widest_word("共有メールボックスに送信済みアイテムが保存されない"),
            "共有メールボックスに".width()
        );
    }

    /// A quote too long for its line, with the marks that go along (`)、`), breaks at a
    /// phrase boundary inside it (after a particle: `「サイトを` / `開けない」)、`), never inside
    /// a word (`開けな` / `い」`), at any width and level from the widest of those phrases.
    #[test]
    fn a_quote_too_long_for_its_line_breaks_at_a_phrase_boundary_inside_it() {
        let text = "自動判定で重大度 A。サービスの状態: 停止 (語句「サイトを開けない」)、影響を受けるユーザー: 複数 (語句「営業部全員」)、回避策: なし (推定)。";
        // From the width of `(語句「サイトを`, which no line breaks inside.
        for width in 15..=40 {
            for level in [Level::Words, Level::Fine, Level::Any, Level::Last] {
                let out = wrap(text, width, level);
                for line in out.lines() {
                    assert!(line.width() <= width, "{width} {level:?}: {out}");
                    if line.contains("「サイト") && !line.contains("開けない」") {
                        assert!(line.ends_with("サイトを"), "{width} {level:?}: {out}");
                    }
                    if line.contains("けない」") && !line.contains("「サイト") {
                        assert!(line.starts_with("開けない」"), "{width} {level:?}: {out}");
                    }
                }
            }
        }
        assert!(
            wrap(text, 26, Level::Words).contains("(語句「サイトを\n開けない」)、"),
            "{}",
            wrap(text, 26, Level::Words)
        );
    }

    /// A count stays with the noun it counts (`プラン 1 種類`, `サポート レベル 1 種類`,
    /// `違反 0 件`): no line starts with a count apart from its noun, at any width from the
    /// widest of those phrases; after a particle (`目標は 1 時間`) a line may still break.
    #[test]
    fn a_noun_keeps_its_count() {
        let text = "(サポート レベル 1 種類、プラン 1 種類、再開できる期間 14 日)";
        assert_eq!(
            words(text)[..2],
            ["(サポート レベル 1 種類、", "プラン 1 種類、"]
        );
        for width in 25..=60 {
            let out = wrap(text, width, Level::Words);
            assert!(
                out.lines().skip(1).all(|l| !l.starts_with("1 種類")),
                "{width}: {out}"
            );
        }
        assert_eq!(
            words("違反 0 件、違反間近 1 件"),
            ["違反 0 件、", "違反間近 1 件"]
        );
        assert_eq!(words("目標は 1 時間"), ["目標は", "1 時間"]);
    }

    /// An ordinal stays with its number (`1 回目`): a label wider than its column breaks
    /// before the number, never inside 回目.
    #[test]
    fn an_ordinal_stays_with_its_number() {
        assert_eq!(
            wrap("(再開 1 回目) Teams", 10, Level::Last),
            "(再開\n1 回目)\nTeams"
        );
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
        // Finer levels break inside compounds, never before the kana that end a phrase.
        for level in [Level::Fine, Level::Any] {
            assert_eq!(at(level, title), words(title), "{level:?}");
        }
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
    fn a_column_wraps_only_at_its_level() {
        let title = "全ユーザーがメールを送受信できない。回避策はありません";
        assert_eq!(
            wrap(title, 20, Level::Words),
            "全ユーザーがメールを\n送受信できない。\n回避策はありません"
        );
        // Finer places are taken only at a finer level.
        assert_eq!(
            wrap("プレセールス", 6, Level::Words),
            "プレ\nセール\nス",
            "the last resort cuts"
        );
        assert_eq!(wrap("50 分超過", 6, Level::Fine), "50 分\n超過");
        assert_eq!(
            wrap("月～金 09:00～17:00", 8, Level::Last),
            "月～金\n09:00～\n17:00"
        );
        // A state is one word, broken at its seam only at the last.
        assert_eq!(pieces("違反間近", Level::Any), ["違反間近"]);
        assert_eq!(wrap("違反間近", 6, Level::Last), "違反\n間近");
        assert_eq!(wrap("期限後に応答", 10, Level::Last), "期限後に\n応答");
        for whole in [
            "無期限",
            "全ユーザー",
            "知りたい",
            "12 時間",
            "プレセールス",
        ] {
            assert_eq!(pieces(whole, Level::Any), [whole], "{whole}");
        }
        assert_eq!(wrap("a b\nc", 10, Level::Words), "a b\nc");
    }

    /// Sentences an admin writes, as a reader breaks them: after each phrase's particle or
    /// ending, before the next word.
    const SENTENCES: [&str; 6] = [
        "Teams で一部のユーザーが会議に参加できない",
        "ユーザーのパスワードを無期限に設定する方法",
        "SharePoint サイトがダウンしている。全社で業務が止まっている",
        "共有メールボックスに送信済みアイテムが保存されない",
        "管理センターでライセンスを割り当てられない。回避策はありません",
        "Exchange Online の転送ルールが動作していないようです",
    ];

    #[test]
    fn a_line_never_starts_with_a_particle_or_ending_unless_its_phrase_is_wider_than_the_column() {
        for s in SENTENCES {
            let phrases = words(s);
            let widest = phrases.iter().map(|p| p.width()).max().unwrap_or(0);
            for level in [Level::Words, Level::Fine, Level::Any, Level::Last] {
                for width in widest..=40 {
                    let out = wrap(s, width, level);
                    let mut rest = s.replace(' ', "");
                    let mut before = '。';
                    for line in out.lines() {
                        assert!(line.width() <= width, "{width} {level:?}: {out}");
                        // No line starts with the kana that end a phrase.
                        let first = line.chars().next().unwrap_or(' ');
                        assert!(
                            class(first) != Class::Kana || class(before) == Class::Stop,
                            "{width} {level:?}: a line starts with an ending:\n{out}"
                        );
                        // Between phrases, each line starts where a phrase starts.
                        assert!(
                            level > Level::Words
                                || phrases
                                    .iter()
                                    .any(|p| rest.starts_with(&p.replace(' ', ""))),
                            "{width} {level:?}: a line starts inside a phrase:\n{out}"
                        );
                        rest = rest[line.replace(' ', "").len()..].to_string();
                        before = line.chars().last().unwrap_or(' ');
                    }
                }
            }
        }
        assert_eq!(
            wrap(SENTENCES[0], 14, Level::Any),
            "Teams で一部の\nユーザーが\n会議に\n参加できない"
        );
        assert_eq!(
            wrap(SENTENCES[1], 12, Level::Any),
            "ユーザーの\nパスワードを\n無期限に\n設定する方法"
        );
        assert_eq!(
            wrap(SENTENCES[2], 16, Level::Any),
            "SharePoint\nサイトが\nダウンしている。\n全社で業務が\n止まっている"
        );
        // A phrase wider than its column breaks inside, at the last.
        let narrow = wrap("ダウンしている。", 8, Level::Last);
        assert!(narrow.lines().all(|l| l.width() <= 8), "{narrow}");
    }

    /// SPEC 10: no line starts with a bound word's half (これ|以下), a name of two Latin
    /// words is one unit (JSON Lines), and a bare number goes with its word (コード 0、).
    #[test]
    fn a_bound_word_a_two_word_name_and_a_bare_number_stay_with_their_words() {
        for (text, whole) in [
            ("残りがこれ以下になると違反間近", "これ以下"),
            ("CSV、または JSON Lines (「-」で標準入力)", "JSON Lines"),
            ("(再開できれば終了コード 0、できなければ 4)", "コード 0、"),
            ("一部が失敗する。Web 版では開ける", "Web 版"),
        ] {
            assert!(
                words(text).iter().any(|p| p.contains(whole)),
                "{text}: {:?}",
                words(text)
            );
        }
        // Two words only: a third capitalised word breaks as any other.
        assert_eq!(
            words("Exchange Online Protection"),
            ["Exchange Online", "Protection"]
        );
    }

    #[test]
    fn a_name_keeps_its_number() {
        for (text, whole) in [
            (
                "指定した日時 (RFC 3339、またはテナントの日付)",
                "(RFC 3339、",
            ),
            ("Microsoft 365 のサービス要求", "Microsoft 365"),
            ("Windows 11 で開けない", "Windows 11"),
            ("国 (ISO 3166-1 alpha-2)", "(ISO 3166-1"),
        ] {
            assert!(
                words(text).iter().any(|p| p.contains(whole)),
                "{text}: {:?}",
                words(text)
            );
            let widest = words(text).iter().map(|p| p.width()).max().unwrap_or(0);
            for width in widest..=30 {
                let out = wrap(text, width, Level::Words);
                assert!(out.contains(whole), "{width}: {out}");
            }
        }
        // A word before a count is not a name.
        assert_eq!(words("open for 14 days"), ["open", "for", "14 days"]);
    }

    /// SPEC 10, tables: a particle after a timestamp stays with it, never alone on a line
    /// nor split (`… JST から`, not `から` alone or `… JST か` / `ら`): the timestamp with its
    /// particle whole where it fits, else its time and zone with the particle; a Latin word
    /// joined to Japanese is one word (`Web版では`, `E5の`); a verb's ending and a katakana
    /// word stay whole.
    #[test]
    fn a_cell_splits_no_particle_latin_word_or_ending() {
        let detail = "初期応答の日時を 2026-11-24 10:40:00 JST から 2026-11-24 10:20:00 JST に訂正";
        for width in 20..=40 {
            for level in [Level::Words, Level::Fine, Level::Any, Level::Last] {
                let lines = wrap(detail, width, level);
                let with = if width >= 28 {
                    "2026-11-24 10:40:00 JST から"
                } else {
                    "10:40:00 JST から"
                };
                assert!(
                    lines.lines().any(|l| l.ends_with(with)),
                    "{width} {level:?}\n{lines}"
                );
                assert!(
                    !lines.lines().any(|l| ["から", "に"].contains(&l)),
                    "{width} {level:?}\n{lines}"
                );
            }
        }
        for level in [Level::Words, Level::Fine, Level::Any, Level::Last] {
            let pieces = at(level, "数名います。Web版では参加できます E5の価格");
            assert!(pieces.contains(&"Web版では".to_string()), "{pieces:?}");
            assert!(pieces.iter().any(|p| p.starts_with("E5の")), "{pieces:?}");
        }
        for (text, width) in [("教えてください", 10), ("止まっています", 10)] {
            let lines = wrap(text, width, Level::Any);
            assert!(
                !lines.lines().any(|l| l == "さい" || l == "ます"),
                "{text}: {lines}"
            );
        }
    }

    /// A number with its unit keeps the word after it (`1 時間経過`): it breaks there only
    /// at the last, after the units of a duration (`1 日|1 時間経過`).
    #[test]
    fn a_number_keeps_its_unit_and_the_word_after_it_but_at_the_last() {
        for level in [Level::Words, Level::Fine, Level::Any] {
            assert_eq!(at(level, "1 時間経過"), ["1 時間経過"]);
        }
        assert_eq!(wrap("50 分超過", 6, Level::Last), "50 分\n超過");
        assert_eq!(wrap("1 日 1 時間経過", 10, Level::Last), "1 日\n1 時間経過");
        assert_eq!(widest_unit_word("1 日 1 時間経過"), "1 時間経過".width());
        assert_eq!(widest_unit_word("12 時間 59 分"), 0);
    }

    /// A term of katakana words joined by a space (サポート レベル, タイム ゾーン, サポート
    /// エンジニア, データ ディレクトリ, ヘルプ サイト) wraps as one word, as a single
    /// katakana word does: never broken at its space in a line wide enough for it, at any
    /// level, in a label (`サポート レベル: …`) too.
    #[test]
    fn a_katakana_term_wraps_as_one_word() {
        let terms = [
            ("サポート", "レベル"),
            ("タイム", "ゾーン"),
            ("サポート", "エンジニア"),
            ("データ", "ディレクトリ"),
            ("ヘルプ", "サイト"),
        ];
        let texts = [
            "重大度 B (手動で指定)。サポート レベル: エンタープライズ (e3)、24 時間 365 日受付、初期応答の目標: 翌日",
            "テナントのタイム ゾーン: Asia/Tokyo、場所と言語に応じて、サポート エンジニアはほとんどの地域の営業時間中に対応します。",
            "データ ディレクトリを作成できません。ヘルプ サイトを参照してください。",
        ];
        // From the widest term with the particle or mark after it (`サポート エンジニアは`).
        for text in texts {
            for width in 22..=48 {
                for level in [Level::Words, Level::Fine, Level::Any, Level::Last] {
                    let out = wrap(text, width, level);
                    let lines: Vec<&str> = out.lines().collect();
                    for pair in lines.windows(2) {
                        for (a, b) in terms {
                            assert!(
                                !(pair[0].ends_with(a) && pair[1].starts_with(b)),
                                "{width} {level:?}: {a} {b} split\n{out}"
                            );
                        }
                    }
                }
            }
        }
        // The label is the whole term: it goes with its first word where they fit.
        assert!(
            wrap(texts[0], 34, Level::Words).contains("サポート レベル: エンタープライズ"),
            "{}",
            wrap(texts[0], 34, Level::Words)
        );
    }

    /// An opening bracket or quote never ends a line, nor does a bracket with its first word
    /// alone (`(語句` / `「…」)`); a closing one never starts a line (`」)、`), at any width
    /// and level, the last resort that cuts a piece wider than its line included.
    #[test]
    fn an_opening_bracket_never_ends_a_line_nor_a_closing_one_starts_one() {
        let texts = [
            "回避策: なし (語句「Teams の会議に参加できない」)、業務への重大な影響: なし (推定)。",
            "サービスの状態: 一部に不具合 (語句「失敗」)、影響を受けるユーザー: 複数 (語句「一部のユーザー」)、回避策: あり (語句「Web 版では開ける」)。",
            "応答期限を「2026-11-24 12:00:00 JST」から「2026-11-25 23:59:59 JST」に変更 (Microsoft による割り当て)。",
            "(推定した事実は「--impact」、「--users」、「--workaround」、「--business-critical」で指定できます)",
            "「ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴ」)、（ＡＢＣＤＥＦＧＨ）「ＸＹ」",
        ];
        for text in texts {
            for width in 8..=48 {
                for level in [Level::Words, Level::Fine, Level::Any, Level::Last] {
                    let out = wrap(text, width, level);
                    let lines: Vec<&str> = out.lines().collect();
                    for (i, line) in lines.iter().enumerate() {
                        let last = line.chars().last();
                        let first = line.chars().next();
                        assert!(
                            !last.is_some_and(|c| class(c) == Class::Open),
                            "{width} {level:?}: a line ends with an opening mark\n{out}"
                        );
                        assert!(
                            i == 0
                                || !first.is_some_and(|c| matches!(
                                    class(c),
                                    Class::Close | Class::Stop
                                )),
                            "{width} {level:?}: a line starts with a closing mark\n{out}"
                        );
                        assert!(
                            !line.ends_with("(語句"),
                            "{width} {level:?}: a bracket's first word ends a line\n{out}"
                        );
                    }
                }
            }
        }
    }
}
