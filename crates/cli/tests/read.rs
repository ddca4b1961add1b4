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
