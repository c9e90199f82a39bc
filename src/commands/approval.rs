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
        ApprovalCommand::Approve { id, send } => {
            if send {
                crate::mail::check_store_ready(&mut store)?;
            }
            let approved = approvals::approve(&mut store, &who, id)?;
            if let (Some(issued), true) = (&approved.invitation, send) {
                super::invite::send_invitation(ctx, &mut store, issued)?;
            }
            vec![ApprovalView::from(&approved)]
        }
        ApprovalCommand::Reject { id, reason } => {
            vec![ApprovalView::from(&approvals::reject(&mut store, &who, id, reason.as_deref())?)]
        }
    };
    match p.format {
        Format::Json if single => p.json(&views[0]),
        Format::Json => p.json(&views),
        Format::Csv => p.csv(&views),
        Format::Table => {
            print_table(p, &views)?;
            for i in views.iter().filter_map(|v| v.invitation.as_ref()) {
                p.line(&format!("invitation code: {}", i.code))?;
                if let Some(url) = &i.url {
                    p.line(&format!("invitation url: {url}"))?;
                }
                p.line(&format!("invitation expires: {}", i.expires_at))?;
            }
            Ok(())
        }
    }
}

fn print_table(p: &crate::output::Printer, views: &[ApprovalView]) -> Result<()> {
    {
        p.table(
            &["ID", "KIND", "USER", "ROLE", "DEPARTMENT", "REQUESTED BY", "STATUS", "DECIDED BY", "REASON", "CREATED"],
            views
                .iter()
                .map(|a| {
                    let o = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
                    // A pending sign-up has no user yet: the applicant stands in.
                    let applicant = a.applicant.as_ref().map(|p| format!("{} <{}>", p.name, p.email));
                    vec![
                        a.id.to_string(),
                        a.kind.to_string(),
                        o(&a.user.clone().or(applicant)),
                        o(&a.role),
                        o(&a.department),
                        a.requested_by.clone(),
                        a.status.clone(),
                        o(&a.decided_by),
                        o(&a.reason),
                        a.created_at.clone(),
                    ]
                })
                .collect(),
        )
    }
}
