//! What a hostile or careless setup must not achieve: an export that overwrites a
//! translator's uncommitted work, a rendering that is a link to a file outside its
//! folder, an interrupted or concurrent export that leaves a mix behind.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use git2::{IndexAddOption, Repository, Signature, Time};

const DIR: &str = "t/A-RES-51-60";

fn bundled(lang: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../translations/A-RES-51-60")
        .join(format!("{lang}.md"));
    std::fs::read_to_string(&path).expect("the bundled rendering")
}

fn sixfold(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sixfold"))
        .env("SIXFOLD_LANG", "en")
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("the sixfold binary runs")
}

fn commit_all(repo: &Repository, message: &str) {
    let mut index = repo.index().expect("index");
    index
        .add_all(["*"], IndexAddOption::DEFAULT, None)
        .expect("add");
    index.write().expect("write index");
    let tree = repo
        .find_tree(index.write_tree().expect("tree"))
        .expect("find tree");
    let sig = Signature::new("Test", "test@example.org", &Time::new(1_700_000_000, 0))
        .expect("signature");
    let parent = repo.head().ok().and_then(|h| h.peel_to_commit().ok());
    let parents: Vec<&git2::Commit<'_>> = parent.iter().collect();
    repo.commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)
        .expect("commit");
}

/// A repository with English and French committed, the folder's path and the repository.
fn repository(langs: &[&str]) -> (tempfile::TempDir, PathBuf, Repository) {
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = Repository::init(dir.path()).expect("init");
    let folder = dir.path().join(DIR);
    std::fs::create_dir_all(&folder).expect("folder");
    for lang in langs {
        std::fs::write(folder.join(format!("{lang}.md")), bundled(lang)).expect("write");
    }
    commit_all(&repo, "first");
    (dir, folder, repo)
}

/// An export of the bundled Spanish through a symbolic link: refused as it stands, read
/// with `--follow-symlinks` (its first numbered paragraph is in the output, returned).
fn linked_spanish_needs_the_flag(cwd: &Path, export: &[&str]) -> String {
    assert_unusable(&sixfold(cwd, export), "is a symbolic link");
    let mut follow = export.to_vec();
    follow.push("--follow-symlinks");
    let out = sixfold(cwd, &follow);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let tsv = String::from_utf8_lossy(&out.stdout).into_owned();
    let spanish = bundled("es");
    let line = spanish
        .lines()
        .find(|l| l.starts_with("1. "))
        .expect("a numbered Spanish paragraph");
    assert!(tsv.contains(line), "{tsv}");
    tsv
}

fn assert_unusable(out: &Output, expected: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains(expected), "expected `{expected}` in: {err}");
}

