//! Store round-trips and refusals, on in-memory and temporary databases.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use common::*;
use kinerja::domain::hierarchy::HierarchyError;
use kinerja::domain::role::Role;
use kinerja::domain::staff::{EmploymentStatus, InactiveReason, PositionKind, StaffKind};
use kinerja::domain::unit::UnitFields;
use kinerja::store::staff_list::{StaffFilter, StatusFilter};
use kinerja::store::{Hierarchy, OpenOptions, OpenWarning, Store, StoreError};

fn names(s: &Store, f: &StaffFilter) -> Vec<String> {
    s.staff_window(f, 0, 100)
        .unwrap()
        .into_iter()
        .map(|r| r.name)
        .collect()
}

fn text(t: &str) -> StaffFilter {
    StaffFilter {
        text: t.into(),
        ..Default::default()
    }
}

#[test]
fn staff_round_trip_and_audit() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let got = s.get_staff(fx.kabid).unwrap();
    assert_eq!(got.fields.name, "Ni Luh Putu Ayu Wiryaningsih");
    assert_eq!(got.display_name(), "Ni Luh Putu Ayu Wiryaningsih, S.Sos.");
    assert_eq!(got.fields.supervisor_id, Some(fx.kadis));
    assert_eq!(got.version, 1);
    assert_eq!(got.updated_by, "admin1");

    let mut f = got.fields.clone();
    f.position_name = "Kepala Bidang Linjamsos".into();
    s.update_staff(fx.kabid, 1, &f).unwrap();
    let after = s.get_staff(fx.kabid).unwrap();
    assert_eq!(after.version, 2);
    assert_eq!(after.fields.position_name, "Kepala Bidang Linjamsos");

    let trail = s.audit_trail("staff", &fx.kabid.to_string()).unwrap();
    assert_eq!(
        trail.iter().map(|a| a.action.as_str()).collect::<Vec<_>>(),
        ["create", "update"]
    );
    let update = &trail[1];
    assert_eq!(update.os_user, "admin1");
    assert!(
        update
            .before
            .as_deref()
            .unwrap()
            .contains("Kepala Bidang Rehabilitasi Sosial")
    );
    assert!(
        update
            .after
            .as_deref()
            .unwrap()
            .contains("Kepala Bidang Linjamsos")
    );
    assert_eq!(update.at, "2026-11-22T12:00:00Z");
}

#[test]
fn the_audit_log_is_append_only() {
    let mut s = empty_store();
    fixture(&mut s);
    assert!(
        s.execute_raw_for_tests("UPDATE audit_log SET os_user = 'x'")
            .is_err()
    );
    assert!(s.execute_raw_for_tests("DELETE FROM audit_log").is_err());
}

#[test]
fn stale_updates_are_refused_naming_who_and_when() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let f = s.get_staff(fx.ipul).unwrap().fields;
    s.update_staff(fx.ipul, 1, &f).unwrap();
    let err = s.update_staff(fx.ipul, 1, &f).unwrap_err();
    match &err {
        StoreError::Stale { who, .. } => assert_eq!(who, "admin1"),
        other => panic!("expected stale, got {other:?}"),
    }
    assert!(err.to_string().contains("admin1"), "{err}");
}

#[test]
fn two_connections_on_one_file_cannot_overwrite_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    let mut a = Store::open(&path, &options("admin1")).unwrap();
    let fx = fixture(&mut a);
    a.set_user("operator2", Role::Operator, None).unwrap();
    let mut b = Store::open(&path, &options("operator2")).unwrap();
    let f = a.get_staff(fx.siti).unwrap().fields;
    let mut fa = f.clone();
    fa.position_name = "A".into();
    let mut fb = f.clone();
    fb.position_name = "B".into();
    b.update_staff(fx.siti, 1, &fb).unwrap();
    let err = a.update_staff(fx.siti, 1, &fa).unwrap_err();
    assert!(
        matches!(&err, StoreError::Stale { who, .. } if who == "operator2"),
        "{err:?}"
    );
    assert_eq!(a.get_staff(fx.siti).unwrap().fields.position_name, "B");
}

#[test]
fn duplicate_nip_names_the_holder() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let mut f = s.get_staff(fx.ipul).unwrap().fields;
    f.nip = s.get_staff(fx.kadis).unwrap().fields.nip;
    let err = s.insert_staff(&f).unwrap_err();
    assert_eq!(err.field(), Some("nip"));
    let msg = err.to_string();
    assert!(msg.contains("Drs. Bambang Sutrisno, M.M."), "{msg}");
    assert!(msg.contains("19680312 199003 1 003"), "{msg}");
    // Editing someone and keeping their own NIP is fine.
    let own = s.get_staff(fx.kadis).unwrap();
    s.update_staff(fx.kadis, own.version, &own.fields).unwrap();
}

