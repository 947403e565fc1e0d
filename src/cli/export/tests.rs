//! Argument checks and the XLSX sheet split, without a database.

use super::*;

fn args(what: &str, extra: &[&str]) -> ExportArgs {
    use clap::Parser;
    #[derive(Parser)]
    struct Wrap {
        #[command(flatten)]
        args: ExportArgs,
    }
    let mut argv = vec!["kinerja", what];
    argv.extend_from_slice(extra);
    Wrap::try_parse_from(argv).unwrap().args
}

fn code(what: &str, extra: &[&str]) -> i32 {
    parse(&args(what, extra))
        .map(|_| 0)
        .unwrap_or_else(|f| f.code)
}

#[test]
fn exports_formats_and_delimiters() {
    crate::i18n::set_lang(crate::i18n::Lang::Id);
    assert_eq!(What::parse("Realisasi"), Some(What::Actuals));
    assert_eq!(What::parse("pegawai"), Some(What::Staff));
    assert_eq!(What::parse("gaji"), None);
    let r = parse(&args("actuals", &["--out", "x.XLSX"])).unwrap();
    assert_eq!(r.format, Format::Xlsx);
    let r = parse(&args("staff", &["--delimiter", "tab", "--bom"])).unwrap();
    assert_eq!(
        r.format,
        Format::Csv(CsvOptions {
            delimiter: b'\t',
            bom: true
        })
    );
    let r = parse(&args("staff", &["--out", "-", "--format", "json"])).unwrap();
    assert_eq!((r.format, r.out), (Format::Json, None));
    assert_eq!(code("gaji", &[]), 2);
    assert_eq!(code("staff", &["--format", "pdf"]), 2);
    assert_eq!(code("staff", &["--delimiter", "|"]), 2);
    assert_eq!(code("staff", &["--format", "json", "--bom"]), 2);
    assert_eq!(code("staff", &["--format", "xlsx"]), 2);
    assert_eq!(code("staff", &["--format", "xlsx", "--out", "-"]), 2);
    assert_eq!(code("staff", &["--year", "2026"]), 2);
    assert_eq!(code("plans", &["--quarter", "3"]), 2);
    assert_eq!(code("actuals", &["--quarter", "5"]), 2);
    assert_eq!(code("actuals", &["--year", "dua"]), 2);
    assert_eq!(
        code("assessments", &["--quarter", "III", "--year", "2026"]),
        0
    );
}

#[test]
fn years_and_file_names() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    assert_eq!(check_year(2027, today).unwrap(), 2027);
    assert_eq!(check_year(2028, today).unwrap_err().code, 2);
    assert_eq!(check_year(206, today).unwrap_err().code, 2);
    let mut job = Job {
        what: What::Actuals,
        year: 2026,
        period: AssessmentPeriod::parse("3").unwrap(),
        scope: ExportScope::default(),
        unit_name: Some("Dinas Sosial".into()),
    };
    assert_eq!(
        job.file_name(Format::Xlsx),
        "realisasi-2026-tw3-dinas-sosial.xlsx"
    );
    job.what = What::Assessments;
    job.period = AssessmentPeriod::Year;
    job.unit_name = None;
    assert_eq!(job.file_name(Format::Json), "penilaian-2026-tahunan.json");
    assert_eq!(job.quarters().len(), 4);
}
