//! `svcreq man`: the manual page in roff, with the exit codes of SPEC 2. `--dir DIR` writes
//! one page per command (`svcreq.1`, `svcreq-open.1`, …), so the references between them
//! resolve; printed alone, the page names the commands without pointing to pages that do not
//! exist.

use crate::error::{EXIT_FAILURE, EXIT_NOT_FOUND, EXIT_REFUSED, EXIT_SLA, EXIT_USAGE, failure};
use clap::Args;
use clap_mangen::Man;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write svcreq.1 and one page per command (svcreq-open.1, …) into DIR, created if needed
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// The exit codes of SPEC 2, as the man page lists them, with the catalogue key of what
/// each means.
pub const EXIT_CODES: [(u8, &str); 6] = [
    (0, "man-exit-success"),
    (EXIT_FAILURE, "man-exit-failure"),
    (EXIT_USAGE, "man-exit-usage"),
    (EXIT_SLA, "man-exit-sla"),
    (EXIT_REFUSED, "man-exit-refused"),
    (EXIT_NOT_FOUND, "man-exit-not-found"),
];

/// Text for roff: backslashes and hyphens escaped, no line starting with a control character.
fn roff_text(s: &str) -> String {
    let t = s.replace('\\', "\\e").replace('-', "\\-");
    if t.starts_with('.') || t.starts_with('\'') {
        format!("\\&{t}")
    } else {
        t
    }
}

/// Render one page: clap's sections, the commands (with page references only when
/// `with_pages`), and the exit status.
fn page(cmd: &clap::Command, with_pages: bool, w: &mut dyn Write) -> std::io::Result<()> {
    let mut roff = Vec::new();
    sections(cmd, with_pages, &mut roff)?;
    w.write_all(headings(&String::from_utf8_lossy(&roff)).as_bytes())
}

/// The page's section headings clap_mangen writes in English (NAME, SYNOPSIS, …), said in
/// the reader's language (SPEC 10); unchanged in English.
fn headings(roff: &str) -> String {
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return roff.to_string();
    }
    let said = |key: &str| crate::tr!(key);
    // clap_mangen's headings, as it writes them after `.SH `.
    let pairs = [
        ("NAME", "man-heading-name"),
        ("SYNOPSIS", "man-heading-synopsis"),
        ("DESCRIPTION", "man-heading-description"),
        ("OPTIONS", "man-heading-options"),
        ("ARGUMENTS", "man-heading-arguments"),
        ("SUBCOMMANDS", "man-heading-commands"),
        ("VERSION", "man-heading-version"),
    ];
    roff.split_inclusive('\n')
        .map(|line| {
            let heading = line.trim_end().strip_prefix(".SH ");
            match pairs.iter().find(|(en, _)| heading == Some(*en)) {
                Some((_, key)) => format!(".SH \"{}\"\n", said(key)),
                None => line.to_string(),
            }
        })
        .collect()
}

/// The sections of one page, as clap_mangen and svcreq write them.
fn sections(cmd: &clap::Command, with_pages: bool, w: &mut dyn Write) -> std::io::Result<()> {
    let man = Man::new(cmd.clone());
    man.render_title(w)?;
    man.render_name_section(w)?;
    man.render_synopsis_section(w)?;
    man.render_description_section(w)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(w)?;
    }
    let subs: Vec<&clap::Command> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        .collect();
    if !subs.is_empty() {
        if with_pages {
            man.render_subcommands_section(w)?;
        } else {
            writeln!(w, ".SH \"{}\"", crate::tr!("man-commands"))?;
            for s in &subs {
                writeln!(w, ".TP\n\\fB{}\\fR", roff_text(s.get_name()))?;
                if let Some(about) = s.get_about() {
                    writeln!(w, "{}", roff_text(&about.to_string()))?;
                }
            }
            writeln!(w, ".PP\n{}", roff_text(&crate::tr!("man-more")))?;
        }
    }
    writeln!(w, ".SH \"{}\"", crate::tr!("man-exit-status"))?;
    for (code, key) in EXIT_CODES {
        let meaning = crate::i18n::text(key, None);
        writeln!(w, ".TP\n{code}\n{}", roff_text(&meaning))?;
    }
    if cmd.get_version().is_some() {
        man.render_version_section(w)?;
    }
    Ok(())
}

/// Print the main page.
pub fn print(cmd: clap::Command, w: &mut dyn Write) -> anyhow::Result<()> {
    page(&cmd, false, w)?;
    Ok(())
}

/// Write the main page and one page per command into `dir`; returns the files written.
pub fn write_pages(mut cmd: clap::Command, dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let fail = |what: &Path, e: std::io::Error| {
        failure(crate::tr!(
            "man-cannot-write",
            path = what.display().to_string(),
            reason = crate::error::io_reason(&e)
        ))
    };
    std::fs::create_dir_all(dir).map_err(|e| fail(dir, e))?;
    cmd = cmd.disable_help_subcommand(true);
    cmd.build();
    let mut written = Vec::new();
    // Every command, and the commands of a command (`db init`), has its own page.
    let mut pages = vec![cmd.clone()];
    let mut i = 0;
    while i < pages.len() {
        let subs: Vec<clap::Command> = pages[i]
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
            .cloned()
            .collect();
        pages.extend(subs);
        i += 1;
    }
    for p in pages {
        let path = dir.join(Man::new(p.clone()).get_filename());
        let mut bytes = Vec::new();
        page(&p, true, &mut bytes)?;
        std::fs::write(&path, bytes).map_err(|e| fail(&path, e))?;
        written.push(path);
    }
    Ok(written)
}
