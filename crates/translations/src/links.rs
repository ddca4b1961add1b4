//! The links between some of the languages, read off the finest six-way rows.
//!
//! [`crate::align::align`] returns rows at the finest granularity the links allow: a
//! segment that its language merged from several pivot paragraphs is listed in each row it
//! covers. Someone who looks at only some languages (a bilingual export, the checks of one
//! pair) needs the rows grouped so that no segment of *those* languages is cut: a group is
//! the smallest run of consecutive rows closed under shared segments. Where Chinese merges
//! three English paragraphs, the English–Spanish groups stay three one-to-one links, while
//! the English–Chinese group is one 3-1 link.
//!
//! ```
//! use sixfold_core::Lang;
//! use sixfold_translations::{Alignment, Cells, Row};
//!
//! let row = |en: usize, es: usize, zh: usize| Row {
//!     cells: Cells::from([(Lang::En, vec![en]), (Lang::Es, vec![es]), (Lang::Zh, vec![zh])]),
//!     confidence: 1.0,
//!     reasons: vec![].into(),
//!     unit: 0,
//!     pair_confidence: None,
//! };
//! // Chinese segment 0 covers English 0 and 1.
//! let al = Alignment { languages: vec![Lang::En, Lang::Es, Lang::Zh], pivot: Lang::En, rows: vec![row(0, 0, 0), row(1, 1, 0)] };
//! assert_eq!(al.groups(&[Lang::En, Lang::Es]), [0..1, 1..2]);
//! assert_eq!(al.groups(&[Lang::En, Lang::Zh]), [0..2]);
//! ```

use std::collections::BTreeMap;
use std::ops::Range;

use sixfold_core::Lang;

use crate::align::{Bead, realign, run};
use crate::model::{Alignment, Document, Row};

impl Alignment {
    /// The rows grouped for a reader of `langs`: consecutive runs of [`Alignment::rows`],
    /// each the smallest run such that no segment of `langs` lies both inside and outside
    /// it. A row between two rows that share a segment belongs to their group (an
    /// insertion in another language inside a merge). Rows with no segment of `langs` are
    /// groups of their own; callers that write text leave them out.
    ///
    /// With every aligned language the groups are the six-way units ([`Row::unit`]): the
    /// aligner widens a unit exactly where some language links across a row boundary.
    #[must_use]
    pub fn groups(&self, langs: &[Lang]) -> Vec<Range<usize>> {
        // The last row each segment of `langs` appears in, by language (in the order of
        // `langs`) and segment index: segment indices are dense, so a vector per language
        // does what a map keyed by (language, segment) did, without hashing every cell.
        let mut last: Vec<Vec<usize>> = vec![Vec::new(); langs.len()];
        for (i, row) in self.rows.iter().enumerate() {
            for (&lang, last) in langs.iter().zip(&mut last) {
                for &s in row.cell(lang) {
                    if last.len() <= s {
                        last.resize(s + 1, 0);
                    }
                    last[s] = i;
                }
            }
        }
        // Every segment of a row was recorded above, so each lookup finds its last row.
        let reach = |i: usize, row: &Row| -> usize {
            langs
                .iter()
                .zip(&last)
                .flat_map(|(&lang, last)| row.cell(lang).iter().map(move |&s| last[s]))
                .fold(i, usize::max)
        };
        let mut out = Vec::new();
        let mut start = 0;
        while start < self.rows.len() {
            let mut end = start;
            let mut i = start;
            while i <= end {
                if let Some(row) = self.rows.get(i) {
                    end = end.max(reach(i, row));
                }
                i += 1;
            }
            out.push(start..end + 1);
            start = end + 1;
        }
        out
    }

    /// The segments of `lang` in rows `rows`, in order, each once.
    #[must_use]
    pub fn cells_of(&self, rows: Range<usize>, lang: Lang) -> Vec<usize> {
        let mut cell: Vec<usize> = self
            .rows
            .get(rows)
            .unwrap_or_default()
            .iter()
            .flat_map(|r| r.cell(lang).iter().copied())
            .collect();
        cell.sort_unstable();
        cell.dedup();
        cell
    }
}

