//! The JSON objects `sixfold align --format json` and `sixfold check --format json` print,
//! one per document and line.
//!
//! They live here, not in the command line, so that every way of running sixfold (the CLI
//! over folders, the Python package over texts in memory) builds the same bytes with the
//! same code: a corpus aligned on a cluster and one aligned on a laptop compare equal.

use std::collections::BTreeMap;

use serde::Serialize;
use sixfold_core::Lang;
use sixfold_translations::{Alignment, Document, DocumentSet, Finding, Findings, Row};

#[derive(Serialize)]
struct AlignDocument<'a> {
    document: Option<&'a str>,
    /// Where the document came from, as `check`'s lines say it: in a run over thousands
    /// of folders, the line of each one.
    path: &'a str,
    languages: &'a [Lang],
    segments: BTreeMap<Lang, Vec<JsonSegment<'a>>>,
    rows: &'a [Row],
}

#[derive(Serialize)]
struct JsonSegment<'a> {
    index: usize,
    kind: &'a str,
    label: Option<&'a sixfold_translations::Label>,
    text: &'a str,
}

#[derive(Serialize)]
struct CheckReport<'a> {
    document: Option<&'a str>,
    path: &'a str,
    pivot: Lang,
    findings: Listed<'a>,
    /// Findings `review.toml` accepts: not counted, listed so a reviewer can see them.
    accepted: Vec<AcceptedFinding<'a>>,
}

/// The findings still counted, written one at a time as they are read: a compact
/// `missing-paragraph` becomes a [`Finding`] only for as long as it is written.
enum Listed<'a> {
    Made(&'a [Finding]),
    Kept(&'a Findings, &'a BTreeMap<Lang, Document>),
}

impl Serialize for Listed<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Listed::Made(findings) => serializer.collect_seq(findings.iter()),
            Listed::Kept(findings, docs) => serializer.collect_seq(findings.iter(docs)),
        }
    }
}

#[derive(Serialize)]
struct AcceptedFinding<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    reason: Option<&'a str>,
    author: Option<&'a str>,
    date: Option<&'a str>,
    /// Line of the acceptance in `review.toml`.
    review_line: usize,
}

/// Appends the alignment of one document as one JSON object and a newline (the line
/// `sixfold align --format json` prints): symbol, the `path` it came from (the folder as
/// the user named it, as in [`write_check_json`]), languages, every segment read per
/// language, and the rows.
pub fn write_align_json<W: std::io::Write + ?Sized>(
    out: &mut W,
    set: &DocumentSet,
    path: &str,
    alignment: &Alignment,
) -> Result<(), serde_json::Error> {
    let doc = AlignDocument {
        document: set.symbol(),
        path,
        languages: &alignment.languages,
        segments: segments(set),
        rows: &alignment.rows,
    };
    serde_json::to_writer(&mut *out, &doc)?;
    out.write_all(b"\n").map_err(serde_json::Error::io)?;
    Ok(())
}

/// Appends what the reader made of each rendering as one JSON object and a newline: the
/// `document` and `segments` members of [`write_align_json`]'s object, without alignment.
pub fn write_read_json<W: std::io::Write + ?Sized>(
    out: &mut W,
    set: &DocumentSet,
) -> Result<(), serde_json::Error> {
    #[derive(Serialize)]
    struct Read<'a> {
        document: Option<&'a str>,
        segments: BTreeMap<Lang, Vec<JsonSegment<'a>>>,
    }
    serde_json::to_writer(
        &mut *out,
        &Read {
            document: set.symbol(),
            segments: segments(set),
        },
    )?;
    out.write_all(b"\n").map_err(serde_json::Error::io)?;
    Ok(())
}

