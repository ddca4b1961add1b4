//! A document folder located inside its git repository, and reading its renderings from
//! any commit's tree.
//!
//! Everything here reads objects only (commits, trees, blobs): the work tree and the index
//! are never touched, so `--rev` is safe to use while a translator has the files open.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use git2::{ObjectType, Oid, Repository, Status, StatusOptions, Tree};
use serde::Serialize;
use sixfold_core::Lang;
use sixfold_translations::discover::{
    Entry as DirEntry, EntryKind, Listing, SkipReason, Skipped, rendering_name,
};

use crate::HistoryError;

/// A document folder and the repository that holds it.
pub struct DocRepo {
    repo: Repository,
    /// The folder relative to the work tree, `/`-separated, empty for the work tree root.
    rel: String,
    /// The folder's last component, used as the document slug (`A-RES-51-60`).
    slug: String,
    /// Boundary commits of a shallow clone (from `.git/shallow`); their parents are absent.
    shallow: BTreeSet<Oid>,
    /// Contents of work-tree files read as a version, by the id git would give them, so
    /// that the work tree is read through the same path as any commit.
    worktree_blobs: Mutex<HashMap<Oid, Vec<u8>>>,
    /// Whether a symbolic link in a commit's tree may be read where it leads, inside the
    /// same tree ([`DocRepo::follow_symlinks`]).
    follow_symlinks: bool,
}

/// Sets libgit2's process-wide reading options once. By default libgit2 hashes every object
/// it reads again to check it against its id; git itself does not on ordinary reads (that is
/// `git fsck`'s job), and on a walk of 50,000 commits the re-hashing was about 8 % of the
/// time. Nothing here writes objects, so nothing else changes.
fn object_reading_as_git_does() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| git2::opts::strict_hash_verification(false));
}

impl fmt::Debug for DocRepo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DocRepo")
            .field("git_dir", &self.repo.path())
            .field("folder", &self.rel)
            .finish_non_exhaustive()
    }
}

/// Who made a commit, when, and why: what `history` and `stale` show for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommitInfo {
    /// Full hexadecimal id.
    pub id: String,
    /// Abbreviated id: the shortest unambiguous one (at least seven digits, as
    /// `git log --oneline`) wherever a report shows the commit, the first seven digits in
    /// the raw walk.
    pub short: String,
    /// Author date in ISO 8601 with the author's UTC offset (`2024-03-01T10:00:00+01:00`).
    pub date: String,
    /// Author date as seconds since the Unix epoch, for sorting and comparing.
    #[serde(skip)]
    pub time: i64,
    pub author: String,
    /// First line of the message.
    pub summary: String,
}

/// The git objects that make up a document folder in one commit's tree.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FolderBlobs {
    /// The folder's tree; `None` when the folder is absent (or not a folder) in the commit.
    pub tree: Option<Oid>,
    /// Blob of each rendering present ([`sixfold_translations::discover`]).
    pub renderings: BTreeMap<Lang, Oid>,
    /// The file name of each rendering (`fr.md`, `FRA.md`).
    pub names: BTreeMap<Lang, String>,
    /// Path of each rendering relative to the work tree, as that commit names it (a
    /// rendering followed from another folder is not in the folder).
    pub paths: BTreeMap<Lang, String>,
    /// Names left out: no language in the name, or a second file of one language.
    pub skipped: Vec<Skipped>,
    /// Blob of `document.toml`, if present.
    pub document_toml: Option<Oid>,
    /// Blob of `review.toml` (translators' pins and accepted findings), if present as a
    /// regular file.
    pub review_toml: Option<Oid>,
    /// Entries named like a rendering or `document.toml` that are not a regular file
    /// (a symbolic link, a submodule, a folder), with what they are. They are never read:
    /// a link's blob holds its target's name, not a text, and following it could read
    /// anything the reader can. Reading the folder at a revision refuses them, as reading
    /// the work tree does.
    pub refused: Vec<(String, &'static str)>,
}

/// What a tree entry is, when it is not a regular file: git records a regular file as a
/// blob of mode 100644 (or 100755 when executable, which the work tree reads too).
fn irregular_entry(entry: &git2::TreeEntry<'_>) -> Option<&'static str> {
    match entry.filemode() {
        0o100_644 | 0o100_755 => None,
        0o120_000 => Some("a symbolic link"),
        0o160_000 => Some("a submodule (gitlink)"),
        0o040_000 => Some("a directory"),
        _ => Some("not a regular file"),
    }
}

impl FolderBlobs {
    /// The file name of a language's rendering (`FRA.md`); `<lang>.md` for a language
    /// the folder does not have.
    #[must_use]
    pub fn name_of(&self, lang: Lang) -> String {
        self.names
            .get(&lang)
            .cloned()
            .unwrap_or_else(|| format!("{}.md", lang.code()))
    }
}

/// One rendering's text as stored in a commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderingText {
    pub lang: Lang,
    /// The file name in the folder (`fr.md`, `FRA.md`).
    pub name: String,
    /// `<rev>:<path>`, the form git itself accepts, for messages and findings.
    pub source: String,
    pub text: String,
}

