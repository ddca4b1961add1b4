//! The export writers on an aligned document built straight from the fuzzer's bytes, with
//! no reading, aligning or checking: every format writer, thousands of times faster than
//! the `export` target's whole pipeline, on structures (hostile text in every field,
//! merges, empty rows in a language, findings in any language) that the reader and the
//! aligner would take many executions to produce.
//!
//! The bytes are a program for [`Builder`]: a header (languages, pivot, interface
//! language, metadata), then operations, each a control byte and its arguments: add a
//! segment of a language to the current row, start a row, start a unit, repeat a merged
//! segment in the next row, add a reason, add a finding. Whatever the bytes, the result
//! is an alignment the aligner could have made: every segment of every language in
//! exactly one unit, rows and units in document order, a merged segment repeated only in
//! consecutive rows of its unit.
//!
//! The committed seeds (`fuzz/corpus/writers/seed-*`) encode the first paragraphs of
//! `translations/A-RES-51-60` in two and six languages, and three of its languages with
//! hostile text in every field; they were written with a throwaway script (kept in the
//! k16f session note), and a test below checks what they hold.

use std::collections::BTreeMap;

use sixfold_core::{Date, DocumentToml, Lang, Rendering, RenderingStatus};
use sixfold_export::{Aligned, html, report, tmx, xliff};
use sixfold_translations::{
    Alignment, Cells, Document, DocumentSet, Finding, FindingArgs, Row, Segment, SegmentKind,
    Severity,
};

use crate::align::{alignment_invariants, json_lines_parse};

/// TMX (bilingual and six-way), XLIFF, the HTML page, TSV, JSON Lines, Moses and the
/// `align`/`read` JSON, written from an aligned document built from `data` (see the
/// module documentation): TMX and XLIFF are well-formed XML 1.0 for any text; the page
/// holds only the generator's tags and no character HTML forbids (a carriage return,
/// a control, a noncharacter: they are shown as markers); the line formats keep one row
/// per line; the JSON parses; every language's rows for a reader of some languages cut
/// no segment of those languages.
pub fn writers(data: &[u8]) {
    let built = Builder::new(data).build();
    let versions = &built.versions;
    let findings = sixfold_translations::Findings::from(built.findings.clone());
    let doc = Aligned {
        slug: &built.set.slug,
        meta: built.set.meta.as_ref(),
        docs: &built.set.docs,
        alignment: &built.alignment,
        findings: &findings,
        versions,
        accepted: &built.accepted,
        folder: &built.folder,
    };
    // The generator's own promise, so that a failure below is the writers'.
    alignment_invariants(&built.set.docs, &built.alignment);
    let langs = doc.all_languages();
    let (a, b) = (langs[0], langs[1]);
    let ui = built.ui;
    groups_cut_nothing(&built.alignment, &langs);
    groups_cut_nothing(&built.alignment, &[a, b]);
    for xml in [
        tmx::bilingual_in(&doc, a, b, ui),
        tmx::multilingual_in(&doc, &langs, built.source, ui),
        xliff::write_in(&doc, a, b, ui),
        xliff::write_in(&doc, b, a, ui),
    ] {
        crate::well_formed_xml(&xml);
    }
    let page = html::write_in(&doc, &langs, built.source, ui);
    crate::only_generator_tags(&page);
    if let Some(c) = forbidden_in_page(&page) {
        panic!("the page holds U+{:04X} unmarked", u32::from(c));
    }
    crate::line_formats(&doc, &langs, built.source);
    crate::line_formats(&doc, &[a, b], None);
    let mut json = Vec::new();
    report::write_align_json(&mut json, &built.set, &built.folder, &built.alignment)
        .unwrap_or_else(|e| panic!("align JSON: {e}"));
    report::write_read_json(&mut json, &built.set).unwrap_or_else(|e| panic!("read JSON: {e}"));
    json_lines_parse(&json);
}

/// The first character HTML forbids in a page (a control other than line feed and tab, a
/// noncharacter). Printable ASCII and line breaks, most of any page, are passed over as
/// bytes; only the rest is decoded.
fn forbidden_in_page(page: &str) -> Option<char> {
    let start = page
        .bytes()
        .position(|b| !(matches!(b, b' '..=b'~' | b'\n' | b'\t')))?;
    page[start..].chars().find(|&c| {
        (c.is_control() && !matches!(c, '\n' | '\t')) || sixfold_export::escape::is_noncharacter(c)
    })
}

