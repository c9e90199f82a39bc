//! PostgreSQL queries: user rows: the people.

use postgres::Row;
use postgres::types::ToSql;

use super::{PgTx, ascii_lower, flag, get, insert_with_id, placeholders, text_enum, text_enum_opt};
use crate::error::{Error, Result};
use crate::store::{StoredStatus, UserFilter, UserRow, UsersTx, user_name_key};

pub(super) const USER_COLUMNS: &str = "id, username, name, email, phone, employee_id, department, title, \
     manager_id, status, status_before_delete, password_hash, password_changed_at, \
     must_change_password, mfa_secret, expires_at, disabled_reason, transfer_to_id, \
     failed_logins, locked_until, created_at, updated_at, last_login_at, mfa_pending_secret, mfa_last_step, \
     scim_user_name, external_id, phone_numbers, scim_name, scim_emails";

/// The columns a new user is written with, in [`UserValues::params`] order
/// after the id.
const INSERT_COLUMNS: &str = "username, name, email, email_norm, phone, employee_id, department, title, \
    manager_id, status, status_before_delete, password_hash, password_changed_at, must_change_password, \
    mfa_secret, expires_at, disabled_reason, transfer_to_id, failed_logins, locked_until, created_at, updated_at, \
    last_login_at, mfa_pending_secret, mfa_last_step, scim_user_name, scim_user_name_norm, external_id, \
    phone_numbers, scim_name, scim_emails";

fn user_from_row(r: &Row) -> Result<UserRow> {
    Ok(UserRow {
        id: get(r, 0)?,
        username: get(r, 1)?,
        name: get(r, 2)?,
        email: get(r, 3)?,
        phone: get(r, 4)?,
        employee_id: get(r, 5)?,
        department: get(r, 6)?,
        title: get(r, 7)?,
        manager_id: get(r, 8)?,
        status: text_enum(r, 9, StoredStatus::parse, "user status")?,
        status_before_delete: text_enum_opt(r, 10, StoredStatus::parse, "user status")?,
        password_hash: get(r, 11)?,
        password_changed_at: get(r, 12)?,
        must_change_password: flag(r, 13)?,
        mfa_secret: get(r, 14)?,
        expires_at: get(r, 15)?,
        disabled_reason: get(r, 16)?,
        transfer_to_id: get(r, 17)?,
        failed_logins: get(r, 18)?,
        locked_until: get(r, 19)?,
        created_at: get(r, 20)?,
        updated_at: get(r, 21)?,
        last_login_at: get(r, 22)?,
        mfa_pending_secret: get(r, 23)?,
        mfa_last_step: get(r, 24)?,
        scim_user_name: get(r, 25)?,
        external_id: get(r, 26)?,
        phone_numbers: get(r, 27)?,
        scim_name: get(r, 28)?,
        scim_emails: get(r, 29)?,
    })
}

/// The values of a user that are not its fields as they are: what SQLite
/// computes in the statement (`lower(email)`) or stores as text and 0/1.
struct UserValues {
    email_norm: String,
    status: &'static str,
    status_before_delete: Option<&'static str>,
    must_change_password: i64,
    scim_user_name_norm: Option<String>,
}

impl UserValues {
    fn of(u: &UserRow) -> UserValues {
        UserValues {
            // SQLite's lower() folds ASCII only: so does this, for the same values.
            email_norm: u.email.to_ascii_lowercase(),
            status: u.status.as_str(),
            status_before_delete: u.status_before_delete.map(StoredStatus::as_str),
            must_change_password: i64::from(u.must_change_password),
            scim_user_name_norm: u.scim_user_name.as_deref().map(user_name_key),
        }
    }

    /// Every column of a user: $1 is the id, $2..$32 the rest in
    /// [`INSERT_COLUMNS`] order.
    fn params<'a>(&'a self, u: &'a UserRow) -> [&'a (dyn ToSql + Sync); 32] {
        [
            &u.id,
            &u.username,
            &u.name,
            &u.email,
            &self.email_norm,
            &u.phone,
            &u.employee_id,
            &u.department,
            &u.title,
            &u.manager_id,
            &self.status,
            &self.status_before_delete,
            &u.password_hash,
            &u.password_changed_at,
            &self.must_change_password,
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
            &self.scim_user_name_norm,
            &u.external_id,
            &u.phone_numbers,
            &u.scim_name,
            &u.scim_emails,
        ]
    }
}

