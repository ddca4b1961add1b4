//! Word (`.docx`) renderings: the package's document, numbering and footnotes read into
//! the text form the reader takes, so that a Word file and a text file of the same
//! document give the same segments.
//!
//! What a reader of the Word file sees is what the text says:
//!
//! - each paragraph is a block (paragraphs are separated by a blank line; a line break
//!   inside a paragraph stays a line of the block);
//! - Word's automatic numbering (`numbering.xml`) is written out as the number Word shows
//!   — "1.", "(a)", "iii)", nested levels, restarts, start overrides — followed by a space;
//! - footnote references become `[^n]` markers, numbered in reference order as Word
//!   numbers them, and the footnotes of `footnotes.xml` follow the body after a `---`
//!   line as `[^n]: text` definitions (a footnote's further paragraphs as continuation
//!   lines);
//! - a table row is one block, its cells separated by ` | ` (a cell's paragraphs joined by
//!   a space);
//! - bold runs are written `**…**` and superscript runs `<sup>…</sup>`, the forms the
//!   reader already knows from extracted text (a bold organ line, a typed footnote number).
//!
//! Headers, footers and comments live in other parts and are not read: they are page
//! furniture. Deleted text of tracked changes is left out, inserted text kept. Text boxes
//! are read once (the fallback copy of an alternate content is skipped).
//!
//! A package is refused, with an error naming the part, when it is not a zip file, lacks
//! its document part, holds malformed XML, or when a part decompresses to more than
//! [`MAX_PART_BYTES`] (or all parts read together to more than [`MAX_TOTAL_BYTES`]):
//! a zip bomb stops at the cap instead of filling memory.
//!
//! ```no_run
//! let bytes = std::fs::read("en.docx").unwrap();
//! let text = sixfold_translations::input::docx::docx_text(&bytes).unwrap();
//! let doc = sixfold_translations::read_str(sixfold_core::Lang::En, "en.docx", &text);
//! ```

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{Cursor, Read as _};

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

use super::encoding::{EncodingError, decode_text};

/// The most bytes one part of a package may decompress to (64 MiB: the text of the
/// longest UN reports is a few megabytes).
pub const MAX_PART_BYTES: u64 = 64 << 20;
/// The most bytes all parts read from one package may decompress to together.
pub const MAX_TOTAL_BYTES: u64 = 160 << 20;

/// Why a `.docx` file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocxError {
    #[error(
        "not a Word package (a .docx is a zip file): {detail}; save the document as .docx (Word 2007 or later), not .doc or .rtf"
    )]
    NotZip { detail: String },
    #[error("the Word package has no {part}; expected the main document part of a .docx")]
    MissingPart { part: String },
    #[error(
        "{part} decompresses to more than {limit} bytes; refused as a zip bomb (no UN document is that large)"
    )]
    TooLarge { part: String, limit: u64 },
    #[error("{part} cannot be decompressed: {detail}; the file is damaged")]
    Corrupt { part: String, detail: String },
    #[error("{part} is not well-formed XML at byte offset {offset}: {detail}")]
    Xml {
        part: String,
        offset: u64,
        detail: String,
    },
    #[error("{part} is not text: {source}")]
    Encoding {
        part: String,
        #[source]
        source: EncodingError,
    },
}

const W_MAIN: &[u8] = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT: &[u8] = b"http://purl.oclc.org/ooxml/wordprocessingml/main";
const MC: &[u8] = b"http://schemas.openxmlformats.org/markup-compatibility/2006";

/// The text form of a `.docx` package (see the module documentation).
pub fn docx_text(bytes: &[u8]) -> Result<String, DocxError> {
    let mut package = Package::open(bytes)?;
    let document_part = package
        .main_part()?
        .unwrap_or_else(|| "word/document.xml".to_owned());
    let document = package
        .read(&document_part)?
        .ok_or(DocxError::MissingPart {
            part: document_part.clone(),
        })?;
    let related = package.relations(&document_part)?;
    let part_of = |kind: &str, fallback: &str| {
        related
            .iter()
            .find(|(k, _)| k == kind)
            .map_or_else(|| fallback.to_owned(), |(_, target)| target.clone())
    };
    let numbering_part = part_of("numbering", "word/numbering.xml");
    let styles_part = part_of("styles", "word/styles.xml");
    let footnotes_part = part_of("footnotes", "word/footnotes.xml");

    let mut numbering = match package.read(&numbering_part)? {
        Some(xml) => Numbering::parse(&numbering_part, &xml)?,
        None => Numbering::default(),
    };
    if let Some(xml) = package.read(&styles_part)? {
        numbering.style_numbers = style_numbering(&styles_part, &xml)?;
    }
    let footnotes = match package.read(&footnotes_part)? {
        Some(xml) => {
            let mut walker = Walker::new(Mode::Footnotes);
            walker.walk(&footnotes_part, &xml, &mut numbering)?;
            walker.notes
        }
        None => HashMap::new(),
    };
    let mut walker = Walker::new(Mode::Body);
    walker.walk(&document_part, &document, &mut numbering)?;

    let mut out = String::new();
    for block in &walker.blocks {
        out.push_str(block);
        out.push_str("\n\n");
    }
    let defined: Vec<(u32, &Vec<String>)> = walker
        .refs
        .iter()
        .filter_map(|(n, id)| footnotes.get(id).map(|paras| (*n, paras)))
        .collect();
    if !defined.is_empty() {
        out.push_str("---\n\n");
        for (n, paras) in defined {
            let _ = write!(out, "[^{n}]:");
            let mut first = true;
            for para in paras {
                for line in para.lines() {
                    if first {
                        out.push(' ');
                        first = false;
                    } else {
                        out.push('\n');
                    }
                    out.push_str(line);
                }
            }
            out.push_str("\n\n");
        }
    }
    Ok(out)
}

