//! Issue 11, item 3: settings that reach outside the database, security
//! floors, the config file as a source of settings, the environment of a
//! sendmail command, and SMTP logins over plain connections.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use crate::testenv::{Run, TestEnv};

const PW: &str = "correct horse battery";

/// The keys that name a program, a path, a host or a credential, each with a
/// value a superuser may set.
const OUTSIDE: [(&str, &str); 7] = [
    ("mail.transport", "sendmail"),
    ("mail.sendmail_command", "sh -c 'id > /tmp/crmctl-pwned'"),
    ("mail.outbox_dir", "/tmp/crmctl-elsewhere"),
    ("mail.smtp_host", "attacker.example.net"),
    ("mail.smtp_port", "2525"),
    ("mail.smtp_starttls", "false"),
    ("mail.smtp_user", "stolen"),
];

#[derive(Debug, serde::Deserialize)]
struct NewToken {
    token: String,
}

/// An admin database with `cfg`, who holds only `settings.manage`; returns a
/// token for `cfg` and one for `root` (who holds every permission).
fn with_tokens() -> (TestEnv, String, String) {
    let env = TestEnv::with_admin();
    env.ok(&["role", "create", "settings-only", "--permission", "settings.manage"]);
    env.active("cfg", PW, &[]);
    env.ok(&["role", "assign", "cfg", "settings-only"]);
    let cfg: NewToken = env.json(&["token", "create", "cfg"]);
    let root: NewToken = env.json(&["token", "create", "root"]);
    (env, cfg.token, root.token)
}

fn as_token(env: &TestEnv, token: &str, args: &[&str]) -> Run {
    let mut cmd = env.command(args);
    cmd.env("CRMCTL_TOKEN", token);
    env.run_with(cmd, None)
}

/// `config get KEY --format json` as the superuser: the value in force.
fn value(env: &TestEnv, key: &str) -> serde_json::Value {
    let v: serde_json::Value = env.json(&["config", "get", key]);
    v["value"].clone()
}

/// Regression: a token holding only `settings.manage` got a root shell by
/// setting `mail.sendmail_command`, which the superuser's next `--send` ran.
#[test]
fn a_token_user_cannot_set_keys_that_reach_outside_the_database() {
    let (env, cfg, root) = with_tokens();
    // The token really holds settings.manage: an inside key works.
    assert_eq!(as_token(&env, &cfg, &["config", "set", "seat_limit", "40"]).code, 0);
    env.ok(&["config", "set", "mail.smtp_host", "mail.example.com"]);
    for (who, token) in [("settings.manage only", &cfg), ("every permission", &root)] {
        for (key, new) in OUTSIDE {
            let before = value(&env, key);
            for args in [&["config", "set", key, new][..], &["config", "unset", key]] {
                let run = as_token(&env, token, args);
                assert_eq!(run.code, 6, "{who}: {args:?}\n{run:?}");
                assert!(run.stderr.contains("superuser"), "{who}: {args:?}\n{run:?}");
                assert_eq!(value(&env, key), before, "{who}: {args:?} left {key} unchanged");
            }
        }
    }
    let audit: Vec<serde_json::Value> = env.json(&["audit", "list", "--action", "config"]);
    assert!(
        audit.iter().all(|e| !(e["details"].to_string().contains("mail.") && e["actor"].to_string().contains("user:"))),
        "no mail.* change by a token: {audit:?}"
    );
    // The superuser's next send runs nothing the token user chose.
    env.active("zhangsan", PW, &[]);
    env.ok(&["config", "set", "mail.outbox_dir", env.path("outbox").to_str().unwrap()]);
    env.ok(&["config", "set", "invite.base_url", "https://crm.example.com"]);
    env.ok(&["reset-password", "zhangsan", "--send"]);
    assert!(!std::path::Path::new("/tmp/crmctl-pwned").exists());
}

#[test]
fn the_superuser_sets_and_unsets_keys_that_reach_outside() {
    let env = TestEnv::with_admin();
    for (key, new) in OUTSIDE {
        let run = env.run(&["config", "set", key, new, "--format", "json"]);
        assert_eq!(run.code, 0, "{key}: {run:?}");
        assert_eq!(value(&env, key), new, "{key}");
        env.ok(&["config", "unset", key]);
        assert_ne!(value(&env, key), new, "{key} unset");
    }
}

