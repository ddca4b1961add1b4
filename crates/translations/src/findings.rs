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

/// A pivot segment without counterpart in a language (16 bytes: the language shares a
/// word with the `~n`, which [`MissingList::new`] bounds).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Missing {
    /// Position of the pivot segment.
    pivot: u32,
    /// Position of the segment of the language the paragraph should stand before, or
    /// [`NONE`].
    next: u32,
    row: u32,
    /// The language's position in [`Lang::ALL`] (the low [`LANG_BITS`] bits) and the `~n`
    /// of the id when `n > 0` (the others).
    lang_dup: u32,
}

/// Bits of [`Missing::lang_dup`] that hold the language.
const LANG_BITS: u32 = 3;

impl Missing {
    fn lang(&self) -> Lang {
        Lang::ALL
            .get((self.lang_dup & ((1 << LANG_BITS) - 1)) as usize)
            .copied()
            .unwrap_or(Lang::En)
    }

    fn dup(&self) -> u32 {
        self.lang_dup >> LANG_BITS
    }

    fn set_dup(&mut self, n: u32) {
        self.lang_dup = (n << LANG_BITS) | (self.lang_dup & ((1 << LANG_BITS) - 1));
    }
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
        // A `~n` is at most the number of findings, one per pivot segment and language.
        let dups_fit = docs
            .get(&alignment.pivot)
            .and_then(|d| d.segments.len().checked_mul(Lang::ALL.len()))
            .is_some_and(|n| n < (1 << (32 - LANG_BITS)));
        MissingList {
            compact: dups_fit
                && fits(alignment.rows.len())
                && docs.values().all(|d| fits(d.segments.len())),
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
                pivot: p,
                next,
                row,
                lang_dup: u32::try_from(lang.index()).unwrap_or(0),
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
        // Report order (`check::sort`): language, line, row, then the message. The check's
        // sort is stable, and these were found in pivot order within each language and
        // row, so the pivot position last gives the same order without the scratch room
        // of a stable sort (half the list).
        findings.missing.sort_unstable_by(|a, b| {
            let key = |m: &Missing| (m.lang(), line_of(docs, m), m.row);
            key(a)
                .cmp(&key(b))
                .then_with(|| {
                    let message = |m: &Missing| {
                        pd.segments
                            .get(m.pivot as usize)
                            .map(|p| crate::check::missing_message(pivot, p, m.lang()))
                    };
                    message(a).cmp(&message(b))
                })
                .then(a.pivot.cmp(&b.pivot))
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
        // Unique labels, compared as written: two labels may be written alike. Held as a
        // hash of the written label and the anchor (a string each was most of the memory
        // of a long rendering's check at this point); labels whose hashes meet are
        // compared as written.
        let mut labels: Vec<(u64, u32)> = Vec::new();
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
                labels.push((written_hash(label), a & !UNIQUE));
                key_of[at] = 0;
            } else {
                let hex = digest([segment.text.as_str()]);
                key_of[at] = (2 << 32) | u64::from_str_radix(&hex, 16).unwrap_or(0);
            }
        }
        labels.sort_unstable();
        let written = |at: u32| {
            pd.segments
                .get(at as usize)
                .and_then(|s| s.label.as_ref())
                .map(ToString::to_string)
        };
        // Only whether two keys are equal matters (`~n` counts the findings of one key in
        // report order), so a class is numbered in any order.
        let mut class = 0u64;
        for run in labels.chunk_by(|a, b| a.0 == b.0) {
            if let [(_, at)] = run {
                key_of[*at as usize] = (1 << 32) | class;
                class += 1;
                continue;
            }
            let mut texts: Vec<(Option<String>, u32)> =
                run.iter().map(|&(_, at)| (written(at), at)).collect();
            texts.sort();
            for (k, (text, at)) in texts.iter().enumerate() {
                if k > 0 && texts[k - 1].0 != *text {
                    class += 1;
                }
                key_of[*at as usize] = (1 << 32) | class;
            }
            class += 1;
        }
        drop(labels);
        let key = |m: &Missing| {
            let a = self.anchors.get(m.pivot as usize).copied().unwrap_or(NONE);
            let k = if a == NONE {
                0
            } else {
                key_of.get((a & !UNIQUE) as usize).copied().unwrap_or(0)
            };
            (m.lang(), k)
        };
        let mut order: Vec<u32> = (0..self.missing.len())
            .filter_map(|i| u32::try_from(i).ok())
            .collect();
        // Positions with the same id in report order: the position breaks ties, so an
        // unstable sort needs no scratch room.
        order.sort_unstable_by_key(|&i| (key(&self.missing[i as usize]), i));
        // Each position's `~n` (0 for the first of its id), run by run, straight into the
        // list (the key does not read it).
        let mut start = 0;
        while start < order.len() {
            let first = key(&self.missing[order[start] as usize]);
            let mut end = start + 1;
            while end < order.len() && key(&self.missing[order[end] as usize]) == first {
                end += 1;
            }
            for (k, &at) in order[start..end].iter().enumerate() {
                // Position `at` is the (k + 1)-th with its id.
                let n = if k == 0 {
                    0
                } else {
                    u32::try_from(k + 1).unwrap_or(u32::MAX)
                };
                if let Some(m) = self.missing.get_mut(at as usize) {
                    m.set_dup(n);
                }
            }
            start = end;
        }
        drop(order);
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

    /// The findings not tied to a row (a missing rendering, a metadata mismatch), in
    /// report order: every compact one has a row.
    pub fn without_row(&self) -> impl Iterator<Item = &Finding> {
        self.full.iter().filter(|f| f.row.is_none())
    }

    /// The findings tied to a row, as `(row, place)` sorted by row and, within a row, in
    /// report order: what a writer that goes through the rows needs to find each row's
    /// findings ([`Findings::get`]) without holding them all made, 8 bytes a finding.
    /// A row past `u32::MAX` is held as `u32::MAX` (each row holds a segment a reader made).
    #[must_use]
    pub fn by_row(&self, docs: &BTreeMap<Lang, Document>) -> Vec<(u32, FindingAt)> {
        let row = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let mut out: Vec<(u32, FindingAt)> = Vec::with_capacity(self.len());
        let (mut f, mut m) = (0, 0);
        // The report order of [`Findings::iter`], without making the compact findings: a
        // compact finding and a full one never share a code, so their order is settled
        // before the message is compared.
        loop {
            let full = self.full.get(f);
            let missing = self.missing.get(m);
            let take_missing = match (full, missing) {
                (None, None) => break,
                (Some(_), None) => false,
                (None, Some(_)) => true,
                (Some(a), Some(b)) => missing_key(docs, b) < full_key(a),
            };
            if take_missing {
                if let (Some(b), Ok(at)) = (missing, u32::try_from(m)) {
                    out.push((b.row, FindingAt(at | COMPACT)));
                }
                m += 1;
            } else {
                if let (Some(r), Some(at)) = (
                    full.and_then(|a| a.row),
                    u32::try_from(f).ok().filter(|&a| a < COMPACT),
                ) {
                    out.push((row(r), FindingAt(at)));
                }
                f += 1;
            }
        }
        // Stable: report order within a row.
        out.sort_by_key(|&(row, _)| row);
        out.shrink_to_fit();
        out
    }

    /// The finding at `at` (from [`Findings::by_row`]), made when it is kept compactly.
    #[must_use]
    pub fn get<'a>(
        &'a self,
        docs: &BTreeMap<Lang, Document>,
        at: FindingAt,
    ) -> Option<Cow<'a, Finding>> {
        if at.0 & COMPACT == 0 {
            return self.full.get(at.0 as usize).map(Cow::Borrowed);
        }
        let m = self.missing.get((at.0 & !COMPACT) as usize)?;
        self.make(docs, m).map(Cow::Owned)
    }

    /// The language of the finding at `at`, without making it.
    #[must_use]
    pub fn lang_of(&self, at: FindingAt) -> Option<Lang> {
        if at.0 & COMPACT == 0 {
            return self.full.get(at.0 as usize).map(|f| f.lang);
        }
        self.missing
            .get((at.0 & !COMPACT) as usize)
            .map(Missing::lang)
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
            .get(&m.lang())
            .and_then(|d| d.segments.get(m.next as usize));
        let mut f = crate::check::missing_finding(pivot, p, m.lang(), next, Some(m.row as usize));
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
        if m.dup() > 0 {
            f.set_duplicate(m.dup());
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

/// Where [`Findings::by_row`] puts a finding: its position in the full list, or with
/// [`COMPACT`] set, in the compact one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FindingAt(u32);

/// Marks a [`FindingAt`] in the compact list.
const COMPACT: u32 = 1 << 31;

/// The part of the report order ([`crate::check::compare_findings`]) before the message.
type FindingKey<'a> = (Lang, usize, Option<usize>, Option<usize>, &'a str);

fn full_key(f: &Finding) -> FindingKey<'_> {
    (f.lang, f.line.unwrap_or(0), f.segment, f.row, &f.code)
}

