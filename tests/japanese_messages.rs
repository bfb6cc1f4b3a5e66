//! Messages in Japanese (SPEC 10) for the errors of the ledger, the config and rules files
//! and the input svcreq reads: each is one sentence from the catalogue, with no raw library
//! text (SQLite's, serde's, TOML's) and no English words of svcreq's own.

mod common;
use common::{Env, command_paths};

/// The stderr of a failing run in `lang`, checked to be one line with the code expected.
fn fail_in(env: &Env, lang: &str, args: &[&str], code: i32) -> String {
    let out = env
        .cmd()
        .args(args)
        .args(["--lang", lang])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
    assert!(out.stdout.is_empty(), "{args:?}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("svcreq: "), "{err}");
    err
}

/// Whether `s` reads as Japanese: kana in it, and none of svcreq's English message words.
fn reads_japanese(s: &str) -> bool {
    let kana = s.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c));
    let english = [
        " the ", "ledger", " is not", "cannot", " give ", "refusing", "expected", "invalid",
    ];
    kana && !english.iter().any(|w| s.contains(w))
}

both_backends! {
#[test]
fn ledger_file_errors_are_in_the_readers_language() {
    let env = Env::new();
    let dir = env.path("d");
    std::fs::create_dir(&dir).unwrap();
    let junk = env.path("junk.db");
    std::fs::write(&junk, "this is not a database, just text long enough").unwrap();
    for (db, code, en) in [
        (&dir, 2, "is a directory"),
        (&junk, 1, "is not an svcreq database"),
    ] {
        let ja = {
            let out = env.on(db).args(["list", "--lang", "ja"]).output().unwrap();
            assert_eq!(out.status.code(), Some(code));
            String::from_utf8(out.stderr).unwrap()
        };
        assert!(reads_japanese(&ja), "{ja}");
        assert!(ja.contains(&db.display().to_string()), "{ja}");
        let out = env.on(db).args(["list"]).output().unwrap();
        let en_err = String::from_utf8(out.stderr).unwrap();
        assert!(en_err.contains(en), "{en_err}");
    }
}
}

#[test]
fn busy_timeout_variable_errors_are_in_the_readers_language() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["open", "--title", "Mail is slow", "--lang", "ja"])
        .env("SVCREQ_BUSY_TIMEOUT_MS", "soon")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        reads_japanese(&err) && err.contains("SVCREQ_BUSY_TIMEOUT_MS"),
        "{err}"
    );
}

both_backends! {
#[test]
fn team_ledger_url_errors_are_in_the_readers_language() {
    let env = Env::new();
    for url in [
        "postgres://alice@db.example/svcreq?sslmode=bogus",
        "postgres://alice:secret@db.example/svcreq",
        "postgres://alice@db.example:99999/svcreq",
        "postgres://alice@db.example/svc%zzreq",
    ] {
        let out = env
            .on(std::path::Path::new(url))
            .args(["list", "--lang", "ja"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{url}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(reads_japanese(&err), "{url}: {err}");
        assert!(!err.contains("secret"), "{err}");
    }
}
}

/// Library words that must never reach a person: serde's and TOML's forms and Rust types.
const RAW: [&str; 6] = [
    "invalid type",
    "struct ",
    "TierFile",
    "TenantFile",
    "at line",
    "expected value",
];

both_backends! {
#[test]
fn config_file_errors_name_the_file_line_and_what_was_expected_in_both_languages() {
    for (config, en_reason, ja_reason) in [
        (
            "[tenants.x]\nplan = 5\n",
            "c.toml:2:8: the value of plan must be a string, not integer `5`",
            "c.toml」の 2 行 8 列: plan の値は文字列にしてください (指定された値: 整数「5」)",
        ),
        (
            "[tenants]\nx = 1\n",
            "c.toml:2:5: the value of x must be a table, not integer `1`",
            "c.toml」の 2 行 5 列: x の値はテーブルにしてください",
        ),
        (
            "tenant = \"a\"\n[tiers\n",
            "c.toml:2:7: not valid TOML: unclosed table; `]` is expected here",
            "c.toml」の 2 行 7 列: TOML の構文エラーで、テーブルのヘッダーが閉じていません (ここには「]」が必要です)",
        ),
        (
            "bogus = 1\n",
            "c.toml:1:1: `bogus` is not a key svcreq knows here; the keys allowed here are `db`",
            "c.toml」の 1 行 1 列: 不明な項目「bogus」です (使える項目: 「db」、",
        ),
    ] {
        let env = Env::with_config(config);
        let en = fail_in(&env, "en", &["list"], 2);
        assert!(en.contains(en_reason), "{config:?}: {en}");
        let ja = fail_in(&env, "ja", &["list"], 2);
        assert!(ja.contains(ja_reason), "{config:?}: {ja}");
        for raw in RAW {
            assert!(!en.contains(raw) && !ja.contains(raw), "{raw}: {en}{ja}");
        }
    }
}
}

both_backends! {
#[test]
fn rules_file_errors_say_what_was_expected_without_rust_type_names() {
    let env = Env::with_config("rules_file = \"r.toml\"\n");
    std::fs::write(env.path("r.toml"), "[tiers]\nbasic = 1\n").unwrap();
    for lang in ["en", "ja"] {
        let err = fail_in(&env, lang, &["list"], 2);
        assert!(err.contains("r.toml"), "{err}");
        for raw in RAW {
            assert!(!err.contains(raw), "{raw}: {err}");
        }
    }
}
}

both_backends! {
#[test]
fn import_record_errors_are_said_from_the_catalogue() {
    let env = Env::new();
    for (line, en_reason) in [
        (
            "{\"title\": 1}",
            "the value must be a string, not integer `1` (column 11)",
        ),
        ("{\"title\": }", "a value is expected here (column 11)"),
        ("{\"title\": \"x\",", "the text ends inside a value"),
    ] {
        std::fs::write(env.path("in.jsonl"), format!("{line}\n")).unwrap();
        let en = fail_in(
            &env,
            "en",
            &["import", &env.path("in.jsonl").display().to_string()],
            2,
        );
        assert!(en.contains(en_reason), "{en}");
        let ja = fail_in(
            &env,
            "ja",
            &["import", &env.path("in.jsonl").display().to_string()],
            2,
        );
        assert!(reads_japanese(&ja), "{ja}");
        assert!(!ja.contains("at line"), "{ja}");
    }
}
}

both_backends! {
/// The latest action a time may not precede is data (an event id), said in the reader's
/// language when shown: a close before the first response names 初期応答 in Japanese and
/// "first response" in English.
#[test]
fn latest_action_is_named_in_the_readers_language() {
    let env = Env::new();
    env.open(&[
        "--title",
        "x",
        "--severity",
        "B",
        "--opened-at",
        "2026-11-24T08:00:00Z",
    ]);
    env.run(&["respond", "1", "--at", "2026-11-24T09:00:00Z"], 0);
    let args = ["close", "1", "--at", "2026-11-24T08:30:00Z"];
    let ja = fail_in(&env, "ja", &args, 2);
    assert!(ja.contains("(初期応答、"), "{ja}");
    assert!(!ja.contains("first"), "{ja}");
    let en = fail_in(&env, "en", &args, 2);
    assert!(en.contains("first response"), "{en}");
}
}

both_backends! {
/// A value error names the value once (SPEC 10): when the reason quotes the value, the line
/// does not repeat it; a positional argument is named by its name, and a value from the
/// environment by its variable, not by a flag the user never typed.
#[test]
fn japanese_value_errors_name_the_value_once() {
    let env = Env::new();
    for (args, value) in [
        (&["list", "--severity", "D"][..], "「D」"),
        (&["list", "--sla", "late"], "「late」"),
        (&["show", "abc"], "「abc」"),
        (&["list", "--reopen-ends-within", "3x"], "「3x」"),
    ] {
        let err = fail_in(&env, "ja", args, 2);
        assert_eq!(err.matches(value).count(), 1, "{args:?}: {err}");
        assert!(!err.contains("[ID]"), "{err}");
    }
    let out = env
        .cmd()
        .args(["list"])
        .env("SVCREQ_LANG", "de")
        .env("LANG", "ja_JP.UTF-8")
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("SVCREQ_LANG") && !err.contains("--lang"),
        "{err}"
    );
}
}

both_backends! {
/// What a Japanese reader sees says the reader's words, not svcreq's ids or English (SPEC
/// 10): the report's targets and categories, the redaction mark (JSON keeps `[redacted]`),
/// weekdays in an import error, the time in an empty `sla`, support levels and services.
#[test]
fn japanese_output_says_names_not_ids() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    env.open(&[
        "--title",
        "Mail down",
        "--severity",
        "B",
        "--service",
        "exchange-online",
        "--contact",
        "Alice",
        "--opened-at",
        "2026-11-20T01:00:00Z",
    ]);
    env.open(&[
        "--title",
        "E5 price",
        "--category",
        "presales",
        "--opened-at",
        "2026-11-20T02:00:00Z",
    ]);
    let ja = |args: &[&str]| env.run(&[args, &["--lang", "ja"][..]].concat(), 0);
    let report = ja(&["report", "--month", "2026-11"]);
    for id in ["next-day", "| none", "presales (", "T00:00:00Z"] {
        assert!(!report.contains(id), "{id}\n{report}");
    }
    assert!(
        report.contains("翌日") && report.contains("プレセールス (重大度なし)"),
        "{report}"
    );
    env.run(&["redact", "1", "--contact"], 0);
    let show = ja(&["show", "1"]);
    assert!(
        show.contains("[削除済み]") && !show.contains("[redacted]"),
        "{show}"
    );
    assert!(
        show.contains("Exchange Online") && show.contains("エンタープライズ"),
        "{show}"
    );
    assert!(env.run(&["show", "1", "--json"], 0).contains("[redacted]"));
    let empty = Env::new();
    empty.run(&["db", "init"], 0);
    let sla = empty.run(&["sla", "--lang", "ja"], 0);
    assert!(
        !sla.contains(":00Z") && sla.contains("2026-11-24 10:00:00"),
        "{sla}"
    );
    let file = env.path("future.csv");
    std::fs::write(
        &file,
        "title,severity,opened_at\nlater,B,2026-12-20 10:00\n",
    )
    .unwrap();
    let err = fail_in(
        &env,
        "ja",
        &["import", file.to_str().unwrap(), "--dry-run"],
        2,
    );
    // The time as every time check writes it: local, no weekday in either language.
    assert!(
        !err.contains("Sun") && err.contains("「2026-12-20 10:00:00 JST」"),
        "{err}"
    );
    let none = fail_none(
        &env,
        &["list", "--status", "all", "--search", "nothing-like-it"],
    );
    assert!(!none.contains("--status all"), "{none}");
}
}

/// The message of a listing that found nothing, in Japanese.
fn fail_none(env: &Env, args: &[&str]) -> String {
    let out = env
        .cmd()
        .args(args)
        .args(["--lang", "ja"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    String::from_utf8(out.stderr).unwrap()
}

both_backends! {
/// A state in a Japanese confirmation is not left bare after a colon (SPEC 10): `respond`
/// and `close` say `(SLA: 達成)`, `open` labels its hours 受付時間, and a closed request
/// is クローズ済み in the list, its event クローズ.
#[test]
fn japanese_confirmations_label_the_state_they_report() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    let ja = |args: &[&str]| {
        let out = env
            .cmd()
            .args(args)
            .args(["--lang", "ja"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap()
    };
    let opened = ja(&[
        "open",
        "--title",
        "Mail down",
        "--severity",
        "B",
        "--opened-at",
        "2026-11-20T01:00:00Z",
    ]);
    // Each value of the one-line confirmation named in a sentence, the intake in the one
    // form every screen uses (`24 時間 365 日受付`).
    for label in [
        "を作成しました。重大度 B、",
        "サポート レベル: エンタープライズ (e3)",
        "24 時間 365 日受付",
        "応答期限は ",
    ] {
        assert!(opened.contains(label), "{opened}");
    }
    assert!(!opened.contains("受付時間"), "{opened}");
    let responded = ja(&["respond", "1", "--at", "2026-11-20T02:00:00Z"]);
    ja(&["open", "--title", "Slow site", "--severity", "C"]);
    let updated = ja(&["update", "2", "--severity", "B"]);
    assert!(
        updated.contains("の重大度を B に変更しました (SLA: "),
        "{updated}"
    );
    let closed = ja(&["close", "1", "--at", "2026-11-20T03:00:00Z"]);
    for (said, verb) in [
        (&responded, "記録しました (SLA: "),
        (&closed, "クローズしました (SLA: "),
    ] {
        assert!(said.contains(verb), "{said}");
        for state in ["達成", "違反", "応答待ち", "目標なし"] {
            assert!(!said.contains(&format!("しました: {state}")), "{said}");
        }
    }
    let list = ja(&["list", "--status", "all"]);
    assert!(
        list.contains("クローズ済み") && !list.contains("閉じた"),
        "{list}"
    );
    let show = ja(&["show", "1"]);
    assert!(
        show.contains("クローズ") && !show.contains("閉じた"),
        "{show}"
    );
}
}

/// Runs `args` in Japanese, expecting exit 0; stdout and stderr together.
fn ja_out(env: &Env, args: &[&str]) -> String {
    let out = env
        .cmd()
        .args(args)
        .args(["--lang", "ja"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap()
}

/// The cells of a table's rows (`│ a ┆ b │`), trimmed; one Vec per printed line.
fn rows(table: &str) -> Vec<Vec<String>> {
    table
        .lines()
        .filter(|l| l.starts_with('│'))
        .map(|l| {
            l.trim_matches('│')
                .split('┆')
                .map(|c| c.trim().to_string())
                .collect()
        })
        .collect()
}

/// Two tenants (24x7 and business hours), a request of each kind, one updated, closed and
/// reopened: the ledger the wording tests read.
fn worded_ledger() -> Env {
    let env = Env::with_config(
        "tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n\
         [tenants.fabrikam]\nplan = \"business-standard\"\ntimezone = \"Europe/Berlin\"\n",
    );
    let at = ["--opened-at", "2026-11-24T08:00:00Z"];
    env.open(&[&["--title", "Mail down", "--severity", "A"][..], &at].concat());
    env.open(
        &[
            &["--title", "Outlook send button", "--severity", "B"][..],
            &at,
        ]
        .concat(),
    );
    env.open(
        &[
            &["--title", "Pricing for E5", "--category", "presales"][..],
            &at,
        ]
        .concat(),
    );
    env.open(
        &[
            &["--title", "Teams calls drop", "--severity", "B"][..],
            &["--tenant", "fabrikam"],
            &at,
        ]
        .concat(),
    );
    env.run(
        &[
            "respond",
            "2",
            "--at",
            "2026-11-24T09:00:00Z",
            "--note",
            "engineer called",
        ],
        0,
    );
    env.run(
        &[
            "update",
            "2",
            "--case-number",
            "2405010010005082",
            "--engineer",
            "Ken Sato",
        ],
        0,
    );
    env.run(&["close", "2", "--resolution", "fixed"], 0);
    env.run(&["reopen", "2", "--reason", "again"], 0);
    env.run(&["redact", "2", "--notes"], 0);
    env
}

both_backends! {
/// A value is given once (SPEC 10): a show's target says its hours once
/// (`翌日 (24 時間 365 日受付)`), a due time's basis names the clock only where the hours
/// do not imply it, the calendar's windows leave the zone to the heading, and a history
/// detail does not repeat its event's name.
#[test]
fn japanese_messages_give_a_value_once() {
    let env = worded_ledger();
    for id in ["1", "2", "3", "4"] {
        let show = ja_out(&env, &["show", id]);
        for row in rows(&show) {
            if let [field, value] = &row[..]
                && (field == "初期応答の目標" || field == "期限の根拠")
            {
                for words in ["24 時間 365 日", "営業時間"] {
                    assert!(value.matches(words).count() <= 1, "{field}: {value}");
                }
                assert!(!value.contains(" / "), "{field}: {value}");
            }
            if let [_, _, event, detail] = &row[..]
                && !event.is_empty()
                && event != "イベント"
            {
                assert!(!detail.starts_with(event.as_str()), "{event}: {detail}");
            }
        }
    }
    let show = ja_out(&env, &["show", "2"]);
    assert!(show.contains("翌日 (24 時間 365 日受付)"), "{show}");
    let explain = ja_out(&env, &["sla", "--explain", "--fail-on", "never"]);
    let basis: Vec<&str> = explain
        .lines()
        .filter(|l| l.starts_with("サービス要求 "))
        .collect();
    assert!(basis.len() >= 3, "{explain}");
    for line in basis {
        assert!(line.matches("24 時間 365 日").count() <= 1, "{line}");
        assert!(line.matches("営業時間").count() <= 1, "{line}");
    }
    let calendar = ja_out(&env, &["rules", "--calendar"]);
    let windows: Vec<String> = rows(&calendar)
        .into_iter()
        .filter_map(|r| r.get(2).cloned())
        .filter(|w| w.contains('～'))
        .collect();
    assert!(!windows.is_empty(), "{calendar}");
    for w in windows {
        assert!(!w.contains("JST"), "{w}");
    }
}
}

both_backends! {
/// A Japanese sentence says what a setting means, not the setting (SPEC 10): the next-day
/// reading is `翌日 (23:59:59 まで)` in `show` and `sla --explain`, and the rules' notes
/// name support options as the service description does; the setting's name appears only
/// in the settings line of `rules`. English says the reading in words too.
#[test]
fn japanese_sentences_name_no_config_setting() {
    let env = worded_ledger();
    let setting = |s: &str| {
        ["next_day", "support_option", "country", " = \""]
            .into_iter()
            .any(|w| s.contains(w))
    };
    let explain = ja_out(&env, &["sla", "--explain", "--fail-on", "never"]);
    assert!(!setting(&explain), "{explain}");
    assert!(explain.contains("翌日 (23:59:59 まで)"), "{explain}");
    assert!(!explain.contains("翌日 (翌日の"), "{explain}");
    let show = ja_out(&env, &["show", "2"]);
    assert!(!setting(&show), "{show}");
    let rules = ja_out(&env, &["rules"]);
    let lines: Vec<&str> = rules.lines().filter(|l| setting(l)).collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("翌日: next_day = "), "{lines:?}");
    // English says the reading in words too; only `rules` names the setting.
    let en = env.run(&["sla", "--explain", "--fail-on", "never"], 0);
    assert!(!setting(&en), "{en}");
    assert!(en.contains("next day (by 23:59:59 of the next day)"), "{en}");
}
}

/// The classification as JSON: the rationale's phrases as matched (SPEC 10: stored data).
#[derive(serde::Deserialize)]
struct Classified {
    rationale: Vec<Reason>,
}

#[derive(serde::Deserialize)]
struct Reason {
    fact: String,
    by: String,
    phrase: Option<String>,
}

/// A request's events as `show --json` gives them.
#[derive(serde::Deserialize)]
struct Shown {
    events: Vec<ShownEvent>,
}

#[derive(serde::Deserialize)]
struct ShownEvent {
    kind: String,
    detail: String,
}

both_backends! {
/// A reason quotes the phrase as the admin typed it (SPEC 10): case, width, spaces and the
/// prolonged sound mark as in the text, in `classify`, an out-of-scope refusal and the
/// history of `show`, in both languages; JSON and the ledger keep the phrase as matched.
#[test]
fn reasons_quote_the_phrase_as_typed() {
    let env = Env::new();
    let text = "全ユーザーがメールを送受信できない。Web 版では開ける";
    let ja = ja_out(&env, &["classify", text]);
    assert!(
        ja.contains("「全ユーザー」") && ja.contains("「Web 版では開ける」"),
        "{ja}"
    );
    assert!(
        !ja.contains("「全ユーザ」") && !ja.contains("web版"),
        "{ja}"
    );
    let en = env.run(&["classify", text], 0);
    assert!(
        en.contains("\"全ユーザー\"") && en.contains("\"Web 版では開ける\""),
        "{en}"
    );
    let json: Classified = serde_json::from_value(env.json(&["classify", text])).unwrap();
    let affected = json
        .rationale
        .iter()
        .find(|r| r.fact == "affected")
        .unwrap();
    assert_eq!(affected.by, "phrase");
    assert_eq!(affected.phrase.as_deref(), Some("全ユーザ"));
    let err = fail_in(
        &env,
        "ja",
        &["open", "--title", "Excel の VBA マクロが動かない"],
        4,
    );
    assert!(err.contains("「VBA」") && !err.contains("「vba」"), "{err}");
    let err = fail_in(
        &env,
        "en",
        &["open", "--title", "Excel の VBA マクロが動かない"],
        4,
    );
    assert!(err.contains("\"VBA\""), "{err}");
    let id = env
        .open(&["--title", "Outlook は全ユーザーで送信できない"])
        .to_string();
    let show = ja_out(&env, &["show", &id]);
    assert!(
        show.contains("「全ユーザー」") && !show.contains("「全ユーザ」"),
        "{show}"
    );
    let show = env.run(&["show", &id], 0);
    assert!(show.contains("\"全ユーザー\""), "{show}");
    let stored: Shown = serde_json::from_value(env.json(&["show", &id])).unwrap();
    let opened = stored.events.iter().find(|e| e.kind == "opened").unwrap();
    assert!(opened.detail.contains("\"全ユーザ\""), "{}", opened.detail);
}
}

/// `text` without what it quotes in 「…」 (the marks go too): what is quoted is as typed.
fn outside_quotes(text: &str) -> String {
    text.split('「')
        .map(|s| s.split_once('」').map_or(s, |(_, after)| after))
        .collect()
}

/// Every line of literal text of every message of the Japanese catalogues, as `read` takes
/// it from the message's value: (catalogue file, message id, text).
fn ja_catalogue_texts(
    read: fn(&fluent_syntax::ast::Pattern<&str>, &mut Vec<String>),
) -> Vec<(&'static str, &'static str, String)> {
    use svcreq::i18n::{Lang, Part};
    let mut out = Vec::new();
    for part in Part::ALL {
        for (file, text) in Lang::Ja.catalogues(part) {
            let res = fluent_syntax::parser::parse(*text).expect("the catalogue parses");
            for e in res.body {
                let fluent_syntax::ast::Entry::Message(m) = e else {
                    continue;
                };
                let Some(p) = &m.value else { continue };
                let mut texts = Vec::new();
                read(p, &mut texts);
                out.extend(texts.into_iter().map(|t| (*file, m.id.name, t)));
            }
        }
    }
    out
}

/// The literal text of a Fluent pattern and of its variants (not what placeables insert).
fn literal_text(p: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, PatternElement};
    let mut line = String::new();
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => line.push_str(value),
            PatternElement::Placeable { expression } => {
                // A placeable splits the text: quotes around it are read across it.
                line.push('\u{1}');
                if let Expression::Select { variants, .. } = expression {
                    for v in variants {
                        literal_text(&v.value, out);
                    }
                }
            }
        }
    }
    out.push(line);
}

both_backends! {
/// Inside a Japanese sentence a quoted value is 「…」 and a list is joined by 、 (SPEC 10):
/// no message of the Japanese catalogue quotes with `'…'`, backquotes or `"…"` (but for a
/// TOML line, `key = "value"`, which is what the admin writes) or separates with `, `; and
/// the lists and values svcreq fills in (tenants, holidays, plans, a file's unknown key)
/// read the same way.
#[test]
fn japanese_messages_quote_with_brackets_and_list_with_ideographic_commas() {
    let toml_value = regex_lite("= \"");
    let mut checked = 0;
    for (file, id, t) in ja_catalogue_texts(literal_text) {
        // What is quoted is as typed (「"」, 「--contact ""」): read around it.
        let t = outside_quotes(&t);
        checked += 1;
        assert!(!t.contains('`'), "locales/ja/{file}: {id}: {t}");
        assert!(!t.contains(", "), "locales/ja/{file}: {id}: {t}");
        let singles = t.matches('\'').count();
        assert_eq!(singles, 0, "locales/ja/{file}: {id}: {t}");
        let doubles = t.matches('"').count();
        assert!(
            doubles == 0 || (doubles == 2 && toml_value(&t)),
            "locales/ja/{file}: {id}: {t}"
        );
    }
    assert!(checked > 500, "{checked}");
    let env = Env::with_config(
        "tenant = \"contoso\"\n[business_hours]\nholidays = [\"2026-12-31\", \"2027-01-01\"]\n\
         [tenants.fabrikam]\nplan = \"e5\"\n",
    );
    env.run(&["db", "init"], 0);
    let err = fail_in(&env, "ja", &["list", "--tenant", "nosuch"], 2);
    assert!(
        err.contains("「nosuch」") && err.contains("「contoso」、「fabrikam」"),
        "{err}"
    );
    let rules = ja_out(&env, &["rules"]);
    assert!(rules.contains("2026-12-31、2027-01-01"), "{rules}");
    assert!(rules.contains("e1、e3、e5"), "{rules}");
    let bad = Env::with_config("colour = \"red\"\n");
    let err = fail_in(&bad, "ja", &["list"], 2);
    assert!(
        err.contains("「colour」") && err.contains("「db」、「tenant」"),
        "{err}"
    );
    for said in [&err, &rules] {
        assert!(!said.contains('`') && !said.contains(", "), "{said}");
    }
    let en = env.fail(&["list", "--tenant", "nosuch"], 2);
    assert!(en.contains("contoso, fabrikam"), "{en}");
}
}

/// Whether `t` holds `needle` (a tiny stand-in for a pattern: the TOML form `= "`).
fn regex_lite(needle: &'static str) -> impl Fn(&str) -> bool {
    move |t: &str| t.contains(needle)
}

/// The ASCII capitals metavars of `text`: `<TITLE>`, `[OPTIONS]`, `<PATH|URL>`, `[ID TEXT]`;
/// not `[ID]`, the word Japanese uses for a request's ID too.
fn ascii_metavars(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (open, close) in [('<', '>'), ('[', ']')] {
        for (at, _) in text.match_indices(open) {
            let rest = &text[at + 1..];
            let Some(end) = rest.find(close) else {
                continue;
            };
            let inside = &rest[..end];
            if inside != "ID"
                && inside.chars().any(|c| c.is_ascii_uppercase())
                && inside
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || "_|- ".contains(c))
            {
                out.push(format!("{open}{inside}{close}"));
            }
        }
    }
    out
}

