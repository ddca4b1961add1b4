//! `cargo xtask exports [--check]`: the aligned exports of every document under
//! `translations/`, committed under `snapshots/<document>/` byte for byte as the generator
//! writes them; with `--check`, nothing is written and the command fails, naming the
//! document, format, row and first differing lines, when a file is out of date.
//!
//! This is the one mechanism that records the exports (ruff's generate-and-check pattern):
//! the generation is `sixfold_export::generate`, the test
//! `committed_exports_are_up_to_date` below runs check mode so `cargo test --workspace`
//! catches a stale file, and a change is accepted by running `cargo xtask exports` and
//! reviewing `git diff snapshots/`.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use sixfold_export::{Artefact, Format};

/// The command that regenerates the files, named in every failure.
pub(crate) const REGENERATE: &str = "cargo xtask exports";

/// Whether to write the files or only compare them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Write,
    Check,
}

pub(crate) fn run(args: &[String]) -> anyhow::Result<ExitCode> {
    let mode = match args {
        [] => Mode::Write,
        [flag] if flag == "--check" => Mode::Check,
        _ => anyhow::bail!(
            "usage: cargo xtask exports [--check]; got `{}`",
            args.join(" ")
        ),
    };
    let root = crate::repo_root();
    match exports(&root, mode)? {
        Outcome::Written(changes) => {
            for change in &changes {
                match change {
                    Change::Written(p) => println!("wrote {}", shown(&root, p)),
                    Change::Removed(p) => println!("removed {}", shown(&root, p)),
                }
            }
            println!(
                "snapshots/: {} file(s) changed; review them with `git diff snapshots/`",
                changes.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Outcome::Checked(mismatches) if mismatches.is_empty() => {
            println!("snapshots/ is up to date");
            Ok(ExitCode::SUCCESS)
        }
        Outcome::Checked(mismatches) => {
            eprintln!("{}", report(&mismatches));
            Ok(ExitCode::FAILURE)
        }
    }
}

/// The failure text of check mode: every mismatch, then the command that fixes them.
fn report(mismatches: &[Mismatch]) -> String {
    let mut text: Vec<String> = mismatches.iter().map(ToString::to_string).collect();
    text.push(format!(
        "snapshots/ is out of date ({} problem(s)); run `{REGENERATE}` and review `git diff snapshots/`",
        mismatches.len()
    ));
    text.join("\n")
}

/// What a run did or found.
#[derive(Debug)]
pub(crate) enum Outcome {
    Written(Vec<Change>),
    Checked(Vec<Mismatch>),
}

/// Generates every export of `root/translations` and writes or checks `root/snapshots`.
pub(crate) fn exports(root: &Path, mode: Mode) -> anyhow::Result<Outcome> {
    let translations = root.join("translations");
    let artefacts = sixfold_export::generate(&translations)
        .with_context(|| format!("generating the exports of {}", translations.display()))?;
    let dir = root.join("snapshots");
    Ok(match mode {
        Mode::Write => Outcome::Written(
            update(&artefacts, &dir).with_context(|| format!("updating {}", dir.display()))?,
        ),
        Mode::Check => Outcome::Checked(
            check(&artefacts, &dir).with_context(|| format!("checking {}", dir.display()))?,
        ),
    })
}

fn shown(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// The file extension of a format's artefact; Moses (several files) is one text file.
fn extension(format: Format) -> &'static str {
    match format {
        Format::Tmx => "tmx",
        Format::Xliff => "xlf",
        Format::Tsv => "tsv",
        Format::Jsonl => "jsonl",
        Format::Moses => "txt",
        Format::Html => "html",
    }
}

/// Where an artefact is kept, relative to `snapshots/`: `<document>/<name>.<extension>`
/// (`A-RES-51-60/tmx-en-fr.tmx`), so each file opens in the tools of its format.
fn file_of(artefact: &Artefact) -> PathBuf {
    Path::new(&artefact.document).join(format!("{}.{}", artefact.name, extension(artefact.format)))
}

/// How a committed file disagrees with what the generator produces now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Mismatch {
    /// An artefact has no file yet.
    Missing { file: String, format: Format },
    /// The contents differ; `line` is 1-based.
    Changed {
        file: String,
        document: String,
        format: Format,
        row: Option<String>,
        line: usize,
        stored: Vec<String>,
        generated: Vec<String>,
    },
    /// A file that no artefact produces any more.
    Unreferenced { file: String },
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Mismatch::Missing { file, format } => {
                write!(f, "{file} is missing ({format} export not recorded yet)")
            }
            Mismatch::Changed {
                file,
                document,
                format,
                row,
                line,
                stored,
                generated,
            } => {
                write!(
                    f,
                    "{file} is out of date: document {document}, format {format}, row {}, first differing line {line}",
                    row.as_deref().unwrap_or("(before the first row)")
                )?;
                for l in stored {
                    write!(f, "\n  - {l}")?;
                }
                for l in generated {
                    write!(f, "\n  + {l}")?;
                }
                Ok(())
            }
            Mismatch::Unreferenced { file } => write!(
                f,
                "{file} is produced by no export any more (its document or format is gone)"
            ),
        }
    }
}

