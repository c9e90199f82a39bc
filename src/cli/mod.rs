//! Command-line syntax: clap derive types only. Their doc comments are the
//! `--help` text, written for a sysadmin reading them at 2 a.m.

mod access;
mod approval;
mod audit;
mod auth;
mod config;
mod form;
mod role;
mod store;
mod token;
mod user;

use std::path::PathBuf;

use clap::builder::PossibleValuesParser;
use clap::{Args, Parser, Subcommand, ValueEnum};

pub use access::{InviteCommand, MfaCommand, PasswordCommand, ResetArgs};
pub use approval::ApprovalCommand;
pub use audit::AuditCommand;
pub use auth::AuthCommand;
pub use config::ConfigCommand;
pub use form::FormCommand;
pub use role::{DepartmentCommand, PermissionCommand, RoleCommand};
pub use store::StoreCommand;
pub use token::TokenCommand;
pub use user::{
    DelimiterArg, EncodingArg, ExportArgs, OnConflictArg, UserAddArgs, UserCommand, UserDisableArgs, UserImportArgs,
};

/// Account administration for the CRM: people, roles, passwords and audit,
/// in one SQLite file.
#[derive(Debug, Parser)]
#[command(
    name = "crmctl",
    version,
    propagate_version = true,
    after_help = "Examples:
  crmctl init --org 'Example Ltd' --admin root --name 'Root' --email root@example.com --random-password
  crmctl user add zhangsan --name 张三 --email zhangsan@example.com --role sales-rep --invite
  crmctl user list --department 销售部 --format json
  crmctl role assign zhangsan dept-admin --department 销售部
  echo \"$PASSWORD\" | crmctl auth verify zhangsan --password-stdin

Exit codes: 0 ok, 1 no (auth verify, audit verify), 2 usage, 3 not found, 4 conflict,
5 invalid data, 6 not permitted, 7 busy (retry), 8 storage or I/O failure."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Database: a SQLite file, or a PostgreSQL connection string
    /// (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose
    /// password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the
    /// string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out
    /// [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else
    /// $XDG_DATA_HOME/crmctl/crm.db]
    #[arg(long, global = true, help_heading = "Global options", env = "CRMCTL_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Output format: tables for people, json or csv for scripts
    #[arg(long, global = true, help_heading = "Global options", value_enum, default_value_t = Format::Table, value_name = "FORMAT")]
    pub format: Format,
    /// No notes or warnings on stderr, and no table echo of a change
    #[arg(short, long, global = true, help_heading = "Global options")]
    pub quiet: bool,
    /// Answer yes to confirmations (delete, purge)
    #[arg(short = 'y', long, global = true, help_heading = "Global options")]
    pub yes: bool,
    /// No colours (also: NO_COLOR set to anything)
    #[arg(long, global = true, help_heading = "Global options")]
    pub no_color: bool,
    /// Act as the user of the API token in FILE (first line), held to their
    /// permissions and department scope [also: CRMCTL_TOKEN]
    #[arg(long, global = true, help_heading = "Global options", value_name = "FILE")]
    pub token_file: Option<PathBuf>,
}

/// `--status` of `user list` and `user export`: the library's user statuses, or all.
fn user_statuses() -> PossibleValuesParser {
    PossibleValuesParser::new(crate::users::Status::ALL.map(|s| s.as_str()).into_iter().chain(["all"]))
}

/// `--status` of `invite list`: the library's invitation states.
fn invitation_statuses() -> PossibleValuesParser {
    PossibleValuesParser::new(crate::users::invitations::STATUSES.map(crate::users::invitations::status_name))
}

/// `--status` of `approval list`: the library's request states.
fn approval_statuses() -> PossibleValuesParser {
    PossibleValuesParser::new(crate::store::ApprovalStatus::ALL.map(|s| s.as_str()))
}

/// `--kind` of `form add`: the library's form kinds.
fn form_kinds() -> PossibleValuesParser {
    PossibleValuesParser::new(crate::store::FormKind::ALL.map(|k| k.as_str()))
}

/// How results are printed on stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// One JSON document (an object, or an array for lists).
    Json,
    /// A header line and rows.
    Csv,
}

/// The commands, one per noun.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database, name the organisation and make the first admin
    #[command(after_help = "Examples:
  crmctl init --org 'Example Ltd' --seat-limit 50
  crmctl init --admin root --name 'Root' --email root@example.com --random-password
  printf '%s\\n' \"$PW\" | crmctl init --admin root --name Root --email root@example.com --password-stdin")]
    Init(InitArgs),
    /// Add, show, list, change, disable and delete people
    #[command(subcommand)]
    User(UserCommand),
    /// Create, change, assign and delete roles
    #[command(subcommand)]
    Role(RoleCommand),
    /// The permission catalogue
    #[command(subcommand)]
    Permission(PermissionCommand),
    /// Departments in use
    #[command(subcommand)]
    Department(DepartmentCommand),
    /// Approve or reject role assignments that need a second pair of eyes
    #[command(subcommand)]
    Approval(ApprovalCommand),
    /// API tokens for scripts and delegated administrators
    #[command(subcommand)]
    Token(TokenCommand),
    /// Web forms that send sign-ups to `crmctl serve` for approval
    #[command(subcommand)]
    Form(FormCommand),
    /// Invite new people: one-time codes to set a first password
    #[command(subcommand)]
    Invite(InviteCommand),
    /// Reset a user's password: a one-time link (default) or a new password
    #[command(after_help = "Every mode ends a lockout and invalidates earlier reset links.

