//! `sixfold id` run as a user runs it: text and JSON output (snapshots) and exit codes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn sixfold(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sixfold"))
        .env("SIXFOLD_LANG", "en")
        .args(args)
        .output()
        .expect("the sixfold binary built by cargo runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("sixfold prints UTF-8")
}

/// Symbols of every shape: plain, loose spelling, old and SC eras, special sessions,
/// modifiers, parts, reissue, joint, and a version id.
const VALID: [&str; 12] = [
    "A/RES/51/60",
    "s/res/1373(2001)",
    "A/RES/217 A (III)",
    "A/RES/ES-11/8",
    "E/RES/1996/16",
    "A/RES/68/247 B",
    "A/51/610/Add.1/corr.2",
    "A/62/17(PartI)",
    "ST/AI/2001/5*",
    "A/51/135-E/1996/51",
    "E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1",
    "A/RES/51/60@fr@1997-01-28",
];

const INVALID: [&str; 4] = [
    "A//51/60",
    "S/RES/1373 (2001",
    "51/60",
    "A/RES/51/60@de@1997-01-28",
];

#[test]
fn valid_symbols_text() {
    let out = sixfold(&[&["id"], &VALID[..]].concat());
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty());
    insta::assert_snapshot!("valid_text", stdout(&out));
}

#[test]
fn valid_symbols_json() {
    let out = sixfold(&[&["id", "--format", "json", "--lang", "zh"], &VALID[..]].concat());
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    // One object per input, in input order, with the fields the issue promises.
    let objects: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is a JSON object"))
        .collect();
    assert_eq!(objects.len(), VALID.len());
    for (object, input) in objects.iter().zip(VALID) {
        assert_eq!(object["input"], input);
        assert_eq!(object["ok"], true);
        assert!(object["error"].is_null());
        for key in ["canonical", "base", "modifiers", "resolution", "akn", "url"] {
            assert!(object.get(key).is_some(), "{key} missing for {input}");
        }
    }
    insta::assert_snapshot!("valid_json", text);
}

#[test]
fn invalid_symbols_are_all_reported_then_exit_2() {
    // Valid ones around the invalid ones are still analysed, in order.
    let args = [&["id"], &INVALID[..2], &["A/64/13/Add.1"], &INVALID[2..]].concat();
    let out = sixfold(&args);
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!("invalid_text", stdout(&out));

    let out = sixfold(&[&["id", "--format", "json"], &args[1..]].concat());
    assert_eq!(out.status.code(), Some(2));
    let text = stdout(&out);
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["ok"], false);
    assert_eq!(first["error"]["offset"], 2);
    assert_eq!(first["error"]["message"], "empty component");
    assert_eq!(text.lines().count(), 5);
    insta::assert_snapshot!("invalid_json", text);
}

#[test]
fn symbols_are_read_from_stdin_without_arguments() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sixfold"))
        .env("SIXFOLD_LANG", "en")
        .args(["id", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"A/RES/51/60\n\nS/PV.6201(Resumption1)\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let canon: Vec<String> = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["canonical"].to_string())
        .collect();
    assert_eq!(canon, ["\"A/RES/51/60\"", "\"S/PV.6201 (Resumption 1)\""]);
}

#[test]
fn unknown_format_is_a_usage_error() {
    let out = sixfold(&["id", "--format", "xml", "A/RES/51/60"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}
