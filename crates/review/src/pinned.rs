//! Alignment that honours pins.
//!
//! A pin is a fixed bead. Rather than teach every aligner about constraints, the document
//! is cut at the pins into stretches, each stretch is aligned on its own by the ordinary
//! aligner, and the stretches are joined with the pinned rows between them. This works
//! with any aligner that aligns a set of documents, which is why it lives here and not in
//! the aligner.
//!
//! Languages a pin does not name still need a place to be cut. They are cut where a free
//! alignment of the whole document puts the pin's pivot segments (or, for a pin without
//! the pivot, all its segments): whatever that alignment rows beside them joins the pinned
//! row, what comes before goes before. Those derived cuts are clamped so that they never
//! cross a pin that does name the language.

use std::collections::BTreeMap;
use std::ops::Range;

use sixfold_core::Lang;
use sixfold_translations::align::{AlignOptions, align};
use sixfold_translations::{Alignment, Cells, Document, Row};

use crate::resolve::ResolvedPin;

/// The reason a pinned row carries (rows list reasons for their confidence).
pub const PINNED: &str = "pinned";

/// Aligns `docs` like [`align`], with every pin as a row of its own (confidence 1,
/// reason [`PINNED`]). Pins must not cross ([`crate::resolve_pins`] ensures it).
#[must_use]
pub fn align_pinned(
    docs: &BTreeMap<Lang, Document>,
    opts: &AlignOptions,
    pins: &[ResolvedPin],
) -> Alignment {
    let free = align(docs, opts);
    if pins.is_empty() {
        return free;
    }
    let lens: BTreeMap<Lang, usize> = docs.iter().map(|(&l, d)| (l, d.segments.len())).collect();
    // Each pin's span in the free alignment orders the pins; the span of its pivot
    // segments places the languages the pin does not name.
    let free_ref = &free;
    let span = |p: &ResolvedPin, only: Option<Lang>| -> Option<(usize, usize)> {
        let rows: Vec<usize> = p
            .ranges
            .iter()
            .filter(|(lang, _)| only.is_none_or(|o| o == **lang))
            .flat_map(|(&lang, r)| r.clone().filter_map(move |i| free_ref.row_of(lang, i)))
            .collect();
        Some((*rows.iter().min()?, *rows.iter().max()?))
    };
    let mut spans: Vec<(usize, usize, &ResolvedPin)> = pins
        .iter()
        .filter_map(|p| {
            let (a, b) = span(p, None)?;
            Some((a, b, p))
        })
        .collect();
    spans.sort_by_key(|&(a, b, p)| (a, b, p.line));

    // Segment ranges per pin and language. A pin usually corrects the free alignment of
    // the languages it names, so their free rows are the suspect ones: a language the pin
    // does not name is placed by the rows of the pin's pivot segments, which every other
    // language was aligned against. Only a pin without the pivot falls back on the rows
    // of all its segments.
    let mut cuts: Vec<BTreeMap<Lang, Range<usize>>> = Vec::with_capacity(spans.len());
    for &(all0, all1, pin) in &spans {
        let (r0, r1) = span(pin, Some(free.pivot)).unwrap_or((all0, all1));
        let mut ranges = BTreeMap::new();
        for &lang in docs.keys() {
            let range = pin.ranges.get(&lang).cloned().unwrap_or_else(|| {
                let end_before = |last_row: Option<usize>| {
                    last_row.map_or(0, |last| {
                        free.rows[..=last]
                            .iter()
                            .filter_map(|row| row.cell(lang).last())
                            .max()
                            .map_or(0, |&i| i + 1)
                    })
                };
                let start = end_before(r0.checked_sub(1));
                let end = end_before(Some(r1)).max(start);
                start..end
            });
            ranges.insert(lang, range);
        }
        cuts.push(ranges);
    }
    // Clamp derived ranges between the explicit ones around them.
    for &lang in docs.keys() {
        let n = lens[&lang];
        let mut limit = n;
        let mut limits = vec![n; cuts.len()];
        for k in (0..cuts.len()).rev() {
            limits[k] = limit;
            if spans[k].2.ranges.contains_key(&lang) {
                limit = cuts[k][&lang].start;
            }
        }
        let mut cursor = 0;
        for (k, ranges) in cuts.iter_mut().enumerate() {
            let r = ranges
                .get_mut(&lang)
                .expect("every language was given a range above");
            if !spans[k].2.ranges.contains_key(&lang) {
                let start = r.start.clamp(cursor, limits[k]);
                let end = r.end.clamp(start, limits[k]);
                *r = start..end;
            }
            cursor = cursor.max(r.end);
        }
    }

    let mut rows = Vec::new();
    let mut cursor: BTreeMap<Lang, usize> = docs.keys().map(|&l| (l, 0)).collect();
    for ranges in &cuts {
        let before: BTreeMap<Lang, Range<usize>> = ranges
            .iter()
            .map(|(&l, r)| (l, cursor[&l]..r.start.max(cursor[&l])))
            .collect();
        extend_units(
            &mut rows,
            align_stretch(docs, *opts, &before, &free.languages),
        );
        let unit = rows.last().map_or(0, |r: &Row| r.unit + 1);
        rows.push(pinned_row(ranges, &free.languages, unit));
        for (&l, r) in ranges {
            let c = cursor.get_mut(&l).expect("cursor has every language");
            *c = (*c).max(r.end);
        }
    }
    let tail: BTreeMap<Lang, Range<usize>> =
        cursor.iter().map(|(&l, &c)| (l, c..lens[&l])).collect();
    extend_units(
        &mut rows,
        align_stretch(docs, *opts, &tail, &free.languages),
    );
    rows.retain(|r| r.cells.values().any(|c| !c.is_empty()));
    number_units(&mut rows);
    Alignment {
        languages: free.languages,
        pivot: free.pivot,
        rows,
    }
}

