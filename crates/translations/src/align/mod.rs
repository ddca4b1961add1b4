//! Joint n-way paragraph alignment of renderings against a pivot language.
//!
//! Each language is aligned against the pivot by [`align_pair`] (structural anchors, then a
//! Gale–Church programme between them). The pairwise results are then merged into one row
//! structure shared by all languages: units are groups of consecutive pivot segments,
//! widened whenever any language links across their boundary, and rows divide units as
//! finely as the links of every language allow ([`merge`]). That is what makes the rows
//! consistent across all pairs rather than five pairwise answers placed side by side.
//!
//! ```
//! use std::collections::BTreeMap;
//! use sixfold_core::Lang;
//! use sixfold_translations::align::{align, AlignOptions};
//! use sixfold_translations::{Document, Segment, SegmentKind};
//!
//! let doc = |lang, texts: &[&str]| Document {
//!     lang,
//!     source: format!("{lang}.md"),
//!     segments: texts
//!         .iter()
//!         .enumerate()
//!         .map(|(index, t)| Segment {
//!             index,
//!             kind: SegmentKind::Paragraph,
//!             label: None,
//!             text: (*t).to_owned(),
//!             line: index + 1,
//!             footnote_refs: vec![],
//!         })
//!         .collect(),
//! };
//! let mut set = BTreeMap::new();
//! set.insert(Lang::En, doc(Lang::En, &["Urges Member States to act.", "Decides to remain seized of the matter."]));
//! set.insert(Lang::Fr, doc(Lang::Fr, &["Demande instamment aux États Membres d'agir.", "Décide de rester saisie de la question."]));
//! let alignment = align(&set, &AlignOptions::default());
//! assert_eq!(alignment.rows.len(), 2);
//! assert_eq!(alignment.rows[1].cell(Lang::Fr), [1]);
//! ```

use std::borrow::Borrow;
use std::collections::BTreeMap;

use sixfold_core::Lang;

use crate::cells::Cells;
use crate::model::{Alignment, Document, Row};
use crate::reason::{self, Reasons};

pub mod damage;
pub mod labels;
mod length;
mod lexbits;
pub mod lexical;
mod lexicon_build;
mod links;
mod pair;
pub mod tokens;

pub use length::{LengthModel, builtin_profile, calibrate, measure};
pub use pair::{
    Bead, PairFeatures, PairRun, align_pair, align_pair_continuing, align_pair_features,
    align_pair_resuming,
};

use links::{BeadList, BeadRef, Kept};
use pair::{Features, PairContext};

/// How to align.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlignOptions {
    /// The reference language; when it is absent or empty the first non-empty language in
    /// UN order is used instead, and [`Alignment::pivot`] says which.
    pub pivot: Lang,
}

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions { pivot: Lang::En }
    }
}

/// Aligns every rendering in `set` jointly against the pivot. Every segment of every
/// language lands in exactly one row, rows are in document order in every language, and
/// the result depends only on the input.
#[must_use]
pub fn align(set: &BTreeMap<Lang, Document>, opts: &AlignOptions) -> Alignment {
    let Some(pivot) = choose_pivot(set, opts.pivot) else {
        return Alignment {
            languages: Vec::new(),
            pivot: opts.pivot,
            rows: Vec::new(),
        };
    };
    let mut languages = vec![pivot];
    languages.extend(set.keys().copied().filter(|&l| l != pivot));
    let pivot_segs = set.get(&pivot).map_or(&[][..], |d| &d.segments[..]);
    // The digits of every segment are read once per document and kept beside the
    // features: a one-to-one bead asks `check`'s question whether its numbers differ,
    // which reads them again otherwise, the pivot's in every pair.
    let (pivot_feats, pivot_digits) = Features::of_all_read(pivot_segs, pivot);
    // Each pair's beads are kept compactly once made ([`links`]): the finished pairs are
    // held while the next pair's programme runs, which is the peak of a long document.
    let pairs: Vec<(Lang, Kept)> = set
        .iter()
        .filter(|&(&l, _)| l != pivot)
        .map(|(&lang, doc)| {
            let (feats, digits) = Features::of_all_read(&doc.segments, lang);
            let ctx = PairContext::new(pivot, lang, &pivot_feats, &feats)
                .with_segments(pivot_segs, &doc.segments)
                .with_digits(&pivot_digits, &digits);
            (lang, ctx.run_kept())
        })
        .collect();
    // The pivot's features (numbers, lexicon ids and more per segment) are not needed to
    // merge: freed first, they do not add to the merge table at the peak of a long document.
    drop(pivot_feats);
    drop(pivot_digits);
    let rows = merge(pivot, pivot_segs.len(), pairs);
    Alignment {
        languages,
        pivot,
        rows,
    }
}

