//! Unit tests of the joint aligner on small synthetic renderings.

use std::collections::BTreeMap;

use sixfold_core::Lang;

use super::damage::{Damage, Tracked, XorShift, links, pair_links, scores};
use super::{AlignOptions, align};
use crate::label::{Head, Label};
use crate::model::{Alignment, Document, Row, Segment, SegmentKind};

const TEXTS: [&str; 8] = [
    "Recalling its resolution 49/60 of 9 December 1994 on measures to eliminate international terrorism,",
    "Approves the Declaration annexed to the present resolution;",
    "Urges Member States, in accordance with the provisions of the Declaration, to take all appropriate measures at the national and international levels to combat serious transnational crime;",
    "Invites the Secretary-General to inform all States;",
    "Member States shall take measures to prevent support for and operations of criminal organizations in their national territories, and shall cooperate to that end in accordance with the Convention of 1988.",
    "Decides to include in the provisional agenda of its fifty-second session the item;",
    "Requests a report on the implementation of the present resolution at its fifty-third session, in 1998;",
    "Actions taken shall fully respect the national sovereignty of Member States.",
];

/// A stand-in translation with the right length profile: French a little longer, Chinese
/// about a third, numbers kept.
fn render(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Zh => {
            let letters = text
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_ascii_digit())
                .count();
            let digits: Vec<&str> = text
                .split_whitespace()
                .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
                .collect();
            format!("{}{}", "文".repeat(letters * 294 / 1000), digits.join(" "))
        }
        Lang::En => text.to_owned(),
        Lang::Ar => text[..text.len() * 80 / 100].to_owned(),
        _ => format!("{text} {}", &text[..text.len() / 6]),
    }
}

fn doc(lang: Lang, texts: &[&str]) -> Document {
    Document {
        lang,
        source: format!("{lang}.md"),
        segments: texts
            .iter()
            .enumerate()
            .map(|(index, t)| Segment {
                index,
                kind: SegmentKind::Paragraph,
                label: Some(Label::body(
                    None,
                    Head::Operative(u32::try_from(index + 1).unwrap()),
                )),
                text: render(lang, t),
                line: 2 * index + 1,
                footnote_refs: vec![],
            })
            .collect(),
    }
}

fn set(langs: &[Lang]) -> BTreeMap<Lang, Document> {
    langs.iter().map(|&l| (l, doc(l, &TEXTS))).collect()
}

/// The invariants every alignment must satisfy: each segment of each language in exactly
/// one unit, in document order; in the finest rows every segment at least once, rows in
/// document order, units numbered consecutively.
fn assert_partition(set: &BTreeMap<Lang, Document>, al: &Alignment) {
    let units = al.units();
    for (lang, d) in set {
        let seen: Vec<usize> = units
            .rows
            .iter()
            .flat_map(|r| r.cell(*lang).iter().copied())
            .collect();
        let expected: Vec<usize> = (0..d.segments.len()).collect();
        assert_eq!(seen, expected, "{lang}");
        let mut fine: Vec<usize> = al
            .rows
            .iter()
            .flat_map(|r| r.cell(*lang).iter().copied())
            .collect();
        assert!(fine.is_sorted(), "{lang}: {fine:?}");
        fine.dedup();
        assert_eq!(fine, expected, "{lang}");
    }
    let mut unit = 0;
    for (i, r) in al.rows.iter().enumerate() {
        assert!((0.0..=1.0).contains(&r.confidence));
        assert!(r.cells.values().any(|c| !c.is_empty()));
        assert!(r.unit == unit || (i > 0 && r.unit == unit + 1), "{r:?}");
        unit = r.unit;
    }
}

#[test]
fn parallel_renderings_align_one_to_one_with_full_confidence() {
    let s = set(&[Lang::Zh, Lang::En, Lang::Fr]);
    let al = align(&s, &AlignOptions::default());
    assert_eq!(al.languages, [Lang::En, Lang::Zh, Lang::Fr]);
    assert_eq!(al.rows.len(), TEXTS.len());
    for (i, r) in al.rows.iter().enumerate() {
        assert_eq!(r.cell(Lang::Fr), [i]);
        assert_eq!(r.cell(Lang::Zh), [i]);
        assert!((r.confidence - 1.0).abs() < 1e-9, "{r:?}");
    }
    assert_partition(&s, &al);
}

