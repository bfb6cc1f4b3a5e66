//! The clauses of Microsoft's support service description, pinned one test per clause
//! through the binary. Test names start with `clause_NN_`, NN being the clause's number in
//! the table of clauses; docs/traceability.md maps every clause to its tests.

mod common;
use common::Env;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Facts {
    service_state: String,
}

#[derive(Debug, Deserialize)]
struct Classified {
    severity: Option<String>,
    scope: String,
    referral: Option<String>,
    facts: Facts,
    tier: String,
    availability: String,
    notes: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Tier {
    name: String,
    plans: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct RulesJson {
    next_day: String,
    notes: Vec<String>,
    tiers: Vec<Tier>,
}

#[derive(Debug, Deserialize)]
struct Opened {
    id: i64,
    severity: Option<String>,
    scope: String,
    response_due: Option<String>,
    sla_state: String,
}

fn classify(env: &Env, text: &str) -> Classified {
    serde_json::from_value(env.json(&["classify", text])).unwrap()
}

/// Out of scope: `classify` names the scope and its referral word for word; `open` is
/// refused (exit 4) with that referral, records nothing, and records it with --force.
fn referred(text: &str, scope: &str, referral: &str) {
    let env = Env::new();
    let c = classify(&env, text);
    assert_eq!(c.scope, scope, "{text}");
    assert_eq!(c.referral.as_deref(), Some(referral), "{text}");
    let err = env.fail(&["open", "--title", text], 4);
    assert!(
        err.contains(scope) && err.contains(referral) && err.contains("--force"),
        "{err}"
    );
    assert!(!env.db().exists() || env.count() == 0, "nothing recorded");
    let r: Opened =
        serde_json::from_value(env.json(&["open", "--title", text, "--force"])).unwrap();
    assert_eq!(r.scope, scope);
    assert!(!r.sla_state.is_empty());
}

#[test]
fn clause_05_customer_network_is_referred_to_the_network_team() {
    referred(
        "Teams calls drop only inside our corporate network; everything works from home, we suspect the firewall",
        "customer-network",
        "the customer's own network team, or Microsoft's networking support",
    );
}

#[test]
fn clause_16_third_party_add_ins_are_referred_to_the_community() {
    referred(
        "The third-party CRM add-in from our vendor crashes Outlook for the sales team",
        "third-party",
        "the Microsoft Community (answers.microsoft.com)",
    );
}

#[test]
fn clause_52_development_is_referred_to_developer_channels() {
    referred(
        "Our in-house app gets 403 from the Graph API when it reads calendars",
        "development",
        "developer channels (Microsoft developer docs, community forums, Premier/partner support)",
    );
}

#[test]
fn clause_53_scripts_are_referred_to_the_general_help_site() {
    referred(
        "Our VBA macro that fills an Excel sheet from a shared mailbox stopped working",
        "scripting",
        "Microsoft's general help site (support.microsoft.com)",
    );
}

both_backends! {
#[test]
fn clause_54_office_app_usage_is_referred_to_office_app_support() {
    let referral = "the support options for Microsoft Office application issues for Office 365 subscribers (support.office.com)";
    referred(
        "How do I build a pivot table with a running total in Excel?",
        "office-apps",
        referral,
    );
    referred(
        "Wordで目次を自動で作成する方法を教えてください",
        "office-apps",
        referral,
    );
    // A fault in an Office app is technical work (installation, setup, general use).
    let env = Env::new();
    let c = classify(
        &env,
        "Excel crashes for several users whenever they open a workbook with a pivot table",
    );
    assert_eq!((c.scope.as_str(), c.referral), ("in-scope", None));
}
}

#[test]
fn clause_55_volume_licensing_keys_are_referred_to_the_vlsc() {
    let referral = "the Volume Licensing Service Center (microsoft.com/licensing/servicecenter) for licences and product keys";
    referred(
        "ボリューム ライセンス サービス センターでプロダクト キーを確認したい",
        "volume-licensing",
        referral,
    );
    referred(
        "Where do we find the MAK keys for the Office LTSC licences we bought under our volume licensing agreement?",
        "volume-licensing",
        referral,
    );
    // Office asking for a key after installation is an activation problem: in scope.
    let env = Env::new();
    let c = classify(
        &env,
        "Microsoft 365 Apps keeps asking for a product key on one user's new laptop",
    );
    assert_eq!(c.scope, "in-scope");
}

#[test]
fn clause_26_gov_g2_and_education_plans_are_in_the_enterprise_tier() {
    let env = Env::new();
    let r: RulesJson = serde_json::from_value(env.json(&["rules"])).unwrap();
    let enterprise = r.tiers.iter().find(|t| t.name == "enterprise").unwrap();
    for plan in ["e1", "e3", "gov-g2", "gov-e3", "a1", "a3", "a5"] {
        assert!(enterprise.plans.iter().any(|p| p == plan), "{plan}");
    }
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains("Office 365 for education")),
        "{:?}",
        r.notes
    );
    let c: Classified = serde_json::from_value(env.json(&[
        "classify",
        "Outlook shows a wrong label on the Send button",
        "--plan",
        "gov-g2",
    ]))
    .unwrap();
    assert_eq!(c.tier, "enterprise");
    let text = env.run(&["rules"], 0);
    assert!(text.contains("June 2021 revision"), "{text}");
}

