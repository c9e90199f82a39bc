//! Operations on the database as a whole: online backup, checked restore, and
//! the health check. Only whoever can write the database file may run them.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::audit::{self, Target};
use crate::error::{Error, Result};
use crate::identity::Principal;
use crate::store::{self, Inspection, Store};

fn superuser_only(who: &Principal, what: &str) -> Result<()> {
    if who.is_superuser() {
        return Ok(());
    }
    Err(Error::not_permitted(format!("{what} is for whoever can write the database file, not for a token"))
        .hint("run it without CRMCTL_TOKEN / --token-file, as the owner of the database file"))
}

/// Writes a consistent copy of the database to `dest` (mode 0600; never
/// overwrites a file).
pub fn backup(store: &mut Store, who: &Principal, dest: &Path) -> Result<Inspection> {
    superuser_only(who, "backup")?;
    store.backup_to(dest)?;
    store::inspect(dest)
}

/// Checks `src` (a crmctl database of a schema this binary reads, passing its
/// integrity check), then replaces the database with it and records the
/// restore in the (restored) audit log.
pub fn check_restorable(who: &Principal, src: &Path) -> Result<Inspection> {
    superuser_only(who, "restore")?;
    let inspection = store::inspect(src)?;
    if !inspection.problems.is_empty() {
        return Err(Error::storage(format!(
            "{} fails its integrity check: {}",
            src.display(),
            inspection.problems.first().map(String::as_str).unwrap_or("")
        ))
        .hint("nothing was replaced; use another backup"));
    }
    Ok(inspection)
}

/// Replaces the database with `src` (checked with [`check_restorable`] first).
pub fn restore(store: &mut Store, who: &Principal, src: &Path) -> Result<Inspection> {
    let inspection = check_restorable(who, src)?;
    store.restore_from(src)?;
    let name = src.display().to_string();
    store.write(|tx| {
        let details = json!({"file": name, "users": inspection.users, "audit_entries": inspection.audit_entries});
        audit::record(tx, who.actor(), "db.restore", Target::Other("database"), details)
    })?;
    Ok(inspection)
}

/// One line of `crmctl check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// What was checked.
    pub name: &'static str,
    /// Whether it is healthy.
    pub ok: bool,
    /// What was found.
    pub detail: String,
}

/// Integrity, the expected schema, the audit chain; for a SQLite file, also
/// file and folder permissions and WAL state.
pub fn check(store: &mut Store, who: &Principal, path: &Path) -> Result<Vec<Finding>> {
    superuser_only(who, "check")?;
    let mut out = Vec::new();
    let problems = store.integrity_check()?;
    out.push(Finding {
        name: "integrity",
        ok: problems.is_empty(),
        detail: if problems.is_empty() { "ok".into() } else { problems.join("; ") },
    });
    let differences = store.schema_check()?;
    out.push(Finding {
        name: "schema",
        ok: differences.is_empty(),
        detail: if differences.is_empty() {
            "as expected".into()
        } else {
            format!("{}; restore a backup, or ask for help before going on", differences.join("; "))
        },
    });
    let verdict = store.read(audit::verify)?;
    out.push(Finding {
        name: "audit chain",
        ok: verdict.broken.is_none(),
        detail: match verdict.broken {
            None => format!("intact: {} entries", verdict.entries),
            Some((_, why)) => why,
        },
    });
    // The rest is about a database file; a PostgreSQL server keeps its own.
    if store.path().is_none() {
        return Ok(out);
    }
    let mode = |p: &Path| std::fs::metadata(p).map(|m| m.permissions().mode() & 0o777).ok();
    match mode(path) {
        Some(m) => out.push(Finding {
            name: "file permissions",
            ok: m & 0o077 == 0,
            detail: if m & 0o077 == 0 {
                format!("{m:o}")
            } else {
                format!("{m:o}: readable by others; run chmod 600 {}", path.display())
            },
        }),
        None => out.push(Finding { name: "file permissions", ok: false, detail: "cannot read them".into() }),
    }
    let dir: PathBuf = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf();
    if let Some(m) = mode(&dir) {
        let writable_by_others = m & 0o022 != 0;
        out.push(Finding {
            name: "folder permissions",
            ok: !writable_by_others,
            detail: if writable_by_others {
                format!("{m:o}: others can write {}; they could replace the database", dir.display())
            } else {
                format!("{m:o}")
            },
        });
    }
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    let wal_size = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    out.push(Finding {
        name: "wal",
        ok: wal_size < 256 * 1024 * 1024,
        detail: format!("journal mode WAL, log {} KiB", wal_size / 1024),
    });
    Ok(out)
}
