//! The assessment form of one person for one period: the two ratings
//! (←/→ or 1/2/3), the reason for departing from the suggestion, each
//! BerAKHLAK value's expectation and feedback, and the overall feedback
//! (several lines). The predikat follows the ratings as they change.

use tui_textarea::{CursorMove, TextArea, WrapMode};

use crate::domain::core_value::CoreValue;
use crate::domain::distribution::{
    DistributionCheck, PredicateCounts, UnitPredicate, check_distribution,
};
use crate::domain::evaluation::AssessmentState;
use crate::domain::rating::{Predicate, Rating, predicate};
use crate::domain::suggestion::{AssessAccess, check_final, may_assess, needs_reason};
use crate::i18n::{t, tf};
use crate::store::assessment::AssessmentInput;
use crate::store::evaluation::AssessmentSheet;
use crate::store::{Store, StoreError, local_time};
use crate::tui::action::Action;
use crate::tui::widgets::form::{Field, FieldValue, Form, FormEvent};

/// Form keys of each core value: (expectation, feedback), in
/// [`CoreValue::ALL`] order.
const VALUE_KEYS: [(&str, &str); 7] = [
    ("exp_berorientasi_pelayanan", "fb_berorientasi_pelayanan"),
    ("exp_akuntabel", "fb_akuntabel"),
    ("exp_kompeten", "fb_kompeten"),
    ("exp_harmonis", "fb_harmonis"),
    ("exp_loyal", "fb_loyal"),
    ("exp_adaptif", "fb_adaptif"),
    ("exp_kolaboratif", "fb_kolaboratif"),
];

pub const RESULT: &str = "rating_result";
pub const REASON: &str = "rating_reason";
pub const BEHAVIOUR: &str = "rating_behaviour";
pub const FEEDBACK: &str = "feedback";

/// Ratings from worst to best, so that ← lowers, → raises and 1/2/3 count
/// up.
pub const RATING_ORDER: [Rating; 3] = [Rating::Below, Rating::Meets, Rating::Above];

/// What the form asks its owner to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssessEvent {
    None,
    Save,
    Finalize,
    /// Leave the form (the owner asks about unsaved changes).
    Close,
    /// Go to the next (true) or previous person of the queue.
    Step(bool),
    /// An edit was refused: the form reads only (the reason is shown).
    ReadOnly,
    /// Reopen the final assessment (admins, with a reason).
    Reopen,
}

pub struct AssessForm {
    pub sheet: AssessmentSheet,
    pub form: Form,
    /// The overall feedback, several lines.
    pub feedback: TextArea<'static>,
    /// Why nothing can be changed here, when nothing can.
    pub read_only: Option<String>,
    /// The first line of the evidence panel shown.
    pub evidence_scroll: usize,
    /// The predikat organisasi that applies to the person's unit, that
    /// unit's name and its predikat counts as they stand (drafts included).
    pub distribution: Option<(String, UnitPredicate, PredicateCounts)>,
}

fn rating_options() -> Vec<(String, String)> {
    RATING_ORDER
        .iter()
        .enumerate()
        .map(|(i, r)| (r.code().to_string(), format!("{} · {}", i + 1, r.label())))
        .collect()
}

impl AssessForm {
    pub fn new(sheet: AssessmentSheet, store: &Store) -> AssessForm {
        let a = sheet.assessment.as_ref();
        let input = a.map(|a| a.input.clone()).unwrap_or_default();
        let mut fields = vec![
            Field::choice(
                RESULT,
                t("penilaian.label_result"),
                rating_options(),
                input.rating_result.map(Rating::code),
            ),
            Field::text(REASON, t("penilaian.reason"), &input.reason),
            Field::choice(
                BEHAVIOUR,
                t("penilaian.label_behaviour"),
                rating_options(),
                input.rating_behaviour.map(Rating::code),
            ),
        ];
        for (cv, (exp, fb)) in CoreValue::ALL.iter().zip(VALUE_KEYS) {
            let stored = input.values.iter().find(|(v, _, _)| v == cv);
            fields.push(Field::text(
                exp,
                t("penilaian.expectation"),
                stored.map(|s| s.1.as_str()).unwrap_or(""),
            ));
            fields.push(Field::text(
                fb,
                t("penilaian.value_feedback"),
                stored.map(|s| s.2.as_str()).unwrap_or(""),
            ));
        }
        fields.push(Field::text(FEEDBACK, t("penilaian.feedback"), ""));
        let title = sheet.staff.display_name();
        let mut feedback = TextArea::new(input.feedback.lines().map(str::to_string).collect());
        feedback.set_wrap_mode(WrapMode::Word);
        feedback.set_cursor_render_mode(tui_textarea::CursorRenderMode::Hidden);
        feedback.move_cursor(CursorMove::Bottom);
        feedback.move_cursor(CursorMove::End);
        let read_only = read_only_reason(&sheet, store);
        let distribution = unit_distribution(&sheet, store);
        AssessForm {
            sheet,
            form: Form::new(title, fields),
            feedback,
            read_only,
            evidence_scroll: 0,
            distribution,
        }
    }

