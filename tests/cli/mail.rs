//! Issue 16: mail that providers accept, through each transport (`file`,
//! `sendmail` to a stand-in script, `smtp` to a real server on loopback).
//! What each delivered is parsed twice, by mail-parser and by Python's
//! `email` package with `policy.default`, and must be standard MIME: a
//! `Message-ID`, a `Date`, `MIME-Version`, multipart/alternative with UTF-8
//! text and HTML, the sender's display name intact, the link and its expiry
//! in the organisation's time zone and in UTC, user values escaped in HTML.
//! Also: `--send` without `invite.base_url` changes nothing (exit 5), and a
//! code replaced by `invite resend` is refused as replaced (exit 6).

use std::path::{Path, PathBuf};

use mail_parser::MimeHeaders;

use crate::testenv::{TestEnv, mode, smtp_server};

const PW: &str = "tulip orbit plum 42";
const BASE: &str = "https://crm.example.com";
/// A name that is HTML: it must show as text, never as markup.
const NAME: &str = "<b>张三</b>";
const FROM: &str = "CRM 系统 <crm@corp.cn>";

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Issued {
    id: i64,
    #[allow(dead_code)]
    username: String,
    #[allow(dead_code)]
    email: String,
    code: String,
    url: Option<String>,
    expires_at: String,
}

/// A database whose mail goes out as issue 16 asks: a sender with a Chinese
/// display name, links, and Shanghai time.
fn mail_env() -> TestEnv {
    let env = TestEnv::with_admin();
    for (k, v) in
        [("org.name", "示例公司"), ("mail.from", FROM), ("invite.base_url", BASE), ("org.timezone", "Asia/Shanghai")]
    {
        env.ok(&["config", "set", k, v]);
    }
    env
}

/// `expires_at` (RFC 3339 UTC) as Shanghai's local time: `2026-12-08 17:30:00 +08:00`.
fn shanghai(expires_at: &str) -> String {
    let at = chrono::DateTime::parse_from_rfc3339(expires_at).unwrap();
    let east8 = chrono::FixedOffset::east_opt(8 * 3600).unwrap();
    at.with_timezone(&east8).format("%Y-%m-%d %H:%M:%S +08:00").to_string()
}

/// What Python's `email` package, with `policy.default`, makes of a message:
/// its defects and those of every header, of the whole and of each part.
const PYTHON_CHECK: &str = r#"
import email, email.policy, json, sys
data = open(sys.argv[1], 'rb').read()
msg = email.message_from_bytes(data, policy=email.policy.default)
defects = []
def walk(part, where):
    defects.extend(f"{where}: {d!r}" for d in part.defects)
    for name, value in part.items():
        defects.extend(f"{where} header {name}: {d!r}" for d in getattr(value, 'defects', ()))
for i, part in enumerate(msg.walk()):
    walk(part, f"part {i}")
frm = msg['From'].addresses[0]
to = msg['To'].addresses[0]
parts = [
    {"type": p.get_content_type(), "charset": p.get_content_charset(), "content": p.get_content()}
    for p in msg.walk() if not p.is_multipart()
]
print(json.dumps({
    "defects": defects,
    "message_id": msg['Message-ID'],
    "date": msg['Date'] and msg['Date'].datetime.isoformat(),
    "mime_version": msg['MIME-Version'],
    "content_type": msg.get_content_type(),
    "from_name": frm.display_name, "from_addr": frm.addr_spec,
    "to_name": to.display_name, "to_addr": to.addr_spec,
    "subject": msg['Subject'],
    "parts": parts,
}))
"#;

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PythonView {
    defects: Vec<String>,
    message_id: Option<String>,
    date: Option<String>,
    mime_version: Option<String>,
    content_type: String,
    from_name: String,
    from_addr: String,
    to_name: String,
    to_addr: String,
    subject: String,
    parts: Vec<PythonPart>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PythonPart {
    #[serde(rename = "type")]
    kind: String,
    charset: Option<String>,
    content: String,
}

/// What the two parsers must agree a message holds.
struct Expected<'a> {
    to: &'a str,
    subject_has: &'a str,
    /// The link, whole (the reset link is not shown to the actor: `None`
    /// takes the one found in the text and returns it).
    link: Option<&'a str>,
    link_prefix: &'a str,
    expires_at: &'a str,
}

