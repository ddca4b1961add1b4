//! Reading a new version of a rendering from where the read of an earlier version stops
//! depending on what changed: a git history reads thousands of versions that differ by a
//! paragraph or two.
//!
//! The reader's first stages (lines, furniture, blocks, pages, units, shapes) look at the
//! whole text and run on every version. The classifier that turns pieces into segments
//! (the masthead, headings, numbering, the preamble and the operative part) is a state
//! machine that reads one piece after the other and never looks ahead: its state before a
//! piece is a function of the state it started in and the pieces before. So when the new
//! version's classifier starts in the same state and its first pieces are the earlier
//! version's (the same lines, line numbers, furniture marks, page breaks and shapes), its
//! state before the first piece that differs is the earlier read's state there, kept as a
//! checkpoint. The classifier continues from that checkpoint; everything after it, and
//! the footnotes at the end, is computed as in a full read, so the segments are the same.

use std::sync::Arc;

use sixfold_core::Lang;
use unicode_normalization::UnicodeNormalization;

use super::memo::LineMemo;
use super::{Builder, Piece, Shape, prepare};
use crate::model::{Document, Segment};

/// A line of a piece, owned: everything the classifier reads of it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct KeptLine {
    no: usize,
    text: String,
    key: Option<Arc<str>>,
    furniture: bool,
}

/// A piece and its shape, owned.
#[derive(Debug, Clone, PartialEq, Eq)]
struct KeptPiece {
    lines: Vec<KeptLine>,
    after_break: bool,
    shape: Shape,
}

impl KeptPiece {
    fn of(piece: &Piece<'_>, shape: &Shape) -> Self {
        KeptPiece {
            lines: piece
                .lines
                .iter()
                .map(|l| KeptLine {
                    no: l.no,
                    text: l.text.to_string(),
                    key: l.key.clone(),
                    furniture: l.furniture,
                })
                .collect(),
            after_break: piece.after_break,
            shape: shape.clone(),
        }
    }
}

/// The classifier before a piece: its state without the segments, how many segments it
/// had made, and the last of them as it was then (a piece may still extend it).
#[derive(Debug, Clone)]
struct Checkpoint {
    state: Builder,
    made: usize,
    last: Option<Segment>,
}

impl Checkpoint {
    fn of(builder: &mut Builder) -> Self {
        // The state is cloned without its segments: they are kept once, in `built`.
        let segments = std::mem::take(&mut builder.segments);
        let state = builder.clone();
        builder.segments = segments;
        Checkpoint {
            state,
            made: builder.segments.len(),
            last: builder.segments.last().cloned(),
        }
    }

    /// The classifier in this state again, its segments taken from `built` (the segments
    /// the same read made in the end, before the footnotes: a segment before the last is
    /// never changed afterwards).
    fn restore(&self, built: &[Segment]) -> Option<Builder> {
        let mut builder = self.state.clone();
        if let Some(last) = &self.last {
            builder.segments = built.get(..self.made.checked_sub(1)?)?.to_vec();
            builder.segments.push(last.clone());
        }
        Some(builder)
    }
}

/// What [`read_str_resuming`] keeps of a read for reading the next version.
#[derive(Debug, Clone)]
pub struct ReadState {
    lang: Lang,
    /// The classifier as the read's pieces set it up, before the first piece.
    start: Builder,
    pieces: Vec<KeptPiece>,
    /// Before each piece, and after the last.
    checkpoints: Vec<Checkpoint>,
    /// The classifier's segments, before the footnotes were added.
    built: Vec<Segment>,
    /// Pieces taken from the earlier read rather than classified.
    resumed: usize,
    /// What the whole-text stages asked of each line and piece.
    memo: LineMemo,
}

impl ReadState {
    /// How many pieces this read took from the earlier one instead of classifying them.
    #[must_use]
    pub fn resumed_pieces(&self) -> usize {
        self.resumed
    }
}

/// [`super::read_str`], continuing the classifier from the read of an earlier version
/// (`earlier`, in the same language) up to the first piece that differs: the same
/// document. Returns the state to give the next version.
#[must_use]
pub fn read_str_resuming(
    lang: Lang,
    source: &str,
    text: &str,
    earlier: Option<&ReadState>,
) -> (Document, ReadState) {
    if sixfold_l10n::is_nfc(text) {
        read_nfc_resuming(lang, source, text, earlier)
    } else {
        read_nfc_resuming(lang, source, &text.nfc().collect::<String>(), earlier)
    }
}

