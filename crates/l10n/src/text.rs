//! Text normalisation shared by the parsers, and matching a line against a message
//! rendered with placeholders ("template inversion").
//!
//! Parsing never has its own copy of a phrase: a message is rendered with private-use
//! placeholder characters in place of its text arguments, and the result is matched
//! against the input, so the parser accepts exactly what the renderer writes.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use crate::numerals::{is_chinese_numeral_char, normalize_digits, parse_chinese_numeral};

/// The one list of the invisible characters that steer bidirectional display, shared by
/// the reader, the exports' escaping and the terminal output (so they cannot disagree on
/// what counts).
///
/// Marks that only state a direction: left-to-right, right-to-left and Arabic letter
/// marks (U+200E, U+200F, U+061C). Arabic typesetting uses them legitimately, and on their
/// own they cannot reorder other text.
#[must_use]
pub fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Explicit bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). They
/// reorder the text that follows them in every bidi-aware viewer, so a stray one can make
/// a terminal, a CAT tool or the review page show a paragraph differently from what it is
/// (the "Trojan Source" problem).
#[must_use]
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Invisible characters that only steer display and never change what a line says: the
/// direction marks ([`is_direction_mark`]), the bidi controls ([`is_bidi_control`]) and
/// the byte-order mark / zero-width no-break space (U+FEFF). Arabic translators put them
/// before headings and paragraph numbers, and a BOM opens many files saved on Windows;
/// none of them may stop a heading being one.
#[must_use]
pub fn is_ignorable_mark(c: char) -> bool {
    is_direction_mark(c) || is_bidi_control(c) || c == '\u{FEFF}'
}

