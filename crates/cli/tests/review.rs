//! Translators' decisions end to end, on copies of the bundled document: `pin` moves a row
//! and the exports follow, `accept` takes a finding out of the count until its text
//! changes, crossing pins and unknown ids are refused, `--rev` reads the decisions of that
//! revision, and a hand-edited review file keeps its comments and order.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn sixfold(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sixfold"))
        .env("SIXFOLD_LANG", "en")
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "1795824000")
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("the sixfold binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A copy of the bundled document in `<tmp>/doc`, with `edit` applied to the French text.
fn copy(edit: impl Fn(&str) -> String) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let dst = tmp.path().join("doc");
    std::fs::create_dir(&dst).expect("create the copy");
    for entry in std::fs::read_dir(repo().join("translations/A-RES-51-60")).expect("bundled") {
        let path = entry.expect("an entry").path();
        let name = path.file_name().expect("a file name").to_owned();
        let mut text = std::fs::read_to_string(&path).expect("a UTF-8 file");
        if name == "fr.md" {
            text = edit(&text);
        }
        std::fs::write(dst.join(name), text).expect("write the copy");
    }
    tmp
}

/// The French text with the year of the 1988 Convention changed: one `numbers-differ`.
fn wrong_year(text: &str) -> String {
    text.replacen(
        "psychotropes de 1988<sup>7</sup>",
        "psychotropes de 1989<sup>7</sup>",
        1,
    )
}

const FINDING: &str = "numbers-differ:fr:annex.art6.p1";

fn check_json(dir: &Path) -> serde_json::Value {
    let out = sixfold(&["check", "doc", "--format", "json"], dir);
    serde_json::from_str(stdout(&out).lines().next().expect("one line")).expect("JSON")
}

fn ids(list: &serde_json::Value) -> Vec<String> {
    list.as_array()
        .expect("an array")
        .iter()
        .map(|f| {
            f["id"]
                .as_str()
                .expect("every finding has an id")
                .to_owned()
        })
        .collect()
}