#[test]
fn supervisor_cycles_and_self_reference_are_refused() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let kadis = s.get_staff(fx.kadis).unwrap();
    let mut f = kadis.fields.clone();
    f.supervisor_id = Some(fx.ipul); // ipul → kabid → kadis
    let err = s.update_staff(fx.kadis, kadis.version, &f).unwrap_err();
    assert!(matches!(
        err,
        StoreError::Hierarchy {
            which: Hierarchy::Supervisor,
            error: HierarchyError::Cycle
        }
    ));
    assert_eq!(err.field(), Some("supervisor"));
    f.supervisor_id = Some(fx.kadis);
    let err = s.update_staff(fx.kadis, kadis.version, &f).unwrap_err();
    assert!(matches!(
        err,
        StoreError::Hierarchy {
            error: HierarchyError::SelfReference,
            ..
        }
    ));
    // Nothing changed.
    assert_eq!(s.get_staff(fx.kadis).unwrap(), kadis);
}

#[test]
fn unit_moves_carry_the_subtree_and_refuse_cycles() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let bidang = s.get_unit(fx.bidang).unwrap();
    // Move the bidang (with its seksi) under Dinas Kesehatan.
    let mut f = bidang.fields.clone();
    f.parent_id = Some(fx.dinkes);
    s.update_unit(fx.bidang, bidang.version, &f).unwrap();
    let in_dinkes = StaffFilter {
        unit: Some(fx.dinkes),
        ..Default::default()
    };
    let n = names(&s, &in_dinkes);
    assert!(n.iter().any(|x| x.starts_with("Muh. Syaiful")), "{n:?}");
    assert_eq!(
        s.unit_path_names(fx.seksi).unwrap(),
        [
            "Pemerintah Kabupaten Banyumas",
            "Dinas Kesehatan",
            "Bidang Rehabilitasi Sosial",
            "Seksi Rehabilitasi Anak"
        ]
    );
    // Moving Dinas Kesehatan below its own grandchild loops.
    let dinkes = s.get_unit(fx.dinkes).unwrap();
    let mut f = dinkes.fields.clone();
    f.parent_id = Some(fx.seksi);
    let err = s.update_unit(fx.dinkes, dinkes.version, &f).unwrap_err();
    assert!(matches!(
        err,
        StoreError::Hierarchy {
            which: Hierarchy::Unit,
            error: HierarchyError::Cycle
        }
    ));
    f.parent_id = Some(fx.dinkes);
    assert!(s.update_unit(fx.dinkes, dinkes.version, &f).is_err());
}

#[test]
fn units_with_people_cannot_be_archived() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let u = s.get_unit(fx.seksi).unwrap();
    let err = s.deactivate_unit(fx.seksi, u.version).unwrap_err();
    assert!(matches!(err, StoreError::UnitInUse { staff: 1, units: 0 }));
    let empty = unit(
        &mut s,
        "Seksi Baru",
        kinerja::domain::unit::UnitKind::Section,
        Some(fx.bidang),
    );
    s.deactivate_unit(empty, 1).unwrap();
    assert!(!s.get_unit(empty).unwrap().active);
}

#[test]
fn search_ignores_case_accents_and_word_order_and_takes_nip_prefixes() {
    let mut s = empty_store();
    fixture(&mut s);
    assert_eq!(
        names(&s, &text("wiryan")),
        ["Ni Luh Putu Ayu Wiryaningsih, S.Sos."]
    );
    assert_eq!(
        names(&s, &text("AYU ni")),
        ["Ni Luh Putu Ayu Wiryaningsih, S.Sos."]
    );
    assert_eq!(
        names(&s, &text("wíryaningsíh")),
        ["Ni Luh Putu Ayu Wiryaningsih, S.Sos."]
    );
    assert_eq!(names(&s, &text("ipul")), ["Muh. Syaiful 'Ipul' A."]);
    assert_eq!(
        names(&s, &text("1968 0312")),
        ["Drs. Bambang Sutrisno, M.M."]
    );
    assert_eq!(names(&s, &text("19")).len(), 7);
    assert!(names(&s, &text("zzz")).is_empty());
    // Quotes and FTS syntax are plain text, not query operators.
    assert!(s.staff_window(&text("\" OR *"), 0, 10).unwrap().is_empty());
    assert_eq!(names(&s, &text("siti) AND (")), Vec::<String>::new());
    assert_eq!(names(&s, &text("(siti*")), ["Siti Aminah, S.Pd"]);
}

