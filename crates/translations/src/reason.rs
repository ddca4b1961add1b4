//! Why the aligner doubts a bead or row, kept as a small value and written as the same short
//! phrase everywhere (`missing in fr`, `length ratio fr/en 1.90`, `no anchor in ru`).
//!
//! A long rendering against short translations makes hundreds of thousands of rows, most
//! with one reason per other language: as `String`s each reason was a 24-byte handle and a
//! heap block of its own. A [`Reason`] is 16 bytes with no allocation; the text is made
//! only when written (JSON, exports, the history cache). Text that is none of the aligner's
//! phrases (a test's, a fuzzer's, an old cache file's) is kept as it is ([`Reason::Other`]),
//! so [`Reason::parse`] followed by [`fmt::Display`] always gives the text back.

use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::sync::LazyLock;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sixfold_core::Lang;

use crate::model::SegmentKind;

/// One reason for doubt. `lang` is always the other language of the pair that gave it;
/// the pivot is named only where the phrase names it.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// `missing in fr`: pivot segments with nothing in `lang`.
    Missing(Lang),
    /// `extra in fr`: segments of `lang` with nothing in the pivot.
    Extra(Lang),
    /// `1-k split in fr`.
    Split { k: u32, lang: Lang },
    /// `k-1 merge in fr`.
    Merge { k: u32, lang: Lang },
    /// `a-b regrouping in fr`.
    Regrouping { a: u32, b: u32, lang: Lang },
    /// `no anchor in fr`.
    NoAnchor(Lang),
    /// `length ratio fr/en 1.90`: `ratio` is kept rounded to the two decimals written, so
    /// that a reason read back from its text equals the one written.
    LengthRatio { lang: Lang, pivot: Lang, ratio: f64 },
    /// `numbers differ in fr`.
    NumbersDiffer(Lang),
    /// `kind heading/paragraph in fr`: the first segments' kinds, `lang`'s first.
    Kind {
        other: SegmentKind,
        pivot: SegmentKind,
        lang: Lang,
    },
    /// `pinned`: a row a translator pinned in review.
    Pinned,
    /// Any other text, kept as given (boxed twice so that the rare case does not make
    /// every reason wider).
    Other(Box<String>),
}

impl Reason {
    /// The reason `text` writes: one of the aligner's phrases when `text` is exactly how
    /// that phrase is written, otherwise [`Reason::Other`] holding `text`.
    #[must_use]
    pub fn parse(text: &str) -> Reason {
        match Self::known(text) {
            Some(r) if r == *text => r,
            _ => Reason::Other(Box::new(text.to_owned())),
        }
    }

    /// A length-ratio reason with `ratio` rounded as it is written.
    #[must_use]
    pub fn length_ratio(lang: Lang, pivot: Lang, ratio: f64) -> Reason {
        let mut text = String::with_capacity(16);
        let _ = write!(text, "{ratio:.2}");
        Reason::LengthRatio {
            lang,
            pivot,
            ratio: text.parse().unwrap_or(ratio),
        }
    }

    fn known(text: &str) -> Option<Reason> {
        if text == "pinned" {
            return Some(Reason::Pinned);
        }
        if let Some(rest) = text.strip_prefix("length ratio ") {
            let (langs, ratio) = rest.split_once(' ')?;
            let (lang, pivot) = langs.split_once('/')?;
            return Some(Reason::LengthRatio {
                lang: lang_of(lang)?,
                pivot: lang_of(pivot)?,
                ratio: ratio.parse().ok()?,
            });
        }
        let (head, lang) = text.rsplit_once(" in ")?;
        let lang = lang_of(lang)?;
        match head {
            "missing" => return Some(Reason::Missing(lang)),
            "extra" => return Some(Reason::Extra(lang)),
            "no anchor" => return Some(Reason::NoAnchor(lang)),
            "numbers differ" => return Some(Reason::NumbersDiffer(lang)),
            _ => {}
        }
        if let Some(kinds) = head.strip_prefix("kind ") {
            let (other, pivot) = kinds.split_once('/')?;
            return Some(Reason::Kind {
                other: kind_of(other)?,
                pivot: kind_of(pivot)?,
                lang,
            });
        }
        let (shape, word) = head.split_once(' ')?;
        let (a, b) = shape.split_once('-')?;
        let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
        match word {
            "split" if a == 1 => Some(Reason::Split { k: b, lang }),
            "merge" if b == 1 => Some(Reason::Merge { k: a, lang }),
            "regrouping" => Some(Reason::Regrouping { a, b, lang }),
            _ => None,
        }
    }

