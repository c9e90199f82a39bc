//! Roles as an identity provider sees them over SCIM 2.0 (RFC 7643 §4.2):
//! a group is a role, named by the role (its id and its `displayName`), and
//! its members are the users holding the role organisation-wide.
//!
//! Every change goes through the functions of `role create`, `role assign`,
//! `role unassign` and `role delete` (the `*_in` forms, in one
//! transaction), so a provider can do nothing the CLI would refuse the same
//! token: it needs `roles.manage` to create or delete a group, and adding
//! or removing a member needs the right to grant that role to that user.
//! The last-admin rule, approvals and the audit log hold as they do there.
//!
//! - A member added to a role that requires approval gets a pending request
//!   (`approval list`), not the role: the group does not list it until the
//!   request is approved, and adding it again does not make another request.
//! - Members `who` may not read are neither shown nor touched: a replace of
//!   the member list by a department-scoped token leaves them alone.
//! - The provider's `externalId` for a group is kept beside the role.
//! - A group created over SCIM is a role with no permission: it grants
//!   nothing until `role update --add-permission` gives it some.
//! - A group is deleted by removing its members (each with the rules of
//!   `role unassign`) and then the role as `role delete` does; department-
//!   scoped assignments, which SCIM does not show, make that a conflict.
//!
//! No HTTP and no JSON views here: `server::scim` parses, `output::scim` shows.

use serde_json::json;

use super::roles::{Granted, assign_in, create_in, delete_in, role_name, unassign_in};
use crate::audit::{self, Target};
use crate::clock;
use crate::error::{Error, Result};
use crate::identity::{Principal, USERS_MANAGE, USERS_READ};
use crate::store::{ApprovalKind, ApprovalStatus, Assignment, RoleRow, Store, StoredStatus, Tx, UserRow};

fn now_str() -> String {
    clock::format(clock::now())
}

/// A role as a SCIM group.
#[derive(Debug, Clone)]
pub struct Group {
    /// The role: its name is the group's id and `displayName`.
    pub role: RoleRow,
    /// `externalId`, as the provider sent it.
    pub external_id: Option<String>,
    /// The users holding it organisation-wide whom the caller may see, by id.
    pub members: Vec<Member>,
}

/// A member of a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The user's id (its SCIM id).
    pub id: i64,
    /// The user's name.
    pub name: String,
}

/// What a provider asserts about a group: the whole resource, as a `POST`
/// or `PUT` sends it (a `PATCH` is applied to the current one first).
#[derive(Debug, Clone, Default)]
pub struct Pushed {
    /// `displayName`: the role's name.
    pub display_name: String,
    /// `externalId`.
    pub external_id: Option<String>,
    /// `members[].value`: SCIM ids of users.
    pub members: Vec<String>,
}

fn unknown(id: &str) -> Error {
    Error::not_found(format!("no group '{}'", id.escape_debug()))
}

/// The role a group id names.
fn find(tx: &dyn Tx, id: &str) -> Result<RoleRow> {
    tx.role(id)?.ok_or_else(|| unknown(id))
}

/// The group of `role`, with the members `who` may see.
fn load(tx: &dyn Tx, who: &Principal, role: RoleRow, now: &str) -> Result<Group> {
    let mut members = Vec::new();
    for id in tx.organisation_wide_holders(&role.name, now)? {
        if let Some(row) = tx.user_by_id(id)?
            && who.can_read(&row)
        {
            members.push(Member { id: row.id, name: row.name });
        }
    }
    let external_id = tx.role_external_id(&role.name)?;
    Ok(Group { role, external_id, members })
}

/// Keeps the provider's `externalId` for the group, audited as a change of the role.
fn set_external_id(tx: &mut dyn Tx, who: &Principal, current: &Group, wanted: Option<&str>) -> Result<()> {
    let wanted = wanted.map(|e| crate::users::scim::provider_text("externalId", e)).transpose()?;
    if wanted == current.external_id {
        return Ok(());
    }
    let name = &current.role.name;
    tx.set_role_external_id(name, wanted.as_deref())?;
    let details = json!({"external_id": {"from": current.external_id, "to": wanted}});
    audit::record(tx, who.actor(), "role.update", Target::Other(name), details)
}

/// Every group, by name.
pub fn list(store: &mut Store, who: &Principal) -> Result<Vec<Group>> {
    who.require_anywhere(USERS_READ)?;
    store.read(|tx| {
        let now = now_str();
        tx.roles()?.into_iter().map(|role| load(tx, who, role, &now)).collect()
    })
}

/// One group by id (the role's name).
pub fn get(store: &mut Store, who: &Principal, id: &str) -> Result<Group> {
    who.require_anywhere(USERS_READ)?;
    store.read(|tx| {
        let role = find(tx, id)?;
        load(tx, who, role, &now_str())
    })
}

