//! `svcreq`: parse the arguments, run the command, and turn an error into one line on
//! stderr with its exit code (SPEC 2).

use clap::Parser;
use std::process::ExitCode;
use svcreq::cli::{Cli, run};
use svcreq::error::{Failure, exit_code, io_kind};
use svcreq::output::inert_line;

fn main() -> ExitCode {
    let cli = Cli::parse();
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
