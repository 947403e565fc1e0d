//! `kinerja report unit` and `kinerja report public`: the unit summary and
//! the transparency report from the real binary, on databases made from
//! the test fixture and on a demo government, plus a snapshot of the text
//! summary of a fixture unit.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use common::*;
use kinerja::cli::report::disclosure::Cell;
use kinerja::cli::report::evaluation::Signing;
use kinerja::cli::report::{Format, form, public, unit as unit_report};
use kinerja::domain::distribution::UnitPredicate;
use kinerja::domain::number::Decimal;
use kinerja::domain::period::Quarter;
use kinerja::domain::rating::{AssessmentPeriod, Rating};
use kinerja::domain::role::Role;
use kinerja::domain::staff::StaffId;
use kinerja::domain::unit::UnitKind;
use kinerja::store::Store;
use kinerja::store::actual::ActualInput;
use kinerja::store::assessment::AssessmentInput;
use predicates::prelude::*;

fn q(n: u8) -> AssessmentPeriod {
    AssessmentPeriod::Quarter(Quarter::new(n).unwrap())
}

/// The text with every run of white space as one space.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Records an assessment for triwulan III, final or draft.
fn assess(s: &mut Store, who: StaffId, by: StaffId, result: Rating, behaviour: Rating, fin: bool) {
    let a = s
        .save_assessment(
            who,
            2026,
            q(3),
            None,
            &AssessmentInput {
                assessor_id: by,
                rating_result: Some(result),
                rating_behaviour: Some(behaviour),
                suggested: Some(result),
                ..Default::default()
            },
        )
        .unwrap();
    if fin {
        s.finalize_assessment(who, 2026, q(3), a.version).unwrap();
    }
}

/// The fixture with triwulan III filled in:
/// - Ipul (seksi): 3 of 3 laporan, Baik, final;
/// - Budi (dinas): Baik, final; the kabid (bidang): Baik, draft;
/// - Siti (bidang): Kurang/Misconduct, draft;
/// - Dinas Sosial: predikat organisasi Baik (4 predikat, 3 Baik = 75 %);
///   the seksi: its own predikat Kurang; the bidang inherits Baik;
/// - Dinas Kesehatan (dr. Andi, no supervisor): nobody assessed.
fn populate(s: &mut Store) -> Fixture {
    let fx = fixture(s);
    let ind = one_indicator_plan(s, fx.ipul);
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
    use Rating::*;
    assess(s, fx.ipul, fx.kabid, Meets, Meets, true);
    assess(s, fx.budi, fx.kadis, Meets, Above, true);
    assess(s, fx.kabid, fx.kadis, Meets, Meets, false);
    assess(s, fx.siti, fx.kabid, Meets, Below, false);
    s.set_unit_predicate(fx.dinsos, 2026, q(3), Some(UnitPredicate::Baik), None)
        .unwrap();
    s.set_unit_predicate(fx.seksi, 2026, q(3), Some(UnitPredicate::Kurang), None)
        .unwrap();
    fx
}

struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    fn empty() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().unwrap(),
        }
    }
    /// A database file made from the populated fixture.
    fn new() -> (Sandbox, PathBuf) {
        let sb = Sandbox::empty();
        let db = sb.path("kinerja.sqlite");
        let mut s = Store::open(&db, &options("admin1")).unwrap();
        populate(&mut s);
        (sb, db)
    }
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    /// The binary with a private home: no real config or data is read.
    fn cmd(&self, db: &Path) -> Command {
        let mut c = kinerja_in(self.dir.path());
        c.arg("--db").arg(db);
        c
    }
    /// Standard out of a run that must succeed.
    fn stdout(&self, db: &Path, args: &[&str]) -> String {
        let out = self
            .cmd(db)
            .args(args)
            .assert()
            .code(0)
            .get_output()
            .clone();
        String::from_utf8(out.stdout).unwrap()
    }
}

