//! `user import`: the employee list as HR has it, decided row by row the
//! same way by a dry run, the preview and the real run, and written in one
//! transaction with its audit entries.
//!
//! One pipeline, in four steps:
//!
//! 1. **Read** ([`prepare`]): the file is read once ([`source::open`]); each
//!    row is checked on every core (its fields with the rules of `user add`,
//!    the department scope, the roles the actor may grant) and staged in the
//!    store (a temporary table, so memory stays bounded for millions of rows).
//!    Passwords stay in memory, never in the store.
//! 2. **Decide** (`Job::decide`): every row is decided from the staged rows
//!    and the database in one snapshot. Duplicates inside the file and
//!    conflicts with existing users are found with set-based queries;
//!    usernames are derived, managers resolved, the seat limit checked. A dry
//!    run and the preview stop here.
//! 3. **Hash** ([`Prepared::finish`]): the passwords of new users are hashed
//!    on every core, outside the write lock.
//! 4. **Write**: in one write transaction the rows are decided again by the
//!    same function (only what another writer changed in between can make a
//!    difference) and written; or nothing is.

pub mod columns;
pub mod source;

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::access::roles::{self as role_rules, Granted};
use crate::audit::{self, Target};
use crate::clock::{self, DayEnd};
use crate::config::Settings;
use crate::credentials::passwords::{self, Policy, Secret};
use crate::error::{Error, Kind, Result};
use crate::files::{self, NewFile};
use crate::identity::roles::{ADMIN, is_last_admin_but};
use crate::identity::{Principal, USERS_MANAGE};
use crate::store::{Assignment, NewImportedUser, NewUserWritten, RoleRow, StagedRow, Store, StoredStatus, Tx, UserRow};
use crate::users;
use crate::users::invitations::{self, Issued};
use crate::validate;
use columns::{Field, Mapping};
pub use source::{Delimiter, Encoding};

/// `--on-conflict`: what to do with a row whose username, email or employee
/// ID already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
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
    /// `invited`, no invitation yet (a `password` or `password_hash` column still sets one).
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
    /// `--sheet NAME`.
    pub sheet: Option<String>,
    /// `--header-line N`.
    pub header_line: Option<u64>,
    /// `--map HEADER=field`.
    pub maps: Vec<(String, String)>,
    /// `--on-conflict`.
    pub on_conflict: OnConflict,
    /// `--sync-roles`: with `update`, remove the roles a row does not list.
    pub sync_roles: bool,
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowError {
    /// Line in the file (the header's line is 1 when it is the first).
    pub line: u64,
    /// The field, or `row`.
    pub field: String,
    /// The value as given.
    pub value: String,
    /// Why.
    pub message: String,
}

/// What an import did (or, with `--dry-run` and in the preview, would do).
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Nothing was written because of `--dry-run`.
    pub dry_run: bool,
    /// Whether the database was changed.
    pub written: bool,
    /// Data rows read (blank rows are not counted).
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
    /// Why, per field, in line order.
    pub errors: Vec<RowError>,
    /// The kind of file read (`CSV`, `xlsx` ...).
    pub format: &'static str,
    /// Text files: the encoding read.
    pub encoding: Option<String>,
    /// Text files: the delimiter.
    pub delimiter: Option<char>,
    /// Workbooks: the sheet read.
    pub sheet: Option<String>,
    /// The line the header was found on.
    pub header_line: u64,
    /// Header → field name (`None`: ignored).
    pub mapping: Vec<(String, Option<String>)>,
    /// Ignored headers.
    pub unknown_columns: Vec<String>,
    /// Invitations issued (with `keep_invitations`).
    pub invitations: Vec<Issued>,
}

impl Summary {
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

/// What happens to a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decision {
    Create,
    Update,
    Unchanged,
    Skip,
    Reject,
}

/// Reports progress: the phase and rows done so far.
pub type Progress<'a> = &'a mut dyn FnMut(&str, u64);

/// Strips what Excel and `user export` put around values: spaces, the `'`
/// that protects a formula-like cell, and line breaks typed with Alt+Enter
/// inside a cell (they become spaces).
fn clean(cell: &str) -> Cow<'_, str> {
    let t = cell.trim();
    let t = match t.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => t,
    };
    if t.contains(['\n', '\r', '\t']) {
        Cow::Owned(t.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        Cow::Borrowed(t)
    }
}

/// A row's own error, as staged.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Problem {
    field: String,
    value: String,
    message: String,
}

fn problem(field: &str, value: &str, message: impl Into<String>) -> Problem {
    Problem { field: field.into(), value: value.into(), message: message.into() }
}

/// The status column, as an import reads it: only whether the user is
/// disabled or deleted is taken over; the other states follow from the
/// password (`active` with one, `invited` without) and the expiry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowStatus {
    Enabled,
    Disabled,
    Deleted,
}

impl RowStatus {
    fn parse(text: &str) -> Option<RowStatus> {
        Some(match text.to_lowercase().as_str() {
            "active" | "invited" | "locked" | "expired" | "正常" | "启用" | "在职" | "激活" | "已邀请" | "待激活" => {
                RowStatus::Enabled
            }
            "disabled" | "禁用" | "停用" | "离职" | "已禁用" => RowStatus::Disabled,
            "deleted" | "已删除" | "删除" => RowStatus::Deleted,
            _ => return None,
        })
    }

    fn as_str(self) -> &'static str {
        match self {
            RowStatus::Enabled => "active",
            RowStatus::Disabled => "disabled",
            RowStatus::Deleted => "deleted",
        }
    }
}

/// A manager a row names: an existing user, or another row of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Manager {
    User(i64),
    Row(u64),
}

/// A row that creates a user: what writing it needs besides the staged row.
#[derive(Debug)]
struct Create {
    line: u64,
    status: RowStatus,
    imported_hash: bool,
}

/// Every row decided.
#[derive(Debug, Default)]
struct Decided {
    /// (line, decision), in line order.
    rows: Vec<(u64, Decision)>,
    /// The existing user a row names (update, unchanged, skip).
    existing: HashMap<u64, i64>,
    /// Usernames derived from the email, for new users.
    derived: HashMap<u64, String>,
    /// The managers rows set.
    managers: HashMap<u64, Manager>,
    /// What writing each new user needs from its row, in line order (a row
    /// rejected later for its manager stays here: check its decision).
    creates: Vec<Create>,
    /// Why rows were rejected, in line order.
    errors: Vec<RowError>,
}

