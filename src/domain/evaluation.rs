//! The evaluation status of one person for one period: one function,
//! [`evaluation_status`], used by every list, pane, report and the
//! `kinerja status` command, so they never disagree.
//!
//! The steps, in order: no plan → plan set → actuals partial → actuals
//! complete → assessed (draft) → final.
//!
//! Decisions the issue leaves open:
//!
//! - an assessment decides the status whatever the plan and actuals say: a
//!   recorded (or finalised) assessment is a fact worth showing, even for
//!   someone whose plan was archived later or whose actuals are incomplete;
//! - a plan without indicators (`total` = 0) is "plan set": there is
//!   nothing to fill in yet, so it is not "complete";
//! - `filled` above `total` is read as complete (a defensive reading of
//!   counts that come from a join).

use serde::{Deserialize, Serialize};

use crate::i18n::t;

/// The state of a recorded assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AssessmentState {
    /// Saved, still editable.
    Draft,
    /// Finalised: locks the period's actuals; reopening needs an admin.
    Final,
}

impl AssessmentState {
    pub const ALL: [AssessmentState; 2] = [AssessmentState::Draft, AssessmentState::Final];

    /// The stored code: `draft`, `final`.
    pub fn code(self) -> &'static str {
        match self {
            AssessmentState::Draft => "draft",
            AssessmentState::Final => "final",
        }
    }

    /// Reads the code, any case; `draf` (Indonesian) is accepted.
    pub fn parse(s: &str) -> Option<AssessmentState> {
        match s.trim().to_ascii_lowercase().as_str() {
            "draft" | "draf" => Some(AssessmentState::Draft),
            "final" => Some(AssessmentState::Final),
            _ => None,
        }
    }

    /// "Draf", "Final".
    pub fn label(self) -> String {
        t(&format!("assessment_state.{}", self.code()))
    }
}

/// Where one person stands for one period. Ordered: later steps are
/// greater.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvaluationStatus {
    /// No SKP for the year.
    NoPlan,
    /// An SKP, but no actual for the period yet.
    PlanSet,
    /// Some of the period's actuals entered.
    ActualsPartial,
    /// Every actual of the period entered.
    ActualsComplete,
    /// Assessed, draft.
    AssessedDraft,
    /// Assessment final.
    Final,
}

impl EvaluationStatus {
    /// In order, first step first.
    pub const ALL: [EvaluationStatus; 6] = [
        EvaluationStatus::NoPlan,
        EvaluationStatus::PlanSet,
        EvaluationStatus::ActualsPartial,
        EvaluationStatus::ActualsComplete,
        EvaluationStatus::AssessedDraft,
        EvaluationStatus::Final,
    ];

    /// The code used in JSON and filters: `no_plan`, `plan_set`,
    /// `actuals_partial`, `actuals_complete`, `assessed_draft`, `final`.
    pub fn code(self) -> &'static str {
        match self {
            EvaluationStatus::NoPlan => "no_plan",
            EvaluationStatus::PlanSet => "plan_set",
            EvaluationStatus::ActualsPartial => "actuals_partial",
            EvaluationStatus::ActualsComplete => "actuals_complete",
            EvaluationStatus::AssessedDraft => "assessed_draft",
            EvaluationStatus::Final => "final",
        }
    }

    pub fn parse(s: &str) -> Option<EvaluationStatus> {
        let s = s.trim();
        Self::ALL
            .into_iter()
            .find(|v| v.code().eq_ignore_ascii_case(s))
    }

    /// "Belum ada SKP", "SKP ditetapkan", "Realisasi sebagian", "Realisasi
    /// lengkap", "Dinilai (draf)", "Final".
    pub fn label(self) -> String {
        t(&format!("evaluation_status.{}", self.code()))
    }

    /// Whether an assessment is recorded (draft or final).
    pub fn is_assessed(self) -> bool {
        self >= EvaluationStatus::AssessedDraft
    }
}

/// The evaluation status of one person for one period.
///
/// `has_plan`: the person has an SKP for the period's year; `filled` of
/// `total`: the period's indicators with an actual entered; `assessment`:
/// the state of the period's assessment, if one is recorded.
pub fn evaluation_status(
    has_plan: bool,
    filled: u64,
    total: u64,
    assessment: Option<AssessmentState>,
) -> EvaluationStatus {
    match assessment {
        Some(AssessmentState::Final) => EvaluationStatus::Final,
        Some(AssessmentState::Draft) => EvaluationStatus::AssessedDraft,
        None if !has_plan => EvaluationStatus::NoPlan,
        None if total == 0 || filled == 0 => EvaluationStatus::PlanSet,
        None if filled >= total => EvaluationStatus::ActualsComplete,
        None => EvaluationStatus::ActualsPartial,
    }
}

/// The state of an assessment and its predikat (once both ratings are in).
pub type AssessmentSummary = (AssessmentState, Option<crate::domain::rating::Predicate>);

