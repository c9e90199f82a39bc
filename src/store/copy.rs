//! Whole-database copies between stores: SQLite to PostgreSQL and back
//! (`backup` and `restore` on PostgreSQL, `store copy`).
//!
//! Both backends keep the same tables with the same columns and the same
//! values (text, integers and NULL; booleans as 0 and 1), so a copy moves
//! every row of every table as it is, ids included, and then the marks that
//! keep ids from being handed out twice. What the rows mean (the audit
//! chain, whether a database already holds an organisation) is for the
//! callers to check; this module only moves rows.

use crate::error::{Error, Result};

/// One stored value, as both backends keep it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// NULL.
    Null,
    /// An integer (ids, counters, flags).
    Int(i64),
    /// Text (everything else, timestamps included).
    Text(String),
}

/// crmctl's tables, parents before children. Every table the migrations
/// create is here (a test holds this list to the SQLite schema).
pub const TABLES: &[&str] = &[
    "meta",
    "settings",
    "roles",
    "role_permissions",
    "users",
    "user_roles",
    "tokens",
    "forms",
    "approvals",
    "signups",
    "codes",
    "replaced_codes",
    "audit",
];

/// Whole-table access for copies. (part of [`Tx`](super::Tx))
pub trait CopyTx {
    /// The columns of `table`, in the table's order.
    fn copy_columns(&self, table: &str) -> Result<Vec<String>>;
    /// Calls `f` with every row of `table` (the values of `columns`).
    fn copy_rows(&self, table: &str, columns: &[String], f: &mut dyn FnMut(Vec<Cell>) -> Result<()>) -> Result<()>;
    /// Inserts rows into `table` as they are (ids included).
    fn copy_insert(&mut self, table: &str, columns: &[String], rows: &[Vec<Cell>]) -> Result<()>;
    /// Checks foreign keys when the transaction commits rather than after
    /// each statement (a user's manager may come later in the copy).
    fn defer_foreign_keys(&mut self) -> Result<()>;
    /// Deletes every row of `table`.
    fn copy_clear(&mut self, table: &str) -> Result<()>;
    /// For each table whose ids are never reused, the highest id ever handed
    /// out (SQLite's `sqlite_sequence`).
    fn id_marks(&self) -> Result<Vec<(String, i64)>>;
    /// Raises the marks of [`CopyTx::id_marks`] to at least these.
    fn raise_id_marks(&mut self, marks: &[(String, i64)]) -> Result<()>;
}

/// Rows written per statement.
const BATCH: usize = 500;

/// Replaces every row of `dst` with the rows of `src` (both at the same
/// schema version). Returns how many rows were copied, table by table.
pub fn copy_all(src: &dyn super::Tx, dst: &mut dyn super::Tx) -> Result<Vec<(&'static str, u64)>> {
    dst.defer_foreign_keys()?;
    for table in TABLES.iter().rev() {
        dst.copy_clear(table)?;
    }
    let mut counts = Vec::with_capacity(TABLES.len());
    for table in TABLES {
        let mut copied = 0u64;
        let columns = src.copy_columns(table)?;
        let mut theirs = dst.copy_columns(table)?;
        let mut ours = columns.clone();
        ours.sort();
        theirs.sort();
        if ours != theirs {
            return Err(Error::storage(format!(
                "the two databases' `{table}` tables have different columns ({} and {})",
                ours.join(", "),
                theirs.join(", ")
            ))
            .hint("open both with the same crmctl, which migrates them to its schema, then copy again"));
        }
        let mut batch = Vec::with_capacity(BATCH);
        src.copy_rows(table, &columns, &mut |row| {
            batch.push(row);
            copied += 1;
            if batch.len() == BATCH {
                dst.copy_insert(table, &columns, &batch)?;
                batch.clear();
            }
            Ok(())
        })?;
        if !batch.is_empty() {
            dst.copy_insert(table, &columns, &batch)?;
        }
        counts.push((*table, copied));
    }
    dst.raise_id_marks(&src.id_marks()?)?;
    Ok(counts)
}