both_backends! {
/// Japanese help and value errors say clap's placeholders in Japanese (SPEC 10): no help page
/// of any command shows an ASCII metavar or usage word (`<TITLE>`, `[OPTIONS]`, `<COMMAND>`),
/// and a value outside the fixed set of any flag or argument is told as `--severity の値「D」
/// は使えず、使えるのは「A」、「B」、「C」のいずれかです`: the flag once, no metavar, the values
/// listed with 、. English keeps clap's words.
#[test]
fn japanese_help_and_value_errors_have_no_ascii_metavars() {
    use clap::CommandFactory;
    let env = Env::new();
    let tree = svcreq::cli::Cli::command();
    let mut paths = Vec::new();
    command_paths(&tree, Vec::new(), &mut paths);
    assert!(paths.len() > 25, "{paths:?}");
    for path in &paths {
        let out = env
            .cmd()
            .args(path)
            .args(["--lang", "ja", "--help"])
            .output()
            .unwrap();
        let help = String::from_utf8(out.stdout).unwrap();
        assert!(help.contains("使い方: svcreq"), "{path:?}\n{help}");
        assert!(
            ascii_metavars(&help).is_empty(),
            "{path:?}: {:?}\n{help}",
            ascii_metavars(&help)
        );
        // Each flag or argument with a fixed set of values, given a value outside it.
        let mut cmd = &tree;
        for name in path {
            cmd = cmd.find_subcommand(name).unwrap();
        }
        for a in cmd.get_arguments() {
            let values = a.get_possible_values();
            if values.is_empty() || !a.get_action().takes_values() || a.get_id() == "lang" {
                continue;
            }
            let mut args: Vec<String> = path.clone();
            match a.get_long() {
                Some(long) => args.extend([format!("--{long}"), "zzz".into()]),
                None if a.is_positional() => args.push("zzz".into()),
                None => continue,
            }
            let err = fail_in(
                &env,
                "ja",
                &args.iter().map(String::as_str).collect::<Vec<_>>(),
                2,
            );
            assert!(ascii_metavars(&err).is_empty(), "{args:?}: {err}");
            let subject = match a.get_long() {
                Some(long) => format!("「--{long}」の値「zzz」は使えず、"),
                None => "の値「zzz」は使えず、".to_string(),
            };
            assert!(err.contains(&subject), "{args:?}: {err}");
            let first = values[0].get_name();
            let listed = values.iter().filter(|v| !v.is_hide_set()).count();
            assert!(
                err.contains(first)
                    && match listed {
                        0 | 1 => true,
                        2 => err.contains("のどちらか"),
                        _ => err.contains('、') && err.contains("のいずれか"),
                    },
                "{args:?}: {err}"
            );
        }
    }
    // English keeps clap's words and metavars.
    let out = env.cmd().args(["open", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(
        help.contains("Usage: svcreq open [OPTIONS] --title <TITLE>"),
        "{help}"
    );
}
}

/// Whether `text` writes a percentage with a space (`25 %`, `spaced`) or without (`25%`).
fn percents(text: &str, spaced: bool) -> usize {
    let chars: Vec<char> = text.chars().collect();
    (1..chars.len())
        .filter(|&i| chars[i] == '%')
        .filter(|&i| {
            let before = if spaced && chars[i - 1] == ' ' && i >= 2 {
                chars[i - 2]
            } else {
                chars[i - 1]
            };
            before.is_ascii_digit() && (spaced == (chars[i - 1] == ' '))
        })
        .count()
}

both_backends! {
/// Units and percentages in Japanese help and reports (SPEC 10): an example duration is
/// written in the Japanese units it accepts (`例: 3 日、12 時間`), never a bare `3d` left in
/// parentheses, and a percentage is written one way in each language: `25 %` in Japanese,
/// `25%` in English, in the help, the report and `rules`.
#[test]
fn japanese_help_glosses_units_and_writes_percent_one_way() {
    use clap::CommandFactory;
    let env = Env::new();
    env.run(
        &[
            "open",
            "--title",
            "Mail down",
            "--severity",
            "A",
            "--available-24x7",
            "--opened-at",
            "2026-11-24T08:00:00Z",
        ],
        0,
    );
    env.run(&["respond", "1", "--at", "2026-11-24T08:20:00Z"], 0);
    let mut paths = Vec::new();
    command_paths(&svcreq::cli::Cli::command(), Vec::new(), &mut paths);
    let said = |lang: &str, args: &[&str]| {
        let out = env
            .cmd()
            .args(args)
            .args(["--lang", lang])
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let mut ja = String::new();
    let mut en = String::new();
    for path in &paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        ja.push_str(&said("ja", &args));
        en.push_str(&said("en", &args));
    }
    for args in [
        &["rules"][..],
        &["report", "--month", "2026-11", "--format", "md"],
    ] {
        ja.push_str(&said("ja", args));
        en.push_str(&said("en", args));
    }
    assert!(
        ja.contains("例: 3 日、12 時間"),
        "no Japanese example of 3 days"
    );
    let chars: Vec<char> = ja.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        // A bare short duration in parentheses or a list: `(30m)`, `(3d、12h)`.
        if *c == '(' || *c == '、' {
            let word: String = chars[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let unit = word.trim_start_matches(|c: char| c.is_ascii_digit());
            let bare = word.len() > unit.len()
                && ["s", "m", "h", "d"].contains(&unit)
                && chars
                    .get(i + 1 + word.len())
                    .is_some_and(|n| matches!(n, ')' | '、'));
            let context: String = chars[i.saturating_sub(20)..(i + 20).min(chars.len())]
                .iter()
                .collect();
            assert!(!bare, "a bare duration: {context}");
        }
    }
    assert_eq!(percents(&ja, false), 0, "25% in Japanese");
    assert!(percents(&ja, true) > 2, "no percentage in Japanese");
    assert_eq!(percents(&en, true), 0, "25 % in English");
    assert!(percents(&en, false) > 2, "no percentage in English");
}
}

both_backends! {
/// One term per idea and plain phrasing in Japanese (SPEC 10): a fact is `回避策: なし` in
/// `open` and `classify` alike; a value set from nothing reads `ケース番号を「…」に設定`;
/// no reason closes two parentheses at once; a request is 作成 (not 開かれた) and the ledger
/// 台帳 (not データベース); a referral is a place to go, not a verb after `)`; a time before
/// the last action says "before" once; a report's header leaves the evaluation time to
/// each tenant's section, in its zone; a value missing from the config is said as that.
#[test]
fn japanese_wording_uses_one_term_per_idea_and_plain_phrasing() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    let opened = ja_out(
        &env,
        &[
            "open",
            "--title",
            "Outlook がノート PC 1 台で同期しない",
            "--opened-at",
            "2026-11-24T08:00:00Z",
        ],
    );
    let classified = ja_out(&env, &["classify", "全ユーザーがメールを送受信できない"]);
    for said in [&opened, &classified] {
        assert!(said.contains("回避策: なし"), "{said}");
        assert!(!said.contains("いいえ") && !said.contains(" = "), "{said}");
    }
    env.run(&["update", "1", "--case-number", "2405010010005082"], 0);
    let show = ja_out(&env, &["show", "1"]);
    assert!(
        show.contains("ケース番号を「2405010010005082」に設定"),
        "{show}"
    );
    assert!(!show.contains("))") && !show.contains("「-」"), "{show}");
    let help = ja_out(&env, &["list", "--help"]);
    assert!(
        help.contains("作成した要求") && !help.contains("開かれた"),
        "{help}"
    );
    let help = ja_out(&env, &["--help"]);
    assert!(!help.contains("何もしないか"), "{help}");
    let help = ja_out(&env, &["close", "--help"]);
    assert!(
        help.contains("クローズ日時") && !help.contains("終了日時"),
        "{help}"
    );
    assert!(!help.contains("閉じ"), "{help}");
    let man = ja_out(&env, &["man"]);
    assert!(man.contains("台帳を読めない") && !man.contains("データベースを読めない"));
    let err = fail_in(
        &env,
        "ja",
        &["open", "--title", "Excel の VBA マクロが動かない"],
        4,
    );
    assert!(
        !err.contains(")に") && !err.contains("問い合わせてください"),
        "{err}"
    );
    let err = fail_in(
        &env,
        "ja",
        &["respond", "1", "--at", "2026-11-24T07:00:00Z"],
        2,
    );
    assert_eq!(err.matches("より前").count(), 1, "{err}");
    let report = ja_out(&env, &["report", "--month", "2026-11"]);
    let header = report.lines().find(|l| l.starts_with("期間: ")).unwrap();
    assert!(!header.contains("UTC"), "{report}");
    let bad = Env::with_config("tenant = \n");
    let err = fail_in(&bad, "ja", &["list"], 2);
    assert!(err.contains("tenant の値がないため"), "{err}");
    assert!(!err.contains("リテラル"), "{err}");
}
}

both_backends! {
/// A config value error says what the value is once (SPEC 10): the file, line and column
/// point at the key, and the reason names it (a time zone, a country, a date), so no key
/// name stands before it; classify's target line labels its hours the way `show` does.
#[test]
fn config_value_errors_and_targets_name_what_they_are_once() {
    for (config, said) in [
        ("timezone = \"Mars/Base\"\n", "タイム ゾーン「Mars/Base」"),
        ("country = \"UK\"\n", "国「UK」"),
        (
            "[business_hours]\nholidays = [\"2026-02-30\"]\n",
            "日付「2026-02-30」",
        ),
    ] {
        let env = Env::with_config(config);
        let err = fail_in(&env, "ja", &["list"], 2);
        assert!(err.contains(said), "{err}");
        for key in ["timezone:", "country:", "holidays:"] {
            assert!(!err.contains(key), "{err}");
        }
    }
    let env = Env::new();
    let out = ja_out(
        &env,
        &["classify", "Outlook がダウンして全員メールを送れない"],
    );
    let line = out.lines().find(|l| l.starts_with("テナント「")).unwrap();
    assert!(line.contains("(24 時間 365 日受付)"), "{line}");
    assert!(
        line.contains("サポート レベル: エンタープライズ (e3)"),
        "{line}"
    );
    assert_eq!(line.matches(": ").count(), 2, "{line}");
}
}

both_backends! {
/// `rules --calendar` marks each day off in its cell (休業日 / day off, 特別休業日 / holiday:
/// a configured day off, not necessarily a national holiday) and
/// its heading counts the rows it prints: N business windows over D days, O of them off.
#[test]
fn rules_calendar_marks_days_off_and_counts_its_rows() {
    let env = Env::with_config(
        "timezone = \"Asia/Tokyo\"\n[business_hours]\ndays = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]\n\
         open = \"09:00\"\nclose = \"17:00\"\nholidays = [\"2026-12-01\"]\n",
    );
    let args = [
        "rules",
        "--calendar",
        "--next",
        "5",
        "--from",
        "2026-11-27 10:00",
    ];
    for (lang, off, holiday, heading) in [
        (
            "ja",
            "休業日",
            "特別休業日",
            "営業時間帯 5 件 (8 日間、うち休業日 3 日)",
        ),
        ("en", "day off", "holiday", "Next 5 business windows"),
    ] {
        let out = env.run(&[&args[..], &["--lang", lang]].concat(), 0);
        let table = rows(&out);
        let cells: Vec<&str> = table
            .iter()
            .filter_map(|r| r.get(2))
            .map(|c| c.as_str())
            .collect();
        // Fri 27, Sat 28, Sun 29, Mon 30, Tue 1 (holiday), Wed 2 … Fri 4; header row first.
        assert_eq!(cells.len(), 1 + 8, "{out}");
        assert_eq!(&cells[2..4], [off, off], "{out}");
        assert_eq!(cells[5], holiday, "{out}");
        assert!(!cells.contains(&"-") && !cells.contains(&"—"), "{out}");
        assert!(out.lines().next().unwrap().contains(heading), "{out}");
        if lang == "en" {
            assert!(
                out.lines()
                    .next()
                    .unwrap()
                    .contains("8 days, 3 of them off"),
                "{out}"
            );
        }
    }
}
}

both_backends! {
/// One term for each idea in Japanese output (SPEC 10): サポート対象外 (never サポートの境界外)
/// in refusals, referrals, history and help; サービス要求 (never a bare ケース) in the report;
/// 管理センターから送信した要求 wherever reopening is limited to requests filed online; the
/// admin's own side is 自社 (never 顧客); a number of breaches is `違反: N 件`; a status is
/// 対応中 or クローズ済み, local time 現地時刻, a configured day off 特別休業日, the
/// channel 問い合わせ方法.
#[test]
fn japanese_output_uses_one_term_per_idea() {
    let env = worded_ledger();
    env.open(&[
        "--title",
        "Phone ticket",
        "--severity",
        "C",
        "--channel",
        "phone",
        "--opened-at",
        "2026-11-24T08:00:00Z",
    ]);
    env.run(&["close", "5"], 0);
    let refused = fail_in(
        &env,
        "ja",
        &["open", "--title", "Excel の VBA マクロが動かない"],
        4,
    );
    let network = fail_in(
        &env,
        "ja",
        &[
            "open",
            "--title",
            "社内ネットワークのプロキシ経由で SharePoint に接続できない",
        ],
        4,
    );
    let check = {
        let out = env
            .cmd()
            .args(["reopen", "5", "--check", "--lang", "ja"])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap()
    };
    let report = ja_out(&env, &["report", "--month", "2026-11"]);
    let texts = [
        refused.clone(),
        network.clone(),
        check.clone(),
        report.clone(),
        ja_out(&env, &["rules"]),
        ja_out(&env, &["--help"]),
        ja_out(&env, &["reopen", "--help"]),
        ja_out(&env, &["open", "--help"]),
        ja_out(&env, &["import", "--help"]),
        ja_out(&env, &["man"]),
    ];
    for text in &texts {
        assert!(!text.contains("境界外"), "{text}");
        assert!(!text.contains("顧客"), "{text}");
        assert!(!text.contains("オンラインで送信"), "{text}");
    }
    assert!(refused.contains("サポート対象外"), "{refused}");
    assert!(network.contains("自社のネットワーク チーム"), "{network}");
    assert!(
        check.contains("電話で依頼した要求") && check.contains("管理センターから送信した要求"),
        "{check}"
    );
    assert!(
        !report.replace("ケース番号", "").contains("ケース"),
        "{report}"
    );
    assert!(!report.contains("全 "), "{report}");
    // One status pair (対応中 / クローズ済み), one word for local time (現地時刻), a
    // configured day off is 特別休業日 (not a national holiday, 祝日), the channel is how
    // the request was made (問い合わせ方法), and a count of reopens is named as a count.
    let list = ja_out(&env, &["list", "--status", "all"]);
    let show = ja_out(&env, &["show", "5"]);
    for text in [&list, &show, &report] {
        for word in ["未解決", "祝日", "送信方法", "(現地)"] {
            assert!(!text.contains(word), "{word}: {text}");
        }
    }
    assert!(
        list.contains("対応中") && list.contains("クローズ済み") && list.contains("(現地時刻)"),
        "{list}"
    );
    assert!(
        show.contains("問い合わせ方法") && show.contains("再開の回数"),
        "{show}"
    );
    // The response target is 初期応答の目標 (the service description's 初期応答), never
    // 目標時間, 応答時間の目標 or 応答目標: in help, the man page, rules and errors.
    let targets = [
        ja_out(&env, &["--help"]),
        ja_out(&env, &["man"]),
        ja_out(&env, &["rules"]),
        ja_out(&env, &["sla", "--help"]),
        ja_out(&env, &["tenants", "--help"]),
        ja_out(&env, &["classify", "--help"]),
        fail_in(&env, "ja", &["sla", "--at-risk", "soon"], 2),
    ];
    for text in &targets {
        for word in ["目標時間", "応答時間の目標", "応答目標"] {
            assert!(!text.contains(word), "{word}: {text}");
        }
    }
    for text in &targets[..6] {
        assert!(text.contains("初期応答の目標"), "{text}");
    }
    for file in ["messages", "output", "rules", "help"] {
        let path = format!("{}/locales/ja/{file}.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        for word in [
            "未解決",
            "祝日",
            "送信方法",
            "(現地)",
            "目標時間",
            "応答時間の目標",
            "応答目標",
        ] {
            assert!(!text.contains(word), "{file}: {word}");
        }
    }
}
}

both_backends! {
/// A correction is confirmed as a correction (SPEC 10): `respond --correct` and
/// `close --correct` name the time replaced and the time recorded, in both languages,
/// where a first record says only the time recorded.
#[test]
fn a_correction_writes_both_times_in_the_same_form() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    env.open(&[
        "--title",
        "Mail down",
        "--severity",
        "B",
        "--opened-at",
        "2026-11-24T01:00:00Z",
    ]);
    let first = ja_out(&env, &["respond", "1", "--at", "2026-11-24T01:40:00Z"]);
    assert!(
        first.contains("として記録しました") && !first.contains("訂正"),
        "{first}"
    );
    let ja = ja_out(
        &env,
        &["respond", "1", "--at", "2026-11-24T01:20:00Z", "--correct"],
    );
    assert!(
        ja.contains(
            "初期応答の日時を 2026-11-24 (火) 10:40:00 JST から 2026-11-24 (火) 10:20:00 JST に訂正しました"
        ),
        "{ja}"
    );
    let en = env.run(
        &["respond", "1", "--at", "2026-11-24T01:25:00Z", "--correct"],
        0,
    );
    assert!(
        en.contains(
            "Corrected the first response to request 1 from Tue 2026-11-24 10:20:00 JST to Tue 2026-11-24 10:25:00 JST"
        ),
        "{en}"
    );
    for (id, lang, from, to, said) in [
        (
            "2",
            "ja",
            "2026-11-24T02:00:00Z",
            "2026-11-24T03:00:00Z",
            "クローズ日時を 2026-11-24 (火) 11:00:00 JST から 2026-11-24 (火) 12:00:00 JST に訂正しました",
        ),
        (
            "3",
            "en",
            "2026-11-24T02:00:00Z",
            "2026-11-24T01:50:00Z",
            "Corrected the close of request 3 from Tue 2026-11-24 11:00:00 JST to Tue 2026-11-24 10:50:00 JST",
        ),
    ] {
        env.open(&[
            "--title",
            "Mail down",
            "--severity",
            "B",
            "--opened-at",
            "2026-11-24T01:00:00Z",
        ]);
        env.run(&["respond", id, "--at", "2026-11-24T01:40:00Z"], 0);
        env.run(&["close", id, "--at", from], 0);
        let out = env.run(&["close", id, "--at", to, "--correct", "--lang", lang], 0);
        assert!(out.contains(said), "{out}");
    }
}
}

/// The English placeholders of the help (`TIME`, `TEXT`, `N`, `FILE`, `DIR`, `TITLE`, and
/// clap's `OPTIONS`), each as a word: every value name of the English help whose Japanese
/// name is not the same word (`ID` and `URL` are words of both), and `F`, a short one. A
/// format (`YYYY-MM`) and an environment variable (`LANG`) are not placeholders.
fn english_placeholders() -> Vec<String> {
    use svcreq::i18n::{Lang, Part};
    let names = |lang: Lang| -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (_, text) in lang.catalogues(Part::Help) {
            for line in text.lines() {
                if let Some((k, v)) = line.split_once(" = ")
                    && k.starts_with("help-value-name-")
                {
                    out.push((k.to_string(), v.trim().to_string()));
                }
            }
        }
        out
    };
    let ja = names(Lang::Ja);
    let mut words = vec!["F".to_string(), "OPTIONS".to_string()];
    for (key, en) in names(Lang::En) {
        let ja = ja.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str());
        for w in en.split(['|', ' ']) {
            let same = ja.is_some_and(|j| j.split(['|', ' ']).any(|x| x == w));
            if !same && w != "YYYY-MM" && w != "LANG" && !words.iter().any(|x| x == w) {
                words.push(w.to_string());
            }
        }
    }
    assert!(
        ["TIME", "TEXT", "N", "FILE", "DIR", "TITLE", "CASE"]
            .iter()
            .all(|w| words.iter().any(|x| x == w)),
        "{words:?}"
    );
    words
}

/// The English placeholders `text` writes as words (`--at TIME`, `<TITLE>`, `-o FILE`); an
/// SQL statement (`CREATE ROLE`) is not one.
fn placeholder_words(text: &str, placeholders: &[String]) -> Vec<String> {
    text.replace("CREATE ROLE", "")
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| placeholders.iter().any(|p| p == w))
        .map(str::to_string)
        .collect()
}

both_backends! {
/// Japanese help names what a flag takes in words or with the Japanese placeholder its usage
/// line shows (SPEC 10): no help page of any command, `help` itself included, writes an
/// English placeholder (`TIME の時点`, `FILE に書き込む`, `[番号 TEXT]`), lists with `, ` (a
/// flag's values are 「A、B、C」), or says a flag's default twice; `svcreq help --help`
/// and `help -h` show the help of `help` in both languages.
#[test]
fn japanese_help_names_values_in_words_lists_with_ideographic_commas_and_defaults_once() {
    use clap::CommandFactory;
    let env = Env::new();
    let placeholders = english_placeholders();
    let tree = svcreq::cli::Cli::command();
    let mut paths = Vec::new();
    command_paths(&tree, Vec::new(), &mut paths);
    paths.push(vec!["help".to_string()]);
    assert!(paths.len() > 25, "{paths:?}");
    for path in &paths {
        for flag in ["--help", "-h"] {
            let out = env
                .cmd()
                .args(path)
                .args(["--lang", "ja", flag])
                .output()
                .unwrap();
            let help = String::from_utf8(out.stdout).unwrap();
            assert_eq!(out.status.code(), Some(0), "{path:?} {flag}");
            assert!(help.contains("使い方: svcreq"), "{path:?}\n{help}");
            let words = placeholder_words(&help, &placeholders);
            assert!(words.is_empty(), "{path:?} {flag}: {words:?}\n{help}");
            for line in help.lines() {
                // clap's `-h, --help` names one flag twice; it is not a list.
                let listed = line.replace(", -", "");
                assert!(!listed.contains(", "), "{path:?} {flag}: {line}");
            }
            // One option's help runs from its entry line (`-q, --quiet`, `--format <形式>`)
            // to the next entry or blank line, in the long help and the short alike.
            let mut blocks: Vec<String> = Vec::new();
            for line in help.lines() {
                let t = line.trim_start();
                if blocks.is_empty() || t.is_empty() || t.starts_with('-') {
                    blocks.push(String::new());
                }
                let last = blocks.last_mut().unwrap();
                last.push_str(line);
                last.push('\n');
            }
            for b in blocks {
                assert!(b.matches("既定").count() <= 1, "{path:?} {flag}: {b}");
            }
        }
    }
    let sla = ja_out(&env, &["sla", "--help"]);
    // The lines of a paragraph joined back: a line that ends at an ideographic comma had no
    // space after it.
    let sla = sla
        .split('\n')
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .fold(String::new(), |mut acc, l| {
            if !acc.is_empty() && !acc.ends_with('、') {
                acc.push(' ');
            }
            acc.push_str(&l);
            acc
        });
    assert!(
        sla.contains("[使える値: breached、at-risk、never]"),
        "{sla}"
    );
    for lang in ["ja", "en"] {
        for flag in ["--help", "-h"] {
            let out = env
                .cmd()
                .args(["help", flag, "--lang", lang])
                .output()
                .unwrap();
            let help = String::from_utf8(out.stdout).unwrap();
            assert_eq!(out.status.code(), Some(0), "help {flag} --lang {lang}");
            assert!(help.contains("svcreq help"), "{help}");
        }
    }
    let out = env.cmd().args(["help", "open", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("Usage: svcreq open"), "{help}");
    // `help open` reads the flags after it as `open --help` does.
    let out = env
        .cmd()
        .args(["help", "open", "--lang", "ja"])
        .output()
        .unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{help}");
    assert!(help.contains("使い方: svcreq open"), "{help}");
}
}

both_backends! {
/// Japanese errors name what a flag takes as the help does (SPEC 10): no message of the
/// Japanese catalogue, and no error svcreq gives for any flag of any command left without
/// its value or given a bad one, writes an English placeholder (`--title <TITLE>`, `--at
/// TIME`, `--file F`); a bad value of a flag is always told as `--flag の値「…」`; a
/// negative count (`--limit -1`) is a bad value, not an unknown argument.
#[test]
fn japanese_errors_name_values_in_words_and_tell_a_bad_value_one_way() {
    use clap::CommandFactory;
    let placeholders = english_placeholders();
    for (file, id, t) in ja_catalogue_texts(literal_text) {
        let words = placeholder_words(&t, &placeholders);
        assert!(
            words.is_empty(),
            "locales/ja/{file}: {}: {words:?}: {t}",
            id
        );
    }

    let env = Env::new();
    let tree = svcreq::cli::Cli::command();
    let mut paths = Vec::new();
    command_paths(&tree, Vec::new(), &mut paths);
    // A value may name a file to write (`--output x1`): it lands in the test's directory.
    let run = |args: &[String]| -> Option<String> {
        let out = env
            .cmd()
            .current_dir(env.dir.path())
            .args(args)
            .args(["--lang", "ja"])
            .output()
            .unwrap();
        (out.status.code() == Some(2)).then(|| String::from_utf8(out.stderr).unwrap())
    };
    let mut told = 0;
    for path in &paths {
        let mut cmd = &tree;
        for name in path {
            cmd = cmd.find_subcommand(name).unwrap();
        }
        if let Some(err) = run(path) {
            let words = placeholder_words(&err, &placeholders);
            assert!(words.is_empty(), "{path:?}: {words:?}: {err}");
        }
        for a in cmd.get_arguments() {
            let Some(long) = a.get_long() else { continue };
            if !a.get_action().takes_values() || long == "lang" {
                continue;
            }
            let flag = format!("--{long}");
            for value in [None, Some("x1"), Some("-1")] {
                // A global flag (given by the test too: one told twice) is tried on `list`.
                let mut args = if a.is_global_set() {
                    vec!["list".to_string()]
                } else {
                    path.clone()
                };
                args.push(flag.clone());
                args.extend(value.map(String::from));
                let Some(err) = run(&args) else { continue };
                told += 1;
                let words = placeholder_words(&err, &placeholders);
                assert!(words.is_empty(), "{args:?}: {words:?}: {err}");
                // A flag quoted as an option to check (「--config」) is not a value's label.
                if let Some(v) = value
                    && err.contains(&flag)
                    && !err.contains(&format!("「{flag}"))
                    && err.contains(&format!("「{v}」"))
                {
                    assert!(
                        err.contains(&format!("{flag} の値「{v}」")),
                        "{args:?}: {err}"
                    );
                }
            }
        }
    }
    assert!(told > 100, "{told}");
    for args in [
        &["list", "--limit", "-1"][..],
        &["rules", "--calendar", "--next", "-1"],
    ] {
        let err = fail_in(&env, "ja", args, 2);
        assert!(
            err.contains(&format!("「{}」の値「-1」", args[args.len() - 2])),
            "{err}"
        );
        assert!(reads_japanese(&err), "{err}");
    }
    let err = fail_in(&env, "ja", &["report", "--month", "2026-13"], 2);
    assert!(err.contains("「--month」の値「2026-13」"), "{err}");
    let err = fail_in(&env, "ja", &["open"], 2);
    assert!(err.contains("--title <件名>"), "{err}");
    let err = fail_in(&env, "en", &["list", "--limit", "-1"], 2);
    assert!(err.contains("'-1'") && !err.contains("unexpected"), "{err}");
    // A flag given twice is not told as in conflict with itself.
    let err = fail_in(
        &env,
        "ja",
        &["list", "--status", "all", "--status", "open"],
        2,
    );
    assert!(err.contains("「--status <状態>」は 1 回だけ"), "{err}");
}
}

both_backends! {
/// Japanese help reads as an admin writes it (SPEC 10): a placeholder says what the flag
/// takes (`[ID]`, `--case <ケース番号>`, `--sort <並び順>`, `--from <送信者>`); a flag with
/// a fixed set of values glosses each one as `--users` does (`down (停止)`, `breached (違反が
/// あるとき)`); a switch says what it does (`連絡先を削除する`, not a bare `連絡先`); and a
/// bad `--db` value is told as any flag's value is.
#[test]
fn japanese_help_names_what_a_flag_takes_and_says_what_it_does() {
    let env = Env::new();
    let help = |cmd: &str| {
        ja_out(&env, &[cmd, "--help"])
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let show = help("show");
    assert!(
        show.contains("[ID]") && show.contains("--case <ケース番号>"),
        "{show}"
    );
    let list = help("list");
    assert!(
        list.contains("--sort <並び順>") && list.contains("--limit <件数>"),
        "{list}"
    );
    assert!(!list.contains("並べ順"), "{list}");
    let note = help("note");
    assert!(
        note.contains("--from <送信者>") && note.contains("[ID] [テキスト]..."),
        "{note}"
    );
    for cmd in ["open", "classify"] {
        let h = help(cmd);
        assert!(h.contains("down (停止)、degraded (一部に不具合)"), "{h}");
    }
    let sla = help("sla");
    assert!(sla.contains("breached (違反があるとき)"), "{sla}");
    assert!(!sla.contains("(既定)"), "{sla}");
    let update = help("update");
    assert!(
        update.contains("正しい種類") && !update.contains("訂正した種類"),
        "{update}"
    );
    let redact = help("redact");
    for said in [
        "連絡先を削除する",
        "すべてのメモを削除する",
        "説明を削除する",
    ] {
        assert!(redact.contains(said), "{redact}");
    }
    let out = env
        .bare()
        .args(["open", "--title", "x", "--lang", "ja", "--db", ":memory:"])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("「--db」の値「:memory:」"), "{err}");
}
}

/// The config of a tenant on examples/rules.toml, whose gold tier counts business hours.
fn gold_env() -> Env {
    Env::with_config(&format!(
        "tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"gold-contract\"\n\
         rules_file = \"{}/examples/rules.toml\"\n[business_hours]\n\
         days = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]\nopen = \"09:00\"\nclose = \"17:00\"\n",
        env!("CARGO_MANIFEST_DIR")
    ))
}

both_backends! {
/// A target counted on a business clock is said in business hours, never in days a reader
/// would take for business days (SPEC 1.4, SPEC 10): `営業時間で 48 時間` / `48 business
/// hours` in open, show, sla --explain and the rules' target cells; the basis names the
/// business hours once, and each kind of day off once before its dates.
#[test]
fn a_business_clock_target_is_said_in_business_hours() {
    let env = gold_env();
    let args = [
        "open",
        "--title",
        "連絡先を削除できない",
        "--severity",
        "C",
        "--opened-at",
        "2026-11-20T06:00:00Z",
    ];
    let ja = ja_out(&env, &args);
    assert!(ja.contains("(目標: 営業時間で 48 時間)"), "{ja}");
    assert!(!ja.contains("2 日"), "{ja}");
    let en = env.run(&[&args[..], &["--lang", "en"]].concat(), 0);
    assert!(en.contains("(48 business hours)"), "{en}");
    let explain = ja_out(&env, &["sla", "--explain", "--fail-on", "never"]);
    let basis = explain
        .lines()
        .find(|l| l.starts_with("サービス要求 1: "))
        .unwrap();
    assert_eq!(basis.matches("営業時間").count(), 1, "{basis}");
    assert!(
        basis.contains("営業時間で 48 時間です (Asia/Tokyo、月～金 09:00～17:00)"),
        "{basis}"
    );
    assert_eq!(basis.matches("休業日").count(), 1, "{basis}");
    assert!(
        basis.contains("休業日 (11/21 (土)、11/22 (日)、11/28 (土)"),
        "{basis}"
    );
    assert!(
        basis.contains("。数えた時間帯は ") && basis.contains("。夜間 (10 回) と休業日 ("),
        "{basis}"
    );
    let show = ja_out(&env, &["show", "1"]);
    let target = rows(&show)
        .into_iter()
        .find(|r| r.first().is_some_and(|f| f == "初期応答の目標"))
        .unwrap();
    assert_eq!(target[1], "営業時間で 48 時間", "{show}");
    let rules = ja_out(&env, &["rules"]);
    assert!(rules.contains("営業時間で 48 時間"), "{rules}");
    let rules = env.run(&["rules", "--lang", "en"], 0);
    assert!(rules.contains("48 business hours"), "{rules}");
}
}

both_backends! {
/// A count in parentheses names what it counts (SPEC 10): a reopen says which reopen it is
/// (`再開 1 回目`), and `sla` names a row's response cycle in the same one form: `初回` for
/// the first, `再開 1 回目` for the cycle the first reopen started, never a bare `再開 1`.
#[test]
fn counts_name_what_they_count() {
    let env = worded_ledger();
    let sla = ja_out(&env, &["sla", "--all", "--fail-on", "never"]);
    assert!(
        sla.contains("(初回)") && sla.contains("(再開 1 回目)"),
        "{sla}"
    );
    assert!(!sla.contains("(再開 1)"), "{sla}");
    env.run(&["close", "2"], 0);
    let reopened = ja_out(&env, &["reopen", "2", "--reason", "again"]);
    assert!(reopened.contains("(再開 2 回目)"), "{reopened}");
}
}

/// A table of targets says the intake once, under the table (SPEC 10): each cell gives the
/// target alone (`1 時間`, `翌日`), the cells taking the less usual intake marked `*`, in
/// `tenants` and `rules`; and `tenants` says once the business hours every tenant shares.
#[test]
fn a_table_of_targets_says_the_intake_once_under_it() {
    let env = worded_ledger();
    for args in [&["tenants"][..], &["rules"]] {
        let out = ja_out(&env, args);
        let cells: Vec<String> = rows(&out).into_iter().flatten().collect();
        assert!(cells.iter().any(|c| c == "1 時間"), "{out}");
        assert!(cells.iter().any(|c| c == "翌日"), "{out}");
        assert!(cells.iter().any(|c| c == "目標なし*"), "{out}");
        assert!(cells.iter().all(|c| !c.contains("受付")), "{out}");
        let note = "*: 営業時間受付 (印のないものは 24 時間 365 日受付)";
        assert_eq!(out.matches(note).count(), 1, "{out}");
    }
    let tenants = ja_out(&env, &["tenants"]);
    assert_eq!(
        tenants.matches("営業時間 (すべてのテナント): ").count(),
        1,
        "{tenants}"
    );
    let en = env.run(&["--lang", "en", "rules"], 0);
    assert!(
        en.contains("*: business-hours intake (unmarked: 24x7)"),
        "{en}"
    );
}

/// A reason quotes the whole span that decided its fact, its negation included (SPEC 10):
/// `語句「正しく表示されない」`, never `語句「正しく表示」`.
#[test]
fn a_quoted_phrase_keeps_its_negation() {
    let env = Env::new();
    let text = "Outlook の [送信] ボタンの文字が正しく表示されない。Web 版では開ける";
    let out = ja_out(&env, &["classify", text]);
    assert!(out.contains("(語句「正しく表示されない」)"), "{out}");
    assert!(!out.contains("「正しく表示」"), "{out}");
    assert!(out.contains("(語句「Web 版では開ける」)"), "{out}");
    let out = ja_out(&env, &["classify", "全ユーザーがメールを送受信できない"]);
    assert!(out.contains("「送受信できない」"), "{out}");
}

/// The notes under `rules` say which are the service description's footnotes (`脚注 1:`,
/// `footnote 1:`), since the table above them carries no marks: no bare number leads a note.
#[test]
fn rules_notes_name_their_footnotes() {
    let env = Env::new();
    for (lang, mark) in [("ja", "脚注 1: "), ("en", "footnote 1: ")] {
        let out = env.run(&["rules", "--lang", lang], 0);
        assert!(
            out.lines().any(|l| l.starts_with(&format!("  {mark}"))),
            "{out}"
        );
        for l in out.lines() {
            let bare = l.strip_prefix("  ").and_then(|r| r.chars().next());
            assert!(!bare.is_some_and(|c| c.is_ascii_digit()), "{l}");
        }
    }
}

/// A bad time is told in one statement (SPEC 10): `--at の値「…」は正しい時刻ではありません`,
/// never a general verdict followed by the reason (`正しくありません: 正しい時刻では
/// ありません`), whatever is wrong with it: empty, no such date, no such time, not a time.
#[test]
fn a_bad_time_is_told_in_one_statement() {
    let env = Env::new();
    for (value, why) in [
        ("", "「」は空のため"),
        (
            "2026-11-31",
            "「2026-11-31」の 11 月は 30 日までで、31 日は存在しないため",
        ),
        (
            "2026-11-24 25:00",
            "「2026-11-24 25:00」は正しい時刻ではないため",
        ),
        ("yesterday", "「yesterday」は日時ではないため"),
    ] {
        let err = fail_in(&env, "ja", &["rules", "--now", value], 2);
        assert!(
            err.contains(&format!("「--now」の値{why}")),
            "{value}: {err}"
        );
        assert!(!err.contains("正しくありません: "), "{value}: {err}");
    }
}

both_backends! {
/// An id that names a tier, a category or a service reaches Japanese prose and charts by
/// its name (SPEC 10): a support-level correction in the history reads
/// `「エンタープライズ」から「ビジネス」に`, and the report's chart legends say `プレセールス`,
/// never the raw `enterprise`, `business` or `presales`.
#[test]
fn ids_reach_japanese_prose_and_charts_by_their_names() {
    let env = worded_ledger();
    env.run(&["update", "1", "--tenant", "fabrikam"], 0);
    let show = ja_out(&env, &["show", "1"]);
    let history: String = rows(&show).iter().map(|r| r.concat()).collect();
    assert!(
        history.contains("サポート レベルを「エンタープライズ」から「ビジネス」に変更"),
        "{show}"
    );
    for id in ["「enterprise」", "「business」"] {
        assert!(!history.contains(id), "{show}");
    }
    let html = env.path("r.html");
    let html_path = html.to_str().unwrap();
    ja_out(
        &env,
        &[
            "report", "--month", "2026-11", "--format", "html", "-o", html_path,
        ],
    );
    let page = std::fs::read_to_string(&html).unwrap();
    let legends: Vec<&str> = page
        .split("<text")
        .skip(1)
        .filter_map(|t| t.split_once('>').and_then(|(_, r)| r.split('<').next()))
        .map(str::trim)
        .collect();
    assert!(legends.contains(&"プレセールス"), "{legends:?}");
    for id in ["presales", "billing", "technical"] {
        assert!(!legends.contains(&id), "{legends:?}");
    }
}
}

both_backends! {
/// One action is named by one word (SPEC 10): erasing personal data is 削除 in help,
/// confirmations, errors and history alike (never 消去 or 秘匿化), and the report is a
/// レビュー in its help as in its title (never 振り返る).
#[test]
fn one_action_is_named_by_one_word() {
    let env = worded_ledger();
    let mut said = String::new();
    for cmd in [
        &["--help"][..],
        &["redact", "--help"],
        &["update", "--help"],
        &["report", "--help"],
    ] {
        said.push_str(&ja_out(&env, cmd));
    }
    said.push_str(&ja_out(&env, &["redact", "1", "--contact"]));
    said.push_str(&fail_in(&env, "ja", &["redact", "3"], 2));
    said.push_str(&ja_out(&env, &["show", "1"]));
    for word in ["消去", "秘匿", "振り返"] {
        assert!(!said.contains(word), "{word}: {said}");
    }
    for word in [
        "個人データを削除する",
        "連絡先を削除する",
        "個人データを削除しました",
        "レビュー",
    ] {
        assert!(said.contains(word), "{word}: {said}");
    }
    // And in every catalogue text, shown now or not.
    for file in ["help", "messages", "output", "rules", "help-words"] {
        let text = std::fs::read_to_string(format!("locales/ja/{file}.ftl")).unwrap();
        for word in ["消去", "秘匿", "振り返"] {
            assert!(!text.contains(word), "{file}.ftl: {word}");
        }
    }
}
}

both_backends! {
/// The 24x7 warning tells the reader what to type on the command they ran (SPEC 7): on
/// `update`, where the flag takes a value and false may be meant, it says to give
/// `--available-24x7 true` if the contact is reachable; on `open` the flag alone.
#[test]
fn the_24x7_warning_names_the_flag_as_the_command_takes_it() {
    let env = Env::new();
    let id = env
        .open(&["--title", "Mail down", "--severity", "A"])
        .to_string();
    for (lang, update, open) in [
        (
            "ja",
            "(連絡可能であれば「--available-24x7 true」を指定することをお勧めします)",
            "(連絡可能であれば「--available-24x7」を指定することをお勧めします)",
        ),
        (
            "en",
            "(give --available-24x7 true if they are)",
            "(give --available-24x7)",
        ),
    ] {
        env.run(&["update", &id, "--available-24x7", "true"], 0);
        let out = env
            .cmd()
            .args(["update", &id, "--available-24x7", "false", "--lang", lang])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(update), "{err}");
        let out = env
            .cmd()
            .args([
                "open",
                "--title",
                "Mail down",
                "--severity",
                "A",
                "--lang",
                lang,
            ])
            .output()
            .unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(open) && !err.contains(" true"), "{err}");
    }
}
}

