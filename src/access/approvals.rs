//! The four-eyes rule: assigning a role marked `requires_approval` creates a
//! request that someone other than the requester must approve. A web form's
//! sign-up (see `crate::forms`) is a request too, of kind `signup`: approving
//! it creates the user `invited`, with an invitation, through the same
//! function as `user add` and with every check of the approver it makes;
//! rejecting it erases the applicant's data.

use serde_json::json;

use crate::access::roles;
use crate::audit::{self, Target};
use crate::clock;
use crate::error::{Error, Result};
use crate::identity::Identity;
use crate::identity::{Principal, USERS_MANAGE, USERS_READ};
use crate::store::{Applicant, ApprovalKind, ApprovalRow, ApprovalStatus, Assignment, SignupRow, Store, Tx};
use crate::users::invitations::{self, Issued};
use crate::users::{self, NewUser};
use crate::validate;

/// A request as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// Request number.
    pub id: i64,
    /// `role` or `signup`.
    pub kind: ApprovalKind,
    /// Who would get the role (username, or `#ID`); for a sign-up, the user
    /// it created once approved.
    pub user: Option<String>,
    /// The role (a sign-up's: the role its user gets).
    pub role: Option<String>,
    /// The form that sent a sign-up.
    pub form: Option<String>,
    /// The person a pending sign-up proposes (gone once it is decided).
    pub applicant: Option<Applicant>,
    /// Department scope.
    pub department: Option<String>,
    /// Actor who asked.
    pub requested_by: String,
    /// `pending`, `approved` or `rejected`.
    pub status: String,
    /// Actor who decided.
    pub decided_by: Option<String>,
    /// Why it was rejected.
    pub reason: Option<String>,
    /// RFC 3339.
    pub created_at: String,
}

/// The result of [`approve`].
#[derive(Debug, Clone)]
pub struct Approved {
    /// The request, decided.
    pub request: Request,
    /// A sign-up's invitation, whose code is shown once (or mailed).
    pub invitation: Option<Issued>,
}

/// The sign-up part of request `a`, which a request of kind `signup` has.
fn signup_of(tx: &dyn Tx, a: &ApprovalRow) -> Result<Option<SignupRow>> {
    match a.kind {
        ApprovalKind::Role => Ok(None),
        ApprovalKind::Signup => tx
            .signup(a.id)?
            .map(Some)
            .ok_or_else(|| Error::storage(format!("sign-up request #{} has lost its form data", a.id))),
    }
}

fn shown(tx: &dyn Tx, a: ApprovalRow) -> Result<Request> {
    let user = match a.user_id {
        Some(id) => Some(tx.user_by_id(id)?.map(|u| u.username).unwrap_or_else(|| format!("#{id}"))),
        None => None,
    };
    let signup = signup_of(tx, &a)?;
    let role = a.role.or_else(|| signup.as_ref().and_then(|s| s.role.clone()));
    Ok(Request {
        id: a.id,
        kind: a.kind,
        user,
        role,
        form: signup.as_ref().map(|s| s.form.clone()),
        applicant: signup.and_then(|s| s.answers),
        department: a.department,
        requested_by: a.requested_by,
        status: a.status.as_str().to_string(),
        decided_by: a.decided_by,
        reason: a.reason,
        created_at: a.created_at,
    })
}

/// Requests with `status` (all when `None`).
pub fn list(store: &mut Store, who: &Principal, status: Option<&str>) -> Result<Vec<Request>> {
    let status = match status {
        None => None,
        Some(s) => Some(ApprovalStatus::parse(s).ok_or_else(|| {
            Error::invalid(format!("unknown status '{s}'")).hint("use pending, approved or rejected")
        })?),
    };
    who.require_anywhere(USERS_READ)?;
    store.read(|tx| {
        let mut out = Vec::new();
        for a in tx.approvals(status)? {
            let dept = match (a.kind, a.user_id) {
                (ApprovalKind::Role, Some(id)) => tx.user_by_id(id)?.and_then(|u| u.department),
                _ => a.department.clone(),
            };
            if who.can(USERS_READ, dept.as_deref()) {
                out.push(shown(tx, a)?);
            }
        }
        Ok(out)
    })
}

fn pending(tx: &dyn Tx, who: &Principal, id: i64, deciding: &str) -> Result<ApprovalRow> {
    let a = tx.approval(id)?.ok_or_else(|| {
        Error::not_found(format!("no approval request #{id}")).hint("`crmctl approval list` shows them")
    })?;
    if a.status != ApprovalStatus::Pending {
        return Err(Error::conflict(format!("request #{id} is already {}", a.status)));
    }
    // Four eyes by identity, not by name: a renamed user, the same OS uid
    // under another login, or a token the requester created all count as
    // the requester. Requests from before identities were recorded fall back
    // to the name.
    let requester = a.requested_by_identity.as_deref().and_then(Identity::decode);
    let same = match requester {
        Some(requester) => who.identities().contains(&requester),
        None => a.requested_by == who.actor().as_str(),
    };
    if same {
        return Err(Error::not_permitted(format!(
            "request #{id} was made by {}: the requester cannot {deciding} it, under any name or through a token they created",
            a.requested_by
        ))
        .hint("another administrator must decide it"));
    }
    Ok(a)
}

