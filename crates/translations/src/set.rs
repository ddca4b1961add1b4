//! A document set: the renderings of one document, read together, with its `document.toml`.
//!
//! This is the unit that alignment, checks, exports and history work on. It is built from a
//! document folder (`translations/<slug>/{lang}.md` plus `document.toml`), from explicit
//! files, or from texts already in memory (a git revision), and always holds both the
//! normalised source texts and the documents read from them, so that findings can quote the
//! text and point at lines.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sixfold_core::{DocumentToml, Lang, MetaError};
use unicode_normalization::UnicodeNormalization;

use crate::discover::{Listing, META_FILE, Skipped, lang_of_path};
use crate::input::{InputError, decode_named};
use crate::label::{HeaderSlot, Label};
use crate::model::Document;
use crate::read::read_nfc;

/// Why a document set could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A rendering (or `document.toml`) whose bytes are not text in an accepted encoding,
    /// or a Word package that cannot be read.
    #[error("cannot read {}", path.display())]
    Input {
        path: PathBuf,
        #[source]
        source: InputError,
    },
    /// Several files of one document cannot be read: all of them are reported, so that a
    /// user fixes them in one go.
    #[error("{} files cannot be read: {}", .0.len(), list_errors(.0))]
    Unreadable(Vec<LoadError>),
    #[error(
        "cannot tell the language of {}: expected a file named `<lang>.md` or `<name>.<lang>.md` with lang one of ar, zh, en, fr, ru, es, or an explicit language",
        path.display()
    )]
    UnknownLanguage { path: PathBuf },
    #[error("two renderings in {lang}: {first} and {second}; expected one file per language")]
    DuplicateLanguage {
        lang: Lang,
        first: String,
        second: String,
    },
    #[error(
        "no renderings in {place}: expected at least one file named `<lang>.md`, `<lang>.txt` or `<lang>.docx` with lang one of ar, zh, en, fr, ru, es"
    )]
    NoRenderings { place: String },
    /// The parser's error is part of this message rather than its `source`: it already
    /// names the file and line, and a chain printer would otherwise repeat it.
    #[error("invalid document.toml: {0}")]
    Meta(MetaError),
    #[error("{} is {what}; expected a regular file", path.display())]
    NotAFile { path: PathBuf, what: &'static str },
}

impl From<MetaError> for LoadError {
    fn from(e: MetaError) -> Self {
        LoadError::Meta(e)
    }
}

/// The renderings of one document, read.
#[derive(Debug, Clone)]
pub struct DocumentSet {
    /// Folder name, e.g. `A-RES-51-60`.
    pub slug: String,
    pub meta: Option<DocumentToml>,
    pub docs: BTreeMap<Lang, Document>,
    /// NFC source texts as read (without a byte-order mark), for quoting and line lookup.
    pub texts: BTreeMap<Lang, String>,
    /// The folder's review file (`review.toml`) as text, with where it came from (a path
    /// or `<rev>:<path>`), read from the same place and revision as the renderings; the
    /// `sixfold-review` crate reads it.
    pub review: Option<(String, String)>,
    /// Files of the folder left out for their names ([`Listing::skipped`]), for the
    /// commands to report.
    pub skipped: Vec<Skipped>,
    /// Whether every rendering of a folder was read (a folder, or a folder at a git
    /// revision), so that a language not here is absent from the folder rather than left
    /// out by whoever named the files; `check` reports absent languages only then.
    pub whole_folder: bool,
}

/// How a folder is read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LoadOptions {
    /// Read a rendering or `document.toml` that is a symbolic link, when it leads to a
    /// regular file inside the repository (`--follow-symlinks`); refused otherwise, as
    /// every link is by default.
    pub follow_symlinks: bool,
}

/// The file name of the review file in a document folder (pins and accepted findings).
pub const REVIEW_FILE: &str = "review.toml";

