//! Deterministic, explainable classification of request text: the impact facts, category,
//! service and support scope of an English or Japanese request (SPEC 1.1, 1.2, 1.3, 5),
//! decided by the phrase table in `phrases.rs` and explained in a rationale.

#[cfg(test)]
mod compile;
#[rustfmt::skip]
mod compiled;
mod model;
mod normalize;
mod phrases;
mod scan;

#[cfg(test)]
mod tests;

use super::facts::*;
use normalize::normalize;
use phrases::{Fx, JA_FAILURE_WORDS, NETWORK_PATHS};
use scan::{Hit, LEXICON, Lexicon, entry, numbers};
use serde::Serialize;

/// What decided one fact or label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "by", rename_all = "lowercase")]
pub enum Basis {
    /// A phrase in the text, as matched after normalisation, with any negation cue that
    /// applied to it (e.g. "not all users", "回避策はありません").
    Phrase { phrase: String },
    /// A command-line flag, e.g. "--impact down".
    Flag { flag: String },
    /// Nothing said it; the SPEC default was assumed.
    Assumed,
    /// The labelled corpus reads the text so, clearly against the phrases (`model.rs`):
    /// the words and runs of characters of the text, as normalised, that weighed most for
    /// the value, most first (e.g. "nobody", "送れ").
    Corpus { phrases: Vec<String> },
}

/// One line of the rationale: which fact got which value, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rationale {
    /// "service_state", "affected", "workaround", "business_critical", "category", "service" or "scope".
    pub fact: &'static str,
    pub value: String,
    #[serde(flatten)]
    pub basis: Basis,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Classification {
    /// None for presales and billing requests (they have no severity).
    pub severity: Option<Severity>,
    pub category: Category,
    pub service: Service,
    pub scope: Scope,
    pub facts: Facts,
    pub rationale: Vec<Rationale>,
}

/// Classify free text (English and/or Japanese). Flags in `overrides` win over the text.
///
/// Each fact, label and its rationale (one entry each, in this order):
/// - `service_state`: down if any phrase says so ("is down", "cannot access", "ダウン"), else
///   degraded if a fault is described ("error", "できない"), else working if it is a question
///   ("how do I", "方法"), else degraded (assumed).
/// - `affected`: the widest stated quantity ("all users" > "several users" > "one user",
///   "300 users", "50名"); a named group ("the sales team", "営業部全員", "the whole London
///   office") is several users, not everyone; an outage word ("down", "ダウン") alone means all
///   users; in a question, the asker alone; else single.
/// - an outright failure ("calls are failing", "全ユーザーで失敗") for all users, with nothing
///   partial about it ("slow", "sometimes"), makes `service_state` down.
/// - `workaround`: false if the text says there is none ("no workaround", "回避策はありません");
///   true for a user-side alternative (Outlook on the web, another device), or for a generic
///   one ("workaround", "回避策") unless the alternative is an admin tool (PowerShell, an admin
///   center: SPEC 1.3's EAC example is B); a personal item the user can also manage elsewhere
///   (contacts, signature) implies one; else false.
/// - `business_critical`: true if production, revenue or a deadline is at stake, except in a
///   how-to question, where nothing is impaired yet; else false.
/// - category: read from the text alone, whatever `overrides` say (an impact flag never makes
///   a request technical, nor keeps one from it): presales or billing when their phrases weigh at least 2 and at least as much as
///   the fault phrases (more than 2 when the text describes an outage); a tie between the two
///   is billing, because signing up for a trial or buying is subscription management unless a presales cue (price, comparison, plan choice,
///   partner referral, "before buying") outweighs it; else technical.
/// - service: the highest-weighted service mentioned, the earliest on a tie; else other.
/// - scope: the most-mentioned out-of-scope cause that the text did not rule out (Office
///   application usage only in a question); else in-scope.
///
/// Text is normalised first (NFKC, lower case); English phrases match whole words, Japanese
/// ones substrings; negations ("not all users", "全員ではない") invert or cancel what they
/// negate. Reads the first [`READ_BYTES`] of the text, in time bounded by that, and never
/// panics.
pub fn classify(text: &str, overrides: &FactOverrides) -> Classification {
    read(text, overrides, true)
}

/// [`classify`] by the phrase table alone, without the labelled corpus's reading of the
/// service state: what the phrase rules themselves decide, as their tests pin it.
#[cfg(test)]
pub(crate) fn classify_by_phrases(text: &str, overrides: &FactOverrides) -> Classification {
    read(text, overrides, false)
}

/// How much of a text is read, in bytes: what is wrong is said at its start, and some
/// readings look back over the text before each phrase, so a longer text would cost time
/// growing with the square of its length. The rest is stored, not read.
pub const READ_BYTES: usize = 16 * 1024;

/// The first [`READ_BYTES`] of `text`, cut at a character boundary.
fn read_part(text: &str) -> &str {
    if text.len() <= READ_BYTES {
        return text;
    }
    let mut end = READ_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// [`classify`], with the corpus's reading of the service state or without it.
fn read(text: &str, overrides: &FactOverrides, corpus: bool) -> Classification {
    let hay = normalize(read_part(text));
    let lex: &Lexicon = &LEXICON;
    let mut ev = evidence(&hay, 0..scan::PASSES);
    let mut last_count: Option<(u32, usize)> = None;
    numbers(&hay, |n, start, end| {
        // "PC30台": a Japanese counter counts even right after a product's name.
        let version = lex.is_version(&hay, start);
        if (!version || hay.as_bytes().get(end).is_some_and(|b| !b.is_ascii()))
            && let Some(unit_end) = lex.count_unit_after(&hay, end)
        {
            ev.count(&hay, n, (start, unit_end));
            // "5名のうち2名が開けません", "2 of our 5 agents": some of a counted group fail,
            // so the rest of it works: a fault, not an outage.
            if let Some(from) = subset_of_count(&hay, last_count, n, start) {
                ev.rest_works.add((from, unit_end), 1);
                ev.partial.add((from, unit_end), 1);
            }
            last_count = Some((n, unit_end));
            // "ユーザー1名（購買部）だけ": one person, whatever group stands beside them.
            if n == 1
                && let Some(only) = only_after(&hay, unit_end)
            {
                ev.only_one.add((start, only), 1);
            }
        } else if (2..=PASSING_COUNT_MAX).contains(&n) && hay[end..].starts_with(" of them") {
            // People counted in passing ("the youth leaders (8 of them, lovely bunch)",
            // "usually 5 or 6 of them on a shift"): several of whoever the text named. One
            // of them is one of some things ("booked in one of them"), and hundreds are items
            // ("200 of them"), not people (round 33).
            ev.count(&hay, n, (start, end + " of them".len()));
        }
        // "The other 7 rooms are fine", "ほかの7部屋は正常": all but the one named work.
        if others_fine(&hay, start, end) {
            ev.only_one.add((start, end), 1);
            ev.affected[affected_ix(Affected::Single)].add((start, end), 1);
        }
        // A time stated as a limit ("by 5pm", "starts in 40 minutes", "15時までに") puts
        // a deadline at stake.
        if let Some(span) = lex.deadline_at(&hay, start, end) {
            ev.critical[1].add(span, 1);
            ev.deadline.add(span, 1);
        }
    });
    // "Jan from the warehouse … his own phone": one person named from the group read as
    // affected is one user of it.
    if let Some(group) = ev.affected[affected_ix(Affected::Multiple)].first
        && let Some(name) = named_person(text, &hay, group.0)
    {
        ev.only_one.add(name, 1);
        ev.affected[affected_ix(Affected::Single)].add(name, 1);
    }
    // A production line that stopped ("Line 3 has already stopped", "ラインが止まりました"):
    // production critically affected (SPEC 1.3; round 37).
    // A commitment to others said at risk or due today ("our contractual SLA with two
    // clients is at risk", "客先への図面提出が本日17時"): a deadline or revenue at stake
    // (SPEC 1.3; round 37).
    // So is the organisation's trade stopped ("we can't take payments", "unable to ship", "no
    // orders are coming in", "決済ができません").
    if let Some(sp) = line_stopped(&hay)
        .or_else(|| commitment_at_risk(&hay))
        .or_else(|| trade_stopped(&hay))
    {
        ev.critical[1].add(sp, 1);
    }
    let mut c = ev.resolve(&hay, overrides, corpus);
    // What the request is about is read from the text alone (SPEC 1.1): an impact flag says
    // how bad it is, never what kind of request it is, so a question about prices stays
    // presales with `--impact down` (and is then refused by [`super::filing::check_impact_flags`])
    // and one the text reads as technical stays technical whatever the flags say.
    if overrides.first_given().is_some() {
        let read = ev.resolve(&hay, &FactOverrides::default(), corpus);
        c.category = read.category;
        if let (Some(to), Some(from)) = (
            c.rationale.iter_mut().find(|r| r.fact == "category"),
            read.rationale.into_iter().find(|r| r.fact == "category"),
        ) {
            *to = from;
        }
        c.severity = (c.category == Category::Technical).then(|| severity(&c.facts));
    }
    c
}

/// The largest number that, counted in passing as "N of them", counts people rather than
/// items ("8 of them" are the youth leaders, "200 of them" the mails to send).
const PASSING_COUNT_MAX: u32 = 50;

/// Capitalised words that name no person ("Mail from the warehouse", "Everyone in finance",
/// "Outlook in the branch", "Yesterday in the office").
const NOT_NAMES: [&str; 53] = [
    "mail",
    "email",
    "everyone",
    "everybody",
    "anyone",
    "anybody",
    "nobody",
    "someone",
    "staff",
    "everything",
    "nothing",
    "traffic",
    "data",
    "access",
    "sync",
    "each",
    "one",
    "all",
    "none",
    "somebody",
    "people",
    "personnel",
    "feedback",
    "output",
    "outlook",
    "excel",
    "word",
    "exchange",
    "skype",
    "edge",
    "chrome",
    "firefox",
    "safari",
    "office",
    "planner",
    "stream",
    "yammer",
    "viva",
    "intune",
    "entra",
    "azure",
    "loop",
    "project",
    "visio",
    "publisher",
    "copilot",
    "defender",
    "purview",
    "power",
    "zoom",
    "android",
    "yesterday",
    "today",
];

/// Where, in `hay` (`normalize(text)`), a person is named by a first name followed by "from"
/// or "in" and the group that starts at `group` ("Jan from the warehouse", "Priya in
/// finance"), when the text speaks of one person ("he", "she", "his", "her"): the span of the
/// name. The name must be capitalised as typed in `text`; a word ending in "s" or one of
/// [`NOT_NAMES`] is no name. `None` when no such person is named.
fn named_person(text: &str, hay: &str, group: usize) -> Option<Span> {
    let before = hay.get(..group)?.trim_end();
    let before = before
        .strip_suffix(" the")
        .or_else(|| before.strip_suffix(" our"))
        .unwrap_or(before);
    let (rest, prep) = match before.strip_suffix(" from") {
        Some(r) => (r, "from"),
        None => (before.strip_suffix(" in")?, "in"),
    };
    let start = rest
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_ascii_lowercase())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let name = &rest[start..];
    if name.len() < 3 || name.ends_with('s') || NOT_NAMES.contains(&name) {
        return None;
    }
    let typed = format!("{}{} {prep} ", name[..1].to_ascii_uppercase(), &name[1..]);
    let one = || {
        hay.split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| matches!(w, "he" | "she" | "his" | "her"))
    };
    (text.contains(&typed) && one()).then_some((start, start + name.len()))
}

/// The service of `text` as [`classify`] decides it, when the text names no cause outside
/// the support boundary (its scope is then in-scope); `None` when it names one (or rules
/// one out): then only [`classify`] decides. For a request filed with its severity given,
/// which needs only these two (an import): it reads the service and scope phrases alone,
/// a fraction of the work. Exactly [`classify`]'s answer whenever it answers
/// (`in_scope_service_agrees_with_classify_on_every_corpus_text`).
pub fn in_scope_service(text: &str) -> Option<Service> {
    let ev = evidence(
        &normalize(read_part(text)),
        scan::SERVICE_PASS..scan::PASSES,
    );
    if ev
        .scope
        .iter()
        .chain(&ev.ruled_out)
        .any(|s| s.first.is_some())
    {
        return None;
    }
    Some(ev.service().0)
}

/// What the phrases of `passes` say in `hay` (normalised text), each hit recorded with its
/// sentence.
fn evidence(hay: &str, passes: std::ops::Range<usize>) -> Evidence {
    let lex: &Lexicon = &LEXICON;
    let mut ev = Evidence::default();
    // An error code shown ("AADSTS50011", "0x8004de40", "エラー 80180014") is a fault stated,
    // as "error" is: what works after it is a way round (round 36).
    for span in error_codes(hay) {
        ev.weak_fault.add(span, 1);
        ev.technical.add(span, 1);
    }
    let mut sentences = Sentences {
        bytes: hay.as_bytes(),
        pos: 0,
        id: 0,
        pass: 0,
    };
    lex.scan_passes(passes, hay, |hit| {
        let sentence = sentences.id_at(hit.pass, hit.span.0);
        ev.record(lex, hay, hit, sentence);
    });
    ev
}

