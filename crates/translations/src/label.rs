//! Structural labels: where a segment sits in the document's structure.
//!
//! A [`Label`] is typed (annex, article, paragraph, item, preambular counter, footnote,
//! header slot) so that what the tools need to know about it is a method, not a string
//! parsed again in every module: [`Label::written`] (does the text vouch for it, or is it a
//! counter the reader kept), [`Label::numbering`] (the numbered family it belongs to, for
//! the numbering checks), [`Label::counter`] (the positional counter, for the damage
//! generator).
//!
//! Labels display and serialise as the short strings of the public JSON interface
//! (`op.3`, `pre.1`, `annex.art7.b`, `fn.4`, `header.symbol`), byte for byte as before they
//! were typed. The string does not say whether a paragraph number was written in the text
//! (`annex.art8.p2` is the same string either way), so a label parsed back from its string
//! counts its paragraph number as a counter: never wrongly taken as an anchor.
//!
//! ```
//! use sixfold_translations::label::Label;
//!
//! let label: Label = "annex.art7.b".parse().unwrap();
//! assert_eq!(label.to_string(), "annex.art7.b");
//! assert!(label.written());
//! assert!(!"annex.pre.2".parse::<Label>().unwrap().written());
//! ```

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sixfold_l10n::is_ignorable_mark;
use sixfold_l10n::numerals::decimal_digit;

/// A structural label. See the module documentation for the string forms.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    /// A masthead block: `header.organ`, `header.symbol`, …
    Header(HeaderSlot),
    /// The resolution title (`title`) or an annex title (`annex.title`).
    Title(Option<Annex>),
    /// The enacting formula (`formula`, `annex.formula`).
    Formula(Option<Annex>),
    /// Plenary meeting and date lines.
    Closing,
    /// An annex heading: `annex`, `annex2`, …
    Annex(Annex),
    /// A footnote's text: `fn.4`.
    Footnote(u32),
    /// A body paragraph, article heading or item.
    Body(Body),
}

/// Which masthead block a header segment is, in masthead order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HeaderSlot {
    Organ,
    Distribution,
    Symbol,
    Session,
    Adopted,
    Report,
}

impl HeaderSlot {
    /// Every slot, in masthead order.
    pub const ALL: [HeaderSlot; 6] = [
        HeaderSlot::Organ,
        HeaderSlot::Distribution,
        HeaderSlot::Symbol,
        HeaderSlot::Session,
        HeaderSlot::Adopted,
        HeaderSlot::Report,
    ];

    /// The name after `header.` in the label.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            HeaderSlot::Organ => "organ",
            HeaderSlot::Distribution => "distribution",
            HeaderSlot::Symbol => "symbol",
            HeaderSlot::Session => "session",
            HeaderSlot::Adopted => "adopted",
            HeaderSlot::Report => "report",
        }
    }
}

/// The ordinal of an annex, from 1; the first annex is written `annex`, the others
/// `annex2`, `annex3`, …
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Annex(pub u32);

impl fmt::Display for Annex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 <= 1 {
            f.write_str("annex")
        } else {
            write!(f, "annex{}", self.0)
        }
    }
}

/// A body label: an optional annex, what the paragraph or heading is, and the item path
/// below it (`annex.art7.b.ii`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Body {
    pub annex: Option<Annex>,
    pub head: Head,
    /// The lettered subparagraph and, below it, the Roman sub-subparagraph.
    pub items: Vec<Item>,
}

/// What a body label is attached to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Head {
    /// The N-th unnumbered preambular paragraph (`pre.N`): always a counter.
    Preamble(u32),
    /// A numbered operative paragraph (`op.N`), written in the text.
    Operative(u32),
    /// A paragraph of an annex outside articles (`annex.pN`).
    Paragraph(Number),
    /// An article heading (`art7`) or a paragraph of an article (`art7.p2`).
    Article(u32, Option<Number>),
}