impl DocumentSet {
    /// Loads every rendering of a folder ([`crate::discover`]: `fr.md`, `FRA.md`,
    /// `fr-FR.md`, …) and its optional `document.toml`.
    ///
    /// Other files are ignored, so that a folder may hold notes or drafts; those whose
    /// names look like renderings without saying a language are kept in
    /// [`DocumentSet::skipped`].
    pub fn load_dir(dir: &Path) -> Result<Self, LoadError> {
        Self::load_dir_with(dir, &LoadOptions::default())
    }

    /// [`DocumentSet::load_dir`] with options: with [`LoadOptions::follow_symlinks`], a
    /// rendering or `document.toml` may be a symbolic link to a regular file inside the
    /// repository ([`crate::symlinks::boundary`]).
    pub fn load_dir_with(dir: &Path, options: &LoadOptions) -> Result<Self, LoadError> {
        let check = |path: &Path| {
            if options.follow_symlinks {
                crate::symlinks::not_a_file_inside(path, dir)
            } else {
                not_a_regular_file(path)
            }
        };
        let listing = Listing::read_dir(dir).map_err(|source| LoadError::Io {
            path: dir.to_owned(),
            source,
        })?;
        let mut files = Vec::new();
        let mut problems = Vec::new();
        for rendering in &listing.renderings {
            let path = dir.join(&rendering.entry.name);
            // A `ru.md` that is a folder or a broken link is a mistake to report, not a
            // missing rendering. Only a regular file is a rendering: a link could make an
            // export of an untrusted folder publish any file the reader can read.
            match check(&path) {
                Some(err) => problems.push(err),
                None => files.push((rendering.lang, path)),
            }
        }
        let meta_path = dir.join(META_FILE);
        if let Some(err) = check(&meta_path) {
            problems.push(err);
        }
        let meta = meta_path.is_file().then_some(meta_path);
        if files.is_empty() && !problems.is_empty() {
            return Err(one_or_all(problems));
        }
        let mut set = Self::load_reporting(
            slug_of(dir),
            files,
            meta.as_deref(),
            &dir.display().to_string(),
            problems,
        )?;
        set.skipped = listing.skipped;
        set.whole_folder = true;
        let review = dir.join(REVIEW_FILE);
        // Refused like a rendering: a linked review file would be read and quoted.
        if let Some(err) = check(&review) {
            return Err(err);
        }
        if review.is_file() {
            set.review = Some((review.display().to_string(), read_text(&review)?));
        }
        Ok(set)
    }

    /// Loads explicit files; each file's language comes from its name (`fr.md`,
    /// `A-RES-51-60.fr.md`) or, when the name does not say, from `lang`.
    ///
    /// When all files sit in one folder, that folder names the set and its `document.toml`
    /// (if any) is read too.
    pub fn load_files(paths: &[PathBuf], lang: Option<Lang>) -> Result<Self, LoadError> {
        let mut files = Vec::new();
        for path in paths {
            let Some(file_lang) = lang_of_path(path).or(lang) else {
                return Err(LoadError::UnknownLanguage { path: path.clone() });
            };
            files.push((file_lang, path.clone()));
        }
        let parent = |p: &PathBuf| p.parent().map(Path::to_path_buf).unwrap_or_default();
        let folder = paths
            .first()
            .map(parent)
            .filter(|first| paths.iter().all(|p| parent(p) == *first));
        let meta = folder
            .as_ref()
            .map(|f| f.join(META_FILE))
            .filter(|m| m.is_file());
        let slug = match &folder {
            Some(f) => slug_of(if f.as_os_str().is_empty() {
                Path::new(".")
            } else {
                f
            }),
            None => paths
                .first()
                .and_then(|p| p.file_stem())
                .and_then(|s| s.to_str())
                .map(|s| s.split('.').next().unwrap_or(s).to_owned())
                .unwrap_or_default(),
        };
        Self::load(slug, files, meta.as_deref(), "the given files")
    }

