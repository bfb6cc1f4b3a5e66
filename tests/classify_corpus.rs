//! Accuracy of the classifier on the labelled corpus in `tests/corpus/requests.tsv`.
//!
//! Set `CLASSIFY_CORPUS=path` to evaluate another file in the same format instead.
//!
//! Prints accuracy per class (severity, category, scope, and service where labelled) and a
//! list of misses; fails when overall accuracy is below 95 % or when any request of
//! severity A is classified C or vice versa.

use svcreq::rules::classify::classify;
use svcreq::rules::facts::{Category, FactOverrides, Scope, Service, Severity};

struct Case {
    line: usize,
    severity: Option<Severity>,
    category: Category,
    scope: Scope,
    service: Option<Service>,
    text: String,
}

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/requests.tsv");

fn load(path: &str) -> Vec<Case> {
    let data = std::fs::read_to_string(path).expect("corpus file is readable");
    let mut cases = Vec::new();
    let mut header_seen = false;
    for (i, line) in data.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            cols.len(),
            5,
            "line {}: expected 5 TAB-separated columns",
            i + 1
        );
        if !header_seen {
            assert_eq!(
                cols,
                ["severity", "category", "scope", "service", "text"],
                "header"
            );
            header_seen = true;
            continue;
        }
        let severity = match cols[0] {
            "-" => None,
            s => Some(s.parse().unwrap_or_else(|e| panic!("line {}: {e}", i + 1))),
        };
        let category: Category = cols[1]
            .parse()
            .unwrap_or_else(|e| panic!("line {}: {e}", i + 1));
        assert_eq!(
            severity.is_none(),
            category != Category::Technical,
            "line {}: severity is '-' exactly for presales and billing",
            i + 1
        );
        cases.push(Case {
            line: i + 1,
            severity,
            category,
            scope: cols[2]
                .parse()
                .unwrap_or_else(|e| panic!("line {}: {e}", i + 1)),
            service: match cols[3] {
                "-" => None,
                s => Some(s.parse().unwrap_or_else(|e| panic!("line {}: {e}", i + 1))),
            },
            text: cols[4].to_owned(),
        });
    }
    cases
}

fn show(s: Option<Severity>) -> String {
    s.map_or("-".to_owned(), |s| s.to_string())
}

#[test]
fn corpus_accuracy_is_at_least_95_percent_with_no_a_c_confusion() {
    let path = std::env::var("CLASSIFY_CORPUS").unwrap_or_else(|_| CORPUS.to_owned());
    let cases = load(&path);
    if path == CORPUS {
        assert!(cases.len() >= 120, "the corpus has at least 120 requests");
    }
    let (mut sev_ok, mut cat_ok, mut scope_ok, mut all_ok) = (0usize, 0usize, 0usize, 0usize);
    let (mut svc_ok, mut svc_n) = (0usize, 0usize);
    let mut a_c = Vec::new();
    for case in &cases {
        let got = classify(&case.text, &FactOverrides::default());
        let sev = got.severity == case.severity;
        let cat = got.category == case.category;
        let scope = got.scope == case.scope;
        sev_ok += usize::from(sev);
        cat_ok += usize::from(cat);
        scope_ok += usize::from(scope);
        all_ok += usize::from(sev && cat && scope);
        if let Some(s) = case.service {
            svc_n += 1;
            if got.service == s {
                svc_ok += 1;
            } else {
                println!(
                    "service miss line {}: want {s} got {} | {}",
                    case.line, got.service, case.text
                );
            }
        }
        if !(sev && cat && scope) {
            println!(
                "MISS line {}: want {}/{}/{} got {}/{}/{} facts {:?}\n    {}\n    {:?}",
                case.line,
                show(case.severity),
                case.category,
                case.scope,
                show(got.severity),
                got.category,
                got.scope,
                got.facts,
                case.text,
                got.rationale
                    .iter()
                    .map(|r| format!("{}={} ({:?})", r.fact, r.value, r.basis))
                    .collect::<Vec<_>>()
            );
        }
        if matches!(
            (case.severity, got.severity),
            (Some(Severity::A), Some(Severity::C)) | (Some(Severity::C), Some(Severity::A))
        ) {
            a_c.push(case.line);
        }
    }
    let n = cases.len();
    let pct = |k: usize, n: usize| 100.0 * k as f64 / n.max(1) as f64;
    println!("requests: {n}");
    println!("severity accuracy: {:.1} % ({sev_ok}/{n})", pct(sev_ok, n));
    println!("category accuracy: {:.1} % ({cat_ok}/{n})", pct(cat_ok, n));
    println!(
        "scope accuracy:    {:.1} % ({scope_ok}/{n})",
        pct(scope_ok, n)
    );
    println!(
        "service accuracy:  {:.1} % ({svc_ok}/{svc_n}, labelled only)",
        pct(svc_ok, svc_n)
    );
    println!(
        "overall (all three right): {:.1} % ({all_ok}/{n})",
        pct(all_ok, n)
    );
    assert!(a_c.is_empty(), "A/C confusion on corpus lines {a_c:?}");
    assert!(
        pct(all_ok, n) >= 95.0,
        "overall accuracy {:.1} % is below 95 %",
        pct(all_ok, n)
    );
}
