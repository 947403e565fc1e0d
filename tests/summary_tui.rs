//! The summary screen (Ringkasan), driven through the real keymap.

mod common;

use common::*;
use kinerja::domain::distribution::UnitPredicate;
use kinerja::domain::number::Decimal;
use kinerja::domain::period::Quarter;
use kinerja::domain::rating::{AssessmentPeriod, Rating};
use kinerja::domain::role::Role;
use kinerja::store::Store;
use kinerja::store::actual::ActualInput;
use kinerja::store::assessment::AssessmentInput;
use kinerja::tui::app::{App, Message, Popup, Screen};
use kinerja::tui::keymap::Keymap;
use kinerja::tui::theme::Theme;

fn q3() -> AssessmentPeriod {
    AssessmentPeriod::Quarter(Quarter::new(3).unwrap())
}

/// The fixture with Ipul's plan, his triwulan III actual and a final
/// Sangat Baik; an operator "op".
fn world() -> (tempfile::TempDir, std::path::PathBuf, Fixture) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    let mut s = Store::open(&path, &options("admin1")).unwrap();
    let fx = fixture(&mut s);
    let ind = one_indicator_plan(&mut s, fx.ipul);
    s.save_actual(
        ind,
        Quarter::new(3).unwrap(),
        None,
        &ActualInput {
            value: Some(Decimal::parse("3").unwrap()),
            ..Default::default()
        },
    )
    .unwrap();
    let a = s
        .save_assessment(
            fx.ipul,
            2026,
            q3(),
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
    s.finalize_assessment(fx.ipul, 2026, q3(), a.version)
        .unwrap();
    s.set_user("op", Role::Operator, None).unwrap();
    (dir, path, fx)
}

fn open(path: &std::path::Path, user: &str, w: u16, h: u16) -> App {
    let store = Store::open(path, &options(user)).unwrap();
    let mut app = App::new(store, Keymap::default(), Theme::mono(), (w, h));
    key(&mut app, "6");
    assert_eq!(app.screen, Screen::Summary);
    app
}

fn select(app: &mut App, name: &str) {
    key(app, "g");
    for _ in 0..app.summary.rows.len() {
        if app.summary.selected_unit().unwrap().name == name {
            return;
        }
        key(app, "down");
    }
    panic!("{name} not shown");
}

#[test]
fn the_tree_opens_closes_sorts_and_leads_to_the_staff() {
    let (_dir, path, fx) = world();
    let mut app = open(&path, "op", 80, 24);
    let screen = render(&app);
    assert!(screen.contains("Ringkasan Triwulan III 2026"), "{screen}");
    // The government and its perangkat daerah; below them still closed.
    assert!(
        screen.contains("▾ Pemerintah Kabupaten Banyumas"),
        "{screen}"
    );
    assert!(screen.contains("▸ Dinas Sosial"), "{screen}");
    assert!(!screen.contains("Bidang Rehabilitasi"), "{screen}");
    select(&mut app, "Dinas Sosial");
    key(&mut app, "right");
    let screen = render(&app);
    assert!(screen.contains("▸ Bidang Rehabilitasi Sosial"), "{screen}");
    // Dinas Sosial: 5 active, 1 with a plan (20%), 1 final, SB 1.
    assert!(screen.contains("SB █"), "{screen}");
    key(&mut app, "left");
    assert!(!render(&app).contains("Bidang Rehabilitasi"));
    // Sorting by number of staff puts Dinas Sosial (5) before Dinas
    // Kesehatan (1).
    key(&mut app, "o");
    let screen = render(&app);
    assert!(screen.contains("urut: Aktif"), "{screen}");
    let sos = screen.find("Dinas Sosial").unwrap();
    let kes = screen.find("Dinas Kesehatan").unwrap();
    assert!(sos < kes, "{screen}");
    // Enter: the staff screen filtered to the unit.
    select(&mut app, "Dinas Sosial");
    key(&mut app, "enter");
    assert_eq!(app.screen, Screen::Staff);
    assert_eq!(app.staff.filter.unit, Some(fx.dinsos));
}

#[test]
fn an_admin_records_the_predikat_organisasi_and_the_band_shows() {
    let (_dir, path, fx) = world();
    // An operator may not.
    let mut app = open(&path, "op", 80, 24);
    select(&mut app, "Dinas Sosial");
    key(&mut app, "P");
    assert!(app.popups.is_empty());
    assert!(matches!(&app.message, Some(Message::Error(m)) if m.contains("predikat")));

    let mut app = open(&path, "admin1", 120, 40);
    select(&mut app, "Dinas Sosial");
    assert!(render(&app).contains("Predikat organisasi: belum ditetapkan"));
    key(&mut app, "P");
    assert!(matches!(app.popups.last(), Some(Popup::Picker(_))));
    type_text(&mut app, "butuh");
    key(&mut app, "enter");
    assert!(app.popups.is_empty(), "{:?}", app.message);
    let rec = app
        .store
        .unit_predicate(fx.dinsos, 2026, q3())
        .unwrap()
        .unwrap();
    assert_eq!(rec.predicate, Some(UnitPredicate::ButuhPerbaikan));
    let screen = render(&app);
    assert!(
        screen.contains("Predikat organisasi: Butuh Perbaikan/Cukup"),
        "{screen}"
    );
    // Under Butuh Perbaikan/Cukup, Sangat Baik may be at most 10 %: Ipul's
    // SB is 1 of 1, a breach shown with its numbers.
    assert!(screen.contains("maks 10%"), "{screen}");
    assert!(screen.contains("ditetapkan oleh admin1"), "{screen}");
    assert!(
        screen.contains("! Sangat Baik 1 dari 1 = 100 %, paling banyak 10 %"),
        "{screen}"
    );
    // A sub-unit inherits it.
    key(&mut app, "right");
    key(&mut app, "down");
    let screen = render(&app);
    assert!(screen.contains("Butuh Perbaikan/Cukup (induk)"), "{screen}");
}

