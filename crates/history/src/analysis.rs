//! One pass over a folder's history that aligns every version and follows every segment:
//! the common ground of `history`, `stale` and `diff`.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use git2::Oid;
use rayon::prelude::*;
use serde::Serialize;
use sixfold_core::{Lang, content_digest_of_nfc};
use sixfold_translations::align::AlignOptions;
use sixfold_translations::input::decode_named_beside;
use sixfold_translations::read::{ReadState, read_str_continuing};
use sixfold_translations::{Alignment, Document, Label, read_str};

use sixfold_review::ResolvedPin;

use crate::cache::{AlignCache, VersionRef};
use crate::track::{AlignedVersion, Link, SegmentRows, Transition, transition_with_rows};
use crate::walk::{FolderVersion, WalkOptions, folder_history_with};
use crate::{CommitInfo, DocRepo, FolderBlobs, FolderHistory, HistoryError};

/// How to read a history.
#[derive(Debug, Clone, Copy)]
pub struct AnalyseOptions<'c> {
    /// Follow the folder and its renderings through renames (`--no-follow` turns it off).
    pub follow: bool,
    /// A rendering that cannot be decoded in some commit is an error, not a warning.
    pub strict: bool,
    /// Add the work tree as the newest version when it differs from the revision.
    pub worktree: bool,
    /// Where pairwise alignments are kept.
    pub cache: &'c AlignCache,
}

impl<'c> AnalyseOptions<'c> {
    /// Follow renames, warn on undecodable versions, committed history only.
    #[must_use]
    pub fn new(cache: &'c AlignCache) -> Self {
        AnalyseOptions {
            follow: true,
            strict: false,
            worktree: false,
            cache,
        }
    }
}

/// A version of a rendering that was skipped because it could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub commit: CommitInfo,
    /// The rendering's path in that commit.
    pub path: String,
    /// Byte offset where decoding stopped (`None` for a Word package that cannot be read).
    pub offset: Option<usize>,
    /// Why the version cannot be read.
    #[serde(skip)]
    pub error: sixfold_translations::input::InputError,
}

/// A row of the newer version that holds changed or added segments of one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangedRow {
    /// Index of the row in the newer version's alignment.
    pub row: usize,
    /// The row's structural label (pivot first), if any.
    pub label: Option<Label>,
    /// `changed` when every touched segment has a predecessor, `added` when none has,
    /// `mixed` otherwise.
    pub kind: &'static str,
    /// Indices of the touched segments of that language.
    pub segments: Vec<usize>,
}

/// A segment of the older version that has no successor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RemovedSegment {
    /// Index in the older version.
    pub segment: usize,
    pub label: Option<Label>,
    /// The row it sat in, in the older version's alignment.
    pub old_row: Option<usize>,
}

/// What one commit did to one rendering, in rows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RenderingChange {
    pub rows: Vec<ChangedRow>,
    pub removed: Vec<RemovedSegment>,
}

/// Every version of the folder aligned and followed, oldest first.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub history: FolderHistory,
    pub pivot: Lang,
    /// Per version (same order as `history.versions`): what changed in each rendering whose
    /// file changed.
    pub changes: Vec<BTreeMap<Lang, RenderingChange>>,
    /// For every segment of the newest version, the index (into `history.versions`) of the
    /// version where its text last changed.
    pub last_changed: BTreeMap<Lang, Vec<usize>>,
    /// For every segment of the newest version, the text of its row's pivot segments when
    /// the segment last changed: a translation is current again when the pivot comes back
    /// to that text (a revert), whatever happened in between.
    pub pivot_then: BTreeMap<Lang, Vec<Arc<str>>>,
    /// The newest version, aligned; `None` when the folder never had renderings.
    pub head: Option<AlignedVersion>,
    /// Versions of renderings skipped because they could not be decoded.
    pub warnings: Vec<Warning>,
    /// The [`sixfold_core::content_digest`] of rendering blobs read in NFC as they came,
    /// when rows were described (`history`): the reader checked NFC already, so the digest
    /// is the SHA-256 of the text it read. Blobs not here are digested from their text.
    pub digests: HashMap<Oid, String>,
}

/// How many versions are read ahead and aligned in parallel: enough to keep every core
/// busy, few enough that memory stays flat on histories of any length.
const BATCH: usize = 64;

/// Reads every version of the folder along the first-parent line ending at `rev`, aligns
/// it with `pivot` as reference, and follows each segment from version to version.
///
/// Alignment is the expensive part: versions are read in order, their pivot–language pairs
/// that `options.cache` has not seen are aligned in parallel batches, and following the
/// segments is then a cheap sequential pass.
pub fn analyse(
    repo: &DocRepo,
    rev: &str,
    pivot: Lang,
    options: &AnalyseOptions<'_>,
) -> Result<Analysis, HistoryError> {
    analyse_with(repo, rev, pivot, options, true)
}

/// [`analyse`], describing what each version changed in rows only when `describe` is set:
/// `stale` needs the segments' state at the end, not the row lists of every version, and
/// leaves [`Analysis::changes`] empty. Without the row lists only the versions whose rows
/// something reads are aligned, and [`Analysis::pivot_then`] holds the texts `stale`
/// compares (see [`analyse_inner`]): on a dense history that is a few hundred pairs
/// instead of two per version.
pub(crate) fn analyse_with(
    repo: &DocRepo,
    rev: &str,
    pivot: Lang,
    options: &AnalyseOptions<'_>,
    describe_rows: bool,
) -> Result<Analysis, HistoryError> {
    // Without the row lists, a version is aligned only where following needs its rows.
    analyse_inner(repo, rev, pivot, options, describe_rows, !describe_rows).map(|(a, _)| a)
}

/// Where each segment's current text was made: the version (index into the versions) and
/// the segment's index in that version's rendering.
type Origins = BTreeMap<Lang, Vec<(usize, usize)>>;

/// The previous version of the pass: its index, alignment (no rows when it was not
/// aligned) and segment rows, and whether it was aligned.
struct Previous {
    k: usize,
    version: AlignedVersion,
    rows: SegmentRows,
    aligned: bool,
}

