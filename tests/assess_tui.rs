//! The assessment screen (Penilaian), driven through the real keymap: a
//! supervisor's quarter assessed end to end at 80×24.

mod common;

use common::*;
use kinerja::domain::evaluation::AssessmentState;
use kinerja::domain::number::Decimal;
use kinerja::domain::period::Quarter;
use kinerja::domain::rating::{AssessmentPeriod, Predicate, Rating};
use kinerja::domain::role::Role;
use kinerja::store::Store;
use kinerja::store::actual::ActualInput;
use kinerja::tui::app::{App, Message, Popup, Screen};
use kinerja::tui::keymap::Keymap;
use kinerja::tui::theme::Theme;

fn q3() -> AssessmentPeriod {
    AssessmentPeriod::Quarter(Quarter::new(3).unwrap())
}

/// A file database with the fixture, Ipul's plan with its triwulan III
/// actual (3 of 3: suggested "Sesuai"), and the kabid as supervisor user
/// "luh". Returns the directory (kept alive) and the fixture.
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
            evidence: "BA-07/2026".into(),
            feedback: String::new(),
        },
    )
    .unwrap();
    s.set_user("luh", Role::Supervisor, Some(fx.kabid)).unwrap();
    (dir, path, fx)
}

fn app_as(path: &std::path::Path, user: &str, w: u16, h: u16) -> App {
    let store = Store::open(path, &options(user)).unwrap();
    let mut app = App::new(store, Keymap::default(), Theme::mono(), (w, h));
    key(&mut app, "5");
    assert_eq!(app.screen, Screen::Assess);
    app
}

fn error(app: &App) -> String {
    match &app.message {
        Some(Message::Error(m)) => m.clone(),
        other => panic!("expected an error, got {other:?}"),
    }
}

#[test]
fn a_supervisor_assesses_a_quarter_end_to_end_by_keyboard() {
    let (_dir, path, fx) = world();
    let mut app = app_as(&path, "luh", 80, 24);
    // Her direct subordinates, for the last quarter that has ended.
    let screen = render(&app);
    assert!(
        screen.contains("Triwulan III 2026 · Bawahan langsung saya"),
        "{screen}"
    );
    assert!(screen.contains("Muh. Syaiful 'Ipul' A."), "{screen}");
    assert!(screen.contains("Siti Aminah"), "{screen}");
    assert!(screen.contains("100,0 %"), "{screen}");

    key(&mut app, "enter");
    let screen = render(&app);
    assert!(screen.contains("Saran: Sesuai Ekspektasi"), "{screen}");
    assert!(screen.contains("Bukti: BA-07/2026"), "{screen}");
    assert!(screen.contains("Predikat kinerja: —"), "{screen}");

    // 3 = Di Atas: departs from the suggestion, so the reason is asked.
    key(&mut app, "3");
    key(&mut app, "f10");
    assert!(app.popups.is_empty(), "nothing to confirm yet");
    let screen = render(&app);
    assert!(screen.contains("tulis alasan"), "{screen}");
    type_text(&mut app, "Menyusun dua laporan tambahan");
    keys(&mut app, &["down", "right", "right"]);
    // ←/→ walk the ratings; the predikat follows.
    assert!(render(&app).contains("Predikat kinerja: Baik"));
    key(&mut app, "right");
    assert!(render(&app).contains("Predikat kinerja: Sangat Baik"));
    // A core value: its guides replace the evidence on the left.
    keys(&mut app, &["down"]);
    type_text(&mut app, "Melayani pemohon tepat waktu");
    let screen = render(&app);
    assert!(screen.contains("Panduan perilaku"), "{screen}");
    assert!(
        screen.contains("Memahami dan memenuhi kebutuhan"),
        "{screen}"
    );

    key(&mut app, "f10");
    assert!(
        matches!(app.popups.last(), Some(Popup::Confirm(_))),
        "{:?}",
        app.message
    );
    key(&mut app, "enter");
    let a = app
        .store
        .assessment(fx.ipul, 2026, q3())
        .unwrap()
        .expect("saved");
    assert_eq!(a.state, AssessmentState::Final);
    assert_eq!(a.predicate, Some(Predicate::SangatBaik));
    assert_eq!(a.input.rating_result, Some(Rating::Above));
    assert_eq!(a.input.suggested, Some(Rating::Meets));
    assert_eq!(a.input.reason, "Menyusun dua laporan tambahan");
    assert_eq!(a.input.values[0].1, "Melayani pemohon tepat waktu");
    assert_eq!(a.input.assessor_id, fx.kabid);
    // Final: the form reads only, and says why.
    key(&mut app, "1");
    assert!(render(&app).contains("Final oleh luh"));
    assert!(error(&app).contains("hanya admin"));
    key(&mut app, "esc");
    let screen = render(&app);
    assert!(screen.contains("SB ✓"), "{screen}");
}

