//! The SQLite backend: file creation with safe modes, WAL, busy timeout,
//! migrations, and the queries behind [`Tx`].

use std::fs;
use std::io::ErrorKind as IoKind;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OptionalExtension, Row, TransactionBehavior, params};

use super::migrations::{MIGRATIONS, latest};
use super::{
    ApprovalRow, Assignment, AuditFilter, AuditRow, Backend, CodeRow, OpenMode, RoleRow, TokenRow, Tx, UserFilter,
    UserRow,
};
use crate::error::{Error, Result};

/// Translates SQLite failures into the error kinds of SPEC.md.
impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        let code = err.sqlite_error_code();
        match code {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                Error::busy("the database stayed locked by another crmctl past the busy timeout")
                    .hint("try again; raise CRMCTL_BUSY_TIMEOUT_MS to wait longer")
            }
            Some(ErrorCode::NotADatabase) => Error::storage("the file is not a crmctl database")
                .hint("check the path given by --db, CRMCTL_DB or `crmctl config path`"),
            Some(ErrorCode::DatabaseCorrupt) => Error::storage("the database file is corrupt")
                .hint("restore the latest backup with `crmctl restore FILE`"),
            Some(ErrorCode::DiskFull) => Error::storage("the disk is full; nothing was written"),
            Some(ErrorCode::ReadOnly | ErrorCode::PermissionDenied | ErrorCode::CannotOpen) => {
                Error::storage(format!("cannot write the database: {err}"))
                    .hint("check the permissions of the database file and its folder")
            }
            Some(ErrorCode::ConstraintViolation) => {
                let text = err.to_string();
                let what = if text.contains("users.username") {
                    "username"
                } else if text.contains("users.email") {
                    "email"
                } else if text.contains("users.employee_id") {
                    "employee ID"
                } else {
                    "value"
                };
                Error::conflict(format!("that {what} is already taken"))
            }
            _ => Error::storage(format!("database error: {err}")),
        }
    }
}

/// A SQLite database file (or an in-memory database).
pub struct SqliteBackend {
    conn: Connection,
    file_settings: Vec<(String, String)>,
}

impl SqliteBackend {
    /// Opens `path`, creating it (mode 0600, folder 0700) with
    /// [`OpenMode::Create`]. Returns whether this call created the file.
    pub fn open(path: &Path, mode: OpenMode, busy_timeout: Duration) -> Result<(Self, bool)> {
        let shown = path.display();
        let mut created = false;
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                return Err(Error::storage(format!("{shown} is a folder, not a database file")));
            }
            // Only a command that writes makes a database of an empty file.
            Ok(meta) if meta.len() == 0 && mode == OpenMode::Existing => {
                return Err(Error::storage(format!("{shown} is empty (0 bytes): not a crmctl database"))
                    .hint("check the path given by --db, CRMCTL_DB or `crmctl config path`")
                    .hint("`crmctl init` makes a new database"));
            }
            Ok(_) => {}
            Err(err) if err.kind() == IoKind::NotFound => match mode {
                OpenMode::Existing => {
                    return Err(Error::not_found(format!("database not found: {shown}"))
                        .hint("create it with `crmctl init`, or point --db / CRMCTL_DB at the right file"));
                }
                OpenMode::Create => created = create_file(path)?,
            },
            Err(err) => return Err(Error::storage(format!("cannot read {shown}: {err}"))),
        }
        let conn = Connection::open(path).map_err(|err| {
            Error::storage(format!("cannot open {shown}: {err}"))
                .hint("check the permissions of the database file and its folder")
        })?;
        conn.busy_timeout(busy_timeout)?;
        if created {
            // Larger pages than the default 4 KiB: B-trees of fewer, fuller
            // pages, and about a tenth less time to import a large batch.
            conn.execute_batch("PRAGMA page_size = 16384")?;
        }
        // 16 MiB of page cache: a larger one made imports no faster, and the
        // import of a million rows must stay under 200 MB in all.
        conn.execute_batch("PRAGMA cache_size = -16384")?;
        conn.set_prepared_statement_cache_capacity(64);
        let backend = SqliteBackend { conn, file_settings: Vec::new() };
        backend.prepare(true).map_err(|err| name_path(err, path))?;
        Ok((backend, created))
    }

    /// A new in-memory database with the current schema.
    pub fn open_in_memory() -> Result<Self> {
        let backend = SqliteBackend { conn: Connection::open_in_memory()?, file_settings: Vec::new() };
        backend.prepare(false)?;
        Ok(backend)
    }

    fn prepare(&self, wal: bool) -> Result<()> {
        // Before anything is written (the switch to WAL writes the header):
        // a file that is not crmctl's, or is newer, is left exactly as it was.
        self.identify()?;
        if wal {
            let mode: String = self.conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(Error::storage(format!("cannot switch the database to WAL mode (it is {mode})")));
            }
            self.conn.execute_batch("PRAGMA synchronous = NORMAL")?;
        }
        // Deleted content is overwritten with zeros rather than left in free
        // space: a purged user must not be recoverable from the file.
        // No `secure_delete` here: it zeroes freed space on every write (an
        // import measured 2.0× the floor with it, 1.4–1.7× without). A purge
        // scrubs instead (VACUUM, then an empty WAL), which leaves no free page
        // or old frame behind at all.
        self.conn.execute_batch("PRAGMA foreign_keys = ON")?;
        self.migrate()
    }

    fn migrate(&self) -> Result<()> {
        let version = self.user_version()?;
        check_version(version)?;
        if version == latest() {
            return Ok(());
        }
        // Another process may migrate at the same moment: take the write lock,
        // then look again.
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let version = self.user_version()?;
        check_version(version)?;
        if version == 0 {
            let tables: i64 =
                tx.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table'", [], |r| r.get(0))?;
            if tables > 0 {
                return Err(Error::storage("the file is an SQLite database, but not one of crmctl's")
                    .hint("check the path given by --db, CRMCTL_DB or `crmctl config path`"));
            }
        }
        for (index, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", index as i64 + 1)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Refuses a database that is not crmctl's: the first access to the
    /// file, and a read only, so a non-SQLite file fails here with
    /// NotADatabase and a foreign or newer one is not changed by a byte.
    fn identify(&self) -> Result<()> {
        let version = self.user_version()?;
        check_version(version)?;
        let mut stmt =
            self.conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")?;
        let tables: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        // Version 0 is a new, empty file; any later one has crmctl's own tables.
        let ours = match version {
            0 => tables.is_empty(),
            _ => OWN_TABLES.iter().all(|t| tables.iter().any(|have| have == t)),
        };
        if !ours {
            return Err(Error::storage("the file is an SQLite database, but not one of crmctl's (left untouched)")
                .hint("check the path given by --db, CRMCTL_DB or `crmctl config path`"));
        }
        Ok(())
    }

    fn user_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }
}

