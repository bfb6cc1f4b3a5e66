//! A new SQLite ledger built beside its path and put in place only when complete (SPEC 5,
//! issue 14): an import into a ledger that does not exist yet writes a private file next
//! to it, and links that file to the ledger's name after its one transaction commits. A
//! failed import removes the file, so it leaves nothing behind, and nobody can see or
//! wait on a half-built ledger. While it is private, the file is written without a
//! journal (a failure discards it whole), so its pages are written once, not once to the
//! WAL and again to the file; it is switched to WAL, as every ledger is, before it is
//! linked.

use super::open::{self, Access};
use super::{Backend, Store};
use crate::error::{failure, io_reason};
use std::path::{Path, PathBuf};

/// A ledger being built for `target` in a private file beside it.
pub struct Staged {
    store: Option<Store>,
    temp: PathBuf,
    target: PathBuf,
    /// The ledger's directory, when staging created it (removed again on failure).
    made_dir: Option<PathBuf>,
}

/// The file's `-wal` and `-shm` companions.
fn companions(path: &Path) -> [PathBuf; 2] {
    ["-wal", "-shm"].map(|ext| {
        let mut name = path.as_os_str().to_owned();
        name.push(ext);
        PathBuf::from(name)
    })
}

impl Store {
    /// Begin a new ledger for `target`, which must not exist: a private file in the same
    /// directory (so the final link stays on one file system), with the current schema.
    /// Messages name `target`.
    pub fn stage(target: &Path) -> anyhow::Result<Staged> {
        let dir = target
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let made_dir = (!dir.exists()).then(|| dir.to_path_buf());
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temp = dir.join(format!(".{name}.import-{}", std::process::id()));
        remove_leftovers(target);
        // A file left by an import of the same process id that was killed: never a ledger.
        for p in std::iter::once(temp.clone()).chain(companions(&temp)) {
            let _ = std::fs::remove_file(p);
        }
        let mut staged = Staged {
            store: None,
            temp,
            target: target.to_path_buf(),
            made_dir,
        };
        let mut store = open::open(&staged.temp, Access::Write)?.ok_or_else(|| {
            failure(crate::tr!(
                "error-cannot-open-ledger",
                path = target.display().to_string()
            ))
        })?;
        store.path = target.to_path_buf();
        if let Backend::Sqlite(c) = &store.conn {
            c.pragma_update_and_check(None, "journal_mode", "OFF", |_| Ok(()))
                .map_err(|e| open::db_error(target, e))?;
        }
        staged.store = Some(store);
        Ok(staged)
    }
}

impl Staged {
    /// The ledger being built.
    pub fn store(&mut self) -> anyhow::Result<&mut Store> {
        let path = self.target.display().to_string();
        self.store
            .as_mut()
            .ok_or_else(|| failure(crate::tr!("error-cannot-open-ledger", path = path)))
    }

    /// Switch the built ledger to WAL, write it to disk and link it to its name. Ok(false)
    /// when a ledger appeared at the name meanwhile: it is left alone and the built one
    /// removed.
    pub fn publish(mut self) -> anyhow::Result<bool> {
        let target = self.target.clone();
        let store = self.store.take().ok_or_else(|| {
            failure(crate::tr!(
                "error-cannot-open-ledger",
                path = target.display().to_string()
            ))
        })?;
        if let Backend::Sqlite(c) = &store.conn {
            c.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))
                .map_err(|e| open::db_error(&target, e))?;
        }
        drop(store);
        let cannot = |e: std::io::Error| {
            failure(crate::tr!(
                "import-cannot-place",
                path = target.display().to_string(),
                reason = io_reason(&e)
            ))
        };
        for p in companions(&self.temp) {
            match std::fs::remove_file(&p) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(cannot(e)),
                _ => {}
            }
        }
        std::fs::File::open(&self.temp)
            .and_then(|f| f.sync_all())
            .map_err(cannot)?;
        match put_in_place(&self.temp, &target) {
            Ok(placed) => {
                self.made_dir = None;
                Ok(placed)
            }
            Err(e) => Err(cannot(e)),
        }
    }
}

/// Give `temp` the name `target` unless a file has that name: Ok(false) then. A rename
/// that never replaces (Linux), else a hard link (which never replaces either) and the
/// old name removed.
fn put_in_place(temp: &Path, target: &Path) -> std::io::Result<bool> {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::ffi::OsStrExt;
        let c = |p: &Path| {
            std::ffi::CString::new(p.as_os_str().as_bytes())
                .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))
        };
        let (from, to) = (c(temp)?, c(target)?);
        // SAFETY: both are NUL-terminated paths that live across the call.
        let r = unsafe {
            libc::renameat2(
                libc::AT_FDCWD,
                from.as_ptr(),
                libc::AT_FDCWD,
                to.as_ptr(),
                libc::RENAME_NOREPLACE,
            )
        };
        if r == 0 {
            return Ok(true);
        }
        let e = std::io::Error::last_os_error();
        match e.raw_os_error() {
            Some(libc::EEXIST) => return Ok(false),
            // A file system without the flag: link instead.
            Some(libc::EINVAL) | Some(libc::ENOSYS) => {}
            _ => return Err(e),
        }
    }
    match std::fs::hard_link(temp, target) {
        Ok(()) => {
            std::fs::remove_file(temp)?;
            Ok(true)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e),
    }
}

/// Remove what killed imports into `target` left beside it: their private files
/// `.NAME.import-PID` (with `-wal`, `-shm` or `-journal`), each only when it is a regular
/// file of this user and process PID is gone. A file whose process still runs (an import
/// under way, or a process that took a dead import's id) is left alone, and so is
/// anything that cannot be checked. Called when a ledger is staged or opened for writing.
#[cfg(unix)]
pub(super) fn remove_leftovers(target: &Path) {
    use std::os::unix::fs::MetadataExt;
    let Some(name) = target.file_name() else {
        return;
    };
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let prefix = format!(".{}.import-", name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    // SAFETY: geteuid has no preconditions and cannot fail.
    let uid = unsafe { libc::geteuid() };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(rest) = file.to_str().and_then(|f| f.strip_prefix(prefix.as_str())) else {
            continue;
        };
        let digits = ["-wal", "-shm", "-journal"]
            .iter()
            .find_map(|ext| rest.strip_suffix(ext))
            .unwrap_or(rest);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let Ok(pid) = digits.parse::<libc::pid_t>() else {
            continue;
        };
        if pid <= 0 || pid.unsigned_abs() == std::process::id() || process_exists(pid) {
            continue;
        }
        let path = entry.path();
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_file() && meta.uid() == uid => {
                let _ = std::fs::remove_file(&path);
            }
            _ => {}
        }
    }
}

#[cfg(not(unix))]
pub(super) fn remove_leftovers(_target: &Path) {}

/// Whether process `pid` exists (signal 0 checks without sending; a process of another
/// user exists too).
#[cfg(unix)]
fn process_exists(pid: libc::pid_t) -> bool {
    // SAFETY: kill with signal 0 sends nothing; it only reports whether pid exists.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

impl Drop for Staged {
    /// The private file goes unless it was put in place.
    fn drop(&mut self) {
        drop(self.store.take());
        for p in std::iter::once(self.temp.clone()).chain(companions(&self.temp)) {
            let _ = std::fs::remove_file(p);
        }
        if let Some(d) = &self.made_dir {
            let _ = std::fs::remove_dir(d);
        }
    }
}
