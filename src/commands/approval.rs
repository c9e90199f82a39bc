//! `crmctl approval ...`

use crate::access::approvals;
use crate::error::Result;
use crate::store::OpenMode;

use super::Context;
use crate::cli::{ApprovalCommand, Format};
use crate::output::views::ApprovalView;

/// Dispatches an `approval` verb.
pub fn run(ctx: &Context, cmd: ApprovalCommand) -> Result<()> {
    let (mut store, who) = ctx.session(OpenMode::Existing)?;
    let p = &ctx.printer;
    // approve and reject print the one request they decided; list prints an array.
    let single = !matches!(cmd, ApprovalCommand::List { .. });
    let views: Vec<ApprovalView> = match cmd {
        ApprovalCommand::List { status } => {
            approvals::list(&mut store, &who, status.as_deref())?.iter().map(ApprovalView::from).collect()
        }
        ApprovalCommand::Approve { id } => vec![ApprovalView::from(&approvals::approve(&mut store, &who, id)?)],
        ApprovalCommand::Reject { id, reason } => {
            vec![ApprovalView::from(&approvals::reject(&mut store, &who, id, reason.as_deref())?)]
        }
    };
    match p.format {
        Format::Json if single => p.json(&views[0]),
        Format::Json => p.json(&views),
        Format::Csv => p.csv(&views),
        Format::Table => p.table(
            &["ID", "USER", "ROLE", "DEPARTMENT", "REQUESTED BY", "STATUS", "DECIDED BY", "REASON", "CREATED"],
            views
                .iter()
                .map(|a| {
                    let o = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
                    vec![
                        a.id.to_string(),
                        a.user.clone(),
                        a.role.clone(),
                        o(&a.department),
                        a.requested_by.clone(),
                        a.status.clone(),
                        o(&a.decided_by),
                        o(&a.reason),
                        a.created_at.clone(),
                    ]
                })
                .collect(),
        ),
    }
}
