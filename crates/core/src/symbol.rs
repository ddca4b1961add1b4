//! United Nations document symbols: parsing, validation, normalisation and printing.
//!
//! A symbol such as `A/C.3/57/SR.39/Corr.1` is a chain of `/`-separated components: the
//! organ or series (`A`, `S`, `E`, `ST`, `CRC`…), subsidiary bodies (`C.3`, `CN.15`,
//! `Sub.2`), a session or year (`57`, `ES-10`, `1996`), document-type components (`RES`,
//! `L.11`, `SR.39`), the number, and modifiers that stack left to right (`Add.1`, `Corr.2`,
//! `Rev.1`, `Amend.1`, `Summary`). A component may carry a resolution letter (`68/247 B`)
//! and parenthesised parts (`(2001)`, `(III)`, `(Part II)`, `(Vol. I)`, `(Resumption 1)`);
//! the whole symbol may end with the reissue mark `*`, and two symbols of a joint document
//! are joined by a hyphen (`A/51/135-E/1996/51`).
//!
//! People type symbols loosely (`s/res/1373(2001)`, `A/51/3/corr.1`), so parsing
//! normalises case and spacing; [`Symbol`]'s `Display` gives the printed form the Editorial
//! Manual uses and [`Symbol::compact`] the catalogue form UNBIS records (no spaces:
//! `A/62/17(PartI)`), which is also what undocs.org expects.
//!
//! ```
//! use sixfold_core::Symbol;
//!
//! let s: Symbol = "s/res/1373(2001)".parse()?;
//! assert_eq!(s.to_string(), "S/RES/1373 (2001)");
//! assert_eq!(s.compact(), "S/RES/1373(2001)");
//! assert_eq!(s.resolution().as_deref(), Some("1373 (2001)"));
//!
//! let c: Symbol = "A/51/610/Add.1/Corr.2".parse()?;
//! assert_eq!(c.base().to_string(), "A/51/610");
//! assert!(c.is_corrigendum_of(&"A/51/610/Add.1".parse()?));
//!
//! let err = "A//51/60".parse::<Symbol>().unwrap_err();
//! assert_eq!((err.offset, err.to_string().as_str()), (2, "empty component at offset 2"));
//! # Ok::<(), sixfold_core::SymbolError>(())
//! ```

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::organ::Organ;
use crate::session::Session;

/// A parsed, normalised UN document symbol.
///
/// Equality is equality of the normalised form, so `a/res/51/60` equals `A/RES/51/60`.
/// The order ([`Ord`]) is the natural catalogue order (numbers compared as numbers, a
/// document before its addenda), which is what a sorted list of symbols should show.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Symbol {
    /// One entry per symbol of a joint document, the first being the primary one; never empty.
    parts: Vec<Vec<Component>>,
    /// The trailing `*`: the document was reissued for technical reasons.
    reissued: bool,
}

/// One `/`-separated component, normalised.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Component {
    /// The component without letter or parentheses: `A`, `C.3`, `Sub.2`, `ES-10`, `RES`,
    /// `60`, `Add.1`, `SER.A`, `IRON ORE`.
    pub code: String,
    /// What the component says about the document.
    pub kind: ComponentKind,
    /// Resolution letter(s) after a number: `B` in `68/247 B`, `A-B` in `69/96 A-B`.
    pub letters: Option<String>,
    /// Parenthesised parts that follow, in order.
    pub parens: Vec<Paren>,
}

/// The role of a component, assigned from its shape and position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ComponentKind {
    /// The principal organ or special series: `A`, `S`, `E`, `T`, `ST`, `CRC`, `UNEP`.
    Series,
    /// A subsidiary body or sub-series: `C.3`, `CN.15`, `Sub.2`, `HRC`, `AI`, `SER.A`.
    Body,
    /// A session or year: `51`, `S-26`, `ES-10`, `1996`.
    Session,
    /// A document-type component: `RES`, `PRST`, `INF`, `NGO`, `PET`, `DEC`, and the
    /// numbered ones `L.n`, `PV.n`, `SR.n`, `CRP.n`, `WP.n`, `R.n` (which also end the base).
    DocType,
    /// The running number of the document.
    Number,
    /// `Add.n`, `Corr.n`, `Rev.n`, `Amend.n` or `Summary`.
    Modifier,
}

