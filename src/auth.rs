//! Checking a login: the password, the account's status, lockout after
//! repeated failures, and rehashing with the current parameters.
//!
//! This is what the CRM server calls; `crmctl auth verify` is a thin wrapper.

use serde_json::json;

use crate::access::{Principal, USERS_READ};
use crate::audit::{self, Actor, Target};
use crate::clock;
use crate::error::{Error, Result};
use crate::passwords::{self, Secret};
use crate::settings::Settings;
use crate::store::Store;
use crate::users::{self, Status};

/// A successful login.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginOk {
    /// The login name.
    pub username: String,
    /// The user must choose a new password now.
    pub must_change_password: bool,
}

/// The one message for a wrong password and an unknown user, so that a
/// caller cannot tell which usernames exist.
pub const WRONG_CREDENTIALS: &str = "wrong username or password";

/// [`verify_login`] for a command run by `who`, which needs `users.read`.
pub fn verify_login_as(store: &mut Store, who: &Principal, reference: &str, password: &Secret) -> Result<LoginOk> {
    who.require(USERS_READ, None)?;
    verify_login(store, who.actor(), reference, password)
}

/// Checks `password` for the user named by `reference` (a USER argument).
///
/// Returns exit-1 errors ([`crate::error::Kind::Negative`]) for wrong
/// credentials and exit-6 errors for accounts that may not log in. Every
/// attempt is written to the audit log.
pub fn verify_login(store: &mut Store, actor: &Actor, reference: &str, password: &Secret) -> Result<LoginOk> {
    let (row, settings) = store.read(|tx| {
        let row = users::find(tx, reference).ok();
        Ok((row, Settings::load(tx)?))
    })?;
    let policy = settings.password_policy();
    let now = clock::now();
    let now_s = clock::format(now);

    let Some(mut row) = row else {
        passwords::verify_dummy(&policy, password);
        store.write(|tx| {
            let details = json!({"reason": "unknown user"});
            audit::record(tx, actor, "auth.failure", Target::Other(reference.trim()), details)
        })?;
        return Err(Error::negative(WRONG_CREDENTIALS));
    };

    let status = Status::effective(&row, &now_s);
    if status != Status::Active {
        passwords::verify_dummy(&policy, password);
        let why = match status {
            Status::Invited => "has not set a password yet (invited)",
            Status::Disabled => "is disabled",
            Status::Locked => "is locked after too many failed logins",
            Status::Expired => "has expired",
            _ => "is deleted",
        };
        let (id, name) = (row.id, row.username.clone());
        store.write(|tx| {
            audit::record(tx, actor, "auth.failure", Target::User(id, &name), json!({"reason": status.as_str()}))
        })?;
        let err = Error::not_permitted(format!("account {} {why}", row.username));
        return Err(match status {
            Status::Locked => {
                err.hint(format!("wait for the lockout to end, or run `crmctl auth unlock {}`", row.username))
            }
            Status::Disabled => err.hint(format!("an administrator can run `crmctl user enable {}`", row.username)),
            _ => err,
        });
    }

    let ok = row.password_hash.as_deref().is_some_and(|phc| passwords::verify(password, phc));
    if !ok {
        let threshold = settings.number("lockout.threshold").unwrap_or(10) as i64;
        let minutes = settings.number("lockout.minutes").unwrap_or(15) as i64;
        store.write(|tx| {
            // Re-read inside the write lock: concurrent failures must all count.
            let mut row = users::find(tx, &format!("#{}", row.id))?;
            row.failed_logins += 1;
            let locked = row.failed_logins >= threshold;
            if locked {
                row.status = "locked".into();
                row.locked_until = Some(clock::format(now + chrono::Duration::minutes(minutes)));
                row.failed_logins = 0;
            }
            tx.update_user(&row)?;
            let details = json!({"reason": "wrong password", "locked": locked});
            audit::record(tx, actor, "auth.failure", Target::User(row.id, &row.username), details)
        })?;
        return Err(Error::negative(WRONG_CREDENTIALS));
    }

    let rehash = match &row.password_hash {
        Some(phc) if policy.needs_rehash(phc) => Some(policy.hash(password)?),
        _ => None,
    };
    let password_too_old = settings.number("password.max_age_days").is_some_and(|days| {
        let changed = row.password_changed_at.as_deref().and_then(clock::parse_stored);
        changed.is_none_or(|at| now - at > chrono::Duration::days(days as i64))
    });
    store.write(|tx| {
        row = users::find(tx, &format!("#{}", row.id))?;
        row.failed_logins = 0;
        row.locked_until = None;
        row.status = "active".into();
        row.last_login_at = Some(now_s.clone());
        if password_too_old {
            row.must_change_password = true;
        }
        if let Some(hash) = &rehash {
            row.password_hash = Some(hash.clone());
        }
        tx.update_user(&row)?;
        let details = json!({"rehashed": rehash.is_some()});
        audit::record(tx, actor, "auth.success", Target::User(row.id, &row.username), details)
    })?;
    Ok(LoginOk { username: row.username, must_change_password: row.must_change_password })
}
