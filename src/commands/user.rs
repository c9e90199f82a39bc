//! `crmctl user ...`

use crate::error::{Error, Result};
use crate::store::OpenMode;
use crate::users::{self, Changed, ListQuery, NewUser, PasswordChoice, User, UserChanges};
use crate::validate;

use super::{Context, print_user, user_pairs};
use crate::cli::{Format, UserAddArgs, UserCommand, UserDisableArgs};
use crate::output::views::{PurgedView, UserView, UserWithInvitation, invitation_code_view};

const PASSWORD_FLAGS: &str = "--password-stdin, --random-password or --invite";

/// Dispatches a `user` verb.
pub fn run(ctx: &Context, cmd: UserCommand) -> Result<()> {
    match cmd {
        UserCommand::Add(args) => add(ctx, args),
        UserCommand::Show { user } => {
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let user = users::show(&mut store, &who, &user)?;
            print_user(ctx, &user, None, true)
        }
        UserCommand::List(args) => {
            let query = ListQuery {
                status: args.status,
                role: args.role,
                department: args.department,
                search: args.search,
                inactive_days: args.inactive_days,
                limit: args.limit,
            };
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let list = users::list(&mut store, &who, &query)?;
            print_users(ctx, &list)
        }
        UserCommand::Update(args) => {
            let changes = UserChanges {
                username: args.username,
                name: args.name,
                email: args.email,
                phone: args.phone,
                employee_id: args.employee_id,
                department: args.department,
                title: args.title,
                manager: args.manager,
                expires: args.expires,
                provider: None,
            };
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let result = users::update(&mut store, &who, &args.user, changes)?;
            print_change(ctx, result, "nothing to change")
        }
        UserCommand::Disable(args) => disable(ctx, args),
        UserCommand::Enable { user } => {
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let result = users::enable(&mut store, &who, &user)?;
            print_change(ctx, result, "not disabled or locked; nothing changed")
        }
        UserCommand::Delete { user } => {
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let found = users::show(&mut store, &who, &user)?;
            ctx.confirm(&format!("Delete user {} ({})? It can be restored later", found.username, found.name))?;
            let result = users::delete(&mut store, &who, &format!("#{}", found.id))?;
            print_change(ctx, result, "already deleted; nothing changed")
        }
        UserCommand::Restore { user } => {
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let result = users::restore(&mut store, &who, &user)?;
            print_change(ctx, result, "not deleted; nothing changed")
        }
        UserCommand::Import(args) => super::import::run(ctx, args),
        UserCommand::Export(args) => super::import::export(ctx, args),
        UserCommand::Can { user, permission, department } => {
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let answer = crate::access::roles::can(&mut store, &who, &user, &permission, department.as_deref())?;
            super::role::print_answer(ctx, &answer)
        }
        UserCommand::Purge { user } => {
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let found = users::show(&mut store, &who, &user)?;
            ctx.confirm(&format!(
                "Erase user {} ({}) and their personal data for good? This cannot be undone",
                found.username, found.name
            ))?;
            let id = users::purge(&mut store, &who, &format!("#{}", found.id))?;
            let view = PurgedView { id, purged: true };
            match ctx.printer.format {
                Format::Json => ctx.printer.json(&view)?,
                Format::Csv => ctx.printer.csv(&[view])?,
                Format::Table => ctx.printer.note(&format!("purged user #{id}; the audit log keeps only the id")),
            }
            Ok(())
        }
    }
}

/// `user disable USER` or `user disable --inactive-days N`.
fn disable(ctx: &Context, args: UserDisableArgs) -> Result<()> {
    let (mut store, who) = ctx.session(OpenMode::Existing)?;
    let Some(days) = args.inactive_days else {
        // clap requires USER or --inactive-days: this is only a fallback.
        let user = args.user.ok_or_else(|| Error::usage("give USER or --inactive-days N"))?;
        let result = users::disable(&mut store, &who, &user, args.reason.as_deref(), args.transfer_to.as_deref())?;
        return print_change(ctx, result, "already disabled; nothing changed");
    };
    let dormant = users::disable_inactive(&mut store, &who, days, args.reason.as_deref(), args.dry_run)?;
    for admin in &dormant.kept_admins {
        ctx.printer.note(&format!("{admin} is idle too, but stays active: the last active admin"));
    }
    let n = dormant.users.len();
    let plural = if n == 1 { "" } else { "s" };
    let summary = match args.dry_run {
        true => format!("dry run: {n} user{plural} idle for more than {days} days would be disabled; nothing changed"),
        false => format!("disabled {n} user{plural} idle for more than {days} days"),
    };
    print_user_list(ctx, &dormant.users, &summary)
}

