//! TOTP (RFC 6238) second factor: enrolment confirmed by a code, checking a
//! code at login (never the same time step twice), and reset by an
//! administrator.
//!
//! The shared secret must be readable to check codes, so unlike passwords it
//! is stored as is (base32), protected by the database file's 0600 mode; it is
//! shown once, at enrolment.

use serde_json::json;
use totp_rs::{Algorithm, TOTP};

use crate::audit::{self, Target};
use crate::clock;
use crate::config::Settings;
use crate::credentials::passwords::Secret;
use crate::error::{Error, Result};
use crate::identity::Principal;
use crate::store::Store;
use crate::users::{self, User};

const STEP: u64 = 30;

fn totp(secret_b32: &str, account: &str, issuer: &str) -> Result<TOTP> {
    let bytes = totp_rs::Secret::Encoded(secret_b32.to_string()).to_bytes().map_err(|_| {
        Error::storage("the stored TOTP secret is damaged").hint("reset it with `crmctl mfa reset USER`")
    })?;
    let issuer = issuer.replace(':', " ");
    TOTP::new(Algorithm::SHA1, 6, 1, STEP, bytes, Some(issuer), account.replace(':', " "))
        .map_err(|err| Error::storage(format!("TOTP setup failed: {err}")))
}

/// The time step a code matches (the current one or one either side), if any.
pub fn matching_step(secret_b32: &str, code: &str, unix_time: u64) -> Option<u64> {
    let totp = totp(secret_b32, "x", "x").ok()?;
    let code = code.trim();
    let now_step = unix_time / STEP;
    [now_step, now_step.saturating_sub(1), now_step + 1].into_iter().find(|step| totp.generate(step * STEP) == code)
}

/// What `mfa enroll` shows once.
#[derive(Debug, Clone)]
pub struct Enrollment {
    /// `otpauth://totp/...` for an authenticator app.
    pub uri: String,
    /// The base32 secret, for typing in by hand.
    pub secret: Secret,
}

/// Starts enrolment: a new secret, pending until a code confirms it.
pub fn start(store: &mut Store, who: &Principal, user: &str) -> Result<Enrollment> {
    store.write(|tx| {
        let now = clock::format(clock::now());
        let mut row = users::find_for(tx, who, user)?;
        who.require_acting_as(tx, &row, &now, "enrol MFA for")?;
        if row.mfa_secret.is_some() {
            return Err(Error::conflict(format!("{} has MFA enrolled already", row.username))
                .hint(format!("to start over: crmctl mfa reset {}", row.username)));
        }
        let secret = match totp_rs::Secret::generate_secret().to_encoded() {
            totp_rs::Secret::Encoded(s) => s,
            totp_rs::Secret::Raw(_) => return Err(Error::storage("cannot encode a TOTP secret")),
        };
        let issuer = Settings::load(tx)?.get("org.name").unwrap_or("crmctl").to_string();
        let uri = totp(&secret, &row.username, &issuer)?.get_url();
        row.mfa_pending_secret = Some(secret.clone());
        row.updated_at = now;
        tx.update_user(&row)?;
        Ok(Enrollment { uri, secret: Secret::new(secret) })
    })
}

/// Confirms enrolment with a code from the app.
pub fn confirm(store: &mut Store, who: &Principal, user: &str, code: &str) -> Result<User> {
    store.write(|tx| {
        let now = clock::now();
        let now_s = clock::format(now);
        let mut row = users::find_for(tx, who, user)?;
        who.require_acting_as(tx, &row, &now_s, "enrol MFA for")?;
        let pending = row.mfa_pending_secret.clone().ok_or_else(|| {
            Error::not_found(format!("no MFA enrolment of {} is waiting for a code", row.username))
                .hint(format!("start one: crmctl mfa enroll {}", row.username))
        })?;
        let step = matching_step(&pending, code, now.timestamp().max(0) as u64)
            .ok_or_else(|| Error::invalid("that code does not match; check the clock of the device and try again"))?;
        row.mfa_secret = Some(pending);
        row.mfa_pending_secret = None;
        row.mfa_last_step = Some(step as i64);
        row.updated_at = now_s.clone();
        tx.update_user(&row)?;
        audit::record(tx, who.actor(), "mfa.enroll", Target::User(row.id, &row.username), json!({}))?;
        User::load(tx, row, &now_s)
    })
}

/// Removes a user's second factor (a lost phone).
pub fn reset(store: &mut Store, who: &Principal, user: &str) -> Result<User> {
    store.write(|tx| {
        let now = clock::format(clock::now());
        let mut row = users::find_for(tx, who, user)?;
        who.require_acting_as(tx, &row, &now, "reset MFA of")?;
        let had = row.mfa_secret.is_some() || row.mfa_pending_secret.is_some();
        row.mfa_secret = None;
        row.mfa_pending_secret = None;
        row.mfa_last_step = None;
        if had {
            row.updated_at = now.clone();
            tx.update_user(&row)?;
            audit::record(tx, who.actor(), "mfa.reset", Target::User(row.id, &row.username), json!({}))?;
        }
        User::load(tx, row, &now)
    })
}
