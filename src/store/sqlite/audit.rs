//! SQLite queries: the audit log and its head.

use rusqlite::{OptionalExtension, Row, params};

use super::SqliteTx;
use crate::error::{Error, Result};
use crate::store::{AuditFilter, AuditRow, AuditTx};

const AUDIT_COLUMNS: &str = "id, at, actor, action, target_user_id, target, details, pii_digest, prev_hash, hash, \
     purged, actor_identity, erased_for";

fn audit_from_row(r: &Row<'_>) -> rusqlite::Result<AuditRow> {
    Ok(AuditRow {
        id: r.get(0)?,
        at: r.get(1)?,
        actor: r.get(2)?,
        action: r.get(3)?,
        target_user_id: r.get(4)?,
        target: r.get(5)?,
        details: r.get(6)?,
        pii_digest: r.get(7)?,
        prev_hash: r.get(8)?,
        hash: r.get(9)?,
        purged: r.get(10)?,
        actor_identity: r.get(11)?,
        erased_for: r.get(12)?,
    })
}

/// Every column of an audit entry in [`AUDIT_COLUMNS`] order.
fn audit_params(a: &AuditRow) -> [&dyn rusqlite::ToSql; 13] {
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
        &a.purged,
        &a.actor_identity,
        &a.erased_for,
    ]
}

impl AuditTx for SqliteTx<'_> {
    fn audit_head(&self) -> Result<Option<(i64, String)>> {
        let mut stmt = self.tx.prepare_cached("SELECT value FROM meta WHERE key = 'audit_head'")?;
        let value: Option<String> = stmt.query_row([], |r| r.get(0)).optional()?;
        let Some(value) = value else { return Ok(None) };
        let parsed = value.split_once(':').and_then(|(id, hash)| Some((id.parse().ok()?, hash.to_string())));
        parsed.map(Some).ok_or_else(|| Error::storage("the recorded head of the audit log is damaged"))
    }

    fn insert_audit(&mut self, a: &AuditRow) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(&format!(
            "INSERT INTO audit ({AUDIT_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
        ))?;
        stmt.execute(audit_params(a))?;
        Ok(())
    }

    fn update_audit(&mut self, a: &AuditRow) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(
            "UPDATE audit SET at = ?2, actor = ?3, action = ?4, target_user_id = ?5, target = ?6, details = ?7, \
             pii_digest = ?8, prev_hash = ?9, hash = ?10, purged = ?11, actor_identity = ?12, erased_for = ?13 \
             WHERE id = ?1",
        )?;
        stmt.execute(audit_params(a))?;
        Ok(())
    }

    fn audit_page(&self, after_id: i64, limit: u64) -> Result<Vec<AuditRow>> {
        let mut stmt =
            self.tx.prepare_cached(&format!("SELECT {AUDIT_COLUMNS} FROM audit WHERE id > ?1 ORDER BY id LIMIT ?2"))?;
        let rows = stmt.query_map(params![after_id, limit.min(i64::MAX as u64) as i64], audit_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn audit_mentioning(
        &self,
        user_id: i64,
        actor_identity: &str,
        actor_names: &[String],
        needles: &[String],
    ) -> Result<Vec<AuditRow>> {
        let mut sql = format!("SELECT {AUDIT_COLUMNS} FROM audit WHERE target_user_id = ? OR actor_identity = ?");
        let mut args: Vec<&dyn rusqlite::ToSql> = vec![&user_id, &actor_identity];
        for name in actor_names {
            sql.push_str(" OR actor = ?");
            args.push(name);
        }
        for needle in needles {
            sql.push_str(" OR instr(lower(target), ?) > 0 OR instr(lower(details), ?) > 0");
            args.push(needle);
            args.push(needle);
        }
        sql.push_str(" ORDER BY id");
        let mut stmt = self.tx.prepare(&sql)?;
        let rows = stmt.query_map(args.as_slice(), audit_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn audit_upgrade_pending(&self) -> Result<bool> {
        let mut stmt = self.tx.prepare_cached("SELECT 1 FROM meta WHERE key = 'audit_format_pending'")?;
        Ok(stmt.exists([])?)
    }

    fn finish_audit_upgrade(&mut self) -> Result<()> {
        self.tx.execute("DELETE FROM meta WHERE key = 'audit_format_pending'", [])?;
        Ok(())
    }

    fn rename_actor(&mut self, names: &[String], to: &str) -> Result<()> {
        for name in names {
            self.tx.execute("UPDATE codes SET created_by = ?2 WHERE created_by = ?1", [name, to])?;
            self.tx.execute("UPDATE approvals SET requested_by = ?2 WHERE requested_by = ?1", [name, to])?;
            self.tx.execute("UPDATE approvals SET decided_by = ?2 WHERE decided_by = ?1", [name, to])?;
        }
        Ok(())
    }

    fn set_audit_head(&mut self, id: i64, hash: &str) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(
            "INSERT INTO meta (key, value) VALUES ('audit_head', ?1) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )?;
        stmt.execute([format!("{id}:{hash}")])?;
        Ok(())
    }

    fn list_audit(&self, f: &AuditFilter) -> Result<Vec<AuditRow>> {
        let mut sql = format!("SELECT {AUDIT_COLUMNS} FROM audit WHERE 1");
        let mut args: Vec<(&str, &dyn rusqlite::ToSql)> = Vec::new();
        if let Some(id) = &f.target_user_id {
            // An import records the users it created as id ranges in one entry.
            sql.push_str(
                " AND (target_user_id = :uid OR (action = 'user.import' AND EXISTS \
                 (SELECT 1 FROM json_each(details, '$.ids') r WHERE :uid BETWEEN r.value ->> 0 AND r.value ->> 1)))",
            );
            args.push((":uid", id));
        }
        if let Some(actor) = &f.actor {
            sql.push_str(" AND actor = :actor");
            args.push((":actor", actor));
        }
        if let Some(action) = &f.action {
            sql.push_str(" AND (action = :action OR substr(action, 1, length(:action) + 1) = :action || '.')");
            args.push((":action", action));
        }
        if let Some(since) = &f.since {
            sql.push_str(" AND at >= :since");
            args.push((":since", since));
        }
        if let Some(until) = &f.until {
            sql.push_str(" AND at < :until");
            args.push((":until", until));
        }
        sql.push_str(" ORDER BY id DESC");
        let limit = f.limit.map(|n| n.min(i64::MAX as u64) as i64);
        if let Some(limit) = &limit {
            sql.push_str(" LIMIT :limit");
            args.push((":limit", limit));
        }
        let mut stmt = self.tx.prepare(&sql)?;
        let rows = stmt.query_map(args.as_slice(), audit_from_row)?;
        let mut out: Vec<AuditRow> = rows.collect::<rusqlite::Result<_>>()?;
        out.reverse();
        Ok(out)
    }

    fn for_each_audit(&self, f: &mut dyn FnMut(AuditRow) -> Result<()>) -> Result<()> {
        let mut stmt = self.tx.prepare(&format!("SELECT {AUDIT_COLUMNS} FROM audit ORDER BY id"))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            f(audit_from_row(row)?)?;
        }
        Ok(())
    }
}
