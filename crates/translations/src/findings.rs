//! A check's findings with the `missing-paragraph` ones kept as positions, each written
//! as a [`Finding`] only when it is read ([`Findings::iter`]).
//!
//! A rendering far longer than its translations has one `missing-paragraph` per pivot
//! paragraph and language: about 165,000 for a 6.25 MB rendering. As [`Finding`]s (144
//! bytes, a heap block for the arguments, and a vector that doubles as it grows) they were
//! half of a check's peak memory, several times the alignment they come from. Everything
//! such a finding says follows from four numbers: the pivot segment that has no
//! counterpart, the segment of the language it would stand before, the row, and its `~n`
//! among findings sharing an id. [`Missing`] holds those (20 bytes); the finding is made
//! from them by the same function the check used to make it ([`crate::check`]'s
//! `missing_finding`), and its id by the same rule as [`crate::finding_id::assign_ids`],
//! so what is read is what was stored before, byte for byte.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use sixfold_core::Lang;

use crate::finding_id::digest;
use crate::model::{Alignment, Document, Finding, Severity};

/// Marks a position that is not there (no segment to stand before).
const NONE: u32 = u32::MAX;
/// Set in [`Findings::anchors`] when the anchor's label is carried by no other segment.
const UNIQUE: u32 = 1 << 31;

/// The findings of one document set, in report order (see [`crate::check::check`]).
#[derive(Debug, Clone, Default)]
pub struct Findings {
    /// The language the `missing-paragraph` findings are against.
    pivot: Option<Lang>,
    /// Every other finding, sorted, with its id.
    pub(crate) full: Vec<Finding>,
    /// The `missing-paragraph` findings, sorted by the same order.
    missing: Vec<Missing>,
    /// For each pivot segment, the segment its findings' ids are anchored on (the first
    /// pivot segment on its line, [`crate::finding_id::anchor`]), with [`UNIQUE`] when that
    /// segment's label is its own; [`NONE`] where no finding needs it.
    anchors: Vec<u32>,
}

/// A pivot segment without counterpart in `lang`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Missing {
    lang: Lang,
    /// Position of the pivot segment.
    pivot: u32,
    /// Position of the segment of `lang` the paragraph should stand before, or [`NONE`].
    next: u32,
    row: u32,
    /// `~n` of the id when `n > 0`.
    dup: u32,
}

/// `missing-paragraph` findings as they are found ([`crate::check`]'s `compare`).
#[derive(Debug)]
pub(crate) struct MissingList {
    /// Whether every position fits the compact form; decided once for the whole set, so
    /// that all `missing-paragraph` findings of a set are kept in one form.
    compact: bool,
    items: Vec<Missing>,
}

impl MissingList {
    pub(crate) fn new(docs: &BTreeMap<Lang, Document>, alignment: &Alignment) -> Self {
        let fits = |n: usize| u32::try_from(n).is_ok_and(|n| n < NONE);
        MissingList {
            compact: fits(alignment.rows.len()) && docs.values().all(|d| fits(d.segments.len())),
            items: Vec::new(),
        }
    }

    /// Room for `n` more, exactly: a long rendering's list is the most of a check's
    /// memory, and a vector that doubles leaves up to half of it unused.
    pub(crate) fn reserve(&mut self, n: usize) {
        if self.compact {
            self.items.reserve_exact(n);
        }
    }

    /// Keeps the finding that the pivot segment at `pivot` has no counterpart in `lang`,
    /// where the segment at `next` of that language stands (see `missing_finding`); made
    /// as a [`Finding`] into `out` when the set is too large for the compact form.
    #[allow(clippy::too_many_arguments)] // The finding's own parts, as `missing_finding` takes them.
    pub(crate) fn push(
        &mut self,
        pivot_lang: Lang,
        pd: &Document,
        pivot: usize,
        lang: Lang,
        doc: &Document,
        next: Option<usize>,
        row: usize,
        out: &mut Vec<Finding>,
    ) {
        let position = |n: Option<usize>| match n {
            None => Some(NONE),
            Some(n) => u32::try_from(n).ok().filter(|&n| n < NONE),
        };
        if self.compact
            && let (Ok(p), Some(next), Ok(row)) =
                (u32::try_from(pivot), position(next), u32::try_from(row))
        {
            self.items.push(Missing {
                lang,
                pivot: p,
                next,
                row,
                dup: 0,
            });
            return;
        }
        if let Some(p) = pd.segments.get(pivot) {
            let next = next.and_then(|n| doc.segments.get(n));
            out.push(crate::check::missing_finding(
                pivot_lang,
                p,
                lang,
                next,
                Some(row),
            ));
        }
    }
}

