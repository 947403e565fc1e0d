//! People of the demo government: names, gelar, NIP / NI PPPK, age, TMT,
//! rank and jabatan, all consistent with each other (domain reference §3–§4).

use std::collections::HashMap;

use chrono::{Datelike, Days, NaiveDate};
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::data::Data;
use super::names::{Namer, Style};
use super::{DemoRole, Sector};
use crate::domain::nip::Nip;
use crate::domain::period::{YearMonth, full_years};
use crate::domain::rank::Rank;
use crate::domain::staff::{
    EmploymentStatus, Gender, InactiveReason, PositionKind, StaffFields, StaffKind,
};

/// Rank indexes into the 17 PNS ranks, I/a = 0 … IV/e = 16.
pub(crate) mod rank_ix {
    pub const II_A: usize = 4;
    pub const II_C: usize = 6;
    pub const III_A: usize = 8;
    pub const III_B: usize = 9;
    pub const III_C: usize = 10;
    pub const III_D: usize = 11;
    pub const IV_A: usize = 12;
    pub const IV_B: usize = 13;
    pub const IV_C: usize = 14;
    pub const IV_D: usize = 15;
}
use rank_ix::*;

/// The PNS rank at an index (I/a = 0 … IV/e = 16).
fn pns_rank(ix: usize) -> Rank {
    let ix = ix.min(16);
    let (golongan, ruang) = if ix == 16 {
        (4, 'e')
    } else {
        ((ix / 4 + 1) as u8, (b'a' + (ix % 4) as u8) as char)
    };
    Rank::pns(golongan, ruang).expect("index within the table")
}

/// Retirement age (batas usia pensiun): 58 for administrative posts, 60 for
/// JPT and functional posts.
const BUP_ADMIN: i32 = 58;
const BUP_FUNCTIONAL: i32 = 60;
/// Share of teachers and health workers appointed as PPPK.
const PPPK_SHARE: f64 = 0.18;
/// Share of PNS members (not heads) who are inactive.
const INACTIVE_SHARE: f64 = 0.03;
/// Years of service per ruang step (kenaikan pangkat reguler).
const YEARS_PER_STEP: i32 = 4;

/// Highest education (pendidikan terakhir).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Edu {
    Sma,
    D3,
    D4,
    S1,
    /// S1 with a professional degree (dokter, apoteker, ners, bidan).
    Prof,
    S2,
    S3,
}

impl Edu {
    /// The entry rank of a CPNS with this education.
    fn start(self) -> usize {
        match self {
            Edu::Sma => II_A,
            Edu::D3 => II_C,
            Edu::D4 | Edu::S1 => III_A,
            Edu::Prof | Edu::S2 => III_B,
            Edu::S3 => III_C,
        }
    }
    /// The youngest plausible age at TMT CPNS.
    fn min_entry_age(self) -> i32 {
        match self {
            Edu::Sma => 19,
            Edu::D3 => 21,
            Edu::D4 | Edu::S1 => 22,
            Edu::Prof | Edu::S2 => 25,
            Edu::S3 => 29,
        }
    }
    /// PPPK golongan by education (a common mapping; UNSURE in detail).
    fn pppk_golongan(self) -> u8 {
        match self {
            Edu::Sma => 5,
            Edu::D3 => 7,
            Edu::D4 | Edu::S1 => 9,
            Edu::Prof | Edu::S2 => 10,
            Edu::S3 => 11,
        }
    }
}

/// How a position name is formed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Track {
    /// Jabatan pelaksana: the name as is.
    Executor,
    /// Jabatan fungsional keahlian: "<name> Ahli Pertama/Muda/Madya/Utama".
    Expert,
    /// Jabatan fungsional keterampilan: "<name> Pemula/Terampil/Mahir/Penyelia".
    Skilled,
}

/// A jabatan that members of a unit can hold.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Job {
    pub role: DemoRole,
    pub track: Track,
    pub name: &'static str,
    pub edu: &'static [(Edu, u32)],
    pub style: Style,
    /// Percentage of women.
    pub female: u32,
}

/// What the org module asks for a unit head.
#[derive(Debug, Clone)]
pub(crate) struct HeadSpec {
    pub role: DemoRole,
    pub kind: PositionKind,
    pub position: String,
    /// Lowest and highest rank index.
    pub ranks: (usize, usize),
    pub min_age: i32,
}

/// A generated person, before supervisor and unit are known.
#[derive(Debug, Clone)]
pub(crate) struct Person {
    pub fields: StaffFields,
    pub status: EmploymentStatus,
}

