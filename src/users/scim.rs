//! People as an identity provider provisions them over SCIM 2.0 (RFC 7643):
//! how the provider's attributes map onto crmctl's fields, and finding,
//! creating, replacing, changing and deleting users that way.
//!
//! Every change goes through the functions of `user add`, `user update`,
//! `user disable|enable|delete` and `reset-password` (the `*_in` forms, in
//! one transaction), so a provider can do nothing the CLI would refuse to
//! the same token. The mapping:
//!
//! - `userName` is kept exactly as sent, unique ignoring case; the username
//!   is the `userName` when that is a valid username, else derived from it
//!   as an import derives one from an email (and kept when the `userName`
//!   changes to something that is not a username);
//! - `displayName`, else `name.formatted`, else `name.givenName` and
//!   `name.familyName`, else the `userName`, is the name; `name` is kept as sent;
//! - the primary (else the first) of `emails` is the email; `emails` is kept
//!   as sent and shown while its primary value is still the user's email;
//! - the primary (else the first) of `phoneNumbers`, when it is a valid
//!   number, is the phone; `phoneNumbers` is kept and shown as sent;
//! - `active` false disables, true enables (an invited user is active);
//! - `password` is set under the policy (as `reset-password --password-stdin`);
//! - `employeeNumber`, `department` and `manager` (a SCIM id) of the
//!   enterprise extension are the employee ID, the department and the manager.
//!
//! No HTTP and no JSON views here: `server::scim` parses, `output::scim` shows.

use serde_json::Value;

use super::{
    Changed, NewUser, PasswordChoice, ProviderFields, Status, User, UserChanges, add_in, delete_in, disable_in,
    enable_in, invitations, now_str, prepare, update_in,
};
use crate::config::Settings;
use crate::credentials::passwords::Secret;
use crate::error::{Error, Result};
use crate::identity::{Principal, USERS_MANAGE, USERS_READ};
use crate::store::{Store, StoredStatus, Tx, UserFilter, UserRow};
use crate::validate;

/// The longest `userName` or `externalId` kept.
const MAX_PROVIDER_TEXT: usize = 256;

/// What a provider asserts about a user: the whole resource, as a `POST` or
/// `PUT` sends it (a `PATCH` is applied to the current one first). `None`
/// is an attribute the provider did not send.
#[derive(Debug, Clone, Default)]
pub struct Provisioned {
    /// `userName`, exactly as sent.
    pub user_name: String,
    /// `externalId`.
    pub external_id: Option<String>,
    /// `displayName`.
    pub display_name: Option<String>,
    /// `name`, the JSON object as sent.
    pub name: Option<Value>,
    /// `emails`, the JSON array as sent.
    pub emails: Option<Value>,
    /// `phoneNumbers`, the JSON array as sent.
    pub phone_numbers: Option<Value>,
    /// `title`.
    pub title: Option<String>,
    /// `active`; `None` leaves the status alone.
    pub active: Option<bool>,
    /// `password`; `None` leaves the password alone.
    pub password: Option<Secret>,
    /// Enterprise `employeeNumber`.
    pub employee_number: Option<String>,
    /// Enterprise `department`.
    pub department: Option<String>,
    /// Enterprise `manager.value`: the manager's id.
    pub manager: Option<i64>,
}

/// A user as SCIM shows it.
#[derive(Debug, Clone)]
pub struct ScimUser {
    /// The user as crmctl shows it.
    pub user: User,
    /// `userName`: as the provider sent it, else the username.
    pub user_name: String,
    /// `externalId`.
    pub external_id: Option<String>,
    /// `name` as the provider sent it.
    pub name: Option<Value>,
    /// `emails`: as sent while its primary value is still the email, else
    /// the email alone.
    pub emails: Value,
    /// `phoneNumbers`: as sent while the phone is still the one taken from
    /// it, else the phone alone (none without a phone).
    pub phone_numbers: Option<Value>,
    /// `active`: false when disabled (or locked, expired); an invited user is active.
    pub active: bool,
    /// The manager's id.
    pub manager_id: Option<i64>,
}

