//! The one error type that crosses into `main`: a message and the exit code of SPEC 2.

use std::fmt;

pub const EXIT_FAILURE: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_SLA: u8 = 3;
pub const EXIT_REFUSED: u8 = 4;
pub const EXIT_NOT_FOUND: u8 = 5;

/// An error that knows its exit code.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
    /// A usage error about the command's own options or arguments (a value that cannot be
    /// read, an empty title, a form the command lacks): `main` points it to the help of
    /// the command typed, as clap's errors of a value are pointed.
    pub about_options: bool,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

fn fail(code: u8, message: impl Into<String>) -> anyhow::Error {
    Failure {
        code,
        message: message.into(),
        about_options: false,
    }
    .into()
}

/// Bad usage or invalid input: exit 2.
pub fn usage(message: impl Into<String>) -> anyhow::Error {
    fail(EXIT_USAGE, message)
}

/// Bad usage of the command's options or arguments, found after parsing (a time, a date
/// or a month that cannot be read, an empty title, a form the command lacks): exit 2, the
/// sentence pointed to the command's help as clap's own errors of a value are (SPEC 2).
/// An input the ledger's state refuses (a time after now or before the latest action, an
/// unknown tenant) is [`usage`]: the help cannot say what is wrong there.
pub fn usage_of_option(message: impl Into<String>) -> anyhow::Error {
    Failure {
        code: EXIT_USAGE,
        message: message.into(),
        about_options: true,
    }
    .into()
}

/// Whether `e` is a [`usage_of_option`] error.
pub fn about_options(e: &anyhow::Error) -> bool {
    e.chain()
        .find_map(|c| c.downcast_ref::<Failure>())
        .is_some_and(|f| f.about_options)
}

/// Refused by a support rule: exit 4.
pub fn refused(message: impl Into<String>) -> anyhow::Error {
    fail(EXIT_REFUSED, message)
}

/// No such request: exit 5.
pub fn not_found(id: i64) -> anyhow::Error {
    fail(
        EXIT_NOT_FOUND,
        crate::tr!("error-no-such-request", id = id.to_string()),
    )
}

/// No such request, said in the caller's words: exit 5.
pub fn missing(message: impl Into<String>) -> anyhow::Error {
    fail(EXIT_NOT_FOUND, message)
}

/// An internal or I/O failure: exit 1.
pub fn failure(message: impl Into<String>) -> anyhow::Error {
    fail(EXIT_FAILURE, message)
}

/// The exit code for an error: its own if it carries one, else 1.
pub fn exit_code(e: &anyhow::Error) -> u8 {
    e.chain()
        .find_map(|c| c.downcast_ref::<Failure>())
        .map_or(EXIT_FAILURE, |f| f.code)
}

/// The most bytes a config file or a rules file may hold (1 MiB, SPEC 2): a file (or a
/// FIFO, a device such as `/dev/zero`) that holds more is refused after reading one byte
/// past the cap, so memory stays bounded whatever the file is.
pub const TEXT_FILE_CAP: u64 = 1024 * 1024;

/// The most bytes a file of CA certificates (`sslrootcert`, `~/.postgresql/root.crt`) may
/// hold (1 MiB, some hundred certificates): read as [`read_bytes`] reads, never more.
pub const CERT_FILE_CAP: u64 = 1024 * 1024;

