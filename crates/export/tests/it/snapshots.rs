//! Every export of every bundled document, asserted with insta against the committed
//! snapshots in the top-level `snapshots/` folder.
//!
//! The artefacts come from `sixfold_export::generate`, the function `cargo xtask exports`
//! uses, so this test and the xtask check the same bytes; a change shows up here as an
//! insta failure, reviewable with `cargo insta review`, and is accepted either there or by
//! running `cargo xtask exports`.

use sixfold_export::snapshot;

use crate::repo_root;

/// Asserts one artefact with the settings that make insta read and write exactly the
/// file `cargo xtask exports` writes.
pub(crate) fn assert_artefact(artefact: &sixfold_export::Artefact, dir: &std::path::Path) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(dir);
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.set_description(snapshot::description(artefact));
    settings.bind(|| {
        insta::assert_snapshot!(snapshot::snapshot_name(artefact), artefact.content);
    });
}

#[test]
fn exports_match_the_committed_snapshots() {
    let root = repo_root();
    let artefacts = sixfold_export::generate(&root.join("translations")).expect("generate");
    assert!(
        artefacts.len() >= 15,
        "every format of at least the bundled document: {}",
        artefacts.len()
    );
    for artefact in &artefacts {
        assert_artefact(artefact, &root.join("snapshots"));
    }
}
