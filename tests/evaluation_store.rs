//! The assessment queue and sheet, the suggestion computed from the
//! period's capaian or the led unit's predikat organisasi, and the
//! settings behind them.

mod common;

use common::*;
use kinerja::domain::distribution::UnitPredicate;
use kinerja::domain::evaluation::{AssessmentState, EvaluationStatus};
use kinerja::domain::number::Decimal;
use kinerja::domain::period::Quarter;
use kinerja::domain::rating::{AssessmentPeriod, Predicate, Rating};
use kinerja::domain::role::Role;
use kinerja::domain::suggestion::{SuggestionBasis, SuggestionThresholds};
use kinerja::domain::unit::UnitFields;
use kinerja::store::actual::ActualInput;
use kinerja::store::assessment::AssessmentInput;
use kinerja::store::evaluation::{QueueFilter, QueueRow, QueueScope, QueueShow};
use kinerja::store::{Store, StoreError};

fn q(n: u8) -> AssessmentPeriod {
    AssessmentPeriod::Quarter(Quarter::new(n).unwrap())
}

fn actual(s: &mut Store, ind: i64, quarter: u8, v: &str, evidence: &str) {
    s.save_actual(
        ind,
        Quarter::new(quarter).unwrap(),
        None,
        &ActualInput {
            value: Some(Decimal::parse(v).unwrap()),
            evidence: evidence.into(),
            feedback: String::new(),
        },
    )
    .unwrap();
}

fn queue(s: &Store, period: AssessmentPeriod, scope: QueueScope, show: QueueShow) -> Vec<QueueRow> {
    s.assessment_queue(&QueueFilter {
        year: 2026,
        period,
        scope,
        show,
    })
    .unwrap()
}

fn names(rows: &[QueueRow]) -> Vec<&str> {
    rows.iter().map(|r| r.name.as_str()).collect()
}

fn draft(s: &mut Store, fx: &Fixture, who: i64, period: AssessmentPeriod) -> i64 {
    s.save_assessment(
        who,
        2026,
        period,
        None,
        &AssessmentInput {
            assessor_id: fx.kabid,
            rating_result: Some(Rating::Meets),
            rating_behaviour: Some(Rating::Meets),
            suggested: Some(Rating::Meets),
            ..Default::default()
        },
    )
    .unwrap()
    .version
}

#[test]
fn the_queue_of_a_supervisor_shows_capaian_suggestion_and_status() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let ind = one_indicator_plan(&mut s, fx.ipul); // 12 a year: 3 a quarter
    actual(&mut s, ind, 3, "3", "BA-03");
    let rows = queue(&s, q(3), QueueScope::Subordinates(fx.kabid), QueueShow::All);
    assert_eq!(
        names(&rows),
        ["Muh. Syaiful 'Ipul' A.", "Siti Aminah, S.Pd"]
    );
    let ipul = &rows[0];
    assert_eq!((ipul.filled, ipul.total), (1, 1));
    assert_eq!(ipul.status(), EvaluationStatus::ActualsComplete);
    assert_eq!(
        ipul.average.average.unwrap().format_id(2),
        "100,00",
        "3 of 3"
    );
    let sug = ipul.suggestion.unwrap();
    assert_eq!(sug.rating, Rating::Meets);
    assert!(matches!(sug.basis, SuggestionBasis::Achievement(_)));
    // Siti has no plan: nothing to suggest from.
    assert_eq!(rows[1].status(), EvaluationStatus::NoPlan);
    assert_eq!(rows[1].suggestion, None);

    // Triwulan II has no actual: the indicator is left out, no suggestion.
    let rows = queue(&s, q(2), QueueScope::Subordinates(fx.kabid), QueueShow::All);
    assert_eq!(rows[0].status(), EvaluationStatus::PlanSet);
    assert_eq!(rows[0].average.missing, 1);
    assert_eq!(rows[0].suggestion, None);
}

