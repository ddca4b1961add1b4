//! Reading a new version of a rendering from the read of an earlier version: a git
//! history reads thousands of versions that differ by a paragraph or two.
//!
//! The reader's first stages (lines, furniture, blocks, pages, units, shapes) look at the
//! whole text and run on every version (what they ask of each line is taken from the
//! earlier read, see `memo`). The classifier that turns pieces into segments (the
//! masthead, headings, numbering, the preamble and the operative part) is a state machine
//! that reads one piece after the other and never looks ahead: what it does with a piece
//! depends on the piece, its state before it (which includes the last segment, as a
//! piece may extend it) and, only up to the piece after the title, the piece's index.
//! So the read continues from the earlier read twice:
//!
//! - **Before the change.** When the classifier starts in the same state and the new
//!   version's first pieces are the earlier version's (lines of the same texts at the
//!   same line numbers, the same page breaks and shapes), its state before the first
//!   piece that differs is the earlier read's state there, kept as a checkpoint.
//! - **After the change.** The pieces from some point to the end may be the earlier
//!   version's last pieces, their lines moved by the lines added or removed. Once the
//!   classifier, working through the changed pieces, reaches one of them in the state the
//!   earlier read was in before the same piece, it would do what the earlier read did
//!   from there: the earlier read's segments from that piece on are taken, their line
//!   numbers moved and their indices renumbered. Until then (a changed heading renumbers
//!   what follows, a changed ending decides whether the next paragraph continues it) the
//!   pieces are classified one by one.
//!
//! The footnotes at the end are computed as in a full read. Pieces are told apart
//! without copying their lines: two lines are the same when the memo matched them (equal
//! texts), which `memo` records for every line.
//!
//! The NFC check is cut the same way: NFC is decided line by line (a line break never
//! composes with a neighbour and resets the canonical order), so when the earlier text
//! passed the check, only the lines of the new text that differ from it are checked.

use std::borrow::Cow;
use std::sync::Arc;

use sixfold_core::Lang;
use unicode_normalization::UnicodeNormalization;

use super::memo::LineMemo;
use super::{Builder, Piece, Shape, prepare};
use crate::input::{common_prefix, common_suffix};
use crate::model::{Document, Segment};

/// Where a piece's lines are in the text read and what the classifier reads of it besides
/// their texts (the shapes are kept beside the pieces).
#[derive(Debug, Clone, PartialEq, Eq)]
struct KeptPiece {
    /// The index (from 0) of its first line.
    first: usize,
    lines: usize,
    /// Its lines follow each other and none is furniture. Every piece the reader makes is
    /// so (blocks are runs of lines; furniture lines are dropped); one that is not is
    /// never taken as the same as another.
    plain: bool,
    after_break: bool,
}

impl KeptPiece {
    fn of(piece: &Piece<'_>) -> Self {
        let first = piece.lines.first().map_or(0, |l| l.no.saturating_sub(1));
        let plain = !piece.lines.is_empty()
            && piece
                .lines
                .iter()
                .zip(first + 1..)
                .all(|(l, no)| l.no == no && !l.furniture);
        KeptPiece {
            first,
            lines: piece.lines.len(),
            plain,
            after_break: piece.after_break,
        }
    }
}

/// Whether a piece of the new version (its lines matched to the earlier read's by
/// `memo`) is a piece of the earlier version as the classifier sees it: the same page
/// break and shape, and lines of the same texts in the same order, `shift` lines further
/// down (0 before the change, the lines added or removed after it).
fn same_piece(
    memo: &LineMemo,
    (new, new_shape): (&KeptPiece, &Shape),
    (old, old_shape): (&KeptPiece, &Shape),
    shift: isize,
) -> bool {
    new.plain
        && old.plain
        && new.lines == old.lines
        && new.after_break == old.after_break
        && old.first.checked_add_signed(shift) == Some(new.first)
        && new_shape == old_shape
        && (0..new.lines).all(|k| memo.came_from(new.first + k) == Some(old.first + k))
}

/// The classifier before a piece: its state without the segments, how many segments it
/// had made, and how long the last of them was then.
#[derive(Debug, Clone)]
struct Checkpoint {
    /// Shared by the later reads that take the checkpoint over.
    state: Arc<Builder>,
    made: usize,
    /// The length of the last segment's text and footnote calls. A piece changes no
    /// segment but the last, and that one only by appending text and calls, so the last
    /// segment as it was is the read's final segment cut to these lengths.
    last: (usize, usize),
}