    /// Builds a set from texts in memory, e.g. the files of a folder at a git revision.
    /// `source` names where each text came from (`<rev>:<path>`) for messages.
    pub fn from_texts(
        slug: &str,
        texts: Vec<(Lang, String, String)>,
        meta: Option<(String, String)>,
    ) -> Result<Self, LoadError> {
        let mut set = DocumentSet {
            slug: slug.to_owned(),
            meta: None,
            docs: BTreeMap::new(),
            texts: BTreeMap::new(),
            skipped: Vec::new(),
            review: None,
            whole_folder: false,
        };
        if texts.is_empty() {
            return Err(LoadError::NoRenderings {
                place: slug.to_owned(),
            });
        }
        for (lang, source, text) in texts {
            set.insert(lang, source, text)?;
        }
        if let Some((source, toml)) = meta {
            set.meta = Some(DocumentToml::parse(&toml, &source)?);
        }
        Ok(set)
    }

    /// The version identity of each rendering (`A/RES/51/60@fr@1997-01-28#sha256:…`): symbol
    /// and distribution date from `document.toml`, digest from the rendering's NFC text, so
    /// two exports or reports can tell whether they came from the same text. Empty without
    /// usable metadata, because a version without its symbol and date identifies nothing.
    #[must_use]
    pub fn versions(&self) -> BTreeMap<Lang, sixfold_core::DocumentVersion> {
        let Some(meta) = &self.meta else {
            return BTreeMap::new();
        };
        let Some(Ok(symbol)) = meta.parsed_symbol() else {
            return BTreeMap::new();
        };
        let Some(date) = meta.date else {
            return BTreeMap::new();
        };
        self.texts
            .iter()
            .map(|(&lang, text)| {
                let version = sixfold_core::DocumentVersion::new(symbol.clone(), lang, date)
                    .with_content(text);
                (lang, version)
            })
            .collect()
    }

    /// The document symbol: from `document.toml` when it gives one, otherwise the first
    /// word of a rendering's `header.symbol` segment (English first, then UN order).
    /// Never the folder's name: `None` when nothing gives a symbol.
    #[must_use]
    pub fn symbol(&self) -> Option<&str> {
        if let Some(symbol) = self.meta.as_ref().and_then(|m| m.symbol.as_deref()) {
            return Some(symbol);
        }
        header_symbol(&self.docs)
    }

    fn load(
        slug: String,
        files: Vec<(Lang, PathBuf)>,
        meta: Option<&Path>,
        place: &str,
    ) -> Result<Self, LoadError> {
        Self::load_reporting(slug, files, meta, place, Vec::new())
    }

    /// Reads every file even after one fails, so that the error lists all files that
    /// cannot be read (with `problems` already found), not only the first.
    fn load_reporting(
        slug: String,
        files: Vec<(Lang, PathBuf)>,
        meta: Option<&Path>,
        place: &str,
        mut problems: Vec<LoadError>,
    ) -> Result<Self, LoadError> {
        if files.is_empty() {
            return Err(LoadError::NoRenderings {
                place: place.to_owned(),
            });
        }
        let mut set = DocumentSet {
            slug,
            meta: None,
            docs: BTreeMap::new(),
            texts: BTreeMap::new(),
            skipped: Vec::new(),
            review: None,
            whole_folder: false,
        };
        let mut texts = Vec::new();
        for (lang, path) in files {
            match read_text(&path) {
                Ok(text) => texts.push((lang, path, text)),
                Err(err) => problems.push(err),
            }
        }
        let meta_text = match meta.map(|path| (path, read_text(path))) {
            Some((path, Ok(text))) => Some((path, text)),
            Some((_, Err(err))) => {
                problems.push(err);
                None
            }
            None => None,
        };
        if !problems.is_empty() {
            return Err(one_or_all(problems));
        }
        for (lang, path, text) in texts {
            set.insert(lang, path.display().to_string(), text)?;
        }
        if let Some((path, text)) = meta_text {
            set.meta = Some(DocumentToml::parse(&text, &path.display().to_string())?);
        }
        Ok(set)
    }

