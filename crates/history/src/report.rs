//! The three views a translator asks of the history: which commits changed each rendering
//! (and which rows), which translations are stale, and what changed between two revisions.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use git2::Oid;
use rayon::prelude::*;
use serde::Serialize;
use sixfold_core::{Lang, content_digest};
use sixfold_translations::Label;

use crate::analysis::{
    AnalyseOptions, Analysis, RenderingChange, Warning, analyse, analyse_with, load_pair,
    pivot_text,
};
use crate::cache::AlignCache;
use crate::track::{AlignedVersion, Link, transition};
use crate::walk::{WalkOptions, location_at, moved_to};
use crate::words::{WordChange, word_changes};
use crate::{CommitInfo, DocRepo, FolderBlobs, HistoryError, Location, Revision};

/// One commit in a rendering's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryEntry {
    pub commit: CommitInfo,
    /// Content digest of the rendering as this commit left it (SHA-256 of the NFC text,
    /// as in a `DocumentVersion`), so an export can be traced to its commit; `None` when
    /// the commit removed the rendering.
    pub digest: Option<String>,
    /// The rendering's path before this commit, when this commit renamed it (or its
    /// folder) and the rename was followed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renamed_from: Option<String>,
    #[serde(flatten)]
    pub change: RenderingChange,
}

/// `sixfold history`: per language, the commits that changed its rendering, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryReport {
    pub path: String,
    pub rev: String,
    pub pivot: Lang,
    pub languages: BTreeMap<Lang, Vec<HistoryEntry>>,
    /// Set when the repository is a shallow clone: history before this commit is unknown.
    pub shallow_boundary: Option<CommitInfo>,
    pub commits_walked: usize,
    /// Versions of renderings skipped because they could not be decoded.
    pub warnings: Vec<Warning>,
}

/// Lists, per language, the commits (first-parent line ending at `rev`) that changed the
/// rendering, with the aligned rows each one touched.
pub fn history(repo: &DocRepo, rev: &str, pivot: Lang) -> Result<HistoryReport, HistoryError> {
    history_with(
        repo,
        rev,
        pivot,
        &AnalyseOptions::new(&AlignCache::in_memory()),
    )
}

/// [`history`] with options (renames, strictness, cache).
pub fn history_with(
    repo: &DocRepo,
    rev: &str,
    pivot: Lang,
    options: &AnalyseOptions<'_>,
) -> Result<HistoryReport, HistoryError> {
    // An empty history of a path that is not a document folder at `rev` would look like a
    // document nobody changed.
    repo.version_blobs(rev)?;
    let analysis = analyse(repo, rev, pivot, options)?;
    // Digests hash the NFC form of every rendering version shown, once per distinct blob
    // (a revert brings an old blob back): independent, so in parallel. The blobs the
    // analysis read in NFC have theirs already.
    let mut wanted: BTreeMap<Oid, (usize, String)> = BTreeMap::new();
    for (k, v) in analysis.history.versions.iter().enumerate() {
        for lang in &v.changed {
            if let Some(&id) = v
                .blobs
                .renderings
                .get(lang)
                .filter(|id| !analysis.digests.contains_key(id))
            {
                wanted
                    .entry(id)
                    .or_insert_with(|| (k, v.blobs.paths.get(lang).cloned().unwrap_or_default()));
            }
        }
    }
    // libgit2's repository is not shared between threads: read in order, hash in parallel.
    let texts: Vec<(Oid, String)> = wanted
        .into_iter()
        .map(|(id, (k, path))| {
            let short = &analysis.history.versions[k].commit.short;
            Ok((id, repo.blob_text(id, short, &path)?))
        })
        .collect::<Result<_, HistoryError>>()?;
    let digests: HashMap<Oid, String> = texts
        .into_par_iter()
        .map(|(id, text)| (id, content_digest(&text)))
        .collect();
    // One abbreviation per commit shown (it searches the object database).
    let mut abbreviated: HashMap<String, Option<String>> = HashMap::new();
    let mut languages: BTreeMap<Lang, Vec<HistoryEntry>> = BTreeMap::new();
    for (version, changes) in analysis
        .history
        .versions
        .iter()
        .zip(&analysis.changes)
        .rev()
    {
        let langs: BTreeSet<Lang> = version
            .changed
            .iter()
            .chain(version.renamed.keys())
            .copied()
            .collect();
        for lang in langs {
            let mut commit = version.commit_for(lang).clone();
            let short = abbreviated.entry(commit.id.clone()).or_insert_with(|| {
                Oid::from_str(&commit.id)
                    .ok()
                    .filter(|_| !commit.is_work_tree())
                    .and_then(|id| repo.abbreviate(id))
            });
            if let Some(short) = short {
                commit.short.clone_from(short);
            }
            languages.entry(lang).or_default().push(HistoryEntry {
                digest: version
                    .blobs
                    .renderings
                    .get(&lang)
                    .filter(|_| version.changed.contains(&lang))
                    .and_then(|id| digests.get(id).or_else(|| analysis.digests.get(id)))
                    .cloned(),
                renamed_from: version.renamed.get(&lang).cloned(),
                commit,
                change: changes.get(&lang).cloned().unwrap_or_default(),
            });
        }
    }
    Ok(HistoryReport {
        path: analysis.history.path,
        rev: analysis.history.rev,
        pivot,
        languages,
        shallow_boundary: analysis.history.shallow_boundary,
        commits_walked: analysis.history.commits_walked,
        warnings: analysis.warnings,
    })
}

