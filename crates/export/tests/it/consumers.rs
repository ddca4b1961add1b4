//! The exports as software nobody here wrote reads them: translate-toolkit (TMX and
//! XLIFF 2), xmllint (well-formedness, and TMX validity against a DTD written from the
//! TMX 1.4b specification), html5lib in strict mode and headless Chromium (the review
//! page).
//!
//! When a tool is missing the test prints a note and passes, unless
//! `SIXFOLD_REQUIRE_CONSUMERS=1` (CI sets it after running `.ci/consumers.sh`), in which
//! case it fails. Set `SIXFOLD_SCREENSHOT_DIR` to keep the Chromium screenshot.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use sixfold_core::Lang;
use sixfold_export::escape::sanitize;
use sixfold_export::{Artefact, Format, Prepared, artefacts};

use crate::repo_root;

fn consumers_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/consumers")
}

/// Whether `program --version` runs; otherwise skips or, when CI requires consumers, fails.
fn available(program: &str, version_arg: &str) -> bool {
    let ok = Command::new(program)
        .arg(version_arg)
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        return true;
    }
    assert!(
        std::env::var("SIXFOLD_REQUIRE_CONSUMERS").as_deref() != Ok("1"),
        "{program} is required (SIXFOLD_REQUIRE_CONSUMERS=1) but not installed: run .ci/consumers.sh"
    );
    #[allow(clippy::print_stderr)] // The skip must be visible in the test output.
    {
        eprintln!("note: skipping, {program} is not installed (run .ci/consumers.sh)");
    }
    false
}

/// Whether the Python module `module` imports; otherwise skips or, when CI requires
/// consumers, fails.
fn python_module(module: &str) -> bool {
    let ok = Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        return true;
    }
    assert!(
        std::env::var("SIXFOLD_REQUIRE_CONSUMERS").as_deref() != Ok("1"),
        "{module} is required (SIXFOLD_REQUIRE_CONSUMERS=1) but cannot be imported: run .ci/consumers.sh"
    );
    #[allow(clippy::print_stderr)] // The skip must be visible in the test output.
    {
        eprintln!("note: skipping, {module} is not installed (run .ci/consumers.sh)");
    }
    false
}

fn translate_toolkit() -> bool {
    let ok = Command::new("python3")
        .args([
            "-c",
            "import translate.storage.tmx, translate.storage.xliff2",
        ])
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        return true;
    }
    assert!(
        std::env::var("SIXFOLD_REQUIRE_CONSUMERS").as_deref() != Ok("1"),
        "translate-toolkit is required (SIXFOLD_REQUIRE_CONSUMERS=1) but cannot be imported: run .ci/consumers.sh"
    );
    #[allow(clippy::print_stderr)] // The skip must be visible in the test output.
    {
        eprintln!("note: skipping, translate-toolkit is not installed (run .ci/consumers.sh)");
    }
    false
}

/// A document, loaded and exported into a temporary folder as real files, with the TMX
/// DTD beside them so the files' DOCTYPE resolves.
struct Exported {
    dir: tempfile::TempDir,
    prepared: Prepared,
    files: Vec<(Artefact, PathBuf)>,
}

fn export_bundled() -> Exported {
    export_dir(&repo_root().join("translations/A-RES-51-60"))
}

/// The bundled document and the real-text fixture where Chinese merges three English
/// paragraphs (its pair exports have units the six-way rows do not).
fn export_all() -> Vec<Exported> {
    vec![export_bundled(), export_dir(&crate::merged_fixture())]
}

