//! Checking the chain: verify, anchors noted elsewhere, and the one-time
//! upgrade of entries written before schema version 5.

use std::collections::HashMap;

use super::erasure::erased_ranges;
use super::{GENESIS, chain_hash, digest_personal, personal_digest_of};
use crate::error::{Error, Result};
use crate::identity::Identity;
use crate::store::{Store, Tx};

/// Converts entries written before schema version 5 (actor name in the chain
/// hash) to the current format, once, in the caller's transaction.
///
/// The old chain is verified with the old formula first, and rehashed only if
/// it holds: rehashing a broken chain would launder the tampering, so a broken
/// one is left as it is, and `audit verify` goes on reporting it. The actor's
/// identity is worked out from its name as well as can be done now: a login's
/// uid from the system, a username's id from the users table; what cannot be
/// resolved (a user purged before) is recorded as `os:?` or `user:?`.
pub fn upgrade(tx: &mut dyn Tx) -> Result<()> {
    if !tx.audit_upgrade_pending()? {
        return Ok(());
    }
    tx.finish_audit_upgrade()?;
    if verify(&*tx)?.broken.is_some() {
        return Ok(());
    }
    let mut prev = GENESIS.to_string();
    let mut last = 0;
    loop {
        let page = tx.audit_page(last, 1000)?;
        if page.is_empty() {
            break;
        }
        for mut row in page {
            last = row.id;
            if row.actor_identity.is_none() {
                row.actor_identity = Some(legacy_identity(&*tx, &row.actor)?);
                // An erased entry keeps its old digest: it is no longer checked.
                if !row.purged {
                    row.pii_digest = digest_personal(&row.actor, &row.target, &row.details);
                }
            }
            row.prev_hash = std::mem::take(&mut prev);
            row.hash = chain_hash(&row);
            prev.clone_from(&row.hash);
            tx.update_audit(&row)?;
        }
    }
    if last > 0 {
        tx.set_audit_head(last, &prev)?;
    }
    Ok(())
}

/// [`upgrade`] in a transaction of its own, when there is anything to do
/// (when a database is opened).
pub fn upgrade_store(store: &mut Store) -> Result<()> {
    if store.read(|tx| tx.audit_upgrade_pending())? {
        store.write(upgrade)?;
    }
    Ok(())
}

/// The identity behind an actor name written before identities were recorded.
fn legacy_identity(tx: &dyn Tx, name: &str) -> Result<String> {
    if let Some(login) = name.strip_prefix("os:") {
        // `uidN` is what was recorded for a uid without a login name.
        if let Some(uid) = login.strip_prefix("uid").and_then(|n| n.parse::<u32>().ok()) {
            return Ok(Identity::Os(uid).encode());
        }
        return Ok(match nix::unistd::User::from_name(login) {
            Ok(Some(user)) => Identity::Os(user.uid.as_raw()).encode(),
            _ => "os:?".to_string(),
        });
    }
    if let Some(username) = name.strip_prefix("user:") {
        if let Some(id) = username.strip_prefix('#').and_then(|n| n.parse::<i64>().ok()) {
            return Ok(Identity::User(id).encode());
        }
        return Ok(match tx.user_by_username(username)? {
            Some(user) => Identity::User(user.id).encode(),
            None => "user:?".to_string(),
        });
    }
    Ok("?".to_string())
}

/// An entry's id and hash, noted outside the database (from `audit head` or
/// `backup`) to be checked later with `audit verify --expect`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    /// The entry's id (0: the empty log).
    pub id: i64,
    /// Its hash, 64 lowercase hex digits.
    pub hash: String,
}

impl Anchor {
    /// Reads `ID:HASH`.
    pub fn parse(text: &str) -> Result<Anchor> {
        let bad = || {
            Error::invalid(format!("'{text}' is not ID:HASH"))
                .hint("give an entry id and its 64-hex-digit hash, as `crmctl audit head` prints them")
        };
        let (id, hash) = text.trim().split_once(':').ok_or_else(bad)?;
        let id = id.trim().parse::<i64>().ok().filter(|id| *id >= 0).ok_or_else(bad)?;
        let hash = hash.trim().to_ascii_lowercase();
        if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad());
        }
        Ok(Anchor { id, hash })
    }
}

