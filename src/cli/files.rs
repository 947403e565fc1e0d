//! Files that commands write (documents, exports). They are created
//! readable by their owner only (by the group too with `--shared`), like
//! the database: they hold NIPs and birth dates. A file is written under a
//! temporary name in its directory and renamed into place only once
//! complete, so a failure never leaves half a file behind (nor damages an
//! older file of that name).

use std::fs::File;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use super::Failure;
use crate::i18n::tf;

/// "Cannot write PATH: DETAIL. Choose an --out …" (exit 3).
pub fn cannot_write(path: &Path, detail: &dyn std::fmt::Display) -> Failure {
    Failure::new(
        3,
        tf(
            "cli.out_write",
            &[("path", &path.display()), ("detail", detail)],
        ),
    )
}

pub use crate::domain::text::slug;

/// A file being written: a temporary file next to its final path, removed
/// unless [`commit`](Self::commit) renames it into place. A path that is
/// not a regular file (`/dev/null`, a pipe) is written directly.
#[derive(Debug)]
pub struct PendingFile {
    path: PathBuf,
    /// None when writing directly.
    temp: Option<PathBuf>,
    file: Option<File>,
}

impl PendingFile {
    /// Starts writing `path` (a symbolic link: the file it names).
    /// Refused at once when the directory is missing or not writable, or
    /// when `path` is a file that may not be written (read-only): nothing
    /// is created then.
    pub fn create(path: &Path, shared: bool) -> Result<PendingFile, Failure> {
        let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let mode = if shared { 0o660 } else { 0o600 };
        match std::fs::metadata(&target) {
            Ok(m) if !m.is_file() => {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .open(&target)
                    .map_err(|e| cannot_write(path, &e))?;
                return Ok(PendingFile {
                    path: path.to_path_buf(),
                    temp: None,
                    file: Some(file),
                });
            }
            // Only to check that the file may be replaced; not changed here.
            Ok(_) => drop(
                std::fs::OpenOptions::new()
                    .append(true)
                    .open(&target)
                    .map_err(|e| cannot_write(path, &e))?,
            ),
            Err(_) => {}
        }
        let (temp, file) = create_temp(&target, mode).map_err(|e| cannot_write(path, &e))?;
        Ok(PendingFile {
            path: target,
            temp: Some(temp),
            file: Some(file),
        })
    }

    /// Renames the complete file into place. There is no `fsync` first:
    /// the file can always be written again, and forcing 350 MB to disk
    /// would add seconds to the largest export (ext4 flushes a file that
    /// replaces another by rename anyway).
    pub fn commit(mut self) -> Result<(), Failure> {
        let mut file = self.file.take().expect("committed once");
        let Some(temp) = self.temp.take() else {
            return file.flush().map_err(|e| cannot_write(&self.path, &e));
        };
        let done = file
            .flush()
            .and_then(|_| std::fs::rename(&temp, &self.path));
        if let Err(e) = done {
            let _ = std::fs::remove_file(&temp);
            return Err(cannot_write(&self.path, &e));
        }
        Ok(())
    }
}

/// A new file (`mode`) with a free temporary name beside `path`.
fn create_temp(path: &Path, mode: u32) -> std::io::Result<(PathBuf, File)> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "kinerja".to_string());
    let dir = path.parent().unwrap_or(Path::new(""));
    let mut attempt = 0;
    loop {
        let temp = dir.join(format!(".{name}.{}-{attempt}.tmp", std::process::id()));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .open(&temp)
        {
            Ok(file) => return Ok((temp, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => {
                attempt += 1;
            }
            Err(e) => return Err(e),
        }
    }
}

impl Write for PendingFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file.as_mut().expect("not committed").write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.file.as_mut().expect("not committed").flush()
    }
}

impl Drop for PendingFile {
    fn drop(&mut self) {
        if let Some(temp) = self.temp.take() {
            let _ = std::fs::remove_file(temp);
        }
    }
}

/// Writes one file whole (replacing an older one).
pub fn write_file(path: &Path, text: &str, shared: bool) -> Result<(), Failure> {
    let mut file = PendingFile::create(path, shared)?;
    file.write_all(text.as_bytes())
        .map_err(|e| cannot_write(path, &e))?;
    file.commit()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_file_appears_only_when_committed_and_owner_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.csv");
        let mut f = PendingFile::create(&path, false).unwrap();
        f.write_all(b"half").unwrap();
        assert!(!path.exists(), "not before commit");
        f.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "half");
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        assert_eq!(names(dir.path()), ["a.csv"]);
    }

    #[test]
    fn an_abandoned_file_leaves_nothing_and_keeps_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.csv");
        std::fs::write(&path, "old").unwrap();
        let mut f = PendingFile::create(&path, true).unwrap();
        f.write_all(b"new, half").unwrap();
        drop(f);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(names(dir.path()), ["a.csv"]);
    }

    #[test]
    fn a_missing_directory_is_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing/a.csv");
        let e = PendingFile::create(&path, false).unwrap_err();
        assert_eq!(e.code, 3);
        assert!(e.message.contains("missing/a.csv"), "{}", e.message);
        assert_eq!(slug("Dinas Sosial"), "dinas-sosial");
        assert_eq!(slug("…"), "unit");
    }
}
