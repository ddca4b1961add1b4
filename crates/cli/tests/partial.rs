//! `document.toml` is optional and partial: a field left out is not checked, metadata
//! then comes from the renderings' mastheads, errors point at the key's own line, and an
//! export never takes the folder's name for the symbol.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn sixfold(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sixfold"))
        .args(["--ui-lang", "en"])
        .args(args)
        .output()
        .expect("sixfold runs")
}

fn copy_set(slug: &str, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(repo().join("translations").join(slug)).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
        }
    }
}

#[test]
fn a_partial_document_toml_checks_only_what_it_gives() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("A-RES-80-2");
    copy_set("A-RES-80-2", &dir);
    let dir_arg = dir.to_str().unwrap();
    std::fs::write(dir.join("document.toml"), "symbol = \"A/RES/80/2\"\n").unwrap();
    let out = sixfold(&["check", dir_arg]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    std::fs::write(
        dir.join("document.toml"),
        "symbol = \"A/RES/80/2\"\n\n# the distribution date, wrong\ndate = \"2025-10-16\"\n",
    )
    .unwrap();
    let out = sixfold(&["check", dir_arg, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    let codes: Vec<&str> = text
        .match_indices("\"code\":\"")
        .map(|(at, m)| {
            let rest = &text[at + m.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    assert_eq!(codes, ["header-date-mismatch"; 6], "{text}");
    // A semantic error names the key's own line.
    std::fs::write(
        dir.join("document.toml"),
        "symbol = \"A/RES/80/2\"\n\nsession = 81\n",
    )
    .unwrap();
    let out = sixfold(&["check", dir_arg]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("document.toml:3: `session`"), "{err}");
}

#[test]
fn without_document_toml_the_masthead_gives_the_symbol_and_nothing_else_does() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("some-folder");
    copy_set("S-RES-2202-2015", &dir);
    let tmx = tmp.path().join("a.tmx");
    let out = sixfold(&[
        "export",
        dir.to_str().unwrap(),
        "--format",
        "tmx",
        "-o",
        tmx.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&tmx).unwrap();
    assert!(text.contains("<prop type=\"x-symbol\">S/RES/2202 (2015)</prop>"));
    assert!(!text.contains("some-folder\"") && !text.contains(">some-folder<"));

    // Texts whose mastheads give no symbol: the export says so and carries none.
    let bare = tmp.path().join("bare");
    std::fs::create_dir_all(&bare).unwrap();
    std::fs::write(bare.join("en.md"), "The General Assembly,\n\n1. Decides.\n").unwrap();
    std::fs::write(bare.join("fr.md"), "L'Assemblée générale,\n\n1. Décide.\n").unwrap();
    let xlf = tmp.path().join("b.xlf");
    let (dir, file) = (bare.to_str().unwrap(), xlf.to_str().unwrap());
    let export = [
        "export", dir, "--format", "xliff", "--langs", "en,fr", "-o", file,
    ];
    let out = sixfold(&export);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("no symbol"));
    let text = std::fs::read_to_string(&xlf).unwrap();
    assert!(!text.contains("original="), "{text}");

    // `--quiet` leaves the note out, for a corpus run where every folder would print one.
    let out = sixfold(&[&export[..], &["--quiet"]].concat());
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
