//! Tests of the whole generator: shape, people, determinism, loading.

use std::collections::{HashMap, HashSet};

use super::*;
use crate::domain::nip::analyse;
use crate::domain::period::full_years;
use crate::domain::rank::Rank;
use crate::domain::staff::{PositionKind, StaffDraft, StaffKind};
use crate::domain::unit::UnitDraft;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 15).unwrap()
}

fn opts(staff: usize, seed: u64) -> DemoOptions {
    DemoOptions {
        staff,
        seed,
        reference_date: today(),
    }
}

fn demo(staff: usize) -> DemoGovernment {
    generate(&opts(staff, 42)).unwrap()
}

fn rank(s: &str) -> Rank {
    Rank::parse(s).unwrap()
}

/// Structural rules that hold at any size.
fn check_structure(g: &DemoGovernment, n: usize) {
    let b = &g.batch;
    assert_eq!(b.staff.len(), n);
    assert_eq!(g.profiles.len(), n);
    assert_eq!(
        b.organisation.as_deref(),
        Some("Pemerintah Kabupaten Banyumas")
    );
    assert_eq!(b.units[0].fields.kind, UnitKind::Government);
    assert_eq!(b.units[0].fields.name, "Pemerintah Kabupaten Banyumas");
    for (i, u) in b.units.iter().enumerate() {
        match u.parent {
            None => assert_eq!(i, 0, "only the root has no parent"),
            Some(p) => assert!(p < i, "unit {i} comes before its parent {p}"),
        }
        let h = u
            .head
            .unwrap_or_else(|| panic!("{} has no head", u.fields.name));
        assert!(h < n);
        // The head works in the unit (the Sekda of the root works in the
        // Sekretariat Daerah, which they also lead).
        let home = b.staff[h].unit;
        assert!(
            home == i || (i == 0 && b.units[home].fields.name == "Sekretariat Daerah"),
            "head of {} sits in {}",
            u.fields.name,
            b.units[home].fields.name
        );
        assert!(g.profiles[h].role.is_head(), "{}", u.fields.name);
    }
    let mut nips = HashSet::new();
    for (i, s) in b.staff.iter().enumerate() {
        assert!(s.unit < b.units.len(), "staff {i} in unit {}", s.unit);
        assert!(
            nips.insert(s.fields.nip.as_str()),
            "duplicate NIP {}",
            s.fields.nip
        );
        match s.supervisor {
            Some(sup) => {
                assert!(sup < i, "supervisor {sup} of {i} comes later");
                assert_ne!(sup, i);
            }
            None => assert!(
                i == 0 || !s.status.is_active(),
                "{} ({}) has no supervisor",
                s.fields.name,
                s.fields.position_name
            ),
        }
    }
    assert_eq!(g.profiles[0].role, DemoRole::RegionalSecretary);
    assert_eq!(b.staff[0].supervisor, None);
    assert_eq!(b.staff[0].fields.position_name, "Sekretaris Daerah");
    assert_eq!(
        g.profiles
            .iter()
            .filter(|p| p.role == DemoRole::RegionalSecretary)
            .count(),
        1
    );
}

