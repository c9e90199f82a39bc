//! The account store: the only part of crmctl that speaks SQL.
//!
//! Domain code sees the store through two narrow traits: [`Backend`] opens
//! transactions and [`Tx`] reads and writes rows inside one. SQLite
//! ([`sqlite`]) is the embedded default; a PostgreSQL backend would be a second
//! implementation of the same two traits, with no change to the rules.
//!
//! Rows here are plain data. What they mean (validation, statuses, the audit
//! chain) is decided by the domain modules, never here.

pub(crate) mod migrations;
pub mod sqlite;

pub use sqlite::{Inspection, inspect};

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::error::Result;

/// A user as stored, secrets included. Never serialised: output goes through
/// view types that do not have the secret fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserRow {
    /// Numeric id, assigned by the store on insert.
    pub id: i64,
    /// Login name, lowercase.
    pub username: String,
    /// Display name.
    pub name: String,
    /// Email as given, domain lowercased.
    pub email: String,
    /// Phone in E.164.
    pub phone: Option<String>,
    /// Employee ID (工号).
    pub employee_id: Option<String>,
    /// Department path such as `销售部/华东区`.
    pub department: Option<String>,
    /// Job title.
    pub title: Option<String>,
    /// Id of the manager.
    pub manager_id: Option<i64>,
    /// Stored status: `invited`, `active`, `disabled`, `locked` or `deleted`.
    pub status: String,
    /// The status before a soft delete, restored by `user restore`.
    pub status_before_delete: Option<String>,
    /// argon2id PHC string.
    pub password_hash: Option<String>,
    /// When the password was last set.
    pub password_changed_at: Option<String>,
    /// The user must change the password at next login.
    pub must_change_password: bool,
    /// TOTP secret, when MFA is enrolled.
    pub mfa_secret: Option<String>,
    /// TOTP secret shown by `mfa enroll`, until a code confirms it.
    pub mfa_pending_secret: Option<String>,
    /// The last TOTP time step accepted: a code is never accepted twice.
    pub mfa_last_step: Option<i64>,
    /// After this instant the account cannot log in.
    pub expires_at: Option<String>,
    /// Why the account was disabled.
    pub disabled_reason: Option<String>,
    /// Who took over the leaver's customers.
    pub transfer_to_id: Option<i64>,
    /// Failed logins in a row.
    pub failed_logins: i64,
    /// End of the current lockout.
    pub locked_until: Option<String>,
    /// RFC 3339.
    pub created_at: String,
    /// RFC 3339.
    pub updated_at: String,
    /// RFC 3339.
    pub last_login_at: Option<String>,
}

/// A role held by a user, optionally scoped to a department and expiring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    /// Role name.
    pub role: String,
    /// Department scope (covers sub-departments); `None` is organisation-wide.
    pub department: Option<String>,
    /// After this instant the assignment grants nothing.
    pub expires_at: Option<String>,
}

/// A role as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleRow {
    /// Role name.
    pub name: String,
    /// What the role is for.
    pub description: String,
    /// Permissions, sorted.
    pub permissions: Vec<String>,
    /// One of the six roles every database has.
    pub builtin: bool,
    /// `role assign` makes a pending request instead of assigning.
    pub requires_approval: bool,
    /// How many assignments exist (expired ones included).
    pub assigned: u64,
}

/// An API token as stored (only the SHA-256 digest of the token itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRow {
    /// Token id.
    pub id: i64,
    /// The user the token acts as.
    pub user_id: i64,
    /// Hex SHA-256 of the token.
    pub digest: String,
    /// What it is for.
    pub description: Option<String>,
    /// RFC 3339.
    pub created_at: String,
    /// After this instant the token is refused.
    pub expires_at: Option<String>,
    /// Last successful use.
    pub last_used_at: Option<String>,
    /// Revoked tokens are refused.
    pub revoked: bool,
    /// The identities that created the token, comma-separated (`os:UID` or
    /// `user:ID`: the creator first, then whoever created the creator's
    /// token); `None` for tokens made before it was recorded.
    pub created_by: Option<String>,
}

/// An invitation or password-reset code (only its SHA-256 digest).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRow {
    /// Code id (the invitation id of `invite list`).
    pub id: i64,
    /// `invite` or `reset`.
    pub kind: String,
    /// The user it is for.
    pub user_id: i64,
    /// Hex SHA-256 of the code.
    pub digest: String,
    /// Stored status: `pending`, `used` or `revoked` (expiry is computed).
    pub status: String,
    /// RFC 3339.
    pub created_at: String,
    /// RFC 3339.
    pub expires_at: String,
    /// Actor who made it.
    pub created_by: String,
    /// When it was redeemed.
    pub used_at: Option<String>,
}

