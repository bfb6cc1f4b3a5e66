//! Opening the ledger safely: refuse special names, foreign files and newer schemas
//! without touching them; create new files private (0600, parent directories 0700);
//! set every pragma explicitly; create the schema in an IMMEDIATE transaction.

use super::Store;
use crate::error::io_reason;
use crate::error::{failure, usage};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::io::Read;
use std::path::Path;
use std::time::Duration;

/// The first 16 bytes of every SQLite database file (its header string).
pub const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// `PRAGMA application_id` of an svcreq ledger ("SVRQ").
pub const SVCREQ_APPLICATION_ID: i32 = 0x5356_5251;
/// The schema version this svcreq writes.
pub const CURRENT_VERSION: i32 = 8;
/// Schema steps: entry N brings a ledger from version N to N + 1.
pub(crate) const MIGRATIONS: &[&str] = &[
    include_str!("schema.sql"),
    include_str!("schema_v2.sql"),
    include_str!("schema_v3.sql"),
    include_str!("schema_v4.sql"),
    include_str!("schema_v5.sql"),
    include_str!("schema_v6.sql"),
    include_str!("schema_v7.sql"),
    include_str!("schema_v8.sql"),
];

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
    if let Some(what) = unreadable_value(&e, None) {
        return failure(crate::tr!(
            "store-unreadable-value",
            path = p.to_string(),
            what = what
        ));
    }
    let code = match &e {
        rusqlite::Error::SqliteFailure(f, _) => Some(f.code),
        _ => None,
    };
    match code {
        Some(C::DatabaseBusy | C::DatabaseLocked) => {
            failure(crate::tr!("store-busy", path = p.to_string()))
        }
        Some(C::ReadOnly) => failure(crate::tr!("store-read-only", path = p.to_string())),
        Some(C::NotADatabase) => failure(crate::tr!("store-not-sqlite", path = p.to_string())),
        Some(C::DatabaseCorrupt) => failure(crate::tr!(
            "store-damaged",
            path = p.to_string(),
            error = crate::output::inert_line(&e.to_string()).into_owned()
        )),
        Some(C::DiskFull) => failure(crate::tr!("store-disk-full", path = p.to_string())),
        Some(C::SystemIoFailure) => failure(crate::tr!("store-io-error", path = p.to_string())),
        Some(C::CannotOpen) => failure(crate::tr!("store-cannot-open", path = p.to_string())),
        _ => failure(crate::tr!(
            "store-other-error",
            path = p.to_string(),
            error = crate::output::inert_line(&e.to_string()).into_owned()
        )),
    }
}

/// For an error decoding a value read from the ledger: which column, and what was wrong,
/// in a few words (`column severity: unexpected value 'Z'`); None for other errors.
/// `name` names the column when the caller knows the statement.
pub fn unreadable_value(
    e: &rusqlite::Error,
    name: Option<&dyn Fn(usize) -> String>,
) -> Option<String> {
    use rusqlite::Error as E;
    let column = |i: usize| {
        let c = name.map_or_else(|| (i + 1).to_string(), |n| n(i));
        crate::tr!("store-column", column = c)
    };
    match e {
        E::FromSqlConversionFailure(i, _, err) => Some(format!(
            "{}: {}",
            column(*i),
            crate::output::inert_line(&err.to_string())
        )),
        E::InvalidColumnType(i, _, ty) => Some(crate::tr!(
            "store-column-type",
            column = column(*i),
            found = sql_type_name(*ty)
        )),
        // Text that is not UTF-8 (a damaged page, or bytes written outside svcreq); rusqlite
        // gives usize::MAX when it does not know the column.
        E::Utf8Error(i, err) if *i != usize::MAX => Some(format!(
            "{}: {}",
            column(*i),
            crate::output::inert_line(&err.to_string())
        )),
        E::Utf8Error(_, err) => Some(crate::output::inert_line(&err.to_string()).into_owned()),
        E::IntegralValueOutOfRange(i, v) => Some(crate::tr!(
            "store-column-range",
            column = column(*i),
            value = v.to_string()
        )),
        _ => None,
    }
}

fn check_name(path: &Path) -> anyhow::Result<()> {
    refuse_conninfo(path)?;
    let s = path.to_string_lossy();
    if s.is_empty() || s == ":memory:" || s.starts_with("file:") {
        return Err(usage(crate::tr!("store-not-a-path", value = s.to_string())));
    }
    Ok(())
}

