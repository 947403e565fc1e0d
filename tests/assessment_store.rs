//! Assessments in the store: drafts, finalising, reopening, and the lock
//! that a final assessment puts on the quarter's actuals.

mod common;

use common::*;
use kinerja::domain::number::Decimal;
use kinerja::domain::period::Quarter;
use kinerja::domain::rating::{AssessmentPeriod, Predicate, Rating};
use kinerja::domain::role::Role;
use kinerja::store::actual::{ActualInput, GridFilter};
use kinerja::store::assessment::AssessmentInput;
use kinerja::store::{Store, StoreError};

fn q(n: u8) -> Quarter {
    Quarter::new(n).unwrap()
}

fn period(n: u8) -> AssessmentPeriod {
    AssessmentPeriod::Quarter(q(n))
}

/// Ipul (supervised by the kabid) with one indicator.
fn setup(s: &mut Store, fx: &Fixture) -> i64 {
    one_indicator_plan(s, fx.ipul)
}

fn input(fx: &Fixture, hasil: Option<Rating>, perilaku: Option<Rating>) -> AssessmentInput {
    AssessmentInput {
        assessor_id: fx.kabid,
        rating_result: hasil,
        rating_behaviour: perilaku,
        ..Default::default()
    }
}

fn value(v: &str) -> ActualInput {
    ActualInput {
        value: Some(Decimal::parse(v).unwrap()),
        ..Default::default()
    }
}

#[test]
fn final_needs_both_ratings_and_a_reason_for_a_departure() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    setup(&mut s, &fx);
    let a = s
        .save_assessment(
            fx.ipul,
            2026,
            period(3),
            None,
            &input(&fx, Some(Rating::Above), None),
        )
        .unwrap();
    assert_eq!(a.predicate, None);
    let err = s
        .finalize_assessment(fx.ipul, 2026, period(3), a.version)
        .unwrap_err();
    match &err {
        StoreError::Invalid { errors } => assert_eq!(errors[0].field, "rating_behaviour"),
        other => panic!("{other:?}"),
    }
    // Both ratings, but Above where Meets was suggested, without a reason.
    let mut i = input(&fx, Some(Rating::Above), Some(Rating::Above));
    i.suggested = Some(Rating::Meets);
    let a = s
        .save_assessment(fx.ipul, 2026, period(3), Some(a.version), &i)
        .unwrap();
    assert_eq!(a.predicate, Some(Predicate::SangatBaik));
    let err = s
        .finalize_assessment(fx.ipul, 2026, period(3), a.version)
        .unwrap_err();
    assert!(matches!(&err, StoreError::Invalid { errors } if errors[0].field == "rating_reason"));
    i.reason = "Menyelesaikan dua laporan tambahan di luar target".into();
    let a = s
        .save_assessment(fx.ipul, 2026, period(3), Some(a.version), &i)
        .unwrap();
    let a = s
        .finalize_assessment(fx.ipul, 2026, period(3), a.version)
        .unwrap();
    assert_eq!(a.finalized_by.as_deref(), Some("admin1"));
    // A final assessment cannot be saved over.
    let err = s
        .save_assessment(fx.ipul, 2026, period(3), Some(a.version), &i)
        .unwrap_err();
    assert!(matches!(err, StoreError::PeriodFinal { .. }));
}