#[test]
fn filters_by_status_unit_and_nip_problems() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let f = |status, unit, nip_problems| StaffFilter {
        status,
        unit,
        nip_problems,
        ..Default::default()
    };
    assert_eq!(
        s.count_staff(&f(StatusFilter::All, None, false)).unwrap(),
        7
    );
    assert_eq!(
        s.count_staff(&f(StatusFilter::Active, None, false))
            .unwrap(),
        6
    );
    assert_eq!(
        names(&s, &f(StatusFilter::Inactive, None, false)),
        ["Sukarni"]
    );
    assert_eq!(
        s.count_staff(&f(StatusFilter::All, Some(fx.dinsos), false))
            .unwrap(),
        6
    );
    assert_eq!(
        s.count_staff(&f(StatusFilter::All, Some(fx.bidang), false))
            .unwrap(),
        3
    );
    assert_eq!(
        names(&s, &f(StatusFilter::All, None, true)),
        ["Budi Santoso, S.Kom"]
    );
}

#[test]
fn window_and_position_follow_name_order() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let all = StaffFilter::default();
    let window = s.staff_window(&all, 2, 3).unwrap();
    assert_eq!(window.len(), 3);
    let everything = s.staff_window(&all, 0, 100).unwrap();
    assert_eq!(window, everything[2..5]);
    for (i, r) in everything.iter().enumerate() {
        assert_eq!(s.staff_position(&all, r.id).unwrap(), Some(i as u64));
    }
    assert_eq!(s.staff_position(&text("siti"), fx.kadis).unwrap(), None);
    // Sorted by name without gelar: Andi, Bambang, Budi, Muh., Ni Luh, Siti, Sukarni.
    assert_eq!(everything[0].name, "dr. Andi Wijaya");
}

#[test]
fn deactivation_keeps_the_person_and_reactivation_needs_admin() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let st = s.get_staff(fx.sukarni).unwrap();
    assert!(matches!(
        st.status,
        EmploymentStatus::Inactive {
            reason: InactiveReason::Retired,
            ..
        }
    ));
    s.set_user("op", Role::Operator, None).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    {
        let mut admin = Store::open(&path, &options("admin1")).unwrap();
        let fx = fixture(&mut admin);
        admin.set_user("op", Role::Operator, None).unwrap();
        let mut op = Store::open(&path, &options("op")).unwrap();
        let v = op.get_staff(fx.sukarni).unwrap().version;
        let err = op.reactivate_staff(fx.sukarni, v).unwrap_err();
        assert!(matches!(
            err,
            StoreError::Permission {
                role: Role::Operator,
                ..
            }
        ));
        admin.reactivate_staff(fx.sukarni, v).unwrap();
        assert!(admin.get_staff(fx.sukarni).unwrap().status.is_active());
    }
}

#[test]
fn roles_are_enforced_in_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    let mut admin = Store::open(&path, &options("admin1")).unwrap();
    let fx = fixture(&mut admin);
    admin.set_user("viewer1", Role::Viewer, None).unwrap();
    admin.set_user("op", Role::Operator, None).unwrap();
    let mut viewer = Store::open(&path, &options("viewer1")).unwrap();
    let f = viewer.get_staff(fx.ipul).unwrap().fields;
    assert!(matches!(
        viewer.update_staff(fx.ipul, 1, &f),
        Err(StoreError::Permission {
            role: Role::Viewer,
            ..
        })
    ));
    let mut stranger = Store::open(&path, &options("stranger")).unwrap();
    assert_eq!(stranger.actor().role, Role::Viewer);
    assert!(
        stranger
            .warnings()
            .iter()
            .any(|w| matches!(w, OpenWarning::UnknownUser { .. }))
    );
    assert!(
        stranger
            .insert_unit(&UnitFields {
                name: "X".into(),
                kind: kinerja::domain::unit::UnitKind::Other,
                parent_id: None,
                head_id: None
            })
            .is_err()
    );
    let mut op = Store::open(&path, &options("op")).unwrap();
    op.update_staff(fx.ipul, 1, &f).unwrap();
    assert!(matches!(
        op.set_user("op", Role::Admin, None),
        Err(StoreError::Permission { .. })
    ));
    // The last admin cannot demote themselves.
    assert!(matches!(
        admin.set_user("admin1", Role::Operator, None),
        Err(StoreError::LastAdmin)
    ));
}

