//! The add/edit form of a person, and the deactivation form.

use chrono::NaiveDate;

use crate::domain::nip::{Nip, analyse};
use crate::domain::rank::Rank;
use crate::domain::staff::{
    InactiveReason, PositionKind, Staff, StaffDraft, StaffId, StaffKind, UnitId,
};
use crate::i18n::{t, tf};
use crate::store::{Store, StoreError};
use crate::tui::widgets::form::{Field, Form};

pub struct StaffForm {
    pub form: Form,
    /// The record being edited and the version it was read at.
    pub editing: Option<(StaffId, i64)>,
}

fn rank_options(kind: Option<StaffKind>) -> Vec<(String, String)> {
    match kind {
        Some(k) => Rank::all(k)
            .into_iter()
            .map(|r| (r.code(), r.label()))
            .collect(),
        None => Vec::new(),
    }
}

impl StaffForm {
    /// A form for a new person (in `unit`, when given) or for `existing`.
    pub fn new(
        store: &Store,
        existing: Option<&Staff>,
        unit: Option<UnitId>,
    ) -> Result<StaffForm, StoreError> {
        let draft = existing.map(Staff::draft).unwrap_or_else(|| StaffDraft {
            kind: Some(StaffKind::Pns),
            position_kind: Some(PositionKind::Executor),
            unit_id: unit,
            ..Default::default()
        });
        let unit_label = match draft.unit_id {
            Some(u) => store.get_unit(u)?.fields.name,
            None => String::new(),
        };
        let sup_label = match draft.supervisor_id {
            Some(s) => store.staff_brief(s)?.name,
            None => String::new(),
        };
        let title = match existing {
            Some(s) => tf("tui.edit_staff", &[("name", &s.display_name())]),
            None => t("tui.add_staff"),
        };
        let fields = vec![
            Field::text("nip", t("field.nip"), &draft.nip).required(),
            Field::choice(
                "kind",
                t("field.kind"),
                StaffKind::ALL
                    .iter()
                    .map(|k| (k.code().to_string(), k.code().to_string()))
                    .collect(),
                draft.kind.map(|k| k.code()),
            )
            .required(),
            Field::text("front_title", t("field.front_title"), &draft.front_title),
            Field::text("name", t("field.name"), &draft.name).required(),
            Field::text("back_title", t("field.back_title"), &draft.back_title),
            Field::choice(
                "rank",
                t("field.rank"),
                rank_options(draft.kind),
                draft.rank.map(|r| r.code()).as_deref(),
            ),
            Field::choice(
                "position_kind",
                t("field.position_kind"),
                PositionKind::ALL
                    .iter()
                    .map(|k| (k.code().to_string(), k.label()))
                    .collect(),
                draft.position_kind.map(|k| k.code()),
            )
            .required(),
            Field::text(
                "position_name",
                t("field.position_name"),
                &draft.position_name,
            )
            .required(),
            Field::pick("unit", t("field.unit"), draft.unit_id, unit_label).required(),
            Field::pick(
                "supervisor",
                t("field.supervisor"),
                draft.supervisor_id,
                sup_label,
            ),
        ];
        let mut f = StaffForm {
            form: Form::new(title, fields),
            editing: existing.map(|s| (s.id, s.version)),
        };
        f.check_nip();
        Ok(f)
    }

    pub fn draft(&self) -> StaffDraft {
        let f = &self.form;
        StaffDraft {
            nip: f.text("nip"),
            kind: f.choice("kind").and_then(|k| StaffKind::parse(&k)),
            front_title: f.text("front_title"),
            name: f.text("name"),
            back_title: f.text("back_title"),
            rank: f.choice("rank").and_then(|r| Rank::parse(&r).ok()),
            position_kind: f
                .choice("position_kind")
                .and_then(|k| PositionKind::parse(&k)),
            position_name: f.text("position_name"),
            unit_id: f.picked("unit"),
            supervisor_id: f.picked("supervisor"),
        }
    }