/// Space characters other than U+0020 that translators type (the no-break space French
/// puts before `:` and inside `Article 7`, the narrow no-break space, the ideographic
/// space, the typographic spaces U+2000–U+200A).
fn is_other_space(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Zero-width joiner and non-joiner: they change how Arabic and Persian letters join, so
/// inside a word they are part of the spelling and are kept.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// A character a joiner can sit between inside a word: anything but ASCII (digits,
/// punctuation, Markdown markup) and spaces.
fn is_word_char(c: char) -> bool {
    !c.is_ascii() && !c.is_whitespace() && !is_ignorable_mark(c) && !is_joiner(c)
}

/// The form every parser matches a line in (the reader, these parsers and the header
/// extractor share it so they agree on what a heading is): [`is_ignorable_mark`]
/// characters removed, other Unicode spaces turned into U+0020, and a zero-width joiner or
/// non-joiner removed unless it sits between two letters of a word. Line breaks and every
/// other character are kept, so line numbers and byte positions of ASCII markup stay
/// meaningful. Text shown to people (segment text) is never taken from this form.
#[must_use]
pub fn matching_form(text: &str) -> Cow<'_, str> {
    if !has_matching_change(text) {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_ignorable_mark(c) {
            continue;
        }
        if is_other_space(c) {
            out.push(' ');
        } else if is_joiner(c) {
            let before = chars[..i].iter().rev().find(|&&b| !is_ignorable_mark(b));
            let after = chars.get(i + 1..).and_then(|rest| {
                rest.iter()
                    .find(|&&a| !is_ignorable_mark(a) && !is_joiner(a))
            });
            if before.is_some_and(|&b| is_word_char(b) || is_joiner(b))
                && after.is_some_and(|&a| is_word_char(a))
            {
                out.push(c);
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Whether `text` holds a character [`matching_form`] removes or replaces: an
/// [`is_ignorable_mark`], [`is_other_space`] or [`is_joiner`] character. Every line of
/// every rendering is asked, so the UTF-8 bytes are scanned instead of decoding
/// characters; each of those characters starts with one of six lead bytes, which the
/// continuation bytes of other characters (0x80–0xBF) never equal.
fn has_matching_change(text: &str) -> bool {
    let bytes = text.as_bytes();
    // All six lead bytes are non-ASCII: ASCII text (most lines of most languages) is
    // answered by the word-at-a-time ASCII test.
    let Some(first) = first_non_ascii(bytes) else {
        return false;
    };
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let lead = |b: u8| matches!(b, 0xC2 | 0xD8 | 0xE1 | 0xE2 | 0xE3 | 0xEF);
    bytes.iter().enumerate().skip(first).any(|(i, &b)| {
        lead(b)
            && match b {
                // U+00A0
                0xC2 => at(i + 1) == 0xA0,
                // U+061C
                0xD8 => at(i + 1) == 0x9C,
                // U+1680
                0xE1 => at(i + 1) == 0x9A && at(i + 2) == 0x80,
                0xE2 => match (at(i + 1), at(i + 2)) {
                    // U+2000–U+200A, U+200C–U+200F; U+202A–U+202F
                    (0x80, c) => matches!(c, 0x80..=0x8A | 0x8C..=0x8F | 0xAA..=0xAF),
                    // U+205F; U+2066–U+2069
                    (0x81, c) => matches!(c, 0x9F | 0xA6..=0xA9),
                    _ => false,
                },
                // U+3000
                0xE3 => at(i + 1) == 0x80 && at(i + 2) == 0x80,
                // U+FEFF
                0xEF => at(i + 1) == 0xBB && at(i + 2) == 0xBF,
                _ => false,
            }
    })
}

/// The index of the first non-ASCII byte, looked for eight bytes at a time: the scans
/// the reader makes over every line skip ASCII text this way.
#[must_use]
pub fn first_non_ascii(bytes: &[u8]) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut at = 0;
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(word);
        if u64::from_le_bytes(eight) & HIGH != 0 {
            break;
        }
        at += 8;
    }
    bytes
        .get(at..)?
        .iter()
        .position(|&b| !b.is_ascii())
        .map(|i| at + i)
}

/// Whether `text` is in NFC by the quick check: exactly
/// `is_nfc_quick(text.chars()) == IsNormalized::Yes`, answered faster.
///
/// The quick check looks up two properties of every non-ASCII character. A character that
/// is a starter (combining class 0) and may stand in NFC (quick-check property Yes) — most
/// Latin, Cyrillic, Arabic and CJK letters — leaves the check exactly as an ASCII
/// character does, so runs of ASCII are skipped eight bytes at a time, such characters
/// are told by one bit of a table made once from the same properties, and only the runs
/// between them go through the quick check itself.
#[must_use]
pub fn is_nfc(text: &str) -> bool {
    let bytes = text.as_bytes();
    let Some(mut i) = first_non_ascii(bytes) else {
        return true;
    };
    let table = settled_chars();
    // The start of the current run of characters that are not settled.
    let mut run: Option<usize> = None;
    let run_ok = |from: usize, to: usize| {
        text.get(from..to).is_none_or(|r| {
            unicode_normalization::is_nfc_quick(r.chars())
                == unicode_normalization::IsNormalized::Yes
        })
    };
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if let Some(from) = run.take() {
                if !run_ok(from, i) {
                    return false;
                }
            }
            i = match bytes.get(i..).and_then(first_non_ascii) {
                Some(next) => i + next,
                None => bytes.len(),
            };
            continue;
        }
        // `i` is at the lead byte of a character of two to four bytes (the text is
        // UTF-8), decoded here without the checks of a general decoder.
        let cont = |k: usize| u32::from(bytes.get(i + k).copied().unwrap_or(0) & 0x3F);
        let lead = u32::from(b);
        let (code, width) = if b < 0xE0 {
            (((lead & 0x1F) << 6) | cont(1), 2)
        } else if b < 0xF0 {
            (((lead & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
        } else {
            (
                ((lead & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
                4,
            )
        };
        if is_settled(table, code) {
            if let Some(from) = run.take() {
                if !run_ok(from, i) {
                    return false;
                }
            }
        } else if run.is_none() {
            run = Some(i);
        }
        i += width;
    }
    run.is_none_or(|from| run_ok(from, bytes.len()))
}

/// One bit per character of the Basic Multilingual Plane: set when the character has
/// combining class 0 and NFC quick-check property Yes. Written by the build script from
/// the properties `unicode-normalization` itself uses, so it cannot disagree with the
/// quick check (a test makes it again at run time and compares).
fn settled_chars() -> &'static [u64] {
    // Generated bit patterns, not meant to be read.
    #[allow(clippy::unreadable_literal)]
    static TABLE: [u64; 0x1_0000 / 64] = include!(concat!(env!("OUT_DIR"), "/settled_chars.rs"));
    &TABLE
}

fn is_settled(table: &[u64], code: u32) -> bool {
    table
        .get((code / 64) as usize)
        .is_some_and(|word| word & (1 << (code % 64)) != 0)
}

/// NFC, ASCII digits, no Markdown heading or bold markers, single spaces, no outer
/// whitespace, no invisible marks ([`matching_form`]). Letter case is kept so extracted
/// values (symbols) keep theirs.
#[must_use]
pub(crate) fn clean(text: &str) -> String {
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if last.input != text {
            last.input.clear();
            last.input.push_str(text);
            let cleaned = clean_uncached(text);
            last.cleaned.clone_from(&cleaned);
            last.folded = None;
            return cleaned;
        }
        last.cleaned.clone()
    })
}

/// The last text [`clean`]ed on a thread, with its clean and folded forms. The masthead
/// reader offers each run of words to a dozen parsers one after the other, and each
/// cleans or folds it first; remembering one text is enough to do that once per run.
#[derive(Default)]
struct LastCleaned {
    input: String,
    cleaned: String,
    folded: Option<String>,
}

thread_local! {
    static LAST: std::cell::RefCell<LastCleaned> = std::cell::RefCell::new(LastCleaned::default());
}

fn clean_uncached(text: &str) -> String {
    // The parsers clean every run of words they try, so the common cases skip the
    // copies: ASCII text is its own NFC form with ASCII digits, and most other text is
    // already NFC (a quick check, exact when it answers yes).
    let matching = matching_form(text);
    let nfc: Cow<'_, str> = if is_nfc(&matching) {
        matching
    } else {
        Cow::Owned(matching.nfc().collect())
    };
    let digits: Cow<'_, str> = if nfc.is_ascii() {
        nfc
    } else {
        Cow::Owned(normalize_digits(&nfc))
    };
    let mut s = digits.trim();
    // Headings extracted from PDFs carry Markdown markers ("#### Article 7").
    let hashes = s.trim_start_matches('#');
    if hashes.len() != s.len() && (hashes.is_empty() || hashes.starts_with(char::is_whitespace)) {
        s = hashes;
    }
    let mut out = String::with_capacity(s.len());
    // Bold markers removed first, then white space runs made single spaces: removing
    // "**" can join two runs of spaces into one.
    let without_bold: Cow<'_, str> = if s.contains("**") {
        Cow::Owned(without_paired_bold(s))
    } else {
        Cow::Borrowed(s)
    };
    for word in without_bold.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `text` without the `**` marks that open and close a bold run; a `**` that pairs with