both_backends! {
/// A date in the right format whose day does not exist says which day, not the format
/// again (SPEC 10), wherever a date is read: a time flag, a report's period, a config
/// holiday; a time in the future is said to be after now, "check the date" as SPEC 6 words
/// it (日時 in Japanese).
#[test]
fn an_impossible_date_says_which_day_and_a_future_time_to_check_the_date() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    let id = env
        .open(&[
            "--title",
            "Mail down",
            "--severity",
            "B",
            "--opened-at",
            "2026-11-24T00:00:00Z",
        ])
        .to_string();
    let now = ["--now", "2026-11-24 11:00"];
    for (args, ja, en) in [
        (
            vec!["respond", &id, "--at", "2026-11-31 10:00"],
            "「--at」の値「2026-11-31 10:00」の 11 月は 30 日までで、31 日は存在しないため、日付を確認してください",
            "no such date: month 11 has 30 days (no day 31); check the date",
        ),
        (
            vec!["respond", &id, "--at", "2027-02-29"],
            "2027 年はうるう年ではなく、2 月 29 日は存在しない",
            "2027 is not a leap year",
        ),
        (
            vec!["respond", &id, "--at", "2026-13-01 10:00"],
            "13 月は存在しない",
            "there is no month 13",
        ),
        (
            vec!["report", "--from", "2026-02-30", "--to", "2026-03-01"],
            "「--from」の値「2026-02-30」の 2 月は 28 日までで、30 日は存在しない",
            "month 2 has 28 days",
        ),
        (
            vec!["report", "--month", "2026-13"],
            "「--month」の値「2026-13」の 13 月は存在しない",
            "there is no month 13",
        ),
    ] {
        let args = [&args[..], &now].concat();
        let err = fail_in(&env, "ja", &args, 2);
        assert!(err.contains(ja), "{err}");
        assert!(!err.contains("RFC 3339") && !err.contains("YYYY"), "{err}");
        let err = fail_in(&env, "en", &args, 2);
        assert!(err.contains(en), "{err}");
        assert!(!err.contains("RFC 3339") && !err.contains("YYYY"), "{err}");
    }
    let holiday = Env::with_config("tenant = \"contoso\"\nholidays = [\"2026-04-31\"]\n");
    let err = fail_in(&holiday, "ja", &["list"], 2);
    assert!(
        err.contains("日付「2026-04-31」の 4 月は 30 日までで、31 日は存在しないため"),
        "{err}"
    );
    let err = fail_in(
        &env,
        "ja",
        &[&["respond", &id, "--at", "2026-11-24 12:00"][..], &now].concat(),
        2,
    );
    assert!(err.contains("日時を確認してください"), "{err}");
    let err = fail_in(
        &env,
        "en",
        &[&["respond", &id, "--at", "2026-11-24 12:00"][..], &now].concat(),
        2,
    );
    // SPEC 6 words it: "… is after now (…); check the date".
    assert!(err.contains("check the date"), "{err}");
}
}

/// Whether `line` opens a parenthesis inside another one.
fn nested_parentheses(line: &str) -> bool {
    let mut depth = 0i32;
    for c in line.chars() {
        match c {
            '(' | '（' => {
                depth += 1;
                if depth > 1 {
                    return true;
                }
            }
            ')' | '）' => depth -= 1,
            _ => {}
        }
    }
    false
}

both_backends! {
/// Japanese messages nest no parentheses and say a state as a state (SPEC 10): a
/// confirmation says its values as a sentence of its own, so the plan after the tier
/// (`サポート レベル: エンタープライズ (e3)`) is in no other parentheses, and a request not yet closed
/// 「クローズされていません」.
#[test]
fn japanese_messages_nest_no_parentheses_and_say_a_state_passively() {
    let env = worded_ledger();
    let mut said = vec![
        ja_out(
            &env,
            &[
                "open",
                "--title",
                "Mail down",
                "--severity",
                "A",
                "--available-24x7",
            ],
        ),
        ja_out(
            &env,
            &["open", "--title", "Pricing", "--category", "billing"],
        ),
        ja_out(
            &env,
            &["update", "1", "--severity", "B", "--reason", "one mailbox"],
        ),
        ja_out(&env, &["classify", "全ユーザーがメールを送受信できない"]),
    ];
    let open = &said[0];
    assert!(
        open.contains("サポート レベル: エンタープライズ (e3)"),
        "{open}"
    );
    let refused = env
        .cmd()
        .args(["reopen", "1", "--check", "--lang", "ja"])
        .output()
        .unwrap();
    said.push(
        String::from_utf8(refused.stderr).unwrap() + &String::from_utf8(refused.stdout).unwrap(),
    );
    said.push(fail_in(
        &env,
        "ja",
        &["close", "1", "--at", "2026-11-24T09:00:00Z", "--correct"],
        2,
    ));
    for s in &said {
        for line in s.lines() {
            assert!(!nested_parentheses(line), "{line}");
        }
    }
    let both = said[4].clone() + &said[5];
    assert!(
        both.matches("クローズされていな").count() == 2,
        "{both}"
    );
    let text = std::fs::read_to_string("locales/ja/messages.ftl").unwrap();
    assert!(!text.contains("クローズしていません"));
}
}

/// The text of a Fluent pattern with each variable as `{$name}`, and each select's
/// variants as texts of their own.
fn text_with_variables(p: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let mut line = String::new();
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => line.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    line.push_str(&format!("{{${}}}", id.name));
                }
                Expression::Select { variants, .. } => {
                    line.push('\u{1}');
                    for v in variants {
                        text_with_variables(&v.value, out);
                    }
                }
                _ => line.push('\u{1}'),
            },
        }
    }
    out.push(line);
}

/// What in `text` (a Japanese message with its quoted parts taken out) should have been
/// quoted: an option (`--config`) but as the label of a value (`--at の値「…」`), an
/// environment variable, a path, a time zone, a command (`svcreq list`).
fn unquoted(text: &str, key: &str) -> Vec<String> {
    let mut found = Vec::new();

    for (i, _) in text.match_indices("--") {
        let before = text[..i].chars().next_back();
        let word = text[i + 2..]
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .next()
            .unwrap_or("");
        if word.is_empty()
            || before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '/')
        {
            continue;
        }
        let mut rest = &text[i + 2 + word.len()..];
        if let Some(r) = rest.strip_prefix(" <") {
            rest = r.split_once('>').map_or(r, |(_, r)| r);
        }
        if !rest.trim_start().starts_with("の値") {
            found.push(format!("--{word}"));
        }
    }

    // A short option (`-q`, `-o`) as well: a hyphen and one letter standing as a word.
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let before = k.checked_sub(1).map(|b| chars[b].1);
        let letter = chars.get(k + 1).map(|n| n.1);
        let after = chars.get(k + 2).map(|n| n.1);
        if c == '-'
            && !before.is_some_and(|b| b.is_alphanumeric() || matches!(b, '-' | '/' | '_'))
            && letter.is_some_and(|l| l.is_ascii_alphabetic())
            && !after.is_some_and(|a| a.is_alphanumeric() || matches!(a, '-' | '_' | '.'))
        {
            found.push(text[i..].chars().take(2).collect());
        }
    }

    let mut names = vec![
        "{$path}",
        "{$file}",
        "{$ledger}",
        "SVCREQ_",
        "PGPASSWORD",
        "PGSSLMODE",
        "Asia/Tokyo",
        "Europe/Berlin",
    ];
    if key.starts_with("pg-") {
        names.push("{$label}");
    }
    for n in names {
        if text.contains(n) {
            found.push(n.to_string());
        }
    }
    for (i, _) in text.match_indices("svcreq ") {
        if text[i + 7..].starts_with(|c: char| c.is_ascii_lowercase()) {
            found.push(text[i..].chars().take(20).collect());
        }
    }
    found
}

both_backends! {
/// Japanese messages quote what the reader types or reads as a name (SPEC 10, README:
/// 文中の値やコマンドは「…」で囲む): every path, option, environment variable, time zone and
/// command in a sentence is 「…」, as `「svcreq list --status all」` always was; an option
/// stands bare only as the label of the value it took (`--at の値「…」`). Checked over
/// every message and help text of the catalogues, and on the errors an admin meets first.
#[test]
fn japanese_messages_quote_paths_options_zones_and_commands() {
    let mut checked = 0;
    for (file, id, t) in ja_catalogue_texts(text_with_variables) {
        let outside: String = t
            .split('「')
            .map(|s| s.split_once('」').map_or(s, |(_, after)| after))
            .collect::<Vec<_>>()
            .join("「」");
        checked += 1;
        let bare = unquoted(&outside, id);
        assert!(bare.is_empty(), "locales/ja/{file}: {}: {bare:?}: {t}", id);
    }
    assert!(checked > 400, "{checked}");
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\n");
    let bad_zone = env.path("bad.toml");
    std::fs::write(&bad_zone, "timezone = \"Mars/Base\"\n").unwrap();
    let good_rules = env.path("rules.toml");
    std::fs::write(
        &good_rules,
        "reopen_window = \"14d\"\n[tiers.gold]\nplans = [\"gold-contract\"]\n\
         A = { availability = \"24x7\", response = \"30m\" }\n\
         B = { availability = \"24x7\", response = \"4h\" }\n\
         C = { availability = \"24x7\", response = \"1d\" }\n",
    )
    .unwrap();
    let nosuch = env.path("nosuch.toml");
    let (nosuch, bad_zone) = (nosuch.to_str().unwrap(), bad_zone.to_str().unwrap());
    for (args, said) in [
        (
            vec!["rules", "--check", nosuch],
            format!("ルール ファイル「{nosuch}」を読めません"),
        ),
        (
            vec!["import", nosuch],
            format!("「{nosuch}」を読み込めません"),
        ),
        (
            vec!["--config", nosuch, "list"],
            format!(
                "設定ファイル「{nosuch}」が見つからないため、「--config」または「SVCREQ_CONFIG」を確認してください"
            ),
        ),
        (
            vec!["--config", bad_zone, "list"],
            "「Asia/Tokyo」、「Europe/Berlin」、「UTC」のような IANA のタイム ゾーン名".to_string(),
        ),
        (
            vec!["list", "--reopen-ends-within", "3x"],
            "「30 分」、「14 日」、「1 時間 30 分」のように".to_string(),
        ),
        (
            vec!["list", "--status", "bogus"],
            "詳しくは「svcreq list --help」を参照".to_string(),
        ),
        (
            vec!["db", "admins", "list", "--bogus"],
            "詳しくは「svcreq db admins list --help」を参照".to_string(),
        ),
    ] {
        // Without the test's own --config, so a config flag can be given.
        let db = env.db();
        let out = env
            .bare()
            .args(["--db", db.to_str().unwrap(), "--lang", "ja"])
            .args(&args)
            .output()
            .unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        let code = out.status.code().unwrap_or_default();
        assert!((1..100).contains(&code), "{args:?}: {err}");
        assert!(err.contains(&said), "{args:?}: {err}");
    }
    let ok = ja_out(&env, &["rules", "--check", good_rules.to_str().unwrap()]);
    assert!(
        ok.starts_with(&format!("「{}」: 問題ありません", good_rules.display())),
        "{ok}"
    );
    // A tenant named in a sentence is quoted as any value is.
    let line = ja_out(&env, &["classify", "全ユーザーがメールを送受信できない"]);
    assert!(
        line.contains("テナント「contoso」のサポート レベル"),
        "{line}"
    );
    // English points at the command's own help too.
    let err = env.fail(&["list", "--status", "bogus"], 2);
    assert!(err.ends_with("; see `svcreq list --help`\n"), "{err}");
}
}
both_backends! {
/// A value the user typed is quoted 「…」 and a time written one way (SPEC 10): whatever
/// the check (after now, before the latest action, a period backwards) and whichever
/// command, `「<flag>」の値「…」` as typed, then what it was read as (`「2026-11-25 10:30」
/// (2026-11-25 10:30:00 JST) は`), the time without a weekday in the value and in what it is
/// compared with.
#[test]
fn a_typed_value_is_quoted_and_a_time_written_one_way() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    env.open(&["--title", "Mail down", "--severity", "B"]);
    let cases: [(&[&str], &str); 5] = [
        (
            &["respond", "1", "--at", "2026-11-25 10:30"],
            "「--at」の値「2026-11-25 10:30:00 JST」は現在 (2026-11-24 19:00:00 JST) より後のため",
        ),
        (
            &["respond", "1", "--at", "2026-11-23 10:30"],
            "「--at」の値「2026-11-23 10:30:00 JST」は、",
        ),
        (
            &["close", "1", "--at", "2026-11-23 10:30"],
            "「--at」の値「2026-11-23 10:30:00 JST」は、",
        ),
        (
            &["report", "--from", "2026-11-30", "--to", "2026-11-01"],
            "「--from」の値「2026-11-30」が「--to」の値「2026-11-01」より後のため",
        ),
        (
            &["open", "--title", "x", "--opened-at", "2026-11-24 20:00"],
            "「--opened-at」の値「2026-11-24 20:00:00 JST」は現在 (2026-11-24 19:00:00 JST) より後のため",
        ),
    ];
    env.open(&[
        "--title",
        "Mail down",
        "--severity",
        "B",
        "--opened-at",
        "2026-11-24 17:00",
    ]);
    env.run(&["respond", "2", "--at", "2026-11-24 18:00"], 0);
    let corrected: (&[&str], &str) = (
        &["respond", "2", "--at", "2026-11-24 20:00", "--correct"],
        "「--at」の値「2026-11-24 20:00:00 JST」は現在 (2026-11-24 19:00:00 JST) より後のため",
    );
    for (args, said) in cases.into_iter().chain([corrected]) {
        let err = fail_in(&env, "ja", args, 2);
        assert!(err.contains(said), "{args:?}: {err}");
        // No weekday on either side: the typed value and what it is compared with alike.
        for day in ["(月)", "(火)", "(水)", "(木)", "(金)", "(土)", "(日)"] {
            assert!(!err.contains(day), "{args:?}: {err}");
        }
    }
    // A typed case number or incident is quoted as every other typed value.
    for (args, said, code) in [
        (&["show", "--case", "999"][..], "ケース番号「999」の", 5),
        (
            &["update", "1", "--remove-incident", "EX999999"][..],
            "インシデント「EX999999」に",
            2,
        ),
    ] {
        let err = fail_in(&env, "ja", args, code);
        assert!(err.contains(said), "{args:?}: {err}");
    }
}
}

both_backends! {
/// A confirmation is written as sentences, never stacked labels (SPEC 10): `open` says
/// `を作成しました (重大度 B、…)。応答期限は … です`, `reopen` `新しい応答サイクルの応答期限は
/// … です`, and no line of a confirmation or a note holds two `label: ` in one clause.
#[test]
fn confirmations_are_sentences_not_stacked_colons() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    let opened = ja_out(
        &env,
        &[
            "open",
            "--title",
            "EAC cannot set mail forwarding",
            "--severity",
            "B",
        ],
    );
    assert!(
        opened.contains("サービス要求 1 を作成しました。重大度 B、サポート レベル: エンタープライズ (e3)、24 時間 365 日受付。応答期限は "),
        "{opened}"
    );
    let classified = ja_out(
        &env,
        &["open", "--title", "Outlook will not sync on one laptop"],
    );
    let presales = ja_out(
        &env,
        &[
            "open",
            "--title",
            "Pricing for E5",
            "--category",
            "presales",
        ],
    );
    assert!(
        presales.contains("初期応答の目標はありません"),
        "{presales}"
    );
    env.run(&["close", "1"], 0);
    let reopened = ja_out(
        &env,
        &["reopen", "1", "--reason", "back", "--severity", "A"],
    );
    assert!(
        reopened.contains("新しいサイクルの応答期限は ") && reopened.contains(" です"),
        "{reopened}"
    );
    for said in [&opened, &classified, &presales, &reopened] {
        for line in said.lines() {
            assert!(!stacked_colons(line), "{line}");
        }
    }
}
}

/// Whether `line` stacks labels: `label: label: value`, two colons with no list mark,
/// sentence end, parenthesis or bracket between them.
fn stacked_colons(line: &str) -> bool {
    line.split(": ")
        .skip(1)
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| !w[0].contains(['、', '。', '(', ')', '（', '）', '[', ']']))
}

both_backends! {
/// A note names what to do with different words (SPEC 10): the assumed-facts note of
/// `open` does not say 指定 twice (`…で事実を指定するか、--severity で重大度を直接選んで
/// ください`).
#[test]
fn a_note_repeats_no_word() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    let note = ja_out(
        &env,
        &["open", "--title", "Outlook will not sync on one laptop"],
    );
    let line = note
        .lines()
        .find(|l| l.contains("推定"))
        .unwrap_or_default();
    assert!(
        line.contains("「--severity」で重大度を直接選ぶことができます"),
        "{note}"
    );
    assert_eq!(line.matches("指定").count(), 1, "{line}");
}
}

both_backends! {
/// An update confirms the fields it changed (SPEC 7, SPEC 10), in both languages: setting
/// the case number, engineer and incident names those, not the severity and due time; a
/// severity change names the severity, then the new due time.
#[test]
fn an_update_names_the_fields_it_changed() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    env.open(&["--title", "Mail down", "--severity", "B"]);
    let ja = ja_out(
        &env,
        &[
            "update",
            "1",
            "--case-number",
            "2405010010005082",
            "--engineer",
            "Ken Sato",
            "--incident",
            "EX123456",
        ],
    );
    assert!(
        ja.contains("サービス要求 1 のケース番号、エンジニア、インシデントを更新しました"),
        "{ja}"
    );
    assert!(!ja.contains("応答期限") && !ja.contains("重大度"), "{ja}");
    let en = env.run(
        &["update", "1", "--owner", "Pat", "--title", "Mail down hard"],
        0,
    );
    assert!(en.contains("Updated request 1: title, owner"), "{en}");
    assert!(!en.contains("due") && !en.contains("severity"), "{en}");
    let ja = ja_out(&env, &["update", "1", "--severity", "A"]);
    assert!(
        ja.contains("サービス要求 1 の重大度を A に変更しました (SLA: ")
            && ja.contains("応答期限は "),
        "{ja}"
    );
    let en = env.run(&["update", "1", "--severity", "B"], 0);
    assert!(
        en.contains("Updated request 1: severity B (now due "),
        "{en}"
    );
}
}

both_backends! {
/// A case number that matches nothing (SPEC 7) is answered with what can help: check the
/// number, or search every text field for it; never the same lookup again.
#[test]
fn a_missing_case_number_suggests_a_search() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    env.open(&["--title", "Mail down", "--severity", "B"]);
    for lang in ["ja", "en"] {
        let err = fail_in(&env, lang, &["show", "--case", "999"], 5);
        assert!(
            err.contains("svcreq list --status all --search 999"),
            "{err}"
        );
        assert!(!err.contains("--case 999"), "{err}");
    }
}
}

both_backends! {
/// The parser's errors read as Japanese sentences, not translated clap (SPEC 2, SPEC 10):
/// an option is オプション and a positional value 引数, every kind says what is wrong in one
/// statement, and a similar name is offered as a question (「--format」のことですか？) after
/// the pointer to the help of the command typed.
#[test]
fn parser_errors_call_options_options_and_offer_a_similar_name_as_a_question() {
    let env = Env::new();
    for (args, said) in [
        (
            &["list", "--frobnicate"][..],
            "svcreq: 不明なオプション「--frobnicate」です (詳しくは「svcreq list --help」を参照) が、「--format」のことですか？",
        ),
        (
            &["open"][..],
            "svcreq: 必須のオプション「--title <件名>」が指定されていません (詳しくは",
        ),
        (
            &["lst"][..],
            "svcreq: 不明なコマンド「lst」です (詳しくは「svcreq --help」を参照) が、「list」のことですか？",
        ),
        (
            &["show", "1", "2"][..],
            "svcreq: 余分な引数「2」があります (詳しくは",
        ),
        (
            &["completions"][..],
            "svcreq: 必須の引数「<シェル>」が指定されていません (詳しくは",
        ),
        (
            &["list", "--json", "--format", "csv"][..],
            "svcreq: 「--json」と「--format <形式>」は一緒に指定できません (詳しくは",
        ),
    ] {
        let err = fail_in(&env, "ja", args, 2);
        assert!(err.starts_with(said), "{args:?}: {err}");
        for clap in [
            "似たもの",
            "があります: ",
            "指定されていません: ",
            "不明な引数「-",
        ] {
            assert!(!err.contains(clap), "{args:?}: {err}");
        }
    }
    // An option is オプション wherever Japanese names one, never フラグ.
    for file in ["messages", "output", "rules", "help", "help-words"] {
        let path = format!("{}/locales/ja/{file}.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains("フラグ"), "{file}");
    }
}
}

both_backends! {
/// A config error states the fact, not what "must" be (SPEC 10): business hours that close
/// before they open say which time is before which (`営業時間の終了時刻 (09:00) が開始時刻
/// (18:00) より前です`), and no Japanese message says …必要があります.
#[test]
fn config_errors_state_the_fact_not_a_must() {
    for (hours, said) in [
        (
            "open = \"18:00\"\nclose = \"09:00\"\n",
            "営業時間の終了時刻 (09:00) が開始時刻 (18:00) より前ですが、",
        ),
        (
            "open = \"09:00\"\nclose = \"09:00\"\n",
            "営業時間の終了時刻 (09:00) が開始時刻 (09:00) と同じで、時間帯が空ですが、",
        ),
        (
            "windows = { mon = [\"12:00-09:00\"] }\n",
            "営業時間の終了時刻 (09:00) が開始時刻 (12:00) より前ですが、",
        ),
    ] {
        let env = Env::with_config(&format!("tenant = \"a\"\n[business_hours]\n{hours}"));
        let ja = fail_in(&env, "ja", &["list"], 2);
        assert!(ja.contains(said), "{hours}: {ja}");
        assert!(!ja.contains("必要があります"), "{ja}");
    }
    for file in ["messages", "output", "rules", "help", "help-words"] {
        let path = format!("{}/locales/ja/{file}.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            assert!(!line.contains("必要があります"), "{file}: {line}");
        }
    }
}
}

both_backends! {
/// An error names its place, then says what is wrong in a sentence (SPEC 10): never stacked
/// labels (`bad.csv: 3 行目: 項目 title: …`). An import row says `bad.csv の 3 行目:
/// 項目「title」は必須です`, a config error `c.toml の 5 行 12 列: 管理者「x」が…`, and no Japanese help
/// text or message of the catalogue stacks two labels (`--case と併用: …`).
#[test]
fn errors_and_help_name_the_place_then_say_the_fault_without_stacked_colons() {
    let env = Env::new();
    let bad = env.path("bad.csv");
    std::fs::write(&bad, "title,severity\nfine,B\n,B\n").unwrap();
    let err = fail_in(
        &env,
        "ja",
        &["import", bad.to_str().unwrap(), "--dry-run"],
        2,
    );
    assert!(
        err.contains("bad.csv」の 3 行目: 項目「title」は必須です (何も取り込んでいません)"),
        "{err}"
    );
    let bool_file = env.path("flags.csv");
    std::fs::write(&bool_file, "title,severity,available_24x7\nx,B,maybe\n").unwrap();
    let err = fail_in(
        &env,
        "ja",
        &["import", bool_file.to_str().unwrap(), "--dry-run"],
        2,
    );
    assert!(
        err.contains("flags.csv」の 2 行目: 項目「available_24x7」の値「maybe」は"),
        "{err}"
    );
    let env = Env::with_config(
        "tenant = \"a\"\n[[admins]]\nname = \"x\"\nrole = \"global\"\ntenants = [\"nope\"]\n",
    );
    let err = fail_in(&env, "ja", &["list"], 2);
    assert!(
        err.contains("行 12 列: 管理者「x」が「tenants」に記載したテナント「nope」は設定にないため"),
        "{err}"
    );
    // `svcreq: ` is the program's name, not a label: the place and the fault follow it.
    assert!(!stacked_colons(err.trim_start_matches("svcreq: ")), "{err}");
    for file in ["messages", "help"] {
        let path = format!("{}/locales/ja/{file}.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let value = line.split_once(" = ").map_or(line, |(_, v)| v);
            // A variable may stand for a labelled list; the fixed text alone is judged.
            assert!(!stacked_colons(value), "{file}: {line}");
        }
    }
}
}

both_backends! {
/// The history says a business-clock target as every other screen does (SPEC 7, SPEC 10):
/// the opening and a severity change in `show` read `営業時間で 48 時間`, never `2 日`,
/// though the stored detail carries only the target's id.
#[test]
fn history_says_a_business_clock_target_in_business_hours() {
    let env = gold_env();
    env.open(&[
        "--title",
        "連絡先を削除できない",
        "--severity",
        "C",
        "--opened-at",
        "2026-11-20T06:00:00Z",
    ]);
    env.run(&["update", "1", "--severity", "B"], 0);
    let show = ja_out(&env, &["show", "1"]).replace(['│', '┆', '\n', ' '], "");
    assert!(
        show.contains("初期応答の目標は営業時間で48時間です"),
        "{show}"
    );
    assert!(
        show.contains("重大度をCからBに変更。初期応答の目標は営業時間で4時間です。期限は"),
        "{show}"
    );
    assert!(!show.contains("2日"), "{show}");
}
}

both_backends! {
/// The history quotes a reason's phrase as typed, the same as `classify` (SPEC 10): a
/// long vowel mark the classifier folds away (`一部のユーザ`) is shown as the title has it.
#[test]
fn history_quotes_a_phrase_as_classify_does() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    let title = "Teams で一部のユーザーが会議に参加できない";
    let classify = ja_out(&env, &["classify", title]);
    assert!(classify.contains("「一部のユーザー」"), "{classify}");
    let id = env.open(&["--title", title]).to_string();
    let show = ja_out(&env, &["show", &id]).replace(['│', '┆', '\n', ' '], "");
    assert!(
        show.contains("「一部のユーザー」") && !show.contains("「一部のユーザ」"),
        "{show}"
    );
}
}