/// The item of a SCIM multi-valued attribute that stands for it: the one
/// marked primary, else the first; its `value`, when a string.
fn chosen_value(items: &Value) -> Option<&str> {
    let items = items.as_array()?;
    let primary = items.iter().find(|i| i.get("primary").is_some_and(|p| p == &Value::Bool(true)));
    primary.or(items.first())?.get("value")?.as_str()
}

fn json_text(value: &Option<Value>) -> Option<String> {
    value.as_ref().filter(|v| !v.is_null() && v != &&Value::Array(Vec::new())).map(Value::to_string)
}

fn parse_json(text: &Option<String>) -> Option<Value> {
    text.as_deref().and_then(|t| serde_json::from_str(t).ok())
}

/// The phone crmctl keeps from `phoneNumbers`: the E.164 form of the chosen
/// number when it is valid; the provider is the source of truth, so an
/// invalid one leaves the phone empty instead of refusing the user.
fn phone_of(settings: &Settings, phone_numbers: &Option<Value>) -> Option<String> {
    let raw = chosen_value(phone_numbers.as_ref()?)?;
    validate::phone(raw, settings.phone_region()).ok()
}

impl ScimUser {
    fn load(tx: &dyn Tx, row: UserRow, settings: &Settings, now: &str) -> Result<ScimUser> {
        let provider = ProviderFields::of(&row);
        let manager_id = row.manager_id;
        let user = User::load(tx, row, now)?;
        let stored_emails = parse_json(&provider.emails);
        let emails = match stored_emails {
            Some(emails) if chosen_value(&emails).is_some_and(|e| e.eq_ignore_ascii_case(&user.email)) => emails,
            _ => serde_json::json!([{"value": user.email, "type": "work", "primary": true}]),
        };
        let stored_phones = parse_json(&provider.phone_numbers);
        let phone_numbers = match stored_phones {
            Some(phones) if phone_of(settings, &Some(phones.clone())) == user.phone => Some(phones),
            _ => user.phone.as_ref().map(|p| serde_json::json!([{"value": p, "type": "work"}])),
        };
        let active = matches!(user.status, Status::Active | Status::Invited);
        Ok(ScimUser {
            user_name: provider.user_name.unwrap_or_else(|| user.username.clone()),
            external_id: provider.external_id,
            name: parse_json(&provider.name),
            emails,
            phone_numbers,
            active,
            manager_id,
            user,
        })
    }

    /// The user as a provider would send it back.
    #[cfg(test)]
    pub fn as_provisioned(&self) -> Provisioned {
        Provisioned {
            user_name: self.user_name.clone(),
            external_id: self.external_id.clone(),
            display_name: Some(self.user.name.clone()),
            name: self.name.clone(),
            emails: Some(self.emails.clone()),
            phone_numbers: self.phone_numbers.clone(),
            title: self.user.title.clone(),
            active: Some(self.active),
            password: None,
            employee_number: self.user.employee_id.clone(),
            department: self.user.department.clone(),
            manager: self.manager_id,
        }
    }
}

fn unknown(id: &str) -> Error {
    Error::not_found(format!("no user '{}'", id.escape_debug()))
}

/// The user `id` (a SCIM id, crmctl's numeric id) if `who` may read it and
/// it is not deleted: a deleted user is gone as far as SCIM is concerned
/// (RFC 7644 §3.6), and one outside `who`'s scope is as unknown.
fn find_visible(tx: &dyn Tx, who: &Principal, id: &str) -> Result<UserRow> {
    let row = match id.parse::<i64>() {
        Ok(n) if id.bytes().all(|b| b.is_ascii_digit()) => tx.user_by_id(n)?,
        _ => None,
    };
    match row {
        Some(row) if row.status != StoredStatus::Deleted && who.can_read(&row) => Ok(row),
        _ => Err(unknown(id)),
    }
}

