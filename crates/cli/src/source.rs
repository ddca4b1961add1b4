//! Where a command's document comes from: the work tree, or a commit's tree with `--rev`.
//!
//! Every command that reads a document folder goes through [`load_set`], so `--rev` means
//! the same thing everywhere: any revspec git understands, read from the object database
//! without touching the work tree or the index.

use std::path::Path;

use anyhow::Context;
use sixfold_core::Lang;
use sixfold_export::Prepared;
use sixfold_history::DocRepo;
use sixfold_translations::DocumentSet;
use sixfold_translations::discover::{Listing, SkipReason, Skipped};

use crate::args::{CacheArg, help};

/// How the history commands read the history (shared by `history` and `stale`).
#[derive(Debug, clap::Args)]
pub(crate) struct WalkArgs {
    // Without following, history stops where the path appeared (as `git log` without
    // `--follow`).
    #[arg(long, help = help("cli-arg-no-follow"))]
    pub(crate) no_follow: bool,
    // Strict: exit 2 instead of a warning that skips that version.
    #[arg(long, help = help("cli-arg-strict"))]
    pub(crate) strict: bool,
    #[command(flatten)]
    pub(crate) cache: CacheArg,
}

impl WalkArgs {
    /// The alignment cache these arguments ask for.
    pub(crate) fn align_cache(&self, repo: &DocRepo) -> sixfold_history::AlignCache {
        cache_for(repo, self.cache.cache)
    }

    pub(crate) fn options<'c>(
        &self,
        cache: &'c sixfold_history::AlignCache,
    ) -> sixfold_history::AnalyseOptions<'c> {
        let mut options = sixfold_history::AnalyseOptions::new(cache);
        options.follow = !self.no_follow;
        options.strict = self.strict;
        options
    }
}

/// An in-memory alignment cache, or one under `.git/sixfold/` when `disk` is set.
pub(crate) fn cache_for(repo: &DocRepo, disk: bool) -> sixfold_history::AlignCache {
    if disk {
        sixfold_history::AlignCache::on_disk(sixfold_history::cache_dir(repo.repository().path()))
    } else {
        sixfold_history::AlignCache::in_memory()
    }
}

/// One line per rendering version skipped because it could not be decoded.
pub(crate) fn warning_notes(warnings: &[sixfold_history::Warning]) -> Vec<String> {
    warnings
        .iter()
        .map(|w| {
            let args = sixfold_l10n::Args::new()
                .text("commit", w.commit.short.as_str())
                .text("path", w.path.as_str());
            if let Some(offset) = w.offset {
                crate::ui::t("note-undecodable", &args.count("offset", offset))
            } else {
                // A Word package that cannot be read: say why.
                let (id, detail) = w.error.message();
                let message = crate::ui::t(id, &detail);
                crate::ui::t("note-unreadable-version", &args.text("message", message))
            }
        })
        .collect()
}

/// How folders are read in this run (`--follow-symlinks`), set once by `main`.
static OPTIONS: std::sync::OnceLock<sixfold_translations::LoadOptions> = std::sync::OnceLock::new();

pub(crate) fn set_options(options: sixfold_translations::LoadOptions) {
    let _ = OPTIONS.set(options);
}

/// Reads a document folder from the work tree with this run's options.
pub(crate) fn load_dir(path: &Path) -> Result<DocumentSet, sixfold_translations::LoadError> {
    DocumentSet::load_dir_with(path, &OPTIONS.get().copied().unwrap_or_default())
}

/// The repository holding `path`, reading links at a revision as this run's options say
/// (`--follow-symlinks`: [`DocRepo::follow_symlinks`]).
pub(crate) fn discover(path: &Path) -> Result<DocRepo, sixfold_history::HistoryError> {
    let follow = OPTIONS.get().is_some_and(|o| o.follow_symlinks);
    Ok(DocRepo::discover(path)?.follow_symlinks(follow))
}