/// A request to assign a role that requires approval.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovalRow {
    /// Request number.
    pub id: i64,
    /// Who would get the role.
    pub user_id: i64,
    /// The role.
    pub role: String,
    /// Department scope of the assignment.
    pub department: Option<String>,
    /// Expiry of the assignment.
    pub expires_at: Option<String>,
    /// Actor who asked.
    pub requested_by: String,
    /// The identity that asked (`os:UID` or `user:ID`), which the four-eyes
    /// rule compares; `None` for requests made before it was recorded.
    pub requested_by_identity: Option<String>,
    /// `pending`, `approved` or `rejected`.
    pub status: String,
    /// Actor who decided.
    pub decided_by: Option<String>,
    /// Why it was rejected.
    pub reason: Option<String>,
    /// RFC 3339.
    pub created_at: String,
    /// RFC 3339.
    pub decided_at: Option<String>,
}

/// Which users `list_users` returns. Every field narrows the result.
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    /// Effective statuses to include; empty means every status but `deleted`.
    pub statuses: Vec<String>,
    /// Holds this role (unexpired).
    pub role: Option<String>,
    /// In this department or below it.
    pub department: Option<String>,
    /// Substring of username, name, email, phone or employee ID.
    pub search: Option<String>,
    /// Last login (or creation, if never logged in) before this instant.
    pub inactive_before: Option<String>,
    /// At most this many rows.
    pub limit: Option<u64>,
}

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
    /// About this user id.
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

/// Reads and writes inside one transaction. Dropping it without [`Tx::commit`]
/// rolls everything back.
pub trait Tx {
    /// A setting's stored value.
    fn setting(&self, key: &str) -> Result<Option<String>>;
    /// The settings given in the config file, handed to the store when it was
    /// opened ([`Store::with_file_settings`]) so that every reader of settings
    /// sees them; not stored, and what they mean is `settings`' business.
    fn file_settings(&self) -> &[(String, String)] {
        &[]
    }
    /// Every stored setting, sorted by key.
    fn settings(&self) -> Result<Vec<(String, String)>>;
    /// Stores a setting.
    fn set_setting(&mut self, key: &str, value: &str) -> Result<()>;
    /// Removes a setting; true if it was set.
    fn unset_setting(&mut self, key: &str) -> Result<bool>;

    /// Inserts a user (its `id` is ignored) and returns the new id.
    fn insert_user(&mut self, user: &UserRow) -> Result<i64>;
    /// Inserts new users (for imports), each unless its username, email or
    /// employee ID is taken: the new id, or `None` when nothing was written
    /// for that user. Cheaper than looking each one up first.
    fn insert_users_if_free(&mut self, users: &[UserRow]) -> Result<Vec<Option<i64>>>;
    /// Writes every field of an existing user.
    fn update_user(&mut self, user: &UserRow) -> Result<()>;
    /// Removes a user row for good, with its role assignments.
    fn delete_user(&mut self, id: i64) -> Result<()>;
    /// The user with this id.
    fn user_by_id(&self, id: i64) -> Result<Option<UserRow>>;
    /// The user with this (lowercase) username.
    fn user_by_username(&self, username: &str) -> Result<Option<UserRow>>;
    /// The user with this email, compared case-insensitively.
    fn user_by_email(&self, email: &str) -> Result<Option<UserRow>>;
    /// The user with this employee ID.
    fn user_by_employee_id(&self, employee_id: &str) -> Result<Option<UserRow>>;
    /// Users matching `filter`, by id; `now` decides effective statuses.
    fn list_users(&self, filter: &UserFilter, now: &str) -> Result<Vec<UserRow>>;
    /// Users occupying a seat: stored status invited, active or locked.
    fn count_seats(&self) -> Result<u64>;
    /// Forgets `id` as anyone's manager or successor (before a purge).
    fn clear_references_to(&mut self, id: i64) -> Result<()>;

    /// Whether a role with this name exists.
    fn role_exists(&self, role: &str) -> Result<bool>;
    /// Every role name, sorted.
    fn role_names(&self) -> Result<Vec<String>>;
    /// The roles a user holds, expired ones included.
    fn assignments(&self, user_id: i64) -> Result<Vec<Assignment>>;
    /// Adds an assignment, or updates the expiry of the same role and scope;
    /// true if something changed.
    fn assign(&mut self, user_id: i64, assignment: &Assignment, now: &str) -> Result<bool>;
    /// Removes an assignment; true if there was one.
    fn unassign(&mut self, user_id: i64, role: &str, department: Option<&str>) -> Result<bool>;
    /// Ids of users with stored status `active` holding `role` unexpired at `now`.
    fn active_holders(&self, role: &str, now: &str) -> Result<Vec<i64>>;

