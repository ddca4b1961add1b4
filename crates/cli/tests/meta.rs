//! `sixfold meta` end to end: each bundled rendering's header gives the values
//! `document.toml` records, the folder report agrees, and damaged copies give the right
//! disagreement (exit 1) or the right line and expected form (exit 2).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sixfold_core::{DocumentToml, Lang};

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

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn document_toml() -> DocumentToml {
    let path = repo().join("translations/A-RES-51-60/document.toml");
    let text = std::fs::read_to_string(path).expect("the bundled document.toml");
    DocumentToml::parse(&text, "document.toml").expect("the bundled document.toml is valid")
}

/// A temporary copy of the bundled document with `edit` applied to one rendering.
fn damaged_copy(file: &str, edit: impl Fn(&str) -> String) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let dst = tmp.path().join("A-RES-51-60");
    std::fs::create_dir(&dst).expect("create the copy");
    let src = repo().join("translations/A-RES-51-60");
    for entry in std::fs::read_dir(&src).expect("the bundled folder is readable") {
        let path = entry.expect("an entry").path();
        let name = path.file_name().expect("a file name").to_owned();
        let mut text = std::fs::read_to_string(&path).expect("a UTF-8 file");
        if name == file {
            let edited = edit(&text);
            assert_ne!(edited, text, "the edit of {file} changed nothing");
            text = edited;
        }
        std::fs::write(dst.join(name), text).expect("write the copy");
    }
    tmp
}

#[test]
fn every_bundled_rendering_matches_document_toml() {
    let doc = document_toml();
    let adoption = doc
        .adoption
        .as_ref()
        .expect("the bundled document records its adoption");
    for lang in Lang::ALL {
        let file = format!("translations/A-RES-51-60/{}.md", lang.code());
        let out = sixfold(&["meta", &file, "--format", "json"], &repo());
        assert_eq!(out.status.code(), Some(0), "{file}: {}", stderr(&out));
        let mut json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON output");
        // The version identity carries a digest of the text; its other parts must agree.
        let version = json
            .as_object_mut()
            .and_then(|o| o.remove("version"))
            .expect("a version identity");
        let prefix = format!(
            "{}@{}@{}#sha256:",
            doc.symbol.as_deref().unwrap_or_default(),
            lang.code(),
            doc.date.map(|d| d.to_string()).unwrap_or_default()
        );
        assert!(
            version.as_str().is_some_and(|v| v.starts_with(&prefix)),
            "{file}: {version}"
        );
        let expected = serde_json::json!({
            "language": lang.code(),
            "symbol": doc.symbol,
            "distribution": doc.distribution,
            "date": doc.date,
            "session": doc.session,
            "agenda_items": doc.agenda_items,
            "report": doc.report,
            "resolution": doc.resolution,
            "title": doc.title.get(&lang).expect("a title for every rendering"),
            "meeting": adoption.meeting,
            "adopted": adoption.date,
        });
        assert_eq!(json, expected, "{file}");
    }
}

#[test]
fn the_bundled_folder_agrees_with_itself() {
    let out = sixfold(&["meta", "translations/A-RES-51-60"], &repo());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.ends_with("6 of 6 renderings read; all agree with document.toml\n"),
        "{text}"
    );
    assert_eq!(text.matches("  session       51\n").count(), 6, "{text}");
}