impl Findings {
    /// The findings `full` (sorted, with ids) and the `missing-paragraph` ones of `list`,
    /// which are sorted and numbered here.
    pub(crate) fn new(
        docs: &BTreeMap<Lang, Document>,
        pivot: Lang,
        full: Vec<Finding>,
        list: MissingList,
    ) -> Self {
        let mut missing = list.items;
        missing.shrink_to_fit();
        let mut findings = Findings {
            pivot: Some(pivot),
            full,
            missing,
            anchors: Vec::new(),
        };
        let Some(pd) = docs.get(&pivot).filter(|_| !findings.missing.is_empty()) else {
            findings.missing.clear();
            return findings;
        };
        // Report order (`check::sort`): language, line, row, then the message; stable.
        findings.missing.sort_by(|a, b| {
            let key = |m: &Missing| (m.lang, line_of(docs, m), m.row);
            key(a).cmp(&key(b)).then_with(|| {
                let message = |m: &Missing| {
                    pd.segments
                        .get(m.pivot as usize)
                        .map(|p| crate::check::missing_message(pivot, p, m.lang))
                };
                message(a).cmp(&message(b))
            })
        });
        findings.anchors = anchors(pd, &findings.missing);
        findings.number_duplicates(pd);
        findings
    }

    /// The `~n` of findings whose ids are the same (as `assign_ids` does): ids of one
    /// language are equal when their anchors' labels are (unique labels), or their texts'
    /// digests are (the others).
    fn number_duplicates(&mut self, pd: &Document) {
        let mut key_of = vec![u64::MAX; pd.segments.len()];
        // Unique labels, compared as written: two labels may be written alike.
        let mut labels: Vec<(String, usize)> = Vec::new();
        for m in &self.missing {
            let Some(&a) = self.anchors.get(m.pivot as usize) else {
                continue;
            };
            let at = (a & !UNIQUE) as usize;
            if a == NONE || key_of.get(at).is_none_or(|&k| k != u64::MAX) {
                continue;
            }
            let Some(segment) = pd.segments.get(at) else {
                continue;
            };
            if let Some(label) = segment.label.as_ref().filter(|_| a & UNIQUE != 0) {
                labels.push((label.to_string(), at));
                key_of[at] = 0;
            } else {
                let hex = digest([segment.text.as_str()]);
                key_of[at] = (2 << 32) | u64::from_str_radix(&hex, 16).unwrap_or(0);
            }
        }
        labels.sort();
        let mut class = 0u64;
        for (k, (label, at)) in labels.iter().enumerate() {
            if k > 0 && labels[k - 1].0 != *label {
                class += 1;
            }
            key_of[*at] = (1 << 32) | class;
        }
        drop(labels);
        let key = |m: &Missing| {
            let a = self.anchors.get(m.pivot as usize).copied().unwrap_or(NONE);
            let k = if a == NONE {
                0
            } else {
                key_of.get((a & !UNIQUE) as usize).copied().unwrap_or(0)
            };
            (m.lang, k)
        };
        let mut order: Vec<u32> = (0..self.missing.len())
            .filter_map(|i| u32::try_from(i).ok())
            .collect();
        // Stable: positions with the same id stay in report order.
        order.sort_by_key(|&i| key(&self.missing[i as usize]));
        let mut dups: Vec<(u32, u32)> = Vec::new();
        for run in order
            .chunk_by(|&a, &b| key(&self.missing[a as usize]) == key(&self.missing[b as usize]))
        {
            dups.extend(
                run.iter()
                    .enumerate()
                    .skip(1)
                    .map(|(k, &i)| (i, u32::try_from(k + 1).unwrap_or(u32::MAX))),
            );
        }
        drop(order);
        for (i, n) in dups {
            if let Some(m) = self.missing.get_mut(i as usize) {
                m.dup = n;
            }
        }
    }

