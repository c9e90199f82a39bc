//! People: the rules for adding, finding, changing, disabling, deleting and
//! purging users. Every change is checked here and written together with its
//! audit entry in one transaction.

pub mod invitations;
pub mod scim;

use serde_json::{Value, json};

use crate::audit::{self, Target};
use crate::clock::{self, DayEnd};
use crate::config::Settings;
use crate::credentials::passwords::{self, Secret};
use crate::error::{Error, Result};
use crate::identity::roles;
use crate::identity::{Principal, USERS_MANAGE, USERS_READ};
use crate::store::{Assignment, Store, Tx, UserFilter, UserRow};
use crate::validate;

pub use crate::store::{Status, StoredStatus};

impl Status {
    /// The status a stored user has at `now` (an instant as stored): expiry
    /// and the end of a lockout are applied. `UsersTx::list_users` applies the
    /// same rule in its query, for filtering (see its contract).
    pub fn effective(row: &UserRow, now: &str) -> Status {
        let stored = Status::from(row.status);
        let past = |t: &Option<String>| t.as_deref().is_some_and(|t| t <= now);
        match stored {
            Status::Active | Status::Invited | Status::Locked if past(&row.expires_at) => Status::Expired,
            Status::Locked if past(&row.locked_until) => Status::Active,
            other => other,
        }
    }
}

/// A user as the library shows it: everything but secrets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// Numeric id.
    pub id: i64,
    /// Login name.
    pub username: String,
    /// Display name.
    pub name: String,
    /// Email address.
    pub email: String,
    /// E.164 phone.
    pub phone: Option<String>,
    /// Employee ID.
    pub employee_id: Option<String>,
    /// Department path.
    pub department: Option<String>,
    /// Job title.
    pub title: Option<String>,
    /// The manager's username.
    pub manager: Option<String>,
    /// Status now.
    pub status: Status,
    /// Roles held, expired ones included.
    pub roles: Vec<Assignment>,
    /// Must change the password at next login.
    pub must_change_password: bool,
    /// TOTP enrolled.
    pub mfa: bool,
    /// End of the account.
    pub expires_at: Option<String>,
    /// RFC 3339.
    pub created_at: String,
    /// RFC 3339.
    pub updated_at: String,
    /// RFC 3339.
    pub last_login_at: Option<String>,
    /// Why it was disabled.
    pub disabled_reason: Option<String>,
    /// Who took over the leaver's customers (username).
    pub transferred_to: Option<String>,
}

fn username_of(tx: &dyn Tx, id: Option<i64>) -> Result<Option<String>> {
    match id {
        Some(id) => Ok(tx.user_by_id(id)?.map(|u| u.username)),
        None => Ok(None),
    }
}

impl User {
    /// Builds the shown user from a stored row.
    pub fn load(tx: &dyn Tx, row: UserRow, now: &str) -> Result<User> {
        Ok(User {
            status: Status::effective(&row, now),
            roles: tx.assignments(row.id)?,
            manager: username_of(tx, row.manager_id)?,
            transferred_to: username_of(tx, row.transfer_to_id)?,
            mfa: row.mfa_secret.is_some(),
            id: row.id,
            username: row.username,
            name: row.name,
            email: row.email,
            phone: row.phone,
            employee_id: row.employee_id,
            department: row.department,
            title: row.title,
            must_change_password: row.must_change_password,
            expires_at: row.expires_at,
            created_at: row.created_at,
            updated_at: row.updated_at,
            last_login_at: row.last_login_at,
            disabled_reason: row.disabled_reason,
        })
    }
}

/// Finds a user by a USER argument: `#ID`, an email, a username or an employee ID.
pub fn find(tx: &dyn Tx, reference: &str) -> Result<UserRow> {
    find_opt(tx, reference)?.ok_or_else(|| unknown(reference))
}

fn unknown(reference: &str) -> Error {
    Error::not_found(format!("no user '{}'", reference.trim().escape_debug()))
        .hint("a USER is a username, an email, an employee ID or #ID; `crmctl user list --search TEXT` finds one")
}

/// Finds a user that `who` may see. A user outside `who`'s `users.read`
/// scope gets exactly the answer of a user that does not exist, so that no
/// path (an error message included) tells a delegated admin anything about
/// people it may not read.
pub fn find_for(tx: &dyn Tx, who: &Principal, reference: &str) -> Result<UserRow> {
    match find_opt(tx, reference)? {
        Some(row) if who.can_read(&row) => Ok(row),
        _ => Err(unknown(reference)),
    }
}

fn find_opt(tx: &dyn Tx, reference: &str) -> Result<Option<UserRow>> {
    let r = reference.trim();
    if let Some(id) = r.strip_prefix('#') {
        return match id.parse::<i64>() {
            Ok(id) => tx.user_by_id(id),
            Err(_) => Ok(None),
        };
    }
    if r.contains('@') {
        return tx.user_by_email(r);
    }
    if r.is_ascii()
        && let Some(user) = tx.user_by_username(&r.to_ascii_lowercase())?
    {
        return Ok(Some(user));
    }
    tx.user_by_employee_id(r)
}

/// Sets a new password hash on a row: ends any lockout, makes an invited or
/// locked user active, and sets or clears must-change.
pub(crate) fn set_password(row: &mut UserRow, hash: String, must_change: bool, now: &str) {
    row.password_hash = Some(hash);
    row.password_changed_at = Some(now.to_string());
    row.must_change_password = must_change;
    row.failed_logins = 0;
    row.locked_until = None;
    if matches!(row.status, StoredStatus::Invited | StoredStatus::Locked) {
        row.status = StoredStatus::Active;
    }
    row.updated_at = now.to_string();
}

/// Sets a password an administrator chose (already checked against the
/// policy and hashed) on `row`, in the caller's transaction: acting as the
/// user, so only for a principal that holds everything the user holds; a
/// deleted user is refused; earlier reset codes stop working and any
/// lockout ends. `how` (`set`, `random`) goes to the audit entry. The
/// password of `reset-password --password-stdin|--random-password` and of
/// SCIM.
pub(crate) fn set_password_in(
    tx: &mut dyn Tx,
    who: &Principal,
    mut row: UserRow,
    hash: String,
    must_change: bool,
    how: &str,
    now: &str,
) -> Result<UserRow> {
    who.require_acting_as(tx, &row, now, "reset the password of")?;
    if row.status == StoredStatus::Deleted {
        return Err(Error::invalid(format!("{} is deleted", row.username))
            .hint(format!("restore them first: crmctl user restore {}", row.username)));
    }
    tx.revoke_codes(row.id, crate::credentials::codes::RESET)?;
    set_password(&mut row, hash, must_change, now);
    tx.update_user(&row)?;
    audit::record(tx, who.actor(), "password.reset", Target::User(row.id, &row.username), json!({"mode": how}))?;
    Ok(row)
}