#[test]
fn the_bundled_folder_as_json() {
    let out = sixfold(
        &["meta", "translations/A-RES-51-60", "--format", "json"],
        &repo(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    insta::assert_snapshot!("meta_a_res_51_60_json", stdout(&out));
}

#[test]
fn disagreements_name_file_line_and_both_values() {
    let tmp = damaged_copy("fr.md", |t| {
        t.replacen(
            "Point 101 de l'ordre du jour",
            "Point 102 de l'ordre du jour",
            1,
        )
        .replacen("82e séance plénière", "83e séance plénière", 1)
    });
    let out = sixfold(&["meta", "A-RES-51-60"], tmp.path());
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("2 disagreements with document.toml:\n"),
        "{text}"
    );
    assert!(
        text.contains("  fr.md line 12: agenda item 102, document.toml says 101\n"),
        "{text}"
    );
    assert!(text.contains("fr.md line "), "{text}");
    assert!(
        text.contains(": meeting 83, document.toml says 82\n"),
        "{text}"
    );

    let out = sixfold(&["meta", "A-RES-51-60", "--format", "json"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON output");
    let fields: Vec<_> = json["disagreements"]
        .as_array()
        .expect("a list of disagreements")
        .iter()
        .map(|d| (d["file"].as_str(), d["field"].as_str(), d["found"].as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            (Some("fr.md"), Some("agenda_items"), Some("102")),
            (Some("fr.md"), Some("meeting"), Some("83")),
        ]
    );
}

#[test]
fn a_title_that_differs_from_document_toml_is_reported() {
    let tmp = damaged_copy("es.md", |t| t.replacen("seguridad pública", "seguridad", 1));
    let out = sixfold(&["meta", "A-RES-51-60"], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("es.md line 18: title `Declaración de las Naciones Unidas sobre el delito y la seguridad`, document.toml says `Declaración de las Naciones Unidas sobre el delito y la seguridad pública`"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_malformed_header_is_unusable_input_with_line_and_expected_form() {
    let tmp = damaged_copy("ru.md", |t| {
        t.replacen("Пятьдесят первая сессия", "Пятьдесят первая сесия", 1)
    });
    let out = sixfold(&["meta", "A-RES-51-60/ru.md"], tmp.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "line 11: expected a session heading such as `Пятьдесят первая сессия`, found `Пятьдесят первая сесия`"
        ),
        "{}",
        stderr(&out)
    );
    // In a folder the other renderings are still read and the broken one is reported.
    let out = sixfold(&["meta", "A-RES-51-60"], tmp.path());
    assert_eq!(out.status.code(), Some(2));
    let text = stdout(&out);
    assert!(
        text.contains("error: ru.md: line 11: expected a session heading"),
        "{text}"
    );
    assert_eq!(text.matches("  session       51\n").count(), 5, "{text}");
}

#[test]
fn language_from_the_option_when_the_name_does_not_say_it() {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let src = repo().join("translations/A-RES-51-60/zh.md");
    std::fs::copy(src, tmp.path().join("rendering.md")).expect("copy");
    let out = sixfold(&["meta", "rendering.md"], tmp.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("cannot tell the language of rendering.md"),
        "{}",
        stderr(&out)
    );
    let out = sixfold(&["meta", "rendering.md", "--lang", "zh"], tmp.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("  session       51\n"));
    // Read as French, the Chinese masthead is not a header.
    let out = sixfold(&["meta", "rendering.md", "--lang", "fr"], tmp.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("line 3: expected the organ line such as `**Assemblée générale**`")
    );
}

/// `check` and `meta` give the same header mismatches and the same exit status, whichever
/// value is wrong and whether it is wrong in one rendering or in the pivot: the comparison
/// is one function (`header_check::compare`), and the header segments of the pivot are not
/// also compared number by number with the other renderings.
#[test]
fn check_and_meta_agree_on_header_mismatches() {
    let edits: [(&str, &str, &str); 8] = [
        ("fr.md", "28 janvier 1997", "29 janvier 1997"),
        ("en.md", "28 January 1997", "29 January 1997"),
        (
            "fr.md",
            "Cinquante et unième session",
            "Cinquante-deuxième session",
        ),
        ("en.md", "Fifty-first session", "Fifty-second session"),
        (
            "fr.md",
            "Point 101 de l'ordre du jour",
            "Point 102 de l'ordre du jour",
        ),
        ("en.md", "Agenda item 101", "Agenda item 102"),
        ("fr.md", "A/RES/51/60  \n28", "A/RES/51/61  \n28"),
        ("en.md", "A/RES/51/60  \n28", "A/RES/51/61  \n28"),
    ];
    for (file, from, to) in edits {
        let tmp = damaged_copy(file, |t| t.replacen(from, to, 1));
        let folder = tmp.path().join("A-RES-51-60");
        let folder = folder.to_str().expect("a UTF-8 path");
        let meta = sixfold(&["meta", folder, "--format", "json"], &repo());
        let check = sixfold(&["check", folder, "--format", "json"], &repo());
        let what = format!("{file}: {from} → {to}");
        assert_eq!(meta.status.code(), Some(1), "{what}: {}", stderr(&meta));
        assert_eq!(
            check.status.code(),
            meta.status.code(),
            "{what}: {}",
            stdout(&check)
        );

        let meta: serde_json::Value = serde_json::from_str(&stdout(&meta)).expect("meta JSON");
        let mut from_meta: Vec<(String, u64, String, String)> = meta["disagreements"]
            .as_array()
            .expect("a list of disagreements")
            .iter()
            .map(|d| {
                let lang = d["file"]
                    .as_str()
                    .unwrap()
                    .trim_end_matches(".md")
                    .to_owned();
                let found = d["found"].as_str().unwrap().to_owned();
                let expected = d["expected"].as_str().unwrap().to_owned();
                (lang, d["line"].as_u64().unwrap(), found, expected)
            })
            .collect();
        let check: serde_json::Value = serde_json::from_str(&stdout(&check)).expect("check JSON");
        let findings = check["findings"].as_array().expect("a list of findings");
        let mut from_check: Vec<(String, u64, String, String)> = findings
            .iter()
            .filter(|f| f["code"].as_str().unwrap().starts_with("header-"))
            .map(|f| {
                let args = &f["args"];
                (
                    f["lang"].as_str().unwrap().to_owned(),
                    f["line"].as_u64().unwrap(),
                    args["found"].as_str().unwrap().to_owned(),
                    args["expected"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        from_meta.sort();
        from_check.sort();
        assert!(!from_meta.is_empty(), "{what}");
        assert_eq!(from_check, from_meta, "{what}");
        // Nothing about the header is blamed on the renderings that are right.
        let lang = file.trim_end_matches(".md");
        for f in findings {
            let code = f["code"].as_str().unwrap();
            if code.starts_with("header-") || code == "numbers-differ" || code == "symbols-differ" {
                assert_eq!(f["lang"].as_str(), Some(lang), "{what}: {f}");
            }
        }
    }
}

/// A plenary resolution cites the draft it adopts (`A/80/L.7`), a committee resolution the
/// committee's report: `meta` labels the line by what the cited symbol is (real 2025 text).
#[test]
fn a_cited_draft_is_not_called_a_report() {
    let real = repo().join("crates/translations/tests/real/ga-res-80-en");
    let out = sixfold(&["meta", "A_RES_80_7.md", "--lang", "en"], &real);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("  draft              A/80/L.7 (plenary)\n"),
        "{text}"
    );
    assert!(!text.contains("  report "), "{text}");
    let out = sixfold(&["meta", "A_RES_80_2.md", "--lang", "en"], &real);
    assert!(
        stdout(&out).contains("  report             A/80/401"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_folder_whose_headers_cannot_be_read_says_nothing_was_compared() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path().join("d");
    std::fs::create_dir_all(&dir).expect("folder");
    std::fs::write(dir.join("en.md"), "In 2013, almost 60 per cent.\n").expect("en");
    std::fs::write(dir.join("fr.md"), "En 2013, près de 60 %.\n").expect("fr");
    let out = sixfold(&["meta", "d"], tmp.path());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.trim_end()
            .ends_with("no header of the 2 renderings could be read: nothing to compare"),
        "{text}"
    );
    assert!(!text.contains("agree with none"), "{text}");
}