    /// How many findings there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.full.len() + self.missing.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many findings have this severity (every `missing-paragraph` is an error).
    #[must_use]
    pub fn count(&self, severity: Severity) -> usize {
        let compact = if severity == Severity::Error {
            self.missing.len()
        } else {
            0
        };
        compact + self.full.iter().filter(|f| f.severity == severity).count()
    }

    /// The findings in report order. `docs` are the documents they were found in: the
    /// compact ones are written from their segments.
    #[must_use]
    pub fn iter<'a>(&'a self, docs: &'a BTreeMap<Lang, Document>) -> Iter<'a> {
        Iter {
            findings: self,
            docs,
            full: 0,
            missing: 0,
            next_missing: None,
        }
    }

    /// Every finding as a [`Finding`], in report order.
    #[must_use]
    pub fn into_vec(self, docs: &BTreeMap<Lang, Document>) -> Vec<Finding> {
        if self.missing.is_empty() {
            return self.full;
        }
        let mut out = Vec::with_capacity(self.len());
        out.extend(self.iter(docs).map(Cow::into_owned));
        out
    }

    /// The finding of a [`Missing`], with its id.
    fn make(&self, docs: &BTreeMap<Lang, Document>, m: &Missing) -> Option<Finding> {
        let pivot = self.pivot?;
        let pd = docs.get(&pivot)?;
        let p = pd.segments.get(m.pivot as usize)?;
        let next = docs
            .get(&m.lang)
            .and_then(|d| d.segments.get(m.next as usize));
        let mut f = crate::check::missing_finding(pivot, p, m.lang, next, Some(m.row as usize));
        let head = format!("{}:{}", f.code, f.lang);
        let a = self.anchors.get(m.pivot as usize).copied().unwrap_or(NONE);
        let anchor = (a != NONE)
            .then(|| pd.segments.get((a & !UNIQUE) as usize))
            .flatten();
        let id = match anchor {
            None => head,
            Some(segment) => match segment.label.as_ref().filter(|_| a & UNIQUE != 0) {
                Some(label) => format!("{head}:{label}"),
                None => format!("{head}:@{}", digest([segment.text.as_str()])),
            },
        };
        f.set_id(id);
        if m.dup > 0 {
            f.set_duplicate(m.dup);
        }
        Some(f)
    }
}

impl From<Vec<Finding>> for Findings {
    /// Findings already made (in report order, with their ids).
    fn from(full: Vec<Finding>) -> Self {
        Findings {
            pivot: None,
            full,
            missing: Vec::new(),
            anchors: Vec::new(),
        }
    }
}

/// The line a `missing-paragraph` finding is reported at (0 without one), as sorted.
fn line_of(docs: &BTreeMap<Lang, Document>, m: &Missing) -> usize {
    docs.get(&m.lang)
        .and_then(|d| d.segments.get(m.next as usize))
        .map_or(0, |s| s.line)
}

/// For each pivot segment a finding is about, its id's anchor (see [`Findings::anchors`]):
/// the first pivot segment on its line, as [`crate::finding_id::anchor`] finds it from the
/// finding's `pivot_line`.
fn anchors(pd: &Document, missing: &[Missing]) -> Vec<u32> {
    let mut uses: HashMap<&crate::Label, usize> = HashMap::new();
    let mut first_on: HashMap<usize, usize> = HashMap::new();
    for (i, segment) in pd.segments.iter().enumerate() {
        if let Some(label) = &segment.label {
            *uses.entry(label).or_insert(0) += 1;
        }
        first_on.entry(segment.line).or_insert(i);
    }
    let mut anchors = vec![NONE; pd.segments.len()];
    for m in missing {
        let Some(p) = pd.segments.get(m.pivot as usize) else {
            continue;
        };
        let Some(&at) = first_on.get(&p.line) else {
            continue;
        };
        let Some(at32) = u32::try_from(at).ok().filter(|&a| a < UNIQUE) else {
            continue;
        };
        let unique = pd
            .segments
            .get(at)
            .and_then(|s| s.label.as_ref())
            .is_some_and(|label| uses.get(label) == Some(&1));
        if let Some(slot) = anchors.get_mut(m.pivot as usize) {
            *slot = if unique { at32 | UNIQUE } else { at32 };
        }
    }
    anchors
}