/// Exporting an old version over a rendering with uncommitted work is refused, and the
/// work is still there; so are writes through a hard link and onto a missing
/// `document.toml` or rendering, which would change the document.
#[test]
fn no_write_over_the_document_folder_whatever_the_revision() {
    let (dir, folder, _repo) = repository(&["en", "fr"]);
    let fr = folder.join("fr.md");
    let work = format!("{}\nUncommitted work of a translator.\n", bundled("fr"));
    std::fs::write(&fr, &work).expect("edit");
    for rev in [None, Some("HEAD")] {
        let mut args = vec![
            "export",
            DIR,
            "--format",
            "tsv",
            "-o",
            "t/A-RES-51-60/fr.md",
        ];
        args.extend(rev.map(|r| ["--rev", r]).into_iter().flatten());
        assert_unusable(&sixfold(dir.path(), &args), "input of the document");
        assert_eq!(std::fs::read_to_string(&fr).expect("read"), work, "{rev:?}");
    }
    #[cfg(unix)]
    {
        let hard = dir.path().join("out.tsv");
        std::fs::hard_link(&fr, &hard).expect("hard link");
        let out = sixfold(
            dir.path(),
            &[
                "export", DIR, "--rev", "HEAD", "--format", "tsv", "-o", "out.tsv",
            ],
        );
        assert_unusable(&out, "out.tsv");
        assert_eq!(std::fs::read_to_string(&fr).expect("read"), work);
    }
    for missing in ["document.toml", "ru.md"] {
        let target = format!("{DIR}/{missing}");
        let out = sixfold(
            dir.path(),
            &[
                "export", DIR, "--rev", "HEAD", "--format", "tsv", "-o", &target,
            ],
        );
        assert_unusable(&out, missing);
        assert!(!folder.join(missing).exists());
    }
    let out = sixfold(
        dir.path(),
        &[
            "export", DIR, "--rev", "HEAD", "--format", "tsv", "-o", "fine.tsv",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A rendering that is a symbolic link (here to a "secret" outside the folder) is refused
/// with its path in the work tree and at a revision, and its target never reaches the
/// output; a submodule named like a rendering is refused at a revision as it is in the
/// work tree (where it is a folder).
#[cfg(unix)]
#[test]
fn renderings_that_are_not_regular_files_are_refused_in_both_places() {
    let (dir, folder, repo) = repository(&["en", "fr"]);
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, "1. The password is hunter2.\n").expect("secret");
    std::os::unix::fs::symlink("../../secret.txt", folder.join("es.md")).expect("symlink");
    commit_all(&repo, "a linked rendering");
    for rev in [None, Some("HEAD")] {
        let mut args = vec!["export", DIR, "--format", "tsv", "--langs", "en,es"];
        args.extend(rev.map(|r| ["--rev", r]).into_iter().flatten());
        let out = sixfold(dir.path(), &args);
        assert_unusable(&out, "t/A-RES-51-60/es.md");
        assert_unusable(&out, "is a symbolic link");
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            !all.contains("hunter2") && !all.contains("secret.txt"),
            "{all}"
        );
        let mut check = vec!["check", DIR];
        check.extend(rev.map(|r| ["--rev", r]).into_iter().flatten());
        assert_unusable(&sixfold(dir.path(), &check), "is a symbolic link");
    }
    // A symbolic `document.toml` is refused the same way.
    std::fs::remove_file(folder.join("es.md")).expect("remove");
    std::os::unix::fs::symlink("../../secret.txt", folder.join("document.toml")).expect("link");
    assert_unusable(
        &sixfold(dir.path(), &["export", DIR, "--format", "tsv"]),
        "document.toml is a symbolic link",
    );
    std::fs::remove_file(folder.join("document.toml")).expect("remove");

    // A gitlink (submodule entry) named ru.md, committed through the index.
    let mut index = repo.index().expect("index");
    index
        .add_all(["*"], git2::IndexAddOption::DEFAULT, None)
        .expect("add");
    index.update_all(["*"], None).expect("update");
    let head = repo
        .head()
        .expect("head")
        .peel_to_commit()
        .expect("commit")
        .id();
    let entry = git2::IndexEntry {
        ctime: git2::IndexTime::new(0, 0),
        mtime: git2::IndexTime::new(0, 0),
        dev: 0,
        ino: 0,
        mode: 0o160_000,
        uid: 0,
        gid: 0,
        file_size: 0,
        id: head,
        flags: 0,
        flags_extended: 0,
        path: format!("{DIR}/ru.md").into_bytes(),
    };
    index.add(&entry).expect("a gitlink entry");
    index.write().expect("write index");
    let tree = repo
        .find_tree(index.write_tree().expect("tree"))
        .expect("find tree");
    let sig = Signature::new("Test", "test@example.org", &Time::new(1_700_000_100, 0))
        .expect("signature");
    let parent = repo.head().expect("head").peel_to_commit().expect("commit");
    repo.commit(Some("HEAD"), &sig, &sig, "gitlink", &tree, &[&parent])
        .expect("commit");
    std::fs::create_dir(folder.join("ru.md")).expect("the submodule's folder");
    for rev in [None, Some("HEAD")] {
        let mut args = vec!["export", DIR, "--format", "tsv"];
        args.extend(rev.map(|r| ["--rev", r]).into_iter().flatten());
        let out = sixfold(dir.path(), &args);
        assert_unusable(&out, "t/A-RES-51-60/ru.md");
        let expected = if rev.is_some() {
            "submodule"
        } else {
            "a directory"
        };
        assert_unusable(&out, expected);
    }
}

/// `--follow-symlinks` reads a linked rendering that stays inside the repository (or,
/// outside git, inside its folder), and refuses one leading anywhere else as before.
#[cfg(unix)]
#[test]
fn follow_symlinks_allows_links_inside_the_repository_only() {
    use std::os::unix::fs::symlink;
    let (dir, folder, _repo) = repository(&["en", "fr"]);
    let shared = dir.path().join("shared");
    std::fs::create_dir(&shared).expect("shared");
    std::fs::write(shared.join("es.md"), bundled("es")).expect("es");
    symlink("../../shared/es.md", folder.join("es.md")).expect("symlink");
    let export = ["export", DIR, "--format", "tsv", "--langs", "en,es"];
    linked_spanish_needs_the_flag(dir.path(), &export);
    let follow = [&export[..], &["--follow-symlinks"]].concat();
    // Out of the repository: refused, the file's text never shown.
    let outside = tempfile::tempdir().expect("outside");
    let secret = outside.path().join("secret.txt");
    std::fs::write(&secret, "1. The password is hunter2.\n").expect("secret");
    std::fs::remove_file(folder.join("es.md")).expect("remove");
    symlink(&secret, folder.join("es.md")).expect("symlink");
    let out = sixfold(dir.path(), &follow);
    assert_unusable(&out, "leading out of its repository");
    let all = format!("{out:?}");
    assert!(!all.contains("hunter2"), "{all}");
    let mut check = vec!["check", DIR, "--follow-symlinks"];
    assert_unusable(
        &sixfold(dir.path(), &check),
        "leading out of its repository",
    );
    // Through a linked folder inside the repository that leads out: judged by the end.
    std::fs::remove_file(folder.join("es.md")).expect("remove");
    symlink(outside.path(), dir.path().join("away")).expect("symlink");
    symlink("../../away/secret.txt", folder.join("es.md")).expect("symlink");
    assert_unusable(
        &sixfold(dir.path(), &follow),
        "leading out of its repository",
    );
    // Outside git the folder itself is the boundary.
    let plain = tempfile::tempdir().expect("plain");
    let doc = plain.path().join("doc");
    std::fs::create_dir(&doc).expect("doc");
    std::fs::write(doc.join("en.md"), bundled("en")).expect("en");
    std::fs::write(doc.join("spanish.txt"), bundled("es")).expect("es");
    symlink("spanish.txt", doc.join("es.md")).expect("symlink");
    std::fs::write(plain.path().join("fr.txt"), bundled("fr")).expect("fr");
    check = vec!["check", "doc", "--follow-symlinks"];
    let out = sixfold(plain.path(), &check);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{out:?}");
    symlink("../fr.txt", doc.join("fr.md")).expect("symlink");
    assert_unusable(&sixfold(plain.path(), &check), "leading out of its folder");
}

/// At `--rev`, `--follow-symlinks` resolves a committed link in that revision's tree: a
/// link to a file of the repository reads the text that commit holds (not today's), a
/// link leading out is refused with the work tree's words, and without the option every
/// link is refused as before.
#[cfg(unix)]
#[test]
fn follow_symlinks_at_a_revision_reads_the_revisions_tree() {
    use std::os::unix::fs::symlink;
    let (dir, folder, repo) = repository(&["en", "fr"]);
    let shared = dir.path().join("shared");
    std::fs::create_dir(&shared).expect("shared");
    std::fs::write(shared.join("es.md"), bundled("es")).expect("es");
    symlink("../../shared/es.md", folder.join("es.md")).expect("symlink");
    commit_all(&repo, "linked Spanish");
    // Today's Spanish differs from the committed one: --rev must read the commit's.
    std::fs::write(shared.join("es.md"), "1. Texto de hoy, no confirmado.\n").expect("edit");
    let export = [
        "export", DIR, "--rev", "HEAD", "--format", "tsv", "--langs", "en,es",
    ];
    let tsv = linked_spanish_needs_the_flag(dir.path(), &export);
    let follow = [&export[..], &["--follow-symlinks"]].concat();
    assert!(!tsv.contains("Texto de hoy"), "{tsv}");
    // A committed link leading out of the repository: refused at the revision as in the
    // work tree, with the same words, and its target never read.
    let outside = tempfile::tempdir().expect("outside");
    let secret = outside.path().join("secret.txt");
    std::fs::write(&secret, "1. The password is hunter2.\n").expect("secret");
    std::fs::remove_file(folder.join("es.md")).expect("remove");
    symlink(&secret, folder.join("es.md")).expect("symlink");
    commit_all(&repo, "Spanish leads out");
    let commands: [&[&str]; 2] = [
        &["export", DIR, "--format", "tsv", "--langs", "en,es"],
        &["check", DIR],
    ];
    for command in commands {
        for rev in [None, Some("HEAD")] {
            let mut args = command.to_vec();
            args.push("--follow-symlinks");
            if let Some(rev) = rev {
                args.extend(["--rev", rev]);
            }
            let out = sixfold(dir.path(), &args);
            assert_unusable(&out, "a symbolic link leading out of its repository");
            let all = format!("{out:?}");
            assert!(!all.contains("hunter2"), "{all}");
        }
    }
    // `..` above the repository's top, written relatively.
    std::fs::remove_file(folder.join("es.md")).expect("remove");
    symlink("../../../elsewhere/es.md", folder.join("es.md")).expect("symlink");
    commit_all(&repo, "Spanish leads above the top");
    assert_unusable(
        &sixfold(dir.path(), &follow),
        "a symbolic link leading out of its repository",
    );
}

/// A `review.toml` that is a symbolic link is refused like a rendering, with the same
/// words in the work tree and at `--rev`; `--follow-symlinks` reads one that stays inside
/// the repository.
#[cfg(unix)]
#[test]
fn a_linked_review_file_is_refused_like_a_rendering() {
    use std::os::unix::fs::symlink;
    let (dir, folder, repo) = repository(&["en", "fr"]);
    let outside = tempfile::tempdir().expect("outside");
    let secret = outside.path().join("secret.toml");
    std::fs::write(&secret, "password = \"hunter2\"\n").expect("secret");
    symlink(&secret, folder.join("review.toml")).expect("symlink");
    commit_all(&repo, "linked review file");
    let review = format!("{DIR}/review.toml");
    for command in ["check", "export", "align"] {
        for rev in [None, Some("HEAD")] {
            let mut args = vec![command, DIR];
            if command == "export" {
                args.extend(["--format", "xliff"]);
            }
            if let Some(rev) = rev {
                args.extend(["--rev", rev]);
            }
            let out = sixfold(dir.path(), &args);
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{command} {rev:?}: {err}");
            assert!(err.contains(&review), "{command} {rev:?}: {err}");
            assert!(
                err.contains("is a symbolic link"),
                "{command} {rev:?}: {err}"
            );
            assert!(!format!("{out:?}").contains("hunter2"), "{out:?}");
            args.push("--follow-symlinks");
            assert_unusable(
                &sixfold(dir.path(), &args),
                "a symbolic link leading out of its repository",
            );
        }
    }
    // A link to a review file inside the repository is read with the option.
    std::fs::write(dir.path().join("review.toml"), "").expect("review");
    std::fs::remove_file(folder.join("review.toml")).expect("remove");
    symlink("../../review.toml", folder.join("review.toml")).expect("symlink");
    commit_all(&repo, "review file inside");
    for rev in [None, Some("HEAD")] {
        let mut args = vec!["check", DIR, "--follow-symlinks"];
        if let Some(rev) = rev {
            args.extend(["--rev", rev]);
        }
        let out = sixfold(dir.path(), &args);
        assert!(matches!(out.status.code(), Some(0 | 1)), "{rev:?}: {out:?}");
    }
}

/// The bundled folder copied to `dir`, English grown to about `bytes` by repeating its body.
fn grown_copy(dir: &Path, bytes: usize) {
    std::fs::create_dir_all(dir).expect("folder");
    for lang in ["en", "fr"] {
        std::fs::write(dir.join(format!("{lang}.md")), bundled(lang)).expect("write");
    }
    let en = bundled("en");
    let body = en
        .find("The General Assembly,")
        .map_or(en.as_str(), |i| &en[i..]);
    let mut text = en.clone();
    while text.len() < bytes {
        text.push_str("\n\n");
        text.push_str(body);
    }
    std::fs::write(dir.join("en.md"), text).expect("write");
}

/// Sends `signal` to `child` once a temporary file shows in `out`, and waits: the exit
/// status, and whether the signal interrupted the export (exit 130/143) rather than
/// arriving after the rename (exit 0, a finished export).
#[cfg(unix)]
fn signal_while_writing(
    child: &mut std::process::Child,
    signal: &str,
    out: &Path,
) -> (std::process::ExitStatus, bool) {
    loop {
        if !temporaries(out).is_empty() {
            let sent = Command::new("kill")
                .args([&format!("-{signal}"), &child.id().to_string()])
                .status()
                .expect("kill runs");
            assert!(sent.success());
            let status = child.wait().expect("wait");
            if status.code() == Some(0) {
                return (status, false);
            }
            let expected = if signal == "INT" { 130 } else { 143 };
            assert_eq!(status.code(), Some(expected), "{signal}");
            return (status, true);
        }
        if let Some(status) = child.try_wait().expect("try_wait") {
            return (status, false);
        }
    }
}

fn temporaries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("list")
        .filter_map(|e| {
            let name = e.ok()?.file_name().to_string_lossy().into_owned();
            name.starts_with(".sixfold-").then_some(name)
        })
        .collect()
}

