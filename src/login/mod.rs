//! Checking a login: the password, the second factor, the account's status,
//! lockout after repeated failures, and rehashing with the current parameters.
//!
//! This is what the CRM server calls; `crmctl auth verify` is a thin wrapper.

pub mod mfa;
pub mod resets;

use serde_json::json;

use crate::audit::{self, Target};
use crate::clock;
use crate::config::Settings;
use crate::credentials::passwords::{self, Secret};
use crate::error::{Error, Result};
use crate::identity::Actor;
use crate::identity::{Principal, USERS_MANAGE, USERS_READ};
use crate::store::{Store, StoredStatus, Tx, UserRow};
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

/// The most of a typed username that an `auth.failure` entry keeps.
const LOGGED_NAME_CHARS: usize = 64;

/// The hint every wrong-credentials answer carries, whatever was wrong, so
/// that it never tells whether the password was right.
const WRONG_CREDENTIALS_HINT: &str = "an account with MFA also needs --totp CODE from the authenticator app";

fn wrong_credentials() -> Error {
    Error::negative(WRONG_CREDENTIALS).hint(WRONG_CREDENTIALS_HINT)
}

fn lockout(settings: &Settings) -> (i64, i64) {
    let threshold = settings.number("lockout.threshold").unwrap_or(10).clamp(1, 100) as i64;
    let minutes = settings.number("lockout.minutes").unwrap_or(15) as i64;
    (threshold, minutes)
}

/// Why an account that exists may not log in (exit 6), with its hint.
fn refused(row: &UserRow, status: Status) -> Error {
    let why = match status {
        Status::Invited => "has not set a password yet (invited)",
        Status::Disabled => "is disabled",
        Status::Locked => "is locked after too many failed logins",
        Status::Expired => "has expired",
        _ => "is deleted",
    };
    let err = Error::not_permitted(format!("account {} {why}", row.username));
    match status {
        Status::Locked => {
            err.hint(format!("wait for the lockout to end, or run `crmctl auth unlock {}`", row.username))
        }
        Status::Disabled => err.hint(format!("an administrator can run `crmctl user enable {}`", row.username)),
        _ => err,
    }
}

/// What claiming an attempt found.
enum Claim {
    /// No such user: spend a dummy verification, then record the failure.
    Unknown,
    /// The account may not log in now; the refusal is recorded already.
    Refused(Error),
    /// The attempt is counted: check the password of this row.
    Counted(Box<UserRow>),
}

/// Counts an attempt *before* its password is checked, in the write lock:
/// however many attempts run at once, at most `lockout.threshold` of them
/// get to check a password before the account locks. An attempt past the
/// threshold locks the account and is refused unchecked.
fn claim(tx: &mut dyn Tx, actor: &Actor, reference: &str, settings: &Settings, now: &str) -> Result<Claim> {
    let Some(mut row) = users::find(tx, reference).ok() else { return Ok(Claim::Unknown) };
    let (threshold, minutes) = lockout(settings);
    let status = Status::effective(&row, now);
    if status != Status::Active {
        audit::record(
            tx,
            actor,
            "auth.failure",
            Target::User(row.id, &row.username),
            json!({"reason": status.as_str()}),
        )?;
        return Ok(Claim::Refused(refused(&row, status)));
    }
    if row.status == StoredStatus::Locked {
        // The lockout is over (the status would not be active otherwise):
        // end it, and start counting afresh.
        row.status = StoredStatus::Active;
        row.locked_until = None;
        row.failed_logins = 0;
    }
    if row.failed_logins >= threshold {
        // Earlier attempts still being checked used up the threshold.
        lock(&mut row, now, minutes)?;
        tx.update_user(&row)?;
        let details = json!({"reason": "too many attempts at once", "locked": true});
        audit::record(tx, actor, "auth.failure", Target::User(row.id, &row.username), details)?;
        return Ok(Claim::Refused(refused(&row, Status::Locked)));
    }
    row.failed_logins += 1;
    tx.update_user(&row)?;
    Ok(Claim::Counted(Box::new(row)))
}

fn lock(row: &mut UserRow, now: &str, minutes: i64) -> Result<()> {
    let now = clock::parse_stored(now).ok_or_else(|| Error::storage("bad clock value"))?;
    row.status = StoredStatus::Locked;
    row.locked_until = Some(clock::format(now + chrono::Duration::minutes(minutes)));
    row.failed_logins = 0;
    Ok(())
}

