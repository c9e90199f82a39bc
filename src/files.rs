//! Files crmctl writes for the user: import reports and credentials, exports,
//! backups, the `.eml` files of the outbox.
//!
//! Each is written to a temporary file in the destination's own folder (mode
//! 0600 from its creation) and renamed into place only when complete, by a
//! rename that refuses anything already at the path. So a reader never sees
//! half a file; a symlink planted at the path (which could point at any file
//! the user may write) is refused rather than followed; and an existing file
//! is never replaced (exit 4). A file that was not completed is removed.
//!
//! This module owns the file-system side only: it knows nothing of CSV, SQL
//! or mail, and never writes to stdout (an output path `-` is the caller's).

use std::fs::{self, Permissions};
use std::io::{self, BufWriter, ErrorKind, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::{Error, Result};

/// Whether an output path means stdout: `-`.
pub fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The folder a file at `path` goes into (`.` for a bare file name).
fn folder_of(path: &Path) -> &Path {
    path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

fn refused_link(what: &str, dest: &Path) -> Error {
    Error::conflict(format!("{what} {} is a symbolic link; crmctl never writes through one", dest.display()))
        .hint("give the path of a new file; remove the link if you made it yourself")
}

fn refused_existing(what: &str, dest: &Path) -> Error {
    Error::conflict(format!("{what} {} exists already", dest.display()))
        .hint("choose a new file name, or move the old file away first; crmctl never overwrites a file")
}

fn write_failed(what: &str, dest: &Path, err: &io::Error) -> Error {
    Error::storage(format!("cannot write {what} {}: {err}", dest.display()))
}

/// Checks, before any work is done, that a new file can be written at
/// `dest`: nothing is there (no file, no symlink, no folder: exit 4) and its
/// folder exists (exit 8). [`NewFile::commit`] checks again, atomically.
/// `what` names the file in messages (`the report`, `backup`...).
pub fn check_new(dest: &Path, what: &str) -> Result<()> {
    match fs::symlink_metadata(dest) {
        Ok(meta) if meta.file_type().is_symlink() => Err(refused_link(what, dest)),
        Ok(_) => Err(refused_existing(what, dest)),
        Err(err) if err.kind() == ErrorKind::NotFound => {
            let dir = folder_of(dest);
            if dir.is_dir() {
                Ok(())
            } else {
                Err(Error::storage(format!("cannot write {what} {}: no folder {}", dest.display(), dir.display()))
                    .hint("create the folder first, or give another path"))
            }
        }
        Err(err) => Err(write_failed(what, dest, &err)),
    }
}

/// Checks that a folder crmctl writes files into is not a symbolic link
/// (exit 4): the files would land wherever the link points.
pub fn check_folder(dir: &Path, what: &str) -> Result<()> {
    match fs::symlink_metadata(dir) {
        Ok(meta) if meta.file_type().is_symlink() => Err(refused_link(what, dir)),
        _ => Ok(()),
    }
}

/// A file being written: a temporary file (mode 0600) beside its
/// destination, which [`NewFile::commit`] renames into place. Dropped
/// without a commit, the temporary file is removed and nothing appears at
/// the destination. Writes are buffered.
pub struct NewFile {
    out: BufWriter<NamedTempFile>,
    dest: PathBuf,
    what: String,
}

impl std::fmt::Debug for NewFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewFile").field("dest", &self.dest).field("temp", &self.out.get_ref().path()).finish()
    }
}

impl NewFile {
    /// Starts a new file at `dest` (see [`check_new`] for what is refused).
    pub fn create(dest: &Path, what: &str) -> Result<NewFile> {
        check_new(dest, what)?;
        let tmp = tempfile::Builder::new()
            .prefix(".crmctl-")
            .suffix(".tmp")
            .permissions(Permissions::from_mode(0o600))
            .tempfile_in(folder_of(dest))
            .map_err(|err| write_failed(what, dest, &err))?;
        // The umask can only take bits away; this makes the mode exact.
        tmp.as_file().set_permissions(Permissions::from_mode(0o600)).map_err(|err| write_failed(what, dest, &err))?;
        Ok(NewFile { out: BufWriter::with_capacity(64 * 1024, tmp), dest: dest.to_path_buf(), what: what.to_string() })
    }

    /// The temporary file, for a writer that needs a path (SQLite's backup).
    /// Whatever is written there becomes the file at the destination.
    pub fn temp_path(&self) -> &Path {
        self.out.get_ref().path()
    }