/// The document folder as it was in one commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// The revision as the user wrote it.
    pub rev: String,
    pub commit: CommitInfo,
    pub renderings: Vec<RenderingText>,
    /// `(source, text)` of `document.toml`, if the folder had one.
    pub document_toml: Option<(String, String)>,
    /// Files left out for their names.
    pub skipped: Vec<Skipped>,
}

/// What `sixfold` calls the work tree where a revision would be named.
pub const WORK_TREE: &str = "work tree";

/// The id git itself uses for "not committed yet" (`git blame`), given to the work tree
/// when it stands in for a commit.
const WORK_TREE_ID: &str = "0000000000000000000000000000000000000000";

/// Which state of the folder to read: a commit (any revspec) or the work tree, which
/// holds uncommitted edits as `git diff REV` sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Revision {
    Commit(String),
    WorkTree,
}

impl Revision {
    /// The revision as the user wrote it, or [`WORK_TREE`].
    #[must_use]
    pub fn as_str(&self) -> &str {
        match self {
            Revision::Commit(rev) => rev,
            Revision::WorkTree => WORK_TREE,
        }
    }

    /// The revspec of a commit; `None` for the work tree.
    #[must_use]
    pub fn as_commit(&self) -> Option<&str> {
        match self {
            Revision::Commit(rev) => Some(rev),
            Revision::WorkTree => None,
        }
    }
}

/// What a path is at a revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathKind {
    Folder,
    File,
    Absent,
}

/// Where a document's files are in one commit, when following it back through renames
/// (`git log --follow`): its folder, and for a rendering that came from another path
/// (moved in from another folder) that path, or `None` once it no longer exists.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Location {
    pub folder: String,
    pub files: BTreeMap<Lang, Option<String>>,
}

impl Location {
    /// A document that is its folder, nothing followed from elsewhere.
    #[must_use]
    pub fn folder(rel: &str) -> Location {
        Location {
            folder: rel.to_owned(),
            files: BTreeMap::new(),
        }
    }
}

impl CommitInfo {
    /// The work tree standing in for a commit: git's all-zero id, no author or date.
    #[must_use]
    pub fn work_tree() -> CommitInfo {
        CommitInfo {
            id: WORK_TREE_ID.to_owned(),
            short: WORK_TREE.to_owned(),
            date: String::new(),
            time: i64::MAX,
            author: String::new(),
            summary: String::new(),
        }
    }

    /// Whether this stands for the work tree rather than a commit.
    #[must_use]
    pub fn is_work_tree(&self) -> bool {
        self.id == WORK_TREE_ID
    }
}

/// A file of the folder whose work-tree or index state differs from `HEAD`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Uncommitted {
    /// Path relative to the work tree.
    pub path: String,
    /// `modified`, `new`, `deleted`, `renamed`, `typechange` or `conflicted`.
    pub state: &'static str,
}

impl DocRepo {
    /// Finds the repository that contains `folder` (searching upward, as git does) and
    /// places the folder in its work tree.
    pub fn discover(folder: &Path) -> Result<DocRepo, HistoryError> {
        object_reading_as_git_does();
        // A folder that exists only in old revisions is not on disk: place it through its
        // nearest existing ancestor, so `--rev` can still find it in the commit's tree.
        let (abs, rest) = existing_ancestor(folder)?;
        let repo = Repository::discover(&abs).map_err(|e| HistoryError::NotARepository {
            path: folder.to_path_buf(),
            source: (e.code() != git2::ErrorCode::NotFound).then_some(e),
        })?;
        let workdir = repo
            .workdir()
            .ok_or_else(|| HistoryError::BareRepository {
                git_dir: repo.path().to_path_buf(),
            })?
            .to_path_buf();
        // The work tree path may itself be reached through a symlink (macOS /tmp); compare
        // canonical forms on both sides.
        let workdir_abs = workdir.canonicalize().unwrap_or_else(|_| workdir.clone());
        let rel_path =
            abs.strip_prefix(&workdir_abs)
                .map_err(|_| HistoryError::OutsideWorkTree {
                    path: folder.to_path_buf(),
                    workdir: workdir.clone(),
                })?;
        let rel = rel_path
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .chain(rest)
            .collect::<Vec<_>>()
            .join("/");
        let slug = rel.rsplit('/').next().unwrap_or_default().to_owned();
        let slug = if slug.is_empty() {
            abs.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        } else {
            slug
        };
        let shallow = read_shallow_file(repo.path());
        Ok(DocRepo {
            repo,
            rel,
            slug,
            shallow,
            worktree_blobs: Mutex::new(HashMap::new()),
            follow_symlinks: false,
        })
    }