/// How many differing lines a mismatch quotes from each side.
const QUOTED_LINES: usize = 3;

/// How many characters of a quoted line are shown; a TMX or JSON line can hold a whole
/// article in six languages, so the quote is a window of the line.
const QUOTED_CHARS: usize = 240;

/// How many characters before the first changed character the window starts.
const LEAD_CHARS: usize = 60;

/// `QUOTED_CHARS` characters of a line starting `LEAD_CHARS` before character `at`
/// (the first one that differs), with `…` where the line was cut.
fn quoted(line: &str, at: usize) -> String {
    let from = at.saturating_sub(LEAD_CHARS);
    let total = line.chars().count();
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    out.extend(line.chars().skip(from).take(QUOTED_CHARS));
    if from + QUOTED_CHARS < total {
        out.push('…');
    }
    out
}

/// The row a line of an artefact's text belongs to: the row id on that line or the nearest
/// one above it, or for Moses the id of that line number in its language section.
fn row_at(artefact: &Artefact, content: &str, line: usize) -> Option<String> {
    let lines: Vec<&str> = content.lines().collect();
    let upto = lines.get(..=line.min(lines.len().saturating_sub(1)))?;
    if artefact.format == Format::Moses {
        let header = upto.iter().rposition(|l| l.starts_with("==> "))?;
        return artefact.line_ids.get(line - header - 1).cloned();
    }
    let needle = format!("{}-r", artefact.id_prefix);
    upto.iter().rev().find_map(|l| {
        let start = l.find(&needle)?;
        let rest = &l[start + needle.len()..];
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        (digits > 0).then(|| l[start..start + needle.len() + digits].to_owned())
    })
}

/// The first difference between a committed file and a generated artefact, if any. The
/// comparison is byte for byte: the committed file is the export.
fn diff(artefact: &Artefact, stored: &str) -> Option<Mismatch> {
    let generated = artefact.content.as_str();
    if stored == generated {
        return None;
    }
    // Split on '\n' (not `lines`), so a difference in the final newline is a line too.
    let s: Vec<&str> = stored.split('\n').collect();
    let g: Vec<&str> = generated.split('\n').collect();
    let differing = || (0..s.len().max(g.len())).filter(|&i| s.get(i) != g.get(i));
    // A changed rendering also changes header lines (its version identity), which belong
    // to no row: show the first differing line that belongs to a row, since that is what
    // a reviewer has to read; fall back to the very first difference.
    let row_of = |i: usize| row_at(artefact, generated, i).or_else(|| row_at(artefact, stored, i));
    let (first, row) = differing()
        .find_map(|i| row_of(i).map(|r| (i, Some(r))))
        .or_else(|| differing().next().map(|i| (i, None)))
        .unwrap_or((0, None));
    // The first changed character of the first differing line, so that a change in the
    // middle of a long line is inside the quote.
    let (sl, gl) = (
        s.get(first).copied().unwrap_or(""),
        g.get(first).copied().unwrap_or(""),
    );
    let at = sl
        .chars()
        .zip(gl.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let quote = |lines: &[&str]| -> Vec<String> {
        lines
            .iter()
            .skip(first)
            .take(QUOTED_LINES)
            .map(|l| quoted(l, at))
            .collect()
    };
    Some(Mismatch::Changed {
        file: file_of(artefact).display().to_string(),
        document: artefact.document.clone(),
        format: artefact.format,
        row,
        line: first + 1,
        stored: quote(&s),
        generated: quote(&g),
    })
}

/// The committed files: every file in a document folder of `dir`, relative to `dir`.
/// Files directly in `dir` (its README) are not exports.
fn stored_files(dir: &Path) -> std::io::Result<BTreeSet<PathBuf>> {
    let mut files = BTreeSet::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(files),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let entry = entry?;
        if !entry.file_type()?.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(entry.path())? {
            let file = file?;
            if file.file_type()?.is_file() {
                files.insert(Path::new(&entry.file_name()).join(file.file_name()));
            }
        }
    }
    Ok(files)
}