/// A translated segment whose pivot changed after it did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaleSegment {
    pub lang: Lang,
    /// Index of the segment in its rendering at the analysed revision.
    pub segment: usize,
    pub label: Option<Label>,
    /// 1-based line in the rendering.
    pub line: usize,
    /// Row of the alignment at the analysed revision.
    pub row: usize,
    /// The pivot segment of the row that changed most recently.
    pub pivot_segment: usize,
    pub pivot_label: Option<Label>,
    /// Commit where that pivot segment last changed.
    pub pivot_commit: String,
    pub pivot_date: String,
    pub pivot_summary: String,
    /// Commit where this segment last changed.
    pub segment_commit: String,
    pub segment_date: String,
}

/// `sixfold stale`: every stale segment at a revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaleReport {
    pub path: String,
    pub rev: String,
    pub pivot: Lang,
    pub stale: Vec<StaleSegment>,
    pub shallow_boundary: Option<CommitInfo>,
    pub commits_walked: usize,
    /// Commits that changed the folder.
    pub versions: usize,
    /// Versions of renderings skipped because they could not be decoded.
    pub warnings: Vec<Warning>,
}

/// Finds every segment whose row's pivot text changed in a commit after the segment's own
/// text last changed. "After" is the order of the first-parent line, not commit dates,
/// which rebases and clock skew make unreliable.
pub fn stale(repo: &DocRepo, rev: &str, pivot: Lang) -> Result<StaleReport, HistoryError> {
    stale_with(
        repo,
        rev,
        pivot,
        &AnalyseOptions::new(&AlignCache::in_memory()),
    )
}

/// [`stale`] with options (renames, strictness, the work tree, cache). A segment is not
/// stale when its row's pivot text is the same as when the segment last changed: a change
/// that was reverted is no change.
pub fn stale_with(
    repo: &DocRepo,
    rev: &str,
    pivot: Lang,
    options: &AnalyseOptions<'_>,
) -> Result<StaleReport, HistoryError> {
    // A CI gate must not pass because there was nothing to look at: the folder has to exist
    // at `rev`, be a folder, hold renderings, and hold the pivot.
    let (_, blobs) = repo.version_blobs(rev)?;
    if !blobs.renderings.contains_key(&pivot) {
        return Err(HistoryError::PivotAbsent {
            rev: rev.to_owned(),
            path: repo.folder().to_owned(),
            lang: pivot,
        });
    }
    let analysis = analyse_with(repo, rev, pivot, options, false)?;
    let found = stale_segments(&analysis, pivot);
    Ok(StaleReport {
        // Commits only: with `--worktree` the work tree is the newest version, but it is
        // no commit.
        versions: analysis
            .history
            .versions
            .iter()
            .filter(|v| !v.commit.is_work_tree())
            .count(),
        path: analysis.history.path,
        rev: analysis.history.rev,
        pivot,
        stale: found,
        shallow_boundary: analysis.history.shallow_boundary,
        commits_walked: analysis.history.commits_walked,
        warnings: analysis.warnings,
    })
}