#[test]
fn the_year_aggregates_the_quarters_and_the_thresholds_are_a_setting() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let ind = one_indicator_plan(&mut s, fx.ipul);
    for quarter in 1..=3 {
        actual(&mut s, ind, quarter, "3", "");
    }
    let year = AssessmentPeriod::Year;
    let rows = queue(&s, year, QueueScope::Subordinates(fx.kabid), QueueShow::All);
    // Sum of the quarters, 9 of 12 = 75 %: below the default 90 %.
    assert_eq!((rows[0].filled, rows[0].total), (3, 4));
    assert_eq!(rows[0].average.average.unwrap().format_id(2), "75,00");
    assert_eq!(rows[0].suggestion.unwrap().rating, Rating::Below);

    // A local policy of 90/50 makes 75 % "as expected".
    let local = SuggestionThresholds {
        above_from: Decimal::parse("90").unwrap(),
        meets_from: Decimal::parse("50").unwrap(),
    };
    s.set_suggestion_thresholds(&local).unwrap();
    assert_eq!(s.suggestion_thresholds().unwrap(), local);
    let rows = queue(&s, year, QueueScope::Subordinates(fx.kabid), QueueShow::All);
    assert_eq!(rows[0].suggestion.unwrap().rating, Rating::Meets);

    // Bad thresholds are refused, naming the field; the setting stays.
    let bad = SuggestionThresholds {
        above_from: Decimal::parse("50").unwrap(),
        meets_from: Decimal::parse("90").unwrap(),
    };
    let err = s.set_suggestion_thresholds(&bad).unwrap_err();
    assert!(matches!(&err, StoreError::Invalid { errors } if errors[0].field == "above_from"));
    assert_eq!(s.suggestion_thresholds().unwrap(), local);

    // The annual sheet shows the four quarters' assessments.
    let v = draft(&mut s, &fx, fx.ipul, q(1));
    s.finalize_assessment(fx.ipul, 2026, q(1), v).unwrap();
    let sheet = s.assessment_sheet(fx.ipul, 2026, year).unwrap();
    assert_eq!(
        sheet.quarters[0].as_ref().unwrap().state,
        AssessmentState::Final
    );
    assert!(sheet.quarters[1].is_none());
    assert_eq!(sheet.rows[0].actual.unwrap().format_id(0), "9");
}

#[test]
fn the_queue_filters_by_unit_and_by_what_is_left_to_do() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    one_indicator_plan(&mut s, fx.ipul);
    let all = queue(&s, q(3), QueueScope::Unit(Some(fx.dinsos)), QueueShow::All);
    // Active staff of the subtree only (Sukarni retired).
    assert_eq!(all.len(), 5, "{:?}", names(&all));
    assert!(!names(&all).contains(&"Sukarni"));
    let v = draft(&mut s, &fx, fx.ipul, q(3));
    let not_assessed = queue(
        &s,
        q(3),
        QueueScope::Unit(Some(fx.dinsos)),
        QueueShow::NotAssessed,
    );
    assert_eq!(not_assessed.len(), 4);
    let not_final = queue(
        &s,
        q(3),
        QueueScope::Unit(Some(fx.dinsos)),
        QueueShow::NotFinal,
    );
    assert_eq!(not_final.len(), 5, "a draft is not done");
    s.finalize_assessment(fx.ipul, 2026, q(3), v).unwrap();
    let not_final = queue(
        &s,
        q(3),
        QueueScope::Unit(Some(fx.dinsos)),
        QueueShow::NotFinal,
    );
    assert_eq!(not_final.len(), 4);
    let ipul = queue(&s, q(3), QueueScope::Unit(Some(fx.seksi)), QueueShow::All);
    assert_eq!(ipul[0].status(), EvaluationStatus::Final);
    assert_eq!(ipul[0].predicate(), Some(Predicate::Baik));
    // The distribution as it stands, drafts included.
    assert_eq!(
        s.predicate_counts(fx.dinsos, 2026, q(3))
            .unwrap()
            .get(Predicate::Baik),
        1
    );
    assert_eq!(
        s.predicate_counts(fx.dinkes, 2026, q(3)).unwrap().total(),
        0
    );
}

#[test]
fn a_unit_head_is_suggested_the_rating_of_the_unit_predikat() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let ind = one_indicator_plan(&mut s, fx.kabid);
    actual(&mut s, ind, 3, "1", ""); // 33 %: below, by the indicators
    let bidang = s.get_unit(fx.bidang).unwrap();
    s.update_unit(
        fx.bidang,
        bidang.version,
        &UnitFields {
            head_id: Some(fx.kabid),
            ..bidang.fields.clone()
        },
    )
    .unwrap();
    let rows = queue(&s, q(3), QueueScope::Subordinates(fx.kadis), QueueShow::All);
    let kabid = rows.iter().find(|r| r.staff_id == fx.kabid).unwrap();
    assert_eq!(kabid.suggestion.unwrap().rating, Rating::Below);

    s.set_unit_predicate(fx.bidang, 2026, q(3), Some(UnitPredicate::Istimewa), None)
        .unwrap();
    let rows = queue(&s, q(3), QueueScope::Subordinates(fx.kadis), QueueShow::All);
    let kabid = rows.iter().find(|r| r.staff_id == fx.kabid).unwrap();
    let sug = kabid.suggestion.unwrap();
    assert_eq!(sug.rating, Rating::Above);
    assert_eq!(sug.basis, SuggestionBasis::LedUnit(UnitPredicate::Istimewa));
    let sheet = s.assessment_sheet(fx.kabid, 2026, q(3)).unwrap();
    assert_eq!(sheet.suggestion, Some(sug));
    assert_eq!(sheet.led_unit.as_ref().unwrap().0, fx.bidang);
    // Another quarter has no predikat: back to the indicators.
    let sheet = s.assessment_sheet(fx.kabid, 2026, q(2)).unwrap();
    assert!(sheet.led_unit.unwrap().2.is_none());
}

