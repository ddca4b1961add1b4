//! Following segments from one version of a document to the next through the alignment.
//!
//! A segment of version *n* succeeds a segment of version *n−1* when either
//! - its text is unchanged and it keeps its place in its own language's sequence (a longest
//!   common subsequence of the language's segment texts), or
//! - its text changed, and the two sit in corresponding rows: the new row's pivot segments
//!   descend from the old row's pivot segments. Rows are matched through the pivot language,
//!   never through line numbers, so a paragraph inserted above (or a page break moved in one
//!   language) does not shift what a segment is compared with.
//!
//! Pivot segments themselves are followed by their own sequence: unchanged ones by the
//! common subsequence, changed ones inside each gap by structural label, then by position
//! when the gap has the same size on both sides, then by textual similarity.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use serde::Serialize;
use similar::{Algorithm, DiffOp, capture_diff_slices};
use sixfold_core::Lang;
use sixfold_translations::{Alignment, Document, Label, Segment};

/// The renderings of one version and their alignment. A rendering that did not change
/// between versions is one shared document, not a copy per version.
#[derive(Debug, Clone, PartialEq)]
pub struct AlignedVersion {
    pub docs: BTreeMap<Lang, Arc<Document>>,
    pub alignment: Alignment,
}

impl AlignedVersion {
    /// Row index of every segment, per language; `None` if the alignment omitted it (it
    /// should not, but the model does not enforce it).
    #[must_use]
    pub fn rows_of_segments(&self) -> BTreeMap<Lang, Vec<Option<usize>>> {
        let mut out: BTreeMap<Lang, Vec<Option<usize>>> = self
            .docs
            .iter()
            .map(|(&lang, doc)| (lang, vec![None; doc.segments.len()]))
            .collect();
        for (r, row) in self.alignment.rows.iter().enumerate() {
            for (lang, cell) in &row.cells {
                if let Some(slots) = out.get_mut(&lang) {
                    for &s in cell {
                        if let Some(slot) = slots.get_mut(s) {
                            *slot = Some(r);
                        }
                    }
                }
            }
        }
        out
    }

    /// The label a person recognises a row by: the first labelled pivot segment, else the
    /// first labelled segment of any language.
    #[must_use]
    pub fn row_label(&self, row: usize, pivot: Lang) -> Option<Label> {
        let row = self.alignment.rows.get(row)?;
        let label_of = |lang: Lang, s: usize| {
            self.docs
                .get(&lang)
                .and_then(|d| d.segments.get(s))
                .and_then(|seg| seg.label.clone())
        };
        row.cell(pivot)
            .iter()
            .find_map(|&s| label_of(pivot, s))
            .or_else(|| {
                row.cells
                    .iter()
                    .find_map(|(lang, cell)| cell.iter().find_map(|&s| label_of(lang, s)))
            })
    }

    fn texts(&self, lang: Lang) -> Vec<&str> {
        self.docs.get(&lang).map_or_else(Vec::new, |d| {
            d.segments.iter().map(|s| s.text.as_str()).collect()
        })
    }
}

/// Where a segment of the newer version comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "old", rename_all = "lowercase")]
pub enum Link {
    /// Same text as this segment of the older version.
    Same(usize),
    /// Successor of this older segment, with different text.
    Changed(usize),
    /// No predecessor.
    Added,
}

impl Link {
    /// The predecessor, if any.
    #[must_use]
    pub fn old(self) -> Option<usize> {
        match self {
            Link::Same(o) | Link::Changed(o) => Some(o),
            Link::Added => None,
        }
    }
}

/// How one language's segments moved between two versions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LangChange {
    /// One link per segment of the newer version.
    pub links: Vec<Link>,
    /// Segments of the older version that have no successor.
    pub removed: Vec<usize>,
}

impl LangChange {
    /// Whether anything changed in this language.
    #[must_use]
    pub fn is_unchanged(&self) -> bool {
        self.removed.is_empty() && self.links.iter().all(|l| matches!(l, Link::Same(_)))
    }
}

