//! Roles, their permissions and who holds them.

use crate::error::Result;
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

/// Roles, their permissions and who holds them. (part of [`Tx`](super::Tx))
pub trait RolesTx {
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
    /// Ids of users whose status at `now` is active (`Status::effective`, in
    /// the query: the contract of [`UsersTx::list_users`](super::UsersTx::list_users))
    /// holding `role` unexpired at `now`.
    fn active_holders(&self, role: &str, now: &str) -> Result<Vec<i64>>;
    /// Ids of users who are not deleted and hold `role` organisation-wide,
    /// unexpired at `now`, by id: a SCIM group's members.
    fn organisation_wide_holders(&self, role: &str, now: &str) -> Result<Vec<i64>>;
    /// One role with its permissions and assignment count.
    fn role(&self, name: &str) -> Result<Option<RoleRow>>;
    /// Every role, by name.
    fn roles(&self) -> Result<Vec<RoleRow>>;
    /// Creates a role or rewrites its description, flags and permissions.
    fn save_role(&mut self, role: &RoleRow) -> Result<()>;
    /// The `externalId` an identity provider gave the role as a SCIM group.
    fn role_external_id(&self, role: &str) -> Result<Option<String>>;
    /// Sets (or with `None` clears) the role's SCIM `externalId`.
    fn set_role_external_id(&mut self, role: &str, external_id: Option<&str>) -> Result<()>;
    /// Deletes a role and every assignment and request of it.
    fn delete_role(&mut self, name: &str) -> Result<()>;
    /// Departments of non-deleted users, with how many users sit directly in each.
    fn departments(&self) -> Result<Vec<(String, u64)>>;
}
