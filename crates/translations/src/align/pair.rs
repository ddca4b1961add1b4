//! Aligning one rendering against the pivot: structural anchors fix points the path must
//! pass through, and a Gale–Church dynamic programme with content costs fills the gaps.

use std::ops::Range;

use sixfold_core::Lang;

use super::length::{LengthModel, Weights};
use super::tokens;
use crate::model::{Segment, SegmentKind};

/// One link group of a pairwise alignment: pivot segments `pivot` correspond to the other
/// language's segments `other`; either range may be empty (a paragraph missing on one side).
#[derive(Debug, Clone, PartialEq)]
pub struct Bead {
    pub pivot: Range<usize>,
    pub other: Range<usize>,
    /// In `[0, 1]`; 1 for an anchored 1-1 link of plausible length.
    pub confidence: f64,
    /// Why confidence is below 1 (`"no anchor"`, `"1-2 split in fr"`, …).
    pub reasons: Vec<String>,
}

/// What the aligner needs to know about a segment, computed once per document.
#[derive(Debug, Clone)]
pub(crate) struct Features {
    len: f64,
    kind: SegmentKind,
    label: Option<String>,
    nums: Vec<u64>,
    fns: Vec<u32>,
}

impl Features {
    pub(crate) fn of(seg: &Segment, lang: Lang) -> Self {
        // A heading's number is written in words in some languages ("Article premier",
        // "第十一条"); the language data knows them all, so ask it before counting digits.
        let heading_number = (seg.kind == SegmentKind::Heading)
            .then(|| sixfold_l10n::parse_article_heading(lang, &seg.text))
            .flatten();
        let mut nums = match heading_number {
            Some(n) => vec![u64::from(n)],
            None => tokens::lang_numbers(lang, &seg.text),
        };
        if lang == Lang::Zh && heading_number.is_none() {
            nums.extend(tokens::chinese_article_numbers(&seg.text));
        }
        nums.sort_unstable();
        let mut fns = seg.footnote_refs.clone();
        fns.sort_unstable();
        Features {
            len: tokens::text_len(&seg.text) as f64,
            kind: seg.kind,
            label: seg.label.clone(),
            nums,
            fns,
        }
    }

    pub(crate) fn of_all(segs: &[Segment], lang: Lang) -> Vec<Self> {
        segs.iter().map(|s| Features::of(s, lang)).collect()
    }
}

/// Bead shapes the programme considers, as (pivot count, other count), with their prior
/// probabilities. UN renderings are paragraph-for-paragraph almost always, so 1-1 dominates.
const SHAPES: [(usize, usize, f64); 8] = [
    (1, 1, 0.94),
    (1, 0, 0.015),
    (0, 1, 0.015),
    (2, 1, 0.015),
    (1, 2, 0.015),
    (2, 2, 0.004),
    (3, 1, 0.003),
    (1, 3, 0.003),
];

/// Ceiling of the length cost of one bead. Beyond it the length only says "these differ a
/// lot", and a truncated or untranslated paragraph that still carries the same label
/// should stay linked (and be reported by the checks) rather than turn into a deletion
/// plus an insertion.
const MAX_LENGTH_COST: f64 = 8.0;

/// Rectangles larger than this many cells are cut at their proportional midpoint, which
/// bounds memory on pathological input (thousands of unlabelled paragraphs).
const MAX_CELLS: usize = 4_000_000;

/// Everything the pair programme needs besides the segments.
pub(crate) struct PairContext<'a> {
    pub(crate) pivot_lang: Lang,
    pub(crate) other_lang: Lang,
    pub(crate) pivot: &'a [Features],
    pub(crate) other: &'a [Features],
    pub(crate) length: LengthModel,
    pub(crate) weights: Weights,
}

