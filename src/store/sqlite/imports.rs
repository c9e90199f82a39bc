//! SQLite queries: the staging table of an import (`temp.import_rows`).

use rusqlite::{OptionalExtension, Row};

use super::SqliteTx;
use crate::error::Result;
use crate::store::{ImportTx, NewImportedUser, NewUserWritten, StagedRow};

const COLUMNS: &str = "line, username, name, email, phone, employee_id, department, title, manager, roles, \
     expires_at, status, password_hash, has_password, errors, raw";

/// Lines are stored as SQLite integers (i64).
fn to_sql(line: u64) -> i64 {
    i64::try_from(line).unwrap_or(i64::MAX)
}

fn line_at(r: &Row<'_>, i: usize) -> rusqlite::Result<u64> {
    Ok(u64::try_from(r.get::<_, i64>(i)?).unwrap_or(0))
}

fn staged_from_row(r: &Row<'_>) -> rusqlite::Result<StagedRow> {
    Ok(StagedRow {
        line: line_at(r, 0)?,
        username: r.get(1)?,
        name: r.get(2)?,
        email: r.get(3)?,
        phone: r.get(4)?,
        employee_id: r.get(5)?,
        department: r.get(6)?,
        title: r.get(7)?,
        manager: r.get(8)?,
        roles: r.get(9)?,
        expires_at: r.get(10)?,
        status: r.get(11)?,
        password_hash: r.get(12)?,
        has_password: r.get(13)?,
        errors: r.get(14)?,
        raw: r.get(15)?,
    })
}

