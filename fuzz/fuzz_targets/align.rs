//! Fuzz target `align`: the properties of `sixfold_props::align` (documented there), which
//! `cargo test -p sixfold-props` also replays on the committed corpus `fuzz/corpus/align/`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sixfold_props::align(data));
