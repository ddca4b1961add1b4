//! The commits that changed a document folder, oldest first.
//!
//! The walk follows first parents only (`git log --first-parent`): on a merge, the branch
//! that was merged into counts as the document's own line of history and the merge commit
//! carries the merged changes, in that order. That keeps "after" well defined for `stale`
//! (a total order). Who made a merged change is still known: the side branch is searched
//! for the commit that produced the blob the merge took, and the change is credited to it.
//!
//! Whether a commit changed the folder is a tree diff restricted to the folder: git trees are
//! content-addressed, so an unchanged root tree, then an unchanged folder tree id, answer it
//! without listing anything, and comparing the ids of `{lang}.md` entries says which
//! renderings changed. A commit that does not touch the folder costs reading it and its
//! root tree and looking the folder's entry up (its parent's lookup is the one made for the
//! commit before); the folder's own tree is never loaded for that.
//!
//! Renames are followed as `git log --follow` does, with git's rename detection, but only
//! where a rendering appears (the folder or a file is new in a commit): when the folder is
//! new and its renderings came from one other folder, the walk continues there; a rendering
//! that came from another path is followed on its own.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use git2::{Delta, DiffFindOptions, Oid, Sort, Tree};
use sixfold_core::Lang;

use crate::repo::lang_of_file;
use crate::{CommitInfo, DocRepo, FolderBlobs, HistoryError, Location};

/// One commit that changed the folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderVersion {
    pub commit: CommitInfo,
    /// The commit's id as an object id, to read blobs with.
    pub oid: Oid,
    pub blobs: FolderBlobs,
    /// Renderings whose blob differs from the first parent's (added and removed included).
    pub changed: BTreeSet<Lang>,
    /// Whether `document.toml` changed.
    pub document_toml_changed: bool,
    /// The folder's path before this commit, when this commit renamed it (followed).
    pub renamed_from: Option<String>,
    /// Renderings whose path this commit changed: language → path before.
    pub renamed: BTreeMap<Lang, String>,
    /// For a merge: the side-branch commit that made the change each rendering got from
    /// the merge, where one did (the merge itself is credited otherwise).
    pub credit: BTreeMap<Lang, CommitInfo>,
}

impl FolderVersion {
    /// The commit a change to `lang` in this version is credited to.
    #[must_use]
    pub fn commit_for(&self, lang: Lang) -> &CommitInfo {
        self.credit.get(&lang).unwrap_or(&self.commit)
    }
}

/// How to walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WalkOptions {
    /// Follow the folder and each rendering through renames (`git log --follow`).
    pub follow: bool,
}

impl Default for WalkOptions {
    fn default() -> Self {
        WalkOptions { follow: true }
    }
}

/// The folder's history along the first-parent line ending at a revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderHistory {
    /// The folder relative to the work tree.
    pub path: String,
    /// The revision the walk started from, as the user wrote it.
    pub rev: String,
    /// Commits that changed the folder, oldest first.
    pub versions: Vec<FolderVersion>,
    /// In a shallow clone, the commit where the available history stops; changes before it
    /// are unknown and everything present in it looks added there.
    pub shallow_boundary: Option<CommitInfo>,
    /// Number of commits walked (changed or not), for reporting and benchmarks.
    pub commits_walked: usize,
}

/// Walks first parents from `rev` back to the root (or the shallow boundary) and keeps the
/// commits whose folder differs from their first parent's, following renames.
pub fn folder_history(repo: &DocRepo, rev: &str) -> Result<FolderHistory, HistoryError> {
    folder_history_with(repo, rev, WalkOptions::default())
}

/// [`folder_history`] with options.
pub fn folder_history_with(
    repo: &DocRepo,
    rev: &str,
    options: WalkOptions,
) -> Result<FolderHistory, HistoryError> {
    let start = repo.resolve(rev)?;
    let walked = walk(repo, start, Location::folder(repo.folder()), options, None)?;
    Ok(FolderHistory {
        path: repo.folder().to_owned(),
        rev: rev.to_owned(),
        versions: walked.versions,
        shallow_boundary: walked.shallow_boundary,
        commits_walked: walked.commits_walked,
    })
}

/// Where the document that is at `loc` in commit `newer` was in commit `older`: its
/// first-parent line is walked back from `newer`, following renames as `history` does
/// (only the walk, no version is read). `None` when `older` is not on that line.
pub(crate) fn location_at(
    repo: &DocRepo,
    newer: git2::Commit<'_>,
    older: Oid,
    loc: Location,
    options: WalkOptions,
) -> Result<Option<Location>, HistoryError> {
    Ok(walk(repo, newer, loc, options, Some(older))?.stopped_at)
}

