//! API tokens: how scripts and delegated administrators act as a user.
//!
//! A token is 256 random bits, shown once when created and stored only as its
//! SHA-256 digest. Using one turns the command's [`Principal`] into the
//! token's user, held to that user's grants.

use serde_json::json;

use crate::audit::{self, Target};
use crate::clock;
use crate::credentials::codes::{digest, random_code};
use crate::credentials::passwords::Secret;
use crate::error::{Error, Result};
use crate::identity::{self, Principal, USERS_MANAGE, USERS_READ};
use crate::identity::{Actor, Identity};
use crate::store::{Store, TokenRow};
use crate::users::{self, Status, StoredStatus};
use crate::validate;

/// Prefix of every token, so that a leaked one is recognisable in logs and scanners.
pub const PREFIX: &str = "crmctl_";

/// A new token: the secret is shown once.
#[derive(Debug, Clone)]
pub struct Created {
    /// Token id.
    pub id: i64,
    /// The token's user.
    pub username: String,
    /// The token itself.
    pub token: Secret,
    /// When it stops working.
    pub expires_at: Option<String>,
}

/// A token as listed (never the secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Info {
    /// Token id.
    pub id: i64,
    /// Username, or `#ID` if the user was purged.
    pub user: String,
    /// What it is for.
    pub description: Option<String>,
    /// RFC 3339.
    pub created_at: String,
    /// RFC 3339.
    pub expires_at: Option<String>,
    /// RFC 3339.
    pub last_used_at: Option<String>,
    /// Revoked tokens are refused.
    pub revoked: bool,
}

/// Creates a token acting as `user`.
pub fn create(
    store: &mut Store,
    who: &Principal,
    user: &str,
    expires_in: Option<&str>,
    description: Option<&str>,
) -> Result<Created> {
    let lifetime = expires_in.map(clock::parse_duration).transpose()?;
    let token = random_code(PREFIX);
    store.write(|tx| {
        let now = clock::now();
        let target = users::find_for(tx, who, user)?;
        who.require_acting_as(tx, &target, &clock::format(now), "create a token for")?;
        if target.status == StoredStatus::Deleted {
            return Err(Error::invalid(format!("{} is deleted", target.username)));
        }
        let row = TokenRow {
            id: 0,
            user_id: target.id,
            digest: digest(token.expose()),
            description: description
                .map(|d| validate::free_text("--description", d))
                .transpose()?
                .filter(|d| !d.is_empty()),
            created_at: clock::format(now),
            expires_at: lifetime.map(|d| clock::format(now + d)),
            last_used_at: None,
            revoked: false,
            created_by: Some(who.identities().iter().map(Identity::encode).collect::<Vec<_>>().join(",")),
        };
        let id = tx.insert_token(&row)?;
        let details = json!({"token_id": id, "description": row.description, "expires_at": row.expires_at});
        audit::record(tx, who.actor(), "token.create", Target::User(target.id, &target.username), details)?;
        Ok(Created { id, username: target.username, token: token.clone(), expires_at: row.expires_at })
    })
}

fn info(tx: &dyn crate::store::Tx, t: TokenRow) -> Result<Info> {
    let user = tx.user_by_id(t.user_id)?.map(|u| u.username).unwrap_or_else(|| format!("#{}", t.user_id));
    Ok(Info {
        id: t.id,
        user,
        description: t.description,
        created_at: t.created_at,
        expires_at: t.expires_at,
        last_used_at: t.last_used_at,
        revoked: t.revoked,
    })
}

/// Every token this principal may see.
pub fn list(store: &mut Store, who: &Principal) -> Result<Vec<Info>> {
    who.require_anywhere(USERS_READ)?;
    store.read(|tx| {
        let mut out = Vec::new();
        for t in tx.tokens()? {
            let dept = tx.user_by_id(t.user_id)?.and_then(|u| u.department);
            if who.can(USERS_READ, dept.as_deref()) {
                out.push(info(tx, t)?);
            }
        }
        Ok(out)
    })
}

