//! TMX 1.4b: the translation-memory format every CAT tool imports.
//!
//! Choices a translator will notice, all deliberate:
//! - One `<tu>` per aligned row (`segtype="paragraph"`), `tuid` = the row id
//!   (`A-RES-51-60-r012`), identical across the six-way file and every pair.
//! - Six-way files use `srclang="*all*"`: any language may serve as the source. A row
//!   missing in some languages keeps a `<tuv>` for each language that has it, and a row
//!   present in one language only is still written (a single-`<tuv>` unit, which the DTD
//!   allows) so that the gap stays visible in the memory; the `<tuv>`s come pivot first,
//!   then UN order, because many readers take the first two as source and target.
//! - Bilingual files keep only rows where both languages have text: a memory entry
//!   without its translation matches nothing and would only mislead a fuzzy match.
//! - Footnote markers are removed from running text (the reader does this), and footnote
//!   texts are their own units with kind `footnote` and label `fn.N`; the unit that
//!   carried the marker names it in `x-footnote-refs`, so the link survives.
//! - `creationdate` is the document's distribution date from `document.toml` at
//!   midnight UTC, never the clock, so exports are reproducible.
//! - The one note written for people (the aligner's doubts) is worded in the interface
//!   language passed to the `_in` functions, English by default, without bidi isolation
//!   marks: they would be data in a translation memory, which strips bidi controls.

use sixfold_core::Lang;
use sixfold_core::meta::RenderingStatus;
use sixfold_l10n::{Args, Localizer};

use crate::aligned::{Aligned, RowView, confidence_text, tmx_date};
use crate::escape::{xml_attr, xml_text};
use crate::out::Put as _;

/// A six-way (or n-way) TMX of `langs`; in each unit `source` (default: the pivot)
/// comes first, then the others in UN order.
#[must_use]
pub fn multilingual(doc: &Aligned<'_>, langs: &[Lang], source: Option<Lang>) -> String {
    multilingual_in(doc, langs, source, Lang::En)
}

/// [`multilingual`] with its notes in the interface language `ui`.
#[must_use]
pub fn multilingual_in(
    doc: &Aligned<'_>,
    langs: &[Lang],
    source: Option<Lang>,
    ui: Lang,
) -> String {
    let mut out = String::new();
    multilingual_to(&mut out, doc, langs, source, ui);
    out
}

/// [`multilingual_in`] written into `out` row by row.
pub fn multilingual_to(
    out: &mut dyn std::fmt::Write,
    doc: &Aligned<'_>,
    langs: &[Lang],
    source: Option<Lang>,
    ui: Lang,
) {
    let order = doc.order(langs, source);
    write(out, doc, "*all*", &order, doc.rows_iter(&order), ui);
}

/// A bilingual TMX with `source` as `srclang`; rows lacking either side are left out.
#[must_use]
pub fn bilingual(doc: &Aligned<'_>, source: Lang, target: Lang) -> String {
    bilingual_in(doc, source, target, Lang::En)
}

/// [`bilingual`] with its notes in the interface language `ui`.
#[must_use]
pub fn bilingual_in(doc: &Aligned<'_>, source: Lang, target: Lang, ui: Lang) -> String {
    let mut out = String::new();
    bilingual_to(&mut out, doc, source, target, ui);
    out
}

/// [`bilingual_in`] written into `out` row by row.
pub fn bilingual_to(
    out: &mut dyn std::fmt::Write,
    doc: &Aligned<'_>,
    source: Lang,
    target: Lang,
    ui: Lang,
) {
    let order = doc.order(&[source, target], Some(source));
    let rows = doc
        .rows_iter(&order)
        .filter(|r| r.text(source).is_some() && r.text(target).is_some());
    write(out, doc, source.code(), &order, rows, ui);
}

fn write<'a>(
    out: &mut dyn std::fmt::Write,
    doc: &Aligned<'a>,
    srclang: &str,
    order: &[Lang],
    rows: impl Iterator<Item = RowView<'a>>,
    ui: Lang,
) {
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
    out.push_str("<tmx version=\"1.4\">\n");
    let _ = write!(
        out,
        "  <header creationtool=\"sixfold\" creationtoolversion=\"{}\" segtype=\"paragraph\" \
         o-tmf=\"sixfold-alignment\" adminlang=\"{}\" srclang=\"{}\" datatype=\"plaintext\" \
         o-encoding=\"UTF-8\"",
        env!("CARGO_PKG_VERSION"),
        // The language of the notes, which follow the interface language.
        ui.code(),
        xml_attr(srclang),
    );
    if let Some(date) = doc.meta.and_then(|m| m.date) {
        let _ = write!(out, " creationdate=\"{}\"", tmx_date(date));
    }
    out.push_str(">\n");
    if let Some(symbol) = doc.symbol() {
        prop(out, 4, "x-symbol", symbol);
    }
    if let Some(meta) = doc.meta {
        for lang in order {
            if let Some(r) = meta.renderings.get(lang) {
                let status = match r.status {
                    RenderingStatus::Official => "official",
                    RenderingStatus::WorkingTranslation => "working-translation",
                };
                prop(out, 4, &format!("x-rendering-{}", lang.code()), status);
            }
        }
    }
    for lang in order {
        if let Some(version) = doc.versions.get(lang) {
            prop(out, 4, &format!("x-version-{}", lang.code()), version);
        }
    }
    out.push_str("  </header>\n  <body>\n");
    for row in rows {
        unit(out, doc, order, &row, ui);
    }
    out.push_str("  </body>\n</tmx>\n");
}

