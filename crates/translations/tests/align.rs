//! Alignment of the bundled renderings: calibration, recovery of seeded damage (property
//! tests), partition and determinism, and the checks on the clean document.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use proptest::prelude::*;
use sixfold_core::Lang;
use sixfold_translations::align::damage::{Damage, Tracked, XorShift, pair_links, scores};
use sixfold_translations::align::{AlignOptions, align, builtin_profile, calibrate};
use sixfold_translations::check::check;
use sixfold_translations::{
    Alignment, Document, DocumentSet, Finding, Segment, SegmentKind, Severity, read_str,
};

fn bundled() -> DocumentSet {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../translations/A-RES-51-60");
    DocumentSet::load_dir(&dir).expect("the bundled document loads")
}

/// Every segment of every language in exactly one unit, in order; in the finest rows at
/// least once, rows in order.
fn assert_partition(set: &BTreeMap<Lang, Document>, al: &Alignment) {
    let units = al.units();
    for (lang, d) in set {
        let seen: Vec<usize> = units
            .rows
            .iter()
            .flat_map(|r| r.cell(*lang).iter().copied())
            .collect();
        assert_eq!(seen, (0..d.segments.len()).collect::<Vec<_>>(), "{lang}");
        // A segment merged or regrouped in its language is listed in every row it
        // covers (a 2-2 as [1, 2] in two rows), so cells are in order by their first and by
        // their last segment, and each cell in order within.
        let cells: Vec<&[usize]> = al
            .rows
            .iter()
            .map(|r| r.cell(*lang))
            .filter(|c| !c.is_empty())
            .collect();
        assert!(cells.iter().all(|c| c.is_sorted()), "{lang}");
        assert!(cells.iter().map(|c| c.first()).is_sorted(), "{lang}");
        assert!(cells.iter().map(|c| c.last()).is_sorted(), "{lang}");
        let mut fine: Vec<usize> = cells.concat();
        fine.sort_unstable();
        fine.dedup();
        assert_eq!(fine, (0..d.segments.len()).collect::<Vec<_>>(), "{lang}");
    }
}

