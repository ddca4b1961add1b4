//! Aligning one rendering against the pivot: structural anchors fix points the path must
//! pass through, and a Gale–Church dynamic programme with content costs fills the gaps.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::OnceLock;

use sixfold_core::Lang;

use super::length::{LengthModel, Weights};
use super::links::{BeadRef, BeadSink, Kept};
use super::tokens;
use crate::label::{Label, paragraph_number};
use crate::model::{Segment, SegmentKind};
use crate::reason::Reason;

mod resume;
mod reuse;

pub use resume::{PairRun, align_pair_continuing, align_pair_resuming};

/// One link group of a pairwise alignment: pivot segments `pivot` correspond to the other
/// language's segments `other`; either range may be empty (a paragraph missing on one side).
#[derive(Debug, Clone, PartialEq)]
pub struct Bead {
    pub pivot: Range<usize>,
    pub other: Range<usize>,
    /// In `[0, 1]`; 1 for an anchored 1-1 link of plausible length.
    pub confidence: f64,
    /// Why confidence is below 1 (`no anchor in fr`, `1-2 split in fr`, …).
    pub reasons: Vec<Reason>,
}

/// What the aligner needs to know about a segment, computed once per document. Kept for
/// every segment of the pivot through all its pairs, so held compactly: the numbers in
/// one exact-sized block, no vector's spare room (six vectors were half of a long
/// document's features).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Features {
    len: f64,
    kind: SegmentKind,
    /// The label only when the text vouches for it ([`Segment::written_label`]): the
    /// reader's position counters (`pre.N`) shift after any drop, merge or split and would
    /// pull the path onto a wrong diagonal.
    label: Option<Label>,
    /// The paragraph number the text opens with, when it is the label's.
    lead: Option<u64>,
    /// Every number the segment writes, `lead` included, sorted: what the programme
    /// compares for every cell and shape ([`Features::all`]).
    numbers: Box<[u64]>,
    fns: Box<[u32]>,
    /// Ids of the words the lexicon knows ([`super::lexical::Index::token_ids`]), found
    /// from the segment's text only when a second, lexical pass needs them
    /// ([`Features::lex`]): most pairs of clean renderings never run it, and the tokens
    /// were the largest part of the features.
    lex: OnceLock<Box<[u32]>>,
}

/// The numbers a segment's text writes in digits, in order ([`tokens::lang_numbers`]).
pub(crate) type Digits = Box<[u64]>;

/// The numbers one side of a bead writes, opening paragraph numbers included.
fn numbers(side: &[Features]) -> impl Iterator<Item = &[u64]> {
    side.iter().map(Features::all)
}

/// Numbers the two sides of a bead share, and how many they write in all, leaving out the
/// opening paragraph number of a side's first segment when the other side does not write
/// it anywhere: numbering lost in one rendering is not a disagreement (see
/// [`lead_agreement`]). A paragraph number that a merged rendering carries inside its text
/// still counts.
fn number_overlap(ps: &[Features], os: &[Features]) -> (usize, usize) {
    if ps.iter().chain(os).all(|f| f.all().is_empty()) {
        // Most paragraphs write no number: nothing shared, nothing to forgive.
        return (0, 0);
    }
    let (common, total) = overlap(numbers(ps), numbers(os));
    let writes = |side: &[Features], n: u64| side.iter().any(|f| f.all().binary_search(&n).is_ok());
    let forgiven = |a: &[Features], b: &[Features]| {
        a.first()
            .and_then(|f| f.lead)
            .is_some_and(|n| !writes(b, n))
    };
    let excused = usize::from(forgiven(ps, os)) + usize::from(forgiven(os, ps));
    (common, total.saturating_sub(excused))
}

impl Features {
    pub(crate) fn of(seg: &Segment, lang: Lang) -> Self {
        Self::of_read(seg, lang, None)
    }

    /// [`Self::of`] given, when the caller has read them, the digits of the segment's text
    /// ([`tokens::lang_numbers`]).
    fn of_read(seg: &Segment, lang: Lang, digits: Option<&[u64]>) -> Self {
        // A heading's number is written in words in some languages ("Article premier",
        // "第十一条"); the language data knows them all, so ask it before counting digits.
        let heading_number = (seg.kind == SegmentKind::Heading)
            .then(|| sixfold_l10n::parse_article_heading(lang, &seg.text))
            .flatten();
        let mut nums = match heading_number {
            Some(n) => vec![u64::from(n)],
            None => digits.map_or_else(|| tokens::lang_numbers(lang, &seg.text), <[u64]>::to_vec),
        };
        if lang == Lang::Zh && heading_number.is_none() {
            nums.extend(tokens::chinese_article_numbers(&seg.text));
        }
        let label = seg.written_label();
        // The number a paragraph opens with ("4. Decides", "١٢٣ - ") is its paragraph
        // number, written or not as a label. Real renderings lose such numbers often (Word
        // auto-numbering, extraction), so it is compared on its own and only when both
        // sides write one ([`lead_agreement`]): counting it among the numbers would make a
        // paragraph whose numbering was lost look like a different one. Once merged into
        // the paragraph before it, it is ordinary text ([`numbers`]).
        let lead = paragraph_number(&seg.text).and_then(|n| {
            let pos = nums.iter().position(|&x| x == u64::from(n))?;
            Some(nums.remove(pos))
        });
        Features::new(
            super::length::measure(lang, &seg.text),
            seg.kind,
            label.cloned(),
            nums,
            lead,
            seg.footnote_refs.clone(),
        )
    }

    /// Features from their parts: `nums` the segment's numbers without `lead`, `fns` its
    /// footnote calls (either in any order).
    fn new(
        len: f64,
        kind: SegmentKind,
        label: Option<Label>,
        mut nums: Vec<u64>,
        lead: Option<u64>,
        mut fns: Vec<u32>,
    ) -> Self {
        nums.reserve_exact(usize::from(lead.is_some()));
        nums.extend(lead);
        nums.sort_unstable();
        fns.sort_unstable();
        Features {
            len,
            kind,
            label,
            lead,
            numbers: nums.into_boxed_slice(),
            fns: fns.into_boxed_slice(),
            lex: OnceLock::new(),
        }
    }

    /// Every number the segment writes, opening paragraph number included, sorted.
    fn all(&self) -> &[u64] {
        &self.numbers
    }

    /// The numbers the segment writes besides its opening paragraph number, in order:
    /// [`Self::all`] without one copy of `lead`.
    fn nums(&self) -> impl Iterator<Item = u64> + '_ {
        let mut lead = self.lead;
        self.numbers.iter().copied().filter(move |&x| {
            if lead == Some(x) {
                lead = None;
                false
            } else {
                true
            }
        })
    }

    /// The lexicon token ids of the segment these features were made from, found from
    /// `seg` (that segment) the first time they are asked for. Features made without
    /// their segment at hand ([`PairFeatures::of`]) have them already.
    fn lex(&self, lang: Lang, seg: Option<&Segment>) -> &[u32] {
        self.lex.get_or_init(|| {
            debug_assert!(
                seg.is_some(),
                "features without tokens come with their segment"
            );
            seg.map_or_else(Box::default, |s| {
                super::lexical::builtin()
                    .token_ids(lang, &s.text)
                    .into_boxed_slice()
            })
        })
    }

    pub(crate) fn of_all(segs: &[Segment], lang: Lang) -> Vec<Self> {
        segs.iter().map(|s| Features::of(s, lang)).collect()
    }

    /// [`Self::of_all`] with the digits of each segment's text ([`tokens::lang_numbers`]),
    /// which [`PairContext::with_digits`] hands to the question whether a bead's numbers
    /// differ instead of reading them again in every pair.
    pub(crate) fn of_all_read(segs: &[Segment], lang: Lang) -> (Vec<Self>, Vec<Digits>) {
        let digits: Vec<Digits> = segs
            .iter()
            .map(|s| tokens::lang_numbers(lang, &s.text).into_boxed_slice())
            .collect();
        let feats = segs
            .iter()
            .zip(&digits)
            .map(|(s, d)| Features::of_read(s, lang, Some(d)))
            .collect();
        (feats, digits)
    }
}

/// Bead shapes the programme considers, as (pivot count, other count), with their prior
/// probabilities. UN renderings are paragraph-for-paragraph almost always, so 1-1 dominates.
/// Hand-set, not counted: `cargo xtask estimate-costs` counts the real rates on the UN
/// Parallel Corpus development data (`crates/translations/data/bead-priors.tsv`: 2–7 %
/// of paragraphs dropped or added, merges and splits almost never), and those rates put
/// here lowered link F1 on the 318 development documents (clean 0.9998 → 0.9989, seeded
/// 0.9798 → 0.9562; see the README, "How `align` works").
const SHAPES: [(usize, usize, f64); 8] = [
    (1, 1, 0.94),
    (1, 0, 0.015),
    (0, 1, 0.015),
    (2, 1, 0.015),
    (1, 2, 0.015),
    // A true 2-2 regrouping is rare in real translations: on the even-numbered UN Parallel
    // Corpus documents (see `MAX_ONE_TO_ONE_COST`) 0.004 made the programme regroup a
    // heading cut short with the sentence after it, where 0.001 kept both links 1-1.
    (2, 2, 0.001),
    (3, 1, 0.003),
    (1, 3, 0.003),
];

/// How many rows of the programme a cell's beads read: its own and those the largest
/// pivot count of [`SHAPES`] reaches back to.
const ROWS_READ: usize = {
    let mut most = 0;
    let mut k = 0;
    while k < SHAPES.len() {
        if SHAPES[k].0 > most {
            most = SHAPES[k].0;
        }
        k += 1;
    }
    most + 1
};

