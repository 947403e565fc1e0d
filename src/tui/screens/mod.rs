//! One module per screen, plus the forms they open.

pub mod results;
pub mod staff;
pub mod staff_form;
pub mod unit_form;
pub mod units;
