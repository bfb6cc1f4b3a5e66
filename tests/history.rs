//! SPEC 6 on every write path: nothing happens in the future, a history is ordered, times
//! are representable, out of scope means no commitment, and what the user states beats the
//! classifier.

#[macro_use]
mod common;
use common::Env;
use serde::Deserialize;

const TOKYO: &str = "timezone = \"Asia/Tokyo\"\nplan = \"e3\"\n";
const NOW: &str = "2026-12-03 12:00";

/// The fields of a request these tests read; a renamed field fails to parse.
#[derive(Debug, Deserialize)]
struct Req {
    id: i64,
    category: String,
    severity: Option<String>,
    scope: String,
    response_target: String,
    response_due: Option<String>,
    sla_state: String,
    cycle_started_at: String,
    reopen_count: i64,
}

fn req(v: serde_json::Value) -> Req {
    serde_json::from_value(v).unwrap()
}

fn run(env: &Env, now: &str, args: &[&str]) -> (i32, String, String) {
    let out = env.at(now).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn refused_as_usage(env: &Env, now: &str, args: &[&str], needle: &str) -> String {
    let (code, stdout, stderr) = run(env, now, args);
    assert_eq!(code, 2, "{args:?}: {stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains(needle), "{args:?}: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    stderr
}

fn open_b(env: &Env, opened_at: &str) -> i64 {
    let (code, out, err) = run(
        env,
        NOW,
        &[
            "open",
            "-q",
            "--title",
            "EAC cannot set forwarding",
            "--severity",
            "B",
            "--opened-at",
            opened_at,
        ],
    );
    assert_eq!(code, 0, "{err}");
    out.trim().parse().unwrap()
}

both_backends! {
#[test]
fn nothing_happens_in_the_future() {
    let env = Env::with_config(TOKYO);
    let id = open_b(&env, "2026-12-03 09:00").to_string();
    for args in [
        vec!["respond", &id, "--at", "2026-12-25 10:00"],
        vec!["close", &id, "--at", "2027-05-01"],
        vec![
            "open",
            "--title",
            "x",
            "--severity",
            "B",
            "--opened-at",
            "2027-01-01",
        ],
        vec!["respond", &id, "--at", "2026-12-03T03:00:01Z"],
    ] {
        let e = refused_as_usage(&env, NOW, &args, "is after now");
        assert!(e.contains("JST"), "times in the tenant's zone: {e}");
        // SPEC 6 words the refusal: "… is after now (…); check the date".
        assert!(e.trim_end().ends_with("; check the date"), "{e}");
    }
    // Exactly now is not the future.
    let (code, _, err) = run(&env, NOW, &["respond", &id, "--at", NOW]);
    assert_eq!(code, 0, "{err}");
}
}

both_backends! {
#[test]
fn a_history_is_ordered() {
    let env = Env::with_config(TOKYO);
    let id = open_b(&env, "2026-12-03 09:00").to_string();
    // Before the opening.
    refused_as_usage(
        &env,
        NOW,
        &["respond", &id, "--at", "2026-12-03 08:59"],
        "before the request's latest recorded action",
    );
    assert_eq!(
        run(&env, NOW, &["respond", &id, "--at", "2026-12-03 10:30"]).0,
        0
    );
    // A close before the response, naming both local times.
    let e = refused_as_usage(
        &env,
        NOW,
        &["close", &id, "--at", "2026-12-03 10:10"],
        "first response",
    );
    assert!(
        e.contains("10:10:00 JST") && e.contains("10:30:00 JST"),
        "{e}"
    );
    assert_eq!(
        run(&env, NOW, &["close", &id, "--at", "2026-12-03 11:30"]).0,
        0
    );
    // A reopen before the close.
    let e = refused_as_usage(
        &env,
        NOW,
        &["reopen", &id, "--at", "2026-12-03 11:00"],
        "closed",
    );
    assert!(e.contains("11:30:00 JST"), "{e}");
    // A reopen after it starts the new cycle at its own time.
    let (code, out, err) = run(
        &env,
        NOW,
        &["reopen", &id, "--at", "2026-12-03 11:45", "--json"],
    );
    assert_eq!(code, 0, "{err}");
    let r = req(serde_json::from_str(&out).unwrap());
    assert_eq!(r.cycle_started_at, "2026-12-03T02:45:00Z");
    assert_eq!(r.reopen_count, 1);
}
}

both_backends! {
/// SPEC 6: an action recorded at the present (no `--at`) that would come before the latest
/// recorded action names where its time came from, `--now`, not an option that was not given.
#[test]
fn a_refused_time_names_the_option_it_came_from() {
    let env = Env::with_config(TOKYO);
    let id = open_b(&env, "2026-12-03 09:00").to_string();
    assert_eq!(
        run(&env, NOW, &["respond", &id, "--at", "2026-12-03 10:30"]).0,
        0
    );
    for args in [
        vec!["update", &id, "--owner", "Aiko"],
        vec!["note", &id, "collecting logs"],
        vec!["close", &id],
        vec!["redact", &id, "--contact"],
    ] {
        let e = refused_as_usage(
            &env,
            "2026-12-03 10:10",
            &args,
            "before the request's latest recorded action",
        );
        assert!(e.starts_with("svcreq: --now 2026-12-03 10:10:00 JST"), "{e}");
        assert!(!e.contains("--at"), "{e}");
    }
    let e = refused_as_usage(
        &env,
        NOW,
        &["close", &id, "--at", "2026-12-03 10:10"],
        "before the request's latest recorded action",
    );
    assert!(e.contains("--at"), "{e}");
}
}

both_backends! {
/// SPEC 6: an action recorded at the present (no `--now`) takes the clock once its write
/// holds the lock, so writers queued on one request record their actions in the order they
/// commit: none is refused as "before the latest recorded action" because another writer
/// committed while it waited, and none is lost.
#[test]
fn writers_queued_on_one_request_record_their_actions_in_the_order_they_commit() {
    let env = Env::with_config(TOKYO);
    let id = open_b(&env, "2026-11-24 09:00").to_string();
    let (writers, per) = (4, 30);
    let workers: Vec<_> = (0..writers)
        .map(|w| {
            let notes: Vec<std::process::Command> = (0..per)
                .map(|i| {
                    let mut c = env.bare_std();
                    c.arg("--db")
                        .arg(env.db())
                        .arg("--config")
                        .arg(env.path("c.toml"))
                        .args(["note", &id, &format!("w{w}-{i}")]);
                    c
                })
                .collect();
            std::thread::spawn(move || {
                notes
                    .into_iter()
                    .filter_map(|mut c| {
                        let out = c.output().unwrap();
                        (!out.status.success())
                            .then(|| String::from_utf8_lossy(&out.stderr).into_owned())
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let failed: Vec<String> = workers
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    assert!(failed.is_empty(), "{failed:#?}");
    #[derive(serde::Deserialize)]
    struct Shown {
        events: Vec<ShownEvent>,
    }
    #[derive(serde::Deserialize)]
    struct ShownEvent {
        kind: String,
    }
    // Read at the present, as the notes were written.
    let out = env
        .bare()
        .arg("--db")
        .arg(env.db())
        .arg("--config")
        .arg(env.path("c.toml"))
        .args(["show", &id, "--json"])
        .output()
        .unwrap();
    let shown: Shown = serde_json::from_slice(&out.stdout).unwrap();
    let notes = shown.events.iter().filter(|e| e.kind == "note").count();
    assert_eq!(notes, writers * per);
}
}

both_backends! {
#[test]
fn a_reopen_is_judged_at_its_own_time() {
    let env = Env::with_config(TOKYO);
    let id = open_b(&env, "2026-11-01 09:00").to_string();
    assert_eq!(
        run(&env, NOW, &["close", &id, "--at", "2026-11-10 09:00"]).0,
        0
    );
    // 14 days after the close is 2026-11-24 09:00 JST: a reopen recorded at 09:00 that day is
    // in the window even though "now" is weeks later.
    let (code, _, err) = run(&env, NOW, &["reopen", &id, "--at", "2026-11-24 09:00"]);
    assert_eq!(code, 0, "{err}");
}
}

both_backends! {
#[test]
fn representable_times_years_0001_to_9999() {
    let env = Env::with_config(TOKYO);
    // A next-day target from 9999-12-31 would fall in the year 10000.
    let e = refused_as_usage(
        &env,
        "9999-12-31T12:00:00Z",
        &[
            "open",
            "--title",
            "EAC cannot set forwarding",
            "--severity",
            "B",
            "--opened-at",
            "9999-12-31T10:00:00Z",
        ],
        "9999",
    );
    assert!(!e.contains("+10000"), "{e}");
    assert!(!env.db().exists() || env.count() == 0);
    // A close whose 14-day reopen window would end in the year 10000 is taken, its deadline
    // the last second (a bound, clipped); a reopen whose new cycle would be due in the year
    // 10000 is refused (a stored due time).
    let late = "9999-12-31T23:00:00Z";
    let (code, out, err) = run(
        &env,
        late,
        &[
            "open",
            "-q",
            "--title",
            "EAC cannot set forwarding",
            "--severity",
            "A",
            "--opened-at",
            "9999-12-25T10:00:00Z",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let near_end = out.trim().to_string();
    let (code, _, err) = run(
        &env,
        late,
        &["close", &near_end, "--at", "9999-12-25T10:30:00Z"],
    );
    assert_eq!(code, 0, "{err}");
    refused_as_usage(&env, late, &["reopen", &near_end, "--at", late], "9999");
}
}

both_backends! {
#[test]
fn out_of_scope_means_no_commitment() {
    let env = Env::with_config(TOKYO);
    let (code, out, err) = run(
        &env,
        "2026-12-10 12:00",
        &[
            "open",
            "--title",
            "ExcelのVBAマクロが動かない",
            "--impact",
            "down",
            "--users",
            "all",
            "--force",
            "--opened-at",
            "2026-12-01 09:00",
            "--json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let r = req(serde_json::from_str(&out).unwrap());
    assert_eq!(r.scope, "scripting");
    assert_eq!(r.response_target, "none");
    assert_eq!(r.response_due, None);
    assert_eq!(r.sla_state, "no-target");
    // Days later it still fails no CI job.
    let (code, _, err) = run(&env, "2026-12-10 12:00", &["sla", "--fail-on", "at-risk"]);
    assert_eq!(code, 0, "{err}");
}
}

both_backends! {
#[test]
fn presales_and_billing_take_no_severity_on_reopen() {
    let env = Env::with_config(TOKYO);
    let (code, out, _) = run(
        &env,
        NOW,
        &[
            "open",
            "-q",
            "--title",
            "Pricing for E5",
            "--category",
            "presales",
            "--opened-at",
            "2026-12-01 09:00",
        ],
    );
    assert_eq!(code, 0);
    let id = out.trim().to_string();
    assert_eq!(
        run(&env, NOW, &["close", &id, "--at", "2026-12-02 09:00"]).0,
        0
    );
    refused_as_usage(
        &env,
        NOW,
        &["reopen", &id, "--severity", "A"],
        "no severity",
    );
}
}

both_backends! {
#[test]
fn an_explicit_choice_beats_the_classifier() {
    let env = Env::with_config(TOKYO);
    let (code, out, err) = run(
        &env,
        NOW,
        &[
            "open",
            "--title",
            "Quote \"x\"",
            "--severity",
            "B",
            "--json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let r = req(serde_json::from_str(&out).unwrap());
    assert_eq!(
        (r.category.as_str(), r.severity.as_deref()),
        ("technical", Some("B"))
    );
    assert!(r.id > 0);
}
}

/// A small deterministic generator (xorshift), so a failing history can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// One action of a generated history: the arguments and the time it happens (UTC seconds).
fn generated_history(seed: u64) -> Vec<(i64, Vec<String>)> {
    let mut rng = Rng(seed);
    let base = chrono::DateTime::parse_from_rfc3339("2026-11-02T00:00:00Z")
        .unwrap()
        .timestamp();
    let mut actions: Vec<(i64, Vec<String>)> = Vec::new();
    let mut t = base;
    // Requests are filed in order; each then gets a random walk of respond/close/reopen.
    let mut ids = 0;
    for _ in 0..8 {
        t += 600 + rng.below(6 * 3600) as i64;
        ids += 1;
        let sev = ["A", "B", "C"][rng.below(3) as usize];
        actions.push((
            t,
            vec![
                "open".into(),
                "--title".into(),
                format!("req {ids}"),
                "--severity".into(),
                sev.into(),
            ],
        ));
        let mut at = t;
        let mut open = true;
        let mut answered = false;
        for _ in 0..rng.below(6) {
            at += 60 + rng.below(30 * 3600) as i64;
            let id = ids.to_string();
            let step: Vec<String> = match (open, answered, rng.below(3)) {
                // Severity changes (re-targeting an unanswered cycle) and notes (SPEC 7).
                (true, _, _) if rng.below(4) == 0 => {
                    let sev = ["A", "B", "C"][rng.below(3) as usize];
                    vec!["update".into(), id, "--severity".into(), sev.into()]
                }
                (_, _, _) if rng.below(6) == 0 => vec!["note".into(), id, "an update".into()],
                (true, false, 0) => {
                    answered = true;
                    vec!["respond".into(), id]
                }
                (true, _, _) => {
                    open = false;
                    vec!["close".into(), id]
                }
                (false, _, 0) => {
                    open = true;
                    answered = false;
                    let mut v = vec!["reopen".into(), id];
                    if rng.below(2) == 0 {
                        v.extend(["--severity".into(), "A".into()]);
                    }
                    v
                }
                _ => continue,
            };
            actions.push((at, step));
        }
    }
    actions.sort_by_key(|(at, _)| *at);
    actions
}

fn rfc3339(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0)
        .unwrap()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn replay(env: &Env, actions: &[(i64, Vec<String>)]) {
    for (at, args) in actions {
        let now = rfc3339(*at);
        let out = env.at(&now).args(args).arg("-q").output().unwrap();
        // A reopen outside its window is refused (exit 4), and a severity change to the
        // severity the request already has is refused (exit 2): the same in both ledgers.
        assert!(
            matches!(out.status.code(), Some(0 | 2 | 4)),
            "{args:?} at {now}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

both_backends! {
#[test]
fn now_is_a_point_in_time_view_equal_to_the_ledger_truncated_there() {
    for seed in [7, 1234, 99991, 4242] {
        let actions = generated_history(seed);
        let full = Env::with_config(TOKYO);
        replay(&full, &actions);
        let first = actions.first().unwrap().0;
        let last = actions.last().unwrap().0;
        for k in 1..=4 {
            let t = first + (last - first) * k / 5;
            let cut = Env::with_config(TOKYO);
            let before: Vec<_> = actions.iter().filter(|(at, _)| *at <= t).cloned().collect();
            replay(&cut, &before);
            let now = rfc3339(t);
            for args in [
                vec![
                    "list", "--status", "all", "--search", "update", "--format", "ids",
                ],
                vec!["list", "--reopen-ends-within", "14d", "--format", "ids"],
                vec!["show", "1", "--json"],
                vec!["show", "3", "--json"],
                vec!["sla", "--all", "--json", "--fail-on", "never"],
                vec!["sla", "--fail-on", "never"],
                vec!["list", "--status", "all", "--json"],
                vec!["list"],
            ] {
                let a = full.at(&now).args(&args).output().unwrap();
                let b = cut.at(&now).args(&args).output().unwrap();
                assert_eq!(
                    String::from_utf8_lossy(&a.stdout),
                    String::from_utf8_lossy(&b.stdout),
                    "seed {seed}, {args:?} at {now}"
                );
                assert_eq!(a.status.code(), b.status.code());
            }
        }
    }
}
}

both_backends! {
#[test]
fn now_hides_requests_opened_later_and_responses_recorded_later() {
    let env = Env::with_config(TOKYO);
    let a = open_b(&env, "2026-12-01 09:00").to_string();
    assert_eq!(
        run(&env, NOW, &["respond", &a, "--at", "2026-12-03 11:00"]).0,
        0
    );
    open_b(&env, "2026-12-02 09:00");
    // At 2026-12-01 20:00 JST only the first request exists, unanswered and pending.
    let (code, out, err) = run(&env, "2026-12-01 20:00", &["sla", "--json"]);
    assert_eq!(code, 0, "{err}");
    #[derive(Deserialize)]
    struct Report {
        requests: Vec<Req>,
    }
    let r: Report = serde_json::from_str(&out).unwrap();
    assert_eq!(r.requests.len(), 1);
    assert_eq!(r.requests[0].sla_state, "pending");
    let (_, table, _) = run(&env, "2026-12-01 20:00", &["sla"]);
    assert!(!table.contains("answered late"), "{table}");
    // show of the later request at that time: it does not exist yet.
    assert_eq!(run(&env, "2026-12-01 20:00", &["show", "2"]).0, 5);
}
}

both_backends! {
/// SPEC 7: search reaches every text a history holds — a response's note, a reopen reason
/// and an earlier cycle's resolution as well as notes.
#[test]
fn search_finds_response_notes_reopen_reasons_and_earlier_resolutions() {
    let env = Env::with_config(TOKYO);
    let id = open_b(&env, "2026-12-01 09:00").to_string();
    for args in [
        vec![
            "respond",
            &id,
            "--at",
            "2026-12-01 10:00",
            "--note",
            "エンジニアから電話",
        ],
        vec![
            "close",
            &id,
            "--at",
            "2026-12-01 11:00",
            "--resolution",
            "再起動で解決",
        ],
        vec![
            "reopen",
            &id,
            "--at",
            "2026-12-01 12:00",
            "--reason",
            "再発 recurred",
        ],
        vec![
            "close",
            &id,
            "--at",
            "2026-12-02 11:00",
            "--resolution",
            "done again",
        ],
    ] {
        let (code, _, err) = run(&env, NOW, &args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    for q in [
        "電話",
        "再起動",
        "recurred",
        "再発",
        "ＲＥＣＵＲＲＥＤ",
        "done again",
    ] {
        let (code, out, err) = run(
            &env,
            NOW,
            &["list", "--status", "all", "--search", q, "--format", "ids"],
        );
        assert_eq!(code, 0, "{err}");
        assert_eq!(out.trim(), id, "search {q}");
    }
    // redact --notes reaches the response note and the reopen reason too.
    let (code, _, err) = run(&env, NOW, &["redact", &id, "--notes"]);
    assert_eq!(code, 0, "{err}");
    let (_, shown, _) = run(&env, NOW, &["show", &id, "--json"]);
    assert!(
        !shown.contains("電話") && !shown.contains("recurred"),
        "{shown}"
    );
    let (_, found, _) = run(
        &env,
        NOW,
        &[
            "list", "--status", "all", "--search", "電話", "--format", "ids",
        ],
    );
    assert_eq!(found.trim(), "");
    // At a time before the reopen, its reason is not yet there to be found.
    let (_, out, _) = run(
        &env,
        "2026-12-01 11:30",
        &[
            "list", "--status", "all", "--search", "recurred", "--format", "ids",
        ],
    );
    assert_eq!(out.trim(), "");
}
}

both_backends! {
/// SPEC 6 on import: `reopen_count` equals the earlier cycles the row gives (none given: 0).
#[test]
fn an_imported_reopen_count_needs_its_earlier_cycles() {
    let env = Env::with_config(TOKYO);
    let rows = env.path("rows.jsonl");
    std::fs::write(
        &rows,
        "{\"title\":\"reopen count\",\"severity\":\"B\",\"opened_at\":\"2026-12-01T01:00:00Z\",\"reopen_count\":2}\n",
    )
    .unwrap();
    let e = refused_as_usage(
        &env,
        NOW,
        &["import", rows.to_str().unwrap()],
        "reopen_count",
    );
    assert!(e.contains("line 1"), "{e}");
    assert!(!env.db().exists() || env.count() == 0);
}
}

/// A request opened at 10:00 JST on 2026-12-01, answered at 10:30, closed at 11:00 and
/// reopened at 12:00, as `export --events` writes it: one JSON line.
fn reopened_line(env: &Env, channel: &str) -> serde_json::Value {
    let (code, out, err) = run(
        env,
        NOW,
        &[
            "open",
            "-q",
            "--title",
            "EAC cannot set forwarding",
            "--severity",
            "B",
            "--channel",
            channel,
            "--opened-at",
            "2026-12-01 10:00",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let id = out.trim().to_string();
    for args in [
        ["respond", &id, "--at", "2026-12-01 10:30"],
        ["close", &id, "--at", "2026-12-01 11:00"],
    ] {
        let (code, _, err) = run(env, NOW, &args);
        assert_eq!(code, 0, "{err}");
    }
    if channel == "online" {
        let (code, _, err) = run(env, NOW, &["reopen", &id, "--at", "2026-12-01 12:00"]);
        assert_eq!(code, 0, "{err}");
    }
    let (code, out, err) = run(env, NOW, &["export", "--events"]);
    assert_eq!(code, 0, "{err}");
    out.lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|v| v["id"].as_i64().map(|i| i.to_string()) == Some(id.clone()))
        .unwrap()
}

/// Import `line` into a new ledger: the exit code and stderr; on a refusal the new ledger
/// holds nothing.
fn import_line(env: &Env, line: &serde_json::Value) -> (i32, String) {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let db = env.other_db(&format!("imported-{n}.db"));
    let file = env.path("line.jsonl");
    std::fs::write(&file, format!("{line}\n")).unwrap();
    let out = env
        .on_at(&db, NOW)
        .arg("import")
        .arg(&file)
        .output()
        .unwrap();
    let code = out.status.code().unwrap_or(-1);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    if code != 0 {
        let exported = env.on_at(&db, NOW).arg("export").output().unwrap();
        assert!(
            exported.stdout.is_empty(),
            "a refused import wrote: {}",
            String::from_utf8_lossy(&exported.stdout)
        );
    }
    (code, err)
}

both_backends! {
/// SPEC 6 and 7 on import: every cycle a row gives obeys what is asked of the current one —
/// the first starts at the opening, start ≤ first response ≤ close ≤ the next cycle's start,
/// no due time before its start, earlier cycles closed, a re-targeted cycle's target starting
/// within it, nothing after now — refused with the line and the field, nothing imported.
#[test]
fn every_imported_cycle_is_ordered_closed_and_not_in_the_future() {
    let env = Env::with_config(TOKYO);
    let line = reopened_line(&env, "online");
    let (code, err) = import_line(&env, &line);
    assert_eq!(code, 0, "the export as it is imports: {err}");
    for (pointer, value, field) in [
        ("/cycles/0/started_at", "2026-12-01T00:30:00Z", "cycles.started_at (cycle 1)"),
        ("/cycles/0/closed_at", "2026-12-01T01:10:00Z", "cycles.closed_at (cycle 1)"),
        ("/cycles/0/closed_at", "", "cycle 1 has no closed_at"),
        ("/cycles/0/closed_at", "2026-12-01T03:30:00Z", "field cycle_started_at"),
        ("/cycles/0/response_due", "2026-12-01T00:59:00Z", "cycles.response_due (cycle 1)"),
        ("/cycles/0/first_response_at", "2026-12-05T00:00:00Z", "cycles.first_response_at (cycle 1)"),
        ("/target_started_at", "2026-12-04T00:00:00Z", "field target_started_at"),
        ("/target_started_at", "2026-12-01T02:59:59Z", "field target_started_at"),
    ] {
        let mut bad = line.clone();
        *bad.pointer_mut(pointer).unwrap() = if value.is_empty() {
            serde_json::Value::Null
        } else {
            value.into()
        };
        let (code, err) = import_line(&env, &bad);
        assert_eq!(code, 2, "{pointer} = {value}: {err}");
        assert!(
            err.contains("line 1") && err.contains(field) && err.contains("nothing was imported"),
            "{pointer} = {value}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}
}

both_backends! {
/// SPEC 1.6 on import: a request filed by phone cannot have been reopened, so a row with
/// `channel: phone` and earlier cycles is refused; one never reopened imports.
#[test]
fn a_request_filed_by_phone_is_never_imported_as_reopened() {
    let env = Env::with_config(TOKYO);
    let phone = reopened_line(&env, "phone");
    let (code, err) = import_line(&env, &phone);
    assert_eq!(code, 0, "a closed phone request imports: {err}");
    let mut bad = reopened_line(&env, "online");
    bad["channel"] = "phone".into();
    let (code, err) = import_line(&env, &bad);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("line 1") && err.contains("channel is phone") && err.contains("reopen_count"),
        "{err}"
    );
}
}

/// Times as the outside report gave them: a request opened at 10:00 (Tokyo), answered and
/// closed before noon, everything recorded at noon.
const NOON: &str = "2026-12-03 12:00";

/// The events of a request's history, by kind and local time as `show --json` gives them.
fn event_kinds(env: &Env, id: &str) -> Vec<String> {
    #[derive(Deserialize)]
    struct Ev {
        kind: String,
    }
    #[derive(Deserialize)]
    struct Shown {
        events: Vec<Ev>,
    }
    let (code, out, err) = run(env, NOON, &["show", id, "--json"]);
    assert_eq!(code, 0, "{err}");
    let s: Shown = serde_json::from_str(&out).unwrap();
    s.events.into_iter().map(|e| e.kind).collect()
}

both_backends! {
/// SPEC 6 and 7: a correction of a response or close time is recorded at the present (the
/// audit trail), but it does not move the point after which actions may be recorded: a
/// back-filled note, update or close, and a further correction, are judged against the
/// case's own timeline, not against when a correction was typed; the ledger reads back
/// and round-trips through export and import.
#[test]
fn a_correction_does_not_move_the_point_after_which_actions_may_be_recorded() {
    let env = Env::with_config(TOKYO);
    let (code, out, err) = run(
        &env,
        "2026-12-03 10:00",
        &["open", "-q", "--title", "x", "--severity", "A", "--available-24x7"],
    );
    assert_eq!(code, 0, "{err}");
    let id = out.trim().to_string();
    let ok = |args: &[&str]| {
        let (code, _, err) = run(&env, NOON, args);
        assert_eq!(code, 0, "{args:?}: {err}");
    };
    ok(&["respond", &id, "--at", "2026-12-03 10:30"]);
    ok(&["respond", &id, "--at", "2026-12-03 10:20", "--correct"]);
    // Typed at noon, the correction bounds nothing: back-filled actions before noon and a
    // second correction are recorded.
    ok(&["note", &id, "engineer called back", "--at", "2026-12-03 11:00"]);
    ok(&["respond", &id, "--at", "2026-12-03 10:10", "--correct"]);
    ok(&["update", &id, "--owner", "Aiko", "--at", "2026-12-03 11:10"]);
    ok(&["close", &id, "--at", "2026-12-03 11:30"]);
    ok(&["close", &id, "--at", "2026-12-03 11:40", "--correct"]);
    // A close corrected later is where the case now ends: a note before it is refused,
    // naming it, and never the time a correction was typed.
    let e = refused_as_usage(
        &env,
        NOON,
        &["note", &id, "too early", "--at", "2026-12-03 11:35"],
        "before the request's latest recorded action",
    );
    assert!(e.contains("11:40:00 JST") && !e.contains("12:00:00 JST"), "{e}");
    ok(&["close", &id, "--at", "2026-12-03 11:20", "--correct"]);
    ok(&["reopen", &id, "--at", "2026-12-03 11:45"]);
    // Every correction stays on the history, in the order things were recorded.
    let kinds = event_kinds(&env, &id);
    assert_eq!(
        kinds,
        [
            "opened",
            "responded",
            "corrected",
            "note",
            "corrected",
            "updated",
            "closed",
            "corrected",
            "corrected",
            "reopened"
        ],
    );
    // The ledger still reads back whole, and its history imports as it was exported.
    let (code, first, err) = run(&env, NOON, &["export", "--events"]);
    assert_eq!(code, 0, "{err}");
    let file = env.path("history.jsonl");
    std::fs::write(&file, &first).unwrap();
    let other = env.other_db("other.db");
    let out = env.on_at(&other, NOON).arg("import").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let again = env.on_at(&other, NOON).args(["export", "--events"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&again.stdout), first);
}
}

both_backends! {
/// SPEC 7: a correction to the time already recorded changes nothing; like `update` with
/// unchanged values it is refused ("nothing to …", exit 2) and nothing is written.
#[test]
fn a_correction_that_changes_nothing_is_refused_and_writes_nothing() {
    let env = Env::with_config(TOKYO);
    let id = open_b(&env, "2026-12-03 09:00").to_string();
    assert_eq!(
        run(&env, NOW, &["respond", &id, "--at", "2026-12-03 10:30"]).0,
        0
    );
    assert_eq!(
        run(&env, NOW, &["close", &id, "--at", "2026-12-03 11:30"]).0,
        0
    );
    let before = event_kinds(&env, &id);
    for (args, same) in [
        (
            vec!["respond", &id, "--at", "2026-12-03 10:30", "--correct"],
            "10:30:00 JST",
        ),
        (
            vec!["respond", &id, "--at", "2026-12-03T01:30:00Z", "--correct"],
            "10:30:00 JST",
        ),
        (
            vec!["close", &id, "--at", "2026-12-03 11:30", "--correct"],
            "11:30:00 JST",
        ),
    ] {
        let e = refused_as_usage(&env, NOW, &args, "nothing to correct");
        assert!(e.contains(same), "{e}");
    }
    assert_eq!(event_kinds(&env, &id), before, "nothing written");
    // In Japanese too, one sentence.
    let (code, _, e) = run(
        &env,
        NOW,
        &["--lang", "ja", "close", &id, "--at", "2026-12-03 11:30", "--correct"],
    );
    assert_eq!(code, 2, "{e}");
    let e = e.trim_end().trim_end_matches('。');
    assert!(e.contains("訂正する内容がない") && !e.contains('。'), "{e}");
}
}

/// The part of a request these edge tests read.
#[derive(Debug, Deserialize)]
struct Deadline {
    id: i64,
    #[serde(deserialize_with = "Option::deserialize")]
    reopen_deadline: Option<String>,
}

/// A tenant's period in `report --format json`.
#[derive(Debug, Deserialize)]
struct ReportJson {
    tenants: Vec<ReportTenant>,
}

#[derive(Debug, Deserialize)]
struct ReportTenant {
    tenant: String,
    from: String,
    to: String,
}

both_backends! {
/// SPEC 6, representable times, one rule for every time svcreq derives from stored times:
/// a derived time that is stored (a response due time) must lie in 0001–9999, so the action
/// that would derive one beyond is refused up front, in one sentence (exit 2); a derived
/// bound that is only compared and shown (a reopen deadline, a report period's first and
/// last instant, a `--reopen-ends-within` window) is clipped to the range, so no action is
/// refused for it and every verdict is the exact one. At the edge, 9999-12-31T23:59:59Z:
/// a request opened late in December 9999 can be closed and reopened, shows its deadline
/// as the last second, exports and imports back byte for byte.
#[test]
fn every_derived_time_stays_representable_or_its_input_is_refused_up_front() {
    let end = "9999-12-31T23:59:59Z";
    let env = Env::with_config(
        "timezone = \"America/New_York\"\nplan = \"e3\"\n[tenants.tokyo]\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n",
    );
    let at = |now: &str, args: &[&str], code: i32| {
        let out = env.at(now).args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(code), "{args:?} at {now}: {err}");
        assert!(!err.contains("panicked"), "{err}");
        (String::from_utf8(out.stdout).unwrap(), err)
    };
    at(end, &["open", "-q", "--title", "late", "--severity", "C", "--opened-at", "9999-12-20T00:00:00Z"], 0);
    at(end, &["open", "-q", "--title", "later", "--severity", "C", "--opened-at", "9999-12-20T00:00:00Z"], 0);
    // Closed late in 9999: its reopen deadline (14 days on) is the last second.
    at(end, &["close", "1", "--at", "9999-12-25T00:00:00Z"], 0);
    at(end, &["close", "2", "--at", end], 0);
    for id in ["1", "2"] {
        let d: Deadline = common::typed(&env.json_at(end, &["show", id]));
        assert_eq!(d.reopen_deadline.as_deref(), Some(end), "request {id}");
    }
    at(end, &["reopen", "2", "--check"], 0);
    // The window's end is the clipped deadline: within a day of 9999-12-31T00:00, not an hour.
    let listed: Vec<Deadline> = common::typed(&env.json_at(
        "9999-12-31T00:00:00Z",
        &["list", "--reopen-ends-within", "1d"],
    ));
    assert_eq!(listed.iter().map(|d| d.id).collect::<Vec<_>>(), [1]);
    let listed: Vec<Deadline> = common::typed(&env.json_at(
        "9999-12-31T00:00:00Z",
        &["list", "--reopen-ends-within", "1h"],
    ));
    assert!(listed.is_empty(), "{listed:?}");
    at(end, &["reopen", "1", "--at", end], 0);
    // Every export imports, and back byte for byte.
    let (first, _) = at(end, &["export", "--events"], 0);
    let file = env.path("edge.jsonl");
    std::fs::write(&file, &first).unwrap();
    let other = env.other_db("edge.db");
    let out = env.on_at(&other, end).arg("import").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let again = env.on_at(&other, end).args(["export", "--events"]).output().unwrap();
    assert_eq!(String::from_utf8(again.stdout).unwrap(), first);
    // A stored due time beyond 9999 is refused up front, by every action that would derive it.
    let (_, err) = at(end, &["open", "--title", "down", "--severity", "A", "--opened-at", "9999-12-31T23:30:00Z"], 2);
    assert!(err.contains("after the year 9999"), "{err}");
    let (_, err) = at(end, &["update", "1", "--severity", "A", "--reason", "worse", "--at", end], 2);
    assert!(err.contains("outside the years 0001–9999"), "{err}");
    // A report's period, in every tenant's zone, lies in the range.
    for (now, args) in [
        (end, &["report", "--from", "9999-12-31", "--to", "9999-12-31", "--format", "json"][..]),
        ("0001-01-02T00:00:00Z", &["report", "--month", "0001-01", "--format", "json"]),
    ] {
        let (out, _) = at(now, args, 0);
        let r: ReportJson = serde_json::from_str(&out).unwrap();
        assert_eq!(r.tenants.len(), 2, "{out}");
        for t in &r.tenants {
            for x in [&t.from, &t.to] {
                let parsed = chrono::DateTime::parse_from_rfc3339(x);
                assert!(parsed.is_ok() && !x.starts_with('+') && !x.starts_with("0000"), "{}: {x}", t.tenant);
            }
        }
        if now == end {
            let ny = r.tenants.iter().find(|t| t.tenant == "default").unwrap();
            assert_eq!(ny.to, end);
        } else {
            let tokyo = r.tenants.iter().find(|t| t.tenant == "tokyo").unwrap();
            assert_eq!(tokyo.from, "0001-01-01T00:00:00Z");
        }
    }
}
}

/// The figures of `report --json` this file reads: per tenant, a row per severity (or
/// category) with its cycles and their targets.
#[derive(Debug, Deserialize)]
struct CycleReport {
    tenants: Vec<CycleReportTenant>,
}

#[derive(Debug, Deserialize)]
struct CycleReportTenant {
    rows: Vec<CycleReportRow>,
}

#[derive(Debug, Deserialize)]
struct CycleReportRow {
    #[serde(deserialize_with = "Option::deserialize")]
    severity: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    category: Option<String>,
    cycles: u64,
    targets: Vec<String>,
}

/// Each cycle of an sla report as the fields this test reads.
#[derive(Debug, Deserialize)]
struct CycleSla {
    requests: Vec<Req>,
}

both_backends! {
#[test]
fn at_any_past_instant_every_command_shows_each_cycle_as_it_stood_then() {
    // Several severity and category changes and reopens in a row, in Tokyo (UTC+9): each
    // instant between them is shown with the cycle, severity, category and target in
    // force then by show, sla and report, whatever changed after it.
    let env = Env::with_config(TOKYO);
    let id = open_b(&env, "2026-12-01 09:00").to_string();
    for step in [
        &["update", &id, "--severity", "A", "--at", "2026-12-01 10:00"][..],
        &["respond", &id, "--at", "2026-12-01 10:30"],
        &["close", &id, "--at", "2026-12-01 11:00"],
        &["reopen", &id, "--severity", "C", "--at", "2026-12-01 12:00"],
        &["update", &id, "--severity", "B", "--at", "2026-12-01 13:00"],
        &["close", &id, "--at", "2026-12-01 14:00"],
        &["reopen", &id, "--at", "2026-12-01 15:00"],
        &["update", &id, "--category", "billing", "--at", "2026-12-01 16:00"],
    ] {
        let (code, _, err) = run(&env, NOW, step);
        assert_eq!(code, 0, "{step:?}: {err}");
    }
    // Expected at each instant: the cycle in force (reopen count, start in UTC), its
    // category, severity, target and due time (UTC); then every cycle so far as a report
    // counts it: (severity or category, target).
    let next_day = Some("2026-12-02T14:59:59Z");
    type Cycle = (i64, &'static str, &'static str, Option<&'static str>, &'static str, Option<&'static str>);
    type Instant = (&'static str, Cycle, &'static [(&'static str, &'static str)]);
    let cases: [Instant; 6] = [
        ("2026-12-01 09:30", (0, "2026-12-01T00:00:00Z", "technical", Some("B"), "next-day", next_day),
            &[("B", "next-day")]),
        ("2026-12-01 10:15", (0, "2026-12-01T00:00:00Z", "technical", Some("A"), "1h", Some("2026-12-01T02:00:00Z")),
            &[("A", "1h")]),
        ("2026-12-01 12:30", (1, "2026-12-01T03:00:00Z", "technical", Some("C"), "none", None),
            &[("A", "1h"), ("C", "none")]),
        ("2026-12-01 13:30", (1, "2026-12-01T03:00:00Z", "technical", Some("B"), "next-day", next_day),
            &[("A", "1h"), ("B", "next-day")]),
        ("2026-12-01 15:30", (2, "2026-12-01T06:00:00Z", "technical", Some("B"), "next-day", next_day),
            &[("A", "1h"), ("B", "next-day"), ("B", "next-day")]),
        ("2026-12-01 16:30", (2, "2026-12-01T06:00:00Z", "billing", None, "none", None),
            &[("A", "1h"), ("B", "next-day"), ("billing", "none")]),
    ];
    for (now, (reopens, started, category, severity, target, due), all) in cases {
        let shown = |r: &Req, what: &str| {
            assert_eq!(
                (r.reopen_count, r.cycle_started_at.as_str(), r.category.as_str(), r.severity.as_deref(),
                 r.response_target.as_str(), r.response_due.as_deref()),
                (reopens, started, category, severity, target, due),
                "{what} at {now}"
            );
        };
        let (code, out, err) = run(&env, now, &["show", &id, "--json"]);
        assert_eq!(code, 0, "{err}");
        shown(&req(serde_json::from_str(&out).unwrap()), "show");
        // sla --all: the cycle in force is the one that started last.
        let (_, out, err) = run(&env, now, &["sla", "--all", "--json"]);
        let sla: CycleSla = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {err}"));
        let current = sla.requests.iter().max_by_key(|r| r.cycle_started_at.clone()).unwrap();
        shown(current, "sla");
        assert_eq!(sla.requests.len(), all.len(), "sla --all at {now}: every cycle so far");
        // report: every cycle so far, under the severity (or category) and target of then.
        let (code, out, err) = run(&env, now, &["report", "--month", "2026-12", "--json"]);
        assert_eq!(code, 0, "{err}");
        let report: CycleReport = serde_json::from_str(&out).unwrap();
        let mut counted: Vec<(String, String)> = Vec::new();
        for row in report.tenants.iter().flat_map(|t| &t.rows).filter(|r| r.cycles > 0) {
            let key = row.severity.clone().or(row.category.clone()).unwrap();
            assert_eq!(row.targets.len(), 1, "{now}: {row:?}");
            for _ in 0..row.cycles {
                counted.push((key.clone(), row.targets[0].clone()));
            }
        }
        let mut want: Vec<(String, String)> =
            all.iter().map(|(k, t)| (k.to_string(), t.to_string())).collect();
        want.sort();
        counted.sort();
        assert_eq!(counted, want, "report at {now}");
    }
}
}

both_backends! {
#[test]
fn order_checks_read_the_corrected_timeline_only() {
    // A response or close corrected earlier stands at its corrected time: actions dated
    // between the corrected and the superseded time are in order, on every path that
    // checks an order (recording, reading back, export and import, the team ledger's
    // server); one dated before the corrected time is refused naming it.
    let env = Env::with_config(TOKYO);
    let id = open_b(&env, "2026-12-01 09:00").to_string();
    let ok = |args: &[&str]| {
        let (code, _, err) = run(&env, NOW, args);
        assert_eq!(code, 0, "{args:?}: {err}");
    };
    ok(&["respond", &id, "--at", "2026-12-01 10:30"]);
    ok(&["respond", &id, "--at", "2026-12-01 10:00", "--correct"]);
    let e = refused_as_usage(
        &env,
        NOW,
        &["note", &id, "too early", "--at", "2026-12-01 09:50"],
        "before the request's latest recorded action",
    );
    assert!(e.contains("10:00:00 JST") && !e.contains("10:30:00 JST"), "{e}");
    ok(&["note", &id, "engineer called", "--at", "2026-12-01 10:15"]);
    ok(&["close", &id, "--at", "2026-12-01 10:20"]);
    ok(&["close", &id, "--at", "2026-12-01 10:16", "--correct"]);
    ok(&["reopen", &id, "--at", "2026-12-01 10:18"]);
    // Corrected later, a response is where the cycle's answer now stands.
    ok(&["respond", &id, "--at", "2026-12-01 10:40"]);
    ok(&["note", &id, "more logs", "--at", "2026-12-01 10:50"]);
    ok(&["respond", &id, "--at", "2026-12-01 11:00", "--correct"]);
    let e = refused_as_usage(
        &env,
        NOW,
        &["close", &id, "--at", "2026-12-01 10:55"],
        "before the request's latest recorded action",
    );
    assert!(e.contains("11:00:00 JST") && !e.contains("10:40:00 JST"), "{e}");
    ok(&["close", &id, "--at", "2026-12-01 11:05"]);
    // The ledger reads back whole, and its history imports as it was exported.
    let (code, _, err) = run(&env, NOW, &["show", &id]);
    assert_eq!(code, 0, "{err}");
    let (code, first, err) = run(&env, NOW, &["export", "--events"]);
    assert_eq!(code, 0, "{err}");
    let file = env.path("history.jsonl");
    std::fs::write(&file, &first).unwrap();
    let other = env.other_db("other.db");
    let out = env.on_at(&other, NOW).arg("import").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let again = env.on_at(&other, NOW).args(["export", "--events"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&again.stdout), first);
}
}

/// What `reopen --check --json` prints; a renamed field fails to parse.
#[derive(Debug, Deserialize)]
struct ReopenCheck {
    id: i64,
    eligible: bool,
    deadline: Option<String>,
}

both_backends! {
/// SPEC 6, `--now T` is a point in time for every command or mode that only reads: a
/// check made at a past T reads the ledger as it stood then, as `show` does. `reopen
/// --check` at a T when the request was open (reopened, not yet closed again) is refused
/// (exit 4); at a T after the first close it gives that close's deadline; before the
/// request was opened it does not exist (exit 5, as `show`). `--case` names the request
/// that held the case number at T: given the number after T, it is not found; renumbered
/// after T, it is found by the number it had then.
#[test]
fn a_check_made_at_a_past_now_reads_the_ledger_as_it_stood_then() {
    let env = Env::with_config("timezone = \"America/New_York\"\nplan = \"e3\"\n");
    let w = "2026-11-25T00:00:00Z";
    let write = |args: &[&str]| {
        let (code, _, err) = run(&env, w, args);
        assert_eq!(code, 0, "{args:?}: {err}");
    };
    write(&["open", "-q", "--title", "mail", "--severity", "C", "--opened-at", "2026-11-01T12:00:00Z"]);
    write(&["close", "1", "--at", "2026-11-02T12:00:00Z"]);
    write(&["reopen", "1", "--at", "2026-11-05T12:00:00Z", "--reason", "back"]);
    write(&["update", "1", "--case-number", "CASE-7", "--at", "2026-11-10T12:00:00Z"]);
    write(&["update", "1", "--case-number", "CASE-8", "--at", "2026-11-18T12:00:00Z"]);
    write(&["close", "1", "--at", "2026-11-20T12:00:00Z"]);
    let check = |now: &str, by: &[&str], code: i32| -> Option<ReopenCheck> {
        let mut args = vec!["--json", "reopen"];
        args.extend_from_slice(by);
        args.push("--check");
        let (got, out, err) = run(&env, now, &args);
        assert_eq!(got, code, "{args:?} at {now}: {out}{err}");
        (code != 5).then(|| serde_json::from_str(&out).unwrap())
    };
    // After the second close: eligible until 14 days after it.
    let c = check(w, &["1"], 0).unwrap();
    assert_eq!((c.id, c.eligible), (1, true));
    assert_eq!(c.deadline.as_deref(), Some("2026-12-04T12:00:00Z"));
    // Reopened and not yet closed again: not closed, so not eligible.
    for now in ["2026-11-10T00:00:00Z", "2026-11-17T00:00:00Z"] {
        let c = check(now, &["1"], 4).unwrap();
        assert!(!c.eligible, "{now}: {c:?}");
        let (code, out, _) = run(&env, now, &["show", "1", "--json"]);
        assert_eq!(code, 0);
        assert!(out.contains("\"status\": \"open\""), "{out}");
    }
    // After the first close and before the reopen: that close's deadline.
    let c = check("2026-11-03T00:00:00Z", &["1"], 0).unwrap();
    assert_eq!(c.deadline.as_deref(), Some("2026-11-16T12:00:00Z"));
    // Before the request was opened: no such request, as `show` says.
    check("2026-11-01T11:59:59Z", &["1"], 5);
    assert_eq!(run(&env, "2026-11-01T11:59:59Z", &["show", "1"]).0, 5);
    // --case at a past T: the number the request held then.
    for (now, case, code) in [
        ("2026-11-09T00:00:00Z", "CASE-7", 5),
        ("2026-11-15T00:00:00Z", "CASE-7", 0),
        ("2026-11-15T00:00:00Z", "case-7", 0),
        ("2026-11-15T00:00:00Z", "CASE-8", 5),
        (w, "CASE-7", 5),
        (w, "CASE-8", 0),
    ] {
        let (got, out, err) = run(&env, now, &["show", "--case", case, "-q"]);
        assert_eq!(got, code, "show --case {case} at {now}: {out}{err}");
        if code == 0 {
            assert_eq!(out.trim(), "1");
        }
    }
    check("2026-11-15T00:00:00Z", &["--case", "CASE-7"], 4);
    check("2026-11-15T00:00:00Z", &["--case", "CASE-8"], 5);
}
}

/// What the target of a cycle reads as: a renamed field fails to parse.
#[derive(Debug, Deserialize, PartialEq)]
struct Targeted {
    severity: Option<String>,
    response_target: String,
    response_due: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    target_started_at: Option<String>,
    sla_state: String,
}

/// `local` (`2026-11-24 09:40`) in a zone `offset` hours east of UTC, as RFC 3339 UTC.
fn utc_of(local: &str, offset: i64) -> String {
    let t = chrono::NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap();
    (t - chrono::Duration::hours(offset))
        .and_utc()
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

/// Run `args` on ledger `db` at `now`: the exit code and stdout.
fn on(env: &Env, db: &std::path::Path, now: &str, args: &[&str]) -> (i32, String) {
    let out = env.on_at(db, now).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// What a CI job and an admin read of request 1 at `now`: `sla --all`'s exit code, and
/// `show`'s target and state.
fn verdict(env: &Env, db: &std::path::Path, now: &str) -> (i32, Targeted) {
    let (code, _) = on(env, db, now, &["sla", "--all"]);
    let (shown, out) = on(env, db, now, &["show", "1", "--json"]);
    assert_eq!(shown, 0, "show at {now}: {out}");
    (code, serde_json::from_str(&out).unwrap())
}

both_backends! {
#[test]
fn a_corrected_response_recomputes_the_target_from_the_changes_it_now_follows() {
    // SPEC 7: a change of severity re-targets an unanswered cycle; a corrected response or
    // close recomputes the state. So a history with a corrected response or close reads,
    // at every instant, as the same history recorded in its real order: the target, due
    // time, state and the CI verdict of `sla --all`. In UTC and in Tokyo (UTC+9); the
    // tenant's premier support gives A 1h, B 2h, C 4h.
    for (zone, offset) in [("UTC", 0), ("Asia/Tokyo", 9)] {
        let env = Env::with_config(&format!(
            "timezone = \"{zone}\"\nplan = \"e5\"\nsupport_option = \"premier\"\n"
        ));
        let t = |hm: &str| format!("2026-11-24 {hm}");
        let due = |hm: &str| Some(utc_of(&t(hm), offset));
        let now = t("12:00");
        // (name, recorded with a correction, recorded in real order, the target, due time,
        // start of the target and state at `now`, sla --all's exit at `now`)
        type Step = &'static [&'static str];
        type Scenario = (&'static str, Vec<Step>, Vec<Step>, Targeted, i32);
        let scenarios: [Scenario; 5] = [
            (
                "lowered after a response corrected past the change",
                vec![&["open", "-q", "--title", "t", "--severity", "A", "--opened-at", "09:00"],
                     &["respond", "1", "--at", "09:30"],
                     &["update", "1", "--severity", "C", "--by", "microsoft", "--at", "09:40"],
                     &["respond", "1", "--at", "10:30", "--correct"]],
                vec![&["open", "-q", "--title", "t", "--severity", "A", "--opened-at", "09:00"],
                     &["update", "1", "--severity", "C", "--by", "microsoft", "--at", "09:40"],
                     &["respond", "1", "--at", "10:30"]],
                Targeted { severity: Some("C".into()), response_target: "4h".into(),
                    response_due: due("13:40"), target_started_at: due("09:40"),
                    sla_state: "met".into() },
                0,
            ),
            (
                "raised before a response corrected past its new due time",
                vec![&["open", "-q", "--title", "t", "--severity", "B", "--opened-at", "09:00"],
                     &["respond", "1", "--at", "09:30"],
                     &["update", "1", "--severity", "A", "--at", "09:45"],
                     &["respond", "1", "--at", "10:50", "--correct"]],
                vec![&["open", "-q", "--title", "t", "--severity", "B", "--opened-at", "09:00"],
                     &["update", "1", "--severity", "A", "--at", "09:45"],
                     &["respond", "1", "--at", "10:50"]],
                Targeted { severity: Some("A".into()), response_target: "1h".into(),
                    response_due: due("10:45"), target_started_at: due("09:45"),
                    sla_state: "breached".into() },
                3,
            ),
            (
                "a response corrected to before the change that re-targeted the cycle",
                vec![&["open", "-q", "--title", "t", "--severity", "C", "--opened-at", "09:00"],
                     &["update", "1", "--severity", "A", "--at", "09:30"],
                     &["respond", "1", "--at", "10:45"],
                     &["respond", "1", "--at", "09:20", "--correct"]],
                vec![&["open", "-q", "--title", "t", "--severity", "C", "--opened-at", "09:00"],
                     &["respond", "1", "--at", "09:20"],
                     &["update", "1", "--severity", "A", "--at", "09:30"]],
                Targeted { severity: Some("A".into()), response_target: "4h".into(),
                    response_due: due("13:00"), target_started_at: None,
                    sla_state: "met".into() },
                0,
            ),
            (
                "a response corrected to the instant of the change: answered then, kept",
                vec![&["open", "-q", "--title", "t", "--severity", "A", "--opened-at", "09:00"],
                     &["respond", "1", "--at", "09:30"],
                     &["update", "1", "--severity", "C", "--at", "09:40"],
                     &["respond", "1", "--at", "09:40", "--correct"]],
                vec![&["open", "-q", "--title", "t", "--severity", "A", "--opened-at", "09:00"],
                     &["respond", "1", "--at", "09:40"],
                     &["update", "1", "--severity", "C", "--at", "09:40"]],
                Targeted { severity: Some("C".into()), response_target: "1h".into(),
                    response_due: due("10:00"), target_started_at: None,
                    sla_state: "met".into() },
                0,
            ),
            (
                "a close corrected past a change",
                vec![&["open", "-q", "--title", "t", "--severity", "A", "--opened-at", "09:00"],
                     &["close", "1", "--at", "09:20"],
                     &["update", "1", "--severity", "C", "--at", "09:40"],
                     &["close", "1", "--at", "10:30", "--correct"]],
                vec![&["open", "-q", "--title", "t", "--severity", "A", "--opened-at", "09:00"],
                     &["update", "1", "--severity", "C", "--at", "09:40"],
                     &["close", "1", "--at", "10:30"]],
                Targeted { severity: Some("C".into()), response_target: "4h".into(),
                    response_due: due("13:40"), target_started_at: due("09:40"),
                    sla_state: "withdrawn".into() },
                0,
            ),
        ];
        for (n, (name, corrected, in_order, want, exit)) in scenarios.into_iter().enumerate() {
            let a = env.other_db(&format!("corrected{n}.db"));
            let b = env.other_db(&format!("in_order{n}.db"));
            for (db, steps) in [(&a, &corrected), (&b, &in_order)] {
                for step in steps {
                    // Times are local to the tenant: `09:40` is 2026-11-24 09:40 there.
                    let args: Vec<String> = step
                        .iter()
                        .map(|s| if s.len() == 5 && s.as_bytes()[2] == b':' { t(s) } else { s.to_string() })
                        .collect();
                    let args: Vec<&str> = args.iter().map(String::as_str).collect();
                    let (code, out) = on(&env, db, &now, &args);
                    assert_eq!(code, 0, "{zone} {name}: {args:?}: {out}");
                }
            }
            let (code, shown) = verdict(&env, &a, &now);
            assert_eq!((code, &shown), (exit, &want), "{zone} {name}: corrected");
            // At every instant from the opening on, both histories read alike.
            for hm in ["09:00", "09:25", "09:35", "09:42", "09:50", "10:01", "10:46", "10:52", "11:30", "12:00"] {
                assert_eq!(
                    verdict(&env, &a, &t(hm)),
                    verdict(&env, &b, &t(hm)),
                    "{zone} {name}: at {hm}, corrected vs recorded in order"
                );
            }
        }
    }
}
}
