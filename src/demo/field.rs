//! Units spread over the territory: schools, UPT Puskesmas and RSUD, and
//! the kecamatan with their kelurahan. Their number follows the staff count
//! and the real kecamatan, desa and kelurahan of the kabupaten.

use rand::Rng;

use super::DemoRole;
use super::Sector::*;
use super::catalogue::{HOSPITAL_SUBS, KECAMATAN_SECRETARIAT, KECAMATAN_SECTIONS};
use super::data::{District, Region};
use super::org::{Builder, Group, Pool, head, sub_head};
use super::people::rank_ix::*;
use crate::domain::staff::PositionKind;
use crate::domain::unit::UnitKind;

const KECAMATAN_SECRETARIAT_FROM: f64 = 1500.0;
const KECAMATAN_SUBBAGIAN_FROM: f64 = 3000.0;
const HOSPITAL_FROM: f64 = 3000.0;
const SECOND_HOSPITAL_FROM: f64 = 8000.0;
const HOSPITAL_SECTIONS_FROM: f64 = 10_000.0;

/// Kecamatan in order of size (number of desa and kelurahan), largest first.
fn by_size(region: &Region) -> Vec<&District> {
    let mut d: Vec<&District> = region.districts.iter().collect();
    d.sort_by(|a, b| {
        b.places
            .len()
            .cmp(&a.places.len())
            .then(a.code.cmp(&b.code))
    });
    d
}

pub(super) fn add_schools(b: &mut Builder<'_>, edu: usize, region: &Region, budget: f64) {
    let n = b.n as f64;
    let sd_size = (5.0 + n / 8000.0).min(16.0);
    let smp_size = sd_size * 2.5;
    let sd = ((budget * 0.6 / sd_size).round() as usize).max(1);
    let smp = (budget * 0.4 / smp_size).round() as usize;

    // SD: spread over desa and kelurahan in random order, numbered per place.
    let mut places: Vec<(usize, usize)> = region
        .districts
        .iter()
        .enumerate()
        .flat_map(|(d, k)| (0..k.places.len()).map(move |p| (d, p)))
        .collect();
    for i in (1..places.len()).rev() {
        let j = b.rng.random_range(0..=i);
        places.swap(i, j);
    }
    let mut sd_list: Vec<(usize, usize, usize)> = (0..sd)
        .map(|i| {
            let (d, p) = places[i % places.len()];
            (d, p, i / places.len() + 1)
        })
        .collect();
    sd_list.sort_unstable();
    // Desa of the same name in two kecamatan: add the kecamatan to tell
    // their schools apart.
    let mut seen = std::collections::HashMap::new();
    for p in region.districts.iter().flat_map(|d| &d.places) {
        *seen.entry(p.name.as_str()).or_insert(0) += 1;
    }
    for (d, p, number) in sd_list {
        let district = &region.districts[d];
        let place = &district.places[p].name;
        let name = if seen[place.as_str()] > 1 {
            format!("SD Negeri {number} {place} {}", district.name)
        } else {
            format!("SD Negeri {number} {place}")
        };
        let x = b.add(
            Some(edu),
            name.clone(),
            UnitKind::School,
            Education,
            head(
                DemoRole::HeadOfSchool,
                PositionKind::Functional,
                format!("Kepala {name}"),
                (III_D, IV_B),
                40,
            ),
            Pool::PrimarySchool,
            Group::Schools,
        );
        b.nodes[x].weight = b.jitter(0.3);
    }

    // SMP: numbered per kecamatan, larger kecamatan first.
    let order = by_size(region);
    let mut smp_list: Vec<(&str, usize)> = (0..smp)
        .map(|i| (order[i % order.len()].code.as_str(), i / order.len() + 1))
        .collect();
    smp_list.sort_unstable();
    for (code, number) in smp_list {
        let kec = &region
            .districts
            .iter()
            .find(|d| d.code == code)
            .expect("kecamatan")
            .name;
        let name = format!("SMP Negeri {number} {kec}");
        let x = b.add(
            Some(edu),
            name.clone(),
            UnitKind::School,
            Education,
            head(
                DemoRole::HeadOfSchool,
                PositionKind::Functional,
                format!("Kepala {name}"),
                (III_D, IV_B),
                40,
            ),
            Pool::SecondarySchool,
            Group::Schools,
        );
        b.nodes[x].weight = 2.5 * b.jitter(0.3);
    }
}