/// A Japanese sentence says what to do without repeating its verb (SPEC 10): no sentence
/// of the catalogues says 指定 twice (`…で指定するか、--severity を指定してください`).
#[test]
fn a_sentence_does_not_repeat_its_verb() {
    for file in ["messages", "output", "rules", "help"] {
        let path = format!("{}/locales/ja/{file}.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            for sentence in line.split('。') {
                assert!(sentence.matches("指定").count() < 2, "{file}: {line}");
            }
        }
    }
}

both_backends! {
/// A history writes every time one way (SPEC 10): the due time of an opening or a reopen
/// as the times a change records and the table's time column, without a weekday.
#[test]
fn a_history_writes_every_time_one_way() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    env.open(&["--title", "Mail down", "--severity", "B"]);
    env.run(&["close", "1"], 0);
    env.run(&["reopen", "1", "--reason", "back", "--severity", "A"], 0);
    env.run(&["update", "1", "--severity", "B"], 0);
    let show = ja_out(&env, &["show", "1"]);
    let history = show.split("履歴").nth(1).unwrap_or_default();
    assert!(history.contains("期限は 2026-11-2"), "{show}");
    for day in ["(月)", "(火)", "(水)", "(木)", "(金)", "(土)", "(日)"] {
        assert!(!history.contains(day), "{history}");
    }
}
}

/// stdout of `args` in `lang`, piped, with `COLUMNS` set to `columns` or unset.
fn piped(env: &Env, lang: &str, columns: Option<usize>, now: &str, args: &[&str]) -> String {
    let mut c = env.at(now);
    c.args(args).args(["--lang", lang, "--color", "never"]);
    match columns {
        Some(w) => c.env("COLUMNS", w.to_string()),
        None => c.env_remove("COLUMNS"),
    };
    let out = c.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The widest line of the tables in `out` (wide characters count two); of the records when
/// a table too narrow to read printed record by record (README, "Narrow terminals").
fn widest_table_line(out: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    let table = out
        .lines()
        .filter(|l| l.starts_with(['│', '╭', '╰', '╞']))
        .map(|l| l.trim_end().width())
        .max();
    let records = || {
        out.lines()
            .filter(|_| out.starts_with("ID:"))
            .map(|l| l.trim_end().width())
            .max()
    };
    table.or_else(records).unwrap_or(0)
}

both_backends! {
/// SPEC 6: when stdout is not a terminal and `COLUMNS` is set to a number, tables fit that
/// width (`svcreq list | less`); with `COLUMNS` unset a piped table is not fitted. Both
/// languages, every table (list, sla, show and its history).
#[test]
fn piped_tables_fit_columns_when_it_is_set() {
    let env = worded_ledger();
    env.open(&[
        "--title",
        "Teams の会議に参加できない社員が数名います。Web版では参加できますが、デスクトップ版では参加できません",
        "--severity",
        "B",
    ]);
    let now = "2026-11-24T12:00:00Z";
    for lang in ["en", "ja"] {
        for args in [
            &["list"][..],
            &["list", "--status", "all"],
            &["sla", "--fail-on", "never", "--all"],
            &["show", "5"],
            &["show", "2"],
        ] {
            for columns in [70, 80, 100] {
                let out = piped(&env, lang, Some(columns), now, args);
                let w = widest_table_line(&out);
                assert!(
                    w <= columns && w > 0,
                    "{lang} {args:?}: COLUMNS={columns} gives {w}\n{out}"
                );
            }
            let unset = piped(&env, lang, None, now, args);
            assert!(
                widest_table_line(&unset) > 100,
                "{lang} {args:?}: not fitted without COLUMNS\n{unset}"
            );
        }
    }
}
}

both_backends! {
/// The 残り・経過 column says its durations in one order (SPEC 10): the duration, then
/// what it is (`9 時間超過`, `1 日 23 時間経過`), in Japanese as in English (`overdue 9h`,
/// `open 1d 23h`: the word first).
#[test]
fn elapsed_and_overdue_durations_are_said_in_one_order() {
    let env = worded_ledger();
    let now = "2026-11-26T00:00:00Z";
    let ja = piped(&env, "ja", None, now, &["sla", "--fail-on", "never"]);
    let cells: Vec<String> = rows(&ja).into_iter().flatten().collect();
    let said: Vec<&String> = cells
        .iter()
        .filter(|c| c.contains("経過") || c.contains("超過"))
        .collect();
    assert!(said.iter().any(|c| c.ends_with("時間経過")), "{ja}");
    assert!(said.iter().any(|c| c.ends_with("超過")), "{ja}");
    for c in &said {
        assert!(
            !c.starts_with("経過") && !c.starts_with("超過"),
            "the duration comes first: {c}\n{ja}"
        );
    }
    let en = piped(&env, "en", None, now, &["sla", "--fail-on", "never"]);
    let cells: Vec<String> = rows(&en).into_iter().flatten().collect();
    assert!(cells.iter().any(|c| c.starts_with("open ")), "{en}");
    assert!(cells.iter().any(|c| c.starts_with("overdue ")), "{en}");
}
}

both_backends! {
/// A threshold says which side of it counts (SPEC 1.5, SPEC 10): at risk is when the
/// remaining share or time is at or below it (`25 % 以下`), in `rules` for a share and for a
/// time, and in `sla --help`; a threshold sentence never gives a bare number.
#[test]
fn a_threshold_says_which_side_of_it_counts() {
    let env = worded_ledger();
    let rules = ja_out(&env, &["rules"]);
    assert!(
        rules.contains("違反間近: 初期応答の目標の残りが 25 % 以下"),
        "{rules}"
    );
    let timed = Env::with_config(
        "tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\nat_risk = \"30m\"\n",
    );
    let rules = ja_out(&timed, &["rules"]);
    assert!(
        rules.contains("違反間近: 初期応答の目標の残りが 30 分以下"),
        "{rules}"
    );
    let en = env.run(&["rules"], 0);
    assert!(
        en.contains("at risk: 25 % or less of the target left")
            || en.contains("at risk: 25% or less of the target left"),
        "{en}"
    );
    let help = ja_out(&env, &["sla", "--help"]);
    assert!(help.contains("以下になると違反間近"), "{help}");
}
}

both_backends! {
/// A message never says the same word twice (SPEC 10): `classify` without a severity names
/// the category once, in its headline; an update that set the severity says it once, with
/// its value, in both languages.
#[test]
fn a_message_never_says_a_word_twice() {
    let env = worded_ledger();
    let ja = ja_out(&env, &["classify", "請求書の金額が違う"]);
    let first = ja.lines().next().unwrap();
    assert_eq!(
        first, "重大度なし (種類が「課金」の要求)、サービス: その他",
        "{ja}"
    );
    let en = env.run(&["classify", "The invoice amount is wrong"], 0);
    let first = en.lines().next().unwrap();
    assert_eq!(first.matches("billing").count(), 1, "{en}");
    let ja = ja_out(&env, &["update", "2", "--severity", "C"]);
    let line = ja.lines().next().unwrap();
    assert!(
        line.starts_with("サービス要求 2 の重大度を C に変更しました (SLA: "),
        "{ja}"
    );
    assert_eq!(line.matches("重大度").count(), 1, "{ja}");
    let ja = ja_out(&env, &["update", "2", "--severity", "B", "--owner", "Pat"]);
    let line = ja.lines().next().unwrap();
    assert!(
        line.starts_with("サービス要求 2 の社内担当者を更新し、重大度を B に変更しました (SLA: "),
        "{ja}"
    );
    assert_eq!(line.matches("重大度").count(), 1, "{ja}");
    let en = env.run(&["update", "2", "--severity", "C"], 0);
    assert_eq!(
        en.lines().next().unwrap().matches("severity").count(),
        1,
        "{en}"
    );
}
}

both_backends! {
/// Nouns in a list are joined the Japanese way (SPEC 10): two with と, three or more with
/// 、, and every item a noun (`24 時間 365 日の連絡可否`): the facts `open` assumed and the
/// fields `update` changed.
#[test]
fn two_nouns_join_with_to_and_every_item_is_a_noun() {
    let env = worded_ledger();
    let out = ja_out(
        &env,
        &[
            "open",
            "--title",
            "Outlook is slow",
            "--impact",
            "degraded",
            "--users",
            "multiple",
        ],
    );
    assert!(
        out.contains("回避策と業務への重大な影響は推定です"),
        "{out}"
    );
    let out = ja_out(&env, &["update", "2", "--category", "presales"]);
    assert!(
        out.contains("サービス要求 2 の種類と重大度を更新しました"),
        "{out}"
    );
    let out = ja_out(
        &env,
        &[
            "update",
            "1",
            "--owner",
            "Pat",
            "--contact",
            "pat@example.com",
            "--contact-method",
            "phone",
            "--available-24x7",
            "true",
        ],
    );
    assert!(
        out.contains("連絡先、連絡方法、24 時間 365 日の連絡可否、社内担当者を更新しました"),
        "{out}"
    );
    // Every field name is a noun: none ends as a predicate (可能, する, ある).
    let path = format!("{}/locales/ja/rules.ftl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    for line in text
        .lines()
        .filter(|l| l.starts_with("name-field-") || l.starts_with("name-fact-"))
    {
        let name = line.split(" = ").nth(1).unwrap_or_default();
        for end in ["可能", "する", "ある", "ない", "できる"] {
            assert!(!name.ends_with(end), "{line}");
        }
    }
}
}

both_backends! {
/// No message addresses the reader as あなた (SPEC 10): the catalogue speaks of 管理者 and
/// 自分; an empty note says what to write.
#[test]
fn no_message_says_anata() {
    for file in ["messages", "output", "rules", "help", "help-words"] {
        let path = format!("{}/locales/ja/{file}.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains("あなた") && !text.contains("貴方"), "{file}");
    }
    let env = worded_ledger();
    let err = fail_in(&env, "ja", &["note", "1", ""], 2);
    assert!(
        err.contains("メモが空のため、Microsoft からの更新内容か、管理者の返信を入力してください"),
        "{err}"
    );
}
}

both_backends! {
/// A count reads right at one and at many (SPEC 10): `import --dry-run` of one row never
/// says 1 件とも (とも needs two or more), and of three rows says 3 件すべて; in English,
/// 1 request and 3 requests.
#[test]
fn a_count_reads_right_at_one_and_at_many() {
    let env = worded_ledger();
    let out = env.cmd().arg("export").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let all = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = all.lines().collect();
    assert!(lines.len() >= 3, "{all}");
    for (n, ja_said, en_said) in [
        (1, "1 件の行に問題はありません", "1 request is valid"),
        (3, "3 件すべてに問題はありません", "3 requests are valid"),
    ] {
        let fresh = Env::with_config(
            "tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n\
             [tenants.fabrikam]\nplan = \"business-standard\"\ntimezone = \"Europe/Berlin\"\n",
        );
        let file = fresh.path("rows.jsonl");
        std::fs::write(&file, lines[..n].join("\n") + "\n").unwrap();
        let file = file.to_str().unwrap();
        let ja = ja_out(&fresh, &["import", file, "--dry-run"]);
        assert!(ja.contains(ja_said) && !ja.contains("とも"), "{ja}");
        let en = fresh.run(&["import", file, "--dry-run"], 0);
        assert!(en.contains(en_said), "{en}");
    }
}
}

both_backends! {
/// A value inside a Japanese sentence is quoted 「…」, one style everywhere (SPEC 10): a list
/// of the values a flag, a setting or a file accepts quotes each value, as the config's list
/// of known keys does (「open」、「closed」、「all」のいずれか); help writes the hyphen that
/// stands for standard input as 「-」, never bare. Checked over the catalogues' literal text
/// and over the lists svcreq fills in.
#[test]
fn values_in_sentences_are_quoted_one_way() {
    let mut checked = 0;
    for (file, id, t) in ja_catalogue_texts(literal_text) {
        let t = outside_quotes(&t);
        checked += 1;
        let chars: Vec<char> = t.chars().collect();
        let word = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || *c == '-');
        // A cell that is only a dash (nothing to show) is no sentence.
        let sentence = t.trim() != "-";
        for (i, c) in chars.iter().enumerate() {
            if *c == '-' && sentence {
                let before = i.checked_sub(1).and_then(|j| chars.get(j));
                assert!(
                    word(before) || word(chars.get(i + 1)),
                    "locales/ja/{file}: {id}: a bare hyphen: {t}"
                );
            }
        }
        // An unquoted list of ids before the words that offer a choice.
        if let Some(at) = t.find("のいずれか") {
            let before = t[..at].trim_end();
            let last = before.rsplit(['、', ' ', '。']).next().unwrap_or("");
            assert!(
                last.is_empty()
                    || !last
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "-_".contains(c))
                    || !before.contains('、'),
                "locales/ja/{file}: {id}: an unquoted list of values: {t}"
            );
        }
    }
    assert!(checked > 500, "{checked}");
    let env = Env::new();
    env.run(&["db", "init"], 0);
    let err = fail_in(&env, "ja", &["list", "--status", "opn"], 2);
    assert!(
        err.contains("「open」、「closed」、「all」のいずれか"),
        "{err}"
    );
    let err = fail_in(&env, "ja", &["list", "--sla", "late"], 2);
    assert!(err.contains("「pending」、"), "{err}");
    let err = fail_in(&env, "ja", &["list", "--format", "xml"], 2);
    assert!(err.contains("「table」、"), "{err}");
    let bad = Env::with_config("tenant = \"contoso\"\n[tenants.contoso]\nplan = \"e9\"\n");
    let err = fail_in(&bad, "ja", &["list"], 2);
    assert!(
        err.contains("「e9」") && err.contains("「a1」、「a3」"),
        "{err}"
    );
    let help = ja_out(&env, &["open", "--help"]);
    assert!(help.contains("(「-」で標準入力)"), "{help}");
    // English keeps its plain list.
    let en = env.fail(&["list", "--status", "opn"], 2);
    assert!(en.contains("open, closed, all"), "{en}");
}
}

both_backends! {
/// The monthly report reads as prose (SPEC 9, SPEC 10): the period as a range, a reopened
/// cycle counted in words, the percentile without its method's name, the weekly trend named
/// by its week; and the start of a cycle, the source of a severity and what Microsoft may
/// lower are each said one way everywhere.
#[test]
fn the_report_and_the_record_say_their_terms_as_prose() {
    use svcreq::i18n::{Lang, Part};
    for part in Part::ALL {
        for (file, text) in Lang::Ja.catalogues(part) {
            for bad in [
                "サイクル開始",
                "最近接",
                "から { $to } まで",
                "--severity で指定",
                "は要求を B に",
            ] {
                assert!(!text.contains(bad), "locales/ja/{file}: {bad}");
            }
        }
    }
    let env = Env::new();
    env.run(&["db", "init"], 0);
    env.open(&["--title", "Mail is slow", "--severity", "B"]);
    let out = ja_out(&env, &["report", "--month", "2026-11"]);
    assert!(
        out.contains("期間: 2026-11-01～2026-11-30 (両日を含む)"),
        "{out}"
    );
    assert!(out.contains("(再開後のサイクルも 1 件)"), "{out}");
    assert!(
        out.contains("90 パーセンタイル") && !out.contains("順位法"),
        "{out}"
    );
    let show = ja_out(&env, &["show", "1"]);
    assert!(show.contains("応答サイクルの開始"), "{show}");
    assert!(
        show.contains("(手動で指定)") && !show.contains("--severity で指定"),
        "{show}"
    );
}
}

/// The cells of each row of a table, the lines of a cell kept apart: `[row][column][line]`.
/// A row starts where its first cell is not empty.
fn cell_lines(table: &str) -> Vec<Vec<Vec<String>>> {
    let mut out: Vec<Vec<Vec<String>>> = Vec::new();
    for line in table.lines().filter(|l| l.starts_with('│')) {
        let cells: Vec<String> = line
            .trim_matches('│')
            .split('┆')
            .map(|c| c.trim().to_string())
            .collect();
        let new_row = !cells[0].is_empty() || out.is_empty();
        if new_row {
            out.push(cells.iter().map(|c| vec![c.clone()]).collect());
        } else if let Some(row) = out.last_mut() {
            for (col, c) in row.iter_mut().zip(cells) {
                if !c.is_empty() {
                    col.push(c);
                }
            }
        }
    }
    out
}

/// Where a cell's line break splits a word (SPEC 10): inside a katakana word (プレセー|ルス),
/// between a Latin word and the Japanese joined to it (Web|版), or inside a run of kana but
/// after the て of a verb or a particle, leaving at least three (くだ|さい, い|ます, か|ら).
fn split_word(before: &str, after: &str) -> Option<String> {
    let (Some(a), Some(b)) = (before.chars().last(), after.chars().next()) else {
        return None;
    };
    let katakana = |c: char| ('\u{30a0}'..='\u{30ff}').contains(&c);
    let kana = |c: char| ('\u{3041}'..='\u{309f}').contains(&c);
    let japanese = |c: char| kana(c) || katakana(c) || ('\u{4e00}'..='\u{9fff}').contains(&c);
    let latin_word = before
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric())
        .any(|c| c.is_ascii_alphabetic());
    let run_after = after.chars().take_while(|c| kana(*c)).count();
    let bad = katakana(a) && katakana(b)
        || a.is_ascii_alphanumeric() && latin_word && japanese(b)
        || kana(a)
            && kana(b)
            && (!matches!(a, 'て' | 'で' | 'は' | 'が' | 'を' | 'も') || run_after < 3);
    bad.then(|| format!("{before}|{after}"))
}

/// Japanese titles of the kinds that split before: katakana words in brackets, verb endings,
/// a Latin word joined to kanji (`Web版`), several tenants.
fn japanese_titles_ledger() -> Env {
    let env = Env::with_config(
        "tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n\
         [tenants.fabrikam]\nplan = \"business-standard\"\ntimezone = \"Europe/Berlin\"\n",
    );
    let at = ["--opened-at", "2026-11-24T01:00:00Z"];
    for (title, more) in [
        ("EAC cannot set mail forwarding", &["--severity", "B"][..]),
        (
            "E5 の価格を教えてください",
            &["--category", "presales", "--tenant", "fabrikam"],
        ),
        (
            "全社でメールの送受信が止まっています",
            &["--severity", "A", "--tenant", "fabrikam"],
        ),
        (
            "Teams の会議に参加できない社員が数名います。Web版では参加できます",
            &["--severity", "B"],
        ),
        (
            "SharePoint のサイトが開けません",
            &["--severity", "B", "--tenant", "fabrikam"],
        ),
        ("請求書の金額が違っています", &["--category", "billing"]),
    ] {
        env.open(&[&["--title", title][..], more, &at].concat());
    }
    // States of every width beside them at the test's clock: at risk (違反間近), pending
    // (応答待ち), no target (目標なし), breached, met.
    for (title, more) in [
        (
            "Teams の会議に参加できません",
            &[
                "--severity",
                "A",
                "--available-24x7",
                "--opened-at",
                "2026-11-25T23:10:00Z",
            ][..],
        ),
        (
            "OneDrive の同期が止まっています",
            &["--severity", "B", "--opened-at", "2026-11-25T23:55:00Z"],
        ),
    ] {
        env.open(
            &[
                &["--title", title][..],
                more,
                &["--now", "2026-11-26T00:00:00Z"],
            ]
            .concat(),
        );
    }
    env.run(
        &[
            "respond",
            "1",
            "--at",
            "2026-11-24T01:40:00Z",
            "--note",
            "engineer called",
        ],
        0,
    );
    env.run(
        &["respond", "1", "--at", "2026-11-24T01:20:00Z", "--correct"],
        0,
    );
    env
}

