//! `kinerja report evaluation`: the Dokumen Evaluasi Kinerja Pegawai from
//! the real binary on a database made from the test fixture (and on a
//! demo government), plus a snapshot of the text document.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use common::*;
use kinerja::cli::report::evaluation::{Signing, gather};
use kinerja::cli::report::{form, txt};
use kinerja::domain::core_value::CoreValue;
use kinerja::domain::distribution::UnitPredicate;
use kinerja::domain::number::Decimal;
use kinerja::domain::period::Quarter;
use kinerja::domain::rating::{AssessmentPeriod, Rating};
use kinerja::store::actual::ActualInput;
use kinerja::store::assessment::AssessmentInput;
use kinerja::store::unit::Unit;
use kinerja::store::{OpenOptions, Store};
use predicates::prelude::*;

const IPUL_NIP: &str = "199001012015031001";
const SITI_NIP: &str = "199009132025242014";
const SCRIPT: &str = "<script>alert('x')</script>";

/// The text with every run of white space (line breaks from wrapping and
/// alignment included) as one space, so checks do not depend on layout.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn q(n: u8) -> AssessmentPeriod {
    AssessmentPeriod::Quarter(Quarter::new(n).unwrap())
}

/// The fixture with evidence, assessments and a predikat organisasi for
/// triwulan III:
/// - Ipul: 3 of 3 laporan (100 %, suggested Sesuai), rated Di Atas with a
///   reason, perilaku Sesuai → Baik, final, with per-value feedback;
/// - Siti: no plan, perilaku Di Bawah → Kurang/Misconduct, a draft whose
///   feedback holds a script tag;
/// - Dinas Sosial: predikat organisasi Baik.
fn populate(s: &mut Store) -> Fixture {
    let fx = fixture(s);
    let ind = one_indicator_plan(s, fx.ipul);
    s.save_actual(
        ind,
        Quarter::new(3).unwrap(),
        None,
        &ActualInput {
            value: Some(Decimal::parse("3").unwrap()),
            evidence: "BA-03/2026 rekap laporan".into(),
            feedback: "Laporan lengkap & tepat waktu".into(),
        },
    )
    .unwrap();
    let a = s
        .save_assessment(
            fx.ipul,
            2026,
            q(3),
            None,
            &AssessmentInput {
                assessor_id: fx.kabid,
                rating_result: Some(Rating::Above),
                rating_behaviour: Some(Rating::Meets),
                suggested: Some(Rating::Meets),
                reason: "Menyusun dua laporan tambahan atas permintaan kepala dinas".into(),
                feedback: "Pertahankan ketelitian; ikuti pelatihan arsip digital.".into(),
                values: vec![
                    (
                        CoreValue::ServiceOriented,
                        "Membalas surat masyarakat dalam 3 hari".into(),
                        "Rata-rata 2 hari".into(),
                    ),
                    (
                        CoreValue::Loyal,
                        String::new(),
                        "Menjaga rahasia data".into(),
                    ),
                ],
            },
        )
        .unwrap();
    s.finalize_assessment(fx.ipul, 2026, q(3), a.version)
        .unwrap();
    s.save_assessment(
        fx.siti,
        2026,
        q(3),
        None,
        &AssessmentInput {
            assessor_id: fx.kabid,
            rating_result: Some(Rating::Meets),
            rating_behaviour: Some(Rating::Below),
            feedback: SCRIPT.into(),
            ..Default::default()
        },
    )
    .unwrap();
    s.set_unit_predicate(fx.dinsos, 2026, q(3), Some(UnitPredicate::Baik), None)
        .unwrap();
    fx
}

struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    /// A database file made from the populated fixture.
    fn new() -> (Sandbox, PathBuf) {
        let sb = Sandbox {
            dir: tempfile::tempdir().unwrap(),
        };
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
        c.arg("--db").arg(db).args(["report", "evaluation"]);
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

#[test]
fn the_text_document_of_a_final_quarter() {
    let (sb, db) = Sandbox::new();
    let doc = sb.stdout(
        &db,
        &[
            IPUL_NIP,
            "--year",
            "2026",
            "--quarter",
            "3",
            "--date",
            "2026-11-22",
        ],
    );
    for expected in [
        "PEMERINTAH KABUPATEN BANYUMAS",
        "DOKUMEN EVALUASI KINERJA PEGAWAI",
        "EVALUASI KINERJA PERIODIK (TRIWULAN III)",
        "1 Juli s.d. 30 September 2026",
        "[ FINAL ]",
        "Muh. Syaiful 'Ipul' A.",
        "19900101 201503 1 001",
        "Pengatur, II/c",
        "Pengadministrasi Umum",
        "Seksi Rehabilitasi Anak, Bidang Rehabilitasi Sosial, Dinas Sosial",
        // The pejabat penilai.
        "Ni Luh Putu Ayu Wiryaningsih, S.Sos.",
        "19750520 200012 2 002",
        "Pembina, IV/a",
        // Organisation and distribution (Ipul Baik, Siti Kurang/Misconduct).
        "Baik (Dinas Sosial)",
        "Sangat Baik 0 · Baik 1 · Butuh Perbaikan 0 · Kurang/Misconduct 1 · Sangat Kurang 0",
        "sebagian besar",
        // The results.
        "Laporan",
        "[Kuantitas] Jumlah laporan",
        "3 dokumen",
        "100,00%",
        "BA-03/2026 rekap laporan",
        "Laporan lengkap & tepat waktu",
        // Ratings, suggestion, reason, behaviour, predikat, feedback.
        "RATING HASIL KERJA : Di Atas Ekspektasi",
        "Saran aplikasi",
        "Sesuai Ekspektasi (rata-rata capaian 100,00%",
        "Menyusun dua laporan tambahan",
        "Membalas surat masyarakat dalam 3 hari",
        "Rata-rata 2 hari",
        "Memegang teguh ideologi Pancasila",
        "RATING PERILAKU KERJA : Sesuai Ekspektasi",
        "PREDIKAT KINERJA PEGAWAI : Baik UMPAN BALIK",
        "Pertahankan ketelitian",
        "Banyumas, 22 November 2026",
        "Pegawai yang Dinilai,",
        "Pejabat Penilai Kinerja,",
    ] {
        assert!(
            squash(&doc).contains(expected),
            "missing {expected:?} in\n{doc}"
        );
    }
    assert!(!doc.contains("DRAF"), "{doc}");
    for line in doc.lines() {
        assert!(
            unicode_width::UnicodeWidthStr::width(line) <= 80,
            "wider than 80: {line:?}"
        );
    }
}

#[test]
fn a_draft_says_so_and_shows_kurang_misconduct() {
    let (sb, db) = Sandbox::new();
    let doc = squash(&sb.stdout(&db, &[SITI_NIP, "--year", "2026", "--quarter", "III"]));
    assert!(doc.contains("*** DRAF ***"), "{doc}");
    assert!(doc.contains("Penilaian belum final"), "{doc}");
    assert!(
        doc.contains("PREDIKAT KINERJA PEGAWAI : Kurang/Misconduct"),
        "{doc}"
    );
    assert!(
        doc.contains("RATING PERILAKU KERJA : Di Bawah Ekspektasi"),
        "{doc}"
    );
    assert!(doc.contains("SKP tahun ini belum ditetapkan"), "{doc}");
    // Text output keeps the script as plain text (nothing to escape).
    assert!(doc.contains(SCRIPT), "{doc}");
}

#[test]
fn html_is_printable_and_escapes_every_value() {
    let (sb, db) = Sandbox::new();
    let out = sb.path("siti.html");
    sb.cmd(&db)
        .args([SITI_NIP, "--year", "2026", "--quarter", "3", "--out"])
        .arg(&out)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("siti.html"));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>"),
        "format from the extension"
    );
    assert!(html.contains("@page { size: A4;"));
    assert!(html.contains("break-inside: avoid"));
    assert!(html.contains("class=\"watermark\""));
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(!html.contains("<script"), "no script tag may come through");
    assert!(
        !html.contains("<link") && !html.contains("src="),
        "self-contained"
    );
    assert!(html.contains("Kurang/Misconduct"));
    // The assessor of both is the kabid; Ipul's name escapes too.
    let html = sb.stdout(
        &db,
        &[
            IPUL_NIP,
            "--year",
            "2026",
            "--quarter",
            "3",
            "--format",
            "html",
        ],
    );
    assert!(html.contains("Muh. Syaiful &#39;Ipul&#39; A."), "{html}");
    assert!(html.contains("Laporan lengkap &amp; tepat waktu"));
    assert!(html.contains("<span class=\"badge\">FINAL</span>"));
    assert!(
        !html.contains("watermark\""),
        "a final document has no watermark"
    );
    assert!(html.contains("Rencana Hasil Kerja Pimpinan yang Diintervensi"));
}

