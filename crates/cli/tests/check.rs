//! `sixfold check` end to end: the bundled document is clean, and damaged copies report the
//! right finding (code, language, line) with exit status 1.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn sixfold(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sixfold"))
        .env("SIXFOLD_LANG", "en")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("the sixfold binary runs")
}

/// A temporary copy of the bundled document with `edit` applied to its French rendering.
fn damaged_copy(edit: impl Fn(&str) -> String) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let dst = tmp.path().join("A-RES-51-60");
    std::fs::create_dir(&dst).expect("create the copy");
    let src = repo().join("translations/A-RES-51-60");
    for entry in std::fs::read_dir(&src).expect("the bundled folder is readable") {
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

fn findings(out: &Output) -> Vec<serde_json::Value> {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout.lines().next().expect("one JSON line");
    let report: serde_json::Value = serde_json::from_str(line).expect("valid JSON");
    report["findings"]
        .as_array()
        .expect("a findings array")
        .clone()
}

fn has(findings: &[serde_json::Value], code: &str, lang: &str, line: u64) -> bool {
    findings.iter().any(|f| {
        f["code"] == code && f["lang"] == lang && f["line"] == line && f["severity"] == "error"
    })
}

fn line_of(text: &str, start: &str) -> usize {
    text.lines()
        .position(|l| l.starts_with(start))
        .expect("the line exists")
        + 1
}

#[test]
fn the_bundled_document_has_no_error() {
    let out = sixfold(
        &["check", "translations/A-RES-51-60", "--format", "json"],
        &repo(),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(findings(&out).iter().all(|f| f["severity"] != "error"));
    // Without a path every folder under translations/ is checked.
    let all = sixfold(&["check"], &repo());
    assert_eq!(all.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&all.stdout).contains("A/RES/51/60"));
}

#[test]
fn a_removed_paragraph_is_reported_where_it_is_missing() {
    let fr = std::fs::read_to_string(repo().join("translations/A-RES-51-60/fr.md")).unwrap();
    let line = line_of(&fr, "3. ");
    let tmp = damaged_copy(|t| {
        let mut kept: Vec<&str> = t.lines().filter(|l| !l.starts_with("3. ")).collect();
        kept.push("");
        kept.join("\n")
    });
    let out = sixfold(&["check", "A-RES-51-60", "--format", "json"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let f = findings(&out);
    // The paragraph that followed moved up to the removed one's line.
    assert!(has(&f, "missing-paragraph", "fr", line as u64), "{f:#?}");
    assert!(has(&f, "numbering-gap", "fr", line as u64), "{f:#?}");
}

#[test]
fn merged_paragraphs_are_reported() {
    let fr = std::fs::read_to_string(repo().join("translations/A-RES-51-60/fr.md")).unwrap();
    let line = line_of(&fr, "3. ");
    let tmp = damaged_copy(|t| t.replace("\n4. ", " 4. "));
    let out = sixfold(&["check", "A-RES-51-60", "--format", "json"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let f = findings(&out);
    assert!(has(&f, "merged-paragraphs", "fr", line as u64), "{f:#?}");
}

#[test]
fn an_altered_number_is_reported() {
    let fr = std::fs::read_to_string(repo().join("translations/A-RES-51-60/fr.md")).unwrap();
    let year_line = fr.lines().position(|l| l.contains("1961")).unwrap() + 1;
    let tmp = damaged_copy(|t| t.replacen("1961", "1916", 1));
    let out = sixfold(&["check", "A-RES-51-60", "--format", "json"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let f = findings(&out);
    assert!(has(&f, "numbers-differ", "fr", year_line as u64), "{f:#?}");

    let op_line = line_of(&fr, "4. ");
    let tmp = damaged_copy(|t| t.replace("\n4. ", "\n7. "));
    let out = sixfold(&["check", "A-RES-51-60", "--format", "json"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let f = findings(&out);
    assert!(
        has(&f, "numbering-mismatch", "fr", op_line as u64),
        "{f:#?}"
    );
    assert!(has(&f, "numbering-gap", "fr", op_line as u64), "{f:#?}");
}

#[test]
fn unusable_input_exits_2() {
    let out = sixfold(&["check", "no-such-folder"], &repo());
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_text_report_is_stable() {
    let tmp = damaged_copy(|t| t.replace("\n4. ", " 4. ").replacen("1961", "1916", 1));
    let out = sixfold(&["check", "A-RES-51-60"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!(String::from_utf8_lossy(&out.stdout));
}

#[test]
fn a_single_language_is_unusable_input() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let solo = tmp.path().join("solo");
    std::fs::create_dir(&solo).expect("create the folder");
    std::fs::copy(
        repo().join("translations/A-RES-51-60/en.md"),
        solo.join("en.md"),
    )
    .expect("copy the English rendering");
    for command in ["check", "align"] {
        let out = sixfold(&[command, "solo"], tmp.path());
        assert_eq!(out.status.code(), Some(2), "{command}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("at least two languages"), "{stderr}");
    }
}

#[test]
fn explicit_files_compare_only_the_languages_given() {
    let dir = repo().join("translations/A-RES-51-60");
    let files: Vec<String> = ["en.md", "fr.md", "zh.md"]
        .iter()
        .map(|f| dir.join(f).display().to_string())
        .collect();
    let mut args = vec!["check", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let out = sixfold(&args, &repo());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(findings(&out), Vec::<serde_json::Value>::new());
}

#[test]
fn a_reader_closing_the_pipe_does_not_hide_errors() {
    let tmp = damaged_copy(|fr| fr.replace("vol. 520", "vol. 521"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_sixfold"))
        .env("SIXFOLD_LANG", "en")
        .args(["check", "A-RES-51-60"])
        .current_dir(tmp.path())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("the sixfold binary runs");
    // Close our end before reading anything, as `| head -0` would.
    drop(child.stdout.take());
    let status = child.wait().expect("sixfold exits");
    assert_eq!(status.code(), Some(1));
}

#[test]
fn an_unusable_folder_does_not_hide_the_others() {
    let tmp = damaged_copy(|fr| fr.replace("vol. 520", "vol. 521"));
    let bad = tmp.path().join("bad");
    std::fs::create_dir(&bad).expect("create the folder");
    for name in ["en.md", "fr.md"] {
        std::fs::copy(
            repo().join("translations/A-RES-51-60").join(name),
            bad.join(name),
        )
        .expect("copy a rendering");
    }
    std::fs::write(bad.join("fr.md"), [0xff, 0xfe, 0x00]).expect("write bytes");
    let out = sixfold(
        &["check", "--format", "json", "bad", "A-RES-51-60"],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cannot read bad/fr.md"), "{stderr}");
    assert!(
        stderr.contains("cut at line 1, column 1 (byte offset 2)"),
        "{stderr}"
    );
    // The unusable folder has a JSON line of its own, and the damaged but readable one
    // is still checked and reported.
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("valid JSON"))
        .collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert_eq!(lines[0]["path"], "bad");
    assert!(
        lines[0]["error"]
            .as_str()
            .is_some_and(|e| e.contains("cannot read bad/fr.md")),
        "{stdout}"
    );
    let found = lines[1]["findings"].as_array().expect("a findings array");
    assert!(
        found
            .iter()
            .any(|f| f["code"] == "numbers-differ" && f["lang"] == "fr"),
        "{found:#?}"
    );
}

/// Article 8's and Article 9's French texts pasted in each other's places keep every anchor,
/// so only the checks can say what happened: a swap, at both places.
#[test]
fn swapped_paragraphs_are_reported_as_misplaced() {
    let tmp = damaged_copy(|fr| {
        let body = |heading: &str| {
            let start = fr[fr.find(heading).expect("the heading")..]
                .find("\n\n")
                .map(|i| fr.find(heading).expect("the heading") + i + 2)
                .expect("a body after the heading");
            let end = start + fr[start..].find("\n\n").expect("the end of the body");
            (start, end)
        };
        let (s8, e8) = body("Article 8");
        let (s9, e9) = body("Article 9");
        format!(
            "{}{}{}{}{}",
            &fr[..s8],
            &fr[s9..e9],
            &fr[e8..s9],
            &fr[s8..e8],
            &fr[e9..]
        )
    });
    let out = sixfold(&["check", "--format", "json", "A-RES-51-60"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let found = findings(&out);
    let misplaced: Vec<&str> = found
        .iter()
        .filter(|f| f["code"] == "misplaced-paragraph" && f["lang"] == "fr")
        .filter_map(|f| f["args"]["label"].as_str())
        .collect();
    assert_eq!(misplaced, ["annex.art9.p1", "annex.art8.p1"], "{found:#?}");
}

#[test]
fn a_folder_without_the_pivot_says_which_language_the_findings_are_against() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let src = repo().join("translations/A-RES-51-60");
    for lang in ["fr", "es", "ru"] {
        std::fs::copy(
            src.join(format!("{lang}.md")),
            tmp.path().join(format!("{lang}.md")),
        )
        .expect("copy a rendering");
    }
    let out = sixfold(&["check", "."], tmp.path());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let heading = stdout.lines().next().expect("a heading");
    assert!(
        heading.ends_with("pivot fr: there is no en rendering"),
        "{stdout}"
    );
    // With the pivot present, the heading is only the symbol and the place.
    let out = sixfold(&["check", "--pivot", "ru", "."], tmp.path());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains("there is no"), "{stdout}");
}

#[test]
fn a_folder_beside_a_path_that_is_not_there_names_that_path() {
    let out = sixfold(
        &[
            "check",
            "translations/A-RES-51-60",
            "translations/no-such-folder",
        ],
        &repo(),
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no-such-folder"), "{stderr}");
    assert!(!stderr.contains("not both"), "{stderr}");
}

/// A copy of UN Parallel Corpus folder d0144's first sentences (the translations crate's
/// `tests/fixtures/check/unpc-d0144`: en, fr, ru, es) without `document.toml`.
fn d0144_copy(langs: &[&str]) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let src = repo().join("crates/translations/tests/fixtures/check/unpc-d0144");
    for lang in langs {
        std::fs::copy(
            src.join(format!("{lang}.md")),
            tmp.path().join(format!("{lang}.md")),
        )
        .expect("copy a rendering");
    }
    tmp
}

#[test]
fn a_language_missing_from_a_folder_is_reported() {
    // Four languages of six, and no document.toml to say which to expect: the two that
    // are absent are errors, named in the JSON and the text report.
    let tmp = d0144_copy(&["en", "fr", "ru", "es"]);
    let out = sixfold(&["check", "--format", "json", "."], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let found = findings(&out);
    let absent: Vec<(&str, &str)> = found
        .iter()
        .filter(|f| f["code"] == "absent-rendering")
        .filter_map(|f| Some((f["lang"].as_str()?, f["severity"].as_str()?)))
        .collect();
    assert_eq!(absent, [("ar", "error"), ("zh", "error")], "{found:#?}");
    // Without English the findings move to French, and the absent pivot is one of them.
    let tmp = d0144_copy(&["fr", "es"]);
    let out = sixfold(&["check", "."], tmp.path());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("absent-rendering:en"), "{stdout}");
    assert!(stdout.contains("warning"), "{stdout}");
    // Files named one by one are what the user wants compared: nothing is absent.
    let tmp = d0144_copy(&["en", "es"]);
    let out = sixfold(&["check", "en.md", "es.md"], tmp.path());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains("absent-rendering"), "{stdout}");
    assert_eq!(out.status.code(), Some(0), "{stdout}");
}

#[test]
fn controls_and_direction_overrides_are_reported_before_an_export_removes_them() {
    let fr = std::fs::read_to_string(repo().join("translations/A-RES-51-60/fr.md")).unwrap();
    let line = line_of(&fr, "3. ");
    let tmp = damaged_copy(|t| {
        t.replacen("\n3. ", "\n3. \u{7}", 1)
            .replacen("\n4. ", "\n4. \u{202E}", 1)
    });
    let out = sixfold(&["check", "A-RES-51-60", "--format", "json"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let f = findings(&out);
    assert!(has(&f, "control-characters", "fr", line as u64), "{f:#?}");
    assert!(
        f.iter().any(|x| x["code"] == "invisible-characters"
            && x["severity"] == "warning"
            && x["args"]["chars"] == "U+202E"),
        "{f:#?}"
    );
    // Nothing else: the characters do not disturb the alignment or the other checks.
    assert_eq!(f.len(), 2, "{f:#?}");
    // The export removes both, as the findings say.
    let out = sixfold(
        &[
            "export",
            "A-RES-51-60",
            "--format",
            "tmx",
            "--langs",
            "en,fr",
        ],
        tmp.path(),
    );
    let tmx = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && !tmx.contains('\u{7}') && !tmx.contains('\u{202E}'));
}

#[test]
fn without_documents_and_without_translations_it_says_what_to_do_and_nothing_more() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let out = sixfold(&["check"], tmp.path());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim_end(),
        "error: cannot list translations: run sixfold from the repository root or name documents",
    );
}
