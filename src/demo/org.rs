//! The unit tree of the demo government and how many people sit in each
//! unit. The shape grows with the requested staff count: a few offices at
//! 10 staff, every perangkat daerah with bidang and seksi, all kecamatan and
//! hundreds of schools at a real kabupaten's size and beyond.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::Sector::*;
use super::catalogue::{AGENCIES, Sub};
use super::data::Region;
use super::field::{add_health, add_schools, add_territory};
use super::people::HeadSpec;
use super::people::rank_ix::*;
use super::{DemoRole, Sector};
use crate::domain::staff::PositionKind;
use crate::domain::unit::UnitKind;

/// Which jobs the members of a unit hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pool {
    /// An office: jobs of its sector plus the common office jobs.
    Office,
    /// SD.
    PrimarySchool,
    /// SMP.
    SecondarySchool,
    HealthCentre,
    Hospital,
    /// Balai Penyuluhan Pertanian.
    Extension,
}

/// Staff budgets are set per group, then spread over the group's units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Group {
    Agencies,
    Schools,
    Health,
    Territorial,
}

#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub name: String,
    pub kind: UnitKind,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    pub sector: Sector,
    /// None: the unit is led by its parent's head (Sekretariat Daerah and
    /// the government are both led by the Sekretaris Daerah).
    pub head: Option<HeadSpec>,
    /// Where the head sits when it is not this unit (the Sekda of the root
    /// sits in the Sekretariat Daerah).
    pub head_home: Option<usize>,
    pub pool: Pool,
    pub group: Group,
    /// Relative share of the group's staff.
    pub weight: f64,
    /// People in the unit besides its head.
    pub members: usize,
}

/// Staff count at which the first bidang / first seksi of a tier-1, 2, 3
/// agency appears; later ones need more.
const DIVISION_FROM: [f64; 3] = [180.0, 600.0, 1200.0];
const SECTION_FROM: [f64; 3] = [260.0, 1500.0, 3000.0];
const EXTENSION_FROM: f64 = 6000.0;
const KORPRI_FROM: usize = 200;

/// How the staff of a government of `n` splits between the groups.
struct Shares {
    schools: f64,
    health: f64,
    territorial: f64,
}

impl Shares {
    /// Teachers are about 55 % and health workers 15 % of a real
    /// kabupaten's ASN; a small demo keeps more of its people in offices so
    /// that every office has someone in it.
    fn for_staff(n: usize) -> Shares {
        let t = (((n as f64).log10() - 2.0) / 2.0).clamp(0.0, 1.0);
        Shares {
            schools: 0.38 + 0.17 * t,
            health: 0.12 + 0.03 * t,
            territorial: 0.20 - 0.13 * t,
        }
    }
}

/// The head of a bidang, bagian, sekretariat, seksi or subbagian.
pub(super) fn sub_head(name: &str, agency: &str) -> HeadSpec {
    let (role, kind, position, ranks, min_age) = if name == "Sekretariat" {
        let position = format!("Sekretaris {agency}");
        (
            DemoRole::Secretary,
            PositionKind::Administrator,
            position,
            (IV_A, IV_B),
            40,
        )
    } else if let Some(rest) = name.strip_prefix("Inspektorat Pembantu") {
        let position = format!("Inspektur Pembantu{rest}");
        (
            DemoRole::HeadOfDivision,
            PositionKind::Administrator,
            position,
            (IV_A, IV_B),
            40,
        )
    } else if is_section(name) {
        let position = format!("Kepala {name}");
        (
            DemoRole::HeadOfSection,
            PositionKind::Supervisory,
            position,
            (III_C, III_D),
            32,
        )
    } else {
        let position = format!("Kepala {name}");
        (
            DemoRole::HeadOfDivision,
            PositionKind::Administrator,
            position,
            (IV_A, IV_B),
            40,
        )
    };
    HeadSpec {
        role,
        kind,
        position,
        ranks,
        min_age,
    }
}

fn is_section(name: &str) -> bool {
    ["Seksi ", "Subbagian ", "Subbidang "]
        .iter()
        .any(|p| name.starts_with(p))
}

