use clap::{Args, Subcommand};

/// `crmctl audit ...`
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Audit entries, oldest first (with --limit: the latest N)
    #[command(
        after_help = "Examples:\n  crmctl audit list --user zhangsan\n  crmctl audit list --action user --since 2026-11-01 --format json\n  crmctl audit list --limit 20"
    )]
    List(AuditListArgs),
    /// Check the hash chain: exit 0 intact, 1 with the first broken entry named
    #[command(
        after_help = "Examples:\n  crmctl audit verify\n  crmctl audit verify --expect \"$(crmctl audit head --format csv | tail -1 | tr , :)\""
    )]
    Verify(AuditVerifyArgs),
    /// The latest entry's id and hash: note them outside the database, and
    /// `audit verify --expect ID:HASH` later finds even a rewritten chain
    #[command(
        after_help = "Examples:\n  crmctl audit head\n  crmctl audit head --format json >> /var/backups/crmctl-anchors"
    )]
    Head,
}

/// Arguments of `crmctl audit verify`.
#[derive(Debug, Args)]
pub struct AuditVerifyArgs {
    /// Also check that entry ID still has hash HASH, as `audit head` or
    /// `backup` printed them (repeatable); exit 1 naming it if not
    #[arg(long, value_name = "ID:HASH")]
    pub expect: Vec<String>,
}

/// Arguments of `crmctl audit list`.
#[derive(Debug, Args)]
pub struct AuditListArgs {
    /// Entries about this user (USER, or #ID for a purged one)
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// Entries by this actor, such as os:root or user:lisi
    #[arg(long, value_name = "ACTOR")]
    pub actor: Option<String>,
    /// This action (user.add) or family (user)
    #[arg(long, value_name = "ACTION")]
    pub action: Option<String>,
    /// From this date (YYYY-MM-DD) or time (RFC 3339)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Up to and including this date, or before this time
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Only the latest N entries
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}