/// A parenthesised part after a component.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Paren {
    /// The year of a Security Council resolution: `(2001)`.
    Year(u16),
    /// A regular session in Roman numerals, for resolutions of the first 30 GA sessions: `(III)`.
    Session(String),
    /// A special session in Roman numerals: `(S-VII)`.
    SpecialSession(String),
    /// An emergency special session in Roman numerals: `(ES-V)`.
    EmergencySpecialSession(String),
    /// `(Part II)`, `(Part 2)`, `(Part One)`.
    Part(String),
    /// `(Vol. I)`.
    Volume(String),
    /// A record of a resumed meeting: `(Resumption 1)`.
    Resumption(Option<u32>),
}

/// A modifier (final component) with its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Modifier {
    pub kind: ModifierKind,
    /// Absent only for `Summary`.
    pub number: Option<u32>,
}

/// The kinds of modifier the UN uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ModifierKind {
    /// Addendum: adds material to the document.
    Add,
    /// Amendment: alters part of an adopted formal text.
    Amend,
    /// Corrigendum: corrects the document, possibly in some languages only.
    Corr,
    /// Revision: replaces the earlier issuance.
    Rev,
    /// Summarized version.
    Summary,
}

/// Why a string is not a symbol, and where (byte offset into the input).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason} at offset {offset}")]
pub struct SymbolError {
    /// Byte offset into the string given to the parser.
    pub offset: usize,
    pub reason: SymbolErrorKind,
}

/// What was wrong with a symbol.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SymbolErrorKind {
    #[error("empty symbol")]
    Empty,
    #[error("empty component")]
    EmptyComponent,
    #[error("unexpected character `{0}`")]
    UnexpectedChar(char),
    #[error("expected an organ or series such as `A`, `S`, `E`, `ST` or `CRC` first")]
    ExpectedSeries,
    #[error("expected `/` and a document number after the series")]
    Incomplete,
    #[error("expected a number after `{0}`")]
    ExpectedNumber(String),
    #[error("the number `{0}` is too large: expected at most 4294967295")]
    NumberTooLarge(String),
    #[error("expected a resolution number after `RES`")]
    ExpectedResolutionNumber,
    #[error("expected a document number before the modifier `{0}`")]
    ModifierWithoutDocument(String),
    #[error(
        "expected a modifier (Add.n, Corr.n, Rev.n, Amend.n, Summary) after `{0}`, found `{1}`"
    )]
    AfterModifier(String, String),
    #[error("unclosed parenthesis")]
    UnclosedParen,
    #[error(
        "unrecognised parenthesised part `({0})`: expected a year, a Roman session number, Part, Vol. or Resumption"
    )]
    UnknownParen(String),
    #[error("expected resolution letters such as `A` or `A-B`, found `{0}`")]
    BadLetters(String),
}

impl fmt::Display for Paren {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, " ")
    }
}

impl Paren {
    /// Writes the part with `sep` between a word and its number (a space when printed,
    /// nothing in the catalogue form).
    fn write(&self, f: &mut impl fmt::Write, sep: &str) -> fmt::Result {
        match self {
            Paren::Year(y) => write!(f, "({y})"),
            Paren::Session(r) => write!(f, "({r})"),
            Paren::SpecialSession(r) => write!(f, "(S-{r})"),
            Paren::EmergencySpecialSession(r) => write!(f, "(ES-{r})"),
            Paren::Part(p) => write!(f, "(Part{sep}{p})"),
            Paren::Volume(v) => write!(f, "(Vol.{sep}{v})"),
            Paren::Resumption(Some(n)) => write!(f, "(Resumption{sep}{n})"),
            Paren::Resumption(None) => f.write_str("(Resumption)"),
        }
    }
}

impl fmt::Display for ModifierKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ModifierKind::Add => "Add",
            ModifierKind::Amend => "Amend",
            ModifierKind::Corr => "Corr",
            ModifierKind::Rev => "Rev",
            ModifierKind::Summary => "Summary",
        })
    }
}

impl fmt::Display for Modifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.number {
            Some(n) => write!(f, "{}.{n}", self.kind),
            None => write!(f, "{}", self.kind),
        }
    }
}

impl Component {
    fn write(&self, f: &mut impl fmt::Write, compact: bool) -> fmt::Result {
        let sep = if compact { "" } else { " " };
        f.write_str(&self.code)?;
        if let Some(l) = &self.letters {
            write!(f, "{sep}{l}")?;
        }
        for p in &self.parens {
            f.write_str(sep)?;
            p.write(f, sep)?;
        }
        Ok(())
    }

