//! Names and gelar: real Indonesian names from the names file, and gelar
//! depan/belakang that fit a person's profession, education and age.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::Sector;
use super::data::Data;
use super::people::{Edu, percent, pick, pick_str, pick_weighted};
use crate::domain::staff::Gender;

/// Which gelar a person gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// By sector: S.E., S.H., S.T. …
    General,
    Teacher,
    /// A teacher of a primary school, some with the PGSD degree S.Pd.SD.
    PrimaryTeacher,
    Doctor,
    Specialist,
    Dentist,
    Nurse,
    Midwife,
    Pharmacist,
    Vet,
    /// Other health professions: the D3 and the S1 gelar.
    Health(&'static str, &'static str),
}

/// Gelar the titles file lacks, added here (all in common use); the tests
/// check that every gelar generated is in the file or in this list.
#[cfg(test)]
#[rustfmt::skip]
pub(crate) const EXTRA_TITLES: &[&str] = &[
    "Dra.", "Ns.", "apt.", "Bd.", "drh.", "A.Md.", "A.Md.Kep.", "A.Md.Keb.", "A.Md.Farm",
    "A.Md.AK", "A.Md.Gz", "A.Md.KL", "A.Md.Kes.", "A.Md.Rad", "A.Md.Ftr", "S.Kep.", "S.Tr.Keb.",
    "S.Keb.", "S.KM", "S.P.", "S.Pi", "S.Ak", "S.AP", "S.Si.", "S.ST.", "S.Pd.I", "S.Pd.SD",
    "M.Si.", "M.H.", "M.T.", "M.Kes.", "M.Kep.", "M.Keb.", "M.M.R.", "M.A.P.", "Sp.PD", "Sp.A",
    "Sp.OG", "Sp.B", "Sp.An", "Sp.Rad",
];

/// S1 gelar of the titles file that belong to a profession rather than to
/// any administrative post.
const PROFESSIONAL_S1: &[&str] = &["S.Ked", "S.Gz", "S.Pt", "S.Pd", "S.Farm"];

fn sector_s1(sector: Sector) -> &'static [&'static str] {
    use Sector::*;
    match sector {
        Finance | Revenue => &["S.E.", "S.Ak"],
        Supervision => &["S.E.", "S.Ak", "S.H."],
        Legal | Legislature => &["S.H."],
        PublicWorks | Housing | Transport => &["S.T."],
        Environment => &["S.T.", "S.Si."],
        Communication => &["S.Kom", "S.I.Kom"],
        Agriculture => &["S.P.", "S.Pt"],
        Fisheries => &["S.Pi"],
        Personnel => &["S.Psi", "S.IP", "S.AP"],
        Social | VillageDevelopment | FamilyWelfare => &["S.Sos"],
        Health => &["S.KM"],
        Education => &["S.Pd"],
        Planning => &["S.E.", "S.T.", "S.Si."],
        _ => &["S.IP", "S.Sos", "S.AP"],
    }
}

fn sector_master(sector: Sector) -> &'static [&'static str] {
    use Sector::*;
    match sector {
        Finance | Revenue | Supervision => &["M.Ak", "M.M.", "M.Si."],
        Legal | Legislature => &["M.H."],
        PublicWorks | Housing | Transport | Environment => &["M.T.", "M.M."],
        Communication => &["M.Kom.", "M.TI."],
        Education => &["M.Pd"],
        Health => &["M.Kes."],
        _ => &["M.M.", "M.Si.", "M.A.P."],
    }
}

/// Master's degrees that suit any administrative post.
const GENERAL_MASTER: &[&str] = &["M.M.", "M.Si.", "M.A.P."];

/// Sectors whose older graduates carry "Ir." rather than "Drs.".
fn engineering(sector: Sector) -> bool {
    matches!(
        sector,
        Sector::PublicWorks | Sector::Agriculture | Sector::Housing | Sector::Fisheries
    )
}

/// Gives people names and gelar.
pub(crate) struct Namer<'a> {
    data: &'a Data,
    /// S1 gelar of the titles file that suit any administrative post.
    general_s1: Vec<&'a str>,
}

