//! The one input every writer takes: an aligned document, flattened into rows of text.
//!
//! Writers are pure functions of an [`Aligned`] and the languages chosen, so that the CLI
//! and the xtask produce the same bytes from the same input.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::ops::Range;

use sixfold_core::{DocumentToml, Lang};
use sixfold_translations::{
    Alignment, Cells, Document, Finding, FindingAt, Findings, Reason, SegmentKind, Severity,
};

/// Rows whose alignment confidence is below this are highlighted on the review page and
/// flagged in XLIFF notes. The aligner gives 1.0 to rows anchored by structure (labels,
/// numbers); anything under three quarters has lost its anchor or its length model and is
/// worth a human look.
pub const LOW_CONFIDENCE: f64 = 0.75;

/// An aligned document: the renderings, their alignment, and what the checks found.
#[derive(Debug, Clone, Copy)]
pub struct Aligned<'a> {
    /// Folder name under `translations/`, used in file names and when there is no metadata.
    pub slug: &'a str,
    pub meta: Option<&'a DocumentToml>,
    pub docs: &'a BTreeMap<Lang, Document>,
    pub alignment: &'a Alignment,
    /// What the checks found in `docs` (read with them: a long rendering's
    /// `missing-paragraph` findings are kept compactly until a row is written).
    pub findings: &'a Findings,
    /// Version identity per rendering (see `Prepared::versions`); empty when unknown.
    pub versions: &'a BTreeMap<Lang, String>,
    /// Findings the folder's `review.toml` accepts (not in `findings`).
    pub accepted: &'a [Finding],
    /// The document folder as a translator names it on the command line
    /// (`translations/A-RES-51-60`), for the commands the review page shows.
    pub folder: &'a str,
}

/// One aligned row as the writers see it: the joined text of each language's cell plus
/// what a translator needs to know about the row.
#[derive(Debug, Clone, PartialEq)]
pub struct RowView<'a> {
    /// Position in [`Alignment::rows`] of the first of the aligner's rows this one holds.
    pub index: usize,
    /// Stable identifier, e.g. `A-RES-51-60-r012` (see [`Aligned::row_id`]): the id of its
    /// first aligner row, so a pair export's unit and the six-way unit that starts at the
    /// same row share it.
    pub id: String,
    /// The aligner's finest rows this one holds ([`Aligned::rows`] groups them).
    pub rows: Range<usize>,
    pub kind: SegmentKind,
    /// Structural label(s) of the row; several when the reference language has several
    /// segments in it (`op.3+op.4`).
    pub label: Option<String>,
    /// How sure the aligner is of the exported languages' segments in this row
    /// ([`sixfold_translations::Row::confidence_of`]): a pair export is not marked down for
    /// a third language's trouble, whose reasons it does not list either.
    pub confidence: f64,
    /// The aligner's reasons for doubt that concern the exported languages (see
    /// [`relevant_reasons`]).
    pub reasons: Vec<&'a Reason>,
    /// Footnote numbers whose markers were removed from this row's running text.
    pub footnote_refs: Vec<u32>,
    /// Text per language in UN order; a language with no segment in the row has no
    /// entry. A cell of one segment borrows its text: a long rendering's rows would
    /// otherwise copy the whole rendering once more.
    pub texts: Vec<(Lang, Cow<'a, str>)>,
    /// Findings the checks attached to this row in the languages the view was made for
    /// (the only ones a writer shows), in the order the checks gave them; made for the
    /// view when the checks kept them compactly.
    pub findings: Vec<Cow<'a, Finding>>,
    /// Findings on this row that `review.toml` accepts.
    pub accepted: Vec<&'a Finding>,
    /// Whether a person pinned this row (`sixfold pin`): the aligner did not choose it.
    pub pinned: bool,
    /// Segment positions per language (each once, in order), for the command that pins
    /// the row.
    pub cells: Cells,
}

impl RowView<'_> {
    /// The row's text in one language, if it has one.
    #[must_use]
    pub fn text(&self, lang: Lang) -> Option<&str> {
        self.texts
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, t)| t.as_ref())
    }

    /// Whether the alignment is unsure enough for a human to look.
    #[must_use]
    pub fn is_low_confidence(&self) -> bool {
        self.confidence < LOW_CONFIDENCE
    }

    /// The worst finding on the row.
    #[must_use]
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }
}

