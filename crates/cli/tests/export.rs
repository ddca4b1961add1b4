//! `sixfold export` end to end on the bundled document: every format, the options, and
//! the errors a user can make.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn sixfold(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sixfold"))
        .env("SIXFOLD_LANG", "en")
        .args(args)
        .current_dir(repo())
        .output()
        .expect("the sixfold binary runs")
}

const DOC: &str = "translations/A-RES-51-60";

fn stdout_of(args: &[&str]) -> String {
    let out = sixfold(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn stderr_of_failure(args: &[&str]) -> String {
    let out = sixfold(args);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{args:?} should be unusable input"
    );
    String::from_utf8(out.stderr).expect("UTF-8 errors")
}

#[test]
fn six_way_formats_cover_every_language() {
    let tmx = stdout_of(&["export", DOC, "--format", "tmx"]);
    assert!(tmx.contains("srclang=\"*all*\""));
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        assert!(
            tmx.contains(&format!("<tuv xml:lang=\"{lang}\">")),
            "{lang}"
        );
    }
    let tsv = stdout_of(&["export", DOC, "--format", "tsv"]);
    assert_eq!(
        tsv.lines().next(),
        Some("id\tkind\tlabel\tconfidence\ten\tar\tzh\tfr\tru\tes")
    );
    let jsonl = stdout_of(&["export", DOC, "--format", "jsonl"]);
    for line in jsonl.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        assert_eq!(
            v["text"].as_object().map(serde_json::Map::len),
            Some(6),
            "{line}"
        );
    }
    let html = stdout_of(&["export", DOC, "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("dir=\"rtl\""));
}

#[test]
fn two_languages_give_bilingual_tmx_and_xliff_with_the_chosen_source() {
    let tmx = stdout_of(&["export", DOC, "--format", "tmx", "--langs", "fr,en"]);
    assert!(
        tmx.contains("srclang=\"fr\""),
        "the first of --langs is the source"
    );
    assert!(!tmx.contains("xml:lang=\"ru\""));
    let xlf = stdout_of(&["export", DOC, "--format", "xliff", "--langs", "en,ar"]);
    assert!(xlf.contains("srcLang=\"en\" trgLang=\"ar\""));
    assert!(xlf.contains("trgDir=\"rtl\""));
    let swapped = stdout_of(&[
        "export", DOC, "--format", "xliff", "--langs", "en,ar", "--source", "ar",
    ]);
    assert!(swapped.contains("srcLang=\"ar\" trgLang=\"en\""));
}

#[test]
fn output_file_equals_stdout_and_moses_writes_aligned_files() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let file = tmp.path().join("out.tsv");
    let file_arg = file.to_str().expect("UTF-8 path");
    stdout_of(&["export", DOC, "--format", "tsv", "-o", file_arg]);
    let written = std::fs::read_to_string(&file).expect("written");
    assert_eq!(written, stdout_of(&["export", DOC, "--format", "tsv"]));

    let dir = tmp.path().to_str().expect("UTF-8 path");
    stdout_of(&[
        "export", DOC, "--format", "moses", "--langs", "en,zh,ar", "-o", dir,
    ]);
    let counts: Vec<usize> = ["en", "zh", "ar"]
        .iter()
        .map(|l| {
            std::fs::read_to_string(tmp.path().join(format!("A-RES-51-60.{l}")))
                .expect("moses file")
                .lines()
                .count()
        })
        .collect();
    assert!(
        counts[0] > 40 && counts.iter().all(|c| *c == counts[0]),
        "{counts:?}"
    );
    assert!(!tmp.path().join("A-RES-51-60.fr").exists());
}

#[test]
fn unusable_options_exit_2_with_a_reason() {
    let err = stderr_of_failure(&["export", DOC, "--format", "xliff"]);
    assert!(err.contains("give --langs SOURCE,TARGET"), "{err}");
    let err = stderr_of_failure(&["export", DOC, "--format", "moses"]);
    assert!(err.contains("-o DIRECTORY"), "{err}");
    let err = stderr_of_failure(&[
        "export", DOC, "--format", "tmx", "--langs", "en,fr", "--source", "ru",
    ]);
    assert!(err.contains("source language ru is not among"), "{err}");
    let err = stderr_of_failure(&["export", DOC, "--format", "docx"]);
    assert!(err.contains("unknown export format `docx`"), "{err}");
    let err = stderr_of_failure(&["export", "translations/no-such-doc", "--format", "tsv"]);
    assert!(err.contains("no-such-doc"), "{err}");
    let err = stderr_of_failure(&["export", DOC, "--format", "tmx", "--langs", "en,en"]);
    assert!(
        err.contains("at least two languages") && err.contains("(got en)"),
        "{err}"
    );
    let err = stderr_of_failure(&["export", DOC, "--format", "tsv", "--jobs", "0"]);
    assert!(err.contains("1 or more"), "{err}");
}

