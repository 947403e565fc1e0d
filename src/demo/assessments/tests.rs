//! Tests of the demo assessments and predikat organisasi, generated and
//! loaded into a store.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, NaiveDate, Timelike};

use super::*;
use crate::demo::{DEFAULT_STAFF, generate, plans};
use crate::domain::evaluation::AssessmentState;
use crate::domain::number::Decimal;
use crate::domain::rating::Predicate;
use crate::domain::staff::StaffId;
use crate::domain::suggestion::check_reason;
use crate::store::actual::ActualInput;
use crate::store::evaluation::{QueueFilter, QueueScope, QueueShow};
use crate::store::import::Loaded;
use crate::store::{OpenOptions, Store, StoreError};

fn november() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn opts(staff: usize, seed: u64, date: NaiveDate) -> DemoOptions {
    DemoOptions {
        staff,
        seed,
        reference_date: date,
    }
}

/// A generated demo: government, plans and assessments.
struct Demo {
    gov: DemoGovernment,
    skp: PlanBatch,
    batch: AssessmentBatch,
}

fn demo(staff: usize, seed: u64, date: NaiveDate) -> Demo {
    let o = opts(staff, seed, date);
    let gov = generate(&o).unwrap();
    let skp = plans(&gov, &o);
    let batch = assessments(&gov, &skp, &o);
    Demo { gov, skp, batch }
}

/// The demo loaded into a new in-memory store.
fn load(d: &Demo) -> (Store, Loaded) {
    let mut store = Store::open_in_memory(&OpenOptions::default()).unwrap();
    let loaded = store.load_batch(&d.gov.batch, "demo").unwrap();
    store.load_plans(&d.skp, &loaded.staff_ids, "demo").unwrap();
    let counts = store
        .load_assessments(&d.batch, &loaded.staff_ids, &loaded.unit_ids, "demo")
        .unwrap();
    assert_eq!(counts, d.batch.counts());
    (store, loaded)
}

fn q(n: u8) -> Quarter {
    Quarter::new(n).unwrap()
}

fn period(n: u8) -> AssessmentPeriod {
    AssessmentPeriod::Quarter(q(n))
}

/// The people the demo could assess: active, with a plan and an atasan
/// langsung.
fn assessable(d: &Demo) -> HashSet<usize> {
    d.skp
        .plans
        .iter()
        .map(|p| p.staff)
        .filter(|&i| d.gov.batch.staff[i].supervisor.is_some())
        .collect()
}

#[test]
fn stored_predikat_follow_the_matrix_and_departures_carry_a_reason() {
    let d = demo(DEFAULT_STAFF, 42, november());
    let (store, loaded) = load(&d);
    let ids: &[StaffId] = &loaded.staff_ids;
    let mut departures = 0;
    for a in &d.batch.assessments {
        let stored = store
            .assessment(ids[a.staff], 2026, a.period)
            .unwrap()
            .expect("loaded");
        assert_eq!(stored.input.assessor_id, ids[a.assessor]);
        assert_eq!(
            Some(stored.input.assessor_id),
            store.get_staff(ids[a.staff]).unwrap().fields.supervisor_id,
            "the assessor is the atasan langsung"
        );
        let (h, p) = (stored.input.rating_result, stored.input.rating_behaviour);
        assert_eq!(stored.predicate, h.zip(p).map(|(h, p)| predicate(h, p)));
        assert_eq!(stored.input.suggested, a.suggested);
        let chosen = h.expect("the demo always has the rating hasil kerja");
        check_reason(stored.input.suggested, chosen, &stored.input.reason)
            .unwrap_or_else(|e| panic!("{:?} → {chosen:?}: {e:?}", stored.input.suggested));
        if stored.input.suggested.is_some_and(|s| s != chosen) {
            departures += 1;
            assert!(!stored.input.reason.is_empty());
        } else {
            assert_eq!(stored.input.reason, "", "a reason only with a departure");
        }
        assert_eq!(
            stored.state == AssessmentState::Final,
            a.finalized_at.is_some()
        );
        if stored.state == AssessmentState::Final {
            assert!(p.is_some());
            assert_eq!(
                stored.finalized_by.as_deref(),
                Some(store.actor().os_user.as_str())
            );
            assert!(stored.finalized_at.is_some());
        }
        assert_eq!(stored.input.values, a.values);
        assert_eq!(stored.input.feedback, a.feedback);
    }
    let share = departures as f64 / d.batch.assessments.len() as f64;
    assert!(departures > 0 && share < 0.1, "{departures} departures");
    // One audit row for the whole load.
    assert_eq!(store.audit_trail("assessments", "demo").unwrap().len(), 1);
}

