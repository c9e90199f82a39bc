//! PostgreSQL queries: whole-table access for copies between stores.

use postgres::fallible_iterator::FallibleIterator;
use postgres::types::{IsNull, ToSql, Type, to_sql_checked};

use super::{PgTx, get};
use crate::error::{Error, Result};
use crate::store::copy::{Cell, CopyTx, TABLES};

impl ToSql for Cell {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Cell::Null => Ok(IsNull::Yes),
            Cell::Int(v) if <i64 as ToSql>::accepts(ty) => v.to_sql(ty, out),
            Cell::Text(s) if <&str as ToSql>::accepts(ty) => s.as_str().to_sql(ty, out),
            _ => Err(format!("a value of the wrong type for a {ty} column").into()),
        }
    }

    fn accepts(ty: &Type) -> bool {
        <i64 as ToSql>::accepts(ty) || <&str as ToSql>::accepts(ty)
    }

    to_sql_checked!();
}

/// `table`, if it is one of crmctl's: names are put into SQL text, so only
/// known ones are.
fn known(table: &str) -> Result<&str> {
    TABLES.iter().find(|t| **t == table).copied().ok_or_else(|| Error::storage(format!("no table `{table}` to copy")))
}

fn quoted(column: &str) -> String {
    format!("\"{}\"", column.replace('"', "\"\""))
}

/// Tables whose ids are handed out by the backend (SQLite's AUTOINCREMENT).
const COUNTED: [&str; 5] = ["users", "tokens", "forms", "approvals", "codes"];

impl CopyTx for PgTx<'_> {
    fn copy_columns(&self, table: &str) -> Result<Vec<String>> {
        let rows = self.query(
            "SELECT column_name::text FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
            &[&known(table)?],
        )?;
        rows.iter().map(|r| get(r, 0)).collect()
    }

    fn copy_rows(&self, table: &str, columns: &[String], f: &mut dyn FnMut(Vec<Cell>) -> Result<()>) -> Result<()> {
        let list: Vec<String> = columns.iter().map(|c| quoted(c)).collect();
        let sql = format!("SELECT {} FROM {}", list.join(", "), known(table)?);
        // Rows are read as they arrive; `f` writes to another store, never to this one.
        let mut conn =
            self.conn.try_borrow_mut().map_err(|_| Error::storage("the transaction is busy (re-entered)"))?;
        let mut rows = conn.client.query_raw(sql.as_str(), std::iter::empty::<i64>()).map_err(|e| {
            self.failed.set(true);
            Error::from(e)
        })?;
        loop {
            let row = match rows.next() {
                Ok(Some(row)) => row,
                Ok(None) => return Ok(()),
                Err(err) => {
                    self.failed.set(true);
                    return Err(err.into());
                }
            };
            let mut cells = Vec::with_capacity(columns.len());
            for (i, column) in row.columns().iter().enumerate() {
                let cell = if *column.type_() == Type::INT8 {
                    row.try_get::<_, Option<i64>>(i)?.map_or(Cell::Null, Cell::Int)
                } else if *column.type_() == Type::TEXT {
                    row.try_get::<_, Option<String>>(i)?.map_or(Cell::Null, Cell::Text)
                } else {
                    return Err(Error::storage(format!(
                        "{table}.{} is of type {}, which crmctl never makes",
                        column.name(),
                        column.type_()
                    )));
                };
                cells.push(cell);
            }
            f(cells)?;
        }
    }

    fn copy_insert(&mut self, table: &str, columns: &[String], rows: &[Vec<Cell>]) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let list: Vec<String> = columns.iter().map(|c| quoted(c)).collect();
        let width = columns.len();
        let tuples: Vec<String> =
            (0..rows.len()).map(|r| format!("({})", super::placeholders(r * width + 1, r * width + width))).collect();
        let sql = format!("INSERT INTO {} ({}) VALUES {}", known(table)?, list.join(", "), tuples.join(", "));
        let params: Vec<&(dyn ToSql + Sync)> =
            rows.iter().flat_map(|row| row.iter().map(|c| c as &(dyn ToSql + Sync))).collect();
        if params.len() != rows.len() * width {
            return Err(Error::storage(format!("a row of {table} does not have {width} values")));
        }
        // Not cached: a statement per batch size would crowd out the others.
        self.with(|c| c.client.execute(sql.as_str(), &params))?;
        Ok(())
    }

    fn defer_foreign_keys(&mut self) -> Result<()> {
        self.batch("SET CONSTRAINTS ALL DEFERRED")
    }

    fn copy_clear(&mut self, table: &str) -> Result<()> {
        self.batch(&format!("DELETE FROM {}", known(table)?))
    }

    fn id_marks(&self) -> Result<Vec<(String, i64)>> {
        // The highest id handed out: recorded, or in the table.
        let mut marks = Vec::new();
        for table in COUNTED {
            let row = self.query_one(
                &format!(
                    "SELECT greatest(coalesce((SELECT seq FROM sequences WHERE name = '{table}'), 0), \
                     coalesce((SELECT max(id) FROM {table}), 0))"
                ),
                &[],
            )?;
            let seq: i64 = get(&row, 0)?;
            if seq > 0 {
                marks.push((table.to_string(), seq));
            }
        }
        Ok(marks)
    }

    fn raise_id_marks(&mut self, marks: &[(String, i64)]) -> Result<()> {
        for (table, seq) in marks {
            self.execute(
                "INSERT INTO sequences (name, seq) VALUES ($1, $2) \
                 ON CONFLICT (name) DO UPDATE SET seq = greatest(sequences.seq, excluded.seq)",
                &[&known(table)?, seq],
            )?;
        }
        Ok(())
    }
}