fn read_nfc_resuming(
    lang: Lang,
    source: &str,
    text: &str,
    earlier: Option<&ReadState>,
) -> (Document, ReadState) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let memo = earlier.filter(|e| e.lang == lang).map(|e| &e.memo);
    let (prepared, memo) = prepare(lang, text, memo, true);
    let memo = memo.unwrap_or_default();
    let start = prepared.builder.clone();
    let pieces: Vec<KeptPiece> = prepared
        .pieces
        .iter()
        .zip(&prepared.shapes)
        .map(|(p, s)| KeptPiece::of(p, s))
        .collect();
    let earlier = earlier.filter(|e| e.lang == lang && e.start == start);
    let same = earlier.map_or(0, |e| {
        e.pieces
            .iter()
            .zip(&pieces)
            .take_while(|(a, b)| a == b)
            .count()
    });
    let resumed = earlier.and_then(|e| {
        let restored = e.checkpoints.get(same)?.restore(&e.built)?;
        Some((restored, e.checkpoints.get(..=same)?.to_vec()))
    });
    let (mut builder, mut checkpoints, from) = if let Some((builder, kept)) = resumed {
        (builder, kept, same)
    } else {
        let mut builder = prepared.builder;
        let first = Checkpoint::of(&mut builder);
        (builder, vec![first], 0)
    };
    for (i, (piece, shape)) in prepared
        .pieces
        .iter()
        .zip(prepared.shapes)
        .enumerate()
        .skip(from)
    {
        builder.piece(i, piece, shape);
        checkpoints.push(Checkpoint::of(&mut builder));
    }
    let built = builder.segments.clone();
    let doc = builder.finish(source, prepared.footnotes);
    let state = ReadState {
        lang,
        start,
        pieces,
        checkpoints,
        built,
        resumed: from,
        memo,
    };
    (doc, state)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random_edits::{Lcg, edit};
    use crate::read::read_str;
    use std::path::{Path, PathBuf};

    /// Real renderings: the bundled documents, the UN Parallel Corpus fixtures and the
    /// 2025 resolutions, each with its language.
    fn real_texts() -> Vec<(Lang, PathBuf)> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut folders: Vec<PathBuf> = Vec::new();
        for base in [
            root.join("../../translations"),
            root.join("tests/real/unpc"),
        ] {
            if let Ok(entries) = std::fs::read_dir(base) {
                folders.extend(entries.filter_map(|e| e.ok().map(|e| e.path())));
            }
        }
        folders.sort();
        let mut out: Vec<(Lang, PathBuf)> = folders
            .iter()
            .flat_map(|f| {
                Lang::ALL
                    .into_iter()
                    .map(move |l| (l, f.join(format!("{}.md", l.code()))))
            })
            .filter(|(_, p)| p.is_file())
            .collect();
        if let Ok(entries) = std::fs::read_dir(root.join("tests/real/ga-res-80-en")) {
            let mut resolutions: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "md"))
                .collect();
            resolutions.sort();
            out.extend(resolutions.into_iter().map(|p| (Lang::En, p)));
        }
        out
    }

    /// Every version read from the one before is the version read on its own, over
    /// chains of random edits of every real rendering the repository holds; and pieces
    /// were taken from the earlier read along the way.
    #[test]
    fn a_version_read_from_the_one_before_is_read_the_same() {
        let texts = real_texts();
        assert!(texts.len() > 40, "the real renderings are needed");
        let (mut resumed, mut versions) = (0, 0);
        for (n, (lang, path)) in texts.iter().enumerate() {
            let mut text = std::fs::read_to_string(path).unwrap();
            let mut rng = Lcg(n as u64 + 1);
            let (_, mut state) = read_str_resuming(*lang, "v0", &text, None);
            for step in 1..10 {
                text = edit(&mut rng, &text);
                let source = format!("v{step}");
                let (doc, next) = read_str_resuming(*lang, &source, &text, Some(&state));
                assert_eq!(
                    doc,
                    read_str(*lang, &source, &text),
                    "{} step {step}",
                    path.display()
                );
                resumed += next.resumed_pieces();
                versions += 1;
                state = next;
            }
        }
        assert!(
            resumed > versions,
            "{resumed} pieces resumed over {versions} versions"
        );
        // Another language's read is never continued.
        let (_, fr) = read_str_resuming(Lang::Fr, "t", "Rappelant,\n\n1. Décide.", None);
        let (_, es) = read_str_resuming(Lang::Es, "t", "Rappelant,\n\n1. Décide.", Some(&fr));
        assert_eq!(es.resumed_pieces(), 0);
        assert_eq!(es.memo.taken(), (0, 0));
    }

    /// What the whole-text stages hand the classifier, owned and comparable.
    fn prepared_view(p: &super::super::Prepared<'_>) -> (Vec<KeptPiece>, String, Builder) {
        let pieces = p
            .pieces
            .iter()
            .zip(&p.shapes)
            .map(|(p, s)| KeptPiece::of(p, s))
            .collect();
        (pieces, format!("{:?}", p.footnotes), p.builder.clone())
    }

    /// Pairs of versions made to meet each way an answer could be taken wrongly: a
    /// later line of a piece changed under the same first line (the piece's shape changes
    /// from numbered lines to one numbered paragraph), one of two repeated footer lines
    /// changed (the other stops being furniture although its text is the same), a comment
    /// opened earlier (the same raw lines lose their text), lines added before unchanged
    /// ones.
    #[test]
    fn versions_made_to_mislead_the_stages_answer_the_same() {
        let title = "A/RES/1/1\n\n1/1. A title\n\nThe General Assembly,\n\n";
        let pairs = [
            ("1. First\n2. Second\n\nEnd.", "1. First\nSecond\n\nEnd."),
            (
                "Text.\n\nFooter words here\n\nMore.\n\nFooter words here\n\nLast.",
                "Text.\n\nFooter words here\n\nMore.\n\nFooter words there\n\nLast.",
            ),
            ("One.\n\nTwo.\n\nThree.", "One.\n\n<!-- Two.\n\nThree. -->"),
            ("One.\n\nTwo.", "Zero.\n\nHalf.\n\nOne.\n\nTwo."),
        ];
        for (before, after) in pairs {
            let (before, after) = (format!("{title}{before}"), format!("{title}{after}"));
            let (_, memo) = prepare(Lang::En, &before, None, true);
            let (alone, _) = prepare(Lang::En, &after, None, false);
            let (resumed, next) = prepare(Lang::En, &after, memo.as_ref(), true);
            assert_eq!(prepared_view(&resumed), prepared_view(&alone), "{after}");
            assert!(next.is_some_and(|m| m.taken().0 > 4), "{after}");
        }
    }

    /// The whole-text stages with each line's and piece's answers taken from the read
    /// of the version before hand the classifier what they hand it on their own (lines,
    /// line numbers, matching forms, furniture marks, page breaks, shapes, footnotes,
    /// the classifier's set-up), over chains of random edits of every real rendering;
    /// and most lines and shapes were taken along the way.
    #[test]
    fn the_stages_before_the_classifier_answer_the_same_from_the_version_before() {
        let texts = real_texts();
        assert!(texts.len() > 40, "the real renderings are needed");
        let (mut lines, mut shapes, mut all_lines, mut all_shapes) = (0, 0, 0, 0);
        for (n, (lang, path)) in texts.iter().enumerate() {
            let mut text = std::fs::read_to_string(path).unwrap();
            let mut rng = Lcg(n as u64 + 101);
            let (_, mut memo) = prepare(*lang, &text, None, true);
            for step in 1..10 {
                text = edit(&mut rng, &text);
                let (alone, _) = prepare(*lang, &text, None, false);
                let (resumed, next) = prepare(*lang, &text, memo.as_ref(), true);
                assert_eq!(
                    prepared_view(&resumed),
                    prepared_view(&alone),
                    "{} step {step}",
                    path.display()
                );
                let next = next.expect("a memo is kept");
                lines += next.taken().0;
                shapes += next.taken().1;
                all_lines += text.split('\n').count();
                all_shapes += alone.shapes.len();
                memo = Some(next);
            }
        }
        assert!(
            lines * 10 > all_lines * 9 && shapes * 10 > all_shapes * 9,
            "{lines} of {all_lines} lines and {shapes} of {all_shapes} shapes taken"
        );
    }
}
