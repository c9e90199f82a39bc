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

/// Gives an existing code a new value and expiry: the old value stops
/// working, and is refused as replaced (not as unknown) from then on.
pub fn rotate(tx: &mut dyn Tx, row: &mut CodeRow, ttl: chrono::Duration) -> Result<Fresh> {
    let code = random_code("");
    let now = clock::now();
    tx.record_replaced_code(&row.digest, row.id, &clock::format(now))?;
    row.digest = digest(code.expose());
    row.expires_at = clock::format(now + ttl);
    row.status = CodeStatus::Pending;
    tx.update_code(row)?;
    Ok(Fresh { id: row.id, code, expires_at: row.expires_at.clone() })
}

/// Finds a code of `kind` by its value, refusing a used (exit 4), expired,
/// revoked or replaced (exit 6) or unknown (exit 3) one.
pub fn redeemable(tx: &dyn Tx, kind: CodeKind, code: &str, now: &str) -> Result<CodeRow> {
    let what = if kind == INVITE { "invitation code" } else { "reset code" };
    let digest = digest(code);
    let Some(row) = tx.code_by_digest(&digest)?.filter(|r| r.kind == kind) else {
        if tx.replaced_code(&digest)?.is_some_and(|r| r.kind == kind) {
            return Err(Error::not_permitted(format!("this {what} was replaced by a newer one"))
                .hint("use the code from the newest message, or ask for a new one"));
        }
        return Err(Error::not_found(format!("unknown {what}")).hint("check the code, or ask for a new one"));
    };
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;
    use crate::store::Store;

    fn kind<T>(result: Result<T>) -> Option<Kind> {
        result.err().map(|e| e.kind)
    }

    /// A store with one user (id 1) to issue codes for.
    #[track_caller]
    fn store_with_user() -> Result<(Store, i64)> {
        let mut store = crate::testing::store()?;
        let row = crate::store::UserRow {
            username: "lisi".into(),
            name: "李四".into(),
            email: "lisi@example.com".into(),
            ..crate::store::UserRow::default()
        };
        let id = store.write(|tx| tx.insert_user(&row))?;
        Ok((store, id))
    }

    fn now() -> String {
        clock::format(clock::now())
    }

    #[test]
    fn a_code_is_stored_as_its_digest_and_redeemed_once() -> Result<()> {
        let (mut store, user) = store_with_user()?;
        let fresh = store.write(|tx| issue(tx, INVITE, user, chrono::Duration::hours(1), "os:root"))?;
        assert_eq!(fresh.code.expose().len(), 64);
        let row = store.read(|tx| tx.code_by_id(fresh.id))?.ok_or_else(|| Error::not_found("code"))?;
        assert_eq!(row.digest, digest(fresh.code.expose()));
        assert_ne!(row.digest, fresh.code.expose());
        assert_eq!((row.kind, row.status, status(&row, &now())), (INVITE, CodeStatus::Pending, State::Pending));

        // Redeemable, with surrounding blanks, but only as the kind it was issued for.
        let mut found = store.read(|tx| redeemable(tx, INVITE, &format!(" {} \n", fresh.code.expose()), &now()))?;
        assert_eq!(found.id, fresh.id);
        assert_eq!(kind(store.read(|tx| redeemable(tx, RESET, fresh.code.expose(), &now()))), Some(Kind::NotFound));
        assert_eq!(kind(store.read(|tx| redeemable(tx, INVITE, "not-a-code", &now()))), Some(Kind::NotFound));

        // Once used, never again.
        found.status = CodeStatus::Used;
        found.used_at = Some(now());
        store.write(|tx| tx.update_code(&found))?;
        assert_eq!(kind(store.read(|tx| redeemable(tx, INVITE, fresh.code.expose(), &now()))), Some(Kind::Conflict));
        Ok(())
    }

    #[test]
    fn an_expired_or_revoked_code_is_refused() -> Result<()> {
        let (mut store, user) = store_with_user()?;
        let fresh = store.write(|tx| issue(tx, RESET, user, chrono::Duration::minutes(10), "os:root"))?;
        let later = clock::format(clock::now() + chrono::Duration::minutes(11));
        let row = store.read(|tx| tx.code_by_id(fresh.id))?.ok_or_else(|| Error::not_found("code"))?;
        assert_eq!(status(&row, &later), State::Expired);
        assert_eq!(status(&row, &row.expires_at), State::Expired, "the expiry instant itself is past");
        assert_eq!(kind(store.read(|tx| redeemable(tx, RESET, fresh.code.expose(), &later))), Some(Kind::NotPermitted));

        assert_eq!(store.write(|tx| tx.revoke_codes(user, RESET))?, 1);
        assert_eq!(store.write(|tx| tx.revoke_codes(user, RESET))?, 0, "only pending codes are revoked");
        let row = store.read(|tx| tx.code_by_id(fresh.id))?.ok_or_else(|| Error::not_found("code"))?;
        assert_eq!(status(&row, &later), State::Revoked, "revoked wins over expired");
        assert_eq!(kind(store.read(|tx| redeemable(tx, RESET, fresh.code.expose(), &now()))), Some(Kind::NotPermitted));
        Ok(())
    }

    #[test]
    fn rotating_a_code_invalidates_the_old_value() -> Result<()> {
        let (mut store, user) = store_with_user()?;
        let old = store.write(|tx| issue(tx, INVITE, user, chrono::Duration::hours(1), "os:root"))?;
        let new = store.write(|tx| {
            let mut row = tx.code_by_id(old.id)?.ok_or_else(|| Error::not_found("code"))?;
            row.status = CodeStatus::Revoked;
            rotate(tx, &mut row, chrono::Duration::hours(2))
        })?;
        assert_eq!(new.id, old.id, "the same invitation, a new value");
        assert_ne!(new.code.expose(), old.code.expose());
        let refused = store.read(|tx| redeemable(tx, INVITE, old.code.expose(), &now())).err();
        assert_eq!(
            refused.as_ref().map(|e| e.kind),
            Some(Kind::NotPermitted),
            "the old value is replaced, not unknown"
        );
        assert!(refused.is_some_and(|e| e.message.contains("replaced")));
        assert_eq!(kind(store.read(|tx| redeemable(tx, RESET, old.code.expose(), &now()))), Some(Kind::NotFound));
        let row = store.read(|tx| redeemable(tx, INVITE, new.code.expose(), &now()))?;
        assert_eq!(row.status, CodeStatus::Pending, "rotating makes it pending again");
        assert!(row.expires_at > old.expires_at);
        Ok(())
    }

    #[test]
    fn links_name_the_kind() {
        let code = Secret::new("abc");
        assert_eq!(
            url(Some("https://crm.example.com"), INVITE, &code).as_deref(),
            Some("https://crm.example.com/invite/abc")
        );
        assert_eq!(
            url(Some("https://crm.example.com"), RESET, &code).as_deref(),
            Some("https://crm.example.com/reset/abc")
        );
        assert_eq!(url(None, RESET, &code), None);
    }
}
