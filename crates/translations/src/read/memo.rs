//! What the reader's whole-text stages compute of one line or one piece from its text
//! alone, kept from the read of an earlier version of the same rendering.
//!
//! The whole-text stages (comments, furniture, blocks, pages, units, shapes) are cheap
//! sequential logic around expensive questions asked of each line: its matching form,
//! whether it is shaped like furniture, its folded form, whether it is a heading; and of
//! each piece: its shape. The answers depend on nothing but the line's text (after
//! comments are removed) and the language, or the piece's lines, so a line whose text is
//! an earlier version's line takes that line's answers and a piece made of the same lines
//! takes that piece's shape. The sequential logic around them (the comment state, the
//! repetition count of running headers over the whole document, blocks, pagination) runs
//! in full on every version: a repetition decision can change anywhere when one line
//! changes, and recounting costs little once the folded forms are known.
//!
//! Which earlier line to compare with is a guess (the same line number, or the same
//! number counted from the end, which is where an unchanged line is after an edit in the
//! middle), but the answers are taken only when the texts are equal, so a wrong guess costs
//! the computation, never the result.

use std::sync::Arc;

use super::blocks::key_of;
use super::{Line, Shape, furniture, shape};
use sixfold_core::Lang;

/// The answers about one line that depend on its text alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct LineFacts {
    /// The line's matching form, when it differs from the text ([`key_of`]).
    pub(super) key: Option<Arc<str>>,
    /// See [`furniture::LineFurniture`].
    pub(super) furniture: furniture::LineFurniture,
}

impl LineFacts {
    pub(super) fn of(lang: Lang, text: &str) -> LineFacts {
        let key = key_of(text);
        let furniture = furniture::LineFurniture::of(lang, key.as_deref().unwrap_or(text));
        LineFacts { key, furniture }
    }
}

/// The lines and pieces of one read, for the read of the next version.
#[derive(Debug, Clone, Default)]
pub(crate) struct LineMemo {
    /// The lines' texts (comments removed), one after the other; line `i` ends at
    /// `ends[i]`.
    text: String,
    ends: Vec<usize>,
    facts: Vec<LineFacts>,
    /// The shape of each piece: its first line's index, its number of lines, its shape,
    /// in the order of the pieces (so by first line).
    shapes: Vec<(usize, usize, Shape)>,
    /// For each line, the earlier read's line whose text it has and whose facts it took
    /// (see [`LineMemo::came_from`]).
    from: Vec<Option<usize>>,
    /// Lines and shapes this read took from the earlier one.
    taken: (usize, usize),
}

impl LineMemo {
    /// How many lines' facts and pieces' shapes this read took from the earlier read.
    #[cfg(test)]
    pub(super) fn taken(&self) -> (usize, usize) {
        self.taken
    }

    /// How many lines the read had.
    pub(super) fn lines(&self) -> usize {
        self.ends.len()
    }

    /// The line of the earlier read (the memo given to this read) that line `i` of this
    /// read (counted from 0) took its facts from: a line with the same text (comments
    /// removed), so the same matching form and answers.
    pub(super) fn came_from(&self, i: usize) -> Option<usize> {
        self.from.get(i).copied().flatten()
    }

    fn line(&self, i: usize) -> Option<&str> {
        let start = if i == 0 { 0 } else { *self.ends.get(i - 1)? };
        self.text.get(start..*self.ends.get(i)?)
    }

    /// The index of the earlier line with the text of line `i` of a version of `lines`
    /// lines, if one of the two guesses is right.
    fn earlier(&self, i: usize, lines: usize, text: &str) -> Option<usize> {
        let from_end = (i + self.ends.len()).checked_sub(lines);
        [Some(i), from_end]
            .into_iter()
            .flatten()
            .find(|&j| self.line(j) == Some(text))
    }
}

/// The facts of a version's lines, taken from the earlier read's where a line's text is
/// the same, and where each line came from.
pub(super) struct Answers<'m> {
    earlier: Option<&'m LineMemo>,
    lines: usize,
    lang: Lang,
    pub(super) facts: Vec<LineFacts>,
    /// The earlier line each line's facts were taken from.
    from: Vec<Option<usize>>,
    /// The memo being made for the next version, when one is kept.
    next: Option<LineMemo>,
    taken_shapes: usize,
}

impl<'m> Answers<'m> {
    /// Facts for a text of `lines` lines and `bytes` bytes; `keep` makes a memo for the
    /// next version.
    pub(super) fn new(
        lang: Lang,
        (lines, bytes): (usize, usize),
        earlier: Option<&'m LineMemo>,
        keep: bool,
    ) -> Answers<'m> {
        Answers {
            earlier,
            lines,
            lang,
            facts: Vec::with_capacity(lines),
            from: Vec::with_capacity(lines),
            next: keep.then(|| LineMemo {
                text: String::with_capacity(bytes),
                ends: Vec::with_capacity(lines),
                ..LineMemo::default()
            }),
            taken_shapes: 0,
        }
    }

    /// The facts of the next line (`text`, comments removed), whose matching form is
    /// returned for its [`Line`].
    pub(super) fn push(&mut self, text: &str) -> Option<Arc<str>> {
        let i = self.facts.len();
        let earlier = self.earlier.and_then(|m| {
            let j = m.earlier(i, self.lines, text)?;
            Some((j, m.facts.get(j)?))
        });
        let facts = if let Some((j, facts)) = earlier {
            self.from.push(Some(j));
            facts.clone()
        } else {
            self.from.push(None);
            LineFacts::of(self.lang, text)
        };
        let key = facts.key.clone();
        self.facts.push(facts);
        if let Some(next) = &mut self.next {
            next.text.push_str(text);
            next.ends.push(next.text.len());
        }
        key
    }

    /// The shape of a piece of `lines`: an earlier piece's when its lines are the
    /// earlier lines in the same order (the shape reads only the lines' texts).
    pub(super) fn shape(&mut self, lang: Lang, lines: &[Line]) -> Shape {
        // Line numbers count from 1; `from` is indexed from 0.
        let first = lines.first().and_then(|l| l.no.checked_sub(1));
        let contiguous = lines
            .iter()
            .zip(first.unwrap_or(0)..)
            .all(|(l, i)| l.no.checked_sub(1) == Some(i));
        let earlier_first = first.and_then(|i| self.from.get(i).copied().flatten());
        let taken = match (self.earlier, first, earlier_first) {
            (Some(m), Some(first), Some(j)) if contiguous => {
                let same = (0..lines.len())
                    .all(|k| self.from.get(first + k).copied().flatten() == Some(j + k));
                let earlier = m
                    .shapes
                    .binary_search_by_key(&j, |&(first, _, _)| first)
                    .ok()
                    .and_then(|k| m.shapes.get(k))
                    .filter(|&&(_, len, _)| same && len == lines.len());
                earlier.map(|(_, _, shape)| shape.clone())
            }
            _ => None,
        };
        self.taken_shapes += usize::from(taken.is_some());
        let shape = taken.unwrap_or_else(|| shape(lang, lines));
        if let (Some(next), Some(first)) = (&mut self.next, first) {
            if contiguous {
                next.shapes.push((first, lines.len(), shape.clone()));
            }
        }
        shape
    }

    /// The memo for the next version (when one was asked for).
    pub(super) fn into_memo(self) -> Option<LineMemo> {
        let mut next = self.next?;
        next.facts = self.facts;
        next.taken = (self.from.iter().flatten().count(), self.taken_shapes);
        next.from = self.from;
        Some(next)
    }
}
