//! Shared fixtures: a small government on an in-memory database with a
//! fixed clock and user, so that flows and snapshots are reproducible.
#![allow(dead_code)]

use std::sync::Arc;

use chrono::NaiveDate;
use kinerja::clock::FixedClock;
use kinerja::domain::nip::Nip;
use kinerja::domain::rank::Rank;
use kinerja::domain::staff::{
    InactiveReason, PositionKind, StaffFields, StaffId, StaffKind, UnitId,
};
use kinerja::domain::unit::{UnitFields, UnitKind};
use kinerja::store::{OpenOptions, Store};
use kinerja::tui::app::App;
use kinerja::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

pub fn options(user: &str) -> OpenOptions {
    OpenOptions {
        os_user: user.to_string(),
        clock: Arc::new(FixedClock::on(today())),
        ..OpenOptions::default()
    }
}

/// An empty in-memory database whose admin is "admin1".
pub fn empty_store() -> Store {
    kinerja::i18n::set_lang(kinerja::i18n::Lang::Id);
    Store::open_in_memory(&options("admin1")).unwrap()
}

pub struct Fixture {
    pub root: UnitId,
    pub dinsos: UnitId,
    pub bidang: UnitId,
    pub seksi: UnitId,
    pub dinkes: UnitId,
    pub puskesmas: UnitId,
    pub kadis: StaffId,
    pub kabid: StaffId,
    pub ipul: StaffId,
    pub siti: StaffId,
    pub sukarni: StaffId,
    pub budi: StaffId,
    pub andi: StaffId,
}

pub fn unit(s: &mut Store, name: &str, kind: UnitKind, parent: Option<UnitId>) -> UnitId {
    s.insert_unit(&UnitFields {
        name: name.into(),
        kind,
        parent_id: parent,
        head_id: None,
    })
    .unwrap()
}

#[allow(clippy::too_many_arguments)]
pub fn fields(
    nip: &str,
    kind: StaffKind,
    front: &str,
    name: &str,
    back: &str,
    rank: &str,
    pk: PositionKind,
    position: &str,
    unit: UnitId,
    sup: Option<StaffId>,
) -> StaffFields {
    StaffFields {
        nip: Nip::parse(nip).unwrap(),
        kind,
        front_title: front.into(),
        name: name.into(),
        back_title: back.into(),
        rank: Rank::parse(rank).ok(),
        position_kind: pk,
        position_name: position.into(),
        unit_id: unit,
        supervisor_id: sup,
    }
}

pub fn fixture(s: &mut Store) -> Fixture {
    use PositionKind::*;
    use StaffKind::*;
    s.set_meta("organisation", "Pemerintah Kabupaten Banyumas")
        .unwrap();
    let root = unit(
        s,
        "Pemerintah Kabupaten Banyumas",
        UnitKind::Government,
        None,
    );
    let dinsos = unit(s, "Dinas Sosial", UnitKind::Agency, Some(root));
    let bidang = unit(
        s,
        "Bidang Rehabilitasi Sosial",
        UnitKind::Division,
        Some(dinsos),
    );
    let seksi = unit(
        s,
        "Seksi Rehabilitasi Anak",
        UnitKind::Section,
        Some(bidang),
    );
    let dinkes = unit(s, "Dinas Kesehatan", UnitKind::Agency, Some(root));
    let puskesmas = unit(
        s,
        "UPT Puskesmas Ajibarang I",
        UnitKind::ServiceUnit,
        Some(dinkes),
    );
    let kadis = s
        .insert_staff(&fields(
            "19680312 199003 1 003",
            Pns,
            "Drs.",
            "Bambang Sutrisno",
            "M.M.",
            "IV/c",
            Jpt,
            "Kepala Dinas Sosial",
            dinsos,
            None,
        ))
        .unwrap();
    let kabid = s
        .insert_staff(&fields(
            "197505202000122002",
            Pns,
            "",
            "Ni Luh Putu Ayu Wiryaningsih",
            "S.Sos.",
            "IV/a",
            Administrator,
            "Kepala Bidang Rehabilitasi Sosial",
            bidang,
            Some(kadis),
        ))
        .unwrap();
    let ipul = s
        .insert_staff(&fields(
            "199001012015031001",
            Pns,
            "",
            "Muh. Syaiful 'Ipul' A.",
            "",
            "II/c",
            Executor,
            "Pengadministrasi Umum",
            seksi,
            Some(kabid),
        ))
        .unwrap();
    let siti = s
        .insert_staff(&fields(
            "199009132025242014",
            Pppk,
            "",
            "Siti Aminah",
            "S.Pd",
            "IX",
            Functional,
            "Penyuluh Sosial Ahli Pertama",
            bidang,
            Some(kabid),
        ))
        .unwrap();
    let sukarni = s
        .insert_staff(&fields(
            "196601011986031002",
            Pns,
            "",
            "Sukarni",
            "",
            "III/d",
            Executor,
            "Pengelola Barang Milik Negara",
            dinsos,
            Some(kadis),
        ))
        .unwrap();
    let v = s.get_staff(sukarni).unwrap().version;
    s.deactivate_staff(
        sukarni,
        v,
        InactiveReason::Retired,
        NaiveDate::from_ymd_opt(2026, 2, 1).unwrap(),
        "BUP",
    )
    .unwrap();
    let budi = s
        .insert_staff(&fields(
            "198505152010131001",
            Pns,
            "",
            "Budi Santoso",
            "S.Kom",
            "III/b",
            Executor,
            "Pranata Komputer",
            dinsos,
            Some(kadis),
        ))
        .unwrap();
    let andi = s
        .insert_staff(&fields(
            "198802142014031001",
            Pns,
            "dr.",
            "Andi Wijaya",
            "",
            "III/c",
            Functional,
            "Dokter Ahli Muda",
            puskesmas,
            None,
        ))
        .unwrap();
    Fixture {
        root,
        dinsos,
        bidang,
        seksi,
        dinkes,
        puskesmas,
        kadis,
        kabid,
        ipul,
        siti,
        sukarni,
        budi,
        andi,
    }
}

