//! `svcreq`: parse the arguments, run the command, and turn an error into one line on
//! stderr with its exit code (SPEC 2).

use clap::Parser;
use std::process::ExitCode;
use svcreq::cli::{Cli, run};
use svcreq::error::exit_code;
use svcreq::output::inert_line;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // A closed pipe (`svcreq list | head`) is not an error.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            let msg = match e.downcast_ref::<std::io::Error>() {
                Some(io) => format!("cannot write output: {}", svcreq::config::io_reason(io)),
                None => format!("{e:#}"),
            };
            eprintln!("svcreq: {}", inert_line(&msg));
            ExitCode::from(exit_code(&e))
        }
    }
}
