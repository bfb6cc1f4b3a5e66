//! Finding the table's phrases in normalised text, with their negations and counts.
//!
//! The phrase table is compiled ahead of time into `compiled.rs` (generated from
//! `phrases.rs` by [`generate`], kept current by a test): every phrase normalised, merged
//! with its duplicates, and sorted into buckets by pass and, for phrases of eight bytes or
//! more, their first eight bytes, for shorter ones their first two characters. A scan
//! probes, left to right, the bucket of each position where a phrase may start and takes the
//! longest phrase there that is a whole word where it stands (leftmost-longest; a longer
//! phrase that is not a whole word does not hide a shorter one that is), so a process builds
//! nothing before classifying and the work is linear in the length of the text. Negation cues, counts and group nouns are
//! checked in a bounded window around each hit.

use super::compiled;
use super::phrases::{
    EN_CLAUSE_DENIALS, EN_DENIED_STATES, EN_EXCEPTIONS, EN_FAILURE_WORDS, EN_FILLERS_AFTER,
    EN_FILLERS_BEFORE, EN_NOT_QUALIFIERS, EN_QUALIFIED_SUBJECT_NOUNS, EN_WORKAROUND_FILLERS_BEFORE,
    Fx, JA_CONDITIONALS, JA_DENIAL_REACH, JA_DENIALS, JA_EXCEPTIONS, JA_FAILURE_WORDS, JA_FILLERS,
    JA_PARTICLES, JA_WORKING_WORDS, NegKind, PRODUCT_WORDS,
};

pub use super::phrases::Entry;

impl Entry {
    /// The phrase after normalisation.
    pub fn text(&self) -> &'static str {
        let (at, len) = (self.text.0 as usize, usize::from(self.text.1));
        &compiled::TEXT[at..at + len]
    }

    /// The phrase's effects.
    pub fn fx(&self) -> &'static [Fx] {
        let (start, len) = (usize::from(self.fx.0), usize::from(self.fx.1));
        &compiled::FX[start..start + len]
    }
}

/// The dimensions of the table (facts, category, service, scope), in scan order. Each is
/// searched in its own pass so that a phrase of one dimension never hides a phrase of
/// another ("a mailbox" is a quantity and still names Exchange Online).
pub const PASSES: usize = 4;
/// The pass of the service phrases; the scope phrases' is the next and last.
pub const SERVICE_PASS: usize = 2;

/// The bucket key of a phrase starting with `c0` then `c1` (`None` for a one-character
/// phrase) in pass `pass`.
pub(super) fn bucket_key(pass: usize, c0: char, c1: Option<char>) -> u64 {
    ((pass as u64) << 42) | (u64::from(c0) << 21) | c1.map_or(0, |c| u64::from(c) + 1)
}

/// The phrase table's entry `id` (as in [`Hit::id`]).
pub fn entry(id: usize) -> &'static Entry {
    &compiled::ENTRIES[id]
}

/// The longest phrase of `pass` that `rest` starts with: its entry id.
fn longest_at(pass: usize, rest: &str) -> Option<usize> {
    longest_where(pass, rest, |_| true)
}

/// The longest phrase of `pass` that `rest` starts with and that `whole` accepts (a whole
/// word there): its entry id. A longer phrase that is not a whole word where it stands
/// ("all users at" in "all users attempting") does not hide a shorter one that is.
#[inline(never)]
fn longest_whole_at(pass: usize, rest: &str, whole: impl Fn(&Entry) -> bool) -> Option<usize> {
    longest_where(pass, rest, whole)
}

#[inline(always)]
fn longest_where(pass: usize, rest: &str, whole: impl Fn(&Entry) -> bool) -> Option<usize> {
    let mut chars = rest.chars();
    let c0 = chars.next()?;
    let head = prefix_of(rest.as_bytes());
    let probe = |(start, end): (u32, u32)| {
        // Longest first within a bucket; the first eight bytes are compared as one word.
        (start as usize..end as usize).find(|&id| {
            let e = &compiled::ENTRIES[id];
            head & e.prefix.1 == e.prefix.0 && rest.starts_with(e.text()) && whole(e)
        })
    };
    // Phrases of eight bytes or more first (all longer than the rest), by their first eight
    // bytes; then the shorter ones by their first two characters, then by their one.
    (rest.len() >= LONG)
        .then(|| long_bucket(pass, head))
        .flatten()
        .and_then(probe)
        .or_else(|| {
            chars
                .next()
                .and_then(|c1| bucket(bucket_key(pass, c0, Some(c1))))
                .and_then(probe)
        })
        .or_else(|| bucket(bucket_key(pass, c0, None)).and_then(probe))
}

/// The length in bytes from which a phrase is filed under its first eight bytes rather than
/// its first two characters, so a position probes only the phrases that share them.
pub(super) const LONG: usize = 8;

/// The home slot of a long phrase's first eight bytes `head` in pass `pass`, in an
/// open-addressing table of `mask + 1` slots.
pub(super) fn long_slot(pass: usize, head: u64, mask: usize) -> usize {
    slot(
        head ^ (pass as u64).wrapping_mul(0xc2b2_ae3d_27d4_eb4f),
        mask,
    )
}

/// The entry range of the phrases of `pass` that are [`LONG`] bytes or more and start with
/// the eight bytes `head`, if there are any ([`compiled::LONG_SLOTS`]; an empty slot has an
/// empty range).
fn long_bucket(pass: usize, head: u64) -> Option<(u32, u32)> {
    let slots = &compiled::LONG_SLOTS;
    let mask = slots.len() - 1;
    let mut i = long_slot(pass, head, mask);
    loop {
        let (k, p, start, end) = slots[i];
        if end == 0 {
            return None;
        }
        if k == head && p as usize == pass {
            return Some((start, end));
        }
        i = (i + 1) & mask;
    }
}

/// Up to eight bytes of text as one little-endian word, zero-padded.
pub(super) fn prefix_of(bytes: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    let n = bytes.len().min(8);
    b[..n].copy_from_slice(&bytes[..n]);
    u64::from_le_bytes(b)
}

/// A phrase's (prefix, mask): the mask covers the bytes the phrase has (computed when the
/// table is compiled).
#[cfg(test)]
pub(super) fn prefix_and_mask(text: &str) -> (u64, u64) {
    let n = text.len().min(8);
    let mask = if n == 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    };
    (prefix_of(text.as_bytes()) & mask, mask)
}

/// An empty slot of [`compiled::SLOTS`] (no bucket key has every bit set: keys use 48 bits).
pub(super) const EMPTY: u64 = u64::MAX;

/// The home slot of a bucket key in an open-addressing table of `mask + 1` slots.
pub(super) fn slot(key: u64, mask: usize) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & mask
}

