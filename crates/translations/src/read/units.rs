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
/// parts after the first are not after a page break.
pub(super) fn split_units(lang: Lang, pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out = Vec::with_capacity(pieces.len());
    for piece in pieces {
        if piece.lines.len() < 2 {
            out.push(piece);
            continue;
        }
        let mut after_break = piece.after_break;
        let mut current: Vec<Line> = Vec::new();
        for line in piece.lines {
            let cut = current
                .last()
                .is_some_and(|prev| ends_unit(prev.key()) && opens_unit(lang, &line));
            if cut {
                out.push(Piece {
                    lines: std::mem::take(&mut current),
                    after_break,
                });
                after_break = false;
            }
            current.push(line);
        }
        out.push(Piece {
            lines: current,
            after_break,
        });
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
