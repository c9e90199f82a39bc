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

use serde_json::Value;
use sha2::{Digest, Sha256};

mod chain;
mod erasure;
mod syslog;

pub use chain::{Anchor, Verdict, head_of, upgrade, upgrade_store, verify, verify_against};
pub use erasure::purge_user;
pub use syslog::Syslog;

use crate::error::Result;
use crate::identity::Actor;
use crate::identity::{AUDIT_READ, Principal};
use crate::store::{AuditFilter, AuditRow, Store, Tx};

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
const PERSONAL_KEYS: &[&str] = &["username", "name", "email", "phone", "employee_id", "scim_user_name"];

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

/// Records many entries at once (an import's updates): one read of the
/// chain's head and one write of the new one, whatever their number.
pub fn record_all<'t>(
    tx: &mut dyn Tx,
    actor: &Actor,
    entries: impl IntoIterator<Item = (&'static str, Target<'t>, Value)>,
) -> Result<()> {
    upgrade(tx)?;
    let mut chain = Chain::start(tx)?;
    for (action, target, details) in entries {
        chain.append(tx, actor, action, target, details)?;
    }
    chain.finish(tx)
}

/// `details` with `"via"` added when the actor came through `crmctl serve`.
fn with_via(details: Value, actor: &Actor) -> Value {
    let Some(via) = actor.via() else { return details };
    match details {
        Value::Object(mut map) => {
            map.insert("via".into(), Value::String(via.as_str().into()));
            Value::Object(map)
        }
        Value::Null => serde_json::json!({ "via": via.as_str() }),
        other => serde_json::json!({ "value": other, "via": via.as_str() }),
    }
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
        let details = with_via(details, actor).to_string();
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

/// What `audit list` and `GET /api/v1/audit` ask, as given: the user by
/// reference (`#ID` also names a purged user, whose row is gone), dates as
/// `YYYY-MM-DD` or RFC 3339 (a bare `until` date is inclusive).
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// Entries about this user.
    pub user: Option<String>,
    /// Entries by this actor.
    pub actor: Option<String>,
    /// Entries of this action.
    pub action: Option<String>,
    /// From this date or instant.
    pub since: Option<String>,
    /// Up to this date (inclusive) or instant.
    pub until: Option<String>,
    /// At most this many (the newest).
    pub limit: Option<u64>,
}

/// Entries matching `filter`, oldest first (needs `audit.read`).
pub fn list(store: &mut Store, who: &Principal, filter: &AuditFilter) -> Result<Vec<AuditRow>> {
    who.require(AUDIT_READ, None)?;
    store.read(|tx| tx.list_audit(filter))
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

#[cfg(test)]
mod tests {
    use super::erasure::{is_personal, ranges};
    use super::*;
    use crate::identity::Identity;
    use crate::store::{OpenMode, Store, UserRow};
    use serde_json::json;
    use std::collections::BTreeSet;

    fn store_with_entries() -> Result<Store> {
        let mut store = crate::testing::store()?;
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
