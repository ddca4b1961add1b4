//! A document folder located inside its git repository, and reading its renderings from
//! any commit's tree.
//!
//! Everything here reads objects only (commits, trees, blobs): the work tree and the index
//! are never touched, so `--rev` is safe to use while a translator has the files open.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use git2::{ObjectType, Oid, Repository, Status, StatusOptions, Tree};
use serde::Serialize;
use sixfold_core::Lang;
use sixfold_translations::discover::{Entry, EntryKind, Listing, SkipReason, Skipped};

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
        let abs = folder
            .canonicalize()
            .map_err(|source| HistoryError::FolderMissing {
                path: folder.to_path_buf(),
                source,
            })?;
        let repo = Repository::discover(&abs).map_err(|source| HistoryError::NotARepository {
            path: folder.to_path_buf(),
            source,
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
            .collect::<Vec<_>>()
            .join("/");
        let slug = abs
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let shallow = read_shallow_file(repo.path());
        Ok(DocRepo {
            repo,
            rel,
            slug,
            shallow,
        })
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
        if self.rel.is_empty() {
            file.to_owned()
        } else {
            format!("{}/{file}", self.rel)
        }
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
        let Some(folder) = self.folder_tree(root)? else {
            return Ok(FolderBlobs::default());
        };
        let mut blobs = FolderBlobs {
            tree: Some(folder.id()),
            ..FolderBlobs::default()
        };
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
            ids.insert(name.clone(), (entry.id(), irregular_entry(&entry)));
            Some(Entry { name, kind })
        });
        let listing = Listing::from_entries(entries.collect::<Vec<_>>());
        if let Some(toml) = listing.document_toml {
            match ids.get(&toml.name) {
                Some(&(_, Some(what))) => blobs.refused.push((toml.name, what)),
                Some(&(id, None)) => blobs.document_toml = Some(id),
                None => {}
            }
        }
        if let Some(&(id, None)) = ids.get(sixfold_translations::set::REVIEW_FILE) {
            blobs.review_toml = Some(id);
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
            blobs.names.insert(rendering.lang, rendering.entry.name);
        }
        blobs.skipped.extend(listing.skipped);
        blobs.skipped.sort_by(|a, b| a.name.cmp(&b.name));
        // In tree order, as git lists them.
        blobs.refused.sort();
        Ok(blobs)
    }

    /// The folder's tree in `root`, `None` when it is absent or not a tree.
    fn folder_tree<'r>(&'r self, root: &Tree<'r>) -> Result<Option<Tree<'r>>, HistoryError> {
        if self.rel.is_empty() {
            return Ok(Some(root.clone()));
        }
        let entry = match root.get_path(Path::new(&self.rel)) {
            Ok(entry) => entry,
            Err(e) if e.code() == git2::ErrorCode::NotFound => return Ok(None),
            Err(e) => return Err(HistoryError::git(format!("looking up `{}`", self.rel))(e)),
        };
        if entry.kind() != Some(ObjectType::Tree) {
            return Ok(None);
        }
        self.repo
            .find_tree(entry.id())
            .map(Some)
            .map_err(HistoryError::git(format!("reading tree `{}`", self.rel)))
    }

    /// The folder's id in a commit (its tree id), the cheap test of "did anything change".
    pub fn folder_id(&self, commit: &git2::Commit<'_>) -> Result<Option<Oid>, HistoryError> {
        let root = commit.tree().map_err(HistoryError::git(format!(
            "reading the tree of {}",
            commit.id()
        )))?;
        Ok(self.folder_tree(&root)?.map(|t| t.id()))
    }

    /// Reads a blob as UTF-8 text; `source` names it in the error.
    pub fn blob_text(&self, id: Oid, rev: &str, path: &str) -> Result<String, HistoryError> {
        let blob = self
            .repo
            .find_blob(id)
            .map_err(HistoryError::git(format!("reading `{rev}:{path}`")))?;
        String::from_utf8(blob.content().to_vec()).map_err(|source| HistoryError::NotUtf8 {
            rev: rev.to_owned(),
            path: path.to_owned(),
            source,
        })
    }

    /// The commit `rev` names and the folder's objects in it; fails with a message naming
    /// the revision when the folder is absent, not a folder, or holds no rendering.
    pub fn version_blobs(&self, rev: &str) -> Result<(CommitInfo, FolderBlobs), HistoryError> {
        let commit = self.resolve(rev)?;
        let root = commit
            .tree()
            .map_err(HistoryError::git(format!("reading the tree of `{rev}`")))?;
        // Distinguish "absent" from "a file" for a clearer message.
        if !self.rel.is_empty() {
            match root.get_path(Path::new(&self.rel)) {
                Ok(entry) if entry.kind() != Some(ObjectType::Tree) => {
                    return Err(HistoryError::NotAFolder {
                        rev: rev.to_owned(),
                        path: self.rel.clone(),
                    });
                }
                Ok(_) => {}
                Err(_) => {
                    return Err(HistoryError::FolderAbsent {
                        rev: rev.to_owned(),
                        path: self.rel.clone(),
                    });
                }
            }
        }
        let blobs = self.blobs_in(&root)?;
        if let Some((name, what)) = blobs.refused.first() {
            return Err(HistoryError::NotAFile {
                rev: rev.to_owned(),
                path: self.path_of(name),
                what,
            });
        }
        if blobs.renderings.is_empty() {
            return Err(HistoryError::NoRenderings {
                rev: rev.to_owned(),
                path: self.rel.clone(),
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
            Ok(entry) => match irregular_entry(&entry) {
                None => self.blob_text(entry.id(), rev, &path).map(Some),
                Some(what) => Err(HistoryError::NotAFile {
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
            let path = self.path_of(&blobs.name_of(lang));
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
    let (y, m, d) = civil_from_days(days);
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

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm, from
/// his public description of `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    // Both are in 1..=31 and 1..=12 by construction, so the conversions cannot fail.
    let d = u32::try_from(doy - (153 * mp + 2) / 5 + 1).unwrap_or(1);
    let m = u32::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).unwrap_or(1);
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
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