/// The entry range of the bucket `key`, if there is one: the buckets sit in an
/// open-addressing hash table built ahead of time ([`compiled::SLOTS`]), so a position where
/// no phrase starts (most of them) costs one probe and the process builds nothing.
fn bucket(key: u64) -> Option<(u32, u32)> {
    let slots = &compiled::SLOTS;
    let mask = slots.len() - 1;
    let mut i = slot(key, mask);
    loop {
        let (k, start, end) = slots[i];
        if k == key {
            return Some((start, end));
        }
        if k == EMPTY {
            return None;
        }
        i = (i + 1) & mask;
    }
}

/// Negation cues, tails, units and group nouns, as compiled (normalised) word lists.
pub struct Lexicon {
    en_negators: &'static [&'static [&'static [&'static str]]; KINDS.len()],
    en_modals: &'static [&'static [&'static str]],
    en_negative_subjects: &'static [&'static [&'static str]],
    en_tails: &'static [&'static [&'static [&'static str]]; KINDS.len()],
    ja_tails: &'static [&'static [&'static str]; KINDS.len()],
    count_units: &'static [&'static str],
    group_nouns: &'static [&'static str],
}

/// The compiled cue lists.
pub static LEXICON: Lexicon = Lexicon {
    en_negators: &compiled::EN_NEGATORS,
    en_modals: compiled::EN_MODALS,
    en_negative_subjects: compiled::EN_NEGATIVE_SUBJECTS,
    en_tails: &compiled::EN_TAILS,
    ja_tails: &compiled::JA_TAILS,
    count_units: compiled::COUNT_UNITS,
    group_nouns: compiled::GROUP_NOUNS,
};

/// A phrase found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// The pass (dimension) that found it.
    pub pass: usize,
    /// The phrase: an index for [`entry`].
    pub id: usize,
    /// Where the phrase starts in the normalised text.
    pub at: usize,
    /// Whether a negation cue applies to it.
    pub negated: bool,
    /// Byte range of the phrase with its negation cue, in the normalised text.
    pub span: (usize, usize),
}

/// The kinds of negation, in the order of the compiled per-kind lists.
pub const KINDS: [NegKind; 8] = [
    NegKind::State,
    NegKind::Ability,
    NegKind::Work,
    NegKind::Quantity,
    NegKind::Workaround,
    NegKind::Critical,
    NegKind::Scope,
    NegKind::Category,
];

/// Whether `c` is a katakana letter or the long-vowel mark "ー": katakana run on into one
/// word as ASCII letters do, with no space between ("クレジット" is one word).
pub(super) fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | '\u{30FC}')
}

/// Whether a phrase must start on a word boundary: when its first character is an ASCII
/// letter or digit, or when it is a katakana word (see [`fits`]).
#[cfg(test)] // read when compiling the table
pub(super) fn bounded_start(phrase: &str) -> bool {
    phrase.starts_with(|c: char| c.is_ascii_alphanumeric()) || phrase.chars().all(is_katakana)
}

/// Whether a phrase must end on a word boundary: when its last character is an ASCII letter
/// or digit, or when it is a katakana word (see [`fits`]).
#[cfg(test)] // read when compiling the table
pub(super) fn bounded_end(phrase: &str) -> bool {
    phrase.ends_with(|c: char| c.is_ascii_alphanumeric()) || phrase.chars().all(is_katakana)
}

/// "no federated user", "no remote staff": "no", one word that says which, and a person or
/// account ([`EN_QUALIFIED_SUBJECT_NOUNS`]) ending `toks`; the start of "no" when it is.
fn qualified_negative_subject(toks: &[(usize, &str)]) -> Option<usize> {
    let [.., (at, no), (_, which), (_, noun)] = toks else {
        return None;
    };
    (*no == "no"
        && EN_QUALIFIED_SUBJECT_NOUNS.contains(noun)
        && !EN_NOT_QUALIFIERS.contains(which)
        && which.bytes().all(|b| b.is_ascii_alphabetic()))
    .then_some(*at)
}

/// Whether `a` followed by `b` is inside one word: two ASCII letters or digits, or two
/// katakana.
pub(super) fn runs_on(a: char, b: char) -> bool {
    (a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric()) || (is_katakana(a) && is_katakana(b))
}