    /// The modifier this component is, if it is one.
    #[must_use]
    pub fn modifier(&self) -> Option<Modifier> {
        if self.kind != ComponentKind::Modifier {
            return None;
        }
        let (word, num) = match self.code.split_once('.') {
            Some((w, n)) => (w, n.parse().ok()),
            None => (self.code.as_str(), None),
        };
        let kind = match word {
            "Add" => ModifierKind::Add,
            "Amend" => ModifierKind::Amend,
            "Corr" => ModifierKind::Corr,
            "Rev" => ModifierKind::Rev,
            _ => ModifierKind::Summary,
        };
        Some(Modifier { kind, number: num })
    }

    /// A session or year, read from a session component or from an old-style resolution's
    /// parenthesised Roman session or year.
    fn session(&self) -> Option<Session> {
        if self.kind == ComponentKind::Session {
            return self.code.parse().ok();
        }
        self.parens.iter().find_map(|p| match p {
            Paren::Year(y) => Some(Session::Year(*y)),
            Paren::Session(r) => roman_value(r).map(Session::Regular),
            Paren::SpecialSession(r) => roman_value(r).map(Session::Special),
            Paren::EmergencySpecialSession(r) => roman_value(r).map(Session::EmergencySpecial),
            _ => None,
        })
    }
}

impl fmt::Display for Component {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, false)
    }
}

impl Symbol {
    /// The components of the primary symbol (the first of a joint document).
    #[must_use]
    pub fn components(&self) -> &[Component] {
        self.primary()
    }

    fn primary(&self) -> &[Component] {
        self.parts.first().map_or(&[], Vec::as_slice)
    }

    /// The organ or series: `A`, `S`, `E`, `ST`, `CRC`…
    #[must_use]
    pub fn series(&self) -> &str {
        self.primary().first().map_or("", |c| c.code.as_str())
    }

    /// The principal organ the series stands for; `None` for special series (`CRC`, `UNEP`).
    #[must_use]
    pub fn organ(&self) -> Option<Organ> {
        Organ::from_series(self.series())
    }

    /// Whether the document was reissued for technical reasons (trailing `*`).
    #[must_use]
    pub fn is_reissue(&self) -> bool {
        self.reissued
    }

    /// The symbols of a joint document (`A/51/135-E/1996/51`), each on its own; a
    /// single-symbol document gives itself.
    #[must_use]
    pub fn joint_parts(&self) -> Vec<Symbol> {
        self.parts
            .iter()
            .map(|p| Symbol {
                parts: vec![p.clone()],
                reissued: self.reissued,
            })
            .collect()
    }

    /// The modifiers of the primary symbol, left to right.
    #[must_use]
    pub fn modifiers(&self) -> Vec<Modifier> {
        self.primary()
            .iter()
            .filter_map(Component::modifier)
            .collect()
    }

    /// The symbol without modifiers or reissue mark: `A/51/610` for `A/51/610/Add.1/Corr.2*`.
    /// Each symbol of a joint document loses its own modifiers.
    #[must_use]
    pub fn base(&self) -> Symbol {
        Symbol {
            parts: self
                .parts
                .iter()
                .map(|p| {
                    p.iter()
                        .filter(|c| c.kind != ComponentKind::Modifier)
                        .cloned()
                        .collect()
                })
                .collect(),
            reissued: false,
        }
    }

    /// The symbol with its last modifier removed (and without reissue mark); `None` when
    /// there is no modifier.
    #[must_use]
    pub fn parent(&self) -> Option<Symbol> {
        let primary = self.primary();
        let last = primary.last()?;
        if last.kind != ComponentKind::Modifier {
            return None;
        }
        let mut parts = self.parts.clone();
        if let Some(p) = parts.first_mut() {
            p.pop();
        }
        Some(Symbol {
            parts,
            reissued: false,
        })
    }

    /// Every version from the base to this symbol: `A/51/610`, `A/51/610/Add.1`,
    /// `A/51/610/Add.1/Corr.2`; a reissue ends the chain after the same symbol unmarked.
    #[must_use]
    pub fn version_chain(&self) -> Vec<Symbol> {
        let mut chain = Vec::new();
        let mut current = Some(Symbol {
            parts: self.parts.clone(),
            reissued: false,
        });
        while let Some(s) = current {
            current = s.parent();
            chain.push(s);
        }
        chain.reverse();
        if self.reissued {
            chain.push(self.clone());
        }
        chain
    }

