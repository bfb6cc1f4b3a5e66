//! No module imports one that imports it back: the `use crate::…` and `use super::…`
//! statements of every file under src/ form no two-way edge. A module's own `mod` lines
//! and the items it names inline are not imports; a nested `mod tests` sees its parent
//! through `super::*`, which is no edge either.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The module path of a source file: `src/cli/open.rs` → ["cli", "open"].
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut m: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(m.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        m.pop();
    }
    m
}

/// Expand `a::{b::C, d}` into ["a::b::C", "a::d"].
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        return vec![tree.split(" as ").next().unwrap().trim().to_string()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap()];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .flat_map(expand)
        .map(|p| format!("{prefix}{p}"))
        .collect()
}

/// The `use` statements of a file, each with whether it stands at the file's top level.
fn uses(text: &str) -> Vec<(bool, String)> {
    let mut out = Vec::new();
    let mut current: Option<(bool, String)> = None;
    for line in text.lines() {
        let code = line.split("//").next().unwrap();
        if let Some((top, mut stmt)) = current.take() {
            stmt.push_str(code);
            if stmt.contains(';') {
                out.push((top, stmt));
            } else {
                current = Some((top, stmt));
            }
            continue;
        }
        let trimmed = code.trim_start();
        let stmt = trimmed
            .strip_prefix("pub use ")
            .or_else(|| trimmed.strip_prefix("pub(crate) use "))
            .or_else(|| trimmed.strip_prefix("use "));
        if let Some(rest) = stmt {
            let top = !code.starts_with(' ');
            if rest.contains(';') {
                out.push((top, rest.to_string()));
            } else {
                current = Some((top, rest.to_string()));
            }
        }
    }
    out.into_iter()
        .map(|(top, s)| (top, s[..s.find(';').unwrap()].to_string()))
        .collect()
}

/// The module-to-module import edges of the crate under `src`.
fn edges(src: &Path) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let mut all = Vec::new();
    files(src, &mut all);
    let modules: BTreeSet<Vec<String>> = all.iter().map(|f| module_of(src, f)).collect();
    let mut graph: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for f in &all {
        let me = module_of(src, f);
        for (top, stmt) in uses(&std::fs::read_to_string(f).unwrap()) {
            for path in expand(&stmt) {
                let segs: Vec<&str> = path.split("::").map(str::trim).collect();
                let mut target: Vec<String> = match segs[0] {
                    "crate" => Vec::new(),
                    "super" if top => me[..me.len().saturating_sub(1)].to_vec(),
                    "self" if top => me.clone(),
                    _ => continue,
                };
                let mut resolved = target.clone();
                for s in &segs[1..] {
                    target.push(s.to_string());
                    if modules.contains(&target) {
                        resolved = target.clone();
                    }
                }
                if resolved != me {
                    graph.entry(me.clone()).or_default().insert(resolved);
                }
            }
        }
    }
    graph
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = edges(&src);
    let mut cycles = Vec::new();
    for (a, targets) in &graph {
        for b in targets {
            if a < b && graph.get(b).is_some_and(|t| t.contains(a)) {
                cycles.push(format!("{} <-> {}", a.join("::"), b.join("::")));
            }
        }
    }
    assert!(
        cycles.is_empty(),
        "modules that import each other: {cycles:?}"
    );
    // The check sees real imports: cli::open imports cli::args.
    assert!(
        graph[&vec!["cli".to_string(), "open".to_string()]]
            .contains(&vec!["cli".to_string(), "args".to_string()])
    );
}

#[test]
fn the_cycle_check_sees_a_two_way_import() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path();
    std::fs::create_dir(src.join("cli")).unwrap();
    std::fs::write(src.join("lib.rs"), "pub mod cli;\n").unwrap();
    std::fs::write(src.join("cli/mod.rs"), "mod a;\nmod b;\n").unwrap();
    std::fs::write(src.join("cli/a.rs"), "use super::b::{X,\n    Y};\n").unwrap();
    std::fs::write(src.join("cli/b.rs"), "use crate::cli::a::Z;\n").unwrap();
    let g = edges(src);
    let a = vec!["cli".to_string(), "a".to_string()];
    let b = vec!["cli".to_string(), "b".to_string()];
    assert!(g[&a].contains(&b) && g[&b].contains(&a), "{g:?}");
}
