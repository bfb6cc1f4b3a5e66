//! A throwaway PostgreSQL cluster for the tests (SPEC 8): one per test process, on a Unix
//! socket in a temp dir, `fsync=off`; a fresh database per test, copied from a template
//! that `svcreq db init` built once. `SVCREQ_TEST_PG` (a URL without a database, e.g.
//! `postgresql://postgres@%2Ftmp%2Fpg.x`) points at a cluster someone else runs (`.ci/run`
//! starts one for the whole run). Without either, PostgreSQL tests are skipped — except
//! with `CI=true`, where a missing PostgreSQL fails them.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// A running cluster: the base URL (no database) and the template database's name.
pub struct Cluster {
    pub base: String,
    template: String,
    /// The server's log file (None: a cluster given by SVCREQ_TEST_PG).
    log: Option<PathBuf>,
    /// Serialises CREATE DATABASE … TEMPLATE (the template must have no other user).
    create: Mutex<()>,
}

static CLUSTER: OnceLock<Option<Cluster>> = OnceLock::new();
static NEXT: AtomicUsize = AtomicUsize::new(0);

/// The directory of PostgreSQL's server programs (initdb, pg_ctl), if installed.
pub fn bin_dir() -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|p| p.join("initdb").exists())
        .collect();
    found.sort_by_key(|p| {
        p.parent()
            .and_then(|v| v.file_name())
            .and_then(|v| v.to_str())
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(0)
    });
    if let Some(p) = found.pop() {
        return Some(p);
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .find(|d| d.join("initdb").exists() && d.join("pg_ctl").exists())
    })
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// Run a server program, as the `postgres` user when we are root (initdb refuses root).
fn server_cmd(bin: &Path, prog: &str) -> Command {
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(bin.join(prog));
        c
    } else {
        Command::new(bin.join(prog))
    }
}

fn start() -> Option<Cluster> {
    if let Ok(base) = std::env::var("SVCREQ_TEST_PG") {
        return Some(with_template(base.trim_end_matches('/').to_string(), None));
    }
    let Some(bin) = bin_dir() else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but PostgreSQL is not installed: install Debian's postgresql package (apt-get install postgresql), or set SVCREQ_TEST_PG"
        );
        return None;
    };
    let dir = tempfile::Builder::new()
        .prefix("svcreq-pg.")
        .tempdir()
        .unwrap()
        .keep();
    if is_root() {
        let ok = Command::new("chown")
            .arg("postgres")
            .arg(&dir)
            .status()
            .unwrap()
            .success();
        assert!(ok, "chown postgres {}", dir.display());
    }
    let data = dir.join("data");
    let out = server_cmd(&bin, "initdb")
        .arg("-D")
        .arg(&data)
        .args(["-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"])
        .arg("--locale=C.UTF-8")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "initdb: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let opts = format!(
        "-c listen_addresses= -c unix_socket_directories={} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
        dir.display()
    );
    let out = server_cmd(&bin, "pg_ctl")
        .arg("-D")
        .arg(&data)
        .arg("-l")
        .arg(dir.join("log"))
        .args(["-w", "-o", &opts, "start"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pg_ctl start: {}{}",
        String::from_utf8_lossy(&out.stderr),
        std::fs::read_to_string(dir.join("log")).unwrap_or_default()
    );
    // Stop the cluster and remove its files when this test process ends, however it ends.
    let pg_ctl = bin.join("pg_ctl");
    let stop = if is_root() {
        format!("runuser -u postgres -- {}", pg_ctl.display())
    } else {
        pg_ctl.display().to_string()
    };
    let script = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 0.2; done; {stop} -D '{data}' -m immediate -w stop >/dev/null 2>&1; rm -rf '{dir}'",
        pid = std::process::id(),
        data = data.display(),
        dir = dir.display()
    );
    // The watcher outlives this process by design: nobody waits for it.
    #[allow(clippy::zombie_processes)]
    Command::new("sh")
        .args(["-c", &script])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let base = format!(
        "postgresql://postgres@{}",
        encode(&dir.display().to_string())
    );
    Some(with_template(base, Some(dir.join("log"))))
}

/// Percent-encode a socket directory for a URL's host.
pub fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn admin(base: &str) -> postgres::Client {
    postgres::Client::connect(&format!("{base}/postgres"), postgres::NoTls)
        .unwrap_or_else(|e| panic!("connect to the test cluster {base}: {e}"))
}

/// Create this process's template database and run `svcreq db init` on it.
fn with_template(base: String, log: Option<PathBuf>) -> Cluster {
    let template = format!("svcreq_tmpl_{}", std::process::id());
    let mut c = admin(&base);
    c.batch_execute(&format!("DROP DATABASE IF EXISTS {template}"))
        .unwrap();
    c.batch_execute(&format!("CREATE DATABASE {template}"))
        .unwrap();
    let url = format!("{base}/{template}");
    let out = Command::new(env!("CARGO_BIN_EXE_svcreq"))
        .args(["db", "init", "--db", &url])
        .env_remove("SVCREQ_DB")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "svcreq db init: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The tests' admin is the database role `alice` (SPEC 8: the actor is the role), a
    // superuser so that it owns what the tests do, as the ledger's owner would.
    c.batch_execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alice') \
         THEN CREATE ROLE alice LOGIN SUPERUSER; END IF; END $$",
    )
    .unwrap();
    Cluster {
        base,
        template,
        log,
        create: Mutex::new(()),
    }
}

/// The test cluster, started on first use; None when PostgreSQL is not installed (and CI
/// is not set).
pub fn cluster() -> Option<&'static Cluster> {
    CLUSTER.get_or_init(start).as_ref()
}

impl Cluster {
    /// A fresh, empty ledger database (schema in place): its URL, as the role `alice`.
    pub fn fresh(&self) -> String {
        let name = format!(
            "t_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        );
        let _one = self.create.lock().unwrap_or_else(|e| e.into_inner());
        admin(&self.base)
            .batch_execute(&format!(
                "CREATE DATABASE {name} TEMPLATE {}",
                self.template
            ))
            .unwrap();
        format!("{}/{name}", as_user(&self.base, "alice"))
    }

    /// A fresh, empty database without svcreq's schema: its URL.
    pub fn empty(&self) -> String {
        let name = format!(
            "e_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        );
        admin(&self.base)
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        format!("{}/{name}", self.base)
    }

    /// The server's log so far (what `log_statement` writes, among the rest), when this
    /// process started the cluster.
    pub fn log(&self) -> Option<String> {
        let path = self.log.as_ref()?;
        Some(std::fs::read_to_string(path).unwrap_or_default())
    }

    /// A connection to the database at `url` (as the cluster's superuser).
    pub fn connect(&self, url: &str) -> postgres::Client {
        postgres::Client::connect(url, postgres::NoTls).unwrap()
    }
}

/// `base` (`postgresql://USER@HOST`) connecting as `user` instead.
pub fn as_user(base: &str, user: &str) -> String {
    match (base.find("://"), base.find('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            format!("{}{user}{}", &base[..scheme + 3], &base[at..])
        }
        (Some(scheme), _) => format!("{}{user}@{}", &base[..scheme + 3], &base[scheme + 3..]),
        _ => base.to_string(),
    }
}