/// nothing stays text.
///
/// UN text calls a note with asterisks after a name ("South Africa:** draft resolution",
/// "加纳**(2015)"); removing those would change the words of the paragraph, and a
/// segment would no longer match the same paragraph read elsewhere. A mark can open when
/// a non-space follows it and close when a non-space precedes it (Chinese has no spaces,
/// so a mark between two characters can do either); a closing mark pairs with the
/// nearest open one before it, as the reader pairs single emphasis marks.
#[must_use]
pub fn without_paired_bold(text: &str) -> String {
    let marks: Vec<usize> = text.match_indices("**").map(|(at, _)| at).collect();
    let mut open: Option<usize> = None;
    let mut paired = Vec::new();
    for &at in &marks {
        let space_before = text[..at]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace);
        let space_after = text[at + 2..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace);
        match open {
            Some(start) if !space_before => {
                paired.push(start);
                paired.push(at);
                open = None;
            }
            _ if !space_after => open = Some(at),
            _ => {}
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for at in paired {
        out.push_str(&text[from..at]);
        from = at + 2;
    }
    out.push_str(&text[from..]);
    out
}

/// [`clean`], then lowercase: the form two spellings are compared in.
#[must_use]
pub(crate) fn fold(text: &str) -> String {
    let cleaned = clean(text);
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        // `clean` just made `text` the remembered input.
        if let Some(folded) = &last.folded {
            return folded.clone();
        }
        let folded = cleaned.to_lowercase();
        last.folded = Some(folded.clone());
        folded
    })
}