/// Why a file of a document folder in the work tree cannot be read, with this run's
/// options: [`sixfold_translations::set::not_a_regular_file`], or with `--follow-symlinks`
/// [`sixfold_translations::symlinks::not_a_file_inside`] the file's folder.
pub(crate) fn refused(path: &Path) -> Option<sixfold_translations::LoadError> {
    if OPTIONS.get().is_some_and(|o| o.follow_symlinks) {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        sixfold_translations::symlinks::not_a_file_inside(path, dir)
    } else {
        sixfold_translations::set::not_a_regular_file(path)
    }
}

/// Reads a document folder from the work tree, or with `rev` from that commit's tree.
///
/// Both ways list the folder with [`sixfold_translations::discover`], so they find the same
/// renderings; files skipped for their names are reported on standard error.
pub(crate) fn load_set(path: &Path, rev: Option<&str>) -> anyhow::Result<DocumentSet> {
    let Some(rev) = rev else {
        // Callers add their own context, as they did before `--rev` existed.
        let set = load_dir(path)?;
        print_notes(skipped_notes(&set.skipped));
        return Ok(set);
    };
    let repo = discover(path)?;
    let snapshot = repo.snapshot(rev)?;
    let texts = snapshot
        .renderings
        .into_iter()
        .map(|r| (r.lang, r.source, r.text))
        .collect();
    let mut set = DocumentSet::from_texts(repo.slug(), texts, snapshot.document_toml)
        .with_context(|| {
            crate::ui::t(
                "cli-cannot-read-at-rev",
                &sixfold_l10n::Args::new()
                    .text("path", repo.folder())
                    .text("rev", rev),
            )
        })?;
    print_notes(skipped_notes(&snapshot.skipped));
    set.skipped = snapshot.skipped;
    set.whole_folder = true;
    // The decisions of that revision, not today's: pins and acceptances are versioned
    // with the text they were made on.
    let review = sixfold_translations::set::REVIEW_FILE;
    if let Some(text) = repo.file_at(rev, review)? {
        let folder = repo.folder();
        let path = if folder.is_empty() {
            review.to_owned()
        } else {
            format!("{folder}/{review}")
        };
        set.review = Some((format!("{rev}:{path}"), text));
    }
    Ok(set)
}

/// The renderings of a folder as `(language, file name)` in UN order, from the work tree
/// or at `rev`, found by the same listing as [`load_set`]; skipped files are reported.
pub(crate) fn rendering_files(
    dir: &Path,
    rev: Option<&str>,
) -> anyhow::Result<Vec<(Lang, String)>> {
    let (files, skipped) = match rev {
        None => {
            let listing = Listing::read_dir(dir)
                .with_context(|| crate::ui::t1("cli-cannot-read", "path", dir.display()))?;
            let files = listing
                .renderings
                .into_iter()
                .map(|r| (r.lang, r.entry.name))
                .collect();
            (files, listing.skipped)
        }
        Some(rev) => {
            let repo = discover(dir)?;
            let (_, blobs) = repo.version_blobs(rev)?;
            let files = blobs
                .renderings
                .keys()
                .map(|&lang| (lang, blobs.name_of(lang)))
                .collect();
            (files, blobs.skipped)
        }
    };
    print_notes(skipped_notes(&skipped));
    // Languages in UN order, as every report lists them.
    let mut files: Vec<(Lang, String)> = files;
    files.sort();
    Ok(files)
}

/// One note per file left out of a folder for its name.
pub(crate) fn skipped_notes(skipped: &[Skipped]) -> Vec<String> {
    skipped
        .iter()
        .map(|s| {
            let id = match s.reason {
                SkipReason::NoLanguage => "note-skipped-no-language",
                SkipReason::SameLanguage => "note-skipped-same-language",
            };
            crate::ui::t1(id, "file", &s.name)
        })
        .collect()
}

/// Whether `path` is a file at `rev` (a folder, or nothing, is not): what decides
/// whether `--rev` was given a rendering instead of its folder. Outside a repository the
/// answer comes from the work tree, and reading the folder then names the real problem.
pub(crate) fn is_file_at(path: &Path, rev: &str) -> anyhow::Result<bool> {
    let Ok(repo) = discover(path) else {
        return Ok(path.is_file());
    };
    Ok(repo.kind_at(rev)? == sixfold_history::PathKind::File)
}

