//! The tamper-evident audit log: who changed what, chained by SHA-256.
//!
//! Each entry's hash covers its position, time, actor, action, the id of the
//! user it is about, the previous entry's hash, and a digest of its personal
//! part (target name and details). `user purge` can therefore erase the
//! personal part while every hash still checks: `audit verify` accepts an
//! erased entry only when a later `user.purge` entry names the same user.
//! The last entry's id and hash are also kept apart, so that cutting entries
//! off the end is found as well.

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::access::{AUDIT_READ, Principal};
use crate::error::Result;
use crate::store::{AuditFilter, AuditRow, Store, Tx};

/// The hash before the first entry.
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who is acting: the OS user that can write the database, or (with a token) a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor(String);

impl Actor {
    /// `os:<login>`: `sudo_user` if set, else the effective user.
    pub fn os(sudo_user: Option<&str>) -> Actor {
        let login = sudo_user.map(str::to_string).unwrap_or_else(|| {
            let uid = nix::unistd::geteuid();
            match nix::unistd::User::from_uid(uid) {
                Ok(Some(user)) => user.name,
                _ => format!("uid{uid}"),
            }
        });
        Actor(format!("os:{login}"))
    }

    /// `user:<username>`, for a command acting through a user's API token.
    pub fn user(username: &str) -> Actor {
        Actor(format!("user:{username}"))
    }