/// How a new user gets a password.
#[derive(Debug, Clone, Default)]
pub enum PasswordChoice {
    /// No password: the user is created `invited`.
    #[default]
    None,
    /// A password given by the administrator (prompt or stdin).
    Given(Secret),
    /// A generated password, shown once; sets must-change.
    Random,
}

/// What `user add` is asked to create. Text fields are raw user input.
#[derive(Debug, Clone, Default)]
pub struct NewUser {
    /// Login name.
    pub username: String,
    /// Display name.
    pub name: String,
    /// Email.
    pub email: String,
    /// Phone, any common notation.
    pub phone: Option<String>,
    /// Employee ID.
    pub employee_id: Option<String>,
    /// Department path.
    pub department: Option<String>,
    /// Job title.
    pub title: Option<String>,
    /// Manager, as a USER reference.
    pub manager: Option<String>,
    /// Role names; empty means `default_role` if set.
    pub roles: Vec<String>,
    /// Account expiry date.
    pub expires: Option<String>,
    /// The password choice.
    pub password: PasswordChoice,
    /// Force a change at first login.
    pub must_change_password: bool,
    /// An existing username is success, not a conflict.
    pub if_not_exists: bool,
    /// Also issue an invitation (with `PasswordChoice::None`).
    pub invite: bool,
    /// What an identity provider keeps beside crmctl's fields (SCIM).
    pub provider: ProviderFields,
}

/// What an identity provider keeps about a user beside crmctl's own fields:
/// SCIM `userName` and `externalId` and the JSON it sent for `phoneNumbers`,
/// `name` and `emails`, each exactly as sent (see [`scim`]). Empty for
/// people added any other way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProviderFields {
    /// SCIM `userName`.
    pub user_name: Option<String>,
    /// SCIM `externalId`.
    pub external_id: Option<String>,
    /// SCIM `phoneNumbers`, JSON.
    pub phone_numbers: Option<String>,
    /// SCIM `name`, JSON.
    pub name: Option<String>,
    /// SCIM `emails`, JSON.
    pub emails: Option<String>,
}

impl ProviderFields {
    /// The fields a stored user has.
    pub(crate) fn of(row: &UserRow) -> ProviderFields {
        ProviderFields {
            user_name: row.scim_user_name.clone(),
            external_id: row.external_id.clone(),
            phone_numbers: row.phone_numbers.clone(),
            name: row.scim_name.clone(),
            emails: row.scim_emails.clone(),
        }
    }

    /// Writes these fields onto a row.
    pub(crate) fn apply(self, row: &mut UserRow) {
        row.scim_user_name = self.user_name;
        row.external_id = self.external_id;
        row.phone_numbers = self.phone_numbers;
        row.scim_name = self.name;
        row.scim_emails = self.emails;
    }
}

/// The result of [`add`].
#[derive(Debug, Clone)]
pub struct Added {
    /// The user (the existing one, if `if_not_exists` found it).
    pub user: User,
    /// False when `if_not_exists` found the user already there.
    pub created: bool,
    /// The generated password, to show once.
    pub password: Option<Secret>,
    /// Things the administrator should know (an expiry in the past...).
    pub warnings: Vec<String>,
    /// The invitation issued with `invite`.
    pub invitation: Option<crate::users::invitations::Issued>,
}

fn now_str() -> String {
    clock::format(clock::now())
}

fn parse_expiry(raw: &str, now: &str, warnings: &mut Vec<String>) -> Result<String> {
    let at = clock::format(clock::parse_date(raw, DayEnd::End, "expires")?);
    if at.as_str() <= now {
        warnings.push(format!("expiry {at} is in the past: it takes effect at once"));
    }
    Ok(at)
}

fn ensure_free(
    tx: &dyn Tx,
    self_id: Option<i64>,
    username: Option<&str>,
    email: Option<&str>,
    employee_id: Option<&str>,
) -> Result<()> {
    let taken = |row: Option<UserRow>| row.is_some_and(|r| Some(r.id) != self_id);
    if let Some(u) = username
        && taken(tx.user_by_username(u)?)
    {
        return Err(Error::conflict(format!("username '{u}' is already taken"))
            .hint("pick another username, or pass --if-not-exists to accept the existing user"));
    }
    if let Some(e) = email
        && taken(tx.user_by_email(e)?)
    {
        return Err(Error::conflict(format!("email '{e}' is already used by another user"))
            .hint("emails are compared ignoring case; `crmctl user show EMAIL` shows who has it"));
    }
    if let Some(id) = employee_id
        && taken(tx.user_by_employee_id(id)?)
    {
        return Err(Error::conflict(format!("employee ID '{id}' is already used by another user")));
    }
    Ok(())
}

/// Refuses (exit 6) adding `adding` seat-holders past the seat limit.
/// The longest `--search` text: longer than any field it is matched against.
const MAX_SEARCH: usize = 256;

pub fn ensure_seats(tx: &dyn Tx, settings: &Settings, adding: u64) -> Result<()> {
    let Some(limit) = settings.seat_limit() else { return Ok(()) };
    check_seats(tx.count_seats()?, limit, adding)
}

/// Whether `adding` more seats fit when `used` of `limit` are taken (exit 6 if not).
pub fn check_seats(used: u64, limit: u64, adding: u64) -> Result<()> {
    if used + adding > limit {
        return Err(Error::not_permitted(format!("seat limit reached: {used} of {limit} seats in use"))
            .hint("disable a leaver, or raise the limit with `crmctl config set seat_limit N`"));
    }
    Ok(())
}

fn resolve_manager(tx: &dyn Tx, who: &Principal, reference: &str, self_id: Option<i64>) -> Result<i64> {
    let manager = find_for(tx, who, reference)?;
    if Some(manager.id) == self_id {
        return Err(Error::invalid("manager: a user cannot be their own manager"));
    }
    if manager.status == StoredStatus::Deleted {
        return Err(Error::invalid(format!("manager: {} is deleted", manager.username)));
    }
    Ok(manager.id)
}

fn personal(row: &UserRow) -> Value {
    let mut details = json!({
        "username": row.username, "name": row.name, "email": row.email, "phone": row.phone,
        "employee_id": row.employee_id, "department": row.department, "title": row.title,
        "expires_at": row.expires_at,
    });
    // What a provider keeps is recorded only for the users it has: entries
    // of everyone else keep their shape.
    let provider = [
        ("scim_user_name", &row.scim_user_name),
        ("external_id", &row.external_id),
        ("phone_numbers", &row.phone_numbers),
        ("scim_name", &row.scim_name),
        ("scim_emails", &row.scim_emails),
    ];
    for (key, value) in provider {
        if let Some(value) = value {
            details[key] = json!(value);
        }
    }
    details
}

