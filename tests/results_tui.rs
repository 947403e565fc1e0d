//! The results entry grid, driven through the real keymap.

mod common;

use common::*;
use kinerja::domain::number::Decimal;
use kinerja::domain::period::Quarter;
use kinerja::domain::plan::{Aspect, IndicatorDraft, PlannedResultFields, ResultKind};
use kinerja::store::Store;
use kinerja::store::actual::ActualInput;
use kinerja::tui::app::{App, Message, Popup, Screen};
use kinerja::tui::keymap::Keymap;
use kinerja::tui::theme::Theme;

/// The fixture with plans: Ipul and Siti get `per_person` indicators each
/// (counts in "dokumen", target 12 a year, so 3 per quarter).
fn with_plans(per_person: usize) -> (Store, Fixture, Vec<i64>) {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let mut ids = Vec::new();
    for who in [fx.ipul, fx.siti] {
        let plan = s.create_plan(who, 2026).unwrap();
        let r = s
            .insert_result(
                plan,
                &PlannedResultFields {
                    text: "Terlaksananya layanan".into(),
                    kind: ResultKind::Main,
                    parent_id: None,
                },
            )
            .unwrap();
        for i in 0..per_person {
            let f = IndicatorDraft {
                text: format!("Jumlah dokumen jenis {}", i + 1),
                satuan: "dokumen".into(),
                aspect: Some(Aspect::Quantity),
                target: "12".into(),
                ..Default::default()
            }
            .validate()
            .unwrap();
            ids.push(s.insert_indicator(r, &f).unwrap());
        }
    }
    (s, fx, ids)
}

fn q3() -> Quarter {
    Quarter::new(3).unwrap()
}

/// Opens the results screen on the Bidang (Ipul's seksi is below it).
fn open_grid(store: Store, w: u16, h: u16) -> App {
    let mut app = App::new(store, Keymap::default(), Theme::color(), (w, h));
    key(&mut app, "4");
    assert_eq!(app.screen, Screen::Results);
    assert!(
        matches!(app.popups.last(), Some(Popup::Picker(_))),
        "asks for a unit"
    );
    type_text(&mut app, "bidang rehab");
    key(&mut app, "enter");
    app
}

#[test]
fn entering_40_values_costs_the_digits_plus_one_key_each() {
    let (store, _, ids) = with_plans(25);
    let mut app = open_grid(store, 80, 24);
    // November 2026: the quarter just ended is III.
    assert_eq!(app.results.filter.quarter, q3());
    assert_eq!(app.results.rows.len(), 50);
    let mut pressed = 0;
    let mut digits = 0;
    let values: Vec<String> = (0..40).map(|i| format!("{}", (i * 7) % 13 + 1)).collect();
    for v in &values {
        for c in v.chars() {
            type_text(&mut app, &c.to_string());
            pressed += 1;
            digits += 1;
        }
        key(&mut app, "enter");
        pressed += 1;
    }
    assert_eq!(pressed, digits + 40);
    // Every value landed on its own indicator, in order, and nothing else.
    for (i, v) in values.iter().enumerate() {
        let a = app.store.actual(ids[i], q3()).unwrap().unwrap();
        assert_eq!(a.value, Some(Decimal::parse(v).unwrap()), "row {i}");
    }
    assert!(app.store.actual(ids[40], q3()).unwrap().is_none());
    assert_eq!(app.results.selected, 40);
    assert_eq!(app.results.progress.filled, 40);
    assert_eq!(app.results.progress.total, 50);
    insta::assert_snapshot!("results_after_40", render(&app));
}