    /// Whether this symbol is a corrigendum (last modifier `Corr.n`) of `other`, i.e. of the
    /// symbol it would be without that modifier. Reissue marks are ignored.
    #[must_use]
    pub fn is_corrigendum_of(&self, other: &Symbol) -> bool {
        let is_corr = self
            .modifiers()
            .last()
            .is_some_and(|m| m.kind == ModifierKind::Corr);
        is_corr && self.parent().is_some_and(|p| p.same_document(other))
    }

    /// Equality ignoring the reissue mark.
    fn same_document(&self, other: &Symbol) -> bool {
        self.parts == other.parts
    }

    /// How two versions of one document are ordered: the base before its addenda,
    /// corrigenda and revisions, `Add.1` before `Add.2`, an addendum before the corrigendum
    /// to it. `None` when they are not versions of the same base document, or when neither
    /// follows from the other (`Add.1` and `Corr.1` of the same base).
    #[must_use]
    pub fn version_cmp(&self, other: &Symbol) -> Option<Ordering> {
        if self.base() != other.base() {
            return None;
        }
        let (a, b) = (self.modifiers(), other.modifiers());
        for (x, y) in a.iter().zip(&b) {
            if x == y {
                continue;
            }
            return (x.kind == y.kind).then(|| x.number.cmp(&y.number));
        }
        Some(
            a.len()
                .cmp(&b.len())
                .then(self.reissued.cmp(&other.reissued)),
        )
    }

    /// The session or year the primary symbol belongs to, when it says: `51` in
    /// `A/C.3/51/L.2`, `ES-11` in `A/RES/ES-11/8`, `2001` in `S/RES/1373 (2001)`, `III` in
    /// `A/RES/217 A (III)`.
    #[must_use]
    pub fn session(&self) -> Option<Session> {
        self.primary().iter().find_map(Component::session)
    }

    /// Whether the symbol names a draft of limited distribution (an `L.n` component:
    /// `A/80/L.7`, `A/C.3/80/L.7/Rev.1`). The line under a plenary resolution's heading
    /// cites such a draft where a committee resolution cites the committee's report, so
    /// readers of that line need to tell the two apart.
    #[must_use]
    pub fn is_draft(&self) -> bool {
        self.primary().iter().any(|c| {
            c.kind == ComponentKind::DocType
                && c.code
                    .strip_prefix("L.")
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
    }

    /// The resolution number of a resolution symbol (`…/RES/…`), without modifiers:
    /// `51/60`, `1373 (2001)`, `217 A (III)`, `S-8/1`, `68/247 B`.
    #[must_use]
    pub fn resolution(&self) -> Option<String> {
        let primary = self.primary();
        let at = primary
            .iter()
            .position(|c| c.kind == ComponentKind::DocType && c.code == "RES")?;
        let rest: Vec<String> = primary
            .get(at + 1..)?
            .iter()
            .take_while(|c| c.kind != ComponentKind::Modifier)
            .map(ToString::to_string)
            .collect();
        (!rest.is_empty()).then(|| rest.join("/"))
    }

    /// The catalogue form (UNBIS): no spaces between a word and a number or before a
    /// parenthesis (`A/62/17(PartI)`, `S/RES/1373(2001)`, `A/RES/68/247B`); spaces inside
    /// compound series words stay. The reissue mark is dropped: a reissue has the same
    /// catalogue entry.
    #[must_use]
    pub fn compact(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, true)
            .expect("this cannot fail because writing to a String never fails");
        out
    }

    fn write(&self, f: &mut impl fmt::Write, compact: bool) -> fmt::Result {
        for (i, part) in self.parts.iter().enumerate() {
            if i > 0 {
                f.write_char('-')?;
            }
            for (j, c) in part.iter().enumerate() {
                if j > 0 {
                    f.write_char('/')?;
                }
                c.write(f, compact)?;
            }
        }
        if self.reissued && !compact {
            f.write_char('*')?;
        }
        Ok(())
    }

    /// A key for the natural order: text runs compared as text, digit runs as numbers.
    fn natural_key(&self) -> Vec<NaturalChunk> {
        natural_chunks(&self.to_string())
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, false)
    }
}

impl FromStr for Symbol {
    type Err = SymbolError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s)
    }
}

