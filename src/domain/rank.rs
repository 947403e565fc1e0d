//! Golongan/ruang and pangkat (PNS), golongan (PPPK).
//!
//! PNS: I/a–I/d, II/a–II/d, III/a–III/d, IV/a–IV/e with their pangkat
//! (PP 99/2000 jo PP 12/2002; domain reference §4.1). PPPK: golongan I–XVII,
//! with no pangkat and no ruang (§4.2).

use serde::{Deserialize, Serialize};

use super::staff::StaffKind;
use super::text::is_unsafe_char;
use crate::i18n::{t, tf};

/// A golongan (and ruang, for PNS). Orders from lowest to highest within
/// each kind; every PNS rank sorts before every PPPK golongan.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "RankRepr", into = "RankRepr")]
pub enum Rank {
    /// Golongan 1–4 and ruang 'a'–'d' ('a'–'e' for golongan IV), lower case.
    Pns { golongan: u8, ruang: char },
    /// Golongan 1–17.
    Pppk(u8),
}

/// Why typed text is not a rank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RankError {
    Unknown { input: String },
}

const ROMAN: [&str; 17] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII",
];

/// PNS pangkat by golongan (1–4) and ruang index (a = 0).
const PANGKAT: [&[&str]; 4] = [
    &["Juru Muda", "Juru Muda Tingkat I", "Juru", "Juru Tingkat I"],
    &[
        "Pengatur Muda",
        "Pengatur Muda Tingkat I",
        "Pengatur",
        "Pengatur Tingkat I",
    ],
    &[
        "Penata Muda",
        "Penata Muda Tingkat I",
        "Penata",
        "Penata Tingkat I",
    ],
    &[
        "Pembina",
        "Pembina Tingkat I",
        "Pembina Utama Muda",
        "Pembina Utama Madya",
        "Pembina Utama",
    ],
];

/// The highest PPPK golongan.
const PPPK_MAX: u8 = 17;

fn roman(n: u8) -> String {
    match n {
        1..=PPPK_MAX => ROMAN[usize::from(n - 1)].to_string(),
        _ => n.to_string(),
    }
}

/// The value of an upper-case Roman numeral I–XVII.
fn roman_value(s: &str) -> Option<u8> {
    ROMAN.iter().position(|r| *r == s).map(|i| i as u8 + 1)
}

/// Index of the ruang letter for a golongan, if that pair exists.
fn ruang_index(golongan: u8, ruang: char) -> Option<usize> {
    let letters = PANGKAT.get(usize::from(golongan).checked_sub(1)?)?.len();
    let i = (ruang as u32).checked_sub('a' as u32)? as usize;
    (i < letters).then_some(i)
}

impl Rank {
    /// A PNS rank, if golongan/ruang exists. The ruang may be upper case.
    pub fn pns(golongan: u8, ruang: char) -> Option<Rank> {
        let ruang = ruang.to_ascii_lowercase();
        ruang_index(golongan, ruang).map(|_| Rank::Pns { golongan, ruang })
    }

    /// A PPPK golongan, if it is 1–17.
    pub fn pppk(golongan: u8) -> Option<Rank> {
        (1..=PPPK_MAX)
            .contains(&golongan)
            .then_some(Rank::Pppk(golongan))
    }

    /// The code as written on documents: "III/b", "IX".
    pub fn code(&self) -> String {
        match *self {
            Rank::Pns { golongan, ruang } => format!("{}/{}", roman(golongan), ruang),
            Rank::Pppk(g) => roman(g),
        }
    }

    /// Reads a rank, ignoring case and spaces: "III/b", "iii/b", "III / B",
    /// "3b", "3/b", "IIIb", "IX", "ix". PPPK golongan must be Roman numerals.
    pub fn parse(s: &str) -> Result<Rank, RankError> {
        let unknown = || RankError::Unknown {
            input: s.trim().to_string(),
        };
        let compact: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if compact.is_empty() {
            return Err(unknown());
        }
        if let Some((gol, ruang)) = split_ruang(&compact) {
            let golongan = match gol {
                "1" | "2" | "3" | "4" => gol.parse().ok(),
                _ => roman_value(gol).filter(|g| *g <= 4),
            };
            return golongan
                .and_then(|g| Rank::pns(g, ruang))
                .ok_or_else(unknown);
        }
        roman_value(&compact)
            .and_then(Rank::pppk)
            .ok_or_else(unknown)
    }

