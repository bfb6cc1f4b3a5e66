//! Finding the table's phrases in normalised text, with their negations and counts.
//!
//! Each dimension of the table is searched in one left-to-right pass of an Aho–Corasick
//! automaton (leftmost-longest), so the work is linear in the length of the text; negation
//! cues, counts and group nouns are checked in a bounded window around each hit.

use super::normalize::normalize;
use super::phrases::{
    COUNT_UNITS, EN_ABILITY_NEGATORS, EN_FILLERS_AFTER, EN_FILLERS_BEFORE, EN_MODALS,
    EN_NEGATIVE_SUBJECTS, EN_NEGATORS, EN_NEGATORS_BY_KIND, EN_SCOPE_NEGATORS, EN_TAILS,
    EN_WORK_NEGATORS, Fx, GROUP_NOUNS, JA_CONDITIONALS, JA_COPULA_TAILS, JA_FILLERS, JA_PARTICLES,
    JA_TAILS, NegKind, PRODUCT_WORDS, RULES,
};
use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// One normalised phrase and everything the table says about it.
pub struct Entry {
    /// The phrase after normalisation.
    pub text: String,
    /// Effects of the phrase, merged over every table group it appears in.
    pub fx: Vec<Fx>,
    /// Which negation cues apply, if the phrase can be negated.
    pub neg: Option<NegKind>,
    /// English edges must fall on word boundaries.
    word_start: bool,
    word_end: bool,
}

/// One dimension of the table (facts, category, service or scope), searched in its own pass
/// so that a phrase of one dimension never hides a phrase of another ("a mailbox" is a
/// quantity and still names Exchange Online).
pub struct Pass {
    ac: AhoCorasick,
    pub entries: Vec<Entry>,
}

/// The dimensions of the table; each gets its own pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dim {
    Facts,
    Category,
    Service,
    Scope,
}

fn dim_of(fx: &Fx) -> Option<Dim> {
    match fx {
        Fx::Presales(_) | Fx::Billing(_) | Fx::BillingAction | Fx::LicenseObject => {
            Some(Dim::Category)
        }
        Fx::Service(..) => Some(Dim::Service),
        Fx::Scope(_) | Fx::RulesOut(_) => Some(Dim::Scope),
        Fx::Mask => None,
        _ => Some(Dim::Facts),
    }
}

/// The compiled phrase table.
pub struct Lexicon {
    pub passes: Vec<Pass>,
    en_negators: [Vec<Vec<String>>; KINDS.len()],
    en_fillers_before: HashSet<&'static str>,
    en_modals: Vec<Vec<String>>,
    en_negative_subjects: Vec<Vec<String>>,
    en_tails: [Vec<Vec<String>>; KINDS.len()],
    en_fillers_after: HashSet<&'static str>,
    ja_tails: [Vec<String>; KINDS.len()],
    count_units: Vec<String>,
    group_nouns: HashSet<String>,
}

/// The phrase table, compiled once.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

/// A phrase found in the text.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    /// Index into [`Lexicon::passes`].
    pub pass: usize,
    /// Index into that pass's entries.
    pub id: usize,
    /// Whether a negation cue applies to it.
    pub negated: bool,
    /// Byte range of the phrase with its negation cue, in the normalised text.
    pub span: (usize, usize),
}

const KINDS: [NegKind; 8] = [
    NegKind::State,
    NegKind::Ability,
    NegKind::Work,
    NegKind::Quantity,
    NegKind::Workaround,
    NegKind::Critical,
    NegKind::Scope,
    NegKind::Category,
];

fn neg_kind(fx: &[Fx]) -> Option<NegKind> {
    let kind_of = |f: &Fx| match f {
        Fx::FailsIfNegated(_) => Some(NegKind::Ability),
        Fx::CriticalIfNegated => Some(NegKind::Work),
        Fx::Workaround | Fx::UserWorkaround => Some(NegKind::Workaround),
        Fx::Critical(true) => Some(NegKind::Critical),
        Fx::Scope(_) => Some(NegKind::Scope),
        Fx::State(s) if *s != crate::rules::facts::ServiceState::Working => Some(NegKind::State),
        Fx::Affected(_) | Fx::Universal => Some(NegKind::Quantity),
        Fx::Presales(_) | Fx::Billing(_) => Some(NegKind::Category),
        _ => None,
    };
    // The first kind in this order decides.
    let order = [
        NegKind::Ability,
        NegKind::Work,
        NegKind::Workaround,
        NegKind::Critical,
        NegKind::Scope,
        NegKind::State,
        NegKind::Quantity,
        NegKind::Category,
    ];
    let kinds: Vec<NegKind> = fx.iter().filter_map(kind_of).collect();
    order.into_iter().find(|k| kinds.contains(k))
}

fn words(s: &str) -> Vec<String> {
    normalize(s)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'\'' || b == b'&'
}

