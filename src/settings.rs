//! Settings: the keys of `crmctl config`, their defaults and validation, and
//! where the database file is.
//!
//! Values are stored in the database (so every server sharing it agrees);
//! only the database path itself comes from the config file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::env::{DEFAULT_BUSY_TIMEOUT, Environment};
use crate::error::{Error, Result};
use serde_json::json;

use crate::access::{Principal, SETTINGS_MANAGE};
use crate::audit::{self, Target};
use crate::store::{Store, Tx};

/// What values a key accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Value {
    Text { max: usize },
    Int { min: u64, max: u64 },
    Bool,
    Choice(&'static [&'static str]),
    Region,
    Role,
    Url,
    Email,
}

/// One settable key.
#[derive(Debug)]
pub struct KeySpec {
    /// The key as typed.
    pub key: &'static str,
    /// The value in force when the key is not set.
    pub default: Option<&'static str>,
    /// One line for `config show`.
    pub help: &'static str,
    value: Value,
}

const fn key(key: &'static str, default: Option<&'static str>, value: Value, help: &'static str) -> KeySpec {
    KeySpec { key, default, help, value }
}

/// Every key `config set` accepts.
pub const KEYS: &[KeySpec] = &[
    key("org.name", None, Value::Text { max: 200 }, "organisation name"),
    key("seat_limit", None, Value::Int { min: 0, max: 10_000_000 }, "max active + invited users (unset: no limit)"),
    key("default_role", None, Value::Role, "role given to new users without --role"),
    key("phone.default_region", Some("CN"), Value::Region, "region of phone numbers written without +"),
    key("invite.base_url", None, Value::Url, "invitation links are <base_url>/invite/<code>"),
    key("invite.ttl_hours", Some("168"), Value::Int { min: 1, max: 8760 }, "lifetime of an invitation"),
    key("reset.ttl_minutes", Some("60"), Value::Int { min: 1, max: 10_080 }, "lifetime of a reset-password link"),
    key("password.min_length", Some("12"), Value::Int { min: 8, max: 128 }, "shortest password accepted"),
    key(
        "password.max_age_days",
        None,
        Value::Int { min: 1, max: 36_500 },
        "force a change after N days (unset: never)",
    ),
    key("password.argon2_m_kib", Some("19456"), Value::Int { min: 1024, max: 4_194_304 }, "argon2id memory, KiB"),
    key("password.argon2_t", Some("2"), Value::Int { min: 1, max: 100 }, "argon2id iterations"),
    key("password.argon2_p", Some("1"), Value::Int { min: 1, max: 64 }, "argon2id parallelism"),
    key("lockout.threshold", Some("10"), Value::Int { min: 1, max: 1000 }, "failed logins in a row before a lockout"),
    key("lockout.minutes", Some("15"), Value::Int { min: 1, max: 525_600 }, "length of a lockout"),
    key("mail.transport", Some("file"), Value::Choice(&["file", "sendmail", "smtp"]), "how --send delivers mail"),
    key(
        "mail.outbox_dir",
        None,
        Value::Text { max: 4096 },
        "folder for .eml files (default: outbox/ beside the database)",
    ),
    key(
        "mail.sendmail_command",
        Some("/usr/sbin/sendmail -t -i"),
        Value::Text { max: 4096 },
        "command for transport sendmail",
    ),
    key("mail.smtp_host", Some("localhost"), Value::Text { max: 255 }, "SMTP server"),
    key("mail.smtp_port", Some("25"), Value::Int { min: 1, max: 65535 }, "SMTP port"),
    key("mail.smtp_starttls", Some("true"), Value::Bool, "use STARTTLS"),
    key("mail.smtp_user", None, Value::Text { max: 255 }, "SMTP login (password from CRMCTL_SMTP_PASSWORD)"),
    key("mail.from", Some("crmctl@localhost"), Value::Email, "sender address"),
];

/// Looks a key up, with a hint naming the keys when it is unknown.
pub fn spec(key: &str) -> Result<&'static KeySpec> {
    KEYS.iter()
        .find(|k| k.key == key)
        .ok_or_else(|| Error::invalid(format!("unknown setting '{key}'")).hint("`crmctl config show` lists every key"))
}