/// A reason's phrase (the normal form [`Basis::Phrase`] carries) as it stands in `text`,
/// the text that was classified: "全ユーザー" for "全ユーザ", "Web 版では開ける" for
/// "web版では開ける", "VBA" for "vba", its runs of white space shown as one space. For what
/// is shown to a person; JSON and the ledger keep the phrase as matched. None when `text`
/// does not hold it (the text was changed or redacted since).
pub fn phrase_as_typed(text: &str, phrase: &str) -> Option<String> {
    if phrase.is_empty() {
        return None;
    }
    // Every phrase is one read from the part of the text that is read.
    let text = read_part(text);
    let hay = normalize(text);
    let flat = |s: &str| s.replace('\n', " ");
    let start = match hay.find(phrase) {
        Some(s) => s,
        // A phrase shown after a line break was made a space (a stored history).
        None => flat(&hay).find(&flat(phrase))?,
    };
    let (from, to) = normalize::original_span(text, &hay, start, start + phrase.len())?;
    let typed = text.get(from..to)?;
    // Only a span that reads back as the phrase is shown instead of it.
    if flat(&normalize(typed)) != flat(phrase) {
        return None;
    }
    let typed = text.get(from..to + negated_tail(&text[to..]))?;
    Some(typed.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Whether a phrase quoted for `workaround = false` states another admin tool's way ("PowerShell
/// からは設定できる", "it works from PowerShell") rather than the absence of any: the fact is
/// still false, for an admin's tool is not the user's workaround (SPEC 1.3), and what is
/// shown says so instead of "no workaround".
pub fn names_admin_tool(phrase: &str) -> bool {
    let hay = normalize(phrase);
    let mut admin = false;
    LEXICON.scan(&hay, |hit| {
        admin |= !hit.negated && entry(hit.id).fx().contains(&Fx::AdminTool);
    });
    admin
}

/// The clause around `span` (an admin tool's name): from the last clause break before it to
/// the next one after it, without the conjunction that opens it ("but") or the contrast that
/// closes it ("が"). The span alone when the clause is too long to quote.
fn clause_around(hay: &str, span: Span) -> Span {
    const STOPS: [char; 12] = [
        ',', ';', ':', '、', '。', '!', '?', '\n', '(', ')', '「', '」',
    ];
    let mut s = hay[..span.0]
        .rfind(STOPS)
        .map_or(0, |i| i + hay[i..].chars().next().map_or(1, char::len_utf8));
    for b in [
        ". ",
        " but ",
        " though ",
        " although ",
        " however ",
        " while ",
        " whereas ",
    ] {
        if let Some(i) = hay[s..span.0].rfind(b) {
            s += i + b.len();
        }
    }
    let mut e = span.1 + hay[span.1..].find(STOPS).unwrap_or(hay.len() - span.1);
    if let Some(i) = hay[span.1..e].find(". ") {
        e = span.1 + i;
    }
    let mut clause = hay[s..e].trim_end_matches('.');
    let lead = clause.len() - clause.trim_start().len();
    s += lead;
    clause = clause.trim();
    for c in [
        "but ",
        "and ",
        "though ",
        "although ",
        "however ",
        "yet ",
        "so ",
    ] {
        if let Some(rest) = clause.strip_prefix(c) {
            s += c.len();
            clause = rest;
            break;
        }
    }
    for c in ["けれど", "けど", "ものの", "が"] {
        if let Some(rest) = clause.strip_suffix(c) {
            clause = rest;
            break;
        }
    }
    let clause = clause.trim_end();
    // A clause that states a failure too ("OWAもOutlookも繋がりません") does not say that
    // the alternative works: the alternative alone is quoted.
    const FAILS: [&str; 12] = [
        "ない",
        "ません",
        "なく",
        "ず",
        "エラ",
        "失敗",
        "n't",
        "not ",
        "cannot",
        "fail",
        "error",
        "no ",
    ];
    if clause.len() > 120
        || s > span.0
        || s + clause.len() < span.1
        || FAILS.iter().any(|f| clause.contains(f))
    {
        return span;
    }
    (s, s + clause.len())
}

/// Whether a clause says something can be done or works ("PowerShell からは設定できる", "it
/// works via PowerShell"), as opposed to a wish ("管理センターで操作できるようにしたい") or a
/// guess about the fault ("管理センター側の不具合と思われます").
fn says_it_works(clause: &str) -> bool {
    const WORKS: [&str; 14] = [
        "でき",
        "出来",
        "使え",
        "問題な",
        "works",
        "worked",
        "work ",
        "can ",
        "still",
        "fine",
        "returns",
        "succeed",
        "lets ",
        "able to",
    ];
    const WISH: [&str; 7] = ["たい", "ように", "want", "need", "should", "?", "what "];
    WORKS.iter().any(|w| clause.contains(w)) && !WISH.iter().any(|w| clause.contains(w))
}

/// A quoted phrase widened to the whole phrase it is part of: a Japanese ability or negation
/// word with the verb it inflects ("設定できない", never "できない"), an English "can't"
/// with the verb it negates ("can't set").
///
/// A quoted phrase never starts inside a word as typed: where that widening, or the phrase
/// itself, starts at kanji or katakana, it takes in the hiragana that begin the same noun
/// ("ごみ箱から戻せた", never "箱から戻せた"; "お知らせが届かない").
fn whole_phrase(hay: &str, span: Span) -> Span {
    on_word_bounds(hay, widened(hay, span))
}

/// Inflections a Japanese verb stem may be cut from ("送れ" of "送れる"), longest first.
const JA_INFLECTIONS: [&str; 16] = [
    "ませんでした",
    "ています",
    "ている",
    "ていた",
    "なかった",
    "ません",
    "ました",
    "られる",
    "ます",
    "ない",
    "なく",
    "れる",
    "る",
    "た",
    "て",
    "ず",
];

/// Hiragana a Japanese verb stem ends with when its inflection follows ("送れ", "開け",
/// "使い"): a span that ends on one, before more hiragana, ends inside the word.
const JA_STEM_ENDS: &str = "えけげせぜてでねへべめれきぎしじちにひびみり";

/// Hiragana that end a kanji verb stem as its okurigana ("締め", "送れ", "取り", "書き"):
/// [`JA_STEM_ENDS`] without the particles that follow a noun (で, て, に, へ).
const JA_OKURIGANA: &str = "えけげせぜねべめれきぎしじちひびみり";

/// A Japanese span widened to begin and end on a word boundary (round 34): where it starts
/// inside a run of kanji, katakana or Latin letters ("版なら送れ" of "Web版なら送れる"), or at the
/// particle after one ("で運用中" of "PINで運用中"), it takes in the rest of that run, and where it ends inside a word (a verb stem before its inflection,
/// or a run of kanji or katakana that goes on) it takes in the rest of it ("Web版なら送れる").
/// English spans are whole words already and are left as they are.
fn on_word_bounds(hay: &str, (mut s, mut e): Span) -> Span {
    let word = |c: char| is_kanji_or_katakana(c) || c == 'ー';
    let first = hay[s..e].chars().next();
    if first.is_some_and(|c| word(c) || is_hiragana(c))
        && hay[..s]
            .chars()
            .next_back()
            .is_some_and(|c| word(c) || c.is_ascii_alphanumeric())
    {
        s -= hay[..s]
            .chars()
            .rev()
            .take_while(|&c| word(c) || c.is_ascii_alphanumeric())
            .take(24)
            .map(char::len_utf8)
            .sum::<usize>();
    }
    let last = hay[s..e].chars().next_back();
    let rest = &hay[e..];
    if last.is_some_and(word) {
        e += rest
            .chars()
            .take_while(|&c| word(c))
            .take(24)
            .map(char::len_utf8)
            .sum::<usize>();
        // A kanji verb stem takes in its okurigana ("給与締め" of "給与締め処理", never
        // "給与締"), and the inflection after it ("送れる"); a particle after a noun ("障害で",
        // "会議に") is no part of the word.
        let mut after = hay[e..].chars();
        if hay[s..e].chars().next_back().is_some_and(is_kanji)
            && let Some(c) = after.next()
            && JA_OKURIGANA.contains(c)
        {
            let tail = after.as_str();
            if let Some(i) = JA_INFLECTIONS.iter().find(|i| tail.starts_with(*i)) {
                e += c.len_utf8() + i.len();
            } else if tail.chars().next().is_none_or(|d| !is_hiragana(d)) {
                e += c.len_utf8();
            }
        }
    } else if last.is_some_and(|c| JA_STEM_ENDS.contains(c))
        && !hay[s..e].is_ascii()
        && let Some(i) = JA_INFLECTIONS.iter().find(|i| rest.starts_with(*i))
    {
        e += i.len();
    }
    (s, e)
}

/// [`whole_phrase`] before it is put on word boundaries.
fn widened(hay: &str, (s, e): Span) -> Span {
    let phrase = &hay[s..e];
    let first = phrase.chars().next();
    if first.is_some_and(|c| is_hiragana(c) || is_kanji_or_katakana(c)) {
        // An ability or negation word takes in the word it inflects ("設定できない").
        let run: usize = if first.is_some_and(is_hiragana) {
            hay[..s]
                .chars()
                .rev()
                .take_while(|&c| is_kanji_or_katakana(c))
                .map(char::len_utf8)
                .sum()
        } else {
            0
        };
        let noun = if run > 0 || first.is_some_and(is_kanji_or_katakana) {
            noun_prefix(&hay[..s - run])
        } else {
            0
        };
        let run = run + noun;
        // A counter keeps its number ("3個追加したい", not "個追加したい").
        let digits = if run > 0 {
            hay[..s - run]
                .bytes()
                .rev()
                .take_while(u8::is_ascii_digit)
                .count()
        } else {
            0
        };
        return (s - run - digits, e);
    }
    const MODALS: [&str; 9] = [
        "can't",
        "cannot",
        "can not",
        "couldn't",
        "could not",
        "unable to",
        "won't",
        "not able to",
        "can’t",
    ];
    if MODALS.contains(&phrase) {
        let rest = &hay[e..];
        let gap = rest.len() - rest.trim_start_matches(' ').len();
        let word = rest[gap..]
            .bytes()
            .take_while(|b| b.is_ascii_lowercase())
            .count();
        if gap == 1 && word > 0 {
            // "can't be opened", "cannot get signed in": the verb after "be" or "get".
            let verb = &rest[gap..gap + word];
            let more = &rest[gap + word..];
            let next = more
                .strip_prefix(' ')
                .map_or(0, |m| m.bytes().take_while(u8::is_ascii_lowercase).count());
            if matches!(verb, "be" | "get") && next > 0 {
                return (s, e + gap + word + 1 + next);
            }
            return (s, e + gap + word);
        }
    }
    (s, e)
}

/// How many bytes at the end of `before`, the text right before a kanji or katakana run, are
/// hiragana that begin the same noun ("ごみ" of "ごみ箱", "お" of "お知らせ"): the hiragana
/// back to a particle after a word ("ファイルをごみ箱"), or to the start of the text, a space
/// or punctuation. None when they follow a word with no particle between: then they are its
/// ending ("削除したファイル").
fn noun_prefix(before: &str) -> usize {
    const PARTICLES: [&str; 16] = [
        "から", "まで", "より", "には", "では", "とか", "って", "を", "が", "は", "に", "で", "と",
        "の", "も", "へ",
    ];
    // Kana that end an inflected word or are a particle ("ついて", "できず", "ので").
    const ENDINGS: &str =
        "てでずただいるくばしうんらりかねよれけせえきちつにがはをとのもへやすまめろ";
    if before
        .chars()
        .next_back()
        .is_none_or(|c| ENDINGS.contains(c))
    {
        return 0;
    }
    let mut q = before.len();
    for _ in 0..3 {
        match before[..q].chars().next_back() {
            Some(c) if is_hiragana(c) => q -= c.len_utf8(),
            Some(c) if c.is_alphanumeric() => return 0,
            _ => return before.len() - q,
        }
        let head = &before[..q];
        let after_word = |p: &&str| {
            head.strip_suffix(*p)
                .is_some_and(|h| h.chars().next_back().is_some_and(|c| !is_hiragana(c)))
        };
        if head
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
            || PARTICLES.iter().any(after_word)
        {
            return before.len() - q;
        }
    }
    0
}

fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{3096}').contains(&c)
}

/// How many bytes of `rest`, the text right after a Japanese phrase, are its negated
/// ending ("されない", "できません", "ず"): the kana that inflect it, when they say "not". A
/// phrase is quoted with its negation, which decided the fact it supports ("正しく表示されない",
/// never "正しく表示").
fn negated_tail(rest: &str) -> usize {
    let run: usize = rest
        .chars()
        .take_while(|c| ('\u{3041}'..='\u{3096}').contains(c))
        .map(char::len_utf8)
        .sum();
    let tail = &rest[..run];
    // The negation and what inflects it after ("ない", "なかった", "ません", "ず").
    let Some(at) = ["ない", "なか", "なく", "ません", "ず"]
        .iter()
        .filter_map(|n| tail.find(n).map(|i| i + n.len()))
        .min()
    else {
        return 0;
    };
    // Up to the end of the negation's own inflection ("ない", "なかった"), not the
    // particles after it ("ないので").
    let after = &tail[at..];
    let keep: usize = ["かった", "くて", "い", "ん", "でした"]
        .iter()
        .find(|e| after.starts_with(*e))
        .map_or(0, |e| e.len());
    at + keep
}

type Span = (usize, usize);

/// How many scopes there are (SPEC 1.2).
const SCOPES: usize = Scope::ALL.len();

/// How often something was said, and where first.
#[derive(Debug, Default, Clone, Copy)]
struct Seen {
    first: Option<Span>,
    score: u32,
    strong: bool,
}

impl Seen {
    fn add(&mut self, span: Span, weight: u8) {
        if self.first.is_none() {
            self.first = Some(span);
        }
        self.score = self.score.saturating_add(u32::from(weight));
        self.strong |= weight >= 2;
    }
}

/// Everything the text said, gathered in one pass.
#[derive(Debug, Default)]
struct Evidence {
    state: [Seen; 3],
    affected: [Seen; 3],
    implied_all: Seen,
    /// Everyone of a named group ("all directors", "営業部全員"): for them the service is
    /// as unusable as an outage for everyone is.
    whole_group: Seen,
    no_workaround: Seen,
    user_workaround: Seen,
    generic_workaround: Seen,
    /// The workaround named outright ("workaround", "回避策", "代わりに"), and its absence
    /// ("no workaround", "回避策はありません"): the phrase quoted for the fact, before a
    /// product or an ability word that decided it alongside.
    workaround_word: Seen,
    no_workaround_word: Seen,
    minor_item: Seen,
    admin_tool: Seen,
    /// Another admin tool named after the fault, outside the clause that states it ("〜できない
    /// が、PowerShell からは設定できる", "but it works from PowerShell"): the whole clause
    /// that says the admin's way, quoted for the workaround it is not (SPEC 1.3).
    admin_alternative: Seen,
    critical: [Seen; 2],
    outright: Seen,
    partial: Seen,
    /// A fault said in words to be partial (`Fx::Partial`: "slow", "some files"), not
    /// counted ("2 of 5 users").
    partial_said: Seen,
    weak_fault: Seen,
    /// The last part of a service named (an add-in, a rule): its sentence and end.
    part: Option<(usize, usize)>,
    /// The last fault stated (a down or degraded phrase): its sentence and end.
    last_fault: Option<(usize, usize)>,
    /// A way the user still gets the work done (another client, device or way of working),
    /// as opposed to a workaround said only generically ("not urgent").
    alternative: Seen,
    rest_works: Seen,
    /// A core action that cannot be done ("no one can join or schedule meetings"): for
    /// everyone, what else still works ("IM still works") leaves the service unusable.
    core_down: Seen,
    /// A core action nobody of a group can do ("Not a single PC in the Line 4 area works",
    /// "none of them can get past SSO"): down for that group whatever works for the rest.
    nobody_down: Seen,
    /// A whole flow that reaches nobody ([`Fx::ReachesNobody`]).
    reaches_nobody: Seen,
    only_one: Seen,
    everything: Seen,
    presales: Seen,
    billing: Seen,
    /// A presales or billing word that names the subscription or a purchase ("refund",
    /// "trial", "price"), not one of the organisation's own trade ([`TRADE_WORDS`]: its
    /// invoices and payments): with none, a fault stated is technical (round 36).
    commercial: Seen,
    /// Work said to be impossible ("業務が出来ない状態", "nobody can work"): at stake for
    /// several people, not for one (round 36).
    cannot_work: Seen,
    /// A stake said as a date or deadline ("by 5pm", "the audit deadline is the 15th",
    /// "出荷に影響", "間に合わない"), not a word of the domain alone ("auditors", "工場").
    deadline: Seen,
    /// A trade word naming a thing that runs or holds work ("the payment app", "invoice
    /// approval flow", "請求書のワークフロー"): a fault of it is of that thing (round 36).
    trade_thing: Seen,
    technical: Seen,
    billing_action: Option<(usize, Span)>,
    license_object: Option<(usize, Span)>,
    billed_sentence: Option<usize>,
    service: [Seen; 8],
    /// The Outlook program named, and a fault of a client program itself: with both, what
    /// Outlook's mentions weigh goes to Microsoft 365 Apps.
    outlook: Seen,
    client_fault: Seen,
    /// A request to debug or review the customer's own code.
    debug: Seen,
    /// The request can wait ("no rush", "急ぎません").
    unhurried: Seen,
    /// Another way of working named where no fault was stated before it ("She's been using
    /// desktop"): the user's workaround only when the text also says it can wait.
    late_able: Seen,
    /// Asking whether what is seen is by design ("Is that expected on E3?").
    asks_expected: Seen,
    /// People from outside the organisation named ("guests", "取引先").
    outsiders: Seen,
    /// A count of several ("8台", "30 iPhones").
    counted_several: Seen,
    /// Not all of them ([`Fx::NotAll`]): several, unless another phrase says how many.
    not_all: Seen,
    /// An inability said to be complete ("can't open Teams at all"): a way round used
    /// meanwhile does not make the service usable (round 33).
    at_all: Seen,
    scope: [Seen; SCOPES],
    ruled_out: [Seen; SCOPES],
}

fn state_ix(s: ServiceState) -> usize {
    match s {
        ServiceState::Down => 0,
        ServiceState::Degraded => 1,
        ServiceState::Working => 2,
    }
}

fn affected_ix(a: Affected) -> usize {
    match a {
        Affected::Single => 0,
        Affected::Multiple => 1,
        Affected::All => 2,
    }
}

fn service_ix(s: Service) -> usize {
    Service::ALL
        .iter()
        .position(|x| *x == s)
        .unwrap_or(Service::ALL.len() - 1)
}

fn scope_ix(s: Scope) -> usize {
    Scope::ALL.iter().position(|x| *x == s).unwrap_or(0)
}

/// What a phrase says when the text negates it ("not all users" says "some users"). A
/// state denied ("not down", "ダウンしているわけではありません") says nothing of the state
/// (SPEC 1.3: a negation does not set the fact it negates).
fn negate(fx: Fx) -> Option<Fx> {
    match fx {
        Fx::State(_) => None,
        Fx::FailsIfNegated(s) => Some(Fx::State(s)),
        Fx::CriticalIfNegated => Some(Fx::Critical(true)),
        Fx::Universal => Some(Fx::NotUniversal),
        Fx::Affected(Affected::All) => Some(Fx::NotAll),
        Fx::Affected(Affected::Multiple) => Some(Fx::Affected(Affected::Single)),
        Fx::Affected(Affected::Single) | Fx::OnlyOne => Some(Fx::Affected(Affected::Multiple)),
        Fx::Workaround | Fx::UserWorkaround => Some(Fx::NoWorkaround),
        Fx::Critical(true) => Some(Fx::Critical(false)),
        Fx::Scope(s) => Some(Fx::RulesOut(s)),
        Fx::EveryoneIn => Some(Fx::NotUniversal),
        Fx::Service(..)
        | Fx::AdminTool
        | Fx::MinorItem
        | Fx::Mask
        | Fx::Part
        | Fx::Everything
        | Fx::OutlookApp => Some(fx),
        // "Can she use OWA?" asks; it neither gives nor denies a workaround.
        Fx::Able | Fx::Fine | Fx::AbleSubject => None,
        Fx::Opens => Some(Fx::OpenFailed),
        _ => None,
    }
}

impl Evidence {
    fn record(&mut self, lex: &Lexicon, hay: &str, hit: Hit, sentence: usize) {
        // "down" as the particle of a phrasal verb ("locked down to IT only", "steps down at
        // the end of the month", "write it down") says nothing of an outage (round 33).
        if entry(hit.id).text() == "down" && phrasal_down(hay, hit.span.0) {
            return;
        }
        // A state said as a wish or a purpose ("want it locked", "so that it stops …",
        // "ロックされるようにしたい") is a configuration goal, not a fault (round 33).
        if entry(hit.id).fx().iter().any(|fx| {
            matches!(
                fx,
                Fx::State(ServiceState::Down | ServiceState::Degraded) | Fx::Outright
            ) || (hit.negated && matches!(fx, Fx::FailsIfNegated(_) | Fx::Opens))
        }) && (wished(hay, hit.span) || apologised(hay, hit.span.0))
        {
            return;
        }
        // An inability said to be complete ("can't open Teams at all", "can't get in at
        // all"): whatever they use meanwhile, the service is unusable for them (round 33).
        if hit.negated && at_all_after(hay, hit.span.1) {
            self.at_all.add(hit.span, 1);
        }
        for &fx in entry(hit.id).fx() {
            if hit.negated && fx == Fx::CriticalIfNegated {
                self.cannot_work.add(hit.span, 1);
            }
            // A core action of the service that cannot be done ("no one can join", "cannot
            // send"), outside a part of it: with everyone affected, SPEC 1.3's own A example.
            // Access that is denied is a permission, often for some of what is shared.
            if hit.negated
                && fx == Fx::FailsIfNegated(ServiceState::Down)
                && !matches!(
                    entry(hit.id).text(),
                    "access" | "accessing" | "accessible" | "アクセス"
                )
                && !self.part_in_clause(hay, sentence, hit.span.0)
            {
                self.core_down.add(hit.span, 1);
                if [
                    "not a single ",
                    "not one ",
                    "none of ",
                    "no one ",
                    "nobody ",
                ]
                .iter()
                .any(|n| hay[hit.span.0..].starts_with(n))
                {
                    self.nobody_down.add(hit.span, 1);
                }
            }
            // A client named in the clause that states the fault ("can't delete a rule in
            // Outlook on the web - error when saving"), or before any fault ("Outlook on the
            // web throws an error when she …", in the opening sentence), is where it fails,
            // not an alternative that fails too ("OWA gives her an error as well").
            if hit.negated
                && fx == Fx::UserWorkaround
                && (self.in_fault_clause(hay, sentence, hit.span.0)
                    || (sentence == 0 && !self.fault_before(hit.span.0)))
            {
                continue;
            }
            // A flow that reaches nobody is said with its own negation ("nothing is arriving
            // in any mailbox", "no mail is reaching any mailbox in the tenant"): the negation
            // is what the phrase means, so its effects stand.
            // A Japanese ability denied ("背景画像がアップロードできない") is a fault of what
            // cannot be done, as "設定できない" is (round 34).
            if fx == Fx::Able
                && !hay.as_bytes()[hit.span.0].is_ascii()
                && hay[hit.span.0..hit.span.1 + negated_tail(&hay[hit.span.1..])]
                    .strip_prefix(entry(hit.id).text())
                    .is_some_and(|t| {
                        ["ない", "なく", "ません", "ず", "なかった"]
                            .iter()
                            .any(|n| t.contains(n))
                    })
            {
                self.apply(
                    Fx::State(ServiceState::Degraded),
                    hit.span,
                    sentence,
                    lex,
                    hay,
                );
                continue;
            }
            // One person said to be fine with it ("He is fine using blur for now", "she's
            // ok with that"): copes, and is still the one affected (round 34).
            if hit.negated
                && matches!(fx, Fx::OnlyOne | Fx::Affected(Affected::Single))
                && let Some(p) = ["he", "she"].iter().find(|p| {
                    hay[hit.span.0..].strip_prefix(**p).is_some_and(|r| {
                        [
                            " is fine",
                            " is ok",
                            " is okay",
                            "'s fine",
                            "'s ok",
                            "'s okay",
                            " is happy",
                        ]
                        .iter()
                        .any(|t| r.starts_with(t))
                    })
                })
            {
                self.apply(fx, (hit.span.0, hit.span.0 + p.len()), sentence, lex, hay);
                continue;
            }
            let inherent = entry(hit.id).fx().contains(&Fx::ReachesNobody);
            let fx = if hit.negated && !inherent {
                match negate(fx) {
                    Some(f) => f,
                    None => continue,
                }
            } else {
                fx
            };
            self.apply(fx, hit.span, sentence, lex, hay);
        }
    }

    fn apply(&mut self, fx: Fx, span: Span, sentence: usize, lex: &Lexicon, hay: &str) {
        // A quantity inside a name ("the All Staff Osaka group", "distribution group
        // all-staff-de", the "Team Holidays" calendar) names a list, not the people affected:
        // everyone of a named list is several users, and anything less says nothing.
        if matches!(
            fx,
            Fx::Affected(_) | Fx::EveryoneIn | Fx::Universal | Fx::ImpliesAll
        ) && in_name(hay, span)
        {
            if matches!(fx, Fx::Affected(Affected::All) | Fx::EveryoneIn) {
                self.affected[affected_ix(Affected::Multiple)].add(span, 1);
            }
            return;
        }
        match fx {
            // "so they don't see each other's chats", "so that guests can't create teams": a
            // negation in a purpose clause is what the setup is for, not a fault (round 36).
            // After a fault, "so we can't join" is its consequence.
            Fx::State(s)
                if s != ServiceState::Working
                    && !self.fault_before(span.0)
                    && in_purpose_clause(hay, span.0) => {}
            // An outage named as past, over or the subject of a report ("the RCA for last
            // night's SharePoint outage", "the Teams outage earlier today has been resolved",
            // "先週の障害の報告書"): no outage stated now (round 39).
            Fx::State(ServiceState::Down) if outage_not_now(hay, span) => {}
            Fx::State(s) => {
                // What cannot be done is a part of the service ("the add-in fails to
                // load", "転送ルールが動作しなくなりました"): the service itself still works.
                // So is a function that "stopped auto-accepting" or "stopped syncing": the
                // service still runs ("stopped working" stays down).
                let s = if s == ServiceState::Down
                    && (self.part_in_clause(hay, sentence, span.0) || stopped_doing(hay, span))
                {
                    ServiceState::Degraded
                } else {
                    s
                };
                self.state[state_ix(s)].add(span, 1);
                if s != ServiceState::Working {
                    self.technical.add(span, 1);
                    self.last_fault = Some((sentence, span.1));
                }
            }
            Fx::FailsIfNegated(_) | Fx::CriticalIfNegated | Fx::Mask | Fx::Opens => {}
            Fx::OpenFailed => {
                let s = if opens_service(hay, span) {
                    ServiceState::Down
                } else {
                    ServiceState::Degraded
                };
                // Nothing opens for anyone ("nobody in the firm can open a file"): an outright
                // failure, which for everyone leaves the service unusable.
                if ["nobody ", "no one ", "noone ", "none of "]
                    .iter()
                    .any(|n| hay[span.0..].starts_with(n))
                {
                    self.apply(Fx::Outright, span, sentence, lex, hay);
                }
                self.apply(Fx::State(s), span, sentence, lex, hay);
            }
            Fx::Technical(w) => self.technical.add(span, w),
            Fx::Outright => {
                // A part of a service failing outright ("the add-in fails for everyone",
                // "emojis aren't loading") leaves the service usable.
                if !self.part_in_clause(hay, sentence, span.0) {
                    self.outright.add(span, 1);
                }
            }
            Fx::WeakFault => {
                self.weak_fault.add(span, 1);
                self.technical.add(span, 1);
                self.last_fault = Some((sentence, span.1));
            }
            Fx::RestWorks => {
                self.rest_works.add(span, 1);
                // "検索すればIMはできてます": the rest said to work under a condition the user
                // meets is how they get by (round 36).
                if self.fault_before(span.0)
                    && let Some(from) = ja_condition_opens(hay, span.0)
                    && !trouble_remains(hay, span.1)
                {
                    self.generic_workaround.add((from, span.1), 1);
                    self.alternative.add((from, span.1), 1);
                }
            }
            // One person a troubleshooting step was tried on ("Steps tried: … cleared the
            // Outlook profile for one user") is a test, not who is affected; a quantity of
            // attempts ("Sync done several times", "複数回試した") counts tries, not people
            // (round 34).
            Fx::OnlyOne | Fx::Affected(Affected::Single) if in_steps_tried(hay, span.0) => {}
            Fx::Affected(_) if counts_attempts(&hay[span.1..]) => {}
            // "more than one user": a bound, so several.
            Fx::OnlyOne
                if bounded_count(hay, span.0)
                    || named_people(hay, span) > 1
                    || several_with_honorific(hay, span) =>
            {
                self.affected[affected_ix(Affected::Multiple)].add(span, 1);
            }
            Fx::OnlyOne => {
                self.only_one.add(span, 1);
                self.affected[affected_ix(Affected::Single)].add(span, 1);
            }
            Fx::Everything => self.everything.add(span, 1),
            Fx::ReachesNobody => {
                self.reaches_nobody.add(span, 1);
                self.apply(Fx::State(ServiceState::Down), span, sentence, lex, hay);
            }
            Fx::Stalled => {
                if names_work(hay, span) {
                    self.critical[1].add(span, 1);
                }
            }
            Fx::Part => self.part = Some((sentence, span.1)),
            // "freezes whenever she opens the payroll sheet": what she does when it fails is
            // the fault's condition, not her way round (round 33).
            // "shows up when he joins from the web": the condition under which it works is
            // the way round (round 34).
            Fx::AbleSubject if after_a_condition(hay, span.0) => {
                if let Some(end) = works_under_condition(hay, span)
                    && self.fault_before(span.0)
                {
                    self.generic_workaround.add((span.0, end), 1);
                    self.alternative.add((span.0, end), 1);
                }
            }
            Fx::AbleSubject => {
                if let Some(end) = able_verb_after(hay, span) {
                    if self.fault_before(span.0) {
                        self.generic_workaround.add((span.0, end), 1);
                        self.alternative.add((span.0, end), 1);
                    } else {
                        self.late_able.add((span.0, end), 1);
                    }
                }
            }
            Fx::Fine => {
                if fine_alternative(hay, span.0) {
                    if self.fault_before(span.0) {
                        self.generic_workaround.add(span, 1);
                        self.alternative.add(span, 1);
                    } else {
                        self.late_able.add(span, 1);
                    }
                }
            }
            Fx::Unhurried => self.unhurried.add(span, 1),
            Fx::AsksIfExpected => self.asks_expected.add(span, 1),
            Fx::Outsiders => self.outsiders.add(span, 1),
            Fx::Able => {
                // What the user can still do, said after the fault, is how they get by.
                // Like a generic workaround, an admin tool that can ("PowerShellからは変更
                // できます") is not the user's (SPEC 1.3). The evidence is the clause that
                // says where or how ("ブラウザからはサインインできる"), never the bare
                // ability word ("できる").
                if self.fault_before(span.0) && pointer_has_modal(hay, span) {
                    if let Some(from) = able_as_alternative(hay, span) {
                        self.generic_workaround.add((from, span.1), 1);
                        self.alternative.add((from, span.1), 1);
                    } else if let Some(from) = able_as_reason(hay, span) {
                        self.generic_workaround.add((from, span.1), 1);
                    }
                }
            }
            Fx::EveryoneIn => {
                // "everyone in the company" is everyone; "everyone in payroll" and
                // "anyone in the AP team" are a named part of it.
                let (a, end) = match lex.group_noun_after(hay, span.1) {
                    Some((end, false)) => (Affected::All, end),
                    Some((end, true)) => (Affected::Multiple, end),
                    // "nobody at fabrikam.com": everyone of the organisation's mail domain.
                    None => match domain_after(hay, span.1) {
                        Some(end) => (Affected::All, end),
                        None => (Affected::Multiple, span.1),
                    },
                };
                if a == Affected::Multiple {
                    self.whole_group.add((span.0, end), 1);
                }
                self.affected[affected_ix(a)].add((span.0, end), 1);
            }
            Fx::Partial => {
                self.partial.add(span, 1);
                self.partial_said.add(span, 1);
            }
            // "every time at device setup", "each morning": how often, not how many (round 36).
            Fx::Universal | Fx::NotUniversal if counts_occasions(&hay[span.1..]) => {}
            Fx::Universal | Fx::NotUniversal => {
                if let Some((end, subgroup)) = lex.group_noun_after(hay, span.1) {
                    // "the whole company" is everyone; "the whole sales team" is a group.
                    if fx == Fx::NotUniversal {
                        self.not_all.add((span.0, end), 1);
                        return;
                    }
                    let a = if subgroup {
                        Affected::Multiple
                    } else {
                        Affected::All
                    };
                    if subgroup {
                        self.whole_group.add((span.0, end), 1);
                    }
                    self.affected[affected_ix(a)].add((span.0, end), 1);
                }
            }
            Fx::Affected(Affected::All) if named_group_before(hay, span) => {
                // "パートナー全員", "役員全員": everyone of a named group is several users.
                self.whole_group.add(span, 1);
                self.affected[affected_ix(Affected::Multiple)].add(span, 1);
            }
            // "配布グループのメンバーを編集": people named as the object of what the admin does
            // are not who is affected.
            Fx::Affected(_) if object_of_task(&hay[span.1..]) => {}
            // "Adding Send As for the warehouse team fails": the people an admin's change is
            // for are not who the fault affects.
            Fx::Affected(_) if beneficiary_of_task(hay, span.0) => {}
            // "her two PCs", "his laptops": one person's things, not the people affected.
            Fx::Affected(_) if owned_by_one(hay, span.0) => {}
            Fx::Affected(a) => self.affected[affected_ix(a)].add(span, 1),
            Fx::NotAll => self.not_all.add(span, 1),
            Fx::ImpliesAll => self.implied_all.add(span, 1),
            Fx::Workaround => {
                self.generic_workaround.add(span, 1);
                if names_workaround(&hay[span.0..span.1]) {
                    self.workaround_word.add(span, 1);
                }
            }
            Fx::NoWorkaround => {
                self.no_workaround.add(span, 1);
                if names_workaround(&hay[span.0..span.1]) {
                    self.no_workaround_word.add(span, 1);
                }
            }
            Fx::UserWorkaround if existing_ones(hay, span) => self.rest_works.add(span, 1),
            Fx::UserWorkaround => {
                // A client or device named in the clause that states the fault ("can't open
                // files in the browser", "mail he sends from his phone") is where it fails;
                // so is one that shows the error ("OWA says \"we couldn't find your mailbox\"").
                if !self.in_fault_clause(hay, sentence, span.0) && !shows_the_fault(hay, span.1) {
                    self.user_workaround.add(span, 1);
                }
            }
            Fx::Alternative => {
                if !self.in_fault_clause(hay, sentence, span.0) {
                    self.alternative.add(span, 1);
                }
            }
            Fx::MinorItem => self.minor_item.add(span, 1),
            Fx::AdminTool => {
                self.admin_tool.add(span, 1);
                let clause = clause_around(hay, span);
                if self.fault_before(span.0)
                    && !self.in_fault_clause(hay, sentence, span.0)
                    && says_it_works(&hay[clause.0..clause.1])
                {
                    self.admin_alternative.add(clause, 1);
                }
            }
            Fx::Critical(c) => {
                self.critical[usize::from(c)].add(span, 1);
                if c && DEADLINE_WORDS
                    .iter()
                    .any(|w| hay[span.0..span.1].contains(w))
                {
                    self.deadline.add(span, 1);
                }
                if c && CANNOT_WORK.iter().any(|w| hay[span.0..span.1].contains(w)) {
                    self.cannot_work.add(span, 1);
                }
            }
            // "the billing@ shared mailbox", "sales@": the name of a mailbox, not the kind
            // of request.
            Fx::Presales(_) | Fx::Billing(_) if hay[span.1..].starts_with('@') => {}
            Fx::Presales(w) => {
                self.presales.add(span, w);
                // A partner asked to be referred or introduced ("can you refer someone?",
                // "パートナー企業をご紹介いただく"): finding a partner is presales (round 36).
                if asks_for_a_partner(hay, span) {
                    self.presales.add(span, 2);
                    self.commercial.add(span, 2);
                }
                if !is_trade_word(&hay[span.0..span.1]) {
                    self.commercial.add(span, w);
                } else if names_a_thing(&hay[span.1..]) {
                    self.trade_thing.add(span, 1);
                }
            }
            Fx::Billing(w) => {
                self.billing.add(span, w);
                if !is_trade_word(&hay[span.0..span.1]) {
                    self.commercial.add(span, w);
                } else if names_a_thing(&hay[span.1..]) {
                    self.trade_thing.add(span, 1);
                }
            }
            Fx::BillingAction => {
                self.billing_action = Some((sentence, span));
                self.licence_change(sentence, self.license_object, span);
            }
            Fx::LicenseObject => {
                self.license_object = Some((sentence, span));
                self.licence_change(sentence, self.billing_action, span);
            }
            Fx::Service(s, w) => self.service[service_ix(s)].add(span, w),
            Fx::OutlookApp => {
                self.outlook.add(span, 2);
                self.service[service_ix(Service::ExchangeOnline)].add(span, 2);
            }
            Fx::ClientFault => self.client_fault.add(span, 1),
            Fx::Debug => self.debug.add(span, 1),
            Fx::Scope(s) => self.scope[scope_ix(s)].add(span, 1),
            Fx::RulesOut(s) => self.ruled_out[scope_ix(s)].add(span, 1),
            Fx::Count(n) => {
                if let Some(end) = lex.count_unit_after(hay, span.1) {
                    self.count(hay, n, (span.0, end));
                }
            }
        }
    }

    /// The service: the highest-weighted one mentioned, the earliest on a tie (else other),
    /// and where it was named. The Outlook desktop program is one of the Microsoft 365 Apps
    /// (SPEC 1.1): when the program itself fails ("Outlook crashes on startup", "Outlook が
    /// 起動しません"), what its mentions weigh goes to Microsoft 365 Apps; what it shows of
    /// the mailbox stays Exchange Online's.
    fn service(&self) -> (Service, Option<Span>) {
        let mut services = self.service;
        if let (Some(sp), Some(_)) = (self.outlook.first, self.client_fault.first) {
            let exo = &mut services[service_ix(Service::ExchangeOnline)];
            exo.score -= self.outlook.score;
            if exo.score == 0 {
                exo.first = None;
            }
            let apps = &mut services[service_ix(Service::Microsoft365Apps)];
            apps.score += self.outlook.score;
            apps.first = Some(apps.first.map_or(sp, |f| f.min(sp)));
        }
        Service::ALL
            .iter()
            .filter_map(|s| {
                let seen = services[service_ix(*s)];
                seen.first.map(|sp| (*s, seen.score, sp))
            })
            .max_by(|a, b| a.1.cmp(&b.1).then(b.2.0.cmp(&a.2.0)))
            .map_or((Service::Other, None), |(s, _, sp)| (s, Some(sp)))
    }

    /// The most-mentioned out-of-scope cause that the text did not rule out, and where it was
    /// said (else in-scope, and where a cause was ruled out). Using an Office app's features
    /// is referred elsewhere only in a question (`working`); a fault in the app is technical
    /// work (SPEC 1.1).
    fn scope(&self, working: bool) -> (Scope, Option<Span>) {
        let best = Scope::ALL
            .iter()
            .filter(|s| **s != Scope::InScope)
            .filter(|s| **s != Scope::OfficeApps || working)
            .filter_map(|s| {
                let ix = scope_ix(*s);
                let seen = self.scope[ix];
                match (seen.first, self.ruled_out[ix].first) {
                    (Some(sp), None) => Some((*s, seen.score, sp)),
                    _ => None,
                }
            })
            .max_by(|a, b| a.1.cmp(&b.1).then(b.2.0.cmp(&a.2.0)));
        match best {
            Some((s, _, sp)) => (s, Some(sp)),
            None => (
                Scope::InScope,
                self.ruled_out.iter().filter_map(|r| r.first).min(),
            ),
        }
    }

    /// Whether a fault was stated before byte `at` (a down or degraded state, or a generic
    /// fault word).
    /// Whether the text names everyone of a group ("the whole sales team", "本社の全員",
    /// "営業部全員").
    fn names_whole_group(&self, hay: &str) -> bool {
        self.whole_group.first.is_some()
            || self.affected[affected_ix(Affected::Multiple)]
                .first
                .is_some_and(|(s, e)| hay[s..e].contains("全員") || devices_of_a_place(hay, s, e))
    }

    fn fault_before(&self, at: usize) -> bool {
        [
            self.state[state_ix(ServiceState::Down)].first,
            self.state[state_ix(ServiceState::Degraded)].first,
            self.weak_fault.first,
        ]
        .iter()
        .flatten()
        .any(|sp| sp.0 < at)
    }

    /// Whether a part of a service was named earlier in the clause that ends at `at`
    /// (same sentence, no comma, semicolon or conjunction between).
    fn part_in_clause(&self, hay: &str, sentence: usize, at: usize) -> bool {
        let Some((s, end)) = self.part else {
            return false;
        };
        if s != sentence || end > at {
            return false;
        }
        // "アドインが、Outlookで読み込まれなくなりました": a part marked as the subject or
        // topic just before a comma is still the subject of the clause after it.
        let between = ["が、", "は、", "が,", "は,"]
            .iter()
            .find_map(|p| hay[end..at].strip_prefix(p))
            .unwrap_or(&hay[end..at]);
        const BREAKS: [&str; 10] = [
            ",",
            ";",
            ":",
            "、",
            " and ",
            " but ",
            " so ",
            "が、",
            " because ",
            "ので",
        ];
        !BREAKS.iter().any(|b| between.contains(b))
    }

    /// Whether the last fault stated is in the clause that ends at `at` (same sentence, no
    /// clause break between).
    fn in_fault_clause(&self, hay: &str, sentence: usize, at: usize) -> bool {
        let Some((s, end)) = self.last_fault else {
            return false;
        };
        if s != sentence || end > at {
            return false;
        }
        let between = &hay[end..at];
        const BREAKS: [&str; 16] = [
            ",",
            ";",
            ":",
            "、",
            "(",
            " - ",
            " and ",
            " but ",
            " so ",
            "が、",
            " because ",
            "ので",
            " who ",
            " then ",
            " while ",
            " though ",
        ];
        !BREAKS.iter().any(|b| between.contains(b))
    }

    /// A billing action and licences in one sentence: buying or removing licences (billing).
    fn licence_change(&mut self, sentence: usize, other: Option<(usize, Span)>, span: Span) {
        if let Some((s, first)) = other
            && s == sentence
            && self.billed_sentence != Some(sentence)
        {
            self.billed_sentence = Some(sentence);
            let whole = (first.0.min(span.0), first.1.max(span.1));
            self.billing.add(whole, 2);
            self.commercial.add(whole, 2);
        }
    }

    fn count(&mut self, hay: &str, n: u32, span: Span) {
        // "Steps tried: … new PC for one agent": the one the admin tried a step on is a test,
        // not who is affected (round 34).
        if owned_by_one(hay, span.0) || (n == 1 && in_steps_tried(hay, span.0)) {
            return;
        }
        // One company or tenant ("取引先1社", "one tenant") may hold any number of people: it
        // says nothing of how many; several of them are several (round 36).
        let unit = &hay[..span.1];
        if n == 1
            && ["社", "tenant", "tenants", "テナント"]
                .iter()
                .any(|u| unit.ends_with(u))
        {
            return;
        }
        match n {
            0 => {}
            // A count of one person ("one user", "1名", "one lady in accounts") is one user,
            // whatever department or plural noun the sentence names beside her.
            1 if bounded_count(hay, span.0) => {
                self.affected[affected_ix(Affected::Multiple)].add(span, 1);
            }
            1 if counts_one_person(hay, span) => {
                self.only_one.add(span, 1);
                self.affected[affected_ix(Affected::Single)].add(span, 1);
            }
            1 => self.affected[affected_ix(Affected::Single)].add(span, 1),
            _ => {
                // A count that names every one of a group ("the 6 agents on it", "all 4 of our
                // admins") is the whole of that group; "only the 2 new hires" is not (round 35).
                let before = &hay[..span.0];
                if (["the ", "all ", "all of the ", "all of our ", "all the "]
                    .iter()
                    .any(|d| before.ends_with(d))
                    && !before.ends_with("only the "))
                    // "経理部12名全員": the count and "全員" name every one of the group
                    // (round 36).
                    || hay[span.1..].starts_with("全員")
                {
                    self.whole_group.add(span, 1);
                }
                self.counted_several.add(span, 1);
                self.affected[affected_ix(Affected::Multiple)].add(span, 1);
            }
        }
    }

    /// The classification the evidence gives; with `corpus`, the service state is also read
    /// as the labelled corpus reads `hay` (`model.rs`).
    fn resolve(&self, hay: &str, ov: &FactOverrides, corpus: bool) -> Classification {
        let phrase = |span: Option<Span>| match span {
            Some(span) => Basis::Phrase {
                phrase: {
                    let (s, e) = whole_phrase(hay, span);
                    hay[s..e].to_owned()
                },
            },
            None => Basis::Assumed,
        };
        let mut rationale = Vec::with_capacity(7);
        let mut note = |fact: &'static str, value: String, basis: Basis| {
            rationale.push(Rationale { fact, value, basis });
        };

        // service_state
        let (service_state, basis) = if let Some(s) = ov.service_state {
            (
                s,
                Basis::Flag {
                    flag: format!("--impact {s}"),
                },
            )
        } else {
            [
                ServiceState::Down,
                ServiceState::Degraded,
                ServiceState::Working,
            ]
            .into_iter()
            .find_map(|s| {
                self.state[state_ix(s)]
                    .first
                    .map(|sp| (s, phrase(Some(sp))))
            })
            .or_else(|| {
                // A generic fault word ("problem", "issue") is a fault unless the text is
                // otherwise a question: "Problem: users don't know how to ..." asks how.
                self.weak_fault
                    .first
                    .map(|sp| (ServiceState::Degraded, phrase(Some(sp))))
            })
            .unwrap_or((ServiceState::Degraded, Basis::Assumed))
        };
        // An error met while developing an app, put as a question ("getting 403 in the
        // workbench; what permissions do we request?"), asks how to build it: nothing of the
        // service is impaired (SPEC 1.2 development, 1.3 working). Asking to debug or review
        // the code that fails ("how should we debug our manifest?") troubleshoots the fault.
        let (service_state, basis) = match self.state[state_ix(ServiceState::Working)].first {
            Some(sp)
                if ov.service_state.is_none()
                    && service_state == ServiceState::Degraded
                    && self.debug.first.is_none()
                    && self.scope(false).0 == Scope::Development =>
            {
                (ServiceState::Working, phrase(Some(sp)))
            }
            _ => (service_state, basis),
        };
        // Asking whether what is seen is by design ("returns nothing older than 180 days. Is
        // that expected on E3?") asks about the service; nothing is yet known to be impaired.
        // An outage stays an outage.
        // So does asking whether it is supported or available ("Does the new Outlook support
        // COM add-ins?", "is that even supported?"): a question about the service.
        // Not when the text states the setting that forbids what is seen ("Is it normal for a
        // room mailbox to accept two bookings? … AllowConflicts is False"): the service does
        // what it is set not to do, a fault.
        let asked = self
            .asks_expected
            .first
            .filter(|sp| !setting_forbids(&hay[sp.1..]))
            .or_else(|| asks_if_supported(hay));
        // A question whether it is by design, with the setting that forbids what is seen
        // stated after it, reports a fault.
        let (service_state, basis) = match self.asks_expected.first {
            Some(sp)
                if ov.service_state.is_none()
                    && service_state == ServiceState::Working
                    && setting_forbids(&hay[sp.1..]) =>
            {
                // The setting and its value ("allowconflicts is false").
                let at = hay[sp.1..].find(" is ").map_or(sp, |i| {
                    let is = sp.1 + i;
                    let s = hay[..is].rfind([' ', '.', '\n']).map_or(0, |b| b + 1);
                    (s, hay[is..].find(['.', '\n']).map_or(hay.len(), |e| is + e))
                });
                (ServiceState::Degraded, phrase(Some(at)))
            }
            _ => (service_state, basis),
        };
        let (service_state, basis) = match asked {
            Some(sp) if ov.service_state.is_none() && service_state == ServiceState::Degraded => {
                (ServiceState::Working, phrase(Some(sp)))
            }
            _ => (service_state, basis),
        };
        // A request that is itself a question of how or where to do something ("where do I
        // see who registered, now that the old page is gone?", "whats the way to give her
        // access but not send as", "旧ページがなくなったので、どこで確認できますか") asks how:
        // what it says has changed around it is the reason for asking, not a fault. English
        // opens with the question, Japanese ends with it. An outage stays an outage unless
        // what reads as one is in the question's own sentence, as what it asks to set up ("how
        // do we let her read it but not send from it"); code the customer asks to debug stays
        // a fault.
        let goal = |sp: Span| {
            self.state[state_ix(ServiceState::Down)]
                .first
                .is_some_and(|(d, _)| {
                    d > sp.1 && !hay[sp.1..d].contains(['?', '.', '!', '\n', '。'])
                })
        };
        // A bare "どうすればいいですか" after a fault stated before it ("OneDriveが同期しないの
        // ですが、どうすればいいですか") asks what to do about the fault, as an English question
        // how to fix it does: the fault stands (round 35).
        let mends = |sp: Span| {
            JA_MEND_AFTER.iter().any(|m| hay[sp.1..].starts_with(m))
                && self.state[state_ix(ServiceState::Degraded)]
                    .first
                    .is_some_and(|(d, _)| d < sp.0)
        };
        let (service_state, basis) = match asks_how_or_where(hay) {
            Some(sp)
                if ov.service_state.is_none()
                    && (service_state == ServiceState::Degraded
                        || (service_state == ServiceState::Down && goal(sp)))
                    && !mends(sp)
                    && self.debug.first.is_none() =>
            {
                (ServiceState::Working, phrase(Some(sp)))
            }
            _ => (service_state, basis),
        };
        // A key bought under volume licensing (a key to find, activations to add) is referred
        // to the Volume Licensing Service Center (SPEC 1.2): a request for the key, not a fault
        // of a service, whatever error the key gave ("上限に達しました").
        let (service_state, basis) = match self.scope(false) {
            (Scope::VolumeLicensing, sp) if ov.service_state.is_none() => {
                (ServiceState::Working, phrase(sp))
            }
            _ => (service_state, basis),
        };
        // affected (before service_state is final: an outright failure for everyone is down)
        // A question of how to set something up for several people counted, with a stake said
        // for it ("来週月曜の…30名ほど参加予定…判定が遅れると出荷に影響", "25 external auditors …
        // the audit deadline is the 15th"): SPEC 1.3's deadline critically affected for several
        // users, whatever is yet impaired (round 36).
        let set_up_for_several_by_a_stake = service_state == ServiceState::Working
            && ov.affected.is_none()
            && self.counted_several.first.is_some()
            && self.deadline.first.is_some()
            && self.unhurried.first.is_none()
            // A date wished for ("できれば明日までに", "ideally by Friday") is no deadline.
            && !["できれば", "可能であれば", "なるべく", "ideally", "if possible"]
                .iter()
                .any(|w| hay.contains(w));
        let (mut affected, mut affected_basis) = if let Some(a) = ov.affected {
            (
                a,
                Basis::Flag {
                    flag: format!("--users {a}"),
                },
            )
        } else if service_state == ServiceState::Working && set_up_for_several_by_a_stake {
            // A setup asked for several people counted, needed by a stake ("25 external
            // auditors … the statutory audit deadline is the 15th"): the count is who it is
            // for (round 36).
            (Affected::Multiple, phrase(self.counted_several.first))
        } else if service_state == ServiceState::Working {
            // A question impairs nobody yet: the asker alone. No phrase says how many, so the
            // one user is a default, not what the question's words ("how", "方法") state.
            let why = match &basis {
                Basis::Flag { .. } => basis.clone(),
                _ => Basis::Assumed,
            };
            (Affected::Single, why)
        } else if let Some(a) = [Affected::All, Affected::Multiple, Affected::Single]
            .into_iter()
            .find(|a| self.affected[affected_ix(*a)].first.is_some())
        {
            // Several people counted ("営業部の5人", "the finance team (6 people)"): the count
            // is what says how many, so it is quoted rather than the group (round 35).
            let quoted = match a {
                Affected::Multiple => self
                    .counted_several
                    .first
                    .or(self.affected[affected_ix(a)].first),
                _ => self.affected[affected_ix(a)].first,
            };
            (a, phrase(quoted))
        } else if self.not_all.first.is_some() {
            // "Not all users": some of them, when no phrase says how many.
            (Affected::Multiple, phrase(self.not_all.first))
        } else if self.implied_all.first.is_some() && service_state == ServiceState::Down {
            (Affected::All, phrase(self.implied_all.first))
        } else if self.reaches_nobody.first.is_some() && service_state == ServiceState::Down {
            // A flow that reaches nobody serves more than one person.
            (Affected::Multiple, phrase(self.reaches_nobody.first))
        } else {
            (Affected::Single, Basis::Assumed)
        };
        // One person stated as the only one affected ("only him", "営業部の1名で") is one
        // person, whatever group the text names around them.
        if ov.affected.is_none()
            && affected == Affected::Multiple
            && service_state != ServiceState::Working
            && self.only_one.first.is_some_and(|(s, _)| {
                // The others said fine ("他のPCは正常") after a count of several ("8台のPC")
                // leave the count standing.
                !(self.counted_several.first.is_some_and(|c| c.0 < s)
                    && ["other ", "the other ", "ほかの", "他の"]
                        .iter()
                        .any(|o| hay[s..].starts_with(o)))
            })
        {
            (affected, affected_basis) = (Affected::Single, phrase(self.only_one.first));
        }
        // A fault stated outright ("calls are failing", "全ユーザーで失敗") for everyone, or
        // for several users on everything they open ("any file", "on every machine"), with
        // nothing partial about it, leaves the service unusable: down (SPEC 1.3).
        let whole = affected == Affected::All
            || (affected == Affected::Multiple
                && (self.whole_group.first.is_some()
                    || self.everything.first.is_some()
                    // "営業部全員", "本社の全員": a group named with everyone of it, when no
                    // part of a service is named (round 37).
                    || (self.part.is_none() && self.names_whole_group(hay))));
        let (service_state, basis) = if ov.service_state.is_none()
            && service_state == ServiceState::Degraded
            && whole
            // What is said of the way round ("they're on the web client, which works but
            // it's slow") is not said of the fault (round 37).
            && self.partial.first.is_none_or(|p| {
                self.alternative
                    .first
                    .is_some_and(|a| a.0 < p.0 && same_sentence(hay, a.0, p.0))
            })
            && let Some(sp) = self
                .outright
                .first
                // Round 37: with no part of a service named, a failure on every attempt or
                // a flow that brings nothing is as outright.
                .or_else(|| fails_on_every_attempt(hay).filter(|_| self.part.is_none()))
                .or_else(|| nothing_arrives(hay).filter(|_| self.part.is_none()))
                // Round 38: so is an app that crashes with no condition said, or as it starts.
                .or_else(|| crashes_outright(hay).filter(|_| self.part.is_none()))
        {
            (ServiceState::Down, phrase(Some(sp)))
        } else {
            (service_state, basis)
        };
        // The service itself, or the rest of it, still works ("Outlook 自体は普通に使えています",
        // "internal sharing works"): what fails is a part of it, impaired, not unusable.
        // A failure said to be complete ("Conditional Access now blocks it completely",
        // "完全にブロックされています"), with no part of a service named and nothing partial, leaves
        // the service unusable for whoever it strikes: down (SPEC 1.3; round 37).
        let (service_state, basis) = match said_complete(hay) {
            Some(sp)
                if ov.service_state.is_none()
                    && service_state == ServiceState::Degraded
                    && self.part.is_none()
                    && self.partial.first.is_none() =>
            {
                (ServiceState::Down, phrase(Some(sp)))
            }
            _ => (service_state, basis),
        };
        // Not when a core action fails for everyone: "no one can join or schedule meetings;
        // IM still works" is SPEC 1.3's own A example.
        // So is a whole office or department named for it ("東京本社の全員が送信できず…受信は
        // できています"): for them it is the same widespread failure to send.
        let mail_core = self.core_down.first.is_some_and(|(s, e)| {
            ["send", "receiv", "recie", "送信", "受信"]
                .iter()
                .any(|w| hay[s..e].contains(w))
        });
        let core_for_all = (affected == Affected::All && self.core_down.first.is_some())
            || (affected == Affected::Multiple && mail_core && self.names_whole_group(hay))
            || self.reaches_nobody.first.is_some()
            // Nothing of a named group gets it done ("Not a single PC in the Line 4 area
            // works", "none of them can get past SSO"): down for that group whatever works
            // for the rest.
            || (affected != Affected::Single && self.nobody_down.first.is_some());
        let (service_state, basis) = match self.rest_works.first {
            Some(sp)
                if ov.service_state.is_none()
                    && service_state == ServiceState::Down
                    && !core_for_all
                    && !said_unusable(hay) =>
            {
                (ServiceState::Degraded, phrase(Some(sp)))
            }
            _ => (service_state, basis),
        };
        // The customer's own script that fails ("ログオンスクリプトが動かなくなりました") is a
        // fault of the script, referred elsewhere (SPEC 1.2 scripting): the service it drives
        // stays usable, so it is impaired, not down.
        let (service_state, basis) = match self.scope(false) {
            (Scope::Scripting, sp)
                if ov.service_state.is_none() && service_state == ServiceState::Down =>
            {
                (ServiceState::Degraded, phrase(sp))
            }
            _ => (service_state, basis),
        };
        let state_basis = basis;

        // workaround
        let admin = self.admin_tool.first.is_some();
        // A personal item implies a workaround only when something is wrong with it; in a
        // question ("set one signature for everyone") nothing needs working around.
        // Nor when a third-party tool manages it ("CodeTwo adds the signature"): the user
        // cannot set it another way.
        // Nor for the contacts of Skype for Business, the roster of its one client: no other
        // client shows them (round 34).
        let minor = self.minor_item.first.is_some()
            && service_state != ServiceState::Working
            && self.service().0 != Service::SkypeForBusiness
            && self.scope[scope_ix(Scope::ThirdParty)].first.is_none();
        let (workaround, basis) = if let Some(w) = ov.workaround {
            let flag = if w {
                "--workaround"
            } else {
                "--workaround=false"
            };
            (
                w,
                Basis::Flag {
                    flag: flag.to_owned(),
                },
            )
        } else if self.no_workaround.first.is_some() {
            // The most explicit phrase that decided it is quoted: a workaround named
            // outright ("workaround: use OWA", "回避策はありません") before the product or
            // ability word beside it ("OWA", "できる").
            let said = self.no_workaround_word.first;
            (false, phrase(said.or(self.no_workaround.first)))
        } else if self.user_workaround.first.is_some_and(|u| {
            // A client named in the clause that says another admin tool works ("EAC in the
            // browser works, it's only the PowerShell session that's broken") is the admin's
            // way, not the user's (SPEC 1.3's EAC example is B). Nor is a client named in
            // the clause whose fault follows it ("古いパスワードでOWAにログインできてしまう"):
            // it is where the fault is.
            let clause = clause_around(hay, u);
            // Another client said to fail as well ("OWA also just says something went
            // wrong", "Web版でも同じエラーになります") is no way round (round 37).
            let sentence_end = hay[u.1..]
                .find(['.', '!', '?', '\n', '。', '！', '？'])
                .map_or(hay.len(), |i| u.1 + i);
            !fails_as_well(&hay[u.1..sentence_end])
                && !tried_in_vain(hay, u)
                && !self
                    .admin_alternative
                    .first
                    .is_some_and(|c| c.0 <= u.0 && u.1 <= c.1)
                && ![ServiceState::Down, ServiceState::Degraded]
                    .into_iter()
                    .filter_map(|s| self.state[state_ix(s)].first)
                    .any(|f| f.0 > u.1 && f.1 <= clause.1)
        }) {
            // A workaround word beside an admin tool may name the admin's way, not the user's.
            // So does the clause that says what the product allows ("ブラウザからはサインイン
            // できる") before the product alone ("ブラウザから").
            let said = self.workaround_word.first.filter(|_| !admin);
            let clause = self.generic_workaround.first.filter(|g| {
                self.user_workaround
                    .first
                    .is_some_and(|u| g.0 <= u.0 && u.1 <= g.1 && g != &u)
            });
            // The clause that states it ("別の方法で参加できる", "it works from Outlook on
            // the web") rather than the word or the product alone.
            let said = said.map(|w| clause_around(hay, w));
            let around = self.user_workaround.first.map(|u| clause_around(hay, u));
            (true, phrase(said.or(clause).or(around)))
        } else if !admin
            && self
                .generic_workaround
                .first
                .is_some_and(|g| !tried_in_vain(hay, g))
        {
            let said = self.workaround_word.first.map(|w| clause_around(hay, w));
            (true, phrase(said.or(self.generic_workaround.first)))
        } else if !admin && minor {
            (true, phrase(self.minor_item.first))
        } else if !admin
            && affected == Affected::Single
            && self.unhurried.first.is_some()
            && self.late_able.first.is_some()
        {
            // One user who names another way of working and says it can wait ("She's been
            // using desktop, no urgency") gets by that way, though the text states no fault
            // before it.
            (true, phrase(self.late_able.first))
        } else if let Some(sp) = action_that_works(hay).filter(|_| {
            !admin
                && affected == Affected::Single
                && service_state != ServiceState::Working
                && self.rest_works.first.is_none()
        }) {
            // One user's fault, then another action said to work ("save as copy works",
            // "print to PDF works"): how the user gets the work done (round 36).
            (true, phrase(Some(sp)))
        } else if admin && (self.generic_workaround.first.is_some() || minor) {
            // Another admin tool can do it: not a workaround for the user (SPEC 1.3). The
            // clause that says so is quoted, not the tool where the fault is ("管理センター").
            (
                false,
                phrase(self.admin_alternative.first.or(self.admin_tool.first)),
            )
        } else {
            (false, Basis::Assumed)
        };
        // Those affected still get the work done with another client, device or way ("Web
        // 版では参加できる", "she can use OWA"): the service can be used, impaired (SPEC 1.3:
        // down is unreachable or unusable for those affected).
        let usable_another_way = self.alternative.first.filter(|&sp| {
            ov.service_state.is_none()
                && workaround
                && ov.workaround.is_none()
                && self.at_all.first.is_none()
                && !said_unusable(hay)
                // A way round said to be for now ("they're on the web client for now",
                // "とりあえずブラウザから") leaves a whole group's service unusable as it is
                // meant to be used: still down for them (round 37).
                && !(whole && for_now(hay, sp))
                && !((affected == Affected::All
                    || (affected == Affected::Multiple
                        && (self.names_whole_group(hay)
                            || self.counted_several.first.is_some())))
                    && around_the_network(hay, sp))
        });
        let (service_state, state_basis) = match usable_another_way {
            // A way round the organisation's own network ("スマホのテザリング経由なら接続でき
            // ます", "it works from home") leaves the service unreachable where everyone
            // works: still down for all of them. So it is for the whole of a place or group
            // that works there ("本社の全員", "本社勤務の約300名"): the network they work on
            // leaves them nothing (round 32).
            Some(sp) if service_state == ServiceState::Down => {
                (ServiceState::Degraded, phrase(Some(sp)))
            }
            _ => (service_state, state_basis),
        };
        // The fault said to be only one thing ("it's only the self-service catalogue",
        // "only affects the calendar tab", "検索だけの問題です"): a part fails, the service is
        // usable (SPEC 1.3; round 37).
        let (service_state, state_basis) = match only_a_part(hay) {
            Some(sp)
                if ov.service_state.is_none()
                    && service_state == ServiceState::Down
                    && self.at_all.first.is_none()
                    && !said_unusable(hay) =>
            {
                (ServiceState::Degraded, phrase(Some(sp)))
            }
            _ => (service_state, state_basis),
        };
        // A failure said to happen only sometimes ("と出ることがある", "not every time",
        // "毎回ではない"): between times the service can be used, so it is impaired, not
        // unusable (SPEC 1.3; round 37).
        let (service_state, state_basis) = match only_sometimes(hay) {
            Some(sp) if ov.service_state.is_none() && service_state == ServiceState::Down => {
                (ServiceState::Degraded, phrase(Some(sp)))
            }
            _ => (service_state, state_basis),
        };
        // A refusal is down for the people it names when it leaves them nothing: they cannot
        // get in at all ("can't sign in to anything", "blocks them from Outlook and Teams",
        // "cannot get past sign-in on any device"). People from outside the organisation
        // refused what was shared with them ("3 guests get Access denied on the site", "取引先
        // の3名がアクセスが拒否されました") meet a fault of the sharing while the service works
        // for its own users: impaired, unless their work is at stake or they are locked out
        // of everything (SPEC 1.3: A needs the service unusable or business at stake).
        let at_stake = self.critical[1].first.is_some() && self.unhurried.first.is_none();
        let (service_state, state_basis) = match (
            self.outsiders.first,
            self.state[state_ix(ServiceState::Down)].first,
        ) {
            (Some(who), Some(down))
                if ov.service_state.is_none()
                    && service_state == ServiceState::Down
                    && who.0 < down.0
                    && affected == Affected::Multiple
                    && !at_stake
                    && self.everything.first.is_none()
                    && !signs_in(&hay[down.0..down.1])
                    && !all_of(hay, who.0) =>
            {
                (ServiceState::Degraded, phrase(Some(who)))
            }
            _ => (service_state, state_basis),
        };
        // Wording the phrases misread: the labelled corpus reads the text as another state,
        // and clearly so (`model.rs`), unless the text says what settles it.
        let (service_state, state_basis) = match model::read(hay, service_state) {
            Some((s, phrases))
                if corpus
                    && ov.service_state.is_none()
                    // Nothing said: the SPEC default stands.
                    && state_basis != Basis::Assumed
                    // Said to fail only sometimes: never unusable.
                    && !(s == ServiceState::Down && only_sometimes(hay).is_some())
                    // Said to be unusable: down whatever else the words suggest.
                    && !(service_state == ServiceState::Down && said_unusable(hay))
                    // A fault the phrases read as partial ("only some files", "slow",
                    // "password-protected workbooks"): never unusable by the corpus alone.
                    && !(s == ServiceState::Down && self.partial_said.first.is_some())
                    // Those affected get the work done another way that the phrases found to
                    // hold ("ブラウザからはサインインできる"): usable (SPEC 1.3).
                    && !(s == ServiceState::Down && usable_another_way.is_some())
                    // A question and an outage, the ends of the scale (C and A), are told
                    // apart by the phrases alone.
                    && !question_against_outage(s, service_state) =>
            {
                (s, Basis::Corpus { phrases })
            }
            _ => (service_state, state_basis),
        };
        note("service_state", service_state.to_string(), state_basis);
        note("affected", affected.to_string(), affected_basis);
        // A client named in the question whether something is supported or available ("Is
        // this available on mobile at all?") is what is asked about, not a way round stated.
        let (workaround, basis) = match (asked, self.user_workaround.first) {
            (Some(q), Some(u))
                if ov.workaround.is_none()
                    && workaround
                    && service_state == ServiceState::Working
                    && SUPPORT_STEMS.iter().any(|w| hay[q.0..q.1].contains(w))
                    && !hay[q.0.min(u.0)..q.1.max(u.1)]
                        .contains(['?', '.', '!', '\n', '。', '？']) =>
            {
                (false, phrase(Some(q)))
            }
            _ => (workaround, basis),
        };
        note("workaround", workaround.to_string(), basis);

        // business_critical
        let (business_critical, basis) = if let Some(c) = ov.business_critical {
            let flag = if c {
                "--business-critical"
            } else {
                "--business-critical=false"
            };
            (
                c,
                Basis::Flag {
                    flag: flag.to_owned(),
                },
            )
        } else if let Some(sp) = self
            .unhurried
            .first
            .filter(|_| self.critical[1].first.is_some())
        {
            // Said outright to wait ("急ぎではありません", "no rush"): the writer rates what is
            // at stake, so a production or deadline word elsewhere (the factory line the PC
            // stands on) does not make it business-critical.
            (false, phrase(Some(sp)))
        } else if let Some(sp) = self.cannot_work.first.filter(|_| {
            affected == Affected::Single && self.critical[1].score <= self.cannot_work.score
        }) {
            // One person who cannot work, with nothing else at stake ("ユーザー 1 名が…業務が
            // 出来ない状態"): their own work, not production or a deadline (round 36).
            (false, phrase(Some(sp)))
        } else if self.critical[1].first.is_some() {
            if service_state == ServiceState::Working && !set_up_for_several_by_a_stake {
                // A question: nothing is impaired, so nothing is at stake yet.
                let why = self.state[state_ix(ServiceState::Working)].first;
                let basis = match (why, ov.service_state) {
                    (_, Some(s)) => Basis::Flag {
                        flag: format!("--impact {s}"),
                    },
                    (w, None) => phrase(w),
                };
                (false, basis)
            } else {
                (true, phrase(self.critical[1].first))
            }
        } else if self.critical[0].first.is_some() {
            (false, phrase(self.critical[0].first))
        } else {
            (false, Basis::Assumed)
        };
        note("business_critical", business_critical.to_string(), basis);

        // scope
        let (scope, scope_span) = self.scope(service_state == ServiceState::Working);

        // category
        // A question of what it would cost ("値段変わります？", "1ライセンスあたりの価格",
        // "how much would it cost") beside buying words asks before buying: presales wins the
        // tie (round 36).
        let price_asked = PRICE_WORDS.iter().any(|w| hay.contains(w));
        let (nontech_cat, nontech) = if self.billing.score > self.presales.score
            || (self.billing.score == self.presales.score && !price_asked)
        {
            (Category::Billing, self.billing)
        } else {
            (Category::Presales, self.presales)
        };
        // An outage is technical work whatever business it stops ("the invoicing team cannot
        // send mail"): one billing or presales word there is context, not the request; it
        // takes more ("the trial expired and users lost access; we want to buy E5").
        // Keys bought under volume licensing, and a script or an app of the customer's own
        // that fails ("the VBA macro that exports invoices"), are technical work referred
        // elsewhere (SPEC 1.2), whatever they bought or bill.
        let referred = scope == Scope::VolumeLicensing
            || (matches!(scope, Scope::Scripting | Scope::Development)
                && service_state != ServiceState::Working);
        // So is a fault that puts business at stake for several people ("outbound mail
        // from the whole finance floor is delayed … month-end invoices have to reach the
        // auditors"), and a question of how to set something up that also asks which
        // licence it needs ("設定手順と必要なライセンスをご教示"): the invoices and the
        // licence are what the work is about, not the request (round 34).
        let stake = business_critical
            && service_state != ServiceState::Working
            && affected != Affected::Single;
        let setup = service_state == ServiceState::Working
            && SETUP_QUESTIONS.iter().any(|q| hay.contains(q));
        // A fault stated whose only commercial words are of the organisation's own trade
        // ("DLP blocks outgoing invoices", "the payment app crashes", "支払いのやり取りが必要
        // で…送信も受信もできなく") is technical: the category is what is asked, and nothing
        // asks about the subscription or a purchase (round 36).
        // The fault is of a service named ("outbound mail", "the Lettings site"): an invoice
        // that went up, or a payment that failed, with no service named, is the bill's.
        let trade_only = self.commercial.score == 0
            && self.license_object.is_none()
            && (self.service().0 != Service::Other || self.trade_thing.first.is_some())
            && service_state != ServiceState::Working
            && [ServiceState::Down, ServiceState::Degraded]
                .into_iter()
                .any(|s| self.state[state_ix(s)].first.is_some());
        let (category, basis) = if nontech.score >= 2
            && nontech.score >= self.technical.score
            && ((service_state != ServiceState::Down && !stake && !setup) || nontech.score > 2)
            && !referred
            && !trade_only
        {
            (nontech_cat, phrase(nontech.first))
        } else {
            (Category::Technical, phrase(self.technical.first))
        };
        note("category", category.to_string(), basis);

        let (service, service_span) = self.service();
        let basis = phrase(service_span);
        note("service", service.to_string(), basis);

        note("scope", scope.to_string(), phrase(scope_span));

        let facts = Facts {
            service_state,
            affected,
            workaround,
            business_critical,
        };
        Classification {
            severity: (category == Category::Technical).then(|| severity(&facts)),
            category,
            service,
            scope,
            facts,
            rationale,
        }
    }
}

