//! Fuzz target `review`: the properties of `sixfold_props::review` (documented there), which
//! `cargo test -p sixfold-props` also replays on the committed corpus `fuzz/corpus/review/`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sixfold_props::review(data));