pub(super) fn head(
    role: DemoRole,
    kind: PositionKind,
    position: String,
    ranks: (usize, usize),
    min_age: i32,
) -> Option<HeadSpec> {
    Some(HeadSpec {
        role,
        kind,
        position,
        ranks,
        min_age,
    })
}

pub(super) struct Builder<'a> {
    pub n: usize,
    pub rng: &'a mut ChaCha8Rng,
    pub nodes: Vec<Node>,
}

impl Builder<'_> {
    #[allow(clippy::too_many_arguments)]
    pub fn add(
        &mut self,
        parent: Option<usize>,
        name: String,
        kind: UnitKind,
        sector: Sector,
        head: Option<HeadSpec>,
        pool: Pool,
        group: Group,
    ) -> usize {
        let ix = self.nodes.len();
        self.nodes.push(Node {
            name,
            kind,
            parent,
            children: Vec::new(),
            sector,
            head,
            head_home: None,
            pool,
            group,
            weight: 0.0,
            members: 0,
        });
        if let Some(p) = parent {
            self.nodes[p].children.push(ix);
        }
        ix
    }

    pub fn jitter(&mut self, spread: f64) -> f64 {
        self.rng.random_range(1.0 - spread..=1.0 + spread)
    }

    /// Gives the units of one office a total weight: leaves count fully,
    /// units with children of their own a quarter (their people are mostly
    /// in the bidang and seksi below them).
    pub fn spread(&mut self, units: &[usize], total: f64) {
        let raw: Vec<f64> = units
            .iter()
            .map(|&u| {
                let inner = units.iter().any(|&c| self.nodes[c].parent == Some(u));
                let base = if inner { 0.25 } else { 1.0 };
                base * self.jitter(0.2)
            })
            .collect();
        let sum: f64 = raw.iter().sum();
        for (&u, w) in units.iter().zip(raw) {
            self.nodes[u].weight = total * w / sum;
        }
    }

    /// Adds the bidang/bagian and seksi of an agency that a government of
    /// this size has; returns them.
    fn subs(
        &mut self,
        agency: usize,
        agency_name: &str,
        sector: Sector,
        subs: &[Sub],
        div_from: f64,
        sec_from: f64,
    ) -> Vec<usize> {
        let n = self.n as f64;
        let mut added = Vec::new();
        for (j, s) in subs.iter().enumerate() {
            let j = j as f64;
            if n < div_from * (1.0 + 0.6 * j) {
                break;
            }
            let sector = s.sector.unwrap_or(sector);
            let spec = sub_head(s.name, agency_name);
            let unit_kind = if is_section(s.name) {
                UnitKind::Section
            } else {
                UnitKind::Division
            };
            let d = self.add(
                Some(agency),
                s.name.to_string(),
                unit_kind,
                sector,
                Some(spec),
                Pool::Office,
                Group::Agencies,
            );
            added.push(d);
            for (k, sec) in s.sections.iter().enumerate() {
                if n < sec_from * (1.0 + 0.3 * j) * (1.0 + 0.6 * k as f64) {
                    break;
                }
                let spec = sub_head(sec, agency_name);
                let x = self.add(
                    Some(d),
                    sec.to_string(),
                    UnitKind::Section,
                    sector,
                    Some(spec),
                    Pool::Office,
                    Group::Agencies,
                );
                added.push(x);
            }
        }
        added
    }
}

