//! The service state as the labelled corpus reads a text: a second reading beside the
//! phrase rules, for texts whose wording the rules misread (SPEC 1.3's `service_state`).
//!
//! A Bernoulli naive Bayes over the features of the normalised text, what it says is at
//! stake left out ([`without_stakes`]), counted from the technical requests of
//! `tests/corpus/facts.tsv` into `state_model.rs`:
//! - each English word (a run of ASCII letters, digits and apostrophes) and each pair of
//!   English words in a row ("can't send");
//! - each run of two and of three characters of the rest of the text, white space not
//!   included (「送れ」, 「できない」 in part): Japanese has no spaces to split words on.
//!
//! Only the features a text holds are weighed: for each state `s`, `ln P(s)` plus, for each
//! feature `f` of the text that the corpus holds, `ln p − ln(1 − p)` where
//! `p = (count of requests of state s with f + ½) / (count of requests of state s + 1)`.
//! [`read`] answers only when its state outweighs the state the rules gave by more than
//! [`MARGIN`] (natural log units): the rules stay the reading wherever the corpus does not
//! clearly say otherwise.
//!
//! Regenerate after changing the corpus, the normal form or the phrases of what is at stake:
//!
//! ```text
//! SVCREQ_REGENERATE=1 cargo test --lib state_model_is_current
//! ```

use super::phrases::Fx;
use crate::rules::facts::ServiceState;

#[rustfmt::skip]
#[path = "state_model.rs"]
mod table;

/// The states a text is read as, in the order the counts of `state_model.rs` are kept.
pub const STATES: [ServiceState; 3] = [
    ServiceState::Down,
    ServiceState::Degraded,
    ServiceState::Working,
];

/// How much more (natural log units of likelihood) the corpus must weigh a state than the
/// state the rules gave before [`read`] gives it instead: e^10, about 22,000 to 1 (naive
/// Bayes overstates its odds, as the features of a text are not independent).
pub const MARGIN: f64 = 10.0;

/// How many of the features that weighed most for the state read are quoted.
const QUOTED: usize = 3;

/// `hay` (normalised text) with what is said to be at stake blanked out ("presents to the
/// board", "月末締め"): the state is read from what is said of the service, and a stake
/// said beside an outage would otherwise stand for the outage (round 39).
pub fn without_stakes(hay: &str) -> String {
    let mut out = hay.as_bytes().to_vec();
    // The phrases of what is at stake are read in the first pass.
    super::scan::LEXICON.scan_passes(0..1, hay, |h| {
        if !h.negated && super::scan::entry(h.id).fx().contains(&Fx::Critical(true)) {
            // Whole characters become spaces: the text stays UTF-8.
            out[h.span.0..h.span.1].fill(b' ');
        }
    });
    String::from_utf8(out).unwrap_or_else(|_| hay.to_owned())
}

/// The kinds of feature, as hashed.
const WORD: u8 = b'w';
const PAIR: u8 = b'p';
const CHARS: u8 = b'c';

