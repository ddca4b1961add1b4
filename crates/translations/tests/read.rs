//! The reader on the bundled renderings of A/RES/51/60 and on generated input.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use proptest::prelude::*;
use sixfold_core::Lang;
use sixfold_translations::{Document, DocumentSet, SegmentKind, read_str};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../translations/A-RES-51-60")
}

fn read_bundled(lang: Lang) -> Document {
    let path = corpus_dir().join(format!("{}.md", lang.code()));
    let text = std::fs::read_to_string(&path).expect("the bundled rendering is readable");
    read_str(lang, &format!("translations/A-RES-51-60/{lang}.md"), &text)
}

fn labels(doc: &Document) -> Vec<String> {
    doc.segments
        .iter()
        .map(|s| {
            s.label
                .as_ref()
                .map_or_else(|| "-".into(), ToString::to_string)
        })
        .collect()
}

#[test]
fn english_article_7_is_one_paragraph_joined_across_the_page_break() {
    let doc = read_bundled(Lang::En);
    let p1 = doc
        .by_label("annex.art7.p1")
        .expect("article 7 has a paragraph");
    assert_eq!(p1.kind, SegmentKind::Paragraph);
    assert!(
        p1.text
            .contains("as well as the instrumentalities of such crime, and shall take"),
        "{}",
        p1.text
    );
    assert!(p1.text.ends_with("such as:"));
    assert!(doc.by_label("annex.art7.p2").is_none());
    let heading = doc.by_label("annex.art7").expect("article 7 has a heading");
    assert_eq!(heading.kind, SegmentKind::Heading);
    assert_eq!(heading.text, "Article 7");
    assert_eq!(p1.line, 80);
}

#[test]
fn english_article_7_has_four_items() {
    let doc = read_bundled(Lang::En);
    let items: Vec<_> = doc
        .of_kind(SegmentKind::Item)
        .map(|s| (s.label.as_ref().map(ToString::to_string), s.text.get(..3)))
        .collect();
    assert_eq!(
        items,
        [
            (Some("annex.art7.a".into()), Some("(a)")),
            (Some("annex.art7.b".into()), Some("(b)")),
            (Some("annex.art7.c".into()), Some("(c)")),
            (Some("annex.art7.d".into()), Some("(d)")),
        ]
    );
}

#[test]
fn english_footnotes_are_linked_to_their_markers() {
    let doc = read_bundled(Lang::En);
    let notes: Vec<_> = doc.of_kind(SegmentKind::Footnote).collect();
    let note_labels: Vec<_> = notes
        .iter()
        .filter_map(|s| s.label.as_ref().map(ToString::to_string))
        .collect();
    assert_eq!(
        note_labels,
        ["fn.1", "fn.2", "fn.3", "fn.4", "fn.5", "fn.6", "fn.7"]
    );
    assert_eq!(notes[0].text, "Resolution 50/6.");
    assert_eq!(
        notes[3].text,
        "United Nations, Treaty Series, vol. 520, No. 7515."
    );
    // Footnotes follow every body segment.
    let first_note = notes[0].index;
    assert!(
        doc.segments[first_note..]
            .iter()
            .all(|s| s.kind == SegmentKind::Footnote)
    );

    let cited: Vec<(String, &[u32])> = doc
        .segments
        .iter()
        .filter(|s| !s.footnote_refs.is_empty())
        .map(|s| {
            (
                s.label
                    .as_ref()
                    .map_or_else(|| "-".into(), ToString::to_string),
                s.footnote_refs.as_slice(),
            )
        })
        .collect();
    assert_eq!(
        cited,
        [
            ("annex.pre.1".to_owned(), &[1, 2, 3][..]),
            ("annex.art6.p1".to_owned(), &[4, 5, 6, 7][..])
        ]
    );
    let pre = doc
        .by_label("annex.pre.1")
        .expect("the annex has a preamble");
    assert!(
        pre.text
            .contains("United Nations, the Declaration on Measures")
    );
    assert!(pre.text.contains("International Terrorism and the Naples"));
}

#[test]
fn english_text_has_no_artifacts_or_markup() {
    let doc = read_bundled(Lang::En);
    for s in &doc.segments {
        for bad in ["---", "/...", "<sup>", "</sup>", "**", "#", "Page "] {
            assert!(
                !s.text.contains(bad),
                "{bad:?} in {:?}: {}",
                s.label,
                s.text
            );
        }
        assert_eq!(s.text, s.text.trim());
        assert!(!s.text.contains("  "));
    }
    for (i, s) in doc.segments.iter().enumerate() {
        assert_eq!(s.index, i);
    }
}