/// Open `path` to read it through, or why not, in the project's words: every file svcreq
/// reads whole or streams (a config, a rules file, a description, an import, a
/// certificate file) is opened here, so one rule holds for what the path names. A regular
/// file, a device (`/dev/null` reads as empty, `/dev/zero` gives more than any cap) and a
/// pipe a program is writing to (`--config <(command)`, `/dev/stdin`) are read; a
/// directory or a socket is refused, said as `--db` says it ([`crate::store::open::special_kind`]
/// words), never the system's text; a named pipe no program is writing to is refused at
/// once rather than waited on (opened without blocking, it has neither data nor a
/// writer), while a pipe a program is still writing to is read to its end. The caller
/// bounds what it reads ([`read_bytes`], `take`).
pub fn open_to_read(path: &std::path::Path) -> Result<Box<dyn std::io::Read>, String> {
    #[cfg(unix)]
    {
        use std::io::Read;
        use std::os::fd::AsRawFd;
        use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
        let meta = std::fs::metadata(path).map_err(|e| io_reason(&e))?;
        let kind = meta.file_type();
        if kind.is_dir() {
            return Err(crate::tr!("io-dir-not-file"));
        }
        if kind.is_socket() {
            return Err(crate::tr!("io-special-not-file", kind = "socket"));
        }
        // Without O_NONBLOCK, opening a named pipe waits for a writer, forever if none
        // comes.
        let mut f = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(path)
            .map_err(|e| io_reason(&e))?;
        let mut first = Vec::new();
        if f.metadata().is_ok_and(|m| m.file_type().is_fifo()) {
            let mut buf = [0u8; 8192];
            match f.read(&mut buf) {
                // End of file at once: nothing written and no writer (a pipe whose writer
                // is still there and silent would block).
                Ok(0) => return Err(crate::tr!("io-pipe-no-writer")),
                Ok(n) => first.extend_from_slice(&buf[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                Err(e) => return Err(io_reason(&e)),
            }
        }
        // The rest is read as any file is: waiting for a writer's next bytes, a
        // terminal's next line.
        let fd = f.as_raw_fd();
        // SAFETY: F_GETFL and F_SETFL on a descriptor this function owns, open until `f`
        // drops; no memory is passed.
        unsafe {
            let flags = libc::fcntl(fd, libc::F_GETFL);
            if flags >= 0 {
                libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK);
            }
        }
        Ok(Box::new(std::io::Cursor::new(first).chain(f)))
    }
    #[cfg(not(unix))]
    {
        if path.is_dir() {
            return Err(crate::tr!("io-dir-not-file"));
        }
        Ok(Box::new(
            std::fs::File::open(path).map_err(|e| io_reason(&e))?,
        ))
    }
}

/// The bytes of the file at `path`, at most `cap` of them, or why not in the project's
/// words ([`open_to_read`]; a file larger than `cap` said with the cap in MiB). Reads at
/// most one byte past the cap.
pub fn read_bytes(path: &std::path::Path, cap: u64) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    open_to_read(path)?
        .take(cap + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > cap {
        return Err(too_large(cap));
    }
    Ok(bytes)
}

/// Why a file holding more than `cap` bytes is not read, the one reason every file svcreq
/// reads gives (a config, a rules file, a description, a note, a classify text, a file of
/// CA certificates), after "cannot read WHAT PATH:": the cap as [`cap_text`] says it.
pub fn too_large(cap: u64) -> String {
    crate::tr!("io-too-large", cap = cap_text(cap))
}

/// A size cap of `bytes` as every message says one (a file's, an import record's, a
/// field's, a flag's): in MiB when it is a whole number of them ("1 MiB", "8 MiB"), else in
/// KiB when it is one ("4 KiB", "8188 KiB"), else in bytes ("100 B"); the same words in
/// every language.
pub fn cap_text(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    match bytes {
        b if b >= MIB && b % MIB == 0 => format!("{} MiB", b / MIB),
        b if b >= KIB && b % KIB == 0 => format!("{} KiB", b / KIB),
        b => format!("{b} B"),
    }
}

/// The text of the file at `path`, or why it cannot be read, in the project's words (as
/// [`read_bytes`] says it, at most [`TEXT_FILE_CAP`]; text that is not UTF-8 with the byte
/// offset of the first bad byte), for "cannot read WHAT PATH: REASON" (config, rules files).
pub fn read_text(path: &std::path::Path) -> Result<String, String> {
    let bytes = read_bytes(path, TEXT_FILE_CAP)?;
    String::from_utf8(bytes)
        .map_err(|e| crate::tr!("io-not-utf8", offset = e.utf8_error().valid_up_to()))
}

/// An I/O error's reason without Rust's "(os error N)" suffix; outside English, the common
/// kinds (no such file, no permission, a directory, a full disk, …) are said from the
/// catalogue, the operating system's English being the fallback for the rare others.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    // Errors the system words in its own way ("Too many levels of symbolic links"): said
    // in the project's words in every language.
    #[cfg(unix)]
    match e.raw_os_error() {
        Some(libc::ELOOP) => return crate::i18n::text("io-symlink-loop", None),
        Some(libc::ENAMETOOLONG) => return crate::i18n::text("io-name-too-long", None),
        _ => {}
    }
    if crate::i18n::lang() != crate::i18n::Lang::En {
        let key = match e.kind() {
            K::NotFound => Some("io-not-found"),
            K::PermissionDenied => Some("io-permission-denied"),
            K::AlreadyExists => Some("io-already-exists"),
            K::IsADirectory => Some("io-is-a-directory"),
            K::NotADirectory => Some("io-not-a-directory"),
            K::StorageFull => Some("io-storage-full"),
            K::ReadOnlyFilesystem => Some("io-read-only"),
            K::BrokenPipe => Some("io-broken-pipe"),
            _ => None,
        };
        if let Some(key) = key {
            return crate::i18n::text(key, None);
        }
    }
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The I/O error kind behind an error, looking through the writers' own error types
/// (a closed pipe or a full disk while printing surfaces as csv or serde_json errors).
pub fn io_kind(e: &anyhow::Error) -> Option<std::io::ErrorKind> {
    e.chain().find_map(|c| {
        if let Some(io) = c.downcast_ref::<std::io::Error>() {
            return Some(io.kind());
        }
        if let Some(j) = c.downcast_ref::<serde_json::Error>() {
            return j.io_error_kind();
        }
        if let Some(csv::ErrorKind::Io(io)) = c.downcast_ref::<csv::Error>().map(|c| c.kind()) {
            return Some(io.kind());
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::cap_text;

    #[test]
    fn a_cap_is_said_in_the_largest_unit_it_is_a_whole_number_of() {
        for (bytes, said) in [
            (16 * 1024 * 1024, "16 MiB"),
            (1024 * 1024, "1 MiB"),
            (8 * 1024 * 1024 - 4096, "8188 KiB"),
            (4096, "4 KiB"),
            (1024, "1 KiB"),
            (1000, "1000 B"),
            (1025, "1025 B"),
        ] {
            assert_eq!(cap_text(bytes), said, "{bytes}");
        }
    }
}