Examples:
  crmctl reset-password zhangsan --send
  crmctl reset-password zhangsan --random-password --format json
  printf '%s\\n' \"$PW\" | crmctl reset-password zhangsan --password-stdin --must-change-password")]
    ResetPassword(ResetArgs),
    /// Change or set one's own password
    #[command(subcommand)]
    Password(PasswordCommand),
    /// TOTP second factor
    #[command(subcommand)]
    Mfa(MfaCommand),
    /// Check logins, end lockouts
    #[command(subcommand)]
    Auth(AuthCommand),
    /// Read and change settings
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Read and verify the tamper-evident audit log
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Write a consistent copy of the database to FILE (online; mode 0600)
    #[command(after_help = "Examples:\n  crmctl backup /var/backups/crm-$(date +%F).db")]
    Backup {
        /// A new file (never overwritten)
        file: PathBuf,
    },
    /// Replace the database with a backup (checked first); asks unless --yes
    #[command(after_help = "The file must be a crmctl database of a schema this crmctl reads and pass its
integrity check before anything is replaced. The restore is recorded in the audit log.

Examples:\n  crmctl restore /var/backups/crm-2026-11-22.db --yes")]
    Restore {
        /// The backup file
        file: PathBuf,
    },
    /// Copy a whole database between SQLite and PostgreSQL
    #[command(subcommand)]
    Store(StoreCommand),
    /// Health check: integrity, audit chain, permissions, WAL (exit 1 with problems)
    #[command(after_help = "Examples:\n  crmctl check\n  crmctl check --format json")]
    Check,
    /// Serve SCIM 2.0, the JSON API and form sign-ups over HTTP
    #[command(after_help = "Listens on 127.0.0.1:8080 unless --listen says otherwise, logs one JSON line per
request on stderr, and on SIGTERM finishes the requests in flight and exits 0.
Requests act through API tokens (Authorization: Bearer ...), never as the superuser.

Examples:
  crmctl serve
  crmctl serve --listen 0.0.0.0:8443 --tls-cert /etc/crm/cert.pem --tls-key /etc/crm/key.pem
  crmctl serve --listen 127.0.0.1:0 --port-file /run/crmctl/url")]
    Serve(ServeArgs),
    /// Print a shell completion script
    #[command(after_help = "Examples:
  crmctl completions bash > /etc/bash_completion.d/crmctl
  crmctl completions zsh > \"${fpath[1]}/_crmctl\"
  crmctl completions fish > ~/.config/fish/completions/crmctl.fish")]
    Completions {
        /// bash, zsh, fish, powershell or elvish
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) covering every command
    #[command(after_help = "Examples:\n  crmctl man > /usr/local/share/man/man1/crmctl.1 && man crmctl")]
    Man,
}

/// Arguments of `crmctl serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address and port to listen on (port 0 picks a free one)
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:8080")]
    pub listen: std::net::SocketAddr,
    /// Write the base URL (http://ADDR:PORT) to FILE once listening
    #[arg(long, value_name = "FILE")]
    pub port_file: Option<PathBuf>,
    /// Serve HTTPS with this certificate chain (PEM)
    #[arg(long, value_name = "PEM", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The private key of --tls-cert (PEM)
    #[arg(long, value_name = "PEM", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// Seconds a request may take, reading its body included (then 408)
    #[arg(long, value_name = "SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub request_timeout: u64,
}

/// Arguments of `crmctl init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Organisation name (setting org.name)
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    /// Maximum number of active + invited users (setting seat_limit)
    #[arg(long, value_name = "N")]
    pub seat_limit: Option<u64>,
    /// Also create this first administrator (role admin)
    #[arg(long, value_name = "USERNAME", requires_all = ["name", "email"])]
    pub admin: Option<String>,
    /// The admin's display name
    #[arg(long, value_name = "NAME", requires = "admin")]
    pub name: Option<String>,
    /// The admin's email
    #[arg(long, value_name = "EMAIL", requires = "admin")]
    pub email: Option<String>,
    /// Read the admin's password from the first line of stdin
    #[arg(long, requires = "admin", conflicts_with = "random_password")]
    pub password_stdin: bool,
    /// Generate the admin's password, print it once, require a change at first login
    #[arg(long, requires = "admin")]
    pub random_password: bool,
    /// A database that already holds an organisation is success with nothing
    /// changed, not exit 4 (for provisioning scripts)
    #[arg(long)]
    pub if_not_exists: bool,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }

    /// Every command a sysadmin can run has a one-line summary and an example.
    #[test]
    fn every_command_has_a_summary_and_an_example() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                let name = format!("{path} {}", sub.get_name());
                if sub.get_about().is_none() {
                    missing.push(format!("{name}: no summary"));
                }
                if sub.has_subcommands() {
                    walk(sub, &name, missing);
                } else if !sub.get_after_help().is_some_and(|h| h.to_string().contains("Examples:")) {
                    missing.push(format!("{name}: no example"));
                }
            }
        }
        let mut missing = Vec::new();
        walk(&super::Cli::command(), "crmctl", &mut missing);
        assert!(missing.is_empty(), "{missing:#?}");
    }
}
