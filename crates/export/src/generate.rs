//! From a `translations/` folder to every export of every document: the one generation
//! function that the CLI and `cargo xtask exports` (which commits them under `snapshots/`)
//! share.

use std::collections::BTreeMap;
use std::fmt;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use sixfold_core::Lang;
use sixfold_translations::align::AlignOptions;
use sixfold_translations::{Alignment, DocumentSet, Finding, Findings, LoadError};

use crate::aligned::Aligned;
use crate::{html, tabular, tmx, xliff};

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    Tmx,
    Xliff,
    Tsv,
    Jsonl,
    Moses,
    Html,
}

impl Format {
    /// Whether the format carries the checks' findings: XLIFF notes, the JSON Lines
    /// `findings` field, the review page. TMX, TSV and Moses carry text only.
    #[must_use]
    pub const fn carries_findings(self) -> bool {
        matches!(self, Format::Xliff | Format::Jsonl | Format::Html)
    }

    pub const ALL: [Format; 6] = [
        Format::Tmx,
        Format::Xliff,
        Format::Tsv,
        Format::Jsonl,
        Format::Moses,
        Format::Html,
    ];

    /// The name used on the command line and in snapshot names.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Format::Tmx => "tmx",
            Format::Xliff => "xliff",
            Format::Tsv => "tsv",
            Format::Jsonl => "jsonl",
            Format::Moses => "moses",
            Format::Html => "html",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text was not an export format name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown export format `{0}`: expected one of tmx, xliff, tsv, jsonl, moses, html")]
pub struct UnknownFormat(pub String);

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownFormat(s.to_owned()))
    }
}

/// Producing exports failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot load the document in {}", dir.display())]
    Load {
        dir: PathBuf,
        #[source]
        source: LoadError,
    },
    #[error(transparent)]
    Review(#[from] sixfold_review::ReviewError),
    #[error("cannot list the document folders in {}", dir.display())]
    List {
        dir: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{format} needs {expected}, got {got}")]
    Languages {
        format: Format,
        expected: &'static str,
        got: String,
    },
}

/// A document loaded, aligned and checked: what an [`Aligned`] borrows from.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The renderings read; its source texts (`texts`) are left empty once the versions'
    /// digests and the header checks have read them, as nothing else does.
    pub set: DocumentSet,
    pub alignment: Alignment,
    /// What the checks found, read with `set.docs` (a long rendering's
    /// `missing-paragraph` findings are kept compactly until they are written).
    pub findings: Findings,
    /// Findings the folder's `review.toml` accepts: left out of `findings`, marked on the
    /// review page.
    pub accepted: Vec<Finding>,
    /// The folder as commands name it (`translations/A-RES-51-60`); the review page shows
    /// commands that use it. [`Prepared::load`] takes the path it was given.
    pub folder: String,
    /// Version identity of each rendering (`A/RES/51/60@fr@1997-01-28#sha256:…`), carried
    /// by the exports so two exports can tell whether they came from the same text.
    pub versions: BTreeMap<Lang, String>,
}

impl Prepared {
    /// Reads a document folder, aligns its renderings against English and runs the checks,
    /// exactly as `sixfold export` does.
    pub fn load(dir: &Path) -> Result<Self, ExportError> {
        let set = DocumentSet::load_dir(dir).map_err(|source| ExportError::Load {
            dir: dir.to_owned(),
            source,
        })?;
        let mut prepared = Self::from_set(set)?;
        prepared.folder = dir.display().to_string();
        Ok(prepared)
    }

    /// Aligns and checks a document set however it was read (work tree or git revision),
    /// honouring its review file: pinned rows and accepted findings.
    pub fn from_set(set: DocumentSet) -> Result<Self, ExportError> {
        Self::prepare(set, true)
    }

    /// [`Prepared::from_set`] for one format: the checks run only when the format carries
    /// their findings. On a long rendering with few translations the findings (one per
    /// missing paragraph and language) take more memory than the alignment itself.
    pub fn from_set_for(set: DocumentSet, format: Format) -> Result<Self, ExportError> {
        Self::prepare(set, format.carries_findings())
    }

    fn prepare(mut set: DocumentSet, checks: bool) -> Result<Self, ExportError> {
        let versions = set
            .versions()
            .into_iter()
            .map(|(lang, version)| (lang, version.to_string()))
            .collect();
        // The source texts serve only the versions' digests (taken) and the header checks
        // (run now when the format carries findings): a copy of every rendering less
        // while aligning.
        let header = if checks {
            sixfold_translations::check::header_check(&set)
        } else {
            Vec::new()
        };
        set.texts.clear();
        let decided = sixfold_review::align_set(&set, &AlignOptions::default())?;
        let (findings, accepted) = if checks {
            let kept = sixfold_review::check_set_kept(&set, &decided, header);
            let accepted = kept.accepted.into_iter().map(|(f, _)| f).collect();
            (kept.open, accepted)
        } else {
            (Findings::default(), Vec::new())
        };
        // The aligner's finest rows: each writer groups them for the languages it writes
        // (`Aligned::rows`), and the findings number them.
        let alignment = decided.alignment;
        Ok(Prepared {
            alignment,
            folder: format!("translations/{}", set.slug),
            findings,
            accepted,
            versions,
            set,
        })
    }

