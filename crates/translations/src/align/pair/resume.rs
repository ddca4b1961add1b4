//! Aligning a new version of a pair of renderings from where the programme over the
//! earlier version stops depending on what changed: a git history, where each commit edits
//! a paragraph or two, aligns thousands of nearly equal pairs.
//!
//! The programme fills its band row by row, and the cost of a cell `(i, j)` depends only on
//! the cells before it and on the beads that end there, which join pivot segments before
//! `i` and other segments before `j`. So while the band is the same and every segment the
//! cells read is unchanged (equal [`Features`], which is all the programme reads of a
//! segment, and labels numbered alike since they are compared only for equality), the rows
//! are the earlier run's, number for number: they are copied, and the programme continues
//! from the first row that reads a changed segment or lies in another band. Everything
//! after it (the rest of the rows, the path, widening the band, the decision to run the
//! lexical pass, that pass) is computed as for a pair aligned on its own, so the beads are
//! the same.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::Arc;

use sixfold_core::Lang;

use super::super::lexbits::LexBits;
use super::super::lexical::{builtin, entries_of};
use super::{
    Band, Bead, Features, LENGTH_SHAPES, LabelIds, MEMO_CELLS, MEMO_VALUES, PairContext,
    PairFeatures, PathCost, TRIED, UNREACHED,
};

/// One programme over a band: its rows and what it computed.
#[derive(Debug, Clone)]
struct Programme {
    /// The lexical pass, or the first.
    lexical: bool,
    /// Where the rectangle starts.
    origin: (usize, usize),
    lo: Vec<usize>,
    hi: Vec<usize>,
    cost: Vec<PathCost>,
    back: Vec<u8>,
    /// The bead costs it kept ([`super::CostMemo`]; empty when the band was too large to keep
    /// them).
    memo: Vec<f64>,
}

/// One side's lexicon entries per segment for one pair of languages, with the numbers
/// of the features they were found from ([`PairFeatures`]'s `ids`).
#[derive(Debug, Clone, Default)]
struct Entries {
    ids: Vec<u64>,
    sets: Vec<Arc<[u32]>>,
}

/// The programmes of an earlier version to start from (with the first pivot and other
/// segment that changed since), and those of this run.
#[derive(Debug, Default)]
pub(crate) struct Programmes {
    earlier: Arc<Vec<Programme>>,
    /// First changed pivot segment and first changed other segment.
    changed: (usize, usize),
    /// Where the segments unchanged at the end begin, on the pivot side and the other:
    /// every changed segment lies in `changed.0..unchanged.0` (`changed.1..unchanged.1`).
    unchanged: (usize, usize),
    /// Cells whose bead costs were taken from an earlier version.
    prefilled: usize,
    /// Memos taken over from the earlier version's programmes ([`Programmes::take_memo`]).
    memos_taken: usize,
    made: Vec<Programme>,
    /// Cells copied rather than computed.
    copied: usize,
    /// Cells taken from an earlier version's programme shifted by a constant
    /// ([`Window`]).
    pub(super) shifted: usize,
    /// Of those, the cells of rows taken whole ([`Window::take_row`]).
    pub(super) taken_whole: usize,
    /// The feature numbers of this run's pivot and other segments.
    ids: (Vec<u64>, Vec<u64>),
    /// The lexicon entries of the pivot and other segments of the latest version that
    /// found them (this run's once its lexical pass has).
    entries: Option<Arc<(Entries, Entries)>>,
    /// Entry sets taken from an earlier version rather than found.
    reused_sets: usize,
    /// The pair's anchors, once known: the earlier version's when both sides have the
    /// labels they had then ([`PairContext::anchors`] reads nothing else).
    anchors: Option<Vec<(usize, usize)>>,
}

