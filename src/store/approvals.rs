//! Four-eyes approval requests.

use crate::error::Result;
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

/// Four-eyes approval requests. (part of [`Tx`](super::Tx))
pub trait ApprovalsTx {
    /// Stores a new approval request and returns its number.
    fn insert_approval(&mut self, request: &ApprovalRow) -> Result<i64>;
    /// One approval request.
    fn approval(&self, id: i64) -> Result<Option<ApprovalRow>>;
    /// Approval requests with this status (all if `None`), by number.
    fn approvals(&self, status: Option<&str>) -> Result<Vec<ApprovalRow>>;
    /// Writes the decision of a request.
    fn update_approval(&mut self, request: &ApprovalRow) -> Result<()>;
}