#[test]
fn bad_values_stay_in_the_cell_with_a_message_and_esc_restores() {
    let (store, _, ids) = with_plans(3);
    let mut app = open_grid(store, 80, 24);
    type_text(&mut app, "12a");
    key(&mut app, "enter");
    let edit = app.results.edit.as_ref().expect("still editing");
    assert_eq!(edit.input.value(), "12a");
    assert!(edit.error.is_some());
    assert!(matches!(app.message, Some(Message::Error(_))));
    insta::assert_snapshot!("results_bad_value", render(&app));
    assert!(app.store.actual(ids[0], q3()).unwrap().is_none());
    // A negative count is refused too.
    key(&mut app, "ctrl-u");
    type_text(&mut app, "-3");
    key(&mut app, "enter");
    assert!(app.results.edit.as_ref().unwrap().error.is_some());
    // Esc restores the cell as it was.
    key(&mut app, "esc");
    assert!(app.results.edit.is_none());
    assert!(app.store.actual(ids[0], q3()).unwrap().is_none());
    // Typed the Indonesian way, shown back the same way.
    type_text(&mut app, "1.234,5");
    key(&mut app, "enter");
    let a = app.store.actual(ids[0], q3()).unwrap().unwrap();
    assert_eq!(a.value.unwrap().format_id(), "1.234,5");
}

#[test]
fn tab_moves_to_evidence_and_feedback() {
    let (store, _, ids) = with_plans(2);
    let mut app = open_grid(store, 120, 40);
    type_text(&mut app, "3");
    key(&mut app, "tab"); // saves 3, moves to evidence
    type_text(&mut app, "ND 800/12/2026");
    key(&mut app, "tab"); // saves evidence, moves to feedback
    type_text(&mut app, "Lampirkan daftar hadir");
    key(&mut app, "enter");
    let a = app.store.actual(ids[0], q3()).unwrap().unwrap();
    assert_eq!(a.value, Some(Decimal::parse("3").unwrap()));
    assert_eq!(a.evidence, "ND 800/12/2026");
    assert_eq!(a.feedback, "Lampirkan daftar hadir");
    assert_eq!(a.feedback_by.as_deref(), Some("admin1"));
    assert_eq!(app.results.selected, 1);
    insta::assert_snapshot!("results_120x40", render(&app));
}

#[test]
fn letters_in_the_value_column_do_not_edit_and_only_empty_filters() {
    let (mut store, _, ids) = with_plans(3);
    store
        .save_actual(
            ids[1],
            q3(),
            None,
            &ActualInput {
                value: Some(Decimal::parse("2").unwrap()),
                ..Default::default()
            },
        )
        .unwrap();
    let mut app = open_grid(store, 80, 24);
    type_text(&mut app, "q");
    assert!(app.results.edit.is_none());
    assert!(!app.quit, "letters never quit from the grid");
    key(&mut app, "f3");
    assert_eq!(app.results.rows.len(), 5);
    assert_eq!(app.results.progress.filled, 1);
    assert_eq!(app.results.progress.total, 6);
    key(&mut app, "f8");
    assert_eq!(app.results.filter.quarter, Quarter::new(4).unwrap());
    assert_eq!(app.results.rows.len(), 6);
}

#[test]
fn a_second_operator_on_the_same_cell_is_refused_and_keeps_the_value() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    let (ids, mut other) = {
        let mut s = Store::open(&path, &options("admin1")).unwrap();
        let fx = fixture(&mut s);
        s.set_user("op2", kinerja::domain::role::Role::Operator, None)
            .unwrap();
        let id = one_indicator_plan(&mut s, fx.ipul);
        (vec![id], Store::open(&path, &options("op2")).unwrap())
    };
    let mut app = open_grid(Store::open(&path, &options("admin1")).unwrap(), 80, 24);
    // op2 saves the cell while admin1 is looking at it empty.
    other
        .save_actual(
            ids[0],
            q3(),
            None,
            &ActualInput {
                value: Some(Decimal::parse("2").unwrap()),
                ..Default::default()
            },
        )
        .unwrap();
    type_text(&mut app, "3");
    key(&mut app, "enter");
    let edit = app.results.edit.as_ref().expect("kept in edit");
    assert_eq!(edit.input.value(), "3");
    assert!(edit.error.as_deref().unwrap().contains("op2"));
    // Enter again saves it knowingly over op2's value.
    key(&mut app, "enter");
    assert!(app.results.edit.is_none());
    let a = app.store.actual(ids[0], q3()).unwrap().unwrap();
    assert_eq!(a.value, Some(Decimal::parse("3").unwrap()));
    assert_eq!(a.version, 2);
}

