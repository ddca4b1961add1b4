//! Fuzz target `symbol`: the properties of `sixfold_props::symbol` (documented there), which
//! `cargo test -p sixfold-props` also replays on the committed corpus `fuzz/corpus/symbol/`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sixfold_props::symbol(data));
