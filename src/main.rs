//! The `crmctl` binary: parse, call the library, turn the result into an exit
//! code. Nothing else happens here.

mod cli;
mod commands;
mod output;

use std::process::ExitCode;

use clap::Parser;

use crmctl::env::Environment;

fn main() -> ExitCode {
    // clap prints its own usage errors and exits 2 (help and version: 0).
    let cli = cli::Cli::parse();
    let ctx = commands::Context::new(&cli, Environment::from_process());
    match commands::run(cli, &ctx) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            ctx.printer.error(&err);
            ExitCode::from(err.exit_code())
        }
    }
}
