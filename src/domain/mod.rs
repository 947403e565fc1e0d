//! Pure domain rules: no I/O, no SQL, no terminal.
//!
//! Every regulation table lives here once.

pub mod hierarchy;
pub mod nip;
pub mod period;
pub mod rank;
pub mod role;
pub mod staff;
pub mod text;
pub mod unit;
