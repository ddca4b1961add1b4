//! Which files of a document folder are renderings, and in which language.
//!
//! One rule, [`rendering_name`], decides from a file name alone; one listing,
//! [`Listing::from_entries`], sorts a folder's entries into renderings, the metadata file
//! and names skipped. The work tree ([`Listing::read_dir`]) and a git tree (in
//! `sixfold-history`) both feed it entries, so every command, with or without `--rev`,
//! sees the same renderings in the same folder.
//!
//! A name is a rendering when it ends with a rendering extension (`.md`, `.txt`, `.docx`,
//! in any case) and the part
//! before it — the last dot-separated part, so `A-RES-51-60.fr.md` counts — is a language:
//! a code in any case (`fr`, `FR`, `fra`, `FRA`, `fre`) or a language tag whose primary
//! subtag is one (`fr-FR`, `en_GB`, `es-419`, `zh-Hant-TW`).
//!
//! ```
//! use sixfold_core::Lang;
//! use sixfold_translations::discover::{Entry, EntryKind, Listing, rendering_name};
//!
//! assert_eq!(rendering_name("FRA.md").map(|r| r.0), Some(Lang::Fr));
//! assert_eq!(rendering_name("fr-FR.md").map(|r| r.0), Some(Lang::Fr));
//! let listing = Listing::from_entries(["en.md", "notes.md", "document.toml"].map(|n| Entry {
//!     name: n.to_owned(),
//!     kind: EntryKind::File,
//! }));
//! assert_eq!(listing.renderings[0].lang, Lang::En);
//! assert_eq!(listing.skipped[0].name, "notes.md");
//! ```

use std::path::Path;

use sixfold_core::Lang;

/// The file name of the metadata file in a document folder.
pub const META_FILE: &str = "document.toml";

/// What a listing found at a name, without following symbolic links.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryKind {
    /// A regular file (in git: a blob, executable or not).
    File,
    Dir,
    Symlink,
    /// A git submodule entry (a commit inside a tree).
    Gitlink,
    /// Anything else (a socket, a device, an unknown tree entry).
    Other,
}

/// One name in a folder, as a work tree or a git tree lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub kind: EntryKind,
}

/// How a rendering is stored, known from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RenderingFormat {
    /// Markdown-ish text as extracted from a UN PDF (`.md`).
    Markdown,
    /// Plain text, as a PDF library or copy-paste gives it (`.txt`); read like `.md`.
    Text,
    /// A Word document (`.docx`), read by [`crate::input::docx`].
    Docx,
}

impl RenderingFormat {
    /// Every format, in the order extensions are tried.
    pub const ALL: [RenderingFormat; 3] = [
        RenderingFormat::Markdown,
        RenderingFormat::Text,
        RenderingFormat::Docx,
    ];

    /// The extension, with its dot.
    #[must_use]
    pub const fn extension(self) -> &'static str {
        match self {
            RenderingFormat::Markdown => ".md",
            RenderingFormat::Text => ".txt",
            RenderingFormat::Docx => ".docx",
        }
    }

    /// The format of a file name, from its extension (case-insensitive).
    #[must_use]
    pub fn of_name(name: &str) -> Option<(Self, &str)> {
        Self::ALL.into_iter().find_map(|format| {
            let ext = format.extension();
            let cut = name.len().checked_sub(ext.len())?;
            let (stem, tail) = (name.get(..cut)?, name.get(cut..)?);
            tail.eq_ignore_ascii_case(ext).then_some((format, stem))
        })
    }
}

/// A file of the folder that is a rendering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendering {
    pub entry: Entry,
    pub lang: Lang,
    pub format: RenderingFormat,
}

/// Why a name that looked like a rendering was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// It has a rendering extension, but its name gives no language (`notes.md`).
    NoLanguage,
    /// Another file of the folder is already the rendering in its language (`en.md` and
    /// `x.en.md` in one commit).
    SameLanguage,
}

/// A name left out of the renderings, to tell the user about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub name: String,
    pub reason: SkipReason,
}

/// A document folder sorted into renderings, the metadata file and names skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    /// In name order; a language may appear twice (`en.md` and `x.en.md`), which the
    /// loader reports.
    pub renderings: Vec<Rendering>,
    /// `document.toml`, when the folder has one.
    pub document_toml: Option<Entry>,
    /// Names with a rendering extension but no language, in name order. Files of other
    /// kinds (`README`, `.gitattributes`) are not renderings and are not listed.
    pub skipped: Vec<Skipped>,
}

