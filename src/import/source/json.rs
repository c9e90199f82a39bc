//! The JSON `user export --format json` writes, read back: an array of user
//! objects. Its keys are the headers and every value becomes the text the
//! CSV export would hold, so that the rest of the pipeline does not care
//! which one it was given: `null` is empty, `true`/`false` and numbers are
//! their JSON text, and `roles` (an array of `{"role", "department",
//! "expires_at"}`) is the `;`-separated labels of `access::roles::label`.
//!
//! The headers are known only once every object was seen (a key may first
//! appear in the last one), so the file is parsed whole.

use std::collections::HashSet;
use std::fs::File;
use std::io::{BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::sniff::UTF8_BOM;
use super::{Format, ReadOptions, Row, Table};
use crate::access::roles;
use crate::error::{Error, Result};
use crate::store::Assignment;

const WANTED: &str = "an import in JSON is the array of user objects `crmctl user export --format json` writes";

/// Reads a JSON export. `head` is the start of the file, already read.
pub(super) fn open(path: &Path, head: Vec<u8>, rest: File, opts: &ReadOptions) -> Result<Table> {
    if let Some(n) = opts.header_line {
        return Err(Error::usage(format!("--header-line {n}: {} is JSON, which has no header line", path.display()))
            .hint("leave --header-line out: the keys of the objects name the columns"));
    }
    let mut head = head;
    if head.starts_with(UTF8_BOM) {
        head.drain(..UTF8_BOM.len());
    }
    let input = BufReader::new(Cursor::new(head).chain(rest));
    let value: Value = serde_json::from_reader(input).map_err(|e| {
        if e.is_io() {
            Error::storage(format!("cannot read {}: {e}", path.display()))
        } else {
            Error::invalid(format!("{}: not valid JSON: {e}", path.display())).hint(WANTED)
        }
    })?;
    let Value::Array(items) = value else {
        return Err(
            Error::invalid(format!("{}: a JSON {}, not an array of users", path.display(), kind(&value))).hint(WANTED)
        );
    };
    let mut users = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        match item {
            Value::Object(user) => users.push(user),
            other => {
                return Err(Error::invalid(format!(
                    "{}: element {} of the array is a JSON {}, not a user object",
                    path.display(),
                    i + 1,
                    kind(&other)
                ))
                .hint(WANTED));
            }
        }
    }
    let mut headers: Vec<String> = Vec::new();
    let mut seen = HashSet::new();
    for key in users.iter().flat_map(Map::keys) {
        if seen.insert(key.as_str()) {
            headers.push(key.clone());
        }
    }
    let rows = Users { users: users.into_iter().enumerate(), headers: headers.clone(), path: path.to_path_buf() };
    Ok(Table {
        format: Format::Json,
        encoding: Some("UTF-8"),
        delimiter: None,
        sheet: None,
        header_line: 0,
        headers,
        rows: Box::new(rows),
    })
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// The users as rows, in the order of `headers`; empty objects left out.
struct Users {
    users: std::iter::Enumerate<std::vec::IntoIter<Map<String, Value>>>,
    headers: Vec<String>,
    path: PathBuf,
}

impl Iterator for Users {
    type Item = Result<Row>;

    fn next(&mut self) -> Option<Result<Row>> {
        for (i, user) in self.users.by_ref() {
            let line = i as u64 + 1;
            let mut cells = Vec::with_capacity(self.headers.len());
            for key in &self.headers {
                match user.get(key).map(|value| cell(key, value)).unwrap_or(Ok(String::new())) {
                    Ok(text) => cells.push(text),
                    Err(what) => {
                        return Some(Err(Error::invalid(format!(
                            "{}: user {line}: '{key}' {what}",
                            self.path.display()
                        ))
                        .hint(WANTED)));
                    }
                }
            }
            if cells.iter().any(|c| !c.trim().is_empty()) {
                return Some(Ok(Row { line, cells }));
            }
        }
        None
    }
}

/// A value as the CSV export writes it, or what is wrong with it.
fn cell(key: &str, value: &Value) -> Result<String, String> {
    match value {
        Value::Null => Ok(String::new()),
        Value::Bool(b) => Ok(b.to_string()),
        Value::Number(n) => Ok(n.to_string()),
        Value::String(s) => Ok(s.clone()),
        Value::Array(items) if key == "roles" => {
            let labels: Vec<String> = items.iter().map(role).collect::<Result<_, _>>()?;
            Ok(labels.join(";"))
        }
        other => Err(format!("is a JSON {}, not text", kind(other))),
    }
}

/// One element of `roles`: `{"role", "department", "expires_at"}`, or a
/// label already written as text.
fn role(item: &Value) -> Result<String, String> {
    let text = |o: &Map<String, Value>, key: &str| match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(format!("has a role whose {key} is a JSON {}, not text", kind(other))),
    };
    match item {
        Value::String(label) => Ok(label.clone()),
        Value::Object(o) => {
            let role = text(o, "role")?.ok_or_else(|| "has a role without \"role\"".to_string())?;
            let assignment =
                Assignment { role, department: text(o, "department")?, expires_at: text(o, "expires_at")? };
            Ok(roles::label(&assignment))
        }
        other => Err(format!("holds a JSON {}, not a role object", kind(other))),
    }
}