/// [`align`] from pairwise results computed elsewhere: `pairs` holds, for every language
/// of `set` but the pivot, what [`align_pair`] answers for it against the pivot. A caller
/// that keeps pairwise results by the content of both renderings (the history of a folder,
/// where one commit usually changes one rendering) re-aligns only the pairs that changed
/// and gets the same alignment [`align`] would. `None` when [`align`] would not use
/// `pivot` as the reference (it is absent or empty), since the pairs were made against it.
/// The set may hold shared documents (`Arc<Document>`), as a history does.
#[must_use]
pub fn align_from_pairs<D: Borrow<Document>>(
    set: &BTreeMap<Lang, D>,
    pivot: Lang,
    pairs: &[(Lang, Vec<Bead>)],
) -> Option<Alignment> {
    if choose_pivot(set, pivot) != Some(pivot) {
        return None;
    }
    let mut languages = vec![pivot];
    languages.extend(set.keys().copied().filter(|&l| l != pivot));
    let n = set.get(&pivot).map_or(0, |d| d.borrow().segments.len());
    Some(Alignment {
        languages,
        pivot,
        rows: merge(pivot, n, pairs.iter().map(|(l, b)| (*l, &b[..])).collect()),
    })
}

/// The pairwise beads between the pivot and `other` inside each row of a joint alignment,
/// with positions in the whole documents. A row widened by a merge in another language
/// holds, for this language, several segments that correspond one to one; this recovers
/// that finer structure, which is what link-level evaluation and the checks need.
#[must_use]
pub fn pair_beads(set: &BTreeMap<Lang, Document>, alignment: &Alignment, other: Lang) -> Vec<Bead> {
    pair_beads_by_row(set, alignment, other)
        .into_iter()
        .map(|(_, b)| b)
        .collect()
}