/// Revokes a token; it stops working at once. Revoking twice is a no-op.
pub fn revoke(store: &mut Store, who: &Principal, id: i64) -> Result<Info> {
    store.write(|tx| {
        let now = clock::format(clock::now());
        let mut t = tx
            .token_by_id(id)?
            .ok_or_else(|| Error::not_found(format!("no token #{id}")).hint("`crmctl token list` shows the tokens"))?;
        let own = matches!(who, Principal::User { user_id, .. } if *user_id == t.user_id);
        if !own && let Some(target) = tx.user_by_id(t.user_id)? {
            if !who.can_read(&target) {
                // A token of someone outside the scope: as if there were none.
                return Err(Error::not_found(format!("no token #{id}")).hint("`crmctl token list` shows the tokens"));
            }
            who.require_over_user(tx, USERS_MANAGE, &target, &now)?;
        }
        if !t.revoked {
            t.revoked = true;
            tx.update_token(&t)?;
            let name = tx.user_by_id(t.user_id)?.map(|u| u.username).unwrap_or_else(|| format!("#{}", t.user_id));
            audit::record(tx, who.actor(), "token.revoke", Target::User(t.user_id, &name), json!({"token_id": id}))?;
        }
        info(tx, t)
    })
}

/// Turns a token into the principal it acts as. A revoked, expired or unknown
/// token, or one whose user is not active, is exit 6.
pub fn authenticate(store: &mut Store, token: &str) -> Result<Principal> {
    authenticate_token(store, token).map(|(who, _)| who)
}

/// How stale a token's `last_used_at` may get before a use writes it again:
/// a server checking a token on every request must not turn every read into
/// a write.
const LAST_USED_GRANULARITY: chrono::Duration = chrono::Duration::seconds(60);