    /// Reads a rendering, `document.toml` or `review.toml` that is a symbolic link in a
    /// commit's tree where it leads, when that is a regular file of the same tree
    /// (`--follow-symlinks`); any other link is refused with why, as in the work tree.
    /// Without this every link is refused.
    #[must_use]
    pub fn follow_symlinks(mut self, follow: bool) -> DocRepo {
        self.follow_symlinks = follow;
        self
    }

    /// A tree entry of the folder at `folder`, or the reason it cannot be read: what
    /// [`irregular_entry`] says, except that with [`DocRepo::follow_symlinks`] a link is
    /// resolved in `root` ([`crate::symlink::follow`]) and read as the file it reaches.
    fn readable(
        &self,
        root: &Tree<'_>,
        folder: &str,
        name: &str,
        entry: &git2::TreeEntry<'_>,
    ) -> (Oid, Option<&'static str>) {
        match irregular_entry(entry) {
            Some(_) if self.follow_symlinks && entry.filemode() == 0o120_000 => {
                let workdir = self.repo.workdir().and_then(|w| w.canonicalize().ok());
                match crate::symlink::follow(&self.repo, root, folder, name, workdir.as_deref()) {
                    Ok(id) => (id, None),
                    Err(why) => (entry.id(), Some(why)),
                }
            }
            what => (entry.id(), what),
        }
    }

    /// The underlying repository.
    #[must_use]
    pub fn repository(&self) -> &Repository {
        &self.repo
    }

    /// The folder's path relative to the work tree, `/`-separated (empty for the root).
    #[must_use]
    pub fn folder(&self) -> &str {
        &self.rel
    }

    /// The folder's name, which the document tools use as its slug.
    #[must_use]
    pub fn slug(&self) -> &str {
        &self.slug
    }

    /// Whether the repository is a shallow clone, whose history stops at a boundary.
    #[must_use]
    pub fn is_shallow(&self) -> bool {
        !self.shallow.is_empty() || self.repo.is_shallow()
    }

    /// Whether `id` is a boundary commit of a shallow clone (its parents were not fetched).
    #[must_use]
    pub fn is_shallow_boundary(&self, id: Oid) -> bool {
        self.shallow.contains(&id)
    }

    /// A path inside the folder, relative to the work tree.
    #[must_use]
    pub fn path_of(&self, file: &str) -> String {
        join(&self.rel, file)
    }

