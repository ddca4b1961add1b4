//! Alignment of the bundled renderings: calibration, recovery of seeded damage (property
//! tests), partition and determinism, and the checks on the clean document.

use std::collections::BTreeMap;
use std::path::Path;

use proptest::prelude::*;
use sixfold_core::Lang;
use sixfold_translations::align::damage::{Damage, Tracked, XorShift, pair_links, scores};
use sixfold_translations::align::{AlignOptions, align, builtin_profile, calibrate};
use sixfold_translations::check::check;
use sixfold_translations::{Alignment, Document, DocumentSet, Segment, SegmentKind};

fn bundled() -> DocumentSet {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../translations/A-RES-51-60");
    DocumentSet::load_dir(&dir).expect("the bundled document loads")
}

fn assert_partition(set: &BTreeMap<Lang, Document>, al: &Alignment) {
    for (lang, d) in set {
        let seen: Vec<usize> = al
            .rows
            .iter()
            .flat_map(|r| r.cell(*lang).iter().copied())
            .collect();
        assert_eq!(seen, (0..d.segments.len()).collect::<Vec<_>>(), "{lang}");
    }
}

#[test]
fn built_in_length_profile_matches_the_bundled_renderings() {
    let set = bundled();
    let measured = calibrate([&set.docs]);
    assert_eq!(measured.len(), 5);
    for (lang, m) in measured {
        let b = builtin_profile(lang);
        assert!(
            (m.ratio - b.ratio).abs() < 0.02,
            "{lang}: measured {m:?}, built in {b:?}"
        );
        assert!(
            (m.variance - b.variance).abs() < 0.1,
            "{lang}: measured {m:?}, built in {b:?}"
        );
    }
}

#[test]
fn the_bundled_document_aligns_one_to_one() {
    let set = bundled();
    let al = align(&set.docs, &AlignOptions::default());
    assert_eq!(
        al.languages,
        [Lang::En, Lang::Ar, Lang::Zh, Lang::Fr, Lang::Ru, Lang::Es]
    );
    let n = set.docs[&Lang::En].segments.len();
    assert_eq!(al.rows.len(), n);
    for (i, row) in al.rows.iter().enumerate() {
        for lang in Lang::ALL {
            assert_eq!(row.cell(lang), [i], "row {i} {lang}");
        }
        assert!(row.confidence >= 0.5, "{row:?}");
    }
    let sure = al.rows.iter().filter(|r| r.confidence >= 0.9).count();
    assert!(sure * 10 >= al.rows.len() * 9, "{al:#?}");
}

#[test]
fn any_pivot_gives_a_partition() {
    let set = bundled();
    for pivot in Lang::ALL {
        let al = align(&set.docs, &AlignOptions { pivot });
        assert_eq!(al.pivot, pivot);
        assert_partition(&set.docs, &al);
    }
}

fn recovered(seed: u64, ops: usize, strip: bool) -> (Tracked, Alignment) {
    let set = bundled();
    let mut t = Tracked::parallel(&set.docs).expect("the bundled renderings are parallel");
    if strip {
        t.strip_labels();
    }
    let mut rng = XorShift::new(seed);
    let others = [Lang::Ar, Lang::Zh, Lang::Fr, Lang::Ru, Lang::Es];
    t.damage(
        &mut rng,
        &others,
        ops,
        &[Damage::Drop, Damage::Merge, Damage::Split],
    );
    let al = align(&t.docs, &AlignOptions::default());
    (t, al)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_drop_merge_split_is_recovered(seed in any::<u64>(), ops in 1usize..3) {
        let (t, al) = recovered(seed, ops, false);
        assert_partition(&t.docs, &al);
        prop_assert_eq!(&al, &align(&t.docs, &AlignOptions::default()));
        for lang in [Lang::Ar, Lang::Zh, Lang::Fr, Lang::Ru, Lang::Es] {
            let s = scores(&t.truth(Lang::En, lang), &pair_links(&t.docs, &al, lang));
            prop_assert!(s.f1() >= 0.97, "seed {} {}: {:?}", seed, lang, s);
        }
    }

    #[test]
    fn without_labels_every_segment_is_still_placed_once(seed in any::<u64>()) {
        let (t, al) = recovered(seed, 2, true);
        assert_partition(&t.docs, &al);
        for row in &al.rows {
            prop_assert!((0.0..=1.0).contains(&row.confidence));
        }
    }
}

fn arbitrary_segment() -> impl Strategy<Value = (u8, Option<u8>, String, Vec<u32>)> {
    (
        0u8..8,
        proptest::option::of(0u8..6),
        "[a-zé 0-9,.;/大会مА]{0,80}",
        proptest::collection::vec(0u32..4, 0..3),
    )
}

fn arbitrary_set() -> impl Strategy<Value = BTreeMap<Lang, Document>> {
    proptest::collection::btree_map(
        proptest::sample::select(Lang::ALL.to_vec()),
        proptest::collection::vec(arbitrary_segment(), 0..25),
        0..7,
    )
    .prop_map(|m| {
        m.into_iter()
            .map(|(lang, segs)| {
                let kinds = [
                    SegmentKind::Header,
                    SegmentKind::Title,
                    SegmentKind::Heading,
                    SegmentKind::Formula,
                    SegmentKind::Paragraph,
                    SegmentKind::Item,
                    SegmentKind::Footnote,
                    SegmentKind::Closing,
                ];
                let segments = segs
                    .into_iter()
                    .enumerate()
                    .map(|(index, (k, label, text, refs))| Segment {
                        index,
                        kind: kinds[usize::from(k) % kinds.len()],
                        label: label.map(|l| {
                            [
                                "op.1",
                                "op.2",
                                "fn.1",
                                "annex.art3",
                                "annex.art3.b",
                                "title",
                            ][usize::from(l)]
                            .to_owned()
                        }),
                        text,
                        line: index + 1,
                        footnote_refs: refs,
                    })
                    .collect();
                (
                    lang,
                    Document {
                        lang,
                        source: format!("{lang}.md"),
                        segments,
                    },
                )
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Whatever the input — empty documents, one language empty, duplicate or clashing
    /// labels, mismatched structures — the aligner and the checks do not panic, every
    /// segment lands in exactly one row, and the output is deterministic.
    #[test]
    fn arbitrary_input_never_panics(set in arbitrary_set(), pivot in proptest::sample::select(Lang::ALL.to_vec())) {
        let opts = AlignOptions { pivot };
        let al = align(&set, &opts);
        assert_partition(&set, &al);
        for row in &al.rows {
            prop_assert!((0.0..=1.0).contains(&row.confidence));
        }
        prop_assert_eq!(&al, &align(&set, &opts));
        let findings = check(&set, &al, None);
        prop_assert_eq!(findings, check(&set, &al, None));
    }
}