/// A paragraph number, and whether the text wrote it ("2. States shall") or the reader
/// counted it (the second unnumbered paragraph). Two numbers are the same label whether
/// written or counted: equality, order and hashing look at the value only.
#[derive(Debug, Clone, Copy)]
pub struct Number {
    pub value: u32,
    pub written: bool,
}

impl Number {
    #[must_use]
    pub const fn written(value: u32) -> Self {
        Number {
            value,
            written: true,
        }
    }

    #[must_use]
    pub const fn counted(value: u32) -> Self {
        Number {
            value,
            written: false,
        }
    }
}

impl PartialEq for Number {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl Eq for Number {}

impl Hash for Number {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.value.hash(state);
    }
}

impl PartialOrd for Number {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Number {
    fn cmp(&self, other: &Self) -> Ordering {
        self.value.cmp(&other.value)
    }
}

/// A subparagraph marker as it goes into a label.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Item {
    /// The letter at this 0-based position of the subparagraph alphabet (`a` = 0); the
    /// label writes the Latin letter whatever the script of the text (`(ج)` → `c`).
    Letter(u8),
    /// A lowercase Roman sub-subparagraph numeral as written (`ii`).
    Roman(String),
}

/// The kinds of numbered families the numbering checks follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FamilyKind {
    Operative,
    Footnote,
    Article,
    Subparagraph,
    /// Annexes (`annex` is the first, then `annex2`, …).
    Annex,
}

impl FamilyKind {
    /// The English name used in findings (and as their `what` argument).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            FamilyKind::Operative => "operative paragraph",
            FamilyKind::Footnote => "footnote",
            FamilyKind::Article => "article",
            FamilyKind::Subparagraph => "subparagraph",
            FamilyKind::Annex => "number",
        }
    }

    /// How a position of this family is shown to a translator: `(c)` for a subparagraph,
    /// the number otherwise.
    #[must_use]
    pub fn display_number(self, n: u64) -> String {
        match self {
            FamilyKind::Subparagraph => u8::try_from(n)
                .ok()
                .filter(|&n| (1..=26).contains(&n))
                .map_or_else(
                    || n.to_string(),
                    |n| format!("({})", char::from(b'a' + n - 1)),
                ),
            _ => n.to_string(),
        }
    }
}

/// The numbered family a label belongs to ([`Label::numbering`]): labels with the same
/// family are expected to number 1, 2, 3, … in document order.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Family {
    pub kind: FamilyKind,
    /// The label with its last position removed, which tells families of the same kind
    /// apart (the subparagraphs of `op.2` and of `op.3`).
    key: String,
}

impl Label {
    /// A body label with no annex and no items.
    #[must_use]
    pub fn body(annex: Option<Annex>, head: Head) -> Self {
        Label::Body(Body {
            annex,
            head,
            items: Vec::new(),
        })
    }

    /// The same label with one more item below it (`op.2` → `op.2.a`). Only body labels
    /// take items; others are returned unchanged.
    #[must_use]
    pub fn with_item(&self, item: Item) -> Self {
        let mut out = self.clone();
        if let Label::Body(body) = &mut out {
            body.items.push(item);
        }
        out
    }

    /// Whether the text vouches for this label, rather than the reader's position counters.
    ///
    /// Numbers and letters written in the text (`op.3` from "3. Decides", `annex.art7`
    /// from "Article 7", `annex.art7.b` from "(b)", `fn.4` from a footnote marker) and
    /// parts that occur once (`title`, `formula`, `closing`, `header.symbol`, `annex`) are
    /// written. Counters are not: `pre.N` (anywhere in the label, so an item under a
    /// preambular paragraph `pre.3.a` too) and an unnumbered `annex.artN.pK`. A counter
    /// shifts by one after every dropped, merged or split paragraph, so equal counters in
    /// two renderings say nothing about correspondence.
    ///
    /// A written paragraph number with items below it (`art8.p2.a`) counts as a counter:
    /// the item's own segment does not show its parent's number.
    #[must_use]
    pub fn written(&self) -> bool {
        let Label::Body(body) = self else {
            return true;
        };
        match &body.head {
            Head::Preamble(_) => false,
            Head::Operative(_) | Head::Article(_, None) => true,
            Head::Paragraph(n) | Head::Article(_, Some(n)) => n.written && body.items.is_empty(),
        }
    }

