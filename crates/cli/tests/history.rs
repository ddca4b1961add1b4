//! `sixfold history`, `stale` and `diff` run as a user runs them, on repositories built in
//! temporary directories with libgit2 (fixed signatures and dates, no user configuration).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use git2::{IndexAddOption, Oid, Repository, Signature, Time};

const DIR: &str = "translations/A-TEST-2";

/// Three operative paragraphs in each of the six languages (written for this test).
const TEXTS: [(&str, [&str; 3]); 6] = [
    (
        "ar",
        [
            "1 - ترحب بتقرير الأمين العام؛",
            "2 - تحث الدول الأعضاء على التعاون في مكافحة الجريمة عبر الوطنية؛",
            "3 - تقرر أن تبقي المسألة قيد نظرها.",
        ],
    ),
    (
        "zh",
        [
            "1. 欢迎秘书长的报告；",
            "2. 敦促会员国合作打击跨国犯罪；",
            "3. 决定继续处理此案。",
        ],
    ),
    (
        "en",
        [
            "1. Welcomes the report of the Secretary-General;",
            "2. Urges Member States to cooperate in combating transnational crime;",
            "3. Decides to remain seized of the matter.",
        ],
    ),
    (
        "fr",
        [
            "1. Accueille avec satisfaction le rapport du Secrétaire général ;",
            "2. Prie instamment les États Membres de coopérer dans la lutte contre la criminalité transnationale ;",
            "3. Décide de rester saisie de la question.",
        ],
    ),
    (
        "ru",
        [
            "1. приветствует доклад Генерального секретаря;",
            "2. настоятельно призывает государства-члены сотрудничать в борьбе с транснациональной преступностью;",
            "3. постановляет продолжать заниматься этим вопросом.",
        ],
    ),
    (
        "es",
        [
            "1. Acoge con beneplácito el informe del Secretario General;",
            "2. Insta a los Estados Miembros a cooperar en la lucha contra la delincuencia transnacional;",
            "3. Decide seguir ocupándose de la cuestión.",
        ],
    ),
];

struct Fixture {
    dir: tempfile::TempDir,
    repo: Repository,
    time: i64,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repository::init(dir.path()).unwrap();
        let f = Fixture {
            dir,
            repo,
            time: 1_704_067_200,
        };
        for (code, paras) in TEXTS {
            f.write(code, &paras);
        }
        f
    }

    fn folder(&self) -> PathBuf {
        self.dir.path().join(DIR)
    }

    fn write(&self, code: &str, paras: &[&str]) {
        std::fs::create_dir_all(self.folder()).unwrap();
        std::fs::write(
            self.folder().join(format!("{code}.md")),
            paras.join("\n\n") + "\n",
        )
        .unwrap();
    }

    fn edit(&self, code: &str, i: usize, text: &str) {
        let (_, paras) = TEXTS.iter().find(|(c, _)| *c == code).unwrap();
        let mut paras = paras.to_vec();
        paras[i] = text;
        self.write(code, &paras);
    }

    fn commit(&mut self, message: &str) -> Oid {
        let mut index = self.repo.index().unwrap();
        index.add_all(["*"], IndexAddOption::DEFAULT, None).unwrap();
        index.write().unwrap();
        let tree = self.repo.find_tree(index.write_tree().unwrap()).unwrap();
        self.time += 3600;
        let sig =
            Signature::new("Test Translator", "t@example.org", &Time::new(self.time, 0)).unwrap();
        let parent = self.repo.head().ok().and_then(|h| h.peel_to_commit().ok());
        let parents: Vec<&git2::Commit<'_>> = parent.iter().collect();
        self.repo
            .commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)
            .unwrap()
    }
}