/// Whether phrase `e` is a whole word where it stands in `hay`, from `at`: an English phrase
/// starts and ends on word boundaries (as its flags say); a katakana word is not strictly
/// inside a longer one ("レジ", a cash register, is not in "クレジット"), though it may begin
/// or end a compound, as katakana words are written together ("ポータルサイト", "メールフロー").
pub(super) fn fits(e: &Entry, hay: &str, at: usize) -> bool {
    let t = e.text();
    let first = t.chars().next();
    let inside_start = e.word_start
        && hay[..at]
            .chars()
            .next_back()
            .zip(first)
            .is_some_and(|(a, b)| runs_on(a, b));
    let inside_end = e.word_end
        && t.chars()
            .next_back()
            .zip(hay[at + t.len()..].chars().next())
            .is_some_and(|(a, b)| runs_on(a, b));
    if first.is_some_and(is_katakana) {
        !(inside_start && inside_end)
    } else {
        !inside_start && !inside_end
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'\'' || b == b'&'
}

/// Whether byte `i` of `bytes` is part of a word, a thousands separator or a dot inside a
/// name included ("none of our 1,200 mailboxes", "an @fabrikam.com UPN").
fn word_byte_at(bytes: &[u8], i: usize) -> bool {
    is_word_byte(bytes[i])
        || (bytes[i] == b','
            && i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
        || (bytes[i] == b'.'
            && i > 0
            && bytes[i - 1].is_ascii_alphanumeric()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric))
}

impl Lexicon {
    /// Calls `f` for every phrase found in `hay` (normalised text), pass by pass, each pass
    /// left to right.
    pub fn scan(&self, hay: &str, f: impl FnMut(Hit)) {
        self.scan_passes(0..PASSES, hay, f);
    }

    /// As [`Lexicon::scan`], for the passes in `passes` only (each pass is independent of
    /// the others: a phrase of one never hides a phrase of another).
    pub fn scan_passes(&self, passes: std::ops::Range<usize>, hay: &str, mut f: impl FnMut(Hit)) {
        for pass in passes {
            self.scan_pass(pass, hay, &mut f);
        }
    }

    fn scan_pass(&self, pass: usize, hay: &str, f: &mut impl FnMut(Hit)) {
        let bytes = hay.as_bytes();
        let mut pos = 0;
        while pos < hay.len() {
            let next = pos + hay[pos..].chars().next().map_or(1, char::len_utf8);
            // Inside an English word no phrase can start: every phrase that begins with a
            // letter or digit must begin a word.
            if pos > 0
                && bytes[pos - 1].is_ascii_alphanumeric()
                && bytes[pos].is_ascii_alphanumeric()
            {
                pos = next;
                continue;
            }
            // The longest phrase here that is a whole word where it stands; when none is,
            // look again from the next character.
            let whole = |e: &Entry| fits(e, hay, pos);
            // The longest phrase first; only when it is not a whole word, the shorter ones.
            let Some(id) = longest_at(pass, &hay[pos..]).and_then(|id| {
                if whole(entry(id)) {
                    Some(id)
                } else {
                    longest_whole_at(pass, &hay[pos..], whole)
                }
            }) else {
                pos = next;
                continue;
            };
            let e = entry(id);
            let (start, end) = (pos, pos + e.text().len());
            let mut hit = Hit {
                pass,
                id,
                at: start,
                negated: false,
                span: (start, end),
            };
            if let Some(kind) = e.neg {
                // A phrase that opens with a contrast ("but can", "but it works") turns from
                // what came before: a denial there ("She can't open Outlook but can still
                // read mail") is the other side of the contrast, not a denial of the phrase
                // (round 35).
                let before = if e.text().starts_with("but ") {
                    None
                } else {
                    self.negated_before(hay, start, kind)
                };
                let after = self
                    .negated_after_en(hay, end, kind)
                    .or_else(|| self.negated_after_ja(hay, end, kind));
                if before.is_some() || after.is_some() {
                    hit.negated = true;
                    hit.span = (before.unwrap_or(start), after.unwrap_or(end));
                } else if kind == NegKind::Quantity
                    && let Some(span) = excepted(hay, start, end)
                {
                    // "Everyone can send mail except one user": those said to work are not
                    // the people affected; the exception is.
                    hit.negated = true;
                    hit.span = span;
                }
            }
            f(hit);
            pos = end;
        }
    }

    /// Start of an English negator before `start` ("not all users", "no one can join").
    fn negated_before(&self, hay: &str, start: usize, kind: NegKind) -> Option<usize> {
        let bytes = hay.as_bytes();
        let mut buf: [(usize, &str); 16] = [(0, ""); 16];
        let mut len = 0;
        let mut i = start;
        while len < buf.len() {
            // Spaces, slashes and brackets stand between words ("no user with an @x.com UPN
            // (all 1,100) can sign in").
            while i > 0 && matches!(bytes[i - 1], b' ' | b'/' | b'(' | b')' | b'@') {
                i -= 1;
            }
            if i == 0 || !word_byte_at(bytes, i - 1) {
                break;
            }
            let end = i;
            while i > 0 && word_byte_at(bytes, i - 1) {
                i -= 1;
            }
            // A quotation mark is not part of the word ("'cannot connect to server'").
            let word = hay[i..end].trim_start_matches('\'');
            buf[len] = (end - word.len(), word);
            len += 1;
        }
        if len == 0 {
            return None;
        }
        let toks = &mut buf[..len];
        toks.reverse();
        let toks = &*toks;
        let negs = self.en_negators[kind as usize];
        let mut n = toks.len();
        let mut coordinated = false;
        let mut through_state = false;
        while n > 0 {
            let window = &toks[..n];
            for neg in negs {
                let k = neg.len();
                if k <= n && window[n - k..].iter().zip(*neg).all(|((_, w), x)| w == x) {
                    // "Why can't anyone in the company open it?": an inability before the
                    // people asks why nobody can, it does not deny how many they are.
                    if kind == NegKind::Quantity
                        && matches!(
                            window[n - k..],
                            [(_, "can't" | "cant" | "cannot" | "couldn't" | "won't")]
                        )
                    {
                        return None;
                    }
                    if matches!(kind, NegKind::Ability | NegKind::Work)
                        && (purpose(&toks[..n - k]) || denied(&toks[..n - k]))
                    {
                        return None;
                    }
                    return Some(window[n - k].0);
                }
            }
            let w = window[n - 1].1;
            // "no one can IM *or* join", "can't send *or* receive": a second action
            // coordinated with the first after the same modal is negated with it.
            if matches!(kind, NegKind::Ability | NegKind::Work)
                && !coordinated
                && n >= 3
                && matches!(w, "or" | "and" | "nor")
                && MODAL_ENDS.contains(&window[n - 3].1)
            {
                n -= 2;
                coordinated = true;
                continue;
            }
            // "isn't down for everyone": a state denied for a quantity denies the quantity.
            if kind == NegKind::Quantity
                && !through_state
                && EN_DENIED_STATES.contains(&w)
                && toks.get(n).is_some_and(|t| t.1 == "for")
            {
                n -= 1;
                through_state = true;
                continue;
            }
            if EN_FILLERS_BEFORE.contains(&w)
                || (kind == NegKind::Workaround && EN_WORKAROUND_FILLERS_BEFORE.contains(&w))
            {
                n -= 1;
            } else {
                break;
            }
        }
        if matches!(kind, NegKind::State | NegKind::Quantity | NegKind::Critical)
            && let Some(at) = clause_denial(toks)
        {
            return Some(at);
        }
        if kind == NegKind::Critical
            && let Some(at) = stake_denied(toks)
        {
            return Some(at);
        }
        if matches!(kind, NegKind::Ability | NegKind::Work) {
            let toks = if coordinated { &toks[..n] } else { toks };
            return self
                .negative_subject(toks)
                .or_else(|| self.negative_subject_of_present(hay, start, toks))
                .filter(|at| {
                    let before = &toks[..toks.iter().take_while(|t| t.0 < *at).count()];
                    !purpose(before) || opens_with_so(hay, before)
                });
        }
        if kind == NegKind::Workaround {
            // "Nobody can connect to Outlook or OWA": the alternative is itself what fails.
            return self.negative_subject(&toks[..n]);
        }
        None
    }

    /// "No one in the company can join": a negative subject, then a modal right before the
    /// action, with anything but a clause break between them.
    fn negative_subject(&self, toks: &[(usize, &str)]) -> Option<usize> {
        let ends_with = |n: usize, seq: &[&str]| {
            seq.len() <= n
                && toks[n - seq.len()..n]
                    .iter()
                    .zip(seq)
                    .all(|((_, w), x)| w == x)
        };
        let modal = self.en_modals.iter().find(|m| ends_with(toks.len(), m))?;
        let before = toks.len() - modal.len();
        (1..=before).rev().find_map(|n| {
            self.en_negative_subjects
                .iter()
                .find(|s| ends_with(n, s))
                .map(|s| toks[n - s.len()].0)
                .or_else(|| qualified_negative_subject(&toks[..n]))
        })
    }

    /// "Nobody at fabrikam.com gets mail": a negative subject, a few words that say whose it
    /// is, then the action in the present tense (a word ending in "s" at `start`), with no
    /// modal between. The subject ends at most [`PRESENT_SUBJECT_REACH`] words back.
    fn negative_subject_of_present(
        &self,
        hay: &str,
        start: usize,
        toks: &[(usize, &str)],
    ) -> Option<usize> {
        let verb = hay[start..]
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        // "gets", "receives" agree with a singular subject; a plural one ("none of our 1,200
        // mailboxes receive") takes the verb as it is.
        let singular = verb.len() >= 4 && verb.ends_with('s') && !verb.ends_with("ss");
        if verb.len() < 3 {
            return None;
        }
        let from = toks.len().saturating_sub(PRESENT_SUBJECT_REACH);
        // The subject ends at most that many words back; it may be longer itself ("not a
        // single PC in the Line 4 area works").
        (from.max(1)..=toks.len()).rev().find_map(|n| {
            self.en_negative_subjects.iter().find_map(|s| {
                (s.len() <= n
                    && (singular || PLURAL_NEGATIVE_SUBJECTS.contains(s))
                    && toks[n - s.len()..n]
                        .iter()
                        .zip(*s)
                        .all(|((_, w), x)| w == x))
                .then(|| toks[n - s.len()].0)
            })
        })
    }

    /// End of an English negating tail after `end` ("production is not affected").
    fn negated_after_en(&self, hay: &str, end: usize, kind: NegKind) -> Option<usize> {
        // "the web app won't load chats for her either": an alternative said to fail too,
        // anywhere in its clause.
        if kind == NegKind::Workaround {
            let rest = &hay[end..];
            let clause = &rest[..rest
                .find(['.', ',', ';', '!', '?', '(', '\n'])
                .unwrap_or(rest.len())];
            if let Some(i) = clause.find(" either")
                && !clause
                    .as_bytes()
                    .get(i + 7)
                    .is_some_and(u8::is_ascii_alphanumeric)
            {
                return Some(end + i + 7);
            }
            // "web version too", "tried OWA and the mobile app as well, same error": an
            // alternative named with "too" or "as well" and nothing in its clause that says
            // it works is one more place where the fault shows.
            if let Some(to) = fails_too(&hay[..end], clause) {
                return Some(end + to);
            }
        }
        let tails = self.en_tails[kind as usize];
        if tails.is_empty() {
            return None;
        }
        let bytes = hay.as_bytes();
        let mut buf: [(usize, &str); 10] = [(0, ""); 10];
        let mut len = 0;
        let mut i = end;
        while len < buf.len() && i < bytes.len() {
            while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b'/') {
                i += 1;
            }
            if i >= bytes.len() {
                break;
            }
            if bytes[i] == b'?' {
                buf[len] = (i + 1, "?");
                len += 1;
                break;
            }
            if !is_word_byte(bytes[i]) {
                break;
            }
            let s = i;
            while i < bytes.len() && is_word_byte(bytes[i]) {
                i += 1;
            }
            buf[len] = (i, &hay[s..i]);
            len += 1;
        }
        let toks = &buf[..len];
        let mut at = 0;
        while at < toks.len() {
            for tail in tails {
                let k = tail.len();
                if at + k <= toks.len()
                    && toks[at..at + k].iter().zip(*tail).all(|((_, w), x)| w == x)
                {
                    return Some(toks[at + k - 1].0);
                }
            }
            if EN_FILLERS_AFTER.contains(&toks[at].1) {
                at += 1;
            } else {
                break;
            }
        }
        None
    }

    /// End of a Japanese negation after `end` ("全員ではない", "回避策は今のところありません").
    fn negated_after_ja(&self, hay: &str, end: usize, kind: NegKind) -> Option<usize> {
        if kind == NegKind::Critical
            && let Some(to) = ja_stake_denied(&hay[end..])
        {
            return Some(end + to);
        }
        match ja_denial_after(&hay[end..]) {
            // "回避策がないわけではありません", "アクセスできないわけではない": a negation
            // denied is no negation.
            Some(Denial::OfNegation) => return None,
            Some(Denial::Of(to)) if !matches!(kind, NegKind::Ability | NegKind::Work) => {
                return Some(end + to);
            }
            _ => {}
        }
        let tails = self.ja_tails[kind as usize];
        // "Web版でもチャット画面が真っ白で使えません", "Web版からもアップロードがエラーに
        // なります", "OWAで試しても同じ": an alternative that fails too ("〜でも", "〜からも",
        // "〜も", "〜で試しても" and a failure in the same sentence).
        // The alternative's name may run on ("スマホ" in "スマホアプリからも").
        let run_on = hay[end..]
            .char_indices()
            .take(8)
            .find(|(_, c)| !(c.is_ascii_alphanumeric() || ('\u{30a0}'..='\u{30ff}').contains(c)))
            .map_or(0, |(i, _)| i);
        // "Web版への直接アップロードも試しましたが、50MBを超えるファイルは失敗します": an
        // alternative said to have been tried, a few words on, and a failure after it in the
        // same sentence is one more place where the fault shows.
        let tried = || {
            let head = &hay[end..];
            let near = head
                .char_indices()
                .take_while(|(i, c)| *i < 60 && !matches!(c, '。' | '、' | '\n'))
                .last()
                .map_or(0, |(i, c)| i + c.len_utf8());
            JA_TRIED
                .iter()
                .find_map(|t| head[..near].find(t).map(|i| i + t.len()))
                .map(|to| (to, &head[to..]))
        };
        if kind == NegKind::Workaround
            && let Some((also, rest)) = JA_ALSO
                .iter()
                .find_map(|p| {
                    hay[end + run_on..]
                        .strip_prefix(p)
                        .map(|r| (run_on + p.len(), r))
                })
                .or_else(tried)
        {
            let sentence = &rest[..rest.find(['。', '\n', '!', '?']).unwrap_or(rest.len())];
            let fails = [
                "ません",
                "ない",
                "できず",
                "真っ白",
                // "エラー" as normalised: a word-final "ー" is dropped.
                "エラ",
                "失敗",
                "同じ",
                "同様",
            ]
            .iter()
            .any(|w| sentence.contains(w));
            let fine = JA_WORKS.iter().any(|w| sentence.contains(w));
            if fails && !fine {
                return Some(end + also + sentence.len());
            }
        }
        // "OWAでもOutlookでも〜ません": an alternative named with the failing client is where
        // the fault shows too.
        if kind == NegKind::Workaround
            && let Some(rest) = hay[end..].strip_prefix("でも")
        {
            let clause = rest.split(['、', '。', ',']).next().unwrap_or("");
            if let Some(i) = clause.find("でも")
                && clause[..i].chars().count() <= 12
            {
                return Some(end + "でも".len() + i + "でも".len());
            }
        }
        let mut i = end;
        for _ in 0..4 {
            let rest = &hay[i..];
            let rest = rest.strip_prefix(' ').unwrap_or(rest);
            let skipped = hay.len() - i - rest.len();
            if let Some(t) = tails.iter().find(|t| rest.starts_with(**t)) {
                let after = &rest[t.len()..];
                if kind == NegKind::Scope && JA_CONDITIONALS.iter().any(|c| after.starts_with(c)) {
                    return None;
                }
                // "佐藤さん以外は全員問題なく受信できています": the others said to work, the
                // one excepted is who is affected.
                if kind == NegKind::Quantity && *t == "以外" && said_to_work_ja(after) {
                    return None;
                }
                return Some(i + skipped + t.len());
            }
            let step = JA_PARTICLES
                .iter()
                .chain(JA_FILLERS)
                .find(|p| rest.starts_with(**p))
                .map(|p| p.len());
            match step {
                Some(n) => i += skipped + n,
                None => break,
            }
        }
        None
    }

    /// If a unit follows the number ending at `end` ("300 users", "50名"), the end of the unit.
    pub fn count_unit_after(&self, hay: &str, end: usize) -> Option<usize> {
        let unit_at = |i: usize| -> Option<usize> {
            let rest = &hay[i..];
            let first = *rest.as_bytes().first()?;
            self.count_units.iter().find_map(|u| {
                if u.as_bytes()[0] != first {
                    return None;
                }
                let ascii = u.as_bytes()[0].is_ascii_alphanumeric();
                let after = i + u.len();
                let whole = !ascii
                    || hay
                        .as_bytes()
                        .get(after)
                        .is_none_or(|b| !b.is_ascii_alphanumeric());
                (rest.starts_with(*u) && whole).then_some(after)
            })
        };
        let bytes = hay.as_bytes();
        let mut i = end;
        if bytes.get(i) == Some(&b'+') {
            i += 1;
        }
        if bytes.get(i) == Some(&b' ') {
            i += 1;
        }
        if let Some(e) = unit_at(i) {
            return Some(e);
        }
        // "4 of our admins", "6 of the agents": the number counts the unit after "of" and a
        // determiner (round 35).
        for d in [
            "of the ",
            "of our ",
            "of their ",
            "of its ",
            "of your ",
            "of my ",
        ] {
            if hay[i..].starts_with(d)
                && let Some(e) = unit_at(i + d.len())
            {
                return Some(e);
            }
        }
        // One word may stand between the number and the unit ("3 remote users").
        let s = i;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        if i > s && bytes.get(i) == Some(&b' ') {
            return unit_at(i + 1);
        }
        None
    }

    /// If a group noun follows within three words of `end` ("entire *head office*"), the end
    /// of the group noun, and whether it names only part of an organisation ("team", or a
    /// group qualified by a name: "the whole London office").
    pub fn group_noun_after(&self, hay: &str, end: usize) -> Option<(usize, bool)> {
        // Determiners, and the names of the services (a product's name does not make
        // "every *SharePoint* site" a named part of the organisation).
        const DETERMINERS: &[&str] = &[
            "the",
            "our",
            "my",
            "their",
            "your",
            "of",
            "its",
            "this",
            "sharepoint",
            "teams",
            "onedrive",
            "exchange",
            "outlook",
            "skype",
            "office",
            "microsoft",
            "m365",
            "o365",
            "online",
            "365",
        ];
        let bytes = hay.as_bytes();
        let mut i = end;
        // Up to three words, a number not counted ("all 300 of our tablets").
        let mut words = 0;
        while words < 3 {
            if bytes.get(i) != Some(&b' ') {
                return None;
            }
            i += 1;
            let s = i;
            while i < bytes.len() && word_byte_at(bytes, i) {
                i += 1;
            }
            if i == s {
                return None;
            }
            if !hay[s..i].bytes().all(|b| b.is_ascii_digit() || b == b',') {
                words += 1;
            }
            // "every teacher", "each handheld": one of a kind said of every one of them is
            // the plural group ("teachers", "handhelds"), several of them.
            let every = ["every", "each"].iter().any(|q| hay[..end].ends_with(q));
            let word = &hay[s..i];
            let plural = every
                .then(|| format!("{word}s"))
                .filter(|p| self.group_nouns.binary_search(&p.as_str()).is_ok());
            // "all of accounting", "none of sales can…": a department named by its work after
            // "of" is its people, a named part of the organisation (round 39).
            if hay[end..s].split(' ').any(|w| w == "of")
                && DEPARTMENTS.contains(&word)
                && ends_the_noun(&hay[i..])
            {
                return Some((i, true));
            }
            if self.group_nouns.binary_search(&word).is_ok() || plural.is_some() {
                let word = plural.as_deref().unwrap_or(word);
                // A qualified group ("the whole *London* office") is a named part of the
                // organisation, as is a subgroup noun ("team").
                let qualified = hay[end..s].split(' ').any(|w| {
                    !w.is_empty()
                        && !DETERMINERS.contains(&w)
                        && !w.bytes().all(|b| b.is_ascii_digit() || b == b',')
                });
                // A stated count of a kind of people or devices ("all 14 agents", "all 90
                // Macs") is that many of them, several: only the organisation's own people
                // or accounts counted ("all 230 users") can be everyone.
                let counted = hay[end..s]
                    .split(' ')
                    .any(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b','));
                let named = qualified
                    || super::phrases::SUBGROUP_NOUNS.contains(&word)
                    || (counted && !ORG_WIDE.contains(&word));
                return Some((i, named));
            }
        }
        None
    }

    /// A time stated as a deadline with the number at `start..end`: "by 5pm", "before
    /// 3 pm", "by 17:00", "in 40 minutes", "within 1 hour", "15時までに", "30分後", "1時間後",
    /// "2時間以内に". Returns the span of the whole expression.
    pub fn deadline_at(&self, hay: &str, start: usize, end: usize) -> Option<(usize, usize)> {
        let bytes = hay.as_bytes();
        let rest = &hay[end..];
        // Japanese: the unit and what makes it a limit follow the number.
        const JA: [&str; 9] = [
            "時までに",
            "時半までに",
            "時までには",
            "分後",
            "時間後",
            "時間以内に",
            "分以内に",
            "日までに",
            "時締め",
        ];
        if let Some(t) = JA.iter().find(|t| rest.starts_with(**t)) {
            return Some((start, end + t.len()));
        }
        // "月曜9時に引き渡す必要があります": a time at which something must be done, said
        // after it in the same sentence (round 34).
        if let Some(after) = rest.strip_prefix("時に") {
            // The rest of the sentence, read at most 240 bytes on.
            let mut to = after.len().min(240);
            while !after.is_char_boundary(to) {
                to -= 1;
            }
            let after = &after[..to];
            let sentence = &after[..after.find(['。', '\n', '!', '?']).unwrap_or(after.len())];
            if ["必要", "なければ", "ないといけ", "ねばなら", "ないと間に合"]
                .iter()
                .any(|o| sentence.contains(o))
            {
                return Some((start, end + "時に".len()));
            }
        }
        if let Some(t) = [":", "："]
            .iter()
            .find(|c| rest.starts_with(**c))
            .and_then(|c| {
                let r = &rest[c.len()..];
                let digits = r.bytes().take_while(u8::is_ascii_digit).count();
                (digits == 2 && r[2..].starts_with("までに")).then(|| c.len() + 2 + "までに".len())
            })
        {
            return Some((start, end + t));
        }
        // English: the word before the number says "by", "before", "in" or "within".
        let mut i = start;
        if i > 0 && bytes[i - 1] == b' ' {
            i -= 1;
        }
        let word_end = i;
        while i > 0 && bytes[i - 1].is_ascii_alphabetic() {
            i -= 1;
        }
        let mut word = &hay[i..word_end];
        if word_end == start || word.is_empty() {
            return None;
        }
        // "before the 10am safety induction", "by tomorrow's 9am stand-up": the limit is
        // the event at that time (round 33).
        if matches!(word, "the" | "our" | "today's" | "tomorrow's" | "this") {
            let det = i;
            let mut j = det;
            if j > 0 && bytes[j - 1] == b' ' {
                j -= 1;
            }
            let prev_end = j;
            while j > 0 && bytes[j - 1].is_ascii_alphabetic() {
                j -= 1;
            }
            if matches!(&hay[j..prev_end], "by" | "before") {
                word = &hay[j..prev_end];
                i = j;
            }
        }
        let r = rest.strip_prefix(' ').unwrap_or(rest);
        let skipped = rest.len() - r.len();
        let unit = |units: &[&str]| {
            units.iter().find_map(|u| {
                let whole = r
                    .as_bytes()
                    .get(u.len())
                    .is_none_or(|b| !b.is_ascii_alphanumeric());
                (r.starts_with(*u) && whole).then_some(end + skipped + u.len())
            })
        };
        match word {
            "by" | "before" => {
                // "by 5pm", "before 3 pm", "by 17:00"
                let clock = rest.len() > 3
                    && rest.as_bytes()[0] == b':'
                    && rest.as_bytes()[1..3].iter().all(u8::is_ascii_digit);
                let to = if clock {
                    let r = &rest[3..];
                    let r2 = r.strip_prefix(' ').unwrap_or(r);
                    let ampm = ["am", "pm"].iter().find(|u| r2.starts_with(**u));
                    end + 3 + ampm.map_or(0, |u| r.len() - r2.len() + u.len())
                } else {
                    unit(&["am", "pm", "a.m", "p.m", "o'clock"])?
                };
                Some((i, to))
            }
            "in" | "within" => {
                // "starts in 40 minutes", "within 1 hour"; not "arrives in 20 minutes".
                let before = hay[..i].trim_end();
                let prev = before
                    .rsplit(' ')
                    .next()
                    .unwrap_or("")
                    .trim_matches(|c: char| !c.is_ascii_alphanumeric());
                const DELAYS: [&str; 24] = [
                    "arrive",
                    "arrives",
                    "arrived",
                    "arriving",
                    "delivered",
                    "deliver",
                    "syncs",
                    "sync",
                    "loads",
                    "load",
                    "appear",
                    "appears",
                    "takes",
                    "take",
                    "completes",
                    "complete",
                    "finishes",
                    "finish",
                    "recovers",
                    "recovered",
                    "resolved",
                    "back",
                    "again",
                    "reconnects",
                ];
                if DELAYS.contains(&prev) {
                    return None;
                }
                let to = unit(&[
                    "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "h",
                ])?;
                Some((i, to))
            }
            // "must be handed over Monday 9am", "have to go out tomorrow 5pm": a time on a
            // day, after what must be done by then in the same sentence (round 34).
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
            | "today" | "tomorrow" => {
                let to = unit(&["am", "pm", "a.m", "p.m"])?;
                // The sentence before, read back at most 240 bytes.
                let mut from = i.saturating_sub(240);
                while !hay.is_char_boundary(from) {
                    from += 1;
                }
                let before = &hay[from..i];
                let sentence = &before[before
                    .rfind(['.', '!', '?', '\n', ';'])
                    .map_or(0, |b| b + 1)..];
                [
                    " must ",
                    " have to ",
                    " has to ",
                    " need to ",
                    " needs to ",
                    " due ",
                ]
                .iter()
                .any(|o| sentence.contains(o))
                .then_some((i, to))
            }
            _ => None,
        }
    }

    /// Whether the number starting at `start` is a product version ("Office 365").
    pub fn is_version(&self, hay: &str, start: usize) -> bool {
        let bytes = hay.as_bytes();
        if start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'.') {
            return true;
        }
        let mut i = start;
        if i > 0 && bytes[i - 1] == b' ' {
            i -= 1;
        }
        let e = i;
        while i > 0 && bytes[i - 1].is_ascii_alphanumeric() {
            i -= 1;
        }
        e > i && PRODUCT_WORDS.contains(&&hay[i..e])
    }
}

