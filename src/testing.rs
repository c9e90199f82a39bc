//! Helpers for the unit tests next to the rules: an in-memory store with
//! people in it, and the principals that act on it. Test-only (`cfg(test)`).

use crate::access::tokens;
use crate::clock;
use crate::credentials::passwords::Secret;
use crate::error::{Kind, Result};
use crate::identity::{self, Actor, Principal};
use crate::store::Store;
use crate::users::{self, NewUser, PasswordChoice};

/// The password every helper-made user with a password has.
pub const PASSWORD: &str = "correct horse battery staple";

/// An argon2id hash (of a password nobody knows), for users that need one
/// without paying for hashing.
pub const PHC: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$iDlftDF6eSBPFBszKpxD8g$IZQ8PGmDqmRpXoxAuBlQhNoUtIAynBoOw/G9oGZP9xY";

/// The superuser (an OS account that can write the database).
pub fn root() -> Principal {
    Principal::Superuser(Actor::os("root", 0))
}

/// A second superuser, under another OS account.
pub fn other_root() -> Principal {
    Principal::Superuser(Actor::os("ops", 1001))
}

/// The error kind of a result, if it failed.
pub fn kind<T>(result: Result<T>) -> Option<Kind> {
    result.err().map(|e| e.kind)
}

/// A fresh in-memory store.
#[track_caller]
pub fn store() -> Result<Store> {
    Store::open_in_memory()
}

/// What [`add`] makes.
#[derive(Debug, Clone, Default)]
pub struct Person<'a> {
    /// Department path.
    pub department: Option<&'a str>,
    /// A role held organisation-wide.
    pub role: Option<&'a str>,
    /// The role's scope, when it is scoped.
    pub scope: Option<&'a str>,
    /// With [`PASSWORD`] (active) or without (invited).
    pub password: bool,
}

/// Adds `username` (email `<username>@example.com`) as the superuser would;
/// returns the new id.
#[track_caller]
pub fn add(store: &mut Store, username: &str, person: Person<'_>) -> Result<i64> {
    let req = NewUser {
        username: username.into(),
        name: username.into(),
        email: format!("{username}@example.com"),
        department: person.department.map(Into::into),
        password: match person.password {
            true => PasswordChoice::Given(Secret::new(PASSWORD)),
            false => PasswordChoice::None,
        },
        ..NewUser::default()
    };
    let id = users::add(store, &root(), req)?.user.id;
    if let Some(role) = person.role {
        crate::access::roles::assign(store, &root(), username, role, person.scope, None)?;
    }
    Ok(id)
}

/// `username` acting with the grants it holds now (as through a token they
/// were given by the superuser).
#[track_caller]
pub fn as_user(store: &mut Store, username: &str) -> Result<Principal> {
    let now = clock::format(clock::now());
    let (id, grants) = store.read(|tx| {
        let row = users::find(tx, username)?;
        Ok((row.id, identity::grants(tx, row.id, &now)?))
    })?;
    Ok(Principal::User {
        actor: Actor::user(username, id),
        user_id: id,
        username: username.into(),
        grants,
        token_creators: Vec::new(),
    })
}

/// `username` acting through a token `creator` made for them, as
/// `crmctl --token` would.
#[track_caller]
pub fn through_token(store: &mut Store, creator: &Principal, username: &str) -> Result<Principal> {
    let created = tokens::create(store, creator, username, None, None)?;
    tokens::authenticate(store, created.token.expose())
}
