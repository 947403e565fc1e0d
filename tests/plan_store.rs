//! SKP plans and actuals in the store: round trips and refusals.

mod common;

use common::*;
use kinerja::domain::number::Decimal;
use kinerja::domain::period::Quarter;
use kinerja::domain::plan::{
    Aspect, IndicatorDraft, IndicatorFields, PlannedResultFields, ResultKind,
};
use kinerja::domain::role::Role;
use kinerja::store::actual::{ActualInput, GridFilter, Progress};
use kinerja::store::plan::Move;
use kinerja::store::{Store, StoreError};

fn indicator(text: &str, satuan: &str, target: &str) -> IndicatorFields {
    IndicatorDraft {
        text: text.into(),
        satuan: satuan.into(),
        target: target.into(),
        aspect: Some(if satuan == "%" {
            Aspect::Quality
        } else {
            Aspect::Quantity
        }),
        ..Default::default()
    }
    .validate()
    .unwrap()
}

fn result(text: &str, parent: Option<i64>) -> PlannedResultFields {
    PlannedResultFields {
        text: text.into(),
        kind: ResultKind::Main,
        parent_id: parent,
    }
}

fn q(n: u8) -> Quarter {
    Quarter::new(n).unwrap()
}

fn dec(s: &str) -> Decimal {
    Decimal::parse(s).unwrap()
}

#[test]
fn plans_round_trip_with_order_archive_and_copy() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let plan = s.create_plan(fx.ipul, 2026).unwrap();
    assert_eq!(
        s.create_plan(fx.ipul, 2026).unwrap(),
        plan,
        "one plan per person per year"
    );
    let r1 = s
        .insert_result(plan, &result("Tersusunnya laporan", None))
        .unwrap();
    let r2 = s
        .insert_result(plan, &result("Terlaksananya verifikasi", None))
        .unwrap();
    let i1 = s
        .insert_indicator(r1, &indicator("Jumlah laporan", "dokumen", "12"))
        .unwrap();
    let i2 = s
        .insert_indicator(r1, &indicator("Ketepatan waktu laporan", "%", "100%"))
        .unwrap();
    let tree = s.plan(fx.ipul, 2026).unwrap().unwrap();
    assert_eq!(
        tree.results.iter().map(|r| r.id).collect::<Vec<_>>(),
        [r1, r2]
    );
    assert_eq!(
        tree.results[0]
            .indicators
            .iter()
            .map(|i| i.id)
            .collect::<Vec<_>>(),
        [i1, i2]
    );
    assert_eq!(
        tree.results[0].indicators[0].fields,
        indicator("Jumlah laporan", "dokumen", "12")
    );

    s.move_result(r2, Move::Up).unwrap();
    s.move_indicator(i1, Move::Down).unwrap();
    let tree = s.plan(fx.ipul, 2026).unwrap().unwrap();
    assert_eq!(
        tree.results.iter().map(|r| r.id).collect::<Vec<_>>(),
        [r2, r1]
    );
    assert_eq!(
        tree.results[1]
            .indicators
            .iter()
            .map(|i| i.id)
            .collect::<Vec<_>>(),
        [i2, i1]
    );

    let v = tree.results[1].indicators[0].version;
    s.archive_indicator(i2, v).unwrap();
    let tree = s.plan(fx.ipul, 2026).unwrap().unwrap();
    assert!(
        tree.results[1].indicators[0].archived,
        "archived, not deleted"
    );

    let copy = s.copy_plan(fx.ipul, 2026, 2027).unwrap();
    assert_ne!(copy, plan);
    let next = s.plan(fx.ipul, 2027).unwrap().unwrap();
    let texts: Vec<_> = next
        .results
        .iter()
        .map(|r| r.fields.text.as_str())
        .collect();
    assert_eq!(texts, ["Terlaksananya verifikasi", "Tersusunnya laporan"]);
    assert_eq!(
        next.results[1].indicators.len(),
        1,
        "archived indicators are not copied"
    );
    let trail = s.audit_trail("indicator", &i2.to_string()).unwrap();
    assert_eq!(trail.last().unwrap().action, "archive");
}

#[test]
fn a_parent_must_come_from_the_supervisors_plan_of_the_same_year() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    // ipul's supervisor is kabid; siti's plan is not his supervisor's.
    let kabid_plan = s.create_plan(fx.kabid, 2026).unwrap();
    let kabid_result = s
        .insert_result(kabid_plan, &result("Meningkatnya layanan", None))
        .unwrap();
    let siti_plan = s.create_plan(fx.siti, 2026).unwrap();
    let siti_result = s
        .insert_result(siti_plan, &result("Penyuluhan", None))
        .unwrap();
    let old = s.create_plan(fx.kabid, 2025).unwrap();
    let old_result = s.insert_result(old, &result("Tahun lalu", None)).unwrap();
    let plan = s.create_plan(fx.ipul, 2026).unwrap();
    assert_eq!(
        s.supervisor_results(fx.ipul, 2026).unwrap(),
        [(kabid_result, "Meningkatnya layanan".to_string())]
    );
    s.insert_result(plan, &result("Laporan", Some(kabid_result)))
        .unwrap();
    for wrong in [siti_result, old_result] {
        let err = s
            .insert_result(plan, &result("Laporan", Some(wrong)))
            .unwrap_err();
        match &err {
            StoreError::Invalid { errors } => assert_eq!(errors[0].field, "result_parent"),
            other => panic!("expected a refusal, got {other:?}"),
        }
        assert!(err.to_string().contains("atasan"), "{err}");
    }
}