pub(super) fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

pub(super) fn pick_str<'a>(rng: &mut ChaCha8Rng, items: &[&'a str]) -> &'a str {
    items[rng.random_range(0..items.len())]
}

pub(crate) fn pick_weighted<'a, T>(rng: &mut ChaCha8Rng, items: &'a [(T, u32)]) -> &'a T {
    let total: u32 = items.iter().map(|(_, w)| w).sum();
    let mut r = rng.random_range(0..total.max(1));
    for (item, w) in items {
        if r < *w {
            return item;
        }
        r -= w;
    }
    &items[items.len() - 1].0
}

pub(super) fn percent(rng: &mut ChaCha8Rng, p: u32) -> bool {
    rng.random_range(0..100) < p
}

fn jenjang(track: Track, rank: Rank) -> &'static str {
    let ix = match rank {
        Rank::Pns { golongan, ruang } => {
            usize::from(golongan - 1) * 4 + usize::from(ruang as u8 - b'a')
        }
        Rank::Pppk(g) => match g {
            0..=5 => II_A,
            6..=7 => II_C,
            8..=10 => III_A,
            11..=12 => III_C,
            _ => IV_A,
        },
    };
    match track {
        Track::Executor => "",
        Track::Expert => match ix {
            ..=III_B => "Ahli Pertama",
            III_C..=III_D => "Ahli Muda",
            IV_A..=IV_C => "Ahli Madya",
            _ => "Ahli Utama",
        },
        Track::Skilled => match ix {
            ..=5 => "Pemula",
            II_C..=7 => "Terampil",
            III_A..=III_B => "Mahir",
            _ => "Penyelia",
        },
    }
}

/// Makes people; owns the serial counters that keep NIPs unique.
pub(crate) struct People<'a> {
    namer: Namer<'a>,
    today: NaiveDate,
    /// Last serial used per first 15 digits.
    serials: HashMap<u64, u16>,
    /// Years in which PPPK were appointed, if any fit the reference date.
    pppk_years: Option<(i32, i32)>,
}

