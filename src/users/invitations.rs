//! Invitations: how a new hire gets in. Inviting an unknown email creates the
//! user as `invited`; accepting the code sets the first password.

use serde_json::json;

use crate::audit::{self, Target};
use crate::clock;
use crate::config::Settings;
use crate::credentials::codes::{self, INVITE, State};
use crate::credentials::passwords::Secret;
use crate::error::{Error, Result};
use crate::identity::Actor;
use crate::identity::roles;
use crate::identity::{Principal, USERS_MANAGE, USERS_READ};
use crate::store::{CodeStatus, Store, StoredStatus, Tx, UserRow};
use crate::users::{self, User};
use crate::validate;

/// Statuses of `invite list --status`: the states of an invitation's code.
pub const STATUSES: [State; 4] = [State::Pending, State::Used, State::Expired, State::Revoked];

/// How an invitation whose code is in `state` is shown: a used code is an
/// accepted invitation.
pub fn status_name(state: State) -> &'static str {
    match state {
        State::Pending => "pending",
        State::Used => "accepted",
        State::Expired => "expired",
        State::Revoked => "revoked",
    }
}

/// An invitation just issued: its code is shown once.
#[derive(Debug, Clone)]
pub struct Issued {
    /// Invitation id.
    pub id: i64,
    /// The invited user.
    pub username: String,
    /// Their display name.
    pub name: String,
    /// Their email.
    pub email: String,
    /// The code.
    pub code: Secret,
    /// `<invite.base_url>/invite/<code>`, when configured.
    pub url: Option<String>,
    /// RFC 3339.
    pub expires_at: String,
}

/// An invitation as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    /// Invitation id.
    pub id: i64,
    /// Username, or `#ID` if purged.
    pub username: String,
    /// Email.
    pub email: Option<String>,
    /// `pending`, `accepted`, `expired` or `revoked`.
    pub status: String,
    /// RFC 3339.
    pub created_at: String,
    /// RFC 3339.
    pub expires_at: String,
    /// Actor who invited.
    pub invited_by: String,
}

/// What `invite create` is asked.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// An email (a new person) or a USER who is still invited.
    pub target: String,
    /// Display name, for a new person.
    pub name: Option<String>,
    /// Role to give a new person.
    pub role: Option<String>,
    /// Department of a new person.
    pub department: Option<String>,
    /// Lifetime (`7d`); default `invite.ttl_hours`.
    pub expires_in: Option<String>,
}

/// The lifetime of an invitation: `expires_in`, else `invite.ttl_hours`.
pub fn ttl(settings: &Settings, expires_in: Option<&str>) -> Result<chrono::Duration> {
    match expires_in {
        Some(d) => clock::parse_duration(d),
        None => Ok(chrono::Duration::hours(settings.number("invite.ttl_hours").unwrap_or(168) as i64)),
    }
}

/// Issues an invitation for an `invited` user in the caller's transaction,
/// revoking earlier ones: only the newest code works.
pub fn issue(
    tx: &mut dyn Tx,
    actor: &Actor,
    user: &UserRow,
    settings: &Settings,
    ttl: chrono::Duration,
) -> Result<Issued> {
    tx.revoke_codes(user.id, INVITE)?;
    let fresh = codes::issue(tx, INVITE, user.id, ttl, actor.as_str())?;
    let details = json!({"invitation_id": fresh.id, "expires_at": fresh.expires_at});
    audit::record(tx, actor, "invite.create", Target::User(user.id, &user.username), details)?;
    Ok(Issued {
        id: fresh.id,
        username: user.username.clone(),
        name: user.name.clone(),
        email: user.email.clone(),
        url: codes::url(settings.get("invite.base_url"), INVITE, &fresh.code),
        code: fresh.code,
        expires_at: fresh.expires_at,
    })
}

/// A username free in the store, from an email's local part: `li.si@x` gives
/// `li.si`, then `li.si2`, `li.si3`...
pub fn derive_username(tx: &dyn Tx, email: &str, taken: &dyn Fn(&str) -> bool) -> Result<String> {
    let local = email.split('@').next().unwrap_or("");
    let mut base: String = local
        .to_ascii_lowercase()
        .chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'))
        .collect();
    base = base.trim_start_matches(['.', '_', '-']).chars().take(58).collect();
    if base.is_empty() {
        base = "user".into();
    }
    for n in 1..100_000u32 {
        let candidate = if n == 1 { base.clone() } else { format!("{base}{n}") };
        if !taken(&candidate) && tx.user_by_username(&candidate)?.is_none() {
            return Ok(candidate);
        }
    }
    Err(Error::conflict(format!("no free username derived from {email}")))
}

