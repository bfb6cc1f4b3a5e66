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
            "INSERT INTO requests (tenant, title, category, plan, tier, channel, status, opened_at, scope, opened_by, timezone, cycle_started_at, availability, response_target, response_clock) \
             VALUES ('{tenant}', 'by hand', 'technical', 'e3', 'enterprise', 'online', 'open', 1, 'in-scope', '{by}', 'UTC', 1, '24x7', '1h', '24x7')"
        )
    };
    let rls = |r: (bool, String, String)| !r.0 && r.2.contains("row-level security");
    let denied = |r: (bool, String, String)| !r.0 && r.2.contains("permission denied");
    assert!(q(&insert("contoso", &t.bob)).0, "its own tenant");
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
            "INSERT INTO events (request_id, at, actor, kind, detail) SELECT {id}, 2, '{actor}', 'note', 'x'"
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
    assert_eq!(count(&t.bob), "", "no group, no grant: permission denied");
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
