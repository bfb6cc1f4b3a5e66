//! Opening the ledger safely: refuse special names, foreign files and newer schemas
//! without touching them; create new files private (0600, parent directories 0700);
//! set every pragma explicitly; create the schema in an IMMEDIATE transaction.

use super::Store;
use crate::config::io_reason;
use crate::error::{failure, usage};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::io::Read;
use std::path::Path;
use std::time::Duration;

/// `PRAGMA application_id` of an svcreq ledger ("SVRQ").
pub const SVCREQ_APPLICATION_ID: i32 = 0x5356_5251;
/// The schema version this svcreq writes.
pub const CURRENT_VERSION: i32 = 2;
/// Schema steps: entry N brings a ledger from version N to N + 1.
pub(crate) const MIGRATIONS: &[&str] = &[include_str!("schema.sql"), include_str!("schema_v2.sql")];

/// Default busy timeout; `SVCREQ_BUSY_TIMEOUT_MS` overrides it.
const BUSY_TIMEOUT_MS: u64 = 10_000;

/// Whether a command only reads the ledger or also writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

/// One sentence for a database error, with its exit code.
pub fn db_error(path: &Path, e: rusqlite::Error) -> anyhow::Error {
    use rusqlite::ErrorCode as C;
    let p = path.display();
    let code = match &e {
        rusqlite::Error::SqliteFailure(f, _) => Some(f.code),
        _ => None,
    };
    match code {
        Some(C::DatabaseBusy | C::DatabaseLocked) => failure(format!(
            "the ledger {p} is busy; another svcreq is writing — try again"
        )),
        Some(C::ReadOnly) => failure(format!(
            "the ledger {p} is read-only; check its permissions"
        )),
        Some(C::NotADatabase) => failure(format!(
            "{p} is not an svcreq database (not an SQLite file)"
        )),
        Some(C::DatabaseCorrupt) => failure(format!(
            "the ledger {p} is damaged; restore it from a backup (SQLite reports: {e})"
        )),
        Some(C::DiskFull) => failure(format!("cannot write the ledger {p}: the disk is full")),
        Some(C::SystemIoFailure) => {
            failure(format!("cannot write the ledger {p}: disk I/O error ({e})"))
        }
        Some(C::CannotOpen) => failure(format!(
            "cannot open the ledger {p}; check the path and its permissions"
        )),
        _ => failure(format!("ledger {p}: {e}")),
    }
}

fn check_name(path: &Path) -> anyhow::Result<()> {
    let s = path.to_string_lossy();
    if s.is_empty() || s == ":memory:" || s.starts_with("file:") {
        return Err(usage(format!(
            "--db '{s}' is not a file path; give the path of the ledger file (SQLite special names are not accepted)"
        )));
    }
    Ok(())
}

/// Refuse files that are not SQLite before SQLite touches them. Returns the file size.
fn check_file(path: &Path) -> anyhow::Result<Option<u64>> {
    let p = path.display();
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // Only a link itself counts: another svcreq may have created the file since.
            if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
                return Err(failure(format!(
                    "--db {p} is a symbolic link to a missing file; refusing to create a ledger through it"
                )));
            }
            return Ok(None);
        }
        Err(e) => {
            return Err(failure(format!(
                "cannot read the ledger {p}: {}",
                io_reason(&e)
            )));
        }
    };
    if meta.is_dir() {
        return Err(usage(format!(
            "--db {p} is a directory; give the path of the ledger file"
        )));
    }
    if meta.len() > 0 {
        let mut head = [0u8; 16];
        let mut f = std::fs::File::open(path)
            .map_err(|e| failure(format!("cannot read the ledger {p}: {}", io_reason(&e))))?;
        let n = f.read(&mut head).unwrap_or(0);
        if n < 16 || &head != b"SQLite format 3\0" {
            return Err(failure(format!(
                "{p} is not an svcreq database (not an SQLite file); check --db"
            )));
        }
    }
    Ok(Some(meta.len()))
}

