//! Units (unit kerja / OPD) and the rules for a unit typed into a form.

use serde::{Deserialize, Serialize};

use super::staff::{FieldError, StaffId, UnitId, check_text};

pub const MAX_UNIT_NAME_CHARS: usize = 150;

/// What kind of unit this is; used for display and for the demo.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// Pemerintah daerah (the root).
    Government,
    /// Sekretariat Daerah / DPRD, dinas, badan, inspektorat, kecamatan.
    Agency,
    /// Sekretariat, bidang, bagian.
    Division,
    /// Seksi, subbagian, subbidang.
    Section,
    /// UPT: puskesmas and the like.
    ServiceUnit,
    /// Sekolah.
    School,
    /// Kelurahan.
    Village,
    Other,
}

impl UnitKind {
    pub const ALL: [UnitKind; 8] = [
        UnitKind::Government,
        UnitKind::Agency,
        UnitKind::Division,
        UnitKind::Section,
        UnitKind::ServiceUnit,
        UnitKind::School,
        UnitKind::Village,
        UnitKind::Other,
    ];
    pub fn code(self) -> &'static str {
        match self {
            UnitKind::Government => "government",
            UnitKind::Agency => "agency",
            UnitKind::Division => "division",
            UnitKind::Section => "section",
            UnitKind::ServiceUnit => "service_unit",
            UnitKind::School => "school",
            UnitKind::Village => "village",
            UnitKind::Other => "other",
        }
    }
    pub fn parse(s: &str) -> Option<UnitKind> {
        Self::ALL.into_iter().find(|k| k.code() == s.trim())
    }
    pub fn label(self) -> String {
        crate::i18n::t(&format!("unit_kind.{}", self.code()))
    }
}

/// A unit as typed into a form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnitDraft {
    pub name: String,
    pub kind: Option<UnitKind>,
    pub parent_id: Option<UnitId>,
    pub head_id: Option<StaffId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitFields {
    pub name: String,
    pub kind: UnitKind,
    pub parent_id: Option<UnitId>,
    pub head_id: Option<StaffId>,
}

impl UnitDraft {
    pub fn validate(&self) -> Result<UnitFields, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = check_text(
            "unit_name",
            &self.name,
            MAX_UNIT_NAME_CHARS,
            true,
            &mut errors,
        );
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(UnitFields {
            name,
            kind: self.kind.unwrap_or(UnitKind::Other),
            parent_id: self.parent_id,
            head_id: self.head_id,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_names_are_required_and_clean() {
        let d = UnitDraft {
            name: "  Dinas   Sosial ".into(),
            ..Default::default()
        };
        let f = d.validate().unwrap();
        assert_eq!(f.name, "Dinas Sosial");
        assert_eq!(f.kind, UnitKind::Other);
        let bad = UnitDraft {
            name: "\u{1b}]0;x\u{7}".into(),
            ..Default::default()
        };
        assert_eq!(bad.validate().unwrap_err()[0].field, "unit_name");
        assert!(UnitDraft::default().validate().is_err());
    }
}
