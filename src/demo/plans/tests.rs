//! Tests of the demo SKP plans and actuals.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::*;
use crate::demo::{DemoOptions, generate};
use crate::domain::achievement::Achievement;
use crate::domain::number::Ratio;
use crate::domain::staff::StaffId;
use crate::store::actual::GridFilter;
use crate::store::{OpenOptions, Store};

fn opts(staff: usize, seed: u64, date: NaiveDate) -> DemoOptions {
    DemoOptions {
        staff,
        seed,
        reference_date: date,
    }
}

fn november() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn demo(staff: usize, date: NaiveDate) -> (DemoGovernment, PlanBatch) {
    let o = opts(staff, 42, date);
    let gov = generate(&o).unwrap();
    let batch = plans(&gov, &o);
    (gov, batch)
}

/// Every result list of the catalogue.
fn catalogue() -> Vec<&'static [Rhk]> {
    let mut all = vec![
        cat::TEACHER,
        cat::TEACHER_EXTRA,
        cat::SCHOOL_HEAD,
        cat::SCHOOL_STAFF,
        cat::HEALTH_CENTRE_HEAD,
        cat::MIDWIFE,
        cat::NURSE,
        cat::DOCTOR,
        cat::PHARMACY,
        cat::LABORATORY,
        cat::NUTRITION,
        cat::SANITATION,
        cat::HEALTH_PROMOTION,
        cat::MEDICAL_RECORDS,
        cat::RADIOLOGY,
        cat::PHYSIOTHERAPY,
        cat::HEALTH_EXTRA,
        cat::HOSPITAL_DIRECTOR,
        cat::HOSPITAL_LEAD,
        cat::HOSPITAL_DOCTOR,
        cat::HOSPITAL_NURSE,
        cat::CAMAT,
        cat::LURAH,
        cat::REGIONAL_SECRETARY,
        cat::AGENCY_HEAD,
        cat::SECRETARY,
        cat::GENERAL_AFFAIRS_HEAD,
        cat::FINANCE_HEAD,
        cat::PLANNING_HEAD,
        cat::CLERK,
        cat::TREASURER,
        cat::ASSETS,
        cat::DRIVER,
        cat::ARCHIVIST,
        cat::IT,
        cat::PLANNER,
        cat::POLICY,
        cat::OFFICE_EXTRA,
    ];
    for s in Sector::ALL {
        let (staff, lead) = office(s);
        all.push(staff);
        all.push(lead);
    }
    all
}

/// Indicators and missing cells of the past quarters.
fn cells(batch: &PlanBatch, past: usize) -> (usize, usize) {
    let c = batch.counts();
    let cells = c.indicators * past;
    (cells, cells - c.actuals)
}

#[test]
fn the_catalogue_is_complete_and_every_template_validates_at_its_bounds() {
    let mut texts = HashSet::new();
    let mut aspects = HashMap::new();
    for list in catalogue() {
        assert!(!list.is_empty());
        for r in list {
            assert!(!r.ikis.is_empty() && r.ikis.len() <= 4, "{}", r.text);
            for k in r.ikis {
                texts.insert((k.text, k.satuan));
                *aspects.entry(k.aspect).or_insert(0) += 1;
            }
        }
    }
    // Every template, drawn many times, gives a valid, warning-free
    // indicator.
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let past = [Quarter::new(1).unwrap()];
    let mut g = Gen {
        rng: &mut rng,
        year: 2026,
        past: &past,
        skip_latest: false,
    };
    let person = Person {
        profile: PersonProfile {
            unit_kind: UnitKind::Agency,
            role: DemoRole::Staff,
            sector: Sector::Social,
        },
        position: "Pekerja Sosial",
        unit: "Dinas Sosial",
        hospital: false,
        admin: false,
    };
    for list in catalogue() {
        for r in list {
            for k in r.ikis {
                for _ in 0..20 {
                    let ind = g.indicator(&person, k, 0.0);
                    let f = &ind.fields;
                    assert_eq!(f.warnings(), vec![], "{}", k.text);
                    assert_eq!(f.draft().validate().as_ref(), Ok(f), "{}", k.text);
                }
            }
        }
    }
    assert!(texts.len() >= 150, "{} indicators", texts.len());
    assert!(aspects[&Aspect::Cost] >= 3 && aspects[&Aspect::Cost] * 20 < texts.len());
    eprintln!(
        "catalogue: {} distinct indicators, by aspect {aspects:?}",
        texts.len()
    );
}