/// An earlier version's programme over the same band and pass, and where the segments
/// changed since: what a programme needs to take cells from it.
///
/// The programme's path costs are exact sums ([`super::PathCost`]). A cell whose beads
/// join only unchanged segments has the earlier programme's bead costs, so when every
/// cell it reads differs from the earlier programme's by one and the same amount `d`
/// (or is unreached in both), each of its candidates costs exactly `d` more than before:
/// the best one is the same shape, ties included, and the cell costs the earlier cost
/// plus `d`. Past a change the paths settle back onto the earlier version's within a
/// few cells, so most of the band is taken this way, and each cell taken is exactly what
/// computing it gives. Cells that read a changed segment, or cells whose neighbours
/// disagree on the shift, are computed.
pub(super) struct Window {
    earlier: Arc<Vec<Programme>>,
    /// Which of `earlier` is over the same band and pass.
    at: usize,
    /// Where the rectangle starts.
    origin: (usize, usize),
    /// First changed pivot and other segment, and where the unchanged ends begin (see
    /// [`Programmes`]).
    changed: (usize, usize),
    unchanged: (usize, usize),
}

impl Window {
    /// The cost and shape of cell `(i, j)` (relative to the rectangle; `here` its place in
    /// the band, `from` the rows its beads start from by pivot count, as the programme
    /// finds them), taken from the earlier programme, when it provably has them: `None`
    /// when the cell has to be computed.
    #[allow(clippy::similar_names)] // The cost and shape arrays of either programme.
    pub(super) fn shifted(
        &self,
        i: usize,
        j: usize,
        here: usize,
        from: &[Option<(usize, usize, usize)>],
        cost: &[PathCost],
    ) -> Option<(PathCost, u8)> {
        // A bead ending at row `i` (column `j`) joins at most the three segments before
        // it: it joins only unchanged segments when it ends at or before the first
        // change, or three or more past the last.
        let clear = |end: usize, from: usize, to: usize| end <= from || end >= to + 3;
        if !clear(self.origin.0 + i, self.changed.0, self.unchanged.0)
            || !clear(self.origin.1 + j, self.changed.1, self.unchanged.1)
        {
            return None;
        }
        let before = self.earlier.get(self.at)?;
        let mut shift: Option<PathCost> = None;
        for (_, di, dj) in TRIED {
            let Some((plo, phi, pfirst)) = from.get(di).copied().flatten() else {
                continue;
            };
            let Some(pj) = j.checked_sub(dj).filter(|pj| (plo..=phi).contains(pj)) else {
                continue;
            };
            let cell = pfirst + (pj - plo);
            let (now, then) = (*cost.get(cell)?, *before.cost.get(cell)?);
            match (now == UNREACHED, then == UNREACHED) {
                (true, true) => {}
                (false, false) => {
                    let by = now.checked_sub(then)?;
                    if shift.is_some_and(|s| s != by) {
                        return None;
                    }
                    shift = Some(by);
                }
                _ => return None,
            }
        }
        let (then, shape) = (*before.cost.get(here)?, *before.back.get(here)?);
        match shift {
            Some(by) if then != UNREACHED => Some((then.checked_add(by)?, shape)),
            None if then == UNREACHED => Some((UNREACHED, shape)),
            _ => None,
        }
    }
}

/// How a whole row of the band compares with the earlier programme's same row
/// ([`Window::row_shift`]).
pub(super) type RowShift = Option<Option<PathCost>>;

impl Window {
    /// Whether every bead ending in row `i` between columns `lo` and `hi` (relative to the
    /// rectangle) joins only unchanged segments: the test of [`Window::shifted`] for every
    /// cell of the row at once.
    pub(super) fn row_clear(&self, i: usize, lo: usize, hi: usize) -> bool {
        let pivot = self.origin.0 + i;
        let (first, last) = (self.origin.1 + lo, self.origin.1 + hi);
        (pivot <= self.changed.0 || pivot >= self.unchanged.0 + 3)
            && (last <= self.changed.1 || first >= self.unchanged.1 + 3)
    }