#[test]
fn an_accepted_finding_leaves_the_count_and_returns_when_its_text_changes() {
    let tmp = copy(wrong_year);
    let dir = tmp.path();
    let before = sixfold(&["check", "doc"], dir);
    assert_eq!(before.status.code(), Some(1));
    assert!(stdout(&before).contains(FINDING), "{}", stdout(&before));
    assert_eq!(ids(&check_json(dir)["findings"]), [FINDING]);

    let out = sixfold(
        &[
            "accept",
            "doc",
            FINDING,
            "--reason",
            "the French original was corrected",
        ],
        dir,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let after = sixfold(&["check", "doc"], dir);
    assert_eq!(after.status.code(), Some(0), "{}", stdout(&after));
    assert!(stdout(&after).contains("0 errors, 0 warnings, 0 infos; 1 accepted"));
    assert!(!stdout(&after).contains(FINDING));
    let all = stdout(&sixfold(&["check", "doc", "--all"], dir));
    assert!(
        all.contains(FINDING) && all.contains("reason: the French original was corrected"),
        "{all}"
    );
    let json = check_json(dir);
    assert_eq!(ids(&json["findings"]).len(), 0);
    assert_eq!(ids(&json["accepted"]), [FINDING]);

    // The paragraph is edited: the acceptance no longer applies to it.
    let fr = dir.join("doc/fr.md");
    let text = std::fs::read_to_string(&fr).unwrap();
    std::fs::write(
        &fr,
        text.replacen(
            "de 1989<sup>7</sup>.",
            "de 1989<sup>7</sup>, telle que modifiée.",
            1,
        ),
    )
    .unwrap();
    let outdated = sixfold(&["check", "doc"], dir);
    assert_eq!(outdated.status.code(), Some(1));
    let json = check_json(dir);
    let found = ids(&json["findings"]);
    assert!(found.contains(&FINDING.to_owned()), "{found:?}");
    assert!(
        found.contains(&format!("outdated-accept:{FINDING}")),
        "{found:?}"
    );

    // Accepting again re-decides on the new text.
    assert!(sixfold(&["accept", "doc", FINDING], dir).status.success());
    assert_eq!(sixfold(&["check", "doc"], dir).status.code(), Some(0));
    let review = std::fs::read_to_string(dir.join("doc/review.toml")).unwrap();
    assert_eq!(review.matches("[[accept]]").count(), 1, "{review}");
    assert!(review.contains("date = 2026-11-28"), "{review}");

    assert!(sixfold(&["unaccept", "doc", FINDING], dir).status.success());
    assert_eq!(sixfold(&["check", "doc"], dir).status.code(), Some(1));
}

#[test]
fn accepting_an_unknown_id_is_an_error_and_writes_nothing() {
    let tmp = copy(wrong_year);
    let out = sixfold(&["accept", "doc", "numbers-differ:fr:op.99"], tmp.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no finding `numbers-differ:fr:op.99` in this document"),
        "{}",
        stderr(&out)
    );
    assert!(!tmp.path().join("doc/review.toml").exists());
    let out = sixfold(&["unaccept", "doc", FINDING], tmp.path());
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_header_finding_check_reports_can_be_accepted() {
    // Every id `check` prints must be one `accept` takes: header mismatches included.
    let tmp = copy(|text| text.replacen("28 janvier 1997", "28 janvier 1998", 1));
    let dir = tmp.path();
    let before = check_json(dir);
    let header = "header-date-mismatch:fr";
    assert!(
        ids(&before["findings"]).contains(&header.to_owned()),
        "{before}"
    );
    let out = sixfold(&["accept", "doc", header, "--reason", "intended"], dir);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = sixfold(&["check", "doc"], dir);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("1 accepted"), "{}", stdout(&out));
}

fn rows(dir: &Path) -> Vec<serde_json::Value> {
    let out = sixfold(&["align", "doc", "--format", "json"], dir);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    doc["rows"].as_array().expect("rows").clone()
}

fn row_with(rows: &[serde_json::Value], lang: &str, segment: u64) -> serde_json::Value {
    rows.iter()
        .find(|r| {
            r["cells"][lang]
                .as_array()
                .is_some_and(|c| c.contains(&segment.into()))
        })
        .expect("every segment is in a row")
        .clone()
}

#[test]
fn a_pin_moves_a_row_and_the_exports_follow() {
    let tmp = copy(str::to_owned);
    let dir = tmp.path();
    // zh op.2 is segment 10, en op.2 and op.3 are 10 and 11.
    let free = rows(dir);
    assert_eq!(
        row_with(&free, "zh", 10)["cells"]["en"],
        serde_json::json!([10])
    );

    let out = sixfold(
        &[
            "pin",
            "doc",
            "--lang",
            "zh",
            "--segments",
            "op.2",
            "--with",
            "en:op.2..op.3",
        ],
        dir,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let pinned = rows(dir);
    let row = row_with(&pinned, "zh", 10);
    assert_eq!(row["cells"]["en"], serde_json::json!([10, 11]));
    assert_eq!(row["confidence"], 1.0);
    assert_eq!(row["reasons"], serde_json::json!(["pinned"]));
    // zh op.3 now stands alone; everything after the pin still aligns.
    assert_eq!(
        row_with(&pinned, "zh", 12)["cells"]["en"],
        serde_json::json!([12])
    );

    let en = std::fs::read_to_string(dir.join("doc/en.md")).unwrap();
    let op3 = en.lines().find(|l| l.starts_with("3. ")).unwrap();
    let op3_words = &op3[3..40];
    let tsv = stdout(&sixfold(
        &["export", "doc", "--format", "tsv", "--langs", "en,zh"],
        dir,
    ));
    let line = tsv
        .lines()
        .find(|l| l.contains("敦促会员国依照"))
        .expect("zh op.2 is exported");
    assert!(line.contains(op3_words), "{line}");
    let tmx = stdout(&sixfold(
        &["export", "doc", "--format", "tmx", "--langs", "en,zh"],
        dir,
    ));
    let tu = tmx
        .split("<tu ")
        .find(|tu| tu.contains("敦促会员国依照"))
        .expect("a translation unit");
    assert!(
        tu.contains(op3_words) && tu.contains("pinned by a person"),
        "{tu}"
    );

    assert!(
        sixfold(&["unpin", "doc", "--lang", "zh", "--segments", "op.2"], dir)
            .status
            .success()
    );
    assert_eq!(rows(dir), free);
}

#[test]
fn crossing_pins_are_refused_naming_both_lines() {
    let tmp = copy(str::to_owned);
    let dir = tmp.path();
    std::fs::write(
        dir.join("doc/review.toml"),
        "[[pin]]\nsegments = { en = \"op.2\", zh = \"op.3\" }\n\n[[pin]]\nsegments = { en = \"op.3\", zh = \"op.2\" }\n",
    )
    .unwrap();
    for cmd in ["align", "check"] {
        let out = sixfold(&[cmd, "doc"], dir);
        assert_eq!(out.status.code(), Some(2), "{cmd}");
        assert!(
            stderr(&out).contains("review.toml:1 and doc/review.toml:4: the two pins cross in"),
            "{cmd}: {}",
            stderr(&out)
        );
    }
    std::fs::remove_file(dir.join("doc/review.toml")).unwrap();
    assert!(
        sixfold(
            &[
                "pin",
                "doc",
                "--lang",
                "zh",
                "--segments",
                "op.2",
                "--with",
                "en:op.2..op.3"
            ],
            dir
        )
        .status
        .success()
    );
    let out = sixfold(
        &[
            "pin",
            "doc",
            "--lang",
            "zh",
            "--segments",
            "op.1",
            "--with",
            "en:op.3",
        ],
        dir,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("the two pins cross in en"),
        "{}",
        stderr(&out)
    );
    let review = std::fs::read_to_string(dir.join("doc/review.toml")).unwrap();
    assert_eq!(
        review.matches("[[pin]]").count(),
        1,
        "nothing half-written: {review}"
    );
}

#[test]
fn a_broken_review_file_is_named_with_line_and_key_in_the_interface_language() {
    let tmp = copy(str::to_owned);
    let dir = tmp.path();
    std::fs::write(dir.join("doc/review.toml"), "# notes\n[[accept]]\nid = 3\n").unwrap();
    let out = sixfold(&["--ui-lang", "fr", "check", "doc"], dir);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("review.toml:3 : `accept[1].id` : chaîne attendue"),
        "{err}"
    );
    std::fs::write(
        dir.join("doc/review.toml"),
        "[[pin]]\nsegments = { en = \"op.2\", xx = \"op.2\" }\n",
    )
    .unwrap();
    let err = stderr(&sixfold(
        &["--ui-lang", "es", "export", "doc", "--format", "tsv"],
        dir,
    ));
    assert!(
        err.contains("review.toml:2: `pin[1].segments.xx`: `xx` no es un idioma"),
        "{err}"
    );
    let err = stderr(&sixfold(&["export", "doc", "--format", "tsv"], dir));
    assert!(
        err.contains("review.toml:2: `pin[1].segments.xx`: `xx` is not a language"),
        "{err}"
    );
}

#[test]
fn comments_and_key_order_survive_pin_and_accept() {
    let tmp = copy(wrong_year);
    let dir = tmp.path();
    let hand = "# Decisions of the French desk.\n\n[[accept]]\n# the Secretariat confirmed\nreason = \"kept on purpose\"   # see mail of 3 May\nid = \"footnote-count:fr\"\n";
    std::fs::write(dir.join("doc/review.toml"), hand).unwrap();
    assert!(
        sixfold(&["accept", "doc", FINDING, "--reason", "corrected"], dir)
            .status
            .success()
    );
    assert!(
        sixfold(
            &[
                "pin",
                "doc",
                "--lang",
                "zh",
                "--segments",
                "op.2",
                "--with",
                "en:op.2"
            ],
            dir
        )
        .status
        .success()
    );
    let review = std::fs::read_to_string(dir.join("doc/review.toml")).unwrap();
    assert!(review.starts_with(hand), "{review}");
    assert!(review.contains(&format!("id = \"{FINDING}\"")));
    assert!(review.contains("[[pin]]"));
    assert!(!dir.join("doc/review.toml.lock").exists());
}

#[test]
fn two_writers_at_once_keep_both_decisions() {
    let tmp = copy(|t| {
        // A second wrong number, in another segment (a footnote): two findings.
        wrong_year(t).replacen(
            "Recueil des Traités, vol. 520",
            "Recueil des Traités, vol. 521",
            1,
        )
    });
    let dir = tmp.path();
    let json = check_json(dir);
    let found = ids(&json["findings"]);
    assert!(found.len() >= 2, "{found:?}");
    for _ in 0..3 {
        let children: Vec<_> = found
            .iter()
            .map(|id| {
                Command::new(env!("CARGO_BIN_EXE_sixfold"))
                    .args(["accept", "doc", id])
                    .current_dir(dir)
                    .spawn()
                    .expect("spawn")
            })
            .collect();
        for mut c in children {
            assert!(c.wait().expect("wait").success());
        }
        let review = std::fs::read_to_string(dir.join("doc/review.toml")).unwrap();
        for id in &found {
            assert!(review.contains(id.as_str()), "{id} lost: {review}");
        }
        std::fs::remove_file(dir.join("doc/review.toml")).unwrap();
    }
}

fn commit_all(repo: &git2::Repository, time: i64, message: &str) {
    let mut index = repo.index().unwrap();
    index
        .add_all(["*"], git2::IndexAddOption::DEFAULT, None)
        .unwrap();
    index.write().unwrap();
    let tree = repo.find_tree(index.write_tree().unwrap()).unwrap();
    let sig = git2::Signature::new("Test", "t@example.org", &git2::Time::new(time, 0)).unwrap();
    let parent = repo.head().ok().and_then(|h| h.peel_to_commit().ok());
    let parents: Vec<&git2::Commit<'_>> = parent.iter().collect();
    repo.commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)
        .unwrap();
}