/// Everything that moved between two versions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Transition {
    /// Every language present in either version.
    pub langs: BTreeMap<Lang, LangChange>,
    /// For each row of the newer alignment, the rows of the older one it descends from.
    pub row_pred: Vec<Vec<usize>>,
}

/// Row index of every segment, per language ([`AlignedVersion::rows_of_segments`]).
pub(crate) type SegmentRows = BTreeMap<Lang, Vec<Option<usize>>>;

/// Follows every segment of `old` into `new`. `unchanged` names languages whose file is
/// byte-identical in both versions: their segments map one to one without comparison.
#[must_use]
pub fn transition(
    old: &AlignedVersion,
    new: &AlignedVersion,
    pivot: Lang,
    unchanged: &BTreeSet<Lang>,
) -> Transition {
    transition_with_rows(
        old,
        new,
        pivot,
        unchanged,
        &old.rows_of_segments(),
        &new.rows_of_segments(),
    )
}

/// [`transition`] with both versions' segment rows already known: a history computes them
/// once per version, not once per use.
pub(crate) fn transition_with_rows(
    old: &AlignedVersion,
    new: &AlignedVersion,
    pivot: Lang,
    unchanged: &BTreeSet<Lang>,
    old_rows: &SegmentRows,
    new_rows: &SegmentRows,
) -> Transition {
    let mut langs = BTreeMap::new();

    let pivot_change = if identical(old, new, pivot, unchanged) {
        identity(new.texts(pivot).len())
    } else {
        follow_pivot(old, new, pivot)
    };

    // Rows of the new alignment anchored by a pivot segment that has a predecessor.
    let mut row_pred: Vec<Vec<usize>> = vec![Vec::new(); new.alignment.rows.len()];
    if let (Some(old_pivot_rows), Some(new_pivot_rows)) =
        (old_rows.get(&pivot), new_rows.get(&pivot))
    {
        for (s, link) in pivot_change.links.iter().enumerate() {
            let (Some(o), Some(Some(nr))) = (link.old(), new_pivot_rows.get(s)) else {
                continue;
            };
            if let (Some(Some(or)), Some(preds)) = (old_pivot_rows.get(o), row_pred.get_mut(*nr)) {
                if !preds.contains(or) {
                    preds.push(*or);
                }
            }
        }
    }
    for preds in &mut row_pred {
        preds.sort_unstable();
    }
    let row_candidates = candidate_rows(&row_pred, old.alignment.rows.len());
    langs.insert(pivot, pivot_change);

    let all: BTreeSet<Lang> = old.docs.keys().chain(new.docs.keys()).copied().collect();
    for lang in all {
        if lang == pivot {
            continue;
        }
        let change = if identical(old, new, lang, unchanged) {
            identity(new.texts(lang).len())
        } else {
            follow_by_rows(old, new, lang, &row_candidates, old_rows, new_rows)
        };
        langs.insert(lang, change);
    }
    Transition { langs, row_pred }
}

/// A language's segments can be mapped one to one when its file did not change and the
/// reader gave the same segments (it is deterministic, but check rather than assume).
fn identical(
    old: &AlignedVersion,
    new: &AlignedVersion,
    lang: Lang,
    unchanged: &BTreeSet<Lang>,
) -> bool {
    unchanged.contains(&lang)
        && match (old.docs.get(&lang), new.docs.get(&lang)) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b) || a.segments == b.segments,
            _ => false,
        }
}

fn identity(n: usize) -> LangChange {
    LangChange {
        links: (0..n).map(Link::Same).collect(),
        removed: Vec::new(),
    }
}

/// The old rows whose segments a new row's segments may descend from: its own pivot
/// predecessors, or, for a row without any (an extra paragraph in one language, a new pivot
/// paragraph), every old row between the predecessors of the nearest anchored rows around
/// it, bounds included since the aligner may have attached the paragraph to a neighbour.
fn candidate_rows(row_pred: &[Vec<usize>], old_len: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::with_capacity(row_pred.len());
    for (r, preds) in row_pred.iter().enumerate() {
        if !preds.is_empty() {
            out.push(preds.clone());
            continue;
        }
        let lower = row_pred[..r]
            .iter()
            .rev()
            .find_map(|p| p.iter().max().copied())
            .unwrap_or(0);
        let upper = row_pred
            .get(r + 1..)
            .unwrap_or_default()
            .iter()
            .find_map(|p| p.iter().min().copied())
            .unwrap_or_else(|| old_len.saturating_sub(1));
        out.push(if lower <= upper && old_len > 0 {
            (lower..=upper).collect()
        } else {
            Vec::new()
        });
    }
    out
}

