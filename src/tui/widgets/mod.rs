//! Reusable widgets: text input, forms, pickers, help and confirmations.

pub mod form;
pub mod input;
pub mod list;
pub mod overlay;
pub mod picker;
