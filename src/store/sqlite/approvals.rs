//! SQLite queries: four-eyes approval requests.

use rusqlite::{OptionalExtension, Row, params};

use super::SqliteTx;
use crate::error::Result;
use crate::store::{ApprovalKind, ApprovalRow, ApprovalStatus, ApprovalsTx};

text_enum!(ApprovalStatus, "approval status");
text_enum!(ApprovalKind, "approval kind");

const APPROVAL_COLUMNS: &str = "id, user_id, role, department, expires_at, requested_by, status, decided_by, reason, created_at, decided_at, \
     requested_by_identity, kind";

fn approval_from_row(r: &Row<'_>) -> rusqlite::Result<ApprovalRow> {
    Ok(ApprovalRow {
        id: r.get(0)?,
        user_id: r.get(1)?,
        role: r.get(2)?,
        department: r.get(3)?,
        expires_at: r.get(4)?,
        requested_by: r.get(5)?,
        status: r.get(6)?,
        decided_by: r.get(7)?,
        reason: r.get(8)?,
        created_at: r.get(9)?,
        decided_at: r.get(10)?,
        requested_by_identity: r.get(11)?,
        kind: r.get(12)?,
    })
}

impl ApprovalsTx for SqliteTx<'_> {
    fn insert_approval(&mut self, a: &ApprovalRow) -> Result<i64> {
        self.tx.execute(
            "INSERT INTO approvals (user_id, role, department, expires_at, requested_by, status, decided_by, \
             reason, created_at, decided_at, requested_by_identity, kind) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                a.user_id,
                a.role,
                a.department,
                a.expires_at,
                a.requested_by,
                a.status,
                a.decided_by,
                a.reason,
                a.created_at,
                a.decided_at,
                a.requested_by_identity,
                a.kind
            ],
        )?;
        Ok(self.tx.last_insert_rowid())
    }

    fn approval(&self, id: i64) -> Result<Option<ApprovalRow>> {
        let mut stmt = self.tx.prepare_cached(&format!("SELECT {APPROVAL_COLUMNS} FROM approvals WHERE id = ?1"))?;
        Ok(stmt.query_row([id], approval_from_row).optional()?)
    }

    fn approvals(&self, status: Option<ApprovalStatus>) -> Result<Vec<ApprovalRow>> {
        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT {APPROVAL_COLUMNS} FROM approvals WHERE ?1 IS NULL OR status = ?1 ORDER BY id"
        ))?;
        let rows = stmt.query_map([status], approval_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn update_approval(&mut self, a: &ApprovalRow) -> Result<()> {
        self.tx.execute(
            "UPDATE approvals SET status = ?2, decided_by = ?3, reason = ?4, decided_at = ?5, user_id = ?6 WHERE id = ?1",
            params![a.id, a.status, a.decided_by, a.reason, a.decided_at, a.user_id],
        )?;
        Ok(())
    }
}