    /// Resolves any revspec git understands (`HEAD~2`, a tag, a branch, an abbreviated id)
    /// to the commit it names.
    pub fn resolve(&self, rev: &str) -> Result<git2::Commit<'_>, HistoryError> {
        let object = self.repo.revparse_single(rev).map_err(|source| {
            if self.is_shallow() {
                HistoryError::BeyondShallowBoundary {
                    rev: rev.to_owned(),
                    source,
                }
            } else {
                HistoryError::UnknownRevision {
                    rev: rev.to_owned(),
                    source,
                }
            }
        })?;
        object
            .peel_to_commit()
            .map_err(|source| HistoryError::NotACommit {
                rev: rev.to_owned(),
                source,
            })
    }

    /// The folder's objects in a commit's tree; absent parts are `None`/missing.
    pub fn blobs_in(&self, root: &Tree<'_>) -> Result<FolderBlobs, HistoryError> {
        self.blobs_at(root, &Location::folder(&self.rel))
    }

    /// The objects of a document whose folder and renderings may have had other paths in
    /// an older commit (see [`Location`]). The folder is listed by the one rendering
    /// discovery ([`Listing`]) that the work tree uses too.
    pub fn blobs_at(&self, root: &Tree<'_>, loc: &Location) -> Result<FolderBlobs, HistoryError> {
        let mut blobs = FolderBlobs::default();
        if let Some(folder) = self.tree_at(root, &loc.folder)? {
            blobs.tree = Some(folder.id());
            // Each name's blob and, when it is not a regular file, what it is instead.
            let mut ids = BTreeMap::new();
            let entries = folder.iter().filter_map(|entry| {
                let name = entry.name().ok()?.to_owned();
                let kind = match (entry.kind(), entry.filemode()) {
                    (Some(ObjectType::Blob), 0o120_000) => EntryKind::Symlink,
                    (Some(ObjectType::Blob), _) => EntryKind::File,
                    (Some(ObjectType::Tree), _) => EntryKind::Dir,
                    (Some(ObjectType::Commit), _) => EntryKind::Gitlink,
                    _ => EntryKind::Other,
                };
                ids.insert(
                    name.clone(),
                    self.readable(root, &loc.folder, &name, &entry),
                );
                Some(DirEntry { name, kind })
            });
            let listing = Listing::from_entries(entries.collect::<Vec<_>>());
            if let Some(toml) = listing.document_toml {
                match ids.get(&toml.name) {
                    Some(&(_, Some(what))) => blobs.refused.push((toml.name, what)),
                    Some(&(id, None)) => blobs.document_toml = Some(id),
                    None => {}
                }
            }
            // Refused like a rendering: a linked review file would be quoted in messages.
            let review = sixfold_translations::set::REVIEW_FILE;
            match ids.get(review) {
                Some(&(_, Some(what))) => blobs.refused.push((review.to_owned(), what)),
                Some(&(id, None)) => blobs.review_toml = Some(id),
                None => {}
            }
            for rendering in listing.renderings {
                let Some(&(id, irregular)) = ids.get(&rendering.entry.name) else {
                    continue;
                };
                if let Some(what) = irregular {
                    blobs.refused.push((rendering.entry.name, what));
                    continue;
                }
                if blobs.renderings.contains_key(&rendering.lang) {
                    blobs.skipped.push(Skipped {
                        name: rendering.entry.name,
                        reason: SkipReason::SameLanguage,
                    });
                    continue;
                }
                blobs.renderings.insert(rendering.lang, id);
                blobs
                    .paths
                    .insert(rendering.lang, join(&loc.folder, &rendering.entry.name));
                blobs.names.insert(rendering.lang, rendering.entry.name);
            }
            blobs.skipped.extend(listing.skipped);
            blobs.skipped.sort_by(|a, b| a.name.cmp(&b.name));
        }
        for (&lang, path) in &loc.files {
            blobs.renderings.remove(&lang);
            blobs.paths.remove(&lang);
            blobs.names.remove(&lang);
            let Some(path) = path else { continue };
            if let Some(id) = Self::blob_at(root, path)? {
                blobs.renderings.insert(lang, id);
                blobs.paths.insert(lang, path.clone());
                let name = path.rsplit('/').next().unwrap_or(path);
                blobs.names.insert(lang, name.to_owned());
            }
        }
        // In tree order, as git lists them.
        blobs.refused.sort();
        Ok(blobs)
    }

    /// What changes whenever anything of the document at `loc` changes: the folder's tree
    /// id and the blob ids of renderings followed from elsewhere. Comparing these answers
    /// "did this commit touch the document" without listing any folder.
    pub fn state_at(
        &self,
        root: &Tree<'_>,
        loc: &Location,
    ) -> Result<Vec<Option<Oid>>, HistoryError> {
        let mut out = vec![Self::tree_id_at(root, &loc.folder)?];
        for path in loc.files.values() {
            out.push(match path {
                Some(path) => Self::blob_at(root, path)?,
                None => None,
            });
        }
        Ok(out)
    }

    /// The blob at `path` in `root`, `None` when absent or not a file.
    fn blob_at(root: &Tree<'_>, path: &str) -> Result<Option<Oid>, HistoryError> {
        match root.get_path(Path::new(path)) {
            Ok(entry) if irregular_entry(&entry).is_none() => Ok(Some(entry.id())),
            Ok(_) => Ok(None),
            Err(e) if e.code() == git2::ErrorCode::NotFound => Ok(None),
            Err(e) => Err(HistoryError::git(format!("looking up `{path}`"))(e)),
        }
    }

    /// The id of the tree at `rel` in `root`, `None` when it is absent or not a tree. Read
    /// from the parent's entry: the tree itself is not loaded (a walk asks this of every
    /// commit).
    fn tree_id_at(root: &Tree<'_>, rel: &str) -> Result<Option<Oid>, HistoryError> {
        if rel.is_empty() {
            return Ok(Some(root.id()));
        }
        match root.get_path(Path::new(rel)) {
            Ok(entry) if entry.kind() == Some(ObjectType::Tree) => Ok(Some(entry.id())),
            Ok(_) => Ok(None),
            Err(e) if e.code() == git2::ErrorCode::NotFound => Ok(None),
            Err(e) => Err(HistoryError::git(format!("looking up `{rel}`"))(e)),
        }
    }

    /// The tree at `rel` in `root`, `None` when it is absent or not a tree.
    fn tree_at<'r>(&'r self, root: &Tree<'r>, rel: &str) -> Result<Option<Tree<'r>>, HistoryError> {
        if rel.is_empty() {
            return Ok(Some(root.clone()));
        }
        let entry = match root.get_path(Path::new(rel)) {
            Ok(entry) => entry,
            Err(e) if e.code() == git2::ErrorCode::NotFound => return Ok(None),
            Err(e) => return Err(HistoryError::git(format!("looking up `{rel}`"))(e)),
        };
        if entry.kind() != Some(ObjectType::Tree) {
            return Ok(None);
        }
        self.repo
            .find_tree(entry.id())
            .map(Some)
            .map_err(HistoryError::git(format!("reading tree `{rel}`")))
    }

    /// The folder's id in a commit (its tree id), the cheap test of "did anything change".
    pub fn folder_id(&self, commit: &git2::Commit<'_>) -> Result<Option<Oid>, HistoryError> {
        let root = commit.tree().map_err(HistoryError::git(format!(
            "reading the tree of {}",
            commit.id()
        )))?;
        Self::tree_id_at(&root, &self.rel)
    }

    /// What the folder's path is at `rev`: a folder, a file, or nothing.
    pub fn kind_at(&self, rev: &str) -> Result<PathKind, HistoryError> {
        let commit = self.resolve(rev)?;
        let root = commit
            .tree()
            .map_err(HistoryError::git(format!("reading the tree of `{rev}`")))?;
        if self.rel.is_empty() {
            return Ok(PathKind::Folder);
        }
        Ok(match root.get_path(Path::new(&self.rel)) {
            Ok(entry) if entry.kind() == Some(ObjectType::Tree) => PathKind::Folder,
            Ok(_) => PathKind::File,
            Err(_) => PathKind::Absent,
        })
    }

    /// A blob's bytes: a work-tree file read by [`DocRepo::worktree_blobs`], else the
    /// object database.
    pub fn blob_bytes(&self, id: Oid, rev: &str, path: &str) -> Result<Vec<u8>, HistoryError> {
        if let Some(bytes) = self
            .worktree_blobs
            .lock()
            .ok()
            .and_then(|m| m.get(&id).cloned())
        {
            return Ok(bytes);
        }
        let blob = self
            .repo
            .find_blob(id)
            .map_err(HistoryError::git(format!("reading `{rev}:{path}`")))?;
        Ok(blob.content().to_vec())
    }

    /// Reads a blob as text, as the work tree's files are read: a `.docx` from its
    /// package, anything else from UTF-8 or UTF-16 ([`sixfold_translations::input`]).
    pub fn blob_text(&self, id: Oid, rev: &str, path: &str) -> Result<String, HistoryError> {
        let bytes = self.blob_bytes(id, rev, path)?;
        sixfold_translations::input::decode_named(std::path::Path::new(path), &bytes).map_err(
            |source| HistoryError::NotUtf8 {
                rev: rev.to_owned(),
                path: path.to_owned(),
                source,
            },
        )
    }

    /// The folder as the work tree holds it, with each file's id as git would compute it
    /// (so an unchanged file has the id of its committed blob); `None` when the folder is
    /// not in the work tree. The files' contents are kept for [`DocRepo::blob_bytes`].
    pub fn worktree_blobs(&self) -> Result<Option<FolderBlobs>, HistoryError> {
        self.worktree_blobs_in(&self.rel)
    }

    /// [`DocRepo::worktree_blobs`] of the folder at `rel` (relative to the work tree, `/`
    /// separated): where a renamed folder is now.
    pub fn worktree_blobs_in(&self, rel: &str) -> Result<Option<FolderBlobs>, HistoryError> {
        let Some(workdir) = self.repo.workdir() else {
            return Ok(None);
        };
        let dir = workdir.join(rel);
        let Ok(listing) = Listing::read_dir(&dir) else {
            return Ok(None);
        };
        let mut blobs = FolderBlobs {
            tree: Some(Oid::ZERO_SHA1),
            ..FolderBlobs::default()
        };
        let store = |entry: &DirEntry| -> Result<Oid, HistoryError> {
            // As at a revision: a link, a folder or a device named like a rendering is
            // refused, never followed.
            let what = match entry.kind {
                EntryKind::File => None,
                EntryKind::Symlink => Some("a symbolic link"),
                EntryKind::Dir => Some("a directory"),
                _ => Some("not a regular file"),
            };
            if let Some(what) = what {
                return Err(HistoryError::NotAFile {
                    rev: WORK_TREE.to_owned(),
                    path: join(rel, &entry.name),
                    what,
                });
            }
            let path = dir.join(&entry.name);
            let bytes = std::fs::read(&path).map_err(|source| HistoryError::ReadFile {
                path: path.clone(),
                source,
            })?;
            let id = Oid::hash_object(ObjectType::Blob, &bytes)
                .map_err(HistoryError::git(format!("hashing `{}`", path.display())))?;
            if let Ok(mut m) = self.worktree_blobs.lock() {
                m.insert(id, bytes);
            }
            Ok(id)
        };
        if let Some(toml) = &listing.document_toml {
            blobs.document_toml = Some(store(toml)?);
        }
        let review = dir.join(sixfold_translations::set::REVIEW_FILE);
        // Refused like a rendering when it is anything but a regular file.
        if let Ok(meta) = std::fs::symlink_metadata(&review) {
            let kind = meta.file_type();
            let kind = if kind.is_file() {
                EntryKind::File
            } else if kind.is_symlink() {
                EntryKind::Symlink
            } else if kind.is_dir() {
                EntryKind::Dir
            } else {
                EntryKind::Other
            };
            blobs.review_toml = Some(store(&DirEntry {
                name: sixfold_translations::set::REVIEW_FILE.to_owned(),
                kind,
            })?);
        }
        for rendering in listing.renderings {
            if blobs.renderings.contains_key(&rendering.lang) {
                blobs.skipped.push(Skipped {
                    name: rendering.entry.name,
                    reason: SkipReason::SameLanguage,
                });
                continue;
            }
            blobs
                .renderings
                .insert(rendering.lang, store(&rendering.entry)?);
            blobs
                .paths
                .insert(rendering.lang, join(rel, &rendering.entry.name));
            blobs.names.insert(rendering.lang, rendering.entry.name);
        }
        blobs.skipped.extend(listing.skipped);
        blobs.skipped.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(Some(blobs))
    }

    /// [`DocRepo::version_blobs`] for a commit or the work tree.
    pub fn version_of(&self, rev: &Revision) -> Result<(CommitInfo, FolderBlobs), HistoryError> {
        match rev {
            Revision::Commit(rev) => self.version_blobs(rev),
            Revision::WorkTree => self.worktree_version_in(&self.rel),
        }
    }

    /// The work tree as a version of the folder at `rel`; fails as
    /// [`DocRepo::version_blobs`] does when it is absent or holds no rendering.
    pub fn worktree_version_in(
        &self,
        rel: &str,
    ) -> Result<(CommitInfo, FolderBlobs), HistoryError> {
        let Some(blobs) = self.worktree_blobs_in(rel)? else {
            return Err(HistoryError::FolderAbsent {
                rev: WORK_TREE.to_owned(),
                path: rel.to_owned(),
            });
        };
        if blobs.renderings.is_empty() {
            return Err(HistoryError::NoRenderings {
                rev: WORK_TREE.to_owned(),
                path: rel.to_owned(),
            });
        }
        Ok((CommitInfo::work_tree(), blobs))
    }

    /// The commit `rev` names and the folder's objects in it; fails with a message naming
    /// the revision when the folder is absent, not a folder, or holds no rendering.
    pub fn version_blobs(&self, rev: &str) -> Result<(CommitInfo, FolderBlobs), HistoryError> {
        self.version_blobs_at(rev, &Location::folder(&self.rel))
    }

    /// [`DocRepo::version_blobs`] for a document that was at `loc` in that commit (found by
    /// following renames, see [`Location`]).
    pub fn version_blobs_at(
        &self,
        rev: &str,
        loc: &Location,
    ) -> Result<(CommitInfo, FolderBlobs), HistoryError> {
        let commit = self.resolve(rev)?;
        let root = commit
            .tree()
            .map_err(HistoryError::git(format!("reading the tree of `{rev}`")))?;
        // Distinguish "absent" from "a file" for a clearer message. A document whose
        // renderings were all followed from elsewhere needs no folder.
        let followed_files = loc.files.values().any(Option::is_some);
        if !loc.folder.is_empty() {
            match root.get_path(Path::new(&loc.folder)) {
                Ok(entry) if entry.kind() != Some(ObjectType::Tree) => {
                    return Err(HistoryError::NotAFolder {
                        rev: rev.to_owned(),
                        path: loc.folder.clone(),
                    });
                }
                Err(_) if !followed_files => {
                    return Err(HistoryError::FolderAbsent {
                        rev: rev.to_owned(),
                        path: loc.folder.clone(),
                    });
                }
                Ok(_) | Err(_) => {}
            }
        }
        let blobs = self.blobs_at(&root, loc)?;
        if let Some((name, what)) = blobs.refused.first() {
            return Err(HistoryError::NotAFile {
                rev: rev.to_owned(),
                path: join(&loc.folder, name),
                what,
            });
        }
        if blobs.renderings.is_empty() {
            return Err(HistoryError::NoRenderings {
                rev: rev.to_owned(),
                path: loc.folder.clone(),
            });
        }
        Ok((self.commit_info(&commit), blobs))
    }

    /// One file of the folder (`fr.md`, `document.toml`) as it was at `rev`; `None` when
    /// the commit has no such file there.
    pub fn file_at(&self, rev: &str, name: &str) -> Result<Option<String>, HistoryError> {
        let commit = self.resolve(rev)?;
        let root = commit
            .tree()
            .map_err(HistoryError::git(format!("reading the tree of `{rev}`")))?;
        let path = self.path_of(name);
        match root.get_path(Path::new(&path)) {
            Ok(entry) => match self.readable(&root, &self.rel, name, &entry) {
                (id, None) => self.blob_text(id, rev, &path).map(Some),
                (_, Some(what)) => Err(HistoryError::NotAFile {
                    rev: rev.to_owned(),
                    path,
                    what,
                }),
            },
            Err(e) if e.code() == git2::ErrorCode::NotFound => Ok(None),
            Err(e) => Err(HistoryError::git(format!("looking up `{rev}:{path}`"))(e)),
        }
    }

    /// The document folder as it was at `rev`, read from the commit's tree.
    pub fn snapshot(&self, rev: &str) -> Result<Snapshot, HistoryError> {
        let (commit, blobs) = self.version_blobs(rev)?;
        let mut renderings = Vec::with_capacity(blobs.renderings.len());
        for (&lang, &id) in &blobs.renderings {
            let path = blobs
                .paths
                .get(&lang)
                .cloned()
                .unwrap_or_else(|| self.path_of(&blobs.name_of(lang)));
            let text = self.blob_text(id, rev, &path)?;
            renderings.push(RenderingText {
                lang,
                name: blobs.name_of(lang),
                source: format!("{rev}:{path}"),
                text,
            });
        }
        let document_toml = match blobs.document_toml {
            Some(id) => {
                let path = self.path_of("document.toml");
                let text = self.blob_text(id, rev, &path)?;
                Some((format!("{rev}:{path}"), text))
            }
            None => None,
        };
        Ok(Snapshot {
            rev: rev.to_owned(),
            commit,
            renderings,
            document_toml,
            skipped: blobs.skipped,
        })
    }

    /// Files of the folder that differ from `HEAD` in the index or the work tree
    /// (untracked files included, ignored ones not): what `history` and `stale` cannot see.
    pub fn uncommitted(&self) -> Result<Vec<Uncommitted>, HistoryError> {
        let mut options = StatusOptions::new();
        options
            .include_untracked(true)
            .recurse_untracked_dirs(true)
            .include_ignored(false);
        if !self.rel.is_empty() {
            options.pathspec(format!("{}/", self.rel));
        }
        let statuses = self
            .repo
            .statuses(Some(&mut options))
            .map_err(HistoryError::git(format!(
                "reading the status of `{}`",
                self.rel
            )))?;
        let mut out: Vec<Uncommitted> = statuses
            .iter()
            .filter_map(|entry| {
                let state = status_word(entry.status())?;
                Some(Uncommitted {
                    path: entry.path().ok()?.to_owned(),
                    state,
                })
            })
            .collect();
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    }

    /// What a user sees of a commit, with the shortest unambiguous abbreviation.
    #[must_use]
    pub fn commit_info(&self, commit: &git2::Commit<'_>) -> CommitInfo {
        let mut info = self.commit_info_unabbreviated(commit);
        if let Some(short) = self.abbreviate(commit.id()) {
            info.short = short;
        }
        info
    }

    /// [`DocRepo::commit_info`] with the first seven digits as `short`. Finding the
    /// shortest unambiguous abbreviation searches the object database, which on a walk of
    /// thousands of commits costs more than the walk itself; reports abbreviate only the
    /// commits they show.
    #[must_use]
    pub fn commit_info_unabbreviated(&self, commit: &git2::Commit<'_>) -> CommitInfo {
        let author = commit.author();
        let when = author.when();
        let id = commit.id().to_string();
        CommitInfo {
            short: id.chars().take(7).collect(),
            date: iso_date(when.seconds(), when.offset_minutes()),
            time: when.seconds(),
            author: String::from_utf8_lossy(author.name_bytes()).into_owned(),
            summary: commit
                .summary_bytes()
                .map(|s| String::from_utf8_lossy(s).into_owned())
                .unwrap_or_default(),
            id,
        }
    }

    /// The shortest unambiguous abbreviation of an object id (at least seven digits, as
    /// `git log --oneline` prints it).
    #[must_use]
    pub fn abbreviate(&self, id: Oid) -> Option<String> {
        let object = self.repo.find_object(id, None).ok()?;
        let buf = object.short_id().ok()?;
        buf.as_str().ok().map(str::to_owned)
    }
}

