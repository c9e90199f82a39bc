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

use lettre::message::{Mailbox, MultiPart};
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

/// A message ready to send: a plain-text body and the same in HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    /// Recipient's display name.
    pub to_name: String,
    /// Recipient's address.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body (UTF-8).
    pub text: String,
    /// HTML alternative of the same text, every value in it escaped.
    pub html: String,
}

/// What the message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// An invitation to set a first password.
    Invitation,
    /// A password-reset link.
    Reset,
}

/// The time zone the organisation reads times in: `org.timezone`, else the
/// server's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// An IANA zone (`Asia/Shanghai`).
    Named(chrono_tz::Tz),
    /// The server's local time zone.
    Server,
}

impl Zone {
    /// The zone of `org.timezone`, else the server's. The setting was
    /// validated when it was set; a value that no longer names a zone falls
    /// back to the server's rather than stopping the mail.
    pub fn of(settings: &Settings) -> Zone {
        match settings.get("org.timezone").and_then(|name| name.parse().ok()) {
            Some(tz) => Zone::Named(tz),
            None => Zone::Server,
        }
    }
}

/// An expiry as a message shows it: local time in the organisation's zone,
/// and the stored UTC instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expiry {
    /// `2026-12-08 17:30:00 +08:00`.
    pub local: String,
    /// The zone's name (`Asia/Shanghai`), or `None` for the server's zone.
    pub zone: Option<String>,
    /// RFC 3339 UTC, as every other output shows it: `2026-12-08T09:30:00Z`.
    pub utc: String,
}

impl Expiry {
    /// `expires_at` (RFC 3339, as stored) shown in `zone`.
    pub fn new(expires_at: &str, zone: Zone) -> Expiry {
        const LOCAL: &str = "%Y-%m-%d %H:%M:%S %:z";
        let (local, name) = match (crate::clock::parse_stored(expires_at), zone) {
            (Some(at), Zone::Named(tz)) => (at.with_timezone(&tz).format(LOCAL).to_string(), Some(tz.name().into())),
            (Some(at), Zone::Server) => (at.with_timezone(&chrono::Local).format(LOCAL).to_string(), None),
            // Stored instants always parse; should one not, it is shown as it is.
            (None, _) => (expires_at.to_string(), None),
        };
        Expiry { local, zone: name, utc: expires_at.to_string() }
    }
}

/// What a message says: who it is for and the link to follow.
#[derive(Debug, Clone, Copy)]
pub struct Letter<'a> {
    /// Invitation or reset.
    pub purpose: Purpose,
    /// Organisation name.
    pub org: &'a str,
    /// Recipient's display name.
    pub name: &'a str,
    /// Recipient's username.
    pub username: &'a str,
    /// The link with the code.
    pub link: &'a str,
    /// When the link stops working.
    pub expiry: &'a Expiry,
}

/// `text` with the characters HTML gives a meaning to escaped, for element
/// content and quoted attribute values alike.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The paragraphs of a message in one language, plain (the HTML is made
/// from the same paragraphs, escaped).
struct Paragraphs {
    greeting: String,
    intro: String,
    expiry: String,
    outro: Option<String>,
}

fn chinese(l: &Letter<'_>) -> Paragraphs {
    let Letter { org, name, username, expiry, .. } = *l;
    let zone = expiry.zone.as_deref().unwrap_or("服务器时区");
    let until = format!("此链接只能使用一次，有效期至 {}（{zone}），即 {}（UTC）。", expiry.local, expiry.utc);
    match l.purpose {
        Purpose::Invitation => Paragraphs {
            greeting: format!("{name}，您好："),
            intro: format!("{org} 邀请您使用 CRM。您的用户名是 {username}。请通过以下链接设置密码："),
            expiry: until,
            outro: None,
        },
        Purpose::Reset => Paragraphs {
            greeting: format!("{name}，您好："),
            intro: format!("有人为您在 {org} CRM 的账号 {username} 申请了密码重置。请通过以下链接设置新密码："),
            expiry: until,
            outro: Some("如果不是您本人操作，请忽略本邮件，您的密码不会改变。".into()),
        },
    }
}