/// [`Alignment::groups`] for `langs`: consecutive ranges covering every row in order,
/// and no segment of `langs` in rows of two groups.
fn groups_cut_nothing(alignment: &Alignment, langs: &[Lang]) {
    let groups = alignment.groups(langs);
    let mut next = 0;
    let mut group_of: BTreeMap<(Lang, usize), usize> = BTreeMap::new();
    for (g, range) in groups.iter().enumerate() {
        assert_eq!(
            range.start, next,
            "groups for {langs:?} skip or repeat rows"
        );
        assert!(range.end > range.start, "an empty group for {langs:?}");
        next = range.end;
        for row in &alignment.rows[range.clone()] {
            for &lang in langs {
                for &s in row.cell(lang) {
                    let first = *group_of.entry((lang, s)).or_insert(g);
                    assert_eq!(
                        first, g,
                        "{lang} segment {s} cut by the groups of {langs:?}"
                    );
                }
            }
        }
    }
    assert_eq!(next, alignment.rows.len(), "groups for {langs:?} end early");
}

/// What [`Builder::build`] makes: the document set, its alignment and findings, and the
/// writers' other inputs.
struct Built {
    set: DocumentSet,
    alignment: Alignment,
    findings: Vec<Finding>,
    accepted: Vec<Finding>,
    versions: BTreeMap<Lang, String>,
    folder: String,
    ui: Lang,
    source: Option<Lang>,
}

/// Reads the fuzzer's bytes as a small program that builds an aligned document.
struct Builder<'d> {
    data: &'d [u8],
    pos: usize,
    langs: Vec<Lang>,
    docs: BTreeMap<Lang, Document>,
    rows: Vec<Row>,
    /// The row each language's last segment was put in.
    last_row: BTreeMap<Lang, usize>,
    unit: usize,
    /// Findings with the row byte still to resolve against the final row count.
    findings: Vec<(Finding, u8, bool)>,
}

/// Structural labels the reader writes, as templates: `#` is replaced by a number.
const LABELS: [&str; 16] = [
    "op.#",
    "pre.#",
    "op.#.a",
    "op.#.b.ii",
    "title",
    "formula",
    "closing",
    "fn.#",
    "annex",
    "annex#",
    "annex.title",
    "annex.art#",
    "annex.art#.p#",
    "annex.p#.c",
    "header.symbol",
    "header.date",
];

/// Finding codes the checks use, so that the Fluent messages of the page are formatted
/// with whatever arguments the bytes give; the last slot takes a code from the bytes.
const CODES: [&str; 8] = [
    "missing-paragraph",
    "numbers-differ",
    "numbering-gap",
    "footnote-count",
    "header-symbol-mismatch",
    "length-ratio",
    "outdated-accept",
    "",
];

impl<'d> Builder<'d> {
    fn new(data: &'d [u8]) -> Self {
        Builder {
            data,
            pos: 0,
            langs: Vec::new(),
            docs: BTreeMap::new(),
            rows: Vec::new(),
            last_row: BTreeMap::new(),
            unit: 0,
            findings: Vec::new(),
        }
    }

    /// The next byte; zero once the input is used up.
    fn byte(&mut self) -> u8 {
        let b = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }

    /// Text up to the next NUL byte (or the end), invalid UTF-8 replaced.
    fn text(&mut self) -> String {
        let rest = self.data.get(self.pos..).unwrap_or_default();
        let len = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
        self.pos += len + 1;
        String::from_utf8_lossy(&rest[..len]).into_owned()
    }

    fn lang(&mut self) -> Lang {
        let b = self.byte();
        self.langs[usize::from(b) % self.langs.len()]
    }

    fn label(&mut self) -> Option<sixfold_translations::Label> {
        let b = self.byte();
        let template = LABELS.get(usize::from(b & 31))?;
        let n = 1 + b / 32 + self.byte() % 4;
        template.replace('#', &n.to_string()).parse().ok()
    }

