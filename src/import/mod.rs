//! `user import`: the employee list from Excel, validated whole before
//! anything is written, then written in one transaction with its audit
//! entries.
//!
//! Memory stays bounded for files of millions of rows: pass 1 streams the
//! file to validate every row and keeps one decision per row plus hashes of
//! the keys seen (for duplicates inside the file); pass 2 streams it again to
//! write. Passwords are hashed in pass 1 (a read transaction, so other
//! writers are not held up), in parallel on every core.

pub mod columns;
pub mod source;

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hash, RandomState};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::audit::{self, Target};
use crate::clock::{self, DayEnd};
use crate::config::Settings;
use crate::credentials::passwords::{self, Policy, Secret};
use crate::error::{Error, Kind, Result};
use crate::files::{self, NewFile};
use crate::identity::{Principal, USERS_MANAGE};
use crate::store::{Assignment, Store, StoredStatus, Tx, UserRow};
use crate::users;
use crate::users::invitations::{self, Issued};
use crate::validate;
use columns::{Field, Mapping};
pub use source::{Delimiter, Encoding};

/// `--on-conflict`: what to do with a row whose username, email or employee
/// ID already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OnConflict {
    /// Reject the row.
    #[default]
    Error,
    /// Leave the existing user alone.
    Skip,
    /// Write the changed fields to the existing user.
    Update,
}

/// How new users get in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum NewPasswords {
    /// `invited`, no invitation yet (a `password` column still sets one).
    #[default]
    None,
    /// An invitation per new user.
    Invite,
    /// A generated password per new user, written to this file (0600).
    Random(PathBuf),
}

/// Everything `user import` is told.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `--encoding`.
    pub encoding: Encoding,
    /// `--delimiter`.
    pub delimiter: Delimiter,
    /// `--map HEADER=field`.
    pub maps: Vec<(String, String)>,
    /// `--on-conflict`.
    pub on_conflict: OnConflict,
    /// `--dry-run`: write nothing.
    pub dry_run: bool,
    /// `--atomic`: any rejected row means nothing is written.
    pub atomic: bool,
    /// `--invite` / `--random-password --credentials-out`.
    pub passwords: NewPasswords,
    /// Keep the issued invitations in the summary (for `--send`).
    pub keep_invitations: bool,
    /// `--default-role`.
    pub default_role: Option<String>,
    /// `--report FILE`.
    pub report: Option<PathBuf>,
}

/// One rejected field of one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// Line in the file (the header is line 1).
    pub line: u64,
    /// The field, or `row`.
    pub field: String,
    /// The value as given.
    pub value: String,
    /// Why.
    pub message: String,
}

/// What an import did (or, with `--dry-run`, would do).
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Nothing was written because of `--dry-run`.
    pub dry_run: bool,
    /// Whether the database was changed.
    pub written: bool,
    /// Data rows read.
    pub rows: u64,
    /// New users.
    pub created: u64,
    /// Existing users changed (`--on-conflict update`).
    pub updated: u64,
    /// Existing users already identical (`--on-conflict update`).
    pub unchanged: u64,
    /// Existing users left alone (`--on-conflict skip`).
    pub skipped: u64,
    /// Rows refused.
    pub rejected: u64,
    /// Why, per field.
    pub errors: Vec<RowError>,
    /// Detected encoding name.
    pub encoding: String,
    /// Delimiter used.
    pub delimiter: char,
    /// Header → field name (`None`: ignored).
    pub mapping: Vec<(String, Option<String>)>,
    /// Ignored headers.
    pub unknown_columns: Vec<String>,
    /// Invitations issued (with `keep_invitations`).
    pub invitations: Vec<Issued>,
}

/// One byte a row (the ids of updated users are kept aside: updates are few).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decision {
    Create,
    Update,
    Unchanged,
    Skip,
    Reject,
}

/// A validated row.
#[derive(Debug, Clone, Default)]
struct Candidate {
    username: Option<String>,
    name: String,
    email: String,
    phone: Option<String>,
    employee_id: Option<String>,
    department: Option<String>,
    title: Option<String>,
    manager: Option<String>,
    roles: Vec<String>,
    expires_at: Option<String>,
    password: Option<Secret>,
}

/// Strips what Excel and `user export` put around values: spaces, the `'`
/// that protects a formula-like cell, and line breaks typed with Alt+Enter
/// inside a cell (they become spaces).
fn clean(cell: &str) -> std::borrow::Cow<'_, str> {
    let t = cell.trim();
    let t = match t.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => t,
    };
    if t.contains(['\n', '\r', '\t']) {
        std::borrow::Cow::Owned(t.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        std::borrow::Cow::Borrowed(t)
    }
}

struct Ctx<'a> {
    mapping: &'a Mapping,
    settings: &'a Settings,
    roles: &'a HashSet<String>,
    default_role: Option<&'a str>,
}

impl Ctx<'_> {
    fn cell<'r>(&self, record: &'r csv::StringRecord, field: Field) -> Option<std::borrow::Cow<'r, str>> {
        self.mapping.index(field).and_then(|i| record.get(i)).map(clean).filter(|v| !v.is_empty())
    }

    /// Validates a row with the rules of `user add`; field errors are collected.
    fn candidate(&self, record: &csv::StringRecord, line: u64, errors: &mut Vec<RowError>) -> Candidate {
        let mut c = Candidate::default();
        let mut check = |field: Field, value: Option<&str>, f: &dyn Fn(&str) -> Result<String>| -> Option<String> {
            let value = value?;
            match f(value) {
                Ok(v) => Some(v),
                Err(e) => {
                    errors.push(RowError {
                        line,
                        field: field.as_str().into(),
                        value: value.into(),
                        message: e.message,
                    });
                    None
                }
            }
        };
        let cell = |f: Field| self.cell(record, f);
        c.username = check(Field::Username, cell(Field::Username).as_deref(), &validate::username);
        c.name =
            check(Field::Name, Some(cell(Field::Name).as_deref().unwrap_or("")), &validate::name).unwrap_or_default();
        c.email = check(Field::Email, Some(cell(Field::Email).as_deref().unwrap_or("")), &validate::email)
            .unwrap_or_default();
        let region = self.settings.phone_region();
        c.phone = check(Field::Phone, cell(Field::Phone).as_deref(), &|p| validate::phone(p, region));
        c.employee_id = check(Field::EmployeeId, cell(Field::EmployeeId).as_deref(), &validate::employee_id);
        c.department = check(Field::Department, cell(Field::Department).as_deref(), &validate::department);
        c.title = check(Field::Title, cell(Field::Title).as_deref(), &validate::title);
        c.manager = cell(Field::Manager).map(|m| m.into_owned());
        c.expires_at = check(Field::Expires, cell(Field::Expires).as_deref(), &|e| {
            clock::parse_date(e, DayEnd::End, "expires").map(clock::format)
        });
        match cell(Field::Roles).as_deref() {
            Some(list) => {
                for role in list.split([';', '；', ',', '，']).map(str::trim).filter(|r| !r.is_empty()) {
                    if self.roles.contains(role) {
                        c.roles.push(role.to_string());
                    } else {
                        errors.push(RowError {
                            line,
                            field: "roles".into(),
                            value: role.into(),
                            message: format!("no role '{role}'"),
                        });
                    }
                }
            }
            None => c.roles.extend(self.default_role.map(str::to_string)),
        }
        c.password = cell(Field::Password).map(|p| Secret::new(p.into_owned()));
        c
    }
}

