//! Footnotes in the forms extractors leave them: `<sup>n</sup>`, `<sup>(n)</sup>` and,
//! in Arabic, `(n)` before a footnote text; `[^n]` markers and `[^n]: text` definitions
//! (Markdown); and numbers glued to a word or punctuation ("therein,2", "Rights, 6",
//! "Women,5"), which only the list of footnotes the document defines can tell from other
//! numbers.

use sixfold_l10n::matching_form;

use crate::model::{Segment, SegmentKind};

/// The number of a footnote marker at the start of a footnote text, and the text after
/// it: `<sup>4</sup> Text`, `<sup>(4)</sup> Text`, `[^4]: Text`, `(4) Text` (Arabic).
pub(super) fn leading_marker(line: &str) -> Option<(u32, &str)> {
    let number = |s: &str| -> Option<u32> {
        let key = matching_form(s);
        let t = key.trim();
        let t = t
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .unwrap_or(t);
        let digits = sixfold_l10n::normalize_digits(t);
        if digits.is_empty() || digits.len() > 4 || !digits.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok()
    };
    if let Some(rest) = line.strip_prefix("<sup>") {
        let (inner, rest) = rest.split_once("</sup>")?;
        return Some((number(inner)?, rest));
    }
    if let Some(rest) = line.strip_prefix("[^") {
        let (inner, rest) = rest.split_once(']')?;
        let rest = rest.strip_prefix(':').unwrap_or(rest);
        return Some((number(inner)?, rest));
    }
    if let Some(rest) = line.strip_prefix('(') {
        let (inner, rest) = rest.split_once(')')?;
        if rest.starts_with(char::is_whitespace) && inner.chars().count() <= 3 {
            return Some((number(inner)?, rest));
        }
    }
    None
}

/// Stands for the run of spaces after a number that an extractor leaves where a
/// superscript footnote number sat ("Outcome, 1  sports"); kept through whitespace
/// collapsing so that [`link_glued`] can see it, and turned back into a space there.
pub(super) const SPACED_MARK: char = '\u{E000}';