#[test]
fn without_an_assessment_the_evidence_still_renders() {
    let (sb, db) = Sandbox::new();
    let doc = squash(&sb.stdout(&db, &[IPUL_NIP, "--year", "2026", "--quarter", "2"]));
    assert!(doc.contains("Penilaian belum dicatat"), "{doc}");
    assert!(doc.contains("[Kuantitas] Jumlah laporan"), "{doc}");
    assert!(doc.contains("RATING HASIL KERJA : belum dicatat"), "{doc}");
    assert!(
        doc.contains("PREDIKAT KINERJA PEGAWAI : belum dicatat"),
        "{doc}"
    );
    // No predikat organisasi for triwulan II.
    assert!(
        doc.contains("CAPAIAN KINERJA ORGANISASI : belum ditetapkan"),
        "{doc}"
    );
}

#[test]
fn the_year_shows_the_quarters_beside_the_annual_rating() {
    let (sb, db) = Sandbox::new();
    let doc = sb.stdout(&db, &[IPUL_NIP, "--year", "2026"]);
    assert!(doc.contains("EVALUASI KINERJA TAHUNAN\n"), "{doc}");
    assert!(doc.contains("1 Januari s.d. 31 Desember 2026"), "{doc}");
    let row = |period: &str| {
        doc.lines()
            .find(|l| l.starts_with(period))
            .unwrap_or_else(|| panic!("no row {period} in\n{doc}"))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(row("Triwulan I "), "Triwulan I — — — —");
    assert_eq!(
        row("Triwulan III"),
        "Triwulan III Di Atas Ekspektasi Sesuai Ekspektasi Baik Final"
    );
    assert_eq!(row("Tahunan"), "Tahunan — — — —");
}

#[test]
fn the_english_interface_keeps_the_document_indonesian() {
    let (sb, db) = Sandbox::new();
    let doc = sb.stdout(
        &db,
        &["--lang", "en", IPUL_NIP, "--year", "2026", "--quarter", "3"],
    );
    assert!(doc.contains("Triwulan III") || doc.contains("TRIWULAN III"));
    assert!(doc.contains("Memahami dan memenuhi kebutuhan masyarakat\n"));
    assert!(!doc.contains("Quarter"), "{doc}");
}

#[test]
fn a_unit_gives_one_file_per_active_person() {
    let (sb, db) = Sandbox::new();
    let dir = sb.path("dinsos");
    sb.cmd(&db)
        .args(["--unit", "dinas sosial", "--year", "2026", "--quarter", "3"])
        .args(["--format", "html", "--out"])
        .arg(&dir)
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "5 dokumen evaluasi unit Dinas Sosial",
        ));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // Kadis, kabid, Ipul, Siti and Budi; Sukarni is retired; dr. Andi
    // works in another dinas.
    let expected: Vec<String> = [
        "196803121990031003",
        "197505202000122002",
        "198505152010131001",
        IPUL_NIP,
        SITI_NIP,
    ]
    .iter()
    .map(|nip| format!("{nip}-2026-tw3.html"))
    .collect();
    assert_eq!(names, expected);
    let ipul = std::fs::read_to_string(dir.join(&expected[3])).unwrap();
    assert!(ipul.contains("Muh. Syaiful &#39;Ipul&#39; A."));
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(dir.join(&expected[3]))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o077, 0, "personal data: owner only");
}

