//! Assessments (penilaian) of the quarters that ended, and the predikat
//! kinerja organisasi of a handful of perangkat daerah, for the demo.
//!
//! [`assessments`] is pure (no I/O, no clock) and deterministic for the
//! same options, government and plans. The result is an
//! [`AssessmentBatch`] for `Store::load_assessments`.
//!
//! - **Who**: every active person with a plan and an atasan langsung, who
//!   is the assessor (the Sekretaris Daerah has none and is not assessed).
//! - **Rating hasil kerja**: the suggestion the app would show
//!   ([`suggest_rating`] with [`SuggestionThresholds::default`] on the
//!   quarter's capaian, or from the predikat organisasi of the unit the
//!   person leads), stored as `suggested_rating`. About 4 % depart from it
//!   by one step, each with a short reason that
//!   [`check_reason`](crate::domain::suggestion::check_reason) accepts.
//!   Without any actual for the quarter there is no suggestion; the few
//!   assessed anyway get Sesuai.
//! - **Rating perilaku**: mostly Sesuai, some Di Atas (more often for
//!   people whose results are above expectation and in units rated
//!   Istimewa), rarely Di Bawah; a person keeps a tendency across quarters.
//! - **Predikat**: never chosen here: the store derives it from the two
//!   ratings. Mostly Baik, a fair share of Sangat Baik, some Butuh
//!   Perbaikan, rarely Kurang/Misconduct or Sangat Kurang.
//! - **State**: earlier quarters mostly final; in the latest quarter each
//!   assessor has finished, is halfway or has not started, so finals,
//!   drafts (a few without the rating perilaku yet) and missing ones mix,
//!   about 15 % missing. Final ones are dated a few weeks after the quarter
//!   ended, always before the reference date.
//! - **Feedback**: an overall umpan balik for most; for some, notes on one
//!   or two BerAKHLAK values (expectation and feedback), from `phrases`.
//! - **Predikat organisasi**: up to [`GRADED_UNITS`] perangkat daerah get
//!   one per past quarter, set a few days after the quarter ended: mostly
//!   Baik, some Istimewa, and one Butuh Perbaikan/Cukup.

mod phrases;

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc, Weekday};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::{DemoGovernment, DemoOptions, past_quarters};
use crate::domain::achievement::{Achievement, quarter_achievement};
use crate::domain::core_value::CoreValue;
use crate::domain::distribution::UnitPredicate;
use crate::domain::period::Quarter;
use crate::domain::rating::{AssessmentPeriod, Rating, predicate};
use crate::domain::suggestion::{SuggestionThresholds, suggest_rating};
use crate::domain::unit::UnitKind;
use crate::store::import::{NewPlan, PlanBatch};
use crate::store::import_assessments::{AssessmentBatch, NewAssessment, NewUnitPredicate};

/// Mixed into the seed so that assessments draw from their own stream.
const SEED_SALT: u64 = 0x5045_4E49_4C41_4941;
/// How many perangkat daerah get a predikat organisasi (fewer when the
/// government has fewer).
pub const GRADED_UNITS: usize = 6;
/// Share of ratings hasil kerja that depart from the suggestion.
const DEPARTURE: f64 = 0.04;

/// How far an assessor is with the latest quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pace {
    Done,
    Halfway,
    NotStarted,
}

/// How a person behaves at work, quarter after quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Conduct {
    Exemplary,
    Usual,
    Troubled,
}

/// What is recorded for one person and quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Progress {
    Missing,
    /// A draft; `false` while the rating perilaku is not chosen yet.
    Draft(bool),
    Final,
}

