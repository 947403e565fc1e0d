//! Staff (pegawai): kinds, positions, employment status, and the rules for
//! a record typed into the register.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::nip::Nip;
use super::rank::Rank;
use super::text::{has_unsafe_chars, normalize_spaces};
use crate::i18n::{t, tf};

/// The longest name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 120;
/// The longest gelar (front or back) accepted, in characters.
pub const MAX_TITLE_CHARS: usize = 60;
/// The longest position (jabatan) name accepted, in characters.
pub const MAX_POSITION_CHARS: usize = 150;

pub type StaffId = i64;
pub type UnitId = i64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StaffKind {
    #[serde(rename = "PNS")]
    Pns,
    #[serde(rename = "PPPK")]
    Pppk,
}

impl StaffKind {
    pub const ALL: [StaffKind; 2] = [StaffKind::Pns, StaffKind::Pppk];
    pub fn code(self) -> &'static str {
        match self {
            StaffKind::Pns => "PNS",
            StaffKind::Pppk => "PPPK",
        }
    }
    pub fn parse(s: &str) -> Option<StaffKind> {
        Self::ALL
            .into_iter()
            .find(|k| k.code().eq_ignore_ascii_case(s.trim()))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Gender {
    Male,
    Female,
}

/// Jenis jabatan (UU 5/2014).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PositionKind {
    /// Jabatan Pimpinan Tinggi.
    Jpt,
    /// Jabatan Administrator (ex eselon III).
    Administrator,
    /// Jabatan Pengawas (ex eselon IV).
    Supervisory,
    /// Jabatan Pelaksana.
    Executor,
    /// Jabatan Fungsional.
    Functional,
}

impl PositionKind {
    pub const ALL: [PositionKind; 5] = [
        PositionKind::Jpt,
        PositionKind::Administrator,
        PositionKind::Supervisory,
        PositionKind::Executor,
        PositionKind::Functional,
    ];
    pub fn code(self) -> &'static str {
        match self {
            PositionKind::Jpt => "jpt",
            PositionKind::Administrator => "administrator",
            PositionKind::Supervisory => "pengawas",
            PositionKind::Executor => "pelaksana",
            PositionKind::Functional => "fungsional",
        }
    }
    pub fn parse(s: &str) -> Option<PositionKind> {
        Self::ALL
            .into_iter()
            .find(|k| k.code().eq_ignore_ascii_case(s.trim()))
    }
    /// Whether the position leads a unit (jabatan struktural).
    pub fn is_managerial(self) -> bool {
        matches!(
            self,
            PositionKind::Jpt | PositionKind::Administrator | PositionKind::Supervisory
        )
    }
    pub fn label(self) -> String {
        t(&format!("position_kind.{}", self.code()))
    }
}

/// Why a person is no longer active. They stay in the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InactiveReason {
    /// Pensiun.
    Retired,
    /// Mutasi keluar.
    TransferredOut,
    /// Meninggal dunia.
    Deceased,
    /// Tugas belajar.
    StudyLeave,
    /// Cuti di luar tanggungan negara.
    UnpaidLeave,
    /// Hukuman disiplin.
    Disciplinary,
    /// Lainnya.
    Other,
}

impl InactiveReason {
    pub const ALL: [InactiveReason; 7] = [
        InactiveReason::Retired,
        InactiveReason::TransferredOut,
        InactiveReason::Deceased,
        InactiveReason::StudyLeave,
        InactiveReason::UnpaidLeave,
        InactiveReason::Disciplinary,
        InactiveReason::Other,
    ];
    pub fn code(self) -> &'static str {
        match self {
            InactiveReason::Retired => "pensiun",
            InactiveReason::TransferredOut => "mutasi_keluar",
            InactiveReason::Deceased => "meninggal",
            InactiveReason::StudyLeave => "tugas_belajar",
            InactiveReason::UnpaidLeave => "cltn",
            InactiveReason::Disciplinary => "hukuman_disiplin",
            InactiveReason::Other => "lainnya",
        }
    }
    pub fn parse(s: &str) -> Option<InactiveReason> {
        Self::ALL.into_iter().find(|k| k.code() == s.trim())
    }
    pub fn label(self) -> String {
        t(&format!("inactive_reason.{}", self.code()))
    }
}

/// Aktif, or nonaktif with a reason and a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "lowercase")]
pub enum EmploymentStatus {
    Active,
    Inactive {
        reason: InactiveReason,
        since: NaiveDate,
        note: String,
    },
}

impl EmploymentStatus {
    pub fn is_active(&self) -> bool {
        matches!(self, EmploymentStatus::Active)
    }
    pub fn label(&self) -> String {
        match self {
            EmploymentStatus::Active => t("status.active"),
            EmploymentStatus::Inactive { reason, .. } => reason.label(),
        }
    }
}