impl Checkpoint {
    fn of(builder: &mut Builder) -> Self {
        // The state is kept without its segments: they are kept once, in `built`.
        let segments = std::mem::take(&mut builder.segments);
        let state = Arc::new(builder.clone());
        builder.segments = segments;
        let last = builder
            .segments
            .last()
            .map_or((0, 0), |s| (s.text.len(), s.footnote_refs.len()));
        Checkpoint {
            state,
            made: builder.segments.len(),
            last,
        }
    }

    /// The classifier in this state again, its segments taken from `built` (the segments
    /// the same read made in the end, before the footnotes).
    fn restore(&self, built: &[Segment]) -> Option<Builder> {
        let mut builder = (*self.state).clone();
        builder.segments = built.get(..self.made)?.to_vec();
        if let Some(last) = builder.segments.last_mut() {
            let (text, calls) = self.last;
            if !last.text.is_char_boundary(text) || last.footnote_refs.len() < calls {
                return None;
            }
            last.text.truncate(text);
            last.footnote_refs.truncate(calls);
        }
        Some(builder)
    }

    /// Whether `builder` is in this state (`built`: the segments of the read the
    /// checkpoint comes from): the same state but for the segments, and the same last
    /// segment as far as the classifier reads it (kind, label, text and footnote calls;
    /// not where it is).
    fn holds(&self, builder: &mut Builder, built: &[Segment]) -> bool {
        let segments = std::mem::take(&mut builder.segments);
        let same_state = *self.state == *builder;
        builder.segments = segments;
        if !same_state {
            return false;
        }
        let earlier = self.made.checked_sub(1).and_then(|k| built.get(k));
        match (builder.segments.last(), earlier) {
            (None, None) => true,
            (Some(now), Some(then)) => {
                now.kind == then.kind
                    && now.label == then.label
                    && then.text.get(..self.last.0) == Some(now.text.as_str())
                    && then.footnote_refs.get(..self.last.1) == Some(&now.footnote_refs[..])
            }
            _ => false,
        }
    }
}

/// What [`read_str_resuming`] keeps of a read for reading the next version.
#[derive(Debug, Clone)]
pub struct ReadState {
    lang: Lang,
    /// The text read, when it passed the NFC check as it came.
    nfc_text: Option<String>,
    /// The classifier as the read's pieces set it up, before the first piece.
    start: Builder,
    pieces: Vec<KeptPiece>,
    shapes: Vec<Shape>,
    /// Before each piece, and after the last.
    checkpoints: Vec<Checkpoint>,
    /// The classifier's segments, before the footnotes were added.
    built: Vec<Segment>,
    /// Pieces taken from the earlier read rather than classified.
    resumed: usize,
    /// Of those, the pieces after the change.
    after_change: usize,
    /// What the whole-text stages asked of each line and piece.
    memo: LineMemo,
}

impl ReadState {
    /// How many pieces this read took from the earlier one instead of classifying them.
    #[must_use]
    pub fn resumed_pieces(&self) -> usize {
        self.resumed
    }

    /// The text read, when it was in NFC as it came (the reader checked it): its
    /// [`sixfold_core::content_digest`] is the SHA-256 of the text itself
    /// ([`sixfold_core::content_digest_of_nfc`]).
    #[must_use]
    pub fn nfc_text(&self) -> Option<&str> {
        self.nfc_text.as_deref()
    }

    /// Of [`ReadState::resumed_pieces`], how many came after the pieces that changed.
    #[must_use]
    pub fn pieces_after_change(&self) -> usize {
        self.after_change
    }
}

/// [`super::read_str`], continuing the classifier from the read of an earlier version
/// (`earlier`, in the same language) before and after the pieces that differ: the same
/// document. Returns the state to give the next version.
#[must_use]
pub fn read_str_resuming(
    lang: Lang,
    source: &str,
    text: &str,
    earlier: Option<&ReadState>,
) -> (Document, ReadState) {
    let built = earlier.map(|e| Cow::Borrowed(&e.built[..]));
    read_text(lang, source, Cow::Borrowed(text), earlier, built)
}

/// [`read_str_resuming`], taking the text and the earlier read's state: the segments
/// after the change are moved from it instead of copied, and the text is kept for the
/// next version's NFC check without a copy.
#[must_use]
pub fn read_str_continuing(
    lang: Lang,
    source: &str,
    text: String,
    earlier: Option<ReadState>,
) -> (Document, ReadState) {
    let mut earlier = earlier;
    let built = earlier
        .as_mut()
        .map(|e| Cow::Owned(std::mem::take(&mut e.built)));
    read_text(lang, source, Cow::Owned(text), earlier.as_ref(), built)
}