fn sixfold(args: &[&str], folder: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sixfold"))
        .env("SIXFOLD_LANG", "en")
        .args(args)
        .arg(folder)
        .output()
        .unwrap()
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

const EN_2: &str =
    "2. Urges Member States to cooperate closely in combating serious transnational crime;";
const FR_2: &str = "2. Prie instamment les États Membres de coopérer étroitement dans la lutte contre la criminalité transnationale grave ;";

#[test]
fn stale_is_a_ci_gate_that_follows_translations() {
    let mut f = Fixture::new();
    let c0 = f.commit("six renderings");
    let out = sixfold(&["stale", "--format", "json"], &f.folder());
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());

    f.edit("en", 1, EN_2);
    let c1 = f.commit("en: op. 2");
    let out = sixfold(&["stale", "--format", "json"], &f.folder());
    assert_eq!(out.status.code(), Some(1));
    let findings = json_lines(&out);
    let langs: Vec<&str> = findings
        .iter()
        .map(|v| v["lang"].as_str().unwrap())
        .collect();
    assert_eq!(langs, ["ar", "zh", "fr", "ru", "es"]);
    for v in &findings {
        assert_eq!(v["segment"], 1);
        assert_eq!(v["label"], "op.2");
        assert_eq!(v["pivot_segment"], 1);
        assert_eq!(v["pivot_commit"], c1.to_string());
        assert_eq!(v["segment_commit"], c0.to_string());
        assert_eq!(v["pivot_date"], "2024-01-01T02:00:00+00:00");
        assert_eq!(v["segment_date"], "2024-01-01T01:00:00+00:00");
    }

    f.edit("fr", 1, FR_2);
    f.commit("fr: op. 2");
    let out = sixfold(&["stale"], &f.folder());
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.lines().any(|l| l.starts_with("fr ")), "{text}");
    assert!(text.contains("4 stale segments"), "{text}");

    // An uncommitted edit is announced, not used.
    f.edit("ru", 1, "2. правка;");
    let out = sixfold(&["stale"], &f.folder());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("uncommitted changes"), "{err}");
    assert!(err.contains(&format!("{DIR}/ru.md (modified)")), "{err}");
}

#[test]
fn history_json_lists_what_git_log_lists() {
    let mut f = Fixture::new();
    f.commit("six renderings");
    f.edit("en", 1, EN_2);
    f.commit("en: op. 2");
    f.edit("fr", 1, FR_2);
    f.commit("fr: op. 2");
    let out = sixfold(&["history", "--format", "json"], &f.folder());
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for (code, _) in TEXTS {
        let ours: Vec<&str> = report["languages"][code]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["commit"]["id"].as_str().unwrap())
            .collect();
        let git = Command::new("git")
            .args(["log", "--format=%H", "--", &format!("{DIR}/{code}.md")])
            .current_dir(f.dir.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .output()
            .unwrap();
        assert!(git.status.success());
        let theirs: Vec<String> = String::from_utf8_lossy(&git.stdout)
            .lines()
            .map(str::to_owned)
            .collect();
        assert_eq!(ours, theirs, "{code}");
    }
    let newest_en = &report["languages"]["en"][0];
    assert_eq!(newest_en["commit"]["summary"], "en: op. 2");
    assert_eq!(newest_en["rows"][0]["label"], "op.2");
    assert_eq!(newest_en["rows"][0]["kind"], "changed");
}

#[test]
fn diff_shows_the_rows_to_touch_in_each_language() {
    let mut f = Fixture::new();
    f.commit("six renderings");
    f.edit("en", 1, EN_2);
    f.commit("en: op. 2");
    let folder = f.folder();
    let out = sixfold(
        &[
            "diff", "--from", "HEAD~1", "--to", "HEAD", "--format", "json",
        ],
        &folder,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = report["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["label"], "op.2");
    let en = &rows[0]["languages"]["en"][0];
    assert_eq!(en["kind"], "changed");
    assert_eq!(en["new_text"], EN_2);
    // Word by word: the kept and removed runs give the old text, kept and inserted the new.
    let words = en["words"].as_array().unwrap();
    let side = |keep: &str| -> String {
        words
            .iter()
            .filter(|w| w["op"] == "equal" || w["op"] == keep)
            .map(|w| w["text"].as_str().unwrap())
            .collect()
    };
    assert_eq!(side("delete"), en["old_text"].as_str().unwrap());
    assert_eq!(side("insert"), EN_2);
    assert!(words.iter().any(|w| w["op"] == "insert"), "{words:?}");
    assert_eq!(rows[0]["languages"].as_object().unwrap().len(), 1);

    let out = sixfold(&["diff", "--from", "HEAD~1"], &folder);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("+ 2. Urges Member States to cooperate closely"),
        "{text}"
    );
    assert!(text.contains("1 row differs"), "{text}");
}

#[test]
fn outside_a_repository_the_commands_fail_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("en.md"), "1. Text.\n").unwrap();
    for args in [&["stale"][..], &["history"], &["diff", "--from", "HEAD"]] {
        let out = sixfold(args, dir.path());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.starts_with("error: not inside a git repository"),
            "{err}"
        );
    }
}

#[test]
fn unknown_revisions_and_absent_folders_are_named() {
    let mut f = Fixture::new();
    f.commit("six renderings");
    let out = sixfold(&["diff", "--from", "nope"], &f.folder());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown revision `nope`"), "{err}");
}

