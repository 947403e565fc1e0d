//! The real binary: demo, status, user, check, and its error messages.

mod common;
use common::kinerja_in;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use kinerja::store::staff_list::{StaffFilter, StatusFilter};
use kinerja::store::{OpenOptions, Store};
use predicates::prelude::*;

struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().unwrap(),
        }
    }
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    /// The binary with a private home: no real config or data is read.
    fn cmd(&self) -> Command {
        kinerja_in(self.dir.path())
    }
    fn demo(&self, name: &str, staff: usize) -> PathBuf {
        let db = self.path(name);
        self.cmd()
            .args(["demo", "--staff", &staff.to_string(), "--seed", "7", "--db"])
            .arg(&db)
            .assert()
            .success()
            .stdout(predicate::str::contains("Pemerintah Kabupaten"));
        db
    }
}

fn some_active_nip(db: &Path) -> (String, String) {
    let s = Store::open(
        db,
        &OpenOptions {
            read_only: true,
            ..OpenOptions::default()
        },
    )
    .unwrap();
    let f = StaffFilter {
        status: StatusFilter::Active,
        ..Default::default()
    };
    let row = s.staff_window(&f, 5, 1).unwrap().remove(0);
    (row.nip, row.name)
}

#[test]
fn demo_creates_a_private_database_and_status_finds_people() {
    let sb = Sandbox::new();
    let db = sb.demo("demo.sqlite", 60);
    let mode = std::fs::metadata(&db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let (nip, name) = some_active_nip(&db);
    // A full NIP, typed with spaces.
    let spaced = format!(
        "{} {} {} {}",
        &nip[..8],
        &nip[8..14],
        &nip[14..15],
        &nip[15..]
    );
    sb.cmd()
        .args(["status", &spaced, "--db"])
        .arg(&db)
        .assert()
        .code(0)
        .stdout(predicate::str::contains(&nip).and(predicate::str::contains(name.as_str())))
        .stdout(predicate::function(|s: &str| s.lines().count() == 1))
        .stdout(predicate::str::contains("SKP "));
    // JSON.
    let out = sb
        .cmd()
        .args(["status", &nip, "--json", "--db"])
        .arg(&db)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["result"], "found");
    assert_eq!(v["person"]["nip"], nip.as_str());
    assert_eq!(v["person"]["status"], "active");
    // The demo gives every active person this year's SKP with its quarters.
    let quarters = v["person"]["plan"]["quarters"].as_array().unwrap();
    assert_eq!(quarters.len(), 4);
    assert!(quarters[0]["total"].as_u64().unwrap() > 0);
    let evaluation = v["person"]["plan"]["evaluation"].as_array().unwrap();
    assert_eq!(evaluation.len(), 4);
    assert_eq!(evaluation[0]["quarter"], 1);
    assert!(evaluation[0]["status"].is_string());
    // A predikat only with an assessment, and never for a quarter that has
    // not ended (the demo assesses only those).
    for q in evaluation {
        let assessed = matches!(q["status"].as_str(), Some("assessed_draft" | "final"));
        assert!(q["predicate"].is_null() || assessed, "{q}");
    }
    assert!(evaluation[3]["predicate"].is_null());
}

#[test]
fn demo_reports_its_assessments_once_a_quarter_has_ended() {
    let sb = Sandbox::new();
    let db = sb.path("demo.sqlite");
    let out = sb
        .cmd()
        .args(["demo", "--staff", "60", "--seed", "7", "--db"])
        .arg(&db)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    let s = Store::open(&db, &OpenOptions::default()).unwrap();
    let ended = chrono::Datelike::month(&s.today()) > 3;
    assert_eq!(out.contains("Penilaian triwulan"), ended, "{out}");
    if ended {
        let f = StaffFilter {
            status: StatusFilter::Active,
            ..Default::default()
        };
        let year = chrono::Datelike::year(&s.today());
        let ids: Vec<i64> = s
            .staff_window(&f, 0, 100)
            .unwrap()
            .iter()
            .map(|r| r.id)
            .collect();
        let assessed = ids
            .iter()
            .filter(|id| s.quarter_assessments(**id, year).unwrap()[0].is_some())
            .count();
        assert!(assessed * 2 > ids.len(), "{assessed} of {}", ids.len());
    }
}

