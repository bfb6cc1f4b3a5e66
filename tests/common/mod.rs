//! Shared harness for end-to-end tests: a temporary home, ledger and config per test,
//! and the real binary run with `--now`.
#![allow(dead_code)]

pub mod pg;

use assert_cmd::Command;
use serde_json::Value;
use std::cell::Cell;
use std::path::PathBuf;
use tempfile::TempDir;

pub const NOW: &str = "2026-11-24T10:00:00Z";

pub struct Env {
    pub dir: TempDir,
    /// The team ledger's URL when this test runs on PostgreSQL (SPEC 8).
    pub url: Option<String>,
}

thread_local! {
    /// Whether the test running on this thread runs on PostgreSQL.
    static ON_PG: Cell<bool> = const { Cell::new(false) };
}

/// Run a test body on PostgreSQL: every [`Env`] it makes gets a fresh team ledger. When
/// PostgreSQL is not installed the test is skipped (a failure with CI=true, see pg.rs).
pub fn on_pg(body: impl FnOnce()) {
    if pg::cluster().is_none() {
        eprintln!("skipped: PostgreSQL is not installed (apt-get install postgresql)");
        return;
    }
    ON_PG.with(|p| p.set(true));
    body();
    ON_PG.with(|p| p.set(false));
}

/// Whether the running test runs on PostgreSQL.
pub fn is_pg() -> bool {
    ON_PG.with(|p| p.get())
}

