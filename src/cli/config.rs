use std::ffi::OsStr;

use clap::Subcommand;
use clap::builder::{PossibleValue, StringValueParser, TypedValueParser};

/// A setting key: any text reaches the library, which refuses an unknown key
/// with exit 5 (SPEC), while `--help` and shell completion list the catalogue.
#[derive(Debug, Clone, Copy)]
pub struct KeyParser;

impl TypedValueParser for KeyParser {
    type Value = String;

    fn parse_ref(&self, cmd: &clap::Command, arg: Option<&clap::Arg>, value: &OsStr) -> Result<String, clap::Error> {
        StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(crate::config::KEYS.iter().map(|k| PossibleValue::new(k.key).help(k.help))))
    }
}

/// `crmctl config ...`
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Every setting with its value and where it comes from
    ///
    /// The source is config-file (wins), database (`config set`) or default.
    #[command(after_help = "Examples:\n  crmctl config show\n  crmctl config show --format json   \
                            # {\"seat_limit\": {\"value\": \"50\", \"source\": \"database\"}, ...}")]
    Show,
    /// One setting's value
    #[command(after_help = "Examples:\n  crmctl config get seat_limit")]
    Get {
        /// Setting key, such as seat_limit or password.min_length
        #[arg(value_parser = KeyParser)]
        key: String,
    },
    /// Change a setting (validated: unknown keys and bad values are exit 5)
    ///
    /// The value is stored in the database. A value in the config file ($CRMCTL_CONFIG, else /etc/crmctl/config.toml) wins over the
    /// database. The mail.* keys that name a program, a path, a host or a login (mail.transport,
    /// mail.sendmail_command, mail.outbox_dir, mail.smtp_host, mail.smtp_port,
    /// mail.smtp_starttls, mail.smtp_user) can be set only by the superuser (no token) or in
    /// the config file: a token user gets exit 6. Security floors hold for everyone:
    /// password.argon2_m_kib 19456..1048576, password.argon2_t >= 2, password.min_length >= 8,
    /// lockout.threshold 1..100.
    #[command(
        after_help = "Examples:\n  crmctl config set seat_limit 50\n  crmctl config set phone.default_region HK\n  \
                            crmctl config set default_role viewer\n\n\
                            Config file (TOML; tables or quoted dotted keys, values as strings, numbers or booleans):\n  \
                            db = \"/srv/crm/crm.db\"\n  \
                            [mail]\n  \
                            transport = \"smtp\"\n  \
                            smtp_host = \"mail.example.com\"\n  \
                            smtp_port = 587\n  \
                            smtp_user = \"crm\"            # password from CRMCTL_SMTP_PASSWORD"
    )]
    Set {
        /// Setting key
        #[arg(value_parser = KeyParser)]
        key: String,
        /// New value
        value: String,
    },
    /// Put a setting back to its default (seat_limit: no limit)
    ///
    /// Removes the database's value: the config file's value, if any, else the default is in force.
    #[command(after_help = "Examples:\n  crmctl config unset seat_limit")]
    Unset {
        /// Setting key
        #[arg(value_parser = KeyParser)]
        key: String,
    },
    /// Print the database path in use
    #[command(after_help = "Examples:\n  crmctl config path\n  CRMCTL_DB=/srv/crm/crm.db crmctl config path")]
    Path,
}