const UNIT_Q3: [&str; 4] = ["--year", "2026", "--quarter", "3"];

/// The id of the unit of that name.
fn unit_id(s: &Store, name: &str) -> kinerja::domain::staff::UnitId {
    s.units()
        .unwrap()
        .into_iter()
        .find(|u| u.fields.name == name)
        .unwrap()
        .id
}

/// `report public` for triwulan III 2026, then `more`.
fn public_args<'a>(more: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["report", "public"];
    v.extend(UNIT_Q3);
    v.extend(more);
    v
}

fn unit_args<'a>(name: &'a str, more: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["report", "unit", name];
    v.extend(UNIT_Q3);
    v.extend(more);
    v
}

fn assert_fits_80(doc: &str) {
    for line in doc.lines() {
        assert!(
            unicode_width::UnicodeWidthStr::width(line) <= 80,
            "wider than 80: {line:?}"
        );
    }
}

#[test]
fn a_unit_summary_shows_counts_sub_units_and_the_distribution_check() {
    let (sb, db) = Sandbox::new();
    let doc = sb.stdout(&db, &unit_args("dinas sosial", &["--date", "2026-11-22"]));
    assert_fits_80(&doc);
    let flat = squash(&doc);
    for expected in [
        "PEMERINTAH KABUPATEN BANYUMAS",
        "RINGKASAN KINERJA UNIT KERJA",
        "DINAS SOSIAL",
        "Triwulan III 2026 (1 Juli s.d. 30 September 2026)",
        "Berada di bawah : Pemerintah Kabupaten Banyumas",
        "Predikat kinerja organisasi : Baik (ditetapkan untuk unit ini)",
        // Kadis, Budi, the kabid, Siti and Ipul; Sukarni left in February,
        // before the quarter.
        "Pegawai aktif : 5",
        "SKP ditetapkan : 1 dari 5 (20%)",
        "Realisasi lengkap : 1 dari 5 (20%)",
        "Dinilai (draf dan final) : 4 dari 5 (80%)",
        "Penilaian final : 2 dari 5 (40%)",
        "Rata-rata capaian : 100,00% (1 pegawai)",
        // The sub-unit table: the bidang (with the seksi), then the
        // dinas's own staff, then the sum.
        "Bidang Rehabilitasi Sosial 3 0 1 1 3 1 100,00%",
        "Pegawai langsung di unit ini 2 0 0 0 1 1 —",
        "Jumlah 5 0 1 1 4 2 100,00% 20% 20% 80% 40%",
        // The distribution, drafts included, against the band of Baik.
        "(n = 4, termasuk penilaian draf)",
        "Baik 3 75% [##############]#..... paling banyak 70 %",
        "Kurang/Misconduct 1 25% [#####...............] bebas",
        "Butuh Perbaikan + Kurang/Misconduct: harus ada",
        "Peringatan: Baik 3 dari 4 = 75 %, paling banyak 70 %",
        "bukan larangan",
        // Completion by quarter.
        "III 5 1 (20%) 1 (20%) 4 (80%) 2 (40%)",
        "Banyumas, 22 November 2026",
        "Pimpinan Unit Kerja,",
    ] {
        assert!(flat.contains(expected), "missing {expected:?} in\n{doc}");
    }
}

