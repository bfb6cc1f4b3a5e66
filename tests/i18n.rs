//! The catalogues of SPEC 10: both languages hold the same messages with the same variables,
//! every catalogue parses, every message the code asks for exists, and the help of every
//! command and flag is in both catalogues (the English one as the definitions say it).

mod common;

use clap::CommandFactory;
use common::command_paths;
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

/// The English phrases written as string literals in src/ outside the catalogues: each
/// (file, literal) of a non-test, non-comment, non-attribute line whose text — format
/// placeholders left out — holds two words of letters, leaving out SQL, panics of stated
/// invariants, and the classifier's phrase tables (data it matches, not text it writes).
fn phrases_in_source() -> BTreeSet<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = BTreeSet::new();
    let mut stack = vec![root.join("src")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let rel = p.strip_prefix(root).unwrap().display().to_string();
            if p.extension().is_none_or(|x| x != "rs")
                || rel.starts_with("src/rules/classify/phrases")
                || rel.starts_with("src/rules/classify/compiled")
                || rel.ends_with("tests.rs")
            {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            for line in text.lines() {
                if line.trim_start().starts_with("#[cfg(test)]") {
                    break;
                }
                let l = line.trim_start();
                if l.starts_with("//")
                    || l.starts_with("#[")
                    || [
                        ".expect(",
                        "unreachable!(",
                        "panic!(",
                        "debug_assert",
                        "assert!(",
                    ]
                    .iter()
                    .any(|s| l.contains(s))
                {
                    continue;
                }
                for lit in literals(line) {
                    if is_phrase(&lit) {
                        found.insert((rel.clone(), lit));
                    }
                }
            }
        }
    }
    found
}

/// The contents of the ordinary string literals of one line.
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.char_indices().peekable();
    let mut prev = ' ';
    while let Some((_, c)) = chars.next() {
        if c == '\'' && prev != '\\' {
            // A char literal such as '"': skip it whole.
            let rest: String = chars.clone().take(3).map(|(_, c)| c).collect();
            if rest.starts_with("\"'") || rest.starts_with("\\\"'") {
                chars.nth(rest.find('\'').unwrap());
            }
        } else if c == '"' && prev != 'r' && prev != '#' {
            let mut s = String::new();
            let mut esc = false;
            for (_, c) in chars.by_ref() {
                match (esc, c) {
                    (false, '\\') => esc = true,
                    (false, '"') => break,
                    _ => {
                        s.push(c);
                        esc = false;
                    }
                }
            }
            out.push(s);
        }
        prev = c;
    }
    out
}

fn is_phrase(s: &str) -> bool {
    // Placeholders and code-like spans are not words a reader reads.
    let mut plain = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let sql = [
        "SELECT ",
        "INSERT ",
        "COPY ",
        "BEGIN ",
        "DROP INDEX ",
        "ALTER TABLE ",
        "LOCK TABLE ",
        "SET LOCAL ",
        "UPDATE ",
        "DELETE ",
        "CREATE ",
        "PRAGMA ",
        " FROM ",
        " WHERE ",
    ];
    if sql.iter().any(|k| plain.contains(k)) {
        return false;
    }
    plain
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
        .count()
        >= 2
        && plain.contains(' ')
}

/// The reviewed list of phrases written outside the catalogues, each line `keep` (never
/// translated: JUnit, the history svcreq stores in English, the definitions' own heading) or
/// `todo` (still to move), then the file and the literal. The test fails on a phrase not in
/// it (new text goes to `locales/`), and on an entry no longer in the source (the list only
/// shrinks). `I18N_OUTSIDE_WRITE=1 cargo test --test i18n` rewrites it, new lines as `todo`.
#[test]
fn no_new_user_visible_text_outside_the_catalogues() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/i18n_outside.txt");
    let found: BTreeSet<String> = phrases_in_source()
        .iter()
        .map(|(f, l)| format!("{f}\t{l}"))
        .collect();
    let listed: BTreeMap<String, String> = std::fs::read_to_string(&path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(status, rest)| (rest.to_string(), status.to_string()))
        .collect();
    if std::env::var_os("I18N_OUTSIDE_WRITE").is_some() {
        let mut s = String::from(
            "# Phrases written outside locales/: keep (never translated) or todo, file, literal. This list only shrinks.\n",
        );
        for e in &found {
            let status = listed.get(e).map_or("todo", String::as_str);
            s.push_str(&format!("{status}\t{e}\n"));
        }
        std::fs::write(&path, s).unwrap();
    }
    assert!(
        listed.values().all(|s| s == "keep" || s == "todo"),
        "each line of tests/i18n_outside.txt starts with keep or todo"
    );
    let new: Vec<_> = found.iter().filter(|e| !listed.contains_key(*e)).collect();
    let gone: Vec<_> = listed.keys().filter(|e| !found.contains(*e)).collect();
    assert!(
        new.is_empty(),
        "user-visible text outside the catalogues (move it to locales/en and locales/ja): {new:#?}"
    );
    assert!(
        gone.is_empty(),
        "no longer in the source; take it off tests/i18n_outside.txt: {gone:#?}"
    );
}

