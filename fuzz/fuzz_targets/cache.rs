//! Fuzz target `cache`: the properties of `sixfold_props::cache` (documented there), which
//! `cargo test -p sixfold-props` also replays on the committed corpus `fuzz/corpus/cache/`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sixfold_props::cache(data));