/// The zip package, with a budget of decompressed bytes.
struct Package<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    budget: u64,
}

impl<'a> Package<'a> {
    fn open(bytes: &'a [u8]) -> Result<Self, DocxError> {
        let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| DocxError::NotZip {
            detail: e.to_string(),
        })?;
        Ok(Package {
            zip,
            budget: MAX_TOTAL_BYTES,
        })
    }

    /// A part's text, `None` when the package has no such part.
    fn read(&mut self, part: &str) -> Result<Option<String>, DocxError> {
        let mut file = match self.zip.by_name(part) {
            Ok(file) => file,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => {
                return Err(DocxError::Corrupt {
                    part: part.to_owned(),
                    detail: e.to_string(),
                });
            }
        };
        let limit = MAX_PART_BYTES.min(self.budget);
        let mut bytes = Vec::new();
        (&mut file)
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| DocxError::Corrupt {
                part: part.to_owned(),
                detail: e.to_string(),
            })?;
        if bytes.len() as u64 > limit {
            return Err(DocxError::TooLarge {
                part: part.to_owned(),
                limit,
            });
        }
        self.budget -= bytes.len() as u64;
        decode_text(&bytes)
            .map(Some)
            .map_err(|source| DocxError::Encoding {
                part: part.to_owned(),
                source,
            })
    }

    /// The main document part named by the package relationships.
    fn main_part(&mut self) -> Result<Option<String>, DocxError> {
        Ok(self
            .relations("")?
            .into_iter()
            .find(|(kind, _)| kind == "officeDocument")
            .map(|(_, target)| target))
    }

    /// The relationships of a part, as (kind, target part): the kind is the last segment
    /// of the relationship type (`numbering`, `footnotes`), the target resolved against
    /// the part's folder.
    fn relations(&mut self, part: &str) -> Result<Vec<(String, String)>, DocxError> {
        let (folder, name) = part.rsplit_once('/').unwrap_or(("", part));
        let rels = if folder.is_empty() {
            format!("_rels/{name}.rels")
        } else {
            format!("{folder}/_rels/{name}.rels")
        };
        let Some(xml) = self.read(&rels)? else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        let mut reader = NsReader::from_str(&xml);
        loop {
            match reader.read_event() {
                Ok(Event::Start(e) | Event::Empty(e))
                    if e.local_name().as_ref() == b"Relationship" =>
                {
                    if attr(&e, b"TargetMode").as_deref() == Some("External") {
                        continue;
                    }
                    let (Some(kind), Some(target)) = (attr(&e, b"Type"), attr(&e, b"Target"))
                    else {
                        continue;
                    };
                    let kind = kind.rsplit('/').next().unwrap_or_default().to_owned();
                    let target = match target.strip_prefix('/') {
                        Some(absolute) => absolute.to_owned(),
                        None => resolve(folder, &target),
                    };
                    out.push((kind, target));
                }
                Ok(Event::Eof) => break,
                Ok(_) => {}
                Err(e) => return Err(xml_error(&rels, reader.error_position(), &e)),
            }
        }
        Ok(out)
    }
}

/// `target` relative to `folder`, with `..` segments applied.
fn resolve(folder: &str, target: &str) -> String {
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for segment in target.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

fn xml_error(part: &str, offset: u64, error: &quick_xml::Error) -> DocxError {
    DocxError::Xml {
        part: part.to_owned(),
        offset,
        detail: error.to_string(),
    }
}

/// An attribute's value by local name (`w:val` → `val`), unescaped.
fn attr(e: &BytesStart<'_>, local: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local)
            .then(|| {
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .ok()
                    .map(std::borrow::Cow::into_owned)
            })
            .flatten()
    })
}

