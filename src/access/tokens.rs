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
    let refused = |why: &str| {
        Error::not_permitted(format!("token refused: {why}")).hint("create a new one with `crmctl token create USER`")
    };
    store.write(|tx| {
        let now = clock::format(clock::now());
        let mut t = tx.token_by_digest(&digest(token))?.ok_or_else(|| refused("unknown token"))?;
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
        t.last_used_at = Some(now.clone());
        tx.update_token(&t)?;
        Ok(Principal::User {
            actor: Actor::user(&user.username, user.id),
            grants: identity::grants(tx, user.id, &now)?,
            user_id: user.id,
            username: user.username,
            token_creators: t.created_by.as_deref().unwrap_or("").split(',').filter_map(Identity::decode).collect(),
        })
    })
}
