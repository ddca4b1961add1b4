//! Features of one rendering version made from an earlier version's: what a git history
//! needs, where each commit changes a few paragraphs of one rendering.
//!
//! [`Features::of`] reads only a segment's kind, written label, footnote calls and text
//! (and the language), so a segment equal to an earlier one in all four has the earlier
//! one's features: taking them is exact, not an approximation.

use std::sync::atomic::{AtomicU64, Ordering};

use sixfold_core::Lang;

use super::{Features, PairFeatures};
use crate::model::Segment;

/// Whether two segments give [`Features::of`] the same input.
fn same_input(a: &Segment, b: &Segment) -> bool {
    a.kind == b.kind
        && a.written_label() == b.written_label()
        && a.footnote_refs == b.footnote_refs
        && a.text == b.text
}

impl PairFeatures {
    /// [`PairFeatures::of`] `segments`, taking the features of every segment that equals
    /// the segment of `earlier` (a rendering in the same language, with its features) at
    /// the same position counted from the start or from the end, and computing the
    /// others: an edit, an insertion or a removal leaves the segments before it at their
    /// positions and those after it at theirs from the end. The same result as
    /// [`PairFeatures::of`], for a fraction of its work when the versions differ little.
    #[must_use]
    pub fn of_reusing(
        lang: Lang,
        segments: &[Segment],
        earlier: Option<(&[Segment], &PairFeatures)>,
    ) -> Self {
        let Some((old_segments, old)) =
            earlier.filter(|(s, f)| f.lang == lang && s.len() == f.features.len())
        else {
            return PairFeatures::of(lang, segments);
        };
        let (n, m) = (segments.len(), old_segments.len());
        let reused = |new: usize, old_at: Option<usize>| -> Option<(Features, u64)> {
            let at = old_at?;
            let (a, b) = (segments.get(new)?, old_segments.get(at)?);
            if !same_input(a, b) {
                return None;
            }
            Some((old.features.get(at)?.clone(), *old.ids.get(at)?))
        };
        let (features, ids) = (0..n)
            .map(|i| {
                reused(i, Some(i))
                    .or_else(|| reused(i, (i + m).checked_sub(n)))
                    .unwrap_or_else(|| {
                        // Kept without the segments, as [`PairFeatures::of`] keeps them:
                        // the lexicon tokens are found now.
                        let made = Features::of(&segments[i], lang);
                        made.lex(lang, segments.get(i));
                        (made, fresh_id())
                    })
            })
            .unzip();
        PairFeatures {
            lang,
            features,
            ids,
        }
    }
}

