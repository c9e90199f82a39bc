//! Four-eyes approval requests.

use std::fmt;

use crate::error::Result;

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApprovalStatus {
    /// Waiting for someone other than the requester.
    Pending,
    /// Approved: the assignment was made.
    Approved,
    /// Rejected: nothing was assigned.
    Rejected,
}

impl ApprovalStatus {
    /// Every status, as `approval list --status` names them.
    pub const ALL: [ApprovalStatus; 3] = [ApprovalStatus::Pending, ApprovalStatus::Approved, ApprovalStatus::Rejected];

    /// The text the database and the output hold.
    pub const fn as_str(self) -> &'static str {
        match self {
            ApprovalStatus::Pending => "pending",
            ApprovalStatus::Approved => "approved",
            ApprovalStatus::Rejected => "rejected",
        }
    }

    /// The status written `text`, if any.
    pub fn parse(text: &str) -> Option<ApprovalStatus> {
        ApprovalStatus::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

impl fmt::Display for ApprovalStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
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
    /// Where it stands.
    pub status: ApprovalStatus,
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
    fn approvals(&self, status: Option<ApprovalStatus>) -> Result<Vec<ApprovalRow>>;
    /// Writes the decision of a request.
    fn update_approval(&mut self, request: &ApprovalRow) -> Result<()>;
}