    #[must_use]
    pub fn aligned(&self) -> Aligned<'_> {
        Aligned {
            slug: &self.set.slug,
            meta: self.set.meta.as_ref(),
            docs: &self.set.docs,
            alignment: &self.alignment,
            findings: &self.findings,
            versions: &self.versions,
            accepted: &self.accepted,
            folder: &self.folder,
        }
    }
}

/// One generated file (or, for Moses, one set of files) of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artefact {
    /// The document's folder name.
    pub document: String,
    pub format: Format,
    /// `tmx` for the six-way file, `tmx-en-fr` for a pair; one name per artefact of a
    /// document, naming its file under `snapshots/<document>/`.
    pub name: String,
    /// The file's text; for Moses, the per-language files one after the other, each under
    /// a `==> <slug>.<lang> <==` line.
    pub content: String,
    /// Prefix of the row ids in `content`, so a difference can be named by its row.
    pub id_prefix: String,
    /// Row ids in line order for formats whose lines do not carry them (Moses).
    pub line_ids: Vec<String>,
}

/// Every artefact of one document: the six-way TMX, TSV, JSON Lines, Moses and HTML
/// page, and TMX and XLIFF for each pair of the pivot (English) with another language.
#[must_use]
pub fn artefacts(doc: &Aligned<'_>) -> Vec<Artefact> {
    let all = doc.all_languages();
    let pivot = doc.alignment.pivot;
    let make = |format, name: String, content: String, line_ids: Vec<String>| Artefact {
        document: doc.slug.to_owned(),
        format,
        name,
        content,
        id_prefix: doc.id_prefix(),
        line_ids,
    };
    let mut out = vec![make(
        Format::Tmx,
        "tmx".into(),
        tmx::multilingual(doc, &all, None),
        vec![],
    )];
    let others: Vec<Lang> = all.iter().copied().filter(|l| *l != pivot).collect();
    if all.contains(&pivot) {
        for &other in &others {
            let pair = format!("{}-{}", pivot.code(), other.code());
            out.push(make(
                Format::Tmx,
                format!("tmx-{pair}"),
                tmx::bilingual(doc, pivot, other),
                vec![],
            ));
        }
        for &other in &others {
            let pair = format!("{}-{}", pivot.code(), other.code());
            out.push(make(
                Format::Xliff,
                format!("xliff-{pair}"),
                xliff::write(doc, pivot, other),
                vec![],
            ));
        }
    }
    out.push(make(
        Format::Tsv,
        "tsv".into(),
        tabular::tsv(doc, &all, None),
        vec![],
    ));
    out.push(make(
        Format::Jsonl,
        "jsonl".into(),
        tabular::jsonl(doc, &all, None),
        vec![],
    ));
    out.push(make(
        Format::Moses,
        "moses".into(),
        moses_bundle(doc.slug, &tabular::moses(doc, &all, None)),
        tabular::moses_row_ids(doc, &all, None),
    ));
    out.push(make(
        Format::Html,
        "html".into(),
        html::write(doc, &all, None),
        vec![],
    ));
    out
}

/// The Moses files as one text, for snapshots: each under a `==> name <==` line.
#[must_use]
pub fn moses_bundle(slug: &str, files: &[(Lang, String)]) -> String {
    let mut out = String::new();
    for (lang, text) in files {
        let _ = writeln!(out, "==> {slug}.{} <==", lang.code());
        out.push_str(text);
    }
    out
}

/// The document folders under `translations`, sorted by name.
pub fn document_dirs(translations: &Path) -> Result<Vec<PathBuf>, ExportError> {
    let list = |source| ExportError::List {
        dir: translations.to_owned(),
        source,
    };
    let mut dirs = Vec::new();
    for entry in std::fs::read_dir(translations).map_err(list)? {
        let path = entry.map_err(list)?.path();
        if path.is_dir() {
            dirs.push(path);
        }
    }
    dirs.sort();
    Ok(dirs)
}

/// Every artefact of every document under `translations`, documents in name order.
pub fn generate(translations: &Path) -> Result<Vec<Artefact>, ExportError> {
    let mut out = Vec::new();
    for dir in document_dirs(translations)? {
        let mut prepared = Prepared::load(&dir)?;
        // Snapshots must not depend on where the repository is checked out.
        prepared.folder = format!("translations/{}", prepared.set.slug);
        out.extend(artefacts(&prepared.aligned()));
    }
    Ok(out)
}