#[test]
fn the_latest_quarter_mixes_final_draft_and_missing_and_earlier_ones_are_mostly_final() {
    let d = demo(DEFAULT_STAFF, 42, november());
    let people = assessable(&d);
    let mut by_quarter: HashMap<u8, (usize, usize, usize)> = HashMap::new();
    for a in &d.batch.assessments {
        assert!(people.contains(&a.staff));
        let e = by_quarter.entry(a.period.number()).or_default();
        match (a.finalized_at.is_some(), a.rating_behaviour.is_some()) {
            (true, _) => e.0 += 1,
            (false, true) => e.1 += 1,
            (false, false) => e.2 += 1,
        }
    }
    let n = people.len();
    eprintln!("{n} assessable, by quarter (final, draft, draft without perilaku): {by_quarter:?}");
    for quarter in [1, 2] {
        let (finals, drafts, partial) = by_quarter[&quarter];
        assert!(finals * 100 >= n * 85, "Q{quarter}: {finals} final of {n}");
        assert!(finals + drafts + partial < n);
    }
    let (finals, drafts, partial) = by_quarter[&3];
    let missing = n - finals - drafts - partial;
    assert!(finals > 0 && drafts > 0 && partial > 0);
    assert!(
        missing * 100 >= n * 10 && missing * 100 <= n * 20,
        "{missing} of {n} missing"
    );
    assert!(
        !by_quarter.contains_key(&4),
        "no assessment of a quarter to come"
    );
}

#[test]
fn the_spread_of_predikat_is_realistic() {
    let d = demo(DEFAULT_STAFF, 42, november());
    let mut count: HashMap<Predicate, usize> = HashMap::new();
    let mut behaviour: HashMap<Rating, usize> = HashMap::new();
    let mut suggested: HashMap<Option<Rating>, usize> = HashMap::new();
    for a in &d.batch.assessments {
        *suggested.entry(a.suggested).or_default() += 1;
        if let (Some(h), Some(p)) = (a.rating_result, a.rating_behaviour) {
            *count.entry(predicate(h, p)).or_default() += 1;
            *behaviour.entry(p).or_default() += 1;
        }
    }
    let total: usize = count.values().sum();
    let share = |p| count.get(&p).copied().unwrap_or(0) as f64 / total as f64;
    eprintln!("predikat of {total}: {count:?}; perilaku: {behaviour:?}; suggested: {suggested:?}");
    assert!(share(Predicate::Baik) > 0.5, "mostly Baik");
    assert!(
        share(Predicate::SangatBaik) >= 0.04,
        "a fair share of Sangat Baik"
    );
    assert!(
        share(Predicate::ButuhPerbaikan) >= 0.04,
        "some Butuh Perbaikan"
    );
    assert!(share(Predicate::SangatBaik) < share(Predicate::Baik));
    assert!(share(Predicate::KurangMisconduct) < 0.05);
    assert!(share(Predicate::SangatKurang) < 0.02);
    assert!(
        behaviour[&Rating::Meets] * 2 > total,
        "perilaku mostly Sesuai"
    );
}