/// Versions of a batch, parsed, with rows where they were aligned.
struct Batch {
    aligned: Vec<AlignedVersion>,
    rows: Vec<SegmentRows>,
    done: Vec<bool>,
}

/// [`analyse_with`], with `lazy` (only without the row lists): a version is aligned only
/// when something reads its rows, and the row texts ([`Analysis::pivot_then`]) are filled
/// only for the translated segments of the newest version that are older than their
/// row's pivot, the ones `stale` compares; the others are left empty. Also returns how
/// many versions were aligned.
///
/// Why that is exact: following a step reads rows only for a translation whose file
/// changed, and only to find a predecessor for a segment outside its own common
/// subsequence ([`crate::track`]); whether that predecessor is found (`Changed`) or not
/// (`Added`), the segment's state is "changed here", and the row text it records is a
/// function of where it was made. Rows decide more only when such a segment has the text
/// of an old segment left without successor (a moved paragraph can then be `Same`): only
/// those steps are aligned on both sides. The text of a row is looked up at the end, for
/// the segments that need it, in the version that made them.
#[allow(clippy::too_many_lines)] // One pass: batch, align, follow, carry the state.
fn analyse_inner(
    repo: &DocRepo,
    rev: &str,
    pivot: Lang,
    options: &AnalyseOptions<'_>,
    describe_rows: bool,
    lazy: bool,
) -> Result<(Analysis, usize), HistoryError> {
    let lazy = lazy && !describe_rows;
    let mut history = folder_history_with(
        repo,
        rev,
        WalkOptions {
            follow: options.follow,
        },
    )?;
    if options.worktree {
        add_worktree(repo, &mut history)?;
    }
    let (warnings, mut texts) = skip_undecodable(repo, &mut history.versions, options.strict)?;
    let versions = &history.versions;
    // Consecutive entries are consecutive states of the folder, so a version needs aligning
    // exactly when its renderings differ from the previous entry's.
    let needs_alignment: Vec<bool> = (0..versions.len())
        .map(|k| {
            k == 0
                || versions
                    .get(k - 1)
                    .map(|v| (&v.blobs.renderings, v.blobs.review_toml))
                    != versions
                        .get(k)
                        .map(|v| (&v.blobs.renderings, v.blobs.review_toml))
        })
        .collect();
    let mut changes: Vec<BTreeMap<Lang, RenderingChange>> = vec![BTreeMap::new(); versions.len()];
    let mut state = SegmentState::default();
    let mut parsed = Parsed::new(versions, describe_rows);
    let mut prev: Option<Previous> = None;
    let order: Vec<usize> = (0..versions.len())
        .filter(|&k| needs_alignment[k])
        .collect();
    let empty = AlignedVersion {
        docs: BTreeMap::new(),
        alignment: no_rows(pivot),
    };
    let no_blobs = FolderBlobs::default();
    let no_segment_rows = SegmentRows::new();
    let mut aligned_count = 0;
    // Lazy: the parsed renderings of the versions some segment's current text comes from.
    let mut makers: HashMap<usize, BTreeMap<Lang, Arc<Document>>> = HashMap::new();
    for (c, chunk) in order.chunks(BATCH).enumerate() {
        let docs = parsed.read_batch(repo, versions, chunk, &mut texts)?;
        let is_last = (c + 1) * BATCH >= order.len();
        let mut batch = if lazy {
            Batch {
                rows: vec![SegmentRows::new(); docs.len()],
                done: vec![false; docs.len()],
                aligned: docs
                    .into_iter()
                    .map(|docs| AlignedVersion {
                        docs,
                        alignment: no_rows(pivot),
                    })
                    .collect(),
            }
        } else {
            let everything = vec![true; chunk.len()];
            aligned_count += chunk.len();
            let alignments = align_batch(
                repo,
                versions,
                chunk,
                &docs,
                &everything,
                options.cache,
                pivot,
            );
            let aligned: Vec<AlignedVersion> = docs
                .into_iter()
                .zip(alignments)
                .map(|(docs, alignment)| AlignedVersion { docs, alignment })
                .collect();
            // Every use below (following, the state carry, the row lists) reads the rows of
            // each segment: made once per version.
            Batch {
                rows: aligned
                    .par_iter()
                    .map(AlignedVersion::rows_of_segments)
                    .collect(),
                done: vec![true; aligned.len()],
                aligned,
            }
        };
        let unchanged_at = |prev_k: Option<usize>, i: usize| -> BTreeSet<Lang> {
            let old_blobs = match i.checked_sub(1) {
                Some(h) => &versions[chunk[h]].blobs,
                None => prev_k.map_or(&no_blobs, |k| &versions[k].blobs),
            };
            let new_blobs = &versions[chunk[i]].blobs;
            Lang::ALL
                .into_iter()
                .filter(|l| {
                    old_blobs.renderings.contains_key(l)
                        && old_blobs.renderings.get(l) == new_blobs.renderings.get(l)
                })
                .collect()
        };
        // Each step compares a version with the one before it: independent of the others.
        let follow = |batch: &Batch, prev: &Option<Previous>, i: usize| -> Transition {
            let (old, old_rows) = match i.checked_sub(1) {
                Some(h) => (&batch.aligned[h], &batch.rows[h]),
                None => prev
                    .as_ref()
                    .map_or((&empty, &no_segment_rows), |p| (&p.version, &p.rows)),
            };
            transition_with_rows(
                old,
                &batch.aligned[i],
                pivot,
                &unchanged_at(prev.as_ref().map(|p| p.k), i),
                old_rows,
                &batch.rows[i],
            )
        };
        let mut transitions: Vec<Transition> = (0..chunk.len())
            .into_par_iter()
            .map(|i| follow(&batch, &prev, i))
            .collect();
        if lazy {
            // Steps whose rows decide something, aligned on both sides, then followed again;
            // the newest version is always aligned (the report reads its rows).
            let mut want = vec![false; chunk.len()];
            let mut want_prev = false;
            for (i, t) in transitions.iter().enumerate() {
                let old = match i.checked_sub(1) {
                    Some(h) => &batch.aligned[h],
                    None => prev.as_ref().map_or(&empty, |p| &p.version),
                };
                if rows_decide(t, old, &batch.aligned[i], pivot) {
                    want[i] = true;
                    match i.checked_sub(1) {
                        Some(h) => want[h] = true,
                        None => want_prev = true,
                    }
                }
            }
            if is_last {
                if let Some(w) = want.last_mut() {
                    *w = true;
                }
            }
            if let Some(p) = prev.as_mut().filter(|p| want_prev && !p.aligned) {
                let docs = [p.version.docs.clone()];
                let mut a =
                    align_batch(repo, versions, &[p.k], &docs, &[true], options.cache, pivot);
                aligned_count += 1;
                p.version.alignment = a.pop().unwrap_or_else(|| no_rows(pivot));
                p.rows = p.version.rows_of_segments();
                p.aligned = true;
            }
            if want.iter().any(|w| *w) {
                let docs: Vec<BTreeMap<Lang, Arc<Document>>> =
                    batch.aligned.iter().map(|v| v.docs.clone()).collect();
                let alignments =
                    align_batch(repo, versions, chunk, &docs, &want, options.cache, pivot);
                for (i, alignment) in alignments.into_iter().enumerate() {
                    if want[i] {
                        aligned_count += 1;
                        batch.aligned[i].alignment = alignment;
                        batch.rows[i] = batch.aligned[i].rows_of_segments();
                        batch.done[i] = true;
                    }
                }
                for (i, t) in transitions.iter_mut().enumerate() {
                    let old_done = match i.checked_sub(1) {
                        Some(h) => batch.done[h],
                        None => prev.as_ref().is_none_or(|p| p.aligned),
                    };
                    if want[i] && old_done {
                        *t = follow(&batch, &prev, i);
                    }
                }
            }
        }
        let steps: Vec<(Step, BTreeMap<Lang, RenderingChange>)> = transitions
            .par_iter()
            .enumerate()
            .map(|(i, t)| {
                let (old, old_rows) = match i.checked_sub(1) {
                    Some(h) => (&batch.aligned[h], &batch.rows[h]),
                    None => prev
                        .as_ref()
                        .map_or((&empty, &no_segment_rows), |p| (&p.version, &p.rows)),
                };
                let version = &versions[chunk[i]];
                let new = &batch.aligned[i];
                let new_rows = &batch.rows[i];
                let described = if describe_rows {
                    describe(old, new, t, &version.changed, pivot, old_rows, new_rows)
                } else {
                    BTreeMap::new()
                };
                (Step::of(t, new, pivot, new_rows, !lazy), described)
            })
            .collect();
        for ((step, described), (i, &k)) in steps.into_iter().zip(chunk.iter().enumerate()) {
            state = advance(&state, step, k);
            changes[k] = described;
            if lazy {
                makers.insert(k, batch.aligned[i].docs.clone());
            }
        }
        if lazy {
            let used: HashSet<usize> = state
                .origins
                .values()
                .flat_map(|v| v.iter().map(|&(k, _)| k))
                .collect();
            makers.retain(|k, _| used.contains(k));
        }
        if let (Some(version), Some(rows), Some(done), Some(&k)) = (
            batch.aligned.into_iter().last(),
            batch.rows.into_iter().last(),
            batch.done.into_iter().last(),
            chunk.last(),
        ) {
            prev = Some(Previous {
                k,
                version,
                rows,
                aligned: done,
            });
        }
    }
    let head = prev.map(|p| p.version);
    if lazy {
        if let Some(head) = &head {
            let count = resolve_row_texts(
                repo,
                versions,
                head,
                &mut state,
                &makers,
                options.cache,
                pivot,
            );
            aligned_count += count;
        }
    }
    Ok((
        Analysis {
            history,
            pivot,
            changes,
            last_changed: state.last_changed,
            pivot_then: state.texts,
            head,
            warnings,
            digests: parsed.digests,
        },
        aligned_count,
    ))
}