    /// The pangkat of a PNS rank ("Penata Muda Tingkat I"); PPPK have none.
    pub fn pangkat(&self) -> Option<&'static str> {
        match *self {
            Rank::Pns { golongan, ruang } => {
                let i = ruang_index(golongan, ruang)?;
                Some(PANGKAT[usize::from(golongan - 1)][i])
            }
            Rank::Pppk(_) => None,
        }
    }

    pub fn kind(&self) -> StaffKind {
        match self {
            Rank::Pns { .. } => StaffKind::Pns,
            Rank::Pppk(_) => StaffKind::Pppk,
        }
    }

    /// Every rank of a kind, lowest first (17 each).
    pub fn all(kind: StaffKind) -> Vec<Rank> {
        match kind {
            StaffKind::Pns => PANGKAT
                .iter()
                .zip(1u8..)
                .flat_map(|(names, golongan)| {
                    ('a'..)
                        .take(names.len())
                        .map(move |ruang| Rank::Pns { golongan, ruang })
                })
                .collect(),
            StaffKind::Pppk => (1..=PPPK_MAX).map(Rank::Pppk).collect(),
        }
    }

    /// Code and pangkat: "III/b Penata Muda Tingkat I"; PPPK: "IX".
    pub fn label(&self) -> String {
        match self.pangkat() {
            Some(p) => format!("{} {}", self.code(), p),
            None => self.code(),
        }
    }

    /// The next higher rank of the same kind; None at the top.
    pub fn next(&self) -> Option<Rank> {
        let all = Rank::all(self.kind());
        let i = all.iter().position(|r| r == self)?;
        all.get(i + 1).copied()
    }
}

/// Splits "III/B", "3-B", "III.B", "3B" or "IIIB" into golongan and ruang.
/// A trailing A–E cannot end a Roman numeral I–XVII, so there is no clash
/// with PPPK golongan.
fn split_ruang(s: &str) -> Option<(&str, char)> {
    let (gol, ruang) = match s.split_once(['/', '-', '.']) {
        Some((gol, ruang)) => (gol, ruang),
        None => {
            let last = s.chars().last()?;
            if !('A'..='E').contains(&last) || s.len() < 2 {
                return None;
            }
            (&s[..s.len() - 1], &s[s.len() - 1..])
        }
    };
    let mut chars = ruang.chars();
    match (chars.next(), chars.next()) {
        (Some(r), None) if !gol.is_empty() => Some((gol, r)),
        _ => None,
    }
}

impl std::fmt::Display for Rank {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.code())
    }
}

impl std::str::FromStr for Rank {
    type Err = RankError;
    fn from_str(s: &str) -> Result<Rank, RankError> {
        Rank::parse(s)
    }
}

impl RankError {
    /// A message naming the field and listing what is accepted.
    pub fn message(&self) -> String {
        match self {
            RankError::Unknown { input } if input.trim().is_empty() => t("rank.empty"),
            RankError::Unknown { input } => {
                let shown: String = input
                    .chars()
                    .take(40)
                    .map(|c| if is_unsafe_char(c) { '?' } else { c })
                    .collect();
                tf("rank.unknown", &[("input", &shown)])
            }
        }
    }
}

impl std::fmt::Display for RankError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for RankError {}

/// The serialised shape of [`Rank`] (the same as a plain derive), checked
/// on the way in so stored data cannot hold a rank that does not exist.
#[derive(Serialize, Deserialize)]
#[serde(rename = "Rank")]
enum RankRepr {
    Pns { golongan: u8, ruang: char },
    Pppk(u8),
}

impl From<Rank> for RankRepr {
    fn from(r: Rank) -> RankRepr {
        match r {
            Rank::Pns { golongan, ruang } => RankRepr::Pns { golongan, ruang },
            Rank::Pppk(g) => RankRepr::Pppk(g),
        }
    }
}