/// Tables every crmctl database has, whatever its version.
const OWN_TABLES: [&str; 4] = ["meta", "settings", "users", "audit"];

/// The schema of a database as `sqlite_master` records it: (type, name) →
/// definition with its whitespace collapsed. SQLite's own objects are left out.
fn schema(conn: &Connection) -> Result<std::collections::BTreeMap<(String, String), String>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )?;
    let rows = stmt.query_map([], |r| {
        let sql: String = r.get(2)?;
        Ok(((r.get(0)?, r.get(1)?), sql.split_whitespace().collect::<Vec<_>>().join(" ")))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn check_version(version: i64) -> Result<()> {
    if version > latest() {
        return Err(Error::storage(format!(
            "the database has schema version {version}, newer than this crmctl understands ({})",
            latest()
        ))
        .hint("upgrade crmctl; the database was left untouched"));
    }
    Ok(())
}

/// Puts the database path in front of storage errors, which otherwise do not say which file.
fn name_path(mut err: Error, path: &Path) -> Error {
    if err.kind == crate::error::Kind::Storage {
        err.message = format!("{}: {}", path.display(), err.message);
    }
    err
}

/// Creates the database file with mode 0600 (and missing folders with 0700).
/// Returns false when another process created it first.
fn create_file(path: &Path) -> Result<bool> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.exists()
    {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|err| Error::storage(format!("cannot create folder {}: {err}", dir.display())))?;
    }
    match fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path) {
        Ok(_) => Ok(true),
        Err(err) if err.kind() == IoKind::AlreadyExists => Ok(false),
        Err(err) => Err(Error::storage(format!("cannot create {}: {err}", path.display()))
            .hint("check that the folder exists and is writable")),
    }
}

impl Backend for SqliteBackend {
    fn begin(&mut self, write: bool) -> Result<Box<dyn Tx + '_>> {
        let behavior = if write { TransactionBehavior::Immediate } else { TransactionBehavior::Deferred };
        let tx = self.conn.transaction_with_behavior(behavior)?;
        Ok(Box::new(SqliteTx { tx, file_settings: &self.file_settings }))
    }

    fn set_file_settings(&mut self, values: Vec<(String, String)>) {
        self.file_settings = values;
    }

    fn backup_to(&self, dest: &Path) -> Result<()> {
        // Written into a temporary file beside `dest`, renamed into place
        // when complete; never over a file or through a symlink (exit 4).
        let file = crate::files::NewFile::create(dest, "backup")?;
        {
            let mut dst = Connection::open(file.temp_path())?;
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut dst)?;
            // One step copies every page under one read lock: a consistent snapshot
            // while other processes go on writing.
            backup.step(-1)?;
            drop(backup);
            dst.execute_batch("PRAGMA journal_mode = DELETE")?;
            dst.close().map_err(|(_, err)| Error::from(err))?;
        }
        file.commit()
    }

    fn schema_check(&self) -> Result<Vec<String>> {
        let expected = schema(&SqliteBackend::open_in_memory()?.conn)?;
        let found = schema(&self.conn)?;
        let mut problems = Vec::new();
        for ((kind, name), sql) in &expected {
            match found.get(&(kind.clone(), name.clone())) {
                None => problems.push(format!("{kind} {name} is missing")),
                Some(have) if have != sql => problems.push(format!("{kind} {name} differs from the expected one")),
                Some(_) => {}
            }
        }
        for (kind, name) in found.keys().filter(|key| !expected.contains_key(*key)) {
            problems.push(format!("unexpected {kind} {name}"));
        }
        Ok(problems)
    }

    fn restore_from(&mut self, src: &Path) -> Result<()> {
        let source = Connection::open_with_flags(src, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        {
            let backup = rusqlite::backup::Backup::new(&source, &mut self.conn)?;
            backup.step(-1)?;
        }
        self.conn.execute_batch("PRAGMA journal_mode = WAL")?;
        self.migrate()
    }

    fn integrity_check(&self) -> Result<Vec<String>> {
        integrity(&self.conn)
    }

    fn scrub(&mut self) -> Result<bool> {
        // VACUUM rebuilds the file from live rows only (through the WAL);
        // the TRUNCATE checkpoint then copies it back and empties the WAL,
        // waiting (busy timeout) for readers still using older frames.
        self.conn.execute_batch("PRAGMA secure_delete = ON; VACUUM")?;
        let busy: i64 = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        Ok(busy == 0)
    }
}