fn unit(
    out: &mut dyn std::fmt::Write,
    doc: &Aligned<'_>,
    order: &[Lang],
    row: &RowView<'_>,
    ui: Lang,
) {
    let _ = writeln!(out, "    <tu tuid=\"{}\">", xml_attr(&row.id));
    if row.pinned {
        let note = Localizer::plain().format(ui, "export-note-pinned", &Args::new());
        let _ = writeln!(out, "      <note>{}</note>", xml_text(&note));
    }
    if !row.reasons.is_empty() {
        let args = Args::new().text("reasons", crate::aligned::reasons_text(&row.reasons));
        let note = Localizer::plain().format(ui, "export-note-alignment", &args);
        let _ = writeln!(out, "      <note>{}</note>", xml_text(&note));
    }
    if let Some(symbol) = doc.symbol() {
        prop(out, 6, "x-symbol", symbol);
    }
    prop(out, 6, "x-kind", row.kind.as_str());
    if let Some(label) = &row.label {
        prop(out, 6, "x-label", label);
    }
    prop(out, 6, "x-confidence", &confidence_text(row.confidence));
    if !row.footnote_refs.is_empty() {
        let refs: Vec<String> = row.footnote_refs.iter().map(u32::to_string).collect();
        prop(out, 6, "x-footnote-refs", &refs.join(" "));
    }
    for lang in order {
        if let Some(text) = row.text(*lang) {
            let _ = writeln!(
                out,
                "      <tuv xml:lang=\"{}\"><seg>{}</seg></tuv>",
                lang.code(),
                xml_text(text)
            );
        }
    }
    out.push_str("    </tu>\n");
}

fn prop(out: &mut dyn std::fmt::Write, indent: usize, kind: &str, value: &str) {
    let _ = writeln!(
        out,
        "{:indent$}<prop type=\"{}\">{}</prop>",
        "",
        xml_attr(kind),
        xml_text(value)
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::Fixture;

    #[test]
    fn six_way_keeps_partial_rows_and_orders_pivot_first() {
        let fx = Fixture::new();
        let out = multilingual(&fx.aligned(), &Lang::ALL, None);
        assert!(out.contains("srclang=\"*all*\""));
        assert!(out.contains("creationdate=\"19970128T000000Z\""));
        // Row 3 exists only in English and French.
        let tu = unit_text(&out, "A-RES-51-60-r003");
        assert_eq!(tu.matches("<tuv").count(), 2, "{tu}");
        // Pivot (en) first, then UN order.
        let tu1 = unit_text(&out, "A-RES-51-60-r001");
        let langs: Vec<&str> = tu1.split("xml:lang=\"").skip(1).map(|s| &s[..2]).collect();
        assert_eq!(langs, ["en", "ar", "zh", "fr", "ru", "es"]);
        assert!(tu1.contains("<prop type=\"x-kind\">paragraph</prop>"));
        assert!(tu1.contains("<prop type=\"x-label\">op.1</prop>"));
        assert!(tu1.contains("<prop type=\"x-confidence\">1.00</prop>"));
        assert!(tu1.contains("<prop type=\"x-footnote-refs\">1</prop>"));
    }

    #[test]
    fn footnotes_are_their_own_units() {
        let fx = Fixture::new();
        let out = multilingual(&fx.aligned(), &Lang::ALL, None);
        let tu = unit_text(&out, "A-RES-51-60-r004");
        assert!(tu.contains("<prop type=\"x-kind\">footnote</prop>"));
        assert!(tu.contains("<prop type=\"x-label\">fn.1</prop>"));
    }

    #[test]
    fn bilingual_drops_one_sided_rows_and_escapes() {
        let fx = Fixture::new();
        let out = bilingual(&fx.aligned(), Lang::En, Lang::Ru);
        assert!(out.contains("srclang=\"en\""));
        assert!(!out.contains("A-RES-51-60-r003"), "ru lacks row 3");
        assert!(out.contains("&lt;script&gt;"));
        assert!(!out.contains('\u{202E}'));
        assert!(!out.contains("]]>"));
        let langs: Vec<&str> = out.split("xml:lang=\"").skip(1).map(|s| &s[..2]).collect();
        assert!(langs.chunks(2).all(|p| p == ["en", "ru"]), "{langs:?}");
    }

    #[test]
    fn output_is_deterministic() {
        let fx = Fixture::new();
        assert_eq!(
            multilingual(&fx.aligned(), &Lang::ALL, None),
            multilingual(&fx.aligned(), &Lang::ALL, None)
        );
    }

    fn unit_text<'s>(out: &'s str, id: &str) -> &'s str {
        let start = out.find(&format!("tuid=\"{id}\"")).expect("unit present");
        let end = out[start..].find("</tu>").expect("unit closed");
        &out[start..start + end]
    }
}