/// Checks a delivered message with mail-parser and with Python; returns the
/// link it carries.
fn check_message(raw: &[u8], dir: &Path, want: &Expected<'_>) -> String {
    // mail-parser.
    let parsed = mail_parser::MessageParser::default().parse(raw).expect("mail-parser parses the message");
    let text = String::from_utf8_lossy(raw);
    assert!(parsed.message_id().is_some_and(|id| id.contains('@')), "Message-ID:\n{text}");
    assert!(parsed.date().is_some(), "Date:\n{text}");
    assert!(parsed.header_raw("MIME-Version").is_some_and(|v| v.trim() == "1.0"), "MIME-Version:\n{text}");
    let ct = parsed.content_type().expect("a Content-Type");
    assert_eq!((ct.ctype(), ct.subtype()), ("multipart", Some("alternative")), "{text}");
    let from = parsed.from().and_then(|f| f.first()).expect("a From");
    assert_eq!((from.name(), from.address()), (Some("CRM 系统"), Some("crm@corp.cn")), "{text}");
    let to = parsed.to().and_then(|t| t.first()).expect("a To");
    assert_eq!((to.name(), to.address()), (Some(NAME), Some(want.to)), "{text}");
    let subject = parsed.subject().unwrap_or_default();
    assert!(subject.contains(want.subject_has) && subject.contains("示例公司"), "{subject}");
    let plain = parsed.body_text(0).expect("a text part").into_owned();
    let html = parsed.body_html(0).expect("an HTML part").into_owned();
    assert!(!plain.contains("<p>"), "the text part is not the HTML: {plain}");
    let link = match want.link {
        Some(link) => link.to_string(),
        None => plain
            .split_whitespace()
            .find(|w| w.starts_with(want.link_prefix))
            .unwrap_or_else(|| panic!("no {} link in\n{plain}", want.link_prefix))
            .to_string(),
    };
    assert!(link.starts_with(want.link_prefix), "{link}");
    let local = shanghai(want.expires_at);
    for (what, body) in [("text", &plain), ("html", &html)] {
        assert!(body.contains(&link), "{what}: the link\n{body}");
        assert!(body.contains(&local) && body.contains("Asia/Shanghai"), "{what}: Shanghai time {local}\n{body}");
        assert!(body.contains(want.expires_at) && body.contains("UTC"), "{what}: UTC\n{body}");
        assert!(body.contains("您好") && body.contains("Hello"), "{what}: both languages\n{body}");
    }
    assert!(plain.contains(NAME), "the text part says the name as it is: {plain}");
    assert!(html.contains("&lt;b&gt;张三&lt;/b&gt;") && !html.contains("<b>"), "the name is escaped:\n{html}");

    // Python's email package, strict policy.
    let file = dir.join(format!("check-{}.eml", rand_suffix()));
    std::fs::write(&file, raw).unwrap();
    let out =
        std::process::Command::new(crate::testenv::python()).args(["-c", PYTHON_CHECK]).arg(&file).output().unwrap();
    assert!(out.status.success(), "python: {}", String::from_utf8_lossy(&out.stderr));
    let py: PythonView = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("python output: {e}\n{}", String::from_utf8_lossy(&out.stdout)));
    assert!(py.defects.is_empty(), "Python finds defects: {:?}\n{text}", py.defects);
    assert!(py.message_id.as_deref().is_some_and(|id| id.starts_with('<') && id.ends_with('>')), "{py:?}");
    assert!(py.date.is_some(), "{py:?}");
    assert_eq!(py.mime_version.as_deref(), Some("1.0"));
    assert_eq!(py.content_type, "multipart/alternative");
    assert_eq!((py.from_name.as_str(), py.from_addr.as_str()), ("CRM 系统", "crm@corp.cn"));
    assert_eq!((py.to_name.as_str(), py.to_addr.as_str()), (NAME, want.to));
    assert_eq!(py.subject, subject);
    let kinds: Vec<(&str, Option<&str>)> = py.parts.iter().map(|p| (p.kind.as_str(), p.charset.as_deref())).collect();
    assert_eq!(kinds, [("text/plain", Some("utf-8")), ("text/html", Some("utf-8"))]);
    assert_eq!(py.parts[0].content.trim_end(), plain.trim_end(), "both parsers read the same text");
    for part in &py.parts {
        assert!(part.content.contains(&link) && part.content.contains(&local), "{}", part.content);
    }
    link
}

fn rand_suffix() -> String {
    format!("{:?}", std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos())
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir).map(|d| d.map(|e| e.unwrap().path()).collect()).unwrap_or_default()
}

#[test]
fn file_transport_writes_standard_mime() {
    let env = mail_env();
    let outbox = env.path("outbox");
    env.ok(&["config", "set", "mail.outbox_dir", outbox.to_str().unwrap()]);
    let i: Issued = env.json(&["invite", "create", "zs@example.com", "--name", NAME, "--send"]);
    let files = files_in(&outbox);
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(mode(&files[0]), 0o600, "a mail holds a code");
    let raw = std::fs::read(&files[0]).unwrap();
    let want = Expected {
        to: "zs@example.com",
        subject_has: "Invitation",
        link: i.url.as_deref(),
        link_prefix: &format!("{BASE}/invite/"),
        expires_at: &i.expires_at,
    };
    check_message(&raw, env.dir.path(), &want);
}