/// Approves a pending request in one transaction: a role request's
/// assignment is made; a sign-up's user is created `invited`, with an
/// invitation, in its department and role, with every check `user add`
/// makes of the approver (scope, grantable role, seat limit).
pub fn approve(store: &mut Store, who: &Principal, id: i64) -> Result<Approved> {
    store.write(|tx| {
        let now = clock::format(clock::now());
        let a = pending(tx, who, id, "approve")?;
        if a.kind == ApprovalKind::Signup {
            return approve_signup(tx, who, a, &now);
        }
        let mut a = a;
        let (user_id, role_name) = role_request(&a)?;
        let target = users::find_for(tx, who, &format!("#{user_id}"))?;
        let role = crate::identity::roles::get(tx, &role_name)?;
        who.require_over_user(tx, crate::identity::USERS_MANAGE, &target, &now)?;
        who.require_grantable(&role, a.department.as_deref())?;
        a.status = ApprovalStatus::Approved;
        a.decided_by = Some(who.actor().as_str().to_string());
        a.decided_at = Some(now.clone());
        tx.update_approval(&a)?;
        audit::record(
            tx,
            who.actor(),
            "approval.approve",
            Target::User(target.id, &target.username),
            json!({"request_id": id, "role": role_name}),
        )?;
        let assignment =
            Assignment { role: role_name, department: a.department.clone(), expires_at: a.expires_at.clone() };
        roles::apply(tx, who, &target, &assignment, &now)?;
        Ok(Approved { request: shown(tx, a)?, invitation: None })
    })
}

/// The user and role of a role request.
fn role_request(a: &ApprovalRow) -> Result<(i64, String)> {
    match (a.user_id, &a.role) {
        (Some(user), Some(role)) => Ok((user, role.clone())),
        _ => Err(Error::storage(format!("role request #{} names no user or role", a.id))),
    }
}

fn approve_signup(tx: &mut dyn Tx, who: &Principal, mut a: ApprovalRow, now: &str) -> Result<Approved> {
    let Some(mut signup) = signup_of(tx, &a)? else { return Err(Error::storage("not a sign-up")) };
    who.require(USERS_MANAGE, signup.department.as_deref())?;
    let applicant = signup
        .answers
        .take()
        .ok_or_else(|| Error::conflict(format!("sign-up request #{} holds no answers any more", a.id)))?;
    let username = match &applicant.username {
        Some(username) => username.clone(),
        None => invitations::derive_username(tx, &applicant.email, &|_| false)?,
    };
    let req = NewUser {
        username: username.clone(),
        name: applicant.name,
        email: applicant.email.clone(),
        phone: applicant.phone,
        employee_id: applicant.employee_id,
        department: signup.department.clone(),
        title: applicant.title,
        roles: signup.role.clone().into_iter().collect(),
        invite: true,
        ..NewUser::default()
    };
    // No password is set (an invitation follows), so nothing is hashed here.
    let settings = crate::config::Settings::load(tx)?;
    let prepared = users::prepare(&settings, &req, validate::username(&username)?)?;
    let added = users::add_in(tx, who, &req, prepared)?;
    a.status = ApprovalStatus::Approved;
    a.user_id = Some(added.user.id);
    a.decided_by = Some(who.actor().as_str().to_string());
    a.decided_at = Some(now.to_string());
    tx.update_approval(&a)?;
    // The person is a user now: the request keeps no copy of their data.
    tx.update_signup(&signup)?;
    audit::record(
        tx,
        who.actor(),
        "approval.approve",
        Target::User(added.user.id, &added.user.username),
        json!({"request_id": a.id, "kind": "signup", "form": signup.form, "role": signup.role}),
    )?;
    Ok(Approved { request: shown(tx, a)?, invitation: added.invitation })
}

