//! docs/traceability.md traces every clause of the service description to a rule and its
//! tests. This keeps it honest: one row per clause 1–57, the 47 rule-bearing clauses each name
//! a test (or say `pending:` and why), n/a clauses argue why, and every test named exists in
//! the source as a `#[test]` function — so renaming a test without the table fails here.

use std::collections::BTreeSet;
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Names of the `#[test]` functions in every `.rs` file under `dir`.
fn test_names(dir: &Path, names: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            test_names(&path, names);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            names.extend(tests_in(&text));
        }
    }
}

/// The functions of `text` that a `#[test]` attribute (possibly followed by other
/// attributes) marks.
fn tests_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut marked = false;
    for line in text.lines() {
        let line = line.trim();
        if line == "#[test]" {
            marked = true;
            continue;
        }
        if marked {
            if line.starts_with("#[") || line.is_empty() || line.starts_with("//") {
                continue;
            }
            if let Some(rest) = line
                .strip_prefix("fn ")
                .or_else(|| line.strip_prefix("async fn "))
            {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                out.push(name);
            }
            marked = false;
        }
    }
    out
}

struct Row {
    number: usize,
    kind: String,
    tests: String,
}

fn rows(doc: &str) -> Vec<Row> {
    doc.lines()
        .filter(|l| l.starts_with("| "))
        .filter_map(|l| {
            // Cells are separated by " | "; a `\|` inside a cell is not a separator.
            let cells: Vec<String> = l
                .trim_matches('|')
                .replace("\\|", "\u{1}")
                .split('|')
                .map(|c| c.trim().replace('\u{1}', "|"))
                .collect();
            let number = cells.first()?.parse().ok()?;
            assert_eq!(cells.len(), 6, "row {number}: six columns");
            Some(Row {
                number,
                kind: cells[2].clone(),
                tests: cells[5].clone(),
            })
        })
        .collect()
}

/// The backticked names in a cell.
fn named(cell: &str) -> Vec<&str> {
    cell.split('`').skip(1).step_by(2).collect()
}

#[test]
fn every_clause_is_traced_and_every_named_test_exists() {
    let doc = std::fs::read_to_string(Path::new(ROOT).join("docs/traceability.md")).unwrap();
    let mut have = BTreeSet::new();
    test_names(&Path::new(ROOT).join("src"), &mut have);
    test_names(&Path::new(ROOT).join("tests"), &mut have);
    let rows = rows(&doc);
    let numbers: Vec<usize> = rows.iter().map(|r| r.number).collect();
    assert_eq!(
        numbers,
        (1..=57).collect::<Vec<_>>(),
        "one row per clause, in order"
    );
    let mut rules = 0;
    let mut missing = Vec::new();
    for r in &rows {
        match r.kind.as_str() {
            "rule" => {
                rules += 1;
                let tests = named(&r.tests);
                let pending = r.tests.starts_with("pending:");
                assert!(
                    pending || !tests.is_empty(),
                    "clause {} carries a rule but names no test",
                    r.number
                );
                if !pending {
                    for t in tests {
                        if !have.contains(t) {
                            missing.push(format!("clause {}: {t}", r.number));
                        }
                    }
                }
            }
            "n/a" => assert!(
                r.tests.starts_with("n/a:") && r.tests.len() > 20,
                "clause {} is n/a: argue why in the tests column",
                r.number
            ),
            k => panic!("clause {}: kind '{k}' is neither rule nor n/a", r.number),
        }
    }
    assert_eq!(rules, 47, "the seed's 47 rule-bearing clauses");
    assert!(missing.is_empty(), "tests named but not found: {missing:?}");
}

#[test]
fn the_check_notices_a_renamed_test() {
    let src = "#[test]\nfn kept() {}\n\n#[test]\n#[ignore]\nfn also_kept() {}\nfn helper() {}\n";
    assert_eq!(tests_in(src), ["kept", "also_kept"]);
    let renamed = src.replace("fn kept", "fn kept_renamed");
    assert!(!tests_in(&renamed).contains(&"kept".to_string()));
}