impl<'a> People<'a> {
    pub fn new(data: &'a Data, today: NaiveDate) -> People<'a> {
        let last = today.year().min(2024);
        People {
            namer: Namer::new(data),
            today,
            serials: HashMap::new(),
            pppk_years: (last >= 2019).then_some((2019, last)),
        }
    }

    /// A birth date such that the person is `age` on the reference date.
    fn birth_for_age(&self, rng: &mut ChaCha8Rng, age: i32) -> NaiveDate {
        let (m, d) = random_day(rng);
        let t = self.today;
        let year = t.year() - age - i32::from((m, d) > (t.month(), t.day()));
        date_or_28th(year, m, d)
    }

    /// A TMT CPNS at which the person is `age_at_tmt`, never after the
    /// reference month.
    fn tmt_for(&self, rng: &mut ChaCha8Rng, birth: NaiveDate, age_at_tmt: i32) -> YearMonth {
        let month = *pick_weighted(
            rng,
            &[
                (1, 20),
                (2, 4),
                (3, 16),
                (4, 10),
                (5, 4),
                (6, 4),
                (7, 6),
                (8, 4),
                (9, 4),
                (10, 6),
                (11, 4),
                (12, 18),
            ],
        );
        let year = birth.year() + age_at_tmt + i32::from((birth.month(), birth.day()) > (month, 1));
        let tmt = YearMonth { year, month };
        let now = YearMonth {
            year: self.today.year(),
            month: self.today.month(),
        };
        tmt.min(now)
    }

    /// The next serial for a 15-digit prefix; None when all 999 are used.
    fn serial(&mut self, rng: &mut ChaCha8Rng, prefix: u64) -> Option<u16> {
        let next = match self.serials.get(&prefix) {
            Some(&last) => last + 1,
            None => rng.random_range(1..=3),
        };
        if next > 999 {
            return None;
        }
        self.serials.insert(prefix, next);
        Some(next)
    }

    fn pns_nip(
        &mut self,
        rng: &mut ChaCha8Rng,
        birth: NaiveDate,
        tmt: YearMonth,
        g: Gender,
    ) -> Option<Nip> {
        let gd = gender_digit(g);
        let prefix = ((((u64::from(birth.year() as u32) * 100 + u64::from(birth.month())) * 100
            + u64::from(birth.day()))
            * 10_000
            + tmt.year as u64)
            * 100
            + u64::from(tmt.month))
            * 10
            + gd;
        let serial = self.serial(rng, prefix)?;
        Some(nip(&format!("{prefix:015}{serial:03}")))
    }

    fn pppk_nip(
        &mut self,
        rng: &mut ChaCha8Rng,
        birth: NaiveDate,
        year: i32,
        g: Gender,
    ) -> Option<Nip> {
        let gd = gender_digit(g);
        let prefix = ((((u64::from(birth.year() as u32) * 100 + u64::from(birth.month())) * 100
            + u64::from(birth.day()))
            * 10_000
            + year as u64)
            * 100
            + 21)
            * 10
            + gd;
        let serial = self.serial(rng, prefix)?;
        Some(nip(&format!("{prefix:015}{serial:03}")))
    }

    /// A PNS with age `age` today and `age_at_tmt` at TMT CPNS (or a given
    /// birth date), with a unique NIP.
    fn pns_identity(
        &mut self,
        rng: &mut ChaCha8Rng,
        g: Gender,
        birth: Option<NaiveDate>,
        age: i32,
        age_at_tmt: i32,
    ) -> (NaiveDate, YearMonth, Nip) {
        let mut birth = birth.unwrap_or_else(|| self.birth_for_age(rng, age));
        loop {
            let tmt = self.tmt_for(rng, birth, age_at_tmt);
            if let Some(nip) = self.pns_nip(rng, birth, tmt, g) {
                return (birth, tmt, nip);
            }
            // 999 people share birth date, TMT and gender: move a day.
            birth = birth - Days::new(1);
        }
    }

    /// The head of a unit: rank within the spec's range, old enough to have
    /// earned it.
    pub fn head(&mut self, rng: &mut ChaCha8Rng, spec: &HeadSpec, sector: Sector) -> Person {
        use DemoRole::*;
        let female_pct = match spec.role {
            RegionalSecretary | Camat => 15,
            HeadOfAgency => 25,
            Lurah => 30,
            HeadOfSchool => 50,
            HeadOfHealthCentre | HospitalDirector => 55,
            _ => 35,
        };
        let g = if percent(rng, female_pct) {
            Gender::Female
        } else {
            Gender::Male
        };
        let style = match spec.role {
            HeadOfSchool => Style::Teacher,
            HospitalDirector => Style::Doctor,
            HeadOfHealthCentre => *pick_weighted(
                rng,
                &[
                    (Style::Doctor, 50),
                    (Style::Health("A.Md.Kes.", "S.KM"), 30),
                    (Style::Nurse, 20),
                ],
            ),
            _ if sector == Sector::Health && percent(rng, 50) => Style::Doctor,
            _ if sector == Sector::Education && percent(rng, 50) => Style::Teacher,
            _ => Style::General,
        };
        let edu = match (style, spec.kind) {
            (Style::Doctor, _) => *pick_weighted(rng, &[(Edu::Prof, 45), (Edu::S2, 55)]),
            (Style::Nurse, _) => *pick_weighted(rng, &[(Edu::Prof, 60), (Edu::S2, 40)]),
            (_, PositionKind::Jpt) => {
                *pick_weighted(rng, &[(Edu::S1, 10), (Edu::S2, 80), (Edu::S3, 10)])
            }
            (_, PositionKind::Administrator) => {
                *pick_weighted(rng, &[(Edu::S1, 40), (Edu::S2, 60)])
            }
            (Style::Teacher, _) => *pick_weighted(rng, &[(Edu::S1, 60), (Edu::S2, 40)]),
            _ => *pick_weighted(rng, &[(Edu::S1, 70), (Edu::D4, 5), (Edu::S2, 25)]),
        };
        let max_age = match spec.kind {
            PositionKind::Jpt | PositionKind::Functional => BUP_FUNCTIONAL - 2,
            _ => BUP_ADMIN - 1,
        };
        let start = edu.start();
        let min_entry = edu.min_entry_age().max(20);
        let (lo, hi) = spec.ranks;
        let mut target = rng.random_range(lo..=hi).max(start);
        // Years needed to climb from the entry rank to the target.
        let need = |t: usize| YEARS_PER_STEP * (t - start) as i32;
        while target > start && min_entry + need(target) > max_age {
            target -= 1;
        }
        let min_age = spec.min_age.max(min_entry + need(target)).min(max_age);
        let age = rng.random_range(min_age..=(min_age + 8).min(max_age));
        let age_at_tmt = rng.random_range(min_entry..=(age - need(target)).clamp(min_entry, 35));
        let (_, _, nip) = self.pns_identity(rng, g, None, age, age_at_tmt);
        let (front_title, back_title) = self.namer.gelar(rng, style, edu, sector, g, age);
        Person {
            fields: StaffFields {
                nip,
                kind: StaffKind::Pns,
                front_title,
                name: self.namer.name(rng, g),
                back_title,
                rank: Some(pns_rank(target)),
                position_kind: spec.kind,
                position_name: spec.position.clone(),
                unit_id: 0,
                supervisor_id: None,
            },
            status: EmploymentStatus::Active,
        }
    }

    /// A member of a unit holding `job`.
    pub fn member(&mut self, rng: &mut ChaCha8Rng, job: &Job, sector: Sector) -> Person {
        let edu = *pick_weighted(rng, job.edu);
        let g = if percent(rng, job.female) {
            Gender::Female
        } else {
            Gender::Male
        };
        let pppk_role = matches!(
            job.role,
            DemoRole::Teacher
                | DemoRole::Doctor
                | DemoRole::Nurse
                | DemoRole::Midwife
                | DemoRole::HealthWorker
        );
        if pppk_role
            && rng.random_bool(PPPK_SHARE)
            && let Some(p) = self.pppk(rng, job, edu, sector, g)
        {
            return p;
        }
        let inactive = rng.random_bool(INACTIVE_SHARE);
        let reason = inactive.then(|| {
            *pick_weighted(
                rng,
                &[
                    (InactiveReason::Retired, 35),
                    (InactiveReason::TransferredOut, 25),
                    (InactiveReason::StudyLeave, 15),
                    (InactiveReason::UnpaidLeave, 10),
                    (InactiveReason::Deceased, 15),
                ],
            )
        });
        let min_entry = edu.min_entry_age().max(20);
        let bup = if job.track == Track::Executor {
            BUP_ADMIN
        } else {
            BUP_FUNCTIONAL
        };
        let mut fixed_birth = None;
        let mut since = self.today - Days::new(rng.random_range(1..=330));
        let age = match reason {
            Some(InactiveReason::Retired) => {
                // Pensiun on the first of the month after the birthday.
                let month_start = NaiveDate::from_ymd_opt(since.year(), since.month(), 1)
                    .expect("first of month");
                since = month_start;
                let birthday_month = month_start - Days::new(1);
                let (_, d) = random_day(rng);
                let birth = date_or_28th(
                    birthday_month.year() - bup,
                    birthday_month.month(),
                    d.min(birthday_month.day()),
                );
                fixed_birth = Some(birth);
                full_years(birth, self.today)
            }
            Some(InactiveReason::Deceased) => rng.random_range(35..=57),
            Some(InactiveReason::StudyLeave) => rng.random_range(26..=40),
            Some(InactiveReason::UnpaidLeave) => rng.random_range(28..=45),
            Some(InactiveReason::TransferredOut) => rng.random_range(28..=52),
            _ => {
                // ASN are older on average: skew towards the upper ages.
                let u: f64 = rng.random();
                22 + (36.0 * u.powf(0.75)) as i32
            }
        };
        let age = age.clamp(min_entry + 1, bup + 1);
        let max_at_tmt = if reason.is_some() { age - 2 } else { age };
        let age_at_tmt = rng.random_range(min_entry..=max_at_tmt.clamp(min_entry, 35));
        let (_, tmt, nip) = self.pns_identity(rng, g, fixed_birth, age, age_at_tmt);
        let service = full_years(tmt.first_day(), self.today).max(0);
        let delay = rng.random_range(0..YEARS_PER_STEP);
        let steps = ((service - delay).max(0) / YEARS_PER_STEP) as usize;
        let cap = match (job.track, edu) {
            (Track::Executor, Edu::Sma) => III_A,
            (Track::Executor, Edu::D3) => III_C,
            (Track::Executor, _) => III_D,
            (Track::Skilled, _) => III_D,
            (Track::Expert, Edu::S2 | Edu::S3) => IV_C,
            (Track::Expert, _) if job.role == DemoRole::Doctor => IV_C,
            (Track::Expert, _) => IV_B,
        };
        let rank = pns_rank((edu.start() + steps).min(cap).max(edu.start()));
        let (front_title, back_title) = self.namer.gelar(rng, job.style, edu, sector, g, age);
        let status = match reason {
            None => EmploymentStatus::Active,
            Some(reason) => EmploymentStatus::Inactive {
                reason,
                since: since.max(tmt.first_day()),
                note: inactive_note(rng, reason, job.role).to_string(),
            },
        };
        Person {
            fields: StaffFields {
                nip,
                kind: StaffKind::Pns,
                front_title,
                name: self.namer.name(rng, g),
                back_title,
                rank: Some(rank),
                position_kind: position_kind(job.track),
                position_name: position_name(job, rank),
                unit_id: 0,
                supervisor_id: None,
            },
            status,
        }
    }

    /// A PPPK holding `job`, if an appointment year fits the reference date.
    fn pppk(
        &mut self,
        rng: &mut ChaCha8Rng,
        job: &Job,
        edu: Edu,
        sector: Sector,
        g: Gender,
    ) -> Option<Person> {
        let (first, last) = self.pppk_years?;
        let year = rng.random_range(first..=last);
        let since_appointment = self.today.year() - year;
        // Many PPPK were long-serving honorer, appointed in their 30s or 40s.
        let min_age = edu.min_entry_age().max(22);
        let max_age = 50.min(BUP_ADMIN - 1 - since_appointment);
        if max_age < min_age {
            return None;
        }
        let age_at_appointment = rng.random_range(min_age..=max_age);
        let (m, d) = random_day(rng);
        let mut birth = date_or_28th(year - age_at_appointment, m, d);
        let nip = loop {
            if let Some(nip) = self.pppk_nip(rng, birth, year, g) {
                break nip;
            }
            birth = birth - Days::new(1);
        };
        let rank = Rank::pppk(edu.pppk_golongan()).expect("golongan 1..=17");
        let age = full_years(birth, self.today);
        let (front_title, back_title) = self.namer.gelar(rng, job.style, edu, sector, g, age);
        Some(Person {
            fields: StaffFields {
                nip,
                kind: StaffKind::Pppk,
                front_title,
                name: self.namer.name(rng, g),
                back_title,
                rank: Some(rank),
                position_kind: position_kind(job.track),
                position_name: position_name(job, rank),
                unit_id: 0,
                supervisor_id: None,
            },
            status: EmploymentStatus::Active,
        })
    }
}

fn nip(digits: &str) -> Nip {
    Nip::parse(digits).expect("18 generated digits")
}

fn gender_digit(g: Gender) -> u64 {
    match g {
        Gender::Male => 1,
        Gender::Female => 2,
    }
}

fn random_day(rng: &mut ChaCha8Rng) -> (u32, u32) {
    let m = rng.random_range(1..=12);
    let d = match m {
        2 => rng.random_range(1..=29),
        4 | 6 | 9 | 11 => rng.random_range(1..=30),
        _ => rng.random_range(1..=31),
    };
    (m, d)
}

/// The date, or the 28th of the month when the day does not exist that year
/// (29 February).
fn date_or_28th(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day)
        .or_else(|| NaiveDate::from_ymd_opt(year, month, 28))
        .expect("the 28th exists")
}