fn add(ctx: &Context, args: UserAddArgs) -> Result<()> {
    let (mut store, who) = ctx.session(OpenMode::Create)?;
    let args = match (&args.username, &args.name, &args.email) {
        (None, None, None) if ctx.interactive => form(&mut store, args)?,
        (Some(_), Some(_), Some(_)) => args,
        _ => {
            let missing: Vec<&str> = [
                (args.username.is_none(), "USERNAME"),
                (args.name.is_none(), "--name"),
                (args.email.is_none(), "--email"),
            ]
            .into_iter()
            .filter_map(|(m, n)| m.then_some(n))
            .collect();
            return Err(Error::usage(format!("missing {}", missing.join(", ")))
                .hint("crmctl user add USERNAME --name NAME --email EMAIL; with no arguments on a terminal it asks"));
        }
    };
    if args.invite && args.send {
        crate::mail::check_store_ready(&mut store)?;
    }
    let username = args.username.clone().unwrap_or_default();
    let password = if args.password_stdin {
        PasswordChoice::Given(ctx.password_from_stdin()?)
    } else if args.random_password {
        PasswordChoice::Random
    } else if args.invite {
        PasswordChoice::None
    } else if args.if_not_exists && exists(&mut store, &who, &username) {
        // The user is there already: no password is needed, so do not ask.
        PasswordChoice::None
    } else {
        let prompt = format!("Password for {}: ", username.trim());
        PasswordChoice::Given(ctx.prompt_password(&prompt, true, PASSWORD_FLAGS)?)
    };
    let req = NewUser {
        username,
        name: args.name.unwrap_or_default(),
        email: args.email.unwrap_or_default(),
        phone: args.phone,
        employee_id: args.employee_id,
        department: args.department,
        title: args.title,
        manager: args.manager,
        roles: args.roles,
        expires: args.expires,
        password,
        must_change_password: args.must_change_password,
        if_not_exists: args.if_not_exists,
        invite: args.invite,
        provider: users::ProviderFields::default(),
    };
    let added = users::add(&mut store, &who, req)?;
    if let (Some(issued), true) = (&added.invitation, args.send) {
        super::invite::send_invitation(ctx, &mut store, issued)?;
    }
    for w in &added.warnings {
        ctx.printer.warn(w);
    }
    if !added.created {
        ctx.printer.note(&format!("user {} exists already; nothing changed", added.user.username));
    }
    match &added.invitation {
        Some(issued) => print_invited(ctx, &added.user, issued),
        None => print_user(ctx, &added.user, added.password.as_ref().map(|p| p.expose()), !added.created),
    }
}

fn exists(store: &mut crate::store::Store, who: &crate::identity::Principal, username: &str) -> bool {
    validate::username(username).is_ok_and(|name| users::show(store, who, &name).is_ok())
}