/// One user by SCIM id.
pub fn get(store: &mut Store, who: &Principal, id: &str) -> Result<ScimUser> {
    who.require_anywhere(USERS_READ)?;
    store.read(|tx| {
        let settings = Settings::load(tx)?;
        let row = find_visible(tx, who, id)?;
        ScimUser::load(tx, row, &settings, &now_str())
    })
}

/// The user whose `userName` is `user_name` ignoring case, if `who` may see
/// it: one index lookup (`filter=userName eq "…"`).
pub fn by_user_name(store: &mut Store, who: &Principal, user_name: &str) -> Result<Option<ScimUser>> {
    who.require_anywhere(USERS_READ)?;
    store.read(|tx| {
        let settings = Settings::load(tx)?;
        match tx.user_by_scim_user_name(user_name)? {
            Some(row) if row.status != StoredStatus::Deleted && who.can_read(&row) => {
                Ok(Some(ScimUser::load(tx, row, &settings, &now_str())?))
            }
            _ => Ok(None),
        }
    })
}

/// Every user `who` may see, deleted ones excepted, by id.
pub fn list(store: &mut Store, who: &Principal) -> Result<Vec<ScimUser>> {
    who.require_anywhere(USERS_READ)?;
    store.read(|tx| {
        let settings = Settings::load(tx)?;
        let now = now_str();
        let statuses = Status::ALL.iter().copied().filter(|s| *s != Status::Deleted).collect();
        tx.list_users(&UserFilter { statuses, ..UserFilter::default() }, &now)?
            .into_iter()
            .filter(|row| who.can_read(row))
            .map(|row| ScimUser::load(tx, row, &settings, &now))
            .collect()
    })
}

/// A provider's text attribute: at most [`MAX_PROVIDER_TEXT`] characters,
/// nothing invisible; kept exactly as sent.
pub(crate) fn provider_text(field: &str, value: &str) -> Result<String> {
    if value.trim().is_empty() {
        return Err(Error::invalid(format!("{field}: empty")));
    }
    let len = value.chars().count();
    if len > MAX_PROVIDER_TEXT {
        return Err(Error::invalid(format!("{field}: at most {MAX_PROVIDER_TEXT} characters (it has {len})")));
    }
    validate::free_text(field, value)?;
    Ok(value.to_string())
}

/// crmctl's fields from what the provider asserts.
struct Mapped {
    name: String,
    email: String,
    phone: Option<String>,
    provider: ProviderFields,
}

/// The most values a kept multi-valued attribute (`emails`, `phoneNumbers`)
/// may have, and the most bytes of JSON any kept attribute may take: what a
/// provider sends for one person, with room to spare.
const MAX_VALUES: usize = 100;
const MAX_KEPT_JSON: usize = 64 * 1024;

/// Refuses a kept attribute past [`MAX_VALUES`] values or [`MAX_KEPT_JSON`] bytes.
fn bounded(field: &str, value: &Option<Value>) -> Result<()> {
    let Some(value) = value else { return Ok(()) };
    if let Value::Array(items) = value
        && items.len() > MAX_VALUES
    {
        return Err(Error::invalid(format!("{field}: at most {MAX_VALUES} values (it has {})", items.len())));
    }
    if value.to_string().len() > MAX_KEPT_JSON {
        return Err(Error::invalid(format!("{field}: at most {} KiB", MAX_KEPT_JSON / 1024)));
    }
    Ok(())
}

