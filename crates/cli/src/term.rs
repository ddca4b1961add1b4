//! Text bound for a terminal, made harmless: input (a symbol typed on standard input, a
//! rendering's text) may carry escape sequences that recolour or rewrite the screen, or
//! bidi overrides that make the shown text differ from the real one ("Trojan Source").

use std::borrow::Cow;
use std::fmt::Write as _;

/// Characters shown as an escape instead of being sent to the terminal: C0 controls other
/// than line feed and tab (carriage return included, as it can hide a line), DEL, C1
/// controls, and the bidi embeddings, overrides and isolates (sixfold-l10n's list). The
/// direction marks (U+200E, U+200F, U+061C) are kept: Arabic text uses them and they
/// cannot reorder other text.
fn is_unsafe(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
        || sixfold_l10n::is_bidi_control(c)
}

/// `text` with every unsafe character replaced by its visible Rust-style escape
/// (`\u{1b}`); borrowed unchanged when there is none, which is nearly always.
pub(crate) fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_overrides_become_visible() {
        assert_eq!(
            sanitize("A/RES/51/60\x1b[31mRED"),
            "A/RES/51/60\\u{1b}[31mRED"
        );
        assert_eq!(sanitize("a\0b\u{9b}c"), "a\\u{0}b\\u{9b}c");
        assert_eq!(sanitize("abc\u{202e}def"), "abc\\u{202e}def");
        assert_eq!(sanitize("x\ry"), "x\\u{d}y");
        assert!(matches!(
            sanitize("line\n\ttab \u{200f}عربي"),
            Cow::Borrowed(_)
        ));
    }
}