/// Adds a user. The password (if any) is checked and hashed before the write
/// transaction, so the database is never locked while argon2 runs.
pub fn add(store: &mut Store, who: &Principal, req: NewUser) -> Result<Added> {
    who.require_anywhere(USERS_MANAGE)?;
    let username = validate::username(&req.username)?;
    let settings = store.read(Settings::load)?;
    if req.if_not_exists {
        let existing = store.read(|tx| {
            let now = now_str();
            tx.user_by_username(&username)?.map(|row| shown_if_readable(tx, who, row, &now)).transpose()
        })?;
        if let Some(user) = existing {
            return Ok(Added { user, created: false, password: None, warnings: Vec::new(), invitation: None });
        }
    }
    let prepared = prepare(&settings, &req, username)?;
    store.write(|tx| add_in(tx, who, &req, prepared))
}

/// A new user's username, email and password, checked (and the password
/// hashed) before the write transaction that [`add_in`] runs.
pub(crate) struct Prepared {
    username: String,
    email: String,
    hash: Option<String>,
    shown: Option<Secret>,
    must_change: bool,
}

/// Checks a new user's email and password (the policy) and hashes the
/// password: the part of `user add` that runs outside the transaction.
pub(crate) fn prepare(settings: &Settings, req: &NewUser, username: String) -> Result<Prepared> {
    let email = validate::email(&req.email)?;
    let policy = settings.password_policy();
    let (password, must_change, shown) = match &req.password {
        PasswordChoice::None => (None, req.must_change_password, None),
        PasswordChoice::Given(pw) => {
            policy.check(pw, &username, &email)?;
            (Some(pw.clone()), req.must_change_password, None)
        }
        PasswordChoice::Random => {
            let pw = passwords::generate();
            (Some(pw.clone()), true, Some(pw))
        }
    };
    let hash = password.as_ref().map(|pw| policy.hash(pw)).transpose()?;
    Ok(Prepared { username, email, hash, shown, must_change })
}

/// Adds a user in the caller's transaction, with every rule of `user add`:
/// permission over the department, roles the actor may grant, free
/// username, email and employee ID, the seat limit, the audit entry.
pub(crate) fn add_in(tx: &mut dyn Tx, who: &Principal, req: &NewUser, prepared: Prepared) -> Result<Added> {
    who.require_anywhere(USERS_MANAGE)?;
    let Prepared { username, email, hash, shown, must_change } = prepared;
    let now = now_str();
    let settings = Settings::load(tx)?;
    if req.if_not_exists
        && let Some(row) = tx.user_by_username(&username)?
    {
        let user = shown_if_readable(tx, who, row, &now)?;
        return Ok(Added { user, created: false, password: None, warnings: Vec::new(), invitation: None });
    }
    let mut warnings = Vec::new();
    let mut row = UserRow {
        name: validate::name(&req.name)?,
        phone: req.phone.as_deref().map(|p| validate::phone(p, settings.phone_region())).transpose()?,
        employee_id: req.employee_id.as_deref().map(validate::employee_id).transpose()?,
        department: req.department.as_deref().map(validate::department).transpose()?,
        title: req.title.as_deref().map(validate::title).transpose()?,
        expires_at: req.expires.as_deref().map(|e| parse_expiry(e, &now, &mut warnings)).transpose()?,
        status: if hash.is_some() { StoredStatus::Active } else { StoredStatus::Invited },
        password_changed_at: hash.as_ref().map(|_| now.clone()),
        password_hash: hash.clone(),
        must_change_password: must_change,
        created_at: now.clone(),
        updated_at: now.clone(),
        username: username.clone(),
        email: email.clone(),
        ..UserRow::default()
    };
    req.provider.clone().apply(&mut row);
    ensure_free(tx, None, Some(&row.username), Some(&row.email), row.employee_id.as_deref())?;
    ensure_user_name_free(tx, None, row.scim_user_name.as_deref())?;
    row.manager_id = req.manager.as_deref().map(|m| resolve_manager(tx, who, m, None)).transpose()?;
    who.require(USERS_MANAGE, row.department.as_deref())?;
    for role in &req.roles {
        who.require_grantable(&roles::get(tx, role)?, None)?;
    }
    let mut role_names = req.roles.clone();
    if role_names.is_empty()
        && let Some(role) = default_role(tx, who, &settings, &mut warnings)?
    {
        role_names.push(role);
    }
    for role in &role_names {
        roles::ensure_exists(tx, role)?;
    }
    ensure_seats(tx, &settings, 1)?;
    let password = match (&shown, &hash) {
        (Some(_), _) => "random",
        (None, Some(_)) => "set",
        (None, None) => "none",
    };
    insert(tx, who.actor(), &mut row, &role_names, password, &now)?;
    let invitation = match req.invite && hash.is_none() {
        true => Some(crate::users::invitations::issue(
            tx,
            who.actor(),
            &row,
            &settings,
            crate::users::invitations::ttl(&settings, None)?,
        )?),
        false => None,
    };
    let user = User::load(tx, row, &now)?;
    Ok(Added { user, created: true, password: shown, warnings, invitation })
}

/// Refuses (exit 4) a SCIM `userName` that another user has, ignoring case
/// (a user without one is known by its username).
fn ensure_user_name_free(tx: &dyn Tx, self_id: Option<i64>, user_name: Option<&str>) -> Result<()> {
    let Some(user_name) = user_name else { return Ok(()) };
    match tx.user_by_scim_user_name(user_name)? {
        Some(other) if Some(other.id) != self_id => {
            Err(Error::conflict(format!("userName '{}' is already taken", user_name.escape_debug()))
                .hint("userNames are compared ignoring case"))
        }
        _ => Ok(()),
    }
}

/// The `default_role` setting, if the acting principal could have granted it
/// (organisation-wide, as new users get it): a default never widens what a
/// token user can give. When it could not, the user gets no role and
/// `warnings` says why.
pub(crate) fn default_role(
    tx: &dyn Tx,
    who: &Principal,
    settings: &Settings,
    warnings: &mut Vec<String>,
) -> Result<Option<String>> {
    let Some(name) = settings.get("default_role") else { return Ok(None) };
    let Some(role) = tx.role(name)? else { return Ok(Some(name.to_string())) };
    match who.require_grantable(&role, None) {
        Ok(()) => Ok(Some(role.name)),
        Err(err) => {
            warnings.push(format!("default_role {name} not given: {}", err.message));
            Ok(None)
        }
    }
}