#[test]
fn rev_reads_the_review_file_of_that_revision() {
    let tmp = copy(wrong_year);
    let dir = tmp.path();
    let repo = git2::Repository::init(dir).unwrap();
    commit_all(&repo, 1_700_000_000, "renderings");
    assert!(sixfold(&["accept", "doc", FINDING], dir).status.success());
    assert!(
        sixfold(
            &[
                "pin",
                "doc",
                "--lang",
                "zh",
                "--segments",
                "op.2",
                "--with",
                "en:op.2..op.3"
            ],
            dir
        )
        .status
        .success()
    );
    commit_all(&repo, 1_700_003_600, "decisions");
    // The work tree takes the decisions back; the commit still has them.
    std::fs::remove_file(dir.join("doc/review.toml")).unwrap();

    assert_eq!(sixfold(&["check", "doc"], dir).status.code(), Some(1));
    // (The pin itself is artificial: the row it makes is reported, which is right.)
    let head = stdout(&sixfold(&["check", "doc", "--rev", "HEAD"], dir));
    assert!(
        head.contains("1 accepted") && !head.contains(FINDING),
        "{head}"
    );
    let before = stdout(&sixfold(&["check", "doc", "--rev", "HEAD~1"], dir));
    assert!(
        before.contains(FINDING) && !before.contains("accepted"),
        "{before}"
    );
    let out = sixfold(&["align", "doc", "--format", "json", "--rev", "HEAD"], dir);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let rows = doc["rows"].as_array().unwrap();
    assert_eq!(
        row_with(rows, "zh", 10)["cells"]["en"],
        serde_json::json!([10, 11])
    );
    let tsv = stdout(&sixfold(
        &["export", "doc", "--format", "tsv", "--rev", "HEAD~1"],
        dir,
    ));
    assert!(!tsv.is_empty());

    // The history commands align every commit with that commit's pins.
    let stale = sixfold(&["stale", "doc"], dir);
    assert!(stale.status.success(), "{}", stderr(&stale));
    let history = sixfold(&["history", "doc", "--format", "json"], dir);
    assert!(history.status.success(), "{}", stderr(&history));
    let diff = sixfold(&["diff", "doc", "--from", "HEAD~1", "--to", "HEAD"], dir);
    assert!(diff.status.success(), "{}", stderr(&diff));
}