    /// Reads `text` as the rendering in `lang`. The text is taken, not copied: an NFC
    /// text (almost every one) is read and kept as it came, so a long rendering is not
    /// held twice while it is read.
    fn insert(&mut self, lang: Lang, source: String, mut text: String) -> Result<(), LoadError> {
        if let Some(existing) = self.docs.get(&lang) {
            return Err(LoadError::DuplicateLanguage {
                lang,
                first: existing.source.clone(),
                second: source,
            });
        }
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        let nfc: String = if sixfold_l10n::is_nfc(&text) {
            text
        } else {
            text.nfc().collect()
        };
        self.docs.insert(lang, read_nfc(lang, &source, &nfc));
        self.texts.insert(lang, nfc);
        Ok(())
    }
}

/// The last component of a folder path, resolving `.` and `..` through the file system.
fn slug_of(dir: &Path) -> String {
    let named = dir.file_name().map(|n| n.to_string_lossy().into_owned());
    named
        .or_else(|| {
            std::fs::canonicalize(dir)
                .ok()
                .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        })
        .unwrap_or_default()
}

/// Why an existing path cannot be read as a rendering: it is a folder, a broken symbolic
/// link or a loop of links, or some other non-file. `None` when it is a readable kind of
/// file or does not exist at all (reading it then says so).
#[must_use]
pub fn not_a_file(path: &Path) -> Option<LoadError> {
    let link = std::fs::symlink_metadata(path).ok()?;
    let what = match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => return None,
        Ok(meta) if meta.is_dir() => "a directory",
        Ok(_) => "not a regular file",
        Err(_) if link.file_type().is_symlink() => {
            if links_loop(path) {
                "a symbolic link in a loop"
            } else {
                "a broken symbolic link"
            }
        }
        Err(_) => return None,
    };
    Some(LoadError::NotAFile {
        path: path.to_owned(),
        what,
    })
}

/// Why a file of a document folder cannot be read as one: anything but a regular file
/// (a symbolic link, even to a regular file, a directory, a device, a FIFO, a socket).
/// The same rule holds at a git revision, where only a blob of a regular file's mode is
/// read. `None` when it is a regular file or does not exist.
#[must_use]
pub fn not_a_regular_file(path: &Path) -> Option<LoadError> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    let kind = meta.file_type();
    let what = if kind.is_file() {
        return None;
    } else if kind.is_symlink() {
        match std::fs::metadata(path) {
            Ok(_) => "a symbolic link",
            Err(_) if links_loop(path) => "a symbolic link in a loop",
            Err(_) => "a broken symbolic link",
        }
    } else if kind.is_dir() {
        "a directory"
    } else {
        special_kind(kind)
    };
    Some(LoadError::NotAFile {
        path: path.to_owned(),
        what,
    })
}

/// Names a device, FIFO or socket.
fn special_kind(kind: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if kind.is_fifo() {
            return "a FIFO";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    let _ = kind;
    "not a regular file"
}

/// Whether following the symbolic link `path` comes back to a link already seen (or goes
/// on for more links than any system follows).
fn links_loop(path: &Path) -> bool {
    let mut seen = Vec::new();
    let mut current = path.to_owned();
    while let Ok(target) = std::fs::read_link(&current) {
        if seen.contains(&current) || seen.len() > 40 {
            return true;
        }
        let next = match current.parent() {
            Some(parent) if target.is_relative() => parent.join(target),
            _ => target,
        };
        seen.push(std::mem::replace(&mut current, next));
    }
    false
}

/// Reads a rendering or `document.toml` as text: a `.docx` through its package, any other
/// file decoded from UTF-8 or UTF-16 ([`crate::input`]). The error names the file and, for
/// text that does not decode, the byte offset where decoding stopped.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let bytes = std::fs::read(path).map_err(|source| LoadError::Io {
        path: path.to_owned(),
        source,
    })?;
    decode_named(path, &bytes).map_err(|source| LoadError::Input {
        path: path.to_owned(),
        source,
    })
}

