//! The commits that changed a document folder, oldest first.
//!
//! The walk follows first parents only (`git log --first-parent`): on a merge, the branch
//! that was merged into counts as the document's own line of history and the merge commit
//! carries the merged changes. That keeps "after" well defined for `stale` (a total order)
//! and matches how documents are edited here, on one main line.
//!
//! Whether a commit changed the folder is a tree diff restricted to the folder: git trees are
//! content-addressed, so comparing the folder's tree id with the first parent's answers it
//! without reading any file, and comparing the ids of `{lang}.md` entries says which
//! renderings changed.

use std::collections::BTreeSet;

use git2::{Oid, Sort};
use sixfold_core::Lang;

use crate::{CommitInfo, DocRepo, FolderBlobs, HistoryError};

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
/// commits whose folder differs from their first parent's.
pub fn folder_history(repo: &DocRepo, rev: &str) -> Result<FolderHistory, HistoryError> {
    let start = repo.resolve(rev)?;
    let git = repo.repository();
    let mut walk = git
        .revwalk()
        .map_err(HistoryError::git("starting a revision walk"))?;
    walk.set_sorting(Sort::TOPOLOGICAL)
        .map_err(HistoryError::git("sorting the revision walk"))?;
    walk.simplify_first_parent()
        .map_err(HistoryError::git("restricting the walk to first parents"))?;
    walk.push(start.id())
        .map_err(HistoryError::git(format!("walking from `{rev}`")))?;

    let mut newest_first = Vec::new();
    let mut shallow_boundary = None;
    let mut commits_walked = 0;
    // The folder tree of the commit the previous iteration looked at as a parent; on a
    // first-parent walk it is the next commit yielded, so each tree is looked up once.
    let mut cached: Option<(Oid, Option<Oid>)> = None;
    for id in walk {
        let id = id.map_err(HistoryError::git(format!("walking the history of `{rev}`")))?;
        commits_walked += 1;
        let commit = git
            .find_commit(id)
            .map_err(|source| HistoryError::MissingCommit {
                commit: id.to_string(),
                path: repo.folder().to_owned(),
                source,
            })?;
        let folder = match cached {
            Some((cid, folder)) if cid == id => folder,
            _ => repo.folder_id(&commit)?,
        };
        let boundary = repo.is_shallow_boundary(id);
        let parent = if boundary {
            None
        } else {
            commit.parent_ids().next()
        };
        let parent_commit = match parent {
            Some(pid) => match git.find_commit(pid) {
                Ok(c) => Some(c),
                // A parent listed but not present: the clone was cut here.
                Err(_) if repo.is_shallow() => None,
                Err(source) => {
                    return Err(HistoryError::MissingCommit {
                        commit: pid.to_string(),
                        path: repo.folder().to_owned(),
                        source,
                    });
                }
            },
            None => None,
        };
        let parent_folder = match &parent_commit {
            Some(p) => repo.folder_id(p)?,
            None => None,
        };
        if boundary || (parent.is_some() && parent_commit.is_none()) {
            shallow_boundary = Some(repo.commit_info(&commit));
        }
        cached = parent_commit.as_ref().map(|p| (p.id(), parent_folder));
        if folder == parent_folder {
            continue;
        }
        let root = commit
            .tree()
            .map_err(HistoryError::git(format!("reading the tree of {id}")))?;
        let blobs = repo.blobs_in(&root)?;
        let parent_blobs = match (&parent_commit, parent_folder) {
            (Some(p), Some(_)) => {
                let tree = p
                    .tree()
                    .map_err(HistoryError::git(format!("reading the tree of {}", p.id())))?;
                repo.blobs_in(&tree)?
            }
            _ => FolderBlobs::default(),
        };
        let changed = Lang::ALL
            .into_iter()
            .filter(|l| blobs.renderings.get(l) != parent_blobs.renderings.get(l))
            .collect();
        newest_first.push(FolderVersion {
            commit: repo.commit_info_unabbreviated(&commit),
            oid: id,
            document_toml_changed: blobs.document_toml != parent_blobs.document_toml,
            blobs,
            changed,
        });
        if shallow_boundary.is_some() {
            break;
        }
    }
    newest_first.reverse();
    Ok(FolderHistory {
        path: repo.folder().to_owned(),
        rev: rev.to_owned(),
        versions: newest_first,
        shallow_boundary,
        commits_walked,
    })
}