impl<'a> Aligned<'a> {
    /// The document symbol as printed (`A/RES/51/60`): from `document.toml`, else from a
    /// rendering's masthead; `None` when nothing gives one (never the folder's name).
    #[must_use]
    pub fn symbol(&self) -> Option<&str> {
        self.meta
            .and_then(|m| m.symbol.as_deref())
            .or_else(|| sixfold_translations::set::header_symbol(self.docs))
    }

    /// The prefix of every row identifier: the symbol with `/` as `-` and anything outside
    /// the XML `NMTOKEN` repertoire as `_`, so the same string is a valid TMX `tuid`, XLIFF
    /// `unit id` and HTML fragment.
    #[must_use]
    pub fn id_prefix(&self) -> String {
        // Without a symbol the identifiers still need a prefix unique to the document.
        self.symbol()
            .unwrap_or(self.slug)
            .chars()
            .map(|c| match c {
                '/' | ' ' => '-',
                c if c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_') => c,
                _ => '_',
            })
            .collect()
    }

    /// Identifier of row `index`: the prefix, `-r` and the 1-based row number, zero-padded
    /// to at least three digits (`A-RES-51-60-r012`). It depends only on the symbol and
    /// the row's position, so it is the same in every format and every language pair.
    #[must_use]
    pub fn row_id(&self, index: usize) -> String {
        let width = self.alignment.rows.len().to_string().len().max(3);
        format!("{}-r{:0width$}", self.id_prefix(), index + 1)
    }

    /// The languages to write, in writing order: `source` (default: the alignment's pivot)
    /// first, then the others in UN order. Languages without a rendering are dropped.
    #[must_use]
    pub fn order(&self, langs: &[Lang], source: Option<Lang>) -> Vec<Lang> {
        let wanted: BTreeSet<Lang> = langs
            .iter()
            .copied()
            .filter(|l| self.docs.contains_key(l))
            .collect();
        let first = source.unwrap_or(self.alignment.pivot);
        let mut out: Vec<Lang> = wanted.iter().copied().filter(|l| *l == first).collect();
        out.extend(wanted.iter().copied().filter(|l| *l != first));
        out
    }

    /// Every language with a rendering, pivot first.
    #[must_use]
    pub fn all_languages(&self) -> Vec<Lang> {
        self.order(&Lang::ALL, None)
    }

