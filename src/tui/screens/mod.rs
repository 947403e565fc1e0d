//! One module per screen, plus the forms they open.

pub mod assess;
pub mod assess_form;
mod assess_view;
pub mod export_form;
pub mod monitor;
pub mod plan_forms;
pub mod results;
mod results_view;
pub mod staff;
pub mod staff_form;
pub mod summary;
mod summary_view;
pub mod targets;
pub mod unit_form;
pub mod units;
