//! Reading text the user gives: from a file or stdin, bounded and checked for UTF-8.

use crate::error::io_reason;
use crate::error::usage;
use std::io::Read;
use std::path::Path;

/// Largest title, in bytes.
pub const TITLE_CAP: usize = 4 * 1024;
/// Largest description (and note, resolution, reason), in bytes.
pub const DESCRIPTION_CAP: usize = 1024 * 1024;
/// Largest short text (a contact, engineer, owner, actor, tenant, plan or tier name), in
/// bytes.
pub const NAME_CAP: usize = 1024;

/// The most bytes each stored text may hold, by its JSON field name (SPEC 5, 7): one table
/// for every command that writes the field (`open`, `update`, `note`, `close`, `--as`, the
/// config's names, `import`), so whatever a command stores, `import` takes back.
pub const FIELD_CAPS: &[(&str, usize)] = &[
    ("title", TITLE_CAP),
    ("description", DESCRIPTION_CAP),
    ("resolution", DESCRIPTION_CAP),
    ("tenant", NAME_CAP),
    ("plan", NAME_CAP),
    ("tier", NAME_CAP),
    ("opened_by", NAME_CAP),
    ("contact", NAME_CAP),
    ("engineer", NAME_CAP),
    ("owner", NAME_CAP),
    ("events.actor", NAME_CAP),
    ("events.kind", NAME_CAP),
    ("cycles.resolution", DESCRIPTION_CAP),
];

/// The cap of stored field `name` (a JSON field name from [`FIELD_CAPS`]), in bytes; a
/// name the table does not list is a short text ([`NAME_CAP`]).
pub fn cap(name: &str) -> usize {
    FIELD_CAPS
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(NAME_CAP, |(_, c)| *c)
}

/// Read `path` (or stdin for `-`) as UTF-8 text of at most `cap` bytes; `what` names
/// the flag in errors; a leading UTF-8 byte order mark is dropped. Refuses, never truncates;
/// refuses a text holding U+0000 ([`nul_at`]).
pub fn read_text(path: &Path, cap: usize, what: &str) -> anyhow::Result<String> {
    let mut buf = Vec::new();
    let limit = cap as u64 + 1;
    let cannot = |reason: String| {
        usage(crate::tr!(
            "error-cannot-read-flag",
            flag = crate::i18n::subject(what),
            path = path.display().to_string(),
            reason = reason
        ))
    };
    let read = if path == Path::new("-") {
        std::io::stdin().lock().take(limit).read_to_end(&mut buf)
    } else {
        // Opened as every file svcreq reads is: a directory or a pipe no program writes
        // to is said at once ([`crate::error::open_to_read`]).
        crate::error::open_to_read(path)
            .map_err(cannot)?
            .take(limit)
            .read_to_end(&mut buf)
    };
    read.map_err(|e| cannot(io_reason(&e)))?;
    // Said as every file svcreq reads says its cap (a config, a rules file, a certificate
    // file): the file by its path, the cap in MiB ([`crate::error::too_large`]).
    if buf.len() > cap {
        return Err(cannot(crate::error::too_large(cap as u64)));
    }
    // A byte order mark (as Windows editors write one) is not part of the text.
    if buf.starts_with(b"\xef\xbb\xbf") {
        buf.drain(..3);
    }
    let text = String::from_utf8(buf).map_err(|e| {
        usage(crate::tr!(
            "error-not-utf8",
            what = what,
            offset = e.utf8_error().valid_up_to().to_string()
        ))
    })?;
    if let Some(at) = nul_at(&text) {
        return Err(usage(crate::tr!(
            "error-nul",
            what = what,
            offset = at.to_string()
        )));
    }
    Ok(text)
}

/// Where a text holds U+0000 (NUL), as a byte offset. No ledger keeps one: PostgreSQL's
/// text cannot hold it, and a ledger file must copy whole into a team ledger (SPEC 8), so
/// every entry point that stores a text refuses one (a file's text, an import row, a
/// config name), on both backends alike.
pub fn nul_at(text: &str) -> Option<usize> {
    text.find('\0')
}

/// An optional free text as recorded (SPEC 2, "bad input"): one that shows nothing
/// ([`crate::rules::blank`]: blanks, control or invisible characters only) is none, the
/// empty text, as an empty one is (a description given on the command line, from a file or
/// in an import row).
pub fn shown_or_none(text: String) -> String {
    if crate::rules::blank(&text) {
        String::new()
    } else {
        text
    }
}

/// Check a title: not blank (nothing but blanks, control or invisible characters,
/// [`crate::rules::blank`]), not over the cap.
pub fn check_title(title: &str) -> anyhow::Result<()> {
    if crate::rules::blank(title) {
        return Err(crate::error::usage_of_option(crate::tr!(
            "error-title-empty"
        )));
    }
    if title.len() > TITLE_CAP {
        return Err(crate::error::usage_of_option(crate::tr!(
            "error-title-too-large",
            cap = crate::error::cap_text(TITLE_CAP as u64)
        )));
    }
    Ok(())
}

/// Check a description given inline.
pub fn check_description(d: &str) -> anyhow::Result<()> {
    if d.len() > DESCRIPTION_CAP {
        return Err(usage(crate::tr!(
            "error-too-large",
            what = "--description",
            cap = crate::error::cap_text(DESCRIPTION_CAP as u64)
        )));
    }
    Ok(())
}

/// clap value parser for a tenant or plan name given on the command line (`--tenant`,
/// `--plan`, each name of a comma-separated list): an empty name, or one with a blank at
/// either end, is refused with exit 2, naming the flag, as one no config holds (SPEC 3:
/// every name a config gives follows [`crate::rules::file::name_flaw`]); it is not trimmed.
pub fn parse_name(s: &str) -> Result<String, String> {
    // `--tenant ''`, or a list's empty member as in `--tenant a,,b`.
    if s.is_empty() {
        return Err(crate::tr!("error-name-empty"));
    }
    if s.trim() != s {
        return Err(crate::tr!("error-name-blank-end"));
    }
    Ok(s.to_string())
}

/// clap value parser for a plan (`--plan`): one of the rules' plan ids, read after
/// [`crate::rules::fold_width`] as every value of a fixed set is (`ｅ３` is `e3`, SPEC 2), then
/// held to [`parse_name`]'s rule.
pub fn parse_plan(s: &str) -> Result<String, String> {
    parse_name(&crate::rules::fold_width(s))
}

pub use crate::rules::actors::{ActorFlaw, actor_flaw};

/// clap value parser for an admin's login name (`db admins add NAME`, SPEC 8): a name no
/// actor can be ([`actor_flaw`]) is refused with exit 2, as `--as` refuses it.
pub fn parse_actor(s: &str) -> Result<String, String> {
    match actor_flaw(s) {
        Some(flaw) => Err(flaw.message("NAME", s)),
        None => Ok(s.to_string()),
    }
}