/// Numbers a line might carry: runs of digits and runs of Chinese numerals, in order.
pub(crate) fn number_candidates(cleaned: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut digits = String::new();
    let mut hanzi = String::new();
    for c in cleaned.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            digits.push(c);
        } else if !digits.is_empty() {
            if let Ok(n) = digits.parse() {
                out.push(n);
            }
            digits.clear();
        }
        if is_chinese_numeral_char(c) {
            hanzi.push(c);
        } else if !hanzi.is_empty() {
            out.extend(parse_chinese_numeral(&hanzi));
            hanzi.clear();
        }
    }
    out
}

/// First private-use character used as a placeholder; placeholder `i` is this plus `i`.
const PLACEHOLDER: u32 = 0xE000;

/// The placeholder standing for text argument number `i` when rendering a template.
pub(crate) fn placeholder(i: usize) -> String {
    char::from_u32(PLACEHOLDER + i as u32)
        .map(String::from)
        .unwrap_or_default()
}

/// A rendered message split into literal text and numbered holes.
#[derive(Debug, Clone)]
pub(crate) struct Template {
    pieces: Vec<Piece>,
}

#[derive(Debug, Clone)]
enum Piece {
    Literal(Vec<char>),
    Hole(usize),
}

impl Template {
    /// Splits a message rendered with [`placeholder`]s for its text arguments.
    pub(crate) fn new(rendered: &str) -> Self {
        let mut pieces = Vec::new();
        let mut literal = Vec::new();
        for c in clean(rendered).chars() {
            let code = u32::from(c);
            if (PLACEHOLDER..PLACEHOLDER + 32).contains(&code) {
                if !literal.is_empty() {
                    pieces.push(Piece::Literal(std::mem::take(&mut literal)));
                }
                pieces.push(Piece::Hole((code - PLACEHOLDER) as usize));
            } else {
                literal.push(c);
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Literal(literal));
        }
        Template { pieces }
    }

    /// Matches a whole line (case-insensitively on the literal parts) and returns the text
    /// of each hole, indexed by hole number, trimmed; `None` if the line has another shape.
    pub(crate) fn match_line(&self, line: &str) -> Option<Vec<String>> {
        let cleaned = clean(line);
        if !self.ends_may_match(&cleaned) {
            return None;
        }
        self.match_cleaned(&cleaned)
    }

    /// [`Self::match_line`] of a line already cleaned, without the look at its ends.
    fn match_cleaned(&self, cleaned: &str) -> Option<Vec<String>> {
        let text: Vec<char> = cleaned.chars().collect();
        let holes = self
            .pieces
            .iter()
            .filter(|p| matches!(p, Piece::Hole(_)))
            .count();
        let mut found = vec![String::new(); holes.max(self.max_hole() + 1)];
        if self.match_from(0, &text, 0, &mut found) {
            found.truncate(self.max_hole() + 1);
            Some(found)
        } else {
            None
        }
    }