/// Sends one key, written as in keymap files: "a", "enter", "ctrl-s".
pub fn key(app: &mut App, spec: &str) {
    let (mods, rest) = match (spec.strip_prefix("ctrl-"), spec.strip_prefix("alt-")) {
        (Some(r), _) => (KeyModifiers::CONTROL, r),
        (_, Some(r)) => (KeyModifiers::ALT, r),
        _ => (KeyModifiers::NONE, spec),
    };
    let code = match rest {
        "enter" => KeyCode::Enter,
        "esc" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pagedown" => KeyCode::PageDown,
        "pageup" => KeyCode::PageUp,
        "backspace" => KeyCode::Backspace,
        f if f.starts_with('f') && f.len() > 1 && f[1..].parse::<u8>().is_ok() => {
            KeyCode::F(f[1..].parse().unwrap())
        }
        c if c.chars().count() == 1 => KeyCode::Char(c.chars().next().unwrap()),
        other => panic!("unknown key {other}"),
    };
    app.handle_key(KeyEvent::new(code, mods));
}

pub fn keys(app: &mut App, specs: &[&str]) {
    for s in specs {
        key(app, s);
    }
}

pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

pub fn render(app: &App) -> String {
    let (w, h) = app.size;
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| ui::render(app, f)).unwrap();
    let buf = term.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        for x in 0..buf.area.width {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// A plan for `who` in 2026 with one indicator (12 dokumen a year); its id.
pub fn one_indicator_plan(s: &mut Store, who: StaffId) -> i64 {
    use kinerja::domain::plan::{Aspect, IndicatorDraft, PlannedResultFields, ResultKind};
    let plan = s.create_plan(who, 2026).unwrap();
    let r = s
        .insert_result(
            plan,
            &PlannedResultFields {
                text: "Laporan".into(),
                kind: ResultKind::Main,
                parent_id: None,
            },
        )
        .unwrap();
    let f = IndicatorDraft {
        text: "Jumlah laporan".into(),
        satuan: "dokumen".into(),
        aspect: Some(Aspect::Quantity),
        target: "12".into(),
        ..Default::default()
    }
    .validate()
    .unwrap();
    s.insert_indicator(r, &f).unwrap()
}

/// A demo government of `staff` people in `path`, with plans, actuals and
/// assessments, as `kinerja demo` makes it on the fixed test date.
pub fn demo_db(path: &std::path::Path, staff: usize, seed: u64) -> Store {
    use kinerja::demo::{DemoOptions, assessments, generate, plans};
    let opts = DemoOptions {
        staff,
        seed,
        reference_date: today(),
    };
    let gov = generate(&opts).unwrap();
    let mut store = Store::open(path, &options("admin1")).unwrap();
    let loaded = store.load_batch(&gov.batch, "demo").unwrap();
    let skp = plans(&gov, &opts);
    store.load_plans(&skp, &loaded.staff_ids, "demo").unwrap();
    let assessed = assessments(&gov, &skp, &opts);
    store
        .load_assessments(&assessed, &loaded.staff_ids, &loaded.unit_ids, "demo")
        .unwrap();
    store
}

/// The real binary with `home` as its home: no real config or data is
/// read, and only PATH comes from the environment.
pub fn kinerja_in(home: &std::path::Path) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("kinerja").unwrap();
    c.env_clear()
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("PATH", std::env::var("PATH").unwrap_or_default());
    c
}