#[test]
fn text_outputs_for_people() {
    // Fixed contents, signatures and dates make the commit ids, and so the output, stable.
    let mut f = Fixture::new();
    f.commit("six renderings");
    f.edit("en", 1, EN_2);
    f.commit("en: op. 2");
    f.edit("fr", 1, FR_2);
    f.commit("fr: op. 2");
    let folder = f.folder();
    let text = |args: &[&str]| String::from_utf8_lossy(&sixfold(args, &folder).stdout).into_owned();
    insta::assert_snapshot!("stale_text", text(&["stale"]));
    insta::assert_snapshot!("history_text", text(&["history"]));
    insta::assert_snapshot!("diff_text", text(&["diff", "--from", "HEAD~2"]));
}

/// A copy of the bundled A/RES/51/60 folder committed in a temporary repository, then a
/// commit that puts a wrong agenda item into the French header.
fn bundled_with_a_wrong_french_agenda_item() -> (Fixture, PathBuf) {
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../translations/A-RES-51-60");
    let dir = tempfile::tempdir().unwrap();
    let repo = Repository::init(dir.path()).unwrap();
    let mut f = Fixture {
        dir,
        repo,
        time: 1_704_067_200,
    };
    let folder = f.dir.path().join("translations/A-RES-51-60");
    std::fs::create_dir_all(&folder).unwrap();
    for entry in std::fs::read_dir(&bundled).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, folder.join(path.file_name().unwrap())).unwrap();
    }
    let first = f.commit("bundled document");
    {
        let object = f.repo.find_object(first, None).unwrap();
        f.repo.tag_lightweight("v1", &object, false).unwrap();
    }
    let fr = std::fs::read_to_string(folder.join("fr.md")).unwrap();
    assert!(fr.contains("Point 101 de l'ordre du jour"));
    std::fs::write(
        folder.join("fr.md"),
        fr.replace(
            "Point 101 de l'ordre du jour",
            "Point 102 de l'ordre du jour",
        ),
    )
    .unwrap();
    f.commit("fr: agenda item");
    (f, folder)
}

