//! Seeded damage to renderings, with the truth kept: the evaluation harness
//! (`cargo xtask eval-align`), the speed benchmark and the property tests all need
//! documents whose correct alignment is known although their structure no longer matches.

use std::collections::{BTreeMap, BTreeSet};

use sixfold_core::Lang;

use crate::label::{Head, Label};
use crate::model::{Alignment, Document, Segment};

/// A small xorshift generator: deterministic for a seed on every platform, which is all a
/// test-corpus generator needs (no statistical quality claims).
#[derive(Debug, Clone)]
pub struct XorShift(u64);

impl XorShift {
    #[must_use]
    pub fn new(seed: u64) -> Self {
        // Mix the seed so that small seeds (0, 1, 2) give unrelated streams; never zero.
        let mut s = seed ^ 0x9E37_79B9_7F4A_7C15;
        s = (s ^ (s >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        s = (s ^ (s >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        XorShift((s ^ (s >> 31)) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// Uniform-enough integer in `0..n`; 0 when `n` is 0.
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }
}

/// One kind of damage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Damage {
    /// A segment disappears (a paragraph left untranslated or lost in extraction).
    Drop,
    /// A segment is joined to the next one (a lost paragraph break).
    Merge,
    /// A segment is cut in two at a sentence or clause boundary near its middle.
    Split,
}

/// A set of renderings and, for every segment, the original units it came from. Units are
/// shared across languages, so two segments correspond exactly when their units intersect.
#[derive(Debug, Clone)]
pub struct Tracked {
    pub docs: BTreeMap<Lang, Document>,
    pub units: BTreeMap<Lang, Vec<Vec<usize>>>,
}

impl Tracked {
    /// Starts tracking a set whose renderings correspond one to one: every document has the
    /// same sequence of labels (and hence the same number of segments). `None` otherwise.
    #[must_use]
    pub fn parallel(set: &BTreeMap<Lang, Document>) -> Option<Self> {
        let mut iter = set.values();
        let first = iter.next()?;
        let labels = |d: &Document| {
            d.segments
                .iter()
                .map(|s| s.label.clone())
                .collect::<Vec<_>>()
        };
        let reference = labels(first);
        if iter.any(|d| labels(d) != reference) {
            return None;
        }
        Some(Tracked {
            docs: set.clone(),
            units: set
                .iter()
                .map(|(&l, d)| (l, (0..d.segments.len()).map(|i| vec![i]).collect()))
                .collect(),
        })
    }

    /// Applies `ops` random operations to each language in `langs`, drawn from `kinds`.
    pub fn damage(&mut self, rng: &mut XorShift, langs: &[Lang], ops: usize, kinds: &[Damage]) {
        for &lang in langs {
            for _ in 0..ops {
                let Some(&kind) = kinds.get(rng.below(kinds.len())) else {
                    return;
                };
                let (Some(doc), Some(units)) =
                    (self.docs.get_mut(&lang), self.units.get_mut(&lang))
                else {
                    break;
                };
                apply(doc, units, kind, rng);
            }
        }
    }

    /// Removes every structural label, so that only lengths, kinds, numbers and footnote
    /// markers are left to align on.
    pub fn strip_labels(&mut self) {
        for doc in self.docs.values_mut() {
            for seg in &mut doc.segments {
                seg.label = None;
            }
        }
    }

    /// Renumbers the reader's position counters (`pre.N`, unnumbered `annex.artN.pK`) the
    /// way the reader would on the damaged text: after a drop, merge or split the counters
    /// of the following paragraphs shift, and a split-off tail gets the next counter.
    /// Without this, a damaged rendering would keep counters that still match the pivot's,
    /// which real input never does.
    pub fn relabel_positional(&mut self) {
        for doc in self.docs.values_mut() {
            relabel(doc);
        }
    }

    /// The true links between the pivot and `other`: pairs of segment positions that share
    /// an original unit.
    #[must_use]
    pub fn truth(&self, pivot: Lang, other: Lang) -> BTreeSet<(usize, usize)> {
        let empty = Vec::new();
        let p = self.units.get(&pivot).unwrap_or(&empty);
        let o = self.units.get(&other).unwrap_or(&empty);
        let mut where_in_other: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (j, us) in o.iter().enumerate() {
            for &u in us {
                where_in_other.entry(u).or_default().push(j);
            }
        }
        let mut out = BTreeSet::new();
        for (i, us) in p.iter().enumerate() {
            for u in us {
                for &j in where_in_other.get(u).map_or(&[][..], Vec::as_slice) {
                    out.insert((i, j));
                }
            }
        }
        out
    }
}

/// The family of a positional label: the label with its counter at 0 (`annex.pre.0` for
/// `annex.pre.2`, `annex.art8.p0` for an unnumbered `annex.art8.p1`). `None` for written
/// labels.
fn counter_family(seg: &Segment) -> Option<Label> {
    let label = seg.label.as_ref()?;
    label.counter().map(|_| label.with_counter(0))
}

fn relabel(doc: &mut Document) {
    let mut counters: BTreeMap<Label, u32> = BTreeMap::new();
    let mut last: Option<Label> = None;
    for seg in &mut doc.segments {
        let family = match counter_family(seg) {
            Some(f) => Some(f),
            // A split-off tail has no label; the reader counts it like its head.
            None if seg.label.is_none() => last.clone(),
            None => None,
        };
        if let Some(f) = &family {
            let n = counters.entry(f.clone()).or_insert(0);
            *n += 1;
            seg.label = Some(f.with_counter(*n));
        }
        last = family;
    }
}

/// The damaged copies of a parallel set the speed benches share: copy `i` has two
/// drops, merges or splits in every language but English, from seed `seed + i`, so
/// that every bench (and every run of one) times the same documents.
#[must_use]
pub fn bench_corpus(base: &Tracked, docs: usize, seed: u64) -> Vec<Tracked> {
    let others: Vec<Lang> = Lang::ALL.into_iter().filter(|&l| l != Lang::En).collect();
    let kinds = [Damage::Drop, Damage::Merge, Damage::Split];
    (0..docs)
        .map(|i| {
            let mut t = base.clone();
            let mut rng = XorShift::new(seed.wrapping_add(i as u64));
            t.damage(&mut rng, &others, 2, &kinds);
            t
        })
        .collect()
}

impl Tracked {
    /// Each rendering as a file would hold it: its segments as paragraphs.
    pub fn texts(&self) -> impl Iterator<Item = (Lang, String)> + '_ {
        self.docs.iter().map(|(&lang, doc)| {
            let text: Vec<&str> = doc.segments.iter().map(|s| s.text.as_str()).collect();
            (lang, text.join("\n\n") + "\n")
        })
    }
}

/// A set of renderings made only of unnumbered paragraphs: every paragraph, item and
/// footnote of `set`, in order, as a preambular paragraph labelled by the reader's
/// counter `pre.N`. Nothing but lengths, numbers and footnote markers tells these apart,
/// which is the hard case for an aligner (long preambles, untitled documents). `None` when
/// the renderings do not correspond one to one.
#[must_use]
pub fn unnumbered_paragraphs(set: &BTreeMap<Lang, Document>) -> Option<BTreeMap<Lang, Document>> {
    use crate::model::SegmentKind;
    let out: BTreeMap<Lang, Document> = set
        .iter()
        .map(|(&lang, doc)| {
            let segments = doc
                .segments
                .iter()
                .filter(|s| {
                    matches!(
                        s.kind,
                        SegmentKind::Paragraph | SegmentKind::Item | SegmentKind::Footnote
                    )
                })
                .enumerate()
                .map(|(i, s)| Segment {
                    index: i,
                    kind: SegmentKind::Paragraph,
                    label: Some(Label::body(
                        None,
                        Head::Preamble(u32::try_from(i + 1).unwrap_or(u32::MAX)),
                    )),
                    text: s.text.clone(),
                    line: 2 * i + 1,
                    footnote_refs: s.footnote_refs.clone(),
                })
                .collect();
            (
                lang,
                Document {
                    lang,
                    source: doc.source.clone(),
                    segments,
                },
            )
        })
        .collect();
    let mut lens = out.values().map(|d| d.segments.len());
    let first = lens.next()?;
    lens.all(|n| n == first).then_some(out)
}

fn reindex(doc: &mut Document) {
    for (i, s) in doc.segments.iter_mut().enumerate() {
        s.index = i;
    }
}

fn apply(doc: &mut Document, units: &mut Vec<Vec<usize>>, kind: Damage, rng: &mut XorShift) {
    let n = doc.segments.len();
    match kind {
        Damage::Drop if n > 1 => {
            let k = rng.below(n);
            doc.segments.remove(k);
            units.remove(k);
        }
        Damage::Merge if n > 1 => {
            let k = rng.below(n - 1);
            let next = doc.segments.remove(k + 1);
            let next_units = units.remove(k + 1);
            let sep = if doc.lang.is_spaced() { " " } else { "" };
            if let (Some(seg), Some(us)) = (doc.segments.get_mut(k), units.get_mut(k)) {
                seg.text = format!("{}{sep}{}", seg.text, next.text);
                seg.footnote_refs.extend(next.footnote_refs);
                us.extend(next_units);
            }
        }
        Damage::Split => {
            // Only segments long enough to hold two sentences are split.
            let candidates: Vec<usize> = (0..n)
                .filter(|&i| {
                    doc.segments
                        .get(i)
                        .is_some_and(|s| split_point(&s.text).is_some())
                })
                .collect();
            let Some(&k) = candidates.get(rng.below(candidates.len())) else {
                return;
            };
            let Some(seg) = doc.segments.get_mut(k) else {
                return;
            };
            let Some(at) = split_point(&seg.text) else {
                return;
            };
            let second = seg.text[at..].trim().to_owned();
            seg.text = seg.text[..at].trim().to_owned();
            let tail = Segment {
                index: 0,
                kind: seg.kind,
                label: None,
                text: second,
                line: seg.line,
                footnote_refs: Vec::new(),
            };
            doc.segments.insert(k + 1, tail);
            let u = units.get(k).cloned().unwrap_or_default();
            units.insert(k + 1, u);
        }
        _ => {}
    }
    reindex(doc);
}

/// Byte offset where a text can be cut in two: after the clause punctuation nearest to the
/// middle, leaving at least 15 characters on each side.
fn split_point(text: &str) -> Option<usize> {
    let total = text.chars().count();
    if total < 40 {
        return None;
    }
    let mid = text.len() / 2;
    let mut best: Option<usize> = None;
    let mut chars_before = 0usize;
    for (i, c) in text.char_indices() {
        chars_before += 1;
        if matches!(
            c,
            '.' | ';' | ',' | '。' | '；' | '，' | '،' | '؛' | ':' | '：'
        ) {
            let at = i + c.len_utf8();
            let after = total - chars_before;
            if chars_before >= 15
                && after >= 15
                && best.is_none_or(|b| at.abs_diff(mid) < b.abs_diff(mid))
            {
                best = Some(at);
            }
        }
    }
    best
}

/// Links an alignment asserts between the pivot and `other`: every pivot segment of a row
/// with every segment of `other` in the same row.
#[must_use]
pub fn links(alignment: &Alignment, other: Lang) -> BTreeSet<(usize, usize)> {
    let mut out = BTreeSet::new();
    for row in &alignment.rows {
        for &i in row.cell(alignment.pivot) {
            for &j in row.cell(other) {
                out.insert((i, j));
            }
        }
    }
    out
}

/// Links between the pivot and `other` after refining each row pairwise
/// ([`super::pair_beads`]): the links a translator comparing only these two languages gets.
#[must_use]
pub fn pair_links(
    set: &BTreeMap<Lang, Document>,
    alignment: &Alignment,
    other: Lang,
) -> BTreeSet<(usize, usize)> {
    let mut out = BTreeSet::new();
    for b in super::pair_beads(set, alignment, other) {
        for i in b.pivot.clone() {
            for j in b.other.clone() {
                out.insert((i, j));
            }
        }
    }
    out
}

/// Precision, recall and F1 of `predicted` against `truth`, with empty sets scoring 1.
#[must_use]
pub fn scores(truth: &BTreeSet<(usize, usize)>, predicted: &BTreeSet<(usize, usize)>) -> Scores {
    let hit = truth.intersection(predicted).count();
    Scores {
        true_links: truth.len(),
        predicted_links: predicted.len(),
        correct: hit,
    }
}

/// Link counts, from which precision, recall and F1 follow; counts add up across documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    pub true_links: usize,
    pub predicted_links: usize,
    pub correct: usize,
}

impl Scores {
    #[must_use]
    pub fn precision(&self) -> f64 {
        if self.predicted_links == 0 {
            1.0
        } else {
            self.correct as f64 / self.predicted_links as f64
        }
    }

    #[must_use]
    pub fn recall(&self) -> f64 {
        if self.true_links == 0 {
            1.0
        } else {
            self.correct as f64 / self.true_links as f64
        }
    }

    #[must_use]
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    pub fn add(&mut self, other: Scores) {
        self.true_links += other.true_links;
        self.predicted_links += other.predicted_links;
        self.correct += other.correct;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xorshift_is_deterministic_and_bounded() {
        let mut a = XorShift::new(7);
        let mut b = XorShift::new(7);
        for _ in 0..100 {
            let x = a.below(10);
            assert_eq!(x, b.below(10));
            assert!(x < 10);
        }
        assert_eq!(XorShift::new(0).below(0), 0);
    }

    #[test]
    fn counters_shift_after_damage_as_the_reader_would_number_them() {
        let seg = |label: Option<&str>, text: &str| Segment {
            index: 0,
            kind: crate::model::SegmentKind::Paragraph,
            label: label.map(|l| l.parse().unwrap()),
            text: text.to_owned(),
            line: 1,
            footnote_refs: vec![],
        };
        let mut doc = Document {
            lang: Lang::Fr,
            source: "fr.md".into(),
            segments: vec![
                seg(Some("formula"), "L'Assemblée générale,"),
                seg(Some("pre.2"), "Rappelant,"),
                seg(None, "suite,"),
                seg(Some("pre.4"), "Convaincue,"),
                seg(Some("op.1"), "1. Décide ;"),
                seg(Some("annex.art2"), "Article 2"),
                seg(Some("annex.art2.p2"), "Les États,"),
                seg(Some("annex.art2.p3"), "3. Les États"),
            ],
        };
        // The reader wrote the last number: the text shows it.
        doc.segments[7].label = Some(Label::body(
            Some(crate::label::Annex(1)),
            Head::Article(2, Some(crate::label::Number::written(3))),
        ));
        relabel(&mut doc);
        let labels: Vec<_> = doc
            .segments
            .iter()
            .map(|s| s.label.as_ref().map(ToString::to_string))
            .collect();
        assert_eq!(
            labels,
            [
                Some("formula".into()),
                Some("pre.1".into()),
                Some("pre.2".into()),
                Some("pre.3".into()),
                Some("op.1".into()),
                Some("annex.art2".into()),
                Some("annex.art2.p1".into()),
                Some("annex.art2.p3".into())
            ]
        );
    }

    #[test]
    fn split_point_prefers_the_middle_clause() {
        let t = "First clause, of the sentence and second clause here; and the last one.";
        let at = split_point(t).unwrap();
        assert_eq!(
            &t[..at],
            "First clause, of the sentence and second clause here;"
        );
        assert!(split_point("short, text").is_none());
    }
}
