//! SQLite queries: user rows: the people.

use rusqlite::{OptionalExtension, Row};

use super::SqliteTx;
use crate::error::{Error, Result};
use crate::store::{StoredStatus, UserFilter, UserRow, UsersTx, user_name_key};

text_enum!(StoredStatus, "user status");

const USER_COLUMNS: &str = "id, username, name, email, phone, employee_id, department, title, \
     manager_id, status, status_before_delete, password_hash, password_changed_at, \
     must_change_password, mfa_secret, expires_at, disabled_reason, transfer_to_id, \
     failed_logins, locked_until, created_at, updated_at, last_login_at, mfa_pending_secret, mfa_last_step, \
     scim_user_name, external_id, phone_numbers, scim_name, scim_emails";

/// Inserts a user; the id (`?1`) is assigned by SQLite.
const INSERT_USER: &str = "INSERT INTO users (id, username, name, email, email_norm, phone, employee_id, department, \
    title, manager_id, status, status_before_delete, password_hash, password_changed_at, must_change_password, \
    mfa_secret, expires_at, disabled_reason, transfer_to_id, failed_logins, locked_until, created_at, updated_at, \
    last_login_at, mfa_pending_secret, mfa_last_step, scim_user_name, scim_user_name_norm, external_id, phone_numbers, \
    scim_name, scim_emails) \
    VALUES (NULL, ?2, ?3, ?4, lower(?4), ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, \
    ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31)";

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
        scim_user_name: r.get(25)?,
        external_id: r.get(26)?,
        phone_numbers: r.get(27)?,
        scim_name: r.get(28)?,
        scim_emails: r.get(29)?,
    })
}

/// Every column of a user in statement order: ?1 is the id, ?2..?31 the
/// rest; `norm` is the `userName` key ([`user_name_key`]) that ?27 binds.
fn user_params<'a>(u: &'a UserRow, norm: &'a Option<String>) -> [&'a dyn rusqlite::ToSql; 31] {
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
        &u.scim_user_name,
        norm,
        &u.external_id,
        &u.phone_numbers,
        &u.scim_name,
        &u.scim_emails,
    ]
}

fn norm_of(u: &UserRow) -> Option<String> {
    u.scim_user_name.as_deref().map(user_name_key)
}

/// The status a user has at `:now`, from the stored status, the expiry and the
/// lockout: `users::Status::effective` in SQL, so that filtering by status
/// runs in the query (the contract of [`UsersTx::list_users`], held to the
/// Rust rule by a test).
pub(super) const EFFECTIVE_STATUS: &str = "CASE \
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

impl SqliteTx<'_> {
    fn user_where(&self, clause: &str, value: &dyn rusqlite::ToSql) -> Result<Option<UserRow>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE {clause}");
        let mut stmt = self.tx.prepare_cached(&sql)?;
        Ok(stmt.query_row([value], user_from_row).optional()?)
    }
}

impl UsersTx for SqliteTx<'_> {
    fn insert_user(&mut self, u: &UserRow) -> Result<i64> {
        let mut stmt = self.tx.prepare_cached(&format!("{INSERT_USER} -- ?1 (the id) is assigned by SQLite"))?;
        let norm = norm_of(u);
        stmt.execute(user_params(u, &norm).as_slice())?;
        Ok(self.tx.last_insert_rowid())
    }

    fn insert_users_if_free(&mut self, users: &[UserRow]) -> Result<Vec<Option<i64>>> {
        let mut stmt = self.tx.prepare_cached(&format!("{INSERT_USER} ON CONFLICT DO NOTHING"))?;
        let mut ids = Vec::with_capacity(users.len());
        for u in users {
            let norm = norm_of(u);
            ids.push(match stmt.execute(user_params(u, &norm).as_slice())? {
                0 => None,
                _ => Some(self.tx.last_insert_rowid()),
            });
        }
        Ok(ids)
    }

    fn update_profile(&mut self, u: &UserRow) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(
            "UPDATE users SET name = ?2, email = ?3, email_norm = lower(?3), phone = ?4, employee_id = ?5, \
             department = ?6, title = ?7, expires_at = ?8, updated_at = ?9 WHERE id = ?1",
        )?;
        let changed = stmt.execute(rusqlite::params![
            u.id,
            u.name,
            u.email,
            u.phone,
            u.employee_id,
            u.department,
            u.title,
            u.expires_at,
            u.updated_at
        ])?;
        if changed == 0 {
            return Err(Error::not_found(format!("user #{} not found", u.id)));
        }
        Ok(())
    }

    fn set_manager(&mut self, id: i64, manager: Option<i64>, now: &str) -> Result<()> {
        let mut stmt = self.tx.prepare_cached("UPDATE users SET manager_id = ?2, updated_at = ?3 WHERE id = ?1")?;
        stmt.execute(rusqlite::params![id, manager, now])?;
        Ok(())
    }

    fn update_user(&mut self, u: &UserRow) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(
            "UPDATE users SET username = ?2, name = ?3, email = ?4, email_norm = lower(?4), phone = ?5, \
             employee_id = ?6, department = ?7, title = ?8, manager_id = ?9, status = ?10, \
             status_before_delete = ?11, password_hash = ?12, password_changed_at = ?13, \
             must_change_password = ?14, mfa_secret = ?15, expires_at = ?16, disabled_reason = ?17, \
             transfer_to_id = ?18, failed_logins = ?19, locked_until = ?20, created_at = ?21, \
             updated_at = ?22, last_login_at = ?23, mfa_pending_secret = ?24, mfa_last_step = ?25, \
             scim_user_name = ?26, scim_user_name_norm = ?27, external_id = ?28, phone_numbers = ?29, \
             scim_name = ?30, scim_emails = ?31 WHERE id = ?1",
        )?;
        let norm = norm_of(u);
        if stmt.execute(user_params(u, &norm).as_slice())? == 0 {
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

    fn user_by_scim_user_name(&self, user_name: &str) -> Result<Option<UserRow>> {
        // The expression of the index `users_scim_user_name`, so that it is used.
        self.user_where("coalesce(scim_user_name_norm, username) = ?1", &user_name_key(user_name))
    }

    fn list_users(&self, f: &UserFilter, now: &str) -> Result<Vec<UserRow>> {
        let mut sql = format!("SELECT {USER_COLUMNS} FROM users WHERE 1");
        let mut args: Vec<(&str, &dyn rusqlite::ToSql)> = Vec::new();
        let names: Vec<&str> = f.statuses.iter().map(|s| s.as_str()).collect();
        let statuses = serde_json::to_string(&names).unwrap_or_else(|_| "[]".into());
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
        // `StoredStatus::holds_seat`, in SQL.
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
}
