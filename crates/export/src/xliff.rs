//! XLIFF 2.1 for one source and one target language.
//!
//! XLIFF 2.1 keeps the 2.0 core namespace (`urn:oasis:names:tc:xliff:document:2.0`) and
//! says `version="2.1"`; writing a `…:2.1` namespace is a common mistake that strict
//! readers reject. One `<unit>` per aligned row with `id` = the row id and `name` = the
//! structural label; the checks' findings for that row in either language, and the
//! aligner's doubts, go into `<notes>` so the translator sees them beside the text.
//!
//! A row with a target is `state="translated"` (these are existing renderings to review,
//! not new translations); a row without one has no `<target>` and is `state="initial"`.
//! A row only the target has keeps an empty `<source/>`, so an extra paragraph in a
//! translation is not silently lost.
//!
//! Notes are written for the translator, in the interface language passed to
//! [`write_in`] (English by default); note categories stay machine codes. No bidi
//! isolation marks go into notes: CAT tools treat them as data and sixfold strips bidi
//! controls from every data format.

use sixfold_core::meta::RenderingStatus;
use sixfold_core::{Direction, Lang};
use sixfold_l10n::{Args, Localizer};
use sixfold_translations::{Finding, Severity};

use crate::aligned::{Aligned, RowView, confidence_text};
use crate::escape::{xml_attr, xml_text};
use crate::out::Put as _;

/// The XLIFF 2.x core namespace, unchanged in 2.1.
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// An XLIFF 2.1 document translating `source` into `target`, with English notes.
#[must_use]
pub fn write(doc: &Aligned<'_>, source: Lang, target: Lang) -> String {
    write_in(doc, source, target, Lang::En)
}

fn text(ui: Lang, id: &str, args: &Args<'_>) -> String {
    Localizer::plain().format(ui, id, args)
}

/// [`write`] with the notes in the interface language `ui`.
#[must_use]
pub fn write_in(doc: &Aligned<'_>, source: Lang, target: Lang, ui: Lang) -> String {
    let mut out = String::new();
    write_to(&mut out, doc, source, target, ui);
    out
}

/// [`write_in`] written into `out` unit by unit.
pub fn write_to(
    out: &mut dyn std::fmt::Write,
    doc: &Aligned<'_>,
    source: Lang,
    target: Lang,
    ui: Lang,
) {
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<xliff xmlns=\"{NAMESPACE}\" version=\"2.1\" srcLang=\"{}\" trgLang=\"{}\">",
        source.code(),
        target.code()
    );
    let _ = write!(out, "  <file id=\"{}\"", xml_attr(&doc.id_prefix()));
    if let Some(symbol) = doc.symbol() {
        let _ = write!(out, " original=\"{}\"", xml_attr(symbol));
    }
    for (attr, lang) in [("srcDir", source), ("trgDir", target)] {
        if lang.direction() == Direction::Rtl {
            let _ = write!(out, " {attr}=\"rtl\"");
        }
    }
    out.push_str(">\n");
    file_notes(out, doc, source, target, ui);
    for row in doc.rows_iter(&[source, target]) {
        unit(out, &row, source, target, ui);
    }
    out.push_str("  </file>\n</xliff>\n");
}

/// Provenance of both renderings and the document-level findings, so a translator knows
/// which side is official text before trusting it.
fn file_notes(
    out: &mut dyn std::fmt::Write,
    doc: &Aligned<'_>,
    source: Lang,
    target: Lang,
    ui: Lang,
) {
    let mut notes = Vec::new();
    if let Some(meta) = doc.meta {
        for lang in [source, target] {
            if let Some(r) = meta.renderings.get(&lang) {
                let status = match r.status {
                    RenderingStatus::Official => "export-note-official",
                    RenderingStatus::WorkingTranslation => "export-note-working",
                };
                notes.push(format!(
                    "<note category=\"rendering\">{}: {}</note>",
                    lang.code(),
                    xml_text(&text(ui, status, &Args::new()))
                ));
            }
        }
    }
    for lang in [source, target] {
        if let Some(version) = doc.versions.get(&lang) {
            notes.push(format!(
                "<note category=\"version\">{}</note>",
                xml_text(version)
            ));
        }
    }
    for f in doc.document_findings() {
        if f.lang == source || f.lang == target {
            notes.push(finding_note(f, source, ui));
        }
    }
    if !notes.is_empty() {
        out.push_str("    <notes>\n");
        for n in notes {
            let _ = writeln!(out, "      {n}");
        }
        out.push_str("    </notes>\n");
    }
}