fn export_dir(doc_dir: &Path) -> Exported {
    let prepared = Prepared::load(doc_dir).expect("load the document");
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        consumers_dir().join("tmx14.dtd"),
        dir.path().join("tmx14.dtd"),
    )
    .expect("copy the DTD");
    let mut files = Vec::new();
    for art in artefacts(&prepared.aligned()) {
        let ext = match art.format {
            Format::Tmx => "tmx",
            Format::Xliff => "xlf",
            Format::Tsv => "tsv",
            Format::Jsonl => "jsonl",
            Format::Moses => "moses.txt",
            Format::Html => "html",
        };
        let path = dir
            .path()
            .join(format!("{}.{}.{ext}", art.document, art.name));
        sixfold_export::write_atomic(&path, art.content.as_bytes()).expect("write export");
        files.push((art, path));
    }
    Exported {
        dir,
        prepared,
        files,
    }
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().expect("the program runs");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn xmllint_finds_every_xml_export_well_formed_and_tmx_valid() {
    if !available("xmllint", "--version") {
        return;
    }
    for ex in export_all() {
        xmllint_checks(&ex);
    }
}

fn xmllint_checks(ex: &Exported) {
    let dtd = ex.dir.path().join("tmx14.dtd");
    let mut checked = 0;
    for (art, path) in &ex.files {
        match art.format {
            Format::Tmx => {
                run(Command::new("xmllint")
                    .args(["--noout", "--nonet", "--dtdvalid"])
                    .arg(&dtd)
                    .arg(path));
            }
            Format::Xliff => {
                run(Command::new("xmllint")
                    .args(["--noout", "--nonet"])
                    .arg(path));
                // Namespace and version as XLIFF 2.1 requires, read by libxml2's XPath.
                let root = run(Command::new("xmllint").args([
                    "--xpath",
                    "concat(namespace-uri(/*), ' ', /*/@version, ' ', count(//*[local-name()='unit']))",
                ]).arg(path));
                let rows = ex
                    .prepared
                    .aligned()
                    .rows(&[Lang::En, lang_of(&art.name)])
                    .len();
                assert_eq!(
                    root.trim(),
                    format!("urn:oasis:names:tc:xliff:document:2.0 2.1 {rows}"),
                    "{}",
                    art.name
                );
            }
            _ => continue,
        }
        checked += 1;
    }
    assert_eq!(checked, 11, "six TMX and five XLIFF files");
}

/// The target language of a pair artefact name such as `xliff-en-fr`.
fn lang_of(name: &str) -> Lang {
    name.rsplit('-')
        .next()
        .and_then(|c| c.parse().ok())
        .expect("pair name ends in a language")
}

fn read_with_ttk(kind: &str, path: &Path) -> Value {
    let out = run(Command::new("python3")
        .arg(consumers_dir().join("read_with_translate_toolkit.py"))
        .arg(kind)
        .arg(path));
    serde_json::from_str(&out).expect("the helper prints JSON")
}

#[test]
fn translate_toolkit_reads_the_same_units_and_texts_from_tmx() {
    if !translate_toolkit() {
        return;
    }
    for ex in export_all() {
        ttk_tmx_checks(&ex);
    }
}

fn ttk_tmx_checks(ex: &Exported) {
    let doc = ex.prepared.aligned();
    for (art, path) in ex.files.iter().filter(|(a, _)| a.format == Format::Tmx) {
        let read = read_with_ttk("tmx", path);
        let units = read["units"].as_array().expect("units");
        let expected: Vec<_> = if art.name == "tmx" {
            doc.rows(&doc.all_languages())
        } else {
            let target = lang_of(&art.name);
            doc.rows(&[Lang::En, target])
                .into_iter()
                .filter(|r| r.text(Lang::En).is_some() && r.text(target).is_some())
                .collect()
        };
        assert_eq!(units.len(), expected.len(), "{}", art.name);
        for (unit, row) in units.iter().zip(&expected) {
            assert_eq!(unit["id"], row.id.as_str(), "{}", art.name);
            let got: BTreeMap<String, String> =
                serde_json::from_value(unit["variants"].clone()).expect("variants map");
            let want: BTreeMap<String, String> = row
                .texts
                .iter()
                .map(|(l, t)| (l.code().to_owned(), sanitize(t).into_owned()))
                .collect();
            assert_eq!(got, want, "{} {}", art.name, row.id);
            if let Some(en) = row.text(Lang::En) {
                assert_eq!(
                    unit["source"],
                    sanitize(en).as_ref(),
                    "pivot first: {}",
                    row.id
                );
            }
        }
    }
}