/// Stores a validated new user with organisation-wide `roles`, and writes the
/// `user.add` audit entry (`password`: `none`, `set` or `random`), in the
/// caller's transaction. Sets `row.id`.
pub(crate) fn insert(
    tx: &mut dyn Tx,
    actor: &crate::identity::Actor,
    row: &mut UserRow,
    roles: &[String],
    password: &str,
    now: &str,
) -> Result<()> {
    row.id = tx.insert_user(row)?;
    for role in roles {
        tx.assign(row.id, &Assignment { role: role.clone(), department: None, expires_at: None }, now)?;
    }
    let mut details = personal(row);
    details["status"] = json!(row.status.as_str());
    details["manager"] = json!(username_of(tx, row.manager_id)?);
    details["roles"] = json!(roles);
    details["password"] = json!(password);
    audit::record(tx, actor, "user.add", Target::User(row.id, &row.username), details)
}

/// An existing user found by `user add --if-not-exists`: shown only to a
/// principal that may read it; anyone else learns no more than the conflict
/// a plain `user add` would report.
fn shown_if_readable(tx: &dyn Tx, who: &Principal, row: UserRow, now: &str) -> Result<User> {
    if !who.can_read(&row) {
        return Err(
            Error::conflict(format!("username '{}' is already taken", row.username)).hint("pick another username")
        );
    }
    User::load(tx, row, now)
}

/// One user, by USER reference.
pub fn show(store: &mut Store, who: &Principal, reference: &str) -> Result<User> {
    store.read(|tx| {
        let row = find_for(tx, who, reference)?;
        User::load(tx, row, &now_str())
    })
}

/// The filters of `user list`, as typed.
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    /// A status, or `all`.
    pub status: Option<String>,
    /// Holds this role.
    pub role: Option<String>,
    /// In this department or below.
    pub department: Option<String>,
    /// Text to look for.
    pub search: Option<String>,
    /// No login for this many days.
    pub inactive_days: Option<u32>,
    /// At most this many.
    pub limit: Option<u64>,
}

/// `user export`: the users of `query` and, with `include_hashes`, their
/// password hashes. Only the superuser may export hashes (they let their
/// holder log in elsewhere), and the export is audited.
pub fn export(
    store: &mut Store,
    who: &Principal,
    query: &ListQuery,
    include_hashes: bool,
) -> Result<Vec<(User, Option<String>)>> {
    if include_hashes && !who.is_superuser() {
        return Err(Error::not_permitted("only the superuser can export password hashes")
            .hint("run it as root on the server, without CRMCTL_TOKEN"));
    }
    let users = list(store, who, query)?;
    if !include_hashes {
        return Ok(users.into_iter().map(|u| (u, None)).collect());
    }
    store.write(|tx| {
        let mut out = Vec::with_capacity(users.len());
        let mut hashes = 0u64;
        for user in users {
            let hash = tx.user_by_id(user.id)?.and_then(|row| row.password_hash);
            hashes += u64::from(hash.is_some());
            out.push((user, hash));
        }
        let details = json!({"users": out.len(), "password_hashes": hashes});
        audit::record(tx, who.actor(), "user.export_hashes", Target::Other("export"), details)?;
        Ok(out)
    })
}

/// Users matching `query`, by id. Deleted users only with `--status deleted|all`.
pub fn list(store: &mut Store, who: &Principal, query: &ListQuery) -> Result<Vec<User>> {
    who.require_anywhere(USERS_READ)?;
    let now = clock::now();
    let statuses = match query.status.as_deref().map(str::trim) {
        None => Vec::new(),
        Some("all") => Status::ALL.to_vec(),
        Some(s) => match Status::parse(s) {
            Some(status) => vec![status],
            None => {
                let names: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
                return Err(Error::invalid(format!("unknown status '{s}'"))
                    .hint(format!("use one of: {}, all", names.join(", "))));
            }
        },
    };
    if let Some(search) = &query.search
        && search.chars().count() > MAX_SEARCH
    {
        return Err(Error::invalid(format!(
            "--search: at most {MAX_SEARCH} characters (it has {})",
            search.chars().count()
        ))
        .hint("search for part of a username, name, email, phone or employee ID"));
    }
    let filter = UserFilter {
        statuses,
        role: query.role.clone(),
        department: query.department.as_deref().map(validate::department).transpose()?,
        search: query.search.clone().filter(|s| !s.is_empty()),
        inactive_before: query
            .inactive_days
            .map(|d| clock::days_before(now, u64::from(d), "--inactive-days").map(clock::format))
            .transpose()?,
        // The scope is applied after the store's query: a limit applied
        // before it would let rows outside the scope decide what is shown.
        limit: if who.is_superuser() { query.limit } else { None },
    };
    let now = clock::format(now);
    let limit = query.limit.map_or(usize::MAX, |n| usize::try_from(n).unwrap_or(usize::MAX));
    store.read(|tx| {
        if let Some(role) = &filter.role {
            roles::ensure_exists(tx, role)?;
        }
        tx.list_users(&filter, &now)?
            .into_iter()
            .filter(|row| who.can_read(row))
            .take(limit)
            .map(|row| User::load(tx, row, &now))
            .collect()
    })
}

/// Changes to a user; `None` leaves a field alone, an empty string clears an
/// optional field.
#[derive(Debug, Clone, Default)]
pub struct UserChanges {
    /// New login name.
    pub username: Option<String>,
    /// New display name.
    pub name: Option<String>,
    /// New email.
    pub email: Option<String>,
    /// New phone ("" clears).
    pub phone: Option<String>,
    /// New employee ID ("" clears).
    pub employee_id: Option<String>,
    /// New department ("" clears).
    pub department: Option<String>,
    /// New title ("" clears).
    pub title: Option<String>,
    /// New manager ("" clears).
    pub manager: Option<String>,
    /// New expiry, or `never`.
    pub expires: Option<String>,
    /// What an identity provider keeps (SCIM); `None` leaves it alone.
    pub provider: Option<ProviderFields>,
}

/// The result of a change to one user.
#[derive(Debug, Clone)]
pub struct Changed {
    /// The user after the change.
    pub user: User,
    /// Whether anything changed (false: an idempotent no-op).
    pub changed: bool,
    /// Things the administrator should know.
    pub warnings: Vec<String>,
}

fn optional(raw: &str, f: impl FnOnce(&str) -> Result<String>) -> Result<Option<String>> {
    if raw.trim().is_empty() { Ok(None) } else { f(raw).map(Some) }
}

