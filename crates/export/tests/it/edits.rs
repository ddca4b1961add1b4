//! Editing one paragraph of a copied document: both the snapshot comparison the xtask's
//! check mode runs and the insta assertion fail, and the failure names the row.

use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use sixfold_core::Lang;
use sixfold_export::{Prepared, artefacts, snapshot};

use crate::snapshots::assert_artefact;
use crate::{copy_tree, repo_root};

/// Replaces the text of operative paragraph 3 in the copied French rendering and returns
/// the id of the aligned row that holds it.
fn edit_french_op3(doc_dir: &Path) -> String {
    let fr = doc_dir.join("fr.md");
    let text = std::fs::read_to_string(&fr).expect("read fr.md");
    let prepared = Prepared::load(doc_dir).expect("load the copy");
    let seg = prepared.set.docs[&Lang::Fr]
        .by_label("op.3")
        .expect("fr has operative paragraph 3")
        .clone();
    // The segment's first words, as they stand at the start of its source line.
    let start: String = seg.text.chars().take(25).collect();
    let line = text.lines().nth(seg.line - 1).expect("segment line exists");
    assert!(line.contains(&start), "line {} is `{line}`", seg.line);
    let edited = text.replacen(&start, &format!("{start} (texte modifié)"), 1);
    std::fs::write(&fr, edited).expect("write fr.md");

    let prepared = Prepared::load(doc_dir).expect("load the edited copy");
    let index = prepared.set.docs[&Lang::Fr]
        .segments
        .iter()
        .position(|s| s.text.contains("(texte modifié)"))
        .expect("edited paragraph read back");
    let row = prepared
        .alignment
        .row_of(Lang::Fr, index)
        .expect("edited paragraph aligned");
    prepared.aligned().row_id(row)
}

fn snap_files(dir: &Path) -> BTreeSet<(String, Vec<u8>)> {
    std::fs::read_dir(dir)
        .expect("list snapshots")
        .map(|e| {
            let p = e.expect("entry").path();
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, std::fs::read(&p).expect("read snapshot"))
        })
        .collect()
}

#[test]
fn an_edited_paragraph_fails_check_and_insta_naming_the_row() {
    let root = repo_root();
    let tmp = tempfile::tempdir().expect("temp dir");
    copy_tree(&root.join("translations"), &tmp.path().join("translations"));
    copy_tree(&root.join("snapshots"), &tmp.path().join("snapshots"));
    // Only this document's exports are generated below: the other bundled documents'
    // snapshots would be reported as produced by no export.
    for entry in std::fs::read_dir(tmp.path().join("snapshots")).expect("snapshots") {
        let path = entry.expect("entry").path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if !name.starts_with("A-RES-51-60.") {
            std::fs::remove_file(&path).expect("remove another document's snapshot");
        }
    }
    let doc_dir = tmp.path().join("translations/A-RES-51-60");
    let row_id = edit_french_op3(&doc_dir);
    let snaps = tmp.path().join("snapshots");

    let prepared = Prepared::load(&doc_dir).expect("load the edited copy");
    let arts = artefacts(&prepared.aligned());

    // What `cargo xtask exports --check` runs.
    let mismatches = snapshot::check(&arts, &snaps).expect("check runs");
    let changed: BTreeSet<&str> = arts
        .iter()
        .filter(|a| {
            mismatches.iter().any(|m| {
                m.to_string()
                    .starts_with(&format!("{}.snap ", snapshot::snapshot_name(a)))
            })
        })
        .map(|a| a.name.as_str())
        .collect();
    let expected: BTreeSet<&str> = [
        "tmx",
        "tmx-en-fr",
        "xliff-en-fr",
        "tsv",
        "jsonl",
        "moses",
        "html",
    ]
    .into();
    assert_eq!(changed, expected, "{mismatches:#?}");
    for m in &mismatches {
        let text = m.to_string();
        assert!(text.contains(&format!("row {row_id},")), "{text}");
        assert!(text.contains("document A-RES-51-60, format "), "{text}");
        assert!(text.contains("(texte modifié)"), "{text}");
    }

    // The insta assertion on the same artefacts, against a copy of the snapshots.
    for art in &arts {
        let before = snap_files(&snaps);
        let panicked = catch_unwind(AssertUnwindSafe(|| assert_artefact(art, &snaps))).is_err();
        // Under `cargo insta test` failures are recorded instead of panicking: a pending
        // `.snap.new` or a rewritten file then shows the failure.
        let recorded = snap_files(&snaps) != before;
        let failed = panicked || recorded;
        assert_eq!(failed, expected.contains(art.name.as_str()), "{}", art.name);
    }
}