/// The NFC check, then the read; `built` is the earlier read's segments (its own, or
/// taken out of it).
fn read_text(
    lang: Lang,
    source: &str,
    text: Cow<'_, str>,
    earlier: Option<&ReadState>,
    built: Option<Cow<'_, [Segment]>>,
) -> (Document, ReadState) {
    let nfc = match earlier.and_then(|e| e.nfc_text.as_deref()) {
        Some(before) => is_nfc_beside(before, &text),
        None => sixfold_l10n::is_nfc(&text),
    };
    let earlier = earlier.zip(built);
    if nfc {
        let (doc, mut state) = read_nfc_resuming(lang, source, &text, earlier);
        state.nfc_text = Some(text.into_owned());
        (doc, state)
    } else {
        read_nfc_resuming(lang, source, &text.nfc().collect::<String>(), earlier)
    }
}

/// [`sixfold_l10n::is_nfc`] of `text`, given a text `before` that passed it: only the
/// lines between the longest common start and end of the two are checked. The check is
/// decided line by line (a line break is a starter that composes with nothing, so it
/// resets the canonical order and ends every composition), and the lines before and after
/// those are lines of `before`.
fn is_nfc_beside(before: &str, text: &str) -> bool {
    let (a, b) = (before.as_bytes(), text.as_bytes());
    let prefix = common_prefix(a, b);
    let suffix = common_suffix(
        a.get(prefix..).unwrap_or(&[]),
        b.get(prefix..).unwrap_or(&[]),
    );
    // Whole lines: back to the start of the line the difference starts in, on to the end
    // of the line it ends in.
    let start = b
        .get(..prefix)
        .and_then(|p| p.iter().rposition(|&c| c == b'\n'))
        .map_or(0, |k| k + 1);
    let end_from = b.len() - suffix;
    let end = b
        .get(end_from..)
        .and_then(|s| s.iter().position(|&c| c == b'\n'))
        .map_or(b.len(), |k| end_from + k);
    text.get(start..end)
        .map_or_else(|| sixfold_l10n::is_nfc(text), sixfold_l10n::is_nfc)
}

/// Whether the classifier, before piece `i` of the new version, may do from there what
/// it did from piece `j` of the earlier one, as far as the pieces' indices go: the index
/// is only compared with the title's, so past the piece after the title any two indices
/// answer alike.
fn indices_answer_alike(title_at: Option<usize>, i: usize, j: usize) -> bool {
    i == j || title_at.is_none_or(|t| i > t + 1 && j > t + 1)
}

