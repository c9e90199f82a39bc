//! How the CRM server embeds crmctl: open the same database and check a login.
//!
//! ```text
//! printf '%s\n' "$PASSWORD" | cargo run --example verify_login -- /path/to/crm.db zhangsan
//! ```
//!
//! Exit codes follow crmctl's: 0 welcome, 1 wrong credentials, 6 account may
//! not log in, 3 no database.
#![allow(clippy::print_stdout)]

use std::io::BufRead;
use std::process::ExitCode;
use std::time::Duration;

use crmctl::{Actor, OpenMode, Principal, Secret, Store};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [db, username] = args.as_slice() else {
        eprintln!("usage: verify_login DB USERNAME   (password on stdin)");
        return ExitCode::from(2);
    };
    let mut line = String::new();
    if std::io::stdin().lock().read_line(&mut line).is_err() {
        return ExitCode::from(2);
    }
    let password = Secret::new(line.trim_end_matches(['\r', '\n']));

    let result = Store::open(db, OpenMode::Existing, Duration::from_secs(5)).and_then(|mut store| {
        // The server can write the database file, so it acts as the superuser;
        // it records itself as the actor of login attempts.
        let server = Principal::Superuser(Actor::os("crm-server", 0));
        let login = crmctl::verify_login(&mut store, server.actor(), username, &password, None)?;
        let user = crmctl::find_user(&mut store, &server, &login.username)?;
        // What may this user do? The server asks before showing customer data.
        let customers = crmctl::can(&mut store, &server, &login.username, "customers.read", None)?;
        Ok((login, user, customers.allowed))
    });
    match result {
        Ok((login, user, customers)) => {
            let roles: Vec<&str> = user.roles.iter().map(|a| a.role.as_str()).collect();
            println!("welcome {} ({}), roles: {}", user.name, login.username, roles.join(", "));
            println!("customers.read: {}", if customers { "allowed" } else { "denied" });
            if login.must_change_password {
                println!("please choose a new password");
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            println!("login refused: {err}");
            ExitCode::from(err.exit_code())
        }
    }
}
