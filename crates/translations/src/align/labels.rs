//! Which structural labels the text itself vouches for.
//!
//! The reader gives two sorts of labels. Some carry a number or letter written in the text
//! (`op.3` from "3. Decides", `annex.art7` from "Article 7", `annex.art7.b` from "(b)",
//! `fn.4` from a footnote marker) or name a part that occurs once (`title`, `formula`,
//! `closing`, `header.symbol`, `annex`). Others are counters the reader keeps because the
//! text gives nothing better: `pre.N` for the N-th unnumbered preambular paragraph,
//! `annex.artN.pK` for the K-th unnumbered paragraph of an article. A counter shifts by one
//! after every dropped, merged or split paragraph, so equal counters in two renderings say
//! nothing about correspondence; treating them as anchors turns one drop into a cascade of
//! wrong links. The aligner and the checks therefore ask [`Segment::written_label`].

use sixfold_l10n::numerals::normalize_digits;

use crate::model::Segment;

impl Segment {
    /// The segment's label when the text vouches for it (see the module documentation),
    /// `None` for positional counters and for unlabelled segments.
    #[must_use]
    pub fn written_label(&self) -> Option<&str> {
        let label = self.label.as_deref()?;
        is_written(label, &self.text).then_some(label)
    }
}

/// Whether `label`, given to a segment with text `text`, comes from the text rather than
/// from the reader's position counters.
#[must_use]
pub fn is_written(label: &str, text: &str) -> bool {
    // A `pre.N` counter anywhere in the label (`pre.3`, `annex.pre.2`, an item under a
    // preambular paragraph `pre.3.a`) makes the whole label positional.
    let mut parts = label.split('.').peekable();
    while let Some(part) = parts.next() {
        let last = parts.peek().is_none();
        if part == "pre" && !last {
            return false;
        }
        // `pK` is written only when the paragraph starts with the number K ("2. States
        // shall", Arabic "2 - "); otherwise it counts unnumbered paragraphs. Only the last
        // part can be tested against the text: a `pK` parent of an item is judged by its
        // own segment.
        if let Some(k) = part.strip_prefix('p').and_then(|d| d.parse::<u64>().ok()) {
            if !last || leading_number(text) != Some(k) {
                return false;
            }
        }
    }
    true
}

/// The number a paragraph opens with ("2." or Arabic "2 -"), in any digit script, after
/// invisible marks and Markdown emphasis.
pub(crate) fn leading_number(text: &str) -> Option<u64> {
    let t = text.trim_start_matches(|c: char| {
        c.is_whitespace()
            || c == '*'
            || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    });
    let head: String = t.chars().take(12).collect();
    let head = normalize_digits(&head);
    let digits: String = head.chars().take_while(char::is_ascii_digit).collect();
    // The number must be marked as one, as the reader requires: "2." or Arabic "2 -".
    let rest = head.get(digits.len()..)?;
    // A dash must stand apart ("2 - "): "82-е" is a Russian ordinal, not a number.
    let marked = rest.starts_with('.')
        || (rest.starts_with(char::is_whitespace)
            && rest.trim_start().starts_with(['-', '\u{2013}', '\u{2014}']));
    if digits.is_empty() || !marked {
        None
    } else {
        digits.parse().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_are_not_written() {
        assert!(!is_written("pre.3", "Recalling its resolution 49/60,"));
        assert!(!is_written("annex.pre.2", "Convinced that"));
        assert!(!is_written("pre.3.a", "(a) Something"));
        assert!(!is_written("annex.art8.p1", "Member States shall"));
        assert!(!is_written("annex.art8.p2", "2 States"));
    }

    #[test]
    fn numbers_letters_and_parts_are_written() {
        for label in [
            "op.3",
            "annex.art7",
            "annex.art7.b",
            "annex.art7.b.ii",
            "op.2.a",
            "fn.4",
            "title",
            "formula",
            "closing",
            "header.symbol",
            "annex",
            "annex2.title",
        ] {
            assert!(is_written(label, "text"), "{label}");
        }
        assert!(is_written("annex.art8.p2", "2. States shall"));
        assert!(is_written("annex.p12", "\u{200F}١٢ - تقرر"));
        assert!(is_written("annex.art8.p2", "**2.** States"));
    }

    #[test]
    fn segments_ask_their_text() {
        let seg = |label: &str, text: &str| Segment {
            index: 0,
            kind: crate::model::SegmentKind::Paragraph,
            label: Some(label.to_owned()),
            text: text.to_owned(),
            line: 1,
            footnote_refs: vec![],
        };
        assert_eq!(seg("op.1", "1. Approves").written_label(), Some("op.1"));
        assert_eq!(seg("pre.1", "Recalling").written_label(), None);
    }
}