/// Records a failed check of a counted attempt; the attempt that reaches the
/// threshold locks the account.
fn fail(store: &mut Store, actor: &Actor, id: i64, settings: &Settings, reason: &str) -> Error {
    let (threshold, minutes) = lockout(settings);
    let recorded = store.write(|tx| {
        let now = clock::format(clock::now());
        let mut row = users::find(tx, &format!("#{id}"))?;
        let locked = row.status == StoredStatus::Active && row.failed_logins >= threshold;
        if locked {
            lock(&mut row, &now, minutes)?;
            tx.update_user(&row)?;
        }
        let details = json!({"reason": reason, "locked": locked});
        audit::record(tx, actor, "auth.failure", Target::User(row.id, &row.username), details)
    });
    match recorded {
        Ok(()) => wrong_credentials(),
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
    let now = clock::now();
    let now_s = clock::format(now);
    let (claimed, settings) = store.write(|tx| {
        let settings = Settings::load(tx)?;
        Ok((claim(tx, actor, reference, &settings, &now_s)?, settings))
    })?;
    let policy = settings.password_policy();
    let row = match claimed {
        Claim::Counted(row) => *row,
        Claim::Refused(err) => return Err(err),
        Claim::Unknown => {
            passwords::verify_dummy(&policy, password);
            let typed: String = reference.trim().chars().take(LOGGED_NAME_CHARS).collect();
            store.write(|tx| {
                let details = json!({"reason": "unknown user"});
                audit::record(tx, actor, "auth.failure", Target::Other(&typed), details)
            })?;
            return Err(wrong_credentials());
        }
    };

    let ok = row.password_hash.as_deref().is_some_and(|phc| passwords::verify(password, phc));
    if !ok {
        return Err(fail(store, actor, row.id, &settings, "wrong password"));
    }

    // The second factor: a code of the current time step (or one either
    // side), never a step accepted before. A missing or wrong code is a
    // failure like a wrong password, with the same answer.
    let mut step = None;
    if let (Some(totp), Some(secret)) = (totp, &row.mfa_secret) {
        let Some(code) = totp else {
            return Err(fail(store, actor, row.id, &settings, "missing totp"));
        };
        let matched = mfa::matching_step(secret, code, now.timestamp().max(0) as u64)
            .filter(|s| row.mfa_last_step.is_none_or(|last| *s as i64 > last));
        match matched {
            Some(s) => step = Some(s as i64),
            None => return Err(fail(store, actor, row.id, &settings, "wrong totp")),
        }
    }
    let login = totp.is_some();

    let rehash = match &row.password_hash {
        Some(phc) if login && policy.needs_rehash(phc) => Some(policy.hash(password)?),
        _ => None,
    };
    let password_too_old = settings.number("password.max_age_days").is_some_and(|days| {
        let changed = row.password_changed_at.as_deref().and_then(clock::parse_stored);
        changed.is_none_or(|at| now - at > chrono::Duration::days(days as i64))
    });
    store.write(|tx| {
        // Read the account again: it may have been disabled, deleted or
        // locked while the hash was checked. A login never changes a status
        // except to end a lockout that is over.
        let now_s = clock::format(clock::now());
        let mut row = users::find(tx, &format!("#{}", row.id))?;
        let status = Status::effective(&row, &now_s);
        if status != Status::Active {
            let details = json!({"reason": status.as_str()});
            audit::record(tx, actor, "auth.failure", Target::User(row.id, &row.username), details)?;
            return Ok(Err(refused(&row, status)));
        }
        if step.is_some() && row.mfa_last_step >= step {
            // Another login used this code while we were hashing.
            let details = json!({"reason": "totp replayed", "locked": false});
            audit::record(tx, actor, "auth.failure", Target::User(row.id, &row.username), details)?;
            return Ok(Err(wrong_credentials()));
        }
        row.failed_logins = 0;
        if login {
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
        }
        tx.update_user(&row)?;
        if login {
            let details = json!({"rehashed": rehash.is_some(), "mfa": step.is_some()});
            audit::record(tx, actor, "auth.success", Target::User(row.id, &row.username), details)?;
        }
        Ok(Ok(row))
    })?
}

/// Ends a lockout at once.
pub fn unlock(store: &mut Store, who: &Principal, reference: &str) -> Result<(User, bool)> {
    store.write(|tx| {
        let now = clock::format(clock::now());
        let mut row = users::find_for(tx, who, reference)?;
        who.require_over_user(tx, USERS_MANAGE, &row, &now)?;
        let locked = row.status == StoredStatus::Locked || row.failed_logins > 0;
        if locked {
            if row.status == StoredStatus::Locked {
                row.status = StoredStatus::Active;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;
    use crate::testing::{self, PASSWORD, Person, root};

    fn login(store: &mut Store, username: &str, password: &str) -> Result<LoginOk> {
        verify_login(store, &Actor::os("crm-server", 990), username, &Secret::new(password), None)
    }

    #[track_caller]
    fn stored(store: &mut Store, username: &str) -> Result<UserRow> {
        store.read(|tx| users::find(tx, username))
    }

    #[track_caller]
    fn store_with_threshold(threshold: u32) -> Result<Store> {
        let mut store = testing::store()?;
        store.write(|tx| tx.set_setting("lockout.threshold", &threshold.to_string()))?;
        testing::add(&mut store, "lisi", Person { password: true, ..Person::default() })?;
        Ok(store)
    }

    #[test]
    fn a_wrong_password_is_counted_and_a_right_one_resets_the_count() -> Result<()> {
        let mut store = store_with_threshold(5)?;
        let err = login(&mut store, "lisi", "wrong wrong wrong").err();
        assert_eq!(err.as_ref().map(|e| e.kind), Some(Kind::Negative));
        assert_eq!(err.map(|e| e.message).as_deref(), Some(WRONG_CREDENTIALS));
        assert!(login(&mut store, "lisi", "also wrong").is_err());
        assert_eq!(stored(&mut store, "lisi")?.failed_logins, 2);
        assert_eq!(login(&mut store, "LiSi", PASSWORD)?.username, "lisi");
        let row = stored(&mut store, "lisi")?;
        assert_eq!((row.failed_logins, row.status), (0, StoredStatus::Active));
        assert!(row.last_login_at.is_some());
        Ok(())
    }

    #[test]
    fn the_attempt_that_reaches_the_threshold_locks_the_account() -> Result<()> {
        let mut store = store_with_threshold(3)?;
        for _ in 0..2 {
            assert_eq!(login(&mut store, "lisi", "nope nope nope").err().map(|e| e.kind), Some(Kind::Negative));
            assert_eq!(stored(&mut store, "lisi")?.status, StoredStatus::Active);
        }
        assert_eq!(login(&mut store, "lisi", "nope nope nope").err().map(|e| e.kind), Some(Kind::Negative));
        let row = stored(&mut store, "lisi")?;
        assert_eq!(row.status, StoredStatus::Locked);
        assert!(row.locked_until.as_deref().is_some_and(|t| t > clock::format(clock::now()).as_str()));
        // Locked: even the right password is refused, as not permitted.
        assert_eq!(login(&mut store, "lisi", PASSWORD).err().map(|e| e.kind), Some(Kind::NotPermitted));
        let (_, was_locked) = unlock(&mut store, &root(), "lisi")?;
        assert!(was_locked);
        assert!(login(&mut store, "lisi", PASSWORD).is_ok());
        Ok(())
    }

    #[test]
    fn a_lockout_that_is_over_ends_at_the_next_login() -> Result<()> {
        let mut store = store_with_threshold(3)?;
        store.write(|tx| {
            let mut row = users::find(tx, "lisi")?;
            row.status = StoredStatus::Locked;
            row.locked_until = Some(clock::format(clock::now() - chrono::Duration::minutes(1)));
            tx.update_user(&row)
        })?;
        assert!(login(&mut store, "lisi", PASSWORD).is_ok());
        let row = stored(&mut store, "lisi")?;
        assert_eq!((row.status, row.locked_until), (StoredStatus::Active, None));
        Ok(())
    }

    #[test]
    fn an_unknown_user_gets_the_same_answer_as_a_wrong_password() -> Result<()> {
        let mut store = store_with_threshold(5)?;
        let unknown = login(&mut store, "nobody", PASSWORD).err();
        let wrong = login(&mut store, "lisi", "not the password").err();
        assert_eq!(unknown.as_ref().map(|e| e.kind), Some(Kind::Negative));
        assert_eq!(unknown.map(|e| (e.message, e.hints)), wrong.map(|e| (e.message, e.hints)));
        Ok(())
    }

    #[test]
    fn only_an_active_account_logs_in() -> Result<()> {
        let mut store = store_with_threshold(5)?;
        testing::add(&mut store, "newbie", Person::default())?;
        assert_eq!(login(&mut store, "newbie", PASSWORD).err().map(|e| e.kind), Some(Kind::NotPermitted), "invited");
        users::disable(&mut store, &root(), "lisi", Some("left"), None)?;
        assert_eq!(login(&mut store, "lisi", PASSWORD).err().map(|e| e.kind), Some(Kind::NotPermitted));
        assert_eq!(stored(&mut store, "lisi")?.failed_logins, 0, "a refused account counts no failure");
        Ok(())
    }
}
