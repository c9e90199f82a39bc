//! The staging table of an import: the rows of a file, read and checked
//! once, waiting to be decided (every decision of a dry run and of the real
//! run is made from the same staged rows) and written.

use crate::error::Result;
use crate::store::StoredStatus;

/// One row of an import file as checked: the values it sets, each already
/// validated (`None` when absent or invalid), the errors found in the row
/// itself, and its cells as given (for the report; secret cells blanked).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StagedRow {
    /// The line of the file.
    pub line: u64,
    /// The username given.
    pub username: Option<String>,
    /// Display name.
    pub name: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// E.164 phone.
    pub phone: Option<String>,
    /// Employee ID.
    pub employee_id: Option<String>,
    /// Department path.
    pub department: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// The manager as referenced (USER).
    pub manager: Option<String>,
    /// Role labels (`role@department until DATE`), one per line.
    pub roles: Option<String>,
    /// Account expiry (RFC 3339).
    pub expires_at: Option<String>,
    /// The status column (`active`, `disabled` ...).
    pub status: Option<String>,
    /// An imported password hash.
    pub password_hash: Option<String>,
    /// Whether the row has a password to hash (kept out of the store).
    pub has_password: bool,
    /// The row's own errors, as JSON (`[{"field", "value", "message"}]`).
    pub errors: Option<String>,
    /// The cells as given, as a JSON array.
    pub raw: String,
}

/// A new user an import writes: the staged row of `line` with what was
/// decided about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewImportedUser {
    /// The staged row.
    pub line: u64,
    /// The id it gets (from [`ImportTx::next_user_id`], in line order).
    pub id: i64,
    /// The username derived from the email (`None`: the row's own).
    pub username: Option<String>,
    /// The status to store.
    pub status: StoredStatus,
    /// The status a deleted user is restored to.
    pub status_before_delete: Option<StoredStatus>,
    /// A hash made from the row's password (`None`: the row's imported hash, if any).
    pub password_hash: Option<String>,
    /// Must change the password at first login (a generated one).
    pub must_change_password: bool,
    /// The manager, when an existing user.
    pub manager_id: Option<i64>,
    /// The manager, when another new user: the line of its row.
    pub manager_line: Option<u64>,
}

/// A new user as written by [`ImportTx::insert_staged_users`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUserWritten {
    /// The staged row.
    pub line: u64,
    /// The id it got.
    pub id: i64,
    /// Its username.
    pub username: String,
    /// Its status.
    pub status: StoredStatus,
    /// The role labels of its row, one per line.
    pub roles: Option<String>,
}

/// The staging table, private to the connection (a temporary table): it
/// holds the rows between reading the file and writing them.
pub trait ImportTx {
    /// Creates the staging table, or empties it.
    fn stage_clear(&self) -> Result<()>;
    /// Adds rows.
    fn stage(&self, rows: &[StagedRow]) -> Result<()>;
    /// Every row is staged: indexes the rows for the queries below.
    fn stage_done(&self) -> Result<()>;
    /// Up to `limit` rows after line `after`, in line order.
    fn staged(&self, after: u64, limit: usize) -> Result<Vec<StagedRow>>;
    /// The rows whose username, email (ignoring case) or employee ID an
    /// earlier row has: (line, field, value, the first line that has it).
    fn staged_duplicates(&self) -> Result<Vec<(u64, &'static str, String, u64)>>;
    /// The rows whose username, email (ignoring case) or employee ID belongs
    /// to an existing user: (line, field, user id), in line order.
    fn staged_conflicts(&self) -> Result<Vec<(u64, &'static str, i64)>>;
    /// The first row giving `reference` as its username, email (ignoring
    /// case) or employee ID.
    fn staged_line_of(&self, reference: &str) -> Result<Option<u64>>;
    /// A number that changes whenever another connection commits a change
    /// to the database (`None`: the backend cannot tell). Decisions made in
    /// a snapshot still hold in a later transaction that sees the same number.
    fn change_counter(&self) -> Result<Option<i64>>;
    /// The first id a new user may get: after every id ever used (purged
    /// ids stay in the audit log and are never handed out again).
    fn next_user_id(&self) -> Result<i64>;
    /// Adds new users to write, in line order (empties the list first when
    /// `first` is true).
    fn stage_new_users(&self, users: &[NewImportedUser], first: bool) -> Result<()>;
    /// Inserts every user given to [`ImportTx::stage_new_users`] from its
    /// staged row, with one statement, stamped `now`: a manager may be
    /// another new user (foreign keys are checked at the statement's end).
    fn insert_staged_users(&mut self, now: &str) -> Result<()>;
    /// Up to `limit` of the new users written, after line `after`.
    fn new_users_written(&self, after: u64, limit: usize) -> Result<Vec<NewUserWritten>>;
    /// The id given to the new user of `line`.
    fn new_user_id(&self, line: u64) -> Result<Option<i64>>;
    /// The staged row of `line`.
    fn staged_at(&self, line: u64) -> Result<Option<StagedRow>>;
    /// Whether a row gives this username.
    fn staged_has_username(&self, username: &str) -> Result<bool>;
}