/// Marks numbers of one to three digits that follow a space and are followed by two or
/// more spaces, the trace of a superscript footnote number in extracted text.
pub(super) fn mark_spaced_numbers(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains("  ") {
        return std::borrow::Cow::Borrowed(line);
    }
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        out.push(c);
        i += 1;
        if c != ' ' || i < 2 || chars[i - 2].is_ascii_digit() || chars[i - 2] == ' ' {
            continue;
        }
        let digits = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=3).contains(&digits) {
            continue;
        }
        let spaces = chars[i + digits..]
            .iter()
            .take_while(|c| **c == ' ')
            .count();
        let more = chars.get(i + digits + spaces).is_some();
        if spaces >= 2 && more {
            out.extend(&chars[i..i + digits]);
            out.push(SPACED_MARK);
            i += digits + spaces;
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Removes `[^n]` markers from a line, appending their numbers to `refs`.
pub(super) fn bracket_markers(line: &str, refs: &mut Vec<u32>) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) = rest.find("[^") {
        out.push_str(rest.get(..start).unwrap_or(""));
        let after = rest.get(start + 2..).unwrap_or("");
        match after.split_once(']') {
            Some((inner, tail))
                if !inner.is_empty()
                    && inner.len() <= 4
                    && inner.chars().all(|c| c.is_ascii_digit()) =>
            {
                if let Ok(n) = inner.parse() {
                    refs.push(n);
                }
                rest = tail;
            }
            _ => {
                out.push_str("[^");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Where a glued marker for `number` stands in `text` at or after byte `from`: the byte
/// range to remove (with the space before a spaced marker) and where to search next.
fn find_glued(text: &str, number: u32, from: usize) -> Option<(std::ops::Range<usize>, usize)> {
    let digits = number.to_string();
    let mut search = from;
    while let Some(found) = text.get(search..).and_then(|t| t.find(&digits)) {
        let start = search + found;
        let end = start + digits.len();
        search = end;
        let before = text.get(..start).and_then(|t| t.chars().next_back());
        let after = text.get(end..).and_then(|t| t.chars().next());
        if after == Some(SPACED_MARK) && before == Some(' ') {
            return Some((start - 1..end, end));
        }
        // Arabic texts print the marker in parentheses glued to the word, figure or
        // punctuation it follows: "العالمي(1)،", "2014-2015(1)". A spaced "(1)" is a
        // paragraph or article reference ("المادة 55 (1)"), never a marker.
        if before == Some('(') && after == Some(')') {
            let glued_to = text.get(..start - 1).and_then(|t| t.chars().next_back());
            if glued_to.is_some_and(|c| !c.is_whitespace() && c != '(') {
                return Some((start - 1..end + 1, end + 1));
            }
            continue;
        }
        // Extraction sometimes drops the space after a spaced marker: "Parties, 8and
        // welcomes". A number after a comma and a space, glued to a lower-case word, is
        // no figure of the text.
        if before == Some(' ')
            && after.is_some_and(char::is_lowercase)
            && text.get(..start - 1).and_then(|t| t.chars().next_back()) == Some(',')
        {
            return Some((start..end, end));
        }
        let after_ok = match after {
            None => true,
            Some(c) => c.is_whitespace() || matches!(c, ',' | ';' | '.' | ':' | ')'),
        };
        if !after_ok {
            continue;
        }
        if before.is_some_and(|c| c.is_ascii_digit()) {
            // "the Decade 2024– 203412 and": a marker glued to a year (A/RES/80/5, 2025).
            // Any other run of figures is a number of the text.
            if glued_to_year(text, start) {
                return Some((start..end, end));
            }
            continue;
        }
        // "GC(69)/RES/9 A.2", "3.2": a part or a section number after a capital or a
        // figure and a full stop, not a marker glued to a sentence.
        if before == Some('.')
            && text
                .get(..start - 1)
                .and_then(|t| t.chars().next_back())
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        {
            continue;
        }
        match before {
            // Glued to a lowercase word or to closing punctuation: "therein,2",
            // "(SSOD-IV),3", "Declaration”4".
            Some(c)
                if c.is_lowercase()
                    || matches!(c, ',' | '.' | ';' | ':' | ')' | '”' | '’' | '"' | '»') =>
            {
                return Some((start..end, end));
            }
            // Spaced after a comma: "disarmament, 1" at the end, or "Rarotonga, 3 Bangkok"
            // before a capitalised word (a list "3, 4 and 5" goes on in lower case).
            Some(' ') => {
                let mut back = text.get(..start - 1).unwrap_or("").chars().rev();
                let comma = back.next() == Some(',');
                // "Disabilities, 1 to address": after a word, not after a number of a list.
                let after_word = back.next().is_some_and(|c| c.is_alphabetic() || c == ')');
                let next_word = text
                    .get(end..)
                    .map(str::trim_start)
                    .and_then(|t| t.chars().next());
                let ends = text.get(end..).is_some_and(|t| t.trim().is_empty());
                if comma && (ends || after_word || next_word.is_some_and(char::is_uppercase)) {
                    return Some((start - 1..end, end));
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether the figures just before byte `at` are a year on its own (`1945`–`2099`, after
/// no figure, letter, separator or decimal point). UN English groups the thousands of
/// larger numbers, so six figures whose first four are a year are a year and a glued
/// marker; the caller looks only for a footnote no marker cites, after the previous one.
fn glued_to_year(text: &str, at: usize) -> bool {
    let head = text.get(..at).unwrap_or("");
    let run = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    if run != 4 {
        return false;
    }
    let year = &head[at - 4..];
    let before = head[..at - 4].chars().next_back();
    // The word before: a number after an acronym or an abbreviation ("ISO 20121",
    // "No. 203412") is an identifier, not a year.
    let word = head[..at - 4].trim_end().rsplit(' ').next().unwrap_or("");
    let identifier =
        word.ends_with('.') || (word.chars().count() >= 2 && word.chars().all(char::is_uppercase));
    (year.starts_with("19") || year.starts_with("20"))
        && !identifier
        && !before
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '.' | '\u{a0}' | '\u{202f}'))
}

/// Links footnotes that no explicit marker cites to numbers glued into the text, in
/// footnote order: footnote n is looked for after footnote n − 1's marker, so a number
/// in a list of resolutions or dates before that point is never taken for it.
pub(super) fn link_glued(segments: &mut [Segment], notes: &[u32]) {
    let cited: std::collections::BTreeSet<u32> = segments
        .iter()
        .flat_map(|s| s.footnote_refs.iter().copied())
        .collect();
    let mut numbers: Vec<u32> = notes.to_vec();
    numbers.sort_unstable();
    numbers.dedup();
    // (segment, byte) after the last marker found.
    let mut cursor = (0usize, 0usize);
    for number in numbers {
        if cited.contains(&number) {
            if let Some(at) = segments
                .iter()
                .position(|s| s.footnote_refs.contains(&number))
            {
                if at >= cursor.0 {
                    cursor = (at, 0);
                }
            }
            continue;
        }
        let mut found = None;
        for (i, seg) in segments.iter().enumerate().skip(cursor.0) {
            if !matches!(
                seg.kind,
                SegmentKind::Paragraph
                    | SegmentKind::Item
                    | SegmentKind::Title
                    | SegmentKind::Heading
            ) {
                continue;
            }
            let from = if i == cursor.0 { cursor.1 } else { 0 };
            if let Some((range, next)) = find_glued(&seg.text, number, from) {
                found = Some((i, range, next));
                break;
            }
        }
        if let Some((i, range, next)) = found {
            let seg = &mut segments[i];
            seg.text.replace_range(range.clone(), "");
            seg.footnote_refs.push(number);
            seg.footnote_refs.sort_unstable();
            cursor = (i, next - range.len());
        }
    }
    for seg in segments.iter_mut() {
        if seg.text.contains(SPACED_MARK) {
            seg.text = seg.text.replace(SPACED_MARK, " ");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(text: &str) -> Segment {
        Segment {
            index: 0,
            kind: SegmentKind::Paragraph,
            label: None,
            text: text.to_owned(),
            line: 1,
            footnote_refs: Vec::new(),
        }
    }

    #[test]
    fn leading_forms() {
        assert_eq!(leading_marker("<sup>3</sup> Text"), Some((3, " Text")));
        assert_eq!(leading_marker("<sup>(3)</sup> نص"), Some((3, " نص")));
        assert_eq!(leading_marker("[^12]: Text"), Some((12, " Text")));
        assert_eq!(leading_marker("(٤) نص"), Some((4, " نص")));
        assert_eq!(leading_marker("(a) Text"), None);
        assert_eq!(leading_marker("[^x]: Text"), None);
    }

    #[test]
    fn real_glued_markers_and_numbers_that_are_not_markers() {
        // A/RES/80/7 (2025): "A.2" and "A.3" are parts of an IAEA resolution; the markers
        // are after "2025;" and after the closing quote.
        let mut segs = vec![seg(
            "comprising GC(69)/RES/9 A.2, entitled “Support”, GC(69)/RES/9 A.3, entitled \
             “Zoonotic”; held from 15 to 19 September 2025;2 and of the Board of Governors”3",
        )];
        link_glued(&mut segs, &[2, 3]);
        assert_eq!(segs[0].footnote_refs, [2, 3]);
        assert!(segs[0].text.contains("RES/9 A.2, entitled"));
        assert!(segs[0].text.contains("RES/9 A.3, entitled"));
        assert!(segs[0].text.contains("2025; and"));
        // A/RES/80/46 (2025): the space after the marker lost by the extractor.
        let mut segs = vec![seg(
            "endorsed by the relevant States Parties, 8and welcomes",
        )];
        link_glued(&mut segs, &[8]);
        assert_eq!(segs[0].footnote_refs, [8]);
        assert_eq!(
            segs[0].text,
            "endorsed by the relevant States Parties, and welcomes"
        );
        // A/RES/80/5 (2025): footnote 12 glued to the year that ends a range, between the
        // spaced markers 11 and 13.
        let mut segs = vec![seg(
            "the Doha Programme of Action, 11 the Awaza Programme of Action for the Decade \
             2024– 203412 and the Antigua and Barbuda Agenda, 13 and reaffirm",
        )];
        link_glued(&mut segs, &[11, 12, 13]);
        assert_eq!(segs[0].footnote_refs, [11, 12, 13]);
        assert!(
            segs[0].text.contains("Decade 2024– 2034 and"),
            "{}",
            segs[0].text
        );
        // Figures that are not a year and a marker: a grouped number, a longer run, an
        // identifier after an acronym or an abbreviation.
        for text in [
            "a total of 1,203412 units",
            "code 1203412 here",
            "ISO 203412 is",
            "No. 203412 of",
        ] {
            let mut segs = vec![seg(text)];
            link_glued(&mut segs, &[12]);
            assert!(segs[0].footnote_refs.is_empty(), "{text}");
        }
    }

    #[test]
    fn bracket_markers_are_removed() {
        let mut refs = Vec::new();
        let out = bracket_markers("Tlatelolco[^9] and [note] Pelindaba[^10]", &mut refs);
        assert_eq!(out, "Tlatelolco and [note] Pelindaba");
        assert_eq!(refs, [9, 10]);
    }

    #[test]
    fn spaced_numbers_are_marked_and_linked() {
        let marked = mark_spaced_numbers("the 2005 World Summit Outcome, 1  sports can and 12  x");
        assert_eq!(
            marked,
            "the 2005 World Summit Outcome, 1\u{E000}sports can and 12\u{E000}x"
        );
        let mut segs = vec![seg(&marked)];
        link_glued(&mut segs, &[1]);
        assert_eq!(
            segs[0].text,
            "the 2005 World Summit Outcome, sports can and 12 x"
        );
        assert_eq!(segs[0].footnote_refs, [1]);
    }

    #[test]
    fn arabic_parenthesised_markers_glued_to_the_text() {
        let mut segments = vec![
            seg("إذ تشير إلى تقرير المؤتمر العالمي(1)، وإلى المادة 55 (2)"),
            seg("للفترة 2014-2015(2)؛"),
        ];
        link_glued(&mut segments, &[1, 2]);
        assert_eq!(
            segments[0].text,
            "إذ تشير إلى تقرير المؤتمر العالمي، وإلى المادة 55 (2)"
        );
        assert_eq!(segments[0].footnote_refs, [1]);
        assert_eq!(segments[1].text, "للفترة 2014-2015؛");
        assert_eq!(segments[1].footnote_refs, [2]);
    }

    #[test]
    fn glued_numbers_in_order() {
        let mut segs = vec![
            seg(
                "Recalling resolutions 55/33 M of 20 November 2000, 56/24 D of 2001, and therein,1",
            ),
            seg("Reiterating Rarotonga, 2 Bangkok and Rights, 3"),
            seg("Women,4 and paragraphs 3, 5 and 6 and (SSOD-IV),5"),
        ];
        link_glued(&mut segs, &[1, 2, 3, 4, 5]);
        assert_eq!(
            segs[0].text,
            "Recalling resolutions 55/33 M of 20 November 2000, 56/24 D of 2001, and therein,"
        );
        assert_eq!(segs[1].text, "Reiterating Rarotonga, Bangkok and Rights,");
        assert_eq!(
            segs[2].text,
            "Women, and paragraphs 3, 5 and 6 and (SSOD-IV),"
        );
        assert_eq!(segs[0].footnote_refs, [1]);
        assert_eq!(segs[1].footnote_refs, [2, 3]);
        assert_eq!(segs[2].footnote_refs, [4, 5]);
    }
}