#[test]
fn default_400_is_a_believable_government() {
    let g = demo(DEFAULT_STAFF);
    check_structure(&g, 400);
    let b = &g.batch;

    for kind in UnitKind::ALL {
        assert!(
            b.units.iter().any(|u| u.fields.kind == kind),
            "no {kind:?} unit"
        );
    }

    // Every real kecamatan of Banyumas is a perangkat daerah led by a Camat.
    let region = &data::data().unwrap().region;
    for d in &region.districts {
        let name = format!("Kecamatan {}", d.name);
        let (i, u) = b
            .units
            .iter()
            .enumerate()
            .find(|(_, u)| u.fields.name == name)
            .unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(u.fields.kind, UnitKind::Agency);
        assert_eq!(u.parent, Some(0));
        let camat = &b.staff[u.head.unwrap()];
        assert_eq!(camat.fields.position_name, format!("Camat {}", d.name));
        assert_eq!(camat.unit, i);
        assert_eq!(camat.supervisor, Some(0), "a Camat reports to the Sekda");
    }
    // Kelurahan only (never desa), each under its own kecamatan.
    let kelurahan: HashSet<&str> = region
        .districts
        .iter()
        .flat_map(|d| d.kelurahan().map(|p| p.name.as_str()))
        .collect();
    for u in b
        .units
        .iter()
        .filter(|u| u.fields.kind == UnitKind::Village)
    {
        let name = u.fields.name.strip_prefix("Kelurahan ").unwrap();
        assert!(kelurahan.contains(name), "{name} is not a kelurahan");
        let parent = &b.units[u.parent.unwrap()];
        assert!(parent.fields.name.starts_with("Kecamatan "));
    }

    // The perangkat daerah a kabupaten has, each led by a JPT reporting to the Sekda.
    for name in [
        "Sekretariat Daerah",
        "Sekretariat Dewan Perwakilan Rakyat Daerah",
        "Inspektorat Daerah",
        "Badan Perencanaan Pembangunan Daerah",
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "Badan Pengelolaan Keuangan dan Aset Daerah",
        "Badan Pendapatan Daerah",
        "Badan Penanggulangan Bencana Daerah",
        "Badan Kesatuan Bangsa dan Politik",
        "Dinas Pendidikan",
        "Dinas Kesehatan",
        "Dinas Sosial",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "Dinas Perhubungan",
        "Dinas Lingkungan Hidup",
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "Dinas Pertanian dan Ketahanan Pangan",
        "Dinas Komunikasi dan Informatika",
        "Satuan Polisi Pamong Praja",
    ] {
        let u = b
            .units
            .iter()
            .find(|u| u.fields.name == name)
            .unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(u.fields.kind, UnitKind::Agency);
        let head = &b.staff[u.head.unwrap()];
        assert_eq!(head.fields.position_kind, PositionKind::Jpt, "{name}");
        if name != "Sekretariat Daerah" {
            assert_eq!(head.supervisor, Some(0), "head of {name}");
        }
    }

    // Somewhere a full chain: kepala dinas → kepala bidang → kepala seksi → staff.
    let chain = b.staff.iter().any(|s| {
        let Some(kasi) = s.supervisor else {
            return false;
        };
        let Some(kabid) = b.staff[kasi].supervisor else {
            return false;
        };
        let Some(kadis) = b.staff[kabid].supervisor else {
            return false;
        };
        b.staff[kasi]
            .fields
            .position_name
            .starts_with("Kepala Seksi")
            && b.staff[kabid]
                .fields
                .position_name
                .starts_with("Kepala Bidang")
            && b.staff[kadis]
                .fields
                .position_name
                .starts_with("Kepala Dinas")
    });
    assert!(chain, "no kepala dinas → kabid → kasi → staff chain");

    // Puskesmas report to the Kepala Dinas Kesehatan, schools to the
    // Kepala Dinas Pendidikan; teachers are the largest group.
    let kadis = |name: &str| {
        b.units
            .iter()
            .find(|u| u.fields.name == name)
            .and_then(|u| u.head)
            .unwrap()
    };
    for u in &b.units {
        let head = &b.staff[u.head.unwrap()];
        if u.fields.name.starts_with("UPT Puskesmas ") {
            assert_eq!(head.supervisor, Some(kadis("Dinas Kesehatan")));
        }
        if u.fields.kind == UnitKind::School {
            assert!(
                u.fields.name.starts_with("SD Negeri ") || u.fields.name.starts_with("SMP Negeri ")
            );
            assert_eq!(head.supervisor, Some(kadis("Dinas Pendidikan")));
            assert_eq!(
                head.fields.position_name,
                format!("Kepala {}", u.fields.name)
            );
        }
    }
    let roles: HashMap<DemoRole, usize> = g.role_counts().into_iter().collect();
    let teachers = roles[&DemoRole::Teacher] + roles[&DemoRole::HeadOfSchool];
    assert!(
        (120..=240).contains(&teachers),
        "{teachers} teachers of 400"
    );
    for r in [
        DemoRole::Doctor,
        DemoRole::Nurse,
        DemoRole::Midwife,
        DemoRole::Staff,
        DemoRole::Specialist,
        DemoRole::Camat,
        DemoRole::Lurah,
        DemoRole::HeadOfSection,
        DemoRole::HeadOfDivision,
        DemoRole::Secretary,
    ] {
        assert!(roles.get(&r).copied().unwrap_or(0) > 0, "no {r:?}");
    }
}

