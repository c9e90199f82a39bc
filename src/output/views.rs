//! Serialisable views of domain values: the exact JSON and CSV shapes of
//! docs/reference.md. Each is built from a domain value that has no secrets.

use serde::Serialize;
use serde_json::Value;

use crate::store::{Assignment, AuditRow};
use crate::users::User;

/// A value that can be a CSV row.
pub trait Csv {
    /// Column names.
    fn header() -> Vec<&'static str>;
    /// One row, in header order.
    fn record(&self) -> Vec<String>;
}

/// A role held, in a user's `roles`.
#[derive(Debug, Serialize)]
pub struct AssignmentView {
    pub role: String,
    pub department: Option<String>,
    pub expires_at: Option<String>,
}

impl From<&Assignment> for AssignmentView {
    fn from(a: &Assignment) -> Self {
        AssignmentView { role: a.role.clone(), department: a.department.clone(), expires_at: a.expires_at.clone() }
    }
}

/// The user object of docs/reference.md.
#[derive(Debug, Serialize)]
pub struct UserView {
    pub id: i64,
    pub username: String,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    pub employee_id: Option<String>,
    pub department: Option<String>,
    pub title: Option<String>,
    pub manager: Option<String>,
    pub status: &'static str,
    pub roles: Vec<AssignmentView>,
    pub must_change_password: bool,
    pub mfa: bool,
    pub expires_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub last_login_at: Option<String>,
}

impl From<&User> for UserView {
    fn from(u: &User) -> Self {
        UserView {
            id: u.id,
            username: u.username.clone(),
            name: u.name.clone(),
            email: u.email.clone(),
            phone: u.phone.clone(),
            employee_id: u.employee_id.clone(),
            department: u.department.clone(),
            title: u.title.clone(),
            manager: u.manager.clone(),
            status: u.status.as_str(),
            roles: u.roles.iter().map(AssignmentView::from).collect(),
            must_change_password: u.must_change_password,
            mfa: u.mfa,
            expires_at: u.expires_at.clone(),
            created_at: u.created_at.clone(),
            updated_at: u.updated_at.clone(),
            last_login_at: u.last_login_at.clone(),
        }
    }
}

fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

impl Csv for User {
    fn header() -> Vec<&'static str> {
        vec![
            "id",
            "username",
            "name",
            "email",
            "phone",
            "employee_id",
            "department",
            "title",
            "manager",
            "status",
            "roles",
            "must_change_password",
            "mfa",
            "expires_at",
            "created_at",
            "updated_at",
            "last_login_at",
        ]
    }
    fn record(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.username.clone(),
            self.name.clone(),
            self.email.clone(),
            opt(&self.phone),
            opt(&self.employee_id),
            opt(&self.department),
            opt(&self.title),
            opt(&self.manager),
            self.status.as_str().to_string(),
            self.roles.iter().map(crate::access::roles::label).collect::<Vec<_>>().join(";"),
            self.must_change_password.to_string(),
            self.mfa.to_string(),
            opt(&self.expires_at),
            self.created_at.clone(),
            self.updated_at.clone(),
            opt(&self.last_login_at),
        ]
    }
}

/// A user of `user export --include-hashes`: the user object with its
/// `password_hash`, in JSON and as the last CSV column.
#[derive(Debug, Serialize)]
pub struct ExportedUser {
    #[serde(flatten)]
    pub user: UserView,
    pub password_hash: Option<String>,
    #[serde(skip)]
    pub record: Vec<String>,
}

impl ExportedUser {
    pub fn new(user: &User, password_hash: Option<String>) -> ExportedUser {
        let mut record = user.record();
        record.push(password_hash.clone().unwrap_or_default());
        ExportedUser { user: UserView::from(user), password_hash, record }
    }
}

impl Csv for ExportedUser {
    fn header() -> Vec<&'static str> {
        let mut header = User::header();
        header.push("password_hash");
        header
    }
    fn record(&self) -> Vec<String> {
        self.record.clone()
    }
}

/// A user with the password generated for them (shown once).
#[derive(Debug, Serialize)]
pub struct UserWithPassword {
    #[serde(flatten)]
    pub user: UserView,
    pub password: String,
}