/// The stale segments of an analysed history, in the order of the newest version's rows.
pub(crate) fn stale_segments(analysis: &Analysis, pivot: Lang) -> Vec<StaleSegment> {
    let versions = &analysis.history.versions;
    let mut found = Vec::new();
    if let Some(head) = &analysis.head {
        let none = Vec::new();
        let pivot_state = analysis.last_changed.get(&pivot).unwrap_or(&none);
        for (r, row) in head.alignment.rows.iter().enumerate() {
            // The most recent change among the row's pivot segments (first on ties).
            let Some((pivot_segment, pivot_k)) = row
                .cell(pivot)
                .iter()
                .filter_map(|&s| pivot_state.get(s).map(|&k| (s, k)))
                .fold(None, |best: Option<(usize, usize)>, (s, k)| match best {
                    Some((_, bk)) if bk >= k => best,
                    _ => Some((s, k)),
                })
            else {
                continue;
            };
            let (Some(pivot_version), Some(pivot_doc)) =
                (versions.get(pivot_k), head.docs.get(&pivot))
            else {
                continue;
            };
            let pivot_now = pivot_text(head, r, pivot);
            for (lang, cell) in &row.cells {
                if lang == pivot {
                    continue;
                }
                let (Some(state), Some(doc)) =
                    (analysis.last_changed.get(&lang), head.docs.get(&lang))
                else {
                    continue;
                };
                for &s in cell {
                    let (Some(&k), Some(seg)) = (state.get(s), doc.segments.get(s)) else {
                        continue;
                    };
                    let Some(own) = versions.get(k) else { continue };
                    if k >= pivot_k {
                        continue;
                    }
                    let then = analysis
                        .pivot_then
                        .get(&lang)
                        .and_then(|v| v.get(s))
                        .map(|t| &**t);
                    if then == Some(pivot_now.as_str()) {
                        continue;
                    }
                    let pivot_commit = pivot_version.commit_for(pivot);
                    let own_commit = own.commit_for(lang);
                    found.push(StaleSegment {
                        lang,
                        segment: s,
                        label: seg.label.clone(),
                        line: seg.line,
                        row: r,
                        pivot_segment,
                        pivot_label: pivot_doc
                            .segments
                            .get(pivot_segment)
                            .and_then(|p| p.label.clone()),
                        pivot_commit: pivot_commit.id.clone(),
                        pivot_date: pivot_commit.date.clone(),
                        pivot_summary: pivot_commit.summary.clone(),
                        segment_commit: own_commit.id.clone(),
                        segment_date: own_commit.date.clone(),
                    });
                }
            }
        }
    }
    found
}

/// One segment-level difference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SegmentDiff {
    /// `added`, `removed` or `changed`.
    pub kind: &'static str,
    pub old_segment: Option<usize>,
    pub new_segment: Option<usize>,
    pub label: Option<Label>,
    pub old_text: Option<String>,
    pub new_text: Option<String>,
    /// For a changed segment, its text word by word: what was kept, removed and inserted
    /// ([`crate::word_changes`]); absent for added and removed segments.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<WordChange>,
}

/// One row of the aligned diff, with the differences in each language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffRow {
    /// Row in the `to` alignment; `None` for a row that exists only in `from`.
    pub row: Option<usize>,
    /// Rows of the `from` alignment it corresponds to.
    pub old_rows: Vec<usize>,
    pub label: Option<Label>,
    pub languages: BTreeMap<Lang, Vec<SegmentDiff>>,
}

/// `sixfold diff`: the rows that differ between two revisions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffReport {
    pub path: String,
    pub pivot: Lang,
    pub from: CommitInfo,
    pub to: CommitInfo,
    pub rows: Vec<DiffRow>,
}

/// Aligns the folder at both revisions, matches rows through the pivot and lists, row by
/// row and language by language, the segments added, removed or changed.
pub fn diff(repo: &DocRepo, from: &str, to: &str, pivot: Lang) -> Result<DiffReport, HistoryError> {
    diff_revisions(
        repo,
        &Revision::Commit(from.to_owned()),
        &Revision::Commit(to.to_owned()),
        pivot,
        &AlignCache::in_memory(),
    )
}

/// [`diff`] between any two states of the folder, the work tree included, following the
/// folder and its renderings through renames between them.
pub fn diff_revisions(
    repo: &DocRepo,
    from: &Revision,
    to: &Revision,
    pivot: Lang,
    cache: &AlignCache,
) -> Result<DiffReport, HistoryError> {
    diff_with(repo, from, to, pivot, &AnalyseOptions::new(cache))
}

