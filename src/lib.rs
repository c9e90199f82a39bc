//! crmctl: the account store of an on-premises CRM, as a library.
//!
//! The `crmctl` binary is a thin layer over this crate, and the CRM server
//! embeds the same crate to add people and check logins and permissions
//! against the same database, with the same rules and the same audit log.
//! The public API is that embedding surface: [`Store`], [`add_user`],
//! [`find_user`], [`verify_login`], [`verify_password`], [`can`], and
//! [`Error`] with its exit code. Everything else is private to the crate.
//!
//! ```
//! use crmctl::{Actor, NewUser, PasswordChoice, Principal, Secret, Store};
//! # fn main() -> crmctl::Result<()> {
//! let mut store = Store::open_in_memory()?; // Store::open("crm.db", ...) for a file
//! // The server can write the database, so it acts as the superuser.
//! let server = Principal::Superuser(Actor::os("crm-server", 0));
//! let new = NewUser {
//!     username: "zhangsan".into(),
//!     name: "张三".into(),
//!     email: "zhangsan@example.com".into(),
//!     roles: vec!["sales-rep".into()],
//!     password: PasswordChoice::Given(Secret::new("correct horse battery staple")),
//!     ..NewUser::default()
//! };
//! crmctl::add_user(&mut store, &server, new)?;
//!
//! let login = crmctl::verify_login(&mut store, server.actor(), "zhangsan", &Secret::new("correct horse battery staple"), None)?;
//! assert_eq!(login.username, "zhangsan");
//! let wrong = crmctl::verify_login(&mut store, server.actor(), "zhangsan", &Secret::new("guess"), None);
//! assert_eq!(wrong.map_err(|e| e.exit_code()).err(), Some(1));
//!
//! assert!(crmctl::can(&mut store, &server, "zhangsan", "customers.read", None)?.allowed);
//! assert_eq!(crmctl::find_user(&mut store, &server, "zhangsan")?.name, "张三");
//! # Ok(())
//! # }
//! ```
//!
//! # Where things are
//!
//! Dependencies run one way, from the bottom of this list to the top; a test
//! (`tests/architecture.rs`) fails on any cycle between these modules.
//!
//! | layer | module | holds |
//! |---|---|---|
//! | app | `cli`, `commands`, `server`, `output` | clap types; one function per verb; HTTP handlers; every printed byte and HTTP response |
//! | flows | `import`, `maintenance`, `mail` | batch import; backup, restore, check; outgoing mail |
//! | flows | `forms` | web forms and the sign-ups they send (header rules from `import::columns`) |
//! | flows | `access` | roles and their assignment, API tokens, four-eyes approvals |
//! | flows | `login` | checking a login, MFA, password resets and changes |
//! | people | `users` | accounts, their lifecycle, seats, invitations |
//! | rules | `config` | settings catalogue, config file, paths, environment |
//! | rules | `credentials` | passwords (hash, policy), one-time codes, random secrets |
//! | rules | `audit` | the tamper-evident log and its verification |
//! | rules | `identity` | who is acting, permissions, grants, scopes, the last-admin rule (`identity::roles`) |
//! | store | `store` | every SQL statement, behind one trait per aggregate |
//! | base | `error`, `clock`, `files`, `validate` | exit codes, time, safe files, field syntax |
//!
//! A newcomer's path through `crmctl user import staff.csv`: `cli::user`
//! parses it, `commands::import` opens the store and prints, `import::source`
//! reads the file once (CSV, workbook or JSON export), `import::columns` maps
//! the headers, and `import` checks every row into a staging table in the
//! store, decides each there (the dry run stops here) and writes them in one
//! transaction (`store::sqlite::imports`).

mod access;
mod audit;
mod cli;
mod clock;
mod commands;
mod config;
mod credentials;
mod error;
mod files;
mod forms;
mod identity;
mod import;
mod login;
mod mail;
mod maintenance;
mod output;
mod server;
mod store;
mod users;
mod validate;

#[cfg(test)]
mod properties;
#[cfg(test)]
mod testing;

// The embedding surface (docs/reference.md, README "Embedding the library"): open the store, find and add users,
// check a password, a login and a permission. Everything else is private.
pub use access::roles::{Answer, can};
pub use credentials::passwords::{Policy as PasswordPolicy, Secret, verify as verify_password};
pub use error::{Error, Kind, Result};
pub use identity::{Actor, Principal};
pub use login::{LoginOk, verify_login};
pub use store::{Location, OpenMode, Store};
pub use users::{Added, NewUser, PasswordChoice, Status, User, add as add_user, show as find_user};

/// The `crmctl` command line: parse, run, turn the result into an exit code.
#[doc(hidden)]
pub fn main() -> std::process::ExitCode {
    commands::main()
}