    /// The languages the phrase names, pair's other language first (none for `pinned`;
    /// two-letter codes found in the text for [`Reason::Other`]).
    pub fn langs(&self) -> impl Iterator<Item = Lang> + '_ {
        let (fixed, text): ([Option<Lang>; 2], Option<&str>) = match self {
            Reason::Missing(l)
            | Reason::Extra(l)
            | Reason::NoAnchor(l)
            | Reason::NumbersDiffer(l)
            | Reason::Split { lang: l, .. }
            | Reason::Merge { lang: l, .. }
            | Reason::Regrouping { lang: l, .. }
            | Reason::Kind { lang: l, .. } => ([Some(*l), None], None),
            Reason::LengthRatio { lang, pivot, .. } => ([Some(*lang), Some(*pivot)], None),
            Reason::Pinned => ([None, None], None),
            Reason::Other(text) => ([None, None], Some(text.as_str())),
        };
        fixed.into_iter().flatten().chain(
            text.into_iter()
                .flat_map(|t| t.split(|c: char| !c.is_ascii_alphanumeric()))
                .filter_map(|word| word.parse::<Lang>().ok().filter(|_| word.len() == 2)),
        )
    }
}

/// The reasons of an aligned row ([`crate::Row::reasons`]): a list owned by the row, or
/// one of the shared lists of "missing in X" reasons alone ([`add_new`]). A long rendering
/// against short translations makes one row per pivot paragraph, each missing in every
/// other language: five reasons in a heap block of their own per row were a tenth of the
/// aligner's peak memory. Reads, compares and serialises as the list it holds.
pub type Reasons = Cow<'static, [Reason]>;

/// Adds `reason` to `list` unless it is there already. A list that holds only "missing in
/// X" reasons in language order ([`Lang::ALL`]) stays one of the shared lists when the
/// reason added is another such reason of a later language (as the aligner adds them,
/// language by language); any other list is owned, with room for its reasons only.
pub fn add_new(list: &mut Reasons, reason: &Reason) {
    if list.contains(reason) {
        return;
    }
    if let (Reason::Missing(lang), Cow::Borrowed(held)) = (reason, &*list) {
        let bit = 1u8 << lang.index();
        if let Some(mask) = missing_mask(held).filter(|&m| m < bit) {
            *list = Cow::Borrowed(missing_list(mask | bit));
            return;
        }
    }
    let owned = list.to_mut();
    // Exactly the room needed: most rows with a reason have one, and a vector doubling
    // from four would hold 64 bytes per row for it.
    owned.reserve_exact(1);
    owned.push(reason.clone());
}

/// The languages of `list` as bits of their positions in [`Lang::ALL`] when it is "missing
/// in X" reasons alone, in strictly increasing language order.
fn missing_mask(list: &[Reason]) -> Option<u8> {
    list.iter().try_fold(0u8, |mask, r| match r {
        Reason::Missing(l) if mask < 1 << l.index() => Some(mask | 1 << l.index()),
        _ => None,
    })
}

/// "missing in X" for each language of `mask` (bits of positions in [`Lang::ALL`]), in
/// language order: one shared list per set of languages.
fn missing_list(mask: u8) -> &'static [Reason] {
    static LISTS: LazyLock<Vec<Box<[Reason]>>> = LazyLock::new(|| {
        (0..1u8 << Lang::ALL.len())
            .map(|mask| {
                Lang::ALL
                    .into_iter()
                    .filter(|l| mask & 1 << l.index() != 0)
                    .map(Reason::Missing)
                    .collect()
            })
            .collect()
    });
    LISTS.get(usize::from(mask)).map_or(&[], |l| &l[..])
}

fn lang_of(code: &str) -> Option<Lang> {
    Lang::ALL.into_iter().find(|l| l.code() == code)
}

fn kind_of(name: &str) -> Option<SegmentKind> {
    SegmentKind::ALL.into_iter().find(|k| k.as_str() == name)
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Missing(l) => write!(f, "missing in {}", l.code()),
            Reason::Extra(l) => write!(f, "extra in {}", l.code()),
            Reason::Split { k, lang } => write!(f, "1-{k} split in {}", lang.code()),
            Reason::Merge { k, lang } => write!(f, "{k}-1 merge in {}", lang.code()),
            Reason::Regrouping { a, b, lang } => {
                write!(f, "{a}-{b} regrouping in {}", lang.code())
            }
            Reason::NoAnchor(l) => write!(f, "no anchor in {}", l.code()),
            Reason::LengthRatio { lang, pivot, ratio } => {
                write!(
                    f,
                    "length ratio {}/{} {ratio:.2}",
                    lang.code(),
                    pivot.code()
                )
            }
            Reason::NumbersDiffer(l) => write!(f, "numbers differ in {}", l.code()),
            Reason::Kind { other, pivot, lang } => write!(
                f,
                "kind {}/{} in {}",
                other.as_str(),
                pivot.as_str(),
                lang.code()
            ),
            Reason::Pinned => f.write_str("pinned"),
            Reason::Other(text) => f.write_str(text),
        }
    }
}

/// Compares written text with a string as it is written, without allocating.
struct Matches<'a> {
    rest: &'a str,
    equal: bool,
}

impl fmt::Write for Matches<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        match self.rest.strip_prefix(s) {
            Some(rest) if self.equal => self.rest = rest,
            _ => self.equal = false,
        }
        Ok(())
    }
}