/// Words that make an outage named in a sentence one that is past, over or reported on.
const OUTAGE_NOT_NOW: [&str; 34] = [
    "yesterday",
    "last night",
    "last week",
    "last month",
    "earlier today",
    "monday's",
    "tuesday's",
    "wednesday's",
    "thursday's",
    "friday's",
    "weekend's",
    "following",
    "regarding",
    "resolved",
    "is over",
    "was over",
    "restored",
    "recovered",
    "works again",
    "working again",
    "rca",
    "root cause",
    "post incident",
    "incident report",
    "昨日",
    "昨夜",
    "先週",
    "先日",
    "先月",
    "解消",
    "復旧",
    "収束",
    "報告書",
    "原因",
];

/// Words that say an outage named as past is back now ("昨日の障害が再発しました").
const OUTAGE_BACK: [&str; 5] = ["再発", "recurr", "is back", "came back", "again today"];

/// Whether the down phrase at `span` names an outage ("outage", "障害") in a sentence that
/// says it is past, over or reported on ([`OUTAGE_NOT_NOW`]), and not that it is back
/// ([`OUTAGE_BACK`]): the sentence states no outage now (round 39). Reads the sentence
/// around the phrase, at most 240 bytes each way.
fn outage_not_now(hay: &str, span: Span) -> bool {
    const REACH: usize = 240;
    let phrase = &hay[span.0..span.1];
    if !(phrase.contains("outage") || phrase.contains("障害")) {
        return false;
    }
    let ends = ['.', '?', '!', '\n', '。', '？', '！'];
    let mut from = span.0.saturating_sub(REACH);
    while !hay.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (span.1 + REACH).min(hay.len());
    while !hay.is_char_boundary(to) {
        to -= 1;
    }
    let start = hay[from..span.0].rfind(ends).map_or(from, |i| from + i + 1);
    let end = hay[span.1..to].find(ends).map_or(to, |i| span.1 + i);
    let sentence = &hay[start..end];
    OUTAGE_NOT_NOW.iter().any(|w| sentence.contains(w))
        && !OUTAGE_BACK.iter().any(|w| sentence.contains(w))
}