/// A help page in Japanese localises only what it shows (SPEC 10, start-up cost): each page,
/// localised alone along its command's path (its tree unbuilt), reads as printed exactly as
/// in the tree localised whole and built, and the path is found past options and their
/// values (`--db PATH db admins add`) and after `help`.
#[test]
fn a_help_page_localised_alone_reads_as_in_the_whole_tree() {
    use svcreq::cli::{Cli, help};
    let whole = help::localized(Cli::command(), Lang::Ja);
    let mut paths = Vec::new();
    command_paths(&Cli::command(), Vec::new(), &mut paths);
    assert!(paths.len() > 25);
    for (path, flag) in paths.iter().flat_map(|p| [(p, "--help"), (p, "-h")]) {
        let mut argv: Vec<String> = vec!["svcreq".into(), "--lang".into(), "ja".into()];
        argv.extend(path.iter().cloned());
        argv.push(flag.into());
        let os: Vec<std::ffi::OsString> = argv.iter().map(Into::into).collect();
        let shown = help::help_path(&Cli::command(), &os);
        assert_eq!(&shown, path, "{argv:?}");
        // As printed: clap's own words said from the catalogue.
        let page = |cmd: clap::Command| match cmd.try_get_matches_from(&argv) {
            Err(e) => help::clap_headings(&e.render().to_string(), Lang::Ja),
            Ok(_) => panic!("{argv:?}: no help"),
        };
        let alone = page(help::localized_for(Cli::command(), Lang::Ja, &shown));
        assert_eq!(page(whole.clone()), alone, "{argv:?}");
        assert!(!alone.contains("Print "), "{argv:?}\n{alone}");
    }
    for (argv, path) in [
        (
            &[
                "svcreq", "--db", "open", "--format", "json", "db", "admins", "add", "-h",
            ][..],
            &["db", "admins", "add"][..],
        ),
        (&["svcreq", "help", "sla"], &["sla"]),
        (&["svcreq", "--db=x", "list", "extra", "--help"], &["list"]),
    ] {
        let os: Vec<std::ffi::OsString> = argv.iter().map(Into::into).collect();
        assert_eq!(help::help_path(&Cli::command(), &os), path, "{argv:?}");
    }
}

/// The help catalogue is read a message at a time (SPEC 10, start-up cost): every help
/// message, said that way, reads as in the whole catalogue parsed at once, in both
/// languages.
#[test]
fn help_messages_read_one_at_a_time_as_in_the_whole_catalogue() {
    for lang in [Lang::En, Lang::Ja] {
        let mut whole = fluent_bundle::FluentBundle::new(vec![
            lang.as_str()
                .parse::<unic_langid::LanguageIdentifier>()
                .unwrap(),
        ]);
        whole.set_use_isolating(false);
        for (_, text) in lang.catalogues(Part::Help) {
            whole
                .add_resource(fluent_bundle::FluentResource::try_new(text.to_string()).unwrap())
                .unwrap();
        }
        let ids = messages(lang, Part::Help);
        assert!(ids.len() > 200, "{}", ids.len());
        for id in ids.keys() {
            let p = whole.get_message(id).and_then(|m| m.value()).unwrap();
            let expected = whole.format_pattern(p, None, &mut Vec::new()).into_owned();
            assert_eq!(svcreq::i18n::text_in(lang, id, None), expected, "{id}");
            assert!(svcreq::i18n::has(lang, id), "{id}");
        }
    }
}