/// The built-in profile is estimated on real UN translations (see `length.rs`), whose
/// lengths vary more than the bundled working translations: same ratios within a few
/// percent, and at least the variance the bundled renderings need.
#[test]
fn built_in_length_profile_covers_the_bundled_renderings() {
    let set = bundled();
    let measured = calibrate([&set.docs]);
    assert_eq!(measured.len(), 5);
    for (lang, m) in measured {
        let b = builtin_profile(lang);
        assert!(
            (m.ratio / b.ratio - 1.0).abs() < 0.08,
            "{lang}: measured {m:?}, built in {b:?}"
        );
        assert!(
            b.variance >= m.variance,
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
                let kinds = SegmentKind::ALL;
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
                            .parse()
                            .expect("a label")
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

// Unnumbered paragraphs. The reader labels them by position (`pre.1`, `pre.2`, …), and those
// counters shift after a drop, merge or split; the aligner must not take them for anchors.
// The renderings below are built from the bundled ones, written out as Markdown and read
// back, so the labels are the ones the reader really gives.

/// Paragraph texts of one bundled rendering that carry no number of their own (preambular
/// paragraphs, article bodies, footnotes), in document order: the same list in every
/// language, since the renderings correspond one to one.
fn plain_texts(set: &DocumentSet, lang: Lang) -> Vec<String> {
    set.docs[&lang]
        .segments
        .iter()
        .filter(|s| {
            matches!(s.kind, SegmentKind::Paragraph | SegmentKind::Footnote)
                && s.written_label().is_none_or(|l| l.footnote().is_some())
        })
        .map(|s| s.text.clone())
        .collect()
}

/// The bundled Markdown of `lang` with `extra` paragraphs inserted after the first
/// preambular paragraph (a long preamble), and the 1-based line of each inserted paragraph.
fn with_long_preamble(set: &DocumentSet, lang: Lang, extra: &[String]) -> (String, Vec<usize>) {
    let text = &set.texts[&lang];
    let pre = set.docs[&lang]
        .by_label("pre.1")
        .expect("a preambular paragraph");
    let lines: Vec<&str> = text.lines().collect();
    let end = (pre.line - 1..lines.len())
        .find(|&i| lines[i].trim().is_empty())
        .expect("a blank line after the preamble");
    let mut out: Vec<String> = lines[..end].iter().map(|l| (*l).to_owned()).collect();
    let mut at = Vec::new();
    for p in extra {
        out.push(String::new());
        out.push(p.clone());
        at.push(out.len());
    }
    out.extend(lines[end..].iter().map(|l| (*l).to_owned()));
    (out.join("\n") + "\n", at)
}

/// Six renderings with a preamble of eight more unnumbered paragraphs (article bodies of
/// the annex), French edited by `edit` on its list of inserted paragraphs; returns the
/// set, its findings and the lines of the inserted English paragraphs.
fn long_preamble(edit: impl Fn(&mut Vec<String>)) -> (Vec<Finding>, Vec<usize>) {
    let set = bundled();
    let mut docs = BTreeMap::new();
    let mut en_lines = Vec::new();
    for lang in Lang::ALL {
        let mut extra: Vec<String> = plain_texts(&set, lang)
            .into_iter()
            .skip(3)
            .take(8)
            .collect();
        assert_eq!(extra.len(), 8);
        if lang == Lang::Fr {
            edit(&mut extra);
        }
        let (text, at) = with_long_preamble(&set, lang, &extra);
        if lang == Lang::En {
            en_lines = at;
        }
        docs.insert(lang, read_str(lang, &format!("{lang}.md"), &text));
    }
    let al = align(&docs, &AlignOptions::default());
    assert_partition(&docs, &al);
    (check(&docs, &al, None), en_lines)
}

fn errors(findings: &[Finding]) -> Vec<&Finding> {
    findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect()
}

#[test]
fn a_long_preamble_is_clean() {
    let (findings, _) = long_preamble(|_| {});
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn one_dropped_unnumbered_paragraph_is_one_missing_finding() {
    let (findings, en_lines) = long_preamble(|p| {
        p.remove(3);
    });
    let errs = errors(&findings);
    assert_eq!(errs.len(), 1, "{findings:#?}");
    let f = errs[0];
    assert_eq!((&*f.code, f.lang), ("missing-paragraph", Lang::Fr));
    assert_eq!(&f.args["pivot_line"], en_lines[3].to_string(), "{f:#?}");
    assert_eq!(&f.args["label"], "pre.5");
}

#[test]
fn three_unnumbered_paragraphs_merged_are_one_merge_finding() {
    let (findings, _) = long_preamble(|p| {
        let joined = p[2..5].join(" ");
        p.splice(2..5, [joined]);
    });
    let errs = errors(&findings);
    assert_eq!(errs.len(), 1, "{findings:#?}");
    assert_eq!(errs[0].code, "merged-paragraphs");
    assert_eq!(&errs[0].args["labels"], "pre.4, pre.5, pre.6");
    assert!(findings.iter().all(|f| f.lang == Lang::Fr), "{findings:#?}");
}

#[test]
fn one_unnumbered_paragraph_split_is_one_split_finding() {
    let (findings, _) = long_preamble(|p| {
        let text = p[5].clone();
        let cut = text
            .char_indices()
            .filter(|&(_, c)| c == ',')
            .map(|(i, _)| i + 1)
            .min_by_key(|&i| i.abs_diff(text.len() / 2))
            .expect("a clause to cut at");
        p.splice(
            5..6,
            [text[..cut].trim().to_owned(), text[cut..].trim().to_owned()],
        );
    });
    let errs = errors(&findings);
    assert_eq!(errs.len(), 1, "{findings:#?}");
    assert_eq!(errs[0].code, "split-paragraph");
    assert_eq!(&errs[0].args["labels"], "pre.7");
    assert_eq!(&errs[0].args["count"], "2");
}

/// English and French renderings of `n` unnumbered paragraphs (the bundled plain texts in
/// turn, each ending with its position, as long documents number their references), with
/// the French paragraphs at `drop` left out.
fn plain_pair(n: usize, drop: &[usize]) -> BTreeMap<Lang, Document> {
    let set = bundled();
    let mut docs = BTreeMap::new();
    for lang in [Lang::En, Lang::Fr] {
        let texts = plain_texts(&set, lang);
        let mut md = String::new();
        for i in 0..n {
            if lang == Lang::Fr && drop.contains(&i) {
                continue;
            }
            let t = &texts[i % texts.len()];
            writeln!(md, "{t} {i}.\n").expect("writing to a string");
        }
        docs.insert(lang, read_str(lang, &format!("{lang}.md"), &md));
    }
    docs
}

#[test]
fn twenty_plain_paragraphs_with_one_dropped() {
    let docs = plain_pair(20, &[9]);
    assert!(
        docs[&Lang::En]
            .segments
            .iter()
            .all(|s| s.written_label().is_none())
    );
    let al = align(&docs, &AlignOptions::default());
    assert_partition(&docs, &al);
    let findings = check(&docs, &al, None);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].code, "missing-paragraph");
    assert_eq!(&findings[0].args["pivot_line"], "19");
    // The French paragraph after the gap (the tenth, on line 19) is where it belongs.
    assert_eq!(findings[0].line, Some(19));
}

/// Ten thousand unnumbered paragraphs, five dropped: the band keeps the programme linear
/// in the document length (a full programme would need 10⁸ cells). Speed itself is measured
/// by the `align_speed` bench, never by wall clock here.
#[test]
fn ten_thousand_plain_paragraphs_align_exactly() {
    let drops = [17, 2_500, 2_501, 6_000, 9_990];
    let docs = plain_pair(10_000, &drops);
    let al = align(&docs, &AlignOptions::default());
    assert_partition(&docs, &al);
    let findings = check(&docs, &al, None);
    assert_eq!(findings.len(), drops.len(), "{findings:#?}");
    let lines: Vec<String> = findings
        .iter()
        .map(|f| f.args["pivot_line"].to_owned())
        .collect();
    let expected: Vec<String> = drops.iter().map(|d| (2 * d + 1).to_string()).collect();
    assert_eq!(lines, expected);
}

/// An Arabic article numbered in Arabic-Indic digits (`٢ - …`) and then, by a slip of the
/// keyboard, in ASCII (`2 - …`): the reader reads both digit scripts with one grammar, so
/// the first is the written paragraph 2 and the repeated number is counted, not taken as a
/// second `art1.p2`; the aligner pairs every paragraph with its English counterpart.
#[test]
fn arabic_mixed_digits_give_distinct_labels_and_no_false_anchor() {
    let ar = read_str(
        Lang::Ar,
        "ar.md",
        "المادة 1\n\n١ - تتعاون الدول الأعضاء.\n\n٢ - تتبادل الدول المعلومات.\n\n\
         2 - تقدم الدول تقارير سنوية.",
    );
    let en = read_str(
        Lang::En,
        "en.md",
        "Article 1\n\n1. Member States shall cooperate.\n\n\
         2. States shall exchange information.\n\n3. States shall report every year.",
    );
    let labels = |d: &Document| -> Vec<(String, bool)> {
        d.segments
            .iter()
            .map(|s| {
                let label = s.label.as_ref().expect("every segment is labelled");
                (label.to_string(), label.written())
            })
            .collect()
    };
    assert_eq!(
        labels(&ar),
        [
            ("art1".to_owned(), true),
            ("art1.p1".to_owned(), true),
            ("art1.p2".to_owned(), true),
            ("art1.p3".to_owned(), false),
        ]
    );
    let mut distinct: Vec<_> = labels(&ar).into_iter().map(|(l, _)| l).collect();
    distinct.dedup();
    assert_eq!(distinct.len(), ar.segments.len());

    let set: BTreeMap<Lang, Document> = [(Lang::Ar, ar), (Lang::En, en)].into();
    let al = align(&set, &AlignOptions::default());
    assert_partition(&set, &al);
    for row in &al.rows {
        assert_eq!(row.cell(Lang::Ar), row.cell(Lang::En), "{row:?}");
    }
}