pub(super) fn add_health(b: &mut Builder<'_>, dinkes: usize, region: &Region, budget: f64) {
    let n = b.n as f64;
    let hospitals = if n >= SECOND_HOSPITAL_FROM {
        2
    } else if n >= HOSPITAL_FROM {
        1
    } else {
        0
    };
    let primary_share = if hospitals > 0 { 0.55 } else { 1.0 };
    let size = (4.0 + n / 300.0).min(60.0);
    let districts = region.districts.len();
    let centres = ((budget * primary_share / size).round() as usize).min(2 * districts);

    // One per kecamatan, largest first; a second ("I" and "II") in the
    // largest when there are more centres than kecamatan.
    let mut per_district = vec![0usize; districts];
    for d in by_size(region).iter().take(centres.min(districts)) {
        let ix = region
            .districts
            .iter()
            .position(|x| x.code == d.code)
            .expect("kecamatan");
        per_district[ix] += 1;
    }
    for d in by_size(region)
        .iter()
        .take(centres.saturating_sub(districts))
    {
        let ix = region
            .districts
            .iter()
            .position(|x| x.code == d.code)
            .expect("kecamatan");
        per_district[ix] += 1;
    }
    for (d, &count) in region.districts.iter().zip(&per_district) {
        for k in 0..count {
            let suffix = match (count, k) {
                (1, _) => String::new(),
                (_, 0) => " I".to_string(),
                _ => " II".to_string(),
            };
            let name = format!("UPT Puskesmas {}{suffix}", d.name);
            let x = b.add(
                Some(dinkes),
                name.clone(),
                UnitKind::ServiceUnit,
                Health,
                head(
                    DemoRole::HeadOfHealthCentre,
                    PositionKind::Supervisory,
                    format!("Kepala {name}"),
                    (III_D, IV_A),
                    35,
                ),
                Pool::HealthCentre,
                Group::Health,
            );
            b.nodes[x].weight = primary_share / centres as f64 * b.jitter(0.2);
        }
    }

    let second = by_size(region).first().map(|d| d.name.clone());
    let names: Vec<String> = [Some(region.name.clone()), second]
        .into_iter()
        .flatten()
        .take(hospitals)
        .collect();
    for name in names {
        let full = format!("RSUD {name}");
        let h = b.add(
            Some(dinkes),
            full.clone(),
            UnitKind::ServiceUnit,
            Health,
            head(
                DemoRole::HospitalDirector,
                PositionKind::Administrator,
                format!("Direktur {full}"),
                (IV_A, IV_C),
                42,
            ),
            Pool::Hospital,
            Group::Health,
        );
        let mut units = vec![h];
        for s in HOSPITAL_SUBS {
            let spec = sub_head(s.name, &full);
            let d = b.add(
                Some(h),
                s.name.to_string(),
                UnitKind::Division,
                Health,
                Some(spec),
                Pool::Hospital,
                Group::Health,
            );
            units.push(d);
            if n >= HOSPITAL_SECTIONS_FROM {
                for sec in s.sections {
                    let spec = sub_head(sec, &full);
                    let x = b.add(
                        Some(d),
                        sec.to_string(),
                        UnitKind::Section,
                        Health,
                        Some(spec),
                        Pool::Hospital,
                        Group::Health,
                    );
                    units.push(x);
                }
            }
        }
        b.spread(&units, (1.0 - primary_share) / hospitals as f64);
    }
}

pub(super) fn add_territory(b: &mut Builder<'_>, root: usize, region: &Region) {
    let n = b.n;
    let nf = n as f64;
    // Kecamatan with kelurahan (the town) first when not all fit.
    let count = (n.saturating_sub(12) / 8).min(region.districts.len());
    let mut chosen: Vec<&District> = region.districts.iter().collect();
    chosen.sort_by(|a, b| {
        b.kelurahan()
            .count()
            .cmp(&a.kelurahan().count())
            .then(a.code.cmp(&b.code))
    });
    chosen.truncate(count);
    chosen.sort_by(|a, b| a.code.cmp(&b.code));

    // Kelurahan, shared round-robin over the chosen kecamatan.
    let kelurahan_budget = n / 20;
    let mut kelurahan: Vec<Vec<&str>> = vec![Vec::new(); chosen.len()];
    let mut taken = 0;
    for round in 0.. {
        let mut any = false;
        for (i, d) in chosen.iter().enumerate() {
            if taken == kelurahan_budget {
                break;
            }
            if let Some(p) = d.kelurahan().nth(round) {
                kelurahan[i].push(p.name.as_str());
                taken += 1;
                any = true;
            }
        }
        if !any || taken == kelurahan_budget {
            break;
        }
    }

    for (d, kel) in chosen.iter().zip(kelurahan) {
        let k = b.add(
            Some(root),
            format!("Kecamatan {}", d.name),
            UnitKind::Agency,
            Territorial,
            head(
                DemoRole::Camat,
                PositionKind::Administrator,
                format!("Camat {}", d.name),
                (IV_A, IV_B),
                40,
            ),
            Pool::Office,
            Group::Territorial,
        );
        let mut units = vec![k];
        if nf >= KECAMATAN_SECRETARIAT_FROM {
            let s = b.add(
                Some(k),
                KECAMATAN_SECRETARIAT.name.to_string(),
                UnitKind::Division,
                Territorial,
                head(
                    DemoRole::Secretary,
                    PositionKind::Administrator,
                    format!("Sekretaris Kecamatan {}", d.name),
                    (III_D, IV_A),
                    38,
                ),
                Pool::Office,
                Group::Territorial,
            );
            units.push(s);
            for (i, sub) in KECAMATAN_SECRETARIAT.sections.iter().enumerate() {
                if nf < KECAMATAN_SUBBAGIAN_FROM * (1.0 + 0.6 * i as f64) {
                    break;
                }
                let spec = sub_head(sub, "");
                units.push(b.add(
                    Some(s),
                    sub.to_string(),
                    UnitKind::Section,
                    Territorial,
                    Some(spec),
                    Pool::Office,
                    Group::Territorial,
                ));
            }
            for (i, sec) in KECAMATAN_SECTIONS.iter().enumerate() {
                if nf < KECAMATAN_SECRETARIAT_FROM * (1.0 + 0.4 * (i + 1) as f64) {
                    break;
                }
                let spec = sub_head(sec, "");
                units.push(b.add(
                    Some(k),
                    sec.to_string(),
                    UnitKind::Section,
                    Territorial,
                    Some(spec),
                    Pool::Office,
                    Group::Territorial,
                ));
            }
        }
        let w = b.jitter(0.3);
        b.spread(&units, w);
        for name in kel {
            let x = b.add(
                Some(k),
                format!("Kelurahan {name}"),
                UnitKind::Village,
                Territorial,
                head(
                    DemoRole::Lurah,
                    PositionKind::Supervisory,
                    format!("Lurah {name}"),
                    (III_C, III_D),
                    32,
                ),
                Pool::Office,
                Group::Territorial,
            );
            b.nodes[x].weight = 0.3 * b.jitter(0.3);
        }
    }
}