/// `audit list` and `GET /api/v1/audit`: the entries `query` asks for,
/// oldest first (needs `audit.read`); its user is found as `who` may see them.
pub fn audit_trail(
    store: &mut Store,
    who: &Principal,
    query: &crate::audit::Query,
) -> Result<Vec<crate::store::AuditRow>> {
    use crate::clock::{self, DayEnd};
    let target_user_id = match &query.user {
        Some(u) if u.trim().starts_with('#') => Some(
            u.trim()[1..].parse().map_err(|_| crate::error::Error::invalid(format!("--user {u}: not a user id")))?,
        ),
        Some(u) => Some(store.read(|tx| find_for(tx, who, u))?.id),
        None => None,
    };
    let filter = crate::store::AuditFilter {
        target_user_id,
        actor: query.actor.clone(),
        action: query.action.clone(),
        since: query
            .since
            .as_deref()
            .map(|s| clock::parse_date(s, DayEnd::Start, "since").map(clock::format))
            .transpose()?,
        // A bare date is inclusive: up to the start of the next day.
        until: query
            .until
            .as_deref()
            .map(|s| clock::parse_date(s, DayEnd::End, "until"))
            .transpose()?
            .and_then(clock::until_exclusive),
        limit: query.limit,
    };
    crate::audit::list(store, who, &filter)
}

/// Updates a user's fields.
pub fn update(store: &mut Store, who: &Principal, reference: &str, changes: UserChanges) -> Result<Changed> {
    store.write(|tx| {
        let now = now_str();
        let old = find_for(tx, who, reference)?;
        let (row, changed, warnings) = update_in(tx, who, old, &changes, &now)?;
        Ok(Changed { user: User::load(tx, row, &now)?, changed, warnings })
    })
}

/// Updates `old` in the caller's transaction, with every rule of `user
/// update` (the actor manages the user and the new department, changing
/// the email is acting as the user, the new values are free, the audit
/// entry lists what changed). Returns the row, whether anything changed,
/// and warnings.
pub(crate) fn update_in(
    tx: &mut dyn Tx,
    who: &Principal,
    old: UserRow,
    changes: &UserChanges,
    now: &str,
) -> Result<(UserRow, bool, Vec<String>)> {
    let settings = Settings::load(tx)?;
    who.require_over_user(tx, USERS_MANAGE, &old, now)?;
    let mut row = old.clone();
    let mut warnings = Vec::new();
    if let Some(v) = &changes.username {
        row.username = validate::username(v)?;
    }
    if let Some(v) = &changes.name {
        row.name = validate::name(v)?;
    }
    if let Some(v) = &changes.email {
        row.email = validate::email(v)?;
    }
    if let Some(v) = &changes.phone {
        row.phone = optional(v, |p| validate::phone(p, settings.phone_region()))?;
    }
    if let Some(v) = &changes.employee_id {
        row.employee_id = optional(v, validate::employee_id)?;
    }
    if let Some(v) = &changes.department {
        row.department = optional(v, validate::department)?;
    }
    if let Some(v) = &changes.title {
        row.title = optional(v, validate::title)?;
    }
    if let Some(v) = &changes.manager {
        row.manager_id = if v.trim().is_empty() { None } else { Some(resolve_manager(tx, who, v, Some(row.id))?) };
    }
    if let Some(v) = &changes.expires {
        row.expires_at =
            if v.trim().eq_ignore_ascii_case("never") { None } else { Some(parse_expiry(v, now, &mut warnings)?) };
    }
    if let Some(provider) = &changes.provider {
        provider.clone().apply(&mut row);
    }
    if row.department != old.department {
        who.require(USERS_MANAGE, row.department.as_deref())?;
    }
    if !row.email.eq_ignore_ascii_case(&old.email) {
        // Reset links go to this address: changing it is acting as the user.
        who.require_acting_as(tx, &old, now, "change the email of")?;
    }
    let changed_username = (row.username != old.username).then_some(row.username.as_str());
    let changed_email = (!row.email.eq_ignore_ascii_case(&old.email)).then_some(row.email.as_str());
    let changed_eid = (row.employee_id != old.employee_id).then_some(row.employee_id.as_deref()).flatten();
    ensure_free(tx, Some(row.id), changed_username, changed_email, changed_eid)?;
    if row.scim_user_name != old.scim_user_name {
        ensure_user_name_free(tx, Some(row.id), row.scim_user_name.as_deref())?;
    }

    let before = personal(&old);
    let after = personal(&row);
    let mut diff = serde_json::Map::new();
    if let (Value::Object(b), Value::Object(a)) = (&before, &after) {
        // A provider's field that was cleared is only in `before`.
        for key in a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))) {
            let (from, to) = (b.get(key), a.get(key));
            if from.filter(|v| !v.is_null()) != to.filter(|v| !v.is_null()) {
                diff.insert(key.clone(), json!({"from": from, "to": to}));
            }
        }
    }
    if row.manager_id != old.manager_id {
        diff.insert(
            "manager".into(),
            json!({"from": username_of(tx, old.manager_id)?, "to": username_of(tx, row.manager_id)?}),
        );
    }
    let changed = !diff.is_empty();
    if changed {
        row.updated_at = now.to_string();
        tx.update_user(&row)?;
        audit::record(tx, who.actor(), "user.update", Target::User(row.id, &row.username), json!({"changes": diff}))?;
    }
    Ok((row, changed, warnings))
}

/// Disables a user; they can no longer log in. Records the reason and who
/// takes over their customers.
pub fn disable(
    store: &mut Store,
    who: &Principal,
    reference: &str,
    reason: Option<&str>,
    transfer_to: Option<&str>,
) -> Result<Changed> {
    store.write(|tx| {
        let now = now_str();
        let row = find_for(tx, who, reference)?;
        let transfer_id = match transfer_to {
            Some(t) => {
                let heir = find_for(tx, who, t)?;
                if heir.id == row.id {
                    return Err(Error::invalid("--transfer-to: a leaver cannot take over their own customers"));
                }
                if matches!(heir.status, StoredStatus::Disabled | StoredStatus::Deleted) {
                    return Err(Error::invalid(format!("--transfer-to: {} is {}", heir.username, heir.status))
                        .hint("transfer to an active user"));
                }
                Some(heir.id)
            }
            None => row.transfer_to_id,
        };
        let reason = reason.map(|r| validate::free_text("--reason", r)).transpose()?.filter(|r| !r.is_empty());
        let (row, changed) = disable_in(tx, who, row, reason, transfer_id, &now)?;
        Ok(Changed { user: User::load(tx, row, &now)?, changed, warnings: Vec::new() })
    })
}