    /// One role with its permissions and assignment count.
    fn role(&self, name: &str) -> Result<Option<RoleRow>>;
    /// Every role, by name.
    fn roles(&self) -> Result<Vec<RoleRow>>;
    /// Creates a role or rewrites its description, flags and permissions.
    fn save_role(&mut self, role: &RoleRow) -> Result<()>;
    /// Deletes a role and every assignment and request of it.
    fn delete_role(&mut self, name: &str) -> Result<()>;
    /// Departments of non-deleted users, with how many users sit directly in each.
    fn departments(&self) -> Result<Vec<(String, u64)>>;

    /// Stores a new token and returns its id.
    fn insert_token(&mut self, token: &TokenRow) -> Result<i64>;
    /// The token with this digest.
    fn token_by_digest(&self, digest: &str) -> Result<Option<TokenRow>>;
    /// The token with this id.
    fn token_by_id(&self, id: i64) -> Result<Option<TokenRow>>;
    /// Every token, by id.
    fn tokens(&self) -> Result<Vec<TokenRow>>;
    /// Writes `revoked` and `last_used_at` of a token.
    fn update_token(&mut self, token: &TokenRow) -> Result<()>;
    /// Revokes every token of a user; returns how many were live.
    fn revoke_tokens(&mut self, user_id: i64) -> Result<u64>;

    /// Stores a new invitation or reset code and returns its id.
    fn insert_code(&mut self, code: &CodeRow) -> Result<i64>;
    /// The code with this digest.
    fn code_by_digest(&self, digest: &str) -> Result<Option<CodeRow>>;
    /// The code with this id.
    fn code_by_id(&self, id: i64) -> Result<Option<CodeRow>>;
    /// Codes of `kind`, by id.
    fn codes(&self, kind: &str) -> Result<Vec<CodeRow>>;
    /// Writes digest, status, expiry and use of a code.
    fn update_code(&mut self, code: &CodeRow) -> Result<()>;
    /// Revokes every pending code of `kind` for a user; returns how many.
    fn revoke_codes(&mut self, user_id: i64, kind: &str) -> Result<u64>;

    /// Stores a new approval request and returns its number.
    fn insert_approval(&mut self, request: &ApprovalRow) -> Result<i64>;
    /// One approval request.
    fn approval(&self, id: i64) -> Result<Option<ApprovalRow>>;
    /// Approval requests with this status (all if `None`), by number.
    fn approvals(&self, status: Option<&str>) -> Result<Vec<ApprovalRow>>;
    /// Writes the decision of a request.
    fn update_approval(&mut self, request: &ApprovalRow) -> Result<()>;

    /// Id and hash of the last audit entry.
    fn audit_head(&self) -> Result<Option<(i64, String)>>;
    /// Appends an audit entry (the recorded head is moved by [`Tx::set_audit_head`]).
    fn insert_audit(&mut self, row: &AuditRow) -> Result<()>;
    /// Records the id and hash of the last audit entry.
    fn set_audit_head(&mut self, id: i64, hash: &str) -> Result<()>;
    /// Audit entries matching `filter`, oldest first.
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

    /// Makes every change of this transaction durable.
    fn commit(self: Box<Self>) -> Result<()>;
}

/// A database that can open transactions.
pub trait Backend {
    /// Starts a transaction; `write` takes the write lock at once, so that
    /// concurrent writers queue instead of failing on upgrade.
    fn begin(&mut self, write: bool) -> Result<Box<dyn Tx + '_>>;
    /// Keeps the config file's settings for [`Tx::file_settings`].
    fn set_file_settings(&mut self, values: Vec<(String, String)>);
    /// Writes a consistent copy of the whole database to `dest` (a new file).
    fn backup_to(&self, dest: &Path) -> Result<()>;
    /// Replaces the whole database with the one in `src`, then migrates it.
    fn restore_from(&mut self, src: &Path) -> Result<()>;
    /// The database's own consistency check: empty when healthy.
    fn integrity_check(&self) -> Result<Vec<String>>;
    /// Differences between the schema in the database and the one this
    /// version creates (missing, extra or changed tables, indexes, triggers):
    /// empty when they match.
    fn schema_check(&self) -> Result<Vec<String>>;
    /// Rewrites the database file without free space and empties the
    /// write-ahead log, so that erased data is nowhere in either (after a
    /// purge). False when another process kept the log from being emptied.
    fn scrub(&mut self) -> Result<bool>;
}

