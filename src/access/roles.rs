//! Roles and their assignment: the role catalogue (six built-in roles plus
//! custom ones), assigning with department scope and expiry, approval for
//! sensitive roles, `user can`, and the rule that the organisation always
//! keeps an active `admin`.

use serde_json::json;

use crate::audit::{self, Target};
use crate::clock::{self, DayEnd};
use crate::error::{Error, Result};
use crate::identity::roles::{ADMIN, ensure_not_last_admin, get};
use crate::identity::{self, Grant, Principal, ROLES_MANAGE, USERS_MANAGE, USERS_READ};
use crate::store::{ApprovalKind, ApprovalRow, ApprovalStatus, Assignment, RoleRow, Store, StoredStatus, Tx, UserRow};
use crate::users::{self, Changed, Status, User};
use crate::validate;

fn now_str() -> String {
    clock::format(clock::now())
}

/// Every role.
pub fn list(store: &mut Store) -> Result<Vec<RoleRow>> {
    store.read(|tx| tx.roles())
}

/// One role.
pub fn show(store: &mut Store, name: &str) -> Result<RoleRow> {
    store.read(|tx| get(tx, name))
}

fn check_permissions(permissions: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for p in permissions {
        let p = p.trim();
        identity::ensure_known(p)?;
        if !out.iter().any(|q| q == p) {
            out.push(p.to_string());
        }
    }
    out.sort();
    Ok(out)
}

/// Creates a custom role.
pub fn create(
    store: &mut Store,
    who: &Principal,
    name: &str,
    permissions: &[String],
    description: Option<&str>,
    requires_approval: bool,
) -> Result<RoleRow> {
    let name = role_name(name)?;
    let permissions = check_permissions(permissions)?;
    if permissions.is_empty() {
        return Err(Error::invalid("a role needs at least one --permission"));
    }
    store.write(|tx| create_in(tx, who, &name, permissions, description, requires_approval))
}

/// A role name as given: the username rules (ASCII, lowercase, no
/// look-alikes), lowercased.
pub(crate) fn role_name(name: &str) -> Result<String> {
    validate::username(name).map_err(|e| Error { message: e.message.replacen("username", "role", 1), ..e })
}

/// Creates a custom role in the caller's transaction, with every rule of
/// `role create` but one: `permissions` may be empty. Only an identity
/// provider pushing a group comes here with none (`access::groups`); the
/// role then grants nothing until `role update` gives it permissions.
pub(crate) fn create_in(
    tx: &mut dyn Tx,
    who: &Principal,
    name: &str,
    permissions: Vec<String>,
    description: Option<&str>,
    requires_approval: bool,
) -> Result<RoleRow> {
    who.require(ROLES_MANAGE, None)?;
    if tx.role(name)?.is_some() {
        return Err(
            Error::conflict(format!("role '{name}' exists already")).hint("change it with `crmctl role update`")
        );
    }
    let role = RoleRow {
        name: name.to_string(),
        description: description.map(|d| validate::free_text("--description", d)).transpose()?.unwrap_or_default(),
        permissions,
        builtin: false,
        requires_approval,
        assigned: 0,
    };
    // A role is a bundle of permissions to hand out: nobody defines one
    // with a permission they do not hold organisation-wide.
    who.require_grantable(&role, None)?;
    tx.save_role(&role)?;
    let details = json!({"permissions": role.permissions, "requires_approval": requires_approval});
    audit::record(tx, who.actor(), "role.create", Target::Other(name), details)?;
    get(tx, name)
}

/// What `role update` changes.
#[derive(Debug, Clone, Default)]
pub struct RoleChanges {
    /// Permissions to add.
    pub add: Vec<String>,
    /// Permissions to remove.
    pub remove: Vec<String>,
    /// New approval flag.
    pub requires_approval: Option<bool>,
    /// New description.
    pub description: Option<String>,
}

