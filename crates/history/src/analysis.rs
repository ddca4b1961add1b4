//! One pass over a folder's history that aligns every version and follows every segment:
//! the common ground of `history`, `stale` and `diff`.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use rayon::prelude::*;

use serde::Serialize;
use sixfold_core::Lang;
use sixfold_translations::align::AlignOptions;
use sixfold_translations::{Alignment, Document, Label, read_str};

use crate::track::{AlignedVersion, Link, Transition, transition};
use crate::{CommitInfo, DocRepo, FolderBlobs, FolderHistory, HistoryError, folder_history};

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
    /// The newest version, aligned; `None` when the folder never had renderings.
    pub head: Option<AlignedVersion>,
}

/// How many versions are read ahead and aligned in parallel: enough to keep every core
/// busy, few enough that memory stays flat on histories of any length.
const BATCH: usize = 64;

/// Reads every version of the folder along the first-parent line ending at `rev`, aligns
/// it with `pivot` as reference, and follows each segment from version to version.
///
/// Alignment is the expensive part and each version's alignment is independent of the
/// others, so versions are read in order and aligned in parallel batches; following the
/// segments is then a cheap sequential pass.
pub fn analyse(repo: &DocRepo, rev: &str, pivot: Lang) -> Result<Analysis, HistoryError> {
    let history = folder_history(repo, rev)?;
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
    let mut changes = Vec::with_capacity(versions.len());
    let mut last_changed: BTreeMap<Lang, Vec<usize>> = BTreeMap::new();
    let mut prev: Option<(FolderBlobs, AlignedVersion)> = None;
    let mut ready: VecDeque<AlignedVersion> = VecDeque::new();
    for (k, version) in versions.iter().enumerate() {
        if !needs_alignment[k] {
            // Only document.toml changed: the segments and rows stay as they were.
            changes.push(BTreeMap::new());
            continue;
        }
        if ready.is_empty() {
            let mut batch: Vec<(usize, BTreeMap<Lang, Document>, Option<String>)> =
                Vec::with_capacity(BATCH);
            for j in (k..versions.len())
                .filter(|&j| needs_alignment[j])
                .take(BATCH)
            {
                let docs = {
                    let before = match batch.last() {
                        Some((i, docs, _)) => versions.get(*i).map(|v| (&v.blobs, docs)),
                        None => prev.as_ref().map(|(b, v)| (b, &v.docs)),
                    };
                    let v = &versions[j];
                    read_docs(repo, &v.blobs, &v.commit, before)?
                };
                let review = review_text(repo, &versions[j].blobs, &versions[j].commit);
                batch.push((j, docs, review));
            }
            ready = batch
                .into_par_iter()
                .map(|(_, docs, review)| AlignedVersion {
                    alignment: align_with_review(&docs, pivot, review.as_deref()),
                    docs,
                })
                .collect::<Vec<_>>()
                .into();
        }
        let Some(aligned) = ready.pop_front() else {
            break;
        };
        let empty = AlignedVersion {
            docs: BTreeMap::new(),
            alignment: Alignment {
                languages: Vec::new(),
                pivot,
                rows: Vec::new(),
            },
        };
        let (old_blobs, old) = match &prev {
            Some((b, v)) => (b, v),
            None => (&FolderBlobs::default(), &empty),
        };
        let unchanged: BTreeSet<Lang> = Lang::ALL
            .into_iter()
            .filter(|l| {
                old_blobs.renderings.contains_key(l)
                    && old_blobs.renderings.get(l) == version.blobs.renderings.get(l)
            })
            .collect();
        let step = transition(old, &aligned, pivot, &unchanged);
        last_changed = advance(&last_changed, &step, k);
        changes.push(describe(old, &aligned, &step, &version.changed, pivot));
        prev = Some((version.blobs.clone(), aligned));
    }
    Ok(Analysis {
        history,
        pivot,
        changes,
        last_changed,
        head: prev.map(|(_, v)| v),
    })
}

