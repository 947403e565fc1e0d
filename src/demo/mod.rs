//! A realistic demo government: a real kabupaten (Banyumas, Jawa Tengah)
//! with its real kecamatan and kelurahan, the perangkat daerah every
//! kabupaten has, UPT Puskesmas, schools, and people with real Indonesian
//! names whose NIP, age, TMT, rank and jabatan agree with each other.
//!
//! [`generate`] is pure (no I/O, no clock) and deterministic for given
//! options; the result is a [`Batch`] for `Store::load_batch`.
//!
//! - `data`: the public data embedded from `assets/demo/`;
//! - `catalogue`: the perangkat daerah and their bidang and seksi;
//! - `org`: the unit tree and how many people each unit gets;
//! - `field`: schools, puskesmas, RSUD, kecamatan and kelurahan;
//! - `jobs`: the jabatan of members by kind of unit;
//! - `names`: names and gelar;
//! - `people`: NIP / NI PPPK, age, TMT, rank and jabatan;
//! - `plans`: SKP plans and quarterly actuals for the active people
//!   ([`plans()`], a [`PlanBatch`](crate::store::import::PlanBatch) for
//!   `Store::load_plans`), from the catalogue in `indicators` and `sectors`;
//! - `assessments`: assessments of the quarters that ended and the
//!   predikat organisasi of a few perangkat daerah ([`assessments()`], an
//!   [`AssessmentBatch`](crate::store::import_assessments::AssessmentBatch)
//!   for `Store::load_assessments`).

mod assessments;
mod catalogue;
mod data;
mod field;
mod indicators;
mod jobs;
mod names;
mod org;
mod people;
mod plans;
mod sectors;

use chrono::NaiveDate;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use crate::domain::staff::{EmploymentStatus, StaffFields};
use crate::domain::unit::{UnitFields, UnitKind};
use crate::store::import::{Batch, NewStaff, NewUnit};

pub use assessments::{GRADED_UNITS, assessments};
use org::Pool;
use people::People;
pub use plans::{past_quarters, plans};

/// The staff count of `kinerja demo` without `--staff`.
pub const DEFAULT_STAFF: usize = 400;
/// The smallest government the generator builds.
pub const MIN_STAFF: usize = 10;
/// The largest government the generator builds.
pub const MAX_STAFF: usize = 1_000_000;

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoOptions {
    /// Number of staff, heads included.
    pub staff: usize,
    pub seed: u64,
    /// "Today" for ages, TMT and inactive dates.
    pub reference_date: NaiveDate,
}

/// A generated government, ready for `Store::load_batch`.
#[derive(Debug, Clone)]
pub struct DemoGovernment {
    pub batch: Batch,
    /// One profile per `batch.staff` entry, in the same order.
    pub profiles: Vec<PersonProfile>,
}

/// What later features need to extend the demo (for example plans with
/// indicators suited to the unit kind and position).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PersonProfile {
    /// The kind of the unit the person works in.
    pub unit_kind: UnitKind,
    pub role: DemoRole,
    pub sector: Sector,
}

/// The part a person plays in the demo government.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DemoRole {
    /// Sekretaris Daerah: the highest ASN, head of the government's units.
    RegionalSecretary,
    /// Kepala dinas/badan, inspektur, Sekretaris DPRD.
    HeadOfAgency,
    /// Sekretaris of a dinas/badan or kecamatan.
    Secretary,
    /// Kepala bidang/bagian, inspektur pembantu, head of a KORPRI secretariat.
    HeadOfDivision,
    /// Kepala seksi/subbagian/subbidang.
    HeadOfSection,
    Camat,
    Lurah,
    /// Kepala UPT Puskesmas.
    HeadOfHealthCentre,
    /// Direktur RSUD.
    HospitalDirector,
    /// Kepala of another UPT (Balai Penyuluhan Pertanian).
    HeadOfServiceUnit,
    /// Kepala sekolah.
    HeadOfSchool,
    Teacher,
    Doctor,
    Nurse,
    Midwife,
    /// Other health professions: apoteker, analis laboratorium, nutrisionis…
    HealthWorker,
    /// Other jabatan fungsional: auditor, perencana, penyuluh, pranata komputer…
    Specialist,
    /// Jabatan pelaksana.
    Staff,
}

impl DemoRole {
    pub const ALL: [DemoRole; 18] = [
        DemoRole::RegionalSecretary,
        DemoRole::HeadOfAgency,
        DemoRole::Secretary,
        DemoRole::HeadOfDivision,
        DemoRole::HeadOfSection,
        DemoRole::Camat,
        DemoRole::Lurah,
        DemoRole::HeadOfHealthCentre,
        DemoRole::HospitalDirector,
        DemoRole::HeadOfServiceUnit,
        DemoRole::HeadOfSchool,
        DemoRole::Teacher,
        DemoRole::Doctor,
        DemoRole::Nurse,
        DemoRole::Midwife,
        DemoRole::HealthWorker,
        DemoRole::Specialist,
        DemoRole::Staff,
    ];

