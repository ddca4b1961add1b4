//! Snapshots of `sixfold read --format json` — header values and segments — for a few
//! documents of every kind the reader takes: the bundled 1990s resolution, the bundled
//! current-layout sets (a General Assembly and a Security Council resolution), real 2025
//! resolutions as a PDF library extracts them, and a UN Parallel Corpus document.
//! A change in what the reader makes of any of them shows up here for review.

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

const FILES: [&str; 11] = [
    "translations/A-RES-51-60/en.md",
    "translations/A-RES-80-2/en.md",
    "translations/A-RES-80-2/ar.md",
    "translations/A-RES-80-2/zh.md",
    "translations/S-RES-2202-2015/en.md",
    "translations/S-RES-2202-2015/ru.md",
    "translations/S-RES-2202-2015/zh.md",
    "crates/translations/tests/real/ga-res-80-en/A_RES_80_2.md",
    "crates/translations/tests/real/ga-res-80-en/A_RES_80_12.md",
    "crates/translations/tests/real/ga-res-80-en/A_RES_80_30.md",
    "crates/translations/tests/real/unpc/2015-a-69-692/ar.md",
];

#[test]
fn read_json_of_each_kind_of_document() {
    for file in FILES {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_sixfold"));
        cmd.current_dir(root())
            .args(["--ui-lang", "en", "read", file, "--format", "json"]);
        if file.contains("/real/") {
            let lang = if file.ends_with("/ar.md") { "ar" } else { "en" };
            cmd.args(["--lang", lang]);
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let name = file
            .trim_start_matches("crates/translations/tests/")
            .replace('/', "__");
        insta::with_settings!({ omit_expression => true, prepend_module_to_snapshot => false, description => file }, {
            insta::assert_json_snapshot!(name, json);
        });
    }
}

/// The text listing names each segment as finding ids do: a finding about a paragraph
/// without a label (`…:@f2c99f32`) can be looked up in it. A UN Parallel Corpus rendering
/// whose paragraphs after the first lost their numbers.
#[test]
fn the_text_listing_names_segments_as_finding_ids_do() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("d");
    std::fs::create_dir(&folder).unwrap();
    let en = "1. The Assembly decides to act.\n\nIt further decides to report on the matter.\n";
    let fr = "1. L'Assemblée décide d'agir.\n\nElle décide en outre de faire rapport sur la question en 2027.\n";
    std::fs::write(folder.join("en.md"), en).unwrap();
    std::fs::write(folder.join("fr.md"), fr).unwrap();
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_sixfold"))
            .current_dir(dir.path())
            .args(["--ui-lang", "en"])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let check = run(&["check", "d", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(check.lines().next().unwrap()).unwrap();
    let id = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "numbers-differ")
        .map_or_else(
            || panic!("{check}"),
            |f| f["id"].as_str().unwrap().to_owned(),
        );
    // The message counts segments from 1, as the listing's lines do: the second.
    assert!(check.contains("paragraph #2 numbers differ"), "{check}");
    let anchor = id.rsplit(':').next().unwrap();
    assert!(anchor.starts_with('@'), "{id}");
    let listing = run(&["read", "d/fr.md"]);
    let line = listing
        .lines()
        .find(|l| l.contains(anchor))
        .unwrap_or_else(|| panic!("{anchor} in {listing}"));
    assert!(line.contains("2027"), "{line}");
    assert!(
        listing.lines().next().unwrap().contains("op.1"),
        "{listing}"
    );
}
