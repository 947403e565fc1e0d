//! The SKP (targets) screen, driven through the real keymap.

mod common;

use common::*;
use kinerja::domain::plan::{PlannedResultFields, ResultKind, TargetValue};
use kinerja::tui::app::{App, Message, Popup, Screen};
use kinerja::tui::keymap::Keymap;
use kinerja::tui::theme::Theme;

fn app_on_ipul() -> (App, Fixture) {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    // Ipul's supervisor (the kabid) has a plan with one result.
    let plan = s.create_plan(fx.kabid, 2026).unwrap();
    s.insert_result(
        plan,
        &PlannedResultFields {
            text: "Meningkatnya kualitas rehabilitasi sosial anak".into(),
            kind: ResultKind::Main,
            parent_id: None,
        },
    )
    .unwrap();
    let mut app = App::new(s, Keymap::default(), Theme::color(), (80, 24));
    key(&mut app, "/");
    type_text(&mut app, "ipul");
    key(&mut app, "enter");
    key(&mut app, "t");
    assert_eq!(app.screen, Screen::Targets);
    (app, fx)
}

#[test]
fn building_a_plan_by_keyboard() {
    let (mut app, fx) = app_on_ipul();
    // A planned result that intervenes in the supervisor's.
    key(&mut app, "A");
    type_text(&mut app, "Terverifikasinya data anak terlantar");
    keys(&mut app, &["tab", "tab", "enter"]);
    assert!(matches!(app.popups.last(), Some(Popup::Picker(_))));
    key(&mut app, "enter");
    key(&mut app, "ctrl-s");
    assert!(app.popups.is_empty(), "{:?}", app.message);
    // An indicator: 12 documents a year.
    key(&mut app, "a");
    type_text(&mut app, "Jumlah data anak yang diverifikasi");
    keys(&mut app, &["tab", "tab"]);
    type_text(&mut app, "dokumen");
    key(&mut app, "tab");
    type_text(&mut app, "12");
    key(&mut app, "ctrl-s");
    assert!(app.popups.is_empty(), "{:?}", app.message);
    // A second one, in percent.
    key(&mut app, "a");
    type_text(&mut app, "Persentase data valid");
    key(&mut app, "tab");
    key(&mut app, "right"); // kualitas
    keys(&mut app, &["tab", "tab"]);
    type_text(&mut app, "95%");
    key(&mut app, "ctrl-s");
    assert!(app.popups.is_empty(), "{:?}", app.message);
    let tree = app.store.plan(fx.ipul, 2026).unwrap().unwrap();
    assert_eq!(tree.results.len(), 1);
    let r = &tree.results[0];
    assert!(r.fields.parent_id.is_some());
    assert_eq!(r.indicators.len(), 2);
    let three = kinerja::domain::number::Decimal::parse("3").unwrap();
    assert_eq!(
        r.indicators[0].fields.quarter_targets,
        [TargetValue::Number(three); 4]
    );
    insta::assert_snapshot!("plan_80x24", render(&app));
    // Reorder: the selected (second) indicator moves up.
    key(&mut app, "K");
    let tree = app.store.plan(fx.ipul, 2026).unwrap().unwrap();
    assert_eq!(
        tree.results[0].indicators[0].fields.text,
        "Persentase data valid"
    );
    // Archive it: kept, hidden.
    key(&mut app, "x");
    key(&mut app, "y");
    let tree = app.store.plan(fx.ipul, 2026).unwrap().unwrap();
    assert!(tree.results[0].indicators.iter().any(|i| i.archived));
    assert_eq!(app.targets.items.len(), 2);
}

#[test]
fn bad_targets_keep_the_form_with_the_field_named() {
    let (mut app, _) = app_on_ipul();
    key(&mut app, "A");
    type_text(&mut app, "Laporan");
    key(&mut app, "ctrl-s");
    key(&mut app, "a");
    type_text(&mut app, "Ketepatan waktu");
    keys(&mut app, &["tab", "tab"]);
    type_text(&mut app, "bulan");
    key(&mut app, "tab");
    type_text(&mut app, "9-7");
    key(&mut app, "ctrl-s");
    let Some(Popup::IndicatorForm(f)) = app.popups.last() else {
        panic!("the form must stay open")
    };
    assert!(f.form.field("target").error.is_some());
    assert_eq!(f.form.focused_key(), "target");
    key(&mut app, "ctrl-u");
    key(&mut app, "ctrl-s");
    let Some(Popup::IndicatorForm(f)) = app.popups.last() else {
        panic!()
    };
    assert!(
        f.form.field("target").error.is_some(),
        "an empty target is refused"
    );
    insta::assert_snapshot!("indicator_form_error", render(&app));
}

#[test]
fn copying_last_years_plan_and_starting_from_the_supervisor() {
    let (mut app, fx) = app_on_ipul();
    // Nothing to copy yet.
    key(&mut app, "y");
    assert!(matches!(&app.message, Some(Message::Error(m)) if m.contains("2025")));
    // Start from the supervisor's results.
    key(&mut app, "i");
    let tree = app.store.plan(fx.ipul, 2026).unwrap().unwrap();
    assert_eq!(tree.results.len(), 1);
    assert_eq!(
        tree.results[0].fields.text,
        "Meningkatnya kualitas rehabilitasi sosial anak"
    );
    // Next year: copy this one.
    key(&mut app, "]");
    assert_eq!(app.targets.year, 2027);
    key(&mut app, "y");
    let next = app.store.plan(fx.ipul, 2027).unwrap().unwrap();
    assert_eq!(next.results.len(), 1);
    assert_eq!(next.results[0].fields.parent_id, None);
}
