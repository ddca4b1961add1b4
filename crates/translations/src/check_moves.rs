//! Paragraphs a translation has out of order: the pairs of a pivot segment and a segment
//! of the other language that belong together although the aligner, which keeps order,
//! could not link them ([`crate::check`] reports each as a `misplaced-paragraph` error
//! and compares their numbers).
//!
//! Two shapes are recognised, each only on evidence that the crossed pairing fits clearly
//! better than the order the aligner kept:
//! - a pivot segment left without a counterpart and a segment of the other language left
//!   without one, with at least one linked row between them (a paragraph moved past
//!   another), whose lengths and numbers fit each other;
//! - a group of two pivot segments against two segments (`regrouped-paragraphs`) where the
//!   crossed pairs fit and the straight ones do not (two neighbours swapped);
//! - two neighbouring rows of one segment each whose texts share far more translated words
//!   crossed than straight (two neighbours of about the same length swapped, which length
//!   and numbers cannot show: the aligner pairs them in order with full confidence).

use sixfold_core::Lang;

use crate::align::tokens::lang_numbers;
use crate::align::{LengthModel, measure};
use crate::links::Link;
use crate::model::{Document, Segment};

/// How many rows apart a lost pivot segment and a lost segment may be to be one moved
/// paragraph.
const MOVE_WINDOW: usize = 8;
/// Largest standardised length deviation of a pair said to belong together: well inside
/// the `length-ratio` limit, since length is the main evidence here.
const FIT_Z: f64 = 3.0;
/// How much lower (in squared deviations, a number mismatch counting [`NUMBER_COST`]) the
/// crossed pairing of a two-by-two group must cost than the straight one.
const CROSS_MARGIN: f64 = 4.0;
/// The cost of one number written in one segment of a pair and not in the other.
const NUMBER_COST: f64 = 4.0;
/// How many more lexicon entries the crossed pairs of two neighbouring rows must share
/// than the straight ones, and how many times as many. On the 318 real folders of the UN
/// Parallel Corpus development data (about 8,100 neighbouring rows per language, all in
/// the right order) one row in four thousand shares 4 more with its neighbour's pivot
/// than with its own and none reaches this; two swapped sentences of d0020 share 11
/// crossed against 3 straight.
const LEX_MARGIN: usize = 6;
const LEX_FACTOR: usize = 2;

/// A pivot segment and the segment of the other language that translates it, out of
/// order; `row` is the row of the other segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Move {
    pub(crate) row: usize,
    pub(crate) pivot: usize,
    pub(crate) other: usize,
}

/// What [`find`] found: the moved pairs, and the beads (by index) whose finding the moves
/// replace (a swapped two-by-two group is not also a regrouping).
#[derive(Debug, Default)]
pub(crate) struct Moves {
    pub(crate) pairs: Vec<Move>,
    pub(crate) crossed: Vec<usize>,
}

impl Moves {
    pub(crate) fn moved_pivot(&self, i: usize) -> bool {
        self.pairs.iter().any(|m| m.pivot == i)
    }

    pub(crate) fn moved_other(&self, j: usize) -> bool {
        self.pairs.iter().any(|m| m.other == j)
    }
}

struct Pair<'a> {
    length: LengthModel,
    pivot: Lang,
    lang: Lang,
    pd: &'a Document,
    doc: &'a Document,
}