/// What one walk found.
struct Found {
    /// Oldest first; empty when the walk stopped at the commit it was asked to.
    versions: Vec<FolderVersion>,
    shallow_boundary: Option<CommitInfo>,
    commits_walked: usize,
    /// The document's location in the commit the walk was asked to stop at, if it got
    /// there.
    stopped_at: Option<Location>,
}

/// Walks first parents from `start`, where the document is at `loc`, to the root, the
/// shallow boundary, or the commit `stop`.
fn walk(
    repo: &DocRepo,
    start: git2::Commit<'_>,
    loc: Location,
    options: WalkOptions,
    stop: Option<Oid>,
) -> Result<Found, HistoryError> {
    let mut newest_first = Vec::new();
    let mut shallow_boundary = None;
    let mut commits_walked = 0;
    let mut loc = loc;
    // The document's state in the commit the previous iteration looked at as a parent; on
    // a first-parent walk it is the next commit, so each tree is looked up once.
    let mut cached: Option<(Oid, Vec<Option<Oid>>)> = None;
    // The commit to look at next (and its root tree, once read): the first parent of the
    // one before. A first-parent line is followed by hand; a revision walk would parse
    // every commit once more to sort them, and the loop reads each commit and tree once.
    let mut ahead: Option<(git2::Commit<'_>, Option<Tree<'_>>)> = Some((start, None));
    while let Some((commit, known_root)) = ahead.take() {
        let id = commit.id();
        // `loc` is where the document is in this commit: its parent's place is set below,
        // once this commit's renames are known.
        if stop == Some(id) {
            return Ok(Found {
                versions: Vec::new(),
                shallow_boundary,
                commits_walked,
                stopped_at: Some(loc),
            });
        }
        commits_walked += 1;
        let (parent_commit, cut) = first_parent(repo, &commit)?;
        if cut {
            shallow_boundary = Some(repo.commit_info(&commit));
        }
        // Same root tree as the parent: nothing changed anywhere, no tree to read.
        if let Some(p) = parent_commit {
            if p.tree_id() == commit.tree_id() {
                if let Some((cid, state)) = cached.take() {
                    cached = (cid == id).then(|| (p.id(), state));
                }
                ahead = Some((p, known_root));
                continue;
            }
            ahead = Some((p, None));
        }
        let parent_commit = ahead.take().map(|(p, _)| p);
        let root = match known_root {
            Some(t) => t,
            None => tree_of(&commit)?,
        };
        let state = match cached.take() {
            Some((cid, state)) if cid == id => state,
            _ => repo.state_at(&root, &loc)?,
        };
        let parent_tree = parent_commit.as_ref().map(tree_of).transpose()?;
        let parent_state = match &parent_tree {
            Some(t) => repo.state_at(t, &loc)?,
            None => vec![None; state.len()],
        };
        if state == parent_state {
            cached = parent_commit.as_ref().map(|p| (p.id(), parent_state));
            ahead = parent_commit.map(|p| (p, parent_tree));
            continue;
        }
        let (version, old_loc) =
            version_of(repo, &commit, &root, parent_tree.as_ref(), &loc, options)?;
        newest_first.push(version);
        if shallow_boundary.is_some() {
            break;
        }
        if old_loc == loc {
            cached = parent_commit.as_ref().map(|p| (p.id(), parent_state));
        } else {
            loc = old_loc;
        }
        ahead = parent_commit.map(|p| (p, parent_tree));
    }
    newest_first.reverse();
    Ok(Found {
        versions: newest_first,
        shallow_boundary,
        commits_walked,
        stopped_at: None,
    })
}