/// Whether the words before a negation make it a purpose ("so students can't start
/// meetings", "to ensure nobody can"): what is to be made impossible is a configuration goal,
/// not a failure.
fn purpose(before: &[(usize, &str)]) -> bool {
    before
        .iter()
        .rev()
        .take(3)
        .any(|(_, w)| matches!(*w, "so" | "ensure" | "sure" | "prevent" | "block"))
}

/// Whether the words before a negative subject are a sentence opened by "so" alone ("…even on
/// days that are empty. So no one over there can book a room at all"): the outcome of what was
/// said, not a purpose ("so that nobody can", "set it so no one can").
fn opens_with_so(hay: &str, before: &[(usize, &str)]) -> bool {
    let Some(&(at, first)) = before.first() else {
        return false;
    };
    first == "so"
        && before.len() <= 3
        && before.get(1).is_none_or(|t| t.1 != "that")
        && hay[..at]
            .trim_end()
            .chars()
            .last()
            .is_none_or(|c| matches!(c, '.' | '!' | '\n' | ':' | ';'))
}

/// The span of a quantity and an exception to it, when the quantity (at `start..end`) is said
/// to work and the exception names who does not: "everyone can send mail except one user",
/// "一人を除いて全員使えています", "everyone except one user can sign in". In a clause that
/// states a failure ("everyone except John can't sign in", "一人を除いて全員使えません") the
/// quantity is still who is affected.
fn excepted(hay: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let rest = &hay[end..];
    let clause_end = rest
        .find(['.', ',', ';', '!', '?', '\n', '。', '、'])
        .unwrap_or(rest.len());
    let clause = &rest[..clause_end];
    if clause.is_ascii() {
        let words: Vec<&str> = clause.split(' ').filter(|w| !w.is_empty()).collect();
        let at = (0..words.len()).find(|&i| {
            EN_EXCEPTIONS.iter().any(|x| {
                let x: Vec<&str> = x.split(' ').collect();
                words[i..].starts_with(&x)
            })
        })?;
        // What is said of the quantity comes before the exception ("everyone *can send
        // mail* except"); with nothing said before it, the exception qualifies the subject of
        // whatever follows ("everyone except John can't sign in").
        let said = &words[..at];
        if said.is_empty() {
            // "Everyone except one user can sign in": what follows the exception says the
            // quantity works, so the exception is who is affected; "everyone except John
            // can't sign in" says it fails for the quantity.
            let after = &words[at..];
            let fails = after
                .iter()
                .any(|w| EN_FAILURE_WORDS.contains(w) || w.ends_with("n't") || *w == "cannot");
            let works = after.iter().any(|w| {
                matches!(
                    *w,
                    "can" | "could" | "works" | "work" | "is" | "are" | "has" | "have" | "gets"
                )
            });
            return (works && !fails).then_some((start, end + clause_end));
        }
        let fails = said
            .iter()
            .any(|w| EN_FAILURE_WORDS.contains(w) || w.ends_with("n't"));
        return (!fails).then_some((start, end + clause_end));
    }
    // Japanese: the exception stands right before the quantity.
    let head = hay[..start].strip_suffix('、').unwrap_or(&hay[..start]);
    JA_EXCEPTIONS.iter().find(|x| head.ends_with(**x))?;
    said_to_work_ja(rest).then_some((start, end))
}

