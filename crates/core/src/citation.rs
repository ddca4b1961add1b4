//! Expanding the symbol shorthand of running text into full symbols.
//!
//! UN documents cite series of documents the way people write them, not as a list of
//! symbols: "A/64/13 and Add.1", "A/C.3/57/SR.39, 47, 50", "A/C.2/51/SR.27, 28 and 35-38",
//! "A/ES-11/L.11 and amendments L.13, L.14, L.15". Each item after the first full symbol
//! is read against the most recent full symbol: a modifier (`Add.1`) is appended to it, a
//! number (`47`, `L.13`, `35-38`) replaces its last component.
//!
//! The connectors of the six languages are understood: `,` `;` `and`, French `et`,
//! Spanish `y`, Russian `и`, Chinese `和` `及` `、` `，`.
//!
//! ```
//! use sixfold_core::citation::expand;
//!
//! let symbols: Vec<String> = expand("A/C.2/51/SR.27, 28 and 35-37")?
//!     .iter()
//!     .map(ToString::to_string)
//!     .collect();
//! assert_eq!(
//!     symbols,
//!     ["A/C.2/51/SR.27", "A/C.2/51/SR.28", "A/C.2/51/SR.35", "A/C.2/51/SR.36", "A/C.2/51/SR.37"]
//! );
//! # Ok::<(), sixfold_core::citation::CitationError>(())
//! ```

use crate::symbol::{ComponentKind, Symbol, SymbolError};

/// Ranges longer than this are refused: a citation range spans a handful of meetings, and
/// an accidental `1-999999` must not allocate a million symbols.
pub const MAX_RANGE: u32 = 500;

/// Why a citation could not be expanded, and where (byte offset into the text).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CitationError {
    #[error("no symbol in the citation: expected it to start with a full symbol such as `A/64/13`")]
    NoSymbol,
    #[error("`{item}` at offset {offset} has no full symbol before it to complete")]
    NoContext { item: String, offset: usize },
    #[error("`{item}` at offset {offset} is not a symbol: {source}")]
    Symbol {
        item: String,
        offset: usize,
        source: SymbolError,
    },
    #[error(
        "range `{item}` at offset {offset}: expected an ascending range of at most {MAX_RANGE} numbers"
    )]
    BadRange { item: String, offset: usize },
}

/// Words that only announce the next items ("and amendments L.13, L.14") and carry no
/// symbol of their own.
const FILLER: [&str; 8] = [
    "amendments",
    "amendment",
    "amendements",
    "amendement",
    "enmiendas",
    "enmienda",
    "поправки",
    "поправка",
];

/// Connector words between items, in the six languages (Chinese connectors are
/// characters and handled as separators).
const CONNECTORS: [&str; 5] = ["and", "et", "y", "и", "or"];

/// Expands a citation such as "A/64/115, 174, 323 and 324" into its symbols, in order.
pub fn expand(text: &str) -> Result<Vec<Symbol>, CitationError> {
    let mut out = Vec::new();
    let mut context: Option<Symbol> = None;
    for (offset, item) in items(text) {
        let symbol_error = |source| CitationError::Symbol {
            item: item.to_owned(),
            offset,
            source,
        };
        if looks_like_symbol(item) {
            let symbol: Symbol = item.parse().map_err(symbol_error)?;
            out.push(symbol.clone());
            context = Some(symbol);
            continue;
        }
        let Some(ctx) = &context else {
            return Err(CitationError::NoContext {
                item: item.to_owned(),
                offset,
            });
        };
        if is_modifier(item) {
            let symbol: Symbol = format!("{ctx}/{item}").parse().map_err(symbol_error)?;
            out.push(symbol);
            continue;
        }
        for last in expand_range(item).ok_or_else(|| CitationError::BadRange {
            item: item.to_owned(),
            offset,
        })? {
            let symbol: Symbol = replace_last(ctx, &last).parse().map_err(symbol_error)?;
            out.push(symbol);
        }
    }
    if out.is_empty() {
        return Err(CitationError::NoSymbol);
    }
    Ok(out)
}

/// The items of a citation with their byte offsets, connectors and filler words removed.
fn items(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut piece_start = 0;
    let separators = [',', ';', '、', '，', '；', '和', '及'];
    let mut pieces = Vec::new();
    for (i, c) in text.char_indices() {
        if separators.contains(&c) {
            pieces.push((piece_start, text.get(piece_start..i).unwrap_or("")));
            piece_start = i + c.len_utf8();
        }
    }
    pieces.push((piece_start, text.get(piece_start..).unwrap_or("")));
    for (start, piece) in pieces {
        // Group the words between connector words into items, keeping the original text
        // of an item (a symbol may contain spaces: `S/RES/1373 (2001)`).
        let mut item: Option<(usize, usize)> = None;
        for (w_start, word) in words(piece) {
            let lower = word.to_lowercase();
            if CONNECTORS.contains(&lower.as_str()) {
                if let Some((s, e)) = item.take() {
                    out.push((start + s, piece.get(s..e).unwrap_or("")));
                }
            } else if item.is_none() && FILLER.contains(&lower.as_str()) {
                // An announcing word before an item is dropped.
            } else {
                let end = w_start + word.len();
                item = Some(item.map_or((w_start, end), |(s, _)| (s, end)));
            }
        }
        if let Some((s, e)) = item {
            out.push((start + s, piece.get(s..e).unwrap_or("")));
        }
    }
    out
}