/// An alignment without rows, for a version nothing reads by row.
fn no_rows(pivot: Lang) -> Alignment {
    Alignment {
        languages: Vec::new(),
        pivot,
        rows: Vec::new(),
    }
}

/// Whether a step followed without rows might have come out otherwise with them: a
/// translation segment left outside its language's common subsequence has the text of an
/// old segment left without successor, which rows could make its unchanged predecessor.
fn rows_decide(t: &Transition, old: &AlignedVersion, new: &AlignedVersion, pivot: Lang) -> bool {
    t.langs.iter().any(|(&lang, change)| {
        if lang == pivot || change.removed.is_empty() {
            return false;
        }
        let (Some(old_doc), Some(new_doc)) = (old.docs.get(&lang), new.docs.get(&lang)) else {
            return false;
        };
        let gone: HashSet<&str> = change
            .removed
            .iter()
            .filter_map(|&o| old_doc.segments.get(o).map(|s| s.text.as_str()))
            .collect();
        change.links.iter().enumerate().any(|(n, link)| {
            !matches!(link, Link::Same(_))
                && new_doc
                    .segments
                    .get(n)
                    .is_some_and(|s| gone.contains(s.text.as_str()))
        })
    })
}

/// Fills [`Analysis::pivot_then`] for the translated segments of `head` that changed
/// before the newest change of their row's pivot (what `stale` compares), aligning the
/// versions that made them; returns how many versions that aligned.
fn resolve_row_texts(
    repo: &DocRepo,
    versions: &[FolderVersion],
    head: &AlignedVersion,
    state: &mut SegmentState,
    makers: &HashMap<usize, BTreeMap<Lang, Arc<Document>>>,
    cache: &AlignCache,
    pivot: Lang,
) -> usize {
    let none = Vec::new();
    let pivot_state = state.last_changed.get(&pivot).unwrap_or(&none);
    // (language, segment of the head) → the version and segment that made its text.
    let mut wanted: Vec<(Lang, usize, usize, usize)> = Vec::new();
    for row in &head.alignment.rows {
        let Some(pivot_k) = row
            .cell(pivot)
            .iter()
            .filter_map(|&s| pivot_state.get(s).copied())
            .max()
        else {
            continue;
        };
        for (lang, cell) in &row.cells {
            if lang == pivot {
                continue;
            }
            for &s in cell {
                let at = state.last_changed.get(&lang).and_then(|v| v.get(s));
                let origin = state.origins.get(&lang).and_then(|v| v.get(s));
                if let (Some(&k), Some(&(maker, n))) = (at, origin) {
                    if k < pivot_k {
                        wanted.push((lang, s, maker, n));
                    }
                }
            }
        }
    }
    let mut ks: Vec<usize> = wanted.iter().map(|w| w.2).collect();
    ks.sort_unstable();
    ks.dedup();
    let docs: Vec<BTreeMap<Lang, Arc<Document>>> = ks
        .iter()
        .map(|k| makers.get(k).cloned().unwrap_or_default())
        .collect();
    let everything = vec![true; ks.len()];
    let made: HashMap<usize, (AlignedVersion, SegmentRows)> = ks
        .iter()
        .copied()
        .zip(docs.iter().cloned().zip(align_batch(
            repo,
            versions,
            &ks,
            &docs,
            &everything,
            cache,
            pivot,
        )))
        .map(|(k, (docs, alignment))| {
            let v = AlignedVersion { docs, alignment };
            let rows = v.rows_of_segments();
            (k, (v, rows))
        })
        .collect();
    for (lang, s, maker, n) in wanted {
        let text = made
            .get(&maker)
            .and_then(|(v, rows)| {
                let r = rows.get(&lang)?.get(n).copied().flatten()?;
                Some(pivot_text(v, r, pivot))
            })
            .unwrap_or_default();
        if let Some(slot) = state.texts.get_mut(&lang).and_then(|v| v.get_mut(s)) {
            *slot = Arc::from(text);
        }
    }
    ks.len()
}