fn busy_timeout() -> Duration {
    let ms = std::env::var("SVCREQ_BUSY_TIMEOUT_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(BUSY_TIMEOUT_MS);
    Duration::from_millis(ms)
}

/// Keep the `-wal` file when the last connection closes: svcreq never unlinks it, and
/// read commands then find it in place instead of creating it.
fn persist_wal(conn: &Connection) {
    let mut on: std::ffi::c_int = 1;
    // SAFETY: the handle is live for the borrow of `conn`; the file-control op takes a
    // pointer to an int that outlives the call. A failure only means the WAL is unlinked.
    unsafe {
        rusqlite::ffi::sqlite3_file_control(
            conn.handle(),
            c"main".as_ptr(),
            rusqlite::ffi::SQLITE_FCNTL_PERSIST_WAL,
            (&mut on as *mut std::ffi::c_int).cast(),
        );
    }
}

fn set_pragmas(conn: &Connection, access: Access) -> rusqlite::Result<()> {
    conn.busy_timeout(busy_timeout())?;
    if access == Access::Write {
        persist_wal(conn);
        // A persisted WAL is truncated to this size after a checkpoint.
        conn.pragma_update(None, "journal_size_limit", 4 * 1024 * 1024)?;
    }
    conn.pragma_update(None, "trusted_schema", false)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    if access == Access::Read {
        conn.pragma_update(None, "query_only", true)?;
    }
    Ok(())
}

/// (application_id, user_version, number of schema objects), read in one transaction: as
/// three separate reads they could straddle another svcreq committing the schema, and a
/// half-seen new ledger would look like another application's file.
fn stamp(conn: &Connection) -> rusqlite::Result<(i32, i32, i64)> {
    let tx = conn.unchecked_transaction()?;
    let stamp = stamp_in(&tx)?;
    tx.commit()?;
    Ok(stamp)
}

/// As [`stamp`], inside a transaction the caller holds.
fn stamp_in(conn: &Connection) -> rusqlite::Result<(i32, i32, i64)> {
    let app: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let ver: i32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    Ok((app, ver, objects))
}

/// Ok(true) when the file is an svcreq ledger at the current version, Ok(false) when it
/// is an empty SQLite file; refuses anything else.
fn check_stamp(path: &Path, (app, ver, objects): (i32, i32, i64)) -> anyhow::Result<bool> {
    let p = path.display();
    if app == 0 && ver == 0 && objects == 0 {
        return Ok(false);
    }
    if app != SVCREQ_APPLICATION_ID {
        return Err(failure(format!(
            "{p} is not an svcreq database (it belongs to another application); check --db"
        )));
    }
    if ver > CURRENT_VERSION {
        return Err(failure(format!(
            "the ledger {p} was written by a newer svcreq (schema {ver}; this svcreq knows up to {CURRENT_VERSION}); upgrade svcreq"
        )));
    }
    Ok(ver == CURRENT_VERSION)
}

#[cfg(unix)]
fn create_private(path: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    if let Some(dir) = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty() && !d.exists())
    {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| {
                failure(format!(
                    "cannot create the ledger's directory {}: {}",
                    dir.display(),
                    io_reason(&e)
                ))
            })?;
    }
    // O_CREAT|O_EXCL never follows a symbolic link, even a dangling one.
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()), // another svcreq won the race
        Err(e) => Err(failure(format!(
            "cannot create the ledger {}: {}",
            path.display(),
            io_reason(&e)
        ))),
    }
}

#[cfg(not(unix))]
fn create_private(path: &Path) -> anyhow::Result<()> {
    if let Some(dir) = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty() && !d.exists())
    {
        std::fs::create_dir_all(dir).map_err(|e| {
            failure(format!(
                "cannot create the ledger's directory {}: {}",
                dir.display(),
                io_reason(&e)
            ))
        })?;
    }
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
    {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(failure(format!(
            "cannot create the ledger {}: {}",
            path.display(),
            io_reason(&e)
        ))),
    }
}

/// Bring an empty or older ledger to the current schema, inside one IMMEDIATE transaction,
/// then switch it to WAL journaling (which persists in the file).
fn migrate(conn: &mut Connection, path: &Path) -> anyhow::Result<()> {
    let err = |e| db_error(path, e);
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(err)?;
    // Re-read the stamp under the write lock: another svcreq may have migrated meanwhile.
    let (app, ver, objects) = stamp_in(&tx).map_err(err)?;
    if !check_stamp(path, (app, ver, objects))? {
        for step in &MIGRATIONS[ver as usize..] {
            tx.execute_batch(step).map_err(err)?;
        }
        tx.pragma_update(None, "application_id", SVCREQ_APPLICATION_ID)
            .map_err(err)?;
        tx.pragma_update(None, "user_version", CURRENT_VERSION)
            .map_err(err)?;
    }
    tx.commit().map_err(err)?;
    ensure_wal(conn, path)
}