/// SIGINT (and SIGTERM) while the export is being staged: the process exits 128 + the
/// signal and no temporary file is left. The signal is sent once the temporary file is
/// seen, so the test interrupts the write itself, not the alignment before it.
#[cfg(unix)]
#[test]
fn an_interrupted_export_leaves_no_temporary_file() {
    let tmp = tempfile::tempdir().expect("temp dir");
    grown_copy(&tmp.path().join("doc"), 400_000);
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).expect("out");
    let mut caught = 0;
    for round in 0..12 {
        let signal = if round % 2 == 0 { "INT" } else { "TERM" };
        let mut child = Command::new(env!("CARGO_BIN_EXE_sixfold"))
            .args(["export", "doc", "--format", "html", "-o", "out/page.html"])
            .current_dir(tmp.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        let (status, interrupted) = signal_while_writing(&mut child, signal, &out);
        caught += usize::from(interrupted);
        assert!(
            temporaries(&out).is_empty(),
            "round {round} ({signal}, {status}): {:?}",
            temporaries(&out)
        );
        if caught >= 4 {
            break;
        }
    }
    assert!(caught > 0, "no export was interrupted while writing");
}

/// SIGINT/SIGTERM during `export --concat`: the corpus files being appended to are
/// temporary files like any other, removed by the signal handler.
#[cfg(unix)]
#[test]
fn an_interrupted_concat_export_leaves_no_temporary_file() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut list = String::new();
    for i in 0..40 {
        let doc = format!("d{i:02}");
        grown_copy(&tmp.path().join(&doc), 20_000);
        list.push_str(&doc);
        list.push('\n');
    }
    std::fs::write(tmp.path().join("list.txt"), list).expect("list");
    let out = tmp.path().join("corpus");
    std::fs::create_dir(&out).expect("out");
    let mut caught = 0;
    for round in 0..6 {
        let signal = if round % 2 == 0 { "INT" } else { "TERM" };
        let mut child = Command::new(env!("CARGO_BIN_EXE_sixfold"))
            .args([
                "export", "--from", "list.txt", "--format", "tsv", "--concat", "-o", "corpus",
                "-j", "1",
            ])
            .current_dir(tmp.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        let (status, interrupted) = signal_while_writing(&mut child, signal, &out);
        caught += usize::from(interrupted);
        assert!(
            temporaries(&out).is_empty(),
            "round {round} ({signal}, {status}): {:?}",
            temporaries(&out)
        );
        if caught >= 2 {
            break;
        }
    }
    assert!(caught > 0, "no concat export was interrupted while writing");
}