impl PartialOrd for Symbol {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Symbol {
    fn cmp(&self, other: &Self) -> Ordering {
        self.natural_key()
            .cmp(&other.natural_key())
            .then_with(|| self.to_string().cmp(&other.to_string()))
    }
}

serde_as_text!(Symbol);

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum NaturalChunk {
    // Numbers sort before text so that `A/51/3` < `A/51/3/Add.1` holds at every position
    // where one symbol has a digit and the other a letter.
    Num(u128, usize),
    Text(String),
}

fn natural_chunks(s: &str) -> Vec<NaturalChunk> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(first) = rest.chars().next() {
        let is_digit = first.is_ascii_digit();
        let end = rest
            .find(|c: char| c.is_ascii_digit() != is_digit)
            .unwrap_or(rest.len());
        let (chunk, tail) = rest.split_at(end);
        out.push(if is_digit {
            // Leading zeros and absurd lengths still compare deterministically: by value
            // when it fits, then by length.
            NaturalChunk::Num(chunk.parse().unwrap_or(u128::MAX), chunk.len())
        } else {
            NaturalChunk::Text(chunk.to_owned())
        });
        rest = tail;
    }
    out
}

/// The value of a Roman numeral written in the usual subtractive form, if it is one.
fn roman_value(r: &str) -> Option<u16> {
    let digit = |c: char| match c {
        'I' => Some(1u16),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let values: Option<Vec<u16>> = r.chars().map(digit).collect();
    let values = values?;
    if values.is_empty() || values.len() > 15 {
        return None;
    }
    let mut total: u16 = 0;
    for (i, v) in values.iter().enumerate() {
        if values.get(i + 1).is_some_and(|next| next > v) {
            total = total.checked_sub(*v)?;
        } else {
            total = total.checked_add(*v)?;
        }
    }
    (total > 0).then_some(total)
}

fn is_roman(r: &str) -> bool {
    roman_value(r).is_some()
}

/// Words whose case the UN prints mixed; every other word is upper case.
const MIXED_CASE: [&str; 6] = ["Sub", "Add", "Corr", "Rev", "Amend", "Summary"];

fn normalise_word(word: &str) -> String {
    MIXED_CASE
        .iter()
        .find(|m| m.eq_ignore_ascii_case(word))
        .map_or_else(|| word.to_ascii_uppercase(), |m| (*m).to_owned())
}

const MODIFIER_WORDS: [&str; 4] = ["Add", "Corr", "Rev", "Amend"];
const DOC_TYPE_WORDS: [&str; 6] = ["RES", "PRST", "INF", "NGO", "PET", "DEC"];
const DOC_TYPE_NUMBERED: [&str; 6] = ["L", "PV", "SR", "CRP", "WP", "R"];

fn err(offset: usize, reason: SymbolErrorKind) -> SymbolError {
    SymbolError { offset, reason }
}

/// A component as read, before its role is assigned.
struct Raw {
    component: Component,
    /// Byte offset of the component's first character.
    offset: usize,
    shape: Shape,
}

/// The lexical shape of a component, which with its position decides its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// `51`, `1996`, `60`.
    Digits,
    /// `S-26`, `ES-10`.
    SessionForm,
    /// A plain word (no `.n`), which is what a series must be: `A`, `RES`, `IRON ORE`.
    Word,
    /// A word with `.n`: `C.3`, `L.11`, `SER.A`.
    Dotted,
    /// `Add.n`, `Corr.n`, `Rev.n`, `Amend.n`, `Summary`.
    Modifier,
}

fn parse(input: &str) -> Result<Symbol, SymbolError> {
    if input.trim().is_empty() {
        return Err(err(0, SymbolErrorKind::Empty));
    }
    // The reissue mark ends the symbol; spaces before it are tolerated.
    let mut end = input.trim_end().len();
    let mut reissued = false;
    while let Some(stripped) = input.get(..end).and_then(|s| s.strip_suffix('*')) {
        reissued = true;
        end = stripped.trim_end().len();
    }
    let body = input.get(..end).unwrap_or("");
    let mut parts = Vec::new();
    for (start, text) in split_joint(body) {
        parts.push(parse_single(text, start)?);
    }
    Ok(Symbol { parts, reissued })
}

/// Splits a joint symbol at each hyphen that follows a number (or a parenthesis) and
/// precedes the start of another symbol (`A/51/135-E/1996/51`), leaving the hyphens of
/// `ES-10`, `S-26` and `A-B` alone.
fn split_joint(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0usize;
    let mut prev = None;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '-' if depth == 0
                && prev.is_some_and(|p: char| p.is_ascii_digit() || p == ')')
                && starts_symbol(s.get(i + 1..).unwrap_or("")) =>
            {
                out.push((start, s.get(start..i).unwrap_or("")));
                start = i + 1;
            }
            _ => {}
        }
        if !c.is_whitespace() {
            prev = Some(c);
        }
    }
    out.push((start, s.get(start..).unwrap_or("")));
    out
}