    fn build(mut self) -> Built {
        let mask = self.byte();
        self.langs = Lang::ALL
            .into_iter()
            .enumerate()
            .filter(|(k, _)| mask & (1 << k) != 0)
            .map(|(_, l)| l)
            .collect();
        // Every writer here takes at least two languages.
        for lang in [Lang::En, Lang::Fr] {
            if self.langs.len() < 2 && !self.langs.contains(&lang) {
                self.langs.push(lang);
            }
        }
        let choice = self.byte();
        let pivot = self.langs[usize::from(choice & 7) % self.langs.len()];
        let ui = Lang::ALL[usize::from(choice >> 3) % Lang::ALL.len()];
        let source = (choice & 0x80 != 0).then(|| self.lang());
        let flags = self.byte();
        let meta = (flags & 1 != 0).then(|| self.meta(flags));
        let slug = self.text();
        let folder = self.text();
        let mut versions = BTreeMap::new();
        if flags & 8 != 0 {
            for lang in self.langs.clone() {
                versions.insert(lang, self.text());
            }
        }
        let mut texts = BTreeMap::new();
        for &lang in &self.langs {
            self.docs.insert(
                lang,
                Document {
                    lang,
                    source: format!("fuzz/{}.md", lang.code()),
                    segments: Vec::new(),
                },
            );
            texts.insert(lang, String::new());
        }
        self.new_row(1.0);
        while self.pos < self.data.len() {
            self.operation();
        }
        if self.rows.len() > 1
            && self
                .rows
                .last()
                .is_some_and(|r| r.cells.values().all(<[usize]>::is_empty))
        {
            self.rows.pop();
        }
        let rows = self.rows.len();
        let (mut findings, mut accepted) = (Vec::new(), Vec::new());
        for (mut finding, row, is_accepted) in std::mem::take(&mut self.findings) {
            // One value in four leaves the finding without a row (a document finding).
            finding.row = (row % 4 != 0).then(|| usize::from(row) % rows);
            if is_accepted {
                accepted.push(finding);
            } else {
                findings.push(finding);
            }
        }
        let mut languages = vec![pivot];
        languages.extend(self.langs.iter().copied().filter(|&l| l != pivot));
        Built {
            set: DocumentSet {
                slug,
                meta,
                docs: self.docs,
                texts,
                review: None,
                skipped: Vec::new(),
                whole_folder: false,
            },
            alignment: Alignment {
                languages,
                pivot,
                rows: self.rows,
            },
            findings,
            accepted,
            versions,
            folder,
            ui,
            source,
        }
    }

    /// `document.toml` fields the writers print: symbol, date, titles, rendering status.
    fn meta(&mut self, flags: u8) -> DocumentToml {
        let mut meta = DocumentToml {
            symbol: (flags & 2 != 0).then(|| self.text()),
            ..DocumentToml::default()
        };
        if flags & 4 != 0 {
            meta.date = Some(Date {
                year: 1945 + u16::from(self.byte()),
                month: 1 + self.byte() % 12,
                day: 1 + self.byte() % 28,
            });
        }
        for lang in self.langs.clone() {
            let b = self.byte();
            if b & 1 != 0 {
                meta.title.insert(lang, self.text());
            }
            if b & 2 != 0 {
                let status = if b & 4 == 0 {
                    RenderingStatus::Official
                } else {
                    RenderingStatus::WorkingTranslation
                };
                let note = (b & 8 != 0).then(|| self.text());
                meta.renderings.insert(lang, Rendering { status, note });
            }
        }
        meta
    }

    fn new_row(&mut self, confidence: f64) {
        let mut cells = Cells::new();
        for &lang in &self.langs {
            cells.ensure(lang);
        }
        self.rows.push(Row {
            cells,
            confidence,
            reasons: Vec::new().into(),
            unit: self.unit,
            pair_confidence: None,
        });
    }

    fn current_is_empty(&self) -> bool {
        self.rows
            .last()
            .is_none_or(|r| r.cells.values().all(<[usize]>::is_empty))
    }

