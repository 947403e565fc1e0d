//! Exporting what a list shows: a small form with the format and the file.

use std::path::PathBuf;

use crate::export::{CsvOptions, Format, Job, SaveError, save};
use crate::i18n::{t, tf};
use crate::store::Store;
use crate::tui::widgets::form::{Field, FieldValue, Form};

/// The formats offered, with their codes in the form.
const FORMATS: [&str; 4] = ["xlsx", "csv", "csv_id", "json"];

fn format_of(code: &str) -> Format {
    match code {
        "csv" => Format::Csv(CsvOptions {
            delimiter: b',',
            bom: false,
        }),
        // For spreadsheets set to Indonesian: ';' and a BOM.
        "csv_id" => Format::Csv(CsvOptions {
            delimiter: b';',
            bom: true,
        }),
        "json" => Format::Json,
        _ => Format::Xlsx,
    }
}

pub struct ExportForm {
    pub job: Job,
    pub form: Form,
    /// The directory of the suggested file.
    dir: PathBuf,
}

impl ExportForm {
    /// The form for `job`, suggesting a file named after it in `dir`.
    pub fn new(job: Job, dir: PathBuf) -> ExportForm {
        let options = FORMATS
            .iter()
            .map(|c| (c.to_string(), t(&format!("export_tui.format_{c}"))))
            .collect();
        let path = dir.join(job.file_name(Format::Xlsx));
        let fields = vec![
            Field::choice("format", t("export_tui.format"), options, Some("xlsx")).required(),
            Field::text("path", t("export_tui.path"), &path.display().to_string()).required(),
        ];
        let title = tf(
            "export_tui.title",
            &[("what", &t(&format!("export.sheet.{}", job.what.code())))],
        );
        ExportForm {
            job,
            form: Form::new(title, fields),
            dir,
        }
    }

    pub fn format(&self) -> Format {
        format_of(&self.form.choice("format").unwrap_or_default())
    }

    /// A new format renames the suggested file, unless the user typed
    /// another name.
    pub fn changed(&mut self, key: &str) {
        if key != "format" {
            return;
        }
        let typed = self.form.text("path");
        let suggested: Vec<String> = FORMATS
            .iter()
            .map(|c| {
                let name = self.job.file_name(format_of(c));
                self.dir.join(name).display().to_string()
            })
            .collect();
        if suggested.contains(&typed) {
            let name = self.job.file_name(self.format());
            let path = self.dir.join(name).display().to_string();
            self.form.field_mut("path").value = FieldValue::Text(tui_input::Input::new(path));
        }
    }

    /// The file to write, with `~/` read as the home directory.
    fn path(&self) -> Option<PathBuf> {
        let typed = self.form.text("path");
        let typed = typed.trim();
        if typed.is_empty() {
            return None;
        }
        Some(match typed.strip_prefix("~/") {
            Some(rest) => home().join(rest),
            None => PathBuf::from(typed),
        })
    }

    /// Writes the file; how many rows and where, or the problem on the
    /// form (what was chosen stays).
    pub fn save(&mut self, store: &Store) -> Option<(u64, PathBuf)> {
        self.form.clear_errors();
        let Some(path) = self.path() else {
            self.form
                .set_error(Some("path"), t("export_tui.path_required"));
            return None;
        };
        match save(store, &self.job, self.format(), &path) {
            Ok(rows) => Some((rows, path)),
            Err(e @ SaveError::Write { .. }) => {
                self.form.set_error(Some("path"), e.to_string());
                None
            }
            Err(SaveError::Store(e)) => {
                self.form.store_error(&e);
                None
            }
        }
    }
}

/// The user's home directory (where exports go by default).
pub fn home() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}
