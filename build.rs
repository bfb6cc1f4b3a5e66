//! Index the Fluent catalogues (`locales/*/*.ftl`) at build time: for each language's
//! messages and help, where the entry of every message id lies in the embedded files,
//! sorted by id, so that a command finds the few messages it writes without reading the
//! whole catalogue (`src/i18n.rs`; a test there holds the index to a parse of the files).

use std::fmt::Write;

/// (constant, language, files): the files of each catalogue, as `src/i18n.rs` embeds them.
const CATALOGUES: &[(&str, &str, &[&str])] = &[
    (
        "EN_MESSAGES",
        "en",
        &["messages.ftl", "output.ftl", "rules.ftl"],
    ),
    (
        "JA_MESSAGES",
        "ja",
        &["messages.ftl", "output.ftl", "rules.ftl"],
    ),
    ("EN_HELP", "en", &["help.ftl", "help-words.ftl"]),
    ("JA_HELP", "ja", &["help.ftl", "help-words.ftl"]),
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=locales");
    let mut out = String::new();
    for (name, lang, files) in CATALOGUES {
        // (id, file, start, end of the entry), the first definition of an id kept.
        let mut index: Vec<(String, usize, usize, usize)> = Vec::new();
        writeln!(out, "const {name}: &[(&str, &str)] = &[").unwrap();
        for (f, file) in files.iter().enumerate() {
            let path = format!("locales/{lang}/{file}");
            let text = std::fs::read_to_string(&path).expect("catalogue file");
            writeln!(
                out,
                "    ({file:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{path}\"))),"
            )
            .unwrap();
            for (id, start, end) in entries(&text) {
                if !index.iter().any(|e| e.0 == id) {
                    index.push((id.to_string(), f, start, end));
                }
            }
        }
        writeln!(out, "];").unwrap();
        index.sort();
        writeln!(out, "const {name}_INDEX: &[(u8, u32, u32, u32)] = &[").unwrap();
        for (id, f, start, end) in index {
            writeln!(out, "    ({f}, {start}, {}, {end}),", start + id.len()).unwrap();
        }
        writeln!(out, "];").unwrap();
    }
    let dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(format!("{dir}/catalogues.rs"), out).expect("write the index");
}

/// The messages of a catalogue file as (id, start, end of its entry). An entry starts on a
/// line `id =` and runs to the next entry or comment: every other line of a message (its
/// continuation lines, a select expression's variants and its closing brace) is indented or
/// starts with a character that can start neither (Fluent's syntax).
fn entries(text: &str) -> Vec<(&str, usize, usize)> {
    let mut starts = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.starts_with('#') {
            starts.push((at, None));
        } else if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            starts.push((at, message_id(line)));
        }
        at += line.len();
    }
    starts.push((text.len(), None));
    starts
        .windows(2)
        .filter_map(|w| Some((w[0].1?, w[0].0, w[1].0)))
        .collect()
}

/// The id a line `id = …` defines; None for anything else.
fn message_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end_matches([' ', '\t']);
    id.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        .then_some(id)
}