/// Whether text begins like a symbol: letters (optionally `.n`) and then `/`.
fn starts_symbol(s: &str) -> bool {
    let t = s.trim_start();
    let letters = t.len()
        - t.trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .len();
    if letters == 0 {
        return false;
    }
    let mut rest = t.get(letters..).unwrap_or("");
    if let Some(r) = rest.strip_prefix('.') {
        rest = r.trim_start_matches(|c: char| c.is_ascii_alphanumeric());
    }
    rest.trim_start().starts_with('/')
}

/// Parses one symbol (no joint hyphen); `at` is its byte offset in the input.
fn parse_single(s: &str, at: usize) -> Result<Vec<Component>, SymbolError> {
    let mut raws = Vec::new();
    let mut start = 0;
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '/' if depth == 0 => {
                raws.push(parse_component(s.get(start..i).unwrap_or(""), at + start)?);
                start = i + 1;
            }
            _ => {}
        }
    }
    raws.push(parse_component(s.get(start..).unwrap_or(""), at + start)?);
    classify(raws, at + s.trim_end().len())
}

/// Checks the order of components and assigns their roles.
fn classify(mut raws: Vec<Raw>, end: usize) -> Result<Vec<Component>, SymbolError> {
    let first = raws
        .first()
        .ok_or_else(|| err(end, SymbolErrorKind::Empty))?;
    if first.shape != Shape::Word
        || first.component.letters.is_some()
        || !first.component.parens.is_empty()
    {
        return Err(err(first.offset, SymbolErrorKind::ExpectedSeries));
    }
    if raws.len() < 2 {
        return Err(err(end, SymbolErrorKind::Incomplete));
    }
    // Modifiers close the symbol: once one appears, only modifiers may follow.
    let first_modifier = raws.iter().position(|r| r.shape == Shape::Modifier);
    if let Some(m) = first_modifier {
        if m == 1 {
            let r = raws.get(1).map_or((end, String::new()), |r| {
                (r.offset, r.component.code.clone())
            });
            return Err(err(r.0, SymbolErrorKind::ModifierWithoutDocument(r.1)));
        }
        let mut prev = raws.get(m).map(|r| r.component.code.clone());
        for r in raws.iter().skip(m + 1) {
            if r.shape != Shape::Modifier {
                return Err(err(
                    r.offset,
                    SymbolErrorKind::AfterModifier(
                        prev.unwrap_or_default(),
                        r.component.to_string(),
                    ),
                ));
            }
            prev = Some(r.component.code.clone());
        }
    }
    let base_len = first_modifier.unwrap_or(raws.len());
    if let Some(res) = raws
        .iter()
        .take(base_len)
        .position(|r| r.shape == Shape::Word && r.component.code == "RES")
    {
        if res + 1 >= base_len {
            let offset = raws
                .get(res)
                .map_or(end, |r| r.offset + r.component.code.len());
            return Err(err(offset, SymbolErrorKind::ExpectedResolutionNumber));
        }
    }
    let mut seen_session = false;
    for (i, r) in raws.iter_mut().enumerate() {
        let c = &mut r.component;
        let last_of_base = i + 1 == base_len;
        c.kind = if i == 0 {
            ComponentKind::Series
        } else if r.shape == Shape::Modifier {
            ComponentKind::Modifier
        } else if (r.shape == Shape::SessionForm || (r.shape == Shape::Digits && !last_of_base))
            && !seen_session
        {
            seen_session = true;
            ComponentKind::Session
        } else if matches!(r.shape, Shape::Digits | Shape::SessionForm) {
            ComponentKind::Number
        } else if DOC_TYPE_WORDS.contains(&c.code.as_str())
            || c.code
                .split_once('.')
                .is_some_and(|(w, _)| DOC_TYPE_NUMBERED.contains(&w))
        {
            ComponentKind::DocType
        } else {
            ComponentKind::Body
        };
    }
    Ok(raws.into_iter().map(|r| r.component).collect())
}