#[test]
fn the_stored_suggestion_is_the_one_the_assessment_queue_shows() {
    let d = demo(DEFAULT_STAFF, 42, november());
    let (store, loaded) = load(&d);
    let ids: &[StaffId] = &loaded.staff_ids;
    let index: HashMap<StaffId, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let stored: HashMap<(usize, u8), Option<Rating>> = d
        .batch
        .assessments
        .iter()
        .map(|a| ((a.staff, a.period.number()), a.suggested))
        .collect();
    let mut compared = 0;
    let mut by_led_unit = 0;
    for quarter in 1..=3 {
        let rows = store
            .assessment_queue(&QueueFilter {
                year: 2026,
                period: period(quarter),
                scope: QueueScope::Unit(None),
                show: QueueShow::All,
            })
            .unwrap();
        for row in rows {
            if let Some(s) = stored.get(&(index[&row.staff_id], quarter)) {
                assert_eq!(*s, row.suggestion.map(|s| s.rating), "{}", row.name);
                compared += 1;
                if let Some(crate::domain::suggestion::Suggestion {
                    basis: crate::domain::suggestion::SuggestionBasis::LedUnit(_),
                    ..
                }) = row.suggestion
                {
                    by_led_unit += 1;
                }
            }
        }
    }
    assert_eq!(compared, d.batch.assessments.len());
    assert!(by_led_unit > 0, "heads of graded units follow their unit");
}

#[test]
fn a_few_perangkat_daerah_have_a_predikat_organisasi() {
    let d = demo(DEFAULT_STAFF, 42, november());
    let (store, loaded) = load(&d);
    let units = &d.gov.batch.units;
    let graded: HashSet<usize> = d.batch.unit_predicates.iter().map(|u| u.unit).collect();
    assert_eq!(graded.len(), GRADED_UNITS);
    assert_eq!(d.batch.unit_predicates.len(), GRADED_UNITS * 3);
    let mut count: HashMap<UnitPredicate, usize> = HashMap::new();
    for u in &d.batch.unit_predicates {
        assert_eq!(units[u.unit].fields.kind, UnitKind::Agency);
        *count.entry(u.predicate).or_default() += 1;
        let record = store
            .unit_predicate(loaded.unit_ids[u.unit], 2026, u.period)
            .unwrap()
            .expect("stored");
        assert_eq!(record.predicate, Some(u.predicate));
        assert_eq!(record.set_by, store.actor().os_user);
        assert!(record.set_at.starts_with("2026-"), "{}", record.set_at);
        // The head of the unit is recorded, so the leader's suggestion
        // follows the unit.
        let head = store
            .get_unit(loaded.unit_ids[u.unit])
            .unwrap()
            .fields
            .head_id;
        assert_eq!(head, units[u.unit].head.map(|h| loaded.staff_ids[h]));
        assert!(head.is_some());
    }
    eprintln!("predikat organisasi: {count:?}");
    assert_eq!(count.get(&UnitPredicate::ButuhPerbaikan), Some(&1));
    assert!(
        count[&UnitPredicate::Baik] > count.get(&UnitPredicate::Istimewa).copied().unwrap_or(0)
    );
    assert!(count.contains_key(&UnitPredicate::Istimewa));
    // The distribution check of a graded unit has data to count.
    let u = d.batch.unit_predicates[0];
    let counts = store
        .predicate_counts(loaded.unit_ids[u.unit], 2026, u.period)
        .unwrap();
    assert!(counts.total() > 0);
}