#[test]
fn moving_on_with_unsaved_changes_asks_and_saves_the_draft() {
    let (_dir, path, fx) = world();
    let mut app = app_as(&path, "luh", 80, 24);
    key(&mut app, "enter");
    // Overall feedback: several lines (Enter starts a new one).
    keys(&mut app, &["backtab"]);
    type_text(&mut app, "Laporan rapi.");
    key(&mut app, "enter");
    type_text(&mut app, "Tingkatkan ketepatan waktu.");
    key(&mut app, "2");
    key(&mut app, "pagedown");
    assert!(matches!(app.popups.last(), Some(Popup::Confirm(_))));
    key(&mut app, "s");
    let a = app.store.assessment(fx.ipul, 2026, q3()).unwrap().unwrap();
    assert_eq!(a.state, AssessmentState::Draft);
    assert_eq!(
        a.input.feedback,
        "Laporan rapi.\nTingkatkan ketepatan waktu.2"
    );
    // Now on Siti: no plan, so nothing to suggest.
    let screen = render(&app);
    assert!(screen.contains("Siti Aminah"), "{screen}");
    assert!(screen.contains("belum memiliki SKP"), "{screen}");
    // Back to Ipul: the draft is there; Esc without changes just closes.
    key(&mut app, "pageup");
    let form = app.assess.form.as_ref().expect("form open");
    assert_eq!(form.sheet.staff.id, fx.ipul);
    assert!(
        form.feedback_text()
            .ends_with("Tingkatkan ketepatan waktu.2")
    );
    key(&mut app, "esc");
    assert!(app.popups.is_empty() && app.assess.form.is_none());
    assert!(render(&app).contains("final 0 · draf 1"));
}

#[test]
fn the_queue_by_unit_period_and_filter_and_who_may_assess() {
    let (_dir, path, fx) = world();
    // An admin picks a unit.
    let mut app = app_as(&path, "admin1", 80, 24);
    assert!(matches!(app.popups.last(), Some(Popup::Picker(_))));
    type_text(&mut app, "dinas sosial");
    key(&mut app, "enter");
    let screen = render(&app);
    assert!(
        screen.contains("Triwulan III 2026 · Dinas Sosial"),
        "{screen}"
    );
    assert!(
        screen.contains("5 pegawai · final 0 · draf 0 · belum 5"),
        "{screen}"
    );
    // The kadis has no atasan langsung: nobody can assess him here.
    let kadis = app
        .assess
        .rows
        .iter()
        .position(|r| r.staff_id == fx.kadis)
        .unwrap();
    app.assess.select(kadis);
    key(&mut app, "enter");
    assert!(render(&app).contains("belum memiliki atasan langsung"));
    key(&mut app, "1");
    assert!(error(&app).contains("atasan langsung"));
    key(&mut app, "esc");
    // The filter: only those not yet assessed.
    app.store
        .save_assessment(
            fx.ipul,
            2026,
            q3(),
            None,
            &kinerja::store::assessment::AssessmentInput {
                assessor_id: fx.kabid,
                ..Default::default()
            },
        )
        .unwrap();
    key(&mut app, "s");
    let screen = render(&app);
    assert!(screen.contains("belum dinilai"), "{screen}");
    assert!(!screen.contains("Ipul"), "{screen}");
    key(&mut app, "c");
    assert!(render(&app).contains("Ipul"));
    // > walks to the year: the annual view lists the quarters.
    keys(&mut app, &[">", ">"]);
    assert!(render(&app).contains("Tahunan 2026"));
    let ipul = app
        .assess
        .rows
        .iter()
        .position(|r| r.staff_id == fx.ipul)
        .unwrap();
    app.assess.select(ipul);
    key(&mut app, "enter");
    let screen = render(&app);
    assert!(screen.contains("Rating per triwulan"), "{screen}");
    assert!(screen.contains("III — / —  Draf"), "{screen}");

    // A supervisor may not assess someone else's subordinate.
    let mut app = app_as(&path, "luh", 80, 24);
    key(&mut app, "u");
    type_text(&mut app, "dinas sosial");
    key(&mut app, "enter");
    let budi = app
        .assess
        .rows
        .iter()
        .position(|r| r.staff_id == fx.budi)
        .unwrap();
    app.assess.select(budi);
    key(&mut app, "enter");
    assert!(render(&app).contains("hanya dapat menilai bawahan langsung"));
}