    /// How the path costs of the band cells `cells` (one row) compare with the earlier
    /// programme's: `Some(Some(d))` when each is the earlier one plus `d` or unreached in
    /// both (and at least one is reached), `Some(None)` when all are unreached in both,
    /// `None` otherwise.
    pub(super) fn row_shift(&self, cells: Range<usize>, cost: &[PathCost]) -> RowShift {
        let before = self.earlier.get(self.at)?;
        let (now, then) = (cost.get(cells.clone())?, before.cost.get(cells)?);
        let mut shift: Option<PathCost> = None;
        for (&a, &b) in now.iter().zip(then) {
            match (a == UNREACHED, b == UNREACHED) {
                (true, true) => {}
                (false, false) => {
                    let by = a.checked_sub(b)?;
                    if shift.is_some_and(|s| s != by) {
                        return None;
                    }
                    shift = Some(by);
                }
                _ => return None,
            }
        }
        Some(shift)
    }

    /// Takes the band cells `cells` (row `i`, from column `lo`) from the earlier
    /// programme, shifted by `by`, when every cell would be taken by
    /// [`Window::shifted`] or computed to the same: the row is clear
    /// ([`Window::row_clear`]) and every row its beads start from (`reads`, the
    /// [`RowShift`] of the rows before it that the band holds) is the earlier one's
    /// shifted by one common amount. Each cell's candidates then cost exactly that amount
    /// more than before (its own row's cells to the left are taken first, by the same
    /// amount), so the best shape is the same and the cost is the earlier one plus the
    /// amount; a cell whose candidates were all unreached before is unreached again.
    /// Returns the row's [`RowShift`], or `None` when the row has to be computed cell by
    /// cell (nothing taken then is left half-written: the caller computes every cell).
    pub(super) fn take_row(
        &self,
        cells: Range<usize>,
        reads: &[RowShift],
        cost: &mut [PathCost],
        back: &mut [u8],
    ) -> Option<RowShift> {
        let mut by: Option<PathCost> = None;
        for r in reads {
            match *r {
                None => return None,
                Some(None) => {}
                Some(Some(d)) => {
                    if by.is_some_and(|b| b != d) {
                        return None;
                    }
                    by = Some(d);
                }
            }
        }
        let before = self.earlier.get(self.at)?;
        let (then, shapes) = (
            before.cost.get(cells.clone())?,
            before.back.get(cells.clone())?,
        );
        let (now, chosen) = (cost.get_mut(cells.clone())?, back.get_mut(cells)?);
        for (a, &b) in now.iter_mut().zip(then) {
            *a = match by {
                _ if b == UNREACHED => UNREACHED,
                Some(d) => b.checked_add(d)?,
                // No candidate is reached now; one was before (a fresh computation never
                // reaches a cell from unreached ones): compute it.
                None => return None,
            };
        }
        chosen.copy_from_slice(shapes);
        let any = then.iter().any(|&b| b != UNREACHED);
        Some(Some(by.filter(|_| any)))
    }
}

impl Programmes {
    /// The earlier version's programme of the same pass over the same rectangle and band,
    /// if there is one, for taking cells from ([`Window`]).
    pub(super) fn window(
        &self,
        lexical: bool,
        origin: (usize, usize),
        band: &Band,
    ) -> Option<Window> {
        let at = self.earlier.iter().position(|e| {
            e.lexical == lexical
                && e.origin == origin
                && e.lo == band.lo
                && e.hi == band.hi
                && e.cost.len() == band.cells
                && e.back.len() == band.cells
        })?;
        Some(Window {
            earlier: Arc::clone(&self.earlier),
            at,
            origin,
            changed: self.changed,
            unchanged: self.unchanged,
        })
    }