#[test]
fn clause_32_footnote_1_business_plans_get_business_hours_for_non_critical_issues() {
    let env = Env::with_config("plan = \"business-standard\"\n");
    let c = classify(
        &env,
        "The Send button in Outlook shows garbled text for one user",
    );
    assert_eq!(
        (
            c.severity.as_deref(),
            c.tier.as_str(),
            c.availability.as_str()
        ),
        (Some("B"), "business", "business-hours")
    );
    assert!(
        c.notes.iter().any(|n| n.starts_with(
            "Business plans include business-hours support for all non-critical issues"
        )),
        "{:?}",
        c.notes
    );
    let text = env.run(&["rules"], 0);
    assert!(
        text.contains("footnote 1: Business plans include business-hours support"),
        "{text}"
    );
}

#[test]
fn clause_33_footnote_2_enterprise_plans_get_24x7_phone_support_for_all_issues() {
    let env = Env::with_config("plan = \"f3\"\n");
    let c = classify(
        &env,
        "The Send button in Outlook shows garbled text for one user",
    );
    assert_eq!(c.tier, "frontline");
    assert!(
        c.notes
            .iter()
            .any(|n| n
                == "Enterprise plans include 24x7 phone support from Microsoft for all issues."),
        "{:?}",
        c.notes
    );
    assert!(
        env.run(&["rules"], 0)
            .contains("footnote 2: Enterprise plans include 24x7 phone support")
    );
}

#[test]
fn clause_35_footnote_4_24x7_means_in_most_countries_and_regions() {
    let env = Env::new();
    let four = "Calls and service requests are handled 24x7 in most countries and regions.";
    let c = classify(&env, "Nobody in the company can sign in to Microsoft 365");
    assert_eq!(
        (c.severity.as_deref(), c.availability.as_str()),
        (Some("A"), "24x7")
    );
    assert!(c.notes.iter().any(|n| n == four), "{:?}", c.notes);
    // Business hours: the footnote does not apply.
    let env = Env::with_config("plan = \"business-basic\"\n");
    let c = classify(&env, "How do I set a user's password never to expire?");
    assert_eq!(c.availability, "business-hours");
    assert!(!c.notes.iter().any(|n| n == four), "{:?}", c.notes);
    let r: RulesJson = serde_json::from_value(env.json(&["rules"])).unwrap();
    assert!(r.notes.iter().any(|n| n == four));
}

#[test]
fn clause_37_support_languages_are_stated_by_rules() {
    let env = Env::new();
    let text = env.run(&["rules"], 0);
    assert!(
        text.contains("Depending on location and language, support engineers are available during business hours in most regions, and 24x7 in some"),
        "{text}"
    );
}

