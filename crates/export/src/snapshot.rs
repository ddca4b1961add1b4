//! The committed record of the exports: one `insta` snapshot file per document and
//! artefact under the top-level `snapshots/` folder.
//!
//! `cargo xtask exports` writes these files itself and `--check` compares them, while the
//! snapshot test asserts the same artefacts with `insta`, so one file is both what the xtask
//! keeps up to date and what `cargo test` / `cargo insta review` check. The file layout is
//! insta's (a YAML header between `---` lines, then the body), and bodies are compared the
//! way insta compares them: trailing whitespace at the end ignored, CRLF read as LF.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::generate::{Artefact, Format};
use crate::write::{WriteError, write_atomic};

/// The test that asserts the snapshots; insta records it as the snapshot's `source`.
pub const SNAPSHOT_TEST: &str = "crates/export/tests/it/snapshots.rs";

/// The command that regenerates the snapshots, named in every header and error.
pub const REGENERATE: &str = "cargo xtask exports";

/// The snapshot name of an artefact (`A-RES-51-60.tmx-en-fr`); the file is that plus `.snap`.
#[must_use]
pub fn snapshot_name(artefact: &Artefact) -> String {
    format!("{}.{}", artefact.document, artefact.name)
}

/// The `description` insta writes in the header, saying which command made the file.
#[must_use]
pub fn description(artefact: &Artefact) -> String {
    format!(
        "written by {REGENERATE} for {} ({}); review changes with cargo insta review",
        artefact.document, artefact.name
    )
}

/// The whole `.snap` file for an artefact, byte for byte what insta writes for
/// `assert_snapshot!` with the settings the snapshot test uses.
#[must_use]
pub fn render(artefact: &Artefact) -> String {
    format!(
        "---\nsource: {SNAPSHOT_TEST}\ndescription: {}\n---\n{}\n",
        description(artefact),
        normalize(&artefact.content)
    )
}

/// The body of a `.snap` file: everything after the second `---` line. `None` when the
/// file has no header, which insta would not have written.
#[must_use]
pub fn parse(text: &str) -> Option<&str> {
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        if line.trim_end() == "---" {
            return rest.get(offset..);
        }
    }
    None
}

/// What insta compares: trailing whitespace removed, CRLF as LF.
#[must_use]
pub fn normalize(text: &str) -> String {
    text.trim_end().replace("\r\n", "\n")
}

/// How a stored snapshot disagrees with what the generator produces now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// An artefact has no snapshot file yet.
    Missing { snapshot: String, format: Format },
    /// The snapshot file is not in insta's format.
    Unreadable { snapshot: String },
    /// The contents differ; `line` is 1-based in the body.
    Changed {
        snapshot: String,
        document: String,
        format: Format,
        row: Option<String>,
        line: usize,
        stored: Vec<String>,
        generated: Vec<String>,
    },
    /// A snapshot file that no artefact produces any more.
    Unreferenced { snapshot: String },
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Mismatch::Missing { snapshot, format } => {
                write!(
                    f,
                    "{snapshot}.snap is missing ({format} export not recorded yet)"
                )
            }
            Mismatch::Unreadable { snapshot } => {
                write!(f, "{snapshot}.snap has no insta header (`---` … `---`)")
            }
            Mismatch::Changed {
                snapshot,
                document,
                format,
                row,
                line,
                stored,
                generated,
            } => {
                write!(
                    f,
                    "{snapshot}.snap is out of date: document {document}, format {format}, row {}, first differing line {line}",
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
            Mismatch::Unreferenced { snapshot } => write!(
                f,
                "{snapshot}.snap is produced by no export any more (its document or format is gone)"
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

/// The first difference between a stored body and a generated artefact, if any.
#[must_use]
pub fn diff(artefact: &Artefact, stored_body: &str) -> Option<Mismatch> {
    let stored = normalize(stored_body);
    let generated = normalize(&artefact.content);
    if stored == generated {
        return None;
    }
    let s: Vec<&str> = stored.lines().collect();
    let g: Vec<&str> = generated.lines().collect();
    let differing = || (0..s.len().max(g.len())).filter(|&i| s.get(i) != g.get(i));
    // A changed rendering also changes header lines (its version identity), which belong
    // to no row: show the first differing line that belongs to a row, since that is what
    // a reviewer has to read; fall back to the very first difference.
    let row_of = |i: usize| {
        artefact
            .row_at(&generated, i)
            .or_else(|| artefact.row_at(&stored, i))
    };
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
        snapshot: snapshot_name(artefact),
        document: artefact.document.clone(),
        format: artefact.format,
        row,
        line: first + 1,
        stored: quote(&s),
        generated: quote(&g),
    })
}

/// The `.snap` files in a folder, by snapshot name.
fn stored_names(dir: &Path) -> Result<BTreeSet<String>, std::io::Error> {
    let mut names = BTreeSet::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(names),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let name = entry?.file_name();
        if let Some(stem) = name.to_str().and_then(|n| n.strip_suffix(".snap")) {
            names.insert(stem.to_owned());
        }
    }
    Ok(names)
}