    /// Copies into `cost` and `back` the leading rows of `band` that an earlier programme
    /// of the same pass computed with the same inputs; returns how many rows that is.
    pub(super) fn restore(
        &mut self,
        lexical: bool,
        origin: (usize, usize),
        band: &Band,
        cost: &mut [PathCost],
        back: &mut [u8],
    ) -> usize {
        let (pivot_changed, other_changed) = self.changed;
        let mut best: Option<(usize, &Programme)> = None;
        for e in self
            .earlier
            .iter()
            .filter(|e| e.lexical == lexical && e.origin == origin)
        {
            // Row `i` is the earlier one's when the band's rows up to it are the same, its
            // beads join only pivot segments before `i` (unchanged while `i <= p`), and its
            // columns reach only unchanged other segments (`hi <= o`); positions are
            // relative to the rectangle, which starts at `origin`.
            let rows = (0..band.lo.len())
                .take_while(|&i| {
                    e.lo.get(i) == band.lo.get(i)
                        && e.hi.get(i) == band.hi.get(i)
                        && origin.0 + i <= pivot_changed
                        && band
                            .hi
                            .get(i)
                            .is_some_and(|&hi| origin.1 + hi <= other_changed)
                })
                .count();
            if rows > best.map_or(0, |b| b.0) {
                best = Some((rows, e));
            }
        }
        let Some((rows, e)) = best else {
            return 0;
        };
        let Some(&cells) = band.start.get(rows) else {
            return 0;
        };
        match (
            cost.get_mut(..cells),
            e.cost.get(..cells),
            back.get_mut(..cells),
            e.back.get(..cells),
        ) {
            (Some(to_cost), Some(from_cost), Some(to_back), Some(from_back)) => {
                to_cost.copy_from_slice(from_cost);
                to_back.copy_from_slice(from_back);
                self.copied += cells;
                rows
            }
            _ => 0,
        }
    }

