//! The tamper-evident audit log: who changed what, chained by SHA-256.
//!
//! Each entry's hash covers its position, time, the actor's identity
//! (`os:UID` or `user:ID`, never a name), action, the id of the user it is
//! about, the previous entry's hash, and a digest of its personal part: the
//! actor's name, the target and the details. `user purge` can therefore erase
//! a user's name and data wherever they appear (entries about them, entries
//! they made, other entries naming them) while every hash still checks:
//! `audit verify` accepts an erased entry only when a later `user.purge` entry
//! for the user it was erased for lists it. The last entry's id and hash (the
//! head) are also kept apart, so that cutting entries off the end is found;
//! `audit verify --expect ID:HASH` checks a head noted elsewhere, which finds
//! even a chain rewritten from scratch. This module does no printing.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::identity::{AUDIT_READ, Principal};
use crate::identity::{Actor, Identity};
use crate::store::{AuditFilter, AuditRow, Store, Tx, UserRow};

/// The hash before the first entry.
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What an entry is about.
#[derive(Debug, Clone)]
pub enum Target<'a> {
    /// A user (by id and the name shown until a purge).
    User(i64, &'a str),
    /// Anything else: a setting key, a role name.
    Other(&'a str),
}

/// What replaces an erased value, target or name.
const ERASED: &str = "[erased]";

/// Keys whose values identify a person in `user.add` details and in the
/// `changes` of `user.update`.
const PERSONAL_KEYS: &[&str] = &["username", "name", "email", "phone", "employee_id"];

fn sha256_fields(fields: &[&str]) -> String {
    let mut h = Sha256::new();
    for field in fields {
        h.update(field.as_bytes());
        h.update([0u8]);
    }
    hex::encode(h.finalize())
}

/// The digest of an entry's personal part: the actor's name, the target and
/// the details.
fn digest_personal(actor: &str, target: &str, details: &str) -> String {
    sha256_fields(&[actor, target, details])
}

/// The digest of entries written before schema version 5, which left the
/// actor's name out (it was in the chain hash).
fn digest_personal_v1(target: &str, details: &str) -> String {
    let mut h = Sha256::new();
    h.update(target.as_bytes());
    h.update([0u8]);
    h.update(details.as_bytes());
    hex::encode(h.finalize())
}

/// The digest an entry should carry, by the format it was written in.
fn personal_digest_of(row: &AuditRow) -> String {
    match row.actor_identity {
        Some(_) => digest_personal(&row.actor, &row.target, &row.details),
        None => digest_personal_v1(&row.target, &row.details),
    }
}

/// The chain hash. It covers the actor's identity, which a purge never
/// changes, where entries before schema version 5 had the actor's name.
fn chain_hash(row: &AuditRow) -> String {
    sha256_fields(&[
        row.prev_hash.as_str(),
        &row.id.to_string(),
        &row.at,
        row.actor_identity.as_deref().unwrap_or(&row.actor),
        &row.action,
        &row.target_user_id.map(|id| id.to_string()).unwrap_or_default(),
        &row.pii_digest,
    ])
}

/// Appends an entry to the chain, in the caller's transaction.
pub fn record(tx: &mut dyn Tx, actor: &Actor, action: &str, target: Target<'_>, details: Value) -> Result<()> {
    upgrade(tx)?;
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
            actor_identity: Some(actor.identity().encode()),
            action: action.to_string(),
            target_user_id,
            pii_digest: digest_personal(actor.as_str(), &target, &details),
            target,
            details,
            prev_hash: std::mem::take(&mut self.prev_hash),
            hash: String::new(),
            purged: false,
            erased_for: None,
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

/// Erases `user`'s personal data from the audit log and records the
/// `user.purge` entry, in the caller's transaction (the one that deletes the
/// user's row). Returns how many entries were erased.
///
/// Erased are: entries about the user (target becomes `#ID`, details keep
/// their keys and lose their values), the user's name as an actor
/// (`user:<name>` becomes `user:#ID`), and, in any other entry, every value
/// holding one of the user's usernames, names, emails, phone numbers or
/// employee IDs, past ones included (a `manager`, a `transfer_to`, a
/// `user.update` of someone else). Each erased entry records the user it was
/// erased for, and the `user.purge` entry lists them all: `audit verify`
/// accepts an erased entry only when that purge vouches for it.
pub fn purge_user(tx: &mut dyn Tx, actor: &Actor, user: &UserRow) -> Result<u64> {
    upgrade(tx)?;
    let id = user.id;
    let pseudonym = format!("user:#{id}");
    let identity = Identity::User(id).encode();
    let (usernames, marks) = identifiers(&*tx, user)?;
    let actor_names: Vec<String> = usernames.iter().map(|u| format!("user:{u}")).collect();
    let mut needles: BTreeSet<String> = BTreeSet::new();
    for mark in &marks {
        needles.insert(mark.clone());
        // Details are JSON text: a quote or backslash appears escaped there.
        let escaped = Value::String(mark.clone()).to_string();
        needles.insert(escaped[1..escaped.len() - 1].to_string());
    }
    let needles: Vec<String> = needles.into_iter().collect();
    let mut erased = Vec::new();
    for mut row in tx.audit_mentioning(id, &identity, &actor_names, &needles)? {
        let mut changed = false;
        if row.actor_identity.as_deref() == Some(identity.as_str()) || actor_names.contains(&row.actor) {
            changed |= row.actor != pseudonym;
            row.actor.clone_from(&pseudonym);
        }
        if row.target_user_id == Some(id) {
            let target = format!("#{id}");
            let details = keys_only(&row.details);
            changed |= row.target != target || row.details != details;
            row.target = target;
            row.details = details;
        } else {
            if is_personal(&row.target, &marks) {
                row.target = ERASED.to_string();
                changed = true;
            }
            if let Some(details) = redact_marks(&row.details, &marks) {
                row.details = details;
                changed = true;
            }
        }
        if !changed {
            continue;
        }
        row.purged = true;
        row.erased_for = row.erased_for.or(Some(id));
        tx.update_audit(&row)?;
        erased.push(row.id);
    }
    tx.rename_actor(&actor_names, &pseudonym)?;
    // A user purging themself must not write their name into the new entry.
    let pseudonymous;
    let actor = if actor.identity() == Identity::User(id) {
        pseudonymous = Actor::user(&format!("#{id}"), id);
        &pseudonymous
    } else {
        actor
    };
    let details = json!({"erased": ranges(&erased)});
    record(tx, actor, "user.purge", Target::User(id, &format!("#{id}")), details)?;
    Ok(erased.len() as u64)
}

/// The usernames `user` has had, and every identifying value they have had
/// (in ASCII lowercase), from their row and from the entries about them.
fn identifiers(tx: &dyn Tx, user: &UserRow) -> Result<(BTreeSet<String>, BTreeSet<String>)> {
    let mut usernames = BTreeSet::from([user.username.clone()]);
    let mut marks: BTreeSet<String> = [Some(&user.username), Some(&user.name), Some(&user.email)]
        .into_iter()
        .chain([user.phone.as_ref(), user.employee_id.as_ref()])
        .flatten()
        .map(|v| v.to_ascii_lowercase())
        .collect();
    let about = AuditFilter { target_user_id: Some(user.id), ..AuditFilter::default() };
    for row in tx.list_audit(&about)? {
        if row.target_user_id != Some(user.id) {
            continue; // an import entry naming the user's id in a range
        }
        usernames.insert(row.target.clone());
        marks.insert(row.target.to_ascii_lowercase());
        let Ok(details) = serde_json::from_str::<Value>(&row.details) else { continue };
        for key in PERSONAL_KEYS {
            let change = &details["changes"][*key];
            for value in [&details[*key], &change["from"], &change["to"]] {
                if let Some(text) = value.as_str() {
                    marks.insert(text.to_ascii_lowercase());
                    if *key == "username" {
                        usernames.insert(text.to_string());
                    }
                }
            }
        }
    }
    let erased = |v: &String| v.trim().is_empty() || v.starts_with('#') || v.as_str() == ERASED;
    usernames.retain(|v| !erased(v));
    marks.retain(|v| !erased(v));
    Ok((usernames, marks))
}

/// Whether `text` holds one of `marks` (ASCII lowercase): equal to it, or,
/// for marks of four characters or more, containing it as a whole word
/// (`zqx` does not match `zqxa`; `Li Wei` does not match `Li Weiming`).
fn is_personal(text: &str, marks: &BTreeSet<String>) -> bool {
    let text = text.to_ascii_lowercase();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    marks.iter().any(|mark| {
        if text == *mark {
            return true;
        }
        mark.len() >= 4
            && text
                .match_indices(mark.as_str())
                .any(|(at, _)| !word(text[..at].chars().next_back()) && !word(text[at + mark.len()..].chars().next()))
    })
}

/// `details` with every value replaced by [`ERASED`]: the keys (which fields
/// changed) stay.
fn keys_only(details: &str) -> String {
    fn walk(value: &Value) -> Value {
        match value {
            Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), walk(v))).collect()),
            _ => Value::String(ERASED.to_string()),
        }
    }
    match serde_json::from_str::<Value>(details) {
        Ok(value) => walk(&value).to_string(),
        Err(_) => Value::String(ERASED.to_string()).to_string(),
    }
}

