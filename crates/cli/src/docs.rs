//! The documents a command works on: one group of arguments, turned once into documents.
//!
//! `align` and `check` flatten [`DocArgs`] (paths, `--pivot`, `--lang`, `--rev`,
//! `--format`, and `--from`/`--jobs`/`--quiet` for many documents); [`DocArgs::documents`]
//! turns those low-level arguments into what the command iterates over, in the way ripgrep
//! turns its parsed flags into high-level arguments once: either loaded document sets, or a
//! stream of folders loaded one by one by the `--jobs` workers ([`DocArgs::load_one`]).
//! The other commands that read a document take the single pieces of [`crate::args`].

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use rayon::prelude::*;
use sixfold_core::Lang;
use sixfold_translations::DocumentSet;
use sixfold_translations::align::AlignOptions;

use crate::args::{Format, FormatArg, LangArg, PivotArg, RevArg, help};
use crate::stream::{Many, Source};

/// The document arguments, as clap parses them.
#[derive(Debug, clap::Args)]
pub(crate) struct DocArgs {
    #[arg(value_name = "PATH", help = help("cli-arg-paths"))]
    pub(crate) paths: Vec<PathBuf>,
    #[command(flatten)]
    pivot: PivotArg,
    #[command(flatten)]
    lang: LangArg,
    #[command(flatten)]
    format: FormatArg,
    #[command(flatten)]
    rev: RevArg,
    #[command(flatten)]
    pub(crate) many: Many,
}

/// What a command works on, decided once from [`DocArgs`].
pub(crate) enum Documents {
    /// Loaded now, in the order given: the rendering files of one document, or folders
    /// that only exist at `--rev`.
    Loaded(Vec<(String, DocumentSet)>),
    /// Document folders, each loaded by a worker when its turn comes ([`DocArgs::load_one`]),
    /// so memory stays flat however many there are.
    Stream(Source),
}

/// What a command reads when it is given neither a path nor `--from`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WhenNone {
    /// Every document folder under `translations/` (`check`, a gate run from the root).
    AllDocuments,
    /// Nothing; clap already requires a path or `--from` (`align`).
    Required,
}

impl DocArgs {
    pub(crate) fn align_options(&self) -> AlignOptions {
        AlignOptions {
            pivot: self.pivot.pivot,
        }
    }

    pub(crate) fn format(&self) -> Format {
        self.format.format
    }

    pub(crate) fn rev(&self) -> Option<&str> {
        self.rev.get()
    }

    /// The documents the arguments name: a stream when they are folders (or a `--from`
    /// list), else the files of one document (or folders at `--rev`) loaded now.
    pub(crate) fn documents(&self, none: WhenNone) -> anyhow::Result<Documents> {
        crate::source::quiet_notes(self.many.quiet);
        let paths = if none == WhenNone::AllDocuments
            && self.paths.is_empty()
            && self.many.from.is_none()
        {
            all_documents()?
        } else {
            self.paths.clone()
        };
        if let Some(source) = self.many.source(&paths)? {
            return Ok(Documents::Stream(source));
        }
        load_inputs(&paths, self.lang.lang, self.rev()).map(Documents::Loaded)
    }

    /// One document folder of a stream, loaded (at `--rev` when given) and required to
    /// have two languages.
    pub(crate) fn load_one(&self, path: &Path) -> anyhow::Result<(String, DocumentSet)> {
        load_one(path, self.rev())
    }
}