/// The language a rendering file name stands for, by the one rule of
/// [`sixfold_translations::discover::rendering_name`].
pub(crate) fn lang_of_file(name: &str) -> Option<Lang> {
    rendering_name(name).map(|(lang, _)| lang)
}

/// `folder/name`, or `name` for the work tree root.
pub(crate) fn join(folder: &str, name: &str) -> String {
    if folder.is_empty() {
        name.to_owned()
    } else {
        format!("{folder}/{name}")
    }
}

/// The nearest existing ancestor of `path` (canonical) and the components below it that
/// do not exist, resolved lexically (`..` climbs). Fails only when nothing of the path
/// exists, which cannot happen for a relative path inside the current directory.
fn existing_ancestor(path: &Path) -> Result<(PathBuf, Vec<String>), HistoryError> {
    if let Ok(abs) = path.canonicalize() {
        return Ok((abs, Vec::new()));
    }
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(|source| HistoryError::FolderMissing {
                path: path.to_path_buf(),
                source,
            })?
            .join(path)
    };
    let mut parts: Vec<String> = Vec::new();
    let mut base = PathBuf::new();
    for c in absolute.components() {
        match c {
            Component::Prefix(_) | Component::RootDir => base.push(c.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop();
            }
            Component::Normal(n) => parts.push(n.to_string_lossy().into_owned()),
        }
    }
    // Longest prefix that exists.
    for k in (0..=parts.len()).rev() {
        let candidate: PathBuf = parts[..k].iter().fold(base.clone(), |p, c| p.join(c));
        if let Ok(abs) = candidate.canonicalize() {
            return Ok((abs, parts[k..].to_vec()));
        }
    }
    Err(HistoryError::FolderMissing {
        path: path.to_path_buf(),
        source: std::io::Error::from(std::io::ErrorKind::NotFound),
    })
}