both_backends! {
/// SPEC 10, tables: a table gives its running text (a title, a history's detail) the width
/// to keep its words whole before any cell splits one — the other columns wrap first (a
/// duration, a header, a state at a compound's seam, a timestamp on a third line). No
/// katakana word, verb ending, two-kana particle or Latin word joined to Japanese (`Web版`)
/// splits, and a particle after a timestamp goes with the next phrase (`… JST` / `から …`):
/// list, sla with several tenants and show's history, 70 to 100 columns, both languages.
#[test]
fn table_cells_split_no_word_while_the_running_text_can_widen() {
    let env = japanese_titles_ledger();
    let now = "2026-11-26T00:00:00Z";
    let (mut splits, mut shown) = (Vec::new(), String::new());
    for lang in ["ja", "en"] {
        // From the width at which the other columns can give the title its widest word
        // (at 72 the list's columns are all at their least and `(プレセールス)` must split;
        // sla's at 72 in Japanese: the tenant `fabrikam`, a state at its seam (違反|間近),
        // the due time on three lines, `22 時間`, and 14 for `(プレセールス)` are 51 > 50;
        // at 75 in English, where `no-target` and `answered` are single words).
        let sla = if lang == "ja" { 73 } else { 76 };
        for (args, least) in [
            (&["list"][..], 76),
            (&["sla", "--fail-on", "never"], sla),
            (&["sla", "--fail-on", "never", "--all"], sla),
            (&["show", "1"], 70),
            (&["show", "4"], 70),
        ] {
            let wide = piped(&env, lang, None, now, args);
            for columns in least..=100 {
                let out = piped(&env, lang, Some(columns), now, args);
                for row in cell_lines(&out) {
                    for col in &row {
                        for pair in col.windows(2) {
                            // A break at a space (サポート レベル|エンタープライズ) splits nothing.
                            let last = pair[0].rsplit(' ').next().unwrap_or_default();
                            let first = pair[1].split(' ').next().unwrap_or_default();
                            if wide.contains(&format!("{last} {first}")) {
                                continue;
                            }
                            if let Some(split) = split_word(&pair[0], &pair[1]) {
                                if splits.is_empty() {
                                    shown = out.clone();
                                }
                                splits.push(format!("{lang} {args:?} at {columns}: {split}"));
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(splits.is_empty(), "{}\n{shown}", splits.join("\n"));
}
}

both_backends! {
/// A value of the wrong type in a TOML file is told against its key, with the file and
/// line kept (SPEC 10): `plan の値は文字列にしてください (指定された値: 整数 3)`.
#[test]
fn a_wrong_type_names_its_key() {
    let bad = Env::with_config("tenant = \"contoso\"\n[tenants.contoso]\nplan = 3\n");
    let err = fail_in(&bad, "ja", &["list"], 2);
    assert!(
        err.contains("3 行") && err.contains("plan の値は文字列にしてください"),
        "{err}"
    );
    let en = bad.fail(&["list"], 2);
    assert!(en.contains("the value of plan must be"), "{en}");
}
}

both_backends! {
/// A missing key is told with the table that lacks it, a tier by its name, in both
/// languages (SPEC 10): `サポート レベル「x」に必須の項目「B」がないため`.
#[test]
fn a_missing_key_names_its_table() {
    let env = Env::new();
    let file = env.path("badrules.toml");
    std::fs::write(
        &file,
        "reopen_window = \"14d\"\n[tiers.x]\nplans = [\"p\"]\n\
         A = { availability = \"24x7\", response = \"1h\" }\n",
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let err = fail_in(&env, "ja", &["rules", "--check", file], 2);
    assert!(
        err.contains("2 行") && err.contains("サポート レベル「x」に必須の項目「B」がないため"),
        "{err}"
    );
    let en = env.fail(&["rules", "--check", file], 2);
    assert!(
        en.contains("tier x is missing the required key `B`"),
        "{en}"
    );
}
}

both_backends! {
/// A key missing from an entry of an array of tables (`[[admins]]`, or `admins = [{…}]`) is
/// told with the entry that lacks it, by its number, in both languages (SPEC 10), and
/// the file as the place: no line and column of the file's first header.
#[test]
fn a_key_missing_from_an_admin_entry_names_the_entry() {
    for (config, n, key) in [
        (
            "[[admins]]\nname = \"alice\"\nrole = \"global-admin\"\n\n\
             [[admins]]\nrole = \"global-reader\"\n",
            "2",
            "name",
        ),
        (
            "plan = \"business-premium\"\nadmins = [\n  { name = \"a{\", role = \"global-admin\" },\n  \
             { name = \"b\", role = \"partner\", tenants = [\"x\"] },\n  { name = \"c\" },\n]\n",
            "3",
            "role",
        ),
        ("[[admins]]\nrole = \"global-reader\"\n", "1", "name"),
    ] {
        let env = Env::with_config(config);
        let file = env.path("c.toml");
        let file = file.to_str().unwrap();
        let en = fail_in(&env, "en", &["list"], 2);
        assert_eq!(
            en.trim_end(),
            format!("svcreq: {file}: admin entry {n} is missing the required key `{key}`; add it"),
            "{config}"
        );
        let ja = fail_in(&env, "ja", &["list"], 2);
        assert!(
            ja.contains(&format!("「{file}」: "))
                && ja.contains(&format!(
                    "{n} 番目の管理者 ([[admins]]) に必須の項目「{key}」がないため"
                )),
            "{ja}"
        );
    }
}
}

both_backends! {
/// A key missing from the top of a file names no table; one missing from a severity's
/// inline table names the tier and the severity.
#[test]
fn a_missing_key_names_the_table_it_belongs_to_and_no_other() {
    let env = Env::new();
    let file = env.path("rules.toml");
    let tier = "[tiers.x]\nplans = [\"p\"]\nA = { availability = \"24x7\", response = \"1h\" }\n\
                B = { availability = \"24x7\", response = \"1h\" }\n";
    std::fs::write(
        &file,
        format!("{tier}C = {{ availability = \"24x7\", response = \"1h\" }}\n"),
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let err = fail_in(&env, "ja", &["rules", "--check", path], 2);
    assert!(
        err.contains("項目「reopen_window」がないため") && !err.contains("サポート レベル"),
        "{err}"
    );
    std::fs::write(
        &file,
        format!("reopen_window = \"14d\"\n{tier}C = {{ availability = \"24x7\" }}\n"),
    )
    .unwrap();
    let err = fail_in(&env, "ja", &["rules", "--check", path], 2);
    assert!(
        err.contains("サポート レベル「x」の重大度 C に必須の項目「response」がないため"),
        "{err}"
    );
}
}

both_backends! {
/// Setting a request's severity to the one it has says the severity stays and what changed
/// (its source), not only that a source was updated (SPEC 7, SPEC 10).
#[test]
fn a_severity_set_to_itself_is_said_to_stay() {
    let env = Env::new();
    env.run(&["db", "init"], 0);
    let id = env
        .open(&["--title", "How do I export a mailbox", "--severity", "C"])
        .to_string();
    let out = ja_out(
        &env,
        &[
            "update",
            &id,
            "--severity",
            "C",
            "--by",
            "microsoft",
            "--reason",
            "rated C",
        ],
    );
    assert!(
        out.contains(
            "重大度の指定元を更新しました。指定元は「Microsoft による割り当て」になり、重大度は C のままです"
        ),
        "{out}"
    );
}
}

/// Colons that are not inside a time (`23:59:59`) nor the support level label's own
/// (`サポート レベル: エンタープライズ`, a label joined to its value the same everywhere): the
/// punctuation a line is built with.
fn colons_outside_times(s: &str) -> usize {
    let s = s.replace("サポート レベル: ", "サポート レベル ");
    let b: Vec<char> = s.chars().collect();
    (0..b.len())
        .filter(|&i| {
            b[i] == ':'
                && !(i > 0
                    && b[i - 1].is_ascii_digit()
                    && b.get(i + 1).is_some_and(char::is_ascii_digit))
        })
        .count()
}

/// Every request's explanation in `lang`: the lines of `sla --all --explain` and the
/// due-time basis row of `show`, at a width no cell wraps at.
fn explanations(env: &Env, lang: &str, ids: &[i64], now: &str) -> (Vec<String>, Vec<String>) {
    let run = |args: &[&str]| {
        let out = env
            .at(now)
            .args(args)
            .args(["--lang", lang])
            .env("COLUMNS", "1000")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let sla = run(&["sla", "--all", "--explain", "--fail-on", "never"]);
    let lines = sla
        .lines()
        .filter(|l| l.starts_with('#') || l.starts_with("サービス要求 "))
        .map(str::to_owned)
        .collect();
    let label = if lang == "ja" {
        "期限の根拠"
    } else {
        "due because"
    };
    let shown = ids
        .iter()
        .map(|id| {
            let show = run(&["show", &id.to_string()]);
            rows(&show)
                .into_iter()
                .find(|r| r.first().is_some_and(|f| f == label))
                .unwrap_or_else(|| panic!("{show}"))[1]
                .clone()
        })
        .collect();
    (lines, shown)
}

both_backends! {
/// SPEC 1.4, SPEC 10: the due-time explanation (`show`'s basis, `sla --explain`) reads in
/// Japanese as sentences — what selected the target, the target itself, then the start and
/// the due time — never a target followed by a colon and "…に開始", nor the English "#1:".
/// One colon at most follows the request named at the head of an `sla --explain` line, in
/// both languages, for every kind of target: 1 h on a 24x7 clock, hours on a 24x7 clock
/// for a business-hours request, a business clock skipping nights, weekends and holidays,
/// each reading of next day, no target (billing), and the cycles of a reopened request.
#[test]
fn the_due_time_explanation_is_sentences_not_stacked_colons() {
    let mut seen_ja = String::new();
    for reading in ["end-of-next-day", "end-of-next-business-day", "24h"] {
        let env = Env::with_config(
            "tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"gold\"\nrules_file = \"r.toml\"\n[tenants.fabrikam]\nplan = \"silver\"\ntimezone = \"Europe/Berlin\"\n",
        );
        std::fs::write(
            env.path("r.toml"),
            format!(
                "next_day = \"{reading}\"\nreopen_window = \"14d\"\n[business_hours]\n\
                 days = [\"mon\",\"tue\",\"wed\",\"thu\",\"fri\"]\nopen = \"09:00\"\n\
                 close = \"17:00\"\nholidays = [\"2026-11-30\"]\n[tiers.gold]\nplans = [\"gold\"]\n\
                 A = {{ availability = \"24x7\", response = \"1h\" }}\n\
                 B = {{ availability = \"business-hours\", response = \"2h\", clock = \"business\" }}\n\
                 C = {{ availability = \"business-hours\", response = \"4h\", clock = \"24x7\" }}\n\
                 [tiers.silver]\nplans = [\"silver\"]\n\
                 A = {{ availability = \"24x7\", response = \"1h\" }}\n\
                 B = {{ availability = \"24x7\", response = \"next-day\" }}\n\
                 C = {{ availability = \"business-hours\", response = \"none\" }}\n"
            ),
        )
        .unwrap();
        let opened = "2026-11-27T07:00:00Z"; // Friday 16:00 in Tokyo
        let open = |extra: &[&str]| {
            env.at(opened)
                .args(["open", "--title", "Mail problem", "--opened-at", opened])
                .args(extra)
                .assert()
                .code(0);
        };
        open(&["--severity", "B"]);
        open(&["--severity", "A", "--available-24x7"]);
        open(&["--severity", "C"]);
        open(&["--category", "billing"]);
        open(&["--severity", "B", "--tenant", "fabrikam"]);
        open(&["--severity", "C", "--tenant", "fabrikam"]);
        let at = |now: &str, args: &[&str]| {
            env.at(now).args(args).assert().code(0);
        };
        at("2026-11-27T07:30:00Z", &["respond", "2"]);
        at(
            "2026-11-27T08:00:00Z",
            &["close", "2", "--resolution", "ok"],
        );
        at(
            "2026-11-28T00:00:00Z",
            &["reopen", "2", "--reason", "again", "--severity", "B"],
        );
        let now = "2026-11-28T01:00:00Z";
        let ids = [1, 2, 3, 4, 5, 6];
        let (lines, shown) = explanations(&env, "ja", &ids, now);
        assert_eq!(lines.len(), 7, "{lines:#?}");
        for line in &lines {
            let (head, basis) = line.split_once(": ").unwrap();
            assert!(head.starts_with("サービス要求 "), "{line}");
            assert_eq!(colons_outside_times(basis), 0, "{line}");
        }
        for basis in lines
            .iter()
            .map(|l| l.split_once(": ").unwrap().1)
            .chain(shown.iter().map(String::as_str))
        {
            assert_eq!(colons_outside_times(basis), 0, "{basis}");
            assert!(!basis.contains("に開始") && !basis.contains('#'), "{basis}");
            let sentences: Vec<&str> = basis.split('。').collect();
            assert!(sentences.len() >= 2, "{basis}");
            assert!(sentences[1].starts_with("初期応答の目標は"), "{basis}");
            assert!(
                sentences[2..].iter().all(|s| !s.starts_with('、')),
                "{basis}"
            );
            seen_ja.push_str(basis);
            seen_ja.push('\n');
        }
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("サービス要求 2 (再開 1 回目): "))
                && lines
                    .iter()
                    .any(|l| l.starts_with("サービス要求 2 (初回): ")),
            "{lines:#?}"
        );
        let (lines, shown) = explanations(&env, "en", &ids, now);
        assert_eq!(lines.len(), 7, "{lines:#?}");
        for line in &lines {
            let (head, basis) = line.split_once(": ").unwrap();
            assert!(head.starts_with('#'), "{line}");
            assert!(colons_outside_times(basis) <= 1, "{line}");
        }
        for basis in &shown {
            assert!(colons_outside_times(basis) <= 1, "{basis}");
        }
    }
    // Every kind of target was said.
    for kind in [
        "初期応答の目標は 1 時間です。2026-11-27 (金) 16:00:00 JST 開始、期限は ",
        "初期応答の目標は 4 時間 (24 時間 365 日で計測) です。",
        "初期応答の目標は営業時間で 2 時間です (Asia/Tokyo、月～金 09:00～17:00、特別休業日を除く)。数えた時間帯は 11/27 (金) 16:00～17:00 (1 時間)、12/1 (火) 09:00～10:00 (1 時間) です。夜間 (4 回)、休業日 (11/28 (土)、11/29 (日))、特別休業日 (11/30 (月)) は数えていません。期限は 2026-12-01 (火) 10:00:00 JST です",
        "課金の要求 (営業時間受付)。初期応答の目標はありません",
        "初期応答の目標は翌日 (23:59:59 まで) です。2026-11-27 (金) 開始、期限は 2026-11-28 (土) 23:59:59 CET です",
        "初期応答の目標は翌日 (次の営業日の終業まで) です。",
        "初期応答の目標は翌日 (開始から 24 時間以内) です。2026-11-27 (金) 08:00:00 CET 開始、期限は 2026-11-28 (土) 08:00:00 CET です",
    ] {
        assert!(seen_ja.contains(kind), "{kind}\n{seen_ja}");
    }
}
}

/// The at-risk count of `sla --at-risk threshold` in `lang`, read through a typed record.
fn at_risk_count(env: &Env, now: &str, lang: &str, threshold: &str) -> u64 {
    #[derive(serde::Deserialize)]
    struct Summary {
        at_risk: u64,
        pending: u64,
    }
    #[derive(serde::Deserialize)]
    struct Sla {
        summary: Summary,
    }
    let out = env
        .at(now)
        .args([
            "sla",
            "--format",
            "json",
            "--lang",
            lang,
            "--at-risk",
            threshold,
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{threshold:?}: {err}");
    let s: Sla = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s.summary.at_risk + s.summary.pending, 1, "{threshold:?}");
    s.summary.at_risk
}

both_backends! {
/// An input accepts every form the tool prints (SPEC 10): a duration option reads `3 日`,
/// `3日`, `30分`, `2 時間`, `1 時間 30 分` as `rules` and the help write them, and a
/// percentage reads `25 %`; full-width digits, letters and `％` (as a Japanese input method
/// types them) are folded first; and this in either language. Every duration and percentage
/// option is covered: `list --reopen-ends-within` and `sla --at-risk`.
#[test]
fn an_input_accepts_every_form_the_tool_prints() {
    let env = Env::new();
    let id = env.open(&["--title", "Mail down", "--severity", "A"]);
    // Closed at 10:00Z on Nov 24: the reopen window ends Dec 8 10:00Z; at Dec 5 00:00Z it
    // ends within 3 days 10 hours.
    env.run(&["close", &id.to_string()], 0);
    let at = "2026-12-05T00:00:00Z";
    let listed = |lang: &str, within: &str| -> bool {
        let out = env
            .at(at)
            .args(["list", "--format", "ids", "--lang", lang])
            .args(["--reopen-ends-within", within])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{within:?}: {err}");
        let ids = String::from_utf8(out.stdout).unwrap();
        assert!(
            ids.trim().is_empty() || ids.trim() == id.to_string(),
            "{ids}"
        );
        !ids.trim().is_empty()
    };
    for lang in ["ja", "en"] {
        for within in [
            "4d",
            "4 日",
            "4日",
            "４日",
            "４ 日",
            "４ｄ",
            "96 時間",
            "96時間",
            "5760分",
            "5760 分",
            "3 日 12 時間",
            "3日12時間",
            "3d 12h",
            "345600秒",
            " 4d ",
        ] {
            assert!(listed(lang, within), "{lang} {within:?}");
        }
        for within in [
            "3d",
            "3 日",
            "3日",
            "３日",
            "72 時間",
            "4320分",
            "3 日 9 時間 59 分",
        ] {
            assert!(!listed(lang, within), "{lang} {within:?}");
        }
    }
    // An open request's 1-hour target is due at 11:00Z; at 10:40Z 20 minutes remain.
    env.open(&["--title", "Mail down again", "--severity", "A"]);
    let now = "2026-11-24T10:40:00Z";
    for lang in ["ja", "en"] {
        for at_risk in [
            "30m",
            "30 分",
            "30分",
            "３０分",
            "３０ｍ",
            "1 時間",
            "50%",
            "50 %",
            "５０％",
            "５０ ％",
        ] {
            assert_eq!(
                at_risk_count(&env, now, lang, at_risk),
                1,
                "{lang} {at_risk:?}"
            );
        }
        for at_risk in ["10m", "10 分", "１０分", "25%", "25 %", "２５％", "２５ ％"] {
            assert_eq!(
                at_risk_count(&env, now, lang, at_risk),
                0,
                "{lang} {at_risk:?}"
            );
        }
    }
    // A value that is none of them says which forms are, each quoted, with no bare `30m` or
    // `14d` inside the Japanese sentence.
    for args in [
        &["list", "--reopen-ends-within", "3 週間"][..],
        &["sla", "--at-risk", "soon"],
    ] {
        let err = fail_in(&env, "ja", args, 2);
        assert!(
            err.contains("「30 分」") && err.contains("「30m」"),
            "{err}"
        );
        for bare in ["30m", "14d", "25%"] {
            assert_eq!(
                err.matches(bare).count(),
                err.matches(&format!("「{bare}」")).count(),
                "{err}"
            );
        }
    }
    assert!(
        fail_in(&env, "ja", &["list", "--reopen-ends-within", "3 週間"], 2).contains("「14 日」")
    );
}
}

both_backends! {
/// `list --reopen-ends-within` shows when each reopen window ends (SPEC 1.6, 10): the column
/// the admin asked about, 再開の期限 / "Reopen until", as `reopen --check` names it, in place of
/// the past cycle's response due time; other listings keep the due time.
#[test]
fn reopen_window_list_shows_when_the_reopen_window_ends() {
    let env = Env::new();
    let id = env.open(&["--title", "Mail down", "--severity", "A"]);
    env.run(&["close", &id.to_string()], 0);
    let at = "2026-12-05T00:00:00Z";
    let table = |lang: &str, args: &[&str]| -> String {
        let out = env
            .at(at)
            .args(["--lang", lang])
            .args(args)
            .env("COLUMNS", "200")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let due = "2026-11-24 11:00:00 UTC";
    let deadline = "2026-12-08 10:00:00 UTC";
    for (lang, header, due_header) in [
        ("ja", "再開の期限 (現地時刻)", "応答期限 (現地時刻)"),
        ("en", "Reopen until (local)", "Due (local)"),
    ] {
        let t = table(lang, &["list", "--reopen-ends-within", "4d"]);
        assert!(t.contains(header) && t.contains(deadline), "{t}");
        assert!(!t.contains(due_header) && !t.contains(due), "{t}");
        let t = table(lang, &["list", "--status", "closed"]);
        assert!(t.contains(due_header) && t.contains(due), "{t}");
        assert!(!t.contains(header), "{t}");
    }
    // reopen --check names the same deadline.
    let check = table("en", &["reopen", &id.to_string(), "--check"]);
    assert!(check.contains("2026-12-08"), "{check}");
}
}

both_backends! {
/// History details of a change read as a sentence or two (SPEC 7, 10): the change first,
/// then the new target and due time with the time they were re-targeted at, in the terms
/// `show` uses elsewhere, never a field-by-field dump with internal labels.
#[test]
fn history_details_of_a_change_say_the_change_then_the_new_target() {
    let env = Env::new();
    let id = env
        .open(&["--title", "Mail down", "--severity", "A"])
        .to_string();
    env.at("2026-11-24T11:00:00Z")
        .args(["update", &id, "--severity", "B", "--by", "microsoft"])
        .args(["--reason", "影響は一部のみ"])
        .assert()
        .success();
    env.at("2026-11-24T11:10:00Z")
        .args(["update", &id, "--category", "billing"])
        .assert()
        .success();
    let out = env
        .at("2026-11-24T12:00:00Z")
        .args(["--lang", "ja", "show", &id])
        .env("COLUMNS", "400")
        .output()
        .unwrap();
    let show = String::from_utf8(out.stdout).unwrap();
    assert!(
        show.contains(
            "重大度を A から B に変更 (Microsoft による割り当て)。初期応答の目標は翌日です。\
             期限は 2026-11-25 23:59:59 UTC です (2026-11-24 11:00:00 UTC に再計算)。理由: 「影響は一部のみ」。"
        ),
        "{show}"
    );
    assert!(
        show.contains(
            "種類を「テクニカル」から「課金」に変更。受付時間を「24 時間 365 日」から「営業時間」に変更。\
             重大度 B を削除。初期応答の目標はありません。"
        ),
        "{show}"
    );
    for internal in ["目標の計測開始", "重大度の指定元", "応答期限を「"] {
        assert!(!show.contains(internal), "{internal}: {show}");
    }
}
}

both_backends! {
/// Japanese text meets a Latin letter or digit with a space between them, also where a
/// list of fields is set between Japanese words (SPEC 10): an update of the 24x7 flag says
/// `の 24 時間 365 日の連絡可否を更新`, never `の24`.
#[test]
fn a_field_list_between_japanese_words_is_spaced_from_latin_text() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    env.open(&["--title", "Mail down", "--severity", "B"]);
    let ja = ja_out(&env, &["update", "1", "--available-24x7", "true"]);
    assert!(
        ja.contains("サービス要求 1 の 24 時間 365 日の連絡可否を更新しました"),
        "{ja}"
    );
    let ja = ja_out(
        &env,
        &[
            "update",
            "1",
            "--available-24x7",
            "false",
            "--owner",
            "佐藤",
        ],
    );
    assert!(!ja.contains("の24"), "{ja}");
    let glued = ja
        .char_indices()
        .filter(|&(i, c)| {
            let next = ja[i + c.len_utf8()..].chars().next();
            let jp = |c: char| ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c);
            matches!(next, Some(n) if (jp(c) && n.is_ascii_digit()) || (c.is_ascii_digit() && jp(n)))
        })
        .count();
    assert_eq!(glued, 0, "{ja}");
}
}

/// `rules` in `lang` with the config `c.toml` naming the rules file `rules`.
fn rules_with(rules: &str, lang: &str) -> (String, String, std::path::PathBuf) {
    let env = Env::with_config("rules_file = \"r.toml\"\nplan = \"gold\"\n");
    let path = env.path("r.toml");
    std::fs::write(&path, format!("reopen_window = \"14d\"\n{rules}")).unwrap();
    let table = env.run(&["rules", "--lang", lang], 0);
    let tenants = env.run(&["tenants", "--lang", lang], 0);
    (table, tenants, path)
}

#[test]
fn rules_states_the_intake_of_every_target_in_effect() {
    const H: &str = "availability = \"business-hours\"";
    const D: &str = "availability = \"24x7\"";
    // (rules, the cells of tier gold marked `*` in A..C, the note in en and ja)
    let cases: [(String, [bool; 3], &str, &str); 4] = [
        (
            format!(
                "[tiers.gold]\nplans = [\"gold\"]\nA = {{ {D}, response = \"1h\" }}\nB = {{ {D}, response = \"4h\" }}\nC = {{ {D}, response = \"next-day\" }}\n"
            ),
            [false; 3],
            "Intake: 24x7.",
            "受付: すべて 24 時間 365 日。",
        ),
        (
            format!(
                "[tiers.gold]\nplans = [\"gold\"]\nA = {{ {D}, response = \"1h\" }}\nB = {{ {H}, response = \"8h\", clock = \"business\" }}\nC = {{ {D}, response = \"next-day\" }}\n"
            ),
            [false, true, false],
            "*: business-hours intake (unmarked: 24x7)",
            "*: 営業時間受付 (印のないものは 24 時間 365 日受付)",
        ),
        (
            format!(
                "[tiers.gold]\nplans = [\"gold\"]\nA = {{ {H}, response = \"1h\", clock = \"business\" }}\nB = {{ {H}, response = \"8h\", clock = \"business\" }}\nC = {{ {H}, response = \"none\" }}\n"
            ),
            [false; 3],
            "Intake: business-hours.",
            "受付: すべて営業時間。",
        ),
        (
            // A tier with no commitment, taking requests in business hours, beside one
            // with 24x7 targets: its cells are the marked ones.
            format!(
                "[tiers.gold]\nplans = [\"gold\"]\nA = {{ {D}, response = \"1h\" }}\nB = {{ {D}, response = \"4h\" }}\nC = {{ {D}, response = \"next-day\" }}\n[tiers.basic]\nplans = [\"basic\"]\nA = {{ {H}, response = \"none\" }}\nB = {{ {H}, response = \"none\" }}\nC = {{ {H}, response = \"none\" }}\n"
            ),
            [false; 3],
            "*: business-hours intake (unmarked: 24x7)",
            "*: 営業時間受付 (印のないものは 24 時間 365 日受付)",
        ),
    ];
    for (rules, marked, en, ja) in &cases {
        for (lang, note) in [("en", en), ("ja", ja)] {
            let (out, tenants, path) = rules_with(rules, lang);
            let heading = match lang {
                "en" => format!("Initial-response targets (rules file {})", path.display()),
                _ => format!("初期応答の目標 (ルール ファイル「{}」)", path.display()),
            };
            assert_eq!(out.lines().next(), Some(heading.as_str()), "{out}");
            assert!(!out.contains("rules_file"), "{out}");
            assert!(out.lines().any(|l| l == *note), "{lang} {rules}\n{out}");
            // `tenants` says the intake of the tiers its tenants are on: here, every tier.
            if !rules.contains("basic") {
                assert!(tenants.lines().any(|l| l == *note), "{lang}\n{tenants}");
            }
            // The gold column of each severity row, and the basic column when there is one.
            let rows: Vec<Vec<String>> = out
                .lines()
                .filter(|l| {
                    ["A", "B", "C"]
                        .iter()
                        .any(|s| l.starts_with(&format!("│ {s} ")))
                })
                .map(|l| {
                    l.trim_matches('│')
                        .split('┆')
                        .map(|c| c.trim().to_string())
                        .collect()
                })
                .collect();
            assert_eq!(rows.len(), 3, "{out}");
            let gold = if rows[0].len() == 3 { 2 } else { 1 };
            for (row, m) in rows.iter().zip(marked) {
                assert_eq!(row[gold].ends_with('*'), *m, "{lang} {row:?}\n{out}");
                if row.len() == 3 {
                    assert!(row[1].ends_with('*'), "{lang} {row:?}\n{out}");
                }
            }
        }
    }
}

both_backends! {
/// A choice says how many it is among (SPEC 10): between two values どちらか
/// (`「true」と「false」のどちらか`), among three or more いずれか, in every message that offers
/// one of several values; no message says のどれか.
#[test]
fn a_choice_between_two_says_dochiraka_and_among_more_says_izureka() {
    for (file, id, t) in ja_catalogue_texts(literal_text) {
        assert!(!t.contains("どれか"), "locales/ja/{file}: {id}: {t}");
    }
    let env = Env::new();
    env.run(&["db", "init"], 0);
    let id = env
        .open(&["--title", "Mail is slow", "--severity", "B"])
        .to_string();
    for (args, said) in [
        (
            vec!["update", &id, "--available-24x7", "maybe"],
            "「maybe」は使えず、使えるのは「true」と「false」のどちらかです",
        ),
        (
            vec!["rules", "--format", "csv"],
            "「table」と「json」のどちらかを使ってください",
        ),
        (
            vec!["list", "--status", "opn"],
            "「opn」は使えず、使えるのは「open」、「closed」、「all」のいずれかです",
        ),
        (
            vec!["list", "--severity", "D"],
            "「D」は使えず、使えるのは「A」、「B」、「C」のいずれかです",
        ),
    ] {
        let err = fail_in(&env, "ja", &args, 2);
        assert!(err.contains(said), "{args:?}: {err}");
    }
    // A value read from a file: the plans the rules offer.
    let bad = Env::with_config("tenant = \"contoso\"\n[tenants.contoso]\nplan = \"e9\"\n");
    let err = fail_in(&bad, "ja", &["list"], 2);
    assert!(err.contains("」のいずれかです"), "{err}");
    // Two tenants with the same case number: which of the two.
    let two = Env::with_config("tenant = \"contoso\"\n[tenants.contoso]\n[tenants.fabrikam]\n");
    for t in ["contoso", "fabrikam"] {
        two.open(&[
            "--title",
            "Mail is slow",
            "--severity",
            "B",
            "--tenant",
            t,
            "--case-number",
            "7001",
        ]);
    }
    let err = fail_in(&two, "ja", &["show", "--case", "7001"], 2);
    assert!(
        err.contains("「--tenant」でどちらかを指定してください"),
        "{err}"
    );
    // English keeps its plain list.
    let en = env.fail(&["update", &id, "--available-24x7", "maybe"], 2);
    assert!(en.contains("true, false"), "{en}");
}
}

/// A ledger on a business clock (Asia/Tokyo, 8 business hours for B, a holiday on Tue
/// 2026-12-01) with requests filed at 16:00 on a Wednesday, a Friday, the Monday before the
/// holiday and New Year's Eve; its `sla --explain` lines in `lang`.
fn business_clock_explanations(lang: &str) -> Vec<String> {
    let env = Env::with_config(
        "rules_file = \"r.toml\"\nplan = \"gold\"\ntimezone = \"Asia/Tokyo\"\n[business_hours]\nholidays = [\"2026-12-01\"]\n",
    );
    std::fs::write(
        env.path("r.toml"),
        "reopen_window = \"14d\"\n[tiers.gold]\nplans = [\"gold\"]\nA = { availability = \"24x7\", response = \"1h\" }\nB = { availability = \"business-hours\", response = \"8h\", clock = \"business\" }\nC = { availability = \"business-hours\", response = \"none\" }\n",
    )
    .unwrap();
    let now = "2027-01-08 07:00";
    for at in [
        "2026-11-25 16:00",
        "2026-11-27 16:00",
        "2026-11-30 16:00",
        "2026-12-31 16:00",
    ] {
        env.at(now)
            .args([
                "open",
                "-q",
                "--title",
                "t",
                "--severity",
                "B",
                "--opened-at",
                at,
            ])
            .assert()
            .success();
    }
    let out = env
        .at(now)
        .args(["sla", "--explain", "--fail-on", "never", "--lang", lang])
        .env("COLUMNS", "1000")
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| l.contains("8 時間") || l.contains("8 business hours"))
        .filter(|l| !l.starts_with('│'))
        .map(str::to_string)
        .collect()
}

/// Whether `s` writes a month and day with a hyphen (`11-27`) outside a full date.
fn month_hyphen_day(s: &str) -> Option<String> {
    let c: Vec<char> = s.chars().collect();
    let digit = |i: usize| c.get(i).is_some_and(char::is_ascii_digit);
    (0..c.len()).find_map(|i| {
        let at_start = i == 0 || !(digit(i - 1) || c[i - 1] == '-');
        let md =
            digit(i) && digit(i + 1) && c.get(i + 2) == Some(&'-') && digit(i + 3) && digit(i + 4);
        (at_start && md && !digit(i + 5) && c.get(i + 5) != Some(&'-'))
            .then(|| c[i..i + 5].iter().collect())
    })
}

/// A date in a sentence is a full date (2026-11-28) or a month and day with a slash
/// (11/28), never a month and day with a hyphen (11-28), in every language: the windows a
/// business clock counted and the days it passed over, whatever the year.
#[test]
fn dates_in_sentences_are_full_or_month_slash_day() {
    assert_eq!(month_hyphen_day("11-27 (金)"), Some("11-27".into()));
    assert_eq!(month_hyphen_day("2026-11-27 (金)"), None);
    for lang in ["ja", "en"] {
        let lines = business_clock_explanations(lang);
        assert_eq!(lines.len(), 4, "{lines:#?}");
        for l in &lines {
            assert_eq!(month_hyphen_day(l), None, "{l}");
        }
        let all = lines.join("\n");
        let (fri, sat, new_year) = match lang {
            "ja" => (
                "11/27 (金) 16:00～17:00",
                "11/28 (土)",
                "2027-01-01 (金) 09:00～16:00",
            ),
            _ => (
                "Fri 11/27 16:00–17:00",
                "Sat 11/28",
                "Fri 2027-01-01 09:00–16:00",
            ),
        };
        for said in [fri, sat, new_year] {
            assert!(all.contains(said), "{said}\n{all}");
        }
    }
}

/// What a business clock passed over is said as nouns before one verb (SPEC 10): the
/// nights with their count and each kind of closed day with its dates in brackets, joined
/// as a list (`夜間 (3 回) と休業日 (11/28 (土)、11/29 (日)) は数えていません`), also when only
/// nights or only some kind of closed day were passed over; English says the same.
#[test]
fn a_business_clock_says_the_time_it_did_not_count_as_nouns() {
    let ja = business_clock_explanations("ja").join("\n");
    for said in [
        "。夜間 (1 回) は数えていません。期限は 2026-11-26 (木) 16:00:00 JST です",
        "。夜間 (3 回) と休業日 (11/28 (土)、11/29 (日)) は数えていません。期限は ",
        "。夜間 (2 回) と特別休業日 (12/1 (火)) は数えていません。期限は ",
    ] {
        assert!(ja.contains(said), "{said}\n{ja}");
    }
    assert!(!ja.contains("数えません"), "{ja}");
    let en = business_clock_explanations("en").join("\n");
    for said in [
        "; skipped 1 night → due",
        "; skipped 3 nights, days off (Sat 11/28, Sun 11/29) → due",
        "; skipped 2 nights, holiday (Tue 12/1) → due",
    ] {
        assert!(en.contains(said), "{said}\n{en}");
    }
}

both_backends! {
/// The plan is said after the support level in brackets, one form in every command
/// (SPEC 10): `エンタープライズ (e3)` in `open`'s confirmation, `classify`, `show`'s field
/// row and the history's opening, `enterprise (e3)` in English; never `[e3]` or `e3 / …`.
#[test]
fn the_plan_follows_the_support_level_in_brackets_everywhere() {
    let env = Env::new();
    let ja = |args: &[&str]| {
        let out = env
            .cmd()
            .args(args)
            .args(["--lang", "ja"])
            .env("COLUMNS", "400")
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let open = ja(&["open", "--title", "Mail down", "--severity", "B"]);
    let classify = ja(&["classify", "全ユーザーがメールを送受信できない"]);
    let show = ja(&["show", "1"]);
    assert!(
        open.contains("サポート レベル: エンタープライズ (e3)、"),
        "{open}"
    );
    assert!(
        classify.contains("サポート レベル: エンタープライズ (e3)、"),
        "{classify}"
    );
    assert!(
        show.lines()
            .any(|l| l.contains("サポート レベル (プラン) ┆ エンタープライズ (e3) ")),
        "{show}"
    );
    assert!(
        show.contains("。サポート レベル: エンタープライズ (e3)、"),
        "{show}"
    );
    for s in [&open, &classify, &show] {
        assert!(!s.contains("[e3]") && !s.contains("e3 / "), "{s}");
        for line in s.lines() {
            assert!(!nested_parentheses(line), "{line}");
        }
    }
    let en = env.run(&["show", "1"], 0);
    assert!(en.contains("enterprise (e3)"), "{en}");
    let en = env.run(&["open", "--title", "Mail down", "--severity", "B"], 0);
    assert!(en.contains("enterprise tier (e3)"), "{en}");
}
}

both_backends! {
/// A recalculation time is said in one form, with seconds and zone, in `show`'s field row
/// and in the history row of the same event: `(2026-11-24 11:00:00 UTC に再計算)` in both,
/// `(re-targeted at 2026-11-24 11:00:00 UTC)` in English.
#[test]
fn a_recalculation_time_is_said_one_way_in_fields_and_history() {
    let env = Env::new();
    let id = env
        .open(&["--title", "Mail down", "--severity", "A"])
        .to_string();
    env.at("2026-11-24T11:00:00Z")
        .args(["update", &id, "--severity", "B", "--by", "microsoft"])
        .assert()
        .success();
    let show = |lang: &str| {
        let out = env
            .at("2026-11-24T12:00:00Z")
            .args(["--lang", lang, "show", &id])
            .env("COLUMNS", "400")
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let ja = show("ja");
    let said = "(2026-11-24 11:00:00 UTC に再計算)";
    assert_eq!(ja.matches(said).count(), 2, "{ja}");
    assert!(!ja.contains("から再計算"), "{ja}");
    let en = show("en");
    assert!(
        en.contains("(re-targeted at 2026-11-24 11:00:00 UTC)"),
        "{en}"
    );
}
}

both_backends! {
/// Every history event that changes a severity says it one way, as a change with its verb
/// (`重大度を B から A に変更。`), then the new target as a sentence of its own: a reopen with
/// a new severity as an update does.
#[test]
fn every_severity_change_in_history_is_said_as_a_change() {
    let env = Env::new();
    let id = env
        .open(&["--title", "Mail down", "--severity", "A"])
        .to_string();
    for (at, args) in [
        (
            "2026-11-24T11:00:00Z",
            vec!["update", &id, "--severity", "B"],
        ),
        ("2026-11-24T12:00:00Z", vec!["respond", &id]),
        ("2026-11-24T13:00:00Z", vec!["close", &id]),
        (
            "2026-11-25T13:00:00Z",
            vec!["reopen", &id, "--severity", "A"],
        ),
        ("2026-11-25T14:00:00Z", vec!["respond", &id]),
        ("2026-11-25T15:00:00Z", vec!["close", &id]),
        ("2026-11-26T13:00:00Z", vec!["reopen", &id]),
    ] {
        env.at(at).args(&args).assert().success();
    }
    let out = env
        .at("2026-11-26T14:00:00Z")
        .args(["--lang", "ja", "show", &id])
        .env("COLUMNS", "400")
        .output()
        .unwrap();
    let show = String::from_utf8(out.stdout).unwrap();
    for said in [
        "重大度を A から B に変更。初期応答の目標は翌日です。",
        "1 回目。新しい応答サイクル。重大度を B から A に変更。初期応答の目標は 1 時間です。期限は 2026-11-25 14:00:00 UTC です",
        "2 回目。新しい応答サイクル。初期応答の目標は 1 時間です。期限は ",
    ] {
        assert!(show.contains(said), "{said}\n{show}");
    }
    assert!(!show.contains("に、初期応答"), "{show}");
}
}

both_backends! {
/// The category is named one way in help and outputs (SPEC 10): `open --help`'s default
/// glosses `technical` with the name `show` and `classify` give it.
#[test]
fn the_category_is_named_the_same_in_help_and_outputs() {
    let env = Env::new();
    env.open(&["--title", "Mail down", "--severity", "A"]);
    let out = env
        .cmd()
        .args(["--lang", "ja", "show", "1"])
        .env("COLUMNS", "400")
        .output()
        .unwrap();
    let show = String::from_utf8(out.stdout).unwrap();
    let name = show
        .lines()
        .find_map(|l| l.strip_prefix("│ 種類"))
        .and_then(|l| l.split('┆').nth(1))
        .map(|v| v.trim_end_matches('│').trim().to_string())
        .unwrap();
    let help = ja_out(&env, &["open", "--help"]);
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        help.contains(&format!("[既定: technical ({name})]")),
        "{name}\n{help}"
    );
}
}

both_backends! {
/// Option names and typed values in Japanese messages (SPEC 10): an option is quoted like
/// every other typed word (「--at」の値), never bare, in every command's errors; a rejected
/// value is echoed as the user typed it, with what it was read as after it when that reads
/// as more than the seconds and zone it leaves out (「2026-11-25」(2026-11-25 00:00:00 UTC)
/// は…, but 「2026-11-25 10:00:00 UTC」 for 2026-11-25 10:00). English gives the same shape.
#[test]
fn an_option_is_quoted_and_a_rejected_value_is_echoed_as_typed() {
    let env = Env::new();
    env.open(&["--title", "Mail down", "--severity", "B"]);
    let cases: [(&[&str], &str); 8] = [
        (
            &["respond", "1", "--at", "2099-11-25 10:00"],
            "「--at」の値「2099-11-25 10:00:00 UTC」は現在",
        ),
        (
            &["close", "1", "--at", "2000-11-23"],
            "「--at」の値「2000-11-23」(2000-11-23 00:00:00 UTC) は、",
        ),
        (
            &["update", "1", "--severity", "A", "--at", "2000-01-01 09:00"],
            "「--at」の値「2000-01-01 09:00:00 UTC」は、",
        ),
        (
            &["open", "--title", "x", "--opened-at", "2099-01-01"],
            "「--opened-at」の値「2099-01-01」(2099-01-01 00:00:00 UTC) は現在",
        ),
        (&["list", "--since", "3x"], "「--since」の値「3x」は"),
        (
            &["list", "--status", "bogus"],
            "「--status」の値「bogus」は",
        ),
        (
            &["report", "--month", "2026-13"],
            "「--month」の値「2026-13」の",
        ),
        (
            &["respond", "1", "--at", "2099-11-25T10:00:00Z"],
            "「--at」の値「2099-11-25 10:00:00 UTC」は",
        ),
    ];
    for (args, said) in cases {
        let err = fail_in(&env, "ja", args, 2);
        assert!(err.contains(said), "{args:?}: {err}");
        assert!(!outside_quotes(&err).contains("--"), "a bare option: {err}");
    }
    // A value that reads as itself is not told twice.
    let err = fail_in(
        &env,
        "ja",
        &["respond", "1", "--at", "2099-11-25 10:00:00 UTC"],
        2,
    );
    assert!(!err.contains(")("), "{err}");
    // The rationale names a flag quoted too.
    let out = ja_out(&env, &["classify", "Mail down", "--impact", "down"]);
    assert!(out.contains("(オプション「--impact down」)"), "{out}");
    let err = fail_in(&env, "en", &["respond", "1", "--at", "2099-11-25"], 2);
    assert!(
        err.contains("--at '2099-11-25' (2099-11-25 00:00:00 UTC) is after now"),
        "{err}"
    );
}
}

/// Durations written with a letter (`3d`, `30m`) in a text, outside any parenthesis, and the
/// number of parentheses that hold one.
fn letter_durations(text: &str) -> (Vec<String>, usize) {
    let chars: Vec<char> = text.chars().collect();
    let (mut bare, mut groups, mut depth, mut counted) = (Vec::new(), 0, 0usize, false);
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '(' => depth += 1,
            ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    counted = false;
                }
            }
            c if c.is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_alphanumeric()) => {
                let mut j = i;
                while j < chars.len() && chars[j].is_ascii_digit() {
                    j += 1;
                }
                let unit = chars.get(j).is_some_and(|u| "smhd".contains(*u));
                let ends = chars.get(j + 1).is_none_or(|n| !n.is_ascii_alphanumeric());
                if unit && ends {
                    let word: String = chars[i..=j].iter().collect();
                    if depth == 0 {
                        bare.push(word);
                    } else if !counted {
                        groups += 1;
                        counted = true;
                    }
                }
                i = j;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    (bare, groups)
}

both_backends! {
/// Examples in Japanese help and errors use the Japanese units that are accepted (`3 日`,
/// `12 時間`, `30 分`); the letter forms (`3d`, `30m`) appear at most in one parenthesis of a
/// message or option text, never as the example itself.
#[test]
fn japanese_examples_use_japanese_units_with_letter_forms_in_one_parenthesis_at_most() {
    let env = Env::new();
    env.open(&["--title", "Mail down", "--severity", "B"]);
    let mut texts = Vec::new();
    for cmd in ["list", "sla"] {
        let help = ja_out(&env, &[cmd, "--help"]);
        texts.extend(help.split("\n\n").map(str::to_string));
    }
    let all = texts.join("\n");
    assert!(all.contains("例: 3 日、12 時間"), "{all}");
    assert!(all.contains("例: 30 分"), "{all}");
    for args in [
        &["list", "--reopen-ends-within", "3x"][..],
        &["sla", "--at-risk", "soon"],
    ] {
        texts.push(fail_in(&env, "ja", args, 2));
    }
    for text in &texts {
        let (bare, groups) = letter_durations(text);
        assert!(bare.is_empty(), "{bare:?} in: {text}");
        assert!(groups <= 1, "letter forms in {groups} parentheses: {text}");
    }
    // And they are still accepted, as the parenthesis says.
    env.run(&["list", "--reopen-ends-within", "3 日", "--lang", "ja"], 0);
    env.run(&["list", "--reopen-ends-within", "3d", "--lang", "ja"], 0);
}
}

both_backends! {
/// Punctuation of Japanese sentences (SPEC 10): a sentence ends with 「。」 or a full-width
/// 「？」, never a half-width "?", the "did you mean" suggestions included; a half-width ")"
/// before a particle is spaced from it everywhere (`(日) は`), as the catalogue does; and the
/// confirmations of open, respond, close and reopen end their last sentence with 「。」 as
/// their first ones (`…応答期限は … (翌日) です。`, `初期応答の目標はありません。`).
#[test]
fn a_japanese_sentence_ends_with_a_full_stop_or_a_full_width_question_mark() {
    let env = Env::new();
    for args in [&["lst"][..], &["completions", "tcsh"]] {
        let err = fail_in(&env, "ja", args, 2);
        assert!(
            err.trim_end().ends_with("のことですか？"),
            "{args:?}: {err}"
        );
        assert!(!outside_quotes(&err).contains('?'), "{err}");
    }
    for (file, id, text) in ja_catalogue_texts(literal_text) {
        let plain = outside_quotes(&text);
        assert!(
            !plain.contains('?'),
            "{file} {id}: a half-width ? in {text}"
        );
        let chars: Vec<char> = plain.chars().collect();
        for w in chars.windows(2) {
            assert!(
                !(w[0] == ')' && "はがをにでともへ".contains(w[1])),
                "{file} {id}: no space between ) and a particle in {text}"
            );
        }
    }
    let said = |args: &[&str]| {
        let out = env
            .cmd()
            .args(args)
            .args(["--lang", "ja"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let opened = said(&[
        "open",
        "--title",
        "Outlook で送信できない",
        "--severity",
        "B",
    ]);
    assert!(
        opened.trim_end().ends_with("(目標: 翌日) です。"),
        "{opened}"
    );
    let presales = said(&[
        "open",
        "--title",
        "価格を知りたい",
        "--category",
        "presales",
    ]);
    assert!(
        presales
            .trim_end()
            .ends_with("初期応答の目標はありません。"),
        "{presales}"
    );
    // A note, a warning and a hint end as sentences too.
    let out = env
        .cmd()
        .args([
            "open",
            "--title",
            "パスワードの期限を無効にする方法",
            "--lang",
            "ja",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    for label in ["注: ", "ヒント: "] {
        let at = err
            .find(label)
            .unwrap_or_else(|| panic!("no {label} in {err}"));
        let line = err[at..].split("\n\n").next().unwrap_or_default();
        let first = line
            .lines()
            .take_while(|l| !l.is_empty())
            .collect::<String>();
        assert!(first.contains('。'), "{err}");
    }
    let last = err.trim_end().lines().last().unwrap_or_default();
    assert!(last.ends_with('。'), "{err}");
    for args in [&["respond", "1"][..], &["close", "1"], &["reopen", "1"]] {
        let out = said(args);
        assert!(out.trim_end().ends_with('。'), "{args:?}: {out}");
        assert!(!out.contains("。。"), "{args:?}: {out}");
    }
    // Error lines are sentences too (SPEC 2: `svcreq: ` and one sentence): each ends with 。
    // or ？, its sentences are parted by 。 and nothing ends 。。 or 。); whatever ends the
    // message (a quoted value, a parenthesis, a name, a pasted reason). English error lines
    // keep their form, with no 。.
    let row = |name: &str, text: &str| {
        let path = env.path(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_string()
    };
    let bad_row = row("i.csv", "title,severity\nMail down,Z\n");
    let no_title = row("t.csv", "title,severity\n,B\n");
    std::fs::write(env.path("u.csv"), [0xff, 0xfe, b't', 0]).unwrap();
    let utf16 = env.path("u.csv").to_str().unwrap().to_string();
    let bad_json = row("j.jsonl", "{\"title\":\"a\",\"severity\":\"Q\"}\n");
    let missing = env.path("none.csv").to_str().unwrap().to_string();
    let cases: Vec<Vec<&str>> = vec![
        vec!["show", "99"],
        vec!["show", "abc"],
        vec!["show", "0"],
        vec!["show", "--case", "X-1"],
        vec!["show", "1", "--case", "X-1"],
        vec!["respond", "1", "--at", "2099-01-01 10:00"],
        vec!["respond", "1", "--at", "bogus"],
        vec!["respond", "1", "--at", "2026-02-30 10:00"],
        vec!["respond", "1", "--at", "2020-01-01"],
        vec!["update", "1"],
        vec!["list", "--status", "bogus"],
        vec!["list", "--reopen-ends-within", "3x"],
        vec!["list", "--limit", "-1"],
        vec!["list", "--format", "csvv"],
        vec!["list", "--bogus"],
        vec!["list", "--since"],
        vec!["sla", "--at-risk", "soon"],
        vec!["open", "--severity", "Z", "--title", "a"],
        vec!["open", "--title", ""],
        vec!["open"],
        vec!["open", "--title", "a", "--tenant", "nope"],
        vec!["open", "--title", "a", "--as", ""],
        vec!["open", "--title", "a", "--description-file", &missing],
        vec!["case", "1"],
        vec!["tenants", "add"],
        vec!["redact", "1"],
        vec!["note", "1"],
        vec!["import", &bad_row],
        vec!["import", &no_title],
        vec!["import", &utf16],
        vec!["import", &bad_json],
        vec!["import", &missing],
    ];
    let broken = Env::with_config("bogus = 1\n");
    let zone = Env::with_config("[tenants.x]\ntimezone = \"Mars/X\"\n");
    let envs: Vec<(&Env, &[&str])> = cases
        .iter()
        .map(|c| (&env, c.as_slice()))
        .chain([
            (&broken, &["list"][..]),
            (&zone, &["list"][..]),
            (&broken, &["open", "--title", "a"][..]),
        ])
        .collect();
    for (env, args) in envs {
        let out = env
            .cmd()
            .args(args)
            .args(["--lang", "ja"])
            .output()
            .unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        let code = out.status.code().unwrap_or_default();
        assert!((1..100).contains(&code), "{args:?}: {err}");
        assert!(err.starts_with("svcreq: "), "{args:?}: {err}");
        let line = err.trim_end();
        assert_eq!(line.lines().count(), 1, "{args:?}: {err}");
        assert!(line.ends_with(['。', '？']), "{args:?}: {err}");
        let plain = outside_quotes(line);
        assert!(!plain.contains("。。"), "{args:?}: {err}");
        assert!(!plain.contains("。)"), "{args:?}: {err}");
        assert!(!plain.contains('?'), "{args:?}: {err}");
        let out = env
            .cmd()
            .args(args)
            .args(["--lang", "en"])
            .output()
            .unwrap();
        let en = String::from_utf8(out.stderr).unwrap();
        assert!(en.starts_with("svcreq: "), "{args:?}: {en}");
        assert!(!en.contains('。'), "{args:?}: {en}");
    }
}
}

both_backends! {
/// The bad-input rule (SPEC 2) for files: a rules or config file with a key missing, a value
/// of the wrong type, an unknown key or broken TOML syntax fails with exit 2 and one sentence
/// in the reader's language that names the file (in 「」 in Japanese), the key or the line,
/// and what is expected; never the TOML parser's or serde's own text.
#[test]
fn broken_rules_and_config_files_say_the_file_the_key_and_what_is_expected() {
    let default = include_str!("../src/rules/default.toml");
    let rules = |from: &str, to: &str| {
        assert!(default.contains(from), "{from}");
        default.replacen(from, to, 1)
    };
    // (file, its text, words the English and the Japanese sentences must hold)
    let cases: Vec<(&str, String, &[&str], &[&str])> = vec![
        (
            "r.toml",
            rules("reopen_window = \"14d\"\n", ""),
            &["r.toml: the required key `reopen_window` is missing"],
            &["r.toml」: ", "必須の項目「reopen_window」がないため"],
        ),
        (
            "r.toml",
            rules("reopen_window = \"14d\"", "reopen_window = 14"),
            &[
                "r.toml:4:",
                "reopen_window must be a string, not integer `14`",
            ],
            &[
                "r.toml」の 4 行",
                "reopen_window の値は文字列にしてください",
            ],
        ),
        (
            "r.toml",
            rules("at_risk = \"25%\"\n", "at_risk = \"25%\"\nbogus = 1\n"),
            &[
                "r.toml:6:1: `bogus` is not a key",
                "allowed here are `reopen_window`",
            ],
            &[
                "r.toml」の 6 行 1 列",
                "不明な項目「bogus」",
                "「reopen_window」",
            ],
        ),
        (
            "r.toml",
            rules("[business_hours]", "[business_hours"),
            &[
                "r.toml:",
                "not valid TOML: unclosed table; `]` is expected here",
            ],
            &["r.toml」の", "TOML の構文エラーで、", "「]」が必要です"],
        ),
        (
            "r.toml",
            rules("at_risk = \"25%\"", "at_risk = [1 = 2"),
            &["r.toml:5:", "not valid TOML"],
            &["r.toml」の 5 行", "TOML の構文エラーで、"],
        ),
        (
            "c.toml",
            "tenant = \"a\"\nzone = \"UTC\"\n".to_string(),
            &["c.toml:2:1: `zone` is not a key", "`timezone`"],
            &["c.toml」の 2 行 1 列", "不明な項目「zone」", "「timezone」"],
        ),
        (
            "c.toml",
            "[tenants.a]\nplan = 5\n".to_string(),
            &["c.toml:2:8: the value of plan must be a string"],
            &["c.toml」の 2 行 8 列", "plan の値は文字列にしてください"],
        ),
        (
            "c.toml",
            "tenant = \"a\"\ntenant = \"b\"\n".to_string(),
            &["c.toml:2:1: not valid TOML: this key is given twice"],
            &["c.toml」の 2 行 1 列", "TOML の構文エラーで、"],
        ),
    ];
    let raw = [
        "missing field",
        "unknown field",
        "invalid type",
        "expected one of",
        ", expected",
        "duplicate key",
        "struct ",
    ];
    for (file, text, en_words, ja_words) in cases {
        let env = if file == "r.toml" {
            let env = Env::with_config("rules_file = \"r.toml\"\n");
            std::fs::write(env.path("r.toml"), &text).unwrap();
            env
        } else {
            Env::with_config(&text)
        };
        let args: &[&str] = if file == "r.toml" {
            &["rules"]
        } else {
            &["list"]
        };
        let en = fail_in(&env, "en", args, 2);
        let ja = fail_in(&env, "ja", args, 2);
        for w in en_words {
            assert!(en.contains(w), "{file}: {w:?} not in {en}");
        }
        for w in ja_words {
            assert!(ja.contains(w), "{file}: {w:?} not in {ja}");
        }
        assert!(reads_japanese(&ja), "{ja}");
        for r in raw {
            assert!(!en.contains(r) && !ja.contains(r), "{r:?}: {en}{ja}");
        }
    }
}
}

both_backends! {
/// Removing a severity (a request moved to a category that has none) is said in history as a
/// change, in the shape of every other severity change: `重大度を A から「なし」に変更`,
/// `severity: A → —`.
#[test]
fn removing_a_severity_in_history_is_said_as_a_change() {
    let env = Env::new();
    let id = env
        .open(&["--title", "Mail down", "--severity", "A"])
        .to_string();
    env.at("2026-11-24T11:10:00Z")
        .args(["update", &id, "--category", "billing"])
        .assert()
        .success();
    for (lang, said, old) in [
        ("ja", "重大度 A を削除", "重大度なし (変更前"),
        ("en", "severity: A → —", "no severity (was"),
    ] {
        let out = env
            .at("2026-11-24T12:00:00Z")
            .args(["--lang", lang, "show", &id])
            .env("COLUMNS", "400")
            .output()
            .unwrap();
        let show = String::from_utf8(out.stdout).unwrap();
        assert!(show.contains(said), "{said}\n{show}");
        assert!(!show.contains(old), "{old}\n{show}");
    }
}
}

/// A category is named by one word per id in each language (SPEC 10): the name outputs give
/// it (`name-category-*`) is one word, and every message of the catalogue that names the
/// category uses that word alone, never a longer name (`テクニカル サポート`, `technical
/// support`) beside the outputs' `テクニカル`.
#[test]
fn every_catalogue_name_of_a_category_is_one_word_per_id() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for (lang, longer) in [
        ("ja", [" サポート", "サポート"]),
        ("en", [" support", " Support"]),
    ] {
        let mut texts = Vec::new();
        for entry in std::fs::read_dir(dir.join(lang)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                texts.push(std::fs::read_to_string(&path).unwrap());
            }
        }
        let all = texts.join("\n");
        for id in ["technical", "presales", "billing"] {
            let key = format!("name-category-{id} = ");
            let name = all
                .lines()
                .find_map(|l| l.strip_prefix(key.as_str()))
                .unwrap_or_else(|| panic!("{lang}: no {key}"))
                .trim();
            assert!(
                !name.is_empty() && !name.contains(char::is_whitespace),
                "{lang}: {id} is named {name:?}"
            );
            for line in all.lines().filter(|l| !l.trim_start().starts_with('#')) {
                for (at, _) in line.match_indices(name) {
                    let after = &line[at + name.len()..];
                    for l in longer {
                        assert!(
                            !after.starts_with(l),
                            "{lang}: {id} named {name:?} in outputs but {name}{l} in: {line}"
                        );
                    }
                }
            }
        }
    }
}

/// A support level given with `classify --plan` is the plan's, not the tenant's (SPEC 10):
/// the line names the plan typed and never credits the tenant, whose own plan is another.
#[test]
fn classify_plan_override_is_credited_to_the_plan_not_the_tenant() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    let text = "Teams の通話が一部のユーザーで途切れる。PowerShell からは設定できる";
    let ja = ja_out(&env, &["classify", "--plan", "business-standard", text]);
    assert!(
        ja.contains("「--plan」で指定したプラン「business-standard」のサポート レベル: ビジネス、"),
        "{ja}"
    );
    assert!(!ja.contains("テナント「contoso」のサポート レベル"), "{ja}");
    let en = env.run(&["classify", "--plan", "business-standard", text], 0);
    assert!(
        en.contains("business tier of plan business-standard, given with --plan: "),
        "{en}"
    );
    assert!(!en.contains("for tenant contoso"), "{en}");
    // Without --plan (or with the tenant's own plan) the level is the tenant's.
    for args in [&["classify", text][..], &["classify", "--plan", "e3", text]] {
        let own = ja_out(&env, args);
        assert!(
            own.contains("テナント「contoso」のサポート レベル: エンタープライズ (e3)、"),
            "{own}"
        );
    }
}

both_backends! {
/// The label 「サポート レベル」 is joined to its value by a colon wherever a value follows it
/// (SPEC 10): `open`, `classify`, `sla --explain`, show's 期限の根拠 and the 作成 history
/// detail alike, never run into the level's name as one long katakana noun.
#[test]
fn the_support_level_label_is_followed_by_a_colon_everywhere() {
    let env = worded_ledger();
    let mut outs = vec![
        explain_all(&env),
        ja_out(&env, &["classify", "全ユーザーがメールを送受信できない"]),
        ja_out(
            &env,
            &[
                "open",
                "--title",
                "請求書の金額が違う",
                "--category",
                "billing",
            ],
        ),
    ];
    for id in ["1", "2", "3", "4"] {
        outs.push(ja_out(&env, &["show", id]));
    }
    let all = outs.join("\n");
    let mut labelled = 0;
    for (at, label) in all.match_indices("サポート レベル") {
        let after = &all[at + label.len()..];
        labelled += usize::from(after.starts_with(": "));
        let next = after.trim_start_matches(' ').chars().next();
        assert!(
            !next.is_some_and(|c| ('\u{30a0}'..='\u{30ff}').contains(&c)),
            "run into its value: {}",
            &all[at..at + label.len() + after.len().min(60)]
        );
    }
    assert!(labelled >= 6, "{all}");
    assert!(
        all.contains("重大度 A、サポート レベル: エンタープライズ (24 時間 365 日受付)。"),
        "{all}"
    );
    assert!(
        all.contains("サポート レベル: エンタープライズ (e3)、"),
        "{all}"
    );
}
}

both_backends! {
/// A category in a Japanese sentence is said as 種類が「…」の要求 (SPEC 10), never run into
/// 「の要求」 (「テクニカルの要求」, 「課金の要求」): in every catalogue message and in the errors
/// and help that say it. A due time's basis is the one exception: it names the request it
/// explains as a plain noun with its intake after it (`課金の要求 (営業時間受付)`).
#[test]
fn a_category_in_a_sentence_is_said_as_the_kind_of_request() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/ja");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines().filter(|l| {
            !l.trim_start().starts_with('#') && !l.starts_with("explain-label-category ")
        }) {
            for bare in [
                "{ $category }の要求",
                "テクニカルの要求",
                "課金の要求",
                "プレセールスの要求",
            ] {
                assert!(!line.contains(bare), "{}: {line}", path.display());
            }
        }
    }
    let env = worded_ledger();
    let err = fail_in(
        &env,
        "ja",
        &[
            "open",
            "--title",
            "テスト",
            "--severity",
            "A",
            "--category",
            "billing",
        ],
        2,
    );
    assert!(
        err.contains("「--severity」は種類が「テクニカル」の要求にだけ指定でき、種類が「課金」の要求には重大度がありません"),
        "{err}"
    );
    let explain = explain_all(&env);
    assert!(
        explain.contains("プレセールスの要求 (営業時間受付)。初期応答の目標はありません。"),
        "{explain}"
    );
    let help = ja_out(&env, &["update", "--help"]);
    assert!(help.contains("種類が「テクニカル」の要求"), "{help}");
}
}

/// `sla --explain --all` in Japanese, whatever its exit code says of breaches.
fn explain_all(env: &Env) -> String {
    let out = env
        .cmd()
        .args(["sla", "--explain", "--all", "--lang", "ja"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

both_backends! {
/// The history says whose note it is (SPEC 7, SPEC 10), as `note` said when it was added:
/// `Microsoft からのメモ` and `管理者のメモ`, never both as a bare `メモ`; in English
/// `Microsoft note` and `admin note`.
#[test]
fn the_history_says_whose_note_it_is() {
    let env = Env::new();
    env.open(&["--title", "Mail down", "--severity", "B"]);
    env.run(&["note", "1", "logs sent"], 0);
    env.run(&["note", "1", "--from", "admin", "thanks"], 0);
    let row = |out: &str, body: &str| -> String {
        out.lines()
            .find(|l| l.contains(body))
            .unwrap_or_else(|| panic!("{body}: {out}"))
            .to_string()
    };
    let wide = |lang: &str| {
        let out = env
            .cmd()
            .args(["show", "1", "--lang", lang])
            .env("COLUMNS", "200")
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let ja = wide("ja");
    assert!(
        row(&ja, "logs sent").contains("┆ Microsoft からのメモ ┆"),
        "{ja}"
    );
    assert!(row(&ja, "thanks").contains("┆ 管理者のメモ"), "{ja}");
    let en = wide("en");
    assert!(row(&en, "logs sent").contains("┆ Microsoft note ┆"), "{en}");
    assert!(row(&en, "thanks").contains("┆ admin note"), "{en}");
}
}

both_backends! {
/// A time typed without its seconds or zone is named once in a date-order error, in its read
/// form with the zone (SPEC 6, SPEC 10): `「--at」の値「2026-11-25 10:00:00 JST」`, never the
/// typed `「2026-11-25 10:00」` and then `(2026-11-25 10:00:00 JST)`; a value that reads as
/// something more (a date alone) still shows how it was read; English the same.
#[test]
fn a_time_that_differs_from_its_reading_only_by_seconds_and_zone_is_named_once() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    env.open(&["--title", "Mail down", "--severity", "B"]);
    // NOW is 2026-11-24 19:00 JST; the request was opened then.
    for (at, said) in [
        ("2026-11-25 10:00", "2026-11-25 10:00:00 JST"),
        ("2026-11-25T10:00:00", "2026-11-25 10:00:00 JST"),
    ] {
        let ja = fail_in(&env, "ja", &["respond", "1", "--at", at], 2);
        assert!(
            ja.contains(&format!(
                "「--at」の値「{said}」は現在 (2026-11-24 19:00:00 JST) より後のため、"
            )),
            "{ja}"
        );
        let en = env.fail(&["respond", "1", "--at", at], 2);
        assert!(en.contains(&format!("--at {said} is after now")), "{en}");
    }
    let ja = fail_in(&env, "ja", &["respond", "1", "--at", "2026-11-24 18:00"], 2);
    assert!(
        ja.contains("「--at」の値「2026-11-24 18:00:00 JST」は、この要求に最後に記録された操作"),
        "{ja}"
    );
    assert_eq!(ja.matches("18:00").count(), 1, "{ja}");
    let ja = fail_in(&env, "ja", &["respond", "1", "--at", "2026-11-26"], 2);
    assert!(
        ja.contains("「--at」の値「2026-11-26」(2026-11-26 00:00:00 JST) は現在"),
        "{ja}"
    );
}
}

both_backends! {
/// The header of `sla`'s remaining/elapsed column never splits inside a word (SPEC 10):
/// `残り/経過` stands whole on the header's first line, or, where the column is narrower,
/// parts only after its slash (`残り/` over `経過`); `Left` stands whole; at every width that
/// prints a table, with one tenant and with two (no line ends in `・`).
#[test]
fn the_sla_remaining_header_splits_only_between_its_words() {
    let env = worded_ledger();
    let now = "2026-11-25T00:00:00Z";
    for (lang, header) in [("ja", "残り/経過"), ("en", "Left")] {
        let mut tables = 0;
        for args in [
            &["sla", "--fail-on", "never"][..],
            &["sla", "--fail-on", "never", "--tenant", "contoso"],
        ] {
            for columns in [60, 70, 77, 80, 90, 120] {
                let out = piped(&env, lang, Some(columns), now, args);
                assert!(!out.contains("残り・"), "{out}");
                let rows = rows(&out);
                let Some(head) = rows.first() else {
                    // Record by record: the header is a label on one line.
                    assert!(out.contains(&format!("{header}:")), "{out}");
                    continue;
                };
                tables += 1;
                let second = rows.get(1).filter(|r| r[0].is_empty());
                let at = head
                    .iter()
                    .position(|c| c == header || header.starts_with(c.as_str()) && !c.is_empty())
                    .unwrap_or_else(|| panic!("{lang} {args:?} at {columns}: {head:?}\n{out}"));
                let said = format!("{}{}", head[at], second.map_or("", |r| r[at].as_str()));
                assert_eq!(said, header, "{lang} at {columns}\n{out}");
                // Whole, or parted after its slash.
                assert!(
                    head[at] == header || head[at].ends_with('/'),
                    "{lang} at {columns}\n{out}"
                );
            }
        }
        assert!(tables >= 4, "{lang}: {tables} tables");
    }
}
}

both_backends! {
/// A Japanese result line made of sentences ends with `。` as its earlier sentences do
/// (SPEC 10): `reopen --check` in and after the window, each `sla --explain` line, show's
/// 期限の根拠 and the 作成 history detail; the English lines keep their form.
#[test]
fn a_japanese_result_line_made_of_sentences_ends_with_a_full_stop() {
    let env = Env::new();
    let at = |now: &str, lang: &str, args: &[&str]| {
        let out = env
            .at(now)
            .args(args)
            .args(["--lang", lang])
            .env("COLUMNS", "300")
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    env.open(&["--title", "Outlook で送信できない", "--severity", "B"]);
    env.open(&["--title", "請求書", "--category", "billing"]);
    env.run(&["close", "1", "--resolution", "done"], 0);
    let within = at(common::NOW, "ja", &["reopen", "1", "--check"]);
    assert!(
        within.trim_end().ends_with("まで再開できます。"),
        "{within}"
    );
    let after = at("2026-12-30T00:00:00Z", "ja", &["reopen", "1", "--check"]);
    assert!(
        after
            .trim_end()
            .ends_with("新しいサービス要求を作成してください。"),
        "{after}"
    );
    let explained = at(common::NOW, "ja", &["sla", "--explain", "--all"]);
    let lines: Vec<&str> = explained
        .lines()
        .filter(|l| l.starts_with("サービス要求 "))
        .collect();
    assert_eq!(lines.len(), 2, "{explained}");
    for line in lines {
        assert!(line.ends_with('。') && !line.ends_with("。。"), "{line}");
    }
    let cell = |out: &str, label: &str| -> String {
        let row = out
            .lines()
            .find(|l| l.contains(label))
            .unwrap_or_else(|| panic!("{label}: {out}"));
        row.trim_end_matches(['│', ' ']).trim_end().to_string()
    };
    let shown = at(common::NOW, "ja", &["show", "2"]);
    assert!(
        cell(&shown, "期限の根拠").ends_with("初期応答の目標はありません。"),
        "{shown}"
    );
    assert!(
        cell(&shown, "┆ 作成     ┆").ends_with("初期応答の目標はありません。"),
        "{shown}"
    );
    let en = at(common::NOW, "en", &["reopen", "1", "--check"]);
    assert!(!en.contains('。') && !en.trim_end().ends_with('.'), "{en}");
}
}

both_backends! {
/// A TOML syntax error says what is wrong once (SPEC 10): 「TOML の構文エラーで、」 and then
/// the fault, never 「正しくありません」 twice in one message (an unclosed string names the
/// closing 「"」).
#[test]
fn a_toml_syntax_error_says_not_valid_at_most_once() {
    let env = Env::new();
    for body in [
        "[tenants.x]\nplan = \"e3\n",
        "[tenants.x\nplan = \"e3\"\n",
        "[tenants.x]\nplan = {\n",
    ] {
        std::fs::write(env.path("c.toml"), body).unwrap();
        let err = fail_in(&env, "ja", &["list"], 2);
        assert!(err.contains("TOML の構文エラーで、"), "{body}: {err}");
        assert!(
            err.matches("正しくありません").count() <= 1,
            "{body}: {err}"
        );
    }
    std::fs::write(env.path("c.toml"), "[tenants.x]\nplan = \"e3\n").unwrap();
    let err = fail_in(&env, "ja", &["list"], 2);
    assert!(err.contains("文字列を閉じる「\"」がないか"), "{err}");
}
}

both_backends! {
/// An environment variable set but empty is said as that (SPEC 10), quoted as every other
/// name: 「環境変数「SVCREQ_CONFIG」が空です」, not a request to give a value; English the
/// same. A flag typed without its value is still asked for it.
#[test]
fn an_empty_environment_variable_is_said_to_be_empty() {
    let env = Env::new();
    for var in ["SVCREQ_CONFIG", "SVCREQ_DB"] {
        let out = env
            .bare()
            .args(["show", "1", "--lang", "ja"])
            .env(var, "")
            .output()
            .unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(
            err.starts_with(&format!("svcreq: 環境変数「{var}」が空のため、")),
            "{err}"
        );
        let out = env
            .bare()
            .args(["show", "1"])
            .env(var, "")
            .output()
            .unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.contains(&format!("environment variable {var} is set but empty")),
            "{err}"
        );
    }
    let err = fail_in(&env, "ja", &["show", "1", "--config"], 2);
    assert!(err.contains("「--config」の値を指定してください"), "{err}");
}
}

both_backends! {
/// `reopen --check` after the window says it once and plainly (SPEC 5, SPEC 10):
/// 「再開できません。再開できる期限の … を過ぎています。」, never 「再開できません: 再開できる
/// 期間は…に終わりました」, which repeats itself with an odd verb.
#[test]
fn a_reopen_refused_after_the_window_says_the_deadline_has_passed() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    env.open(&["--title", "Mail down", "--severity", "B"]);
    env.run(&["close", "1", "--resolution", "fixed"], 0);
    let late = "2026-12-31T00:00:00Z";
    let out = env
        .at(late)
        .args(["reopen", "1", "--check", "--lang", "ja"])
        .output()
        .unwrap();
    let said = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains("サービス要求 1 は再開できる期限の 2026-12-08 (火) 19:00:00 JST を過ぎているため、新しいサービス要求を作成してください"),
        "{said}"
    );
    assert!(
        !said.contains("終わりました") && !said.contains("ません:"),
        "{said}"
    );
}
}

both_backends! {
/// One idea, one wording (SPEC 10): the 「-」 argument is 「標準入力を表す「-」」 in `note` and
/// `classify` alike; help entries stay in plain form (「…とも書ける」, never 「書けます」);
/// `report` makes a review of the period's handling (「期間中の対応実績のレビューを…作成する」,
/// never 「期間をレビューする」), and
/// `rules --calendar` quotes the tenant as `tenants` and `classify` do (「テナント「contoso」」).
#[test]
fn one_idea_is_worded_one_way() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    env.open(&["--title", "Mail down", "--severity", "B"]);
    let note = fail_in(&env, "ja", &["note", "1"], 2);
    let classify = fail_in(&env, "ja", &["classify"], 2);
    for err in [&note, &classify] {
        assert!(err.contains("標準入力を表す「-」"), "{err}");
    }
    let mut help = String::new();
    for cmd in ["list", "sla", "report", "open", "update", "rules"] {
        help += &ja_out(&env, &[cmd, "--help"]);
    }
    help += &ja_out(&env, &["--help"]);
    // Lines wrapped to the terminal read as one text.
    let help: String = help.split_whitespace().collect();
    assert!(!help.contains("書けます"), "{help}");
    assert!(help.contains("「3d」、「12h」とも書ける"), "{help}");
    assert!(help.contains("「30m」とも書ける"), "{help}");
    assert!(
        help.contains("期間中の対応実績のレビューをテナント別、重大度別に作成する"),
        "{help}"
    );
    assert!(
        !help.contains("期間をテナント別") && !help.contains("レビューする"),
        "{help}"
    );
    let calendar = ja_out(&env, &["rules", "--calendar", "--next", "2"]);
    assert!(
        calendar.starts_with("テナント「contoso」(Asia/Tokyo) の "),
        "{calendar}"
    );
}
}

/// All that a run in Japanese says, stdout then stderr, whatever its exit code.
fn said_ja(env: &Env, args: &[&str]) -> String {
    let out = env
        .cmd()
        .args(args)
        .args(["--lang", "ja"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap()
}

both_backends! {
/// One refusal, one punctuation (SPEC 5, SPEC 10): `reopen` and `reopen --check` both say
/// the reason, then 「再開できません」, in one sentence, never 「再開できません: 」.
#[test]
fn a_reopen_refusal_is_punctuated_one_way_with_or_without_check() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    env.open(&["--title", "Mail down", "--severity", "B"]);
    for args in [&["reopen", "1"][..], &["reopen", "1", "--check"]] {
        let said = said_ja(&env, args);
        assert!(
            said.contains("サービス要求 1 はまだクローズされていないため再開できません"),
            "{args:?}: {said}"
        );
        assert!(!said.contains("ません:"), "{args:?}: {said}");
    }
    env.run(&["close", "1", "--resolution", "fixed"], 0);
    let late = "2026-12-31T00:00:00Z";
    for args in [&["reopen", "1"][..], &["reopen", "1", "--check"]] {
        let out = env
            .at(late)
            .args(args)
            .args(["--lang", "ja"])
            .output()
            .unwrap();
        let said = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
        assert!(
            said.contains(
                "サービス要求 1 は再開できる期限の 2026-12-08 (火) 19:00:00 JST を過ぎているため、"
            ),
            "{args:?}: {said}"
        );
    }
}
}

both_backends! {
/// A time that is the subject of a sentence is not a parenthetical (SPEC 10): the passed
/// reopen deadline reads 「再開できる期限の … を過ぎています」, with no parentheses nested
/// around the weekday's.
#[test]
fn the_passed_reopen_deadline_is_said_without_nested_parentheses() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    env.open(&["--title", "Mail down", "--severity", "B"]);
    env.run(&["close", "1", "--resolution", "fixed"], 0);
    let out = env
        .at("2026-12-31T00:00:00Z")
        .args(["reopen", "1", "--check", "--lang", "ja"])
        .output()
        .unwrap();
    let said = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
    assert!(said.contains("再開できる期限の 2026-12-08 (火)"), "{said}");
    assert!(!said.contains("期限 ("), "{said}");
}
}

both_backends! {
/// Closing a closed request says it was closed once (SPEC 10): 「すでにクローズされています」,
/// never the double completive 「すでにクローズ済みです」.
#[test]
fn closing_a_closed_request_says_closed_once() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    env.open(&["--title", "Mail down", "--severity", "B"]);
    env.run(&["close", "1", "--resolution", "fixed"], 0);
    let said = said_ja(&env, &["close", "1", "--resolution", "fixed"]);
    assert!(
        said.contains("サービス要求 1 はすでにクローズされています"),
        "{said}"
    );
    assert!(!said.contains("すでにクローズ済み"), "{said}");
}
}

both_backends! {
/// The report's introduction says each thing once (SPEC 8, SPEC 10): no 「件数は…件数です」
/// and no 「対応中の…対応中の」.
#[test]
fn the_report_intro_says_each_thing_once() {
    let env = worded_ledger();
    let report = ja_out(&env, &["report", "--month", "2026-11"]);
    assert!(
        report.contains("件数は「svcreq sla --all」と同じ基準で"),
        "{report}"
    );
    assert!(!report.contains("の件数です"), "{report}");
    assert!(!report.contains("その時点で対応中のもの"), "{report}");
    assert!(
        report.contains("現在のサイクルの経過時間別に示します"),
        "{report}"
    );
}
}

both_backends! {
/// Help describes every command with a verb (SPEC 10), `db`'s subcommands too, and shows
/// each of `note`'s two arguments as its own placeholder (`[ID] [テキスト]...`).
#[test]
fn help_describes_every_command_with_a_verb_and_each_argument_apart() {
    let env = Env::new();
    let db = said_ja(&env, &["db", "--help"]);
    for name in ["admins", "config"] {
        let line = db
            .lines()
            .find(|l| l.trim_start().starts_with(name))
            .unwrap_or_else(|| panic!("{db}"));
        assert!(line.contains("する"), "{line}");
        assert!(!line.contains("管理者:"), "{line}");
    }
    let note = said_ja(&env, &["note", "--help"]);
    assert!(note.contains("[ID] [テキスト]..."), "{note}");
    assert!(
        !note.contains("[ID テキスト]") && !note.contains("[ID 本文]"),
        "{note}"
    );
    let en = env.cmd().args(["note", "--help"]).output().unwrap();
    let en = String::from_utf8(en.stdout).unwrap();
    assert!(en.contains("[ID] [TEXT]..."), "{en}");
}
}

both_backends! {
/// A TOML syntax error names what is missing once (SPEC 10): an unclosed string names the
/// closing 「"」 in its problem and adds no 「ここには「"」が必要です」.
#[test]
fn a_toml_syntax_error_names_what_is_missing_once() {
    let env = Env::with_config("tenant = \"contoso\ntimezone = \"Asia/Tokyo\"\n");
    let err = fail_in(&env, "ja", &["list"], 2);
    assert!(err.contains("TOML の構文エラーで、"), "{err}");
    assert_eq!(err.matches("「\"」").count(), 1, "{err}");
    assert!(!err.contains("ここには"), "{err}");
}
}

both_backends! {
/// The sla column that holds time remaining, time overdue and, for a request with no target,
/// time elapsed is headed by words that fit them all (SPEC 10): 残り and 経過 (overdue time
/// is time elapsed past the due time), never 「残り時間」 over 「… 経過」 nor a bare 「時間」
/// that says neither; and the header is no wider than the column's widest cell, so it never
/// widens the column.
#[test]
fn the_sla_time_column_header_fits_remaining_and_elapsed_cells() {
    let env = worded_ledger();
    let out = piped(
        &env,
        "ja",
        Some(200),
        "2026-11-24T10:00:00Z",
        &["sla", "--fail-on", "never"],
    );
    assert!(out.contains("経過"), "{out}");
    let rows = rows(&out);
    let head = rows.first().unwrap_or_else(|| panic!("{out}"));
    let at = head
        .iter()
        .position(|c| c.contains("残り") && c.contains("経過"))
        .unwrap_or_else(|| panic!("{head:?}\n{out}"));
    assert!(!out.contains("残り時間"), "{out}");
    let widest = rows[1..]
        .iter()
        .map(|r| unicode_width::UnicodeWidthStr::width(r[at].as_str()))
        .max()
        .unwrap_or(0);
    assert!(
        unicode_width::UnicodeWidthStr::width(head[at].as_str()) <= widest,
        "{head:?}\n{out}"
    );
    for cell in ["時間超過", "時間経過"] {
        assert!(
            rows[1..].iter().any(|r| r[at].ends_with(cell)),
            "{cell}\n{out}"
        );
    }
}
}

/// An option named in Japanese prose is quoted 「-q」 / 「--format」 (SPEC 10), in help as in
/// messages: every command's Japanese help page (its description, long description and the
/// help of each option) names no option bare but in the option's own entry line.
#[test]
fn an_option_named_in_japanese_help_prose_is_quoted() {
    use clap::CommandFactory;
    let env = Env::new();
    let mut paths = Vec::new();
    command_paths(&svcreq::cli::Cli::command(), Vec::new(), &mut paths);
    assert!(paths.len() > 25, "{paths:?}");
    for path in &paths {
        let out = env
            .cmd()
            .args(path)
            .args(["--lang", "ja", "--help"])
            .env("COLUMNS", "80")
            .output()
            .unwrap();
        let help = String::from_utf8(out.stdout).unwrap();
        for line in help.lines() {
            let text = line.trim_start();
            // An option's entry (`-q, --quiet`, `--format <形式>`) and the usage line name
            // options as the command line takes them; the rest is prose.
            if text.starts_with('-') || text.starts_with("使い方:") || text.starts_with('[') {
                continue;
            }
            let bare = unquoted(&outside_quotes(text), "help");
            let bare: Vec<&String> = bare.iter().filter(|b| b.starts_with('-')).collect();
            assert!(bare.is_empty(), "{path:?}: {bare:?} in {line}\n{help}");
        }
    }
}

both_backends! {
/// A Japanese result line is a sentence and ends with 。 (SPEC 10), whichever command prints
/// it: the confirmations of every command that changes or checks something (`rules
/// --check`, `import` and its dry run, `db init`, `db migrate`, `db copy`, `note`, `redact`,
/// `update` …), not only those of open, respond, close and reopen; English keeps its form.
#[test]
fn every_japanese_result_sentence_ends_with_a_full_stop() {
    let env = Env::new();
    let rules = env.path("rules.toml");
    std::fs::write(
        &rules,
        "reopen_window = \"14d\"\n[tiers.gold]\nplans = [\"gold-contract\"]\n\
         A = { availability = \"24x7\", response = \"30m\" }\n\
         B = { availability = \"24x7\", response = \"4h\" }\n\
         C = { availability = \"24x7\", response = \"1d\" }\n",
    )
    .unwrap();
    let rows = env.path("rows.csv");
    std::fs::write(&rows, "title,severity\nMail down,B\n").unwrap();
    let (rules, rows) = (rules.to_str().unwrap(), rows.to_str().unwrap());
    let copy = env.other_db("copy.db");
    let copy = copy.to_str().unwrap().to_string();
    let db = env.db();
    let db = db.to_str().unwrap().to_string();
    let runs: Vec<Vec<&str>> = vec![
        vec![
            "open",
            "--title",
            "Outlook で送信できない",
            "--severity",
            "B",
        ],
        vec!["rules", "--check", rules],
        vec!["import", rows, "--dry-run"],
        vec!["import", rows],
        vec!["respond", "1", "--note", "called"],
        vec!["note", "1", "logs sent"],
        vec!["update", "1", "--owner", "Aki"],
        vec!["update", "1", "--severity", "C", "--reason", "dropping"],
        vec!["close", "1", "--resolution", "fixed"],
        vec!["reopen", "1", "--reason", "again"],
        vec!["redact", "1", "--notes"],
        vec!["db", "migrate"],
        vec!["db", "copy", "--from", &db, "--to", &copy],
    ];
    for args in runs {
        let out = env
            .cmd()
            .args(&args)
            .args(["--lang", "ja"])
            .env("COLUMNS", "300")
            .output()
            .unwrap();
        let said = String::from_utf8(out.stdout).unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {said}");
        let last = said.trim_end().lines().last().unwrap_or_default();
        assert!(
            last.ends_with(['。', '？']) && !last.ends_with("。。"),
            "{args:?}: {said}"
        );
    }
    let ok = env.run(&["rules", "--check", rules, "--lang", "en"], 0);
    assert!(!ok.contains('。') && !ok.trim_end().ends_with('.'), "{ok}");
}
}

both_backends! {
/// Every history detail said in Japanese ends with 。 (SPEC 10), a label and its value
/// (`SLA: 取り下げ。`) as the sentences beside it; and what the user typed (a reason, a
/// resolution, a note) is quoted 「…」 inside the sentence that names it, as every typed
/// value is. JSON keeps the stored detail.
#[test]
fn a_japanese_history_detail_is_sentences_and_quotes_what_the_user_typed() {
    let env = Env::new();
    env.open(&["--title", "Outlook で送信できない", "--severity", "B"]);
    env.run(&["respond", "1", "--note", "engineer called"], 0);
    env.run(
        &[
            "update",
            "1",
            "--severity",
            "C",
            "--reason",
            "dropping again",
        ],
        0,
    );
    env.run(&["close", "1", "--resolution", "fixed it"], 0);
    env.run(&["reopen", "1", "--reason", "back again"], 0);
    env.open(&["--title", "請求書", "--category", "billing"]);
    env.run(&["close", "2"], 0);
    let show = |id: &str| {
        let out = env
            .cmd()
            .args(["show", id, "--lang", "ja"])
            .env("COLUMNS", "400")
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let shown = show("1");
    for typed in [
        "メモ: 「engineer called」。",
        "理由: 「dropping again」。",
        "解決内容: 「fixed it」。",
        "理由: 「back again」。",
    ] {
        assert!(shown.contains(typed), "{typed}: {shown}");
    }
    for (id, at_least) in [("1", 5), ("2", 2)] {
        let shown = show(id);
        let history = shown.split("履歴").nth(1).unwrap_or_default();
        let details: Vec<String> = history
            .lines()
            .filter(|l| l.starts_with('│') && !l.contains("詳細"))
            .filter_map(|l| {
                l.trim_end_matches(['│', ' '])
                    .rsplit('┆')
                    .next()
                    .map(|d| d.trim().to_string())
            })
            .filter(|d| !d.is_empty())
            .collect();
        assert!(details.len() >= at_least, "{shown}");
        for d in &details {
            assert!(d.ends_with('。') && !d.ends_with("。。"), "{d}\n{shown}");
        }
    }
    let json = env.json(&["show", "1"]);
    assert!(!json.to_string().contains('「'), "{json}");
    // And in every message of the catalogues: a variable that holds what the user typed
    // (a title, a note, a resolution, a history's reason) stands in 「…」.
    for (file, id, t) in ja_catalogue_texts(text_with_variables) {
        // A table cell's title (`(ラベル) 件名`) is the cell, not a sentence.
        if id == "title-labelled" {
            continue;
        }
        let typed = ["{$title}", "{$resolution}", "{$typed}"].into_iter().chain(
            id.starts_with("history-")
                .then_some(["{$note}", "{$reason}"])
                .into_iter()
                .flatten(),
        );
        for v in typed {
            for (i, _) in t.match_indices(v) {
                assert!(
                    t[..i].ends_with('「') && t[i + v.len()..].starts_with('」'),
                    "locales/ja/{file}: {id}: {v} unquoted in {t}"
                );
            }
        }
    }
}
}

both_backends! {
/// An import error names the place, then says the fault as sentences (SPEC 10): never a
/// label after a label (`1 行目: 正しいレコードではありません: …`), whatever the row's fault
/// (not JSON at all, a wrong type, a missing title, an unknown column, a wrong field count).
#[test]
fn an_import_error_names_the_place_then_says_the_fault_without_stacked_colons() {
    let env = Env::new();
    let cases = [
        ("a.jsonl", "root:x:0:0:root:/root:/bin/bash\n"),
        ("b.jsonl", "{\"title\": 5}\n"),
        ("c.jsonl", "{\"title\": \"a\", \"severity\": \"Q\"}\n"),
        ("d.jsonl", "{\"title\": \"a\"\n"),
        ("e.csv", "title,severity\n,B\n"),
        ("f.csv", "title,colour\na,red\n"),
        ("g.csv", "title,severity\na,B,extra\n"),
        ("h.csv", "title,available_24x7\na,maybe\n"),
    ];
    for (name, body) in cases {
        let path = env.path(name);
        std::fs::write(&path, body).unwrap();
        let err = fail_in(&env, "ja", &["import", path.to_str().unwrap()], 2);
        let line = err.trim_end().trim_start_matches("svcreq: ");
        assert!(!stacked_colons(&outside_quotes(line)), "{name}: {err}");
        assert!(line.ends_with("(何も取り込んでいません)。"), "{name}: {err}");
    }
}
}

/// Every option shows the values it takes one way (SPEC 10): on one line after its help,
/// `[使える値: table、json、…]` / `[possible values: table, json, …]`, in the long help as in
/// the short, in both languages; what a value means is said in the option's own help
/// sentence, never as a bulleted block under it. Completions still offer every value.
#[test]
fn every_option_lists_its_values_on_one_line_in_both_languages() {
    use clap::CommandFactory;
    let env = Env::new();
    let mut paths = Vec::new();
    command_paths(&svcreq::cli::Cli::command(), Vec::new(), &mut paths);
    for path in &paths {
        for (lang, heading, line) in [
            (
                "ja",
                "使える値:",
                "[使える値: table、json、csv、ids、junit、jsonl、md、html]",
            ),
            (
                "en",
                "Possible values:",
                "[possible values: table, json, csv, ids, junit, jsonl, md, html]",
            ),
        ] {
            let out = env
                .cmd()
                .args(path)
                .args(["--lang", lang, "--help"])
                .env("COLUMNS", "200")
                .output()
                .unwrap();
            let help = String::from_utf8(out.stdout).unwrap();
            assert!(
                !help.lines().any(|l| l.trim() == heading),
                "{lang} {path:?}: {help}"
            );
            assert!(
                !help.lines().any(|l| l.trim_start().starts_with("- ")),
                "{lang} {path:?}: {help}"
            );
            assert!(help.contains(line), "{lang} {path:?}: {help}");
            assert!(help.contains("Markdown"), "{lang} {path:?}: {help}");
        }
    }
    for (shell, value) in [("bash", "html"), ("zsh", "html"), ("fish", "html")] {
        let script = env.run(&["completions", shell], 0);
        assert!(
            script.contains("jsonl") && script.contains(value),
            "{shell}"
        );
    }
}

/// Japanese output in one long line: run at 300 columns, wrapped lines joined.
fn ja_line(env: &Env, args: &[&str]) -> String {
    let out = env
        .cmd()
        .args(args)
        .args(["--lang", "ja"])
        .env("COLUMNS", "300")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{args:?}");
    let text = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
    text.lines().map(str::trim).collect::<Vec<_>>().join("")
}

both_backends! {
/// A due time followed by its target in parentheses says what the parentheses hold
/// (`(目標: 1 時間)`, `(目標: 翌日)`), never a bare `(1 時間)`, and a sentence about a new
/// cycle's due time does not say 応答 twice (`新しいサイクルの応答期限`).
#[test]
fn japanese_due_time_names_its_target() {
    let env = Env::new();
    let at = ["--opened-at", "2026-11-24T08:00:00Z"];
    let a = ja_line(
        &env,
        &[
            &["open", "--title", "Mail down", "--severity", "A"][..],
            &at,
        ]
        .concat(),
    );
    assert!(a.contains("(目標: 1 時間) です"), "{a}");
    let b = ja_line(
        &env,
        &[
            &["open", "--title", "Send button", "--severity", "B"][..],
            &at,
        ]
        .concat(),
    );
    assert!(b.contains("(目標: 翌日) です"), "{b}");
    env.run(
        &[
            "close",
            "1",
            "--resolution",
            "fixed",
            "--at",
            "2026-11-24T09:00:00Z",
        ],
        0,
    );
    let r = ja_line(
        &env,
        &[
            "reopen",
            "1",
            "--reason",
            "again",
            "--severity",
            "A",
            "--at",
            "2026-11-24T10:00:00Z",
        ],
    );
    assert!(r.contains("新しいサイクルの応答期限は"), "{r}");
    assert!(r.contains("(目標: 1 時間) です"), "{r}");
    assert!(!r.contains("応答サイクルの応答"), "{r}");
    let catalogue = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/locales/ja/messages.ftl"
    ))
    .unwrap();
    for line in catalogue.lines() {
        assert!(!line.contains("{ $due } ({ $response })"), "{line}");
        assert!(!line.contains("応答サイクルの{ $due }"), "{line}");
    }
}
}

both_backends! {
/// The contact (`--contact`, who Microsoft reaches) and the owner (`--owner`, the admin
/// working the case) are two people with two terms: 連絡先の担当者 / 連絡先 and 社内担当者.
/// No Japanese message says a bare 担当者, and show labels the owner's row 社内担当者.
#[test]
fn japanese_contact_and_owner_are_distinct_terms() {
    for file in ["help", "messages", "output", "rules"] {
        let path = format!("{}/locales/ja/{file}.ftl", env!("CARGO_MANIFEST_DIR"));
        for line in std::fs::read_to_string(path).unwrap().lines() {
            for (i, _) in line.match_indices("担当者") {
                let before = &line[..i];
                assert!(
                    before.ends_with("連絡先の") || before.ends_with("社内"),
                    "{file}: {line}"
                );
            }
        }
    }
    let env = Env::new();
    env.open(&[
        "--title",
        "Mail down",
        "--severity",
        "B",
        "--owner",
        "Aiko",
        "--contact",
        "Ken",
    ]);
    let shown = rows(&ja_out(&env, &["show", "1"]));
    assert!(
        shown.iter().any(|r| r[0] == "社内担当者" && r[1] == "Aiko"),
        "{shown:?}"
    );
    assert!(
        shown.iter().any(|r| r[0] == "連絡先" && r[1] == "Ken"),
        "{shown:?}"
    );
    let help = ja_line(&env, &["open", "--help"]);
    assert!(help.contains("連絡先の担当者 (Microsoft"), "{help}");
    assert!(help.contains("社内担当者 (自社で"), "{help}");
}
}

/// A referral is never left bare inside a sentence: classify's line says 「代わりの窓口: …。」,
/// ending the referral with 。, and the refusals of open and import quote it
/// (「代わりの窓口「…」に問い合わせるか、…」), as the one sentence of an error.
#[test]
fn japanese_referral_ends_with_a_full_stop() {
    for file in ["messages", "rules"] {
        let path = format!("{}/locales/ja/{file}.ftl", env!("CARGO_MANIFEST_DIR"));
        for line in std::fs::read_to_string(path).unwrap().lines() {
            if line.contains("代わりの窓口") {
                assert!(
                    line.contains("代わりの窓口: { $referral }。")
                        || line.contains("代わりの窓口「{ $referral }」"),
                    "{file}: {line}"
                );
            }
        }
    }
    let out = Env::new()
        .cmd()
        .args([
            "classify",
            "自社のファイアウォールのせいで Teams に接続できない",
            "--lang",
            "ja",
        ])
        .env("COLUMNS", "300")
        .output()
        .unwrap();
    let said = String::from_utf8(out.stdout).unwrap();
    let line = said
        .lines()
        .find(|l| l.contains("代わりの窓口: "))
        .expect(&said);
    assert!(line.trim_end().ends_with('。'), "{said}");
}

both_backends! {
/// A due time's basis (show's 期限の根拠, `sla --explain`) names what selected the target as
/// a noun with its intake in parentheses (`課金の要求 (営業時間受付)`, `重大度 B、サポート
/// レベル: エンタープライズ (24 時間 365 日受付)`), never a stiff 「種類が「課金」の要求、営業時間受付」.
#[test]
fn japanese_due_basis_says_its_intake_in_parentheses() {
    let env = worded_ledger();
    let explain = explain_all(&env);
    assert!(!explain.contains("種類が「"), "{explain}");
    assert!(!explain.contains("、営業時間受付"), "{explain}");
    assert!(!explain.contains("、24 時間 365 日受付"), "{explain}");
    assert!(
        explain.contains("プレセールスの要求 (営業時間受付)。初期応答の目標はありません。"),
        "{explain}"
    );
    let shown = ja_line(&env, &["show", "3"]);
    assert!(
        shown.contains("プレセールスの要求 (営業時間受付)"),
        "{shown}"
    );
}
}

both_backends! {
/// show heads each block under its field table: the description under 説明 / Description,
/// as the history is under 履歴 / History.
#[test]
fn show_heads_the_description_like_the_history() {
    let env = Env::new();
    env.open(&[
        "--title",
        "Mail down",
        "--severity",
        "B",
        "--description",
        "営業部の複数のユーザーで発生",
    ]);
    for (lang, heading, history) in [("ja", "説明", "履歴"), ("en", "Description", "History")] {
        let out = env
            .cmd()
            .args(["show", "1", "--lang", lang])
            .output()
            .unwrap();
        let shown = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = shown.lines().collect();
        let at = lines.iter().position(|l| *l == heading).expect(&shown);
        assert_eq!(lines[at + 1], "営業部の複数のユーザーで発生", "{shown}");
        assert!(lines[at + 2..].contains(&history), "{shown}");
    }
}
}

/// A Japanese help entry is either noun phrases or plain-form sentences, never a sentence
/// ending in 。 beside a bare noun phrase (「…。残りがこれ以下になると違反間近」); filters say
/// 「指定した…だけを対象にする」, not the translated 「これらの…だけ」, and 「でのみ」, not 「でだけ」.
#[test]
fn japanese_help_entries_do_not_mix_sentences_and_noun_phrases() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/ja/help.ftl");
    let text = std::fs::read_to_string(path).unwrap();
    let mut entries: Vec<String> = Vec::new();
    for line in text.lines() {
        if line.starts_with(' ') {
            if let Some(last) = entries.last_mut() {
                last.push_str(line.trim());
            }
        } else if !line.starts_with('#') && line.contains(" = ") {
            entries.push(line.to_string());
        }
    }
    // What is inside 「」, () and [] is a quote or a note, not the entry's own sentence.
    let strip = |s: &str| {
        let mut out = String::new();
        let mut depth = 0usize;
        for c in s.chars() {
            match c {
                '「' | '(' | '[' => depth += 1,
                '」' | ')' | ']' => depth = depth.saturating_sub(1),
                _ if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out
    };
    let predicate = |s: &str| {
        ["る", "い", "す", "た", "う", "く", "む", "つ", "ず", "だ"]
            .iter()
            .any(|e| s.ends_with(e))
    };
    for entry in &entries {
        let (key, value) = entry.split_once(" = ").unwrap();
        assert!(!value.contains("これらの"), "{entry}");
        assert!(!value.contains("でだけ"), "{entry}");
        let body = strip(value);
        let sentences: Vec<&str> = body
            .split('。')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        if sentences.len() > 1 {
            let kinds: std::collections::BTreeSet<bool> =
                sentences.iter().map(|s| predicate(s)).collect();
            assert_eq!(kinds.len(), 1, "{key}: {sentences:?}");
        }
    }
}

/// rules' quoted service-description notes wrap in one style: a footnote (脚注 1: / Footnote
/// 1:) and a `-` item alike continue four spaces in, under the text of a `-` item; and the
/// Japanese note says engineers 対応します, not the translated 利用できます.
#[test]
fn rules_notes_wrap_footnotes_and_items_alike() {
    let env = Env::new();
    for lang in ["ja", "en"] {
        let out = env
            .cmd()
            .args(["rules", "--lang", lang])
            .env("COLUMNS", "80")
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let notes: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.ends_with(':') || l.starts_with(' '))
            .collect();
        let block: Vec<&str> = text
            .lines()
            .rev()
            .take_while(|l| l.starts_with("  "))
            .collect();
        assert!(block.len() > 7, "{lang}: {notes:?}");
        for line in block {
            let lead = line.len() - line.trim_start().len();
            assert!(
                (lead == 2 && (line.trim_start().starts_with("- ") || line.contains(':')))
                    || lead == 4,
                "{lang}: {line:?}\n{text}"
            );
        }
        if lang == "ja" {
            let joined: String = text.lines().map(str::trim).collect();
            assert!(
                joined.contains("(場合によっては 24 時間) 対応します。"),
                "{text}"
            );
            assert!(!joined.contains("利用できます"), "{text}");
        }
    }
}

/// The elevated tier is named as the Japanese service description names that support,
/// 上級サポート (its options 上級サポート オプション), never a bare 上級 that reads as a skill
/// level: in the catalogue and in rules' table.
#[test]
fn japanese_elevated_tier_is_the_service_descriptions_term() {
    for file in ["help", "messages", "output", "rules"] {
        let path = format!("{}/locales/ja/{file}.ftl", env!("CARGO_MANIFEST_DIR"));
        for line in std::fs::read_to_string(path).unwrap().lines() {
            for (i, _) in line.match_indices("上級") {
                assert!(line[i..].starts_with("上級サポート"), "{file}: {line}");
            }
        }
    }
    let env = Env::new();
    let table = rows(&ja_out(&env, &["rules"]));
    assert!(table[0].iter().any(|c| c == "上級サポート"), "{table:?}");
}

both_backends! {
/// A fractional `--at-risk` percentage is refused as what it is, in both languages: the
/// percentage must be a whole number (25.5% is between 0% and 100%).
#[test]
fn a_fractional_percentage_is_refused_for_not_being_a_whole_number() {
    let env = Env::new();
    let en = fail_in(&env, "en", &["sla", "--at-risk", "25.5%"], 2);
    assert!(en.contains("whole number"), "{en}");
    let ja = fail_in(&env, "ja", &["sla", "--at-risk", "25.5%"], 2);
    assert!(
        ja.contains("整数") && reads_japanese(ja.trim_start_matches("svcreq: ")),
        "{ja}"
    );
}
}

both_backends! {
/// A duration with a number and a unit, past the longest svcreq takes, says that limit
/// rather than asking for a number and a unit (`--reopen-ends-within`, `--at-risk`).
#[test]
fn a_duration_past_the_limit_says_the_limit() {
    let env = Env::new();
    for args in [
        &["list", "--reopen-ends-within", "99999d"][..],
        &["list", "--reopen-ends-within", "99999999999999999999999d"],
        &["sla", "--at-risk", "3651d"],
    ] {
        let en = fail_in(&env, "en", args, 2);
        assert!(en.contains("too long") && en.contains("3650d"), "{en}");
        assert!(!en.contains("a number and a unit"), "{en}");
        let ja = fail_in(&env, "ja", args, 2);
        assert!(ja.contains("長すぎます") && ja.contains("3650 日"), "{ja}");
    }
    // The limit itself is taken.
    env.open(&["--title", "x", "--severity", "C"]);
    env.run(&["list", "--reopen-ends-within", "3650d"], 0);
}
}

both_backends! {
/// `list --since` later than `--until` is a period with nothing in it by mistake: refused
/// with one sentence (exit 2), in both languages, rather than an empty list.
#[test]
fn list_refuses_a_since_later_than_its_until() {
    let env = Env::new();
    env.open(&["--title", "x", "--severity", "C"]);
    let args = ["list", "--since", "2026-11-20", "--until", "2026-11-01"];
    let en = fail_in(&env, "en", &args, 2);
    assert!(
        en.contains("--since 2026-11-20 is after --until 2026-11-01"),
        "{en}"
    );
    let ja = fail_in(&env, "ja", &args, 2);
    assert!(reads_japanese(ja.trim_start_matches("svcreq: ")), "{ja}");
    // One instant is a period.
    env.run(
        &["list", "--since", "2026-11-01", "--until", "2026-11-01"],
        0,
    );
}
}

/// The details of request `id`'s history in Japanese, one per event, from a table wide
/// enough that no detail wraps.
fn history_details(env: &Env, id: &str) -> (Vec<String>, String) {
    let out = env
        .cmd()
        .args(["--lang", "ja", "show", id])
        .env("COLUMNS", "1000")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let show = String::from_utf8(out.stdout).unwrap();
    let history = show.split("\n履歴\n").nth(1).unwrap_or_default();
    let details = rows(history)
        .into_iter()
        .skip(1)
        .map(|r| r.last().cloned().unwrap_or_default())
        .collect();
    (details, show)
}

/// The value of `show`'s row `label` (in a table wide enough that no value wraps).
fn show_row(show: &str, label: &str) -> String {
    rows(show)
        .into_iter()
        .find(|r| r.first().is_some_and(|c| c == label))
        .and_then(|r| r.get(1).cloned())
        .unwrap_or_else(|| panic!("{label}\n{show}"))
}

both_backends! {
/// A severity's source is said one way (SPEC 10): the history's creation or change event
/// says the severity with its source in brackets after it, as the 重大度 row of `show` does
/// (`B (自動判定)`), whether it was given with --severity, classified, or assigned by
/// Microsoft; never 「自動判定で重大度 B」.
#[test]
fn a_severity_source_is_said_the_same_way_in_history_as_in_its_row() {
    let env = Env::new();
    let manual = env.open(&["--title", "Mail down", "--severity", "B"]);
    let classified = env.open(&["--title", "Outlook will not sync on one laptop"]);
    let assigned = env.open(&["--title", "Teams calls drop", "--severity", "C"]);
    env.run(
        &[
            "update",
            &assigned.to_string(),
            "--severity",
            "B",
            "--by",
            "microsoft",
        ],
        0,
    );
    for id in [manual, classified, assigned] {
        let (details, show) = history_details(&env, &id.to_string());
        let row = show_row(&show, "重大度");
        let (severity, source) = row.split_once(' ').unwrap_or_else(|| panic!("{row}"));
        let last = details.last().unwrap();
        let said = if details.len() == 1 {
            format!("重大度 {severity} {source}")
        } else {
            format!("に変更 {source}")
        };
        assert!(last.contains(&said), "{said}\n{show}");
        assert!(!show.contains("で重大度"), "{show}");
    }
}
}

both_backends! {
/// A history says each step as a sentence, never a bare noun clause (SPEC 10): a removed
/// severity is 「重大度 B を削除」 (not 「B から「なし」に変更」), and a missing target or due
/// time is 「…はありません」, not 「…なし」, wherever the history says it: an opening with no
/// target, one forced in out of scope, a reopen, and an update that takes the severity and
/// the target away. Only a `label: value` pair (`SLA: 目標なし`) may end in なし.
#[test]
fn a_history_step_is_a_sentence_not_a_bare_noun_clause() {
    let env = Env::new();
    let presales = env.open(&["--title", "Pricing for E5", "--category", "presales"]);
    let forced = env.open(&[
        "--title",
        "Our VBA macro that updates Excel sheets throws an error",
        "--force",
    ]);
    let removed = env.open(&["--title", "Mail down", "--severity", "A"]);
    env.run(
        &["update", &removed.to_string(), "--category", "billing"],
        0,
    );
    env.run(&["close", &presales.to_string()], 0);
    env.run(&["reopen", &presales.to_string(), "--reason", "again"], 0);
    let mut said = String::new();
    for id in [presales, forced, removed] {
        let (details, show) = history_details(&env, &id.to_string());
        for detail in &details {
            for sentence in detail.split('。').filter(|s| !s.is_empty()) {
                assert!(
                    !sentence.ends_with("なし") || sentence.contains(": "),
                    "{sentence}\n{show}"
                );
                assert!(!sentence.contains("「なし」"), "{sentence}\n{show}");
            }
        }
        said.push_str(&details.join("\n"));
    }
    assert!(said.contains("重大度 A を削除。"), "{said}");
    assert!(said.contains("初期応答の目標はありません。"), "{said}");
}
}

both_backends! {
/// Every result that states a time states it one way (SPEC 10): with its weekday, as
/// `open`, `close`, `reopen` and `update` do, `respond` and the corrections of `respond`
/// and `close` too, in both languages.
#[test]
fn every_result_that_states_a_time_states_it_with_its_weekday() {
    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    let opened = |title: &str| {
        env.open(&[
            "--title",
            title,
            "--severity",
            "B",
            "--opened-at",
            "2026-11-24T01:00:00Z",
        ])
        .to_string()
    };
    let (id, other) = (opened("Mail down"), opened("Teams down"));
    env.run(&["respond", &id, "--at", "2026-11-24T01:40:00Z"], 0);
    let date = |s: &[u8], i: usize| {
        s.len() >= i + 10
            && s[i..i + 10].iter().enumerate().all(|(k, b)| {
                if k == 4 || k == 7 {
                    *b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            })
    };
    let runs: [&[&str]; 7] = [
        &["open", "--title", "Calls drop", "--severity", "B"],
        &["respond", &other, "--at", "2026-11-24T01:40:00Z"],
        &[
            "respond",
            &other,
            "--at",
            "2026-11-24T01:20:00Z",
            "--correct",
        ],
        &["close", &id, "--at", "2026-11-24T02:00:00Z"],
        &["close", &id, "--at", "2026-11-24T01:50:00Z", "--correct"],
        &["reopen", &id, "--check"],
        &["reopen", &id, "--reason", "again"],
    ];
    let mut checked = 0;
    for (n, args) in runs.iter().enumerate() {
        for lang in ["ja", "en"] {
            // Each result once, in one language; the other reads the same result again where
            // it can be (a check) or is skipped.
            if lang == "en" && !args.contains(&"--check") && n > 0 {
                continue;
            }
            let out = env
                .cmd()
                .args(*args)
                .args(["--lang", if n == 0 { "en" } else { lang }])
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(0), "{args:?}");
            let text = String::from_utf8(out.stdout).unwrap();
            let lang = if n == 0 { "en" } else { lang };
            let bytes = text.as_bytes();
            let dates: Vec<usize> = (0..bytes.len()).filter(|i| date(bytes, *i)).collect();
            assert!(!dates.is_empty(), "{args:?}: {text}");
            for i in dates {
                let weekday = if lang == "ja" {
                    text[i + 10..].starts_with(" (")
                } else {
                    ["Mon ", "Tue ", "Wed ", "Thu ", "Fri ", "Sat ", "Sun "]
                        .iter()
                        .any(|d| text[..i].ends_with(d))
                };
                assert!(weekday, "{lang} {args:?}: {text}");
                checked += 1;
            }
        }
    }
    assert!(checked >= 9, "{checked}");
}
}

/// The notes `rules` quotes from Microsoft's support service description say it in the
/// description's own Japanese words (SPEC 10), not a translation of the English: the
/// footnotes as the description words them, and the help of a translator on a call as
/// 「追加の翻訳支援が必要な場合は、翻訳者が通話に参加できるよう手配できます」.
#[test]
fn rules_notes_say_what_the_service_description_says_in_its_words() {
    let env = Env::new();
    let text = ja_out(&env, &["rules"]);
    let joined: String = text.lines().map(str::trim).collect();
    for words in [
        "ビジネス プランには、重大でないすべての問題に対する営業時間のサポートと、Microsoft からの 24 時間 365 日の電話サポートが含まれます。",
        "すべての問題に対する Microsoft からの 24 時間 365 日の電話サポートが含まれます。",
        "通話とサービス要求は、ほとんどの国と地域で 24 時間、週 7 日処理されます。",
        "場所と言語に応じて、サポート エンジニアはほとんどの地域の営業時間中",
        "追加の翻訳支援が必要な場合は、翻訳者が通話に参加できるよう手配できます。",
    ] {
        assert!(joined.contains(words), "{words}\n{text}");
    }
    assert!(!joined.contains("通訳"), "{text}");
}

both_backends! {
/// A request with no severity is named in a result sentence as a phrase (SPEC 10), as
/// every other Japanese sentence names it, 種類が「プレセールス」の要求: by `open` and by an
/// `update` that re-targets it; never the bare category (「。プレセールス、」); English keeps
/// its words.
#[test]
fn a_request_with_no_severity_is_named_as_a_phrase_in_results() {
    let env = Env::new();
    let opened = ja_out(
        &env,
        &[
            "open",
            "--title",
            "Pricing for E5",
            "--category",
            "presales",
        ],
    );
    assert!(
        opened.contains("を作成しました。種類が「プレセールス」の要求、"),
        "{opened}"
    );
    env.open(&["--title", "Mail down", "--severity", "B"]);
    let updated = ja_out(&env, &["update", "2", "--category", "billing"]);
    assert!(
        updated.contains("(種類が「課金」の要求、SLA: "),
        "{updated}"
    );
    for out in [&opened, &updated] {
        assert!(
            !out.contains("。プレセールス、") && !out.contains("(課金、"),
            "{out}"
        );
    }
    let en = env.run(&["open", "--title", "Invoice", "--category", "billing"], 0);
    assert!(en.contains("Opened request 3: billing · "), "{en}");
}
}

both_backends! {
/// 「The target is X」 and 「there is no target」 are said in one form (SPEC 10): in the due
/// time's basis (`sla --explain`, `show`) and in a history, each sentence about the
/// target ends 「…です」 or 「…はありません」 (or runs on with 「ですが」), never a bare
/// 「目標は 1 時間。」 beside 「目標はありません。」.
#[test]
fn a_target_and_no_target_are_said_in_one_form() {
    let env = gold_env();
    for args in [
        &["--title", "Mail down", "--severity", "A"][..],
        &["--title", "Outlook send button", "--severity", "B"],
        &["--title", "Contacts", "--severity", "C"],
        &["--title", "Pricing", "--category", "presales"],
    ] {
        env.open(&[args, &["--opened-at", "2026-11-20T06:00:00Z"]].concat());
    }
    env.run(&["update", "1", "--severity", "B"], 0);
    let mut texts = vec![explain_all(&env)];
    for id in ["1", "2", "3", "4"] {
        texts.extend(history_details(&env, id).0);
    }
    let mut said = 0;
    for text in &texts {
        let text = text.replace('\n', "");
        for (at, _) in text.match_indices("目標は") {
            let sentence = text[at..].split('。').next().unwrap_or_default();
            assert!(
                sentence.ends_with("です")
                    || sentence.contains("です (")
                    || sentence.ends_with("はありません")
                    || sentence.contains("ですが"),
                "{sentence}\n{text}"
            );
            said += 1;
        }
    }
    assert!(said >= 8, "{texts:#?}");
}
}

both_backends! {
/// A warning, a note or a hint advises the admin; it does not order them (SPEC 10): what it
/// suggests is said as 「…することをお勧めします」 or 「…できます」, as the self-service hint
/// says it, never 「…してください」, which errors keep for what must be fixed. Checked through
/// the binary (the severity-A reachability warning of `open` and `update`, the assumed-facts
/// note) and over every warning, note and hint in the catalogue.
#[test]
fn a_warning_note_or_hint_advises_rather_than_orders() {
    let env = Env::new();
    let id = env.open(&[
        "--title",
        "Mail down",
        "--severity",
        "A",
        "--available-24x7",
    ]);
    let mut said = Vec::new();
    for args in [
        &["open", "--title", "Exchange down", "--severity", "A"][..],
        &["open", "--title", "Outlook will not sync on one laptop"],
        &["update", &id.to_string(), "--available-24x7", "false"],
    ] {
        let out = env
            .cmd()
            .args(args)
            .args(["--lang", "ja"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.starts_with("警告: ") || err.starts_with("注: "),
            "{args:?}: {err}"
        );
        said.push(err);
    }
    assert!(said[0].contains("ことをお勧めします"), "{}", said[0]);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/ja");
    let mut advisories = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let Some((key, value)) = line.split_once(" = ") else {
                continue;
            };
            let advisory = key.starts_with("warning-")
                || key.starts_with("hint-")
                || ["警告: ", "注: ", "ヒント: "]
                    .iter()
                    .any(|m| value.starts_with(m) && value.len() > m.len() + 12);
            if advisory {
                advisories += 1;
                said.push(line.to_string());
            }
        }
    }
    assert!(advisories >= 6, "{said:#?}");
    for s in &said {
        assert!(!s.contains("ください"), "{s}");
    }
}
}

both_backends! {
/// A count stays with the noun it counts, and a katakana term with its words (SPEC 10):
/// `rules --check`'s result, wrapped at 80 columns (and narrower) whatever the length of
/// the file's path, never ends a line with 「サポート レベル」 or 「プラン」 and starts the next
/// with its 「1 種類」, nor splits 「サポート / レベル」 or 「1 / 種類」.
#[test]
fn a_count_stays_with_its_noun_and_a_katakana_term_with_its_words() {
    let env = Env::new();
    let rules = "reopen_window = \"14d\"\n[tiers.gold]\nplans = [\"gold-contract\"]\nA = { availability = \"24x7\", response = \"30m\" }\nB = { availability = \"24x7\", response = \"4h\" }\nC = { availability = \"24x7\", response = \"1d\" }\n";
    let mut wrapped = 0;
    for n in 1..=40 {
        let dir = env.path(&"x".repeat(n));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("r.toml");
        std::fs::write(&file, rules).unwrap();
        for columns in [60, 72, 80] {
            let out = env
                .cmd()
                .args(["rules", "--check"])
                .arg(&file)
                .args(["--lang", "ja"])
                .env("COLUMNS", columns.to_string())
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(0));
            let text = String::from_utf8(out.stdout).unwrap();
            let lines: Vec<&str> = text.lines().collect();
            wrapped += usize::from(lines.len() > 1);
            for pair in lines.windows(2) {
                let (end, next) = (pair[0], pair[1].trim_start());
                let counted = next
                    .split(' ')
                    .next()
                    .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()));
                assert!(
                    !(counted && (end.ends_with("レベル") || end.ends_with("プラン"))),
                    "{columns}: {text}"
                );
                for (a, b) in [("サポート", "レベル"), ("1", "種類"), ("14", "日")] {
                    assert!(
                        !(end.ends_with(a) && next.starts_with(b)),
                        "{columns}: {text}"
                    );
                }
            }
        }
    }
    assert!(wrapped > 40, "{wrapped}");
}
}

