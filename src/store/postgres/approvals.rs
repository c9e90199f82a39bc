//! PostgreSQL queries: four-eyes approval requests.

use postgres::Row;

use super::{PgTx, get, insert_with_id, text_enum};
use crate::error::Result;
use crate::store::{ApprovalKind, ApprovalRow, ApprovalStatus, ApprovalsTx};

const APPROVAL_COLUMNS: &str = "id, user_id, role, department, expires_at, requested_by, status, decided_by, reason, \
     created_at, decided_at, requested_by_identity, kind";

fn approval_from_row(r: &Row) -> Result<ApprovalRow> {
    Ok(ApprovalRow {
        id: get(r, 0)?,
        user_id: get(r, 1)?,
        role: get(r, 2)?,
        department: get(r, 3)?,
        expires_at: get(r, 4)?,
        requested_by: get(r, 5)?,
        status: text_enum(r, 6, ApprovalStatus::parse, "approval status")?,
        decided_by: get(r, 7)?,
        reason: get(r, 8)?,
        created_at: get(r, 9)?,
        decided_at: get(r, 10)?,
        requested_by_identity: get(r, 11)?,
        kind: text_enum(r, 12, ApprovalKind::parse, "approval kind")?,
    })
}

impl ApprovalsTx for PgTx<'_> {
    fn insert_approval(&mut self, a: &ApprovalRow) -> Result<i64> {
        let sql = insert_with_id(
            "approvals",
            "user_id, role, department, expires_at, requested_by, status, decided_by, reason, created_at, \
             decided_at, requested_by_identity, kind",
            "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12",
            "",
        );
        let row = self.query_one(
            &sql,
            &[
                &a.user_id,
                &a.role,
                &a.department,
                &a.expires_at,
                &a.requested_by,
                &a.status.as_str(),
                &a.decided_by,
                &a.reason,
                &a.created_at,
                &a.decided_at,
                &a.requested_by_identity,
                &a.kind.as_str(),
            ],
        )?;
        get(&row, 0)
    }

    fn approval(&self, id: i64) -> Result<Option<ApprovalRow>> {
        let row = self.query_opt(&format!("SELECT {APPROVAL_COLUMNS} FROM approvals WHERE id = $1"), &[&id])?;
        row.map(|r| approval_from_row(&r)).transpose()
    }

    fn approvals(&self, status: Option<ApprovalStatus>) -> Result<Vec<ApprovalRow>> {
        let rows = self.query(
            &format!(
                "SELECT {APPROVAL_COLUMNS} FROM approvals WHERE $1::text IS NULL OR status = $1::text ORDER BY id"
            ),
            &[&status.map(ApprovalStatus::as_str)],
        )?;
        rows.iter().map(approval_from_row).collect()
    }

    fn update_approval(&mut self, a: &ApprovalRow) -> Result<()> {
        self.execute(
            "UPDATE approvals SET status = $2, decided_by = $3, reason = $4, decided_at = $5, user_id = $6 \
             WHERE id = $1",
            &[&a.id, &a.status.as_str(), &a.decided_by, &a.reason, &a.decided_at, &a.user_id],
        )?;
        Ok(())
    }
}