/// Pairs of (old, new) indices whose texts are equal and in the same order.
fn common_subsequence(old: &[&str], new: &[&str]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, old, new) {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            pairs.extend((0..len).map(|i| (old_index + i, new_index + i)));
        }
    }
    pairs
}

/// Follows the pivot's segments through its own sequence (see the module documentation).
fn follow_pivot(old: &AlignedVersion, new: &AlignedVersion, pivot: Lang) -> LangChange {
    let old_texts = old.texts(pivot);
    let new_texts = new.texts(pivot);
    let mut links = vec![Link::Added; new_texts.len()];
    let mut used = vec![false; old_texts.len()];
    let equal = common_subsequence(&old_texts, &new_texts);
    for &(o, n) in &equal {
        links[n] = Link::Same(o);
        used[o] = true;
    }
    // Gaps between consecutive equal pairs hold the changed segments of both sides.
    let mut bounds = equal.clone();
    bounds.push((old_texts.len(), new_texts.len()));
    let (mut o_start, mut n_start) = (0, 0);
    for (o_end, n_end) in bounds {
        if o_start < o_end && n_start < n_end {
            pair_gap(
                old,
                new,
                pivot,
                &(o_start..o_end).collect::<Vec<_>>(),
                &(n_start..n_end).collect::<Vec<_>>(),
                &mut links,
                &mut used,
            );
        }
        o_start = o_end + 1;
        n_start = n_end + 1;
    }
    // A pairing by label or position may join two equal texts that the common subsequence
    // left out because they moved: the text did not change.
    for (n, link) in links.iter_mut().enumerate() {
        if let Link::Changed(o) = *link {
            if old_texts.get(o) == new_texts.get(n) {
                *link = Link::Same(o);
            }
        }
    }
    LangChange {
        links,
        removed: (0..old_texts.len()).filter(|&o| !used[o]).collect(),
    }
}

/// Pairs changed pivot segments inside one gap of the common subsequence.
fn pair_gap(
    old: &AlignedVersion,
    new: &AlignedVersion,
    pivot: Lang,
    olds: &[usize],
    news: &[usize],
    links: &mut [Link],
    used: &mut [bool],
) {
    fn seg_of(v: &AlignedVersion, lang: Lang, i: usize) -> Option<&Segment> {
        v.docs.get(&lang).and_then(|d| d.segments.get(i))
    }
    let seg = |v, i| seg_of(v, pivot, i);
    // 1. Same structural label.
    for &n in news {
        let Some(label) = seg(new, n).and_then(|s| s.label.as_ref()) else {
            continue;
        };
        if let Some(&o) = olds
            .iter()
            .find(|&&o| !used[o] && seg(old, o).and_then(|s| s.label.as_ref()) == Some(label))
        {
            links[n] = Link::Changed(o);
            used[o] = true;
        }
    }
    let free_old: Vec<usize> = olds.iter().copied().filter(|&o| !used[o]).collect();
    let free_new: Vec<usize> = news
        .iter()
        .copied()
        .filter(|&n| links[n] == Link::Added)
        .collect();
    // 2. Same number of unpaired segments on both sides: an edit in place.
    if free_old.len() == free_new.len() {
        for (&o, &n) in free_old.iter().zip(&free_new) {
            links[n] = Link::Changed(o);
            used[o] = true;
        }
        return;
    }
    // 3. Otherwise keep order and pair the most similar texts, when similar enough to be an
    //    edit rather than a replacement.
    let mut next_old = 0;
    for &n in &free_new {
        let Some(new_text) = seg(new, n).map(|s| s.text.as_str()) else {
            continue;
        };
        let best = free_old
            .iter()
            .enumerate()
            .skip(next_old)
            .filter(|(_, o)| !used[**o])
            .filter_map(|(i, &o)| {
                let old_text = seg(old, o)?.text.as_str();
                Some((i, o, similarity(old_text, new_text)))
            })
            .max_by(|a, b| a.2.total_cmp(&b.2).then(b.0.cmp(&a.0)));
        if let Some((i, o, score)) = best {
            if score >= 0.5 {
                links[n] = Link::Changed(o);
                used[o] = true;
                next_old = i + 1;
            }
        }
    }
}