impl<'a> Namer<'a> {
    pub fn new(data: &'a Data) -> Namer<'a> {
        Namer {
            data,
            general_s1: data
                .titles
                .suffixes
                .iter()
                .map(String::as_str)
                .filter(|t| t.starts_with("S.") && !PROFESSIONAL_S1.contains(t))
                .collect(),
        }
    }

    /// A first name, a first and a last name, or two first names.
    pub fn name(&self, rng: &mut ChaCha8Rng, g: Gender) -> String {
        let names = &self.data.names;
        let first = pick(rng, names.first(g));
        match rng.random_range(0..100) {
            0..25 => first.clone(),
            25..85 => format!("{first} {}", pick(rng, names.last(g))),
            _ => {
                let second = pick(rng, names.first(g));
                if second == first {
                    first.clone()
                } else {
                    format!("{first} {second}")
                }
            }
        }
    }

    /// Gelar depan and belakang for a person of this style and education.
    pub fn gelar(
        &self,
        rng: &mut ChaCha8Rng,
        style: Style,
        edu: Edu,
        sector: Sector,
        g: Gender,
        age: i32,
    ) -> (String, String) {
        let female = g == Gender::Female;
        let mut academic: Vec<&str> = Vec::new();
        let mut professional: Option<&str> = None;
        let mut back: Vec<&str> = Vec::new();
        let master = matches!(edu, Edu::S2 | Edu::S3);
        // Graduates of the old system (before about 1993) carry Drs./Dra./Ir.
        let old_degree = age >= 55 && matches!(edu, Edu::S1 | Edu::S2) && percent(rng, 35);
        match style {
            Style::Teacher | Style::PrimaryTeacher => {
                // S.Pd.SD is the degree of the primary-teacher programme (PGSD).
                let pgsd = if style == Style::PrimaryTeacher {
                    30
                } else {
                    0
                };
                if old_degree {
                    academic.push(if female { "Dra." } else { "Drs." });
                } else if edu != Edu::D3 && edu != Edu::Sma {
                    back.push(*pick_weighted(
                        rng,
                        &[("S.Pd", 80), ("S.Pd.I", 10), ("S.Pd.SD", pgsd)],
                    ));
                }
                if master {
                    back.push("M.Pd");
                }
            }
            Style::Doctor | Style::Specialist => {
                professional = Some("dr.");
                if style == Style::Specialist {
                    back.push(*pick(
                        rng,
                        &["Sp.PD", "Sp.A", "Sp.OG", "Sp.B", "Sp.An", "Sp.Rad"],
                    ));
                } else if master {
                    back.push(*pick_weighted(rng, &[("M.Kes.", 70), ("M.M.R.", 30)]));
                }
            }
            Style::Dentist => {
                professional = Some("drg.");
                if master {
                    back.push("M.Kes.");
                }
            }
            Style::Nurse => match edu {
                Edu::Sma | Edu::D3 => back.push("A.Md.Kep."),
                _ => {
                    professional = Some("Ns.");
                    back.push("S.Kep.");
                    if master {
                        back.push("M.Kep.");
                    }
                }
            },
            Style::Midwife => match edu {
                Edu::Sma | Edu::D3 => back.push("A.Md.Keb."),
                Edu::D4 => back.push("S.Tr.Keb."),
                _ => {
                    professional = Some("Bd.");
                    back.push("S.Keb.");
                    if master {
                        back.push("M.Keb.");
                    }
                }
            },
            Style::Pharmacist => {
                professional = Some("apt.");
                back.push("S.Farm");
                if master {
                    back.push("M.Farm");
                }
            }
            Style::Vet => professional = Some("drh."),
            Style::Health(d3, s1) => match edu {
                Edu::Sma => {}
                Edu::D3 => back.push(d3),
                _ => {
                    back.push(s1);
                    if master {
                        back.push("M.Kes.");
                    }
                }
            },
            Style::General => match edu {
                Edu::Sma => {}
                Edu::D3 => back.push("A.Md."),
                Edu::D4 => back.push("S.ST."),
                _ => {
                    if old_degree {
                        academic.push(if engineering(sector) {
                            "Ir."
                        } else if female {
                            "Dra."
                        } else {
                            "Drs."
                        });
                    }
                    // A degree of the sector's own field, with a master's of
                    // the same field, or a general one with a general master's.
                    let own = old_degree || percent(rng, 60) || self.general_s1.is_empty();
                    if !old_degree {
                        back.push(if own {
                            pick_str(rng, sector_s1(sector))
                        } else {
                            pick_str(rng, &self.general_s1)
                        });
                    }
                    if master {
                        back.push(if own {
                            pick_str(rng, sector_master(sector))
                        } else {
                            pick_str(rng, GENERAL_MASTER)
                        });
                    }
                }
            },
        }
        if edu == Edu::S3 {
            academic.insert(0, "Dr.");
        }
        let titles = &self.data.titles;
        let hajj = if female { "Hj." } else { "H." };
        let hajj = (age >= 40 && percent(rng, 8) && titles.has_prefix(hajj, g)).then_some(hajj);
        let raden = if female { "R.A." } else { "R." };
        let raden = (percent(rng, 2) && titles.has_prefix(raden, g)).then_some(raden);
        // "Drs. H. Ahmad" but "Hj. dr. Siti": academic, hajj, professional.
        let mut front: Vec<&str> = academic;
        front.extend(hajj);
        front.extend(professional);
        front.extend(raden);
        (front.join(" "), back.join(", "))
    }
}
