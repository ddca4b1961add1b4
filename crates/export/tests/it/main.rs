//! Integration tests of the exports on the bundled documents and a real-text merge case:
//! real consumers reading the files, pair exports on the pair's own links, and the exports
//! in the interface languages. (The committed exports under `snapshots/` are checked by
//! `cargo xtask exports --check` and its test.)

mod consumers;
mod finest;
mod localized;

use std::path::{Path, PathBuf};

/// The repository root (two levels above this crate).
fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the repository root exists")
}

/// Real UN text (UN Parallel Corpus, A/69/780) where the Chinese rendering merges three
/// English paragraphs and the other languages are one to one; the provenance line heads
/// each file.
fn merged_fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/unv1-a-69-780")
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