/// One quarter at a glance, for lists and one-line status: the predikat
/// once assessed ("B ✓" final, "B (draf)" draft), else the filled count of
/// the SKP ("3/5"), or "—" without a plan.
pub fn quarter_summary(
    has_plan: bool,
    filled: u64,
    total: u64,
    assessment: Option<AssessmentSummary>,
) -> String {
    match assessment {
        Some((AssessmentState::Final, Some(p))) => format!("{} ✓", p.code()),
        Some((AssessmentState::Draft, Some(p))) => {
            format!(
                "{} ({})",
                p.code(),
                crate::i18n::t("evaluation_status.draft_short")
            )
        }
        Some((state, None)) => state.label(),
        None if has_plan => format!("{filled}/{total}"),
        None => "—".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, catalog, set_lang};
    use AssessmentState::*;
    use EvaluationStatus as S;

    #[test]
    fn quarter_summaries() {
        use crate::domain::rating::Predicate;
        set_lang(Lang::Id);
        assert_eq!(quarter_summary(false, 0, 0, None), "—");
        assert_eq!(quarter_summary(true, 3, 5, None), "3/5");
        assert_eq!(
            quarter_summary(true, 5, 5, Some((Final, Some(Predicate::Baik)))),
            "B ✓"
        );
        assert_eq!(
            quarter_summary(true, 5, 5, Some((Draft, Some(Predicate::SangatBaik)))),
            "SB (draf)"
        );
    }

    #[test]
    fn each_step_in_turn() {
        assert_eq!(evaluation_status(false, 0, 0, None), S::NoPlan);
        assert_eq!(evaluation_status(true, 0, 5, None), S::PlanSet);
        assert_eq!(evaluation_status(true, 1, 5, None), S::ActualsPartial);
        assert_eq!(evaluation_status(true, 4, 5, None), S::ActualsPartial);
        assert_eq!(evaluation_status(true, 5, 5, None), S::ActualsComplete);
        assert_eq!(evaluation_status(true, 5, 5, Some(Draft)), S::AssessedDraft);
        assert_eq!(evaluation_status(true, 5, 5, Some(Final)), S::Final);
    }

    #[test]
    fn edge_cases() {
        // A plan without indicators has nothing to fill in.
        assert_eq!(evaluation_status(true, 0, 0, None), S::PlanSet);
        // Counts beyond the total read as complete.
        assert_eq!(evaluation_status(true, 7, 5, None), S::ActualsComplete);
        // Counts without a plan are ignored.
        assert_eq!(evaluation_status(false, 3, 5, None), S::NoPlan);
        // An assessment is shown whatever the plan and actuals say.
        assert_eq!(evaluation_status(false, 0, 0, Some(Final)), S::Final);
        assert_eq!(evaluation_status(true, 1, 5, Some(Draft)), S::AssessedDraft);
        assert_eq!(evaluation_status(true, 0, 5, Some(Final)), S::Final);
        assert_eq!(
            evaluation_status(true, u64::MAX, u64::MAX, None),
            S::ActualsComplete
        );
        assert_eq!(
            evaluation_status(true, u64::MAX - 1, u64::MAX, None),
            S::ActualsPartial
        );
    }

    /// The rules restated, checked over every small input.
    #[test]
    fn every_small_input_matches_the_rules() {
        let assessments = [None, Some(Draft), Some(Final)];
        for has_plan in [false, true] {
            for total in 0..=6 {
                for filled in 0..=7 {
                    for a in assessments {
                        let want = if a == Some(Final) {
                            S::Final
                        } else if a == Some(Draft) {
                            S::AssessedDraft
                        } else if !has_plan {
                            S::NoPlan
                        } else if filled == 0 || total == 0 {
                            S::PlanSet
                        } else if filled < total {
                            S::ActualsPartial
                        } else {
                            S::ActualsComplete
                        };
                        let got = evaluation_status(has_plan, filled, total, a);
                        assert_eq!(got, want, "{has_plan} {filled}/{total} {a:?}");
                        assert_eq!(got.is_assessed(), a.is_some());
                    }
                }
            }
        }
    }

    #[test]
    fn progress_never_moves_the_status_back() {
        let assessments = [None, Some(Draft), Some(Final)];
        for total in 0..=5u64 {
            for filled in 0..=total {
                for (i, a) in assessments.iter().enumerate() {
                    let s = evaluation_status(true, filled, total, *a);
                    // One more actual.
                    if filled < total {
                        assert!(evaluation_status(true, filled + 1, total, *a) >= s);
                    }
                    // A later assessment state.
                    for later in &assessments[i..] {
                        assert!(evaluation_status(true, filled, total, *later) >= s);
                    }
                    // Having a plan never lowers it.
                    assert!(s >= evaluation_status(false, filled, total, *a));
                }
            }
        }
    }

    #[test]
    fn statuses_are_ordered_and_named() {
        for pair in EvaluationStatus::ALL.windows(2) {
            assert!(pair[0] < pair[1], "{pair:?}");
        }
        set_lang(Lang::Id);
        assert_eq!(
            EvaluationStatus::ALL.map(|s| s.label()),
            [
                "Belum ada SKP",
                "SKP ditetapkan",
                "Realisasi sebagian",
                "Realisasi lengkap",
                "Dinilai (draf)",
                "Final"
            ]
        );
        for s in EvaluationStatus::ALL {
            assert_eq!(EvaluationStatus::parse(s.code()), Some(s));
            assert_eq!(EvaluationStatus::parse(&s.code().to_uppercase()), Some(s));
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.code()));
            for lang in [Lang::Id, Lang::En] {
                let key = format!("evaluation_status.{}", s.code());
                assert!(catalog(lang).contains_key(&key), "{lang:?} {key}");
            }
        }
        assert_eq!(EvaluationStatus::parse("done"), None);
        set_lang(Lang::En);
        assert_eq!(S::AssessedDraft.label(), "Assessed (draft)");
        set_lang(Lang::Id);
    }

    #[test]
    fn assessment_states() {
        assert!(Draft < Final);
        for s in AssessmentState::ALL {
            assert_eq!(AssessmentState::parse(s.code()), Some(s));
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.code()));
        }
        assert_eq!(AssessmentState::parse(" Draf "), Some(Draft));
        assert_eq!(AssessmentState::parse("FINAL"), Some(Final));
        assert_eq!(AssessmentState::parse("selesai"), None);
        set_lang(Lang::Id);
        assert_eq!(Draft.label(), "Draf");
        assert_eq!(Final.label(), "Final");
    }
}