    /// Whether this label is in a preamble (`pre.3`, `annex.pre.1`), where paragraphs end
    /// with a comma.
    #[must_use]
    pub fn is_preamble(&self) -> bool {
        matches!(self, Label::Body(Body { head: Head::Preamble(_), items, .. }) if items.is_empty())
    }

    /// The number that ends the label (`4` of `op.4`, `12` of `annex.p12`, `2` of
    /// `annex2`), if any.
    #[must_use]
    pub fn last_number(&self) -> Option<u32> {
        match self {
            Label::Footnote(n) => Some(*n),
            Label::Annex(a) if a.0 > 1 => Some(a.0),
            Label::Body(body) if body.items.is_empty() => Some(match body.head {
                Head::Preamble(n) | Head::Operative(n) | Head::Article(n, None) => n,
                Head::Paragraph(n) | Head::Article(_, Some(n)) => n.value,
            }),
            _ => None,
        }
    }

    /// The footnote number of a `fn.N` label.
    #[must_use]
    pub fn footnote(&self) -> Option<u32> {
        match self {
            Label::Footnote(n) => Some(*n),
            _ => None,
        }
    }

    /// The numbered family this label belongs to and its position in it: `op.3` →
    /// (operative, 3), `annex.art7` → (article, 7), `annex.art7.b` → (subparagraph, 2),
    /// `fn.4` → (footnote, 4). Positional counters (`pre.N`, paragraphs `pK` whether written
    /// or not), Roman sub-subparagraphs and named parts have none.
    #[must_use]
    pub fn numbering(&self) -> Option<(Family, u64)> {
        let string = self.to_string();
        let family = |kind, position: u64, key: &str| {
            Some((
                Family {
                    kind,
                    key: key.to_owned(),
                },
                position,
            ))
        };
        match self {
            Label::Footnote(n) => family(FamilyKind::Footnote, u64::from(*n), "fn."),
            Label::Annex(a) => family(FamilyKind::Annex, u64::from(a.0), "annex"),
            Label::Body(body) => match body.items.as_slice() {
                [] => match body.head {
                    Head::Operative(n) => family(FamilyKind::Operative, u64::from(n), &string),
                    Head::Article(n, None) => family(FamilyKind::Article, u64::from(n), &string),
                    _ => None,
                },
                [.., Item::Letter(l)] => {
                    let key = string.trim_end_matches(|c: char| c.is_ascii_lowercase());
                    family(FamilyKind::Subparagraph, u64::from(*l) + 1, key)
                }
                [.., Item::Roman(_)] => None,
            },
            _ => None,
        }
        .map(|(mut fam, position)| {
            // The key is the label up to its last position (`op.`, `annex.art`, `op.2.`).
            if matches!(fam.kind, FamilyKind::Operative | FamilyKind::Article) {
                fam.key = fam
                    .key
                    .trim_end_matches(|c: char| c.is_ascii_digit())
                    .to_owned();
            }
            (fam, position)
        })
    }

    /// The positional counter of a label the reader counted (`pre.3` → 3, an unnumbered
    /// `annex.art8.p2` → 2), `None` for written labels.
    #[must_use]
    pub fn counter(&self) -> Option<u32> {
        let Label::Body(body) = self else {
            return None;
        };
        if !body.items.is_empty() {
            return None;
        }
        match body.head {
            Head::Preamble(n) => Some(n),
            Head::Paragraph(n) | Head::Article(_, Some(n)) if !n.written => Some(n.value),
            _ => None,
        }
    }