/// Aligns the versions of a batch that are `wanted`. A version whose review file pins rows
/// is aligned with its pins, as `check` would align it at that commit; the others come
/// from the pair cache. A version not wanted gets no rows.
fn align_batch(
    repo: &DocRepo,
    versions: &[FolderVersion],
    chunk: &[usize],
    docs: &[BTreeMap<Lang, Arc<Document>>],
    wanted: &[bool],
    cache: &AlignCache,
    pivot: Lang,
) -> Vec<Alignment> {
    let refs: Vec<VersionRef<'_>> = docs
        .iter()
        .zip(chunk)
        .map(|(d, &j)| (d, &versions[j].blobs.renderings))
        .collect();
    let pins: Vec<Vec<ResolvedPin>> = docs
        .iter()
        .zip(chunk)
        .zip(wanted)
        .map(|((d, &j), &w)| {
            if w {
                pins_of(repo, &versions[j].blobs, &versions[j].commit, d)
            } else {
                Vec::new()
            }
        })
        .collect();
    let unpinned: Vec<VersionRef<'_>> = refs
        .iter()
        .zip(&pins)
        .zip(wanted)
        .filter(|((_, p), w)| **w && p.is_empty())
        .map(|((r, _), _)| *r)
        .collect();
    let mut cached = cache.align_all(&unpinned, pivot).into_iter();
    refs.iter()
        .zip(&pins)
        .zip(wanted)
        .map(|(((d, _), p), &w)| {
            if !w {
                return Alignment {
                    languages: Vec::new(),
                    pivot,
                    rows: Vec::new(),
                };
            }
            let from_cache = if p.is_empty() { cached.next() } else { None };
            // History tracks every segment in one place: the six-way units.
            from_cache
                .unwrap_or_else(|| {
                    sixfold_review::align_pinned(&owned(d), &AlignOptions { pivot }, p)
                })
                .units()
        })
        .collect()
}

/// A copy of shared documents, for the aligners that take documents by value (pinned
/// rows, and a pivot that is absent or empty): rare in a history, so cloning there is cheap
/// overall.
pub(crate) fn owned(docs: &BTreeMap<Lang, Arc<Document>>) -> BTreeMap<Lang, Document> {
    docs.iter().map(|(&l, d)| (l, Document::clone(d))).collect()
}

/// One language's versions to read, with the read to continue from.
type Chain = (Lang, Vec<(Oid, String, String)>, Option<ReadState>);

/// One language's versions read (with the digest of each text read in NFC, when wanted),
/// with the last read.
type Read = (
    Lang,
    Vec<(Oid, Arc<Document>, Option<String>)>,
    Option<ReadState>,
);

/// The parsed renderings of one run, by language and blob: each distinct blob is read and
/// parsed once (NFC and the reader are most of the cost of a version that is not aligned
/// yet), shared by every version that has it, and dropped after the last version that
/// uses it, so memory follows the batch, not the history.
struct Parsed {
    docs: HashMap<(Lang, Oid), Arc<Document>>,
    /// The last version (index into the versions) that has each rendering blob.
    last_use: HashMap<(Lang, Oid), usize>,
    /// Per language, the read of the last version parsed: the next version of that
    /// rendering continues from it ([`read_str_continuing`]).
    reads: HashMap<Lang, ReadState>,
    /// Whether to keep the digest of each blob read ([`Analysis::digests`]).
    digest: bool,
    digests: HashMap<Oid, String>,
}

impl Parsed {
    fn new(versions: &[FolderVersion], digest: bool) -> Parsed {
        let mut last_use = HashMap::new();
        for (k, v) in versions.iter().enumerate() {
            for (&lang, &id) in &v.blobs.renderings {
                last_use.insert((lang, id), k);
            }
        }
        Parsed {
            docs: HashMap::new(),
            last_use,
            reads: HashMap::new(),
            digest,
            digests: HashMap::new(),
        }
    }