/// Changes a role. Built-in roles keep their permissions; their approval flag
/// and description may change.
pub fn update(store: &mut Store, who: &Principal, name: &str, changes: RoleChanges) -> Result<RoleRow> {
    let add = check_permissions(&changes.add)?;
    let remove = check_permissions(&changes.remove)?;
    store.write(|tx| {
        who.require(ROLES_MANAGE, None)?;
        let mut role = get(tx, name)?;
        let before = role.clone();
        if role.builtin && (!add.is_empty() || !remove.is_empty()) {
            return Err(Error::not_permitted(format!("{name} is a built-in role; its permissions are fixed"))
                .hint("create a custom role with `crmctl role create`"));
        }
        // Adding a permission to a role grants it to every holder, the
        // actor's own roles included: only what the actor holds
        // organisation-wide may be added.
        let added = RoleRow { permissions: add.clone(), ..role.clone() };
        who.require_grantable(&added, None)?;
        role.permissions.retain(|p| !remove.contains(p));
        for p in add {
            if !role.permissions.contains(&p) {
                role.permissions.push(p);
            }
        }
        role.permissions.sort();
        if role.permissions.is_empty() {
            return Err(Error::invalid(format!("role {name} would have no permission left")));
        }
        if let Some(flag) = changes.requires_approval {
            role.requires_approval = flag;
        }
        if let Some(d) = &changes.description {
            role.description = validate::free_text("--description", d)?;
        }
        if role != before {
            tx.save_role(&role)?;
            let details = json!({
                "permissions": {"from": before.permissions, "to": role.permissions},
                "requires_approval": role.requires_approval,
            });
            audit::record(tx, who.actor(), "role.update", Target::Other(name), details)?;
        }
        get(tx, name)
    })
}

/// Deletes a custom role; one still assigned needs `force` (exit 4 without).
pub fn delete(store: &mut Store, who: &Principal, name: &str, force: bool) -> Result<RoleRow> {
    store.write(|tx| delete_in(tx, who, name, force))
}

/// Deletes a custom role in the caller's transaction, with every rule of
/// `role delete`.
pub(crate) fn delete_in(tx: &mut dyn Tx, who: &Principal, name: &str, force: bool) -> Result<RoleRow> {
    who.require(ROLES_MANAGE, None)?;
    let role = get(tx, name)?;
    if role.builtin {
        return Err(Error::not_permitted(format!("{name} is a built-in role and cannot be deleted")));
    }
    if role.assigned > 0 && !force {
        return Err(Error::conflict(format!("role {name} is assigned {} time(s)", role.assigned))
            .hint("unassign it first, or pass --force to remove the assignments with it"));
    }
    tx.delete_role(name)?;
    let details = json!({"assigned": role.assigned, "forced": force && role.assigned > 0});
    audit::record(tx, who.actor(), "role.delete", Target::Other(name), details)?;
    Ok(role)
}

/// The result of `role assign`.
#[derive(Debug, Clone)]
pub enum Assigned {
    /// The role was assigned (or was already).
    Done(Box<Changed>),
    /// The role requires approval: a request with this number waits.
    Pending(i64),
}

fn parse_scope(department: Option<&str>) -> Result<Option<String>> {
    department.map(validate::department).transpose()
}

fn check_assignable(
    tx: &dyn Tx,
    who: &Principal,
    target: &UserRow,
    role: &RoleRow,
    scope: Option<&str>,
    now: &str,
) -> Result<()> {
    who.require_over_user(tx, USERS_MANAGE, target, now)?;
    if scope.is_some() {
        who.require(USERS_MANAGE, scope)?;
    }
    who.require_grantable(role, scope)?;
    if target.status == StoredStatus::Deleted {
        return Err(Error::invalid(format!("{} is deleted", target.username)));
    }
    Ok(())
}

/// An assignment as written in the `roles` column of an export or import:
/// `role`, `role@department`, and ` until DATE` when it expires
/// (`sales-rep@销售部/华东区 until 2027-03-31`). The date alone stands for the
/// end of that day (UTC); another instant is written in full.
pub fn label(a: &Assignment) -> String {
    let mut text = a.role.clone();
    if let Some(d) = &a.department {
        text.push('@');
        text.push_str(d);
    }
    if let Some(until) = &a.expires_at {
        let day = clock::parse_stored(until)
            .filter(|at| at.time() == chrono::NaiveTime::from_hms_opt(23, 59, 59).unwrap_or_default())
            .map(|at| at.format("%Y-%m-%d").to_string());
        text.push_str(" until ");
        text.push_str(day.as_deref().unwrap_or(until));
    }
    text
}

/// Reads one [`label`]: the role name, its department scope and expiry,
/// each checked as `role assign` checks them. Whether the role exists is
/// left to the caller.
pub fn parse_label(text: &str) -> Result<Assignment> {
    let text = text.trim();
    let (head, until) = match text.split_once(" until ") {
        Some((head, until)) => (head.trim(), Some(until.trim())),
        None => (text, None),
    };
    let (role, department) = match head.split_once('@') {
        Some((role, department)) => (role.trim(), Some(validate::department(department.trim())?)),
        None => (head, None),
    };
    if role.is_empty() {
        return Err(Error::invalid(format!("'{text}': no role name"))
            .hint("write a role as ROLE, ROLE@DEPARTMENT or ROLE@DEPARTMENT until YYYY-MM-DD"));
    }
    let expires_at = until.map(|u| clock::parse_date(u, DayEnd::End, "until").map(clock::format)).transpose()?;
    Ok(Assignment { role: role.to_string(), department, expires_at })
}