impl Decided {
    fn decision(&self, line: u64) -> Option<Decision> {
        self.rows.binary_search_by_key(&line, |(l, _)| *l).ok().map(|i| self.rows[i].1)
    }

    fn set(&mut self, line: u64, decision: Decision) {
        if let Ok(i) = self.rows.binary_search_by_key(&line, |(l, _)| *l) {
            self.rows[i].1 = decision;
        }
    }

    fn count(&self, wanted: Decision) -> u64 {
        self.rows.iter().filter(|(_, d)| *d == wanted).count() as u64
    }

    /// The counts and errors of a summary.
    fn fill(&self, summary: &mut Summary) {
        summary.rows = self.rows.len() as u64;
        summary.created = self.count(Decision::Create);
        summary.updated = self.count(Decision::Update);
        summary.unchanged = self.count(Decision::Unchanged);
        summary.skipped = self.count(Decision::Skip);
        summary.rejected = self.count(Decision::Reject);
        summary.errors = self.errors.clone();
    }
}

/// Rows read and checked together.
const CHUNK: usize = 4096;

/// What every step of one import needs to know.
struct Job {
    who: Principal,
    opts: Options,
    settings: Settings,
    policy: Policy,
    roles: HashMap<String, RoleRow>,
    mapping: Mapping,
    headers: Vec<String>,
    /// Columns holding passwords or hashes: never staged, never reported.
    secret_columns: Vec<usize>,
    file_name: Option<String>,
    now: String,
}

/// An import read and decided, ready to be written (or shown: the preview).
pub struct Prepared {
    job: Job,
    passwords: HashMap<u64, Secret>,
    decided: Decided,
    /// The store's change counter when the rows were decided.
    version: Option<i64>,
    summary: Summary,
}

/// Reads `path` (a file; stdin is spooled to one by the caller), checks and
/// stages every row, and decides each (steps 1 and 2).
pub fn prepare(
    store: &mut Store,
    who: &Principal,
    path: &Path,
    opts: &Options,
    progress: Progress<'_>,
) -> Result<Prepared> {
    who.require_anywhere(USERS_MANAGE)?;
    // Files that could not be written are refused before any work is done.
    if let Some(report) = &opts.report {
        files::check_new(report, "the report")?;
    }
    if let NewPasswords::Random(credentials) = &opts.passwords {
        files::check_new(credentials, "the credentials file")?;
    }
    Mapping::check_maps(&opts.maps)?;
    let read = source::ReadOptions {
        encoding: opts.encoding,
        delimiter: opts.delimiter,
        sheet: opts.sheet.clone(),
        header_line: opts.header_line,
    };
    let table = source::open(path, &read, &|cells| Mapping::is_header(cells, &opts.maps))?;
    let mapping = Mapping::new(&table.headers, &opts.maps)?;
    mapping.require()?;

    let (settings, role_rows) = store.read(|tx| Ok((Settings::load(tx)?, tx.roles()?)))?;
    let roles: HashMap<String, RoleRow> = role_rows.into_iter().map(|r| (r.name.clone(), r)).collect();
    if let Some(name) = &opts.default_role {
        let role = roles.get(name).ok_or_else(|| Error::not_found(format!("--default-role: no role '{name}'")))?;
        who.require_grantable(role, None)?;
    }
    let mut summary = Summary {
        dry_run: opts.dry_run,
        format: table.format.as_str(),
        encoding: table.encoding.map(str::to_string),
        delimiter: table.delimiter.map(char::from),
        sheet: table.sheet.clone(),
        header_line: table.header_line,
        mapping: mapping.columns.iter().map(|(h, f)| (h.clone(), f.map(|f| f.as_str().to_string()))).collect(),
        unknown_columns: mapping.unknown(),
        ..Summary::default()
    };
    let job = Job {
        who: who.clone(),
        opts: opts.clone(),
        policy: settings.password_policy(),
        settings,
        roles,
        secret_columns: secret_columns(&mapping),
        headers: table.headers.clone(),
        mapping,
        file_name: path.file_name().map(|f| f.to_string_lossy().into_owned()),
        now: clock::format(clock::now()),
    };
    let passwords = job.stage(store, table.rows, progress)?;
    let (decided, version) = store.read(|tx| Ok((job.decide(tx, progress)?, tx.change_counter()?)))?;
    decided.fill(&mut summary);
    Ok(Prepared { job, passwords, decided, version, summary })
}

/// Imports `path`: [`prepare`], then [`Prepared::finish`].
pub fn run(store: &mut Store, who: &Principal, path: &Path, opts: &Options, progress: Progress<'_>) -> Result<Summary> {
    prepare(store, who, path, opts, progress)?.finish(store, progress)
}

impl Prepared {
    /// What the import will do, as decided from the database as it is now.
    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    /// Writes the import (steps 3 and 4), unless it is a dry run, `--atomic`
    /// with rejected rows, or there is nothing to write; writes the report.
    pub fn finish(self, store: &mut Store, progress: Progress<'_>) -> Result<Summary> {
        let Prepared { job, passwords, decided, version, mut summary } = self;
        let blocked = job.opts.dry_run || (job.opts.atomic && summary.rejected > 0);
        if blocked || summary.created + summary.updated == 0 {
            job.write_report(store, &decided)?;
            return Ok(summary);
        }
        let random = matches!(job.opts.passwords, NewPasswords::Random(_));
        progress("hashing passwords", 0);
        let mut secrets = Secrets::default();
        let wanted = store.read(|tx| job.needing_passwords(tx, &decided, &passwords, random))?;
        secrets.hash(&job.policy, wanted)?;

        let mut invitations = Vec::new();
        let written = store.write_if(|tx| {
            // Decided again unless nobody has written since the snapshot
            // (then the same function would give the same answers).
            let unchanged = version.is_some() && tx.change_counter()? == version;
            let decided = if unchanged { decided } else { job.decide(tx, progress)? };
            decided.fill(&mut summary);
            if job.opts.atomic && summary.rejected > 0 || summary.created + summary.updated == 0 {
                job.write_report_in(tx, &decided)?;
                return Ok((false, false));
            }
            // Rows that became new since the snapshot: hashed here, in the lock (rare).
            let late = job.needing_passwords(tx, &decided, &passwords, random)?;
            let late: Vec<_> = late.into_iter().filter(|(line, _, _)| !secrets.hashes.contains_key(line)).collect();
            secrets.hash(&job.policy, late)?;
            job.write(tx, &decided, &secrets, &mut invitations, progress)?;
            Ok((true, true))
        })?;
        summary.written = written;
        if job.opts.keep_invitations && written {
            summary.invitations = invitations;
        }
        Ok(summary)
    }
}

