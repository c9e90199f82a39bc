//! Invitations, password resets and changes, lockout and unlock, TOTP, and
//! mail through the file, sendmail and SMTP transports (a real SMTP server on
//! loopback).

use std::net::TcpListener;

use crate::testenv::{TestEnv, UserJson, smtp_server, superuser_actor};

const PW: &str = "tulip orbit plum 42";

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Issued {
    id: i64,
    username: String,
    email: String,
    code: String,
    url: Option<String>,
    expires_at: String,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Invitation {
    id: i64,
    username: String,
    email: Option<String>,
    status: String,
    created_at: String,
    expires_at: String,
    invited_by: String,
}

fn accept(env: &TestEnv, code: &str) -> crate::testenv::Run {
    env.run_stdin(&["invite", "accept", code, "--password-stdin"], &format!("{PW}\n"))
}

fn now_unix() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()
}

#[test]
fn inviting_a_new_email_creates_the_user_and_accepting_activates_them() {
    let env = TestEnv::with_admin();
    env.ok(&["config", "set", "invite.base_url", "https://crm.example.com/"]);
    let i: Issued = env.json(&[
        "invite",
        "create",
        "Wang.Wu@Example.com",
        "--name",
        "王五",
        "--role",
        "viewer",
        "--department",
        "销售部",
    ]);
    assert_eq!((i.id, i.username.as_str(), i.email.as_str()), (1, "wang.wu", "Wang.Wu@example.com"));
    assert_eq!(i.code.len(), 64, "256 bits, hex");
    assert_eq!(i.url.as_deref(), Some(format!("https://crm.example.com/invite/{}", i.code).as_str()));
    let week = chrono_like_days(&i.expires_at);
    assert!((6.9..7.1).contains(&week), "default lifetime is invite.ttl_hours = 168: {week}");
    let stored: String = env.sql("SELECT group_concat(digest) FROM codes");
    assert!(!stored.contains(&i.code), "only the digest is stored");
    let u: UserJson = env.json(&["user", "show", "wang.wu"]);
    assert_eq!(
        (u.status.as_str(), u.roles[0].role.as_str(), u.department.as_deref()),
        ("invited", "viewer", Some("销售部"))
    );
    // The same local part again gets a numeric suffix.
    let j: Issued = env.json(&["invite", "create", "wang.wu@other.example.com", "--name", "另一个王五"]);
    assert_eq!(j.username, "wang.wu2");

    let run = accept(&env, &i.code);
    assert_eq!(run.code, 0, "{run:?}");
    let u: UserJson = env.json(&["user", "show", "wang.wu"]);
    assert_eq!(u.status, "active");
    let ok = env.run_stdin(&["auth", "verify", "wang.wu", "--password-stdin"], &format!("{PW}\n"));
    assert_eq!(ok.code, 0);
    // A code works once.
    assert_eq!(accept(&env, &i.code).code, 4);
    let list: Vec<Invitation> = env.json(&["invite", "list"]);
    assert_eq!(list.iter().map(|i| i.status.as_str()).collect::<Vec<_>>(), ["accepted", "pending"]);
    assert!(list.iter().all(|i| i.invited_by == superuser_actor() && i.created_at < i.expires_at && i.email.is_some()));
    let pending: Vec<Invitation> = env.json(&["invite", "list", "--status", "pending"]);
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].username, "wang.wu2");
    let err = env.fails(&["invite", "list", "--status", "sideways"], 2);
    assert!(err.contains("pending, accepted, expired, revoked"), "{err}");
    let entries: Vec<serde_json::Value> = env.json(&["audit", "list", "--action", "invite"]);
    assert!(!serde_json::to_string(&entries).unwrap().contains(&i.code), "no code in the audit log");
}

/// Days from now until an RFC 3339 instant.
fn chrono_like_days(at: &str) -> f64 {
    let out = std::process::Command::new("date").args(["-u", "-d", at, "+%s"]).output().unwrap();
    let then: f64 = String::from_utf8(out.stdout).unwrap().trim().parse().unwrap();
    (then - now_unix() as f64) / 86_400.0
}

