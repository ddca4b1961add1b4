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

use super::{Band, Bead, Features, PairContext, PairFeatures};

/// One programme over a band: its rows and what it computed.
#[derive(Debug, Clone)]
struct Programme {
    /// The lexical pass, or the first.
    lexical: bool,
    /// Where the rectangle starts.
    origin: (usize, usize),
    lo: Vec<usize>,
    hi: Vec<usize>,
    cost: Vec<f64>,
    back: Vec<u8>,
}

/// The programmes of an earlier version to start from (with the first pivot and other
/// segment that changed since), and those of this run.
#[derive(Debug, Default)]
pub(crate) struct Programmes {
    earlier: Vec<Programme>,
    /// First changed pivot segment and first changed other segment.
    changed: (usize, usize),
    made: Vec<Programme>,
    /// Cells copied rather than computed.
    copied: usize,
}

impl Programmes {
    /// Copies into `cost` and `back` the leading rows of `band` that an earlier programme
    /// of the same pass computed with the same inputs; returns how many rows that is.
    pub(super) fn restore(
        &mut self,
        lexical: bool,
        origin: (usize, usize),
        band: &Band,
        cost: &mut [f64],
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

    /// Keeps a finished programme for the next version.
    pub(super) fn record(
        &mut self,
        lexical: bool,
        origin: (usize, usize),
        band: &Band,
        cost: &[f64],
        back: &[u8],
    ) {
        self.made.push(Programme {
            lexical,
            origin,
            lo: band.lo.clone(),
            hi: band.hi.clone(),
            cost: cost.to_vec(),
            back: back.to_vec(),
        });
    }
}

/// What aligning a pair computed, for aligning the pair's next version
/// ([`align_pair_resuming`]).
#[derive(Debug, Clone, Default)]
pub struct PairRun {
    programmes: Vec<Programme>,
    copied: usize,
}

impl PairRun {
    /// How many cells of the programmes were copied from the earlier version's.
    #[must_use]
    pub fn copied_cells(&self) -> usize {
        self.copied
    }

    /// Whether two runs made the same programmes, bit for bit: every band, cost and
    /// choice.
    #[cfg(test)]
    pub(crate) fn same_programmes(&self, other: &PairRun) -> bool {
        let bits = |c: &[f64]| c.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        self.programmes.len() == other.programmes.len()
            && self.programmes.iter().zip(&other.programmes).all(|(a, b)| {
                (a.lexical, a.origin, &a.lo, &a.hi, &a.back)
                    == (b.lexical, b.origin, &b.lo, &b.hi, &b.back)
                    && bits(&a.cost) == bits(&b.cost)
            })
    }
}

/// The first position where two feature lists differ (the shorter length when one is a
/// prefix of the other).
fn first_difference(a: &[Features], b: &[Features]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
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
    let usable = earlier.filter(|(p, o, _)| p.lang == pivot.lang && o.lang == other.lang);
    let programmes = RefCell::new(Programmes {
        changed: usable.map_or((0, 0), |(p, o, _)| {
            (
                first_difference(&p.features, &pivot.features),
                first_difference(&o.features, &other.features),
            )
        }),
        earlier: usable
            .map(|(_, _, run)| run.programmes.clone())
            .unwrap_or_default(),
        made: Vec::new(),
        copied: 0,
    });
    let mut ctx = PairContext::new(pivot.lang, other.lang, &pivot.features, &other.features);
    ctx.resume = Some(&programmes);
    let beads = ctx.run();
    let done = programmes.into_inner();
    let run = PairRun {
        programmes: done.made,
        copied: done.copied,
    };
    (beads, run)
}
