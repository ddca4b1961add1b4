//! The reader: turns one rendering — Markdown-ish text as extracted from a UN PDF — into a
//! [`Document`] of labelled segments, following the layout contract of
//! `notes/conventions.md`.
//!
//! It works in four passes, each simple enough to reason about on hostile input:
//!
//! 1. NFC-normalise, drop a byte-order mark and remove HTML comments (the working
//!    translations open with one), keeping line numbers intact.
//! 2. Cut the text into blank-line-separated blocks. A `---` or `/...` line is always a block
//!    of its own, even when the extraction glued it to its neighbours.
//! 3. Paginate: remove page-break artifacts (`---` and the `<sup>n</sup>` footnotes after
//!    it, `/...`, running headers made of the symbol and a page line) and remember, for each
//!    remaining block, whether a page break sat before it.
//! 4. Classify the blocks into header, title, formula, paragraphs, items, headings and
//!    closing lines with a small state machine, and label them.
//!
//! Two choices matter to consumers:
//!
//! - **Footnotes go last.** A footnote sits wherever its page happened to end, which differs
//!   from one language to another, so leaving it in the flow would make the six renderings
//!   disagree for no textual reason. Footnote segments therefore follow all body segments, in
//!   footnote-number order (stable for repeated numbers), and are linked to the segments
//!   citing them by label `fn.N` and [`Segment::footnote_refs`].
//! - **Blocks are joined only across a page break.** A plain block (not a heading, numbered
//!   paragraph or item) that follows removed artifacts continues the previous paragraph or
//!   item when that one ends without final punctuation (`. ; : 。 ； ： ؛ ! ?`; in the
//!   preamble, whose paragraphs end with a comma, a comma counts as final too), or when the
//!   block starts with a lowercase letter. Clean input keeps one segment per block. The one exception to "one block, one segment" is a block whose every
//!   line starts with a paragraph number (`1. `, Arabic `1 - `), which is split per line
//!   because PDF extraction often loses the blank lines between operative paragraphs.
//!
//! Headings, subparagraph letters, page lines and closing lines are recognised in the forms
//! `sixfold-l10n` renders, in the declared language first and then in the five others.
//! Structure is recognised on each line's [`matching_form`] (no-break and other Unicode
//! spaces as spaces, bidi marks ignored), the form the l10n parsers and the header
//! extractor match in too, while segment text keeps what the translator wrote.
//!
//! The lines of a block are joined with a space; in Chinese no space is put next to a CJK
//! character, so Latin words and numbers inside Chinese text stay apart while Chinese prose
//! is joined without spaces.
//!
//! ```
//! use sixfold_core::Lang;
//! use sixfold_translations::{read::read_str, SegmentKind};
//!
//! let doc = read_str(Lang::En, "x.md", "Article 1\n\nMember States shall\n\n---\n\n\
//!     <sup>1</sup> A note.\n\ncooperate.<sup>1</sup>");
//! let labels: Vec<_> = doc.segments.iter().map(|s| s.label.as_ref().unwrap().to_string()).collect();
//! assert_eq!(labels, ["art1", "art1.p1", "fn.1"]);
//! assert_eq!(doc.segments[1].text, "Member States shall cooperate.");
//! assert_eq!(doc.segments[1].footnote_refs, [1]);
//! assert_eq!(doc.segments[2].kind, SegmentKind::Footnote);
//! ```

mod blocks;
mod forms;
mod furniture;
mod hyphens;
mod memo;
mod notes;
mod resume;
mod units;

pub use resume::{ReadState, read_str_continuing, read_str_resuming};

use std::borrow::Cow;

use sixfold_core::{Lang, Symbol};
use sixfold_l10n::{is_ignorable_mark, matching_form};
use unicode_normalization::UnicodeNormalization;

use blocks::{Line, is_continuation, is_rule, split_blocks, strip_comments_keyed};
use memo::{Answers, LineMemo};

use crate::label::{Annex, Head, HeaderSlot, Item, Label, Number, paragraph_number};
use crate::model::{Document, Segment, SegmentKind};

/// Reads a rendering into segments. Never fails and never panics: whatever the input,
/// the result is the best structure the text supports (possibly no segments at all).
#[must_use]
pub fn read_str(lang: Lang, source: &str, text: &str) -> Document {
    // Almost all input is already NFC; the quick check avoids copying it.
    if sixfold_l10n::is_nfc(text) {
        read_nfc(lang, source, text)
    } else {
        read_nfc(lang, source, &text.nfc().collect::<String>())
    }
}

/// [`read_str`] for text already in NFC, so that a loader that keeps the normalised text
/// does not normalise twice.
pub(crate) fn read_nfc(lang: Lang, source: &str, text: &str) -> Document {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Prepared {
        pieces,
        footnotes,
        shapes,
        mut builder,
    } = prepare(lang, text, None, false).0;
    // Each piece is dropped once classified: a long text's lines are not held while its
    // segments are made.
    for (i, (piece, shape)) in pieces.into_iter().zip(shapes).enumerate() {
        builder.piece(i, &piece, shape);
    }
    builder.finish(source, footnotes)
}

/// The text as the classifier receives it: its pieces with their shapes, the footnotes
/// taken out of the flow, and the classifier set up for them.
struct Prepared<'a> {
    pieces: Vec<Piece<'a>>,
    footnotes: Vec<Note>,
    shapes: Vec<Shape>,
    builder: Builder,
}

/// The reader's stages before the classifier, over the whole text (shared by
/// [`read_nfc`] and [`read_str_resuming`]). What they ask of each line and each piece is
/// taken from `earlier`, the memo of a read of an earlier version in the same language,
/// where the line's text is the same (see `memo`); `keep` returns this read's memo.
fn prepare<'a>(
    lang: Lang,
    text: &'a str,
    earlier: Option<&LineMemo>,
    keep: bool,
) -> (Prepared<'a>, Option<LineMemo>) {
    let count = text.bytes().filter(|&b| b == b'\n').count() + 1;
    let mut facts = Answers::new(lang, (count, text.len()), earlier, keep);
    let mut lines = strip_comments_keyed(text, count, |line| facts.push(line));
    furniture::mark(&mut lines, &facts.facts);
    let blocks = split_blocks(lines);
    let (pieces, footnotes) = paginate(lang, blocks);
    let pieces = units::split_units(lang, pieces);
    let shapes: Vec<Shape> = pieces.iter().map(|p| facts.shape(lang, &p.lines)).collect();
    let mut builder = Builder::new(lang, &shapes);
    // Page breaks or footnotes (which sit at page bottoms) mean the text was cut into
    // pages by whatever produced it.
    builder.paged = !footnotes.is_empty() || pieces.iter().any(|p| p.after_break);
    let prepared = Prepared {
        pieces,
        footnotes,
        shapes,
        builder,
    };
    (prepared, facts.into_memo())
}