#[test]
fn invite_errors_and_lifecycle() {
    let env = TestEnv::with_admin();
    let err = env.fails(&["invite", "create", "new@example.com"], 2);
    assert!(err.contains("--name"), "{err}");
    env.fails(&["invite", "create", "root"], 4);
    env.fails(&["invite", "create", "ghost"], 3);
    env.fails(&["invite", "create", "x@example.com", "--name", "X", "--role", "wizard"], 3);
    env.fails(&["invite", "create", "x@example.com", "--name", "X", "--expires-in", "soon"], 5);
    // Expired after 1 s: refused with 6, nothing changed.
    let short: Issued = env.json(&["invite", "create", "short@example.com", "--name", "S", "--expires-in", "1s"]);
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let run = accept(&env, &short.code);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stderr.contains("expired"));
    assert_eq!(env.sql::<String>("SELECT status FROM users WHERE username = 'short'"), "invited");
    // Resend: a new code; the old one stops working.
    let again: Issued = env.json(&["invite", "resend", &short.id.to_string()]);
    assert_eq!(again.id, short.id);
    assert_ne!(again.code, short.code);
    assert_ne!(accept(&env, &short.code).code, 0);
    // Revoke: the code is refused with 6.
    let revoked: Invitation = env.json(&["invite", "revoke", &again.id.to_string()]);
    assert_eq!(revoked.status, "revoked");
    assert_eq!(accept(&env, &again.code).code, 6);
    env.fails(&["invite", "resend", &again.id.to_string()], 6);
    // Inviting again issues a fresh code.
    let fresh: Issued = env.json(&["invite", "create", "short"]);
    assert_eq!(accept(&env, &fresh.code).code, 0);
    env.fails(&["invite", "resend", &fresh.id.to_string()], 4);
    env.fails(&["invite", "revoke", "99"], 3);
    assert_eq!(accept(&env, "deadbeef").code, 3);
    // A weak password is refused and the code stays valid.
    let weak: Issued = env.json(&["invite", "create", "weak@example.com", "--name", "W"]);
    let run = env.run_stdin(&["invite", "accept", &weak.code, "--password-stdin"], "password1234\n");
    assert_eq!(run.code, 5);
    assert_eq!(accept(&env, &weak.code).code, 0);
}

#[test]
fn invites_count_against_the_seat_limit() {
    let env = TestEnv::with_admin();
    env.ok(&["config", "set", "seat_limit", "1"]);
    let err = env.fails(&["invite", "create", "x@example.com", "--name", "X"], 6);
    assert!(err.contains("1 of 1 seats in use"), "{err}");
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM users"), 1);
}

#[test]
fn user_add_invite_prints_the_code() {
    let env = TestEnv::with_admin();
    let out = env.ok(&[
        "user",
        "add",
        "zhangsan",
        "--name",
        "张三",
        "--email",
        "zs@example.com",
        "--invite",
        "--format",
        "json",
    ]);
    let mut v: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&out).unwrap();
    let inv = v.remove("invitation").unwrap();
    let _: UserJson = serde_json::from_value(serde_json::Value::Object(v)).unwrap();
    let code = inv["code"].as_str().unwrap();
    assert!(inv["expires_at"].is_string() && inv.get("url").is_none(), "{inv}");
    assert_eq!(accept(&env, code).code, 0);
    let table = env.ok(&["user", "add", "lisi", "--name", "李四", "--email", "ls@example.com", "--invite"]);
    assert!(table.contains("invitation code: ") && table.contains("invitation expires: "), "{table}");
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ResetLink {
    username: String,
    /// Absent when the link was mailed: the actor never sees it.
    #[serde(default)]
    code: Option<String>,
    url: Option<String>,
    expires_at: String,
}

