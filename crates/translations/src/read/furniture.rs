//! Page furniture: what a page adds to the text and a reader must drop — job numbers
//! ("25-19876 (E) 051225"), barcodes ("*2519876*"), page numbers ("2/5", "Page 3"), the
//! document's own symbol or title repeated as a running header (also cut short), and any
//! short line repeated across the document the way headers and footers are.
//!
//! Furniture is recognised by what it is, not by one string per language: its shape, the
//! document's own title and symbol, and repetition. Lines before the numbered title are
//! the masthead, where the symbol and the organ legitimately stand, so only the shapes no
//! masthead line has (job numbers, barcodes, page numbers) are furniture there.

use std::collections::HashMap;
use std::sync::Arc;

use sixfold_core::Lang;

use super::memo::LineFacts;
use super::{Line, forms, is_symbol_like, is_title_line, strip_heading_marker, unbold};

/// Lines longer than this are text, never furniture.
const MAX_FURNITURE_WORDS: usize = 14;

/// A line in the form furniture is compared in: lowercase, Markdown markers dropped,
/// whitespace collapsed.
fn folded(line: &str) -> String {
    let bare = unbold(line);
    let bare = strip_heading_marker(bare.trim()).unwrap_or(bare.trim());
    let mut out = String::with_capacity(bare.len());
    for word in bare.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.to_lowercase()
}

/// Whether `text` has at most `max` words; counts no further than `max + 1`.
fn at_most_words(text: &str, max: usize) -> bool {
    text.split_whitespace().nth(max).is_none()
}

/// `25-19876`, `25-19876 (E)`, `25-19876 (E) 051225`, `V.01-80483 (R)`: the job number
/// UN documents carry at the foot of each page, optionally with its barcode.
fn is_job_number(line: &str) -> bool {
    let mut words = line.split_whitespace().peekable();
    let Some(first) = words.next() else {
        return false;
    };
    let first = first
        .strip_prefix("V.")
        .or_else(|| first.strip_prefix("v."))
        .unwrap_or(first);
    let Some((year, number)) = first.split_once('-') else {
        return false;
    };
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
    };
    if !digits(year, 2..=2) || !digits(number, 5..=5) {
        return false;
    }
    words.all(|w| {
        let letter = w
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .is_some_and(|l| l.len() == 1 && l.chars().all(|c| c.is_ascii_uppercase()));
        letter || digits(w, 6..=6) || is_barcode(w)
    })
}

/// `*2519876*`: the barcode of the job number.
fn is_barcode(word: &str) -> bool {
    word.len() >= 6
        && word
            .strip_prefix('*')
            .and_then(|r| r.strip_suffix('*'))
            .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// `2/5` (page of pages) or a bare page number alone on its line.
fn is_page_number(line: &str) -> bool {
    let small = |s: &str| (1..=3).contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit());
    let t = line.trim();
    match t.split_once('/') {
        Some((page, of)) => {
            small(page)
                && small(of)
                && page.parse::<u32>().ok() <= of.parse::<u32>().ok()
                && page != "0"
        }
        None => small(t),
    }
}

/// Furniture by shape alone, wherever it stands.
fn is_shaped_furniture(lang: Lang, line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() {
        return false;
    }
    if t.split_whitespace().all(is_barcode) || is_job_number(t) || is_page_number(t) {
        return true;
    }
    // "A/80/30 25-19876 2/5": a footer line of symbol, job number and page, in any order.
    let words: Vec<&str> = if at_most_words(t, 5) {
        t.split_whitespace().collect()
    } else {
        Vec::new()
    };
    if !words.is_empty()
        && words.iter().any(|w| is_job_number(w) || is_barcode(w))
        && words.iter().all(|w| {
            is_job_number(w)
                || is_barcode(w)
                || is_page_number(w)
                || is_symbol_like(w)
                || (w.starts_with('(') && w.ends_with(')') && w.len() == 3)
                || (w.len() == 6 && w.chars().all(|c| c.is_ascii_digit()))
        })
    {
        return true;
    }
    forms::is_page_line(lang, t)
}

