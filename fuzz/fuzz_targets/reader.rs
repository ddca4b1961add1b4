//! Fuzz target: the reader must accept any text in any of the six languages without
//! panicking, and keep its structural invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sixfold_core::Lang;
use sixfold_translations::read_str;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the language so that language-specific joining (Chinese) and
    // scripts are all exercised; the rest is the text, as the loader would see it.
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let lang = Lang::ALL[usize::from(first) % Lang::ALL.len()];
    let text = String::from_utf8_lossy(rest);
    let doc = read_str(lang, "fuzz", &text);
    let lines = text.split('\n').count();
    for (i, segment) in doc.segments.iter().enumerate() {
        assert_eq!(segment.index, i);
        assert!(!segment.text.is_empty());
        assert!((1..=lines).contains(&segment.line));
    }
});