fn unit(out: &mut dyn std::fmt::Write, row: &RowView<'_>, source: Lang, target: Lang, ui: Lang) {
    let _ = write!(out, "    <unit id=\"{}\"", xml_attr(&row.id));
    let name = row.label.as_deref().unwrap_or(row.kind.as_str());
    let _ = writeln!(out, " name=\"{}\">", xml_attr(name));
    let mut notes = Vec::new();
    if row.pinned {
        notes.push(format!(
            "<note category=\"alignment\">{}</note>",
            xml_text(&text(ui, "export-note-pinned", &Args::new()))
        ));
    }
    if row.is_low_confidence() || !row.reasons.is_empty() {
        let args = Args::new()
            .text("confidence", confidence_text(row.confidence))
            .text("reasons", crate::aligned::reasons_text(&row.reasons));
        let id = if row.reasons.is_empty() {
            "export-note-confidence"
        } else {
            "export-note-confidence-reasons"
        };
        notes.push(format!(
            "<note category=\"alignment\">{}</note>",
            xml_text(&text(ui, id, &args))
        ));
    }
    if !row.footnote_refs.is_empty() {
        let refs: Vec<String> = row.footnote_refs.iter().map(u32::to_string).collect();
        let args = Args::new().text("refs", refs.join(" "));
        notes.push(format!(
            "<note category=\"footnotes\">{}</note>",
            xml_text(&text(ui, "export-note-footnotes", &args))
        ));
    }
    for f in &row.findings {
        if f.lang == source || f.lang == target {
            notes.push(finding_note(f, source, ui));
        }
    }
    if !notes.is_empty() {
        out.push_str("      <notes>\n");
        for n in notes {
            let _ = writeln!(out, "        {n}");
        }
        out.push_str("      </notes>\n");
    }
    let src = row.text(source).unwrap_or("");
    match row.text(target) {
        Some(trg) => {
            let _ = writeln!(
                out,
                "      <segment state=\"translated\">\n        <source>{}</source>\n        <target>{}</target>\n      </segment>",
                xml_text(src),
                xml_text(trg)
            );
        }
        None => {
            let _ = writeln!(
                out,
                "      <segment state=\"initial\">\n        <source>{}</source>\n      </segment>",
                xml_text(src)
            );
        }
    }
    out.push_str("    </unit>\n");
}

/// A finding as a note: category = the check's code, `appliesTo` the side it concerns,
/// priority 1 (error), 5 (warning) or 9 (info) on XLIFF's 1–10 scale.
fn finding_note(f: &Finding, source: Lang, ui: Lang) -> String {
    let applies = if f.lang == source { "source" } else { "target" };
    let (priority, word) = match f.severity {
        Severity::Error => (1, "error"),
        Severity::Warning => (5, "warning"),
        Severity::Info => (9, "info"),
    };
    let l10n = Localizer::plain();
    let args = Args::new()
        .text(
            "severity",
            text(ui, "check-severity", &Args::new().text("severity", word)),
        )
        .text(
            "message",
            l10n.finding_text(
                ui,
                &f.code,
                f.lang,
                f.line,
                &f.args.to_pairs(),
                &f.message(),
            ),
        );
    format!(
        "<note category=\"{}\" appliesTo=\"{applies}\" priority=\"{priority}\">{}</note>",
        xml_attr(&f.code),
        xml_text(&text(ui, "export-note-finding", &args))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::Fixture;

    #[test]
    fn uses_the_core_namespace_with_version_2_1() {
        let fx = Fixture::new();
        let out = write(&fx.aligned(), Lang::En, Lang::Fr);
        assert!(out.contains(
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"fr\">"
        ));
        assert!(!out.contains("document:2.1"));
    }

    #[test]
    fn one_unit_per_row_with_states_and_notes() {
        let fx = Fixture::new();
        let out = write(&fx.aligned(), Lang::En, Lang::Ru);
        // Rows 1–4 have en or ru text; row 5 is Arabic only.
        assert_eq!(out.matches("<unit ").count(), 4);
        assert!(!out.contains("A-RES-51-60-r005"));
        let r3 = between(&out, "A-RES-51-60-r003", "</unit>");
        assert!(
            r3.contains("state=\"initial\"") && !r3.contains("<target>"),
            "{r3}"
        );
        assert!(r3.contains("category=\"missing-paragraph\" appliesTo=\"target\" priority=\"1\""));
        let r2 = between(&out, "A-RES-51-60-r002", "</unit>");
        assert!(r2.contains(
            "<note category=\"alignment\">confidence 0.42: length ratio ru/en 3.1</note>"
        ));
        assert!(r2.contains("state=\"translated\""));
        assert!(r2.contains("&lt;script&gt;") && !r2.contains("]]>") && !r2.contains('\u{202E}'));
        assert!(out.contains("<note category=\"rendering\">ru: working translation"));
    }

    #[test]
    fn arabic_target_is_marked_rtl_and_keeps_target_only_rows() {
        let fx = Fixture::new();
        let out = write(&fx.aligned(), Lang::En, Lang::Ar);
        assert!(out.contains("trgDir=\"rtl\"") && !out.contains("srcDir"));
        let r5 = between(&out, "A-RES-51-60-r005", "</unit>");
        assert!(
            r5.contains("<source></source>") && r5.contains("فقرة زائدة."),
            "{r5}"
        );
    }

    fn between<'s>(s: &'s str, from: &str, to: &str) -> &'s str {
        let start = s.find(from).expect("start present");
        let end = s[start..].find(to).expect("end present");
        &s[start..start + end]
    }
}