/// Whether the sentence that starts `rest` says that something works and nothing fails
/// ("全員使えています", not "全員使えません").
fn said_to_work_ja(rest: &str) -> bool {
    let said = &rest[..rest.find(['。', '\n', '!', '?']).unwrap_or(rest.len())];
    JA_WORKING_WORDS.iter().any(|w| said.contains(w))
        && !JA_FAILURE_WORDS.iter().any(|w| said.contains(w))
}

/// Whether the words before an inability deny it ("users are *not* unable to sign in", "*it's
/// not that* nobody can join"): a failure denied is none.
fn denied(before: &[(usize, &str)]) -> bool {
    before.last().is_some_and(|(_, w)| {
        matches!(
            *w,
            "not" | "never" | "isn't" | "aren't" | "wasn't" | "weren't" | "isnt" | "arent"
        )
    }) || clause_denial(before).is_some()
}

/// Where a denial that opens the clause ending `toks` starts ("it is not the case that
/// Exchange is down"): every state or quantity after it in its clause is denied. A "but" after
/// the denial starts what the text asserts instead ("it's not that it's down but slow").
fn clause_denial(toks: &[(usize, &str)]) -> Option<usize> {
    (0..toks.len()).rev().find_map(|i| {
        let d = EN_CLAUSE_DENIALS.iter().find(|d| {
            toks[i..].len() >= d.len() && toks[i..].iter().zip(d.iter()).all(|((_, w), x)| w == x)
        })?;
        (!toks[i + d.len()..].iter().any(|(_, w)| *w == "but")).then_some(toks[i].0)
    })
}

