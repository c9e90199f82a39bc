//! The account store: the only part of crmctl that speaks SQL.
//!
//! Domain code sees the store through two narrow traits: [`Backend`] opens
//! transactions and [`Tx`] reads and writes rows inside one. SQLite
//! ([`sqlite`]) is the embedded default; PostgreSQL ([`postgres`]) is a second
//! implementation of the same two traits, with no change to the rules, for a
//! CRM that runs on several servers.
//!
//! Rows here are plain data. What they mean (validation, the effective status,
//! the audit chain) is decided by the domain modules, never here. The states a
//! row can be in are enums defined here ([`StoredStatus`], [`CodeStatus`],
//! [`ApprovalStatus`]...), so that store and rules share one type; a backend
//! maps each to the same text in the database and refuses text it does not
//! know as a storage error. Where a backend must apply a rule in its query for
//! speed, the trait method states the rule as its contract.

pub(crate) mod copy;
pub(crate) mod migrations;
pub mod postgres;
pub mod sqlite;

mod approvals;
mod audit;
mod credentials;
mod forms;
mod imports;
mod roles;
mod settings;
mod users;

pub use approvals::{ApprovalKind, ApprovalRow, ApprovalStatus, ApprovalsTx};
pub use audit::{AuditFilter, AuditRow, AuditTx};
pub use credentials::{CodeKind, CodeRow, CodeStatus, CredentialsTx, TokenRow};
pub use forms::{Applicant, FormKind, FormRow, FormsTx, SignupRow};
pub use imports::{ImportTx, NewImportedUser, NewUserWritten, StagedRow};
pub use roles::{Assignment, RoleRow, RolesTx};
pub use settings::SettingsTx;
pub use sqlite::{Inspection, inspect};
pub use users::{Status, StoredStatus, UserFilter, UserRow, UsersTx, user_name_key};

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::error::{Error, Result};

/// Reads and writes inside one transaction. Dropping it without [`Tx::commit`]
/// rolls everything back.
pub trait Tx:
    SettingsTx + UsersTx + RolesTx + CredentialsTx + ApprovalsTx + FormsTx + AuditTx + ImportTx + copy::CopyTx
{
    /// Makes every change of this transaction durable.
    fn commit(self: Box<Self>) -> Result<()>;
}

/// A database that can open transactions.
pub trait Backend: Send {
    /// Starts a transaction; `write` takes the write lock at once, so that
    /// concurrent writers queue instead of failing on upgrade.
    fn begin(&mut self, write: bool) -> Result<Box<dyn Tx + '_>>;
    /// Keeps the config file's settings for [`Tx::file_settings`].
    fn set_file_settings(&mut self, values: Vec<(String, String)>);
    /// Writes a consistent copy of the whole database to `dest` (a new
    /// SQLite file, whatever the backend).
    fn backup_to(&mut self, dest: &Path) -> Result<()>;
    /// Replaces the whole database with the one in `src` (a SQLite file),
    /// then migrates it.
    fn restore_from(&mut self, src: &Path) -> Result<()>;
    /// The database's own consistency check: empty when healthy.
    fn integrity_check(&mut self) -> Result<Vec<String>>;
    /// Differences between the schema in the database and the one this
    /// version creates (missing, extra or changed tables, indexes, triggers):
    /// empty when they match.
    fn schema_check(&mut self) -> Result<Vec<String>>;
    /// The schema version the database is at.
    fn schema_version(&mut self) -> Result<i64>;
    /// Rewrites the database without free space and empties the SQLite
    /// write-ahead log, so that erased data is nowhere in either (after a
    /// purge); on PostgreSQL, rewrites the tables. False when another
    /// process kept the log from being emptied (or a table from being
    /// rewritten within the busy timeout).
    fn scrub(&mut self) -> Result<bool>;
}

/// Which kind of database a `--db` value names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A SQLite database file.
    Sqlite(PathBuf),
    /// A PostgreSQL connection string.
    Postgres(String),
}