#[test]
fn reset_password_link_random_and_given() {
    let env = TestEnv::with_admin();
    env.active("zhangsan", PW, &[]);
    env.ok(&["config", "set", "lockout.threshold", "2"]);
    for _ in 0..2 {
        env.run_stdin(&["auth", "verify", "zhangsan", "--password-stdin"], "wrong horse battery\n");
    }
    assert_eq!(env.sql::<String>("SELECT status FROM users WHERE username = 'zhangsan'"), "locked");
    let first: ResetLink = env.json(&["reset-password", "zhangsan"]);
    assert_eq!(
        (first.username.as_str(), first.url.is_none(), first.code.as_deref().map_or(0, str::len)),
        ("zhangsan", true, 64)
    );
    assert!(chrono_like_days(&first.expires_at) * 24.0 < 1.01, "reset links live reset.ttl_minutes = 60");
    assert_eq!(
        env.sql::<String>("SELECT status FROM users WHERE username = 'zhangsan'"),
        "active",
        "a reset ends the lockout"
    );
    let second: ResetLink = env.json(&["reset-password", "zhangsan", "--link", "--must-change-password"]);
    let set = |code: &str, pw: &str| {
        env.run_stdin(&["password", "set", "--code", code, "--password-stdin"], &format!("{pw}\n"))
    };
    assert_eq!(
        set(first.code.as_deref().unwrap(), "a brand new passphrase").code,
        6,
        "earlier reset codes stop working"
    );
    let run = set(second.code.as_deref().unwrap(), "a brand new passphrase");
    assert_eq!(run.code, 0, "{run:?}");
    let u: UserJson = env.json(&["user", "show", "zhangsan"]);
    assert!(!u.must_change_password, "setting one's own password clears must-change");
    assert_eq!(set(second.code.as_deref().unwrap(), "another new passphrase").code, 4);

    let out = env.ok(&["reset-password", "zhangsan", "--random-password", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["must_change_password"], true);
    assert_eq!(v.as_object().unwrap().len(), 3);
    let pw = v["password"].as_str().unwrap();
    let login =
        env.run_stdin(&["auth", "verify", "zhangsan", "--password-stdin", "--format", "json"], &format!("{pw}\n"));
    assert!(login.stdout.contains("\"must_change_password\": true"), "{login:?}");
    let run = env.run_stdin(&["reset-password", "zhangsan", "--password-stdin"], "set by the admin 2026\n");
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(env.run_stdin(&["reset-password", "zhangsan", "--password-stdin"], "short\n").code, 5);
    env.fails(&["reset-password", "ghost"], 3);
    assert_eq!(env.run(&["reset-password", "zhangsan", "--random-password", "--send"]).code, 2);
}

#[test]
fn password_change_needs_the_old_password() {
    let env = TestEnv::with_admin();
    env.active("zhangsan", PW, &["--must-change-password"]);
    let change = |old: &str, new: &str| {
        env.run_stdin(&["password", "change", "zhangsan", "--password-stdin"], &format!("{old}\n{new}\n"))
    };
    assert_eq!(change("wrong horse battery", "a brand new passphrase").code, 1);
    assert_eq!(change(PW, PW).code, 5, "the new password must differ");
    assert_eq!(change(PW, "zhangsan rocks 2026").code, 5, "policy applies");
    let run = change(PW, "a brand new passphrase");
    assert_eq!(run.code, 0, "{run:?}");
    let u: UserJson = env.json(&["user", "show", "zhangsan"]);
    assert!(!u.must_change_password);
    let ok = env.run_stdin(&["auth", "verify", "zhangsan", "--password-stdin"], "a brand new passphrase\n");
    assert_eq!(ok.code, 0);
    assert_eq!(env.run_stdin(&["password", "change", "zhangsan", "--password-stdin"], "only one line\n").code, 5);
    assert_eq!(env.run(&["password", "change", "zhangsan"]).code, 2, "no terminal to ask on");
}

#[test]
fn auth_unlock_ends_a_lockout() {
    let env = TestEnv::with_admin();
    env.active("zhangsan", PW, &[]);
    env.ok(&["config", "set", "lockout.threshold", "1"]);
    env.run_stdin(&["auth", "verify", "zhangsan", "--password-stdin"], "wrong horse battery\n");
    assert_eq!(env.run_stdin(&["auth", "verify", "zhangsan", "--password-stdin"], &format!("{PW}\n")).code, 6);
    let u: UserJson = env.json(&["auth", "unlock", "zhangsan"]);
    assert_eq!(u.status, "active");
    assert_eq!(env.run_stdin(&["auth", "verify", "zhangsan", "--password-stdin"], &format!("{PW}\n")).code, 0);
    let again = env.run(&["auth", "unlock", "zhangsan"]);
    assert!(again.stderr.contains("not locked"), "{again:?}");
}

#[test]
fn totp_enrolment_login_and_replay() {
    let env = TestEnv::with_admin();
    env.active("zhangsan", PW, &[]);
    let e: serde_json::Value = env.json(&["mfa", "enroll", "zhangsan"]);
    let secret = e["secret"].as_str().unwrap().to_string();
    assert!(e["uri"].as_str().unwrap().starts_with("otpauth://totp/"));
    assert!(e["uri"].as_str().unwrap().contains(&secret));
    let table = env.run(&["mfa", "enroll", "zhangsan"]);
    assert!(table.stderr.contains("--code"), "{table:?}");
    let uri_line = table.stdout.lines().next().unwrap();
    let secret = uri_line.split("secret=").nth(1).unwrap().split('&').next().unwrap().to_string();
    assert!(table.stdout.contains('▀') || table.stdout.contains('█'), "a QR code is drawn");
    // Only the latest pending secret counts; a wrong code is refused.
    env.fails(&["mfa", "enroll", "zhangsan", "--code", "000000"], 5);
    let code = crate::testenv::totp_code(&secret, now_unix()).unwrap();
    let u: UserJson = env.json(&["mfa", "enroll", "zhangsan", "--code", &code]);
    assert!(u.mfa);
    env.fails(&["mfa", "enroll", "zhangsan"], 4);

    let verify = |totp: Option<&str>| {
        let mut args = vec!["auth", "verify", "zhangsan", "--password-stdin"];
        if let Some(t) = totp {
            args.extend(["--totp", t]);
        }
        env.run_stdin(&args, &format!("{PW}\n"))
    };
    assert_eq!(verify(None).code, 1, "a code is needed");
    assert_eq!(verify(Some("123456")).code, 1);
    // The enrolment used the current step; the next step's code logs in once.
    let next = crate::testenv::totp_code(&secret, now_unix() + 30).unwrap();
    let run = verify(Some(&next));
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(verify(Some(&next)).code, 1, "a code is never accepted twice");
    let u: UserJson = env.json(&["mfa", "reset", "zhangsan"]);
    assert!(!u.mfa);
    assert_eq!(verify(None).code, 0);
    let dump = env.ok(&["audit", "list", "--format", "json"]);
    assert!(!dump.contains(&secret), "no TOTP secret in the audit log");
}

#[test]
fn file_transport_writes_an_eml_into_the_outbox() {
    let env = TestEnv::with_admin();
    let outbox = env.path("outbox");
    env.ok(&["config", "set", "mail.outbox_dir", outbox.to_str().unwrap()]);
    env.ok(&["config", "set", "invite.base_url", "https://crm.example.com"]);
    let i: Issued = env.json(&["invite", "create", "zs@example.com", "--name", "张三", "--send"]);
    let files: Vec<_> = std::fs::read_dir(&outbox).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 1);
    assert!(files[0].extension().is_some_and(|e| e == "eml"));
    let message = std::fs::read_to_string(&files[0]).unwrap();
    let (subject, body) = decode(&message);
    assert!(subject.contains("邀请") && subject.contains("Invitation"), "{subject}");
    assert!(body.contains(&i.code) && body.contains(&i.expires_at), "{body}");
    assert!(body.contains("您好") && body.contains("Hello"));
}