fn map(settings: &Settings, p: &Provisioned) -> Result<Mapped> {
    let user_name = provider_text("userName", &p.user_name)?;
    bounded("emails", &p.emails)?;
    bounded("phoneNumbers", &p.phone_numbers)?;
    bounded("name", &p.name)?;
    let external_id = p.external_id.as_deref().map(|e| provider_text("externalId", e)).transpose()?;
    let name_part = |key: &str| {
        p.name.as_ref().and_then(|n| n.get(key)).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty())
    };
    let joined = [name_part("givenName"), name_part("familyName")].into_iter().flatten().collect::<Vec<_>>().join(" ");
    let name = p
        .display_name
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .or(name_part("formatted"))
        .or(Some(joined.as_str()).filter(|s| !s.is_empty()))
        .unwrap_or(user_name.trim())
        .to_string();
    let email = match p.emails.as_ref().and_then(chosen_value) {
        Some(email) => email.to_string(),
        None if user_name.contains('@') => user_name.trim().to_string(),
        None => {
            return Err(Error::invalid("emails: a user needs an email address")
                .hint("send emails with a primary value, or a userName that is an email address"));
        }
    };
    Ok(Mapped {
        name,
        email,
        phone: phone_of(settings, &p.phone_numbers),
        provider: ProviderFields {
            user_name: Some(user_name),
            external_id,
            phone_numbers: json_text(&p.phone_numbers),
            name: json_text(&p.name),
            emails: json_text(&p.emails),
        },
    })
}

/// The username for a `userName`: itself when it is a valid username, else
/// `current` (a user being replaced keeps its login), else one derived from
/// it as an import derives one from an email.
fn username_for(tx: &dyn Tx, user_name: &str, current: Option<&str>) -> Result<String> {
    if let Ok(username) = validate::username(user_name) {
        return Ok(username);
    }
    match current {
        Some(current) => Ok(current.to_string()),
        None => invitations::derive_username(tx, user_name, &|_| false),
    }
}

/// Sets `active`: false disables, true enables (both no-ops when already so).
fn set_active(tx: &mut dyn Tx, who: &Principal, row: UserRow, active: Option<bool>, now: &str) -> Result<UserRow> {
    let settings = Settings::load(tx)?;
    match (active, row.status) {
        (Some(false), StoredStatus::Invited | StoredStatus::Active | StoredStatus::Locked) => {
            Ok(disable_in(tx, who, row, None, None, now)?.0)
        }
        (Some(true), StoredStatus::Disabled | StoredStatus::Locked) => Ok(enable_in(tx, who, row, &settings, now)?.0),
        _ => Ok(row),
    }
}

/// Creates a user from what a provider sent, with every rule of `user add`
/// (then `user disable` when `active` is false). Without a password the
/// user is `invited`.
pub fn create(store: &mut Store, who: &Principal, p: Provisioned) -> Result<ScimUser> {
    who.require_anywhere(USERS_MANAGE)?;
    let (settings, username) = store.read(|tx| {
        let settings = Settings::load(tx)?;
        let username = username_for(tx, &p.user_name, None)?;
        Ok((settings, username))
    })?;
    let mapped = map(&settings, &p)?;
    let req = NewUser {
        username: username.clone(),
        name: mapped.name,
        email: mapped.email,
        phone: mapped.phone,
        employee_id: p.employee_number.clone(),
        department: p.department.clone(),
        title: p.title.clone(),
        manager: p.manager.map(|id| format!("#{id}")),
        password: p.password.clone().map_or(PasswordChoice::None, PasswordChoice::Given),
        provider: mapped.provider,
        ..NewUser::default()
    };
    let prepared = prepare(&settings, &req, username)?;
    store.write(|tx| {
        let now = now_str();
        let added = add_in(tx, who, &req, prepared)?;
        let row = tx.user_by_id(added.user.id)?.ok_or_else(|| unknown(&added.user.id.to_string()))?;
        let row = set_active(tx, who, row, p.active, &now)?;
        let settings = Settings::load(tx)?;
        ScimUser::load(tx, row, &settings, &now)
    })
}

/// Replaces user `id` with what a provider sent (`PUT`), with every rule of
/// `user update`, `disable`/`enable` and `reset-password`. An attribute left
/// out is cleared, except `active` and `password`, which stay as they are.
pub fn replace(store: &mut Store, who: &Principal, id: &str, p: Provisioned) -> Result<ScimUser> {
    modify(store, who, id, |_| Ok(p.clone()))
}