    /// The lexical evidence of the pair `ctx` aligns, as [`PairContext`] finds it
    /// without a history, with the entry set of every segment whose features are those of
    /// a segment of the version before (the same number, at the same position from the
    /// start or from the end) taken from that version: a segment's entries depend only on
    /// its lexicon tokens, which are part of its features, and on the pair of languages.
    /// `None` when the lexicon has no table for the pair.
    pub(super) fn lex_bits(&mut self, ctx: &PairContext<'_>) -> Option<LexBits> {
        let (pivot_table, other_table) = builtin().entry_tables(ctx.pivot_lang, ctx.other_lang)?;
        let (pivot_segs, other_segs) = ctx.segments.unzip();
        let earlier = self.entries.take();
        let mut reused = 0;
        let mut side = |features: &[Features],
                        lang: Lang,
                        ids: &[u64],
                        segs: Option<&[crate::model::Segment]>,
                        table: super::super::lexical::Table<'_>,
                        before: Option<&Entries>|
         -> Entries {
            let n = features.len();
            let sets = features
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    let id = ids.get(i);
                    let kept = before.and_then(|b| {
                        let m = b.ids.len();
                        [Some(i), (i + m).checked_sub(n)]
                            .into_iter()
                            .flatten()
                            .find(|&k| b.ids.get(k) == id)
                            .and_then(|k| b.sets.get(k).cloned())
                    });
                    if kept.is_some() {
                        reused += 1;
                    }
                    kept.unwrap_or_else(|| {
                        Arc::from(entries_of(f.lex(lang, segs.and_then(|s| s.get(i))), table))
                    })
                })
                .collect();
            Entries {
                ids: ids.to_vec(),
                sets,
            }
        };
        let pivot = side(
            ctx.pivot,
            ctx.pivot_lang,
            &self.ids.0,
            pivot_segs,
            pivot_table,
            earlier.as_deref().map(|e| &e.0),
        );
        let other = side(
            ctx.other,
            ctx.other_lang,
            &self.ids.1,
            other_segs,
            other_table,
            earlier.as_deref().map(|e| &e.1),
        );
        self.reused_sets += reused;
        let bits = LexBits::new(&pivot.sets, &other.sets);
        self.entries = Some(Arc::new((pivot, other)));
        Some(bits)
    }

    /// Fills `memo` (a programme's kept bead costs over `band`, see [`super::CostMemo`]) with
    /// what an earlier version's programme over the same band kept for cells whose beads
    /// join only unchanged segments. A bead's length cost and cost without the words
    /// depend only on the features of the segments it joins (labels are compared only
    /// for equality), which are the same there, and the programme makes the same choices
    /// whichever costs it finds kept.
    pub(super) fn prefill_costs(&mut self, origin: (usize, usize), band: &Band, memo: &mut [f64]) {
        if memo.is_empty() {
            return;
        }
        let Some(e) = self.earlier.iter().rev().find(|e| {
            e.origin == origin && e.memo.len() == memo.len() && e.lo == band.lo && e.hi == band.hi
        }) else {
            return;
        };
        let ((p_from, o_from), (p_to, o_to)) = (self.changed, self.unchanged);
        // A bead ending at row `i` (column `j`) joins at most the three segments before
        // it, so it joins only unchanged segments when it ends at or before the first
        // change or three or more past the last.
        let clear = |end: usize, from: usize, to: usize| end <= from || end.saturating_sub(3) >= to;
        let per_cell = LENGTH_SHAPES * MEMO_VALUES;
        // The clear columns are those up to the first change and those from three past
        // the last, relative to the rectangle.
        let left = o_from.checked_sub(origin.1);
        let right_start = (o_to + 3).saturating_sub(origin.1);
        let mut filled = 0;
        for (i, (&lo, &hi)) in band.lo.iter().zip(&band.hi).enumerate() {
            if !clear(origin.0 + i, p_from, p_to) {
                continue;
            }
            let left = left.map(|end| (lo, hi.min(end)));
            for (a, b) in left.into_iter().chain([(lo.max(right_start), hi)]) {
                if a > b {
                    continue;
                }
                let (Some(x), Some(y)) = (band.at(i, a), band.at(i, b)) else {
                    continue;
                };
                let cells = x * per_cell..(y + 1) * per_cell;
                let (Some(dst), Some(src)) = (memo.get_mut(cells.clone()), e.memo.get(cells))
                else {
                    continue;
                };
                // Both hold the bead's exact costs where they hold any: take the earlier
                // one's where it has them.
                for (d, &v) in dst.iter_mut().zip(src) {
                    *d = if v.is_nan() { *d } else { v };
                }
                filled += b - a + 1;
            }
        }
        self.prefilled += filled;
    }

    /// The pair's anchors: the earlier version's when its labels were the same, else
    /// `find`'s (kept for the next version).
    pub(super) fn anchors(
        &mut self,
        find: impl FnOnce() -> Vec<(usize, usize)>,
    ) -> Vec<(usize, usize)> {
        self.anchors.get_or_insert_with(find).clone()
    }

    /// Keeps a finished programme for the next version (its rows and memo moved in; the
    /// memo goes back to the rectangle's next pass, [`Programmes::take_last_memo`]).
    pub(super) fn record(
        &mut self,
        lexical: bool,
        origin: (usize, usize),
        band: &Band,
        cost: Vec<PathCost>,
        back: Vec<u8>,
        memo: Vec<f64>,
    ) {
        self.made.push(Programme {
            lexical,
            origin,
            lo: band.lo.clone(),
            hi: band.hi.clone(),
            cost,
            back,
            memo,
        });
    }

    /// The memo of the programme recorded last, moved out: the rectangle's next pass
    /// carries it on ([`super::CostMemo::carry`]) and the last pass gives it back
    /// ([`Programmes::give_last_memo`]). A programme left without its memo only makes the
    /// next version compute those costs again: the last pass over the same band holds
    /// every cost the earlier ones held.
    pub(super) fn take_last_memo(&mut self) -> Vec<f64> {
        self.made
            .last_mut()
            .map(|p| std::mem::take(&mut p.memo))
            .unwrap_or_default()
    }

    /// Gives the memo of the rectangle's last pass (over `band`) back to the programme
    /// recorded last, the one that filled it.
    pub(super) fn give_last_memo(&mut self, band: &Band, memo: Vec<f64>) {
        if let Some(p) = self
            .made
            .last_mut()
            .filter(|p| p.memo.is_empty() && p.lo == band.lo && p.hi == band.hi)
        {
            p.memo = memo;
        }
    }

    /// The memo of the earlier version's programme over the same rectangle and band,
    /// moved out of it when this run holds the earlier programmes alone (the history
    /// hands each run on, [`align_pair_continuing`]), with the costs of every bead that
    /// joins a changed segment forgotten (NaN): what [`Programmes::prefill_costs`] would
    /// copy into a new memo, without the copy. A bead's length cost and cost without the
    /// words depend only on the features of the segments it joins, which are the same
    /// where it joins only unchanged ones. `None` (and nothing moved) otherwise.
    pub(super) fn take_memo(&mut self, origin: (usize, usize), band: &Band) -> Option<Vec<f64>> {
        let per_cell = LENGTH_SHAPES * MEMO_VALUES;
        if band.cells > MEMO_CELLS {
            return None;
        }
        let len = band.cells * per_cell;
        let earlier = Arc::get_mut(&mut self.earlier)?;
        let e = earlier.iter_mut().rev().find(|e| {
            e.origin == origin && e.memo.len() == len && e.lo == band.lo && e.hi == band.hi
        })?;
        let mut memo = std::mem::take(&mut e.memo);
        let ((p_from, o_from), (p_to, o_to)) = (self.changed, self.unchanged);
        // The test of `prefill_costs`: a bead ending at row `i` (column `j`) joins at most
        // the three segments before it, so it joins only unchanged segments when it ends
        // at or before the first change or three or more past the last.
        let clear = |end: usize, from: usize, to: usize| end <= from || end.saturating_sub(3) >= to;
        let mut kept = 0;
        for (i, (&lo, &hi)) in band.lo.iter().zip(&band.hi).enumerate() {
            let (Some(&first), Some(row)) = (band.start.get(i), band.start.get(i + 1)) else {
                continue;
            };
            let Some(cells) = memo.get_mut(first * per_cell..row * per_cell) else {
                continue;
            };
            if !clear(origin.0 + i, p_from, p_to) {
                cells.fill(f64::NAN);
                continue;
            }
            for (j, cell) in (lo..=hi).zip(cells.chunks_exact_mut(per_cell)) {
                if clear(origin.1 + j, o_from, o_to) {
                    kept += 1;
                } else {
                    cell.fill(f64::NAN);
                }
            }
        }
        self.prefilled += kept;
        self.memos_taken += 1;
        Some(memo)
    }
}