/// Carries each segment's last-changed version across one transition.
fn advance(
    state: &BTreeMap<Lang, Vec<usize>>,
    step: &Transition,
    k: usize,
) -> BTreeMap<Lang, Vec<usize>> {
    step.langs
        .iter()
        .map(|(&lang, change)| {
            let old = state.get(&lang);
            let cur = change
                .links
                .iter()
                .map(|link| match link {
                    Link::Same(o) => old.and_then(|v| v.get(*o)).copied().unwrap_or(k),
                    Link::Changed(_) | Link::Added => k,
                })
                .collect();
            (lang, cur)
        })
        .collect()
}

/// The rows each changed rendering touched in this version.
fn describe(
    old: &AlignedVersion,
    new: &AlignedVersion,
    step: &Transition,
    changed_files: &BTreeSet<Lang>,
    pivot: Lang,
) -> BTreeMap<Lang, RenderingChange> {
    let new_rows = new.rows_of_segments();
    let old_rows = old.rows_of_segments();
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

/// Reads and aligns the renderings of one version, reusing the previous version's parsed
/// documents for files whose blob did not change.
pub(crate) fn load_version(
    repo: &DocRepo,
    blobs: &FolderBlobs,
    commit: &CommitInfo,
    prev: Option<(&FolderBlobs, &AlignedVersion)>,
    pivot: Lang,
) -> Result<AlignedVersion, HistoryError> {
    let docs = read_docs(repo, blobs, commit, prev.map(|(b, v)| (b, &v.docs)))?;
    let review = review_text(repo, blobs, commit);
    let alignment = align_with_review(&docs, pivot, review.as_deref());
    Ok(AlignedVersion { docs, alignment })
}

/// The text of the version's `review.toml`, when it has a readable one.
fn review_text(repo: &DocRepo, blobs: &FolderBlobs, commit: &CommitInfo) -> Option<String> {
    let id = blobs.review_toml?;
    let path = repo.path_of(sixfold_translations::set::REVIEW_FILE);
    repo.blob_text(id, &commit.short, &path).ok()
}

/// Aligns one version with the pins of its own review file, so that history, stale and
/// diff see the rows the translators saw at that commit. A review file that cannot be
/// used at some past commit (invalid, or pins that cross) leaves that version aligned
/// without pins: `check` is where such a file is reported, and one bad commit must not
/// make the whole history unreadable.
fn align_with_review(
    docs: &BTreeMap<Lang, Document>,
    pivot: Lang,
    review: Option<&str>,
) -> sixfold_translations::Alignment {
    let opts = AlignOptions { pivot };
    let pins = review
        .and_then(|text| sixfold_review::ReviewFile::parse(text, "review.toml").ok())
        .and_then(|file| sixfold_review::resolve_pins(docs, &file).ok())
        .map(|p| p.active)
        .unwrap_or_default();
    // History tracks every segment in one place: the six-way units.
    sixfold_review::align_pinned(docs, &opts, &pins).units()
}

/// Reads the renderings of one version; a file whose blob is the same as in `prev` is
/// taken from there instead of being read again (the reader is deterministic).
fn read_docs(
    repo: &DocRepo,
    blobs: &FolderBlobs,
    commit: &CommitInfo,
    prev: Option<(&FolderBlobs, &BTreeMap<Lang, Document>)>,
) -> Result<BTreeMap<Lang, Document>, HistoryError> {
    let mut docs = BTreeMap::new();
    for (&lang, &id) in &blobs.renderings {
        let reused = prev
            .filter(|(b, _)| b.renderings.get(&lang) == Some(&id))
            .and_then(|(_, d)| d.get(&lang).cloned());
        let doc = if let Some(doc) = reused {
            doc
        } else {
            let path = repo.path_of(&blobs.name_of(lang));
            let text = repo.blob_text(id, &commit.short, &path)?;
            read_str(lang, &format!("{}:{path}", commit.short), &text)
        };
        docs.insert(lang, doc);
    }
    Ok(docs)
}