/// The assessments of the past quarters of `opts.reference_date`'s year
/// and the predikat organisasi of a few perangkat daerah. Staff and unit
/// indexes are those of `gov.batch` (load with the ids of
/// `Store::load_batch`); `skp` is [`plans`](super::plans) of the same
/// options.
pub fn assessments(gov: &DemoGovernment, skp: &PlanBatch, opts: &DemoOptions) -> AssessmentBatch {
    let mut out = AssessmentBatch {
        year: skp.year,
        ..AssessmentBatch::default()
    };
    let past = past_quarters(opts.reference_date);
    let Some(&latest) = past.last() else {
        return out;
    };
    let mut rng = ChaCha8Rng::seed_from_u64(opts.seed ^ SEED_SALT);
    let dates = Dates {
        year: skp.year,
        today: opts.reference_date,
    };
    let grades = Grades::draw(&mut rng, gov, &past, &dates, &mut out.unit_predicates);

    let staff = &gov.batch.staff;
    let mut plan_of: Vec<Option<&NewPlan>> = vec![None; staff.len()];
    for p in &skp.plans {
        plan_of[p.staff] = Some(p);
    }
    // Each assessor's pace with the latest quarter, and the day they sit
    // down to assess each quarter.
    let mut assessor: Vec<Option<(Pace, [NaiveDate; 4])>> = vec![None; staff.len()];
    for s in staff {
        if let Some(a) = s.supervisor
            && assessor[a].is_none()
        {
            let pace = match rng.random_range(0..100) {
                0..5 => Pace::NotStarted,
                5..40 => Pace::Halfway,
                _ => Pace::Done,
            };
            let days = Quarter::ALL.map(|q| dates.after(q, rng.random_range(8..40)));
            assessor[a] = Some((pace, days));
        }
    }

    let thresholds = SuggestionThresholds::default();
    let mut achievements: Vec<Achievement> = Vec::new();
    for (i, s) in staff.iter().enumerate() {
        let (Some(plan), Some(sup)) = (plan_of[i], s.supervisor) else {
            continue;
        };
        let (pace, days) = assessor[sup].expect("every supervisor has a pace");
        let conduct = match rng.random_range(0..1000) {
            0..120 => Conduct::Exemplary,
            120..975 => Conduct::Usual,
            _ => Conduct::Troubled,
        };
        let unit_grade = |q: Quarter| grades.of_unit(s.unit, q);
        for &q in &past {
            achievements.clear();
            achievements.extend(plan.results.iter().flat_map(|r| &r.indicators).map(|ind| {
                let value = ind.actuals.iter().find(|a| a.quarter == q).map(|a| a.value);
                quarter_achievement(&ind.fields, q, value)
            }));
            let suggested =
                suggest_rating(&thresholds, &achievements, grades.led_by(i, q)).map(|s| s.rating);
            let progress = progress(&mut rng, q == latest, pace, suggested.is_some());
            if progress == Progress::Missing {
                continue;
            }
            out.assessments.push(record(
                &mut rng,
                &dates,
                Case {
                    staff: i,
                    assessor: sup,
                    quarter: q,
                    day: days[q.index()],
                    progress,
                    suggested,
                    conduct,
                    unit: unit_grade(q),
                },
            ));
        }
    }
    out
}

/// One person and quarter to record.
struct Case {
    staff: usize,
    assessor: usize,
    quarter: Quarter,
    /// The day the assessor works on the quarter.
    day: NaiveDate,
    /// Final or a draft (never missing here).
    progress: Progress,
    suggested: Option<Rating>,
    conduct: Conduct,
    /// The predikat of the person's perangkat daerah, if graded.
    unit: Option<UnitPredicate>,
}

/// The ratings, feedback and dates of one assessment.
fn record(rng: &mut ChaCha8Rng, dates: &Dates, c: Case) -> NewAssessment {
    let (hasil, reason) = rating_result(rng, c.suggested);
    let perilaku = rating_behaviour(rng, c.conduct, hasil, c.unit);
    let behaviour = (c.progress != Progress::Draft(false)).then_some(perilaku);
    let predikat = behaviour.map(|p| predicate(hasil, p));
    let feedback = phrases::feedback(rng, hasil, predikat);
    let values = value_notes(rng, behaviour);
    let at = dates.moment(rng, c.day);
    let (saved_at, finalized_at) = if c.progress == Progress::Final {
        // Saved as a draft earlier that day or a working day or two before
        // (once the quarter has ended).
        let earlier = dates.working_day_before(c.day, rng.random_range(0..3));
        let day = if earlier > dates.quarter_end(c.quarter) {
            earlier
        } else {
            c.day
        };
        let saved = dates.moment(rng, day).min(at);
        (saved, Some(at))
    } else {
        (at, None)
    };
    NewAssessment {
        staff: c.staff,
        assessor: c.assessor,
        period: AssessmentPeriod::Quarter(c.quarter),
        rating_result: Some(hasil),
        rating_behaviour: behaviour,
        suggested: c.suggested,
        reason: reason.to_string(),
        feedback,
        values,
        saved_at,
        finalized_at,
    }
}

