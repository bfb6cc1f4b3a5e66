//! Compiling `phrases.rs` into `compiled.rs`, and the tests that keep the two in step and
//! check the compiled scan against an Aho–Corasick automaton built from the same phrases.
//!
//! Regenerate after editing the phrase table:
//!
//!     SVCREQ_REGENERATE=1 cargo test --lib compiled_table_is_current

use super::normalize::normalize;
use super::phrases::{
    COMBOS, COUNT_UNITS, EN_ABILITY_NEGATORS, EN_CRITICAL_NEGATORS, EN_MODALS,
    EN_NEGATIVE_SUBJECTS, EN_NEGATORS, EN_NEGATORS_BY_KIND, EN_SCOPE_NEGATORS, EN_TAILS,
    EN_WORK_NEGATORS, Fx, GROUP_NOUNS, JA_COPULA_TAILS, JA_TAILS, NegKind, RULES,
};
use super::scan::{
    EMPTY, KINDS, LONG, PASSES, bounded_end, bounded_start, bucket_key, long_slot, prefix_and_mask,
    prefix_of, slot,
};
use std::collections::HashMap;
use std::fmt::Write;

/// One normalised phrase of a pass, with its merged effects.
struct Phrase {
    text: String,
    fx: Vec<Fx>,
}

fn pass_of(fx: &Fx) -> Option<usize> {
    match fx {
        Fx::Presales(_)
        | Fx::Billing(_)
        | Fx::BillingAction
        | Fx::LicenseObject
        | Fx::Technical(_) => Some(1),
        Fx::Service(..) | Fx::OutlookApp | Fx::ClientFault => Some(super::scan::SERVICE_PASS),
        // Who is outside the organisation is read beside the scope, so that it hides no
        // fact ("guests" stays several users).
        Fx::Scope(_) | Fx::RulesOut(_) | Fx::Outsiders => Some(super::scan::SERVICE_PASS + 1),
        Fx::Mask => None,
        _ => Some(0),
    }
}