/// Whether one of `a` and `b` is a question (working) and the other an outage (down).
fn question_against_outage(a: ServiceState, b: ServiceState) -> bool {
    [a, b].contains(&ServiceState::Working) && [a, b].contains(&ServiceState::Down)
}

/// Whether the text says the service itself is unusable ("OneDrive is unusable for the whole
/// design team", "OneDrive itself isn't working", "全く使えない"): whatever they use meanwhile,
/// it stays down, as an inability "at all" does (round 35).
fn said_unusable(hay: &str) -> bool {
    [
        "is unusable",
        "completely unusable",
        "totally unusable",
        "itself isn't working",
        "itself is not working",
        "itself is down",
        "itself doesn't work",
        "使い物にならない",
        "全く使えない",
        "まったく使えない",
        "全く使えません",
        "まったく使えません",
        "自体が使えない",
        "自体が使えません",
    ]
    .iter()
    .any(|w| hay.contains(w))
}

/// Words that make a fault happen on every attempt ("every time", "whenever", "毎回",
/// "何度やっても") or on the attempt to get into the service at all ("when they open",
/// "trying to sign in", "開くと", "ログインしようとすると") (round 37).
const EVERY_ATTEMPT: [&str; 44] = [
    "every time",
    "everytime",
    "each time",
    "whenever",
    "every attempt",
    "each attempt",
    "every try",
    "any time",
    "anytime",
    "always",
    "when they open",
    "when we open",
    "when opening",
    "trying to open",
    "try to open",
    "when they try to",
    "when we try to",
    "when anyone tries to",
    "when signing in",
    "when logging in",
    "when accessing",
    "when connecting",
    "when launching",
    "trying to sign in",
    "trying to log in",
    "trying to access",
    "trying to connect",
    "trying to launch",
    "毎回",
    "いつも",
    "必ず",
    "何度やっても",
    "何度試しても",
    "何回やっても",
    "何回試しても",
    "どうやっても",
    "開くと",
    "開こうとすると",
    "アクセスすると",
    "アクセスしようとすると",
    "ログインすると",
    "ログインしようとすると",
    "サインインすると",
    "起動すると",
];

/// Words of a fault shown to the user: an error or a failure.
const ERROR_WORDS: [&str; 5] = ["error", "エラー", "失敗", "fails", "failed"];

/// Words of the service stuck before it is usable ("stuck on loading", "hangs on
/// Connecting", "読み込み中のまま", "接続中から進まない"): the first word says it is stuck, the
/// second what it is stuck at (round 37).
const STUCK_WORDS: [&str; 9] = [
    "stuck",
    "hangs on",
    "hanging on",
    "spinning",
    "のまま",
    "から進ま",
    "で止まっ",
    "で止まる",
    "固まっ",
];

/// What the service is stuck at when it never becomes usable: loading, connecting or
/// signing in, not a status it shows ("stuck on Away").
const NOT_YET_USABLE: [&str; 16] = [
    "loading",
    "connecting",
    "signing in",
    "sign-in",
    "sign in",
    "starting",
    "launching",
    "processing",
    "読み込み",
    "接続中",
    "サインイン",
    "ログイン",
    "起動中",
    "準備中",
    "処理して",
    "処理中",
];

/// The sentences of `hay`, with where each starts.
fn sentences(hay: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut from = 0;
    hay.split_inclusive(['.', '!', '?', '\n', '。', '！', '？'])
        .map(move |s| {
            let at = from;
            from += s.len();
            (at, s)
        })
}

/// The error or failure shown on every attempt, or stuck before the service is usable, in
/// one sentence ("gets an error every time they open the site", "開くとエラーになります",
/// "Teams is stuck on Connecting"): for a whole group with nothing partial said, an outright
/// failure, so the service is unusable for them (SPEC 1.3; round 37). Reads each sentence
/// once.
fn fails_on_every_attempt(hay: &str) -> Option<Span> {
    sentences(hay).find_map(|(at, s)| {
        let word = |w: &&str| s.find(*w).map(|i| (at + i, at + i + w.len()));
        if EVERY_ATTEMPT.iter().any(|w| s.contains(w))
            && let Some(sp) = ERROR_WORDS.iter().find_map(word)
        {
            return Some(sp);
        }
        if let Some(sp) = WONT_START.iter().find_map(word) {
            return Some(sp);
        }
        STUCK_WORDS
            .iter()
            .find_map(word)
            .filter(|_| NOT_YET_USABLE.iter().any(|w| s.contains(w)))
    })
}

/// Nouns of what flows to people: mail, messages, calls.
const FLOW_NOUNS: [&str; 8] = [
    "mail", "mails", "email", "emails", "e-mail", "e-mails", "messages", "calls",
];

/// Verbs of a flow reaching people ("arrived", "coming in", "delivered").
const ARRIVAL_WORDS: [&str; 12] = [
    "arrived",
    "arriving",
    "arrive",
    "coming in",
    "come in",
    "came in",
    "coming through",
    "come through",
    "received",
    "delivered",
    "getting through",
    "got through",
];

/// A flow said with "no" before its noun and a verb of arrival after it ("no mail has
/// arrived since 9am", "no emails are coming in"): nothing reaches those it serves, an
/// outright failure (SPEC 1.3; round 37). Reads at most five words after each "no".
fn nothing_arrives(hay: &str) -> Option<Span> {
    let mut from = 0;
    while let Some(i) = hay[from..].find("no ") {
        let at = from + i;
        from = at + 3;
        if at > 0
            && hay[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let words: Vec<&str> = hay[from..].split_whitespace().take(6).collect();
        let Some(n) = words
            .iter()
            .take(3)
            .position(|w| FLOW_NOUNS.contains(&w.trim_end_matches([',', '.'])))
        else {
            continue;
        };
        let rest = words[n + 1..].join(" ");
        if let Some(v) = ARRIVAL_WORDS.iter().find(|v| rest.contains(*v)) {
            let end = hay[from..].find(v).map_or(from, |j| from + j + v.len());
            return Some((at, end));
        }
    }
    None
}

/// Words that say a way round is meant for now: a stopgap, not how the work is done.
const FOR_NOW: [&str; 12] = [
    "for now",
    "for the time being",
    "in the meantime",
    "meanwhile",
    "as a stopgap",
    "temporarily",
    "とりあえず",
    "当面",
    "一旦",
    "いったん",
    "暫定",
    "一時的",
];

/// Whether the sentence that names the way round at `sp` says it is for now ("They're on
/// the web client for now", "とりあえずブラウザからアップロードしてもらってます") (round 37).
/// Reads that sentence only.
fn for_now(hay: &str, sp: Span) -> bool {
    sentences(hay)
        .find(|(at, s)| *at <= sp.0 && sp.0 < at + s.len())
        .is_some_and(|(_, s)| FOR_NOW.iter().any(|w| s.contains(w)))
}

/// Words that say a failure happens only on some occasions.
const SOMETIMES: [&str; 16] = [
    "sometimes",
    "occasionally",
    "intermittent",
    "on and off",
    "off and on",
    "not every time",
    "not always",
    "hit and miss",
    "時々",
    "ときどき",
    "たまに",
    "断続的",
    "ことがある",
    "ことがあります",
    "毎回ではな",
    "なかったり",
];

/// Where `hay` first says the first of `words` (in the list's order) that it says, if any.
/// One pass over the text per word.
fn first_said(hay: &str, words: &[&str]) -> Option<Span> {
    words
        .iter()
        .find_map(|w| hay.find(w).map(|i| (i, i + w.len())))
}

/// The word that says a failure happens only sometimes, if any (round 37).
fn only_sometimes(hay: &str) -> Option<Span> {
    first_said(hay, &SOMETIMES)
}

/// Words before "line" that make it a line of production ("the packing line").
const LINE_KINDS: [&str; 9] = [
    "production",
    "packing",
    "assembly",
    "packaging",
    "bottling",
    "manufacturing",
    "picking",
    "factory",
    "sorting",
];

/// Words that say a line stopped ("has stopped", "is down", "halted").
const LINE_STOPS: [&str; 6] = [
    "stopped",
    "stops",
    "stopping",
    "halted",
    "down",
    "standstill",
];

/// A line of production said to stop: "line" after a kind of line ("the packing line is
/// down") or before its number ("Line 3 has already stopped"), with a word of stopping within
/// the next four words; in Japanese "ライン" (not the end of "オンライン" or "ガイドライン")
/// followed within a few characters by "止ま", "停止" or "ストップ" (round 37). One pass over
/// the words.
fn line_stopped(hay: &str) -> Option<Span> {
    let mut from = 0;
    while let Some(i) = hay[from..].find("ライン") {
        let at = from + i;
        from = at + "ライン".len();
        let prev_kana = hay[..at]
            .chars()
            .next_back()
            .is_some_and(|c| ('\u{30A0}'..='\u{30FF}').contains(&c));
        let rest: String = hay[from..].chars().take(5).collect();
        if !prev_kana
            && ["止ま", "停止", "ストップ"]
                .iter()
                .any(|w| rest.contains(w))
        {
            return Some((at, from));
        }
    }
    let words: Vec<(usize, &str)> = hay
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - hay.as_ptr() as usize, w))
        .collect();
    words.iter().enumerate().find_map(|(k, &(at, w))| {
        let w = w.trim_end_matches([',', '.', ':', ';']);
        if w != "line" && w != "lines" {
            return None;
        }
        let kind = k > 0 && LINE_KINDS.contains(&words[k - 1].1);
        let numbered = words.get(k + 1).is_some_and(|(_, n)| {
            n.len() <= 3 && n.chars().next().is_some_and(|c| c.is_ascii_digit())
        });
        if !(kind || numbered) {
            return None;
        }
        words[k + 1..]
            .iter()
            .take(5)
            .find(|(_, v)| LINE_STOPS.contains(&v.trim_end_matches([',', '.', ':', ';'])))
            .map(|&(e, v)| (at, e + v.len()))
    })
}