/// Invites a person: a new email creates the `invited` user, a USER who is
/// still invited gets a fresh code.
pub fn create(store: &mut Store, who: &Principal, req: Request) -> Result<Issued> {
    // Nothing about the email (taken or not) is answered to a caller who may
    // invite nobody.
    who.require_anywhere(USERS_MANAGE)?;
    store.write(|tx| {
        let now = clock::format(clock::now());
        let settings = Settings::load(tx)?;
        let ttl = ttl(&settings, req.expires_in.as_deref())?;
        let existing = match req.target.contains('@') {
            true => tx.user_by_email(req.target.trim())?,
            false => Some(users::find_for(tx, who, &req.target)?),
        };
        let user = match existing {
            Some(user) if !who.can_read(&user) => {
                return Err(Error::conflict(format!("email '{}' is already used by another user", req.target.trim())));
            }
            Some(user) => {
                // The code lets whoever holds it become the user: acting as them.
                who.require_acting_as(tx, &user, &now, "invite")?;
                if user.status != StoredStatus::Invited {
                    return Err(Error::conflict(format!("{} is {} already, not invited", user.username, user.status))
                        .hint(format!("for a forgotten password use `crmctl reset-password {}`", user.username)));
                }
                user
            }
            None => {
                let email = validate::email(&req.target)?;
                let name = req
                    .name
                    .as_deref()
                    .ok_or_else(|| Error::usage(format!("{email} is not a user yet: pass --name to create them")))?;
                let department = req.department.as_deref().map(validate::department).transpose()?;
                who.require(USERS_MANAGE, department.as_deref())?;
                users::ensure_seats(tx, &settings, 1)?;
                let username = derive_username(tx, &email, &|_| false)?;
                let mut row = UserRow {
                    username,
                    name: validate::name(name)?,
                    email,
                    department,
                    status: StoredStatus::Invited,
                    created_at: now.clone(),
                    updated_at: now.clone(),
                    ..UserRow::default()
                };
                let role = match &req.role {
                    Some(r) => {
                        let role = roles::get(tx, r)?;
                        who.require_grantable(&role, None)?;
                        Some(role.name)
                    }
                    None => users::default_role(tx, who, &settings, &mut Vec::new())?,
                };
                let roles: Vec<String> = role.into_iter().collect();
                users::insert(tx, who.actor(), &mut row, &roles, "none", &now)?;
                row
            }
        };
        issue(tx, who.actor(), &user, &settings, ttl)
    })
}

fn shown(tx: &dyn Tx, c: crate::store::CodeRow, now: &str) -> Result<Invitation> {
    let user = tx.user_by_id(c.user_id)?;
    Ok(Invitation {
        id: c.id,
        username: user.as_ref().map(|u| u.username.clone()).unwrap_or_else(|| format!("#{}", c.user_id)),
        email: user.map(|u| u.email),
        status: status_name(codes::status(&c, now)).to_string(),
        created_at: c.created_at,
        expires_at: c.expires_at,
        invited_by: c.created_by,
    })
}

/// Invitations, optionally with one status.
pub fn list(store: &mut Store, who: &Principal, status: Option<&str>) -> Result<Vec<Invitation>> {
    let wanted = match status {
        None => None,
        Some(s) => match STATUSES.into_iter().find(|state| status_name(*state) == s) {
            Some(state) => Some(state),
            None => {
                let names: Vec<&str> = STATUSES.into_iter().map(status_name).collect();
                return Err(
                    Error::invalid(format!("unknown status '{s}'")).hint(format!("use one of: {}", names.join(", ")))
                );
            }
        },
    };
    who.require_anywhere(USERS_READ)?;
    store.read(|tx| {
        let now = clock::format(clock::now());
        let mut out = Vec::new();
        for c in tx.codes(INVITE)? {
            let dept = tx.user_by_id(c.user_id)?.and_then(|u| u.department);
            if !who.can(USERS_READ, dept.as_deref()) {
                continue;
            }
            if wanted.is_none_or(|w| w == codes::status(&c, &now)) {
                out.push(shown(tx, c, &now)?);
            }
        }
        Ok(out)
    })
}

fn no_invitation(id: i64) -> Error {
    Error::not_found(format!("no invitation #{id}")).hint("`crmctl invite list` shows them")
}

