//! Mail for `--send`: bilingual (中文 + English) messages with a link or code
//! and its absolute expiry, delivered by the transport in `mail.transport`:
//! `file` (one `.eml` per message in `mail.outbox_dir`), `sendmail` (piped to
//! `mail.sendmail_command`, with a minimal environment) or `smtp` (lettre:
//! STARTTLS, or TLS on port 465; a login is never sent over a plain connection).
//!
//! A failed delivery is a storage/I/O error (exit 8); callers send after
//! committing, so the code stays valid to resend.

use std::io::Write;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

use crate::config::Settings;
use crate::error::{Error, Result};
use crate::files;

/// The `PATH` a sendmail command runs with (its whole environment is this and
/// a UTF-8 locale).
const SENDMAIL_PATH: &str = "/usr/sbin:/usr/bin:/sbin:/bin";

/// The SMTP submission port with implicit TLS.
const SMTPS_PORT: u16 = 465;

/// A message ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    /// Recipient's display name.
    pub to_name: String,
    /// Recipient's address.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
}

/// What the message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// An invitation to set a first password.
    Invitation,
    /// A password-reset link.
    Reset,
}

/// Composes the bilingual message for an invitation or reset.
/// `link` is the URL when `invite.base_url` is set, else the code with the
/// command that redeems it.
pub fn compose(
    purpose: Purpose,
    org: &str,
    name: &str,
    email: &str,
    username: &str,
    link: &str,
    expires_at: &str,
) -> Mail {
    let (subject, zh, en) = match purpose {
        Purpose::Invitation => (
            format!("{org}：邀请您加入 CRM / Invitation to the {org} CRM"),
            format!(
                "{name}，您好：\n\n{org} 邀请您使用 CRM。您的用户名是 {username}。\n请通过以下链接设置密码：\n\n    {link}\n\n链接在 {expires_at}（UTC）前有效，且只能使用一次。"
            ),
            format!(
                "Hello {name},\n\n{org} invites you to the CRM. Your username is {username}.\nSet your password here:\n\n    {link}\n\nThe link works once, until {expires_at} (UTC)."
            ),
        ),
        Purpose::Reset => (
            format!("{org}：重置 CRM 密码 / Reset your {org} CRM password"),
            format!(
                "{name}，您好：\n\n有人为您的账号 {username} 申请了密码重置。请通过以下链接设置新密码：\n\n    {link}\n\n链接在 {expires_at}（UTC）前有效，且只能使用一次。如果不是您本人操作，请忽略本邮件。"
            ),
            format!(
                "Hello {name},\n\nA password reset was requested for your account {username}. Choose a new password here:\n\n    {link}\n\nThe link works once, until {expires_at} (UTC). If you did not ask for it, ignore this message."
            ),
        ),
    };
    Mail { to_name: name.to_string(), to: email.to_string(), subject, body: format!("{zh}\n\n----\n\n{en}\n") }
}

fn address(name: Option<&str>, email: &str) -> Result<Mailbox> {
    let address = email.parse().map_err(|err| Error::invalid(format!("cannot mail '{email}': {err}")))?;
    Ok(Mailbox::new(name.map(str::to_string), address))
}

fn build(settings: &Settings, mail: &Mail) -> Result<Message> {
    let from = settings.get("mail.from").unwrap_or("crmctl@localhost");
    Message::builder()
        .from(address(settings.get("org.name"), from)?)
        .to(address(Some(&mail.to_name), &mail.to)?)
        .subject(mail.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body.clone())
        .map_err(|err| Error::invalid(format!("cannot build the message: {err}")))
}

/// Where `file` transport writes: `mail.outbox_dir`, else `outbox/` beside the database.
pub fn outbox_dir(settings: &Settings, database: &Path) -> PathBuf {
    match settings.get("mail.outbox_dir") {
        Some(dir) => PathBuf::from(dir),
        None => database.parent().unwrap_or(Path::new(".")).join("outbox"),
    }
}