/// Checks `value` for `key` and returns it as stored (trimmed, normalised).
pub fn validate(tx: &dyn Tx, key: &str, value: &str) -> Result<String> {
    let spec = spec(key)?;
    let value = value.trim();
    let bad = |why: &str| Error::invalid(format!("{key}: '{value}' {why}"));
    match spec.value {
        Value::Text { max } => {
            if value.is_empty() || value.chars().count() > max || value.chars().any(char::is_control) {
                return Err(bad(&format!("must be 1 to {max} printable characters")));
            }
        }
        Value::Int { min, max } => {
            let n: u64 = value.parse().map_err(|_| bad("is not a whole number"))?;
            if n < min || n > max {
                return Err(bad(&format!("must be between {min} and {max}")));
            }
            return Ok(n.to_string());
        }
        Value::Bool => {
            return match value.to_ascii_lowercase().as_str() {
                "true" | "yes" | "on" | "1" => Ok("true".into()),
                "false" | "no" | "off" | "0" => Ok("false".into()),
                _ => Err(bad("is not true or false")),
            };
        }
        Value::Choice(choices) => {
            if !choices.contains(&value) {
                return Err(bad(&format!("must be one of: {}", choices.join(", "))));
            }
        }
        Value::Region => {
            if crate::users::validate::region(value).is_none() {
                return Err(bad("is not a region code").hint("use a two-letter code such as CN, HK, SG, US"));
            }
            return Ok(value.to_ascii_uppercase());
        }
        Value::Role => {
            if !tx.role_exists(value)? {
                return Err(bad("is not a role").hint("`crmctl role list` shows the roles"));
            }
        }
        Value::Url => {
            let ok = (value.starts_with("https://") || value.starts_with("http://"))
                && value.len() > "https://".len()
                && !value.chars().any(|c| c.is_whitespace() || c.is_control());
            if !ok {
                return Err(bad("is not an http(s) URL").hint("for example https://crm.example.com"));
            }
            return Ok(value.trim_end_matches('/').to_string());
        }
        Value::Email => {
            crate::users::validate::email(value).map_err(|_| bad("is not an email address"))?;
        }
    }
    Ok(value.to_string())
}

/// Validates and stores a setting, with its audit entry. Returns the value as stored.
pub fn set(store: &mut Store, who: &Principal, key: &str, value: &str) -> Result<String> {
    who.require(SETTINGS_MANAGE, None)?;
    store.write(|tx| {
        let stored = validate(tx, key, value)?;
        if tx.setting(key)?.as_deref() != Some(stored.as_str()) {
            tx.set_setting(key, &stored)?;
            audit::record(tx, who.actor(), "config.set", Target::Other(key), json!({"key": key, "value": stored}))?;
        }
        Ok(stored)
    })
}

/// Removes a setting (back to its default), with its audit entry. Returns
/// whether it was set.
pub fn unset(store: &mut Store, who: &Principal, key: &str) -> Result<bool> {
    spec(key)?;
    who.require(SETTINGS_MANAGE, None)?;
    store.write(|tx| {
        let was_set = tx.unset_setting(key)?;
        if was_set {
            audit::record(tx, who.actor(), "config.unset", Target::Other(key), json!({"key": key}))?;
        }
        Ok(was_set)
    })
}

/// The settings in force, for `config show|get` (needs `settings.manage`).
pub fn current(store: &mut Store, who: &Principal) -> Result<Settings> {
    who.require(SETTINGS_MANAGE, None)?;
    store.read(Settings::load)
}

/// The settings in force: stored values over defaults.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    stored: BTreeMap<String, String>,
}

impl Settings {
    /// Reads the stored settings.
    pub fn load(tx: &dyn Tx) -> Result<Settings> {
        Ok(Settings { stored: tx.settings()?.into_iter().collect() })
    }

    /// The value in force for `key` (stored, else default), if any.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.stored.get(key).map(String::as_str).or_else(|| KEYS.iter().find(|k| k.key == key).and_then(|k| k.default))
    }

    /// Whether `key` has a stored value (as opposed to its default).
    pub fn is_stored(&self, key: &str) -> bool {
        self.stored.contains_key(key)
    }

    /// A numeric setting; stored values were validated, so a bad one reads as unset.
    pub fn number(&self, key: &str) -> Option<u64> {
        self.get(key).and_then(|v| v.parse().ok())
    }

    /// The seat limit, if one is set.
    pub fn seat_limit(&self) -> Option<u64> {
        self.number("seat_limit")
    }

    /// The default phone region.
    pub fn phone_region(&self) -> rlibphonenumber::Region {
        let configured = self.get("phone.default_region").and_then(crate::users::validate::region);
        configured.unwrap_or(rlibphonenumber::Region::CN)
    }

    /// The password policy in force.
    pub fn password_policy(&self) -> crate::passwords::Policy {
        let defaults = crate::passwords::Policy::default();
        crate::passwords::Policy {
            min_length: self.number("password.min_length").map_or(defaults.min_length, |n| n as usize),
            max_length: defaults.max_length,
            argon2_m_kib: self.number("password.argon2_m_kib").map_or(defaults.argon2_m_kib, |n| n as u32),
            argon2_t: self.number("password.argon2_t").map_or(defaults.argon2_t, |n| n as u32),
            argon2_p: self.number("password.argon2_p").map_or(defaults.argon2_p, |n| n as u32),
        }
    }
}

/// Where the database path came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathSource {
    /// `--db` or `CRMCTL_DB`.
    Flag,
    /// `db` in the config file.
    ConfigFile,
    /// The user's data folder.
    Default,
}

/// The system-wide config file.
pub const SYSTEM_CONFIG: &str = "/etc/crmctl/config.toml";