/// Changes user `id` (`PATCH`): `edit` is given the user as it is and
/// returns the whole user as it should be, which then replaces it as
/// [`replace`] does, in one transaction. A new password is hashed before
/// that transaction (so `edit` may run twice).
pub fn modify(
    store: &mut Store,
    who: &Principal,
    id: &str,
    edit: impl Fn(&ScimUser) -> Result<Provisioned>,
) -> Result<ScimUser> {
    who.require_anywhere(USERS_MANAGE)?;
    // A password is checked and hashed outside the write transaction.
    let (settings, planned) = store.read(|tx| {
        let settings = Settings::load(tx)?;
        let row = find_visible(tx, who, id)?;
        let current = ScimUser::load(tx, row, &settings, &now_str())?;
        let wanted = edit(&current)?;
        let username = username_for(tx, &wanted.user_name, Some(&current.user.username))?;
        Ok((settings, (wanted, username)))
    })?;
    let (wanted, username) = planned;
    let hashed = match &wanted.password {
        Some(pw) => {
            let email = map(&settings, &wanted)?.email;
            let policy = settings.password_policy();
            policy.check(pw, &username, &email)?;
            Some((pw.clone(), policy.hash(pw)?))
        }
        None => None,
    };
    store.write(|tx| {
        let now = now_str();
        let settings = Settings::load(tx)?;
        let old = find_visible(tx, who, id)?;
        let current = ScimUser::load(tx, old.clone(), &settings, &now)?;
        let wanted = edit(&current)?;
        let mapped = map(&settings, &wanted)?;
        let text = |v: &Option<String>| Some(v.clone().unwrap_or_default());
        let changes = UserChanges {
            username: Some(username_for(tx, &wanted.user_name, Some(&old.username))?),
            name: Some(mapped.name),
            email: Some(mapped.email),
            phone: text(&mapped.phone),
            employee_id: text(&wanted.employee_number),
            department: text(&wanted.department),
            title: text(&wanted.title),
            manager: Some(wanted.manager.map(|m| format!("#{m}")).unwrap_or_default()),
            expires: None,
            provider: Some(mapped.provider),
        };
        let (mut row, _, _) = update_in(tx, who, old, &changes, &now)?;
        if let Some(pw) = &wanted.password {
            let hash = match &hashed {
                Some((planned, hash)) if planned.expose() == pw.expose() => hash.clone(),
                // The user changed between the two transactions: check the
                // password against what it is now.
                _ => {
                    let policy = settings.password_policy();
                    policy.check(pw, &row.username, &row.email)?;
                    policy.hash(pw)?
                }
            };
            row = super::set_password_in(tx, who, row, hash, false, "set", &now)?;
        }
        let row = set_active(tx, who, row, wanted.active, &now)?;
        ScimUser::load(tx, row, &settings, &now)
    })
}

