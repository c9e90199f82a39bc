//! `crmctl completions` and `crmctl man`: generated from the clap definition,
//! so they can never disagree with the real flags.

use clap::CommandFactory;

use crate::error::{Error, Result};

use super::Context;
use crate::cli::Cli;

/// Prints the completion script for `shell`.
pub fn completions(ctx: &Context, shell: clap_complete::Shell) -> Result<()> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "crmctl", &mut buf);
    ctx.printer.raw(&buf)
}

/// Prints one roff man page: the top-level page, then a section per command.
pub fn man(ctx: &Context) -> Result<()> {
    let mut cmd = Cli::command();
    cmd.build();
    let mut buf = Vec::new();
    let fail = |err: std::io::Error| Error::storage(format!("cannot render the man page: {err}"));
    clap_mangen::Man::new(cmd.clone()).render(&mut buf).map_err(fail)?;
    let mut stack: Vec<clap::Command> = cmd.get_subcommands().cloned().collect();
    stack.reverse();
    while let Some(sub) = stack.pop() {
        if sub.get_name() == "help" {
            continue;
        }
        let title = sub.get_bin_name().unwrap_or(sub.get_name()).to_uppercase();
        buf.extend_from_slice(format!(".SH \"{title}\"\n").as_bytes());
        let page = clap_mangen::Man::new(sub.clone());
        page.render_description_section(&mut buf).map_err(fail)?;
        page.render_synopsis_section(&mut buf).map_err(fail)?;
        page.render_options_section(&mut buf).map_err(fail)?;
        let mut children: Vec<clap::Command> =
            sub.get_subcommands().filter(|c| c.get_name() != "help").cloned().collect();
        children.reverse();
        stack.extend(children);
    }
    ctx.printer.raw(&buf)
}