/// The version a commit that changed the document makes, and where the document was in
/// its first parent (another place when the commit renamed it and renames are followed).
fn version_of(
    repo: &DocRepo,
    commit: &git2::Commit<'_>,
    root: &Tree<'_>,
    parent_tree: Option<&Tree<'_>>,
    loc: &Location,
    options: WalkOptions,
) -> Result<(FolderVersion, Location), HistoryError> {
    let blobs = repo.blobs_at(root, loc)?;
    let mut old_loc = loc.clone();
    if let (true, Some(ptree)) = (options.follow, parent_tree) {
        let before = repo.blobs_at(ptree, loc)?;
        let appeared: Vec<(Lang, String)> = blobs
            .paths
            .iter()
            .filter(|(l, _)| !before.renderings.contains_key(l))
            .map(|(&l, p)| (l, p.clone()))
            .collect();
        if !appeared.is_empty() {
            old_loc = follow_renames(repo, ptree, root, loc, &appeared)?;
        }
    }
    let parent_blobs = match parent_tree {
        Some(t) => repo.blobs_at(t, &old_loc)?,
        None => FolderBlobs::default(),
    };
    let changed: BTreeSet<Lang> = Lang::ALL
        .into_iter()
        .filter(|l| blobs.renderings.get(l) != parent_blobs.renderings.get(l))
        .collect();
    let renamed: BTreeMap<Lang, String> = blobs
        .paths
        .iter()
        .filter_map(|(l, path)| {
            let old = parent_blobs.paths.get(l)?;
            (old != path).then(|| (*l, old.clone()))
        })
        .collect();
    let credit = if commit.parent_count() > 1 && !changed.is_empty() {
        side_credit(repo, commit, loc, &changed, &blobs)?
    } else {
        BTreeMap::new()
    };
    let version = FolderVersion {
        commit: repo.commit_info_unabbreviated(commit),
        oid: commit.id(),
        document_toml_changed: blobs.document_toml != parent_blobs.document_toml,
        renamed_from: (old_loc.folder != loc.folder).then(|| old_loc.folder.clone()),
        renamed,
        credit,
        blobs,
        changed,
    };
    Ok((version, old_loc))
}

/// A commit's first parent, and whether the history is cut there (a shallow clone's
/// boundary, or a parent listed but not fetched).
fn first_parent<'r>(
    repo: &'r DocRepo,
    commit: &git2::Commit<'r>,
) -> Result<(Option<git2::Commit<'r>>, bool), HistoryError> {
    if repo.is_shallow_boundary(commit.id()) {
        return Ok((None, true));
    }
    let Some(pid) = commit.parent_ids().next() else {
        return Ok((None, false));
    };
    match repo.repository().find_commit(pid) {
        Ok(c) => Ok((Some(c), false)),
        // A parent listed but not present: the clone was cut here.
        Err(_) if repo.is_shallow() => Ok((None, true)),
        Err(source) => Err(HistoryError::MissingCommit {
            commit: pid.to_string(),
            path: repo.folder().to_owned(),
            source,
        }),
    }
}

fn tree_of<'r>(commit: &git2::Commit<'r>) -> Result<Tree<'r>, HistoryError> {
    commit.tree().map_err(HistoryError::git(format!(
        "reading the tree of {}",
        commit.id()
    )))
}

/// The files git's rename detection (as `git diff -M`) sees moved from the `older` tree to
/// the `newer` one, as (old path, new path); `doing` says what failed if git fails.
fn renamed_paths(
    repo: &DocRepo,
    older: &Tree<'_>,
    newer: &Tree<'_>,
    doing: &'static str,
) -> Result<Vec<(String, String)>, HistoryError> {
    let mut diff = repo
        .repository()
        .diff_tree_to_tree(Some(older), Some(newer), None)
        .map_err(HistoryError::git(doing))?;
    let mut find = DiffFindOptions::new();
    find.renames(true);
    diff.find_similar(Some(&mut find))
        .map_err(HistoryError::git("looking for renames"))?;
    Ok(diff
        .deltas()
        .filter(|delta| delta.status() == Delta::Renamed)
        .filter_map(|delta| {
            let (old, new) = (delta.old_file().path()?, delta.new_file().path()?);
            Some((
                old.to_string_lossy().into_owned(),
                new.to_string_lossy().into_owned(),
            ))
        })
        .collect())
}

/// Where the renderings that `appeared` in a commit were before it, by git's rename
/// detection between the commit and its parent: the folder moves when the folder is absent
/// from the parent and the renderings came from one folder (the most of them, on a tie the
/// first in path order); a rendering that came from elsewhere is followed on its own.
fn follow_renames(
    repo: &DocRepo,
    parent: &Tree<'_>,
    tree: &Tree<'_>,
    loc: &Location,
    appeared: &[(Lang, String)],
) -> Result<Location, HistoryError> {
    let sources: HashMap<String, String> =
        renamed_paths(repo, parent, tree, "comparing a commit with its parent")?
            .into_iter()
            .map(|(old, new)| (new, old))
            .collect();
    let mut out = loc.clone();
    let folder_absent = repo
        .state_at(parent, &Location::folder(&loc.folder))?
        .first()
        .copied()
        .flatten()
        .is_none();
    if folder_absent {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for (lang, path) in appeared {
            if loc.files.contains_key(lang) {
                continue;
            }
            if let Some(old) = sources.get(path) {
                let (dir, name) = split_path(old);
                if lang_of_file(&name) == Some(*lang) {
                    *counts.entry(dir).or_default() += 1;
                }
            }
        }
        let best = counts.values().copied().max().unwrap_or(0);
        if let Some((dir, _)) = counts.into_iter().find(|(_, n)| *n == best && best > 0) {
            out.folder = dir;
        }
    }
    for (lang, path) in appeared {
        let Some(old) = sources.get(path) else {
            continue;
        };
        let (dir, name) = split_path(old);
        if dir != out.folder || lang_of_file(&name) != Some(*lang) {
            out.files.insert(*lang, Some(old.clone()));
        }
    }
    Ok(out)
}