/// Tests that run on both backends: each `#[test] fn name() { .. }` becomes a module
/// `name` with the tests `sqlite` and `pg` (SPEC 8: the same tests pass on both).
#[macro_export]
macro_rules! both_backends {
    ($($(#[doc = $doc:expr])* #[test] $(#[$meta:meta])* fn $name:ident() $body:block)*) => {
        $(
            $(#[doc = $doc])*
            mod $name {
                #[allow(unused_imports)]
                use super::*;
                fn body() $body
                #[test]
                $(#[$meta])*
                fn sqlite() {
                    body()
                }
                #[test]
                $(#[$meta])*
                fn pg() {
                    $crate::common::on_pg(body)
                }
            }
        )*
    };
}

impl Env {
    pub fn new() -> Env {
        Env::with_config("")
    }

    pub fn with_config(config: &str) -> Env {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("c.toml"), config).unwrap();
        let url = is_pg().then(|| pg::cluster().expect("a test cluster").fresh());
        Env { dir, url }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The ledger: a file in the temp dir, or the team ledger's URL.
    pub fn db(&self) -> PathBuf {
        match &self.url {
            Some(u) => PathBuf::from(u),
            None => self.path("s.db"),
        }
    }

    /// Another, empty ledger of the same backend (`name` names the file on SQLite).
    pub fn other_db(&self, name: &str) -> PathBuf {
        match &self.url {
            Some(_) => PathBuf::from(pg::cluster().unwrap().fresh()),
            None => self.path(name),
        }
    }

    /// The binary with a clean environment pointing into the temp dir.
    pub fn bare(&self) -> Command {
        Command::from_std(self.bare_std())
    }

    /// The binary in a clean environment, as a std Command (for spawn, pipes and signals).
    pub fn bare_std(&self) -> std::process::Command {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_svcreq"));
        for (k, _) in std::env::vars() {
            // The language comes from SVCREQ_LANG or the locale (SPEC 10): tests speak English
            // unless they say otherwise.
            if k.starts_with("SVCREQ_")
                || k.starts_with("XDG_")
                || k.starts_with("LC_")
                || k == "LANG"
                || k == "NO_COLOR"
            {
                c.env_remove(&k);
            }
        }
        // Tables fit COLUMNS even when piped (SPEC 6): tests set it when they mean to.
        c.env_remove("COLUMNS");
        c.env("HOME", self.dir.path())
            .env("USER", "alice")
            .env_remove("USERNAME")
            .env_remove("LOGNAME");
        c
    }

    /// The binary with --db, --config and --now set.
    pub fn cmd(&self) -> Command {
        self.at(NOW)
    }

    /// The binary with --db, --config and --now `now`.
    pub fn at(&self, now: &str) -> Command {
        self.on_at(&self.db(), now)
    }

    /// The binary on another ledger file, at NOW.
    pub fn on(&self, db: &std::path::Path) -> Command {
        self.on_at(db, NOW)
    }

    /// The binary on the ledger `db` (a file or a URL), at `now`.
    pub fn on_at(&self, db: &std::path::Path, now: &str) -> Command {
        let mut c = self.bare();
        c.arg("--db")
            .arg(db)
            .arg("--config")
            .arg(self.path("c.toml"))
            .arg("--now")
            .arg(now);
        c
    }

    /// A std Command with --db, --config and --now (for spawn, pipes and signals).
    pub fn proc(&self) -> std::process::Command {
        let mut c = self.bare_std();
        c.arg("--db")
            .arg(self.db())
            .arg("--config")
            .arg(self.path("c.toml"))
            .arg("--now")
            .arg(NOW);
        c
    }

    /// Run, expect `code`, return stdout.
    pub fn run(&self, args: &[&str], code: i32) -> String {
        let out = self.cmd().args(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(code),
            "svcreq {args:?}\nstdout: {}\nstderr: {stderr}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
        String::from_utf8(out.stdout).unwrap()
    }

    /// Run expecting failure `code`; return stderr, checked to be one line with no panic.
    pub fn fail(&self, args: &[&str], code: i32) -> String {
        let out = self.cmd().args(args).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(
            out.status.code(),
            Some(code),
            "svcreq {args:?}\nstderr: {stderr}"
        );
        assert!(
            out.stdout.is_empty(),
            "stdout not empty: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(
            !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
            "{stderr}"
        );
        stderr
    }

    /// Run with --json, expect exit 0, return the parsed output, checked against its
    /// JSON Schema under schema/ when the command prints a record kind that has one.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut a = args.to_vec();
        a.push("--json");
        let v = serde_json::from_str(&self.run(&a, 0)).unwrap();
        check_output_schema(args, &v);
        v
    }

    /// Run at `now` with --json, expect exit 0, return the parsed output.
    pub fn json_at(&self, now: &str, args: &[&str]) -> Value {
        let out = self.at(now).args(args).arg("--json").output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "svcreq {args:?}\nstderr: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v = serde_json::from_slice(&out.stdout).unwrap();
        check_output_schema(args, &v);
        v
    }

    /// Open a request quietly and return its id.
    pub fn open(&self, args: &[&str]) -> i64 {
        let mut a = vec!["open", "-q"];
        a.extend_from_slice(args);
        self.run(&a, 0).trim().parse().unwrap()
    }

    /// Whether a refused command left the ledger `db` as it was made: a file never
    /// created, or a team ledger (always created before the test) holding no request.
    pub fn untouched(&self, db: &std::path::Path) -> bool {
        match db.to_str().filter(|d| d.starts_with("postgres")) {
            Some(url) => {
                let mut c = pg::cluster().unwrap().connect(url);
                let n: i64 = c
                    .query_one(
                        "SELECT (SELECT count(*) FROM requests) + (SELECT count(*) FROM events)",
                        &[],
                    )
                    .unwrap()
                    .get(0);
                n == 0
            }
            None => !db.exists(),
        }
    }

    pub fn count(&self) -> i64 {
        if let Some(u) = &self.url {
            let mut c = pg::cluster().unwrap().connect(u);
            return c
                .query_one("SELECT count(*) FROM requests", &[])
                .unwrap()
                .get(0);
        }
        let c = rusqlite::Connection::open(self.db()).unwrap();
        c.query_row("SELECT count(*) FROM requests", [], |r| r.get(0))
            .unwrap()
    }
}

/// Read a JSON value as a typed record: a field that is renamed or missing fails here, even
/// one that is allowed to be null (each such field is `Option` read with
/// `Option::deserialize`, which has no default for a missing key).
pub fn typed<T: serde::de::DeserializeOwned>(v: &Value) -> T {
    serde_json::from_value(v.clone()).unwrap_or_else(|e| panic!("{e}: {v:#}"))
}

/// The JSON shape of a request (SPEC 2). Times are RFC 3339 strings.
#[derive(Debug, PartialEq, serde::Deserialize)]
pub struct RequestJson {
    pub id: i64,
    pub tenant: String,
    pub title: String,
    pub description: String,
    pub category: String,
    #[serde(deserialize_with = "Option::deserialize")]
    pub service: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    pub severity: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    pub severity_source: Option<String>,
    pub plan: String,
    pub tier: String,
    pub channel: String,
    pub status: String,
    pub opened_at: String,
    #[serde(deserialize_with = "Option::deserialize")]
    pub first_response_at: Option<String>,
    #[serde(deserialize_with = "Option::deserialize")]
    pub closed_at: Option<String>,
    pub reopen_count: i64,
    pub cycle_started_at: String,
    pub availability: String,
    pub response_target: String,
    #[serde(deserialize_with = "Option::deserialize")]
    pub response_due: Option<String>,
    pub sla_state: String,
    pub scope: String,
    pub opened_by: String,
    #[serde(deserialize_with = "Option::deserialize")]
    pub reopen_deadline: Option<String>,
}

/// One row of `sla --json`'s `requests`: a request and its remaining seconds (SPEC 2).
#[derive(Debug, serde::Deserialize)]
pub struct SlaRowJson {
    #[serde(flatten)]
    pub request: RequestJson,
    #[serde(deserialize_with = "Option::deserialize")]
    pub remaining_seconds: Option<i64>,
}

/// `classify --json` (SPEC 2).
#[derive(Debug, serde::Deserialize)]
pub struct ClassifyJson {
    #[serde(deserialize_with = "Option::deserialize")]
    pub severity: Option<String>,
    pub category: String,
    pub service: String,
    pub scope: String,
    #[serde(deserialize_with = "Option::deserialize")]
    pub referral: Option<String>,
    pub facts: FactsJson,
    pub rationale: Vec<Value>,
    pub tier: String,
    pub availability: String,
    pub response_target: String,
}

/// The facts of a classification (SPEC 1.3).
#[derive(Debug, serde::Deserialize)]
pub struct FactsJson {
    pub service_state: String,
    pub affected: String,
    pub workaround: bool,
    pub business_critical: bool,
}

/// The schemas under schema/, found by the last segment of a `$ref`'s URI.
struct SchemaDir;

impl jsonschema::Retrieve for SchemaDir {
    fn retrieve(
        &self,
        uri: &jsonschema::Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let name = uri.as_str().rsplit('/').next().unwrap_or_default();
        schema_file(name)
    }
}

fn schema_file(name: &str) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schema")
        .join(name);
    Ok(serde_json::from_str(&std::fs::read_to_string(path)?)?)
}

/// The errors of `v` against schema/`kind`.schema.json (empty when valid).
pub fn schema_errors(kind: &str, v: &Value) -> Vec<String> {
    let schema = schema_file(&format!("{kind}.schema.json")).unwrap();
    let validator = jsonschema::options()
        .with_retriever(SchemaDir)
        .build(&schema)
        .unwrap_or_else(|e| panic!("schema/{kind}.schema.json: {e}"));
    validator
        .iter_errors(v)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// Assert that `v` is valid against schema/`kind`.schema.json.
pub fn assert_schema(kind: &str, v: &Value) {
    let errors = schema_errors(kind, v);
    assert!(
        errors.is_empty(),
        "not a valid {kind} record: {errors:#?}\n{v:#}"
    );
}

/// Check a command's JSON output against the schema of what it prints (SPEC 2): a request
/// (open, show), an array of them (list), an SLA report, a period report, a classification,
/// a reopen check.
pub fn check_output_schema(args: &[&str], v: &Value) {
    let command = args.iter().find(|a| !a.starts_with('-')).copied();
    match command {
        Some("open" | "show") => assert_schema("request", v),
        Some("list") => {
            for r in v.as_array().expect("list --json prints an array") {
                assert_schema("request", r);
            }
        }
        Some("sla") => assert_schema("sla-report", v),
        Some("report") => assert_schema("report", v),
        Some("classify") => assert_schema("classification", v),
        Some("reopen") if args.contains(&"--check") => assert_schema("reopen-check", v),
        _ => {}
    }
}

/// Every command path of the tree (`[]`, `["open"]`, `["db", "admins", "add"]`, …).
pub fn command_paths(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(path.clone());
    for s in cmd.get_subcommands() {
        let mut p = path.clone();
        p.push(s.get_name().to_string());
        command_paths(s, p, out);
    }
}