#[test]
fn translate_toolkit_reads_the_same_units_texts_and_notes_from_xliff() {
    if !translate_toolkit() {
        return;
    }
    let mut notes_seen = 0;
    for ex in export_all() {
        notes_seen += ttk_xliff_checks(&ex);
    }
    assert!(notes_seen > 0, "the merge fixture's findings are notes");
    #[allow(clippy::print_stderr)] // How much the notes check covered, for the log.
    {
        eprintln!("translate-toolkit read {notes_seen} finding note(s)");
    }
}

/// The XLIFF checks of one document; how many finding notes were compared.
fn ttk_xliff_checks(ex: &Exported) -> usize {
    let doc = ex.prepared.aligned();
    let mut notes_seen = 0;
    for (art, path) in ex.files.iter().filter(|(a, _)| a.format == Format::Xliff) {
        let target = lang_of(&art.name);
        let read = read_with_ttk("xliff", path);
        assert_eq!(read["srcLang"], "en");
        assert_eq!(read["trgLang"], target.code());
        let units = read["units"].as_array().expect("units");
        let expected = doc.rows(&[Lang::En, target]);
        assert_eq!(units.len(), expected.len(), "{}", art.name);
        for (unit, row) in units.iter().zip(&expected) {
            assert_eq!(unit["id"], row.id.as_str());
            assert_eq!(
                unit["source"],
                sanitize(row.text(Lang::En).unwrap_or("")).as_ref()
            );
            match row.text(target) {
                Some(t) => {
                    assert_eq!(unit["target"], sanitize(t).as_ref(), "{}", row.id);
                    assert_eq!(unit["translated"], true, "{}", row.id);
                }
                None => assert_eq!(unit["translated"], false, "{}", row.id),
            }
            let notes = unit["notes"].as_str().unwrap_or_default();
            for f in row
                .findings
                .iter()
                .filter(|f| f.lang == Lang::En || f.lang == target)
            {
                assert!(
                    notes.contains(&*f.message()),
                    "{}: {notes:?} lacks {}",
                    row.id,
                    f.message()
                );
                notes_seen += 1;
            }
            if row.is_low_confidence() {
                assert!(notes.contains("confidence"), "{}: {notes:?}", row.id);
            }
        }
    }
    notes_seen
}

#[test]
fn chromium_renders_the_review_page_with_six_columns_and_arabic_rtl() {
    if !available("chromium", "--version") {
        return;
    }
    let ex = export_bundled();
    let (_, page) = ex
        .files
        .iter()
        .find(|(a, _)| a.format == Format::Html)
        .expect("an HTML export");
    let profile = tempfile::tempdir().expect("profile dir");
    let chromium = |extra: &[&str]| {
        let mut cmd = Command::new("chromium");
        cmd.args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--window-size=1600,1200",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(format!("file://{}", page.display()));
        cmd
    };
    // The DOM as Chromium parsed it: six language columns, Arabic right-to-left, no script.
    let dom = run(&mut chromium(&["--dump-dom"]));
    let head = dom
        .split("<thead>")
        .nth(1)
        .and_then(|h| h.split("</thead>").next())
        .expect("a table head");
    let columns: Vec<&str> = head.split(" lang=\"").skip(1).map(|s| &s[..2]).collect();
    assert_eq!(columns, ["en", "ar", "zh", "fr", "ru", "es"]);
    assert!(head.contains("lang=\"ar\" dir=\"rtl\""));
    assert!(dom.contains("<td lang=\"ar\" dir=\"rtl\">"));
    assert!(!dom.contains("<script"));

    let shot = ex.dir.path().join("review.png");
    run(&mut chromium(&[&format!(
        "--screenshot={}",
        shot.display()
    )]));
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG file");
    assert!(
        png.len() > 20_000,
        "a page with text, not a blank image: {} bytes",
        png.len()
    );
    if let Ok(keep) = std::env::var("SIXFOLD_SCREENSHOT_DIR") {
        std::fs::create_dir_all(&keep).expect("screenshot dir");
        std::fs::copy(&shot, Path::new(&keep).join("review.png")).expect("keep screenshot");
    }
}

