//! The summary per unit: the per-person rollup kept by every write, and
//! the unit tree with its subtrees rolled up.

mod common;

use common::*;
use kinerja::domain::number::Decimal;
use kinerja::domain::period::Quarter;
use kinerja::domain::rating::{AssessmentPeriod, Predicate, Rating};
use kinerja::domain::staff::InactiveReason;
use kinerja::store::Store;
use kinerja::store::actual::ActualInput;
use kinerja::store::assessment::AssessmentInput;
use kinerja::store::evaluation::{QueueFilter, QueueScope, QueueShow};
use kinerja::store::summary::UnitSummary;

fn q(n: u8) -> AssessmentPeriod {
    AssessmentPeriod::Quarter(Quarter::new(n).unwrap())
}

fn unit(rows: &[UnitSummary], id: i64) -> &UnitSummary {
    rows.iter()
        .find(|u| u.unit_id == id)
        .expect("unit in summary")
}

fn actual(s: &mut Store, ind: i64, quarter: u8, v: &str) {
    let quarter = Quarter::new(quarter).unwrap();
    let seen = s.actual(ind, quarter).unwrap().map(|a| a.version);
    s.save_actual(
        ind,
        quarter,
        seen,
        &ActualInput {
            value: Some(Decimal::parse(v).unwrap()),
            ..Default::default()
        },
    )
    .unwrap();
}

#[test]
fn the_tree_rolls_up_staff_plans_actuals_and_assessments() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let ind = one_indicator_plan(&mut s, fx.ipul); // 3 a quarter
    actual(&mut s, ind, 3, "3");
    s.create_plan(fx.siti, 2026).unwrap(); // a plan without indicators
    let rows = s.summary(2026, q(3)).unwrap();
    // Tree order: the government first, each parent before its children.
    assert_eq!(rows[0].unit_id, fx.root);
    assert_eq!(rows[0].depth, 0);
    let seksi = unit(&rows, fx.seksi);
    assert_eq!(seksi.depth, 3);
    assert!(!seksi.has_children);
    assert_eq!(
        (seksi.own.active, seksi.own.with_plan, seksi.own.complete),
        (1, 1, 1)
    );
    assert_eq!(seksi.own.mean_achievement().unwrap().format_id(), "100");
    let dinsos = unit(&rows, fx.dinsos);
    // Kadis, Budi (own); kabid, Siti (bidang); Ipul (seksi). Sukarni left
    // in February: not active, and not excluded from triwulan III.
    assert_eq!(dinsos.own.active, 2);
    assert_eq!(dinsos.total.active, 5);
    assert_eq!(dinsos.total.with_plan, 2);
    assert_eq!(
        dinsos.total.complete, 1,
        "a plan with no indicators is not complete"
    );
    assert_eq!(dinsos.total.excluded_total(), 0);
    assert_eq!(
        unit(&rows, fx.root).total.active,
        6,
        "with Andi of the puskesmas"
    );
    // For the year, Sukarni's retirement in February counts apart.
    let year = s.summary(2026, AssessmentPeriod::Year).unwrap();
    let dinsos_year = unit(&year, fx.dinsos);
    assert_eq!(
        dinsos_year.total.excluded.get(&InactiveReason::Retired),
        Some(&1)
    );
    // The year's capaian: 3 of 12 so far.
    assert_eq!(
        unit(&year, fx.seksi)
            .own
            .mean_achievement()
            .unwrap()
            .format_id(),
        "25"
    );

    // An assessment shows in the counts at once, drafts included.
    let a = s
        .save_assessment(
            fx.ipul,
            2026,
            q(3),
            None,
            &AssessmentInput {
                assessor_id: fx.kabid,
                rating_result: Some(Rating::Above),
                rating_behaviour: Some(Rating::Above),
                suggested: Some(Rating::Meets),
                reason: "Dua laporan tambahan".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let rows = s.summary(2026, q(3)).unwrap();
    let dinsos = unit(&rows, fx.dinsos);
    assert_eq!((dinsos.total.assessed, dinsos.total.finals), (1, 0));
    assert_eq!(dinsos.total.predicates.get(Predicate::SangatBaik), 1);
    s.finalize_assessment(fx.ipul, 2026, q(3), a.version)
        .unwrap();
    assert_eq!(
        unit(&s.summary(2026, q(3)).unwrap(), fx.dinsos)
            .total
            .finals,
        1
    );

    // Archiving the indicator empties the period; the plan stays.
    let v = s.get_indicator(ind).unwrap().version;
    s.archive_indicator(ind, v).unwrap();
    let rows = s.summary(2026, q(3)).unwrap();
    let seksi = unit(&rows, fx.seksi);
    assert_eq!((seksi.own.with_plan, seksi.own.complete), (1, 0));
    assert_eq!(seksi.own.mean_achievement(), None);
    // A unit without staff has zeros, not errors.
    let dinkes = unit(&rows, fx.dinkes);
    assert_eq!(dinkes.own.active, 0);
    assert_eq!(dinkes.own.mean_achievement(), None);
}

#[test]
fn the_rollup_agrees_with_the_assessment_queue_on_a_demo() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.sqlite");
    let s = demo_db(&path, 300, 7);
    for period in [q(1), q(3), q(4), AssessmentPeriod::Year] {
        let rows = s
            .assessment_queue(&QueueFilter {
                year: 2026,
                period,
                scope: QueueScope::Unit(None),
                show: QueueShow::All,
            })
            .unwrap();
        assert!(rows.len() > 250);
        for r in rows {
            let st = s.standing(r.staff_id, 2026, period).unwrap();
            match st {
                None => assert!(!r.has_plan),
                Some(st) => {
                    assert_eq!((st.total, st.filled), (r.total, r.filled));
                    assert_eq!(st.counted, r.average.counted as u64);
                    let exact = r
                        .average
                        .average
                        .map(|a| a.round_dp(4).unwrap().to_decimal().unwrap());
                    assert_eq!(st.average, exact);
                }
            }
        }
    }
}

