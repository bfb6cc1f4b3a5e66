//! Robustness of the classifier: it never panics, is deterministic, and runs in linear time.

use proptest::prelude::*;
use svcreq::rules::classify::{classify, in_scope_service};
use svcreq::rules::facts::Scope;
use svcreq::rules::facts::{Affected, FactOverrides, ServiceState};

fn overrides() -> impl Strategy<Value = FactOverrides> {
    (
        proptest::option::of(prop_oneof![
            Just(ServiceState::Down),
            Just(ServiceState::Degraded),
            Just(ServiceState::Working)
        ]),
        proptest::option::of(prop_oneof![
            Just(Affected::Single),
            Just(Affected::Multiple),
            Just(Affected::All)
        ]),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(
            |(service_state, affected, workaround, business_critical)| FactOverrides {
                service_state,
                affected,
                workaround,
                business_critical,
            },
        )
}

/// Text built from pieces the classifier reacts to, glued with arbitrary characters.
fn phrase_soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "not",
        "no one can",
        "all users",
        "全員",
        "ではない",
        "回避策",
        "はありません",
        "ー",
        "ｰ",
        "ﾒｰﾙ",
        "ＳｈａｒｅＰｏｉｎｔ",
        "down",
        "?",
        "？",
        "、",
        "。",
        " ",
        "\n",
        "-",
        "'",
        "can't",
        "1,2",
        "300",
        "名",
        "users",
        "license",
        "add",
        "proxy",
        "を経由しない",
        "how to",
        "方法",
        "\u{0}",
        "\u{7}",
        "\u{30fc}\u{30fc}",
        "İ",
        "ß",
        "\u{FEFF}",
        "e3",
    ]);
    prop::collection::vec((pieces, any::<char>()), 0..40).prop_map(|v| {
        v.into_iter().fold(String::new(), |mut s, (p, c)| {
            s.push_str(p);
            s.push(c);
            s
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        // Failures print their minimal input; nothing is written next to the sources.
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn never_panics_and_is_deterministic_on_arbitrary_strings(text in any::<String>(), ov in overrides()) {
        let a = classify(&text, &ov);
        let b = classify(&text, &ov);
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(a.rationale.len(), 7);
    }

    #[test]
    fn never_panics_and_is_deterministic_on_phrase_soup(text in phrase_soup(), ov in overrides()) {
        let a = classify(&text, &ov);
        prop_assert_eq!(&a, &classify(&text, &ov));
        prop_assert_eq!(a.rationale.len(), 7);
        prop_assert_eq!(a.severity.is_some(), a.category == svcreq::rules::facts::Category::Technical);
    }

    #[test]
    fn in_scope_service_agrees_with_classify_on_phrase_soup(text in phrase_soup()) {
        let full = classify(&text, &FactOverrides::default());
        if let Some(service) = in_scope_service(&text) {
            prop_assert_eq!(full.scope, Scope::InScope);
            prop_assert_eq!(full.service, service);
        }
    }

    #[test]
    fn flags_always_win(text in phrase_soup(), ov in overrides()) {
        let got = classify(&text, &ov).facts;
        if let Some(s) = ov.service_state { prop_assert_eq!(got.service_state, s); }
        if let Some(a) = ov.affected { prop_assert_eq!(got.affected, a); }
        if let Some(w) = ov.workaround { prop_assert_eq!(got.workaround, w); }
        if let Some(c) = ov.business_critical { prop_assert_eq!(got.business_critical, c); }
    }
}

/// About 10 MB of text, dense with phrases, negations, numbers and both scripts.
fn big_text() -> String {
    let block = "Not all users are affected, no one in the office can join Teams meetings; \
                 there is no workaround. 全ユーザーがメールを送受信できない。回避策はありません。\
                 ＳｈａｒｅＰｏｉｎｔ サイトがダウン、300 users and 50名, ﾒｰﾙ not down, install \
                 download the add-in, our proxy is bypassed? How do I add 25 more E3 licenses? ";
    let mut s = String::with_capacity(10_500_000);
    while s.len() < 10_000_000 {
        s.push_str(block);
    }
    s
}

// Time is measured by the benchmark, never asserted here: these show that huge and
// degenerate inputs complete and give a verdict.
#[test]
fn ten_megabytes_classify() {
    // The text repeats one block: ten megabytes of it must read as the block itself does.
    let text = big_text();
    let ov = FactOverrides::default();
    let got = classify(&text, &ov);
    let block = classify(&text[..text.find("licenses? ").unwrap() + 10], &ov);
    assert_eq!(got.severity, block.severity);
    assert_eq!(got.category, block.category);
    assert_eq!(got.service, block.service);
    assert_eq!(got.scope, block.scope);
    assert_eq!(got.facts, block.facts);
}

#[test]
fn long_runs_of_one_character_classify() {
    let ov = FactOverrides::default();
    for c in ["a", "ー", " ", "1", "。", "n't ", "not "] {
        let text = c.repeat(2_000_000 / c.len());
        let got = classify(&text, &ov);
        assert_eq!(got.category, svcreq::rules::Category::Technical, "{c:?}");
    }
}

/// The service of an in-scope request as the import decides it for a row that gives its
/// severity ([`in_scope_service`], the service and scope phrases alone) is the service
/// `classify` decides, on every text of both labelled corpora; whenever `classify` finds a
/// cause outside the support boundary, the short reading does not answer.
#[test]
fn in_scope_service_agrees_with_classify_on_every_corpus_text() {
    let mut answered = 0;
    let mut texts = 0;
    for corpus in ["requests.tsv", "facts.tsv"] {
        let path = format!("{}/tests/corpus/{corpus}", env!("CARGO_MANIFEST_DIR"));
        let data = std::fs::read_to_string(path).unwrap();
        for line in data
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let text = line.rsplit('\t').next().unwrap();
            texts += 1;
            let full = classify(text, &FactOverrides::default());
            if let Some(service) = in_scope_service(text) {
                answered += 1;
                assert_eq!(full.scope, Scope::InScope, "{text}");
                assert_eq!(full.service, service, "{text}");
            }
        }
    }
    assert!(texts > 2_000, "{texts} texts read");
    // Most requests name no cause outside the boundary: the short reading answers for them.
    assert!(answered * 10 >= texts * 8, "answered {answered} of {texts}");
}
