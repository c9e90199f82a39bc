//! PostgreSQL queries: the staging table of an import (`pg_temp.import_rows`,
//! private to the connection, as SQLite's `temp.import_rows` is).

use std::io::Write;

use postgres::Row;

use super::{PgTx, ascii_lower, flag, get, next_id, text_enum};
use crate::error::{Error, Result};
use crate::store::{ImportTx, NewImportedUser, NewUserWritten, StagedRow, StoredStatus};

const COLUMNS: &str = "line, username, name, email, phone, employee_id, department, title, manager, roles, \
     expires_at, status, password_hash, has_password, errors, raw";

/// Lines are stored as BIGINT (i64).
fn to_sql(line: u64) -> i64 {
    i64::try_from(line).unwrap_or(i64::MAX)
}

fn line_at(r: &Row, i: usize) -> Result<u64> {
    Ok(u64::try_from(get::<i64>(r, i)?).unwrap_or(0))
}

fn staged_from_row(r: &Row) -> Result<StagedRow> {
    Ok(StagedRow {
        line: line_at(r, 0)?,
        username: get(r, 1)?,
        name: get(r, 2)?,
        email: get(r, 3)?,
        phone: get(r, 4)?,
        employee_id: get(r, 5)?,
        department: get(r, 6)?,
        title: get(r, 7)?,
        manager: get(r, 8)?,
        roles: get(r, 9)?,
        expires_at: get(r, 10)?,
        status: get(r, 11)?,
        password_hash: get(r, 12)?,
        has_password: flag(r, 13)?,
        errors: get(r, 14)?,
        raw: get(r, 15)?,
    })
}

/// One field of COPY's text format: `\N` for NULL, backslash escapes for
/// the characters the format gives a meaning to.
fn copy_field(out: &mut String, value: Option<&str>) {
    let Some(value) = value else {
        out.push_str("\\N");
        return;
    };
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ => out.push(c),
        }
    }
}