/// The order in which the programme tries the shapes of [`SHAPES`] at a cell: the
/// deletion and the insertion first, which cost their prior alone, so that the 1-1 bead
/// and the rest meet a finite best cost and a bead that cannot beat it is dropped before
/// its length and content are costed. Ties still go to the earlier shape in `SHAPES`
/// ([`PairContext::programme`]), so the order changes nothing but the work.
const TRY_ORDER: [usize; SHAPES.len()] = [1, 2, 0, 3, 4, 5, 6, 7];

/// Path costs of the programme are fixed-point numbers: nats in units of 2^-36 (about
/// 1.5e-11). Bead costs are computed in floating point as before and each is rounded once,
/// towards zero, when it joins a path; the sums are then exact. A floating-point sum
/// depends on the order of its terms, so two versions of a pair that differ only in a few
/// paragraphs would cost the paths after the change a hair differently, never exactly the
/// same amount more; with exact sums they do, and a history can take the rest of the
/// programme from the earlier version instead of computing it again ([`resume`]). A path
/// of a hundred thousand beads of 40 nats stays far inside the range of an `i64`.
type PathCost = i64;

/// One nat in [`PathCost`] units.
const FIXED_SCALE: f64 = (1u64 << 36) as f64;

/// The cost of a cell no path reaches.
const UNREACHED: PathCost = PathCost::MAX;

/// A bead cost or a bound on one in [`PathCost`] units, rounded towards zero: rounding is
/// monotone, so a bound on a bead's cost stays a bound on its rounded cost and the
/// programme's pruning stays exact. An infinite or undefined cost reaches nothing.
#[allow(clippy::cast_possible_truncation)] // The cast saturates; costs are far below it.
fn fixed(x: f64) -> PathCost {
    if x.is_nan() {
        UNREACHED
    } else {
        (x * FIXED_SCALE) as PathCost
    }
}

/// [`TRY_ORDER`] with each shape's counts: (index in [`SHAPES`], pivot count, other count).
const TRIED: [(usize, usize, usize); SHAPES.len()] = {
    let mut out = [(0, 0, 0); SHAPES.len()];
    let mut x = 0;
    while x < SHAPES.len() {
        let k = TRY_ORDER[x];
        out[x] = (k, SHAPES[k].0, SHAPES[k].1);
        x += 1;
    }
    out
};

/// Deviations (as [`LengthModel::scaled_deviation`] gives them) beyond which the length
/// cost is above [`MAX_LENGTH_COST`], the larger of the two ceilings a bead's cost takes it
/// under ([`PairContext::plain_cost`]): the programme then takes the ceiling without the
/// logarithm. erfc(z) ≤ e^(−z²), so the cost is at least z² = 9 here, less the fit's error
/// (about 1.2e-7 nats); a test checks the cost above the ceiling over the whole range.
const CAPPED_DEVIATION: f64 = 3.0;

/// Ceiling of the length cost of one bead. Beyond it the length only says "these differ a
/// lot", and a truncated or untranslated paragraph that still carries the same label
/// should stay linked (and be reported by the checks) rather than turn into a deletion
/// plus an insertion.
const MAX_LENGTH_COST: f64 = 8.0;

/// Ceiling of the whole content cost of a 1-1 bead, in the manner of vecalign, whose
/// bead costs are bounded while deletions and insertions pay a fixed penalty. A deletion
/// next to an insertion costs two indel priors (2 × −ln 0.015 ≈ 8.4 nats); a 1-1 link in
/// the same place must never cost more, or numbers written differently ("1.35亿" against
/// "$135 million", "22 часов" against "10 p.m.", digit groups in the reverse order in
/// Arabic) or a sentence cut short turn one paragraph into a deletion plus an insertion.
/// Real translations almost never drop a paragraph and add another at the same place. On
/// the even-numbered documents of the UN Parallel Corpus development half, ceilings of 6, 7
/// and 8 gave the same clean link F1 (0.9995 against 0.9994 without one; 10 changes
/// nothing) and seeded F1 within 0.0004; 8, the largest below the indel pair, was kept.
/// The odd-numbered documents, unseen while choosing, gain most (clean 0.9980 → 0.9990).
const MAX_ONE_TO_ONE_COST: f64 = 8.0;

/// Ceiling of the length cost of a bead whose numbers all agree ([`PairContext::bead_cost`]).
const CONFIRMED_LENGTH_COST: f64 = 4.0;

/// Rectangles up to this many cells get the full programme; larger ones (thousands of
/// unlabelled paragraphs between two anchors) a band around the diagonal.
const FULL_CELLS: usize = 250_000;

/// Starting half-width of the band, in other-language segments. Renderings of one text
/// drift from the diagonal only by their drops, merges and splits, so a narrow band holds
/// the path; it is doubled while the path runs along its edge.
const MIN_BAND: usize = 24;

/// Starting half-width of a band that follows anchors (segments with the same written
/// label): between two anchors the path rarely strays far, and the band still widens when
/// the path runs along its edge.
const GUIDED_BAND: usize = 6;

/// How close to the edge of the band a path must run to count as pushed by it.
const EDGE_MARGIN: usize = 3;

/// Standard deviations of length within which a first-pass 1-1 bead is taken as settled
/// ([`PairContext::sure`]).
const SURE_DEVIATION: f64 = 2.0;

/// The band stops widening at this many cells, which bounds time and memory on
/// pathological input.
const MAX_CELLS: usize = 16_000_000;

/// Everything the pair programme needs besides the segments.
pub(crate) struct PairContext<'a> {
    pub(crate) pivot_lang: Lang,
    pub(crate) other_lang: Lang,
    pub(crate) pivot: &'a [Features],
    pub(crate) other: &'a [Features],
    pub(crate) length: LengthModel,
    pub(crate) weights: Weights,
    /// Per pivot and per other segment, the lexicon entries its words take part in; `None`
    /// without a table for the pair ([`super::lexical`]).
    pub(crate) lexical: Option<super::lexbits::LexBits>,
    /// Each segment's written label as a number shared by both sides of the pair (0 for
    /// none): the programme compares labels for every cell and shape, and a label holds a
    /// list of items, so it compares the numbers.
    labels: LabelIds,
    /// The programmes of an earlier version of the pair to start from, and where this
    /// run's are kept for the next ([`resume`]); `None` for a pair aligned on its own.
    resume: Option<&'a std::cell::RefCell<resume::Programmes>>,
    /// The segments `pivot` and `other` were made from, when the caller has them: the
    /// lexical pass finds their tokens then ([`Features::lex`]).
    segments: Option<(&'a [Segment], &'a [Segment])>,
    /// The digits of each pivot and each other segment's text, when the caller has read
    /// them ([`Features::of_all_read`]).
    digits: Option<(&'a [Digits], &'a [Digits])>,
}

/// Written labels numbered per pair of renderings: equal labels get equal numbers, from 1.
#[derive(Debug, Clone, Default)]
struct LabelIds {
    pivot: Vec<u32>,
    other: Vec<u32>,
}

impl LabelIds {
    fn new(pivot: &[Features], other: &[Features]) -> Self {
        fn number<'f>(side: &'f [Features], ids: &mut BTreeMap<&'f Label, u32>) -> Vec<u32> {
            side.iter()
                .map(|f| {
                    f.label.as_ref().map_or(0, |l| {
                        let next = u32::try_from(ids.len() + 1).unwrap_or(u32::MAX);
                        *ids.entry(l).or_insert(next)
                    })
                })
                .collect()
        }
        let mut ids = BTreeMap::new();
        let pivot = number(pivot, &mut ids);
        let other = number(other, &mut ids);
        LabelIds { pivot, other }
    }
}

impl<'a> PairContext<'a> {
    pub(crate) fn new(
        pivot_lang: Lang,
        other_lang: Lang,
        pivot: &'a [Features],
        other: &'a [Features],
    ) -> Self {
        Self::with_labels(
            pivot_lang,
            other_lang,
            pivot,
            other,
            LabelIds::new(pivot, other),
        )
    }

    /// [`Self::new`] with the labels numbered already: `labels` must be
    /// `LabelIds::new(pivot, other)`, or its equal.
    fn with_labels(
        pivot_lang: Lang,
        other_lang: Lang,
        pivot: &'a [Features],
        other: &'a [Features],
        labels: LabelIds,
    ) -> Self {
        PairContext {
            pivot_lang,
            other_lang,
            pivot,
            other,
            length: LengthModel::for_pair(pivot_lang, other_lang),
            weights: Weights::default(),
            lexical: None,
            labels,
            resume: None,
            segments: None,
            digits: None,
        }
    }

    /// The same context knowing the segments the features were made from (in the same
    /// order), so that their lexicon tokens are found only if the lexical pass runs.
    pub(crate) fn with_segments(mut self, pivot: &'a [Segment], other: &'a [Segment]) -> Self {
        self.segments = Some((pivot, other));
        self
    }

    /// The same context knowing the digits of the segments' texts, in the same order
    /// ([`Features::of_all_read`]).
    pub(crate) fn with_digits(mut self, pivot: &'a [Digits], other: &'a [Digits]) -> Self {
        self.digits = Some((pivot, other));
        self
    }