/// The symbol a rendering's masthead states: the first word of its `header.symbol`
/// segment (English first, then UN order), with the year a Council resolution's symbol
/// carries after a space (`S/RES/2202 (2015)`).
#[must_use]
pub fn header_symbol(docs: &BTreeMap<Lang, crate::Document>) -> Option<&str> {
    let english = docs.get(&Lang::En).into_iter();
    english
        .chain(docs.values())
        .filter_map(|doc| doc.segment(&Label::Header(HeaderSlot::Symbol)))
        .find_map(|s| {
            let text = s.text.trim_start();
            let first = text.split_whitespace().next()?;
            let rest = text.get(first.len()..)?.trim_start();
            let with_year = rest.get(..6).is_some_and(|y| {
                y.starts_with('(')
                    && y.ends_with(')')
                    && y.get(1..5)
                        .is_some_and(|d| d.chars().all(|c| c.is_ascii_digit()))
            });
            if with_year {
                text.get(..text.len() - rest.len() + 6)
            } else {
                Some(first)
            }
        })
}

/// One problem as itself, several as [`LoadError::Unreadable`].
fn one_or_all(mut problems: Vec<LoadError>) -> LoadError {
    if problems.len() == 1 {
        problems.remove(0)
    } else {
        LoadError::Unreadable(problems)
    }
}

