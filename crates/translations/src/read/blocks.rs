//! Blocks with line numbers, the reader's second layer (after [`crate::input`] turned a
//! file into text): the text is cut into numbered lines with HTML comments removed (line
//! numbers still those of the text), each line carries the form structure is recognised
//! on, and lines are grouped into blank-line-separated blocks. Furniture marking (the next
//! layer, `furniture`) flags lines before they are grouped.

use std::borrow::Cow;
use std::sync::Arc;

use sixfold_l10n::matching_form;

/// One source line with its 1-based number.
#[derive(Debug, Clone)]
pub(super) struct Line<'a> {
    pub(super) no: usize,
    /// What the translator wrote (comments removed); segment text is taken from here.
    /// Borrowed from the text read unless a comment was cut out of the line: a rendering
    /// has thousands of lines, and copying each one was a tenth of the reader's time.
    pub(super) text: Cow<'a, str>,
    /// The [`matching_form`] of `text`, when it differs: structure (headings, numbers,
    /// markers, page artifacts) is recognised on it, so a no-break space or a bidi mark
    /// cannot hide a heading.
    /// Shared, so that a line of a later version with the same text takes it without a
    /// copy (see `memo`).
    pub(super) key: Option<Arc<str>>,
    /// Page furniture (job number, page number, running header…), see `furniture`.
    pub(super) furniture: bool,
}

impl<'a> Line<'a> {
    #[cfg(test)]
    pub(super) fn new(no: usize, text: impl Into<Cow<'a, str>>) -> Self {
        let text = text.into();
        let key = key_of(&text);
        Line::keyed(no, text, key)
    }

    /// A line whose [`matching_form`] is `key` (`None`: the text itself).
    pub(super) fn keyed(no: usize, text: Cow<'a, str>, key: Option<Arc<str>>) -> Self {
        Line {
            no,
            text,
            key,
            furniture: false,
        }
    }

    /// The text structure is recognised on.
    pub(super) fn key(&self) -> &str {
        self.key.as_deref().unwrap_or(&self.text)
    }
}

/// Splits the text into numbered lines with HTML comments removed; a comment may span
/// lines, and the lines it covers become blank so that line numbers still match the file.
#[cfg(test)]
pub(super) fn strip_comments(text: &str) -> Vec<Line<'_>> {
    strip_comments_keyed(text, 0, key_of)
}

/// The [`matching_form`] of a line's text when it differs from the text (what
/// [`Line::key`] returns then).
pub(super) fn key_of(text: &str) -> Option<Arc<str>> {
    match matching_form(text) {
        Cow::Borrowed(_) => None,
        Cow::Owned(key) => Some(Arc::from(key)),
    }
}

/// [`strip_comments`], each line's matching form given by `key_of` (called once per line,
/// in order, with the line's text after comments are removed); `count` is how many lines
/// the text has, if known (room is made for them at once).
pub(super) fn strip_comments_keyed<'a>(
    text: &'a str,
    count: usize,
    mut key_of: impl FnMut(&str) -> Option<Arc<str>>,
) -> Vec<Line<'a>> {
    let mut line = |i: usize, text: Cow<'a, str>| -> Line<'a> {
        let key = key_of(&text);
        Line::keyed(i + 1, text, key)
    };
    let mut lines = Vec::with_capacity(count);
    if !text.contains("<!--") {
        // Nothing to remove: only cut the lines (most renderings).
        lines.extend(
            text.split('\n')
                .enumerate()
                .map(|(i, raw)| line(i, Cow::Borrowed(raw.strip_suffix('\r').unwrap_or(raw)))),
        );
        return lines;
    }
    let mut in_comment = false;
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let mut out = String::new();
        let mut rest = raw;
        loop {
            if in_comment {
                match rest.find("-->") {
                    Some(end) => {
                        rest = rest.get(end + 3..).unwrap_or("");
                        in_comment = false;
                    }
                    None => break,
                }
            } else if let Some(start) = rest.find("<!--") {
                out.push_str(rest.get(..start).unwrap_or(""));
                rest = rest.get(start + 4..).unwrap_or("");
                in_comment = true;
            } else {
                out.push_str(rest);
                break;
            }
        }
        lines.push(line(i, Cow::Owned(out)));
    }
    lines
}

/// A `---` line: the footnote separator at the bottom of a page.
pub(super) fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 3 && t.chars().all(|c| c == '-')
}

/// A `/...` line: the continuation marker at the bottom of a page.
pub(super) fn is_continuation(line: &str) -> bool {
    matches!(line.trim(), "/..." | "/…")
}

/// Cuts lines into blocks at blank lines; a page-furniture line, a `---` rule or a `/...`
/// marker is always a block of its own, even when an extraction glued it to its neighbours.
/// Each block is made with room for its lines only: most blocks are one line, and a
/// vector grown by pushing has room for four, so a long text's blocks took about twice
/// what their lines need until the classifier was done with them. (Hence `drain` and
/// `collect`, not `mem::take`, which would hand over the vector's spare room.)
#[allow(clippy::drain_collect)]
pub(super) fn split_blocks(lines: Vec<Line<'_>>) -> Vec<Vec<Line<'_>>> {
    let mut blocks = Vec::new();
    let mut current: Vec<Line<'_>> = Vec::new();
    for line in lines {
        if line.key().trim().is_empty() {
            if !current.is_empty() {
                blocks.push(current.drain(..).collect());
            }
        } else if line.furniture || is_rule(line.key()) || is_continuation(line.key()) {
            if !current.is_empty() {
                blocks.push(current.drain(..).collect());
            }
            blocks.push(vec![line]);
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        blocks.push(current.drain(..).collect());
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(blocks: &'a [Vec<Line<'_>>]) -> Vec<Vec<(usize, &'a str)>> {
        blocks
            .iter()
            .map(|b| b.iter().map(|l| (l.no, l.text.as_ref())).collect())
            .collect()
    }

    #[test]
    fn comments_go_and_line_numbers_stay() {
        let lines = strip_comments("a <!-- x\ny --> b\r\n\n<!-- z -->c");
        let got: Vec<(usize, &str)> = lines.iter().map(|l| (l.no, l.text.as_ref())).collect();
        assert_eq!(got, [(1, "a "), (2, " b"), (3, ""), (4, "c")]);
    }

    #[test]
    fn rules_markers_and_furniture_are_blocks_of_their_own() {
        let mut lines = strip_comments("one\ntwo\n---\nthree\n/...\nfour\n\n\nfive\n25-19876 (E)");
        lines[9].furniture = true;
        let blocks = split_blocks(lines);
        assert_eq!(
            texts(&blocks),
            [
                vec![(1, "one"), (2, "two")],
                vec![(3, "---")],
                vec![(4, "three")],
                vec![(5, "/...")],
                vec![(6, "four")],
                vec![(9, "five")],
                vec![(10, "25-19876 (E)")],
            ]
        );
    }

    #[test]
    fn structure_is_recognised_on_the_matching_form() {
        // A no-break space and a bidi mark do not hide an empty line or a rule.
        let lines = strip_comments("\u{a0}\u{200f}\n---\u{200f}");
        assert!(lines[0].key().trim().is_empty());
        assert_eq!(lines[0].text, "\u{a0}\u{200f}");
        let blocks = split_blocks(lines);
        assert_eq!(texts(&blocks), [vec![(2, "---\u{200f}")]]);
    }
}