/// A cursor over one component's text that reports absolute offsets.
struct Cursor<'a> {
    s: &'a str,
    pos: usize,
    base: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<char> {
        self.s.get(self.pos..)?.chars().next()
    }

    fn offset(&self) -> usize {
        self.base + self.pos
    }

    fn skip_ws(&mut self) {
        self.take_while(char::is_whitespace);
    }

    fn take_while(&mut self, f: impl Fn(char) -> bool) -> &'a str {
        let rest = self.s.get(self.pos..).unwrap_or("");
        let len = rest.find(|c: char| !f(c)).unwrap_or(rest.len());
        self.pos += len;
        rest.get(..len).unwrap_or("")
    }

    fn rest(&self) -> &'a str {
        self.s.get(self.pos..).unwrap_or("")
    }

    fn unexpected(&self) -> SymbolError {
        match self.peek() {
            Some(c) => err(self.offset(), SymbolErrorKind::UnexpectedChar(c)),
            None => err(self.offset(), SymbolErrorKind::EmptyComponent),
        }
    }
}

fn parse_component(s: &str, at: usize) -> Result<Raw, SymbolError> {
    let mut cur = Cursor {
        s,
        pos: 0,
        base: at,
    };
    cur.skip_ws();
    let offset = cur.offset();
    let mut raw = Raw {
        component: Component {
            code: String::new(),
            kind: ComponentKind::Body,
            letters: None,
            parens: Vec::new(),
        },
        offset,
        shape: Shape::Word,
    };
    match cur.peek() {
        None => return Err(err(at, SymbolErrorKind::EmptyComponent)),
        Some(c) if c.is_ascii_digit() => {
            raw.component.code = cur.take_while(|c| c.is_ascii_digit()).to_owned();
            raw.shape = Shape::Digits;
        }
        Some(c) if c.is_ascii_alphabetic() => parse_word(&mut cur, &mut raw)?,
        Some(_) => return Err(cur.unexpected()),
    }
    cur.skip_ws();
    if matches!(raw.shape, Shape::Digits | Shape::SessionForm)
        && cur.peek().is_some_and(|c| c.is_ascii_alphabetic())
    {
        let at_letters = cur.offset();
        let letters = cur.take_while(|c| c.is_ascii_alphanumeric() || c == '-');
        let upper = letters.to_ascii_uppercase();
        let valid = upper.split('-').count() <= 2
            && upper
                .split('-')
                .all(|l| l.len() == 1 && l.chars().all(|c| c.is_ascii_uppercase()));
        if !valid {
            return Err(err(
                at_letters,
                SymbolErrorKind::BadLetters(letters.to_owned()),
            ));
        }
        raw.component.letters = Some(upper);
        cur.skip_ws();
    }
    while cur.peek() == Some('(') {
        raw.component.parens.push(parse_paren(&mut cur)?);
        cur.skip_ws();
    }
    if cur.peek().is_some() {
        return Err(cur.unexpected());
    }
    Ok(raw)
}

/// A component that starts with a letter: a word, a word with `.n`, `S-n`/`ES-n`, a
/// modifier, or a compound series word (`IRON ORE`).
fn parse_word(cur: &mut Cursor<'_>, raw: &mut Raw) -> Result<(), SymbolError> {
    let word = cur.take_while(|c| c.is_ascii_alphabetic());
    let norm = normalise_word(word);
    let is_modifier_word = MODIFIER_WORDS.contains(&norm.as_str());
    if (norm == "S" || norm == "ES") && cur.peek() == Some('-') {
        cur.pos += 1;
        let digits = cur.take_while(|c| c.is_ascii_digit());
        if digits.is_empty() {
            return Err(err(
                cur.offset(),
                SymbolErrorKind::ExpectedNumber(format!("{norm}-")),
            ));
        }
        raw.component.code = format!("{norm}-{digits}");
        raw.shape = Shape::SessionForm;
        return Ok(());
    }
    let before_dot = cur.pos;
    cur.skip_ws();
    if cur.peek() == Some('.') {
        cur.pos += 1;
        cur.skip_ws();
        let number_at = cur.offset();
        let number = cur.take_while(|c| c.is_ascii_alphanumeric());
        let valid = if is_modifier_word {
            !number.is_empty() && number.chars().all(|c| c.is_ascii_digit())
        } else {
            !number.is_empty()
        };
        if !valid {
            return Err(err(
                number_at,
                SymbolErrorKind::ExpectedNumber(format!("{norm}.")),
            ));
        }
        // A modifier's number is a count: it is stored without leading zeros (`Corr.01`
        // is `Corr.1`), so that the canonical symbol and `Modifier` agree, and one too
        // large to count is an error rather than a number silently dropped.
        let number = if is_modifier_word {
            number
                .parse::<u32>()
                .map_err(|_| {
                    err(
                        number_at,
                        SymbolErrorKind::NumberTooLarge(number.to_owned()),
                    )
                })?
                .to_string()
        } else {
            number.to_ascii_uppercase()
        };
        raw.component.code = format!("{norm}.{number}");
        raw.shape = if is_modifier_word {
            Shape::Modifier
        } else {
            Shape::Dotted
        };
        return Ok(());
    }
    cur.pos = before_dot;
    if is_modifier_word {
        return Err(err(
            cur.offset(),
            SymbolErrorKind::ExpectedNumber(format!("{norm}.")),
        ));
    }
    raw.shape = if norm == "Summary" {
        Shape::Modifier
    } else {
        Shape::Word
    };
    let mut code = norm;
    // Compound series words (`TD/B/C.1/IRON ORE`): further words made only of letters up to
    // the end of the component.
    let rest = cur.rest();
    let tail = rest.trim_start();
    if raw.shape == Shape::Word
        && code.len() > 1
        && tail.len() > 1
        && tail.len() < rest.len()
        && tail.chars().all(|c| c.is_ascii_alphabetic() || c == ' ')
        && tail.split(' ').all(|w| w.is_empty() || w.len() > 1)
    {
        for w in tail.split_whitespace() {
            code.push(' ');
            code.push_str(&w.to_ascii_uppercase());
        }
        cur.pos = cur.s.len();
    }
    raw.component.code = code;
    Ok(())
}