/// Compares the artefacts with the snapshot files in `dir`, changing nothing.
pub fn check(artefacts: &[Artefact], dir: &Path) -> Result<Vec<Mismatch>, SnapshotError> {
    let io = |source| SnapshotError::Io {
        path: dir.to_owned(),
        source,
    };
    let mut stale: BTreeSet<String> = stored_names(dir).map_err(io)?;
    let mut out = Vec::new();
    for artefact in artefacts {
        let name = snapshot_name(artefact);
        stale.remove(&name);
        let path = dir.join(format!("{name}.snap"));
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                out.push(Mismatch::Missing {
                    snapshot: name,
                    format: artefact.format,
                });
                continue;
            }
            Err(source) => return Err(SnapshotError::Io { path, source }),
        };
        match parse(&text) {
            Some(body) => out.extend(diff(artefact, body)),
            None => out.push(Mismatch::Unreadable { snapshot: name }),
        }
    }
    out.extend(
        stale
            .into_iter()
            .map(|snapshot| Mismatch::Unreferenced { snapshot }),
    );
    Ok(out)
}

/// What [`update`] did to one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Written(PathBuf),
    Removed(PathBuf),
}

/// Brings the snapshot files in `dir` up to date: writes (atomically) those whose content
/// changed, leaves identical ones untouched, and removes files no artefact produces.
pub fn update(artefacts: &[Artefact], dir: &Path) -> Result<Vec<Change>, SnapshotError> {
    std::fs::create_dir_all(dir).map_err(|source| SnapshotError::Io {
        path: dir.to_owned(),
        source,
    })?;
    let mut stale = stored_names(dir).map_err(|source| SnapshotError::Io {
        path: dir.to_owned(),
        source,
    })?;
    let mut changes = Vec::new();
    for artefact in artefacts {
        let name = snapshot_name(artefact);
        stale.remove(&name);
        let path = dir.join(format!("{name}.snap"));
        let wanted = render(artefact);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(wanted.as_str()) {
            write_atomic(&path, wanted.as_bytes())?;
            changes.push(Change::Written(path));
        }
    }
    for name in stale {
        let path = dir.join(format!("{name}.snap"));
        std::fs::remove_file(&path).map_err(|source| SnapshotError::Io {
            path: path.clone(),
            source,
        })?;
        changes.push(Change::Removed(path));
    }
    Ok(changes)
}

/// Reading or writing the snapshot folder failed.
#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    #[error("cannot read {}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Write(#[from] WriteError),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::Fixture;
    use crate::generate::artefacts;

    #[test]
    fn render_then_parse_gives_the_body_back() {
        let fx = Fixture::new();
        for a in artefacts(&fx.aligned()) {
            let file = render(&a);
            assert_eq!(parse(&file).map(normalize), Some(normalize(&a.content)));
            assert!(diff(&a, parse(&file).unwrap_or_default()).is_none());
        }
    }

    #[test]
    fn a_changed_paragraph_is_named_by_row_in_every_format() {
        let fx = Fixture::new();
        let before = artefacts(&fx.aligned());
        let mut edited = Fixture::new();
        if let Some(doc) = edited.docs.get_mut(&sixfold_core::Lang::Fr) {
            doc.segments[2].text = "3. Invite le Secrétaire général à informer ;".into();
        }
        let after = artefacts(&edited.aligned());
        let mut seen = 0;
        for (old, new) in before.iter().zip(&after) {
            let Some(m) = diff(new, &old.content) else {
                continue;
            };
            seen += 1;
            let text = m.to_string();
            assert!(
                text.contains("row A-RES-51-60-r003"),
                "{}: {text}",
                new.name
            );
            assert!(text.contains(&format!("format {}", new.format)), "{text}");
        }
        // Six-way TMX, en-fr TMX and XLIFF, TSV, JSON Lines, Moses, HTML.
        assert_eq!(seen, 7);
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

    #[test]
    fn check_and_update_round_trip_and_reject_unreferenced_files() {
        let fx = Fixture::new();
        let arts = artefacts(&fx.aligned());
        let dir = tempfile::tempdir().expect("temp dir");
        let first = check(&arts, dir.path()).expect("check");
        assert_eq!(first.len(), arts.len(), "everything missing at first");
        std::fs::write(dir.path().join("gone.tmx.snap"), "---\n---\nx\n").expect("write");
        let changes = update(&arts, dir.path()).expect("update");
        assert_eq!(changes.len(), arts.len() + 1);
        assert!(check(&arts, dir.path()).expect("check").is_empty());
        assert!(
            update(&arts, dir.path()).expect("update").is_empty(),
            "unchanged files are not rewritten"
        );
        std::fs::write(dir.path().join("gone.tmx.snap"), "---\n---\nx\n").expect("write");
        let again = check(&arts, dir.path()).expect("check");
        assert_eq!(
            again,
            [Mismatch::Unreferenced {
                snapshot: "gone.tmx".into()
            }]
        );
    }
}
