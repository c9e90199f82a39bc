//! Serialisable views of domain values: the exact JSON and CSV shapes of
//! SPEC.md. Each is built from a domain value that has no secrets.

use serde::Serialize;
use serde_json::Value;

use crmctl::store::{Assignment, AuditRow};
use crmctl::users::User;

/// A value that can be a CSV row.
pub trait Csv {
    /// Column names.
    fn header() -> Vec<&'static str>;
    /// One row, in header order.
    fn record(&self) -> Vec<String>;
}

/// A role held, in a user's `roles`.
#[derive(Debug, Serialize)]
pub struct RoleView {
    pub role: String,
    pub department: Option<String>,
    pub expires_at: Option<String>,
}

impl From<&Assignment> for RoleView {
    fn from(a: &Assignment) -> Self {
        RoleView { role: a.role.clone(), department: a.department.clone(), expires_at: a.expires_at.clone() }
    }
}

/// The user object of SPEC.md.
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
    pub roles: Vec<RoleView>,
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
            roles: u.roles.iter().map(RoleView::from).collect(),
            must_change_password: u.must_change_password,
            mfa: u.mfa,
            expires_at: u.expires_at.clone(),
            created_at: u.created_at.clone(),
            updated_at: u.updated_at.clone(),
            last_login_at: u.last_login_at.clone(),
        }
    }
}

/// `role` or `role@department`, as in the CSV `roles` column.
pub fn role_label(a: &Assignment) -> String {
    match &a.department {
        Some(d) => format!("{}@{d}", a.role),
        None => a.role.clone(),
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
            self.roles.iter().map(role_label).collect::<Vec<_>>().join(";"),
            self.must_change_password.to_string(),
            self.mfa.to_string(),
            opt(&self.expires_at),
            self.created_at.clone(),
            self.updated_at.clone(),
            opt(&self.last_login_at),
        ]
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