impl Pass {
    fn build(dim: Dim) -> Pass {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut entries: Vec<Entry> = Vec::new();
        for (fx, phrases) in RULES {
            let fx: Vec<Fx> = fx
                .iter()
                .copied()
                .filter(|f| dim_of(f).is_none_or(|d| d == dim))
                .collect();
            if fx.is_empty() {
                continue;
            }
            for phrase in *phrases {
                let text = normalize(phrase);
                if text.is_empty() {
                    continue;
                }
                let id = *index.entry(text.clone()).or_insert_with(|| {
                    let bytes = text.as_bytes();
                    entries.push(Entry {
                        word_start: bytes[0].is_ascii_alphanumeric(),
                        word_end: bytes[bytes.len() - 1].is_ascii_alphanumeric(),
                        text,
                        fx: Vec::new(),
                        neg: None,
                    });
                    entries.len() - 1
                });
                for f in &fx {
                    if !entries[id].fx.contains(f) {
                        entries[id].fx.push(*f);
                    }
                }
            }
        }
        for e in &mut entries {
            e.neg = neg_kind(&e.fx);
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(entries.iter().map(|e| e.text.as_str()))
            .expect("the phrase table compiles");
        Pass { ac, entries }
    }
}

impl Lexicon {
    fn build() -> Lexicon {
        let passes = [Dim::Facts, Dim::Category, Dim::Service, Dim::Scope]
            .into_iter()
            .map(Pass::build)
            .collect();
        let mut en_negators: [Vec<Vec<String>>; KINDS.len()] = Default::default();
        let mut en_tails: [Vec<Vec<String>>; KINDS.len()] = Default::default();
        let mut ja_tails: [Vec<String>; KINDS.len()] = Default::default();
        for kind in KINDS {
            let base = match kind {
                NegKind::Ability => EN_ABILITY_NEGATORS,
                NegKind::Work => EN_WORK_NEGATORS,
                NegKind::Scope => EN_SCOPE_NEGATORS,
                _ => EN_NEGATORS,
            };
            let mut negs: Vec<Vec<String>> = base.iter().map(|n| words(n)).collect();
            for (k, extra) in EN_NEGATORS_BY_KIND {
                if *k == kind {
                    negs.extend(extra.iter().map(|n| words(n)));
                }
            }
            en_negators[kind as usize] = negs;
            let mut tails: Vec<Vec<String>> = Vec::new();
            for (k, t) in EN_TAILS {
                if *k == kind {
                    tails.extend(t.iter().map(|n| tail_words(n)));
                }
            }
            en_tails[kind as usize] = tails;
            let mut ja: Vec<String> = Vec::new();
            if !matches!(kind, NegKind::Ability | NegKind::Work) {
                ja.extend(JA_COPULA_TAILS.iter().map(|t| normalize(t)));
            }
            for (k, t) in JA_TAILS {
                if *k == kind {
                    ja.extend(t.iter().map(|n| normalize(n)));
                }
            }
            // Longest first, so the longest cue is reported.
            ja.sort_by_key(|t| std::cmp::Reverse(t.len()));
            ja_tails[kind as usize] = ja;
        }
        let mut count_units: Vec<String> = COUNT_UNITS.iter().map(|u| normalize(u)).collect();
        count_units.sort_by_key(|u| std::cmp::Reverse(u.len()));
        let group_nouns = GROUP_NOUNS.iter().map(|g| normalize(g)).collect();
        Lexicon {
            group_nouns,
            passes,
            en_negators,
            en_fillers_before: EN_FILLERS_BEFORE.iter().copied().collect(),
            en_modals: EN_MODALS.iter().map(|m| words(m)).collect(),
            en_negative_subjects: EN_NEGATIVE_SUBJECTS.iter().map(|m| words(m)).collect(),
            en_tails,
            en_fillers_after: EN_FILLERS_AFTER.iter().copied().collect(),
            ja_tails,
            count_units,
        }
    }

    /// Calls `f` for every phrase found in `hay` (normalised text), pass by pass, each pass
    /// left to right.
    pub fn scan(&self, hay: &str, mut f: impl FnMut(Hit)) {
        for (p, pass) in self.passes.iter().enumerate() {
            self.scan_pass(p, pass, hay, &mut f);
        }
    }