#[test]
fn status_exit_codes_none_and_ambiguous() {
    let sb = Sandbox::new();
    let db = sb.demo("demo.sqlite", 60);
    sb.cmd()
        .args(["status", "Zzyzx Qwerty", "--db"])
        .arg(&db)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Tidak ada pegawai"));
    // "19" starts almost every NIP: ambiguous, candidates listed.
    sb.cmd()
        .args(["status", "19", "--db"])
        .arg(&db)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("pegawai cocok"))
        .stdout(predicate::function(|s: &str| s.lines().count() == 20));
    let out = sb
        .cmd()
        .args(["status", "19", "--json", "--db"])
        .arg(&db)
        .assert()
        .code(2)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["result"], "ambiguous");
    assert_eq!(v["candidates"].as_array().unwrap().len(), 20);
}

#[test]
fn status_works_while_another_process_writes() {
    let sb = Sandbox::new();
    let db = sb.demo("demo.sqlite", 30);
    let (nip, _) = some_active_nip(&db);
    let writer = Store::open(&db, &OpenOptions::default()).unwrap();
    writer.execute_raw_for_tests("BEGIN IMMEDIATE").unwrap();
    writer
        .execute_raw_for_tests("UPDATE meta SET value = value WHERE key = 'organisation'")
        .unwrap();
    sb.cmd()
        .args(["status", &nip, "--db"])
        .arg(&db)
        .assert()
        .code(0);
    drop(writer);
}

#[test]
fn a_missing_database_is_named_and_not_created() {
    let sb = Sandbox::new();
    let db = sb.path("nope.sqlite");
    sb.cmd()
        .args(["status", "siti", "--db"])
        .arg(&db)
        .assert()
        .code(3)
        .stderr(
            predicate::str::contains("nope.sqlite").and(predicate::str::contains("kinerja demo")),
        );
    assert!(!db.exists());
    sb.cmd()
        .args(["status", "siti", "--lang", "en", "--db"])
        .arg(&db)
        .assert()
        .code(3)
        .stderr(predicate::str::contains("does not exist"));
}

#[test]
fn a_missing_directory_is_named() {
    let sb = Sandbox::new();
    let db = sb.path("no/such/dir/k.sqlite");
    sb.cmd()
        .args(["demo", "--staff", "20", "--db"])
        .arg(&db)
        .assert()
        .code(3)
        .stderr(predicate::str::contains("mkdir -p"));
}

#[test]
fn a_config_typo_names_the_file_line_and_key() {
    let sb = Sandbox::new();
    let dir = sb.path("config/kinerja");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), "lang = \"id\"\ndatabse = \"x\"\n").unwrap();
    sb.cmd().args(["status", "siti"]).assert().code(3).stderr(
        predicate::str::contains("config.toml")
            .and(predicate::str::contains("baris 2"))
            .and(predicate::str::contains("databse")),
    );
}

#[test]
fn a_bad_keymap_is_refused_before_the_terminal_is_touched() {
    let sb = Sandbox::new();
    let dir = sb.path("config/kinerja");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("keymap.toml"), "[list]\ntambah = [\"a\"]\n").unwrap();
    sb.cmd()
        .args(["--db"])
        .arg(sb.path("k.sqlite"))
        .assert()
        .code(3)
        .stderr(predicate::str::contains("keymap.toml").and(predicate::str::contains("tambah")));
    std::fs::write(dir.join("keymap.toml"), "[list]\nadd = [\"e\"]\n").unwrap();
    sb.cmd()
        .args(["--db"])
        .arg(sb.path("k.sqlite"))
        .assert()
        .code(3)
        .stderr(predicate::str::contains("`add`").and(predicate::str::contains("`edit`")));
}