fn attr_num<T: std::str::FromStr>(e: &BytesStart<'_>, local: &[u8]) -> Option<T> {
    attr(e, local)?.trim().parse().ok()
}

/// An on/off property (`<w:b/>`, `<w:b w:val="0"/>`).
fn is_on(e: &BytesStart<'_>) -> bool {
    !matches!(
        attr(e, b"val").as_deref(),
        Some("0" | "false" | "off" | "none")
    )
}

/// How numbers of one list level are written.
#[derive(Debug, Clone, Default)]
struct Level {
    start: Option<i64>,
    format: String,
    text: Option<String>,
    /// `w:lvlRestart`: restart after a use of a level above this 1-based level; 0 never.
    restart: Option<usize>,
    legal: bool,
    suffix: Option<String>,
}

/// A list instance being read: numId, abstractNumId, start overrides by level.
type NumDef = (String, String, Vec<(usize, i64)>);

/// `numbering.xml`: abstract lists, their instances and the counters Word keeps.
#[derive(Debug, Default)]
struct Numbering {
    abstracts: HashMap<String, [Level; 9]>,
    /// numId → (abstractNumId, start overrides by level).
    nums: HashMap<String, (String, Vec<(usize, i64)>)>,
    /// Counters per abstract list (instances of one abstract list share them, as in Word).
    counters: HashMap<String, [Option<i64>; 9]>,
    /// Instances already used (their start overrides apply once, at first use).
    used: std::collections::HashSet<String>,
    /// Numbering given by paragraph styles: styleId → (numId, level).
    style_numbers: HashMap<String, (String, usize)>,
}

impl Numbering {
    fn parse(part: &str, xml: &str) -> Result<Self, DocxError> {
        let mut numbering = Numbering::default();
        let mut reader = NsReader::from_str(xml);
        reader.config_mut().expand_empty_elements = true;
        let mut current_abstract: Option<(String, [Level; 9])> = None;
        // (numId, abstractNumId, start overrides)
        let mut current_num: Option<NumDef> = None;
        let mut level: Option<usize> = None;
        let mut override_level: Option<usize> = None;
        loop {
            let event = match reader.read_resolved_event() {
                Ok((ns, event)) => (is_w(&ns), event),
                Err(e) => return Err(xml_error(part, reader.error_position(), &e)),
            };
            match event {
                (true, Event::Start(e)) => match e.local_name().as_ref() {
                    b"abstractNum" => {
                        current_abstract =
                            attr(&e, b"abstractNumId").map(|id| (id, Default::default()));
                    }
                    b"num" => {
                        current_num = attr(&e, b"numId").map(|id| (id, String::new(), Vec::new()));
                    }
                    b"abstractNumId" => {
                        if let (Some(num), Some(id)) = (current_num.as_mut(), attr(&e, b"val")) {
                            num.1 = id;
                        }
                    }
                    b"lvlOverride" => override_level = attr_num(&e, b"ilvl"),
                    b"startOverride" => {
                        if let (Some(num), Some(l), Some(v)) =
                            (current_num.as_mut(), override_level, attr_num(&e, b"val"))
                        {
                            num.2.push((l, v));
                        }
                    }
                    b"lvl" if current_abstract.is_some() => {
                        level = attr_num::<usize>(&e, b"ilvl").filter(|&l| l < 9);
                    }
                    name => {
                        if let (Some((_, levels)), Some(l)) = (current_abstract.as_mut(), level) {
                            let lvl = &mut levels[l];
                            match name {
                                b"start" => lvl.start = attr_num(&e, b"val"),
                                b"numFmt" => lvl.format = attr(&e, b"val").unwrap_or_default(),
                                b"lvlText" => lvl.text = attr(&e, b"val"),
                                b"lvlRestart" => lvl.restart = attr_num(&e, b"val"),
                                b"isLgl" => lvl.legal = is_on(&e),
                                b"suff" => lvl.suffix = attr(&e, b"val"),
                                _ => {}
                            }
                        }
                    }
                },
                (true, Event::End(e)) => match e.local_name().as_ref() {
                    b"abstractNum" => {
                        if let Some((id, levels)) = current_abstract.take() {
                            numbering.abstracts.insert(id, levels);
                        }
                    }
                    b"num" => {
                        if let Some((id, abs, overrides)) = current_num.take() {
                            numbering.nums.insert(id, (abs, overrides));
                        }
                    }
                    b"lvl" => level = None,
                    b"lvlOverride" => override_level = None,
                    _ => {}
                },
                (_, Event::Eof) => break,
                _ => {}
            }
        }
        Ok(numbering)
    }