    /// The same context with lexical evidence for the second pass; `None` when the
    /// lexicon has no table for the pair or the evidence is already there.
    fn with_lexical(&self) -> Option<PairContext<'a>> {
        if self.lexical.is_some() {
            return None;
        }
        let bits = if let Some(r) = self.resume {
            // A version of a history takes the entries of the segments it shares with the
            // version before.
            r.borrow_mut().lex_bits(self)?
        } else {
            let (pivot_segs, other_segs) = self.segments.unzip();
            let (ep, eo) =
                super::lexical::builtin().entry_tables(self.pivot_lang, self.other_lang)?;
            // Each segment's entries are found from its tokens as the bitsets are made,
            // never all held: for a long pivot they were the peak of the alignment.
            let side = |feats: &'a [Features], lang, segs: Option<&'a [Segment]>, table| {
                super::lexical::Computed {
                    table,
                    tokens: feats
                        .iter()
                        .enumerate()
                        .map(|(i, f)| f.lex(lang, segs.and_then(|s| s.get(i))))
                        .collect(),
                }
            };
            super::lexbits::LexBits::of(
                &side(self.pivot, self.pivot_lang, pivot_segs, ep),
                &side(self.other, self.other_lang, other_segs, eo),
            )
        };
        Some(PairContext {
            pivot_lang: self.pivot_lang,
            other_lang: self.other_lang,
            pivot: self.pivot,
            other: self.other,
            length: self.length,
            weights: self.weights,
            lexical: Some(bits),
            labels: self.labels.clone(),
            resume: self.resume,
            segments: self.segments,
            digits: self.digits,
        })
    }

    /// Whether a first-pass bead leaves no doubt: a 1-1 link whose lengths agree within
    /// [`SURE_DEVIATION`] standard deviations. Anything else (a deletion, a merge, a pair
    /// of unusual lengths) may be a wrong choice between neighbours of similar length,
    /// which only the words can settle.
    fn sure(&self, b: BeadRef<'_>) -> bool {
        if b.pivot().len() != 1 || b.other().len() != 1 {
            return false;
        }
        let (Some(p), Some(o)) = (self.pivot.get(b.pivot.0), self.other.get(b.other.0)) else {
            return false;
        };
        self.length.deviation(p.len, o.len).abs() <= SURE_DEVIATION
    }
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
    let ctx = PairContext::new(pivot_lang, other_lang, &p, &o).with_segments(pivot, other);
    ctx.run()
}

/// What the pairwise aligner reads of one rendering, computed once: a caller that aligns the
/// same rendering against several others, or in several versions of a document (a git
/// history, where one commit changes one rendering), keeps these instead of recomputing
/// them for every pair.
#[derive(Debug, Clone)]
pub struct PairFeatures {
    lang: Lang,
    features: Vec<Features>,
    /// Per segment, a number naming the computation its features came from: features
    /// made from a segment get a number never given before ([`reuse::fresh_id`]), and
    /// features taken from an earlier version's ([`PairFeatures::of_reusing`]) keep the
    /// earlier number. Equal numbers therefore mean equal features, which lets a history
    /// compare versions without comparing whole features ([`resume`]); unequal numbers
    /// say nothing.
    ids: Vec<u64>,
}

impl PairFeatures {
    /// The features of `segments`, a rendering in `lang`.
    #[must_use]
    pub fn of(lang: Lang, segments: &[Segment]) -> Self {
        let features = Features::of_all(segments, lang);
        // Kept without the segments: their lexicon tokens are found now.
        for (f, seg) in features.iter().zip(segments) {
            f.lex(lang, Some(seg));
        }
        let ids = features.iter().map(|_| reuse::fresh_id()).collect();
        PairFeatures {
            lang,
            features,
            ids,
        }
    }
}

/// [`align_pair`] on prepared features: the same beads, without computing the features.
#[must_use]
pub fn align_pair_features(pivot: &PairFeatures, other: &PairFeatures) -> Vec<Bead> {
    let ctx = PairContext::new(pivot.lang, other.lang, &pivot.features, &other.features);
    ctx.run()
}

/// The cells of a banded programme over pivot `0..=n` × other `0..=m`: row `i` holds the
/// columns `lo[i]..=hi[i]`, stored from `start[i]` in flat arrays.
struct Band {
    lo: Vec<usize>,
    hi: Vec<usize>,
    start: Vec<usize>,
    cells: usize,
}

impl Band {
    /// A band of half-width `w` around the line from `(0, 0)` through the `guide` points
    /// to `(n, m)`. Row
    /// `i` spans the line's columns over rows `i - 1` to `i + 1`, so consecutive rows
    /// overlap and every cell stays reachable by insertions and deletions.
    #[allow(clippy::many_single_char_names)] // The programme's usual i, j, n, m.
    fn new(n: usize, m: usize, w: usize, guide: &[(usize, usize)]) -> Self {
        let mut lo = Vec::with_capacity(n + 1);
        let mut hi = Vec::with_capacity(n + 1);
        let mut start = Vec::with_capacity(n + 2);
        let mut cells = 0usize;
        // The centre line runs through the guide points, straight between them.
        let mut knots = Vec::with_capacity(guide.len() + 2);
        knots.push((0usize, 0usize));
        knots.extend(
            guide
                .iter()
                .copied()
                .filter(|&(i, j)| i > 0 && i < n && j <= m),
        );
        knots.push((n, m));
        let mut centre = vec![0usize; n + 1];
        for pair in knots.windows(2) {
            let [(a, ja), (b, jb)] = pair else { continue };
            let (a, ja, b, jb) = (*a, *ja, *b, (*jb).max(*ja));
            for (i, c) in centre.iter_mut().enumerate().take(b + 1).skip(a) {
                // a < b ≤ n, so the division is defined and the product fits.
                *c = ja
                    + (i - a)
                        .saturating_mul(jb - ja)
                        .checked_div(b - a)
                        .unwrap_or(0);
            }
        }
        let col = |i: usize| -> usize { centre.get(i).copied().unwrap_or(m) };
        for i in 0..=n {
            let a = col(i.saturating_sub(1)).saturating_sub(w);
            let b = (col((i + 1).min(n)) + 1).saturating_add(w).min(m);
            let a = if i == 0 { 0 } else { a };
            let b = if i == n { m } else { b };
            lo.push(a);
            hi.push(b);
            start.push(cells);
            cells += b - a + 1;
        }
        start.push(cells);
        Band {
            lo,
            hi,
            start,
            cells,
        }
    }

    fn at(&self, i: usize, j: usize) -> Option<usize> {
        let (&lo, &hi, &s) = (self.lo.get(i)?, self.hi.get(i)?, self.start.get(i)?);
        (lo..=hi).contains(&j).then(|| s + j - lo)
    }

    /// Whether `(i, j)` lies within `margin` of an edge of the band that is not an edge of
    /// the whole rectangle: a path there may have been pushed by the band.
    fn near_edge(&self, i: usize, j: usize, m: usize, margin: usize) -> bool {
        let (Some(&lo), Some(&hi)) = (self.lo.get(i), self.hi.get(i)) else {
            return false;
        };
        (lo > 0 && j < lo + margin) || (hi < m && j + margin > hi)
    }
}

/// Shapes of [`SHAPES`] with segments on both sides, which have a length cost: their
/// place among the costs a [`CostMemo`] keeps per cell, by shape index.
const LENGTH_SLOT: [Option<usize>; SHAPES.len()] = {
    let mut slots = [None; SHAPES.len()];
    let mut k = 0;
    let mut next = 0;
    while k < SHAPES.len() {
        if SHAPES[k].0 > 0 && SHAPES[k].1 > 0 {
            slots[k] = Some(next);
            next += 1;
        }
        k += 1;
    }
    slots
};

/// Shapes with a length cost (see [`LENGTH_SLOT`]).
const LENGTH_SHAPES: usize = {
    let mut count = 0;
    let mut k = 0;
    while k < SHAPES.len() {
        if SHAPES[k].0 > 0 && SHAPES[k].1 > 0 {
            count += 1;
        }
        k += 1;
    }
    count
};

/// Bands up to this many cells keep their beads' costs (two for each of six shapes per
/// cell, 96 bytes) for the next programme over the same rectangle; larger ones compute
/// them again.
const MEMO_CELLS: usize = 1 << 17;

/// Numbers kept per shape and cell: the length cost and [`PairContext::plain_cost`].
const MEMO_VALUES: usize = 2;

/// The costs of the beads a programme has costed, per cell of its band and shape (NaN
/// where none was): the length cost (a square root, a logarithm and a polynomial, the
/// largest part of costing a bead) and the cost without the words
/// ([`PairContext::plain_cost`]). The same rectangle is often programmed more than once:
/// again with the lexicon when the first pass leaves a doubt, and again in a wider band
/// when the path runs along the edge. Both numbers depend only on the segments a bead
/// joins, so a cell both bands share keeps what the earlier one computed, and the
/// programme makes exactly the choices it made without the memo.
struct CostMemo {
    band: Band,
    costs: Vec<f64>,
}

impl CostMemo {
    /// A memo for `band`, holding what `earlier` (a band over the same rectangle) knew of
    /// the cells both share; empty when the band is too large to keep.
    fn carry(earlier: Option<CostMemo>, band: Band) -> Self {
        if band.cells > MEMO_CELLS {
            return CostMemo {
                band,
                costs: Vec::new(),
            };
        }
        let len = band.cells * LENGTH_SHAPES * MEMO_VALUES;
        let earlier = match earlier {
            // The same band again (the lexical pass after the first, mostly): the same
            // cells in the same places, so the memo is taken as it is.
            Some(old)
                if old.costs.len() == len && old.band.lo == band.lo && old.band.hi == band.hi =>
            {
                return CostMemo {
                    band,
                    costs: old.costs,
                };
            }
            other => other,
        };
        let mut costs = vec![f64::NAN; len];
        if let Some(old) = earlier.filter(|old| !old.costs.is_empty()) {
            for (i, (&lo, &hi)) in band.lo.iter().zip(&band.hi).enumerate() {
                let (Some(&olo), Some(&ohi)) = (old.band.lo.get(i), old.band.hi.get(i)) else {
                    continue;
                };
                let (a, b) = (lo.max(olo), hi.min(ohi));
                if a > b {
                    continue;
                }
                let (Some(to), Some(from)) = (band.at(i, a), old.band.at(i, a)) else {
                    continue;
                };
                let per_cell = LENGTH_SHAPES * MEMO_VALUES;
                let len = (b - a + 1) * per_cell;
                let (to, from) = (to * per_cell, from * per_cell);
                if let (Some(dst), Some(src)) =
                    (costs.get_mut(to..to + len), old.costs.get(from..from + len))
                {
                    dst.copy_from_slice(src);
                }
            }
        }
        CostMemo { band, costs }
    }

