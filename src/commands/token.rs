//! `crmctl token ...`

use crate::access::tokens;
use crate::error::Result;
use crate::store::OpenMode;

use super::Context;
use crate::cli::{Format, TokenCommand};
use crate::output::views::{NewTokenView, TokenView};

/// Dispatches a `token` verb.
pub fn run(ctx: &Context, cmd: TokenCommand) -> Result<()> {
    let (mut store, who) = ctx.session(OpenMode::Existing)?;
    let p = &ctx.printer;
    match cmd {
        TokenCommand::Create { user, expires_in, description } => {
            let t = tokens::create(&mut store, &who, &user, expires_in.as_deref(), description.as_deref())?;
            let view = NewTokenView {
                id: t.id,
                user: t.username,
                token: t.token.expose().to_string(),
                expires_at: t.expires_at,
            };
            match p.format {
                Format::Json => p.json(&view)?,
                Format::Csv => p.csv(std::slice::from_ref(&view))?,
                Format::Table => {
                    p.line(&view.token)?;
                    let until =
                        view.expires_at.as_deref().map(|e| format!("expires {e}")).unwrap_or("never expires".into());
                    p.note(&format!("token #{} acts as {}; {until}; it is shown only this once", view.id, view.user));
                }
            }
        }
        TokenCommand::List => {
            let views: Vec<TokenView> = tokens::list(&mut store, &who)?.iter().map(TokenView::from).collect();
            match p.format {
                Format::Json => p.json(&views)?,
                Format::Csv => p.csv(&views)?,
                Format::Table => p.table(
                    &["ID", "USER", "DESCRIPTION", "CREATED", "EXPIRES", "LAST USED", "REVOKED"],
                    views
                        .iter()
                        .map(|t| {
                            let o = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
                            vec![
                                t.id.to_string(),
                                t.user.clone(),
                                o(&t.description),
                                t.created_at.clone(),
                                o(&t.expires_at),
                                o(&t.last_used_at),
                                if t.revoked { "yes" } else { "no" }.into(),
                            ]
                        })
                        .collect(),
                )?,
            }
        }
        TokenCommand::Revoke { id } => {
            let view = TokenView::from(&tokens::revoke(&mut store, &who, id)?);
            match p.format {
                Format::Json => p.json(&view)?,
                Format::Csv => p.csv(&[view])?,
                Format::Table => p.note(&format!("token #{} of {} is revoked", view.id, view.user)),
            }
        }
    }
    Ok(())
}