/// Whether the assessment of a quarter is final, a draft or missing.
fn progress(rng: &mut ChaCha8Rng, latest: bool, pace: Pace, suggested: bool) -> Progress {
    let r = rng.random_range(0..100);
    let draft = |rng: &mut ChaCha8Rng| Progress::Draft(!rng.random_bool(0.25));
    if !suggested {
        // No actual entered: most assessors wait for the data.
        return if r < 60 {
            Progress::Missing
        } else {
            draft(rng)
        };
    }
    let (finals, drafts) = match (latest, pace) {
        (false, _) => (95, 2),
        (true, Pace::Done) => (93, 5),
        (true, Pace::Halfway) => (35, 53),
        (true, Pace::NotStarted) => (0, 3),
    };
    if r < finals {
        Progress::Final
    } else if r < finals + drafts {
        draft(rng)
    } else {
        Progress::Missing
    }
}

/// The rating hasil kerja: mostly the suggestion; otherwise one step away
/// with the assessor's reason. Without a suggestion, Sesuai.
fn rating_result(rng: &mut ChaCha8Rng, suggested: Option<Rating>) -> (Rating, &'static str) {
    let Some(s) = suggested else {
        return (Rating::Meets, "");
    };
    if !rng.random_bool(DEPARTURE) {
        return (s, "");
    }
    let chosen = match s {
        Rating::Above | Rating::Below => Rating::Meets,
        Rating::Meets if rng.random_bool(0.5) => Rating::Above,
        Rating::Meets => Rating::Below,
    };
    let reason = phrases::reason(rng, s, chosen).expect("one step has a reason");
    (chosen, reason)
}

/// The rating perilaku kerja, by the person's conduct, their results and
/// the predikat of their perangkat daerah.
fn rating_behaviour(
    rng: &mut ChaCha8Rng,
    conduct: Conduct,
    hasil: Rating,
    unit: Option<UnitPredicate>,
) -> Rating {
    let (mut above, below) = match conduct {
        Conduct::Exemplary => (0.6, 0.0),
        Conduct::Usual => (0.08, 0.012),
        Conduct::Troubled => (0.0, 0.4),
    };
    if hasil == Rating::Above {
        above += 0.4;
    }
    if unit == Some(UnitPredicate::Istimewa) {
        above += 0.1;
    }
    let r: f64 = rng.random();
    if r < below {
        Rating::Below
    } else if r < below + above {
        Rating::Above
    } else {
        Rating::Meets
    }
}

/// Notes on one or two core values: for most ratings perilaku other than
/// Sesuai, and for some others. Praise unless the rating is Di Bawah.
fn value_notes(
    rng: &mut ChaCha8Rng,
    behaviour: Option<Rating>,
) -> Vec<(CoreValue, String, String)> {
    let chance = match behaviour {
        Some(Rating::Above | Rating::Below) => 0.8,
        Some(Rating::Meets) => 0.2,
        None => 0.1,
    };
    if !rng.random_bool(chance) {
        return Vec::new();
    }
    let mut values = CoreValue::ALL;
    values.shuffle(rng);
    let n = rng.random_range(1..=2);
    let mut chosen = values[..n].to_vec();
    chosen.sort();
    chosen
        .into_iter()
        .map(|v| {
            let good = match behaviour {
                Some(Rating::Below) => false,
                Some(Rating::Above) => true,
                _ => rng.random_bool(0.6),
            };
            let expectation = if rng.random_bool(0.7) {
                phrases::expectation(rng, v)
            } else {
                ""
            };
            let feedback = if behaviour.is_some() {
                phrases::value_feedback(rng, v, good)
            } else {
                ""
            };
            (v, expectation.to_string(), feedback.to_string())
        })
        .collect()
}

/// Days and times of the demo year, never on or after the reference date.
struct Dates {
    year: i32,
    today: NaiveDate,
}

impl Dates {
    /// The last day of a quarter.
    fn quarter_end(&self, q: Quarter) -> NaiveDate {
        let month = 3 * q.number() as u32;
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(self.year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(self.year, month + 1, 1)
        };
        next.and_then(|d| d.pred_opt()).expect("a real date")
    }