#[allow(clippy::too_many_lines)] // One read: prepare, compare, classify, splice.
fn read_nfc_resuming(
    lang: Lang,
    source: &str,
    text: &str,
    earlier: Option<(&ReadState, Cow<'_, [Segment]>)>,
) -> (Document, ReadState) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (earlier, old_built) = earlier.unzip();
    let old_built = old_built.unwrap_or_default();
    let memo = earlier.filter(|e| e.lang == lang).map(|e| &e.memo);
    let (prepared, memo) = prepare(lang, text, memo, true);
    let memo = memo.unwrap_or_default();
    let super::Prepared {
        pieces: prepared_pieces,
        footnotes,
        shapes,
        builder: start,
    } = prepared;
    let pieces: Vec<KeptPiece> = prepared_pieces.iter().map(KeptPiece::of).collect();
    let earlier = earlier.filter(|e| e.lang == lang && e.start == start);
    let n = pieces.len();
    // Lines added (or, negative, removed) by the change: where the pieces after it moved.
    let shift = earlier.map_or(0, |e| {
        isize::try_from(memo.lines()).unwrap_or(0) - isize::try_from(e.memo.lines()).unwrap_or(0)
    });
    // How many pieces at the start are the earlier version's, and at the end (moved).
    let (same, tail) = earlier.map_or((0, 0), |e| {
        let new = pieces.iter().zip(&shapes);
        let old = e.pieces.iter().zip(&e.shapes);
        let same = new
            .clone()
            .zip(old.clone())
            .take_while(|&(a, b)| same_piece(&memo, a, b, 0))
            .count();
        let tail = new
            .rev()
            .zip(old.rev())
            .take_while(|&(a, b)| same_piece(&memo, a, b, shift))
            .count();
        (same, tail)
    });
    let resumed = earlier.and_then(|e| {
        let restored = e.checkpoints.get(same)?.restore(&old_built)?;
        Some((restored, e.checkpoints.get(..=same)?.to_vec()))
    });
    let (mut builder, mut checkpoints, from) = if let Some((builder, kept)) = resumed {
        (builder, kept, same)
    } else {
        let mut builder = start.clone();
        let first = Checkpoint::of(&mut builder);
        (builder, vec![first], 0)
    };
    let mut after_change = 0;
    let mut joined = None;
    for (i, (piece, shape)) in prepared_pieces.iter().zip(&shapes).enumerate().skip(from) {
        if let Some(e) = earlier.filter(|_| i + tail >= n) {
            // The earlier read's piece with as many pieces after it.
            let j = e.pieces.len() + i - n;
            if indices_answer_alike(builder.title_at, i, j)
                && e.checkpoints
                    .get(j)
                    .is_some_and(|c| c.holds(&mut builder, &old_built))
            {
                joined = Some((e, i, j));
                break;
            }
        }
        builder.piece(i, piece, shape.clone());
        checkpoints.push(Checkpoint::of(&mut builder));
    }
    if let Some((e, i, j)) = joined {
        // From here the classifier does what the earlier read did: its segments, the last
        // one finished as the earlier read finished it, the later ones renumbered and
        // moved with their lines.
        let made_then = e.checkpoints.get(j).map_or(0, |c| c.made);
        let made_now = builder.segments.len();
        let finished = made_then.checked_sub(1).and_then(|k| old_built.get(k));
        if let (Some(last), Some(finished)) = (builder.segments.last_mut(), finished) {
            last.text.clone_from(&finished.text);
            last.footnote_refs.clone_from(&finished.footnote_refs);
        }
        // Moved when the earlier read was given away, copied when lent.
        let later = match old_built {
            Cow::Owned(mut all) if made_then <= all.len() => all.split_off(made_then),
            other => other.get(made_then..).unwrap_or_default().to_vec(),
        };
        for mut segment in later {
            segment.index = builder.segments.len();
            // Cannot fail: the segment's line is a line of a piece that moved by `shift`.
            segment.line = segment
                .line
                .checked_add_signed(shift)
                .unwrap_or(segment.line);
            builder.segments.push(segment);
        }
        checkpoints.extend(
            e.checkpoints
                .get(j + 1..)
                .unwrap_or_default()
                .iter()
                .map(|c| Checkpoint {
                    state: Arc::clone(&c.state),
                    made: c.made + made_now - made_then,
                    last: c.last,
                }),
        );
        after_change = n - i;
    }
    let built = builder.segments.clone();
    let doc = builder.finish(source, footnotes);
    let state = ReadState {
        lang,
        nfc_text: None,
        start,
        pieces,
        shapes,
        checkpoints,
        built,
        resumed: from + after_change,
        after_change,
        memo,
    };
    (doc, state)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random_edits::{Lcg, edit, real_renderings};
    use crate::read::read_str;

    /// Every version read from the one before is the version read on its own, over
    /// chains of random edits of every real rendering the repository holds, the earlier
    /// read lent ([`read_str_resuming`]) or given ([`read_str_continuing`]) in turn; and
    /// pieces were taken from the earlier read along the way, after the change too.
    #[test]
    fn a_version_read_from_the_one_before_is_read_the_same() {
        let texts = real_renderings();
        assert!(texts.len() > 40, "the real renderings are needed");
        let (mut resumed, mut after, mut versions) = (0, 0, 0);
        for (n, (lang, path)) in texts.iter().enumerate() {
            let mut text = std::fs::read_to_string(path).unwrap();
            let mut rng = Lcg(n as u64 + 1);
            let (_, mut state) = read_str_resuming(*lang, "v0", &text, None);
            for step in 1..10 {
                text = edit(&mut rng, &text);
                let source = format!("v{step}");
                let (doc, next) = if step % 2 == 0 {
                    read_str_continuing(*lang, &source, text.clone(), Some(state))
                } else {
                    read_str_resuming(*lang, &source, &text, Some(&state))
                };
                assert_eq!(
                    doc,
                    read_str(*lang, &source, &text),
                    "{} step {step}",
                    path.display()
                );
                resumed += next.resumed_pieces();
                after += next.after_change;
                versions += 1;
                state = next;
            }
        }
        assert!(
            resumed > versions && after * 4 > resumed,
            "{resumed} pieces resumed over {versions} versions, {after} after the change"
        );
        // Another language's read is never continued.
        let (_, fr) = read_str_resuming(Lang::Fr, "t", "Rappelant,\n\n1. Décide.", None);
        let (_, es) = read_str_resuming(Lang::Es, "t", "Rappelant,\n\n1. Décide.", Some(&fr));
        assert_eq!(es.resumed_pieces(), 0);
        assert_eq!(es.memo.taken(), (0, 0));
    }

    /// Pairs of versions made to mislead the read after the change: the pieces after it
    /// are the earlier version's, but the classifier reaches them in another state (an
    /// annex or an article opened before them, a paragraph that now ends without a full
    /// stop so the block after a page break continues it, a numbered paragraph
    /// renumbering what follows), or reaches them as before with their lines moved (lines
    /// added or removed before them, a block joined into the one before it). Each is read
    /// as a full read reads it, and the reads that can take the pieces after the change
    /// did.
    #[test]
    fn versions_made_to_mislead_the_read_after_the_change_read_the_same() {
        let title = "A/RES/1/1\n\n1/1. A title\n\nThe General Assembly,\n\n";
        let body = "Recalling one,\n\nNoting two,\n\n1. Decides three;\n\n\
                    2. Requests four;\n\n(a) five;\n\n(b) six.\n\n3. Ends seven.";
        // (before, after, whether the pieces after the change are taken)
        let cases = [
            ("Opening.\n\n", "ANNEX\n\nOpening.\n\n", false),
            ("Opening.\n\n", "Article 4\n\nOpening.\n\n", false),
            (
                "Recalling zero,\n\n/...\n\n",
                "Recalling zero\n\n/...\n\n",
                false,
            ),
            ("Opening.\n\n", "Opening\nwrapped.\n\n", true),
            ("Opening\nwrapped.\n\n", "Opening wrapped.\n\n", true),
            ("Opening.\n\n", "Opening<sup>1</sup>.\n\n", true),
            // A preambular paragraph added or joined renumbers every later one.
            ("Opening.\n\n", "Opening.\n\nMore.\n\n", false),
            ("Opening\n\nMore.\n\n", "Opening More.\n\n", false),
        ];
        for (n, (before, after, taken)) in cases.into_iter().enumerate() {
            let before = format!("{title}{before}{body}");
            let after = format!("{title}{after}{body}");
            let (_, state) = read_str_resuming(Lang::En, "v0", &before, None);
            let (doc, next) = read_str_resuming(Lang::En, "v1", &after, Some(&state));
            assert_eq!(doc, read_str(Lang::En, "v1", &after), "case {n}: {after}");
            assert_eq!(next.after_change > 0, taken, "case {n}: {after}");
        }
        // Paragraphs after a renumbered operative paragraph, and an article's paragraphs
        // after one added, are labelled from the change on; an operative paragraph added
        // leaves the numbers after it as they are, so those pieces are taken.
        let ops = "Recalling one,\n\n1. Decides three;\n\n2. Requests four;\n\n(a) five.";
        for (before, after, taken) in [
            (
                "1. One;\n\n2. Two;\n\nThree.",
                "1. One;\n\n5. Two;\n\nThree.",
                false,
            ),
            (
                "Article 1\n\nOne.\n\nTwo.\n\nThree.",
                "Article 1\n\nNought.\n\nOne.\n\nTwo.\n\nThree.",
                false,
            ),
            (ops, &ops.replace("three;", "three;\n\n4. Adds;"), true),
        ] {
            let (before, after) = (format!("{title}{before}"), format!("{title}{after}"));
            let (_, state) = read_str_resuming(Lang::En, "v0", &before, None);
            let (doc, next) = read_str_resuming(Lang::En, "v1", &after, Some(&state));
            assert_eq!(doc, read_str(Lang::En, "v1", &after), "{after}");
            assert_eq!(next.after_change > 0, taken, "{after}");
        }
    }

    /// The NFC check of the lines that differ from a text that passed it is the check of
    /// the whole text: real renderings, each edited by putting characters the check
    /// rejects (a combining accent after a letter, marks out of canonical order, a
    /// character NFC replaces) or accepts (a precomposed letter, a mark after a line
    /// break) at random places, or by taking them out again.
    #[test]
    fn the_nfc_check_of_the_changed_lines_is_the_check_of_the_whole_text() {
        let inserts = [
            "e\u{301}",
            "\u{301}",
            "a\u{301}\u{316}",
            "\u{212B}",
            "\u{e9}",
            "\n\u{300}",
            "\u{1100}\u{1161}",
            "\u{e9}\n",
        ];
        let (mut checked, mut rejected) = (0, 0);
        for (n, (_, path)) in real_renderings().iter().enumerate() {
            let mut before = std::fs::read_to_string(path).unwrap();
            let mut rng = Lcg(n as u64 + 7);
            for _ in 0..12 {
                let mut after = before.clone();
                let at = rng.below(after.len() + 1);
                let at = (at..=after.len())
                    .find(|&k| after.is_char_boundary(k))
                    .unwrap_or(after.len());
                if rng.below(3) == 0 && after.len() > at + 20 {
                    let end = (at + 20..=after.len())
                        .find(|&k| after.is_char_boundary(k))
                        .unwrap_or(after.len());
                    after.replace_range(at..end, "");
                } else {
                    after.insert_str(at, inserts[rng.below(inserts.len())]);
                }
                if sixfold_l10n::is_nfc(&before) {
                    let whole = sixfold_l10n::is_nfc(&after);
                    assert_eq!(is_nfc_beside(&before, &after), whole, "{}", path.display());
                    checked += 1;
                    rejected += usize::from(!whole);
                }
                before = after;
            }
        }
        assert!(
            checked > 100 && rejected > 20,
            "{checked} checked, {rejected} rejected"
        );
        // A mark whose combining class is lower than the unchanged mark before it (fatha
        // after kasra, sheva after a grave accent below): the order is broken across the
        // start or the end of the change.
        for (before, after, nfc) in [
            ("\u{628}\u{650}x\nz", "\u{628}\u{650}\u{64E}x\nz", false),
            ("\u{628}\u{650}x\nz", "\u{628}\u{64E}\u{650}x\nz", true),
            ("\u{628}\u{64E}x\nz", "\u{628}\u{650}\u{64E}x\nz", false),
            ("b\u{5B0}x\nz", "b\u{316}\u{5B0}x\nz", false),
            ("y\n\u{628}\u{650}", "y\n\u{628}\u{650}\n\u{64E}", true),
        ] {
            assert!(sixfold_l10n::is_nfc(before));
            assert_eq!(sixfold_l10n::is_nfc(after), nfc, "{after}");
            assert_eq!(is_nfc_beside(before, after), nfc, "{after}");
        }
        // A version made NFC by the reader is not taken as the text that passed.
        let (_, state) = read_str_resuming(Lang::Fr, "t", "Re\u{301}solution.", None);
        assert!(state.nfc_text.is_none());
        let (doc, _) = read_str_resuming(Lang::Fr, "t", "Re\u{301}solution. Bis", Some(&state));
        assert_eq!(doc, read_str(Lang::Fr, "t", "Re\u{301}solution. Bis"));
    }

    /// A line as the classifier reads it, owned: number, text, matching form, furniture.
    type LineView = (usize, String, Option<Arc<str>>, bool);

    /// A piece as the classifier reads it, owned: lines, page break, shape.
    type PieceView = (Vec<LineView>, bool, Shape);

    /// What the whole-text stages hand the classifier, owned and comparable.
    fn prepared_view(p: &super::super::Prepared<'_>) -> (Vec<PieceView>, String, Builder) {
        let pieces = p
            .pieces
            .iter()
            .zip(&p.shapes)
            .map(|(p, s)| {
                let lines = p
                    .lines
                    .iter()
                    .map(|l| (l.no, l.text.to_string(), l.key.clone(), l.furniture))
                    .collect();
                (lines, p.after_break, s.clone())
            })
            .collect();
        (pieces, format!("{:?}", p.footnotes), p.builder.clone())
    }

    /// Pairs of versions made to meet each way an answer could be taken wrongly: a
    /// later line of a piece changed under the same first line (the piece's shape changes
    /// from numbered lines to one numbered paragraph), a piece cut in two after the same
    /// first line (its shape has one number, not two), one of two repeated footer lines
    /// changed (the other stops being furniture although its text is the same), a comment
    /// opened earlier (the same raw lines lose their text), lines added before unchanged
    /// ones.
    #[test]
    fn versions_made_to_mislead_the_stages_answer_the_same() {
        let title = "A/RES/1/1\n\n1/1. A title\n\nThe General Assembly,\n\n";
        let pairs = [
            ("1. First\n2. Second\n\nEnd.", "1. First\nSecond\n\nEnd."),
            (
                "1. First\n2. Second\n\nEnd.",
                "1. First\n\n2. Second\n\nEnd.",
            ),
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
        let texts = real_renderings();
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
