//! SKP plans and quarterly actuals for the demo government.
//!
//! [`plans`] is pure (no I/O, no clock) and deterministic for the same
//! options and government. It gives every *active* person one plan for the
//! reference year (inactive people get none):
//!
//! - 1–3 planned results: utama, sometimes a tambahan, chosen for the
//!   person's kind of unit, sector and role (`indicators`, `sectors`);
//!   heads get results that the people below them intervene in: where the
//!   direct supervisor has a plan, most utama results (and a few tambahan)
//!   name one of the supervisor's utama results as their parent;
//! - 1–3 indicators per result across the aspects (kuantitas, kualitas,
//!   waktu; biaya rarely), with targets drawn within realistic bounds and
//!   typed as an operator would (`480`, `85%`, `82–90`), each passing
//!   [`IndicatorDraft::validate`] without warnings;
//! - actuals for the quarters that ended before the reference date
//!   ([`past_quarters`]): none while the reference date is in the first
//!   quarter (no quarter has ended yet), so a demo made in January–March
//!   has plans but an empty results grid. Values lie around the quarterly
//!   target (most at 80–110 % capaian, some low, a few above; a person
//!   performs alike all year, about one in seven clearly above target and
//!   one in ten clearly below, which the demo assessments follow), with
//!   evidence such as "Laporan bulanan ND 440/123/2026" or "SIMPUS
//!   triwulan II 2026", and now and then the supervisor's feedback;
//! - some actuals are missing, so the entry screen has work: about 4 % of
//!   the cells of earlier quarters and, in the latest quarter that ended,
//!   the whole row of about 8 % of the people plus 3 % of the other cells
//!   (overall about 6 % with three quarters past, 11 % with one).

use chrono::{Datelike, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::indicators::{self as cat, Goal, Iki, REPORT_ON_TIME, Rhk};
use super::sectors::office;
use super::{DemoGovernment, DemoOptions, DemoRole, PersonProfile, Sector};
use crate::domain::number::Decimal;
use crate::domain::period::Quarter;
use crate::domain::plan::{
    Aggregation, Aspect, IndicatorDraft, IndicatorFields, PlannedResultFields, Polarity, ResultKind,
};
use crate::domain::unit::UnitKind;
use crate::store::import::{NewActual, NewIndicator, NewPlan, NewResult, PlanBatch, ResultRef};

/// Mixed into the seed so that plans draw from their own random stream.
const SEED_SALT: u64 = 0x534B_5020_504C_414E;
/// Percent of people who perform clearly above target: below this draw.
const PERF_STRONG: u32 = 15;
/// Percent of people who perform clearly below target: from
/// [`PERF_STRONG`] to this draw.
const PERF_WEAK: u32 = 24;

/// The quarters of the reference year that ended before the reference
/// date: none in the first quarter, I–III in the fourth.
pub fn past_quarters(reference_date: NaiveDate) -> Vec<Quarter> {
    (1..Quarter::of_date(reference_date).number())
        .filter_map(Quarter::new)
        .collect()
}

/// The SKP plans, with actuals for the past quarters, of every active
/// person of `gov`, for the year of `opts.reference_date`. `NewPlan::staff`
/// is the index in `gov.batch.staff` (load with the ids of
/// `Store::load_batch`).
pub fn plans(gov: &DemoGovernment, opts: &DemoOptions) -> PlanBatch {
    let year = opts.reference_date.year();
    let past = past_quarters(opts.reference_date);
    let mut rng = ChaCha8Rng::seed_from_u64(opts.seed ^ SEED_SALT);
    let units = &gov.batch.units;
    let mut in_hospital = vec![false; units.len()];
    for (i, u) in units.iter().enumerate() {
        in_hospital[i] =
            u.fields.name.starts_with("RSUD ") || u.parent.is_some_and(|p| in_hospital[p]);
    }
    let staff = &gov.batch.staff;
    let mut plan_of: Vec<Option<usize>> = vec![None; staff.len()];
    let mut out: Vec<NewPlan> = Vec::with_capacity(staff.len());
    for (i, s) in staff.iter().enumerate() {
        if !s.status.is_active() {
            continue;
        }
        let unit = &units[s.unit].fields.name;
        let person = Person {
            profile: gov.profiles[i],
            position: &s.fields.position_name,
            unit,
            hospital: in_hospital[s.unit],
            admin: is_admin_unit(unit, gov.profiles[i].unit_kind),
        };
        let supervisor = s.supervisor.and_then(|sup| plan_of[sup]);
        let mut generator = Gen {
            rng: &mut rng,
            year,
            past: &past,
            skip_latest: false,
        };
        let results = generator.results(&person, supervisor.map(|p| (p, &out[p])));
        plan_of[i] = Some(out.len());
        out.push(NewPlan { staff: i, results });
    }
    PlanBatch { year, plans: out }
}

/// What choosing a plan needs to know about a person.
struct Person<'a> {
    profile: PersonProfile,
    position: &'a str,
    unit: &'a str,
    /// Works in an RSUD.
    hospital: bool,
    /// Works in a sekretariat, bagian tata usaha or an administrative
    /// subbagian.
    admin: bool,
}