/// A block that survived pagination, with whether a page break sat before it.
#[derive(Debug)]
struct Piece<'a> {
    lines: Vec<Line<'a>>,
    after_break: bool,
}

/// A footnote taken out of the flow.
#[derive(Debug)]
struct Note {
    number: u32,
    line: usize,
    text: String,
}

/// The number of a leading `<sup>n</sup>` marker, and the text after it (as written).
fn leading_marker(line: &str) -> Option<(u32, &str)> {
    notes::leading_marker(trim_start_invisible(line))
}

/// The line without leading whitespace (any Unicode space) and bidi marks, which cannot
/// belong to the markup that follows them.
fn trim_start_invisible(line: &str) -> &str {
    line.trim_start_matches(|c: char| c.is_whitespace() || is_ignorable_mark(c))
}

/// Whether a token is a UN document symbol (`A/RES/51/60`, `E/CN.4/2005/L.10`), which is
/// how a running header and the masthead's symbol line start. The cheap checks come first
/// because every short block is asked.
fn is_symbol_like(token: &str) -> bool {
    token.len() <= 80
        && token.contains('/')
        && token.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && token.parse::<Symbol>().is_ok()
}

/// A running header: the symbol and a page line, on two lines in either order or on one.
fn is_running_header(lang: Lang, block: &[Line]) -> bool {
    let page = |line: &str| forms::is_page_line(lang, line);
    match block {
        [a, b] => {
            let (a, b) = (a.key().trim(), b.key().trim());
            (is_symbol_like(a) && page(b)) || (is_symbol_like(b) && page(a))
        }
        [one] => one
            .key()
            .trim()
            .split_once(char::is_whitespace)
            .is_some_and(|(symbol, rest)| is_symbol_like(symbol) && page(rest)),
        _ => false,
    }
}

/// Removes page-break artifacts, returning the content blocks (each flagged when a page
/// break preceded it) and the footnotes found after `---` separators.
fn paginate(lang: Lang, blocks: Vec<Vec<Line>>) -> (Vec<Piece>, Vec<Note>) {
    let mut pieces = Vec::new();
    let mut notes: Vec<Note> = Vec::new();
    let mut in_notes = false;
    let mut pending_break = false;
    for block in blocks {
        let Some(first) = block.first() else {
            continue;
        };
        if block.len() == 1 && is_rule(first.key()) {
            in_notes = true;
            pending_break = true;
        } else if (block.len() == 1 && (first.furniture || is_continuation(first.key())))
            || is_running_header(lang, &block)
        {
            // Footnotes sit at the bottom of a page; after a marker or header, text resumes.
            in_notes = false;
            pending_break = true;
        } else if in_notes && leading_marker(&first.text).is_some() {
            // Several footnotes may share a block; a line without a marker continues the
            // footnote above it.
            for line in block {
                match leading_marker(&line.text) {
                    Some((number, rest)) => notes.push(Note {
                        number,
                        line: line.no,
                        text: rest.to_owned(),
                    }),
                    None => {
                        if let Some(last) = notes.last_mut() {
                            last.text.push('\n');
                            last.text.push_str(&line.text);
                        }
                    }
                }
            }
        } else {
            in_notes = false;
            pieces.push(Piece {
                lines: block,
                after_break: std::mem::take(&mut pending_break),
            });
        }
    }
    (pieces, notes)
}

/// Removes Markdown hard breaks and surrounding whitespace from one line.
fn trim_line(line: &str) -> &str {
    let t = line.trim();
    t.strip_suffix('\\').map_or(t, str::trim_end)
}

/// An ATX heading marker (`#` to `######` then a space) at the start of a line. Bidi marks
/// around the marker go with it: they only steered the direction of the markup.
fn strip_heading_marker(line: &str) -> Option<&str> {
    let line = trim_start_invisible(line);
    let hashes = line.len() - line.trim_start_matches('#').len();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = line.get(hashes..)?;
    let bare = trim_start_invisible(rest);
    if rest.is_empty() || bare.len() < rest.len() {
        Some(bare)
    } else {
        None
    }
}

/// The lines of a block with the ATX heading marker of its first line removed.
fn without_heading_marker<'a>(texts: &[&'a str]) -> Vec<&'a str> {
    let mut texts = texts.to_vec();
    if let Some(first) = texts.first_mut() {
        let bare = trim_start_invisible(trim_start_invisible(first).trim_start_matches("**"));
        if let Some(rest) = strip_heading_marker(bare) {
            *first = rest;
        }
    }
    texts
}

/// Text of a line with Markdown emphasis markers and footnote markers removed; the numbers
/// of numeric `<sup>` markers are appended to `refs`, other `<sup>` contents (`82<sup>e</sup>`)
/// are kept as text.
fn clean_inline(line: &str, refs: &mut Vec<u32>) -> String {
    let line: Cow<'_, str> = if line.contains("**") {
        Cow::Owned(sixfold_l10n::without_paired_bold(line))
    } else {
        Cow::Borrowed(line)
    };
    clean_unbolded(&line, refs)
}

/// [`clean_inline`] of a line whose paired bold marks are already removed: the `**` left
/// call notes ("South Africa:** draft resolution") and stay text.
fn clean_unbolded(line: &str, refs: &mut Vec<u32>) -> String {
    let line = Cow::Borrowed(line);
    let line = if line.contains("[^") {
        Cow::Owned(notes::bracket_markers(&line, refs))
    } else {
        line
    };
    let line = match notes::mark_spaced_numbers(&line) {
        Cow::Owned(marked) => Cow::Owned(marked),
        Cow::Borrowed(_) => line,
    };
    let line = match reduce_markdown(&line) {
        Cow::Owned(reduced) => Cow::Owned(reduced),
        Cow::Borrowed(_) => line,
    };
    if !line.contains("sup>") {
        return line.into_owned();
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line.as_ref();
    while let Some(start) = rest.find("<sup>") {
        out.push_str(rest.get(..start).unwrap_or(""));
        let after = rest.get(start + 5..).unwrap_or("");
        match after.split_once("</sup>") {
            Some((inner, tail)) => {
                let number = inner.trim();
                let number = number
                    .strip_prefix('(')
                    .and_then(|n| n.strip_suffix(')'))
                    .unwrap_or(number);
                match number.parse::<u32>() {
                    Ok(n) => refs.push(n),
                    Err(_) => out.push_str(inner),
                }
                rest = tail;
            }
            None => rest = after,
        }
    }
    out.push_str(&rest.replace("</sup>", ""));
    out
}

/// Inline Markdown reduced to its text: `[text](url)` to `text`, and `*…*` / `_…_`
/// emphasis markers dropped when they pair up at word boundaries (an underscore inside a
/// word, or a lone asterisk, stays).
fn reduce_markdown(line: &str) -> Cow<'_, str> {
    // On the bytes: a search for any of three characters decodes every character.
    if !line.bytes().any(|b| matches!(b, b'*' | b'_' | b']')) {
        return Cow::Borrowed(line);
    }
    let mut text = line.to_owned();
    // Links: "[text](url)".
    while let Some(close) = text.find("](") {
        let Some(open) = text.get(..close).and_then(|t| t.rfind('[')) else {
            break;
        };
        let Some(end) = text.get(close + 2..).and_then(|t| t.find(')')) else {
            break;
        };
        let label = text.get(open + 1..close).unwrap_or("").to_owned();
        let url = text.get(close + 2..close + 2 + end).unwrap_or("");
        if url.contains(char::is_whitespace) || label.is_empty() {
            break;
        }
        text.replace_range(open..close + 3 + end, &label);
    }
    for delimiter in ['*', '_'] {
        let pairs = emphasis_pairs(&text, delimiter);
        for at in pairs.into_iter().rev() {
            text.replace_range(at..at + delimiter.len_utf8(), "");
        }
    }
    if text == line {
        Cow::Borrowed(line)
    } else {
        Cow::Owned(text)
    }
}