/// One audit entry.
#[derive(Debug, Serialize)]
pub struct AuditView {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub details: Value,
    pub hash: String,
}

impl From<&AuditRow> for AuditView {
    fn from(a: &AuditRow) -> Self {
        AuditView {
            id: a.id,
            at: a.at.clone(),
            actor: a.actor.clone(),
            action: a.action.clone(),
            target: a.target.clone(),
            details: serde_json::from_str(&a.details).unwrap_or(Value::String(a.details.clone())),
            hash: a.hash.clone(),
        }
    }
}

impl Csv for AuditView {
    fn header() -> Vec<&'static str> {
        vec!["id", "at", "actor", "action", "target", "details", "hash"]
    }
    fn record(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.at.clone(),
            self.actor.clone(),
            self.action.clone(),
            self.target.clone(),
            self.details.to_string(),
            self.hash.clone(),
        ]
    }
}

/// One setting in `config show`.
#[derive(Debug, Serialize)]
pub struct SettingView {
    pub key: String,
    pub value: Option<String>,
    pub source: &'static str,
}

impl Csv for SettingView {
    fn header() -> Vec<&'static str> {
        vec!["key", "value", "source"]
    }
    fn record(&self) -> Vec<String> {
        vec![self.key.clone(), opt(&self.value), self.source.to_string()]
    }
}

/// A role, as in `role list` and `role show`.
#[derive(Debug, Serialize)]
pub struct RoleView {
    pub name: String,
    pub description: String,
    pub permissions: Vec<String>,
    pub builtin: bool,
    pub requires_approval: bool,
    pub assigned: u64,
}

impl From<&crate::store::RoleRow> for RoleView {
    fn from(r: &crate::store::RoleRow) -> Self {
        RoleView {
            name: r.name.clone(),
            description: r.description.clone(),
            permissions: r.permissions.clone(),
            builtin: r.builtin,
            requires_approval: r.requires_approval,
            assigned: r.assigned,
        }
    }
}

impl Csv for RoleView {
    fn header() -> Vec<&'static str> {
        vec!["name", "description", "permissions", "builtin", "requires_approval", "assigned"]
    }
    fn record(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.description.clone(),
            self.permissions.join(";"),
            self.builtin.to_string(),
            self.requires_approval.to_string(),
            self.assigned.to_string(),
        ]
    }
}

/// A permission of the catalogue.
#[derive(Debug, Serialize)]
pub struct PermissionView {
    pub name: &'static str,
    pub description: &'static str,
}

impl Csv for PermissionView {
    fn header() -> Vec<&'static str> {
        vec!["name", "description"]
    }
    fn record(&self) -> Vec<String> {
        vec![self.name.to_string(), self.description.to_string()]
    }
}

/// A department in use.
#[derive(Debug, Serialize)]
pub struct DepartmentView {
    pub department: String,
    pub users: u64,
    pub total: u64,
}

impl Csv for DepartmentView {
    fn header() -> Vec<&'static str> {
        vec!["department", "users", "total"]
    }
    fn record(&self) -> Vec<String> {
        vec![self.department.clone(), self.users.to_string(), self.total.to_string()]
    }
}

/// A new token, shown once.
#[derive(Debug, Serialize)]
pub struct NewTokenView {
    pub id: i64,
    pub user: String,
    pub token: String,
    pub expires_at: Option<String>,
}

impl Csv for NewTokenView {
    fn header() -> Vec<&'static str> {
        vec!["id", "user", "token", "expires_at"]
    }
    fn record(&self) -> Vec<String> {
        vec![self.id.to_string(), self.user.clone(), self.token.clone(), opt(&self.expires_at)]
    }
}

/// A token in `token list`.
#[derive(Debug, Serialize)]
pub struct TokenView {
    pub id: i64,
    pub user: String,
    pub description: Option<String>,
    pub created_at: String,
    pub expires_at: Option<String>,
    pub last_used_at: Option<String>,
    pub revoked: bool,
}