/// Disables `row` in the caller's transaction, with every rule of `user
/// disable` (the actor manages the user, a deleted user stays deleted, the
/// last admin stays, tokens are revoked). Every route comes here.
pub(crate) fn disable_in(
    tx: &mut dyn Tx,
    who: &Principal,
    mut row: UserRow,
    reason: Option<String>,
    transfer_id: Option<i64>,
    now: &str,
) -> Result<(UserRow, bool)> {
    who.require_over_user(tx, USERS_MANAGE, &row, now)?;
    if row.status == StoredStatus::Deleted {
        return Err(Error::invalid(format!("{} is deleted", row.username))
            .hint(format!("restore them first: crmctl user restore {}", row.username)));
    }
    let reason = reason.or(row.disabled_reason.clone());
    if row.status == StoredStatus::Disabled && transfer_id == row.transfer_to_id && reason == row.disabled_reason {
        return Ok((row, false));
    }
    roles::ensure_not_last_admin(tx, row.id, &row.username, now, "disable")?;
    row.status = StoredStatus::Disabled;
    row.disabled_reason = reason;
    row.transfer_to_id = transfer_id;
    row.updated_at = now.to_string();
    tx.update_user(&row)?;
    let tokens_revoked = tx.revoke_tokens(row.id)?;
    let details = json!({
        "reason": row.disabled_reason,
        "transfer_to": username_of(tx, transfer_id)?,
        "tokens_revoked": tokens_revoked,
    });
    audit::record(tx, who.actor(), "user.disable", Target::User(row.id, &row.username), details)?;
    Ok((row, true))
}

/// The result of [`disable_inactive`].
#[derive(Debug, Clone)]
pub struct Dormant {
    /// The users disabled, by id; in a dry run, those that would be, as they are now.
    pub users: Vec<User>,
    /// Idle users left active because each was the last active admin.
    pub kept_admins: Vec<String>,
}

/// Disables, in one transaction, every `active` user whose last login (or
/// creation, if they never logged in) is more than `days` days ago: `user
/// disable --inactive-days`. Each goes through [`disable_in`], so every rule
/// of `user disable` holds; users the acting principal does not manage are
/// left alone and not listed, and the last active admin is kept (the idle
/// admin seen most recently, when only idle ones are left). `reason`
/// defaults to "no login for N days". A dry run decides the same way, then
/// rolls back.
pub fn disable_inactive(
    store: &mut Store,
    who: &Principal,
    days: u32,
    reason: Option<&str>,
    dry_run: bool,
) -> Result<Dormant> {
    who.require_anywhere(USERS_MANAGE)?;
    if days == 0 {
        return Err(Error::invalid("--inactive-days 0: every active user would be disabled")
            .hint("give a number of days of at least 1, such as --inactive-days 90"));
    }
    let at = clock::now();
    let before = clock::format(clock::days_before(at, u64::from(days), "--inactive-days")?);
    let reason = match reason.map(|r| validate::free_text("--reason", r)).transpose()? {
        Some(r) if !r.is_empty() => r,
        _ => format!("no login for {days} days"),
    };
    store.write_if(|tx| {
        let now = clock::format(at);
        // The rule of `user list --status active --inactive-days N`.
        let filter =
            UserFilter { statuses: vec![Status::Active], inactive_before: Some(before), ..UserFilter::default() };
        let mut idle = tx.list_users(&filter, &now)?;
        // Longest idle first: if only idle admins are left, the one seen last stays.
        idle.sort_by(|a, b| {
            let seen = |r: &UserRow| r.last_login_at.clone().unwrap_or_else(|| r.created_at.clone());
            seen(a).cmp(&seen(b)).then(a.id.cmp(&b.id))
        });
        let mut users = Vec::new();
        let mut kept_admins = Vec::new();
        for row in idle {
            match who.require_over_user(tx, USERS_MANAGE, &row, &now) {
                Ok(()) => {}
                Err(err) if err.kind == crate::error::Kind::NotPermitted => continue,
                Err(err) => return Err(err),
            }
            if roles::is_last_admin(tx, row.id, &now)? {
                kept_admins.push(row.username);
                continue;
            }
            let as_now = row.clone();
            let transfer_id = row.transfer_to_id;
            let (disabled, _) = disable_in(tx, who, row, Some(reason.clone()), transfer_id, &now)?;
            users.push(User::load(tx, if dry_run { as_now } else { disabled }, &now)?);
        }
        users.sort_by_key(|u| u.id);
        Ok((Dormant { users, kept_admins }, !dry_run))
    })
}

/// Enables a disabled (or locked) user again.
pub fn enable(store: &mut Store, who: &Principal, reference: &str) -> Result<Changed> {
    store.write(|tx| {
        let now = now_str();
        let settings = Settings::load(tx)?;
        let row = find_for(tx, who, reference)?;
        let (row, changed) = enable_in(tx, who, row, &settings, &now)?;
        let mut warnings = Vec::new();
        if changed && Status::effective(&row, &now) == Status::Expired {
            warnings.push(format!("{} is past its expiry; set a new one with `user update --expires`", row.username));
        }
        Ok(Changed { user: User::load(tx, row, &now)?, changed, warnings })
    })
}

/// Enables `row` in the caller's transaction, with every rule of `user
/// enable` (the actor manages the user, a deleted user is restored instead,
/// a seat must be free).
pub(crate) fn enable_in(
    tx: &mut dyn Tx,
    who: &Principal,
    mut row: UserRow,
    settings: &Settings,
    now: &str,
) -> Result<(UserRow, bool)> {
    who.require_over_user(tx, USERS_MANAGE, &row, now)?;
    match row.status {
        StoredStatus::Deleted => {
            return Err(Error::invalid(format!("{} is deleted", row.username))
                .hint(format!("restore them instead: crmctl user restore {}", row.username)));
        }
        StoredStatus::Disabled => ensure_seats(tx, settings, 1)?,
        StoredStatus::Locked => {}
        StoredStatus::Invited | StoredStatus::Active => return Ok((row, false)),
    }
    row.status = if row.password_hash.is_some() { StoredStatus::Active } else { StoredStatus::Invited };
    row.disabled_reason = None;
    row.failed_logins = 0;
    row.locked_until = None;
    row.updated_at = now.to_string();
    tx.update_user(&row)?;
    audit::record(
        tx,
        who.actor(),
        "user.enable",
        Target::User(row.id, &row.username),
        json!({"status": row.status.as_str()}),
    )?;
    Ok((row, true))
}

/// Soft-deletes a user: hidden from lists, cannot log in, restorable.
pub fn delete(store: &mut Store, who: &Principal, reference: &str) -> Result<Changed> {
    store.write(|tx| {
        let now = now_str();
        let row = find_for(tx, who, reference)?;
        let (row, changed) = delete_in(tx, who, row, &now)?;
        Ok(Changed { user: User::load(tx, row, &now)?, changed, warnings: Vec::new() })
    })
}