/// Byte offsets of the `delimiter` marks that open or close an emphasis, ascending.
///
/// A mark opens when it starts a word (a boundary before it, a letter after) and closes
/// when it ends one; a closing mark pairs with the nearest open one before it. Marks that
/// pair with nothing stay text: UN documents mark a name for a footnote with an asterisk
/// after it ("Latvia* and Lithuania*"), and two such marks are not an emphasis, even
/// though they are two.
fn emphasis_pairs(text: &str, delimiter: char) -> Vec<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let boundary = |c: Option<&(usize, char)>| {
        c.is_none_or(|(_, c)| c.is_whitespace() || c.is_ascii_punctuation())
    };
    let mut open: Vec<usize> = Vec::new();
    let mut paired = Vec::new();
    for (i, &(at, c)) in chars.iter().enumerate() {
        if c != delimiter {
            continue;
        }
        let before = boundary(i.checked_sub(1).and_then(|j| chars.get(j)));
        let after = boundary(chars.get(i + 1));
        if before && !after {
            open.push(at);
        } else if !before && after {
            if let Some(start) = open.pop() {
                paired.push(start);
                paired.push(at);
            }
        }
    }
    paired.sort_unstable();
    paired
}

/// Characters written without spaces around them in Chinese text.
fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF | 0x2_0000..=0x3_FFFF)
}

/// Appends `next` to `text` the way the language joins wrapped lines.
fn join_into(lang: Lang, text: &mut String, next: &str) {
    let next = next.trim();
    if next.is_empty() {
        return;
    }
    if let Some(last) = text.chars().next_back() {
        let first = next.chars().next();
        let unspaced = !lang.is_spaced() && (is_cjk(last) || first.is_some_and(is_cjk));
        if !unspaced && !last.is_whitespace() {
            text.push(' ');
        }
    }
    text.push_str(next);
}

/// Whether `text` is already what [`collapse_whitespace`] makes of it: no white space at
/// either end, no two spaces in a row, and no white space other than U+0020. Checked on
/// the UTF-8 bytes: the non-ASCII white space characters (U+0085, U+00A0, U+1680,
/// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) are found by their lead byte
/// and the bytes after it, which continuation bytes never equal.
fn is_collapsed(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut previous_space = false;
    for (i, &b) in bytes.iter().enumerate() {
        // Letters first: they are most bytes of any text.
        if !SPACE_BYTES[usize::from(b)] {
            previous_space = false;
            continue;
        }
        if other_space_at(bytes, i) || (b == b' ' && previous_space) {
            return false;
        }
        previous_space = b == b' ';
    }
    true
}

/// The bytes that may start white space: ASCII white space and the lead bytes of the
/// non-ASCII white space characters (see [`other_space_at`]). Every other byte is part of
/// a character that is not white space.
const SPACE_BYTES: [bool; 256] = byte_set(b"\t\n\x0B\x0C\r \xC2\xE1\xE2\xE3");

/// [`SPACE_BYTES`] and the bytes of the inline markup [`clean_unbolded`] removes.
const PLAIN_STOP_BYTES: [bool; 256] = byte_set(b"\t\n\x0B\x0C\r \xC2\xE1\xE2\xE3[*_]<");

/// A 256-entry membership table of some bytes.
const fn byte_set(bytes: &[u8]) -> [bool; 256] {
    let mut set = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        set[bytes[i] as usize] = true;
        i += 1;
    }
    set
}

/// Whether the character starting at byte `i` is white space other than U+0020.
fn other_space_at(bytes: &[u8], i: usize) -> bool {
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    match at(i) {
        b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => true,
        0xC2 => matches!(at(i + 1), 0x85 | 0xA0),
        0xE1 => at(i + 1) == 0x9A && at(i + 2) == 0x80,
        0xE2 => matches!(
            (at(i + 1), at(i + 2)),
            (0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF) | (0x81, 0x9F)
        ),
        0xE3 => at(i + 1) == 0x80 && at(i + 2) == 0x80,
        _ => false,
    }
}

/// Whether [`clean_unbolded`] leaves a line as it is and the line, trimmed, is already
/// [`is_collapsed`]: no byte of the inline markup it removes (`[`, `*`, `_`, `]`, `<`),
/// no two spaces in a row, no white space but U+0020. One pass over the bytes instead of
/// the four searches and the copy of the cleaning; most lines of most texts pass.
fn is_plain_line(line: &str) -> bool {
    let bytes = line.as_bytes();
    let mut previous_space = false;
    for (i, &b) in bytes.iter().enumerate() {
        if !PLAIN_STOP_BYTES[usize::from(b)] {
            previous_space = false;
            continue;
        }
        if matches!(b, b'[' | b'*' | b'_' | b']' | b'<')
            || other_space_at(bytes, i)
            || (b == b' ' && previous_space)
        {
            return false;
        }
        previous_space = b == b' ';
    }
    true
}

/// The words of `text` joined by single spaces.
fn collapse_whitespace(text: String) -> String {
    if is_collapsed(&text) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The line without Markdown bold markers, copied only when it has some.
fn unbold(line: &str) -> Cow<'_, str> {
    if line.contains("**") {
        Cow::Owned(line.replace("**", ""))
    } else {
        Cow::Borrowed(line)
    }
}

/// Joined, cleaned text of some lines and the footnotes they cite.
fn lines_text(lang: Lang, lines: &[&str]) -> (String, Vec<u32>) {
    if lines.iter().all(|l| is_plain_line(l)) {
        // Each line is its own clean form, and trimmed lines with single spaces inside,
        // joined by at most one space, are already collapsed.
        let mut text = String::with_capacity(lines.iter().map(|l| l.len() + 1).sum());
        for line in lines {
            join_into(lang, &mut text, line);
        }
        return (text, Vec::new());
    }
    lines_text_marked(lang, lines)
}