/// Rejects a pending request. A rejected sign-up's personal data is
/// erased: from its row, then from the file's free pages and the
/// write-ahead log (as `user purge` does).
pub fn reject(store: &mut Store, who: &Principal, id: i64, reason: Option<&str>) -> Result<Request> {
    let reason = reason.map(|r| validate::free_text("--reason", r)).transpose()?.filter(|r| !r.is_empty());
    let request = store.write(|tx| {
        let now = clock::format(clock::now());
        let mut a = pending(tx, who, id, "reject")?;
        if let Some(mut signup) = signup_of(tx, &a)? {
            who.require(USERS_MANAGE, signup.department.as_deref())?;
            a.status = ApprovalStatus::Rejected;
            a.decided_by = Some(who.actor().as_str().to_string());
            a.reason = reason.clone();
            a.decided_at = Some(now);
            tx.update_approval(&a)?;
            signup.answers = None;
            tx.update_signup(&signup)?;
            let details = json!({"request_id": id, "kind": "signup", "form": signup.form, "reason": a.reason});
            audit::record(tx, who.actor(), "approval.reject", Target::Other(&format!("request #{id}")), details)?;
            return shown(tx, a);
        }
        let (user_id, _) = role_request(&a)?;
        let target = users::find_for(tx, who, &format!("#{user_id}"))?;
        who.require_over_user(tx, crate::identity::USERS_MANAGE, &target, &now)?;
        a.status = ApprovalStatus::Rejected;
        a.decided_by = Some(who.actor().as_str().to_string());
        a.reason = reason.clone();
        a.decided_at = Some(now);
        tx.update_approval(&a)?;
        audit::record(
            tx,
            who.actor(),
            "approval.reject",
            Target::User(target.id, &target.username),
            json!({"request_id": id, "role": a.role, "reason": a.reason}),
        )?;
        shown(tx, a)
    })?;
    if request.kind == ApprovalKind::Signup && !store.scrub()? {
        return Err(Error::busy(format!(
            "request #{id} is rejected, but another process kept its erased data in the write-ahead log"
        ))
        .hint("it leaves the log when the last process using the database closes it; nothing needs redoing"));
    }
    Ok(request)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::roles::{Assigned, RoleChanges};
    use crate::error::Kind;
    use crate::testing::{self, Person, kind, other_root, root};

    /// A store where `sales-manager` requires approval and root asked for
    /// lisi to get it: the request's number.
    #[track_caller]
    fn requested(store: &mut Store) -> Result<i64> {
        testing::add(store, "lisi", Person { department: Some("销售部"), ..Person::default() })?;
        let flag = RoleChanges { requires_approval: Some(true), ..RoleChanges::default() };
        roles::update(store, &root(), "sales-manager", flag)?;
        match roles::assign(store, &root(), "lisi", "sales-manager", None, None)? {
            Assigned::Pending(id) => Ok(id),
            Assigned::Done(_) => Err(Error::invalid("assigned without a request")),
        }
    }

    #[track_caller]
    fn roles_of(store: &mut Store, username: &str) -> Result<Vec<String>> {
        Ok(users::show(store, &root(), username)?.roles.into_iter().map(|a| a.role).collect())
    }

    #[test]
    fn the_requester_cannot_approve_or_reject_their_own_request() -> Result<()> {
        let mut store = testing::store()?;
        let id = requested(&mut store)?;
        // The same OS account under another login name is the same requester.
        let renamed = Principal::Superuser(crate::identity::Actor::os("someone-else", 0));
        for who in [root(), renamed] {
            assert_eq!(kind(approve(&mut store, &who, id)), Some(Kind::NotPermitted));
            assert_eq!(kind(reject(&mut store, &who, id, None)), Some(Kind::NotPermitted));
        }
        assert!(roles_of(&mut store, "lisi")?.is_empty());
        assert_eq!(list(&mut store, &root(), Some("pending"))?.len(), 1);
        Ok(())
    }

    #[test]
    fn approving_makes_the_assignment_once() -> Result<()> {
        let mut store = testing::store()?;
        let id = requested(&mut store)?;
        let decided = approve(&mut store, &other_root(), id)?.request;
        assert_eq!(decided.status, ApprovalStatus::Approved.as_str());
        assert_eq!(decided.decided_by.as_deref(), Some(other_root().actor().as_str()));
        assert_eq!(roles_of(&mut store, "lisi")?, ["sales-manager"]);
        assert_eq!(kind(approve(&mut store, &other_root(), id)), Some(Kind::Conflict), "decided already");
        assert_eq!(kind(reject(&mut store, &other_root(), id, None)), Some(Kind::Conflict));
        assert_eq!(list(&mut store, &root(), Some("approved"))?.len(), 1);
        assert!(list(&mut store, &root(), Some("pending"))?.is_empty());
        assert_eq!(kind(approve(&mut store, &other_root(), id + 1)), Some(Kind::NotFound));
        Ok(())
    }

    #[test]
    fn rejecting_assigns_nothing_and_keeps_the_reason() -> Result<()> {
        let mut store = testing::store()?;
        let id = requested(&mut store)?;
        let decided = reject(&mut store, &other_root(), id, Some("  not this quarter "))?;
        assert_eq!(decided.status, ApprovalStatus::Rejected.as_str());
        assert_eq!(decided.reason.as_deref(), Some("not this quarter"));
        assert!(roles_of(&mut store, "lisi")?.is_empty());
        assert_eq!(kind(approve(&mut store, &other_root(), id)), Some(Kind::Conflict));
        assert_eq!(kind(list(&mut store, &root(), Some("maybe"))), Some(Kind::Invalid));
        Ok(())
    }
}
