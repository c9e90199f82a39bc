use clap::Subcommand;

/// `crmctl token ...`
#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create an API token acting as USER; the token is printed once
    #[command(after_help = "Use it with CRMCTL_TOKEN=... or --token-file FILE; the command then runs with
USER's permissions and department scope, and the audit log records user:USER.

Examples:
  crmctl token create hr-bot --expires-in 90d --description 'HR onboarding script'
  crmctl token create lisi --format json | jq -r .token > ~/.config/crmctl/token")]
    Create {
        /// Username, email, employee ID or #ID
        user: String,
        /// Lifetime: 90s, 15m, 72h, 7d (default: no expiry)
        #[arg(long, value_name = "DURATION")]
        expires_in: Option<String>,
        /// What the token is for
        #[arg(long, value_name = "D")]
        description: Option<String>,
    },
    /// Tokens (never the secrets)
    #[command(after_help = "Examples:\n  crmctl token list --format json")]
    List,
    /// Revoke a token: it stops working at once
    #[command(after_help = "Examples:\n  crmctl token revoke 3")]
    Revoke {
        /// Token id from `crmctl token list`
        id: i64,
    },
}
