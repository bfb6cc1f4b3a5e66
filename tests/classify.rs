//! `svcreq classify` and classification in `open`: JSON shape, rationale, out-of-scope
//! refusal with referral (exit 4) unless --force, bad and huge input.

mod common;
use common::Env;
use std::io::Write;
use std::process::Stdio;

#[test]
fn classify_prints_the_spec_shape_with_target() {
    let env = Env::with_config("plan = \"business-premium\"\n");
    let v = env.json(&[
        "classify",
        "All users cannot send or receive mail since this morning. No workaround.",
    ]);
    assert_eq!(v["severity"], "A");
    assert_eq!(v["category"], "technical");
    assert_eq!(v["service"], "exchange-online");
    assert_eq!(v["scope"], "in-scope");
    let c: common::ClassifyJson = common::typed(&v);
    assert_eq!(c.referral, None);
    assert!(!c.facts.business_critical);
    assert_eq!(v["facts"]["service_state"], "down");
    assert_eq!(v["facts"]["affected"], "all");
    assert_eq!(v["facts"]["workaround"], false);
    assert_eq!(v["tier"], "business");
    assert_eq!(
        (v["availability"].as_str(), v["response_target"].as_str()),
        (Some("24x7"), Some("1h"))
    );
    let facts: Vec<&str> = v["rationale"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["fact"].as_str().unwrap())
        .collect();
    for f in [
        "service_state",
        "affected",
        "workaround",
        "business_critical",
        "category",
        "service",
        "scope",
    ] {
        assert!(facts.contains(&f), "{f} missing from {facts:?}");
    }
    // Flags override the text, and say so.
    let v = env.json(&[
        "classify",
        "All users cannot send mail",
        "--users",
        "single",
        "--workaround",
    ]);
    assert_eq!(v["facts"]["affected"], "single");
    let by: Vec<&str> = v["rationale"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["fact"] == "affected")
        .map(|r| r["by"].as_str().unwrap())
        .collect();
    assert_eq!(by, ["flag"]);
}

#[test]
fn japanese_text_and_stdin() {
    let env = Env::new();
    let mut child = env
        .proc()
        .args(["classify", "-", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("全ユーザーがメールを送受信できません。回避策はありません。".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["severity"], "A");
    assert_eq!(v["facts"]["workaround"], false);
    let v = env.json(&[
        "classify",
        "ユーザーのパスワードを無期限に設定する方法を教えてください",
    ]);
    assert_eq!(v["severity"], "C");
}

#[test]
fn out_of_scope_is_refused_with_referral_unless_forced() {
    let env = Env::new();
    let title = "Our VBA macro that updates Excel sheets throws an error";
    let err = env.fail(&["open", "--title", title], 4);
    assert!(
        err.contains("scripting")
            && err.contains("support.microsoft.com")
            && err.contains("--force"),
        "{err}"
    );
    assert!(!env.db().exists(), "nothing recorded, no ledger created");
    let r = env.json(&["open", "--title", title, "--force"]);
    assert_eq!(r["scope"], "scripting");
    let v = env.json(&[
        "classify",
        "The third-party add-in from our vendor crashes Outlook",
    ]);
    assert_eq!(v["scope"], "third-party");
    assert!(
        v["referral"]
            .as_str()
            .unwrap()
            .contains("answers.microsoft.com")
    );
}

/// SPEC 1 (third-party): an add-in is outside Microsoft's support boundary when the text says
/// it is a third party's (COM, a vendor's, third-party); a bare "add-in" may be Microsoft's own,
/// so it is not refused. Japanese add-in phrasing reaches the decision English does.
#[test]
fn add_in_phrasing_reaches_the_same_scope_decision_in_japanese_and_english() {
    let env = Env::new();
    let scope = |text: &str| -> Option<String> {
        env.json(&["classify", text])["scope"]
            .as_str()
            .map(str::to_string)
    };
    let third = Some("third-party".to_string());
    for (en, ja, out) in [
        ("The add-in does not work", "アドインが動かない", false),
        ("The add in does not work", "アドインが動作しません", false),
        (
            "The Office add-in does not work",
            "Office アドインが動かない",
            false,
        ),
        (
            "The COM add-in does not work",
            "COM アドインが動かない",
            true,
        ),
        (
            "The third-party add-in does not work",
            "サードパーティのアドインが動かない",
            true,
        ),
        (
            "Our vendor's add-in does not work",
            "他社製のアドインが動かない",
            true,
        ),
    ] {
        let (e, j) = (scope(en), scope(ja));
        assert_eq!(e, j, "{en} / {ja}");
        assert_eq!(e == third, out, "{en}: {e:?}");
    }
}

#[test]
fn open_classifies_title_and_description_and_keeps_the_rationale() {
    let env = Env::new();
    let r = env.json(&[
        "open",
        "--title",
        "SharePoint site is down",
        "--description",
        "Nobody in the company can open the intranet. Production is blocked.",
    ]);
    assert_eq!(r["severity"], "A");
    assert_eq!(r["severity_source"], "classified");
    assert_eq!(r["service"], "sharepoint-online");
    let id = r["id"].to_string();
    let show = env.json(&["show", &id]);
    let detail = show["events"][0]["detail"].as_str().unwrap();
    assert!(detail.contains("service_state = down (phrase"), "{detail}");
    let r = env.json(&[
        "open",
        "--title",
        "Question about E5 pricing and licensing plans before we buy",
    ]);
    assert_eq!(r["category"], "presales");
    let presales: common::RequestJson = common::typed(&r);
    assert_eq!(presales.severity, None);
    assert_eq!(r["sla_state"], "no-target");
}

#[test]
fn bad_and_huge_input() {
    let env = Env::new();
    assert!(env.fail(&["classify", "   "], 2).contains("empty"));
    assert!(env.fail(&["classify"], 2).contains("text"));
    let run = |data: Vec<u8>| {
        let mut child = env
            .proc()
            .args(["classify", "-", "--json"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&data);
        });
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap();
        out
    };
    let out = run(b"mail \xff broken".to_vec());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not valid UTF-8"));
    let mut big = "Outlook cannot connect for one user. "
        .repeat(10 * 1024 * 1024 / 37)
        .into_bytes();
    big.extend_from_slice("すべてのユーザー".as_bytes());
    let out = run(big);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["severity"].is_string());
}

