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
/// What a request asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApprovalKind {
    /// A role assignment that requires approval.
    Role,
    /// A sign-up from a web form: a person to add (see [`SignupRow`](super::SignupRow)).
    Signup,
}

impl ApprovalKind {
    /// The text the database and the output hold.
    pub const fn as_str(self) -> &'static str {
        match self {
            ApprovalKind::Role => "role",
            ApprovalKind::Signup => "signup",
        }
    }

    /// The kind written `text`, if any.
    pub fn parse(text: &str) -> Option<ApprovalKind> {
        [ApprovalKind::Role, ApprovalKind::Signup].into_iter().find(|k| k.as_str() == text)
    }
}

/// A request that someone other than the requester must decide: a role
/// assignment, or a sign-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovalRow {
    /// Request number.
    pub id: i64,
    /// What it asks for.
    pub kind: ApprovalKind,
    /// Who would get the role; for a sign-up, the user it created once approved.
    pub user_id: Option<i64>,
    /// The role (`None` for a sign-up, whose role is in its [`SignupRow`](super::SignupRow)).
    pub role: Option<String>,
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
    /// Writes the decision of a request (and, for a sign-up, the user it created).
    fn update_approval(&mut self, request: &ApprovalRow) -> Result<()>;
}
