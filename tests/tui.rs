//! TUI flows driven through the real keymap on an in-memory database, and
//! render snapshots at 80×24, 120×40 and tiny sizes.

mod common;

use common::*;
use kinerja::domain::staff::{EmploymentStatus, InactiveReason, StaffId};
use kinerja::store::Store;
use kinerja::store::staff_list::StaffFilter;
use kinerja::tui::app::{App, Message, Popup, Screen};
use kinerja::tui::keymap::Keymap;
use kinerja::tui::theme::Theme;
use kinerja::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn app_with(store: Store, w: u16, h: u16) -> App {
    App::new(store, Keymap::default(), Theme::color(), (w, h))
}

fn app(w: u16, h: u16) -> (App, Fixture) {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    (app_with(s, w, h), fx)
}

fn selected_name(app: &App) -> String {
    let id = app.staff.selected_id().expect("a selection");
    app.store.get_staff(id).unwrap().fields.name
}

fn select(app: &mut App, id: StaffId) {
    let pos = app
        .store
        .staff_position(&app.staff.filter, id)
        .unwrap()
        .unwrap();
    keys(app, &["g"]);
    for _ in 0..pos {
        key(app, "j");
    }
    assert_eq!(app.staff.selected_id(), Some(id));
}

#[test]
fn staff_screen_80x24() {
    let (app, _) = app(80, 24);
    insta::assert_snapshot!(render(&app));
}

#[test]
fn staff_screen_120x40() {
    let (mut app, fx) = app(120, 40);
    select(&mut app, fx.kabid);
    insta::assert_snapshot!(render(&app));
}

#[test]
fn units_screen_80x24() {
    let (mut app, _) = app(80, 24);
    key(&mut app, "2");
    assert_eq!(app.screen, Screen::Units);
    insta::assert_snapshot!(render(&app));
}

#[test]
fn tiny_terminals_show_a_message_and_never_panic() {
    let (mut app, _) = app(80, 24);
    for (w, h) in [
        (79, 24),
        (80, 23),
        (40, 10),
        (20, 5),
        (1, 1),
        (0, 0),
        (300, 3),
    ] {
        app.resize(w, h);
        let screen = render(&app);
        if w >= 20 && h >= 5 {
            assert!(screen.contains("kecil"), "{w}x{h}:\n{screen}");
        }
        // Keys still work at any size.
        keys(&mut app, &["j", "/", "x", "esc", "?", "esc"]);
    }
    app.resize(40, 10);
    insta::assert_snapshot!(render(&app));
}

#[test]
fn adding_a_person_by_keyboard() {
    let (mut app, fx) = app(80, 24);
    key(&mut app, "a");
    assert!(matches!(app.popups.last(), Some(Popup::StaffForm(_))));
    type_text(&mut app, "19950704 202203 2 001");
    key(&mut app, "tab"); // kind (PNS)
    key(&mut app, "tab"); // gelar depan
    key(&mut app, "tab");
    type_text(&mut app, "Rina Marlina");
    key(&mut app, "tab");
    type_text(&mut app, "S.E.");
    key(&mut app, "tab"); // rank: the 9th, III/a
    for _ in 0..9 {
        key(&mut app, "right");
    }
    key(&mut app, "tab"); // position kind stays Pelaksana
    key(&mut app, "tab");
    type_text(&mut app, "Analis Keuangan");
    key(&mut app, "tab"); // unit: open the picker and search
    key(&mut app, "enter");
    type_text(&mut app, "rehab anak");
    key(&mut app, "enter");
    // The focus moved on to the supervisor; pick by name.
    key(&mut app, "enter");
    type_text(&mut app, "wiryan");
    key(&mut app, "enter");
    insta::assert_snapshot!("add_form_filled", render(&app));
    key(&mut app, "ctrl-s");
    assert!(app.popups.is_empty(), "{:?}", app.message);
    assert_eq!(selected_name(&app), "Rina Marlina");
    let s = app
        .store
        .get_staff(app.staff.selected_id().unwrap())
        .unwrap();
    assert_eq!(s.fields.unit_id, fx.seksi);
    assert_eq!(s.fields.supervisor_id, Some(fx.kabid));
    assert_eq!(s.fields.rank.unwrap().code(), "III/a");
    assert_eq!(s.display_name(), "Rina Marlina, S.E.");
    assert_eq!(app.message, Some(Message::Info("Tersimpan.".into())));
}

