//! Who is acting and what they may do: the permission catalogue, grants
//! derived from role assignments, department scopes, and the checks every
//! command makes before it acts.
//!
//! Whoever can write the database file is its superuser ([`Principal::Superuser`]).
//! A command run with an API token acts as the token's user
//! ([`Principal::User`]) and is held to that user's grants.

mod actor;
pub mod roles;

pub use actor::{Actor, Identity, Via};

use crate::error::{Error, Result};
use crate::store::{RoleRow, Tx, UserRow};

/// The fixed permission catalogue, with descriptions.
pub const PERMISSIONS: &[(&str, &str)] = &[
    ("customers.read", "See customers and their contacts"),
    ("customers.write", "Create and edit customers"),
    ("customers.delete", "Delete customers"),
    ("customers.export", "Export customer lists"),
    ("opportunities.read", "See opportunities"),
    ("opportunities.write", "Create and edit opportunities"),
    ("tickets.read", "See support tickets"),
    ("tickets.write", "Create, answer and close tickets"),
    ("reports.view", "See reports and dashboards"),
    ("users.read", "See people, their roles and departments"),
    ("users.manage", "Add, change, disable and re-role people"),
    ("roles.manage", "Create, change and delete roles"),
    ("audit.read", "Read and verify the audit log"),
    ("settings.manage", "Read and change settings"),
];

/// Permissions that make an account administrative: a token user cannot act
/// on an account holding one of these more widely than it does itself.
pub const ADMIN_PERMISSIONS: &[&str] = &["users.manage", "roles.manage", "settings.manage", "audit.read"];

/// `users.read`.
pub const USERS_READ: &str = "users.read";
/// `users.manage`.
pub const USERS_MANAGE: &str = "users.manage";
/// `roles.manage`.
pub const ROLES_MANAGE: &str = "roles.manage";
/// `settings.manage`.
pub const SETTINGS_MANAGE: &str = "settings.manage";
/// `audit.read`.
pub const AUDIT_READ: &str = "audit.read";

/// Refuses (exit 5) a permission name outside the catalogue.
pub fn ensure_known(permission: &str) -> Result<()> {
    if PERMISSIONS.iter().any(|(p, _)| *p == permission) {
        return Ok(());
    }
    Err(Error::invalid(format!("unknown permission '{permission}'"))
        .hint("`crmctl permission list` shows the catalogue"))
}

/// Whether a grant scoped to `scope` (`None`: organisation-wide) covers
/// `department` (`None`: no department, or organisation-wide). `销售部` covers
/// `销售部/华东区` but not `销售部门`.
pub fn covers(scope: Option<&str>, department: Option<&str>) -> bool {
    match (scope, department) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(s), Some(d)) => d == s || d.strip_prefix(s).is_some_and(|rest| rest.starts_with('/')),
    }
}

/// A permission held through a role, possibly scoped to a department.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    /// The permission.
    pub permission: String,
    /// The role that grants it.
    pub role: String,
    /// The department scope of the assignment.
    pub department: Option<String>,
}

/// Every permission `user_id` holds through unexpired assignments at `now`.
pub fn grants(tx: &dyn Tx, user_id: i64, now: &str) -> Result<Vec<Grant>> {
    let mut out = Vec::new();
    for a in tx.assignments(user_id)? {
        if a.expires_at.as_deref().is_some_and(|e| e <= now) {
            continue;
        }
        if let Some(role) = tx.role(&a.role)? {
            for p in role.permissions {
                out.push(Grant { permission: p, role: a.role.clone(), department: a.department.clone() });
            }
        }
    }
    Ok(out)
}

/// The grant among `grants` that gives `permission` over `department`, if any;
/// organisation-wide grants first.
pub fn find_grant<'g>(grants: &'g [Grant], permission: &str, department: Option<&str>) -> Option<&'g Grant> {
    let mut matching: Vec<&Grant> =
        grants.iter().filter(|g| g.permission == permission && covers(g.department.as_deref(), department)).collect();
    matching.sort_by_key(|g| g.department.as_ref().map(|d| d.len()));
    matching.first().copied()
}

