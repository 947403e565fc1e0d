//! `kinerja export`: the real binary on a database made from the test
//! fixture (with text that tries formula injection and a negative actual),
//! and on a demo government.

mod common;

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use calamine::{Data, Reader};
use common::*;
use kinerja::domain::number::Decimal;
use kinerja::domain::period::Quarter;
use kinerja::domain::plan::{Aggregation, Aspect, IndicatorDraft, PlannedResultFields, ResultKind};
use kinerja::domain::rating::{AssessmentPeriod, Rating};
use kinerja::domain::staff::{PositionKind, StaffKind};
use kinerja::store::Store;
use kinerja::store::actual::ActualInput;
use kinerja::store::assessment::AssessmentInput;
use predicates::prelude::*;

const IPUL_NIP: &str = "199001012015031001";
const SITI_NIP: &str = "199009132025242014";
const SUKARNI_NIP: &str = "196601011986031002";
const EVIL_NIP: &str = "199203032019031005";
const EVIL_NAME: &str = "=HYPERLINK(\"http://evil.example\",\"klik\")";

fn q(n: u8) -> Quarter {
    Quarter::new(n).unwrap()
}

fn d(s: &str) -> Decimal {
    Decimal::parse_plain(s).unwrap()
}

fn save(s: &mut Store, indicator: i64, quarter: u8, value: &str, evidence: &str, feedback: &str) {
    s.save_actual(
        indicator,
        q(quarter),
        None,
        &ActualInput {
            value: Some(d(value)),
            evidence: evidence.into(),
            feedback: feedback.into(),
        },
    )
    .unwrap();
}

/// Siti's plan: a survey score difference, which may be negative.
fn siti_plan(s: &mut Store, siti: i64) -> i64 {
    let plan = s.create_plan(siti, 2026).unwrap();
    let r = s
        .insert_result(
            plan,
            &PlannedResultFields {
                text: "Meningkatnya kepuasan penerima layanan".into(),
                kind: ResultKind::Additional,
                parent_id: None,
            },
        )
        .unwrap();
    let f = IndicatorDraft {
        text: "Selisih skor survei terhadap tahun lalu".into(),
        satuan: "poin".into(),
        aspect: Some(Aspect::Quality),
        target: "5".into(),
        aggregation: Some(Aggregation::Average),
        ..Default::default()
    }
    .validate()
    .unwrap();
    s.insert_indicator(r, &f).unwrap()
}

/// The fixture with:
/// - Ipul: 12 laporan a year; triwulan I 2 and III 3, whose evidence and
///   feedback start like formulas; his triwulan III assessment final
///   (Di Atas × Sesuai → Baik);
/// - Siti: a negative actual (-2.5) in triwulan III and a draft assessment;
/// - a person in Dinas Sosial whose name is a HYPERLINK formula.
fn populate(s: &mut Store) -> Fixture {
    let fx = fixture(s);
    let ind = one_indicator_plan(s, fx.ipul);
    save(s, ind, 1, "2", "@SUM(A1:A9)", "-lihat catatan");
    save(s, ind, 3, "3", EVIL_NAME, "+62 812 555");
    let siti = siti_plan(s, fx.siti);
    save(s, siti, 3, "-2.5", "Rekap survei TW III", "");
    let period = AssessmentPeriod::Quarter(q(3));
    let a = s
        .save_assessment(
            fx.ipul,
            2026,
            period,
            None,
            &AssessmentInput {
                assessor_id: fx.kabid,
                rating_result: Some(Rating::Above),
                rating_behaviour: Some(Rating::Meets),
                suggested: Some(Rating::Meets),
                reason: "Menyusun dua laporan tambahan".into(),
                ..Default::default()
            },
        )
        .unwrap();
    s.finalize_assessment(fx.ipul, 2026, period, a.version)
        .unwrap();
    s.save_assessment(
        fx.siti,
        2026,
        period,
        None,
        &AssessmentInput {
            assessor_id: fx.kabid,
            rating_result: Some(Rating::Meets),
            rating_behaviour: Some(Rating::Below),
            ..Default::default()
        },
    )
    .unwrap();
    s.insert_staff(&fields(
        EVIL_NIP,
        StaffKind::Pns,
        "",
        EVIL_NAME,
        "",
        "III/a",
        PositionKind::Executor,
        "@Pengelola Data",
        fx.dinsos,
        Some(fx.kadis),
    ))
    .unwrap();
    fx
}