/// [`lines_text`] of lines that may hold markup or irregular white space.
fn lines_text_marked(lang: Lang, lines: &[&str]) -> (String, Vec<u32>) {
    let mut refs = Vec::new();
    let mut text = String::new();
    // Bold may open on one line and close on another, so marks pair over the block.
    if lines.iter().any(|l| l.contains("**")) {
        let unbolded = sixfold_l10n::without_paired_bold(&lines.join("\n"));
        for line in unbolded.split('\n') {
            join_into(lang, &mut text, &clean_unbolded(line, &mut refs));
        }
    } else {
        for line in lines {
            join_into(lang, &mut text, &clean_unbolded(line, &mut refs));
        }
    }
    (collapse_whitespace(text), refs)
}

/// Whether text ends a sentence, so that a page break after it is not a cut.
fn ends_with_final_punctuation(text: &str) -> bool {
    text.trim_end_matches(|c: char| {
        matches!(c, '"' | '”' | '’' | '»') || c.is_whitespace() || is_ignorable_mark(c)
    })
    .chars()
    .next_back()
    .is_some_and(|c| {
        matches!(
            c,
            '.' | ';' | ':' | '。' | '；' | '：' | '؛' | '!' | '?' | '！' | '？' | '؟' | '…'
        )
    })
}

/// The enacting formula ends with a comma in every language (`The General Assembly,`,
/// `大会，`, `إن الجمعية العامة،`).
fn ends_with_comma(text: &str) -> bool {
    text.trim_end_matches(is_ignorable_mark)
        .ends_with([',', '،', '，'])
}

/// A resolution title starts with the resolution number: `51/60. ` or, in Arabic, `51/60 - `.
fn is_title_line(line: &str) -> bool {
    let line = unbold(line);
    let line = line.trim_start();
    let Some((session, rest)) = line.split_once('/') else {
        return false;
    };
    if session.is_empty() || !session.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let number_len = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if number_len == 0 {
        return false;
    }
    let rest = rest.get(number_len..).unwrap_or("");
    let after = if let Some(r) = rest.strip_prefix('.') {
        r
    } else if let Some(r) = rest.trim_start().strip_prefix(['-', '–', '—']) {
        r
    } else {
        return false;
    };
    after.starts_with(char::is_whitespace)
}

/// A subparagraph marker at the start of a line: `(a) `, `a) `, `а) `, `(أ) `.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Marker {
    /// A letter at this position of its script's subparagraph alphabet.
    Letter(usize),
    /// A lowercase Roman numeral that cannot be the next letter (`(ii)`), marking a
    /// sub-subparagraph.
    Roman(String),
}

/// The marker at the start of a line, and whether it could also be a Roman numeral
/// (`(i)`, `(v)`, `(x)`), which only the position in the list can decide.
fn item_marker(lang: Lang, line: &str) -> Option<(Marker, bool)> {
    let line = unbold(line);
    let line = line.trim_start();
    let unbracketed = line.strip_prefix(['(', '（']).unwrap_or(line);
    let (inner, rest) = split_at_closing_bracket(unbracketed)?;
    let inner = inner.trim();
    if inner.is_empty() || inner.chars().nth(5).is_some() || rest.trim().is_empty() {
        return None;
    }
    if inner.chars().count() > 1 && inner.chars().all(|c| matches!(c, 'i' | 'v' | 'x')) {
        return rest
            .starts_with(char::is_whitespace)
            .then(|| (Marker::Roman(inner.to_owned()), true));
    }
    let position = forms::subparagraph_position(lang, line)?;
    Some((Marker::Letter(position), matches!(inner, "i" | "v" | "x")))
}

/// `text.split_once([')', '）'])`, found on the bytes: every block is asked, and a
/// search for either of two characters decodes every character before the first.
fn split_at_closing_bracket(text: &str) -> Option<(&str, &str)> {
    let bytes = text.as_bytes();
    let (at, len) = bytes.iter().enumerate().find_map(|(i, &b)| match b {
        b')' => Some((i, 1)),
        // U+FF09 FULLWIDTH RIGHT PARENTHESIS
        0xEF if bytes.get(i + 1..i + 3) == Some(&[0xBC, 0x89]) => Some((i, 3)),
        _ => None,
    })?;
    Some((text.get(..at)?, text.get(at + len..)?))
}

/// What a block looks like, before its position in the document is taken into account.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Shape {
    /// A Markdown heading, an article heading or an annex heading.
    Heading {
        article: Option<u32>,
        annex: bool,
    },
    /// Every line starts with a paragraph number.
    Numbered(Vec<u32>),
    /// The first line starts with a paragraph number, later lines do not.
    NumberedParagraph(u32),
    Item(Marker, bool),
    Title,
    Plain,
}

fn shape(lang: Lang, lines: &[Line]) -> Shape {
    let Some(first) = lines.first() else {
        return Shape::Plain;
    };
    let first = trim_line(first.key());
    let bare = unbold(first);
    if lines.len() == 1 {
        let heading = strip_heading_marker(bare.trim());
        let text = heading.unwrap_or(bare.trim());
        let article = forms::article_number(lang, text);
        let annex = article.is_none() && forms::is_annex_heading(lang, text);
        if heading.is_some() && article.is_none() && !annex && is_title_line(text) {
            return Shape::Title;
        }
        if heading.is_some() || article.is_some() || annex {
            return Shape::Heading { article, annex };
        }
    } else if let Some(text) = strip_heading_marker(bare.trim()) {
        if is_title_line(text) {
            return Shape::Title;
        }
        return Shape::Heading {
            article: None,
            annex: false,
        };
    }
    let numbers: Vec<Option<u32>> = lines.iter().map(|l| paragraph_number(l.key())).collect();
    if let Some(Some(first_number)) = numbers.first() {
        if numbers.iter().all(Option::is_some) {
            return Shape::Numbered(numbers.into_iter().flatten().collect());
        }
        return Shape::NumberedParagraph(*first_number);
    }
    if let Some((marker, roman_capable)) = item_marker(lang, first) {
        return Shape::Item(marker, roman_capable);
    }
    if is_title_line(first) || is_council_title(lang, lines) {
        return Shape::Title;
    }
    Shape::Plain
}

/// A Council resolution's title line ("Resolution 2202 (2015)"), alone in its block or
/// with the adopted line under it.
fn is_council_title(lang: Lang, lines: &[Line]) -> bool {
    lines.len() <= 2
        && lines.first().is_some_and(|l| {
            sixfold_l10n::parse_sc_resolution_line(lang, &unbold(trim_line(l.key()))).is_some()
        })
}

