//! Settings: the keys of `crmctl config`, their defaults and validation, who
//! may change them, and where the database file is.
//!
//! A value comes from the config file, else the database, else the key's
//! default: the config file belongs to whoever owns the machine, so it wins.
//! Values in the database are shared by every process using it; keys that
//! reach outside the database (a program, a path, a host, a credential) are
//! changed there only by the superuser, never through a token. Security floors
//! (argon2 cost, password length, lockout threshold) hold for every source.
//! Nothing here prints or knows about clap.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::config::{DEFAULT_BUSY_TIMEOUT, Environment};
use crate::error::{Error, Result};
use serde_json::json;

use crate::audit::{self, Target};
use crate::identity::{Principal, SETTINGS_MANAGE};
use crate::store::{Status, Store, Tx, UserFilter};

/// What values a key accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Value {
    Text {
        max: usize,
    },
    Int {
        min: u64,
        max: u64,
    },
    Bool,
    Choice(&'static [&'static str]),
    Region,
    Role,
    Url,
    /// A sender: `name@example.com` or `显示名 <name@example.com>`.
    Mailbox,
    /// An IANA time zone name (`Asia/Shanghai`).
    TimeZone,
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
    outside: bool,
}

impl KeySpec {
    /// Whether the key names a program, a path, a host or a credential: set
    /// only by the superuser or in the config file, since whoever sets it
    /// decides what runs, or where mail and its password go, when someone
    /// else sends mail next.
    pub fn reaches_outside(&self) -> bool {
        self.outside
    }
}

const fn key(key: &'static str, default: Option<&'static str>, value: Value, help: &'static str) -> KeySpec {
    KeySpec { key, default, help, value, outside: false }
}

/// A key that reaches outside the database (see [`KeySpec::reaches_outside`]).
const fn outside(key: &'static str, default: Option<&'static str>, value: Value, help: &'static str) -> KeySpec {
    KeySpec { key, default, help, value, outside: true }
}

/// Every key `config set` accepts.
pub const KEYS: &[KeySpec] = &[
    key("org.name", None, Value::Text { max: 200 }, "organisation name"),
    key(
        "org.timezone",
        None,
        Value::TimeZone,
        "IANA time zone (Asia/Shanghai) for times in mail, beside UTC (unset: the server's)",
    ),
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
    // The floors below (argon2 memory and passes, password length, lockout
    // threshold) are the security minimums of SPEC "Who is acting": nobody,
    // the superuser and the config file included, goes under them.
    key("password.argon2_m_kib", Some("19456"), Value::Int { min: 19_456, max: 1_048_576 }, "argon2id memory, KiB"),
    key("password.argon2_t", Some("2"), Value::Int { min: 2, max: 100 }, "argon2id iterations"),
    key("password.argon2_p", Some("1"), Value::Int { min: 1, max: 64 }, "argon2id parallelism"),
    key("lockout.threshold", Some("10"), Value::Int { min: 1, max: 100 }, "failed logins in a row before a lockout"),
    key(
        "server.rate_per_minute",
        Some("6000"),
        Value::Int { min: 1, max: 1_000_000 },
        "requests a minute one API token may make to crmctl serve (then 429)",
    ),
    key("lockout.minutes", Some("15"), Value::Int { min: 1, max: 525_600 }, "length of a lockout"),
    outside(
        "mail.transport",
        Some("file"),
        Value::Choice(&["file", "sendmail", "smtp"]),
        "how --send delivers mail (superuser or config file only)",
    ),
    outside(
        "mail.outbox_dir",
        None,
        Value::Text { max: 4096 },
        "folder for .eml files (default: outbox/ beside the database; superuser or config file only)",
    ),
    outside(
        "mail.sendmail_command",
        Some("/usr/sbin/sendmail -t -i"),
        Value::Text { max: 4096 },
        "command for transport sendmail (superuser or config file only)",
    ),
    outside(
        "mail.smtp_host",
        Some("localhost"),
        Value::Text { max: 255 },
        "SMTP server (superuser or config file only)",
    ),
    outside(
        "mail.smtp_port",
        Some("25"),
        Value::Int { min: 1, max: 65535 },
        "SMTP port; 465 is TLS from the start (superuser or config file only)",
    ),
    outside("mail.smtp_starttls", Some("true"), Value::Bool, "use STARTTLS (superuser or config file only)"),
    outside(
        "mail.smtp_user",
        None,
        Value::Text { max: 255 },
        "SMTP login, password from CRMCTL_SMTP_PASSWORD, needs TLS (superuser or config file only)",
    ),
    key("mail.from", Some("crmctl@localhost"), Value::Mailbox, "sender: an address, or 显示名 <address>"),
];

