//! PostgreSQL queries: the audit log and its head.

use postgres::Row;
use postgres::types::ToSql;

use super::users::Args;
use super::{PgTx, ascii_lower, flag, get};
use crate::error::{Error, Result};
use crate::store::{AuditFilter, AuditRow, AuditTx};

const AUDIT_COLUMNS: &str = "id, at, actor, action, target_user_id, target, details, pii_digest, prev_hash, hash, \
     purged, actor_identity, erased_for";

/// Entries read per query by [`AuditTx::for_each_audit`].
const PAGE: u64 = 2000;

fn audit_from_row(r: &Row) -> Result<AuditRow> {
    Ok(AuditRow {
        id: get(r, 0)?,
        at: get(r, 1)?,
        actor: get(r, 2)?,
        action: get(r, 3)?,
        target_user_id: get(r, 4)?,
        target: get(r, 5)?,
        details: get(r, 6)?,
        pii_digest: get(r, 7)?,
        prev_hash: get(r, 8)?,
        hash: get(r, 9)?,
        purged: flag(r, 10)?,
        actor_identity: get(r, 11)?,
        erased_for: get(r, 12)?,
    })
}

impl AuditTx for PgTx<'_> {
    fn audit_head(&self) -> Result<Option<(i64, String)>> {
        let row = self.query_opt("SELECT value FROM meta WHERE key = 'audit_head'", &[])?;
        let Some(row) = row else { return Ok(None) };
        let value: String = get(&row, 0)?;
        let parsed = value.split_once(':').and_then(|(id, hash)| Some((id.parse().ok()?, hash.to_string())));
        parsed.map(Some).ok_or_else(|| Error::storage("the recorded head of the audit log is damaged"))
    }

    fn insert_audit(&mut self, a: &AuditRow) -> Result<()> {
        self.execute(
            &format!(
                "INSERT INTO audit ({AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"
            ),
            &audit_params(a, &i64::from(a.purged)),
        )?;
        Ok(())
    }

    fn update_audit(&mut self, a: &AuditRow) -> Result<()> {
        self.execute(
            "UPDATE audit SET at = $2, actor = $3, action = $4, target_user_id = $5, target = $6, details = $7, \
             pii_digest = $8, prev_hash = $9, hash = $10, purged = $11, actor_identity = $12, erased_for = $13 \
             WHERE id = $1",
            &audit_params(a, &i64::from(a.purged)),
        )?;
        Ok(())
    }

    fn audit_page(&self, after_id: i64, limit: u64) -> Result<Vec<AuditRow>> {
        let limit = limit.min(i64::MAX as u64) as i64;
        let rows = self.query(
            &format!("SELECT {AUDIT_COLUMNS} FROM audit WHERE id > $1 ORDER BY id LIMIT $2"),
            &[&after_id, &limit],
        )?;
        rows.iter().map(audit_from_row).collect()
    }

    fn audit_mentioning(
        &self,
        user_id: i64,
        actor_identity: &str,
        actor_names: &[String],
        needles: &[String],
    ) -> Result<Vec<AuditRow>> {
        let mut args = Args::default();
        let mut sql = format!(
            "SELECT {AUDIT_COLUMNS} FROM audit WHERE target_user_id = {} OR actor_identity = {}",
            args.arg(&user_id),
            args.text(&actor_identity)
        );
        for name in actor_names {
            sql.push_str(&format!(" OR actor = {}", args.text(name)));
        }
        let (target, details) = (ascii_lower("target"), ascii_lower("details"));
        for needle in needles {
            let n = args.text(needle);
            sql.push_str(&format!(" OR strpos({target}, {n}) > 0 OR strpos({details}, {n}) > 0"));
        }
        sql.push_str(" ORDER BY id");
        let rows = self.query(&sql, &args.list)?;
        rows.iter().map(audit_from_row).collect()
    }

    fn audit_upgrade_pending(&self) -> Result<bool> {
        Ok(self.query_opt("SELECT 1 FROM meta WHERE key = 'audit_format_pending'", &[])?.is_some())
    }

    fn finish_audit_upgrade(&mut self) -> Result<()> {
        self.execute("DELETE FROM meta WHERE key = 'audit_format_pending'", &[])?;
        Ok(())
    }

    fn rename_actor(&mut self, names: &[String], to: &str) -> Result<()> {
        for name in names {
            self.execute("UPDATE codes SET created_by = $2 WHERE created_by = $1", &[name, &to])?;
            self.execute("UPDATE approvals SET requested_by = $2 WHERE requested_by = $1", &[name, &to])?;
            self.execute("UPDATE approvals SET decided_by = $2 WHERE decided_by = $1", &[name, &to])?;
        }
        Ok(())
    }

    fn set_audit_head(&mut self, id: i64, hash: &str) -> Result<()> {
        self.execute(
            "INSERT INTO meta (key, value) VALUES ('audit_head', $1) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            &[&format!("{id}:{hash}")],
        )?;
        Ok(())
    }

    fn list_audit(&self, f: &AuditFilter) -> Result<Vec<AuditRow>> {
        let mut args = Args::default();
        let mut sql = format!("SELECT {AUDIT_COLUMNS} FROM audit WHERE true");
        if let Some(id) = &f.target_user_id {
            // An import records the users it created as id ranges in one
            // entry. CASE: only those entries' details are read as JSON.
            let uid = args.arg(id);
            sql.push_str(&format!(
                " AND (target_user_id = {uid} OR CASE WHEN action = 'user.import' \
                 AND jsonb_typeof(details::jsonb -> 'ids') = 'array' THEN EXISTS \
                 (SELECT 1 FROM jsonb_array_elements(details::jsonb -> 'ids') r \
                  WHERE {uid} BETWEEN (r ->> 0)::bigint AND (r ->> 1)::bigint) ELSE false END)"
            ));
        }
        if let Some(actor) = &f.actor {
            sql.push_str(&format!(" AND actor = {}", args.text(actor)));
        }
        if let Some(action) = &f.action {
            let a = args.text(action);
            sql.push_str(&format!(" AND (action = {a} OR substr(action, 1, length({a}) + 1) = {a} || '.')"));
        }
        if let Some(since) = &f.since {
            sql.push_str(&format!(" AND at >= {}", args.text(since)));
        }
        if let Some(until) = &f.until {
            sql.push_str(&format!(" AND at < {}", args.text(until)));
        }
        sql.push_str(" ORDER BY id DESC");
        let limit = f.limit.map(|n| n.min(i64::MAX as u64) as i64);
        if let Some(limit) = &limit {
            sql.push_str(&format!(" LIMIT {}", args.arg(limit)));
        }
        let rows = self.query(&sql, &args.list)?;
        let mut out: Vec<AuditRow> = rows.iter().map(audit_from_row).collect::<Result<_>>()?;
        out.reverse();
        Ok(out)
    }

    fn for_each_audit(&self, f: &mut dyn FnMut(AuditRow) -> Result<()>) -> Result<()> {
        // In pages, so that no statement is open while `f` runs.
        let mut after = 0;
        loop {
            let page = self.audit_page(after, PAGE)?;
            let Some(last) = page.last().map(|r| r.id) else { return Ok(()) };
            for row in page {
                f(row)?;
            }
            after = last;
        }
    }
}

/// Every column of an audit entry in [`AUDIT_COLUMNS`] order.
fn audit_params<'a>(a: &'a AuditRow, purged: &'a i64) -> [&'a (dyn ToSql + Sync); 13] {
    [
        &a.id,
        &a.at,
        &a.actor,
        &a.action,
        &a.target_user_id,
        &a.target,
        &a.details,
        &a.pii_digest,
        &a.prev_hash,
        &a.hash,
        purged,
        &a.actor_identity,
        &a.erased_for,
    ]
}