fn position_kind(track: Track) -> PositionKind {
    match track {
        Track::Executor => PositionKind::Executor,
        Track::Expert | Track::Skilled => PositionKind::Functional,
    }
}

fn position_name(job: &Job, rank: Rank) -> String {
    match job.track {
        Track::Executor => job.name.to_string(),
        track => format!("{} {}", job.name, jenjang(track, rank)),
    }
}

const TRANSFER_NOTES: &[&str] = &[
    "Pindah ke Pemerintah Provinsi Jawa Tengah",
    "Pindah ke Pemerintah Kabupaten Cilacap",
    "Pindah ke Pemerintah Kabupaten Purbalingga",
    "Pindah ke Pemerintah Kabupaten Banjarnegara",
    "Pindah ke Pemerintah Kabupaten Kebumen",
    "Pindah ke Pemerintah Kota Semarang",
    "",
];
const STUDY_NOTES: &[&str] = &["Tugas belajar program magister (S2)", "Tugas belajar", ""];
const UNPAID_LEAVE_NOTES: &[&str] = &[
    "CLTN alasan keluarga",
    "CLTN mengikuti suami/istri bertugas",
    "",
];

fn inactive_note(rng: &mut ChaCha8Rng, reason: InactiveReason, role: DemoRole) -> &'static str {
    match reason {
        InactiveReason::Retired => "Batas usia pensiun",
        InactiveReason::TransferredOut => pick_str(rng, TRANSFER_NOTES),
        InactiveReason::StudyLeave if role == DemoRole::Doctor => {
            "Tugas belajar program dokter spesialis"
        }
        InactiveReason::StudyLeave => pick_str(rng, STUDY_NOTES),
        InactiveReason::UnpaidLeave => pick_str(rng, UNPAID_LEAVE_NOTES),
        _ => "",
    }
}

#[cfg(test)]
mod tests;