/// The users `members` names (SCIM ids), each once; one `who` may not see,
/// or a deleted one, is as unknown.
fn resolve(tx: &dyn Tx, who: &Principal, members: &[String]) -> Result<Vec<UserRow>> {
    let mut rows: Vec<UserRow> = Vec::new();
    for value in members {
        let v = value.trim();
        let row = match v.parse::<i64>() {
            Ok(n) if v.bytes().all(|b| b.is_ascii_digit()) => tx.user_by_id(n)?,
            _ => None,
        };
        match row {
            Some(row) if row.status != StoredStatus::Deleted && who.can_read(&row) => {
                if !rows.iter().any(|r| r.id == row.id) {
                    rows.push(row);
                }
            }
            _ => {
                return Err(Error::invalid(format!("members: no user '{}'", v.escape_debug()))
                    .hint("a member's value is the id of a user (GET /Users)"));
            }
        }
    }
    Ok(rows)
}

/// Gives `target` the role organisation-wide with every rule of `role
/// assign`; a role that requires approval gets one pending request, not a
/// new one each time the provider sends the member again.
fn add_member(tx: &mut dyn Tx, who: &Principal, target: &UserRow, role: &RoleRow, now: &str) -> Result<()> {
    if role.requires_approval {
        let waiting = tx.approvals(Some(ApprovalStatus::Pending))?.into_iter().any(|r| {
            r.kind == ApprovalKind::Role
                && r.user_id == Some(target.id)
                && r.role.as_deref() == Some(role.name.as_str())
                && r.department.is_none()
        });
        if waiting {
            return Ok(());
        }
    }
    let assignment = Assignment { role: role.name.clone(), department: None, expires_at: None };
    match assign_in(tx, who, target, role, &assignment, now)? {
        Granted::Done(_) | Granted::Pending(_) => Ok(()),
    }
}

/// Makes the members of `current` that `who` sees exactly `wanted`.
fn set_members(tx: &mut dyn Tx, who: &Principal, current: &Group, wanted: &[UserRow], now: &str) -> Result<()> {
    let role = &current.role;
    for member in &current.members {
        if wanted.iter().any(|w| w.id == member.id) {
            continue;
        }
        if let Some(target) = tx.user_by_id(member.id)? {
            unassign_in(tx, who, &target, role, None, now)?;
        }
    }
    for target in wanted {
        if !current.members.iter().any(|m| m.id == target.id) {
            add_member(tx, who, target, role, now)?;
        }
    }
    Ok(())
}

/// Creates a group (`POST`): a role named by `displayName`, with no
/// permission, as `role create` would with `roles.manage`; then its members.
pub fn create(store: &mut Store, who: &Principal, pushed: &Pushed) -> Result<Group> {
    let name = role_name(&pushed.display_name).map_err(|e| {
        e.hint("a group pushed to crmctl becomes a role: name it with a-z, 0-9, '.', '_' and '-' (sales-rep)")
    })?;
    store.write(|tx| {
        let now = now_str();
        let role = create_in(tx, who, &name, Vec::new(), None, false)?;
        let wanted = resolve(tx, who, &pushed.members)?;
        let current = Group { role, external_id: None, members: Vec::new() };
        set_external_id(tx, who, &current, pushed.external_id.as_deref())?;
        set_members(tx, who, &current, &wanted, &now)?;
        load(tx, who, find(tx, &name)?, &now)
    })
}

/// Replaces group `id` with what the provider sent (`PUT`): its members
/// become exactly those listed. The name cannot change.
pub fn replace(store: &mut Store, who: &Principal, id: &str, pushed: &Pushed) -> Result<Group> {
    modify(store, who, id, |_| Ok(pushed.clone()))
}

/// Changes group `id` (`PATCH`): `edit` is given the group as it is and
/// returns the whole group as it should be, which then replaces it as
/// [`replace`] does, in one transaction.
pub fn modify(store: &mut Store, who: &Principal, id: &str, edit: impl Fn(&Group) -> Result<Pushed>) -> Result<Group> {
    who.require_anywhere(USERS_MANAGE)?;
    store.write(|tx| {
        let now = now_str();
        let role = find(tx, id)?;
        let current = load(tx, who, role, &now)?;
        let wanted = edit(&current)?;
        if !wanted.display_name.trim().eq_ignore_ascii_case(&current.role.name) {
            return Err(Error::invalid(format!(
                "displayName: group '{}' is role '{}', whose name cannot change",
                id.escape_debug(),
                current.role.name
            ))
            .hint("create a group with the new name and move the members to it"));
        }
        let members = resolve(tx, who, &wanted.members)?;
        if wanted.external_id != current.external_id {
            // The same right as a change of the role.
            who.require(crate::identity::ROLES_MANAGE, None)?;
            set_external_id(tx, who, &current, wanted.external_id.as_deref())?;
        }
        set_members(tx, who, &current, &members, &now)?;
        load(tx, who, find(tx, id)?, &now)
    })
}

