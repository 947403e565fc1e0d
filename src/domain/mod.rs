//! Pure domain rules: no I/O, no SQL, no terminal.
//!
//! Every regulation table lives here once.

pub mod achievement;
pub mod core_value;
pub mod distribution;
pub mod evaluation;
pub mod hierarchy;
pub mod indicator;
pub mod legacy;
pub mod nip;
pub mod number;
pub mod period;
pub mod plan;
pub mod rank;
pub mod rating;
pub mod ratio;
pub mod role;
pub mod staff;
pub mod suggestion;
pub mod target;
pub mod text;
pub mod unit;
