//! Fuzz target `reader`: the properties of `sixfold_props::reader` (documented there), which
//! `cargo test -p sixfold-props` also replays on the committed corpus `fuzz/corpus/reader/`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sixfold_props::reader(data));