/// 64-bit keys for duplicate detection inside the file: memory stays small
/// for millions of rows (a collision, at 1 in 2^64 per pair, would reject a
/// row as a duplicate; it cannot let a duplicate through, the database's
/// UNIQUE constraints stand behind this).
struct Keys {
    hasher: RandomState,
    /// Hash of (kind, value) → first line (16 bytes an entry: 1M rows, 3 keys ≈ 55 MB).
    seen: HashMap<u64, u32>,
}

impl Keys {
    fn new() -> Keys {
        Keys { hasher: RandomState::new(), seen: HashMap::new() }
    }
    fn key(&self, kind: u8, value: &str) -> u64 {
        let mut h = self.hasher.build_hasher();
        kind.hash(&mut h);
        value.hash(&mut h);
        std::hash::Hasher::finish(&h)
    }
    /// Records `value`; returns the line that had it first, if any.
    fn first(&mut self, kind: u8, value: &str, line: u64) -> Option<u64> {
        let key = self.key(kind, value);
        match self.seen.get(&key) {
            Some(first) => Some(u64::from(*first)),
            None => {
                self.seen.insert(key, u32::try_from(line).unwrap_or(u32::MAX));
                None
            }
        }
    }
    fn line_of(&self, kind: u8, value: &str) -> Option<u64> {
        self.seen.get(&self.key(kind, value)).map(|l| u64::from(*l))
    }
}

/// Whether every cell is blank (Excel leaves such rows at the end; they are not data).
fn is_empty(record: &csv::StringRecord) -> bool {
    record.iter().all(|c| c.trim().is_empty())
}

/// Rows read and validated together.
const CHUNK: usize = 4096;
/// Validated rows kept between the passes; beyond this, pass 2 validates again
/// (memory stays bounded for files of millions of rows).
const KEEP: usize = 50_000;

/// Validates a chunk of records on `cores` threads, in order.
fn validate_all(
    ctx: &Ctx<'_>,
    policy: &Policy,
    batch: &[(u64, csv::StringRecord)],
    cores: usize,
) -> Vec<(Candidate, Vec<RowError>)> {
    let one = |(line, record): &(u64, csv::StringRecord)| {
        let mut errors = Vec::new();
        let c = ctx.candidate(record, *line, &mut errors);
        if let Some(p) = &c.password
            && let Err(e) = policy.check(p, c.username.as_deref().unwrap_or(""), &c.email)
        {
            errors.push(RowError {
                line: *line,
                field: "password".into(),
                value: "(hidden)".into(),
                message: e.message,
            });
        }
        (c, errors)
    };
    if cores <= 1 || batch.len() < 64 {
        return batch.iter().map(one).collect();
    }
    let per = batch.len().div_ceil(cores);
    std::thread::scope(|s| {
        let handles: Vec<_> =
            batch.chunks(per).map(|part| s.spawn(move || part.iter().map(one).collect::<Vec<_>>())).collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    })
}

const K_USERNAME: u8 = 0;
const K_EMAIL: u8 = 1;
const K_EMPLOYEE: u8 = 2;

fn reader(path: &Path, detected: &source::Detected) -> Result<csv::Reader<Box<dyn std::io::Read>>> {
    Ok(csv::ReaderBuilder::new()
        .delimiter(detected.delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(source::open_decoded(path, detected.encoding)?))
}

fn csv_err(path: &Path, err: csv::Error) -> Error {
    let line = err.position().map(|p| format!(" at line {}", p.line())).unwrap_or_default();
    Error::invalid(format!("{}: not readable as CSV{line}: {err}", path.display()))
        .hint("check --encoding and --delimiter; `--dry-run` shows what was detected")
}

/// Hashes passwords on every core, at most `cores` at a time.
fn hash_all(policy: &Policy, pending: Vec<(usize, Secret)>) -> Result<Vec<(usize, String)>> {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let per = pending.len().div_ceil(cores.max(1)).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = pending
            .chunks(per)
            .map(|chunk| {
                s.spawn(move || chunk.iter().map(|(i, pw)| Ok((*i, policy.hash(pw)?))).collect::<Result<Vec<_>>>())
            })
            .collect();
        let mut out = Vec::new();
        for h in handles {
            out.extend(h.join().map_err(|_| Error::storage("a password hashing thread failed"))??);
        }
        Ok(out)
    })
}

/// Reports progress: the phase and rows done so far.
pub type Progress<'a> = &'a mut dyn FnMut(&str, u64);

/// What every part of one import needs to know.
struct Job<'a> {
    who: &'a Principal,
    path: &'a Path,
    detected: &'a source::Detected,
    headers: &'a [String],
    opts: &'a Options,
    ctx: Ctx<'a>,
    settings: &'a Settings,
    policy: Policy,
    now: String,
    /// The roles the acting token may grant.
    grantable: HashSet<String>,
    /// Columns holding passwords or hashes: never copied into the report.
    secret_columns: Vec<usize>,
}

/// The ids of the users an import created, as ranges (SQLite hands out
/// consecutive ids inside one transaction, so there is usually one), and the
/// roles they were given: what the `user.import` audit entry records.
#[derive(Default)]
struct Created {
    ids: Vec<[i64; 2]>,
    roles: std::collections::BTreeMap<String, u64>,
}

