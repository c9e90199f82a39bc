//! API tokens and one-time codes (invitations, resets).

use std::fmt;

use crate::error::Result;

/// What a one-time code is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CodeKind {
    /// An invitation: accepting it sets the first password.
    Invite,
    /// A password reset.
    Reset,
}

impl CodeKind {
    /// The text the database holds; also the path segment of the code's link.
    pub const fn as_str(self) -> &'static str {
        match self {
            CodeKind::Invite => "invite",
            CodeKind::Reset => "reset",
        }
    }

    /// The kind written `text`, if any.
    pub fn parse(text: &str) -> Option<CodeKind> {
        [CodeKind::Invite, CodeKind::Reset].into_iter().find(|k| k.as_str() == text)
    }
}

impl fmt::Display for CodeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A code's status as stored (expiry is computed from `expires_at`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CodeStatus {
    /// Not redeemed yet.
    Pending,
    /// Redeemed (once).
    Used,
    /// Revoked by an administrator or replaced by a newer code.
    Revoked,
}

impl CodeStatus {
    /// The text the database holds.
    pub const fn as_str(self) -> &'static str {
        match self {
            CodeStatus::Pending => "pending",
            CodeStatus::Used => "used",
            CodeStatus::Revoked => "revoked",
        }
    }

    /// The status written `text`, if any.
    pub fn parse(text: &str) -> Option<CodeStatus> {
        [CodeStatus::Pending, CodeStatus::Used, CodeStatus::Revoked].into_iter().find(|s| s.as_str() == text)
    }
}

impl fmt::Display for CodeStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
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
    /// What it is for.
    pub kind: CodeKind,
    /// The user it is for.
    pub user_id: i64,
    /// Hex SHA-256 of the code.
    pub digest: String,
    /// Stored status (expiry is computed).
    pub status: CodeStatus,
    /// RFC 3339.
    pub created_at: String,
    /// RFC 3339.
    pub expires_at: String,
    /// Actor who made it.
    pub created_by: String,
    /// When it was redeemed.
    pub used_at: Option<String>,
}

/// API tokens and one-time codes (invitations, resets). (part of [`Tx`](super::Tx))
pub trait CredentialsTx {
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
    fn codes(&self, kind: CodeKind) -> Result<Vec<CodeRow>>;
    /// Writes digest, status, expiry and use of a code.
    fn update_code(&mut self, code: &CodeRow) -> Result<()>;
    /// Revokes every pending code of `kind` for a user; returns how many.
    fn revoke_codes(&mut self, user_id: i64, kind: CodeKind) -> Result<u64>;
    /// Records that the code `code_id` had the value with `digest` until `at`,
    /// when it was given a new one.
    fn record_replaced_code(&mut self, digest: &str, code_id: i64, at: &str) -> Result<()>;
    /// The code whose value with `digest` was replaced, if any.
    fn replaced_code(&self, digest: &str) -> Result<Option<CodeRow>>;
}
