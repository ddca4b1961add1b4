//! One pass over a folder's history that aligns every version and follows every segment:
//! the common ground of `history`, `stale` and `diff`.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use git2::Oid;
use rayon::prelude::*;
use serde::Serialize;
use sixfold_core::Lang;
use sixfold_translations::align::AlignOptions;
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
/// leaves [`Analysis::changes`] empty.
#[allow(clippy::too_many_lines)] // One pass: batch, align, follow, carry the state.
pub(crate) fn analyse_with(
    repo: &DocRepo,
    rev: &str,
    pivot: Lang,
    options: &AnalyseOptions<'_>,
    describe_rows: bool,
) -> Result<Analysis, HistoryError> {
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
    let mut last_changed: BTreeMap<Lang, Vec<usize>> = BTreeMap::new();
    let mut pivot_then: BTreeMap<Lang, Vec<Arc<str>>> = BTreeMap::new();
    let mut parsed = Parsed::new(versions);
    let mut prev: Option<(FolderBlobs, AlignedVersion, SegmentRows)> = None;
    let order: Vec<usize> = (0..versions.len())
        .filter(|&k| needs_alignment[k])
        .collect();
    let empty = AlignedVersion {
        docs: BTreeMap::new(),
        alignment: Alignment {
            languages: Vec::new(),
            pivot,
            rows: Vec::new(),
        },
    };
    let no_blobs = FolderBlobs::default();
    let no_rows = SegmentRows::new();
    for chunk in order.chunks(BATCH) {
        let docs = parsed.read_batch(repo, versions, chunk, &mut texts)?;
        let alignments = align_batch(repo, versions, chunk, &docs, options.cache, pivot);
        let aligned: Vec<AlignedVersion> = docs
            .into_iter()
            .zip(alignments)
            .map(|(docs, alignment)| AlignedVersion { docs, alignment })
            .collect();
        // Every use below (following, the state carry, the row lists) reads the rows of
        // each segment: made once per version.
        let rows: Vec<SegmentRows> = aligned
            .par_iter()
            .map(AlignedVersion::rows_of_segments)
            .collect();
        // Each step compares a version with the one before it: independent of the others.
        let steps: Vec<(Step, BTreeMap<Lang, RenderingChange>)> = (0..chunk.len())
            .into_par_iter()
            .map(|i| {
                let (old_blobs, old, old_rows) = match i.checked_sub(1) {
                    Some(h) => (&versions[chunk[h]].blobs, &aligned[h], &rows[h]),
                    None => prev
                        .as_ref()
                        .map_or((&no_blobs, &empty, &no_rows), |(b, v, r)| (b, v, r)),
                };
                let version = &versions[chunk[i]];
                let new = &aligned[i];
                let new_rows = &rows[i];
                let unchanged: BTreeSet<Lang> = Lang::ALL
                    .into_iter()
                    .filter(|l| {
                        old_blobs.renderings.contains_key(l)
                            && old_blobs.renderings.get(l) == version.blobs.renderings.get(l)
                    })
                    .collect();
                let t = transition_with_rows(old, new, pivot, &unchanged, old_rows, new_rows);
                let described = if describe_rows {
                    describe(old, new, &t, &version.changed, pivot, old_rows, new_rows)
                } else {
                    BTreeMap::new()
                };
                (Step::of(&t, new, pivot, new_rows), described)
            })
            .collect();
        for ((step, described), &k) in steps.into_iter().zip(chunk) {
            (last_changed, pivot_then) = advance(&last_changed, &pivot_then, step, k);
            changes[k] = described;
        }
        if let (Some(last), Some(last_rows), Some(&k)) = (
            aligned.into_iter().last(),
            rows.into_iter().last(),
            chunk.last(),
        ) {
            prev = Some((versions[k].blobs.clone(), last, last_rows));
        }
    }
    Ok(Analysis {
        history,
        pivot,
        changes,
        last_changed,
        pivot_then,
        head: prev.map(|(_, v, _)| v),
        warnings,
    })
}