#[test]
fn sendmail_transport_pipes_standard_mime() {
    let env = mail_env();
    let saved = env.path("sendmail-stdin.eml");
    let script = env.path("fake-sendmail.sh");
    std::fs::write(&script, format!("cat > '{}'\n", saved.display())).unwrap();
    env.ok(&["config", "set", "mail.transport", "sendmail"]);
    env.ok(&["config", "set", "mail.sendmail_command", &format!("sh {}", script.display())]);
    let out = env.run_stdin(
        &["user", "add", "zhangsan", "--name", NAME, "--email", "zs@example.com", "--password-stdin"],
        &format!("{PW}\n"),
    );
    assert_eq!(out.code, 0, "{out:?}");
    let v: serde_json::Value = env.json(&["reset-password", "zhangsan", "--link", "--send"]);
    assert!(v.get("code").is_none() && v.get("url").is_none(), "a mailed code is not shown: {v}");
    let raw = std::fs::read(&saved).unwrap();
    assert!(!raw.windows(2).any(|w| w == b"\r\n"), "sendmail -t reads LF line ends");
    let want = Expected {
        to: "zs@example.com",
        subject_has: "Reset",
        link: None,
        link_prefix: &format!("{BASE}/reset/"),
        expires_at: v["expires_at"].as_str().unwrap(),
    };
    let link = check_message(&raw, env.dir.path(), &want);
    // The code in the mailed link is the one that works.
    let code = link.rsplit('/').next().unwrap();
    let run = env.run_stdin(
        &["password", "set", "--code-stdin", "--password-stdin"],
        &format!("{code}\nfresh orbit lantern 77\n"),
    );
    assert_eq!(run.code, 0, "{run:?}");
}

#[test]
fn smtp_transport_delivers_standard_mime() {
    let env = mail_env();
    let (port, messages) = smtp_server();
    for (k, v) in [("mail.transport", "smtp"), ("mail.smtp_host", "127.0.0.1"), ("mail.smtp_starttls", "false")] {
        env.ok(&["config", "set", k, v]);
    }
    env.ok(&["config", "set", "mail.smtp_port", &port.to_string()]);
    let first: Issued = env.json(&["invite", "create", "zs@example.com", "--name", NAME]);
    let i: Issued = env.json(&["invite", "resend", &first.id.to_string(), "--send"]);
    let got = messages.lock().unwrap().clone();
    assert_eq!(got.len(), 1);
    let want = Expected {
        to: "zs@example.com",
        subject_has: "Invitation",
        link: i.url.as_deref(),
        link_prefix: &format!("{BASE}/invite/"),
        expires_at: &i.expires_at,
    };
    check_message(&got[0], env.dir.path(), &want);
}

/// Without `org.timezone` the server's zone is used, and UTC is still there.
#[test]
fn without_org_timezone_the_server_zone_and_utc_are_shown() {
    let env = TestEnv::with_admin();
    let outbox = env.path("outbox");
    env.ok(&["config", "set", "mail.outbox_dir", outbox.to_str().unwrap()]);
    env.ok(&["config", "set", "invite.base_url", BASE]);
    let i: Issued = env.json(&["invite", "create", "zs@example.com", "--name", "张三", "--send"]);
    let raw = std::fs::read(&files_in(&outbox)[0]).unwrap();
    let parsed = mail_parser::MessageParser::default().parse(&raw).unwrap();
    let plain = parsed.body_text(0).unwrap().into_owned();
    assert!(plain.contains(&i.expires_at) && plain.contains("UTC"), "{plain}");
    assert!(plain.contains("server time") && plain.contains("服务器时区"), "{plain}");
    // From is `mail.from` (default crmctl@localhost), named after nothing.
    let from = parsed.from().and_then(|f| f.first()).unwrap();
    assert_eq!(from.address(), Some("crmctl@localhost"));
}

#[test]
fn mail_from_takes_a_display_name_and_refuses_what_lettre_cannot_parse() {
    let env = TestEnv::with_admin();
    env.ok(&["config", "set", "mail.from", FROM]);
    let v: serde_json::Value = env.json(&["config", "get", "mail.from"]);
    assert_eq!(v["value"], FROM);
    for bad in ["CRM <crm@corp.cn", "crm@", "CRM <crm@corp.cn> extra", "a@example.com, b@example.com", "CRM 系统"] {
        let err = env.fails(&["config", "set", "mail.from", bad], 5);
        assert!(err.contains("mail.from"), "{bad}: {err}");
    }
    let v: serde_json::Value = env.json(&["config", "get", "mail.from"]);
    assert_eq!(v["value"], FROM, "a refused value changes nothing");
    env.ok(&["config", "set", "org.timezone", "Asia/Shanghai"]);
    let err = env.fails(&["config", "set", "org.timezone", "Asia/Atlantis"], 5);
    assert!(err.contains("org.timezone"), "{err}");
}