#[test]
fn sendmail_transport_pipes_the_message_and_a_failure_keeps_the_code() {
    let env = TestEnv::with_admin();
    let out = env.path("piped.eml");
    env.ok(&["config", "set", "mail.transport", "sendmail"]);
    env.ok(&["config", "set", "mail.sendmail_command", &format!("sh -c 'cat > {}'", out.display())]);
    env.ok(&["config", "set", "invite.base_url", "https://crm.example.com"]);
    env.active("zhangsan", PW, &[]);
    let link: ResetLink = env.json(&["reset-password", "zhangsan", "--send"]);
    assert_eq!(link.code, None, "a mailed code is not shown to the actor");
    let (subject, body) = decode(&std::fs::read_to_string(&out).unwrap());
    assert!(subject.contains("重置") && subject.contains("Reset"), "{subject}");
    // The code that was mailed is the one that works.
    let code = body.split(|c: char| !c.is_ascii_hexdigit()).find(|w| w.len() == 64);
    let code = code.expect("a code in the mail");
    let run = env.run_stdin(&["password", "set", "--code", code, "--password-stdin"], "fresh orbit lantern 77\n");
    assert_eq!(run.code, 0, "{run:?}");

    env.ok(&["config", "set", "mail.sendmail_command", "false"]);
    let err = env.fails(&["invite", "create", "ls@example.com", "--name", "李四", "--send"], 8);
    assert!(err.contains("resend"), "{err}");
    let list: Vec<Invitation> = env.json(&["invite", "list", "--status", "pending"]);
    assert_eq!(list.len(), 1, "the invitation stays valid to resend");
}