#[test]
fn a_merge_in_one_language_widens_the_unit_not_the_rows() {
    let mut s = set(&[Lang::En, Lang::Fr, Lang::Es]);
    let mut t = Tracked::parallel(&s).unwrap();
    let fr = t.docs.get_mut(&Lang::Fr).unwrap();
    let second = fr.segments.remove(3);
    fr.segments[2].text.push(' ');
    fr.segments[2].text.push_str(&second.text);
    for (i, seg) in fr.segments.iter_mut().enumerate() {
        seg.index = i;
    }
    s.insert(Lang::Fr, fr.clone());
    let al = align(&s, &AlignOptions::default());
    assert_partition(&s, &al);
    let units = al.units();
    let unit = units
        .rows
        .iter()
        .find(|r| r.cell(Lang::En).contains(&2))
        .unwrap();
    assert_eq!(unit.cell(Lang::En), [2, 3]);
    assert_eq!(unit.cell(Lang::Fr), [2]);
    assert_eq!(unit.cell(Lang::Es), [2, 3]);
    assert!(
        unit.reasons.iter().any(|r| r == "2-1 merge in fr"),
        "{unit:?}"
    );
    assert!(unit.confidence < 1.0);
    // The finest rows keep Spanish one to one and list the merged French paragraph in
    // both rows it covers.
    let rows: Vec<&Row> = al.rows.iter().filter(|r| r.unit == unit.unit).collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    for (r, k) in rows.iter().zip([2, 3]) {
        assert_eq!(r.cell(Lang::En), [k]);
        assert_eq!(r.cell(Lang::Es), [k]);
        assert_eq!(r.cell(Lang::Fr), [2]);
    }
    assert_eq!(al.rows.len(), TEXTS.len());
    assert_eq!(units.rows.len(), TEXTS.len() - 1);
}

#[test]
fn a_regrouping_spreads_over_the_rows_other_languages_divide() {
    let bead = |p: std::ops::Range<usize>, o: std::ops::Range<usize>| super::Bead {
        pivot: p,
        other: o,
        confidence: 1.0,
        reasons: vec![],
    };
    // French regroups pivot 1-2 as its 1-2 (2-2) and inserts a paragraph before pivot 4;
    // Spanish merges pivot 3-4 into its 3; Russian is one to one.
    let pairs = [
        (
            Lang::Fr,
            vec![
                bead(0..1, 0..1),
                bead(1..3, 1..3),
                bead(3..4, 3..4),
                bead(4..4, 4..5),
                bead(4..5, 5..6),
            ],
        ),
        (
            Lang::Es,
            vec![
                bead(0..1, 0..1),
                bead(1..2, 1..2),
                bead(2..3, 2..3),
                bead(3..5, 3..4),
            ],
        ),
        (Lang::Ru, (0..5).map(|k| bead(k..k + 1, k..k + 1)).collect()),
    ];
    let rows = super::merge(
        Lang::En,
        5,
        pairs.iter().map(|(l, b)| (*l, &b[..])).collect(),
    );
    // A fresh alignment's beads, kept compactly: the same rows.
    assert_eq!(
        super::merge(
            Lang::En,
            5,
            pairs
                .iter()
                .map(|(l, b)| (*l, super::Kept::of(b.clone())))
                .collect(),
        ),
        rows
    );
    let view: Vec<(usize, [&[usize]; 4])> = rows
        .iter()
        .map(|r| {
            let cells = [Lang::En, Lang::Fr, Lang::Es, Lang::Ru].map(|l| r.cell(l));
            (r.unit, cells)
        })
        .collect();
    assert_eq!(
        view,
        [
            (0, [&[0][..], &[0], &[0], &[0]]),
            (1, [&[1][..], &[1, 2], &[1], &[1]]),
            (1, [&[2][..], &[1, 2], &[2], &[2]]),
            (2, [&[3][..], &[3], &[3], &[3]]),
            (2, [&[][..], &[4], &[], &[]]),
            (2, [&[4][..], &[5], &[3], &[4]]),
        ]
    );
}

#[test]
fn a_dropped_paragraph_leaves_an_empty_cell_without_labels() {
    let mut s = set(&[Lang::En, Lang::Zh]);
    for d in s.values_mut() {
        for seg in &mut d.segments {
            seg.label = None;
        }
    }
    let zh = s.get_mut(&Lang::Zh).unwrap();
    zh.segments.remove(4);
    for (i, seg) in zh.segments.iter_mut().enumerate() {
        seg.index = i;
    }
    let al = align(&s, &AlignOptions::default());
    assert_partition(&s, &al);
    let row = al.rows.iter().find(|r| r.cell(Lang::En) == [4]).unwrap();
    assert!(row.cell(Lang::Zh).is_empty(), "{al:?}");
    assert!(row.reasons.iter().any(|r| r == "missing in zh"));
}

