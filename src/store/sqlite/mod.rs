//! The SQLite backend: file creation with safe modes, WAL, busy timeout,
//! migrations, and the queries behind [`Tx`].

use std::fs;
use std::io::ErrorKind as IoKind;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OptionalExtension, TransactionBehavior};

use super::migrations::{MIGRATIONS, latest};
use super::{Backend, OpenMode, Tx};
use crate::error::{Error, Result};

/// Stores an enum of the store layer as the text its `as_str` gives, and
/// reads it back with its `parse`: text the enum does not know (a database
/// changed by hand, or by a newer crmctl) is a conversion error, which
/// becomes a storage error (exit 8), never a panic.
macro_rules! text_enum {
    ($ty:ty, $what:literal) => {
        impl rusqlite::types::ToSql for $ty {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.as_str()))
            }
        }

        impl rusqlite::types::FromSql for $ty {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                <$ty>::parse(text).ok_or_else(|| {
                    rusqlite::types::FromSqlError::Other(format!("unknown {} '{}'", $what, text.escape_debug()).into())
                })
            }
        }
    };
}

mod approvals;
mod audit;
mod copy;
mod credentials;
mod forms;
mod imports;
mod roles;
mod settings;
mod users;

/// Translates SQLite failures into the error kinds of docs/reference.md.
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
                } else if text.contains("users_scim_user_name") {
                    "userName"
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
    /// This process's queue of writers of the same file (none in memory).
    writers: Option<Arc<WriterQueue>>,
    busy_timeout: Duration,
}

/// The writers of one database file in this process take turns here, in
/// order, before SQLite's own lock. SQLite's busy handler sleeps between
/// tries (1, 2, 5 … 100 ms), so connections of one process (`crmctl serve`'s
/// pool) that met at its lock slept milliseconds for a lock held for
/// microseconds. Other processes still meet at SQLite's lock and its busy
/// timeout; waiting here past the busy timeout is the same exit 7.
struct WriterQueue {
    writing: Mutex<bool>,
    done: Condvar,
}

/// A writer's turn; the next one goes when it is dropped.
struct WriterTurn(Arc<WriterQueue>);

impl WriterQueue {
    /// The queue of the file at `path` (by its canonical path).
    fn of(path: &Path) -> Arc<WriterQueue> {
        static QUEUES: Mutex<Vec<(PathBuf, Arc<WriterQueue>)>> = Mutex::new(Vec::new());
        let key = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let mut queues = QUEUES.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((_, queue)) = queues.iter().find(|(p, _)| *p == key) {
            return queue.clone();
        }
        let queue = Arc::new(WriterQueue { writing: Mutex::new(false), done: Condvar::new() });
        queues.push((key, queue.clone()));
        queue
    }

    fn take(self: &Arc<Self>, timeout: Duration) -> Result<WriterTurn> {
        let until = std::time::Instant::now() + timeout;
        let mut writing = self.writing.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        while *writing {
            let left = until.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                return Err(Error::busy("the database stayed locked by another writer past the busy timeout")
                    .hint("try again; raise CRMCTL_BUSY_TIMEOUT_MS to wait longer"));
            }
            writing = self.done.wait_timeout(writing, left).unwrap_or_else(|poisoned| poisoned.into_inner()).0;
        }
        *writing = true;
        Ok(WriterTurn(self.clone()))
    }
}

