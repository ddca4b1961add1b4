//! The pairwise beads of a fresh alignment, kept compactly until they are merged into rows.
//!
//! [`super::align`] aligns the pivot against each other language in turn and merges once
//! all pairs are done, so the beads of the finished pairs are held while the last pair's
//! programme runs: that is the peak of a long document. A [`Bead`] is 64 bytes with a
//! heap block for its reasons (a "missing in fr" bead of a pivot-only paragraph has one).
//! A pair's beads follow one another from the start of both renderings, so here a bead
//! is its two segment counts, its confidence and where its reasons end in one array of
//! the pair: 14 bytes and 16 per reason. The merge reads beads through [`BeadList`], so
//! it takes these and the history's `Vec<Bead>` alike.

use std::ops::Range;

use super::Bead;
use crate::reason::Reason;

/// One bead as the merge reads it.
#[derive(Debug, Clone, Copy)]
pub(super) struct BeadRef<'a> {
    pub(super) pivot: (usize, usize),
    pub(super) other: (usize, usize),
    pub(super) confidence: f64,
    pub(super) reasons: &'a [Reason],
}

impl BeadRef<'_> {
    pub(super) fn pivot(&self) -> Range<usize> {
        self.pivot.0..self.pivot.1
    }

    pub(super) fn other(&self) -> Range<usize> {
        self.other.0..self.other.1
    }
}

/// The beads of one pair, in order, however they are stored.
pub(super) trait BeadList {
    /// Calls `f` with every bead, in order.
    fn visit(&self, f: &mut dyn FnMut(BeadRef<'_>));
}

impl BeadList for [Bead] {
    fn visit(&self, f: &mut dyn FnMut(BeadRef<'_>)) {
        for b in self {
            f(BeadRef {
                pivot: (b.pivot.start, b.pivot.end),
                other: (b.other.start, b.other.end),
                confidence: b.confidence,
                reasons: &b.reasons,
            });
        }
    }
}

impl<L: BeadList + ?Sized> BeadList for &L {
    fn visit(&self, f: &mut dyn FnMut(BeadRef<'_>)) {
        (**self).visit(f);
    }
}

/// A pair's beads in flat arrays (see the module documentation).
#[derive(Debug, Default)]
pub(super) struct Links {
    /// Per bead, how many pivot and other segments it joins; each bead starts where the
    /// one before ends, the first at 0 on both sides.
    counts: Vec<[u8; 2]>,
    confidence: Vec<f64>,
    /// Per bead, where its reasons end in `reasons` (they start where the previous
    /// bead's end).
    reason_ends: Vec<u32>,
    reasons: Vec<Reason>,
}

impl Links {
    /// The beads of `beads`, or `beads` back when they do not follow one another from
    /// the start of both renderings, a bead joins more than 255 segments on a side, or
    /// there are more reasons than a `u32` counts (none of which the aligner makes).
    pub(super) fn of(beads: Vec<Bead>) -> Result<Links, Vec<Bead>> {
        let mut at = (0, 0);
        let follows = beads.iter().all(|b| {
            let ok = b.pivot.start == at.0
                && b.other.start == at.1
                && b.pivot.end >= b.pivot.start
                && b.other.end >= b.other.start
                && u8::try_from(b.pivot.len()).is_ok()
                && u8::try_from(b.other.len()).is_ok();
            at = (b.pivot.end, b.other.end);
            ok
        });
        let total: usize = beads.iter().map(|b| b.reasons.len()).sum();
        if !follows || u32::try_from(total).is_err() {
            return Err(beads);
        }
        let mut links = Links {
            counts: Vec::with_capacity(beads.len()),
            confidence: Vec::with_capacity(beads.len()),
            reason_ends: Vec::with_capacity(beads.len()),
            reasons: Vec::with_capacity(total),
        };
        // Every count and the number of reasons fit (checked above): nothing saturates.
        for b in beads {
            links.counts.push([
                u8::try_from(b.pivot.len()).unwrap_or(u8::MAX),
                u8::try_from(b.other.len()).unwrap_or(u8::MAX),
            ]);
            links.confidence.push(b.confidence);
            links.reasons.extend(b.reasons);
            links
                .reason_ends
                .push(u32::try_from(links.reasons.len()).unwrap_or(u32::MAX));
        }
        Ok(links)
    }
}

impl BeadList for Links {
    fn visit(&self, f: &mut dyn FnMut(BeadRef<'_>)) {
        let (mut p, mut o, mut r) = (0usize, 0usize, 0usize);
        for ((&[dp, d_o], &confidence), &end) in self
            .counts
            .iter()
            .zip(&self.confidence)
            .zip(&self.reason_ends)
        {
            let end = end as usize;
            let (p1, o1) = (p + usize::from(dp), o + usize::from(d_o));
            f(BeadRef {
                pivot: (p, p1),
                other: (o, o1),
                confidence,
                reasons: self.reasons.get(r..end).unwrap_or_default(),
            });
            (p, o, r) = (p1, o1, end);
        }
    }
}

/// A fresh pair's beads: compact, or as made when they do not fit [`Links`].
#[derive(Debug)]
pub(super) enum Kept {
    Links(Links),
    Beads(Vec<Bead>),
}

impl Kept {
    pub(super) fn of(beads: Vec<Bead>) -> Self {
        match Links::of(beads) {
            Ok(links) => Kept::Links(links),
            Err(beads) => Kept::Beads(beads),
        }
    }
}

impl BeadList for Kept {
    fn visit(&self, f: &mut dyn FnMut(BeadRef<'_>)) {
        match self {
            Kept::Links(l) => l.visit(f),
            Kept::Beads(b) => b.visit(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use sixfold_core::Lang;

    use super::*;

    #[test]
    fn links_give_back_the_beads() {
        let beads = vec![
            Bead {
                pivot: 0..1,
                other: 0..0,
                confidence: 0.6,
                reasons: vec![Reason::Missing(Lang::Fr)],
            },
            Bead {
                pivot: 1..2,
                other: 0..1,
                confidence: 1.0,
                reasons: vec![],
            },
            Bead {
                pivot: 2..4,
                other: 1..2,
                confidence: 0.63,
                reasons: vec![
                    Reason::Merge {
                        k: 2,
                        lang: Lang::Fr,
                    },
                    Reason::NoAnchor(Lang::Fr),
                ],
            },
        ];
        let kept = Kept::of(beads.clone());
        assert!(matches!(kept, Kept::Links(_)));
        assert_eq!(back(&kept), beads);
    }

    /// The beads a list gives back, as beads.
    fn back(list: &impl BeadList) -> Vec<Bead> {
        let mut out = Vec::new();
        list.visit(&mut |b| {
            out.push(Bead {
                pivot: b.pivot(),
                other: b.other(),
                confidence: b.confidence,
                reasons: b.reasons.to_vec(),
            });
        });
        out
    }

    #[test]
    fn beads_that_do_not_follow_on_are_kept_as_made() {
        let bead = |pivot: Range<usize>, other: Range<usize>| Bead {
            pivot,
            other,
            confidence: 1.0,
            reasons: vec![],
        };
        for beads in [
            vec![bead(1..2, 0..1)],
            vec![bead(0..1, 0..1), bead(2..3, 1..2)],
            vec![bead(0..300, 0..1)],
        ] {
            let kept = Kept::of(beads.clone());
            assert!(matches!(kept, Kept::Beads(_)), "{beads:?}");
            assert_eq!(back(&kept), beads);
        }
    }
}
