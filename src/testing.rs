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

/// A fresh store: in memory, or, when `CRMCTL_TEST_POSTGRES` names a
/// server, a new database on it (the unit tests run on both backends).
#[track_caller]
pub fn store() -> Result<Store> {
    match postgres_server() {
        None => Store::open_in_memory(),
        Some(server) => {
            let db = fresh_postgres_database(&server)?;
            Store::open(db, crate::store::OpenMode::Create, std::time::Duration::from_secs(30))
        }
    }
}

/// The PostgreSQL server the tests run against (`CRMCTL_TEST_POSTGRES`: a
/// connection string of a role that may create databases), if any.
pub fn postgres_server() -> Option<String> {
    std::env::var("CRMCTL_TEST_POSTGRES").ok().filter(|s| !s.trim().is_empty())
}

/// The PostgreSQL server for a test that needs one whichever backend the
/// suite runs on: `None` (skip, with a note) without `CRMCTL_TEST_POSTGRES`,
/// except in CI (`CI` set), where that fails the test unless
/// `CRMCTL_TEST_POSTGRES_LATER` says a later pass brings the server.
pub fn postgres_for(test: &str) -> Option<String> {
    let server = postgres_server();
    if server.is_none() {
        let later = std::env::var_os("CRMCTL_TEST_POSTGRES_LATER").is_some();
        assert!(
            std::env::var_os("CI").is_none() || later,
            "{test} needs a PostgreSQL server: CI must set CRMCTL_TEST_POSTGRES (.ci/postgres does)"
        );
        eprintln!("skipped without CRMCTL_TEST_POSTGRES: {test}");
    }
    server
}

/// A new, empty database on `server`, for one test; its connection string.
pub fn fresh_postgres_database(server: &str) -> Result<String> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let name = format!("crmctl_u{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
    let mut admin = postgres::Client::connect(server, postgres::NoTls)
        .map_err(|e| crate::Error::storage(format!("CRMCTL_TEST_POSTGRES={server}: {e}")))?;
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))?;
    admin.batch_execute(&format!("CREATE DATABASE {name}"))?;
    for scheme in ["postgresql://", "postgres://"] {
        if let Some(rest) = server.strip_prefix(scheme) {
            let (main, query) = rest.split_once('?').map_or((rest, None), |(m, q)| (m, Some(q)));
            let authority = main.split('/').next().unwrap_or("");
            let query = query.map(|q| format!("?{q}")).unwrap_or_default();
            return Ok(format!("{scheme}{authority}/{name}{query}"));
        }
    }
    Ok(format!("{server} dbname={name}"))
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