    /// Where the length cost of shape `k` ending at band cell `x` is kept; its
    /// [`PairContext::plain_cost`] follows it.
    fn slot(x: usize, k: usize) -> Option<usize> {
        let s = (*LENGTH_SLOT.get(k)?)?;
        Some((x * LENGTH_SHAPES + s) * MEMO_VALUES)
    }
}

impl PairContext<'_> {
    pub(crate) fn run(&self) -> Vec<Bead> {
        let mut beads = Vec::new();
        self.run_range(0..self.pivot.len(), 0..self.other.len(), &mut beads);
        beads
    }

    /// [`Self::run`] with the beads kept compactly as they are made ([`Kept`]): what a
    /// fresh alignment holds of a pair until the merge.
    pub(super) fn run_kept(&self) -> Kept {
        let mut beads = Kept::default();
        self.run_range(0..self.pivot.len(), 0..self.other.len(), &mut beads);
        beads.finish()
    }

    /// Aligns pivot segments `p` against other segments `o` (positions in the whole
    /// documents) and appends the beads: the entry point for aligning a stretch between
    /// two fixed points (review pins) independently of the rest.
    pub(super) fn run_range<S: BeadSink + ?Sized>(
        &self,
        p: Range<usize>,
        o: Range<usize>,
        out: &mut S,
    ) {
        let (i0, i1) = (p.start.min(self.pivot.len()), p.end.min(self.pivot.len()));
        let (j0, j1) = (o.start.min(self.other.len()), o.end.min(self.other.len()));
        // A version of a history whose labels are those of the version before has its
        // anchors.
        let anchors = match self.resume {
            Some(r) => r.borrow_mut().anchors(|| self.anchors()),
            None => self.anchors(),
        };
        let guide: Vec<(usize, usize)> = anchors
            .into_iter()
            .filter(|&(i, j)| (i0..i1).contains(&i) && (j0..j1).contains(&j))
            .map(|(i, j)| (i - i0, j - j0))
            .collect();
        let start = out.len();
        // The bead costs the first pass computes serve the second: the length model and
        // the content terms are the same, only the lexical bonus is added.
        let mut kept = None;
        self.rect(i0, i1.max(i0), j0, j1.max(j0), &guide, &mut kept, out);
        // The second pass, in the manner of hunalign: only when lengths and anchors left
        // a doubt does the programme run again with the translation table, so clean 1-1
        // text pays for the lexicon only its tokens.
        let doubt = !out.all_from(start, &mut |b| self.sure(b));
        if doubt {
            if let Some(lexical) = self.with_lexical() {
                out.truncate(start);
                lexical.rect(i0, i1.max(i0), j0, j1.max(j0), &guide, &mut kept, out);
            }
        }
        // A history keeps the last programme's memo with it, for the next version.
        if let (Some(r), Some(memo)) = (self.resume, kept) {
            r.borrow_mut().give_last_memo(&memo.band, memo.costs);
        }
    }

    /// Points `(i, j)` the path is expected to pass near: a pivot segment and an other
    /// segment with the same written label ([`Segment::written_label`]), unique on both sides, kept as the
    /// longest chain that is increasing in both languages (a label out of order is a
    /// numbering error, not an anchor). Position counters are never anchors. Anchors only
    /// centre the band of the programme; the labels themselves are weighed in
    /// [`Self::bead_cost`] like any other evidence, so a wrong or lost label never forces a
    /// deletion or an insertion.
    fn anchors(&self) -> Vec<(usize, usize)> {
        let mut count: BTreeMap<&Label, (usize, usize, usize, usize)> = BTreeMap::new();
        for (i, f) in self.pivot.iter().enumerate() {
            if let Some(l) = f.label.as_ref() {
                let e = count.entry(l).or_insert((0, 0, i, 0));
                e.0 += 1;
            }
        }
        for (j, f) in self.other.iter().enumerate() {
            if let Some(l) = f.label.as_ref() {
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
    /// `guide` holds anchor points relative to the rectangle, in increasing order; the band
    /// of the programme follows them. `kept` carries the bead costs of an earlier
    /// programme over the same rectangle (a narrower band, or the first pass) in and the
    /// last one's out ([`CostMemo`]).
    #[allow(clippy::many_single_char_names)] // The programme's usual i, j, n, m.
    #[allow(clippy::too_many_arguments)] // The rectangle's four bounds, and what it reuses.
    fn rect<S: BeadSink + ?Sized>(
        &self,
        i0: usize,
        i1: usize,
        j0: usize,
        j1: usize,
        guide: &[(usize, usize)],
        kept: &mut Option<CostMemo>,
        out: &mut S,
    ) {
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
        let full = guide.is_empty() && (n + 1).saturating_mul(m + 1) <= FULL_CELLS;
        let mut w = if full {
            n.max(m)
        } else if guide.is_empty() {
            MIN_BAND
        } else {
            GUIDED_BAND
        };
        let path = loop {
            let band = Band::new(n, m, w, guide);
            // A history's first programme over a rectangle takes the memo of the earlier
            // version's programme over the same band, its costs of beads that join a
            // changed segment forgotten ([`resume::Programmes::take_memo`]).
            let taken = match (kept.is_none(), self.resume) {
                (true, Some(r)) => r.borrow_mut().take_memo((i0, j0), &band),
                _ => None,
            };
            let mut memo = match taken {
                Some(costs) => CostMemo { band, costs },
                None => CostMemo::carry(kept.take(), band),
            };
            let path = self.programme(i0, j0, n, m, &mut memo);
            // The programme moved its memo into its record: back for the next pass, which
            // returns it to the record of the last ([`PairContext::run_range`]).
            if let Some(r) = self.resume {
                memo.costs = r.borrow_mut().take_last_memo();
            }
            let band = &memo.band;
            let pushed = w < n.max(m)
                && path
                    .iter()
                    .any(|&(i, j, _)| band.near_edge(i, j, m, EDGE_MARGIN));
            // A band too large to keep costs for has nothing to hand on: not held through
            // the next pass.
            *kept = (!memo.costs.is_empty()).then_some(memo);
            // The wider band is made (to count its cells) only when the path was pushed:
            // made for every pass, it was held beside this band and the path, the peak of
            // a long rendering's alignment.
            if !pushed || Band::new(n, m, w.saturating_mul(2), guide).cells > MAX_CELLS {
                break path;
            }
            w = w.saturating_mul(2);
        };
        // A stretch between two beads whose labels agree, pairing off one to one, is
        // pinned by the labels around it: its links are as sure as labelled ones.
        // The beads are read from the path in place: a list of them beside it was the
        // peak of a long rendering's alignment.
        let mut path = path;
        path.retain(|&(_, _, k)| SHAPES.get(k).is_some());
        let bead = |x: usize| -> Option<(Range<usize>, Range<usize>)> {
            let &(i, j, k) = path.get(x)?;
            let &(di, dj, _) = SHAPES.get(k)?;
            Some((i0 + i - di..i0 + i, j0 + j - dj..j0 + j))
        };
        let one_to_one = |x: usize| bead(x).is_some_and(|(p, o)| p.len() == 1 && o.len() == 1);
        let labelled: Vec<bool> = (0..path.len())
            .map(|x| {
                one_to_one(x) && bead(x).is_some_and(|(p, o)| self.labels_match(p.start, o.start))
            })
            .collect();
        let mut pinned = vec![false; path.len()];
        let mut start = 0;
        while start < path.len() {
            let end = (start..path.len())
                .find(|&x| labelled.get(x).copied().unwrap_or(false))
                .unwrap_or(path.len());
            let all_one_to_one = (start..end).all(one_to_one);
            for x in pinned.get_mut(start..end).unwrap_or_default() {
                *x = all_one_to_one;
            }
            start = end + 1;
        }
        for x in 0..path.len() {
            let Some((pr, or)) = bead(x) else { continue };
            let anchored =
                pinned.get(x).copied().unwrap_or(false) || self.labels_match(pr.start, or.start);
            out.push(self.make_bead(pr, or, anchored));
        }
    }

    /// The best path through the band of one rectangle, as the end cell `(i, j)` (relative
    /// to the rectangle) and shape index of each bead, in order.
    #[allow(clippy::many_single_char_names)] // The programme's usual i, j, n, m.
    #[allow(clippy::too_many_lines)] // One loop: rows copied, taken whole, shifted or computed.
    fn programme(
        &self,
        i0: usize,
        j0: usize,
        n: usize,
        m: usize,
        memo: &mut CostMemo,
    ) -> Vec<(usize, usize, usize)> {
        let prior_cost = SHAPES.map(|s| fixed(-s.2.ln()));
        let indel = fixed(self.weights.indel);
        let CostMemo { band, costs } = memo;
        let band = &*band;
        let (mut cost, window) = self.path_costs(band);
        let mut back = vec![u8::MAX; band.cells];
        if let Some(c) = cost.first_mut() {
            *c = 0;
        }
        // Rows an earlier version of the pair computed with the same inputs are copied,
        // and so are the bead costs it kept for beads that join only unchanged segments.
        let first_row = self.resume.map_or(0, |r| {
            let mut r = r.borrow_mut();
            r.prefill_costs((i0, j0), band, costs);
            r.restore(self.lexical.is_some(), (i0, j0), band, &mut cost, &mut back)
        });
        // The cells after it that an earlier version's programme over the same band
        // computed from the same beads are taken from it, shifted ([`resume::Window`]).
        // A history keeps every row's costs, so a cell's costs are kept where its shape is.
        let earlier = self
            .resume
            .filter(|_| window.is_none())
            .and_then(|r| r.borrow().window(self.lexical.is_some(), (i0, j0), band));
        let (mut shifted, mut taken_whole) = (0usize, 0usize);
        // Columns of row `i` of the band and where its first cell's path cost is kept.
        let row = |i: usize| -> Option<(usize, usize, usize)> {
            let first = match window {
                Some(width) => (i % ROWS_READ) * width,
                None => *band.start.get(i)?,
            };
            Some((*band.lo.get(i)?, *band.hi.get(i)?, first))
        };
        // With an earlier programme, how each row compares with its row
        // ([`resume::Window::row_shift`]): a clear row whose rows before it are all the
        // earlier ones shifted by one amount is taken whole ([`resume::Window::take_row`]).
        // The earlier programme keeps every row, so does this one: a row's cells are
        // `band.start[i]..` in both.
        let cells_of = |i: usize| -> Option<std::ops::Range<usize>> {
            let (lo, hi, first) = row(i)?;
            Some(first..first + (hi - lo + 1))
        };
        let mut row_shifts: Vec<resume::RowShift> = Vec::new();
        if let Some(w) = &earlier {
            row_shifts = vec![None; n + 1];
            let restored = first_row.saturating_sub(ROWS_READ - 1)..first_row.min(n + 1);
            for (r, s) in row_shifts
                .iter_mut()
                .enumerate()
                .take(restored.end)
                .skip(restored.start)
            {
                *s = cells_of(r).and_then(|c| w.row_shift(c, &cost));
            }
        }
        for i in first_row..=n {
            let (Some((lo, hi, first)), Some(&cell0)) = (row(i), band.start.get(i)) else {
                continue;
            };
            if let (Some(w), Some(cells)) = (&earlier, cells_of(i)) {
                let reads = row_shifts.get(i.saturating_sub(ROWS_READ - 1)..i);
                if let Some(taken) = reads
                    .filter(|_| i > 0 && w.row_clear(i, lo, hi))
                    .and_then(|reads| w.take_row(cells.clone(), reads, &mut cost, &mut back))
                {
                    shifted += cells.len();
                    taken_whole += cells.len();
                    row_shifts[i] = taken;
                    continue;
                }
            }
            // The rows a bead ending in row `i` starts from, by its pivot count.
            let from: [Option<(usize, usize, usize)>; ROWS_READ] =
                std::array::from_fn(|di| i.checked_sub(di).and_then(row));
            for j in lo..=hi {
                if i == 0 && j == 0 {
                    continue;
                }
                // The cell `(i, j)`, as `band.at(i, j)` finds it, and where its path cost
                // is kept.
                let here = cell0 + (j - lo);
                let at = first + (j - lo);
                if let Some(w) = &earlier {
                    if let Some((c, b)) = w.shifted(i, j, here, &from, &cost) {
                        if let (Some(cc), Some(bb)) = (cost.get_mut(at), back.get_mut(here)) {
                            *cc = c;
                            *bb = b;
                        }
                        shifted += 1;
                        continue;
                    }
                }
                let mut best = UNREACHED;
                let mut best_k = u8::MAX;
                for (k, di, dj) in TRIED {
                    let Some((plo, phi, pfirst)) = from.get(di).copied().flatten() else {
                        continue;
                    };
                    let Some(pj) = j.checked_sub(dj).filter(|pj| (plo..=phi).contains(pj)) else {
                        continue;
                    };
                    let Some(prev) = cost
                        .get(pfirst + (pj - plo))
                        .copied()
                        .filter(|&c| c != UNREACHED)
                    else {
                        continue;
                    };
                    let base = prev.saturating_add(prior_cost.get(k).copied().unwrap_or(UNREACHED));
                    let (p, o) = (i0 + i - di..i0 + i, j0 + j - dj..j0 + j);
                    let bead = if p.is_empty() || o.is_empty() {
                        indel
                    } else {
                        let slot = CostMemo::slot(here, k)
                            .and_then(|s| costs.get_mut(s..s + MEMO_VALUES))
                            .and_then(|x| <&mut [f64; MEMO_VALUES]>::try_from(x).ok());
                        // A shape before the best one so far in `SHAPES` wins a tie, so
                        // only a cost above the best rules it out.
                        let beats = Beats::at(best, best_k, k);
                        match self.costed(p, o, base, beats, slot) {
                            Some(bead) => bead,
                            None => continue,
                        }
                    };
                    if bead == UNREACHED {
                        continue;
                    }
                    let c = base.saturating_add(bead);
                    if better(c, k, best, best_k) {
                        best = c;
                        best_k = k as u8;
                    }
                }
                if let (Some(c), Some(b)) = (cost.get_mut(at), back.get_mut(here)) {
                    *c = best;
                    *b = best_k;
                }
            }
            if let (Some(w), Some(cells), Some(s)) = (&earlier, cells_of(i), row_shifts.get_mut(i))
            {
                *s = w.row_shift(cells, &cost);
            }
        }
        if let Some(r) = self.resume {
            let mut r = r.borrow_mut();
            r.shifted += shifted;
            r.taken_whole += taken_whole;
            // The path first: the rows are then moved into the record, not copied.
            let path = trace(band, &back, n, m);
            r.record(
                self.lexical.is_some(),
                (i0, j0),
                band,
                cost,
                back,
                std::mem::take(costs),
            );
            return path;
        }
        trace(band, &back, n, m)
    }

    /// Where [`Self::programme`] keeps the path costs of `band`, all infinite: a row's costs
    /// are read only by the rows a bead reaches from it, so unless a history keeps them
    /// all for its next version ([`resume`]), the programme holds the last [`ROWS_READ`]
    /// rows in turn, each `width` cells from `(i % ROWS_READ) * width` (`Some(width)`).
    /// The whole band's costs were eight bytes a cell, the largest array of a long
    /// document's alignment. The shapes chosen are kept for every cell, for the path.
    fn path_costs(&self, band: &Band) -> (Vec<PathCost>, Option<usize>) {
        let width = band
            .lo
            .iter()
            .zip(&band.hi)
            .map(|(&lo, &hi)| hi.saturating_sub(lo) + 1)
            .max()
            .unwrap_or(0);
        if self.resume.is_none() && width.saturating_mul(ROWS_READ) < band.cells {
            (vec![UNREACHED; width * ROWS_READ], Some(width))
        } else {
            (vec![UNREACHED; band.cells], None)
        }
    }

    /// The cost of a bead with segments on both sides (besides its shape prior), or `None`
    /// when `base` plus it cannot get below `best` (the path cost before the bead, and the
    /// best cost of the cell so far). `kept` is where the programme keeps this bead's
    /// length cost and [`Self::plain_cost`] (NaN until known; see [`CostMemo`]).
    fn costed(
        &self,
        p: Range<usize>,
        o: Range<usize>,
        base: PathCost,
        beats: Beats,
        mut kept: Option<&mut [f64; MEMO_VALUES]>,
    ) -> Option<PathCost> {
        // Exact pruning: a shape whose cost cannot beat the best one so far is not
        // costed (most cells settle on their 1-1 bead or an insertion or deletion, tried
        // first), first by its content terms alone, then with a floor of its length cost
        // that needs no logarithm, then with its length cost.
        let floor = self.content_floor(p.clone(), o.clone());
        if !beats.possible(base, floor + LengthModel::min_cost()) {
            return None;
        }
        let length = match kept.as_deref().map(|k| k[0]) {
            Some(l) if !l.is_nan() => l,
            _ => {
                let (l1, l2) = self.side_lengths(p.clone(), o.clone());
                // The floor from the squared deviation, which needs no square root.
                let z2 = self.length.squared_scaled_deviation(l1, l2);
                let least =
                    floor + LengthModel::cost_floor_squared(z2, CONFIRMED_LENGTH_COST) - 1e-9;
                if !beats.possible(base, least) {
                    return None;
                }
                // Past the ceiling the cost is only ever taken capped; the square's few
                // ulps of rounding are far inside the margin.
                let l = if z2 > CAPPED_DEVIATION * CAPPED_DEVIATION + 1e-6 {
                    MAX_LENGTH_COST
                } else {
                    let z = self.length.scaled_deviation(l1, l2);
                    if z > CAPPED_DEVIATION {
                        MAX_LENGTH_COST
                    } else {
                        LengthModel::cost_at(z)
                    }
                };
                if let Some(k) = kept.as_deref_mut() {
                    k[0] = l;
                }
                l
            }
        };
        // The terms are added in another order than `bead_cost` adds them; the margin
        // keeps rounding from putting the bound a hair above the cost.
        let bound = floor + length.min(CONFIRMED_LENGTH_COST) - 1e-9;
        if !beats.possible(base, bound) {
            return None;
        }
        let plain = match kept.as_deref().map(|k| k[1]) {
            Some(c) if !c.is_nan() => c,
            _ => {
                let c = self.plain_cost(p.clone(), o.clone(), length);
                if let Some(k) = kept {
                    k[1] = c;
                }
                c
            }
        };
        let bead = self.with_words(p.clone(), o.clone(), plain);
        debug_assert!(
            bead.to_bits()
                == self
                    .bead_cost(p.clone(), o.clone(), self.length_cost(p, o))
                    .to_bits(),
            "the kept costs add up to the bead's"
        );
        debug_assert!(bead >= bound, "content_floor must bound bead_cost");
        Some(fixed(bead))
    }

    /// The uncapped length cost of a bead with segments on both sides, as
    /// [`Self::bead_cost`] takes it.
    fn length_cost(&self, p: Range<usize>, o: Range<usize>) -> f64 {
        LengthModel::cost_at(self.scaled_deviation(p, o))
    }

    fn labels_match(&self, i: usize, j: usize) -> bool {
        match (self.labels.pivot.get(i), self.labels.other.get(j)) {
            (Some(&p), Some(&o)) => p != 0 && p == o,
            _ => false,
        }
    }

    /// What the content terms of [`Self::bead_cost`] can take off a bead's cost at most,
    /// as a negative number: the only terms that can lower it are agreeing labels and
    /// opening numbers and the lexical bonus (at most what the smaller side's entries could
    /// share). With the length cost capped at [`CONFIRMED_LENGTH_COST`] it bounds the
    /// bead's cost from below, which lets the programme skip shapes that cannot win. Any
    /// new term of `bead_cost` that can be negative must lower this too (the programme
    /// relies on it; a debug assertion checks it).
    fn content_floor(&self, p: Range<usize>, o: Range<usize>) -> f64 {
        let (Some(ps), Some(os)) = (self.pivot.get(p.clone()), self.other.get(o.clone())) else {
            return f64::INFINITY;
        };
        let (Some(lp), Some(lo)) = (
            self.labels.pivot.get(p.clone()),
            self.labels.other.get(o.clone()),
        ) else {
            return f64::INFINITY;
        };
        let labelled = |side: &[u32]| side.iter().filter(|&&l| l != 0).count();
        let labels = labelled(lp).min(labelled(lo));
        let leads = match (ps.first(), os.first()) {
            (Some(a), Some(b)) if a.lead.is_some() && b.lead.is_some() => 1.0,
            _ => 0.0,
        };
        // The lexical bonus of the second pass: a Dice overlap, so at most twice the
        // smaller side's entries over both sides' entries.
        let lexical = match self.lexical.as_ref().and_then(|x| x.total(p, o)) {
            Some((a, b)) if a + b > 0 => {
                self.weights.lexical.abs() * 2.0 * a.min(b) as f64 / (a + b) as f64
            }
            _ => 0.0,
        };
        -self.weights.label.abs() * labels as f64 - self.weights.lead.abs() * leads - lexical
    }

    /// Where the Gale–Church length cost of a bead with segments on both sides is taken
    /// ([`LengthModel::scaled_deviation`]); its cost is [`LengthModel::cost_at`] of it.
    fn scaled_deviation(&self, p: Range<usize>, o: Range<usize>) -> f64 {
        let (l1, l2) = self.side_lengths(p, o);
        self.length.scaled_deviation(l1, l2)
    }

    /// The summed lengths of the two sides of a bead; infinite for a range outside its
    /// document.
    fn side_lengths(&self, p: Range<usize>, o: Range<usize>) -> (f64, f64) {
        let (Some(ps), Some(os)) = (self.pivot.get(p), self.other.get(o)) else {
            return (f64::INFINITY, f64::INFINITY);
        };
        let l1: f64 = ps.iter().map(|f| f.len).sum();
        let l2: f64 = os.iter().map(|f| f.len).sum();
        (l1, l2)
    }

    /// Cost of one bead in nats besides its shape prior: Gale–Church length cost, and
    /// content costs (structural kind and label, numbers, footnote markers) for beads with
    /// both sides.
    /// `length` is the bead's uncapped length cost, which the programme has already
    /// computed to bound the cost.
    fn bead_cost(&self, p: Range<usize>, o: Range<usize>, length: f64) -> f64 {
        if p.is_empty() || o.is_empty() {
            // Deletions and insertions pay their prior only: charging them the length cost
            // of a whole paragraph would make the programme glue a missing paragraph to its
            // neighbour as a false 2-1 merge.
            return self.weights.indel;
        }
        let plain = self.plain_cost(p.clone(), o.clone(), length);
        self.with_words(p, o, plain)
    }

    /// The cost of a bead with segments on both sides without what the words add
    /// ([`Self::with_words`]): the length cost capped, and the content terms. The same in
    /// both passes, so the programme keeps it for the second ([`CostMemo`]).
    fn plain_cost(&self, p: Range<usize>, o: Range<usize>, length: f64) -> f64 {
        let mut cost = 0.0;
        let (Some(ps), Some(os)) = (self.pivot.get(p.clone()), self.other.get(o.clone())) else {
            return f64::INFINITY;
        };
        let (common, total) = number_overlap(ps, os);
        // Two or more numbers on each side, all shared: the link is vouched for by the
        // text, and a length far off says the translation is padded or cut short (which
        // the checks report), not that these are different paragraphs.
        let confirmed = total >= 4 && 2 * common == total;
        let cap = if confirmed {
            CONFIRMED_LENGTH_COST
        } else {
            MAX_LENGTH_COST
        };
        cost += length.min(cap);
        let (Some(fp), Some(fo)) = (ps.first(), os.first()) else {
            return cost;
        };
        if fp.kind != fo.kind {
            cost += self.weights.kind;
        }
        let (same, clash) = label_agreement(
            self.labels.pivot.get(p.clone()).unwrap_or_default(),
            self.labels.other.get(o.clone()).unwrap_or_default(),
        );
        cost += self.weights.label * (clash as f64 - same as f64);
        if same + clash == 0 {
            cost -= self.weights.lead * lead_agreement(fp, fo);
        }
        if total > 0 {
            // Numbers are the strongest evidence between anchors: a paragraph citing
            // "resolution 43/13 of 1983" is not the one citing 44/14 of 1984, however well
            // their lengths agree. Each unmatched number adds to the plain Dice term.
            let unmatched = (total - 2 * common).min(self.weights.max_unmatched);
            cost += self.weights.numbers * (1.0 - 2.0 * common as f64 / total as f64)
                + self.weights.number_token * unmatched as f64;
        }
        if let ([p1, p2], [o1, o2]) = (ps, os) {
            // A 2-2 regrouping moves text across a paragraph break, and numbers move with
            // it. When each pair already agrees on its own numbers and the two pairs are
            // told apart by them, the paragraphs correspond one to one and only their
            // lengths disagree.
            let pairs_agree = p1.nums().eq(o1.nums()) && p2.nums().eq(o2.nums());
            if pairs_agree && !p1.nums().eq(p2.nums()) {
                cost += self.weights.numbers;
            }
        }
        cost += self.weights.footnotes
            * (1.0 - dice(ps.iter().map(|f| &f.fns[..]), os.iter().map(|f| &f.fns[..])));
        cost
    }

    /// [`Self::plain_cost`] of a bead with the lexical bonus of the second pass added, and
    /// a 1-1 bead's ceiling applied: its whole cost besides the shape prior.
    fn with_words(&self, p: Range<usize>, o: Range<usize>, plain: f64) -> f64 {
        let mut cost = plain;
        let one_to_one = p.len() == 1 && o.len() == 1;
        if let Some(shared) = self.lexical.as_ref().and_then(|x| x.overlap(p, o)) {
            cost += super::lexical::cost(&self.weights, shared);
        }
        if one_to_one {
            cost = cost.min(MAX_ONE_TO_ONE_COST);
        }
        cost
    }

    /// Whether a bead's numbers differ, for its reason and confidence. A one-to-one bead
    /// whose segments are at hand gets `check`'s answer ([`crate::check::number_difference`]:
    /// numbers in words, glued digits, paragraph numbers), so that `align` does not say
    /// "numbers differ" of a row `check` passes, nor the reverse; other beads, which
    /// `check` does not compare number by number, and features without their segments (a
    /// history's versions) use the share of numbers in common.
    fn numbers_differ(
        &self,
        p: &Range<usize>,
        o: &Range<usize>,
        ps: &[Features],
        os: &[Features],
    ) -> bool {
        if ps.iter().chain(os).all(|f| f.all().is_empty()) {
            return false;
        }
        if let (Some((pivot_segs, other_segs)), 1, 1) = (self.segments, p.len(), o.len()) {
            if let (Some(a), Some(b)) = (pivot_segs.get(p.start), other_segs.get(o.start)) {
                if !crate::check::compares_numbers(a, b) {
                    return false;
                }
                let read = self
                    .digits
                    .and_then(|(pd, od)| Some((pd.get(p.start)?, od.get(o.start)?)));
                let (pl, ol) = (self.pivot_lang, self.other_lang);
                return match read {
                    Some((da, db)) => crate::check::number_difference_read(pl, a, da, ol, b, db),
                    None => crate::check::number_difference(pl, a, ol, b),
                }
                .is_some();
            }
        }
        let (common, total) = number_overlap(ps, os);
        2 * common < total
    }

    fn make_bead(&self, p: Range<usize>, o: Range<usize>, anchored: bool) -> Bead {
        let mut confidence = 1.0f64;
        let mut reasons: Vec<Reason> = Vec::new();
        let pl = self.pivot_lang;
        let ol = self.other_lang;
        match (p.len(), o.len()) {
            (1, 1) => {}
            (_, 0) => {
                confidence *= 0.6;
                add_reason(&mut reasons, Reason::Missing(ol));
            }
            (0, _) => {
                confidence *= 0.6;
                add_reason(&mut reasons, Reason::Extra(ol));
            }
            (1, k) => {
                confidence *= 0.7;
                add_reason(
                    &mut reasons,
                    Reason::Split {
                        k: count(k),
                        lang: ol,
                    },
                );
            }
            (k, 1) => {
                confidence *= 0.7;
                add_reason(
                    &mut reasons,
                    Reason::Merge {
                        k: count(k),
                        lang: ol,
                    },
                );
            }
            (a, b) => {
                confidence *= 0.5;
                add_reason(
                    &mut reasons,
                    Reason::Regrouping {
                        a: count(a),
                        b: count(b),
                        lang: ol,
                    },
                );
            }
        }
        if !p.is_empty() && !o.is_empty() {
            if !anchored {
                confidence *= 0.9;
                add_reason(&mut reasons, Reason::NoAnchor(ol));
            }
            let ps = self.pivot.get(p.clone()).unwrap_or_default();
            let os = self.other.get(o.clone()).unwrap_or_default();
            let l1: f64 = ps.iter().map(|f| f.len).sum();
            let l2: f64 = os.iter().map(|f| f.len).sum();
            let z = self.length.deviation(l1, l2).abs();
            if z > 2.5 {
                confidence *= (-(z - 2.5) / 4.0).exp().max(0.2);
                let ratio = if l1 > 0.0 { l2 / l1 } else { f64::INFINITY };
                add_reason(&mut reasons, Reason::length_ratio(ol, pl, ratio));
            }
            if self.numbers_differ(&p, &o, ps, os) {
                confidence *= 0.8;
                add_reason(&mut reasons, Reason::NumbersDiffer(ol));
            }
            if let (Some(a), Some(b)) = (ps.first(), os.first()) {
                if a.kind != b.kind {
                    confidence *= 0.7;
                    add_reason(
                        &mut reasons,
                        Reason::Kind {
                            other: b.kind,
                            pivot: a.kind,
                            lang: ol,
                        },
                    );
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

/// The path the programme chose through `band` (over pivot `0..=n` × other `0..=m`),
/// read back from the shape each cell took (`back`), in order: the end cell and shape of
/// each bead.
#[allow(clippy::many_single_char_names)] // The programme's usual i, j, n, m.
fn trace(band: &Band, back: &[u8], n: usize, m: usize) -> Vec<(usize, usize, usize)> {
    let mut path = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let k = band
            .at(i, j)
            .and_then(|x| back.get(x))
            .map_or(usize::MAX, |&k| usize::from(k));
        match SHAPES.get(k) {
            Some(&(di, dj, _)) if di <= i && dj <= j => {
                path.push((i, j, k));
                i -= di;
                j -= dj;
            }
            // Unreachable in practice: deletions and insertions connect every cell of
            // the band. Consume one segment so the result still covers everything.
            _ if i > 0 => {
                path.push((i, j, 1));
                i -= 1;
            }
            _ => {
                path.push((i, j, 2));
                j -= 1;
            }
        }
    }
    path.reverse();
    path
}

/// Whether a bead of shape `k` and path cost `c` takes a cell from the best so far (`best`,
/// of shape `best_k`). Ties go to the earlier shape in [`SHAPES`], keeping output
/// deterministic whatever the order of trying ([`TRY_ORDER`]); a cell no finite cost
/// reaches keeps no shape.
fn better(c: PathCost, k: usize, best: PathCost, best_k: u8) -> bool {
    c < best || (c == best && c != UNREACHED && k < usize::from(best_k))
}

/// The cost a bead must beat at a cell of the programme: the best one so far, and whether
/// the bead's shape wins a tie with it (it comes earlier in [`SHAPES`]).
#[derive(Debug, Clone, Copy)]
struct Beats {
    best: PathCost,
    tie_wins: bool,
}

impl Beats {
    /// What a bead of shape `k` must beat at a cell whose best so far is `best`, of shape
    /// `best_k`.
    fn at(best: PathCost, best_k: u8, k: usize) -> Self {
        Beats {
            best,
            tie_wins: k < usize::from(best_k),
        }
    }

    /// Whether a bead whose cost is at least `least`, on a path that costs `base` before
    /// it, may still be chosen.
    fn possible(self, base: PathCost, least: f64) -> bool {
        let least = base.saturating_add(fixed(least));
        if self.tie_wins {
            least <= self.best
        } else {
            least < self.best
        }
    }
}

/// Adds a reason to a bead's list with exactly the room it needs. A long rendering against
/// short translations makes hundreds of thousands of beads with a reason, mostly one: a
/// vector doubling from four would hold 48 bytes more per bead.
fn add_reason(reasons: &mut Vec<Reason>, reason: Reason) {
    reasons.reserve_exact(1);
    reasons.push(reason);
}

/// A bead side's length as a reason writes it (a bead never holds four billion segments).
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// How the written labels of the two sides of a bead agree: labels present on both sides,
/// and pairs of labels that differ (the unmatched labels of the side with fewer). Counting
/// over the whole bead keeps a 2-2 regrouping from buying the bonus of its first pair while
/// hiding the clash of its second. Labels are given as their [`LabelIds`] numbers (0 for
/// none).
fn label_agreement(ps: &[u32], os: &[u32]) -> (usize, usize) {
    let mut used = [false; 8];
    let mut same = 0usize;
    let mut labelled_p = 0usize;
    for &lp in ps {
        if lp == 0 {
            continue;
        }
        labelled_p += 1;
        let found = os
            .iter()
            .enumerate()
            .position(|(j, &o)| o == lp && !used.get(j).copied().unwrap_or(true));
        if let Some(j) = found {
            if let Some(u) = used.get_mut(j) {
                *u = true;
            }
            same += 1;
        }
    }
    let labelled_o = os.iter().filter(|&&o| o != 0).count();
    (
        same,
        (labelled_p - same).min(labelled_o.saturating_sub(same)),
    )
}

/// How the paragraph numbers two segments open with agree: 1 when equal, -1 when both
/// write one and they differ, 0 when either writes none (numbering lost in one rendering is
/// common and says nothing about correspondence).
fn lead_agreement(p: &Features, o: &Features) -> f64 {
    match (p.lead, o.lead) {
        (Some(a), Some(b)) if a == b => 1.0,
        (Some(_), Some(_)) => -1.0,
        _ => 0.0,
    }
}

/// Up to six sorted slices read as one sorted multiset, without copying: the union of
/// the segments on one side of a bead.
struct Merged<'a, T> {
    parts: [&'a [T]; 6],
    /// Non-empty slices, at the front of `parts`.
    used: usize,
}

impl<'a, T: Ord + Copy> Merged<'a, T> {
    /// `None` when there are more than six non-empty slices (no bead shape has more).
    fn new(slices: impl Iterator<Item = &'a [T]>) -> Option<Self> {
        let mut parts: [&'a [T]; 6] = [&[]; 6];
        let mut used = 0;
        for s in slices.filter(|s| !s.is_empty()) {
            *parts.get_mut(used)? = s;
            used += 1;
        }
        Some(Merged { parts, used })
    }

    fn len(&self) -> usize {
        self.parts.iter().map(|p| p.len()).sum()
    }

    /// The smallest remaining element and the slice it heads.
    fn peek(&self) -> Option<(T, usize)> {
        let mut best: Option<(T, usize)> = None;
        for (k, p) in self.parts.iter().take(self.used).enumerate() {
            if let Some(&x) = p.first() {
                if best.is_none_or(|(b, _)| x < b) {
                    best = Some((x, k));
                }
            }
        }
        best
    }

    fn advance(&mut self, part: usize) {
        if let Some(p) = self.parts.get_mut(part) {
            *p = p.get(1..).unwrap_or_default();
        }
    }
}

/// Sørensen–Dice similarity of two multisets, each the union of up to six sorted slices;
/// 1 when both are empty (nothing to disagree on). It runs for every cell and shape of the
/// programme, so it never allocates.
fn dice<'a, T: Ord + Copy + 'a>(
    a: impl Iterator<Item = &'a [T]>,
    b: impl Iterator<Item = &'a [T]>,
) -> f64 {
    match overlap(a, b) {
        (_, 0) => 1.0,
        (common, total) => 2.0 * common as f64 / total as f64,
    }
}

/// Elements two multisets share, and their total size; `(0, 1)` when a side has more than
/// six non-empty slices, which no bead shape produces.
pub(crate) fn overlap<'a, T: Ord + Copy + 'a>(
    a: impl Iterator<Item = &'a [T]>,
    b: impl Iterator<Item = &'a [T]>,
) -> (usize, usize) {
    let (Some(mut xa), Some(mut xb)) = (Merged::new(a), Merged::new(b)) else {
        return (0, 1);
    };
    let total = xa.len() + xb.len();
    if xa.used <= 1 && xb.used <= 1 {
        // One segment a side (or nothing): most beads, and every 1-1 one the programme
        // tries, compare two plain sorted slices.
        return (common_sorted(xa.parts[0], xb.parts[0]), total);
    }
    let mut common = 0usize;
    while let (Some((x, ka)), Some((y, kb))) = (xa.peek(), xb.peek()) {
        match x.cmp(&y) {
            std::cmp::Ordering::Less => xa.advance(ka),
            std::cmp::Ordering::Greater => xb.advance(kb),
            std::cmp::Ordering::Equal => {
                common += 1;
                xa.advance(ka);
                xb.advance(kb);
            }
        }
    }
    (common, total)
}

/// Elements two sorted slices share, counted as multisets (each element of one side
/// matches at most one equal element of the other).
fn common_sorted<T: Ord + Copy>(a: &[T], b: &[T]) -> usize {
    let (mut x, mut y) = (0usize, 0usize);
    let mut common = 0usize;
    while let (Some(&p), Some(&q)) = (a.get(x), b.get(y)) {
        match p.cmp(&q) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                x += 1;
                y += 1;
            }
        }
    }
    common
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

    /// Beyond [`CAPPED_DEVIATION`] the length cost is above every ceiling it is taken
    /// under, so the programme may take the ceiling without computing it.
    #[test]
    fn length_cost_is_past_the_ceiling_beyond_the_capped_deviation() {
        let mut z = CAPPED_DEVIATION;
        let mut last = LengthModel::cost_at(z);
        assert!(last > MAX_LENGTH_COST.max(CONFIRMED_LENGTH_COST));
        while z < 1e12 {
            z += (z * 1e-4).max(1e-5);
            let c = LengthModel::cost_at(z);
            assert!(c >= last && c > MAX_LENGTH_COST, "z = {z}: {c}");
            last = c;
        }
    }

    /// Random features: lengths, some labels (shared numbering), numbers, footnotes, an
    /// opening paragraph number now and then.
    fn random_side(
        rng: &mut super::super::damage::XorShift,
        n: usize,
        scale: f64,
    ) -> Vec<Features> {
        (0..n)
            .map(|_| {
                let r = rng.next_u64();
                let nums: Vec<u64> = (0..r % 3).map(|x| (r >> (8 + x)) % 7).collect();
                let lead = (r % 11 == 0).then_some((r >> 20) % 5);
                Features::new(
                    ((r >> 32) % 400) as f64 * scale + 1.0,
                    if r % 13 == 0 {
                        SegmentKind::Heading
                    } else {
                        SegmentKind::Paragraph
                    },
                    (r % 5 == 0).then(|| {
                        Label::body(
                            None,
                            crate::label::Head::Operative(
                                u32::try_from((r >> 40) % 9).unwrap_or(0),
                            ),
                        )
                    }),
                    nums,
                    lead,
                    if r % 17 == 0 { vec![1] } else { vec![] },
                )
            })
            .collect()
    }

    /// The programme with every shortcut (the order of trying, exact pruning, the length
    /// ceiling, kept costs) chooses the path of a plain programme that costs every bead of
    /// every cell in the order of `SHAPES`, with and without the lexical pass.
    #[test]
    #[allow(clippy::many_single_char_names)]
    fn the_programme_chooses_what_costing_every_bead_chooses() {
        let mut rng = super::super::damage::XorShift::new(7);
        for round in 0..60 {
            let n = 1 + (rng.next_u64() % 14) as usize;
            let m = 1 + (rng.next_u64() % 14) as usize;
            let pivot = random_side(&mut rng, n, 1.0);
            let other = random_side(&mut rng, m, 1.1);
            let mut ctx = PairContext::new(Lang::En, Lang::Fr, &pivot, &other);
            if round % 2 == 1 {
                let mut sets = |k: usize| -> super::super::lexical::EntrySets {
                    (0..k)
                        .map(|_| {
                            let mut v: Vec<u32> = (0..rng.next_u64() % 8)
                                .map(|_| (rng.next_u64() % 30) as u32)
                                .collect();
                            v.sort_unstable();
                            v.dedup();
                            v
                        })
                        .collect()
                };
                let (a, b) = (sets(n), sets(m));
                ctx.lexical = Some(super::super::lexbits::LexBits::new(&a, &b));
            }
            // The plain programme.
            let mut cost = vec![vec![UNREACHED; m + 1]; n + 1];
            let mut back = vec![vec![usize::MAX; m + 1]; n + 1];
            cost[0][0] = 0;
            for i in 0..=n {
                for j in 0..=m {
                    if i == 0 && j == 0 {
                        continue;
                    }
                    for (k, &(di, dj, prior)) in SHAPES.iter().enumerate() {
                        if di > i || dj > j || cost[i - di][j - dj] == UNREACHED {
                            continue;
                        }
                        let (p, o) = (i - di..i, j - dj..j);
                        let length = if p.is_empty() || o.is_empty() {
                            0.0
                        } else {
                            ctx.length_cost(p.clone(), o.clone())
                        };
                        let c = cost[i - di][j - dj]
                            + fixed(-prior.ln())
                            + fixed(ctx.bead_cost(p, o, length));
                        if c < cost[i][j] {
                            cost[i][j] = c;
                            back[i][j] = k;
                        }
                    }
                }
            }
            let mut want = Vec::new();
            let (mut i, mut j) = (n, m);
            while i > 0 || j > 0 {
                let k = back[i][j];
                want.push((i, j, k));
                i -= SHAPES[k].0;
                j -= SHAPES[k].1;
            }
            want.reverse();
            let mut memo = CostMemo::carry(None, Band::new(n, m, n.max(m), &[]));
            assert_eq!(ctx.programme(0, 0, n, m, &mut memo), want, "round {round}");
            // Again over the kept costs, as the second pass and a wider band do.
            let mut again = CostMemo::carry(Some(memo), Band::new(n, m, n.max(m), &[]));
            assert_eq!(
                ctx.programme(0, 0, n, m, &mut again),
                want,
                "round {round}, kept"
            );
        }
    }

    /// A programme resumed from the version before a random change of one to three
    /// segments, on either side or both, is the programme computed afresh, cell for
    /// cell: random lengths make merges, splits and regroupings next to the change,
    /// where a bead of three segments reaches furthest past it.
    /// Features of a few lengths only, without labels, numbers or footnotes: a
    /// programme full of equal costs, where whole rows past a change differ from the
    /// earlier version's by one amount, and neighbouring rows by different amounts (what
    /// taking a row whole must not be misled by).
    fn regular_side(
        rng: &mut super::super::damage::XorShift,
        n: usize,
        scale: f64,
    ) -> Vec<Features> {
        (0..n)
            .map(|_| {
                let r = rng.next_u64();
                Features::new(
                    [40.0, 80.0, 80.0, 120.0][(r % 4) as usize] * scale,
                    SegmentKind::Paragraph,
                    None,
                    vec![],
                    None,
                    vec![],
                )
            })
            .collect()
    }

    #[test]
    fn a_programme_resumed_after_a_random_change_is_the_programme_made_afresh() {
        let (checked, shifted, by_row) = resumed_after_random_changes(23, 60, random_side, 1);
        assert!(
            checked >= 200 && shifted > 0 && by_row > 0,
            "{checked} checked, {shifted} shifted, {by_row} of them by row"
        );
    }

    #[test]
    fn a_programme_of_equal_costs_resumed_after_a_random_change_is_the_programme_made_afresh() {
        let (checked, shifted, by_row) = resumed_after_random_changes(29, 60, regular_side, 1);
        assert!(
            checked >= 200 && shifted > 0 && by_row > 0,
            "{checked} checked, {shifted} shifted, {by_row} of them by row"
        );
        for (seed, side, merged) in [
            (
                31,
                regular_side as fn(&mut _, usize, f64) -> Vec<Features>,
                2,
            ),
            (37, random_side, 2),
            (41, regular_side, 3),
            (43, random_side, 3),
        ] {
            let (checked, shifted, by_row) = resumed_after_random_changes(seed, 60, side, merged);
            assert!(
                checked >= 200 && shifted > 0 && by_row > 0,
                "merged {merged}: {checked} checked, {shifted} shifted, {by_row} of them by row"
            );
        }
    }

    /// Chains of 4 versions of `rounds` random pairs made by `side`, each version a random
    /// replacement of one to three segments on either side or both: every resumed
    /// programme is asserted equal to the programme made afresh, cell for cell. Returns
    /// the versions checked, the cells taken shifted and, of those, the cells of rows taken
    /// whole.
    fn resumed_after_random_changes(
        seed: u64,
        rounds: usize,
        side: fn(&mut super::super::damage::XorShift, usize, f64) -> Vec<Features>,
        merged: usize,
    ) -> (usize, usize, usize) {
        let random_side = side;
        let mut rng = super::super::damage::XorShift::new(seed);
        let pair = |features: Vec<Features>, lang: Lang| {
            for f in &features {
                // Tokens are part of the features a history keeps; none here.
                let _ = f.lex.set(Box::default());
            }
            let ids = features.iter().map(|_| reuse::fresh_id()).collect();
            PairFeatures {
                lang,
                features,
                ids,
            }
        };
        let (mut shifted, mut by_row, mut checked, mut memos) = (0, 0, 0, 0);
        for round in 0..rounds {
            let n = 3 + (rng.next_u64() % 40) as usize;
            // `merged` > 1: every other-language segment is about that many pivot
            // segments long, so the path is made of beads that reach that many rows back.
            let (m, o_scale) = if merged > 1 {
                ((n / merged).max(1), 1.1 * merged as f64)
            } else {
                (
                    (n + (rng.next_u64() % 7) as usize).saturating_sub(3).max(1),
                    1.1,
                )
            };
            let mut p = pair(random_side(&mut rng, n, 1.0), Lang::En);
            let mut o = pair(random_side(&mut rng, m, o_scale), Lang::Fr);
            let (_, mut run) = align_pair_resuming(&p, &o, None);
            for step in 0..4 {
                let (mut p2, mut o2) = (p.clone(), o.clone());
                let sides = rng.next_u64() % 3;
                for (side, lang, scale) in [(&mut p2, Lang::En, 1.0), (&mut o2, Lang::Fr, o_scale)]
                    .into_iter()
                    .enumerate()
                    .filter(|(s, _)| sides == 2 || *s as u64 == sides)
                    .map(|(_, x)| x)
                {
                    let len = side.features.len();
                    let at = (rng.next_u64() % len as u64) as usize;
                    let count = (1 + (rng.next_u64() % 3) as usize).min(len - at);
                    let made = pair(random_side(&mut rng, count, scale), lang);
                    side.features.splice(at..at + count, made.features);
                    side.ids.splice(at..at + count, made.ids);
                }
                // Handed on as a history hands it: its memos are taken over.
                let (beads, resumed) = align_pair_continuing(&p2, &o2, Some((&p, &o, run)));
                let (fresh_beads, fresh) = align_pair_resuming(&p2, &o2, None);
                assert_eq!(beads, fresh_beads, "round {round} step {step}");
                assert!(resumed.same_programmes(&fresh), "round {round} step {step}");
                shifted += resumed.shifted_cells();
                by_row += resumed.cells_taken_by_row();
                memos += resumed.memos_taken();
                checked += 1;
                (p, o, run) = (p2, o2, resumed);
            }
        }
        assert!(memos > 0, "seed {seed}: no bead-cost memo was taken over");
        (checked, shifted, by_row)
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
