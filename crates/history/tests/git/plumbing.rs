//! Locating the folder, reading it at a revision, the errors, the walk and shallow clones.

use sixfold_core::Lang;
use sixfold_history::{DocRepo, HistoryError, folder_history};

use crate::fixture::{TestRepo, git};

const DIR: &str = "translations/A-TEST-1";

fn three_commits() -> (TestRepo, [git2::Oid; 3]) {
    let mut t = TestRepo::new();
    t.write("README.md", "unrelated\n");
    let c0 = t.commit("readme");
    t.write(&format!("{DIR}/en.md"), "First English.\n");
    t.write(&format!("{DIR}/fr.md"), "Premier français.\n");
    let c1 = t.commit("add en and fr");
    t.write(&format!("{DIR}/en.md"), "Second English.\n");
    let c2 = t.commit("revise en");
    (t, [c0, c1, c2])
}

#[test]
fn the_folder_is_placed_relative_to_the_work_tree() {
    let (t, _) = three_commits();
    let repo = DocRepo::discover(&t.folder()).unwrap();
    assert_eq!(repo.folder(), DIR);
    assert_eq!(repo.slug(), "A-TEST-1");
    assert_eq!(repo.path_of("fr.md"), format!("{DIR}/fr.md"));
}

#[test]
fn a_rendering_is_read_at_head_tilde_and_at_a_tag_without_the_work_tree() {
    let (mut t, [_, c1, _]) = three_commits();
    t.tag("v1", c1);
    t.write(&format!("{DIR}/en.md"), "Third English.\n");
    t.commit("revise en again");
    // An uncommitted edit must not leak into what a revision reads.
    t.write(&format!("{DIR}/en.md"), "Work tree English.\n");
    let repo = DocRepo::discover(&t.folder()).unwrap();
    for rev in ["HEAD~2", "v1"] {
        let snap = repo.snapshot(rev).unwrap();
        let en = snap.renderings.iter().find(|r| r.lang == Lang::En).unwrap();
        assert_eq!(en.text, "First English.\n", "at {rev}");
        assert_eq!(en.source, format!("{rev}:{DIR}/en.md"));
        assert_eq!(snap.commit.id, c1.to_string());
        assert_eq!(snap.commit.summary, "add en and fr");
    }
    let head = repo.snapshot("HEAD").unwrap();
    let en = head.renderings.iter().find(|r| r.lang == Lang::En).unwrap();
    assert_eq!(en.text, "Third English.\n");
    assert_eq!(head.commit.date, "2024-01-01T05:00:00+01:00");
    assert_eq!(head.commit.author, "Test Translator");
    // Reading changed nothing on disk.
    let on_disk = std::fs::read_to_string(t.folder().join("en.md")).unwrap();
    assert_eq!(on_disk, "Work tree English.\n");
}