/// Whether a short line could be a running header or footer at all: not a heading, a
/// numbered paragraph or an item, and not ending like a sentence.
fn furniture_candidate(line: &str) -> bool {
    let t = line.trim();
    // The cheap tests first; the word count stops past the limit.
    !t.is_empty()
        && !t.ends_with(['.', ';', ':', ',', '。', '；', '：', '，', '،', '؛'])
        && !t.starts_with('(')
        && !t.starts_with('#')
        && !t.chars().next().is_some_and(|c| c.is_ascii_digit())
        && at_most_words(t, MAX_FURNITURE_WORDS)
}

/// What furniture marking asks of one line that depends on its text alone (its matching
/// form, `key`), asked once per line of a read (and kept across versions, see `memo`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct LineFurniture {
    /// Furniture by shape alone ([`is_shaped_furniture`] of the trimmed line).
    shaped: bool,
    /// The [`folded`] form of a [`furniture_candidate`].
    folded: Option<Arc<str>>,
    /// A heading (Markdown, annex or article): a line after one is never furniture.
    heading: bool,
}

impl LineFurniture {
    pub(super) fn of(lang: Lang, key: &str) -> LineFurniture {
        let t = key.trim();
        if t.is_empty() {
            // Blank lines are never asked.
            return LineFurniture::default();
        }
        let bare = unbold(t);
        let bare = strip_heading_marker(&bare).unwrap_or(&bare);
        LineFurniture {
            shaped: is_shaped_furniture(lang, t),
            folded: furniture_candidate(key).then(|| Arc::from(folded(key))),
            heading: strip_heading_marker(t).is_some()
                || forms::is_annex_heading(lang, bare)
                || forms::article_number(lang, bare).is_some(),
        }
    }
}

/// Marks every furniture line of a text (`Line::furniture`); `facts` are the lines' own
/// (`facts[i]` of `lines[i]`).
pub(super) fn mark(lines: &mut [Line], facts: &[LineFacts]) {
    // The numbered title ends the masthead; its text (without the number) is what a
    // running header repeats.
    let title_at = lines.iter().take(200).position(|l| {
        is_title_line(l.key()) || strip_heading_marker(l.key()).is_some_and(is_title_line)
    });
    let title = title_at.map(|at| {
        let block: Vec<&str> = lines[at..]
            .iter()
            .take_while(|l| !l.key().trim().is_empty())
            .map(Line::key)
            .collect();
        let joined = folded(&block.join(" "));
        // Drop the resolution number and its separator ("80/30. ", Arabic "80/30 - ").
        joined
            .split_once(char::is_whitespace)
            .map_or(String::new(), |(_, r)| {
                r.trim_start_matches(['-', '–']).trim().to_owned()
            })
    });
    let symbol = lines
        .iter()
        .take(title_at.unwrap_or(0))
        .flat_map(|l| l.key().split_whitespace())
        .map(|w| w.replace("**", ""))
        .find(|w| is_symbol_like(w));
    // Short lines after the title, counted: a header or footer repeats on every page.
    let body_from = title_at.map_or(0, |t| t + 1);
    // The folded form of each candidate line of the body, counted over the whole body on
    // every read: one line changed can change any repetition decision.
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for f in facts.iter().skip(body_from) {
        if let Some(f) = f.furniture.folded.as_deref() {
            *counts.entry(f).or_default() += 1;
        }
    }
    let symbol = symbol.map(|s| s.to_lowercase());
    let mut previous_heading = false;
    for (i, (line, facts)) in lines.iter_mut().zip(facts).enumerate() {
        if line.key().trim().is_empty() {
            continue;
        }
        let facts = &facts.furniture;
        // Lines of the body only: `in_body` below is the same test as `skip(body_from)`.
        let in_body = title_at.is_none_or(|t| i > t);
        let furniture = facts.shaped
            || (in_body
                && !previous_heading
                && facts.folded.as_deref().is_some_and(|f| {
                    body_furniture(f, title.as_deref(), symbol.as_deref(), &counts)
                }));
        if !furniture {
            previous_heading = facts.heading;
        }
        line.furniture = furniture;
    }
    symbols_beside_furniture(lines);
}