#[test]
fn saving_a_cell_and_a_second_operator_on_the_same_cell() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    let mut a = Store::open(&path, &options("admin1")).unwrap();
    let fx = fixture(&mut a);
    a.set_user("op2", Role::Operator, None).unwrap();
    let plan = a.create_plan(fx.ipul, 2026).unwrap();
    let r = a.insert_result(plan, &result("Laporan", None)).unwrap();
    let ind = a
        .insert_indicator(r, &indicator("Jumlah laporan", "dokumen", "12"))
        .unwrap();
    let mut b = Store::open(&path, &options("op2")).unwrap();
    // Both see the empty cell; op2 saves first.
    let saved = b
        .save_actual(
            ind,
            q(1),
            None,
            &ActualInput {
                value: Some(dec("3")),
                evidence: "ND 800/12".into(),
                feedback: String::new(),
            },
        )
        .unwrap();
    assert_eq!(saved.version, 1);
    assert_eq!(saved.updated_by, "op2");
    let err = a
        .save_actual(
            ind,
            q(1),
            None,
            &ActualInput {
                value: Some(dec("4")),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::Stale { who, .. } if who == "op2"),
        "{err:?}"
    );
    assert_eq!(a.actual(ind, q(1)).unwrap().unwrap().value, Some(dec("3")));
    // With the version seen, the update goes through and feedback is signed.
    let next = a
        .save_actual(
            ind,
            q(1),
            Some(1),
            &ActualInput {
                value: Some(dec("4")),
                evidence: "ND 800/12".into(),
                feedback: "Lengkapi lampiran".into(),
            },
        )
        .unwrap();
    assert_eq!(next.version, 2);
    assert_eq!(next.feedback_by.as_deref(), Some("admin1"));
    let trail = a.audit_trail("actual", &format!("{ind}/1")).unwrap();
    assert_eq!(trail.len(), 2);
}

#[test]
fn viewers_cannot_enter_results() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    let mut a = Store::open(&path, &options("admin1")).unwrap();
    let fx = fixture(&mut a);
    let plan = a.create_plan(fx.ipul, 2026).unwrap();
    let r = a.insert_result(plan, &result("Laporan", None)).unwrap();
    let ind = a
        .insert_indicator(r, &indicator("Jumlah", "dokumen", "4"))
        .unwrap();
    let mut v = Store::open(&path, &options("someone")).unwrap();
    assert!(matches!(
        v.save_actual(ind, q(1), None, &ActualInput::default()),
        Err(StoreError::Permission { .. })
    ));
    assert!(matches!(
        v.create_plan(fx.siti, 2026),
        Err(StoreError::Permission { .. })
    ));
}

#[test]
fn the_grid_and_its_progress() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let mut inds = Vec::new();
    for who in [fx.ipul, fx.siti, fx.sukarni] {
        let plan = s.create_plan(who, 2026).unwrap();
        let r = s.insert_result(plan, &result("Hasil", None)).unwrap();
        inds.push(
            s.insert_indicator(r, &indicator("A", "dokumen", "4"))
                .unwrap(),
        );
        inds.push(s.insert_indicator(r, &indicator("B", "%", "90%")).unwrap());
    }
    s.save_actual(
        inds[0],
        q(2),
        None,
        &ActualInput {
            value: Some(dec("1")),
            ..Default::default()
        },
    )
    .unwrap();
    let f = GridFilter {
        year: 2026,
        quarter: q(2),
        unit: Some(fx.bidang),
        only_empty: false,
    };
    let rows = s.grid(&f).unwrap();
    // Sukarni is inactive (and in Dinas Sosial, outside the bidang).
    let names: Vec<_> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Muh. Syaiful 'Ipul' A.",
            "Muh. Syaiful 'Ipul' A.",
            "Siti Aminah, S.Pd",
            "Siti Aminah, S.Pd"
        ]
    );
    assert_eq!(rows[0].actual.as_ref().unwrap().value, Some(dec("1")));
    assert!(rows[1].actual.is_none());
    assert_eq!(
        s.grid_progress(&f).unwrap(),
        Progress {
            filled: 1,
            total: 4
        }
    );
    let empty = s
        .grid(&GridFilter {
            only_empty: true,
            ..f.clone()
        })
        .unwrap();
    assert_eq!(empty.len(), 3);
    assert_eq!(
        s.grid_progress(&GridFilter {
            only_empty: true,
            ..f
        })
        .unwrap()
        .total,
        4
    );
    let p = s.plan_progress(fx.ipul, 2026).unwrap().unwrap();
    assert_eq!(
        p[1],
        Progress {
            filled: 1,
            total: 2
        }
    );
    assert_eq!(
        p[0],
        Progress {
            filled: 0,
            total: 2
        }
    );
    assert_eq!(s.plan_progress(fx.kadis, 2026).unwrap(), None);
}

#[test]
fn a_version_1_database_is_upgraded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    {
        let mut s = Store::open(&path, &options("admin1")).unwrap();
        fixture(&mut s);
        // Pretend the later tables never came: a database of version 1.
        for t in [
            "person_period",
            "rollup_dirty",
            "unit_predicate",
            "setting",
            "assessment_value",
            "assessment",
            "actual",
            "indicator",
            "planned_result",
            "plan",
        ] {
            s.execute_raw_for_tests(&format!("DROP TABLE {t}")).unwrap();
        }
        s.execute_raw_for_tests("PRAGMA user_version = 1").unwrap();
    }
    let mut s = Store::open(&path, &options("admin1")).unwrap();
    let fx_ipul = s.lookup("ipul", 1).unwrap().ids[0];
    let plan = s.create_plan(fx_ipul, 2026).unwrap();
    assert!(plan > 0);
}