/// A copy with one finding accepted and one row pinned, as the snapshots show it.
fn decided_copy() -> tempfile::TempDir {
    let tmp = copy(wrong_year);
    let dir = tmp.path();
    let accept = sixfold(
        &[
            "accept",
            "doc",
            FINDING,
            "--reason",
            "the French original was corrected",
            "--author",
            "A. Traducteur",
        ],
        dir,
    );
    assert!(accept.status.success(), "{}", stderr(&accept));
    let pin = sixfold(
        &[
            "pin",
            "doc",
            "--lang",
            "zh",
            "--segments",
            "op.2",
            "--with",
            "en:op.2",
            "--reason",
            "checked by hand",
        ],
        dir,
    );
    assert!(pin.status.success(), "{}", stderr(&pin));
    tmp
}

fn snapshot(name: &str, content: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(name, content));
}

#[test]
fn check_and_review_page_with_a_pin_and_an_accepted_finding() {
    let tmp = decided_copy();
    let dir = tmp.path();
    for ui in ["en", "fr"] {
        let check = sixfold(&["--ui-lang", ui, "check", "doc", "--all"], dir);
        assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
        snapshot(&format!("check_decided_{ui}"), &stdout(&check));
        let html = sixfold(&["--ui-lang", ui, "export", "doc", "--format", "html"], dir);
        assert!(html.status.success(), "{}", stderr(&html));
        let page = stdout(&html);
        assert!(
            page.contains("class=\"pinned\""),
            "the pinned row is marked"
        );
        assert!(
            page.contains("<li class=\"accepted\">"),
            "the accepted finding is listed"
        );
        snapshot(&format!("html_decided_{ui}"), &page);
    }
}