/// Soft-deletes user `id` (`user delete`; `user restore` brings it back).
/// A deleted user is not found again.
pub fn delete(store: &mut Store, who: &Principal, id: &str) -> Result<Changed> {
    who.require_anywhere(USERS_MANAGE)?;
    store.write(|tx| {
        let now = now_str();
        let row = find_visible(tx, who, id)?;
        let (row, changed) = delete_in(tx, who, row, &now)?;
        Ok(Changed { user: User::load(tx, row, &now)?, changed, warnings: Vec::new() })
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::error::Kind;
    use crate::testing::{self, Person, kind, root};

    fn provisioned(user_name: &str, email: &str) -> Provisioned {
        Provisioned {
            user_name: user_name.into(),
            display_name: Some("Barbara Jensen".into()),
            emails: Some(json!([{"value": email, "type": "work", "primary": true}])),
            ..Provisioned::default()
        }
    }

    #[test]
    fn user_name_kept_as_sent_and_unique_ignoring_case() -> Result<()> {
        let mut store = testing::store()?;
        let mut p = provisioned("Barbara.Jensen@Example.com", "bjensen@example.com");
        p.phone_numbers = Some(json!([{"value": "138 1234 5678", "type": "mobile"}]));
        let made = create(&mut store, &root(), p)?;
        assert_eq!(made.user_name, "Barbara.Jensen@Example.com");
        assert_eq!(made.user.username, "barbara.jensen", "derived as an import derives one");
        assert_eq!(made.user.phone.as_deref(), Some("+8613812345678"));
        assert_eq!(made.phone_numbers, Some(json!([{"value": "138 1234 5678", "type": "mobile"}])));
        assert_eq!(made.user.status, Status::Invited);
        assert!(made.active);
        let found = by_user_name(&mut store, &root(), "barbara.jensen@example.COM")?;
        assert_eq!(found.map(|u| u.user.id), Some(made.user.id));
        assert!(by_user_name(&mut store, &root(), "nobody@example.com")?.is_none());
        let again = create(&mut store, &root(), provisioned("BARBARA.JENSEN@example.com", "other@example.com"));
        assert_eq!(kind(again), Some(Kind::Conflict));
        // A user added by the CLI is known by its username.
        testing::add(&mut store, "lisi", Person::default())?;
        assert!(by_user_name(&mut store, &root(), "LiSi")?.is_some());
        assert_eq!(kind(create(&mut store, &root(), provisioned("LISI", "l2@example.com"))), Some(Kind::Conflict));
        Ok(())
    }

    #[test]
    fn active_disables_and_enables_and_delete_hides() -> Result<()> {
        let mut store = testing::store()?;
        let made = create(&mut store, &root(), provisioned("bjensen", "bjensen@example.com"))?;
        let id = made.user.id.to_string();
        let off = modify(&mut store, &root(), &id, |u| Ok(Provisioned { active: Some(false), ..u.as_provisioned() }))?;
        assert_eq!(off.user.status, Status::Disabled);
        assert!(!off.active);
        let on = modify(&mut store, &root(), &id, |u| Ok(Provisioned { active: Some(true), ..u.as_provisioned() }))?;
        assert_eq!(on.user.status, Status::Invited);
        let weak = Provisioned { password: Some(Secret::new("short")), ..on.as_provisioned() };
        assert_eq!(kind(replace(&mut store, &root(), &id, weak)), Some(Kind::Invalid));
        let strong = Provisioned { password: Some(Secret::new("a long enough passphrase")), ..on.as_provisioned() };
        assert_eq!(replace(&mut store, &root(), &id, strong)?.user.status, Status::Active);
        delete(&mut store, &root(), &id)?;
        assert_eq!(kind(get(&mut store, &root(), &id)), Some(Kind::NotFound));
        assert_eq!(kind(delete(&mut store, &root(), &id)), Some(Kind::NotFound));
        assert_eq!(crate::users::restore(&mut store, &root(), &format!("#{id}"))?.user.status, Status::Active);
        assert_eq!(get(&mut store, &root(), &id)?.user_name, "bjensen");
        Ok(())
    }

    #[test]
    fn a_scoped_provisioner_stays_in_its_department() -> Result<()> {
        let mut store = testing::store()?;
        let scoped = Person { role: Some("provisioner"), scope: Some("销售部"), ..Person::default() };
        testing::add(&mut store, "idp", Person { department: Some("销售部"), ..scoped })?;
        testing::add(&mut store, "clerk", Person { department: Some("财务部"), ..Person::default() })?;
        let idp = testing::as_user(&mut store, "idp")?;
        let inside =
            Provisioned { department: Some("销售部/华东区".into()), ..provisioned("a", "a@example.com") };
        create(&mut store, &idp, inside)?;
        let outside = Provisioned { department: Some("财务部".into()), ..provisioned("b", "b@example.com") };
        assert_eq!(kind(create(&mut store, &idp, outside)), Some(Kind::NotPermitted));
        let clerk = by_user_name(&mut store, &root(), "clerk")?.map(|u| u.user.id.to_string()).unwrap_or_default();
        assert_eq!(kind(get(&mut store, &idp, &clerk)), Some(Kind::NotFound));
        assert!(by_user_name(&mut store, &idp, "clerk")?.is_none());
        Ok(())
    }
}