/// Builds the unit tree for `n` staff and sets how many members each unit
/// gets, so that heads plus members are exactly `n`.
pub(crate) fn build(n: usize, region: &Region, rng: &mut ChaCha8Rng) -> Vec<Node> {
    let shares = Shares::for_staff(n);
    let nf = n as f64;
    let mut b = Builder {
        n,
        rng,
        nodes: Vec::new(),
    };

    let root = b.add(
        None,
        format!("Pemerintah Kabupaten {}", region.name),
        UnitKind::Government,
        GeneralAdministration,
        head(
            DemoRole::RegionalSecretary,
            PositionKind::Jpt,
            "Sekretaris Daerah".to_string(),
            (IV_C, IV_D),
            50,
        ),
        Pool::Office,
        Group::Agencies,
    );

    // Perangkat daerah: dinas, badan, sekretariat, inspektorat.
    let agency_count = (n / 20).clamp(3, AGENCIES.len());
    let mut in_tier = [0usize; 3];
    let mut education = None;
    let mut health = None;
    let mut agriculture = None;
    let mut offices: Vec<(Vec<usize>, f64)> = Vec::new();
    for (i, a) in AGENCIES.iter().take(agency_count).enumerate() {
        let tier = a.tier - 1;
        let rank_in_tier = in_tier[tier] as f64;
        in_tier[tier] += 1;
        let head_spec = if i == 0 {
            None // the Sekretaris Daerah, who also leads the government
        } else {
            head(
                DemoRole::HeadOfAgency,
                PositionKind::Jpt,
                a.head.to_string(),
                (IV_B, IV_C),
                45,
            )
        };
        let u = b.add(
            Some(root),
            a.name.to_string(),
            UnitKind::Agency,
            a.sector,
            head_spec,
            Pool::Office,
            Group::Agencies,
        );
        if i == 0 {
            b.nodes[root].head_home = Some(u);
        }
        let later = 1.0 + 0.12 * rank_in_tier;
        let mut units = vec![u];
        units.extend(b.subs(
            u,
            a.name,
            a.sector,
            a.subs,
            DIVISION_FROM[tier] * later,
            SECTION_FROM[tier] * later,
        ));
        match a.sector {
            Education => education = Some(u),
            Health => health = Some(u),
            Agriculture => agriculture = Some(u),
            _ => {}
        }
        offices.push((units, a.weight));
    }

    // Balai Penyuluhan Pertanian per kecamatan, in a large government.
    if let Some(agri) = agriculture.filter(|_| nf >= EXTENSION_FROM) {
        let units = &mut offices
            .iter_mut()
            .find(|(u, _)| u[0] == agri)
            .expect("agriculture office")
            .0;
        for d in &region.districts {
            let x = b.add(
                Some(agri),
                format!("Balai Penyuluhan Pertanian {}", d.name),
                UnitKind::ServiceUnit,
                Agriculture,
                head(
                    DemoRole::HeadOfServiceUnit,
                    PositionKind::Supervisory,
                    format!("Kepala Balai Penyuluhan Pertanian {}", d.name),
                    (III_C, III_D),
                    35,
                ),
                Pool::Extension,
                Group::Agencies,
            );
            units.push(x);
        }
    }

    for (units, weight) in &offices {
        let w = weight * b.jitter(0.15);
        b.spread(units, w);
    }

    if n >= KORPRI_FROM {
        let k = b.add(
            Some(root),
            "Sekretariat Dewan Pengurus Korps Pegawai Republik Indonesia".to_string(),
            UnitKind::Other,
            Personnel,
            head(
                DemoRole::HeadOfDivision,
                PositionKind::Administrator,
                "Kepala Sekretariat Dewan Pengurus KORPRI".to_string(),
                (III_D, IV_A),
                40,
            ),
            Pool::Office,
            Group::Agencies,
        );
        b.nodes[k].weight = 0.15;
    }

    // Schools under the Dinas Pendidikan.
    if let Some(edu) = education {
        add_schools(&mut b, edu, region, shares.schools * nf);
    }

    // UPT Puskesmas and RSUD under the Dinas Kesehatan.
    if let Some(hlth) = health {
        add_health(&mut b, hlth, region, shares.health * nf);
    }

    // Kecamatan with their kelurahan.
    add_territory(&mut b, root, region);

    let mut nodes = b.nodes;
    allocate(&mut nodes, n, &shares);
    nodes
}

/// Largest-remainder apportionment of `total` by `weights`.
pub(crate) fn apportion(total: usize, weights: &[f64]) -> Vec<usize> {
    let sum: f64 = weights.iter().filter(|w| **w > 0.0).sum();
    if weights.is_empty() {
        return Vec::new();
    }
    if sum <= 0.0 {
        let mut out = vec![0; weights.len()];
        out[0] = total;
        return out;
    }
    let quotas: Vec<f64> = weights
        .iter()
        .map(|w| total as f64 * w.max(0.0) / sum)
        .collect();
    let mut out: Vec<usize> = quotas.iter().map(|q| q.floor() as usize).collect();
    let given: usize = out.iter().sum();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| {
        (quotas[b] - quotas[b].floor())
            .total_cmp(&(quotas[a] - quotas[a].floor()))
            .then(a.cmp(&b))
    });
    for i in 0..total.saturating_sub(given) {
        out[order[i % order.len()]] += 1;
    }
    out
}