/// An acceptance follows its text when a paragraph before it is split: the label that
/// counts unnumbered paragraphs (`annex.pre.2`) moves, the text does not.
#[test]
fn an_acceptance_follows_its_text_when_a_positional_label_moves() {
    let tmp = copy(|text| {
        text.replacen(
            "Proclame solennellement la Déclaration",
            "Proclame solennellement en 1995 la Déclaration",
            1,
        )
    });
    let dir = tmp.path();
    let moved_from = "numbers-differ:fr:annex.pre.2";
    assert_eq!(ids(&check_json(dir)["findings"]), [moved_from]);
    assert!(
        sixfold(&["accept", "doc", moved_from], dir)
            .status
            .success()
    );
    // The recital before it is split in two.
    let fr = dir.join("doc/fr.md");
    let text = std::fs::read_to_string(&fr).unwrap();
    let split = text.replacen(
        "Nations Unies<sup>1</sup>, la Déclaration sur",
        "Nations Unies<sup>1</sup>,\n\nla Déclaration sur",
        1,
    );
    assert_ne!(split, text, "the recital was found");
    std::fs::write(&fr, split).unwrap();
    let json = check_json(dir);
    assert_eq!(
        ids(&json["findings"]),
        ["split-paragraph:fr:annex.pre.1"],
        "the split counts, the accepted difference does not, and nothing is outdated"
    );
    assert_eq!(ids(&json["accepted"]), ["numbers-differ:fr:annex.pre.3"]);
}