/// Where a denial of the stake that ends `toks` starts, if its clause denies it (round 35):
/// a negator a few words before it with no conjunction between ("No one is losing business
/// over it", "Not holding up any deadline", "It isn't putting payroll at risk"), or a
/// contrast that sets it aside ("annoying rather than critical"). An inability ("can't",
/// "unable") states a fault, not a denial, and a stake missed ("not able to meet the
/// deadline", "won't make the deadline", "nothing to scan orders with") is a stake.
fn stake_denied(toks: &[(usize, &str)]) -> Option<usize> {
    const DENIERS: &[&str] = &[
        "not", "no", "nobody", "nothing", "never", "isn't", "isnt", "aren't", "arent", "wasn't",
        "weren't", "doesn't", "doesnt", "don't", "dont", "didn't", "didnt", "hasn't", "haven't",
        "hadn't",
    ];
    const BREAKS: &[&str] = &[
        "and", "but", "so", "because", "since", "as", "which", "that", "while", "or", "if", "when",
        "until", "unless", "able", "meet", "make", "hit", "afford", "miss", "missing", "to",
        "with",
    ];
    if let [.., (at, "rather"), (_, "than")] = toks {
        return Some(*at);
    }
    for (at, w) in toks.iter().rev().take(5) {
        if BREAKS.contains(w) {
            return None;
        }
        if DENIERS.contains(w) {
            return Some(*at);
        }
    }
    None
}

