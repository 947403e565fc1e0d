//! NIP (Nomor Induk Pegawai, PNS) and NI PPPK: both 18 digits.
//!
//! Layout (domain reference §3):
//! - PNS: `yyyymmdd` birth date, `yyyymm` TMT CPNS, gender digit, 3-digit
//!   serial (Perka BKN 22/2007).
//! - PPPK: `yyyymmdd` birth date, `yyyy` year of first appointment, 2-digit
//!   code ("2" followed by the number of contracts, usually "21"), gender
//!   digit, 3-digit serial.
//!
//! There is no checksum. Only the shape (18 ASCII digits) is an error; every
//! semantic problem is a [`NipWarning`], because real registers hold legacy
//! NIPs that break the rules.

use chrono::NaiveDate;

use super::period::{YearMonth, full_years};
use super::staff::{Gender, StaffKind};
use super::text::is_unsafe_char;
use crate::i18n::{t, tf};

/// Number of digits in a NIP or NI PPPK.
pub const NIP_DIGITS: usize = 18;

/// Age at TMT CPNS below which the TMT is implausible.
const MIN_AGE_AT_TMT: i32 = 17;
/// Age at TMT CPNS above which the TMT is implausible.
const MAX_AGE_AT_TMT: i32 = 46;

/// A NIP or NI PPPK: exactly 18 ASCII digits, stored without separators.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String")]
pub struct Nip(String);

/// Why typed text is not a NIP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NipError {
    /// Nothing but spaces, dots or tabs.
    Empty,
    /// A character other than a digit, space, dot or tab.
    InvalidCharacter { ch: char },
    /// Digits only, but not 18 of them.
    WrongLength { digits: usize },
}

impl Nip {
    /// Parses typed text. Spaces, dots and tabs anywhere are ignored, so
    /// "19660801 198803 1 001" and "19660801.198803.1.001" are accepted.
    pub fn parse(input: &str) -> Result<Nip, NipError> {
        let mut digits = String::with_capacity(NIP_DIGITS);
        for ch in input.chars() {
            match ch {
                ' ' | '.' | '\t' => {}
                '0'..='9' => digits.push(ch),
                other => return Err(NipError::InvalidCharacter { ch: other }),
            }
        }
        match digits.len() {
            0 => Err(NipError::Empty),
            NIP_DIGITS => Ok(Nip(digits)),
            n => Err(NipError::WrongLength { digits: n }),
        }
    }

    /// The 18 digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The printed form, grouped 8 6 1 3: "19660801 198803 1 001".
    pub fn grouped(&self) -> String {
        let s = &self.0;
        format!("{} {} {} {}", &s[0..8], &s[8..14], &s[14..15], &s[15..18])
    }
}

impl std::fmt::Display for Nip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for Nip {
    type Err = NipError;
    fn from_str(s: &str) -> Result<Nip, NipError> {
        Nip::parse(s)
    }
}

impl TryFrom<String> for Nip {
    type Error = NipError;
    fn try_from(s: String) -> Result<Nip, NipError> {
        Nip::parse(&s)
    }
}

/// A character as it can be shown safely in a message.
fn shown_char(ch: char) -> String {
    if is_unsafe_char(ch) {
        format!("U+{:04X}", ch as u32)
    } else {
        ch.to_string()
    }
}

impl NipError {
    /// A message naming the field and the fix, in the current language.
    pub fn message(&self) -> String {
        match self {
            NipError::Empty => t("nip.empty"),
            NipError::InvalidCharacter { ch } => {
                tf("nip.invalid_character", &[("ch", &shown_char(*ch))])
            }
            NipError::WrongLength { digits } => tf("nip.wrong_length", &[("digits", digits)]),
        }
    }
}

impl std::fmt::Display for NipError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for NipError {}

/// Something implausible in a well-formed NIP. Shown, never refused.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NipWarning {
    /// Digits 1–8 are not a real calendar date.
    InvalidBirthDate { digits: String },
    /// PNS: digits 13–14 are not a month 01–12.
    InvalidTmtMonth { digits: String },
    /// PNS: the TMT CPNS month starts before the 17th birthday.
    TmtBeforeSeventeen {
        tmt: YearMonth,
        seventeenth_birthday: NaiveDate,
    },
    /// PNS: age at TMT CPNS above 46.
    AgeAtTmtAbove46 { tmt: YearMonth, age: i32 },
    /// Digit 15 is neither 1 (male) nor 2 (female).
    InvalidGender { digit: char },
    /// Digits 16–18 are 000.
    ZeroSerial,
    /// PPPK: digits 13–14 do not start with 2.
    UnusualPppkCode { code: String },
}

