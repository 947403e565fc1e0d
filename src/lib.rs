//! kinerja: ASN performance management for Indonesian local governments.
//!
//! Layers, arrows pointing down only: `cli` and `tui` → `store` → `domain`.

pub mod cli;
pub mod clock;
pub mod config;
pub mod demo;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod store;
pub mod tui;