    /// Whether `text` opens with the template's first piece and closes with its last,
    /// where those are literal: [`Self::match_from`] asks exactly that of the first piece
    /// at position 0 and, since a match must end at the end of the text, of the last at
    /// the end. The masthead reader offers every run of words of a line to a dozen
    /// templates and most runs fail here, before their characters are collected.
    fn ends_may_match(&self, text: &str) -> bool {
        let same = |a: char, b: &char| a == *b || a.to_lowercase().eq(b.to_lowercase());
        if let Some(Piece::Literal(lit)) = self.pieces.first() {
            let mut chars = text.chars();
            if !lit.iter().all(|b| chars.next().is_some_and(|a| same(a, b))) {
                return false;
            }
        }
        if let Some(Piece::Literal(lit)) = self.pieces.last() {
            let mut chars = text.chars().rev();
            if !lit
                .iter()
                .rev()
                .all(|b| chars.next().is_some_and(|a| same(a, b)))
            {
                return false;
            }
        }
        true
    }

    fn max_hole(&self) -> usize {
        self.pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Hole(i) => Some(*i),
                Piece::Literal(_) => None,
            })
            .max()
            .unwrap_or(0)
    }

    fn match_from(&self, piece: usize, text: &[char], pos: usize, found: &mut [String]) -> bool {
        let Some(current) = self.pieces.get(piece) else {
            return pos == text.len();
        };
        match current {
            Piece::Literal(lit) => {
                literal_at(lit, text, pos)
                    && self.match_from(piece + 1, text, pos + lit.len(), found)
            }
            Piece::Hole(index) => {
                // A hole takes at least one character; try the shortest first so that the
                // literal after it is matched at its first occurrence.
                for end in pos + 1..=text.len() {
                    let next_ok = match self.pieces.get(piece + 1) {
                        Some(Piece::Literal(lit)) => literal_at(lit, text, end),
                        Some(Piece::Hole(_)) | None => true,
                    };
                    if !next_ok {
                        continue;
                    }
                    let value: String = text[pos..end].iter().collect();
                    let trimmed = value.trim();
                    if trimmed.is_empty() {
                        continue;
                    }
                    if let Some(slot) = found.get_mut(*index) {
                        trimmed.clone_into(slot);
                    }
                    if self.match_from(piece + 1, text, end, found) {
                        return true;
                    }
                }
                false
            }
        }
    }
}

