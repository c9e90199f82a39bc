//! `crmctl config ...`

use crate::config::{KEYS, PathSource, Settings, Source};
use crate::error::Result;

use crate::store::OpenMode;

use super::Context;
use crate::cli::{ConfigCommand, Format};
use crate::output::views::{ConfigValueView, DbPathView, SettingView, SettingsView};

/// Dispatches a `config` verb.
pub fn run(ctx: &Context, cmd: ConfigCommand) -> Result<()> {
    let p = &ctx.printer;
    match cmd {
        ConfigCommand::Show => {
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let current = crate::config::current(&mut store, &who)?;
            let views: Vec<SettingView> = KEYS
                .iter()
                .map(|k| SettingView {
                    key: k.key.to_string(),
                    value: current.get(k.key).map(str::to_string),
                    source: current.source(k.key).as_str(),
                })
                .collect();
            match p.format {
                Format::Json => p.json(&SettingsView(&views))?,
                Format::Csv => p.csv(&views)?,
                Format::Table => p.table(
                    &["KEY", "VALUE", "SOURCE"],
                    views
                        .iter()
                        .map(|v| vec![v.key.clone(), v.value.clone().unwrap_or_else(|| "-".into()), v.source.into()])
                        .collect(),
                )?,
            }
        }
        ConfigCommand::Get { key } => {
            crate::config::spec(&key)?;
            let (mut store, who) = ctx.session(OpenMode::Existing)?;
            let current = crate::config::current(&mut store, &who)?;
            let value = current.get(&key).map(str::to_string);
            print_value(ctx, &key, value.as_deref())?;
        }
        ConfigCommand::Set { key, value } => {
            let (mut store, who) = ctx.session(OpenMode::Create)?;
            let stored = crate::config::set(&mut store, &who, &key, &value)?;
            shadowed_note(ctx, &store.read(Settings::load)?, &key);
            if !(p.quiet && p.format == Format::Table) {
                print_value(ctx, &key, Some(&stored))?;
            }
        }
        ConfigCommand::Unset { key } => {
            let (mut store, who) = ctx.session(OpenMode::Create)?;
            if !crate::config::unset(&mut store, &who, &key)? {
                p.note(&format!("{key} was not set; nothing changed"));
            }
            let current = store.read(Settings::load)?;
            shadowed_note(ctx, &current, &key);
            print_value(ctx, &key, current.get(&key))?;
        }
        ConfigCommand::Path => {
            let (path, source) = ctx.db_path()?;
            let source = match source {
                PathSource::Flag => "flag",
                PathSource::ConfigFile => "config",
                PathSource::Default => "default",
            };
            // A PostgreSQL database exists when it can be opened with crmctl's tables in it.
            let exists = match crate::store::Location::of(&path) {
                crate::store::Location::Sqlite(file) => file.exists(),
                crate::store::Location::Postgres(_) => ctx.open(OpenMode::Existing).is_ok(),
            };
            let view = DbPathView { path: path.display().to_string(), source, exists };
            match p.format {
                Format::Json => p.json(&view)?,
                Format::Csv => p.csv(&[view])?,
                Format::Table => p.line(&view.path)?,
            }
        }
    }
    Ok(())
}

/// Says when the config file's value hides the database's, so a change made
/// with `config set|unset` has no effect until the file is changed.
fn shadowed_note(ctx: &Context, current: &Settings, key: &str) {
    if current.source(key) == Source::ConfigFile {
        ctx.printer.warn(&format!(
            "the config file sets {key} = {}, which wins over the database: change it there",
            current.get(key).unwrap_or_default()
        ));
    }
}

fn print_value(ctx: &Context, key: &str, value: Option<&str>) -> Result<()> {
    let p = &ctx.printer;
    match p.format {
        Format::Json => p.json(&ConfigValueView { key: key.into(), value: value.map(str::to_string) }),
        Format::Csv => p.csv(&[SettingView { key: key.into(), value: value.map(str::to_string), source: "" }]),
        Format::Table => match value {
            Some(v) => p.line(v),
            None => {
                p.note(&format!("{key} is not set"));
                Ok(())
            }
        },
    }
}