fn parse_paren(cur: &mut Cursor<'_>) -> Result<Paren, SymbolError> {
    let open = cur.offset();
    cur.pos += 1;
    let rest = cur.rest();
    let Some(close) = rest.find(')') else {
        return Err(err(open, SymbolErrorKind::UnclosedParen));
    };
    let inner = rest.get(..close).unwrap_or("");
    if let Some(i) = inner.find('(') {
        return Err(err(cur.offset() + i, SymbolErrorKind::UnexpectedChar('(')));
    }
    cur.pos += close + 1;
    let squeezed: String = inner
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let unknown = || err(open, SymbolErrorKind::UnknownParen(inner.trim().to_owned()));
    if squeezed.len() == 4 && squeezed.chars().all(|c| c.is_ascii_digit()) {
        // A year is printed as the number it is, so `(0001)` would print `(1)`, which is
        // no year: a zero-padded year is refused, which keeps parse → print → parse exact.
        if squeezed.starts_with('0') {
            return Err(unknown());
        }
        return squeezed.parse().map(Paren::Year).map_err(|_| unknown());
    }
    if is_roman(&squeezed) {
        return Ok(Paren::Session(squeezed));
    }
    if let Some(r) = squeezed.strip_prefix("ES-").filter(|r| is_roman(r)) {
        return Ok(Paren::EmergencySpecialSession(r.to_owned()));
    }
    if let Some(r) = squeezed.strip_prefix("S-").filter(|r| is_roman(r)) {
        return Ok(Paren::SpecialSession(r.to_owned()));
    }
    if let Some(p) = squeezed.strip_prefix("PART").filter(|p| !p.is_empty()) {
        return part_label(p).map(Paren::Part).ok_or_else(unknown);
    }
    if let Some(v) = squeezed
        .strip_prefix("VOLUME")
        .or_else(|| squeezed.strip_prefix("VOL."))
        .or_else(|| squeezed.strip_prefix("VOL"))
        .filter(|v| !v.is_empty())
    {
        return part_label(v).map(Paren::Volume).ok_or_else(unknown);
    }
    if let Some(n) = squeezed.strip_prefix("RESUMPTION") {
        if n.is_empty() {
            return Ok(Paren::Resumption(None));
        }
        return n
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .map(|n| Paren::Resumption(Some(n)))
            .ok_or_else(unknown);
    }
    Err(unknown())
}

/// The label of a part or volume: a Roman numeral (`II`), a number, or a number word
/// (`One`, printed with a capital).
fn part_label(p: &str) -> Option<String> {
    if is_roman(p) || p.chars().all(|c| c.is_ascii_digit()) {
        return Some(p.to_owned());
    }
    if p.len() > 1 && p.chars().all(|c| c.is_ascii_alphabetic()) {
        let lower = p.to_ascii_lowercase();
        let mut chars = lower.chars();
        return chars
            .next()
            .map(|f| f.to_ascii_uppercase().to_string() + chars.as_str());
    }
    None
}

#[cfg(test)]
mod tests;
