//! The audit log and its head.

use crate::error::Result;
/// One audit log entry as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    /// Position in the chain, from 1.
    pub id: i64,
    /// RFC 3339.
    pub at: String,
    /// `os:<login>` or `user:<username>` (personal: a purge rewrites it to `user:#ID`).
    pub actor: String,
    /// The identity behind the actor (`os:UID` or `user:ID`), covered by the
    /// chain hash in place of the name; `None` for an entry still hashed the
    /// way entries were before schema version 5.
    pub actor_identity: Option<String>,
    /// Such as `user.add`.
    pub action: String,
    /// The user the entry is about, if any (kept after a purge).
    pub target_user_id: Option<i64>,
    /// Human-readable target (personal: erased by a purge).
    pub target: String,
    /// JSON details (personal: erased by a purge).
    pub details: String,
    /// SHA-256 of the personal part (actor name, target and details), part of the chain.
    pub pii_digest: String,
    /// Hash of the previous entry.
    pub prev_hash: String,
    /// Hash of this entry.
    pub hash: String,
    /// Set when a purge erased (part of) the personal part.
    pub purged: bool,
    /// The user whose purge erased it.
    pub erased_for: Option<i64>,
}
/// Which audit entries `list_audit` returns.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// About this user id: entries whose `target_user_id` it is, and
    /// `user.import` entries whose details list it among the created users
    /// (see [`AuditTx::list_audit`]).
    pub target_user_id: Option<i64>,
    /// By this actor (exact).
    pub actor: Option<String>,
    /// This action, or every action under it (`user` matches `user.add`).
    pub action: Option<String>,
    /// At or after this instant.
    pub since: Option<String>,
    /// Before this instant.
    pub until: Option<String>,
    /// Only the latest N.
    pub limit: Option<u64>,
}

/// The audit log and its head. (part of [`Tx`](super::Tx))
pub trait AuditTx {
    /// Id and hash of the last audit entry.
    fn audit_head(&self) -> Result<Option<(i64, String)>>;
    /// Appends an audit entry (the recorded head is moved by [`Tx::set_audit_head`]).
    fn insert_audit(&mut self, row: &AuditRow) -> Result<()>;
    /// Records the id and hash of the last audit entry.
    fn set_audit_head(&mut self, id: i64, hash: &str) -> Result<()>;
    /// Audit entries matching `filter`, oldest first.
    ///
    /// Contract for `filter.target_user_id`: an import writes one
    /// `user.import` entry for all the users it created (built in Rust, by
    /// `import`), whose details hold `"ids": [[first, last], ...]`, inclusive
    /// ranges of the created ids. A backend matches the user id against those
    /// ranges in its query, so the layout is part of this contract.
    fn list_audit(&self, filter: &AuditFilter) -> Result<Vec<AuditRow>>;
    /// Calls `f` on every audit entry, oldest first, without loading all of them.
    fn for_each_audit(&self, f: &mut dyn FnMut(AuditRow) -> Result<()>) -> Result<()>;
    /// Up to `limit` audit entries after entry `after_id`, oldest first.
    fn audit_page(&self, after_id: i64, limit: u64) -> Result<Vec<AuditRow>>;
    /// Audit entries that may hold a user's personal data, oldest first: those
    /// about `user_id`, made by `actor_identity` or under one of `actor_names`,
    /// or whose target or details contain one of `needles` (compared in ASCII
    /// lowercase). A superset: the caller decides what to erase.
    fn audit_mentioning(
        &self,
        user_id: i64,
        actor_identity: &str,
        actor_names: &[String],
        needles: &[String],
    ) -> Result<Vec<AuditRow>>;
    /// Rewrites every column of an existing audit entry (by id).
    fn update_audit(&mut self, row: &AuditRow) -> Result<()>;
    /// Whether audit entries written before schema version 5 await conversion.
    fn audit_upgrade_pending(&self) -> Result<bool>;
    /// Records that they no longer do.
    fn finish_audit_upgrade(&mut self) -> Result<()>;
    /// Replaces actor names kept outside the audit log (who made a code, who
    /// asked for or decided an approval) equal to one of `names` by `to`.
    fn rename_actor(&mut self, names: &[String], to: &str) -> Result<()>;
}
