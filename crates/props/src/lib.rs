//! Properties that must hold for any input, one function per fuzz target.
//!
//! Each function takes the raw bytes a fuzzer produces and panics when a property fails.
//! The `cargo fuzz` targets in `fuzz/` are one-line calls to these functions, and this
//! crate's tests replay the committed corpora (`fuzz/corpus/<target>/`) through the same
//! functions, so every input a fuzzer once found interesting stays a regression test
//! under plain `cargo test`, without nightly.
//!
//! ```
//! sixfold_props::symbol(b"S/RES/1373(2001)");
//! sixfold_props::export(b"\x01The General Assembly,\n\n1. Decides.\x00L'Assembl\xc3\xa9e g\xc3\xa9n\xc3\xa9rale,\n\n1. D\xc3\xa9cide.");
//! ```

use std::sync::OnceLock;

use sixfold_core::{DocumentToml, DocumentVersion, Lang, Symbol, citation};
use sixfold_export::{Prepared, html, report, tabular, tmx, xliff};
use sixfold_translations::discover::RenderingFormat;
use sixfold_translations::input::{self, DocxError, EncodingError};
use sixfold_translations::read_str;

mod align;
mod cache;
mod ids;
mod json;
mod review;
mod writers;
pub use align::align;
pub use cache::cache;
pub use ids::ids;
pub use review::review;
pub use writers::writers;

/// A property check: panics when `data` breaks the property.
pub type Check = fn(&[u8]);

/// Every fuzz target, by name: what `cargo xtask fuzz` runs and the corpus tests replay.
pub const TARGETS: [(&str, Check); 10] = [
    ("symbol", symbol),
    ("reader", reader),
    ("document_toml", document_toml),
    ("export", export),
    ("review", review),
    ("lexicon", lexicon),
    ("ids", ids),
    ("align", align),
    ("writers", writers),
    ("cache", cache),
];

/// The symbol parser, citation expander and version-id parser accept any text without
/// panicking; whatever parses prints to a form that parses back to the same value, and
/// an error points at a character boundary inside the input.
pub fn symbol(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    match text.parse::<Symbol>() {
        Ok(symbol) => {
            let printed = symbol.to_string();
            let again: Symbol = printed
                .parse()
                .unwrap_or_else(|e| panic!("printed form `{printed}` of `{text}` fails: {e}"));
            assert_eq!(again, symbol, "`{text}` → `{printed}`");
            let compact = symbol.compact();
            let from_compact: Symbol = compact
                .parse()
                .unwrap_or_else(|e| panic!("compact form `{compact}` of `{text}` fails: {e}"));
            assert_eq!(from_compact.compact(), compact);
            let _ = (symbol.base(), symbol.version_chain(), symbol.resolution());
            let _ = (
                symbol.session(),
                symbol.akn_number(),
                symbol.undocs_url(None),
            );
        }
        Err(e) => assert!(
            e.offset <= text.len() && text.is_char_boundary(e.offset),
            "{e} for `{text}`"
        ),
    }
    let _ = citation::expand(&text);
    if let Ok(version) = text.parse::<DocumentVersion>() {
        let printed = version.to_string();
        let again = printed.parse::<DocumentVersion>().map(|v| v.to_string());
        assert_eq!(again.as_ref(), Ok(&printed), "`{text}`");
    }
}

/// The language the first byte picks, and the rest of the bytes as text.
fn lang_and_text(data: &[u8]) -> Option<(Lang, String)> {
    let (&first, rest) = data.split_first()?;
    let lang = Lang::ALL[usize::from(first) % Lang::ALL.len()];
    Some((lang, String::from_utf8_lossy(rest).into_owned()))
}

