//! Fuzz target `export`: the properties of `sixfold_props::export` (documented there), which
//! `cargo test -p sixfold-props` also replays on the committed corpus `fuzz/corpus/export/`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sixfold_props::export(data));