/// Writes an assignment and its audit entry, in the caller's transaction.
pub(crate) fn apply(
    tx: &mut dyn Tx,
    who: &Principal,
    target: &UserRow,
    assignment: &Assignment,
    now: &str,
) -> Result<bool> {
    let changed = tx.assign(target.id, assignment, now)?;
    if changed {
        let details =
            json!({"role": assignment.role, "department": assignment.department, "expires_at": assignment.expires_at});
        audit::record(tx, who.actor(), "role.assign", Target::User(target.id, &target.username), details)?;
    }
    Ok(changed)
}

/// What assigning a role did, inside a transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Granted {
    /// Written (`true`) or already held (`false`).
    Done(bool),
    /// The role requires approval: a request with this number waits.
    Pending(i64),
}

/// Assigns a role in the caller's transaction, with every rule of `role
/// assign`: the actor manages the user and may grant the role over the
/// scope, the user is not deleted, and a role that requires approval
/// becomes a pending request. Every route (CLI, import) comes here.
pub(crate) fn assign_in(
    tx: &mut dyn Tx,
    who: &Principal,
    target: &UserRow,
    role: &RoleRow,
    assignment: &Assignment,
    now: &str,
) -> Result<Granted> {
    check_assignable(tx, who, target, role, assignment.department.as_deref(), now)?;
    if role.requires_approval {
        let request = ApprovalRow {
            id: 0,
            kind: ApprovalKind::Role,
            user_id: Some(target.id),
            role: Some(role.name.clone()),
            department: assignment.department.clone(),
            expires_at: assignment.expires_at.clone(),
            requested_by: who.actor().as_str().to_string(),
            requested_by_identity: Some(who.identity().encode()),
            status: ApprovalStatus::Pending,
            decided_by: None,
            reason: None,
            created_at: now.to_string(),
            decided_at: None,
        };
        let id = tx.insert_approval(&request)?;
        let details = json!({"request_id": id, "role": role.name, "department": assignment.department});
        audit::record(tx, who.actor(), "approval.request", Target::User(target.id, &target.username), details)?;
        return Ok(Granted::Pending(id));
    }
    Ok(Granted::Done(apply(tx, who, target, assignment, now)?))
}

/// Assigns `role` to a user, optionally scoped and expiring. A role that
/// requires approval creates a pending request instead.
pub fn assign(
    store: &mut Store,
    who: &Principal,
    user: &str,
    role: &str,
    department: Option<&str>,
    expires: Option<&str>,
) -> Result<Assigned> {
    let scope = parse_scope(department)?;
    store.write(|tx| {
        let now = now_str();
        let target = users::find_for(tx, who, user)?;
        let role = get(tx, role)?;
        check_assignable(tx, who, &target, &role, scope.as_deref(), &now)?;
        let mut warnings = Vec::new();
        let expires_at = expires
            .map(|e| -> Result<String> {
                let at = clock::format(clock::parse_date(e, DayEnd::End, "expires")?);
                if at <= now {
                    warnings.push(format!("expiry {at} is in the past: the assignment grants nothing"));
                }
                Ok(at)
            })
            .transpose()?;
        let assignment = Assignment { role: role.name.clone(), department: scope.clone(), expires_at };
        match assign_in(tx, who, &target, &role, &assignment, &now)? {
            Granted::Pending(id) => Ok(Assigned::Pending(id)),
            Granted::Done(changed) => {
                Ok(Assigned::Done(Box::new(Changed { user: User::load(tx, target, &now)?, changed, warnings })))
            }
        }
    })
}

