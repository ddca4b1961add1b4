//! Document versions through the repository's git history.
//!
//! A document folder (`translations/<slug>/`) lives in a git repository; its history is
//! the record of every corrigendum and every translator's update. This crate reads it with
//! libgit2 (no `git` process, no network): the renderings at any revision, the commits that
//! changed each rendering and which aligned rows they touched, the translations whose pivot
//! paragraph changed after they did (stale), and an aligned diff between two revisions.
//!
//! Only objects are read — commits, trees, blobs — so the work tree and index stay as the
//! user left them; uncommitted changes are reported, and used only when asked for
//! ([`Revision::WorkTree`], `stale --worktree`). History means the first-parent line
//! (`git log --first-parent`), which gives "after" a single meaning; a change a merge
//! brought in is credited to the side-branch commit that made it. The folder and each
//! rendering are followed through renames (`git log --follow`), a path is looked up in the
//! revision's own tree (a folder that exists only in old commits can be read there), and a
//! rendering version that is not UTF-8 is skipped with a [`Warning`].
//!
//! Aligning every version is the cost; [`AlignCache`] keeps pivot–language alignments by
//! the content of both renderings, in memory and optionally under `.git/sixfold/`.
//!
//! ```
//! use git2::{IndexAddOption, Repository, Signature, Time};
//! use sixfold_core::Lang;
//! use sixfold_history::{DocRepo, stale};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let tmp = tempfile::tempdir()?;
//! let git = Repository::init(tmp.path())?;
//! let folder = tmp.path().join("A-X-1");
//! std::fs::create_dir(&folder)?;
//! let mut commit = |time: i64, message: &str| -> Result<(), git2::Error> {
//!     let mut index = git.index()?;
//!     index.add_all(["*"], IndexAddOption::DEFAULT, None)?;
//!     let tree = git.find_tree(index.write_tree()?)?;
//!     let sig = Signature::new("T", "t@example.org", &Time::new(time, 0))?;
//!     let parent = git.head().ok().and_then(|h| h.peel_to_commit().ok());
//!     let parents: Vec<_> = parent.iter().collect();
//!     git.commit(Some("HEAD"), &sig, &sig, message, &tree, &parents).map(drop)
//! };
//! std::fs::write(folder.join("en.md"), "1. Welcomes the report.\n\n2. Decides to act.\n")?;
//! std::fs::write(folder.join("fr.md"), "1. Accueille le rapport.\n\n2. Décide d'agir.\n")?;
//! commit(1_700_000_000, "both")?;
//! std::fs::write(folder.join("en.md"), "1. Welcomes the report.\n\n2. Decides to act now.\n")?;
//! commit(1_700_003_600, "en: op. 2")?;
//!
//! let repo = DocRepo::discover(&folder)?;
//! let report = stale(&repo, "HEAD", Lang::En)?;
//! assert_eq!(report.stale.len(), 1);
//! assert_eq!(report.stale[0].lang, Lang::Fr);
//! assert_eq!(report.stale[0].label.as_ref().map(ToString::to_string).as_deref(), Some("op.2"));
//! // The French as it was one commit ago, read without touching the work tree.
//! let before = repo.snapshot("HEAD~1")?;
//! assert_eq!(before.renderings.len(), 2);
//! # Ok(())
//! # }
//! ```

mod analysis;
mod cache;
mod error;
mod repo;
mod report;
mod symlink;
pub mod track;
mod walk;
mod words;

pub use analysis::{
    AnalyseOptions, Analysis, ChangedRow, RemovedSegment, RenderingChange, Warning, analyse,
};
pub use cache::{AlignCache, CacheStats, cache_dir, file_format as cache_file_format};
pub use error::HistoryError;
pub use repo::{
    CommitInfo, DocRepo, FolderBlobs, Location, PathKind, RenderingText, Revision, Snapshot,
    Uncommitted, WORK_TREE, iso_date,
};
pub use report::{
    DiffReport, DiffRow, HistoryEntry, HistoryReport, SegmentDiff, StaleReport, StaleSegment, diff,
    diff_revisions, diff_with, history, history_with, stale, stale_with,
};
pub use track::{AlignedVersion, LangChange, Link, Transition, transition};
pub use walk::{FolderHistory, FolderVersion, WalkOptions, folder_history, folder_history_with};
pub use words::{WordChange, WordOp, marked as marked_words, word_changes};