impl Drop for WriterTurn {
    fn drop(&mut self) {
        *self.0.writing.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = false;
        self.0.done.notify_one();
    }
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
        // Every statement a request runs stays prepared: rusqlite keeps 16,
        // fewer than one server request cycles through.
        conn.set_prepared_statement_cache_capacity(256);
        if created {
            // Larger pages than the default 4 KiB: B-trees of fewer, fuller
            // pages, and about a tenth less time to import a large batch.
            conn.execute_batch("PRAGMA page_size = 16384")?;
        }
        // 16 MiB of page cache: a larger one made imports no faster, and the
        // import of a million rows must stay under 200 MB in all.
        conn.execute_batch("PRAGMA cache_size = -16384")?;
        let backend =
            SqliteBackend { conn, file_settings: Vec::new(), writers: Some(WriterQueue::of(path)), busy_timeout };
        backend.prepare(true).map_err(|err| name_path(err, path))?;
        Ok((backend, created))
    }

    /// A new in-memory database with the current schema.
    pub fn open_in_memory() -> Result<Self> {
        let backend = SqliteBackend {
            conn: Connection::open_in_memory()?,
            file_settings: Vec::new(),
            writers: None,
            busy_timeout: Duration::ZERO,
        };
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
        let turn = match (write, &self.writers) {
            (true, Some(queue)) => Some(queue.take(self.busy_timeout)?),
            _ => None,
        };
        let tx = self.conn.transaction_with_behavior(behavior)?;
        Ok(Box::new(SqliteTx { tx, file_settings: &self.file_settings, _turn: turn }))
    }

    fn set_file_settings(&mut self, values: Vec<(String, String)>) {
        self.file_settings = values;
    }

    fn backup_to(&mut self, dest: &Path) -> Result<()> {
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

    fn schema_check(&mut self) -> Result<Vec<String>> {
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

    fn integrity_check(&mut self) -> Result<Vec<String>> {
        integrity(&self.conn)
    }

    fn schema_version(&mut self) -> Result<i64> {
        self.user_version()
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

/// Writes a new SQLite database at `dest` (mode 0600, never over a file or
/// through a symlink: exit 4) with what `fill` puts into it, as `backup` on
/// another store does.
pub(crate) fn write_copy(dest: &Path, fill: impl FnOnce(&mut super::Store) -> Result<()>) -> Result<()> {
    let file = crate::files::NewFile::create(dest, "backup")?;
    {
        let (backend, _) = SqliteBackend::open(file.temp_path(), OpenMode::Create, Duration::from_secs(5))?;
        let mut store = super::Store::from_backend(Box::new(backend), true);
        fill(&mut store)?;
    }
    // Back out of WAL mode, as a backup file is (one file, no -wal beside it).
    let conn = Connection::open(file.temp_path())?;
    conn.execute_batch("PRAGMA journal_mode = DELETE")?;
    conn.close().map_err(|(_, err)| Error::from(err))?;
    file.commit()
}

/// Opens a copy of the SQLite database `src` (migrated to this version's
/// schema; `src` itself is not changed) for `read` to take rows from.
pub(crate) fn read_copy<T>(src: &Path, read: impl FnOnce(&mut super::Store) -> Result<T>) -> Result<T> {
    let dir = tempfile::tempdir().map_err(|err| Error::storage(format!("cannot make a temporary folder: {err}")))?;
    let copy = dir.path().join("restore.db");
    {
        let source = Connection::open_with_flags(src, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| name_path(Error::from(e), src))?;
        let mut dst = Connection::open(&copy)?;
        let backup = rusqlite::backup::Backup::new(&source, &mut dst)?;
        backup.step(-1)?;
    }
    let (backend, _) = SqliteBackend::open(&copy, OpenMode::Existing, Duration::from_secs(5))?;
    let mut store = super::Store::from_backend(Box::new(backend), false);
    read(&mut store)
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
    /// Declared after `tx`: the next writer goes once this one has
    /// committed or rolled back.
    _turn: Option<WriterTurn>,
}

impl Tx for SqliteTx<'_> {
    fn commit(self: Box<Self>) -> Result<()> {
        let SqliteTx { tx, _turn, .. } = *self;
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;
    use crate::store::{ApprovalStatus, CodeKind, CodeStatus, StoredStatus};

    /// Reads `text` back as a `T` through SQLite, as a row's column would be.
    fn read_back<T: rusqlite::types::FromSql>(text: &str) -> Result<T> {
        let conn = Connection::open_in_memory()?;
        Ok(conn.query_row("SELECT ?1", [text], |r| r.get(0))?)
    }

    #[test]
    fn states_are_stored_as_their_text_and_unknown_text_is_a_storage_error() -> Result<()> {
        for status in StoredStatus::ALL {
            assert_eq!(read_back::<StoredStatus>(status.as_str())?, status);
        }
        for status in ApprovalStatus::ALL {
            assert_eq!(read_back::<ApprovalStatus>(status.as_str())?, status);
        }
        assert_eq!(read_back::<CodeStatus>("used")?, CodeStatus::Used);
        assert_eq!(read_back::<CodeKind>("reset")?, CodeKind::Reset);
        let conn = Connection::open_in_memory()?;
        let written: String = conn.query_row("SELECT ?1", [StoredStatus::Locked], |r| r.get(0))?;
        assert_eq!(written, "locked");
        for bogus in ["expired", "Active", "", "archived"] {
            let err = read_back::<StoredStatus>(bogus).err();
            assert_eq!(err.as_ref().map(|e| e.kind), Some(Kind::Storage), "{bogus:?}");
            assert!(err.is_some_and(|e| e.message.contains("unknown user status")));
        }
        assert_eq!(read_back::<CodeStatus>("expired").err().map(|e| e.kind), Some(Kind::Storage));
        assert_eq!(read_back::<ApprovalStatus>("maybe").err().map(|e| e.kind), Some(Kind::Storage));
        Ok(())
    }
}