/// Removes a role in the caller's transaction, with every rule of `role
/// unassign` (removing `admin` from the last active admin is refused).
/// Returns whether the user held it.
pub(crate) fn unassign_in(
    tx: &mut dyn Tx,
    who: &Principal,
    target: &UserRow,
    role: &RoleRow,
    scope: Option<&str>,
    now: &str,
) -> Result<bool> {
    check_assignable(tx, who, target, role, scope, now)?;
    let held = tx.assignments(target.id)?;
    let holds = held.iter().any(|a| a.role == role.name && a.department.as_deref() == scope);
    if holds && role.name == ADMIN && scope.is_none() {
        let other_admin_grant = held.iter().any(|a| a.role == ADMIN && a.department.is_some());
        if !other_admin_grant {
            ensure_not_last_admin(tx, target.id, &target.username, now, "remove admin from")?;
        }
    }
    let changed = tx.unassign(target.id, &role.name, scope)?;
    if changed {
        let details = json!({"role": role.name, "department": scope});
        audit::record(tx, who.actor(), "role.unassign", Target::User(target.id, &target.username), details)?;
    }
    Ok(changed)
}

/// Removes a role from a user. Removing `admin` from the last active admin is
/// refused; removing a role the user does not hold is a no-op.
pub fn unassign(
    store: &mut Store,
    who: &Principal,
    user: &str,
    role: &str,
    department: Option<&str>,
) -> Result<Changed> {
    let scope = parse_scope(department)?;
    store.write(|tx| {
        let now = now_str();
        let target = users::find_for(tx, who, user)?;
        let role_row = get(tx, role)?;
        let changed = unassign_in(tx, who, &target, &role_row, scope.as_deref(), &now)?;
        Ok(Changed { user: User::load(tx, target, &now)?, changed, warnings: Vec::new() })
    })
}

/// The answer of `user can`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// Allowed or not.
    pub allowed: bool,
    /// The user asked about.
    pub username: String,
    /// The permission asked about.
    pub permission: String,
    /// The department asked about.
    pub department: Option<String>,
    /// The grant that allows it.
    pub granted_by: Option<Grant>,
    /// Why not, when denied.
    pub reason: Option<String>,
}

/// Whether a user holds `permission` over `department` (organisation-wide
/// when `None`), and through which role.
pub fn can(
    store: &mut Store,
    who: &Principal,
    user: &str,
    permission: &str,
    department: Option<&str>,
) -> Result<Answer> {
    identity::ensure_known(permission)?;
    let department = parse_scope(department)?;
    store.read(|tx| {
        let now = now_str();
        let target = users::find_for(tx, who, user)?;
        who.require(USERS_READ, target.department.as_deref())?;
        let grants = identity::grants(tx, target.id, &now)?;
        let status = Status::effective(&target, &now);
        let grant = identity::find_grant(&grants, permission, department.as_deref()).cloned();
        let reason = if status != Status::Active {
            Some(format!("{} is {}", target.username, status.as_str()))
        } else if grant.is_none() {
            let elsewhere: Vec<String> = grants
                .iter()
                .filter(|g| g.permission == permission)
                .map(|g| format!("{} in {}", g.role, g.department.as_deref().unwrap_or("the whole organisation")))
                .collect();
            Some(if elsewhere.is_empty() {
                format!("no role of {} grants {permission}", target.username)
            } else {
                format!("granted only elsewhere: {}", elsewhere.join(", "))
            })
        } else {
            None
        };
        Ok(Answer {
            allowed: reason.is_none(),
            username: target.username,
            permission: permission.to_string(),
            department,
            granted_by: grant,
            reason,
        })
    })
}