/// Refuses a ledger name that is a libpq key=value connection string ("host=… dbname=…
/// password=…"): neither a file nor a URL, and refused without being echoed, since it may
/// carry a password (SPEC 8: no message shows a password). Exit 2 (usage).
pub fn refuse_conninfo(path: &Path) -> anyhow::Result<()> {
    if is_conninfo(&path.to_string_lossy()) {
        return Err(usage(crate::tr!("error-db-conninfo")));
    }
    Ok(())
}

/// Whether `s` reads as a libpq key=value connection string: its first word is
/// `keyword=` for a keyword libpq knows (host, dbname, user, password, …).
fn is_conninfo(s: &str) -> bool {
    const KEYWORDS: [&str; 14] = [
        "host",
        "hostaddr",
        "port",
        "dbname",
        "user",
        "password",
        "passfile",
        "sslmode",
        "sslrootcert",
        "sslcert",
        "sslkey",
        "connect_timeout",
        "options",
        "service",
    ];
    s.trim_start()
        .split_once('=')
        .is_some_and(|(key, _)| KEYWORDS.contains(&key.trim_end()))
}

/// Refuse files that are not SQLite before SQLite touches them. Returns the file size.
fn check_file(path: &Path) -> anyhow::Result<Option<u64>> {
    let p = path.display();
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // Only a link itself counts: another svcreq may have created the file since.
            if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
                return Err(failure(crate::tr!(
                    "store-dangling-link",
                    path = p.to_string()
                )));
            }
            return Ok(None);
        }
        Err(e) => {
            return Err(failure(crate::tr!(
                "store-cannot-read",
                path = p.to_string(),
                reason = io_reason(&e)
            )));
        }
    };
    if meta.is_dir() {
        return Err(usage(crate::tr!("store-is-dir", path = p.to_string())));
    }
    if !meta.is_file() {
        return Err(usage(crate::tr!(
            "store-not-regular",
            path = p.to_string(),
            kind = special_kind(&meta)
        )));
    }
    check_owner(path, &meta)?;
    if meta.len() > 0 {
        let mut head = [0u8; 16];
        let mut f = std::fs::File::open(path).map_err(|e| {
            failure(crate::tr!(
                "store-cannot-read",
                path = p.to_string(),
                reason = io_reason(&e)
            ))
        })?;
        let n = f.read(&mut head).unwrap_or(0);
        if n < 16 || &head != SQLITE_HEADER {
            return Err(failure(crate::tr!(
                "store-not-sqlite-check",
                path = p.to_string()
            )));
        }
    }
    Ok(Some(meta.len()))
}

/// What kind of special file `meta` describes, for messages: an id the catalogue's
/// `store-file-kind` names (fifo, char, block, socket, symlink, special; a symbolic link
/// only when `meta` was read without following it).
#[cfg(unix)]
pub fn special_kind(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_symlink() {
        "symlink"
    } else if t.is_fifo() {
        "fifo"
    } else if t.is_char_device() {
        "char"
    } else if t.is_block_device() {
        "block"
    } else if t.is_socket() {
        "socket"
    } else {
        "special"
    }
}

#[cfg(not(unix))]
pub fn special_kind(meta: &std::fs::Metadata) -> &'static str {
    if meta.file_type().is_symlink() {
        "symlink"
    } else {
        "special"
    }
}

/// The name of an SQLite storage class, for messages.
fn sql_type_name(ty: rusqlite::types::Type) -> &'static str {
    use rusqlite::types::Type;
    match ty {
        Type::Null => "null",
        Type::Integer => "integer",
        Type::Real => "real",
        Type::Text => "text",
        Type::Blob => "blob",
    }
}

