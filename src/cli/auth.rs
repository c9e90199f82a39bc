use clap::{Args, Subcommand};

/// `crmctl auth ...`
#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Check a password: exit 0 ok, 1 wrong username or password, 6 account may not log in
    #[command(
        after_help = "Examples:\n  printf '%s\\n' \"$PW\" | crmctl auth verify zhangsan --password-stdin --format json"
    )]
    Verify(AuthVerifyArgs),
    /// End a lockout at once
    #[command(after_help = "Examples:\n  crmctl auth unlock zhangsan")]
    Unlock {
        /// Username, email, employee ID or #ID
        user: String,
    },
}

/// Arguments of `crmctl auth verify`.
#[derive(Debug, Args)]
pub struct AuthVerifyArgs {
    /// Username, email, employee ID or #ID
    pub user: String,
    /// Read the password from the first line of stdin (else: prompt)
    #[arg(long)]
    pub password_stdin: bool,
    /// The current code of an MFA-enrolled user's authenticator app
    #[arg(long, value_name = "CODE")]
    pub totp: Option<String>,
}