/// Passwords hashed for new users, and the ones generated (`--random-password`).
#[derive(Default)]
struct Secrets {
    hashes: HashMap<u64, String>,
    generated: HashMap<u64, Secret>,
}

impl Secrets {
    /// Hashes on every core, at most one password per core at a time.
    fn hash(&mut self, policy: &Policy, pending: Vec<(u64, Secret, bool)>) -> Result<()> {
        if pending.is_empty() {
            return Ok(());
        }
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        let per = pending.len().div_ceil(cores.max(1)).max(1);
        let hashed = std::thread::scope(|s| {
            let handles: Vec<_> = pending
                .chunks(per)
                .map(|chunk| {
                    s.spawn(move || {
                        chunk.iter().map(|(line, pw, _)| Ok((*line, policy.hash(pw)?))).collect::<Result<Vec<_>>>()
                    })
                })
                .collect();
            let mut out = Vec::new();
            for h in handles {
                out.extend(h.join().map_err(|_| Error::storage("a password hashing thread failed"))??);
            }
            Ok::<_, Error>(out)
        })?;
        for (line, secret, generated) in pending {
            if generated {
                self.generated.insert(line, secret);
            }
        }
        self.hashes.extend(hashed);
        Ok(())
    }
}

impl Job {
    // Step 1: read, check, stage.

    /// Reads the rows, checks them on every core and stages them; returns the
    /// passwords of the rows that have one.
    fn stage(&self, store: &mut Store, rows: source::Rows, progress: Progress<'_>) -> Result<HashMap<u64, Secret>> {
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        let mut passwords = HashMap::new();
        store.read(|tx| {
            tx.stage_clear()?;
            std::thread::scope(|s| {
                let (send, chunks) = std::sync::mpsc::sync_channel::<Result<Vec<(StagedRow, Option<Secret>)>>>(2);
                s.spawn(move || {
                    let mut rows = rows;
                    loop {
                        let mut batch = Vec::with_capacity(CHUNK);
                        let mut failed = None;
                        for row in rows.by_ref() {
                            match row {
                                Ok(row) => batch.push(row),
                                Err(e) => {
                                    failed = Some(e);
                                    break;
                                }
                            }
                            if batch.len() == CHUNK {
                                break;
                            }
                        }
                        let done = batch.len() < CHUNK || failed.is_some();
                        if !batch.is_empty() && send.send(Ok(self.check_all(&batch, cores))).is_err() {
                            return;
                        }
                        if let Some(e) = failed {
                            let _ = send.send(Err(e));
                            return;
                        }
                        if done {
                            return;
                        }
                    }
                });
                let mut done = 0u64;
                for chunk in chunks {
                    let chunk = chunk?;
                    done += chunk.len() as u64;
                    let mut staged = Vec::with_capacity(chunk.len());
                    for (row, password) in chunk {
                        if let Some(pw) = password {
                            passwords.insert(row.line, pw);
                        }
                        staged.push(row);
                    }
                    tx.stage(&staged)?;
                    progress("reading", done);
                }
                tx.stage_done()
            })
        })?;
        Ok(passwords)
    }

    /// Checks a batch of rows on `cores` threads, in order.
    fn check_all(&self, batch: &[source::Row], cores: usize) -> Vec<(StagedRow, Option<Secret>)> {
        if cores <= 1 || batch.len() < 64 {
            return batch.iter().map(|row| self.check(row)).collect();
        }
        let per = batch.len().div_ceil(cores);
        std::thread::scope(|s| {
            let handles: Vec<_> = batch
                .chunks(per)
                .map(|part| s.spawn(move || part.iter().map(|row| self.check(row)).collect::<Vec<_>>()))
                .collect();
            handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
        })
    }