/// The end of a Japanese clause that says the stake before it did not happen (round 35):
/// the stake, its particle and a verb of harm that ends "ていない", "ことはない" and the like
/// ("売上は失っていません", "締め切りに遅れることはない"), in the same clause. A stake missed
/// ("締め切りに間に合わない", "納期を守れない") ends otherwise and stands.
fn ja_stake_denied(rest: &str) -> Option<usize> {
    const PARTICLES: &[&str] = &["は", "に", "を", "が", "も", "への", "へ"];
    const HARMS: &[&str] = &["失っ", "遅れ", "影響", "支障", "困っ", "止まっ", "損"];
    const ENDS: &[&str] = &[
        "ていない",
        "ていません",
        "てはいない",
        "てはいません",
        "ておらず",
        "てない",
        "てません",
        "ことはない",
        "ことはありません",
        "ことはないです",
        "ことはなさそう",
    ];
    let p = PARTICLES.iter().find(|p| rest.starts_with(**p))?;
    let clause = rest[p.len()..]
        .char_indices()
        .take_while(|(i, c)| *i < 45 && !matches!(c, '。' | '、' | '\n' | '!' | '?'))
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let clause = &rest[p.len()..p.len() + clause];
    // The verb denied is one of harm to the stake; "警報が届いていません" says the alerts fail.
    if !HARMS.iter().any(|h| clause.contains(h)) {
        return None;
    }
    ENDS.iter()
        .find_map(|e| clause.find(e).map(|i| p.len() + i + e.len()))
}