/// Each floor, just outside on either side: exit 5 for the superuser, a hint
/// naming the range, and the value in force unchanged.
#[test]
fn security_floors_hold_for_the_superuser() {
    let env = TestEnv::with_admin();
    for (key, bad, range) in [
        ("password.argon2_m_kib", "19455", "19456 to 1048576"),
        ("password.argon2_m_kib", "1048577", "19456 to 1048576"),
        ("password.argon2_m_kib", "1024", "19456 to 1048576"),
        ("password.argon2_t", "1", "2 to"),
        ("password.argon2_t", "0", "2 to"),
        ("password.min_length", "7", "8 to"),
        ("lockout.threshold", "0", "1 to 100"),
        ("lockout.threshold", "101", "1 to 100"),
        ("lockout.threshold", "1000", "1 to 100"),
    ] {
        let before = value(&env, key);
        let err = env.fails(&["config", "set", key, bad], 5);
        assert!(err.lines().any(|l| l.starts_with("hint:") && l.contains(range)), "{key}={bad}: {err}");
        assert_eq!(value(&env, key), before, "{key}={bad} changed nothing");
    }
    for (key, edge) in [
        ("password.argon2_m_kib", "19456"),
        ("password.argon2_m_kib", "1048576"),
        ("password.argon2_t", "2"),
        ("password.min_length", "8"),
        ("lockout.threshold", "1"),
        ("lockout.threshold", "100"),
    ] {
        env.ok(&["config", "set", key, edge]);
        assert_eq!(value(&env, key), edge);
    }
}

/// A value under a floor left in the database by an older crmctl is not used.
#[test]
fn a_stored_value_under_a_floor_is_ignored() {
    let env = TestEnv::with_admin();
    env.exec("INSERT INTO settings (key, value) VALUES ('password.argon2_m_kib', '1024')");
    assert_eq!(value(&env, "password.argon2_m_kib"), "19456");
    env.active("zhangsan", PW, &[]);
    let hash: String = env.sql("SELECT password_hash FROM users WHERE username = 'zhangsan'");
    assert!(hash.starts_with("$argon2id$v=19$m=19456,"), "{hash}");
}

fn with_config(env: &mut TestEnv, text: &str) {
    let path = env.path("config.toml");
    std::fs::write(&path, text).unwrap();
    env.env("CRMCTL_CONFIG", path.to_str().unwrap());
}

#[test]
fn config_file_settings_win_and_show_their_source() {
    let mut env = TestEnv::with_admin();
    env.ok(&["config", "set", "seat_limit", "5"]);
    env.ok(&["config", "set", "mail.smtp_host", "db.example.com"]);
    with_config(
        &mut env,
        "seat_limit = 7\n\"mail.smtp_port\" = 587\n[mail]\ntransport = \"smtp\"\nsmtp_host = \"file.example.com\"\n\
         smtp_starttls = true\n[audit]\nsyslog = true\n",
    );
    let v: serde_json::Value = env.json(&["config", "show"]);
    for (key, value, source) in [
        ("seat_limit", "7", "config-file"),
        ("mail.transport", "smtp", "config-file"),
        ("mail.smtp_host", "file.example.com", "config-file"),
        ("mail.smtp_port", "587", "config-file"),
        ("mail.smtp_starttls", "true", "config-file"),
        ("org.name", "Example Ltd", "database"),
        ("invite.ttl_hours", "168", "default"),
    ] {
        assert_eq!(v[key], serde_json::json!({"value": value, "source": source}), "{key}");
    }
    assert_eq!(v["default_role"], serde_json::json!({"value": null, "source": "default"}));
    let table = env.ok(&["config", "show"]);
    assert!(table.lines().any(|l| l.contains("seat_limit") && l.contains("config-file")), "{table}");
    // The database keeps its own value, and says the file hides it.
    let run = env.run(&["config", "set", "seat_limit", "9"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("config file"), "{run:?}");
    assert_eq!(value(&env, "seat_limit"), "7");
    let stored: String = env.sql("SELECT value FROM settings WHERE key = 'seat_limit'");
    assert_eq!(stored, "9");
}

/// A config-file value under a floor, of the wrong type, or for an unknown key
/// is refused (exit 5, naming the file) rather than silently used or dropped.
#[test]
fn bad_config_file_settings_are_refused() {
    for text in [
        "[password]\nmin_length = 4\n",
        "\"password.argon2_m_kib\" = 1024\n",
        "[password]\nargon2_t = 1\n",
        "[lockout]\nthreshold = 1000\n",
        "[lockout]\nthreshold = 0\n",
        "[mail]\ntransport = \"pigeon\"\n",
        "[mail]\nsmtp_port = [25]\n",
        "[mail]\ntransprot = \"smtp\"\n",
        "\"mail.transport\" = \"smtp\"\n[mail]\ntransport = \"file\"\n",
    ] {
        let mut env = TestEnv::with_admin();
        with_config(&mut env, text);
        let err = env.fails(&["config", "show"], 5);
        assert!(err.contains("config.toml"), "{text}: {err}");
        env.fails(&["user", "add", "newbie", "--name", "N", "--email", "n@example.com", "--invite"], 5);
        let users: i64 = env.sql("SELECT count(*) FROM users");
        assert_eq!(users, 1, "{text}: nothing added");
    }
}

/// sendmail runs with a minimal environment: no CRMCTL_* variable, no SMTP
/// password, no HOME.
#[test]
fn sendmail_gets_a_minimal_environment() {
    let mut env = TestEnv::with_admin();
    let script = env.path("fake-sendmail.sh");
    let dump = env.path("sendmail-env.txt");
    let message = env.path("sendmail-message.eml");
    std::fs::write(&script, format!("env > '{}'\ncat > '{}'\n", dump.display(), message.display())).unwrap();
    env.ok(&["config", "set", "mail.transport", "sendmail"]);
    env.ok(&["config", "set", "mail.sendmail_command", &format!("sh {}", script.display())]);
    env.ok(&["config", "set", "invite.base_url", "https://crm.example.com"]);
    env.active("zhangsan", PW, &[]);
    env.env("CRMCTL_SMTP_PASSWORD", "s3cret-x").env("CRMCTL_BUSY_TIMEOUT_MS", "4000").env("SECRET_API_KEY", "k3y-y");
    env.ok(&["reset-password", "zhangsan", "--send"]);
    let vars = std::fs::read_to_string(&dump).unwrap();
    assert!(std::fs::read_to_string(&message).unwrap().contains("zhangsan@example.com"));
    for leak in ["CRMCTL_", "s3cret-x", "k3y-y", "HOME=", "SUDO_USER"] {
        assert!(!vars.contains(leak), "{leak} reached sendmail:\n{vars}");
    }
    assert!(vars.lines().any(|l| l.starts_with("PATH=")), "{vars}");
}

/// A loopback SMTP server that offers AUTH without TLS (as a careless relay
/// would) and records every command line it receives.
fn plain_auth_server() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut out) = stream else { return };
            let mut lines = BufReader::new(out.try_clone().unwrap());
            let _ = out.write_all(b"220 localhost ESMTP\r\n");
            let mut in_data = false;
            loop {
                let mut line = String::new();
                if lines.read_line(&mut line).unwrap_or(0) == 0 {
                    break;
                }
                let line = line.trim_end().to_string();
                if in_data {
                    if line == "." {
                        in_data = false;
                        let _ = out.write_all(b"250 queued\r\n");
                    }
                    continue;
                }
                log.lock().unwrap().push(line.clone());
                let upper = line.to_ascii_uppercase();
                let reply: &[u8] = if upper.starts_with("EHLO") {
                    b"250-localhost\r\n250 AUTH PLAIN LOGIN\r\n"
                } else if upper.starts_with("AUTH") {
                    b"235 accepted\r\n"
                } else if upper.starts_with("DATA") {
                    in_data = true;
                    b"354 go on\r\n"
                } else if upper.starts_with("QUIT") {
                    let _ = out.write_all(b"221 bye\r\n");
                    break;
                } else {
                    b"250 ok\r\n"
                };
                let _ = out.write_all(reply);
            }
        }
    });
    (port, seen)
}

