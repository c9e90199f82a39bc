//! Checking a login: the password, the second factor, the account's status,
//! lockout after repeated failures, and rehashing with the current parameters.
//!
//! This is what the CRM server calls; `crmctl auth verify` is a thin wrapper.

use serde_json::json;

use crate::access::{Principal, USERS_MANAGE, USERS_READ};
use crate::audit::{self, Actor, Target};
use crate::clock;
use crate::error::{Error, Result};
use crate::mfa;
use crate::passwords::{self, Secret};
use crate::settings::Settings;
use crate::store::{Store, UserRow};
use crate::users::{self, Status, User};

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
pub fn verify_login_as(
    store: &mut Store,
    who: &Principal,
    reference: &str,
    password: &Secret,
    totp: Option<&str>,
) -> Result<LoginOk> {
    who.require(USERS_READ, None)?;
    verify_login(store, who.actor(), reference, password, totp)
}

/// Checks `password` (and, for an MFA-enrolled user, the `totp` code) for the
/// user named by `reference` (a USER argument), and records the login.
///
/// Returns exit-1 errors ([`crate::error::Kind::Negative`]) for wrong
/// credentials and exit-6 errors for accounts that may not log in. Every
/// attempt is written to the audit log.
pub fn verify_login(
    store: &mut Store,
    actor: &Actor,
    reference: &str,
    password: &Secret,
    totp: Option<&str>,
) -> Result<LoginOk> {
    let row = attempt(store, actor, reference, password, Some(totp))?;
    Ok(LoginOk { username: row.username, must_change_password: row.must_change_password })
}

/// Checks a user's current password without recording a login (for
/// `password change`); failures count towards the lockout like logins do.
pub fn check_password(store: &mut Store, actor: &Actor, reference: &str, password: &Secret) -> Result<UserRow> {
    attempt(store, actor, reference, password, None)
}

fn fail(store: &mut Store, actor: &Actor, row: &UserRow, settings: &Settings, reason: &str, message: &str) -> Error {
    let threshold = settings.number("lockout.threshold").unwrap_or(10) as i64;
    let minutes = settings.number("lockout.minutes").unwrap_or(15) as i64;
    let recorded = store.write(|tx| {
        // Re-read inside the write lock: concurrent failures must all count.
        let mut row = users::find(tx, &format!("#{}", row.id))?;
        row.failed_logins += 1;
        let locked = row.failed_logins >= threshold;
        if locked {
            row.status = "locked".into();
            row.locked_until = Some(clock::format(clock::now() + chrono::Duration::minutes(minutes)));
            row.failed_logins = 0;
        }
        tx.update_user(&row)?;
        let details = json!({"reason": reason, "locked": locked});
        audit::record(tx, actor, "auth.failure", Target::User(row.id, &row.username), details)
    });
    match recorded {
        Ok(()) => Error::negative(message),
        Err(err) => err,
    }
}

/// `totp`: `Some(code)` for a login (MFA checked, login recorded), `None` for
/// a password check only.
fn attempt(
    store: &mut Store,
    actor: &Actor,
    reference: &str,
    password: &Secret,
    totp: Option<Option<&str>>,
) -> Result<UserRow> {
    let (row, settings) = store.read(|tx| {
        let row = users::find(tx, reference).ok();
        Ok((row, Settings::load(tx)?))
    })?;
    let policy = settings.password_policy();
    let now = clock::now();
    let now_s = clock::format(now);

    let Some(row) = row else {
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
        return Err(fail(store, actor, &row, &settings, "wrong password", WRONG_CREDENTIALS));
    }
    let Some(totp) = totp else { return Ok(row) };

    // The second factor: a code of the current time step (or one either
    // side), never a step accepted before.
    let mut step = None;
    if let Some(secret) = &row.mfa_secret {
        let Some(code) = totp else {
            return Err(Error::negative(format!("{} has MFA enrolled: a code is needed", row.username))
                .hint("pass --totp CODE from the authenticator app"));
        };
        let matched = mfa::matching_step(secret, code, now.timestamp().max(0) as u64)
            .filter(|s| row.mfa_last_step.is_none_or(|last| *s as i64 > last));
        match matched {
            Some(s) => step = Some(s as i64),
            None => return Err(fail(store, actor, &row, &settings, "wrong totp", "wrong or already used TOTP code")),
        }
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
        let mut row = users::find(tx, &format!("#{}", row.id))?;
        if step.is_some() && row.mfa_last_step >= step {
            // Another login used this code while we were hashing.
            return Err(Error::negative("wrong or already used TOTP code"));
        }
        row.failed_logins = 0;
        row.locked_until = None;
        row.status = "active".into();
        row.last_login_at = Some(now_s.clone());
        if step.is_some() {
            row.mfa_last_step = step;
        }
        if password_too_old {
            row.must_change_password = true;
        }
        if let Some(hash) = &rehash {
            row.password_hash = Some(hash.clone());
        }
        tx.update_user(&row)?;
        let details = json!({"rehashed": rehash.is_some(), "mfa": step.is_some()});
        audit::record(tx, actor, "auth.success", Target::User(row.id, &row.username), details)?;
        Ok(row)
    })
}

/// Ends a lockout at once.
pub fn unlock(store: &mut Store, who: &Principal, reference: &str) -> Result<(User, bool)> {
    store.write(|tx| {
        let now = clock::format(clock::now());
        let mut row = users::find(tx, reference)?;
        who.require_over_user(tx, USERS_MANAGE, &row, &now)?;
        let locked = row.status == "locked" || row.failed_logins > 0;
        if locked {
            if row.status == "locked" {
                row.status = "active".into();
            }
            row.locked_until = None;
            row.failed_logins = 0;
            row.updated_at = now.clone();
            tx.update_user(&row)?;
            audit::record(tx, who.actor(), "auth.unlock", Target::User(row.id, &row.username), json!({}))?;
        }
        Ok((User::load(tx, row, &now)?, locked))
    })
}
