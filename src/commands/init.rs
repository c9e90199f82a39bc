//! `crmctl init`

use crate::error::{Error, Result};
use crate::identity::roles;
use std::path::Path;

use crate::store::{OpenMode, Store};
use crate::users::{self, NewUser, PasswordChoice, User};

use super::Context;
use crate::cli::{Format, InitArgs};
use crate::output::views::{InitView, UserView};

/// Creates the database, stores org name and seat limit, adds the first admin.
pub fn run(ctx: &Context, args: InitArgs) -> Result<()> {
    let (path, _) = ctx.db_path()?;
    let (mut store, who) = ctx.session(OpenMode::Create)?;
    if !who.is_superuser() {
        return Err(Error::not_permitted("init is for whoever can write the database file, not for a token")
            .hint("unset CRMCTL_TOKEN / drop --token-file"));
    }
    if !store.created() && store.read(crate::config::initialised)? {
        if !args.if_not_exists {
            return Err(Error::conflict(format!("{} already holds an organisation", path.display()))
                .hint("rename it with `crmctl config set org.name NAME`; add admins with `crmctl user add`")
                .hint("`crmctl init --if-not-exists` succeeds here and changes nothing"));
        }
        ctx.printer.note(&format!("{} already holds an organisation; nothing changed", path.display()));
        return print(ctx, &path, &mut store, None, None);
    }
    let mut pairs = Vec::new();
    if let Some(org) = &args.org {
        pairs.push(("org.name", org.clone()));
    }
    if let Some(limit) = args.seat_limit {
        pairs.push(("seat_limit", limit.to_string()));
    }
    for (key, value) in &pairs {
        crate::config::set(&mut store, &who, key, value)?;
    }
    let mut admin = None;
    let mut password = None;
    if let Some(username) = args.admin {
        let choice = if args.password_stdin {
            PasswordChoice::Given(ctx.password_from_stdin()?)
        } else if args.random_password {
            PasswordChoice::Random
        } else {
            let prompt = format!("Password for {}: ", username.trim());
            PasswordChoice::Given(ctx.prompt_password(&prompt, true, "--password-stdin or --random-password")?)
        };
        let req = NewUser {
            username,
            name: args.name.unwrap_or_default(),
            email: args.email.unwrap_or_default(),
            roles: vec![roles::ADMIN.to_string()],
            password: choice,
            ..NewUser::default()
        };
        let added = users::add(&mut store, &who, req)?;
        password = added.password.map(|p| p.expose().to_string());
        admin = Some(added.user);
    }
    print(ctx, &path, &mut store, admin, password)
}

/// Prints the organisation as it now is (and the new admin, if any).
fn print(ctx: &Context, path: &Path, store: &mut Store, admin: Option<User>, password: Option<String>) -> Result<()> {
    let current = store.read(crate::config::Settings::load)?;
    let view = InitView {
        db: path.display().to_string(),
        org: current.get("org.name").map(str::to_string),
        seat_limit: current.seat_limit(),
        admin: admin.as_ref().map(UserView::from),
        password: password.clone(),
    };
    let p = &ctx.printer;
    match p.format {
        Format::Json => p.json(&view)?,
        Format::Csv => p.csv(&admin.into_iter().collect::<Vec<_>>())?,
        Format::Table => {
            p.record(vec![
                ("db", view.db.clone()),
                ("org", view.org.clone().unwrap_or_else(|| "-".into())),
                ("seat_limit", view.seat_limit.map_or_else(|| "none".into(), |n| n.to_string())),
                ("admin", view.admin.as_ref().map_or_else(|| "-".into(), |a| a.username.clone())),
            ])?;
            if let Some(pw) = &password {
                p.line(&format!("password: {pw}"))?;
                p.note("the password is shown only this once; it must be changed at first login");
            }
        }
    }
    Ok(())
}