/// The sort key of a compact finding, as [`full_key`] reads a made one.
fn missing_key(docs: &BTreeMap<Lang, Document>, m: &Missing) -> FindingKey<'static> {
    (
        m.lang(),
        line_of(docs, m),
        None,
        Some(m.row as usize),
        crate::check::MISSING_PARAGRAPH,
    )
}

/// A hash of a label as written, made without writing it into a string.
fn written_hash(label: &crate::Label) -> u64 {
    use std::fmt::Write as _;
    use std::hash::Hasher as _;
    /// Feeds what is written to the hasher as bytes, so the hash does not depend on how
    /// the text is cut into pieces.
    struct Feed(std::collections::hash_map::DefaultHasher);
    impl std::fmt::Write for Feed {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            self.0.write(s.as_bytes());
            Ok(())
        }
    }
    let mut feed = Feed(std::collections::hash_map::DefaultHasher::new());
    let _ = write!(feed, "{label}");
    feed.0.finish()
}

/// The line a `missing-paragraph` finding is reported at (0 without one), as sorted.
fn line_of(docs: &BTreeMap<Lang, Document>, m: &Missing) -> usize {
    docs.get(&m.lang())
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

    /// Row by row, the findings are those of each row in report order, compact or not.
    #[test]
    fn findings_by_row_are_each_rows_findings_in_report_order() {
        let set = set();
        let alignment = align(&set.docs, &AlignOptions::default());
        let found = crate::check::check_set_findings(&set, &alignment, Vec::new());
        assert!(!found.missing.is_empty());
        let json = |f: &Finding| serde_json::to_string(f).expect("a finding serialises");
        let read = found.clone().into_vec(&set.docs);
        let mut expected: Vec<(usize, String)> = read
            .iter()
            .filter_map(|f| f.row.map(|r| (r, json(f))))
            .collect();
        // Stable: report order within a row.
        expected.sort_by_key(|(r, _)| *r);
        let places = found.by_row(&set.docs);
        let got: Vec<(usize, String)> = places
            .iter()
            .map(|&(r, at)| {
                let f = found
                    .get(&set.docs, at)
                    .expect("every place holds a finding");
                assert_eq!(found.lang_of(at), Some(f.lang));
                (r as usize, json(&f))
            })
            .collect();
        assert_eq!(got, expected);
        assert!(
            found.without_row().all(|f| f.row.is_none())
                && found.without_row().count() + got.len() == read.len()
        );
    }

    /// What a long rendering's findings cost: 16 bytes each.
    #[test]
    fn a_missing_paragraph_is_sixteen_bytes() {
        assert_eq!(std::mem::size_of::<Missing>(), 16);
        let mut m = Missing {
            pivot: 1,
            next: 2,
            row: 3,
            lang_dup: u32::try_from(Lang::Es.index()).unwrap_or(0),
        };
        m.set_dup(7);
        assert_eq!((m.lang(), m.dup()), (Lang::Es, 7));
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