#[test]
fn smtp_transport_delivers_to_a_real_server_and_a_failure_keeps_the_code() {
    let env = TestEnv::with_admin();
    let (port, messages) = smtp_server();
    for (k, v) in [
        ("mail.transport", "smtp"),
        ("mail.smtp_host", "127.0.0.1"),
        ("mail.smtp_starttls", "false"),
        ("mail.from", "crm@example.com"),
    ] {
        env.ok(&["config", "set", k, v]);
    }
    env.ok(&["config", "set", "mail.smtp_port", &port.to_string()]);
    env.ok(&["config", "set", "invite.base_url", "https://crm.example.com"]);
    let i: Issued = env.json(&["invite", "create", "zs@example.com", "--name", "张三", "--send"]);
    let got = messages.lock().unwrap().clone();
    assert_eq!(got.len(), 1);
    let text = String::from_utf8_lossy(&got[0]).into_owned();
    assert!(text.contains("To: ") && text.contains("zs@example.com") && text.contains("crm@example.com"), "{text}");
    let (subject, body) = decode(&text);
    assert!(subject.contains("Invitation"), "{subject}");
    assert!(body.contains(i.url.as_deref().unwrap()) && body.contains(&i.expires_at), "{body}");

    // Nothing listens on this port: exit 8, the invitation stays valid, resend works later.
    let dead = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    env.ok(&["config", "set", "mail.smtp_port", &dead.to_string()]);
    env.fails(&["invite", "create", "ls@example.com", "--name", "李四", "--send"], 8);
    let pending: Vec<Invitation> = env.json(&["invite", "list", "--status", "pending"]);
    let li = pending.iter().find(|p| p.username == "ls").unwrap();
    env.ok(&["config", "set", "mail.smtp_port", &port.to_string()]);
    let resent: Issued = env.json(&["invite", "resend", &li.id.to_string(), "--send"]);
    assert_eq!(messages.lock().unwrap().len(), 2);
    assert_eq!(accept(&env, &resent.code).code, 0);
}

/// The decoded subject and text body of a message, parsed by mail-parser.
fn decode(message: &str) -> (String, String) {
    let parsed = mail_parser::MessageParser::default().parse(message.as_bytes()).expect("a parsable message");
    let subject = parsed.subject().unwrap_or_default().to_string();
    let body = parsed.body_text(0).map(|b| b.into_owned()).unwrap_or_default();
    (subject, body)
}

#[test]
fn user_add_invite_send_mails_and_a_failure_keeps_the_invitation() {
    let env = TestEnv::with_admin();
    let outbox = env.path("outbox");
    env.ok(&["config", "set", "mail.outbox_dir", outbox.to_str().unwrap()]);
    env.ok(&["config", "set", "invite.base_url", "https://crm.example.com"]);
    let out = env.ok(&["user", "add", "zhangsan", "--name", "张三", "--email", "zs@example.com", "--invite", "--send"]);
    let code = out.lines().find_map(|l| l.strip_prefix("invitation code: ")).unwrap().to_string();
    let files: Vec<_> = std::fs::read_dir(&outbox).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 1);
    let (_, body) = decode(&std::fs::read_to_string(&files[0]).unwrap());
    assert!(body.contains(&code), "{body}");
    assert_eq!(
        env.run(&["user", "add", "lisi", "--name", "李四", "--email", "ls@example.com", "--send"]).code,
        2,
        "--send needs --invite"
    );

    env.ok(&["config", "set", "mail.transport", "sendmail"]);
    env.ok(&["config", "set", "mail.sendmail_command", "false"]);
    let err =
        env.fails(&["user", "add", "lisi", "--name", "李四", "--email", "ls@example.com", "--invite", "--send"], 8);
    assert!(err.contains("invite resend"), "{err}");
    let pending: Vec<Invitation> = env.json(&["invite", "list", "--status", "pending"]);
    assert!(pending.iter().any(|i| i.username == "lisi"), "the user and the invitation stay: {pending:?}");
}

#[test]
fn mfa_enroll_shows_the_secret_once() {
    let env = TestEnv::with_admin();
    env.active("zhangsan", PW, &[]);
    let run = env.run(&["mfa", "enroll", "zhangsan"]);
    assert_eq!(run.code, 0, "{run:?}");
    let secret = run.stdout.lines().next().unwrap().split("secret=").nth(1).unwrap().split('&').next().unwrap();
    assert_eq!(run.stdout.matches(secret).count(), 1, "{}", run.stdout);
    assert!(!run.stderr.contains(secret));
}