#[test]
fn single_puts_the_unit_in_one_file_with_page_breaks() {
    let (sb, db) = Sandbox::new();
    // Text: a form feed between documents.
    let doc = sb.stdout(
        &db,
        &[
            "--unit",
            "Bidang Rehabilitasi Sosial",
            "--year",
            "2026",
            "--single",
        ],
    );
    // Kabid, Ipul (in the seksi below) and Siti.
    assert_eq!(doc.matches(form::TITLE).count(), 3, "{doc}");
    assert_eq!(doc.matches('\x0c').count(), 2);
    for part in doc.split('\x0c') {
        assert!(
            part.trim_start()
                .starts_with("PEMERINTAH KABUPATEN BANYUMAS")
        );
    }
    // HTML: one page, each document after the first on a new sheet.
    let out = sb.path("bidang.html");
    sb.cmd(&db)
        .args(["--unit", "Bidang Rehabilitasi Sosial", "--single", "--out"])
        .arg(&out)
        .assert()
        .code(0);
    let html = std::fs::read_to_string(&out).unwrap();
    assert_eq!(html.matches("<!DOCTYPE html>").count(), 1);
    assert_eq!(html.matches("<section class=\"doc").count(), 3);
    assert!(html.contains(".doc + .doc { break-before: page; page-break-before: always; }"));
}