    /// Flushes and syncs the file, then renames it to its destination unless
    /// something appeared there meanwhile (exit 4; the temporary file is removed).
    pub fn commit(self) -> Result<()> {
        let NewFile { out, dest, what } = self;
        let tmp = out.into_inner().map_err(|err| write_failed(&what, &dest, err.error()))?;
        tmp.as_file().sync_all().map_err(|err| write_failed(&what, &dest, &err))?;
        match tmp.persist_noclobber(&dest) {
            Ok(_) => {}
            Err(err) if err.error.kind() == ErrorKind::AlreadyExists => {
                let link = fs::symlink_metadata(&dest).is_ok_and(|m| m.file_type().is_symlink());
                return Err(if link { refused_link(&what, &dest) } else { refused_existing(&what, &dest) });
            }
            Err(err) => return Err(write_failed(&what, &dest, &err.error)),
        }
        // The new name is durable once the folder is synced.
        if let Ok(dir) = fs::File::open(folder_of(&dest)) {
            let _ = dir.sync_all();
        }
        Ok(())
    }
}

impl Write for NewFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.out.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Writes `bytes` as a new file at `dest`, atomically (see [`NewFile`]).
pub fn write_new(dest: &Path, what: &str, bytes: &[u8]) -> Result<()> {
    let mut file = NewFile::create(dest, what)?;
    file.write_all(bytes).map_err(|err| write_failed(what, dest, &err))?;
    file.commit()
}

/// Writes `bytes` to `dest` atomically, replacing a file already there (a
/// port file left by the last run). The rename replaces a symlink at `dest`
/// itself, never the file it points to.
pub fn replace(dest: &Path, what: &str, bytes: &[u8]) -> Result<()> {
    let mut tmp = tempfile::Builder::new()
        .prefix(".crmctl-")
        .suffix(".tmp")
        .permissions(Permissions::from_mode(0o600))
        .tempfile_in(folder_of(dest))
        .map_err(|err| write_failed(what, dest, &err))?;
    tmp.write_all(bytes).map_err(|err| write_failed(what, dest, &err))?;
    tmp.as_file().sync_all().map_err(|err| write_failed(what, dest, &err))?;
    tmp.persist(dest).map_err(|err| write_failed(what, dest, &err.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;

    fn kind(r: Result<()>) -> Option<Kind> {
        r.err().map(|e| e.kind)
    }

    #[test]
    fn writes_a_new_file_0600_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let dest = dir.path().join("out.csv");
        assert_eq!(kind(write_new(&dest, "the report", b"a,b\n")), None);
        assert_eq!(fs::read(&dest).ok().as_deref(), Some(&b"a,b\n"[..]));
        let mode = fs::metadata(&dest).map(|m| m.permissions().mode() & 0o777).ok();
        assert_eq!(mode, Some(0o600));
        assert_eq!(fs::read_dir(dir.path()).map(|d| d.count()).ok(), Some(1));
    }

    #[test]
    fn refuses_an_existing_file_and_a_symlink_and_changes_neither() {
        let dir = tempfile::tempdir().expect("tempdir");
        let victim = dir.path().join("victim");
        fs::write(&victim, "keep").expect("write");
        assert_eq!(kind(write_new(&victim, "the report", b"x")), Some(Kind::Conflict));
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&victim, &link).expect("symlink");
        assert_eq!(kind(write_new(&link, "the report", b"x")), Some(Kind::Conflict));
        let dangling = dir.path().join("dangling");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).expect("symlink");
        assert_eq!(kind(write_new(&dangling, "the report", b"x")), Some(Kind::Conflict));
        assert!(!dir.path().join("nowhere").exists());
        assert_eq!(fs::read_to_string(&victim).ok().as_deref(), Some("keep"));
        assert_eq!(fs::read_dir(dir.path()).map(|d| d.count()).ok(), Some(3), "no temporary file left");
    }

    #[test]
    fn a_file_that_appears_meanwhile_is_not_replaced() {
        let dir = tempfile::tempdir().expect("tempdir");
        let dest = dir.path().join("out");
        let mut file = NewFile::create(&dest, "export").expect("create");
        file.write_all(b"new").expect("write");
        fs::write(&dest, "theirs").expect("write");
        assert_eq!(kind(file.commit()), Some(Kind::Conflict));
        assert_eq!(fs::read_to_string(&dest).ok().as_deref(), Some("theirs"));
        assert_eq!(fs::read_dir(dir.path()).map(|d| d.count()).ok(), Some(1));
    }

    #[test]
    fn an_uncommitted_file_leaves_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let dest = dir.path().join("out");
        let mut file = NewFile::create(&dest, "export").expect("create");
        file.write_all(b"half").expect("write");
        drop(file);
        assert_eq!(fs::read_dir(dir.path()).map(|d| d.count()).ok(), Some(0));
    }

    #[test]
    fn a_missing_folder_is_a_storage_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert_eq!(kind(write_new(&dir.path().join("no/such/file"), "export", b"x")), Some(Kind::Storage));
    }
}