    /// Checks one row: every field with the rules of `user add`, and what
    /// the actor may do (department scope, roles to grant).
    fn check(&self, row: &source::Row) -> (StagedRow, Option<Secret>) {
        let mut problems: Vec<Problem> = Vec::new();
        let cell = |f: Field| -> Option<Cow<'_, str>> {
            self.mapping.index(f).and_then(|i| row.cells.get(i)).map(|c| clean(c)).filter(|v| !v.is_empty())
        };
        let shifted = row.cells.len() > self.headers.len()
            && row.cells[self.headers.len()..].iter().any(|c| !c.trim().is_empty());
        if shifted {
            problems.push(problem(
                "row",
                "",
                format!(
                    "{} cells where the header has {}: quote a value that holds the delimiter",
                    row.cells.len(),
                    self.headers.len()
                ),
            ));
        }
        // A row with more cells than the header has its values in the wrong
        // columns (a password could stand in the email column): it is not
        // read any further, and its messages show none of its cells.
        let cell = |f: Field| if shifted { None } else { cell(f) };
        let mut check = |field: Field, value: Option<&str>, f: &dyn Fn(&str) -> Result<String>| -> Option<String> {
            let value = value?;
            match f(value) {
                Ok(v) => Some(v),
                Err(e) => {
                    problems.push(problem(field.as_str(), value, e.message));
                    None
                }
            }
        };
        let region = self.settings.phone_region();
        let username = check(Field::Username, cell(Field::Username).as_deref(), &validate::username);
        let required = |f: Field| if shifted { None } else { Some(cell(f).unwrap_or_default()) };
        let name = check(Field::Name, required(Field::Name).as_deref(), &validate::name);
        let email = check(Field::Email, required(Field::Email).as_deref(), &validate::email);
        let phone = check(Field::Phone, cell(Field::Phone).as_deref(), &|p| validate::phone(p, region));
        let employee_id = check(Field::EmployeeId, cell(Field::EmployeeId).as_deref(), &validate::employee_id);
        let department = check(Field::Department, cell(Field::Department).as_deref(), &validate::department);
        let title = check(Field::Title, cell(Field::Title).as_deref(), &validate::title);
        let expires_at = check(Field::Expires, cell(Field::Expires).as_deref(), &|e| {
            clock::parse_date(e, DayEnd::End, "expires").map(clock::format)
        });
        let status = check(Field::Status, cell(Field::Status).as_deref(), &|s| {
            RowStatus::parse(s).map(|s| s.as_str().to_string()).ok_or_else(|| {
                Error::invalid(format!("unknown status '{s}'")).hint("use active, invited, disabled or deleted")
            })
        });
        // A hash is a secret: its errors show neither the cell nor a part of it.
        let password_hash = cell(Field::PasswordHash).and_then(|h| match passwords::imported_hash(&h) {
            Ok(hash) => Some(hash),
            Err(e) => {
                let why = e.message.split_once("): ").map_or("not a supported password hash", |(_, why)| why);
                problems.push(problem("password_hash", "(hidden)", format!("password hash refused: {why}")));
                None
            }
        });
        let manager = cell(Field::Manager).map(Cow::into_owned);
        let roles = self.mapping.index(Field::Roles).map(|_| {
            let list = cell(Field::Roles).unwrap_or_default();
            let mut labels = Vec::new();
            for part in list.split([';', '；', ',', '，']).map(str::trim).filter(|r| !r.is_empty()) {
                match self.assignment(part) {
                    Ok(a) => labels.push(role_rules::label(&a)),
                    Err(e) => problems.push(problem("roles", part, e.message)),
                }
            }
            labels.join("\n")
        });
        if !shifted && !self.who.can(USERS_MANAGE, department.as_deref()) {
            let value = department.clone().unwrap_or_default();
            problems.push(problem(
                "department",
                &value,
                "not permitted: outside the department scope of the acting token",
            ));
        }
        let password = cell(Field::Password).map(|p| Secret::new(p.into_owned()));
        let password = match password {
            Some(p) if passwords::looks_like_hash(p.expose()) => {
                problems.push(problem(
                    "password",
                    "(hidden)",
                    "looks like a password hash, not a password: put hashes in a password_hash column",
                ));
                None
            }
            Some(p) => match self.policy.check(&p, username.as_deref().unwrap_or(""), email.as_deref().unwrap_or("")) {
                Ok(()) => Some(p),
                Err(e) => {
                    problems.push(problem("password", "(hidden)", e.message));
                    None
                }
            },
            None => None,
        };
        if password.is_some() && password_hash.is_some() {
            problems.push(problem("row", "", "a password and a password_hash: give one of them"));
        }
        let mut cells: Vec<&str> = row.cells.iter().map(String::as_str).collect();
        for &i in &self.secret_columns {
            if let Some(c) = cells.get_mut(i) {
                *c = "";
            }
        }
        // Shifted, a secret may stand in any later cell: none of them is kept.
        if let (true, Some(first)) = (shifted, self.secret_columns.iter().min()) {
            cells.iter_mut().skip(*first).for_each(|c| *c = "");
        }
        let staged = StagedRow {
            line: row.line,
            username,
            name,
            email,
            phone,
            employee_id,
            department,
            title,
            manager,
            roles,
            expires_at,
            status,
            password_hash,
            has_password: password.is_some(),
            errors: (!problems.is_empty()).then(|| serde_json::to_string(&problems).unwrap_or_default()),
            // Only a report shows the cells as given.
            raw: match self.opts.report {
                Some(_) => serde_json::to_string(&cells).unwrap_or_default(),
                None => String::new(),
            },
        };
        (staged, password)
    }

    /// A role label of a row, checked: the role exists and the actor may
    /// grant it over its scope.
    fn assignment(&self, label: &str) -> Result<Assignment> {
        let a = role_rules::parse_label(label)?;
        let role = self.roles.get(&a.role).ok_or_else(|| Error::not_found(format!("no role '{}'", a.role)))?;
        if a.department.is_some() {
            self.who.require(USERS_MANAGE, a.department.as_deref())?;
        }
        self.who
            .require_grantable(role, a.department.as_deref())
            .map_err(|e| Error { message: format!("not permitted to grant role {}: {}", a.role, e.message), ..e })?;
        Ok(a)
    }

    // Step 2: decide.

    /// Decides every staged row from the rows and the database as `tx` sees
    /// them. The dry run, the preview and the write all decide here.
    fn decide(&self, tx: &dyn Tx, progress: Progress<'_>) -> Result<Decided> {
        let mut decided = Decided::default();
        let mut duplicates: HashMap<u64, Vec<(&str, String, u64)>> = HashMap::new();
        for (line, field, value, first) in tx.staged_duplicates()? {
            duplicates.entry(line).or_default().push((field, value, first));
        }
        let mut conflicts: HashMap<u64, Vec<(&str, i64)>> = HashMap::new();
        for (line, field, id) in tx.staged_conflicts()? {
            conflicts.entry(line).or_default().push((field, id));
        }
        let mut derived_names: HashMap<String, u64> = HashMap::new();
        // Admins that earlier rows disable or strip of admin.
        let mut leaving: Vec<i64> = Vec::new();
        let mut references: Vec<(u64, String)> = Vec::new();
        let mut seats = 0u64;
        let mut after = 0;
        loop {
            let page = tx.staged(after, CHUNK)?;
            let Some(last) = page.last() else { break };
            after = last.line;
            for row in &page {
                let line = row.line;
                let mut errors: Vec<RowError> = match &row.errors {
                    Some(text) => serde_json::from_str::<Vec<Problem>>(text)
                        .map_err(|e| Error::storage(format!("import staging: {e}")))?
                        .into_iter()
                        .map(|p| RowError { line, field: p.field, value: p.value, message: p.message })
                        .collect(),
                    None => Vec::new(),
                };
                for (field, value, first) in duplicates.remove(&line).unwrap_or_default() {
                    errors.push(RowError {
                        line,
                        field: field.into(),
                        value,
                        message: format!("duplicate of line {first} in this file"),
                    });
                }
                let decision = if !errors.is_empty() {
                    Decision::Reject
                } else {
                    match conflicts.get(&line) {
                        None => {
                            if row.username.is_none() {
                                let email = row.email.as_deref().unwrap_or("");
                                let taken = |u: &str| {
                                    derived_names.contains_key(u) || tx.staged_has_username(u).unwrap_or(true)
                                };
                                let name = invitations::derive_username(tx, email, &taken)?;
                                derived_names.insert(name.clone(), line);
                                decided.derived.insert(line, name);
                            }
                            let status = row.status.as_deref().and_then(RowStatus::parse).unwrap_or(RowStatus::Enabled);
                            seats += u64::from(status == RowStatus::Enabled);
                            decided.creates.push(Create { line, status, imported_hash: row.password_hash.is_some() });
                            Decision::Create
                        }
                        Some(matches) => {
                            let (decision, id, enabling) =
                                self.on_existing(tx, row, matches, &mut errors, &mut leaving)?;
                            if let Some(id) = id {
                                decided.existing.insert(line, id);
                            }
                            seats += u64::from(enabling);
                            decision
                        }
                    }
                };
                if let (Some(m), Decision::Create | Decision::Update | Decision::Unchanged) = (&row.manager, decision) {
                    references.push((line, m.clone()));
                }
                decided.rows.push((line, decision));
                decided.errors.append(&mut errors);
            }
            progress("checking", decided.rows.len() as u64);
        }
        self.resolve_managers(tx, &mut decided, references, &derived_names)?;
        decided.errors.sort_by_key(|e| e.line);
        users::ensure_seats(tx, &self.settings, seats)?;
        Ok(decided)
    }

    /// Managers: an existing user, or a row of this file that is not
    /// rejected. Rejecting a row can leave another without its manager, so
    /// this runs until nothing changes.
    fn resolve_managers(
        &self,
        tx: &dyn Tx,
        decided: &mut Decided,
        references: Vec<(u64, String)>,
        derived_names: &HashMap<String, u64>,
    ) -> Result<()> {
        let mut targets: Vec<(u64, String, Option<Manager>)> = Vec::with_capacity(references.len());
        // Many rows name the same manager: each reference is looked up once.
        let mut known: HashMap<String, Option<Manager>> = HashMap::new();
        for (line, reference) in references {
            let target = match known.get(&reference) {
                Some(target) => *target,
                None => {
                    let target = match users::find_for(tx, &self.who, &reference) {
                        Ok(user) if user.status != StoredStatus::Deleted => Some(Manager::User(user.id)),
                        _ => match tx.staged_line_of(&reference)? {
                            Some(l) => Some(Manager::Row(l)),
                            None => derived_names.get(&reference.to_ascii_lowercase()).map(|l| Manager::Row(*l)),
                        },
                    };
                    known.insert(reference.clone(), target);
                    target
                }
            };
            targets.push((line, reference, target));
        }
        loop {
            let mut changed = false;
            for (line, reference, target) in &targets {
                if decided.decision(*line) == Some(Decision::Reject) {
                    continue;
                }
                let ok = match target {
                    Some(Manager::User(_)) => true,
                    Some(Manager::Row(l)) => {
                        matches!(decided.decision(*l), Some(Decision::Create | Decision::Update | Decision::Unchanged))
                    }
                    None => false,
                };
                if !ok {
                    decided.set(*line, Decision::Reject);
                    decided.errors.push(RowError {
                        line: *line,
                        field: "manager".into(),
                        value: reference.clone(),
                        message: format!("no user '{reference}' (neither existing nor a valid row of this file)"),
                    });
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        for (line, _, target) in targets {
            if let (Some(target), Some(Decision::Create | Decision::Update | Decision::Unchanged)) =
                (target, decided.decision(line))
            {
                decided.managers.insert(line, target);
            }
        }
        // An unchanged row whose manager is a new user is an update after all.
        let promote: Vec<u64> = decided
            .managers
            .iter()
            .filter(|(line, m)| {
                decided.decision(**line) == Some(Decision::Unchanged)
                    && matches!(m, Manager::Row(l) if decided.decision(*l) == Some(Decision::Create))
            })
            .map(|(line, _)| *line)
            .collect();
        for line in promote {
            decided.set(line, Decision::Update);
        }
        Ok(())
    }

    /// What happens to a valid row whose username, email or employee ID
    /// belongs to existing users (`--on-conflict`): the decision, the user,
    /// and whether the update takes a seat (it enables a disabled user).
    fn on_existing(
        &self,
        tx: &dyn Tx,
        row: &StagedRow,
        matches: &[(&str, i64)],
        errors: &mut Vec<RowError>,
        leaving: &mut Vec<i64>,
    ) -> Result<(Decision, Option<i64>, bool)> {
        let line = row.line;
        let mut ids: Vec<i64> = matches.iter().map(|(_, id)| *id).collect();
        ids.sort_unstable();
        ids.dedup();
        let mut found = Vec::new();
        for id in &ids {
            found.extend(tx.user_by_id(*id)?);
        }
        let (field, id) = matches[0];
        let Some(user) = found.iter().find(|u| u.id == id) else {
            return Err(Error::storage("import: a matched user vanished"));
        };
        let mut reject = |field: &str, value: String, message: String| {
            errors.push(RowError { line, field: field.into(), value, message });
            Ok((Decision::Reject, None, false))
        };
        let value = match field {
            "username" => user.username.clone(),
            "email" => row.email.clone().unwrap_or_default(),
            _ => row.employee_id.clone().unwrap_or_default(),
        };
        if self.opts.on_conflict != OnConflict::Skip && found.iter().any(|u| !self.who.can_read(u)) {
            // Someone the importer may not read: say no more than that the
            // value is taken (no name, no department).
            return reject(field, value, "already taken by another user".into());
        }
        match self.opts.on_conflict {
            OnConflict::Skip => Ok((Decision::Skip, Some(id), false)),
            OnConflict::Error => reject(field, value, format!("already taken by user {}", user.username)),
            OnConflict::Update if ids.len() > 1 => {
                let names: Vec<String> = matches
                    .iter()
                    .filter_map(|(f, id)| found.iter().find(|u| u.id == *id).map(|u| format!("{} ({f})", u.username)))
                    .collect();
                reject("row", String::new(), format!("matches different users: {}", names.join(", ")))
            }
            OnConflict::Update => {
                if user.status == StoredStatus::Deleted {
                    return reject(
                        "row",
                        user.username.clone(),
                        format!("{} is deleted; restore them first", user.username),
                    );
                }
                if let Err(e) = self.who.require_over_user(tx, USERS_MANAGE, user, &self.now) {
                    return reject("row", user.username.clone(), e.message);
                }
                let email = row.email.as_deref().unwrap_or("");
                // Reset links go to the email: changing it is acting as the user.
                if !email.eq_ignore_ascii_case(&user.email)
                    && let Err(e) = self.who.require_acting_as(tx, user, &self.now, "change the email of")
                {
                    return reject("email", email.to_string(), e.message);
                }
                let changes = self.changes(tx, user, row, leaving)?;
                if let Some(message) = changes.refused {
                    return reject("row", user.username.clone(), message);
                }
                let decision = if changes.any() { Decision::Update } else { Decision::Unchanged };
                Ok((decision, Some(id), changes.enable))
            }
        }
    }

    /// What an update row would change of `user`.
    fn changes(&self, tx: &dyn Tx, user: &UserRow, row: &StagedRow, leaving: &mut Vec<i64>) -> Result<Changes> {
        let (fields, _) = apply(user.clone(), row, &self.now);
        let manager = match &row.manager {
            Some(m) => users::find_for(tx, &self.who, m)
                .map_or(true, |mgr| user.manager_id != Some(mgr.id) && mgr.id != user.id),
            None => false,
        };
        let held = match row.roles {
            Some(_) => tx.assignments(user.id)?,
            None => Vec::new(),
        };
        let (add, remove) = self.role_changes(row, &held);
        let (disable, enable) = status_change(user, row);
        let mut refused = match row.status.as_deref().and_then(RowStatus::parse) {
            Some(RowStatus::Deleted) => Some("deleting is not done by import: use `crmctl user delete`".to_string()),
            _ => None,
        };
        // The organisation never locks itself out, whatever the route: the
        // admins earlier rows take away count as gone.
        let drops_admin = remove.iter().any(|a| a.role == ADMIN && a.department.is_none());
        if drops_admin || disable {
            let doing = if disable { "disable" } else { "remove admin from" };
            if is_last_admin_but(tx, user.id, leaving, &self.now)? {
                refused = Some(format!("cannot {doing} {}: they are the last active admin", user.username));
            } else {
                leaving.push(user.id);
            }
        }
        Ok(Changes {
            fields: fields.is_some(),
            manager,
            roles: !add.is_empty() || !remove.is_empty(),
            disable,
            enable,
            refused,
        })
    }

    /// The assignments a row adds to those `held`, and with `--sync-roles`
    /// those it removes (only the ones the actor could grant).
    fn role_changes(&self, row: &StagedRow, held: &[Assignment]) -> (Vec<Assignment>, Vec<Assignment>) {
        let listed = self.listed_roles(row);
        let add: Vec<Assignment> = listed.iter().filter(|a| !held.contains(a)).cloned().collect();
        let remove = match (self.opts.sync_roles, &row.roles) {
            (true, Some(_)) => held
                .iter()
                .filter(|h| !listed.iter().any(|a| a.role == h.role && a.department == h.department))
                .filter(|h| {
                    self.roles
                        .get(&h.role)
                        .is_some_and(|role| self.who.require_grantable(role, h.department.as_deref()).is_ok())
                })
                .cloned()
                .collect(),
            _ => Vec::new(),
        };
        (add, remove)
    }

    /// The assignments a row lists (checked when it was staged).
    fn listed_roles(&self, row: &StagedRow) -> Vec<Assignment> {
        assignments(row.roles.as_deref())
    }

    /// The passwords new users need: (line, password, generated).
    fn needing_passwords(
        &self,
        tx: &dyn Tx,
        decided: &Decided,
        passwords: &HashMap<u64, Secret>,
        random: bool,
    ) -> Result<Vec<(u64, Secret, bool)>> {
        let mut wanted = Vec::new();
        if passwords.is_empty() && !random {
            return Ok(wanted);
        }
        let mut after = 0;
        loop {
            let page = tx.staged(after, CHUNK)?;
            let Some(last) = page.last() else { break };
            after = last.line;
            for row in page {
                if decided.decision(row.line) != Some(Decision::Create) || row.password_hash.is_some() {
                    continue;
                }
                match passwords.get(&row.line) {
                    Some(pw) => wanted.push((row.line, pw.clone(), false)),
                    None if random => wanted.push((row.line, passwords::generate(), true)),
                    None => {}
                }
            }
        }
        Ok(wanted)
    }

    // Step 4: write.

    /// Writes every decided row, the managers, the report and the one
    /// `user.import` audit entry, in the caller's transaction. New users are
    /// written by one statement from their staged rows; only what a row
    /// adds (roles, an invitation, a generated password) is done row by row.
    fn write(
        &self,
        tx: &mut dyn Tx,
        decided: &Decided,
        secrets: &Secrets,
        invitations: &mut Vec<Issued>,
        progress: Progress<'_>,
    ) -> Result<()> {
        let mut credentials = match &self.opts.passwords {
            NewPasswords::Random(p) => Some(open_private(p)?),
            _ => None,
        };
        // New users, in chunks (memory stays bounded), then one statement writes them all.
        let first_id = tx.next_user_id()?;
        let creates = decided.creates.iter().filter(|c| decided.decision(c.line) == Some(Decision::Create));
        let mut first = true;
        let mut chunk: Vec<NewImportedUser> = Vec::with_capacity(CHUNK);
        for (id, c) in (first_id..).zip(creates) {
            let hash = secrets.hashes.get(&c.line).cloned();
            let enabled = if hash.is_some() || c.imported_hash { StoredStatus::Active } else { StoredStatus::Invited };
            let (status, status_before_delete) = match c.status {
                RowStatus::Disabled => (StoredStatus::Disabled, None),
                RowStatus::Deleted => (StoredStatus::Deleted, Some(enabled)),
                RowStatus::Enabled => (enabled, None),
            };
            // The manager is set with the row itself: an existing user, or another new one.
            let (manager_id, manager_line) = match decided.managers.get(&c.line) {
                Some(Manager::User(id)) => (Some(*id), None),
                Some(Manager::Row(l)) if *l == c.line => (None, None),
                Some(Manager::Row(l)) => match decided.existing.get(l) {
                    Some(id) => (Some(*id), None),
                    None => (None, Some(*l)),
                },
                None => (None, None),
            };
            chunk.push(NewImportedUser {
                line: c.line,
                id,
                username: decided.derived.get(&c.line).cloned(),
                status,
                status_before_delete,
                password_hash: hash,
                must_change_password: secrets.generated.contains_key(&c.line),
                manager_id,
                manager_line,
            });
            if chunk.len() == CHUNK {
                tx.stage_new_users(&chunk, first)?;
                first = false;
                chunk.clear();
            }
        }
        tx.stage_new_users(&chunk, first)?;
        drop(chunk);
        progress("writing", 0);
        tx.insert_staged_users(&self.now)?;
        let mut created = Created::default();
        let mut done = 0u64;
        let mut after = 0;
        // Rows that add nothing of their own (no roles, invitation or generated
        // password) need no second look: their ids are the ones handed out.
        let per_row = self.mapping.index(Field::Roles).is_some()
            || self.opts.default_role.is_some()
            || self.opts.passwords != NewPasswords::None;
        if per_row {
            loop {
                let page = tx.new_users_written(after, CHUNK)?;
                let Some(last) = page.last() else { break };
                after = last.line;
                for NewUserWritten { line, id, username, status, roles } in page {
                    let names = self.after_create(tx, id, roles.as_deref(), status, &mut created)?;
                    created.push(id, &names);
                    if let (Some(w), Some(pw)) = (credentials.as_mut(), secrets.generated.get(&line)) {
                        w.write_record([username.as_str(), pw.expose()])
                            .map_err(|e| Error::storage(format!("cannot write the credentials file: {e}")))?;
                    }
                    done += 1;
                }
                progress("writing", done);
            }
        } else {
            let count = decided.count(Decision::Create);
            if count > 0 {
                created.ids.push([first_id, first_id + i64::try_from(count).unwrap_or(i64::MAX) - 1]);
            }
            done = count;
        }
        progress("writing", done);
        // The `user.update` entries of profile changes, recorded together.
        let mut log: Vec<(i64, String, Value)> = Vec::new();
        for (line, decision) in &decided.rows {
            if *decision != Decision::Update {
                continue;
            }
            let id = decided.existing.get(line).copied();
            let id = id.ok_or_else(|| Error::storage("import lost track of a row"))?;
            let staged = tx.staged_at(*line)?.ok_or_else(|| Error::storage("import lost track of a row"))?;
            self.update(tx, id, &staged, &mut log)?;
            done += 1;
            if done.is_multiple_of(1000) {
                progress("writing", done);
            }
        }
        let entries = log.iter().map(|(id, name, details)| ("user.update", Target::User(*id, name), details.clone()));
        audit::record_all(tx, self.who.actor(), entries)?;
        // New users got their manager with their row; existing ones get it here.
        for (line, manager) in &decided.managers {
            let Some(id) = decided.existing.get(line).copied() else { continue };
            let manager_id = match manager {
                Manager::User(id) => Some(*id),
                Manager::Row(l) => match decided.existing.get(l) {
                    Some(id) => Some(*id),
                    None => tx.new_user_id(*l)?,
                },
            };
            let Some(manager_id) = manager_id.filter(|m| *m != id) else { continue };
            let Some(user) = tx.user_by_id(id)? else { continue };
            if user.manager_id == Some(manager_id) {
                continue;
            }
            tx.set_manager(id, Some(manager_id), &self.now)?;
            let details = json!({"changes": {"manager": {"from": user.manager_id, "to": manager_id}}, "import": true});
            audit::record(tx, self.who.actor(), "user.update", Target::User(id, &user.username), details)?;
        }
        // In place before the users are committed: no password is ever lost.
        if let Some(w) = credentials.take() {
            finish(w, "the credentials file")?;
        }
        self.write_report_in(tx, decided)?;
        let mut summary = Summary::default();
        decided.fill(&mut summary);
        self.record_import(tx, &summary, &created)?;
        invitations.append(&mut created.invitations);
        Ok(())
    }

    /// The roles and invitation of a new user; returns the roles given
    /// (a role that requires approval becomes a pending request instead).
    fn after_create(
        &self,
        tx: &mut dyn Tx,
        id: i64,
        roles: Option<&str>,
        status: StoredStatus,
        created: &mut Created,
    ) -> Result<Vec<String>> {
        let mut listed = assignments(roles);
        if listed.is_empty()
            && let Some(role) = &self.opts.default_role
        {
            listed.push(Assignment { role: role.clone(), department: None, expires_at: None });
        }
        let mut user: Option<UserRow> = None;
        let mut names = Vec::new();
        for a in &listed {
            let Some(role) = self.roles.get(&a.role) else { continue };
            if role.requires_approval {
                let row = match user.take() {
                    Some(row) => row,
                    None => tx.user_by_id(id)?.ok_or_else(|| Error::storage("import: a new user vanished"))?,
                };
                role_rules::assign_in(tx, &self.who, &row, role, a, &self.now)?;
                user = Some(row);
            } else {
                tx.assign(id, a, &self.now)?;
                names.push(a.role.clone());
            }
        }
        if self.opts.passwords == NewPasswords::Invite && status == StoredStatus::Invited {
            let row = match user {
                Some(row) => row,
                None => tx.user_by_id(id)?.ok_or_else(|| Error::storage("import: a new user vanished"))?,
            };
            let ttl = invitations::ttl(&self.settings, None)?;
            let issued = invitations::issue(tx, self.who.actor(), &row, &self.settings, ttl)?;
            if self.opts.keep_invitations {
                created.invitations.push(issued);
            }
        }
        Ok(names)
    }

    /// Writes an update row to an existing user, with the rules and audit
    /// entries of `user update`, `role assign`/`unassign` and `user
    /// disable`/`enable`.
    fn update(&self, tx: &mut dyn Tx, id: i64, staged: &StagedRow, log: &mut Vec<(i64, String, Value)>) -> Result<()> {
        let old = tx.user_by_id(id)?.ok_or_else(|| Error::storage("import: a user to update vanished"))?;
        let held = match staged.roles {
            Some(_) => tx.assignments(old.id)?,
            None => Vec::new(),
        };
        let (add, remove) = self.role_changes(staged, &held);
        let (disable, enable) = status_change(&old, staged);
        let mut user = old.clone();
        if let (Some(row), diff) = apply(old, staged, &self.now) {
            tx.update_profile(&row)?;
            log.push((row.id, row.username.clone(), json!({"changes": diff, "import": true})));
            user = row;
        }
        for a in &add {
            if let Some(role) = self.roles.get(&a.role) {
                let _: Granted = role_rules::assign_in(tx, &self.who, &user, role, a, &self.now)?;
            }
        }
        for a in &remove {
            if let Some(role) = self.roles.get(&a.role) {
                role_rules::unassign_in(tx, &self.who, &user, role, a.department.as_deref(), &self.now)?;
            }
        }
        if disable {
            users::disable_in(tx, &self.who, user, None, None, &self.now)?;
        } else if enable {
            users::enable_in(tx, &self.who, user, &self.settings, &self.now)?;
        }
        Ok(())
    }

    /// The report of a run that writes nothing.
    fn write_report(&self, store: &mut Store, decided: &Decided) -> Result<()> {
        if self.opts.report.is_none() {
            return Ok(());
        }
        store.read(|tx| self.write_report_in(tx, decided))
    }

    fn write_report_in(&self, tx: &dyn Tx, decided: &Decided) -> Result<()> {
        let Some(path) = &self.opts.report else { return Ok(()) };
        if decided.count(Decision::Reject) == 0 {
            // Still a file, with the header only: "nothing to fix" is an answer too.
            return finish(open_report(path, &self.headers)?, "the report");
        }
        let mut w = open_report(path, &self.headers)?;
        let errors = errors_by_line(decided);
        let mut after = 0;
        loop {
            let page = tx.staged(after, CHUNK)?;
            let Some(last) = page.last() else { break };
            after = last.line;
            for row in &page {
                if decided.decision(row.line) == Some(Decision::Reject) {
                    write_report_row(
                        &mut w,
                        row,
                        self.headers.len(),
                        errors.get(&row.line).map(Vec::as_slice).unwrap_or_default(),
                    )?;
                }
            }
        }
        finish(w, "the report")
    }

    /// The one `user.import` entry of a written import.
    fn record_import(&self, tx: &mut dyn Tx, summary: &Summary, created: &Created) -> Result<()> {
        let details = json!({
            "file": self.file_name,
            "created": summary.created, "updated": summary.updated, "unchanged": summary.unchanged,
            "skipped": summary.skipped, "rejected": summary.rejected,
            "ids": created.ids, "roles": created.roles,
            "invited": self.opts.passwords == NewPasswords::Invite,
        });
        audit::record(tx, self.who.actor(), "user.import", Target::Other("import"), details)
    }
}

/// Whether a row's status column disables or enables `user`.
fn status_change(user: &UserRow, row: &StagedRow) -> (bool, bool) {
    let disabled = user.status == StoredStatus::Disabled;
    match row.status.as_deref().and_then(RowStatus::parse) {
        Some(RowStatus::Disabled) => (!disabled, false),
        Some(RowStatus::Enabled) => (false, disabled),
        Some(RowStatus::Deleted) | None => (false, false),
    }
}

/// What an update row changes.
struct Changes {
    fields: bool,
    manager: bool,
    roles: bool,
    disable: bool,
    enable: bool,
    /// A change an import does not make, and why.
    refused: Option<String>,
}

impl Changes {
    fn any(&self) -> bool {
        self.fields || self.manager || self.roles || self.disable || self.enable
    }
}

/// The ids of the users an import created, as ranges (SQLite hands out
/// consecutive ids inside one transaction, so there is usually one), and the
/// roles they were given: what the `user.import` audit entry records.
#[derive(Default)]
struct Created {
    ids: Vec<[i64; 2]>,
    roles: BTreeMap<String, u64>,
    /// The invitations issued (kept with `keep_invitations`).
    invitations: Vec<Issued>,
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

/// The staged role labels of a row (one per line, each checked when it was staged).
fn assignments(labels: Option<&str>) -> Vec<Assignment> {
    labels.unwrap_or("").lines().filter(|l| !l.is_empty()).filter_map(|l| role_rules::parse_label(l).ok()).collect()
}

/// Applies a row's non-empty fields to an existing user; returns the row if
/// anything changed, with the audit diff.
fn apply(old: UserRow, c: &StagedRow, now: &str) -> (Option<UserRow>, serde_json::Map<String, serde_json::Value>) {
    let mut row = old;
    let mut diff = serde_json::Map::new();
    let mut set = |key: &str, slot: &mut Option<String>, new: &Option<String>| {
        if new.is_some() && slot != new {
            diff.insert(key.into(), json!({"from": slot.clone(), "to": new}));
            slot.clone_from(new);
        }
    };
    set("phone", &mut row.phone, &c.phone);
    set("employee_id", &mut row.employee_id, &c.employee_id);
    set("department", &mut row.department, &c.department);
    set("title", &mut row.title, &c.title);
    set("expires_at", &mut row.expires_at, &c.expires_at);
    if let Some(name) = c.name.as_ref().filter(|n| **n != row.name) {
        diff.insert("name".into(), json!({"from": row.name, "to": name}));
        row.name = name.clone();
    }
    if let Some(email) = c.email.as_ref().filter(|e| **e != row.email) {
        diff.insert("email".into(), json!({"from": row.email, "to": email}));
        row.email = email.clone();
    }
    if diff.is_empty() {
        return (None, diff);
    }
    row.updated_at = now.to_string();
    (Some(row), diff)
}

fn errors_by_line(decided: &Decided) -> HashMap<u64, Vec<&RowError>> {
    let mut by_line: HashMap<u64, Vec<&RowError>> = HashMap::new();
    for e in &decided.errors {
        by_line.entry(e.line).or_default().push(e);
    }
    by_line
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

/// The columns whose cells are secrets: the password and hash columns, and
/// any other that looks like one (`pwd`, `口令`).
fn secret_columns(mapping: &Mapping) -> Vec<usize> {
    let secret = |header: &str| {
        let h = columns::normalize(header);
        ["password", "passwd", "pwd", "hash", "secret", "密码", "口令", "哈希"].iter().any(|s| h.contains(s))
    };
    mapping
        .columns
        .iter()
        .enumerate()
        .filter(|(_, (header, field))| matches!(field, Some(Field::Password | Field::PasswordHash)) || secret(header))
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

/// A rejected row in the report: its cells as given (secret cells were
/// blanked when it was staged), its line and why.
/// A row with more cells than the header has them joined back into its last
/// column (most likely a value with an unquoted delimiter).
fn write_report_row(w: &mut csv::Writer<NewFile>, row: &StagedRow, width: usize, errors: &[&RowError]) -> Result<()> {
    let mut cells: Vec<String> =
        serde_json::from_str(&row.raw).map_err(|e| Error::storage(format!("import staging: {e}")))?;
    if cells.len() > width && width > 0 {
        let overflow = cells.split_off(width - 1);
        cells.push(overflow.join(","));
    }
    cells.resize(width, String::new());
    let why: Vec<String> = errors.iter().map(|e| format!("{}: {}", e.field, e.message)).collect();
    cells.push(row.line.to_string());
    cells.push(why.join("; "));
    w.write_record(&cells).map_err(|e| Error::storage(format!("cannot write the report: {e}")))
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
    fn managers_may_be_later_rows_and_ids_are_never_reused() -> Result<()> {
        let mut store = testing::store()?;
        let gone = testing::add(&mut store, "gone", Person::default())?;
        users::purge(&mut store, &root(), "gone")?;
        let csv = "username,name,email,manager\n\
                   rep,Rep,rep@example.com,boss\n\
                   boss,Boss,boss@example.com,chief\n\
                   chief,Chief,chief@example.com,\n";
        let summary = import(&mut store, csv, &Options::default())?;
        assert_eq!((summary.created, summary.rejected), (3, 0), "{:?}", summary.errors);
        let rep = users::show(&mut store, &root(), "rep")?;
        let boss = users::show(&mut store, &root(), "boss")?;
        assert_eq!((rep.manager.as_deref(), boss.manager.as_deref()), (Some("boss"), Some("chief")));
        assert!(rep.id > gone, "a purged id is never handed out again");
        Ok(())
    }

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
