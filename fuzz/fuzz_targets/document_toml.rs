//! Fuzz target `document_toml`: the properties of `sixfold_props::document_toml` (documented there), which
//! `cargo test -p sixfold-props` also replays on the committed corpus `fuzz/corpus/document_toml/`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sixfold_props::document_toml(data));