/// What `path` is at `rev`; `None` outside a repository or where the revision does not
/// have it, so the caller falls back on the work tree and its own messages.
pub(crate) fn kind_at(path: &Path, rev: &str) -> anyhow::Result<Option<sixfold_history::PathKind>> {
    let Ok(repo) = discover(path) else {
        return Ok(None);
    };
    Ok(match repo.kind_at(rev)? {
        sixfold_history::PathKind::Absent => None,
        kind => Some(kind),
    })
}

/// The refusal of a rendering file where a command reads document folders (`export`, a
/// line of a `--from` list), naming the folder that holds it.
pub(crate) fn needs_folder(path: &Path) -> anyhow::Error {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    anyhow::anyhow!(crate::ui::t(
        "cli-needs-folder",
        &sixfold_l10n::Args::new()
            .text("path", path.display().to_string())
            .text(
                "folder",
                folder.map_or_else(|| ".".to_owned(), |f| f.display().to_string()),
            ),
    ))
}

/// What `sixfold export` works on: the folder loaded, aligned against English and checked,
/// from the work tree ([`Prepared::load`]) or at a revision (the same steps on the texts
/// of that commit).
/// The checks run only when `format` carries their findings.
pub(crate) fn prepared(
    dir: &Path,
    rev: Option<&str>,
    format: sixfold_export::Format,
) -> anyhow::Result<Prepared> {
    // A review file that cannot be used is said in the interface language, as by check.
    let localise = |err: sixfold_export::ExportError| match err {
        sixfold_export::ExportError::Review(e) => crate::review::error(&e),
        other => other.into(),
    };
    let place = dir.display().to_string();
    let Some(rev) = rev else {
        if dir.is_file() {
            return Err(needs_folder(dir));
        }
        let set = load_dir(dir).map_err(|source| sixfold_export::ExportError::Load {
            dir: dir.to_owned(),
            source,
        })?;
        if let Some(err) = crate::docs::too_few_languages(&place, &set) {
            return Err(err);
        }
        let mut prepared = Prepared::from_set_for(set, format).map_err(localise)?;
        prepared.folder = place;
        return Ok(prepared);
    };
    let set = load_set(dir, Some(rev))?;
    if let Some(err) = crate::docs::too_few_languages(&place, &set) {
        return Err(err);
    }
    let mut prepared = Prepared::from_set_for(set, format).map_err(localise)?;
    prepared.folder = dir.display().to_string();
    Ok(prepared)
}

/// One file of a document folder (`<dir>/fr.md`, `<dir>/document.toml`) as it was at
/// `rev`; `None` when that commit has no such file.
pub(crate) fn file_at_rev(path: &Path, rev: &str) -> anyhow::Result<Option<String>> {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        anyhow::bail!(crate::ui::t1(
            "cli-not-a-file-in-folder",
            "path",
            path.display()
        ));
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let repo = discover(dir)?;
    Ok(repo.file_at(rev, &name.to_string_lossy())?)
}

/// A one-line note about uncommitted changes in the folder, which commands that read the
/// history cannot see; `None` when the folder is clean.
pub(crate) fn uncommitted_note(repo: &DocRepo) -> anyhow::Result<Option<String>> {
    let changes = repo.uncommitted()?;
    if changes.is_empty() {
        return Ok(None);
    }
    let list: Vec<String> = changes
        .iter()
        .map(|c| format!("{} ({})", c.path, c.state))
        .collect();
    let folder = if repo.folder().is_empty() {
        crate::ui::plain("note-work-tree")
    } else {
        repo.folder().to_owned()
    };
    Ok(Some(crate::ui::t(
        "note-uncommitted",
        &sixfold_l10n::Args::new()
            .text("folder", folder)
            .text("list", list.join(", ")),
    )))
}

/// A one-line note when a shallow clone cut the history short.
pub(crate) fn shallow_note(boundary: Option<&sixfold_history::CommitInfo>) -> Option<String> {
    boundary.map(|b| {
        crate::ui::t(
            "note-shallow",
            &sixfold_l10n::Args::new()
                .text("commit", b.short.as_str())
                .text("date", b.date.as_str()),
        )
    })
}