/// Looks a key up, with a hint naming the keys when it is unknown.
pub fn spec(key: &str) -> Result<&'static KeySpec> {
    KEYS.iter()
        .find(|k| k.key == key)
        .ok_or_else(|| Error::invalid(format!("unknown setting '{key}'")).hint("`crmctl config show` lists every key"))
}

/// Checks `value` for `key` and returns it as stored (trimmed, normalised).
pub fn validate(tx: &dyn Tx, key: &str, value: &str) -> Result<String> {
    normalise(spec(key)?, value, Some(tx))
}

/// Checks and normalises a value. Without a transaction (a value from the
/// config file, read before the database is open) a role name is checked
/// only for its form; a missing role is reported when it is used.
fn normalise(spec: &KeySpec, value: &str, tx: Option<&dyn Tx>) -> Result<String> {
    let key = spec.key;
    let value = value.trim();
    let bad = |why: &str| Error::invalid(format!("{key}: '{value}' {why}"));
    match spec.value {
        Value::Text { max } => {
            if value.is_empty() || value.chars().count() > max || value.chars().any(char::is_control) {
                return Err(bad(&format!("must be 1 to {max} printable characters")));
            }
        }
        Value::Int { min, max } => {
            let range = || format!("{key} takes a whole number from {min} to {max}");
            let n: u64 = value.parse().map_err(|_| bad("is not a whole number").hint(range()))?;
            if n < min || n > max {
                return Err(bad(&format!("must be between {min} and {max}")).hint(range()));
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
            if crate::validate::region(value).is_none() {
                return Err(bad("is not a region code").hint("use a two-letter code such as CN, HK, SG, US"));
            }
            return Ok(value.to_ascii_uppercase());
        }
        Value::Role => {
            let exists = match tx {
                Some(tx) => tx.role_exists(value)?,
                None => !value.is_empty() && !value.chars().any(char::is_control),
            };
            if !exists {
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
        // lettre's own parser, the one that writes the From header: what it
        // accepts here it can send.
        Value::Mailbox => {
            let hint = "write an address (crm@example.com) or a name and an address (CRM 系统 <crm@example.com>)";
            let mailbox: lettre::message::Mailbox =
                value.parse().map_err(|_| bad("is not an address or 'name <address>'").hint(hint))?;
            crate::validate::email(mailbox.email.as_ref()).map_err(|_| bad("is not an email address").hint(hint))?;
        }
        Value::TimeZone => {
            let zone: chrono_tz::Tz =
                value.parse().map_err(|_| bad("is not an IANA time zone").hint("for example Asia/Shanghai or UTC"))?;
            return Ok(zone.name().to_string());
        }
    }
    Ok(value.to_string())
}

/// Refuses a token user a key that reaches outside the database, whatever
/// its permissions.
fn require_may_change(who: &Principal, spec: &KeySpec) -> Result<()> {
    if spec.reaches_outside() && !who.is_superuser() {
        return Err(Error::not_permitted(format!(
            "{} names a program, a path, a host or a credential: only the superuser or the config file may set it",
            spec.key
        ))
        .hint("ask whoever owns the database file, or set it in the config file (see `crmctl config set --help`)"));
    }
    Ok(())
}

/// Whether the database already holds an organisation: a name was given to
/// it, or someone (even a deleted user) was added. `init` then refuses to
/// run again (exit 4), so that it never renames the organisation or adds a
/// second first admin.
pub fn initialised(tx: &dyn Tx) -> Result<bool> {
    if tx.setting("org.name")?.is_some() {
        return Ok(true);
    }
    let anyone = UserFilter { statuses: Status::ALL.to_vec(), limit: Some(1), ..UserFilter::default() };
    Ok(!tx.list_users(&anyone, &crate::clock::format(crate::clock::now()))?.is_empty())
}

/// Validates and stores a setting, with its audit entry. Returns the value as
/// stored. Needs `settings.manage`; a key that reaches outside the database
/// also needs the superuser.
pub fn set(store: &mut Store, who: &Principal, key: &str, value: &str) -> Result<String> {
    let spec = spec(key)?;
    who.require(SETTINGS_MANAGE, None)?;
    require_may_change(who, spec)?;
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
    let spec = spec(key)?;
    who.require(SETTINGS_MANAGE, None)?;
    require_may_change(who, spec)?;
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

/// Where the value in force of a key comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The config file (wins over the database).
    ConfigFile,
    /// `crmctl config set`.
    Database,
    /// The key's default (or no value at all).
    Default,
}

impl Source {
    /// As `config show` prints it: `config-file`, `database` or `default`.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::ConfigFile => "config-file",
            Source::Database => "database",
            Source::Default => "default",
        }
    }
}

/// The settings in force: config file over stored values over defaults.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    file: BTreeMap<String, String>,
    stored: BTreeMap<String, String>,
}

