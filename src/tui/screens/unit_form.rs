//! The add/edit form of a unit.

use crate::domain::staff::UnitId;
use crate::domain::unit::{UnitDraft, UnitKind};
use crate::i18n::{t, tf};
use crate::store::unit::Unit;
use crate::store::{Store, StoreError};
use crate::tui::widgets::form::{Field, Form};

pub struct UnitForm {
    pub form: Form,
    pub editing: Option<(UnitId, i64)>,
}

impl UnitForm {
    pub fn new(
        store: &Store,
        existing: Option<&Unit>,
        parent: Option<UnitId>,
    ) -> Result<UnitForm, StoreError> {
        let (name, kind, parent, head) = match existing {
            Some(u) => (
                u.fields.name.clone(),
                u.fields.kind,
                u.fields.parent_id,
                u.fields.head_id,
            ),
            None => (String::new(), UnitKind::Division, parent, None),
        };
        let parent_label = match parent {
            Some(p) => store.get_unit(p)?.fields.name,
            None => String::new(),
        };
        let head_label = match head {
            Some(h) => store.staff_brief(h)?.name,
            None => String::new(),
        };
        let title = match existing {
            Some(u) => tf("tui.edit_unit", &[("name", &u.fields.name)]),
            None => t("tui.add_unit"),
        };
        let fields = vec![
            Field::text("unit_name", t("field.unit_name"), &name).required(),
            Field::choice(
                "unit_kind",
                t("field.unit_kind"),
                UnitKind::ALL
                    .iter()
                    .map(|k| (k.code().to_string(), k.label()))
                    .collect(),
                Some(kind.code()),
            )
            .required(),
            Field::pick("parent", t("field.parent"), parent, parent_label),
            Field::pick("head", t("field.head"), head, head_label),
        ];
        Ok(UnitForm {
            form: Form::new(title, fields),
            editing: existing.map(|u| (u.id, u.version)),
        })
    }

    pub fn save(&mut self, store: &mut Store) -> Option<UnitId> {
        self.form.clear_errors();
        let draft = UnitDraft {
            name: self.form.text("unit_name"),
            kind: self
                .form
                .choice("unit_kind")
                .and_then(|k| UnitKind::parse(&k)),
            parent_id: self.form.picked("parent"),
            head_id: self.form.picked("head"),
        };
        let fields = match draft.validate() {
            Ok(f) => f,
            Err(errors) => {
                self.form.field_errors(errors);
                return None;
            }
        };
        let result = match self.editing {
            Some((id, version)) => store.update_unit(id, version, &fields).map(|_| id),
            None => store.insert_unit(&fields),
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