/// Who is running a command.
#[derive(Debug, Clone)]
pub enum Principal {
    /// Whoever can write the database file: may do anything.
    Superuser(Actor),
    /// A user acting through an API token, held to their grants.
    User {
        /// `user:<username>`.
        actor: Actor,
        /// The token's user.
        user_id: i64,
        /// The token's username.
        username: String,
        /// The user's grants when the command started.
        grants: Vec<Grant>,
        /// Who created the token in use, and who created theirs, and so
        /// on: an approval request made by any of them cannot be decided
        /// through this token (a token re-issued through a token keeps the
        /// whole chain).
        token_creators: Vec<Identity>,
    },
}

fn denied(what: String) -> Error {
    Error::not_permitted(what).hint("ask an administrator with the permission, or use a token of someone who has it")
}

impl Principal {
    /// The actor recorded in the audit log.
    pub fn actor(&self) -> &Actor {
        match self {
            Principal::Superuser(actor) | Principal::User { actor, .. } => actor,
        }
    }

    /// The same principal, coming by `via` (`crmctl serve`): its audit
    /// entries record the route.
    #[must_use]
    pub fn with_via(mut self, via: Via) -> Principal {
        match &mut self {
            Principal::Superuser(actor) | Principal::User { actor, .. } => *actor = actor.clone().with_via(via),
        }
        self
    }

    /// The identity behind this principal, which renaming never changes.
    pub fn identity(&self) -> Identity {
        self.actor().identity()
    }

    /// Every identity this principal speaks for: its own, and for a token
    /// user every identity in the chain that created the token (a token is a
    /// delegation, so the four-eyes rule counts its creators as the same pair
    /// of eyes). A token created by this principal records this list.
    pub fn identities(&self) -> Vec<Identity> {
        let mut out = vec![self.identity()];
        if let Principal::User { token_creators, .. } = self {
            for creator in token_creators {
                if !out.contains(creator) {
                    out.push(*creator);
                }
            }
        }
        out
    }

    /// Whether this principal is the token user `user_id` itself.
    pub fn is_user(&self, id: i64) -> bool {
        matches!(self, Principal::User { user_id, .. } if *user_id == id)
    }

    /// Whether this principal may see `target` (`users.read` over its
    /// department; a token user may always see itself). Every path that shows
    /// a user, or says anything about one, asks this first.
    pub fn can_read(&self, target: &UserRow) -> bool {
        self.is_user(target.id) || self.can(USERS_READ, target.department.as_deref())
    }

    /// Whether this is the superuser (no token).
    pub fn is_superuser(&self) -> bool {
        matches!(self, Principal::Superuser(_))
    }

    fn who(&self) -> &str {
        match self {
            Principal::Superuser(_) => "the superuser",
            Principal::User { username, .. } => username,
        }
    }

    /// Whether `permission` is held with a scope covering `department`.
    pub fn can(&self, permission: &str, department: Option<&str>) -> bool {
        match self {
            Principal::Superuser(_) => true,
            Principal::User { grants, .. } => find_grant(grants, permission, department).is_some(),
        }
    }

    /// Whether `permission` is held in any scope at all.
    pub fn can_anywhere(&self, permission: &str) -> bool {
        match self {
            Principal::Superuser(_) => true,
            Principal::User { grants, .. } => grants.iter().any(|g| g.permission == permission),
        }
    }

    /// Refuses (exit 6) unless `permission` is held over `department`.
    pub fn require(&self, permission: &str, department: Option<&str>) -> Result<()> {
        if self.can(permission, department) {
            return Ok(());
        }
        Err(denied(match department {
            Some(d) => format!("{} lacks {permission} in {d}", self.who()),
            None => format!("{} lacks {permission} for the whole organisation", self.who()),
        }))
    }

    /// Refuses (exit 6) unless `permission` is held in some scope.
    pub fn require_anywhere(&self, permission: &str) -> Result<()> {
        if self.can_anywhere(permission) {
            return Ok(());
        }
        Err(denied(format!("{} lacks {permission}", self.who())))
    }