fn invitation(tx: &dyn Tx, id: i64) -> Result<crate::store::CodeRow> {
    tx.code_by_id(id)?.filter(|c| c.kind == INVITE).ok_or_else(|| no_invitation(id))
}

/// The user invitation `id` is for, as `who` may see them: one it may not
/// read is the same "no invitation" as a number never issued (its id and
/// existence stay hidden).
fn invited_user(tx: &dyn Tx, who: &Principal, id: i64, user_id: i64) -> Result<UserRow> {
    users::find_for(tx, who, &format!("#{user_id}")).map_err(|err| match err.kind {
        crate::error::Kind::NotFound => no_invitation(id),
        _ => err,
    })
}

/// A new code for an invitation (pending or expired); the old one stops working.
pub fn resend(store: &mut Store, who: &Principal, id: i64) -> Result<Issued> {
    store.write(|tx| {
        let now = clock::format(clock::now());
        let settings = Settings::load(tx)?;
        let mut c = invitation(tx, id)?;
        let user = invited_user(tx, who, id, c.user_id)?;
        // The new code lets whoever holds it become the user: acting as them.
        who.require_acting_as(tx, &user, &now, "re-invite")?;
        match codes::status(&c, &now) {
            State::Used => return Err(Error::conflict(format!("invitation #{id} was accepted already"))),
            State::Revoked => {
                return Err(Error::not_permitted(format!("invitation #{id} was revoked"))
                    .hint(format!("invite again: crmctl invite create {}", user.username)));
            }
            State::Pending | State::Expired => {}
        }
        let fresh = codes::rotate(tx, &mut c, ttl(&settings, None)?)?;
        let details = json!({"invitation_id": id, "expires_at": fresh.expires_at});
        audit::record(tx, who.actor(), "invite.resend", Target::User(user.id, &user.username), details)?;
        Ok(Issued {
            id,
            username: user.username,
            name: user.name,
            email: user.email,
            url: codes::url(settings.get("invite.base_url"), INVITE, &fresh.code),
            code: fresh.code,
            expires_at: fresh.expires_at,
        })
    })
}

/// Revokes an invitation; its code stops working. Revoking twice is a no-op.
pub fn revoke(store: &mut Store, who: &Principal, id: i64) -> Result<Invitation> {
    store.write(|tx| {
        let now = clock::format(clock::now());
        let mut c = invitation(tx, id)?;
        let user = invited_user(tx, who, id, c.user_id)?;
        who.require_over_user(tx, USERS_MANAGE, &user, &now)?;
        if c.status == CodeStatus::Used {
            return Err(Error::conflict(format!("invitation #{id} was accepted already")));
        }
        if c.status != CodeStatus::Revoked {
            c.status = CodeStatus::Revoked;
            tx.update_code(&c)?;
            audit::record(
                tx,
                who.actor(),
                "invite.revoke",
                Target::User(user.id, &user.username),
                json!({"invitation_id": id}),
            )?;
        }
        shown(tx, c, &now)
    })
}

/// Redeems an invitation code: checks the password against the policy, sets
/// it, and makes the user `active`.
pub fn accept(store: &mut Store, actor: &Actor, code: &str, password: &Secret) -> Result<User> {
    let (user, policy) = store.read(|tx| {
        let now = clock::format(clock::now());
        let c = codes::redeemable(tx, INVITE, code, &now)?;
        let user = users::find(tx, &format!("#{}", c.user_id))?;
        Ok((user, Settings::load(tx)?.password_policy()))
    })?;
    policy.check(password, &user.username, &user.email)?;
    let hash = policy.hash(password)?;
    store.write(|tx| {
        let now = clock::format(clock::now());
        // Look again under the write lock: the code may have been used meanwhile.
        let mut c = codes::redeemable(tx, INVITE, code, &now)?;
        let mut row = users::find(tx, &format!("#{}", c.user_id))?;
        if row.status != StoredStatus::Invited {
            return Err(Error::conflict(format!("{} is {} already", row.username, row.status)));
        }
        c.status = CodeStatus::Used;
        c.used_at = Some(now.clone());
        tx.update_code(&c)?;
        users::set_password(&mut row, hash.clone(), false, &now);
        tx.update_user(&row)?;
        audit::record(tx, actor, "invite.accept", Target::User(row.id, &row.username), json!({"invitation_id": c.id}))?;
        User::load(tx, row, &now)
    })
}
