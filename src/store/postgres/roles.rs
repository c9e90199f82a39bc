//! PostgreSQL queries: roles, their permissions and who holds them.

use postgres::Row;

use super::users::effective_status;
use super::{PgTx, flag, get};
use crate::error::Result;
use crate::store::{Assignment, RoleRow, RolesTx};

fn role_from_row(r: &Row) -> Result<RoleRow> {
    Ok(RoleRow {
        name: get(r, 0)?,
        description: get(r, 1)?,
        builtin: flag(r, 2)?,
        requires_approval: flag(r, 3)?,
        assigned: get::<i64>(r, 4)? as u64,
        permissions: Vec::new(),
    })
}

const ROLE_SELECT: &str = "SELECT name, description, builtin, requires_approval, \
     (SELECT count(*) FROM user_roles u WHERE u.role = roles.name) FROM roles";

impl PgTx<'_> {
    fn with_permissions(&self, mut role: RoleRow) -> Result<RoleRow> {
        let rows =
            self.query("SELECT permission FROM role_permissions WHERE role = $1 ORDER BY permission", &[&role.name])?;
        role.permissions = rows.iter().map(|r| get(r, 0)).collect::<Result<_>>()?;
        Ok(role)
    }
}

impl RolesTx for PgTx<'_> {
    fn role_exists(&self, role: &str) -> Result<bool> {
        Ok(self.query_opt("SELECT 1 FROM roles WHERE name = $1", &[&role])?.is_some())
    }

    fn role_names(&self) -> Result<Vec<String>> {
        let rows = self.query("SELECT name FROM roles ORDER BY name", &[])?;
        rows.iter().map(|r| get(r, 0)).collect()
    }

    fn assignments(&self, user_id: i64) -> Result<Vec<Assignment>> {
        let rows = self.query(
            "SELECT role, department, expires_at FROM user_roles WHERE user_id = $1 ORDER BY role, department",
            &[&user_id],
        )?;
        rows.iter()
            .map(|r| {
                let dept: String = get(r, 1)?;
                Ok(Assignment {
                    role: get(r, 0)?,
                    department: (!dept.is_empty()).then_some(dept),
                    expires_at: get(r, 2)?,
                })
            })
            .collect()
    }

    fn assign(&mut self, user_id: i64, a: &Assignment, now: &str) -> Result<bool> {
        let dept = a.department.as_deref().unwrap_or("");
        let changed = self.execute(
            "INSERT INTO user_roles (user_id, role, department, expires_at, created_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (user_id, role, department) DO UPDATE SET expires_at = excluded.expires_at \
             WHERE user_roles.expires_at IS DISTINCT FROM excluded.expires_at",
            &[&user_id, &a.role, &dept, &a.expires_at, &now],
        )?;
        Ok(changed > 0)
    }

    fn unassign(&mut self, user_id: i64, role: &str, department: Option<&str>) -> Result<bool> {
        let changed = self.execute(
            "DELETE FROM user_roles WHERE user_id = $1 AND role = $2 AND department = $3",
            &[&user_id, &role, &department.unwrap_or("")],
        )?;
        Ok(changed > 0)
    }

    fn active_holders(&self, role: &str, now: &str) -> Result<Vec<i64>> {
        let sql = format!(
            "SELECT id FROM users WHERE ({}) = 'active' AND id IN \
             (SELECT user_id FROM user_roles WHERE role = $1 AND (expires_at IS NULL OR expires_at > $2::text)) \
             ORDER BY id",
            effective_status("$2::text")
        );
        let rows = self.query(&sql, &[&role, &now])?;
        rows.iter().map(|r| get(r, 0)).collect()
    }

    fn organisation_wide_holders(&self, role: &str, now: &str) -> Result<Vec<i64>> {
        let rows = self.query(
            "SELECT r.user_id FROM user_roles r JOIN users u ON u.id = r.user_id \
             WHERE r.role = $1 AND r.department = '' AND (r.expires_at IS NULL OR r.expires_at > $2::text) \
             AND u.status <> 'deleted' ORDER BY r.user_id",
            &[&role, &now],
        )?;
        rows.iter().map(|r| get(r, 0)).collect()
    }

    fn role(&self, name: &str) -> Result<Option<RoleRow>> {
        let row = self.query_opt(&format!("{ROLE_SELECT} WHERE name = $1"), &[&name])?;
        row.map(|r| role_from_row(&r).and_then(|role| self.with_permissions(role))).transpose()
    }

    fn roles(&self) -> Result<Vec<RoleRow>> {
        let rows = self.query(&format!("{ROLE_SELECT} ORDER BY name"), &[])?;
        let roles: Vec<RoleRow> = rows.iter().map(role_from_row).collect::<Result<_>>()?;
        roles.into_iter().map(|r| self.with_permissions(r)).collect()
    }

    fn save_role(&mut self, r: &RoleRow) -> Result<()> {
        self.execute(
            "INSERT INTO roles (name, description, builtin, requires_approval) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (name) DO UPDATE SET description = excluded.description, \
             requires_approval = excluded.requires_approval",
            &[&r.name, &r.description, &i64::from(r.builtin), &i64::from(r.requires_approval)],
        )?;
        self.execute("DELETE FROM role_permissions WHERE role = $1", &[&r.name])?;
        self.execute(
            "INSERT INTO role_permissions (role, permission) SELECT $1, unnest($2::text[])",
            &[&r.name, &r.permissions],
        )?;
        Ok(())
    }

    fn role_external_id(&self, role: &str) -> Result<Option<String>> {
        let row = self.query_opt("SELECT external_id FROM roles WHERE name = $1", &[&role])?;
        Ok(row.map(|r| get::<Option<String>>(&r, 0)).transpose()?.flatten())
    }

    fn set_role_external_id(&mut self, role: &str, external_id: Option<&str>) -> Result<()> {
        self.execute("UPDATE roles SET external_id = $1 WHERE name = $2", &[&external_id, &role])?;
        Ok(())
    }

    fn delete_role(&mut self, name: &str) -> Result<()> {
        self.execute("DELETE FROM user_roles WHERE role = $1", &[&name])?;
        self.execute("DELETE FROM approvals WHERE role = $1", &[&name])?;
        self.execute("DELETE FROM roles WHERE name = $1", &[&name])?;
        Ok(())
    }

    fn departments(&self) -> Result<Vec<(String, u64)>> {
        let rows = self.query(
            "SELECT department, count(*) FROM users WHERE department IS NOT NULL AND status <> 'deleted' \
             GROUP BY department ORDER BY department",
            &[],
        )?;
        rows.iter().map(|r| Ok((get(r, 0)?, get::<i64>(r, 1)? as u64))).collect()
    }
}