/// A run killed with SIGKILL cannot clean up; the next export into the same directory
/// removes what it left, and only that: a live run's file and a fresh file stay.
#[cfg(target_os = "linux")]
#[test]
fn the_next_export_sweeps_what_a_killed_run_left() {
    let tmp = tempfile::tempdir().expect("temp dir");
    grown_copy(&tmp.path().join("doc"), 0);
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).expect("out");
    // A run killed for real: its pid is gone once it has been waited for.
    let mut killed = Command::new("sleep").arg("60").spawn().expect("sleep");
    let dead = killed.id();
    killed.kill().expect("kill");
    killed.wait().expect("wait");
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let leave = |name: &str, modified: std::time::SystemTime| {
        let f = std::fs::File::create(out.join(name)).expect("create");
        f.set_modified(modified).expect("mtime");
    };
    let stale = format!(".sixfold-{dead}-x1Y2z3.tmp");
    let fresh = format!(".sixfold-{dead}-a1B2c3.tmp");
    // This test process stands for another run that is still going.
    let live = format!(".sixfold-{}-q1W2e3.tmp", std::process::id());
    leave(&stale, old);
    leave(&fresh, std::time::SystemTime::now());
    leave(&live, old);
    let run = sixfold(
        tmp.path(),
        &["export", "doc", "--format", "tsv", "-o", "out/doc.tsv"],
    );
    assert_eq!(run.status.code(), Some(0), "{run:?}");
    let mut left = temporaries(&out);
    left.sort();
    let mut expected = vec![fresh, live];
    expected.sort();
    assert_eq!(left, expected);
    assert!(out.join("doc.tsv").is_file());
}