#[test]
fn a_final_quarter_locks_its_actuals_until_an_admin_reopens_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    let mut s = Store::open(&path, &options("admin1")).unwrap();
    let fx = fixture(&mut s);
    let ind = setup(&mut s, &fx);
    s.set_user("op", Role::Operator, None).unwrap();
    let a = s
        .save_assessment(
            fx.ipul,
            2026,
            period(3),
            None,
            &input(&fx, Some(Rating::Meets), Some(Rating::Meets)),
        )
        .unwrap();
    let a = s
        .finalize_assessment(fx.ipul, 2026, period(3), a.version)
        .unwrap();
    let mut op = Store::open(&path, &options("op")).unwrap();
    let err = op.save_actual(ind, q(3), None, &value("3")).unwrap_err();
    assert!(
        matches!(&err, StoreError::PeriodFinal { who, .. } if who == "admin1"),
        "{err:?}"
    );
    assert!(err.to_string().contains("admin1"), "{err}");
    // Another quarter is open.
    op.save_actual(ind, q(2), None, &value("3")).unwrap();
    // The grid marks the row.
    let rows = op
        .grid(&GridFilter {
            year: 2026,
            quarter: q(3),
            unit: None,
            only_empty: false,
        })
        .unwrap();
    assert_eq!(rows[0].locked.as_ref().unwrap().0, "admin1");
    // Reopening: not by an operator, not without a reason.
    assert!(matches!(
        op.reopen_assessment(fx.ipul, 2026, period(3), a.version, "salah input"),
        Err(StoreError::Permission { .. })
    ));
    assert!(matches!(
        s.reopen_assessment(fx.ipul, 2026, period(3), a.version, "  "),
        Err(StoreError::Invalid { .. })
    ));
    s.reopen_assessment(fx.ipul, 2026, period(3), a.version, "Salah input rating")
        .unwrap();
    op.save_actual(ind, q(3), None, &value("3")).unwrap();
    let trail = s.audit_trail("assessment", &a.id.to_string()).unwrap();
    let actions: Vec<_> = trail.iter().map(|t| t.action.as_str()).collect();
    assert_eq!(actions, ["save", "finalize", "reopen"]);
    assert!(
        trail[2]
            .after
            .as_deref()
            .unwrap()
            .contains("Salah input rating")
    );
}

#[test]
fn who_may_assess_whom() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    let mut s = Store::open(&path, &options("admin1")).unwrap();
    let fx = fixture(&mut s);
    // The kabid as a supervisor user.
    s.set_user("luh", Role::Supervisor, Some(fx.kabid)).unwrap();
    let mut luh = Store::open(&path, &options("luh")).unwrap();
    // Her own subordinate: fine.
    luh.save_assessment(
        fx.ipul,
        2026,
        period(3),
        None,
        &input(&fx, Some(Rating::Meets), None),
    )
    .unwrap();
    // Herself: refused.
    let mut me = input(&fx, None, None);
    me.assessor_id = fx.kabid;
    assert!(matches!(
        luh.save_assessment(fx.kabid, 2026, period(3), None, &me),
        Err(StoreError::Denied { .. })
    ));
    // Someone who is not her subordinate (Budi reports to the kadis).
    assert!(matches!(
        luh.save_assessment(fx.budi, 2026, period(3), None, &input(&fx, None, None)),
        Err(StoreError::Denied { .. })
    ));
    // An operator enters on the kadis's behalf.
    s.set_user("op", Role::Operator, None).unwrap();
    let mut op = Store::open(&path, &options("op")).unwrap();
    let mut on_behalf = input(&fx, Some(Rating::Meets), Some(Rating::Meets));
    on_behalf.assessor_id = fx.kadis;
    let a = op
        .save_assessment(fx.budi, 2026, period(3), None, &on_behalf)
        .unwrap();
    assert_eq!(a.input.assessor_id, fx.kadis);
    assert_eq!(a.updated_by, "op");
}

#[test]
fn two_people_finalising_the_same_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    let mut s = Store::open(&path, &options("admin1")).unwrap();
    let fx = fixture(&mut s);
    s.set_user("op", Role::Operator, None).unwrap();
    let a = s
        .save_assessment(
            fx.ipul,
            2026,
            period(2),
            None,
            &input(&fx, Some(Rating::Meets), Some(Rating::Meets)),
        )
        .unwrap();
    let mut op = Store::open(&path, &options("op")).unwrap();
    op.finalize_assessment(fx.ipul, 2026, period(2), a.version)
        .unwrap();
    let err = s
        .finalize_assessment(fx.ipul, 2026, period(2), a.version)
        .unwrap_err();
    assert!(matches!(err, StoreError::PeriodFinal { .. }), "{err:?}");
}