    /// The rows for a reader of `langs`, in alignment order: the aligner's finest rows
    /// grouped so that no segment of `langs` is cut ([`Alignment::groups`]). For two
    /// languages these are the pair's own links (a merge in a third language does not widen
    /// them); for every language, the six-way units. Groups with no text in `langs` are
    /// left out.
    #[must_use]
    pub fn rows(&self, langs: &[Lang]) -> Vec<RowView<'a>> {
        self.rows_iter(langs).collect()
    }

    /// [`Aligned::rows`] one at a time, each made when it is asked for: a writer that
    /// writes each row as it comes holds one view, not the whole document's (the views of
    /// a long rendering take about three times its size).
    pub fn rows_iter(&self, langs: &[Lang]) -> impl Iterator<Item = RowView<'a>> + use<'a> {
        self.views(
            langs,
            self.alignment.groups(langs),
            self.row_findings(langs),
        )
    }

    /// Every finest row with text in `langs`, one view each (the review page, which draws a
    /// segment over the rows it covers).
    #[must_use]
    pub fn finest_rows(&self, langs: &[Lang]) -> Vec<RowView<'a>> {
        self.views(langs, self.finest_groups(), self.row_findings(langs))
            .collect()
    }

    /// The finest rows that have text in `langs`: the rows [`Aligned::finest_rows`] makes
    /// views of, found without making them.
    pub(crate) fn page_rows(&self, langs: &[Lang]) -> Vec<usize> {
        (0..self.alignment.rows.len())
            .filter(|&i| {
                langs.iter().any(|&l| {
                    let cell = self.alignment.cells_of(i..i + 1, l);
                    !cell.is_empty() && self.cell_text(l, &cell).is_some()
                })
            })
            .collect()
    }

    /// The views of the rows `groups` (in row order) with text in `langs`, one at a time.
    pub(crate) fn views_of(
        &self,
        langs: &[Lang],
        groups: Vec<Range<usize>>,
    ) -> impl Iterator<Item = RowView<'a>> + use<'a> {
        self.views(langs, groups, self.row_findings(langs))
    }

    fn finest_groups(&self) -> Vec<Range<usize>> {
        (0..self.alignment.rows.len()).map(|i| i..i + 1).collect()
    }

    /// The findings in `langs` tied to rows, handed out row by row in row order
    /// ([`RowFindings::take`]).
    fn row_findings(&self, langs: &[Lang]) -> RowFindings<'a> {
        RowFindings {
            findings: self.findings,
            docs: self.docs,
            langs: langs.to_vec(),
            // Sorted by row and taken group by group as the groups come (in row order):
            // a map of every finding by row held a reference and a block for each.
            places: self.findings.by_row(self.docs),
            next: 0,
        }
    }

    fn views(
        &self,
        langs: &[Lang],
        groups: Vec<Range<usize>>,
        mut by_row: RowFindings<'a>,
    ) -> impl Iterator<Item = RowView<'a>> + use<'a> {
        let mut accepted_by_row: BTreeMap<usize, Vec<&'a Finding>> = BTreeMap::new();
        for finding in self.accepted {
            if let Some(row) = finding.row {
                accepted_by_row.entry(row).or_default().push(finding);
            }
        }
        let this = *self;
        let langs = langs.to_vec();
        groups
            .into_iter()
            .filter_map(move |group| this.view(&langs, group, &mut by_row, &mut accepted_by_row))
    }

    /// The view of the finest rows `group`, taking their findings out of the maps by row;
    /// `None` when the group has no text in `langs`.
    fn view(
        &self,
        langs: &[Lang],
        group: Range<usize>,
        by_row: &mut RowFindings<'a>,
        accepted_by_row: &mut BTreeMap<usize, Vec<&'a Finding>>,
    ) -> Option<RowView<'a>> {
        let al = self.alignment;
        let rows = al.rows.get(group.clone())?;
        let mut cells = Cells::new();
        for &l in langs {
            let cell = al.cells_of(group.clone(), l);
            if !cell.is_empty() {
                cells.insert(l, &cell);
            }
        }
        let texts: Vec<(Lang, Cow<'a, str>)> = cells
            .iter()
            .filter_map(|(lang, cell)| self.cell_text(lang, cell).map(|t| (lang, t)))
            .collect();
        if texts.is_empty() {
            return None;
        }
        let (kind, label, footnote_refs) = self.structure(group.clone());
        let mut reasons: Vec<&'a Reason> = Vec::new();
        for row in rows {
            for r in relevant_reasons(&row.reasons, langs) {
                if *r != Reason::Pinned && !reasons.contains(&r) {
                    reasons.push(r);
                }
            }
        }
        let take = |map: &mut BTreeMap<usize, Vec<&'a Finding>>| -> Vec<&'a Finding> {
            group
                .clone()
                .flat_map(|i| map.remove(&i).unwrap_or_default())
                .collect()
        };
        Some(RowView {
            index: group.start,
            id: self.row_id(group.start),
            rows: group.clone(),
            kind,
            label,
            confidence: rows
                .iter()
                .map(|r| r.confidence_of(langs))
                .fold(1.0, f64::min),
            reasons,
            footnote_refs,
            texts,
            findings: by_row.take(&group),
            accepted: take(accepted_by_row),
            pinned: rows.iter().any(|r| r.reasons.contains(&Reason::Pinned)),
            cells,
        })
    }

    /// Findings not tied to a row (a missing rendering, a metadata mismatch).
    #[must_use]
    pub fn document_findings(&self) -> Vec<&'a Finding> {
        self.findings.without_row().collect()
    }

    /// Joined text of one cell; `None` when the language has no segment there. Segments
    /// of one cell (a paragraph the translator split) are joined with a space, without one
    /// in Chinese.
    pub(crate) fn cell_text(&self, lang: Lang, cell: &[usize]) -> Option<Cow<'a, str>> {
        let doc = self.docs.get(&lang)?;
        let parts: Vec<&'a str> = cell
            .iter()
            .filter_map(|&i| doc.segments.get(i))
            .map(|s| s.text.as_str())
            .filter(|t| !t.is_empty())
            .collect();
        match parts[..] {
            [] => None,
            [one] => Some(Cow::Borrowed(one)),
            _ => Some(Cow::Owned(parts.join(if lang.is_spaced() {
                " "
            } else {
                ""
            }))),
        }
    }

    /// Kind, label and footnote references of a group of rows, taken from the pivot
    /// language's segments (the reference the labels were aligned against), or from the
    /// first language in UN order that has a segment when the pivot has none.
    fn structure(&self, rows: Range<usize>) -> (SegmentKind, Option<String>, Vec<u32>) {
        let mut langs = vec![self.alignment.pivot];
        langs.extend(Lang::ALL.into_iter().filter(|l| *l != self.alignment.pivot));
        for lang in langs {
            let Some(doc) = self.docs.get(&lang) else {
                continue;
            };
            let segs: Vec<_> = self
                .alignment
                .cells_of(rows.clone(), lang)
                .into_iter()
                .filter_map(|i| doc.segments.get(i))
                .collect();
            let Some(first) = segs.first() else {
                continue;
            };
            let labels: Vec<String> = segs
                .iter()
                .filter_map(|s| s.label.as_ref().map(ToString::to_string))
                .collect();
            let label = (!labels.is_empty()).then(|| labels.join("+"));
            let refs = segs
                .iter()
                .flat_map(|s| s.footnote_refs.iter().copied())
                .collect();
            return (first.kind, label, refs);
        }
        (SegmentKind::Paragraph, None, Vec::new())
    }
}