#[test]
fn bad_input_keeps_the_form_and_what_was_typed() {
    let (mut app, _) = app(80, 24);
    key(&mut app, "a");
    type_text(&mut app, "1968031219900310");
    key(&mut app, "ctrl-s");
    let Some(Popup::StaffForm(f)) = app.popups.last() else {
        panic!("form closed")
    };
    assert_eq!(f.form.text("nip"), "1968031219900310");
    let nip_err = f.form.field("nip").error.clone().unwrap();
    assert!(nip_err.contains("16 digit"), "{nip_err}");
    assert!(f.form.field("name").error.is_some());
    assert!(f.form.field("unit").error.is_some());
    insta::assert_snapshot!("add_form_errors", render(&app));
    // Fix the NIP to one that exists: the message names who has it.
    key(&mut app, "ctrl-u");
    type_text(&mut app, "196803121990031003");
    for _ in 0..3 {
        key(&mut app, "tab");
    }
    type_text(&mut app, "Orang Baru");
    for _ in 0..4 {
        key(&mut app, "tab");
    }
    type_text(&mut app, "Staf");
    key(&mut app, "tab");
    key(&mut app, "enter");
    type_text(&mut app, "dinas sosial");
    key(&mut app, "enter");
    key(&mut app, "ctrl-s");
    let Some(Popup::StaffForm(f)) = app.popups.last() else {
        panic!("form closed")
    };
    let e = f.form.field("nip").error.clone().unwrap();
    assert!(e.contains("Drs. Bambang Sutrisno, M.M."), "{e}");
    assert_eq!(f.form.focused_key(), "nip");
    assert_eq!(app.store.count_staff(&StaffFilter::default()).unwrap(), 7);
}

#[test]
fn nip_warnings_show_in_the_form_without_blocking() {
    let (mut app, _) = app(80, 24);
    key(&mut app, "a");
    type_text(&mut app, "198505152010131009");
    let Some(Popup::StaffForm(f)) = app.popups.last() else {
        panic!()
    };
    assert!(!f.form.field("nip").warnings.is_empty());
}

#[test]
fn editing_keeps_the_selection_on_the_person() {
    let (mut app, fx) = app(80, 24);
    key(&mut app, "/");
    type_text(&mut app, "ipul");
    assert_eq!(app.staff.total, 1);
    key(&mut app, "enter");
    key(&mut app, "esc"); // clears the search, keeps the person selected
    assert_eq!(app.staff.total, 7);
    assert_eq!(app.staff.selected_id(), Some(fx.ipul));
    key(&mut app, "e");
    keys(&mut app, &["tab", "tab", "tab", "ctrl-u"]);
    type_text(&mut app, "Aaron Syaiful");
    key(&mut app, "ctrl-s");
    assert!(app.popups.is_empty());
    // The name now sorts first, and the selection followed it.
    assert_eq!(app.staff.selected, 0);
    assert_eq!(app.staff.selected_id(), Some(fx.ipul));
}

#[test]
fn letters_typed_in_search_never_trigger_commands() {
    let (mut app, _) = app(80, 24);
    key(&mut app, "/");
    type_text(&mut app, "aexq");
    assert!(app.popups.is_empty());
    assert!(!app.quit);
    assert_eq!(app.staff.search.value(), "aexq");
}

#[test]
fn esc_on_a_changed_form_asks_and_can_discard() {
    let (mut app, _) = app(80, 24);
    key(&mut app, "a");
    key(&mut app, "esc");
    assert!(app.popups.is_empty(), "an untouched form just closes");
    key(&mut app, "a");
    type_text(&mut app, "1");
    key(&mut app, "esc");
    assert!(matches!(app.popups.last(), Some(Popup::Confirm(_))));
    insta::assert_snapshot!("unsaved_confirm", render(&app));
    key(&mut app, "esc"); // cancel: back to the form, text intact
    let Some(Popup::StaffForm(f)) = app.popups.last() else {
        panic!()
    };
    assert_eq!(f.form.text("nip"), "1");
    key(&mut app, "esc");
    key(&mut app, "b");
    assert!(app.popups.is_empty());
}

#[test]
fn deactivating_with_reason_and_date() {
    let (mut app, fx) = app(80, 24);
    select(&mut app, fx.budi);
    key(&mut app, "x");
    key(&mut app, "right"); // first reason: pensiun
    key(&mut app, "right"); // mutasi keluar
    keys(&mut app, &["tab", "ctrl-u"]);
    type_text(&mut app, "01-10-2026");
    keys(&mut app, &["tab"]);
    type_text(&mut app, "ke Kab. Cilacap");
    key(&mut app, "ctrl-s");
    assert!(app.popups.is_empty());
    let s = app.store.get_staff(fx.budi).unwrap();
    assert_eq!(
        s.status,
        EmploymentStatus::Inactive {
            reason: InactiveReason::TransferredOut,
            since: chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
            note: "ke Kab. Cilacap".into()
        }
    );
    assert_eq!(app.staff.selected_id(), Some(fx.budi));
    // Status filter: active only hides them.
    key(&mut app, "s");
    assert_eq!(app.staff.total, 5);
}

