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

/// What `store copy` copied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    /// Rows copied, all tables together.
    pub rows: u64,
    /// Users (rows of the users table, deleted ones included).
    pub users: u64,
    /// Audit entries, as verified on both sides.
    pub audit_entries: u64,
    /// Id and hash of the last audit entry, the same on both sides.
    pub audit_head: Option<(i64, String)>,
}

/// The source's audit chain, verified: a broken chain is exit 1 naming the entry.
fn verified_source(src: &dyn store::Tx) -> Result<audit::Verdict> {
    let verdict = audit::verify(src)?;
    if let Some((id, why)) = verdict.broken {
        return Err(Error::negative(format!("the source's audit chain is broken at entry #{id}: {why}"))
            .hint("nothing was copied; restore the source from a backup, or find out who changed it"));
    }
    Ok(verdict)
}

/// Copies the whole database of `from` into `to` (SQLite to PostgreSQL or
/// back), in one transaction of each: a source whose audit chain is broken
/// is exit 1 naming the entry, a destination that already holds an
/// organisation exit 4, and in either case nothing is written. The copy's
/// chain is verified before it is committed.
pub fn copy(from: &mut Store, to: &mut Store, who: &Principal) -> Result<Copied> {
    superuser_only(who, "store copy")?;
    from.read(|src| {
        let verdict = verified_source(src)?;
        let head = src.audit_head()?;
        to.write(|dst| {
            if crate::config::initialised(dst)? {
                return Err(Error::conflict("the destination already holds an organisation; nothing was copied")
                    .hint("copy into a new, empty database"));
            }
            let counts = store::copy::copy_all(src, dst)?;
            let copied = audit::verify(dst)?;
            if copied.broken.is_some() || copied.entries != verdict.entries || dst.audit_head()? != head {
                return Err(Error::storage("the copy's audit chain does not match the source's; nothing was copied"));
            }
            Ok(Copied {
                rows: counts.iter().map(|(_, n)| n).sum(),
                users: counts.iter().find(|(table, _)| *table == "users").map_or(0, |(_, n)| *n),
                audit_entries: copied.entries,
                audit_head: head.clone(),
            })
        })
    })
}

/// `crmctl store copy`: checks the source's audit chain before the
/// destination is opened (so that a broken source creates no file), then
/// opens it with `open_to` and copies (see [`copy`]). A SQLite file this
/// call created is removed again when the copy fails: nothing is written.
pub fn copy_into(from: &mut Store, open_to: impl FnOnce() -> Result<Store>, who: &Principal) -> Result<Copied> {
    superuser_only(who, "store copy")?;
    from.read(|src| verified_source(src).map(|_| ()))?;
    let mut to = open_to()?;
    let copied = copy(from, &mut to, who);
    if copied.is_err()
        && to.created()
        && let Some(path) = to.path().map(Path::to_path_buf)
    {
        drop(to);
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut name = path.clone().into_os_string();
            name.push(suffix);
            let _ = std::fs::remove_file(name);
        }
    }
    copied
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{self, Person, root};

    /// Everything `user export` shows of every user, with their roles.
    fn people(store: &mut Store) -> Result<Vec<(crate::store::UserRow, Vec<crate::store::Assignment>)>> {
        store.read(|tx| {
            let all = crate::store::UserFilter { statuses: crate::store::Status::ALL.to_vec(), ..Default::default() };
            let users = tx.list_users(&all, "9999")?;
            users.into_iter().map(|u| Ok((tx.assignments(u.id)?, u))).map(|r| r.map(|(a, u)| (u, a))).collect()
        })
    }

    #[test]
    fn sqlite_to_the_test_store_and_back_gives_the_same_people_and_audit_head() -> Result<()> {
        let mut first = Store::open_in_memory()?;
        testing::add(&mut first, "zhangsan", Person { password: true, role: Some("admin"), ..Person::default() })?;
        testing::add(&mut first, "lisi", Person { department: Some("销售部/华东区"), ..Person::default() })?;
        let purged = testing::add(&mut first, "wangwu", Person::default())?;
        crate::users::purge(&mut first, &root(), &format!("#{purged}"))?;
        testing::add(
            &mut first,
            "zhaoliu",
            Person { role: Some("viewer"), scope: Some("销售部"), ..Person::default() },
        )?;
        // On PostgreSQL when CRMCTL_TEST_POSTGRES is set, else SQLite.
        let mut middle = testing::store()?;
        let there = copy(&mut first, &mut middle, &root())?;
        let mut last = Store::open_in_memory()?;
        let back = copy(&mut middle, &mut last, &root())?;
        assert_eq!(there.audit_head, back.audit_head);
        assert_eq!(people(&mut first)?, people(&mut last)?);
        assert_eq!(people(&mut first)?, people(&mut middle)?);
        // Purged ids are not handed out again on either side.
        let next = testing::add(&mut middle, "sunqi", Person::default())?;
        assert_eq!(next, testing::add(&mut last, "sunqi", Person::default())?);
        assert!(next > purged + 1);
        // Copying into a store that holds an organisation is refused, writing nothing.
        assert_eq!(testing::kind(copy(&mut first, &mut last, &root())), Some(crate::error::Kind::Conflict));
        Ok(())
    }

    #[test]
    fn a_broken_source_chain_is_refused_naming_the_entry() -> Result<()> {
        let mut from = testing::store()?;
        testing::add(&mut from, "zhangsan", Person::default())?;
        from.write(|tx| {
            let mut row = tx.audit_page(0, 1)?.remove(0);
            row.details = r#"{"forged":true}"#.into();
            tx.update_audit(&row)
        })?;
        let mut to = Store::open_in_memory()?;
        let err = copy(&mut from, &mut to, &root()).err();
        assert_eq!(err.as_ref().map(|e| e.kind), Some(crate::error::Kind::Negative));
        assert!(err.is_some_and(|e| e.message.contains("#1")));
        assert!(!to.read(crate::config::initialised)?, "nothing was written");
        Ok(())
    }
}