#[test]
fn the_predikat_organisasi_is_inherited_or_not_set() {
    let (sb, db) = Sandbox::new();
    let bidang = squash(&sb.stdout(&db, &unit_args("Bidang Rehabilitasi Sosial", &[])));
    assert!(
        bidang.contains("Predikat kinerja organisasi : Baik (mengikuti Dinas Sosial)"),
        "{bidang}"
    );
    // Triwulan II: no predikat organisasi and nobody assessed.
    let q2 = squash(&sb.stdout(
        &db,
        &[
            "report",
            "unit",
            "Dinas Sosial",
            "--year",
            "2026",
            "--quarter",
            "2",
        ],
    ));
    assert!(
        q2.contains("Predikat kinerja organisasi : belum ditetapkan"),
        "{q2}"
    );
    assert!(
        q2.contains("Belum ada pegawai yang dinilai pada periode ini"),
        "{q2}"
    );
    assert!(
        q2.contains("rentang pola distribusi tidak digambar"),
        "{q2}"
    );
    // Triwulan III with the predikat cleared: bars without a band.
    let mut s = Store::open(&db, &options("admin1")).unwrap();
    let dinsos = unit_id(&s, "Dinas Sosial");
    let v = s
        .unit_predicate(dinsos, 2026, q(3))
        .unwrap()
        .unwrap()
        .version;
    s.set_unit_predicate(dinsos, 2026, q(3), None, Some(v))
        .unwrap();
    drop(s);
    let doc = sb.stdout(&db, &unit_args("Dinas Sosial", &[]));
    let flat = squash(&doc);
    assert!(
        flat.contains("Predikat kinerja organisasi : belum ditetapkan"),
        "{doc}"
    );
    assert!(flat.contains("Baik 3 75% |###############.....|"), "{doc}");
    assert!(!flat.contains("paling banyak"), "no band: {doc}");
    assert!(!flat.contains("Peringatan"), "nothing checked: {doc}");
    assert!(flat.contains("sebaran belum dapat diperiksa"), "{doc}");
}

#[test]
fn the_english_interface_keeps_the_documents_indonesian() {
    let (sb, db) = Sandbox::new();
    // The year: Sukarni's retirement in February counts apart.
    let doc = squash(&sb.stdout(
        &db,
        &[
            "--lang",
            "en",
            "report",
            "unit",
            "Dinas Sosial",
            "--year",
            "2026",
        ],
    ));
    assert!(
        doc.contains("Keluar sejak awal periode : 1 (Pensiun 1)"),
        "{doc}"
    );
    assert!(doc.contains("Tahunan 2026"), "{doc}");
    let doc = sb.stdout(
        &db,
        &["--lang", "en", "report", "public", "--min-size", "3"],
    );
    assert!(doc.contains("SB = Sangat Baik"), "{doc}");
    assert!(
        !doc.contains("Retired") && !doc.contains("Quarter"),
        "{doc}"
    );
}

#[test]
fn a_tiny_unit_shows_counts_and_the_checks_own_note() {
    let (sb, db) = Sandbox::new();
    let doc = sb.stdout(&db, &unit_args("Seksi Rehabilitasi Anak", &[]));
    assert_fits_80(&doc);
    let flat = squash(&doc);
    assert!(flat.contains("Kurang (ditetapkan untuk unit ini)"), "{doc}");
    assert!(
        flat.contains("SKP ditetapkan : 1 dari 1 Realisasi"),
        "no %: {doc}"
    );
    assert!(
        flat.contains(
            "Kelompok ini hanya 1 orang: persentase pada kelompok sekecil ini menyesatkan"
        ),
        "{doc}"
    );
    // Counts and the band in words, no percentage and no bar.
    assert!(
        flat.contains("Sangat Baik 0 paling banyak 10 % Baik 1 bebas"),
        "{doc}"
    );
    assert_eq!(
        doc.matches("Kelompok ini hanya 1 orang").count(),
        1,
        "{doc}"
    );
    assert!(!doc.contains('#'), "no bars for one person: {doc}");
    assert!(
        flat.contains("Dengan 1 pegawai, tidak ada sebaran yang memenuhi seluruh pola distribusi"),
        "the check's own note: {doc}"
    );
    assert!(
        flat.contains("Peringatan: Kurang/Misconduct 0 dari 1 = 0 %, paling sedikit 60 %"),
        "{doc}"
    );
    assert!(flat.contains("Unit ini tidak memiliki sub-unit."), "{doc}");
}

