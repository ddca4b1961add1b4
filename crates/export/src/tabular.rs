//! Line-oriented exports for corpus builders: TSV, JSON Lines and Moses parallel text.
//!
//! All three write one aligned row per line, in alignment order, with the languages in
//! writing order (source first, then UN order). A row with no text in any chosen language
//! is left out, so `--langs en,fr` never yields lines empty on both sides.

use std::collections::BTreeMap;

use serde::Serialize;
use sixfold_core::Lang;
use sixfold_translations::Reason;

use crate::aligned::{Aligned, confidence_text};
use crate::escape::{moses_line, sanitize, tsv_field};
use crate::out::Put as _;

/// TSV with a header line `id kind label confidence <lang>…`. Missing text is an empty
/// field; tabs, line breaks and backslashes inside text are escaped as `\t`, `\n`, `\r`
/// and `\\`, so every row is exactly one line with the same number of fields.
#[must_use]
pub fn tsv(doc: &Aligned<'_>, langs: &[Lang], source: Option<Lang>) -> String {
    let mut out = String::new();
    tsv_to(&mut out, doc, langs, source);
    out
}

/// [`tsv`] written into `out` line by line.
pub fn tsv_to(
    out: &mut dyn std::fmt::Write,
    doc: &Aligned<'_>,
    langs: &[Lang],
    source: Option<Lang>,
) {
    let order = doc.order(langs, source);
    out.push_str("id\tkind\tlabel\tconfidence");
    for lang in &order {
        out.push('\t');
        out.push_str(lang.code());
    }
    out.push('\n');
    for row in doc.rows_iter(&order) {
        let _ = write!(
            out,
            "{}\t{}\t{}\t{}",
            tsv_field(&row.id),
            row.kind.as_str(),
            tsv_field(row.label.as_deref().unwrap_or("")),
            confidence_text(row.confidence)
        );
        for lang in &order {
            out.push('\t');
            out.push_str(&tsv_field(row.text(*lang).unwrap_or("")));
        }
        out.push('\n');
    }
}

#[derive(Serialize)]
struct JsonRow<'a> {
    id: &'a str,
    row: usize,
    kind: &'static str,
    label: Option<&'a str>,
    confidence: f64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    reasons: Vec<&'a Reason>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    footnote_refs: &'a Vec<u32>,
    /// Every chosen language, `null` where the row has no text in it.
    text: BTreeMap<&'static str, Option<String>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    findings: Vec<JsonFinding<'a>>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    severity: sixfold_translations::Severity,
    code: &'a str,
    lang: Lang,
    message: String,
}

/// JSON Lines: one object per row with `id`, 1-based `row`, `kind`, `label`,
/// `confidence` (rounded to two decimals), `text` keyed by language code (`null` where the
/// row lacks that language) and the row's findings in the chosen languages. Keys are
/// sorted, so lines are byte-stable.
#[must_use]
pub fn jsonl(doc: &Aligned<'_>, langs: &[Lang], source: Option<Lang>) -> String {
    let mut out = String::new();
    jsonl_to(&mut out, doc, langs, source);
    out
}

/// [`jsonl`] written into `out` line by line.
pub fn jsonl_to(
    out: &mut dyn std::fmt::Write,
    doc: &Aligned<'_>,
    langs: &[Lang],
    source: Option<Lang>,
) {
    let order = doc.order(langs, source);
    for row in doc.rows_iter(&order) {
        let text = order
            .iter()
            .map(|l| (l.code(), row.text(*l).map(|t| sanitize(t).into_owned())))
            .collect();
        let findings = row
            .findings
            .iter()
            .filter(|f| order.contains(&f.lang))
            .map(|f| JsonFinding {
                severity: f.severity,
                code: &f.code,
                lang: f.lang,
                message: sanitize(&f.message()).into_owned(),
            })
            .collect();
        let confidence: f64 = confidence_text(row.confidence).parse().unwrap_or(0.0);
        let value = JsonRow {
            id: &row.id,
            row: row.index + 1,
            kind: row.kind.as_str(),
            label: row.label.as_deref(),
            confidence,
            reasons: row.reasons.clone(),
            footnote_refs: &row.footnote_refs,
            text,
            findings,
        };
        // Serialising a struct of strings, numbers and maps with string keys cannot fail.
        if let Ok(line) = serde_json::to_string(&value) {
            out.push_str(&line);
            out.push('\n');
        }
    }
}