impl Created {
    fn push(&mut self, id: i64, roles: &[String]) {
        match self.ids.last_mut() {
            Some(last) if last[1] + 1 == id => last[1] = id,
            _ => self.ids.push([id, id]),
        }
        for role in roles {
            *self.roles.entry(role.clone()).or_default() += 1;
        }
    }
}

/// Imports `path` (a file; stdin is spooled to one by the caller).
///
/// Every import is one transaction with one `user.import` audit entry naming
/// the users it created (updates keep an entry each, with what changed). When
/// no row can be decided only after later rows are read (no manager column)
/// and no password has to be hashed, the file is checked and written in one
/// pass: rows are validated on the other cores while this one writes, each
/// new user is inserted unless one of its keys is taken (looking up existing
/// users only then), and the transaction is rolled back when the batch must
/// not be written after all (`--atomic`, the seat limit). Otherwise, and for
/// `--dry-run`, every row is checked first and the file read again to write.
pub fn run(store: &mut Store, who: &Principal, path: &Path, opts: &Options, progress: Progress<'_>) -> Result<Summary> {
    who.require_anywhere(USERS_MANAGE)?;
    // Files that could not be written are refused before any work is done.
    if let Some(report) = &opts.report {
        files::check_new(report, "the report")?;
    }
    if let NewPasswords::Random(credentials) = &opts.passwords {
        files::check_new(credentials, "the credentials file")?;
    }
    let codec = source::detect_encoding(path, opts.encoding)?;
    let delimiter = source::detect_delimiter(path, codec, opts.delimiter)?;
    let detected = source::Detected { encoding: codec, delimiter };
    let mut rdr = reader(path, &detected)?;
    let headers: Vec<String> = rdr.headers().map_err(|e| csv_err(path, e))?.iter().map(str::to_string).collect();
    drop(rdr);
    let mapping = Mapping::new(&headers, &opts.maps)?;
    let summary = Summary {
        dry_run: opts.dry_run,
        encoding: detected.encoding_name().to_string(),
        delimiter: delimiter as char,
        mapping: mapping.columns.iter().map(|(h, f)| (h.clone(), f.map(|f| f.as_str().to_string()))).collect(),
        unknown_columns: mapping.unknown(),
        ..Summary::default()
    };

    let (settings, role_names) = store.read(|tx| Ok((Settings::load(tx)?, tx.roles()?)))?;
    if let Some(role) = &opts.default_role
        && !role_names.iter().any(|r| &r.name == role)
    {
        return Err(Error::not_found(format!("--default-role: no role '{role}'")));
    }
    let roles: HashSet<String> = role_names.iter().map(|r| r.name.clone()).collect();
    let job = Job {
        who,
        path,
        detected: &detected,
        headers: &headers,
        opts,
        ctx: Ctx { mapping: &mapping, settings: &settings, roles: &roles, default_role: opts.default_role.as_deref() },
        settings: &settings,
        policy: settings.password_policy(),
        now: clock::format(clock::now()),
        grantable: role_names
            .iter()
            .filter(|r| who.require_grantable(r, None).is_ok())
            .map(|r| r.name.clone())
            .collect(),
        secret_columns: secret_columns(&mapping),
    };
    let one_pass = !opts.dry_run
        && !matches!(opts.passwords, NewPasswords::Random(_))
        && mapping.index(Field::Manager).is_none()
        && mapping.index(Field::Password).is_none();
    if one_pass { job.in_one_pass(store, summary, progress) } else { job.in_two_passes(store, summary, progress) }
}

/// A row read and validated, on its way to being written.
struct Checked {
    line: u64,
    record: csv::StringRecord,
    c: Candidate,
    errors: Vec<RowError>,
    /// Every cell blank.
    empty: bool,
    /// The new user of a valid row (by [`Job::produce`] with `screen`; the
    /// username is left empty when it is to be derived).
    row: Option<UserRow>,
}