fn english(l: &Letter<'_>) -> Paragraphs {
    let Letter { org, name, username, expiry, .. } = *l;
    let zone = expiry.zone.as_deref().unwrap_or("server time");
    let until = format!("The link works once, until {} ({zone}), that is {} (UTC).", expiry.local, expiry.utc);
    match l.purpose {
        Purpose::Invitation => Paragraphs {
            greeting: format!("Hello {name},"),
            intro: format!("{org} invites you to the CRM. Your username is {username}. Set your password here:"),
            expiry: until,
            outro: None,
        },
        Purpose::Reset => Paragraphs {
            greeting: format!("Hello {name},"),
            intro: format!(
                "A password reset was requested for your account {username} in the {org} CRM. Choose a new \
                 password here:"
            ),
            expiry: until,
            outro: Some("If you did not ask for it, ignore this message: your password stays as it is.".into()),
        },
    }
}

fn text_part(p: &Paragraphs, link: &str) -> String {
    let mut out = format!("{}\n\n{}\n\n    {link}\n\n{}\n", p.greeting, p.intro, p.expiry);
    if let Some(outro) = &p.outro {
        out.push_str(&format!("\n{outro}\n"));
    }
    out
}

fn html_part(p: &Paragraphs, link: &str, lang: &str) -> String {
    let e = escape_html;
    let link = e(link);
    let mut out = format!(
        "<div lang=\"{lang}\">\n<p>{}</p>\n<p>{}</p>\n<p><a href=\"{link}\">{link}</a></p>\n<p>{}</p>\n",
        e(&p.greeting),
        e(&p.intro),
        e(&p.expiry)
    );
    if let Some(outro) = &p.outro {
        out.push_str(&format!("<p>{}</p>\n", e(outro)));
    }
    out.push_str("</div>\n");
    out
}

/// Composes the bilingual message (中文, then English) for an invitation or
/// reset, addressed to `email`.
pub fn compose(letter: &Letter<'_>, email: &str) -> Mail {
    let org = letter.org;
    let subject = match letter.purpose {
        Purpose::Invitation => format!("{org}：邀请您加入 CRM / Invitation to the {org} CRM"),
        Purpose::Reset => format!("{org}：重置 CRM 密码 / Reset your {org} CRM password"),
    };
    let (zh, en) = (chinese(letter), english(letter));
    let text = format!("{}\n----\n\n{}", text_part(&zh, letter.link), text_part(&en, letter.link));
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n</head>\n<body>\n{}<hr>\n{}</body>\n</html>\n",
        escape_html(&subject),
        html_part(&zh, letter.link, "zh-CN"),
        html_part(&en, letter.link, "en")
    );
    Mail { to_name: letter.name.to_string(), to: email.to_string(), subject, text, html }
}

/// The sender: `mail.from` (an address, or `显示名 <address>`), named after
/// `org.name` when it gives no name of its own.
pub fn sender(settings: &Settings) -> Result<Mailbox> {
    let from = settings.get("mail.from").unwrap_or("crmctl@localhost");
    let mut mailbox: Mailbox = from.parse().map_err(|_| {
        Error::invalid(format!("mail.from: '{from}' is not an address or 'name <address>'"))
            .hint("crmctl config set mail.from 'CRM 系统 <crm@example.com>'")
    })?;
    if mailbox.name.is_none() {
        mailbox.name = settings.get("org.name").map(str::to_string);
    }
    Ok(mailbox)
}

/// The check every `--send` makes before anything is written: a message
/// needs a link (`invite.base_url`) and a sender that parses, or nothing is
/// issued at all (exit 5).
pub fn check_ready(settings: &Settings) -> Result<()> {
    if settings.get("invite.base_url").is_none() {
        return Err(Error::invalid(
            "--send needs invite.base_url: without it there is no link to mail, and nothing was changed",
        )
        .hint("crmctl config set invite.base_url https://crm.example.com")
        .hint("or leave out --send and hand over the code yourself"));
    }
    sender(settings).map(drop)
}