    /// The unit's distribution if this person got the predikat chosen now
    /// (instead of the one saved), and the pola distribusi check of it.
    pub fn distribution_check(&self) -> Option<(String, PredicateCounts, DistributionCheck)> {
        let (name, org, counts) = self.distribution.as_ref()?;
        let mut counts = *counts;
        let saved = self.sheet.assessment.as_ref().and_then(|a| a.predicate);
        if let Some(p) = saved {
            counts.set(p, counts.get(p).saturating_sub(1));
        }
        if let Some(p) = self.predicate().or(saved) {
            counts.add(p);
        }
        Some((name.clone(), counts, check_distribution(*org, &counts)))
    }

    /// The rating chosen in a rating field.
    pub fn rating(&self, key: &str) -> Option<Rating> {
        self.form.choice(key).as_deref().and_then(Rating::parse)
    }

    /// The predikat of the ratings chosen so far.
    pub fn predicate(&self) -> Option<Predicate> {
        Some(predicate(self.rating(RESULT)?, self.rating(BEHAVIOUR)?))
    }

    /// Whether the rating hasil kerja departs from the suggestion (a reason
    /// is then required).
    pub fn departs(&self) -> bool {
        self.rating(RESULT)
            .is_some_and(|r| needs_reason(self.sheet.suggestion.map(|s| s.rating), r))
    }

    /// The core value whose field has the focus, if any.
    pub fn focused_value(&self) -> Option<CoreValue> {
        let key = self.form.focused_key();
        VALUE_KEYS
            .iter()
            .position(|(e, f)| *e == key || *f == key)
            .map(|i| CoreValue::ALL[i])
    }

    /// The core value a field belongs to, and whether it is the
    /// expectation (true) or the feedback.
    pub fn value_of_field(key: &str) -> Option<(CoreValue, bool)> {
        VALUE_KEYS.iter().enumerate().find_map(|(i, (e, f))| {
            (*e == key)
                .then_some((CoreValue::ALL[i], true))
                .or((*f == key).then_some((CoreValue::ALL[i], false)))
        })
    }

    pub fn feedback_text(&self) -> String {
        self.feedback.lines().join("\n").trim_end().to_string()
    }

    /// What would be saved.
    pub fn input(&self) -> AssessmentInput {
        AssessmentInput {
            assessor_id: self.sheet.supervisor.as_ref().map_or(0, |s| s.id),
            rating_result: self.rating(RESULT),
            rating_behaviour: self.rating(BEHAVIOUR),
            suggested: self.sheet.suggestion.map(|s| s.rating),
            reason: self.form.text(REASON),
            feedback: self.feedback_text(),
            values: CoreValue::ALL
                .iter()
                .zip(VALUE_KEYS)
                .map(|(cv, (e, f))| (*cv, self.form.text(e), self.form.text(f)))
                .collect(),
        }
    }

    pub fn is_final(&self) -> bool {
        self.sheet
            .assessment
            .as_ref()
            .is_some_and(|a| a.state == AssessmentState::Final)
    }

    pub fn is_dirty(&self) -> bool {
        self.form.dirty
    }

    /// Saves a draft; on success the sheet holds the saved assessment.
    pub fn save(&mut self, store: &mut Store) -> Result<(), StoreError> {
        self.form.clear_errors();
        let seen = self.sheet.assessment.as_ref().map(|a| a.version);
        let saved = store
            .save_assessment(
                self.sheet.staff.id,
                self.sheet.year,
                self.sheet.period,
                seen,
                &self.input(),
            )
            .inspect_err(|e| self.show_error(e))?;
        self.sheet.assessment = Some(saved);
        self.form.dirty = false;
        Ok(())
    }

    /// Shows on the form what stops it from being finalised; true when
    /// nothing does.
    pub fn check_final(&mut self) -> bool {
        self.form.clear_errors();
        let i = self.input();
        let errors = check_final(i.rating_result, i.rating_behaviour, i.suggested, &i.reason);
        let ok = errors.is_empty();
        self.form.field_errors(errors);
        ok
    }

    /// Makes the saved draft final.
    pub fn finalize(&mut self, store: &mut Store) -> Result<(), StoreError> {
        self.form.clear_errors();
        let Some(a) = &self.sheet.assessment else {
            return Ok(());
        };
        let done = store
            .finalize_assessment(
                self.sheet.staff.id,
                self.sheet.year,
                self.sheet.period,
                a.version,
            )
            .inspect_err(|e| self.show_error(e))?;
        self.read_only = Some(final_message(&done.finalized_by, &done.finalized_at));
        self.sheet.assessment = Some(done);
        Ok(())
    }

    fn show_error(&mut self, e: &StoreError) {
        match e {
            StoreError::Invalid { errors } => self.form.field_errors(errors.clone()),
            other => self.form.store_error(other),
        }
    }