/// Soft-deletes `row` in the caller's transaction, with every rule of `user
/// delete` (the actor manages the user, the last admin stays, tokens are
/// revoked). Deleting a deleted user changes nothing.
pub(crate) fn delete_in(tx: &mut dyn Tx, who: &Principal, mut row: UserRow, now: &str) -> Result<(UserRow, bool)> {
    who.require_over_user(tx, USERS_MANAGE, &row, now)?;
    if row.status == StoredStatus::Deleted {
        return Ok((row, false));
    }
    roles::ensure_not_last_admin(tx, row.id, &row.username, now, "delete")?;
    row.status_before_delete = Some(std::mem::replace(&mut row.status, StoredStatus::Deleted));
    row.updated_at = now.to_string();
    tx.update_user(&row)?;
    let tokens_revoked = tx.revoke_tokens(row.id)?;
    let details = json!({"tokens_revoked": tokens_revoked});
    audit::record(tx, who.actor(), "user.delete", Target::User(row.id, &row.username), details)?;
    Ok((row, true))
}

/// Restores a soft-deleted user to the status they had before.
pub fn restore(store: &mut Store, who: &Principal, reference: &str) -> Result<Changed> {
    store.write(|tx| {
        let now = now_str();
        let settings = Settings::load(tx)?;
        let mut row = find_for(tx, who, reference)?;
        who.require_over_user(tx, USERS_MANAGE, &row, &now)?;
        if row.status != StoredStatus::Deleted {
            return Ok(Changed { user: User::load(tx, row, &now)?, changed: false, warnings: Vec::new() });
        }
        let status = row.status_before_delete.take().unwrap_or(StoredStatus::Disabled);
        if status != StoredStatus::Disabled {
            ensure_seats(tx, &settings, 1)?;
        }
        row.status = status;
        row.updated_at = now.clone();
        tx.update_user(&row)?;
        audit::record(
            tx,
            who.actor(),
            "user.restore",
            Target::User(row.id, &row.username),
            json!({"status": row.status.as_str()}),
        )?;
        Ok(Changed { user: User::load(tx, row, &now)?, changed: true, warnings: Vec::new() })
    })
}

