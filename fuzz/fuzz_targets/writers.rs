//! Fuzz target `writers`: the properties of `sixfold_props::writers` (documented there), which
//! `cargo test -p sixfold-props` also replays on the committed corpus `fuzz/corpus/writers/`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sixfold_props::writers(data));
