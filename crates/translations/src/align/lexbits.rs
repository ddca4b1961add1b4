//! The lexical evidence of one language pair laid out for the programme: per segment, the
//! number of lexicon entries its words take part in and a bitset of those entries that
//! the other rendering takes part in too.
//!
//! The second pass of [`super::pair`] compares the entry sets of both sides of every bead
//! it costs, for every cell and shape of its band: a merge of two sorted lists of some
//! hundred ids each, the largest cost of the aligner. Only entries written somewhere on
//! both sides can be shared, and in one pair of renderings they are a few hundred, so each
//! segment's shared entries fit a bitset of a few machine words, and the overlap of a bead
//! is a few `and`s and popcounts. Entries on one side only still count in the sizes, which
//! is all the Dice coefficient needs of them. The counts are those of the sorted-list merge
//! ([`super::pair::overlap`]) exactly: sides are multisets (a bead's segments may share
//! entries), and an entry written `a` times on one side and `b` times on the other is
//! shared `min(a, b)` times.

/// One side of a pair: per segment, its entry count and its shared entries as `words`
/// 64-bit words from `bits[segment * words]`.
#[derive(Debug, Clone, Default)]
struct Side {
    sizes: Vec<usize>,
    bits: Vec<u64>,
}

/// Both sides of a pair, over the same dense numbering of the shared entries.
#[derive(Debug, Clone)]
pub(crate) struct LexBits {
    words: usize,
    pivot: Side,
    other: Side,
}

/// Each segment's sorted, distinct entry ids of one side, in order, held or computed.
pub(crate) trait EntryLists {
    /// How many segments.
    fn count(&self) -> usize;
    /// Calls `f` with each segment's entry ids, in order.
    fn visit(&self, f: &mut dyn FnMut(&[u32]));
}

/// Entry ids held per segment.
struct Held<'a, S>(&'a [S]);

impl<S: AsRef<[u32]>> EntryLists for Held<'_, S> {
    fn count(&self) -> usize {
        self.0.len()
    }

    fn visit(&self, f: &mut dyn FnMut(&[u32])) {
        for s in self.0 {
            f(s.as_ref());
        }
    }
}

impl LexBits {
    /// From each segment's sorted, distinct entry ids ([`super::lexical::Index::entry_sets`]).
    pub(crate) fn new<S: AsRef<[u32]>>(pivot: &[S], other: &[S]) -> Self {
        Self::of(&Held(pivot), &Held(other))
    }

    /// [`Self::new`] from entry ids held or computed per segment: each side is visited
    /// twice (which entries it writes, then its bitsets), so a long rendering's entry sets
    /// need not all be held at once.
    pub(crate) fn of(pivot: &dyn EntryLists, other: &dyn EntryLists) -> Self {
        // Dense numbers for the entries both sides write, in id order.
        let mut max = 0usize;
        let mut sizes = (
            Vec::with_capacity(pivot.count()),
            Vec::with_capacity(other.count()),
        );
        let mut seen = Vec::new();
        for (side, flag, sizes) in [(pivot, 1u8, &mut sizes.0), (other, 2u8, &mut sizes.1)] {
            side.visit(&mut |set| {
                sizes.push(set.len());
                if let Some(&last) = set.last() {
                    max = max.max(last as usize + 1);
                    if seen.len() < max {
                        seen.resize(max, 0u8);
                    }
                }
                for &e in set {
                    if let Some(s) = seen.get_mut(e as usize) {
                        *s |= flag;
                    }
                }
            });
        }
        let mut dense = vec![u32::MAX; max];
        let mut shared = 0u32;
        for (d, s) in dense.iter_mut().zip(&seen) {
            if *s == 3 {
                *d = shared;
                shared += 1;
            }
        }
        drop(seen);
        let words = (shared as usize).div_ceil(64).max(1);
        let side = |sets: &dyn EntryLists, sizes: Vec<usize>| {
            let mut bits = vec![0u64; sizes.len() * words];
            let mut k = 0;
            sets.visit(&mut |set| {
                for &e in set {
                    let Some(&d) = dense.get(e as usize) else {
                        continue;
                    };
                    if d != u32::MAX {
                        let d = d as usize;
                        if let Some(w) = bits.get_mut(k * words + d / 64) {
                            *w |= 1u64 << (d % 64);
                        }
                    }
                }
                k += 1;
            });
            Side { sizes, bits }
        };
        LexBits {
            words,
            pivot: side(pivot, sizes.0),
            other: side(other, sizes.1),
        }
    }

