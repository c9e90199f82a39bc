//! `crmctl auth ...`

use crate::error::Result;
use crate::login;
use crate::store::OpenMode;

use super::Context;
use crate::cli::{AuthCommand, Format};
use crate::output::views::{LoginRefusedView, LoginView};

/// Dispatches an `auth` verb.
pub fn run(ctx: &Context, cmd: AuthCommand) -> Result<()> {
    match cmd {
        AuthCommand::Verify(args) => {
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let password = if args.password_stdin {
                ctx.password_from_stdin()?
            } else {
                ctx.prompt_password(&format!("Password for {}: ", args.user.trim()), false, "--password-stdin")?
            };
            let p = &ctx.printer;
            match login::verify_login_as(&mut store, &who, &args.user, &password, args.totp.as_deref()) {
                Ok(login) => {
                    let view = LoginView {
                        ok: true,
                        username: login.username,
                        must_change_password: login.must_change_password,
                    };
                    match p.format {
                        Format::Json => p.json(&view)?,
                        Format::Csv => p.csv(&[view])?,
                        Format::Table => p.line(&format!("ok: {}", view.username))?,
                    }
                    if login.must_change_password {
                        p.note("the password must be changed now");
                    }
                    Ok(())
                }
                Err(err) => {
                    // A question command: stdout still answers it for scripts.
                    if p.format == Format::Json {
                        p.json(&LoginRefusedView { ok: false, error: err.message.clone() })?;
                    }
                    Err(err)
                }
            }
        }
        AuthCommand::Unlock { user } => {
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let (user, was_locked) = login::unlock(&mut store, &who, &user)?;
            if !was_locked {
                ctx.printer.note(&format!("{} was not locked; nothing changed", user.username));
            }
            super::print_user(ctx, &user, None, false)
        }
    }
}