fn is_admin_unit(name: &str, kind: UnitKind) -> bool {
    const DIVISIONS: [&str; 3] = [
        "Sekretariat",
        "Bagian Tata Usaha",
        "Bagian Umum dan Keuangan",
    ];
    const SECTIONS: [&str; 6] = [
        "Subbagian Umum",
        "Subbagian Keuangan",
        "Subbagian Perencanaan",
        "Subbagian Tata Usaha",
        "Subbagian Administrasi dan Umum",
        "Subbagian Evaluasi",
    ];
    match kind {
        UnitKind::Division => DIVISIONS.iter().any(|p| name.starts_with(p)),
        UnitKind::Section => SECTIONS.iter().any(|p| name.starts_with(p)),
        _ => false,
    }
}

/// Where a person's results come from: the first from `first`, any others
/// from `first` and `more`; tambahan from `extra`.
struct Choice {
    first: &'static [Rhk],
    more: &'static [Rhk],
    extra: &'static [Rhk],
}

const NONE: &[Rhk] = &[];

fn choice(p: &Person) -> Choice {
    use DemoRole::*;
    let sector = p.profile.sector;
    let (sector_staff, sector_lead) = office(sector);
    let c = |first, more, extra| Choice { first, more, extra };
    let health_extra = if p.hospital { NONE } else { cat::HEALTH_EXTRA };
    match p.profile.role {
        RegionalSecretary => c(cat::REGIONAL_SECRETARY, NONE, NONE),
        HeadOfAgency => c(sector_lead, cat::AGENCY_HEAD, NONE),
        Secretary if sector == Sector::Territorial => c(cat::SECRETARY, sector_lead, NONE),
        Secretary => c(cat::SECRETARY, NONE, cat::OFFICE_EXTRA),
        HeadOfDivision | HeadOfSection if p.hospital => c(cat::HOSPITAL_LEAD, NONE, NONE),
        HeadOfDivision if p.admin => c(cat::SECRETARY, NONE, cat::OFFICE_EXTRA),
        HeadOfSection if p.admin => {
            let first = if p.unit.contains("Keuangan") {
                cat::FINANCE_HEAD
            } else if p.unit.contains("Perencanaan") || p.unit.contains("Evaluasi") {
                cat::PLANNING_HEAD
            } else {
                cat::GENERAL_AFFAIRS_HEAD
            };
            c(first, NONE, cat::OFFICE_EXTRA)
        }
        HeadOfDivision | HeadOfSection => c(sector_lead, sector_staff, cat::OFFICE_EXTRA),
        Camat => c(cat::CAMAT, NONE, NONE),
        Lurah => c(cat::LURAH, NONE, cat::OFFICE_EXTRA),
        HeadOfHealthCentre => c(cat::HEALTH_CENTRE_HEAD, NONE, NONE),
        HospitalDirector => c(cat::HOSPITAL_DIRECTOR, NONE, NONE),
        HeadOfServiceUnit => c(sector_lead, sector_staff, NONE),
        HeadOfSchool => c(cat::SCHOOL_HEAD, NONE, NONE),
        Teacher => c(cat::TEACHER, NONE, cat::TEACHER_EXTRA),
        Doctor if p.hospital => c(cat::HOSPITAL_DOCTOR, NONE, NONE),
        Doctor => c(cat::DOCTOR, NONE, health_extra),
        Nurse if p.hospital => c(cat::HOSPITAL_NURSE, NONE, NONE),
        Nurse => c(cat::NURSE, NONE, health_extra),
        Midwife => c(cat::MIDWIFE, NONE, health_extra),
        HealthWorker => {
            let by_position: &[(&str, &'static [Rhk])] = &[
                ("Apoteker", cat::PHARMACY),
                ("Laboratorium", cat::LABORATORY),
                ("Nutrisionis", cat::NUTRITION),
                ("Sanitarian", cat::SANITATION),
                ("Penyuluh Kesehatan", cat::HEALTH_PROMOTION),
                ("Perekam Medis", cat::MEDICAL_RECORDS),
                ("Radiografer", cat::RADIOLOGY),
                ("Fisioterapis", cat::PHYSIOTHERAPY),
            ];
            let first = by_position
                .iter()
                .find(|(k, _)| p.position.contains(k))
                .map_or(sector_staff, |(_, r)| *r);
            c(first, NONE, health_extra)
        }
        Specialist | Staff => {
            let extra = if p.profile.unit_kind == UnitKind::School {
                NONE
            } else if sector == Sector::Health && !p.hospital {
                health_extra
            } else {
                cat::OFFICE_EXTRA
            };
            c(staff_results(p, sector_staff), NONE, extra)
        }
    }
}

/// The results of staff and jabatan fungsional: by jabatan where it says
/// what the work is, otherwise by unit and sector.
fn staff_results(p: &Person, sector_staff: &'static [Rhk]) -> &'static [Rhk] {
    let pos = p.position;
    let sector = p.profile.sector;
    let has = |k: &str| pos.contains(k);
    if has("Pengemudi") {
        cat::DRIVER
    } else if has("Bendahara") || has("Pengelola Keuangan") {
        cat::TREASURER
    } else if has("Barang Milik Daerah") {
        cat::ASSETS
    } else if has("Arsiparis") && sector != Sector::LibraryArchives {
        cat::ARCHIVIST
    } else if (has("Pranata Komputer") || has("Pengolah Data")) && sector != Sector::Communication {
        cat::IT
    } else if has("Perencana") && sector != Sector::Planning {
        cat::PLANNER
    } else if has("Analis Kebijakan") || has("Penelaah Teknis Kebijakan") {
        cat::POLICY
    } else if p.profile.unit_kind == UnitKind::School {
        cat::SCHOOL_STAFF
    } else if has("Pengadministrasi")
        || has("Rumah Tangga")
        || p.admin
        || p.profile.unit_kind == UnitKind::ServiceUnit && sector == Sector::Health
    {
        cat::CLERK
    } else {
        sector_staff
    }
}

/// The random draws of one plan.
struct Gen<'a> {
    rng: &'a mut ChaCha8Rng,
    year: i32,
    past: &'a [Quarter],
    /// This person's actuals of the latest past quarter are not entered yet.
    skip_latest: bool,
}

/// How an actual is rounded: to `10^-decimals`, or to whole thousands.
#[derive(Clone, Copy)]
enum Rounding {
    Decimals(u32),
    Thousands,
}

impl Gen<'_> {
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.rng.random_range(0..items.len())]
    }

    /// 1–3 by the given percentages of 1 and 2.
    fn one_to_three(&mut self, one: u32, two: u32) -> usize {
        match self.rng.random_range(0..100) {
            r if r < one => 1,
            r if r < one + two => 2,
            _ => 3,
        }
    }

    fn results(&mut self, p: &Person, supervisor: Option<(usize, &NewPlan)>) -> Vec<NewResult> {
        let head = p.profile.role.is_head();
        let ch = choice(p);
        let pool: Vec<&'static Rhk> = ch.first.iter().chain(ch.more).collect();
        let wanted = if head {
            self.one_to_three(15, 70)
        } else {
            self.one_to_three(30, 55)
        };
        let mut chosen: Vec<&'static Rhk> =
            vec![&ch.first[self.rng.random_range(0..ch.first.len())]];
        let mut rest: Vec<&'static Rhk> = pool
            .into_iter()
            .filter(|r| !std::ptr::eq(*r, chosen[0]))
            .collect();
        while chosen.len() < wanted && !rest.is_empty() {
            chosen.push(rest.swap_remove(self.rng.random_range(0..rest.len())));
        }
        let extra = if chosen.len() < 3
            && !ch.extra.is_empty()
            && self.rng.random_bool(if head { 0.1 } else { 0.3 })
        {
            Some(&ch.extra[self.rng.random_range(0..ch.extra.len())])
        } else {
            None
        };
        self.skip_latest = !self.past.is_empty() && self.rng.random_bool(0.08);

        let parents: Vec<ResultRef> = supervisor
            .map(|(plan, sp)| {
                (0..sp.results.len())
                    .filter(|&r| sp.results[r].fields.kind == ResultKind::Main)
                    .map(|result| ResultRef { plan, result })
                    .collect()
            })
            .unwrap_or_default();
        let bias = self.performance();
        let mut out = Vec::with_capacity(chosen.len() + 1);
        let kinds = chosen
            .iter()
            .map(|r| (*r, ResultKind::Main))
            .chain(extra.map(|r| (r, ResultKind::Additional)));
        for (i, (rhk, kind)) in kinds.enumerate() {
            let p_parent = match (kind, i) {
                (ResultKind::Additional, _) => 0.15,
                (_, 0) => 0.85,
                _ => 0.6,
            };
            let parent = (!parents.is_empty() && self.rng.random_bool(p_parent))
                .then(|| self.pick(&parents));
            let mut ikis = self.ikis(rhk);
            if p.profile.role == DemoRole::HeadOfSection
                && i == 0
                && !ikis.iter().any(|k| k.aspect == Aspect::Time)
            {
                if ikis.len() == 3 {
                    ikis.pop();
                }
                ikis.push(REPORT_ON_TIME);
            }
            out.push(NewResult {
                fields: PlannedResultFields {
                    text: rhk.text.replace("{unit}", p.unit),
                    kind,
                    parent_id: None,
                },
                parent,
                indicators: ikis.iter().map(|k| self.indicator(p, k, bias)).collect(),
            });
        }
        out
    }

    /// The first indicator of a result and up to two others, in the
    /// catalogue's order.
    fn ikis(&mut self, rhk: &Rhk) -> Vec<Iki> {
        let n = self.one_to_three(15, 45).min(rhk.ikis.len());
        let mut others: Vec<usize> = (1..rhk.ikis.len()).collect();
        while others.len() > n - 1 {
            others.swap_remove(self.rng.random_range(0..others.len()));
        }
        others.sort_unstable();
        std::iter::once(0)
            .chain(others)
            .map(|i| rhk.ikis[i])
            .collect()
    }

    /// A round number near `n`, as targets are set.
    fn nice(n: u32) -> u32 {
        let step = match n {
            1000.. => 100,
            100.. => 10,
            20.. => 5,
            _ => 1,
        };
        (n + step / 2) / step * step
    }

    fn between(&mut self, lo: u32, hi: u32) -> u32 {
        self.rng.random_range(lo..=hi)
    }

    fn indicator(&mut self, p: &Person, k: &Iki, bias: f64) -> NewIndicator {
        let int = |n: u64| {
            Decimal::from_int(n as i64)
                .expect("demo targets are small")
                .format_id()
        };
        let (target, aggregation, rounding) = match k.goal {
            Goal::Count(lo, hi) => {
                let q = Self::nice(self.between(lo, hi));
                (int(4 * q as u64), None, Rounding::Decimals(0))
            }
            Goal::Level(lo, hi) => {
                let v = Self::nice(self.between(lo, hi));
                (
                    int(v as u64),
                    Some(Aggregation::Last),
                    Rounding::Decimals(0),
                )
            }
            Goal::Percent(lo, hi) => {
                let step = if hi - lo >= 10 { 5 } else { 1 };
                let v = lo + step * self.between(0, (hi - lo) / step);
                (format!("{v}%"), None, Rounding::Decimals(1))
            }
            Goal::PercentRange(lo, hi) => (format!("{lo}–{hi}%"), None, Rounding::Decimals(1)),
            Goal::Score(lo, hi) => (
                self.between(lo, hi).to_string(),
                None,
                Rounding::Decimals(if hi < 10 { 2 } else { 1 }),
            ),
            Goal::ScoreRange(lo, hi) => (format!("{lo}–{hi}"), None, Rounding::Decimals(1)),
            Goal::Months => ("12".to_string(), None, Rounding::Decimals(1)),
            Goal::Duration(lo, hi) => {
                let v = self.between(lo, hi);
                let decimals = if v >= 20 { 0 } else { 1 };
                (
                    v.to_string(),
                    Some(Aggregation::Average),
                    Rounding::Decimals(decimals),
                )
            }
            Goal::Rupiah(lo, hi) => {
                let q = self.between(lo, hi) as u64;
                (int(4 * q * 1_000_000), None, Rounding::Thousands)
            }
        };
        let draft = IndicatorDraft {
            text: k.text.to_string(),
            satuan: k.satuan.to_string(),
            aspect: Some(k.aspect),
            target,
            polarity: k.lower_is_better.then_some(Polarity::LowerIsBetter),
            aggregation,
            quarter_targets: Default::default(),
            allow_over_100: false,
        };
        let fields = draft
            .validate()
            .unwrap_or_else(|e| panic!("demo indicator {:?} is invalid: {e:?}", k.text));
        let actuals = self.actuals(p, &fields, rounding, bias);
        NewIndicator { fields, actuals }
    }

    /// How a person performs all year, added to every capaian: most
    /// around the target, some clearly above, some clearly below. It makes
    /// the suggested rating of the demo assessments mostly Sesuai, with
    /// Di Atas and Di Bawah Ekspektasi each for some.
    fn performance(&mut self) -> f64 {
        match self.rng.random_range(0..100) {
            0..PERF_STRONG => self.rng.random_range(0.10..0.20),
            PERF_STRONG..PERF_WEAK => self.rng.random_range(-0.20..-0.08),
            _ => self.rng.random_range(-0.03..0.05),
        }
    }

    /// A capaian (1.0 = 100 %) before the person's performance is added:
    /// mostly 88–110 %, some low, a few above.
    fn capaian(&mut self, bias: f64) -> f64 {
        let r: f64 = self.rng.random();
        let c = if r < 0.84 {
            self.rng.random_range(0.88..1.10)
        } else if r < 0.93 {
            self.rng.random_range(0.50..0.85)
        } else {
            self.rng.random_range(1.10..1.30)
        };
        c + bias
    }

    fn actuals(
        &mut self,
        p: &Person,
        f: &IndicatorFields,
        rounding: Rounding,
        bias: f64,
    ) -> Vec<NewActual> {
        let mut out = Vec::with_capacity(self.past.len());
        let latest = self.past.last().copied();
        for &q in self.past {
            if Some(q) == latest && self.skip_latest {
                continue;
            }
            let missing = if Some(q) == latest { 0.03 } else { 0.04 };
            if self.rng.random_bool(missing) {
                continue;
            }
            let (lo, hi) = f.quarter_target(q).bounds();
            let reference = (lo.to_f64() + hi.to_f64()) / 2.0;
            let c = self.capaian(bias);
            let mut x = match f.polarity {
                Polarity::HigherIsBetter => reference * c,
                Polarity::LowerIsBetter => reference * (2.0 - c),
            };
            if f.is_percent() {
                x = x.min(100.0);
            }
            let units = match rounding {
                Rounding::Decimals(d) => {
                    let scale = 10f64.powi(d as i32);
                    (x.max(0.0) * scale).round() as i64 * 10i64.pow(4 - d)
                }
                Rounding::Thousands => (x.max(0.0) / 1000.0).round() as i64 * 1000 * 10_000,
            };
            let value = Decimal::from_units(units).expect("demo actuals are small");
            let feedback = evidence::feedback(self.rng, c);
            out.push(NewActual {
                quarter: q,
                value,
                evidence: evidence::evidence(self.rng, self.year, p, q),
                feedback,
            });
        }
        out
    }
}

mod evidence;

#[cfg(test)]
mod tests;
