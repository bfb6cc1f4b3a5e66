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
    }
    .into()
}

/// Bad usage or invalid input: exit 2.
pub fn usage(message: impl Into<String>) -> anyhow::Error {
    fail(EXIT_USAGE, message)
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

/// The text of the file at `path`, or why it cannot be read, in the project's words (an
/// I/O error as [`io_reason`] says it; text that is not UTF-8 with the byte offset of the
/// first bad byte; a file larger than [`TEXT_FILE_CAP`]), for "cannot read WHAT PATH:
/// REASON" (config, rules files). Reads at most one byte past the cap.
pub fn read_text(path: &std::path::Path) -> Result<String, String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(TEXT_FILE_CAP + 1).read_to_end(&mut bytes))
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > TEXT_FILE_CAP {
        return Err(crate::tr!(
            "io-too-large",
            cap = (TEXT_FILE_CAP / (1024 * 1024)).to_string()
        ));
    }
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