/// Commitments made to others: a service level, a contract, a delivery or submission.
const COMMITMENTS: [&str; 14] = [
    "sla",
    "contractual",
    "contract with",
    "deliverable",
    "submission",
    "filing",
    "契約上",
    "契約違反",
    "納期",
    "提出",
    "納品",
    "入稿",
    "申請期限",
    "客先への",
];

/// Words that say a commitment is at risk or due now.
const AT_RISK: [&str; 12] = [
    "at risk",
    "in jeopardy",
    "jeopardis",
    "jeopardiz",
    "due today",
    "due tomorrow",
    "危う",
    "危な",
    "本日",
    "今日中",
    "明日まで",
    "リスク",
];

/// The commitment said at risk or due today in one sentence, if any (round 37). Reads each
/// sentence once per word.
fn commitment_at_risk(hay: &str) -> Option<Span> {
    sentences(hay).find_map(|(at, s)| {
        AT_RISK.iter().find(|w| s.contains(*w))?;
        COMMITMENTS
            .iter()
            .find_map(|w| s.find(w).map(|i| (at + i, at + i + w.len())))
            .filter(|&(i, _)| !hay[..i].ends_with(|c: char| c.is_ascii_alphabetic()))
    })
}

/// An app or service that will not start, open or load at all ("won't open", "fails to
/// launch", "crash right after the splash screen") (round 37).
const WONT_START: [&str; 16] = [
    "won't open",
    "won't load",
    "won't start",
    "won't launch",
    "will not open",
    "will not load",
    "will not start",
    "fails to open",
    "fails to load",
    "fails to start",
    "fails to launch",
    "fail to open",
    "fail to load",
    "fail to start",
    "crash right after",
    "crash on launch",
];

/// Words of an app that crashes or closes itself ("keeps crashing", "falls over", "落ちる",
/// "強制終了", "クラッシュ") (round 38).
const CRASH_WORDS: [&str; 12] = [
    "crash",
    "falling over",
    "falls over",
    "fell over",
    "keeps closing",
    "closes itself",
    "closes as soon as",
    "shuts itself down",
    "落ち",
    "強制終了",
    "クラッシュ",
    "異常終了",
];

/// Words that make a crash depend on a condition: an action, a file, a moment ("when
/// sharing my screen", "画面共有すると落ちる", "開くと強制終了").
const CRASH_CONDITIONS: [&str; 16] = [
    " when ",
    "whenever",
    " if ",
    " while ",
    " during ",
    " opening ",
    "specific",
    "particular",
    "certain",
    "すると",
    "したら",
    "時に",
    "ときに",
    "と落ち",
    "と強制終了",
    "とクラッシュ",
];

/// Words that put a crash at the start of the app, where nothing of it can be used ("on
/// launch", "as soon as it opens", "起動直後", "起動してもすぐ").
const CRASH_AT_START: [&str; 13] = [
    "瞬間",
    "on launch",
    "on startup",
    "on start",
    "at start",
    "at launch",
    "on open",
    "as soon as",
    "right after",
    "起動",
    "すぐ",
    "直後",
    "立ち上",
];

/// An app said to crash, with no condition said or at its start, in one sentence ("Teams
/// keeps crashing for everyone", "全社で Teams が落ちる", "起動してもすぐ落ちる"): for a whole
/// group with nothing partial and no part named, it cannot be used, an outright failure
/// (SPEC 1.3; round 38). A crash on one action, file or moment ("when sharing the screen",
/// "特定のブックを開くと") leaves the rest usable and is not. "落ち着" (calm) is no crash.
/// Reads each sentence once per word.
fn crashes_outright(hay: &str) -> Option<Span> {
    sentences(hay)
        .find_map(|(at, s)| {
            let sp = CRASH_WORDS.iter().find_map(|w| {
                s.match_indices(*w)
                    .find(|(i, _)| !s[*i..].starts_with("落ち着"))
                    .map(|(i, _)| (at + i, at + i + w.len()))
            })?;
            let lower = s.to_lowercase();
            let conditional = CRASH_CONDITIONS.iter().any(|w| lower.contains(w));
            (!conditional || CRASH_AT_START.iter().any(|w| lower.contains(w))).then_some(sp)
        })
        .or_else(|| freezes_outright(hay))
}

/// Words of an app that freezes or hangs ("freezes", "hangs", "フリーズ", "固まって").
const FREEZE_WORDS: [&str; 7] = [
    "freezes",
    "freezing",
    "froze",
    "hangs",
    "hanging",
    "フリーズ",
    "固まっ",
];

/// Words that say nothing can be done in a frozen app ("can't do anything", "has to be
/// killed", "何もできません", "操作できません").
const NOTHING_DONE: [&str; 9] = [
    "can't do anything",
    "cannot do anything",
    "nothing works",
    "has to be killed",
    "have to kill",
    "何もできな",
    "何もできません",
    "操作できな",
    "操作できません",
];

/// An app said to freeze or hang as it starts or so that nothing can be done in it, in one
/// sentence ("Outlook freezes as soon as it opens", "開いた瞬間にフリーズします", "Excelが固ま
/// って何もできません"): it cannot be used, an outright failure (SPEC 1.3; round 38). A freeze
/// said without either ("keeps freezing") leaves it usable between times. Reads each sentence
/// once per word.
fn freezes_outright(hay: &str) -> Option<Span> {
    sentences(hay).find_map(|(at, s)| {
        let lower = s.to_lowercase();
        let sp = FREEZE_WORDS
            .iter()
            .find_map(|w| s.find(*w).map(|i| (at + i, at + i + w.len())))?;
        (CRASH_AT_START.iter().any(|w| lower.contains(w))
            || NOTHING_DONE.iter().any(|w| lower.contains(w)))
        .then_some(sp)
    })
}

/// Whether `a` and `b`, byte offsets of `hay` with `a` before `b`, are in one sentence.
fn same_sentence(hay: &str, a: usize, b: usize) -> bool {
    !hay[a..b].contains(['.', '!', '?', '\n', '。', '！', '？'])
}

/// Words that say something fails as well as what failed before it.
const AS_WELL: [&str; 6] = [
    " also ",
    " too",
    " as well",
    " either",
    "でも同じ",
    "も同じ",
];

/// Whether `rest`, the clause after a client named as a way round, says it fails as well
/// ("also just says something went wrong", "でも同じエラー") (round 37).
fn fails_as_well(rest: &str) -> bool {
    const FAULTS: [&str; 10] = [
        "went wrong",
        "error",
        "fails",
        "failed",
        "doesn't work",
        "not working",
        "can't",
        "cannot",
        "won't",
        "エラー",
    ];
    AS_WELL.iter().any(|w| rest.contains(w)) && FAULTS.iter().any(|f| rest.contains(f))
}

/// Words that limit a fault to one thing ("it's only the catalogue", "検索だけの問題").
const ONLY_A_PART: [&str; 10] = [
    "it's only the ",
    "it is only the ",
    "it's just the ",
    "it is just the ",
    "only affects the ",
    "just affects the ",
    "the only thing affected",
    "only thing broken",
    "だけの問題",
    "のみの問題",
];

/// The words that limit the fault to one thing, if any (round 37).
fn only_a_part(hay: &str) -> Option<Span> {
    first_said(hay, &ONLY_A_PART)
}

/// Words that say a way round was tried in vain or covers only some of the work ("same
/// problem there", "no luck", "didn't help", "doesn't support breakout rooms", "ダメでした",
/// "解決しませんでした", "一部の会議でしか使えません").
const IN_VAIN: [&str; 31] = [
    "same problem",
    "same issue",
    "same error",
    "same thing",
    "no luck",
    "no joy",
    "didn't help",
    "doesn't help",
    "did not help",
    "does not help",
    "didn't fix",
    "made no difference",
    "makes no difference",
    "doesn't support",
    "does not support",
    "but not the",
    "ダメ",
    "だめ",
    "駄目",
    "同じです",
    "同じ症状",
    "同じエラー",
    "解決しません",
    "解決しなかった",
    "改善しません",
    "改善しなかった",
    "直りません",
    "直らな",
    "変わりません",
    "でしか使え",
    "しか使えません",
];

/// Words that say a way round does not hold: the fault returns soon after ("fixes it
/// for about five minutes, then it fails again", "helps briefly but it comes back", "数分でまた
/// 同じ状態になります") (round 38).
const WONT_HOLD: [&str; 17] = [
    "fails again",
    "happens again",
    "stops again",
    "breaks again",
    "but it comes back",
    "but it came back",
    "keeps coming back",
    "only lasts",
    "doesn't last",
    "does not last",
    "for a few minutes",
    "for about five minutes",
    "briefly",
    "また同じ",
    "またすぐ",
    "再発",
    "数分で",
];

/// Words that say a way round is not open to the user: forbidden or impossible ("OWA isn't
/// allowed on our network", "not an option", "Web版は社内規定で使用禁止です", "大きすぎて無理です")
/// (round 38).
const NOT_PERMITTED: [&str; 12] = [
    "isn't allowed",
    "is not allowed",
    "isn't permitted",
    "is not permitted",
    "not an option",
    "no option",
    "isn't possible",
    "is not possible",
    "禁止",
    "許可されていない",
    "許可されていません",
    "無理",
];

/// Whether the sentence that names the way round at `span` says it was tried in vain or
/// covers only some of the work (round 37), or that it does not hold or is not open to the
/// user (round 38): no way round (SPEC 1.3). Reads that sentence only.
fn tried_in_vain(hay: &str, span: Span) -> bool {
    sentences(hay)
        .find(|(at, s)| *at <= span.0 && span.0 < at + s.len())
        .is_some_and(|(_, s)| {
            let lower = s.to_lowercase();
            IN_VAIN
                .iter()
                .chain(&WONT_HOLD)
                .chain(&NOT_PERMITTED)
                .any(|w| lower.contains(w))
        })
}

/// Words that say a failure is complete.
const COMPLETELY: [&str; 4] = ["completely", "entirely", "totally", "fully"];

/// Verbs of failure a word of [`COMPLETELY`] may stand beside ("blocks it completely",
/// "completely broken").
const FAIL_VERBS: [&str; 14] = [
    "block",
    "blocks",
    "blocked",
    "broken",
    "stopped",
    "dead",
    "fails",
    "failed",
    "failing",
    "locked",
    "down",
    "unusable",
    "offline",
    "unavailable",
];

/// A failure said to be complete: a word of [`COMPLETELY`] within two words of a verb of
/// failure ("blocks it completely", "completely blocked"), or "完全に" followed within a few
/// characters by a verb of stopping or blocking ("完全に止まっています") (round 37). One pass
/// over the words.
fn said_complete(hay: &str) -> Option<Span> {
    if let Some(i) = hay.find("完全に") {
        let rest: String = hay[i + "完全に".len()..].chars().take(6).collect();
        if ["ブロック", "止ま", "停止", "使え", "落ち", "ロック", "でき"]
            .iter()
            .any(|w| rest.contains(w))
        {
            return Some((i, i + "完全に".len()));
        }
    }
    let words: Vec<(usize, &str)> = hay
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - hay.as_ptr() as usize, w))
        .collect();
    let bare = |w: &str| w.trim_end_matches([',', '.', ':', ';', '!']).to_owned();
    words.iter().enumerate().find_map(|(k, &(at, w))| {
        if !COMPLETELY.contains(&bare(w).as_str()) {
            return None;
        }
        let near = words[k.saturating_sub(2)..(k + 3).min(words.len())]
            .iter()
            .any(|(_, v)| FAIL_VERBS.contains(&bare(v).as_str()));
        near.then_some((at, at + bare(w).len()))
    })
}

/// Places whose devices, named without a count, are all of that place's.
const PLACES: [&str; 14] = [
    "支社",
    "支店",
    "本社",
    "営業所",
    "店舗",
    "事務所",
    "工場",
    "拠点",
    "branch",
    "office",
    "site",
    "store",
    "depot",
    "warehouse",
];

/// Whether the group at `s..e` is a place followed by its devices ("大阪支社のPC", "本社の端末",
/// "the branch PCs"):
/// every device of the place, the whole of it (round 37).
fn devices_of_a_place(hay: &str, s: usize, e: usize) -> bool {
    PLACES.iter().any(|p| hay[s..e].ends_with(p))
        && [
            "のpc",
            "のパソコン",
            "の端末",
            " pcs",
            " laptops",
            " machines",
            " computers",
            " devices",
        ]
        .iter()
        .any(|d| {
            hay[e..].strip_prefix(d).is_some_and(|r| {
                !r.trim_start().starts_with(|c: char| {
                    c.is_ascii_digit() || "一二三四五六七八九十数".contains(c)
                })
            })
        })
}

/// Actions of the organisation's trade: shipping, billing, selling, taking orders or payments.
const TRADE_ACTIONS: [&str; 11] = [
    "ship",
    "invoice",
    "bill",
    "sell",
    "dispatch",
    "take payments",
    "take payment",
    "take orders",
    "take card",
    "process orders",
    "process payments",
];

/// What the trade brings in: orders, payments, bookings.
const TRADE_FLOWS: [&str; 6] = [
    "orders",
    "payments",
    "bookings",
    "sales",
    "reservations",
    "enquiries",
];

/// The organisation's trade said to be stopped, if it is: a negated ability right before a
/// trade action ("we can't take payments", "unable to ship"), "no" before a trade flow that
/// arrives ("no orders are coming in"), or in Japanese a settlement, order or shipment that
/// cannot be made ("決済ができません", "受注できない") (SPEC 1.3: revenue hit; round 37). One
/// pass per negator.
fn trade_stopped(hay: &str) -> Option<Span> {
    for neg in [
        "can't ",
        "cannot ",
        "can not ",
        "unable to ",
        "couldn't ",
        "not able to ",
    ] {
        let mut from = 0;
        while let Some(i) = hay[from..].find(neg) {
            let at = from + i;
            from = at + neg.len();
            let rest = &hay[from..];
            if let Some(a) = TRADE_ACTIONS.iter().find(|a| {
                rest.strip_prefix(**a)
                    .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_alphabetic()))
            }) {
                return Some((at, from + a.len()));
            }
        }
    }
    let mut from = 0;
    while let Some(i) = hay[from..].find("no ") {
        let at = from + i;
        from = at + 3;
        let rest = &hay[from..];
        if TRADE_FLOWS.iter().any(|f| rest.starts_with(f))
            && let Some(v) = [
                "coming in",
                "come in",
                "arriving",
                "arrived",
                "going through",
            ]
            .iter()
            .find(|v| {
                rest.split_whitespace()
                    .take(5)
                    .collect::<Vec<_>>()
                    .join(" ")
                    .contains(*v)
            })
        {
            return hay[from..].find(v).map(|j| (at, from + j + v.len()));
        }
    }
    [
        "決済ができ",
        "決済でき",
        "受注ができ",
        "受注でき",
        "会計ができ",
        "会計でき",
        "請求ができ",
        "請求でき",
    ]
    .iter()
    .find_map(|w| {
        hay.find(w).and_then(|i| {
            let rest = &hay[i + w.len()..];
            ["ない", "ません", "ず"]
                .iter()
                .any(|n| rest.starts_with(n))
                .then_some((i, i + w.len()))
        })
    })
}

/// Words that ask how to set something up ("設定手順", "how to configure"): a question of
/// them that also names a licence asks how to do the work (round 34).
/// Words of the organisation's own trade that billing or presales phrases share: its
/// invoices, bills and payments, the card numbers its mail carries, and comparing settings
/// while troubleshooting (round 36). A fault stated with no other commercial word is
/// technical.
const TRADE_WORDS: [&str; 22] = [
    "invoice",
    "invoices",
    "billing",
    "billed",
    "bill",
    "payment",
    "payments",
    "credit card",
    "compared",
    "請求",
    "請求書",
    "インボイス",
    "領収書",
    "支払",
    "お支払い",
    "支払い",
    "入金",
    "決済",
    "振込",
    "比較",
    "代理店",
    "販売店",
];

/// Whether the sentence goes on, after a way round, to say the trouble stays ("閉じれば編集は
/// できますが毎回出るので困っています"): a contrast and then the writer's trouble or its
/// recurrence. The way round does not spare them the fault (round 36).
fn trouble_remains(hay: &str, end: usize) -> bool {
    let rest = &hay[end..];
    let sentence = &rest[..rest.find(['。', '\n', '!', '?']).unwrap_or(rest.len())];
    let Some(c) = ["が", "けど", "けれど"]
        .iter()
        .filter_map(|c| sentence.find(c).map(|i| i + c.len()))
        .min()
    else {
        return false;
    };
    ["困って", "毎回", "面倒", "不便"]
        .iter()
        .any(|t| sentence[c..].contains(t))
}

/// Where the Japanese conditional clause ("検索すれば", "戻したら", "直接開く場合は") that
/// opens the clause ending at `at` begins, when nothing after the condition says a failure:
/// what works then is the user's way round (round 36).
fn ja_condition_opens(hay: &str, at: usize) -> Option<usize> {
    const CONDITIONALS: [&str; 13] = [
        "れば",
        "けば",
        "せば",
        "えば",
        "てば",
        "めば",
        "べば",
        "げば",
        "ねば",
        "たら",
        "だら",
        "場合は",
        "場合には",
    ];
    let before = &hay[..at];
    let start = before.rfind(['。', '\n', '!', '?', '、']).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let clause = &before[start..];
    let (i, c) = CONDITIONALS
        .iter()
        .filter_map(|c| clause.rfind(c).map(|i| (i, c)))
        .max_by_key(|(i, _)| *i)?;
    let after = &clause[i + c.len()..];
    (!clause.contains("しまえば")
        && !["「", "ません", "ない", "エラ", "失敗"]
            .iter()
            .any(|f| after.contains(f)))
    .then_some(start)
}

/// Whether `at` stands in an English purpose clause of a setup, at most three words after
/// "so" or "so that" in a clause that names what is set up ("the recommended setup for … so
/// they don't see each other's chats", "configure the channel so that guests can't post").
fn in_purpose_clause(hay: &str, at: usize) -> bool {
    let before = &hay[..at];
    let clause = before
        .rfind([',', ';', '.', ':', '!', '?', '\n'])
        .map_or(before, |i| &before[i + 1..]);
    const SETUP: [&str; 9] = [
        "setup",
        "set up",
        "configure",
        "recommended",
        "best way",
        "settings",
        "policy",
        "restrict",
        "lock down",
    ];
    let words = split_words(clause);
    words.iter().rposition(|w| *w == "so").is_some_and(|i| {
        let rest = &words[i + 1..];
        let rest = rest.strip_prefix(&["that"]).unwrap_or(rest);
        (1..=3).contains(&rest.len())
            && i > 0
            && words[i - 1] != "and"
            && SETUP.iter().any(|w| clause.contains(w))
    })
}

/// The error codes in `hay`: "aadsts" and digits, "0x" and at least six hex digits, or a
/// run of eight hex digits with a digit 8 first ("80180014"). One pass over the bytes.
fn error_codes(hay: &str) -> Vec<Span> {
    let b = hay.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if i > 0 && b[i - 1].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let run = b[i..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if run == 0 {
            i += 1;
            continue;
        }
        let word = &hay[i..i + run];
        let hex = |w: &str| !w.is_empty() && w.bytes().all(|c| c.is_ascii_hexdigit());
        let code = word
            .strip_prefix("aadsts")
            .is_some_and(|d| d.len() >= 4 && d.bytes().all(|c| c.is_ascii_digit()))
            || word
                .strip_prefix("0x")
                .is_some_and(|h| h.len() >= 6 && hex(h))
            || (word.len() == 8
                && word.starts_with('8')
                && word.bytes().all(|c| c.is_ascii_digit()));
        if code {
            out.push((i, i + run));
        }
        i += run.max(1);
    }
    out
}

/// A clause after the first, of at most four words ending in "works" ("save as copy works",
/// "print to PDF works fine", "the upload button still works") whose subject is an action or
/// a way, not people, the service or the rest of it: where in `hay` it stands (round 36).
fn action_that_works(hay: &str) -> Option<Span> {
    const ENDS: [&str; 5] = [
        " works",
        " works fine",
        " still works",
        " works ok",
        " does work",
    ];
    const NOT_WAYS: [&str; 20] = [
        "it",
        "that",
        "this",
        "everything",
        "rest",
        "other",
        "others",
        "everyone",
        "he",
        "she",
        "they",
        "users",
        "user",
        "mail",
        "email",
        "internet",
        "network",
        "nothing",
        "which",
        "what",
    ];
    let mut at = 0;
    let mut first = true;
    for clause in hay.split_inclusive([',', ';', '.', '\n', '!', '?']) {
        let start = at;
        at += clause.len();
        if std::mem::take(&mut first) {
            continue;
        }
        let body = clause.trim_end_matches([',', ';', '.', '\n', '!', '?']);
        let trimmed = body.trim_start();
        if !ENDS.iter().any(|e| trimmed.ends_with(e)) {
            continue;
        }
        let words = split_words(trimmed);
        if words.len() < 2 || words.len() > 5 {
            continue;
        }
        let subject = words[..words.len() - 1]
            .iter()
            .copied()
            .filter(|w| !matches!(*w, "the" | "still" | "fine" | "ok" | "but" | "and" | "does"))
            .collect::<Vec<_>>();
        if subject.is_empty() || subject.iter().any(|w| NOT_WAYS.contains(w)) {
            continue;
        }
        let from = start + (body.len() - trimmed.len());
        return Some((from, start + body.len()));
    }
    None
}

/// Whether a partner word ("partner", "パートナー") stands in a sentence that asks to be
/// referred or introduced to one ("refer someone", "ご紹介いただく", "put us in touch").
fn asks_for_a_partner(hay: &str, span: Span) -> bool {
    const PARTNERS: [&str; 4] = ["partner", "partners", "パートナー", "パートナー企業"];
    const REFERRALS: [&str; 9] = [
        "refer ",
        "referral",
        "recommend",
        "introduce",
        "introduction",
        "put us in touch",
        "紹介",
        "get in touch with",
        "connect us with",
    ];
    if !PARTNERS.contains(&&hay[span.0..span.1]) {
        return false;
    }
    let (from, to) = window(hay, span, 160);
    let (before, after) = (&hay[from..span.0], &hay[span.1..to]);
    let start = before
        .rfind(['.', '?', '!', '。', '\n'])
        .map_or(0, |i| i + 1);
    let end = after.find(['.', '!', '。', '\n']).unwrap_or(after.len());
    let sentence = [&before[start..], &after[..end]];
    sentence
        .iter()
        .any(|part| REFERRALS.iter().any(|r| part.contains(r)))
}