/// Compares the artefacts with the files in `dir`, changing nothing.
fn check(artefacts: &[Artefact], dir: &Path) -> anyhow::Result<Vec<Mismatch>> {
    let mut stale = stored_files(dir).with_context(|| format!("listing {}", dir.display()))?;
    let mut out = Vec::new();
    for artefact in artefacts {
        let file = file_of(artefact);
        stale.remove(&file);
        let path = dir.join(&file);
        match std::fs::read_to_string(&path) {
            Ok(stored) => out.extend(diff(artefact, &stored)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => out.push(Mismatch::Missing {
                file: file.display().to_string(),
                format: artefact.format,
            }),
            Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
        }
    }
    out.extend(stale.into_iter().map(|file| Mismatch::Unreferenced {
        file: file.display().to_string(),
    }));
    Ok(out)
}

/// What [`update`] did to one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Change {
    Written(PathBuf),
    Removed(PathBuf),
}

/// Brings the files in `dir` up to date: writes (atomically) those whose content changed,
/// leaves identical ones untouched, and removes files no artefact produces.
fn update(artefacts: &[Artefact], dir: &Path) -> anyhow::Result<Vec<Change>> {
    let mut stale = stored_files(dir).with_context(|| format!("listing {}", dir.display()))?;
    let mut changes = Vec::new();
    for artefact in artefacts {
        let file = file_of(artefact);
        stale.remove(&file);
        let path = dir.join(&file);
        if std::fs::read(&path).ok().as_deref() != Some(artefact.content.as_bytes()) {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("creating {}", parent.display()))?;
            }
            sixfold_export::write_atomic(&path, artefact.content.as_bytes())?;
            changes.push(Change::Written(path));
        }
    }
    for file in stale {
        let path = dir.join(&file);
        std::fs::remove_file(&path).with_context(|| format!("removing {}", path.display()))?;
        // A document folder left empty goes too; one still holding files stays.
        if let Some(parent) = path.parent() {
            let _ = std::fs::remove_dir(parent);
        }
        changes.push(Change::Removed(path));
    }
    Ok(changes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed exports are what the generator writes today: the check mode CI and
    /// `cargo test --workspace` run.
    #[test]
    fn committed_exports_are_up_to_date() {
        let Outcome::Checked(mismatches) =
            exports(&crate::repo_root(), Mode::Check).expect("check runs")
        else {
            panic!("check mode must not write")
        };
        assert!(mismatches.is_empty(), "{}", report(&mismatches));
    }

    /// Copies a folder tree (files and folders only).
    fn copy_tree(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).expect("create copy folder");
        for entry in std::fs::read_dir(from).expect("list folder") {
            let entry = entry.expect("folder entry");
            let target = to.join(entry.file_name());
            if entry.path().is_dir() {
                copy_tree(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), &target).expect("copy file");
            }
        }
    }

    /// A copy of the repository's documents and committed exports.
    fn copy_of_repo() -> tempfile::TempDir {
        let root = crate::repo_root();
        let tmp = tempfile::tempdir().expect("temp dir");
        copy_tree(&root.join("translations"), &tmp.path().join("translations"));
        copy_tree(&root.join("snapshots"), &tmp.path().join("snapshots"));
        tmp
    }

    /// Editing one paragraph of a copied document makes check mode fail for exactly the
    /// artefacts that hold French, naming the document, the format, the row and the
    /// changed words, while changing nothing on disk.
    #[test]
    fn check_names_the_row_of_an_edited_paragraph() {
        let tmp = copy_of_repo();
        let doc_dir = tmp.path().join("translations/A-RES-51-60");
        let fr = doc_dir.join("fr.md");
        let text = std::fs::read_to_string(&fr).expect("read fr.md");
        // Insert a few words into operative paragraph 3, after its first words.
        let original = sixfold_export::Prepared::load(&doc_dir).expect("load copy");
        let op3 = original.set.docs[&sixfold_core::Lang::Fr]
            .by_label("op.3")
            .expect("fr has operative paragraph 3");
        let start: String = op3.text.chars().take(25).collect();
        let edited = text.replacen(&start, &format!("{start} (texte modifié)"), 1);
        assert_ne!(edited, text, "the paragraph's first words are in fr.md");
        std::fs::write(&fr, &edited).expect("write fr.md");

        // Which row the edited paragraph sits in, from the aligner itself.
        let prepared = sixfold_export::Prepared::load(&doc_dir).expect("load copy");
        let doc = prepared.aligned();
        let fr_doc = &prepared.set.docs[&sixfold_core::Lang::Fr];
        let seg = fr_doc
            .segments
            .iter()
            .position(|s| s.text.contains("(texte modifié)"))
            .expect("edited segment read");
        let row = prepared
            .alignment
            .row_of(sixfold_core::Lang::Fr, seg)
            .expect("edited segment aligned");
        let row_id = doc.row_id(row);

        let snapshots = tmp.path().join("snapshots");
        let before = stored_files(&snapshots).expect("list");
        let Outcome::Checked(mismatches) = exports(tmp.path(), Mode::Check).expect("check runs")
        else {
            panic!("check mode must not write")
        };
        assert_eq!(stored_files(&snapshots).expect("list"), before);
        let changed: BTreeSet<String> = mismatches
            .iter()
            .map(|m| match m {
                Mismatch::Changed { file, .. } => file.clone(),
                other => panic!("only changes expected: {other}"),
            })
            .collect();
        let expected: BTreeSet<String> = [
            "tmx.tmx",
            "tmx-en-fr.tmx",
            "xliff-en-fr.xlf",
            "tsv.tsv",
            "jsonl.jsonl",
            "moses.txt",
            "html.html",
        ]
        .iter()
        .map(|f| Path::new("A-RES-51-60").join(f).display().to_string())
        .collect();
        assert_eq!(changed, expected, "{}", report(&mismatches));
        for m in &mismatches {
            let text = m.to_string();
            assert!(text.contains(&format!("row {row_id},")), "{text}");
            assert!(text.contains("document A-RES-51-60, format "), "{text}");
            assert!(text.contains("(texte modifié)"), "{text}");
        }
    }

    /// A file nothing produces any more is rejected by check and removed by write; a
    /// missing one is reported and written; a second write changes nothing.
    #[test]
    fn write_and_check_agree_on_missing_and_unreferenced_files() {
        let tmp = copy_of_repo();
        let snapshots = tmp.path().join("snapshots");
        let orphan = snapshots.join("A-RES-51-60/tmx-en-de.tmx");
        std::fs::write(&orphan, "old\n").expect("write orphan");
        let removed = snapshots.join("A-RES-51-60/tsv.tsv");
        std::fs::remove_file(&removed).expect("remove one export");
        let Outcome::Checked(m) = exports(tmp.path(), Mode::Check).expect("check") else {
            panic!("check mode must not write")
        };
        let text = report(&m);
        assert_eq!(m.len(), 2, "{text}");
        assert!(text.contains("tsv.tsv is missing"), "{text}");
        assert!(
            text.contains("tmx-en-de.tmx is produced by no export"),
            "{text}"
        );
        assert!(text.contains("run `cargo xtask exports`"), "{text}");
        let Outcome::Written(changes) = exports(tmp.path(), Mode::Write).expect("write") else {
            panic!("write mode writes")
        };
        assert_eq!(
            changes,
            [
                Change::Written(removed.clone()),
                Change::Removed(orphan.clone())
            ]
        );
        assert!(!orphan.exists() && removed.exists());
        let Outcome::Written(again) = exports(tmp.path(), Mode::Write).expect("write") else {
            panic!("write mode writes")
        };
        assert!(
            again.is_empty(),
            "unchanged files are not rewritten: {again:?}"
        );
    }

    /// A difference only in the final newline is still a difference (byte for byte).
    #[test]
    fn a_missing_final_newline_is_a_difference() {
        let artefact = Artefact {
            document: "D".into(),
            format: Format::Tsv,
            name: "tsv".into(),
            content: "a\tb\n".into(),
            id_prefix: "D".into(),
            line_ids: vec![],
        };
        assert!(diff(&artefact, "a\tb\n").is_none());
        let Some(Mismatch::Changed { line, .. }) = diff(&artefact, "a\tb") else {
            panic!("a missing newline must be reported")
        };
        assert_eq!(line, 2);
    }

    #[test]
    fn a_change_deep_in_a_long_line_is_inside_the_quote() {
        let line: String = "x".repeat(1000);
        let changed = format!("{}CHANGED{}", &line[..700], &line[700..]);
        let q = quoted(&changed, 700);
        assert!(
            q.starts_with('…') && q.ends_with('…') && q.contains("CHANGED"),
            "{q}"
        );
        assert_eq!(quoted("short", 0), "short");
    }
}
