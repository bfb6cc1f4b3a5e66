//! `svcreq`: parse the arguments, run the command, and turn an error into one line on
//! stderr with its exit code (SPEC 2).

use clap::Parser;
use std::process::ExitCode;
use svcreq::cli::{Cli, run};
use svcreq::error::{Failure, exit_code, io_kind};
use svcreq::output::inert_line;

/// A command-line error from clap as the one line SPEC 2 asks for: what was wrong, with
/// clap's tip (a similar flag) when it has one; exit 2. Help and version print as clap
/// prints them.
fn usage_line(e: &clap::Error) -> String {
    let text = e.render().to_string();
    // The first paragraph says what was wrong (a list of missing flags runs on below it).
    let what = text
        .split("\n\n")
        .next()
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    let what = what.trim_start_matches("error: ");
    let tip = text.lines().find_map(|l| l.trim().strip_prefix("tip: "));
    match tip {
        Some(t) => format!("{what} ({t}); see --help"),
        None => format!("{what}; see --help"),
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind as K;
            if matches!(
                e.kind(),
                K::DisplayHelp | K::DisplayVersion | K::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                e.exit();
            }
            eprintln!("svcreq: {}", inert_line(&usage_line(&e)));
            return ExitCode::from(svcreq::error::EXIT_USAGE);
        }
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // A closed pipe (`svcreq list | head`) is not an error.
            if io_kind(&e) == Some(std::io::ErrorKind::BrokenPipe) {
                return ExitCode::SUCCESS;
            }
            let msg = match (e.downcast_ref::<Failure>(), io_kind(&e)) {
                (None, Some(_)) => format!("cannot write output: {e}"),
                _ => format!("{e:#}"),
            };
            eprintln!("svcreq: {}", inert_line(&msg));
            ExitCode::from(exit_code(&e))
        }
    }
}