#[test]
fn the_unit_predikat_is_an_admin_record_kept_when_cleared() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    let mut s = Store::open(&path, &options("admin1")).unwrap();
    let fx = fixture(&mut s);
    s.set_user("op", Role::Operator, None).unwrap();
    let mut op = Store::open(&path, &options("op")).unwrap();
    let err = op
        .set_unit_predicate(fx.dinsos, 2026, q(3), Some(UnitPredicate::Baik), None)
        .unwrap_err();
    assert!(matches!(err, StoreError::Permission { .. }), "{err:?}");
    let err = op
        .set_suggestion_thresholds(&SuggestionThresholds::default())
        .unwrap_err();
    assert!(matches!(err, StoreError::Permission { .. }), "{err:?}");

    s.set_unit_predicate(fx.dinsos, 2026, q(3), Some(UnitPredicate::Baik), None)
        .unwrap();
    // A bidang and its seksi take the perangkat daerah's predikat.
    let eff = s
        .effective_unit_predicate(fx.seksi, 2026, q(3))
        .unwrap()
        .unwrap();
    assert_eq!(
        (eff.unit_id, eff.predicate),
        (fx.dinsos, Some(UnitPredicate::Baik))
    );
    assert_eq!(eff.set_by, "admin1");
    // Saving over a record seen at another version is refused.
    let err = s
        .set_unit_predicate(fx.dinsos, 2026, q(3), Some(UnitPredicate::Kurang), None)
        .unwrap_err();
    assert!(matches!(err, StoreError::Stale { .. }), "{err:?}");
    // Clearing keeps the row (and its history) with no predikat.
    s.set_unit_predicate(fx.dinsos, 2026, q(3), None, Some(eff.version))
        .unwrap();
    let rec = s.unit_predicate(fx.dinsos, 2026, q(3)).unwrap().unwrap();
    assert_eq!(rec.predicate, None);
    assert!(
        s.effective_unit_predicate(fx.seksi, 2026, q(3))
            .unwrap()
            .is_none()
    );
    let trail = s
        .audit_trail("unit_predicate", &rec.id.to_string())
        .unwrap();
    assert_eq!(trail.len(), 2);
    // An unknown unit is named.
    let err = s
        .set_unit_predicate(9999, 2026, q(3), Some(UnitPredicate::Baik), None)
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound { .. }), "{err:?}");
}

#[test]
fn the_sheet_lists_the_period_evidence_beside_each_indicator() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let ind = one_indicator_plan(&mut s, fx.ipul);
    actual(&mut s, ind, 3, "4", "SK-12/2026");
    let sheet = s.assessment_sheet(fx.ipul, 2026, q(3)).unwrap();
    assert!(sheet.has_plan);
    assert_eq!(sheet.unit_name, "Seksi Rehabilitasi Anak");
    assert_eq!(sheet.supervisor.as_ref().unwrap().id, fx.kabid);
    let row = &sheet.rows[0];
    assert_eq!(row.result, "Laporan");
    assert_eq!(row.target.format_id(), "3");
    assert_eq!(row.evidence, "SK-12/2026");
    assert_eq!(row.achievement.format_percent(), "133,33%");
    assert_eq!(sheet.suggestion.unwrap().rating, Rating::Above);
    assert!(sheet.assessment.is_none());
    assert!(sheet.quarters.iter().all(Option::is_none));
    // Someone with no plan has an empty sheet, not an error.
    let sheet = s.assessment_sheet(fx.siti, 2026, q(3)).unwrap();
    assert!(!sheet.has_plan && sheet.rows.is_empty() && sheet.suggestion.is_none());
}
