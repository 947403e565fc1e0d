//! Years, months and quarters (triwulan).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// A calendar month, as in the TMT CPNS part of a NIP.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct YearMonth {
    pub year: i32,
    pub month: u32,
}

impl YearMonth {
    pub fn new(year: i32, month: u32) -> Option<YearMonth> {
        (1..=12)
            .contains(&month)
            .then_some(YearMonth { year, month })
    }
    /// The first day of the month.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("month is 1..=12")
    }
}

impl std::fmt::Display for YearMonth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}/{}", self.month, self.year)
    }
}

/// A quarter (triwulan) of a year, 1 to 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Quarter(u8);

impl Quarter {
    /// Triwulan I to IV.
    pub const ALL: [Quarter; 4] = [Quarter(1), Quarter(2), Quarter(3), Quarter(4)];

    pub fn new(q: u8) -> Option<Quarter> {
        (1..=4).contains(&q).then_some(Quarter(q))
    }
    pub fn of_date(d: NaiveDate) -> Quarter {
        Quarter(((d.month() - 1) / 3 + 1) as u8)
    }
    pub fn number(self) -> u8 {
        self.0
    }
    /// 0 for triwulan I: the position in a year's `[_; 4]` arrays.
    pub fn index(self) -> usize {
        (self.0 - 1) as usize
    }
    /// Roman numeral, as written in Indonesian documents ("Triwulan III").
    pub fn roman(self) -> &'static str {
        ["I", "II", "III", "IV"][(self.0 - 1) as usize]
    }
}

/// A reporting period: a year and a quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Period {
    pub year: i32,
    pub quarter: Quarter,
}

impl Period {
    pub fn of_date(d: NaiveDate) -> Period {
        Period {
            year: d.year(),
            quarter: Quarter::of_date(d),
        }
    }
}

/// Whole years from `birth` to `on` (age as people count it).
pub fn full_years(from: NaiveDate, on: NaiveDate) -> i32 {
    let mut years = on.year() - from.year();
    if (on.month(), on.day()) < (from.month(), from.day()) {
        years -= 1;
    }
    years
}

/// Years and months of service from the first day of `start` to `on`
/// (masa kerja). Negative spans give zero.
pub fn years_months(start: YearMonth, on: NaiveDate) -> (u32, u32) {
    let months = (on.year() - start.year) * 12 + on.month() as i32 - start.month as i32;
    let months = months.max(0) as u32;
    (months / 12, months % 12)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn quarters_of_the_year() {
        let q: Vec<u8> = (1..=12)
            .map(|m| Quarter::of_date(d(2026, m, 15)).number())
            .collect();
        assert_eq!(q, [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
        assert_eq!(Quarter::new(4).unwrap().roman(), "IV");
        assert!(Quarter::new(0).is_none());
        assert!(Quarter::new(5).is_none());
    }

    #[test]
    fn age_counts_birthdays() {
        assert_eq!(full_years(d(1966, 8, 1), d(2026, 7, 31)), 59);
        assert_eq!(full_years(d(1966, 8, 1), d(2026, 8, 1)), 60);
        assert_eq!(full_years(d(2000, 2, 29), d(2026, 2, 28)), 25);
    }

    #[test]
    fn service_length_in_years_and_months() {
        let tmt = YearMonth::new(1988, 3).unwrap();
        assert_eq!(years_months(tmt, d(2026, 11, 22)), (38, 8));
        assert_eq!(years_months(tmt, d(1988, 3, 1)), (0, 0));
        assert_eq!(years_months(tmt, d(1987, 1, 1)), (0, 0));
        assert!(YearMonth::new(2020, 13).is_none());
    }
}
