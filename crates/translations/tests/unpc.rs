//! Real translations nobody on the project wrote: three documents of the UN Parallel
//! Corpus development set in six languages, one UN-aligned sentence per block (see the
//! provenance line at the top of each file). Numbering kept in one language and lost in
//! another, Arabic-Indic digits, Arabic footnote markers emptied to `()`, symbols and
//! figures: each block must come out as exactly one segment with its text unchanged,
//! and a block that opens with a paragraph number (in any digit script) must carry it
//! as its label.

use std::path::PathBuf;

use sixfold_core::Lang;
use sixfold_translations::label::paragraph_number;
use sixfold_translations::read::read_str;
use unicode_normalization::UnicodeNormalization;

fn folders() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/real/unpc");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    out.sort();
    out
}

/// The blocks of a fixture below its provenance line.
fn blocks(text: &str) -> Vec<String> {
    let body = text.split_once("-->").map_or(text, |(_, rest)| rest);
    body.split("\n\n")
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .map(|b| b.nfc().collect())
        .collect()
}

#[test]
fn every_sentence_is_one_segment_in_six_languages() {
    let folders = folders();
    assert_eq!(folders.len(), 3);
    for folder in folders {
        let mut counts = Vec::new();
        for lang in Lang::ALL {
            let path = folder.join(format!("{}.md", lang.code()));
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(
                text.starts_with("<!-- Provenance: UN Parallel Corpus"),
                "{path:?}"
            );
            let expected = blocks(&text);
            let doc = read_str(lang, &path.display().to_string(), &text);
            let got: Vec<&str> = doc.segments.iter().map(|s| s.text.as_str()).collect();
            assert_eq!(got, expected, "{path:?}");
            for (segment, block) in doc.segments.iter().zip(&expected) {
                if let Some(n) = paragraph_number(block) {
                    let label = segment.label.as_ref().map(ToString::to_string);
                    assert_eq!(label, Some(format!("op.{n}")), "{path:?}: {block}");
                }
            }
            counts.push(expected.len());
        }
        // The UN aligned these sentences one to one.
        assert!(
            counts.windows(2).all(|w| w[0] == w[1]),
            "{folder:?}: {counts:?}"
        );
    }
}