/// Index of the first line from which every line is numbered, when there is one after the
/// first line (a cut paragraph continued by a block of numbered paragraphs).
fn numbered_tail(lines: &[Line]) -> Option<usize> {
    // Scanning from the end keeps this linear in the number of lines.
    let numbered = lines
        .iter()
        .rev()
        .take_while(|l| paragraph_number(l.key()).is_some())
        .count();
    (numbered > 0).then(|| lines.len().saturating_sub(numbered).max(1))
}

/// Which header slot a block announces by its content, if any (index into
/// [`HeaderSlot::ALL`]).
fn header_cue(text: &str) -> Option<usize> {
    let lower = text.to_lowercase();
    if lower.starts_with("distr") {
        Some(1)
    } else if text.split_whitespace().next().is_some_and(is_symbol_like) {
        Some(2)
    } else if text.starts_with('[') {
        Some(5)
    } else {
        None
    }
}

/// Where the classifier is in a document, to decide what an unremarkable block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AnnexStep {
    /// Just after the annex heading: a short unpunctuated block is the annex title.
    Title,
    /// After the annex title: a block ending with a comma is the enacting formula.
    Formula,
    Body,
}

#[derive(Debug, Clone, PartialEq)]
struct Builder {
    lang: Lang,
    segments: Vec<Segment>,
    /// Index of the title block among the pieces; blocks before it are the masthead.
    title_at: Option<usize>,
    header_used: [bool; 6],
    header_cursor: usize,
    expect_formula: bool,
    /// The current annex, `None` in the body.
    annex: Option<Annex>,
    annex_count: u32,
    annex_step: AnnexStep,
    pre_count: u32,
    operative_seen: bool,
    /// The number of the current article (in the current annex, if any).
    article: Option<u32>,
    article_paragraphs: u32,
    /// Paragraph numbers written in the text of the current article, so that a number
    /// written twice ("٢ - …" then "2 - …") does not give two paragraphs the same label.
    article_numbers: Vec<u32>,
    last_paragraph: Option<Label>,
    last_item: Option<(usize, Option<Label>)>,
    /// Whether the text shows page breaks at all: only then may a block continue the
    /// previous one where no break was seen (the extractor dropped its trace).
    paged: bool,
}

impl Builder {
    fn new(lang: Lang, shapes: &[Shape]) -> Self {
        // The title must come before any structure: a numbered paragraph, heading or item
        // before it means the text has no masthead.
        let title_at = shapes
            .iter()
            .take_while(|s| {
                matches!(
                    s,
                    Shape::Plain
                        | Shape::Title
                        | Shape::Heading {
                            article: None,
                            annex: false
                        }
                )
            })
            .position(|s| *s == Shape::Title);
        Builder {
            lang,
            segments: Vec::new(),
            title_at,
            header_used: [false; 6],
            header_cursor: 0,
            expect_formula: title_at.is_none(),
            annex: None,
            annex_count: 0,
            annex_step: AnnexStep::Body,
            pre_count: 0,
            operative_seen: false,
            article: None,
            article_paragraphs: 0,
            article_numbers: Vec::new(),
            last_paragraph: None,
            last_item: None,
            paged: false,
        }
    }

    fn push(&mut self, kind: SegmentKind, label: Option<Label>, line: usize, texts: &[&str]) {
        let (text, footnote_refs) = lines_text(self.lang, texts);
        self.push_text(kind, label, line, text, footnote_refs);
    }

    fn push_text(
        &mut self,
        kind: SegmentKind,
        label: Option<Label>,
        line: usize,
        text: String,
        footnote_refs: Vec<u32>,
    ) {
        if text.is_empty() {
            return;
        }
        self.segments.push(Segment {
            index: self.segments.len(),
            kind,
            label,
            text,
            line,
            footnote_refs,
        });
    }

    /// Whether a block continues the previous segment across a page break.
    fn continues(&self, piece: &Piece, shape: &Shape) -> bool {
        if *shape != Shape::Plain {
            return false;
        }
        let Some(prev) = self.segments.last() else {
            return false;
        };
        if !matches!(prev.kind, SegmentKind::Paragraph | SegmentKind::Item) {
            return false;
        }
        // Worked out only when the answer depends on it: it cleans the whole first line.
        let starts_lower = || {
            piece
                .lines
                .first()
                .and_then(|l| {
                    clean_inline(trim_line(l.key()), &mut Vec::new())
                        .chars()
                        .next()
                })
                .is_some_and(char::is_lowercase)
        };
        if !piece.after_break {
            if !self.paged {
                return false;
            }
            // Without a page break seen, only a block in lower case after an unfinished
            // paragraph is a continuation (extractors drop the running header but leave
            // the blank line). An unnumbered paragraph may end with a comma and the next
            // open in lower case (Russian preambular paragraphs do); a numbered paragraph
            // or an item never ends with a comma.
            let numbered = prev.kind == SegmentKind::Item || paragraph_number(&prev.text).is_some();
            let finished = ends_with_final_punctuation(&prev.text)
                || (!numbered && ends_with_comma(&prev.text));
            return !finished && starts_lower();
        }
        // Preambular paragraphs end with a comma, so in the preamble a comma ends the
        // paragraph as a full stop does elsewhere; without this, Chinese and Arabic (which
        // have no lowercase to tell a continuation by) would merge preambular paragraphs.
        let preamble = prev.label.as_ref().is_some_and(Label::is_preamble);
        let ends =
            ends_with_final_punctuation(&prev.text) || (preamble && ends_with_comma(&prev.text));
        !ends || starts_lower()
    }

    fn piece(&mut self, index: usize, piece: &Piece, shape: Shape) {
        if self.continues(piece, &shape) {
            let split = numbered_tail(&piece.lines).unwrap_or(piece.lines.len());
            let (head, tail) = piece.lines.split_at(split);
            let texts: Vec<&str> = head.iter().map(|l| trim_line(&l.text)).collect();
            let (text, refs) = lines_text(self.lang, &texts);
            if let Some(prev) = self.segments.last_mut() {
                join_into(self.lang, &mut prev.text, &text);
                prev.footnote_refs.extend(refs);
            }
            if !tail.is_empty() {
                let numbers = tail
                    .iter()
                    .filter_map(|l| paragraph_number(l.key()))
                    .collect();
                self.numbered(tail, &Shape::Numbered(numbers));
            }
            return;
        }
        let lines = &piece.lines;
        let line_no = lines.first().map_or(0, |l| l.no);
        let texts: Vec<&str> = lines.iter().map(|l| trim_line(&l.text)).collect();
        match self.title_at {
            Some(t) if index < t => return self.header(line_no, lines, &texts),
            Some(t) if index == t => {
                self.expect_formula = true;
                let texts = without_heading_marker(&texts);
                // A Council resolution's adopted line, when the extraction kept it in the
                // title's block, is a header line of its own.
                if let [title, adopted] = texts.as_slice() {
                    if sixfold_l10n::parse_sc_adopted_line(self.lang, &unbold(adopted)).is_some() {
                        self.push(
                            SegmentKind::Title,
                            Some(Label::Title(None)),
                            line_no,
                            &[title],
                        );
                        let adopted_line = lines.get(1).map_or(line_no, |l| l.no);
                        return self.council_adopted(adopted_line, &[adopted]);
                    }
                }
                return self.push(
                    SegmentKind::Title,
                    Some(Label::Title(None)),
                    line_no,
                    &texts,
                );
            }
            Some(t) if index == t + 1 && self.council_adopted_block(&texts) => {
                return self.council_adopted(line_no, &texts);
            }
            _ => {}
        }
        match shape {
            Shape::Heading { article, annex } => self.heading(article, annex, line_no, &texts),
            Shape::Numbered(_) | Shape::NumberedParagraph(_) => self.numbered(lines, &shape),
            Shape::Item(marker, roman_capable) => {
                self.item(&marker, roman_capable, line_no, &texts);
            }
            Shape::Title | Shape::Plain => {
                self.plain(lines, line_no, &without_heading_marker(&texts));
            }
        }
    }