impl From<&crate::access::tokens::Info> for TokenView {
    fn from(t: &crate::access::tokens::Info) -> Self {
        TokenView {
            id: t.id,
            user: t.user.clone(),
            description: t.description.clone(),
            created_at: t.created_at.clone(),
            expires_at: t.expires_at.clone(),
            last_used_at: t.last_used_at.clone(),
            revoked: t.revoked,
        }
    }
}

impl Csv for TokenView {
    fn header() -> Vec<&'static str> {
        vec!["id", "user", "description", "created_at", "expires_at", "last_used_at", "revoked"]
    }
    fn record(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.user.clone(),
            opt(&self.description),
            self.created_at.clone(),
            opt(&self.expires_at),
            opt(&self.last_used_at),
            self.revoked.to_string(),
        ]
    }
}

/// The person a pending sign-up proposes.
#[derive(Debug, Serialize)]
pub struct ApplicantView {
    pub username: Option<String>,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    pub employee_id: Option<String>,
    pub title: Option<String>,
}

/// An approval request: a role assignment (`kind` `role`) or a web form's
/// sign-up (`signup`, with its `form` and, while pending, the `applicant`).
#[derive(Debug, Serialize)]
pub struct ApprovalView {
    pub id: i64,
    pub kind: &'static str,
    pub user: Option<String>,
    pub role: Option<String>,
    pub department: Option<String>,
    pub requested_by: String,
    pub status: String,
    pub decided_by: Option<String>,
    pub reason: Option<String>,
    pub created_at: String,
    pub form: Option<String>,
    pub applicant: Option<ApplicantView>,
    /// The invitation an approved sign-up's new user got (its code, once).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invitation: Option<InvitationCodeView>,
}

impl From<&crate::access::approvals::Request> for ApprovalView {
    fn from(a: &crate::access::approvals::Request) -> Self {
        ApprovalView {
            id: a.id,
            kind: a.kind.as_str(),
            user: a.user.clone(),
            role: a.role.clone(),
            department: a.department.clone(),
            requested_by: a.requested_by.clone(),
            status: a.status.clone(),
            decided_by: a.decided_by.clone(),
            reason: a.reason.clone(),
            created_at: a.created_at.clone(),
            form: a.form.clone(),
            applicant: a.applicant.as_ref().map(|p| ApplicantView {
                username: p.username.clone(),
                name: p.name.clone(),
                email: p.email.clone(),
                phone: p.phone.clone(),
                employee_id: p.employee_id.clone(),
                title: p.title.clone(),
            }),
            invitation: None,
        }
    }
}

impl From<&crate::access::approvals::Approved> for ApprovalView {
    fn from(a: &crate::access::approvals::Approved) -> Self {
        ApprovalView {
            invitation: a.invitation.as_ref().map(|i| InvitationCodeView {
                id: i.id,
                code: i.code.expose().to_string(),
                url: i.url.clone(),
                expires_at: i.expires_at.clone(),
            }),
            ..ApprovalView::from(&a.request)
        }
    }
}

impl Csv for ApprovalView {
    fn header() -> Vec<&'static str> {
        vec![
            "id",
            "kind",
            "user",
            "role",
            "department",
            "requested_by",
            "status",
            "decided_by",
            "reason",
            "created_at",
            "form",
            "applicant",
        ]
    }
    fn record(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.kind.to_string(),
            opt(&self.user),
            opt(&self.role),
            opt(&self.department),
            self.requested_by.clone(),
            self.status.clone(),
            opt(&self.decided_by),
            opt(&self.reason),
            self.created_at.clone(),
            opt(&self.form),
            self.applicant.as_ref().map(|a| format!("{} <{}>", a.name, a.email)).unwrap_or_default(),
        ]
    }
}

/// The role and scope behind an allowed `user can`.
#[derive(Debug, Serialize)]
pub struct GrantView {
    pub role: String,
    pub department: Option<String>,
}

/// The answer of `user can`.
#[derive(Debug, Serialize)]
pub struct CanView {
    pub allowed: bool,
    pub user: String,
    pub permission: String,
    pub department: Option<String>,
    pub granted_by: Option<GrantView>,
    pub reason: Option<String>,
}

