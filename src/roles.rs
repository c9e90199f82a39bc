//! Roles held by users, and the rules that guard them: roles must exist, and
//! the organisation must always keep an active `admin`.

use crate::error::{Error, Result};
use crate::store::Tx;

/// The role whose last active holder is protected.
pub const ADMIN: &str = "admin";

/// Checks that `role` exists.
pub fn ensure_exists(tx: &dyn Tx, role: &str) -> Result<()> {
    if tx.role_exists(role)? {
        return Ok(());
    }
    let names = tx.role_names()?.join(", ");
    Err(Error::not_found(format!("no role '{role}'")).hint(format!("the roles are: {names}")))
}

/// Refuses (exit 6) a change that would leave no active `admin`, when
/// `user_id` is currently the only one.
pub fn ensure_not_last_admin(tx: &dyn Tx, user_id: i64, username: &str, now: &str, doing: &str) -> Result<()> {
    let holders = tx.active_holders(ADMIN, now)?;
    if holders == [user_id] {
        return Err(Error::not_permitted(format!("cannot {doing} {username}: they are the last active admin"))
            .hint(format!("give another active user the {ADMIN} role first")));
    }
    Ok(())
}
