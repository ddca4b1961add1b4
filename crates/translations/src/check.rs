//! Translator checks: what differs between a rendering and the pivot that a translator has
//! to look at — missing, extra, split or merged paragraphs, numbering, footnotes, numbers and
//! symbols, untranslated text, implausible lengths and empty renderings.
//!
//! Each finding carries a stable kebab-case `code` (also the Fluent message id suffix), the
//! language, segment, line and row concerned, an English message and the message arguments.
//!
//! | code | severity | meaning |
//! |---|---|---|
//! | `empty-rendering` | error | a rendering has no content at all |
//! | `missing-rendering` | error | `document.toml` declares a rendering that is not there |
//! | `absent-rendering` | error with four languages or more, warning with fewer | a folder without `document.toml` renderings has no rendering in a language ([`check_set`]) |
//! | `empty-segment` | error | a segment has no text |
//! | `missing-paragraph` | error | a pivot segment has no counterpart |
//! | `extra-paragraph` | error | a segment has no pivot counterpart |
//! | `merged-paragraphs` | error | one segment covers several pivot segments |
//! | `split-paragraph` | error | several segments cover one pivot segment |
//! | `regrouped-paragraphs` | warning | several segments cover several pivot segments, in order |
//! | `numbering-gap` | error | a number is skipped (operative paragraph, article, subparagraph, footnote); in a translation only when the pivot does not skip the same, and once for the translations that share it |
//! | `numbering-order` | error | a number repeats or goes backwards; in a translation only when the pivot does not do the same |
//! | `numbering-mismatch` | error | aligned segments carry different numbers |
//! | `pivot-number-lost` | error | two translations or more write the same number on a pivot segment that writes none (reported on the pivot) |
//! | `footnote-count` | error | a different number of footnotes than the pivot |
//! | `footnote-marker-mismatch` | error | aligned segments cite different footnotes |
//! | `footnote-missing-text` | error | a marker cites a footnote that does not exist |
//! | `footnote-unreferenced` | warning | a footnote no marker cites |
//! | `numbers-differ` | error (warning in headers) | digits, years differ from the pivot (a paragraph number a `numbering-mismatch` names is not counted again) |
//! | `symbols-differ` | error | document symbols differ from the pivot |
//! | `header-symbol-mismatch` | error | the masthead symbol differs from `document.toml` ([`check_set`]) |
//! | `header-distribution-mismatch` | error | the distribution category differs from `document.toml` ([`check_set`]) |
//! | `header-date-mismatch` | error | the distribution date differs from `document.toml` ([`check_set`]) |
//! | `header-session-mismatch` | error | the session differs from `document.toml` ([`check_set`]) |
//! | `header-agenda-mismatch` | error | the agenda items differs from `document.toml` ([`check_set`]) |
//! | `header-report-mismatch` | error | the report symbol differs from `document.toml` ([`check_set`]) |
//! | `header-committee-mismatch` | error | the Main Committee of the report differs from `document.toml` ([`check_set`]) |
//! | `header-resolution-mismatch` | error | the resolution number differs from `document.toml` ([`check_set`]) |
//! | `header-title-mismatch` | error | the title differs from `document.toml` ([`check_set`]) |
//! | `header-meeting-mismatch` | error | the plenary meeting differs from `document.toml` ([`check_set`]) |
//! | `header-adopted-mismatch` | error | the adoption date differs from `document.toml` ([`check_set`]) |
//! | `header-unreadable` | warning | the header cannot be read to compare it with `document.toml` ([`check_set`]) |
//! | `untranslated-paragraph` | error | text identical to the pivot |
//! | `wrong-script` | error | text mostly in another script than the language's |
//! | `length-ratio` | warning | length far from what the pivot predicts |
//! | `control-characters` | error | controls, noncharacters or U+FFFD in a segment, which exports remove ([`crate::check_controls`]) |
//! | `invisible-characters` | warning | bidi embeddings/overrides/isolates or zero-width spaces in a segment, which exports remove |
//! | `misplaced-paragraph` | error | a segment translates a pivot segment that stands elsewhere (two paragraphs swapped, or one moved past others); its numbers are compared with that segment's |

use std::borrow::Cow;
use std::collections::BTreeMap;

use sixfold_core::{DocumentToml, Lang};

use crate::align::tokens::{chinese_ordinals, lang_numbers, parse_chinese_numeral, symbols};
use crate::align::{LengthModel, measure};
use crate::findings::{Findings, MissingList};
use crate::header_check::header_findings;
use crate::label::{Family, Label};
use crate::links::Link;
use crate::model::{Alignment, Document, Finding, Segment, SegmentKind, Severity};
use crate::set::DocumentSet;

/// Standardised length deviation beyond which a 1-1 pair is reported.
const LENGTH_Z_LIMIT: f64 = 5.0;
/// A translation this much shorter than its pivot predicts (standardised deviation) is
/// reported although it is inside [`LENGTH_Z_LIMIT`]: text left out of a paragraph is the
/// commonest omission, and a shorter translation is rarer than a longer one. On the 318
/// real folders of the UN Parallel Corpus development data 5 of 8,546 one-to-one rows of
/// correct translations are this short; a French paragraph cut from 483 to 257
/// characters (English 356) is at −3.7.
const LENGTH_SHORT_Z: f64 = 3.5;
/// Pivot segments shorter than this (in characters) are not length-checked: short
/// headings vary too much in proportion.
const LENGTH_MIN_CHARS: f64 = 40.0;
/// Letters needed before a segment's script is judged.
const SCRIPT_MIN_LETTERS: usize = 12;

