//! The review-file property (`review.toml`): a hand-edited file is read without panicking,
//! an error points at a line of the file, what the commands write back reads back the
//! same, and pins resolve to segment ranges that exist.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use sixfold_core::Lang;
use sixfold_review::edit::{add_accept, add_pin};
use sixfold_review::{NewAccept, NewPin, Note, ReviewError, ReviewFile, SegRange, resolve_pins};
use sixfold_translations::{Document, read_str};

/// Renderings the pins are resolved against when the input brings none: labelled
/// paragraphs, so label references can resolve.
const DEFAULT_RENDERING: &str = "The General Assembly,\n\nRecalling its resolution 1,\n\n1. Decides to act;\n\n2. Requests a report;\n\n3. Decides to remain seized of the matter.\n";

/// [`DEFAULT_RENDERING`] read in each language, once per process: reading six
/// renderings cost most of an execution when the input brings none (about 0.2 ms of
/// 0.25 ms), and the fuzzer runs this millions of times.
fn default_documents() -> &'static BTreeMap<Lang, Document> {
    static DOCS: OnceLock<BTreeMap<Lang, Document>> = OnceLock::new();
    DOCS.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&lang| (lang, read_str(lang, "fuzz", DEFAULT_RENDERING)))
            .collect()
    })
}

/// The bytes up to the first NUL are a `review.toml`; the parts after it (NUL-separated)
/// are renderings in UN order (ar, zh, en, …), the bundled-like paragraphs above for the
/// languages the input leaves out. Properties:
///
/// - reading never panics; an error names a line inside the file;
/// - a file that reads, edited by `sixfold accept`/`sixfold pin`'s edits (one acceptance,
///   one pin added) and written back, reads back with the same decisions plus the new ones;
/// - every pin that resolves names a non-empty, in-bounds range in each of its languages.
pub fn review(data: &[u8]) {
    let mut parts = data.split(|&b| b == 0);
    let text = String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
    let renderings: Vec<String> = parts
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect();
    let file = match ReviewFile::parse(&text, "fuzz/review.toml") {
        Ok(file) => file,
        Err(ReviewError::Invalid { line, .. }) => {
            let lines = text.split('\n').count();
            assert!((1..=lines).contains(&line), "line {line} of {lines}");
            return;
        }
        Err(e) => panic!("reading can only fail as invalid, not {e}"),
    };
    round_trip(&text, &file);
    let mut docs = default_documents().clone();
    for (&lang, body) in Lang::ALL.iter().zip(&renderings) {
        docs.insert(lang, read_str(lang, "fuzz", body));
    }
    if let Ok(pins) = resolve_pins(&docs, &file) {
        for pin in &pins.active {
            for (lang, range) in &pin.ranges {
                let len = docs[lang].segments.len();
                assert!(
                    range.start < range.end && range.end <= len,
                    "{lang}: pin at line {} resolved to {range:?} of {len} segments",
                    pin.line
                );
            }
        }
    }
}

/// Edits the file as the commands do and reads it back.
fn round_trip(text: &str, file: &ReviewFile) {
    let Ok(mut doc) = text.parse::<toml_edit::DocumentMut>() else {
        panic!("`ReviewFile::parse` accepted text that `toml_edit` does not");
    };
    let note = Note {
        reason: Some("fuzz \"quoted\" \\ reason\n".to_owned()),
        author: None,
        date: Some("2026-11-29".to_owned()),
    };
    let accept = NewAccept {
        id: "numbers-differ:fr:op.3".to_owned(),
        digest: "0123abcd".to_owned(),
        note: note.clone(),
    };
    let range = SegRange::parse("op.1..op.2").expect("a range");
    let pin = NewPin {
        sides: vec![
            (Lang::En, range.clone(), "89abcdef".to_owned()),
            (Lang::Fr, range, "01234567".to_owned()),
        ],
        note,
    };
    add_accept(&mut doc, &accept);
    add_pin(&mut doc, &pin);
    let written = doc.to_string();
    let again = ReviewFile::parse(&written, "fuzz/review.toml")
        .unwrap_or_else(|e| panic!("written back, the file fails: {e}\n{written}"));
    let pins = |f: &ReviewFile| {
        f.pins
            .iter()
            .map(|p| (p.sides.clone(), p.note.clone()))
            .collect::<Vec<_>>()
    };
    let before = pins(file);
    let after = pins(&again);
    assert_eq!(after.len(), before.len() + 1, "{written}");
    assert_eq!(after[..before.len()], before[..], "{written}");
    // An acceptance of the same id is updated in place; the others keep their values.
    for old in &file.accepts {
        let new = again.accept(&old.id).expect("acceptance kept");
        if old.id != accept.id {
            assert_eq!((&new.digest, &new.note), (&old.digest, &old.note));
        }
    }
    let added = again.accept(&accept.id).expect("acceptance added");
    assert_eq!(added.digest.as_deref(), Some(accept.digest.as_str()));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seeds that should read do read, so the replay exercises the round trip and the
    /// pin resolution, not only the error path.
    #[test]
    fn the_valid_seeds_read() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/review");
        for name in ["seed-both", "seed-pins", "seed-accepts", "seed-renderings"] {
            let data = std::fs::read(dir.join(name)).expect("seed");
            let text = data.split(|&b| b == 0).next().unwrap_or_default();
            let text = String::from_utf8_lossy(text);
            let file = ReviewFile::parse(&text, name).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(!file.pins.is_empty() || !file.accepts.is_empty(), "{name}");
        }
    }
}