#[test]
fn people_are_consistent_with_their_nip_rank_and_position() {
    let g = generate(&opts(3000, 9)).unwrap();
    check_structure(&g, 3000);
    let data = data::data().unwrap();
    let known = |t: &str, front: bool| {
        names::EXTRA_TITLES.contains(&t)
            || if front {
                data.titles.prefixes.iter().any(|(p, _)| p == t)
            } else {
                data.titles.has_suffix(t)
            }
    };
    let (mut pppk, mut care, mut inactive) = (0, 0, 0);
    for (s, p) in g.batch.staff.iter().zip(&g.profiles) {
        let f = &s.fields;
        let info = analyse(&f.nip, f.kind);
        assert!(info.warnings.is_empty(), "{} {:?}", f.nip, info.warnings);
        let birth = info.birth_date.unwrap();
        let age = full_years(birth, today());
        let r = f.rank.expect("everyone has a rank");
        assert_eq!(r.kind(), f.kind, "{}", f.nip);
        // The record passes the same validation as a typed one.
        let draft = StaffDraft {
            nip: f.nip.grouped(),
            kind: Some(f.kind),
            front_title: f.front_title.clone(),
            name: f.name.clone(),
            back_title: f.back_title.clone(),
            rank: f.rank,
            position_kind: Some(f.position_kind),
            position_name: f.position_name.clone(),
            unit_id: Some(1),
            supervisor_id: None,
        };
        let valid = draft.validate().unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(valid.name, f.name);
        for t in f.front_title.split(' ').filter(|t| !t.is_empty()) {
            assert!(known(t, true), "unknown gelar depan {t:?}");
        }
        for t in f.back_title.split(", ").filter(|t| !t.is_empty()) {
            assert!(known(t, false), "unknown gelar belakang {t:?}");
        }
        if s.status.is_active() {
            assert!((21..=59).contains(&age), "{} aged {age}", f.nip);
        } else {
            inactive += 1;
        }
        if matches!(
            p.role,
            DemoRole::Teacher
                | DemoRole::Doctor
                | DemoRole::Nurse
                | DemoRole::Midwife
                | DemoRole::HealthWorker
        ) {
            care += 1;
        }
        match f.kind {
            StaffKind::Pppk => {
                pppk += 1;
                assert!(!p.role.is_head());
                let year = info.appointment_year.unwrap();
                assert!((2019..=2024).contains(&year));
                assert_eq!(info.contract_code.as_deref(), Some("21"));
                assert!(matches!(r, Rank::Pppk(5..=11)), "{r}");
            }
            StaffKind::Pns => {
                let tmt = info.tmt.unwrap();
                assert!(tmt.first_day() <= today());
                let at_tmt = full_years(birth, tmt.first_day());
                assert!((18..=35).contains(&at_tmt), "{} TMT at {at_tmt}", f.nip);
                let service = full_years(tmt.first_day(), today());
                // One ruang per ~4 years from at most III/c (S3) at entry.
                let ix = Rank::all(StaffKind::Pns)
                    .iter()
                    .position(|x| *x == r)
                    .unwrap();
                assert!(
                    ix <= 10 + (service as usize) / 4 + 1,
                    "{r} after {service} years"
                );
            }
        }
        let (lo, hi) = match p.role {
            DemoRole::RegionalSecretary => ("IV/c", "IV/d"),
            DemoRole::HeadOfAgency => ("IV/b", "IV/c"),
            DemoRole::Camat => ("IV/a", "IV/b"),
            DemoRole::HeadOfSection | DemoRole::Lurah => ("III/c", "III/d"),
            DemoRole::Staff => ("I/a", "III/d"),
            _ => ("I/a", "IV/e"),
        };
        if f.kind == StaffKind::Pns {
            assert!(r >= rank(lo) && r <= rank(hi), "{:?} {r}", p.role);
        }
        let kind_ok = match p.role {
            DemoRole::RegionalSecretary | DemoRole::HeadOfAgency => {
                f.position_kind == PositionKind::Jpt
            }
            DemoRole::Camat | DemoRole::Secretary | DemoRole::HeadOfDivision => {
                f.position_kind == PositionKind::Administrator
            }
            DemoRole::HeadOfSection | DemoRole::Lurah => {
                f.position_kind == PositionKind::Supervisory
            }
            DemoRole::Teacher | DemoRole::Doctor | DemoRole::Nurse | DemoRole::Midwife => {
                f.position_kind == PositionKind::Functional
            }
            DemoRole::Staff => f.position_kind == PositionKind::Executor,
            _ => true,
        };
        assert!(kind_ok, "{:?} as {:?}", p.role, f.position_kind);
        match p.role {
            DemoRole::Teacher => assert!(f.position_name.starts_with("Guru Ahli ")),
            DemoRole::Midwife => assert!(f.position_name.starts_with("Bidan ")),
            DemoRole::Nurse => assert!(f.position_name.starts_with("Perawat ")),
            DemoRole::Doctor => assert!(f.position_name.starts_with("Dokter ")),
            _ => {}
        }
    }
    for u in &g.batch.units {
        let draft = UnitDraft {
            name: u.fields.name.clone(),
            kind: Some(u.fields.kind),
            ..Default::default()
        };
        assert_eq!(draft.validate().unwrap().name, u.fields.name);
    }
    let share = pppk as f64 / care as f64;
    assert!((0.12..=0.24).contains(&share), "PPPK {pppk} of {care}");
    let share = inactive as f64 / 3000.0;
    assert!(
        (0.01..=0.04).contains(&share),
        "{inactive} inactive of 3000"
    );
}

