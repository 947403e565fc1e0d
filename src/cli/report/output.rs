//! Where documents go: standard out, a file, or one file per person in a
//! directory. Files are written as [`crate::cli::files`] writes them:
//! owner only (the group too with `--shared`), whole or not at all.

use std::io::Write;
use std::os::unix::fs::DirBuilderExt;
use std::path::Path;

use super::evaluation::EvaluationDoc;
use super::{Format, form, html, txt};
use crate::cli::Failure;
use crate::cli::files::cannot_write;
pub use crate::cli::files::{slug, write_file};
use crate::domain::rating::AssessmentPeriod;
use crate::i18n::tf;

/// How and for which period documents are written.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub format: Format,
    pub year: i32,
    pub period: AssessmentPeriod,
    /// Files readable by the group too (`--shared`).
    pub shared: bool,
}

impl Output {
    /// The documents in one text; `title` names an HTML page of several.
    pub fn render(&self, docs: &[EvaluationDoc], title: &str) -> String {
        match self.format {
            Format::Txt => txt::render_all(docs),
            Format::Html if docs.len() == 1 => html::render(&docs[0]),
            Format::Html => html::render_all(
                &format!("{} — {title} — {}", form::TITLE, docs[0].period),
                docs,
            ),
        }
    }

    /// "199001012015031001-2026-tw3.html", "…-2026-tahunan.txt".
    pub fn file_name(&self, stem: &str) -> String {
        let period = match self.period.quarter() {
            Some(q) => format!("tw{}", q.number()),
            None => "tahunan".to_string(),
        };
        format!("{stem}-{}-{period}.{}", self.year, self.format.extension())
    }
}

/// Makes sure `dir` is a directory, creating it (owner only, or with the
/// group when `shared`) when missing.
pub fn prepare_dir(dir: &Path, shared: bool) -> Result<(), Failure> {
    if dir.exists() && !dir.is_dir() {
        return Err(Failure::new(
            3,
            tf("report.out_not_dir", &[("path", &dir.display())]),
        ));
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(if shared { 0o770 } else { 0o700 })
        .create(dir)
        .map_err(|e| cannot_write(dir, &e))
}

/// Standard out when `out` is `None`; into `out` when it is a directory
/// (under `name`); else the file `out`.
pub fn write_out(out: Option<&Path>, name: &str, text: &str, shared: bool) -> Result<(), Failure> {
    write_out_as(out, name, text, shared, "report.written")
}

/// [`write_out`], saying what was written with the message `written` (its
/// `{path}` filled in).
pub fn write_out_as(
    out: Option<&Path>,
    name: &str,
    text: &str,
    shared: bool,
    written: &str,
) -> Result<(), Failure> {
    let Some(out) = out else {
        let mut stdout = std::io::stdout().lock();
        return match stdout
            .write_all(text.as_bytes())
            .and_then(|_| stdout.flush())
        {
            // A reader that stopped early (`| head`) is not a failure.
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                Err(cannot_write(Path::new("-"), &e))
            }
            _ => Ok(()),
        };
    };
    let path = if out.is_dir() {
        out.join(name)
    } else {
        out.to_path_buf()
    };
    write_file(&path, text, shared)?;
    eprintln!("kinerja: {}", tf(written, &[("path", &path.display())]));
    Ok(())
}
