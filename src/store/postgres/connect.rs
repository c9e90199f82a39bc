//! From a `--db` string to a PostgreSQL connection configuration: libpq's
//! defaults, and the password from `PGPASSWORD` or the password file, never
//! from the string itself (it would be in argv, `ps` and shell history).
//!
//! The `postgres` crate reads neither the environment nor `~/.pgpass`; this
//! module does it the way libpq does, so that an operator's existing setup
//! works unchanged. It reads libpq's own variables (`PGPASSWORD`,
//! `PGPASSFILE`, `PGHOST`, `PGPORT`, `PGUSER`, `PGDATABASE`) and `HOME`,
//! as libpq does for every program that embeds it.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use postgres::config::Host;

use crate::error::{Error, Result};

/// Where libpq looks for the server when no host is given (Debian's socket folder).
const DEFAULT_SOCKET_DIR: &str = "/var/run/postgresql";

/// The configuration to connect with `db` (a URL or a key=value string).
pub fn config(db: &str) -> Result<postgres::Config> {
    let mut config = postgres::Config::from_str(db).map_err(|err| {
        Error::usage(format!("cannot read the PostgreSQL connection string: {err}"))
            .hint("write it as postgres://USER@HOST:PORT/DATABASE or host=HOST dbname=DATABASE user=USER")
    })?;
    if config.get_password().is_some() {
        return Err(Error::usage("the database string holds a password, which would be visible to other users")
            .hint("remove it from the string; crmctl takes the password from PGPASSWORD or ~/.pgpass (mode 0600)"));
    }
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    if config.get_hosts().is_empty() {
        let host = var("PGHOST").unwrap_or_else(|| DEFAULT_SOCKET_DIR.to_string());
        config.host(&host);
    }
    if config.get_ports().is_empty()
        && let Some(port) = var("PGPORT").and_then(|p| p.parse::<u16>().ok())
    {
        config.port(port);
    }
    if config.get_user().is_none() {
        let user = var("PGUSER").or_else(os_login).unwrap_or_else(|| "postgres".into());
        config.user(&user);
    }
    if config.get_dbname().is_none()
        && let Some(db) = var("PGDATABASE")
    {
        config.dbname(&db);
    }
    if config.get_connect_timeout().is_none() {
        // libpq waits forever by default; a command should not.
        config.connect_timeout(Duration::from_secs(10));
    }
    if config.get_application_name().is_none() {
        config.application_name("crmctl");
    }
    if let Some(password) = var("PGPASSWORD") {
        config.password(password);
    } else if let Some(file) = var("PGPASSFILE").map(PathBuf::from).or_else(|| home().map(|h| h.join(".pgpass")))
        && let Some(password) = from_password_file(&file, &config)
    {
        config.password(password);
    }
    Ok(config)
}

fn home() -> Option<PathBuf> {
    std::env::var_os("HOME").filter(|h| !h.is_empty()).map(PathBuf::from)
}

fn os_login() -> Option<String> {
    nix::unistd::User::from_uid(nix::unistd::geteuid()).ok().flatten().map(|u| u.name)
}

/// The password for `config` in a libpq password file: the first line
/// `host:port:database:user:password` whose fields match (`*` matches
/// anything, `\:` and `\\` are a literal colon and backslash). As libpq
/// does, a file that others may read or write is ignored.
fn from_password_file(file: &Path, config: &postgres::Config) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::metadata(file).ok()?;
    if !meta.is_file() || meta.permissions().mode() & 0o077 != 0 {
        return None;
    }
    let text = std::fs::read_to_string(file).ok()?;
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(name)) => name.clone(),
        // libpq looks up "localhost" for a connection over a Unix socket.
        Some(Host::Unix(_)) | None => "localhost".to_string(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432).to_string();
    let user = config.get_user().unwrap_or_default();
    let database = config.get_dbname().unwrap_or(user);
    let wanted = [host.as_str(), port.as_str(), database, user];
    text.lines().filter(|line| !line.starts_with('#')).find_map(|line| {
        let fields = split_fields(line);
        let [h, p, d, u, password] = fields.as_slice() else { return None };
        let matches = [h, p, d, u].iter().zip(wanted).all(|(field, want)| field.as_str() == "*" || field == &want);
        matches.then(|| password.clone())
    })
}

/// The colon-separated fields of a password file line, unescaped.
fn split_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let (Some(next), Some(field)) = (chars.next(), fields.last_mut()) {
                    field.push(next);
                }
            }
            // The password is the rest of the line, colons included.
            ':' if fields.len() < 5 => fields.push(String::new()),
            _ => {
                if let Some(field) = fields.last_mut() {
                    field.push(c);
                }
            }
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_file_fields_follow_libpq() {
        assert_eq!(
            split_fields("db.example.com:5432:crm:ops:s3cr\\:et"),
            ["db.example.com", "5432", "crm", "ops", "s3cr:et"]
        );
        assert_eq!(split_fields("*:*:*:ops:a:b"), ["*", "*", "*", "ops", "a:b"]);
        assert_eq!(split_fields("h:p\\\\:d:u:pw"), ["h", "p\\", "d", "u", "pw"]);
    }

    #[test]
    fn a_password_in_the_string_is_a_usage_error() {
        for db in
            ["postgres://ops:secret@db.example.com/crm", "host=db.example.com user=ops password=secret dbname=crm"]
        {
            let err = config(db).err();
            assert_eq!(err.as_ref().map(|e| e.kind), Some(crate::error::Kind::Usage), "{db}");
            assert!(err.is_some_and(|e| !e.message.contains("secret")));
        }
    }

    #[test]
    fn the_password_file_is_read_only_when_private() -> Result<()> {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("pgpass");
        std::fs::write(&file, "# comment\nother:5432:*:ops:wrong\nlocalhost:5432:crm:ops:right\n*:*:*:*:fallback\n")?;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))?;
        let mut config = postgres::Config::new();
        config.host_path("/run/postgresql").user("ops").dbname("crm");
        assert_eq!(from_password_file(&file, &config).as_deref(), Some("right"));
        config.dbname("other");
        assert_eq!(from_password_file(&file, &config).as_deref(), Some("fallback"));
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644))?;
        assert_eq!(from_password_file(&file, &config), None, "a file others can read is ignored");
        Ok(())
    }
}