/// `details` with every string value holding one of `marks` replaced by
/// [`ERASED`]; `None` when there is none.
fn redact_marks(details: &str, marks: &BTreeSet<String>) -> Option<String> {
    fn walk(value: &mut Value, marks: &BTreeSet<String>) -> bool {
        match value {
            Value::String(text) if is_personal(text, marks) => {
                *value = Value::String(ERASED.to_string());
                true
            }
            Value::Array(items) => items.iter_mut().fold(false, |hit, v| walk(v, marks) | hit),
            Value::Object(map) => map.values_mut().fold(false, |hit, v| walk(v, marks) | hit),
            _ => false,
        }
    }
    match serde_json::from_str::<Value>(details) {
        Ok(mut value) => walk(&mut value, marks).then(|| value.to_string()),
        Err(_) => is_personal(details, marks).then(|| Value::String(ERASED.to_string()).to_string()),
    }
}

/// Sorted ids as `[first, last]` ranges.
fn ranges(ids: &[i64]) -> Vec<[i64; 2]> {
    let mut out: Vec<[i64; 2]> = Vec::new();
    for &id in ids {
        match out.last_mut() {
            Some(last) if last[1] + 1 == id => last[1] = id,
            _ => out.push([id, id]),
        }
    }
    out
}

/// The ranges a `user.purge` entry's details list under `erased`.
fn erased_ranges(details: &str) -> Vec<[i64; 2]> {
    let value: Value = serde_json::from_str(details).unwrap_or(Value::Null);
    let Some(items) = value["erased"].as_array() else { return Vec::new() };
    items.iter().filter_map(|r| Some([r[0].as_i64()?, r[1].as_i64()?])).collect()
}