#[test]
fn same_options_same_government_other_seed_other_people() {
    let a = generate(&opts(400, 7)).unwrap();
    let b = generate(&opts(400, 7)).unwrap();
    assert_eq!(format!("{:?}", a.batch), format!("{:?}", b.batch));
    assert_eq!(a.profiles, b.profiles);
    let c = generate(&opts(400, 8)).unwrap();
    let names = |g: &DemoGovernment| -> Vec<String> {
        g.batch
            .staff
            .iter()
            .map(|s| s.fields.nip.to_string())
            .collect()
    };
    assert_ne!(names(&a), names(&c));
    let shared = names(&a)
        .iter()
        .zip(names(&c))
        .filter(|(x, y)| **x == *y)
        .count();
    assert!(shared < 10, "{shared} identical NIPs");
    // A different reference date moves everyone's birth date.
    let later = generate(&DemoOptions {
        reference_date: NaiveDate::from_ymd_opt(2030, 1, 2).unwrap(),
        ..opts(400, 7)
    })
    .unwrap();
    assert_ne!(names(&a), names(&later));
}

#[test]
fn any_reference_date_gives_warning_free_nips() {
    for date in [(1995, 6, 30), (2019, 1, 1), (2024, 12, 31), (2090, 2, 28)] {
        let reference_date = NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap();
        let g = generate(&DemoOptions {
            reference_date,
            ..opts(1500, 3)
        })
        .unwrap();
        check_structure(&g, 1500);
        for s in &g.batch.staff {
            let f = &s.fields;
            let info = analyse(&f.nip, f.kind);
            assert!(
                info.warnings.is_empty(),
                "{date:?} {} {:?}",
                f.nip,
                info.warnings
            );
            let birth = info.birth_date.unwrap();
            assert!(birth < reference_date);
            if let Some(tmt) = info.tmt {
                assert!(tmt.first_day() <= reference_date, "{date:?} {}", f.nip);
            }
            if let Some(year) = info.appointment_year {
                assert!(year <= date.0 && (2019..=2024).contains(&year));
            }
            if let EmploymentStatus::Inactive { since, .. } = &s.status {
                assert!(*since <= reference_date);
                assert!(*since > reference_date - chrono::Days::new(400));
            }
        }
    }
}

#[test]
fn loads_into_the_store() {
    let g = demo(DEFAULT_STAFF);
    let mut store =
        crate::store::Store::open_in_memory(&crate::store::OpenOptions::default()).unwrap();
    let loaded = store.load_batch(&g.batch, "demo").unwrap();
    assert_eq!(loaded.staff, 400);
    assert_eq!(loaded.units, g.batch.units.len());
    assert_eq!(store.count_staff(&Default::default()).unwrap(), 400);
    assert_eq!(
        store.organisation().unwrap().as_deref(),
        Some("Pemerintah Kabupaten Banyumas")
    );
}

#[test]
fn every_small_size_gives_exactly_that_many() {
    for n in (MIN_STAFF..=300).chain([333, 517, 999]) {
        let g = generate(&opts(n, n as u64)).unwrap();
        check_structure(&g, n);
    }
    let g = demo(MIN_STAFF);
    let agencies = g
        .batch
        .units
        .iter()
        .filter(|u| u.fields.kind == UnitKind::Agency)
        .count();
    assert!(agencies >= 3, "{agencies} agencies at 10 staff");
}

#[test]
fn too_few_or_too_many_staff_is_refused_with_a_message() {
    let e = generate(&opts(9, 1)).unwrap_err();
    assert_eq!(
        e,
        DemoError::TooFewStaff {
            requested: 9,
            minimum: 10
        }
    );
    assert!(e.to_string().contains("10"), "{e}");
    assert!(generate(&opts(0, 1)).is_err());
    let e = generate(&opts(MAX_STAFF + 1, 1)).unwrap_err();
    assert!(matches!(e, DemoError::TooManyStaff { .. }));
}

#[test]
fn a_province_sized_government_generates() {
    let g = demo(100_000);
    assert_eq!(g.batch.staff.len(), 100_000);
    let nips: HashSet<&str> = g
        .batch
        .staff
        .iter()
        .map(|s| s.fields.nip.as_str())
        .collect();
    assert_eq!(nips.len(), 100_000);
    let schools = g
        .batch
        .units
        .iter()
        .filter(|u| u.fields.kind == UnitKind::School)
        .count();
    assert!(schools > 1000, "{schools} schools");
    let mut names = HashSet::new();
    for u in &g.batch.units {
        if u.fields.kind == UnitKind::School {
            assert!(
                names.insert(u.fields.name.as_str()),
                "two {}",
                u.fields.name
            );
        }
    }
    for (i, s) in g.batch.staff.iter().enumerate() {
        if let Some(sup) = s.supervisor {
            assert!(sup < i);
        }
        assert!(s.unit < g.batch.units.len());
    }
}
