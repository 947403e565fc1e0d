//! The forms of the SKP screen: a planned result and an indicator (IKI).

use crate::domain::plan::{
    Aggregation, Aspect, IndicatorDraft, IndicatorId, PlanId, PlannedResultDraft, PlannedResultId,
    Polarity, QUARTER_TARGET_FIELDS, ResultKind,
};
use crate::i18n::t;
use crate::store::Store;
use crate::store::plan::{Indicator, PlannedResult};
use crate::tui::widgets::form::{Field, Form};

fn options<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    label: fn(T) -> String,
) -> Vec<(String, String)> {
    all.iter()
        .map(|v| (code(*v).to_string(), label(*v)))
        .collect()
}

/// Add or edit a planned result (rencana hasil kerja).
pub struct ResultForm {
    pub form: Form,
    pub plan_id: PlanId,
    pub editing: Option<(PlannedResultId, i64)>,
}

impl ResultForm {
    pub fn new(
        plan_id: PlanId,
        existing: Option<&PlannedResult>,
        parent_label: String,
    ) -> ResultForm {
        let draft = existing
            .map(|r| r.fields.draft())
            .unwrap_or(PlannedResultDraft {
                kind: Some(ResultKind::Main),
                ..Default::default()
            });
        let fields = vec![
            Field::text("result_text", t("field.result_text"), &draft.text).required(),
            Field::choice(
                "result_kind",
                t("field.result_kind"),
                options(&ResultKind::ALL, ResultKind::code, ResultKind::label),
                draft.kind.map(|k| k.code()),
            )
            .required(),
            Field::pick(
                "result_parent",
                t("field.result_parent"),
                draft.parent_id,
                parent_label,
            ),
        ];
        let title = if existing.is_some() {
            t("plan_screen.edit_result")
        } else {
            t("plan_screen.add_result")
        };
        ResultForm {
            form: Form::new(title, fields),
            plan_id,
            editing: existing.map(|r| (r.id, r.version)),
        }
    }

    pub fn save(&mut self, store: &mut Store) -> Option<PlannedResultId> {
        self.form.clear_errors();
        let draft = PlannedResultDraft {
            text: self.form.text("result_text"),
            kind: self
                .form
                .choice("result_kind")
                .and_then(|k| ResultKind::parse(&k)),
            parent_id: self.form.picked("result_parent"),
        };
        let fields = match draft.validate() {
            Ok(f) => f,
            Err(errors) => {
                self.form.field_errors(errors);
                return None;
            }
        };
        let saved = match self.editing {
            Some((id, version)) => store.update_result(id, version, &fields).map(|_| id),
            None => store.insert_result(self.plan_id, &fields),
        };
        saved.map_err(|e| self.form.store_error(&e)).ok()
    }
}

/// Add or edit an indicator (IKI) with its annual and quarterly targets.
pub struct IndicatorForm {
    pub form: Form,
    pub result_id: PlannedResultId,
    pub editing: Option<(IndicatorId, i64)>,
    /// Warnings of the last save (shown, never refused).
    pub warnings: Vec<String>,
}

impl IndicatorForm {
    pub fn new(result_id: PlannedResultId, existing: Option<&Indicator>) -> IndicatorForm {
        let draft = existing
            .map(|i| i.fields.draft())
            .unwrap_or(IndicatorDraft {
                aspect: Some(Aspect::Quantity),
                ..Default::default()
            });
        let yes_no = vec![
            ("0".to_string(), t("common.no")),
            ("1".to_string(), t("common.yes")),
        ];
        let mut fields = vec![
            Field::text("indicator_text", t("field.indicator_text"), &draft.text).required(),
            Field::choice(
                "aspect",
                t("field.aspect"),
                options(&Aspect::ALL, Aspect::code, Aspect::label),
                draft.aspect.map(|a| a.code()),
            )
            .required(),
            Field::text("satuan", t("field.satuan"), &draft.satuan),
            Field::text("target", t("field.target"), &draft.target).required(),
            Field::choice(
                "polarity",
                t("field.polarity"),
                options(&Polarity::ALL, Polarity::code, Polarity::label),
                draft.polarity.map(|p| p.code()),
            ),
            Field::choice(
                "aggregation",
                t("field.aggregation"),
                options(&Aggregation::ALL, Aggregation::code, Aggregation::label),
                draft.aggregation.map(|a| a.code()),
            ),
        ];
        for (i, key) in QUARTER_TARGET_FIELDS.iter().enumerate() {
            fields.push(Field::text(
                key,
                t(&format!("field.{key}")),
                &draft.quarter_targets[i],
            ));
        }
        fields.push(Field::choice(
            "allow_over_100",
            t("plan_screen.allow_over_100"),
            yes_no,
            Some(if draft.allow_over_100 { "1" } else { "0" }),
        ));
        let title = if existing.is_some() {
            t("plan_screen.edit_indicator")
        } else {
            t("plan_screen.add_indicator")
        };
        IndicatorForm {
            form: Form::new(title, fields),
            result_id,
            editing: existing.map(|i| (i.id, i.version)),
            warnings: Vec::new(),
        }
    }

    pub fn draft(&self) -> IndicatorDraft {
        let f = &self.form;
        IndicatorDraft {
            text: f.text("indicator_text"),
            satuan: f.text("satuan"),
            aspect: f.choice("aspect").and_then(|a| Aspect::parse(&a)),
            target: f.text("target"),
            polarity: f.choice("polarity").and_then(|p| Polarity::parse(&p)),
            aggregation: f.choice("aggregation").and_then(|a| Aggregation::parse(&a)),
            quarter_targets: QUARTER_TARGET_FIELDS.map(|k| f.text(k)),
            allow_over_100: f.choice("allow_over_100").as_deref() == Some("1"),
        }
    }

    pub fn save(&mut self, store: &mut Store) -> Option<IndicatorId> {
        self.form.clear_errors();
        let fields = match self.draft().validate() {
            Ok(f) => f,
            Err(errors) => {
                self.form.field_errors(errors);
                return None;
            }
        };
        self.warnings = fields
            .warnings()
            .iter()
            .map(|w| w.message(&fields))
            .collect();
        let saved = match self.editing {
            Some((id, version)) => store.update_indicator(id, version, &fields).map(|_| id),
            None => store.insert_indicator(self.result_id, &fields),
        };
        saved.map_err(|e| self.form.store_error(&e)).ok()
    }
}