#[test]
fn rev_reads_align_check_export_and_meta_from_the_commit() {
    let (_f, folder) = bundled_with_a_wrong_french_agenda_item();
    let run = |args: &[&str], path: &Path| {
        let out = sixfold(args, path);
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        (
            out.status.code(),
            stdout,
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };

    // meta: the work tree (= HEAD) disagrees with document.toml, the tagged version agrees.
    let (code, _, _) = run(&["meta"], &folder);
    assert_eq!(code, Some(1));
    let (code, text, err) = run(&["meta", "--rev", "v1"], &folder);
    assert_eq!(code, Some(0), "{err}");
    assert!(text.contains("all agree"), "{text}");
    let (code, json, err) = run(
        &["meta", "--rev", "HEAD~1", "--format", "json"],
        &folder.join("fr.md"),
    );
    assert_eq!(code, Some(0), "{err}");
    let meta: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(meta["agenda_items"], serde_json::json!(["101"]));

    // align and export read the French of that commit.
    let (code, json, err) = run(&["align", "--rev", "v1", "--format", "json"], &folder);
    assert_eq!(code, Some(0), "{err}");
    assert!(json.contains("Point 101 de l'ordre du jour") && !json.contains("Point 102"));
    let (_, json, _) = run(&["align", "--format", "json"], &folder);
    assert!(json.contains("Point 102 de l'ordre du jour"));
    let (code, tsv, err) = run(&["export", "--rev", "v1", "--format", "tsv"], &folder);
    assert_eq!(code, Some(0), "{err}");
    assert!(tsv.contains("Point 101 de l'ordre du jour") && !tsv.contains("Point 102"));

    // check runs on the commit too, and names a revision it cannot find.
    let (code, _, err) = run(&["check", "--rev", "v1"], &folder);
    assert_eq!(code, Some(0), "{err}");
    let (code, _, err) = run(&["check", "--rev", "v9"], &folder);
    assert_eq!(code, Some(2));
    assert!(err.contains("unknown revision `v9`"), "{err}");
}

/// `stale` is a CI gate: it must not pass because it had nothing to look at.
#[test]
fn stale_and_history_refuse_what_is_not_a_document_folder() {
    let mut f = Fixture::new();
    std::fs::remove_file(f.folder().join("ar.md")).unwrap();
    f.commit("five renderings, no Arabic");
    let file = f.folder().join("en.md");
    for command in ["stale", "history"] {
        let out = sixfold(&[command], &file);
        assert_eq!(out.status.code(), Some(2), "{command}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("is not a folder"), "{command}: {err}");
    }
    let out = sixfold(&["stale", "--pivot", "ar"], &f.folder());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no ar.md in"), "{err}");
    let out = sixfold(&["stale"], &f.folder());
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The fixture with an English corrigendum, then its folder renamed.
fn renamed() -> (Fixture, PathBuf) {
    let mut f = Fixture::new();
    f.commit("six renderings");
    f.edit("en", 1, EN_2);
    f.commit("en: op. 2");
    let new = f.dir.path().join(format!("{DIR}-renamed"));
    std::fs::rename(f.folder(), &new).unwrap();
    f.commit("rename the folder");
    (f, new)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn history_and_stale_follow_a_renamed_folder() {
    let (_f, new) = renamed();
    let out = sixfold(&["stale"], &new);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("5 stale segments"));
    let out = sixfold(&["stale", "--no-follow"], &new);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = sixfold(&["history"], &new);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!("renamed from {DIR}/fr.md")),
        "{text}"
    );
    let out = sixfold(&["history", "--format", "json"], &new);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let fr = report["languages"]["fr"].as_array().unwrap();
    assert_eq!(fr.len(), 2);
    assert_eq!(fr[0]["renamed_from"], format!("{DIR}/fr.md"));
}

#[test]
fn diff_follows_a_renamed_folder_unless_told_not_to() {
    let (_f, new) = renamed();
    // HEAD~2 is the first commit, when the folder had its old name.
    for args in [
        &["diff", "--from", "HEAD~2", "--to", "HEAD"][..],
        &["diff", "--from", "HEAD~2"],
    ] {
        let out = sixfold(args, &new);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("1 row differs"), "{args:?}: {text}");
        assert!(
            text.contains("+ 2. Urges Member States to cooperate closely"),
            "{text}"
        );
    }
    let out = sixfold(
        &["diff", "--from", "HEAD~2", "--to", "HEAD", "--no-follow"],
        &new,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("does not exist at revision `HEAD~2`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_folder_that_exists_only_in_old_revisions_is_read_checked_exported_and_diffed() {
    let (f, new) = renamed();
    let old = f.folder();
    assert!(!old.exists());
    // The old path at HEAD~1 reads as the new path at HEAD: same content, same answers.
    for args in [
        &["check", "--format", "json"][..],
        &["align", "--format", "json"],
        &["export", "--format", "tsv"],
        &["meta", "--format", "json"],
    ] {
        let at_old = sixfold(&[args, &["--rev", "HEAD~1"]].concat(), &old);
        let at_new = sixfold(&[args, &["--rev", "HEAD"]].concat(), &new);
        assert_eq!(
            at_old.status.code(),
            at_new.status.code(),
            "{args:?}: {}",
            stderr(&at_old)
        );
        let old_out =
            String::from_utf8_lossy(&at_old.stdout).replace("A-TEST-2-renamed", "A-TEST-2");
        assert_eq!(
            old_out.replace("HEAD~1", "HEAD"),
            String::from_utf8_lossy(&at_new.stdout).replace("A-TEST-2-renamed", "A-TEST-2"),
            "{args:?}"
        );
        assert!(!stderr(&at_old).contains("give the folder"), "{args:?}");
    }
    let out = sixfold(&["export", "--rev", "HEAD~1", "--format", "tsv"], &old);
    assert!(String::from_utf8_lossy(&out.stdout).contains("cooperate closely"));
    let out = sixfold(&["diff", "--from", "HEAD~1", "--to", "HEAD~2"], &old);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 row differs"));
    // From the old path to a revision (or the work tree) where only the new one exists:
    // followed forward.
    for args in [
        &["diff", "--from", "HEAD~2", "--to", "HEAD"][..],
        &["diff", "--from", "HEAD~2"],
    ] {
        let out = sixfold(args, &old);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert!(String::from_utf8_lossy(&out.stdout).contains("1 row differs"));
    }
    // A file at that revision is still refused, with the message about folders.
    let out = sixfold(&["check", "--rev", "HEAD~1"], &old.join("en.md"));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("give the folder"), "{}", stderr(&out));
    // Where the folder does not exist, the error says so and names the revision.
    let out = sixfold(&["check", "--rev", "HEAD"], &old);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("does not exist at revision `HEAD`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn diff_compares_with_the_work_tree_unless_told_otherwise() {
    let mut f = Fixture::new();
    f.commit("six renderings");
    f.edit("en", 1, EN_2);
    let folder = f.folder();
    let out = sixfold(&["diff", "--from", "HEAD"], &folder);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("1 row differs"), "{text}");
    assert!(
        text.contains("+ 2. Urges Member States to cooperate closely"),
        "{text}"
    );
    assert!(
        text.contains("the work tree (uncommitted edits included)"),
        "{text}"
    );
    let out = sixfold(&["diff", "--from", "HEAD", "--to", "HEAD"], &folder);
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 rows differ"));
    // stale reads commits, notes the edit, and counts it with --worktree.
    let out = sixfold(&["stale"], &folder);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("uncommitted changes"),
        "{}",
        stderr(&out)
    );
    let out = sixfold(&["stale", "--worktree"], &folder);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("changed in the work tree"), "{text}");
    // The work tree is a version, not a commit: one commit changed the folder.
    assert!(
        text.contains("(1 commit changed the folder, 1 walked)"),
        "{text}"
    );
    // The work tree has neither a date nor a commit message to quote.
    for line in text.lines().filter(|l| l.contains("work tree")) {
        assert!(line.ends_with("changed in the work tree"), "{line:?}");
    }
}