/// Two Moses exports of different documents to one prefix at once, many times: the files
/// left always come from one run (the same number of lines, the same texts as that run
/// alone writes).
#[test]
fn concurrent_moses_exports_never_mix() {
    let tmp = tempfile::tempdir().expect("temp dir");
    for (name, extra) in [("a", ""), ("b", "\n\n99. An extra paragraph.\n")] {
        let dir = tmp.path().join(name);
        std::fs::create_dir(&dir).expect("folder");
        for lang in ["en", "fr"] {
            let text = format!("{}{extra}", bundled(lang));
            std::fs::write(dir.join(format!("{lang}.md")), text).expect("write");
        }
    }
    let read = |prefix: &str| {
        ["en", "fr"].map(|l| {
            std::fs::read_to_string(tmp.path().join(format!("{prefix}.{l}"))).expect("output")
        })
    };
    let export = |doc: &str, prefix: &str| {
        Command::new(env!("CARGO_BIN_EXE_sixfold"))
            .args(["export", doc, "--format", "moses", "-o", prefix])
            .current_dir(tmp.path())
            .spawn()
            .expect("spawn")
    };
    let mut alone = Vec::new();
    for doc in ["a", "b"] {
        let prefix = format!("alone-{doc}");
        assert!(export(doc, &prefix).wait().expect("wait").success());
        alone.push(read(&prefix));
    }
    assert_ne!(alone[0], alone[1]);
    for round in 0..20 {
        let mut first = export("a", "m");
        let mut second = export("b", "m");
        assert!(first.wait().expect("wait").success());
        assert!(second.wait().expect("wait").success());
        let left = read("m");
        assert!(alone.contains(&left), "round {round}: a mix of two runs");
    }
}

