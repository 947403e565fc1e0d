//! `kinerja export` on a demo government: every export in every format,
//! and the rows of each agree with the others.

use std::path::Path;

use assert_cmd::Command;
use calamine::Reader;

/// Every file in `dir`, by name.
fn listing(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// A demo government: every export in every format; the actuals of the
/// year are four rows for each indicator of the plans.
#[test]
fn a_demo_government_exports_everything() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.sqlite");
    let run = |args: &[&str]| {
        Command::cargo_bin("kinerja")
            .unwrap()
            .env_clear()
            .env("HOME", dir.path())
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .arg("--db")
            .arg(&db)
            .args(args)
            .assert()
            .success();
    };
    run(&["demo", "--staff", "300", "--seed", "7"]);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let o = out.to_str().unwrap();
    for what in ["staff", "plans", "actuals", "assessments"] {
        for format in ["csv", "xlsx", "json"] {
            let mut args = vec!["export", what, "--format", format, "--out", o];
            if what != "staff" {
                args.extend(["--year", "2026"]);
            }
            run(&args);
        }
    }
    assert_eq!(
        listing(&out),
        [
            "pegawai.csv",
            "pegawai.json",
            "pegawai.xlsx",
            "penilaian-2026-tahunan.csv",
            "penilaian-2026-tahunan.json",
            "penilaian-2026-tahunan.xlsx",
            "realisasi-2026.csv",
            "realisasi-2026.json",
            "realisasi-2026.xlsx",
            "skp-2026.csv",
            "skp-2026.json",
            "skp-2026.xlsx",
        ]
    );
    let count = |name: &str| -> usize {
        let v: serde_json::Value =
            serde_json::from_slice(&std::fs::read(out.join(name)).unwrap()).unwrap();
        v.as_array().unwrap().len()
    };
    let indicators = count("skp-2026.json");
    assert!(indicators > 300, "{indicators}");
    assert_eq!(count("realisasi-2026.json"), 4 * indicators);
    assert_eq!(count("pegawai.json"), 300);
    let csv_rows = csv::Reader::from_path(out.join("realisasi-2026.csv"))
        .unwrap()
        .records()
        .count();
    assert_eq!(csv_rows, 4 * indicators, "rows below the header");
    let mut book =
        calamine::open_workbook::<calamine::Xlsx<_>, _>(out.join("realisasi-2026.xlsx")).unwrap();
    let range = book.worksheet_range("Realisasi").unwrap();
    assert_eq!(range.height(), 1 + 4 * indicators);
}