/// The links between the pivot and `other`, read off the finest rows: one bead per group
/// of [`Alignment::groups`] for the two languages, with the index of the group's first row.
///
/// A group holding several segments on both sides is a 2-2 regrouping in some language
/// that the rows cannot divide; for this pair it may well be one to one, so it is aligned
/// again on its own (as [`crate::align::pair_beads_by_row`] does inside a unit), and its
/// beads all carry the group's first row.
#[must_use]
pub fn pair_links(
    set: &BTreeMap<Lang, Document>,
    alignment: &Alignment,
    other: Lang,
) -> Vec<(usize, Bead)> {
    links_of(
        set,
        alignment,
        other,
        |rows, pivot, other| {
            let confidence = rows.iter().map(|r| r.confidence).fold(1.0, f64::min);
            let mut reasons: Vec<crate::Reason> = Vec::new();
            for r in rows.iter().flat_map(|r| r.reasons.iter()) {
                if !reasons.contains(r) {
                    reasons.push(r.clone());
                }
            }
            Bead {
                pivot,
                other,
                confidence,
                reasons,
            }
        },
        |bead| bead,
    )
}

/// Which segments of the pivot and of another language a link joins: a [`Bead`] without
/// its confidence and reasons, which the checks do not read. A long rendering's pair has
/// a link per pivot paragraph, and the reasons were a heap block for most; the positions
/// are held as `u32` (16 bytes a link, not 32).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Link {
    pivot: [u32; 2],
    other: [u32; 2],
}

impl Link {
    /// A link between the pivot's segments `pivot` and the other language's `other`. A
    /// position past `u32::MAX` is held as `u32::MAX`: a document with that many segments
    /// would take hundreds of gigabytes to read before its links were asked for.
    pub(crate) fn new(pivot: &Range<usize>, other: &Range<usize>) -> Self {
        let at = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Link {
            pivot: [at(pivot.start), at(pivot.end)],
            other: [at(other.start), at(other.end)],
        }
    }

    /// The pivot's segments.
    pub(crate) fn pivot(&self) -> Range<usize> {
        self.pivot[0] as usize..self.pivot[1] as usize
    }

    /// The other language's segments.
    pub(crate) fn other(&self) -> Range<usize> {
        self.other[0] as usize..self.other[1] as usize
    }
}

/// [`pair_links`] as [`Link`]s: the same links, with the same rows.
pub(crate) fn pair_spans(
    set: &BTreeMap<Lang, Document>,
    alignment: &Alignment,
    other: Lang,
) -> Vec<(usize, Link)> {
    links_of(
        set,
        alignment,
        other,
        |_, pivot, other| Link::new(&pivot, &other),
        |bead| Link::new(&bead.pivot, &bead.other),
    )
}