impl Job<'_> {
    /// Reads the file in chunks and validates each on every core, sending
    /// the rows on in order. Stops when the receiver hangs up.
    /// With `screen`, also runs [`Job::screen`] on each row (in order, here,
    /// so that the writing thread does less).
    fn produce(&self, send: std::sync::mpsc::SyncSender<Result<Vec<Checked>>>, screen: bool) {
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        let mut keys = Keys::new();
        let mut rdr = match reader(self.path, self.detected) {
            Ok(rdr) => rdr,
            Err(e) => {
                let _ = send.send(Err(e));
                return;
            }
        };
        loop {
            let mut batch: Vec<(u64, csv::StringRecord)> = Vec::with_capacity(CHUNK);
            let mut done = false;
            while batch.len() < CHUNK {
                let mut record = csv::StringRecord::new();
                match rdr.read_record(&mut record) {
                    Ok(true) => batch.push((record.position().map_or(0, |p| p.line()), record)),
                    Ok(false) => {
                        done = true;
                        break;
                    }
                    Err(e) => {
                        let _ = send.send(Err(csv_err(self.path, e)));
                        return;
                    }
                }
            }
            let validated = validate_all(&self.ctx, &self.policy, &batch, cores);
            let mut chunk: Vec<Checked> = batch
                .into_iter()
                .zip(validated)
                .map(|((line, record), (c, errors))| Checked {
                    line,
                    empty: is_empty(&record),
                    record,
                    c,
                    errors,
                    row: None,
                })
                .collect();
            if screen {
                for item in chunk.iter_mut().filter(|item| !item.empty) {
                    self.screen(&mut keys, item.line, &item.c, &mut item.errors);
                    if item.errors.is_empty() {
                        let username = item.c.username.clone().unwrap_or_default();
                        item.row = Some(new_row(&item.c, username, None, &self.now, self.opts));
                    }
                }
            }
            if send.send(Ok(chunk)).is_err() || done {
                return;
            }
        }
    }

    /// The checks of a valid row that depend on the rows before it and on
    /// who is acting: duplicates inside the file, the acting token's
    /// department scope, and the roles it may grant.
    fn screen(&self, keys: &mut Keys, line: u64, c: &Candidate, errors: &mut Vec<RowError>) {
        let mut dup = |field: &str, value: &str, first: Option<u64>| {
            if let Some(first) = first {
                errors.push(RowError {
                    line,
                    field: field.into(),
                    value: value.into(),
                    message: format!("duplicate of line {first} in this file"),
                });
            }
        };
        if let Some(u) = &c.username {
            dup("username", u, keys.first(K_USERNAME, u, line));
        }
        if !c.email.is_empty() {
            dup("email", &c.email, keys.first(K_EMAIL, &c.email.to_lowercase(), line));
        }
        if let Some(id) = &c.employee_id {
            dup("employee_id", id, keys.first(K_EMPLOYEE, id, line));
        }
        if !self.who.can(USERS_MANAGE, c.department.as_deref()) {
            errors.push(RowError {
                line,
                field: "department".into(),
                value: c.department.clone().unwrap_or_default(),
                message: "not permitted: outside the department scope of the acting token".into(),
            });
        }
        for role in &c.roles {
            if !self.grantable.contains(role) {
                errors.push(RowError {
                    line,
                    field: "roles".into(),
                    value: role.clone(),
                    message: format!("not permitted to grant role {role}"),
                });
            }
        }
    }

    /// The username of a new user: the row's, or one derived from the email.
    fn username(&self, tx: &dyn Tx, keys: &mut Keys, c: &Candidate, line: u64) -> Result<String> {
        if let Some(u) = &c.username {
            return Ok(u.clone());
        }
        let taken = |u: &str| keys.line_of(K_USERNAME, u).is_some();
        let name = invitations::derive_username(tx, &c.email, &taken)?;
        keys.first(K_USERNAME, &name, line);
        Ok(name)
    }

    /// What happens to a valid row whose username, email or employee ID
    /// belongs to existing users (`--on-conflict`); for an update, the id.
    fn on_existing(
        &self,
        tx: &dyn Tx,
        existing: &[(&str, UserRow)],
        c: &Candidate,
        line: u64,
        errors: &mut Vec<RowError>,
    ) -> Result<(Decision, Option<i64>)> {
        let Some((field, row)) = existing.first() else { return Ok((Decision::Create, None)) };
        let mut ids: Vec<i64> = existing.iter().map(|(_, r)| r.id).collect();
        ids.dedup();
        let mut reject = |field: &str, value: String, message: String| {
            errors.push(RowError { line, field: field.into(), value, message });
            Ok((Decision::Reject, None))
        };
        let value = match *field {
            "username" => row.username.clone(),
            "email" => c.email.clone(),
            _ => c.employee_id.clone().unwrap_or_default(),
        };
        if self.opts.on_conflict != OnConflict::Skip && existing.iter().any(|(_, r)| !self.who.can_read(r)) {
            // Someone the importer may not read: say no more than that the
            // value is taken (no name, no department).
            return reject(field, value, "already taken by another user".into());
        }
        match self.opts.on_conflict {
            OnConflict::Skip => Ok((Decision::Skip, None)),
            OnConflict::Error => reject(field, value, format!("already taken by user {}", row.username)),
            OnConflict::Update if ids.len() > 1 => {
                let names: Vec<String> = existing.iter().map(|(f, r)| format!("{} ({f})", r.username)).collect();
                reject("row", String::new(), format!("matches different users: {}", names.join(", ")))
            }
            OnConflict::Update => {
                if let Err(e) = self.who.require_over_user(tx, USERS_MANAGE, row, &self.now) {
                    return reject("row", row.username.clone(), e.message);
                }
                // Reset links go to the email: changing it is acting as the user.
                if !c.email.eq_ignore_ascii_case(&row.email)
                    && let Err(e) = self.who.require_acting_as(tx, row, &self.now, "change the email of")
                {
                    return reject("email", c.email.clone(), e.message);
                }
                let (changed, _) = apply(row.clone(), c, &self.now);
                let manager_changes = match &c.manager {
                    Some(m) => users::find_for(tx, self.who, m).map_or(true, |mgr| row.manager_id != Some(mgr.id)),
                    None => false,
                };
                let held = tx.assignments(row.id)?;
                let roles_change = c.roles.iter().any(|r| !held.iter().any(|a| &a.role == r && a.department.is_none()));
                Ok(if changed.is_some() || manager_changes || roles_change {
                    (Decision::Update, Some(row.id))
                } else {
                    (Decision::Unchanged, None)
                })
            }
        }
    }

    /// Writes the report row of a rejected row. Password and hash cells are
    /// left empty: the report is a file to pass around and fix.
    fn report<'e>(
        &self,
        w: &mut csv::Writer<NewFile>,
        record: &csv::StringRecord,
        line: u64,
        errors: impl IntoIterator<Item = &'e RowError>,
    ) -> Result<()> {
        let why: Vec<String> = errors.into_iter().map(|e| format!("{}: {}", e.field, e.message)).collect();
        let mut row: Vec<String> = record.iter().map(str::to_string).collect();
        row.resize(self.headers.len(), String::new());
        for &i in &self.secret_columns {
            if let Some(cell) = row.get_mut(i) {
                cell.clear();
            }
        }
        row.push(line.to_string());
        row.push(why.join("; "));
        w.write_record(&row).map_err(|e| Error::storage(format!("cannot write the report: {e}")))
    }

    /// The one `user.import` entry of a written import.
    fn record_import(&self, tx: &mut dyn Tx, summary: &Summary, created: &Created) -> Result<()> {
        let details = json!({
            "file": self.path.file_name().map(|f| f.to_string_lossy().into_owned()),
            "created": summary.created, "updated": summary.updated, "unchanged": summary.unchanged,
            "skipped": summary.skipped, "rejected": summary.rejected,
            "ids": created.ids, "roles": created.roles,
            "invited": self.opts.passwords == NewPasswords::Invite,
        });
        audit::record(tx, self.who.actor(), "user.import", Target::Other("import"), details)
    }

    /// Checks and writes in one pass (see [`run`]).
    fn in_one_pass(&self, store: &mut Store, mut summary: Summary, progress: Progress<'_>) -> Result<Summary> {
        let mut report = self.opts.report.as_deref().map(|p| open_report(p, self.headers)).transpose()?;
        let mut invitations = Vec::new();
        let written = std::thread::scope(|s| {
            let (send, chunks) = std::sync::mpsc::sync_channel(2);
            s.spawn(move || self.produce(send, true));
            let (bin, spent) = std::sync::mpsc::channel::<(Vec<Checked>, Vec<UserRow>)>();
            s.spawn(move || spent.into_iter().for_each(drop));
            store.write_if(|tx| {
                let mut created = Created::default();
                let seats = self.settings.seat_limit().map(|limit| tx.count_seats().map(|used| (used, limit)));
                let seats = seats.transpose()?;
                // After a rejection under --atomic nothing will be kept: rows are only looked up.
                let mut writing = true;
                for chunk in chunks {
                    let mut chunk = chunk?;
                    // The new users, inserted in bulk (up to a username to derive,
                    // so that the rows before it are seen).
                    let mut rows: Vec<UserRow> = Vec::new();
                    let mut inserted: Vec<Option<i64>> = Vec::new();
                    let mut flush = |tx: &mut dyn Tx, rows: &[UserRow], writing: bool| -> Result<()> {
                        let pending = &rows[inserted.len()..];
                        match writing {
                            true => inserted.extend(tx.insert_users_if_free(pending)?),
                            false => inserted.resize(rows.len(), None),
                        }
                        Ok(())
                    };
                    for item in &mut chunk {
                        if let Some(mut row) = item.row.take() {
                            if row.username.is_empty() {
                                flush(tx, &rows, writing)?;
                                row.username = invitations::derive_username(tx, &item.c.email, &|_| false)?;
                            }
                            rows.push(row);
                        }
                    }
                    flush(tx, &rows, writing)?;
                    let mut written = rows.iter_mut().zip(inserted);
                    for Checked { line, record, c, errors, empty, .. } in &mut chunk {
                        let line = *line;
                        summary.rows += 1;
                        if *empty {
                            // Excel leaves empty rows at the end; they are not data.
                            summary.skipped += 1;
                            continue;
                        }
                        let mut decision = Decision::Reject;
                        if errors.is_empty() {
                            let (row, inserted) =
                                written.next().ok_or_else(|| Error::storage("import lost track of a row"))?;
                            let update;
                            (decision, update) = match inserted {
                                Some(id) => {
                                    row.id = id;
                                    self.after_insert(tx, row, c, &mut invitations)?;
                                    created.push(id, &c.roles);
                                    (Decision::Create, None)
                                }
                                None => match existing(tx, c)? {
                                    found if found.is_empty() && writing => {
                                        errors.push(RowError {
                                            line,
                                            field: "row".into(),
                                            value: row.username.clone(),
                                            message: "conflicts with another row of this file".into(),
                                        });
                                        (Decision::Reject, None)
                                    }
                                    found => self.on_existing(tx, &found, c, line, errors)?,
                                },
                            };
                            if let (true, Some(id)) = (writing, update) {
                                update_user(tx, self.who, id, c, &self.now)?;
                            }
                        }
                        summary.count(decision);
                        if decision == Decision::Reject {
                            writing &= !self.opts.atomic;
                            if let Some(w) = report.as_mut() {
                                self.report(w, record, line, errors.iter())?;
                            }
                        }
                        summary.errors.append(errors);
                    }
                    // Freeing a chunk's rows is left to another thread.
                    let _ = bin.send((chunk, rows));
                    progress("importing", summary.rows);
                    // The seat limit holds for the whole batch: stop as soon as it is passed.
                    if let Some((used, limit)) = seats {
                        users::check_seats(used, limit, summary.created)?;
                    }
                }
                let keep = writing && summary.created + summary.updated > 0;
                if keep {
                    self.record_import(tx, &summary, &created)?;
                }
                // Before the commit: a report that cannot be put in place writes nothing.
                if let Some(w) = report.take() {
                    finish(w, "the report")?;
                }
                Ok((keep, keep))
            })
        })?;
        summary.written = written;
        if self.opts.keep_invitations && written {
            summary.invitations = invitations;
        }
        Ok(summary)
    }

    /// The roles and invitation of a user just inserted.
    fn after_insert(&self, tx: &mut dyn Tx, row: &UserRow, c: &Candidate, invitations: &mut Vec<Issued>) -> Result<()> {
        for role in &c.roles {
            tx.assign(row.id, &Assignment { role: role.clone(), department: None, expires_at: None }, &self.now)?;
        }
        if self.opts.passwords == NewPasswords::Invite && row.password_hash.is_none() {
            let ttl = invitations::ttl(self.settings, None)?;
            let issued = invitations::issue(tx, self.who.actor(), row, self.settings, ttl)?;
            if self.opts.keep_invitations {
                invitations.push(issued);
            }
        }
        Ok(())
    }

    /// Checks every row first, then reads the file again to write (see [`run`]).
    fn in_two_passes(&self, store: &mut Store, mut summary: Summary, progress: Progress<'_>) -> Result<Summary> {
        let (opts, ctx, now) = (self.opts, &self.ctx, &self.now);
        let mut decisions: Vec<Decision> = Vec::new();
        let mut lines: Vec<u32> = Vec::new();
        let mut update_ids: HashMap<usize, i64> = HashMap::new();
        let mut derived: HashMap<usize, String> = HashMap::new();
        let mut managers: Vec<(usize, String)> = Vec::new();
        let mut to_hash: Vec<(usize, Secret)> = Vec::new();
        let mut keys = Keys::new();
        let random = matches!(opts.passwords, NewPasswords::Random(_));
        let mut generated: HashMap<usize, Secret> = HashMap::new();
        let mut kept: HashMap<usize, Candidate> = HashMap::new();

        // Pass 1: validate every row; decide what happens to it.
        store.read(|tx| {
            let (send, chunks) = std::sync::mpsc::sync_channel(2);
            std::thread::scope(|s| {
                s.spawn(move || self.produce(send, false));
                for chunk in chunks {
                    for Checked { line, c, mut errors, empty, .. } in chunk? {
                        let index = decisions.len();
                        lines.push(u32::try_from(line).unwrap_or(u32::MAX));
                        summary.rows += 1;
                        if empty {
                            decisions.push(Decision::Skip);
                            continue;
                        }
                        self.screen(&mut keys, line, &c, &mut errors);
                        let (mut decision, update) = match errors.is_empty() {
                            true => self.on_existing(tx, &existing(tx, &c)?, &c, line, &mut errors)?,
                            false => (Decision::Reject, None),
                        };
                        if let Some(id) = update {
                            update_ids.insert(index, id);
                        }
                        if decision == Decision::Create {
                            if c.username.is_none() {
                                derived.insert(index, self.username(tx, &mut keys, &c, line)?);
                            }
                            match (&c.password, random) {
                                (Some(pw), _) => to_hash.push((index, pw.clone())),
                                (None, true) => {
                                    let pw = passwords::generate();
                                    to_hash.push((index, pw.clone()));
                                    generated.insert(index, pw);
                                }
                                (None, false) => {}
                            }
                        }
                        if let (Some(m), Decision::Create | Decision::Update) = (&c.manager, decision) {
                            managers.push((index, m.clone()));
                        }
                        if !errors.is_empty() {
                            decision = Decision::Reject;
                        }
                        summary.errors.append(&mut errors);
                        decisions.push(decision);
                        if matches!(decision, Decision::Create | Decision::Update) && kept.len() < KEEP {
                            kept.insert(index, c);
                        }
                    }
                    progress("checking", summary.rows);
                }
                Ok::<_, Error>(())
            })?;
            // Managers: an existing user, or a row of this file that is not rejected.
            for (index, reference) in &managers {
                let line = u64::from(lines[*index]);
                let in_file = [K_USERNAME, K_EMAIL, K_EMPLOYEE].iter().find_map(|k| {
                    let v = if *k == K_EMAIL { reference.to_lowercase() } else { reference.clone() };
                    keys.line_of(*k, &v).or_else(|| {
                        if *k == K_USERNAME { keys.line_of(*k, &reference.to_ascii_lowercase()) } else { None }
                    })
                });
                let ok = match in_file {
                    Some(l) => lines
                        .binary_search(&u32::try_from(l).unwrap_or(u32::MAX))
                        .ok()
                        .is_some_and(|i| decisions[i] != Decision::Reject),
                    None => users::find_for(tx, self.who, reference).is_ok_and(|m| m.status != StoredStatus::Deleted),
                };
                if !ok && decisions[*index] != Decision::Reject {
                    decisions[*index] = Decision::Reject;
                    summary.errors.push(RowError {
                        line,
                        field: "manager".into(),
                        value: reference.clone(),
                        message: format!("no user '{reference}' (neither existing nor a valid row of this file)"),
                    });
                }
            }
            Ok(())
        })?;
        summary.errors.sort_by_key(|e| e.line);
        for d in &decisions {
            summary.count(*d);
        }

        // The seat limit holds for the whole batch.
        store.read(|tx| users::ensure_seats(tx, self.settings, summary.created))?;
        // Nothing is written by a dry run, by an --atomic run with rejections, or when there is nothing to write.
        let blocked = opts.dry_run || (opts.atomic && summary.rejected > 0);
        let write = !blocked && summary.created + summary.updated > 0;

        let hashes: HashMap<usize, String> = if write {
            to_hash.retain(|(i, _)| decisions[*i] == Decision::Create);
            progress("hashing passwords", 0);
            hash_all(&self.policy, to_hash)?.into_iter().collect()
        } else {
            HashMap::new()
        };

        // Pass 2: read again; write the rows (and the report) in one transaction.
        let mut report = opts.report.as_deref().map(|p| open_report(p, self.headers)).transpose()?;
        let mut credentials = match (&opts.passwords, write) {
            (NewPasswords::Random(p), true) => Some(open_private(p)?),
            _ => None,
        };
        let mut rdr = reader(self.path, self.detected)?;
        let errors_by_line: HashMap<u64, Vec<&RowError>> = summary.errors.iter().fold(HashMap::new(), |mut m, e| {
            m.entry(e.line).or_default().push(e);
            m
        });
        let mut created = Created::default();
        let mut pass2 =
            |mut tx: Option<&mut dyn Tx>, invitations: &mut Vec<Issued>, created: &mut Created| -> Result<()> {
                let mut record = csv::StringRecord::new();
                let mut index = 0usize;
                let mut created_ids: Vec<(usize, i64)> = Vec::new();
                while rdr.read_record(&mut record).map_err(|e| csv_err(self.path, e))? {
                    let decision = decisions[index];
                    let line = u64::from(lines[index]);
                    if decision == Decision::Reject
                        && let Some(w) = report.as_mut()
                    {
                        self.report(w, &record, line, errors_by_line.get(&line).into_iter().flatten().copied())?;
                    }
                    if let (Some(tx), Decision::Create | Decision::Update) = (tx.as_deref_mut(), decision) {
                        let c = match kept.remove(&index) {
                            Some(c) => c,
                            None => ctx.candidate(&record, line, &mut Vec::new()),
                        };
                        if decision == Decision::Create {
                            let username =
                                c.username.clone().or_else(|| derived.get(&index).cloned()).unwrap_or_default();
                            let mut row = new_row(&c, username, hashes.get(&index), now, opts);
                            row.id = tx.insert_user(&row)?;
                            self.after_insert(tx, &row, &c, invitations)?;
                            created.push(row.id, &c.roles);
                            created_ids.push((index, row.id));
                            if let (Some(w), Some(pw)) = (credentials.as_mut(), generated.get(&index)) {
                                w.write_record([row.username.as_str(), pw.expose()])
                                    .map_err(|e| Error::storage(format!("cannot write the credentials file: {e}")))?;
                            }
                        } else {
                            let id = update_ids
                                .get(&index)
                                .copied()
                                .ok_or_else(|| Error::storage("import lost track of a row"))?;
                            update_user(tx, self.who, id, &c, now)?;
                        }
                        if (index + 1).is_multiple_of(1000) {
                            progress("writing", index as u64 + 1);
                        }
                    }
                    index += 1;
                }
                // In place before the users are committed: no password is ever lost.
                if let Some(w) = credentials.take() {
                    finish(w, "the credentials file")?;
                }
                if let Some(w) = report.take() {
                    finish(w, "the report")?;
                }
                if let Some(tx) = tx {
                    for (index, reference) in &managers {
                        let id = match decisions[*index] {
                            Decision::Update => match update_ids.get(index) {
                                Some(id) => *id,
                                None => continue,
                            },
                            Decision::Create => match created_ids.binary_search_by_key(index, |(i, _)| *i) {
                                Ok(pos) => created_ids[pos].1,
                                Err(_) => continue,
                            },
                            _ => continue,
                        };
                        let manager = users::find_for(tx, self.who, reference)?;
                        let mut row = users::find(tx, &format!("#{id}"))?;
                        if row.manager_id != Some(manager.id) && manager.id != id {
                            row.manager_id = Some(manager.id);
                            tx.update_user(&row)?;
                        }
                    }
                }
                Ok(())
            };
        let mut invitations = Vec::new();
        if write {
            store.write(|tx| {
                pass2(Some(tx), &mut invitations, &mut created)?;
                self.record_import(tx, &summary, &created)
            })?;
            summary.written = true;
        } else {
            pass2(None, &mut invitations, &mut created)?;
        }
        if opts.keep_invitations {
            summary.invitations = invitations;
        }
        Ok(summary)
    }
}