/// Runs every check on a set of renderings and its alignment, and returns the findings in a
/// deterministic order (language in UN order, then line, segment, code). Each language is
/// compared with the pivot through the links of that pair ([`crate::links::pair_links`]),
/// so a merge in one language does not hide a one-to-one link in another; a finding's
/// `row` is the first of the finest rows ([`Alignment::rows`]) of the link it concerns.
#[must_use]
pub fn check(
    set: &BTreeMap<Lang, Document>,
    alignment: &Alignment,
    meta: Option<&DocumentToml>,
) -> Vec<Finding> {
    check_findings(set, alignment, meta).into_vec(set)
}

/// [`check`], with the `missing-paragraph` findings kept compactly until they are read
/// ([`Findings::iter`]): the same findings in the same order.
#[must_use]
pub fn check_findings(
    set: &BTreeMap<Lang, Document>,
    alignment: &Alignment,
    meta: Option<&DocumentToml>,
) -> Findings {
    let mut out = Vec::new();
    let mut missing = MissingList::new(set, alignment);
    let pivot = alignment.pivot;
    for (&lang, doc) in set {
        if doc.segments.iter().all(|s| s.text.trim().is_empty()) {
            out.push(finding(
                Severity::Error,
                "empty-rendering",
                lang,
                None,
                None,
                format!("the {lang} rendering {} has no content", doc.source),
                &[("source", doc.source.clone())],
            ));
            continue;
        }
        for seg in &doc.segments {
            if seg.text.trim().is_empty() {
                out.push(finding_at(
                    Severity::Error,
                    "empty-segment",
                    lang,
                    seg,
                    format!("{lang} segment {} has no text", describe(seg)),
                    &[("label", label_of(seg))],
                ));
            }
            crate::check_controls::scan(lang, seg, &mut out);
        }
        numbering(lang, doc, &mut out);
        footnote_links(lang, doc, &mut out);
    }
    drop_shared_numbering(pivot, &mut out);
    if let Some(meta) = meta {
        meta_checks(set, meta, &mut out);
    }
    if let Some(pd) = set.get(&pivot).filter(|d| !d.segments.is_empty()) {
        let mut kept = crate::check_pivot::KeptNumbers::default();
        let pivot_notes = pd.of_kind(SegmentKind::Footnote).count();
        for (&lang, doc) in set {
            if lang == pivot || doc.segments.is_empty() {
                continue;
            }
            let notes = doc.of_kind(SegmentKind::Footnote).count();
            if notes != pivot_notes {
                out.push(finding(
                    Severity::Error,
                    "footnote-count",
                    lang,
                    None,
                    None,
                    format!("{lang} has {notes} footnotes where {pivot} has {pivot_notes}"),
                    &[
                        ("count", notes.to_string()),
                        ("expected", pivot_notes.to_string()),
                        ("pivot", pivot.to_string()),
                    ],
                ));
            }
            let beads = crate::links::pair_spans(set, alignment, lang);
            compare(pivot, pd, lang, doc, &beads, &mut out, &mut missing);
            misplaced(pivot, pd, lang, doc, &beads, &mut out);
            kept.note(pd, lang, doc, &beads);
        }
        kept.findings(pivot, pd, &mut out);
    }
    crate::check_pivot::drop_gaps_shared_by_translations(pivot, &mut out);
    sort(&mut out);
    crate::finding_id::assign_ids(set, &mut out);
    out.shrink_to_fit();
    Findings::new(set, pivot, out, missing)
}

/// Language in UN order, then line, segment, row, code and message.
///
/// Positions are sorted, then the findings moved into place: a stable sort of the
/// findings themselves takes scratch room for half of them (about 12 MB for the 165,000
/// of a 6.25 MB rendering, at the report's peak), positions take a sixteenth of that.
fn sort(out: &mut [Finding]) {
    let mut order: Vec<usize> = (0..out.len()).collect();
    // Stable, as the findings' own sort was: equal keys keep their order.
    order.sort_by(|&a, &b| compare_findings(&out[a], &out[b]));
    permute(out, order);
}

/// [`sort`], for the tests of other modules.
#[cfg(test)]
pub(crate) fn sort_for_tests(out: &mut [Finding]) {
    sort(out);
}

