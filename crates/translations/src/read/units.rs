//! Blocks that hold several numbered paragraphs or lettered items without blank lines
//! between them (text pasted from a web page or a word processor, extractors that drop
//! empty lines) are cut into one piece per paragraph or item, so each gives one segment
//! whether or not blank lines separate them.
//!
//! A line opens a new unit only when it starts with a paragraph number or a subparagraph
//! marker *and* the line before it ends a unit (`;`, `:`, `.`, `,` and their Arabic and
//! Chinese forms): a line wrapped in the middle of a sentence that happens to start with
//! "(a)" or "2." stays where it is.

use sixfold_core::Lang;

use super::{Line, Piece, item_marker, trim_line};
use crate::label::paragraph_number;

/// Punctuation that ends a paragraph, a preambular paragraph or a list item.
fn ends_unit(line: &str) -> bool {
    line.trim_end_matches(|c: char| c.is_whitespace() || sixfold_l10n::is_ignorable_mark(c))
        .trim_end_matches("**")
        .ends_with([
            ';', ':', '.', ',', '؛', '،', '。', '；', '：', '，', '!', '?', '»', '”',
        ])
}

/// Whether `line` opens a paragraph or an item of its own.
fn opens_unit(lang: Lang, line: &Line) -> bool {
    let key = trim_line(line.key());
    paragraph_number(key).is_some() || item_marker(lang, key).is_some()
}

/// Cuts every piece before each line that opens a unit after a line that ends one. The
/// parts after the first are not after a page break. A piece that is not cut is kept as
/// it came, and the parts of one that is are made with room for their lines only (the
/// pieces are held until the classifier is done with them).
pub(super) fn split_units(lang: Lang, pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out = Vec::with_capacity(pieces.len());
    for piece in pieces {
        if piece.lines.len() < 2 {
            out.push(piece);
            continue;
        }
        let cuts: Vec<usize> = piece
            .lines
            .windows(2)
            .enumerate()
            .filter(|(_, pair)| {
                matches!(pair, [prev, line] if ends_unit(prev.key()) && opens_unit(lang, line))
            })
            .map(|(i, _)| i + 1)
            .collect();
        if cuts.is_empty() {
            out.push(piece);
            continue;
        }
        let mut after_break = piece.after_break;
        let mut lines = piece.lines.into_iter();
        let mut at = 0;
        for end in cuts.into_iter().chain([usize::MAX]) {
            let part: Vec<Line> = lines.by_ref().take(end - at).collect();
            at = end;
            out.push(Piece {
                lines: part,
                after_break,
            });
            after_break = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(lines: &[&str]) -> Piece<'static> {
        Piece {
            lines: lines
                .iter()
                .enumerate()
                .map(|(i, l)| Line::new(i + 1, (*l).to_owned()))
                .collect(),
            after_break: true,
        }
    }

    fn texts(pieces: &[Piece]) -> Vec<Vec<String>> {
        pieces
            .iter()
            .map(|p| p.lines.iter().map(|l| l.text.to_string()).collect())
            .collect()
    }

    #[test]
    fn numbered_paragraphs_and_items_in_one_block_are_cut() {
        let out = split_units(
            Lang::En,
            vec![piece(&[
                "1. Decides:",
                "(a) To do one thing;",
                "(b) To do another",
                "thing;",
                "2. Requests a report.",
            ])],
        );
        assert_eq!(
            texts(&out),
            [
                vec!["1. Decides:"],
                vec!["(a) To do one thing;"],
                vec!["(b) To do another", "thing;"],
                vec!["2. Requests a report."],
            ]
        );
        assert!(out[0].after_break);
        assert!(!out[1].after_break);
    }

    #[test]
    fn a_wrapped_line_that_starts_like_a_number_stays() {
        let out = split_units(
            Lang::En,
            vec![piece(&[
                "Recalling paragraph",
                "2. of its resolution 50/1,",
            ])],
        );
        assert_eq!(out.len(), 1);
        let out = split_units(
            Lang::Ar,
            vec![piece(&[
                "1 - تقرر ما يلي:",
                "(أ) أن تفعل شيئا؛",
                "2 - تطلب تقريرا.",
            ])],
        );
        assert_eq!(out.len(), 3);
    }
}