/// A number never given before in this process, for features just made
/// ([`PairFeatures`]'s `ids`).
pub(super) fn fresh_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::pair::align_pair_features;
    use crate::random_edits::{Lcg, bundled_folders, edit};
    use crate::read::read_str;

    /// Features made from an earlier version's are the features made from scratch, and
    /// align the same, over chains of random edits of the real bundled renderings.
    #[test]
    fn reused_features_are_the_features_made_from_scratch() {
        let folders = bundled_folders();
        assert!(!folders.is_empty(), "the bundled documents are needed");
        let (mut reused_any, mut checked) = (false, 0);
        for (f, folder) in folders.iter().enumerate() {
            let en = std::fs::read_to_string(folder.join("en.md")).unwrap();
            let pivot = PairFeatures::of(Lang::En, &read_str(Lang::En, "en", &en).segments);
            for lang in [Lang::Fr, Lang::Zh, Lang::Ar, Lang::Ru] {
                let Ok(mut text) =
                    std::fs::read_to_string(folder.join(format!("{}.md", lang.code())))
                else {
                    continue;
                };
                let mut rng = Lcg(f as u64 * 31 + lang as u64);
                let mut old_doc = read_str(lang, "t", &text);
                let mut old = PairFeatures::of(lang, &old_doc.segments);
                for step in 0..12 {
                    text = edit(&mut rng, &text);
                    let doc = read_str(lang, "t", &text);
                    let fresh = PairFeatures::of(lang, &doc.segments);
                    let made = PairFeatures::of_reusing(
                        lang,
                        &doc.segments,
                        Some((&old_doc.segments, &old)),
                    );
                    let context = format!("{} {lang} step {step}", folder.display());
                    // Debug prints every number (floats as their shortest exact form).
                    assert_eq!(
                        format!("{:?}", made.features),
                        format!("{:?}", fresh.features),
                        "{context}"
                    );
                    assert_eq!(
                        align_pair_features(&pivot, &made),
                        align_pair_features(&pivot, &fresh),
                        "{context}"
                    );
                    reused_any |= doc
                        .segments
                        .iter()
                        .zip(&old_doc.segments)
                        .any(|(a, b)| same_input(a, b));
                    checked += 1;
                    old_doc = doc;
                    old = made;
                }
            }
        }
        assert!(reused_any && checked > 20, "{checked} versions checked");
        // Another language's features are never taken.
        let fr = read_str(Lang::Fr, "t", "1. Décide.");
        let es = read_str(Lang::Es, "t", "1. Decide.");
        let es_features = PairFeatures::of(Lang::Es, &es.segments);
        let made =
            PairFeatures::of_reusing(Lang::Fr, &fr.segments, Some((&es.segments, &es_features)));
        assert_eq!(made.lang, Lang::Fr);
    }

    /// A pair aligned from the programmes of its earlier version has the beads of the pair
    /// aligned on its own, over chains of random edits of the real bundled renderings on
    /// either side (so the band, the anchors, the widening and the lexical pass all meet
    /// changes), and copies cells on the way.
    /// A version's segments and its features.
    type Made = (Vec<crate::model::Segment>, PairFeatures);

    #[test]
    fn a_pair_resumed_from_its_earlier_version_aligns_the_same() {
        use crate::align::pair::{PairRun, align_pair_continuing, align_pair_resuming};
        let folders = bundled_folders();
        let (mut copied, mut sets, mut prefilled, mut labels, mut checked) = (0, 0, 0, 0, 0);
        let mut memos = 0;
        let (mut shifted, mut by_row) = (0, 0);
        for (f, folder) in folders.iter().enumerate() {
            for lang in [Lang::Fr, Lang::Zh, Lang::Ar, Lang::Es] {
                let Ok(mut text) =
                    std::fs::read_to_string(folder.join(format!("{}.md", lang.code())))
                else {
                    continue;
                };
                let mut en = std::fs::read_to_string(folder.join("en.md")).unwrap();
                let mut rng = Lcg(f as u64 * 17 + lang as u64 + 5);
                // Features made as a history makes them, each version's from the one
                // before (so that unchanged segments keep their numbers), and now and then
                // from scratch (so that equal features come with other numbers).
                let features = |l: Lang, t: &str, before: Option<&Made>, scratch: bool| -> Made {
                    let segments = read_str(l, "t", t).segments;
                    let made = match before {
                        Some((s, f)) if !scratch => {
                            PairFeatures::of_reusing(l, &segments, Some((s, f)))
                        }
                        _ => PairFeatures::of(l, &segments),
                    };
                    (segments, made)
                };
                let mut earlier: Option<(Made, Made, PairRun)> = None;
                for step in 0..14 {
                    if step > 0 {
                        // Mostly the translation, sometimes the pivot, sometimes both.
                        match rng.below(4) {
                            0 => en = edit(&mut rng, &en),
                            1 => {
                                en = edit(&mut rng, &en);
                                text = edit(&mut rng, &text);
                            }
                            _ => text = edit(&mut rng, &text),
                        }
                    }
                    let scratch = step % 5 == 4;
                    let (mp, mo) = (
                        features(Lang::En, &en, earlier.as_ref().map(|e| &e.0), scratch),
                        features(lang, &text, earlier.as_ref().map(|e| &e.1), scratch),
                    );
                    let (p, o) = (&mp.1, &mo.1);
                    // Mostly handed on as a history hands it (its memos taken over), now
                    // and then lent (its memos copied).
                    let (beads, run) = if step % 3 == 2 {
                        align_pair_resuming(p, o, earlier.as_ref().map(|(a, b, r)| (&a.1, &b.1, r)))
                    } else {
                        match earlier.take() {
                            Some((was_p, was_o, run)) => {
                                align_pair_continuing(p, o, Some((&was_p.1, &was_o.1, run)))
                            }
                            None => align_pair_continuing(p, o, None),
                        }
                    };
                    let context = format!("{} {lang} step {step}", folder.display());
                    assert_eq!(beads, align_pair_features(p, o), "{context}");
                    // Stronger than the beads: every programme, cell for cell.
                    let (_, fresh) = align_pair_resuming(p, o, None);
                    assert!(run.same_programmes(&fresh), "{context}");
                    copied += run.copied_cells();
                    shifted += run.shifted_cells();
                    by_row += run.cells_taken_by_row();
                    sets += run.reused_entry_sets();
                    prefilled += run.prefilled_costs();
                    memos += run.memos_taken();
                    labels += usize::from(run.reused_labels());
                    checked += 1;
                    earlier = Some((mp, mo, run));
                }
            }
        }
        assert!(checked > 20, "{checked} versions checked");
        assert!(copied > 0, "no cell was copied");
        assert!(shifted > 0, "no cell past a change was taken shifted");
        assert!(by_row > 0, "no row past a change was taken whole");
        assert!(
            sets > 0,
            "no lexicon entry set was taken from an earlier version"
        );
        assert!(
            prefilled > 0,
            "no bead cost was taken from an earlier version"
        );
        assert!(labels > 0, "no version took its labels from the one before");
        assert!(
            memos > 0,
            "no bead-cost memo was taken over from an earlier version"
        );
    }
}