/// Entries matching `filter`, oldest first (needs `audit.read`).
pub fn list(store: &mut Store, who: &Principal, filter: &AuditFilter) -> Result<Vec<AuditRow>> {
    who.require(AUDIT_READ, None)?;
    store.read(|tx| tx.list_audit(filter))
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

/// `audit head` (needs `audit.read`).
pub fn head(store: &mut Store, who: &Principal) -> Result<Anchor> {
    who.require(AUDIT_READ, None)?;
    store.read(head_of)
}

/// `audit verify --expect`: [`check`], also checking `anchors`.
pub fn check_against(store: &mut Store, who: &Principal, anchors: &[Anchor]) -> Result<Verdict> {
    who.require(AUDIT_READ, None)?;
    store.read(|tx| verify_against(tx, anchors))
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

/// Sends the id, action and hash of each new entry to syslog
/// (`audit.syslog = true` in the config file): a copy of the chain's
/// progress out of reach of whoever can write the database. Never fails a
/// command; the first failure is returned, to be warned about, and later
/// entries are then not sent.
pub struct Syslog {
    socket: PathBuf,
    logger: Option<syslog::Logger<syslog::LoggerBackend, syslog::Formatter3164>>,
    failed: bool,
}

impl Syslog {
    /// The local syslog socket.
    pub const DEFAULT_SOCKET: &str = "/dev/log";

    /// A sender to the datagram socket at `socket`, connected on first use.
    pub fn new(socket: PathBuf) -> Syslog {
        Syslog { socket, logger: None, failed: false }
    }

    /// Sends one entry: `crmctl audit id=N action=A hash=H` (no personal data).
    pub fn send(&mut self, row: &AuditRow) -> std::result::Result<(), String> {
        if self.failed {
            return Ok(());
        }
        let result = self.try_send(row);
        self.failed = result.is_err();
        result
    }

    fn try_send(&mut self, row: &AuditRow) -> std::result::Result<(), String> {
        let socket = self.socket.display();
        let logger = match &mut self.logger {
            Some(logger) => logger,
            None => {
                let formatter = syslog::Formatter3164 {
                    facility: syslog::Facility::LOG_AUTH,
                    hostname: None,
                    process: "crmctl".into(),
                    pid: std::process::id(),
                };
                let logger = syslog::unix_custom(formatter, &self.socket)
                    .map_err(|err| format!("cannot reach syslog at {socket}: {err}"))?;
                self.logger.insert(logger)
            }
        };
        logger
            .notice(format!("crmctl audit id={} action={} hash={}", row.id, row.action, row.hash))
            .map_err(|err| format!("cannot write audit entry #{} to syslog at {socket}: {err}", row.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{OpenMode, Store};
    use serde_json::json;

    fn store_with_entries() -> Result<Store> {
        let mut store = Store::open_in_memory()?;
        let actor = Actor::os("ops", 1000);
        store.write(|tx| {
            record(tx, &actor, "user.add", Target::User(7, "zhangsan"), json!({"email": "zs@example.com"}))?;
            record(tx, &actor, "config.set", Target::Other("seat_limit"), json!({"value": "5"}))?;
            record(tx, &actor, "user.disable", Target::User(7, "zhangsan"), json!({"reason": "left"}))
        })?;
        Ok(store)
    }

    fn zhangsan() -> UserRow {
        UserRow {
            id: 7,
            username: "zhangsan".into(),
            name: "Zhang San".into(),
            email: "zs@example.com".into(),
            phone: Some("+8613800138000".into()),
            employee_id: Some("E-0042".into()),
            ..UserRow::default()
        }
    }

    fn all(store: &mut Store) -> Result<Vec<AuditRow>> {
        store.read(|tx| tx.list_audit(&AuditFilter::default()))
    }

    fn broken_at(store: &mut Store) -> Result<Option<i64>> {
        Ok(store.read(verify)?.broken.map(|b| b.0))
    }

    #[test]
    fn an_untouched_chain_verifies() -> Result<()> {
        let mut store = store_with_entries()?;
        let verdict = store.read(verify)?;
        assert_eq!(verdict, Verdict { entries: 3, broken: None });
        Ok(())
    }

    #[test]
    fn the_chain_covers_the_identity_and_the_digest_the_name() -> Result<()> {
        let mut store = store_with_entries()?;
        let rows = all(&mut store)?;
        assert_eq!(rows[0].actor, "os:ops");
        assert_eq!(rows[0].actor_identity.as_deref(), Some("os:1000"));
        assert_eq!(rows[0].pii_digest, digest_personal("os:ops", "zhangsan", r#"{"email":"zs@example.com"}"#));
        // A changed name breaks the personal digest, a changed identity the chain.
        let mut renamed = rows[1].clone();
        renamed.actor = "os:innocent".into();
        store.write(|tx| tx.update_audit(&renamed))?;
        let verdict = store.read(verify)?;
        assert_eq!(verdict.broken.as_ref().map(|b| b.0), Some(2));
        assert!(verdict.broken.is_some_and(|b| b.1.contains("actor")));
        let mut other = rows[1].clone();
        other.actor_identity = Some("os:0".into());
        store.write(|tx| tx.update_audit(&other))?;
        assert_eq!(broken_at(&mut store)?, Some(2));
        Ok(())
    }

    #[test]
    fn a_purge_erases_the_person_everywhere_and_the_chain_still_verifies() -> Result<()> {
        let mut store = store_with_entries()?;
        let ops = Actor::os("ops", 1000);
        let as_zhangsan = Actor::user("zhangsan", 7);
        store.write(|tx| {
            // Made by the person through a token, and naming them in someone else's entries.
            record(tx, &as_zhangsan, "role.assign", Target::User(8, "lisi"), json!({"role": "viewer"}))?;
            record(tx, &ops, "user.add", Target::User(8, "lisi"), json!({"username": "lisi", "manager": "zhangsan"}))?;
            let change = json!({"changes": {"manager": {"from": "zhangsan", "to": null}}});
            record(tx, &ops, "user.update", Target::User(8, "lisi"), change)?;
            record(tx, &ops, "user.disable", Target::User(9, "wangwu"), json!({"reason": "handed to Zhang San."}))?;
            // Not the person: a longer name holding theirs, and a short word.
            record(tx, &ops, "user.add", Target::User(10, "zhangsanfeng"), json!({"name": "Zhang Sanfeng"}))?;
            let change = json!({"changes": {"email": {"from": "zs@example.com", "to": "zs2@example.com"}}});
            record(tx, &ops, "user.update", Target::User(7, "zhangsan"), change)
        })?;
        let mut user = zhangsan();
        user.email = "zs2@example.com".into();
        let erased = store.write(|tx| purge_user(tx, &ops, &user))?;
        assert_eq!(store.read(verify)?, Verdict { entries: 10, broken: None });
        let rows = all(&mut store)?;
        assert_eq!(erased, 7);
        for row in &rows {
            let text = format!("{} {} {}", row.actor, row.target, row.details).to_lowercase();
            for mark in ["zhangsan\"", "zhangsan ", "user:zhangsan", "zhang san.", "zs@example.com", "zs2@example"] {
                assert!(!text.contains(mark), "{mark} in {row:?}");
            }
        }
        assert_eq!(rows[0].target, "#7");
        assert_eq!(rows[0].details, r#"{"email":"[erased]"}"#);
        assert_eq!(rows[3].actor, "user:#7");
        assert_eq!(rows[3].actor_identity.as_deref(), Some("user:7"));
        assert_eq!(rows[3].details, r#"{"role":"viewer"}"#, "what the person did about others stays");
        assert_eq!(rows[4].details, r#"{"username":"lisi","manager":"[erased]"}"#);
        assert_eq!(rows[5].details, r#"{"changes":{"manager":{"from":"[erased]","to":null}}}"#);
        assert_eq!(rows[5].actor, "os:ops");
        assert_eq!(rows[6].details, r#"{"reason":"[erased]"}"#);
        assert!(!rows[7].purged, "Zhang Sanfeng is someone else: {:?}", rows[7]);
        assert_eq!(rows[8].details, r#"{"changes":{"email":{"from":"[erased]","to":"[erased]"}}}"#);
        assert_eq!(rows[9].action, "user.purge");
        assert_eq!(rows[9].details, r#"{"erased":[[1,1],[3,7],[9,9]]}"#);
        assert!(rows.iter().filter(|r| r.purged).all(|r| r.erased_for == Some(7)));
        Ok(())
    }

    #[test]
    fn an_erasure_no_purge_lists_is_found() -> Result<()> {
        let mut store = store_with_entries()?;
        let ops = Actor::os("ops", 1000);
        // Erased by hand, naming no user: found.
        let mut rows = all(&mut store)?;
        rows[1].details = "{}".into();
        rows[1].purged = true;
        store.write(|tx| tx.update_audit(&rows[1]))?;
        assert_eq!(broken_at(&mut store)?, Some(2));
        // Naming a user whose purge comes later but does not list it: found.
        rows[1].erased_for = Some(7);
        store.write(|tx| tx.update_audit(&rows[1]))?;
        store.write(|tx| purge_user(tx, &ops, &zhangsan()).map(|_| ()))?;
        assert_eq!(broken_at(&mut store)?, Some(2));
        // The same erasure listed by the purge passes (and so does the purge's own work).
        let mut store = store_with_entries()?;
        store.write(|tx| purge_user(tx, &ops, &zhangsan()).map(|_| ()))?;
        assert_eq!(broken_at(&mut store)?, None);
        // A purge entry recorded before the erasure does not vouch for it.
        let mut late = all(&mut store)?[1].clone();
        store.write(|tx| record(tx, &ops, "config.set", Target::Other("x"), json!({"value": "zhangsan"})))?;
        late.purged = true;
        late.erased_for = Some(7);
        store.write(|tx| tx.update_audit(&late))?;
        assert_eq!(broken_at(&mut store)?, Some(2));
        Ok(())
    }

    #[test]
    fn a_user_purging_themself_is_not_named_in_the_purge_entry() -> Result<()> {
        let mut store = store_with_entries()?;
        store.write(|tx| purge_user(tx, &Actor::user("zhangsan", 7), &zhangsan()).map(|_| ()))?;
        let rows = all(&mut store)?;
        assert_eq!(rows[3].actor, "user:#7");
        assert_eq!(broken_at(&mut store)?, None);
        Ok(())
    }

    #[test]
    fn anchors_find_a_chain_rewritten_from_scratch() -> Result<()> {
        let mut store = store_with_entries()?;
        let anchor = store.read(head_of)?;
        assert_eq!(anchor.id, 3);
        assert_eq!(Anchor::parse(&format!("3:{}", anchor.hash.to_uppercase()))?, anchor);
        for bad in [
            "3".to_string(),
            "x:ab".into(),
            "3:abc".into(),
            format!("-1:{}", anchor.hash),
            format!("3:{}", "g".repeat(64)),
        ] {
            assert_eq!(Anchor::parse(&bad).map_err(|e| e.kind).err(), Some(crate::error::Kind::Invalid), "{bad}");
        }
        assert_eq!(store.read(|tx| verify_against(tx, std::slice::from_ref(&anchor)))?.broken, None);
        // Rewrite entry 2 and every hash after it, consistently.
        let mut rows = all(&mut store)?;
        rows[1].details = r#"{"value":"500"}"#.into();
        let mut prev = rows[0].hash.clone();
        for row in &mut rows[1..] {
            row.pii_digest = personal_digest_of(row);
            row.prev_hash = prev;
            row.hash = chain_hash(row);
            prev = row.hash.clone();
        }
        store.write(|tx| {
            rows.iter().try_for_each(|row| tx.update_audit(row))?;
            tx.set_audit_head(3, &prev)
        })?;
        assert_eq!(broken_at(&mut store)?, None, "a consistent rewrite passes a plain verify");
        let verdict = store.read(|tx| verify_against(tx, std::slice::from_ref(&anchor)))?;
        assert_eq!(verdict.broken.as_ref().map(|b| b.0), Some(3));
        assert!(verdict.broken.is_some_and(|b| b.1.contains("expected hash")));
        let gone = Anchor { id: 4, hash: anchor.hash.clone() };
        let verdict = store.read(|tx| verify_against(tx, &[gone]))?;
        assert!(verdict.broken.is_some_and(|b| b.0 == 4 && b.1.contains("gone")));
        Ok(())
    }

    #[test]
    fn personal_values_are_matched_as_whole_words() {
        let marks: BTreeSet<String> = ["zhang san", "li", "zs@example.com"].map(String::from).into();
        assert!(is_personal("Zhang San", &marks));
        assert!(is_personal("handed over to zhang san.", &marks));
        assert!(!is_personal("Zhang Sanfeng", &marks));
        assert!(is_personal("LI", &marks));
        assert!(!is_personal("client list", &marks), "short marks match whole values only");
        assert!(!is_personal("kzs@example.com", &marks));
        assert_eq!(ranges(&[1, 2, 3, 5, 7, 8]), vec![[1, 3], [5, 5], [7, 8]]);
    }

    /// A database as version 4 left it: old-format entries, and the meta flag
    /// the migration to version 5 sets.
    /// Actor, action, user it is about, target, details, erased.
    type OldEntry = (&'static str, &'static str, Option<i64>, &'static str, &'static str, bool);

    fn old_database(path: &std::path::Path, entries: &[OldEntry]) -> Result<()> {
        let conn = rusqlite::Connection::open(path)?;
        for (i, sql) in crate::store::migrations::MIGRATIONS[..4].iter().enumerate() {
            conn.execute_batch(sql)?;
            conn.pragma_update(None, "user_version", i as i64 + 1)?;
        }
        conn.execute(
            "INSERT INTO users (id, username, name, email, email_norm, status, created_at, updated_at) \
             VALUES (5, 'lisi', 'Li Si', 'ls@example.com', 'ls@example.com', 'active', '', '')",
            [],
        )?;
        let mut prev = GENESIS.to_string();
        for (i, (actor, action, about, target, details, purged)) in entries.iter().enumerate() {
            let mut row = AuditRow {
                id: i as i64 + 1,
                at: "2026-01-01T00:00:00Z".into(),
                actor: actor.to_string(),
                actor_identity: None,
                action: action.to_string(),
                target_user_id: *about,
                target: target.to_string(),
                details: details.to_string(),
                pii_digest: digest_personal_v1(target, details),
                prev_hash: prev,
                hash: String::new(),
                purged: false,
                erased_for: None,
            };
            row.hash = chain_hash(&row);
            if *purged {
                (row.target, row.details) = ("#9".into(), r#"{"erased":true}"#.into());
            }
            conn.execute(
                "INSERT INTO audit (id, at, actor, action, target_user_id, target, details, pii_digest, prev_hash, \
                 hash, purged) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                rusqlite::params![
                    row.id,
                    row.at,
                    row.actor,
                    row.action,
                    row.target_user_id,
                    row.target,
                    row.details,
                    row.pii_digest,
                    row.prev_hash,
                    row.hash,
                    purged
                ],
            )?;
            prev = row.hash;
        }
        conn.execute("INSERT INTO meta (key, value) VALUES ('audit_head', ?1)", [format!("{}:{prev}", entries.len())])?;
        Ok(())
    }

    const OLD: &[OldEntry] = &[
        ("os:uid4242", "user.add", Some(9), "wangwu", r#"{"email":"ww@example.com"}"#, true),
        ("user:lisi", "config.set", None, "seat_limit", r#"{"value":"5"}"#, false),
        ("user:ghost", "role.assign", Some(5), "lisi", r#"{"role":"viewer"}"#, false),
        ("user:#3", "user.purge", Some(9), "#9", "{}", false),
    ];

    #[test]
    fn an_old_format_chain_that_verifies_is_converted() -> Result<()> {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("old.db");
        old_database(&path, OLD)?;
        let mut store = Store::open(&path, OpenMode::Existing, std::time::Duration::from_secs(1))?;
        let old_head = store.read(head_of)?;
        assert_eq!(store.read(verify)?.broken, None, "the old formula still verifies before conversion");
        upgrade_store(&mut store)?;
        assert!(!store.read(|tx| tx.audit_upgrade_pending())?);
        let rows = all(&mut store)?;
        let identities: Vec<_> = rows.iter().map(|r| r.actor_identity.as_deref()).collect();
        assert_eq!(identities, [Some("os:4242"), Some("user:5"), Some("user:?"), Some("user:3")]);
        assert_eq!(rows[0].erased_for, Some(9), "an erasure of before keeps its user");
        assert_eq!(store.read(verify)?, Verdict { entries: 4, broken: None });
        assert_ne!(store.read(head_of)?, old_head, "every hash is now of the new formula");
        store.write(|tx| record(tx, &Actor::os("ops", 1000), "config.set", Target::Other("x"), json!({})))?;
        assert_eq!(store.read(verify)?, Verdict { entries: 5, broken: None });
        Ok(())
    }

    #[test]
    fn an_old_format_chain_that_does_not_verify_is_left_as_it_is() -> Result<()> {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("old.db");
        old_database(&path, OLD)?;
        let conn = rusqlite::Connection::open(&path)?;
        conn.execute("UPDATE audit SET details = '{\"value\":\"500\"}' WHERE id = 2", [])?;
        drop(conn);
        let mut store = Store::open(&path, OpenMode::Existing, std::time::Duration::from_secs(1))?;
        let old_head = store.read(head_of)?;
        upgrade_store(&mut store)?;
        assert_eq!(broken_at(&mut store)?, Some(2));
        assert!(all(&mut store)?.iter().all(|r| r.actor_identity.is_none()));
        assert_eq!(store.read(head_of)?, old_head);
        // Later entries chain on, in the new format; the old break stays reported.
        store.write(|tx| record(tx, &Actor::os("ops", 1000), "config.set", Target::Other("x"), json!({})))?;
        assert_eq!(broken_at(&mut store)?, Some(2));
        Ok(())
    }

    #[test]
    fn actor_names_and_identities() {
        assert_eq!(Actor::os("alice", 1000).as_str(), "os:alice");
        assert_eq!(Actor::os("alice", 1000).identity(), Identity::Os(1000));
        // SUDO_USER is not trusted unless the real uid is 0 and SUDO_UID matches.
        let me = Actor::current_os(Some("someone-else"), Some("4242"));
        assert!(me.as_str().starts_with("os:"));
        assert_ne!(me.identity(), Identity::Os(4242));
        assert_eq!(Actor::user("bob", 7).as_str(), "user:bob");
        for id in [Identity::Os(0), Identity::User(42)] {
            assert_eq!(Identity::decode(&id.encode()), Some(id));
        }
    }
}
