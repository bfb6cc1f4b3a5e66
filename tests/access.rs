//! The team ledger's access model (SPEC 1.7, 8), enforced by PostgreSQL itself: group
//! roles and grants (the history append-only), row-level security confining a partner to
//! its tenants for reads and writes, an event's actor bound to the login role, and the
//! caller passed into the policy's SECURITY DEFINER helper. Driven through `svcreq db
//! admins` and, for what a partner could try by hand, through `psql` as that role.
//! Skipped without PostgreSQL (failed with CI=true), as the other team-ledger tests.

mod common;
use common::pg;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// A login role of this test process, unique in the cluster (roles are cluster-wide).
fn login_role(c: &mut postgres::Client, stem: &str) -> String {
    let name = format!(
        "{stem}_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::SeqCst)
    );
    c.batch_execute(&format!("CREATE ROLE {name} LOGIN"))
        .unwrap();
    name
}

/// The ledger's URL as another role.
fn as_role(url: &str, role: &str) -> String {
    pg::as_user(url, role)
}

/// A config of one's own that says nothing (personal defaults only).
fn no_config() -> &'static std::path::Path {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let dir = DIR.get_or_init(|| tempfile::tempdir().unwrap());
    let path = dir.path().join("empty.toml");
    if !path.exists() {
        std::fs::write(&path, "").unwrap();
    }
    Box::leak(path.into_boxed_path())
}

fn svcreq_with(url: &str, config: &std::path::Path, args: &[&str]) -> std::process::Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_svcreq"));
    for (k, _) in std::env::vars() {
        if k.starts_with("SVCREQ_") || k.starts_with("LC_") || k == "LANG" {
            c.env_remove(&k);
        }
    }
    c.args([
        "--db",
        url,
        "--config",
        config.to_str().unwrap(),
        "--now",
        common::NOW,
    ])
    .args(args)
    .output()
    .unwrap()
}

fn svcreq(url: &str, args: &[&str]) -> std::process::Output {
    svcreq_with(url, no_config(), args)
}