/// In CSV, the grant is flattened to `role` and `scope` (empty: denied, or
/// the whole organisation).
impl Csv for CanView {
    fn header() -> Vec<&'static str> {
        vec!["allowed", "user", "permission", "role", "scope"]
    }
    fn record(&self) -> Vec<String> {
        vec![
            self.allowed.to_string(),
            self.user.clone(),
            self.permission.clone(),
            self.granted_by.as_ref().map(|g| g.role.clone()).unwrap_or_default(),
            self.granted_by.as_ref().and_then(|g| g.department.clone()).unwrap_or_default(),
        ]
    }
}

/// A code just issued for an invitation (shown once).
#[derive(Debug, Serialize)]
pub struct IssuedView {
    pub id: i64,
    pub username: String,
    pub email: String,
    pub code: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub expires_at: String,
}

impl From<&crate::users::invitations::Issued> for IssuedView {
    fn from(i: &crate::users::invitations::Issued) -> Self {
        IssuedView {
            id: i.id,
            username: i.username.clone(),
            email: i.email.clone(),
            code: i.code.expose().to_string(),
            url: i.url.clone(),
            expires_at: i.expires_at.clone(),
        }
    }
}

impl Csv for IssuedView {
    fn header() -> Vec<&'static str> {
        vec!["id", "username", "email", "code", "url", "expires_at"]
    }
    fn record(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.username.clone(),
            self.email.clone(),
            self.code.clone(),
            opt(&self.url),
            self.expires_at.clone(),
        ]
    }
}

/// The invitation issued by `user add --invite`, inside the user object.
#[derive(Debug, Serialize)]
pub struct InvitationCodeView {
    pub id: i64,
    pub code: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub expires_at: String,
}

/// The code of an invitation just issued, as `user add --invite` shows it.
pub fn invitation_code_view(issued: &crate::users::invitations::Issued) -> InvitationCodeView {
    InvitationCodeView {
        id: issued.id,
        code: issued.code.expose().to_string(),
        url: issued.url.clone(),
        expires_at: issued.expires_at.clone(),
    }
}

/// A user with the invitation made for them.
#[derive(Debug, Serialize)]
pub struct UserWithInvitation {
    #[serde(flatten)]
    pub user: UserView,
    pub invitation: InvitationCodeView,
}

/// An invitation in `invite list`.
#[derive(Debug, Serialize)]
pub struct InvitationView {
    pub id: i64,
    pub username: String,
    pub email: Option<String>,
    pub status: String,
    pub created_at: String,
    pub expires_at: String,
    pub invited_by: String,
}

impl From<&crate::users::invitations::Invitation> for InvitationView {
    fn from(i: &crate::users::invitations::Invitation) -> Self {
        InvitationView {
            id: i.id,
            username: i.username.clone(),
            email: i.email.clone(),
            status: i.status.clone(),
            created_at: i.created_at.clone(),
            expires_at: i.expires_at.clone(),
            invited_by: i.invited_by.clone(),
        }
    }
}

impl Csv for InvitationView {
    fn header() -> Vec<&'static str> {
        vec!["id", "username", "email", "status", "created_at", "expires_at", "invited_by"]
    }
    fn record(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.username.clone(),
            opt(&self.email),
            self.status.clone(),
            self.created_at.clone(),
            self.expires_at.clone(),
            self.invited_by.clone(),
        ]
    }
}

/// `reset-password --link`.
#[derive(Debug, Serialize)]
pub struct ResetLinkView {
    pub username: String,
    /// Absent when the link was mailed: the actor does not see it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub expires_at: String,
}

impl Csv for ResetLinkView {
    fn header() -> Vec<&'static str> {
        vec!["username", "code", "url", "expires_at"]
    }
    fn record(&self) -> Vec<String> {
        vec![self.username.clone(), opt(&self.code), opt(&self.url), self.expires_at.clone()]
    }
}

/// `reset-password --random-password` / `--password-stdin`.
#[derive(Debug, Serialize)]
pub struct ResetPasswordView {
    pub username: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    pub must_change_password: bool,
}

impl Csv for ResetPasswordView {
    fn header() -> Vec<&'static str> {
        vec!["username", "password", "must_change_password"]
    }
    fn record(&self) -> Vec<String> {
        vec![self.username.clone(), opt(&self.password), self.must_change_password.to_string()]
    }
}