/// The version identity `meta` reads from a rendering is the one the exports carry, so a
/// TMX or XLIFF file says which text it came from; an edited rendering gets a new one.
#[test]
fn exports_and_meta_carry_the_same_version_identity() {
    let meta = stdout_of(&["meta", &format!("{DOC}/fr.md"), "--format", "json"]);
    let meta: serde_json::Value = serde_json::from_str(&meta).expect("meta prints JSON");
    let version = meta["version"]
        .as_str()
        .expect("a version string")
        .to_owned();
    assert!(
        version.starts_with("A/RES/51/60@fr@1997-01-28#sha256:"),
        "{version}"
    );
    let tmx = stdout_of(&["export", DOC, "--format", "tmx"]);
    assert!(tmx.contains(&format!("<prop type=\"x-version-fr\">{version}</prop>")));
    let xliff = stdout_of(&["export", DOC, "--format", "xliff", "--langs", "en,fr"]);
    assert!(xliff.contains(&format!("<note category=\"version\">{version}</note>")));

    let tmp = tempfile::tempdir().expect("a temporary folder");
    let copy = tmp.path().join("A-RES-51-60");
    std::fs::create_dir(&copy).expect("create the copy");
    for name in ["en.md", "fr.md", "document.toml"] {
        let text = std::fs::read_to_string(repo().join(DOC).join(name)).expect("bundled file");
        let text = if name == "fr.md" {
            text.replacen("Approuve", "Approuve donc", 1)
        } else {
            text
        };
        std::fs::write(copy.join(name), text).expect("write the copy");
    }
    let edited = stdout_of(&["export", &copy.display().to_string(), "--format", "tmx"]);
    assert!(
        !edited.contains(&version),
        "an edited rendering keeps its old version"
    );
    assert!(edited.contains("<prop type=\"x-version-fr\">A/RES/51/60@fr@1997-01-28#sha256:"));
}

/// A file given for a folder, and a folder of one language, are refused the way `check`
/// and `align` refuse them: a new user tried both and got an OS error and a one-column TMX.
#[test]
fn a_file_or_a_one_language_folder_is_refused_with_what_to_give() {
    let err = stderr_of_failure(&[
        "export",
        "translations/A-RES-51-60/en.md",
        "--format",
        "tsv",
    ]);
    assert!(
        err.contains(
            "is a file: this command reads a document folder; give translations/A-RES-51-60"
        ),
        "{err}"
    );
    assert!(!err.contains("os error"), "{err}");

    let dir = tempfile::tempdir().expect("temporary folder");
    let only = dir.path().join("onlyen");
    std::fs::create_dir(&only).expect("folder");
    std::fs::copy(repo().join(DOC).join("en.md"), only.join("en.md")).expect("copy");
    let out_file = dir.path().join("x.tmx");
    let err = stderr_of_failure(&[
        "export",
        only.to_str().expect("UTF-8 path"),
        "--format",
        "tmx",
        "-o",
        out_file.to_str().expect("UTF-8 path"),
    ]);
    assert!(
        err.contains("has one rendering (en): aligning needs at least two languages"),
        "{err}"
    );
    assert!(!out_file.exists(), "nothing written");
}

/// An empty rendering exports as a file without units; the user is told on stderr, in
/// the interface language, and the export still succeeds.
#[test]
fn an_empty_rendering_is_named_on_stderr() {
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let dir = tmp.path().join("doc");
    std::fs::create_dir(&dir).expect("create the folder");
    for lang in ["en", "es"] {
        std::fs::copy(
            repo().join(DOC).join(format!("{lang}.md")),
            dir.join(format!("{lang}.md")),
        )
        .expect("copy a rendering");
    }
    std::fs::write(dir.join("es.md"), "").expect("empty the Spanish");
    let dir = dir.to_str().expect("UTF-8 path");
    let out = sixfold(&["export", dir, "--format", "tmx", "--langs", "en,es"]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("the es rendering has no text; the export holds nothing in es"),
        "{stderr}"
    );
    // Not said of the rendering that has text.
    assert!(!stderr.contains("the en rendering"), "{stderr}");
    let fr = Command::new(env!("CARGO_BIN_EXE_sixfold"))
        .env("SIXFOLD_LANG", "fr")
        .args(["export", dir, "--format", "tsv", "--langs", "en,es"])
        .output()
        .expect("the sixfold binary runs");
    assert!(
        String::from_utf8_lossy(&fr.stderr).contains("la version es est vide"),
        "{}",
        String::from_utf8_lossy(&fr.stderr)
    );
}

#[test]
fn a_two_language_export_is_not_marked_down_for_a_third_language() {
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let dir = tmp.path().join("doc");
    std::fs::create_dir(&dir).expect("create the folder");
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        std::fs::copy(
            repo().join(DOC).join(format!("{lang}.md")),
            dir.join(format!("{lang}.md")),
        )
        .expect("copy a rendering");
    }
    let path = dir.to_str().expect("UTF-8 path");
    let pair = |format: &str| stdout_of(&["export", path, "--format", format, "--langs", "en,fr"]);
    let before: Vec<String> = ["tsv", "tmx", "xliff"].into_iter().map(pair).collect();
    // The Russian loses operative paragraph 2.
    let ru = std::fs::read_to_string(dir.join("ru.md")).expect("read the Russian");
    let damaged: String = ru
        .split_inclusive('\n')
        .filter(|l| !l.starts_with("2. "))
        .collect();
    assert!(damaged.len() < ru.len(), "the paragraph was there");
    std::fs::write(dir.join("ru.md"), damaged).expect("write the Russian");
    let six = stdout_of(&["export", path, "--format", "tsv"]);
    assert!(
        six.lines()
            .any(|l| l.contains("\top.2\t") && !l.contains("\t1.00\t")),
        "the six-way row is in doubt: {six}"
    );
    let after: Vec<String> = ["tsv", "tmx", "xliff"].into_iter().map(pair).collect();
    assert_eq!(before, after);
}