#[test]
fn a_unit_without_staff_still_renders_with_zeros() {
    let (sb, db) = Sandbox::new();
    let mut s = Store::open(&db, &options("admin1")).unwrap();
    let dinkes = unit_id(&s, "Dinas Kesehatan");
    unit(
        &mut s,
        "Bidang Pencegahan Penyakit",
        UnitKind::Division,
        Some(dinkes),
    );
    drop(s);
    let out = sb
        .cmd(&db)
        .args(unit_args("Bidang Pencegahan Penyakit", &[]))
        .assert()
        .code(0)
        .stderr(predicate::str::contains("belum memiliki pegawai aktif"))
        .get_output()
        .clone();
    let flat = squash(&String::from_utf8(out.stdout).unwrap());
    for expected in [
        "Unit ini belum memiliki pegawai aktif; semua angka bernilai nol.",
        "Pegawai aktif : 0",
        "SKP ditetapkan : 0",
        "Rata-rata capaian : —",
        "Belum ada pegawai yang dinilai pada periode ini",
        "I 0 0 0 0 0",
    ] {
        assert!(flat.contains(expected), "missing {expected:?} in {flat}");
    }
    // Dinas Kesehatan: one person, nobody assessed.
    let dinkes = squash(&sb.stdout(&db, &unit_args("Dinas Kesehatan", &[])));
    assert!(
        dinkes.contains("Belum ada pegawai yang dinilai"),
        "{dinkes}"
    );
    assert!(
        dinkes.contains("Bidang Pencegahan Penyakit 0 0 0 0 0 0 —"),
        "{dinkes}"
    );
}

#[test]
fn the_html_summary_is_printable_with_a_chart_and_escapes_names() {
    let (sb, db) = Sandbox::new();
    let mut s = Store::open(&db, &options("admin1")).unwrap();
    let dinsos = unit_id(&s, "Dinas Sosial");
    unit(
        &mut s,
        "Seksi <b>Uji</b> & 'Coba'",
        UnitKind::Section,
        Some(dinsos),
    );
    drop(s);
    let out = sb.path("dinsos.html");
    sb.cmd(&db)
        .args(unit_args("Dinas Sosial", &["--out"]))
        .arg(&out)
        .assert()
        .code(0)
        .stderr(
            predicate::str::contains("Ringkasan unit ditulis ke")
                .and(predicate::str::contains("dinsos.html")),
        );
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>"),
        "format from the extension"
    );
    assert!(html.contains("@page { size: A4;"));
    assert!(html.contains("<svg class=\"chart\""));
    // The band of Baik: 0–70 % of a 300-wide bar.
    assert!(
        html.contains("class=\"band\" x=\"250\" y=\"28\" width=\"210\""),
        "{html}"
    );
    assert!(html.contains("Seksi &lt;b&gt;Uji&lt;/b&gt; &amp; &#39;Coba&#39;"));
    assert!(!html.contains("<b>Uji"));
    assert!(!html.contains("<script") && !html.contains("<link") && !html.contains("src="));
    assert!(html.contains("Baik 3 dari 4 = 75 %, paling banyak 70 %"));
    assert!(html.ends_with("</html>\n"));
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&out).unwrap().permissions().mode();
    assert_eq!(mode & 0o077, 0, "owner only");
    // A directory as --out: the file is named after the unit and period.
    let dir = sb.path("out");
    std::fs::create_dir(&dir).unwrap();
    sb.cmd(&db)
        .args(unit_args("Dinas Sosial", &["--format", "txt", "--out"]))
        .arg(&dir)
        .assert()
        .code(0);
    assert!(dir.join("ringkasan-dinas-sosial-2026-tw3.txt").exists());
}