/// FNV-1a (64 bits) of a kind and the text of a feature.
fn hash(kind: u8, text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in std::iter::once(kind).chain(text.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Whether `b` belongs to an English word of the model.
fn word_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'\''
}

/// Every feature of `hay` (normalised text) once, sorted by hash: its hash and, with
/// `quoted`, the text it is quoted by (a run of characters widened to the words it lies in;
/// of one feature met twice, the first quote in sort order). Without `quoted` the text is empty:
/// weighing a text needs the hashes alone, and few texts are quoted.
fn features(hay: &str, quoted: bool) -> Vec<(u64, String)> {
    let quote = |text: &dyn Fn() -> String| if quoted { text() } else { String::new() };
    let bytes = hay.as_bytes();
    let mut out: Vec<(u64, String)> = Vec::new();
    // English words and pairs of them in a row.
    let mut prev: Option<&str> = None;
    let mut i = 0;
    while i < bytes.len() {
        if word_byte(bytes[i]) {
            let s = i;
            while i < bytes.len() && word_byte(bytes[i]) {
                i += 1;
            }
            let w = &hay[s..i];
            out.push((hash(WORD, w), quote(&|| w.to_owned())));
            if let Some(p) = prev {
                let pair = format!("{p} {w}");
                out.push((hash(PAIR, &pair), quote(&|| pair.clone())));
            }
            prev = Some(w);
        } else {
            i += 1;
        }
    }
    // Runs of two and three characters of what is neither an English word nor white space.
    let mut run: Vec<(usize, char)> = Vec::new();
    let mut flush = |run: &mut Vec<(usize, char)>, end: usize| {
        for n in [2, 3] {
            for k in 0..run.len().saturating_sub(n - 1) {
                let to = run.get(k + n).map_or(end, |c| c.0);
                let t = &hay[run[k].0..to];
                let from = run[k].0;
                out.push((
                    hash(CHARS, t),
                    quote(&|| word_around(hay, from, to).to_owned()),
                ));
            }
        }
        run.clear();
    };
    for (at, c) in hay.char_indices() {
        if c.is_whitespace() || (c.is_ascii() && word_byte(c as u8)) {
            flush(&mut run, at);
        } else {
            run.push((at, c));
        }
    }
    flush(&mut run, hay.len());
    out.sort_unstable();
    out.dedup_by_key(|f| f.0);
    out
}

/// The kind of script of `c`, as the edges of a Japanese word are found: a run of kanji, of
/// katakana (with ー) or of hiragana; anything else is a kind of its own.
fn script(c: char) -> u8 {
    match c {
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々' => 1,
        '\u{30A0}'..='\u{30FF}' => 2,
        '\u{3040}'..='\u{309F}' => 3,
        _ => 0,
    }
}

/// The run of characters at `start..end` of `hay` widened to the words it lies in: left
/// while the characters are of the script of its first, right while they are of the script
/// of its last ("付フ" of "添付ファイル" is quoted "添付ファイル"), at most 8 characters each
/// way. Marks and other characters are not widened over, and marks at either end are left
/// out.
fn word_around(hay: &str, start: usize, end: usize) -> &str {
    const REACH: usize = 8;
    let (Some(first), Some(last)) = (
        hay[start..end].chars().next(),
        hay[..end].chars().next_back(),
    ) else {
        return &hay[start..end];
    };
    let mut s = start;
    if script(first) != 0 {
        for (i, c) in hay[..start].char_indices().rev().take(REACH) {
            if script(c) != script(first) {
                break;
            }
            s = i;
        }
    }
    let mut e = end;
    if script(last) != 0 {
        for (i, c) in hay[end..].char_indices().take(REACH) {
            if script(c) != script(last) {
                break;
            }
            e = end + i + c.len_utf8();
        }
    }
    // Marks at either end are no part of a word ("。既存" is quoted "既存").
    let word = hay[s..e].trim_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() {
        &hay[start..end]
    } else {
        word
    }
}

/// `ln p − ln(1 − p)` for a feature seen with a state `seen` times among `of` requests.
fn weight(seen: u16, of: u32) -> f64 {
    let p = (f64::from(seen) + 0.5) / (f64::from(of) + 1.0);
    p.ln() - (1.0 - p).ln()
}

/// The corpus's reading of `hay` (normalised text) against the rules' `given` state: the
/// state the corpus weighs more than `given` by more than [`MARGIN`], with the features of
/// the text (as they stand in `hay`) that weighed most for it over `given`, most first;
/// `None` when the corpus agrees with `given` or does not clearly say otherwise.
pub fn read(hay: &str, given: ServiceState) -> Option<(ServiceState, Vec<String>)> {
    let text = without_stakes(hay);
    let total: u32 = table::REQUESTS.iter().sum();
    let mut score = table::REQUESTS.map(|n| (f64::from(n) / f64::from(total)).ln());
    for (h, _) in features(&text, false) {
        if let Ok(k) = table::FEATURES.binary_search_by_key(&h, |f| f.0) {
            let counts = table::FEATURES[k].1;
            for (s, (c, n)) in score.iter_mut().zip(counts.iter().zip(table::REQUESTS)) {
                *s += weight(*c, n);
            }
        }
    }
    let g = STATES.iter().position(|s| *s == given)?;
    let best = (0..STATES.len()).max_by(|a, b| score[*a].total_cmp(&score[*b]))?;
    if best == g || score[best] - score[g] <= MARGIN {
        return None;
    }
    let lift =
        |c: &[u16; 3]| weight(c[best], table::REQUESTS[best]) - weight(c[g], table::REQUESTS[g]);
    // The quotes are made only now, for a text the corpus reads otherwise.
    let mut held: Vec<(String, [u16; 3])> = features(&text, true)
        .into_iter()
        .filter_map(|(h, q)| {
            let k = table::FEATURES.binary_search_by_key(&h, |f| f.0).ok()?;
            Some((q, table::FEATURES[k].1))
        })
        .collect();
    held.sort_by(|a, b| lift(&b.1).total_cmp(&lift(&a.1)).then(a.0.cmp(&b.0)));
    let mut quoted: Vec<String> = Vec::with_capacity(QUOTED);
    for f in held.iter().filter(|f| lift(&f.1) > 0.0) {
        if quoted.len() == QUOTED {
            break;
        }
        // Two runs of one word are quoted once, by the word.
        if !quoted
            .iter()
            .any(|q| q.contains(f.0.as_str()) || f.0.contains(q.as_str()))
        {
            quoted.push(f.0.clone());
        }
    }
    Some((STATES[best], quoted))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::classify::normalize::normalize;
    use std::collections::BTreeMap;
    use std::fmt::Write;

    const CORPUS: &str = include_str!("../../../tests/corpus/facts.tsv");

    /// A feature is kept when at least this many requests of the corpus hold it.
    const KEPT_FROM: u32 = 2;

    /// `state_model.rs` as the corpus counts it.
    fn generate() -> String {
        let mut requests = [0u32; 3];
        let mut counts: BTreeMap<u64, [u32; 3]> = BTreeMap::new();
        for line in CORPUS.lines().filter(|l| !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 9 || cols[1] != "technical" {
                continue;
            }
            let Some(s) = STATES.iter().position(|s| s.as_str() == cols[4]) else {
                continue;
            };
            requests[s] += 1;
            for (h, _) in features(&without_stakes(&normalize(cols[8])), false) {
                counts.entry(h).or_default()[s] += 1;
            }
        }
        let mut out = String::from(
            "//! How many technical requests of `tests/corpus/facts.tsv` hold each feature, by\n\
             //! service state (down, degraded, working). Generated by `model.rs`; do not edit.\n\
             //! Regenerate with `SVCREQ_REGENERATE=1 cargo test --lib state_model_is_current`.\n\n",
        );
        writeln!(
            out,
            "/// Requests by state: down, degraded, working.\npub static REQUESTS: [u32; 3] = {requests:?};\n"
        )
        .unwrap();
        let kept: Vec<_> = counts
            .iter()
            .filter(|(_, c)| c.iter().sum::<u32>() >= KEPT_FROM)
            .collect();
        writeln!(
            out,
            "/// Each feature's hash, and how many requests of each state hold it; by hash.\npub static FEATURES: [(u64, [u16; 3]); {}] = [",
            kept.len()
        )
        .unwrap();
        for (h, c) in kept {
            let c = c.map(|n| u16::try_from(n).expect("a count fits 16 bits"));
            writeln!(out, "({h:#018x}, {c:?}),").unwrap();
        }
        out.push_str("];\n");
        out
    }

    #[test]
    fn state_model_is_current() {
        super::super::compile::generated_is_current(
            "state_model.rs",
            &generate(),
            "what tests/corpus/facts.tsv counts to",
            "state_model_is_current",
        );
    }

    #[test]
    fn features_are_english_words_their_pairs_and_runs_of_other_characters() {
        let got = features("can't send 送れない", true);
        let mut hashes: Vec<u64> = got.iter().map(|f| f.0).collect();
        let mut want: Vec<u64> = [(WORD, "can't"), (WORD, "send"), (PAIR, "can't send")]
            .into_iter()
            .chain(["送れ", "れな", "ない", "送れな", "れない"].map(|t| (CHARS, t)))
            .map(|(k, t)| hash(k, t))
            .collect();
        hashes.sort_unstable();
        want.sort_unstable();
        assert_eq!(hashes, want);
        // A run is quoted by the words it lies in: 送れ by 送 and the kana after it.
        let quote = |t: &str| {
            got.iter()
                .find(|f| f.0 == hash(CHARS, t))
                .map(|f| f.1.as_str())
        };
        assert_eq!(quote("送れ"), Some("送れない"));
        assert_eq!(quote("ない"), Some("れない"));
        let quote = |t: &str| {
            got.iter()
                .find(|f| f.0 == hash(PAIR, t))
                .map(|f| f.1.as_str())
        };
        assert_eq!(quote("can't send"), Some("can't send"));
        // Marks at either end of a quote are left out.
        let got = features("全社的に失敗します。既存", true);
        let quote = |t: &str| {
            got.iter()
                .find(|f| f.0 == hash(CHARS, t))
                .map(|f| f.1.as_str())
        };
        assert_eq!(quote("。既"), Some("既存"));
        assert_eq!(quote("す。既"), Some("します。既存"));
    }

    #[test]
    fn the_corpus_overrules_the_given_state_only_by_more_than_the_margin() {
        // Whatever is read, it is another state than the one given, with a quoted reason.
        for text in [
            "nobody can send mail",
            "メールが送れない",
            "how do i add a user?",
        ] {
            for given in STATES {
                if let Some((s, why)) = read(&normalize(text), given) {
                    assert_ne!(s, given, "{text}");
                    assert!(!why.is_empty(), "{text}");
                }
            }
        }
    }
}