    /// The label Word shows for the next paragraph of list `num_id` at `level`, with the
    /// separator that follows it; `None` for no number (numId 0, unknown lists, bullets,
    /// a level whose format is `none`).
    fn next_label(&mut self, num_id: &str, level: usize) -> Option<String> {
        let level = level.min(8);
        let (abstract_id, overrides) = self.nums.get(num_id)?.clone();
        let levels = self.abstracts.get(&abstract_id)?.clone();
        let counters = self.counters.entry(abstract_id).or_default();
        if self.used.insert(num_id.to_owned()) {
            for (l, start) in overrides {
                if l < 9 {
                    counters[l] = Some(start - 1);
                }
            }
        }
        let start_of = |l: usize| levels[l].start.unwrap_or(0);
        counters[level] = Some(counters[level].map_or(start_of(level), |v| v + 1));
        for (deeper, lvl) in levels.iter().enumerate().skip(level + 1) {
            // Restart after any higher level by default; `w:lvlRestart` narrows that.
            if lvl.restart.is_none_or(|r| r != 0 && level < r) {
                counters[deeper] = None;
            }
        }
        let lvl = &levels[level];
        if matches!(lvl.format.as_str(), "bullet" | "none") {
            return None;
        }
        let template = lvl
            .text
            .clone()
            .unwrap_or_else(|| format!("%{}.", level + 1));
        let mut label = String::new();
        let mut chars = template.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                ('%', Some(d @ 1..=9)) => {
                    chars.next();
                    let l = d as usize - 1;
                    let value = counters[l].unwrap_or(start_of(l));
                    let format = if lvl.legal && l < level {
                        "decimal"
                    } else {
                        levels[l].format.as_str()
                    };
                    label.push_str(&format_number(format, value));
                }
                _ => label.push(c),
            }
        }
        if label.trim().is_empty() {
            return None;
        }
        let suffix = match lvl.suffix.as_deref() {
            Some("nothing") => "",
            _ => " ",
        };
        Some(format!("{label}{suffix}"))
    }
}

/// Paragraph styles that carry list numbering (`w:style/w:pPr/w:numPr`), following
/// `w:basedOn` for styles that inherit it.
fn style_numbering(part: &str, xml: &str) -> Result<HashMap<String, (String, usize)>, DocxError> {
    let mut own: HashMap<String, (Option<String>, Option<usize>)> = HashMap::new();
    let mut based: HashMap<String, String> = HashMap::new();
    let mut reader = NsReader::from_str(xml);
    reader.config_mut().expand_empty_elements = true;
    let mut style: Option<String> = None;
    loop {
        let event = match reader.read_resolved_event() {
            Ok((ns, event)) => (is_w(&ns), event),
            Err(e) => return Err(xml_error(part, reader.error_position(), &e)),
        };
        match event {
            (true, Event::Start(e)) => match e.local_name().as_ref() {
                b"style" => style = attr(&e, b"styleId"),
                b"basedOn" => {
                    if let (Some(s), Some(v)) = (&style, attr(&e, b"val")) {
                        based.insert(s.clone(), v);
                    }
                }
                b"numId" => {
                    if let Some(s) = &style {
                        own.entry(s.clone()).or_default().0 = attr(&e, b"val");
                    }
                }
                b"ilvl" => {
                    if let Some(s) = &style {
                        own.entry(s.clone()).or_default().1 = attr_num(&e, b"val");
                    }
                }
                _ => {}
            },
            (true, Event::End(e)) if e.local_name().as_ref() == b"style" => style = None,
            (_, Event::Eof) => break,
            _ => {}
        }
    }
    let mut out = HashMap::new();
    for name in own.keys().chain(based.keys()) {
        let mut current = name.as_str();
        // A chain of styles is short; the bound stops a loop of `basedOn`.
        for _ in 0..16 {
            if let Some((Some(num), level)) = own.get(current) {
                out.insert(name.clone(), (num.clone(), level.unwrap_or(0)));
                break;
            }
            match based.get(current) {
                Some(parent) => current = parent,
                None => break,
            }
        }
    }
    Ok(out)
}

fn is_w(ns: &ResolveResult<'_>) -> bool {
    matches!(ns, ResolveResult::Bound(n) if n.as_ref() == W_MAIN || n.as_ref() == W_STRICT)
}

fn is_mc(ns: &ResolveResult<'_>) -> bool {
    matches!(ns, ResolveResult::Bound(n) if n.as_ref() == MC)
}