/// `users::Status::effective` in SQL (the SQLite backend's `EFFECTIVE_STATUS`),
/// with `now` the placeholder of the instant.
pub(super) fn effective_status(now: &str) -> String {
    format!(
        "CASE \
         WHEN status IN ('active', 'invited', 'locked') AND expires_at IS NOT NULL AND expires_at <= {now} \
         THEN 'expired' \
         WHEN status = 'locked' AND locked_until IS NOT NULL AND locked_until <= {now} THEN 'active' \
         ELSE status END"
    )
}

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

/// The parameters of a statement built piece by piece.
#[derive(Default)]
pub(super) struct Args<'a> {
    pub(super) list: Vec<&'a (dyn ToSql + Sync)>,
}

impl<'a> Args<'a> {
    /// Adds a parameter; its placeholder.
    pub(super) fn arg(&mut self, value: &'a (dyn ToSql + Sync)) -> String {
        self.list.push(value);
        format!("${}", self.list.len())
    }

    /// Adds a text parameter; its placeholder, typed (PostgreSQL cannot
    /// always tell a parameter's type from where it is used).
    pub(super) fn text(&mut self, value: &'a (dyn ToSql + Sync)) -> String {
        format!("{}::text", self.arg(value))
    }
}

impl PgTx<'_> {
    fn user_where(&self, clause: &str, value: &(dyn ToSql + Sync)) -> Result<Option<UserRow>> {
        let row = self.query_opt(&format!("SELECT {USER_COLUMNS} FROM users WHERE {clause}"), &[value])?;
        row.map(|r| user_from_row(&r)).transpose()
    }

    fn insert_user_row(&self, u: &UserRow, on_conflict: &str) -> Result<Option<i64>> {
        let values = UserValues::of(u);
        let params = values.params(u);
        let sql = insert_with_id("users", INSERT_COLUMNS, &placeholders(1, 31), on_conflict);
        let row = self.query_opt(&sql, &params[1..])?;
        row.map(|r| get(&r, 0)).transpose()
    }
}