/// The head of the chain: the last entry's id and hash, as recorded (id 0
/// and the genesis hash for an empty log).
pub fn head_of(tx: &dyn Tx) -> Result<Anchor> {
    let (id, hash) = tx.audit_head()?.unwrap_or((0, GENESIS.to_string()));
    Ok(Anchor { id, hash })
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
    verify_against(tx, &[])
}

/// [`verify`], then checks that each anchor's entry is still there with the
/// same hash: a chain rewritten consistently from some entry on passes
/// [`verify`] but not this.
pub fn verify_against(tx: &dyn Tx, anchors: &[Anchor]) -> Result<Verdict> {
    let mut expected_prev = (0i64, GENESIS.to_string());
    let mut entries = 0u64;
    let mut broken: Option<(i64, String)> = None;
    let mut new_format_seen = false;
    // Erased entries (id, erased for, about), checked at the end against the
    // purges that follow them: user id -> (purge entry id, ranges it erased).
    let mut erased: Vec<(i64, i64, Option<i64>)> = Vec::new();
    let mut purges: HashMap<i64, (i64, Vec<[i64; 2]>)> = HashMap::new();
    let mut found: HashMap<i64, String> = anchors.iter().map(|a| (a.id, String::new())).collect();
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
        } else if row.actor_identity.is_none() && new_format_seen {
            Some(format!("entry #{} is in the format of before schema version 5, after newer entries", row.id))
        } else if !row.purged && personal_digest_of(&row) != row.pii_digest {
            Some(format!("entry #{} has its actor, target or details changed after it was written", row.id))
        } else if row.purged && row.erased_for.is_none() {
            Some(format!("entry #{} was erased without a recorded `user purge`", row.id))
        } else {
            None
        };
        if let Some(why) = problem {
            broken = Some((row.id, why));
            return Ok(());
        }
        new_format_seen |= row.actor_identity.is_some();
        if let (true, Some(uid)) = (row.purged, row.erased_for) {
            erased.push((row.id, uid, row.target_user_id));
        }
        if row.action == "user.purge"
            && let Some(uid) = row.target_user_id
        {
            purges.insert(uid, (row.id, erased_ranges(&row.details)));
        }
        if let Some(hash) = found.get_mut(&row.id) {
            hash.clone_from(&row.hash);
        }
        expected_prev = (row.id, row.hash);
        Ok(())
    })?;
    // An erased entry no longer matches its digest, so the purge that erased
    // it must vouch for it. `erased_for` alone is outside the hash and could
    // name any purged user; the purge entry's list of erased ids is inside
    // it. Entries erased before schema version 5, when purges listed
    // nothing, were always about the purged user and are accepted as such.
    if broken.is_none() {
        broken = erased
            .iter()
            .find(|(id, uid, about)| {
                !purges.get(uid).is_some_and(|(purge, listed)| {
                    purge > id && (listed.iter().any(|[a, b]| a <= id && id <= b) || *about == Some(*uid))
                })
            })
            .map(|(id, _, _)| (*id, format!("entry #{id} was erased without a recorded `user purge`")));
    }
    if broken.is_none() {
        let head = tx.audit_head()?;
        let last = (expected_prev.0 > 0).then(|| expected_prev.clone());
        if head != last {
            let (id, _) = head.clone().unwrap_or((0, String::new()));
            broken = Some((id, format!("entry #{id} and those after it are missing from the end of the log")));
        }
    }
    if broken.is_none() {
        broken = anchors.iter().find_map(|a| {
            let now = if a.id == 0 { GENESIS } else { found.get(&a.id).map_or("", String::as_str) };
            match now {
                "" => Some((a.id, format!("entry #{} is gone, yet it was expected with hash {}", a.id, a.hash))),
                now if now != a.hash => {
                    Some((a.id, format!("entry #{} no longer has the expected hash {} (it has {now})", a.id, a.hash)))
                }
                _ => None,
            }
        });
    }
    Ok(Verdict { entries, broken })
}