/// The existing users a row names, by username, email and employee ID.
fn existing(tx: &dyn Tx, c: &Candidate) -> Result<Vec<(&'static str, UserRow)>> {
    let mut found = Vec::new();
    if let Some(u) = &c.username {
        found.extend(tx.user_by_username(u)?.map(|r| ("username", r)));
    }
    if !c.email.is_empty() {
        found.extend(tx.user_by_email(&c.email)?.map(|r| ("email", r)));
    }
    if let Some(id) = &c.employee_id {
        found.extend(tx.user_by_employee_id(id)?.map(|r| ("employee_id", r)));
    }
    Ok(found)
}

/// The row of a new user.
fn new_row(c: &Candidate, username: String, hash: Option<&String>, now: &str, opts: &Options) -> UserRow {
    UserRow {
        username,
        name: c.name.clone(),
        email: c.email.clone(),
        phone: c.phone.clone(),
        employee_id: c.employee_id.clone(),
        department: c.department.clone(),
        title: c.title.clone(),
        expires_at: c.expires_at.clone(),
        status: if hash.is_some() { StoredStatus::Active } else { StoredStatus::Invited },
        password_hash: hash.cloned(),
        password_changed_at: hash.map(|_| now.to_string()),
        must_change_password: matches!(opts.passwords, NewPasswords::Random(_)) && c.password.is_none(),
        created_at: now.to_string(),
        updated_at: now.to_string(),
        ..UserRow::default()
    }
}