/// One rationale line, typed (SPEC 1.3 "why": the fact, its value, what decided it).
#[derive(Debug, serde::Deserialize)]
struct RationaleLine {
    fact: String,
    value: String,
    by: String,
    phrase: Option<String>,
}

/// A how-to question names no one affected: its one user is a default, shown as assumed, not
/// credited to the question's own words ("how", "方法", "教えてほしい").
#[test]
fn a_questions_one_affected_user_is_assumed_not_quoted() {
    let env = Env::new();
    for text in [
        "How do I set up a shared mailbox for the support team?",
        "What is the best way to migrate our file shares to SharePoint?",
        "Teams の会議を録画する方法を教えてください。",
        "共有メールボックスの作成手順を教えてほしい。",
    ] {
        let v = env.json(&["classify", text]);
        let lines: Vec<RationaleLine> = v["rationale"]
            .as_array()
            .expect("rationale is a list")
            .iter()
            .map(|r| serde_json::from_value(r.clone()).expect("a rationale line"))
            .collect();
        let state = lines.iter().find(|r| r.fact == "service_state").unwrap();
        assert_eq!(state.value, "working", "{text}");
        let affected = lines.iter().find(|r| r.fact == "affected").unwrap();
        assert_eq!(
            (
                affected.value.as_str(),
                affected.by.as_str(),
                affected.phrase.as_deref()
            ),
            ("single", "assumed", None),
            "{text}"
        );
    }
}