impl NipWarning {
    /// A message saying what looks wrong and what to check.
    pub fn message(&self) -> String {
        match self {
            NipWarning::InvalidBirthDate { digits } => {
                tf("nip.warn_birth_date", &[("digits", digits)])
            }
            NipWarning::InvalidTmtMonth { digits } => {
                tf("nip.warn_tmt_month", &[("digits", digits)])
            }
            NipWarning::TmtBeforeSeventeen {
                tmt,
                seventeenth_birthday,
            } => tf(
                "nip.warn_tmt_before_17",
                &[
                    ("tmt", tmt),
                    ("date", &seventeenth_birthday.format("%d-%m-%Y")),
                ],
            ),
            NipWarning::AgeAtTmtAbove46 { tmt, age } => tf(
                "nip.warn_age_above_46",
                &[("tmt", tmt), ("age", age), ("max", &MAX_AGE_AT_TMT)],
            ),
            NipWarning::InvalidGender { digit } => {
                tf("nip.warn_gender", &[("digit", &shown_char(*digit))])
            }
            NipWarning::ZeroSerial => t("nip.warn_zero_serial"),
            NipWarning::UnusualPppkCode { code } => tf("nip.warn_pppk_code", &[("code", code)]),
        }
    }

    /// One distinct bit per kind of warning, for compact storage.
    pub fn bit(&self) -> u32 {
        match self {
            NipWarning::InvalidBirthDate { .. } => 1 << 0,
            NipWarning::InvalidTmtMonth { .. } => 1 << 1,
            NipWarning::TmtBeforeSeventeen { .. } => 1 << 2,
            NipWarning::AgeAtTmtAbove46 { .. } => 1 << 3,
            NipWarning::InvalidGender { .. } => 1 << 4,
            NipWarning::ZeroSerial => 1 << 5,
            NipWarning::UnusualPppkCode { .. } => 1 << 6,
        }
    }

    /// The bits of all warnings, or-ed together.
    pub fn flags(ws: &[NipWarning]) -> u32 {
        ws.iter().fold(0, |acc, w| acc | w.bit())
    }
}

/// What a NIP says about its holder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NipInfo {
    pub birth_date: Option<NaiveDate>,
    /// PNS: TMT CPNS (digits 9–14).
    pub tmt: Option<YearMonth>,
    /// PPPK: year of first appointment (digits 9–12).
    pub appointment_year: Option<i32>,
    /// PPPK: the 2-digit code (digits 13–14), usually "21".
    pub contract_code: Option<String>,
    pub gender: Option<Gender>,
    pub serial: u16,
    pub warnings: Vec<NipWarning>,
}

fn num(s: &str) -> u32 {
    // Only ever called on ASCII digits of a parsed Nip.
    s.bytes().fold(0, |acc, b| acc * 10 + u32::from(b - b'0'))
}

/// The 17th birthday; someone born on 29 February turns 17 on 1 March
/// in a common year (as [`full_years`] counts).
fn seventeenth_birthday(birth: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    let year = birth.year() + MIN_AGE_AT_TMT;
    NaiveDate::from_ymd_opt(year, birth.month(), birth.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
        .expect("1 March exists")
}

/// Reads a NIP as PNS (§3.1) or NI PPPK (§3.2) and lists what looks wrong.
pub fn analyse(nip: &Nip, kind: StaffKind) -> NipInfo {
    let s = nip.as_str();
    let mut warnings = Vec::new();

    let birth_digits = &s[0..8];
    let birth_date = NaiveDate::from_ymd_opt(num(&s[0..4]) as i32, num(&s[4..6]), num(&s[6..8]));
    if birth_date.is_none() {
        warnings.push(NipWarning::InvalidBirthDate {
            digits: birth_digits.to_string(),
        });
    }

    let year = num(&s[8..12]) as i32;
    let code = &s[12..14];
    let (mut tmt, mut appointment_year, mut contract_code) = (None, None, None);
    match kind {
        StaffKind::Pns => {
            tmt = YearMonth::new(year, num(code));
            match (tmt, birth_date) {
                (None, _) => warnings.push(NipWarning::InvalidTmtMonth {
                    digits: code.to_string(),
                }),
                (Some(tmt), Some(birth)) => {
                    let start = tmt.first_day();
                    let seventeenth = seventeenth_birthday(birth);
                    let age = full_years(birth, start);
                    if start < seventeenth {
                        warnings.push(NipWarning::TmtBeforeSeventeen {
                            tmt,
                            seventeenth_birthday: seventeenth,
                        });
                    } else if age > MAX_AGE_AT_TMT {
                        warnings.push(NipWarning::AgeAtTmtAbove46 { tmt, age });
                    }
                }
                (Some(_), None) => {}
            }
        }
        StaffKind::Pppk => {
            appointment_year = Some(year);
            contract_code = Some(code.to_string());
            if !code.starts_with('2') {
                warnings.push(NipWarning::UnusualPppkCode {
                    code: code.to_string(),
                });
            }
        }
    }

    let gender_digit = s.as_bytes()[14] as char;
    let gender = match gender_digit {
        '1' => Some(Gender::Male),
        '2' => Some(Gender::Female),
        _ => None,
    };
    if gender.is_none() {
        warnings.push(NipWarning::InvalidGender {
            digit: gender_digit,
        });
    }

    let serial = num(&s[15..18]) as u16;
    if serial == 0 {
        warnings.push(NipWarning::ZeroSerial);
    }

    NipInfo {
        birth_date,
        tmt,
        appointment_year,
        contract_code,
        gender,
        serial,
        warnings,
    }
}

#[cfg(test)]
mod tests;