    /// Whether a block is a Council resolution's adopted line.
    fn council_adopted_block(&self, texts: &[&str]) -> bool {
        texts.len() == 1
            && sixfold_l10n::parse_sc_adopted_line(self.lang, &unbold(texts[0])).is_some()
    }

    /// The Council's adopted line under the title: the masthead's adopted slot.
    fn council_adopted(&mut self, line_no: usize, texts: &[&str]) {
        self.header_used[4] = true;
        self.push(
            SegmentKind::Header,
            Some(Label::Header(HeaderSlot::Adopted)),
            line_no,
            texts,
        );
    }

    fn header(&mut self, line_no: usize, lines: &[Line], texts: &[&str]) {
        let texts = &without_heading_marker(texts);
        let keys: Vec<&str> = lines.iter().map(|l| trim_line(l.key())).collect();
        let joined = without_heading_marker(&keys).join(" ").replace("**", "");
        // What the block says first decides its label; position only when no parser
        // recognises it.
        let said = match crate::masthead::first_field(self.lang, joined.trim()) {
            Some(field) => {
                use crate::masthead::Field;
                match field {
                    Field::UnitedNations | Field::Original(_) | Field::VersionLanguage => {
                        return self.push(SegmentKind::Header, None, line_no, texts);
                    }
                    Field::Organ(_) => Some(0),
                    Field::Distribution(_) | Field::DistributionLabel => Some(1),
                    Field::Symbol(_) => Some(2),
                    Field::Session(_) | Field::Agenda(_) => Some(3),
                    Field::Adopted(_) | Field::CouncilAdopted(..) => Some(4),
                    Field::Report(..) => Some(5),
                    _ => None,
                }
            }
            _ => None,
        };
        let slot = match said.or_else(|| header_cue(joined.trim())) {
            Some(cue) if !self.header_used[cue] => Some(cue),
            _ => (self.header_cursor..HeaderSlot::ALL.len())
                .find(|&i| !self.header_used[i] && !matches!(i, 1 | 2 | 5)),
        };
        let label = slot.map(|i| {
            self.header_used[i] = true;
            self.header_cursor = i + 1;
            Label::Header(HeaderSlot::ALL[i])
        });
        self.push(SegmentKind::Header, label, line_no, texts);
    }

    fn heading(&mut self, article: Option<u32>, annex: bool, line_no: usize, texts: &[&str]) {
        let texts = without_heading_marker(texts);
        self.expect_formula = false;
        self.last_item = None;
        let label = if annex {
            self.annex_count += 1;
            let annex = Annex(self.annex_count);
            self.annex = Some(annex);
            self.annex_step = AnnexStep::Title;
            self.article = None;
            self.pre_count = 0;
            self.operative_seen = false;
            self.last_paragraph = None;
            Some(Label::Annex(annex))
        } else if let Some(n) = article {
            let label = Label::body(self.annex, Head::Article(n, None));
            self.article = Some(n);
            self.article_paragraphs = 0;
            self.article_numbers.clear();
            self.annex_step = AnnexStep::Body;
            self.last_paragraph = Some(label.clone());
            Some(label)
        } else {
            None
        };
        self.push(SegmentKind::Heading, label, line_no, &texts);
    }

    fn numbered(&mut self, lines: &[Line], shape: &Shape) {
        self.expect_formula = false;
        self.annex_step = AnnexStep::Body;
        self.last_item = None;
        let label_for = |this: &mut Self, n: u32| -> Label {
            if let Some(a) = this.article {
                // A number already written in this article is not a second anchor: the
                // paragraph is counted like an unnumbered one.
                let number = if this.article_numbers.contains(&n) {
                    this.article_paragraphs += 1;
                    Number::counted(this.article_paragraphs)
                } else {
                    this.article_numbers.push(n);
                    this.article_paragraphs = n;
                    Number::written(n)
                };
                Label::body(this.annex, Head::Article(a, Some(number)))
            } else if this.annex.is_some() {
                Label::body(this.annex, Head::Paragraph(Number::written(n)))
            } else {
                this.operative_seen = true;
                Label::body(None, Head::Operative(n))
            }
        };
        match shape {
            Shape::Numbered(numbers) => {
                for (line, &n) in lines.iter().zip(numbers) {
                    let label = label_for(self, n);
                    self.last_paragraph = Some(label.clone());
                    self.push(
                        SegmentKind::Paragraph,
                        Some(label),
                        line.no,
                        &[trim_line(&line.text)],
                    );
                }
            }
            Shape::NumberedParagraph(n) => {
                let label = label_for(self, *n);
                self.last_paragraph = Some(label.clone());
                let texts: Vec<&str> = lines.iter().map(|l| trim_line(&l.text)).collect();
                let line_no = lines.first().map_or(0, |l| l.no);
                self.push(SegmentKind::Paragraph, Some(label), line_no, &texts);
            }
            _ => {}
        }
    }

    fn item(&mut self, marker: &Marker, roman_capable: bool, line_no: usize, texts: &[&str]) {
        self.expect_formula = false;
        self.annex_step = AnnexStep::Body;
        let parent = self
            .article
            .map(|a| Label::body(self.annex, Head::Article(a, None)))
            .or_else(|| self.last_paragraph.clone());
        let expected = self.last_item.as_ref().map_or(0, |(p, _)| p + 1);
        let label = match marker {
            // `(i)` after `(h)` is the ninth letter; anywhere else it opens sub-subparagraphs.
            Marker::Letter(position) if !roman_capable || *position == expected => {
                let label = parent.and_then(|p| {
                    let letter = u8::try_from(*position).ok().filter(|&p| p < 26)?;
                    Some(p.with_item(Item::Letter(letter)))
                });
                self.last_item = Some((*position, label.clone()));
                label
            }
            Marker::Letter(_) | Marker::Roman(_) => {
                let roman = texts
                    .first()
                    .and_then(|t| item_roman(t))
                    .unwrap_or_default();
                self.last_item
                    .as_ref()
                    .and_then(|(_, l)| l.as_ref())
                    .map(|l| l.with_item(Item::Roman(roman.clone())))
            }
        };
        self.push(SegmentKind::Item, label, line_no, texts);
    }

