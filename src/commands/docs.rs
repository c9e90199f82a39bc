//! `crmctl completions` and `crmctl man`: generated from the clap definition,
//! so they can never disagree with the real flags. The man page's
//! ENVIRONMENT, FILES and EXIT STATUS come from the tables of
//! docs/reference.md, compiled in, so they cannot disagree with it either.

use std::fmt::Write as _;

use clap::CommandFactory;

use crate::error::{Error, Result};

use super::Context;
use crate::cli::Cli;

/// The reference whose tables the man page repeats.
const REFERENCE: &str = include_str!("../../docs/reference.md");

/// Prints the completion script for `shell`.
pub fn completions(ctx: &Context, shell: clap_complete::Shell) -> Result<()> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "crmctl", &mut buf);
    ctx.printer.raw(&buf)
}

/// Prints the man page: one roff page, crmctl(1), with a section per command.
pub fn man(ctx: &Context) -> Result<()> {
    ctx.printer.raw(man_page()?.as_bytes())
}

/// The man page, ASCII only: other characters are written as groff's
/// `\[uXXXX]`, which every groff reads whatever the locale, so Chinese
/// examples render as UTF-8 with `-Tutf8` and need no `preconv`.
pub fn man_page() -> Result<String> {
    let fail = |err: std::io::Error| Error::storage(format!("cannot render the man page: {err}"));
    let mut cmd = Cli::command();
    cmd.build();
    let mut head = Vec::new();
    let top = clap_mangen::Man::new(cmd.clone());
    top.render_title(&mut head).map_err(fail)?;
    top.render_name_section(&mut head).map_err(fail)?;
    top.render_synopsis_section(&mut head).map_err(fail)?;
    top.render_description_section(&mut head).map_err(fail)?;
    top.render_options_section(&mut head).map_err(fail)?;
    let mut page = String::from_utf8_lossy(&head).into_owned();
    // No hyphenation or justification: commands, flags and paths stay whole.
    page = page.replacen("\n.SH NAME", "\n.nh\n.ad l\n.SH NAME", 1);

    let leaves = leaf_commands(&cmd);
    page.push_str(".SH COMMANDS\n");
    for sub in &leaves {
        let _ = write!(page, ".TP\n\\fB{}\\fR\n{}\n", text(&name(sub)), text(&about(sub)));
    }
    page.push_str(".PP\nEach command has a section of its own below, named after it.\n");

    // The global options (and -h, -V) are listed once, above.
    let global: Vec<clap::Id> = cmd.get_arguments().filter(|a| a.is_global_set()).map(|a| a.get_id().clone()).collect();
    for sub in leaves {
        let _ = writeln!(page, ".SH \"{}\"", text(&name(&sub)).to_uppercase());
        page.push_str(&text(&sub.get_long_about().or(sub.get_about()).map(|a| a.to_string()).unwrap_or_default()));
        page.push('\n');
        let own = sub.mut_args(|arg| {
            let hide = global.contains(arg.get_id()) || ["help", "version"].contains(&arg.get_id().as_str());
            if hide { arg.hide(true) } else { arg }
        });
        let section = clap_mangen::Man::new(own.clone());
        let mut buf = Vec::new();
        section.render_synopsis_section(&mut buf).map_err(fail)?;
        section.render_options_section(&mut buf).map_err(fail)?;
        let rendered = String::from_utf8_lossy(&buf);
        for line in rendered.lines() {
            match line {
                ".SH SYNOPSIS" => page.push_str(".PP"),
                ".SH OPTIONS" => page.push_str(".SS Options"),
                other => page.push_str(other),
            }
            page.push('\n');
        }
        if let Some(after) = own.get_after_help() {
            page.push_str(&after_help(&after.to_string(), ".SS Examples"));
        }
    }

    page.push_str(&reference_section("ENVIRONMENT", "Environment variables"));
    page.push_str(&reference_section("FILES", "Files"));
    page.push_str(&reference_section("EXIT STATUS", "Exit codes"));
    if let Some(after) = cmd.get_after_help() {
        page.push_str(&after_help(&after.to_string(), ".SH EXAMPLES"));
    }
    page.push_str(".SH \"SEE ALSO\"\ndocs/reference.md in the source: the JSON documents scripts rely on.\n");
    Ok(ascii(&once_preamble(&page)))
}

