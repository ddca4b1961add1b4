//! Text normalisation shared by the parsers, and matching a line against a message
//! rendered with placeholders ("template inversion").
//!
//! Parsing never has its own copy of a phrase: a message is rendered with private-use
//! placeholder characters in place of its text arguments, and the result is matched
//! against the input, so the parser accepts exactly what the renderer writes.

use unicode_normalization::UnicodeNormalization;

use crate::numerals::{is_chinese_numeral_char, normalize_digits, parse_chinese_numeral};

/// NFC, ASCII digits, no Markdown heading or bold markers, single spaces, no outer
/// whitespace. Letter case is kept so extracted values (symbols) keep theirs.
#[must_use]
pub(crate) fn clean(text: &str) -> String {
    let nfc: String = text.nfc().collect();
    let digits = normalize_digits(&nfc);
    let mut s = digits.trim();
    // Headings extracted from PDFs carry Markdown markers ("#### Article 7").
    let hashes = s.trim_start_matches('#');
    if hashes.len() != s.len() && (hashes.is_empty() || hashes.starts_with(char::is_whitespace)) {
        s = hashes;
    }
    let without_bold = s.replace("**", "");
    without_bold
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// [`clean`], then lowercase: the form two spellings are compared in.
#[must_use]
pub(crate) fn fold(text: &str) -> String {
    clean(text).to_lowercase()
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
        let text: Vec<char> = clean(line).chars().collect();
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

    #[test]
    fn clean_strips_markdown_and_spaces() {
        assert_eq!(clean("  #### Article   7  "), "Article 7");
        assert_eq!(clean("**General Assembly**  "), "General Assembly");
        assert_eq!(clean("#hashtag"), "#hashtag");
        assert_eq!(fold("ANNEXE"), "annexe");
        assert_eq!(clean("الصفحة ٣"), "الصفحة 3");
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
