//! Decisions against the text they concern: which segments a pin names today, and whether
//! the text is still the text the decision was made on.

use std::collections::BTreeMap;
use std::ops::Range;

use sixfold_core::Lang;
use sixfold_translations::Document;
use sixfold_translations::finding_id::digest;

use crate::error::ReviewError;
use crate::file::{Pin, ReviewFile, SegRange, SegRef};

/// A pin whose segments exist and whose texts are those it was made on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedPin {
    /// Line of the pin in the review file.
    pub line: usize,
    /// Segment positions per pinned language.
    pub ranges: BTreeMap<Lang, Range<usize>>,
}

/// A decision that no longer fits the text: not applied, reported by `check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outdated {
    /// Line of the decision in the review file.
    pub line: usize,
    /// The language whose text changed (or lost the segment).
    pub lang: Lang,
    /// The segments as the decision names them (`pre.9..pre.11`).
    pub segments: String,
    /// Where those segments start today, when they still exist.
    pub segment: Option<usize>,
}

/// The pins of a review file, sorted into those that apply and those that are outdated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pins {
    pub active: Vec<ResolvedPin>,
    pub outdated: Vec<Outdated>,
}

/// Position of one named segment in a rendering.
#[must_use]
pub fn find(doc: &Document, r: &SegRef) -> Option<usize> {
    match r {
        SegRef::Label(l) => doc
            .segments
            .iter()
            .position(|s| s.label.as_ref().is_some_and(|x| *x == *l.as_str())),
        SegRef::Digest(d) => doc
            .segments
            .iter()
            .position(|s| digest([s.text.as_str()]) == *d),
    }
}

/// The positions a range names, `Ok(None)` when a segment is gone, an error when it runs
/// backwards.
pub fn range_of(
    doc: &Document,
    range: &SegRange,
    source: &str,
    line: usize,
) -> Result<Option<Range<usize>>, ReviewError> {
    let (Some(a), Some(b)) = (find(doc, &range.first), find(doc, &range.last)) else {
        return Ok(None);
    };
    if b < a {
        return Err(ReviewError::Backwards {
            file: source.to_owned(),
            line,
            lang: doc.lang,
            range: range.to_string(),
        });
    }
    Ok(Some(a..b + 1))
}

/// The digest of a run of segments, as a pin records it.
#[must_use]
pub fn range_digest(doc: &Document, range: &Range<usize>) -> String {
    digest(
        doc.segments
            .get(range.clone())
            .unwrap_or_default()
            .iter()
            .map(|s| s.text.as_str()),
    )
}

/// How a segment reference should be written for this segment: its label when no other
/// segment has it, else `@digest`.
#[must_use]
pub fn reference(doc: &Document, index: usize) -> Option<SegRef> {
    let seg = doc.segments.get(index)?;
    Some(
        match sixfold_translations::finding_id::unique_label(doc, seg) {
            Some(l) => SegRef::Label(l.to_string()),
            None => SegRef::Digest(digest([seg.text.as_str()])),
        },
    )
}

/// Resolves every pin of `file` against the renderings; pins that cross each other are an
/// error naming both. A pin whose segments are gone or whose text changed is outdated.
pub fn resolve_pins(
    docs: &BTreeMap<Lang, Document>,
    file: &ReviewFile,
) -> Result<Pins, ReviewError> {
    let mut out = Pins::default();
    'pins: for pin in &file.pins {
        let mut ranges = BTreeMap::new();
        for (&lang, side) in &pin.sides {
            let outdated = |segment| Outdated {
                line: pin.line,
                lang,
                segments: side.range.to_string(),
                segment,
            };
            let Some(doc) = docs.get(&lang) else {
                out.outdated.push(outdated(None));
                continue 'pins;
            };
            let Some(range) = range_of(doc, &side.range, &file.source, pin.line)? else {
                let start = find(doc, &side.range.first).or_else(|| find(doc, &side.range.last));
                out.outdated.push(outdated(start));
                continue 'pins;
            };
            if let Some(d) = &side.digest {
                if range_digest(doc, &range) != *d {
                    out.outdated.push(outdated(Some(range.start)));
                    continue 'pins;
                }
            }
            ranges.insert(lang, range);
        }
        out.active.push(ResolvedPin {
            line: pin.line,
            ranges,
        });
    }
    check_crossing(&out.active, &file.source)?;
    Ok(out)
}

/// Two pins that share a language must be in the same order, without overlap, in every
/// language they share.
fn check_crossing(pins: &[ResolvedPin], source: &str) -> Result<(), ReviewError> {
    for (i, a) in pins.iter().enumerate() {
        for b in &pins[i + 1..] {
            let mut order: Option<(bool, Lang)> = None;
            for (lang, ra) in &a.ranges {
                let Some(rb) = b.ranges.get(lang) else {
                    continue;
                };
                let crossing = || {
                    let (first, second) = if a.line <= b.line {
                        (a.line, b.line)
                    } else {
                        (b.line, a.line)
                    };
                    ReviewError::Crossing {
                        file: source.to_owned(),
                        first,
                        second,
                        lang: *lang,
                    }
                };
                let a_first = if ra.end <= rb.start {
                    true
                } else if rb.end <= ra.start {
                    false
                } else {
                    return Err(crossing());
                };
                match order {
                    Some((o, _)) if o != a_first => return Err(crossing()),
                    _ => order = Some((a_first, *lang)),
                }
            }
        }
    }
    Ok(())
}

/// Whether a pin names exactly this segment range in `lang`.
#[must_use]
pub fn pin_covers(pin: &Pin, lang: Lang, range: &SegRange) -> bool {
    pin.sides.get(&lang).is_some_and(|s| s.range == *range)
}