/// Share of characters two texts have in common, in order (0 to 1).
fn similarity(a: &str, b: &str) -> f64 {
    similar::TextDiff::configure()
        .algorithm(Algorithm::Myers)
        .diff_chars(a, b)
        .ratio()
        .into()
}

/// Follows a non-pivot language: unchanged segments by its own common subsequence, changed
/// ones to the unpaired old segments of the rows their row descends from, in order.
fn follow_by_rows(
    old: &AlignedVersion,
    new: &AlignedVersion,
    lang: Lang,
    row_candidates: &[Vec<usize>],
    old_rows: &SegmentRows,
    new_rows: &SegmentRows,
) -> LangChange {
    let old_texts = old.texts(lang);
    let new_texts = new.texts(lang);
    let mut links = vec![Link::Added; new_texts.len()];
    let mut used = vec![false; old_texts.len()];
    for (o, n) in common_subsequence(&old_texts, &new_texts) {
        links[n] = Link::Same(o);
        used[o] = true;
    }
    let empty = Vec::new();
    let new_row_of = new_rows.get(&lang).unwrap_or(&empty);
    let old_row_of = old_rows.get(&lang).unwrap_or(&empty);
    for (n, link) in links.iter_mut().enumerate() {
        if *link != Link::Added {
            continue;
        }
        let Some(Some(r)) = new_row_of.get(n) else {
            continue;
        };
        let Some(cands) = row_candidates.get(*r) else {
            continue;
        };
        // An unpaired old segment of this language in a predecessor row: one with the same
        // text first (a segment that moved out of the common subsequence), else the first.
        let in_cands = |o: usize| {
            old_row_of
                .get(o)
                .copied()
                .flatten()
                .is_some_and(|or| cands.contains(&or))
        };
        let new_text = new_texts.get(n).copied();
        let same = (0..old_texts.len())
            .find(|&o| !used[o] && in_cands(o) && old_texts.get(o).copied() == new_text);
        if let Some(o) = same {
            *link = Link::Same(o);
            used[o] = true;
        } else if let Some(o) = (0..old_texts.len()).find(|&o| !used[o] && in_cands(o)) {
            *link = Link::Changed(o);
            used[o] = true;
        }
    }
    LangChange {
        links,
        removed: (0..old_texts.len()).filter(|&o| !used[o]).collect(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use sixfold_translations::{Row, SegmentKind};

    /// A version built by hand: per language, (label, text) per segment; rows as cells.
    pub(crate) fn version(
        docs: &[(Lang, &[(&str, &str)])],
        rows: &[&[(Lang, &[usize])]],
    ) -> AlignedVersion {
        let docs = docs
            .iter()
            .map(|(lang, segs)| {
                let segments = segs
                    .iter()
                    .enumerate()
                    .map(|(index, (label, text))| Segment {
                        index,
                        kind: SegmentKind::Paragraph,
                        label: Some(label.parse().expect("a label")),
                        text: (*text).to_owned(),
                        line: index * 2 + 1,
                        footnote_refs: Vec::new(),
                    })
                    .collect();
                (
                    *lang,
                    Arc::new(Document {
                        lang: *lang,
                        source: format!("{lang}.md"),
                        segments,
                    }),
                )
            })
            .collect::<BTreeMap<_, _>>();
        let rows = rows
            .iter()
            .enumerate()
            .map(|(unit, cells)| Row {
                cells: cells.iter().map(|(l, c)| (*l, c.to_vec())).collect(),
                confidence: 1.0,
                reasons: Vec::new().into(),
                unit,
                pair_confidence: None,
            })
            .collect();
        AlignedVersion {
            alignment: Alignment {
                languages: docs.keys().copied().collect(),
                pivot: Lang::En,
                rows,
            },
            docs,
        }
    }

    fn one_to_one(en: &[(&str, &str)], fr: &[(&str, &str)]) -> AlignedVersion {
        let n = en.len().max(fr.len());
        let cells: Vec<Vec<(Lang, Vec<usize>)>> = (0..n)
            .map(|i| {
                let mut c = Vec::new();
                if i < en.len() {
                    c.push((Lang::En, vec![i]));
                }
                if i < fr.len() {
                    c.push((Lang::Fr, vec![i]));
                }
                c
            })
            .collect();
        let borrowed: Vec<Vec<(Lang, &[usize])>> = cells
            .iter()
            .map(|c| c.iter().map(|(l, v)| (*l, v.as_slice())).collect())
            .collect();
        let rows: Vec<&[(Lang, &[usize])]> = borrowed.iter().map(Vec::as_slice).collect();
        version(&[(Lang::En, en), (Lang::Fr, fr)], &rows)
    }

    #[test]
    fn an_edited_pivot_paragraph_is_followed_and_its_translation_kept() {
        let old = one_to_one(
            &[("op.1", "One."), ("op.2", "Two."), ("op.3", "Three.")],
            &[("op.1", "Un."), ("op.2", "Deux."), ("op.3", "Trois.")],
        );
        let new = one_to_one(
            &[
                ("op.1", "One."),
                ("op.2", "Two, amended."),
                ("op.3", "Three."),
            ],
            &[("op.1", "Un."), ("op.2", "Deux."), ("op.3", "Trois.")],
        );
        let t = transition(&old, &new, Lang::En, &BTreeSet::from([Lang::Fr]));
        assert_eq!(
            t.langs[&Lang::En].links,
            [Link::Same(0), Link::Changed(1), Link::Same(2)]
        );
        assert!(t.langs[&Lang::Fr].is_unchanged());
        assert_eq!(t.row_pred, [vec![0], vec![1], vec![2]]);
    }

    #[test]
    fn a_changed_translation_is_paired_through_the_pivot_row_not_its_position() {
        // English inserts a paragraph before op.2; French edits its op.2 in the same commit.
        let old = one_to_one(
            &[("op.1", "One."), ("op.2", "Two.")],
            &[("op.1", "Un."), ("op.2", "Deux.")],
        );
        let new = version(
            &[
                (
                    Lang::En,
                    &[("op.1", "One."), ("op.2", "New."), ("op.3", "Two.")],
                ),
                (Lang::Fr, &[("op.1", "Un."), ("op.3", "Deux, modifié.")]),
            ],
            &[
                &[(Lang::En, &[0]), (Lang::Fr, &[0])],
                &[(Lang::En, &[1])],
                &[(Lang::En, &[2]), (Lang::Fr, &[1])],
            ],
        );
        let t = transition(&old, &new, Lang::En, &BTreeSet::new());
        assert_eq!(
            t.langs[&Lang::En].links,
            [Link::Same(0), Link::Added, Link::Same(1)]
        );
        assert_eq!(t.row_pred, [vec![0], vec![], vec![1]]);
        assert_eq!(t.langs[&Lang::Fr].links, [Link::Same(0), Link::Changed(1)]);
        assert!(t.langs[&Lang::Fr].removed.is_empty());
    }

    #[test]
    fn removed_segments_are_reported_in_every_language() {
        let old = one_to_one(
            &[("op.1", "One."), ("op.2", "Two."), ("op.3", "Three.")],
            &[("op.1", "Un."), ("op.2", "Deux."), ("op.3", "Trois.")],
        );
        let new = one_to_one(
            &[("op.1", "One."), ("op.3", "Three.")],
            &[("op.1", "Un."), ("op.3", "Trois.")],
        );
        let t = transition(&old, &new, Lang::En, &BTreeSet::new());
        assert_eq!(t.langs[&Lang::En].removed, [1]);
        assert_eq!(t.langs[&Lang::Fr].removed, [1]);
        assert_eq!(t.langs[&Lang::Fr].links, [Link::Same(0), Link::Same(2)]);
    }

    #[test]
    fn unequal_gaps_pair_by_label_then_similarity() {
        let old = one_to_one(
            &[("pre.1", "Alpha beta gamma."), ("pre.2", "Delta epsilon.")],
            &[],
        );
        let new = one_to_one(
            &[
                ("pre.3", "Something else entirely, brand new."),
                ("pre.4", "Alpha beta gamma delta."),
                ("pre.2", "Delta epsilon zeta."),
            ],
            &[],
        );
        let t = transition(&old, &new, Lang::En, &BTreeSet::new());
        assert_eq!(
            t.langs[&Lang::En].links,
            [Link::Added, Link::Changed(0), Link::Changed(1)]
        );
        assert!(t.langs[&Lang::En].removed.is_empty());
    }

    #[test]
    fn row_labels_prefer_the_pivot() {
        let v = one_to_one(&[("op.1", "One.")], &[("pre.1", "Un.")]);
        let label = |lang| v.row_label(0, lang).map(|l| l.to_string());
        assert_eq!(label(Lang::En).as_deref(), Some("op.1"));
        assert_eq!(label(Lang::Fr).as_deref(), Some("pre.1"));
        assert_eq!(v.row_label(5, Lang::En), None);
    }

    proptest::proptest! {
        /// Whatever the edits, every old segment has exactly one fate (a successor or
        /// removal), no old segment has two successors, and `Same` means equal text while
        /// `Changed` means different text.
        #[test]
        fn every_segment_has_exactly_one_fate(
            old_en in proptest::collection::vec(0u8..5, 0..8),
            new_en in proptest::collection::vec(0u8..5, 0..8),
            old_fr in proptest::collection::vec(0u8..5, 0..8),
            new_fr in proptest::collection::vec(0u8..5, 0..8),
            fr_unchanged in proptest::bool::ANY,
        ) {
            let texts = |v: &[u8], lang: &str| -> Vec<(String, String)> {
                v.iter().enumerate().map(|(i, t)| (format!("op.{}", i + 1), format!("{lang} text {t}"))).collect()
            };
            let (oe, ne, of) = (texts(&old_en, "en"), texts(&new_en, "en"), texts(&old_fr, "fr"));
            let nf = if fr_unchanged { of.clone() } else { texts(&new_fr, "fr") };
            let borrow = |v: &[(String, String)]| -> Vec<(String, String)> { v.to_vec() };
            let old = owned_one_to_one(&borrow(&oe), &borrow(&of));
            let new = owned_one_to_one(&borrow(&ne), &borrow(&nf));
            let unchanged = if fr_unchanged { BTreeSet::from([Lang::Fr]) } else { BTreeSet::new() };
            let t = transition(&old, &new, Lang::En, &unchanged);
            for (lang, old_texts, new_texts) in [(Lang::En, &oe, &ne), (Lang::Fr, &of, &nf)] {
                let change = &t.langs[&lang];
                proptest::prop_assert_eq!(change.links.len(), new_texts.len());
                let mut fate = vec![0u32; old_texts.len()];
                for (n, link) in change.links.iter().enumerate() {
                    match *link {
                        Link::Same(o) => {
                            proptest::prop_assert_eq!(&old_texts[o].1, &new_texts[n].1);
                            fate[o] += 1;
                        }
                        Link::Changed(o) => {
                            proptest::prop_assert_ne!(&old_texts[o].1, &new_texts[n].1);
                            fate[o] += 1;
                        }
                        Link::Added => {}
                    }
                }
                for &o in &change.removed {
                    fate[o] += 1;
                }
                proptest::prop_assert!(fate.iter().all(|&f| f == 1), "{:?} {:?}", lang, fate);
            }
        }
    }

    /// [`one_to_one`] over owned strings, for generated inputs.
    fn owned_one_to_one(en: &[(String, String)], fr: &[(String, String)]) -> AlignedVersion {
        let en: Vec<(&str, &str)> = en.iter().map(|(l, t)| (l.as_str(), t.as_str())).collect();
        let fr: Vec<(&str, &str)> = fr.iter().map(|(l, t)| (l.as_str(), t.as_str())).collect();
        one_to_one(&en, &fr)
    }
}