fn literal_at(lit: &[char], text: &[char], pos: usize) -> bool {
    text.get(pos..pos + lit.len()).is_some_and(|window| {
        window
            .iter()
            .zip(lit)
            .all(|(a, b)| a == b || a.to_lowercase().eq(b.to_lowercase()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use sixfold_core::Lang;

    #[test]
    fn the_look_at_a_templates_ends_turns_away_no_line_it_matches() {
        use crate::localizer::Args;
        // Every template the masthead parsers use, in every language, against renderings
        // of all of them in every language, cut, in other letter cases and with text around.
        let args = |i: usize| {
            Args::new()
                .num("count", u32::try_from(i % 3 + 1).unwrap_or(1))
                .num("committee", 3)
                .num("n", u32::try_from(i + 1).unwrap_or(1))
                .text("items", placeholder(0))
                .text("symbol", placeholder(0))
                .text("date", placeholder(0))
                .text("resolution", placeholder(0))
                .text("title", placeholder(1))
                .text("number", placeholder(0))
                .text("year", placeholder(1))
                .text("numeral", placeholder(0))
                .text("head", placeholder(0))
                .text("last", placeholder(1))
        };
        let ids = [
            "header-agenda",
            "header-adopted-dated",
            "header-report",
            "header-report-plenary",
            "header-title",
            "header-sc-resolution",
            "header-sc-adopted",
            "header-agenda-subitem",
            "heading-annex-numbered",
            "list-and",
        ];
        let mut templates = Vec::new();
        let mut lines = Vec::new();
        for lang in Lang::ALL {
            for id in ids {
                for i in 0..3 {
                    templates.extend(
                        crate::structure::templates(lang, id, &args(i))
                            .iter()
                            .cloned(),
                    );
                    for form in crate::structure::forms(lang, id, &args(i)) {
                        let filled = form
                            .replace(placeholder(0).as_str(), "A/80/534 and 12")
                            .replace(placeholder(1).as_str(), "Title (2015)");
                        let chars: Vec<char> = filled.chars().collect();
                        for cut in [1, 2, chars.len() / 2] {
                            lines.push(chars.get(cut..).unwrap_or_default().iter().collect());
                            let end = chars.len().saturating_sub(cut);
                            lines.push(chars.get(..end).unwrap_or_default().iter().collect());
                        }
                        lines.push(filled.to_uppercase());
                        lines.push(format!("**{filled}** "));
                        lines.push(format!("x {filled}"));
                        lines.push(format!("{filled} x"));
                        lines.push(filled);
                    }
                }
            }
        }
        let mut matched = 0;
        for line in &lines {
            let cleaned = clean(line);
            for template in &templates {
                let full = template.match_cleaned(&cleaned);
                matched += usize::from(full.is_some());
                if !template.ends_may_match(&cleaned) {
                    assert_eq!(full, None, "{line}");
                }
            }
        }
        assert!(matched > 1000, "{matched}");
    }

    #[test]
    fn the_byte_scan_finds_exactly_the_characters_matching_form_changes() {
        // Every character of the Basic Multilingual Plane and a few beyond, alone and
        // between letters: the byte scan agrees with the character tests.
        let chars = (0u32..0x1_0000)
            .chain(0x1_F000..0x1_F100)
            .filter_map(char::from_u32);
        for c in chars {
            let expected = is_ignorable_mark(c) || is_other_space(c) || is_joiner(c);
            for text in [
                c.to_string(),
                format!("a{c}b"),
                format!("\u{0628}{c}"),
                // Past the first eight-byte word, and in a word's last byte.
                format!("Article seventeen {c} of"),
                format!("1234567{c}"),
            ] {
                assert_eq!(
                    has_matching_change(&text),
                    expected,
                    "U+{:04X}",
                    u32::from(c)
                );
            }
        }
    }

    #[test]
    fn the_settled_table_is_made_from_the_normalisation_properties() {
        let mut table = vec![0u64; 0x1_0000 / 64];
        for code in 0x80u32..0x1_0000 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            if unicode_normalization::char::canonical_combining_class(c) == 0
                && unicode_normalization::is_nfc_quick(std::iter::once(c))
                    == unicode_normalization::IsNormalized::Yes
            {
                table[(code / 64) as usize] |= 1 << (code % 64);
            }
        }
        assert_eq!(settled_chars(), table.as_slice());
    }

    #[test]
    fn is_nfc_answers_as_the_quick_check_does() {
        let quick = |t: &str| {
            unicode_normalization::is_nfc_quick(t.chars())
                == unicode_normalization::IsNormalized::Yes
        };
        // Every character, alone, after ASCII and after other characters, and before and
        // after combining marks in and out of canonical order.
        let chars = (0u32..0x1_0000)
            .chain(0x1_0000..0x1_2000)
            .chain(0x1_D100..0x1_D200)
            .chain(0x2_F800..0x2_FA20)
            .filter_map(char::from_u32);
        for c in chars {
            for text in [
                c.to_string(),
                format!("abcdefghij{c}"),
                format!("{c}\u{0301}"),
                format!("{c}\u{0316}\u{0301}"),
                format!("{c}\u{0301}\u{0316}"),
                format!("a\u{0301}{c}"),
                format!("\u{0627}\u{0653}{c}x"),
                format!("\u{4e00}{c}\u{0653}"),
                format!("é{c}\u{0300}abc"),
            ] {
                assert_eq!(is_nfc(&text), quick(&text), "{text:?}");
            }
        }
        // Longer mixed texts, from a simple generator over letters of the six scripts,
        // combining marks, composed and decomposed letters.
        let pool: Vec<char> = "aé e\u{0301}Ωй и\u{0306}ب\u{064e}آ ا\u{0653}中文、。\u{0316}\u{0301}\u{1100}\u{1161}\u{ac00}\u{2000}\u{212b}"
            .chars()
            .collect();
        let mut state = 7u64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(state % 23) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push(pool[(state % pool.len() as u64) as usize]);
            }
            state = state.wrapping_add(1);
            assert_eq!(is_nfc(&text), quick(&text), "{text:?}");
        }
    }

    #[test]
    fn first_non_ascii_is_the_first_byte_above_ascii() {
        for len in 0..40 {
            for at in 0..=len {
                let mut bytes = vec![b'a'; len];
                if let Some(b) = bytes.get_mut(at) {
                    *b = 0xC3;
                }
                let expected = (at < len).then_some(at);
                assert_eq!(first_non_ascii(&bytes), expected, "{len} {at}");
            }
        }
    }

    #[test]
    fn clean_strips_markdown_and_spaces() {
        assert_eq!(clean("  #### Article   7  "), "Article 7");
        assert_eq!(clean("**General Assembly**  "), "General Assembly");
        assert_eq!(
            clean("the **General Assembly**, and"),
            "the General Assembly, and"
        );
        assert_eq!(clean("大会**决议**草案"), "大会决议草案");
        // Real UN Parallel Corpus text: unpaired asterisks call a note and stay.
        assert_eq!(
            clean("South Africa:** draft resolution"),
            "South Africa:** draft resolution"
        );
        assert_eq!(
            clean("喀麦隆*(2015)、加纳**(2015)、利比亚*(2015)"),
            "喀麦隆*(2015)、加纳**(2015)、利比亚*(2015)"
        );
        assert_eq!(
            clean("Achim Kassow (Germany)**"),
            "Achim Kassow (Germany)**"
        );
        assert_eq!(clean("a ** b"), "a ** b");
        assert_eq!(clean("#hashtag"), "#hashtag");
        assert_eq!(fold("ANNEXE"), "annexe");
        assert_eq!(clean("الصفحة ٣"), "الصفحة 3");
    }

    #[test]
    fn matching_form_drops_marks_and_unifies_spaces() {
        assert_eq!(matching_form("Article\u{a0}7"), "Article 7");
        assert_eq!(
            matching_form("\u{feff}#### Article\u{202f}7"),
            "#### Article 7"
        );
        assert_eq!(
            matching_form("\u{200f}#### \u{200e}المادة\u{061c} 7\u{2069}"),
            "#### المادة 7"
        );
        // A non-joiner inside a Persian word is spelling; at a word edge it is noise.
        assert_eq!(matching_form("می\u{200c}خواهم"), "می\u{200c}خواهم");
        assert_eq!(matching_form("\u{200c}1. نص\u{200d} "), "1. نص ");
        assert!(matches!(matching_form("plain"), Cow::Borrowed(_)));
        assert_eq!(clean("#### المادة\u{a0}\u{200f}7"), "المادة 7");
    }

    #[test]
    fn candidates_find_digits_and_chinese_numerals() {
        assert_eq!(number_candidates("第十一条"), vec![11]);
        assert_eq!(number_candidates("28 January 1997"), vec![28, 1997]);
        assert_eq!(number_candidates("1997年1月28日"), vec![1997, 1, 28]);
    }

    #[test]
    fn templates_extract_holes_case_insensitively() {
        let t = Template::new(&format!(
            "[on the report of the Third Committee ({})]",
            placeholder(0)
        ));
        assert_eq!(
            t.match_line("[On the report of the Third Committee (A/51/610)]"),
            Some(vec!["A/51/610".to_owned()])
        );
        assert_eq!(
            t.match_line("[on the report of the Third Committee ()]"),
            None
        );
        let two = Template::new(&format!("{}. {}", placeholder(0), placeholder(1)));
        assert_eq!(
            two.match_line("51/60. Declaration. On crime"),
            Some(vec!["51/60".to_owned(), "Declaration. On crime".to_owned()])
        );
    }
}
