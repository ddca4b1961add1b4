//! Escaping shared by every writer, so that no text from a rendering can break a file's
//! syntax, hide characters from a reviewer or run as markup.
//!
//! Segment text is data written by people and extracted from PDFs; it may contain
//! anything. Each format gets one escaping function here and the writers call nothing
//! else, which keeps "escapes everything" checkable in one place.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether XML 1.0 forbids the character outright (`Char` production): C0 controls other
/// than tab, line feed and carriage return, and the noncharacters U+FFFE and U+FFFF.
fn is_xml_illegal(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// Controls that XML allows but that no rendering should carry: DEL and the C1 block.
/// PDF extraction produces them from broken encodings; they are invisible in every viewer.
fn is_discouraged_control(c: char) -> bool {
    matches!(c, '\u{7F}'..='\u{9F}')
}

/// Explicit bidi embeddings, overrides and isolates: sixfold-l10n's one list. Direction
/// marks (LRM, RLM, ALM) are not in it and stay in the exports.
pub use sixfold_l10n::is_bidi_control;

/// The 66 Unicode noncharacters (U+FDD0–U+FDEF and the last two code points of every
/// plane): never meant for interchange, and a parse error in an HTML page.
#[must_use]
pub fn is_noncharacter(c: char) -> bool {
    let u = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&u) || u & 0xFFFE == 0xFFFE
}

/// Whether [`sanitize`] removes the character.
#[must_use]
pub fn is_removed(c: char) -> bool {
    is_xml_illegal(c) || is_discouraged_control(c) || is_bidi_control(c)
}

/// Removes XML-illegal characters, C1 controls and bidi embedding/override/isolate
/// controls; everything else is kept as it is.
///
/// The data formats (TMX, XLIFF, TSV, JSON Lines, Moses) carry text to other programs,
/// where such characters are either fatal (XML) or silently reorder text, so they go. The
/// HTML page instead shows them to the reviewer (see [`html_text`]).
#[must_use]
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_removed) {
        Cow::Owned(text.chars().filter(|c| !is_removed(*c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// Text content of an XML element.
///
/// `>` is escaped too so that `]]>` can never appear, and a carriage return becomes a
/// character reference because XML parsers turn a literal one into a line feed.
#[must_use]
pub fn xml_text(text: &str) -> String {
    let clean = sanitize(text);
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            _ => out.push(c),
        }
    }
    out
}

/// An XML attribute value in double quotes. Tabs and line breaks are written as character
/// references because attribute-value normalisation would turn them into spaces.
#[must_use]
pub fn xml_attr(text: &str) -> String {
    let clean = sanitize(text);
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            _ => out.push(c),
        }
    }
    out
}

/// Text for the HTML review page, element content or a double-quoted attribute.
///
/// Unlike the data formats, the page is where a reviewer must *see* a stray control
/// character, so each removed character, a carriage return and a noncharacter is shown
/// as a visible `[U+202E]` marker in a
/// `<span class="ctl">` instead of vanishing; the marker is plain text, so it cannot
/// reorder anything around it.
#[must_use]
pub fn html_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // A carriage return cannot be written at all: literally, HTML turns it into a
            // line feed, and as `&#13;` it is a parse error (a control character
            // reference). Noncharacters are parse errors in the input stream too.
            c if c == '\r' || is_removed(c) || is_noncharacter(c) => {
                let _ = write!(out, "<span class=\"ctl\">[U+{:04X}]</span>", u32::from(c));
            }
            _ => out.push(c),
        }
    }
    out
}

/// One TSV field: backslash, tab, line feed and carriage return as `\\`, `\t`, `\n`, `\r`
/// (the convention of the `PostgreSQL` text `COPY` format), so that a field never spans
/// columns or lines.
#[must_use]
pub fn tsv_field(text: &str) -> String {
    let clean = sanitize(text);
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ => out.push(c),
        }
    }
    out
}

/// One Moses line: a segment must stay on one line, so line breaks and tabs become spaces
/// (Moses tools read plain lines and have no escape convention). The line and paragraph
/// separators U+2028 and U+2029 count as breaks too: Python's `splitlines` and many
/// editors split on them (the other breaks it honours are controls `sanitize` removes).
#[must_use]
pub fn moses_line(text: &str) -> String {
    sanitize(text)
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NASTY: &str = "a\u{0}b\u{1B}c\u{7F}\u{85}]]><script>alert(1)</script>&\"'\u{202E}evil\u{2066}x\u{2069}\u{200F}\r\n\t\\";

    #[test]
    fn sanitize_removes_illegal_controls_and_bidi_overrides_but_keeps_marks() {
        let clean = sanitize(NASTY);
        assert!(!clean.chars().any(is_removed));
        assert!(
            clean.contains('\u{200F}'),
            "RLM is a legitimate Arabic mark"
        );
        assert!(clean.starts_with("abc]]>"));
        assert!(matches!(sanitize("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn xml_text_never_contains_cdata_end_markup_or_bare_carriage_return() {
        let out = xml_text(NASTY);
        assert!(!out.contains("]]>"));
        assert!(!out.contains('<'));
        assert!(!out.contains('\r'));
        assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;"));
        assert!(!out.contains('\u{202E}') && !out.contains('\u{0}'));
    }

    #[test]
    fn xml_attr_escapes_quotes_and_whitespace() {
        assert_eq!(xml_attr("a\"b'c\td\ne<"), "a&quot;b&apos;c&#9;d&#10;e&lt;");
    }

    #[test]
    fn html_text_shows_controls_visibly() {
        let out = html_text("x\u{202E}y<script>");
        assert_eq!(out, "x<span class=\"ctl\">[U+202E]</span>y&lt;script&gt;");
        let out = html_text("a\rb\u{FDD0}c\u{10FFFF}d\u{FFFE}e\u{1FFFF}");
        assert_eq!(
            out,
            "a<span class=\"ctl\">[U+000D]</span>b<span class=\"ctl\">[U+FDD0]</span>c<span class=\"ctl\">[U+10FFFF]</span>d<span class=\"ctl\">[U+FFFE]</span>e<span class=\"ctl\">[U+1FFFF]</span>"
        );
        assert!(!is_noncharacter('\u{FDCF}') && !is_noncharacter('\u{FFFD}'));
        assert!(!is_noncharacter('\u{FDF0}') && is_noncharacter('\u{FDEF}'));
    }

    #[test]
    fn tsv_and_moses_keep_one_line() {
        assert_eq!(tsv_field("a\tb\nc\\d\re"), "a\\tb\\nc\\\\d\\re");
        assert_eq!(moses_line("a\tb\nc\u{202D}"), "a b c");
        // Found by the `writers` fuzz target: Python's `splitlines` splits on these.
        assert_eq!(moses_line("a\u{2028}b\u{2029}c"), "a b c");
        assert!(!tsv_field(NASTY).contains(['\t', '\n', '\r']));
    }
}