    fn operation(&mut self) {
        let op = self.byte();
        let row = self.rows.len() - 1;
        match op % 8 {
            // A segment, the most frequent operation.
            0..=2 => {
                let lang = self.lang();
                let kind = SegmentKind::ALL[usize::from(op >> 3) % SegmentKind::ALL.len()];
                let label = if op & 0x40 == 0 { None } else { self.label() };
                let footnote_refs = if op & 0x80 == 0 {
                    Vec::new()
                } else {
                    vec![u32::from(self.byte()), u32::from(self.byte())]
                };
                let text = self.text();
                let doc = self
                    .docs
                    .get_mut(&lang)
                    .expect("every chosen language has a document");
                let index = doc.segments.len();
                doc.segments.push(Segment {
                    index,
                    kind,
                    label,
                    text,
                    line: index + 1,
                    footnote_refs,
                });
                self.rows[row].cells.push(lang, index);
                self.last_row.insert(lang, row);
            }
            // A new row, or (4) the first row of a new unit, with a confidence.
            3 | 4 => {
                let confidence = f64::from(self.byte()) / 255.0;
                let new_unit = op % 8 == 4;
                if self.current_is_empty() {
                    // The empty current row becomes the new one; it starts a unit when
                    // the row before it is in its unit.
                    if new_unit && row > 0 && self.rows[row - 1].unit == self.unit {
                        self.unit += 1;
                        self.rows[row].unit = self.unit;
                    }
                    self.rows[row].confidence = confidence;
                } else {
                    self.unit += usize::from(new_unit);
                    self.new_row(confidence);
                }
            }
            // The last segment of a language merged over one more row: it is repeated in
            // the current row when it ended the row before, in the same unit.
            5 => {
                let lang = self.lang();
                let previous = row.checked_sub(1).filter(|&p| {
                    self.last_row.get(&lang) == Some(&p) && self.rows[p].unit == self.unit
                });
                if let Some(p) = previous
                    && self.rows[row].cell(lang).is_empty()
                    && let Some(&s) = self.rows[p].cell(lang).last()
                {
                    self.rows[row].cells.push(lang, s);
                    self.last_row.insert(lang, row);
                }
            }
            // A reason for doubt: the pin marker or text.
            6 => {
                let reason = if op & 8 == 0 {
                    self.text()
                } else {
                    sixfold_review::PINNED.to_owned()
                };
                self.rows[row].reasons.to_mut().push(reason.into());
            }
            // A finding (or an accepted one), tied to a row later.
            _ => {
                let lang = self.lang();
                let severity = match op >> 6 {
                    0 => Severity::Info,
                    1 => Severity::Warning,
                    _ => Severity::Error,
                };
                let code = match CODES[usize::from(op >> 3) % CODES.len()] {
                    "" => self.text(),
                    code => code.to_owned(),
                };
                let row_byte = self.byte();
                let segment_byte = self.byte();
                let count = self.docs.get(&lang).map_or(0, |d| d.segments.len());
                let segment =
                    (count > 0 && segment_byte % 2 == 1).then(|| usize::from(segment_byte) % count);
                let id = self.text();
                let message = self.text();
                let args: FindingArgs = (0..self.byte() % 4)
                    .map(|_| (self.text(), self.text()))
                    .collect();
                let finding = Finding {
                    id: id.into(),
                    severity,
                    code: code.into(),
                    lang,
                    segment,
                    line: segment.map(|s| s + 1),
                    row: None,
                    message: message.into(),
                    args,
                };
                self.findings.push((finding, row_byte, op & 0x20 != 0));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed(name: &str) -> Built {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../fuzz/corpus/writers")
            .join(name);
        let data = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        Builder::new(&data).build()
    }

    /// The committed seeds give the fuzzer what the writers meet in real documents: six
    /// languages, several units, a segment merged over two rows, findings on rows and on
    /// the document, accepted ones, reasons, the pin marker and metadata.
    #[test]
    fn the_seeds_build_rich_documents() {
        let six = seed("seed-six");
        assert_eq!(six.set.docs.len(), 6);
        let units = six.alignment.units();
        assert!(units.rows.len() > 2, "{} units", units.rows.len());
        assert!(
            units.rows.len() < six.alignment.rows.len(),
            "a merge widens a unit"
        );
        assert!(six.findings.iter().any(|f| f.row.is_some()));
        assert!(six.findings.iter().any(|f| f.row.is_none()));
        assert!(!six.accepted.is_empty());
        assert!(
            six.alignment
                .rows
                .iter()
                .any(|r| r.reasons.iter().any(|r| r == sixfold_review::PINNED))
        );
        assert!(
            six.set
                .meta
                .as_ref()
                .is_some_and(|m| m.symbol.is_some() && m.date.is_some())
        );
        let hostile = seed("seed-hostile");
        let text: String = hostile
            .set
            .docs
            .values()
            .flat_map(|d| d.segments.iter().map(|s| s.text.as_str()))
            .collect();
        assert!(text.contains('\r') && text.contains('\u{2028}') && text.contains("]]>"));
    }

    /// The page scan finds what a scan of every character finds.
    #[test]
    fn the_page_scan_finds_every_forbidden_character() {
        for (page, found) in [
            ("<p>plain\ttext\n</p>", None),
            ("<p>caf\u{e9} \u{623}</p>", None),
            ("<p>a\rb</p>", Some('\r')),
            ("<p>\u{e9}\u{7f}</p>", Some('\u{7f}')),
            ("<p>\u{85}</p>", Some('\u{85}')),
            ("<p>x\u{fdd0}</p>", Some('\u{fdd0}')),
            ("\u{10ffff}", Some('\u{10ffff}')),
            ("\u{1}", Some('\u{1}')),
        ] {
            assert_eq!(forbidden_in_page(page), found, "{page:?}");
        }
    }

    /// Any bytes build an alignment the aligner could have made, even cut anywhere.
    #[test]
    fn every_prefix_of_a_seed_builds_a_valid_alignment() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../fuzz/corpus/writers/seed-six");
        let data = std::fs::read(path).expect("the seed");
        for end in (0..data.len()).step_by(97) {
            let built = Builder::new(&data[..end]).build();
            alignment_invariants(&built.set.docs, &built.alignment);
        }
    }
}
