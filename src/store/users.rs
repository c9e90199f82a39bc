//! User rows: the people.

use std::fmt;

use crate::error::Result;

/// A user's status as the store keeps it. The status a user *has* at an
/// instant ([`Status`]) also depends on the expiry and the end of a lockout.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum StoredStatus {
    /// Created, no password yet.
    #[default]
    Invited,
    /// May log in.
    Active,
    /// Switched off by an administrator.
    Disabled,
    /// Too many failed logins, until `locked_until`.
    Locked,
    /// Soft-deleted, restorable.
    Deleted,
}

impl StoredStatus {
    /// Every stored status.
    pub const ALL: [StoredStatus; 5] = [
        StoredStatus::Invited,
        StoredStatus::Active,
        StoredStatus::Disabled,
        StoredStatus::Locked,
        StoredStatus::Deleted,
    ];

    /// The text the database holds (the schema's CHECK lists the same five).
    pub const fn as_str(self) -> &'static str {
        match self {
            StoredStatus::Invited => "invited",
            StoredStatus::Active => "active",
            StoredStatus::Disabled => "disabled",
            StoredStatus::Locked => "locked",
            StoredStatus::Deleted => "deleted",
        }
    }

    /// The stored status written `text`, if any.
    pub fn parse(text: &str) -> Option<StoredStatus> {
        StoredStatus::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// The seat rule: a user occupies a seat unless disabled or deleted
    /// (an expired user still does: extending the expiry brings them back).
    /// [`UsersTx::count_seats`] counts the same users in SQL.
    pub const fn holds_seat(self) -> bool {
        matches!(self, StoredStatus::Invited | StoredStatus::Active | StoredStatus::Locked)
    }
}

impl fmt::Display for StoredStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A user's status at an instant: the stored status with the expiry and the
/// end of a lockout applied (the rule is `Status::effective`, in `users`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Created, no password yet.
    Invited,
    /// May log in.
    Active,
    /// Switched off by an administrator.
    Disabled,
    /// Too many failed logins, until the lockout ends.
    Locked,
    /// Past `expires_at`.
    Expired,
    /// Soft-deleted, restorable.
    Deleted,
}

impl Status {
    /// Every status, in the order `user list --status` names them.
    pub const ALL: [Status; 6] =
        [Status::Invited, Status::Active, Status::Disabled, Status::Locked, Status::Expired, Status::Deleted];

    /// The status as written in JSON and on the command line.
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Invited => "invited",
            Status::Active => "active",
            Status::Disabled => "disabled",
            Status::Locked => "locked",
            Status::Expired => "expired",
            Status::Deleted => "deleted",
        }
    }

    /// The status written `text`, if any.
    pub fn parse(text: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

impl From<StoredStatus> for Status {
    fn from(stored: StoredStatus) -> Status {
        match stored {
            StoredStatus::Invited => Status::Invited,
            StoredStatus::Active => Status::Active,
            StoredStatus::Disabled => Status::Disabled,
            StoredStatus::Locked => Status::Locked,
            StoredStatus::Deleted => Status::Deleted,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
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
    /// Stored status.
    pub status: StoredStatus,
    /// The status before a soft delete, restored by `user restore`.
    pub status_before_delete: Option<StoredStatus>,
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
    /// SCIM `userName` exactly as the provider sent it (`None`: the
    /// username stands for it). Unique ignoring case across all users.
    pub scim_user_name: Option<String>,
    /// SCIM `externalId`: the provider's own id for the user.
    pub external_id: Option<String>,
    /// SCIM `phoneNumbers`, the JSON array as sent.
    pub phone_numbers: Option<String>,
    /// SCIM `name`, the JSON object as sent.
    pub scim_name: Option<String>,
    /// SCIM `emails`, the JSON array as sent.
    pub scim_emails: Option<String>,
}

/// The key that makes a SCIM `userName` unique ignoring case: its Unicode
/// lowercase form. A user without one is keyed by its (lowercase) username.
pub fn user_name_key(user_name: &str) -> String {
    user_name.to_lowercase()
}
/// Which users `list_users` returns. Every field narrows the result.
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    /// Statuses at `now` to include; empty means every stored status but
    /// `deleted`.
    pub statuses: Vec<Status>,
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

/// User rows: the people. (part of [`Tx`](super::Tx))
pub trait UsersTx {
    /// Inserts a user (its `id` is ignored) and returns the new id.
    fn insert_user(&mut self, user: &UserRow) -> Result<i64>;
    /// Writes a user's profile fields only (name, email, phone, employee ID,
    /// department, title, expiry, `updated_at`): what an import's update
    /// changes, without touching the columns other rules own.
    fn update_profile(&mut self, user: &UserRow) -> Result<()>;
    /// Sets a user's manager (an import sets them once every new user has an id).
    fn set_manager(&mut self, id: i64, manager: Option<i64>, now: &str) -> Result<()>;
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
    /// The user whose SCIM `userName` (or, for a user without one, whose
    /// username) is `user_name` ignoring case ([`user_name_key`]): one
    /// index lookup.
    fn user_by_scim_user_name(&self, user_name: &str) -> Result<Option<UserRow>>;
    /// Users matching `filter`, by id.
    ///
    /// Contract: a user matches `filter.statuses` when `Status::effective(user,
    /// now)` (the rule, in `users`) is one of them. A backend applies that rule
    /// in its query, for speed, so it must give exactly the same answers: the
    /// test `users::tests::sql_and_rust_agree_on_status_and_seats` holds the
    /// SQLite backend to it for every case of the rule.
    fn list_users(&self, filter: &UserFilter, now: &str) -> Result<Vec<UserRow>>;
    /// How many users occupy a seat: those whose stored status
    /// [`StoredStatus::holds_seat`] (counted in the query; the same test holds
    /// it to the Rust rule).
    fn count_seats(&self) -> Result<u64>;
    /// Forgets `id` as anyone's manager or successor (before a purge).
    fn clear_references_to(&mut self, id: i64) -> Result<()>;
}