struct Sandbox {
    dir: tempfile::TempDir,
    db: PathBuf,
}

impl Sandbox {
    fn new() -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("kinerja.sqlite");
        let mut s = Store::open(&db, &options("admin1")).unwrap();
        populate(&mut s);
        Sandbox { dir, db }
    }
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    /// `kinerja export ARGS` with a private home.
    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = kinerja_in(self.dir.path());
        c.arg("--db").arg(&self.db).arg("export").args(args);
        c
    }
    /// Standard out of a run that must succeed.
    fn stdout(&self, args: &[&str]) -> String {
        let out = self
            .cmd(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    }
}

/// CSV text as rows of fields.
fn parse_csv(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// The row whose column `col` (by header) is `value`.
fn row_where<'a>(rows: &'a [Vec<String>], col: &str, value: &str) -> &'a Vec<String> {
    let i = rows[0].iter().position(|h| h == col).expect(col);
    rows.iter()
        .find(|r| r[i] == value)
        .unwrap_or_else(|| panic!("no row with {col} = {value}"))
}

fn cell<'a>(rows: &'a [Vec<String>], row: &'a [String], col: &str) -> &'a str {
    let i = rows[0].iter().position(|h| h == col).expect(col);
    &row[i]
}

#[test]
fn the_staff_register_has_its_header_and_every_person() {
    let sb = Sandbox::new();
    let rows = parse_csv(&sb.stdout(&["staff"]), b',');
    assert_eq!(
        rows[0],
        [
            "NIP",
            "Nama",
            "Jenis ASN",
            "Golongan/Ruang",
            "Pangkat",
            "Jenis Jabatan",
            "Jabatan",
            "Unit Kerja",
            "Susunan Unit",
            "NIP Atasan Langsung",
            "Nama Atasan Langsung",
            "Status Pegawai",
            "Alasan Nonaktif",
            "Nonaktif Sejak"
        ]
    );
    assert_eq!(rows.len(), 1 + 8, "the seven of the fixture and one more");
    let ipul = row_where(&rows, "NIP", IPUL_NIP);
    assert_eq!(cell(&rows, ipul, "Nama"), "Muh. Syaiful 'Ipul' A.");
    assert_eq!(cell(&rows, ipul, "Pangkat"), "Pengatur");
    assert_eq!(
        cell(&rows, ipul, "Susunan Unit"),
        "Pemerintah Kabupaten Banyumas / Dinas Sosial / Bidang Rehabilitasi Sosial / \
         Seksi Rehabilitasi Anak"
    );
    assert_eq!(
        cell(&rows, ipul, "Nama Atasan Langsung"),
        "Ni Luh Putu Ayu Wiryaningsih, S.Sos."
    );
    assert_eq!(cell(&rows, ipul, "Status Pegawai"), "active");
    let siti = row_where(&rows, "NIP", SITI_NIP);
    assert_eq!(cell(&rows, siti, "Jenis ASN"), "PPPK");
    assert_eq!(cell(&rows, siti, "Golongan/Ruang"), "IX");
    assert_eq!(cell(&rows, siti, "Pangkat"), "", "PPPK have no pangkat");
    let sukarni = row_where(&rows, "NIP", SUKARNI_NIP);
    assert_eq!(cell(&rows, sukarni, "Status Pegawai"), "inactive");
    assert_eq!(cell(&rows, sukarni, "Alasan Nonaktif"), "pensiun");
    assert_eq!(cell(&rows, sukarni, "Nonaktif Sejak"), "2026-02-01");
}

#[test]
fn bom_and_semicolon_give_the_decimal_comma() {
    let sb = Sandbox::new();
    let text = sb.stdout(&[
        "actuals",
        "--year",
        "2026",
        "--quarter",
        "3",
        "--delimiter",
        ";",
        "--bom",
    ]);
    let body = text.strip_prefix('\u{feff}').expect("a byte order mark");
    assert!(
        body.starts_with("Tahun;Triwulan;NIP;Nama;Unit Kerja;"),
        "{body}"
    );
    let rows = parse_csv(body, b';');
    assert_eq!(rows.len(), 3, "Ipul's and Siti's indicator in triwulan III");
    let siti = row_where(&rows, "NIP", SITI_NIP);
    assert_eq!(cell(&rows, siti, "Realisasi"), "-2,5");
    assert_eq!(cell(&rows, siti, "Target"), "5");
    assert_eq!(cell(&rows, siti, "Capaian (%)"), "0,00");
    let ipul = row_where(&rows, "NIP", IPUL_NIP);
    assert_eq!(cell(&rows, ipul, "Capaian (%)"), "100,00");
    assert!(
        body.lines().any(|l| l.contains(";-2,5;0,00;")),
        "the negative actual is written bare: {body}"
    );
}

