//! `crmctl audit ...`

use crate::audit;
use crate::error::{Error, Result};
use crate::store::OpenMode;
use crate::users;

use super::Context;
use crate::cli::{AuditCommand, Format};
use crate::output::views::{AuditHeadView, AuditView, VerdictView};

/// Dispatches an `audit` verb.
pub fn run(ctx: &Context, cmd: AuditCommand) -> Result<()> {
    let p = &ctx.printer;
    let (mut store, who) = ctx.session(OpenMode::Existing)?;
    match cmd {
        AuditCommand::List(args) => {
            let query = audit::Query {
                user: args.user,
                actor: args.actor,
                action: args.action,
                since: args.since,
                until: args.until,
                limit: args.limit,
            };
            let rows = users::audit_trail(&mut store, &who, &query)?;
            let views: Vec<AuditView> = rows.iter().map(AuditView::from).collect();
            match p.format {
                Format::Json => p.json(&views)?,
                Format::Csv => p.csv(&views)?,
                Format::Table => p.table(
                    &["ID", "AT", "ACTOR", "ACTION", "TARGET", "DETAILS"],
                    views
                        .iter()
                        .map(|v| {
                            vec![
                                v.id.to_string(),
                                v.at.clone(),
                                v.actor.clone(),
                                v.action.clone(),
                                v.target.clone(),
                                v.details.to_string(),
                            ]
                        })
                        .collect(),
                )?,
            }
            Ok(())
        }
        AuditCommand::Head => {
            let head = audit::head(&mut store, &who)?;
            let view = AuditHeadView { id: head.id, hash: head.hash };
            match p.format {
                Format::Json => p.json(&view)?,
                Format::Csv => p.csv(&[view])?,
                Format::Table => p.table(&["ID", "HASH"], vec![vec![view.id.to_string(), view.hash]])?,
            }
            Ok(())
        }
        AuditCommand::Verify(args) => {
            let anchors = args
                .expect
                .iter()
                .map(|text| {
                    audit::Anchor::parse(text)
                        .map_err(|err| Error { message: format!("--expect: {}", err.message), ..err })
                })
                .collect::<Result<Vec<_>>>()?;
            let verdict = audit::check_against(&mut store, &who, &anchors)?;
            let broken_at = verdict.broken.as_ref().map(|b| b.0);
            let message = match &verdict.broken {
                Some((_, why)) => format!("audit log broken: {why}"),
                None => format!("audit log intact: {} entries", verdict.entries),
            };
            let view = VerdictView { ok: broken_at.is_none(), entries: verdict.entries, broken_at, message };
            match p.format {
                Format::Json => p.json(&view)?,
                Format::Csv => p.csv(std::slice::from_ref(&view))?,
                Format::Table => {
                    if view.ok {
                        p.line(&view.message)?;
                    }
                }
            }
            match verdict.broken {
                None => Ok(()),
                Some(_) => Err(Error::negative(view.message)
                    .hint("entries were changed or deleted outside crmctl; compare with a backup to see what")),
            }
        }
    }
}