/// Aligns two renderings given as segment slices; indices in the result are positions in
/// the slices. This is the pairwise step of [`super::align`], exposed for checks that need
/// to look inside one aligned row.
#[must_use]
pub fn align_pair(
    pivot_lang: Lang,
    pivot: &[Segment],
    other_lang: Lang,
    other: &[Segment],
) -> Vec<Bead> {
    let p = Features::of_all(pivot, pivot_lang);
    let o = Features::of_all(other, other_lang);
    let ctx = PairContext {
        pivot_lang,
        other_lang,
        pivot: &p,
        other: &o,
        length: LengthModel::for_pair(pivot_lang, other_lang),
        weights: Weights::default(),
    };
    ctx.run()
}

impl PairContext<'_> {
    pub(crate) fn run(&self) -> Vec<Bead> {
        let anchors = self.anchors();
        let mut beads = Vec::new();
        let (mut i0, mut j0) = (0, 0);
        for &(i, j) in &anchors {
            self.rect(i0, i, j0, j, &mut beads);
            i0 = i;
            j0 = j;
        }
        self.rect(i0, self.pivot.len(), j0, self.other.len(), &mut beads);
        beads
    }

    /// Points `(i, j)` the path must pass through: a pivot segment and an other segment with
    /// the same structural label, unique on both sides, kept as the longest chain that is
    /// increasing in both languages (a label out of order is a numbering error, not an anchor).
    fn anchors(&self) -> Vec<(usize, usize)> {
        use std::collections::BTreeMap;
        let mut count: BTreeMap<&str, (usize, usize, usize, usize)> = BTreeMap::new();
        for (i, f) in self.pivot.iter().enumerate() {
            if let Some(l) = f.label.as_deref() {
                let e = count.entry(l).or_insert((0, 0, i, 0));
                e.0 += 1;
            }
        }
        for (j, f) in self.other.iter().enumerate() {
            if let Some(l) = f.label.as_deref() {
                if let Some(e) = count.get_mut(l) {
                    e.1 += 1;
                    e.3 = j;
                }
            }
        }
        let mut pairs: Vec<(usize, usize)> = count
            .values()
            .filter(|&&(np, no, _, _)| np == 1 && no == 1)
            .map(|&(_, _, i, j)| (i, j))
            .collect();
        pairs.sort_unstable();
        longest_increasing_chain(&pairs)
    }

    /// Aligns the sub-rectangle pivot `i0..i1` × other `j0..j1` and appends its beads.
    fn rect(&self, i0: usize, i1: usize, j0: usize, j1: usize, out: &mut Vec<Bead>) {
        let n = i1.saturating_sub(i0);
        let m = j1.saturating_sub(j0);
        if n == 0 && m == 0 {
            return;
        }
        if n == 0 || m == 0 {
            for i in i0..i1 {
                out.push(self.make_bead(i..i + 1, j0..j0, false));
            }
            for j in j0..j1 {
                out.push(self.make_bead(i1..i1, j..j + 1, false));
            }
            return;
        }
        if (n + 1).saturating_mul(m + 1) > MAX_CELLS {
            let im = i0 + n / 2;
            let jm = j0 + m / 2;
            self.rect(i0, im, j0, jm, out);
            self.rect(im, i1, jm, j1, out);
            return;
        }
        let width = m + 1;
        let mut cost = vec![f64::INFINITY; (n + 1) * width];
        let mut back = vec![u8::MAX; (n + 1) * width];
        cost[0] = 0.0;
        for i in 0..=n {
            for j in 0..=m {
                if i == 0 && j == 0 {
                    continue;
                }
                let mut best = f64::INFINITY;
                let mut best_k = u8::MAX;
                for (k, &(di, dj, _)) in SHAPES.iter().enumerate() {
                    if di > i || dj > j {
                        continue;
                    }
                    let prev = cost[(i - di) * width + (j - dj)];
                    if !prev.is_finite() {
                        continue;
                    }
                    let c = prev + self.bead_cost(k, i0 + i - di..i0 + i, j0 + j - dj..j0 + j);
                    // Ties go to the earlier shape in `SHAPES`, keeping output deterministic.
                    if c < best {
                        best = c;
                        best_k = k as u8;
                    }
                }
                cost[i * width + j] = best;
                back[i * width + j] = best_k;
            }
        }
        let mut path = Vec::new();
        let (mut i, mut j) = (n, m);
        while i > 0 || j > 0 {
            let Some(&(di, dj, _)) = SHAPES.get(usize::from(back[i * width + j])) else {
                // Unreachable in practice: (1,0) and (0,1) make every cell reachable. Fall
                // back to consuming one segment so the result still covers everything.
                if i > 0 {
                    path.push((i0 + i - 1..i0 + i, j0 + j..j0 + j));
                    i -= 1;
                } else {
                    path.push((i0..i0, j0 + j - 1..j0 + j));
                    j -= 1;
                }
                continue;
            };
            path.push((i0 + i - di..i0 + i, j0 + j - dj..j0 + j));
            i -= di;
            j -= dj;
        }
        path.reverse();
        for (pr, or) in path {
            let anchored = self.labels_match(pr.start, or.start);
            out.push(self.make_bead(pr, or, anchored));
        }
    }

    fn labels_match(&self, i: usize, j: usize) -> bool {
        match (self.pivot.get(i), self.other.get(j)) {
            (Some(p), Some(o)) => p.label.is_some() && p.label == o.label,
            _ => false,
        }
    }

    /// Cost of one bead in nats: shape prior, Gale–Church length cost, and content costs
    /// (structural kind and label, numbers, footnote markers) for beads with both sides.
    fn bead_cost(&self, shape: usize, p: Range<usize>, o: Range<usize>) -> f64 {
        let prior = SHAPES.get(shape).map_or(1e-6, |s| s.2);
        let mut cost = -prior.ln();
        if p.is_empty() || o.is_empty() {
            // Deletions and insertions pay their prior only: charging them the length cost
            // of a whole paragraph would make the programme glue a missing paragraph to its
            // neighbour as a false 2-1 merge.
            return cost + self.weights.indel;
        }
        let (Some(ps), Some(os)) = (self.pivot.get(p.clone()), self.other.get(o.clone())) else {
            return f64::INFINITY;
        };
        let l1: f64 = ps.iter().map(|f| f.len).sum();
        let l2: f64 = os.iter().map(|f| f.len).sum();
        cost += self.length.cost(l1, l2).min(MAX_LENGTH_COST);
        let (Some(fp), Some(fo)) = (ps.first(), os.first()) else {
            return cost;
        };
        if fp.kind != fo.kind {
            cost += self.weights.kind;
        }
        if let (Some(a), Some(b)) = (&fp.label, &fo.label) {
            cost += if a == b {
                -self.weights.label
            } else {
                self.weights.label
            };
        }
        cost += self.weights.numbers
            * (1.0
                - dice(
                    ps.iter().map(|f| &f.nums[..]),
                    os.iter().map(|f| &f.nums[..]),
                ));
        cost += self.weights.footnotes
            * (1.0 - dice(ps.iter().map(|f| &f.fns[..]), os.iter().map(|f| &f.fns[..])));
        cost
    }

    fn make_bead(&self, p: Range<usize>, o: Range<usize>, anchored: bool) -> Bead {
        let mut confidence = 1.0f64;
        let mut reasons = Vec::new();
        let pl = self.pivot_lang.code();
        let ol = self.other_lang.code();
        match (p.len(), o.len()) {
            (1, 1) => {}
            (_, 0) => {
                confidence *= 0.6;
                reasons.push(format!("missing in {ol}"));
            }
            (0, _) => {
                confidence *= 0.6;
                reasons.push(format!("extra in {ol}"));
            }
            (1, k) => {
                confidence *= 0.7;
                reasons.push(format!("1-{k} split in {ol}"));
            }
            (k, 1) => {
                confidence *= 0.7;
                reasons.push(format!("{k}-1 merge in {ol}"));
            }
            (a, b) => {
                confidence *= 0.5;
                reasons.push(format!("{a}-{b} regrouping in {ol}"));
            }
        }
        if !p.is_empty() && !o.is_empty() {
            if !anchored {
                confidence *= 0.9;
                reasons.push(format!("no anchor in {ol}"));
            }
            let ps = self.pivot.get(p.clone()).unwrap_or_default();
            let os = self.other.get(o.clone()).unwrap_or_default();
            let l1: f64 = ps.iter().map(|f| f.len).sum();
            let l2: f64 = os.iter().map(|f| f.len).sum();
            let z = self.length.deviation(l1, l2).abs();
            if z > 2.5 {
                confidence *= (-(z - 2.5) / 4.0).exp().max(0.2);
                let ratio = if l1 > 0.0 { l2 / l1 } else { f64::INFINITY };
                reasons.push(format!("length ratio {ol}/{pl} {ratio:.2}"));
            }
            if dice(
                ps.iter().map(|f| &f.nums[..]),
                os.iter().map(|f| &f.nums[..]),
            ) < 1.0
            {
                confidence *= 0.8;
                reasons.push(format!("numbers differ in {ol}"));
            }
            if let (Some(a), Some(b)) = (ps.first(), os.first()) {
                if a.kind != b.kind {
                    confidence *= 0.7;
                    reasons.push(format!(
                        "kind {}/{} in {ol}",
                        b.kind.as_str(),
                        a.kind.as_str()
                    ));
                }
            }
        }
        Bead {
            pivot: p,
            other: o,
            confidence: confidence.clamp(0.0, 1.0),
            reasons,
        }
    }
}