/// Messages that report a result (a confirmation, a dry run's verdict, a classification's
/// line, a manual page's footer): a result may say what was done and what follows from it
/// in two sentences; every other message of the catalogues is an error, a refusal, a
/// warning, a note or a hint, or a piece of one.
const RESULTS: [&str; 14] = [
    "classify-out-of-scope",
    "open-done",
    "close-reopen-until",
    "reopen-done",
    "update-severity-kept",
    "update-with-kept",
    "update-retargeted",
    "update-retargeted-severity-said",
    "db-team-current",
    "db-file-version",
    "db-team-up-to-date",
    "config-pushed",
    "import-dry-run",
    "man-more",
];

/// Whether message `id` of catalogue `file` is said as (part of) an error, a refusal, a
/// warning, a note or a hint: every message of `messages.ftl` but the results, and those of
/// the other files named as one (`refusal-out-of-scope`, `show-note-tier-changed`).
fn is_error_or_warning(file: &str, id: &str) -> bool {
    if RESULTS.contains(&id) {
        return false;
    }
    file == "messages.ftl"
        || ["error-", "refusal-", "warning-", "hint-", "show-note-"]
            .iter()
            .any(|p| id.starts_with(p))
}

/// Every text a Fluent pattern can say, one per choice of variants, with what a variable
/// or another message inserts as `\u{1}`.
fn renderings(p: &fluent_syntax::ast::Pattern<&str>) -> Vec<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let mut out = vec![String::new()];
    for el in &p.elements {
        let pieces: Vec<String> = match el {
            PatternElement::TextElement { value } => vec![value.to_string()],
            PatternElement::Placeable { expression } => match expression {
                Expression::Select { variants, .. } => {
                    variants.iter().flat_map(|v| renderings(&v.value)).collect()
                }
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    vec![value.to_string()]
                }
                Expression::Inline(_) => vec!["\u{1}".to_string()],
            },
        };
        out = out
            .iter()
            .flat_map(|a| pieces.iter().map(move |b| format!("{a}{b}")))
            .collect();
    }
    out
}

