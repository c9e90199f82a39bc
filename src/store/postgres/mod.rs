//! The PostgreSQL backend: a connection (password from `PGPASSWORD` or
//! `~/.pgpass`, never the `--db` string), migrations, writers serialised
//! across processes and machines, and the queries behind [`Tx`], file by file
//! beside the SQLite ones.
//!
//! # How writers stay exact
//!
//! Every write transaction runs at READ COMMITTED and first takes one
//! transaction-level advisory lock (`pg_advisory_xact_lock`), waiting at
//! most the busy timeout (`lock_timeout`; then exit 7). So writers run one
//! at a time, on every machine, as SQLite's write lock makes them; and as
//! each statement of a READ COMMITTED transaction sees everything committed
//! before it started, a writer that holds the lock reads the latest state:
//! the rules' read-then-write steps (the audit head, the seat count, lockout
//! counters, single-use codes, the last admin) hold without retry loops.
//! REPEATABLE READ or SERIALIZABLE writers would fix their snapshot when the
//! lock statement starts, before the lock is granted, and read stale rows.
//!
//! Read transactions run at REPEATABLE READ: one snapshot for the whole
//! transaction, as a SQLite read transaction has, never blocked by writers
//! and never failing with a serialization error.

use std::cell::{Cell as Flag, RefCell};
use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

use postgres::error::SqlState;
use postgres::types::ToSql;
use postgres::{Client, NoTls, Row, Statement};

use super::{Backend, OpenMode, Tx};
use crate::error::{Error, Result};

mod approvals;
mod audit;
mod connect;
mod copy;
mod credentials;
mod forms;
mod imports;
pub(crate) mod migrations;
mod roles;
mod schema;
mod settings;
mod users;

use migrations::MIGRATIONS;

/// The advisory lock every writer takes: "crmctl" in ASCII. Advisory locks
/// belong to one database, so two crmctl databases on a server do not wait
/// for each other.
const WRITE_LOCK: i64 = 0x63_72_6d_63_74_6c;

/// Statements kept prepared per connection (the rest are prepared again).
const CACHED_STATEMENTS: usize = 256;

fn latest() -> i64 {
    MIGRATIONS.len() as i64
}

/// Translates PostgreSQL failures into the error kinds of docs/reference.md,
/// as the SQLite backend does for its own.
impl From<postgres::Error> for Error {
    fn from(err: postgres::Error) -> Self {
        let Some(db) = err.as_db_error() else {
            if err.is_closed() {
                return Error::storage("the connection to the PostgreSQL server was closed")
                    .hint("check that the server is running, then try again");
            }
            return Error::storage(format!("PostgreSQL: {err}"));
        };
        let code = db.code();
        if *code == SqlState::LOCK_NOT_AVAILABLE
            || *code == SqlState::T_R_SERIALIZATION_FAILURE
            || *code == SqlState::T_R_DEADLOCK_DETECTED
        {
            return Error::busy("the database stayed locked by another crmctl past the busy timeout")
                .hint("try again; raise CRMCTL_BUSY_TIMEOUT_MS to wait longer");
        }
        if code.code().starts_with("23") {
            let what = match db.constraint() {
                Some("users_username_key") => "username",
                Some("users_email_norm_key") => "email",
                Some("users_employee_id_key") => "employee ID",
                Some("users_scim_user_name") => "userName",
                _ => "value",
            };
            return Error::conflict(format!("that {what} is already taken"));
        }
        if *code == SqlState::DISK_FULL {
            return Error::storage("the database server's disk is full; nothing was written");
        }
        if *code == SqlState::INSUFFICIENT_PRIVILEGE {
            return Error::storage(format!("cannot write the database: {}", db.message()))
                .hint("grant the crmctl role the privileges it needs on the database (see README, Several servers)");
        }
        Error::storage(format!("PostgreSQL: {}", db.message()))
    }
}

/// Refuses a connection string that does not parse or holds a password
/// (exit 2), without connecting.
pub(crate) fn check_string(db: &str) -> Result<()> {
    connect::config(db).map(|_| ())
}

/// The error for a connection that was not made: the server's own words.
fn not_connected(db: &str, err: &postgres::Error) -> Error {
    let why = match err.as_db_error() {
        Some(db_err) => db_err.message().to_string(),
        None => {
            // The crate's words for a failed connect, with the cause after them.
            let mut text = err.to_string();
            let mut source = std::error::Error::source(err);
            while let Some(cause) = source {
                let more = cause.to_string();
                if !text.contains(&more) {
                    text = format!("{text}: {more}");
                }
                source = cause.source();
            }
            text
        }
    };
    let mut error = Error::storage(format!("cannot connect to PostgreSQL ({db}): {why}"));
    let auth = err.as_db_error().is_some_and(|e| e.code().code().starts_with("28")) || why.contains("password");
    if auth {
        error = error.hint("put the password in PGPASSWORD or in ~/.pgpass (mode 0600), never in --db");
    } else {
        error = error.hint("check that the server is running and that --db names the right host, port and database");
    }
    error
}