    /// Refuses (exit 6) acting with `permission` on `target`: the target's
    /// department must be in scope, and the target must not hold an
    /// administrative permission more widely than this principal does.
    pub fn require_over_user(&self, tx: &dyn Tx, permission: &str, target: &UserRow, now: &str) -> Result<()> {
        let Principal::User { grants: mine, user_id, .. } = self else { return Ok(()) };
        self.require(permission, target.department.as_deref()).map_err(|err| Error {
            message: format!("{} (user {} is outside the scope)", err.message, target.username),
            ..err
        })?;
        if target.id == *user_id {
            return Ok(());
        }
        for held in grants(tx, target.id, now)? {
            if !ADMIN_PERMISSIONS.contains(&held.permission.as_str()) {
                continue;
            }
            if find_grant(mine, &held.permission, held.department.as_deref()).is_none() {
                return Err(denied(format!(
                    "{} holds {} more widely than {} does",
                    target.username,
                    held.permission,
                    self.who()
                )));
            }
        }
        Ok(())
    }

    /// Refuses (exit 6) acting *as* `target` — creating a token for it,
    /// resetting its password in a way that shows the actor the secret,
    /// enrolling or resetting its MFA, changing its email, purging it —
    /// unless this principal may manage `target` and holds **every**
    /// permission `target` holds, each over at least the same scope. Nobody
    /// gains a permission by acting through another account. A token user
    /// acting on itself needs nothing more.
    pub fn require_acting_as(&self, tx: &dyn Tx, target: &UserRow, now: &str, doing: &str) -> Result<()> {
        let Principal::User { grants: mine, user_id, .. } = self else { return Ok(()) };
        if target.id == *user_id {
            return Ok(());
        }
        self.require_over_user(tx, USERS_MANAGE, target, now)?;
        for held in grants(tx, target.id, now)? {
            if find_grant(mine, &held.permission, held.department.as_deref()).is_none() {
                return Err(denied(format!(
                    "{} cannot {doing} {}: {} holds {} {} and {} does not",
                    self.who(),
                    target.username,
                    target.username,
                    held.permission,
                    held.department.as_deref().map(|d| format!("in {d}")).unwrap_or_else(|| "organisation-wide".into()),
                    self.who(),
                ))
                .hint("acting as an account needs every permission it holds, over at least the same scope"));
            }
        }
        Ok(())
    }