#[test]
fn snapshots_and_the_period() {
    let (_dir, path, _fx) = world();
    let wide = open(&path, "op", 120, 40);
    insta::assert_snapshot!("summary_120x40", render(&wide));
    let mut app = open(&path, "op", 80, 24);
    insta::assert_snapshot!("summary_80x24", render(&app));
    // The year: the quarters' completion and the year's counts.
    keys(&mut app, &[">", ">"]);
    let screen = render(&app);
    assert!(screen.contains("Ringkasan Tahunan 2026"), "{screen}");
    let mut app = open(&path, "op", 60, 20);
    let screen = render(&app);
    assert!(screen.contains("Terminal terlalu kecil"), "{screen}");
    key(&mut app, "q");
}

#[test]
fn monitoring_lists_who_has_not_done_what_and_who_left() {
    let (_dir, path, fx) = world();
    let mut app = open(&path, "op", 80, 24);
    select(&mut app, "Dinas Sosial");
    key(&mut app, "w");
    let screen = render(&app);
    assert!(
        screen.contains("Pemantauan Dinas Sosial · Triwulan III 2026: 1 dari 5"),
        "{screen}"
    );
    assert!(screen.contains("Belum ada SKP (4)"), "{screen}");
    assert!(screen.contains("Siti Aminah"), "{screen}");
    assert!(
        !screen.contains("Ipul"),
        "final: nothing to chase\n{screen}"
    );
    assert!(
        !screen.contains("Sukarni"),
        "left before the quarter\n{screen}"
    );
    // For the year, Sukarni (retired in February) is counted apart, and
    // Ipul's year is not assessed yet.
    keys(&mut app, &[">", ">"]);
    let screen = render(&app);
    assert!(screen.contains("Tahunan 2026: 0 dari 5"), "{screen}");
    assert!(screen.contains("Realisasi belum lengkap (1)"), "{screen}");
    assert!(screen.contains("Tidak dihitung"), "{screen}");
    assert!(screen.contains("Sukarni · Pensiun 2026-02-01"), "{screen}");
    // Enter on a person: their SKP.
    let ipul = app
        .summary
        .monitor
        .as_ref()
        .unwrap()
        .lines
        .iter()
        .position(|l| {
            matches!(l, kinerja::tui::screens::monitor::MonitorLine::Person { staff_id, .. }
                if *staff_id == fx.ipul)
        })
        .unwrap();
    for _ in 0..ipul {
        key(&mut app, "down");
    }
    key(&mut app, "enter");
    assert_eq!(app.screen, Screen::Targets);
    assert_eq!(app.targets.staff.as_ref().unwrap().0, fx.ipul);
    // Back on the summary, Esc closes the list.
    key(&mut app, "6");
    key(&mut app, "esc");
    assert!(app.summary.monitor.is_none());
    assert!(render(&app).contains("Ringkasan Tahunan 2026"));
}

#[test]
fn tiny_units_and_units_nobody_assessed_get_notes_not_false_alarms() {
    let (_dir, path, fx) = world();
    let mut s = Store::open(&path, &options("admin1")).unwrap();
    for unit in [fx.puskesmas, fx.seksi] {
        s.set_unit_predicate(unit, 2026, q3(), Some(UnitPredicate::Baik), None)
            .unwrap();
    }
    drop(s);
    let mut app = open(&path, "admin1", 120, 40);
    // The puskesmas: Andi, not assessed.
    select(&mut app, "Dinas Kesehatan");
    key(&mut app, "right");
    select(&mut app, "UPT Puskesmas Ajibarang I");
    let screen = render(&app);
    assert!(screen.contains("Predikat organisasi: Baik"), "{screen}");
    assert!(screen.contains("belum dapat diperiksa"), "{screen}");
    // The seksi: one person, Sangat Baik. Under Baik the pola asks for at
    // least one Butuh Perbaikan or Kurang/Misconduct: with one person that
    // is a breach to show (guidance, never a block).
    select(&mut app, "Dinas Sosial");
    key(&mut app, "right");
    select(&mut app, "Bidang Rehabilitasi Sosial");
    key(&mut app, "right");
    select(&mut app, "Seksi Rehabilitasi Anak");
    let screen = render(&app);
    assert!(screen.contains("SB ████████████     1 100%"), "{screen}");
    assert!(
        screen.contains("! Butuh Perbaikan + Kurang/Misconduct 0 dari 1 = 0 %, harus ada"),
        "{screen}"
    );
}