    /// The documents of a batch of versions; blobs not seen yet are parsed in parallel.
    fn read_batch(
        &mut self,
        repo: &DocRepo,
        versions: &[FolderVersion],
        chunk: &[usize],
        texts: &mut HashMap<Oid, String>,
    ) -> Result<Vec<BTreeMap<Lang, Arc<Document>>>, HistoryError> {
        let mut wanted: Vec<(Lang, Oid, String, String)> = Vec::new();
        let mut seen: HashSet<(Lang, Oid)> = HashSet::new();
        for &j in chunk {
            let v = &versions[j];
            for (&lang, &id) in &v.blobs.renderings {
                if !self.docs.contains_key(&(lang, id)) && seen.insert((lang, id)) {
                    let path = v
                        .blobs
                        .paths
                        .get(&lang)
                        .cloned()
                        .unwrap_or_else(|| repo.path_of(&format!("{}.md", lang.code())));
                    wanted.push((lang, id, path, v.commit.short.clone()));
                }
            }
        }
        // libgit2's repository is not shared between threads: read in order, parse in
        // parallel.
        let texts: Vec<(Lang, Oid, String, String)> = wanted
            .into_iter()
            .map(|(lang, id, path, short)| {
                let text = match texts.remove(&id) {
                    Some(text) => text,
                    None => repo.blob_text(id, &short, &path)?,
                };
                Ok((lang, id, format!("{short}:{path}"), text))
            })
            .collect::<Result<_, HistoryError>>()?;
        // Per language, in the order of the history, each version is read from the read
        // of the one before (the same document as reading it alone, for a fraction of the
        // work when a commit changed a paragraph or two): languages in parallel, the
        // versions of one language one after the other.
        let mut by_lang: BTreeMap<Lang, Vec<(Oid, String, String)>> = BTreeMap::new();
        for (lang, id, source, text) in texts {
            by_lang.entry(lang).or_default().push((id, source, text));
        }
        let chains: Vec<Chain> = by_lang
            .into_iter()
            .map(|(lang, items)| {
                let earlier = self.reads.remove(&lang);
                (lang, items, earlier)
            })
            .collect();
        let digest = self.digest;
        let done: Vec<Read> = chains
            .into_par_iter()
            .map(|(lang, items, mut earlier)| {
                let docs = items
                    .into_iter()
                    .map(|(id, source, text)| {
                        let (doc, read) = read_str_continuing(lang, &source, text, earlier.take());
                        let digested = read
                            .nfc_text()
                            .filter(|_| digest)
                            .map(content_digest_of_nfc);
                        earlier = Some(read);
                        (id, Arc::new(doc), digested)
                    })
                    .collect();
                (lang, docs, earlier)
            })
            .collect();
        for (lang, docs, read) in done {
            for (id, doc, digested) in docs {
                if let Some(d) = digested {
                    self.digests.insert(id, d);
                }
                self.docs.insert((lang, id), doc);
            }
            if let Some(read) = read {
                self.reads.insert(lang, read);
            }
        }
        let out = chunk
            .iter()
            .map(|&j| {
                versions[j]
                    .blobs
                    .renderings
                    .iter()
                    .filter_map(|(&lang, &id)| {
                        Some((lang, Arc::clone(self.docs.get(&(lang, id))?)))
                    })
                    .collect()
            })
            .collect();
        if let Some(&done) = chunk.last() {
            let last_use = &self.last_use;
            self.docs
                .retain(|key, _| last_use.get(key).is_some_and(|&k| k > done));
        }
        Ok(out)
    }
}

/// Appends the work tree as the newest version when its renderings or `document.toml`
/// differ from the newest commit's.
fn add_worktree(repo: &DocRepo, history: &mut FolderHistory) -> Result<(), HistoryError> {
    let Some(blobs) = repo.worktree_blobs()? else {
        return Ok(());
    };
    let last = history
        .versions
        .last()
        .map(|v| v.blobs.clone())
        .unwrap_or_default();
    if last.renderings == blobs.renderings
        && last.document_toml == blobs.document_toml
        && last.review_toml == blobs.review_toml
    {
        return Ok(());
    }
    let changed = Lang::ALL
        .into_iter()
        .filter(|l| blobs.renderings.get(l) != last.renderings.get(l))
        .collect();
    history.versions.push(FolderVersion {
        commit: CommitInfo::work_tree(),
        oid: Oid::ZERO_SHA1,
        document_toml_changed: blobs.document_toml != last.document_toml,
        renamed_from: None,
        renamed: BTreeMap::new(),
        credit: BTreeMap::new(),
        blobs,
        changed,
    });
    Ok(())
}