/// The reader accepts any text in any of the six languages; segments are numbered in
/// order, never empty, and point at a line of the input.
///
/// A first byte of 128 or more sends the rest as file bytes through the input layer
/// instead (bit 6 set: a `.docx` package, clear: a text file in UTF-8 or UTF-16): decoding
/// never panics, an encoding error points inside the bytes, a decompressed part never
/// passes the cap, and what decodes is read under the same properties.
pub fn reader(data: &[u8]) {
    if let Some((&first, rest)) = data.split_first()
        && first >= 128
    {
        let lang = Lang::ALL[usize::from(first) % Lang::ALL.len()];
        let format = if first & 64 == 0 {
            RenderingFormat::Text
        } else {
            RenderingFormat::Docx
        };
        match input::decode(format, rest) {
            Ok(text) => {
                if format == RenderingFormat::Text
                    && let Ok(utf8) = std::str::from_utf8(rest)
                    && !utf8.starts_with('\u{feff}')
                {
                    assert_eq!(text, utf8, "UTF-8 text must come through unchanged");
                }
                read_checked(lang, &text);
            }
            Err(input::InputError::Encoding(e)) => {
                let offset = match e {
                    EncodingError::InvalidUtf8 { offset, .. }
                    | EncodingError::Nul { offset, .. }
                    | EncodingError::StrayNul { offset, .. }
                    | EncodingError::InvalidUtf16 { offset, .. }
                    | EncodingError::TruncatedUtf16 { offset, .. } => offset,
                };
                assert!(offset < rest.len(), "{e} for {} bytes", rest.len());
            }
            Err(input::InputError::Docx(e)) => {
                if let DocxError::TooLarge { limit, .. } = e {
                    assert!(limit <= input::docx::MAX_PART_BYTES);
                }
            }
        }
        return;
    }
    let Some((lang, text)) = lang_and_text(data) else {
        return;
    };
    read_checked(lang, &text);
}

/// The reader's properties on one text.
fn read_checked(lang: Lang, text: &str) {
    let doc = read_str(lang, "fuzz", text);
    let lines = text.split('\n').count();
    for (i, segment) in doc.segments.iter().enumerate() {
        assert_eq!(segment.index, i);
        assert!(!segment.text.is_empty());
        assert!((1..=lines).contains(&segment.line), "line {}", segment.line);
    }
}

/// `document.toml` parsing never panics, and an accepted file's symbol field is what
/// the symbol parser makes of it.
pub fn document_toml(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(doc) = DocumentToml::parse(&text, "fuzz/document.toml") {
        let _ = doc.parsed_symbol();
    }
}

/// The aligner's translation-table parser never panics; an error names a line of the
/// input; an accepted table writes to a text that parses back to the same table (scores
/// to the three decimals the file keeps), and its index answers for any text.
pub fn lexicon(data: &[u8]) {
    use sixfold_translations::align::lexical::{Index, Lexicon};
    let text = String::from_utf8_lossy(data);
    match Lexicon::parse(&text, "fuzz/lexicon.txt") {
        Ok(lex) => {
            let written = lex.write();
            let again = Lexicon::parse(&written, "fuzz/lexicon.txt")
                .unwrap_or_else(|e| panic!("a written table does not parse: {e}"));
            assert_eq!(again.pairs.len(), lex.pairs.len());
            assert_eq!(Lexicon::parse(&again.write(), "x").ok(), Some(again));
            let idx = Index::new(&lex);
            for t in &lex.pairs {
                let _ = idx.token_ids(t.a, &text);
            }
        }
        Err(e) => assert!(
            e.line >= 1 && e.line <= text.lines().count().max(1),
            "error line {} outside the input",
            e.line
        ),
    }
}

/// Tag names the HTML generator writes: every `<name` in its source. Text from a
/// rendering is escaped, so any other tag in a page came from the input.
fn generator_tags() -> &'static [String] {
    static TAGS: OnceLock<Vec<String>> = OnceLock::new();
    TAGS.get_or_init(|| {
        let source = include_str!("../../export/src/html.rs");
        let mut tags: Vec<String> = source
            .split('<')
            .skip(1)
            .map(|rest| {
                let rest = rest.strip_prefix('/').unwrap_or(rest);
                rest.chars()
                    .take_while(char::is_ascii_alphanumeric)
                    .collect::<String>()
            })
            .filter(|name| name.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
            .collect();
        tags.sort();
        tags.dedup();
        tags
    })
}