#[test]
fn pivot_only_paragraphs_share_their_missing_reasons() {
    // A long pivot against short translations: the paragraphs past their end are missing
    // in every other language, and those rows share one list of reasons.
    let mut s = set(&[Lang::En, Lang::Fr, Lang::Zh]);
    for lang in [Lang::Fr, Lang::Zh] {
        s.get_mut(&lang).unwrap().segments.truncate(3);
    }
    let al = align(&s, &AlignOptions::default());
    assert_partition(&s, &al);
    let tail: Vec<&Row> = al
        .rows
        .iter()
        .filter(|r| r.cell(Lang::En) > &[4][..])
        .collect();
    assert!(!tail.is_empty(), "{al:?}");
    for row in tail {
        assert!(row.cell(Lang::Fr).is_empty() && row.cell(Lang::Zh).is_empty());
        assert_eq!(row.reasons[..], ["missing in zh", "missing in fr"]);
        assert!(matches!(row.reasons, std::borrow::Cow::Borrowed(_)));
    }
}

#[test]
fn a_slot_is_as_large_as_a_row() {
    // The merge makes its rows in the slot table's own block, which needs both of a size.
    assert_eq!(
        std::mem::size_of::<super::Slot>(),
        std::mem::size_of::<Row>()
    );
}

#[test]
fn pivot_missing_a_paragraph_gives_a_row_without_pivot() {
    let mut s = set(&[Lang::En, Lang::Fr, Lang::Ru]);
    let en = s.get_mut(&Lang::En).unwrap();
    en.segments.remove(5);
    for (i, seg) in en.segments.iter_mut().enumerate() {
        seg.index = i;
    }
    let al = align(&s, &AlignOptions::default());
    assert_partition(&s, &al);
    let row = al.rows.iter().find(|r| r.cell(Lang::Fr) == [5]).unwrap();
    assert!(row.cell(Lang::En).is_empty());
    assert_eq!(row.cell(Lang::Ru), [5]);
}

#[test]
fn degenerate_inputs_do_not_panic() {
    let empty: BTreeMap<Lang, Document> = BTreeMap::new();
    let al = align(&empty, &AlignOptions::default());
    assert!(al.rows.is_empty() && al.languages.is_empty());

    let mut one_empty = set(&[Lang::En, Lang::Ar]);
    one_empty.get_mut(&Lang::Ar).unwrap().segments.clear();
    let al = align(&one_empty, &AlignOptions::default());
    assert_partition(&one_empty, &al);
    assert_eq!(al.rows.len(), TEXTS.len());

    let mut pivot_empty = set(&[Lang::En, Lang::Fr, Lang::Ru]);
    pivot_empty.get_mut(&Lang::En).unwrap().segments.clear();
    let al = align(&pivot_empty, &AlignOptions::default());
    assert_eq!(al.pivot, Lang::Fr);
    assert_eq!(al.languages, [Lang::Fr, Lang::En, Lang::Ru]);
    assert_partition(&pivot_empty, &al);

    let mut all_empty = set(&[Lang::En, Lang::Fr]);
    for d in all_empty.values_mut() {
        d.segments.clear();
    }
    let al = align(&all_empty, &AlignOptions::default());
    assert!(al.rows.is_empty());

    let only = set(&[Lang::Ru]);
    let al = align(&only, &AlignOptions::default());
    assert_eq!(al.pivot, Lang::Ru);
    assert_partition(&only, &al);

    let mut odd = set(&[Lang::En, Lang::Fr]);
    odd.get_mut(&Lang::Fr)
        .unwrap()
        .segments
        .iter_mut()
        .for_each(|s| {
            s.text.clear();
            s.kind = SegmentKind::Heading;
            s.label = Some(Label::Closing);
        });
    let al = align(&odd, &AlignOptions::default());
    assert_partition(&odd, &al);
}

