//! SQLite queries: whole-table access for copies between stores.

use rusqlite::types::{ToSqlOutput, ValueRef};

use super::SqliteTx;
use crate::error::{Error, Result};
use crate::store::copy::{Cell, CopyTx, TABLES};

impl rusqlite::types::ToSql for Cell {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Cell::Null => ToSqlOutput::from(rusqlite::types::Null),
            Cell::Int(v) => ToSqlOutput::from(*v),
            Cell::Text(s) => ToSqlOutput::from(s.as_str()),
        })
    }
}

/// `table`, if it is one of crmctl's: names are put into SQL text, so only
/// known ones are.
fn known(table: &str) -> Result<&str> {
    TABLES.iter().find(|t| **t == table).copied().ok_or_else(|| Error::storage(format!("no table `{table}` to copy")))
}

/// A column name as an SQL identifier.
fn quoted(column: &str) -> String {
    format!("\"{}\"", column.replace('"', "\"\""))
}

impl CopyTx for SqliteTx<'_> {
    fn copy_columns(&self, table: &str) -> Result<Vec<String>> {
        let mut stmt = self.tx.prepare_cached("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
        let rows = stmt.query_map([known(table)?], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn copy_rows(&self, table: &str, columns: &[String], f: &mut dyn FnMut(Vec<Cell>) -> Result<()>) -> Result<()> {
        let list: Vec<String> = columns.iter().map(|c| quoted(c)).collect();
        let mut stmt = self.tx.prepare(&format!("SELECT {} FROM {} ORDER BY rowid", list.join(", "), known(table)?))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let mut cells = Vec::with_capacity(columns.len());
            for (i, column) in columns.iter().enumerate() {
                cells.push(match row.get_ref(i)? {
                    ValueRef::Null => Cell::Null,
                    ValueRef::Integer(v) => Cell::Int(v),
                    ValueRef::Text(bytes) => Cell::Text(String::from_utf8_lossy(bytes).into_owned()),
                    ValueRef::Real(_) | ValueRef::Blob(_) => {
                        return Err(Error::storage(format!(
                            "{table}.{column} holds a value crmctl never writes (a number with a fraction or a blob)"
                        )));
                    }
                });
            }
            f(cells)?;
        }
        Ok(())
    }

    fn copy_insert(&mut self, table: &str, columns: &[String], rows: &[Vec<Cell>]) -> Result<()> {
        let list: Vec<String> = columns.iter().map(|c| quoted(c)).collect();
        let marks: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
        let mut stmt = self.tx.prepare_cached(&format!(
            "INSERT INTO {} ({}) VALUES ({})",
            known(table)?,
            list.join(", "),
            marks.join(", ")
        ))?;
        for row in rows {
            stmt.execute(rusqlite::params_from_iter(row.iter()))?;
        }
        Ok(())
    }

    fn defer_foreign_keys(&mut self) -> Result<()> {
        self.tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
        Ok(())
    }

    fn copy_clear(&mut self, table: &str) -> Result<()> {
        self.tx.execute_batch(&format!("DELETE FROM {}", known(table)?))?;
        Ok(())
    }

    fn id_marks(&self) -> Result<Vec<(String, i64)>> {
        let mut stmt = self.tx.prepare_cached("SELECT name, seq FROM sqlite_sequence ORDER BY name")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn raise_id_marks(&mut self, marks: &[(String, i64)]) -> Result<()> {
        for (table, seq) in marks {
            let table = known(table)?;
            let changed =
                self.tx.execute("UPDATE sqlite_sequence SET seq = max(seq, ?2) WHERE name = ?1", (table, seq))?;
            if changed == 0 {
                self.tx.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?1, ?2)", (table, seq))?;
            }
        }
        Ok(())
    }
}
