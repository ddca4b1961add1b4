//! The ways reading a document folder's history can fail, each carrying the revision and
//! path a user needs to fix the command line or the repository.

use sixfold_core::Lang;
use std::path::PathBuf;

/// Everything that can go wrong between a document folder and its git history.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// No repository contains the folder; only the work tree can be read.
    #[error(
        "not inside a git repository: --rev needs one, and so do history, stale and diff (searched upward from {path})"
    )]
    NotARepository {
        path: PathBuf,
        /// Why git could not open one, when it is more than finding none (a repository it
        /// cannot read): "not found" in git's own codes says nothing the message does not.
        #[source]
        source: Option<git2::Error>,
    },
    /// Bare repositories have no work tree to locate the folder in.
    #[error("repository {git_dir} has no work tree: the folder cannot be located in it")]
    BareRepository { git_dir: PathBuf },
    /// The folder does not exist on disk, so it cannot be placed in the repository.
    #[error("cannot find folder {path}")]
    FolderMissing {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A file of the folder in the work tree could not be read.
    #[error("cannot read {path}")]
    ReadFile {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The folder resolved to a place outside the repository's work tree.
    #[error("folder {path} is outside the work tree {workdir} of its repository")]
    OutsideWorkTree { path: PathBuf, workdir: PathBuf },
    /// `revparse` did not recognise the revision.
    #[error("unknown revision `{rev}`: expected a commit, branch, tag or revspec such as HEAD~2")]
    UnknownRevision {
        rev: String,
        #[source]
        source: git2::Error,
    },
    /// In a shallow clone, a revision that may well exist but was not fetched.
    #[error(
        "unknown revision `{rev}` in this shallow clone: history stops at the shallow boundary, so older commits are not present (git fetch --unshallow fetches them)"
    )]
    BeyondShallowBoundary {
        rev: String,
        #[source]
        source: git2::Error,
    },
    /// The revision names something that is not a commit (a blob, say).
    #[error("revision `{rev}` does not name a commit")]
    NotACommit {
        rev: String,
        #[source]
        source: git2::Error,
    },
    /// The folder is not in that commit's tree.
    #[error("folder `{path}` does not exist at revision `{rev}`")]
    FolderAbsent { rev: String, path: String },
    /// The path exists at that revision but is a file.
    #[error("`{path}` at revision `{rev}` is not a folder")]
    NotAFolder { rev: String, path: String },
    /// The folder exists but holds none of the six `{lang}.md` files.
    #[error(
        "no rendering in `{path}` at revision `{rev}`: expected files named ar.md, zh.md, en.md, fr.md, ru.md or es.md"
    )]
    NoRenderings { rev: String, path: String },
    /// Stale translations are measured against the pivot, which that version lacks.
    #[error(
        "no {lang}.md in `{path}` at revision `{rev}`: the pivot rendering is needed to find stale translations"
    )]
    PivotAbsent {
        rev: String,
        path: String,
        lang: Lang,
    },
    /// A rendering or `document.toml` entry is a link, a submodule or a folder.
    #[error(
        "`{path}` at revision `{rev}` is {what}; expected a regular file (a blob of mode 100644)"
    )]
    NotAFile {
        rev: String,
        path: String,
        what: &'static str,
    },
    /// A rendering blob is not text in an accepted encoding (UTF-8, UTF-16 with a
    /// byte-order mark) or, for a `.docx`, not a readable Word package.
    #[error("`{path}` at revision `{rev}` cannot be read")]
    NotUtf8 {
        rev: String,
        path: String,
        #[source]
        source: sixfold_translations::input::InputError,
    },
    /// A commit the walk needs is not in the object database (outside a shallow clone's
    /// boundary, or a damaged repository).
    #[error(
        "commit {commit} needed for the history of `{path}` is missing (beyond a shallow clone's boundary, or a damaged repository)"
    )]
    MissingCommit {
        commit: String,
        path: String,
        #[source]
        source: git2::Error,
    },
    /// Any other libgit2 failure, with what was being done.
    #[error("git failed while {doing}")]
    Git {
        doing: String,
        #[source]
        source: git2::Error,
    },
}

impl HistoryError {
    /// Wraps a libgit2 error with the operation that failed, for the cases that have no
    /// dedicated variant.
    pub(crate) fn git(doing: impl Into<String>) -> impl FnOnce(git2::Error) -> HistoryError {
        let doing = doing.into();
        move |source| HistoryError::Git { doing, source }
    }
}
