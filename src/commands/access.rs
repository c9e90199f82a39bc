//! `crmctl invite ...`, `reset-password`, `password ...` and `mfa ...`.

use std::io::BufRead;

use crmctl::error::{Error, Result};
use crmctl::invites::{self, Issued};
use crmctl::mail::{self, Purpose};
use crmctl::passwords::Secret;
use crmctl::resets::{self, Mode, Outcome};
use crmctl::store::{OpenMode, Store};
use crmctl::{mfa, users};

use super::Context;
use super::user::print_user;
use crate::cli::{Format, InviteCommand, MfaCommand, PasswordCommand, ResetArgs};
use crate::output::views::{EnrollmentView, InvitationView, IssuedView, ResetLinkView, ResetPasswordView};

/// Mails an invitation; a failure leaves the code valid and says how to resend.
pub fn send_invitation(ctx: &Context, store: &mut Store, issued: &Issued) -> Result<()> {
    mail::deliver(
        store,
        Purpose::Invitation,
        &issued.username,
        &issued.name,
        &issued.email,
        &issued.code,
        issued.url.as_deref(),
        &issued.expires_at,
        ctx.env.smtp_password.as_deref(),
    )
    .map_err(|err| err.hint(format!("then: crmctl invite resend {} --send", issued.id)))?;
    ctx.printer.note(&format!("invitation mailed to {}", issued.email));
    Ok(())
}

/// Prints an invitation code with its expiry (and URL).
fn print_issued(ctx: &Context, issued: &Issued) {
    let view = IssuedView::from(issued);
    let p = &ctx.printer;
    match p.format {
        Format::Json => p.json(&view),
        Format::Csv => p.line(&format!(
            "id,username,email,code,url,expires_at\n{},{},{},{},{},{}",
            view.id,
            view.username,
            view.email,
            view.code,
            view.url.clone().unwrap_or_default(),
            view.expires_at
        )),
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
            let req = invites::Request { target, name, role, department, expires_in };
            let issued = invites::create(&mut store, &who, req)?;
            if send {
                send_invitation(ctx, &mut store, &issued)?;
            }
            print_issued(ctx, &issued);
        }
        InviteCommand::List { status } => {
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let views: Vec<InvitationView> =
                invites::list(&mut store, &who, status.as_deref())?.iter().map(InvitationView::from).collect();
            match p.format {
                Format::Json => p.json(&views),
                Format::Csv => p.csv(&views),
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
                ),
            }
        }
        InviteCommand::Resend { id, send } => {
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let issued = invites::resend(&mut store, &who, id)?;
            if send {
                send_invitation(ctx, &mut store, &issued)?;
            }
            print_issued(ctx, &issued);
        }
        InviteCommand::Revoke { id } => {
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let view = InvitationView::from(&invites::revoke(&mut store, &who, id)?);
            match p.format {
                Format::Json => p.json(&view),
                Format::Csv => p.csv(&[view]),
                Format::Table => p.note(&format!("invitation #{} of {} is revoked", view.id, view.username)),
            }
        }
        InviteCommand::Accept { code, code_stdin, password_stdin } => {
            let code = one_time_code(ctx, code, code_stdin, "Invitation code: ", "CODE")?;
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let password = new_password(ctx, password_stdin, "Choose a password: ")?;
            let user = invites::accept(&mut store, who.actor(), code.expose(), &password)?;
            p.note(&format!("welcome, {}: your account is active", user.username));
            print_user(ctx, &user, None, false);
        }
    }
    Ok(())
}

/// The code of `invite accept` / `password set`: as given (`given_flag`,
/// visible in `ps`: still accepted), from the first line of stdin with
/// `--code-stdin`, else asked for on the terminal without echo.
fn one_time_code(
    ctx: &Context,
    given: Option<String>,
    from_stdin: bool,
    prompt: &str,
    given_flag: &str,
) -> Result<Secret> {
    if let Some(code) = given {
        return Ok(Secret::new(code.trim()));
    }
    if from_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|err| Error::invalid(format!("cannot read the code from stdin: {err}")))?;
        let code = line.trim();
        if code.is_empty() {
            return Err(Error::invalid("no code on stdin (the first line is empty)")
                .hint("printf '%s\\n%s\\n' \"$CODE\" \"$PASSWORD\" | crmctl ... --code-stdin --password-stdin"));
        }
        return Ok(Secret::new(code));
    }
    if !ctx.interactive {
        return Err(Error::usage("the code is needed, but stdin is not a terminal to ask on")
            .hint("pass --code-stdin: the code on the first line of stdin (the password on the next: --password-stdin)")
            .hint(format!("or give it as {given_flag}, where other users of the machine can see it (ps)")));
    }
    let code =
        rpassword::prompt_password(prompt).map_err(|err| Error::usage(format!("cannot read the code: {err}")))?;
    Ok(Secret::new(code.trim()))
}

fn new_password(ctx: &Context, from_stdin: bool, prompt: &str) -> Result<Secret> {
    if from_stdin { ctx.password_from_stdin() } else { ctx.prompt_password(prompt, true, "--password-stdin") }
}

/// `reset-password`.
pub fn reset_password(ctx: &Context, args: ResetArgs) -> Result<()> {
    let (mut store, who) = ctx.session(OpenMode::Existing)?;
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
                    &code,
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
                Format::Json => p.json(&view),
                Format::Csv => p.line(&format!(
                    "username,code,url,expires_at\n{},{},{},{}",
                    view.username,
                    view.code.clone().unwrap_or_default(),
                    view.url.clone().unwrap_or_default(),
                    view.expires_at
                )),
                Format::Table => p.record(vec![
                    ("username", view.username.clone()),
                    ("code", view.code.clone().unwrap_or_else(|| "- (mailed)".into())),
                    ("url", view.url.clone().unwrap_or_else(|| "- (set invite.base_url for links)".into())),
                    ("expires_at", view.expires_at.clone()),
                ]),
            }
        }
        Outcome::Set { username, password, must_change_password } => {
            let view = ResetPasswordView {
                username,
                password: password.map(|p| p.expose().to_string()),
                must_change_password,
            };
            match p.format {
                Format::Json => p.json(&view),
                Format::Csv => p.line(&format!(
                    "username,password,must_change_password\n{},{},{}",
                    view.username,
                    view.password.clone().unwrap_or_default(),
                    view.must_change_password
                )),
                Format::Table => match &view.password {
                    Some(pw) => {
                        p.line(&format!("password: {pw}"));
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
    print_user(ctx, &user, None, false);
    Ok(())
}

/// `mfa enroll|reset`.
pub fn mfa(ctx: &Context, cmd: MfaCommand) -> Result<()> {
    let (mut store, who) = ctx.session(OpenMode::Existing)?;
    let p = &ctx.printer;
    match cmd {
        MfaCommand::Enroll { user, code: Some(code) } => {
            let user = mfa::confirm(&mut store, &who, &user, &code)?;
            p.note(&format!("MFA enrolled for {}", user.username));
            print_user(ctx, &user, None, false);
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
                Format::Json => p.json(&view),
                Format::Csv => p.line(&format!("username,uri,secret\n{},{},{}", view.username, view.uri, view.secret)),
                Format::Table => {
                    p.line(&view.uri);
                    let qr = qrcode::QrCode::new(view.uri.as_bytes())
                        .map_err(|err| Error::storage(format!("cannot draw the QR code: {err}")))?;
                    p.raw(qr.render::<qrcode::render::unicode::Dense1x2>().quiet_zone(true).build().as_bytes());
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
            print_user(ctx, &user, None, false);
        }
    }
    Ok(())
}
