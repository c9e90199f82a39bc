//! `crmctl backup`, `restore`, `check`, `store copy`.

use std::path::Path;

use crate::error::{Error, Result};
use crate::maintenance;
use crate::store::{self, Location, OpenMode};

use super::Context;
use crate::cli::Format;
use crate::identity::Principal;
use crate::output::views::{AuditHeadView, BackupView, CheckItemView, CheckView, CopyView, RestoreView};

/// `backup FILE`.
pub fn backup(ctx: &Context, file: &Path) -> Result<()> {
    // stdout carries the summary (and a terminal is no place for a database file).
    if crate::files::is_stdout(file) {
        return Err(Error::usage("backup writes a file, not stdout")
            .hint("give the path of a new file: crmctl backup /var/backups/crm-$(date +%F).db"));
    }
    let (mut store, who) = ctx.session(OpenMode::Existing)?;
    let copy = maintenance::backup(&mut store, &who, file)?;
    let p = &ctx.printer;
    // The audit head the copy holds: noted elsewhere, it is checked later
    // with `audit verify --expect ID:HASH`.
    let view = BackupView {
        file: file.display().to_string(),
        users: copy.users,
        audit_entries: copy.audit_entries,
        audit_head: copy.audit_head.map(|(id, hash)| AuditHeadView { id, hash }),
    };
    match p.format {
        Format::Json => p.json(&view)?,
        Format::Csv => p.csv(&[view])?,
        Format::Table => {
            p.note(&format!(
                "backed up {} users and {} audit entries to {} (mode 0600)",
                view.users, view.audit_entries, view.file
            ));
            // The head is data: on stdout, even in a table.
            let (head_id, head_hash) = view.audit_head.map(|h| (h.id, h.hash)).unwrap_or_default();
            p.table(&["AUDIT HEAD ID", "HASH"], vec![vec![head_id.to_string(), head_hash]])?;
        }
    }
    Ok(())
}

/// `restore FILE`.
pub fn restore(ctx: &Context, file: &Path) -> Result<()> {
    let (mut store, who) = ctx.session(OpenMode::Existing)?;
    let found = maintenance::check_restorable(&who, file)?;
    ctx.confirm(&format!(
        "Replace the database with {} ({} users, {} audit entries)? Changes since that backup are lost",
        file.display(),
        found.users,
        found.audit_entries
    ))?;
    let restored = maintenance::restore(&mut store, &who, file)?;
    let p = &ctx.printer;
    let view =
        RestoreView { file: file.display().to_string(), users: restored.users, audit_entries: restored.audit_entries };
    match p.format {
        Format::Json => p.json(&view)?,
        Format::Csv => p.csv(&[view])?,
        Format::Table => p.note(&format!("restored {} users from {}", view.users, view.file)),
    }
    Ok(())
}

/// `check`: exit 0 healthy, 1 with the problems listed.
pub fn check(ctx: &Context) -> Result<()> {
    let (path, _) = ctx.db_path()?;
    let (mut store, who) = ctx.session(OpenMode::Existing)?;
    let findings = maintenance::check(&mut store, &who, &path)?;
    let p = &ctx.printer;
    let healthy = findings.iter().all(|f| f.ok);
    match p.format {
        Format::Json => p.json(&CheckView {
            ok: healthy,
            checks: findings
                .iter()
                .map(|f| CheckItemView { name: f.name, ok: f.ok, detail: f.detail.clone() })
                .collect(),
        })?,
        Format::Csv | Format::Table => p.table(
            &["CHECK", "STATUS", "DETAIL"],
            findings
                .iter()
                .map(|f| vec![f.name.to_string(), if f.ok { "ok" } else { "PROBLEM" }.to_string(), f.detail.clone()])
                .collect(),
        )?,
    }
    if healthy {
        return Ok(());
    }
    let problems: Vec<&str> = findings.iter().filter(|f| !f.ok).map(|f| f.name).collect();
    Err(Error::negative(format!("problems found: {}", problems.join(", "))))
}

/// `store copy --from SRC --to DST`.
pub fn store_copy(ctx: &Context, from: &Path, to: &Path) -> Result<()> {
    // Both strings are checked before either database is opened.
    store::check_db_string(from)?;
    store::check_db_string(to)?;
    if same_database(from, to) {
        return Err(Error::usage("--from and --to name the same database").hint("copy into a new, empty database"));
    }
    if ctx.token()?.is_some() {
        return Err(Error::not_permitted("store copy is for whoever can write both databases, not for a token")
            .hint("run it without CRMCTL_TOKEN / --token-file"));
    }
    let who = Principal::Superuser(ctx.actor.clone());
    let mut source = ctx.opener_at(from.to_path_buf())?.open(OpenMode::Existing)?;
    let destination = ctx.opener_at(to.to_path_buf())?;
    let copied = maintenance::copy_into(&mut source, || destination.open(OpenMode::Create), &who)?;
    let view = CopyView {
        from: from.display().to_string(),
        to: to.display().to_string(),
        users: copied.users,
        audit_entries: copied.audit_entries,
        audit_head: copied.audit_head.map(|(id, hash)| AuditHeadView { id, hash }),
    };
    let p = &ctx.printer;
    match p.format {
        Format::Json => p.json(&view)?,
        Format::Csv => p.csv(&[view])?,
        Format::Table => {
            let head = view.audit_head.as_ref().map(|h| format!("{}:{}", h.id, h.hash)).unwrap_or_default();
            p.table(
                &["FROM", "TO", "USERS", "AUDIT ENTRIES", "AUDIT HEAD"],
                vec![vec![view.from, view.to, view.users.to_string(), view.audit_entries.to_string(), head]],
            )?;
        }
    }
    Ok(())
}

/// The two strings name one database: the same PostgreSQL string, or the
/// same SQLite file (by its canonical path when it exists).
fn same_database(a: &Path, b: &Path) -> bool {
    match (Location::of(a), Location::of(b)) {
        (Location::Postgres(x), Location::Postgres(y)) => x == y,
        (Location::Sqlite(x), Location::Sqlite(y)) => {
            x == y || matches!((x.canonicalize(), y.canonicalize()), (Ok(cx), Ok(cy)) if cx == cy)
        }
        _ => false,
    }
}