/// The interactive form of `user add`: each field is checked as it is typed,
/// with the same rules as the flags.
fn form(store: &mut crate::store::Store, mut args: UserAddArgs) -> Result<UserAddArgs> {
    use dialoguer::{Confirm, Input, Select};
    let no_answer = |e: dialoguer::Error| Error::usage(format!("no answer: {e}"));
    let ask = |prompt: &str, optional: bool, check: &dyn Fn(&str) -> Result<String>| -> Result<Option<String>> {
        let text: String = Input::new()
            .with_prompt(prompt)
            .allow_empty(optional)
            .validate_with(|v: &String| -> std::result::Result<(), String> {
                if optional && v.trim().is_empty() {
                    return Ok(());
                }
                check(v).map(|_| ()).map_err(|e| e.message)
            })
            .interact_text()
            .map_err(no_answer)?;
        Ok((!text.trim().is_empty()).then_some(text))
    };
    let region = store.read(crate::config::Settings::load)?.phone_region();
    args.username = ask("Username", false, &validate::username)?;
    args.name = ask("Name", false, &validate::name)?;
    args.email = ask("Email", false, &validate::email)?;
    args.phone = ask("Phone (optional)", true, &|p| validate::phone(p, region))?;
    args.employee_id = ask("Employee ID (optional)", true, &validate::employee_id)?;
    args.department = ask("Department, such as 销售部/华东区 (optional)", true, &validate::department)?;
    args.title = ask("Title (optional)", true, &validate::title)?;
    let mut roles = vec!["(no role)".to_string()];
    roles.extend(crate::access::roles::list(store)?.into_iter().map(|r| r.name));
    let pick = Select::new().with_prompt("Role").items(&roles).default(0).interact().map_err(no_answer)?;
    args.roles = if pick == 0 { Vec::new() } else { vec![roles[pick].clone()] };
    let choices = ["send an invitation (set a password later)", "generate a password now", "type a password now"];
    match Select::new().with_prompt("Password").items(choices).default(0).interact().map_err(no_answer)? {
        0 => args.invite = true,
        1 => args.random_password = true,
        _ => {}
    }
    let summary = format!(
        "Add {} ({}, {}){}?",
        args.username.as_deref().unwrap_or(""),
        args.name.as_deref().unwrap_or(""),
        args.email.as_deref().unwrap_or(""),
        args.roles.first().map(|r| format!(" as {r}")).unwrap_or_default()
    );
    if !Confirm::new().with_prompt(summary).default(true).interact().map_err(no_answer)? {
        return Err(Error::usage("cancelled; nothing was changed"));
    }
    Ok(args)
}

/// Prints a user added with `--invite`: the user and the invitation code.
fn print_invited(ctx: &Context, user: &User, issued: &crate::users::invitations::Issued) -> Result<()> {
    let p = &ctx.printer;
    let invitation = invitation_code_view(issued);
    match p.format {
        Format::Json => p.json(&UserWithInvitation { user: UserView::from(user), invitation }),
        Format::Csv => p.csv(std::slice::from_ref(user)),
        Format::Table => {
            if !p.quiet {
                p.record(user_pairs(user))?;
            }
            p.line(&format!("invitation code: {}", invitation.code))?;
            if let Some(url) = &invitation.url {
                p.line(&format!("invitation url: {url}"))?;
            }
            p.line(&format!("invitation expires: {}", invitation.expires_at))
        }
    }
}

/// Prints the result of a change, with its warnings, or a note when nothing changed.
fn print_change(ctx: &Context, result: Changed, unchanged: &str) -> Result<()> {
    for w in &result.warnings {
        ctx.printer.warn(w);
    }
    if !result.changed {
        ctx.printer.note(&format!("{}: {unchanged}", result.user.username));
    }
    print_user(ctx, &result.user, None, false)
}

fn print_users(ctx: &Context, list: &[User]) -> Result<()> {
    print_user_list(ctx, list, &format!("{} user{}", list.len(), if list.len() == 1 { "" } else { "s" }))
}

/// Prints users: JSON, CSV, or a table followed by `summary` on stderr.
fn print_user_list(ctx: &Context, list: &[User], summary: &str) -> Result<()> {
    let p = &ctx.printer;
    match p.format {
        Format::Json => p.json(&list.iter().map(UserView::from).collect::<Vec<_>>()),
        Format::Csv => p.csv(list),
        Format::Table => {
            let rows = list
                .iter()
                .map(|u| {
                    vec![
                        u.id.to_string(),
                        u.username.clone(),
                        u.name.clone(),
                        u.email.clone(),
                        u.department.clone().unwrap_or_default(),
                        u.roles.iter().map(crate::access::roles::label).collect::<Vec<_>>().join(","),
                        u.status.as_str().to_string(),
                    ]
                })
                .collect();
            p.table(&["ID", "USERNAME", "NAME", "EMAIL", "DEPARTMENT", "ROLES", "STATUS"], rows)?;
            p.note(summary);
            Ok(())
        }
    }
}