/// A symbol line next to furniture is the other half of a running header or footer
/// ("A/RES/51/60" over "Page 2"), whatever the symbol.
fn symbols_beside_furniture(lines: &mut [Line]) {
    for i in 0..lines.len() {
        if lines[i].furniture {
            continue;
        }
        // A symbol has a slash; most lines have none and are not copied.
        if !lines[i].key().contains('/') {
            continue;
        }
        let key = lines[i].key().trim().replace("**", "");
        if !is_symbol_like(&key) {
            continue;
        }
        let beside = |j: Option<usize>| {
            j.and_then(|j| lines.get(j))
                .is_some_and(|l| l.furniture && !l.key().trim().is_empty())
        };
        if beside(i.checked_sub(1)) || beside(i.checked_add(1)) {
            lines[i].furniture = true;
        }
    }
}

/// Furniture that only the document itself identifies: its symbol or title repeated, or
/// a short line repeated.
///
/// `f` is the [`folded`] form of a line that is a [`furniture_candidate`], and `symbol`
/// is lowercase.
fn body_furniture(
    f: &str,
    title: Option<&str>,
    symbol: Option<&str>,
    counts: &HashMap<&str, usize>,
) -> bool {
    if symbol.is_some_and(|s| f == s) {
        return true;
    }
    if let Some(title) = title.filter(|t| !t.is_empty()) {
        // A running header repeats the title, cut short when it is long.
        if f == title || (f.split_whitespace().count() >= 4 && title.starts_with(f)) {
            return true;
        }
    }
    counts.get(f).is_some_and(|&n| n >= 2) && f.split_whitespace().count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        for yes in [
            "25-19876 (E) 051225",
            "25-19876",
            "*2519876*",
            "2/5",
            "Page 3",
            "A/RES/80/30 25-19876 3/5",
            "V.01-80483 (R)",
        ] {
            assert!(is_shaped_furniture(Lang::En, yes), "{yes}");
        }
        for no in [
            "1995-2000",
            "5/2",
            "A/RES/80/30",
            "The General Assembly,",
            "2025-19876 (E)",
        ] {
            assert!(!is_shaped_furniture(Lang::En, no), "{no}");
        }
    }

    fn marked(text: &str) -> Vec<bool> {
        let mut lines: Vec<Line> = text
            .split('\n')
            .enumerate()
            .map(|(i, t)| Line::new(i + 1, t.to_owned()))
            .collect();
        let facts: Vec<LineFacts> = lines
            .iter()
            .map(|l| LineFacts::of(Lang::En, &l.text))
            .collect();
        mark(&mut lines, &facts);
        lines.iter().map(|l| l.furniture).collect()
    }

    #[test]
    fn own_title_and_symbol_and_repetition() {
        let text = "A/RES/80/2\n\n80/2. Scale of assessments for the apportionment\n\n\
                    Text that is cut\n\nScale of assessments for the\n\nA/RES/80/2\n\n\
                    here and continues.\n\nFooter words here\n\nMore.\n\nFooter words here";
        let m = marked(text);
        assert_eq!(
            m,
            [
                false, false, false, false, false, false, true, false, true, false, false, false,
                true, false, false, false, true
            ]
        );
    }

    #[test]
    fn an_annex_title_equal_to_the_resolution_title_stays() {
        let text = "51/60. A declaration\n\nText.\n\nANNEX\n\nA declaration\n\nMore.";
        assert!(marked(text).iter().all(|f| !f));
    }
}
