//! The aligner's structural properties on short texts, without the writers: the part of
//! the `export` target that needs reading and aligning, at a fraction of its cost.

use std::collections::BTreeMap;

use sixfold_core::Lang;
use sixfold_export::report;
use sixfold_translations::{Alignment, Document, DocumentSet, Finding, check};

/// Two to six renderings separated by NUL bytes (the first byte picks the first
/// language, the others follow in UN order), read, aligned and checked: every segment of
/// every language is in exactly one unit, units and rows follow document order, a row
/// repeats a merged segment only inside its unit; every finding names a row, segment
/// and line that exist; the `align` and `read` JSON lines parse.
pub fn align(data: &[u8]) {
    let Some(set) = renderings(data) else {
        return;
    };
    // A set read from texts has no review file, so aligning it cannot fail.
    let decided =
        sixfold_review::align_set(&set, &sixfold_translations::align::AlignOptions::default())
            .unwrap_or_else(|e| panic!("{e}"));
    let alignment = &decided.alignment;
    alignment_invariants(&set.docs, alignment);
    let findings = check::check_set(&set, alignment);
    finding_invariants(&set, alignment, &findings);
    let mut json = Vec::new();
    report::write_align_json(&mut json, &set, "fuzz", alignment)
        .unwrap_or_else(|e| panic!("align JSON: {e}"));
    report::write_read_json(&mut json, &set).unwrap_or_else(|e| panic!("read JSON: {e}"));
    json_lines_parse(&json);
}

/// The document set of the `export` and `align` targets' input: two to six renderings
/// separated by NUL bytes, the first byte picking the first language; `None` when the
/// input has fewer than two.
pub(crate) fn renderings(data: &[u8]) -> Option<DocumentSet> {
    let (&first, rest) = data.split_first()?;
    let start = usize::from(first) % Lang::ALL.len();
    let texts: Vec<(Lang, String, String)> = rest
        .split(|&b| b == 0)
        .take(Lang::ALL.len())
        .enumerate()
        .map(|(i, bytes)| {
            let lang = Lang::ALL[(start + i) % Lang::ALL.len()];
            let text = String::from_utf8_lossy(bytes).into_owned();
            (lang, format!("fuzz/{}.md", lang.code()), text)
        })
        .collect();
    if texts.len() < 2 {
        return None;
    }
    DocumentSet::from_texts("fuzz", texts, None).ok()
}

/// Rows and units of an alignment: units hold every segment exactly once, in order;
/// the finest rows list a segment that its language merges from several pivot
/// paragraphs (a 3-1 bead) in each of their rows, all inside one unit, so there every
/// segment appears at least once, in one unit, and units never go back.
pub(crate) fn alignment_invariants(docs: &BTreeMap<Lang, Document>, alignment: &Alignment) {
    let units = alignment.units();
    for (lang, document) in docs {
        let all: Vec<usize> = (0..document.segments.len()).collect();
        let mut seen = Vec::new();
        for row in &units.rows {
            seen.extend_from_slice(row.cell(*lang));
        }
        assert_eq!(
            seen, all,
            "{lang}: segments not in exactly one unit, in order"
        );
        let mut unit_of: Vec<Option<usize>> = vec![None; all.len()];
        for row in &alignment.rows {
            for &s in row.cell(*lang) {
                let slot = unit_of
                    .get_mut(s)
                    .unwrap_or_else(|| panic!("{lang}: no segment {s}"));
                assert!(
                    slot.is_none_or(|u| u == row.unit),
                    "{lang}: segment {s} in rows of two units"
                );
                *slot = Some(row.unit);
            }
        }
        assert!(
            unit_of.iter().all(Option::is_some),
            "{lang}: a segment in no row"
        );
    }
    for pair in alignment.rows.windows(2) {
        assert!(
            pair[0].unit <= pair[1].unit,
            "units out of order: {} then {}",
            pair[0].unit,
            pair[1].unit
        );
    }
    for row in &alignment.rows {
        assert!(
            (0.0..=1.0).contains(&row.confidence),
            "confidence {}",
            row.confidence
        );
    }
}

/// Every finding points at what exists: a row of the alignment, a segment of its
/// language, a line of that rendering.
fn finding_invariants(set: &DocumentSet, alignment: &Alignment, findings: &[Finding]) {
    for f in findings {
        if let Some(row) = f.row {
            assert!(row < alignment.rows.len(), "{}: no row {row}", f.id());
        }
        let doc = set.docs.get(&f.lang);
        if let Some(segment) = f.segment {
            let count = doc.map_or(0, |d| d.segments.len());
            assert!(segment < count, "{}: no segment {segment}", f.id());
        }
        if let (Some(line), Some(text)) = (f.line, set.texts.get(&f.lang)) {
            let lines = text.split('\n').count();
            assert!((1..=lines).contains(&line), "{}: no line {line}", f.id());
        }
    }
}

/// Each non-empty line of a JSON report parses.
pub(crate) fn json_lines_parse(json: &[u8]) {
    for line in json.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        if let Err(e) = crate::json::parses(line) {
            panic!("a JSON report line does not parse: {e}");
        }
    }
}