/// SPEC 1.3's own B example, in both languages: the workaround the text states ("PowerShell
/// からは設定できる", "it works from PowerShell", "別の方法で参加できる") is found and quoted as
/// the whole phrase typed, never a bare noun that states no such fact ("管理センター", where the
/// fault is) nor a fragment ("できない": "設定できない", "can't": "Can't set"). Another admin
/// tool is not the user's workaround, so the fact stays false and the severity B, and the line
/// says what it is (`回避策: 管理ツールでのみ可能`, `workaround = admin tool only`) instead of "no
/// workaround" beside the workaround it quotes.
#[test]
fn a_stated_workaround_is_quoted_whole_and_an_admin_tools_way_is_shown_as_such() {
    let env = Env::new();
    // (text, lang, severity, workaround fact, lines shown, phrases never quoted alone)
    type Case<'a> = (
        &'a str,
        &'a str,
        &'a str,
        bool,
        &'a [&'a str],
        &'a [&'a str],
    );
    let cases: &[Case] = &[
        (
            "Exchange 管理センターからは転送を設定できないが、PowerShell からは設定できる",
            "ja",
            "B",
            false,
            &[
                "回避策: 管理ツールでのみ可能 (語句「PowerShell からは設定できる」)",
                "サービスの状態: 一部に不具合 (語句「設定できない」)",
            ],
            &["「管理センター」", "「できない」", "回避策: なし"],
        ),
        (
            "Exchange 管理センターからは転送を設定できないが、PowerShell からは設定できる",
            "en",
            "B",
            false,
            &[
                "workaround = admin tool only (phrase \"PowerShell からは設定できる\")",
                "service_state = degraded (phrase \"設定できない\")",
            ],
            &["\"管理センター\"", "\"できない\"", "workaround = false"],
        ),
        (
            "Can't set forwarding in the Exchange admin center, but it works from PowerShell",
            "en",
            "B",
            false,
            &[
                "workaround = admin tool only (phrase \"it works from PowerShell\")",
                "service_state = degraded (phrase \"Can't set\")",
            ],
            &[
                "\"Exchange admin center\"",
                "\"Can't\"",
                "workaround = false",
            ],
        ),
        (
            "Can't set forwarding in the Exchange admin center, but we can still set it via PowerShell.",
            "ja",
            "B",
            false,
            &["回避策: 管理ツールでのみ可能 (語句「we can still set it via PowerShell」)"],
            &["「Exchange admin center」", "回避策: なし"],
        ),
        (
            "1 人だけ Teams の会議に参加できないが、別の方法で参加できる",
            "ja",
            "C",
            true,
            &[
                "回避策: あり (語句「別の方法で参加できる」)",
                "種類: テクニカル (語句「参加できない」)",
            ],
            &["「別の方法」)", "「できない」"],
        ),
        (
            "One user can't open the file in the app but can still open it via the browser",
            "en",
            "C",
            true,
            &["workaround = true (phrase \"can still open it via the browser\")"],
            &["\"via the browser\""],
        ),
    ];
    for &(text, lang, severity, workaround, shown, never) in cases {
        let c: common::ClassifyJson = common::typed(&env.json(&["classify", text]));
        assert_eq!(
            (c.severity.as_deref(), c.facts.workaround),
            (Some(severity), workaround),
            "{text}"
        );
        let out = env.run(&["classify", "--lang", lang, text], 0);
        for line in shown {
            assert!(out.contains(line), "{text}: want {line} in\n{out}");
        }
        for bad in never {
            assert!(!out.contains(bad), "{text}: {bad} in\n{out}");
        }
    }
}

/// The rationale lines of `classify --json` for `text`, and its text output in `lang`.
fn rationale_of(env: &Env, text: &str, lang: &str) -> (Vec<RationaleLine>, String) {
    let v = env.json(&["classify", text]);
    let lines = v["rationale"]
        .as_array()
        .expect("rationale is a list")
        .iter()
        .map(|r| serde_json::from_value(r.clone()).expect("a rationale line"))
        .collect();
    let shown = env.run(&["classify", "--lang", lang, text], 0);
    (lines, shown)
}