/// Erases a user for good: the row, their roles, and their personal data in
/// the audit log. The audit log keeps the id and a `user.purge` entry.
/// Returns the purged user's id.
pub fn purge(store: &mut Store, who: &Principal, reference: &str) -> Result<i64> {
    let id = store.write(|tx| {
        let now = now_str();
        let row = find_for(tx, who, reference)?;
        who.require_acting_as(tx, &row, &now, "purge")?;
        roles::ensure_not_last_admin(tx, row.id, &row.username, &now, "purge")?;
        tx.clear_references_to(row.id)?;
        tx.delete_user(row.id)?;
        audit::purge_user(tx, who.actor(), &row)?;
        Ok(row.id)
    })?;
    // The rows are gone, but old copies of their pages may still sit in the
    // write-ahead log and in free pages of the file: rewrite both.
    if !store.scrub()? {
        return Err(Error::busy(format!(
            "user #{id} is purged, but another process kept erased data in the write-ahead log"
        ))
        .hint("it leaves the log when the last process using the database closes it; nothing needs redoing"));
    }
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;

    fn actor() -> Principal {
        Principal::Superuser(crate::identity::Actor::os("test", 1000))
    }

    fn new(username: &str, email: &str) -> NewUser {
        NewUser { username: username.into(), name: "测试".into(), email: email.into(), ..NewUser::default() }
    }

    fn kind<T>(r: Result<T>) -> Option<Kind> {
        r.err().map(|e| e.kind)
    }

    #[test]
    fn add_find_and_conflicts() -> Result<()> {
        let mut store = crate::testing::store()?;
        let mut req = new("ZhangSan", "ZS@Example.com");
        req.phone = Some("13812345678".into());
        req.employee_id = Some("E0007".into());
        req.roles = vec!["sales-rep".into()];
        let added = add(&mut store, &actor(), req)?;
        assert_eq!(added.user.username, "zhangsan");
        assert_eq!(added.user.email, "ZS@example.com");
        assert_eq!(added.user.phone.as_deref(), Some("+8613812345678"));
        assert_eq!(added.user.status, Status::Invited);
        assert_eq!(added.user.roles.len(), 1);
        for r in ["zhangsan", "ZHANGSAN", "zs@EXAMPLE.com", "E0007", &format!("#{}", added.user.id)] {
            assert_eq!(show(&mut store, &actor(), r)?.id, added.user.id, "{r}");
        }
        assert_eq!(kind(show(&mut store, &actor(), "nobody")), Some(Kind::NotFound));
        assert_eq!(kind(add(&mut store, &actor(), new("zhangsan", "other@example.com"))), Some(Kind::Conflict));
        assert_eq!(kind(add(&mut store, &actor(), new("other", "zs@example.COM"))), Some(Kind::Conflict));
        let again = add(&mut store, &actor(), NewUser { if_not_exists: true, ..new("zhangsan", "x@example.com") })?;
        assert!(!again.created);
        let mut bad_role = new("lisi", "lisi@example.com");
        bad_role.roles = vec!["wizard".into()];
        assert_eq!(kind(add(&mut store, &actor(), bad_role)), Some(Kind::NotFound));
        Ok(())
    }

    #[test]
    fn last_admin_is_protected() -> Result<()> {
        let mut store = crate::testing::store()?;
        let mut req = new("root", "root@example.com");
        req.roles = vec![roles::ADMIN.into()];
        req.password = PasswordChoice::Given(Secret::new("a long enough passphrase"));
        add(&mut store, &actor(), req)?;
        assert_eq!(kind(disable(&mut store, &actor(), "root", None, None)), Some(Kind::NotPermitted));
        assert_eq!(kind(delete(&mut store, &actor(), "root")), Some(Kind::NotPermitted));
        assert_eq!(kind(purge(&mut store, &actor(), "root")), Some(Kind::NotPermitted));
        let mut second = new("root2", "root2@example.com");
        second.roles = vec![roles::ADMIN.into()];
        second.password = PasswordChoice::Random;
        add(&mut store, &actor(), second)?;
        assert!(disable(&mut store, &actor(), "root", None, None)?.changed);
        Ok(())
    }

    /// `disable --inactive-days`: the idle active users go, in one
    /// transaction; the last admin stays; a dry run changes nothing.
    #[test]
    fn dormant_accounts() -> Result<()> {
        let mut store = crate::testing::store()?;
        let with_password = |username: &str, admin: bool| {
            let mut req = new(username, &format!("{username}@example.com"));
            req.password = PasswordChoice::Given(Secret::new("a long enough passphrase"));
            if admin {
                req.roles = vec![roles::ADMIN.into()];
            }
            req
        };
        for (username, admin) in [("root", true), ("idle", false), ("recent", false), ("idle-admin", true)] {
            add(&mut store, &actor(), with_password(username, admin))?;
        }
        add(&mut store, &actor(), new("invited", "invited@example.com"))?;
        let long_ago = "2020-01-01T00:00:00Z";
        store.write(|tx| {
            for (username, last_login) in [("root", Some("2020-06-01T00:00:00Z")), ("idle", None), ("idle-admin", None)]
            {
                let mut row = find(tx, username)?;
                row.created_at = long_ago.into();
                row.last_login_at = last_login.map(String::from);
                tx.update_user(&row)?;
            }
            let mut row = find(tx, "invited")?;
            row.created_at = long_ago.into();
            tx.update_user(&row)
        })?;
        let names = |d: &Dormant| d.users.iter().map(|u| u.username.clone()).collect::<Vec<_>>();
        let preview = disable_inactive(&mut store, &actor(), 30, None, true)?;
        assert_eq!(names(&preview), ["idle", "idle-admin"]);
        assert_eq!(preview.kept_admins, ["root"], "root logged in last of the idle admins");
        assert!(preview.users.iter().all(|u| u.status == Status::Active));
        assert_eq!(show(&mut store, &actor(), "idle")?.status, Status::Active, "a dry run changes nothing");
        let done = disable_inactive(&mut store, &actor(), 30, None, false)?;
        assert_eq!(names(&done), names(&preview), "the dry run decides as the real run");
        assert!(done.users.iter().all(|u| u.status == Status::Disabled));
        assert_eq!(done.users[0].disabled_reason.as_deref(), Some("no login for 30 days"));
        for (username, status) in [("root", Status::Active), ("recent", Status::Active), ("invited", Status::Invited)] {
            assert_eq!(show(&mut store, &actor(), username)?.status, status, "{username}");
        }
        assert!(disable_inactive(&mut store, &actor(), 30, None, false)?.users.is_empty(), "nothing left to do");
        assert_eq!(kind(disable_inactive(&mut store, &actor(), 0, None, true)), Some(Kind::Invalid));
        assert_eq!(kind(disable_inactive(&mut store, &actor(), 100_000_000, None, true)), Some(Kind::Invalid));
        assert_eq!(store.read(audit::verify)?.broken, None);
        Ok(())
    }

    #[test]
    fn delete_restore_and_purge() -> Result<()> {
        let mut store = crate::testing::store()?;
        let added = add(&mut store, &actor(), new("wangwu", "ww@example.com"))?;
        assert_eq!(delete(&mut store, &actor(), "wangwu")?.user.status, Status::Deleted);
        assert!(list(&mut store, &actor(), &ListQuery::default())?.is_empty());
        assert_eq!(
            list(&mut store, &actor(), &ListQuery { status: Some("deleted".into()), ..ListQuery::default() })?.len(),
            1
        );
        assert_eq!(restore(&mut store, &actor(), "wangwu")?.user.status, Status::Invited);
        assert_eq!(purge(&mut store, &actor(), "wangwu")?, added.user.id);
        assert_eq!(kind(show(&mut store, &actor(), "wangwu")), Some(Kind::NotFound));
        assert_eq!(store.read(audit::verify)?.broken, None);
        Ok(())
    }

    /// `UsersTx::list_users` applies `Status::effective` in SQL, `count_seats`
    /// applies `StoredStatus::holds_seat` and `active_holders` the effective
    /// `active`: for users covering every case of those rules (each stored
    /// status, with no expiry, a past and a future one, and no lockout end, a
    /// past and a future one), the SQL answers are exactly the Rust ones.
    #[test]
    fn sql_and_rust_agree_on_status_and_seats() -> Result<()> {
        let mut store = crate::testing::store()?;
        let at = clock::now();
        let now = clock::format(at);
        let past = clock::format(at - chrono::Duration::minutes(5));
        let future = clock::format(at + chrono::Duration::minutes(5));
        let times = [None, Some(past.clone()), Some(now.clone()), Some(future.clone())];
        let mut rows = Vec::new();
        for status in StoredStatus::ALL {
            for expires_at in &times {
                for locked_until in &times {
                    let n = rows.len();
                    rows.push(UserRow {
                        username: format!("u{n}"),
                        name: format!("u{n}"),
                        email: format!("u{n}@example.com"),
                        status,
                        expires_at: expires_at.clone(),
                        locked_until: locked_until.clone(),
                        created_at: past.clone(),
                        updated_at: past.clone(),
                        ..UserRow::default()
                    });
                }
            }
        }
        store.write(|tx| {
            for row in &mut rows {
                row.id = tx.insert_user(row)?;
                let viewer = Assignment { role: "viewer".into(), department: None, expires_at: None };
                tx.assign(row.id, &viewer, &now)?;
            }
            Ok(())
        })?;
        let ids = |keep: &dyn Fn(&UserRow) -> bool| rows.iter().filter(|r| keep(r)).map(|r| r.id).collect::<Vec<_>>();
        for status in Status::ALL {
            let filter = UserFilter { statuses: vec![status], ..UserFilter::default() };
            let sql: Vec<i64> = store.read(|tx| tx.list_users(&filter, &now))?.iter().map(|r| r.id).collect();
            let rust = ids(&|r| Status::effective(r, &now) == status);
            assert_eq!(sql, rust, "users whose status at now is {status}");
        }
        // Every status occurs, so the comparisons above covered every branch.
        assert!(Status::ALL.iter().all(|s| rows.iter().any(|r| Status::effective(r, &now) == *s)));
        let everyone: Vec<i64> =
            store.read(|tx| tx.list_users(&UserFilter::default(), &now))?.iter().map(|r| r.id).collect();
        assert_eq!(everyone, ids(&|r| r.status != StoredStatus::Deleted), "no status filter: all but deleted");
        let seats = store.read(|tx| tx.count_seats())?;
        assert_eq!(seats, ids(&|r| r.status.holds_seat()).len() as u64, "seats");
        let holders = store.read(|tx| tx.active_holders("viewer", &now))?;
        assert_eq!(holders, ids(&|r| Status::effective(r, &now) == Status::Active), "active holders");
        Ok(())
    }

    #[test]
    fn seat_limit() -> Result<()> {
        let mut store = crate::testing::store()?;
        store.write(|tx| tx.set_setting("seat_limit", "1"))?;
        add(&mut store, &actor(), new("a1", "a1@example.com"))?;
        let err = add(&mut store, &actor(), new("a2", "a2@example.com")).err();
        assert_eq!(err.as_ref().map(|e| e.kind), Some(Kind::NotPermitted));
        assert!(err.map(|e| e.message).unwrap_or_default().contains("1 of 1 seats in use"));
        Ok(())
    }
}