/// Whether the word right after a universal quantifier counts occasions ("every time", "each
/// attempt", "every morning"): how often something fails, not who it strikes (round 36).
fn counts_occasions(rest: &str) -> bool {
    const OCCASIONS: [&str; 16] = [
        "time", "times", "attempt", "attempts", "try", "tries", "day", "days", "morning",
        "mornings", "night", "week", "boot", "reboot", "restart", "login",
    ];
    rest.split_whitespace()
        .next()
        .is_some_and(|w| OCCASIONS.contains(&w.trim_end_matches([',', '.', ';', ':'])))
}

/// Words that ask what something costs ([`Evidence::resolve`]'s category).
const PRICE_WORDS: [&str; 9] = [
    "値段",
    "価格",
    "いくら",
    "how much",
    "what price",
    "the price of",
    "pricing for",
    "cost per",
    "per user per month",
];

/// Stakes that say only that work cannot be done ([`Evidence::cannot_work`]).
const CANNOT_WORK: [&str; 8] = [
    "業務ができな",
    "業務ができま",
    "業務が出来な",
    "仕事ができな",
    "仕事にならな",
    "can't work",
    "cannot work",
    "unable to work",
];

/// Words that make a stake a date or consequence to meet ([`Evidence::deadline`]).
const DEADLINE_WORDS: [&str; 10] = [
    "deadline",
    "due",
    "期限",
    "締め切り",
    "締切",
    "間に合",
    "までに",
    "影響",
    "日がな",
    "遅れ",
];

/// Whether the words right after a trade word name a thing that runs or holds work ("app",
/// "approval flow", "のワークフロー", "システム"): at most two English words before the
/// noun, or in Japanese the noun itself, after "の" if need be (round 36).
fn names_a_thing(rest: &str) -> bool {
    const THINGS: [&str; 16] = [
        "app",
        "apps",
        "application",
        "flow",
        "flows",
        "workflow",
        "workflows",
        "system",
        "portal",
        "tool",
        "form",
        "forms",
        "site",
        "template",
        "process",
        "automation",
    ];
    const JA_THINGS: [&str; 9] = [
        "アプリ",
        "フロー",
        "ワークフロー",
        "システム",
        "ツール",
        "フォーム",
        "サイト",
        "テンプレート",
        "ポータル",
    ];
    let ja = rest.strip_prefix('の').unwrap_or(rest);
    if JA_THINGS.iter().any(|t| ja.starts_with(t)) {
        return true;
    }
    rest.split([' ', '-'])
        .filter(|w| !w.is_empty())
        .take(3)
        .map(|w| w.trim_end_matches([',', '.', ';', ':', ')']))
        .any(|w| THINGS.contains(&w))
}

/// Whether a presales or billing phrase found is one of [`TRADE_WORDS`].
fn is_trade_word(phrase: &str) -> bool {
    TRADE_WORDS.contains(&phrase)
}

const SETUP_QUESTIONS: [&str; 12] = [
    "設定手順",
    "設定方法",
    "設定のやり方",
    "構成手順",
    "構成方法",
    "how to configure",
    "how to set up",
    "how do we configure",
    "how do we set up",
    "steps to configure",
    "steps to set up",
    "best approach",
];

/// Whether a phrase that says people cannot get in names signing in ("can't sign in",
/// "サインインできません"): kept out of the tenant, not out of what was shared with them.
fn signs_in(phrase: &str) -> bool {
    [
        "sign in",
        "signing in",
        "sign into",
        "log in",
        "logging in",
        "login",
        "log on",
        "logon",
        "log into",
        "サインイン",
        "ログイン",
        "ログオン",
    ]
    .iter()
    .any(|w| phrase.contains(w))
}

/// Whether the people named at `at` are all of them ("all ~600 external users", "every
/// guest"): a refusal of all of a group is not one of some of what is shared.
fn all_of(hay: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(16);
    while !hay.is_char_boundary(from) {
        from -= 1;
    }
    let before = &hay[from..at];
    [
        "all ",
        "all of our ",
        "all our ",
        "every ",
        "all of the ",
        "none of the ",
        "none of our ",
    ]
    .iter()
    .any(|w| before.contains(w))
        || before.contains("all ~")
}

/// Whether what a Japanese phrase says can be done ("変更できます", "開けています") is an
/// alternative: in its sentence it follows a contrast ("〜が、", "けど") and, after that, an
/// alternative ("エクスプローラービューからは", "web版では", "ブラウザで"), and it is not other users
/// who can ("他のユーザーは使えます" says who is affected). English phrases carry their subject
/// ("she can use") and always count.
///
/// Returns where the evidence for it begins: an English phrase itself, a Japanese one at the
/// start of its clause, so that the alternative and what it allows are quoted together
/// ("ブラウザからはサインインできる", not "できる").
/// Whether the clause of the alternative at `span` is a way round the organisation's own
/// network ([`NETWORK_PATHS`]: tethering, a phone hotspot, home).
fn around_the_network(hay: &str, span: Span) -> bool {
    let clause = clause_around(hay, span);
    let text = &hay[clause.0..clause.1];
    NETWORK_PATHS.iter().any(|p| text.contains(p))
}

fn able_as_alternative(hay: &str, span: Span) -> Option<usize> {
    if hay.as_bytes().get(span.0).is_some_and(u8::is_ascii) {
        // "cloud-only admin accounts still work": other accounts that work say who is
        // affected, not how the affected get by.
        let before = &hay[..span.0];
        let clause = before
            .rfind([',', ';', '.', ':', '!', '?', '\n'])
            .map_or(before, |i| &before[i + 1..]);
        const OTHERS: [&str; 8] = [
            "other",
            "others",
            "rest",
            "else",
            "accounts",
            "admin",
            "admins",
            "colleagues",
        ];
        // "isn't an option because they work on large files": a reason, not a way of working.
        return (!split_words(clause)
            .iter()
            .any(|w| OTHERS.contains(w) || matches!(*w, "because" | "cause")))
        .then_some(span.0);
    }
    let before = &hay[..span.0];
    let sentence_start = before.rfind(['。', '\n', '!', '?']).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let sentence = &before[sentence_start..];
    const CONTRASTS: [&str; 6] = ["が、", "が,", "けど", "けれど", "ものの", "が "];
    // After a contrast ("〜が、web版からは…"), or in a sentence of its own whose topic is the
    // alternative ("Web 版では参加できる") or the time being ("いまはSMSでサインインして
    // もらっています").
    // A condition ("自宅で使うと") is a topic as "変えると" is; so is where the data is found
    // ("Outlookの予定表には入っています").
    // A device named as where the work is done ("休憩室のキオスク端末で確認できている",
    // "固定電話から…録音したところ設定できました": what was tried and worked) is a topic too.
    // A conditional clause ("検索すれば", "クラシックに戻したら", "直接開く場合は") is how the
    // user gets it done: a way round (round 36).
    const TOPICS: [&str; 41] = [
        "れば",
        "けば",
        "せば",
        "えば",
        "てば",
        "めば",
        "べば",
        "げば",
        "ねば",
        "たら",
        "だら",
        "場合は",
        "場合には",
        "端末で",
        "pcで",
        "パソコンで",
        "スマホで",
        "タブレットで",
        "ブラウザで",
        "固定電話から",
        "たところ",
        "では",
        "には",
        "うと",
        "くと",
        "すと",
        "つと",
        "むと",
        "ぐと",
        "ぶと",
        "からは",
        "なら",
        "版は",
        "pcから",
        "端末から",
        "スマホから",
        "ブラウザから",
        "ると",
        "いまは",
        "今は",
        "当面は",
    ];
    let clause = CONTRASTS
        .iter()
        .filter_map(|c| sentence.rfind(c).map(|i| &sentence[i + c.len()..]))
        .min_by_key(|c| c.len())
        .or_else(|| {
            TOPICS
                .iter()
                .any(|t| sentence.contains(t))
                .then_some(sentence)
        })?;
    const ALTERNATIVES: [&str; 26] = [
        "れば",
        "けば",
        "せば",
        "えば",
        "てば",
        "めば",
        "べば",
        "げば",
        "ねば",
        "たら",
        "だら",
        "場合は",
        "場合には",
        "には",
        "変えると",
        "替えると",
        "では",
        "から",
        "なら",
        "で",
        "版は",
        "クラシック",
        "従来の",
        "別の",
        "代わりに",
        "すると",
    ];
    // Other people or places said to work ("テレワーク中の職員は問題なく使えております",
    // "支店からは問題なく使えています") say who is affected, not a way round for them.
    // So do other tenants and other people than the one affected ("開発テナントでは動作して
    // います", "担当者がサインインした状態では正常に見えます", "同法人の他の方は").
    const OTHERS: [&str; 48] = [
        "管理者アカウント",
        "管理者のアカウント",
        "他の方",
        "ほかの方",
        "他の皆",
        "担当者が",
        "担当者は",
        "管理者が",
        "管理者は",
        "開発テナント",
        "検証テナント",
        "テストテナント",
        "別テナント",
        "テレワーク中の職員",
        "テレワーク中の社員",
        "テレワークの職員",
        "テレワークの社員",
        "在宅勤務の職員",
        "在宅勤務の社員",
        "在宅の職員",
        "在宅の社員",
        "支店からは",
        "支店では",
        "ほかの支店",
        "ほかの拠点",
        "ほかの職員",
        "他の職員",
        "ほかの社員",
        "ほかのメンバ",
        "他の店舗",
        "ほかの店舗",
        "既存の",
        "他のユーザ",
        "ほかのユーザ",
        "他の人",
        "ほかの人",
        "他の社員",
        "他のメンバ",
        "他の利用者",
        "他のアカウント",
        "他部署",
        "他の部署",
        "ほかの部署",
        "他拠点",
        "他の拠点",
        "他のチーム",
        "他の支店",
        "社内",
    ];
    // "起動してしまえば普通に使えます": once the app has started it works, no step the user
    // takes (round 36).
    if !ALTERNATIVES.iter().any(|a| clause.contains(a))
        || OTHERS.iter().any(|o| clause.contains(o))
        || clause.contains("しまえば")
    {
        return None;
    }
    // What is shown after a condition may be the error itself ("リンクを開くと「ユーザーが
    // 見つかりません」と表示されます"): a quoted message or a failure after it is no way round.
    const CONDITIONS: [&str; 9] = [
        "うと", "くと", "すと", "つと", "むと", "ぐと", "ぶと", "ると", "には",
    ];
    let after = CONDITIONS
        .iter()
        .filter_map(|c| clause.rfind(c).map(|i| &clause[i + c.len()..]))
        .min_by_key(|r| r.len());
    if after.is_some_and(|r| {
        ["「", "ません", "ない", "エラ", "失敗"]
            .iter()
            .any(|f| r.contains(f))
            || !error_codes(r).is_empty()
    }) {
        return None;
    }
    // The clause ends where the phrase begins; quote it from its last comma on.
    let from = clause.rfind(['、', ',']).map_or(0, |i| {
        i + clause[i..].chars().next().map_or(1, char::len_utf8)
    });
    let skipped = clause[from..].len() - clause[from..].trim_start().len();
    Some(span.0 - clause.len() + from + skipped)
}

/// Where the clause of a Japanese ability at `span` begins when it names a thing that works,
/// given as the reason the rest can wait ("ぼかしは使えるので、急ぎではない", "PINでは入れるため"):
/// the user's way round, though not another client that makes the service usable (an app
/// that will not open stays down with "Web版は使えるので"). Not people said to be able
/// ("ほかのユーザーは使えるので"): they say who is affected (round 34).
fn able_as_reason(hay: &str, span: Span) -> Option<usize> {
    if hay.as_bytes().get(span.0).is_none_or(u8::is_ascii) {
        return None;
    }
    let (from, _) = window(hay, span, NAME_WINDOW);
    let before = &hay[from..span.0];
    let sentence_start = before.rfind(['。', '\n', '!', '?']).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let sentence = &before[sentence_start..];
    let rest = &hay[span.1..];
    let inflection: usize = rest
        .chars()
        .take_while(|&c| is_hiragana(c))
        .take(4)
        .map(char::len_utf8)
        .sum();
    // The reason may close the phrase itself ("使えるので") or follow its inflection.
    let reason = (0..=inflection)
        .filter(|&k| rest.is_char_boundary(k))
        .any(|k| {
            ["ので", "ため", "から、", "から,"]
                .iter()
                .any(|r| rest[k..].starts_with(r))
        })
        || ["ので", "ため"]
            .iter()
            .any(|r| hay[span.0..span.1].ends_with(r));
    // The topic stands right before what it allows ("ぼかしは使える", "PINでは入れる"): at
    // most six characters between.
    let topic = ["は", "なら"]
        .iter()
        .filter_map(|t| sentence.rfind(t).map(|i| i + t.len()))
        .max()
        .is_some_and(|i| sentence[i..].chars().count() <= 6);
    if reason
        && topic
        && ![
            "ユーザ",
            "社員",
            "職員",
            "人",
            "メンバ",
            "方",
            "皆",
            "全員",
            "他の",
            "ほかの",
            "スタッフ",
            "名",
        ]
        .iter()
        .any(|p| sentence.contains(p))
    {
        let from = sentence.rfind(['、', ',']).map_or(0, |i| {
            i + sentence[i..].chars().next().map_or(1, char::len_utf8)
        });
        return Some(span.0 - sentence.len() + from);
    }
    None
}

/// Whether a matched workaround phrase names the workaround outright ("workaround",
/// "回避策", "代わりに", "no alternative") rather than implying one ("can still", "for now"):
/// such a phrase is the evidence quoted for the fact.
fn names_workaround(phrase: &str) -> bool {
    const WORDS: [&str; 12] = [
        "workaround",
        "work around",
        "alternative",
        "another way",
        "stopgap",
        "temporary fix",
        "回避",
        "代替",
        "代わりに",
        "別の方法",
        "他の方法",
        "暫定",
    ];
    WORDS.iter().any(|w| phrase.contains(w))
}

/// Ways of getting the work done that follow [`Fx::AbleSubject`] ("she can *use*", "he's
/// *using*", "she *set it* from her phone").
const ABLE_VERBS: [&str; 143] = [
    "use",
    "delete it",
    "delete them",
    "remove it",
    "remove them",
    "deleting",
    "do it",
    "do that",
    "do this",
    "get it",
    "get them",
    "get the",
    "get to it",
    "get in",
    "get into",
    "get by",
    "access it",
    "access them",
    "access the",
    "open it",
    "open them",
    "open the",
    "paste",
    "set it",
    "set them",
    "move",
    "upload",
    "download",
    "print",
    "switch",
    "copy",
    "type",
    "edit",
    "save",
    "view",
    "see it",
    "see them",
    "read",
    "work",
    "reach",
    "change it",
    "rename",
    "share",
    "manage",
    "fall back",
    "export",
    "drag",
    "add them",
    "add it",
    "using",
    "opening",
    "emailing",
    "sending",
    "doing it",
    "working from",
    "working in",
    "working on",
    "printing",
    "saving",
    "exporting",
    "uploading",
    "copying",
    "moving",
    "typing",
    "editing",
    "getting by",
    "managing",
    "switching",
    "used",
    "did it",
    "opened it",
    "opened them",
    "emailed",
    "printed",
    "saved it",
    "exported",
    "uploaded",
    "moved them",
    "copied",
    "switched to",
    "gets them",
    "gets it",
    "see the",
    "receive them",
    "receive it",
    "receive the",
    "receives it",
    "get notified",
    "gets notified",
    "hear it",
    "hear them",
    "get them on",
    "sees them",
    "sees it",
    "receives them",
    "reads",
    "uses",
    "added it",
    "added them",
    "typed",
    "scheduling",
    // round 32: the way of working said in the present of habit ("she uploads from
    // browser", "he checks his shift on the kiosk") or of what the writer can do ("I can send
    // them manually").
    "uploads",
    "downloads",
    "prints",
    "saves",
    "checks his",
    "checks her",
    "checks their",
    "checks it",
    "checks them",
    "check it",
    "check them",
    "send them",
    "send it",
    "send those",
    "sends them",
    "sends it",
    "does it",
    "does that",
    "opens it",
    "opens them",
    "books it",
    "books them",
    "see everything",
    "sees everything",
    "see all of it",
    "see their",
    "sees her",
    "sees his",
    "opens the",
    "opens her",
    "opens his",
    "opens their",
    "views it",
    "views them",
    "edits it",
    "edits them",
    "shares it",
    "shares from",
    "joins from",
    "joins on",
    "approves them",
    "approves it",
];

/// What may stand between the subject and the way of working ("she *can still* use", "he*'s*
/// using", "I *do* get them", "she set it": nothing but a space), longest first.
const ABLE_MODALS: [&str; 34] = [
    " is still able to ",
    " do still ",
    " does still ",
    " do also ",
    " do ",
    " does ",
    " still ",
    " also ",
    " can just ",
    " just ",
    " simply ",
    " currently ",
    " are still able to ",
    " can still ",
    " is able to ",
    " are able to ",
    " am able to ",
    "'s able to ",
    "'re able to ",
    "'m able to ",
    " able to ",
    " has been ",
    " have been ",
    "'ve been ",
    "'s been ",
    " can ",
    " could ",
    " is ",
    " are ",
    " am ",
    "'s ",
    "'re ",
    "'m ",
    " ",
];

/// Words before a subject that make what follows a purpose, a condition or a question ("so
/// she can work", "if he can open it"), not something the user does.
const NOT_YET: [&str; 19] = [
    "so", "that", "if", "whether", "when", "before", "until", "unless", "once", "how", "what",
    "where", "why", "need", "needs", "want", "wants", "because", "cause",
];

/// The end of a way of working ([`ABLE_VERBS`]) right after the subject at `span`, unless the
/// word before the subject makes it a purpose or a condition.
fn able_verb_after(hay: &str, span: Span) -> Option<usize> {
    let prev = hay[..span.0]
        .trim_end()
        .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .next()
        .unwrap_or("");
    let rest = &hay[span.1..];
    let modal = ABLE_MODALS.iter().find(|m| rest.starts_with(**m))?;
    // "so she can work" is a purpose; "so I just use that" what follows from the fault.
    let purpose_modal = [
        " can ",
        " could ",
        " able to ",
        " is able to ",
        " are able to ",
    ]
    .iter()
    .any(|m| modal.ends_with(m));
    if NOT_YET.contains(&prev) && (prev != "so" || purpose_modal) {
        return None;
    }
    let rest = &rest[modal.len()..];
    let at = span.1 + modal.len();
    ABLE_VERBS.iter().find_map(|v| {
        let whole = rest
            .as_bytes()
            .get(v.len())
            .is_none_or(|b| !b.is_ascii_alphanumeric());
        (rest.starts_with(v) && whole).then_some(at + v.len())
    })
}

/// Whether the clause before "is fine" at `at` names another way or client ("uploading
/// via the Upload button", "in the browser") and no people ("the other users", "everyone
/// else"), so that what is fine is the user's alternative.
fn fine_alternative(hay: &str, at: usize) -> bool {
    let before = &hay[..at];
    let clause = before
        .rfind([',', ';', '.', ':', '!', '?', '\n'])
        .map_or(before, |i| &before[i + 1..]);
    let words: Vec<&str> = clause
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    const PEOPLE: [&str; 16] = [
        "users",
        "user",
        "others",
        "other",
        "everyone",
        "everybody",
        "rest",
        "people",
        "staff",
        "colleagues",
        "members",
        "team",
        "they",
        "he",
        "she",
        "home",
    ];
    const WAYS: [&str; 29] = [
        "via",
        "through",
        "using",
        "owa",
        "browser",
        "web",
        "desktop",
        "mobile",
        "phone",
        "app",
        "button",
        "edge",
        "chrome",
        "manually",
        "pc",
        "laptop",
        "ipad",
        "tablet",
        "tethered",
        "hotspot",
        "computer",
        // round 32: other networks and browsers
        "vpn",
        "wifi",
        "4g",
        "5g",
        "safari",
        "firefox",
        "incognito",
        "inprivate",
    ];
    let gerund_then_way = words.iter().enumerate().any(|(i, w)| {
        w.len() > 4
            && w.ends_with("ing")
            && words[i + 1..]
                .iter()
                .any(|n| matches!(*n, "via" | "from" | "in" | "on" | "through" | "with" | "by"))
    });
    !words.iter().any(|w| PEOPLE.contains(w))
        && (gerund_then_way || words.iter().any(|w| WAYS.contains(w)))
}

/// Whether what a failed "open" is about (the four words after it, or before a passive
/// "cannot be opened") is the service, a site, a mailbox or an app rather than an item in it.
fn split_words(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect()
}

fn opens_service(hay: &str, span: Span) -> bool {
    if !hay.as_bytes()[span.0].is_ascii() {
        return ja_opens_service(hay, span);
    }
    const TARGETS: [&str; 22] = [
        "site",
        "sites",
        "portal",
        "intranet",
        "extranet",
        "mailbox",
        "mailboxes",
        "inbox",
        "outlook",
        "owa",
        "teams",
        "onedrive",
        "sharepoint",
        "app",
        "apps",
        "client",
        "web",
        "browser",
        "workspace",
        "library",
        "libraries",
        "hub",
    ];
    let mut from = span.0.saturating_sub(80);
    while !hay.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (span.1 + 80).min(hay.len());
    while !hay.is_char_boundary(to) {
        to -= 1;
    }
    // An aside between what cannot be opened and the verb ("the shared mailbox (15 agents on
    // it) won't open") is skipped: the mailbox is still what won't open.
    let head = hay[from..span.0].trim_end();
    let head = match (head.strip_suffix(')'), head.rfind('(')) {
        (Some(_), Some(open)) => &head[..open],
        _ => head,
    };
    let before = split_words(head);
    if hay[span.0..span.1].ends_with("opened") {
        before.iter().rev().take(6).any(|w| TARGETS.contains(w))
    } else if before.last().is_some_and(|w| TARGETS.contains(w)) {
        // "Outlook won't open": the app itself is what cannot be opened.
        true
    } else if head.ends_with('@')
        && before.len() >= 2
        && TARGETS.contains(&before[before.len() - 2])
    {
        // "shared mailbox support@ won't open": the address names the mailbox after it
        // (round 36).
        true
    } else {
        split_words(&hay[span.1..to])
            .iter()
            .take(4)
            .any(|w| TARGETS.contains(w))
    }
}

/// Whether "stopped" at `span` is followed by what stopped ("stopped auto-accepting",
/// "stopped syncing"): a function of the service, not the service ("stopped working" is).
fn stopped_doing(hay: &str, span: Span) -> bool {
    if !hay[span.0..span.1].ends_with("stopped") {
        return false;
    }
    let next = hay[span.1..]
        .trim_start()
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .find(|w| !w.is_empty())
        .unwrap_or("");
    // "stopped auto accepting": a prefix word before the gerund.
    let next = if matches!(next, "auto" | "automatically") {
        hay[span.1..]
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .nth(1)
            .unwrap_or("")
    } else {
        next
    };
    next.len() > 4
        && next.ends_with("ing")
        && !matches!(
            next,
            "working" | "responding" | "nothing" | "anything" | "something" | "everything"
        )
}

