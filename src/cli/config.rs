use clap::Subcommand;

/// `crmctl config ...`
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Every setting with its value and where it comes from
    #[command(after_help = "Examples:\n  crmctl config show\n  crmctl config show --format json")]
    Show,
    /// One setting's value
    #[command(after_help = "Examples:\n  crmctl config get seat_limit")]
    Get {
        /// Setting key, such as seat_limit or password.min_length
        key: String,
    },
    /// Change a setting (validated: unknown keys and bad values are exit 5)
    #[command(
        after_help = "Examples:\n  crmctl config set seat_limit 50\n  crmctl config set phone.default_region HK\n  crmctl config set default_role viewer"
    )]
    Set {
        /// Setting key
        key: String,
        /// New value
        value: String,
    },
    /// Put a setting back to its default (seat_limit: no limit)
    #[command(after_help = "Examples:\n  crmctl config unset seat_limit")]
    Unset {
        /// Setting key
        key: String,
    },
    /// Print the database path in use
    #[command(after_help = "Examples:\n  crmctl config path\n  CRMCTL_DB=/srv/crm/crm.db crmctl config path")]
    Path,
}