/// Sørensen–Dice similarity of two multisets, each the union of several sorted slices; 1
/// when both are empty (nothing to disagree on).
fn dice<'a, T: Ord + Copy + 'a>(
    a: impl Iterator<Item = &'a [T]>,
    b: impl Iterator<Item = &'a [T]>,
) -> f64 {
    let mut xa: Vec<_> = a.flatten().copied().collect();
    let mut xb: Vec<_> = b.flatten().copied().collect();
    if xa.is_empty() && xb.is_empty() {
        return 1.0;
    }
    xa.sort_unstable();
    xb.sort_unstable();
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while let (Some(x), Some(y)) = (xa.get(i), xb.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (xa.len() + xb.len()) as f64
}

/// Longest chain of pairs increasing in both coordinates (input sorted by first coordinate,
/// first coordinates distinct); ties resolved towards earlier pairs for determinism.
fn longest_increasing_chain(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // Patience sorting on the second coordinate: tails[k] = index of the smallest tail of an
    // increasing chain of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<Option<usize>> = vec![None; pairs.len()];
    for (idx, &(_, j)) in pairs.iter().enumerate() {
        let pos = tails.partition_point(|&t| pairs.get(t).is_some_and(|p| p.1 < j));
        if pos > 0 {
            prev[idx] = tails.get(pos - 1).copied();
        }
        if pos == tails.len() {
            tails.push(idx);
        } else {
            tails[pos] = idx;
        }
    }
    let mut chain = Vec::with_capacity(tails.len());
    let mut cur = tails.last().copied();
    while let Some(idx) = cur {
        if let Some(&p) = pairs.get(idx) {
            chain.push(p);
        }
        cur = prev.get(idx).copied().flatten();
    }
    chain.reverse();
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_skips_out_of_order_pairs() {
        let pairs = [(0, 0), (1, 5), (2, 1), (3, 2), (4, 6)];
        assert_eq!(
            longest_increasing_chain(&pairs),
            [(0, 0), (2, 1), (3, 2), (4, 6)]
        );
        assert!(longest_increasing_chain(&[]).is_empty());
    }

    #[test]
    fn dice_of_multisets() {
        let a: [&[u64]; 2] = [&[1, 2], &[2]];
        let b: [&[u64]; 1] = [&[2, 2, 3]];
        assert!((dice(a.iter().copied(), b.iter().copied()) - 2.0 * 2.0 / 6.0).abs() < 1e-12);
        let e: [&[u64]; 0] = [];
        assert!((dice(e.iter().copied(), e.iter().copied()) - 1.0).abs() < 1e-12);
    }
}