    /// Whether the role leads a unit.
    pub fn is_head(self) -> bool {
        matches!(
            self,
            DemoRole::RegionalSecretary
                | DemoRole::HeadOfAgency
                | DemoRole::Secretary
                | DemoRole::HeadOfDivision
                | DemoRole::HeadOfSection
                | DemoRole::Camat
                | DemoRole::Lurah
                | DemoRole::HeadOfHealthCentre
                | DemoRole::HospitalDirector
                | DemoRole::HeadOfServiceUnit
                | DemoRole::HeadOfSchool
        )
    }
}

/// The field of government a unit works in (urusan pemerintahan), for
/// indicators that suit it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    Education,
    Health,
    Social,
    PublicWorks,
    Transport,
    Environment,
    Finance,
    Revenue,
    Personnel,
    Planning,
    /// Inspektorat: internal audit.
    Supervision,
    /// Sekretariat DPRD.
    Legislature,
    /// Sekretariat Daerah and the like.
    GeneralAdministration,
    Legal,
    /// Kependudukan dan pencatatan sipil.
    CivilRegistry,
    Investment,
    Agriculture,
    Fisheries,
    Communication,
    /// Satpol PP, pemadam kebakaran.
    PublicOrder,
    DisasterManagement,
    /// Kesatuan bangsa dan politik.
    NationalUnity,
    /// Pemberdayaan masyarakat dan desa.
    VillageDevelopment,
    /// Pengendalian penduduk, KB, pemberdayaan perempuan, perlindungan anak.
    FamilyWelfare,
    /// Perindustrian, perdagangan, perekonomian.
    Trade,
    Cooperatives,
    Manpower,
    YouthSportsTourismCulture,
    Housing,
    LibraryArchives,
    /// Kecamatan and kelurahan: general government of an area.
    Territorial,
}

impl Sector {
    /// Every sector, in declaration order.
    pub const ALL: [Sector; 31] = [
        Sector::Education,
        Sector::Health,
        Sector::Social,
        Sector::PublicWorks,
        Sector::Transport,
        Sector::Environment,
        Sector::Finance,
        Sector::Revenue,
        Sector::Personnel,
        Sector::Planning,
        Sector::Supervision,
        Sector::Legislature,
        Sector::GeneralAdministration,
        Sector::Legal,
        Sector::CivilRegistry,
        Sector::Investment,
        Sector::Agriculture,
        Sector::Fisheries,
        Sector::Communication,
        Sector::PublicOrder,
        Sector::DisasterManagement,
        Sector::NationalUnity,
        Sector::VillageDevelopment,
        Sector::FamilyWelfare,
        Sector::Trade,
        Sector::Cooperatives,
        Sector::Manpower,
        Sector::YouthSportsTourismCulture,
        Sector::Housing,
        Sector::LibraryArchives,
        Sector::Territorial,
    ];
}

/// Why no demo government was generated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DemoError {
    TooFewStaff {
        requested: usize,
        minimum: usize,
    },
    TooManyStaff {
        requested: usize,
        maximum: usize,
    },
    /// An embedded data file is broken (a build problem, not a user one).
    BadAsset {
        file: &'static str,
        problem: String,
    },
}

impl DemoError {
    /// A message naming the problem and the fix, from the catalog when it
    /// has the key, otherwise in English.
    pub fn message(&self) -> String {
        use crate::i18n::{has, tf};
        match self {
            DemoError::TooFewStaff { requested, minimum } => {
                if has("demo.too_few_staff") {
                    tf(
                        "demo.too_few_staff",
                        &[("requested", requested), ("minimum", minimum)],
                    )
                } else {
                    format!(
                        "A demo government needs at least {minimum} staff; {requested} were \
                         requested. Use --staff {minimum} or more."
                    )
                }
            }
            DemoError::TooManyStaff { requested, maximum } => {
                if has("demo.too_many_staff") {
                    tf(
                        "demo.too_many_staff",
                        &[("requested", requested), ("maximum", maximum)],
                    )
                } else {
                    format!(
                        "A demo government can have at most {maximum} staff; {requested} were \
                         requested. Use a smaller --staff."
                    )
                }
            }
            DemoError::BadAsset { file, problem } => {
                format!("The embedded demo data file {file} is broken: {problem}")
            }
        }
    }
}

