use clap::Subcommand;

/// `crmctl approval ...`
#[derive(Debug, Subcommand)]
pub enum ApprovalCommand {
    /// Approval requests
    #[command(after_help = "Examples:\n  crmctl approval list --status pending")]
    List {
        /// Only requests in this state (default: all)
        #[arg(long, value_name = "STATUS", value_parser = super::approval_statuses())]
        status: Option<String>,
    },
    /// Approve request N: the role is assigned now (not by the requester)
    #[command(after_help = "Examples:\n  crmctl approval approve 4")]
    Approve {
        /// Request number
        id: i64,
    },
    /// Reject request N
    #[command(after_help = "Examples:\n  crmctl approval reject 4 --reason 'not in the finance team'")]
    Reject {
        /// Request number
        id: i64,
        /// Why
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
    },
}