#[test]
fn snapshots_of_the_queue_and_the_form() {
    let (_dir, path, _fx) = world();
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = app_as(&path, "luh", w, h);
        insta::assert_snapshot!(format!("assess_queue_{w}x{h}"), render(&app));
        key(&mut app, "enter");
        insta::assert_snapshot!(format!("assess_form_{w}x{h}"), render(&app));
        keys(&mut app, &["tab", "tab", "tab"]);
        insta::assert_snapshot!(format!("assess_guides_{w}x{h}"), render(&app));
    }
    let mut app = app_as(&path, "luh", 60, 16);
    key(&mut app, "enter");
    insta::assert_snapshot!("assess_form_60x16", render(&app));
}

#[test]
fn only_an_admin_reopens_a_final_assessment_with_a_written_reason() {
    let (_dir, path, fx) = world();
    let mut s = Store::open(&path, &options("admin1")).unwrap();
    s.set_user("op", Role::Operator, None).unwrap();
    let a = s
        .save_assessment(
            fx.ipul,
            2026,
            q3(),
            None,
            &kinerja::store::assessment::AssessmentInput {
                assessor_id: fx.kabid,
                rating_result: Some(Rating::Meets),
                rating_behaviour: Some(Rating::Meets),
                suggested: Some(Rating::Meets),
                ..Default::default()
            },
        )
        .unwrap();
    s.finalize_assessment(fx.ipul, 2026, q3(), a.version)
        .unwrap();
    drop(s);

    // An operator cannot.
    let mut app = app_as(&path, "op", 80, 24);
    type_text(&mut app, "seksi rehabilitasi anak");
    key(&mut app, "enter");
    key(&mut app, "enter");
    key(&mut app, "ctrl-o");
    assert!(app.popups.is_empty());
    assert!(error(&app).contains("membuka kembali"), "{:?}", app.message);

    // An admin can, but not without a reason.
    let mut app = app_as(&path, "admin1", 80, 24);
    type_text(&mut app, "seksi rehabilitasi anak");
    key(&mut app, "enter");
    key(&mut app, "enter");
    assert!(render(&app).contains("Ctrl-O"));
    key(&mut app, "ctrl-o");
    assert!(matches!(app.popups.last(), Some(Popup::Reopen(_))));
    key(&mut app, "enter");
    assert!(
        matches!(app.popups.last(), Some(Popup::Reopen(_))),
        "still asking"
    );
    assert!(render(&app).contains("Alasan membuka kembali"));
    type_text(&mut app, "Salah pilih rating perilaku");
    key(&mut app, "enter");
    assert!(app.popups.is_empty(), "{:?}", app.message);
    let a = app.store.assessment(fx.ipul, 2026, q3()).unwrap().unwrap();
    assert_eq!(a.state, AssessmentState::Draft);
    let trail = app
        .store
        .audit_trail("assessment", &a.id.to_string())
        .unwrap();
    let reopen = trail
        .iter()
        .find(|e| e.action == "reopen")
        .expect("audited");
    assert!(
        reopen
            .after
            .as_deref()
            .unwrap()
            .contains("Salah pilih rating perilaku")
    );
    // The form is editable again.
    key(&mut app, "3");
    assert_eq!(
        app.assess
            .form
            .as_ref()
            .unwrap()
            .rating(kinerja::tui::screens::assess_form::RESULT),
        Some(Rating::Above)
    );
}

#[test]
fn the_unit_distribution_warns_while_the_supervisor_rates() {
    let (_dir, path, fx) = world();
    let mut s = Store::open(&path, &options("admin1")).unwrap();
    s.set_unit_predicate(
        fx.dinsos,
        2026,
        q3(),
        Some(kinerja::domain::distribution::UnitPredicate::ButuhPerbaikan),
        None,
    )
    .unwrap();
    drop(s);
    let mut app = app_as(&path, "luh", 80, 24);
    key(&mut app, "enter");
    let screen = render(&app);
    assert!(
        screen.contains("Sebaran Dinas Sosial: SB 0 B 0 BP 0"),
        "{screen}"
    );
    // Sangat Baik in a unit whose predikat is Butuh Perbaikan/Cukup: the
    // breach shows before anything is saved.
    keys(&mut app, &["3", "down", "down", "3"]);
    let screen = render(&app);
    assert!(
        screen.contains("Sebaran Dinas Sosial: SB 1 B 0"),
        "{screen}"
    );
    assert!(
        screen.contains("! Sangat Baik 1 dari 1 = 100 %"),
        "{screen}"
    );
    // Guidance, not a block: the draft saves.
    key(&mut app, "ctrl-s");
    assert!(
        matches!(&app.message, Some(Message::Info(_))),
        "{:?}",
        app.message
    );
}