#[test]
fn the_same_options_give_the_same_plans() {
    let o = opts(300, 9, november());
    let gov = generate(&o).unwrap();
    assert_eq!(plans(&gov, &o), plans(&gov, &o));
    let other = opts(300, 10, november());
    assert_ne!(plans(&generate(&other).unwrap(), &other), plans(&gov, &o));
}

#[test]
fn every_active_person_has_one_plan_and_the_inactive_none() {
    let (gov, batch) = demo(1500, november());
    assert_eq!(batch.year, 2026);
    let planned: Vec<usize> = batch.plans.iter().map(|p| p.staff).collect();
    let unique: HashSet<usize> = planned.iter().copied().collect();
    assert_eq!(unique.len(), planned.len(), "one plan per person");
    let active: HashSet<usize> = (0..gov.batch.staff.len())
        .filter(|&i| gov.batch.staff[i].status.is_active())
        .collect();
    assert!(
        active.len() < gov.batch.staff.len(),
        "the demo has inactive people"
    );
    assert_eq!(unique, active);
}

#[test]
fn results_and_indicators_are_shaped_like_an_skp() {
    let (gov, batch) = demo(2000, november());
    let mut additional = 0;
    let mut aspects: HashMap<Aspect, usize> = HashMap::new();
    for p in &batch.plans {
        assert!((1..=3).contains(&p.results.len()));
        assert_eq!(p.results[0].fields.kind, ResultKind::Main);
        for r in &p.results {
            assert!(r.fields.parent_id.is_none());
            assert!(r.fields.draft().validate().is_ok(), "{}", r.fields.text);
            assert!(!r.fields.text.contains("{unit}"));
            assert!((1..=3).contains(&r.indicators.len()), "{}", r.fields.text);
            additional += usize::from(r.fields.kind == ResultKind::Additional);
            for i in &r.indicators {
                assert_eq!(i.fields.draft().validate().as_ref(), Ok(&i.fields));
                assert!(i.fields.warnings().is_empty(), "{:?}", i.fields);
                *aspects.entry(i.fields.aspect).or_default() += 1;
            }
        }
        // A kepala seksi or subbagian reports on time.
        if gov.profiles[p.staff].role == DemoRole::HeadOfSection {
            let first = &p.results[0].indicators;
            assert!(first.iter().any(|i| i.fields.aspect == Aspect::Time));
        }
    }
    let c = batch.counts();
    assert!(additional > c.results / 20 && additional < c.results / 3);
    assert!(aspects[&Aspect::Quantity] > aspects[&Aspect::Time]);
    assert!(aspects[&Aspect::Time] > aspects[&Aspect::Cost]);
    assert!(aspects[&Aspect::Cost] > 0 && aspects[&Aspect::Cost] * 30 < c.indicators);
}

#[test]
fn indicators_suit_the_unit_and_role() {
    let (gov, batch) = demo(4000, november());
    let texts = |pred: &dyn Fn(&PersonProfile, &str) -> bool| -> HashSet<String> {
        batch
            .plans
            .iter()
            .filter(|p| {
                let s = &gov.batch.staff[p.staff];
                pred(&gov.profiles[p.staff], &gov.batch.units[s.unit].fields.name)
            })
            .flat_map(|p| &p.results)
            .flat_map(|r| &r.indicators)
            .map(|i| format!("{} ({})", i.fields.text, i.fields.satuan))
            .collect()
    };
    let puskesmas = texts(&|_, u| u.starts_with("UPT Puskesmas"));
    assert!(puskesmas.contains("Persentase bayi diimunisasi lengkap (%)"));
    assert!(puskesmas.contains("Jumlah kunjungan ibu hamil K4 (orang)"));
    let teachers = texts(&|p, _| p.role == DemoRole::Teacher);
    assert!(teachers.contains("Jumlah siswa yang dibimbing (siswa)"));
    assert!(teachers.contains("Persentase ketuntasan belajar (%)"));
    assert!(teachers.iter().all(|t| !t.contains("imunisasi")));
    let social = texts(&|p, _| p.sector == Sector::Social && !p.role.is_head());
    assert!(social.contains("Jumlah penerima bantuan sosial yang diverifikasi (KPM)"));
    let section_heads = texts(&|p, _| p.role == DemoRole::HeadOfSection);
    assert!(section_heads.contains("Ketepatan waktu penyampaian laporan (bulan)"));
    // Lower is better for time.
    for i in batch
        .plans
        .iter()
        .flat_map(|p| &p.results)
        .flat_map(|r| &r.indicators)
        .filter(|i| i.fields.aspect == Aspect::Time)
    {
        assert_eq!(i.fields.polarity, Polarity::LowerIsBetter);
    }
}