/// Puts `items[order[i]]` at position `i` for every `i`, following each cycle of the
/// permutation with swaps (`order` holds every position once).
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != DONE {
            let from = order[at];
            order[at] = DONE;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

pub(crate) fn compare_findings(a: &Finding, b: &Finding) -> std::cmp::Ordering {
    (a.lang, a.line.unwrap_or(0), a.segment, a.row, &a.code)
        .cmp(&(b.lang, b.line.unwrap_or(0), b.segment, b.row, &b.code))
        // Written only for findings equal on everything before it.
        .then_with(|| a.message().cmp(&b.message()))
}

fn finding(
    severity: Severity,
    code: &'static str,
    lang: Lang,
    segment: Option<&Segment>,
    row: Option<usize>,
    message: String,
    args: &[(&'static str, String)],
) -> Finding {
    // The segment's label is an argument of every finding at a segment, so that each
    // interface language can name it as the English message does ("fr op.3: …").
    let own = segment
        .filter(|_| !args.iter().any(|(k, _)| *k == "segment"))
        .map(|s| ("segment", label_of(s)));
    Finding {
        id: crate::FindingId::default(),
        severity,
        code: Cow::Borrowed(code),
        lang,
        segment: segment.map(|s| s.index),
        line: segment.map(|s| s.line),
        row,
        // A boxed `str`: no spare room left by `format!`, for hundreds of thousands.
        message: message.into(),
        args: args
            .iter()
            .map(|(k, v)| (*k, v.as_str()))
            .chain(own.as_ref().map(|(k, v)| (*k, v.as_str())))
            .collect(),
    }
}

pub(crate) fn finding_at(
    severity: Severity,
    code: &'static str,
    lang: Lang,
    seg: &Segment,
    message: String,
    args: &[(&'static str, String)],
) -> Finding {
    finding(severity, code, lang, Some(seg), None, message, args)
}

fn label_of(seg: &Segment) -> String {
    seg.label
        .as_ref()
        // Counted from 1, as `read` and `align --format text` count segments.
        .map_or_else(|| format!("#{}", seg.index + 1), Label::to_string)
}

/// "paragraph op.3" or "paragraph #7" when there is no label.
pub(crate) fn describe(seg: &Segment) -> String {
    format!("{} {}", seg.kind.as_str(), label_of(seg))
}

/// A gap or a step back in a translation's numbering that the pivot has as well (same
/// family, number and missing range) is the document's, not the translation's: it is
/// reported once, on the pivot, instead of once per language. An excerpt (paragraphs 3, 4,
/// 57 and 78 of a report) would otherwise give six identical errors per skip, and none of
/// them points at something a translator could fix.
fn drop_shared_numbering(pivot: Lang, out: &mut Vec<Finding>) {
    let is_numbering = |f: &Finding| matches!(&*f.code, "numbering-gap" | "numbering-order");
    let in_pivot: Vec<(Cow<'static, str>, crate::FindingArgs)> = out
        .iter()
        .filter(|f| f.lang == pivot && is_numbering(f))
        .map(|f| (f.code.clone(), f.args.clone()))
        .collect();
    if in_pivot.is_empty() {
        return;
    }
    out.retain(|f| {
        f.lang == pivot
            || !is_numbering(f)
            || !in_pivot
                .iter()
                .any(|(code, args)| *code == f.code && *args == f.args)
    });
}

/// Labels the reader numbers by position (preambular paragraphs) have no family
/// ([`Label::numbering`]): they cannot skip.
fn numbering(lang: Lang, doc: &Document, out: &mut Vec<Finding>) {
    let mut last: BTreeMap<Family, u64> = BTreeMap::new();
    for seg in &doc.segments {
        let Some((fam, n)) = seg.label.as_ref().and_then(Label::numbering) else {
            continue;
        };
        let prev = last.get(&fam).copied().unwrap_or(0);
        let what = fam.kind.as_str();
        let kind = fam.kind;
        let display_number = |n| kind.display_number(n);
        if n > prev + 1 {
            let missing = if n == prev + 2 {
                display_number(prev + 1)
            } else {
                // A dash rather than a word: the range is an argument of the message in
                // every interface language ("manque : 1–56", not "manque : 1 to 56").
                format!("{}–{}", display_number(prev + 1), display_number(n - 1))
            };
            out.push(finding_at(
                Severity::Error,
                "numbering-gap",
                lang,
                seg,
                format!("{lang} {what} {} skips {missing}", display_number(n)),
                &[
                    ("number", display_number(n)),
                    ("missing", missing.clone()),
                    ("what", what.to_owned()),
                ],
            ));
        } else if n <= prev {
            out.push(finding_at(
                Severity::Error,
                "numbering-order",
                lang,
                seg,
                format!(
                    "{lang} {what} {} follows {}",
                    display_number(n),
                    display_number(prev)
                ),
                &[
                    ("number", display_number(n)),
                    ("previous", display_number(prev)),
                    ("what", what.to_owned()),
                ],
            ));
        }
        last.insert(fam, n);
    }
}

fn footnote_links(lang: Lang, doc: &Document, out: &mut Vec<Finding>) {
    let notes: Vec<u32> = doc
        .of_kind(SegmentKind::Footnote)
        .filter_map(|s| s.label.as_ref()?.footnote())
        .collect();
    let mut cited = Vec::new();
    for seg in &doc.segments {
        for &n in &seg.footnote_refs {
            cited.push(n);
            if !notes.contains(&n) {
                out.push(finding_at(
                    Severity::Error,
                    "footnote-missing-text",
                    lang,
                    seg,
                    format!(
                        "{lang} {} cites footnote {n}, which has no text",
                        describe(seg)
                    ),
                    &[("number", n.to_string())],
                ));
            }
        }
    }
    for seg in doc.of_kind(SegmentKind::Footnote) {
        let Some(n) = seg.label.as_ref().and_then(Label::footnote) else {
            continue;
        };
        if !cited.contains(&n) {
            out.push(finding_at(
                Severity::Warning,
                "footnote-unreferenced",
                lang,
                seg,
                format!("{lang} footnote {n} is not cited in the text"),
                &[("number", n.to_string())],
            ));
        }
    }
}

fn meta_checks(set: &BTreeMap<Lang, Document>, meta: &DocumentToml, out: &mut Vec<Finding>) {
    for &lang in meta.renderings.keys() {
        if !set.contains_key(&lang) {
            out.push(finding(
                Severity::Error,
                "missing-rendering",
                lang,
                None,
                None,
                format!("document.toml declares a {lang} rendering but there is no {lang}.md"),
                &[],
            ));
        }
    }
}

/// Every check on a loaded document set: [`check`], and each rendering's header compared
/// field by field with `document.toml` ([`header_findings`]), the comparison `sixfold
/// meta` shows. Where the headers are compared so, the numbers and symbols of header
/// segments are not compared with the pivot's as well: a wrong date in the pivot would
/// otherwise be blamed on the five renderings that are right.
#[must_use]
pub fn check_set(set: &DocumentSet, alignment: &Alignment) -> Vec<Finding> {
    check_set_with(set, alignment, header_check(set))
}

/// The checks of the renderings' mastheads against `document.toml` (none without one):
/// the only checks that read the source texts ([`DocumentSet::texts`]) rather than the
/// documents. A caller that runs them first ([`check_set_with`]) can free the texts
/// before aligning, a copy of every rendering less at the peak.
#[must_use]
pub fn header_check(set: &DocumentSet) -> Vec<Finding> {
    set.meta
        .as_ref()
        .map(|meta| header_findings(&set.texts, meta))
        .unwrap_or_default()
}

/// [`check_set`] with the header checks already run ([`header_check`], on the same set):
/// the findings are the same, and `set.texts` is not read.
#[must_use]
pub fn check_set_with(
    set: &DocumentSet,
    alignment: &Alignment,
    header: Vec<Finding>,
) -> Vec<Finding> {
    check_set_findings(set, alignment, header).into_vec(&set.docs)
}

/// [`check_set_with`], with the `missing-paragraph` findings kept compactly until they
/// are read ([`Findings::iter`] with `set.docs`): the same findings in the same order.
#[must_use]
pub fn check_set_findings(
    set: &DocumentSet,
    alignment: &Alignment,
    header: Vec<Finding>,
) -> Findings {
    let mut findings = check_findings(&set.docs, alignment, set.meta.as_ref());
    // No `missing-paragraph` is among them: sorting them and their ids stay apart.
    let out = &mut findings.full;
    let before = out.len();
    absent_renderings(set, out);
    if out.len() > before && set.meta.is_none() {
        sort(out);
        crate::finding_id::assign_ids(&set.docs, out);
    }
    if set.meta.is_some() {
        let is_header = |f: &Finding| {
            f.segment
                .and_then(|i| set.docs.get(&f.lang)?.segments.get(i))
                .is_some_and(|s| s.kind == SegmentKind::Header)
        };
        out.retain(|f| !(matches!(&*f.code, "numbers-differ" | "symbols-differ") && is_header(f)));
        out.extend(header);
        sort(out);
        crate::finding_id::assign_ids(&set.docs, out);
    }
    findings
}

/// Renderings from this many languages on, a missing one is a lost file (error); fewer
/// may be a folder that holds some languages on purpose (warning). Every one of the 318
/// UN Parallel Corpus development folders holds all six.
const MOST_LANGUAGES: usize = 4;

/// The languages a folder has no rendering in, when no `document.toml` lists the
/// renderings it should have (one that does settles it: [`meta_checks`]). Only for a
/// whole folder: files named one by one are what their caller wants compared.
fn absent_renderings(set: &DocumentSet, out: &mut Vec<Finding>) {
    let listed = set.meta.as_ref().is_some_and(|m| !m.renderings.is_empty());
    if listed || !set.whole_folder || set.docs.is_empty() {
        return;
    }
    let present = set.docs.len();
    let severity = if present >= MOST_LANGUAGES {
        Severity::Error
    } else {
        Severity::Warning
    };
    for lang in Lang::ALL {
        if set.docs.contains_key(&lang) {
            continue;
        }
        out.push(finding(
            severity,
            "absent-rendering",
            lang,
            None,
            None,
            format!(
                "the folder has no {lang} rendering ({present} of the six languages are here; a document.toml listing the renderings says which to expect)"
            ),
            &[("count", present.to_string())],
        ));
    }
}

/// Compares one language with the pivot, bead by bead.
#[allow(clippy::too_many_lines)] // One arm per bead shape reads best as a whole.
fn compare(
    pivot: Lang,
    pd: &Document,
    lang: Lang,
    doc: &Document,
    beads: &[(usize, Link)],
    out: &mut Vec<Finding>,
    missing: &mut MissingList,
) {
    let length = LengthModel::for_pair(pivot, lang);
    let moves = crate::check_moves::find(pivot, pd, lang, doc, beads);
    // For each bead, the first segment of this language in a later bead: where a missing
    // paragraph should be. `later` only moves forward, so a long run of pivot-only beads
    // does not scan forward once per bead (quadratic on a large document).
    let mut later = 0;
    let mut next_other = |k: usize| {
        later = later.max(k + 1);
        while let Some((_, b)) = beads.get(later) {
            if !b.other().is_empty() && b.other().start < doc.segments.len() {
                return Some(b.other().start);
            }
            later += 1;
        }
        None
    };
    missing.reserve(
        beads
            .iter()
            .filter(|(_, b)| b.other().is_empty())
            .map(|(_, b)| b.pivot().len())
            .sum(),
    );
    for (k, (row, bead)) in beads.iter().enumerate() {
        let row = Some(*row);
        let ps: Vec<&Segment> = bead.pivot().filter_map(|i| pd.segments.get(i)).collect();
        let os: Vec<&Segment> = bead.other().filter_map(|j| doc.segments.get(j)).collect();
        match (ps.len(), os.len()) {
            (0, 0) => {}
            (_, 0) => {
                // Point at where the paragraph should be: the next segment of this language.
                let next = next_other(k).or_else(|| doc.segments.len().checked_sub(1));
                for i in bead.pivot() {
                    let Some(p) = pd.segments.get(i) else {
                        continue;
                    };
                    if !moves.moved_pivot(p.index) {
                        missing.push(pivot, pd, i, lang, doc, next, beads[k].0, out);
                    }
                }
            }
            (0, _) => {
                for o in os.into_iter().filter(|o| !moves.moved_other(o.index)) {
                    let mut f = finding(
                        Severity::Error,
                        "extra-paragraph",
                        lang,
                        Some(o),
                        row,
                        format!("{lang} {} has no counterpart in {pivot}", describe(o)),
                        &[("label", label_of(o)), ("pivot", pivot.to_string())],
                    );
                    f.keep_message(crate::MessageForm::Extra(o.kind));
                    out.push(f);
                }
            }
            (_, _) if moves.crossed.contains(&k) => {}
            (1, 1) => {
                if let (Some(p), Some(o)) = (ps.first(), os.first()) {
                    one_to_one(pivot, p, lang, o, row, &length, out);
                }
            }
            (np, no) => {
                let labels = ps
                    .iter()
                    .map(|p| label_of(p))
                    .collect::<Vec<_>>()
                    .join(", ");
                let Some(first) = os.first() else { continue };
                let (severity, code, message) = if no == 1 {
                    (
                        Severity::Error,
                        "merged-paragraphs",
                        format!(
                            "{lang} {} merges {np} {pivot} segments ({labels})",
                            describe(first)
                        ),
                    )
                } else if np == 1 {
                    (
                        Severity::Error,
                        "split-paragraph",
                        format!("{lang} splits {pivot} {labels} into {no} segments"),
                    )
                } else {
                    (
                        Severity::Warning,
                        "regrouped-paragraphs",
                        format!("{lang} regroups {np} {pivot} segments ({labels}) into {no}"),
                    )
                };
                out.push(finding(
                    severity,
                    code,
                    lang,
                    Some(first),
                    row,
                    message,
                    &[
                        ("count", no.to_string()),
                        ("labels", labels.clone()),
                        ("pivot", pivot.to_string()),
                        ("pivot_count", np.to_string()),
                    ],
                ));
            }
        }
    }
    for m in &moves.pairs {
        let (Some(p), Some(o)) = (pd.segments.get(m.pivot), doc.segments.get(m.other)) else {
            continue;
        };
        out.push(misplaced_finding(pivot, p, lang, o, m.row));
        // What the translator moved is compared with what it translates.
        numbers_check(pivot, p, lang, o, Some(m.row), out);
    }
}

/// The code of [`missing_finding`].
pub(crate) const MISSING_PARAGRAPH: &str = "missing-paragraph";

/// The pivot's `p` has no counterpart in `lang`, where it would stand before `next`.
pub(crate) fn missing_finding(
    pivot: Lang,
    p: &Segment,
    lang: Lang,
    next: Option<&Segment>,
    row: Option<usize>,
) -> Finding {
    let mut f = finding(
        Severity::Error,
        MISSING_PARAGRAPH,
        lang,
        next,
        row,
        missing_message(pivot, p, lang),
        &[
            ("label", label_of(p)),
            ("pivot", pivot.to_string()),
            ("pivot_line", p.line.to_string()),
        ],
    );
    // Placed before the next segment, which is not what it is about.
    f.segment = None;
    f.args = f.args.iter().filter(|(k, _)| *k != "segment").collect();
    f.keep_message(crate::MessageForm::Missing(p.kind));
    f
}

/// The English message of [`missing_finding`].
pub(crate) fn missing_message(pivot: Lang, p: &Segment, lang: Lang) -> String {
    format!(
        "{pivot} {} (line {}) has no counterpart in {lang}",
        describe(p),
        p.line
    )
}

/// `o` translates the pivot's `p`, which stands in another place.
fn misplaced_finding(pivot: Lang, p: &Segment, lang: Lang, o: &Segment, row: usize) -> Finding {
    finding(
        Severity::Error,
        "misplaced-paragraph",
        lang,
        Some(o),
        Some(row),
        format!(
            "{lang} {} matches {pivot} {} (line {}), which stands elsewhere: the paragraphs are out of order",
            describe(o),
            describe(p),
            p.line
        ),
        &[
            ("label", label_of(p)),
            ("pivot", pivot.to_string()),
            ("pivot_line", p.line.to_string()),
        ],
    )
}

#[allow(clippy::too_many_lines)] // A flat list of independent checks on one pair.
fn one_to_one(
    pivot: Lang,
    p: &Segment,
    lang: Lang,
    o: &Segment,
    row: Option<usize>,
    length: &LengthModel,
    out: &mut Vec<Finding>,
) {
    let push = |out: &mut Vec<Finding>,
                severity,
                code: &'static str,
                message: String,
                args: &[(&'static str, String)]| {
        out.push(finding(severity, code, lang, Some(o), row, message, args));
    };
    // Numbering: the same structural position must carry the same number.
    // Only numbers written in the text are compared: the reader's position counters (an
    // item `pre.3.a` under the third unnumbered paragraph) shift after any drop upstream.
    if let (Some(pl), Some(ol)) = (p.written_label(), o.written_label()) {
        if pl != ol && pl.numbering().is_some() && ol.numbering().is_some() {
            push(
                out,
                Severity::Error,
                "numbering-mismatch",
                format!("{lang} has {ol} where {pivot} has {pl}"),
                &[
                    ("found", ol.to_string()),
                    ("expected", pl.to_string()),
                    ("pivot", pivot.to_string()),
                ],
            );
        }
    } else if let (Some(pl), None) = (p.written_label(), o.written_label()) {
        if pl.numbering().is_some() {
            push(
                out,
                Severity::Error,
                "numbering-mismatch",
                format!(
                    "{lang} {} has no number where {pivot} has {pl}",
                    describe(o)
                ),
                &[
                    ("found", String::new()),
                    ("expected", pl.to_string()),
                    ("pivot", pivot.to_string()),
                ],
            );
        }
    }
    // Footnote markers.
    let mut pf = p.footnote_refs.clone();
    let mut of = o.footnote_refs.clone();
    pf.sort_unstable();
    of.sort_unstable();
    if pf != of {
        let list = |v: &[u32]| v.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
        push(
            out,
            Severity::Error,
            "footnote-marker-mismatch",
            format!(
                "{lang} {} cites footnotes [{}] where {pivot} cites [{}]",
                describe(o),
                list(&of),
                list(&pf)
            ),
            &[
                ("found", list(&of)),
                ("expected", list(&pf)),
                ("pivot", pivot.to_string()),
            ],
        );
    }
    // Numbers, unless this is a heading whose number the labels already compared ("Article
    // premier" has no digit).
    if compares_numbers(p, o) {
        numbers_check(pivot, p, lang, o, row, out);
    }
    // Symbols.
    let mut ps = symbols(&p.text);
    let mut os = symbols(&o.text);
    ps.sort();
    os.sort();
    if ps != os {
        let missing: Vec<_> = ps.iter().filter(|s| !os.contains(s)).cloned().collect();
        let extra: Vec<_> = os.iter().filter(|s| !ps.contains(s)).cloned().collect();
        push(
            out,
            Severity::Error,
            "symbols-differ",
            format!(
                "{lang} {} symbols differ from {pivot}: missing [{}], extra [{}]",
                describe(o),
                missing.join(", "),
                extra.join(", ")
            ),
            &[
                ("missing", missing.join(", ")),
                ("extra", extra.join(", ")),
                ("pivot", pivot.to_string()),
            ],
        );
    }
    if o.kind != SegmentKind::Header {
        let letters = o.text.chars().filter(|c| c.is_alphabetic()).count();
        // A short text the same as the pivot's is a code, a name or boilerplate that every
        // language prints in Latin letters ("Distr.: General"): neither untranslated nor in
        // the wrong script.
        let identical = lang != pivot && o.text.trim() == p.text.trim();
        if identical && letters >= 20 {
            push(
                out,
                Severity::Error,
                "untranslated-paragraph",
                format!("{lang} {} is identical to {pivot}", describe(o)),
                &[("pivot", pivot.to_string())],
            );
        } else if let Some(share) = script_share(lang, &o.text).filter(|_| !identical) {
            if share < 0.5 {
                push(
                    out,
                    Severity::Error,
                    "wrong-script",
                    format!(
                        "{lang} {} is mostly not in {} script ({:.0}% of letters)",
                        describe(o),
                        script_name(lang),
                        share * 100.0
                    ),
                    &[
                        ("script", script_name(lang).to_owned()),
                        ("share", format!("{share:.2}")),
                    ],
                );
            }
        }
    }
    let l1 = measure(pivot, &p.text);
    let l2 = measure(lang, &o.text);
    if l1 >= LENGTH_MIN_CHARS && l2 > 0.0 {
        let z = length.deviation(l1, l2);
        if z.abs() > LENGTH_Z_LIMIT || z < -LENGTH_SHORT_Z {
            let ratio = l2 / (l1 * length.ratio);
            push(
                out,
                Severity::Warning,
                "length-ratio",
                format!(
                    "{lang} {} is {ratio:.2} times the length expected from {pivot}",
                    describe(o)
                ),
                &[
                    ("ratio", format!("{ratio:.2}")),
                    ("pivot", pivot.to_string()),
                ],
            );
        }
    }
}

/// How far ahead a misfitting paragraph looks for the one it may have swapped places with.
const SWAP_WINDOW: usize = 8;

/// Two paragraphs whose texts sit in each other's places (a translator pasted Article 9's
/// text under Article 8 and the reverse) keep their anchors, so the aligner cannot see the
/// swap: each row is only "too long" or "too short". When two such misfits each fit the
/// other's pivot paragraph, the finding is the swap, which is what the translator must fix.
fn misplaced(
    pivot: Lang,
    pd: &Document,
    lang: Lang,
    doc: &Document,
    beads: &[(usize, Link)],
    out: &mut Vec<Finding>,
) {
    let length = LengthModel::for_pair(pivot, lang);
    let body = |s: &Segment| matches!(s.kind, SegmentKind::Paragraph | SegmentKind::Item);
    // (row, pivot segment, its length, other segment, its length) of every 1-1 body row
    // whose length is far from what the pivot predicts.
    let misfits: Vec<(usize, &Segment, f64, &Segment, f64)> = beads
        .iter()
        .filter(|(_, b)| b.pivot().len() == 1 && b.other().len() == 1)
        .filter_map(|(row, b)| {
            let p = pd.segments.get(b.pivot().start).filter(|s| body(s))?;
            let o = doc.segments.get(b.other().start).filter(|s| body(s))?;
            let (l1, l2) = (measure(pivot, &p.text), measure(lang, &o.text));
            let off = l1 >= LENGTH_MIN_CHARS
                && l2 > 0.0
                && length.deviation(l1, l2).abs() > LENGTH_Z_LIMIT;
            off.then_some((*row, p, l1, o, l2))
        })
        .collect();
    let fits = |l1: f64, l2: f64| length.deviation(l1, l2).abs() <= LENGTH_Z_LIMIT;
    let mut used = vec![false; misfits.len()];
    for a in 0..misfits.len() {
        let end = misfits.len().min(a + 1 + SWAP_WINDOW);
        for b in a + 1..end {
            if used[a] || used[b] {
                continue;
            }
            let (ra, pa, la1, oa, la2) = misfits[a];
            let (rb, pb, lb1, ob, lb2) = misfits[b];
            if !(fits(la1, lb2) && fits(lb1, la2)) {
                continue;
            }
            used[a] = true;
            used[b] = true;
            // The rows compared each text with the other's pivot: their length and
            // number findings are about the swap, not about the translation.
            out.retain(|f| {
                !(f.lang == lang
                    && (f.segment == Some(oa.index) || f.segment == Some(ob.index))
                    && matches!(&*f.code, "length-ratio" | "numbers-differ"))
            });
            for (row, o, p) in [(ra, oa, pb), (rb, ob, pa)] {
                out.push(misplaced_finding(pivot, p, lang, o, row));
                numbers_check(pivot, p, lang, o, Some(row), out);
            }
        }
    }
}

/// The number a segment's written label opens its text with ("57." or "٥٧ -" for
/// `op.57`), if it has one; not a subparagraph letter, whose position is no digit.
fn written_lead_number(lang: Lang, seg: &Segment) -> Option<u64> {
    let (_, n) = seg.written_label()?.numbering()?;
    let first = seg.text.split_whitespace().next()?;
    (lang_numbers(lang, first).first() == Some(&n)).then_some(n)
}

/// The numbers of a paragraph's own number: its written label's ([`written_lead_number`]),
/// or, for a paragraph the reader gave no label, a section number it opens with ("2.26 The
/// Office…", the numbering of budget fascicles and reports that the other renderings of
/// an excerpt may have lost).
fn lead_numbers(lang: Lang, seg: &Segment) -> Vec<u64> {
    if let Some(n) = written_lead_number(lang, seg) {
        return vec![n];
    }
    if seg.written_label().is_some() {
        return Vec::new();
    }
    let Some(first) = seg.text.split_whitespace().next() else {
        return Vec::new();
    };
    let parts: Vec<&str> = first.trim_end_matches('.').split('.').collect();
    let numeric = |p: &&str| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit());
    if parts.len() < 2 || !parts.iter().all(numeric) {
        return Vec::new();
    }
    parts.iter().filter_map(|p| p.parse().ok()).collect()
}

/// Numbers a segment expresses in words that count as matching a number in digits:
/// Chinese numerals anywhere in Chinese text, numbers in words and Roman numerals
/// elsewhere ([`crate::number_words::spelled_numbers`]).
fn spelled_numbers(lang: Lang, text: &str) -> Vec<u64> {
    if lang != Lang::Zh {
        return crate::number_words::spelled_numbers(lang, text);
    }
    let mut out = chinese_ordinals(text);
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if sixfold_l10n::numerals::is_chinese_numeral_char(c) {
            run.push(c);
        } else if !run.is_empty() {
            out.extend(parse_chinese_numeral(&run));
            run.clear();
        }
    }
    out
}

/// Whether `check` compares the numbers of a pivot segment and its one-to-one counterpart:
/// not for a heading whose label the labels check already compared ("Article premier" has
/// no digit).
pub(crate) fn compares_numbers(p: &Segment, o: &Segment) -> bool {
    !(p.kind == SegmentKind::Heading && p.label == o.label && p.label.is_some())
}

/// The numbers `o` (in `lang`) lacks and adds against the pivot segment `p`, as the
/// `numbers-differ` finding lists them; `None` when the two agree. The aligner asks the
/// same question for a one-to-one bead's "numbers differ" reason, so `align` and `check`
/// give one answer.
pub(crate) fn number_difference(
    pivot: Lang,
    p: &Segment,
    lang: Lang,
    o: &Segment,
) -> Option<(Vec<u64>, Vec<u64>)> {
    number_difference_read(
        pivot,
        p,
        &lang_numbers(pivot, &p.text),
        lang,
        o,
        &lang_numbers(lang, &o.text),
    )
}

/// [`number_difference`] given the digits of each segment's text already read
/// (`p_digits` is [`lang_numbers`] of `p`'s text in `pivot`, `o_digits` of `o`'s in
/// `lang`): the aligner has read them for its features, and asks this question of one
/// pivot segment in every pair.
pub(crate) fn number_difference_read(
    pivot: Lang,
    p: &Segment,
    p_digits: &[u64],
    lang: Lang,
    o: &Segment,
    o_digits: &[u64],
) -> Option<(Vec<u64>, Vec<u64>)> {
    let leads = [lead_numbers(pivot, p), lead_numbers(lang, o)];
    let first = difference_of_numbers(
        pivot,
        &p.text,
        p_digits.to_vec(),
        lang,
        &o.text,
        o_digits.to_vec(),
        &leads,
    )?;
    // Arabic numbers an extractor wrote last group first ("000 2" for 2,000) are read in
    // logical order too, and that reading is kept where it disagrees less with the pivot.
    let arabic = |l: Lang, text: &str| {
        (l == Lang::Ar)
            .then(|| crate::visual_digits::logical_order(text))
            .flatten()
    };
    let (p_alt, o_alt) = (arabic(pivot, &p.text), arabic(lang, &o.text));
    if p_alt.is_none() && o_alt.is_none() {
        return Some(first);
    }
    let p_text = p_alt.as_deref().unwrap_or(&p.text);
    let o_text = o_alt.as_deref().unwrap_or(&o.text);
    let size = |(missing, extra): &(Vec<u64>, Vec<u64>)| missing.len() + extra.len();
    let (expected, found) = (lang_numbers(pivot, p_text), lang_numbers(lang, o_text));
    match difference_of_numbers(pivot, p_text, expected, lang, o_text, found, &leads) {
        None => None,
        Some(second) if size(&second) < size(&first) => Some(second),
        Some(_) => Some(first),
    }
}

/// [`number_difference`] of texts `p_text` (in `pivot`) and `o_text` (in `lang`) whose
/// digits are `expected` and `found` ([`lang_numbers`]), with `leads` the segments' own
/// paragraph numbers ([`lead_numbers`] of the pivot segment and of the other).
fn difference_of_numbers(
    pivot: Lang,
    p_text: &str,
    mut expected: Vec<u64>,
    lang: Lang,
    o_text: &str,
    mut found: Vec<u64>,
    leads: &[Vec<u64>; 2],
) -> Option<(Vec<u64>, Vec<u64>)> {
    // A paragraph's own number is structure, which the numbering checks compare: written
    // in one rendering only, it is a numbering mismatch (or the pivot's loss), not a
    // number of the text that differs. When the other rendering writes the same number in
    // its text instead ("Rule 51" beside "第51条", a date "17-25 February" read as a
    // paragraph "17 -"), the two agree and neither counts.
    let remove = |numbers: &mut Vec<u64>, n: u64| {
        if let Some(pos) = numbers.iter().position(|&x| x == n) {
            numbers.remove(pos);
        }
    };
    let count = |numbers: &[u64], n: u64| numbers.iter().filter(|&&x| x == n).count();
    match (leads[0].is_empty(), leads[1].is_empty()) {
        (false, false) => {
            for &n in &leads[0] {
                remove(&mut expected, n);
            }
            for &n in &leads[1] {
                remove(&mut found, n);
            }
        }
        (false, true) => {
            for &n in &leads[0] {
                remove(&mut expected, n);
                if count(&found, n) > count(&expected, n) {
                    remove(&mut found, n);
                }
            }
        }
        (true, false) => {
            for &n in &leads[1] {
                remove(&mut found, n);
                if count(&expected, n) > count(&found, n) {
                    remove(&mut expected, n);
                }
            }
        }
        (true, true) => {}
    }
    // The numbers `o` spells out are read only when a number of the pivot is not among
    // its digits: most paragraphs agree on their digits, and reading words for numbers
    // was most of what aligning clean text spent on this question.
    let mut spelled: Option<Vec<u64>> = None;
    let mut missing = Vec::new();
    for n in expected.iter().copied() {
        if let Some(pos) = found.iter().position(|&x| x == n) {
            found.remove(pos);
            continue;
        }
        let spelled = spelled.get_or_insert_with(|| spelled_numbers(lang, o_text));
        if let Some(pos) = spelled.iter().position(|&x| x == n) {
            spelled.remove(pos);
        } else {
            missing.push(n);
        }
    }
    let mut extra = found;
    if !missing.is_empty() || !extra.is_empty() {
        // A number both write, one of them more often ("$5,819,000 … in the same amount"
        // beside the amount written twice): repeating a number is style, not another
        // number. A number written in only one of them is still reported.
        let count = |v: &[u64], n: u64| v.iter().filter(|&&x| x == n).count();
        let matched: Vec<u64> = missing
            .iter()
            .copied()
            .filter(|&n| count(&expected, n) > count(&missing, n))
            .collect();
        missing.retain(|n| !matched.contains(n));
        extra.retain(|n| !expected.contains(n));
    }
    if missing.is_empty() && extra.is_empty() {
        return None;
    }
    // Digits in the translation where the pivot spells the number out ("nine countries").
    for n in spelled_numbers(pivot, p_text) {
        if let Some(pos) = extra.iter().position(|&x| x == n) {
            extra.remove(pos);
        }
    }
    let chinese = lang == Lang::Zh || pivot == Lang::Zh;
    crate::number_match::reconcile(chinese, p_text, o_text, &mut missing, &mut extra);
    (!missing.is_empty() || !extra.is_empty()).then_some((missing, extra))
}

fn numbers_check(
    pivot: Lang,
    p: &Segment,
    lang: Lang,
    o: &Segment,
    row: Option<usize>,
    out: &mut Vec<Finding>,
) {
    let Some((missing, extra)) = number_difference(pivot, p, lang, o) else {
        return;
    };
    let list = |v: &[u64]| v.iter().map(u64::to_string).collect::<Vec<_>>().join(", ");
    let severity = if matches!(o.kind, SegmentKind::Header | SegmentKind::Closing) {
        Severity::Warning
    } else {
        Severity::Error
    };
    out.push(finding(
        severity,
        "numbers-differ",
        lang,
        Some(o),
        row,
        format!(
            "{lang} {} numbers differ from {pivot}: missing [{}], extra [{}]",
            describe(o),
            list(&missing),
            list(&extra)
        ),
        &[
            ("missing", list(&missing)),
            ("extra", list(&extra)),
            ("pivot", pivot.to_string()),
        ],
    ));
}

fn script_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "Arabic",
        Lang::Zh => "Han",
        Lang::Ru => "Cyrillic",
        Lang::En | Lang::Fr | Lang::Es => "Latin",
    }
}

fn in_script(lang: Lang, c: char) -> bool {
    let u = c as u32;
    match lang {
        Lang::Ar => {
            (0x0600..=0x06FF).contains(&u)
                || (0x0750..=0x077F).contains(&u)
                || (0xFB50..=0xFDFF).contains(&u)
                || (0xFE70..=0xFEFF).contains(&u)
        }
        Lang::Zh => {
            (0x4E00..=0x9FFF).contains(&u)
                || (0x3400..=0x4DBF).contains(&u)
                || (0xF900..=0xFAFF).contains(&u)
                || (0x3000..=0x303F).contains(&u)
        }
        Lang::Ru => (0x0400..=0x052F).contains(&u),
        Lang::En | Lang::Fr | Lang::Es => {
            c.is_alphabetic() && (u < 0x0250 || (0x1E00..=0x1EFF).contains(&u))
        }
    }
}

/// Share of the letters that belong to the language's script, ignoring words that contain
/// digits or a slash (symbols such as `A/51/610`, which stay Latin in every language);
/// `None` when there are too few letters to judge.
fn script_share(lang: Lang, text: &str) -> Option<f64> {
    let mut total = 0usize;
    let mut good = 0usize;
    for word in text.split_whitespace() {
        if word.chars().any(|c| c.is_ascii_digit() || c == '/') {
            continue;
        }
        for c in word.chars().filter(|c| c.is_alphabetic()) {
            total += 1;
            if in_script(lang, c) {
                good += 1;
            }
        }
    }
    (total >= SCRIPT_MIN_LETTERS).then(|| good as f64 / total as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permuting_puts_each_item_where_the_order_says() {
        for order in [
            vec![],
            vec![0],
            vec![2, 0, 1],
            vec![1, 0, 3, 2, 4],
            vec![4, 3, 2, 1, 0],
            vec![3, 4, 0, 2, 1],
        ] {
            let mut items: Vec<usize> = (0..order.len()).map(|i| i * 10).collect();
            let expected: Vec<usize> = order.iter().map(|&i| i * 10).collect();
            permute(&mut items, order);
            assert_eq!(items, expected);
        }
    }

    #[test]
    fn chinese_numerals_count_as_spelled_numbers() {
        assert_eq!(spelled_numbers(Lang::Zh, "第五十一届会议"), [51, 51]);
    }

    #[test]
    fn script_shares() {
        assert!(
            script_share(
                Lang::Zh,
                "联合国打击犯罪和维护公共安全宣言，大会决议，成员国"
            )
            .unwrap()
                > 0.9
        );
        assert!(
            script_share(Lang::Zh, "Member States shall seek to protect the security").unwrap()
                < 0.1
        );
        assert!(script_share(Lang::Ru, "Генеральная Ассамблея (A/51/610)").unwrap() > 0.9);
        assert!(script_share(Lang::Ar, "short").is_none());
    }
}