    /// The actor as recorded.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What an entry is about.
#[derive(Debug, Clone)]
pub enum Target<'a> {
    /// A user (by id and the name shown until a purge).
    User(i64, &'a str),
    /// Anything else: a setting key, a role name.
    Other(&'a str),
}

fn digest_personal(target: &str, details: &str) -> String {
    let mut h = Sha256::new();
    h.update(target.as_bytes());
    h.update([0u8]);
    h.update(details.as_bytes());
    hex::encode(h.finalize())
}

fn chain_hash(row: &AuditRow) -> String {
    let mut h = Sha256::new();
    for field in [
        row.prev_hash.as_str(),
        &row.id.to_string(),
        &row.at,
        &row.actor,
        &row.action,
        &row.target_user_id.map(|id| id.to_string()).unwrap_or_default(),
        &row.pii_digest,
    ] {
        h.update(field.as_bytes());
        h.update([0u8]);
    }
    hex::encode(h.finalize())
}

/// Appends an entry to the chain, in the caller's transaction.
pub fn record(tx: &mut dyn Tx, actor: &Actor, action: &str, target: Target<'_>, details: Value) -> Result<()> {
    let mut chain = Chain::start(tx)?;
    chain.append(tx, actor, action, target, details)?;
    chain.finish(tx)
}

/// The head of the chain while entries are appended.
struct Chain {
    prev_id: i64,
    prev_hash: String,
    at: String,
}

impl Chain {
    /// Reads the current head of the chain.
    fn start(tx: &dyn Tx) -> Result<Chain> {
        let (prev_id, prev_hash) = tx.audit_head()?.unwrap_or((0, GENESIS.to_string()));
        Ok(Chain { prev_id, prev_hash, at: crate::clock::format(crate::clock::now()) })
    }

    /// Appends one entry.
    fn append(
        &mut self,
        tx: &mut dyn Tx,
        actor: &Actor,
        action: &str,
        target: Target<'_>,
        details: Value,
    ) -> Result<()> {
        let (target_user_id, target) = match target {
            Target::User(id, name) => (Some(id), name.to_string()),
            Target::Other(name) => (None, name.to_string()),
        };
        let details = details.to_string();
        let mut row = AuditRow {
            id: self.prev_id + 1,
            at: self.at.clone(),
            actor: actor.as_str().to_string(),
            action: action.to_string(),
            target_user_id,
            pii_digest: digest_personal(&target, &details),
            target,
            details,
            prev_hash: std::mem::take(&mut self.prev_hash),
            hash: String::new(),
            purged: false,
        };
        row.hash = chain_hash(&row);
        tx.insert_audit(&row)?;
        self.prev_id = row.id;
        self.prev_hash = row.hash;
        Ok(())
    }

    /// Records the new head.
    fn finish(self, tx: &mut dyn Tx) -> Result<()> {
        if self.prev_id > 0 {
            tx.set_audit_head(self.prev_id, &self.prev_hash)?;
        }
        Ok(())
    }
}

/// Erases the personal part of every entry about `user_id`; hashes stay valid.
pub fn erase_user(tx: &mut dyn Tx, user_id: i64) -> Result<u64> {
    tx.redact_audit(user_id, &format!("#{user_id}"), r#"{"erased":true}"#)
}

/// Entries matching `filter`, oldest first (needs `audit.read`).
pub fn list(store: &mut Store, who: &Principal, filter: &AuditFilter) -> Result<Vec<AuditRow>> {
    who.require(AUDIT_READ, None)?;
    store.read(|tx| tx.list_audit(filter))
}

/// `audit verify` (needs `audit.read`).
pub fn check(store: &mut Store, who: &Principal) -> Result<Verdict> {
    who.require(AUDIT_READ, None)?;
    store.read(verify)
}

/// What `audit verify` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// Entries checked.
    pub entries: u64,
    /// The first broken entry and why, if any.
    pub broken: Option<(i64, String)>,
}

/// Walks the whole chain and reports the first entry that does not check.
pub fn verify(tx: &dyn Tx) -> Result<Verdict> {
    let mut expected_prev = (0i64, GENESIS.to_string());
    let mut entries = 0u64;
    let mut broken: Option<(i64, String)> = None;
    // Erased entries, checked at the end against the purges that follow them.
    let mut erased: Vec<(i64, i64)> = Vec::new();
    let mut purges: std::collections::HashMap<i64, i64> = std::collections::HashMap::new();
    tx.for_each_audit(&mut |row| {
        if broken.is_some() {
            return Ok(());
        }
        entries += 1;
        let problem = if row.id != expected_prev.0 + 1 {
            Some(format!("entry #{} is missing (found #{} next)", expected_prev.0 + 1, row.id))
        } else if row.prev_hash != expected_prev.1 {
            Some(format!("entry #{} does not link to the entry before it", row.id))
        } else if chain_hash(&row) != row.hash {
            Some(format!("entry #{} was changed after it was written", row.id))
        } else if !row.purged && digest_personal(&row.target, &row.details) != row.pii_digest {
            Some(format!("entry #{} has target or details changed after it was written", row.id))
        } else {
            None
        };
        if let Some(why) = problem {
            broken = Some((row.id, why));
            return Ok(());
        }
        if row.purged {
            match row.target_user_id {
                Some(uid) => erased.push((row.id, uid)),
                None => broken = Some((row.id, format!("entry #{} was erased but names no user", row.id))),
            }
        }
        if row.action == "user.purge"
            && let Some(uid) = row.target_user_id
        {
            purges.insert(uid, row.id);
        }
        expected_prev = (row.id, row.hash.clone());
        Ok(())
    })?;
    if broken.is_none() {
        broken = erased
            .iter()
            .find(|(id, uid)| purges.get(uid).is_none_or(|purge| purge < id))
            .map(|(id, _)| (*id, format!("entry #{id} was erased without a recorded `user purge`")));
    }
    if broken.is_none() {
        let head = tx.audit_head()?;
        let last = (expected_prev.0 > 0).then(|| expected_prev.clone());
        if head != last {
            let (id, _) = head.clone().unwrap_or((0, String::new()));
            broken = Some((id, format!("entry #{id} and those after it are missing from the end of the log")));
        }
    }
    Ok(Verdict { entries, broken })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;
    use serde_json::json;

    fn store_with_entries() -> Result<Store> {
        let mut store = Store::open_in_memory()?;
        let actor = Actor::os(Some("ops"));
        store.write(|tx| {
            record(tx, &actor, "user.add", Target::User(7, "zhangsan"), json!({"email": "zs@example.com"}))?;
            record(tx, &actor, "config.set", Target::Other("seat_limit"), json!({"value": "5"}))?;
            record(tx, &actor, "user.disable", Target::User(7, "zhangsan"), json!({"reason": "left"}))
        })?;
        Ok(store)
    }

    #[test]
    fn an_untouched_chain_verifies() -> Result<()> {
        let mut store = store_with_entries()?;
        let verdict = store.read(verify)?;
        assert_eq!(verdict, Verdict { entries: 3, broken: None });
        Ok(())
    }

    #[test]
    fn erasing_without_a_purge_entry_is_found_and_with_one_passes() -> Result<()> {
        let mut store = store_with_entries()?;
        store.write(|tx| erase_user(tx, 7).map(|_| ()))?;
        let verdict = store.read(verify)?;
        assert_eq!(verdict.broken.map(|b| b.0), Some(1));
        let actor = Actor::os(Some("ops"));
        store.write(|tx| record(tx, &actor, "user.purge", Target::User(7, "#7"), json!({})))?;
        assert_eq!(store.read(verify)?.broken, None);
        let who = Principal::Superuser(actor);
        let rows = list(&mut store, &who, &AuditFilter::default())?;
        assert!(rows.iter().all(|r| !r.details.contains("zs@example.com") && !r.target.contains("zhangsan")));
        Ok(())
    }

    #[test]
    fn actor_from_sudo_user() {
        assert_eq!(Actor::os(Some("alice")).as_str(), "os:alice");
        assert!(Actor::os(None).as_str().starts_with("os:"));
        assert_eq!(Actor::user("bob").as_str(), "user:bob");
    }
}