/// Replaces every rendering that is not UTF-8 by the version before it (or by nothing, if
/// there was none), so that the history reads as if that commit had not touched it; one
/// warning per undecodable version, where it was introduced. With `strict`, the first one
/// is an error instead. Returns the decoded texts too, so that no blob is read twice.
/// Each version is decoded beside the last version of its language decoded before it
/// ([`decode_named_beside`]: only the bytes that differ are checked).
fn skip_undecodable(
    repo: &DocRepo,
    versions: &mut [FolderVersion],
    strict: bool,
) -> Result<(Vec<Warning>, HashMap<Oid, String>), HistoryError> {
    let mut warnings = Vec::new();
    let mut texts: HashMap<Oid, String> = HashMap::new();
    let mut good: HashSet<Oid> = HashSet::new();
    let mut bad: HashSet<Oid> = HashSet::new();
    let mut last_good: BTreeMap<Lang, (Oid, String)> = BTreeMap::new();
    let mut previous: BTreeMap<Lang, Oid> = BTreeMap::new();
    // Per language, the last version decoded: the next one is checked beside it.
    let mut last_decoded: BTreeMap<Lang, Oid> = BTreeMap::new();
    for version in versions.iter_mut() {
        let langs: Vec<(Lang, Oid)> = version
            .blobs
            .renderings
            .iter()
            .map(|(&l, &id)| (l, id))
            .collect();
        for (lang, id) in langs {
            let path = version
                .blobs
                .paths
                .get(&lang)
                .cloned()
                .unwrap_or_else(|| repo.path_of(&format!("{}.md", lang.code())));
            if !good.contains(&id) && !bad.contains(&id) {
                let bytes = repo.blob_bytes(id, &version.commit.short, &path)?;
                let earlier = last_decoded
                    .get(&lang)
                    .and_then(|e| texts.get(e))
                    .map(String::as_str);
                match decode_named_beside(Path::new(&path), &bytes, earlier) {
                    Ok(text) => {
                        good.insert(id);
                        texts.insert(id, text);
                        last_decoded.insert(lang, id);
                    }
                    Err(source) => {
                        let offset = source.offset();
                        let error = source.clone();
                        if strict {
                            return Err(HistoryError::NotUtf8 {
                                rev: version.commit_for(lang).short.clone(),
                                path,
                                source,
                            });
                        }
                        warnings.push(Warning {
                            commit: version.commit_for(lang).clone(),
                            path: path.clone(),
                            offset,
                            error,
                        });
                        bad.insert(id);
                    }
                }
            }
            if bad.contains(&id) {
                if let Some((old, old_path)) = last_good.get(&lang) {
                    version.blobs.renderings.insert(lang, *old);
                    version.blobs.paths.insert(lang, old_path.clone());
                } else {
                    version.blobs.renderings.remove(&lang);
                    version.blobs.paths.remove(&lang);
                }
            } else {
                last_good.insert(lang, (id, path));
            }
        }
        version
            .changed
            .retain(|l| version.blobs.renderings.get(l) != previous.get(l));
        for lang in Lang::ALL {
            if !version.blobs.renderings.contains_key(&lang) {
                last_good.remove(&lang);
            }
        }
        previous.clone_from(&version.blobs.renderings);
    }
    Ok((warnings, texts))
}

/// What one transition means for each segment of the newer version: the older segment it
/// carries on from unchanged, or, for a changed or added one, its row's pivot text now
/// (empty when the texts are looked up later, [`analyse_inner`]'s lazy way).
struct Step {
    langs: BTreeMap<Lang, Vec<Result<usize, Arc<str>>>>,
}

impl Step {
    fn of(
        t: &Transition,
        new: &AlignedVersion,
        pivot: Lang,
        rows: &SegmentRows,
        with_texts: bool,
    ) -> Step {
        // Segments of one row share its pivot text: made once per row.
        let mut row_texts: HashMap<usize, Arc<str>> = HashMap::new();
        let nothing: Arc<str> = Arc::from("");
        let mut text_of = |row: Option<usize>| -> Arc<str> {
            match row {
                Some(r) if with_texts => Arc::clone(
                    row_texts
                        .entry(r)
                        .or_insert_with(|| Arc::from(pivot_text(new, r, pivot))),
                ),
                _ => Arc::clone(&nothing),
            }
        };
        let langs = t
            .langs
            .iter()
            .map(|(&lang, change)| {
                let links = change
                    .links
                    .iter()
                    .enumerate()
                    .map(|(s, link)| match link {
                        Link::Same(o) => Ok(*o),
                        Link::Changed(_) | Link::Added => {
                            let row = rows.get(&lang).and_then(|v| v.get(s)).copied().flatten();
                            Err(text_of(row))
                        }
                    })
                    .collect();
                (lang, links)
            })
            .collect();
        Step { langs }
    }
}

/// Each segment's last-changed version, its row's pivot text at that moment, and where
/// its text was made ([`Origins`]).
#[derive(Default)]
struct SegmentState {
    last_changed: BTreeMap<Lang, Vec<usize>>,
    texts: BTreeMap<Lang, Vec<Arc<str>>>,
    origins: Origins,
}

/// Carries the segment state across one transition (version `k`).
fn advance(state: &SegmentState, step: Step, k: usize) -> SegmentState {
    let mut out = SegmentState::default();
    for (lang, links) in step.langs {
        let old = state.last_changed.get(&lang);
        let old_texts = state.texts.get(&lang);
        let old_origins = state.origins.get(&lang);
        let mut cur = Vec::with_capacity(links.len());
        let mut cur_texts = Vec::with_capacity(links.len());
        let mut cur_origins = Vec::with_capacity(links.len());
        for (n, link) in links.into_iter().enumerate() {
            let carried = match &link {
                Ok(o) => old
                    .and_then(|v| v.get(*o))
                    .copied()
                    .zip(old_texts.and_then(|v| v.get(*o)).cloned())
                    .zip(old_origins.and_then(|v| v.get(*o)).copied()),
                Err(_) => None,
            };
            let ((at, text), origin) = match (carried, link) {
                (Some(c), _) => c,
                (None, Err(text)) => ((k, text), (k, n)),
                // No row text for a segment whose predecessor has no state (not expected):
                // an origin outside the version, which looks up nothing.
                (None, Ok(_)) => ((k, Arc::from("")), (k, usize::MAX)),
            };
            cur.push(at);
            cur_texts.push(text);
            cur_origins.push(origin);
        }
        out.last_changed.insert(lang, cur);
        out.texts.insert(lang, cur_texts);
        out.origins.insert(lang, cur_origins);
    }
    out
}

