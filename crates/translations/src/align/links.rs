//! The pairwise beads of a fresh alignment, kept compactly until they are merged into rows.
//!
//! [`super::align`] aligns the pivot against each other language in turn and merges once
//! all pairs are done, so the beads of the finished pairs are held while the last pair's
//! programme runs: that is the peak of a long document. A [`Bead`] is 64 bytes with a
//! heap block for its reasons (a "missing in fr" bead of a pivot-only paragraph has one);
//! here a bead is four `u32` positions, its confidence and where its reasons end in one
//! array of the pair (28 bytes and 16 per reason), less than half. The merge reads beads
//! through [`BeadList`], so it takes these and the history's `Vec<Bead>` alike.

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
    fn count(&self) -> usize;
    fn bead(&self, i: usize) -> Option<BeadRef<'_>>;
    fn beads(&self) -> impl Iterator<Item = BeadRef<'_>> {
        (0..self.count()).filter_map(|i| self.bead(i))
    }
}

impl BeadList for [Bead] {
    fn count(&self) -> usize {
        self.len()
    }

    fn bead(&self, i: usize) -> Option<BeadRef<'_>> {
        self.get(i).map(|b| BeadRef {
            pivot: (b.pivot.start, b.pivot.end),
            other: (b.other.start, b.other.end),
            confidence: b.confidence,
            reasons: &b.reasons,
        })
    }
}

impl<L: BeadList + ?Sized> BeadList for &L {
    fn count(&self) -> usize {
        (**self).count()
    }

    fn bead(&self, i: usize) -> Option<BeadRef<'_>> {
        (**self).bead(i)
    }
}

/// A pair's beads in flat arrays (see the module documentation).
#[derive(Debug, Default)]
pub(super) struct Links {
    /// Per bead: pivot start and end, other start and end.
    spans: Vec<[u32; 4]>,
    confidence: Vec<f64>,
    /// Per bead, where its reasons end in `reasons` (they start where the previous
    /// bead's end).
    reason_ends: Vec<u32>,
    reasons: Vec<Reason>,
}

impl Links {
    /// The beads of `beads`, or `beads` back when a position or the count of reasons does
    /// not fit in a `u32` (a rendering of four billion segments, which cannot be read in
    /// memory anyway).
    pub(super) fn of(beads: Vec<Bead>) -> Result<Links, Vec<Bead>> {
        let fits =
            |r: &Range<usize>| u32::try_from(r.start).is_ok() && u32::try_from(r.end).is_ok();
        let total: usize = beads.iter().map(|b| b.reasons.len()).sum();
        if u32::try_from(total).is_err() || !beads.iter().all(|b| fits(&b.pivot) && fits(&b.other))
        {
            return Err(beads);
        }
        let mut links = Links {
            spans: Vec::with_capacity(beads.len()),
            confidence: Vec::with_capacity(beads.len()),
            reason_ends: Vec::with_capacity(beads.len()),
            reasons: Vec::with_capacity(total),
        };
        // Every position and the reason count fit (checked above), so nothing saturates.
        let narrow = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        for b in beads {
            links.spans.push([
                narrow(b.pivot.start),
                narrow(b.pivot.end),
                narrow(b.other.start),
                narrow(b.other.end),
            ]);
            links.confidence.push(b.confidence);
            links.reasons.extend(b.reasons);
            links.reason_ends.push(narrow(links.reasons.len()));
        }
        Ok(links)
    }
}

impl BeadList for Links {
    fn count(&self) -> usize {
        self.spans.len()
    }

    fn bead(&self, i: usize) -> Option<BeadRef<'_>> {
        let &[p0, p1, o0, o1] = self.spans.get(i)?;
        let start = match i.checked_sub(1) {
            Some(before) => *self.reason_ends.get(before)? as usize,
            None => 0,
        };
        let end = *self.reason_ends.get(i)? as usize;
        Some(BeadRef {
            pivot: (p0 as usize, p1 as usize),
            other: (o0 as usize, o1 as usize),
            confidence: *self.confidence.get(i)?,
            reasons: self.reasons.get(start..end)?,
        })
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
    fn count(&self) -> usize {
        match self {
            Kept::Links(l) => l.count(),
            Kept::Beads(b) => b.count(),
        }
    }

    fn bead(&self, i: usize) -> Option<BeadRef<'_>> {
        match self {
            Kept::Links(l) => l.bead(i),
            Kept::Beads(b) => b.bead(i),
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
        assert_eq!(kept.count(), 3);
        let back: Vec<Bead> = kept
            .beads()
            .map(|b| Bead {
                pivot: b.pivot(),
                other: b.other(),
                confidence: b.confidence,
                reasons: b.reasons.to_vec(),
            })
            .collect();
        assert_eq!(back, beads);
        assert!(kept.bead(3).is_none());
    }

    #[test]
    fn positions_past_u32_keep_the_beads() {
        let far = usize::try_from(u64::from(u32::MAX) + 1).unwrap_or(usize::MAX);
        let beads = vec![Bead {
            pivot: far..far.saturating_add(1),
            other: 0..1,
            confidence: 1.0,
            reasons: vec![],
        }];
        let kept = Kept::of(beads);
        assert!(matches!(kept, Kept::Beads(_)));
        assert_eq!(
            kept.bead(0).map(|b| b.pivot()),
            Some(far..far.saturating_add(1))
        );
    }
}