#[test]
fn an_undecodable_old_version_is_a_warning_unless_strict() {
    let mut f = Fixture::new();
    f.commit("six renderings");
    std::fs::write(
        f.folder().join("fr.md"),
        b"1. Accueille le rapport du Secr\xe9taire ;\n",
    )
    .unwrap();
    let bad = f.commit("fr: Latin-1");
    f.edit("fr", 1, FR_2);
    f.commit("fr: op. 2");
    let folder = f.folder();
    let short = &bad.to_string()[..7];
    for command in ["history", "stale"] {
        let out = sixfold(&[command], &folder);
        assert_eq!(out.status.code(), Some(0), "{command}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains(&format!("warning: {DIR}/fr.md in commit {short}"))
                && err.contains("offset 31"),
            "{command}: {err}"
        );
        let out = sixfold(&[command, "--strict"], &folder);
        assert_eq!(out.status.code(), Some(2), "{command}");
        let err = stderr(&out);
        assert!(
            err.contains("cannot be read")
                && err.contains("invalid UTF-8 at line ")
                && err.contains("(byte offset 31)"),
            "{err}"
        );
    }
}

/// A committed folder whose renderings are named `FRA.md`, `EN.md`, `es-ES.md`, …: every
/// reading command finds the same languages in the work tree and at the commit, and a file
/// skipped for its name is reported, not silently dropped.
#[test]
fn any_accepted_name_gives_the_same_languages_with_and_without_rev() {
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../translations/A-RES-51-60");
    let dir = tempfile::tempdir().unwrap();
    let repo = Repository::init(dir.path()).unwrap();
    let mut f = Fixture {
        dir,
        repo,
        time: 1_704_067_200,
    };
    let folder = f.dir.path().join("translations/A-RES-51-60");
    std::fs::create_dir_all(&folder).unwrap();
    for (from, to) in [
        ("en.md", "EN.md"),
        ("fr.md", "FRA.md"),
        ("es.md", "es-ES.md"),
        ("ru.md", "ru.md"),
        ("ar.md", "ar.md"),
        ("zh.md", "zh-Hans.md"),
        ("document.toml", "document.toml"),
    ] {
        std::fs::copy(bundled.join(from), folder.join(to)).unwrap();
    }
    std::fs::write(folder.join("notes.md"), "Reviewer notes.\n").unwrap();
    f.commit("renderings under other names");

    let languages = |args: &[&str]| {
        let out = sixfold(args, &folder);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(
            stderr.contains("notes.md is not read: its name gives no language"),
            "{args:?}: {stderr}"
        );
        json["languages"].clone()
    };
    let expected = serde_json::json!(["en", "ar", "zh", "fr", "ru", "es"]);
    assert_eq!(languages(&["align", "--format", "json"]), expected);
    assert_eq!(
        languages(&["align", "--format", "json", "--rev", "HEAD"]),
        expected
    );

    for rev in [None, Some("HEAD")] {
        let mut args = vec!["check", "--format", "json"];
        args.extend(rev.iter().flat_map(|r| ["--rev", *r]));
        let out = sixfold(&args, &folder);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(!text.contains("missing-rendering"), "{rev:?}: {text}");
        let mut args = vec!["meta", "--format", "json"];
        args.extend(rev.iter().flat_map(|r| ["--rev", *r]));
        let out = sixfold(&args, &folder);
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let langs: Vec<_> = json["renderings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["language"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(langs.len(), 6, "{rev:?}: {json}");
    }
}