#[test]
fn chromium_lays_a_merged_segment_across_its_rows() {
    if !available("chromium", "--version") {
        return;
    }
    let ex = export_dir(&crate::merged_fixture());
    let (_, page) = ex
        .files
        .iter()
        .find(|(a, _)| a.format == Format::Html)
        .expect("an HTML export");
    let profile = tempfile::tempdir().expect("profile dir");
    let dom = run(Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("file://{}", page.display())));
    let body = dom
        .split("<tbody>")
        .nth(1)
        .and_then(|b| b.split("</tbody>").next())
        .expect("a table body");
    let rows: Vec<&str> = body.split("<tr ").skip(1).collect();
    assert_eq!(rows.len(), 6, "one row per English paragraph");
    // The merged Chinese paragraph: one cell over the three rows it covers, and those rows
    // keep their own cells in the five other languages.
    assert!(
        rows[1].contains("<td rowspan=\"3\" lang=\"zh\">"),
        "{}",
        rows[1]
    );
    let cells = |row: &str| row.matches("<td").count();
    assert_eq!(cells(rows[0]), 7);
    assert_eq!([cells(rows[1]), cells(rows[2]), cells(rows[3])], [7, 6, 6]);
}

/// Every element the review page writer emits: a rendering's text must never add one.
const PAGE_ELEMENTS: [&str; 27] = [
    "a", "bdi", "body", "br", "code", "dd", "dl", "dt", "h1", "h2", "head", "html", "li", "meta",
    "p", "section", "span", "style", "table", "tbody", "td", "th", "thead", "title", "tr", "ul",
    "ol",
];

#[test]
fn html5lib_parses_every_review_page_strictly_into_a_full_grid() {
    if !python_module("html5lib") {
        return;
    }
    for ex in export_all() {
        let doc = ex.prepared.aligned();
        let (_, page) = ex
            .files
            .iter()
            .find(|(a, _)| a.format == Format::Html)
            .expect("an HTML export");
        let out = run(Command::new("python3")
            .arg(consumers_dir().join("read_html.py"))
            .arg(page));
        let read: Value = serde_json::from_str(&out).expect("the helper prints JSON");
        for tag in read["tags"].as_array().expect("tags") {
            let tag = tag.as_str().expect("a tag name");
            assert!(PAGE_ELEMENTS.contains(&tag), "{}: <{tag}>", doc.slug);
        }
        // Each row's cells plus the cells spanning into it from above fill every column.
        let columns = doc.all_languages().len();
        let mut spanning = vec![0usize; 0];
        let rows = read["rows"].as_array().expect("rows");
        assert_eq!(rows.len(), doc.finest_rows(&doc.all_languages()).len());
        for row in rows {
            let cells = row["cells"].as_array().expect("cells");
            let from_above = spanning.iter().filter(|&&n| n > 0).count();
            assert_eq!(cells.len() + from_above, columns, "{}: {row}", doc.slug);
            spanning = spanning
                .into_iter()
                .filter(|&n| n > 0)
                .map(|n| n - 1)
                .collect();
            for cell in cells {
                let span = cell["rowspan"].as_u64().expect("a rowspan");
                spanning.push(usize::try_from(span).unwrap_or(1) - 1);
            }
        }
        assert!(
            spanning.iter().all(|&n| n == 0),
            "{}: a span runs past the table",
            doc.slug
        );
    }
}