#[test]
fn new_files_are_private_or_group_shared() {
    let dir = tempfile::tempdir().unwrap();
    let private = dir.path().join("p.sqlite");
    drop(Store::open(&private, &options("a")).unwrap());
    let mode = std::fs::metadata(&private).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let shared = dir.path().join("s.sqlite");
    let opts = OpenOptions {
        group_shared: true,
        ..options("a")
    };
    drop(Store::open(&shared, &opts).unwrap());
    let mode = std::fs::metadata(&shared).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o660);
}

#[test]
fn world_readable_files_warn() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    drop(Store::open(&path, &options("a")).unwrap());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let s = Store::open(&path, &options("a")).unwrap();
    let w = s
        .warnings()
        .iter()
        .find(|w| matches!(w, OpenWarning::WorldReadable { .. }))
        .expect("a warning");
    assert!(w.message().contains("chmod 600"), "{}", w.message());
}

#[test]
fn foreign_files_are_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    // Not SQLite at all.
    let text = dir.path().join("notes.sqlite");
    std::fs::write(&text, "NIP,nama\n1,Siti\n").unwrap();
    let err = Store::open(&text, &options("a")).unwrap_err();
    assert!(matches!(err, StoreError::NotSqlite { .. }), "{err:?}");
    assert_eq!(
        std::fs::read_to_string(&text).unwrap(),
        "NIP,nama\n1,Siti\n"
    );
    // Another application's SQLite database.
    let other = dir.path().join("other.sqlite");
    foreign_db(&other);
    let before = std::fs::read(&other).unwrap();
    let err = Store::open(&other, &options("a")).unwrap_err();
    assert!(matches!(err, StoreError::NotKinerja { .. }), "{err:?}");
    assert_eq!(std::fs::read(&other).unwrap(), before);
    // Garbage after a valid header: corrupt.
    let bad = dir.path().join("bad.sqlite");
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend(std::iter::repeat_n(0xAB_u8, 4096));
    std::fs::write(&bad, &bytes).unwrap();
    let err = Store::open(&bad, &options("a")).unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Corrupt { .. } | StoreError::NotKinerja { .. }
        ),
        "{err:?}"
    );
    assert_eq!(std::fs::read(&bad).unwrap(), bytes);
}

/// An SQLite file that belongs to another application: valid SQLite
/// with tables and an application id that is not kinerja's.
fn foreign_db(path: &std::path::Path) {
    let s = Store::open(path, &options("a")).unwrap();
    s.execute_raw_for_tests("PRAGMA application_id = 42")
        .unwrap();
}

#[test]
fn newer_schema_versions_are_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    {
        let s = Store::open(&path, &options("a")).unwrap();
        s.execute_raw_for_tests("PRAGMA user_version = 99").unwrap();
        s.execute_raw_for_tests("PRAGMA wal_checkpoint(TRUNCATE)")
            .ok();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path, &options("a")).unwrap_err();
    assert!(
        matches!(err, StoreError::TooNew { found: 99, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("99"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn read_only_files_open_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    {
        let mut s = Store::open(&path, &options("admin1")).unwrap();
        fixture(&mut s);
    }
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o400)).unwrap();
    if std::fs::OpenOptions::new().write(true).open(&path).is_ok() {
        // Running as root: permissions do not bind; use the explicit option.
        let mut s = Store::open(
            &path,
            &OpenOptions {
                read_only: true,
                ..options("admin1")
            },
        )
        .unwrap();
        assert!(s.is_read_only());
        assert!(matches!(s.set_meta("x", "y"), Err(StoreError::ReadOnly)));
        return;
    }
    let mut s = Store::open(&path, &options("admin1")).unwrap();
    assert!(s.is_read_only());
    assert!(
        s.warnings()
            .iter()
            .any(|w| matches!(w, OpenWarning::ReadOnly { .. }))
    );
    assert_eq!(s.count_staff(&StaffFilter::default()).unwrap(), 7);
    assert!(matches!(s.set_meta("x", "y"), Err(StoreError::ReadOnly)));
}

#[test]
fn a_missing_directory_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nope").join("k.sqlite");
    let err = Store::open(&path, &options("a")).unwrap_err();
    assert!(matches!(err, StoreError::MissingDir { .. }));
    assert!(err.to_string().contains("mkdir -p"), "{err}");
}