    fn plain(&mut self, lines: &[Line], line_no: usize, texts: &[&str]) {
        let (text, refs) = lines_text(self.lang, texts);
        let (kind, label) = self.classify_plain(lines, &text);
        self.push_text(kind, label, line_no, text, refs);
    }

    /// Kind and label of an unremarkable block, from where it sits.
    fn classify_plain(&mut self, lines: &[Line], text: &str) -> (SegmentKind, Option<Label>) {
        self.last_item = None;
        if self.annex.is_some() && self.article.is_none() {
            if self.annex_step == AnnexStep::Title {
                self.annex_step = AnnexStep::Formula;
                if !ends_with_comma(text) && !ends_with_final_punctuation(text) {
                    return (SegmentKind::Title, Some(Label::Title(self.annex)));
                }
            }
            if self.annex_step == AnnexStep::Formula {
                self.annex_step = AnnexStep::Body;
                if ends_with_comma(text) {
                    return (SegmentKind::Formula, Some(Label::Formula(self.annex)));
                }
            }
        }
        if self.expect_formula {
            self.expect_formula = false;
            if ends_with_comma(text) && self.annex.is_none() && self.title_at.is_some() {
                return (SegmentKind::Formula, Some(Label::Formula(None)));
            }
        }
        if self.annex.is_none() && self.is_closing(lines, text) {
            return (SegmentKind::Closing, Some(Label::Closing));
        }
        let label = if let Some(a) = self.article {
            self.article_paragraphs += 1;
            Some(Label::body(
                self.annex,
                Head::Article(a, Some(Number::counted(self.article_paragraphs))),
            ))
        } else if self.operative_seen {
            None
        } else {
            self.pre_count += 1;
            Some(Label::body(self.annex, Head::Preamble(self.pre_count)))
        };
        self.last_paragraph.clone_from(&label);
        (SegmentKind::Paragraph, label)
    }

    /// The plenary meeting and date lines after the operative paragraphs.
    fn is_closing(&self, lines: &[Line], text: &str) -> bool {
        if self.title_at.is_none() {
            return false;
        }
        if lines.len() <= 3
            && lines.iter().any(|l| {
                let key = trim_line(l.key());
                forms::is_meeting_line(self.lang, key)
                    || crate::masthead::closing_line(self.lang, &unbold(key)).is_some()
            })
        {
            return true;
        }
        self.operative_seen
            && lines.len() == 2
            && lines.iter().all(|l| l.key().trim().chars().count() < 60)
            && text.chars().any(|c| c.is_ascii_digit())
            && !ends_with_final_punctuation(text)
    }

    fn finish(mut self, source: &str, mut notes: Vec<Note>) -> Document {
        notes.sort_by_key(|n| n.number);
        let numbers: Vec<u32> = notes.iter().map(|n| n.number).collect();
        notes::link_glued(&mut self.segments, &numbers);
        for note in notes {
            let texts: Vec<&str> = note.text.lines().map(trim_line).collect();
            self.push(
                SegmentKind::Footnote,
                Some(Label::Footnote(note.number)),
                note.line,
                &texts,
            );
        }
        hyphens::rejoin(&mut self.segments);
        Document {
            lang: self.lang,
            source: source.to_owned(),
            segments: self.segments,
        }
    }
}