#[test]
fn the_grid_at_tiny_and_design_sizes() {
    let (store, _, _) = with_plans(3);
    let mut app = open_grid(store, 80, 24);
    insta::assert_snapshot!("results_80x24", render(&app));
    for (w, h) in [(20, 5), (1, 1), (0, 0)] {
        app.resize(w, h);
        let _ = render(&app);
        type_text(&mut app, "5");
        key(&mut app, "enter");
    }
}

#[test]
fn the_staff_list_shows_skp_progress_of_the_quarter() {
    let (store, fx, ids) = with_plans(2);
    let mut app = open_grid(store, 80, 24);
    type_text(&mut app, "4");
    key(&mut app, "enter");
    key(&mut app, "alt-1");
    let screen = render(&app);
    let ipul = screen.lines().find(|l| l.contains("Muh. Syaiful")).unwrap();
    assert!(ipul.ends_with("III 1/2"), "{ipul}");
    let kadis = screen.lines().find(|l| l.contains("Bambang")).unwrap();
    assert!(kadis.ends_with("tanpa SKP"), "{kadis}");
    let p = app.store.plan_progress(fx.ipul, 2026).unwrap().unwrap();
    assert_eq!((p[2].filled, p[2].total), (1, 2));
    assert_eq!(ids.len(), 4);
}

#[test]
fn the_pp46_column_shows_each_aspects_legacy_value() {
    let (store, _, _) = with_plans(2);
    let mut app = open_grid(store, 80, 24);
    type_text(&mut app, "3");
    key(&mut app, "enter");
    key(&mut app, "f9");
    let screen = render(&app);
    let header = screen.lines().nth(2).unwrap();
    assert!(header.ends_with("PP46"), "{header}");
    // Quarter target 3, realisasi 3: kuantitas 100,00.
    let first = screen.lines().nth(3).unwrap();
    assert!(first.ends_with("100,00  100,00"), "{first}");
}

#[test]
fn a_final_quarter_is_read_only_with_the_reason_shown() {
    use kinerja::domain::rating::{AssessmentPeriod, Rating};
    use kinerja::store::assessment::AssessmentInput;
    let (mut store, fx, ids) = with_plans(2);
    let period = AssessmentPeriod::Quarter(q3());
    let a = store
        .save_assessment(
            fx.ipul,
            2026,
            period,
            None,
            &AssessmentInput {
                assessor_id: fx.kabid,
                rating_result: Some(Rating::Meets),
                rating_behaviour: Some(Rating::Meets),
                ..Default::default()
            },
        )
        .unwrap();
    store
        .finalize_assessment(fx.ipul, 2026, period, a.version)
        .unwrap();
    let mut app = open_grid(store, 80, 24);
    // Ipul's rows come first: typing does not edit, the reason shows.
    type_text(&mut app, "5");
    assert!(app.results.edit.is_none());
    assert!(matches!(&app.message, Some(Message::Error(m)) if m.contains("final")));
    let screen = render(&app);
    assert!(
        screen.contains("sudah final") && screen.contains("admin1"),
        "{screen}"
    );
    assert!(app.store.actual(ids[0], q3()).unwrap().is_none());
    // Siti's rows (not assessed) stay open.
    keys(&mut app, &["down", "down"]);
    type_text(&mut app, "2");
    key(&mut app, "enter");
    assert_eq!(
        app.store.actual(ids[2], q3()).unwrap().unwrap().value,
        Some(Decimal::parse("2").unwrap())
    );
}

#[test]
fn a_large_government_asks_for_a_unit_instead_of_loading_everything() {
    use kinerja::demo::{DemoOptions, generate};
    let mut s = empty_store();
    let gov = generate(&DemoOptions {
        staff: 3_200,
        seed: 3,
        reference_date: today(),
    })
    .unwrap();
    s.load_batch(&gov.batch, "test").unwrap();
    let mut app = App::new(s, Keymap::default(), Theme::color(), (80, 24));
    key(&mut app, "4");
    key(&mut app, "ctrl-x");
    assert!(!app.results.chosen);
    assert!(matches!(&app.message, Some(Message::Error(m)) if m.contains("pilih satu unit")));
}