/// [`Findings::iter`]: the two sorted lists merged in report order.
#[derive(Debug)]
pub struct Iter<'a> {
    findings: &'a Findings,
    docs: &'a BTreeMap<Lang, Document>,
    full: usize,
    missing: usize,
    /// The next compact finding, made once to compare it with the next full one.
    next_missing: Option<Finding>,
}

impl<'a> Iterator for Iter<'a> {
    type Item = Cow<'a, Finding>;

    fn next(&mut self) -> Option<Self::Item> {
        while self.next_missing.is_none() && self.missing < self.findings.missing.len() {
            let m = &self.findings.missing[self.missing];
            self.missing += 1;
            self.next_missing = self.findings.make(self.docs, m);
        }
        let full = self.findings.full.get(self.full);
        match (full, &self.next_missing) {
            (Some(f), Some(m)) if crate::check::compare_findings(m, f).is_lt() => {
                self.next_missing.take().map(Cow::Owned)
            }
            (Some(f), _) => {
                self.full += 1;
                Some(Cow::Borrowed(f))
            }
            (None, _) => self.next_missing.take().map(Cow::Owned),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.findings.full.len() - self.full + self.findings.missing.len()
            - self.missing
            + usize::from(self.next_missing.is_some());
        // A compact finding whose segment is not in `docs` is skipped.
        (0, Some(left))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write as _;

    use crate::align::{AlignOptions, align};
    use crate::set::DocumentSet;

    /// An English text far longer than its French one, with the same paragraph text
    /// several times (ids by digest, shared: `~n`), labels used twice, unique labels, and
    /// French findings of other codes among the missing paragraphs.
    fn set() -> DocumentSet {
        let mut en = String::from("1. Decides to act on 2024 figures;\n\n");
        for n in 2..40 {
            let _ = write!(en, "{n}. Requests a report on the item;\n\n");
        }
        en.push_str("5. Repeats a number already used;\n\n");
        en.push_str("Notes the repeated paragraph without a number.\n\n");
        en.push_str("Notes the repeated paragraph without a number.\n\n");
        let fr = "1. Décide d'agir sur les chiffres de 2023 ;\n\n3. Prie.\n\n".to_owned();
        DocumentSet::from_texts(
            "A-RES-1-1",
            vec![
                (Lang::En, "en.md".into(), en),
                (Lang::Fr, "fr.md".into(), fr),
            ],
            None,
        )
        .expect("two plain renderings load")
    }

    #[test]
    fn compact_findings_read_as_the_findings_made_in_full() {
        let set = set();
        let alignment = align(&set.docs, &AlignOptions::default());
        let found = crate::check::check_set_findings(&set, &alignment, Vec::new());
        assert!(found.missing.len() > 30, "{}", found.missing.len());
        assert!(!found.full.is_empty());
        let read = found.clone().into_vec(&set.docs);
        assert_eq!(read.len(), found.len());
        assert_eq!(
            found.count(Severity::Error),
            read.iter()
                .filter(|f| f.severity == Severity::Error)
                .count()
        );
        // Made in full from the same findings, sorted and given ids the way every other
        // finding is: the same order, the same ids, the same JSON.
        let mut made = read.clone();
        made.reverse();
        crate::check::sort_for_tests(&mut made);
        crate::finding_id::assign_ids(&set.docs, &mut made);
        let json = |v: &[Finding]| serde_json::to_string(v).expect("findings serialise");
        assert_eq!(json(&made), json(&read));
        let ids: Vec<String> = read.iter().map(|f| f.id().into_owned()).collect();
        assert!(ids.iter().any(|id| id.ends_with("~2")), "{ids:?}");
        assert!(ids.iter().any(|id| id.contains(":@")), "{ids:?}");
        assert!(
            ids.iter()
                .any(|id| id.starts_with("missing-paragraph:fr:op.")),
            "{ids:?}"
        );
        // Kept in full, they read the same.
        let full = Findings::from(read.clone());
        assert_eq!(json(&full.into_vec(&set.docs)), json(&read));
    }
}