/// Where the document is at each of two revisions. The path names the folder at the newer
/// one; when the older one is on the newer one's first-parent line, the folder and its
/// renderings are followed back to it through renames, as `history` follows them. A path
/// that exists only at the older commit is looked for at the newer one by git's rename
/// detection between the two trees. `None` means "at the path" (no rename in between, or no
/// line to follow).
fn followed_locations(
    repo: &DocRepo,
    from: &Revision,
    to: &Revision,
) -> Result<(Option<Location>, Option<Location>), HistoryError> {
    // The work tree stands on `HEAD`'s line, at the path it is read from.
    let commit_of = |rev: &Revision| repo.resolve(rev.as_commit().unwrap_or("HEAD"));
    let (a, b) = (commit_of(from)?, commit_of(to)?);
    if a.id() == b.id() {
        return Ok((None, None));
    }
    let git = repo.repository();
    let here = Location::folder(repo.folder());
    let options = WalkOptions { follow: true };
    let moved = |loc: Option<Location>| loc.filter(|l| *l != here);
    let (newer_is_to, newer, older) = if git.graph_descendant_of(b.id(), a.id()).unwrap_or(false) {
        (true, b, a)
    } else if git.graph_descendant_of(a.id(), b.id()).unwrap_or(false) {
        (false, a, b)
    } else {
        return Ok((None, None));
    };
    let newer_tree = commit_tree(&newer)?;
    let newer_rev = if newer_is_to { to } else { from };
    // The work tree has no tree to look in: whether the folder is gone is asked of the
    // work tree, and where it went of `HEAD`'s tree.
    let gone = match newer_rev {
        Revision::Commit(_) => repo
            .state_at(&newer_tree, &here)?
            .first()
            .copied()
            .flatten()
            .is_none(),
        Revision::WorkTree => repo.worktree_blobs()?.is_none(),
    };
    let (at_newer, at_older) = if gone {
        // The path is gone at the newer revision: it names the folder at the older one,
        // and the newer place is where git's rename detection finds its renderings.
        (
            moved_to(repo, &commit_tree(&older)?, &newer_tree, &here)?,
            None,
        )
    } else {
        let older_id = older.id();
        (
            None,
            moved(location_at(repo, newer, older_id, here.clone(), options)?),
        )
    };
    Ok(if newer_is_to {
        (at_older, at_newer)
    } else {
        (at_newer, at_older)
    })
}

fn commit_tree<'r>(commit: &git2::Commit<'r>) -> Result<git2::Tree<'r>, HistoryError> {
    commit.tree().map_err(HistoryError::git(format!(
        "reading the tree of {}",
        commit.id()
    )))
}

/// The version of the folder at a revision, at a followed location when there is one.
/// Whether `a` comes after `b`: the work tree after every commit, a commit after its
/// ancestors. Unrelated or unreadable revisions are not newer.
fn is_newer(repo: &DocRepo, a: &Revision, b: &Revision) -> bool {
    match (a.as_commit(), b.as_commit()) {
        (None, Some(_)) => true,
        (Some(a), Some(b)) => match (repo.resolve(a), repo.resolve(b)) {
            (Ok(a), Ok(b)) => {
                a.id() != b.id()
                    && repo
                        .repository()
                        .graph_descendant_of(a.id(), b.id())
                        .unwrap_or(false)
            }
            _ => false,
        },
        _ => false,
    }
}

fn version_at(
    repo: &DocRepo,
    rev: &Revision,
    loc: Option<&Location>,
) -> Result<(CommitInfo, FolderBlobs), HistoryError> {
    match (rev, loc) {
        (Revision::Commit(rev), Some(loc)) => repo.version_blobs_at(rev, loc),
        // The work tree is read where the folder is now; a rendering followed from
        // elsewhere is looked for in that folder.
        (Revision::WorkTree, Some(loc)) => repo.worktree_version_in(&loc.folder),
        (_, None) => repo.version_of(rev),
    }
}