impl std::fmt::Display for DemoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for DemoError {}

impl DemoGovernment {
    /// How many units of each kind, in [`UnitKind::ALL`] order (kinds with
    /// none left out).
    pub fn unit_counts(&self) -> Vec<(UnitKind, usize)> {
        UnitKind::ALL
            .into_iter()
            .map(|k| {
                let n = self
                    .batch
                    .units
                    .iter()
                    .filter(|u| u.fields.kind == k)
                    .count();
                (k, n)
            })
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// How many people of each role, in [`DemoRole::ALL`] order (roles with
    /// none left out).
    pub fn role_counts(&self) -> Vec<(DemoRole, usize)> {
        DemoRole::ALL
            .into_iter()
            .map(|r| (r, self.profiles.iter().filter(|p| p.role == r).count()))
            .filter(|(_, n)| *n > 0)
            .collect()
    }
}

/// Generates a demo government of exactly `opts.staff` people.
pub fn generate(opts: &DemoOptions) -> Result<DemoGovernment, DemoError> {
    let n = opts.staff;
    if n < MIN_STAFF {
        return Err(DemoError::TooFewStaff {
            requested: n,
            minimum: MIN_STAFF,
        });
    }
    if n > MAX_STAFF {
        return Err(DemoError::TooManyStaff {
            requested: n,
            maximum: MAX_STAFF,
        });
    }
    let data = data::data()?;
    let mut rng = ChaCha8Rng::seed_from_u64(opts.seed);
    let nodes = org::build(n, &data.region, &mut rng);
    let mut people = People::new(data, opts.reference_date);

    let mut staff: Vec<NewStaff> = Vec::with_capacity(n);
    let mut profiles: Vec<PersonProfile> = Vec::with_capacity(n);
    let mut head_of: Vec<Option<usize>> = vec![None; nodes.len()];
    let mut push = |fields: StaffFields,
                    status: EmploymentStatus,
                    unit: usize,
                    supervisor: Option<usize>,
                    profile: PersonProfile| {
        staff.push(NewStaff {
            fields,
            unit,
            supervisor,
            status,
        });
        profiles.push(profile);
        staff.len() - 1
    };

    // Depth first from the root, so that every head comes before the
    // people below them.
    let mut stack = vec![0usize];
    while let Some(u) = stack.pop() {
        let node = &nodes[u];
        let above = node.parent.and_then(|p| head_of[p]);
        head_of[u] = match &node.head {
            None => above,
            Some(spec) => {
                let home = node.head_home.unwrap_or(u);
                let p = people.head(&mut rng, spec, node.sector);
                Some(push(
                    p.fields,
                    p.status,
                    home,
                    above,
                    PersonProfile {
                        unit_kind: nodes[home].kind,
                        role: spec.role,
                        sector: node.sector,
                    },
                ))
            }
        };
        for _ in 0..node.members {
            let job = match node.pool {
                Pool::Office => {
                    let own = jobs::sector_jobs(node.sector);
                    if rand::Rng::random_bool(&mut rng, 0.55) {
                        people::pick_weighted(&mut rng, own)
                    } else {
                        people::pick_weighted(&mut rng, jobs::OFFICE_COMMON)
                    }
                }
                Pool::PrimarySchool => people::pick_weighted(&mut rng, jobs::PRIMARY_SCHOOL),
                Pool::SecondarySchool => people::pick_weighted(&mut rng, jobs::SECONDARY_SCHOOL),
                Pool::HealthCentre => people::pick_weighted(&mut rng, jobs::HEALTH_CENTRE),
                Pool::Hospital => people::pick_weighted(&mut rng, jobs::HOSPITAL),
                Pool::Extension => people::pick_weighted(&mut rng, jobs::EXTENSION),
            };
            let p = people.member(&mut rng, job, node.sector);
            push(
                p.fields,
                p.status,
                u,
                head_of[u],
                PersonProfile {
                    unit_kind: node.kind,
                    role: job.role,
                    sector: node.sector,
                },
            );
        }
        stack.extend(node.children.iter().rev());
    }
    debug_assert_eq!(staff.len(), n, "heads and members add up to the request");

    let units = nodes
        .iter()
        .zip(&head_of)
        .map(|(u, head)| NewUnit {
            fields: UnitFields {
                name: u.name.clone(),
                kind: u.kind,
                parent_id: None,
                head_id: None,
            },
            parent: u.parent,
            head: *head,
        })
        .collect();
    Ok(DemoGovernment {
        batch: Batch {
            organisation: Some(nodes[0].name.clone()),
            units,
            staff,
        },
        profiles,
    })
}

#[cfg(test)]
mod tests;
