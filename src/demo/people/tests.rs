use super::super::jobs::HEALTH_CENTRE;
use super::*;
use crate::domain::nip::analyse;
use rand::SeedableRng;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 15).unwrap()
}

#[test]
fn rank_indexes_match_the_table() {
    let all = Rank::all(StaffKind::Pns);
    for (i, r) in all.iter().enumerate() {
        assert_eq!(pns_rank(i), *r);
    }
    assert_eq!(pns_rank(III_A).code(), "III/a");
    assert_eq!(pns_rank(IV_D).code(), "IV/d");
    assert_eq!(jenjang(Track::Expert, pns_rank(III_B)), "Ahli Pertama");
    assert_eq!(jenjang(Track::Expert, pns_rank(III_C)), "Ahli Muda");
    assert_eq!(jenjang(Track::Expert, pns_rank(IV_B)), "Ahli Madya");
    assert_eq!(jenjang(Track::Skilled, pns_rank(II_C)), "Terampil");
    assert_eq!(jenjang(Track::Skilled, pns_rank(III_A)), "Mahir");
    assert_eq!(jenjang(Track::Skilled, pns_rank(III_D)), "Penyelia");
    assert_eq!(jenjang(Track::Expert, Rank::Pppk(9)), "Ahli Pertama");
    assert_eq!(jenjang(Track::Skilled, Rank::Pppk(7)), "Terampil");
}

#[test]
fn heads_reach_their_rank_with_enough_service() {
    let data = super::super::data::data().unwrap();
    let mut people = People::new(data, today());
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let spec = HeadSpec {
        role: DemoRole::RegionalSecretary,
        kind: PositionKind::Jpt,
        position: "Sekretaris Daerah".into(),
        ranks: (IV_C, IV_D),
        min_age: 50,
    };
    for _ in 0..300 {
        let p = people.head(&mut rng, &spec, Sector::GeneralAdministration);
        let info = analyse(&p.fields.nip, StaffKind::Pns);
        assert!(info.warnings.is_empty(), "{:?}", info.warnings);
        let birth = info.birth_date.unwrap();
        let age = full_years(birth, today());
        assert!((50..=58).contains(&age), "age {age}");
        let service = full_years(info.tmt.unwrap().first_day(), today());
        let rank = p.fields.rank.unwrap();
        assert!(rank >= pns_rank(IV_A), "{rank}");
        assert!(rank <= pns_rank(IV_D), "{rank}");
        assert!(service >= 16, "service {service} for {rank}");
    }
}

#[test]
fn members_are_consistent_and_unique() {
    let data = super::super::data::data().unwrap();
    let mut people = People::new(data, today());
    let mut rng = ChaCha8Rng::seed_from_u64(11);
    let mut seen = std::collections::HashSet::new();
    let mut pppk = 0;
    for i in 0..5000 {
        let (job, _) = HEALTH_CENTRE[i % HEALTH_CENTRE.len()];
        let p = people.member(&mut rng, &job, Sector::Health);
        let f = &p.fields;
        assert!(seen.insert(f.nip.clone()), "duplicate {}", f.nip);
        let info = analyse(&f.nip, f.kind);
        assert!(info.warnings.is_empty(), "{} {:?}", f.nip, info.warnings);
        assert_eq!(f.rank.unwrap().kind(), f.kind);
        let age = full_years(info.birth_date.unwrap(), today());
        assert!((20..=61).contains(&age), "age {age}");
        if job.role == DemoRole::Midwife {
            assert_eq!(info.gender, Some(Gender::Female));
        }
        if f.kind == StaffKind::Pppk {
            pppk += 1;
            assert!(p.status.is_active());
            let y = info.appointment_year.unwrap();
            assert!((2019..=2024).contains(&y));
        } else {
            let tmt = info.tmt.unwrap();
            let at = full_years(info.birth_date.unwrap(), tmt.first_day());
            assert!((18..=35).contains(&at), "age at TMT {at}");
            assert!(tmt.first_day() <= today());
            if f.rank.unwrap() > pns_rank(III_D) {
                assert_eq!(f.position_kind, PositionKind::Functional);
            }
        }
        if job.role == DemoRole::Doctor && job.style == Style::Doctor {
            assert!(f.front_title.contains("dr."), "{}", f.front_title);
        }
    }
    assert!((600..=1200).contains(&pppk), "{pppk} PPPK of 5000");
}