/// SPEC 1.3 "why": the evidence quoted for a fact is the most explicit phrase that carries
/// it. A workaround named outright ("workaround", "回避策", "代わりに", "代替手段") or denied
/// outright ("no workaround", "回避策はありません") is quoted before the product or ability
/// word beside it ("OWA", "Web 版", "OWA でも同じです"), with the clause that states it
/// ("the workaround is to use OWA", "代わりにWeb版を使っている"); a Japanese ability word
/// ("できます", "使えています") is quoted with the clause that says where or how it works
/// ("OWA からは削除できます"), never alone, for the workaround and for the impaired (not
/// down) state it implies. The facts decided stay what they were.
#[test]
fn the_quoted_evidence_is_the_most_explicit_phrase_for_its_fact() {
    let env = Env::new();
    // (text, fact, value, phrase as matched, phrase as shown in the text output)
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        (
            "Outlook is slow but works, workaround: use OWA",
            "workaround",
            "true",
            "workaround",
            "\"workaround\"",
        ),
        (
            "Outlook won't open for anyone, the workaround is to use OWA",
            "workaround",
            "true",
            "the workaround is to use owa",
            "\"the workaround is to use OWA\"",
        ),
        (
            "Outlook crashes for one user; as a temporary workaround she can use Outlook on the web",
            "workaround",
            "true",
            "as a temporary workaround she can use outlook on the web",
            "\"as a temporary workaround she can use Outlook on the web\"",
        ),
        (
            "Mail is down for the whole sales team, same in OWA, there is no workaround",
            "workaround",
            "false",
            "no workaround",
            "\"no workaround\"",
        ),
        (
            "回避策として Web 版を使っていますが、デスクトップ版の Teams が起動しません。ユーザー1名です。",
            "workaround",
            "true",
            "回避策としてweb版を使っています",
            "「回避策として Web 版を使っています」",
        ),
        (
            "Outlookが開かない。代わりにWeb版を使っている",
            "workaround",
            "true",
            "代わりにweb版を使っている",
            "「代わりにWeb版を使っている」",
        ),
        (
            "Teams が落ちます。代替手段としてブラウザ版を使っています",
            "workaround",
            "true",
            "代替手段としてブラウザ版を使っています",
            "「代替手段としてブラウザ版を使っています」",
        ),
        (
            "経理のメンバー数名がメールを全く受信できません。OWAでも同じです。回避策はありません。",
            "workaround",
            "false",
            "回避策はありません",
            "「回避策はありません」",
        ),
        (
            "ユーザーがOutlookで連絡先を削除できません。OWAからは削除できます。",
            "workaround",
            "true",
            "owaからは削除できます",
            "「OWAからは削除できます」",
        ),
        (
            "新しいOutlookで1名が共有カレンダーを追加できませんが、従来のOutlookではできます。",
            "workaround",
            "true",
            "従来のoutlookではできます",
            "「従来のOutlookではできます」",
        ),
        (
            "全員Teamsにサインインできないが、ブラウザからはサインインできる",
            "service_state",
            "degraded",
            "ブラウザからはサインインできる",
            "「ブラウザからはサインインできる」",
        ),
        (
            "全員Teamsにサインインできないが、ブラウザからはサインインできる",
            "workaround",
            "true",
            "ブラウザからはサインインできる",
            "「ブラウザからはサインインできる」",
        ),
        (
            "Androidのモバイル版Teamsに1名だけサインインできません。PCでは使えているので急ぎません。",
            "service_state",
            "degraded",
            "pcでは使えている",
            "「PCでは使えている」",
        ),
    ];
    // Ability words that say nothing alone of what works or where.
    const BARE: [&str; 8] = [
        "できます",
        "できる",
        "できるので",
        "使えます",
        "使えている",
        "使えています",
        "問題なく",
        "開けています",
    ];
    for &(text, fact, value, phrase, shown) in cases {
        let lang = if text.is_ascii() { "en" } else { "ja" };
        let (lines, out) = rationale_of(&env, text, lang);
        for l in &lines {
            let p = l.phrase.as_deref().unwrap_or("");
            assert!(!BARE.contains(&p), "{text}: {l:?}");
        }
        let line = lines
            .iter()
            .find(|l| l.fact == fact)
            .unwrap_or_else(|| panic!("{text}: no {fact} in {lines:?}"));
        assert_eq!(
            (
                line.value.as_str(),
                line.by.as_str(),
                line.phrase.as_deref()
            ),
            (value, "phrase", Some(phrase)),
            "{text}"
        );
        assert!(out.contains(shown), "{text}: {out}");
    }
}

/// The rationale's quoted phrases for `text`.
fn quoted_phrases(env: &Env, text: &str) -> Vec<String> {
    let v = env.json(&["classify", text]);
    v["rationale"]
        .as_array()
        .expect("rationale is a list")
        .iter()
        .map(|r| serde_json::from_value::<RationaleLine>(r.clone()).expect("a rationale line"))
        .filter_map(|l| l.phrase)
        .collect()
}