    pub fn handle(&mut self, action: Action) -> AssessEvent {
        match action {
            Action::Cancel => return AssessEvent::Close,
            Action::NextPerson => return AssessEvent::Step(true),
            Action::PrevPerson => return AssessEvent::Step(false),
            Action::ScrollDown => {
                self.evidence_scroll += 1;
                return AssessEvent::None;
            }
            Action::Reopen => return AssessEvent::Reopen,
            Action::ScrollUp => {
                self.evidence_scroll = self.evidence_scroll.saturating_sub(1);
                return AssessEvent::None;
            }
            _ => {}
        }
        if self.read_only.is_some() {
            return match action {
                Action::NextField | Action::PrevField | Action::Up | Action::Down => {
                    self.move_focus(matches!(action, Action::NextField | Action::Down));
                    AssessEvent::None
                }
                _ => AssessEvent::ReadOnly,
            };
        }
        match action {
            Action::Save => return AssessEvent::Save,
            Action::Finalize => return AssessEvent::Finalize,
            _ => {}
        }
        let key = self.form.focused_key();
        if key == FEEDBACK {
            return self.handle_feedback(action);
        }
        if matches!(key, RESULT | BEHAVIOUR)
            && let Action::Type(c @ '1'..='3') = action
        {
            let i = c as usize - '1' as usize;
            if let FieldValue::Choice { index, .. } = &mut self.form.field_mut(key).value
                && *index != Some(i)
            {
                *index = Some(i);
                self.form.dirty = true;
            }
            self.form.field_mut(key).error = None;
            return AssessEvent::None;
        }
        match action {
            Action::Up | Action::Down => {
                self.move_focus(action == Action::Down);
                AssessEvent::None
            }
            // Enter moves on; it never saves by surprise.
            Action::Accept => {
                self.move_focus(true);
                AssessEvent::None
            }
            other => {
                if let FormEvent::Save = self.form.handle(other) {
                    return AssessEvent::Save;
                }
                AssessEvent::None
            }
        }
    }

    fn move_focus(&mut self, forward: bool) {
        self.form.handle(if forward {
            Action::NextField
        } else {
            Action::PrevField
        });
    }

    /// Keys in the overall feedback: Enter starts a new line, ↑/↓ move
    /// between lines and leave the field at its first or last line.
    fn handle_feedback(&mut self, action: Action) -> AssessEvent {
        let ta = &mut self.feedback;
        let (row, _) = ta.cursor();
        let last = ta.lines().len().saturating_sub(1);
        let before = ta.lines().to_vec();
        match action {
            Action::Type(c) => ta.insert_char(c),
            Action::Accept => ta.insert_newline(),
            Action::Up if row > 0 => ta.move_cursor(CursorMove::Up),
            Action::Down if row < last => ta.move_cursor(CursorMove::Down),
            Action::Up | Action::PrevField => self.move_focus(false),
            Action::Down | Action::NextField => self.move_focus(true),
            Action::Left => ta.move_cursor(CursorMove::Back),
            Action::Right => ta.move_cursor(CursorMove::Forward),
            Action::LineStart => ta.move_cursor(CursorMove::Head),
            Action::LineEnd => ta.move_cursor(CursorMove::End),
            Action::DeleteBack => {
                ta.delete_char();
            }
            Action::DeleteForward => {
                ta.delete_next_char();
            }
            Action::DeleteWord => {
                ta.delete_word();
            }
            Action::ClearLine => {
                ta.delete_line_by_head();
            }
            Action::ClearValue => {
                ta.select_all();
                ta.cut();
            }
            _ => {}
        }
        if self.feedback.lines() != before.as_slice() {
            self.form.dirty = true;
            self.form.field_mut(FEEDBACK).error = None;
        }
        AssessEvent::None
    }
}

/// The distribution of the unit whose predikat organisasi applies, when
/// one is set for the period.
fn unit_distribution(
    sheet: &AssessmentSheet,
    store: &Store,
) -> Option<(String, UnitPredicate, PredicateCounts)> {
    let rec = sheet.unit_predicate.as_ref()?;
    let org = rec.predicate?;
    let counts = store
        .predicate_counts(rec.unit_id, sheet.year, sheet.period)
        .ok()?;
    let name = store.get_unit(rec.unit_id).ok()?.fields.name;
    Some((name, org, counts))
}

/// Why the user cannot change this assessment, if they cannot.
fn read_only_reason(sheet: &AssessmentSheet, store: &Store) -> Option<String> {
    if store.is_read_only() {
        return Some(t("store.read_only"));
    }
    let actor = store.actor();
    if let Some(a) = &sheet.assessment
        && a.state == AssessmentState::Final
    {
        return Some(final_message(&a.finalized_by, &a.finalized_at));
    }
    let access = AssessAccess {
        role: actor.role,
        user_staff: actor.staff_id,
        assessor: sheet.supervisor.as_ref().map_or(0, |s| s.id),
        assessee: sheet.staff.id,
        supervisor_of_assessee: sheet.staff.fields.supervisor_id,
    };
    may_assess(&access).err().map(|d| d.message())
}

fn final_message(who: &Option<String>, when: &Option<String>) -> String {
    tf(
        "penilaian.final_by",
        &[
            ("who", &who.clone().unwrap_or_default()),
            ("when", &when.as_deref().map(local_time).unwrap_or_default()),
        ],
    )
}