/// What aligning a pair computed, for aligning the pair's next version
/// ([`align_pair_resuming`]).
#[derive(Debug, Clone, Default)]
pub struct PairRun {
    /// Shared with the run of the next version, which reads them.
    programmes: Arc<Vec<Programme>>,
    /// The labels of both sides, numbered, and the anchors they make.
    labels: Arc<(LabelIds, Vec<(usize, usize)>)>,
    /// Whether the labels and anchors were the earlier version's.
    same_labels: bool,
    copied: usize,
    shifted: usize,
    taken_whole: usize,
    prefilled: usize,
    memos_taken: usize,
    /// The lexicon entries of the latest version of the pair that found them.
    entries: Option<Arc<(Entries, Entries)>>,
    reused_sets: usize,
}

impl PairRun {
    /// How many cells of the programmes were copied from the earlier version's.
    #[must_use]
    pub fn copied_cells(&self) -> usize {
        self.copied
    }

    /// How many cells after the first change were taken from the earlier version's
    /// programmes, shifted by a constant, rather than computed.
    #[must_use]
    pub fn shifted_cells(&self) -> usize {
        self.shifted
    }

    /// Of [`PairRun::shifted_cells`], how many were taken a whole row at a time.
    #[must_use]
    pub fn cells_taken_by_row(&self) -> usize {
        self.taken_whole
    }

    /// How many cells took their bead costs from the earlier version's programmes.
    #[must_use]
    pub fn prefilled_costs(&self) -> usize {
        self.prefilled
    }

    /// How many bead-cost memos were taken over from the earlier version's programmes
    /// rather than copied ([`align_pair_continuing`]).
    #[must_use]
    pub fn memos_taken(&self) -> usize {
        self.memos_taken
    }