/// A PostgreSQL database.
pub struct PostgresBackend {
    /// `None` only while dropping.
    client: Option<Client>,
    statements: HashMap<String, Statement>,
    file_settings: Vec<(String, String)>,
    busy_timeout: Duration,
    name: String,
}

impl Drop for PostgresBackend {
    fn drop(&mut self) {
        // Closing a client blocks on the client's own runtime, which tokio
        // forbids on a thread that drives another one (a server's pool is
        // dropped on one): close it on a thread of its own there.
        if let Some(client) = self.client.take()
            && tokio::runtime::Handle::try_current().is_ok()
        {
            let _ = std::thread::Builder::new().name("crmctl-pg-close".into()).spawn(move || drop(client));
        }
    }
}

impl PostgresBackend {
    /// Connects to `db` (a URL or a libpq key=value string) and migrates its
    /// schema; with [`OpenMode::Existing`], a database without crmctl's
    /// tables is exit 3, as a missing SQLite file is. Returns whether this
    /// call created the tables.
    pub fn open(db: &str, mode: OpenMode, busy_timeout: Duration) -> Result<(Self, bool)> {
        let config = connect::config(db)?;
        let client = config.connect(NoTls).map_err(|err| not_connected(db, &err))?;
        let mut backend = PostgresBackend {
            client: Some(client),
            statements: HashMap::new(),
            file_settings: Vec::new(),
            busy_timeout,
            name: db.to_string(),
        };
        let created = backend.migrate(mode)?;
        Ok((backend, created))
    }

    fn client(&mut self) -> Result<&mut Client> {
        self.client.as_mut().ok_or_else(|| Error::storage("the connection to the PostgreSQL server was closed"))
    }

    /// `SET LOCAL lock_timeout` for the busy timeout (0 in PostgreSQL would
    /// mean "wait forever"; here it means "do not wait").
    fn lock_timeout(&self) -> String {
        format!("SET LOCAL lock_timeout = {}", self.busy_timeout.as_millis().clamp(1, i32::MAX as u128))
    }

    /// The schema version, 0 when crmctl's tables are not there.
    fn version_in(client: &mut Client) -> Result<i64> {
        let row = client.query_one("SELECT to_regclass('schema_version') IS NOT NULL", &[])?;
        if !row.try_get::<_, bool>(0)? {
            return Ok(0);
        }
        let row = client.query_one("SELECT coalesce(max(version), 0) FROM schema_version", &[])?;
        Ok(row.try_get(0)?)
    }

    fn foreign_tables(client: &mut Client) -> Result<i64> {
        let row = client.query_one(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_version'",
            &[],
        )?;
        Ok(row.try_get(0)?)
    }

    fn migrate(&mut self, mode: OpenMode) -> Result<bool> {
        let name = self.name.clone();
        let lock = self.lock_timeout();
        let client = self.client()?;
        let version = Self::version_in(client)?;
        check_version(version)?;
        if version == latest() {
            return Ok(false);
        }
        if version == 0 && Self::foreign_tables(client)? > 0 {
            return Err(not_ours(&name));
        }
        if version == 0 && mode == OpenMode::Existing {
            return Err(Error::not_found(format!("no crmctl database in {name} (its schema has no crmctl tables)"))
                .hint("create it with `crmctl init`, or point --db / CRMCTL_DB at the right database"));
        }
        // Another process may migrate at the same moment: take the write
        // lock, then look again.
        let mut tx = client.transaction()?;
        tx.batch_execute(&format!("{lock}; SELECT pg_advisory_xact_lock({WRITE_LOCK})"))?;
        tx.batch_execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")?;
        let version: i64 = tx.query_one("SELECT coalesce(max(version), 0) FROM schema_version", &[])?.try_get(0)?;
        check_version(version)?;
        if version == 0 {
            let others: i64 = tx
                .query_one(
                    "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() \
                     AND tablename <> 'schema_version'",
                    &[],
                )?
                .try_get(0)?;
            if others > 0 {
                return Err(not_ours(&name));
            }
        }
        for sql in MIGRATIONS.iter().skip(version as usize) {
            tx.batch_execute(sql)?;
        }
        tx.batch_execute(&format!("DELETE FROM schema_version; INSERT INTO schema_version VALUES ({})", latest()))?;
        tx.commit()?;
        Ok(version == 0)
    }
}