fn integrity(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let rows: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(rows.into_iter().filter(|r| r != "ok").collect())
}

/// What a database file is, read without changing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inspection {
    /// Its schema version.
    pub version: i64,
    /// Problems found by the integrity check (empty: healthy).
    pub problems: Vec<String>,
    /// Users and audit entries in it.
    pub users: i64,
    /// Audit entries in it.
    pub audit_entries: i64,
    /// Id and hash of its last audit entry, as it records them.
    pub audit_head: Option<(i64, String)>,
}

/// Checks, read-only, that `path` is a crmctl database this binary can read,
/// and runs its integrity check.
pub fn inspect(path: &Path) -> Result<Inspection> {
    if !path.is_file() {
        return Err(Error::not_found(format!("no file {}", path.display())));
    }
    let not_ours = || Error::storage(format!("{} is not a crmctl database", path.display()));
    let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| name_path(Error::from(e), path))?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|_| not_ours())?;
    if version == 0 {
        return Err(not_ours());
    }
    check_version(version).map_err(|e| name_path(e, path))?;
    let problems = integrity(&conn).map_err(|e| name_path(e, path))?;
    let count = |table: &str| -> Result<i64> {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).map_err(|_| not_ours())
    };
    let head: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = 'audit_head'", [], |r| r.get(0))
        .optional()
        .map_err(|_| not_ours())?;
    let audit_head = head.and_then(|v| v.split_once(':').and_then(|(id, hash)| Some((id.parse().ok()?, hash.into()))));
    Ok(Inspection { version, problems, users: count("users")?, audit_entries: count("audit")?, audit_head })
}

struct SqliteTx<'c> {
    tx: rusqlite::Transaction<'c>,
    file_settings: &'c [(String, String)],
}

const USER_COLUMNS: &str = "id, username, name, email, phone, employee_id, department, title, \
     manager_id, status, status_before_delete, password_hash, password_changed_at, \
     must_change_password, mfa_secret, expires_at, disabled_reason, transfer_to_id, \
     failed_logins, locked_until, created_at, updated_at, last_login_at, mfa_pending_secret, mfa_last_step";

/// Inserts a user; the id (`?1`) is assigned by SQLite.
const INSERT_USER: &str = "INSERT INTO users (id, username, name, email, email_norm, phone, employee_id, department, \
    title, manager_id, status, status_before_delete, password_hash, password_changed_at, must_change_password, \
    mfa_secret, expires_at, disabled_reason, transfer_to_id, failed_logins, locked_until, created_at, updated_at, \
    last_login_at, mfa_pending_secret, mfa_last_step) \
    VALUES (NULL, ?2, ?3, ?4, lower(?4), ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, \
    ?21, ?22, ?23, ?24, ?25)";

fn user_from_row(r: &Row<'_>) -> rusqlite::Result<UserRow> {
    Ok(UserRow {
        id: r.get(0)?,
        username: r.get(1)?,
        name: r.get(2)?,
        email: r.get(3)?,
        phone: r.get(4)?,
        employee_id: r.get(5)?,
        department: r.get(6)?,
        title: r.get(7)?,
        manager_id: r.get(8)?,
        status: r.get(9)?,
        status_before_delete: r.get(10)?,
        password_hash: r.get(11)?,
        password_changed_at: r.get(12)?,
        must_change_password: r.get(13)?,
        mfa_secret: r.get(14)?,
        expires_at: r.get(15)?,
        disabled_reason: r.get(16)?,
        transfer_to_id: r.get(17)?,
        failed_logins: r.get(18)?,
        locked_until: r.get(19)?,
        created_at: r.get(20)?,
        updated_at: r.get(21)?,
        last_login_at: r.get(22)?,
        mfa_pending_secret: r.get(23)?,
        mfa_last_step: r.get(24)?,
    })
}

/// Every column of a user in statement order: ?1 is the id, ?2..?25 the rest.
fn user_params(u: &UserRow) -> [&dyn rusqlite::ToSql; 25] {
    [
        &u.id,
        &u.username,
        &u.name,
        &u.email,
        &u.phone,
        &u.employee_id,
        &u.department,
        &u.title,
        &u.manager_id,
        &u.status,
        &u.status_before_delete,
        &u.password_hash,
        &u.password_changed_at,
        &u.must_change_password,
        &u.mfa_secret,
        &u.expires_at,
        &u.disabled_reason,
        &u.transfer_to_id,
        &u.failed_logins,
        &u.locked_until,
        &u.created_at,
        &u.updated_at,
        &u.last_login_at,
        &u.mfa_pending_secret,
        &u.mfa_last_step,
    ]
}