/// The name with gelar, as written on documents: "dr. Siti Aminah, M.Kes."
pub fn display_name(front_title: &str, name: &str, back_title: &str) -> String {
    let mut s = String::with_capacity(front_title.len() + name.len() + back_title.len() + 3);
    if !front_title.is_empty() {
        s.push_str(front_title);
        s.push(' ');
    }
    s.push_str(name);
    if !back_title.is_empty() {
        s.push_str(", ");
        s.push_str(back_title);
    }
    s
}

/// A staff record as typed into a form, before validation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StaffDraft {
    pub nip: String,
    pub kind: Option<StaffKind>,
    pub front_title: String,
    pub name: String,
    pub back_title: String,
    pub rank: Option<Rank>,
    pub position_kind: Option<PositionKind>,
    pub position_name: String,
    pub unit_id: Option<UnitId>,
    pub supervisor_id: Option<StaffId>,
}

/// A staff record that passed validation, ready for the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffFields {
    pub nip: Nip,
    pub kind: StaffKind,
    pub front_title: String,
    pub name: String,
    pub back_title: String,
    pub rank: Option<Rank>,
    pub position_kind: PositionKind,
    pub position_name: String,
    pub unit_id: UnitId,
    pub supervisor_id: Option<StaffId>,
}

/// A problem with one field of a form, with a message naming the fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &'static str, message: String) -> FieldError {
        FieldError { field, message }
    }
}

/// Checks one free-text field: no control characters, not too long.
pub fn check_text(
    field: &'static str,
    value: &str,
    max: usize,
    required: bool,
    errors: &mut Vec<FieldError>,
) -> String {
    let label = t(&format!("field.{field}"));
    if has_unsafe_chars(value) {
        errors.push(FieldError::new(
            field,
            tf("validation.control_chars", &[("field", &label)]),
        ));
    }
    let v = normalize_spaces(value);
    let n = v.chars().count();
    if required && v.is_empty() {
        errors.push(FieldError::new(
            field,
            tf("validation.required", &[("field", &label)]),
        ));
    } else if n > max {
        errors.push(FieldError::new(
            field,
            tf(
                "validation.too_long",
                &[("field", &label), ("len", &n), ("max", &max)],
            ),
        ));
    }
    v
}

/// Like [`check_text`] for text of several lines (feedback): line breaks
/// are kept (CR LF becomes LF), spaces are normalised within each line,
/// trailing blank lines are dropped; other control characters are refused.
pub fn check_multiline_text(
    field: &'static str,
    value: &str,
    max: usize,
    required: bool,
    errors: &mut Vec<FieldError>,
) -> String {
    let mut line_errors = Vec::new();
    let lines: Vec<String> = value
        .replace("\r\n", "\n")
        .split('\n')
        .map(|line| check_text(field, line, usize::MAX, false, &mut line_errors))
        .collect();
    let text = lines.join("\n").trim_end().to_string();
    match line_errors.into_iter().next() {
        // One message for the whole text, not one per line.
        Some(e) => errors.push(e),
        // Length and requirement on the whole text, a line break counting one.
        None => {
            check_text(field, &text.replace('\n', " "), max, required, errors);
        }
    }
    text
}