/// Resolves the database path: `--db`/`CRMCTL_DB`, then `db` in the config
/// file, then `crm.db` in the user's data folder.
pub fn database_path(flag: Option<&Path>, env: &Environment) -> Result<(PathBuf, PathSource)> {
    if let Some(path) = flag.filter(|p| !p.as_os_str().is_empty()) {
        return Ok((path.to_path_buf(), PathSource::Flag));
    }
    let (config, explicit) = match &env.config_file {
        Some(path) => (path.clone(), true),
        None => (PathBuf::from(SYSTEM_CONFIG), false),
    };
    match std::fs::read_to_string(&config) {
        Ok(text) => {
            let table: toml::Table = text.parse().map_err(|err: toml::de::Error| {
                Error::invalid(format!("{}: not valid TOML: {}", config.display(), err.message()))
            })?;
            match table.get("db") {
                Some(toml::Value::String(db)) if !db.is_empty() => {
                    let db = PathBuf::from(db);
                    // A relative path is taken relative to the config file.
                    let db = match config.parent() {
                        Some(dir) if db.is_relative() => dir.join(db),
                        _ => db,
                    };
                    return Ok((db, PathSource::ConfigFile));
                }
                Some(_) => {
                    return Err(Error::invalid(format!("{}: `db` must be a path string", config.display())));
                }
                None => {}
            }
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound && !explicit => {}
        Err(err) => {
            return Err(Error::storage(format!("cannot read config file {}: {err}", config.display()))
                .hint("fix CRMCTL_CONFIG or the file's permissions"));
        }
    }
    let data = match (&env.xdg_data_home, &env.home) {
        (Some(xdg), _) if xdg.is_absolute() => xdg.clone(),
        (_, Some(home)) => home.join(".local/share"),
        _ => {
            return Err(Error::usage("cannot tell where the database is: HOME is not set")
                .hint("pass --db PATH or set CRMCTL_DB"));
        }
    };
    Ok((data.join("crmctl").join("crm.db"), PathSource::Default))
}

/// The busy timeout from `CRMCTL_BUSY_TIMEOUT_MS`.
pub fn busy_timeout(env: &Environment) -> Result<Duration> {
    match &env.busy_timeout {
        None => Ok(DEFAULT_BUSY_TIMEOUT),
        Some(text) => text
            .trim()
            .parse::<u64>()
            .map(Duration::from_millis)
            .map_err(|_| Error::usage(format!("CRMCTL_BUSY_TIMEOUT_MS='{text}' is not a number of milliseconds"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(key: &str, value: &str) -> Result<String> {
        let mut store = Store::open_in_memory()?;
        store.read(|tx| validate(tx, key, value))
    }

    #[test]
    fn values_are_validated_and_normalised() {
        assert_eq!(check("seat_limit", " 25 ").ok().as_deref(), Some("25"));
        assert_eq!(check("phone.default_region", "hk").ok().as_deref(), Some("HK"));
        assert_eq!(check("mail.smtp_starttls", "no").ok().as_deref(), Some("false"));
        assert_eq!(
            check("invite.base_url", "https://crm.example.com/").ok().as_deref(),
            Some("https://crm.example.com")
        );
        assert_eq!(check("default_role", "viewer").ok().as_deref(), Some("viewer"));
        for (key, value) in [
            ("nope", "1"),
            ("seat_limit", "-1"),
            ("seat_limit", "ten"),
            ("password.min_length", "4"),
            ("phone.default_region", "XX"),
            ("default_role", "wizard"),
            ("mail.transport", "pigeon"),
            ("invite.base_url", "ftp://x"),
            ("mail.from", "not-an-email"),
        ] {
            let err = check(key, value).err().map(|e| e.kind);
            assert_eq!(err, Some(crate::error::Kind::Invalid), "{key}={value}");
        }
    }

    #[test]
    fn database_path_order() {
        let env = Environment {
            config_file: Some(PathBuf::from("/nonexistent/crmctl.toml")),
            home: Some(PathBuf::from("/home/ops")),
            ..Environment::default()
        };
        // An explicitly named config file that is missing is an error.
        assert!(database_path(None, &env).is_err());
        let flag = database_path(Some(Path::new("/x/y.db")), &env).ok();
        assert_eq!(flag, Some((PathBuf::from("/x/y.db"), PathSource::Flag)));

        let dir = std::env::temp_dir().join(format!("crmctl-settings-{}", std::process::id()));
        std::fs::create_dir_all(&dir).ok();
        let cfg = dir.join("config.toml");
        std::fs::write(&cfg, "db = \"people.db\"\n").ok();
        let env = Environment { config_file: Some(cfg), ..env };
        assert_eq!(database_path(None, &env).ok(), Some((dir.join("people.db"), PathSource::ConfigFile)));

        let env = Environment { home: Some(PathBuf::from("/home/ops")), ..Environment::default() };
        let env = Environment { config_file: Some(dir.join("missing-is-error.toml")), ..env };
        assert!(database_path(None, &env).is_err());
        std::fs::remove_dir_all(&dir).ok();
    }
}
