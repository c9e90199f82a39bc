//! Erasing a purged user's personal data from the log while every hash
//! still checks.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use super::chain::upgrade;
use super::{ERASED, PERSONAL_KEYS, Target, record};
use crate::error::Result;
use crate::identity::{Actor, Identity};
use crate::store::{AuditFilter, Tx, UserRow};

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
pub(super) fn is_personal(text: &str, marks: &BTreeSet<String>) -> bool {
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
pub(super) fn ranges(ids: &[i64]) -> Vec<[i64; 2]> {
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
pub(super) fn erased_ranges(details: &str) -> Vec<[i64; 2]> {
    let value: Value = serde_json::from_str(details).unwrap_or(Value::Null);
    let Some(items) = value["erased"].as_array() else { return Vec::new() };
    items.iter().filter_map(|r| Some([r[0].as_i64()?, r[1].as_i64()?])).collect()
}
