//! SQLite queries: api tokens and one-time codes (invitations, resets).

use rusqlite::{OptionalExtension, Row, params};

use super::SqliteTx;
use crate::error::Result;
use crate::store::{CodeKind, CodeRow, CodeStatus, CredentialsTx, TokenRow};

text_enum!(CodeKind, "code kind");
text_enum!(CodeStatus, "code status");

const TOKEN_COLUMNS: &str =
    "id, user_id, digest, description, created_at, expires_at, last_used_at, revoked, created_by";

fn token_from_row(r: &Row<'_>) -> rusqlite::Result<TokenRow> {
    Ok(TokenRow {
        id: r.get(0)?,
        user_id: r.get(1)?,
        digest: r.get(2)?,
        description: r.get(3)?,
        created_at: r.get(4)?,
        expires_at: r.get(5)?,
        last_used_at: r.get(6)?,
        revoked: r.get(7)?,
        created_by: r.get(8)?,
    })
}

const CODE_COLUMNS: &str = "id, kind, user_id, digest, status, created_at, expires_at, created_by, used_at";

fn code_from_row(r: &Row<'_>) -> rusqlite::Result<CodeRow> {
    Ok(CodeRow {
        id: r.get(0)?,
        kind: r.get(1)?,
        user_id: r.get(2)?,
        digest: r.get(3)?,
        status: r.get(4)?,
        created_at: r.get(5)?,
        expires_at: r.get(6)?,
        created_by: r.get(7)?,
        used_at: r.get(8)?,
    })
}

impl CredentialsTx for SqliteTx<'_> {
    fn insert_token(&mut self, t: &TokenRow) -> Result<i64> {
        self.tx.execute(
            "INSERT INTO tokens (user_id, digest, description, created_at, expires_at, last_used_at, revoked, \
             created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                t.user_id,
                t.digest,
                t.description,
                t.created_at,
                t.expires_at,
                t.last_used_at,
                t.revoked,
                t.created_by
            ],
        )?;
        Ok(self.tx.last_insert_rowid())
    }

    fn token_by_digest(&self, digest: &str) -> Result<Option<TokenRow>> {
        let mut stmt = self.tx.prepare_cached(&format!("SELECT {TOKEN_COLUMNS} FROM tokens WHERE digest = ?1"))?;
        Ok(stmt.query_row([digest], token_from_row).optional()?)
    }

    fn token_by_id(&self, id: i64) -> Result<Option<TokenRow>> {
        let mut stmt = self.tx.prepare_cached(&format!("SELECT {TOKEN_COLUMNS} FROM tokens WHERE id = ?1"))?;
        Ok(stmt.query_row([id], token_from_row).optional()?)
    }

    fn tokens(&self) -> Result<Vec<TokenRow>> {
        let mut stmt = self.tx.prepare_cached(&format!("SELECT {TOKEN_COLUMNS} FROM tokens ORDER BY id"))?;
        let rows = stmt.query_map([], token_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn update_token(&mut self, t: &TokenRow) -> Result<()> {
        self.tx.execute(
            "UPDATE tokens SET revoked = ?2, last_used_at = ?3 WHERE id = ?1",
            params![t.id, t.revoked, t.last_used_at],
        )?;
        Ok(())
    }

    fn revoke_tokens(&mut self, user_id: i64) -> Result<u64> {
        let n = self.tx.execute("UPDATE tokens SET revoked = 1 WHERE user_id = ?1 AND revoked = 0", [user_id])?;
        Ok(n as u64)
    }

    fn insert_code(&mut self, c: &CodeRow) -> Result<i64> {
        self.tx.execute(
            "INSERT INTO codes (kind, user_id, digest, status, created_at, expires_at, created_by, used_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![c.kind, c.user_id, c.digest, c.status, c.created_at, c.expires_at, c.created_by, c.used_at],
        )?;
        Ok(self.tx.last_insert_rowid())
    }

    fn code_by_digest(&self, digest: &str) -> Result<Option<CodeRow>> {
        let mut stmt = self.tx.prepare_cached(&format!("SELECT {CODE_COLUMNS} FROM codes WHERE digest = ?1"))?;
        Ok(stmt.query_row([digest], code_from_row).optional()?)
    }

    fn code_by_id(&self, id: i64) -> Result<Option<CodeRow>> {
        let mut stmt = self.tx.prepare_cached(&format!("SELECT {CODE_COLUMNS} FROM codes WHERE id = ?1"))?;
        Ok(stmt.query_row([id], code_from_row).optional()?)
    }

    fn codes(&self, kind: CodeKind) -> Result<Vec<CodeRow>> {
        let mut stmt =
            self.tx.prepare_cached(&format!("SELECT {CODE_COLUMNS} FROM codes WHERE kind = ?1 ORDER BY id"))?;
        let rows = stmt.query_map([kind], code_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn update_code(&mut self, c: &CodeRow) -> Result<()> {
        self.tx.execute(
            "UPDATE codes SET digest = ?2, status = ?3, expires_at = ?4, used_at = ?5 WHERE id = ?1",
            params![c.id, c.digest, c.status, c.expires_at, c.used_at],
        )?;
        Ok(())
    }

    fn revoke_codes(&mut self, user_id: i64, kind: CodeKind) -> Result<u64> {
        let n = self.tx.execute(
            "UPDATE codes SET status = ?3 WHERE user_id = ?1 AND kind = ?2 AND status = ?4",
            params![user_id, kind, CodeStatus::Revoked, CodeStatus::Pending],
        )?;
        Ok(n as u64)
    }

    fn record_replaced_code(&mut self, digest: &str, code_id: i64, at: &str) -> Result<()> {
        self.tx.execute(
            "INSERT INTO replaced_codes (digest, code_id, replaced_at) VALUES (?1, ?2, ?3)",
            params![digest, code_id, at],
        )?;
        Ok(())
    }

    fn replaced_code(&self, digest: &str) -> Result<Option<CodeRow>> {
        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT {CODE_COLUMNS} FROM codes WHERE id = (SELECT code_id FROM replaced_codes WHERE digest = ?1)"
        ))?;
        Ok(stmt.query_row([digest], code_from_row).optional()?)
    }
}