    /// Refuses (exit 6) granting `role` over `department` unless this
    /// principal holds every permission of the role over that department.
    pub fn require_grantable(&self, role: &RoleRow, department: Option<&str>) -> Result<()> {
        for p in &role.permissions {
            if !self.can(p, department) {
                return Err(denied(format!(
                    "{} cannot grant role {}: it lacks {p}{}",
                    self.who(),
                    role.name,
                    department.map(|d| format!(" in {d}")).unwrap_or_default()
                )));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_cover_subdepartments_only() {
        assert!(covers(None, None));
        assert!(covers(None, Some("财务部")));
        assert!(covers(Some("销售部"), Some("销售部")));
        assert!(covers(Some("销售部"), Some("销售部/华东区")));
        assert!(!covers(Some("销售部"), Some("销售部门")));
        assert!(!covers(Some("销售部"), Some("财务部")));
        assert!(!covers(Some("销售部/华东区"), Some("销售部")));
        assert!(!covers(Some("销售部"), None));
    }

    #[test]
    fn catalogue() {
        assert_eq!(PERMISSIONS.len(), 14);
        assert!(ensure_known("customers.read").is_ok());
        assert!(ensure_known("customers.*").is_err());
        for p in ADMIN_PERMISSIONS {
            assert!(ensure_known(p).is_ok());
        }
    }

    #[test]
    fn organisation_wide_grant_is_preferred() {
        let g = |d: Option<&str>| Grant {
            permission: "users.read".into(),
            role: "r".into(),
            department: d.map(Into::into),
        };
        let grants = vec![g(Some("销售部")), g(None)];
        assert_eq!(find_grant(&grants, "users.read", Some("销售部/x")).map(|g| g.department.clone()), Some(None));
        assert!(find_grant(&grants[..1], "users.read", Some("财务部")).is_none());
    }

    /// The three kinds of access over a small organisation: who (the
    /// superuser, a dept-admin of 销售部, an organisation-wide dept-admin)
    /// × whom (users in and out of scope, with narrower, wider and
    /// administrative grants).
    mod matrix {
        use super::super::*;
        use crate::access::roles;
        use crate::store::Store;
        use crate::users::{self, NewUser};

        fn add(store: &mut Store, username: &str, department: &str, role: Option<(&str, Option<&str>)>) -> Result<i64> {
            let root = Principal::Superuser(Actor::os("root", 0));
            let req = NewUser {
                username: username.into(),
                name: username.into(),
                email: format!("{username}@example.com"),
                department: Some(department.into()),
                ..NewUser::default()
            };
            let id = users::add(store, &root, req)?.user.id;
            if let Some((role, scope)) = role {
                roles::assign(store, &root, username, role, scope, None)?;
            }
            Ok(id)
        }

        fn principal(store: &mut Store, id: i64, username: &str) -> Result<Principal> {
            let now = crate::clock::format(crate::clock::now());
            let grants = store.read(|tx| grants(tx, id, &now))?;
            Ok(Principal::User {
                actor: Actor::user(username, id),
                user_id: id,
                username: username.into(),
                grants,
                token_creators: Vec::new(),
            })
        }

        #[test]
        fn reading_managing_and_acting_as() -> Result<()> {
            let mut store = crate::testing::store()?;
            let lisi = add(&mut store, "lisi", "销售部", Some(("dept-admin", Some("销售部"))))?;
            let ops = add(&mut store, "ops", "总部", Some(("dept-admin", None)))?;
            add(&mut store, "plain", "销售部", None)?;
            add(&mut store, "wide", "销售部", Some(("sales-manager", None)))?;
            add(&mut store, "east", "销售部/华东区", Some(("dept-admin", Some("销售部/华东区"))))?;
            add(&mut store, "fin", "财务部", None)?;
            add(&mut store, "boss", "销售部", Some(("admin", None)))?;
            let who = [
                ("root", Principal::Superuser(Actor::os("root", 0))),
                ("lisi", principal(&mut store, lisi, "lisi")?),
                ("ops", principal(&mut store, ops, "ops")?),
            ];
            // (actor, target, read, manage, act as)
            let expected = [
                ("root", "plain", true, true, true),
                ("root", "boss", true, true, true),
                ("lisi", "plain", true, true, true),
                ("lisi", "wide", true, true, false),
                ("lisi", "east", true, true, true),
                ("lisi", "fin", false, false, false),
                ("lisi", "boss", true, false, false),
                ("lisi", "lisi", true, true, true),
                ("ops", "plain", true, true, true),
                ("ops", "wide", true, true, false),
                ("ops", "east", true, true, true),
                ("ops", "fin", true, true, true),
                ("ops", "boss", true, false, false),
            ];
            let now = crate::clock::format(crate::clock::now());
            for (actor, target, read, manage, act) in expected {
                let Some((_, p)) = who.iter().find(|(n, _)| *n == actor) else { panic!("no actor {actor}") };
                let row = store.read(|tx| users::find(tx, target))?;
                let got = store.read(|tx| {
                    Ok((
                        p.can_read(&row),
                        p.require_over_user(tx, USERS_MANAGE, &row, &now).is_ok(),
                        p.require_acting_as(tx, &row, &now, "act as").is_ok(),
                    ))
                })?;
                assert_eq!(got, (read, manage, act), "{actor} over {target}: (read, manage, act as)");
                let found = store.read(|tx| users::find_for(tx, p, target));
                assert_eq!(found.is_ok(), read, "{actor} finding {target}");
                if !read {
                    let (Err(unknown), Err(hidden)) = (store.read(|tx| users::find_for(tx, p, "nosuch")), found) else {
                        panic!("{actor} found {target} or an unknown user");
                    };
                    assert_eq!(hidden.exit_code(), unknown.exit_code());
                    assert_eq!(hidden.message.replace(target, "X"), unknown.message.replace("nosuch", "X"));
                }
            }
            Ok(())
        }

        #[test]
        fn four_eyes_identities_include_the_token_creator() {
            let p = Principal::User {
                actor: Actor::user("alice", 7),
                user_id: 7,
                username: "alice".into(),
                grants: Vec::new(),
                token_creators: vec![Identity::Os(1000), Identity::User(7)],
            };
            assert_eq!(p.identities(), vec![Identity::User(7), Identity::Os(1000)]);
            assert_eq!(Principal::Superuser(Actor::os("root", 0)).identities(), vec![Identity::Os(0)]);
        }
    }
}