#[test]
fn parents_are_results_of_the_supervisors_plan() {
    let (gov, batch) = demo(2000, november());
    let plan_of: HashMap<usize, usize> = batch
        .plans
        .iter()
        .enumerate()
        .map(|(i, p)| (p.staff, i))
        .collect();
    let (mut with, mut could) = (0, 0);
    for (pi, p) in batch.plans.iter().enumerate() {
        let sup_plan = gov.batch.staff[p.staff]
            .supervisor
            .and_then(|s| plan_of.get(&s).copied());
        for r in &p.results {
            could += usize::from(sup_plan.is_some() && r.fields.kind == ResultKind::Main);
            if let Some(at) = r.parent {
                with += 1;
                assert_eq!(Some(at.plan), sup_plan, "the supervisor's plan");
                assert!(at.plan < pi);
                let parent = &batch.plans[at.plan].results[at.result];
                assert_eq!(parent.fields.kind, ResultKind::Main);
            }
        }
    }
    assert!(with * 2 > could, "{with} of {could} main results intervene");
}

#[test]
fn actuals_fill_the_past_quarters_with_a_few_missing() {
    let (_, batch) = demo(3000, november());
    let past = past_quarters(november());
    assert_eq!(past.len(), 3);
    let (cells, missing) = cells(&batch, past.len());
    let share = missing as f64 / cells as f64;
    assert!((0.03..=0.15).contains(&share), "missing {share}");
    let mut capaian = Vec::new();
    let mut with_evidence = 0;
    let mut total = 0;
    for i in batch
        .plans
        .iter()
        .flat_map(|p| &p.results)
        .flat_map(|r| &r.indicators)
    {
        let quarters: Vec<Quarter> = i.actuals.iter().map(|a| a.quarter).collect();
        assert!(quarters.windows(2).all(|w| w[0] < w[1]));
        for a in &i.actuals {
            total += 1;
            assert!(past.contains(&a.quarter), "{:?}", a.quarter);
            // The value is what an operator could have typed.
            let typed = a.value.format_id();
            assert_eq!(i.fields.parse_actual(&typed), Ok(Some(a.value)), "{typed}");
            with_evidence += usize::from(!a.evidence.is_empty());
            let target = i.fields.quarter_target(a.quarter);
            if let Some(p) =
                Achievement::of_decimal(target, i.fields.polarity, Some(a.value)).percent()
            {
                capaian.push(p);
            }
        }
    }
    let within = |lo: i64, hi: i64| {
        capaian
            .iter()
            .filter(|c| **c >= Ratio::from_int(lo) && **c <= Ratio::from_int(hi))
            .count() as f64
            / capaian.len() as f64
    };
    assert!(capaian.len() * 100 > total * 99, "capaian computable");
    assert!(
        within(80, 110) > 0.6,
        "most at 80–110 %: {}",
        within(80, 110)
    );
    assert!(within(0, 79) > 0.05, "some low: {}", within(0, 79));
    assert!(
        within(111, 1000) > 0.02,
        "a few above: {}",
        within(111, 1000)
    );
    assert!(with_evidence * 100 > total * 90);
}

#[test]
fn in_the_first_quarter_there_are_plans_but_no_actuals() {
    let march = NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
    assert!(past_quarters(march).is_empty());
    let (_, batch) = demo(200, march);
    let c = batch.counts();
    assert!(c.plans > 150 && c.indicators > c.plans);
    assert_eq!(c.actuals, 0);
    // In the second quarter only the first has actuals.
    let may = NaiveDate::from_ymd_opt(2026, 5, 2).unwrap();
    assert_eq!(past_quarters(may), vec![Quarter::new(1).unwrap()]);
    let (_, batch) = demo(500, may);
    let (cells, missing) = cells(&batch, 1);
    assert!((0.03..=0.15).contains(&(missing as f64 / cells as f64)));
}