/// Boundary commits listed in `.git/shallow`. libgit2 reads the same file; we read it too so
/// that a walk can say where it stopped rather than mistake the boundary for a root commit.
fn read_shallow_file(git_dir: &Path) -> BTreeSet<Oid> {
    let path: PathBuf = git_dir.join("shallow");
    std::fs::read_to_string(path)
        .map(|text| {
            text.lines()
                .filter_map(|line| Oid::from_str(line.trim()).ok())
                .collect()
        })
        .unwrap_or_default()
}

fn status_word(status: Status) -> Option<&'static str> {
    if status.is_conflicted() {
        Some("conflicted")
    } else if status.intersects(Status::WT_NEW | Status::INDEX_NEW) {
        Some("new")
    } else if status.intersects(Status::WT_DELETED | Status::INDEX_DELETED) {
        Some("deleted")
    } else if status.intersects(Status::WT_RENAMED | Status::INDEX_RENAMED) {
        Some("renamed")
    } else if status.intersects(Status::WT_TYPECHANGE | Status::INDEX_TYPECHANGE) {
        Some("typechange")
    } else if status.intersects(Status::WT_MODIFIED | Status::INDEX_MODIFIED) {
        Some("modified")
    } else {
        None
    }
}

/// Formats seconds since the epoch at a UTC offset as ISO 8601, without a date library:
/// git stores exactly these two numbers.
#[must_use]
pub fn iso_date(seconds: i64, offset_minutes: i32) -> String {
    let local = seconds + i64::from(offset_minutes) * 60;
    let days = local.div_euclid(86_400);
    let secs = local.rem_euclid(86_400);
    let (y, m, d) = sixfold_core::date::civil_from_days(days);
    let sign = if offset_minutes < 0 { '-' } else { '+' };
    let off = offset_minutes.unsigned_abs();
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60,
        off / 60,
        off % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_match_known_instants() {
        assert_eq!(iso_date(0, 0), "1970-01-01T00:00:00+00:00");
        // 2000-02-29 12:34:56 UTC, a leap day.
        assert_eq!(iso_date(951_827_696, 0), "2000-02-29T12:34:56+00:00");
        assert_eq!(iso_date(951_827_696, 90), "2000-02-29T14:04:56+01:30");
        assert_eq!(iso_date(951_827_696, -300), "2000-02-29T07:34:56-05:00");
        assert_eq!(iso_date(-1, 0), "1969-12-31T23:59:59+00:00");
    }
}