fn not_ours(name: &str) -> Error {
    Error::storage(format!("{name} holds tables, but it is not one of crmctl's databases (left untouched)"))
        .hint("give crmctl a database (or a schema: options=-csearch_path=crm) of its own")
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

impl Backend for PostgresBackend {
    fn begin(&mut self, write: bool) -> Result<Box<dyn Tx + '_>> {
        let begin = match write {
            true => format!(
                "BEGIN ISOLATION LEVEL READ COMMITTED; {}; SELECT pg_advisory_xact_lock({WRITE_LOCK})",
                self.lock_timeout()
            ),
            false => format!("BEGIN ISOLATION LEVEL REPEATABLE READ; {}", self.lock_timeout()),
        };
        let client = self.client.as_mut().ok_or_else(|| Error::storage("the PostgreSQL connection is closed"))?;
        let tx = PgTx {
            conn: RefCell::new(Conn { client, statements: &mut self.statements }),
            file_settings: &self.file_settings,
            open: Flag::new(true),
            failed: Flag::new(false),
        };
        // Dropped on failure: rolled back.
        tx.batch(&begin)?;
        Ok(Box::new(tx))
    }

    fn set_file_settings(&mut self, values: Vec<(String, String)>) {
        self.file_settings = values;
    }

    fn backup_to(&mut self, dest: &Path) -> Result<()> {
        // A SQLite file with every row, read in one snapshot: what `restore`
        // (on either store) and `store copy` read back.
        super::sqlite::write_copy(dest, |sqlite| {
            let tx = self.begin(false)?;
            let copied = sqlite.write(|to| super::copy::copy_all(tx.as_ref(), to));
            tx.commit()?;
            copied.map(|_| ())
        })
    }

    fn restore_from(&mut self, src: &Path) -> Result<()> {
        super::sqlite::read_copy(src, |sqlite| {
            self.statements.clear();
            let mut tx = self.begin(true)?;
            sqlite.read(|from| super::copy::copy_all(from, tx.as_mut()))?;
            tx.commit()
        })
    }

    fn integrity_check(&mut self) -> Result<Vec<String>> {
        schema::integrity(self.client()?)
    }

    fn schema_check(&mut self) -> Result<Vec<String>> {
        let lock = self.lock_timeout();
        schema::differences(self.client()?, &lock)
    }

    fn schema_version(&mut self) -> Result<i64> {
        Self::version_in(self.client()?)
    }

    fn scrub(&mut self) -> Result<bool> {
        // VACUUM FULL writes each table anew from its live rows and removes
        // the old files, so erased rows are in no table file (the server's
        // write-ahead log and its backups are the operator's to rotate).
        let timeout = self.busy_timeout.as_millis().clamp(1, i32::MAX as u128);
        let client = self.client()?;
        client.batch_execute(&format!("SET lock_timeout = {timeout}"))?;
        let vacuumed = client.batch_execute(&format!("VACUUM (FULL) {}", super::copy::TABLES.join(", ")));
        client.batch_execute("RESET lock_timeout")?;
        match vacuumed {
            Ok(()) => Ok(true),
            Err(err) if err.code() == Some(&SqlState::LOCK_NOT_AVAILABLE) => Ok(false),
            Err(err) => Err(err.into()),
        }
    }
}

/// The connection while a transaction is open.
struct Conn<'c> {
    client: &'c mut Client,
    statements: &'c mut HashMap<String, Statement>,
}

/// Parameters of one statement.
type Params<'a> = &'a [&'a (dyn ToSql + Sync)];

/// A transaction (BEGIN was sent). The trait's readers take `&self` while
/// the client needs `&mut`: the connection sits in a `RefCell`, borrowed
/// for one statement at a time and never while calling back into the caller.
pub(crate) struct PgTx<'c> {
    conn: RefCell<Conn<'c>>,
    file_settings: &'c [(String, String)],
    /// Not yet committed or rolled back.
    open: Flag<bool>,
    /// A statement failed: PostgreSQL has aborted the transaction, and a
    /// COMMIT would silently roll it back, so commit refuses.
    failed: Flag<bool>,
}