impl Pair<'_> {
    /// Length deviation and the numbers one segment writes and the other does not, as
    /// one cost; `None` when either segment is missing or empty.
    fn cost(&self, pi: usize, oi: usize) -> Option<(f64, f64)> {
        let ps = self.pd.segments.get(pi)?;
        let os = self.doc.segments.get(oi)?;
        let (l1, l2) = (measure(self.pivot, &ps.text), measure(self.lang, &os.text));
        if l1 <= 0.0 || l2 <= 0.0 {
            return None;
        }
        let dev = self.length.deviation(l1, l2).abs();
        let mismatched = number_mismatch(self.pivot, ps, self.lang, os);
        Some((dev, dev * dev + NUMBER_COST * mismatched))
    }

    /// Whether two segments plausibly translate each other: lengths fit, and most of the
    /// numbers either writes are in the other.
    fn fits(&self, pi: usize, oi: usize) -> bool {
        let (Some(ps), Some(os)) = (self.pd.segments.get(pi), self.doc.segments.get(oi)) else {
            return false;
        };
        let Some((dev, _)) = self.cost(pi, oi) else {
            return false;
        };
        let pivot_numbers = lang_numbers(self.pivot, &ps.text);
        let other_numbers = lang_numbers(self.lang, &os.text);
        let most = pivot_numbers.len().max(other_numbers.len());
        dev <= FIT_Z && (most == 0 || 2 * shared(&pivot_numbers, &other_numbers) >= most)
    }
}

/// Numbers of a multiset both lists hold.
fn shared(a: &[u64], b: &[u64]) -> usize {
    let mut rest = b.to_vec();
    a.iter()
        .filter(|n| match rest.iter().position(|x| x == *n) {
            Some(k) => {
                rest.swap_remove(k);
                true
            }
            None => false,
        })
        .count()
}

fn number_mismatch(pivot: Lang, p: &Segment, lang: Lang, o: &Segment) -> f64 {
    let a = lang_numbers(pivot, &p.text);
    let b = lang_numbers(lang, &o.text);
    let common = shared(&a, &b);
    // Counts are a handful per paragraph.
    #[allow(clippy::cast_precision_loss)]
    let mismatched = (a.len() + b.len() - 2 * common) as f64;
    mismatched
}

/// The moved paragraphs of one language against the pivot, from the pair's beads
/// (`(row, bead)` in order).
pub(crate) fn find(
    pivot: Lang,
    pd: &Document,
    lang: Lang,
    doc: &Document,
    beads: &[(usize, Link)],
) -> Moves {
    let pair = Pair {
        length: LengthModel::for_pair(pivot, lang),
        pivot,
        lang,
        pd,
        doc,
    };
    let mut moves = Moves::default();
    swapped_groups(&pair, beads, &mut moves);
    swapped_neighbours(&pair, beads, &mut moves);
    moved_past(&pair, beads, &mut moves);
    moves
}

/// Two neighbouring one-to-one rows whose segments share many more lexicon entries with
/// the other row's pivot segment than with their own, and whose crossed pairs fit by length
/// and numbers.
fn swapped_neighbours(pair: &Pair<'_>, beads: &[(usize, Link)], moves: &mut Moves) {
    let index = crate::align::lexical::builtin();
    // A one-to-one bead's row, segments, and the lexicon entries of both segments; each
    // bead's entries are worked out once and kept for the next comparison.
    let entries = |k: usize| {
        let (row, b) = beads.get(k)?;
        if b.pivot().len() != 1 || b.other().len() != 1 {
            return None;
        }
        let (p, o) = (b.pivot().start, b.other().start);
        let pivot_ids = index.token_ids(pair.pivot, &pair.pd.segments.get(p)?.text);
        let other_ids = index.token_ids(pair.lang, &pair.doc.segments.get(o)?.text);
        let (mut ep, mut eo) = index.entry_sets(
            pair.pivot,
            pair.lang,
            std::iter::once(pivot_ids.as_slice()),
            std::iter::once(other_ids.as_slice()),
        )?;
        Some((*row, p, o, ep.pop()?, eo.pop()?))
    };
    let common = |a: &[u32], b: &[u32]| a.iter().filter(|e| b.binary_search(e).is_ok()).count();
    let mut here = entries(0);
    let mut k = 0;
    while k + 1 < beads.len() {
        let next = entries(k + 1);
        let (Some((r0, p0, o0, ep0, eo0)), Some((r1, p1, o1, ep1, eo1))) = (&here, &next) else {
            here = next;
            k += 1;
            continue;
        };
        let straight = common(ep0, eo0) + common(ep1, eo1);
        let crossed = common(ep0, eo1) + common(ep1, eo0);
        if crossed >= straight + LEX_MARGIN
            && crossed >= LEX_FACTOR * straight
            && pair.fits(*p0, *o1)
            && pair.fits(*p1, *o0)
        {
            moves.crossed.extend([k, k + 1]);
            moves.pairs.push(Move {
                row: *r1,
                pivot: *p0,
                other: *o1,
            });
            moves.pairs.push(Move {
                row: *r0,
                pivot: *p1,
                other: *o0,
            });
            here = entries(k + 2);
            k += 2;
        } else {
            here = next;
            k += 1;
        }
    }
}