    /// The same counter label with another count (see [`Label::counter`]); written labels
    /// are returned unchanged.
    #[must_use]
    pub fn with_counter(&self, count: u32) -> Self {
        let mut out = self.clone();
        if self.counter().is_some() {
            if let Label::Body(body) = &mut out {
                match &mut body.head {
                    Head::Preamble(n) => *n = count,
                    Head::Paragraph(n) | Head::Article(_, Some(n)) => n.value = count,
                    _ => {}
                }
            }
        }
        out
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scoped = |f: &mut fmt::Formatter<'_>, annex: &Option<Annex>, part: &str| match annex {
            Some(a) => write!(f, "{a}.{part}"),
            None => f.write_str(part),
        };
        match self {
            Label::Header(slot) => write!(f, "header.{}", slot.as_str()),
            Label::Title(annex) => scoped(f, annex, "title"),
            Label::Formula(annex) => scoped(f, annex, "formula"),
            Label::Closing => f.write_str("closing"),
            Label::Annex(a) => write!(f, "{a}"),
            Label::Footnote(n) => write!(f, "fn.{n}"),
            Label::Body(body) => {
                if let Some(a) = body.annex {
                    write!(f, "{a}.")?;
                }
                match body.head {
                    Head::Preamble(n) => write!(f, "pre.{n}")?,
                    Head::Operative(n) => write!(f, "op.{n}")?,
                    Head::Paragraph(n) => write!(f, "p{}", n.value)?,
                    Head::Article(n, None) => write!(f, "art{n}")?,
                    Head::Article(n, Some(p)) => write!(f, "art{n}.p{}", p.value)?,
                }
                for item in &body.items {
                    match item {
                        Item::Letter(l) => write!(f, ".{}", char::from(b'a' + l % 26))?,
                        Item::Roman(r) => write!(f, ".{r}")?,
                    }
                }
                Ok(())
            }
        }
    }
}

impl PartialEq<str> for Label {
    fn eq(&self, other: &str) -> bool {
        other.parse::<Label>().is_ok_and(|l| l == *self)
    }
}

impl PartialEq<&str> for Label {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

/// A string that is not a label.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` is not a structural label (expected a form such as `op.3`, `annex.art7.b`, `fn.4`, `header.symbol`)"
)]
pub struct LabelError(String);