/// Sets `members` so that heads plus members are exactly `n`.
fn allocate(nodes: &mut [Node], n: usize, shares: &Shares) {
    let heads = nodes.iter().filter(|u| u.head.is_some()).count();
    let members = n.saturating_sub(heads);
    let groups = [
        Group::Schools,
        Group::Health,
        Group::Territorial,
        Group::Agencies,
    ];
    let nf = n as f64;
    let targets: Vec<f64> = groups
        .iter()
        .map(|&g| {
            let units = nodes.iter().filter(|u| u.group == g);
            let heads = units.clone().filter(|u| u.head.is_some()).count() as f64;
            let has_weight = units.clone().any(|u| u.weight > 0.0);
            let share = match g {
                Group::Schools => shares.schools,
                Group::Health => shares.health,
                Group::Territorial => shares.territorial,
                Group::Agencies => 1.0 - shares.schools - shares.health - shares.territorial,
            };
            if has_weight {
                (share * nf - heads).max(0.0)
            } else {
                0.0
            }
        })
        .collect();
    // Agencies always have weight; they take everything when nothing else
    // asks for people.
    let mut per_group = apportion(members, &targets);
    if targets.iter().all(|t| *t <= 0.0) {
        per_group = vec![0, 0, 0, members];
    }
    for (g, total) in groups.iter().zip(per_group) {
        let ix: Vec<usize> = (0..nodes.len()).filter(|&i| nodes[i].group == *g).collect();
        let weights: Vec<f64> = ix.iter().map(|&i| nodes[i].weight).collect();
        for (i, m) in ix.iter().zip(apportion(total, &weights)) {
            nodes[*i].members = m;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apportion_is_exact_and_proportional() {
        assert_eq!(apportion(10, &[1.0, 1.0]), [5, 5]);
        assert_eq!(apportion(10, &[1.0, 0.0, 3.0]), [3, 0, 7]);
        assert_eq!(apportion(7, &[1.0, 1.0, 1.0]).iter().sum::<usize>(), 7);
        assert_eq!(apportion(0, &[1.0, 2.0]), [0, 0]);
        assert_eq!(apportion(3, &[0.0, 0.0]), [3, 0]);
    }

    #[test]
    fn sub_unit_heads_are_named_after_their_unit() {
        let h = sub_head("Sekretariat", "Dinas Sosial");
        assert_eq!(
            (h.role, h.kind),
            (DemoRole::Secretary, PositionKind::Administrator)
        );
        assert_eq!(h.position, "Sekretaris Dinas Sosial");
        let h = sub_head("Bidang Bina Marga", "x");
        assert_eq!(
            (h.role, h.position.as_str()),
            (DemoRole::HeadOfDivision, "Kepala Bidang Bina Marga")
        );
        assert_eq!(h.ranks, (IV_A, IV_B));
        let h = sub_head("Subbagian Keuangan", "x");
        assert_eq!(
            (h.role, h.kind),
            (DemoRole::HeadOfSection, PositionKind::Supervisory)
        );
        assert_eq!(h.position, "Kepala Subbagian Keuangan");
        assert_eq!(h.ranks, (III_C, III_D));
        let h = sub_head("Inspektorat Pembantu Wilayah II", "x");
        assert_eq!(h.position, "Inspektur Pembantu Wilayah II");
    }

    #[test]
    fn the_catalogue_starts_with_the_offices_every_kabupaten_has() {
        assert_eq!(AGENCIES[0].name, "Sekretariat Daerah");
        assert_eq!(AGENCIES[1].sector, Education);
        assert_eq!(AGENCIES[2].sector, Health);
        let names: Vec<&str> = AGENCIES.iter().map(|a| a.name).collect();
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len());
        for a in AGENCIES {
            assert!(a.tier >= 1 && a.tier <= 3, "{}", a.name);
            for s in a.subs {
                assert!(!is_section(s.name), "{}", s.name);
                assert!(s.sections.iter().all(|x| is_section(x)), "{}", s.name);
            }
        }
    }
}