/// A ledger, and a `-wal`/`-shm` beside it, must be the user's own: one link (SQLite
/// corrupts a database written through two names), owned by the user, and writable by no
/// one else (a file planted in a shared directory would otherwise be adopted). Checked by
/// svcreq itself, so the rule holds for root too.
#[cfg(unix)]
fn check_owner(path: &Path, meta: &std::fs::Metadata) -> anyhow::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let p = path.display();
    if meta.nlink() > 1 {
        return Err(failure(crate::tr!(
            "store-hard-links",
            path = p.to_string(),
            links = meta.nlink().to_string()
        )));
    }
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    if meta.uid() != me {
        return Err(failure(crate::tr!(
            "store-other-owner",
            path = p.to_string(),
            uid = meta.uid().to_string(),
            me = me.to_string()
        )));
    }
    if meta.mode() & 0o022 != 0 {
        return Err(failure(crate::tr!(
            "store-writable-by-others",
            path = p.to_string(),
            mode = format!("{:o}", meta.mode() & 0o7777)
        )));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_owner(_path: &Path, _meta: &std::fs::Metadata) -> anyhow::Result<()> {
    Ok(())
}

/// The same checks on an existing `-wal` or `-shm` beside the ledger.
fn check_companions(path: &Path) -> anyhow::Result<()> {
    for ext in ["-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(ext);
        let companion = Path::new(&name);
        if let Ok(meta) = std::fs::symlink_metadata(companion) {
            if !meta.is_file() {
                return Err(failure(crate::tr!(
                    "store-companion-not-regular",
                    path = companion.display().to_string(),
                    kind = if meta.file_type().is_symlink() {
                        "symlink"
                    } else {
                        special_kind(&meta)
                    }
                )));
            }
            check_owner(companion, &meta)?;
        }
    }
    Ok(())
}

/// The busy timeout: `SVCREQ_BUSY_TIMEOUT_MS` if set (a whole number of milliseconds),
/// else 10 s. A value that is not a number is refused (exit 2), never silently replaced.
pub fn busy_timeout() -> anyhow::Result<Duration> {
    match std::env::var("SVCREQ_BUSY_TIMEOUT_MS") {
        Err(std::env::VarError::NotPresent) => Ok(Duration::from_millis(BUSY_TIMEOUT_MS)),
        Ok(v) => match v.trim().parse::<u32>() {
            Ok(ms) if ms <= i32::MAX as u32 => Ok(Duration::from_millis(ms.into())),
            _ => Err(usage(crate::tr!(
                "store-busy-timeout",
                value = crate::output::inert_line(&v),
                max = i32::MAX.to_string()
            ))),
        },
        Err(std::env::VarError::NotUnicode(_)) => {
            Err(usage(crate::tr!("store-busy-timeout-not-text")))
        }
    }
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

fn set_pragmas(conn: &Connection, access: Access, timeout: Duration) -> rusqlite::Result<()> {
    conn.busy_timeout(timeout)?;
    if access == Access::Write {
        persist_wal(conn);
        // A persisted WAL is truncated to this size after a checkpoint.
        conn.pragma_update(None, "journal_size_limit", 4 * 1024 * 1024)?;
        // What a write replaces or deletes is zeroed in the file, not only unlinked, so a
        // redaction (SPEC 7) leaves no copy of earlier text in free pages.
        conn.pragma_update(None, "secure_delete", true)?;
    }
    conn.pragma_update(None, "trusted_schema", false)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    if access == Access::Read {
        conn.pragma_update(None, "query_only", true)?;
    }
    Ok(())
}

/// One object of a ledger's schema: (type, name, table, SQL).
type SchemaObject = (String, String, String, Option<String>);

/// What identifies a ledger: its application id, schema version and schema objects.
#[derive(Debug)]
struct Stamp {
    app: i32,
    ver: i32,
    objects: Vec<SchemaObject>,
}

/// The stamp, read in one transaction: as separate reads they could straddle another
/// svcreq committing the schema, and a half-seen new ledger would look like another
/// application's file.
fn stamp(conn: &Connection) -> rusqlite::Result<Stamp> {
    let tx = conn.unchecked_transaction()?;
    let stamp = stamp_in(&tx)?;
    tx.commit()?;
    Ok(stamp)
}

/// The schema objects, in a fixed order; SQLite's statistics tables (ANALYZE) aside.
fn schema_objects(conn: &Connection) -> rusqlite::Result<Vec<SchemaObject>> {
    let mut st = conn.prepare(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema \
         WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\' ORDER BY type, name",
    )?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    rows.collect()
}

/// As [`stamp`], inside a transaction the caller holds.
fn stamp_in(conn: &Connection) -> rusqlite::Result<Stamp> {
    let app: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let ver: i32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    Ok(Stamp {
        app,
        ver,
        objects: schema_objects(conn)?,
    })
}

/// The schema objects of a ledger at [`CURRENT_VERSION`], as the migrations replayed on an
/// in-memory database leave them, in postcard form: reading them costs a small part of
/// replaying the migrations at every open (a test holds the two equal; `cargo test --
/// --ignored write_current_schema_objects` writes them again when the schema changes).
const CURRENT_OBJECTS: &[u8] = include_bytes!("current-objects.postcard");

/// The schema objects svcreq creates at version `ver` (1..=CURRENT_VERSION): the
/// migrations replayed on an in-memory database (for the current version, their result
/// kept beside this file).
fn expected_objects(ver: i32) -> rusqlite::Result<Vec<SchemaObject>> {
    if ver == CURRENT_VERSION
        && let Ok((CURRENT_VERSION, objects)) = postcard::from_bytes(CURRENT_OBJECTS)
    {
        return Ok(objects);
    }
    replayed_objects(ver)
}

/// The schema objects the migrations up to `ver` create, replayed on an in-memory database.
fn replayed_objects(ver: i32) -> rusqlite::Result<Vec<SchemaObject>> {
    let conn = Connection::open_in_memory()?;
    for step in &MIGRATIONS[..ver as usize] {
        conn.execute_batch(step)?;
    }
    schema_objects(&conn)
}

/// Ok(true) when the file is an svcreq ledger at the current version, Ok(false) when it
/// is an empty SQLite file or an svcreq ledger of an older schema; refuses anything else:
/// another application's file, a newer or impossible schema version, and schema objects
/// (a trigger, a view, an altered table) svcreq did not create.
fn check_stamp(path: &Path, stamp: &Stamp) -> anyhow::Result<bool> {
    let p = path.display();
    let Stamp { app, ver, objects } = stamp;
    let (app, ver) = (*app, *ver);
    if app == 0 && ver == 0 && objects.is_empty() {
        return Ok(false);
    }
    if app != SVCREQ_APPLICATION_ID {
        return Err(failure(crate::tr!(
            "store-other-application",
            path = p.to_string()
        )));
    }
    if ver > CURRENT_VERSION {
        return Err(failure(crate::tr!(
            "store-newer-schema",
            path = p.to_string(),
            version = ver.to_string(),
            known = CURRENT_VERSION.to_string()
        )));
    }
    if ver < 1 {
        return Err(failure(crate::tr!(
            "store-impossible-schema",
            path = p.to_string(),
            version = ver.to_string()
        )));
    }
    let expected = expected_objects(ver).map_err(|e| db_error(path, e))?;
    if let Some((kind, name, ..)) = objects.iter().find(|o| !expected.contains(o)) {
        let known = expected.iter().any(|e| &e.0 == kind && &e.1 == name);
        let name = crate::output::inert_line(name);
        return Err(failure(if known {
            crate::tr!(
                "store-object-changed",
                path = p.to_string(),
                kind = kind.as_str(),
                name = name
            )
        } else {
            crate::tr!(
                "store-object-foreign",
                path = p.to_string(),
                kind = kind.as_str(),
                name = name,
                version = ver.to_string()
            )
        }));
    }
    if let Some((kind, name, ..)) = expected.iter().find(|e| !objects.contains(e)) {
        return Err(failure(crate::tr!(
            "store-object-missing",
            path = p.to_string(),
            kind = kind.as_str(),
            name = crate::output::inert_line(name),
            version = ver.to_string()
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
                failure(crate::tr!(
                    "store-cannot-create-dir",
                    path = dir.display().to_string(),
                    reason = io_reason(&e)
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
        Err(e) => Err(failure(crate::tr!(
            "store-cannot-create",
            path = path.display().to_string(),
            reason = io_reason(&e)
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
            failure(crate::tr!(
                "store-cannot-create-dir",
                path = dir.display().to_string(),
                reason = io_reason(&e)
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
        Err(e) => Err(failure(crate::tr!(
            "store-cannot-create",
            path = path.display().to_string(),
            reason = io_reason(&e)
        ))),
    }
}

/// Bring an empty or older ledger to the current schema, inside one IMMEDIATE transaction,
/// then switch it to WAL journaling (which persists in the file).
fn migrate(conn: &mut Connection, path: &Path, timeout: Duration) -> anyhow::Result<()> {
    let err = |e| db_error(path, e);
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(err)?;
    // Re-read the stamp under the write lock: another svcreq may have migrated meanwhile.
    let stamp = stamp_in(&tx).map_err(err)?;
    if !check_stamp(path, &stamp)? {
        for step in &MIGRATIONS[stamp.ver as usize..] {
            tx.execute_batch(step).map_err(err)?;
        }
        if stamp.ver < 6 && !stamp.objects.is_empty() {
            // Until the rows left without a check value are counted (below), a row may have
            // none: the steps before read rows of an older ledger, which has none.
            tx.execute(
                "UPDATE ledger_seals SET value = -1 WHERE name = 'unsealed'",
                [],
            )
            .map_err(err)?;
        }
        if stamp.ver < 4 && !stamp.objects.is_empty() {
            // Schema 4 searches a folded copy of each request's text: fill it.
            super::reindex_all(super::Db::Sqlite(&tx)).map_err(|e| super::sqlite_error(path, e))?;
        }
        if stamp.ver < 5 && !stamp.objects.is_empty() {
            // Schema 5 keeps a check value per row: written for each record that agrees
            // with its history (one that does not is refused by every reader as before).
            super::seal_all(&tx, true).map_err(|e| super::sqlite_error(path, e))?;
        }
        if stamp.ver < 6 && !stamp.objects.is_empty() {
            // Schema 6 keeps a check value over the set of open requests (and schema 7
            // one over every request): written for the requests as the migration finds them.
            super::seal_request_set(&tx).map_err(|e| super::sqlite_error(path, e))?;
        } else if stamp.ver == 6 {
            // Schema 7 keeps a check value over the set of every request where schema 6
            // kept their count: written from the ids found when the count agrees with them.
            super::seal_request_set_from_count(&tx).map_err(|e| super::sqlite_error(path, e))?;
        }
        if (6..8).contains(&stamp.ver) || stamp.objects.is_empty() {
            // Schema 8 keeps how many requests there are, their least and greatest ids and
            // a value binding them to the set's check value: written from the requests
            // found, refused where that check value is not theirs (a new ledger's too).
            super::seal_request_bounds(&tx).map_err(|e| super::sqlite_error(path, e))?;
        }
        tx.pragma_update(None, "application_id", SVCREQ_APPLICATION_ID)
            .map_err(err)?;
        tx.pragma_update(None, "user_version", CURRENT_VERSION)
            .map_err(err)?;
    }
    tx.commit().map_err(err)?;
    ensure_wal(conn, path, timeout)
}

/// Switch to WAL. The switch needs the database to itself; SQLite neither waits for that
/// through the busy handler nor always reports BUSY (it may just return the old mode), so
/// retry within the busy timeout.
fn ensure_wal(conn: &Connection, path: &Path, timeout: Duration) -> anyhow::Result<()> {
    let deadline = std::time::Instant::now() + timeout;
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
                Ok(mode) => Err(failure(crate::tr!(
                    "store-no-wal",
                    path = path.display().to_string(),
                    mode = crate::output::inert_line(&mode)
                ))),
                Err(e) => Err(db_error(path, e)),
            };
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

pub(super) fn open(path: &Path, access: Access) -> anyhow::Result<Option<Store>> {
    check_name(path)?;
    if access == Access::Write {
        // What a killed import into this ledger left beside it.
        super::stage::remove_leftovers(path);
    }
    let timeout = busy_timeout()?;
    let size = check_file(path)?;
    if access == Access::Read && size.unwrap_or(0) == 0 {
        return Ok(None);
    }
    if size.is_none() {
        create_private(path)?;
        // Another process may have put a file there first: it gets the same checks.
        check_file(path)?;
    }
    check_companions(path)?;
    let flags = match access {
        Access::Read => OpenFlags::SQLITE_OPEN_READ_ONLY,
        Access::Write => OpenFlags::SQLITE_OPEN_READ_WRITE,
    } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let connect = |c: rusqlite::Result<Connection>| {
        let c = c?;
        set_pragmas(&c, access, timeout)?;
        let s = stamp(&c)?;
        Ok::<_, rusqlite::Error>((c, s))
    };
    let (mut conn, stamp) = match connect(Connection::open_with_flags(path, flags)) {
        Ok(cs) => cs,
        Err(e) if access == Access::Read && read_only_wal_error(&e) => {
            connect(open_unshared(path)?).map_err(|e| db_error(path, e))?
        }
        Err(e) => return Err(db_error(path, e)),
    };
    let current = check_stamp(path, &stamp)?;
    if !current {
        if access == Access::Read {
            if stamp.objects.is_empty() {
                // An empty SQLite file is an empty ledger; read commands never write.
                return Ok(None);
            }
            // A ledger of an older schema: upgrade it (one write transaction), then read.
            drop(conn);
            open(path, Access::Write).map_err(|e| {
                failure(crate::tr!(
                    "store-upgrade-failed",
                    path = path.display().to_string(),
                    version = stamp.ver.to_string(),
                    current = CURRENT_VERSION.to_string(),
                    error = e.to_string()
                ))
            })?;
            return open(path, Access::Read);
        }
        migrate(&mut conn, path, timeout)?;
    } else if access == Access::Write {
        // Another svcreq may have created the schema and not yet switched to WAL.
        let mode: String = conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .map_err(|e| db_error(path, e))?;
        if !mode.eq_ignore_ascii_case("wal") {
            ensure_wal(&conn, path, timeout)?;
        }
    }
    Ok(Some(Store {
        conn: super::Backend::Sqlite(conn),
        path: path.to_path_buf(),
    }))
}

/// A ledger in a directory the user cannot write, without its `-shm`: SQLite cannot
/// create the WAL index, so nobody can be writing it either. When its `-wal` holds no
/// unmerged commits the file alone is the whole ledger, and it is read as immutable.
fn open_unshared(path: &Path) -> anyhow::Result<rusqlite::Result<Connection>> {
    let p = path.display();
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
        return Err(failure(crate::tr!(
            "store-wal-unreadable",
            path = p.to_string()
        )));
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    Ok(Connection::open_with_flags(
        file_uri(path, "immutable=1"),
        flags,
    ))
}

/// `path` as an SQLite `file:` URI with `query`, every byte outside the unreserved set
/// percent-encoded (so `?`, `#` and `%` in a name stay part of it).
fn file_uri(path: &Path, query: &str) -> String {
    use std::fmt::Write;
    let full = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file:");
    for &b in full.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            uri.push(b as char);
        } else {
            let _ = write!(uri, "%{b:02X}");
        }
    }
    uri.push('?');
    uri.push_str(query);
    uri
}

/// Whether a read failed because SQLite could not create the WAL index (`-shm`) beside
/// the ledger: a read-only directory, not a read-only ledger.
fn read_only_wal_error(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _)
        if f.extended_code == rusqlite::ffi::SQLITE_READONLY_CANTINIT
            || f.extended_code == rusqlite::ffi::SQLITE_CANTOPEN
            || f.extended_code == rusqlite::ffi::SQLITE_READONLY_DIRECTORY
            || f.extended_code == rusqlite::ffi::SQLITE_READONLY_RECOVERY
            || f.code == rusqlite::ErrorCode::ReadOnly)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The schema objects kept for the current version are the ones the migrations create
    /// now: a change to the schema fails here until they are written again.
    #[test]
    fn kept_schema_objects_are_the_migrations() {
        let (ver, kept): (i32, Vec<SchemaObject>) = postcard::from_bytes(CURRENT_OBJECTS)
            .expect("current-objects.postcard: run the ignored test write_current_schema_objects");
        assert_eq!(ver, CURRENT_VERSION);
        assert_eq!(kept, replayed_objects(CURRENT_VERSION).unwrap());
        assert_eq!(expected_objects(CURRENT_VERSION).unwrap(), kept);
    }

    /// Writes `current-objects.postcard` (run with --ignored after a migration is added).
    #[test]
    #[ignore]
    fn write_current_schema_objects() {
        let objects = replayed_objects(CURRENT_VERSION).unwrap();
        std::fs::write(
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/src/store/current-objects.postcard"
            ),
            postcard::to_stdvec(&(CURRENT_VERSION, objects)).unwrap(),
        )
        .unwrap();
    }

    #[test]
    fn a_libpq_connection_string_is_refused_without_being_echoed() {
        for s in [
            "host=/tmp/x dbname=svcreq password=S3cret",
            " password = S3cret",
            "dbname=a",
        ] {
            let e = check_name(Path::new(s)).unwrap_err().to_string();
            assert!(!e.contains("S3cret") && !e.contains(s.trim()), "{e}");
        }
        for s in ["ledger.db", "a=b.db", "./host=x"] {
            assert!(check_name(Path::new(s)).is_ok(), "{s}");
        }
    }

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
            // A filter on a closed domain lets a value outside it through (for the read
            // check) without losing the index.
            ListFilter {
                status: Some(Status::Open),
                severities: vec![crate::rules::Severity::A],
                categories: vec![crate::rules::Category::Technical],
                brief: true,
                ..ListFilter::default()
            },
        ] {
            let (sql, args) = Store::list_query(&filter, false);
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