impl StaffDraft {
    /// Validates the draft; every problem is reported, each on its field.
    pub fn validate(&self) -> Result<StaffFields, Vec<FieldError>> {
        let mut errors = Vec::new();
        let nip = match Nip::parse(&self.nip) {
            Ok(n) => Some(n),
            Err(e) => {
                errors.push(FieldError::new("nip", e.message()));
                None
            }
        };
        let front_title = check_text(
            "front_title",
            &self.front_title,
            MAX_TITLE_CHARS,
            false,
            &mut errors,
        );
        let name = check_text("name", &self.name, MAX_NAME_CHARS, true, &mut errors);
        let back_title = check_text(
            "back_title",
            &self.back_title,
            MAX_TITLE_CHARS,
            false,
            &mut errors,
        );
        let position_name = check_text(
            "position_name",
            &self.position_name,
            MAX_POSITION_CHARS,
            true,
            &mut errors,
        );
        if self.kind.is_none() {
            errors.push(FieldError::new(
                "kind",
                tf("validation.choose", &[("field", &t("field.kind"))]),
            ));
        }
        if let (Some(kind), Some(rank)) = (self.kind, self.rank)
            && rank.kind() != kind
        {
            errors.push(FieldError::new(
                "rank",
                tf(
                    "validation.rank_kind",
                    &[("rank", &rank.code()), ("kind", &kind.code())],
                ),
            ));
        }
        if self.position_kind.is_none() {
            errors.push(FieldError::new(
                "position_kind",
                tf("validation.choose", &[("field", &t("field.position_kind"))]),
            ));
        }
        if self.unit_id.is_none() {
            errors.push(FieldError::new(
                "unit",
                tf("validation.choose", &[("field", &t("field.unit"))]),
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(StaffFields {
            nip: nip.expect("checked"),
            kind: self.kind.expect("checked"),
            front_title,
            name,
            back_title,
            rank: self.rank,
            position_kind: self.position_kind.expect("checked"),
            position_name,
            unit_id: self.unit_id.expect("checked"),
            supervisor_id: self.supervisor_id,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multiline_text_keeps_line_breaks_and_refuses_other_controls() {
        crate::i18n::set_lang(crate::i18n::Lang::Id);
        let mut errors = Vec::new();
        let text = check_multiline_text(
            "feedback",
            "Laporan  rapi.\r\nTingkatkan  ketepatan.\n\n",
            4000,
            false,
            &mut errors,
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(text, "Laporan rapi.\nTingkatkan ketepatan.");
        let text =
            check_multiline_text("feedback", "a\u{1b}[31m\nb\u{7}", 4000, false, &mut errors);
        assert_eq!(errors.len(), 1, "one message for the text: {errors:?}");
        assert_eq!(errors[0].field, "feedback");
        assert!(text.starts_with('a'));
        errors.clear();
        check_multiline_text("feedback", "ab\ncd", 4, false, &mut errors);
        assert_eq!(
            errors.len(),
            1,
            "five characters, a line break counting one"
        );
        errors.clear();
        check_multiline_text("feedback", " \n \n", 10, true, &mut errors);
        assert_eq!(errors.len(), 1, "blank lines are not an answer");
    }

    fn draft() -> StaffDraft {
        StaffDraft {
            nip: "19660801 198803 1 001".into(),
            kind: Some(StaffKind::Pns),
            front_title: "Drs.".into(),
            name: "  Bambang   Sutrisno ".into(),
            back_title: "M.M.".into(),
            rank: Rank::parse("IV/b").ok(),
            position_kind: Some(PositionKind::Jpt),
            position_name: "Kepala Dinas Sosial".into(),
            unit_id: Some(3),
            supervisor_id: None,
        }
    }

    #[test]
    fn a_good_draft_is_normalised() {
        let f = draft().validate().unwrap();
        assert_eq!(f.nip.as_str(), "196608011988031001");
        assert_eq!(f.name, "Bambang Sutrisno");
        assert_eq!(
            display_name(&f.front_title, &f.name, &f.back_title),
            "Drs. Bambang Sutrisno, M.M."
        );
        assert_eq!(display_name("", "Sukarni", ""), "Sukarni");
    }

    #[test]
    fn each_bad_field_is_named() {
        let mut d = draft();
        d.nip = "1966".into();
        d.name = "   ".into();
        d.position_name = "x".repeat(MAX_POSITION_CHARS + 1);
        d.unit_id = None;
        d.rank = Rank::parse("IX").ok();
        let errs = d.validate().unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["nip", "name", "position_name", "rank", "unit"]);
    }

    #[test]
    fn long_names_and_escape_sequences_are_refused() {
        let mut d = draft();
        d.name = "A".repeat(201);
        let e = d.validate().unwrap_err();
        assert_eq!(e[0].field, "name");
        assert!(e[0].message.contains("201"), "{}", e[0].message);
        d.name = "Budi\x1b[2J".into();
        let e = d.validate().unwrap_err();
        assert_eq!(e[0].field, "name");
    }
}

/// A staff record as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Staff {
    pub id: StaffId,
    #[serde(flatten)]
    pub fields: StaffFields,
    pub status: EmploymentStatus,
    pub version: i64,
    pub updated_by: String,
    pub updated_at: String,
}

impl Staff {
    pub fn display_name(&self) -> String {
        display_name(
            &self.fields.front_title,
            &self.fields.name,
            &self.fields.back_title,
        )
    }

    /// The record as a form draft, for editing.
    pub fn draft(&self) -> StaffDraft {
        let f = &self.fields;
        StaffDraft {
            nip: f.nip.grouped(),
            kind: Some(f.kind),
            front_title: f.front_title.clone(),
            name: f.name.clone(),
            back_title: f.back_title.clone(),
            rank: f.rank,
            position_kind: Some(f.position_kind),
            position_name: f.position_name.clone(),
            unit_id: Some(f.unit_id),
            supervisor_id: f.supervisor_id,
        }
    }
}