#[test]
fn a_final_quarter_locks_its_actuals_and_a_draft_does_not() {
    let d = demo(DEFAULT_STAFF, 42, november());
    let (mut store, loaded) = load(&d);
    let ids: &[StaffId] = &loaded.staff_ids;
    let with_actual = |store: &Store, staff: usize, quarter: Quarter| {
        let plan = store.plan(ids[staff], 2026).unwrap().unwrap();
        let ind = plan
            .results
            .iter()
            .flat_map(|r| &r.indicators)
            .find(|i| store.actual(i.id, quarter).unwrap().is_some())?
            .id;
        Some((ind, store.actual(ind, quarter).unwrap().unwrap()))
    };
    let input = ActualInput {
        value: Some(Decimal::parse("7").unwrap()),
        evidence: "Laporan ulang".into(),
        feedback: String::new(),
    };
    let final_one = d
        .batch
        .assessments
        .iter()
        .filter(|a| a.finalized_at.is_some())
        .find_map(|a| {
            let qr = a.period.quarter().unwrap();
            with_actual(&store, a.staff, qr).map(|x| (qr, x))
        })
        .expect("a final assessment with an actual");
    let (quarter, (ind, actual)) = final_one;
    let err = store
        .save_actual(ind, quarter, Some(actual.version), &input)
        .unwrap_err();
    assert!(matches!(err, StoreError::PeriodFinal { .. }), "{err:?}");

    let draft = d
        .batch
        .assessments
        .iter()
        .filter(|a| a.finalized_at.is_none())
        .find_map(|a| {
            let qr = a.period.quarter().unwrap();
            with_actual(&store, a.staff, qr).map(|x| (qr, x))
        })
        .expect("a draft with an actual");
    let (quarter, (ind, actual)) = draft;
    store
        .save_actual(ind, quarter, Some(actual.version), &input)
        .unwrap();
}

#[test]
fn the_same_seed_and_date_give_the_same_assessments() {
    let a = demo(120, 5, november());
    let b = demo(120, 5, november());
    assert_eq!(a.batch, b.batch);
    let c = demo(120, 6, november());
    assert_ne!(a.batch, c.batch);
    let e = demo(120, 5, NaiveDate::from_ymd_opt(2026, 8, 3).unwrap());
    assert!(e.batch.assessments.iter().all(|x| x.period.number() <= 2));
}

#[test]
fn dates_lie_after_the_quarter_and_before_the_reference_date() {
    // A Sunday in November; just after quarter I; the Monday after
    // quarter II ended; the day after a quarter that ended on a Sunday.
    for date in [
        november(),
        NaiveDate::from_ymd_opt(2026, 4, 2).unwrap(),
        NaiveDate::from_ymd_opt(2026, 7, 6).unwrap(),
        NaiveDate::from_ymd_opt(2024, 4, 1).unwrap(),
    ] {
        let d = demo(DEFAULT_STAFF, 42, date);
        let today = date.and_hms_opt(0, 0, 0).unwrap().and_utc();
        let dates = Dates {
            year: date.year(),
            today: date,
        };
        for a in &d.batch.assessments {
            let end = dates.quarter_end(a.period.quarter().unwrap());
            let ended = (end - chrono::Days::new(3))
                .and_hms_opt(0, 0, 0)
                .unwrap()
                .and_utc();
            for at in std::iter::once(a.saved_at).chain(a.finalized_at) {
                assert!(at < today && at > ended, "{at} ({date})");
                // Office hours on a working day in Banyumas (WIB, UTC+7).
                let local = (at + chrono::Duration::hours(7)).naive_utc();
                assert!((7..16).contains(&local.hour()), "{local}");
                assert!(local.weekday().num_days_from_monday() < 5, "{local}");
            }
            assert!(a.finalized_at.is_none_or(|f| a.saved_at <= f));
        }
        for u in &d.batch.unit_predicates {
            assert!(u.set_at < today);
        }
    }
}

#[test]
fn in_the_first_quarter_nothing_is_assessed_yet() {
    let d = demo(
        DEFAULT_STAFF,
        42,
        NaiveDate::from_ymd_opt(2026, 2, 10).unwrap(),
    );
    assert!(d.batch.assessments.is_empty());
    assert!(d.batch.unit_predicates.is_empty());
    load(&d);
}

