//! `crmctl reset-password` and `crmctl password ...`.
use std::io::BufRead;

use crate::credentials::passwords::Secret;
use crate::error::{Error, Result};
use crate::login::resets::{self, Mode, Outcome};
use crate::mail::{self, Purpose};
use crate::store::OpenMode;

use super::print_user;
use super::{Context, new_password, one_time_code};
use crate::cli::{Format, PasswordCommand, ResetArgs};
use crate::output::views::{ResetLinkView, ResetPasswordView};

/// `reset-password`.
pub fn reset_password(ctx: &Context, args: ResetArgs) -> Result<()> {
    let (mut store, who) = ctx.session(OpenMode::Existing)?;
    if args.send {
        mail::check_store_ready(&mut store)?;
    }
    let mode = if args.random_password {
        Mode::Random
    } else if args.password_stdin {
        Mode::Given(ctx.password_from_stdin()?)
    } else {
        Mode::Link { mailed: args.send }
    };
    let p = &ctx.printer;
    match resets::reset(&mut store, &who, &args.user, mode, args.must_change_password)? {
        Outcome::Link { username, name, email, code, url, expires_at } => {
            if args.send {
                mail::deliver(
                    &mut store,
                    Purpose::Reset,
                    &username,
                    &name,
                    &email,
                    url.as_deref(),
                    &expires_at,
                    ctx.env.smtp_password.as_deref(),
                )
                .map_err(|err| err.hint(format!("then: crmctl reset-password {username} --send")))?;
                p.note(&format!("reset link mailed to {email}"));
            }
            // A mailed link went to the user's own address: the actor managed
            // the account and does not get to see the code.
            let (code, url) = match args.send {
                true => (None, None),
                false => (Some(code.expose().to_string()), url),
            };
            let view = ResetLinkView { username, code, url, expires_at };
            match p.format {
                Format::Json => p.json(&view)?,
                Format::Csv => p.csv(std::slice::from_ref(&view))?,
                Format::Table => p.record(vec![
                    ("username", view.username.clone()),
                    ("code", view.code.clone().unwrap_or_else(|| "- (mailed)".into())),
                    ("url", view.url.clone().unwrap_or_else(|| "- (set invite.base_url for links)".into())),
                    ("expires_at", view.expires_at.clone()),
                ])?,
            }
        }
        Outcome::Set { username, password, must_change_password } => {
            let view = ResetPasswordView {
                username,
                password: password.map(|p| p.expose().to_string()),
                must_change_password,
            };
            match p.format {
                Format::Json => p.json(&view)?,
                Format::Csv => p.csv(std::slice::from_ref(&view))?,
                Format::Table => match &view.password {
                    Some(pw) => {
                        p.line(&format!("password: {pw}"))?;
                        p.note("the password is shown only this once; it must be changed at first login");
                    }
                    None => p.note(&format!("password of {} is set", view.username)),
                },
            }
        }
    }
    Ok(())
}

/// `password change|set`.
pub fn password(ctx: &Context, cmd: PasswordCommand) -> Result<()> {
    // The code comes first: a usage error before anything is opened.
    let code = match &cmd {
        PasswordCommand::Set { code, code_stdin, .. } => {
            Some(one_time_code(ctx, code.clone(), *code_stdin, "Reset code: ", "--code CODE")?)
        }
        PasswordCommand::Change { .. } => None,
    };
    let (mut store, who) = ctx.session(OpenMode::Existing)?;
    let user = match cmd {
        PasswordCommand::Change { user, password_stdin } => {
            let (old, new) = if password_stdin {
                let mut lines = std::io::stdin().lock().lines();
                let mut next = |what: &str| -> Result<Secret> {
                    match lines.next() {
                        Some(Ok(line)) if !line.trim_end_matches('\r').is_empty() => {
                            Ok(Secret::new(line.trim_end_matches('\r')))
                        }
                        _ => Err(Error::invalid(format!("no {what} password on stdin"))
                            .hint("line 1: the old password, line 2: the new one")),
                    }
                };
                (next("old")?, next("new")?)
            } else {
                let old = ctx.prompt_password("Current password: ", false, "--password-stdin")?;
                (old, ctx.prompt_password("New password: ", true, "--password-stdin")?)
            };
            resets::change(&mut store, who.actor(), &user, &old, &new)?
        }
        PasswordCommand::Set { password_stdin, .. } => {
            let code = code.ok_or_else(|| Error::usage("no reset code"))?;
            let new = new_password(ctx, password_stdin, "New password: ")?;
            resets::set_with_code(&mut store, who.actor(), code.expose(), &new)?
        }
    };
    ctx.printer.note(&format!("password of {} changed", user.username));
    print_user(ctx, &user, None, false)
}