/// Whitespace-separated words with their byte offsets.
fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split(char::is_whitespace)
        .scan(0usize, |pos, w| {
            let start = *pos;
            *pos += w.len()
                + s.get(start + w.len()..)
                    .and_then(|r| r.chars().next())
                    .map_or(0, char::len_utf8);
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
}

/// A full symbol starts with letters and has a `/`.
fn looks_like_symbol(item: &str) -> bool {
    item.contains('/') && item.starts_with(|c: char| c.is_ascii_alphabetic())
}

fn is_modifier(item: &str) -> bool {
    let word = item.split('.').next().unwrap_or("").trim();
    ["add", "corr", "rev", "amend", "summary"]
        .iter()
        .any(|m| m.eq_ignore_ascii_case(word))
}

/// `35-38` gives `35`…`38`; anything else stands for itself.
fn expand_range(item: &str) -> Option<Vec<String>> {
    let Some((a, b)) = item.split_once('-') else {
        return Some(vec![item.to_owned()]);
    };
    let (a, b) = (a.trim(), b.trim());
    if a.is_empty()
        || !a.bytes().all(|c| c.is_ascii_digit())
        || !b.bytes().all(|c| c.is_ascii_digit())
    {
        // Not a numeric range (`ES-10`, `69/96 A-B`): the symbol parser judges it.
        return Some(vec![item.to_owned()]);
    }
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    if b < a || b - a >= MAX_RANGE {
        return None;
    }
    Some((a..=b).map(|n| n.to_string()).collect())
}

/// The context symbol (without modifiers) with its last component replaced by `last`; a
/// bare number keeps the prefix of a numbered component (`SR.39` + `47` → `SR.47`).
fn replace_last(ctx: &Symbol, last: &str) -> String {
    let base: Vec<_> = ctx
        .components()
        .iter()
        .filter(|c| c.kind != ComponentKind::Modifier)
        .collect();
    let (Some((old, head)), Some(first)) = (base.split_last(), last.chars().next()) else {
        return last.to_owned();
    };
    let mut out: Vec<String> = head.iter().map(ToString::to_string).collect();
    match old.code.split_once('.') {
        Some((prefix, _)) if first.is_ascii_digit() => out.push(format!("{prefix}.{last}")),
        _ => out.push(last.to_owned()),
    }
    out.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expanded(text: &str) -> Vec<String> {
        expand(text)
            .unwrap_or_else(|e| panic!("{text}: {e}"))
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn shorthand_of_running_text_expands() {
        assert_eq!(expanded("A/64/13 and Add.1"), ["A/64/13", "A/64/13/Add.1"]);
        assert_eq!(
            expanded("A/C.3/57/SR.39, 47, 50"),
            ["A/C.3/57/SR.39", "A/C.3/57/SR.47", "A/C.3/57/SR.50"]
        );
        assert_eq!(
            expanded("A/C.2/51/SR.27, 28 and 35-38"),
            [
                "A/C.2/51/SR.27",
                "A/C.2/51/SR.28",
                "A/C.2/51/SR.35",
                "A/C.2/51/SR.36",
                "A/C.2/51/SR.37",
                "A/C.2/51/SR.38"
            ]
        );
        assert_eq!(
            expanded("A/64/115, 174, 323 and 324"),
            ["A/64/115", "A/64/174", "A/64/323", "A/64/324"]
        );
        assert_eq!(
            expanded("A/72/633, A/72/633/Corr.1 and A/72/719"),
            ["A/72/633", "A/72/633/Corr.1", "A/72/719"]
        );
        assert_eq!(
            expanded("E/1994/24 and Corr.1"),
            ["E/1994/24", "E/1994/24/Corr.1"]
        );
        assert_eq!(
            expanded("A/ES-11/L.11 and amendments L.13, L.14, L.15"),
            [
                "A/ES-11/L.11",
                "A/ES-11/L.13",
                "A/ES-11/L.14",
                "A/ES-11/L.15"
            ]
        );
        assert_eq!(
            expanded("S/RES/1373 (2001) and 1377 (2001)"),
            ["S/RES/1373 (2001)", "S/RES/1377 (2001)"]
        );
    }

    #[test]
    fn connectors_of_other_languages() {
        assert_eq!(expanded("A/8447 et Add.1"), ["A/8447", "A/8447/Add.1"]);
        assert_eq!(expanded("A/64/13 y Add.1"), ["A/64/13", "A/64/13/Add.1"]);
        assert_eq!(expanded("A/64/13 и Add.1"), ["A/64/13", "A/64/13/Add.1"]);
        assert_eq!(expanded("A/64/13和Add.1"), ["A/64/13", "A/64/13/Add.1"]);
        assert_eq!(
            expanded("A/64/115、174及323"),
            ["A/64/115", "A/64/174", "A/64/323"]
        );
        assert_eq!(
            expanded("A/ES-11/L.11 et amendements L.13"),
            ["A/ES-11/L.11", "A/ES-11/L.13"]
        );
    }

    #[test]
    fn bad_citations_say_where() {
        assert_eq!(expand(""), Err(CitationError::NoSymbol));
        assert!(matches!(
            expand("47 and A/64/13"),
            Err(CitationError::NoContext { offset: 0, .. })
        ));
        assert!(matches!(
            expand("A/64/13 and 40-30"),
            Err(CitationError::BadRange { offset: 12, .. })
        ));
        assert!(matches!(
            expand("A/64/13 and 1-100000"),
            Err(CitationError::BadRange { .. })
        ));
        let err = expand("A/64/13, A//1").unwrap_err();
        assert!(
            matches!(err, CitationError::Symbol { offset: 9, .. }),
            "{err}"
        );
        assert_eq!(
            err.to_string(),
            "`A//1` at offset 9 is not a symbol: empty component at offset 2"
        );
    }
}