/// Deletes group `id`: its members lose the role (each as `role unassign`
/// removes it), then the role goes as `role delete` deletes one; a
/// built-in role is refused.
pub fn delete(store: &mut Store, who: &Principal, id: &str) -> Result<RoleRow> {
    store.write(|tx| {
        let now = now_str();
        let role = find(tx, id)?;
        if role.builtin {
            // The same refusal as `role delete`, before any member is touched.
            return delete_in(tx, who, &role.name, false);
        }
        let current = load(tx, who, role, &now)?;
        set_members(tx, who, &current, &[], &now)?;
        delete_in(tx, who, id, false)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::roles;
    use crate::error::Kind;
    use crate::testing::{self, Person, kind, root};

    fn id_of(store: &mut Store, username: &str) -> Result<String> {
        Ok(store.read(|tx| tx.user_by_username(username))?.map(|u| u.id.to_string()).unwrap_or_default())
    }

    fn pushed(name: &str, members: &[&str]) -> Pushed {
        Pushed {
            display_name: name.into(),
            external_id: None,
            members: members.iter().map(|m| m.to_string()).collect(),
        }
    }

    #[test]
    fn members_are_organisation_wide_holders() -> Result<()> {
        let mut store = testing::store()?;
        testing::add(&mut store, "lisi", Person::default())?;
        testing::add(&mut store, "wangwu", Person::default())?;
        let (lisi, wangwu) = (id_of(&mut store, "lisi")?, id_of(&mut store, "wangwu")?);
        roles::assign(&mut store, &root(), "wangwu", "viewer", Some("销售部"), None)?;
        assert!(get(&mut store, &root(), "viewer")?.members.is_empty(), "a scoped holder is no member");
        let made = create(&mut store, &root(), &pushed("crm-users", &[&lisi]))?;
        assert!(made.role.permissions.is_empty());
        assert_eq!(made.members.iter().map(|m| m.id.to_string()).collect::<Vec<_>>(), [lisi.as_str()]);
        let changed = replace(&mut store, &root(), "crm-users", &pushed("crm-users", &[&wangwu]))?;
        assert_eq!(changed.members.iter().map(|m| m.id.to_string()).collect::<Vec<_>>(), [wangwu.as_str()]);
        let renamed = replace(&mut store, &root(), "crm-users", &pushed("other", &[]));
        assert_eq!(kind(renamed), Some(Kind::Invalid));
        assert_eq!(
            kind(replace(&mut store, &root(), "crm-users", &pushed("crm-users", &["999"]))),
            Some(Kind::Invalid)
        );
        delete(&mut store, &root(), "crm-users")?;
        assert_eq!(kind(get(&mut store, &root(), "crm-users")), Some(Kind::NotFound));
        assert_eq!(kind(delete(&mut store, &root(), "viewer")), Some(Kind::NotPermitted), "built-in");
        Ok(())
    }

    #[test]
    fn a_provisioner_cannot_push_admin_and_approval_makes_one_request() -> Result<()> {
        let mut store = testing::store()?;
        testing::add(&mut store, "idp", Person { role: Some("provisioner"), ..Person::default() })?;
        testing::add(&mut store, "lisi", Person::default())?;
        let lisi = id_of(&mut store, "lisi")?;
        let idp = testing::as_user(&mut store, "idp")?;
        let push = modify(&mut store, &idp, "admin", |g| {
            Ok(Pushed {
                display_name: g.role.name.clone(),
                external_id: g.external_id.clone(),
                members: g.members.iter().map(|m| m.id.to_string()).chain([lisi.clone()]).collect(),
            })
        });
        assert_eq!(kind(push), Some(Kind::NotPermitted));
        assert_eq!(kind(create(&mut store, &idp, &pushed("crm-users", &[]))), Some(Kind::NotPermitted));
        roles::update(
            &mut store,
            &root(),
            "sales-manager",
            roles::RoleChanges { requires_approval: Some(true), ..roles::RoleChanges::default() },
        )?;
        for _ in 0..2 {
            let group = replace(&mut store, &root(), "sales-manager", &pushed("sales-manager", &[&lisi]))?;
            assert!(group.members.is_empty(), "pending, not a member yet");
        }
        let pending = store.read(|tx| tx.approvals(Some(ApprovalStatus::Pending)))?;
        assert_eq!(pending.len(), 1, "{pending:?}");
        Ok(())
    }
}