impl UsersTx for PgTx<'_> {
    fn insert_user(&mut self, u: &UserRow) -> Result<i64> {
        self.insert_user_row(u, "")?.ok_or_else(|| Error::storage("the new user was not written"))
    }

    fn insert_users_if_free(&mut self, users: &[UserRow]) -> Result<Vec<Option<i64>>> {
        users.iter().map(|u| self.insert_user_row(u, "ON CONFLICT DO NOTHING")).collect()
    }

    fn update_profile(&mut self, u: &UserRow) -> Result<()> {
        let email_norm = u.email.to_ascii_lowercase();
        let changed = self.execute(
            "UPDATE users SET name = $2, email = $3, email_norm = $4, phone = $5, employee_id = $6, \
             department = $7, title = $8, expires_at = $9, updated_at = $10 WHERE id = $1",
            &[
                &u.id,
                &u.name,
                &u.email,
                &email_norm,
                &u.phone,
                &u.employee_id,
                &u.department,
                &u.title,
                &u.expires_at,
                &u.updated_at,
            ],
        )?;
        if changed == 0 {
            return Err(Error::not_found(format!("user #{} not found", u.id)));
        }
        Ok(())
    }

    fn set_manager(&mut self, id: i64, manager: Option<i64>, now: &str) -> Result<()> {
        self.execute("UPDATE users SET manager_id = $2, updated_at = $3 WHERE id = $1", &[&id, &manager, &now])?;
        Ok(())
    }

    fn update_user(&mut self, u: &UserRow) -> Result<()> {
        let values = UserValues::of(u);
        let changed = self.execute(
            "UPDATE users SET username = $2, name = $3, email = $4, email_norm = $5, phone = $6, \
             employee_id = $7, department = $8, title = $9, manager_id = $10, status = $11, \
             status_before_delete = $12, password_hash = $13, password_changed_at = $14, \
             must_change_password = $15, mfa_secret = $16, expires_at = $17, disabled_reason = $18, \
             transfer_to_id = $19, failed_logins = $20, locked_until = $21, created_at = $22, \
             updated_at = $23, last_login_at = $24, mfa_pending_secret = $25, mfa_last_step = $26, \
             scim_user_name = $27, scim_user_name_norm = $28, external_id = $29, phone_numbers = $30, \
             scim_name = $31, scim_emails = $32 WHERE id = $1",
            &values.params(u),
        )?;
        if changed == 0 {
            return Err(Error::not_found(format!("user #{} not found", u.id)));
        }
        Ok(())
    }

    fn delete_user(&mut self, id: i64) -> Result<()> {
        self.execute("DELETE FROM users WHERE id = $1", &[&id])?;
        Ok(())
    }

    fn user_by_id(&self, id: i64) -> Result<Option<UserRow>> {
        self.user_where("id = $1", &id)
    }

    fn user_by_username(&self, username: &str) -> Result<Option<UserRow>> {
        self.user_where("username = $1", &username)
    }

    fn user_by_email(&self, email: &str) -> Result<Option<UserRow>> {
        self.user_where("email_norm = $1", &email.to_ascii_lowercase())
    }

    fn user_by_employee_id(&self, employee_id: &str) -> Result<Option<UserRow>> {
        self.user_where("employee_id = $1", &employee_id)
    }

    fn user_by_scim_user_name(&self, user_name: &str) -> Result<Option<UserRow>> {
        // The expression of the index `users_scim_user_name`, so that it is used.
        self.user_where("coalesce(scim_user_name_norm, username) = $1", &user_name_key(user_name))
    }

    fn list_users(&self, f: &UserFilter, now: &str) -> Result<Vec<UserRow>> {
        let mut sql = format!("SELECT {USER_COLUMNS} FROM users WHERE true");
        let mut args = Args::default();
        let mut now_at: Option<String> = None;
        let names: Vec<String> = f.statuses.iter().map(|s| s.as_str().to_string()).collect();
        if f.statuses.is_empty() {
            sql.push_str(" AND status <> 'deleted'");
        } else {
            let n = now_at.get_or_insert_with(|| args.text(&now)).clone();
            sql.push_str(&format!(" AND ({}) = ANY({}::text[])", effective_status(&n), args.arg(&names)));
        }
        if let Some(role) = &f.role {
            let n = now_at.get_or_insert_with(|| args.text(&now)).clone();
            sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = users.id AND r.role = {} \
                 AND (r.expires_at IS NULL OR r.expires_at > {n}))",
                args.text(role)
            ));
        }
        if let Some(dept) = &f.department {
            let d = args.text(dept);
            sql.push_str(&format!(" AND (department = {d} OR substr(department, 1, length({d}) + 1) = {d} || '/')"));
        }
        // SQLite's LIKE ignores the case of ASCII letters (only): the same here.
        let pattern = f.search.as_deref().map(|s| format!("%{}%", like_escape(s)).to_ascii_lowercase());
        if let Some(pattern) = &pattern {
            let p = args.text(pattern);
            let like = |column: &str| format!("{} LIKE {p} ESCAPE '\\'", ascii_lower(column));
            sql.push_str(&format!(
                " AND ({} OR {} OR {} OR {} OR {})",
                like("username"),
                like("name"),
                like("email"),
                like("phone"),
                like("employee_id")
            ));
        }
        if let Some(before) = &f.inactive_before {
            sql.push_str(&format!(" AND coalesce(last_login_at, created_at) < {}", args.text(before)));
        }
        sql.push_str(" ORDER BY id");
        let limit = f.limit.map(|n| n.min(i64::MAX as u64) as i64);
        if let Some(limit) = &limit {
            sql.push_str(&format!(" LIMIT {}", args.arg(limit)));
        }
        let rows = self.query(&sql, &args.list)?;
        rows.iter().map(user_from_row).collect()
    }

    fn count_seats(&self) -> Result<u64> {
        // `StoredStatus::holds_seat`, in SQL.
        let row = self.query_one("SELECT count(*) FROM users WHERE status IN ('invited', 'active', 'locked')", &[])?;
        Ok(get::<i64>(&row, 0)? as u64)
    }

    fn clear_references_to(&mut self, id: i64) -> Result<()> {
        self.execute("UPDATE users SET manager_id = NULL WHERE manager_id = $1", &[&id])?;
        self.execute("UPDATE users SET transfer_to_id = NULL WHERE transfer_to_id = $1", &[&id])?;
        Ok(())
    }
}