    /// Entries of pivot segments `p` and other segments `o` together: the Dice
    /// coefficient's denominator. `None` when a range lies outside its document.
    pub(crate) fn total(
        &self,
        p: std::ops::Range<usize>,
        o: std::ops::Range<usize>,
    ) -> Option<(usize, usize)> {
        let a = self.pivot.sizes.get(p)?.iter().sum();
        let b = self.other.sizes.get(o)?.iter().sum();
        Some((a, b))
    }

    /// Entries the two sides of a bead share, counted as multisets, and how many entries
    /// both sides have in all (as [`super::pair::overlap`] counts them on the entry sets).
    /// `None` when a range lies outside its document.
    pub(crate) fn overlap(
        &self,
        pivot: std::ops::Range<usize>,
        other: std::ops::Range<usize>,
    ) -> Option<(usize, usize)> {
        let (pivot_size, other_size) = self.total(pivot.clone(), other.clone())?;
        let words = self.words;
        let ours = self
            .pivot
            .bits
            .get(pivot.start * words..pivot.end * words)?;
        let theirs = self
            .other
            .bits
            .get(other.start * words..other.end * words)?;
        // Word `k` of the union of a side's segments.
        let union =
            |side: &[u64], k: usize| side.iter().skip(k).step_by(words).fold(0, |acc, v| acc | v);
        let mut common = 0usize;
        if pivot.len() == 1 && other.len() == 1 {
            // The 1-1 bead of every cell.
            common = ours
                .iter()
                .zip(theirs)
                .map(|(x, y)| (x & y).count_ones() as usize)
                .sum();
        } else if pivot.len() <= 1 || other.len() <= 1 {
            // A side with one segment writes each entry at most once, so an entry is
            // shared once when each side writes it at all.
            for k in 0..words {
                common += (union(ours, k) & union(theirs, k)).count_ones() as usize;
            }
        } else {
            for k in 0..words {
                let mut both = union(ours, k) & union(theirs, k);
                while both != 0 {
                    let bit = both & both.wrapping_neg();
                    let count = |side: &[u64]| {
                        side.iter()
                            .skip(k)
                            .step_by(words)
                            .filter(|&&v| v & bit != 0)
                            .count()
                    };
                    common += count(ours).min(count(theirs));
                    both &= both - 1;
                }
            }
        }
        Some((common, pivot_size + other_size))
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexical::EntrySets;
    use super::*;

    /// The bitset counts are those of the sorted-list merge on every bead shape.
    #[test]
    fn overlap_matches_the_merge_of_sorted_lists() {
        let mut rng = super::super::damage::XorShift::new(11);
        for round in 0..200 {
            let mut sets = |n: usize| -> EntrySets {
                (0..n)
                    .map(|_| {
                        let len = (rng.next_u64() % 12) as usize;
                        let range = if round % 2 == 0 { 20 } else { 300 };
                        let mut v: Vec<u32> =
                            (0..len).map(|_| (rng.next_u64() % range) as u32).collect();
                        v.sort_unstable();
                        v.dedup();
                        v
                    })
                    .collect()
            };
            let (p, o) = (sets(7), sets(6));
            let bits = LexBits::new(&p, &o);
            for i in 0..p.len() {
                for j in 0..o.len() {
                    for (di, dj) in [
                        (1, 1),
                        (2, 1),
                        (1, 2),
                        (2, 2),
                        (3, 1),
                        (1, 3),
                        (3, 3),
                        (0, 2),
                    ] {
                        let (pr, or) = (i..(i + di).min(p.len()), j..(j + dj).min(o.len()));
                        let want = super::super::pair::overlap(
                            p[pr.clone()].iter().map(|v| &v[..]),
                            o[or.clone()].iter().map(|v| &v[..]),
                        );
                        assert_eq!(bits.overlap(pr, or), Some(want));
                    }
                }
            }
        }
    }
}
