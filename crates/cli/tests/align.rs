//! `sixfold align` end to end: the JSON interface of issue 4 on the bundled document.

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

#[test]
fn json_follows_the_interface() {
    let out = sixfold(&["align", "translations/A-RES-51-60", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let v: serde_json::Value = serde_json::from_str(text.trim_end()).unwrap();
    assert_eq!(v["document"], "A/RES/51/60");
    assert_eq!(
        v["languages"],
        serde_json::json!(["en", "ar", "zh", "fr", "ru", "es"])
    );
    // Every segment of every language in at least one row (several when its language
    // merged what the pivot divides), in order; every row names its unit, in order.
    let units: Vec<u64> = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["unit"].as_u64().unwrap())
        .collect();
    assert!(units.is_sorted(), "{units:?}");
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        let n = v["segments"][lang].as_array().unwrap().len();
        let mut seen: Vec<u64> = v["rows"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| {
                r["cells"][lang]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_u64().unwrap())
            })
            .collect();
        assert!(seen.is_sorted(), "{lang}");
        seen.dedup();
        assert_eq!(seen, (0..n as u64).collect::<Vec<_>>(), "{lang}");
    }
    insta::assert_snapshot!(text);
}

#[test]
fn several_folders_give_json_lines_in_order_and_files_work() {
    let out = sixfold(&[
        "align",
        "translations/A-RES-51-60",
        "translations/A-RES-51-60",
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0], lines[1]);

    let out = sixfold(&[
        "align",
        "translations/A-RES-51-60/en.md",
        "translations/A-RES-51-60/zh.md",
        "--pivot",
        "zh",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["languages"], serde_json::json!(["zh", "en"]));
}

#[test]
fn text_output_is_side_by_side() {
    let out = sixfold(&["align", "translations/A-RES-51-60", "--format", "text"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("A/RES/51/60"));
    assert!(text.lines().nth(1).unwrap().contains("| en"));
    assert!(text.contains("ANNEXE") && text.contains("附件") && text.contains("المرفق"));
}

#[test]
fn mixed_or_missing_input_exits_2() {
    let out = sixfold(&[
        "align",
        "translations/A-RES-51-60",
        "translations/A-RES-51-60/en.md",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let out = sixfold(&["align", "nothing-here.md"]);
    assert_eq!(out.status.code(), Some(2));
}