/// A number in one of Word's number formats; formats without a rendering here fall back
/// to decimal digits, which still tell the reader the paragraph's number.
fn format_number(format: &str, n: i64) -> String {
    const RU: [char; 28] = [
        'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с', 'т',
        'у', 'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'э', 'ю', 'я',
    ];
    const AR_ALPHA: [char; 28] = [
        'أ', 'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع',
        'غ', 'ف', 'ق', 'ك', 'ل', 'م', 'ن', 'ه', 'و', 'ي',
    ];
    const AR_ABJAD: [char; 28] = [
        'أ', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص',
        'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ',
    ];
    const LATIN: [char; 26] = [
        'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r',
        's', 't', 'u', 'v', 'w', 'x', 'y', 'z',
    ];
    // Letters past the alphabet repeat the letter (z, aa, bb…), as Word does.
    let letters = |alphabet: &[char]| -> String {
        let Ok(n) = usize::try_from(n) else {
            return n.to_string();
        };
        if n == 0 || n > 780 {
            return n.to_string();
        }
        let len = alphabet.len();
        std::iter::repeat_n(alphabet[(n - 1) % len], (n - 1) / len + 1).collect()
    };
    match format {
        "lowerLetter" => letters(&LATIN),
        "upperLetter" => letters(&LATIN).to_uppercase(),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        "russianLower" => letters(&RU),
        "russianUpper" => letters(&RU).to_uppercase(),
        "arabicAlpha" => letters(&AR_ALPHA),
        "arabicAbjad" => letters(&AR_ABJAD),
        "decimalZero" if (0..10).contains(&n) => format!("0{n}"),
        "chineseCounting"
        | "chineseCountingThousand"
        | "ideographTraditional"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand"
        | "japaneseCounting" => u32::try_from(n)
            .ok()
            .filter(|&n| n > 0)
            .and_then(sixfold_l10n::render_chinese_numeral)
            .unwrap_or_else(|| n.to_string()),
        _ => n.to_string(),
    }
}