#[test]
fn bad_input_names_the_field_and_the_fix() {
    let (sb, db) = Sandbox::new();
    // Each case: the arguments after `report`, the exit code, the message.
    let cases: [(&str, i32, &str); 7] = [
        ("unit|Dinas Sosal", 1, "“Dinas Sosial”"),
        (
            "unit|Dinas Sosial|--year|2019",
            2,
            "--year 2019 di luar rentang",
        ),
        ("unit|Dinas Sosial|--quarter|5", 2, "--quarter \"5\""),
        ("unit|Dinas Sosial|--format|pdf", 2, "--format html"),
        ("unit|Dinas Sosial|--date|22/11/2026", 2, "--date"),
        ("public|--min-size|2", 2, "--min-size \"2\" tidak sah"),
        (
            "public|--min-size|sepuluh",
            2,
            "bilangan bulat 3 sampai 1000",
        ),
    ];
    for (args, code, message) in cases {
        sb.cmd(&db)
            .arg("report")
            .args(args.split('|'))
            .assert()
            .code(code)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains(message));
    }
    for kind in ["unit", "public"] {
        let mut c = sb.cmd(&db);
        c.args(["report", kind]);
        if kind == "unit" {
            c.arg("Dinas Sosial");
        }
        c.arg("--out")
            .arg(sb.path("no/such/dir/laporan.txt"))
            .assert()
            .code(3)
            .stderr(predicate::str::contains("laporan.txt").and(predicate::str::contains("--out")));
    }
    sb.cmd(&db)
        .args(["--lang", "en", "report", "public", "--min-size", "2"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("from 3 to 1000"));
}

#[test]
fn the_public_report_folds_small_units_and_publishes_nothing_below_the_minimum() {
    let (sb, db) = Sandbox::new();
    // Six active staff in all: below the default minimum of 10.
    let out = sb
        .cmd(&db)
        .args(public_args(&[]))
        .assert()
        .code(0)
        .stderr(predicate::str::contains("kurang dari 10"))
        .get_output()
        .clone();
    let doc = String::from_utf8(out.stdout).unwrap();
    assert!(
        squash(&doc).contains("kurang dari 10 orang: tidak ada angka"),
        "{doc}"
    );
    assert!(
        !squash(&doc).contains("Pegawai aktif :"),
        "no figure: {doc}"
    );
    assert!(
        !doc.contains("Unit lain") && !doc.contains(" 6"),
        "no figure: {doc}"
    );
    assert!(!doc.contains("Dinas"), "{doc}");
    // With a minimum of 3: Dinas Kesehatan (1) folds into "Unit lain", which
    // then takes Dinas Sosial (5) too; no perangkat daerah stands alone.
    let doc = sb.stdout(&db, &public_args(&["--min-size", "3"]));
    assert_fits_80(&doc);
    let flat = squash(&doc);
    assert!(flat.contains("Unit lain (2 perangkat daerah) 6"), "{doc}");
    assert!(flat.contains("Pegawai aktif : 6"), "{doc}");
    for hidden in [
        "Dinas Sosial",
        "Dinas Kesehatan",
        "Bidang",
        "Seksi",
        "Puskesmas",
    ] {
        assert!(!doc.contains(hidden), "{hidden} in\n{doc}");
    }
    // 2 final predikat (Ipul, Budi: both Baik): a group below 3.
    assert!(
        flat.contains("Seluruh pemerintah daerah * * 0 0 0 2"),
        "{doc}"
    );
    assert!(!doc.contains("Ipul") && !doc.contains("Budi") && !doc.contains("1990"));
}