/// Moses parallel text: one string per language, line *n* of every file being row *n*.
/// A language without text in a row gets an empty line there, so the files stay aligned
/// by line number (Moses' `clean-corpus-n.perl` drops such pairs when training).
#[must_use]
pub fn moses(doc: &Aligned<'_>, langs: &[Lang], source: Option<Lang>) -> Vec<(Lang, String)> {
    let order = doc.order(langs, source);
    order
        .iter()
        .map(|&lang| {
            let mut text = String::new();
            moses_to(&mut text, doc, &order, lang);
            (lang, text)
        })
        .collect()
}

/// The Moses file of `lang` (one of `order`, from [`Aligned::order`]) written into `out`
/// line by line, the rows made one at a time: what [`moses`] holds for each language.
pub fn moses_to(out: &mut dyn std::fmt::Write, doc: &Aligned<'_>, order: &[Lang], lang: Lang) {
    for row in doc.rows_iter(order) {
        out.push_str(&moses_line(row.text(lang).unwrap_or("")));
        out.push('\n');
    }
}

/// The row ids of a Moses export in line order, so a difference at line *n* can be named.
#[must_use]
pub fn moses_row_ids(doc: &Aligned<'_>, langs: &[Lang], source: Option<Lang>) -> Vec<String> {
    let order = doc.order(langs, source);
    doc.rows(&order).into_iter().map(|r| r.id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::Fixture;

    #[test]
    fn tsv_has_one_line_per_row_and_fixed_columns() {
        let fx = Fixture::new();
        let out = tsv(&fx.aligned(), &Lang::ALL, None);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[0],
            "id\tkind\tlabel\tconfidence\ten\tar\tzh\tfr\tru\tes"
        );
        assert_eq!(lines.len(), 6);
        assert!(lines.iter().all(|l| l.split('\t').count() == 10), "{out}");
        assert!(lines[2].contains("\\ttab") && !lines[2].contains('\u{202E}'));
    }

    #[test]
    fn jsonl_lines_parse_and_carry_every_language() {
        let fx = Fixture::new();
        let out = jsonl(&fx.aligned(), &[Lang::En, Lang::Ru], None);
        let rows: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).expect("each line is JSON"))
            .collect();
        assert_eq!(rows.len(), 4, "the Arabic-only row is not among en, ru");
        assert_eq!(rows[2]["id"], "A-RES-51-60-r003");
        assert_eq!(rows[2]["text"]["ru"], serde_json::Value::Null);
        assert_eq!(rows[2]["findings"][0]["code"], "missing-paragraph");
        assert_eq!(rows[1]["confidence"], 0.42);
        let hostile = rows[1]["text"]["ru"].as_str().expect("ru text");
        assert!(hostile.contains("<script>") && !hostile.contains('\u{0}'));
    }

    #[test]
    fn moses_files_have_equal_line_counts_with_blank_gaps() {
        let fx = Fixture::new();
        let files = moses(&fx.aligned(), &Lang::ALL, None);
        assert_eq!(files.len(), 6);
        let counts: Vec<usize> = files.iter().map(|(_, t)| t.lines().count()).collect();
        assert!(counts.iter().all(|&c| c == 5), "{counts:?}");
        let ru = &files.iter().find(|(l, _)| *l == Lang::Ru).expect("ru").1;
        assert_eq!(ru.lines().nth(2), Some(""));
        assert!(!ru.lines().nth(1).unwrap_or("").contains('\t'));
        assert_eq!(moses_row_ids(&fx.aligned(), &Lang::ALL, None).len(), 5);
    }
}