/// The row of one pin: its segments in every language, a unit of its own.
fn pinned_row(ranges: &BTreeMap<Lang, Range<usize>>, languages: &[Lang], unit: usize) -> Row {
    Row {
        cells: {
            let mut cells = Cells::new();
            for (&l, r) in ranges {
                cells.insert(l, &r.clone().collect::<Vec<usize>>());
            }
            for &l in languages {
                cells.ensure(l);
            }
            cells
        },
        confidence: 1.0,
        reasons: vec![sixfold_translations::Reason::Pinned].into(),
        unit,
        pair_confidence: None,
    }
}

/// Appends the rows of one stretch, whose units are numbered from 0, after `rows`: its
/// units follow the last unit there.
fn extend_units(rows: &mut Vec<Row>, stretch: Vec<Row>) {
    let offset = rows.last().map_or(0, |r| r.unit + 1);
    rows.extend(stretch.into_iter().map(|mut r| {
        r.unit += offset;
        r
    }));
}

/// Numbers units consecutively from 0 after rows were dropped.
fn number_units(rows: &mut [Row]) {
    let mut last = None;
    let mut next = 0;
    for r in rows {
        if last != Some(r.unit) {
            last = Some(r.unit);
            next += 1;
        }
        r.unit = next - 1;
    }
}

/// Aligns one stretch (a range of segments per language) on its own and returns its rows
/// with positions in the whole documents.
fn align_stretch(
    docs: &BTreeMap<Lang, Document>,
    opts: AlignOptions,
    ranges: &BTreeMap<Lang, Range<usize>>,
    languages: &[Lang],
) -> Vec<Row> {
    if ranges.values().all(Range::is_empty) {
        return Vec::new();
    }
    let sub: BTreeMap<Lang, Document> = docs
        .iter()
        .map(|(&lang, doc)| {
            let range = ranges.get(&lang).cloned().unwrap_or(0..0);
            let segments = doc
                .segments
                .get(range)
                .unwrap_or_default()
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let mut s = s.clone();
                    s.index = i;
                    s
                })
                .collect();
            (
                lang,
                Document {
                    lang,
                    source: doc.source.clone(),
                    segments,
                },
            )
        })
        .collect();
    let aligned = align(&sub, &opts);
    aligned
        .rows
        .into_iter()
        .map(|mut row| {
            for lang in Lang::ALL {
                let offset = ranges.get(&lang).map_or(0, |r| r.start);
                for i in row.cells.get_mut(lang).unwrap_or_default() {
                    *i += offset;
                }
            }
            for &l in languages {
                row.cells.ensure(l);
            }
            row
        })
        .collect()
}