/// `mfa enroll` before confirmation: shown once.
#[derive(Debug, Serialize)]
pub struct EnrollmentView {
    pub username: String,
    pub uri: String,
    pub secret: String,
}

impl Csv for EnrollmentView {
    fn header() -> Vec<&'static str> {
        vec!["username", "uri", "secret"]
    }
    fn record(&self) -> Vec<String> {
        vec![self.username.clone(), self.uri.clone(), self.secret.clone()]
    }
}

/// One rejected field of `user import`.
#[derive(Debug, Serialize)]
pub struct ImportErrorView {
    pub line: u64,
    pub field: String,
    pub value: String,
    pub message: String,
}

/// The result of `user import`.
#[derive(Debug, Serialize)]
pub struct ImportView {
    pub dry_run: bool,
    pub rows: u64,
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub skipped: u64,
    pub rejected: u64,
    pub errors: Vec<ImportErrorView>,
}

/// The counts of `user import` in CSV: one row, without the rejected fields
/// (those are in `--report`).
impl Csv for ImportView {
    fn header() -> Vec<&'static str> {
        vec!["dry_run", "rows", "created", "updated", "unchanged", "skipped", "rejected"]
    }
    fn record(&self) -> Vec<String> {
        vec![
            self.dry_run.to_string(),
            self.rows.to_string(),
            self.created.to_string(),
            self.updated.to_string(),
            self.unchanged.to_string(),
            self.skipped.to_string(),
            self.rejected.to_string(),
        ]
    }
}

/// The result of `init`.
#[derive(Debug, Serialize)]
pub struct InitView {
    pub db: String,
    pub org: Option<String>,
    pub seat_limit: Option<u64>,
    pub admin: Option<UserView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

/// The last entry of the audit log (`audit head`; `audit_head` of `backup`).
#[derive(Debug, Serialize)]
pub struct AuditHeadView {
    pub id: i64,
    pub hash: String,
}

impl Csv for AuditHeadView {
    fn header() -> Vec<&'static str> {
        vec!["id", "hash"]
    }
    fn record(&self) -> Vec<String> {
        vec![self.id.to_string(), self.hash.clone()]
    }
}

/// The verdict of `audit verify`.
#[derive(Debug, Serialize)]
pub struct VerdictView {
    pub ok: bool,
    pub entries: u64,
    pub broken_at: Option<i64>,
    pub message: String,
}

/// The message is for people: not a CSV column.
impl Csv for VerdictView {
    fn header() -> Vec<&'static str> {
        vec!["ok", "entries", "broken_at"]
    }
    fn record(&self) -> Vec<String> {
        vec![self.ok.to_string(), self.entries.to_string(), self.broken_at.map(|b| b.to_string()).unwrap_or_default()]
    }
}

/// A backup just written.
#[derive(Debug, Serialize)]
pub struct BackupView {
    /// As given; a path that is not UTF-8 is shown lossily.
    pub file: String,
    pub users: i64,
    pub audit_entries: i64,
    pub audit_head: Option<AuditHeadView>,
}

/// What `store copy` copied.
#[derive(Debug, Serialize)]
pub struct CopyView {
    /// The source, as given (a path that is not UTF-8 is shown lossily).
    pub from: String,
    /// The destination, as given.
    pub to: String,
    pub users: u64,
    pub audit_entries: u64,
    /// The last entry of the chain, the same on both sides.
    pub audit_head: Option<AuditHeadView>,
}

/// In CSV, the head is flattened; an empty log is id 0 with no hash.
impl Csv for CopyView {
    fn header() -> Vec<&'static str> {
        vec!["from", "to", "users", "audit_entries", "audit_head_id", "audit_head_hash"]
    }
    fn record(&self) -> Vec<String> {
        vec![
            self.from.clone(),
            self.to.clone(),
            self.users.to_string(),
            self.audit_entries.to_string(),
            self.audit_head.as_ref().map_or(0, |h| h.id).to_string(),
            self.audit_head.as_ref().map(|h| h.hash.clone()).unwrap_or_default(),
        ]
    }
}