#[test]
fn random_damage_is_recovered_and_output_is_deterministic() {
    let langs = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];
    let base = set(&langs);
    for seed in 0..40 {
        let mut t = Tracked::parallel(&base).unwrap();
        let mut rng = XorShift::new(seed);
        t.damage(
            &mut rng,
            &[Lang::Fr, Lang::Zh, Lang::Ar],
            1,
            &[Damage::Drop, Damage::Merge, Damage::Split],
        );
        let al = align(&t.docs, &AlignOptions::default());
        assert_partition(&t.docs, &al);
        assert!(links(&al, Lang::Ru).len() >= t.truth(Lang::En, Lang::Ru).len());
        assert_eq!(al, align(&t.docs, &AlignOptions::default()));
        for l in [Lang::Fr, Lang::Zh, Lang::Ar, Lang::Ru] {
            let s = scores(&t.truth(Lang::En, l), &pair_links(&t.docs, &al, l));
            assert!(
                s.f1() > 0.99,
                "seed {seed} {l}: {s:?} truth {:?} got {:?} units {:?}",
                t.truth(Lang::En, l),
                pair_links(&t.docs, &al, l),
                t.units.get(&l)
            );
        }
    }
}

/// `n` unlabelled paragraphs of varied length, each citing its own position, rendered in
/// `lang`; `skip` lists positions left out.
fn numbered_run(lang: Lang, n: usize, skip: impl Fn(usize) -> bool) -> Document {
    let segments = (0..n)
        .filter(|&i| !skip(i))
        .enumerate()
        .map(|(index, i)| {
            let base = TEXTS[i % TEXTS.len()];
            Segment {
                index,
                kind: SegmentKind::Paragraph,
                label: Some(Label::body(
                    None,
                    Head::Preamble(u32::try_from(index + 1).unwrap()),
                )),
                text: render(lang, &format!("{base} (see document {i})")),
                line: 2 * index + 1,
                footnote_refs: vec![],
            }
        })
        .collect();
    Document {
        lang,
        source: format!("{lang}.md"),
        segments,
    }
}

#[test]
fn position_counters_are_not_anchors() {
    // The French rendering lacks the third paragraph, so its `pre.3` is the English `pre.4`.
    let mut s = BTreeMap::new();
    s.insert(Lang::En, numbered_run(Lang::En, 8, |_| false));
    s.insert(Lang::Fr, numbered_run(Lang::Fr, 8, |i| i == 2));
    let al = align(&s, &AlignOptions::default());
    assert_partition(&s, &al);
    let missing: Vec<&Row> = al
        .rows
        .iter()
        .filter(|r| r.cell(Lang::Fr).is_empty())
        .collect();
    assert_eq!(missing.len(), 1, "{al:#?}");
    assert_eq!(missing[0].cell(Lang::En), [2]);
    for r in &al.rows {
        assert!(
            r.cell(Lang::Fr).len() <= 1 && r.cell(Lang::En).len() == 1,
            "{r:?}"
        );
    }
}

#[test]
fn a_drift_wider_than_the_first_band_is_followed() {
    // A hundred consecutive paragraphs missing puts the path a hundred cells off the
    // diagonal of a rectangle far too large for the full programme.
    let n = 1_200;
    let gone = |i: usize| (500..600).contains(&i);
    let mut s = BTreeMap::new();
    s.insert(Lang::En, numbered_run(Lang::En, n, |_| false));
    s.insert(Lang::Fr, numbered_run(Lang::Fr, n, gone));
    let al = align(&s, &AlignOptions::default());
    assert_partition(&s, &al);
    let missing: Vec<usize> = al
        .rows
        .iter()
        .filter(|r| r.cell(Lang::Fr).is_empty())
        .flat_map(|r| r.cell(Lang::En).iter().copied())
        .collect();
    assert_eq!(missing, (500..600).collect::<Vec<_>>());
}

#[test]
fn a_renamed_subparagraph_stays_one_to_one() {
    // French letters its first item (b) instead of (a): one wrong number, not a 2-2
    // regrouping of the items around it.
    let items = |lang: Lang, letters: [&str; 3]| Document {
        lang,
        source: format!("{lang}.md"),
        segments: letters
            .iter()
            .enumerate()
            .map(|(index, l)| Segment {
                index,
                kind: SegmentKind::Item,
                label: Some(format!("annex.art7.{l}").parse().unwrap()),
                text: render(lang, TEXTS[index + 2]),
                line: index + 1,
                footnote_refs: vec![],
            })
            .collect(),
    };
    let mut s = BTreeMap::new();
    s.insert(Lang::En, items(Lang::En, ["a", "b", "c"]));
    s.insert(Lang::Fr, items(Lang::Fr, ["b", "b", "c"]));
    let al = align(&s, &AlignOptions::default());
    assert_eq!(al.rows.len(), 3, "{al:#?}");
    for (i, r) in al.rows.iter().enumerate() {
        assert_eq!((r.cell(Lang::En), r.cell(Lang::Fr)), (&[i][..], &[i][..]));
    }
}