/// [`pair_beads`] with the index of the row each bead lies in.
#[must_use]
pub fn pair_beads_by_row(
    set: &BTreeMap<Lang, Document>,
    alignment: &Alignment,
    other: Lang,
) -> Vec<(usize, Bead)> {
    let pivot = alignment.pivot;
    let (Some(pd), Some(od)) = (set.get(&pivot), set.get(&other)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (row_index, row) in alignment.rows.iter().enumerate() {
        let pc = row.cell(pivot);
        let oc = row.cell(other);
        let pr = run(pc);
        let or = run(oc);
        let (Some(ps), Some(os)) = (pd.segments.get(pr.clone()), od.segments.get(or.clone()))
        else {
            continue;
        };
        if pc.len() <= 1 && oc.len() <= 1 {
            let b = Bead {
                pivot: pr,
                other: or,
                confidence: row.confidence,
                reasons: row.reasons.to_vec(),
            };
            if !(b.pivot.is_empty() && b.other.is_empty()) {
                out.push((row_index, b));
            }
            continue;
        }
        out.extend(realign(pivot, ps, pr.start, other, os, or.start).map(|b| (row_index, b)));
    }
    out
}

/// The pairwise beads inside a stretch the six-way rows cannot divide (`ps` from pivot
/// position `p0`, `os` from `o0`), in document positions: a regrouping in some other
/// language may well be one to one for this pair.
pub(crate) fn realign(
    pivot: Lang,
    ps: &[crate::Segment],
    p0: usize,
    other: Lang,
    os: &[crate::Segment],
    o0: usize,
) -> impl Iterator<Item = Bead> {
    align_pair(pivot, ps, other, os)
        .into_iter()
        .map(move |mut b| {
            b.pivot = b.pivot.start + p0..b.pivot.end + p0;
            b.other = b.other.start + o0..b.other.end + o0;
            b
        })
}

/// The range covered by a cell (cells are runs of consecutive positions).
pub(crate) fn run(cell: &[usize]) -> std::ops::Range<usize> {
    match (cell.first(), cell.last()) {
        (Some(&a), Some(&b)) if b >= a => a..b + 1,
        _ => 0..0,
    }
}

fn choose_pivot<D: Borrow<Document>>(set: &BTreeMap<Lang, D>, wanted: Lang) -> Option<Lang> {
    let non_empty = |l: &Lang| set.get(l).is_some_and(|d| !d.borrow().segments.is_empty());
    if non_empty(&wanted) {
        return Some(wanted);
    }
    set.keys()
        .copied()
        .find(non_empty)
        .or_else(|| set.contains_key(&wanted).then_some(wanted))
        .or_else(|| set.keys().next().copied())
}

/// A row being assembled. As large as a [`Row`], so that the rows are made in the table's
/// own block ([`merge`]).
struct Slot {
    cells: Cells,
    confidence: f64,
    /// The lowest bead confidence per language, in [`Lang::ALL`] order, in hundredths
    /// (rounding keeps the order, so this is the lowest confidence rounded).
    pair_confidence: [u8; 6],
    reasons: Reasons,
    /// Slot of the six-way unit (coarse row) this row belongs to.
    home: usize,
}

impl Slot {
    fn add(&mut self, lang: Lang, bead: &BeadRef<'_>) {
        self.add_cells(lang, bead.other(), bead.confidence);
        for r in bead.reasons {
            reason::add_new(&mut self.reasons, r);
        }
    }

    fn add_cells(&mut self, lang: Lang, segments: std::ops::Range<usize>, confidence: f64) {
        self.cells.ensure(lang);
        for s in segments {
            self.cells.push_new(lang, s);
        }
        self.confidence = self.confidence.min(confidence);
        let own = &mut self.pair_confidence[lang.index()];
        *own = (*own).min(percent(confidence));
    }
}

/// Groups of consecutive pivot positions `0..n` that `joins` keeps together: `group[k]` for
/// each `k` in `0..=n` (position `n` is after the last group), and how many there are.
/// `joined[k]` says whether positions `k - 1` and `k` share a group.
fn groups(n: usize, joined: &[bool]) -> (Vec<usize>, usize) {
    let mut group_of = vec![0usize; n + 1];
    let mut count = 0usize;
    for (k, g) in group_of.iter_mut().enumerate() {
        if k == n {
            *g = count;
        } else {
            if k == 0 || !joined.get(k).copied().unwrap_or(false) {
                count += 1;
            }
            *g = count - 1;
        }
    }
    (group_of, count)
}

/// First position of each group `0..=groups` in `group_of` (which never decreases), `n`
/// for a group with none, so that every row slot finds its group's start in constant
/// time: a scan per slot was quadratic in the length of the document.
fn first_positions(group_of: &[usize], groups: usize, n: usize) -> Vec<usize> {
    let mut first = vec![n; groups + 1];
    for (k, &g) in group_of.iter().enumerate().rev() {
        if let Some(slot) = first.get_mut(g) {
            *slot = k;
        }
    }
    first
}

/// For each pivot position `k` in `0..=n`: whether some language links pivot `k - 1` and
/// `k` in one bead (the unit boundary is gone), and whether they must share a row.
fn boundaries<L: BeadList>(n: usize, pairs: &[(Lang, L)]) -> (Vec<bool>, Vec<bool>) {
    // spanned[k]: how many languages link pivot k - 1 and k in one bead. A language that
    // does not (it is one to one there, or merges on its own side only) divides the
    // pivot at k, and a finer division is a row boundary for every language: the
    // regrouping language's segments are then listed in each row they cover, as a merged
    // segment is, so its own links stay a 2-2 while the others keep theirs one to one.
    let mut joined = vec![false; n + 1];
    let mut regrouped = vec![false; n + 1];
    let mut spanned = vec![0usize; n + 1];
    for (_, beads) in pairs {
        beads.visit(&mut |b| {
            for k in b.pivot.0 + 1..b.pivot.1 {
                if let Some(x) = joined.get_mut(k) {
                    *x = true;
                }
                if let Some(x) = spanned.get_mut(k) {
                    *x += 1;
                }
                if b.other().len() > 1 {
                    if let Some(x) = regrouped.get_mut(k) {
                        *x = true;
                    }
                }
            }
        });
    }
    for (r, &s) in regrouped.iter_mut().zip(&spanned) {
        *r = *r && s == pairs.len();
    }
    (joined, regrouped)
}

/// Merges the pairwise beads into rows at the finest granularity the links allow.
///
/// Two partitions of the pivot are built. *Units* (the six-way rows) join pivot segments
/// `k - 1` and `k` whenever any language links across that boundary, so a merge in one
/// language widens the unit for all. *Rows* join them only where a language regroups
/// several pivot segments with several of its own (a true 2-2) and no language divides
/// them, so that no finer division exists; a segment merged in its language (a 2-1 bead) is listed in each row it
/// covers, and a language that is one to one keeps its one-to-one links. Every row knows
/// its unit ([`Row::unit`]), and [`Alignment::units`] gives the units back.
///
/// Row slots: pivot group `g` is slot `2g + 1`; segments inserted before group `g` (no
/// pivot counterpart) are slot `2g`; insertions after the last group are slot `2G`.
///
/// Each language's beads are freed once in the table (a fresh alignment owns them), so the
/// beads of a long rendering are not held beside a full copy of them at the peak.
fn merge<L: BeadList>(pivot: Lang, n: usize, pairs: Vec<(Lang, L)>) -> Vec<Row> {
    let (joined, regrouped) = boundaries(n, &pairs);
    let (unit_of, _) = groups(n, &joined);
    let (group_of, groups_n) = groups(n, &regrouped);
    // An insertion at pivot position k joins the group around it when k lies inside one,
    // and has a slot of its own otherwise.
    let insertion_slot = |k: usize, joined: &[bool], group_of: &[usize]| -> usize {
        let k = k.min(n);
        let g = group_of.get(k).copied().unwrap_or(0);
        if k == n || k == 0 || !joined.get(k).copied().unwrap_or(false) {
            2 * g
        } else {
            2 * g + 1
        }
    };
    let first_of_group = first_positions(&group_of, groups_n, n);
    let unit_slot_of_slot = |slot: usize| -> usize {
        let first = first_of_group.get(slot / 2).copied().unwrap_or(n);
        if slot % 2 == 1 {
            // A pivot group: the unit of its first segment.
            2 * unit_of.get(first).copied().unwrap_or(0) + 1
        } else {
            insertion_slot(first, &joined, &unit_of)
        }
    };
    // The slots a bead goes to: its insertion slot, or every pivot group it covers.
    let slots_of = |b: &BeadRef<'_>| -> std::ops::RangeInclusive<usize> {
        if b.pivot().is_empty() {
            let slot = insertion_slot(b.pivot.0, &regrouped, &group_of);
            return slot..=slot;
        }
        let first = group_of.get(b.pivot.0).copied().unwrap_or(0);
        let last = group_of
            .get(b.pivot.1.saturating_sub(1))
            .copied()
            .unwrap_or(first);
        2 * first + 1..=2 * last + 1
    };
    // Only the insertion slots some bead goes to are in the table: a slot for every
    // insertion point was half the table, nearly all of it empty, on a long rendering.
    let mut inserted: Vec<usize> = Vec::new();
    for (_, beads) in &pairs {
        beads.visit(&mut |b| {
            let slots = slots_of(&b);
            if slots.start() % 2 == 0 {
                inserted.push(*slots.start());
            }
        });
    }
    inserted.sort_unstable();
    inserted.dedup();
    let table_len = groups_n + inserted.len();
    let mut table: Vec<Slot> = Vec::with_capacity(table_len);
    let mut next_inserted = inserted.iter().peekable();
    for g in 0..=groups_n {
        if next_inserted.next_if_eq(&&(2 * g)).is_some() {
            table.push(Slot::new(unit_slot_of_slot(2 * g)));
        }
        if g < groups_n {
            table.push(Slot::new(unit_slot_of_slot(2 * g + 1)));
        }
    }
    // Where slot `slot` is in the table: after the groups before it and the insertion
    // slots before it that are in the table.
    let at = |slot: usize| slot / 2 + inserted.partition_point(|&s| s < slot);
    for (k, g) in group_of.iter().take(n).enumerate() {
        if let Some(slot) = table.get_mut(at(2 * g + 1)) {
            slot.cells.push(pivot, k);
        }
    }
    let langs: Vec<Lang> = std::iter::once(pivot)
        .chain(pairs.iter().map(|p| p.0))
        .collect();
    place(&mut table, pairs, slots_of, at);
    drop(inserted);
    // Units are numbered in order among the non-empty rows: by the slot of the unit, one
    // entry per unit slot (the table's rows follow the unit slots in order).
    let units_n = unit_of.get(n).copied().unwrap_or(0);
    let mut unit_index = vec![u32::MAX; 2 * units_n + 2];
    let mut units_seen = 0u32;
    let mut rows: Vec<Row> = table
        .into_iter()
        .filter(|s| s.cells.values().any(|c| !c.is_empty()))
        .map(|mut s| {
            for &l in &langs {
                s.cells.ensure(l);
            }
            s.cells.sort_each();
            s.cells.shrink_to_fit();
            let unit = match unit_index.get_mut(s.home) {
                Some(u) if *u == u32::MAX => {
                    *u = units_seen;
                    units_seen += 1;
                    *u
                }
                Some(u) => *u,
                None => 0,
            };
            Row {
                cells: s.cells,
                confidence: hundredths(s.confidence),
                reasons: s.reasons,
                unit: unit as usize,
                pair_confidence: Some(s.pair_confidence),
            }
        })
        .collect();
    // The rows are collected into the table's own block (a slot is as large as a row);
    // rows without any segment leave room at its end.
    rows.shrink_to_fit();
    rows
}