/// The language a language code or tag names: `fr`, `FRA`, `fre`, `fr-FR`, `en_GB`,
/// `zh-Hans`, `es-419`.
#[must_use]
pub fn lang_of_code(code: &str) -> Option<Lang> {
    if let Ok(lang) = code.parse::<Lang>() {
        return Some(lang);
    }
    let (primary, rest) = code.split_once(['-', '_'])?;
    let subtags_ok = rest
        .split(['-', '_'])
        .all(|s| (2..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
    if subtags_ok && (2..=3).contains(&primary.len()) {
        primary.parse().ok()
    } else {
        None
    }
}

/// The language and format a rendering file name stands for; `None` when the name is not
/// a rendering's. This is the one rule every command uses.
#[must_use]
pub fn rendering_name(name: &str) -> Option<(Lang, RenderingFormat)> {
    let (format, stem) = RenderingFormat::of_name(name)?;
    let code = stem.rsplit('.').next()?;
    lang_of_code(code).map(|lang| (lang, format))
}

/// [`rendering_name`] for a path's file name: the language of a rendering file given on
/// the command line.
#[must_use]
pub fn lang_of_path(path: &Path) -> Option<Lang> {
    rendering_name(path.file_name()?.to_str()?).map(|(lang, _)| lang)
}

impl Listing {
    /// Sorts a folder's entries. Entries may come in any order; the listing is in name
    /// order.
    pub fn from_entries(entries: impl IntoIterator<Item = Entry>) -> Self {
        let mut entries: Vec<Entry> = entries.into_iter().collect();
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        let mut listing = Listing::default();
        for entry in entries {
            if entry.name == META_FILE {
                listing.document_toml = Some(entry);
            } else if let Some((lang, format)) = rendering_name(&entry.name) {
                listing.renderings.push(Rendering {
                    entry,
                    lang,
                    format,
                });
            } else if RenderingFormat::of_name(&entry.name).is_some()
                && !entry.name.starts_with('.')
            {
                listing.skipped.push(Skipped {
                    name: entry.name,
                    reason: SkipReason::NoLanguage,
                });
            }
        }
        listing
    }

    /// Lists a folder of the work tree. Names that are not UTF-8 cannot be renderings and
    /// are left out.
    pub fn read_dir(dir: &Path) -> std::io::Result<Self> {
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            let file_type = entry.file_type()?;
            let kind = if file_type.is_symlink() {
                EntryKind::Symlink
            } else if file_type.is_dir() {
                EntryKind::Dir
            } else if file_type.is_file() {
                EntryKind::File
            } else {
                EntryKind::Other
            };
            entries.push(Entry { name, kind });
        }
        Ok(Self::from_entries(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_every_accepted_form() {
        for (name, lang) in [
            ("fr.md", Lang::Fr),
            ("FRA.md", Lang::Fr),
            ("fre.md", Lang::Fr),
            ("fr-FR.md", Lang::Fr),
            ("EN.md", Lang::En),
            ("en_GB.md", Lang::En),
            ("es-419.md", Lang::Es),
            ("zh-Hant-TW.md", Lang::Zh),
            ("zh-cn.md", Lang::Zh),
            ("A-RES-51-60.ar.md", Lang::Ar),
            ("x.rus.MD", Lang::Ru),
        ] {
            assert_eq!(
                rendering_name(name),
                Some((lang, RenderingFormat::Markdown)),
                "{name}"
            );
        }
        for (name, lang, format) in [
            ("fr.txt", Lang::Fr, RenderingFormat::Text),
            ("en.docx", Lang::En, RenderingFormat::Docx),
            ("A_RES_80_1.ES.DOCX", Lang::Es, RenderingFormat::Docx),
            ("zh-CN.txt", Lang::Zh, RenderingFormat::Text),
        ] {
            assert_eq!(rendering_name(name), Some((lang, format)), "{name}");
        }
        for name in [
            "notes.md",
            "de.md",
            "fr.doc",
            "en.docx.tmp",
            "document.toml",
            "fr-.md",
            "f-FR.md",
            "fr-F.md",
            ".md",
            "md",
            "fr.md.bak",
        ] {
            assert_eq!(rendering_name(name), None, "{name}");
        }
        assert_eq!(lang_of_path(Path::new("a/x.en.md")), Some(Lang::En));
    }

    #[test]
    fn a_listing_sorts_and_reports() {
        let entry = |name: &str, kind| Entry {
            name: name.to_owned(),
            kind,
        };
        let listing = Listing::from_entries([
            entry("notes.md", EntryKind::File),
            entry("ru.md", EntryKind::Dir),
            entry("FRA.md", EntryKind::File),
            entry("document.toml", EntryKind::File),
            entry(".draft.md", EntryKind::File),
            entry("README", EntryKind::File),
        ]);
        let found: Vec<_> = listing
            .renderings
            .iter()
            .map(|r| (r.entry.name.as_str(), r.lang, r.entry.kind))
            .collect();
        assert_eq!(
            found,
            [
                ("FRA.md", Lang::Fr, EntryKind::File),
                ("ru.md", Lang::Ru, EntryKind::Dir)
            ]
        );
        assert_eq!(
            listing.skipped,
            [Skipped {
                name: "notes.md".into(),
                reason: SkipReason::NoLanguage
            }]
        );
        assert!(listing.document_toml.is_some());
    }
}