#[test]
fn foreign_files_are_refused_untouched() {
    let sb = Sandbox::new();
    let f = sb.path("pegawai.csv");
    std::fs::write(&f, "nip,nama\n").unwrap();
    sb.cmd()
        .args(["status", "siti", "--db"])
        .arg(&f)
        .assert()
        .code(3)
        .stderr(predicate::str::contains("bukan basis data kinerja"));
    assert_eq!(std::fs::read_to_string(&f).unwrap(), "nip,nama\n");
    sb.cmd()
        .args(["demo", "--force", "--db"])
        .arg(&f)
        .assert()
        .code(3);
    assert_eq!(std::fs::read_to_string(&f).unwrap(), "nip,nama\n");
}

#[test]
fn demo_refuses_to_replace_without_force() {
    let sb = Sandbox::new();
    let db = sb.demo("demo.sqlite", 20);
    sb.cmd()
        .args(["demo", "--staff", "20", "--db"])
        .arg(&db)
        .assert()
        .code(3)
        .stderr(predicate::str::contains("--force"));
    sb.cmd()
        .args(["demo", "--staff", "25", "--force", "--db"])
        .arg(&db)
        .assert()
        .success();
    let s = Store::open(&db, &OpenOptions::default()).unwrap();
    assert_eq!(s.count_staff(&StaffFilter::default()).unwrap(), 25);
}

#[test]
fn users_and_roles() {
    let sb = Sandbox::new();
    let db = sb.demo("demo.sqlite", 20);
    sb.cmd()
        .args(["user", "add", "siti", "--role", "operator", "--db"])
        .arg(&db)
        .assert()
        .success();
    sb.cmd()
        .args(["user", "list", "--db"])
        .arg(&db)
        .assert()
        .success()
        .stdout(predicate::str::contains("siti\toperator"));
    sb.cmd()
        .args(["user", "add", "x", "--role", "boss", "--db"])
        .arg(&db)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("boss"));
    sb.cmd()
        .args(["user", "add", "x", "--role", "supervisor", "--db"])
        .arg(&db)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--staff"));
}

#[test]
fn check_lists_nip_problems() {
    let sb = Sandbox::new();
    let db = sb.demo("demo.sqlite", 20);
    sb.cmd()
        .args(["check", "--db"])
        .arg(&db)
        .assert()
        .success()
        .stderr(predicate::str::contains("0 pegawai"));
}

#[test]
fn a_bad_language_is_named() {
    let sb = Sandbox::new();
    sb.cmd()
        .args(["status", "x", "--lang", "fr"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("fr"));
}

#[test]
fn a_world_readable_database_is_warned_about() {
    let sb = Sandbox::new();
    let db = sb.demo("demo.sqlite", 20);
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let (nip, _) = some_active_nip(&db);
    sb.cmd()
        .args(["status", &nip, "--db"])
        .arg(&db)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("chmod 600"));
}

#[test]
fn the_suggestion_thresholds_are_a_setting_with_checked_input() {
    let sb = Sandbox::new();
    let db = sb.demo("demo.sqlite", 30);
    sb.cmd()
        .args(["setting", "show", "--db"])
        .arg(&db)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("110 %").and(predicate::str::contains("90 %")));
    sb.cmd()
        .args([
            "setting",
            "suggestion",
            "--above",
            "100%",
            "--meets",
            "50",
            "--db",
        ])
        .arg(&db)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("100 %").and(predicate::str::contains("50 %")));
    // The order is checked, a word is not a number; the setting stays.
    sb.cmd()
        .args([
            "setting",
            "suggestion",
            "--above",
            "50",
            "--meets",
            "90",
            "--db",
        ])
        .arg(&db)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("harus lebih besar"));
    sb.cmd()
        .args([
            "setting",
            "suggestion",
            "--above",
            "banyak",
            "--meets",
            "90",
            "--db",
        ])
        .arg(&db)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Batas Di Atas Ekspektasi"));
    sb.cmd()
        .args(["setting", "show", "--db"])
        .arg(&db)
        .assert()
        .stdout(predicate::str::contains("100 %"));
}