#[test]
fn the_loader_refuses_a_wrong_assessor_or_a_final_without_reason() {
    let d = demo(60, 3, november());
    let mut store = Store::open_in_memory(&OpenOptions::default()).unwrap();
    let loaded = store.load_batch(&d.gov.batch, "demo").unwrap();
    store.load_plans(&d.skp, &loaded.staff_ids, "demo").unwrap();
    let load = |store: &mut Store, batch: &AssessmentBatch| {
        store.load_assessments(batch, &loaded.staff_ids, &loaded.unit_ids, "demo")
    };

    // Someone other than the atasan langsung.
    let mut wrong = d.batch.clone();
    let last = wrong.assessments.len() - 1;
    let a = &mut wrong.assessments[last];
    a.assessor = (0..d.gov.batch.staff.len())
        .find(|&i| i != a.staff && Some(i) != d.gov.batch.staff[a.staff].supervisor)
        .unwrap();
    let err = load(&mut store, &wrong).unwrap_err();
    assert!(matches!(err, StoreError::Denied { .. }), "{err:?}");

    // A final departure from the suggestion without a reason.
    let mut unexplained = d.batch.clone();
    let a = unexplained
        .assessments
        .iter_mut()
        .find(|a| a.finalized_at.is_some() && a.suggested.is_some())
        .unwrap();
    a.rating_result = Some(match a.suggested.unwrap() {
        Rating::Above => Rating::Below,
        _ => Rating::Above,
    });
    a.reason = "ok".into();
    let err = load(&mut store, &unexplained).unwrap_err();
    assert!(matches!(err, StoreError::Invalid { .. }), "{err:?}");

    // Nothing was written; the batch itself loads.
    let first = &d.batch.assessments[0];
    let id = loaded.staff_ids[first.staff];
    assert!(store.assessment(id, 2026, first.period).unwrap().is_none());
    assert_eq!(store.audit_trail("assessments", "demo").unwrap().len(), 0);
    load(&mut store, &d.batch).unwrap();
}

/// A row that breaks the CHECK constraint on `rating_result`.
fn insert_bogus_rating(
    store: &Store,
    staff: StaffId,
    assessor: StaffId,
) -> crate::store::Result<usize> {
    store.execute_raw_for_tests(&format!(
        "INSERT INTO assessment(staff_id, year, period, assessor_id, rating_result,
            created_at, created_by, updated_at, updated_by)
         VALUES ({staff}, 2025, 1, {assessor}, 'luar_biasa', 'x', 'x', 'x', 'x')"
    ))
}

#[test]
fn the_loader_leaves_the_check_constraints_on_after_success_and_failure() {
    let d = demo(60, 3, november());
    let mut store = Store::open_in_memory(&OpenOptions::default()).unwrap();
    let loaded = store.load_batch(&d.gov.batch, "demo").unwrap();
    store.load_plans(&d.skp, &loaded.staff_ids, "demo").unwrap();
    let a = &d.batch.assessments[0];
    let (staff, assessor) = (loaded.staff_ids[a.staff], loaded.staff_ids[a.assessor]);

    // A failure in the middle of the inserts (an index out of range).
    let mut broken = d.batch.clone();
    let n = broken.assessments.len();
    broken.assessments[n / 2].assessor = usize::MAX;
    let err = store
        .load_assessments(&broken, &loaded.staff_ids, &loaded.unit_ids, "demo")
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "{err:?}");
    assert!(insert_bogus_rating(&store, staff, assessor).is_err());

    store
        .load_assessments(&d.batch, &loaded.staff_ids, &loaded.unit_ids, "demo")
        .unwrap();
    assert!(insert_bogus_rating(&store, staff, assessor).is_err());
    // The check is what refuses it: a valid rating goes in.
    store
        .execute_raw_for_tests(&format!(
            "INSERT INTO assessment(staff_id, year, period, assessor_id, rating_result,
                created_at, created_by, updated_at, updated_by)
             VALUES ({staff}, 2025, 1, {assessor}, 'sesuai', 'x', 'x', 'x', 'x')"
        ))
        .unwrap();
}