impl Slot {
    /// An empty slot of the unit at slot `home`.
    fn new(home: usize) -> Slot {
        Slot {
            cells: Cells::new(),
            confidence: 1.0,
            pair_confidence: [100; 6],
            reasons: Reasons::Borrowed(&[]),
            home,
        }
    }
}

/// A confidence rounded to hundredths, as rows give it.
fn hundredths(confidence: f64) -> f64 {
    f64::from(percent(confidence)) / 100.0
}

/// A confidence in `[0, 1]` as a whole number of hundredths.
fn percent(confidence: f64) -> u8 {
    // In range after the clamp, so the cast neither truncates nor wraps.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let p = (confidence.clamp(0.0, 1.0) * 100.0).round() as u8;
    p
}

/// Puts every bead of `pairs` into the slots `slots_of` gives it (see [`merge`]), slot
/// `s` at `at(s)` in `table`, freeing each language's beads once they are placed.
fn place<L: BeadList>(
    table: &mut [Slot],
    pairs: Vec<(Lang, L)>,
    slots_of: impl Fn(&BeadRef<'_>) -> std::ops::RangeInclusive<usize>,
    at: impl Fn(usize) -> usize,
) {
    for (lang, beads) in pairs {
        beads.visit(&mut |b| {
            for slot in slots_of(&b).step_by(2) {
                if let Some(s) = table.get_mut(at(slot)) {
                    s.add(lang, &b);
                }
            }
        });
    }
}

#[cfg(test)]
mod tests;