impl PartialEq<str> for Reason {
    /// Whether the reason is written as `other`.
    fn eq(&self, other: &str) -> bool {
        if let Reason::Other(text) = self {
            return text.as_str() == other;
        }
        let mut m = Matches {
            rest: other,
            equal: true,
        };
        let _ = write!(m, "{self}");
        m.equal && m.rest.is_empty()
    }
}

impl PartialEq<&str> for Reason {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

impl PartialEq<String> for Reason {
    fn eq(&self, other: &String) -> bool {
        self == other.as_str()
    }
}

impl From<&str> for Reason {
    fn from(text: &str) -> Reason {
        Reason::parse(text)
    }
}

impl From<String> for Reason {
    fn from(text: String) -> Reason {
        match Self::known(&text) {
            Some(r) if r == text => r,
            _ => Reason::Other(Box::new(text)),
        }
    }
}

impl Serialize for Reason {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Reason {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Reason::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_small() {
        assert_eq!(std::mem::size_of::<Reason>(), 16);
    }

    #[test]
    fn every_phrase_reads_back_as_itself() {
        let reasons = [
            Reason::Missing(Lang::Fr),
            Reason::Extra(Lang::Zh),
            Reason::Split {
                k: 3,
                lang: Lang::Ar,
            },
            Reason::Merge {
                k: 2,
                lang: Lang::Ru,
            },
            Reason::Regrouping {
                a: 2,
                b: 3,
                lang: Lang::Es,
            },
            Reason::NoAnchor(Lang::Fr),
            Reason::length_ratio(Lang::Fr, Lang::En, 1.899_999),
            Reason::length_ratio(Lang::Fr, Lang::En, f64::INFINITY),
            Reason::NumbersDiffer(Lang::Zh),
            Reason::Kind {
                other: SegmentKind::Heading,
                pivot: SegmentKind::Paragraph,
                lang: Lang::Ru,
            },
            Reason::Pinned,
        ];
        for r in reasons {
            let text = r.to_string();
            assert_eq!(Reason::parse(&text), r, "{text}");
            assert!(r == *text.as_str());
            assert!(!matches!(r, Reason::Other(_)));
        }
        assert_eq!(
            Reason::length_ratio(Lang::Fr, Lang::En, 1.899_999).to_string(),
            "length ratio fr/en 1.90"
        );
    }

    #[test]
    fn other_text_is_kept_as_it_is() {
        for text in [
            "no anchor",
            "01-1 merge in fr",
            "missing in FR",
            "length ratio fr/en 1.9",
            "2-1 merge in fr ",
            "",
            "1-2 merge in fr",
        ] {
            let r = Reason::parse(text);
            assert!(matches!(r, Reason::Other(_)), "{text}");
            assert_eq!(r.to_string(), text);
            assert!(r == text);
        }
        assert!(Reason::Missing(Lang::Fr) != "missing in f");
        assert!(Reason::Missing(Lang::Fr) != "missing in frx");
    }

    #[test]
    fn added_reasons_are_those_of_a_list_and_missing_lists_are_shared() {
        // Every order of adding gives what pushing each new reason onto a vector gives.
        let pool = [
            Reason::Missing(Lang::Fr),
            Reason::Missing(Lang::Ar),
            Reason::Missing(Lang::Es),
            Reason::NoAnchor(Lang::Fr),
            Reason::Missing(Lang::Fr),
            Reason::Missing(Lang::Zh),
        ];
        for start in 0..pool.len() {
            for len in 0..=pool.len() - start {
                let adds = &pool[start..start + len];
                let mut list: Reasons = Cow::Borrowed(&[]);
                let mut plain: Vec<Reason> = Vec::new();
                for r in adds {
                    add_new(&mut list, r);
                    if !plain.contains(r) {
                        plain.push(r.clone());
                    }
                }
                assert_eq!(&list[..], &plain[..], "{adds:?}");
            }
        }
        let mut list: Reasons = Cow::Borrowed(&[]);
        for l in [Lang::Zh, Lang::Fr, Lang::Ru, Lang::Es] {
            add_new(&mut list, &Reason::Missing(l));
        }
        assert!(matches!(list, Cow::Borrowed(_)));
        let json = serde_json::to_string(&list).expect("json");
        assert_eq!(
            json,
            r#"["missing in zh","missing in fr","missing in ru","missing in es"]"#
        );
        // Out of language order, or with another reason, the list is the row's own.
        add_new(&mut list, &Reason::Missing(Lang::Ar));
        assert!(matches!(list, Cow::Owned(_)));
        assert_eq!(list.first(), Some(&Reason::Missing(Lang::Zh)));
        assert_eq!(list.last(), Some(&Reason::Missing(Lang::Ar)));
    }

    #[test]
    fn langs_are_those_the_phrase_names() {
        let l: Vec<_> = Reason::length_ratio(Lang::Es, Lang::En, 1.7)
            .langs()
            .collect();
        assert_eq!(l, [Lang::Es, Lang::En]);
        let l: Vec<_> = Reason::parse("length ratio es/en 1.7x zh")
            .langs()
            .collect();
        assert_eq!(l, [Lang::Es, Lang::En, Lang::Zh]);
        assert_eq!(Reason::Pinned.langs().count(), 0);
    }
}
