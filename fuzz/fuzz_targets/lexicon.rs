//! Fuzz target `lexicon`: the properties of `sixfold_props::lexicon` (documented there), which
//! `cargo test -p sixfold-props` also replays on the committed corpus `fuzz/corpus/lexicon/`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sixfold_props::lexicon(data));