/// [`diff_revisions`] with options: `follow` off (`--no-follow`) reads the path as it is
/// at both revisions; `cache` keeps the alignments.
#[allow(clippy::too_many_lines)] // One pass over the languages, easier read whole.
pub fn diff_with(
    repo: &DocRepo,
    from: &Revision,
    to: &Revision,
    pivot: Lang,
    options: &AnalyseOptions<'_>,
) -> Result<DiffReport, HistoryError> {
    let (from_loc, to_loc) = if options.follow {
        followed_locations(repo, from, to)?
    } else {
        (None, None)
    };
    let ((from_info, from_blobs), (to_info, to_blobs)) = match (
        version_at(repo, from, from_loc.as_ref()),
        version_at(repo, to, to_loc.as_ref()),
    ) {
        (Ok(a), Ok(b)) => (a, b),
        // The path names the folder at the newer revision: when it is at neither, the
        // error names that one, not whichever was read first.
        (Err(from_err), Err(to_err)) => {
            return Err(if is_newer(repo, from, to) {
                from_err
            } else {
                to_err
            });
        }
        (Err(err), _) | (_, Err(err)) => return Err(err),
    };
    let (old, new) = load_pair(
        repo,
        (&from_blobs, &from_info),
        (&to_blobs, &to_info),
        pivot,
        options.cache,
    )?;
    let unchanged: BTreeSet<Lang> = from_blobs
        .renderings
        .iter()
        .filter(|(l, id)| to_blobs.renderings.get(l) == Some(id))
        .map(|(&l, _)| l)
        .collect();
    let step = transition(&old, &new, pivot, &unchanged);
    let old_rows = old.rows_of_segments();
    let new_rows = new.rows_of_segments();

    // Keyed as `removed_key` explains, so that rows come out in document order.
    let mut entries: BTreeMap<(usize, u8, usize), DiffRow> = BTreeMap::new();
    let text = |v: &AlignedVersion, lang: Lang, s: usize| {
        v.docs
            .get(&lang)
            .and_then(|d| d.segments.get(s))
            .map(|seg| (seg.label.clone(), seg.text.clone()))
    };
    for (&lang, change) in &step.langs {
        for (s, link) in change.links.iter().enumerate() {
            let Some(Some(r)) = new_rows.get(&lang).and_then(|v| v.get(s)) else {
                continue;
            };
            let (label, new_text) = text(&new, lang, s).unzip();
            let item = match *link {
                Link::Same(_) => continue,
                Link::Changed(o) => {
                    let old_text = text(&old, lang, o).map(|(_, t)| t);
                    let words = match (&old_text, &new_text) {
                        (Some(a), Some(b)) => word_changes(a, b),
                        _ => Vec::new(),
                    };
                    SegmentDiff {
                        kind: "changed",
                        old_segment: Some(o),
                        new_segment: Some(s),
                        label: label.flatten(),
                        old_text,
                        new_text,
                        words,
                    }
                }
                Link::Added => SegmentDiff {
                    kind: "added",
                    old_segment: None,
                    new_segment: Some(s),
                    label: label.flatten(),
                    old_text: None,
                    new_text,
                    words: Vec::new(),
                },
            };
            entries
                .entry((*r, 1, *r))
                .or_insert_with(|| new_diff_row(&new, &step.row_pred, *r, pivot))
                .languages
                .entry(lang)
                .or_default()
                .push(item);
        }
        for &o in &change.removed {
            let old_row = old_rows
                .get(&lang)
                .and_then(|v| v.get(o))
                .copied()
                .flatten();
            let (label, old_text) = text(&old, lang, o).unzip();
            let item = SegmentDiff {
                kind: "removed",
                old_segment: Some(o),
                new_segment: None,
                label: label.flatten(),
                old_text,
                new_text: None,
                words: Vec::new(),
            };
            let key = removed_key(&step.row_pred, old_row);
            let row = entries.entry(key).or_insert_with(|| {
                if key.1 == 1 {
                    new_diff_row(&new, &step.row_pred, key.0, pivot)
                } else {
                    DiffRow {
                        row: None,
                        old_rows: old_row.into_iter().collect(),
                        label: old_row.and_then(|or| old.row_label(or, pivot)),
                        languages: BTreeMap::new(),
                    }
                }
            });
            row.languages.entry(lang).or_default().push(item);
        }
    }
    for row in entries.values_mut() {
        for items in row.languages.values_mut() {
            items.sort_by_key(|d| (d.new_segment.or(d.old_segment), d.kind));
        }
    }
    Ok(DiffReport {
        path: repo.folder().to_owned(),
        pivot,
        from: from_info,
        to: to_info,
        rows: entries.into_values().collect(),
    })
}

/// Where a removed segment is listed: under the new row that descends from its old row,
/// else in an old-only row placed before the first new row that descends from a later old
/// row. Keys sort as (position among new rows, 0 = old-only row / 1 = new row, tiebreak).
fn removed_key(row_pred: &[Vec<usize>], old_row: Option<usize>) -> (usize, u8, usize) {
    let Some(or) = old_row else {
        return (row_pred.len(), 0, usize::MAX);
    };
    if let Some(r) = row_pred.iter().position(|p| p.contains(&or)) {
        return (r, 1, r);
    }
    let pos = row_pred
        .iter()
        .position(|p| p.iter().any(|&x| x > or))
        .unwrap_or(row_pred.len());
    (pos, 0, or)
}

fn new_diff_row(new: &AlignedVersion, row_pred: &[Vec<usize>], r: usize, pivot: Lang) -> DiffRow {
    DiffRow {
        row: Some(r),
        old_rows: row_pred.get(r).cloned().unwrap_or_default(),
        label: new.row_label(r, pivot),
        languages: BTreeMap::new(),
    }
}