/// Applies a candidate's non-empty fields to an existing row; returns the row
/// if anything changed, with the audit diff.
fn apply(old: UserRow, c: &Candidate, now: &str) -> (Option<UserRow>, serde_json::Map<String, serde_json::Value>) {
    let mut row = old.clone();
    let mut diff = serde_json::Map::new();
    let mut set = |key: &str, slot: &mut Option<String>, new: &Option<String>| {
        if new.is_some() && slot != new {
            diff.insert(key.into(), json!({"from": slot.clone(), "to": new}));
            *slot = new.clone();
        }
    };
    set("phone", &mut row.phone, &c.phone);
    set("employee_id", &mut row.employee_id, &c.employee_id);
    set("department", &mut row.department, &c.department);
    set("title", &mut row.title, &c.title);
    set("expires_at", &mut row.expires_at, &c.expires_at);
    if !c.name.is_empty() && c.name != row.name {
        diff.insert("name".into(), json!({"from": row.name, "to": c.name}));
        row.name = c.name.clone();
    }
    if !c.email.is_empty() && c.email != row.email {
        diff.insert("email".into(), json!({"from": row.email, "to": c.email}));
        row.email = c.email.clone();
    }
    if diff.is_empty() {
        return (None, diff);
    }
    row.updated_at = now.to_string();
    (Some(row), diff)
}