impl PgTx<'_> {
    fn with<T>(&self, f: impl FnOnce(&mut Conn<'_>) -> std::result::Result<T, postgres::Error>) -> Result<T> {
        let mut conn =
            self.conn.try_borrow_mut().map_err(|_| Error::storage("the transaction is busy (re-entered)"))?;
        f(&mut conn).map_err(|err| {
            self.failed.set(true);
            Error::from(err)
        })
    }

    fn batch(&self, sql: &str) -> Result<()> {
        self.with(|c| c.client.batch_execute(sql))
    }

    fn query(&self, sql: &str, params: Params<'_>) -> Result<Vec<Row>> {
        self.with(|c| {
            let stmt = c.prepared(sql)?;
            c.client.query(&stmt, params)
        })
    }

    fn query_opt(&self, sql: &str, params: Params<'_>) -> Result<Option<Row>> {
        Ok(self.query(sql, params)?.into_iter().next())
    }

    fn query_one(&self, sql: &str, params: Params<'_>) -> Result<Row> {
        self.query_opt(sql, params)?.ok_or_else(|| Error::storage("the database answered no row where one was due"))
    }

    fn execute(&self, sql: &str, params: Params<'_>) -> Result<u64> {
        self.with(|c| {
            let stmt = c.prepared(sql)?;
            c.client.execute(&stmt, params)
        })
    }
}

impl Conn<'_> {
    fn prepared(&mut self, sql: &str) -> std::result::Result<Statement, postgres::Error> {
        if let Some(stmt) = self.statements.get(sql) {
            return Ok(stmt.clone());
        }
        let stmt = self.client.prepare(sql)?;
        if self.statements.len() >= CACHED_STATEMENTS {
            self.statements.clear();
        }
        self.statements.insert(sql.to_string(), stmt.clone());
        Ok(stmt)
    }
}

impl Drop for PgTx<'_> {
    fn drop(&mut self) {
        if self.open.get()
            && let Ok(mut conn) = self.conn.try_borrow_mut()
        {
            let _ = conn.client.batch_execute("ROLLBACK");
        }
    }
}

impl Tx for PgTx<'_> {
    fn commit(self: Box<Self>) -> Result<()> {
        if self.failed.get() {
            return Err(Error::storage("a statement of the transaction failed; nothing was written"));
        }
        self.batch("COMMIT")?;
        self.open.set(false);
        Ok(())
    }
}

/// A column of a row.
fn get<'a, T: postgres::types::FromSql<'a>>(row: &'a Row, i: usize) -> Result<T> {
    Ok(row.try_get(i)?)
}

/// A 0/1 flag column.
fn flag(row: &Row, i: usize) -> Result<bool> {
    Ok(get::<i64>(row, i)? != 0)
}

/// A column holding one of the store's enums as text; text the enum does
/// not know (a database changed by hand, or by a newer crmctl) is a storage
/// error, never a panic.
fn text_enum<T>(row: &Row, i: usize, parse: fn(&str) -> Option<T>, what: &str) -> Result<T> {
    let text: String = get(row, i)?;
    parse(&text).ok_or_else(|| Error::storage(format!("unknown {what} '{}'", text.escape_debug())))
}

/// The same, for a nullable column.
fn text_enum_opt<T>(row: &Row, i: usize, parse: fn(&str) -> Option<T>, what: &str) -> Result<Option<T>> {
    let text: Option<String> = get(row, i)?;
    text.map(|text| parse(&text).ok_or_else(|| Error::storage(format!("unknown {what} '{}'", text.escape_debug()))))
        .transpose()
}

/// SQLite's `lower()`: ASCII letters only, whatever the server's locale.
fn ascii_lower(expr: &str) -> String {
    format!("translate({expr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')")
}

/// The next id of `table`, as SQLite's AUTOINCREMENT picks it: one past the
/// highest ever handed out (the `sequences` table) or in the table.
fn next_id(table: &str) -> String {
    format!(
        "(SELECT greatest(coalesce((SELECT seq FROM sequences WHERE name = '{table}'), 0), \
         coalesce((SELECT max(id) FROM {table}), 0)) + 1)"
    )
}

/// Inserts one row with the next id of `table` and records that id as used
/// (in one statement); `rest` is `(columns) VALUES (...)` without the id and
/// may end with an ON CONFLICT clause. Returns the id, if a row was written.
fn insert_with_id(table: &str, columns: &str, values: &str, on_conflict: &str) -> String {
    format!(
        "WITH ins AS (INSERT INTO {table} (id, {columns}) VALUES ({next}, {values}) {on_conflict} RETURNING id), \
         mark AS (INSERT INTO sequences (name, seq) SELECT '{table}', id FROM ins \
                  ON CONFLICT (name) DO UPDATE SET seq = greatest(sequences.seq, excluded.seq)) \
         SELECT id FROM ins",
        next = next_id(table)
    )
}

/// Placeholders `$from..$to`, comma-separated.
fn placeholders(from: usize, to: usize) -> String {
    (from..=to).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
}