/// Delivers `mail` with the configured transport. `smtp_password` comes from
/// `CRMCTL_SMTP_PASSWORD`.
pub fn send(settings: &Settings, database: &Path, smtp_password: Option<&str>, mail: &Mail) -> Result<()> {
    let message = build(settings, mail)?;
    let failed = |how: &str, err: String| {
        Error::storage(format!("sending mail to {} by {how} failed: {err}", mail.to))
            .hint("the code is still valid: fix the mail settings (crmctl config show) and resend")
    };
    match settings.get("mail.transport").unwrap_or("file") {
        "sendmail" => {
            let command = settings.get("mail.sendmail_command").unwrap_or("/usr/sbin/sendmail -t -i");
            let words = shell_words::split(command).map_err(|e| failed("sendmail", e.to_string()))?;
            let (program, args) = words.split_first().ok_or_else(|| failed("sendmail", "empty command".into()))?;
            // The program gets a minimal environment: nothing of ours (no
            // CRMCTL_TOKEN, no CRMCTL_SMTP_PASSWORD) and nothing of the caller's
            // HOME or shell setup.
            let mut child = Command::new(program)
                .args(args)
                .env_clear()
                .env("PATH", SENDMAIL_PATH)
                .env("LANG", "C.UTF-8")
                .env("LC_ALL", "C.UTF-8")
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .map_err(|e| failed("sendmail", format!("{program}: {e}")))?;
            if let Some(mut stdin) = child.stdin.take() {
                stdin.write_all(&message.formatted()).map_err(|e| failed("sendmail", e.to_string()))?;
            }
            let out = child.wait_with_output().map_err(|e| failed("sendmail", e.to_string()))?;
            if !out.status.success() {
                let stderr = String::from_utf8_lossy(&out.stderr);
                return Err(failed("sendmail", format!("{program} exited with {}: {}", out.status, stderr.trim())));
            }
        }
        "smtp" => {
            let host = settings.get("mail.smtp_host").unwrap_or("localhost");
            let port = settings.number("mail.smtp_port").unwrap_or(25) as u16;
            let starttls = settings.get("mail.smtp_starttls") != Some("false");
            let user = settings.get("mail.smtp_user");
            // Port 465 is TLS from the first byte (RFC 8314); elsewhere STARTTLS
            // is required (never opportunistic) unless turned off.
            let mut builder = if port == SMTPS_PORT {
                SmtpTransport::relay(host).map_err(|e| failed("smtp", e.to_string()))?
            } else if starttls {
                SmtpTransport::starttls_relay(host).map_err(|e| failed("smtp", e.to_string()))?
            } else if user.is_some() {
                return Err(Error::storage(format!(
                    "not sending mail to {}: mail.smtp_user is set but the connection to {host}:{port} would not be \
                     encrypted, and the SMTP password is never sent in clear",
                    mail.to
                ))
                .hint("set mail.smtp_starttls = true, or mail.smtp_port = 465 (TLS from the start)")
                .hint("the code is still valid: resend once the mail settings are fixed"));
            } else {
                SmtpTransport::builder_dangerous(host)
            };
            builder = builder.port(port).timeout(Some(Duration::from_secs(20)));
            if let Some(user) = user {
                builder =
                    builder.credentials(Credentials::new(user.to_string(), smtp_password.unwrap_or("").to_string()));
            }
            builder.build().send(&message).map_err(|e| failed("smtp", e.to_string()))?;
        }
        _ => {
            let dir = outbox_dir(settings, database);
            write_to_outbox(&dir, &message.formatted()).map_err(|e| match e.kind {
                crate::error::Kind::Storage => failed("file", e.message),
                _ => e.hint("the code is still valid: fix mail.outbox_dir (crmctl config show) and resend"),
            })?;
        }
    }
    Ok(())
}

/// The `file` transport: the message as a new `.eml` file in `dir` (created
/// 0700 when missing), written like every file crmctl writes (mode 0600,
/// atomically, never through a symlink: see [`crate::files`]). Returns its path.
fn write_to_outbox(dir: &Path, message: &[u8]) -> Result<PathBuf> {
    files::check_folder(dir, "mail.outbox_dir")?;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| Error::storage(format!("{}: {e}", dir.display())))?;
    let id: [u8; 16] = rand::random();
    let path = dir.join(format!("{}.eml", hex::encode(id)));
    files::write_new(&path, "the mail file", message)?;
    Ok(path)
}

/// Composes and sends the message for a code to `email`, with the settings
/// and database of `store`. Without `invite.base_url` the message carries the
/// code and the command that redeems it.
#[allow(clippy::too_many_arguments)]
pub fn deliver(
    store: &mut crate::store::Store,
    purpose: Purpose,
    username: &str,
    name: &str,
    email: &str,
    code: &crate::credentials::passwords::Secret,
    url: Option<&str>,
    expires_at: &str,
    smtp_password: Option<&str>,
) -> Result<()> {
    let settings = store.read(Settings::load)?;
    let link = match (url, purpose) {
        (Some(url), _) => url.to_string(),
        // The command asks for the code: typed there, it stays out of `ps`.
        (None, Purpose::Invitation) => format!("crmctl invite accept    # code: {}", code.expose()),
        (None, Purpose::Reset) => format!("crmctl password set    # code: {}", code.expose()),
    };
    let org = settings.get("org.name").unwrap_or("CRM").to_string();
    let mail = compose(purpose, &org, name, email, username, &link, expires_at);
    let database = store.path().map(Path::to_path_buf).unwrap_or_default();
    send(&settings, &database, smtp_password, &mail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_bilingual_with_link_and_expiry() {
        let m = compose(
            Purpose::Invitation,
            "示例公司",
            "张三",
            "zs@example.com",
            "zhangsan",
            "https://crm/x",
            "2026-12-01T00:00:00Z",
        );
        assert!(m.subject.contains("邀请") && m.subject.contains("Invitation"));
        assert!(m.body.contains("https://crm/x") && m.body.contains("2026-12-01T00:00:00Z"));
        assert!(m.body.contains("您好") && m.body.contains("Hello"));
        let r = compose(Purpose::Reset, "Org", "Li", "li@example.com", "li", "CODE", "2026-12-01T00:00:00Z");
        assert!(r.subject.contains("重置") && r.subject.contains("Reset"));
    }
}
