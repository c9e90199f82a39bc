//! SQLite queries: roles, their permissions and who holds them.

use rusqlite::{OptionalExtension, Row, params};

use super::SqliteTx;
use super::users::EFFECTIVE_STATUS;
use crate::error::Result;
use crate::store::{Assignment, RoleRow, RolesTx};

fn role_from_row(r: &Row<'_>) -> rusqlite::Result<RoleRow> {
    Ok(RoleRow {
        name: r.get(0)?,
        description: r.get(1)?,
        builtin: r.get(2)?,
        requires_approval: r.get(3)?,
        assigned: r.get::<_, i64>(4)? as u64,
        permissions: Vec::new(),
    })
}

impl SqliteTx<'_> {
    fn with_permissions(&self, mut role: RoleRow) -> Result<RoleRow> {
        let mut stmt =
            self.tx.prepare_cached("SELECT permission FROM role_permissions WHERE role = ?1 ORDER BY permission")?;
        role.permissions = stmt.query_map([&role.name], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(role)
    }
}

impl RolesTx for SqliteTx<'_> {
    fn role_exists(&self, role: &str) -> Result<bool> {
        let mut stmt = self.tx.prepare_cached("SELECT 1 FROM roles WHERE name = ?1")?;
        Ok(stmt.exists([role])?)
    }

    fn role_names(&self) -> Result<Vec<String>> {
        let mut stmt = self.tx.prepare_cached("SELECT name FROM roles ORDER BY name")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn assignments(&self, user_id: i64) -> Result<Vec<Assignment>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT role, department, expires_at FROM user_roles WHERE user_id = ?1 ORDER BY role, department",
        )?;
        let rows = stmt.query_map([user_id], |r| {
            let dept: String = r.get(1)?;
            Ok(Assignment { role: r.get(0)?, department: (!dept.is_empty()).then_some(dept), expires_at: r.get(2)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn assign(&mut self, user_id: i64, a: &Assignment, now: &str) -> Result<bool> {
        let dept = a.department.as_deref().unwrap_or("");
        let mut stmt = self.tx.prepare_cached(
            "INSERT INTO user_roles (user_id, role, department, expires_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT (user_id, role, department) DO UPDATE SET expires_at = excluded.expires_at \
             WHERE expires_at IS NOT excluded.expires_at",
        )?;
        let changed = stmt.execute(params![user_id, a.role, dept, a.expires_at, now])?;
        Ok(changed > 0)
    }

    fn unassign(&mut self, user_id: i64, role: &str, department: Option<&str>) -> Result<bool> {
        let changed = self.tx.execute(
            "DELETE FROM user_roles WHERE user_id = ?1 AND role = ?2 AND department = ?3",
            params![user_id, role, department.unwrap_or("")],
        )?;
        Ok(changed > 0)
    }

    fn active_holders(&self, role: &str, now: &str) -> Result<Vec<i64>> {
        let sql = format!(
            "SELECT id FROM users WHERE ({EFFECTIVE_STATUS}) = 'active' AND id IN \
             (SELECT user_id FROM user_roles WHERE role = :role AND (expires_at IS NULL OR expires_at > :now)) \
             ORDER BY id"
        );
        let mut stmt = self.tx.prepare_cached(&sql)?;
        let rows = stmt.query_map(&[(":role", &role as &dyn rusqlite::ToSql), (":now", &now)], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn organisation_wide_holders(&self, role: &str, now: &str) -> Result<Vec<i64>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT r.user_id FROM user_roles r JOIN users u ON u.id = r.user_id \
             WHERE r.role = ?1 AND r.department = '' AND (r.expires_at IS NULL OR r.expires_at > ?2) \
             AND u.status <> 'deleted' ORDER BY r.user_id",
        )?;
        let rows = stmt.query_map(params![role, now], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn role(&self, name: &str) -> Result<Option<RoleRow>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT name, description, builtin, requires_approval, \
             (SELECT count(*) FROM user_roles u WHERE u.role = roles.name) FROM roles WHERE name = ?1",
        )?;
        let row = stmt.query_row([name], role_from_row).optional()?;
        row.map(|r| self.with_permissions(r)).transpose()
    }

    fn roles(&self) -> Result<Vec<RoleRow>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT name, description, builtin, requires_approval, \
             (SELECT count(*) FROM user_roles u WHERE u.role = roles.name) FROM roles ORDER BY name",
        )?;
        let rows: Vec<RoleRow> = stmt.query_map([], role_from_row)?.collect::<rusqlite::Result<_>>()?;
        rows.into_iter().map(|r| self.with_permissions(r)).collect()
    }

    fn save_role(&mut self, r: &RoleRow) -> Result<()> {
        self.tx.execute(
            "INSERT INTO roles (name, description, builtin, requires_approval) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT (name) DO UPDATE SET description = excluded.description, \
             requires_approval = excluded.requires_approval",
            params![r.name, r.description, r.builtin, r.requires_approval],
        )?;
        self.tx.execute("DELETE FROM role_permissions WHERE role = ?1", [&r.name])?;
        let mut stmt = self.tx.prepare_cached("INSERT INTO role_permissions (role, permission) VALUES (?1, ?2)")?;
        for p in &r.permissions {
            stmt.execute([&r.name, p])?;
        }
        Ok(())
    }

    fn role_external_id(&self, role: &str) -> Result<Option<String>> {
        let mut stmt = self.tx.prepare_cached("SELECT external_id FROM roles WHERE name = ?1")?;
        Ok(stmt.query_row([role], |r| r.get(0)).optional()?.flatten())
    }

    fn set_role_external_id(&mut self, role: &str, external_id: Option<&str>) -> Result<()> {
        self.tx.execute("UPDATE roles SET external_id = ?1 WHERE name = ?2", params![external_id, role])?;
        Ok(())
    }

    fn delete_role(&mut self, name: &str) -> Result<()> {
        self.tx.execute("DELETE FROM user_roles WHERE role = ?1", [name])?;
        self.tx.execute("DELETE FROM approvals WHERE role = ?1", [name])?;
        self.tx.execute("DELETE FROM roles WHERE name = ?1", [name])?;
        Ok(())
    }

    fn departments(&self) -> Result<Vec<(String, u64)>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT department, count(*) FROM users WHERE department IS NOT NULL AND status <> 'deleted' \
             GROUP BY department ORDER BY department",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