/// Replacing an export keeps its mode, and says that other hard links keep the old text.
#[cfg(unix)]
#[test]
fn replacing_keeps_the_mode_and_tells_about_hard_links() {
    use std::os::unix::fs::PermissionsExt as _;
    let tmp = tempfile::tempdir().expect("temp dir");
    grown_copy(&tmp.path().join("doc"), 0);
    let out = tmp.path().join("out.tsv");
    std::fs::write(&out, "old").expect("write");
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    std::fs::hard_link(&out, tmp.path().join("other.tsv")).expect("hard link");
    let run = sixfold(
        tmp.path(),
        &["export", "doc", "--format", "tsv", "-o", "out.tsv"],
    );
    assert_eq!(run.status.code(), Some(0));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains("out.tsv was replaced: its 1 other hard links keep the old content"),
        "{err}"
    );
    let mode = std::fs::metadata(&out).expect("stat").permissions().mode();
    assert_eq!(mode & 0o777, 0o640);
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("other.tsv")).expect("read"),
        "old"
    );
}

/// Several refused files are listed one per line, each naming its file once: a refusal
/// whose message already holds the path is not given an empty "path: " prefix.
#[cfg(unix)]
#[test]
fn several_linked_renderings_are_listed_each_with_its_path() {
    let (dir, folder, _repo) = repository(&["en", "fr"]);
    std::fs::write(dir.path().join("secret.txt"), "1. Secret.\n").expect("secret");
    for lang in ["es", "ru"] {
        std::os::unix::fs::symlink("../../secret.txt", folder.join(format!("{lang}.md")))
            .expect("symlink");
    }
    let out = sixfold(dir.path(), &["check", DIR]);
    assert_unusable(&out, "2 files cannot be read");
    let err = String::from_utf8_lossy(&out.stderr);
    for lang in ["es", "ru"] {
        assert!(
            err.lines()
                .any(|l| l.trim_start().starts_with(&format!("{DIR}/{lang}.md"))),
            "{err}"
        );
    }
    assert!(
        !err.lines().any(|l| l.trim_start().starts_with(':')),
        "{err}"
    );
}