/// Departments in use, with the users directly in each and in the subtree.
pub fn departments(store: &mut Store, who: &Principal) -> Result<Vec<(String, u64, u64)>> {
    who.require_anywhere(USERS_READ)?;
    let direct = store.read(|tx| tx.departments())?;
    let mut out = Vec::new();
    for (name, users) in &direct {
        if !who.can(USERS_READ, Some(name)) {
            continue;
        }
        let total = direct.iter().filter(|(d, _)| identity::covers(Some(name), Some(d))).map(|(_, n)| n).sum();
        out.push((name.clone(), *users, total));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;
    use crate::testing::{self, Person, kind, root};

    #[track_caller]
    fn held(store: &mut Store, username: &str) -> Result<Vec<(String, Option<String>)>> {
        let user = users::show(store, &root(), username)?;
        Ok(user.roles.into_iter().map(|a| (a.role, a.department)).collect())
    }

    #[test]
    fn assign_and_unassign_are_idempotent() -> Result<()> {
        let mut store = testing::store()?;
        testing::add(&mut store, "lisi", Person::default())?;
        let first = assign(&mut store, &root(), "lisi", "sales-rep", None, None)?;
        assert!(matches!(first, Assigned::Done(ref c) if c.changed));
        let again = assign(&mut store, &root(), "lisi", "sales-rep", None, None)?;
        assert!(matches!(again, Assigned::Done(ref c) if !c.changed), "assigning twice changes nothing");
        assert_eq!(held(&mut store, "lisi")?, [("sales-rep".to_string(), None)]);
        assert!(unassign(&mut store, &root(), "lisi", "sales-rep", None)?.changed);
        assert!(!unassign(&mut store, &root(), "lisi", "sales-rep", None)?.changed, "unassigning twice is a no-op");
        assert!(held(&mut store, "lisi")?.is_empty());
        assert_eq!(kind(assign(&mut store, &root(), "lisi", "wizard", None, None)), Some(Kind::NotFound));
        Ok(())
    }

    #[test]
    fn the_last_active_admin_keeps_admin() -> Result<()> {
        let mut store = testing::store()?;
        testing::add(&mut store, "boss", Person { role: Some(ADMIN), password: true, ..Person::default() })?;
        assert_eq!(kind(unassign(&mut store, &root(), "boss", ADMIN, None)), Some(Kind::NotPermitted));
        assert_eq!(held(&mut store, "boss")?, [(ADMIN.to_string(), None)], "the refusal changed nothing");
        // An invited admin cannot log in: it does not count as a second one.
        testing::add(&mut store, "newbie", Person { role: Some(ADMIN), ..Person::default() })?;
        assert_eq!(kind(unassign(&mut store, &root(), "boss", ADMIN, None)), Some(Kind::NotPermitted));
        testing::add(&mut store, "deputy", Person { role: Some(ADMIN), password: true, ..Person::default() })?;
        assert!(unassign(&mut store, &root(), "boss", ADMIN, None)?.changed);
        assert_eq!(kind(unassign(&mut store, &root(), "deputy", ADMIN, None)), Some(Kind::NotPermitted));
        Ok(())
    }

    #[test]
    fn a_scoped_admin_assigns_only_inside_its_scope() -> Result<()> {
        let mut store = testing::store()?;
        let reports = ["reports.view".to_string()];
        create(&mut store, &root(), "report-reader", &reports, None, false)?;
        let scoped = Person { role: Some("dept-admin"), scope: Some("销售部"), ..Person::default() };
        testing::add(&mut store, "manager", Person { department: Some("销售部"), ..scoped })?;
        testing::add(&mut store, "rep", Person { department: Some("销售部/华东区"), ..Person::default() })?;
        testing::add(&mut store, "clerk", Person { department: Some("财务部"), ..Person::default() })?;
        let manager = testing::as_user(&mut store, "manager")?;

        assign(&mut store, &manager, "rep", "report-reader", Some("销售部/华东区"), None)?;
        assert_eq!(held(&mut store, "rep")?, [("report-reader".to_string(), Some("销售部/华东区".to_string()))]);
        // Wider than its own scope, or organisation-wide: refused.
        assert_eq!(
            kind(assign(&mut store, &manager, "rep", "report-reader", Some("财务部"), None)),
            Some(Kind::NotPermitted)
        );
        assert_eq!(kind(assign(&mut store, &manager, "rep", "report-reader", None, None)), Some(Kind::NotPermitted));
        // A role with permissions the manager lacks: refused.
        assert_eq!(
            kind(assign(&mut store, &manager, "rep", "sales-rep", Some("销售部"), None)),
            Some(Kind::NotPermitted)
        );
        // Someone outside the scope is as unknown as nobody.
        assert_eq!(kind(assign(&mut store, &manager, "clerk", "report-reader", None, None)), Some(Kind::NotFound));
        assert_eq!(held(&mut store, "rep")?.len(), 1);
        Ok(())
    }

    #[test]
    fn a_role_that_requires_approval_makes_a_request() -> Result<()> {
        let mut store = testing::store()?;
        testing::add(&mut store, "lisi", Person::default())?;
        update(
            &mut store,
            &root(),
            "sales-manager",
            RoleChanges { requires_approval: Some(true), ..RoleChanges::default() },
        )?;
        let id = match assign(&mut store, &root(), "lisi", "sales-manager", None, None)? {
            Assigned::Pending(id) => id,
            Assigned::Done(_) => return Err(Error::invalid("assigned without approval")),
        };
        assert!(held(&mut store, "lisi")?.is_empty(), "nothing is assigned before the approval");
        let request = store.read(|tx| tx.approval(id))?;
        assert_eq!(request.map(|r| r.status), Some(ApprovalStatus::Pending));
        Ok(())
    }
}