fn neg_kind(fx: &[Fx]) -> Option<NegKind> {
    let kind_of = |f: &Fx| match f {
        Fx::FailsIfNegated(_) | Fx::Opens => Some(NegKind::Ability),
        Fx::CriticalIfNegated => Some(NegKind::Work),
        Fx::Workaround | Fx::UserWorkaround | Fx::Able | Fx::Fine => Some(NegKind::Workaround),
        Fx::Critical(true) => Some(NegKind::Critical),
        Fx::Scope(_) => Some(NegKind::Scope),
        Fx::State(s) if *s != crate::rules::facts::ServiceState::Working => Some(NegKind::State),
        Fx::WeakFault => Some(NegKind::State),
        Fx::Affected(_) | Fx::Universal | Fx::EveryoneIn | Fx::OnlyOne => Some(NegKind::Quantity),
        Fx::RestWorks | Fx::Stalled => Some(NegKind::State),
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

/// The phrases of one pass: normalised, duplicates merged, in table order.
fn phrases(pass: usize) -> Vec<Phrase> {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut out: Vec<Phrase> = Vec::new();
    // Every head followed by every tail of a combination is a phrase of its own.
    let combined: Vec<(&[Fx], Vec<String>)> = COMBOS
        .iter()
        .map(|(fx, heads, tails)| {
            let texts = heads
                .iter()
                .flat_map(|h| tails.iter().map(move |t| format!("{h} {t}")))
                .collect();
            (*fx, texts)
        })
        .collect();
    let groups = RULES
        .iter()
        .map(|(fx, texts)| (*fx, texts.iter().map(|t| (*t).to_owned()).collect()))
        .chain(combined);
    for (fx, texts) in groups {
        let fx: Vec<Fx> = fx
            .iter()
            .copied()
            .filter(|f| pass_of(f).is_none_or(|p| p == pass))
            .collect();
        if fx.is_empty() {
            continue;
        }
        for text in &texts {
            let text = normalize(text);
            if text.is_empty() {
                continue;
            }
            let id = *index.entry(text.clone()).or_insert_with(|| {
                out.push(Phrase {
                    text,
                    fx: Vec::new(),
                });
                out.len() - 1
            });
            for f in &fx {
                if !out[id].fx.contains(f) {
                    out[id].fx.push(*f);
                }
            }
        }
    }
    out
}

/// A phrase's bucket: its first eight bytes when it has [`LONG`] bytes or more (these
/// buckets come first), else the key of its first two characters (`scan::bucket_key`).
fn key_of(pass: usize, text: &str) -> (bool, u64) {
    if text.len() >= LONG {
        return (false, prefix_of(text.as_bytes()));
    }
    let mut chars = text.chars();
    let c0 = chars.next().expect("phrases are not empty");
    (true, bucket_key(pass, c0, chars.next()))
}

fn rust_fx(fx: &Fx) -> String {
    match fx {
        Fx::State(s) => format!("State(ServiceState::{s:?})"),
        Fx::FailsIfNegated(s) => format!("FailsIfNegated(ServiceState::{s:?})"),
        Fx::Affected(a) => format!("Affected(Affected::{a:?})"),
        Fx::Service(s, w) => format!("Service(Service::{s:?}, {w})"),
        Fx::Scope(s) => format!("Scope(Scope::{s:?})"),
        Fx::RulesOut(s) => format!("RulesOut(Scope::{s:?})"),
        Fx::CriticalIfNegated
        | Fx::Universal
        | Fx::NotUniversal
        | Fx::NotAll
        | Fx::ImpliesAll
        | Fx::Workaround
        | Fx::NoWorkaround
        | Fx::UserWorkaround
        | Fx::MinorItem
        | Fx::AdminTool
        | Fx::Critical(_)
        | Fx::Presales(_)
        | Fx::Technical(_)
        | Fx::Billing(_)
        | Fx::BillingAction
        | Fx::LicenseObject
        | Fx::Count(_)
        | Fx::Outright
        | Fx::Partial
        | Fx::WeakFault
        | Fx::EveryoneIn
        | Fx::Part
        | Fx::Able
        | Fx::Fine
        | Fx::AbleSubject
        | Fx::Opens
        | Fx::OpenFailed
        | Fx::RestWorks
        | Fx::OnlyOne
        | Fx::Everything
        | Fx::Stalled
        | Fx::Alternative
        | Fx::Unhurried
        | Fx::AsksIfExpected
        | Fx::OutlookApp
        | Fx::ClientFault
        | Fx::Debug
        | Fx::ReachesNobody
        | Fx::Outsiders
        | Fx::Mask => format!("{fx:?}"),
    }
}

/// The normalised words of a cue; an English tail's "?" stays its own word.
fn words(s: &str) -> Vec<String> {
    if s == "?" {
        return vec!["?".to_owned()];
    }
    normalize(s)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Rust source for a list of word sequences: `&[&["no", "one"], &["not"]]`.
fn rust_seqs(seqs: &[Vec<String>]) -> String {
    let items: Vec<String> = seqs.iter().map(|w| format!("&{w:?}")).collect();
    format!("&[{}]", items.join(", "))
}

/// The cue lists by negation kind, in [`KINDS`] order: English negators and tails (as words)
/// and Japanese tails (longest first, so the longest cue is reported).
fn cues() -> String {
    let mut negators = Vec::new();
    let mut en_tails = Vec::new();
    let mut ja_tails = Vec::new();
    for kind in KINDS {
        let base = match kind {
            NegKind::Ability => EN_ABILITY_NEGATORS,
            NegKind::Work => EN_WORK_NEGATORS,
            NegKind::Scope => EN_SCOPE_NEGATORS,
            NegKind::Critical => EN_CRITICAL_NEGATORS,
            _ => EN_NEGATORS,
        };
        let mut negs: Vec<Vec<String>> = base.iter().map(|n| words(n)).collect();
        for (k, extra) in EN_NEGATORS_BY_KIND {
            if *k == kind {
                negs.extend(extra.iter().map(|n| words(n)));
            }
        }
        negators.push(format!("    {}, // {kind:?}", rust_seqs(&negs)));
        let tails: Vec<Vec<String>> = EN_TAILS
            .iter()
            .filter(|(k, _)| *k == kind)
            .flat_map(|(_, t)| t.iter().map(|n| words(n)))
            .collect();
        en_tails.push(format!("    {}, // {kind:?}", rust_seqs(&tails)));
        let mut ja: Vec<String> = Vec::new();
        if !matches!(kind, NegKind::Ability | NegKind::Work) {
            ja.extend(JA_COPULA_TAILS.iter().map(|t| normalize(t)));
        }
        for (k, t) in JA_TAILS {
            if *k == kind {
                ja.extend(t.iter().map(|n| normalize(n)));
            }
        }
        ja.sort_by_key(|t| std::cmp::Reverse(t.len()));
        ja_tails.push(format!("    &{ja:?}, // {kind:?}"));
    }
    let seqs = |list: &[&str]| rust_seqs(&list.iter().map(|m| words(m)).collect::<Vec<_>>());
    let mut units: Vec<String> = COUNT_UNITS.iter().map(|u| normalize(u)).collect();
    units.sort_by_key(|u| std::cmp::Reverse(u.len()));
    let mut nouns: Vec<String> = GROUP_NOUNS.iter().map(|g| normalize(g)).collect();
    nouns.sort();
    nouns.dedup();
    let k = KINDS.len();
    format!(
        "/// English negators before a phrase, as words, by negation kind.\n\
         pub static EN_NEGATORS: [&[&[&str]]; {k}] = [\n{}\n];\n\n\
         /// English negating tails after a phrase, as words, by negation kind.\n\
         pub static EN_TAILS: [&[&[&str]]; {k}] = [\n{}\n];\n\n\
         /// Japanese negating tails, longest first, by negation kind.\n\
         pub static JA_TAILS: [&[&str]; {k}] = [\n{}\n];\n\n\
         /// Modals right before an action (\"can\").\n\
         pub static EN_MODALS: &[&[&str]] = {};\n\n\
         /// Negative subjects (\"no one\").\n\
         pub static EN_NEGATIVE_SUBJECTS: &[&[&str]] = {};\n\n\
         /// Count units, longest first.\n\
         pub static COUNT_UNITS: &[&str] = &{units:?};\n\n\
         /// Group nouns, sorted.\n\
         pub static GROUP_NOUNS: &[&str] = &{nouns:?};\n",
        negators.join("\n"),
        en_tails.join("\n"),
        ja_tails.join("\n"),
        seqs(EN_MODALS),
        seqs(EN_NEGATIVE_SUBJECTS),
    )
}

/// The source text of `compiled.rs`.
pub fn generate() -> String {
    let mut entries = String::new();
    let mut text = String::new();
    let mut text_at: HashMap<String, usize> = HashMap::new();
    let mut fx_pool: Vec<Fx> = Vec::new();
    let mut buckets: Vec<(u64, usize, usize)> = Vec::new();
    let mut long_buckets: Vec<(u64, usize, usize, usize)> = Vec::new();
    let mut passes: Vec<(usize, usize)> = Vec::new();
    let mut n = 0;
    for pass in 0..PASSES {
        let mut list = phrases(pass);
        // By bucket, then longest first, so the first phrase that fits is the longest.
        list.sort_by(|a, b| {
            (
                key_of(pass, &a.text),
                std::cmp::Reverse(a.text.len()),
                &a.text,
            )
                .cmp(&(
                    key_of(pass, &b.text),
                    std::cmp::Reverse(b.text.len()),
                    &b.text,
                ))
        });
        passes.push((n, n + list.len()));
        for p in &list {
            match key_of(pass, &p.text) {
                (false, head) => match long_buckets.last_mut() {
                    Some(b) if (b.0, b.1) == (head, pass) => b.3 = n + 1,
                    _ => long_buckets.push((head, pass, n, n + 1)),
                },
                (true, key) => match buckets.last_mut() {
                    Some(b) if b.0 == key => b.2 = n + 1,
                    _ => buckets.push((key, n, n + 1)),
                },
            }
            let start = fx_pool.len();
            fx_pool.extend(&p.fx);
            let neg =
                neg_kind(&p.fx).map_or("None".to_owned(), |k| format!("Some(NegKind::{k:?})"));
            let at = *text_at.entry(p.text.clone()).or_insert_with(|| {
                text.push_str(&p.text);
                text.len() - p.text.len()
            });
            let (prefix, mask) = prefix_and_mask(&p.text);
            writeln!(
                entries,
                "    Entry {{ text: ({at}, {}), prefix: ({prefix:#x}, {mask:#x}), fx: ({start}, {}), neg: {neg}, word_start: {}, word_end: {} }}, // {:?}",
                p.text.len(),
                p.fx.len(),
                bounded_start(&p.text),
                bounded_end(&p.text),
                p.text,
            )
            .expect("writing to a String");
            n += 1;
        }
    }
    let mut out = String::new();
    out.push_str(
        "//! The phrase table of `phrases.rs`, compiled: normalised, merged, and sorted into buckets\n\
         //! by pass and, for phrases of eight bytes or more, their first eight bytes, for shorter\n\
         //! ones their first two characters; longest phrase first. Generated by `compile.rs`;\n\
         //! do not edit. Regenerate with\n\
         //! `SVCREQ_REGENERATE=1 cargo test --lib compiled_table_is_current`.\n\n\
         use super::phrases::{Entry, Fx, Fx::*, NegKind};\n\
         use crate::rules::facts::{Affected, Scope, Service, ServiceState};\n\n",
    );
    writeln!(
        out,
        "/// Every phrase, by pass, bucket and length.\npub static ENTRIES: [Entry; {n}] = ["
    )
    .unwrap();
    out.push_str(&entries);
    out.push_str("];\n\n");
    writeln!(
        out,
        "/// The text of every phrase, one after another; entries name byte ranges.\npub static TEXT: &str = {text:?};\n"
    )
    .unwrap();
    // The buckets in an open-addressing hash table, four slots per bucket or more.
    let size = (buckets.len() * 4).next_power_of_two();
    let mut slots = vec![(EMPTY, 0, 0); size];
    for &(key, start, end) in &buckets {
        let mut i = slot(key, size - 1);
        while slots[i].0 != EMPTY {
            i = (i + 1) & (size - 1);
        }
        slots[i] = (key, start, end);
    }
    writeln!(
        out,
        "/// The buckets by key in an open-addressing hash table (`scan::slot`); empty slots have\n\
         /// key `u64::MAX`.\npub static SLOTS: [(u64, u32, u32); {size}] = ["
    )
    .unwrap();
    for (key, start, end) in &slots {
        writeln!(out, "    ({key:#x}, {start}, {end}),").unwrap();
    }
    out.push_str("];\n\n");
    // The buckets of long phrases likewise, two slots per bucket or more.
    let size = (long_buckets.len() * 2).next_power_of_two();
    let mut slots = vec![(0, 0, 0, 0); size];
    for &(head, pass, start, end) in &long_buckets {
        let mut i = long_slot(pass, head, size - 1);
        while slots[i].3 != 0 {
            i = (i + 1) & (size - 1);
        }
        slots[i] = (head, pass, start, end);
    }
    writeln!(
        out,
        "/// The buckets of the phrases of `scan::LONG` bytes or more, by pass and first eight\n\
         /// bytes, in an open-addressing hash table (`scan::long_slot`): (first eight bytes,\n\
         /// pass, first entry, end); empty slots have an empty range.\n\
         pub static LONG_SLOTS: [(u64, u32, u32, u32); {size}] = ["
    )
    .unwrap();
    for (head, pass, start, end) in &slots {
        writeln!(out, "    ({head:#x}, {pass}, {start}, {end}),").unwrap();
    }
    out.push_str("];\n\n");
    writeln!(
        out,
        "/// The effects of the phrases; each entry names a range.\npub static FX: [Fx; {}] = [",
        fx_pool.len()
    )
    .unwrap();
    for fx in &fx_pool {
        writeln!(out, "    {},", rust_fx(fx)).unwrap();
    }
    out.push_str("];\n\n");
    writeln!(
        out,
        "/// The entries of each pass: (first entry, end).\n#[cfg(test)]\npub static PASS_ENTRIES: [(u32, u32); {}] = [",
        passes.len()
    )
    .unwrap();
    for (start, end) in &passes {
        writeln!(out, "    ({start}, {end}),").unwrap();
    }
    out.push_str("];\n\n");
    out.push_str(&cues());
    out
}

/// Checks that generated `src/rules/classify/{file}` holds `want`, or writes it there when
/// `SVCREQ_REGENERATE` is set; `what` says what it is generated from and `test` names the
/// test that regenerates it.
#[cfg(test)] // as the whole module: its messages are for the developer
pub(super) fn generated_is_current(file: &str, want: &str, what: &str, test: &str) {
    let path = format!("{}/src/rules/classify/{file}", env!("CARGO_MANIFEST_DIR"));
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    if have != want {
        if std::env::var_os("SVCREQ_REGENERATE").is_some() {
            std::fs::write(&path, want).expect("write the generated file");
        } else {
            panic!(
                "src/rules/classify/{file} is not {what}; run \
                 SVCREQ_REGENERATE=1 cargo test --lib {test}"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan::{Hit, LEXICON, entry};
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};
    use proptest::prelude::*;

    #[test]
    fn compiled_table_is_current() {
        generated_is_current(
            "compiled.rs",
            &generate(),
            "what phrases.rs compiles to",
            "compiled_table_is_current",
        );
    }

    /// Katakana, as the oracle reads it, independently of `scan.rs`.
    fn is_kana(c: char) -> bool {
        ('\u{30A1}'..='\u{30FA}').contains(&c) || c == '\u{30FC}'
    }

    /// The same scan, done by an Aho–Corasick automaton per pass over the compiled phrases:
    /// every phrase found at every position (overlapping), then, left to right, the longest
    /// one at a position that is a whole word there (an English phrase on word boundaries, a
    /// katakana word not strictly inside a longer one), or else the next character.
    fn oracle(hay: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let bytes = hay.as_bytes();
        for pass in 0..PASSES {
            let (start, end) = super::super::compiled::PASS_ENTRIES[pass];
            let ids: Vec<usize> = (start as usize..end as usize).collect();
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(ids.iter().map(|&id| entry(id).text()))
                .unwrap();
            let mut at: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
            for m in ac.find_overlapping_iter(hay) {
                at.entry(m.start())
                    .or_default()
                    .push((m.end(), ids[m.pattern().as_usize()]));
            }
            let mut pos = 0;
            while pos < hay.len() {
                let next = pos + hay[pos..].chars().next().map_or(1, char::len_utf8);
                let inside = pos > 0
                    && bytes[pos - 1].is_ascii_alphanumeric()
                    && bytes[pos].is_ascii_alphanumeric();
                let mut here = if inside {
                    Vec::new()
                } else {
                    at.get(&pos).cloned().unwrap_or_default()
                };
                here.sort_by_key(|&(end, _)| std::cmp::Reverse(end));
                let found = here.into_iter().find(|&(t, id)| {
                    let e = entry(id);
                    let before = hay[..pos].chars().next_back();
                    let after = hay[t..].chars().next();
                    let inside = |a: Option<char>, b: Option<char>| {
                        a.zip(b).is_some_and(|(a, b)| {
                            (a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric())
                                || (is_kana(a) && is_kana(b))
                        })
                    };
                    let inside_start = e.word_start && inside(before, e.text().chars().next());
                    let inside_end = e.word_end && inside(e.text().chars().next_back(), after);
                    if e.text().chars().next().is_some_and(is_kana) {
                        !(inside_start && inside_end)
                    } else {
                        !inside_start && !inside_end
                    }
                });
                match found {
                    Some((t, id)) => {
                        out.push((pass, id, pos));
                        pos = t;
                    }
                    None => pos = next,
                }
            }
        }
        out
    }

    fn scanned(hay: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        LEXICON.scan(hay, |h: Hit| out.push((h.pass, h.id, h.at)));
        out
    }

    #[test]
    fn the_scan_finds_what_an_automaton_finds_in_the_corpus() {
        let corpus = include_str!("../../../tests/corpus/requests.tsv");
        let mut checked = 0;
        for line in corpus.lines().filter(|l| !l.starts_with('#')) {
            let text = line.split('\t').next_back().unwrap_or(line);
            let hay = normalize(text);
            assert_eq!(scanned(&hay), oracle(&hay), "phrases found in {hay:?}");
            checked += 1;
        }
        assert!(checked > 300, "the corpus has {checked} requests");
        assert_eq!(scanned("mail is down for all users").len(), 3);
    }

    /// Texts stitched from pieces of phrases, so phrases overlap, nest and touch words.
    fn stitched() -> impl Strategy<Value = String> {
        let n = super::super::compiled::ENTRIES.len();
        prop::collection::vec(
            (
                0..n,
                0usize..4,
                0usize..6,
                prop::sample::select(vec!["", " ", "s", "x", "の", "、", "-", "ー"]),
            ),
            1..12,
        )
        .prop_map(|parts| {
            let mut s = String::new();
            for (id, cut_front, cut_back, glue) in parts {
                let t = entry(id).text();
                let chars: Vec<char> = t.chars().collect();
                let a = cut_front.min(chars.len() / 2);
                let b = chars.len().saturating_sub(cut_back).max(a);
                let piece: String = if cut_front == 0 && cut_back < 2 {
                    t.to_owned()
                } else {
                    chars[a..b].iter().collect()
                };
                s.push_str(&piece);
                s.push_str(glue);
            }
            normalize(&s)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn the_scan_finds_what_an_automaton_finds(hay in stitched()) {
            prop_assert_eq!(scanned(&hay), oracle(&hay));
        }
    }
}