#[test]
fn a_bad_deactivation_date_is_named() {
    let (mut app, fx) = app(80, 24);
    select(&mut app, fx.budi);
    key(&mut app, "x");
    keys(&mut app, &["right", "tab", "ctrl-u"]);
    type_text(&mut app, "31-02-2026");
    key(&mut app, "ctrl-s");
    let Some(Popup::Deactivate(f)) = app.popups.last() else {
        panic!()
    };
    assert!(
        f.form
            .field("since")
            .error
            .as_deref()
            .unwrap()
            .contains("HH-BB-TTTT")
    );
    assert!(app.store.get_staff(fx.budi).unwrap().status.is_active());
}

#[test]
fn unit_filter_through_the_fuzzy_picker() {
    let (mut app, _) = app(80, 24);
    key(&mut app, "u");
    type_text(&mut app, "bidang rehab");
    key(&mut app, "enter");
    assert_eq!(app.staff.total, 3);
    assert_eq!(
        app.staff.unit_label.as_deref(),
        Some("Bidang Rehabilitasi Sosial")
    );
    key(&mut app, "c");
    assert_eq!(app.staff.total, 7);
}

#[test]
fn units_add_rename_and_refuse_a_loop() {
    let (mut app, fx) = app(80, 24);
    key(&mut app, "2");
    // Select Dinas Kesehatan and move it under its own puskesmas.
    let idx = app
        .units
        .rows
        .iter()
        .position(|r| r.unit.id == fx.dinkes)
        .unwrap();
    app.units.select(idx);
    key(&mut app, "m");
    type_text(&mut app, "ajibarang");
    key(&mut app, "enter");
    // The picker leaves out the unit's own subtree, so nothing matched.
    assert!(matches!(app.popups.last(), Some(Popup::Picker(_))));
    key(&mut app, "esc");
    // Add a seksi below Dinas Kesehatan.
    key(&mut app, "a");
    type_text(&mut app, "Seksi Surveilans");
    key(&mut app, "ctrl-s");
    assert!(app.popups.is_empty(), "{:?}", app.message);
    let row = app.units.selected_row().unwrap();
    assert_eq!(row.unit.fields.name, "Seksi Surveilans");
    assert_eq!(row.unit.fields.parent_id, Some(fx.dinkes));
    // Rename it.
    key(&mut app, "e");
    key(&mut app, "ctrl-u");
    type_text(&mut app, "Seksi Surveilans dan Imunisasi");
    key(&mut app, "ctrl-s");
    assert_eq!(
        app.units.selected_row().unwrap().unit.fields.name,
        "Seksi Surveilans dan Imunisasi"
    );
    // Enter shows the unit's staff.
    let bidang = app
        .units
        .rows
        .iter()
        .position(|r| r.unit.id == fx.bidang)
        .unwrap();
    app.units.select(bidang);
    key(&mut app, "p");
    assert_eq!(app.screen, Screen::Staff);
    assert_eq!(app.staff.total, 3);
}

#[test]
fn help_and_palette_come_from_the_live_keymap() {
    let (mut app, _) = app(80, 24);
    key(&mut app, "?");
    let Some(Popup::Help(h)) = app.popups.last() else {
        panic!()
    };
    assert!(
        h.lines
            .iter()
            .any(|(k, l)| k.contains('a') && l == "Tambah")
    );
    insta::assert_snapshot!("help", render(&app));
    key(&mut app, "esc");
    key(&mut app, ":");
    type_text(&mut app, "unit kerja");
    key(&mut app, "enter");
    assert_eq!(app.screen, Screen::Units);
    // An override shows up in the help too.
    let km = Keymap::with_overrides(
        Some("[list]\nadd = [\"=\"]\n"),
        std::path::Path::new("k.toml"),
    )
    .unwrap();
    let mut app2 = App::new(empty_store(), km, Theme::color(), (80, 24));
    key(&mut app2, "?");
    let Some(Popup::Help(h)) = app2.popups.last() else {
        panic!()
    };
    assert!(h.lines.iter().any(|(k, l)| k == "=" && l == "Tambah"));
}

#[test]
fn control_characters_from_the_database_never_reach_the_terminal() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let mut f = s.get_staff(fx.ipul).unwrap().fields;
    // Legacy data imported before validation: an escape sequence in a name.
    f.name = "Evil\u{1b}]0;pwned\u{7}\u{1b}[2J".into();
    s.update_staff(fx.ipul, 1, &f).unwrap();
    let mut app = app_with(s, 120, 40);
    select(&mut app, fx.ipul);
    let screen = render(&app);
    assert!(!screen.contains('\u{1b}') && !screen.contains('\u{7}'));
    assert!(screen.contains("Evil\u{FFFD}]0;pwned"), "{screen}");
}