/// Whether the clause of a standstill at `span` names the work that stands still: work,
/// repairs, production, orders, projects ("repair work on 5 sites is stalled", "工事が止まって
/// います"), rather than a sync or an upload.
fn names_work(hay: &str, span: Span) -> bool {
    let before = &hay[..span.0];
    let start = before.rfind(['.', '!', '?', '\n', '。']).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    // The clause before the standstill names what stands still ("work on two sites has
    // stopped"); "work" as a verb ("doesn't work") does not count.
    let clause_start = [",", ";", " and ", " but ", "、"]
        .iter()
        .filter_map(|b| hay[start..span.0].rfind(b).map(|i| start + i + b.len()))
        .max()
        .unwrap_or(start);
    let sentence = &hay[clause_start..span.1];
    const WORK: [&str; 14] = [
        "work",
        "repair",
        "operations",
        "production",
        "orders",
        "shipping",
        "projects",
        "business",
        "業務",
        "作業",
        "工事",
        "生産",
        "出荷",
        "受注",
    ];
    let words: Vec<&str> = sentence
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    const VERBAL: [&str; 10] = [
        "doesn't", "don't", "not", "to", "can't", "cannot", "won't", "didn't", "does", "will",
    ];
    words.iter().enumerate().any(|(i, w)| {
        let noun = WORK[..8]
            .iter()
            .any(|k| w.strip_suffix('s').unwrap_or(w) == *k || w == k);
        noun && !(i > 0 && VERBAL.contains(&words[i - 1]))
    }) || WORK[8..].iter().any(|k| sentence.contains(k))
}

/// Whether what a Japanese "開けない" at `span` cannot open is the service, a site, a mailbox
/// or an app: of the names of both kinds earlier in its sentence, the nearest decides
/// ("メールボックス40件が…開けなく" is down, "OneDrive のファイルが…開けません" a fault).
fn ja_opens_service(hay: &str, span: Span) -> bool {
    let before = &hay[..span.0];
    let start = before.rfind(['。', '\n', '!', '?']).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let sentence = &before[start..];
    const TARGETS: [&str; 11] = [
        "メールボックス",
        "サイト",
        "ポータル",
        "イントラ",
        "outlook",
        "owa",
        "teams",
        "onedrive",
        "sharepoint",
        "アプリ",
        "受信トレイ",
    ];
    const ITEMS: [&str; 13] = [
        "ファイル",
        "添付",
        "pdf",
        "ドキュメント",
        "リンク",
        "ブック",
        "シート",
        "文書",
        "写真",
        "画像",
        "資料",
        "フォルダ",
        "ページ",
    ];
    let last = |words: &[&str]| words.iter().filter_map(|w| sentence.rfind(w)).max();
    match (last(&TARGETS), last(&ITEMS)) {
        (Some(t), Some(i)) => t > i,
        (Some(_), None) => true,
        _ => false,
    }
}

/// Whether `span` stands inside a name: between quotation marks ("\"All Staff Osaka\"",
/// 「全社員_大阪」), or right after or before the noun of a list it names ("distribution group
/// all-staff-de", "the all users group").
fn in_name(hay: &str, span: Span) -> bool {
    // A name is short: look within a bounded window, so the scan stays linear in the text.
    let (from, to) = window(hay, span, NAME_WINDOW);
    let before = &hay[from..span.0];
    let after = &hay[span.1..to];
    let quoted = before.matches('"').count() % 2 == 1 && after.contains('"')
        || before
            .rfind('「')
            .is_some_and(|o| before.rfind('」').is_none_or(|c| c < o))
            && after.contains('」')
        || before.matches('“').count() > before.matches('”').count();
    if quoted {
        return true;
    }
    const LISTS: [&str; 8] = [
        "group", "dl", "list", "alias", "named", "called", "channel", "team",
    ];
    const LISTS_AFTER: [&str; 9] = [
        "group",
        "groups",
        "dl",
        "dls",
        "list",
        "lists",
        "alias",
        "channel",
        "distribution",
    ];
    let prev = before.split_whitespace().next_back().unwrap_or("");
    let next = after
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '@'))
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let ascii = hay.as_bytes()[span.0].is_ascii();
    ascii && (LISTS.contains(&prev) || (after.starts_with(' ') && LISTS_AFTER.contains(&next)))
        || (!ascii && after.starts_with("グループ"))
}

/// The end of "だけ" or "のみ" after a count of one ending at `end`, past a bracketed aside
/// ("1名（購買部）だけ").
fn only_after(hay: &str, end: usize) -> Option<usize> {
    let mut rest = &hay[end..];
    for (open, close) in [("(", ")"), ("（", "）")] {
        if let Some(r) = rest.strip_prefix(open)
            && let Some(i) = r.find(close)
            && i <= 60
        {
            rest = &r[i + close.len()..];
        }
    }
    let skipped = hay.len() - end - rest.len();
    ["だけ", "のみ"]
        .iter()
        .find(|w| rest.starts_with(**w))
        .map(|w| end + skipped + w.len())
}

/// Whether what a Japanese phrase at `span` says works is other, existing objects ("既存の
/// チームは問題なく使えています"): the rest of the service works, not the user's way round.
fn existing_ones(hay: &str, span: Span) -> bool {
    if hay.as_bytes()[span.0].is_ascii() {
        return false;
    }
    let before = &hay[window(hay, span, NAME_WINDOW).0..span.0];
    let clause = before
        .rfind(['。', '、', '\n'])
        .map_or(before, |i| &before[i..]);
    clause.contains("既存の")
}

/// Bytes on each side of a phrase that [`in_name`] and [`existing_ones`] read: a name or a
/// clause is shorter, and a bound keeps the scan linear in the length of the text.
const NAME_WINDOW: usize = 240;

/// The byte range `span` widened by `width` bytes on each side, on character boundaries.
fn window(hay: &str, span: Span, width: usize) -> (usize, usize) {
    let mut from = span.0.saturating_sub(width);
    while !hay.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (span.1 + width).min(hay.len());
    while !hay.is_char_boundary(to) {
        to -= 1;
    }
    (from, to)
}

/// Whether the number at `start..end` counts the others, said to be fine ("the other 7
/// rooms are fine", "ほかの7部屋は正常"): then the one the text names is the only one affected.
fn others_fine(hay: &str, start: usize, end: usize) -> bool {
    let before = &hay[..start];
    if !["the other ", "other ", "ほかの", "他の"]
        .iter()
        .any(|o| before.ends_with(o))
    {
        return false;
    }
    let mut to = (end + 40).min(hay.len());
    while !hay.is_char_boundary(to) {
        to -= 1;
    }
    let after = &hay[end..to];
    let clause = after
        .split(['.', ',', ';', '。', '、'])
        .next()
        .unwrap_or(after);
    [
        "fine",
        " ok",
        "work",
        "unaffected",
        "not affected",
        "正常",
        "問題な",
        "問題あり",
        "使え",
    ]
    .iter()
    .any(|w| clause.contains(w))
}

/// Whether the Japanese "全員" or "全体で" at `span` follows the name of a group that is not
/// the whole organisation ("パートナー全員", "経理チーム全体で", but not "社員全員" or
/// "テナント全体で"), or the people of a named place or unit ("本社ビルの全員",
/// "大阪支店のユーザー全員"); or whether the "誰も" at `span` follows one and its particle
/// ("社外の参加者が誰も", "営業部では誰も").
fn named_group_before(hay: &str, span: Span) -> bool {
    // The phrase may carry its noun ("ユーザー全員"): the noun is read with what comes before.
    // "誰も" or "誰一人" after a group and its particle ("社外の参加者が誰も", "営業部では誰
    // も", "3階のフロアの誰一人として") is everyone of that group.
    let nobody = [
        "誰も",
        "だれも",
        "誰一人",
        "誰ひとり",
        "だれ一人",
        "だれひとり",
    ]
    .iter()
    .any(|w| hay[span.0..span.1].starts_with(w));
    let word_at = if nobody {
        let before = &hay[..span.0];
        let Some(rest) = ["では", "には", "が"]
            .iter()
            .find_map(|p| before.strip_suffix(p))
            .or_else(|| before.ends_with('の').then_some(before))
        else {
            return false;
        };
        rest.len()
    } else {
        let Some(at) = ["全員", "全体で", "全体的に"]
            .iter()
            .find_map(|w| hay[span.0..span.1].strip_suffix(w))
            .map(|noun| span.0 + noun.len())
        else {
            return false;
        };
        at
    };
    let before = &hay[..word_at];
    let noun_len = trailing_noun_len(before);
    if noun_len == 0 {
        // "本社ビルの全員": everyone of a named place or unit.
        return unit_before_no(before);
    }
    let noun = &before[before.len() - noun_len..];
    // "サインイン全員ループ": an action named before "全員" is what fails for everyone, not a
    // group of people.
    if ACTION_NOUNS.iter().any(|w| noun.ends_with(w)) {
        return false;
    }
    if WHOLE.iter().any(|w| noun.ends_with(w)) {
        // "大阪支店のユーザー全員": the people of a named place or unit are a group of them.
        return noun_len < before.len()
            && unit_before_no(&before[..before.len() - noun_len])
            && WHOLE[..6].iter().any(|w| noun.ends_with(w));
    }
    true
}

/// The bytes of the noun `s` ends with: its last run of kanji or katakana, at most 8
/// characters ("大阪支店" of "大阪支店の").
fn trailing_noun_len(s: &str) -> usize {
    s.chars()
        .rev()
        .take_while(|c| is_kanji_or_katakana(*c))
        .take(8)
        .map(char::len_utf8)
        .sum()
}

/// Who everyone is when nothing narrows it: the organisation's people or the organisation.
const WHOLE: [&str; 24] = [
    "社員",
    "ユーザ",
    "従業員",
    "職員",
    "スタッフ",
    "利用者",
    "組織",
    "テナント",
    "会社",
    "全社",
    "弊社",
    "当社",
    "社内",
    "グループ会社",
    "テナント内",
    "組織内",
    "会社内",
    "全体",
    // round 32: the whole premises of a hospital, a school or an office ("院内全員").
    "院内",
    "学内",
    "校内",
    "庁内",
    "病院",
    "全院",
];

/// Actions of a service ("サインイン", "ログイン"): named right before "全員" ("サインイン全員
/// ループ") they say what fails for everyone, not which group the people belong to.
const ACTION_NOUNS: [&str; 10] = [
    "サインイン",
    "サインアウト",
    "ログイン",
    "ログオン",
    "ログアウト",
    "認証",
    "接続",
    "送信",
    "受信",
    "同期",
];

/// Whether `before` ends with "<a place or unit>の" ("本社ビルの", "大阪支店の") that is not the
/// whole organisation ("会社の", "弊社の").
fn unit_before_no(before: &str) -> bool {
    let Some(before) = before.strip_suffix('の') else {
        return false;
    };
    let len = trailing_noun_len(before);
    let noun = &before[before.len() - len..];
    len > 0 && !WHOLE.iter().any(|w| noun.ends_with(w))
}

/// Where a count of part of a counted group begins, when the count at `start` (of `n`) is
/// one: after the group's count in Japanese ("5名のうち2名", `prev` being 5 and where its unit
/// ends), or before it in English ("2 of 5 users", "3 out of our 40 agents", `n` being the
/// group). The part must be smaller than the group.
fn subset_of_count(hay: &str, prev: Option<(u32, usize)>, n: u32, start: usize) -> Option<usize> {
    if let Some((m, unit_end)) = prev
        && n < m
        && unit_end <= start
        && matches!(
            &hay[unit_end..start],
            "のうち" | "中" | "のうち、" | "のうち," | "の中で"
        )
    {
        return Some(unit_end);
    }
    let before = hay[..start].trim_end();
    let before = ["of our", "of the", "out of", "of"]
        .iter()
        .find_map(|w| before.strip_suffix(w))?
        .trim_end();
    let before = before.strip_suffix("out").map_or(before, str::trim_end);
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let part: u32 = before[before.len() - digits..].parse().ok()?;
    (part > 0 && part < n).then_some(before.len() - digits)
}

/// Whether the count of one at `span` ("one user", "1 person", "1名", "one lady") counts one
/// person: not a place, a mailbox, an account or a seat ("one site", "1 shared mailbox" may
/// serve many), and not a bound or a negation before it ("more than one user", "not one user",
/// "at least one person", "every one").
fn counts_one_person(hay: &str, (start, end): Span) -> bool {
    const NOT_PEOPLE: [&str; 16] = [
        "office",
        "site",
        "mailbox",
        "account",
        "seat",
        "object",
        "拠点",
        "部署",
        "件",
        "か所",
        "カ所",
        "ヶ所",
        "箇所",
        "メールボックス",
        "アカウント",
        "つの",
    ];
    let counted = &hay[start..end];
    if NOT_PEOPLE.iter().any(|w| counted.contains(w)) {
        return false;
    }
    !bounded_count(hay, start)
        && !matches!(
            word_before(hay, start),
            "not" | "no" | "every" | "any" | "each" | "per"
        )
}

/// Whether the count at `start` is a bound ("more than one user", "at least one person"):
/// several, not one.
fn bounded_count(hay: &str, start: usize) -> bool {
    matches!(word_before(hay, start), "than" | "least")
}

/// The ASCII word right before byte `at` (empty when there is none).
fn word_before(hay: &str, at: usize) -> &str {
    hay[..at]
        .trim_end()
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("")
}

/// Whether the count at `at` follows one person's possessive ("her two PCs", "his 3
/// laptops"): that person's things, not a count of the people affected.
fn owned_by_one(hay: &str, at: usize) -> bool {
    let before = hay[..at].trim_end();
    let last = |s: &str| -> (usize, String) {
        let w = s
            .rsplit(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("");
        (s.len() - w.len(), w.to_ascii_lowercase())
    };
    let (at, mut word) = last(before);
    // A count between the owner and the things ("her *two* PCs") belongs to the things.
    if word.bytes().all(|b| b.is_ascii_digit()) && !word.is_empty()
        || matches!(word.as_str(), "two" | "three" | "four" | "five" | "both")
    {
        word = last(before[..at].trim_end()).1;
    }
    matches!(
        word.to_ascii_lowercase().as_str(),
        "her" | "his" | "my" | "your"
    ) || ["彼女の", "彼の", "自分の"]
        .iter()
        .any(|p| before.ends_with(p))
}

/// Whether the people named at `at` are those an admin's change is for: after "for" (and
/// determiners only) in a sentence that opens with the change ("Adding Send As for the
/// warehouse team fails in the EAC"), not who the fault affects.
fn beneficiary_of_task(hay: &str, at: usize) -> bool {
    const TASKS: [&str; 12] = [
        "adding ",
        "granting ",
        "assigning ",
        "giving ",
        "setting up ",
        "creating ",
        "configuring ",
        "removing ",
        "enabling ",
        "disabling ",
        "provisioning ",
        "applying ",
    ];
    let before = &hay[..at];
    let sentence = before
        .rfind(['.', '!', '?', '\n', ';'])
        .map_or(before, |i| &before[i + 1..])
        .trim_start();
    let Some(for_at) = sentence.rfind(" for ") else {
        return false;
    };
    // At most three words between "for" and the group ("for the warehouse team").
    let between = &sentence[for_at + 5..];
    between.split(' ').filter(|w| !w.is_empty()).count() <= 3
        && TASKS.iter().any(|t| sentence.starts_with(t))
}

/// Whether `rest`, what follows a phrase naming people, marks them as the object of a task
/// ("メンバーを追加", "ユーザーを編集"); "営業部を中心に", "全員を含め" and an exception
/// ("一人を除いて全員使えています") still say who is affected.
fn object_of_task(rest: &str) -> bool {
    rest.strip_prefix('を').is_some_and(|after| {
        !["中心", "含", "対象", "はじめ", "始め", "除"]
            .iter()
            .any(|w| after.starts_with(w))
    })
}

/// The end of a mail domain right after `end` ("nobody at fabrikam.com", "no one @contoso.co.jp"):
/// a word with a dot inside, as an organisation's address names all its people.
fn domain_after(hay: &str, end: usize) -> Option<usize> {
    let rest = &hay[end..];
    let lead = rest.len() - rest.trim_start_matches([' ', '@']).len();
    let word_len = rest[lead..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
        .unwrap_or(rest.len() - lead);
    let word = rest[lead..lead + word_len].trim_end_matches('.');
    let dot = word.find('.')?;
    (dot > 0 && word.len() - dot > 2 && word[dot + 1..].bytes().any(|b| b.is_ascii_alphabetic()))
        .then_some(end + lead + word.len())
}

/// Whether what follows a client's name at `end` says it shows the error ("OWA says \"we
/// couldn't find your mailbox\"", "Teams shows 'Something went wrong'"): the client is where
/// the fault is seen, not another way to work.
///
/// In Japanese, a client said to fail too ("OWAも「問題が発生しました」と表示", "OWA でも「…」と
/// 表示されます", "OutlookからもOWAからも接続できなくなりました"): "も" and a failure or an
/// error quoted in the same clause (round 32).
fn shows_the_fault(hay: &str, end: usize) -> bool {
    let (_, to) = window(hay, (end, end), NAME_WINDOW);
    let rest = hay[end..to].trim_start();
    // Clients listed as failing alike ("（OWA・Outlookとも）", "OutlookとOWAのどちらも"): where
    // it fails, not a way round (round 34).
    let list = &rest[..rest
        .find(['。', '）', ')', '\n', '「'])
        .unwrap_or(rest.len())];
    if let Some(at) = ["とも", "いずれも", "どちらも", "両方"]
        .iter()
        .filter_map(|w| list.find(w))
        .min()
        && list[..at].chars().all(|c| {
            c.is_ascii_alphanumeric()
                || matches!(c, ' ' | '・' | '/' | '、' | 'と' | '.' | 'ー' | 'の')
                || ('\u{30A0}'..='\u{30FF}').contains(&c)
        })
    {
        return true;
    }
    // "the web version just loops back to the login page": the client fails as well
    // (round 34).
    let mut words = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .skip_while(|w| {
            matches!(
                *w,
                "version"
                    | "app"
                    | "client"
                    | "just"
                    | "also"
                    | "too"
                    | "still"
                    | "then"
                    | "likewise"
                    | "simply"
            )
        });
    if words.next().is_some_and(|w| {
        matches!(
            w,
            "loops"
                | "looped"
                | "fails"
                | "failed"
                | "errors"
                | "crashes"
                | "crashed"
                | "hangs"
                | "hung"
                | "spins"
                | "freezes"
                | "froze"
                | "bounces"
        )
    }) {
        return true;
    }
    // So is a client switched to before the fault ("新しいOutlookに切り替えたら表示されなく
    // なりました").
    if let Some(after) = [
        "からも",
        "でも",
        "にも",
        "も",
        "に切り替えたら",
        "に切り替えると",
        "に切り替えてから",
        "に切り替えた後",
        "に変えたら",
        "に変えると",
        "に変えてから",
        "に移行したら",
        "に移行してから",
        "に移行後",
        "にしたら",
        "にしてから",
    ]
    .iter()
    .find_map(|p| rest.strip_prefix(p))
    {
        let clause = &after[..after
            .find(['。', '、', '\n', '!', '?'])
            .unwrap_or(after.len())];
        if clause.starts_with('「')
            || JA_FAILURE_WORDS
                .iter()
                .chain(&["できな", "なくな", "不可"])
                .any(|w| clause.contains(w))
        {
            return true;
        }
    }
    let word = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        word.to_ascii_lowercase().as_str(),
        "says"
            | "said"
            | "shows"
            | "showed"
            | "displays"
            | "displayed"
            | "gives"
            | "gave"
            | "returns"
            | "returned"
            | "throws"
            | "threw"
            | "reports"
            | "reported"
            | "tells"
    )
}

/// Whether `c` is a kanji (CJK unified ideographs and their extension A).
fn is_kanji(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}

/// Whether `c` is a kanji or a katakana letter.
fn is_kanji_or_katakana(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{30A0}'..='\u{30FF}')
}

/// Numbers the sentences of the text as it is scanned left to right.
struct Sentences<'a> {
    bytes: &'a [u8],
    pos: usize,
    id: usize,
    pass: usize,
}

impl Sentences<'_> {
    /// The number of the sentence at byte `at`; each pass starts again from the beginning.
    fn id_at(&mut self, pass: usize, at: usize) -> usize {
        if pass != self.pass {
            (self.pass, self.pos, self.id) = (pass, 0, 0);
        }
        let at = at.min(self.bytes.len());
        while self.pos < at {
            let b = self.bytes[self.pos];
            // '。' is E3 80 82 in UTF-8.
            let ideographic_stop = b == 0xE3
                && self.bytes.get(self.pos + 1) == Some(&0x80)
                && self.bytes.get(self.pos + 2) == Some(&0x82);
            // A dot inside a code, a version or an address ("5.7.520", "16.0", "fabrikam.com")
            // does not end a sentence.
            let inner_dot = b == b'.'
                && self.pos > 0
                && self.bytes[self.pos - 1].is_ascii_alphanumeric()
                && self
                    .bytes
                    .get(self.pos + 1)
                    .is_some_and(u8::is_ascii_alphanumeric);
            if (matches!(b, b'.' | b'!' | b'?' | b'\n') && !inner_dot) || ideographic_stop {
                self.id += 1;
            }
            self.pos += 1;
        }
        self.id
    }
}

/// Phrases that point at a way of doing it ("from there", "that way") without saying it
/// can be done.
const POINTERS: [&str; 2] = ["from there", "that way"];

/// Whether an ability phrase says the user can: a pointer at a way ("can recall from there",
/// "can do it that way") only with "can", "could" or "able" earlier in its clause ("from
/// there the same error shows" is where it fails); every other ability phrase says so itself.
fn pointer_has_modal(hay: &str, span: Span) -> bool {
    let text = &hay[span.0..span.1];
    if !POINTERS.contains(&text) && !text.starts_with("via ") && !text.starts_with("through ") {
        return true;
    }
    let before = &hay[..span.0];
    let clause = before
        .rfind([',', ';', '.', ':', '!', '?', '\n'])
        .map_or(before, |i| &before[i + 1..]);
    split_words(clause)
        .iter()
        .any(|w| matches!(*w, "can" | "could" | "able"))
}

/// Words with "さん" in them that name no one person: many ("たくさん"), everyone ("皆さん"),
/// or people in general (customers, patients, suppliers).
const NOT_A_NAME: [&str; 15] = [
    // round 32: a role or a firm with the honorific ("ボランティアさん", "協力会社さん") is
    // a kind of people, not one person.
    "ボランティアさん",
    "協力会社さん",
    "パートさん",
    "派遣さん",
    "委託先さん",
    "ベンダーさん",
    "メーカーさん",
    "ドライバーさん",
    "たくさん",
    "皆さん",
    "みなさん",
    "お客さん",
    "患者さん",
    "業者さん",
    "取引先さん",
];

/// Indefinite numbers of people before a noun ("数名のボランティアさん", "何人かの方").
const JA_SEVERAL_BEFORE: [&str; 8] = [
    "数名の",
    "数人の",
    "何人かの",
    "何名かの",
    "大勢の",
    "多くの",
    "複数の",
    "一部の",
];

/// What after the honorific says there are many of them ("信徒さんが大勢", "田中さんたち",
/// "ボランティアさんの方々").
const JA_SEVERAL_AFTER: [&str; 8] = [
    "が大勢",
    "が多数",
    "が何人も",
    "たち",
    "達",
    "の方々",
    "方々",
    "全員",
];

/// Whether the honorific "さん" at `span` is said of several people: an indefinite number
/// before its noun ([`JA_SEVERAL_BEFORE`]: "数名のボランティアさん") or many said after it
/// ([`JA_SEVERAL_AFTER`]: "ご高齢の信徒さんが大勢") (round 33).
fn several_with_honorific(hay: &str, span: Span) -> bool {
    if &hay[span.0..span.1] != "さん" {
        return false;
    }
    if JA_SEVERAL_AFTER
        .iter()
        .any(|a| hay[span.1..].starts_with(a))
    {
        return true;
    }
    let noun = hay[..span.0]
        .char_indices()
        .rev()
        .take(8)
        .take_while(|&(_, c)| is_kanji_or_katakana(c))
        .last()
        .map_or(span.0, |(i, _)| i);
    JA_SEVERAL_BEFORE.iter().any(|b| hay[..noun].ends_with(b))
}