both_backends! {
#[test]
fn clause_44_a_how_to_question_gets_a_self_service_hint_not_a_refusal() {
    let env = Env::new();
    let out = env
        .cmd()
        .args([
            "open",
            "--json",
            "--title",
            "How do I set a user's password never to expire?",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("hint:") && stderr.contains("self-service"),
        "{stderr}"
    );
    let r: Opened = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r.severity.as_deref(), Some("C"));
    assert_eq!(env.count(), 1, "recorded");
    let c = classify(&env, "How do I set a user's password never to expire?");
    assert_eq!(c.facts.service_state, "working");
    // A fault is not a how-to question: no hint.
    let out = env
        .cmd()
        .args([
            "open",
            "--title",
            "One user cannot delete a contact in Outlook",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        !String::from_utf8(out.stderr)
            .unwrap()
            .contains("self-service")
    );
}
}

both_backends! {
#[test]
fn clause_50_professional_direct_outside_us_ca_gb_is_warned() {
    let config = "support_option = \"professional-direct\"\ncountry = \"JP\"\n[tenants.contoso-us]\ncountry = \"us\"\n";
    let env = Env::with_config(config);
    let out = env
        .cmd()
        .args(["open", "-q", "--title", "Outlook send button garbled"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("warning:")
            && stderr.contains("Professional Direct")
            && stderr.contains("JP"),
        "{stderr}"
    );
    // Still filed in the elevated tier: a warning, not a refusal.
    assert_eq!(env.count(), 1);
    let out = env
        .cmd()
        .args([
            "open",
            "-q",
            "--tenant",
            "contoso-us",
            "--title",
            "Outlook send button garbled",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        !String::from_utf8(out.stderr)
            .unwrap()
            .contains("Professional Direct")
    );
    let rules = env.cmd().args(["rules"]).output().unwrap();
    assert!(
        String::from_utf8(rules.stderr)
            .unwrap()
            .contains("Professional Direct")
    );
    // A country must be an ISO 3166-1 alpha-2 code.
    let env = Env::with_config("country = \"UK\"\n");
    let err = env.fail(&["rules"], 2);
    assert!(err.contains("country") && err.contains("GB"), "{err}");
}
}

fn next_day_env(reading: Option<&str>) -> Env {
    let mut rules =
        svcreq::rules::file::DEFAULT_RULES.replace("next_day = \"end-of-next-day\"\n", "");
    if let Some(r) = reading {
        rules = format!("next_day = \"{r}\"\n{rules}");
    }
    let env = Env::with_config("rules_file = \"r.toml\"\ntimezone = \"Asia/Tokyo\"\n");
    std::fs::write(env.path("r.toml"), rules).unwrap();
    env
}

/// Opened Friday 2026-11-20 10:00 JST as severity B on e3 (a next-day target): its due time.
fn next_day_due(env: &Env) -> String {
    let r: Opened = serde_json::from_value(env.json(&[
        "open",
        "--title",
        "Outlook send button garbled",
        "--severity",
        "B",
        "--opened-at",
        "2026-11-20T10:00:00+09:00",
    ]))
    .unwrap();
    assert!(r.id > 0);
    r.response_due.unwrap()
}

both_backends! {
#[test]
fn clause_30_next_day_rule_defaults_to_the_end_of_the_next_local_day() {
    let env = next_day_env(None);
    assert_eq!(next_day_due(&env), "2026-11-21T14:59:59Z");
    let r: RulesJson = serde_json::from_value(env.json(&["rules"])).unwrap();
    assert_eq!(r.next_day, "end-of-next-day");
    assert!(
        env.run(&["rules"], 0)
            .contains("next_day = \"end-of-next-day\"")
    );
    let explain = env.run(&["sla", "--explain", "--fail-on", "never"], 0);
    assert!(
        explain.contains("next day (by 23:59:59 of the next day)")
            && explain.contains("Sat 2026-11-21 23:59:59 JST"),
        "{explain}"
    );
}
}

both_backends! {
#[test]
fn clause_30_next_day_rule_24h() {
    let env = next_day_env(Some("24h"));
    assert_eq!(next_day_due(&env), "2026-11-21T01:00:00Z");
    let explain = env.run(&["sla", "--explain", "--fail-on", "never"], 0);
    assert!(
        explain.contains("next day (within 24 hours of the start)"),
        "{explain}"
    );
    let r: RulesJson = serde_json::from_value(env.json(&["rules"])).unwrap();
    assert_eq!(r.next_day, "24h");
}
}

both_backends! {
#[test]
fn clause_30_next_day_rule_end_of_next_business_day() {
    // Friday → the next business day is Monday; business hours close at 17:00 JST.
    let env = next_day_env(Some("end-of-next-business-day"));
    assert_eq!(next_day_due(&env), "2026-11-23T08:00:00Z");
    let explain = env.run(&["sla", "--explain", "--fail-on", "never"], 0);
    assert!(
        explain.contains("next day (by the close of the next business day)")
            && explain.contains("Mon 2026-11-23 17:00:00 JST"),
        "{explain}"
    );
}
}

both_backends! {
/// SPEC 4, 10: `show`'s "due because" line (and `sla --explain`, which says the same) says
/// how the rules read a next-day target in words, in English as in Japanese ("next day (by
/// 23:59:59 of the next day)", 「翌日 (23:59:59 まで)」), for each reading: never the setting
/// itself (`next_day = "end-of-next-day"`), which only `rules` shows. Pinned in both languages.
#[test]
fn the_due_because_line_says_the_next_day_reading_in_words() {
    let mut pinned = Vec::new();
    for reading in ["end-of-next-day", "24h", "end-of-next-business-day"] {
        let env = next_day_env(Some(reading));
        next_day_due(&env);
        for (lang, label) in [("en", "due because"), ("ja", "期限の根拠")] {
            let show = env.run(&["--lang", lang, "show", "1"], 0);
            let row = show
                .lines()
                .find(|l| l.contains(label))
                .unwrap_or_else(|| panic!("{lang} {reading}: no basis in\n{show}"));
            let line = row.split('┆').nth(1).unwrap().trim_end_matches(['│', ' ']).trim();
            assert!(
                !line.contains("next_day") && !line.contains(&format!("\"{reading}\"")),
                "{lang} {reading}: {line}"
            );
            pinned.push(format!("{lang} {reading}: {line}"));
        }
        let explain = env.run(&["sla", "--explain", "--fail-on", "never"], 0);
        assert!(!explain.contains("next_day"), "{explain}");
    }
    insta::assert_snapshot!("next_day_reading_in_words", pinned.join("\n"));
}
}

#[test]
fn clause_30_an_unknown_next_day_reading_is_refused_with_its_line() {
    let env = next_day_env(Some("tomorrow"));
    let err = env.fail(&["rules"], 2);
    assert!(
        err.contains("r.toml:1:") && err.contains("end-of-next-business-day"),
        "{err}"
    );
    let check = env.fail(
        &["rules", "--check", env.path("r.toml").to_str().unwrap()],
        2,
    );
    assert!(check.contains("next_day"), "{check}");
}

#[derive(Debug, Deserialize)]
struct Filed {
    id: i64,
    category: String,
    channel: String,
    status: String,
}

both_backends! {
#[test]
fn clause_02_requests_are_filed_online_or_by_phone() {
    let env = Env::new();
    for channel in ["online", "phone"] {
        let r: Filed = serde_json::from_value(env.json(&[
            "open",
            "--title",
            "Outlook send button garbled for one user",
            "--channel",
            channel,
        ]))
        .unwrap();
        assert_eq!((r.channel.as_str(), r.status.as_str()), (channel, "open"));
    }
    let err = env.fail(
        &[
            "open",
            "--title",
            "Outlook send button garbled",
            "--channel",
            "fax",
        ],
        2,
    );
    assert!(err.contains("online") && err.contains("phone"), "{err}");
}
}

both_backends! {
#[test]
fn clause_11_billing_uses_the_same_request_process_online_and_by_phone() {
    let env = Env::new();
    for channel in ["online", "phone"] {
        let r: Filed = serde_json::from_value(env.json(&[
            "open",
            "--title",
            "We were charged twice on this month's invoice",
            "--channel",
            channel,
        ]))
        .unwrap();
        assert_eq!(
            (r.category.as_str(), r.channel.as_str()),
            ("billing", channel)
        );
        let shown: Filed = serde_json::from_value(env.json(&["show", &r.id.to_string()])).unwrap();
        assert_eq!(shown.category, "billing");
    }
}
}

#[test]
fn clause_41_every_admin_role_is_an_admin_for_service_requests() {
    let mut config = String::new();
    for (name, role) in [
        ("gina", "global"),
        ("sam", "service-support"),
        ("hana", "helpdesk"),
        ("bill", "billing"),
    ] {
        config.push_str(&format!(
            "[[admins]]\nname = \"{name}\"\nrole = \"{role}\"\n"
        ));
    }
    let env = Env::with_config(&config);
    for name in ["gina", "sam", "hana", "bill"] {
        let id = env.open(&["--as", name, "--title", "Outlook send button garbled"]);
        assert!(id > 0, "{name}");
    }
    // A reader is not an admin for filing.
    let err = env.fail(
        &[
            "open",
            "--as",
            "rita",
            "--title",
            "Outlook send button garbled",
        ],
        4,
    );
    assert!(err.contains("rita"), "{err}");
}