/// The HTML page holds only the generator's tags.
fn only_generator_tags(page: &str) {
    let allowed = generator_tags();
    for piece in page.split('<').skip(1) {
        let piece = piece.strip_prefix('/').unwrap_or(piece);
        if piece.starts_with("!DOCTYPE") {
            continue;
        }
        // ASCII alphanumerics are one byte each, so the name is a prefix slice.
        let end = piece
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(piece.len());
        let name = &piece[..end];
        assert!(
            allowed
                .binary_search_by(|tag| tag.as_str().cmp(name))
                .is_ok(),
            "tag `{name}` is not the generator's"
        );
    }
}

/// TMX and XLIFF parse as well-formed XML 1.0.
fn well_formed_xml(xml: &str) {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    if let Err(e) = roxmltree::Document::parse_with_options(xml, options) {
        panic!("not well-formed XML: {e}\n{xml}");
    }
}

/// Two to six renderings separated by NUL bytes (the first byte picks the first
/// language, the others follow in UN order), aligned, checked and exported, end to end as
/// `sixfold export` does: every segment of every language is in exactly one unit, units
/// and rows in order (a row repeats a merged segment only inside its unit); TMX and
/// XLIFF are well-formed XML 1.0; the HTML page holds only the generator's tags. The
/// `align` and `writers` targets check the same properties far faster, apart.
pub fn export(data: &[u8]) {
    let Some(set) = align::renderings(data) else {
        return;
    };
    // A set read from texts has no review file, so nothing here can fail; an error
    // would be a rendering-independent bug and is reported as one.
    let prepared = Prepared::from_set(set).unwrap_or_else(|e| panic!("{e}"));
    let doc = prepared.aligned();
    align::alignment_invariants(doc.docs, doc.alignment);
    let langs = doc.all_languages();
    let (a, b) = (langs[0], langs[1]);
    for xml in [
        tmx::bilingual(&doc, a, b),
        tmx::multilingual(&doc, &langs, None),
        xliff::write(&doc, a, b),
    ] {
        well_formed_xml(&xml);
    }
    only_generator_tags(&html::write(&doc, &langs, None));
    line_formats(&doc, &langs, None);
    let mut json = Vec::new();
    report::write_align_json(
        &mut json,
        &prepared.set,
        &prepared.folder,
        &prepared.alignment,
    )
    .unwrap_or_else(|e| panic!("align JSON: {e}"));
    report::write_read_json(&mut json, &prepared.set).unwrap_or_else(|e| panic!("read JSON: {e}"));
    align::json_lines_parse(&json);
}

/// The line-oriented exports keep one row per line: the TSV has a header and then one
/// line per row, each with the same number of fields; every JSON Lines line is one JSON
/// object with a text for each language; the Moses files have one line per row each and
/// no other line break (for any line splitter), so line *n* of every file is the same row.
fn line_formats(doc: &sixfold_export::Aligned<'_>, langs: &[Lang], source: Option<Lang>) {
    let langs = &doc.order(langs, source);
    let rows = tabular::moses_row_ids(doc, langs, source).len();
    let tsv = tabular::tsv(doc, langs, source);
    let lines: Vec<&str> = tsv.strip_suffix('\n').unwrap_or(&tsv).split('\n').collect();
    assert_eq!(lines.len(), rows + 1, "TSV: a header and one line per row");
    for line in &lines {
        assert_eq!(
            line.split('\t').count(),
            4 + langs.len(),
            "TSV fields of `{line}`"
        );
    }
    let jsonl = tabular::jsonl(doc, langs, source);
    assert_eq!(jsonl.lines().count(), rows, "JSON Lines: one line per row");
    for line in jsonl.lines() {
        let texts = json::row_texts(line).unwrap_or_else(|e| panic!("JSON Lines: {e} in `{line}`"));
        assert_eq!(texts, Some(langs.len()), "{line}");
    }
    for (lang, text) in tabular::moses(doc, langs, source) {
        assert_eq!(
            text.split_terminator('\n').count(),
            rows,
            "Moses {lang}: one line per row"
        );
        // What Python's `str.splitlines` also splits on, so no reader of the files can
        // see a row broken in two.
        let breaks = [
            '\r', '\u{b}', '\u{c}', '\u{1c}', '\u{1d}', '\u{1e}', '\u{85}', '\u{2028}', '\u{2029}',
        ];
        assert!(
            !text.contains(breaks),
            "Moses {lang}: a line break inside a row"
        );
    }
}