    /// Called when a field changed: keeps dependent fields in step.
    pub fn changed(&mut self, key: &str) {
        match key {
            "kind" => {
                let kind = self.draft().kind;
                let keep = self.form.choice("rank");
                let options = rank_options(kind);
                let field = self.form.field_mut("rank");
                let index = keep.and_then(|k| options.iter().position(|(c, _)| *c == k));
                field.value = crate::tui::widgets::form::FieldValue::Choice { options, index };
                self.check_nip();
            }
            "nip" => self.check_nip(),
            _ => {}
        }
    }

    /// Shows what the NIP says is odd, as warnings (never a refusal).
    fn check_nip(&mut self) {
        let kind = self.draft().kind.unwrap_or(StaffKind::Pns);
        let warnings = match Nip::parse(&self.form.text("nip")) {
            Ok(nip) => analyse(&nip, kind)
                .warnings
                .iter()
                .map(|w| w.message())
                .collect(),
            Err(_) => Vec::new(),
        };
        self.form.field_mut("nip").warnings = warnings;
    }

    /// Validates and saves. On failure the errors are on the form and
    /// nothing typed is lost.
    pub fn save(&mut self, store: &mut Store) -> Option<StaffId> {
        self.form.clear_errors();
        let fields = match self.draft().validate() {
            Ok(f) => f,
            Err(errors) => {
                self.form.field_errors(errors);
                return None;
            }
        };
        let result = match self.editing {
            Some((id, version)) => store.update_staff(id, version, &fields).map(|_| id),
            None => store.insert_staff(&fields),
        };
        match result {
            Ok(id) => Some(id),
            Err(e) => {
                self.form.store_error(&e);
                None
            }
        }
    }
}

/// Deactivation: a reason, a date and an optional note.
pub struct DeactivateForm {
    pub form: Form,
    pub id: StaffId,
    pub version: i64,
}

pub fn format_date(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

/// Accepts 31-12-2026, 31/12/2026, 31.12.2026 and 2026-12-31.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    ["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
}

impl DeactivateForm {
    pub fn new(staff: &Staff, today: NaiveDate) -> DeactivateForm {
        let fields = vec![
            Field::choice(
                "reason",
                t("field.reason"),
                InactiveReason::ALL
                    .iter()
                    .map(|r| (r.code().to_string(), r.label()))
                    .collect(),
                None,
            )
            .required(),
            Field::text("since", t("field.since"), &format_date(today)).required(),
            Field::text("note", t("field.note"), ""),
        ];
        DeactivateForm {
            form: Form::new(
                tf("tui.deactivate_title", &[("name", &staff.display_name())]),
                fields,
            ),
            id: staff.id,
            version: staff.version,
        }
    }

    pub fn save(&mut self, store: &mut Store) -> bool {
        self.form.clear_errors();
        let reason = self
            .form
            .choice("reason")
            .and_then(|r| InactiveReason::parse(&r));
        let since = parse_date(&self.form.text("since"));
        let mut errors = Vec::new();
        if reason.is_none() {
            errors.push((
                "reason",
                tf("validation.choose", &[("field", &t("field.reason"))]),
            ));
        }
        if since.is_none() {
            errors.push((
                "since",
                tf("validation.date", &[("field", &t("field.since"))]),
            ));
        }
        let mut problems = Vec::new();
        let note = crate::domain::staff::check_text(
            "note",
            &self.form.text("note"),
            500,
            false,
            &mut problems,
        );
        errors.extend(problems.into_iter().map(|p| (p.field, p.message)));
        if !errors.is_empty() {
            for (k, m) in errors {
                self.form.set_error(Some(k), m);
            }
            self.form.focus_first_error();
            return false;
        }
        match store.deactivate_staff(
            self.id,
            self.version,
            reason.expect("checked"),
            since.expect("checked"),
            &note,
        ) {
            Ok(()) => true,
            Err(e) => {
                self.form.store_error(&e);
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_the_usual_forms() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        for s in [
            "31-12-2026",
            "31/12/2026",
            "31.12.2026",
            "2026-12-31",
            " 31-12-2026 ",
        ] {
            assert_eq!(parse_date(s), Some(d), "{s}");
        }
        assert_eq!(parse_date("31-13-2026"), None);
        assert_eq!(format_date(d), "31-12-2026");
    }
}