    fn scan_pass(&self, p: usize, pass: &Pass, hay: &str, f: &mut impl FnMut(Hit)) {
        let bytes = hay.as_bytes();
        let mut pos = 0;
        'restart: while pos < hay.len() {
            for m in pass.ac.find_iter(Input::new(hay).span(pos..hay.len())) {
                let (start, end) = (m.start(), m.end());
                let id = m.pattern().as_usize();
                let e = &pass.entries[id];
                let ok_start =
                    !e.word_start || start == 0 || !bytes[start - 1].is_ascii_alphanumeric();
                let ok_end = !e.word_end || end == hay.len() || !bytes[end].is_ascii_alphanumeric();
                if !(ok_start && ok_end) {
                    // Not a whole word here: look again from the next character.
                    pos = start + hay[start..].chars().next().map_or(1, char::len_utf8);
                    continue 'restart;
                }
                let mut hit = Hit {
                    pass: p,
                    id,
                    negated: false,
                    span: (start, end),
                };
                if let Some(kind) = e.neg {
                    let before = self.negated_before(hay, start, kind);
                    let after = self
                        .negated_after_en(hay, end, kind)
                        .or_else(|| self.negated_after_ja(hay, end, kind));
                    if before.is_some() || after.is_some() {
                        hit.negated = true;
                        hit.span = (before.unwrap_or(start), after.unwrap_or(end));
                    }
                }
                f(hit);
            }
            break;
        }
    }

    /// Start of an English negator before `start` ("not all users", "no one can join").
    fn negated_before(&self, hay: &str, start: usize, kind: NegKind) -> Option<usize> {
        let bytes = hay.as_bytes();
        let mut buf: [(usize, &str); 16] = [(0, ""); 16];
        let mut len = 0;
        let mut i = start;
        while len < buf.len() {
            while i > 0 && (bytes[i - 1] == b' ' || bytes[i - 1] == b'/') {
                i -= 1;
            }
            if i == 0 || !is_word_byte(bytes[i - 1]) {
                break;
            }
            let end = i;
            while i > 0 && is_word_byte(bytes[i - 1]) {
                i -= 1;
            }
            buf[len] = (i, &hay[i..end]);
            len += 1;
        }
        if len == 0 {
            return None;
        }
        let toks = &mut buf[..len];
        toks.reverse();
        let toks = &*toks;
        let negs = &self.en_negators[kind as usize];
        let mut n = toks.len();
        while n > 0 {
            let window = &toks[..n];
            for neg in negs {
                let k = neg.len();
                if k <= n && window[n - k..].iter().zip(neg).all(|((_, w), x)| w == x) {
                    return Some(window[n - k].0);
                }
            }
            if self.en_fillers_before.contains(window[n - 1].1) {
                n -= 1;
            } else {
                break;
            }
        }
        if matches!(kind, NegKind::Ability | NegKind::Work) {
            return self.negative_subject(toks);
        }
        None
    }

    /// "No one in the company can join": a negative subject, then a modal right before the
    /// action, with anything but a clause break between them.
    fn negative_subject(&self, toks: &[(usize, &str)]) -> Option<usize> {
        let ends_with = |n: usize, seq: &[String]| {
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
        })
    }

    /// End of an English negating tail after `end` ("production is not affected").
    fn negated_after_en(&self, hay: &str, end: usize, kind: NegKind) -> Option<usize> {
        let tails = &self.en_tails[kind as usize];
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
                    && toks[at..at + k].iter().zip(tail).all(|((_, w), x)| w == x)
                {
                    return Some(toks[at + k - 1].0);
                }
            }
            if self.en_fillers_after.contains(toks[at].1) {
                at += 1;
            } else {
                break;
            }
        }
        None
    }

    /// End of a Japanese negation after `end` ("全員ではない", "回避策は今のところありません").
    fn negated_after_ja(&self, hay: &str, end: usize, kind: NegKind) -> Option<usize> {
        let tails = &self.ja_tails[kind as usize];
        let mut i = end;
        for _ in 0..4 {
            let rest = &hay[i..];
            let rest = rest.strip_prefix(' ').unwrap_or(rest);
            let skipped = hay.len() - i - rest.len();
            if let Some(t) = tails.iter().find(|t| rest.starts_with(t.as_str())) {
                let after = &rest[t.len()..];
                if kind == NegKind::Scope && JA_CONDITIONALS.iter().any(|c| after.starts_with(c)) {
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
            self.count_units.iter().find_map(|u| {
                let ascii = u.as_bytes()[0].is_ascii_alphanumeric();
                let after = i + u.len();
                let whole = !ascii
                    || hay
                        .as_bytes()
                        .get(after)
                        .is_none_or(|b| !b.is_ascii_alphanumeric());
                (rest.starts_with(u.as_str()) && whole).then_some(after)
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
    /// of the group noun.
    pub fn group_noun_after(&self, hay: &str, end: usize) -> Option<usize> {
        let bytes = hay.as_bytes();
        let mut i = end;
        for _ in 0..3 {
            if bytes.get(i) != Some(&b' ') {
                return None;
            }
            i += 1;
            let s = i;
            while i < bytes.len() && is_word_byte(bytes[i]) {
                i += 1;
            }
            if i == s {
                return None;
            }
            if self.group_nouns.contains(&hay[s..i]) {
                return Some(i);
            }
        }
        None
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

/// Words of an English tail; "?" stays its own word.
fn tail_words(s: &str) -> Vec<String> {
    if s == "?" {
        vec!["?".to_owned()]
    } else {
        words(s)
    }
}

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