/// Everything written by the commands `--send` serves, counted.
fn footprint(env: &TestEnv) -> (i64, i64, i64) {
    (
        env.sql("SELECT count(*) FROM users"),
        env.sql("SELECT count(*) FROM codes"),
        env.sql("SELECT count(*) FROM audit"),
    )
}

#[test]
fn send_without_base_url_is_exit_5_and_changes_nothing() {
    let env = TestEnv::with_admin();
    let outbox = env.path("outbox");
    env.ok(&["config", "set", "mail.outbox_dir", outbox.to_str().unwrap()]);
    let run = env.run_stdin(
        &["user", "add", "zhangsan", "--name", "张三", "--email", "zs@example.com", "--password-stdin"],
        &format!("{PW}\n"),
    );
    assert_eq!(run.code, 0, "{run:?}");
    let pending: Issued = env.json(&["invite", "create", "ls@example.com", "--name", "李四"]);
    let digest: String = env.sql("SELECT digest FROM codes");
    let before = footprint(&env);
    let attempts: [&[&str]; 5] = [
        &["invite", "create", "ww@example.com", "--name", "王五", "--send"],
        &["invite", "create", "ls", "--send"],
        &["invite", "resend", &pending.id.to_string(), "--send"],
        &["user", "add", "wangwu", "--name", "王五", "--email", "ww@example.com", "--invite", "--send"],
        &["reset-password", "zhangsan", "--link", "--send"],
    ];
    for args in attempts {
        let err = env.fails(args, 5);
        assert!(err.contains("invite.base_url"), "{args:?}: {err}");
        assert_eq!(footprint(&env), before, "{args:?} wrote nothing");
    }
    assert_eq!(env.sql::<String>("SELECT digest FROM codes"), digest, "the pending code was not replaced");
    assert!(files_in(&outbox).is_empty(), "nothing was mailed");
    // The invitation issued before still works.
    let run =
        env.run_stdin(&["invite", "accept", "--code-stdin", "--password-stdin"], &format!("{}\n{PW}\n", pending.code));
    assert_eq!(run.code, 0, "{run:?}");
}

/// `user import --invite --send` checks before it writes too.
#[test]
fn import_send_without_base_url_is_exit_5_and_changes_nothing() {
    let env = TestEnv::with_admin();
    let csv = env.path("people.csv");
    std::fs::write(&csv, "username,name,email\nwangwu,王五,ww@example.com\n").unwrap();
    let before = footprint(&env);
    let err = env.fails(&["user", "import", csv.to_str().unwrap(), "--invite", "--send", "--yes"], 5);
    assert!(err.contains("invite.base_url"), "{err}");
    assert_eq!(footprint(&env), before);
}

fn accept(env: &TestEnv, code: &str) -> crate::testenv::Run {
    env.run_stdin(&["invite", "accept", "--code-stdin", "--password-stdin"], &format!("{code}\n{PW}\n"))
}

/// Issue 16 item 2: a code replaced by `invite resend` was "unknown" (exit 3);
/// it is refused as replaced (exit 6), and only the newest code works.
#[test]
fn a_code_replaced_by_resend_is_refused_as_replaced() {
    let env = TestEnv::with_admin();
    let first: Issued = env.json(&["invite", "create", "zs@example.com", "--name", "张三"]);
    let second: Issued = env.json(&["invite", "resend", &first.id.to_string()]);
    let third: Issued = env.json(&["invite", "resend", &first.id.to_string()]);
    assert_eq!((second.id, third.id), (first.id, first.id), "the same invitation");
    for old in [&first.code, &second.code] {
        let run = accept(&env, old);
        assert_eq!(run.code, 6, "{run:?}");
        assert!(run.stderr.contains("replaced"), "{run:?}");
    }
    assert_eq!(env.sql::<String>("SELECT status FROM users WHERE username = 'zs'"), "invited", "nothing changed");
    let run = accept(&env, &third.code);
    assert_eq!(run.code, 0, "{run:?}");
    let used = accept(&env, &third.code);
    assert_eq!(used.code, 4, "a used code stays a conflict: {used:?}");
    assert!(used.stderr.contains("used"), "{used:?}");
    assert_eq!(accept(&env, &first.code).code, 6, "replaced stays replaced after acceptance");
    assert_eq!(accept(&env, &"0".repeat(64)).code, 3, "an unknown code stays unknown");
    // The replaced codes are kept as digests only.
    let kept: String = env.sql("SELECT group_concat(digest) FROM replaced_codes");
    assert!(!kept.contains(&first.code) && !kept.contains(&second.code));
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM replaced_codes"), 2);
}
