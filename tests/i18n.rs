//! The catalogues of SPEC 10: both languages hold the same messages with the same variables,
//! every catalogue parses, every message the code asks for exists, and the help of every
//! command and flag is in both catalogues (the English one as the definitions say it).

use clap::CommandFactory;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use svcreq::i18n::{Lang, Part};

/// Message id → the variables its value and variants use, for one language and half.
fn messages(lang: Lang, part: Part) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (file, text) in lang.catalogues(part) {
        let res = match fluent_syntax::parser::parse(*text) {
            Ok(r) => r,
            Err((_, errors)) => panic!(
                "locales/{}/{file} does not parse: {errors:?}",
                lang.as_str()
            ),
        };
        for e in res.body {
            match e {
                Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern_vars(p, &mut vars);
                    }
                    let id = m.id.name.to_string();
                    assert!(
                        out.insert(id.clone(), vars).is_none(),
                        "{id} twice in locales/{}",
                        lang.as_str()
                    );
                }
                Entry::Junk { content } => {
                    panic!("locales/{}/{file}: cannot read {content:?}", lang.as_str())
                }
                _ => {}
            }
        }
    }
    out
}

fn pattern_vars(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_message_is_in_both_catalogues_with_the_same_variables() {
    for part in Part::ALL {
        let en = messages(Lang::En, part);
        let ja = messages(Lang::Ja, part);
        let only_en: Vec<_> = en.keys().filter(|k| !ja.contains_key(*k)).collect();
        let only_ja: Vec<_> = ja.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(only_en.is_empty(), "{part:?}: only in English: {only_en:?}");
        assert!(
            only_ja.is_empty(),
            "{part:?}: only in Japanese: {only_ja:?}"
        );
        for (k, vars) in &en {
            assert_eq!(vars, &ja[k], "{k}: the variables differ between en and ja");
        }
    }
}

#[test]
fn every_catalogue_file_is_embedded() {
    for lang in Lang::ALL {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang.as_str());
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let mut embedded: Vec<String> = Part::ALL
            .iter()
            .flat_map(|p| lang.catalogues(*p).iter().map(|(f, _)| f.to_string()))
            .collect();
        embedded.sort();
        assert_eq!(files, embedded, "{}", dir.display());
    }
}

/// The message ids the code names: the first argument of every `tr!(` in src/.
fn ids_in_source() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut stack = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                // Comment lines left out (doc examples name no real message).
                let text: String = std::fs::read_to_string(&p)
                    .unwrap()
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("//"))
                    .map(|l| format!("{l}\n"))
                    .collect();
                for (i, _) in text.match_indices("tr!(") {
                    let before = text[..i].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let rest = text[i + 4..].trim_start();
                    let rest = match rest.strip_prefix("in ") {
                        Some(r) => r[r.find(';').unwrap() + 1..].trim_start(),
                        None => rest,
                    };
                    if let Some(r) = rest.strip_prefix('"') {
                        ids.insert(r[..r.find('"').unwrap()].to_string());
                    }
                }
            }
        }
    }
    ids
}

#[test]
fn every_message_the_code_names_is_in_the_catalogue() {
    let en = messages(Lang::En, Part::Messages);
    let help = messages(Lang::En, Part::Help);
    let missing: Vec<_> = ids_in_source()
        .into_iter()
        .filter(|id| !en.contains_key(id) && !help.contains_key(id))
        .collect();
    assert!(missing.is_empty(), "no such message: {missing:?}");
}

#[test]
fn help_of_every_command_and_flag_is_in_both_catalogues() {
    let en = messages(Lang::En, Part::Help);
    let ja = messages(Lang::Ja, Part::Help);
    for (key, text) in svcreq::cli::help::keys(&svcreq::cli::Cli::command()) {
        assert!(
            en.contains_key(&key) && ja.contains_key(&key),
            "{key} is missing from a help catalogue (`cargo test --lib write_english_help_catalogue -- --ignored` writes the English one)"
        );
        assert_eq!(
            svcreq::i18n::text_in(Lang::En, &key, None),
            text,
            "{key}: locales/en/help.ftl says it otherwise than the definitions"
        );
    }
}

#[test]
fn catalogues_carry_no_isolation_marks_or_ambiguous_width_in_japanese() {
    for part in Part::ALL {
        for (file, text) in Lang::Ja.catalogues(part) {
            for (n, line) in text.lines().enumerate() {
                assert!(
                    !line.contains(['\u{2068}', '\u{2069}', '—', '·']),
                    "locales/ja/{file}:{}: an isolation mark, or a character of ambiguous width (SPEC 10)",
                    n + 1
                );
            }
        }
    }
}