/// Writes an import row's changes to an existing user, with its audit entries.
fn update_user(tx: &mut dyn Tx, who: &Principal, id: i64, c: &Candidate, now: &str) -> Result<()> {
    let old = users::find(tx, &format!("#{id}"))?;
    if let (Some(row), diff) = apply(old, c, now) {
        tx.update_user(&row)?;
        let details = json!({"changes": diff, "import": true});
        audit::record(tx, who.actor(), "user.update", Target::User(row.id, &row.username), details)?;
    }
    if !c.roles.is_empty() {
        let target = users::find(tx, &format!("#{id}"))?;
        for role in &c.roles {
            let assignment = Assignment { role: role.clone(), department: None, expires_at: None };
            crate::access::roles::apply(tx, who, &target, &assignment, now)?;
        }
    }
    Ok(())
}

/// The credentials file (username, password): a new file, mode 0600,
/// written atomically (see [`files`]).
fn open_private(path: &Path) -> Result<csv::Writer<NewFile>> {
    let mut w = csv::Writer::from_writer(NewFile::create(path, "the credentials file")?);
    w.write_record(["username", "password"])
        .map_err(|e| Error::storage(format!("cannot write {}: {e}", path.display())))?;
    Ok(w)
}

/// Flushes a CSV file and puts it in place.
fn finish(w: csv::Writer<NewFile>, what: &str) -> Result<()> {
    let file = w.into_inner().map_err(|e| Error::storage(format!("cannot write {what}: {}", e.error())))?;
    file.commit()
}

/// The columns whose cells are secrets: the password column, and any other
/// that looks like a password or a hash (`password_hash`, `密码哈希`).
fn secret_columns(mapping: &Mapping) -> Vec<usize> {
    let secret = |header: &str| {
        let h = columns::normalize(header);
        ["password", "passwd", "pwd", "hash", "secret", "密码", "口令", "哈希"].iter().any(|s| h.contains(s))
    };
    mapping
        .columns
        .iter()
        .enumerate()
        .filter(|(_, (header, field))| *field == Some(Field::Password) || secret(header))
        .map(|(i, _)| i)
        .collect()
}

/// The report: UTF-8 with a BOM (so Excel reads it as UTF-8), the original
/// headers plus `line` and `error`; a new file, mode 0600, written atomically.
fn open_report(path: &Path, headers: &[String]) -> Result<csv::Writer<NewFile>> {
    let mut file = NewFile::create(path, "the report")?;
    file.write_all("\u{feff}".as_bytes()).map_err(|e| Error::storage(format!("cannot write the report: {e}")))?;
    let mut w = csv::Writer::from_writer(file);
    let mut header: Vec<String> = headers.iter().map(|h| h.trim_start_matches('\u{feff}').to_string()).collect();
    header.push("line".into());
    header.push("error".into());
    w.write_record(&header).map_err(|e| Error::storage(format!("cannot write the report: {e}")))?;
    Ok(w)
}