impl ImportTx for SqliteTx<'_> {
    fn stage_clear(&self) -> Result<()> {
        // An import reads and writes many pages of both: larger caches keep
        // them from spilling to disk half-way through (memory stays bounded).
        self.tx.execute_batch(
            "PRAGMA main.cache_size = -32768;
             PRAGMA temp.cache_size = -16384;
             CREATE TEMP TABLE IF NOT EXISTS import_rows (
                line INTEGER PRIMARY KEY, username TEXT, name TEXT, email TEXT,
                email_norm TEXT GENERATED ALWAYS AS (lower(email)) VIRTUAL,
                phone TEXT, employee_id TEXT, department TEXT, title TEXT, manager TEXT, roles TEXT,
                expires_at TEXT, status TEXT, password_hash TEXT, has_password INTEGER NOT NULL,
                errors TEXT, raw TEXT NOT NULL);
             DROP INDEX IF EXISTS temp.import_rows_username;
             DROP INDEX IF EXISTS temp.import_rows_email;
             DROP INDEX IF EXISTS temp.import_rows_employee;
             DELETE FROM temp.import_rows;",
        )?;
        Ok(())
    }

    fn stage_done(&self) -> Result<()> {
        // Built once over all the rows: cheaper than kept up row by row.
        self.tx.execute_batch(
            "CREATE INDEX IF NOT EXISTS temp.import_rows_username ON import_rows(username);
             CREATE INDEX IF NOT EXISTS temp.import_rows_email ON import_rows(email_norm);
             CREATE INDEX IF NOT EXISTS temp.import_rows_employee ON import_rows(employee_id);",
        )?;
        Ok(())
    }

    fn stage(&self, rows: &[StagedRow]) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(&format!(
            "INSERT INTO temp.import_rows ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, \
             ?14, ?15, ?16)"
        ))?;
        for r in rows {
            stmt.execute(rusqlite::params![
                to_sql(r.line),
                r.username,
                r.name,
                r.email,
                r.phone,
                r.employee_id,
                r.department,
                r.title,
                r.manager,
                r.roles,
                r.expires_at,
                r.status,
                r.password_hash,
                r.has_password,
                r.errors,
                r.raw
            ])?;
        }
        Ok(())
    }

    fn staged(&self, after: u64, limit: usize) -> Result<Vec<StagedRow>> {
        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM temp.import_rows WHERE line > ?1 ORDER BY line LIMIT ?2"
        ))?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = stmt.query_map(rusqlite::params![to_sql(after), limit], staged_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn staged_duplicates(&self) -> Result<Vec<(u64, &'static str, String, u64)>> {
        let mut found = Vec::new();
        for (field, column) in [("username", "username"), ("email", "email_norm"), ("employee_id", "employee_id")] {
            let value = if field == "email" { "email" } else { column };
            // The groups come from the index (no sort); only their rows are read.
            let mut stmt = self.tx.prepare_cached(&format!(
                "SELECT s.line, s.{value}, g.first FROM temp.import_rows s \
                 JOIN (SELECT {column} AS k, min(line) AS first FROM temp.import_rows \
                       WHERE {column} IS NOT NULL GROUP BY {column} HAVING count(*) > 1) g ON s.{column} = g.k \
                 WHERE s.line <> g.first"
            ))?;
            let rows = stmt.query_map([], |r| Ok((line_at(r, 0)?, field, r.get(1)?, line_at(r, 2)?)))?;
            for row in rows {
                found.push(row?);
            }
        }
        found.sort_by_key(|(line, ..)| *line);
        Ok(found)
    }

    fn staged_conflicts(&self) -> Result<Vec<(u64, &'static str, i64)>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT s.line, 0, u.id FROM temp.import_rows s JOIN main.users u ON u.username = s.username
             UNION ALL
             SELECT s.line, 1, u.id FROM temp.import_rows s JOIN main.users u ON u.email_norm = s.email_norm
             UNION ALL
             SELECT s.line, 2, u.id FROM temp.import_rows s JOIN main.users u ON u.employee_id = s.employee_id
             ORDER BY 1, 2",
        )?;
        let rows = stmt.query_map([], |r| {
            let field = match r.get::<_, i64>(1)? {
                0 => "username",
                1 => "email",
                _ => "employee_id",
            };
            Ok((line_at(r, 0)?, field, r.get(2)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn staged_line_of(&self, reference: &str) -> Result<Option<u64>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT min(line) FROM temp.import_rows
             WHERE username = lower(?1) OR email_norm = lower(?1) OR employee_id = ?1",
        )?;
        let first = stmt.query_row([reference], |r| r.get::<_, Option<i64>>(0)).optional()?.flatten();
        Ok(first.and_then(|line| u64::try_from(line).ok()))
    }

    fn next_user_id(&self) -> Result<i64> {
        let last: i64 = self.tx.query_row(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'users'), 0), \
                        coalesce((SELECT max(id) FROM users), 0))",
            [],
            |r| r.get(0),
        )?;
        Ok(last + 1)
    }

    fn stage_new_users(&self, users: &[NewImportedUser], first: bool) -> Result<()> {
        self.tx.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS import_new (
                line INTEGER PRIMARY KEY, id INTEGER NOT NULL, username TEXT, status TEXT NOT NULL,
                status_before_delete TEXT, password_hash TEXT, must_change_password INTEGER NOT NULL,
                manager_id INTEGER, manager_line INTEGER);",
        )?;
        if first {
            self.tx.execute_batch("DELETE FROM temp.import_new")?;
        }
        let mut stmt = self.tx.prepare_cached(
            "INSERT INTO temp.import_new (line, id, username, status, status_before_delete, password_hash, \
             must_change_password, manager_id, manager_line) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        for u in users {
            stmt.execute(rusqlite::params![
                to_sql(u.line),
                u.id,
                u.username,
                u.status,
                u.status_before_delete,
                u.password_hash,
                u.must_change_password,
                u.manager_id,
                u.manager_line.map(to_sql)
            ])?;
        }
        Ok(())
    }

    fn insert_staged_users(&mut self, now: &str) -> Result<()> {
        self.tx.execute(
            "INSERT INTO users (id, username, name, email, email_norm, phone, employee_id, department, title, \
               manager_id, status, status_before_delete, password_hash, password_changed_at, must_change_password, \
               expires_at, created_at, updated_at) \
             SELECT n.id, coalesce(n.username, s.username), s.name, s.email, lower(s.email), s.phone, s.employee_id, \
               s.department, s.title, \
               coalesce(n.manager_id, (SELECT m.id FROM temp.import_new m WHERE m.line = n.manager_line)), \
               n.status, n.status_before_delete, coalesce(n.password_hash, s.password_hash), \
               CASE WHEN coalesce(n.password_hash, s.password_hash) IS NULL THEN NULL ELSE ?1 END, \
               n.must_change_password, s.expires_at, ?1, ?1 \
             FROM temp.import_new n JOIN temp.import_rows s USING (line) ORDER BY n.line",
            [now],
        )?;
        Ok(())
    }

    fn new_users_written(&self, after: u64, limit: usize) -> Result<Vec<NewUserWritten>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT n.line, n.id, coalesce(n.username, s.username), n.status, nullif(s.roles, '') \
             FROM temp.import_new n \
             JOIN temp.import_rows s USING (line) WHERE n.line > ?1 ORDER BY n.line LIMIT ?2",
        )?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = stmt.query_map(rusqlite::params![to_sql(after), limit], |r| {
            Ok(NewUserWritten {
                line: line_at(r, 0)?,
                id: r.get(1)?,
                username: r.get(2)?,
                status: r.get(3)?,
                roles: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn new_user_id(&self, line: u64) -> Result<Option<i64>> {
        let mut stmt = self.tx.prepare_cached("SELECT id FROM temp.import_new WHERE line = ?1")?;
        Ok(stmt.query_row([to_sql(line)], |r| r.get(0)).optional()?)
    }

    fn staged_at(&self, line: u64) -> Result<Option<StagedRow>> {
        let mut stmt = self.tx.prepare_cached(&format!("SELECT {COLUMNS} FROM temp.import_rows WHERE line = ?1"))?;
        Ok(stmt.query_row([to_sql(line)], staged_from_row).optional()?)
    }

    fn change_counter(&self) -> Result<Option<i64>> {
        Ok(Some(self.tx.query_row("PRAGMA main.data_version", [], |r| r.get(0))?))
    }

    fn staged_has_username(&self, username: &str) -> Result<bool> {
        let mut stmt = self.tx.prepare_cached("SELECT 1 FROM temp.import_rows WHERE username = ?1 LIMIT 1")?;
        Ok(stmt.exists([username])?)
    }
}