impl Settings {
    /// Reads the stored settings and the config file's (which the store was
    /// given when it was opened, already validated). A stored number outside
    /// its range (written before a floor was raised) is ignored: the default
    /// is in force instead, never a value under a floor.
    pub fn load(tx: &dyn Tx) -> Result<Settings> {
        let stored = tx.settings()?.into_iter().filter(|(key, value)| within_range(key, value)).collect();
        let file = tx.file_settings().iter().cloned().collect();
        Ok(Settings { file, stored })
    }

    /// The value in force for `key` (config file, else stored, else default), if any.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.file
            .get(key)
            .or_else(|| self.stored.get(key))
            .map(String::as_str)
            .or_else(|| KEYS.iter().find(|k| k.key == key).and_then(|k| k.default))
    }

    /// Where the value in force for `key` comes from.
    pub fn source(&self, key: &str) -> Source {
        if self.file.contains_key(key) {
            Source::ConfigFile
        } else if self.stored.contains_key(key) {
            Source::Database
        } else {
            Source::Default
        }
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
        let configured = self.get("phone.default_region").and_then(crate::validate::region);
        configured.unwrap_or(rlibphonenumber::Region::CN)
    }

    /// The password policy in force.
    pub fn password_policy(&self) -> crate::credentials::passwords::Policy {
        let defaults = crate::credentials::passwords::Policy::default();
        crate::credentials::passwords::Policy {
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

/// Whether a stored value is still inside its key's range (floors rise).
fn within_range(key: &str, value: &str) -> bool {
    match KEYS.iter().find(|k| k.key == key).map(|k| k.value) {
        Some(Value::Int { min, max }) => value.parse::<u64>().is_ok_and(|n| (min..=max).contains(&n)),
        _ => true,
    }
}

/// The system-wide config file.
pub const SYSTEM_CONFIG: &str = "/etc/crmctl/config.toml";

/// Reads and parses the config file: `$CRMCTL_CONFIG` (which must exist), else
/// [`SYSTEM_CONFIG`] if there is one.
fn read_config(env: &Environment) -> Result<Option<(PathBuf, toml::Table)>> {
    let (config, explicit) = match &env.config_file {
        Some(path) => (path.clone(), true),
        None => (PathBuf::from(SYSTEM_CONFIG), false),
    };
    match std::fs::read_to_string(&config) {
        Ok(text) => {
            let table: toml::Table = text.parse().map_err(|err: toml::de::Error| {
                Error::invalid(format!("{}: not valid TOML: {}", config.display(), err.message()))
            })?;
            Ok(Some((config, table)))
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound && !explicit => Ok(None),
        Err(err) => Err(Error::storage(format!("cannot read config file {}: {err}", config.display()))
            .hint("fix CRMCTL_CONFIG or the file's permissions")),
    }
}

/// Whether a config-file key is not a setting but read by another part of
/// crmctl (`db` here, `audit.*` by the audit log).
fn file_only(key: &str) -> bool {
    key == "db" || key.starts_with("audit.")
}

/// The settings in the config file, validated like `config set` (floors
/// included), for [`Store::with_file_settings`]. Keys are written as tables
/// (`[mail]` then `transport = "smtp"`) or dotted (`"mail.transport" =
/// "smtp"`, `mail.transport = "smtp"`); values as strings, numbers or
/// booleans. An unknown key or a bad value is exit 5 naming the file, never
/// silently ignored.
pub fn file_settings(env: &Environment) -> Result<Vec<(String, String)>> {
    let Some((config, table)) = read_config(env)? else { return Ok(Vec::new()) };
    let in_file = |err: Error| Error { message: format!("config file {}: {}", config.display(), err.message), ..err };
    let mut flat = Vec::new();
    flatten("", &table, &mut flat).map_err(in_file)?;
    let mut values = BTreeMap::new();
    for (key, value) in flat {
        if file_only(&key) {
            continue;
        }
        let spec = spec(&key).map_err(in_file)?;
        let value = normalise(spec, &value, None).map_err(in_file)?;
        if values.insert(key.clone(), value).is_some() {
            return Err(in_file(Error::invalid(format!("{key} is given twice"))));
        }
    }
    Ok(values.into_iter().collect())
}

/// Flattens nested tables into dotted keys with their values as text.
fn flatten(prefix: &str, table: &toml::Table, out: &mut Vec<(String, String)>) -> Result<()> {
    for (name, value) in table {
        let key = if prefix.is_empty() { name.clone() } else { format!("{prefix}.{name}") };
        match value {
            toml::Value::Table(inner) => flatten(&key, inner, out)?,
            toml::Value::String(text) => out.push((key, text.clone())),
            toml::Value::Integer(n) => out.push((key, n.to_string())),
            toml::Value::Boolean(b) => out.push((key, b.to_string())),
            _ if file_only(&key) => {}
            _ => return Err(Error::invalid(format!("{key} must be a string, a whole number or true/false"))),
        }
    }
    Ok(())
}

/// Resolves the database path: `--db`/`CRMCTL_DB`, then `db` in the config
/// file, then `crm.db` in the user's data folder.
pub fn database_path(flag: Option<&Path>, env: &Environment) -> Result<(PathBuf, PathSource)> {
    if let Some(path) = flag.filter(|p| !p.as_os_str().is_empty()) {
        return Ok((path.to_path_buf(), PathSource::Flag));
    }
    if let Some((config, table)) = read_config(env)? {
        match table.get("db") {
            Some(toml::Value::String(db)) if !db.is_empty() => {
                let db = PathBuf::from(db);
                // A relative path is taken relative to the config file (a
                // PostgreSQL connection string is not a path).
                let is_file = matches!(crate::store::Location::of(&db), crate::store::Location::Sqlite(_));
                let db = match config.parent() {
                    Some(dir) if db.is_relative() && is_file => dir.join(db),
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

/// `audit.syslog = true` in the config file: the socket to send each new
/// audit entry's id, action and hash to (`audit.syslog_socket`, default
/// `/dev/log`); `None` when it is off.
pub fn audit_syslog(env: &Environment) -> Result<Option<PathBuf>> {
    let Some((config, table)) = read_config(env)? else { return Ok(None) };
    let audit = table.get("audit");
    let key = |name: &str| audit.and_then(|a| a.get(name)).or_else(|| table.get(&format!("audit.{name}")));
    let bad = |what: &str| Error::invalid(format!("config file {}: {what}", config.display()));
    match key("syslog") {
        None | Some(toml::Value::Boolean(false)) => Ok(None),
        Some(toml::Value::Boolean(true)) => match key("syslog_socket") {
            None => Ok(Some(PathBuf::from(crate::audit::Syslog::DEFAULT_SOCKET))),
            Some(toml::Value::String(path)) if !path.is_empty() => Ok(Some(PathBuf::from(path))),
            Some(_) => Err(bad("audit.syslog_socket must be the path of a socket")),
        },
        Some(_) => Err(bad("audit.syslog must be true or false")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(key: &str, value: &str) -> Result<String> {
        let mut store = crate::testing::store()?;
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
        // Issue 16: a display name, in Chinese too, is a sender.
        for from in ["crm@corp.cn", "CRM 系统 <crm@corp.cn>", "\"CRM, Inc.\" <crm@example.com>"] {
            assert_eq!(check("mail.from", &format!(" {from} ")).ok().as_deref(), Some(from), "{from}");
        }
        assert_eq!(check("org.timezone", " Asia/Shanghai ").ok().as_deref(), Some("Asia/Shanghai"));
        assert_eq!(check("org.timezone", "UTC").ok().as_deref(), Some("UTC"));
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
            ("mail.from", "CRM <crm@example.com> trailing"),
            ("mail.from", "a@example.com, b@example.com"),
            ("mail.from", "CRM <crm@localhost>"),
            ("org.timezone", "Mars/Olympus_Mons"),
            ("org.timezone", "+08:00"),
        ] {
            let err = check(key, value).err().map(|e| e.kind);
            assert_eq!(err, Some(crate::error::Kind::Invalid), "{key}={value}");
        }
    }

    /// The keys of SPEC "Settings that reach outside the database", and no other.
    #[test]
    fn keys_that_reach_outside_are_classified() {
        let outside: Vec<&str> = KEYS.iter().filter(|k| k.reaches_outside()).map(|k| k.key).collect();
        assert_eq!(
            outside,
            [
                "mail.transport",
                "mail.outbox_dir",
                "mail.sendmail_command",
                "mail.smtp_host",
                "mail.smtp_port",
                "mail.smtp_starttls",
                "mail.smtp_user",
            ]
        );
        assert!(!spec("mail.from").map(KeySpec::reaches_outside).unwrap_or(true));
    }

    #[test]
    fn only_the_superuser_changes_keys_that_reach_outside() -> Result<()> {
        let mut store = crate::testing::store()?;
        let token_user = Principal::User {
            actor: crate::identity::Actor::user("cfg", 7),
            user_id: 7,
            username: "cfg".into(),
            grants: vec![crate::identity::Grant {
                permission: SETTINGS_MANAGE.into(),
                role: "settings-only".into(),
                department: None,
            }],
            token_creators: Vec::new(),
        };
        let root = Principal::Superuser(crate::identity::Actor::os("root", 0));
        for spec in KEYS.iter().filter(|k| k.reaches_outside()) {
            let value = spec.default.unwrap_or("/srv/x");
            let kind = set(&mut store, &token_user, spec.key, value).err().map(|e| e.kind);
            assert_eq!(kind, Some(crate::error::Kind::NotPermitted), "{}", spec.key);
            let kind = unset(&mut store, &token_user, spec.key).err().map(|e| e.kind);
            assert_eq!(kind, Some(crate::error::Kind::NotPermitted), "{}", spec.key);
            assert_eq!(store.read(|tx| tx.setting(spec.key))?, None);
            set(&mut store, &root, spec.key, value)?;
        }
        assert_eq!(set(&mut store, &token_user, "seat_limit", "5")?, "5");
        Ok(())
    }

    #[test]
    fn floors_hold() {
        for (key, bad) in [
            ("password.argon2_m_kib", "19455"),
            ("password.argon2_m_kib", "1048577"),
            ("password.argon2_t", "1"),
            ("password.min_length", "7"),
            ("lockout.threshold", "0"),
            ("lockout.threshold", "101"),
        ] {
            let err = check(key, bad).err();
            assert_eq!(err.as_ref().map(|e| e.kind), Some(crate::error::Kind::Invalid), "{key}={bad}");
            assert!(
                err.is_some_and(|e| e.hints.iter().any(|h| h.contains(" to "))),
                "{key}={bad}: a hint names the range"
            );
        }
        for (key, edge) in
            [("password.argon2_m_kib", "19456"), ("password.argon2_t", "2"), ("lockout.threshold", "100")]
        {
            assert_eq!(check(key, edge).ok().as_deref(), Some(edge));
        }
    }

    fn config_file(name: &str, text: &str) -> (PathBuf, Environment) {
        let dir = std::env::temp_dir().join(format!("crmctl-settings-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).ok();
        let cfg = dir.join("config.toml");
        std::fs::write(&cfg, text).ok();
        (dir, Environment { config_file: Some(cfg), ..Environment::default() })
    }

    #[test]
    fn config_file_settings_are_read_checked_and_win() -> Result<()> {
        let (dir, env) = config_file(
            "read",
            "db = \"x.db\"\nseat_limit = 7\n\"phone.default_region\" = \"hk\"\n[mail]\ntransport = \"smtp\"\n\
             smtp_starttls = false\n[audit]\nsyslog = true\n",
        );
        let values = file_settings(&env);
        std::fs::remove_dir_all(&dir).ok();
        let values = values?;
        let pairs: Vec<(&str, &str)> = values.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(
            pairs,
            [
                ("mail.smtp_starttls", "false"),
                ("mail.transport", "smtp"),
                ("phone.default_region", "HK"),
                ("seat_limit", "7")
            ]
        );
        let mut store = crate::testing::store()?.with_file_settings(values);
        store.write(|tx| {
            tx.set_setting("seat_limit", "5")?;
            tx.set_setting("org.name", "Example")
        })?;
        let settings = store.read(Settings::load)?;
        assert_eq!((settings.get("seat_limit"), settings.source("seat_limit")), (Some("7"), Source::ConfigFile));
        assert_eq!((settings.get("org.name"), settings.source("org.name")), (Some("Example"), Source::Database));
        assert_eq!(
            (settings.get("lockout.minutes"), settings.source("lockout.minutes")),
            (Some("15"), Source::Default)
        );

        for (name, text) in [
            ("floor", "[password]\nmin_length = 4\n"),
            ("unknown", "[mail]\ntransprot = \"smtp\"\n"),
            ("type", "seat_limit = 1.5\n"),
            ("twice", "\"mail.transport\" = \"smtp\"\n[mail]\ntransport = \"file\"\n"),
        ] {
            let (dir, env) = config_file(name, text);
            let err = file_settings(&env).err();
            std::fs::remove_dir_all(&dir).ok();
            assert_eq!(err.as_ref().map(|e| e.kind), Some(crate::error::Kind::Invalid), "{name}");
            assert!(err.is_some_and(|e| e.message.contains("config.toml")), "{name}: names the file");
        }
        Ok(())
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
        for db in ["postgres://crm@db.example.com/crm", "host=/run/postgresql dbname=crm"] {
            std::fs::write(dir.join("config.toml"), format!("db = \"{db}\"\n")).ok();
            assert_eq!(database_path(None, &env).ok(), Some((PathBuf::from(db), PathSource::ConfigFile)));
        }

        let env = Environment { home: Some(PathBuf::from("/home/ops")), ..Environment::default() };
        let env = Environment { config_file: Some(dir.join("missing-is-error.toml")), ..env };
        assert!(database_path(None, &env).is_err());
        std::fs::remove_dir_all(&dir).ok();
    }
}
