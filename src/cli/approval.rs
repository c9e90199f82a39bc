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
    /// Approve request N: the role is assigned now (not by the requester); a
    /// sign-up's user is created, invited
    #[command(after_help = "A sign-up (kind signup, from a web form) becomes a user `invited`, with an
invitation, in the form's department and role: the approver needs users.manage there
and must be able to grant the role; the seat limit applies.

Examples:\n  crmctl approval approve 4\n  crmctl approval approve 7 --send")]
    Approve {
        /// Request number
        id: i64,
        /// A sign-up's invitation is mailed (needs invite.base_url and mail.*)
        #[arg(long)]
        send: bool,
    },
    /// Reject request N (a sign-up's personal data is erased)
    #[command(after_help = "Examples:\n  crmctl approval reject 4 --reason 'not in the finance team'")]
    Reject {
        /// Request number
        id: i64,
        /// Why
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
    },
}