/// The reasons that concern `langs`: a reason naming a language code outside them
/// (`length ratio es/en 1.74` in an en–zh export) is about another pair and would only
/// puzzle the translator; reasons naming no language (`no anchor`) always stay.
#[must_use]
pub fn relevant_reasons<'r>(reasons: &'r [Reason], langs: &[Lang]) -> Vec<&'r Reason> {
    reasons
        .iter()
        .filter(|reason| reason.langs().all(|lang| langs.contains(&lang)))
        .collect()
}

/// Reasons as the exports write them: their phrases joined by `; `.
#[must_use]
pub fn reasons_text(reasons: &[&Reason]) -> String {
    let mut out = String::new();
    for (i, r) in reasons.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        let _ = write!(out, "{r}");
    }
    out
}

/// `YYYYMMDDThhmmssZ` at midnight UTC of the document's date, the TMX date form.
#[must_use]
pub fn tmx_date(date: sixfold_core::Date) -> String {
    format!("{:04}{:02}{:02}T000000Z", date.year, date.month, date.day)
}

/// Confidence as written everywhere: two decimals, so that float noise in the aligner
/// cannot change an export.
#[must_use]
pub fn confidence_text(confidence: f64) -> String {
    format!("{confidence:.2}")
}

/// The findings tied to rows in some languages ([`Aligned::row_findings`]): their places
/// ([`Findings::by_row`], 8 bytes a finding) sorted by row, each made when its row is
/// taken.
struct RowFindings<'a> {
    findings: &'a Findings,
    docs: &'a BTreeMap<Lang, Document>,
    langs: Vec<Lang>,
    places: Vec<(u32, FindingAt)>,
    /// The first place not handed out.
    next: usize,
}

impl<'a> RowFindings<'a> {
    /// The findings on rows `group` in the languages asked for, in report order within
    /// each row. Groups are taken in row order: the findings of rows before `group` (of
    /// groups a writer leaves out) are passed.
    fn take(&mut self, group: &Range<usize>) -> Vec<Cow<'a, Finding>> {
        let row = |k: usize| self.places.get(k).map(|&(r, _)| r as usize);
        while row(self.next).is_some_and(|r| r < group.start) {
            self.next += 1;
        }
        let start = self.next;
        while row(self.next).is_some_and(|r| r < group.end) {
            self.next += 1;
        }
        let (findings, docs) = (self.findings, self.docs);
        self.places
            .get(start..self.next)
            .unwrap_or_default()
            .iter()
            .filter(|&&(_, at)| {
                findings
                    .lang_of(at)
                    .is_some_and(|l| self.langs.contains(&l))
            })
            .filter_map(|&(_, at)| findings.get(docs, at))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_about_other_languages_are_dropped() {
        let reasons: Vec<Reason> = [
            "length ratio es/en 1.74",
            "no anchor",
            "numbers differ in zh",
            "2-2 regrouping in fr",
        ]
        .into_iter()
        .map(Reason::from)
        .collect();
        assert_eq!(
            relevant_reasons(&reasons, &[Lang::En, Lang::Zh]),
            ["no anchor", "numbers differ in zh"]
        );
        assert_eq!(relevant_reasons(&reasons, &Lang::ALL).len(), 4);
    }
}