/// Upper-case Roman numeral; numbers outside 1..4000 in decimal digits. The `numbers-differ`
/// check reads numerals back through it ([`crate::number_words`]).
pub(crate) fn roman(n: i64) -> String {
    if !(1..4000).contains(&n) {
        return n.to_string();
    }
    let mut n = n;
    let mut out = String::new();
    for (value, numeral) in [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ] {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

/// Which part the walker reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Body,
    Footnotes,
}

/// A piece of a paragraph's content.
#[derive(Debug)]
enum Piece {
    Text { text: String, bold: bool, sup: bool },
    Break,
    Note(u32),
}

/// A paragraph being read.
#[derive(Debug, Default)]
struct Para {
    pieces: Vec<Piece>,
    num_id: Option<String>,
    level: Option<usize>,
    style: Option<String>,
}

/// A table being read: its current row's cells, each a list of paragraph texts.
#[derive(Debug, Default)]
struct Table {
    row: Vec<Vec<String>>,
}

/// Walks the XML of the document or footnotes part.
#[derive(Debug)]
#[allow(clippy::struct_excessive_bools)] // Flags of where in the XML the walk is, as Word nests them.
struct Walker {
    mode: Mode,
    /// Finished blocks of the body.
    blocks: Vec<String>,
    /// Footnotes referenced by the body, in reference order: (number shown, footnote id).
    refs: Vec<(u32, String)>,
    /// Footnotes part: id → paragraph texts.
    notes: HashMap<String, Vec<String>>,
    note: Option<(String, Vec<String>)>,
    paras: Vec<Para>,
    tables: Vec<Table>,
    in_ppr: bool,
    in_rpr: bool,
    in_text: bool,
    bold: bool,
    sup: bool,
    /// The rest of a run after a footnote reference with a custom mark: the typed mark,
    /// which the `[^n]` marker replaces.
    skip_run_text: bool,
    /// Depth inside a skipped element (`mc:Fallback`, `w:moveFrom`, `w:del`): 0 when reading.
    skip: usize,
}

impl Walker {
    fn new(mode: Mode) -> Self {
        Walker {
            mode,
            blocks: Vec::new(),
            refs: Vec::new(),
            notes: HashMap::new(),
            note: None,
            paras: Vec::new(),
            tables: Vec::new(),
            in_ppr: false,
            in_rpr: false,
            in_text: false,
            bold: false,
            sup: false,
            skip_run_text: false,
            skip: 0,
        }
    }

    fn walk(&mut self, part: &str, xml: &str, numbering: &mut Numbering) -> Result<(), DocxError> {
        let mut reader = NsReader::from_str(xml);
        reader.config_mut().expand_empty_elements = true;
        loop {
            let (ns_w, ns_mc, event) = match reader.read_resolved_event() {
                Ok((ns, event)) => (is_w(&ns), is_mc(&ns), event),
                Err(e) => return Err(xml_error(part, reader.error_position(), &e)),
            };
            match event {
                Event::Start(e) => {
                    if self.skip > 0 {
                        self.skip += 1;
                        continue;
                    }
                    let name = e.local_name();
                    let name = name.as_ref();
                    if (ns_mc && name == b"Fallback")
                        || (ns_w && matches!(name, b"moveFrom" | b"del" | b"instrText"))
                    {
                        self.skip = 1;
                    } else if ns_w {
                        self.start(&e, name);
                    }
                }
                Event::End(e) => {
                    if self.skip > 0 {
                        self.skip -= 1;
                        continue;
                    }
                    if ns_w {
                        self.end(e.local_name().as_ref(), numbering);
                    }
                }
                Event::Text(t) if self.in_text && self.skip == 0 => {
                    let text = t.decode().map_err(|e| DocxError::Xml {
                        part: part.to_owned(),
                        offset: reader.buffer_position(),
                        detail: e.to_string(),
                    })?;
                    self.text(&text);
                }
                Event::CData(t) if self.in_text && self.skip == 0 => {
                    let text = String::from_utf8_lossy(&t);
                    self.text(&text);
                }
                Event::GeneralRef(r) if self.in_text && self.skip == 0 => {
                    let resolved = if r.is_char_ref() {
                        r.resolve_char_ref().ok().flatten()
                    } else {
                        match &*r {
                            b"amp" => Some('&'),
                            b"lt" => Some('<'),
                            b"gt" => Some('>'),
                            b"quot" => Some('"'),
                            b"apos" => Some('\''),
                            _ => None,
                        }
                    };
                    if let Some(c) = resolved {
                        self.text(c.encode_utf8(&mut [0; 4]));
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        // An unclosed paragraph at the end of a damaged part still counts.
        while !self.paras.is_empty() {
            self.end(b"p", numbering);
        }
        Ok(())
    }

    fn start(&mut self, e: &BytesStart<'_>, name: &[u8]) {
        match name {
            b"p" => self.paras.push(Para::default()),
            b"pPr" => self.in_ppr = true,
            b"rPr" if !self.in_ppr => self.in_rpr = true,
            b"r" => {
                self.bold = false;
                self.sup = false;
                self.skip_run_text = false;
            }
            b"b" if self.in_rpr => self.bold = is_on(e),
            b"vertAlign" if self.in_rpr => {
                self.sup = attr(e, b"val").as_deref() == Some("superscript");
            }
            b"numId" if self.in_ppr => {
                if let Some(p) = self.paras.last_mut() {
                    p.num_id = attr(e, b"val");
                }
            }
            b"ilvl" if self.in_ppr => {
                if let Some(p) = self.paras.last_mut() {
                    p.level = attr_num(e, b"val");
                }
            }
            b"pStyle" if self.in_ppr => {
                if let Some(p) = self.paras.last_mut() {
                    p.style = attr(e, b"val");
                }
            }
            b"t" => self.in_text = !self.skip_run_text,
            b"tab" | b"ptab" if !self.in_ppr => self.text(" "),
            b"noBreakHyphen" => self.text("\u{2011}"),
            b"br" | b"cr" => {
                let kind = attr(e, b"type");
                if !matches!(kind.as_deref(), Some("page" | "column")) {
                    if let Some(p) = self.paras.last_mut() {
                        p.pieces.push(Piece::Break);
                    }
                }
            }
            b"footnoteReference" if self.mode == Mode::Body => {
                if let (Some(p), Some(id)) = (self.paras.last_mut(), attr(e, b"id")) {
                    let n = u32::try_from(self.refs.len() + 1).unwrap_or(u32::MAX);
                    self.refs.push((n, id));
                    p.pieces.push(Piece::Note(n));
                    self.skip_run_text = attr(e, b"customMarkFollows")
                        .is_some_and(|v| matches!(v.as_str(), "1" | "true" | "on"));
                }
            }
            b"footnote" if self.mode == Mode::Footnotes => {
                let special = attr(e, b"type").is_some_and(|t| t != "normal");
                self.note = match attr(e, b"id") {
                    Some(id) if !special => Some((id, Vec::new())),
                    _ => None,
                };
            }
            b"tbl" => self.tables.push(Table::default()),
            b"tc" => {
                if let Some(t) = self.tables.last_mut() {
                    t.row.push(Vec::new());
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &[u8], numbering: &mut Numbering) {
        match name {
            b"pPr" => self.in_ppr = false,
            b"rPr" => self.in_rpr = false,
            b"t" => self.in_text = false,
            b"r" => self.skip_run_text = false,
            b"p" => {
                let Some(para) = self.paras.pop() else {
                    return;
                };
                let text = Self::render(para, numbering);
                self.emit(text);
            }
            b"tr" if self.tables.len() == 1 => {
                let row = self
                    .tables
                    .last_mut()
                    .map(|t| std::mem::take(&mut t.row))
                    .unwrap_or_default();
                let cells: Vec<String> = row.iter().map(|cell| cell.join(" ")).collect();
                if cells.iter().any(|c| !c.trim().is_empty()) {
                    self.push_block(cells.join(" | "));
                }
            }
            b"tbl" => {
                if let Some(inner) = self.tables.pop() {
                    // A nested table's text stays in the cell of the table around it.
                    let text: Vec<String> = inner.row.into_iter().flatten().collect();
                    if !text.is_empty() {
                        self.emit(text.join(" "));
                    }
                }
            }
            b"footnote" => {
                if let Some((id, paras)) = self.note.take() {
                    self.notes.insert(id, paras);
                }
            }
            _ => {}
        }
    }

    /// A finished paragraph's text goes into the cell of the table it is in, else into
    /// the footnote or the body.
    fn emit(&mut self, text: String) {
        if text.is_empty() {
            return;
        }
        if let Some(cell) = self.tables.first_mut().and_then(|t| t.row.last_mut()) {
            cell.push(text.replace('\n', " "));
            return;
        }
        if let Some(table) = self.tables.last_mut() {
            // Text between a table's rows (damaged XML): keep it as a cell of its own.
            table.row.push(vec![text]);
            return;
        }
        self.push_block(text);
    }

    fn push_block(&mut self, text: String) {
        match (&mut self.note, self.mode) {
            (Some((_, paras)), Mode::Footnotes) => paras.push(text),
            (None, Mode::Footnotes) => {}
            (_, Mode::Body) => self.blocks.push(text),
        }
    }

    fn text(&mut self, text: &str) {
        let (bold, sup) = (self.bold, self.sup);
        let Some(p) = self.paras.last_mut() else {
            return;
        };
        if let Some(Piece::Text {
            text: last,
            bold: b,
            sup: s,
        }) = p.pieces.last_mut()
            && *b == bold
            && *s == sup
        {
            last.push_str(text);
            return;
        }
        p.pieces.push(Piece::Text {
            text: text.to_owned(),
            bold,
            sup,
        });
    }

    /// A paragraph's text: its number, its runs with bold and superscript marked, its line
    /// breaks; no empty lines, so that it stays one block.
    fn render(para: Para, numbering: &mut Numbering) -> String {
        let num = para
            .num_id
            .clone()
            .map(|id| (id, para.level.unwrap_or(0)))
            .or_else(|| {
                para.style
                    .as_ref()
                    .and_then(|s| numbering.style_numbers.get(s).cloned())
                    .map(|(id, level)| (id, para.level.unwrap_or(level)))
            });
        let label = num.and_then(|(id, level)| numbering.next_label(&id, level));
        let mut out = String::new();
        for piece in para.pieces {
            match piece {
                Piece::Break => out.push('\n'),
                Piece::Note(n) => {
                    let _ = write!(out, "[^{n}]");
                }
                Piece::Text { text, bold, sup } => {
                    let text = text.replace(['\t', '\r', '\n'], " ");
                    let core = text.trim();
                    if core.is_empty() || !(bold || sup) {
                        out.push_str(&text);
                        continue;
                    }
                    let lead = &text[..text.len() - text.trim_start().len()];
                    let trail = &text[text.trim_end().len()..];
                    out.push_str(lead);
                    if sup {
                        out.push_str("<sup>");
                        out.push_str(core);
                        out.push_str("</sup>");
                    } else {
                        out.push_str("**");
                        out.push_str(core);
                        out.push_str("**");
                    }
                    out.push_str(trail);
                }
            }
        }
        let lines: Vec<&str> = out
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let mut text = lines.join("\n");
        if let Some(label) = label {
            text.insert_str(0, &label);
            text = text.trim_end().to_owned();
        }
        text
    }
}

/// Numbers shown for `(numId, level)` paragraphs in order, for tests.
#[cfg(test)]
fn labels(numbering_xml: &str, paras: &[(&str, usize)]) -> Vec<Option<String>> {
    let mut numbering = Numbering::parse("numbering.xml", numbering_xml).unwrap();
    paras
        .iter()
        .map(|(id, level)| numbering.next_label(id, *level))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn numbering() -> String {
        format!(
            r#"<w:numbering {W}>
              <w:abstractNum w:abstractNumId="0">
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
                <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
                <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/><w:suff w:val="nothing"/></w:lvl>
              </w:abstractNum>
              <w:abstractNum w:abstractNumId="1">
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
              </w:abstractNum>
              <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
              <w:num w:numId="2"><w:abstractNumId w:val="0"/>
                <w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
              <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
            </w:numbering>"#
        )
    }

    #[test]
    fn numbers_levels_restarts_and_overrides() {
        let got = labels(
            &numbering(),
            &[
                ("1", 0),
                ("1", 1),
                ("1", 1),
                ("1", 2),
                ("1", 0),
                ("1", 1),
                ("2", 0),
                ("2", 0),
                ("3", 0),
                ("0", 0),
            ],
        );
        let want = [
            Some("1. "),
            Some("(a) "),
            Some("(b) "),
            Some("(i)"),
            Some("2. "),
            Some("(a) "),
            Some("5. "),
            Some("6. "),
            None,
            None,
        ];
        assert_eq!(got, want.map(|w| w.map(str::to_owned)));
    }

    #[test]
    fn number_formats_of_the_six_languages() {
        assert_eq!(format_number("lowerLetter", 27), "aa");
        assert_eq!(format_number("upperRoman", 14), "XIV");
        assert_eq!(format_number("russianLower", 3), "в");
        assert_eq!(format_number("arabicAbjad", 3), "ج");
        assert_eq!(format_number("arabicAlpha", 3), "ت");
        assert_eq!(format_number("chineseCounting", 12), "十二");
        assert_eq!(format_number("decimalZero", 7), "07");
        assert_eq!(format_number("lowerRoman", 0), "0");
        assert_eq!(format_number("lowerLetter", -3), "-3");
    }

    /// A package built in memory with the given parts.
    fn package(parts: &[(&str, &str)]) -> Vec<u8> {
        use std::io::Write as _;
        let mut buf = Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut buf);
        for (name, text) in parts {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        }
        zip.finish().unwrap();
        buf.into_inner()
    }

    #[test]
    fn paragraphs_numbers_footnotes_and_tables() {
        let document = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<w:document {W}><w:body>
<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>General Assembly</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Recalling its resolution &amp; the report,</w:t></w:r><w:r><w:footnoteReference w:id="7"/></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Decides:</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>to act;</w:t></w:r><w:r><w:br/><w:t>second line</w:t></w:r></w:p>
<w:p/>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Arabic</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>ar</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:ins><w:r><w:t>Kept.</w:t></w:r></w:ins></w:p>
</w:body></w:document>"#
        );
        let footnotes = format!(
            r#"<w:footnotes {W}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> A/51/1.</w:t></w:r></w:p><w:p><w:r><w:t>More.</w:t></w:r></w:p></w:footnote>
</w:footnotes>"#
        );
        let bytes = package(&[
            ("word/document.xml", &document),
            ("word/numbering.xml", &numbering()),
            ("word/footnotes.xml", &footnotes),
        ]);
        let text = docx_text(&bytes).unwrap();
        assert_eq!(
            text,
            "**General Assembly**\n\nRecalling its resolution & the report,[^1]\n\n1. Decides:\n\n\
             (a) to act;\nsecond line\n\nArabic | ar\n\nKept.\n\n---\n\n[^1]: A/51/1.\nMore.\n\n"
        );
    }

    #[test]
    fn bad_packages_are_errors_not_panics() {
        assert!(matches!(
            docx_text(b"PK\x03\x04"),
            Err(DocxError::NotZip { .. })
        ));
        assert!(matches!(docx_text(b""), Err(DocxError::NotZip { .. })));
        let no_document = package(&[("word/other.xml", "<x/>")]);
        assert_eq!(
            docx_text(&no_document),
            Err(DocxError::MissingPart {
                part: "word/document.xml".into()
            })
        );
        let broken = package(&[("word/document.xml", "<w:document><w:p></w:document>")]);
        assert!(
            matches!(docx_text(&broken), Err(DocxError::Xml { .. })),
            "{:?}",
            docx_text(&broken)
        );
    }

    #[test]
    fn a_zip_bomb_stops_at_the_cap() {
        use std::io::Write as _;
        let mut buf = Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut buf);
        zip.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated)
                .large_file(true),
        )
        .unwrap();
        let chunk = vec![b' '; 1 << 20];
        for _ in 0..=(MAX_PART_BYTES >> 20) {
            zip.write_all(&chunk).unwrap();
        }
        zip.finish().unwrap();
        let bytes = buf.into_inner();
        assert!(bytes.len() < 1 << 20, "the bomb is small: {}", bytes.len());
        assert_eq!(
            docx_text(&bytes),
            Err(DocxError::TooLarge {
                part: "word/document.xml".into(),
                limit: MAX_PART_BYTES
            })
        );
    }
}
