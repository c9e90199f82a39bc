//! crmctl: the account store of an on-premises CRM, as a library.
//!
//! The `crmctl` binary is a thin layer over this crate, and the CRM server
//! embeds the same crate to check logins against the same database:
//!
//! ```no_run
//! use crmctl::{audit::Actor, auth, passwords::Secret, store::{OpenMode, Store}};
//! # fn main() -> crmctl::error::Result<()> {
//! let mut store = Store::open("crm.db".as_ref(), OpenMode::Existing, std::time::Duration::from_secs(5))?;
//! let actor = Actor::current_os(None, None); // the server process's own OS user
//! match auth::verify_login(&mut store, &actor, "zhangsan", &Secret::new("correct horse battery"), None) {
//!     Ok(login) => println!("welcome {}", login.username),
//!     Err(err) => println!("refused: {err} (exit code {})", err.exit_code()),
//! }
//! # Ok(())
//! # }
//! ```
//!
//! Layout: [`store`] is the only module that speaks SQL; [`users`], [`roles`],
//! [`passwords`], [`auth`], [`audit`] and [`settings`] hold the rules; the
//! binary's `cli`, `commands` and `output` modules parse, call and print.

pub mod access;
pub mod approvals;
pub mod audit;
pub mod auth;
pub mod clock;
pub mod codes;
pub mod env;
pub mod error;
pub mod files;
pub mod import;
pub mod invites;
pub mod mail;
pub mod mfa;
pub mod ops;
pub mod passwords;
pub mod resets;
pub mod roles;
pub mod settings;
pub mod store;
pub mod tokens;
pub mod users;

pub use error::{Error, Result};