impl ImportTx for PgTx<'_> {
    fn stage_clear(&self) -> Result<()> {
        self.batch(&format!(
            "SET LOCAL client_min_messages = warning;
             CREATE TEMP TABLE IF NOT EXISTS import_rows (
                line BIGINT PRIMARY KEY, username TEXT COLLATE \"C\", name TEXT COLLATE \"C\",
                email TEXT COLLATE \"C\",
                email_norm TEXT COLLATE \"C\" GENERATED ALWAYS AS ({}) STORED,
                phone TEXT COLLATE \"C\", employee_id TEXT COLLATE \"C\", department TEXT COLLATE \"C\",
                title TEXT COLLATE \"C\", manager TEXT COLLATE \"C\", roles TEXT COLLATE \"C\",
                expires_at TEXT COLLATE \"C\", status TEXT COLLATE \"C\", password_hash TEXT COLLATE \"C\",
                has_password BIGINT NOT NULL, errors TEXT COLLATE \"C\", raw TEXT COLLATE \"C\" NOT NULL);
             DROP INDEX IF EXISTS pg_temp.import_rows_username;
             DROP INDEX IF EXISTS pg_temp.import_rows_email;
             DROP INDEX IF EXISTS pg_temp.import_rows_employee;
             TRUNCATE pg_temp.import_rows;",
            ascii_lower("email")
        ))
    }

    fn stage_done(&self) -> Result<()> {
        // Built once over all the rows: cheaper than kept up row by row.
        self.batch(
            "CREATE INDEX IF NOT EXISTS import_rows_username ON pg_temp.import_rows(username);
             CREATE INDEX IF NOT EXISTS import_rows_email ON pg_temp.import_rows(email_norm);
             CREATE INDEX IF NOT EXISTS import_rows_employee ON pg_temp.import_rows(employee_id);
             ANALYZE pg_temp.import_rows;",
        )
    }

    fn stage(&self, rows: &[StagedRow]) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        // COPY: one round trip for the whole chunk.
        let mut text = String::new();
        for r in rows {
            let line = to_sql(r.line).to_string();
            let has_password = if r.has_password { "1" } else { "0" };
            let fields = [
                Some(line.as_str()),
                r.username.as_deref(),
                r.name.as_deref(),
                r.email.as_deref(),
                r.phone.as_deref(),
                r.employee_id.as_deref(),
                r.department.as_deref(),
                r.title.as_deref(),
                r.manager.as_deref(),
                r.roles.as_deref(),
                r.expires_at.as_deref(),
                r.status.as_deref(),
                r.password_hash.as_deref(),
                Some(has_password),
                r.errors.as_deref(),
                Some(r.raw.as_str()),
            ];
            for (i, field) in fields.into_iter().enumerate() {
                if i > 0 {
                    text.push('\t');
                }
                copy_field(&mut text, field);
            }
            text.push('\n');
        }
        let copy = format!("COPY pg_temp.import_rows ({COLUMNS}) FROM STDIN");
        let written = self.with(|c| {
            let mut writer = c.client.copy_in(copy.as_str())?;
            let sent = writer.write_all(text.as_bytes());
            let finished = writer.finish();
            Ok((sent, finished))
        })?;
        match written {
            (Ok(()), Ok(_)) => Ok(()),
            (_, Err(err)) => {
                self.failed.set(true);
                Err(err.into())
            }
            (Err(err), Ok(_)) => {
                self.failed.set(true);
                Err(Error::storage(format!("cannot send the rows to PostgreSQL: {err}")))
            }
        }
    }

    fn staged(&self, after: u64, limit: usize) -> Result<Vec<StagedRow>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = self.query(
            &format!("SELECT {COLUMNS} FROM pg_temp.import_rows WHERE line > $1 ORDER BY line LIMIT $2"),
            &[&to_sql(after), &limit],
        )?;
        rows.iter().map(staged_from_row).collect()
    }

    fn staged_duplicates(&self) -> Result<Vec<(u64, &'static str, String, u64)>> {
        let mut found = Vec::new();
        for (field, column) in [("username", "username"), ("email", "email_norm"), ("employee_id", "employee_id")] {
            let value = if field == "email" { "email" } else { column };
            let rows = self.query(
                &format!(
                    "SELECT s.line, s.{value}, g.first FROM pg_temp.import_rows s \
                     JOIN (SELECT {column} AS k, min(line) AS first FROM pg_temp.import_rows \
                           WHERE {column} IS NOT NULL GROUP BY {column} HAVING count(*) > 1) g ON s.{column} = g.k \
                     WHERE s.line <> g.first"
                ),
                &[],
            )?;
            for r in &rows {
                found.push((line_at(r, 0)?, field, get(r, 1)?, line_at(r, 2)?));
            }
        }
        found.sort_by_key(|(line, ..)| *line);
        Ok(found)
    }

    fn staged_conflicts(&self) -> Result<Vec<(u64, &'static str, i64)>> {
        let rows = self.query(
            "SELECT s.line, 0::bigint, u.id FROM pg_temp.import_rows s JOIN users u ON u.username = s.username
             UNION ALL
             SELECT s.line, 1::bigint, u.id FROM pg_temp.import_rows s JOIN users u ON u.email_norm = s.email_norm
             UNION ALL
             SELECT s.line, 2::bigint, u.id FROM pg_temp.import_rows s JOIN users u ON u.employee_id = s.employee_id
             ORDER BY 1, 2",
            &[],
        )?;
        rows.iter()
            .map(|r| {
                let field = match get::<i64>(r, 1)? {
                    0 => "username",
                    1 => "email",
                    _ => "employee_id",
                };
                Ok((line_at(r, 0)?, field, get(r, 2)?))
            })
            .collect()
    }

    fn staged_line_of(&self, reference: &str) -> Result<Option<u64>> {
        let lower = reference.to_ascii_lowercase();
        let row = self.query_one(
            "SELECT min(line) FROM pg_temp.import_rows \
             WHERE username = $1::text OR email_norm = $1::text OR employee_id = $2::text",
            &[&lower, &reference],
        )?;
        let first: Option<i64> = get(&row, 0)?;
        Ok(first.and_then(|line| u64::try_from(line).ok()))
    }

    fn next_user_id(&self) -> Result<i64> {
        get(&self.query_one(&format!("SELECT {}", next_id("users")), &[])?, 0)
    }

    fn stage_new_users(&self, users: &[NewImportedUser], first: bool) -> Result<()> {
        self.batch(
            "SET LOCAL client_min_messages = warning;
             CREATE TEMP TABLE IF NOT EXISTS import_new (
                line BIGINT PRIMARY KEY, id BIGINT NOT NULL, username TEXT COLLATE \"C\",
                status TEXT COLLATE \"C\" NOT NULL, status_before_delete TEXT COLLATE \"C\",
                password_hash TEXT COLLATE \"C\", must_change_password BIGINT NOT NULL,
                manager_id BIGINT, manager_line BIGINT);",
        )?;
        if first {
            self.batch("TRUNCATE pg_temp.import_new")?;
        }
        if users.is_empty() {
            return Ok(());
        }
        let mut text = String::new();
        for u in users {
            let numbers = [
                Some(to_sql(u.line).to_string()),
                Some(u.id.to_string()),
                u.manager_id.map(|m| m.to_string()),
                u.manager_line.map(|l| to_sql(l).to_string()),
            ];
            let must_change = if u.must_change_password { "1" } else { "0" };
            let fields = [
                numbers[0].as_deref(),
                numbers[1].as_deref(),
                u.username.as_deref(),
                Some(u.status.as_str()),
                u.status_before_delete.map(StoredStatus::as_str),
                u.password_hash.as_deref(),
                Some(must_change),
                numbers[2].as_deref(),
                numbers[3].as_deref(),
            ];
            for (i, field) in fields.into_iter().enumerate() {
                if i > 0 {
                    text.push('\t');
                }
                copy_field(&mut text, field);
            }
            text.push('\n');
        }
        let copy = "COPY pg_temp.import_new (line, id, username, status, status_before_delete, password_hash, \
                    must_change_password, manager_id, manager_line) FROM STDIN";
        let written = self.with(|c| {
            let mut writer = c.client.copy_in(copy)?;
            let sent = writer.write_all(text.as_bytes());
            let finished = writer.finish();
            Ok((sent, finished))
        })?;
        match written {
            (Ok(()), Ok(_)) => Ok(()),
            (_, Err(err)) => {
                self.failed.set(true);
                Err(err.into())
            }
            (Err(err), Ok(_)) => {
                self.failed.set(true);
                Err(Error::storage(format!("cannot send the rows to PostgreSQL: {err}")))
            }
        }
    }

    fn insert_staged_users(&mut self, now: &str) -> Result<()> {
        self.execute(
            "INSERT INTO users (id, username, name, email, email_norm, phone, employee_id, department, title, \
               manager_id, status, status_before_delete, password_hash, password_changed_at, must_change_password, \
               expires_at, created_at, updated_at) \
             SELECT n.id, coalesce(n.username, s.username), s.name, s.email, s.email_norm, s.phone, s.employee_id, \
               s.department, s.title, \
               coalesce(n.manager_id, (SELECT m.id FROM pg_temp.import_new m WHERE m.line = n.manager_line)), \
               n.status, n.status_before_delete, coalesce(n.password_hash, s.password_hash), \
               CASE WHEN coalesce(n.password_hash, s.password_hash) IS NULL THEN NULL ELSE $1::text END, \
               n.must_change_password, s.expires_at, $1::text, $1::text \
             FROM pg_temp.import_new n JOIN pg_temp.import_rows s USING (line) ORDER BY n.line",
            &[&now],
        )?;
        // As SQLite's AUTOINCREMENT does for ids given explicitly.
        self.execute(
            "INSERT INTO sequences (name, seq) SELECT 'users', max(id) FROM pg_temp.import_new HAVING count(*) > 0 \
             ON CONFLICT (name) DO UPDATE SET seq = greatest(sequences.seq, excluded.seq)",
            &[],
        )?;
        Ok(())
    }

    fn new_users_written(&self, after: u64, limit: usize) -> Result<Vec<NewUserWritten>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = self.query(
            "SELECT n.line, n.id, coalesce(n.username, s.username), n.status, nullif(s.roles, '') \
             FROM pg_temp.import_new n \
             JOIN pg_temp.import_rows s USING (line) WHERE n.line > $1 ORDER BY n.line LIMIT $2",
            &[&to_sql(after), &limit],
        )?;
        rows.iter()
            .map(|r| {
                Ok(NewUserWritten {
                    line: line_at(r, 0)?,
                    id: get(r, 1)?,
                    username: get(r, 2)?,
                    status: text_enum(r, 3, StoredStatus::parse, "user status")?,
                    roles: get(r, 4)?,
                })
            })
            .collect()
    }

    fn new_user_id(&self, line: u64) -> Result<Option<i64>> {
        let row = self.query_opt("SELECT id FROM pg_temp.import_new WHERE line = $1", &[&to_sql(line)])?;
        row.map(|r| get(&r, 0)).transpose()
    }

    fn staged_at(&self, line: u64) -> Result<Option<StagedRow>> {
        let row =
            self.query_opt(&format!("SELECT {COLUMNS} FROM pg_temp.import_rows WHERE line = $1"), &[&to_sql(line)])?;
        row.map(|r| staged_from_row(&r)).transpose()
    }

    fn change_counter(&self) -> Result<Option<i64>> {
        // PostgreSQL has no counter of other connections' commits (SQLite's
        // data_version): the import decides again inside the write lock.
        Ok(None)
    }

    fn staged_has_username(&self, username: &str) -> Result<bool> {
        Ok(self.query_opt("SELECT 1 FROM pg_temp.import_rows WHERE username = $1 LIMIT 1", &[&username])?.is_some())
    }
}
