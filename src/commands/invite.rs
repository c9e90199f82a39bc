//! `crmctl invite ...`: create, list, resend, revoke and accept invitations.

use crate::error::Result;
use crate::mail;
use crate::store::{OpenMode, Store};
use crate::users::invitations::{self, Issued};

use super::print_user;
use super::{Context, new_password, one_time_code};
use crate::cli::{Format, InviteCommand};
use crate::output::views::{InvitationView, IssuedView};

/// Mails an invitation; a failure leaves the code valid and says how to
/// resend. Callers check [`mail::check_store_ready`] before issuing it.
pub fn send_invitation(ctx: &Context, store: &mut Store, issued: &Issued) -> Result<()> {
    mail::send_invitation(store, issued, ctx.env.smtp_password.as_deref())?;
    ctx.printer.note(&format!("invitation mailed to {}", issued.email));
    Ok(())
}

/// Prints an invitation code with its expiry (and URL).
fn print_issued(ctx: &Context, issued: &Issued) -> Result<()> {
    let view = IssuedView::from(issued);
    let p = &ctx.printer;
    match p.format {
        Format::Json => p.json(&view),
        Format::Csv => p.csv(std::slice::from_ref(&view)),
        Format::Table => p.record(
            [
                ("invitation", format!("#{}", view.id)),
                ("username", view.username.clone()),
                ("email", view.email.clone()),
                ("code", view.code.clone()),
                ("url", view.url.clone().unwrap_or_else(|| "- (set invite.base_url for links)".into())),
                ("expires_at", view.expires_at.clone()),
            ]
            .to_vec(),
        ),
    }
}

/// Dispatches an `invite` verb.
pub fn invite(ctx: &Context, cmd: InviteCommand) -> Result<()> {
    let p = &ctx.printer;
    match cmd {
        InviteCommand::Create { target, name, role, department, expires_in, send } => {
            let (mut store, who) = ctx.session(OpenMode::Create)?;
            if send {
                mail::check_store_ready(&mut store)?;
            }
            let req = invitations::Request { target, name, role, department, expires_in };
            let issued = invitations::create(&mut store, &who, req)?;
            if send {
                send_invitation(ctx, &mut store, &issued)?;
            }
            print_issued(ctx, &issued)?;
        }
        InviteCommand::List { status } => {
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let views: Vec<InvitationView> =
                invitations::list(&mut store, &who, status.as_deref())?.iter().map(InvitationView::from).collect();
            match p.format {
                Format::Json => p.json(&views)?,
                Format::Csv => p.csv(&views)?,
                Format::Table => p.table(
                    &["ID", "USERNAME", "EMAIL", "STATUS", "CREATED", "EXPIRES", "INVITED BY"],
                    views
                        .iter()
                        .map(|v| {
                            vec![
                                v.id.to_string(),
                                v.username.clone(),
                                v.email.clone().unwrap_or_default(),
                                v.status.clone(),
                                v.created_at.clone(),
                                v.expires_at.clone(),
                                v.invited_by.clone(),
                            ]
                        })
                        .collect(),
                )?,
            }
        }
        InviteCommand::Resend { id, send } => {
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            if send {
                mail::check_store_ready(&mut store)?;
            }
            let issued = invitations::resend(&mut store, &who, id)?;
            if send {
                send_invitation(ctx, &mut store, &issued)?;
            }
            print_issued(ctx, &issued)?;
        }
        InviteCommand::Revoke { id } => {
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let view = InvitationView::from(&invitations::revoke(&mut store, &who, id)?);
            match p.format {
                Format::Json => p.json(&view)?,
                Format::Csv => p.csv(&[view])?,
                Format::Table => p.note(&format!("invitation #{} of {} is revoked", view.id, view.username)),
            }
        }
        InviteCommand::Accept { code, code_stdin, password_stdin } => {
            let code = one_time_code(ctx, code, code_stdin, "Invitation code: ", "CODE")?;
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let password = new_password(ctx, password_stdin, "Choose a password: ")?;
            let user = invitations::accept(&mut store, who.actor(), code.expose(), &password)?;
            p.note(&format!("welcome, {}: your account is active", user.username));
            print_user(ctx, &user, None, false)?;
        }
    }
    Ok(())
}
