//! The clock, injected so that tests never depend on the real time.

use chrono::{DateTime, Local, NaiveDate, Utc};

pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
    /// Today's date where the user is.
    fn today(&self) -> NaiveDate;
}

/// The real clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
    fn today(&self) -> NaiveDate {
        Local::now().date_naive()
    }
}

/// A clock that always says the same time (tests, reproducible demos).
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub DateTime<Utc>);

impl FixedClock {
    /// Noon UTC on the given day.
    pub fn on(date: NaiveDate) -> FixedClock {
        FixedClock(date.and_hms_opt(12, 0, 0).expect("valid time").and_utc())
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }
    fn today(&self) -> NaiveDate {
        self.0.date_naive()
    }
}
