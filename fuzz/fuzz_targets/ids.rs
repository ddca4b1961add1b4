//! Fuzz target `ids`: the properties of `sixfold_props::ids` (documented there), which
//! `cargo test -p sixfold-props` also replays on the committed corpus `fuzz/corpus/ids/`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sixfold_props::ids(data));
