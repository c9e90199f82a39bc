//! `crmctl form ...`

use crate::error::{Error, Result};
use crate::forms::{self, NewForm};
use crate::store::OpenMode;

use super::Context;
use crate::cli::{FormCommand, Format};
use crate::output::views::{FormRemovedView, FormView, NewFormView};

/// Dispatches a `form` verb.
pub fn run(ctx: &Context, cmd: FormCommand) -> Result<()> {
    let p = &ctx.printer;
    match cmd {
        FormCommand::Add { name, kind, secret_stdin, maps, department, role } => {
            let (mut store, who) = ctx.session(OpenMode::Create)?;
            let secret = secret_stdin.then(|| super::first_line_of_stdin("secret")).transpose()?;
            let mut pairs = Vec::new();
            for m in &maps {
                let (header, field) =
                    m.rsplit_once('=').ok_or_else(|| Error::usage(format!("--map '{m}': expected 'FIELD=field'")))?;
                pairs.push((header.to_string(), field.to_string()));
            }
            let req = NewForm { name, kind, secret, maps: pairs, department, role };
            let added = forms::add(&mut store, &who, req)?;
            let view = NewFormView {
                form: FormView::from(&added.form),
                secret: added.secret.as_ref().map(|s| s.expose().to_string()),
                url_path: added.secret_path.clone(),
            };
            match p.format {
                Format::Json => p.json(&view)?,
                Format::Csv => p.csv(std::slice::from_ref(&view.form))?,
                Format::Table => {
                    match (&view.url_path, &view.secret) {
                        (Some(path), _) => {
                            p.line(&format!("post to: https://<server>{path}"))?;
                            p.note("the secret is part of that address and is shown only this once; keep it from logs");
                        }
                        (None, Some(secret)) => {
                            p.line(&format!("secret: {secret}"))?;
                            p.note("give the secret to the form tool; it is shown only this once");
                        }
                        (None, None) => {}
                    }
                    if view.url_path.is_none() {
                        p.line(&format!("post to: https://<server>{}", view.form.path))?;
                    }
                }
            }
        }
        FormCommand::List => {
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let views: Vec<FormView> = forms::list(&mut store, &who)?.iter().map(FormView::from).collect();
            match p.format {
                Format::Json => p.json(&views)?,
                Format::Csv => p.csv(&views)?,
                Format::Table => p.table(
                    &["NAME", "KIND", "CHECK", "PATH", "MAP", "DEPARTMENT", "ROLE", "CREATED"],
                    views
                        .iter()
                        .map(|f| {
                            let o = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
                            vec![
                                f.name.clone(),
                                f.kind.to_string(),
                                match f.check {
                                    "url-secret" => "url-secret (weaker)".to_string(),
                                    other => other.to_string(),
                                },
                                f.path.clone(),
                                if f.maps.is_empty() { "-".into() } else { f.maps.join(" ") },
                                o(&f.department),
                                o(&f.role),
                                f.created_at.clone(),
                            ]
                        })
                        .collect(),
                )?,
            }
        }
        FormCommand::Remove { name } => {
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let form = forms::remove(&mut store, &who, &name)?;
            let view = FormRemovedView { name: form.name, removed: true };
            match p.format {
                Format::Json => p.json(&view)?,
                Format::Csv | Format::Table => {
                    p.note(&format!("form {} is removed: its address answers 401 now", view.name))
                }
            }
        }
    }
    Ok(())
}