/// Prints notes to standard error, where they do not disturb JSON on standard output.
pub(crate) fn print_notes(notes: impl IntoIterator<Item = String>) {
    if QUIET.load(std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    print_warnings(notes);
}

/// Whether `--quiet` was given: notes are then left out, as the progress bar is.
static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Leaves notes out for the rest of the run (`--quiet`). A corpus run over thousands of
/// folders otherwise prints one note per folder without a symbol, which buries the
/// errors that matter; warnings about lost data still go through [`print_warnings`].
pub(crate) fn quiet_notes(quiet: bool) {
    QUIET.store(quiet, std::sync::atomic::Ordering::Relaxed);
}

/// Prints lines on standard error whatever `--quiet` says: what a write could not keep.
pub(crate) fn print_warnings(notes: impl IntoIterator<Item = String>) {
    for note in notes {
        #[allow(clippy::print_stderr)] // The CLI edge is where notes are shown to people.
        {
            eprintln!("{note}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use git2::{IndexAddOption, Repository, Signature, Time};
    use sixfold_core::Lang;

    fn commit_all(repo: &Repository, time: i64, message: &str) -> git2::Oid {
        let mut index = repo.index().unwrap();
        index.add_all(["*"], IndexAddOption::DEFAULT, None).unwrap();
        index.write().unwrap();
        let tree = repo.find_tree(index.write_tree().unwrap()).unwrap();
        let sig = Signature::new("Test", "test@example.org", &Time::new(time, 0)).unwrap();
        let parent = repo.head().ok().and_then(|h| h.peel_to_commit().ok());
        let parents: Vec<&git2::Commit<'_>> = parent.iter().collect();
        repo.commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)
            .unwrap()
    }

    #[test]
    fn a_folder_is_read_from_the_work_tree_or_from_a_revision() {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repository::init(dir.path()).unwrap();
        let folder = dir.path().join("translations/A-X-1");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("en.md"), "1. First version.\n").unwrap();
        std::fs::write(folder.join("fr.md"), "1. Première version.\n").unwrap();
        let first = commit_all(&repo, 1_700_000_000, "first");
        repo.tag_lightweight("v1", &repo.find_object(first, None).unwrap(), false)
            .unwrap();
        std::fs::write(folder.join("en.md"), "1. Second version.\n").unwrap();
        commit_all(&repo, 1_700_003_600, "second");
        std::fs::write(folder.join("en.md"), "1. Work tree version.\n").unwrap();

        let text = |set: &DocumentSet| set.docs[&Lang::En].segments[0].text.clone();
        let work = load_set(&folder, None).unwrap();
        assert!(text(&work).contains("Work tree"));
        let head = load_set(&folder, Some("HEAD")).unwrap();
        assert!(text(&head).contains("Second"));
        for rev in ["HEAD~1", "v1"] {
            let old = load_set(&folder, Some(rev)).unwrap();
            assert!(text(&old).contains("First"), "{rev}");
            assert_eq!(old.slug, "A-X-1");
            assert_eq!(
                old.docs[&Lang::En].source,
                format!("{rev}:translations/A-X-1/en.md")
            );
        }
        assert_eq!(
            file_at_rev(&folder.join("en.md"), "v1").unwrap().as_deref(),
            Some("1. First version.\n")
        );
        assert_eq!(
            file_at_rev(&folder.join("document.toml"), "v1").unwrap(),
            None
        );
        let err = load_set(&folder, Some("v9")).unwrap_err();
        assert!(
            format!("{err:#}").contains("unknown revision `v9`"),
            "{err:#}"
        );
        let note = uncommitted_note(&DocRepo::discover(&folder).unwrap())
            .unwrap()
            .unwrap();
        assert!(
            note.contains("translations/A-X-1/en.md (modified)"),
            "{note}"
        );
    }

    #[test]
    fn rev_outside_a_repository_fails_with_a_clear_message() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("en.md"), "1. Text.\n").unwrap();
        assert!(load_set(dir.path(), None).is_ok());
        let err = load_set(dir.path(), Some("HEAD")).unwrap_err();
        assert!(
            format!("{err:#}").starts_with("not inside a git repository: --rev needs one"),
            "{err:#}"
        );
    }
}
