//! Web forms that send sign-ups, and the sign-ups they sent.

use std::fmt;

use crate::error::Result;

/// How a form's sender proves who it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormKind {
    /// Typeform: `Typeform-Signature: sha256=<base64 HMAC-SHA256 of the body>`.
    Typeform,
    /// Any tool that signs: `X-Signature: sha256=<hex HMAC-SHA256 of the body>`.
    HmacSha256,
    /// Feishu (飞书) event subscriptions: `X-Lark-Signature`.
    Feishu,
    /// 简道云 (Jiandaoyun) data push: `X-JDY-Signature`.
    Jiandaoyun,
    /// A tool that cannot sign: a 256-bit secret as the last path segment.
    Token,
}

impl FormKind {
    /// Every kind, as `form add --kind` names them.
    pub const ALL: [FormKind; 5] =
        [FormKind::Typeform, FormKind::HmacSha256, FormKind::Feishu, FormKind::Jiandaoyun, FormKind::Token];

    /// The text the database and the output hold.
    pub const fn as_str(self) -> &'static str {
        match self {
            FormKind::Typeform => "typeform",
            FormKind::HmacSha256 => "hmac-sha256",
            FormKind::Feishu => "feishu",
            FormKind::Jiandaoyun => "jiandaoyun",
            FormKind::Token => "token",
        }
    }

    /// The kind written `text`, if any.
    pub fn parse(text: &str) -> Option<FormKind> {
        FormKind::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

impl fmt::Display for FormKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A form, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormRow {
    /// Form number (the identity of its submissions in the audit log).
    pub id: i64,
    /// The name in `/forms/v1/NAME`.
    pub name: String,
    /// How its sender signs.
    pub kind: FormKind,
    /// The key that verifies signatures; for [`FormKind::Token`], the
    /// SHA-256 digest (hex) of the path secret.
    pub secret: String,
    /// `--map 'FIELD=field'` pairs, as given.
    pub maps: Vec<(String, String)>,
    /// Department of the people it signs up.
    pub department: Option<String>,
    /// Role they get when approved.
    pub role: Option<String>,
    /// RFC 3339.
    pub created_at: String,
    /// Actor who added it.
    pub created_by: String,
}

/// The person a sign-up proposes, every field validated with the rules of
/// `user add` (stored as JSON until the request is decided).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Applicant {
    /// Login name, when the form asked for one (else derived from the email at approval).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Display name.
    pub name: String,
    /// Email.
    pub email: String,
    /// E.164 phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Employee ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee_id: Option<String>,
    /// Job title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// A sign-up: the form part of an approval request of kind `signup`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignupRow {
    /// The approval request it belongs to.
    pub approval_id: i64,
    /// The form that sent it (`None` once the form is removed).
    pub form_id: Option<i64>,
    /// The form's name, kept after its removal.
    pub form: String,
    /// The sender's event id, which makes a redelivery a repeat.
    pub event_id: Option<String>,
    /// The person; `None` once the request is decided (approved: they are
    /// a user now; rejected: their personal data is erased).
    pub answers: Option<Applicant>,
    /// Department the person would be added to.
    pub department: Option<String>,
    /// Role the person would get.
    pub role: Option<String>,
}

/// Forms and their sign-ups. (part of [`Tx`](super::Tx))
pub trait FormsTx {
    /// Stores a new form and returns its number.
    fn insert_form(&mut self, form: &FormRow) -> Result<i64>;
    /// The form named `name`.
    fn form(&self, name: &str) -> Result<Option<FormRow>>;
    /// Every form, by name.
    fn forms(&self) -> Result<Vec<FormRow>>;
    /// Removes a form; its sign-ups stay, with `form_id` cleared.
    fn delete_form(&mut self, id: i64) -> Result<()>;
    /// Stores the form part of a sign-up request.
    fn insert_signup(&mut self, signup: &SignupRow) -> Result<()>;
    /// The form part of request `approval_id`.
    fn signup(&self, approval_id: i64) -> Result<Option<SignupRow>>;
    /// Writes a sign-up's answers back (cleared when it is decided).
    fn update_signup(&mut self, signup: &SignupRow) -> Result<()>;
    /// The request that form `form_id` already made for `event_id`.
    fn signup_by_event(&self, form_id: i64, event_id: &str) -> Result<Option<i64>>;
    /// Sign-ups form `form_id` sent at or after `since` (RFC 3339): their
    /// number and the earliest time among them.
    fn signups_since(&self, form_id: i64, since: &str) -> Result<(u64, Option<String>)>;
    /// Pending sign-ups of form `form_id`.
    fn pending_signups(&self, form_id: i64) -> Result<u64>;
}
