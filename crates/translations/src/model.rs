//! The document model every sixfold tool works on: a rendering as an ordered list of
//! segments, each with a kind, a structural label, its text and where it came from.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use sixfold_core::Lang;

use crate::cells::Cells;
use crate::label::Label;
use crate::reason::{self, Reasons};

/// What a segment is, structurally. The aligner uses kinds and labels as anchors and the
/// exports carry them as properties, so they are part of the public JSON interface
/// (`"kind": "heading"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    /// A masthead line or block: organ, distribution, symbol and date, session, agenda item,
    /// "Resolution adopted by …", "[on the report of …]".
    Header,
    /// The numbered title of a resolution ("51/60. United Nations Declaration …") or the
    /// title of an annex.
    Title,
    /// A heading line: "ANNEX", "Article 7", "Article premier", "第七条", "المادة 7".
    Heading,
    /// The enacting formula ("The General Assembly,").
    Formula,
    /// An unnumbered or numbered body paragraph (preambular or operative).
    Paragraph,
    /// A lettered subparagraph ("(a) Adopting …").
    Item,
    /// A footnote's text, moved out of the flow and linked to its marker by label `fn.N`.
    Footnote,
    /// Closing lines: plenary meeting and date.
    Closing,
}

impl SegmentKind {
    /// Every kind, in document order.
    pub const ALL: [SegmentKind; 8] = [
        SegmentKind::Header,
        SegmentKind::Title,
        SegmentKind::Heading,
        SegmentKind::Formula,
        SegmentKind::Paragraph,
        SegmentKind::Item,
        SegmentKind::Footnote,
        SegmentKind::Closing,
    ];

    /// The lowercase name used in JSON, TMX properties and labels.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            SegmentKind::Header => "header",
            SegmentKind::Title => "title",
            SegmentKind::Heading => "heading",
            SegmentKind::Formula => "formula",
            SegmentKind::Paragraph => "paragraph",
            SegmentKind::Item => "item",
            SegmentKind::Footnote => "footnote",
            SegmentKind::Closing => "closing",
        }
    }
}

/// One unit of a rendering: a paragraph, heading, item, footnote or header block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// Position in [`Document::segments`]; stable for a given input.
    pub index: usize,
    pub kind: SegmentKind,
    /// Structural label such as `op.3`, `pre.1`, `annex.art7`, `annex.art7.b`, `fn.4`,
    /// `header.symbol`; `None` when the structure gives none.
    pub label: Option<Label>,
    /// NFC-normalised text with page-break artifacts, Markdown markers and footnote
    /// markers removed; internal whitespace collapsed to single spaces.
    pub text: String,
    /// 1-based line in the source file where the segment starts.
    pub line: usize,
    /// Footnote numbers whose markers appear in this segment, in order of appearance.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnote_refs: Vec<u32>,
}

/// A rendering of a document in one language, read into segments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub lang: Lang,
    /// Where the text came from (a path, or `<rev>:<path>` for a git revision); used in
    /// error messages and findings only.
    pub source: String,
    pub segments: Vec<Segment>,
}

impl Document {
    /// Segments of one kind, in order.
    pub fn of_kind(&self, kind: SegmentKind) -> impl Iterator<Item = &Segment> {
        self.segments.iter().filter(move |s| s.kind == kind)
    }

    /// The segment with this structural label, if any.
    #[must_use]
    pub fn segment(&self, label: &Label) -> Option<&Segment> {
        self.segments
            .iter()
            .find(|s| s.label.as_ref() == Some(label))
    }

    /// The segment with the label written so (`op.3`), if any: [`Document::segment`] for
    /// a label in its string form.
    #[must_use]
    pub fn by_label(&self, label: &str) -> Option<&Segment> {
        self.segment(&label.parse().ok()?)
    }
}

/// A six-way (or n-way) alignment of renderings: an ordered list of rows, each saying which
/// segments of each language correspond. Rows are as fine as the links allow: a segment
/// that one language merges from several pivot paragraphs is listed in each of their rows.
/// Consecutive rows that some language links together form a *unit* ([`Row::unit`],
/// [`Alignment::units`]), in which every segment of every language appears exactly once.
/// Rows and units follow document order in every language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alignment {
    /// The aligned languages, pivot first, then the others in UN order.
    pub languages: Vec<Lang>,
    /// The reference language the others were aligned against.
    pub pivot: Lang,
    pub rows: Vec<Row>,
}

impl Alignment {
    /// The first row holding segment `segment` of `lang`; every aligned segment is in at
    /// least one (several when its language merged what the pivot divides).
    #[must_use]
    pub fn row_of(&self, lang: Lang, segment: usize) -> Option<usize> {
        self.rows
            .iter()
            .position(|r| r.cell(lang).contains(&segment))
    }