/// The walk of [`pair_links`]: `made` makes the link of a group from its rows and the two
/// runs of segments, `realigned` turns a bead of a group aligned again into one.
fn links_of<T>(
    set: &BTreeMap<Lang, Document>,
    alignment: &Alignment,
    other: Lang,
    made: impl Fn(&[Row], Range<usize>, Range<usize>) -> T,
    realigned: impl Fn(Bead) -> T,
) -> Vec<(usize, T)> {
    let pivot = alignment.pivot;
    let (Some(pd), Some(od)) = (set.get(&pivot), set.get(&other)) else {
        return Vec::new();
    };
    let groups = alignment.groups(&[pivot, other]);
    // A link per group, more only where a group is aligned again: room for them at once
    // rather than a vector that doubles past them.
    let mut out = Vec::with_capacity(groups.len());
    for group in groups {
        let first = group.start;
        let pc = alignment.cells_of(group.clone(), pivot);
        let oc = alignment.cells_of(group.clone(), other);
        if pc.is_empty() && oc.is_empty() {
            continue;
        }
        let rows = alignment.rows.get(group).unwrap_or_default();
        let (pr, or) = (run(&pc), run(&oc));
        if pc.len() > 1 && oc.len() > 1 {
            if let (Some(ps), Some(os)) = (pd.segments.get(pr.clone()), od.segments.get(or.clone()))
            {
                out.extend(
                    realign(pivot, ps, pr.start, other, os, or.start)
                        .map(|b| (first, realigned(b))),
                );
                continue;
            }
        }
        out.push((first, made(rows, pr, or)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[(Lang, &[usize])], unit: usize) -> Row {
        Row {
            cells: cells.iter().map(|(l, c)| (*l, c.to_vec())).collect(),
            confidence: 1.0,
            reasons: vec![].into(),
            unit,
            pair_confidence: None,
        }
    }

    /// Chinese merges English 1–3; French inserts a paragraph inside that merge; Spanish
    /// is one to one.
    fn merged() -> Alignment {
        use Lang::{En, Es, Fr, Zh};
        Alignment {
            languages: vec![En, Zh, Fr, Es],
            pivot: En,
            rows: vec![
                row(&[(En, &[0]), (Zh, &[0]), (Fr, &[0]), (Es, &[0])], 0),
                row(&[(En, &[1]), (Zh, &[1]), (Fr, &[1]), (Es, &[1])], 1),
                row(&[(En, &[2]), (Zh, &[1]), (Fr, &[2]), (Es, &[2])], 1),
                row(&[(Fr, &[3])], 1),
                row(&[(En, &[3]), (Zh, &[1]), (Fr, &[4]), (Es, &[3])], 1),
                row(&[(En, &[4]), (Zh, &[2]), (Fr, &[5]), (Es, &[4])], 2),
            ],
        }
    }

    #[test]
    fn a_pair_keeps_its_one_to_one_links_inside_another_languages_merge() {
        let al = merged();
        assert_eq!(
            al.groups(&[Lang::En, Lang::Es]),
            [0..1, 1..2, 2..3, 3..4, 4..5, 5..6]
        );
        assert_eq!(al.groups(&[Lang::En, Lang::Zh]), [0..1, 1..5, 5..6]);
        assert_eq!(al.groups(&[Lang::Es, Lang::Fr]), al.groups(&[Lang::En]));
        assert_eq!(al.cells_of(1..5, Lang::Zh), [1]);
        assert_eq!(al.cells_of(1..5, Lang::Fr), [1, 2, 3, 4]);
    }

    #[test]
    fn every_language_gives_the_units() {
        let al = merged();
        let units: Vec<usize> = al.rows.iter().map(|r| r.unit).collect();
        let groups = al.groups(&Lang::ALL);
        assert_eq!(groups, [0..1, 1..5, 5..6]);
        for (g, range) in groups.into_iter().enumerate() {
            assert!(units[range].iter().all(|&u| u == g));
        }
    }

    /// The checks' links are `pair_links`' beads without confidence and reasons, also
    /// where a group is aligned again (French splits and merges around English 2–3).
    #[test]
    fn spans_are_the_links_without_their_reasons() {
        let set = crate::DocumentSet::from_texts(
            "A-RES-1-1",
            vec![
                (
                    Lang::En,
                    "en.md".into(),
                    "1. Decides to meet.\n\n2. Requests a report on 2024.\n\n3. Notes the report.\n\n4. Decides to remain seized.\n".into(),
                ),
                (
                    Lang::Fr,
                    "fr.md".into(),
                    "1. Décide de se réunir.\n\n2. Prie de faire rapport sur 2024 et prend note du rapport.\n\nIl le dit.\n\n4. Décide de rester saisi.\n".into(),
                ),
            ],
            None,
        )
        .expect("two plain renderings load");
        let al = crate::align::align(&set.docs, &crate::align::AlignOptions::default());
        let links = pair_links(&set.docs, &al, Lang::Fr);
        let spans = pair_spans(&set.docs, &al, Lang::Fr);
        assert!(!links.is_empty());
        let bare: Vec<(usize, Link)> = links
            .into_iter()
            .map(|(row, b)| (row, Link::new(&b.pivot, &b.other)))
            .collect();
        assert_eq!(spans, bare);
    }

    #[test]
    fn no_rows_no_groups() {
        let al = Alignment {
            languages: vec![],
            pivot: Lang::En,
            rows: vec![],
        };
        assert!(al.groups(&[Lang::En, Lang::Fr]).is_empty());
    }
}