#[test]
fn errors_name_the_revision_and_the_path() {
    let (t, [c0, _, _]) = three_commits();
    let repo = DocRepo::discover(&t.folder()).unwrap();

    let err = repo.snapshot("no-such-branch").unwrap_err();
    assert!(
        matches!(err, HistoryError::UnknownRevision { .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("`no-such-branch`"), "{err}");

    let first = c0.to_string();
    let err = repo.snapshot(&first).unwrap_err();
    assert!(matches!(err, HistoryError::FolderAbsent { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        format!("folder `{DIR}` does not exist at revision `{first}`")
    );

    let outside = tempfile::tempdir().unwrap();
    let err = DocRepo::discover(outside.path()).unwrap_err();
    assert!(
        matches!(err, HistoryError::NotARepository { .. }),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .starts_with("not inside a git repository: --rev needs one"),
        "{err}"
    );

    // A path that is not on disk is still placed in the repository (it may exist in old
    // commits); reading it where it does not exist names the revision.
    let missing = DocRepo::discover(&t.root().join("gone/../missing")).unwrap();
    assert_eq!(missing.folder(), "missing");
    let err = missing.version_blobs("HEAD").unwrap_err();
    assert!(matches!(err, HistoryError::FolderAbsent { .. }), "{err:?}");
}

#[test]
fn uncommitted_changes_of_the_folder_are_reported_and_others_are_not() {
    let (t, _) = three_commits();
    let repo = DocRepo::discover(&t.folder()).unwrap();
    assert!(repo.uncommitted().unwrap().is_empty());
    t.write(&format!("{DIR}/fr.md"), "Modifié.\n");
    t.write(&format!("{DIR}/es.md"), "Nuevo.\n");
    t.write("README.md", "changed outside the folder\n");
    let states: Vec<(String, &str)> = repo
        .uncommitted()
        .unwrap()
        .into_iter()
        .map(|u| (u.path, u.state))
        .collect();
    assert_eq!(
        states,
        [
            (format!("{DIR}/es.md"), "new"),
            (format!("{DIR}/fr.md"), "modified"),
        ]
    );
}

/// Builds a history with a side branch merged back, so that first-parent matters.
fn branchy() -> TestRepo {
    let (mut t, _) = three_commits();
    for i in 0..4 {
        t.write(&format!("{DIR}/fr.md"), &format!("Français {i}.\n"));
        t.commit(&format!("fr {i}"));
        t.write("README.md", &format!("noise {i}\n"));
        t.commit(&format!("noise {i}"));
    }
    {
        let main_tip = t.repo.head().unwrap().peel_to_commit().unwrap();
        // A side branch that edits the Spanish, merged back with a merge commit.
        let sig = git2::Signature::new(
            "Side",
            "side@example.org",
            &git2::Time::new(1_800_000_000, 0),
        )
        .unwrap();
        let base_tree = main_tip.tree().unwrap();
        let mut builder = git2::build::TreeUpdateBuilder::new();
        let blob = t.repo.blob(b"Espanol lateral.\n").unwrap();
        builder.upsert(format!("{DIR}/es.md"), blob, git2::FileMode::Blob);
        let side_tree_id = builder.create_updated(&t.repo, &base_tree).unwrap();
        let side_tree = t.repo.find_tree(side_tree_id).unwrap();
        let side = t
            .repo
            .commit(None, &sig, &sig, "side: es", &side_tree, &[&main_tip])
            .unwrap();
        let side = t.repo.find_commit(side).unwrap();
        t.repo
            .commit(
                Some("HEAD"),
                &sig,
                &sig,
                "merge side",
                &side_tree,
                &[&main_tip, &side],
            )
            .unwrap();
        // Keep the work tree in step with HEAD for later commits made through the index.
        t.repo
            .checkout_head(Some(git2::build::CheckoutBuilder::new().force()))
            .unwrap();
    }
    t.write(&format!("{DIR}/en.md"), "Last English.\n");
    t.commit("en last");
    t
}

#[test]
fn the_walk_agrees_with_git_log_first_parent() {
    let t = branchy();
    let repo = DocRepo::discover(&t.folder()).unwrap();
    let history = folder_history(&repo, "HEAD").unwrap();
    let ours: Vec<String> = history
        .versions
        .iter()
        .rev()
        .map(|v| v.commit.id.clone())
        .collect();
    let theirs: Vec<String> = git(
        t.root(),
        &["log", "--first-parent", "--format=%H", "--", DIR],
    )
    .lines()
    .map(str::to_owned)
    .collect();
    assert_eq!(ours, theirs);
    assert!(history.shallow_boundary.is_none());
    for lang in [Lang::En, Lang::Fr, Lang::Es] {
        let path = format!("{DIR}/{}.md", lang.code());
        let ours: Vec<String> = history
            .versions
            .iter()
            .rev()
            .filter(|v| v.changed.contains(&lang))
            .map(|v| v.commit.id.clone())
            .collect();
        let theirs: Vec<String> = git(
            t.root(),
            &["log", "--first-parent", "--format=%H", "--", &path],
        )
        .lines()
        .map(str::to_owned)
        .collect();
        assert_eq!(ours, theirs, "{lang}");
    }
}

#[test]
fn a_shallow_clone_says_where_its_history_stops() {
    let t = branchy();
    let clone_dir = tempfile::tempdir().unwrap();
    let url = format!("file://{}", t.root().display());
    git(
        clone_dir.path(),
        &["clone", "--quiet", "--depth", "3", &url, "shallow"],
    );
    let folder = clone_dir.path().join("shallow").join(DIR);
    let repo = DocRepo::discover(&folder).unwrap();
    assert!(repo.is_shallow());
    let history = folder_history(&repo, "HEAD").unwrap();
    let boundary = history
        .shallow_boundary
        .expect("the walk reaches the boundary");
    let expected = git(
        clone_dir.path().join("shallow").as_path(),
        &[
            "rev-list",
            "--first-parent",
            "--max-count=1",
            "--skip=2",
            "HEAD",
        ],
    );
    assert_eq!(boundary.id, expected.trim());
    assert!(
        history.commits_walked <= 3,
        "walked {}",
        history.commits_walked
    );
    // The analyses work on what is there and say where it stops.
    let report = sixfold_history::stale(&repo, "HEAD", Lang::En).unwrap();
    assert_eq!(
        report.shallow_boundary.map(|b| b.id),
        Some(boundary.id.clone())
    );
    // Reading a revision beyond the boundary says why it fails.
    let err = repo.snapshot("HEAD~5").unwrap_err();
    assert!(
        matches!(err, HistoryError::BeyondShallowBoundary { .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("shallow boundary"), "{err}");
    // Everything present at the boundary looks added there: it is the oldest version.
    assert_eq!(
        history.versions.first().map(|v| &v.commit.id),
        Some(&boundary.id)
    );
}
