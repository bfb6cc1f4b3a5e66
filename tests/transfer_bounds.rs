//! What one command stores, another takes back (SPEC 5, 7): one cap per stored field for
//! every command that writes it, a whole record bounded so its export line always imports,
//! import errors in the project's own words, and the hints for stdin's format and for a
//! UTF-16 file without a byte order mark.

#[macro_use]
mod common;
use common::Env;

fn export(env: &Env, db: &std::path::Path, args: &[&str]) -> Vec<u8> {
    let out = env.on(db).arg("export").args(args).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Export `args` from the seeded ledger, import into a fresh one, export again: equal.
fn round_trip(env: &Env, args: &[&str], tag: &str) {
    let first = export(env, &env.db(), args);
    let file = env.path(&format!("rt-{tag}"));
    std::fs::write(&file, &first).unwrap();
    let fresh = env.other_db(&format!("fresh-{tag}.db"));
    let out = env
        .on(&fresh)
        .arg("import")
        .arg(&file)
        .args(args.iter().filter(|a| **a != "--events"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{tag}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let second = export(env, &fresh, args);
    assert!(first == second, "{tag}: the round trip differs");
}

#[test]
fn every_field_has_one_cap_shared_by_every_command_that_writes_it() {
    let tenant = "t".repeat(1024);
    let env = Env::with_config(&format!("[tenants.{tenant}]\nplan = \"e3\"\n"));
    let long = "x".repeat(1024);
    let id = env.open(&[
        "--title",
        "at every cap",
        "--severity",
        "B",
        "--tenant",
        &tenant,
        "--contact",
        &long,
        "--engineer",
        &long,
        "--owner",
        &long,
        "--as",
        &long,
    ]);
    env.run(
        &[
            "update",
            &id.to_string(),
            "--contact",
            &"y".repeat(1024),
            "--as",
            &long,
        ],
        0,
    );
    for args in [&["--format", "csv"][..], &[], &["--events"]] {
        round_trip(&env, args, &args.join(""));
    }
    // One byte over: refused by every command that writes the field, with its cap.
    let over = "x".repeat(1025);
    for flag in ["--contact", "--engineer", "--owner", "--as"] {
        let err = env.fail(&["open", "--title", "t", "--severity", "C", flag, &over], 2);
        assert!(
            err.contains(flag) && err.contains("the 1 KiB cap"),
            "{flag}: {err}"
        );
        let line = serde_json::json!({"title": "t", "severity": "C", flag.trim_start_matches('-').replace("as", "opened_by"): over});
        let file = env.path("over.jsonl");
        std::fs::write(&file, format!("{line}\n")).unwrap();
        let err = env.fail(&["import", file.to_str().unwrap()], 2);
        assert!(err.contains("the 1 KiB cap"), "{flag}: {err}");
    }
    // The default tenant's name too.
    for config in [
        format!("[tenants.{over}]\nplan = \"e3\"\n"),
        format!("tenant = \"{over}\"\n"),
    ] {
        let env = Env::with_config(&config);
        let err = env.fail(&["list"], 2);
        assert!(err.contains("the 1 KiB cap"), "{err}");
    }
}

/// Phrases of the libraries import reads with (serde, serde_json, csv, the number parser,
/// the system): none may reach a person.
const LIBRARY_PHRASES: &[&str] = &[
    "invalid digit",
    "number too large to fit",
    "too small to fit",
    "cannot parse",
    "did not match any variant",
    "untagged enum",
    "BoolOrText",
    "ListOrText",
    "ImportRow",
    "EventRow",
    "CycleRow",
    "expected struct",
    "invalid type:",
    "invalid value:",
    "hex escape",
    "number out of range",
    "EOF while parsing",
    "trailing characters",
    "lone leading surrogate",
    "Too many levels of symbolic links",
    "os error",
    "not table",
];

fn assert_plain(stderr: &str, what: &str) {
    for p in LIBRARY_PHRASES {
        assert!(
            !stderr.to_lowercase().contains(&p.to_lowercase()),
            "{what}: library text {p:?} in {stderr}"
        );
    }
}

#[test]
fn import_field_errors_name_the_field_in_the_projects_own_words() {
    let env = Env::new();
    // (file name, content, the field the error must name; "" for a whole-line fault)
    let cases: &[(&str, &str, &str)] = &[
        ("a.csv", "id,title\n1e3,x\n", "id"),
        ("b.csv", "reopen_count,title\nx,t\n", "reopen_count"),
        ("c.csv", "reopen_count,title\n1.0,t\n", "reopen_count"),
        ("d.csv", "id,title\n\" 7\",t\n", "id"),
        ("e.csv", "id,title\n99999999999999999999,t\n", "id"),
        ("f.csv", "available_24x7,title\n1,t\n", "available_24x7"),
        ("g.csv", "cycles,title\n{},t\n", "cycles"),
        ("h.csv", "events,title\n\"[{}]\",t\n", "events"),
        ("i.jsonl", "{\"title\":\"t\",\"events\":[{}]}\n", "events"),
        (
            "j.jsonl",
            "{\"title\":\"t\",\"available_24x7\":1}\n",
            "available_24x7",
        ),
        ("k.jsonl", "{\"title\":5}\n", "title"),
        (
            "l.jsonl",
            "{\"title\":\"t\",\"cycles\":[{\"cycle\":\"x\"}]}\n",
            "cycles",
        ),
        (
            "m.jsonl",
            "{\"title\":\"t\",\"incidents\":[1]}\n",
            "incidents",
        ),
        ("n.jsonl", "{\"title\":\"t\",\"id\":1.5}\n", "id"),
        ("o.jsonl", "{\"title\":\"t\",\"id\":\"7\"}\n", "id"),
        ("p.jsonl", "{\"title\":\"\\ud800\"}\n", ""),
        ("q.jsonl", "{\"title\":\"t\",\"reopen_count\":1e400}\n", ""),
        ("r.jsonl", "[\"title\"]\n", ""),
        ("s.jsonl", "{\"title\":\"t\",\"events\":{}}\n", "events"),
    ];
    for (name, content, field) in cases {
        let file = env.path(name);
        std::fs::write(&file, content).unwrap();
        for lang in ["en", "ja"] {
            let out = env
                .cmd()
                .env("SVCREQ_LANG", lang)
                .arg("import")
                .arg(&file)
                .output()
                .unwrap();
            let stderr = String::from_utf8(out.stderr).unwrap();
            assert_eq!(out.status.code(), Some(2), "{name} {lang}: {stderr}");
            assert_eq!(stderr.lines().count(), 1, "{name} {lang}: {stderr}");
            assert_plain(&stderr, name);
            if !field.is_empty() {
                let named = if lang == "en" {
                    format!("field {field}")
                } else {
                    format!("「{field}」")
                };
                assert!(stderr.contains(&named), "{name} {lang}: {stderr}");
            }
        }
    }
    // The same rule outside import: a count and a ledger path.
    for lang in ["en", "ja"] {
        let out = env
            .cmd()
            .env("SVCREQ_LANG", lang)
            .args(["list", "--limit", "-1"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert_plain(&String::from_utf8(out.stderr).unwrap(), "--limit -1");
        let a = env.path("loop-a");
        let b = env.path("loop-b");
        let _ = std::os::unix::fs::symlink(&b, &a);
        let _ = std::os::unix::fs::symlink(&a, &b);
        let out = env
            .on(&a)
            .env("SVCREQ_LANG", lang)
            .arg("list")
            .output()
            .unwrap();
        assert_ne!(out.status.code(), Some(0));
        assert_plain(&String::from_utf8(out.stderr).unwrap(), "symlink loop");
    }
}

#[test]
fn csv_on_stdin_read_as_json_lines_is_told_to_add_format_csv() {
    let env = Env::new();
    for input in [
        "title\nx\n",
        "\u{feff}title,severity\nx,A\n",
        "\"title\",\"service\"\r\nx,teams\r\n",
    ] {
        let out = env
            .cmd()
            .args(["import", "-"])
            .write_stdin(input)
            .output()
            .unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("--format csv"), "{input:?}: {stderr}");
        // With the flag, the same input imports.
        env.cmd()
            .args(["import", "-", "--format", "csv", "--force"])
            .write_stdin(input)
            .assert()
            .success();
    }
    // A JSON line that is wrong stays a JSON error: no CSV hint.
    let out = env
        .cmd()
        .args(["import", "-"])
        .write_stdin("{\"title\": 5}\n")
        .output()
        .unwrap();
    assert!(
        !String::from_utf8(out.stderr)
            .unwrap()
            .contains("--format csv")
    );
}

#[test]
fn utf16_without_a_bom_gets_the_same_hint_as_with_one() {
    let env = Env::new();
    let text = "title,severity\nメール,B\n";
    let with_bom = {
        let mut b = vec![0xff, 0xfe];
        b.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        b
    };
    let hint = {
        let f = env.path("bom.csv");
        std::fs::write(&f, &with_bom).unwrap();
        env.fail(&["import", f.to_str().unwrap()], 2)
    };
    assert!(hint.contains("UTF-16"), "{hint}");
    for (name, bytes) in [
        (
            "le.csv",
            text.encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect::<Vec<u8>>(),
        ),
        (
            "be.csv",
            text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
        ),
    ] {
        let f = env.path(name);
        std::fs::write(&f, &bytes).unwrap();
        let err = env.fail(&["import", f.to_str().unwrap()], 2);
        assert_eq!(err.replace(name, "bom.csv"), hint, "{name}");
        let out = env
            .cmd()
            .args(["import", "-", "--format", "csv"])
            .write_stdin(bytes)
            .output()
            .unwrap();
        assert!(String::from_utf8(out.stderr).unwrap().contains("UTF-16"));
    }
}

/// The bytes of the one request's `export --events` JSON line, without its line break.
fn line_len(env: &Env) -> usize {
    let out = export(env, &env.db(), &["--events"]);
    out.len() - 1
}

/// Add a note of `len` bytes of `n` to request 1 through stdin; the output.
fn note(env: &Env, len: usize) -> std::process::Output {
    note_text(env, "n".repeat(len))
}

fn note_text(env: &Env, text: String) -> std::process::Output {
    env.cmd()
        .args(["note", "1", "-"])
        .write_stdin(text)
        .output()
        .unwrap()
}

/// The room a refusal says was left ("… it had N bytes of room left …").
fn room_of(stderr: &str) -> usize {
    let at = stderr.find("it had ").expect(stderr) + "it had ".len();
    stderr[at..]
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .expect(stderr)
}

both_backends! {
#[test]
fn a_requests_whole_record_is_bounded_so_its_export_line_always_imports() {
    let env = Env::new();
    // A description of control characters: each byte is 6 in the JSON line (one letter
    // first, as a description that shows nothing is none).
    let desc = env.path("desc.txt");
    std::fs::write(&desc, format!("x{}", "\u{1}".repeat(1024 * 1024 - 1))).unwrap();
    env.open(&["--title", "big", "--severity", "B", "--description-file", desc.to_str().unwrap()]);
    // What a note of L bytes adds to the line: k * L + c.
    let base = line_len(&env);
    assert_eq!(note(&env, 1).status.code(), Some(0));
    let one = line_len(&env);
    assert_eq!(note(&env, 2).status.code(), Some(0));
    let two = line_len(&env);
    let k = (two - one) - (one - base);
    let c = (one - base) - k;
    // A note larger than the room left is refused whole, saying how much room there was.
    // (Control characters escape to six bytes each in JSON; one letter keeps the note from
    // being one that shows nothing, which is refused as empty.)
    let out = note_text(&env, format!("x{}", "\u{1}".repeat(1024 * 1024 - 1)));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    let room = room_of(&stderr);
    assert_eq!(line_len(&env), two, "nothing was written");
    // Notes that fill the room exactly are taken (in parts: a note has its own cap); then
    // not one byte more.
    let left = |env: &Env| room - (line_len(env) - two);
    while left(&env) >= c + k {
        let fill = ((left(&env) - c) / k).min(512 * 1024);
        let out = note(&env, fill);
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    }
    assert!(left(&env) < c + k, "filled to the edge");
    let out = note(&env, 1);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(room_of(&stderr) < k + c, "{stderr}");
    // At the edge, the export imports and exports again byte for byte.
    round_trip(&env, &["--events"], "edge.jsonl");
    round_trip(&env, &["--events", "--format", "csv"], "edge.csv");
}
}