const AUDIT_COLUMNS: &str = "id, at, actor, action, target_user_id, target, details, pii_digest, prev_hash, hash, \
     purged, actor_identity, erased_for";

fn audit_from_row(r: &Row<'_>) -> rusqlite::Result<AuditRow> {
    Ok(AuditRow {
        id: r.get(0)?,
        at: r.get(1)?,
        actor: r.get(2)?,
        action: r.get(3)?,
        target_user_id: r.get(4)?,
        target: r.get(5)?,
        details: r.get(6)?,
        pii_digest: r.get(7)?,
        prev_hash: r.get(8)?,
        hash: r.get(9)?,
        purged: r.get(10)?,
        actor_identity: r.get(11)?,
        erased_for: r.get(12)?,
    })
}

/// Every column of an audit entry in [`AUDIT_COLUMNS`] order.
fn audit_params(a: &AuditRow) -> [&dyn rusqlite::ToSql; 13] {
    [
        &a.id,
        &a.at,
        &a.actor,
        &a.action,
        &a.target_user_id,
        &a.target,
        &a.details,
        &a.pii_digest,
        &a.prev_hash,
        &a.hash,
        &a.purged,
        &a.actor_identity,
        &a.erased_for,
    ]
}

/// The status a user has at `?now`, from the stored status, the expiry and the
/// lockout; the same rule as `users::Status::effective`.
const EFFECTIVE_STATUS: &str = "CASE \
     WHEN status IN ('active', 'invited', 'locked') AND expires_at IS NOT NULL AND expires_at <= :now THEN 'expired' \
     WHEN status = 'locked' AND locked_until IS NOT NULL AND locked_until <= :now THEN 'active' \
     ELSE status END";

/// Escapes `%`, `_` and `\` for a LIKE pattern with `ESCAPE '\'`.
fn like_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn role_from_row(r: &Row<'_>) -> rusqlite::Result<RoleRow> {
    Ok(RoleRow {
        name: r.get(0)?,
        description: r.get(1)?,
        builtin: r.get(2)?,
        requires_approval: r.get(3)?,
        assigned: r.get::<_, i64>(4)? as u64,
        permissions: Vec::new(),
    })
}

const TOKEN_COLUMNS: &str =
    "id, user_id, digest, description, created_at, expires_at, last_used_at, revoked, created_by";

fn token_from_row(r: &Row<'_>) -> rusqlite::Result<TokenRow> {
    Ok(TokenRow {
        id: r.get(0)?,
        user_id: r.get(1)?,
        digest: r.get(2)?,
        description: r.get(3)?,
        created_at: r.get(4)?,
        expires_at: r.get(5)?,
        last_used_at: r.get(6)?,
        revoked: r.get(7)?,
        created_by: r.get(8)?,
    })
}

const CODE_COLUMNS: &str = "id, kind, user_id, digest, status, created_at, expires_at, created_by, used_at";

fn code_from_row(r: &Row<'_>) -> rusqlite::Result<CodeRow> {
    Ok(CodeRow {
        id: r.get(0)?,
        kind: r.get(1)?,
        user_id: r.get(2)?,
        digest: r.get(3)?,
        status: r.get(4)?,
        created_at: r.get(5)?,
        expires_at: r.get(6)?,
        created_by: r.get(7)?,
        used_at: r.get(8)?,
    })
}

const APPROVAL_COLUMNS: &str = "id, user_id, role, department, expires_at, requested_by, status, decided_by, reason, created_at, decided_at, \
     requested_by_identity";

fn approval_from_row(r: &Row<'_>) -> rusqlite::Result<ApprovalRow> {
    Ok(ApprovalRow {
        id: r.get(0)?,
        user_id: r.get(1)?,
        role: r.get(2)?,
        department: r.get(3)?,
        expires_at: r.get(4)?,
        requested_by: r.get(5)?,
        status: r.get(6)?,
        decided_by: r.get(7)?,
        reason: r.get(8)?,
        created_at: r.get(9)?,
        decided_at: r.get(10)?,
        requested_by_identity: r.get(11)?,
    })
}

impl SqliteTx<'_> {
    fn with_permissions(&self, mut role: RoleRow) -> Result<RoleRow> {
        let mut stmt =
            self.tx.prepare_cached("SELECT permission FROM role_permissions WHERE role = ?1 ORDER BY permission")?;
        role.permissions = stmt.query_map([&role.name], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(role)
    }

    fn user_where(&self, clause: &str, value: &dyn rusqlite::ToSql) -> Result<Option<UserRow>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE {clause}");
        let mut stmt = self.tx.prepare_cached(&sql)?;
        Ok(stmt.query_row([value], user_from_row).optional()?)
    }
}