/// Switch to WAL. The switch needs the database to itself; SQLite neither waits for that
/// through the busy handler nor always reports BUSY (it may just return the old mode), so
/// retry within the busy timeout.
fn ensure_wal(conn: &Connection, path: &Path) -> anyhow::Result<()> {
    let deadline = std::time::Instant::now() + busy_timeout();
    loop {
        let outcome =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0));
        let retry = match &outcome {
            Ok(mode) if mode.eq_ignore_ascii_case("wal") => return Ok(()),
            Ok(_) => true,
            Err(rusqlite::Error::SqliteFailure(f, _)) => {
                matches!(
                    f.code,
                    rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                )
            }
            Err(_) => false,
        };
        if !retry || std::time::Instant::now() >= deadline {
            return match outcome {
                Ok(mode) => Err(failure(format!(
                    "the ledger {} cannot switch to WAL journaling (it stays {mode}); another program may hold it open",
                    path.display()
                ))),
                Err(e) => Err(db_error(path, e)),
            };
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

pub(super) fn open(path: &Path, access: Access) -> anyhow::Result<Option<Store>> {
    check_name(path)?;
    let size = check_file(path)?;
    if access == Access::Read && size.unwrap_or(0) == 0 {
        return Ok(None);
    }
    if size.is_none() {
        create_private(path)?;
    }
    let flags = match access {
        Access::Read => OpenFlags::SQLITE_OPEN_READ_ONLY,
        Access::Write => OpenFlags::SQLITE_OPEN_READ_WRITE,
    } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags).map_err(|e| db_error(path, e))?;
    set_pragmas(&conn, access).map_err(|e| db_error(path, e))?;
    let stamp = stamp(&conn).map_err(|e| db_error(path, e))?;
    let current = check_stamp(path, stamp)?;
    if !current {
        if access == Access::Read {
            if stamp.2 == 0 {
                // An empty SQLite file is an empty ledger; read commands never write.
                return Ok(None);
            }
            // A ledger of an older schema: upgrade it (one write transaction), then read.
            drop(conn);
            open(path, Access::Write).map_err(|e| {
                failure(format!(
                    "the ledger {} has schema {} and this svcreq reads schema {CURRENT_VERSION}; upgrading it failed: {e}",
                    path.display(),
                    stamp.1
                ))
            })?;
            return open(path, Access::Read);
        }
        migrate(&mut conn, path)?;
    } else if access == Access::Write {
        // Another svcreq may have created the schema and not yet switched to WAL.
        let mode: String = conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .map_err(|e| db_error(path, e))?;
        if !mode.eq_ignore_ascii_case("wal") {
            ensure_wal(&conn, path)?;
        }
    }
    Ok(Some(Store {
        conn,
        path: path.to_path_buf(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_reach_the_current_version() {
        assert_eq!(MIGRATIONS.len(), CURRENT_VERSION as usize);
    }

    #[test]
    fn connection_pragmas_are_explicit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        for _ in 0..2 {
            // fresh, then existing
            let store = open(&path, Access::Write).unwrap().unwrap();
            let c = store.connection();
            let q = |p: &str| {
                c.pragma_query_value(None, p, |r| r.get::<_, rusqlite::types::Value>(0))
                    .unwrap()
            };
            use rusqlite::types::Value::*;
            assert_eq!(q("journal_mode"), Text("wal".into()));
            assert_eq!(q("synchronous"), Integer(2));
            assert_eq!(q("foreign_keys"), Integer(1));
            assert_eq!(q("trusted_schema"), Integer(0));
            assert_eq!(q("busy_timeout"), Integer(BUSY_TIMEOUT_MS as i64));
            assert_eq!(q("application_id"), Integer(SVCREQ_APPLICATION_ID as i64));
            assert_eq!(q("user_version"), Integer(CURRENT_VERSION as i64));
        }
    }

    #[test]
    fn open_view_and_sla_queries_use_the_partial_index() {
        use crate::store::{ListFilter, SortKey, Status};
        let dir = tempfile::tempdir().unwrap();
        let store = open(&dir.path().join("s.db"), Access::Write)
            .unwrap()
            .unwrap();
        // The exact queries `list` (default table view, and as JSON) and `sla` run.
        for filter in [
            ListFilter {
                status: Some(Status::Open),
                brief: true,
                ..ListFilter::default()
            },
            ListFilter {
                status: Some(Status::Open),
                ..ListFilter::default()
            },
            ListFilter {
                status: Some(Status::Open),
                sort: SortKey::Due,
                limit: Some(10),
                ..ListFilter::default()
            },
        ] {
            let (sql, args) = Store::list_query(&filter);
            let plan: Vec<String> = store
                .connection()
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .unwrap()
                .query_map(rusqlite::params_from_iter(args), |r| r.get::<_, String>(3))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            assert!(
                plan.iter()
                    .any(|l| l.contains("USING INDEX requests_open_due")),
                "{plan:?}"
            );
            assert!(
                !plan.iter().any(|l| l.contains("TEMP B-TREE")),
                "rows stream in index order: {plan:?}"
            );
        }
    }
}