/// In CSV, the head is flattened; an empty log is id 0 with no hash.
impl Csv for BackupView {
    fn header() -> Vec<&'static str> {
        vec!["file", "users", "audit_entries", "audit_head_id", "audit_head_hash"]
    }
    fn record(&self) -> Vec<String> {
        vec![
            self.file.clone(),
            self.users.to_string(),
            self.audit_entries.to_string(),
            self.audit_head.as_ref().map_or(0, |h| h.id).to_string(),
            self.audit_head.as_ref().map(|h| h.hash.clone()).unwrap_or_default(),
        ]
    }
}

/// A backup just restored.
#[derive(Debug, Serialize)]
pub struct RestoreView {
    /// As given; a path that is not UTF-8 is shown lossily.
    pub file: String,
    pub users: i64,
    pub audit_entries: i64,
}

impl Csv for RestoreView {
    fn header() -> Vec<&'static str> {
        vec!["file", "users"]
    }
    fn record(&self) -> Vec<String> {
        vec![self.file.clone(), self.users.to_string()]
    }
}

/// One health check of `check`.
#[derive(Debug, Serialize)]
pub struct CheckItemView {
    pub name: &'static str,
    pub ok: bool,
    pub detail: String,
}

/// The result of `check`.
#[derive(Debug, Serialize)]
pub struct CheckView {
    pub ok: bool,
    pub checks: Vec<CheckItemView>,
}

/// `auth verify` that accepted the login.
#[derive(Debug, Serialize)]
pub struct LoginView {
    pub ok: bool,
    pub username: String,
    pub must_change_password: bool,
}

impl Csv for LoginView {
    fn header() -> Vec<&'static str> {
        vec!["ok", "username", "must_change_password"]
    }
    fn record(&self) -> Vec<String> {
        vec![self.ok.to_string(), self.username.clone(), self.must_change_password.to_string()]
    }
}

/// `auth verify` that refused the login (JSON only: a script reads `ok`).
#[derive(Debug, Serialize)]
pub struct LoginRefusedView {
    pub ok: bool,
    pub error: String,
}

/// `config show` in JSON: one object keyed by setting, in catalogue order.
#[derive(Debug)]
pub struct SettingsView<'a>(pub &'a [SettingView]);

/// The value of one key of [`SettingsView`].
#[derive(Debug, Serialize)]
struct SettingValueView<'a> {
    value: &'a Option<String>,
    source: &'static str,
}

impl Serialize for SettingsView<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for v in self.0 {
            map.serialize_entry(&v.key, &SettingValueView { value: &v.value, source: v.source })?;
        }
        map.end()
    }
}

/// One setting in `config get|set|unset`.
#[derive(Debug, Serialize)]
pub struct ConfigValueView {
    pub key: String,
    pub value: Option<String>,
}

/// `config path`: the database in use and where that choice came from.
#[derive(Debug, Serialize)]
pub struct DbPathView {
    /// A path that is not UTF-8 is shown lossily.
    pub path: String,
    pub source: &'static str,
    pub exists: bool,
}

impl Csv for DbPathView {
    fn header() -> Vec<&'static str> {
        vec!["path", "source"]
    }
    fn record(&self) -> Vec<String> {
        vec![self.path.clone(), self.source.to_string()]
    }
}

/// A role just deleted.
#[derive(Debug, Serialize)]
pub struct RoleDeletedView {
    pub name: String,
    pub deleted: bool,
    pub assignments_removed: u64,
}

/// `role assign` of a role that needs approval: the request made.
#[derive(Debug, Serialize)]
pub struct PendingView {
    pub status: &'static str,
    pub request_id: i64,
}

impl Csv for PendingView {
    fn header() -> Vec<&'static str> {
        vec!["status", "request_id"]
    }
    fn record(&self) -> Vec<String> {
        vec![self.status.to_string(), self.request_id.to_string()]
    }
}

/// A user just purged: only the id is left.
#[derive(Debug, Serialize)]
pub struct PurgedView {
    pub id: i64,
    pub purged: bool,
}

impl Csv for PurgedView {
    fn header() -> Vec<&'static str> {
        vec!["id", "purged"]
    }
    fn record(&self) -> Vec<String> {
        vec![self.id.to_string(), self.purged.to_string()]
    }
}