impl TryFrom<RankRepr> for Rank {
    type Error = RankError;
    fn try_from(r: RankRepr) -> Result<Rank, RankError> {
        match r {
            RankRepr::Pns { golongan, ruang } => {
                Rank::pns(golongan, ruang).ok_or_else(|| RankError::Unknown {
                    input: format!("{}/{}", roman(golongan), ruang),
                })
            }
            RankRepr::Pppk(g) => {
                Rank::pppk(g).ok_or_else(|| RankError::Unknown { input: roman(g) })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_lang};

    const PNS_TABLE: [(&str, &str); 17] = [
        ("I/a", "Juru Muda"),
        ("I/b", "Juru Muda Tingkat I"),
        ("I/c", "Juru"),
        ("I/d", "Juru Tingkat I"),
        ("II/a", "Pengatur Muda"),
        ("II/b", "Pengatur Muda Tingkat I"),
        ("II/c", "Pengatur"),
        ("II/d", "Pengatur Tingkat I"),
        ("III/a", "Penata Muda"),
        ("III/b", "Penata Muda Tingkat I"),
        ("III/c", "Penata"),
        ("III/d", "Penata Tingkat I"),
        ("IV/a", "Pembina"),
        ("IV/b", "Pembina Tingkat I"),
        ("IV/c", "Pembina Utama Muda"),
        ("IV/d", "Pembina Utama Madya"),
        ("IV/e", "Pembina Utama"),
    ];

    const PPPK_TABLE: [&str; 17] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
        "XV", "XVI", "XVII",
    ];

    fn r(s: &str) -> Rank {
        Rank::parse(s).unwrap()
    }

    #[test]
    fn all_17_pns_ranks_with_pangkat() {
        let all = Rank::all(StaffKind::Pns);
        assert_eq!(all.len(), 17);
        let got: Vec<(String, &str)> = all
            .iter()
            .map(|r| (r.code(), r.pangkat().unwrap()))
            .collect();
        let want: Vec<(String, &str)> =
            PNS_TABLE.iter().map(|(c, p)| (c.to_string(), *p)).collect();
        assert_eq!(got, want);
        for r in &all {
            assert_eq!(r.kind(), StaffKind::Pns);
        }
        assert_eq!(
            all[0],
            Rank::Pns {
                golongan: 1,
                ruang: 'a'
            }
        );
        assert_eq!(
            all[16],
            Rank::Pns {
                golongan: 4,
                ruang: 'e'
            }
        );
    }

    #[test]
    fn all_17_pppk_golongan() {
        let all = Rank::all(StaffKind::Pppk);
        let codes: Vec<String> = all.iter().map(Rank::code).collect();
        assert_eq!(codes, PPPK_TABLE);
        let numbers: Vec<u8> = all
            .iter()
            .map(|r| match r {
                Rank::Pppk(n) => *n,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(numbers, (1..=17).collect::<Vec<u8>>());
        for r in &all {
            assert_eq!(r.kind(), StaffKind::Pppk);
            assert_eq!(r.pangkat(), None);
            assert_eq!(r.label(), r.code());
        }
    }

    #[test]
    fn labels() {
        assert_eq!(r("III/b").label(), "III/b Penata Muda Tingkat I");
        assert_eq!(r("IV/e").label(), "IV/e Pembina Utama");
        assert_eq!(r("I/a").label(), "I/a Juru Muda");
        assert_eq!(r("IX").label(), "IX");
        assert_eq!(r("III/b").to_string(), "III/b");
    }

    #[test]
    fn every_code_round_trips() {
        for kind in StaffKind::ALL {
            for rank in Rank::all(kind) {
                assert_eq!(Rank::parse(&rank.code()), Ok(rank), "{}", rank.code());
                assert_eq!(
                    Rank::parse(&rank.code().to_lowercase()),
                    Ok(rank),
                    "{}",
                    rank.code()
                );
                assert_eq!(rank.code().parse::<Rank>(), Ok(rank));
            }
        }
    }

    #[test]
    fn every_pns_rank_parses_in_arabic_and_loose_forms() {
        for rank in Rank::all(StaffKind::Pns) {
            let Rank::Pns { golongan, ruang } = rank else {
                panic!("{rank:?}");
            };
            let roman = roman(golongan);
            let upper = ruang.to_ascii_uppercase();
            for s in [
                format!("{golongan}{ruang}"),
                format!("{golongan}/{ruang}"),
                format!("{golongan}{upper}"),
                format!(" {roman} / {upper} "),
                format!("{roman}{ruang}"),
                format!("{roman}-{ruang}"),
                format!("{roman}.{ruang}"),
            ] {
                assert_eq!(Rank::parse(&s), Ok(rank), "{s:?}");
            }
        }
    }

    #[test]
    fn tolerant_examples() {
        let iiib = Rank::Pns {
            golongan: 3,
            ruang: 'b',
        };
        for s in [
            "III/b",
            "iii/b",
            "III / B",
            "3b",
            "3/b",
            "3 B",
            "IIIb",
            "\tIII/b\n",
        ] {
            assert_eq!(Rank::parse(s), Ok(iiib), "{s:?}");
        }
        assert_eq!(Rank::parse("IX"), Ok(Rank::Pppk(9)));
        assert_eq!(Rank::parse("ix"), Ok(Rank::Pppk(9)));
        assert_eq!(Rank::parse(" x v i i "), Ok(Rank::Pppk(17)));
        assert_eq!(Rank::parse("IV"), Ok(Rank::Pppk(4)));
        assert_eq!(
            Rank::parse("IVe"),
            Ok(Rank::Pns {
                golongan: 4,
                ruang: 'e'
            })
        );
    }

    #[test]
    fn invalid_inputs_are_refused() {
        for s in [
            "IV/f", "I/e", "II/e", "III/e", "V/a", "5a", "0/a", "XVIII", "XX", "0", "", "   ", "9",
            "IIII", "IIX", "VV", "III/", "/b", "III/bb", "III//b", "a", "Penata", "3 b c",
        ] {
            assert_eq!(
                Rank::parse(s),
                Err(RankError::Unknown {
                    input: s.trim().to_string()
                }),
                "{s:?}"
            );
        }
    }

    #[test]
    fn constructors_check_the_table() {
        assert_eq!(
            Rank::pns(3, 'B'),
            Some(Rank::Pns {
                golongan: 3,
                ruang: 'b'
            })
        );
        assert_eq!(Rank::pns(4, 'e').map(|r| r.code()), Some("IV/e".into()));
        assert_eq!(Rank::pns(3, 'e'), None);
        assert_eq!(Rank::pns(0, 'a'), None);
        assert_eq!(Rank::pns(5, 'a'), None);
        assert_eq!(Rank::pppk(17), Some(Rank::Pppk(17)));
        assert_eq!(Rank::pppk(0), None);
        assert_eq!(Rank::pppk(18), None);
    }

    #[test]
    fn ordering_is_lowest_to_highest() {
        for kind in StaffKind::ALL {
            let all = Rank::all(kind);
            let mut sorted = all.clone();
            sorted.sort();
            assert_eq!(sorted, all);
            assert!(all.windows(2).all(|w| w[0] < w[1]));
        }
        assert!(r("II/d") < r("III/a"));
        assert!(r("II") < r("X"));
        assert!(r("IX") < r("X"));
    }

    #[test]
    fn next_climbs_within_the_kind() {
        assert_eq!(r("I/d").next(), Some(r("II/a")));
        assert_eq!(r("III/b").next(), Some(r("III/c")));
        assert_eq!(r("IV/d").next(), Some(r("IV/e")));
        assert_eq!(r("IV/e").next(), None);
        assert_eq!(r("IX").next(), Some(r("X")));
        assert_eq!(r("XVII").next(), None);
        for kind in StaffKind::ALL {
            let all = Rank::all(kind);
            let mut chain = vec![all[0]];
            while let Some(n) = chain.last().unwrap().next() {
                chain.push(n);
            }
            assert_eq!(chain, all);
        }
    }

    #[test]
    fn error_messages_name_the_field_and_what_is_accepted() {
        set_lang(Lang::Id);
        assert_eq!(
            Rank::parse("V/a").unwrap_err().message(),
            "Gol./ruang \u{201c}V/a\u{201d} tidak dikenal. Ketik golongan/ruang PNS I/a–I/d, \
             II/a–II/d, III/a–III/d atau IV/a–IV/e (misalnya III/b atau 3b), atau golongan PPPK \
             I sampai XVII (misalnya IX)."
        );
        assert_eq!(
            Rank::parse("").unwrap_err().message(),
            "Gol./ruang belum diisi. Ketik golongan/ruang PNS I/a–I/d, II/a–II/d, III/a–III/d \
             atau IV/a–IV/e (misalnya III/b atau 3b), atau golongan PPPK I sampai XVII \
             (misalnya IX)."
        );
        set_lang(Lang::En);
        assert_eq!(
            Rank::parse("XVIII").unwrap_err().to_string(),
            "Gol. (rank) \u{201c}XVIII\u{201d} is not recognised. Type a PNS golongan/ruang \
             I/a–I/d, II/a–II/d, III/a–III/d or IV/a–IV/e (for example III/b or 3b), or a PPPK \
             golongan I to XVII (for example IX)."
        );
        set_lang(Lang::Id);
        assert!(
            Rank::parse("IV/\u{1b}[2J")
                .unwrap_err()
                .message()
                .contains("\u{201c}IV/?[2J\u{201d}")
        );
    }

    #[test]
    fn serde_keeps_the_derived_shape_and_checks_it() {
        let json = serde_json::to_string(&r("III/b")).unwrap();
        assert_eq!(json, r#"{"Pns":{"golongan":3,"ruang":"b"}}"#);
        assert_eq!(serde_json::to_string(&r("IX")).unwrap(), r#"{"Pppk":9}"#);
        for kind in StaffKind::ALL {
            for rank in Rank::all(kind) {
                let json = serde_json::to_string(&rank).unwrap();
                assert_eq!(serde_json::from_str::<Rank>(&json).unwrap(), rank);
            }
        }
        assert!(serde_json::from_str::<Rank>(r#"{"Pns":{"golongan":3,"ruang":"e"}}"#).is_err());
        assert!(serde_json::from_str::<Rank>(r#"{"Pppk":18}"#).is_err());
    }
}
