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

use crmctl::audit::Actor;
use crmctl::auth;
use crmctl::passwords::Secret;
use crmctl::store::{OpenMode, Store};
use crmctl::users;

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

    let result = Store::open(db.as_ref(), OpenMode::Existing, Duration::from_secs(5)).and_then(|mut store| {
        // The server records itself as the actor of login attempts.
        let login = auth::verify_login(&mut store, &Actor::user("crm-server"), username, &password)?;
        let user = users::show(&mut store, &login.username)?;
        Ok((login, user))
    });
    match result {
        Ok((login, user)) => {
            let roles: Vec<&str> = user.roles.iter().map(|a| a.role.as_str()).collect();
            println!("welcome {} ({}), roles: {}", user.name, login.username, roles.join(", "));
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