/// Every error and warning message of `lang`'s catalogues, each rendering of each: (file,
/// id, text).
fn error_and_warning_texts(lang: svcreq::i18n::Lang) -> Vec<(&'static str, &'static str, String)> {
    let mut out = Vec::new();
    for (file, text) in lang.catalogues(svcreq::i18n::Part::Messages) {
        let res = fluent_syntax::parser::parse(*text).expect("the catalogue parses");
        for e in res.body {
            let fluent_syntax::ast::Entry::Message(m) = e else {
                continue;
            };
            let Some(p) = &m.value else { continue };
            if is_error_or_warning(file, m.id.name) {
                out.extend(renderings(p).into_iter().map(|t| (*file, m.id.name, t)));
            }
        }
    }
    out
}

/// Whether a Japanese text is one sentence: no 。, ！ or ？ before its end, but in what it
/// quotes in 「…」 (said as typed).
fn one_japanese_sentence(text: &str) -> bool {
    let plain = outside_quotes(text);
    let body = plain.trim_end();
    let mut chars = body.chars();
    chars.next_back();
    !chars.as_str().contains(['。', '！', '？'])
}

/// Whether an English text is one sentence: no `.`, `!` or `?` followed by a capital
/// (`e.g. EX123456` is an abbreviation, not a sentence's end), but in a command quoted in
/// backquotes.
fn one_english_sentence(text: &str) -> bool {
    let plain: String = text
        .split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(_, s)| s)
        .collect();
    let c: Vec<char> = plain.chars().collect();
    !(0..c.len()).any(|i| {
        let before: String = c[..i].iter().collect();
        ['.', '!', '?'].contains(&c[i])
            && c.get(i + 1).is_some_and(|s| s.is_whitespace())
            && c.get(i + 2).is_some_and(|x| x.is_ascii_uppercase())
            && !before.ends_with("e.g")
            && !before.ends_with("i.e")
    })
}