/// What the summary should say of a set of people, from the assessment
/// queue: (active, with plan, complete, assessed, final, predikat counts,
/// capaian sum and count).
fn from_queue(
    rows: &[kinerja::store::evaluation::QueueRow],
) -> (u64, u64, u64, u64, u64, [u64; 5], i128, u64) {
    use kinerja::domain::evaluation::AssessmentState;
    let mut t = (0, 0, 0, 0, 0, [0u64; 5], 0i128, 0u64);
    for r in rows {
        t.0 += 1;
        if r.has_plan {
            t.1 += 1;
            t.2 += u64::from(r.total > 0 && r.filled >= r.total);
            if let Some(a) = r.average.average {
                t.6 += i128::from(a.round_dp(4).unwrap().to_decimal().unwrap().units());
                t.7 += 1;
            }
        }
        if let Some((state, predicate)) = r.assessment {
            t.3 += 1;
            t.4 += u64::from(state == AssessmentState::Final);
            if let Some(p) = predicate {
                t.5[p.index()] += 1;
            }
        }
    }
    t
}

#[test]
fn every_unit_of_a_demo_agrees_with_the_assessment_queue_and_its_quarters() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.sqlite");
    let s = demo_db(&path, 300, 11);
    for period in [q(2), q(3), AssessmentPeriod::Year] {
        let rows = s.summary(2026, period).unwrap();
        assert!(rows.len() > 10);
        if period == q(3) {
            let root = &rows[0].total;
            assert!(root.finals > 0 && root.assessed > root.finals, "{root:?}");
            assert!(root.achievement_n > 0 && root.predicates.total() > 0);
        }
        for u in &rows {
            let queue = s
                .assessment_queue(&QueueFilter {
                    year: 2026,
                    period,
                    scope: QueueScope::Unit(Some(u.unit_id)),
                    show: QueueShow::All,
                })
                .unwrap();
            let t = &u.total;
            assert_eq!(
                (
                    t.active,
                    t.with_plan,
                    t.complete,
                    t.assessed,
                    t.finals,
                    t.predicates.as_array(),
                    t.achievement_sum,
                    t.achievement_n
                ),
                from_queue(&queue),
                "{} in {period:?}",
                u.name
            );
        }
    }
    // Each unit's quarters are the four quarters' summaries of it.
    let quarters: Vec<Vec<UnitSummary>> = (1..=4).map(|n| s.summary(2026, q(n)).unwrap()).collect();
    for u in &quarters[0] {
        let got = s.unit_quarters(u.unit_id, 2026).unwrap();
        for (i, rows) in quarters.iter().enumerate() {
            let want = &unit(rows, u.unit_id).total;
            let g = &got[i];
            assert_eq!(
                (g.active, g.with_plan, g.complete, g.assessed, g.finals),
                (
                    want.active,
                    want.with_plan,
                    want.complete,
                    want.assessed,
                    want.finals
                ),
                "{} in triwulan {}",
                u.name,
                i + 1
            );
        }
    }
}

#[test]
fn a_bulk_load_of_plans_computes_the_standings_and_leaves_the_triggers_on() {
    use kinerja::demo::{DemoOptions, generate, plans};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.sqlite");
    let opts = DemoOptions {
        staff: 120,
        seed: 5,
        reference_date: today(),
    };
    let gov = generate(&opts).unwrap();
    let mut s = Store::open(&path, &options("admin1")).unwrap();
    let loaded = s.load_batch(&gov.batch, "demo").unwrap();
    let skp = plans(&gov, &opts);
    s.load_plans(&skp, &loaded.staff_ids, "demo").unwrap();
    // The bulk loader turns the triggers off while it inserts; the only
    // ones it skips must be the rollup's, which it stands in for.
    s.execute_raw_for_tests("CREATE TEMP TABLE skipped(name TEXT)")
        .unwrap();
    let others = s
        .execute_raw_for_tests(
            "INSERT INTO skipped SELECT name FROM sqlite_schema WHERE type = 'trigger'
             AND tbl_name IN ('plan', 'planned_result', 'indicator', 'actual')
             AND name NOT LIKE 'rollup!_%' ESCAPE '!'",
        )
        .unwrap();
    assert_eq!(others, 0, "a trigger the bulk loader of plans would skip");

    // Every loaded person has a standing for the year.
    let person = loaded.staff_ids[skp.plans[0].staff];
    let year = s.standing(person, 2026, AssessmentPeriod::Year).unwrap();
    assert!(year.is_some_and(|y| y.total > 0), "{year:?}");

    // A second load fails (everyone has a plan already), and the
    // triggers are on again afterwards: a saved cell moves the standing.
    assert!(s.load_plans(&skp, &loaded.staff_ids, "again").is_err());
    let ind = s.plan(person, 2026).unwrap().unwrap().results[0].indicators[0].id;
    let before = s.standing(person, 2026, q(4)).unwrap().unwrap();
    assert!(s.actual(ind, Quarter::new(4).unwrap()).unwrap().is_none());
    actual(&mut s, ind, 4, "1");
    let after = s.standing(person, 2026, q(4)).unwrap().unwrap();
    assert_eq!(after.filled, before.filled + 1);
}