    /// Whether the numbered labels and the anchors were taken from the earlier version.
    #[must_use]
    pub fn reused_labels(&self) -> bool {
        self.same_labels
    }

    /// How many segments' lexicon entry sets were taken from an earlier version's.
    #[must_use]
    pub fn reused_entry_sets(&self) -> usize {
        self.reused_sets
    }

    /// Whether two runs made the same programmes, bit for bit: every band, cost and
    /// choice.
    #[cfg(test)]
    pub(crate) fn same_programmes(&self, other: &PairRun) -> bool {
        self.programmes.len() == other.programmes.len()
            && self
                .programmes
                .iter()
                .zip(other.programmes.iter())
                .all(|(a, b)| {
                    (a.lexical, a.origin, &a.lo, &a.hi, &a.back, &a.cost)
                        == (b.lexical, b.origin, &b.lo, &b.hi, &b.back, &b.cost)
                })
    }
}

/// The first position where the features of two versions differ (the shorter length when
/// one is a prefix of the other). Features with the same number are equal (they are one
/// computation's, see [`PairFeatures`]), so only segments with different numbers are
/// compared.
fn first_difference(a: &PairFeatures, b: &PairFeatures) -> usize {
    a.features
        .iter()
        .zip(&b.features)
        .zip(a.ids.iter().zip(&b.ids))
        .take_while(|((x, y), (i, j))| i == j || x == y)
        .count()
}

/// Where the segments of `b` equal to the segments of `a` at the same position from the
/// end begin (in `b`), compared as [`first_difference`] compares them. Both of `a`'s
/// ends may claim a segment of `b` when it is longer; the caller bounds them.
fn unchanged_end(a: &PairFeatures, b: &PairFeatures) -> usize {
    let same = a
        .features
        .iter()
        .rev()
        .zip(b.features.iter().rev())
        .zip(a.ids.iter().rev().zip(b.ids.iter().rev()))
        .take_while(|((x, y), (i, j))| i == j || x == y)
        .count();
    b.features.len() - same
}

/// [`super::align_pair_features`], starting from the programmes of an earlier version of
/// the pair (`earlier`: its pivot and other features and its run) where they do not depend
/// on what changed: the same beads, with the rows before the first change copied instead
/// of computed. Returns the run to give the next version. [`PairFeatures`] carry their
/// lexicon tokens, so comparing features compares everything the programme reads.
#[must_use]
pub fn align_pair_resuming(
    pivot: &PairFeatures,
    other: &PairFeatures,
    earlier: Option<(&PairFeatures, &PairFeatures, &PairRun)>,
) -> (Vec<Bead>, PairRun) {
    align_pair_continuing(pivot, other, earlier.map(|(p, o, run)| (p, o, run.clone())))
}