#[test]
fn text_that_starts_a_formula_is_neutralised_numbers_are_not() {
    let sb = Sandbox::new();
    let rows = parse_csv(&sb.stdout(&["actuals", "--year", "2026"]), b',');
    assert_eq!(rows.len(), 1 + 8, "two indicators, four quarters each");
    let quarter = |nip: &str, n: &str| {
        rows.iter()
            .find(|r| r[1] == n && r[2] == nip)
            .unwrap_or_else(|| panic!("{nip} {n}"))
            .clone()
    };
    let q3 = quarter(IPUL_NIP, "3");
    assert_eq!(cell(&rows, &q3, "Bukti Dukung"), format!("'{EVIL_NAME}"));
    assert_eq!(cell(&rows, &q3, "Umpan Balik"), "'+62 812 555");
    let q1 = quarter(IPUL_NIP, "1");
    assert_eq!(cell(&rows, &q1, "Bukti Dukung"), "'@SUM(A1:A9)");
    assert_eq!(cell(&rows, &q1, "Umpan Balik"), "'-lihat catatan");
    assert_eq!(cell(&rows, &q1, "Realisasi"), "2");
    assert_eq!(cell(&rows, &q1, "Capaian (%)"), "66.67");
    let q2 = quarter(IPUL_NIP, "2");
    assert_eq!(cell(&rows, &q2, "Realisasi"), "", "no actual: empty");
    assert_eq!(cell(&rows, &q2, "Capaian (%)"), "");
    let siti = quarter(SITI_NIP, "3");
    assert_eq!(
        cell(&rows, &siti, "Realisasi"),
        "-2.5",
        "a number stays a number"
    );
    let staff = parse_csv(&sb.stdout(&["staff"]), b',');
    let evil = row_where(&staff, "NIP", EVIL_NIP);
    assert_eq!(cell(&staff, evil, "Nama"), format!("'{EVIL_NAME}"));
    assert_eq!(cell(&staff, evil, "Jabatan"), "'@Pengelola Data");
}

#[test]
fn unit_limits_to_its_subtree_and_an_unknown_unit_is_named() {
    let sb = Sandbox::new();
    let rows = parse_csv(
        &sb.stdout(&["staff", "--unit", "bidang rehabilitasi sosial"]),
        b',',
    );
    let nips: BTreeSet<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        nips,
        BTreeSet::from(["197505202000122002", IPUL_NIP, SITI_NIP]),
        "the bidang's head, Siti, and Ipul in its seksi"
    );
    let out = sb.path("x.csv");
    sb.cmd(&["staff", "--unit", "Dinas Sosal", "--out"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("“Dinas Sosial”"));
    assert!(!out.exists());
    let dir = sb.path("by-unit");
    std::fs::create_dir(&dir).unwrap();
    sb.cmd(&[
        "actuals",
        "--year",
        "2026",
        "--unit",
        "Seksi Rehabilitasi Anak",
    ])
    .args(["--format", "json", "--out"])
    .arg(&dir)
    .assert()
    .success()
    .stderr(predicate::str::contains("4 baris"));
    let file = dir.join("realisasi-2026-seksi-rehabilitasi-anak.json");
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 4, "Ipul's four quarters");
}

/// Every file in `dir` but the database's, by name.
fn listing(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("kinerja.sqlite") && !n.starts_with("demo.sqlite"))
        .collect();
    v.sort();
    v
}

#[test]
fn an_out_that_cannot_be_written_fails_with_exit_3_and_leaves_nothing() {
    let sb = Sandbox::new();
    let before = listing(sb.dir.path());
    let missing = sb.path("no-such-dir/realisasi.csv");
    sb.cmd(&["actuals", "--year", "2026", "--out"])
        .arg(&missing)
        .assert()
        .code(3)
        .stderr(predicate::str::contains("no-such-dir/realisasi.csv"))
        .stderr(predicate::str::contains("--out"));
    let under_file = sb.db.join("x.xlsx");
    sb.cmd(&["staff", "--out"])
        .arg(&under_file)
        .assert()
        .code(3)
        .stderr(predicate::str::contains("x.xlsx"));
    assert_eq!(listing(sb.dir.path()), before, "no file, no temporary file");
    // XLSX is never written to a terminal or standard out.
    sb.cmd(&["staff", "--format", "xlsx"])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("--out"));
}