/// What the command line named: several folders are several documents, files are one.
fn load_inputs(
    paths: &[PathBuf],
    lang: Option<Lang>,
    rev: Option<&str>,
) -> anyhow::Result<Vec<(String, DocumentSet)>> {
    // With --rev a path is what it is at that revision: a folder that exists only in old
    // commits is a folder, and only a file at that revision is refused.
    let dirs = match rev {
        Some(rev) => {
            for p in paths {
                if crate::source::is_file_at(p, rev)? {
                    bail!(crate::ui::plain("cli-align-rev-needs-folder"));
                }
            }
            paths.len()
        }
        None => paths.iter().filter(|p| p.is_dir()).count(),
    };
    if dirs > 0 && dirs < paths.len() {
        // A folder beside a path that is not there is a typo, not a mix of folders and files.
        if let Some(p) = paths.iter().find(|p| rev.is_none() && !p.exists()) {
            bail!(crate::ui::t1(
                "cli-align-no-such-input",
                "path",
                p.display()
            ));
        }
        bail!(crate::ui::plain("cli-align-mixed-inputs"));
    }
    if dirs == 0 {
        for p in paths {
            if !p.is_file() {
                bail!(crate::ui::t1(
                    "cli-align-no-such-input",
                    "path",
                    p.display()
                ));
            }
        }
        let mut set = DocumentSet::load_files(paths, lang)
            .with_context(|| crate::ui::plain("cli-align-cannot-load-files"))?;
        // Files name the languages the user wants compared: renderings that document.toml
        // declares but that were not given are left out on purpose, not missing.
        if let Some(meta) = set.meta.as_mut() {
            meta.renderings
                .retain(|lang, _| set.docs.contains_key(lang));
        }
        let place = paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(" ");
        let sets = vec![(place, set)];
        return require_two_languages(sets);
    }
    // Each folder on its own; the first unusable one in the order given is the error.
    let loaded: Vec<_> = paths.par_iter().map(|p| load_one(p, rev)).collect();
    loaded.into_iter().collect()
}

/// One document folder, loaded and required to have two languages.
fn load_one(path: &Path, rev: Option<&str>) -> anyhow::Result<(String, DocumentSet)> {
    if rev.is_none() && path.is_file() {
        // A rendering listed where folders are expected: say so as `export` does, not
        // with the system's "Not a directory".
        return Err(crate::source::needs_folder(path));
    }
    let set = crate::source::load_set(path, rev)
        .with_context(|| crate::ui::t1("cli-align-cannot-load-folder", "path", path.display()))?;
    let mut one = require_two_languages(vec![(path.display().to_string(), set)])?;
    Ok(one.remove(0))
}

/// Alignment compares languages: a single rendering is unusable input (exit 2), not a
/// document with nothing to report.
fn require_two_languages(
    sets: Vec<(String, DocumentSet)>,
) -> anyhow::Result<Vec<(String, DocumentSet)>> {
    for (place, set) in &sets {
        if let Some(err) = too_few_languages(place.as_str(), set) {
            return Err(err);
        }
    }
    Ok(sets)
}

/// The refusal of a set with fewer than two renderings, said the same way by every
/// command that aligns (`align`, `check`, `export`).
pub(crate) fn too_few_languages(place: &str, set: &DocumentSet) -> Option<anyhow::Error> {
    if set.docs.len() >= 2 {
        return None;
    }
    let langs: Vec<&str> = set.docs.keys().map(|l| l.code()).collect();
    Some(anyhow::anyhow!(crate::ui::t(
        "cli-align-too-few-languages",
        &sixfold_l10n::Args::new()
            .text("place", place)
            .num("count", set.docs.len() as u32)
            .text("langs", langs.join(", ")),
    )))
}

/// Lists the document folders under `translations/` of the current directory.
fn all_documents() -> anyhow::Result<Vec<PathBuf>> {
    let root = Path::new("translations");
    let said = || crate::ui::t1("cli-cannot-list-translations", "path", root.display());
    let entries = match std::fs::read_dir(root) {
        Ok(entries) => entries,
        // No `translations/` here: the message says what to do, and the system's "No such
        // file or directory" after it adds nothing.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(said()),
        Err(e) => return Err(anyhow::Error::new(e).context(said())),
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    if dirs.is_empty() {
        bail!(crate::ui::t1(
            "cli-no-document-folders",
            "path",
            root.display()
        ));
    }
    Ok(dirs)
}