/// Aligns a batch of versions. A version whose review file pins rows is aligned with its
/// pins, as `check` would align it at that commit; the others come from the pair cache.
fn align_batch(
    repo: &DocRepo,
    versions: &[FolderVersion],
    chunk: &[usize],
    docs: &[BTreeMap<Lang, Arc<Document>>],
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
        .map(|(d, &j)| pins_of(repo, &versions[j].blobs, &versions[j].commit, d))
        .collect();
    let unpinned: Vec<VersionRef<'_>> = refs
        .iter()
        .zip(&pins)
        .filter(|(_, p)| p.is_empty())
        .map(|(r, _)| *r)
        .collect();
    let mut cached = cache.align_all(&unpinned, pivot).into_iter();
    refs.iter()
        .zip(&pins)
        .map(|((d, _), p)| {
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

/// The parsed renderings of one run, by language and blob: each distinct blob is read and
/// parsed once (NFC and the reader are most of the cost of a version that is not aligned
/// yet), shared by every version that has it, and dropped after the last version that
/// uses it, so memory follows the batch, not the history.
struct Parsed {
    docs: HashMap<(Lang, Oid), Arc<Document>>,
    /// The last version (index into the versions) that has each rendering blob.
    last_use: HashMap<(Lang, Oid), usize>,
}

impl Parsed {
    fn new(versions: &[FolderVersion]) -> Parsed {
        let mut last_use = HashMap::new();
        for (k, v) in versions.iter().enumerate() {
            for (&lang, &id) in &v.blobs.renderings {
                last_use.insert((lang, id), k);
            }
        }
        Parsed {
            docs: HashMap::new(),
            last_use,
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
        let fresh: Vec<((Lang, Oid), Arc<Document>)> = texts
            .into_par_iter()
            .map(|(lang, id, source, text)| ((lang, id), Arc::new(read_str(lang, &source, &text))))
            .collect();
        self.docs.extend(fresh);
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
                match sixfold_translations::input::decode_named(Path::new(&path), &bytes) {
                    Ok(text) => {
                        good.insert(id);
                        texts.insert(id, text);
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

/// Carries each segment's last-changed version across one transition.
/// What one transition means for each segment of the newer version: the older segment it
/// carries on from unchanged, or, for a changed or added one, its row's pivot text now.
struct Step {
    langs: BTreeMap<Lang, Vec<Result<usize, Arc<str>>>>,
}

impl Step {
    fn of(t: &Transition, new: &AlignedVersion, pivot: Lang, rows: &SegmentRows) -> Step {
        // Segments of one row share its pivot text: made once per row.
        let mut row_texts: HashMap<usize, Arc<str>> = HashMap::new();
        let mut text_of = |row: Option<usize>| -> Arc<str> {
            match row {
                Some(r) => Arc::clone(
                    row_texts
                        .entry(r)
                        .or_insert_with(|| Arc::from(pivot_text(new, r, pivot))),
                ),
                None => Arc::from(""),
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

/// Each segment's last-changed version and its row's pivot text at that moment.
type SegmentState = (BTreeMap<Lang, Vec<usize>>, BTreeMap<Lang, Vec<Arc<str>>>);

/// Carries the segment state across one transition (version `k`).
fn advance(
    state: &BTreeMap<Lang, Vec<usize>>,
    texts: &BTreeMap<Lang, Vec<Arc<str>>>,
    step: Step,
    k: usize,
) -> SegmentState {
    let mut out_state = BTreeMap::new();
    let mut out_texts = BTreeMap::new();
    for (lang, links) in step.langs {
        let old = state.get(&lang);
        let old_texts = texts.get(&lang);
        let mut cur = Vec::with_capacity(links.len());
        let mut cur_texts = Vec::with_capacity(links.len());
        for link in links {
            let carried = match &link {
                Ok(o) => old
                    .and_then(|v| v.get(*o))
                    .copied()
                    .zip(old_texts.and_then(|v| v.get(*o)).cloned()),
                Err(_) => None,
            };
            let (at, text) = match (carried, link) {
                (Some(c), _) => c,
                (None, Err(text)) => (k, text),
                (None, Ok(_)) => (k, Arc::from("")),
            };
            cur.push(at);
            cur_texts.push(text);
        }
        out_state.insert(lang, cur);
        out_texts.insert(lang, cur_texts);
    }
    (out_state, out_texts)
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