/// The problems of [`LoadError::Unreadable`] on one line, each with its cause.
fn list_errors(problems: &[LoadError]) -> String {
    let mut out = Vec::new();
    for problem in problems {
        let mut text = problem.to_string();
        let mut cause = std::error::Error::source(problem);
        while let Some(c) = cause {
            text.push_str(": ");
            text.push_str(&c.to_string());
            cause = c.source();
        }
        out.push(text);
    }
    out.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::EncodingError;

    fn write(dir: &Path, name: &str, text: &[u8]) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).expect("temporary directory is writable");
        path
    }

    #[test]
    fn loads_a_folder_and_ignores_other_files() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("A-RES-1-2");
        std::fs::create_dir(&dir).unwrap();
        write(
            &dir,
            "en.md",
            b"A/RES/1/2  \n1 January 2000\n\n1/2. Title\n\nText.",
        );
        write(&dir, "fr.md", "\u{feff}Texte e\u{301}crit.".as_bytes());
        write(&dir, "notes.md", b"not a rendering");
        write(&dir, "notes.txt", b"not a rendering either");
        write(&dir, "README", b"not even looked at");
        let set = DocumentSet::load_dir(&dir).unwrap();
        let skipped: Vec<_> = set.skipped.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(skipped, ["notes.md", "notes.txt"]);
        assert_eq!(set.slug, "A-RES-1-2");
        assert_eq!(
            set.docs.keys().copied().collect::<Vec<_>>(),
            [Lang::En, Lang::Fr]
        );
        assert_eq!(set.texts[&Lang::Fr], "Texte écrit.");
        assert_eq!(set.symbol(), Some("A/RES/1/2"));
        assert!(set.meta.is_none());
    }

    #[test]
    fn reports_bad_files_precisely() {
        let tmp = tempfile::tempdir().unwrap();
        let bad = write(tmp.path(), "fr.md", b"abc\xffdef");
        match DocumentSet::load_files(std::slice::from_ref(&bad), None) {
            Err(LoadError::Input {
                source:
                    InputError::Encoding(EncodingError::InvalidUtf8 {
                        offset,
                        line,
                        column,
                    }),
                ..
            }) => assert_eq!((offset, line, column), (3, 1, 4)),
            other => panic!("expected a UTF-8 error, got {other:?}"),
        }
        let unnamed = write(tmp.path(), "draft.txt", b"x");
        let err = DocumentSet::load_files(std::slice::from_ref(&unnamed), None).unwrap_err();
        assert!(matches!(err, LoadError::UnknownLanguage { .. }), "{err}");
        let set = DocumentSet::load_files(std::slice::from_ref(&unnamed), Some(Lang::Es)).unwrap();
        assert!(set.docs.contains_key(&Lang::Es));

        let a = write(tmp.path(), "x.ru.md", b"a");
        let b = write(tmp.path(), "ru.md", b"b");
        let err = DocumentSet::load_files(&[a, b], None).unwrap_err();
        assert!(
            matches!(err, LoadError::DuplicateLanguage { lang: Lang::Ru, .. }),
            "{err}"
        );

        let missing = tmp.path().join("zh.md");
        let err = DocumentSet::load_files(&[missing], None).unwrap_err();
        assert!(err.to_string().starts_with("cannot read "), "{err}");

        let empty = tmp.path().join("empty");
        std::fs::create_dir(&empty).unwrap();
        let err = DocumentSet::load_dir(&empty).unwrap_err();
        assert!(matches!(err, LoadError::NoRenderings { .. }), "{err}");
    }

    #[test]
    fn every_unreadable_file_is_reported() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("doc");
        std::fs::create_dir(&dir).unwrap();
        write(&dir, "en.md", b"Fine.");
        write(&dir, "fr-FR.md", b"Caf\xe9");
        write(&dir, "ES.txt", b"\xff\xfeA");
        write(&dir, "ru.docx", b"not a zip");
        let err = DocumentSet::load_dir(&dir).unwrap_err();
        let LoadError::Unreadable(problems) = &err else {
            panic!("expected every file, got {err:?}");
        };
        let paths: Vec<String> = problems
            .iter()
            .map(|p| match p {
                LoadError::Input { path, .. } => path.file_name().unwrap().to_string_lossy().into(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(paths, ["ES.txt", "fr-FR.md", "ru.docx"]);
        let text = err.to_string();
        assert!(
            text.contains("fr-FR.md: invalid UTF-8 at line 1, column 4 (byte offset 3)"),
            "{text}"
        );
        assert!(
            text.contains("ES.txt: UTF-16 (LE) text cut at line 1, column 1 (byte offset 2)"),
            "{text}"
        );

        // UTF-16 with a byte-order mark reads like UTF-8.
        std::fs::remove_file(dir.join("ru.docx")).unwrap();
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Texte.".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        write(&dir, "fr-FR.md", &utf16);
        write(&dir, "ES.txt", b"\xEF\xBB\xBFTexto.");
        let set = DocumentSet::load_dir(&dir).unwrap();
        assert_eq!(set.texts[&Lang::Fr], "Texte.");
        assert_eq!(set.texts[&Lang::Es], "Texto.");
    }

    #[test]
    fn names_and_odd_files() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir(tmp.path().join("ru.md")).unwrap();
        write(tmp.path(), "en.md", b"Text.");
        let err = DocumentSet::load_dir(tmp.path()).unwrap_err();
        assert!(
            err.to_string()
                .ends_with("ru.md is a directory; expected a regular file"),
            "{err}"
        );
        #[cfg(unix)]
        {
            std::fs::remove_dir(tmp.path().join("ru.md")).unwrap();
            std::os::unix::fs::symlink("zh.md", tmp.path().join("zh.md")).unwrap();
            let err = DocumentSet::load_dir(tmp.path()).unwrap_err();
            assert!(
                err.to_string().contains("a symbolic link in a loop"),
                "{err}"
            );
            std::fs::remove_file(tmp.path().join("zh.md")).unwrap();
            std::os::unix::fs::symlink("gone.md", tmp.path().join("zh.md")).unwrap();
            let err = DocumentSet::load_dir(tmp.path()).unwrap_err();
            assert!(err.to_string().contains("a broken symbolic link"), "{err}");
        }
    }

    #[test]
    fn from_texts_rejects_duplicates_and_bad_metadata() {
        let texts = vec![
            (Lang::En, "a".into(), "One.".into()),
            (Lang::En, "b".into(), "Two.".into()),
        ];
        let err = DocumentSet::from_texts("s", texts, None).unwrap_err();
        assert_eq!(
            err.to_string(),
            "two renderings in en: a and b; expected one file per language"
        );
        let texts = vec![(Lang::En, "a".into(), "One.".into())];
        let meta = Some(("rev:document.toml".into(), "symbol = 3".into()));
        let err = DocumentSet::from_texts("s", texts, meta).unwrap_err();
        assert!(matches!(err, LoadError::Meta(_)), "{err}");
        assert!(DocumentSet::from_texts("s", Vec::new(), None).is_err());
    }
}
