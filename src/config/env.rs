//! The one place that lists and reads the environment variables crmctl uses.
//!
//! `main` reads them once into an [`Environment`]; everything else receives
//! the values it needs, so tests can set them without touching the process.

use std::path::PathBuf;
use std::time::Duration;

/// The environment variables crmctl reads (besides `CRMCTL_DB`, which clap
/// reads as the default of `--db`).
#[derive(Debug, Clone, Default)]
pub struct Environment {
    /// `CRMCTL_CONFIG`: the config file, instead of `/etc/crmctl/config.toml`.
    pub config_file: Option<PathBuf>,
    /// `XDG_DATA_HOME`: where the default database lives (`$XDG_DATA_HOME/crmctl/crm.db`).
    pub xdg_data_home: Option<PathBuf>,
    /// `HOME`: fallback for the data folder (`~/.local/share/crmctl/crm.db`).
    pub home: Option<PathBuf>,
    /// `CRMCTL_BUSY_TIMEOUT_MS`: how long to wait for a locked database (default 5000).
    pub busy_timeout: Option<String>,
    /// `SUDO_USER`: the login behind sudo, recorded as the actor (trusted
    /// only when the real uid is 0 and `SUDO_UID` matches it).
    pub sudo_user: Option<String>,
    /// `SUDO_UID`: the uid behind sudo.
    pub sudo_uid: Option<String>,
    /// `NO_COLOR`: any non-empty value turns colour off.
    pub no_color: bool,
    /// `CRMCTL_TOKEN`: act as this API token's user (`--token-file` wins).
    pub token: Option<String>,
    /// `CRMCTL_SMTP_PASSWORD`: the password for `mail.smtp_user`.
    pub smtp_password: Option<String>,
}

/// The busy timeout when `CRMCTL_BUSY_TIMEOUT_MS` is not set.
pub const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(5);

impl Environment {
    /// Reads the process environment.
    pub fn from_process() -> Self {
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        Environment {
            config_file: var("CRMCTL_CONFIG").map(PathBuf::from),
            xdg_data_home: var("XDG_DATA_HOME").map(PathBuf::from),
            home: var("HOME").map(PathBuf::from),
            busy_timeout: var("CRMCTL_BUSY_TIMEOUT_MS").map(|v| v.to_string_lossy().into_owned()),
            sudo_user: var("SUDO_USER").map(|v| v.to_string_lossy().into_owned()),
            sudo_uid: var("SUDO_UID").map(|v| v.to_string_lossy().into_owned()),
            no_color: var("NO_COLOR").is_some(),
            token: var("CRMCTL_TOKEN").map(|v| v.to_string_lossy().into_owned()),
            smtp_password: var("CRMCTL_SMTP_PASSWORD").map(|v| v.to_string_lossy().into_owned()),
        }
    }
}