/// [`authenticate`], also answering the token's id (for `crmctl serve`'s log
/// and rate limit). `last_used_at` is kept to the minute.
pub fn authenticate_token(store: &mut Store, token: &str) -> Result<(Principal, i64)> {
    let refused = |why: &str| {
        Error::not_permitted(format!("token refused: {why}")).hint("create a new one with `crmctl token create USER`")
    };
    let at = clock::now();
    let now = clock::format(at);
    let stale = clock::format(at - LAST_USED_GRANULARITY);
    let checked = |tx: &dyn crate::store::Tx| -> Result<(Principal, TokenRow)> {
        let t = tx.token_by_digest(&digest(token))?.ok_or_else(|| refused("unknown token"))?;
        if t.revoked {
            return Err(refused(&format!("token #{} was revoked", t.id)));
        }
        if t.expires_at.as_deref().is_some_and(|e| e <= now.as_str()) {
            return Err(refused(&format!("token #{} expired", t.id)));
        }
        let user = tx.user_by_id(t.user_id)?.ok_or_else(|| refused("its user no longer exists"))?;
        // A password lockout protects the password, not the tokens: a locked
        // user's tokens keep working. Disabling, deleting or purging a user
        // revokes them (see `revoke_all`), and they never come back.
        let status = Status::effective(&user, &now);
        if !matches!(status, Status::Active | Status::Locked) {
            return Err(refused(&format!("its user {} is {}", user.username, status.as_str())));
        }
        let who = Principal::User {
            actor: Actor::user(&user.username, user.id),
            grants: identity::grants(tx, user.id, &now)?,
            user_id: user.id,
            username: user.username,
            token_creators: t.created_by.as_deref().unwrap_or("").split(',').filter_map(Identity::decode).collect(),
        };
        Ok((who, t))
    };
    let (who, t) = store.read(checked)?;
    if t.last_used_at.as_deref().is_some_and(|used| used > stale.as_str()) {
        return Ok((who, t.id));
    }
    // Checked again in the write transaction: the token may have been
    // revoked since the read.
    store.write(|tx| {
        let (who, mut t) = checked(&*tx)?;
        t.last_used_at = Some(now.clone());
        tx.update_token(&t)?;
        Ok((who, t.id))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;
    use crate::store::StoredStatus;
    use crate::testing::{self, Person, kind, root};

    /// Stores a token for `user_id` directly, with any expiry; returns its secret.
    #[track_caller]
    fn stored_token(store: &mut Store, user_id: i64, expires_at: Option<String>) -> Result<String> {
        let secret = random_code(PREFIX).expose().to_string();
        let row = TokenRow {
            id: 0,
            user_id,
            digest: digest(&secret),
            description: None,
            created_at: clock::format(clock::now()),
            expires_at,
            last_used_at: None,
            revoked: false,
            created_by: Some(Identity::encode(&root().identity())),
        };
        store.write(|tx| tx.insert_token(&row))?;
        Ok(secret)
    }

    #[test]
    fn a_token_acts_as_its_user_with_their_grants() -> Result<()> {
        let mut store = testing::store()?;
        let id =
            testing::add(&mut store, "lisi", Person { role: Some("viewer"), password: true, ..Person::default() })?;
        let created = create(&mut store, &root(), "lisi", Some("7d"), Some("nightly export"))?;
        assert!(created.token.expose().starts_with(PREFIX));
        assert!(created.expires_at.is_some());
        let who = authenticate(&mut store, created.token.expose())?;
        assert!(who.is_user(id));
        assert!(who.can("customers.read", Some("任何部门")));
        assert!(!who.can(USERS_READ, None), "no more than the user's own grants");
        assert!(matches!(who, Principal::User { ref token_creators, .. } if *token_creators == [root().identity()]));
        let listed = list(&mut store, &root())?;
        assert_eq!(listed.len(), 1);
        assert!(listed.first().is_some_and(|t| t.last_used_at.is_some()), "a use is recorded");
        // Only the digest is stored.
        let stored = store.read(|tx| tx.token_by_id(created.id))?;
        assert_eq!(stored.map(|t| t.digest), Some(digest(created.token.expose())));
        Ok(())
    }

    #[test]
    fn unknown_revoked_and_expired_tokens_are_refused() -> Result<()> {
        let mut store = testing::store()?;
        let id = testing::add(&mut store, "lisi", Person { password: true, ..Person::default() })?;
        assert_eq!(kind(authenticate(&mut store, "crmctl_0000")), Some(Kind::NotPermitted));

        let created = create(&mut store, &root(), "lisi", None, None)?;
        assert!(revoke(&mut store, &root(), created.id)?.revoked);
        assert!(revoke(&mut store, &root(), created.id)?.revoked, "revoking twice is a no-op");
        assert_eq!(kind(authenticate(&mut store, created.token.expose())), Some(Kind::NotPermitted));

        let past = clock::format(clock::now() - chrono::Duration::seconds(1));
        let expired = stored_token(&mut store, id, Some(past))?;
        assert_eq!(kind(authenticate(&mut store, &expired)), Some(Kind::NotPermitted));
        let future = clock::format(clock::now() + chrono::Duration::hours(1));
        let live = stored_token(&mut store, id, Some(future))?;
        assert!(authenticate(&mut store, &live).is_ok());
        Ok(())
    }

    #[test]
    fn a_token_works_only_while_its_user_is_active_or_locked() -> Result<()> {
        let mut store = testing::store()?;
        let id = testing::add(&mut store, "lisi", Person { password: true, ..Person::default() })?;
        let created = create(&mut store, &root(), "lisi", None, None)?;
        // A lockout protects the password, not the tokens.
        store.write(|tx| {
            let mut row = users::find(tx, "lisi")?;
            row.status = StoredStatus::Locked;
            row.locked_until = Some(clock::format(clock::now() + chrono::Duration::hours(1)));
            tx.update_user(&row)
        })?;
        assert!(authenticate(&mut store, created.token.expose()).is_ok(), "locked: still works");
        // A token of an invited user (stored before any password was set) is refused.
        let invited = testing::add(&mut store, "newbie", Person::default())?;
        let early = stored_token(&mut store, invited, None)?;
        assert_eq!(kind(authenticate(&mut store, &early)), Some(Kind::NotPermitted));
        // Disabling revokes, and re-enabling does not revive.
        users::disable(&mut store, &root(), "lisi", None, None)?;
        assert_eq!(kind(authenticate(&mut store, created.token.expose())), Some(Kind::NotPermitted));
        users::enable(&mut store, &root(), "lisi")?;
        assert_eq!(kind(authenticate(&mut store, created.token.expose())), Some(Kind::NotPermitted));
        // Even a token that escaped revocation is refused while its user is disabled.
        let unrevoked = stored_token(&mut store, id, None)?;
        users::disable(&mut store, &root(), "lisi", None, None)?;
        assert_eq!(kind(authenticate(&mut store, &unrevoked)), Some(Kind::NotPermitted));
        assert!(
            create(&mut store, &root(), "lisi", None, None).is_ok(),
            "a disabled user may get one (refused at use)"
        );
        users::delete(&mut store, &root(), "lisi")?;
        assert_eq!(
            kind(create(&mut store, &root(), "lisi", None, None)),
            Some(Kind::Invalid),
            "a deleted user may not"
        );
        Ok(())
    }
}
