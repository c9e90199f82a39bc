//! `crmctl mfa ...`: TOTP enrolment and reset.

use crate::error::{Error, Result};
use crate::login::mfa;
use crate::store::OpenMode;
use crate::users;

use super::Context;
use super::print_user;
use crate::cli::{Format, MfaCommand};
use crate::output::views::EnrollmentView;

/// `mfa enroll|reset`.
pub fn mfa(ctx: &Context, cmd: MfaCommand) -> Result<()> {
    let (mut store, who) = ctx.session(OpenMode::Existing)?;
    let p = &ctx.printer;
    match cmd {
        MfaCommand::Enroll { user, code: Some(code) } => {
            let user = mfa::confirm(&mut store, &who, &user, &code)?;
            p.note(&format!("MFA enrolled for {}", user.username));
            print_user(ctx, &user, None, false)?;
        }
        MfaCommand::Enroll { user, code: None } => {
            let username = users::show(&mut store, &who, &user)?.username;
            let e = mfa::start(&mut store, &who, &user)?;
            let view = EnrollmentView {
                username: username.clone(),
                uri: e.uri.clone(),
                secret: e.secret.expose().to_string(),
            };
            match p.format {
                Format::Json => p.json(&view)?,
                Format::Csv => p.csv(std::slice::from_ref(&view))?,
                Format::Table => {
                    p.line(&view.uri)?;
                    let qr = qrcode::QrCode::new(view.uri.as_bytes())
                        .map_err(|err| Error::storage(format!("cannot draw the QR code: {err}")))?;
                    p.raw(qr.render::<qrcode::render::unicode::Dense1x2>().quiet_zone(true).build().as_bytes())?;
                    // The secret is in the URI and the QR code: it is not printed a second time.
                }
            }
            if ctx.interactive && p.format == Format::Table {
                let code: String = dialoguer::Input::new()
                    .with_prompt("Code shown by the app")
                    .interact_text()
                    .map_err(|err| Error::usage(format!("no answer: {err}")))?;
                let user = mfa::confirm(&mut store, &who, &username, &code)?;
                p.note(&format!("MFA enrolled for {}", user.username));
            } else {
                p.note(&format!("confirm with: crmctl mfa enroll {username} --code CODE"));
            }
        }
        MfaCommand::Reset { user } => {
            let user = mfa::reset(&mut store, &who, &user)?;
            p.note(&format!("MFA removed for {}", user.username));
            print_user(ctx, &user, None, false)?;
        }
    }
    Ok(())
}