impl Tx for SqliteTx<'_> {
    fn file_settings(&self) -> &[(String, String)] {
        self.file_settings
    }

    fn setting(&self, key: &str) -> Result<Option<String>> {
        let mut stmt = self.tx.prepare_cached("SELECT value FROM settings WHERE key = ?1")?;
        Ok(stmt.query_row([key], |r| r.get(0)).optional()?)
    }

    fn settings(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self.tx.prepare_cached("SELECT key, value FROM settings ORDER BY key")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    fn unset_setting(&mut self, key: &str) -> Result<bool> {
        Ok(self.tx.execute("DELETE FROM settings WHERE key = ?1", [key])? > 0)
    }

    fn insert_user(&mut self, u: &UserRow) -> Result<i64> {
        let mut stmt = self.tx.prepare_cached(&format!("{INSERT_USER} -- ?1 (the id) is assigned by SQLite"))?;
        stmt.execute(user_params(u).as_slice())?;
        Ok(self.tx.last_insert_rowid())
    }

    fn insert_users_if_free(&mut self, users: &[UserRow]) -> Result<Vec<Option<i64>>> {
        let mut stmt = self.tx.prepare_cached(&format!("{INSERT_USER} ON CONFLICT DO NOTHING"))?;
        let mut ids = Vec::with_capacity(users.len());
        for u in users {
            ids.push(match stmt.execute(user_params(u).as_slice())? {
                0 => None,
                _ => Some(self.tx.last_insert_rowid()),
            });
        }
        Ok(ids)
    }

    fn update_user(&mut self, u: &UserRow) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(
            "UPDATE users SET username = ?2, name = ?3, email = ?4, email_norm = lower(?4), phone = ?5, \
             employee_id = ?6, department = ?7, title = ?8, manager_id = ?9, status = ?10, \
             status_before_delete = ?11, password_hash = ?12, password_changed_at = ?13, \
             must_change_password = ?14, mfa_secret = ?15, expires_at = ?16, disabled_reason = ?17, \
             transfer_to_id = ?18, failed_logins = ?19, locked_until = ?20, created_at = ?21, \
             updated_at = ?22, last_login_at = ?23, mfa_pending_secret = ?24, mfa_last_step = ?25 WHERE id = ?1",
        )?;
        if stmt.execute(user_params(u).as_slice())? == 0 {
            return Err(Error::not_found(format!("user #{} not found", u.id)));
        }
        Ok(())
    }

    fn delete_user(&mut self, id: i64) -> Result<()> {
        self.tx.execute("DELETE FROM users WHERE id = ?1", [id])?;
        Ok(())
    }

    fn user_by_id(&self, id: i64) -> Result<Option<UserRow>> {
        self.user_where("id = ?1", &id)
    }

    fn user_by_username(&self, username: &str) -> Result<Option<UserRow>> {
        self.user_where("username = ?1", &username)
    }

    fn user_by_email(&self, email: &str) -> Result<Option<UserRow>> {
        self.user_where("email_norm = lower(?1)", &email)
    }

    fn user_by_employee_id(&self, employee_id: &str) -> Result<Option<UserRow>> {
        self.user_where("employee_id = ?1", &employee_id)
    }

    fn list_users(&self, f: &UserFilter, now: &str) -> Result<Vec<UserRow>> {
        let mut sql = format!("SELECT {USER_COLUMNS} FROM users WHERE 1");
        let mut args: Vec<(&str, &dyn rusqlite::ToSql)> = Vec::new();
        let statuses = serde_json::to_string(&f.statuses).unwrap_or_else(|_| "[]".into());
        if f.statuses.is_empty() {
            sql.push_str(" AND status <> 'deleted'");
        } else {
            sql.push_str(&format!(" AND ({EFFECTIVE_STATUS}) IN (SELECT value FROM json_each(:statuses))"));
            args.push((":statuses", &statuses));
        }
        if let Some(role) = &f.role {
            sql.push_str(
                " AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = users.id AND r.role = :role \
                 AND (r.expires_at IS NULL OR r.expires_at > :now))",
            );
            args.push((":role", role));
        }
        if let Some(dept) = &f.department {
            sql.push_str(" AND (department = :dept OR substr(department, 1, length(:dept) + 1) = :dept || '/')");
            args.push((":dept", dept));
        }
        let pattern = f.search.as_deref().map(|s| format!("%{}%", like_escape(s)));
        if let Some(pattern) = &pattern {
            sql.push_str(
                " AND (username LIKE :pat ESCAPE '\\' OR name LIKE :pat ESCAPE '\\' OR email LIKE :pat ESCAPE '\\' \
                 OR phone LIKE :pat ESCAPE '\\' OR employee_id LIKE :pat ESCAPE '\\')",
            );
            args.push((":pat", pattern));
        }
        if let Some(before) = &f.inactive_before {
            sql.push_str(" AND coalesce(last_login_at, created_at) < :before");
            args.push((":before", before));
        }
        sql.push_str(" ORDER BY id");
        let limit = f.limit.map(|n| n.min(i64::MAX as u64) as i64);
        if let Some(limit) = &limit {
            sql.push_str(" LIMIT :limit");
            args.push((":limit", limit));
        }
        // SQLite refuses a named parameter the statement does not use.
        if sql.contains(":now") {
            args.push((":now", &now));
        }
        let mut stmt = self.tx.prepare(&sql)?;
        let rows = stmt.query_map(args.as_slice(), user_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn count_seats(&self) -> Result<u64> {
        let n: i64 = self.tx.query_row(
            "SELECT count(*) FROM users WHERE status IN ('invited', 'active', 'locked')",
            [],
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }

    fn clear_references_to(&mut self, id: i64) -> Result<()> {
        self.tx.execute("UPDATE users SET manager_id = NULL WHERE manager_id = ?1", [id])?;
        self.tx.execute("UPDATE users SET transfer_to_id = NULL WHERE transfer_to_id = ?1", [id])?;
        Ok(())
    }

    fn role_exists(&self, role: &str) -> Result<bool> {
        let mut stmt = self.tx.prepare_cached("SELECT 1 FROM roles WHERE name = ?1")?;
        Ok(stmt.exists([role])?)
    }

    fn role_names(&self) -> Result<Vec<String>> {
        let mut stmt = self.tx.prepare_cached("SELECT name FROM roles ORDER BY name")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn assignments(&self, user_id: i64) -> Result<Vec<Assignment>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT role, department, expires_at FROM user_roles WHERE user_id = ?1 ORDER BY role, department",
        )?;
        let rows = stmt.query_map([user_id], |r| {
            let dept: String = r.get(1)?;
            Ok(Assignment { role: r.get(0)?, department: (!dept.is_empty()).then_some(dept), expires_at: r.get(2)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn assign(&mut self, user_id: i64, a: &Assignment, now: &str) -> Result<bool> {
        let dept = a.department.as_deref().unwrap_or("");
        let mut stmt = self.tx.prepare_cached(
            "INSERT INTO user_roles (user_id, role, department, expires_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT (user_id, role, department) DO UPDATE SET expires_at = excluded.expires_at \
             WHERE expires_at IS NOT excluded.expires_at",
        )?;
        let changed = stmt.execute(params![user_id, a.role, dept, a.expires_at, now])?;
        Ok(changed > 0)
    }

    fn unassign(&mut self, user_id: i64, role: &str, department: Option<&str>) -> Result<bool> {
        let changed = self.tx.execute(
            "DELETE FROM user_roles WHERE user_id = ?1 AND role = ?2 AND department = ?3",
            params![user_id, role, department.unwrap_or("")],
        )?;
        Ok(changed > 0)
    }

    fn active_holders(&self, role: &str, now: &str) -> Result<Vec<i64>> {
        let sql = format!(
            "SELECT id FROM users WHERE ({EFFECTIVE_STATUS}) = 'active' AND id IN \
             (SELECT user_id FROM user_roles WHERE role = :role AND (expires_at IS NULL OR expires_at > :now)) \
             ORDER BY id"
        );
        let mut stmt = self.tx.prepare_cached(&sql)?;
        let rows = stmt.query_map(&[(":role", &role as &dyn rusqlite::ToSql), (":now", &now)], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn role(&self, name: &str) -> Result<Option<RoleRow>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT name, description, builtin, requires_approval, \
             (SELECT count(*) FROM user_roles u WHERE u.role = roles.name) FROM roles WHERE name = ?1",
        )?;
        let row = stmt.query_row([name], role_from_row).optional()?;
        row.map(|r| self.with_permissions(r)).transpose()
    }

    fn roles(&self) -> Result<Vec<RoleRow>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT name, description, builtin, requires_approval, \
             (SELECT count(*) FROM user_roles u WHERE u.role = roles.name) FROM roles ORDER BY name",
        )?;
        let rows: Vec<RoleRow> = stmt.query_map([], role_from_row)?.collect::<rusqlite::Result<_>>()?;
        rows.into_iter().map(|r| self.with_permissions(r)).collect()
    }

    fn save_role(&mut self, r: &RoleRow) -> Result<()> {
        self.tx.execute(
            "INSERT INTO roles (name, description, builtin, requires_approval) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT (name) DO UPDATE SET description = excluded.description, \
             requires_approval = excluded.requires_approval",
            params![r.name, r.description, r.builtin, r.requires_approval],
        )?;
        self.tx.execute("DELETE FROM role_permissions WHERE role = ?1", [&r.name])?;
        let mut stmt = self.tx.prepare_cached("INSERT INTO role_permissions (role, permission) VALUES (?1, ?2)")?;
        for p in &r.permissions {
            stmt.execute([&r.name, p])?;
        }
        Ok(())
    }

    fn delete_role(&mut self, name: &str) -> Result<()> {
        self.tx.execute("DELETE FROM user_roles WHERE role = ?1", [name])?;
        self.tx.execute("DELETE FROM approvals WHERE role = ?1", [name])?;
        self.tx.execute("DELETE FROM roles WHERE name = ?1", [name])?;
        Ok(())
    }

    fn departments(&self) -> Result<Vec<(String, u64)>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT department, count(*) FROM users WHERE department IS NOT NULL AND status <> 'deleted' \
             GROUP BY department ORDER BY department",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn insert_token(&mut self, t: &TokenRow) -> Result<i64> {
        self.tx.execute(
            "INSERT INTO tokens (user_id, digest, description, created_at, expires_at, last_used_at, revoked, \
             created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                t.user_id,
                t.digest,
                t.description,
                t.created_at,
                t.expires_at,
                t.last_used_at,
                t.revoked,
                t.created_by
            ],
        )?;
        Ok(self.tx.last_insert_rowid())
    }

    fn token_by_digest(&self, digest: &str) -> Result<Option<TokenRow>> {
        let mut stmt = self.tx.prepare_cached(&format!("SELECT {TOKEN_COLUMNS} FROM tokens WHERE digest = ?1"))?;
        Ok(stmt.query_row([digest], token_from_row).optional()?)
    }

    fn token_by_id(&self, id: i64) -> Result<Option<TokenRow>> {
        let mut stmt = self.tx.prepare_cached(&format!("SELECT {TOKEN_COLUMNS} FROM tokens WHERE id = ?1"))?;
        Ok(stmt.query_row([id], token_from_row).optional()?)
    }

    fn tokens(&self) -> Result<Vec<TokenRow>> {
        let mut stmt = self.tx.prepare_cached(&format!("SELECT {TOKEN_COLUMNS} FROM tokens ORDER BY id"))?;
        let rows = stmt.query_map([], token_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn update_token(&mut self, t: &TokenRow) -> Result<()> {
        self.tx.execute(
            "UPDATE tokens SET revoked = ?2, last_used_at = ?3 WHERE id = ?1",
            params![t.id, t.revoked, t.last_used_at],
        )?;
        Ok(())
    }

    fn revoke_tokens(&mut self, user_id: i64) -> Result<u64> {
        let n = self.tx.execute("UPDATE tokens SET revoked = 1 WHERE user_id = ?1 AND revoked = 0", [user_id])?;
        Ok(n as u64)
    }

    fn insert_code(&mut self, c: &CodeRow) -> Result<i64> {
        self.tx.execute(
            "INSERT INTO codes (kind, user_id, digest, status, created_at, expires_at, created_by, used_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![c.kind, c.user_id, c.digest, c.status, c.created_at, c.expires_at, c.created_by, c.used_at],
        )?;
        Ok(self.tx.last_insert_rowid())
    }

    fn code_by_digest(&self, digest: &str) -> Result<Option<CodeRow>> {
        let mut stmt = self.tx.prepare_cached(&format!("SELECT {CODE_COLUMNS} FROM codes WHERE digest = ?1"))?;
        Ok(stmt.query_row([digest], code_from_row).optional()?)
    }

    fn code_by_id(&self, id: i64) -> Result<Option<CodeRow>> {
        let mut stmt = self.tx.prepare_cached(&format!("SELECT {CODE_COLUMNS} FROM codes WHERE id = ?1"))?;
        Ok(stmt.query_row([id], code_from_row).optional()?)
    }

    fn codes(&self, kind: &str) -> Result<Vec<CodeRow>> {
        let mut stmt =
            self.tx.prepare_cached(&format!("SELECT {CODE_COLUMNS} FROM codes WHERE kind = ?1 ORDER BY id"))?;
        let rows = stmt.query_map([kind], code_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn update_code(&mut self, c: &CodeRow) -> Result<()> {
        self.tx.execute(
            "UPDATE codes SET digest = ?2, status = ?3, expires_at = ?4, used_at = ?5 WHERE id = ?1",
            params![c.id, c.digest, c.status, c.expires_at, c.used_at],
        )?;
        Ok(())
    }

    fn revoke_codes(&mut self, user_id: i64, kind: &str) -> Result<u64> {
        let n = self.tx.execute(
            "UPDATE codes SET status = 'revoked' WHERE user_id = ?1 AND kind = ?2 AND status = 'pending'",
            params![user_id, kind],
        )?;
        Ok(n as u64)
    }

    fn insert_approval(&mut self, a: &ApprovalRow) -> Result<i64> {
        self.tx.execute(
            "INSERT INTO approvals (user_id, role, department, expires_at, requested_by, status, decided_by, \
             reason, created_at, decided_at, requested_by_identity) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                a.user_id,
                a.role,
                a.department,
                a.expires_at,
                a.requested_by,
                a.status,
                a.decided_by,
                a.reason,
                a.created_at,
                a.decided_at,
                a.requested_by_identity
            ],
        )?;
        Ok(self.tx.last_insert_rowid())
    }

    fn approval(&self, id: i64) -> Result<Option<ApprovalRow>> {
        let mut stmt = self.tx.prepare_cached(&format!("SELECT {APPROVAL_COLUMNS} FROM approvals WHERE id = ?1"))?;
        Ok(stmt.query_row([id], approval_from_row).optional()?)
    }

    fn approvals(&self, status: Option<&str>) -> Result<Vec<ApprovalRow>> {
        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT {APPROVAL_COLUMNS} FROM approvals WHERE ?1 IS NULL OR status = ?1 ORDER BY id"
        ))?;
        let rows = stmt.query_map([status], approval_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn update_approval(&mut self, a: &ApprovalRow) -> Result<()> {
        self.tx.execute(
            "UPDATE approvals SET status = ?2, decided_by = ?3, reason = ?4, decided_at = ?5 WHERE id = ?1",
            params![a.id, a.status, a.decided_by, a.reason, a.decided_at],
        )?;
        Ok(())
    }

    fn audit_head(&self) -> Result<Option<(i64, String)>> {
        let mut stmt = self.tx.prepare_cached("SELECT value FROM meta WHERE key = 'audit_head'")?;
        let value: Option<String> = stmt.query_row([], |r| r.get(0)).optional()?;
        let Some(value) = value else { return Ok(None) };
        let parsed = value.split_once(':').and_then(|(id, hash)| Some((id.parse().ok()?, hash.to_string())));
        parsed.map(Some).ok_or_else(|| Error::storage("the recorded head of the audit log is damaged"))
    }

    fn insert_audit(&mut self, a: &AuditRow) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(&format!(
            "INSERT INTO audit ({AUDIT_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
        ))?;
        stmt.execute(audit_params(a))?;
        Ok(())
    }

    fn update_audit(&mut self, a: &AuditRow) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(
            "UPDATE audit SET at = ?2, actor = ?3, action = ?4, target_user_id = ?5, target = ?6, details = ?7, \
             pii_digest = ?8, prev_hash = ?9, hash = ?10, purged = ?11, actor_identity = ?12, erased_for = ?13 \
             WHERE id = ?1",
        )?;
        stmt.execute(audit_params(a))?;
        Ok(())
    }

    fn audit_page(&self, after_id: i64, limit: u64) -> Result<Vec<AuditRow>> {
        let mut stmt =
            self.tx.prepare_cached(&format!("SELECT {AUDIT_COLUMNS} FROM audit WHERE id > ?1 ORDER BY id LIMIT ?2"))?;
        let rows = stmt.query_map(params![after_id, limit.min(i64::MAX as u64) as i64], audit_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn audit_mentioning(
        &self,
        user_id: i64,
        actor_identity: &str,
        actor_names: &[String],
        needles: &[String],
    ) -> Result<Vec<AuditRow>> {
        let mut sql = format!("SELECT {AUDIT_COLUMNS} FROM audit WHERE target_user_id = ? OR actor_identity = ?");
        let mut args: Vec<&dyn rusqlite::ToSql> = vec![&user_id, &actor_identity];
        for name in actor_names {
            sql.push_str(" OR actor = ?");
            args.push(name);
        }
        for needle in needles {
            sql.push_str(" OR instr(lower(target), ?) > 0 OR instr(lower(details), ?) > 0");
            args.push(needle);
            args.push(needle);
        }
        sql.push_str(" ORDER BY id");
        let mut stmt = self.tx.prepare(&sql)?;
        let rows = stmt.query_map(args.as_slice(), audit_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn audit_upgrade_pending(&self) -> Result<bool> {
        let mut stmt = self.tx.prepare_cached("SELECT 1 FROM meta WHERE key = 'audit_format_pending'")?;
        Ok(stmt.exists([])?)
    }

    fn finish_audit_upgrade(&mut self) -> Result<()> {
        self.tx.execute("DELETE FROM meta WHERE key = 'audit_format_pending'", [])?;
        Ok(())
    }

    fn rename_actor(&mut self, names: &[String], to: &str) -> Result<()> {
        for name in names {
            self.tx.execute("UPDATE codes SET created_by = ?2 WHERE created_by = ?1", [name, to])?;
            self.tx.execute("UPDATE approvals SET requested_by = ?2 WHERE requested_by = ?1", [name, to])?;
            self.tx.execute("UPDATE approvals SET decided_by = ?2 WHERE decided_by = ?1", [name, to])?;
        }
        Ok(())
    }

    fn set_audit_head(&mut self, id: i64, hash: &str) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(
            "INSERT INTO meta (key, value) VALUES ('audit_head', ?1) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )?;
        stmt.execute([format!("{id}:{hash}")])?;
        Ok(())
    }

    fn list_audit(&self, f: &AuditFilter) -> Result<Vec<AuditRow>> {
        let mut sql = format!("SELECT {AUDIT_COLUMNS} FROM audit WHERE 1");
        let mut args: Vec<(&str, &dyn rusqlite::ToSql)> = Vec::new();
        if let Some(id) = &f.target_user_id {
            // An import records the users it created as id ranges in one entry.
            sql.push_str(
                " AND (target_user_id = :uid OR (action = 'user.import' AND EXISTS \
                 (SELECT 1 FROM json_each(details, '$.ids') r WHERE :uid BETWEEN r.value ->> 0 AND r.value ->> 1)))",
            );
            args.push((":uid", id));
        }
        if let Some(actor) = &f.actor {
            sql.push_str(" AND actor = :actor");
            args.push((":actor", actor));
        }
        if let Some(action) = &f.action {
            sql.push_str(" AND (action = :action OR substr(action, 1, length(:action) + 1) = :action || '.')");
            args.push((":action", action));
        }
        if let Some(since) = &f.since {
            sql.push_str(" AND at >= :since");
            args.push((":since", since));
        }
        if let Some(until) = &f.until {
            sql.push_str(" AND at < :until");
            args.push((":until", until));
        }
        sql.push_str(" ORDER BY id DESC");
        let limit = f.limit.map(|n| n.min(i64::MAX as u64) as i64);
        if let Some(limit) = &limit {
            sql.push_str(" LIMIT :limit");
            args.push((":limit", limit));
        }
        let mut stmt = self.tx.prepare(&sql)?;
        let rows = stmt.query_map(args.as_slice(), audit_from_row)?;
        let mut out: Vec<AuditRow> = rows.collect::<rusqlite::Result<_>>()?;
        out.reverse();
        Ok(out)
    }

    fn for_each_audit(&self, f: &mut dyn FnMut(AuditRow) -> Result<()>) -> Result<()> {
        let mut stmt = self.tx.prepare(&format!("SELECT {AUDIT_COLUMNS} FROM audit ORDER BY id"))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            f(audit_from_row(row)?)?;
        }
        Ok(())
    }

    fn commit(self: Box<Self>) -> Result<()> {
        Ok(self.tx.commit()?)
    }
}