fn ok(url: &str, args: &[&str]) -> String {
    let out = svcreq(url, args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "svcreq {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// psql as `role` on the ledger: (succeeded, stdout, stderr).
fn psql(url: &str, role: &str, sql: &str) -> Option<(bool, String, String)> {
    let out = Command::new("psql")
        .arg(as_role(url, role))
        .args(["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql])
        .output()
        .ok()?;
    Some((
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).trim().to_string(),
        String::from_utf8_lossy(&out.stderr).trim().to_string(),
    ))
}

/// A team ledger with two tenants pushed, carol an admin of every tenant, bob a partner
/// for contoso only, and a request in each tenant filed by carol.
struct Team {
    url: String,
    bob: String,
    carol: String,
    dir: tempfile::TempDir,
}

const TEAM_CONFIG: &str = "tenant = \"contoso\"\ntimezone = \"Asia/Tokyo\"\nplan = \"e3\"\n\
    [tenants.fabrikam]\ntimezone = \"Europe/Berlin\"\nplan = \"e5\"\n";

fn team() -> Option<Team> {
    let Some(cluster) = pg::cluster() else {
        eprintln!("skipped: PostgreSQL is not installed");
        return None;
    };
    let url = cluster.fresh();
    let mut c = cluster.connect(&url);
    let bob = login_role(&mut c, "bob");
    let carol = login_role(&mut c, "carol");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("team.toml");
    std::fs::write(&file, TEAM_CONFIG).unwrap();
    ok(&url, &["db", "config", "push", file.to_str().unwrap()]);
    ok(&url, &["db", "admins", "add", &carol, "--role", "global"]);
    ok(
        &url,
        &[
            "db", "admins", "add", &bob, "--role", "partner", "--tenant", "contoso",
        ],
    );
    let as_carol = as_role(&url, &carol);
    for tenant in ["contoso", "fabrikam"] {
        ok(
            &as_carol,
            &[
                "open",
                "--title",
                &format!("{tenant} mail down"),
                "--severity",
                "B",
                "--tenant",
                tenant,
            ],
        );
    }
    Some(Team {
        url,
        bob,
        carol,
        dir,
    })
}

/// What a partner can try by hand: connected with `psql` as bob, granted contoso only.
#[test]
fn a_partner_connected_with_psql_sees_and_changes_only_its_tenants() {
    let Some(t) = team() else { return };
    let Some(seen) = psql(
        &t.url,
        &t.bob,
        "SELECT DISTINCT tenant FROM requests ORDER BY 1",
    ) else {
        eprintln!("skipped: psql is not installed");
        return;
    };
    assert_eq!(seen, (true, "contoso".to_string(), String::new()));
    let q = |sql: &str| psql(&t.url, &t.bob, sql).unwrap();
    // Events and earlier cycles of the other tenant are invisible too.
    assert_eq!(
        q("SELECT count(*) FROM events e JOIN requests r ON r.id = e.request_id WHERE r.tenant <> 'contoso'").1,
        "0"
    );
    assert_eq!(
        q("SELECT count(*) FROM events").1,
        "1",
        "contoso's opening only"
    );
    let insert = |tenant: &str, by: &str| {
        format!(
            "INSERT INTO requests (tenant, title, category, plan, tier, channel, status, opened_at, scope, opened_by, timezone, cycle_started_at, availability, response_target, response_clock, severity, severity_source, response_due) \
             VALUES ('{tenant}', 'by hand', 'technical', 'e3', 'enterprise', 'online', 'open', 1, 'in-scope', '{by}', 'UTC', 1, '24x7', '1h', '24x7', 'A', 'manual', 3601)"
        )
    };
    let rls = |r: (bool, String, String)| !r.0 && r.2.contains("row-level security");
    let denied = |r: (bool, String, String)| !r.0 && r.2.contains("permission denied");
    // Its own tenant, with the request's event in the same transaction (as svcreq writes).
    let with_event = format!(
        "{}; INSERT INTO events (request_id, at, actor, kind, detail) SELECT max(id), 1, '{}', 'opened', 'by hand' FROM requests",
        insert("contoso", &t.bob),
        t.bob
    );
    assert!(q(&with_event).0, "its own tenant");
    assert!(rls(q(&insert("fabrikam", &t.bob))), "another tenant");
    assert!(
        rls(q(&insert("contoso", &t.carol))),
        "opened in another's name"
    );
    assert_eq!(
        psql_status(
            &t.url,
            &t.bob,
            "UPDATE requests SET title = 'x' WHERE tenant = 'fabrikam'"
        ),
        "UPDATE 0"
    );
    assert!(rls(q(
        "UPDATE requests SET tenant = 'fabrikam' WHERE tenant = 'contoso'"
    )));
    let event = |id: &str, actor: &str| {
        format!(
            "INSERT INTO events (request_id, at, actor, kind, detail) SELECT {id}, floor(extract(epoch FROM now()))::bigint, '{actor}', 'note', 'x'"
        )
    };
    let contoso_id = q("SELECT min(id) FROM requests WHERE tenant = 'contoso'").1;
    assert!(q(&event(&contoso_id, &t.bob)).0, "an event as himself");
    assert!(rls(q(&event(&contoso_id, &t.carol))), "actor spoofing");
    // The history is append-only, whoever asks; the admins table is the owner's.
    assert!(denied(q("DELETE FROM events")));
    assert!(denied(q("UPDATE events SET detail = 'rewritten'")));
    assert!(denied(q(&format!(
        "INSERT INTO svcreq_admins (name, role) VALUES ('{}', 'global')",
        t.bob
    ))));
    assert_eq!(
        q("SELECT name FROM svcreq_admins").1,
        t.bob,
        "only its own row"
    );
    // carol, an admin of every tenant, sees both.
    assert_eq!(
        psql(
            &t.url,
            &t.carol,
            "SELECT count(DISTINCT tenant) FROM requests"
        )
        .unwrap()
        .1,
        "2"
    );
}

/// psql's command tag for a statement (`UPDATE 0`).
fn psql_status(url: &str, role: &str, sql: &str) -> String {
    let out = Command::new("psql")
        .arg(as_role(url, role))
        .args(["-X", "-v", "ON_ERROR_STOP=1", "-c", sql])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// The pitfall of a SECURITY DEFINER helper: inside it, current_user is the definer (who
/// sees everything). Every policy passes the caller in, and the helper runs as its definer
/// — so a partner must still see only its tenants.
#[test]
fn the_security_definer_helper_is_given_the_caller() {
    let Some(t) = team() else { return };
    let cluster = pg::cluster().unwrap();
    let mut c = cluster.connect(&t.url);
    let definer: bool = c
        .query_one(
            "SELECT prosecdef FROM pg_proc WHERE proname = 'svcreq_may'",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(definer, "the helper reads svcreq_admins for the caller");
    for row in c
        .query(
            "SELECT policyname, coalesce(qual, '') || coalesce(with_check, '') FROM pg_policies WHERE tablename = 'requests'",
            &[],
        )
        .unwrap()
    {
        let (name, text): (String, String) = (row.get(0), row.get(1));
        assert!(text.contains("CURRENT_USER"), "{name}: {text}");
    }
    // And what it means: bob, through svcreq, lists contoso only.
    let listed = ok(&as_role(&t.url, &t.bob), &["list", "--json"]);
    let v: Vec<serde_json::Value> = serde_json::from_str(&listed).unwrap();
    let tenants: Vec<&str> = v.iter().map(|r| r["tenant"].as_str().unwrap()).collect();
    assert_eq!(tenants, ["contoso"]);
}

/// The actor is the database role: `--as` naming another role is refused, and the
/// history records the login.
#[test]
fn the_actor_is_the_database_role() {
    let Some(t) = team() else { return };
    let as_bob = as_role(&t.url, &t.bob);
    let out = svcreq(&as_bob, &["--as", &t.carol, "note", "1", "hello"]);
    assert_eq!(
        out.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&t.bob) && err.contains(&t.carol), "{err}");
    ok(&as_bob, &["--as", &t.bob, "note", "1", "hello"]);
    let shown: serde_json::Value =
        serde_json::from_str(&ok(&as_bob, &["show", "1", "--json"])).unwrap();
    let last = shown["events"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["actor"], serde_json::Value::from(t.bob.clone()));
    // A request of the other tenant answers as one that does not exist.
    let out = svcreq(&as_bob, &["show", "2"]);
    assert_eq!(out.status.code(), Some(5));
}

/// The due time of a filed request, as `open --json` prints it (the field must be present).
#[derive(Debug, serde::Deserialize)]
struct Due {
    #[serde(deserialize_with = "Option::deserialize")]
    response_due: Option<String>,
}

#[derive(Debug, serde::Deserialize)]
struct AdminJson {
    name: String,
    role: String,
    tenants: Vec<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    until: Option<String>,
    added_by: String,
    added_at: String,
}

/// `db admins add|remove|list`: rows in the ledger that PostgreSQL enforces at once; a
/// delegation past its last day, and a removed admin, see nothing.
#[test]
fn db_admins_are_rows_the_server_enforces() {
    let Some(t) = team() else { return };
    let listed: Vec<AdminJson> =
        serde_json::from_str(&ok(&t.url, &["db", "admins", "list", "--json"])).unwrap();
    let bob = listed.iter().find(|a| a.name == t.bob).unwrap();
    assert_eq!(
        (bob.role.as_str(), bob.tenants.as_slice()),
        ("partner", &["contoso".to_string()][..])
    );
    assert_eq!(bob.until, None);
    assert_eq!(bob.added_by, "alice", "the owner who added it");
    assert!(bob.added_at.ends_with('Z'), "{}", bob.added_at);
    let count = |role: &str| {
        psql(&t.url, role, "SELECT count(*) FROM requests")
            .map(|r| r.1)
            .unwrap_or_default()
    };
    assert_eq!(count(&t.bob), "1");
    // A delegation that ended yesterday (in the tenant's zone): nothing visible.
    ok(
        &t.url,
        &[
            "db",
            "admins",
            "add",
            &t.bob,
            "--role",
            "partner",
            "--tenant",
            "contoso",
            "--until",
            "2000-01-01",
        ],
    );
    assert_eq!(count(&t.bob), "0");
    ok(&t.url, &["db", "admins", "remove", &t.bob]);
    // No admin row: not even the ledger's helpers are its to call.
    let r = psql(&t.url, &t.bob, "SELECT count(*) FROM requests").unwrap();
    assert!(!r.0 && r.2.contains("permission denied"), "{r:?}");
    let out = svcreq(&t.url, &["db", "admins", "remove", &t.bob]);
    assert_eq!(out.status.code(), Some(5));
    // A partner without tenants, and a login that does not exist, are refused (exit 2).
    let out = svcreq(
        &t.url,
        &["db", "admins", "add", &t.bob, "--role", "partner"],
    );
    assert_eq!(out.status.code(), Some(2));
    let out = svcreq(
        &t.url,
        &["db", "admins", "add", "nobody_here", "--role", "global"],
    );
    assert_eq!(out.status.code(), Some(2));
    // Only the owner manages admins (exit 4).
    let out = svcreq(
        &as_role(&t.url, &t.carol),
        &["db", "admins", "add", &t.carol, "--role", "global"],
    );
    assert_eq!(
        out.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // On a local ledger there is no such thing (exit 2).
    let local = t.dir.path().join("l.db");
    let out = svcreq(local.to_str().unwrap(), &["db", "admins", "list"]);
    assert_eq!(out.status.code(), Some(2));
}

/// SPEC 2, 8: a name is shown one way in a sentence, through the visible escapes every
/// message uses: `db admins add` of a login that does not exist names it once as the
/// statement that creates it takes it (`CREATE ROLE "o""brien x" LOGIN`), where it said
/// '…' with its quotes raw beside the doubled ones.
#[test]
fn a_role_name_is_shown_one_way_in_a_sentence() {
    let Some(t) = team() else { return };
    // A login that does not exist is named one way in the sentence: as the statement
    // that creates it takes it (quotes doubled), never also as '…' with its quotes raw.
    for (name, shown) in [
        ("o\"brien x", "\"o\"\"brien x\""),
        ("o'brien\u{a0}x", "\"o'brien\u{a0}x\""),
    ] {
        let out = svcreq(&t.url, &["db", "admins", "add", name, "--role", "global"]);
        let err = refused_in_one_sentence(&out, 2);
        assert_eq!(err.matches(shown).count(), 2, "{err}");
        assert!(!err.contains(&format!("'{name}'")), "{err}");
    }
}

/// `db config push|show`: the tenants and rules live in the ledger, so an admin whose own
/// config says otherwise computes the same due time as everyone.
#[test]
fn db_config_in_the_ledger_sets_every_admins_due_times() {
    let Some(t) = team() else { return };
    let shown = ok(&t.url, &["db", "config", "show"]);
    assert_eq!(shown, TEAM_CONFIG);
    // carol's personal config puts contoso in another zone: the ledger's wins.
    let local = t.dir.path().join("carol.toml");
    std::fs::write(
        &local,
        "tenant = \"contoso\"\ntimezone = \"America/New_York\"\n",
    )
    .unwrap();
    let out = svcreq_with(
        &as_role(&t.url, &t.carol),
        &local,
        &[
            "open",
            "--title",
            "SharePoint slow",
            "--severity",
            "B",
            "--tenant",
            "contoso",
            "--json",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Due = serde_json::from_slice(&out.stdout).unwrap();
    let same = ok(
        &as_role(&t.url, &t.carol),
        &[
            "open",
            "--title",
            "SharePoint slow",
            "--severity",
            "B",
            "--tenant",
            "contoso",
            "--json",
        ],
    );
    let w: Due = serde_json::from_str(&same).unwrap();
    assert!(
        v.response_due.is_some(),
        "a B request on a tier with a target has a due time"
    );
    assert_eq!(v.response_due, w.response_due);
    // Only the owner pushes a configuration (exit 4).
    let out = svcreq(
        &as_role(&t.url, &t.carol),
        &["db", "config", "push", local.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(4));
}

/// A refusal as SPEC 2 wants it: exit `code`, one line on stderr in svcreq's words, never
/// the server's ("permission denied", "row-level security") or a driver's.
fn refused_in_one_sentence(out: &std::process::Output, code: i32) -> String {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(code), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.starts_with("svcreq: "), "{err}");
    for raw in [
        "permission denied",
        "row-level security",
        "violates",
        "db error",
        "ERROR",
    ] {
        assert!(!err.contains(raw), "server wording leaked: {err}");
    }
    err
}

/// A request changed by hand must come with its event in the same transaction, and its
/// identity (id, opener, import) never changes: a partner with `psql` cannot change its
/// own tenant's requests behind svcreq's back. svcreq itself, as that partner, does every
/// kind of change.
#[test]
fn a_partner_cannot_change_requests_behind_svcreqs_back() {
    let Some(t) = team() else { return };
    let Some(_) = psql(&t.url, &t.bob, "SELECT 1") else {
        eprintln!("skipped: psql is not installed");
        return;
    };
    let q = |sql: &str| psql(&t.url, &t.bob, sql).unwrap();
    let refused = |r: (bool, String, String)| {
        !r.0 && (r.2.contains("changed without its event")
            || r.2.contains("refused")
            || r.2.contains("permission denied")
            || r.2.contains("violates check constraint"))
    };
    // Request 1 is contoso's, bob's tenant.
    for change in [
        "status = 'closed', closed_at = 2",
        "first_response_at = 2",
        "timezone = 'UTC'",
        "title = 'quietly renamed'",
    ] {
        let r = q(&format!("UPDATE requests SET {change} WHERE id = 1"));
        assert!(refused(r.clone()), "{change}: {r:?}");
    }
    for identity in ["opened_by = current_user", "id = 999", "import_id = NULL"] {
        let r = q(&format!(
            "BEGIN; UPDATE requests SET {identity} WHERE id = 1; \
             INSERT INTO events (request_id, at, actor, kind, detail) VALUES (1, 2, current_user, 'note', 'x'); COMMIT"
        ));
        assert!(
            !r.0 && r.2.contains("permission denied"),
            "{identity}: {r:?}"
        );
    }
    let r = q(
        "INSERT INTO cycles (request_id, seq, started_at, availability, response_target, response_clock, response_due) \
         VALUES (1, 0, 1, '24x7', '1h', '24x7', 3601)",
    );
    assert!(refused(r.clone()), "an earlier cycle made up: {r:?}");
    let r = q(
        "INSERT INTO requests (tenant, title, category, plan, tier, channel, status, opened_at, scope, opened_by, timezone, cycle_started_at, availability, response_target, response_clock, severity, severity_source, response_due) \
         VALUES ('contoso', 'no event', 'technical', 'e3', 'enterprise', 'online', 'open', 1, 'in-scope', current_user, 'UTC', 1, '24x7', '1h', '24x7', 'A', 'manual', 3601)",
    );
    assert!(refused(r.clone()), "a request without its event: {r:?}");
    // Nothing of that reached the ledger.
    let shown: Shown =
        serde_json::from_str(&ok(&as_role(&t.url, &t.carol), &["show", "1", "--json"])).unwrap();
    assert_eq!(
        (shown.status.as_str(), shown.title.as_str()),
        ("open", "contoso mail down")
    );
    assert_eq!(shown.first_response_at, None);
    assert_eq!(shown.events.len(), 1);
    assert_eq!(
        q("SELECT count(*) FROM requests").1,
        "1",
        "no request slipped in"
    );
    // svcreq, as bob, still does every kind of change, each with its event.
    let as_bob = as_role(&t.url, &t.bob);
    ok(&as_bob, &["respond", "1", "--note", "called back"]);
    ok(&as_bob, &["note", "1", "logs sent"]);
    ok(
        &as_bob,
        &[
            "update",
            "1",
            "--engineer",
            "Kenji",
            "--title",
            "contoso mail slow",
        ],
    );
    ok(&as_bob, &["close", "1", "--resolution", "fixed"]);
    ok(&as_bob, &["reopen", "1", "--reason", "came back"]);
    ok(
        &as_bob,
        &[
            "open",
            "--title",
            "Teams down",
            "--severity",
            "A",
            "--tenant",
            "contoso",
        ],
    );
    let csv = t.dir.path().join("in.csv");
    std::fs::write(
        &csv,
        "title,severity,tenant,opened_at\nImported one,C,contoso,2026-11-01 10:00\n",
    )
    .unwrap();
    ok(&as_bob, &["import", csv.to_str().unwrap()]);
    let listed: Vec<Listed> =
        serde_json::from_str(&ok(&as_bob, &["list", "--status", "all", "--json"])).unwrap();
    assert_eq!(listed.len(), 3, "{listed:?}");
    assert!(listed.iter().all(|r| r.tenant == "contoso"), "{listed:?}");
}

/// A request as `show --json` prints it: the fields these tests read.
#[derive(Debug, serde::Deserialize)]
struct Shown {
    status: String,
    title: String,
    #[serde(deserialize_with = "Option::deserialize")]
    first_response_at: Option<String>,
    events: Vec<ShownEvent>,
}

#[derive(Debug, serde::Deserialize, PartialEq)]
struct ShownEvent {
    #[allow(dead_code)]
    actor: String,
}

/// A request as `list --json` prints it: its tenant.
#[derive(Debug, serde::Deserialize)]
struct Listed {
    tenant: String,
}

/// Access is scoped to one ledger: `db admins` in one database of a cluster changes
/// nothing a login may do in another ledger on the same cluster (no role of the cluster
/// is granted or revoked).
#[test]
fn db_admins_in_one_ledger_change_nothing_in_another() {
    let Some(t) = team() else { return };
    let cluster = pg::cluster().unwrap();
    let other = cluster.fresh();
    let file = t.dir.path().join("team.toml");
    ok(&other, &["db", "config", "push", file.to_str().unwrap()]);
    // bob: a partner for contoso in the first ledger, global in the other.
    ok(&other, &["db", "admins", "add", &t.bob, "--role", "global"]);
    let as_bob = as_role(&t.url, &t.bob);
    ok(&as_bob, &["note", "1", "before"]);
    // Made read-only, then removed, in the other ledger: the first is untouched.
    ok(
        &other,
        &["db", "admins", "add", &t.bob, "--role", "global-reader"],
    );
    ok(&as_bob, &["note", "1", "while read-only elsewhere"]);
    ok(&other, &["db", "admins", "remove", &t.bob]);
    ok(&as_bob, &["note", "1", "after removal elsewhere"]);
    let listed: Vec<Listed> = serde_json::from_str(&ok(&as_bob, &["list", "--json"])).unwrap();
    assert_eq!(listed.len(), 1);
    // And no cluster-wide role carries a ledger's rights.
    let mut c = cluster.connect(&t.url);
    let groups: i64 = c
        .query_one(
            "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = $1",
            &[&t.bob],
        )
        .unwrap()
        .get(0);
    assert_eq!(groups, 0, "bob is a member of no role");
    // In the other ledger, bob now sees nothing, and is told why.
    let out = svcreq(&as_role(&other, &t.bob), &["list"]);
    let err = refused_in_one_sentence(&out, 4);
    assert!(err.contains("svcreq db admins add"), "{err}");
}

/// A partner reads its own tenants' configuration and its own admin row only: not the
/// other tenants' (names, zones, plans), not the other admins.
#[test]
fn a_partner_reads_only_its_tenants_config_and_its_own_admin_row() {
    let Some(t) = team() else { return };
    if psql(&t.url, &t.bob, "SELECT 1").is_none() {
        eprintln!("skipped: psql is not installed");
        return;
    }
    let q = |sql: &str| psql(&t.url, &t.bob, sql).unwrap();
    let everything = q("SELECT string_agg(key || '=' || value, ' ') FROM svcreq_config").1;
    assert!(everything.contains("tenant:contoso"), "{everything}");
    assert!(
        !everything.contains("fabrikam") && !everything.contains("Europe/Berlin"),
        "{everything}"
    );
    assert_eq!(q("SELECT count(*) FROM svcreq_admins").1, "1");
    // Through svcreq: the config it shows is contoso's, and bob's due times are the team's.
    let shown = ok(&as_role(&t.url, &t.bob), &["db", "config", "show"]);
    assert!(
        shown.contains("contoso") && !shown.contains("fabrikam"),
        "{shown}"
    );
    let listed: Vec<AdminJson> = serde_json::from_str(&ok(
        &as_role(&t.url, &t.bob),
        &["db", "admins", "list", "--json"],
    ))
    .unwrap();
    assert_eq!(
        listed.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(),
        [t.bob.as_str()]
    );
    let due = |role: &str| {
        let out = ok(
            &as_role(&t.url, role),
            &[
                "open",
                "--title",
                "Mail slow",
                "--severity",
                "B",
                "--tenant",
                "contoso",
                "--json",
            ],
        );
        serde_json::from_str::<Due>(&out).unwrap().response_due
    };
    assert!(due(&t.bob).is_some());
    assert_eq!(due(&t.bob), due(&t.carol));
    // carol, an admin of every tenant, reads the whole configuration.
    let whole = ok(&as_role(&t.url, &t.carol), &["db", "config", "show"]);
    assert!(whole.contains("fabrikam"), "{whole}");
}

/// What the server refuses is one sentence of svcreq's with exit 4 (SPEC 2): here a
/// delegation that svcreq, evaluating as of an earlier `--now`, still finds current, but
/// that the server (today) finds ended.
#[test]
fn server_refusals_are_one_sentence_with_exit_4() {
    let Some(t) = team() else { return };
    ok(
        &t.url,
        &[
            "db",
            "admins",
            "add",
            &t.bob,
            "--role",
            "partner",
            "--tenant",
            "contoso",
            "--until",
            "2001-12-31",
        ],
    );
    // An open by a partner whose delegation has ended, in the language given.
    let open_as_bob = |lang: &str| {
        Command::new(env!("CARGO_BIN_EXE_svcreq"))
            .env_remove("SVCREQ_ADMIN")
            .args([
                "--lang",
                lang,
                "--db",
                &as_role(&t.url, &t.bob),
                "--config",
                no_config().to_str().unwrap(),
                "--now",
                "2001-06-01T00:00:00Z",
                "open",
                "--title",
                "Mail down",
                "--severity",
                "B",
                "--tenant",
                "contoso",
            ])
            .output()
            .unwrap()
    };
    let err = refused_in_one_sentence(&open_as_bob("en"), 4);
    assert!(err.contains("svcreq db admins list"), "{err}");
    // The same in Japanese.
    let err = refused_in_one_sentence(&open_as_bob("ja"), 4);
    assert!(err.contains("チーム台帳"), "{err}");
}

/// `db admins add` names tenants of the team's configuration only (exit 2).
#[test]
fn db_admins_add_refuses_an_unknown_tenant() {
    let Some(t) = team() else { return };
    let out = svcreq(
        &t.url,
        &[
            "db",
            "admins",
            "add",
            &t.bob,
            "--role",
            "partner",
            "--tenant",
            "northwind",
        ],
    );
    let err = refused_in_one_sentence(&out, 2);
    assert!(
        err.contains("northwind") && err.contains("contoso"),
        "{err}"
    );
    // bob's row is as it was.
    let listed: Vec<AdminJson> =
        serde_json::from_str(&ok(&t.url, &["db", "admins", "list", "--json"])).unwrap();
    let bob = listed.iter().find(|a| a.name == t.bob).unwrap();
    assert_eq!(bob.tenants, ["contoso"]);
}

/// `db migrate` and `db init` are the owner's: another role is refused with exit 4 and
/// one sentence.
#[test]
fn db_init_or_migrate_by_a_non_owner_is_refused_with_exit_4() {
    let Some(t) = team() else { return };
    let out = svcreq(&as_role(&t.url, &t.carol), &["db", "migrate"]);
    let err = refused_in_one_sentence(&out, 4);
    assert!(err.contains("owner"), "{err}");
    // `db init` on the ledger that exists: not "nothing to do" for a role that could not
    // have created it, but the same refusal.
    let out = svcreq(&as_role(&t.url, &t.carol), &["db", "init"]);
    let err = refused_in_one_sentence(&out, 4);
    assert!(err.contains("owner"), "{err}");
    let cluster = pg::cluster().unwrap();
    let empty = cluster.empty();
    let out = svcreq(&as_role(&empty, &t.carol), &["db", "init"]);
    refused_in_one_sentence(&out, 4);
    // Nor an admin of the ledger who may not write all of it (SPEC 1.7, 8): a global reader,
    // a partner whose delegation has ended; nor may they keep its admins or configuration.
    let mut c = cluster.connect(&t.url);
    let ci = login_role(&mut c, "ci_schema");
    let gone = login_role(&mut c, "gone_schema");
    ok(
        &t.url,
        &["db", "admins", "add", &ci, "--role", "global-reader"],
    );
    ok(
        &t.url,
        &[
            "db",
            "admins",
            "add",
            &gone,
            "--role",
            "partner",
            "--tenant",
            "contoso",
            "--until",
            "2026-01-31",
        ],
    );
    let config = t.dir.path().join("team.toml");
    std::fs::write(&config, "tenant = \"contoso\"\n").unwrap();
    for who in [&ci, &gone] {
        for args in [
            &["db", "migrate"][..],
            &["db", "init"],
            &["db", "admins", "add", who, "--role", "global"],
            &["db", "admins", "remove", &t.bob],
            &["db", "config", "push", config.to_str().unwrap()],
        ] {
            let out = svcreq(&as_role(&t.url, who), args);
            refused_in_one_sentence(&out, 4);
        }
    }
    let listed: Vec<AdminJson> =
        serde_json::from_str(&ok(&t.url, &["db", "admins", "list", "--json"])).unwrap();
    assert!(listed.iter().any(|a| a.name == t.bob), "nothing removed");
    assert_eq!(
        listed
            .iter()
            .find(|a| a.name == ci)
            .map(|a| a.role.as_str()),
        Some("global-reader"),
        "nothing replaced"
    );
}

/// A global reader (a CI job that runs `sla`) reads every tenant and writes nothing:
/// svcreq refuses its writes (exit 4), and so does the server when it tries by hand.
#[test]
fn a_read_only_roles_write_is_refused() {
    let Some(t) = team() else { return };
    let cluster = pg::cluster().unwrap();
    let mut c = cluster.connect(&t.url);
    let ci = login_role(&mut c, "ci");
    ok(
        &t.url,
        &["db", "admins", "add", &ci, "--role", "global-reader"],
    );
    let as_ci = as_role(&t.url, &ci);
    let listed: Vec<Listed> = serde_json::from_str(&ok(&as_ci, &["list", "--json"])).unwrap();
    assert_eq!(listed.len(), 2, "it reads every tenant");
    ok(&as_ci, &["sla", "--fail-on", "never"]);
    for args in [
        &["note", "1", "hello"][..],
        &["respond", "1"],
        &[
            "open",
            "--title",
            "x",
            "--severity",
            "C",
            "--tenant",
            "contoso",
        ],
    ] {
        let out = svcreq(&as_ci, args);
        refused_in_one_sentence(&out, 4);
    }
    let Some(r) = psql(
        &t.url,
        &ci,
        "INSERT INTO events (request_id, at, actor, kind, detail) VALUES (1, floor(extract(epoch FROM now()))::bigint, current_user, 'note', 'x')",
    ) else {
        return;
    };
    assert!(!r.0 && r.2.contains("row-level security"), "{r:?}");
    assert_eq!(
        psql_status(&t.url, &ci, "UPDATE requests SET title = 'x' WHERE id = 1"),
        "UPDATE 0",
        "nothing it may change"
    );
}

/// The words of a refusal name what the user actually did: `SVCREQ_ADMIN` (not `--as`);
/// on a team ledger, admins are added with `svcreq db admins add` (not the config's
/// `[[admins]]`); a partner whose delegation ended is told so, with the date, rather than
/// that the ledger is empty.
#[test]
fn team_refusals_name_what_the_user_did() {
    let Some(t) = team() else { return };
    let as_bob = as_role(&t.url, &t.bob);
    let out = Command::new(env!("CARGO_BIN_EXE_svcreq"))
        .env("SVCREQ_ADMIN", &t.carol)
        .args(["--db", &as_bob, "--config", no_config().to_str().unwrap()])
        .args(["--now", common::NOW, "list"])
        .output()
        .unwrap();
    let err = refused_in_one_sentence(&out, 4);
    assert!(
        err.contains("SVCREQ_ADMIN") && !err.contains("--as"),
        "{err}"
    );
    // The owner, not an admin of the ledger it owns.
    let out = svcreq(&t.url, &["list"]);
    let err = refused_in_one_sentence(&out, 4);
    assert!(
        err.contains("svcreq db admins add") && !err.contains("[[admins]]"),
        "{err}"
    );
    // bob's delegation ended on 2026-01-31.
    ok(
        &t.url,
        &[
            "db",
            "admins",
            "add",
            &t.bob,
            "--role",
            "partner",
            "--tenant",
            "contoso",
            "--until",
            "2026-01-31",
        ],
    );
    // After its last day a partner can neither act nor read (SPEC 1.7): refused, exit 4.
    for args in [&["list"][..], &["list", "--json"], &["sla"]] {
        let out = svcreq(&as_bob, args);
        let err = refused_in_one_sentence(&out, 4);
        assert!(
            err.contains("2026-01-31") && !err.contains("no requests yet"),
            "{err}"
        );
    }
}

/// On a team ledger the actor is the database role (SPEC 8): a local config's `admin`
/// naming someone else is ignored, and svcreq says so once, in one sentence on stderr;
/// an `admin` that is the role itself says nothing.
#[test]
fn a_local_config_admin_naming_another_role_is_ignored_with_one_warning() {
    let Some(t) = team() else { return };
    let as_bob = as_role(&t.url, &t.bob);
    let other = t.dir.path().join("other.toml");
    std::fs::write(&other, format!("admin = \"{}\"\n", t.carol)).unwrap();
    let out = svcreq_with(&as_bob, &other, &["note", "1", "from bob"]);
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(
        err.starts_with("warning: ") && err.contains(&t.carol) && err.contains(&t.bob),
        "{err}"
    );
    // The note is bob's, as the role he connects as.
    let shown: Shown = serde_json::from_str(&ok(&as_bob, &["show", "1", "--json"])).unwrap();
    assert_eq!(shown.events.last().unwrap().actor, t.bob);
    let same = t.dir.path().join("same.toml");
    std::fs::write(&same, format!("admin = \"{}\"\n", t.bob)).unwrap();
    let out = svcreq_with(&as_bob, &same, &["list", "-q"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// psql as `role` must be refused by the server (any of svcreq's refusals, a permission or
/// the row-level security), and leave nothing behind.
fn psql_refused(url: &str, role: &str, sql: &str) -> String {
    let r = psql(url, role, sql).unwrap();
    assert!(
        !r.0 && (r.2.contains("refused")
            || r.2.contains("changed without its event")
            || r.2.contains("permission denied")
            || r.2.contains("row-level security")
            || r.2.contains("violates check constraint")),
        "{sql}: {r:?}"
    );
    r.2
}

/// A request's SLA fields as `show --json` prints them.
#[derive(Debug, serde::Deserialize, PartialEq)]
struct Sla {
    status: String,
    tier: String,
    plan: String,
    availability: String,
    #[serde(deserialize_with = "Option::deserialize")]
    response_due: Option<String>,
    opened_at: String,
    #[serde(deserialize_with = "Option::deserialize")]
    first_response_at: Option<String>,
    sla_state: String,
    events: Vec<ShownEvent>,
}

/// A request row changes only as svcreq's own commands change it (SPEC 8): a partner
/// with psql cannot falsify its own tenant's SLA columns even when it appends an event in
/// the same transaction — columns svcreq never changes after filing stay as filed, and
/// every other change must be recorded with its value by that event, a due time moved only
/// while its cycle is unanswered and not yet breached. svcreq itself, as a partner and as
/// a global admin the policies confine, still makes every kind of change, corrections and
/// re-targeting included.
#[test]
fn a_partner_cannot_falsify_sla_columns_even_with_an_event() {
    let Some(t) = team() else { return };
    if psql(&t.url, &t.bob, "SELECT 1").is_none() {
        eprintln!("skipped: psql is not installed");
        return;
    }
    let as_carol = as_role(&t.url, &t.carol);
    let before: Sla = serde_json::from_str(&ok(&as_carol, &["show", "1", "--json"])).unwrap();
    let now = "floor(extract(epoch FROM now()))::bigint";
    let with_note = |set: &str, data: &str| {
        format!(
            "BEGIN; UPDATE requests SET {set} WHERE id = 1; \
             INSERT INTO events (request_id, at, actor, kind, detail, data) \
             VALUES (1, {now}, current_user, 'updated', 'by hand', {data}); COMMIT"
        )
    };
    // Columns svcreq never changes after filing, whatever the event says.
    for set in [
        "opened_at = opened_at + 86400",
        "channel = 'phone'",
        "scope = 'scripting'",
    ] {
        psql_refused(&t.url, &t.bob, &with_note(set, "NULL"));
    }
    // Derived columns with an event that does not record them.
    for set in [
        "response_due = response_due + 864000",
        "tier = 'premier'",
        "plan = 'e5'",
        "timezone = 'Pacific/Kiritimati'",
        "availability = 'business-hours'",
        "first_response_at = opened_at",
        "status = 'closed', closed_at = opened_at",
        "reopen_count = 3",
        "severity = 'C'",
    ] {
        psql_refused(&t.url, &t.bob, &with_note(set, "NULL"));
        psql_refused(&t.url, &t.bob, &with_note(set, "'{\"from\": \"admin\"}'"));
    }
    // An event that records the new due time, but the cycle had already breached when it
    // was moved (filed on 2026-11-24, answered by nobody): a breach stands.
    let far = "2099-01-01T00:00:00Z";
    psql_refused(
        &t.url,
        &t.bob,
        &with_note(
            "response_due = extract(epoch FROM timestamptz '2099-01-01T00:00:00Z')::bigint",
            &format!("'{{\"response_due\": {{\"old\": null, \"new\": \"{far}\"}}}}'"),
        ),
    );
    // A response at a time other than its event's.
    psql_refused(
        &t.url,
        &t.bob,
        &format!(
            "BEGIN; UPDATE requests SET first_response_at = opened_at + 60 WHERE id = 1; \
             INSERT INTO events (request_id, at, actor, kind, detail, data) \
             SELECT 1, {now}, current_user, 'responded', 'x', \
             json_build_object('first_response_at', json_build_object('old', NULL, 'new', \
             to_char(to_timestamp(opened_at + 60) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')))::text \
             FROM requests WHERE id = 1; COMMIT"
        ),
    );
    let after: Sla = serde_json::from_str(&ok(&as_carol, &["show", "1", "--json"])).unwrap();
    assert_eq!(before, after, "nothing of that reached the ledger");
    // svcreq does it all, as the partner and as a confined global admin: a severity change
    // that re-targets an unanswered cycle, a response and its correction, a close and its
    // correction, a reopen, a move to another tenant.
    let as_bob = as_role(&t.url, &t.bob);
    let fresh = ok(
        &as_bob,
        &[
            "open",
            "-q",
            "--title",
            "Teams down",
            "--severity",
            "B",
            "--tenant",
            "contoso",
            "--opened-at",
            "2026-11-24T08:00:00Z",
        ],
    );
    let id = fresh.trim();
    let filed: Sla = serde_json::from_str(&ok(&as_bob, &["show", id, "--json"])).unwrap();
    ok(
        &as_bob,
        &[
            "update",
            id,
            "--severity",
            "A",
            "--reason",
            "worse",
            "--at",
            "2026-11-24T08:30:00Z",
        ],
    );
    let retargeted: Sla = serde_json::from_str(&ok(&as_bob, &["show", id, "--json"])).unwrap();
    assert_ne!(filed.response_due, retargeted.response_due, "re-targeted");
    ok(&as_bob, &["respond", id, "--at", "2026-11-24T09:00:00Z"]);
    ok(
        &as_bob,
        &["respond", id, "--at", "2026-11-24T09:10:00Z", "--correct"],
    );
    ok(&as_bob, &["close", id, "--resolution", "fixed"]);
    ok(
        &as_bob,
        &["close", id, "--at", "2026-11-24T09:30:00Z", "--correct"],
    );
    ok(
        &as_bob,
        &["reopen", id, "--reason", "back", "--severity", "B"],
    );
    ok(&as_carol, &["update", id, "--tenant", "fabrikam"]);
    ok(&as_carol, &["update", "2", "--category", "billing"]);
    let moved: Sla = serde_json::from_str(&ok(&as_carol, &["show", id, "--json"])).unwrap();
    assert_eq!((moved.status.as_str(), moved.plan.as_str()), ("open", "e5"));
}

/// An event is dated when it happened (SPEC 6): for a role the policies confine, the
/// server refuses one dated in the future (its own clock, five minutes' allowance) or
/// before the request's latest event, and data that is not a JSON object of svcreq's
/// shape — so one made-up event can neither block `respond` and `close` for everyone nor
/// hide from `show`.
#[test]
fn events_are_not_dated_in_the_future_or_out_of_order_and_carry_svcreqs_data() {
    let Some(t) = team() else { return };
    if psql(&t.url, &t.bob, "SELECT 1").is_none() {
        eprintln!("skipped: psql is not installed");
        return;
    }
    let event = |at: &str, data: &str| {
        format!(
            "INSERT INTO events (request_id, at, actor, kind, detail, data) \
             VALUES (1, {at}, current_user, 'note', 'by hand', {data})"
        )
    };
    let now = "floor(extract(epoch FROM now()))::bigint";
    for (at, data) in [
        (
            "extract(epoch FROM now() + interval '1 day')::bigint",
            "NULL",
        ),
        (
            "extract(epoch FROM now() + interval '1 hour')::bigint",
            "NULL",
        ),
        ("1", "NULL"),
        (now, "'not json'"),
        (now, "'[1, 2]'"),
        (now, "'\"text\"'"),
        (now, "'{\"from\": 1}'"),
        (now, "'{\"status\": {\"new\": \"closed\"}}'"),
        (now, "'{\"status\": {\"old\": 1, \"new\": 2, \"why\": 3}}'"),
        // A shape svcreq writes, but not for a note: a note says only who wrote it.
        (
            now,
            "'{\"status\": {\"old\": \"open\", \"new\": \"closed\"}, \"text\": \"x\"}'",
        ),
    ] {
        psql_refused(&t.url, &t.bob, &event(at, data));
    }
    // svcreq's own shapes, at the server's time or a little ahead of it, are taken.
    for data in [
        "NULL",
        "'{\"from\": \"admin\"}'",
        "'{\"from\": \"microsoft\"}'",
    ] {
        let r = psql(&t.url, &t.bob, &event(now, data)).unwrap();
        assert!(r.0, "{data}: {r:?}");
    }
    // Nothing blocks svcreq: it responds as of now.
    let as_bob = as_role(&t.url, &t.bob);
    let out = Command::new(env!("CARGO_BIN_EXE_svcreq"))
        .env_remove("SVCREQ_ADMIN")
        .args(["--db", &as_bob, "--config", no_config().to_str().unwrap()])
        .args(["respond", "1"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A client clock a little fast is allowed for.
    let r = psql(
        &t.url,
        &t.bob,
        &event(
            "extract(epoch FROM now() + interval '2 minutes')::bigint",
            "NULL",
        ),
    )
    .unwrap();
    assert!(r.0, "a client clock a little fast: {r:?}");
}

/// A partner's delegation ends on its last day in the tenant's zone, and never later than
/// that day ends anywhere on Earth (UTC-12): a request given a made-up zone far to the west
/// (POSIX rules allow 167 hours) does not keep an ended delegation alive, and a role the
/// policies confine cannot name such a zone at all.
#[test]
fn a_made_up_zone_neither_stretches_an_ended_delegation_nor_is_accepted() {
    let Some(t) = team() else { return };
    if psql(&t.url, &t.bob, "SELECT 1").is_none() {
        eprintln!("skipped: psql is not installed");
        return;
    }
    let cluster = pg::cluster().unwrap();
    let mut owner = cluster.connect(&t.url);
    // The ledger's checks refuse such a zone from anyone, the owner included; the owner
    // takes the check away (as only it could) and files a contoso request in a zone 167
    // hours west of UTC: the delegation's end holds even then.
    let far_west = "INSERT INTO requests (tenant, title, category, plan, tier, channel, status, opened_at, scope, opened_by, timezone, cycle_started_at, availability, response_target, response_clock, severity, severity_source, response_due) \
             VALUES ('contoso', 'far west', 'technical', 'e3', 'enterprise', 'online', 'open', 1, 'in-scope', 'alice', '<-167>+167', 1, '24x7', '1h', '24x7', 'A', 'manual', 3601)";
    let zone_check = "timezone is an IANA time zone svcreq knows";
    let refused = owner.batch_execute(far_west).unwrap_err();
    assert!(
        refused.to_string().contains(zone_check) || format!("{refused:?}").contains(zone_check),
        "{refused:?}"
    );
    owner
        .batch_execute(&format!(
            "ALTER TABLE requests DROP CONSTRAINT \"{zone_check}\""
        ))
        .unwrap();
    owner
        .batch_execute(
            "BEGIN; INSERT INTO requests (tenant, title, category, plan, tier, channel, status, opened_at, scope, opened_by, timezone, cycle_started_at, availability, response_target, response_clock, severity, severity_source, response_due) \
             VALUES ('contoso', 'far west', 'technical', 'e3', 'enterprise', 'online', 'open', 1, 'in-scope', 'alice', '<-167>+167', 1, '24x7', '1h', '24x7', 'A', 'manual', 3601); \
             INSERT INTO events (request_id, at, actor, kind, detail) \
             VALUES (currval(pg_get_serial_sequence('requests', 'id')), 1, 'alice', 'opened', 'by hand'); COMMIT",
        )
        .unwrap();
    let seen = |role: &str| {
        psql(&t.url, role, "SELECT count(*) FROM requests")
            .unwrap()
            .1
    };
    assert_eq!(seen(&t.bob), "2");
    // bob's delegation ended two days ago (UTC): in that zone it is still a week earlier.
    owner
        .execute(
            "UPDATE svcreq_admins SET until = (now() AT TIME ZONE 'UTC')::date - 2 WHERE name = $1",
            &[&t.bob],
        )
        .unwrap();
    assert_eq!(seen(&t.bob), "0", "ended everywhere on Earth");
    owner
        .execute(
            "UPDATE svcreq_admins SET until = NULL WHERE name = $1",
            &[&t.bob],
        )
        .unwrap();
    // bob cannot name such zones, filing or changing a request.
    let file = |zone: &str| {
        format!(
            "BEGIN; INSERT INTO requests (tenant, title, category, plan, tier, channel, status, opened_at, scope, opened_by, timezone, cycle_started_at, availability, response_target, response_clock, severity, severity_source, response_due) \
             VALUES ('contoso', 'by hand', 'technical', 'e3', 'enterprise', 'online', 'open', 1, 'in-scope', current_user, '{zone}', 1, '24x7', '1h', '24x7', 'A', 'manual', 3601); \
             INSERT INTO events (request_id, at, actor, kind, detail) SELECT max(id), 1, current_user, 'opened', 'x' FROM requests; COMMIT"
        )
    };
    for zone in [
        "<-167>+167",
        "XXX167",
        "UTC+167",
        "Nowhere/Atlantis",
        "Etc/GMT+99",
        "",
    ] {
        psql_refused(&t.url, &t.bob, &file(zone));
    }
    for zone in [
        "Asia/Tokyo",
        "Etc/GMT+12",
        "America/Argentina/Buenos_Aires",
        "EST5EDT",
        "UTC",
    ] {
        let r = psql(&t.url, &t.bob, &file(zone)).unwrap();
        assert!(r.0, "{zone}: {r:?}");
    }
}

/// The ledger's helpers and its imports are its admins' (SPEC 8): a login without an admin
/// row cannot call `svcreq_may`/`svcreq_serves` to learn who serves what; an import is
/// seen by whoever recorded it, the admins of every tenant and the admins of a request it
/// brought, and none is recorded in the future or in another's name.
#[test]
fn helpers_and_imports_are_confined_like_requests() {
    let Some(t) = team() else { return };
    if psql(&t.url, &t.bob, "SELECT 1").is_none() {
        eprintln!("skipped: psql is not installed");
        return;
    }
    let cluster = pg::cluster().unwrap();
    let mut c = cluster.connect(&t.url);
    let stranger = login_role(&mut c, "stranger");
    for sql in [
        format!("SELECT svcreq_may('contoso', 'UTC', '{}', true)", t.bob),
        format!("SELECT svcreq_serves(NULL, '{}')", t.carol),
        "SELECT count(*) FROM imports".to_string(),
        "SELECT count(*) FROM requests".to_string(),
    ] {
        psql_refused(&t.url, &stranger, &sql);
    }
    // carol imports one request into each tenant; bob sees the import of contoso's only
    // through the request it brought, and its "imported" event in show.
    let csv = t.dir.path().join("two.csv");
    std::fs::write(
        &csv,
        "title,severity,tenant,opened_at\nOne,C,fabrikam,2026-11-01 10:00\n",
    )
    .unwrap();
    ok(
        &as_role(&t.url, &t.carol),
        &["import", csv.to_str().unwrap()],
    );
    std::fs::write(
        &csv,
        "title,severity,tenant,opened_at\nTwo,C,contoso,2026-11-01 10:00\n",
    )
    .unwrap();
    ok(
        &as_role(&t.url, &t.carol),
        &["import", csv.to_str().unwrap()],
    );
    let q = |sql: &str| psql(&t.url, &t.bob, sql).unwrap();
    assert_eq!(q("SELECT count(*) FROM imports").1, "1");
    assert_eq!(
        psql(&t.url, &t.carol, "SELECT count(*) FROM imports")
            .unwrap()
            .1,
        "2"
    );
    let id = q("SELECT id FROM requests WHERE title = 'Two'").1;
    let shown: Shown =
        serde_json::from_str(&ok(&as_role(&t.url, &t.bob), &["show", &id, "--json"])).unwrap();
    assert_eq!(shown.events.len(), 1, "the imported event");
    // An import made up in the future, or in another's name.
    psql_refused(
        &t.url,
        &t.bob,
        "INSERT INTO imports (at, actor) VALUES (extract(epoch FROM now() + interval '1 day')::bigint, current_user)",
    );
    psql_refused(
        &t.url,
        &t.bob,
        &format!("INSERT INTO imports (at, actor) VALUES (1, '{}')", t.carol),
    );
}

/// `show ID` reads its request and history with the team's access data, in the same round
/// trip: it prints what the request read on its own prints (`show --case`, which looks the
/// number up first), to a partner as to an admin of every tenant, table and JSON alike; a
/// request of a tenant the partner does not serve is not found (exit 5), as before.
#[test]
fn a_request_read_with_the_access_data_is_shown_as_read_on_its_own() {
    let Some(t) = team() else { return };
    let as_bob = as_role(&t.url, &t.bob);
    let as_carol = as_role(&t.url, &t.carol);
    for (id, case) in [("1", "2405010010005082"), ("2", "2405010010005083")] {
        ok(&as_carol, &["update", id, "--case-number", case]);
        ok(
            &as_carol,
            &["note", id, "Microsoft asked for the message trace"],
        );
    }
    for (who, id, case) in [
        (&as_bob, "1", "2405010010005082"),
        (&as_carol, "1", "2405010010005082"),
        (&as_carol, "2", "2405010010005083"),
    ] {
        let by_id = ok(who, &["show", id, "--json"]);
        assert_eq!(by_id, ok(who, &["show", "--case", case, "--json"]));
        let shown: Shown = serde_json::from_str(&by_id).unwrap();
        assert_eq!(shown.events.len(), 3, "opened, updated, noted: {by_id}");
        assert_eq!(ok(who, &["show", id]), ok(who, &["show", "--case", case]));
    }
    let out = svcreq(&as_bob, &["show", "2"]);
    assert_eq!(out.status.code(), Some(5), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        !said.contains("fabrikam") && out.stdout.is_empty(),
        "{said}"
    );
}

/// The SQL of a team ledger as an earlier svcreq created it: the schema steps, then the
/// access model `access` (a fixture), stamped with the schema version only.
fn earlier_ledger(access: &str) -> Option<String> {
    let cluster = pg::cluster()?;
    let url = cluster.empty();
    let mut c = cluster.connect(&url);
    let mut sql = String::from(
        "BEGIN; CREATE TABLE svcreq_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n",
    );
    for step in [
        include_str!("../src/store/pg/v1.sql"),
        include_str!("../src/store/pg/v2.sql"),
        include_str!("../src/store/pg/v3.sql"),
        include_str!("../src/store/pg/v4.sql"),
    ] {
        sql.push_str(step);
        sql.push('\n');
    }
    sql.push_str(access);
    sql.push_str("\nINSERT INTO svcreq_meta VALUES ('schema_version', '4'); COMMIT;");
    c.batch_execute(&sql).unwrap();
    Some(url)
}

/// Ledgers set up by an earlier svcreq's access SQL (the first, with group roles of the
/// cluster; the second, before these checks; the sixth, with the checks of access version
/// 6 named TABLE_COLUMN_ok, as the seventh names them) are refused by every command but `db migrate`, in one sentence
/// naming it; `db migrate` by the owner brings their access up to date in one transaction
/// (the group roles keep no privilege in the ledger, a whole configuration is cut by
/// tenant, the admins listed may call the helpers, the checks are those of this svcreq
/// alone), and the partner is confined as on a new ledger.
#[test]
fn db_migrate_brings_ledgers_of_earlier_access_rules_up_to_date() {
    if pg::cluster().is_none() {
        eprintln!("skipped: PostgreSQL is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("team.toml");
    std::fs::write(&file, TEAM_CONFIG).unwrap();
    for (generation, access) in [
        (1, include_str!("fixtures/pg_access_v1.sql")),
        (2, include_str!("fixtures/pg_access_v2.sql")),
        (6, include_str!("fixtures/pg_access_v6.sql")),
    ] {
        let url = earlier_ledger(access).unwrap();
        let cluster = pg::cluster().unwrap();
        let mut c = cluster.connect(&url);
        let bob = login_role(&mut c, "bob");
        // What the earlier svcreq stored: the whole configuration, bob a partner.
        c.execute(
            "INSERT INTO svcreq_config (key, value) VALUES ('config', $1)",
            &[&TEAM_CONFIG],
        )
        .unwrap();
        c.execute(
            "INSERT INTO svcreq_admins (name, role, tenants) VALUES ($1, 'partner', '{contoso}')",
            &[&bob],
        )
        .unwrap();
        if generation == 1 {
            c.batch_execute(&format!("GRANT svcreq_partner TO {bob}"))
                .unwrap();
        }
        for args in [&["list"][..], &["sla"], &["db", "config", "show"]] {
            let out = svcreq(&url, args);
            let err = refused_in_one_sentence(&out, 1);
            assert!(err.contains("svcreq db migrate"), "{generation}: {err}");
        }
        let out = ok(&url, &["db", "migrate"]);
        assert!(out.contains("access rules"), "{generation}: {out}");
        let again = ok(&url, &["db", "migrate"]);
        assert!(again.contains("nothing to do"), "{generation}: {again}");
        let stamped: String = c
            .query_one(
                "SELECT value FROM svcreq_meta WHERE key = 'access_version'",
                &[],
            )
            .unwrap()
            .get(0);
        assert_eq!(stamped, svcreq::store::access::ACCESS_VERSION.to_string());
        // The checks at the write are this svcreq's, each once: none of an earlier one's
        // names is left, and every column check is named after its rule.
        let names: Vec<String> = c
            .query(
                "SELECT conname::text FROM pg_constraint WHERE contype = 'c' \
                 AND conrelid IN ('requests'::regclass, 'cycles'::regclass, 'events'::regclass)",
                &[],
            )
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        assert!(
            names
                .iter()
                .all(|n| n == "requests_status_check" || n.contains(" is ")),
            "{generation}: {names:?}"
        );
        assert!(
            names.iter().any(|n| n.starts_with("severity is one of")),
            "{generation}: {names:?}"
        );
        if generation == 1 {
            let kept: i64 = c
                .query_one(
                    "SELECT count(*) FROM pg_class c, aclexplode(c.relacl) a \
                     WHERE c.relnamespace = 'public'::regnamespace \
                       AND a.grantee IN ('svcreq_admin'::regrole, 'svcreq_reader'::regrole, 'svcreq_partner'::regrole)",
                    &[],
                )
                .unwrap()
                .get(0);
            assert_eq!(kept, 0, "the group roles keep nothing here");
        }
        // The owner files in both tenants (as alice, an admin of every tenant).
        ok(&url, &["db", "admins", "add", "alice", "--role", "global"]);
        let as_alice = pg::as_user(&url, "alice");
        for tenant in ["contoso", "fabrikam"] {
            ok(
                &as_alice,
                &[
                    "open",
                    "--title",
                    "Mail down",
                    "--severity",
                    "B",
                    "--tenant",
                    tenant,
                ],
            );
        }
        // bob, as a partner: contoso's configuration and requests only, checked as on a
        // new ledger.
        let as_bob = as_role(&url, &bob);
        let listed: Vec<Listed> = serde_json::from_str(&ok(&as_bob, &["list", "--json"])).unwrap();
        assert_eq!(listed.len(), 1, "{generation}: {listed:?}");
        let shown = ok(&as_bob, &["db", "config", "show"]);
        assert!(
            shown.contains("contoso") && !shown.contains("fabrikam"),
            "{generation}: {shown}"
        );
        ok(&as_bob, &["note", &listed_id(&as_bob), "hello"]);
        psql_refused(
            &url,
            &bob,
            "BEGIN; UPDATE requests SET response_due = response_due + 86400; \
             INSERT INTO events (request_id, at, actor, kind, detail) SELECT max(id), floor(extract(epoch FROM now()))::bigint, current_user, 'note', 'x' FROM requests; COMMIT",
        );
    }
}

/// The id of the first request `list` shows.
fn listed_id(url: &str) -> String {
    ok(url, &["list", "-q"]).lines().next().unwrap().to_string()
}

/// `redact` rewrites the history, which on a team ledger only the owner of its tables may
/// do (SPEC 7, 8): an admin of every tenant is told exactly that (exit 4), and the owner
/// redacts.
#[test]
fn only_the_ledgers_owner_may_redact_on_a_team_ledger() {
    let Some(t) = team() else { return };
    // The owner (the role the ledger's URL names) acts as a listed admin too.
    let owner = pg::cluster()
        .unwrap()
        .connect(&t.url)
        .query_one("SELECT current_user::text", &[])
        .unwrap()
        .get::<_, String>(0);
    ok(&t.url, &["db", "admins", "add", &owner, "--role", "global"]);
    let as_carol = as_role(&t.url, &t.carol);
    let id = listed_id(&as_carol);
    let out = svcreq(&as_carol, &["redact", &id, "--all"]);
    let err = refused_in_one_sentence(&out, 4);
    assert_eq!(
        err.trim_end(),
        format!(
            "svcreq: '{}' may not redact on the team ledger: redacting rewrites the history, which only the ledger's owner (the role owning its tables) may do; ask the owner to run svcreq redact",
            t.carol
        )
    );
    ok(&t.url, &["redact", &id, "--all"]);
}

/// `db config push` counts in words that agree with the number (one tenant, two admins),
/// and `db admins add --until` repeats the partner's last day.
#[test]
fn db_config_push_counts_with_plurals_and_admins_add_repeats_the_last_day() {
    let Some(cluster) = pg::cluster() else { return };
    let url = cluster.fresh();
    let mut c = cluster.connect(&url);
    let (bob, carol) = (login_role(&mut c, "bob"), login_role(&mut c, "carol"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("team.toml");
    std::fs::write(
        &file,
        format!(
            "tenant = \"contoso\"\n[[admins]]\nname = \"{bob}\"\nrole = \"global\"\n\
             [[admins]]\nname = \"{carol}\"\nrole = \"global-reader\"\n"
        ),
    )
    .unwrap();
    let said = ok(&url, &["db", "config", "push", file.to_str().unwrap()]);
    assert!(said.contains("(1 tenant, 2 admins)"), "{said}");
    std::fs::write(&file, "tenant = \"contoso\"\n[tenants.fabrikam]\n").unwrap();
    let said = ok(&url, &["db", "config", "push", file.to_str().unwrap()]);
    assert!(said.contains("(2 tenants, 0 admins)"), "{said}");
    let pat = login_role(&mut c, "pat");
    let said = ok(
        &url,
        &[
            "db",
            "admins",
            "add",
            &pat,
            "--role",
            "partner",
            "--tenant",
            "fabrikam",
            "--until",
            "2027-05-31",
        ],
    );
    assert_eq!(
        said.trim_end(),
        format!("Added admin {pat} (partner, tenants fabrikam, last day 2027-05-31)")
    );
}

/// The policies' helpers answer only for the session's own role: a partner calling them
/// by hand about another role (an admin of every tenant) or another tenant is told false,
/// so it cannot rebuild the admin list; about itself they answer as the policies need.
#[test]
fn the_helpers_answer_only_for_the_calling_role() {
    let Some(t) = team() else { return };
    if psql(&t.url, &t.bob, "SELECT 1").is_none() {
        eprintln!("skipped: psql is not installed");
        return;
    }
    let q = |sql: &str| {
        let (ok, out, err) = psql(&t.url, &t.bob, sql).unwrap();
        assert!(ok, "{sql}: {err}");
        out
    };
    let carol = &t.carol;
    assert_eq!(q(&format!("SELECT svcreq_serves(NULL, '{carol}')")), "f");
    assert_eq!(
        q(&format!("SELECT svcreq_serves('fabrikam', '{carol}')")),
        "f"
    );
    assert_eq!(
        q(&format!(
            "SELECT svcreq_may('fabrikam', 'Europe/Berlin', '{carol}', true)"
        )),
        "f"
    );
    assert_eq!(
        q(
            "SELECT count(*) FROM pg_roles WHERE svcreq_serves(NULL, rolname) \
           OR svcreq_serves('contoso', rolname) OR svcreq_serves('fabrikam', rolname)"
        ),
        "1",
        "only bob itself"
    );
    let bob = &t.bob;
    assert_eq!(q(&format!("SELECT svcreq_serves('contoso', '{bob}')")), "t");
    assert_eq!(
        q(&format!(
            "SELECT svcreq_may('contoso', 'Asia/Tokyo', '{bob}', true)"
        )),
        "t"
    );
    // The policies still confine bob to contoso, and let it work there.
    let listed = ok(&as_role(&t.url, bob), &["list", "--json"]);
    let v: Vec<serde_json::Value> = serde_json::from_str(&listed).unwrap();
    assert_eq!(v.len(), 1);
    ok(
        &as_role(&t.url, bob),
        &[
            "open",
            "--title",
            "t",
            "--severity",
            "B",
            "--tenant",
            "contoso",
        ],
    );
}

/// The rows of the ledger as the owner sees them: (requests, events, cycles, imports).
fn counts(url: &str) -> (i64, i64, i64, i64) {
    let mut c = pg::cluster().unwrap().connect(url);
    let r = c
        .query_one(
            "SELECT (SELECT count(*) FROM requests), (SELECT count(*) FROM events), \
                    (SELECT count(*) FROM cycles), (SELECT count(*) FROM imports)",
            &[],
        )
        .unwrap();
    (r.get(0), r.get(1), r.get(2), r.get(3))
}

/// A partner's import (no `COPY` for a role row-level security confines: its rows go in
/// batched inserts) that names a tenant not delegated to it is refused whole: one sentence
/// naming the line, and nothing written — not the rows before it, not the import's record;
/// nor when a row's own id is one another tenant's request has (a request the partner
/// cannot see).
#[test]
fn a_partners_import_naming_another_tenant_is_refused_whole_and_writes_nothing() {
    let Some(t) = team() else { return };
    let as_bob = as_role(&t.url, &t.bob);
    let before = counts(&t.url);
    // Enough rows before the stranger that a batch of them is sent first.
    let mut rows = String::from("title,severity,tenant,opened_at\n");
    for i in 0..4500 {
        rows.push_str(&format!("contoso row {i},C,contoso,2026-11-01 10:00\n"));
    }
    rows.push_str("not bob's,C,fabrikam,2026-11-01 10:00\n");
    let csv = t.dir.path().join("mixed.csv");
    std::fs::write(&csv, rows).unwrap();
    // A tenant it does not serve is refused as every command refuses it (exit 4).
    let err = refused_in_one_sentence(&svcreq(&as_bob, &["import", csv.to_str().unwrap()]), 4);
    assert!(
        err.contains("line 4502") && err.contains("fabrikam"),
        "{err}"
    );
    assert_eq!(counts(&t.url), before, "nothing written");
    // A row keeping the id of fabrikam's request, which bob cannot see.
    let fabrikam_id = psql(
        &t.url,
        &t.carol,
        "SELECT id FROM requests WHERE tenant = 'fabrikam'",
    )
    .unwrap()
    .1;
    let csv = t.dir.path().join("taken.csv");
    std::fs::write(
        &csv,
        format!(
            "id,title,severity,tenant,opened_at\n900,first,C,contoso,2026-11-01 10:00\n{fabrikam_id},second,C,contoso,2026-11-01 10:00\n"
        ),
    )
    .unwrap();
    let out = svcreq(&as_bob, &["import", csv.to_str().unwrap()]);
    assert_ne!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(!err.contains("ERROR") && !err.contains("db error"), "{err}");
    assert_eq!(counts(&t.url), before, "nothing written");
}

/// A partner's import lands every row in its tenant, in batches of multi-row inserts: more
/// rows than one statement takes, with their histories (a closed request's response and
/// close), each row once, in the order of the file.
#[test]
fn a_partners_batch_import_lands_its_rows() {
    let Some(t) = team() else { return };
    let as_bob = as_role(&t.url, &t.bob);
    let before = counts(&t.url);
    let n = 4500;
    let mut rows = String::new();
    for i in 0..n {
        rows.push_str(&format!(
            "{{\"title\":\"imported {i}\",\"severity\":\"B\",\"tenant\":\"contoso\",\
             \"opened_at\":\"2026-11-01T01:00:00Z\",\"status\":\"closed\",\
             \"first_response_at\":\"2026-11-01T02:00:00Z\",\"closed_at\":\"2026-11-02T01:00:00Z\"}}\n"
        ));
    }
    let file = t.dir.path().join("many.jsonl");
    std::fs::write(&file, rows).unwrap();
    let said = ok(&as_bob, &["import", "-q", file.to_str().unwrap()]);
    let ids: Vec<i64> = said.lines().map(|l| l.parse().unwrap()).collect();
    assert_eq!(ids.len(), n, "one id a row");
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "in the file's order");
    let after = counts(&t.url);
    assert_eq!(after.0 - before.0, n as i64);
    assert_eq!(after.3 - before.3, 1, "one import");
    let mut c = pg::cluster().unwrap().connect(&t.url);
    let r = c
        .query_one(
            "SELECT count(*) FILTER (WHERE tenant = 'contoso'), \
                    count(*) FILTER (WHERE first_response_at IS NOT NULL AND closed_at IS NOT NULL) \
               FROM requests WHERE title LIKE 'imported %'",
            &[],
        )
        .unwrap();
    assert_eq!(
        (r.get::<_, i64>(0), r.get::<_, i64>(1)),
        (n as i64, n as i64)
    );
    let shown: Shown =
        serde_json::from_str(&ok(&as_bob, &["show", &ids[7].to_string(), "--json"])).unwrap();
    assert_eq!(
        (shown.title.as_str(), shown.status.as_str()),
        ("imported 7", "closed")
    );
    assert!(shown.first_response_at.is_some());
}

/// What a partner can try by hand, table by table: connected with `psql` as bob (contoso
/// only), no statement reads, changes, adds or removes a row of fabrikam's — its request,
/// events, earlier cycles, search text and import, nor the team's config and the other
/// admins' rows — whether by SELECT, UPDATE, DELETE, INSERT, `COPY … TO` or `COPY … FROM`;
/// and the owner finds every table as it was.
#[test]
fn a_partner_with_psql_reaches_no_other_tenants_row_in_any_table() {
    let Some(t) = team() else { return };
    if psql(&t.url, &t.bob, "SELECT 1").is_none() {
        eprintln!("skipped: psql is not installed");
        return;
    }
    // fabrikam's request gets an earlier cycle (closed and reopened) and an imported sibling.
    let as_carol = as_role(&t.url, &t.carol);
    let fab = psql(
        &t.url,
        &t.carol,
        "SELECT id FROM requests WHERE tenant = 'fabrikam'",
    )
    .unwrap()
    .1;
    ok(&as_carol, &["close", &fab, "--resolution", "fixed"]);
    ok(&as_carol, &["reopen", &fab, "--reason", "came back"]);
    let csv = t.dir.path().join("fab.csv");
    std::fs::write(
        &csv,
        "title,severity,tenant,opened_at\nfabrikam secret plans,C,fabrikam,2026-11-01 10:00\n",
    )
    .unwrap();
    ok(&as_carol, &["import", csv.to_str().unwrap()]);
    let of_fabrikam = [
        "SELECT count(*) FROM requests WHERE tenant = 'fabrikam'".to_string(),
        format!("SELECT count(*) FROM events WHERE request_id = {fab}"),
        format!("SELECT count(*) FROM cycles WHERE request_id = {fab}"),
        "SELECT count(*) FROM requests WHERE search_text ILIKE '%secret%'".to_string(),
        "SELECT count(*) FROM imports".to_string(),
        "SELECT count(*) FROM svcreq_config WHERE tenant = 'fabrikam' OR value LIKE '%Berlin%'"
            .to_string(),
        format!(
            "SELECT count(*) FROM svcreq_admins WHERE name <> '{}'",
            t.bob
        ),
    ];
    // carol sees them all: each query can find something.
    for sql in &of_fabrikam {
        let seen = psql(&t.url, &t.carol, sql).unwrap();
        assert!(seen.0 && seen.1 != "0", "carol: {sql}: {seen:?}");
    }
    let q = |sql: &str| psql(&t.url, &t.bob, sql).unwrap();
    for sql in &of_fabrikam {
        assert_eq!(q(sql), (true, "0".to_string(), String::new()), "{sql}");
    }
    // COPY … TO is a query under the policies: contoso's rows only.
    let copied = q("COPY (SELECT DISTINCT tenant FROM requests) TO STDOUT").1;
    assert_eq!(copied, "contoso");
    let copied = q("COPY requests (tenant) TO STDOUT").1;
    assert!(
        !copied.is_empty() && copied.lines().all(|l| l == "contoso"),
        "{copied}"
    );
    let before = counts(&t.url);
    let before_rows = psql(
        &t.url,
        &t.carol,
        "SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) FROM (\
           SELECT row(q.*)::text AS r FROM requests q UNION ALL SELECT row(e.*)::text FROM events e \
           UNION ALL SELECT row(c.*)::text FROM cycles c UNION ALL SELECT row(i.*)::text FROM imports i \
           UNION ALL SELECT row(k.*)::text FROM svcreq_config k UNION ALL SELECT row(a.*)::text FROM svcreq_admins a) x",
    )
    .unwrap()
    .1;
    // Changes: each either touches no row (the policies hide fabrikam's) or is refused.
    let changes = [
        "UPDATE requests SET title = 'x' WHERE tenant = 'fabrikam'".to_string(),
        "UPDATE requests SET tenant = 'contoso' WHERE tenant = 'fabrikam'".to_string(),
        "DELETE FROM requests WHERE tenant = 'fabrikam'".to_string(),
        "DELETE FROM requests".to_string(),
        format!("UPDATE events SET detail = 'x' WHERE request_id = {fab}"),
        format!("DELETE FROM events WHERE request_id = {fab}"),
        format!("UPDATE cycles SET resolution = 'x' WHERE request_id = {fab}"),
        format!("DELETE FROM cycles WHERE request_id = {fab}"),
        "DELETE FROM cycles".to_string(),
        "UPDATE imports SET actor = current_user".to_string(),
        "DELETE FROM imports".to_string(),
        "UPDATE svcreq_config SET value = 'x'".to_string(),
        "DELETE FROM svcreq_config".to_string(),
        "INSERT INTO svcreq_config (key, value, tenant) VALUES ('tenant:evil', '{}', 'evil')"
            .to_string(),
        "UPDATE svcreq_admins SET role = 'global'".to_string(),
        "DELETE FROM svcreq_admins".to_string(),
        format!(
            "INSERT INTO events (request_id, at, actor, kind, detail) VALUES ({fab}, 1, current_user, 'note', 'x')"
        ),
        format!(
            "INSERT INTO cycles (request_id, seq, started_at, availability, response_target, response_clock, response_due) \
             VALUES ({fab}, 9, 1, '24x7', '1h', '24x7', 3601)"
        ),
        "INSERT INTO requests (tenant, title, category, plan, tier, channel, status, opened_at, scope, opened_by, timezone, cycle_started_at, availability, response_target, response_clock, severity, severity_source, response_due) \
         SELECT 'fabrikam', 'x', 'technical', 'e3', 'enterprise', 'online', 'open', 1, 'in-scope', current_user, 'UTC', 1, '24x7', '1h', '24x7', 'A', 'manual', 3601".to_string(),
        "COPY requests (tenant, title) FROM STDIN".to_string(),
        "COPY events (request_id, at, actor, kind, detail) FROM STDIN".to_string(),
        "COPY cycles (request_id, seq, started_at) FROM STDIN".to_string(),
        "COPY imports (at, actor) FROM STDIN".to_string(),
        "COPY svcreq_config (key, value) FROM STDIN".to_string(),
        "TRUNCATE requests, events, cycles, imports".to_string(),
    ];
    for sql in &changes {
        // One run each: its command tag when it ran (`UPDATE 0`), its error when refused.
        let out = Command::new("psql")
            .arg(as_role(&t.url, &t.bob))
            .args(["-X", "-v", "ON_ERROR_STOP=1", "-c", sql])
            .output()
            .unwrap();
        let tag = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        if out.status.success() {
            assert!(tag.ends_with(" 0"), "{sql}: {tag}");
        } else {
            assert!(
                err.contains("permission denied")
                    || err.contains("row-level security")
                    || err.contains("refused"),
                "{sql}: {err}"
            );
        }
    }
    assert_eq!(counts(&t.url), before);
    let after_rows = psql(
        &t.url,
        &t.carol,
        "SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) FROM (\
           SELECT row(q.*)::text AS r FROM requests q UNION ALL SELECT row(e.*)::text FROM events e \
           UNION ALL SELECT row(c.*)::text FROM cycles c UNION ALL SELECT row(i.*)::text FROM imports i \
           UNION ALL SELECT row(k.*)::text FROM svcreq_config k UNION ALL SELECT row(a.*)::text FROM svcreq_admins a) x",
    )
    .unwrap()
    .1;
    assert_eq!(after_rows, before_rows, "every table as it was");
}

/// A partner's import keeps the rows' own ids, as on a ledger file: the requests' sequence
/// (which it may draw from but not set) moves past them, so the next request it or anyone
/// opens takes a later id.
#[test]
fn a_partners_import_keeps_its_rows_ids_and_new_ids_come_after_them() {
    let Some(t) = team() else { return };
    let as_bob = as_role(&t.url, &t.bob);
    let file = t.dir.path().join("ids.jsonl");
    std::fs::write(
        &file,
        "{\"id\":700,\"title\":\"kept 700\",\"severity\":\"C\",\"tenant\":\"contoso\"}\n\
         {\"title\":\"new one\",\"severity\":\"C\",\"tenant\":\"contoso\"}\n\
         {\"id\":650,\"title\":\"kept 650\",\"severity\":\"C\",\"tenant\":\"contoso\"}\n",
    )
    .unwrap();
    let ids: Vec<i64> = ok(&as_bob, &["import", "-q", file.to_str().unwrap()])
        .lines()
        .map(|l| l.parse().unwrap())
        .collect();
    assert_eq!(ids[0], 700);
    assert!(ids[1] > 700, "{ids:?}");
    assert_eq!(ids[2], 650);
    for who in [&t.bob, &t.carol] {
        let id: i64 = ok(
            &as_role(&t.url, who),
            &[
                "open",
                "-q",
                "--title",
                "after",
                "--severity",
                "C",
                "--tenant",
                "contoso",
            ],
        )
        .trim()
        .parse()
        .unwrap();
        assert!(id > ids[1], "{who}: {id} after {ids:?}");
    }
}

/// SPEC 6, 7 on the team ledger: the server's order of events is the case's timeline, as
/// svcreq's own is. A correction of a response time, recorded at the present, is the audit
/// trail: a confined admin may still back-fill an action dated before it, and an action
/// before the case's latest action is still refused.
#[test]
fn the_server_orders_events_by_the_cases_timeline_not_by_corrections() {
    let Some(t) = team() else { return };
    let as_carol = as_role(&t.url, &t.carol);
    // svcreq runs at 2026-11-24T10:00:00Z; each time is that many minutes before it.
    let ago = |minutes: i64| {
        let t = chrono::DateTime::parse_from_rfc3339("2026-11-24T10:00:00Z").unwrap()
            - chrono::Duration::minutes(minutes);
        t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
    };
    let id = ok(
        &as_carol,
        &[
            "open",
            "-q",
            "--title",
            "backfilled",
            "--severity",
            "B",
            "--tenant",
            "contoso",
            "--opened-at",
            &ago(180),
        ],
    )
    .trim()
    .to_string();
    ok(&as_carol, &["respond", &id, "--at", &ago(170)]);
    ok(&as_carol, &["respond", &id, "--at", &ago(175), "--correct"]);
    ok(&as_carol, &["note", &id, "called back", "--at", &ago(120)]);
    ok(&as_carol, &["close", &id, "--at", &ago(60)]);
    let out = svcreq(&as_carol, &["note", &id, "too early", "--at", &ago(90)]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // By hand too: a note dated before the close is refused by the server.
    if let Some(r) = psql(
        &t.url,
        &t.carol,
        &format!(
            "INSERT INTO events (request_id, at, actor, kind, detail, data) \
             VALUES ({id}, extract(epoch FROM timestamptz '{}')::bigint, \
             current_user, 'note', 'by hand', NULL)",
            ago(90)
        ),
    ) {
        assert!(!r.0, "{r:?}");
    }
}

/// SPEC 7 on the team ledger: a confined admin's correction of a response time recomputes
/// the cycle's target from the corrected timeline, and the server lets that correction move
/// the due time of an answered cycle (it records the new target with its new value).
#[test]
fn a_confined_admins_corrected_response_recomputes_the_due_time_the_server_accepts() {
    let Some(t) = team() else { return };
    let as_carol = as_role(&t.url, &t.carol);
    let id = ok(
        &as_carol,
        &[
            "open",
            "-q",
            "--title",
            "lowered",
            "--severity",
            "A",
            "--tenant",
            "contoso",
            "--opened-at",
            "2026-11-24T07:00:00Z",
        ],
    )
    .trim()
    .to_string();
    ok(&as_carol, &["respond", &id, "--at", "2026-11-24T07:10:00Z"]);
    ok(
        &as_carol,
        &[
            "update",
            &id,
            "--severity",
            "B",
            "--at",
            "2026-11-24T07:15:00Z",
        ],
    );
    // The response moved past the change: the change re-targets the cycle to B's next-day
    // target from 07:15Z (16:15 in Tokyo), due at the end of the next Tokyo day.
    ok(
        &as_carol,
        &["respond", &id, "--at", "2026-11-24T08:20:00Z", "--correct"],
    );
    #[derive(serde::Deserialize)]
    struct Shown {
        response_target: String,
        response_due: Option<String>,
        sla_state: String,
    }
    let shown: Shown = serde_json::from_str(&ok(&as_carol, &["show", &id, "--json"])).unwrap();
    assert_eq!(
        (
            shown.response_target.as_str(),
            shown.response_due.as_deref(),
            shown.sla_state.as_str()
        ),
        ("next-day", Some("2026-11-25T14:59:59Z"), "met")
    );
    let out = svcreq(&as_carol, &["sla", "--all"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// psql as `role` must be refused by the ledger's checks at the write (a check constraint,
/// the history's own check, a value the column cannot take) or by the access rules, and
/// leave nothing behind.
fn psql_refused_at_write(url: &str, role: &str, sql: &str) -> String {
    let r = psql(url, role, sql).unwrap();
    assert!(
        !r.0 && (r.2.contains("violates check constraint")
            || r.2.contains("refused")
            || r.2.contains("invalid input syntax for type json")),
        "{role}: {sql}: {r:?}"
    );
    r.2
}

/// SPEC 8: the team ledger's database refuses, at the write, any row svcreq itself would
/// refuse to read — a value outside a column's closed domain or shape, a time outside the
/// years 0001–9999, a request's times out of order, event data that is not JSON, and the
/// history's cross-row rules (earlier cycles as many as the reopen count, events dated in
/// order from the opening, no response recorded without its first_response_at) — for a
/// partner connected with psql, filing or changing its own tenant's rows with the event the
/// access rules ask for, and for the owner alike. The owner's reads (sla, export, db copy)
/// still work afterwards; svcreq's own writes of several statements pass.
#[test]
fn the_team_ledger_refuses_at_the_write_any_row_svcreq_would_refuse_to_read() {
    let Some(t) = team() else { return };
    if psql(&t.url, &t.bob, "SELECT 1").is_none() {
        eprintln!("skipped: psql is not installed");
        return;
    }
    // A day before the tests' --now: a request filed by hand that svcreq reads as filed.
    let t0 = 1_795_428_000_i64; // 2026-11-23T10:00:00Z
    let file = |set: &[(&str, &str)], kind: &str, data: &str| {
        let mut cols: Vec<(&str, String)> = [
            ("tenant", "'contoso'"),
            ("title", "'by hand'"),
            ("category", "'technical'"),
            ("severity", "'B'"),
            ("severity_source", "'manual'"),
            ("plan", "'e3'"),
            ("tier", "'unified'"),
            ("channel", "'online'"),
            ("status", "'open'"),
            ("scope", "'in-scope'"),
            ("opened_by", "current_user"),
            ("timezone", "'Asia/Tokyo'"),
            ("availability", "'24x7'"),
            ("response_target", "'1h'"),
            ("response_clock", "'24x7'"),
            ("reopen_count", "0"),
        ]
        .iter()
        .map(|(c, v)| (*c, v.to_string()))
        .collect();
        cols.push(("opened_at", t0.to_string()));
        cols.push(("cycle_started_at", t0.to_string()));
        cols.push(("response_due", (t0 + 3600).to_string()));
        for (c, v) in set {
            match cols.iter_mut().find(|(name, _)| name == c) {
                Some(col) => col.1 = v.to_string(),
                None => cols.push((c, v.to_string())),
            }
        }
        let names: Vec<&str> = cols.iter().map(|c| c.0).collect();
        let values: Vec<&str> = cols.iter().map(|c| c.1.as_str()).collect();
        format!(
            "BEGIN; INSERT INTO requests ({}) VALUES ({}); \
             INSERT INTO events (request_id, at, actor, kind, detail, data) \
             SELECT id, {}, current_user, '{kind}', 'by hand', {data} FROM requests \
             WHERE id = currval(pg_get_serial_sequence('requests', 'id')); COMMIT",
            names.join(", "),
            values.join(", "),
            // An opening is dated when its request was opened.
            if kind == "opened" {
                "opened_at".to_string()
            } else {
                (t0 + 60).to_string()
            }
        )
    };
    // The same row with nothing wrong in it is filed: the refusals below are of the values.
    let fine = psql(&t.url, &t.bob, &file(&[], "opened", "NULL")).unwrap();
    assert!(fine.0, "{fine:?}");
    let count = |who: &str| {
        psql(&t.url, who, "SELECT count(*) FROM requests")
            .unwrap()
            .1
    };
    let (before_bob, before_owner) = (count(&t.bob), count("alice"));
    let year_10000 = "253402300800";
    for (set, kind) in [
        (&[("severity", "'Z'")][..], "opened"),
        (&[("channel", "'fax'")], "opened"),
        (&[("status", "'pending'")], "opened"),
        (&[("category", "'gossip'")], "opened"),
        (&[("scope", "'elsewhere'")], "opened"),
        (&[("service", "'myspace'")], "opened"),
        (&[("severity_source", "'rumour'")], "opened"),
        (&[("contact_method", "'pigeon'")], "opened"),
        (&[("availability", "'sometimes'")], "opened"),
        (&[("response_target", "'3x'")], "opened"),
        (&[("response_target", "'0h'")], "opened"),
        (&[("response_target", "'99999d'")], "opened"),
        (&[("response_clock", "'lunar'")], "opened"),
        (&[("available_24x7", "7")], "opened"),
        (&[("reopen_count", "-1")], "opened"),
        (&[("reopen_count", "2")], "opened"),
        (&[("channel", "'phone'"), ("reopen_count", "1")], "opened"),
        (
            &[
                ("opened_at", "-62135596801"),
                ("cycle_started_at", "-62135596801"),
            ],
            "opened",
        ),
        (&[("response_due", year_10000)], "opened"),
        (&[("cycle_started_at", "opened_at + 60")], "opened"),
        (&[("status", "'closed'")], "opened"),
        // A response recorded with no first_response_at on the request.
        (&[], "responded"),
    ] {
        let set: Vec<(&str, String)> = set
            .iter()
            .map(|(c, v)| {
                // A column's value given in terms of another is spelled out.
                let v = v.replace("opened_at + 60", &(t0 + 60).to_string());
                (*c, v)
            })
            .collect();
        let set: Vec<(&str, &str)> = set.iter().map(|(c, v)| (*c, v.as_str())).collect();
        psql_refused_at_write(&t.url, &t.bob, &file(&set, kind, "NULL"));
        psql_refused_at_write(&t.url, "alice", &file(&set, kind, "NULL"));
    }
    // A change recorded by its event as the access rules ask, to a value svcreq cannot read.
    let now = "floor(extract(epoch FROM now()))::bigint";
    psql_refused_at_write(
        &t.url,
        &t.bob,
        &format!(
            "BEGIN; UPDATE requests SET severity = 'Z' WHERE id = 1; \
             INSERT INTO events (request_id, at, actor, kind, detail, data) VALUES \
             (1, {now}, current_user, 'updated', 'x', '{{\"severity\": {{\"old\": \"B\", \"new\": \"Z\"}}}}'); COMMIT"
        ),
    );
    // The owner (alice, who owns the tables), by hand, on filed requests: every rule holds for it too.
    for sql in [
        "UPDATE requests SET severity = 'Z' WHERE id = 2".to_string(),
        "UPDATE requests SET reopen_count = -3 WHERE id = 2".to_string(),
        "UPDATE requests SET reopen_count = 1 WHERE id = 2".to_string(),
        "UPDATE requests SET timezone = 'Mars/Base' WHERE id = 2".to_string(),
        format!("UPDATE requests SET status = 'closed', closed_at = {year_10000} WHERE id = 2"),
        "UPDATE requests SET first_response_at = opened_at - 60 WHERE id = 2".to_string(),
        "UPDATE events SET data = '{bad' WHERE request_id = 2".to_string(),
        "UPDATE events SET at = at - 86400 WHERE request_id = 2".to_string(),
        "INSERT INTO events (request_id, at, actor, kind, detail) \
         SELECT id, opened_at - 60, 'x', 'note', 'x' FROM requests WHERE id = 2"
            .to_string(),
        "INSERT INTO events (request_id, at, actor, kind, detail, data) \
         SELECT id, last_at, 'x', 'note', 'x', 'not json' FROM requests WHERE id = 2"
            .to_string(),
        "INSERT INTO events (request_id, at, actor, kind, detail) \
         SELECT id, last_at, 'x', 'responded', 'x' FROM requests WHERE id = 2"
            .to_string(),
        "INSERT INTO cycles (request_id, seq, started_at, availability, response_target, response_clock, closed_at) \
         SELECT id, 0, opened_at, '24x7', '1h', '24x7', opened_at FROM requests WHERE id = 2"
            .to_string(),
    ] {
        psql_refused_at_write(&t.url, "alice", &sql);
    }
    assert_eq!(
        (count(&t.bob), count("alice")),
        (before_bob, before_owner),
        "nothing of that reached the ledger"
    );
    // The owner's reads go on; svcreq's own writes (a response, a close, a reopen, a note)
    // pass the checks at their commit.
    let as_carol = as_role(&t.url, &t.carol);
    ok(&as_carol, &["respond", "2"]);
    ok(&as_carol, &["close", "2", "--resolution", "fixed"]);
    ok(&as_carol, &["reopen", "2", "--reason", "back"]);
    ok(&as_carol, &["note", "2", "hello"]);
    ok(
        &t.url,
        &["db", "admins", "add", "alice", "--role", "global"],
    );
    ok(&t.url, &["sla", "--all", "--fail-on", "never"]);
    let exported = ok(&t.url, &["export", "--events"]);
    assert_eq!(exported.lines().count(), 3, "{exported}");
    let copy = t.dir.path().join("copy.db");
    ok(
        &t.url,
        &[
            "db",
            "copy",
            "--from",
            &t.url,
            "--to",
            copy.to_str().unwrap(),
        ],
    );
}

/// SPEC 8: a partner (or the owner) writing through psql a row svcreq would refuse to read
/// is told, in PostgreSQL's own refusal, the rule it broke: a column check is named after
/// its rule, the column first and what svcreq accepts ("severity is one of A, B, C"), and a
/// rule across rows names the request, the column and what is wrong. Nothing is written.
#[test]
fn a_write_through_psql_is_refused_naming_the_rule_it_breaks() {
    let Some(t) = team() else { return };
    if psql(&t.url, &t.bob, "SELECT 1").is_none() {
        eprintln!("skipped: psql is not installed");
        return;
    }
    let before = counts(&t.url);
    for who in [t.bob.as_str(), "alice"] {
        for (sql, rule) in [
            (
                "UPDATE requests SET severity = 'Z' WHERE id = 1",
                "violates check constraint \"severity is one of A, B, C\"",
            ),
            (
                "UPDATE requests SET reopen_count = -1 WHERE id = 1",
                "violates check constraint \"reopen_count is not negative\"",
            ),
            (
                "UPDATE requests SET response_target = '3x' WHERE id = 1",
                "violates check constraint \"response_target is none, next-day or 1s to 3650d\"",
            ),
            (
                "UPDATE requests SET timezone = 'Mars/Base' WHERE id = 1",
                "violates check constraint \"timezone is an IANA time zone svcreq knows\"",
            ),
            (
                "UPDATE requests SET first_response_at = opened_at - 60 WHERE id = 1",
                "violates check constraint \"first_response_at is from cycle_started_at on\"",
            ),
            (
                "INSERT INTO events (request_id, at, actor, kind, detail, data) \
                 SELECT id, last_at, current_user, 'note', 'x', 'not json' FROM requests WHERE id = 1",
                "violates check constraint \"data is JSON\"",
            ),
            (
                "INSERT INTO events (request_id, at, actor, kind, detail) \
                 SELECT id, opened_at - 60, current_user, 'note', 'x' FROM requests WHERE id = 1",
                // The access rules, which a partner meets first, say it in their words.
                "request 1 refused",
            ),
            (
                "INSERT INTO events (request_id, at, actor, kind, detail) \
                 SELECT id, last_at, current_user, 'responded', 'x' FROM requests WHERE id = 1",
                "request 1 refused: column first_response_at: a response is recorded",
            ),
        ] {
            let r = psql(&t.url, who, sql).unwrap();
            assert!(!r.0 && r.2.contains(rule), "{who}: {sql}: {r:?}");
            if sql.contains("SELECT id, opened_at - 60") {
                assert!(r.2.contains("dated before"), "{who}: {r:?}");
            }
        }
    }
    assert_eq!(counts(&t.url), before, "nothing of that reached the ledger");
}

/// SPEC 6, 7, 8 (access version 12): the server refuses a row hand-edited against its
/// opening. A request whose history is its opening alone holds what it was filed with (the
/// opening records it, every column the history decides); the owner through a raw
/// connection changing any of them — the severity, due time, target, tenant, category,
/// service, severity source, plan, tier, zone, availability, clock, when the target
/// started, a response or close no event records — is refused at the commit naming the
/// request and the column, one edit or several in one statement, and nothing of it is
/// kept. svcreq's own changes of them (an update of the severity, a tenant correction, a
/// reopen) pass and read back; an opening written before it records nothing and the
/// request it begins keeps working.
#[test]
fn the_server_refuses_a_row_hand_edited_against_its_opening() {
    let Some(t) = team() else { return };
    let mut c = pg::cluster().unwrap().connect(&t.url);
    // The filed values, for an edit that changes each to another.
    let row = |c: &mut postgres::Client, id: i64| -> String {
        c.query_one(
            "SELECT row_to_json(r)::text FROM (SELECT tenant, category, service, severity, \
             severity_source, plan, tier, timezone, availability, response_target, \
             response_clock, response_due, target_started_at, status, first_response_at, \
             closed_at FROM requests WHERE id = $1) r",
            &[&id],
        )
        .unwrap()
        .get(0)
    };
    let filed = row(&mut c, 1);
    let service: String = c
        .query_one("SELECT service FROM requests WHERE id = 1", &[])
        .unwrap()
        .get(0);
    let other_service = if service == "teams" {
        "sharepoint"
    } else {
        "teams"
    };
    // (the edit, the column the server names)
    let edits = [
        ("severity = 'C'".to_string(), "severity"),
        ("response_due = response_due + 86400".into(), "response_due"),
        ("response_target = '1h'".into(), "response_target"),
        ("tenant = 'fabrikam'".into(), "tenant"),
        (
            "category = 'billing', severity = NULL, severity_source = NULL".into(),
            "category",
        ),
        (format!("service = '{other_service}'"), "service"),
        ("severity_source = 'microsoft'".into(), "severity_source"),
        ("plan = 'e5'".into(), "plan"),
        ("tier = 'frontline'".into(), "tier"),
        ("timezone = 'Europe/Berlin'".into(), "timezone"),
        (
            "availability = CASE availability WHEN '24x7' THEN 'business-hours' ELSE '24x7' END"
                .into(),
            "availability",
        ),
        (
            "response_clock = CASE response_clock WHEN '24x7' THEN 'business' ELSE '24x7' END"
                .into(),
            "response_clock",
        ),
        ("target_started_at = opened_at".into(), "target_started_at"),
        (
            "status = 'closed', closed_at = opened_at + 60".into(),
            "closed_at",
        ),
        (
            "first_response_at = opened_at + 60".into(),
            "first_response_at",
        ),
        // Several columns at once: the first the history decides is named.
        (
            "severity = 'C', response_due = response_due + 86400, tenant = 'fabrikam'".into(),
            "tenant",
        ),
    ];
    for (set, column) in &edits {
        let sql = format!("UPDATE requests SET {set} WHERE id = 1");
        let e = c.batch_execute(&sql).unwrap_err();
        let said = e
            .as_db_error()
            .map(|d| d.message().to_string())
            .unwrap_or_default();
        assert!(
            said.starts_with(&format!("request 1 refused: column {column}: ")),
            "{sql}: {e:?}"
        );
        assert_eq!(row(&mut c, 1), filed, "{sql}: nothing of it kept");
    }
    // svcreq's own changes of those columns pass, and every reader reads them.
    let as_carol = as_role(&t.url, &t.carol);
    ok(
        &as_carol,
        &["update", "1", "--severity", "C", "--reason", "re-rated"],
    );
    ok(&as_carol, &["update", "2", "--tenant", "contoso"]);
    ok(&as_carol, &["respond", "1"]);
    ok(&as_carol, &["close", "1"]);
    ok(
        &as_carol,
        &["reopen", "1", "--severity", "A", "--reason", "again"],
    );
    for id in ["1", "2"] {
        ok(&as_carol, &["show", id]);
    }
    ok(&as_carol, &["export", "--events"]);
    // And their hand edits are still refused, the last change recorded read.
    let e = c
        .batch_execute("UPDATE requests SET tenant = 'fabrikam' WHERE id = 2")
        .unwrap_err();
    assert!(format!("{e:?}").contains("column tenant"), "{e:?}");
    // An opening from before access version 12 records nothing: its request reads and
    // changes through svcreq as before.
    ok(
        &as_carol,
        &["open", "--title", "Forms slow", "--severity", "B"],
    );
    c.batch_execute("UPDATE events SET data = NULL WHERE request_id = 3 AND kind = 'opened'")
        .unwrap();
    ok(
        &as_carol,
        &["update", "3", "--severity", "C", "--reason", "re-rated"],
    );
    ok(&as_carol, &["show", "3"]);
}

/// SPEC 8, access version 13: an event appended by hand is held to its request's row at
/// commit as a change of the row is, whatever its kind (an update, a severity change, a
/// second opening, a correction of the tenant): one the row does not follow is refused
/// naming the column, nothing of it kept; with the row changed to follow it in the same
/// transaction it passes; a note records nothing the row follows. A check run for a request
/// earlier in the transaction (SET CONSTRAINTS ALL IMMEDIATE) does not cover an event
/// appended after it.
#[test]
fn an_event_appended_by_hand_is_held_to_the_row_at_commit() {
    let Some(t) = team() else { return };
    let mut c = pg::cluster().unwrap().connect(&t.url);
    let events = |c: &mut postgres::Client| -> i64 {
        c.query_one("SELECT count(*) FROM events", &[])
            .unwrap()
            .get(0)
    };
    let before = events(&mut c);
    let append = |kind: &str, data: &str| {
        format!(
            "INSERT INTO events (request_id, at, actor, kind, detail, data) VALUES \
             (1, floor(extract(epoch FROM now()))::bigint, current_user, '{kind}', 'by hand', '{data}')"
        )
    };
    // (the event, the column the server names)
    let invented = [
        (
            append("updated", r#"{"severity": {"old": "B", "new": "C"}}"#),
            "severity",
        ),
        (
            append(
                "severity-changed",
                r#"{"severity": {"old": "B", "new": "A"}}"#,
            ),
            "severity",
        ),
        (
            append("opened", r#"{"severity": {"new": "C"}}"#),
            "events.kind",
        ),
        (
            append(
                "updated",
                r#"{"tenant": {"old": "contoso", "new": "fabrikam"}}"#,
            ),
            "tenant",
        ),
        (
            append(
                "corrected",
                r#"{"tenant": {"old": "contoso", "new": "fabrikam"}}"#,
            ),
            "tenant",
        ),
        (
            append(
                "updated",
                r#"{"response_target": {"old": "next-day", "new": "1h"}}"#,
            ),
            "response_target",
        ),
    ];
    for (sql, column) in &invented {
        let e = c.batch_execute(sql).unwrap_err();
        let said = e
            .as_db_error()
            .map(|d| d.message().to_string())
            .unwrap_or_default();
        assert!(
            said.starts_with(&format!("request 1 refused: column {column}: ")),
            "{sql}: {e:?}"
        );
        assert_eq!(events(&mut c), before, "{sql}: nothing of it kept");
        // In a transaction of several statements, and after a check run earlier in it.
        for wrap in [
            format!("BEGIN; {sql}; COMMIT"),
            format!(
                "BEGIN; UPDATE requests SET title = title || ' ' WHERE id = 1; \
                 SET CONSTRAINTS ALL IMMEDIATE; {sql}; COMMIT"
            ),
            format!(
                "BEGIN; {}; SET CONSTRAINTS ALL IMMEDIATE; {sql}; COMMIT",
                append("updated", r#"{"title": {"old": "a", "new": "b"}}"#)
            ),
        ] {
            let e = c.batch_execute(&wrap).unwrap_err();
            let _ = c.batch_execute("ROLLBACK");
            assert!(
                format!("{e:?}").contains(&format!("column {column}")),
                "{wrap}: {e:?}"
            );
            assert_eq!(events(&mut c), before, "{wrap}: nothing of it kept");
        }
    }
    // A note records nothing the row follows.
    c.batch_execute(
        "INSERT INTO events (request_id, at, actor, kind, detail) VALUES \
         (1, floor(extract(epoch FROM now()))::bigint, current_user, 'note', 'a word')",
    )
    .unwrap();
    // The row changed with the event, in one transaction, passes, and every reader reads it.
    c.batch_execute(&format!(
        "BEGIN; UPDATE requests SET severity = 'C', response_due = response_due WHERE id = 1; {}; COMMIT",
        append("updated", r#"{"severity": {"old": "B", "new": "C"}}"#)
    ))
    .unwrap_or_else(|e| panic!("{e:?}"));
    let as_carol = as_role(&t.url, &t.carol);
    ok(&as_carol, &["show", "1"]);
    // svcreq's own writes pass as before.
    ok(
        &as_carol,
        &["update", "2", "--severity", "C", "--reason", "re-rated"],
    );
    ok(&as_carol, &["respond", "2", "--note", "on it"]);
    ok(&as_carol, &["close", "2"]);
    ok(&as_carol, &["show", "2"]);
}

/// Access version 15: svcreq's own writes pay the checks their rows and events call for,
/// each on its own. An update writes the row and appends its event: the row's check runs
/// the whole rule (svcreq_history_fault, which reads the events and the recorded columns
/// once each) and the event's the two an event can break, since nothing a session could
/// set lets one check stand for the other; an opening, whose event records what the
/// request was filed with and is its request's whole history, is held to the row by one
/// query (access version 14) and calls neither; a note pays none.
#[test]
fn svcreqs_own_writes_pay_the_checks_their_rows_and_events_call_for() {
    let Some(t) = team() else { return };
    let mut c = pg::cluster().unwrap().connect(&t.url);
    c.batch_execute(
        "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET track_functions = ''pl''', \
         current_database()); END $$; SET stats_fetch_consistency = none",
    )
    .unwrap();
    let calls = |c: &mut postgres::Client| -> [i64; 3] {
        let n = |c: &mut postgres::Client, f: &str| -> i64 {
            c.query_one(
                "SELECT coalesce(sum(calls), 0)::bigint FROM pg_stat_user_functions \
                 WHERE funcname = $1",
                &[&f],
            )
            .unwrap()
            .get(0)
        };
        [
            n(c, "svcreq_history_fault"),
            n(c, "svcreq_events_fault"),
            n(c, "svcreq_recorded_fault"),
        ]
    };
    // A session's counts reach the server's when it ends, which may be a moment after the
    // command returns: wait until they stop moving.
    let settled = |c: &mut postgres::Client| -> [i64; 3] {
        let mut last = calls(c);
        for _ in 0..20 {
            std::thread::sleep(std::time::Duration::from_millis(150));
            let now = calls(c);
            if now == last {
                return now;
            }
            last = now;
        }
        last
    };
    let as_carol = as_role(&t.url, &t.carol);
    // (the command, the calls of each function it costs: history, events, recorded)
    let writes: [(&[&str], [i64; 3]); 4] = [
        (
            &["update", "1", "--severity", "C", "--reason", "re-rated"],
            [1, 2, 2],
        ),
        (&["update", "2", "--tenant", "contoso"], [1, 2, 2]),
        (
            &[
                "open",
                "--title",
                "Forms slow",
                "--severity",
                "B",
                "--tenant",
                "contoso",
            ],
            [0, 0, 0],
        ),
        (&["note", "1", "a word"], [0, 0, 0]),
    ];
    ok(&as_carol, &["show", "1"]);
    for (args, cost) in writes {
        let before = settled(&mut c);
        ok(&as_carol, args);
        let after = settled(&mut c);
        let paid = [0, 1, 2].map(|i| after[i] - before[i]);
        assert_eq!(paid, cost, "{args:?}: (history, events, recorded) checks");
    }
}

/// SPEC 8, access version 14: an opening that is its request's whole history is held to
/// the row by one query, and that query passes nothing the rules themselves refuse. A
/// request filed by hand with its opening (the opening's data as svcreq records it) commits
/// when every column agrees; a column the opening records otherwise is refused naming it,
/// nothing kept; an opening whose value is written another way the rules read alike (a due
/// time as "+00:00") passes as before, one the reader does not take (a tier as a number)
/// is refused as it is written;
/// and an opening beside a second event of the same statement, or on a row that records a
/// response, is judged by the whole rule.
#[test]
fn an_opening_that_is_its_requests_whole_history_is_held_to_its_row() {
    let Some(t) = team() else { return };
    let mut c = pg::cluster().unwrap().connect(&t.url);
    let data: String = c
        .query_one(
            "SELECT data FROM events WHERE request_id = 1 AND kind = 'opened'",
            &[],
        )
        .unwrap()
        .get(0);
    let opening: serde_json::Value = serde_json::from_str(&data).unwrap();
    let due = opening["response_due"]["new"].as_str().unwrap().to_string();
    assert!(due.ends_with('Z'), "{due}");
    let requests = |c: &mut postgres::Client| -> i64 {
        c.query_one("SELECT count(*) FROM requests", &[])
            .unwrap()
            .get(0)
    };
    let before = requests(&mut c);
    // Request `id` filed by hand as a copy of request 1 with `row` changed, its opening's
    // data `data`, and `more` after it in the same statement.
    let file = |c: &mut postgres::Client, id: i64, row: &str, data: &str, more: &str| {
        c.batch_execute(&format!(
            "BEGIN; \
             INSERT INTO requests SELECT (jsonb_populate_record(NULL::requests, \
                to_jsonb(r) || '{{\"id\": {id}}}'::jsonb || '{row}'::jsonb)).* \
                FROM requests r WHERE r.id = 1; \
             INSERT INTO events (request_id, at, actor, kind, detail, data) \
                SELECT {id}, opened_at, current_user, 'opened', 'by hand', '{data}' \
                FROM requests WHERE id = {id}{more}; \
             COMMIT"
        ))
        .map_err(|e| {
            let _ = c.batch_execute("ROLLBACK");
            e.as_db_error()
                .map(|d| d.message().to_string())
                .unwrap_or_else(|| format!("{e:?}"))
        })
    };
    let with = |field: &str, new: serde_json::Value| -> String {
        let mut d = opening.clone();
        d[field] = serde_json::json!({ "new": new });
        d.to_string()
    };
    // Agreeing in every column: filed, and read by svcreq.
    file(&mut c, 1000, "{}", &data, "").unwrap_or_else(|e| panic!("{e}"));
    ok(&as_role(&t.url, &t.carol), &["show", "1000"]);
    // A column the opening records otherwise: refused naming it, nothing kept.
    let other_severity = if opening["severity"]["new"] == "C" {
        "A"
    } else {
        "C"
    };
    let opened_at: i64 = c
        .query_one("SELECT opened_at FROM requests WHERE id = 1", &[])
        .unwrap()
        .get(0);
    let responded = format!(r#"{{"first_response_at": {}}}"#, opened_at + 60);
    let refused = [
        (with("severity", other_severity.into()), "{}", "severity"),
        (
            // An opening that records no service (input, not an assertion).
            with("service", Option::<&str>::None.into()),
            r#"{"service": "teams"}"#,
            "service",
        ),
        (with("tenant", "fabrikam".into()), "{}", "tenant"),
        (
            with("response_due", "2031-01-01T00:00:00Z".into()),
            "{}",
            "response_due",
        ),
        (
            with("response_target", "1h".into()),
            r#"{"response_target": "4h"}"#,
            "response_target",
        ),
        // A row recording a response its history does not.
        (data.clone(), responded.as_str(), "first_response_at"),
    ];
    for (i, (d, row, column)) in refused.iter().enumerate() {
        let said = file(&mut c, 2000 + i as i64, row, d, "").unwrap_err();
        assert!(
            said.starts_with(&format!("request {} refused: column {column}: ", 2000 + i)),
            "{row} {d}: {said}"
        );
    }
    assert_eq!(requests(&mut c), before + 1, "nothing of the refused kept");
    // Written another way the rules read alike: passes as before.
    let plus = due.trim_end_matches('Z').to_string() + "+00:00";
    let d = with("response_due", plus.into());
    file(&mut c, 3000, "{}", &d, "").unwrap_or_else(|e| panic!("{d}: {e}"));
    // A value the reader does not take (a tier as a number, access version 15): refused
    // as the event is written, nothing kept.
    let said = file(&mut c, 3001, "{}", &with("tier", 5.into()), "").unwrap_err();
    assert!(
        said.contains("data is made of values svcreq reads back"),
        "{said}"
    );
    // Beside a second event of the same statement, whose change the row does not follow.
    let later = format!(
        " UNION ALL SELECT 4000, opened_at, current_user, 'updated', 'by hand', \
         '{{\"severity\": {{\"old\": {0}, \"new\": \"{other_severity}\"}}}}' \
         FROM requests WHERE id = 4000",
        opening["severity"]["new"]
    );
    let said = file(&mut c, 4000, "{}", &data, &later).unwrap_err();
    assert!(
        said.starts_with("request 4000 refused: column severity: "),
        "{said}"
    );
    assert_eq!(requests(&mut c), before + 2);
}

/// SPEC 8: a ledger of access version 11, whose openings record nothing, is refused by
/// every command but `db migrate`, which brings it to this version in one step: a row
/// hand-edited where nothing recorded the column (a due time on a request never updated)
/// does not stop it, since such an opening holds the row to nothing; from then on an
/// opening records what its request was filed with, and the server holds the row to it.
#[test]
fn a_ledger_of_access_version_11_migrates_and_new_openings_hold_their_rows() {
    let Some(cluster) = pg::cluster() else {
        eprintln!("skipped: PostgreSQL is not installed");
        return;
    };
    let url = cluster.fresh();
    let mut c = cluster.connect(&url);
    ok(&url, &["open", "--title", "Mail down", "--severity", "B"]);
    // As svcreq of access version 11 left it: an opening without data, a due time edited.
    c.batch_execute(
        "UPDATE events SET data = NULL WHERE kind = 'opened'; \
         UPDATE svcreq_meta SET value = '11' WHERE key = 'access_version'; \
         UPDATE requests SET response_due = response_due + 86400 WHERE id = 1",
    )
    .unwrap();
    for args in [
        &["list"][..],
        &["open", "--title", "Teams slow", "--severity", "B"],
    ] {
        let err = refused_in_one_sentence(&svcreq(&url, args), 1);
        assert!(err.contains("svcreq db migrate"), "{args:?}: {err}");
    }
    let said = ok(&url, &["db", "migrate"]);
    assert!(said.contains("access rules"), "{said}");
    let stamp: String = c
        .query_one(
            "SELECT value FROM svcreq_meta WHERE key = 'access_version'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(stamp, svcreq::store::access::ACCESS_VERSION.to_string());
    ok(&url, &["show", "1"]);
    ok(&url, &["open", "--title", "Teams slow", "--severity", "B"]);
    for set in ["response_due = response_due + 86400", "tenant = 'fabrikam'"] {
        let e = c
            .batch_execute(&format!("UPDATE requests SET {set} WHERE id = 2"))
            .unwrap_err();
        assert!(
            format!("{e:?}").contains("request 2 refused"),
            "{set}: {e:?}"
        );
    }
}

/// SPEC 8: a ledger of access version 12, whose server checked an event appended only
/// against the response, close and reopen rules (its history checks frozen in
/// tests/fixtures/pg_history_checks_v12.sql), took an invented update the row does not
/// follow; it is refused by every command but `db migrate`, which names the request and
/// column such an event contradicts and migrates nothing; with the event taken away it
/// migrates in one step, and the server then refuses the same event at commit.
#[test]
fn a_ledger_of_access_version_12_migrates_and_then_holds_every_event_to_its_row() {
    let Some(cluster) = pg::cluster() else {
        eprintln!("skipped: PostgreSQL is not installed");
        return;
    };
    let url = cluster.fresh();
    let mut c = cluster.connect(&url);
    ok(&url, &["open", "--title", "Mail down", "--severity", "B"]);
    // The server's history checks as access version 12 left them.
    let v12 = include_str!("fixtures/pg_history_checks_v12.sql")
        .replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION");
    let mut sql = String::from("BEGIN;\n");
    for (trigger, table) in [
        ("requests_history_filed", "requests"),
        ("requests_history_changed", "requests"),
        ("cycles_history", "cycles"),
        ("events_history_appended", "events"),
        ("events_history_begun", "events"),
        ("events_history_changed", "events"),
        ("events_in_order", "events"),
    ] {
        sql.push_str(&format!("DROP TRIGGER {trigger} ON {table};\n"));
    }
    sql.push_str(&v12);
    sql.push_str("\nUPDATE svcreq_meta SET value = '12' WHERE key = 'access_version'; COMMIT;");
    c.batch_execute(&sql).unwrap();
    let invented = "INSERT INTO events (request_id, at, actor, kind, detail, data) VALUES \
        (1, floor(extract(epoch FROM now()))::bigint, current_user, 'updated', 'by hand', \
        '{\"severity\": {\"old\": \"B\", \"new\": \"C\"}}')";
    c.batch_execute(invented).unwrap();
    let err = refused_in_one_sentence(&svcreq(&url, &["list"]), 1);
    assert!(err.contains("svcreq db migrate"), "{err}");
    let err = refused_in_one_sentence(&svcreq(&url, &["db", "migrate"]), 1);
    assert!(
        err.contains("request 1") && err.contains("severity"),
        "{err}"
    );
    c.batch_execute("DELETE FROM events WHERE detail = 'by hand'")
        .unwrap();
    let said = ok(&url, &["db", "migrate"]);
    assert!(said.contains("access rules"), "{said}");
    let stamp: String = c
        .query_one(
            "SELECT value FROM svcreq_meta WHERE key = 'access_version'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(stamp, svcreq::store::access::ACCESS_VERSION.to_string());
    let e = c.batch_execute(invented).unwrap_err();
    assert!(
        format!("{e:?}").contains("request 1 refused: column severity"),
        "{e:?}"
    );
    ok(&url, &["show", "1"]);
    ok(
        &url,
        &["update", "1", "--severity", "C", "--reason", "re-rated"],
    );
}

/// SPEC 8: `db migrate` brings a ledger's checks at the write up to date only when every
/// row already in it passes them: a ledger of the earlier access rules holding a row svcreq
/// would refuse to read (a severity 'Z', or a response with no first_response_at) is told
/// which request and column, and nothing is migrated; once the row is corrected, it
/// migrates.
#[test]
fn db_migrate_names_a_row_that_breaks_a_check_and_migrates_nothing() {
    for (column, bad, fix, again) in [
        (
            "severity",
            "UPDATE requests SET severity = 'Z' WHERE id = 2",
            "UPDATE requests SET severity = 'B' WHERE id = 2",
            "UPDATE requests SET severity = 'Z' WHERE id = 2",
        ),
        (
            "first_response_at",
            "INSERT INTO events (request_id, at, actor, kind, detail) \
             SELECT id, opened_at, 'alice', 'responded', 'x' FROM requests WHERE id = 2",
            "UPDATE requests SET first_response_at = opened_at WHERE id = 2",
            "UPDATE requests SET first_response_at = NULL WHERE id = 2",
        ),
    ] {
        let Some(url) = earlier_ledger(&format!(
            "{}\n{}",
            include_str!("../src/store/pg/access_tables.sql"),
            include_str!("../src/store/pg/access.sql")
        )) else {
            eprintln!("skipped: PostgreSQL is not installed");
            return;
        };
        let mut c = pg::cluster().unwrap().connect(&url);
        for title in ["one", "two"] {
            c.execute(
                "INSERT INTO requests (tenant, title, category, severity, plan, tier, channel, \
                 status, opened_at, scope, opened_by, timezone, cycle_started_at, availability, \
                 response_target, response_clock, response_due) VALUES ('contoso', $1, 'technical', \
                 'B', 'e3', 'unified', 'online', 'open', 1795428000, 'in-scope', 'alice', \
                 'Asia/Tokyo', 1795428000, '24x7', '1h', '24x7', 1795431600)",
                &[&title],
            )
            .unwrap();
        }
        c.batch_execute(bad).unwrap();
        let out = svcreq(&url, &["db", "migrate"]);
        let err = refused_in_one_sentence(&out, 1);
        assert!(
            err.contains("was not migrated")
                && err.contains("request 2")
                && err.contains(&format!("column {column}")),
            "{err}"
        );
        let stamp = |c: &mut postgres::Client| -> i64 {
            c.query_one(
                "SELECT count(*) FROM svcreq_meta WHERE key = 'access_version'",
                &[],
            )
            .unwrap()
            .get(0)
        };
        assert_eq!(stamp(&mut c), 0, "nothing migrated");
        let checks: i64 = c
            .query_one(
                "SELECT count(*) FROM pg_constraint WHERE contype = 'c' \
                 AND conrelid = 'requests'::regclass AND conname <> 'requests_status_check'",
                &[],
            )
            .unwrap()
            .get(0);
        assert_eq!(checks, 0, "no check left behind");
        c.batch_execute(fix).unwrap();
        let said = ok(&url, &["db", "migrate"]);
        assert!(said.contains("access rules"), "{said}");
        assert_eq!(stamp(&mut c), 1);
        // And the rule holds from now on.
        assert!(c.batch_execute(again).is_err(), "{again}");
    }
}

/// SPEC 1.7, 8: a partner acts for the tenants that delegated to it. Naming another — in an
/// imported row, or with --tenant — it is told that tenant has not delegated to it and which
/// tenants its delegation covers (as on a file ledger), in both languages, never to add the
/// tenant to its own configuration (which would change nothing); nothing is written.
#[test]
fn a_tenant_not_delegated_to_a_partner_is_said_so_in_gdap_words() {
    let Some(t) = team() else { return };
    let as_bob = as_role(&t.url, &t.bob);
    let before = counts(&t.url);
    let csv = t.dir.path().join("other.csv");
    std::fs::write(
        &csv,
        "title,severity,tenant,opened_at\nmine,C,contoso,2026-11-01 10:00\nnot mine,C,fabrikam,2026-11-01 10:00\n",
    )
    .unwrap();
    for (lang, said) in [
        ("en", "tenant 'fabrikam' has not delegated to partner"),
        ("ja", "テナント「fabrikam」はパートナー"),
    ] {
        for args in [
            &["--lang", lang, "import", csv.to_str().unwrap()][..],
            &[
                "--lang",
                lang,
                "open",
                "--title",
                "x",
                "--severity",
                "C",
                "--tenant",
                "fabrikam",
            ],
        ] {
            let out = svcreq(&as_bob, args);
            assert_ne!(out.status.code(), Some(0), "{args:?}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(err.trim_end().lines().count(), 1, "{err}");
            assert!(
                err.contains(said) && err.contains(&t.bob) && err.contains("contoso"),
                "{args:?}: {err}"
            );
            assert!(!err.contains("[tenants."), "{args:?}: {err}");
        }
    }
    assert_eq!(counts(&t.url), before, "nothing written");
}

/// SPEC 7, 8: `db copy` into a team ledger takes a tenant the team configuration lacks as
/// import takes it (history restored as recorded, under the zone and targets its requests
/// record): everything is copied, with one warning naming the tenant, in either language.
#[test]
fn db_copy_into_a_team_ledger_takes_a_tenant_the_team_configuration_lacks_as_import_does() {
    let Some(cluster) = pg::cluster() else {
        eprintln!("skipped: PostgreSQL is not installed");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let team = dir.path().join("team.toml");
    std::fs::write(&team, TEAM_CONFIG).unwrap();
    // A file ledger with a request of contoso and one of northwind.
    let file = dir.path().join("mine.db");
    let local = dir.path().join("local.toml");
    std::fs::write(
        &local,
        format!("{TEAM_CONFIG}[tenants.northwind]\ntimezone = \"UTC\"\nplan = \"e3\"\n"),
    )
    .unwrap();
    for tenant in ["contoso", "northwind"] {
        let out = svcreq_with(
            file.to_str().unwrap(),
            &local,
            &[
                "open",
                "--title",
                "x",
                "--severity",
                "C",
                "--tenant",
                tenant,
            ],
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    for (lang, said) in [
        ("en", "not in the team configuration"),
        ("ja", "チーム設定にない"),
    ] {
        let url = cluster.fresh();
        ok(&url, &["db", "config", "push", team.to_str().unwrap()]);
        let out = svcreq(
            &url,
            &[
                "--lang",
                lang,
                "db",
                "copy",
                "--from",
                file.to_str().unwrap(),
                "--to",
                &url,
            ],
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("northwind") && err.contains(said), "{err}");
        assert_eq!(counts(&url).0, 2);
    }
}

/// SPEC 3, 8: the team ledger keeps only a configuration a config file may hold. `db
/// config push` refuses every name the config gives that breaks the one name rule (empty,
/// a comma, a NUL, a blank at either end: a tenant name, a plan, a support option, a
/// tenant a partner serves) at its key and line, in one sentence with exit 2, and the
/// stored configuration stays as it was.
#[test]
fn db_config_push_refuses_every_name_the_name_rule_refuses() {
    let Some(t) = team() else { return };
    let before = ok(&t.url, &["db", "config", "show"]);
    for (config, key) in [
        ("tenant = \" contoso\"\nplan = \"e3\"\n", "`tenant`"),
        ("tenant = \"contoso\"\nplan = \"e3 \"\n", "`plan`"),
        ("tenant = \"contoso\"\nplan = \"e3,e5\"\n", "`plan`"),
        (
            "tenant = \"contoso\"\nplan = \"e3\"\nsupport_option = \"premier\\t\"\n",
            "`support_option`",
        ),
        (
            "tenant = \"contoso\"\nplan = \"e3\"\n[tenants.\"fabrikam \"]\nplan = \"e5\"\n",
            "`tenants.fabrikam `",
        ),
        (
            "tenant = \"contoso\"\nplan = \"e3\"\n[[admins]]\nname = \"pat\"\nrole = \"partner\"\ntenants = [\"contoso \"]\n",
            "`tenants`",
        ),
    ] {
        let file = t.dir.path().join("bad.toml");
        std::fs::write(&file, config).unwrap();
        let out = svcreq(&t.url, &["db", "config", "push", file.to_str().unwrap()]);
        let err = refused_in_one_sentence(&out, 2);
        assert!(
            err.contains(&format!("{}:", file.display())) && err.contains(key),
            "{config}\n{err}"
        );
    }
    assert_eq!(ok(&t.url, &["db", "config", "show"]), before);
}

/// SPEC 7, 8: an event is of a kind svcreq records and names who acted, as every reader
/// checks a history (`hostile::every_reader_refuses_an_event_no_command_writes`): the
/// server refuses, at the write, an event of another kind (`bogus`) from a partner with
/// psql and from the owner alike, and an actor empty or blank (a full-width space too)
/// from the owner, naming the rule (access version 10). A ledger of access version 9
/// holding such an event is refused by every command but `db migrate`, which names the
/// request and column and migrates nothing until the row is corrected; then the rule
/// holds.
#[test]
fn the_server_refuses_an_event_of_a_kind_svcreq_never_writes() {
    let Some(t) = team() else { return };
    if psql(&t.url, &t.bob, "SELECT 1").is_none() {
        eprintln!("skipped: psql is not installed");
        return;
    }
    let before = counts(&t.url);
    let kind = "violates check constraint \"kind is one of the kinds svcreq records\"";
    let actor = "violates check constraint \"actor is not empty or blank\"";
    for who in [t.bob.as_str(), "alice"] {
        let mut edits = vec![(
            "INSERT INTO events (request_id, at, actor, kind, detail) \
             SELECT id, last_at, current_user, 'bogus', 'x' FROM requests WHERE id = 1",
            kind,
        )];
        if who == "alice" {
            edits.extend([
                (
                    "UPDATE events SET kind = 'bogus' WHERE request_id = 1",
                    kind,
                ),
                (
                    "INSERT INTO events (request_id, at, actor, kind, detail) \
                     SELECT id, last_at, '', 'note', 'x' FROM requests WHERE id = 1",
                    actor,
                ),
                (
                    "UPDATE events SET actor = E' \\u3000' WHERE request_id = 1",
                    actor,
                ),
            ]);
        }
        for (sql, rule) in edits {
            let r = psql(&t.url, who, sql).unwrap();
            assert!(!r.0 && r.2.contains(rule), "{who}: {sql}: {r:?}");
        }
    }
    assert_eq!(counts(&t.url), before, "nothing of that reached the ledger");
    ok(&as_role(&t.url, &t.carol), &["export", "--events"]);

    // A ledger of access version 9: the same, without these two checks.
    let cluster = pg::cluster().unwrap();
    let url = cluster.fresh();
    let file = t.dir.path().join("team.toml");
    ok(&url, &["db", "config", "push", file.to_str().unwrap()]);
    ok(&url, &["db", "admins", "add", "alice", "--role", "global"]);
    let as_alice = pg::as_user(&url, "alice");
    ok(
        &as_alice,
        &["open", "--title", "Mail down", "--severity", "B"],
    );
    let mut c = cluster.connect(&url);
    c.batch_execute(
        "ALTER TABLE events DROP CONSTRAINT \"kind is one of the kinds svcreq records\", \
         DROP CONSTRAINT \"actor is not empty or blank\"; \
         UPDATE svcreq_meta SET value = '9' WHERE key = 'access_version'; \
         UPDATE events SET kind = 'bogus' WHERE request_id = 1",
    )
    .unwrap();
    let stamp = |c: &mut postgres::Client| -> String {
        c.query_one(
            "SELECT value FROM svcreq_meta WHERE key = 'access_version'",
            &[],
        )
        .unwrap()
        .get(0)
    };
    for args in [&["list"][..], &["show", "1"], &["export", "--events"]] {
        let err = refused_in_one_sentence(&svcreq(&as_alice, args), 1);
        assert!(err.contains("svcreq db migrate"), "{args:?}: {err}");
    }
    let err = refused_in_one_sentence(&svcreq(&url, &["db", "migrate"]), 1);
    assert!(
        err.contains("was not migrated")
            && err.contains("request 1")
            && err.contains("column events.kind"),
        "{err}"
    );
    assert_eq!(stamp(&mut c), "9", "nothing migrated");
    c.batch_execute("UPDATE events SET kind = 'opened' WHERE request_id = 1")
        .unwrap();
    let said = ok(&url, &["db", "migrate"]);
    assert!(said.contains("access rules"), "{said}");
    assert_eq!(
        stamp(&mut c),
        svcreq::store::access::ACCESS_VERSION.to_string()
    );
    ok(&as_alice, &["show", "1"]);
    let refused = c.batch_execute("UPDATE events SET kind = 'bogus' WHERE request_id = 1");
    assert!(
        refused
            .as_ref()
            .is_err_and(|e| format!("{e:?}").contains("kind is one of the kinds svcreq records")),
        "{refused:?}"
    );
}

/// SPEC 7, 8: every reader refuses a history no command writes
/// (`hostile::every_reader_refuses_an_event_no_command_writes`), and the server refuses it
/// at the write, from a partner with psql and from the owner alike, naming the request, the
/// column and what is wrong (access version 10): a second response or close in one cycle, a
/// reopen of a cycle not closed, a correction of a time its cycle does not record, a close
/// event of a request recorded open; and, from the owner, a response deleted or turned into
/// a close while the row keeps its time, a row closed or reopened without its event, an
/// earlier cycle's response moved from its event's time. Nothing of it is written. Every
/// command's own writes still pass: a whole lifecycle through svcreq (respond, note, update,
/// corrections, close, reopen, redaction), its export imported into a new ledger.
#[test]
fn the_server_refuses_a_history_no_command_writes() {
    let Some(t) = team() else { return };
    if psql(&t.url, &t.bob, "SELECT 1").is_none() {
        eprintln!("skipped: psql is not installed");
        return;
    }
    let as_carol = as_role(&t.url, &t.carol);
    ok(&as_carol, &["respond", "1"]);
    let before = counts(&t.url);
    // An event of request 1 dated at its latest, of `kind`, with `data`.
    let event = |kind: &str, data: &str| {
        format!(
            "INSERT INTO events (request_id, at, actor, kind, detail, data) \
             SELECT 1, max(at), current_user, '{kind}', 'by hand', {data} FROM events WHERE request_id = 1"
        )
    };
    let correction = "json_build_object('closed_at', json_build_object('old', NULL, 'new', \
        to_char(to_timestamp(max(at)) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')))::text";
    let out_of_place = "request 1 refused: column events.kind: event";
    for who in [t.bob.as_str(), "alice"] {
        let mut edits = vec![
            (
                event("responded", "NULL"),
                format!("{out_of_place} 3 of its history, 'responded', comes after a response"),
            ),
            (
                event("closed", "NULL"),
                "request 1 refused: column closed_at: the request records null, but its history says"
                    .to_string(),
            ),
            (
                event("reopened", "NULL"),
                format!("{out_of_place} 3 of its history, 'reopened', reopens a cycle that is not closed"),
            ),
            (
                event("corrected", correction),
                format!("{out_of_place} 3 of its history, 'corrected', corrects a response or close"),
            ),
        ];
        if who == "alice" {
            edits.extend([
                (
                    "DELETE FROM events WHERE request_id = 1 AND kind = 'responded'".to_string(),
                    "request 1 refused: column first_response_at: the request records 2026-11-24T10:00:00Z, but its history says null"
                        .to_string(),
                ),
                (
                    "UPDATE events SET kind = 'closed' WHERE request_id = 1 AND kind = 'responded'"
                        .to_string(),
                    "request 1 refused: column first_response_at".to_string(),
                ),
                (
                    "UPDATE requests SET status = 'closed', closed_at = first_response_at WHERE id = 1"
                        .to_string(),
                    "request 1 refused: column closed_at: the request records 2026-11-24T10:00:00Z, but its history says null"
                        .to_string(),
                ),
                (
                    "UPDATE requests SET first_response_at = NULL WHERE id = 1".to_string(),
                    "request 1 refused: column first_response_at: a response is recorded"
                        .to_string(),
                ),
            ]);
        }
        for (sql, said) in edits {
            let r = psql(&t.url, who, &sql).unwrap();
            assert!(!r.0 && r.2.contains(&said), "{who}: {sql}: {r:?}");
        }
    }
    assert_eq!(counts(&t.url), before, "nothing of that reached the ledger");

    // Every command's writes still pass, on the same ledger.
    let opened = ok(
        &as_carol,
        &[
            "open",
            "--title",
            "Teams down",
            "--severity",
            "B",
            "--tenant",
            "contoso",
            "--opened-at",
            "2026-11-20 09:00",
            "-q",
        ],
    );
    let id = opened.trim().to_string();
    for args in [
        &["respond", &id, "--at", "2026-11-20T09:40:00Z"][..],
        &[
            "note",
            &id,
            "Microsoft asked for logs",
            "--at",
            "2026-11-20T10:00:00Z",
        ],
        &[
            "update",
            &id,
            "--title",
            "Teams meetings down",
            "--contact",
            "Hanako",
            "--at",
            "2026-11-20T10:10:00Z",
        ],
        &["respond", &id, "--at", "2026-11-20T09:30:00Z", "--correct"],
        &["close", &id, "--at", "2026-11-21T09:00:00Z"],
        &["close", &id, "--at", "2026-11-21T08:00:00Z", "--correct"],
        &[
            "reopen",
            &id,
            "--reason",
            "came back",
            "--at",
            "2026-11-24T08:00:00Z",
        ],
        &["respond", &id, "--at", "2026-11-24T09:00:00Z"],
        &["close", &id, "--at", "2026-11-24T09:30:00Z"],
    ] {
        ok(&as_carol, args);
    }
    // Redaction rewrites the history: the owner's.
    ok(
        &t.url,
        &["db", "admins", "add", "alice", "--role", "global"],
    );
    ok(&t.url, &["redact", &id, "--all"]);
    let export = t.dir.path().join("export.jsonl");
    let exported = ok(&as_carol, &["export", "--events"]);
    std::fs::write(&export, &exported).unwrap();
    let again = pg::cluster().unwrap().fresh();
    ok(&again, &["import", export.to_str().unwrap()]);
    assert_eq!(ok(&again, &["export", "--events"]), exported);

    // The owner: an earlier cycle's response moved off its event, a reopen with no event.
    let before = counts(&t.url);
    for (sql, said) in [
        (
            format!("UPDATE cycles SET first_response_at = closed_at WHERE request_id = {id}"),
            format!(
                "request {id} refused: column cycles.first_response_at: earlier cycle 1 records"
            ),
        ),
        (
            // Request 2, open since its opening: an earlier cycle and a count, no reopen.
            "INSERT INTO cycles (request_id, seq, started_at, severity, availability, \
             response_target, response_clock, response_due, first_response_at, closed_at) \
             SELECT id, 0, opened_at, severity, availability, response_target, response_clock, \
             response_due, NULL, opened_at FROM requests WHERE id = 2; \
             UPDATE requests SET reopen_count = 1 WHERE id = 2"
                .to_string(),
            "request 2 refused: column reopen_count: the request records 1, but its history says 0"
                .to_string(),
        ),
    ] {
        let r = psql(&t.url, "alice", &sql).unwrap();
        assert!(!r.0 && r.2.contains(&said), "{sql}: {r:?}");
    }
    assert_eq!(counts(&t.url), before, "nothing of that reached the ledger");
    ok(&as_carol, &["show", &id]);
    ok(&as_carol, &["show", "2"]);
}

/// SPEC 7, 8: an event of a kind the history's rule does not read (an opening, a note, an
/// update) is checked at commit only where it can break the rule (access version 10), and
/// there it still is: as the first event of a request whose row records a response no
/// event tells, it is refused as every reader refuses that history — appended alone, by
/// the owner or a partner, or with the row in one transaction — and nothing is written;
/// beside an event that tells the response, in its transaction or an earlier one, it
/// passes, as svcreq's notes do.
#[test]
fn an_event_of_a_kind_the_history_rule_does_not_read_is_checked_where_it_begins_a_history() {
    let Some(t) = team() else { return };
    if psql(&t.url, &t.bob, "SELECT 1").is_none() {
        eprintln!("skipped: psql is not installed");
        return;
    }
    // A contoso request whose row records a response, with no event of its own, as a
    // ledger from before access version 15 may hold one (the server now refuses a request
    // filed without its opening: the owner's trigger is taken away for the filing).
    let row = "INSERT INTO requests (tenant, title, category, severity, plan, tier, channel, \
        status, opened_at, scope, opened_by, timezone, cycle_started_at, availability, \
        response_target, response_clock, response_due, first_response_at) VALUES ('contoso', \
        'by hand', 'technical', 'B', 'e3', 'unified', 'online', 'open', 1795428000, 'in-scope', \
        'alice', 'Asia/Tokyo', 1795428000, '24x7', '1h', '24x7', 1795431600, 1795429800)";
    let r = psql(
        &t.url,
        "alice",
        &format!(
            "ALTER TABLE requests DISABLE TRIGGER requests_history_opened; {row} RETURNING id; \
             ALTER TABLE requests ENABLE TRIGGER requests_history_opened"
        ),
    )
    .unwrap();
    assert!(r.0, "{r:?}");
    let id = r.1.clone();
    let event = |id: &str, kind: &str, at: i64| {
        format!(
            "INSERT INTO events (request_id, at, actor, kind, detail) \
             VALUES ({id}, {at}, current_user, '{kind}', 'by hand')"
        )
    };
    let untold = "refused: column first_response_at: the request records 2026-11-23T10:30:00Z, \
                  but its history says null";
    let before = counts(&t.url);
    for (who, sql) in [
        ("alice", event(&id, "note", 1795428060)),
        ("alice", event(&id, "opened", 1795428000)),
        ("alice", event(&id, "updated", 1795428060)),
        (t.bob.as_str(), event(&id, "note", 1795428060)),
        (
            "alice",
            format!(
                "BEGIN; {row}; {}; COMMIT",
                event(
                    "currval(pg_get_serial_sequence('requests', 'id'))",
                    "opened",
                    1795428000
                )
            ),
        ),
    ] {
        let r = psql(&t.url, who, &sql).unwrap();
        assert!(!r.0 && r.2.contains(untold), "{who}: {sql}: {r:?}");
    }
    assert_eq!(counts(&t.url), before, "nothing of that reached the ledger");
    // Beside the response's event, in one transaction, then on its own (after the opening
    // every reader holds a history to begin with).
    for (who, sql) in [
        (
            "alice",
            format!(
                "BEGIN; {}; {}; {}; COMMIT",
                event(&id, "opened", 1795428000),
                event(&id, "note", 1795428060),
                event(&id, "responded", 1795429800)
            ),
        ),
        (t.bob.as_str(), event(&id, "note", 1795429860)),
        ("alice", event(&id, "updated", 1795429920)),
    ] {
        let r = psql(&t.url, who, &sql).unwrap();
        assert!(r.0, "{who}: {sql}: {r:?}");
    }
    ok(&as_role(&t.url, &t.carol), &["show", &id]);
}

/// The checks at commit judge what a transaction leaves, whatever the session did before
/// it (access version 15): a setting the session writes (`svcreq.checked`, which access
/// version 14 trusted as a record of checks already passed) stands for no check, and a
/// check run early (`SET CONSTRAINTS ALL IMMEDIATE`) stands for no write after it. A
/// response time recorded without its event is refused either way, for the owner and for
/// a partner, and nothing of it is kept.
#[test]
fn a_check_passed_earlier_stands_for_no_later_write() {
    let Some(t) = team() else { return };
    if psql(&t.url, &t.bob, "SELECT 1").is_none() {
        eprintln!("skipped: psql is not installed");
        return;
    }
    let mut c = pg::cluster().unwrap().connect(&t.url);
    let now = "floor(extract(epoch FROM now()))::bigint";
    let respond = format!("UPDATE requests SET first_response_at = {now} WHERE id = 1");
    // A change of the row with its event, in one statement (so that even checked at its
    // end, it passes).
    let passing = format!(
        "WITH u AS (UPDATE requests SET severity = 'C' WHERE id = 1 RETURNING id) \
         INSERT INTO events (request_id, at, actor, kind, detail, data) SELECT \
         u.id, {now}, current_user, 'updated', 'by hand', \
         '{{\"severity\": {{\"old\": \"B\", \"new\": \"C\"}}}}' FROM u"
    );
    let forged = [
        format!(
            "BEGIN; {respond}; \
             SELECT set_config('svcreq.checked', 'full 1 ' || txid_current(), true); COMMIT"
        ),
        format!(
            "BEGIN; {respond}; \
             SELECT set_config('svcreq.checked', 'events 1 ' || txid_current(), true); COMMIT"
        ),
        format!("BEGIN; {passing}; SET CONSTRAINTS ALL IMMEDIATE; {respond}; COMMIT"),
        format!(
            "BEGIN; SET CONSTRAINTS ALL IMMEDIATE; {passing}; \
             SET CONSTRAINTS ALL DEFERRED; {respond}; \
             SELECT set_config('svcreq.checked', current_setting('svcreq.checked', true), true); \
             COMMIT"
        ),
    ];
    let shown = |c: &mut postgres::Client| -> (Option<i64>, Option<String>) {
        let r = c
            .query_one(
                "SELECT first_response_at, severity FROM requests WHERE id = 1",
                &[],
            )
            .unwrap();
        (r.get(0), r.get(1))
    };
    let before = shown(&mut c);
    for sql in &forged {
        let e = c.batch_execute(sql).unwrap_err();
        let _ = c.batch_execute("ROLLBACK");
        let said = e.as_db_error().map(|d| d.message().to_string());
        assert!(
            said.as_deref()
                .is_some_and(|m| m.starts_with("request 1 refused: column first_response_at")),
            "owner: {sql}: {e:?}"
        );
        assert_eq!(shown(&mut c), before, "owner: {sql}: nothing of it kept");
        psql_refused(&t.url, &t.bob, sql);
        assert_eq!(shown(&mut c), before, "partner: {sql}: nothing of it kept");
    }
    // The same writes with the response's event, checked at commit: the check passes, and
    // svcreq reads them.
    c.batch_execute(&format!(
        "BEGIN; {passing}; {respond}; \
         INSERT INTO events (request_id, at, actor, kind, detail) \
         SELECT 1, first_response_at, current_user, 'responded', 'by hand' FROM requests WHERE id = 1; \
         COMMIT"
    ))
    .unwrap_or_else(|e| panic!("{e:?}"));
    ok(&as_role(&t.url, &t.carol), &["show", "1"]);
}

/// SPEC 7, access version 15: an event's data holds only values svcreq reads back
/// (`rules::record::unreadable_data`) as JSON its parser holds, each change from the value
/// the history before it records, and a history records its opening once, first, dated
/// when the request was opened (a request filed here without one is refused). Each write the reader would refuse to
/// read is refused by the server as it is written, for the owner and for a partner, and
/// nothing of it is kept; the same kinds of value svcreq writes pass.
#[test]
fn the_server_refuses_event_data_and_openings_the_reader_would_refuse() {
    let Some(t) = team() else { return };
    if psql(&t.url, &t.bob, "SELECT 1").is_none() {
        eprintln!("skipped: psql is not installed");
        return;
    }
    let mut c = pg::cluster().unwrap().connect(&t.url);
    let events = |c: &mut postgres::Client| -> i64 {
        c.query_one("SELECT count(*) FROM events", &[])
            .unwrap()
            .get(0)
    };
    let append = |kind: &str, data: Option<&str>| {
        format!(
            "INSERT INTO events (request_id, at, actor, kind, detail, data) SELECT 1, \
             greatest(floor(extract(epoch FROM now()))::bigint, max(at)), current_user, '{kind}', \
             'by hand', {} FROM events WHERE request_id = 1",
            data.map_or("NULL".to_string(), |d| format!(
                "'{}'",
                d.replace('\'', "''")
            ))
        )
    };
    let unreadable = [
        r#"{"engineer": {"old": 5, "new": "Ken"}}"#,
        r#"{"severity": {"old": "B", "new": "Z"}}"#,
        r#"{"severity": {"old": "B", "new": 5}}"#,
        r#"{"severity": {"old": "null", "new": "B"}}"#,
        r#"{"tenant": {"old": "contoso", "new": 5}}"#,
        r#"{"category": {"old": "technical", "new": ["technical"]}}"#,
        r#"{"response_due": {"old": null, "new": "garbage"}}"#,
        r#"{"response_due": {"old": null, "new": 5}}"#,
        r#"{"closed_at": {"old": null, "new": "2026-13-01T00:00:00Z"}}"#,
        r#"{"response_target": {"old": "4h", "new": "soon"}}"#,
        r#"{"timezone": {"old": "Asia/Tokyo", "new": "Mars/Olympus"}}"#,
        r#"{"reopen_count": {"old": 0, "new": -1}}"#,
        r#"{"available_24x7": {"old": false, "new": "yes"}}"#,
        r#"{"incidents": {"old": [], "new": [5]}}"#,
        r#"{"status": {"old": "open", "new": "gone"}}"#,
    ];
    // Times PostgreSQL reads otherwise than svcreq's reader (an hour 24, a leap second,
    // a second given to more than six digits): not the time svcreq would read back.
    let unreadable: Vec<&str> = unreadable
        .into_iter()
        .chain([
            r#"{"closed_at": {"old": null, "new": "2026-11-23T24:00:00Z"}}"#,
            r#"{"response_due": {"old": null, "new": "2026-11-24T01:59:60Z"}}"#,
            r#"{"response_due": {"old": null, "new": "2026-11-24T01:59:59.9999999Z"}}"#,
        ])
        .collect();
    let before = events(&mut c);
    for data in unreadable {
        assert!(
            svcreq::rules::record::unreadable_data(data).is_some() || data.contains(":59"),
            "the reader refuses {data}"
        );
        let sql = append("updated", Some(data));
        let e = c.batch_execute(&sql).unwrap_err();
        assert!(
            format!("{e:?}").contains("data is made of values svcreq reads back"),
            "owner: {data}: {e:?}"
        );
        psql_refused(&t.url, &t.bob, &sql);
        assert_eq!(events(&mut c), before, "{data}: nothing of it kept");
    }
    // Data the reader's JSON parser cannot hold as a value (a number beyond a double's
    // range), or nested 64 deep or more (the parser stops at 128; svcreq writes 3 levels).
    let deep = format!("{{\"x\": {}1{}}}", "[".repeat(70), "]".repeat(70));
    for data in [
        r#"{"x": {"old": null, "new": 1e400}}"#,
        r#"{"x": -2e308}"#,
        deep.as_str(),
    ] {
        assert!(
            serde_json::from_str::<serde_json::Value>(data).is_err() || data == deep,
            "the reader cannot hold {data}"
        );
        let sql = append("updated", Some(data));
        let e = c.batch_execute(&sql).unwrap_err();
        assert!(
            format!("{e:?}").contains("data is JSON"),
            "owner: {data}: {e:?}"
        );
        psql_refused(&t.url, &t.bob, &sql);
        assert_eq!(events(&mut c), before, "{data}: nothing of it kept");
    }
    // A request filed by hand as a copy of request 1 (`id`), its opening `opening` or none.
    let file = |c: &mut postgres::Client, id: i64, opening: &str| {
        let e = c
            .batch_execute(&format!(
                "BEGIN; \
                 INSERT INTO requests SELECT (jsonb_populate_record(NULL::requests, \
                    to_jsonb(r) || '{{\"id\": {id}}}'::jsonb)).* FROM requests r WHERE r.id = 1; \
                 {opening}; COMMIT"
            ))
            .unwrap_err();
        let _ = c.batch_execute("ROLLBACK");
        e.as_db_error()
            .map(|d| d.message().to_string())
            .unwrap_or_default()
    };
    let said = file(
        &mut c,
        500,
        "INSERT INTO events (request_id, at, actor, kind, detail, data) SELECT 500, at + 3600, \
         current_user, 'opened', 'by hand', data FROM events WHERE request_id = 1 AND kind = 'opened'",
    );
    assert!(
        said.starts_with(
            "request 500 refused: column events.at: event 1 of its history, 'opened', is dated "
        ),
        "an opening dated after the request was opened: {said}"
    );
    let said = file(&mut c, 501, "SELECT 1");
    assert!(
        said.starts_with("request 501 refused: column events: its history does not begin"),
        "a request without its opening: {said}"
    );
    assert_eq!(events(&mut c), before);
    // A change from a value the history before it does not record: a view of an earlier
    // instant would undo it to that value.
    for data in [
        r#"{"severity": {"old": "C", "new": "B"}}"#,
        r#"{"severity": {"old": "B", "new": "B"}, "response_target": {"old": "none", "new": "next-day"}}"#,
    ] {
        let sql = append("updated", Some(data));
        let e = c.batch_execute(&sql).unwrap_err();
        assert!(
            format!("{e:?}").contains("request 1 refused: column events.data: event ")
                && format!("{e:?}").contains("but the history before it records"),
            "owner: {data}: {e:?}"
        );
        psql_refused(&t.url, &t.bob, &sql);
        assert_eq!(events(&mut c), before, "{data}: nothing of it kept");
    }
    // An opening after the first event, with or without data.
    let opening: String = c
        .query_one(
            "SELECT data FROM events WHERE request_id = 1 AND kind = 'opened'",
            &[],
        )
        .unwrap()
        .get(0);
    for (kind, data, why) in [
        (
            "opened",
            None,
            "'opened', records an opening after the first event",
        ),
        (
            "opened",
            Some(opening.as_str()),
            "'opened', records an opening after the first event",
        ),
    ] {
        let sql = append(kind, data);
        let e = c.batch_execute(&sql).unwrap_err();
        assert!(
            format!("{e:?}").contains("request 1 refused: column events.kind")
                && format!("{e:?}").contains(why),
            "owner: {kind} {data:?}: {e:?}"
        );
        psql_refused(&t.url, &t.bob, &sql);
        assert_eq!(events(&mut c), before, "{kind}: nothing of it kept");
    }
    // Values of each domain as svcreq writes them (null for none) pass, and are read.
    for data in [
        r#"{"engineer": {"old": null, "new": "Ken"}}"#,
        r#"{"incidents": {"old": null, "new": ["EX123456"]}}"#,
    ] {
        assert!(
            svcreq::rules::record::unreadable_data(data).is_none(),
            "{data}"
        );
        let field = if data.contains("engineer") {
            "engineer = 'Ken'"
        } else {
            "incidents = 'EX123456'"
        };
        c.batch_execute(&format!(
            "BEGIN; UPDATE requests SET {field} WHERE id = 1; {}; COMMIT",
            append("updated", Some(data))
        ))
        .unwrap_or_else(|e| panic!("{data}: {e:?}"));
    }
    ok(&as_role(&t.url, &t.carol), &["show", "1"]);
    ok(&as_role(&t.url, &t.carol), &["export"]);
}