#[test]
fn english_structure() {
    let doc = read_bundled(Lang::En);
    let title = doc.by_label("title").expect("there is a title");
    assert_eq!(title.kind, SegmentKind::Title);
    assert_eq!(
        title.text,
        "51/60. United Nations Declaration on Crime and Public Security"
    );
    assert_eq!(title.line, 20);
    for n in 1..=5_usize {
        let op = doc
            .by_label(&format!("op.{n}"))
            .expect("operative paragraph");
        assert_eq!(op.kind, SegmentKind::Paragraph);
        assert!(op.text.starts_with(&format!("{n}. ")));
        assert_eq!(op.line, 26 + n);
    }
    for n in 1..=11 {
        let article = doc
            .by_label(&format!("annex.art{n}"))
            .expect("article heading");
        assert_eq!(article.text, format!("Article {n}"));
        assert!(doc.by_label(&format!("annex.art{n}.p1")).is_some());
    }
    let header: Vec<_> = doc
        .of_kind(SegmentKind::Header)
        .map(|s| {
            (
                s.label
                    .as_ref()
                    .map_or_else(|| "-".into(), ToString::to_string),
                s.text.as_str(),
            )
        })
        .collect();
    assert_eq!(
        header,
        [
            ("header.organ".to_owned(), "General Assembly"),
            ("header.distribution".to_owned(), "Distr. GENERAL"),
            ("header.symbol".to_owned(), "A/RES/51/60 28 January 1997"),
            (
                "header.session".to_owned(),
                "Fifty-first session Agenda item 101"
            ),
            (
                "header.adopted".to_owned(),
                "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY"
            ),
            (
                "header.report".to_owned(),
                "[on the report of the Third Committee (A/51/610)]"
            ),
        ]
    );
    let closing = doc.by_label("closing").expect("closing lines");
    assert_eq!(closing.text, "82nd plenary meeting 12 December 1996");
    assert_eq!(
        doc.by_label("annex").map(|s| s.kind),
        Some(SegmentKind::Heading)
    );
    assert_eq!(
        doc.by_label("annex.title").map(|s| s.kind),
        Some(SegmentKind::Title)
    );
    assert_eq!(
        doc.by_label("annex.formula").map(|s| s.text.as_str()),
        Some("The General Assembly,")
    );
    assert!(doc.by_label("annex.pre.2").is_some());
    assert!(doc.segments.iter().all(|s| s.label.is_some()));
}

/// Languages whose rendering is bundled; the working translations are added as they are
/// written, so the tests cover whatever is present.
fn bundled_langs() -> Vec<Lang> {
    Lang::ALL
        .into_iter()
        .filter(|l| corpus_dir().join(format!("{}.md", l.code())).is_file())
        .collect()
}

