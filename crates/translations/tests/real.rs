//! Real documents nobody on the project wrote: 33 resolutions of the eightieth session as
//! a PDF library extracts them (see the provenance line at the top of each file). The
//! expected values in `expected.json` were taken from the texts independently of the
//! reader (file name, the "Resolution adopted … on" line, the agenda line, the `[^n]:`
//! definitions, the numbered paragraphs before the plenary line). Two of the 35 in the
//! shared set are left out because the extraction itself lost their structure:
//! A/RES/80/9 (paragraph numbers gone) and A/RES/80/5 (a page's lines out of order).

use std::path::PathBuf;

use serde_json::Value;
use sixfold_core::Lang;
use sixfold_translations::SegmentKind;
use sixfold_translations::masthead::read_masthead;
use sixfold_translations::read::read_str;

fn folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/real/ga-res-80-en")
}

fn expected() -> Vec<Value> {
    let text = std::fs::read_to_string(folder().join("expected.json")).unwrap();
    serde_json::from_str::<Value>(&text)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// Page furniture by shape: job numbers, barcodes, page numbers.
fn looks_like_furniture(text: &str) -> bool {
    let t = text.trim();
    let page = t.split_once('/').is_some_and(|(a, b)| {
        a.len() <= 3
            && b.len() <= 3
            && !a.is_empty()
            && !b.is_empty()
            && a.chars().chain(b.chars()).all(|c| c.is_ascii_digit())
    });
    let job = t.len() >= 8
        && t.as_bytes()[2] == b'-'
        && t[..2].chars().all(|c| c.is_ascii_digit())
        && t[3..8].chars().all(|c| c.is_ascii_digit());
    page || job || (t.starts_with('*') && t.ends_with('*')) || t.starts_with("Page ")
}

#[test]
fn real_resolutions_are_read_right() {
    let cases = expected();
    assert!(cases.len() >= 20);
    let mut failures = Vec::new();
    for case in &cases {
        let file = case["file"].as_str().unwrap();
        let text = std::fs::read_to_string(folder().join(file)).unwrap();
        assert!(text.starts_with("<!-- Provenance: "), "{file}");
        let mut problems = Vec::new();
        let meta = read_masthead(Lang::En, &text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let json = serde_json::to_value(&meta).unwrap();
        for key in ["symbol", "session", "resolution", "adopted", "agenda_items"] {
            if json[key] != case[key] {
                problems.push(format!("{key}: {} != {}", json[key], case[key]));
            }
        }
        let doc = read_str(Lang::En, file, &text);
        let title = meta.title.clone().unwrap_or_default().to_lowercase();
        for s in &doc.segments {
            let lower = s.text.to_lowercase();
            let repeats_title = s.kind != SegmentKind::Title
                && !title.is_empty()
                && (lower == title
                    || (lower.split_whitespace().count() >= 4 && title.starts_with(&lower)))
                && !s
                    .label
                    .as_ref()
                    .map(ToString::to_string)
                    .as_deref()
                    .is_some_and(|l| l.starts_with("annex"));
            if repeats_title || looks_like_furniture(&s.text) {
                problems.push(format!("furniture at line {}: {}", s.line, s.text));
            }
            if matches!(s.kind, SegmentKind::Paragraph | SegmentKind::Item)
                && s.text.chars().next().is_some_and(char::is_lowercase)
            {
                problems.push(format!("lower-case start at line {}", s.line));
            }
        }
        let notes = doc.of_kind(SegmentKind::Footnote).count();
        if Some(notes as u64) != case["footnotes"].as_u64() {
            problems.push(format!("footnotes {notes} != {}", case["footnotes"]));
        }
        let operative = doc
            .segments
            .iter()
            .filter(|s| {
                s.label
                    .as_ref()
                    .map(ToString::to_string)
                    .as_deref()
                    .is_some_and(|l| l.starts_with("op."))
                    && s.kind == SegmentKind::Paragraph
            })
            .count();
        if Some(operative as u64) != case["operative"].as_u64() {
            problems.push(format!("operative {operative} != {}", case["operative"]));
        }
        let last_body = doc.segments.iter().rfind(|s| {
            s.kind != SegmentKind::Footnote
                && !s
                    .label
                    .as_ref()
                    .map(ToString::to_string)
                    .as_deref()
                    .is_some_and(|l| l.starts_with("annex"))
        });
        let plenary = case["plenary"].as_str().unwrap();
        if !last_body.is_some_and(|s| s.kind == SegmentKind::Closing && s.text.starts_with(plenary))
        {
            problems.push(format!("plenary line not the closing line: {last_body:?}"));
        }
        if !problems.is_empty() {
            failures.push(format!("{file}: {}", problems.join("; ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every real fixture read into segments, as a digest per file: `tests/real/segments.sha256`
/// holds the digests of the segments (serialised as `sixfold read` prints them) that the
/// reader made of each file when the list was written, so a change meant only to make the
/// reader faster (or any change) that alters a single segment of real text fails here,
/// naming the file. A change meant to alter segments rewrites the list with
/// `SIXFOLD_UPDATE_DIGESTS=1 cargo test -p sixfold-translations --test real` and shows the
/// difference in review.
#[test]
fn segments_of_real_documents_are_unchanged() {
    use sha2::{Digest as _, Sha256};
    use std::fmt::Write as _;

    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/real");
    let mut files: Vec<(String, Lang)> = Vec::new();
    let mut ga: Vec<String> = std::fs::read_dir(root.join("ga-res-80-en"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| {
            std::path::Path::new(n)
                .extension()
                .is_some_and(|e| e == "md")
        })
        .map(|n| format!("ga-res-80-en/{n}"))
        .collect();
    ga.sort();
    files.extend(ga.into_iter().map(|f| (f, Lang::En)));
    let mut docs: Vec<String> = std::fs::read_dir(root.join("unpc"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    docs.sort();
    for doc in docs {
        for lang in Lang::ALL {
            files.push((format!("unpc/{doc}/{}.md", lang.code()), lang));
        }
    }
    assert!(files.len() >= 50, "{} fixture files", files.len());

    let mut list = String::new();
    for (file, lang) in &files {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        let doc = read_str(*lang, file, &text);
        let json = serde_json::to_string(&doc.segments).unwrap();
        let digest = Sha256::digest(json.as_bytes());
        for b in digest {
            write!(list, "{b:02x}").unwrap();
        }
        writeln!(list, "  {file}").unwrap();
    }
    let path = root.join("segments.sha256");
    if std::env::var_os("SIXFOLD_UPDATE_DIGESTS").is_some() {
        std::fs::write(&path, &list).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap();
    let changed: Vec<&str> = list
        .lines()
        .zip(expected.lines())
        .filter(|(a, b)| a != b)
        .map(|(a, _)| a.split_once("  ").map_or(a, |(_, f)| f))
        .collect();
    assert!(
        changed.is_empty() && list.lines().count() == expected.lines().count(),
        "the reader now reads these real files into other segments: {changed:?} \
         ({} files listed, {} read)",
        expected.lines().count(),
        list.lines().count()
    );
}
