//! The four-eyes rule: assigning a role marked `requires_approval` creates a
//! request that someone other than the requester must approve.

use serde_json::json;

use crate::access::roles;
use crate::audit::{self, Target};
use crate::clock;
use crate::error::{Error, Result};
use crate::identity::Identity;
use crate::identity::{Principal, USERS_READ};
use crate::store::{ApprovalRow, ApprovalStatus, Assignment, Store, Tx};
use crate::users;
use crate::validate;

/// A request as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// Request number.
    pub id: i64,
    /// Who would get the role (username, or `#ID`).
    pub user: String,
    /// The role.
    pub role: String,
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

fn shown(tx: &dyn Tx, a: ApprovalRow) -> Result<Request> {
    let user = tx.user_by_id(a.user_id)?.map(|u| u.username).unwrap_or_else(|| format!("#{}", a.user_id));
    Ok(Request {
        id: a.id,
        user,
        role: a.role,
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
            let dept = tx.user_by_id(a.user_id)?.and_then(|u| u.department);
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

/// Approves a pending request: the assignment is made in the same transaction.
pub fn approve(store: &mut Store, who: &Principal, id: i64) -> Result<Request> {
    store.write(|tx| {
        let now = clock::format(clock::now());
        let mut a = pending(tx, who, id, "approve")?;
        let target = users::find_for(tx, who, &format!("#{}", a.user_id))?;
        let role = crate::identity::roles::get(tx, &a.role)?;
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
            json!({"request_id": id, "role": a.role}),
        )?;
        let assignment =
            Assignment { role: a.role.clone(), department: a.department.clone(), expires_at: a.expires_at.clone() };
        roles::apply(tx, who, &target, &assignment, &now)?;
        shown(tx, a)
    })
}

/// Rejects a pending request.
pub fn reject(store: &mut Store, who: &Principal, id: i64, reason: Option<&str>) -> Result<Request> {
    store.write(|tx| {
        let now = clock::format(clock::now());
        let mut a = pending(tx, who, id, "reject")?;
        let target = users::find_for(tx, who, &format!("#{}", a.user_id))?;
        who.require_over_user(tx, crate::identity::USERS_MANAGE, &target, &now)?;
        a.status = ApprovalStatus::Rejected;
        a.decided_by = Some(who.actor().as_str().to_string());
        a.reason = reason.map(|r| validate::free_text("--reason", r)).transpose()?.filter(|r| !r.is_empty());
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
    })
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
        let decided = approve(&mut store, &other_root(), id)?;
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
