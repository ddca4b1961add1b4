//! Characters a reader cannot see in a segment: controls that no text should carry and
//! invisible characters that steer display.
//!
//! The exports remove both kinds (XML cannot hold most controls; bidi overrides reorder
//! what a CAT tool shows), so a translation that carries them is changed on its way out
//! without a word unless `check` says so. Controls and noncharacters come from broken
//! encodings or pasted binary and are errors; bidi embeddings, overrides and isolates and
//! zero-width spaces can be put there on purpose and are warnings. Direction marks (LRM,
//! RLM, ALM) and the joiners Arabic needs are ordinary text and are not reported.

use crate::check::{describe, finding_at};
use crate::model::{Finding, Segment, Severity};
use sixfold_core::Lang;

/// How many distinct characters a finding names; the count covers them all.
const NAMED: usize = 4;

/// A control other than tab and line feed, a noncharacter or the replacement character
/// (text lost when a file was decoded).
fn is_damage(c: char) -> bool {
    let u = u32::from(c);
    (c.is_control() && !matches!(c, '\t' | '\n'))
        || (0xFDD0..=0xFDEF).contains(&u)
        || u & 0xFFFE == 0xFFFE
        || c == '\u{FFFD}'
}

/// Bidi embeddings, overrides and isolates, zero-width spaces and a byte-order mark
/// inside the text.
fn is_invisible(c: char) -> bool {
    sixfold_l10n::is_bidi_control(c) || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// The findings for one segment: at most one `control-characters` error and one
/// `invisible-characters` warning.
pub(crate) fn scan(lang: Lang, seg: &Segment, out: &mut Vec<Finding>) {
    if seg.text.is_ascii()
        && !seg
            .text
            .bytes()
            .any(|b| b.is_ascii_control() && b != b'\t' && b != b'\n')
    {
        return;
    }
    for (code, severity, wanted) in [
        (
            "control-characters",
            Severity::Error,
            is_damage as fn(char) -> bool,
        ),
        ("invisible-characters", Severity::Warning, is_invisible),
    ] {
        let mut count = 0usize;
        let mut named: Vec<char> = Vec::new();
        for c in seg.text.chars().filter(|&c| wanted(c)) {
            count += 1;
            if named.len() < NAMED && !named.contains(&c) {
                named.push(c);
            }
        }
        if count == 0 {
            continue;
        }
        let chars = named
            .iter()
            .map(|&c| format!("U+{:04X}", u32::from(c)))
            .collect::<Vec<_>>()
            .join(", ");
        let what = match (severity == Severity::Error, count == 1) {
            (true, true) => "control character",
            (true, false) => "control characters",
            (false, true) => "invisible character",
            (false, false) => "invisible characters",
        };
        out.push(finding_at(
            severity,
            code,
            lang,
            seg,
            format!(
                "{lang} {} holds {count} {what} ({chars}), which exports remove",
                describe(seg)
            ),
            &[("count", count.to_string()), ("chars", chars)],
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SegmentKind;

    fn segment(text: &str) -> Segment {
        Segment {
            index: 0,
            kind: SegmentKind::Paragraph,
            label: None,
            text: text.to_owned(),
            line: 3,
            footnote_refs: Vec::new(),
        }
    }

    fn codes(text: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        scan(Lang::Ar, &segment(text), &mut out);
        out.iter()
            .map(|f| (f.code.to_string(), f.message().into_owned()))
            .collect()
    }

    #[test]
    fn ordinary_text_has_nothing_to_report() {
        assert!(codes("Decides to remain seized of the matter.").is_empty());
        // Direction marks and joiners are text in Arabic.
        assert!(codes("\u{200F}1- تقرر\u{200C} أن\u{200D}").is_empty());
        assert!(codes("tab\tand\nline").is_empty());
    }

    #[test]
    fn controls_and_overrides_are_named_and_counted() {
        let found = codes("a\u{7}b\u{7}c\u{85}\u{FFFD} \u{202E}x\u{202C}");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "control-characters");
        assert!(
            found[0]
                .1
                .contains("4 control characters (U+0007, U+0085, U+FFFD)"),
            "{found:?}"
        );
        assert_eq!(found[1].0, "invisible-characters");
        assert!(
            found[1]
                .1
                .contains("2 invisible characters (U+202E, U+202C)"),
            "{found:?}"
        );
    }

    #[test]
    fn one_character_is_one() {
        let found = codes("a\u{202E}b");
        assert!(
            found[0].1.contains("holds 1 invisible character (U+202E)"),
            "{found:?}"
        );
    }

    #[test]
    fn at_most_four_characters_are_named() {
        let found = codes("\u{1}\u{2}\u{3}\u{4}\u{5}\u{5}");
        assert!(
            found[0]
                .1
                .contains("6 control characters (U+0001, U+0002, U+0003, U+0004)"),
            "{found:?}"
        );
    }
}