#[test]
fn the_minimum_is_a_setting() {
    let (sb, db) = Sandbox::new();
    // The one running the tests may change settings.
    let mut s = Store::open(&db, &options("admin1")).unwrap();
    s.set_user(&whoami::fallible::username().unwrap(), Role::Admin, None)
        .unwrap();
    drop(s);
    sb.cmd(&db)
        .args(["setting", "show"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("10 pegawai aktif (bawaan"));
    sb.cmd(&db)
        .args(["setting", "report-min-size", "2"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("report-min-size \"2\" tidak sah"));
    sb.cmd(&db)
        .args(["setting", "report-min-size", "3"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("3 pegawai aktif."));
    let doc = squash(&sb.stdout(&db, &public_args(&[])));
    assert!(doc.contains("sedikitnya 3 orang"), "{doc}");
    // The option still wins over the setting.
    let doc = squash(&sb.stdout(&db, &public_args(&["--min-size", "10"])));
    assert!(
        doc.contains("kurang dari 10 orang: tidak ada angka"),
        "{doc}"
    );
}

/// No name, no NIP, no small unit in the public report of a demo
/// government of 300; every figure shown is 0 or a group of at least the
/// minimum.
#[test]
fn the_public_report_of_a_demo_reveals_no_one() {
    let sb = Sandbox::empty();
    let db = sb.path("demo.sqlite");
    let store = demo_db(&db, 300, 7);
    let min = 10;
    let doc = public::gather(&store, 2026, q(3), min).unwrap();
    assert!(!doc.too_small);
    assert!(doc.rows.len() >= 3, "{:?}", doc.rows);
    for r in doc.rows.iter().chain([&doc.total]) {
        assert!(r.tally.active >= min, "{} has {}", r.name, r.tally.active);
        for c in &r.cells {
            if let Cell::Shown(n) = c {
                assert!(*n == 0 || *n >= min, "{}: {c:?}", r.name);
            }
        }
    }
    let shown: Vec<&str> = doc.rows.iter().map(|r| r.name.as_str()).collect();
    let organisation = store.organisation().unwrap().unwrap();
    let staff: Vec<_> = store
        .units()
        .unwrap()
        .iter()
        .filter(|u| u.fields.parent_id.is_none())
        .flat_map(|u| store.active_staff_in_unit(u.id).unwrap())
        .map(|id| store.get_staff(id).unwrap())
        .collect();
    assert!(staff.len() > 250);
    for format in ["txt", "html"] {
        let text = sb.stdout(&db, &public_args(&["--format", format]));
        assert!(text.contains("Unit lain ("), "small units fold: {text}");
        // No NIP: no run of eight digits or more.
        let mut run = 0;
        for ch in text.chars() {
            run = if ch.is_ascii_digit() { run + 1 } else { 0 };
            assert!(run < 8, "a NIP-like number in the {format} report");
        }
        for s in &staff {
            let name = s.fields.name.as_str();
            if name.split_whitespace().count() >= 2 {
                assert!(!text.contains(name), "{name} in the {format} report");
            }
            assert!(!text.contains(s.fields.nip.as_str()));
            assert!(!text.contains(&s.fields.nip.grouped()));
        }
        // No unit but the government and the perangkat daerah shown (a
        // name inside a shown name, like "Sekretariat", is no leak).
        for u in store.units().unwrap() {
            let name = u.fields.name.as_str();
            if name == organisation || shown.iter().any(|s| s.contains(name)) {
                continue;
            }
            assert!(!text.contains(name), "{name} in the {format} report");
        }
    }
    // The unit summary renders for the biggest perangkat daerah.
    let html = sb.stdout(&db, &unit_args("Dinas Pendidikan", &["--format", "html"]));
    assert!(html.contains("<svg class=\"chart\""));
    assert!(html.ends_with("</html>\n"));
}

/// The text summary of Dinas Sosial for triwulan III, dated by the fixed
/// clock (22 November 2026).
#[test]
fn snapshot_of_a_unit_summary() {
    let mut s = empty_store();
    let fx = populate(&mut s);
    let signing = Signing {
        place: form::place_from_organisation(&s.organisation().unwrap().unwrap()).unwrap(),
        date: s.today(),
    };
    let doc = unit_report::gather(&s, fx.dinsos, 2026, q(3), &signing)
        .unwrap()
        .unwrap();
    insta::assert_snapshot!(
        "unit_summary_txt_dinsos_tw3",
        unit_report::render(&doc, Format::Txt)
    );
}