#[test]
fn bad_input_names_the_field_and_the_fix() {
    let (sb, db) = Sandbox::new();
    let cases: [(&[&str], i32, &str); 10] = [
        (
            &["199001012015031009"],
            1,
            "Tidak ada pegawai dengan NIP 19900101 201503 1 009",
        ),
        (&["1990010120"], 2, "18 digit"),
        (&["19900101201503100x"], 2, "hanya boleh berisi angka"),
        (
            &[IPUL_NIP, "--year", "2019"],
            2,
            "--year 2019 di luar rentang",
        ),
        (
            &[IPUL_NIP, "--year", "dua ribu"],
            2,
            "--year \"dua ribu\" bukan tahun",
        ),
        (&[IPUL_NIP, "--quarter", "5"], 2, "--quarter \"5\""),
        (&[IPUL_NIP, "--format", "pdf"], 2, "--format html"),
        (&[IPUL_NIP, "--date", "22/11/2026"], 2, "--date"),
        (&["--unit", "Dinas Sosal", "--single"], 1, "“Dinas Sosial”"),
        (&["--unit", "Dinas Sosial"], 2, "--out"),
    ];
    for (args, code, message) in cases {
        sb.cmd(&db)
            .args(args)
            .assert()
            .code(code)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains(message));
    }
    let missing = sb.path("no/such/dir/doc.txt");
    sb.cmd(&db)
        .args([IPUL_NIP, "--out"])
        .arg(&missing)
        .assert()
        .code(3)
        .stderr(predicate::str::contains("doc.txt").and(predicate::str::contains("--out")));
    let file = sb.path("a-file");
    std::fs::write(&file, "x").unwrap();
    sb.cmd(&db)
        .args(["--unit", "Dinas Sosial", "--out"])
        .arg(&file)
        .assert()
        .code(3)
        .stderr(predicate::str::contains("bukan direktori"));
    sb.cmd(&db)
        .args(["--lang", "en", "--unit", "Dinas Sosal", "--single"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Did you mean: “Dinas Sosial”"));
}

#[test]
fn a_repeated_unit_name_asks_for_its_parent() {
    let (sb, db) = Sandbox::new();
    let mut s = Store::open(&db, &options("admin1")).unwrap();
    let dinkes = s
        .units()
        .unwrap()
        .into_iter()
        .find(|u| u.fields.name == "Dinas Kesehatan")
        .unwrap();
    unit(
        &mut s,
        "Seksi Rehabilitasi Anak",
        kinerja::domain::unit::UnitKind::Section,
        Some(dinkes.id),
    );
    drop(s);
    sb.cmd(&db)
        .args(["--unit", "Seksi Rehabilitasi Anak", "--single"])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(
            predicate::str::contains("Ada 2 unit")
                .and(predicate::str::contains(
                    "“Dinas Sosial / Bidang Rehabilitasi Sosial / Seksi Rehabilitasi Anak”",
                ))
                .and(predicate::str::contains(
                    "“Dinas Kesehatan / Seksi Rehabilitasi Anak”",
                )),
        );
    // The end of its path names it; only Ipul works there.
    let doc = sb.stdout(
        &db,
        &[
            "--unit",
            "bidang rehabilitasi sosial/seksi rehabilitasi anak",
            "--single",
        ],
    );
    assert_eq!(doc.matches(form::TITLE).count(), 1);
    assert!(doc.contains("Muh. Syaiful 'Ipul' A."));
    // The new seksi has nobody: nothing to write.
    sb.cmd(&db)
        .args([
            "--unit",
            "Dinas Kesehatan / Seksi Rehabilitasi Anak",
            "--single",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("tidak memiliki pegawai aktif"));
}

#[test]
fn the_place_comes_from_the_option_or_the_setting() {
    let (sb, db) = Sandbox::new();
    let doc = sb.stdout(
        &db,
        &[IPUL_NIP, "--place", "Purwokerto", "--date", "2027-01-05"],
    );
    assert!(doc.contains("Purwokerto, 5 Januari 2027"), "{doc}");
    let mut s = Store::open(&db, &options("admin1")).unwrap();
    s.set_meta("place", "Sokaraja").unwrap();
    drop(s);
    let doc = sb.stdout(&db, &[IPUL_NIP, "--date", "2027-01-05"]);
    assert!(doc.contains("Sokaraja, 5 Januari 2027"), "{doc}");
}

/// The text document of Ipul's final triwulan III, dated by the fixed
/// clock (22 November 2026).
#[test]
fn snapshot_of_the_text_document() {
    let mut s = empty_store();
    let fx = populate(&mut s);
    let signing = Signing {
        place: form::place_from_organisation(&s.organisation().unwrap().unwrap()).unwrap(),
        date: s.today(),
    };
    let doc = gather(&s, fx.ipul, 2026, q(3), &signing).unwrap();
    insta::assert_snapshot!("evaluation_txt_ipul_tw3", txt::render(&doc));
}

/// A demo government: a whole perangkat daerah renders, one file each.
#[test]
fn a_demo_unit_renders() {
    let sb = Sandbox {
        dir: tempfile::tempdir().unwrap(),
    };
    let db = sb.path("demo.sqlite");
    Command::cargo_bin("kinerja")
        .unwrap()
        .env_clear()
        .env("HOME", sb.dir.path())
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .args(["demo", "--staff", "300", "--seed", "7", "--db"])
        .arg(&db)
        .assert()
        .success();
    // The perangkat daerah with the most active staff and a unique name.
    let s = Store::open(
        &db,
        &OpenOptions {
            read_only: true,
            ..OpenOptions::default()
        },
    )
    .unwrap();
    let units = s.units().unwrap();
    let unique = |u: &&Unit| {
        units
            .iter()
            .filter(|o| o.fields.name == u.fields.name)
            .count()
            == 1
    };
    let (unit, staff) = units
        .iter()
        .filter(|u| u.fields.parent_id.is_some() && u.active)
        .filter(unique)
        .map(|u| (u, s.active_staff_in_unit(u.id).unwrap().len()))
        .max_by_key(|(_, n)| *n)
        .unwrap();
    assert!(staff > 1, "{}", unit.fields.name);
    let dir = sb.path("out");
    sb.cmd(&db)
        .args(["--unit", &unit.fields.name, "--format", "html", "--out"])
        .arg(&dir)
        .assert()
        .code(0);
    let files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), staff);
    for f in files {
        let html = std::fs::read_to_string(&f).unwrap();
        assert!(html.contains(form::TITLE), "{}", f.display());
        assert!(html.contains("Berorientasi Pelayanan"));
        assert!(html.ends_with("</html>\n"));
    }
}
