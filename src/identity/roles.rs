//! Roles as the permission model reads them: looking one up, and the rule
//! that the organisation always keeps an active `admin`. Creating, changing
//! and assigning roles is `access::roles`.

use crate::error::{Error, Result};
use crate::store::{RoleRow, Tx};

/// The role whose last active holder is protected.
pub const ADMIN: &str = "admin";

/// Checks that `role` exists and returns it (exit 3 naming the roles if not).
pub fn get(tx: &dyn Tx, role: &str) -> Result<RoleRow> {
    if let Some(row) = tx.role(role)? {
        return Ok(row);
    }
    let names = tx.roles()?.into_iter().map(|r| r.name).collect::<Vec<_>>().join(", ");
    Err(Error::not_found(format!("no role '{role}'")).hint(format!("the roles are: {names}")))
}

/// Checks that `role` exists.
pub fn ensure_exists(tx: &dyn Tx, role: &str) -> Result<()> {
    get(tx, role).map(|_| ())
}

/// Whether `user_id` is, at `now`, the only active holder of `admin`.
pub fn is_last_admin(tx: &dyn Tx, user_id: i64, now: &str) -> Result<bool> {
    is_last_admin_but(tx, user_id, &[], now)
}

/// Whether `user_id` is an active `admin` and every other one is in
/// `leaving` (the admins a batch, such as an import, already takes away).
pub fn is_last_admin_but(tx: &dyn Tx, user_id: i64, leaving: &[i64], now: &str) -> Result<bool> {
    let holders = tx.active_holders(ADMIN, now)?;
    Ok(holders.contains(&user_id) && holders.iter().all(|h| *h == user_id || leaving.contains(h)))
}

/// Refuses (exit 6) a change that would leave no active `admin`, when
/// `user_id` is currently the only one.
pub fn ensure_not_last_admin(tx: &dyn Tx, user_id: i64, username: &str, now: &str, doing: &str) -> Result<()> {
    if is_last_admin(tx, user_id, now)? {
        return Err(Error::not_permitted(format!("cannot {doing} {username}: they are the last active admin"))
            .hint(format!("give another active user the {ADMIN} role first")));
    }
    Ok(())
}