impl Location {
    /// `postgres://…`, `postgresql://…` or a libpq `host=…` string is
    /// PostgreSQL; anything else is a SQLite file path.
    pub fn of(db: &Path) -> Location {
        match db.to_str() {
            Some(text) if ["postgres://", "postgresql://", "host="].iter().any(|p| text.starts_with(p)) => {
                Location::Postgres(text.to_string())
            }
            _ => Location::Sqlite(db.to_path_buf()),
        }
    }
}

/// Refuses, before anything is opened, a database string that can never
/// be used: a PostgreSQL connection string that does not parse or that holds
/// a password (exit 2). A SQLite path is checked when it is opened.
pub fn check_db_string(db: &Path) -> Result<()> {
    match Location::of(db) {
        Location::Sqlite(_) => Ok(()),
        Location::Postgres(text) => postgres::check_string(&text),
    }
}

/// How [`Store::open`] treats a missing database file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// A command that writes: create the file (and folder) when missing.
    Create,
    /// A read-only command: a missing file is exit 3.
    Existing,
}

/// An open account store.
pub struct Store {
    backend: Box<dyn Backend>,
    path: Option<PathBuf>,
    created: bool,
    on_audit: Option<AuditObserver>,
    deadline: Option<std::time::Instant>,
}

/// Called with each audit entry once the transaction that wrote it has committed.
pub type AuditObserver = Box<dyn FnMut(&AuditRow) + Send>;

impl Store {
    /// Opens the store `db` names, migrating it to the current schema.
    ///
    /// `db` is a SQLite file path (created, with [`OpenMode::Create`], when
    /// missing) or a PostgreSQL connection string (`postgres://…`,
    /// `postgresql://…`, `host=…`); see [`Location`]. Concurrent writers wait
    /// up to `busy_timeout` for each other before failing with exit 7.
    pub fn open(db: impl AsRef<Path>, mode: OpenMode, busy_timeout: Duration) -> Result<Store> {
        match Location::of(db.as_ref()) {
            Location::Sqlite(path) => {
                let (backend, created) = sqlite::SqliteBackend::open(&path, mode, busy_timeout)?;
                let mut store = Store::from_backend(Box::new(backend), created);
                store.path = Some(path);
                Ok(store)
            }
            Location::Postgres(db) => {
                let (backend, created) = postgres::PostgresBackend::open(&db, mode, busy_timeout)?;
                Ok(Store::from_backend(Box::new(backend), created))
            }
        }
    }

    /// A store over any backend; `created` says whether opening it made a
    /// new, empty database.
    pub(crate) fn from_backend(backend: Box<dyn Backend>, created: bool) -> Store {
        Store { backend, path: None, created, on_audit: None, deadline: None }
    }

    /// A fresh in-memory SQLite store, for tests and experiments.
    pub fn open_in_memory() -> Result<Store> {
        Ok(Store::from_backend(Box::new(sqlite::SqliteBackend::open_in_memory()?), true))
    }

    /// Hands the store the settings from the config file
    /// ([`crate::config::file_settings`]), which then take precedence over
    /// the stored ones for everything done with this store.
    pub fn with_file_settings(mut self, values: Vec<(String, String)>) -> Store {
        self.backend.set_file_settings(values);
        self
    }

    /// The database file, if the store has one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether this open created the database file.
    pub fn created(&self) -> bool {
        self.created
    }

    /// A consistent copy of the database at `dest` (online: others may keep writing).
    pub fn backup_to(&mut self, dest: &Path) -> Result<()> {
        self.backend.backup_to(dest)
    }

    /// Replaces the database with the one in `src` (checked first with [`inspect`]).
    pub fn restore_from(&mut self, src: &Path) -> Result<()> {
        self.backend.restore_from(src)
    }

    /// Problems found by the database's integrity check (empty: healthy).
    pub fn integrity_check(&mut self) -> Result<Vec<String>> {
        self.backend.integrity_check()
    }

    /// How the schema differs from the one this version creates (empty: it matches).
    pub fn schema_check(&mut self) -> Result<Vec<String>> {
        self.backend.schema_check()
    }

    /// The schema version the database is at (`/healthz`).
    pub fn schema_version(&mut self) -> Result<i64> {
        self.backend.schema_version()
    }