/// How many people the text names with "さん" ("経理部の田中さん"), when the phrase at `span`
/// is that honorific; 0 for any other phrase. One named person is one user, however often
/// she is named ("佐藤さん以外は…。佐藤さんは…"); two or more ("田中さんと佐藤さん") are several.
fn named_people(hay: &str, span: Span) -> usize {
    if &hay[span.0..span.1] != "さん" {
        return 0;
    }
    let mut names: Vec<&str> = Vec::new();
    for (at, _) in hay.match_indices("さん") {
        if NOT_A_NAME
            .iter()
            .any(|w| hay[..at + "さん".len()].ends_with(w))
        {
            continue;
        }
        // The name: the kanji or katakana right before the honorific (up to four).
        let from = hay[..at]
            .char_indices()
            .rev()
            .take(4)
            .take_while(|(_, c)| {
                !matches!(c, '\u{3040}'..='\u{309F}')
                    && !c.is_ascii_punctuation()
                    && !matches!(c, '、' | '。' | ' ')
            })
            .last()
            .map_or(at, |(i, _)| i);
        let name = &hay[from..at];
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.len()
}

/// English openings that make the whole request a question of how or where to do something.
const EN_HOW_OPENERS: &[&str] = &[
    "how do i ",
    "how do we ",
    "how do you ",
    "how can i ",
    "how can we ",
    "how should we ",
    "how should i ",
    "how to ",
    "where do i ",
    "where do we ",
    "where can i ",
    "where can we ",
    "where is the ",
    "where are the ",
    "what's the way to ",
    "whats the way to ",
    "what is the way to ",
    "what's the best way to ",
    "whats the best way to ",
    "what is the best way to ",
    "is there a way to ",
    "which setting ",
    "which role ",
    "which permission ",
    // round 35: how long something takes to show or apply ("How long does a new retention
    // label take to show up?", "How long until the policy starts showing matches?") asks how
    // the service behaves.
    "how long does ",
    "how long do ",
    "how long until ",
    "how long before ",
    "how long will it take ",
    "how long should it take ",
    // round 32
    "is there somewhere to ",
    "is there anywhere to ",
    "is there a place to ",
    "which option ",
    "which options ",
];

/// English questions of how to do something that close a request ("…doesn't work anymore.
/// What's the supported way to get that list now?"), unless they ask how to mend the fault
/// ([`EN_FIX_WORDS`]).
const EN_HOW_CLOSERS: &[&str] = &[
    "what's the supported way to ",
    "whats the supported way to ",
    "what is the supported way to ",
    "what's the recommended setting",
    "what is the recommended setting",
    "whats the recommended setting",
    "what's the recommended way to ",
    "whats the recommended way to ",
    "what is the recommended way to ",
    "what's the right way to ",
    "what is the right way to ",
    "what's the correct way to ",
    "what is the correct way to ",
    "what's the proper way to ",
    "what is the proper way to ",
    "what's the new way to ",
    "what is the new way to ",
    "what's the way to ",
    "what is the way to ",
    "what's the best way to ",
    "what is the best way to ",
];

/// English words of a closing question that asks what, which or where exactly, or whether
/// something can be done or changed ("where exactly in the admin center is that?", "is that
/// actually possible, or do they need to …?", "can that be changed or nah"): asked after what
/// was seen, the request is a question (SPEC 1.3 `working`), unless it asks how to mend it.
const EN_ASK_CLOSERS: &[&str] = &[
    "where exactly",
    "what exactly",
    "which exactly",
    "exactly which",
    "exactly what",
    "exactly where",
    "which one",
    "what are the steps",
    "what steps",
    "what records",
    "which records",
    "what dns records",
    "is that actually possible",
    "is that possible",
    "is this possible",
    "is that even possible",
    "can that be changed",
    "can this be changed",
    "can it be changed",
    "can that be turned off",
    "can this be turned off",
    "can that be set",
    "or do they need to",
    "or do we need to",
    "or do i need to",
    "or does she need to",
    "or does he need to",
    "or is there a way",
    // round 32: whether a setting also covers something ("does it also cover private channel
    // messages or do those need their own policy?").
    "or do those need",
    "or do these need",
    "or does that need",
    "or does it need",
    "does it also cover",
    "does it also apply to",
    "does that also cover",
];

/// Whether `rest`, what follows a question whether something is by design, states the
/// setting that forbids it ("AllowConflicts is False", "is set to off").
fn setting_forbids(rest: &str) -> bool {
    [
        " is false",
        " is set to false",
        " set to false",
        " is $false",
        " is disabled",
        " is set to disabled",
        " is turned off",
        " is set to off",
        " is set to no",
    ]
    .iter()
    .any(|w| rest.contains(w))
}

/// Words of a closing question that asks how to mend the fault ("how do we fix this?").
const EN_FIX_WORDS: &[&str] = &[
    "fix",
    "resolve",
    "repair",
    "restore",
    "recover",
    "back",
    "again",
    "troubleshoot",
    "debug",
    "solve",
    "sort this",
    "sort it",
    "stop this",
    "stop it",
    "get rid",
    "unblock",
    "unlock",
];

/// Japanese endings of a question ("…できますか？") and the interrogatives of how or where that,
/// in the same last sentence, make it a question of how or where to do something.
const JA_QUESTION_ENDS: &[&str] = &[
    "ますか",
    "ですか",
    "でしょうか",
    "ばよいか",
    "ばいいか",
    "知りたいです",
    "知りたい",
    "教えてください",
];
/// What follows "どうすれば" when the question asks what to do about a fault rather than how to
/// do a thing it names: nothing but "good" ("どうすればいいですか") or mending ("直りますか").
const JA_MEND_AFTER: &[&str] = &[
    "いい",
    "よい",
    "良い",
    "直",
    "治",
    "解消",
    "解決",
    "復旧",
    "元に戻",
    "改善",
    "戻",
];
const JA_HOW_WORDS: &[&str] = &[
    "どのくらいかか",
    "どれくらいかか",
    "どの程度かか",
    "どこで",
    "どこから",
    "どこに",
    "どうやって",
    "どうすれば",
    "どのように",
    "どの画面",
    "推奨の設定",
    "推奨設定",
    "推奨される設定",
];

/// The span of the question of how or where to do something that the request is, if it is one:
/// an English opening from [`EN_HOW_OPENERS`] at the start of the normalised text `hay`, or a
/// Japanese last sentence that ends in a question ([`JA_QUESTION_ENDS`]) and asks how or where
/// ([`JA_HOW_WORDS`]). Reads the first and last sentence only (SPEC 1.3 `working`).
fn asks_how_or_where(hay: &str) -> Option<Span> {
    let start = hay.len() - hay.trim_start().len();
    let head = &hay[start..];
    if let Some(o) = EN_HOW_OPENERS.iter().find(|o| head.starts_with(**o)) {
        return Some((start, start + o.len() - 1));
    }
    let body =
        hay.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '?' | '。' | '.' | '!'));
    let (last, sentence) = last_sentence(body);
    let asked = hay.trim_end().ends_with('?');
    if asked
        && let Some(c) = EN_HOW_CLOSERS.iter().find(|c| sentence.starts_with(**c))
        && !names_a_fix(sentence)
    {
        return Some((last, last + c.len() - 1));
    }
    // A closing question that asks how, where or which ("…doesn't seem to have deleted
    // anything yet. Is there somewhere to see when it actually runs?", "Which option removes
    // only company data?"), after what was seen, asks how to do something, unless it asks how
    // to mend the fault.
    if asked
        && !body[..last].trim().is_empty()
        && let Some(o) = EN_HOW_OPENERS.iter().find(|o| sentence.starts_with(**o))
        // It names what is to be done ("how to set never expire only for this one
        // account"); a bare "Where do I look?" asks where the fault is.
        && sentence[o.len()..].split_whitespace().count() >= 3
        && !names_a_fix(sentence)
    {
        return Some((last, last + o.len() - 1));
    }
    // A closing question of what, which or where exactly, or whether it can be done or
    // changed at all ("where exactly in the Teams admin center is that nowadays?", "which
    // one, and what are the steps?", "can that be changed or nah"), after what was seen.
    if let Some(c) = EN_ASK_CLOSERS
        .iter()
        .find(|c| sentence.starts_with(**c) || (asked && sentence.contains(**c)))
        && !sentence
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .any(|w| EN_FIX_WORDS.contains(&w))
    {
        let i = last + sentence.find(c).unwrap_or(0);
        return Some((i, i + c.len()));
    }
    if !JA_QUESTION_ENDS.iter().any(|e| body.ends_with(e)) {
        return None;
    }
    let last = body.rfind(['。', '\n', '!', '?']).map_or(0, |i| {
        i + body[i..].chars().next().map_or(1, char::len_utf8)
    });
    JA_HOW_WORDS
        .iter()
        .find_map(|w| body[last..].find(w).map(|i| (last + i, last + i + w.len())))
}

/// The last sentence of `body` (after its last `.`, `!`, `?` or line break), without its leading
/// blanks, and the byte offset in `body` where it begins (0 when `body` is one sentence).
fn last_sentence(body: &str) -> (usize, &str) {
    let last = body.rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
    let sentence = body[last..].trim_start();
    (body.len() - sentence.len(), sentence)
}

/// Whether an English question names mending a fault ([`EN_FIX_WORDS`], as a word or, for
/// the phrases among them, as a substring): a question how to fix it asks for the fault to go.
fn names_a_fix(sentence: &str) -> bool {
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| EN_FIX_WORDS.contains(&w))
        || EN_FIX_WORDS
            .iter()
            .any(|f| f.contains(' ') && sentence.contains(f))
}

/// Stems that make a question one of whether something is supported or available, in both
/// languages ("is this available", "でも使えるのでしょうか"); asking whether what is seen is
/// by design is not one.
const SUPPORT_STEMS: [&str; 9] = [
    "support",
    "availab",
    "compatib",
    "サポート",
    "対応",
    "使え",
    "利用でき",
    "使用でき",
    "動",
];

/// English openings of a yes-or-no question.
const EN_YES_NO: [&str; 9] = [
    "does", "do", "is", "are", "will", "would", "can", "could", "should",
];

/// Words that make a yes-or-no question ask whether something is supported or available.
const EN_SUPPORT_WORDS: [&str; 6] = [
    "support",
    "supports",
    "supported",
    "available",
    "compatible",
    "compatibility",
];

/// The span of the word that makes a sentence of the normalised text `hay` a yes-or-no
/// question whether something is supported or available ("Does the new Outlook support COM
/// add-ins?", "Are shared mailboxes available on the web?"), if one is: SPEC 1.3 `working`
/// when nothing else says the service is down. A question of why ("why isn't it
/// supported?") opens otherwise and is not one; nor is a question after a repair ("is it
/// available again?", [`EN_FIX_WORDS`]).
fn asks_if_supported(hay: &str) -> Option<Span> {
    let mut from = 0;
    for (q, _) in hay.match_indices('?') {
        let sentence_start = hay[from..q]
            .rfind(['.', '!', '?', '\n', ':', ';'])
            .map_or(from, |i| from + i + 1);
        from = q + 1;
        let sentence = &hay[sentence_start..q];
        let mut words = sentence
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
            .filter(|w| !w.is_empty());
        if !words.next().is_some_and(|w| EN_YES_NO.contains(&w)) {
            continue;
        }
        // "Is it available again?", "will it be supported once it's fixed?" ask after a repair.
        if sentence
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
            .any(|w| EN_FIX_WORDS.contains(&w))
        {
            continue;
        }
        let b = sentence.as_bytes();
        let word = |i: usize| b[i].is_ascii_alphanumeric() || b[i] == b'\'';
        let mut i = 0;
        while i < b.len() {
            if !word(i) {
                i += 1;
                continue;
            }
            let s = i;
            while i < b.len() && word(i) {
                i += 1;
            }
            if EN_SUPPORT_WORDS.contains(&&sentence[s..i]) {
                return Some((sentence_start + s, sentence_start + i));
            }
        }
    }
    None
}

/// Verbs whose particle "down" makes a phrasal verb that says nothing of an outage ("lock
/// down", "step down", "write it down", "cut down", "turn down"), as stems. "go", "come",
/// "break", "bring", "take" and "shut" are not among them: "went down", "broke down", "took
/// the site down" are outages (and "shut down" is a phrase of its own).
const DOWN_PARTICLE_VERBS: [&str; 40] = [
    "lock", "step", "write", "wrote", "written", "jot", "note", "cut", "turn", "put", "set",
    "settle", "calm", "wind", "wound", "tone", "water", "scale", "pare", "hand", "pass", "narrow",
    "track", "hunt", "nail", "pin", "tie", "hold", "held", "mark", "sit", "sat", "back", "count",
    "trim", "strip", "thin", "cool", "dumb", "bog",
];

/// Words that, between a verb and "down", say the verb is not the one "down" belongs to ("we
/// locked it and it is down"): verbs of being, subordinators and conjunctions.
const NOT_AN_OBJECT: [&str; 22] = [
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "it's",
    "has",
    "have",
    "had",
    "still",
    "now",
    "went",
    "goes",
    "and",
    "but",
    "or",
    "then",
    "so",
    "completely",
    "totally",
];

/// Whether the word `w` is a form of one of [`DOWN_PARTICLE_VERBS`] ("locked", "steps",
/// "cutting", "settled", "noting").
fn down_particle_verb(w: &str) -> bool {
    let known = |s: &str| DOWN_PARTICLE_VERBS.contains(&s);
    fn undouble(s: &str) -> Option<&str> {
        let b = s.as_bytes();
        (b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2]).then(|| &s[..s.len() - 1])
    }
    if known(w) {
        return true;
    }
    for suffix in ["ing", "ed", "es", "s", "d"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if known(stem) || undouble(stem).is_some_and(known) {
                return true;
            }
            if suffix == "ing" && known(&format!("{stem}e")) {
                return true;
            }
        }
    }
    false
}

/// Whether the "down" at `start` is the particle of a phrasal verb of
/// [`DOWN_PARTICLE_VERBS`], right after it or after up to three words of its object in the
/// same clause ("locked down", "write it down", "locked the SharePoint site down").
fn phrasal_down(hay: &str, start: usize) -> bool {
    let before = &hay[..start];
    let clause = &before[before
        .rfind([',', ';', '.', ':', '!', '?', '\n', '(', ')', '"'])
        .map_or(0, |i| i + 1)..];
    for (i, w) in clause.split_whitespace().rev().take(4).enumerate() {
        if down_particle_verb(w) {
            return true;
        }
        if i == 3 || NOT_AN_OBJECT.contains(&w) {
            break;
        }
    }
    false
}

/// English words that make what follows them within a few words a wish or a purpose ("want
/// it locked", "would like them blocked", "so that it stops").
const WISH_WORDS: [&str; 8] = [
    "want", "wants", "wanted", "like", "ideally", "that", "case", "lest",
];

/// Words after which a wish word is no wish for the state ("users want to know why it is
/// down"): verbs of being and subordinators open another clause; a wish to stop or avoid it
/// ("want it to stop crashing") says the state is there.
const WISH_BREAKS: [&str; 22] = [
    "is", "are", "was", "were", "it's", "has", "have", "had", "keeps", "why", "because", "since",
    "when", "if", "after", "went", "but", "know", "stop", "keep", "getting", "avoid",
];

/// What may follow a Japanese state and its inflection and "ように" to make it a goal being
/// set ("ロックされるようにしたい", "表示されないように設定", "…ようにするには"). "ようになりました"
/// (it started to) is not among them: that is the fault beginning.
const JA_GOAL_TAILS: [&str; 10] = [
    "したい",
    "して",
    "する",
    "し",
    "設定",
    "構成",
    "でき",
    "なるには",
    "なる設定",
    "変更",
];

/// What, after a Japanese state and "ないか" (whether it might), says it is feared or weighed
/// rather than seen ("消えてしまわないか心配", "使えないか検討中").
const JA_WORRY_TAILS: [&str; 6] = ["心配", "不安", "気にな", "検討", "考え", "懸念"];

/// Openings that make the rest of their clause the writer's apology about their own words
/// ("Sorry if I've got the wrong end of the stick", "Apologies if I'm using the wrong words"):
/// what reads as a fault there is the writer's, not the service's.
const APOLOGY_OPENERS: [&str; 7] = [
    "sorry if ",
    "apologies if ",
    "apologise if ",
    "apologize if ",
    "forgive me if ",
    "sorry in advance if ",
    "excuse me if ",
];

/// Whether the phrase at `start` stands in a sentence after an apology of
/// [`APOLOGY_OPENERS`] (round 33).
fn apologised(hay: &str, start: usize) -> bool {
    let before = &hay[..start];
    let sentence = &before[before
        .rfind(['.', '!', '?', '\n', ';', '('])
        .map_or(0, |i| i + 1)..];
    APOLOGY_OPENERS.iter().any(|a| sentence.contains(a))
}

/// Whether the state phrase at `span` is said as a wish or a purpose: in English after
/// "want", "would like", "ideally" or "so that" within three words of its clause ("want it
/// locked down", "so that it stops syncing"); in Japanese when its inflection is followed by
/// "ように" and a verb of setting or wishing ("ロックされるようにしたい"), or by "ないか" and a
/// word of worry or weighing ([`JA_WORRY_TAILS`]); in English also after "in case" (round 33).
fn wished(hay: &str, span: Span) -> bool {
    let rest = &hay[span.1..];
    if !hay.as_bytes()[span.0].is_ascii() {
        // "消えてしまわないか心配です", "使えないか検討中です": whether it might happen,
        // worried over or weighed, is not what has happened.
        let run: usize = rest
            .chars()
            .take_while(|&c| is_hiragana(c))
            .take(6)
            .map(char::len_utf8)
            .sum();
        if hay[span.0..span.1 + run].ends_with("ないか")
            && JA_WORRY_TAILS.iter().any(|t| rest[run..].starts_with(t))
        {
            return true;
        }
        let kana: usize = rest
            .chars()
            .take_while(|&c| is_hiragana(c) && c != 'よ')
            .take(4)
            .map(char::len_utf8)
            .sum();
        if rest[kana..]
            .strip_prefix("ように")
            .is_some_and(|tail| JA_GOAL_TAILS.iter().any(|t| tail.starts_with(t)))
        {
            return true;
        }
        // "ゲストを招待できないチームを作りたい": the state describes the thing the writer
        // wants made, a relative clause before its noun (round 34).
        let after = &rest[run..];
        let noun: usize = after
            .chars()
            .take_while(|&c| is_kanji_or_katakana(c) || c.is_ascii_alphanumeric() || c == 'ー')
            .take(12)
            .map(char::len_utf8)
            .sum();
        return noun > 0
            && ["を", "に", "が"]
                .iter()
                .find_map(|p| after[noun..].strip_prefix(p))
                .is_some_and(|tail| JA_MAKE_TAILS.iter().any(|t| tail.starts_with(t)));
    }
    let before = &hay[..span.0];
    let clause = &before[before
        .rfind([',', ';', '.', ':', '!', '?', '\n', '(', ')'])
        .map_or(0, |i| i + 1)..];
    let words: Vec<&str> = clause.split_whitespace().rev().take(4).collect();
    for (i, w) in words.iter().enumerate() {
        if WISH_BREAKS.contains(w) {
            return false;
        }
        let wish = match *w {
            "that" if words.get(i + 1) == Some(&"so") => true,
            // "in case it goes down": a fear of what may happen, not what has.
            "case" => words.get(i + 1) == Some(&"in"),
            "like" => words
                .get(i + 1)
                .is_some_and(|p| *p == "would" || p.ends_with("'d")),
            // "want to create a team that guests can't join": the state describes the
            // thing the writer wants made, a relative clause (round 34).
            "that" | "which" | "where" => {
                let head = &clause[..clause
                    .len()
                    .saturating_sub(words[..=i].iter().map(|w| w.len() + 1).sum::<usize>())];
                MAKE_WISHES.iter().any(|m| head.contains(m))
            }
            w => WISH_WORDS.contains(&w),
        };
        if wish {
            return true;
        }
    }
    false
}

/// Whether "at all" follows a negated action within its clause and four words ("can't open
/// Teams at all", "can't get in at all since Tuesday").
fn at_all_after(hay: &str, end: usize) -> bool {
    let rest = &hay[end..];
    let clause = &rest[..rest
        .find([',', ';', '.', ':', '!', '?', '\n', '(', ')', '-'])
        .unwrap_or(rest.len())];
    let words: Vec<&str> = clause.split_whitespace().take(6).collect();
    words.windows(2).any(|w| w == ["at", "all"])
}

/// What may follow a Japanese state, its inflection, a noun and its particle to make the
/// state a property of the thing the writer wants made ("招待できないチームを作りたい").
const JA_MAKE_TAILS: [&str; 13] = [
    "作りたい",
    "作成したい",
    "作りたく",
    "作成したく",
    "つくりたい",
    "作る方法",
    "作成する方法",
    "作れます",
    "作成でき",
    "用意したい",
    "設定したい",
    "構成したい",
    "したい",
];

/// A wish to make something, before a relative clause that says what it must not do ("want
/// to create a team that guests can't join").
const MAKE_WISHES: [&str; 10] = [
    "want to create",
    "wants to create",
    "want to set up",
    "wants to set up",
    "want to make",
    "like to create",
    "like to set up",
    "need to create",
    "want a ",
    "wants a ",
];

/// Labels that open a sentence listing what the admin already tried ("Steps tried: …",
/// "実施済み対応：…").
const STEPS_TRIED: [&str; 12] = [
    "steps tried",
    "steps taken",
    "tried so far",
    "already tried",
    "troubleshooting done",
    "troubleshooting",
    "actions taken",
    "we tried",
    "実施済み",
    "試したこと",
    "対応済み",
    "切り分け",
];

/// Whether `at` lies in a sentence that lists what the admin already tried ("Steps tried:
/// cache clear, new PC for one agent"): whoever a step was tried on is a test, not who is
/// affected.
fn in_steps_tried(hay: &str, at: usize) -> bool {
    let (from, _) = window(hay, (at, at), NAME_WINDOW);
    let before = &hay[from..at];
    let start = [". ", "。", "\n", "! ", "? "]
        .iter()
        .filter_map(|b| before.rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    let sentence = before[start..].trim_start();
    STEPS_TRIED.iter().any(|l| sentence.starts_with(l))
}

/// Whether `rest`, what follows a quantity, makes it a number of attempts ("several times",
/// "複数回"): tries, not people.
fn counts_attempts(rest: &str) -> bool {
    let rest = rest.trim_start();
    // "回" alone, not the first kanji of a word ("回答", "回線", "回復").
    rest.starts_with("times")
        || rest
            .strip_prefix('回')
            .is_some_and(|r| !r.chars().next().is_some_and(is_kanji_or_katakana))
}

/// Words before a condition that say what works under it ("shows up when he joins from the
/// web", "works fine if she uses the browser").
const WORKS_BEFORE_CONDITION: [&str; 10] = [
    "up", "works", "work", "appears", "appear", "fine", "ok", "okay", "loads", "normally",
];

/// The end of the condition's clause when the condition at `span`'s subject ("when he joins
/// from the web") follows what works under it ("shows up", "works fine"): the way round.
fn works_under_condition(hay: &str, span: Span) -> Option<usize> {
    let cond = word_before(hay, span.0);
    let cond_at = hay[..span.0].trim_end().len() - cond.len();
    if !WORKS_BEFORE_CONDITION.contains(&word_before(hay, cond_at)) {
        return None;
    }
    let (_, to) = window(hay, span, NAME_WINDOW);
    let rest = &hay[span.1..to];
    let end = rest
        .find([',', ';', '.', '!', '?', '\n'])
        .unwrap_or(rest.len());
    let clause = &rest[..end];
    [" from ", " in ", " on ", " via ", " using ", " through "]
        .iter()
        .any(|p| clause.contains(p))
        .then_some(span.1 + end)
}

/// Words that, right before someone affected, make what follows the condition of the fault
/// ("whenever she opens", "every time he saves", "if they upload").
const CONDITIONS: [&str; 6] = ["whenever", "when", "if", "once", "time", "soon"];

/// Whether the subject at `at` follows a word of [`CONDITIONS`] ("crashes whenever she
/// opens it", "every time he saves", "as soon as they sign in").
fn after_a_condition(hay: &str, at: usize) -> bool {
    CONDITIONS.contains(&word_before(hay, at))
}