/// A Japanese denial after a phrase ([`ja_denial_after`]).
enum Denial {
    /// The phrase is denied; the denial ends at this offset.
    Of(usize),
    /// What is denied is a negation of the phrase ("回避策がないわけではない"): the two
    /// cancel, and the phrase stands as said.
    OfNegation,
}

/// A denial ([`JA_DENIALS`]) in `rest`, the text after a phrase, when it follows within
/// [`JA_DENIAL_REACH`] characters of the same clause ("しているわけではありません").
fn ja_denial_after(rest: &str) -> Option<Denial> {
    for (i, c) in rest.char_indices().take(JA_DENIAL_REACH + 1) {
        if let Some(d) = JA_DENIALS.iter().find(|d| rest[i..].starts_with(**d)) {
            let between = &rest[..i];
            if ["ない", "ません", "なかった", "ず", "無い"]
                .iter()
                .any(|n| between.contains(n))
            {
                return Some(Denial::OfNegation);
            }
            return Some(Denial::Of(i + d.len()));
        }
        if matches!(c, '。' | '、' | ',' | '.' | '!' | '?' | '\n' | ' ') {
            return None;
        }
    }
    None
}

/// How many words back a negative subject may stand before a present-tense action with no
/// modal ("nobody *at fabrikam.com* gets mail", "no one in the Osaka office gets").
const PRESENT_SUBJECT_REACH: usize = 6;

/// Negative subjects that take a plural verb ("none of our mailboxes *receive*").
const PLURAL_NEGATIVE_SUBJECTS: [&[&str]; 10] = [
    &["none", "of"],
    &["can't", "anyone"],
    &["cannot", "anyone"],
    &["can't", "anybody"],
    &["can't", "any", "of"],
    &["can't", "any", "of", "our"],
    &["no", "users"],
    &["no", "employees"],
    &["no", "members"],
    &["no", "staff"],
];

/// What ends a modal before a verb: a second verb coordinated after it ("can IM or join")
/// shares its negation.
const MODAL_ENDS: [&str; 10] = [
    "can", "could", "can't", "cannot", "cant", "couldn't", "won't", "wont", "to", "not",
];

/// Calls `f(value, start, end)` for each number written in digits ("1,200" is 1200).
pub fn numbers(hay: &str, mut f: impl FnMut(u32, usize, usize)) {
    let bytes = hay.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut value: u32 = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_digit() {
                value = value.saturating_mul(10).saturating_add(u32::from(b - b'0'));
                i += 1;
            } else if b == b',' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
                i += 1;
            } else {
                break;
            }
        }
        // "16.0" or "5.7.1" is a version, not a count.
        let decimal =
            bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !decimal {
            f(value, start, i);
        } else {
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                i += 1;
            }
        }
    }
}

/// Words that say an alternative works or can be used ("OWA works too", "she can use the app
/// as well"): with them, "too" adds a way round rather than a place where the fault shows.
const WORKS_WORDS: [&str; 16] = [
    "can", "could", "able", "works", "work", "working", "worked", "fine", "ok", "okay", "good",
    "normally", "normal", "uses", "using", "use",
];

/// Where "too" or "as well" ends in `clause` (the rest of the clause after an alternative),
/// when neither that rest nor the clause before the alternative (the end of `before`) says
/// that anything works: "web version too", "tried OWA and the app too". `None` otherwise.
pub(crate) fn fails_too(before: &str, clause: &str) -> Option<usize> {
    let ends = |i: usize, n: usize| {
        !clause
            .as_bytes()
            .get(i + n)
            .is_some_and(u8::is_ascii_alphanumeric)
    };
    let to = [" too", " as well"].iter().find_map(|w| {
        clause
            .match_indices(w)
            .find(|(i, _)| ends(*i, w.len()))
            .map(|(i, _)| i + w.len())
    })?;
    let head = &before[before
        .rfind(['.', ',', ';', '!', '?', '(', '\n'])
        .map_or(0, |i| i + 1)..];
    let works = |text: &str| {
        text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
            .any(|w| WORKS_WORDS.contains(&w))
    };
    (!works(head) && !works(clause)).then_some(to)
}

/// What joins an alternative to a failure said of it too, longest first ("Web版からも",
/// "OWAで試しても", "スマホでも").
const JA_ALSO: [&str; 8] = [
    "で試しましたが",
    "で試したところ",
    "から試しても",
    "で試しても",
    "でやっても",
    "からも",
    "でも",
    "も",
];

/// What says an alternative was tried, a few words after its name ("Web版への直接アップロード
/// *も試しましたが*").
const JA_TRIED: [&str; 4] = [
    "も試しましたが",
    "も試したが",
    "も試しましたけど",
    "もやってみましたが",
];

/// Words that say an alternative works ("Web版からも問題なく開けます"): with them, "〜も" adds
/// a way round rather than a place where the fault shows.
const JA_WORKS: [&str; 11] = [
    "問題な",
    "問題あり",
    "正常",
    "使えます",
    "できます",
    "できています",
    "大丈夫",
    "見られ",
    "開けます",
    "表示されます",
    "普通",
];

/// Nouns whose count ("all 230 users", "all 300 seats") may be the whole organisation.
const ORG_WIDE: [&str; 10] = [
    "users",
    "seats",
    "staff",
    "employees",
    "people",
    "accounts",
    "mailboxes",
    "colleagues",
    "personnel",
    "workforce",
];

/// Departments named by their work ("accounting", "sales"): after "all of" or "none of",
/// their people (round 39).
const DEPARTMENTS: [&str; 22] = [
    "accounting",
    "accounts",
    "finance",
    "sales",
    "marketing",
    "legal",
    "hr",
    "payroll",
    "procurement",
    "purchasing",
    "operations",
    "ops",
    "engineering",
    "support",
    "dispatch",
    "logistics",
    "compliance",
    "reception",
    "admissions",
    "facilities",
    "research",
    "production",
];

/// Whether `rest` (the text after a word) ends the noun phrase the word began: the text
/// ends, a mark follows, or a verb, an adverb or a preposition does ("all of sales can't",
/// "all of finance since 9am"), not another noun ("all of the sales orders").
fn ends_the_noun(rest: &str) -> bool {
    const NEXT: [&str; 29] = [
        "can't", "cannot", "can", "could", "couldn't", "is", "are", "was", "were", "has", "have",
        "had", "gets", "get", "got", "keeps", "lost", "since", "from", "today", "this", "in", "on",
        "at", "and", "now", "still", "seem", "for",
    ];
    let Some(after) = rest.strip_prefix(' ') else {
        return !rest.starts_with(|c: char| c.is_alphanumeric());
    };
    let next = after
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .next()
        .unwrap_or("");
    next.is_empty() || NEXT.contains(&next)
}
