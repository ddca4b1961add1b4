//! What a United Nations document *is*: its symbol, its language, its versions and the
//! metadata its header carries.
//!
//! This crate has no I/O beyond parsing strings; every other sixfold crate builds on it.

pub mod lang;

pub use lang::{Direction, Lang, UnknownLang};
pub mod meta;

pub use meta::{Date, Distribution, DocumentToml, Session};