#[test]
fn the_rule_checks_catch_a_second_sentence() {
    assert!(one_japanese_sentence("台帳がないため、作成してください。"));
    assert!(one_japanese_sentence("値「a。b」が正しくありません"));
    assert!(!one_japanese_sentence("台帳がありません。作成してください"));
    assert!(!one_japanese_sentence(
        "不明なコマンドです。「list」のことですか？"
    ));
    assert!(one_english_sentence("no ledger; use `svcreq open. Then`"));
    assert!(one_english_sentence("not an id (e.g. EX123456)"));
    assert!(!one_english_sentence("no ledger. Create one"));
}

/// SPEC 2: bad input gets one clear sentence, in Japanese as in English. Every error,
/// refusal, warning, note and hint of both catalogues, in every variant, is one sentence
/// (Japanese: no 。/！/？ before its end; English: no sentence end followed by a capital),
/// and so is what the binary writes to stderr for a sample of real failures and warnings in
/// both languages: one line, one sentence.
#[test]
fn every_error_and_warning_message_is_one_sentence_in_both_languages() {
    use svcreq::i18n::Lang;
    let ja = error_and_warning_texts(Lang::Ja);
    let en = error_and_warning_texts(Lang::En);
    assert!(
        ja.len() > 300 && en.len() > 300,
        "{} {}",
        ja.len(),
        en.len()
    );
    let mut two = Vec::new();
    for (file, id, text) in &ja {
        if !one_japanese_sentence(text) {
            two.push(format!("ja/{file} {id}: {text}"));
        }
    }
    for (file, id, text) in &en {
        if !one_english_sentence(text) {
            two.push(format!("en/{file} {id}: {text}"));
        }
    }
    assert!(
        two.is_empty(),
        "more than one sentence:\n{}",
        two.join("\n")
    );

    let env = Env::with_config("tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n");
    env.open(&["--title", "Mail is slow", "--severity", "B"]);
    let import = env.path("in.jsonl");
    std::fs::write(&import, "{\"title\": 1}\n").unwrap();
    let import = import.to_str().unwrap();
    let failures: [&[&str]; 24] = [
        &["show", "abc"],
        &["show", "99"],
        &["lst"],
        &["list", "--bogus"],
        &["list", "--fromat", "csv"],
        &["list", "--severity", "D"],
        &["list", "--status", "opn"],
        &["completions", "tcsh"],
        &["show", "1", "-x"],
        &["show", "1", "2"],
        &["open"],
        &["open", "--title", ""],
        &["open", "--title", "x", "--opened-at", "2026-02-30"],
        &["open", "--title", "x", "--opened-at", "soon"],
        &[
            "open",
            "--title",
            "x",
            "--opened-at",
            "2026-11-24T10:00:00.5Z",
        ],
        &["open", "--title", "x", "--plan", "bogus"],
        &[
            "open",
            "--title",
            "x",
            "--category",
            "presales",
            "--severity",
            "B",
        ],
        &["list", "--reopen-ends-within", "3x"],
        &["list", "--since", "2026-11-25", "--until", "2026-11-24"],
        &["report", "--month", "2026-13"],
        &["reopen", "1"],
        &["respond", "1", "--at", "2026-11-01T00:00:00Z"],
        &["note", "1", ""],
        &["import", import],
    ];
    let said = |c: &mut assert_cmd::Command, lang: &str| {
        let out = c.args(["--lang", lang]).output().unwrap();
        (out.status.code(), String::from_utf8(out.stderr).unwrap())
    };
    let mut runs: Vec<(String, Option<i32>, String, String)> = Vec::new();
    for args in failures {
        for lang in ["ja", "en"] {
            let (code, err) = said(env.cmd().args(args), lang);
            runs.push((format!("{args:?}"), code, lang.to_string(), err));
        }
    }
    // The config, the rules file, the ledger and the environment, said wrong.
    for config in [
        "tenant = \"a\"\n[tiers\n",
        "bogus = 1\n",
        "[tenants.x]\nplan = 5\n",
    ] {
        let bad = Env::with_config(config);
        for lang in ["ja", "en"] {
            let (code, err) = said(bad.cmd().arg("list"), lang);
            runs.push((format!("{config:?}"), code, lang.to_string(), err));
        }
    }
    let dir = env.path("d");
    std::fs::create_dir(&dir).unwrap();
    for lang in ["ja", "en"] {
        let (code, err) = said(env.on(&dir).arg("list"), lang);
        runs.push(("--db DIR".into(), code, lang.to_string(), err));
        let (code, err) = said(
            env.cmd().arg("list").env("SVCREQ_BUSY_TIMEOUT_MS", "soon"),
            lang,
        );
        runs.push(("SVCREQ_BUSY_TIMEOUT_MS".into(), code, lang.to_string(), err));
    }
    for (args, code, lang, err) in &runs {
        assert!(
            code.is_some_and(|c| c != 0 && c != 101),
            "{lang} {args}: {code:?} {err}"
        );
        assert_eq!(err.lines().count(), 1, "{lang} {args}: {err}");
        let line = err.trim_end().strip_prefix("svcreq: ").unwrap_or_else(|| {
            panic!("{lang} {args}: {err}");
        });
        let one = match lang.as_str() {
            "ja" => one_japanese_sentence(line),
            _ => one_english_sentence(line),
        };
        assert!(one, "{lang} {args}: more than one sentence: {err}");
    }
    // Warnings, notes and hints a successful command writes: each line one sentence.
    for lang in ["ja", "en"] {
        let mut lines = 0;
        for args in [
            &[
                "open",
                "--title",
                "Mail down for everyone",
                "--severity",
                "A",
            ][..],
            &["open", "--title", "How do I set a mail forwarding rule"],
            &["list", "--severity", "C"],
        ] {
            let out = env
                .cmd()
                .args(args)
                .args(["--lang", lang])
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(0), "{args:?}");
            let err = String::from_utf8(out.stderr).unwrap();
            for line in err.lines() {
                let one = match lang {
                    "ja" => one_japanese_sentence(line),
                    _ => one_english_sentence(line),
                };
                assert!(one, "{lang} {args:?}: more than one sentence: {line}");
                lines += 1;
            }
        }
        // The 24x7 warning, the self-service hint and the empty listing's note at least.
        assert!(lines >= 3, "{lang}: {lines} lines of warnings and notes");
    }
}
