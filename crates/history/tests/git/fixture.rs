//! Temporary repositories built with libgit2 for the tests: fixed author, committer and
//! dates, no user or system configuration involved.

use std::path::{Path, PathBuf};
use std::process::Command;

use git2::{IndexAddOption, Oid, Repository, Signature, Time};

/// A repository in a temporary directory whose commits are one hour apart from a fixed
/// instant, so ids and dates are the same on every run.
pub(crate) struct TestRepo {
    pub(crate) dir: tempfile::TempDir,
    pub(crate) repo: Repository,
    time: i64,
}

impl TestRepo {
    pub(crate) fn new() -> TestRepo {
        let dir = tempfile::tempdir().expect("this cannot fail because the temp dir is writable");
        let mut opts = git2::RepositoryInitOptions::new();
        opts.initial_head("main");
        let repo = Repository::init_opts(dir.path(), &opts).expect("init in an empty dir");
        TestRepo {
            dir,
            repo,
            // 2024-01-01T00:00:00Z
            time: 1_704_067_200,
        }
    }

    pub(crate) fn root(&self) -> &Path {
        self.dir.path()
    }

    /// The document folder used by most tests.
    pub(crate) fn folder(&self) -> PathBuf {
        self.root().join("translations/A-TEST-1")
    }

    pub(crate) fn write(&self, rel: &str, text: &str) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().expect("relative paths have a parent"))
            .expect("create parent dirs");
        std::fs::write(path, text).expect("write file");
    }

    /// Stages everything in the work tree (deletions too) and commits it on HEAD.
    pub(crate) fn commit(&mut self, message: &str) -> Oid {
        let mut index = self.repo.index().expect("index");
        index
            .add_all(["*"], IndexAddOption::DEFAULT, None)
            .expect("add all");
        index.update_all(["*"], None).expect("update all");
        index.write().expect("write index");
        let tree_id = index.write_tree().expect("write tree");
        let tree = self.repo.find_tree(tree_id).expect("tree just written");
        self.time += 3600;
        let sig = Signature::new(
            "Test Translator",
            "translator@example.org",
            &Time::new(self.time, 60),
        )
        .expect("valid signature");
        let parent = self.repo.head().ok().and_then(|h| h.peel_to_commit().ok());
        let parents: Vec<&git2::Commit<'_>> = parent.iter().collect();
        self.repo
            .commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)
            .expect("commit")
    }

    /// Commits the work tree as a merge of `first` (which HEAD must be) and `second`.
    pub(crate) fn merge_commit(&mut self, message: &str, first: Oid, second: Oid) -> Oid {
        let mut index = self.repo.index().expect("index");
        index
            .add_all(["*"], IndexAddOption::DEFAULT, None)
            .expect("add all");
        index.update_all(["*"], None).expect("update all");
        index.write().expect("write index");
        let tree = self
            .repo
            .find_tree(index.write_tree().expect("write tree"))
            .expect("tree just written");
        self.time += 3600;
        let sig = Signature::new(
            "Test Translator",
            "translator@example.org",
            &Time::new(self.time, 60),
        )
        .expect("valid signature");
        let a = self.repo.find_commit(first).expect("first parent");
        let b = self.repo.find_commit(second).expect("second parent");
        self.repo
            .commit(Some("HEAD"), &sig, &sig, message, &tree, &[&a, &b])
            .expect("merge commit")
    }

    pub(crate) fn tag(&self, name: &str, id: Oid) {
        let object = self.repo.find_object(id, None).expect("tagged object");
        self.repo
            .tag_lightweight(name, &object, false)
            .expect("lightweight tag");
    }
}

/// The git command line, isolated from the user's and the system's configuration: the
/// independent reference the tests compare against (never used by the library).
pub(crate) fn git(cwd: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(cwd)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("HOME", cwd)
        .output()
        .expect("git is installed where the tests run");
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("git prints UTF-8 here")
}