impl From<&crate::import::Summary> for ImportView {
    fn from(s: &crate::import::Summary) -> Self {
        ImportView {
            dry_run: s.dry_run,
            rows: s.rows,
            created: s.created,
            updated: s.updated,
            unchanged: s.unchanged,
            skipped: s.skipped,
            rejected: s.rejected,
            errors: s
                .errors
                .iter()
                .map(|e| ImportErrorView {
                    line: e.line,
                    field: e.field.clone(),
                    value: e.value.clone(),
                    message: e.message.clone(),
                })
                .collect(),
        }
    }
}

impl From<&crate::access::roles::Answer> for CanView {
    fn from(a: &crate::access::roles::Answer) -> Self {
        CanView {
            allowed: a.allowed,
            user: a.username.clone(),
            permission: a.permission.clone(),
            department: a.department.clone(),
            granted_by: a
                .granted_by
                .as_ref()
                .map(|g| GrantView { role: g.role.clone(), department: g.department.clone() }),
            reason: a.reason.clone(),
        }
    }
}

/// `GET /api/v1/users/{USER}/can/{PERMISSION}`: the `user can` document,
/// with the granting role also at the top (`{"allowed": true, "role": "…"}`).
#[derive(Debug, Serialize)]
pub struct CanAnswerView {
    #[serde(flatten)]
    pub can: CanView,
    pub role: Option<String>,
}

impl From<&crate::access::roles::Answer> for CanAnswerView {
    fn from(a: &crate::access::roles::Answer) -> Self {
        CanAnswerView { can: CanView::from(a), role: a.granted_by.as_ref().map(|g| g.role.clone()) }
    }
}

/// A web form in `form list` (never its secret). `check` says how its
/// sender is recognised: `signature`, or `url-secret` for `token` forms,
/// whose secret travels in the URL that proxies and browsers may log.
#[derive(Debug, Serialize)]
pub struct FormView {
    pub name: String,
    pub kind: &'static str,
    pub check: &'static str,
    pub path: String,
    pub maps: Vec<String>,
    pub department: Option<String>,
    pub role: Option<String>,
    pub created_at: String,
    pub created_by: String,
}

impl From<&crate::forms::Form> for FormView {
    fn from(f: &crate::forms::Form) -> Self {
        FormView {
            name: f.name.clone(),
            kind: f.kind.as_str(),
            check: if f.is_weaker() { "url-secret" } else { "signature" },
            path: f.path(),
            maps: f.maps.iter().map(|(h, field)| format!("{h}={field}")).collect(),
            department: f.department.clone(),
            role: f.role.clone(),
            created_at: f.created_at.clone(),
            created_by: f.created_by.clone(),
        }
    }
}

impl Csv for FormView {
    fn header() -> Vec<&'static str> {
        vec!["name", "kind", "check", "path", "maps", "department", "role", "created_at", "created_by"]
    }
    fn record(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.kind.to_string(),
            self.check.to_string(),
            self.path.clone(),
            self.maps.join(";"),
            opt(&self.department),
            opt(&self.role),
            self.created_at.clone(),
            self.created_by.clone(),
        ]
    }
}

/// `form add`: the form, with the generated secret (shown this once) and,
/// for a `token` form, the path to give the form tool.
#[derive(Debug, Serialize)]
pub struct NewFormView {
    #[serde(flatten)]
    pub form: FormView,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url_path: Option<String>,
}

/// `form remove`.
#[derive(Debug, Serialize)]
pub struct FormRemovedView {
    pub name: String,
    pub removed: bool,
}

/// A form's delivery accepted as a sign-up request (HTTP 202); a
/// redelivery gets the same number.
#[derive(Debug, Serialize)]
pub struct SignupAcceptedView {
    pub request_id: i64,
}

/// The answer to Feishu's URL check.
#[derive(Debug, Serialize)]
pub struct ChallengeView {
    pub challenge: String,
}

/// A signed event that is not a submission (an update, a removal).
#[derive(Debug, Serialize)]
pub struct IgnoredView {
    pub ignored: bool,
}