#[test]
fn a_writer_holding_the_lock_gives_a_clear_message_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.sqlite");
    let mut a = Store::open(&path, &options("admin1")).unwrap();
    let fx = fixture(&mut a);
    let mut b = Store::open(&path, &options("admin1")).unwrap();
    b.set_busy_timeout(Duration::from_millis(50)).unwrap();
    // Another process holds the write lock.
    let blocker = rusqlite_blocker(&path);
    let f = b.get_staff(fx.ipul).unwrap().fields;
    let mut changed = f.clone();
    changed.name = "Syaiful Anwar".into();
    let err = b.update_staff(fx.ipul, 1, &changed).unwrap_err();
    assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
    assert!(err.to_string().contains("tidak hilang"), "{err}");
    drop(blocker);
    // Retrying once the lock is gone succeeds.
    b.update_staff(fx.ipul, 1, &changed).unwrap();
    assert_eq!(a.get_staff(fx.ipul).unwrap().fields.name, "Syaiful Anwar");
}

/// Opens a second store and keeps an immediate transaction open on it.
fn rusqlite_blocker(path: &std::path::Path) -> Store {
    let s = Store::open(path, &options("admin1")).unwrap();
    s.execute_raw_for_tests("BEGIN IMMEDIATE").unwrap();
    s
}

#[test]
fn staff_kinds_and_positions_round_trip() {
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let siti = s.get_staff(fx.siti).unwrap();
    assert_eq!(siti.fields.kind, StaffKind::Pppk);
    assert_eq!(siti.fields.rank.unwrap().code(), "IX");
    assert_eq!(siti.fields.position_kind, PositionKind::Functional);
}

#[test]
fn broad_and_narrow_searches_agree_with_the_names() {
    use kinerja::store::import::{Batch, NewStaff, NewUnit};
    let mut s = empty_store();
    let fx = fixture(&mut s);
    let base = s.get_staff(fx.ipul).unwrap().fields;
    // 6,000 people, many of them "Sri …": "s" and "sri" take the broad
    // plan (scan in name order), "sri wah" and "budi 12" the narrow one.
    let first = ["Sri", "Siti", "Budi", "Agus", "Sri"];
    let last = ["Wahyuni", "Lestari", "Santoso", "Sitompul", "Rahayu"];
    let mut batch = Batch {
        units: vec![NewUnit {
            fields: UnitFields {
                name: "Dinas Uji".into(),
                kind: kinerja::domain::unit::UnitKind::Agency,
                parent_id: None,
                head_id: None,
            },
            parent: None,
            head: None,
        }],
        ..Default::default()
    };
    let mut expected = Vec::new();
    for i in 0..6_000u32 {
        let mut f = base.clone();
        f.nip = kinerja::domain::nip::Nip::parse(&format!(
            "19910202201503{}{:03}",
            1 + i / 900,
            i % 900 + 1
        ))
        .unwrap();
        f.name = format!(
            "{} {} {i}",
            first[i as usize % 5],
            last[(i / 5) as usize % 5]
        );
        expected.push(f.name.clone());
        batch.staff.push(NewStaff {
            fields: f,
            unit: 0,
            supervisor: None,
            status: EmploymentStatus::Active,
        });
    }
    s.load_batch(&batch, "test").unwrap();
    for q in ["sri", "s", "sri wah", "SITI sito", "sit", "budi 12", "zz"] {
        let words: Vec<String> = kinerja::domain::text::fold(q)
            .split(' ')
            .map(String::from)
            .collect();
        let mut want: Vec<&String> = expected
            .iter()
            .filter(|n| {
                let name_words: Vec<String> = kinerja::domain::text::fold(n)
                    .split(' ')
                    .map(String::from)
                    .collect();
                words
                    .iter()
                    .all(|w| name_words.iter().any(|nw| nw.starts_with(w.as_str())))
            })
            .collect();
        want.sort_by_key(|n| kinerja::domain::text::fold(n));
        let f = StaffFilter {
            text: q.into(),
            unit: Some(1 + fx.puskesmas), // the new "Dinas Uji"
            ..Default::default()
        };
        assert_eq!(s.count_staff(&f).unwrap(), want.len() as u64, "{q}");
        let unit_only = s.count_staff(&text(q)).unwrap();
        assert!(unit_only >= want.len() as u64, "{q}");
        let got: Vec<String> = s
            .staff_window(&f, 0, 30)
            .unwrap()
            .into_iter()
            .map(|r| r.name)
            .collect();
        let want30: Vec<String> = want.iter().take(30).map(|n| n.to_string()).collect();
        assert_eq!(got.len(), want30.len(), "{q}");
        for (g, w) in got.iter().zip(&want30) {
            assert_eq!(
                kinerja::domain::text::fold(g),
                kinerja::domain::text::fold(w),
                "{q}"
            );
        }
    }
}