/// [`check_ready`] with the settings of `store`.
pub fn check_store_ready(store: &mut crate::store::Store) -> Result<()> {
    check_ready(&store.read(Settings::load)?)
}

fn recipient(name: &str, email: &str) -> Result<Mailbox> {
    let address = email.parse().map_err(|err| Error::invalid(format!("cannot mail '{email}': {err}")))?;
    Ok(Mailbox::new(Some(name.to_string()), address))
}

/// The message as lettre builds it: `From`, `To`, `Subject`, `Date`,
/// `Message-ID` (random, at the sender's domain), `MIME-Version` and a
/// multipart/alternative body, UTF-8 text then HTML. Every transport sends
/// these same bytes.
fn build(settings: &Settings, mail: &Mail) -> Result<Message> {
    let from = sender(settings)?;
    let id: [u8; 16] = rand::random();
    let message_id = format!("<{}@{}>", hex::encode(id), from.email.domain());
    Message::builder()
        .from(from)
        .to(recipient(&mail.to_name, &mail.to)?)
        .subject(mail.subject.clone())
        .date_now()
        .message_id(Some(message_id))
        .multipart(MultiPart::alternative_plain_html(mail.text.clone(), mail.html.clone()))
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
                stdin.write_all(&unix_lines(&message.formatted())).map_err(|e| failed("sendmail", e.to_string()))?;
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

/// A message with CRLF line ends (as lettre formats it for SMTP and `.eml`
/// files) in the local convention that `sendmail -t` reads: LF. Some MTAs
/// keep a CR they are handed as part of the line.
fn unix_lines(message: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(message.len());
    let mut bytes = message.iter().peekable();
    while let Some(&b) = bytes.next() {
        if b == b'\r' && bytes.peek() == Some(&&b'\n') {
            continue;
        }
        out.push(b);
    }
    out
}

/// Mails an invitation just issued; a failure leaves the code valid and
/// says how to resend. Callers check [`check_store_ready`] before issuing it.
pub fn send_invitation(
    store: &mut crate::store::Store,
    issued: &crate::users::invitations::Issued,
    smtp_password: Option<&str>,
) -> Result<()> {
    deliver(
        store,
        Purpose::Invitation,
        &issued.username,
        &issued.name,
        &issued.email,
        issued.url.as_deref(),
        &issued.expires_at,
        smtp_password,
    )
    .map_err(|err| err.hint(format!("then: crmctl invite resend {} --send", issued.id)))
}

/// Composes and sends the message for a code to `email`, with the settings
/// and database of `store`. `url` is the code's link, which exists only when
/// `invite.base_url` is set: callers check with [`check_ready`] before they
/// issue the code, and without it nothing is sent (exit 5).
#[allow(clippy::too_many_arguments)]
pub fn deliver(
    store: &mut crate::store::Store,
    purpose: Purpose,
    username: &str,
    name: &str,
    email: &str,
    url: Option<&str>,
    expires_at: &str,
    smtp_password: Option<&str>,
) -> Result<()> {
    let settings = store.read(Settings::load)?;
    check_ready(&settings)?;
    let link = url.ok_or_else(|| Error::invalid("no link to mail: invite.base_url is not set"))?;
    let org = settings.get("org.name").unwrap_or("CRM");
    let expiry = Expiry::new(expires_at, Zone::of(&settings));
    let mail = compose(&Letter { purpose, org, name, username, link, expiry: &expiry }, email);
    let database = store.path().map(Path::to_path_buf).unwrap_or_default();
    send(&settings, &database, smtp_password, &mail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shanghai() -> Expiry {
        Expiry::new("2026-12-01T00:00:00Z", Zone::Named(chrono_tz::Asia::Shanghai))
    }

    fn letter<'a>(purpose: Purpose, name: &'a str, expiry: &'a Expiry) -> Letter<'a> {
        Letter { purpose, org: "示例公司", name, username: "zhangsan", link: "https://crm/x?a=1&b=2", expiry }
    }

    #[test]
    fn messages_are_bilingual_with_link_and_expiry_in_both_zones() {
        let expiry = shanghai();
        assert_eq!(expiry.local, "2026-12-01 08:00:00 +08:00");
        let m = compose(&letter(Purpose::Invitation, "张三", &expiry), "zs@example.com");
        assert!(m.subject.contains("邀请") && m.subject.contains("Invitation"));
        for body in [&m.text, &m.html] {
            assert!(body.contains("2026-12-01 08:00:00 +08:00") && body.contains("Asia/Shanghai"), "{body}");
            assert!(body.contains("2026-12-01T00:00:00Z") && body.contains("UTC"), "{body}");
            assert!(body.contains("您好") && body.contains("Hello"), "{body}");
        }
        assert!(m.text.contains("https://crm/x?a=1&b=2"));
        assert!(m.html.contains("href=\"https://crm/x?a=1&amp;b=2\""), "{}", m.html);
        let r = compose(&letter(Purpose::Reset, "Li", &expiry), "li@example.com");
        assert!(r.subject.contains("重置") && r.subject.contains("Reset"));
        assert!(r.text.contains("ignore this message"));
    }

    #[test]
    fn user_values_are_escaped_in_the_html() {
        let expiry = shanghai();
        let mut l = letter(Purpose::Invitation, "<b>张三</b>", &expiry);
        l.org = "A&B \"Co\" 'Ltd'";
        let m = compose(&l, "zs@example.com");
        assert!(m.html.contains("&lt;b&gt;张三&lt;/b&gt;"), "{}", m.html);
        assert!(m.html.contains("A&amp;B &quot;Co&quot; &#39;Ltd&#39;"), "{}", m.html);
        assert!(!m.html.contains("<b>"), "{}", m.html);
        assert!(m.text.contains("<b>张三</b>"), "the text part is plain text");
    }

    #[test]
    fn the_server_zone_is_the_default_and_utc_is_always_shown() {
        let settings = Settings::default();
        assert_eq!(Zone::of(&settings), Zone::Server);
        let e = Expiry::new("2026-12-01T00:00:00Z", Zone::Server);
        assert_eq!((e.zone, e.utc.as_str()), (None, "2026-12-01T00:00:00Z"));
        let local = chrono::DateTime::parse_from_str(&e.local, "%Y-%m-%d %H:%M:%S %:z").map(|t| t.to_utc());
        assert_eq!(local.ok(), crate::clock::parse_stored("2026-12-01T00:00:00Z"));
    }

    #[test]
    fn sendmail_gets_unix_line_ends() {
        assert_eq!(unix_lines(b"A: b\r\n\r\nbody\rx\r\n"), b"A: b\n\nbody\rx\n");
    }

    #[test]
    fn a_built_message_has_the_headers_providers_ask_for() -> Result<()> {
        let expiry = shanghai();
        let m = compose(&letter(Purpose::Invitation, "<b>张三</b>", &expiry), "zs@example.com");
        let message = build(&Settings::default(), &m)?;
        let text = String::from_utf8_lossy(&message.formatted()).into_owned();
        for header in ["Message-ID: <", "Date: ", "MIME-Version: 1.0", "Content-Type: multipart/alternative"] {
            assert!(text.contains(header), "{header} missing:\n{text}");
        }
        assert!(text.contains("@localhost>"), "the id is at the sender's domain:\n{text}");
        assert!(text.contains("text/plain; charset=utf-8") && text.contains("text/html; charset=utf-8"), "{text}");
        Ok(())
    }

    #[test]
    fn no_base_url_means_no_send() {
        let err = check_ready(&Settings::default()).err();
        assert_eq!(err.as_ref().map(|e| e.kind), Some(crate::error::Kind::Invalid));
        assert!(err.is_some_and(|e| e.message.contains("invite.base_url")));
    }
}