/// The Roman numeral of a sub-subparagraph marker, lowercase.
fn item_roman(line: &str) -> Option<String> {
    let key = matching_form(line);
    let line = unbold(&key);
    let t = line.trim_start();
    let t = t.strip_prefix('(').unwrap_or(t);
    let (inner, _) = t.split_once(')')?;
    Some(inner.trim().to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(doc: &Document) -> Vec<String> {
        doc.segments
            .iter()
            .map(|s| {
                s.label
                    .as_ref()
                    .map_or_else(|| "-".into(), Label::to_string)
            })
            .collect()
    }

    #[test]
    fn closing_brackets_are_found_on_the_bytes() {
        for text in [
            "a) b",
            "（a） b",
            "ab",
            "é）x)",
            "x)）",
            "",
            ")",
            "）",
            "\u{FF08}\u{FF10}",
        ] {
            assert_eq!(
                split_at_closing_bracket(text),
                text.split_once([')', '）']),
                "{text}"
            );
        }
    }

    #[test]
    fn collapsed_text_is_recognised_on_its_bytes() {
        // Every character, inside text, at its ends and doubled: the byte test says
        // "collapsed" exactly when collapsing changes nothing.
        for c in (0u32..0x1_0000).filter_map(char::from_u32) {
            for text in [
                format!("a{c}b"),
                format!("{c}b"),
                format!("a{c}"),
                format!("a{c}{c}b"),
            ] {
                let collapsed = collapse_whitespace(text.clone());
                assert_eq!(
                    is_collapsed(&text),
                    collapsed == text,
                    "U+{:04X}",
                    u32::from(c)
                );
                assert_eq!(
                    collapsed,
                    text.split_whitespace().collect::<Vec<_>>().join(" ")
                );
            }
        }
    }

    #[test]
    fn plain_lines_are_joined_as_the_general_path_joins_them() {
        // Every character between letters, at the ends, doubled, beside markup and
        // spaces, in the languages that join with and without spaces.
        for c in (0u32..0x1_0000).filter_map(char::from_u32) {
            let lines = [
                format!("a{c}b"),
                format!("{c}b c"),
                format!("a {c}"),
                format!("x{c}{c} y"),
                format!(" {c} "),
            ];
            for line in &lines {
                for lang in [Lang::En, Lang::Zh] {
                    let one = [line.as_str(), "next line"];
                    assert_eq!(
                        lines_text(lang, &one),
                        lines_text_marked(lang, &one),
                        "U+{:04X}",
                        u32::from(c)
                    );
                }
            }
        }
        for text in [
            "a  b",
            "a\tb",
            "[^1] x",
            "**bold**",
            "*it*",
            "a_b_",
            "x<sup>1</sup>",
            "[a](b)",
        ] {
            assert!(!is_plain_line(text), "{text}");
        }
        assert!(is_plain_line(
            "Member States shall, in 2025 (a), cooperate."
        ));
    }

    #[test]
    fn emphasis_pairs_but_footnote_asterisks_stay() {
        assert_eq!(
            reduce_markdown("He said *this* word."),
            "He said this word."
        );
        assert_eq!(
            reduce_markdown("an _italic_ and a snake_case"),
            "an italic and a snake_case"
        );
        // Real text of the UN Parallel Corpus: an asterisk after a name calls a note.
        assert_eq!(
            reduce_markdown("Latvia* and Lithuania* (2015) joined."),
            "Latvia* and Lithuania* (2015) joined."
        );
        assert_eq!(reduce_markdown("*Note*: Latvia*"), "Note: Latvia*");
    }

    #[test]
    fn bold_pairs_but_note_calls_stay() {
        let text = |lines: &[&str]| lines_text(Lang::En, lines).0;
        // Real UN Parallel Corpus text (2015/a/conf_224/l_4): "**" after a name calls a note.
        assert_eq!(
            text(&["South Africa:** draft resolution"]),
            "South Africa:** draft resolution"
        );
        assert_eq!(
            text(&["the **General", "Assembly**, and"]),
            "the General Assembly, and"
        );
        assert_eq!(text(&["**Article 7**"]), "Article 7");
    }

    #[test]
    fn comments_are_removed_and_lines_kept() {
        let doc = read_str(
            Lang::Fr,
            "t",
            "<!-- note\nsur deux lignes -->\n\nPremier paragraphe.\n\nDeuxième <!-- x --> suite.",
        );
        let texts: Vec<_> = doc.segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["Premier paragraphe.", "Deuxième suite."]);
        assert_eq!(doc.segments[0].line, 4);
        assert_eq!(doc.segments[1].line, 6);
    }

    #[test]
    fn numbered_block_is_split_per_line() {
        let doc = read_str(
            Lang::Ar,
            "t",
            "فقرة أولى.\n\n1 - يقرر شيئا؛\n2 - يطلب شيئا آخر.",
        );
        assert_eq!(labels(&doc), ["pre.1", "op.1", "op.2"]);
        assert_eq!(doc.segments[2].line, 4);
    }

    #[test]
    fn chinese_is_joined_without_spaces_but_keeps_latin_apart() {
        let doc = read_str(
            Lang::Zh,
            "t",
            "会员国应当采取措施，\n加强合作。\n\nA/RES/51/60  \n1997年",
        );
        assert_eq!(doc.segments[0].text, "会员国应当采取措施，加强合作。");
        assert_eq!(doc.segments[1].text, "A/RES/51/60 1997年");
    }

    #[test]
    fn page_break_joins_only_a_cut_paragraph() {
        let cut = "Article 2\n\nStates shall\n\nA/RES/1/2  \nPage 2\n\ncooperate.";
        let doc = read_str(Lang::En, "t", cut);
        assert_eq!(labels(&doc), ["art2", "art2.p1"]);
        assert_eq!(doc.segments[1].text, "States shall cooperate.");

        let whole = "Article 2\n\nStates shall act.\n\n/...\n\nThey agree.";
        let doc = read_str(Lang::En, "t", whole);
        assert_eq!(labels(&doc), ["art2", "art2.p1", "art2.p2"]);

        // A heading before a page break is never continued.
        let heading = "Статья 4\n\nA/RES/1/2  \nСтр. 3\n\nгосударства-члены договорились.";
        let doc = read_str(Lang::Ru, "t", heading);
        assert_eq!(labels(&doc), ["art4", "art4.p1"]);
    }

    #[test]
    fn cut_operative_paragraph_continues_into_numbered_block() {
        let text = "1. Decides to\n\n/...\n\ninform States;\n2. Requests more.\n3. Ends.";
        let doc = read_str(Lang::En, "t", text);
        assert_eq!(labels(&doc), ["op.1", "op.2", "op.3"]);
        assert_eq!(doc.segments[0].text, "1. Decides to inform States;");
    }

    #[test]
    fn footnotes_move_to_the_end_in_number_order() {
        let text = "A text.<sup>2</sup>\n\n---\n\n<sup>2</sup> Second.\n<sup>1</sup> First.\n\nMore<sup>1</sup> text.";
        let doc = read_str(Lang::En, "t", text);
        assert_eq!(labels(&doc), ["pre.1", "pre.2", "fn.1", "fn.2"]);
        assert_eq!(doc.segments[2].text, "First.");
        assert_eq!(doc.segments[2].line, 6);
        assert_eq!(doc.segments[1].text, "More text.");
        assert_eq!(doc.segments[1].footnote_refs, [1]);
    }

    #[test]
    fn sub_subparagraphs_and_letters_after_h() {
        let text = "Article 1\n\nText:\n\n(a) one;\n\n(i) sub;\n\n(ii) sub;\n\n(b) two.";
        let doc = read_str(Lang::En, "t", text);
        assert_eq!(
            labels(&doc),
            [
                "art1",
                "art1.p1",
                "art1.a",
                "art1.a.i",
                "art1.a.ii",
                "art1.b"
            ]
        );
    }

    #[test]
    fn markers_of_every_script() {
        for (lang, marker) in [
            (Lang::Fr, "c)"),
            (Lang::Ru, "в)"),
            (Lang::Ar, "(ج)"),
            (Lang::Zh, "(c)"),
        ] {
            let text = format!("Article 3\n\nIntro:\n\n{marker} texte.");
            let doc = read_str(lang, "t", &text);
            assert_eq!(doc.segments[2].kind, SegmentKind::Item);
            assert_eq!(
                doc.segments[2]
                    .label
                    .as_ref()
                    .map(ToString::to_string)
                    .as_deref(),
                Some("art3.c"),
                "{lang}"
            );
        }
    }

    #[test]
    fn markdown_headings_in_the_masthead_are_read_as_header_and_title() {
        let text = "# General Assembly\n\nDistr.\nGENERAL\n\n## 51/60. A title\n\n\
                    The General Assembly,\n\nNoting something,\n\n## 51/61. Not a title";
        let doc = read_str(Lang::En, "t", text);
        assert_eq!(
            labels(&doc),
            [
                "header.organ",
                "header.distribution",
                "title",
                "formula",
                "pre.1",
                "pre.2"
            ]
        );
        assert_eq!(doc.segments[0].text, "General Assembly");
        assert_eq!(doc.segments[2].text, "51/60. A title");
        assert_eq!(doc.segments[5].text, "51/61. Not a title");
    }

    #[test]
    fn hostile_fragments_do_not_panic() {
        for text in [
            "",
            "\u{feff}",
            "<!--",
            "<sup>",
            "<sup>1</sup>",
            "---\n\n<sup>99999999999</sup> x",
            "#",
            "####### x",
            "1.",
            "(",
            "()",
            "1 -",
            "1/",
            "51/60.",
            "第条",
            "\r\n\r\n",
            "**",
        ] {
            let _ = read_str(Lang::En, "t", text);
        }
    }
}