/// An SMTP login is never sent over a plain connection: without STARTTLS it
/// is refused before connecting (exit 8, with a hint); with STARTTLS required
/// and not offered, the send fails before any AUTH.
#[test]
fn smtp_auth_is_never_sent_in_clear() {
    let (port, seen) = plain_auth_server();
    let mut env = TestEnv::with_admin();
    let port = port.to_string();
    for (k, v) in [
        ("mail.transport", "smtp"),
        ("mail.smtp_host", "127.0.0.1"),
        ("mail.smtp_port", port.as_str()),
        ("mail.smtp_user", "crm"),
        ("invite.base_url", "https://crm.example.com"),
    ] {
        env.ok(&["config", "set", k, v]);
    }
    env.env("CRMCTL_SMTP_PASSWORD", "s3cret-x");
    for (starttls, hint) in [("false", "mail.smtp_starttls"), ("true", "")] {
        env.ok(&["config", "set", "mail.smtp_starttls", starttls]);
        let err = env.fails(&["invite", "create", &format!("u{starttls}@example.com"), "--name", "U", "--send"], 8);
        assert!(err.lines().any(|l| l.starts_with("hint:") && l.contains(hint)), "{starttls}: {err}");
        let got = seen.lock().unwrap().clone();
        assert!(!got.iter().any(|l| l.to_ascii_uppercase().starts_with("AUTH")), "AUTH sent in clear: {got:?}");
        assert!(!got.iter().any(|l| l.to_ascii_uppercase().starts_with("MAIL")), "{got:?}");
    }
    // Without a login the plain connection is allowed (a local relay).
    env.ok(&["config", "set", "mail.smtp_starttls", "false"]);
    env.ok(&["config", "unset", "mail.smtp_user"]);
    env.ok(&["invite", "create", "ok@example.com", "--name", "Ok", "--send"]);
    let got = seen.lock().unwrap().clone();
    assert!(got.iter().any(|l| l.starts_with("MAIL FROM")), "{got:?}");
    assert!(!got.iter().any(|l| l.to_ascii_uppercase().starts_with("AUTH")), "{got:?}");
}
