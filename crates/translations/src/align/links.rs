//! The pairwise beads of a fresh alignment, kept compactly until they are merged into rows.
//!
//! [`super::align`] aligns the pivot against each other language in turn and merges once
//! all pairs are done, so the beads of the finished pairs are held while the last pair's
//! programme runs: that is the peak of a long document. A [`Bead`] is 64 bytes with a
//! heap block for its reasons (a "missing in fr" bead of a pivot-only paragraph has one).
//! A pair's beads follow one another from the start of both renderings, so here a bead
//! is its two segment counts, and its confidence and reasons are positions in small
//! tables of the values the pair's beads take (a pivot-only bead is always "missing in
//! fr" at 0.6): 5 bytes a bead, and 16 per reason of a bead whose reasons are not one of
//! the frequent ones. The merge reads beads through [`BeadList`], so
//! it takes these and the history's `Vec<Bead>` alike.

use std::collections::HashMap;
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

    /// The bead as made, owning its reasons.
    pub(super) fn to_bead(self) -> Bead {
        Bead {
            pivot: self.pivot(),
            other: self.other(),
            confidence: self.confidence,
            reasons: self.reasons.to_vec(),
        }
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

/// A pair's beads in flat arrays (see the module documentation): 5 bytes a bead. Beads
/// are added as the programme makes them ([`BeadSink`]), so a pair's beads are never all
/// held as [`Bead`]s.
#[derive(Debug, Default)]
pub(super) struct Links {
    /// Per bead, how many pivot and other segments it joins; each bead starts where the
    /// one before ends, the first at 0 on both sides.
    counts: Vec<[u8; 2]>,
    /// Per bead, its confidence as a position in `confidences`: a pair's beads take few
    /// distinct values (products of the same few factors).
    confidence: Vec<u16>,
    confidences: Vec<f64>,
    /// Per bead, its reasons: [`NONE`], a position in `singles` (a bead with one reason
    /// met often: a "missing in fr" bead of a pivot-only paragraph), or [`LISTED`] for
    /// the next list of `listed`.
    tag: Vec<u8>,
    singles: Vec<Reason>,
    /// Where each listed bead's reasons end in `listed` (they start where the previous
    /// listed bead's end).
    listed_ends: Vec<u32>,
    listed: Vec<Reason>,
    /// Where the last bead ends on both sides: the next must start there.
    end: (usize, usize),
    /// The positions in `confidences` by the value's bits, while beads are added (equal
    /// values are the same bits: no NaN is made, and one would only be kept apart from
    /// another, still written back as it came).
    index: HashMap<u64, u16>,
}

/// A bead without reasons.
const NONE: u8 = u8::MAX;
/// A bead whose reasons are the next list of [`Links::listed`].
const LISTED: u8 = u8::MAX - 1;
/// How many distinct single reasons a pair keeps by position: beyond, a bead's reason is
/// listed (kept small, as each bead looks its reason up among them).
const SINGLES: usize = 16;

impl Links {
    /// Adds `bead`, or gives it back when it does not start where the last bead ends
    /// (the first at 0 on both sides), joins more than 255 segments on a side, takes a
    /// confidence beyond the `u16`-many distinct ones, or its reasons would end beyond
    /// what a `u32` counts (none of which the aligner makes).
    fn push(&mut self, bead: Bead) -> Result<(), Bead> {
        let counts = (
            u8::try_from(bead.pivot.end.wrapping_sub(bead.pivot.start)),
            u8::try_from(bead.other.end.wrapping_sub(bead.other.start)),
        );
        let (Ok(dp), Ok(d_o)) = counts else {
            return Err(bead);
        };
        let fits = (bead.pivot.start, bead.other.start) == self.end
            && bead.pivot.end >= bead.pivot.start
            && bead.other.end >= bead.other.start
            && u32::try_from(self.listed.len() + bead.reasons.len()).is_ok();
        if !fits {
            return Err(bead);
        }
        let bits = bead.confidence.to_bits();
        let at = if let Some(&at) = self.index.get(&bits) {
            at
        } else {
            let Ok(at) = u16::try_from(self.confidences.len()) else {
                return Err(bead);
            };
            self.index.insert(bits, at);
            self.confidences.push(bead.confidence);
            at
        };
        self.end = (bead.pivot.end, bead.other.end);
        self.counts.push([dp, d_o]);
        self.confidence.push(at);
        let tag = self.tag_of(bead.reasons);
        self.tag.push(tag);
        Ok(())
    }

    /// Where `reasons` are kept: no reason, one of the pair's frequent single reasons
    /// (added when there is room), or listed.
    fn tag_of(&mut self, mut reasons: Vec<Reason>) -> u8 {
        if reasons.is_empty() {
            return NONE;
        }
        if let [one] = reasons.as_slice() {
            // `Other` holds text: listed, so that equal texts are never looked for.
            if !matches!(one, Reason::Other(_)) {
                let at = match self.singles.iter().position(|s| s == one) {
                    Some(at) => Some(at),
                    None if self.singles.len() < SINGLES => {
                        self.singles.extend(reasons.pop());
                        Some(self.singles.len() - 1)
                    }
                    None => None,
                };
                if let Some(tag) = at.and_then(|at| u8::try_from(at).ok()) {
                    return tag;
                }
            }
        }
        self.listed.append(&mut reasons);
        self.listed_ends
            .push(u32::try_from(self.listed.len()).unwrap_or(u32::MAX));
        LISTED
    }

    fn len(&self) -> usize {
        self.counts.len()
    }

    /// Keeps the first `len` beads.
    fn truncate(&mut self, len: usize) {
        if len >= self.len() {
            return;
        }
        let listed = self
            .tag
            .get(..len)
            .unwrap_or_default()
            .iter()
            .map(|&t| usize::from(t == LISTED))
            .sum();
        self.listed_ends.truncate(listed);
        self.listed
            .truncate(self.listed_ends.last().map_or(0, |&e| e as usize));
        self.counts.truncate(len);
        self.confidence.truncate(len);
        self.tag.truncate(len);
        self.end = self.counts.iter().fold((0, 0), |(p, o), &[dp, d_o]| {
            (p + usize::from(dp), o + usize::from(d_o))
        });
    }

    /// The beads as made, for a list that stops fitting.
    fn beads(&self) -> Vec<Bead> {
        let mut out = Vec::with_capacity(self.len() + 1);
        self.visit(&mut |b| out.push(b.to_bead()));
        out
    }
}

impl BeadList for Links {
    fn visit(&self, f: &mut dyn FnMut(BeadRef<'_>)) {
        let (mut p, mut o) = (0usize, 0usize);
        let (mut listed_at, mut ends) = (0usize, self.listed_ends.iter());
        for ((&[dp, d_o], &c), &tag) in self.counts.iter().zip(&self.confidence).zip(&self.tag) {
            let (p1, o1) = (p + usize::from(dp), o + usize::from(d_o));
            let reasons = match tag {
                NONE => &[][..],
                LISTED => {
                    let end = ends.next().map_or(listed_at, |&e| e as usize);
                    let r = self.listed.get(listed_at..end).unwrap_or_default();
                    listed_at = end;
                    r
                }
                at => {
                    let at = usize::from(at);
                    self.singles.get(at..=at).unwrap_or_default()
                }
            };
            f(BeadRef {
                pivot: (p, p1),
                other: (o, o1),
                confidence: self.confidences.get(usize::from(c)).copied().unwrap_or(0.0),
                reasons,
            });
            (p, o) = (p1, o1);
        }
    }
}

/// Where the pairwise programme puts the beads it makes, in order.
pub(super) trait BeadSink {
    fn len(&self) -> usize;
    fn push(&mut self, bead: Bead);
    /// Keeps the first `len` beads.
    fn truncate(&mut self, len: usize);
    /// Whether every bead from position `start` on passes `f`.
    fn all_from(&self, start: usize, f: &mut dyn FnMut(BeadRef<'_>) -> bool) -> bool;
}

impl BeadSink for Vec<Bead> {
    fn len(&self) -> usize {
        Vec::len(self)
    }

    fn push(&mut self, bead: Bead) {
        Vec::push(self, bead);
    }

    fn truncate(&mut self, len: usize) {
        Vec::truncate(self, len);
    }

    fn all_from(&self, start: usize, f: &mut dyn FnMut(BeadRef<'_>) -> bool) -> bool {
        let mut all = true;
        self.get(start..)
            .unwrap_or_default()
            .visit(&mut |b| all = all && f(b));
        all
    }
}

/// A fresh pair's beads: compact, or as made once one does not fit [`Links`].
#[derive(Debug)]
pub(super) enum Kept {
    /// Boxed: the list's own fields are some 200 bytes, the beads' vector 24.
    Links(Box<Links>),
    Beads(Vec<Bead>),
}

impl Default for Kept {
    fn default() -> Self {
        Kept::Links(Box::default())
    }
}

impl Kept {
    #[cfg(test)]
    pub(super) fn of(beads: Vec<Bead>) -> Self {
        let mut kept = Kept::default();
        for b in beads {
            kept.push(b);
        }
        kept.finish()
    }

    /// Done adding: the lookup of confidences is dropped.
    pub(super) fn finish(mut self) -> Self {
        if let Kept::Links(links) = &mut self {
            links.index = HashMap::new();
        }
        self
    }
}

impl BeadSink for Kept {
    fn len(&self) -> usize {
        match self {
            Kept::Links(l) => l.len(),
            Kept::Beads(b) => b.len(),
        }
    }

    fn push(&mut self, bead: Bead) {
        match self {
            Kept::Links(links) => {
                if let Err(bead) = links.push(bead) {
                    let mut beads = links.beads();
                    beads.push(bead);
                    *self = Kept::Beads(beads);
                }
            }
            Kept::Beads(beads) => beads.push(bead),
        }
    }

    fn truncate(&mut self, len: usize) {
        match self {
            Kept::Links(l) => l.truncate(len),
            Kept::Beads(b) => b.truncate(len),
        }
    }

    fn all_from(&self, start: usize, f: &mut dyn FnMut(BeadRef<'_>) -> bool) -> bool {
        match self {
            Kept::Links(links) => {
                let (mut at, mut all) = (0, true);
                links.visit(&mut |b| {
                    all = all && (at < start || f(b));
                    at += 1;
                });
                all
            }
            Kept::Beads(b) => b.all_from(start, f),
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

    #[test]
    fn links_give_back_many_kinds_of_reasons() {
        // More distinct single reasons than are kept by position, text reasons, lists and
        // beads without reasons, in an order that mixes them.
        let mut beads = Vec::new();
        for x in 0..200u32 {
            let reasons = match x % 7 {
                0 => vec![Reason::Missing(Lang::Fr)],
                1 => vec![],
                2 => vec![Reason::length_ratio(
                    Lang::Fr,
                    Lang::En,
                    f64::from(x) / 10.0,
                )],
                3 => vec![Reason::Other(Box::new(format!("note {x}")))],
                4 => vec![Reason::NoAnchor(Lang::Fr), Reason::NumbersDiffer(Lang::Fr)],
                5 => vec![Reason::Split {
                    k: x,
                    lang: Lang::Fr,
                }],
                _ => vec![Reason::Extra(Lang::Fr)],
            };
            let (dp, d_o) = match x % 7 {
                0 => (1, 0),
                6 => (0, 1),
                _ => (1, 1),
            };
            beads.push(Bead {
                pivot: 0..dp,
                other: 0..d_o,
                confidence: f64::from(x % 5) / 4.0,
                reasons,
            });
        }
        // Each bead starts where the one before ends.
        let (mut p, mut o) = (0, 0);
        for b in &mut beads {
            let (dp, d_o) = (b.pivot.len(), b.other.len());
            b.pivot = p..p + dp;
            b.other = o..o + d_o;
            (p, o) = (b.pivot.end, b.other.end);
        }
        let kept = Kept::of(beads.clone());
        assert!(matches!(kept, Kept::Links(_)));
        assert_eq!(back(&kept), beads);
    }

    #[test]
    fn beads_with_too_many_confidences_are_kept_as_made() {
        let beads: Vec<Bead> = (0..70_000u32)
            .map(|x| Bead {
                pivot: x as usize..x as usize + 1,
                other: x as usize..x as usize + 1,
                confidence: f64::from(x) / 70_000.0,
                reasons: vec![],
            })
            .collect();
        let kept = Kept::of(beads.clone());
        assert!(matches!(kept, Kept::Beads(_)));
        assert_eq!(back(&kept), beads);
    }

    /// The beads a list gives back, as beads.
    fn back(list: &impl BeadList) -> Vec<Bead> {
        let mut out = Vec::new();
        list.visit(&mut |b| out.push(b.to_bead()));
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