    /// `days` after the quarter ended, or the day before the reference
    /// date when that is earlier; a weekend moves back to the Friday (so
    /// at most two days before the quarter ended, when the reference date
    /// is just after it).
    fn after(&self, q: Quarter, days: u64) -> NaiveDate {
        let last = self.today.pred_opt().unwrap_or(self.today);
        let d = (self.quarter_end(q) + Days::new(days)).min(last);
        match d.weekday() {
            Weekday::Sat => d - Days::new(1),
            Weekday::Sun => d - Days::new(2),
            _ => d,
        }
    }

    /// The working day `days` working days before `day`.
    fn working_day_before(&self, day: NaiveDate, days: u32) -> NaiveDate {
        let mut d = day;
        for _ in 0..days {
            d = d - Days::new(1);
            while matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
                d = d - Days::new(1);
            }
        }
        d
    }

    /// A moment in office hours (07:30–15:59 WIB, UTC+7) on `day`.
    fn moment(&self, rng: &mut ChaCha8Rng, day: NaiveDate) -> DateTime<Utc> {
        let minutes = rng.random_range(7 * 60 + 30..16 * 60) as u32;
        let local = day
            .and_hms_opt(minutes / 60, minutes % 60, rng.random_range(0..60))
            .expect("a valid time");
        (local - chrono::Duration::hours(7)).and_utc()
    }
}

/// The perangkat daerah with a predikat organisasi, and what it is in
/// each past quarter.
struct Grades {
    /// Per unit: the graded perangkat daerah it belongs to (index into
    /// `grades`).
    of: Vec<Option<usize>>,
    /// Per graded unit: its head and its predikat per quarter.
    grades: Vec<(usize, [Option<UnitPredicate>; 4])>,
}

impl Grades {
    /// Chooses the units, draws their predikat and records them in `out`.
    fn draw(
        rng: &mut ChaCha8Rng,
        gov: &DemoGovernment,
        past: &[Quarter],
        dates: &Dates,
        out: &mut Vec<NewUnitPredicate>,
    ) -> Grades {
        let units = &gov.batch.units;
        let staff = &gov.batch.staff;
        // Perangkat daerah whose head works in them and reports to the
        // Sekretaris Daerah: the head leads no unit above this one.
        let mut candidates: Vec<(usize, usize)> = units
            .iter()
            .enumerate()
            .filter(|(_, u)| u.fields.kind == UnitKind::Agency && u.parent == Some(0))
            .filter_map(|(i, u)| u.head.map(|h| (i, h)))
            .filter(|&(i, h)| staff[h].unit == i && staff[h].supervisor.is_some())
            .collect();
        candidates.shuffle(rng);
        candidates.truncate(GRADED_UNITS);
        candidates.sort();
        let mut grades: Vec<(usize, [Option<UnitPredicate>; 4])> =
            candidates.iter().map(|&(_, h)| (h, [None; 4])).collect();
        let needs_work = (
            rng.random_range(0..grades.len().max(1)),
            past[rng.random_range(0..past.len())],
        );
        for (g, &(unit, _)) in candidates.iter().enumerate() {
            for &q in past {
                let p = if (g, q) == needs_work {
                    UnitPredicate::ButuhPerbaikan
                } else if rng.random_bool(0.3) {
                    UnitPredicate::Istimewa
                } else {
                    UnitPredicate::Baik
                };
                grades[g].1[q.index()] = Some(p);
                let day = dates.after(q, rng.random_range(2..7));
                out.push(NewUnitPredicate {
                    unit,
                    period: AssessmentPeriod::Quarter(q),
                    predicate: p,
                    set_at: dates.moment(rng, day),
                });
            }
        }
        let mut of = vec![None; units.len()];
        for (i, u) in units.iter().enumerate() {
            of[i] = match candidates.iter().position(|&(c, _)| c == i) {
                Some(g) => Some(g),
                None => u.parent.and_then(|p| of[p]),
            };
        }
        Grades { of, grades }
    }

    /// The predikat of the perangkat daerah a unit belongs to.
    fn of_unit(&self, unit: usize, q: Quarter) -> Option<UnitPredicate> {
        self.of[unit].and_then(|g| self.grades[g].1[q.index()])
    }

    /// The predikat of the unit this person leads, if graded.
    fn led_by(&self, person: usize, q: Quarter) -> Option<UnitPredicate> {
        self.grades
            .iter()
            .find(|(head, _)| *head == person)
            .and_then(|(_, by_quarter)| by_quarter[q.index()])
    }
}

#[cfg(test)]
mod tests;