#[test]
fn every_rendering_has_the_english_structure() {
    let english = labels(&read_bundled(Lang::En));
    let mut problems = Vec::new();
    for lang in bundled_langs() {
        let doc = read_bundled(lang);
        let got = labels(&doc);
        if got != english {
            let at = got
                .iter()
                .zip(&english)
                .position(|(a, b)| a != b)
                .unwrap_or(got.len().min(english.len()));
            let line = doc.segments.get(at).map_or(0, |s| s.line);
            problems.push(format!(
                "{lang}.md line {line}: segment {at} is {:?}, English has {:?}",
                got.get(at),
                english.get(at)
            ));
        }
        for s in &doc.segments {
            for bad in ["---", "/...", "<sup>", "**", "#"] {
                assert!(!s.text.contains(bad), "{lang}: {bad:?} in {:?}", s.label);
            }
        }
        let kinds: Vec<_> = doc.segments.iter().map(|s| s.kind).collect();
        let english_kinds: Vec<_> = read_bundled(Lang::En)
            .segments
            .iter()
            .map(|s| s.kind)
            .collect();
        if got == english {
            assert_eq!(kinds, english_kinds, "{lang}");
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_rendering_cites_the_same_footnotes_in_the_same_places() {
    let cites = |doc: &Document| -> Vec<(String, Vec<u32>)> {
        doc.segments
            .iter()
            .filter(|s| !s.footnote_refs.is_empty())
            .map(|s| {
                (
                    s.label
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                    s.footnote_refs.clone(),
                )
            })
            .collect()
    };
    let english = cites(&read_bundled(Lang::En));
    for lang in bundled_langs() {
        assert_eq!(cites(&read_bundled(lang)), english, "{lang}");
    }
}

#[test]
fn snapshots_of_every_bundled_rendering() {
    insta::glob!("../../../translations/A-RES-51-60", "*.md", |path| {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let lang: Lang = name
            .trim_end_matches(".md")
            .parse()
            .expect("bundled renderings are named <lang>.md");
        let text = std::fs::read_to_string(path).expect("the bundled rendering is readable");
        let doc = read_str(lang, &format!("translations/A-RES-51-60/{name}"), &text);
        insta::with_settings!({ omit_expression => true, prepend_module_to_snapshot => false }, {
            insta::assert_json_snapshot!("rendering", doc);
        });
    });
}

#[test]
fn the_bundled_folder_loads_as_a_set() {
    let set = DocumentSet::load_dir(&corpus_dir()).expect("the bundled folder loads");
    assert_eq!(set.slug, "A-RES-51-60");
    assert_eq!(
        set.docs.keys().copied().collect::<Vec<_>>(),
        bundled_langs()
    );
    assert_eq!(set.symbol(), Some("A/RES/51/60"));
    assert_eq!(
        set.meta.is_some(),
        corpus_dir().join("document.toml").is_file()
    );
    for (lang, doc) in &set.docs {
        assert_eq!(doc, &read_bundled(*lang).clone_with_source(&doc.source));
    }
}

/// Comparing documents read from different sources needs the same `source`.
trait WithSource {
    fn clone_with_source(self, source: &str) -> Document;
}

impl WithSource for Document {
    fn clone_with_source(mut self, source: &str) -> Document {
        source.clone_into(&mut self.source);
        self
    }
}

/// A word of letters from one of the six scripts, never starting like a number, a
/// subparagraph marker, a heading or an artifact.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Zéèçà]{1,10}",
        "[а-яА-ЯёЁ]{1,10}",
        "[\u{4e00}-\u{9fa5}]{1,6}",
        "[\u{0621}-\u{064a}]{1,8}",
    ]
}

/// A line of words with punctuation, emphasis and footnote markers sprinkled in.
fn line() -> impl Strategy<Value = String> {
    (
        prop::collection::vec((word(), "[ ,;:.،，]?", any::<bool>()), 1..12),
        prop::option::of(1u32..20),
        "(  )?",
    )
        .prop_map(|(words, note, hard_break)| {
            let mut out = String::new();
            for (i, (w, punct, bold)) in words.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                if *bold {
                    write!(out, "**{w}**").expect("writing to a String cannot fail");
                } else {
                    out.push_str(w);
                }
                out.push_str(punct);
            }
            if let Some(n) = note {
                write!(out, "<sup>{n}</sup>").expect("writing to a String cannot fail");
            }
            out.push_str(&hard_break);
            out
        })
}

fn block() -> impl Strategy<Value = String> {
    prop::collection::vec(line(), 1..4).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_on_arbitrary_text(text in "\\PC*", lang in prop::sample::select(Lang::ALL.to_vec())) {
        let doc = read_str(lang, "arbitrary", &text);
        for (i, s) in doc.segments.iter().enumerate() {
            prop_assert_eq!(s.index, i);
            prop_assert!(!s.text.is_empty());
        }
    }

    #[test]
    fn never_panics_on_markdownish_text(
        parts in prop::collection::vec(
            prop_oneof![
                Just("\n".to_owned()), Just("\n\n".to_owned()), Just("---".to_owned()),
                Just("/...".to_owned()), Just("<sup>3</sup>".to_owned()), Just("<sup>".to_owned()),
                Just("<!--".to_owned()), Just("-->".to_owned()), Just("**".to_owned()),
                Just("#### ".to_owned()), Just("1. ".to_owned()), Just("(a) ".to_owned()),
                Just("51/60. ".to_owned()), Just("A/RES/51/60\nPage 2".to_owned()),
                Just("Article 7".to_owned()), Just("ANNEX".to_owned()), Just("第十一条".to_owned()),
                Just("  ".to_owned()), Just("\r\n".to_owned()), "\\PC{0,12}",
            ],
            0..40,
        ),
        lang in prop::sample::select(Lang::ALL.to_vec()),
    ) {
        let text = parts.concat();
        let doc = read_str(lang, "generated", &text);
        let lines = text.split('\n').count();
        for s in &doc.segments {
            prop_assert!(s.line >= 1 && s.line <= lines, "line {} of {}", s.line, lines);
        }
    }

    #[test]
    fn clean_blocks_stay_one_segment_each(
        blocks in prop::collection::vec(block(), 1..20),
        lang in prop::sample::select(Lang::ALL.to_vec()),
        separator in prop::sample::select(vec!["\n\n", "\n\n\n", "\n  \n"]),
    ) {
        let text = blocks.join(separator);
        let doc = read_str(lang, "clean", &text);
        prop_assert_eq!(doc.segments.len(), blocks.len(), "{:?}", doc.segments);
        // Each segment starts on the first line of its block.
        let mut expected_line = 1;
        for (s, b) in doc.segments.iter().zip(&blocks) {
            prop_assert_eq!(s.line, expected_line);
            expected_line += b.split('\n').count() + separator.matches('\n').count() - 1;
        }
    }
}
