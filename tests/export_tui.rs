//! The export key on the lists: what the screen shows, as a file.

mod common;

use common::*;
use kinerja::domain::role::Role;
use kinerja::store::Store;
use kinerja::tui::app::{App, Message, Popup, Screen};
use kinerja::tui::keymap::Keymap;
use kinerja::tui::theme::Theme;

fn world() -> (tempfile::TempDir, std::path::PathBuf, Fixture) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    let mut s = Store::open(&path, &options("admin1")).unwrap();
    let fx = fixture(&mut s);
    one_indicator_plan(&mut s, fx.ipul);
    s.set_user("luh", Role::Supervisor, Some(fx.kabid)).unwrap();
    (dir, path, fx)
}

fn open(path: &std::path::Path, user: &str) -> App {
    let store = Store::open(path, &options(user)).unwrap();
    App::new(store, Keymap::default(), Theme::mono(), (80, 24))
}

/// In the export form: the format (→ steps), then the file typed over the
/// suggestion, then Enter.
fn export_to(app: &mut App, rights: usize, file: &std::path::Path) {
    assert!(matches!(app.popups.last(), Some(Popup::Export(_))));
    for _ in 0..rights {
        key(app, "right");
    }
    keys(app, &["tab", "ctrl-x"]);
    type_text(app, &file.display().to_string());
    key(app, "enter");
}

fn info(app: &App) -> String {
    match &app.message {
        Some(Message::Info(m)) => m.clone(),
        other => panic!("expected a message, got {other:?}"),
    }
}

#[test]
fn each_list_exports_what_it_shows() {
    let (dir, path, _fx) = world();
    // A supervisor's queue: her two subordinates only, as JSON.
    let mut app = open(&path, "luh");
    key(&mut app, "5");
    key(&mut app, "X");
    let suggested = render(&app);
    assert!(suggested.contains("Ekspor Penilaian"), "{suggested}");
    assert!(suggested.contains("penilaian-2026-tw3.xlsx"), "{suggested}");
    let json = dir.path().join("antrian.json");
    export_to(&mut app, 3, &json);
    assert!(app.popups.is_empty(), "{:?}", app.message);
    assert!(info(&app).contains("2 baris diekspor"), "{:?}", app.message);
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Muh. Syaiful 'Ipul' A.", "Siti Aminah, S.Pd"]);

    // The summary as XLSX.
    let mut app = open(&path, "admin1");
    key(&mut app, "6");
    key(&mut app, "X");
    let xlsx = dir.path().join("ringkasan.xlsx");
    export_to(&mut app, 0, &xlsx);
    assert!(info(&app).contains("baris diekspor"));
    let bytes = std::fs::read(&xlsx).unwrap();
    assert_eq!(&bytes[..2], b"PK", "a zip (XLSX) file");

    // The results grid of a unit as Indonesian CSV (';', BOM).
    key(&mut app, "4");
    type_text(&mut app, "seksi rehabilitasi anak");
    key(&mut app, "enter");
    assert_eq!(app.screen, Screen::Results);
    key(&mut app, "f6");
    let csv = dir.path().join("realisasi.csv");
    export_to(&mut app, 2, &csv);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with('\u{feff}'), "BOM");
    assert!(text.lines().next().unwrap().contains(';'));
    assert!(text.contains("199001012015031001"));
    assert!(!text.contains("Siti"), "only the seksi");
}

#[test]
fn a_file_that_cannot_be_written_keeps_the_form_open_with_the_reason() {
    let (_dir, path, _fx) = world();
    let mut app = open(&path, "admin1");
    key(&mut app, "X");
    export_to(
        &mut app,
        0,
        std::path::Path::new("/nonexistent/dir/pegawai.xlsx"),
    );
    assert!(matches!(app.popups.last(), Some(Popup::Export(_))));
    let screen = render(&app);
    assert!(screen.contains("Tidak dapat menulis"), "{screen}");
    // A screen without a list says so.
    key(&mut app, "esc");
    key(&mut app, "2");
    key(&mut app, "X");
    assert!(matches!(&app.message, Some(Message::Error(m)) if m.contains("tidak punya daftar")));
}
