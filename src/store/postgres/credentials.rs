//! PostgreSQL queries: api tokens and one-time codes (invitations, resets).

use postgres::Row;

use super::{PgTx, flag, get, insert_with_id, text_enum};
use crate::error::{Error, Result};
use crate::store::{CodeKind, CodeRow, CodeStatus, CredentialsTx, TokenRow};

const TOKEN_COLUMNS: &str =
    "id, user_id, digest, description, created_at, expires_at, last_used_at, revoked, created_by";

fn token_from_row(r: &Row) -> Result<TokenRow> {
    Ok(TokenRow {
        id: get(r, 0)?,
        user_id: get(r, 1)?,
        digest: get(r, 2)?,
        description: get(r, 3)?,
        created_at: get(r, 4)?,
        expires_at: get(r, 5)?,
        last_used_at: get(r, 6)?,
        revoked: flag(r, 7)?,
        created_by: get(r, 8)?,
    })
}

const CODE_COLUMNS: &str = "id, kind, user_id, digest, status, created_at, expires_at, created_by, used_at";

fn code_from_row(r: &Row) -> Result<CodeRow> {
    Ok(CodeRow {
        id: get(r, 0)?,
        kind: text_enum(r, 1, CodeKind::parse, "code kind")?,
        user_id: get(r, 2)?,
        digest: get(r, 3)?,
        status: text_enum(r, 4, CodeStatus::parse, "code status")?,
        created_at: get(r, 5)?,
        expires_at: get(r, 6)?,
        created_by: get(r, 7)?,
        used_at: get(r, 8)?,
    })
}

impl PgTx<'_> {
    fn tokens_where(&self, clause: &str, value: &(dyn postgres::types::ToSql + Sync)) -> Result<Vec<TokenRow>> {
        let rows = self.query(&format!("SELECT {TOKEN_COLUMNS} FROM tokens {clause}"), &[value])?;
        rows.iter().map(token_from_row).collect()
    }

    fn code_where(&self, clause: &str, value: &(dyn postgres::types::ToSql + Sync)) -> Result<Option<CodeRow>> {
        let row = self.query_opt(&format!("SELECT {CODE_COLUMNS} FROM codes WHERE {clause}"), &[value])?;
        row.map(|r| code_from_row(&r)).transpose()
    }
}

impl CredentialsTx for PgTx<'_> {
    fn insert_token(&mut self, t: &TokenRow) -> Result<i64> {
        let sql = insert_with_id(
            "tokens",
            "user_id, digest, description, created_at, expires_at, last_used_at, revoked, created_by",
            "$1, $2, $3, $4, $5, $6, $7, $8",
            "",
        );
        let row = self.query_one(
            &sql,
            &[
                &t.user_id,
                &t.digest,
                &t.description,
                &t.created_at,
                &t.expires_at,
                &t.last_used_at,
                &i64::from(t.revoked),
                &t.created_by,
            ],
        )?;
        get(&row, 0)
    }

    fn token_by_digest(&self, digest: &str) -> Result<Option<TokenRow>> {
        Ok(self.tokens_where("WHERE digest = $1", &digest)?.into_iter().next())
    }

    fn token_by_id(&self, id: i64) -> Result<Option<TokenRow>> {
        Ok(self.tokens_where("WHERE id = $1", &id)?.into_iter().next())
    }

    fn tokens(&self) -> Result<Vec<TokenRow>> {
        let rows = self.query(&format!("SELECT {TOKEN_COLUMNS} FROM tokens ORDER BY id"), &[])?;
        rows.iter().map(token_from_row).collect()
    }

    fn update_token(&mut self, t: &TokenRow) -> Result<()> {
        self.execute(
            "UPDATE tokens SET revoked = $2, last_used_at = $3 WHERE id = $1",
            &[&t.id, &i64::from(t.revoked), &t.last_used_at],
        )?;
        Ok(())
    }

    fn revoke_tokens(&mut self, user_id: i64) -> Result<u64> {
        self.execute("UPDATE tokens SET revoked = 1 WHERE user_id = $1 AND revoked = 0", &[&user_id])
    }

    fn insert_code(&mut self, c: &CodeRow) -> Result<i64> {
        let sql = insert_with_id(
            "codes",
            "kind, user_id, digest, status, created_at, expires_at, created_by, used_at",
            "$1, $2, $3, $4, $5, $6, $7, $8",
            "",
        );
        let row = self
            .query_opt(
                &sql,
                &[
                    &c.kind.as_str(),
                    &c.user_id,
                    &c.digest,
                    &c.status.as_str(),
                    &c.created_at,
                    &c.expires_at,
                    &c.created_by,
                    &c.used_at,
                ],
            )?
            .ok_or_else(|| Error::storage("the new code was not written"))?;
        get(&row, 0)
    }

    fn code_by_digest(&self, digest: &str) -> Result<Option<CodeRow>> {
        self.code_where("digest = $1", &digest)
    }

    fn code_by_id(&self, id: i64) -> Result<Option<CodeRow>> {
        self.code_where("id = $1", &id)
    }

    fn codes(&self, kind: CodeKind) -> Result<Vec<CodeRow>> {
        let rows =
            self.query(&format!("SELECT {CODE_COLUMNS} FROM codes WHERE kind = $1 ORDER BY id"), &[&kind.as_str()])?;
        rows.iter().map(code_from_row).collect()
    }

    fn update_code(&mut self, c: &CodeRow) -> Result<()> {
        self.execute(
            "UPDATE codes SET digest = $2, status = $3, expires_at = $4, used_at = $5 WHERE id = $1",
            &[&c.id, &c.digest, &c.status.as_str(), &c.expires_at, &c.used_at],
        )?;
        Ok(())
    }

    fn revoke_codes(&mut self, user_id: i64, kind: CodeKind) -> Result<u64> {
        self.execute(
            "UPDATE codes SET status = $3 WHERE user_id = $1 AND kind = $2 AND status = $4",
            &[&user_id, &kind.as_str(), &CodeStatus::Revoked.as_str(), &CodeStatus::Pending.as_str()],
        )
    }

    fn record_replaced_code(&mut self, digest: &str, code_id: i64, at: &str) -> Result<()> {
        self.execute(
            "INSERT INTO replaced_codes (digest, code_id, replaced_at) VALUES ($1, $2, $3)",
            &[&digest, &code_id, &at],
        )?;
        Ok(())
    }

    fn replaced_code(&self, digest: &str) -> Result<Option<CodeRow>> {
        self.code_where("id = (SELECT code_id FROM replaced_codes WHERE digest = $1)", &digest)
    }
}