#[test]
fn four_hundred_load_into_the_store() {
    let date = november();
    let (gov, batch) = demo(400, date);
    let mut store = Store::open_in_memory(&OpenOptions::default()).unwrap();
    let loaded = store.load_batch(&gov.batch, "demo").unwrap();
    assert_eq!(loaded.staff_ids.len(), 400);
    let counts = store.load_plans(&batch, &loaded.staff_ids, "demo").unwrap();
    assert_eq!(counts, batch.counts());
    eprintln!("400 staff: {counts:?}");

    let ids: &[StaffId] = &loaded.staff_ids;
    let planned: HashMap<usize, &NewPlan> = batch.plans.iter().map(|p| (p.staff, p)).collect();
    let mut result_id: HashMap<(usize, usize), i64> = HashMap::new();
    for (pi, p) in batch.plans.iter().enumerate() {
        let tree = store.plan(ids[p.staff], 2026).unwrap().expect("a plan");
        assert_eq!(tree.results.len(), p.results.len());
        for (ri, (r, stored)) in p.results.iter().zip(&tree.results).enumerate() {
            result_id.insert((pi, ri), stored.id);
            assert_eq!(stored.fields.text, r.fields.text);
            assert_eq!(stored.fields.kind, r.fields.kind);
            let fields: Vec<_> = stored.indicators.iter().map(|i| &i.fields).collect();
            let want: Vec<_> = r.indicators.iter().map(|i| &i.fields).collect();
            assert_eq!(fields, want);
            for (i, s) in r.indicators.iter().zip(&stored.indicators) {
                for a in &i.actuals {
                    let got = store.actual(s.id, a.quarter).unwrap().unwrap();
                    assert_eq!(got.value, Some(a.value));
                    assert_eq!(got.evidence, a.evidence);
                    assert_eq!(got.feedback, a.feedback);
                    assert_eq!(got.feedback_by.is_some(), !a.feedback.is_empty());
                }
            }
        }
    }
    // Parents are stored as ids from the supervisor's plan of the year.
    for (pi, p) in batch.plans.iter().enumerate() {
        let tree = store.plan(ids[p.staff], 2026).unwrap().unwrap();
        let allowed: Vec<i64> = store
            .supervisor_results(ids[p.staff], 2026)
            .unwrap()
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        for (r, stored) in p.results.iter().zip(&tree.results) {
            let want = r.parent.map(|at| result_id[&(at.plan, at.result)]);
            assert_eq!(stored.fields.parent_id, want);
            if let Some(id) = want {
                assert!(allowed.contains(&id), "plan {pi}");
            }
        }
    }
    for (i, s) in gov.batch.staff.iter().enumerate() {
        if !planned.contains_key(&i) {
            assert!(!s.status.is_active());
            assert_eq!(store.plan(ids[i], 2026).unwrap(), None);
        }
    }
    // The results grid of each quarter: one row per indicator, filled as
    // generated.
    for q in 1..=4 {
        let quarter = Quarter::new(q).unwrap();
        let filter = GridFilter {
            year: 2026,
            quarter,
            unit: None,
            only_empty: false,
        };
        let filled = batch
            .plans
            .iter()
            .flat_map(|p| &p.results)
            .flat_map(|r| &r.indicators)
            .filter(|i| i.actuals.iter().any(|a| a.quarter == quarter))
            .count() as u64;
        let progress = store.grid_progress(&filter).unwrap();
        assert_eq!(progress.total, counts.indicators as u64);
        assert_eq!(progress.filled, filled);
        assert_eq!(store.grid(&filter).unwrap().len(), counts.indicators);
        let empty = store
            .grid(&GridFilter {
                only_empty: true,
                ..filter
            })
            .unwrap();
        assert_eq!(empty.len() as u64, progress.total - filled);
        if q < 4 {
            assert!(filled > 0 && filled < progress.total, "Q{q}: {filled}");
        } else {
            assert_eq!(filled, 0);
        }
    }
    // One audit row for the whole load.
    assert_eq!(store.audit_trail("plans", "demo").unwrap().len(), 1);
}

#[test]
fn a_parent_outside_the_supervisors_plan_is_refused_and_nothing_is_saved() {
    let (gov, mut batch) = demo(200, november());
    // Point someone's result at a plan that is not their supervisor's.
    let (pi, sup_plan) = batch
        .plans
        .iter()
        .enumerate()
        .skip(2)
        .find_map(|(i, p)| p.results[0].parent.map(|at| (i, at.plan)))
        .unwrap();
    let other = (0..pi).find(|&j| j != sup_plan).unwrap();
    batch.plans[pi].results[0].parent = Some(ResultRef {
        plan: other,
        result: 0,
    });
    let mut store = Store::open_in_memory(&OpenOptions::default()).unwrap();
    let loaded = store.load_batch(&gov.batch, "demo").unwrap();
    let err = store
        .load_plans(&batch, &loaded.staff_ids, "demo")
        .unwrap_err();
    assert!(err.to_string().contains("SKP"), "{err}");
    let first = batch.plans[0].staff;
    assert_eq!(store.plan(loaded.staff_ids[first], 2026).unwrap(), None);
    assert!(store.audit_trail("plans", "demo").unwrap().is_empty());
}
