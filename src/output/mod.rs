//! Everything crmctl prints: tables, JSON and CSV on stdout; notes, warnings
//! and errors on stderr. The only module allowed to write to stdout.
//!
//! JSON and CSV come from the view structs in [`views`], never from stored
//! rows, so a secret a view does not have cannot leak; every CSV row goes
//! through the `csv` writer, which quotes what needs quoting.
//!
//! Every stdout write can fail and says so (`Result`), as uv's `Printer`
//! does: a full disk is exit 8, a reader that went away (`| head`) is
//! [`crate::error::Kind::BrokenPipe`], a quiet exit 0 as in ripgrep.
//! stderr writes cannot be reported anywhere, so their failures are ignored.
#![allow(clippy::print_stdout)]

pub mod http;
pub mod scim;
pub mod views;

use std::io::{IsTerminal, Write};

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;

use crate::cli::Format;
use crate::error::{Error, Result};
use views::Csv;

/// Prints results in the chosen format.
#[derive(Debug, Clone, Copy)]
pub struct Printer {
    /// Output format of stdout.
    pub format: Format,
    /// No notes or warnings, no table echo of a change.
    pub quiet: bool,
    /// Colour on stderr.
    pub color: bool,
}

/// Shows text from users and files safely in a terminal: control characters
/// (ANSI escapes included) and the invisible controls that reorder text
/// around them are escaped instead of interpreted.
pub fn sanitize(text: &str) -> String {
    let unsafe_char = |c: char| c.is_control() || crate::validate::is_bidi_control(c);
    if !text.chars().any(unsafe_char) {
        return text.to_string();
    }
    text.chars().map(|c| if unsafe_char(c) { c.escape_default().to_string() } else { c.to_string() }).collect()
}

fn table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(presets::NOTHING);
    t.set_content_arrangement(if std::io::stdout().is_terminal() {
        ContentArrangement::Dynamic
    } else {
        ContentArrangement::Disabled
    });
    t.set_header(header.iter().map(|h| h.to_string()));
    t
}

/// Writes one line to stderr. A failure is ignored: there is nowhere left
/// to report it (and `eprintln!` would panic).
fn stderr(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// Writes `text` to stdout. A closed pipe (`crmctl ... | head`) is
/// [`Error::broken_pipe`], which ends the command quietly with exit 0; any
/// other failure (a full disk) is exit 8.
fn emit(text: &str) -> Result<()> {
    // Rust ignores SIGPIPE, so a reader that went away shows up here as EPIPE.
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush()).map_err(|err| match err.kind() {
        std::io::ErrorKind::BrokenPipe => Error::broken_pipe(),
        _ => Error::storage(format!("cannot write to stdout: {err}")),
    })
}

fn trimmed_table(t: &Table) -> String {
    let mut text: String = t.lines().map(|l| format!("{}\n", l.trim_end())).collect();
    if text.is_empty() {
        text.push('\n');
    }
    text
}

/// Cells a spreadsheet would run as a formula get a leading `'`.
fn neutralise(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@']) { format!("'{cell}") } else { cell }
}

/// Rows as CSV text; `spreadsheet_safe` neutralises formula-like cells
/// (`user export`).
pub fn csv_text<T: Csv>(rows: &[T], spreadsheet_safe: bool) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| Error::storage(format!("cannot write CSV: {e}"));
    w.write_record(T::header()).map_err(fail)?;
    for row in rows {
        // No field may hold control characters; one that reached the database
        // by another route is escaped, as in a table.
        let record = row.record().into_iter().map(|c| sanitize(&c));
        let record: Vec<String> = if spreadsheet_safe { record.map(neutralise).collect() } else { record.collect() };
        w.write_record(record).map_err(fail)?;
    }
    let bytes = w.into_inner().map_err(|e| Error::storage(format!("cannot write CSV: {e}")))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

impl Printer {
    /// Prints a JSON document.
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> Result<()> {
        let text =
            serde_json::to_string_pretty(value).map_err(|err| Error::storage(format!("cannot print JSON: {err}")))?;
        emit(&format!("{text}\n"))
    }

    /// Prints CSV rows with a header.
    pub fn csv<T: Csv>(&self, rows: &[T]) -> Result<()> {
        emit(&csv_text(rows, false)?)
    }

    /// Prints rows as a table with `header`, user text sanitised.
    pub fn table(&self, header: &[&str], rows: Vec<Vec<String>>) -> Result<()> {
        let mut t = table(header);
        for row in rows {
            t.add_row(row.iter().map(|c| sanitize(c)));
        }
        emit(&trimmed_table(&t))
    }

    /// Prints field/value pairs, one per line, for one record.
    pub fn record(&self, pairs: Vec<(&str, String)>) -> Result<()> {
        let mut t = Table::new();
        t.load_style(presets::NOTHING);
        for (k, v) in pairs {
            t.add_row(vec![k.to_string(), sanitize(&v)]);
        }
        emit(&trimmed_table(&t))
    }

    /// Prints generated text (a completion script, a man page) as it is.
    pub fn raw(&self, bytes: &[u8]) -> Result<()> {
        emit(&String::from_utf8_lossy(bytes))
    }

    /// Prints one line of plain data (a value, a path).
    pub fn line(&self, text: &str) -> Result<()> {
        emit(&format!("{text}\n"))
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color { format!("\x1b[{code}m{text}\x1b[0m") } else { text.to_string() }
    }

    /// A note on stderr (suppressed by --quiet).
    pub fn note(&self, text: &str) {
        if !self.quiet {
            stderr(&sanitize(text));
        }
    }

    /// A warning on stderr (suppressed by --quiet).
    pub fn warn(&self, text: &str) {
        if !self.quiet {
            stderr(&format!("{} {}", self.paint("1;33", "warning:"), sanitize(text)));
        }
    }

    /// An error and its hints on stderr (never suppressed).
    pub fn error(&self, err: &Error) {
        stderr(&format!("{} {}", self.paint("1;31", "error:"), sanitize(&err.message)));
        for hint in &err.hints {
            stderr(&format!("{} {}", self.paint("1;36", "hint:"), sanitize(hint)));
        }
    }
}
