//! `cargo xtask exports [--check]`: regenerate the aligned exports of every document under
//! `translations/` and the `insta` snapshots under `snapshots/` that record them, or (with
//! `--check`) change nothing and fail when the snapshots are out of date.
//!
//! The generation is `sixfold_export::generate`, the same function the snapshot test in
//! `crates/export/tests/it/snapshots.rs` asserts, so the two can never disagree about what
//! an export is.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;
use sixfold_export::snapshot::{self, Change, Mismatch};

/// Whether to write the snapshots or only compare them.
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
                "snapshots/: {} file(s) changed; review with `git diff snapshots/` or `cargo insta review`",
                changes.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Outcome::Checked(mismatches) if mismatches.is_empty() => {
            println!("snapshots/ is up to date");
            Ok(ExitCode::SUCCESS)
        }
        Outcome::Checked(mismatches) => {
            for m in &mismatches {
                eprintln!("{m}");
            }
            eprintln!(
                "snapshots/ is out of date ({} problem(s)); run `{}` and review the diff",
                mismatches.len(),
                snapshot::REGENERATE
            );
            Ok(ExitCode::FAILURE)
        }
    }
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
            snapshot::update(&artefacts, &dir)
                .with_context(|| format!("updating {}", dir.display()))?,
        ),
        Mode::Check => Outcome::Checked(
            snapshot::check(&artefacts, &dir)
                .with_context(|| format!("checking {}", dir.display()))?,
        ),
    })
}

fn shown(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

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

    /// Editing one paragraph of a copied document makes check mode fail and name the
    /// document, the format and the row, while changing nothing on disk.
    #[test]
    fn check_names_the_row_of_an_edited_paragraph() {
        let root = crate::repo_root();
        let tmp = tempfile::tempdir().expect("temp dir");
        copy_tree(&root.join("translations"), &tmp.path().join("translations"));
        copy_tree(&root.join("snapshots"), &tmp.path().join("snapshots"));
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

        let before = std::fs::read_dir(tmp.path().join("snapshots"))
            .expect("list")
            .count();
        let Outcome::Checked(mismatches) = exports(tmp.path(), Mode::Check).expect("check runs")
        else {
            panic!("check mode must not write")
        };
        assert_eq!(
            std::fs::read_dir(tmp.path().join("snapshots"))
                .expect("list")
                .count(),
            before
        );
        let text: Vec<String> = mismatches.iter().map(ToString::to_string).collect();
        let text = text.join("\n");
        for name in [
            "tmx",
            "tmx-en-fr",
            "xliff-en-fr",
            "tsv",
            "jsonl",
            "moses",
            "html",
        ] {
            assert!(
                text.contains(&format!("A-RES-51-60.{name}.snap is out of date")),
                "{name} not reported:\n{text}"
            );
        }
        assert!(
            !text.contains("A-RES-51-60.tmx-en-ru.snap"),
            "en-ru did not change:\n{text}"
        );
        assert!(
            text.contains(&format!("row {row_id},")),
            "row {row_id} not named:\n{text}"
        );
        assert!(
            text.contains("(texte modifié)"),
            "the differing line is quoted:\n{text}"
        );
    }

    /// A snapshot nothing produces any more is rejected by check and removed by write.
    #[test]
    fn unreferenced_snapshots_are_rejected_then_removed() {
        let root = crate::repo_root();
        let tmp = tempfile::tempdir().expect("temp dir");
        copy_tree(&root.join("translations"), &tmp.path().join("translations"));
        copy_tree(&root.join("snapshots"), &tmp.path().join("snapshots"));
        let orphan = tmp.path().join("snapshots/A-RES-51-60.tmx-en-de.snap");
        std::fs::write(&orphan, "---\nsource: x\n---\nold\n").expect("write orphan");
        let Outcome::Checked(m) = exports(tmp.path(), Mode::Check).expect("check") else {
            panic!("check mode must not write")
        };
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(m[0].to_string().contains("produced by no export"));
        let Outcome::Written(changes) = exports(tmp.path(), Mode::Write).expect("write") else {
            panic!("write mode writes")
        };
        assert_eq!(changes, [Change::Removed(orphan.clone())]);
        assert!(!orphan.exists());
    }
}