impl Summary {
    /// Counts one row's outcome.
    fn count(&mut self, decision: Decision) {
        match decision {
            Decision::Create => self.created += 1,
            Decision::Update => self.updated += 1,
            Decision::Unchanged => self.unchanged += 1,
            Decision::Skip => self.skipped += 1,
            Decision::Reject => self.rejected += 1,
        }
    }

    /// Exit-5 error when rows were rejected (the summary is printed anyway).
    pub fn outcome(&self) -> Result<()> {
        if self.rejected == 0 {
            return Ok(());
        }
        let what = if self.written { "imported the valid rows" } else { "nothing was written" };
        Err(Error::new(Kind::Invalid, format!("{} of {} rows rejected; {what}", self.rejected, self.rows))
            .hint("fix the rows listed (--report FILE writes them with the reason) and import that file again"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{self, Person, root};

    /// Imports `csv` as the superuser; the file lives in a temporary folder.
    #[track_caller]
    fn import(store: &mut Store, csv: &str, opts: &Options) -> Result<Summary> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("staff.csv");
        std::fs::write(&path, csv)?;
        run(store, &root(), &path, opts, &mut |_, _| {})
    }

    /// Every username in the store, by id.
    #[track_caller]
    fn usernames(store: &mut Store) -> Result<Vec<String>> {
        let all = crate::store::UserFilter::default();
        Ok(store.read(|tx| tx.list_users(&all, "9999"))?.into_iter().map(|u| u.username).collect())
    }

    /// (line, field) of each rejected field.
    fn rejected(summary: &Summary) -> Vec<(u64, &str)> {
        summary.errors.iter().map(|e| (e.line, e.field.as_str())).collect()
    }

    const HEADER: &str = "username,name,email,phone,employee_id,department,title,roles\n";

    #[test]
    fn a_duplicate_row_in_the_file_is_rejected_and_the_first_kept() -> Result<()> {
        let mut store = testing::store()?;
        let csv = format!(
            "{HEADER}zhangsan,张三,zs@example.com,,E1,销售部,,\n\
             zhangsan2,张三,ZS@example.com,,E2,销售部,,\n\
             lisi,李四,lisi@example.com,,E1,销售部,,\n\
             wangwu,王五,ww@example.com,,E3,销售部,,\n"
        );
        let summary = import(&mut store, &csv, &Options::default())?;
        assert_eq!((summary.rows, summary.created, summary.rejected), (4, 2, 2));
        assert_eq!(rejected(&summary).iter().map(|(line, _)| *line).collect::<Vec<_>>(), [3, 4]);
        assert!(summary.errors.iter().all(|e| e.message.contains("duplicate of line 2")), "{:?}", summary.errors);
        assert_eq!(usernames(&mut store)?, ["zhangsan", "wangwu"]);
        Ok(())
    }

    #[test]
    fn a_row_naming_an_existing_user_follows_on_conflict() -> Result<()> {
        let mut store = testing::store()?;
        testing::add(&mut store, "lisi", Person { department: Some("销售部"), ..Person::default() })?;
        let csv = format!("{HEADER}lisi,lisi,lisi@example.com,,,销售部,Team lead,\n");

        let refused = import(&mut store, &csv, &Options::default())?;
        assert_eq!((refused.created, refused.rejected), (0, 1));
        let skipped = import(&mut store, &csv, &Options { on_conflict: OnConflict::Skip, ..Options::default() })?;
        assert_eq!((skipped.skipped, skipped.rejected), (1, 0));
        let update = Options { on_conflict: OnConflict::Update, ..Options::default() };
        let updated = import(&mut store, &csv, &update)?;
        assert_eq!((updated.updated, updated.unchanged), (1, 0));
        let again = import(&mut store, &csv, &update)?;
        assert_eq!((again.updated, again.unchanged), (0, 1), "identical: nothing to write");
        let title = store.read(|tx| users::find(tx, "lisi"))?.title;
        assert_eq!(title.as_deref(), Some("Team lead"));

        // A row whose username and email belong to two different users.
        testing::add(&mut store, "wangwu", Person::default())?;
        let split = format!("{HEADER}lisi,lisi,wangwu@example.com,,,,,\n");
        let summary = import(&mut store, &split, &update)?;
        assert_eq!(summary.rejected, 1);
        assert!(summary.errors.iter().any(|e| e.message.contains("matches different users")), "{:?}", summary.errors);
        Ok(())
    }

    #[test]
    fn invalid_fields_reject_their_row_only_unless_atomic() -> Result<()> {
        let mut store = testing::store()?;
        let csv = format!(
            "{HEADER}good1,Good One,good1@example.com,13812345601,B1,,,viewer\n\
             badmail,Bad Mail,li@@x,,B2,,,\n\
             badphone,Bad Phone,bp@example.com,12,B3,,,\n\
             norole,No Role,nr@example.com,,B4,,,wizard\n\
             ＡＢＣ,Spoof,spoof@example.com,,B5,,,\n\
             good2,Good Two,good2@example.com,,B6,,,\n"
        );
        let dry = import(&mut store, &csv, &Options { dry_run: true, ..Options::default() })?;
        assert_eq!((dry.created, dry.rejected, dry.written), (2, 4, false), "{:?}", dry.errors);
        assert!(usernames(&mut store)?.is_empty(), "a dry run writes nothing");

        let atomic = import(&mut store, &csv, &Options { atomic: true, ..Options::default() })?;
        assert_eq!((atomic.rejected, atomic.written), (4, false));
        assert!(usernames(&mut store)?.is_empty(), "atomic: one bad row means nothing is written");

        let summary = import(&mut store, &csv, &Options::default())?;
        assert_eq!((summary.created, summary.rejected), (2, 4));
        let lines: Vec<u64> = rejected(&summary).iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, [3, 4, 5, 6]);
        let fields: Vec<&str> = rejected(&summary).iter().map(|(_, field)| *field).collect();
        assert_eq!(fields, ["email", "phone", "roles", "username"]);
        assert_eq!(usernames(&mut store)?, ["good1", "good2"]);
        let good1 = users::show(&mut store, &root(), "good1")?;
        assert_eq!(good1.roles.iter().map(|a| a.role.as_str()).collect::<Vec<_>>(), ["viewer"]);
        assert_eq!(good1.status, users::Status::Invited);
        Ok(())
    }
}
