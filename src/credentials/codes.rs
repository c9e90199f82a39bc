//! One-time codes for invitations and password resets: 256 random bits,
//! shown once with their absolute expiry, stored only as SHA-256 digests,
//! redeemable once.

use sha2::{Digest, Sha256};

use crate::clock;
use crate::credentials::passwords::Secret;
use crate::error::{Error, Result};
use crate::store::{CodeKind, CodeRow, CodeStatus, Tx};

/// `invite` codes.
pub const INVITE: CodeKind = CodeKind::Invite;
/// `reset` codes.
pub const RESET: CodeKind = CodeKind::Reset;

/// The state a code is in at an instant: its stored status, with expiry applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Redeemable.
    Pending,
    /// Redeemed already.
    Used,
    /// Revoked (or replaced).
    Revoked,
    /// Past its expiry, unredeemed.
    Expired,
}

/// A freshly issued code.
#[derive(Debug, Clone)]
pub struct Fresh {
    /// Code id.
    pub id: i64,
    /// The code itself, to show once.
    pub code: Secret,
    /// RFC 3339.
    pub expires_at: String,
}

/// The state a code is in at `now`.
pub fn status(row: &CodeRow, now: &str) -> State {
    match row.status {
        CodeStatus::Used => State::Used,
        CodeStatus::Revoked => State::Revoked,
        CodeStatus::Pending if row.expires_at.as_str() <= now => State::Expired,
        CodeStatus::Pending => State::Pending,
    }
}

/// Stores a new code of `kind` for a user, valid for `ttl`.
pub fn issue(tx: &mut dyn Tx, kind: CodeKind, user_id: i64, ttl: chrono::Duration, created_by: &str) -> Result<Fresh> {
    let code = random_code("");
    let now = clock::now();
    let row = CodeRow {
        id: 0,
        kind,
        user_id,
        digest: digest(code.expose()),
        status: CodeStatus::Pending,
        created_at: clock::format(now),
        expires_at: clock::format(now + ttl),
        created_by: created_by.to_string(),
        used_at: None,
    };
    let id = tx.insert_code(&row)?;
    Ok(Fresh { id, code, expires_at: row.expires_at })
}

/// Gives an existing code a new value and expiry: the old value stops working.
pub fn rotate(tx: &mut dyn Tx, row: &mut CodeRow, ttl: chrono::Duration) -> Result<Fresh> {
    let code = random_code("");
    row.digest = digest(code.expose());
    row.expires_at = clock::format(clock::now() + ttl);
    row.status = CodeStatus::Pending;
    tx.update_code(row)?;
    Ok(Fresh { id: row.id, code, expires_at: row.expires_at.clone() })
}

/// Finds a code of `kind` by its value, refusing a used (exit 4), expired or
/// revoked (exit 6) or unknown (exit 3) one.
pub fn redeemable(tx: &dyn Tx, kind: CodeKind, code: &str, now: &str) -> Result<CodeRow> {
    let what = if kind == INVITE { "invitation code" } else { "reset code" };
    let row = tx
        .code_by_digest(&digest(code))?
        .filter(|r| r.kind == kind)
        .ok_or_else(|| Error::not_found(format!("unknown {what}")).hint("check the code, or ask for a new one"))?;
    match status(&row, now) {
        State::Used => Err(Error::conflict(format!("this {what} was used already"))),
        State::Revoked => Err(Error::not_permitted(format!("this {what} was revoked")).hint("ask for a new one")),
        State::Expired => {
            Err(Error::not_permitted(format!("this {what} expired at {}", row.expires_at)).hint("ask for a new one"))
        }
        State::Pending => Ok(row),
    }
}

/// The link for a code, when `invite.base_url` is set: `<base>/invite/<code>`
/// or `<base>/reset/<code>`.
pub fn url(base_url: Option<&str>, kind: CodeKind, code: &Secret) -> Option<String> {
    base_url.map(|base| format!("{base}/{kind}/{}", code.expose()))
}

/// A secret random value with `prefix`: 256 bits, hex-encoded.
pub fn random_code(prefix: &str) -> Secret {
    let mut bytes = [0u8; 32];
    rand::fill(&mut bytes);
    Secret::new(format!("{prefix}{}", hex::encode(bytes)))
}

/// The SHA-256 digest a code is stored as.
pub fn digest(code: &str) -> String {
    hex::encode(Sha256::digest(code.trim().as_bytes()))
}