/// A decimal number without sign or leading zero, as the reader writes them.
fn number(s: &str) -> Option<u32> {
    (!s.is_empty() && !s.starts_with('0') && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn annex_part(s: &str) -> Option<Annex> {
    let rest = s.strip_prefix("annex")?;
    if rest.is_empty() {
        return Some(Annex(1));
    }
    number(rest).filter(|&n| n > 1).map(Annex)
}

impl FromStr for Label {
    type Err = LabelError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || LabelError(s.to_owned());
        let parts: Vec<&str> = s.split('.').collect();
        let simple = match parts.as_slice() {
            ["title"] => Some(Label::Title(None)),
            ["formula"] => Some(Label::Formula(None)),
            ["closing"] => Some(Label::Closing),
            ["fn", n] => number(n).map(Label::Footnote),
            ["header", slot] => HeaderSlot::ALL
                .into_iter()
                .find(|h| h.as_str() == *slot)
                .map(Label::Header),
            [a] => annex_part(a).map(Label::Annex),
            [a, "title"] => annex_part(a).map(|a| Label::Title(Some(a))),
            [a, "formula"] => annex_part(a).map(|a| Label::Formula(Some(a))),
            _ => None,
        };
        if let Some(label) = simple {
            return Ok(label);
        }
        let (annex, rest) = match parts.split_first() {
            Some((first, rest)) if annex_part(first).is_some() => (annex_part(first), rest),
            _ => (None, parts.as_slice()),
        };
        let (head, items) = match rest {
            ["pre", n, items @ ..] => (Head::Preamble(number(n).ok_or_else(err)?), items),
            ["op", n, items @ ..] => (Head::Operative(number(n).ok_or_else(err)?), items),
            [art, tail @ ..] if art.starts_with("art") => {
                let n = number(&art[3..]).ok_or_else(err)?;
                match tail {
                    [p, items @ ..] if p.starts_with('p') && number(&p[1..]).is_some() => {
                        let k = number(&p[1..]).ok_or_else(err)?;
                        (Head::Article(n, Some(Number::counted(k))), items)
                    }
                    items => (Head::Article(n, None), items),
                }
            }
            [p, items @ ..] if annex.is_some() && p.starts_with('p') => (
                Head::Paragraph(Number::counted(number(&p[1..]).ok_or_else(err)?)),
                items,
            ),
            _ => return Err(err()),
        };
        let items = match items {
            [] => Vec::new(),
            [letter] => vec![letter_item(letter).ok_or_else(err)?],
            [letter, roman] if is_roman(roman) => vec![
                letter_item(letter).ok_or_else(err)?,
                Item::Roman((*roman).to_owned()),
            ],
            _ => return Err(err()),
        };
        Ok(Label::Body(Body { annex, head, items }))
    }
}

fn letter_item(s: &str) -> Option<Item> {
    let mut chars = s.chars();
    let c = chars.next().filter(char::is_ascii_lowercase)?;
    chars
        .next()
        .is_none()
        .then(|| Item::Letter(u8::try_from(c).unwrap_or(b'a') - b'a'))
}

fn is_roman(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
}

impl Serialize for Label {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Label {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The number a paragraph opens with: `1. ` or, in Arabic, `1 - ` (also with an en or em
/// dash), in any decimal digit script (ASCII, Arabic-Indic, Eastern Arabic-Indic,
/// full-width), after whitespace, invisible marks ([`is_ignorable_mark`]) and Markdown
/// bold. One to three digits, then the mark, then a space and some text: "2.5 million" and
/// "1997 - 2001" are not paragraph numbers.
///
/// The reader numbers paragraphs with this and the aligner asks it what a paragraph opens
/// with, so the two cannot disagree.
#[must_use]
pub fn paragraph_number(line: &str) -> Option<u32> {
    let unbolded;
    let line = if line.contains("**") {
        unbolded = line.replace("**", "");
        unbolded.as_str()
    } else {
        line
    };
    let line = line.trim_start_matches(|c: char| c.is_whitespace() || is_ignorable_mark(c));
    let digits: String = line
        .chars()
        .take_while(|&c| decimal_digit(c).is_some())
        .collect();
    if !(1..=3).contains(&digits.chars().count()) {
        return None;
    }
    let number = digits
        .chars()
        .filter_map(decimal_digit)
        .fold(0, |n, d| n * 10 + d);
    let rest = line.get(digits.len()..)?;
    // Chinese writes "112．接管…" (a full-width full stop, often an ASCII one) with no
    // space after it, as it writes no spaces anywhere: a Han character after the stop
    // does what the space does elsewhere.
    let (after, unspaced) = if let Some(r) = rest.strip_prefix(['.', '．']) {
        (r, r.starts_with(is_han))
    } else {
        (rest.trim_start().strip_prefix(['-', '–', '—'])?, false)
    };
    ((unspaced || after.starts_with(char::is_whitespace)) && !after.trim().is_empty())
        .then_some(number)
}

/// A Han character (CJK Unified Ideographs and extension A), which starts the text of a
/// Chinese paragraph.
fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    const FORMS: [&str; 24] = [
        "header.organ",
        "header.distribution",
        "header.symbol",
        "header.session",
        "header.adopted",
        "header.report",
        "title",
        "formula",
        "closing",
        "annex",
        "annex2",
        "annex.title",
        "annex2.formula",
        "fn.4",
        "pre.3",
        "pre.3.a",
        "op.12",
        "op.2.a",
        "art7",
        "art7.p2",
        "annex.art7.b.ii",
        "annex.pre.2",
        "annex.p12",
        "annex2.art1.p3.c",
    ];

    #[test]
    fn strings_round_trip() {
        for s in FORMS {
            let label: Label = s.parse().unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(label.to_string(), s);
            let json = serde_json::to_string(&label).unwrap();
            assert_eq!(json, format!("\"{s}\""));
            assert_eq!(serde_json::from_str::<Label>(&json).unwrap(), label);
        }
        for bad in [
            "", "op", "op.", "op.03", "annex1", "art", "header.x", "fn.a", "x.y.z",
        ] {
            assert!(bad.parse::<Label>().is_err(), "{bad}");
        }
    }

    #[test]
    fn counters_are_not_written() {
        for s in ["pre.3", "annex.pre.2", "pre.3.a", "annex.art8.p1"] {
            assert!(!s.parse::<Label>().unwrap().written(), "{s}");
        }
        let written = Label::body(None, Head::Article(8, Some(Number::written(2))));
        assert!(written.written());
        assert!(!written.with_item(Item::Letter(0)).written());
        for s in [
            "op.3",
            "annex.art7",
            "annex.art7.b",
            "fn.4",
            "title",
            "annex",
        ] {
            assert!(s.parse::<Label>().unwrap().written(), "{s}");
        }
    }

    #[test]
    fn families_of_labels() {
        let fam = |s: &str| {
            s.parse::<Label>()
                .unwrap()
                .numbering()
                .map(|(f, n)| (f.key, f.kind, n))
        };
        assert_eq!(fam("op.3"), Some(("op.".into(), FamilyKind::Operative, 3)));
        assert_eq!(
            fam("annex.art7"),
            Some(("annex.art".into(), FamilyKind::Article, 7))
        );
        assert_eq!(
            fam("annex.art7.b"),
            Some(("annex.art7.".into(), FamilyKind::Subparagraph, 2))
        );
        assert_eq!(fam("fn.4"), Some(("fn.".into(), FamilyKind::Footnote, 4)));
        for none in [
            "pre.2",
            "annex.art7.p2",
            "header.symbol",
            "title",
            "art1.a.i",
        ] {
            assert_eq!(fam(none), None, "{none}");
        }
    }

    #[test]
    fn counters_move() {
        let label: Label = "annex.art8.p1".parse().unwrap();
        assert_eq!(label.counter(), Some(1));
        assert_eq!(label.with_counter(4).to_string(), "annex.art8.p4");
        assert_eq!("op.1".parse::<Label>().unwrap().counter(), None);
    }

    #[test]
    fn paragraph_numbers_in_every_digit_script() {
        assert_eq!(paragraph_number("2. States shall"), Some(2));
        assert_eq!(paragraph_number("**2.** States"), Some(2));
        assert_eq!(paragraph_number("\u{200F}١٢ - تقرر"), Some(12));
        assert_eq!(paragraph_number("۳ – متن"), Some(3));
        assert_eq!(paragraph_number("\u{feff}12 - تقرر"), Some(12));
        assert_eq!(paragraph_number("２. 文"), Some(2));
        // UN Parallel Corpus, Chinese: a full-width stop and no space.
        assert_eq!(paragraph_number("112．接管阿姆兰市"), Some(112));
        assert_eq!(paragraph_number("3.安理会"), Some(3));
        assert_eq!(paragraph_number("3．"), None);
        assert_eq!(paragraph_number("2.5亿美元"), None);
        for none in [
            "2.5 million",
            "1997 - ",
            "1234. x",
            "States",
            "2 States",
            "1.",
        ] {
            assert_eq!(paragraph_number(none), None, "{none}");
        }
    }
}
