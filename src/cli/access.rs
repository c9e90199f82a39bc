use clap::{ArgGroup, Args, Subcommand};

/// `crmctl invite ...`
#[derive(Debug, Subcommand)]
pub enum InviteCommand {
    /// Invite a person: a new email creates the user as invited; prints a one-time code
    #[command(after_help = "The code is shown once, with its absolute expiry and, when invite.base_url is set,
the URL <base_url>/invite/<code>. --send mails it (mail.transport).

Examples:
  crmctl invite create wangwu@example.com --name 王五 --role sales-rep --department 销售部 --send
  crmctl invite create wangwu --expires-in 72h")]
    Create {
        /// An email (a new person) or a USER who has not accepted yet
        target: String,
        /// Display name of a new person
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        /// Role of a new person
        #[arg(long, value_name = "ROLE")]
        role: Option<String>,
        /// Department of a new person
        #[arg(long, value_name = "PATH")]
        department: Option<String>,
        /// Lifetime: 90s, 15m, 72h, 7d (default: invite.ttl_hours)
        #[arg(long, value_name = "DURATION")]
        expires_in: Option<String>,
        /// Mail the invitation
        #[arg(long)]
        send: bool,
    },
    /// Invitations
    #[command(after_help = "Examples:\n  crmctl invite list --status pending --format json")]
    List {
        /// Only invitations in this state (default: all)
        #[arg(long, value_name = "STATUS", value_parser = super::invitation_statuses())]
        status: Option<String>,
    },
    /// A new code for an invitation; the old one stops working
    #[command(after_help = "Examples:\n  crmctl invite resend 3 --send")]
    Resend {
        /// Invitation id
        id: i64,
        /// Mail the new code
        #[arg(long)]
        send: bool,
    },
    /// Revoke an invitation: its code stops working
    #[command(after_help = "Examples:\n  crmctl invite revoke 3")]
    Revoke {
        /// Invitation id
        id: i64,
    },
    /// Accept an invitation: set the first password; the user becomes active
    #[command(after_help = "Without CODE, the code is asked for on the terminal (hidden), or read from the first line
of stdin with --code-stdin: a code in the command line is visible to every user of the machine (ps).

Examples:
  crmctl invite accept
  printf '%s\\n%s\\n' \"$CODE\" \"$PW\" | crmctl invite accept --code-stdin --password-stdin")]
    Accept {
        /// The code from the invitation (better: leave it out and type it when asked)
        #[arg(conflicts_with = "code_stdin")]
        code: Option<String>,
        /// Read the code from the first line of stdin
        #[arg(long)]
        code_stdin: bool,
        /// Read the password from stdin: the first line, or the second with --code-stdin (else: prompt twice)
        #[arg(long)]
        password_stdin: bool,
    },
}

/// Arguments of `crmctl reset-password`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("mode").args(["random_password", "password_stdin", "link"])))]
pub struct ResetArgs {
    /// Username, email, employee ID or #ID
    pub user: String,
    /// Set a generated password now, print it once (must be changed at first login)
    #[arg(long)]
    pub random_password: bool,
    /// Set the password read from the first line of stdin
    #[arg(long)]
    pub password_stdin: bool,
    /// Issue a one-time reset link (the default)
    #[arg(long)]
    pub link: bool,
    /// Mail the link
    #[arg(long, conflicts_with_all = ["random_password", "password_stdin"])]
    pub send: bool,
    /// Require a password change at next login
    #[arg(long)]
    pub must_change_password: bool,
}

/// `crmctl password ...`
#[derive(Debug, Subcommand)]
pub enum PasswordCommand {
    /// The user's own change: asks for the old password, then the new one twice
    #[command(
        after_help = "Without a terminal, --password-stdin reads the old password from line 1 and the new from line 2.

Examples:
  crmctl password change zhangsan
  printf '%s\\n%s\\n' \"$OLD\" \"$NEW\" | crmctl password change zhangsan --password-stdin"
    )]
    Change {
        /// Username, email, employee ID or #ID
        user: String,
        /// Read the old (line 1) and new (line 2) passwords from stdin
        #[arg(long)]
        password_stdin: bool,
    },
    /// Redeem a reset code from `reset-password --link`
    #[command(
        after_help = "Without --code, the code is asked for on the terminal (hidden), or read from the first line
of stdin with --code-stdin: a code in the command line is visible to every user of the machine (ps).

Examples:
  crmctl password set
  printf '%s\\n%s\\n' \"$CODE\" \"$NEW\" | crmctl password set --code-stdin --password-stdin"
    )]
    Set {
        /// The reset code (better: leave it out and type it when asked)
        #[arg(long, value_name = "CODE", conflicts_with = "code_stdin")]
        code: Option<String>,
        /// Read the code from the first line of stdin
        #[arg(long)]
        code_stdin: bool,
        /// Read the new password from stdin: the first line, or the second with --code-stdin (else: prompt twice)
        #[arg(long)]
        password_stdin: bool,
    },
}

/// `crmctl mfa ...`
#[derive(Debug, Subcommand)]
pub enum MfaCommand {
    /// Enrol a TOTP authenticator: prints an otpauth:// URI and a QR code, then confirms a code
    #[command(after_help = "On a terminal it asks for the first code at once. Scripts run it once to get the URI,
then confirm with --code.

Examples:
  crmctl mfa enroll zhangsan
  crmctl mfa enroll zhangsan --code 123456")]
    Enroll {
        /// Username, email, employee ID or #ID
        user: String,
        /// Confirm the pending enrolment with this code from the app
        #[arg(long, value_name = "CODE")]
        code: Option<String>,
    },
    /// Remove a user's second factor (a lost phone)
    #[command(after_help = "Examples:\n  crmctl mfa reset zhangsan")]
    Reset {
        /// Username, email, employee ID or #ID
        user: String,
    },
}
