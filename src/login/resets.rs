//! Password resets and changes: `reset-password` by an administrator (a
//! one-time link, a generated password, or a given one), `password set --code`
//! to redeem a link, and `password change` by the user, who proves the old one.

use serde_json::json;

use crate::audit::{self, Target};
use crate::clock;
use crate::config::Settings;
use crate::credentials::codes::{self, RESET};
use crate::credentials::passwords::{self, Secret};
use crate::error::{Error, Result};
use crate::identity::Actor;
use crate::identity::{Principal, USERS_MANAGE};
use crate::login;
use crate::store::{CodeStatus, Store, StoredStatus};
use crate::users::{self, User, set_password};

/// How `reset-password` resets.
#[derive(Debug, Clone)]
pub enum Mode {
    /// A one-time link (the default). `mailed`: the caller mails it to the
    /// user's own address and does not show it, which is managing the
    /// account; a link shown to the actor is acting as the user.
    Link {
        /// Sent to the user's address, never shown to the actor.
        mailed: bool,
    },
    /// A generated password, shown once; must be changed at first login.
    Random,
    /// A password given by the administrator.
    Given(Secret),
}

/// What `reset-password` produced.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// A reset code to send or show once.
    Link {
        /// The user.
        username: String,
        /// Their name.
        name: String,
        /// Their email.
        email: String,
        /// The code.
        code: Secret,
        /// `<invite.base_url>/reset/<code>`, when configured.
        url: Option<String>,
        /// RFC 3339.
        expires_at: String,
    },
    /// The password was set now.
    Set {
        /// The user.
        username: String,
        /// The generated password, to show once.
        password: Option<Secret>,
        /// Must change at next login.
        must_change_password: bool,
    },
}

/// Resets a user's password. Every mode ends a lockout and invalidates
/// earlier reset codes.
pub fn reset(store: &mut Store, who: &Principal, user: &str, mode: Mode, must_change: bool) -> Result<Outcome> {
    let (target, settings) = store.read(|tx| Ok((users::find_for(tx, who, user)?, Settings::load(tx)?)))?;
    let policy = settings.password_policy();
    let (hash, shown, must_change) = match &mode {
        Mode::Link { .. } => (None, None, must_change),
        Mode::Random => {
            let pw = passwords::generate();
            (Some(policy.hash(&pw)?), Some(pw), true)
        }
        Mode::Given(pw) => {
            policy.check(pw, &target.username, &target.email)?;
            (Some(policy.hash(pw)?), None, must_change)
        }
    };
    store.write(|tx| {
        let now = clock::format(clock::now());
        let mut row = users::find_for(tx, who, &format!("#{}", target.id))?;
        if let Some(hash) = &hash {
            let how = if matches!(mode, Mode::Random) { "random" } else { "set" };
            let row = users::set_password_in(tx, who, row, hash.clone(), must_change, how, &now)?;
            return Ok(Outcome::Set {
                username: row.username,
                password: shown.clone(),
                must_change_password: must_change,
            });
        }
        match mode {
            Mode::Link { mailed: true } => who.require_over_user(tx, USERS_MANAGE, &row, &now)?,
            _ => who.require_acting_as(tx, &row, &now, "reset the password of")?,
        }
        if row.status == StoredStatus::Deleted {
            return Err(Error::invalid(format!("{} is deleted", row.username))
                .hint(format!("restore them first: crmctl user restore {}", row.username)));
        }
        tx.revoke_codes(row.id, RESET)?;
        row.failed_logins = 0;
        row.locked_until = None;
        if row.status == StoredStatus::Locked {
            row.status = StoredStatus::Active;
        }
        row.updated_at = now.clone();
        let minutes = settings.number("reset.ttl_minutes").unwrap_or(60) as i64;
        let fresh = codes::issue(tx, RESET, row.id, chrono::Duration::minutes(minutes), who.actor().as_str())?;
        if must_change {
            row.must_change_password = true;
        }
        let outcome = Outcome::Link {
            username: row.username.clone(),
            name: row.name.clone(),
            email: row.email.clone(),
            url: codes::url(settings.get("invite.base_url"), RESET, &fresh.code),
            code: fresh.code,
            expires_at: fresh.expires_at,
        };
        tx.update_user(&row)?;
        let how = if matches!(mode, Mode::Link { mailed: true }) { "mail" } else { "link" };
        audit::record(tx, who.actor(), "password.reset", Target::User(row.id, &row.username), json!({"mode": how}))?;
        Ok(outcome)
    })
}

/// Redeems a reset code: the user chooses a new password (must-change cleared).
pub fn set_with_code(store: &mut Store, actor: &Actor, code: &str, password: &Secret) -> Result<User> {
    let (user, policy) = store.read(|tx| {
        let now = clock::format(clock::now());
        let c = codes::redeemable(tx, RESET, code, &now)?;
        Ok((users::find(tx, &format!("#{}", c.user_id))?, Settings::load(tx)?.password_policy()))
    })?;
    policy.check(password, &user.username, &user.email)?;
    let hash = policy.hash(password)?;
    store.write(|tx| {
        let now = clock::format(clock::now());
        let mut c = codes::redeemable(tx, RESET, code, &now)?;
        let mut row = users::find(tx, &format!("#{}", c.user_id))?;
        c.status = CodeStatus::Used;
        c.used_at = Some(now.clone());
        tx.update_code(&c)?;
        set_password(&mut row, hash.clone(), false, &now);
        tx.update_user(&row)?;
        audit::record(tx, actor, "password.set", Target::User(row.id, &row.username), json!({"reset_code_id": c.id}))?;
        User::load(tx, row, &now)
    })
}

/// The user's own change: the old password must be right (a wrong one counts
/// towards the lockout), the new one must pass the policy and differ.
pub fn change(store: &mut Store, actor: &Actor, user: &str, old: &Secret, new: &Secret) -> Result<User> {
    let row = login::check_password(store, actor, user, old)?;
    if old == new {
        return Err(Error::invalid("the new password is the same as the old one"));
    }
    let policy = store.read(|tx| Ok(Settings::load(tx)?.password_policy()))?;
    policy.check(new, &row.username, &row.email)?;
    let hash = policy.hash(new)?;
    store.write(|tx| {
        let now = clock::format(clock::now());
        let mut row = users::find(tx, &format!("#{}", row.id))?;
        set_password(&mut row, hash.clone(), false, &now);
        tx.update_user(&row)?;
        audit::record(tx, actor, "password.change", Target::User(row.id, &row.username), json!({}))?;
        User::load(tx, row, &now)
    })
}