/// [`align_pair_resuming`], handed the earlier run to keep: a history, which gives each
/// run only to the next version, lets that version take the earlier programmes' bead-cost
/// memos over instead of copying them ([`Programmes::take_memo`]). A run still shared
/// elsewhere (a clone) is read as [`align_pair_resuming`] reads it. The same beads either
/// way.
#[must_use]
pub fn align_pair_continuing(
    pivot: &PairFeatures,
    other: &PairFeatures,
    earlier: Option<(&PairFeatures, &PairFeatures, PairRun)>,
) -> (Vec<Bead>, PairRun) {
    let usable = earlier.filter(|(p, o, _)| p.lang == pivot.lang && o.lang == other.lang);
    let changed = usable.as_ref().map_or((0, 0), |(p, o, _)| {
        (first_difference(p, pivot), first_difference(o, other))
    });
    // Everything changed when there is no earlier version; a version longer than the
    // earlier one has its unchanged end after its first change.
    let unchanged =
        usable
            .as_ref()
            .map_or((pivot.features.len(), other.features.len()), |(p, o, _)| {
                (
                    unchanged_end(p, pivot).max(changed.0),
                    unchanged_end(o, other).max(changed.1),
                )
            });
    // Numbered labels and anchors depend on nothing but the labels of both sides.
    let same = |a: &PairFeatures, b: &PairFeatures| {
        a.features.len() == b.features.len()
            && a.features
                .iter()
                .zip(&b.features)
                .zip(a.ids.iter().zip(&b.ids))
                .all(|((x, y), (i, j))| i == j || x.label == y.label)
    };
    let kept_labels = usable
        .as_ref()
        .filter(|(p, o, _)| same(p, pivot) && same(o, other))
        .map(|(_, _, run)| Arc::clone(&run.labels));
    let labels = kept_labels.as_ref().map_or_else(
        || LabelIds::new(&pivot.features, &other.features),
        |l| l.0.clone(),
    );
    let programmes = RefCell::new(Programmes {
        anchors: kept_labels.as_ref().map(|l| l.1.clone()),
        changed,
        unchanged,
        prefilled: 0,
        memos_taken: 0,
        entries: usable.as_ref().and_then(|(_, _, run)| run.entries.clone()),
        earlier: usable.map(|(_, _, run)| run.programmes).unwrap_or_default(),
        made: Vec::new(),
        copied: 0,
        shifted: 0,
        taken_whole: 0,
        ids: (pivot.ids.clone(), other.ids.clone()),
        reused_sets: 0,
    });
    let mut ctx = PairContext::with_labels(
        pivot.lang,
        other.lang,
        &pivot.features,
        &other.features,
        labels,
    );
    ctx.resume = Some(&programmes);
    let beads = ctx.run();
    let labels = ctx.labels;
    let done = programmes.into_inner();
    let same_labels = kept_labels.is_some();
    let labels =
        kept_labels.unwrap_or_else(|| Arc::new((labels, done.anchors.clone().unwrap_or_default())));
    let run = PairRun {
        programmes: Arc::new(done.made),
        labels,
        same_labels,
        copied: done.copied,
        shifted: done.shifted,
        taken_whole: done.taken_whole,
        prefilled: done.prefilled,
        memos_taken: done.memos_taken,
        entries: done.entries,
        reused_sets: done.reused_sets,
    };
    (beads, run)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row is taken whole only when every row its beads start from is the earlier
    /// programme's shifted by one and the same amount (rows unreached in both agree with
    /// any), and then by that amount.
    #[test]
    fn a_row_is_taken_only_when_the_rows_it_reads_agree_on_the_shift() {
        let earlier = Programme {
            lexical: false,
            origin: (0, 0),
            lo: vec![0; 4],
            hi: vec![2; 4],
            cost: vec![10, UNREACHED, 30],
            back: vec![0, 1, 2],
            memo: Vec::new(),
        };
        let w = Window {
            earlier: Arc::new(vec![earlier]),
            at: 0,
            origin: (0, 0),
            changed: (0, 0),
            unchanged: (0, 0),
        };
        let mut cost = vec![0; 3];
        let mut back = vec![u8::MAX; 3];
        for disagree in [
            vec![Some(Some(5)), Some(Some(6))],
            vec![Some(Some(5)), Some(None), Some(Some(4))],
            vec![Some(Some(5)), None],
        ] {
            assert_eq!(
                w.take_row(0..3, &disagree, &mut cost, &mut back),
                None,
                "{disagree:?}"
            );
        }
        let agree = [Some(Some(5)), Some(None), Some(Some(5))];
        assert_eq!(
            w.take_row(0..3, &agree, &mut cost, &mut back),
            Some(Some(Some(5)))
        );
        assert_eq!((cost, back), (vec![15, UNREACHED, 35], vec![0, 1, 2]));
        assert_eq!(w.row_shift(0..3, &[15, UNREACHED, 35]), Some(Some(5)));
        assert_eq!(w.row_shift(0..3, &[15, UNREACHED, 36]), None);
        assert_eq!(w.row_shift(0..3, &[15, 20, 35]), None);
    }
}