#[test]
fn an_existing_file_is_replaced_whole_and_stays_private() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    let out = sb.path("pegawai.csv");
    std::fs::write(&out, "old").unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).unwrap();
    sb.cmd(&["staff", "--out"])
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("8 baris"));
    assert!(std::fs::read_to_string(&out).unwrap().starts_with("NIP,"));
    let mode = std::fs::metadata(&out).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

fn xlsx_part(path: &Path, part: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(part)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn xlsx_has_typed_cells_and_a_frozen_filtered_bold_header() {
    let sb = Sandbox::new();
    let out = sb.path("realisasi.xlsx");
    sb.cmd(&["actuals", "--year", "2026", "--out"])
        .arg(&out)
        .assert()
        .success();
    let mut book = calamine::open_workbook::<calamine::Xlsx<_>, _>(&out).unwrap();
    assert_eq!(book.sheet_names(), ["Realisasi"]);
    let range = book.worksheet_range("Realisasi").unwrap();
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(header[..4], ["Tahun", "Triwulan", "NIP", "Nama"]);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = range
        .rows()
        .find(|r| {
            r[col("NIP")] == Data::String(SITI_NIP.into()) && r[col("Triwulan")] == Data::Float(3.0)
        })
        .expect("Siti in triwulan III");
    assert_eq!(row[col("Tahun")], Data::Float(2026.0));
    assert_eq!(row[col("Realisasi")], Data::Float(-2.5));
    assert_eq!(row[col("Capaian (%)")], Data::Float(0.0));
    assert_eq!(row[col("Target")], Data::Float(5.0));
    let ipul = range
        .rows()
        .find(|r| {
            r[col("NIP")] == Data::String(IPUL_NIP.into()) && r[col("Triwulan")] == Data::Float(3.0)
        })
        .unwrap();
    assert_eq!(
        ipul[col("Bukti Dukung")],
        Data::String(EVIL_NAME.into()),
        "text cells are text: no quote needed"
    );
    let formulas = book.worksheet_formula("Realisasi").unwrap();
    assert!(
        formulas.used_cells().next().is_none(),
        "no formula anywhere"
    );
    let sheet = xlsx_part(&out, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains(r#"ySplit="1""#) && sheet.contains(r#"state="frozen""#),
        "{sheet}"
    );
    assert!(sheet.contains("<autoFilter ref=\"A1:O9\""), "{sheet}");
    assert!(sheet.contains("<col "), "column widths");
    assert!(
        xlsx_part(&out, "xl/styles.xml").contains("<b/>"),
        "a bold header"
    );
}

#[test]
fn xlsx_dates_are_dates() {
    let sb = Sandbox::new();
    let staff = sb.path("pegawai.xlsx");
    sb.cmd(&["staff", "--out"]).arg(&staff).assert().success();
    let mut book = calamine::open_workbook::<calamine::Xlsx<_>, _>(&staff).unwrap();
    let range = book.worksheet_range("Pegawai").unwrap();
    let sukarni = range
        .rows()
        .find(|r| r[0] == Data::String(SUKARNI_NIP.into()))
        .unwrap();
    match &sukarni[13] {
        Data::DateTime(d) => assert!(d.is_datetime(), "{d:?}"),
        other => panic!("inactive since should be a date: {other:?}"),
    }
    let assessed = sb.path("penilaian.xlsx");
    sb.cmd(&["assessments", "--year", "2026", "--quarter", "3", "--out"])
        .arg(&assessed)
        .assert()
        .success();
    let mut book = calamine::open_workbook::<calamine::Xlsx<_>, _>(&assessed).unwrap();
    let range = book.worksheet_range("Penilaian").unwrap();
    let ipul = range
        .rows()
        .find(|r| r[2] == Data::String(IPUL_NIP.into()))
        .unwrap();
    assert!(matches!(ipul[16], Data::DateTime(_)), "{:?}", ipul[16]);
}

#[test]
fn json_is_an_array_of_objects_with_stable_keys() {
    let sb = Sandbox::new();
    let text = sb.stdout(&[
        "assessments",
        "--lang",
        "en",
        "--year",
        "2026",
        "--quarter",
        "3",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let rows = v.as_array().unwrap();
    let by_nip = |nip: &str| {
        rows.iter()
            .find(|r| r["nip"] == nip)
            .unwrap_or_else(|| panic!("{nip}"))
    };
    let ipul = by_nip(IPUL_NIP);
    let keys: Vec<&str> = ipul
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = vec![
        "year",
        "period",
        "nip",
        "name",
        "unit",
        "status",
        "assessor_nip",
        "assessor_name",
        "rating_result",
        "rating_behaviour",
        "suggested_rating",
        "reason",
        "predicate",
        "predicate_label",
        "assessment_status",
        "finalized_by",
        "finalized_at",
        "evaluation_status",
        "evaluation_status_label",
    ];
    expected.sort();
    assert_eq!(keys, expected);
    assert_eq!(ipul["year"], 2026);
    assert_eq!(ipul["period"], "q3");
    assert_eq!(ipul["assessor_nip"], "197505202000122002");
    assert_eq!(ipul["rating_result"], "di_atas");
    assert_eq!(ipul["predicate"], "B");
    assert_eq!(ipul["predicate_label"], "Baik");
    assert_eq!(ipul["assessment_status"], "final");
    assert_eq!(ipul["finalized_by"], "admin1");
    assert_eq!(ipul["finalized_at"], "2026-11-22T12:00:00Z");
    assert_eq!(ipul["evaluation_status"], "final");
    let siti = by_nip(SITI_NIP);
    assert_eq!(siti["assessment_status"], "draft");
    assert_eq!(siti["predicate"], "K");
    assert!(siti["finalized_at"].is_null());
    let budi = by_nip("198505152010131001");
    assert!(budi["assessment_status"].is_null());
    assert_eq!(budi["evaluation_status"], "no_plan");
    assert_eq!(budi["evaluation_status_label"], "No plan");
    assert!(
        rows.iter().all(|r| r["nip"] != SUKARNI_NIP),
        "inactive without an assessment: not in the period"
    );
    let plans: serde_json::Value =
        serde_json::from_str(&sb.stdout(&["plans", "--year", "2026", "--format", "json"])).unwrap();
    let ipul = plans
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["nip"] == IPUL_NIP)
        .unwrap();
    assert_eq!(ipul["target_annual"], 12);
    assert_eq!(ipul["target_q4"], 3);
    assert_eq!(ipul["result_kind"], "utama");
    assert_eq!(ipul["aggregation"], "jumlah");
}

#[test]
fn the_english_interface_translates_the_headers() {
    let sb = Sandbox::new();
    let text = sb.stdout(&["staff", "--lang", "en", "--unit", "Seksi Rehabilitasi Anak"]);
    assert!(text.starts_with("NIP,Name,ASN kind,"), "{text}");
}

#[test]
fn the_summary_exports_each_unit_with_its_subtree_rolled_up() {
    let sb = Sandbox::new();
    let rows = parse_csv(
        &sb.stdout(&["summary", "--year", "2026", "--quarter", "3"]),
        b',',
    );
    let header = &rows[0];
    assert_eq!(header[2], "Unit Kerja");
    let dinsos = row_where(&rows, "Unit Kerja", "Dinas Sosial");
    assert_eq!(
        cell(&rows, dinsos, "Susunan Unit"),
        "Pemerintah Kabupaten Banyumas / Dinas Sosial"
    );
    assert_eq!(cell(&rows, dinsos, "Tingkat"), "1");
    let root = row_where(&rows, "Tingkat", "0");
    assert!(
        cell(&rows, root, "Pegawai Aktif").parse::<u64>().unwrap()
            >= cell(&rows, dinsos, "Pegawai Aktif").parse::<u64>().unwrap()
    );
    // --unit keeps that unit and the units below it.
    let rows = parse_csv(
        &sb.stdout(&[
            "ringkasan",
            "--year",
            "2026",
            "--quarter",
            "3",
            "--unit",
            "dinas sosial",
        ]),
        b',',
    );
    let names: Vec<&str> = rows[1..].iter().map(|r| r[2].as_str()).collect();
    assert_eq!(
        names,
        [
            "Dinas Sosial",
            "Bidang Rehabilitasi Sosial",
            "Seksi Rehabilitasi Anak"
        ]
    );
}