/// Appends the findings of one document as one JSON object and a newline (the line
/// `sixfold check --format json` prints); `path` says where the document came from. Each
/// finding carries its stable `id`; accepted findings are listed apart under `accepted`.
pub fn write_check_json<W: std::io::Write + ?Sized>(
    out: &mut W,
    set: &DocumentSet,
    path: &str,
    pivot: Lang,
    reviewed: &sixfold_review::Reviewed,
) -> Result<(), serde_json::Error> {
    let findings = Listed::Made(&reviewed.findings);
    report(out, set, path, pivot, findings, &reviewed.accepted)
}

/// [`write_check_json`] of the findings still counted (`open`, found in `set`) and those
/// `review.toml` accepts.
pub fn write_check_json_of<W: std::io::Write + ?Sized>(
    out: &mut W,
    set: &DocumentSet,
    path: &str,
    pivot: Lang,
    open: &Findings,
    accepted: &[(Finding, sixfold_review::Accept)],
) -> Result<(), serde_json::Error> {
    report(
        out,
        set,
        path,
        pivot,
        Listed::Kept(open, &set.docs),
        accepted,
    )
}

fn report<W: std::io::Write + ?Sized>(
    out: &mut W,
    set: &DocumentSet,
    path: &str,
    pivot: Lang,
    findings: Listed<'_>,
    accepted: &[(Finding, sixfold_review::Accept)],
) -> Result<(), serde_json::Error> {
    let report = CheckReport {
        document: set.symbol(),
        path,
        pivot,
        findings,
        accepted: accepted
            .iter()
            .map(|(finding, a)| AcceptedFinding {
                finding,
                reason: a.note.reason.as_deref(),
                author: a.note.author.as_deref(),
                date: a.note.date.as_deref(),
                review_line: a.line,
            })
            .collect(),
    };
    serde_json::to_writer(&mut *out, &report)?;
    out.write_all(b"\n").map_err(serde_json::Error::io)?;
    Ok(())
}

fn segments(set: &DocumentSet) -> BTreeMap<Lang, Vec<JsonSegment<'_>>> {
    set.docs
        .iter()
        .map(|(&lang, d)| {
            let segs = d
                .segments
                .iter()
                .map(|s| JsonSegment {
                    index: s.index,
                    kind: s.kind.as_str(),
                    label: s.label.as_ref(),
                    text: &s.text,
                })
                .collect();
            (lang, segs)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use sixfold_translations::align::{AlignOptions, align};

    fn set() -> DocumentSet {
        DocumentSet::from_texts(
            "A-RES-1-1",
            vec![
                (
                    Lang::En,
                    "en.md".into(),
                    "1. Decides;\n\n2. Requests.\n".into(),
                ),
                (Lang::Fr, "fr.md".into(), "1. Décide ;\n\n2. Prie.\n".into()),
            ],
            None,
        )
        .expect("two plain renderings always load")
    }

    #[test]
    fn align_json_is_one_line_with_segments_and_rows() {
        let set = set();
        let alignment = align(&set.docs, &AlignOptions::default());
        let mut out = Vec::new();
        write_align_json(&mut out, &set, "somewhere", &alignment).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.matches('\n').count(), 1);
        assert!(
            text.starts_with("{\"document\":null,\"path\":\"somewhere\",\"languages\":"),
            "{text}"
        );
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["languages"], serde_json::json!(["en", "fr"]));
        assert_eq!(value["segments"]["fr"][1]["text"], "2. Prie.");
        assert_eq!(value["rows"].as_array().unwrap().len(), 2);

        let mut read = Vec::new();
        write_read_json(&mut read, &set).unwrap();
        let read: serde_json::Value = serde_json::from_slice(&read).unwrap();
        assert_eq!(read["segments"], value["segments"]);
        assert!(read.get("rows").is_none());
    }

    #[test]
    fn check_json_names_the_path_and_pivot() {
        let set = set();
        let mut out = Vec::new();
        let reviewed = sixfold_review::Reviewed::default();
        write_check_json(&mut out, &set, "somewhere", Lang::En, &reviewed).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"document\":null,\"path\":\"somewhere\",\"pivot\":\"en\",\"findings\":[],\"accepted\":[]}\n"
        );
    }
}