/// Two-by-two groups whose crossed pairs fit and clearly beat the straight ones.
fn swapped_groups(pair: &Pair<'_>, beads: &[(usize, Link)], moves: &mut Moves) {
    for (k, (row, b)) in beads.iter().enumerate() {
        if b.pivot().len() != 2 || b.other().len() != 2 {
            continue;
        }
        let (p0, p1) = (b.pivot().start, b.pivot().start + 1);
        let (o0, o1) = (b.other().start, b.other().start + 1);
        let (Some(s0), Some(s1), Some(c0), Some(c1)) = (
            pair.cost(p0, o0),
            pair.cost(p1, o1),
            pair.cost(p0, o1),
            pair.cost(p1, o0),
        ) else {
            continue;
        };
        let straight = s0.1 + s1.1;
        let crossed = c0.1 + c1.1;
        if pair.fits(p0, o1) && pair.fits(p1, o0) && crossed + CROSS_MARGIN < straight {
            moves.crossed.push(k);
            moves.pairs.push(Move {
                row: *row,
                pivot: p1,
                other: o0,
            });
            moves.pairs.push(Move {
                row: *row,
                pivot: p0,
                other: o1,
            });
        }
    }
}

/// A pivot segment without counterpart and a segment without pivot counterpart, a linked
/// row or more apart and at most [`MOVE_WINDOW`] rows apart, that fit each other; each
/// lost segment pairs with the best-fitting one.
fn moved_past(pair: &Pair<'_>, beads: &[(usize, Link)], moves: &mut Moves) {
    // (bead index, row, segment) of every lost segment on each side.
    let mut lost_pivot = Vec::new();
    let mut lost_other = Vec::new();
    for (k, (row, b)) in beads.iter().enumerate() {
        if b.other().is_empty() {
            lost_pivot.extend(b.pivot().map(|i| (k, *row, i)));
        } else if b.pivot().is_empty() {
            lost_other.extend(b.other().map(|j| (k, *row, j)));
        }
    }
    if lost_pivot.is_empty() || lost_other.is_empty() {
        return;
    }
    // Linked beads before each bead, to tell whether two lost segments are apart.
    let mut linked_before = Vec::with_capacity(beads.len() + 1);
    let mut linked = 0usize;
    for (_, b) in beads {
        linked_before.push(linked);
        if !b.pivot().is_empty() && !b.other().is_empty() {
            linked += 1;
        }
    }
    let mut taken = vec![false; lost_other.len()];
    for &(kp, _, i) in &lost_pivot {
        let mut best: Option<(f64, usize)> = None;
        for (n, &(ko, _, j)) in lost_other.iter().enumerate() {
            let (lo, hi) = (kp.min(ko), kp.max(ko));
            // Neither end is linked, so this counts the linked beads between them.
            let apart = linked_before.get(hi).copied().unwrap_or(linked)
                - linked_before.get(lo).copied().unwrap_or(0);
            if taken[n] || hi - lo > MOVE_WINDOW || apart == 0 || !pair.fits(i, j) {
                continue;
            }
            let Some((_, cost)) = pair.cost(i, j) else {
                continue;
            };
            if best.is_none_or(|(c, _)| cost < c) {
                best = Some((cost, n));
            }
        }
        if let Some((_, n)) = best {
            taken[n] = true;
            let (_, row, j) = lost_other[n];
            moves.pairs.push(Move {
                row,
                pivot: i,
                other: j,
            });
        }
    }
}