/// How [`Store::open`] treats a missing database file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// A command that writes: create the file (and folder) when missing.
    Create,
    /// A read-only command: a missing file is exit 3.
    Existing,
}

/// An open account store.
pub struct Store {
    backend: Box<dyn Backend>,
    path: Option<PathBuf>,
    created: bool,
    on_audit: Option<AuditObserver>,
}

/// Called with each audit entry once the transaction that wrote it has committed.
pub type AuditObserver = Box<dyn FnMut(&AuditRow) + Send>;

impl Store {
    /// Opens (or, with [`OpenMode::Create`], creates) the SQLite database at
    /// `path`, migrating it to the current schema.
    /// Concurrent writers wait up to `busy_timeout` for each other before
    /// failing with exit 7.
    pub fn open(path: &Path, mode: OpenMode, busy_timeout: Duration) -> Result<Store> {
        let (backend, created) = sqlite::SqliteBackend::open(path, mode, busy_timeout)?;
        Ok(Store { backend: Box::new(backend), path: Some(path.to_path_buf()), created, on_audit: None })
    }

    /// A fresh in-memory SQLite store, for tests and experiments.
    pub fn open_in_memory() -> Result<Store> {
        let backend = sqlite::SqliteBackend::open_in_memory()?;
        Ok(Store { backend: Box::new(backend), path: None, created: true, on_audit: None })
    }

    /// Hands the store the settings from the config file
    /// ([`crate::settings::file_settings`]), which then take precedence over
    /// the stored ones for everything done with this store.
    pub fn with_file_settings(mut self, values: Vec<(String, String)>) -> Store {
        self.backend.set_file_settings(values);
        self
    }

    /// The database file, if the store has one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether this open created the database file.
    pub fn created(&self) -> bool {
        self.created
    }

    /// A consistent copy of the database at `dest` (online: others may keep writing).
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        self.backend.backup_to(dest)
    }

    /// Replaces the database with the one in `src` (checked first with [`inspect`]).
    pub fn restore_from(&mut self, src: &Path) -> Result<()> {
        self.backend.restore_from(src)
    }

    /// Problems found by the database's integrity check (empty: healthy).
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        self.backend.integrity_check()
    }

    /// How the schema differs from the one this version creates (empty: it matches).
    pub fn schema_check(&self) -> Result<Vec<String>> {
        self.backend.schema_check()
    }

    /// Runs `f` in a read transaction (a consistent snapshot).
    pub fn read<T>(&mut self, f: impl FnOnce(&dyn Tx) -> Result<T>) -> Result<T> {
        let tx = self.backend.begin(false)?;
        let value = f(tx.as_ref())?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `f` in a write transaction: committed if `f` succeeds, rolled back
    /// if it fails.
    pub fn write<T>(&mut self, f: impl FnOnce(&mut dyn Tx) -> Result<T>) -> Result<T> {
        self.write_if(|tx| f(tx).map(|value| (value, true)))
    }

    /// Runs `f` in a write transaction, committed only if `f` succeeds and
    /// answers `true` along with its value; otherwise rolled back (an import
    /// that finds, half-way, that it must write nothing).
    pub fn write_if<T>(&mut self, f: impl FnOnce(&mut dyn Tx) -> Result<(T, bool)>) -> Result<T> {
        let mut tx = self.backend.begin(true)?;
        // The head is read only when someone watches for new entries.
        let before = match self.on_audit {
            Some(_) => tx.audit_head()?.map_or(0, |(id, _)| id),
            None => 0,
        };
        let (value, keep) = f(tx.as_mut())?;
        if keep {
            let written = match self.on_audit {
                Some(_) => tx.audit_page(before, u64::MAX)?,
                None => Vec::new(),
            };
            tx.commit()?;
            if let Some(observe) = self.on_audit.as_mut() {
                written.iter().for_each(observe);
            }
        }
        Ok(value)
    }

    /// Calls `observe` with every audit entry this store writes, after its
    /// transaction commits (`audit.syslog`).
    pub fn on_audit_commit(&mut self, observe: AuditObserver) {
        self.on_audit = Some(observe);
    }

    /// See [`Backend::scrub`].
    pub fn scrub(&mut self) -> Result<bool> {
        self.backend.scrub()
    }
}