/// The text of a row's pivot segments, one per line.
pub(crate) fn pivot_text(version: &AlignedVersion, row: usize, pivot: Lang) -> String {
    let (Some(r), Some(doc)) = (version.alignment.rows.get(row), version.docs.get(&pivot)) else {
        return String::new();
    };
    r.cell(pivot)
        .iter()
        .filter_map(|&s| doc.segments.get(s).map(|seg| seg.text.as_str()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The rows each changed rendering touched in this version.
fn describe(
    old: &AlignedVersion,
    new: &AlignedVersion,
    step: &Transition,
    changed_files: &BTreeSet<Lang>,
    pivot: Lang,
    old_rows: &SegmentRows,
    new_rows: &SegmentRows,
) -> BTreeMap<Lang, RenderingChange> {
    let mut out = BTreeMap::new();
    for &lang in changed_files {
        let Some(change) = step.langs.get(&lang) else {
            out.insert(lang, RenderingChange::default());
            continue;
        };
        let mut per_row: BTreeMap<usize, (Vec<usize>, bool, bool)> = BTreeMap::new();
        for (s, link) in change.links.iter().enumerate() {
            let is_added = match link {
                Link::Same(_) => continue,
                Link::Changed(_) => false,
                Link::Added => true,
            };
            let Some(Some(r)) = new_rows.get(&lang).and_then(|v| v.get(s)) else {
                continue;
            };
            let entry = per_row.entry(*r).or_default();
            entry.0.push(s);
            if is_added {
                entry.2 = true;
            } else {
                entry.1 = true;
            }
        }
        let rows = per_row
            .into_iter()
            .map(|(row, (segments, any_changed, any_added))| ChangedRow {
                row,
                label: new.row_label(row, pivot),
                kind: match (any_changed, any_added) {
                    (true, true) => "mixed",
                    (false, true) => "added",
                    _ => "changed",
                },
                segments,
            })
            .collect();
        let removed = change
            .removed
            .iter()
            .map(|&segment| RemovedSegment {
                segment,
                label: old
                    .docs
                    .get(&lang)
                    .and_then(|d| d.segments.get(segment))
                    .and_then(|s| s.label.clone()),
                old_row: old_rows
                    .get(&lang)
                    .and_then(|v| v.get(segment))
                    .copied()
                    .flatten(),
            })
            .collect();
        out.insert(lang, RenderingChange { rows, removed });
    }
    out
}

/// Reads and aligns the renderings of two versions (for `diff`), reusing the older
/// version's parsed documents for files whose blob did not change.
pub(crate) fn load_pair(
    repo: &DocRepo,
    old: (&FolderBlobs, &CommitInfo),
    new: (&FolderBlobs, &CommitInfo),
    pivot: Lang,
    cache: &AlignCache,
) -> Result<(AlignedVersion, AlignedVersion), HistoryError> {
    let old_docs = read_docs(repo, old.0, old.1, None)?;
    let new_docs = read_docs(repo, new.0, new.1, Some((old.0, &old_docs)))?;
    let old_pins = pins_of(repo, old.0, old.1, &old_docs);
    let new_pins = pins_of(repo, new.0, new.1, &new_docs);
    let mut alignments = if old_pins.is_empty() && new_pins.is_empty() {
        cache.align_all(
            &[
                (&old_docs, &old.0.renderings),
                (&new_docs, &new.0.renderings),
            ],
            pivot,
        )
    } else {
        let opts = AlignOptions { pivot };
        vec![
            sixfold_review::align_pinned(&owned(&old_docs), &opts, &old_pins),
            sixfold_review::align_pinned(&owned(&new_docs), &opts, &new_pins),
        ]
    }
    .into_iter();
    let (Some(a), Some(b)) = (alignments.next(), alignments.next()) else {
        return Err(HistoryError::Git {
            doing: "aligning two versions".to_owned(),
            source: git2::Error::from_str("the aligner returned fewer versions than given"),
        });
    };
    Ok((
        AlignedVersion {
            docs: old_docs,
            alignment: a.units(),
        },
        AlignedVersion {
            docs: new_docs,
            alignment: b.units(),
        },
    ))
}

/// The text of the version's `review.toml`, when it has a readable one.
fn review_text(repo: &DocRepo, blobs: &FolderBlobs, commit: &CommitInfo) -> Option<String> {
    let id = blobs.review_toml?;
    let path = repo.path_of(sixfold_translations::set::REVIEW_FILE);
    repo.blob_text(id, &commit.short, &path).ok()
}

/// The pins of a version's own review file, so that history, stale and diff align each
/// version with the rows the translators saw at that commit. A review file that cannot be
/// used at some past commit (invalid, or pins that cross) leaves that version without
/// pins: `check` is where such a file is reported, and one bad commit must not make the
/// whole history unreadable.
fn pins_of(
    repo: &DocRepo,
    blobs: &FolderBlobs,
    commit: &CommitInfo,
    docs: &BTreeMap<Lang, Arc<Document>>,
) -> Vec<ResolvedPin> {
    review_text(repo, blobs, commit)
        .and_then(|text| sixfold_review::ReviewFile::parse(&text, "review.toml").ok())
        .and_then(|file| sixfold_review::resolve_pins(&owned(docs), &file).ok())
        .map(|p| p.active)
        .unwrap_or_default()
}

/// Reads the renderings of one version; a file whose blob is the same as in `prev` is
/// taken from there instead of being read again (the reader is deterministic).
fn read_docs(
    repo: &DocRepo,
    blobs: &FolderBlobs,
    commit: &CommitInfo,
    prev: Option<(&FolderBlobs, &BTreeMap<Lang, Arc<Document>>)>,
) -> Result<BTreeMap<Lang, Arc<Document>>, HistoryError> {
    let mut docs = BTreeMap::new();
    for (&lang, &id) in &blobs.renderings {
        let reused = prev
            .filter(|(b, _)| b.renderings.get(&lang) == Some(&id))
            .and_then(|(_, d)| d.get(&lang).cloned());
        let doc = if let Some(doc) = reused {
            doc
        } else {
            let path = blobs
                .paths
                .get(&lang)
                .cloned()
                .unwrap_or_else(|| repo.path_of(&format!("{}.md", lang.code())));
            let text = repo.blob_text(id, &commit.short, &path)?;
            Arc::new(read_str(lang, &format!("{}:{path}", commit.short), &text))
        };
        docs.insert(lang, doc);
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use git2::{Repository, Signature, Time};

    /// A deterministic pseudo-random sequence (64-bit LCG), so a failure reproduces.
    struct Lcg(u64);

    impl Lcg {
        fn below(&mut self, n: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((self.0 >> 33) % n.max(1) as u64) as usize
        }
    }

    const LANGS: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Es, Lang::Zh];

    /// A paragraph's text, which does not depend on its position, so a moved paragraph
    /// keeps it.
    fn paragraph(lang: Lang, id: usize) -> String {
        match lang {
            Lang::Fr => format!("Décide que le paragraphe {id} reste en vigueur ;"),
            Lang::Es => format!("Decide que el párrafo {id} siga en vigor;"),
            Lang::Zh => format!("决定第{id}段继续有效；"),
            _ => format!("Decides that paragraph {id} remains in force;"),
        }
    }

    /// Per language, the paragraphs of a random history's rendering as (id, amended);
    /// `None` while the rendering is removed.
    type Paragraphs = Vec<Option<Vec<(usize, bool)>>>;

    /// One random commit's changes: usually English alone or one translation, sometimes
    /// a translation too; an edit (a second one is a revert), an inserted, removed or
    /// moved paragraph, or a translation removed and brought back.
    fn mutate(rng: &mut Lcg, docs: &mut Paragraphs, next_id: &mut usize) {
        let mut touched = vec![if rng.below(2) == 0 { 0 } else { rng.below(4) }];
        if rng.below(8) == 0 {
            touched.push(1 + rng.below(3));
        }
        for li in touched {
            let action = rng.below(12);
            match (&mut docs[li], action) {
                (None, _) => docs[li] = Some((0..6).map(|i| (i, false)).collect()),
                (Some(_), 0) if li > 0 => docs[li] = None,
                (Some(paras), 1) => {
                    let at = rng.below(paras.len() + 1);
                    paras.insert(at, (*next_id, false));
                    *next_id += 1;
                }
                (Some(paras), 2) if paras.len() > 2 => {
                    paras.remove(rng.below(paras.len()));
                }
                // A paragraph moved: its text leaves the common subsequence.
                (Some(paras), 3 | 4) if paras.len() > 1 => {
                    let p = rng.below(paras.len() - 1);
                    paras.swap(p, p + 1);
                }
                (Some(paras), _) => {
                    let p = rng.below(paras.len());
                    paras[p].1 = !paras[p].1;
                }
            }
        }
    }

    /// Writes the renderings and commits them (fixed signature and time).
    fn commit(
        git: &Repository,
        folder: &Path,
        docs: &Paragraphs,
        step: i64,
        parent: Option<Oid>,
    ) -> Oid {
        for (li, lang) in LANGS.into_iter().enumerate() {
            let path = folder.join(format!("{}.md", lang.code()));
            if let Some(paras) = &docs[li] {
                let text: Vec<String> = paras
                    .iter()
                    .map(|&(id, amended)| {
                        let p = paragraph(lang, id);
                        if amended { format!("{p} (amended)") } else { p }
                    })
                    .collect();
                std::fs::write(&path, text.join("\n\n") + "\n").unwrap();
            } else {
                let _ = std::fs::remove_file(&path);
            }
        }
        let mut index = git.index().unwrap();
        index
            .add_all(["*"], git2::IndexAddOption::DEFAULT, None)
            .unwrap();
        index.update_all(["*"], None).unwrap();
        let tree = git.find_tree(index.write_tree().unwrap()).unwrap();
        index.write().unwrap();
        let sig = Signature::new(
            "T",
            "t@example.org",
            &Time::new(1_700_000_000 + step * 60, 0),
        )
        .unwrap();
        let parents: Vec<git2::Commit<'_>> = parent
            .map(|p| git.find_commit(p).unwrap())
            .into_iter()
            .collect();
        let refs: Vec<&git2::Commit<'_>> = parents.iter().collect();
        git.commit(
            Some("HEAD"),
            &sig,
            &sig,
            &format!("step {step}"),
            &tree,
            &refs,
        )
        .unwrap()
    }

    /// Following every version aligned, and only those whose rows are read, gives the
    /// same segment states, the same head and the same stale segments on random
    /// histories ([`mutate`]), and leaves versions unaligned.
    #[test]
    fn aligning_only_the_versions_whose_rows_are_read_changes_nothing() {
        let (mut total_unaligned, mut total_stale) = (0, 0);
        for seed in [1_u64, 2, 3] {
            let mut rng = Lcg(seed);
            let tmp = tempfile::tempdir().unwrap();
            let git = Repository::init(tmp.path()).unwrap();
            let folder = tmp.path().join("A-X-1");
            std::fs::create_dir(&folder).unwrap();
            let mut docs: Paragraphs = LANGS
                .iter()
                .map(|_| Some((0..6).map(|i| (i, false)).collect()))
                .collect();
            let mut next_id = 6;
            let mut parent: Option<Oid> = None;
            for step in 0..45_i64 {
                if step > 0 {
                    mutate(&mut rng, &mut docs, &mut next_id);
                }
                parent = Some(commit(&git, &folder, &docs, step, parent));
                if step % 15 != 14 {
                    continue;
                }
                let repo = DocRepo::discover(&folder).unwrap();
                let cache = AlignCache::in_memory();
                let options = AnalyseOptions::new(&cache);
                let (all, aligned_all) =
                    analyse_inner(&repo, "HEAD", Lang::En, &options, false, false).unwrap();
                let (lazy, aligned_lazy) =
                    analyse_inner(&repo, "HEAD", Lang::En, &options, false, true).unwrap();
                let context = format!("seed {seed}, step {step}");
                assert_eq!(aligned_all, all.history.versions.len(), "{context}");
                total_unaligned += aligned_all - aligned_lazy;
                assert_eq!(lazy.last_changed, all.last_changed, "{context}");
                assert_eq!(lazy.head, all.head, "{context}");
                assert_eq!(lazy.history, all.history, "{context}");
                assert_eq!(lazy.warnings, all.warnings, "{context}");
                let stale = crate::report::stale_segments(&all, Lang::En);
                assert_eq!(
                    crate::report::stale_segments(&lazy, Lang::En),
                    stale,
                    "{context}"
                );
                total_stale += stale.len();
            }
        }
        assert!(total_unaligned > 0, "no version was left unaligned");
        // The comparison means something only if segments were stale along the way.
        assert!(total_stale > 0, "nothing was stale");
    }
}