/// Where the document that is at `loc` in the `older` tree went in the `newer` one, by
/// git's rename detection between the two trees (as `git diff -M`): for a path that names
/// the folder at the older of two revisions and is gone at the newer one. The folder went
/// where most of its renderings went (the first in path order on a tie); a rendering that
/// went elsewhere is followed on its own. `None` when none of them was renamed.
pub(crate) fn moved_to(
    repo: &DocRepo,
    older: &Tree<'_>,
    newer: &Tree<'_>,
    loc: &Location,
) -> Result<Option<Location>, HistoryError> {
    let before = repo.blobs_at(older, loc)?;
    if before.renderings.is_empty() {
        return Ok(None);
    }
    let targets: HashMap<String, String> =
        renamed_paths(repo, older, newer, "comparing two revisions")?
            .into_iter()
            .collect();
    let moved: BTreeMap<Lang, &String> = before
        .paths
        .iter()
        .filter_map(|(lang, path)| Some((*lang, targets.get(path)?)))
        .collect();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for (lang, new) in &moved {
        let (dir, name) = split_path(new);
        if lang_of_file(&name) == Some(*lang) {
            *counts.entry(dir).or_default() += 1;
        }
    }
    let best = counts.values().copied().max().unwrap_or(0);
    let Some(folder) = counts
        .into_iter()
        .find(|(_, n)| *n == best && best > 0)
        .map(|(dir, _)| dir)
    else {
        return Ok(None);
    };
    let mut out = Location::folder(&folder);
    for (lang, new) in moved {
        let (dir, name) = split_path(new);
        if dir != folder || lang_of_file(&name) != Some(lang) {
            out.files.insert(lang, Some(new.clone()));
        }
    }
    Ok(Some(out))
}

/// A `/`-separated path as (folder, file name).
fn split_path(path: &str) -> (String, String) {
    match path.rsplit_once('/') {
        Some((dir, name)) => (dir.to_owned(), name.to_owned()),
        None => (String::new(), path.to_owned()),
    }
}

/// For a merge, the side-branch commit that made each changed rendering what the merge
/// left: the newest commit of the side branches (commits not on the first-parent line)
/// that has the merge's blob while its own first parent has another.
fn side_credit(
    repo: &DocRepo,
    merge: &git2::Commit<'_>,
    loc: &Location,
    changed: &BTreeSet<Lang>,
    blobs: &FolderBlobs,
) -> Result<BTreeMap<Lang, CommitInfo>, HistoryError> {
    let git = repo.repository();
    let mut credit = BTreeMap::new();
    let Some(first) = merge.parent_ids().next() else {
        return Ok(credit);
    };
    let mut walk = git
        .revwalk()
        .map_err(HistoryError::git("starting a revision walk"))?;
    walk.set_sorting(Sort::TOPOLOGICAL)
        .map_err(HistoryError::git("sorting the revision walk"))?;
    for side in merge.parent_ids().skip(1) {
        walk.push(side)
            .map_err(HistoryError::git(format!("walking the side branch {side}")))?;
    }
    walk.hide(first).map_err(HistoryError::git(format!(
        "walking the side branches of {}",
        merge.id()
    )))?;
    for id in walk {
        if credit.len() == changed.len() {
            break;
        }
        let Ok(id) = id else { break };
        let Ok(commit) = git.find_commit(id) else {
            break;
        };
        let here = repo.blobs_at(&tree_of(&commit)?, loc)?;
        let before = match commit.parent(0) {
            Ok(p) => repo.blobs_at(&tree_of(&p)?, loc)?,
            Err(_) => FolderBlobs::default(),
        };
        for &lang in changed {
            let wanted = blobs.renderings.get(&lang);
            if credit.contains_key(&lang)
                || here.renderings.get(&lang) != wanted
                || before.renderings.get(&lang) == wanted
            {
                continue;
            }
            credit.insert(lang, repo.commit_info_unabbreviated(&commit));
        }
    }
    Ok(credit)
}