    /// Write transactions still running at `at` roll back instead of
    /// committing (exit 7): a server request past its time limit, whose
    /// client was already told it failed, writes nothing. `None` lifts it.
    pub fn set_deadline(&mut self, at: Option<std::time::Instant>) {
        self.deadline = at;
    }

    /// Runs `f` in a read transaction (a consistent snapshot).
    pub fn read<T>(&mut self, f: impl FnOnce(&dyn Tx) -> Result<T>) -> Result<T> {
        let tx = self.backend.begin(false)?;
        let value = f(tx.as_ref())?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `f` in a write transaction: committed if `f` succeeds, rolled back
    /// if it fails.
    pub fn write<T>(&mut self, f: impl FnOnce(&mut dyn Tx) -> Result<T>) -> Result<T> {
        self.write_if(|tx| f(tx).map(|value| (value, true)))
    }

    /// Runs `f` in a write transaction, committed only if `f` succeeds and
    /// answers `true` along with its value; otherwise rolled back (an import
    /// that finds, half-way, that it must write nothing).
    pub fn write_if<T>(&mut self, f: impl FnOnce(&mut dyn Tx) -> Result<(T, bool)>) -> Result<T> {
        let mut tx = self.backend.begin(true)?;
        // The head is read only when someone watches for new entries.
        let before = match self.on_audit {
            Some(_) => tx.audit_head()?.map_or(0, |(id, _)| id),
            None => 0,
        };
        let (value, keep) = f(tx.as_mut())?;
        if keep && self.deadline.is_some_and(|at| std::time::Instant::now() >= at) {
            // Dropping the transaction rolls it back.
            return Err(Error::busy("the request ran past its time limit; nothing was written")
                .hint("retry; a large change may need crmctl serve --request-timeout"));
        }
        if keep {
            let written = match self.on_audit {
                Some(_) => tx.audit_page(before, u64::MAX)?,
                None => Vec::new(),
            };
            tx.commit()?;
            if let Some(observe) = self.on_audit.as_mut() {
                written.iter().for_each(observe);
            }
        }
        Ok(value)
    }

    /// Calls `observe` with every audit entry this store writes, after its
    /// transaction commits (`audit.syslog`).
    pub fn on_audit_commit(&mut self, observe: AuditObserver) {
        self.on_audit = Some(observe);
    }

    /// See [`Backend::scrub`].
    pub fn scrub(&mut self) -> Result<bool> {
        self.backend.scrub()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A write still running at its deadline rolls back: a server request
    /// past its time limit, already answered 408, writes nothing.
    #[test]
    fn writes_past_the_deadline_roll_back() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        store.set_deadline(Some(std::time::Instant::now()));
        let late = store.write(|tx| tx.set_setting("org.name", "Late Ltd"));
        assert_eq!(late.map_err(|e| e.kind), Err(crate::error::Kind::Busy));
        assert_eq!(store.read(|tx| tx.setting("org.name"))?, None, "rolled back");
        store.set_deadline(None);
        store.write(|tx| tx.set_setting("org.name", "On Time Ltd"))?;
        assert_eq!(store.read(|tx| tx.setting("org.name"))?.as_deref(), Some("On Time Ltd"));
        Ok(())
    }

    #[test]
    fn a_store_moves_between_threads() {
        fn send<T: Send>(_: &T) {}
        let store = Store::open_in_memory();
        assert!(store.is_ok());
        if let Ok(store) = store {
            send(&store);
            let moved = std::thread::spawn(move || store.created()).join();
            assert!(matches!(moved, Ok(true)));
        }
    }

    #[test]
    fn the_database_string_chooses_the_backend() {
        assert_eq!(Location::of(Path::new("crm.db")), Location::Sqlite(PathBuf::from("crm.db")));
        assert_eq!(Location::of(Path::new("./postgres://x")), Location::Sqlite(PathBuf::from("./postgres://x")));
        for db in ["postgres://crm@db/crm", "postgresql://db/crm", "host=/run/postgresql dbname=crm"] {
            assert_eq!(Location::of(Path::new(db)), Location::Postgres(db.to_string()));
        }
    }
}