/// clap_mangen opens every part it renders with the definition of `\*(Aq`:
/// the page needs it once, at the top.
fn once_preamble(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut seen = [false, false];
    for line in page.lines() {
        let which = [".ie \\n(.g .ds Aq", ".el .ds Aq"].iter().position(|p| line.starts_with(p));
        if let Some(i) = which {
            if seen[i] {
                continue;
            }
            seen[i] = true;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Every command a user runs (`crmctl user add`), in the order of `--help`.
fn leaf_commands(cmd: &clap::Command) -> Vec<clap::Command> {
    let mut out = Vec::new();
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help" && !s.is_hide_set()) {
        if sub.has_subcommands() {
            out.extend(leaf_commands(sub));
        } else {
            out.push(sub.clone());
        }
    }
    out
}

fn name(cmd: &clap::Command) -> String {
    cmd.get_bin_name().unwrap_or(cmd.get_name()).to_string()
}

fn about(cmd: &clap::Command) -> String {
    cmd.get_about().map(|a| a.to_string()).unwrap_or_default()
}

/// Plain text for roff: backslashes and minus signs escaped, and no line
/// starting with a control character.
fn text(plain: &str) -> String {
    plain
        .lines()
        .map(|line| {
            let escaped = line.replace('\\', "\\e").replace('-', "\\-");
            if escaped.starts_with(['.', '\'']) { format!("\\&{escaped}") } else { escaped }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A command's after-help: paragraphs of prose, and an `Examples:` block
/// kept line for line under `examples_heading`. The top-level summary of
/// exit codes is left out: EXIT STATUS has the full table.
fn after_help(help: &str, examples_heading: &str) -> String {
    let mut out = String::new();
    for paragraph in help.split("\n\n") {
        if paragraph.starts_with("Exit codes:") {
            continue;
        }
        match paragraph.strip_prefix("Examples:") {
            Some(examples) => {
                let _ = writeln!(out, "{examples_heading}\n.nf");
                let lines: Vec<&str> = examples.lines().filter(|l| !l.trim().is_empty()).collect();
                // Continuation lines keep their indent relative to the commands.
                let indent = lines.iter().map(|l| l.len() - l.trim_start().len()).min().unwrap_or(0);
                for line in lines {
                    let _ = writeln!(out, "{}", text(line.get(indent..).unwrap_or(line)));
                }
                out.push_str(".fi\n");
            }
            None => {
                let _ = writeln!(out, ".PP\n{}", text(&paragraph.lines().map(str::trim).collect::<Vec<_>>().join(" ")));
            }
        }
    }
    out
}

/// A `## heading` section of docs/reference.md as a man page section: each
/// table row a tagged paragraph, each other paragraph a paragraph.
fn reference_section(title: &str, heading: &str) -> String {
    let Some(start) = REFERENCE.find(&format!("\n## {heading}\n")) else { return String::new() };
    let body = &REFERENCE[start + heading.len() + 5..];
    let body = body.find("\n## ").map_or(body, |end| &body[..end]);
    let mut out = format!(".SH \"{title}\"\n");
    let mut header_seen = false;
    for paragraph in body.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        if !paragraph.starts_with('|') {
            let _ = writeln!(out, ".PP\n{}", markdown(&paragraph.lines().collect::<Vec<_>>().join(" ")));
            continue;
        }
        for row in paragraph.lines() {
            let cells = table_cells(row);
            if cells.iter().all(|c| c.chars().all(|ch| ch == '-' || ch == ':')) {
                header_seen = true;
                continue;
            }
            if !header_seen {
                continue;
            }
            if let [term, meaning, ..] = cells.as_slice() {
                let _ = writeln!(out, ".TP\n{}\n{}", markdown(term), markdown(meaning));
            }
        }
    }
    out
}

/// The cells of a Markdown table row; `\|` is a `|` inside a cell.
fn table_cells(row: &str) -> Vec<String> {
    let row = row.trim().trim_start_matches('|').trim_end_matches('|');
    row.replace("\\|", "\u{0}").split('|').map(|cell| cell.trim().replace('\u{0}', "|")).collect()
}

/// Markdown inline text as roff: `code` in bold, links as their text.
fn markdown(md: &str) -> String {
    let mut plain = String::new();
    let mut rest = md;
    // [text](#anchor) -> text
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](").map(|c| open + c) else { break };
        let Some(end) = rest[close..].find(')').map(|e| close + e) else { break };
        plain.push_str(&rest[..open]);
        plain.push_str(&rest[open + 1..close]);
        rest = &rest[end + 1..];
    }
    plain.push_str(rest);
    plain
        .split('`')
        .enumerate()
        .map(|(i, part)| if i % 2 == 1 { format!("\\fB{}\\fR", text(part)) } else { text(part) })
        .collect()
}

/// Non-ASCII characters as groff's `\[uXXXX]` escapes.
fn ascii(roff: &str) -> String {
    let mut out = String::with_capacity(roff.len());
    for c in roff.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let _ = write!(out, "\\[u{:04X}]", u32::from(c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_cells_become_roff() {
        assert_eq!(table_cells("| `a` | b \\| c |"), ["`a`", "b | c"]);
        assert_eq!(markdown("`--db` (see [Files](#files))"), "\\fB\\-\\-db\\fR (see Files)");
        assert_eq!(text(".hidden\n'quote"), "\\&.hidden\n\\&'quote");
        assert_eq!(ascii("张三 x"), "\\[u5F20]\\[u4E09] x");
    }

    #[test]
    fn the_page_has_the_reference_tables() -> Result<()> {
        let page = man_page()?;
        for needle in [".SH \"ENVIRONMENT\"", "\\fBCRMCTL_BUSY_TIMEOUT_MS\\fR", ".SH \"FILES\"", ".SH \"EXIT STATUS\""]
        {
            assert!(page.contains(needle), "{needle}");
        }
        assert!(page.is_ascii());
        Ok(())
    }
}