    /// The same alignment with one row per unit: the coarse six-way rows in which every
    /// segment of every language appears exactly once (a merge in one language widens the
    /// unit for all). Six-way exports and the checks work on units.
    #[must_use]
    pub fn units(&self) -> Alignment {
        let mut rows: Vec<Row> = Vec::new();
        let mut current = None;
        for row in &self.rows {
            if current != Some(row.unit) {
                current = Some(row.unit);
                rows.push(Row {
                    cells: Cells::new(),
                    confidence: row.confidence,
                    reasons: Reasons::Borrowed(&[]),
                    unit: row.unit,
                    pair_confidence: row.pair_confidence,
                });
            }
            let Some(u) = rows.last_mut() else { continue };
            for (lang, cell) in &row.cells {
                u.cells.ensure(lang);
                for &s in cell {
                    u.cells.push_new(lang, s);
                }
            }
            u.confidence = u.confidence.min(row.confidence);
            u.pair_confidence = match (u.pair_confidence, row.pair_confidence) {
                (Some(a), Some(b)) => Some(std::array::from_fn(|i| a[i].min(b[i]))),
                _ => None,
            };
            for r in row.reasons.iter() {
                reason::add_new(&mut u.reasons, r);
            }
        }
        for (i, u) in rows.iter_mut().enumerate() {
            u.unit = i;
            u.cells.sort_each();
        }
        Alignment {
            languages: self.languages.clone(),
            pivot: self.pivot,
            rows,
        }
    }
}

/// One aligned row: for each language, the (possibly empty) run of consecutive segment
/// indices that correspond.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// Keyed by language; a language with no segment in this row maps to an empty list.
    /// A map from language to list in JSON ([`Cells`] keeps them in one allocation).
    pub cells: Cells,
    /// How sure the aligner is, in `[0, 1]`.
    pub confidence: f64,
    /// Why confidence is below 1, written as short machine-readable phrases such as
    /// `"length ratio fr/en 1.90"` or `"no anchor in fr"`. Empty for confident rows.
    /// Read as a slice; a row whose reasons are only "missing in X" shares its list with
    /// the other such rows ([`Reasons`]).
    pub reasons: Reasons,
    /// Index of the six-way unit (see [`Alignment::units`]) this row belongs to.
    #[serde(default)]
    pub unit: usize,
    /// Per language in [`Lang::ALL`] order, in hundredths, the confidence of the pairwise
    /// alignment with the pivot that put the language's segments here (100 for the pivot
    /// and for a language without any): an export of two languages reports how sure the
    /// aligner is of those two, not of a third. `None` for rows made otherwise (read back
    /// from JSON, pinned), which then stand on [`Row::confidence`].
    #[serde(skip)]
    pub pair_confidence: Option<[u8; 6]>,
}

impl Row {
    /// Segment indices of one language in this row (empty when the language has none).
    #[must_use]
    pub fn cell(&self, lang: Lang) -> &[usize] {
        self.cells.get(lang).unwrap_or_default()
    }

    /// How sure the aligner is of this row as far as `langs` go: the lowest pairwise
    /// confidence among them, which for all six languages is [`Row::confidence`].
    #[must_use]
    pub fn confidence_of(&self, langs: &[Lang]) -> f64 {
        match self.pair_confidence {
            Some(hundredths) => langs
                .iter()
                .map(|l| f64::from(hundredths[l.index()]) / 100.0)
                .fold(1.0, f64::min),
            None => self.confidence,
        }
    }
}

/// How much a finding matters to a translator. Ordered so that `max()` gives the worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    /// The lowercase name used in JSON and as the Fluent selector (`error`).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One thing a translator should look at, produced by the checks.
///
/// `code` is a stable kebab-case identifier (`missing-paragraph`, `number-mismatch`) that
/// doubles as the Fluent message id suffix (`check-missing-paragraph`), and `args` carries
/// the values the message needs, so that the explanation can be rendered in any of the six
/// languages; `message` is the English rendering.
///
/// The id and the message are kept as the few values they are made of when the other
/// fields hold the rest ([`crate::finding_text`]): read them with [`Finding::id`] and
/// [`Finding::message`]. JSON, `Debug` and `==` see them as text.
#[derive(Clone)]
pub struct Finding {
    /// Stable identifier that survives renumbered rows and moved lines
    /// (`numbers-differ:ar:op.3`); see [`crate::finding_id`]. `sixfold accept` takes it.
    /// Written by [`Finding::id`], set by [`Finding::set_id`] (or from a `String`).
    pub id: crate::finding_text::FindingId,
    pub severity: Severity,
    /// Borrowed for the checks' own codes: a long rendering's report holds hundreds of
    /// thousands of findings, and a copy of the code was a heap block for each.
    pub code: Cow<'static, str>,
    pub lang: Lang,
    /// Index of the segment concerned in that language, if there is one.
    pub segment: Option<usize>,
    /// 1-based line in that language's source file, if known.
    pub line: Option<usize>,
    /// Index of the aligned row concerned, if any.
    pub row: Option<usize>,
    /// One-line explanation in English, written by [`Finding::message`] (set from a
    /// `String`).
    pub message: crate::finding_text::FindingMessage,
    /// Named values used by `message` (numbers as strings, in a stable order).
    pub args: crate::FindingArgs,
}