#[test]
fn read_only_and_unsaved_markers_in_the_status_bar() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    {
        let mut s = Store::open(&path, &options("admin1")).unwrap();
        fixture(&mut s);
    }
    let ro = Store::open(
        &path,
        &kinerja::store::OpenOptions {
            read_only: true,
            ..options("admin1")
        },
    )
    .unwrap();
    let mut app = app_with(ro, 80, 24);
    let screen = render(&app);
    assert!(
        screen.lines().last().unwrap().contains("HANYA-BACA"),
        "{screen}"
    );
    key(&mut app, "a");
    assert!(app.popups.is_empty());
    assert!(matches!(&app.message, Some(Message::Error(m)) if m.contains("hanya-baca")));

    let (mut app2, _) = self::app(80, 24);
    key(&mut app2, "a");
    type_text(&mut app2, "1");
    assert!(
        render(&app2)
            .lines()
            .last()
            .unwrap()
            .contains("BELUM DISIMPAN")
    );
}

#[test]
fn the_monochrome_theme_uses_no_colours() {
    let mut s = empty_store();
    fixture(&mut s);
    let app = App::new(s, Keymap::default(), Theme::mono(), (80, 24));
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    term.draw(|f| ui::render(&app, f)).unwrap();
    let buf = term.backend().buffer();
    for cell in buf.content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset);
        assert_eq!(cell.bg, ratatui::style::Color::Reset);
    }
}

#[test]
fn english_interface() {
    kinerja::i18n::set_lang(kinerja::i18n::Lang::En);
    let mut s = Store::open_in_memory(&options("admin1")).unwrap();
    fixture(&mut s);
    let app = app_with(s, 80, 24);
    let screen = render(&app);
    kinerja::i18n::set_lang(kinerja::i18n::Lang::Id);
    assert!(
        screen.contains("Staff") && screen.contains("Search:"),
        "{screen}"
    );
}

#[test]
fn paging_through_a_long_list() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let base = s.get_staff(fx.ipul).unwrap().fields;
    for i in 0..200 {
        let mut f = base.clone();
        f.nip = kinerja::domain::nip::Nip::parse(&format!("19900101201503{}{:03}", 1, i + 100))
            .unwrap();
        f.name = format!("Pegawai {i:03}");
        s.insert_staff(&f).unwrap();
    }
    let mut app = app_with(s, 80, 24);
    let page = app.staff.page;
    // Whatever path the window took (by key or by position), it must show
    // exactly the rows at its offset.
    let check = |app: &App| {
        let expect = app
            .store
            .staff_window(&app.staff.filter, app.staff.offset, page)
            .unwrap();
        assert_eq!(app.staff.rows, expect, "offset {}", app.staff.offset);
        assert!(app.staff.selected >= app.staff.offset);
        assert!(app.staff.selected < app.staff.offset + page);
    };
    for k in [
        "pagedown", "pagedown", "j", "j", "k", "pageup", "G", "pageup", "k", "pagedown", "g", "j",
        "pageup",
    ] {
        key(&mut app, k);
        check(&app);
    }
    key(&mut app, "g");
    key(&mut app, "pagedown");
    assert_eq!(app.staff.selected, page);
    assert_eq!(app.staff.rows.len() as u64, page);
    key(&mut app, "G");
    assert_eq!(app.staff.selected, 206);
    assert_eq!(app.staff.selected_id(), app.staff.rows.last().map(|r| r.id));
    key(&mut app, "g");
    assert_eq!(app.staff.selected, 0);
}

#[test]
fn a_stale_save_names_who_changed_the_record_and_keeps_the_typing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    let mut admin = Store::open(&path, &options("admin1")).unwrap();
    let fx = fixture(&mut admin);
    admin
        .set_user("op2", kinerja::domain::role::Role::Operator, None)
        .unwrap();
    let mut app = app_with(admin, 80, 24);
    select(&mut app, fx.siti);
    key(&mut app, "e");
    // Meanwhile another operator changes the same person.
    let mut other = Store::open(&path, &options("op2")).unwrap();
    let mut f = other.get_staff(fx.siti).unwrap().fields;
    f.position_name = "Penyuluh Sosial Ahli Muda".into();
    other.update_staff(fx.siti, 1, &f).unwrap();
    keys(&mut app, &["tab", "tab", "tab", "ctrl-u"]);
    type_text(&mut app, "Siti Aminah Lubis");
    key(&mut app, "ctrl-s");
    let Some(Popup::StaffForm(form)) = app.popups.last() else {
        panic!("the form must stay open")
    };
    let e = form.form.error.clone().unwrap();
    assert!(e.contains("op2"), "{e}");
    assert_eq!(form.form.text("name"), "Siti Aminah Lubis");
    assert_eq!(
        app.store.get_staff(fx.siti).unwrap().fields.name,
        "Siti Aminah"
    );
}