/// SPEC 1.3 "why": a quoted phrase starts at a word's start, never inside a word as typed. A
/// Japanese phrase widened back over the kanji it follows goes on over the kana that begin
/// the same noun ("ごみ箱から戻せた", never "箱から戻せた"), and stops at a particle or at
/// the ending of the word before ("削除したファイル名から"); an English phrase is never one
/// found inside a longer word ("down" of "slowdown").
#[test]
fn a_quoted_phrase_starts_at_a_words_start() {
    let env = Env::new();
    let rest = "から戻せたので、業務はできています。ファイルが復元できませんでした。";
    for (lead, word) in [
        ("", "ごみ箱"),
        ("管理者が", "ごみ箱"),
        ("管理者が", "ひな形"),
        ("管理者が", "お客様"),
        ("管理者が", "ファイル名"),
        ("削除した", "ファイル名"),
    ] {
        let text = format!("{lead}{word}{rest}");
        let phrases = quoted_phrases(&env, &text);
        let want = format!("{word}から戻せた");
        assert!(phrases.contains(&want), "{text}: {phrases:?}");
        for p in &phrases {
            let at = text.find(p.as_str()).expect("a quote is typed text");
            let before = text[..at].chars().next_back();
            assert!(
                before.is_none_or(|c| "がたで。、".contains(c)),
                "{text}: {p:?} starts inside a word"
            );
        }
    }
    for text in [
        "After the planned slowdown, Outlook is down for all users.",
        "The countdown page errors: nobody can sign in to Teams since the breakdown.",
    ] {
        let phrases = quoted_phrases(&env, text);
        assert!(!phrases.is_empty(), "{text}");
        let lower = text.to_lowercase();
        for p in &phrases {
            let starts_a_word = lower.match_indices(p.as_str()).any(|(at, _)| {
                !lower[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            });
            assert!(starts_a_word, "{text}: {p:?} starts inside a word");
        }
    }
}

/// A workaround only an admin's tool allows reads as what it allows (SPEC 1.3, SPEC 10):
/// 「管理ツールでのみ可能」, never the unnatural 「管理者の手段のみ」, and the JSON fact stays false.
#[test]
fn an_admin_tools_workaround_reads_as_possible_only_with_admin_tools() {
    let env = Env::new();
    let text = "Teams の通話が一部のユーザーで途切れる。PowerShell からは設定できる";
    let out = env
        .cmd()
        .args(["classify", "--lang", "ja", text])
        .output()
        .unwrap();
    let ja = String::from_utf8(out.stdout).unwrap();
    assert!(
        ja.contains("回避策: 管理ツールでのみ可能 (語句「PowerShell からは設定できる」)"),
        "{ja}"
    );
    assert!(!ja.contains("管理者の手段"), "{ja}");
    #[derive(serde::Deserialize)]
    struct Facts {
        workaround: bool,
    }
    #[derive(serde::Deserialize)]
    struct Classified {
        facts: Facts,
    }
    let json: Classified = serde_json::from_value(env.json(&["classify", text])).unwrap();
    assert!(!json.facts.workaround);
}

/// SPEC 2: `classify [TEXT | --file F | -]` makes the text optional: with facts given and
/// no text, the facts decide (1.3), the others are defaulted and the rationale says which;
/// with neither, it is refused (exit 2).
#[test]
fn classify_without_text_classifies_from_the_facts_given() {
    #[derive(serde::Deserialize)]
    struct Why {
        fact: String,
        by: String,
    }
    #[derive(serde::Deserialize)]
    struct Out {
        severity: Option<String>,
        rationale: Vec<Why>,
    }
    let env = Env::new();
    for (flags, severity) in [
        (&["--impact", "down", "--users", "all"][..], "A"),
        (&["--impact", "working"], "C"),
        (&["--users", "single", "--workaround"], "C"),
        (&["--business-critical"], "B"),
    ] {
        let mut args = vec!["classify"];
        args.extend_from_slice(flags);
        let v = env.json(&args);
        let o: Out = serde_json::from_value(v).unwrap();
        assert_eq!(o.severity.as_deref(), Some(severity), "{flags:?}");
        assert!(o.rationale.iter().any(|w| w.by == "flag"), "{flags:?}");
        assert!(
            o.rationale.iter().any(|w| w.fact == "workaround"
                || w.fact == "affected"
                || w.fact == "service_state"),
            "{flags:?}"
        );
    }
    let err = env.fail(&["classify"], 2);
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// SPEC 1.3 "Negations count": a state or quantity under a denial ("it is not the case that
/// … is down", "isn't down for everyone", 「ダウンしているわけではありません」) sets no fact, an
/// explicit count after "not all" says how many, and those said to work with an exception
/// leave the exception affected.
#[test]
fn a_denial_sets_no_fact_it_denies() {
    let env = Env::new();
    for (text, severity, state, affected) in [
        (
            "ダウンしているわけではありません。設定方法の質問です",
            "C",
            "working",
            "single",
        ),
        (
            "It is not the case that Exchange is down; I just want to know how to add an alias",
            "C",
            "working",
            "single",
        ),
        (
            "停止しているわけではなく、エイリアスの追加方法を教えてほしい",
            "C",
            "working",
            "single",
        ),
        (
            "Not all users are affected; only one mailbox cannot receive mail",
            "B",
            "down",
            "single",
        ),
        (
            "Exchange isn't down for everyone, only for one user who can use OWA",
            "C",
            "degraded",
            "single",
        ),
        (
            "The service is not down; one user asks how to add a shared mailbox",
            "C",
            "working",
            "single",
        ),
        (
            "Everyone can send mail except one user, who can use OWA",
            "C",
            "degraded",
            "single",
        ),
    ] {
        let c: common::ClassifyJson = common::typed(&env.json(&["classify", text]));
        assert_eq!(
            (
                c.severity.as_deref(),
                c.facts.service_state.as_str(),
                c.facts.affected.as_str()
            ),
            (Some(severity), state, affected),
            "{text}: {:?}",
            c.rationale
        );
    }
}
