//! Many documents in one run: `--from` lists, `--jobs`, input order, failing folders in
//! the middle, and exports per document or concatenated (issue 12).

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn sixfold(dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sixfold"))
        .env("SIXFOLD_LANG", "en")
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the sixfold binary runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    // A command given its folders as arguments never reads standard input and may have
    // ended already: a closed pipe then is no failure of the test.
    let written = input.write_all(stdin.unwrap_or("").as_bytes());
    drop(input);
    let out = child.wait_with_output().expect("the sixfold binary ends");
    if let Err(e) = written {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        assert!(
            stdin.is_none(),
            "{args:?} closed its input before reading the list: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    out
}

/// A document folder with `paragraphs` numbered paragraphs in English, French and
/// Spanish; the French rendering of every seventh paragraph is missing, so the rows
/// are not all one-to-one.
fn document(root: &Path, name: &str, paragraphs: usize) -> PathBuf {
    let dir = root.join(name);
    std::fs::create_dir_all(&dir).unwrap();
    let mut en = String::new();
    let mut fr = String::new();
    let mut es = String::new();
    for i in 1..=paragraphs {
        let words = 5 + (i * 7) % 23;
        let _ = write!(
            en,
            "{i}. The Assembly {} decides on item {i};\n\n",
            "notes ".repeat(words)
        );
        if i % 7 != 0 {
            let _ = write!(
                fr,
                "{i}. L’Assemblée {} décide du point {i} ;\n\n",
                "note ".repeat(words)
            );
        }
        let _ = write!(
            es,
            "{i}. La Asamblea {} decide sobre el tema {i};\n\n",
            "toma ".repeat(words)
        );
    }
    std::fs::write(dir.join("en.md"), en).unwrap();
    std::fs::write(dir.join("fr.md"), fr).unwrap();
    std::fs::write(dir.join("es.md"), es).unwrap();
    dir
}

fn lines(out: &Output) -> Vec<String> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn from_stdin_gives_the_json_lines_of_the_folders_as_arguments() {
    let tmp = tempfile::tempdir().unwrap();
    for (name, n) in [("a", 3), ("b", 40), ("c", 2)] {
        document(tmp.path(), name, n);
    }
    let args = sixfold(tmp.path(), &["align", "a", "b", "c"], None);
    assert_eq!(args.status.code(), Some(0));
    let listed = sixfold(tmp.path(), &["align", "--from", "-"], Some("a\nb\n\nc\n"));
    assert_eq!(
        listed.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&listed.stderr)
    );
    assert_eq!(lines(&listed).len(), 3);
    assert_eq!(listed.stdout, args.stdout);
    // Each line is that folder's own alignment.
    for (line, name) in lines(&listed).iter().zip(["a", "b", "c"]) {
        let alone = sixfold(tmp.path(), &["align", name], None);
        assert_eq!(format!("{line}\n").as_bytes(), alone.stdout, "{name}");
    }
    // A list in a file, check's JSON Lines too.
    std::fs::write(tmp.path().join("list.txt"), "a\r\nb\r\nc\r\n").unwrap();
    let check_args = sixfold(
        tmp.path(),
        &["check", "--format", "json", "a", "b", "c"],
        None,
    );
    let check_list = sixfold(
        tmp.path(),
        &["check", "--format", "json", "--from", "list.txt"],
        None,
    );
    assert_eq!(check_list.stdout, check_args.stdout);
    assert_eq!(lines(&check_list).len(), 3);
    assert_eq!(check_list.status.code(), check_args.status.code());
}

#[test]
fn a_list_may_hold_comments_and_blanks_around_its_paths() {
    let tmp = tempfile::tempdir().unwrap();
    for (name, n) in [("a", 3), ("c", 2)] {
        document(tmp.path(), name, n);
    }
    let args = sixfold(tmp.path(), &["align", "a", "c"], None);
    assert_eq!(args.status.code(), Some(0));
    let list = "# folders of the run\n  a  \n\t\n   # c is next\nc\t\r\n";
    let listed = sixfold(tmp.path(), &["align", "--from", "-"], Some(list));
    assert_eq!(
        listed.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&listed.stderr)
    );
    assert_eq!(listed.stdout, args.stdout);
}

#[test]
fn order_is_kept_with_two_jobs_and_uneven_documents() {
    let tmp = tempfile::tempdir().unwrap();
    let mut list = String::new();
    // Big documents first, so later small ones finish before them.
    for i in 0..12 {
        let n = if i % 4 == 0 { 300 } else { 2 + i };
        document(tmp.path(), &format!("d{i:02}"), n);
        let _ = writeln!(list, "d{i:02}");
    }
    let out = sixfold(
        tmp.path(),
        &["align", "--from", "-", "--jobs", "2"],
        Some(&list),
    );
    assert_eq!(out.status.code(), Some(0));
    let got = lines(&out);
    assert_eq!(got.len(), 12);
    for (i, line) in got.iter().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let n = if i % 4 == 0 { 300 } else { 2 + i };
        assert_eq!(v["segments"]["en"].as_array().unwrap().len(), n, "line {i}");
        // Each line names its folder as the list does, as check's lines do.
        assert_eq!(v["path"], format!("d{i:02}"), "line {i}");
    }
}

#[test]
fn a_failing_folder_in_the_middle_is_reported_and_the_others_printed() {
    let tmp = tempfile::tempdir().unwrap();
    document(tmp.path(), "a", 3);
    document(tmp.path(), "c", 4);
    let lonely = tmp.path().join("b");
    std::fs::create_dir_all(&lonely).unwrap();
    std::fs::write(lonely.join("en.md"), "1. Alone.\n").unwrap();
    for command in ["align", "check"] {
        let out = sixfold(
            tmp.path(),
            &[command, "--format", "json", "--from", "-", "-j", "2"],
            Some("a\nb\nmissing\nc\n"),
        );
        assert_eq!(out.status.code(), Some(2), "{command}");
        let got = lines(&out);
        // One line per folder of the list: the failing ones say why, in `error`.
        assert_eq!(got.len(), 4, "{command}: {got:?}");
        for (line, path, error) in [
            (1, "b", "b has one rendering"),
            (2, "missing", "cannot load the document folder missing"),
        ] {
            let v: serde_json::Value = serde_json::from_str(&got[line]).unwrap();
            assert_eq!(v["path"], path, "{command}");
            assert!(
                v["error"].as_str().unwrap().contains(error),
                "{command}: {v}"
            );
            assert!(got[line].starts_with("{\"path\":"), "{}", got[line]);
        }
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.contains("b has one rendering"),
            "{command}: {stderr}"
        );
        assert!(
            stderr.contains("cannot load the document folder missing"),
            "{command}: {stderr}"
        );
        // No progress bar: standard error is not a terminal.
        assert!(
            !stderr.contains('\r') && !stderr.contains('\u{1b}'),
            "{stderr}"
        );
        let v: serde_json::Value = serde_json::from_str(&got[3]).unwrap();
        let en = if command == "align" {
            v["segments"]["en"].as_array().unwrap().len()
        } else {
            assert_eq!(v["path"], "c");
            4
        };
        assert_eq!(en, 4);
    }
    // A list that cannot be read is unusable input.
    let out = sixfold(tmp.path(), &["align", "--from", "nolist"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read the folder list nolist"));
    let out = sixfold(tmp.path(), &["align", "a", "--from", "-"], Some("c\n"));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_failing_folder_s_json_line_says_what_standard_error_says_in_the_interface_language() {
    let tmp = tempfile::tempdir().unwrap();
    document(tmp.path(), "a", 3);
    for (lang, head, cause) in [
        (
            "en",
            "cannot load the document folder missing",
            "missing does not exist",
        ),
        (
            "fr",
            "impossible de charger le dossier de document missing",
            "missing n\u{2019}existe pas",
        ),
    ] {
        let out = sixfold(
            tmp.path(),
            &[
                "check",
                "--format",
                "json",
                "--ui-lang",
                lang,
                "--from",
                "-",
            ],
            Some("a\nmissing\n"),
        );
        assert_eq!(out.status.code(), Some(2), "{lang}");
        let got = lines(&out);
        let v: serde_json::Value = serde_json::from_str(&got[1]).unwrap();
        // The head and the cause of standard error, in the same words, and not the
        // system's English after them.
        assert_eq!(v["error"], format!("{head}: {cause}"), "{lang}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains(head) && stderr.contains(cause), "{stderr}");
    }
}

#[test]
fn a_rendering_in_a_folder_list_is_named_as_a_file_with_its_folder() {
    let tmp = tempfile::tempdir().unwrap();
    document(tmp.path(), "a", 3);
    let rendering = std::path::Path::new("a").join("en.md");
    let rendering = rendering.to_str().unwrap();
    for command in ["align", "check"] {
        let out = sixfold(
            tmp.path(),
            &[command, "--format", "json", "--from", "-"],
            Some(&format!("{rendering}\na\n")),
        );
        assert_eq!(out.status.code(), Some(2), "{command}");
        let got = lines(&out);
        let v: serde_json::Value = serde_json::from_str(&got[0]).unwrap();
        let said = format!("{rendering} is a file: this command reads a document folder; give a");
        // The words `export` uses, not the system's "Not a directory" twice.
        assert_eq!(v["error"], said, "{command}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains(&said), "{stderr}");
        assert!(!stderr.contains("os error"), "{stderr}");
    }
}

#[test]
fn check_from_in_text_ends_with_the_total_of_every_document() {
    let tmp = tempfile::tempdir().unwrap();
    document(tmp.path(), "a", 3);
    document(tmp.path(), "c", 8);
    // Each document's own last line ("  2 errors, 3 warnings, 0 infos"), added up.
    let sum = |text: &str| {
        let mut total = [0usize; 3];
        for line in text
            .lines()
            .filter(|l| l.starts_with("  ") && l.ends_with(" infos"))
        {
            let numbers: Vec<usize> = line
                .split(|c: char| !c.is_ascii_digit())
                .filter_map(|n| n.parse().ok())
                .collect();
            for (t, n) in total.iter_mut().zip(numbers) {
                *t += n;
            }
        }
        total
    };
    for (list, code, head) in [
        ("a\nc\n", 1, "documents checked: 2;"),
        ("a\nmissing\nc\n", 2, "documents checked: 2, unusable: 1;"),
    ] {
        let out = sixfold(tmp.path(), &["check", "--from", "-"], Some(list));
        assert_eq!(out.status.code(), Some(code), "{list:?}");
        let text = String::from_utf8(out.stdout).unwrap();
        let [errors, warnings, infos] = sum(&text);
        assert!(errors > 0 && warnings > 0, "{text}");
        assert_eq!(
            text.lines().last().unwrap(),
            format!("{head} {errors} errors, {warnings} warnings, {infos} infos"),
            "{text}"
        );
    }
}

#[test]
fn export_writes_one_file_per_document_under_the_output_folder() {
    let tmp = tempfile::tempdir().unwrap();
    document(tmp.path(), "A-RES-1-1", 3);
    document(tmp.path(), "A-RES-1-2", 5);
    let out = sixfold(
        tmp.path(),
        &["export", "--from", "-", "--format", "tmx", "-o", "out"],
        Some("A-RES-1-1\nA-RES-1-2\n"),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut names: Vec<String> = std::fs::read_dir(tmp.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["A-RES-1-1.tmx", "A-RES-1-2.tmx"]);
    // The same bytes as exporting the folder alone.
    let alone = sixfold(
        tmp.path(),
        &["export", "A-RES-1-2", "--format", "tmx"],
        None,
    );
    assert_eq!(
        std::fs::read(tmp.path().join("out/A-RES-1-2.tmx")).unwrap(),
        alone.stdout
    );
    // Moses: one file per document and language.
    let out = sixfold(
        tmp.path(),
        &["export", "--from", "-", "--format", "moses", "-o", "mo"],
        Some("A-RES-1-1\nA-RES-1-2\n"),
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(tmp.path().join("mo/A-RES-1-2.fr").is_file());
    // Without -o there is nowhere to put them.
    let out = sixfold(
        tmp.path(),
        &["export", "--from", "-", "--format", "tsv"],
        Some("A-RES-1-1\n"),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs -o DIR"));
}

#[test]
fn a_second_folder_of_the_same_name_is_refused_and_the_run_fails() {
    let tmp = tempfile::tempdir().unwrap();
    document(&tmp.path().join("a"), "A-RES-1-1", 3);
    document(&tmp.path().join("b"), "A-RES-1-1", 5);
    let out = sixfold(
        tmp.path(),
        &["export", "--from", "-", "--format", "tmx", "-o", "out"],
        Some("a/A-RES-1-1\nb/A-RES-1-1\n"),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("b/A-RES-1-1"), "{stderr}");
    // The first folder's export is kept, not replaced by the second's.
    let alone = sixfold(
        tmp.path(),
        &["export", "a/A-RES-1-1", "--format", "tmx"],
        None,
    );
    assert_eq!(
        std::fs::read(tmp.path().join("out/A-RES-1-1.tmx")).unwrap(),
        alone.stdout
    );
}

#[test]
fn concat_refuses_a_second_folder_of_the_same_name_where_rows_carry_ids() {
    let tmp = tempfile::tempdir().unwrap();
    document(&tmp.path().join("a"), "doc", 3);
    document(&tmp.path().join("b"), "doc", 4);
    let list = "a/doc\nb/doc\n";
    for format in ["tsv", "jsonl"] {
        let out = sixfold(
            tmp.path(),
            &[
                "export", "--from", "-", "--format", format, "--concat", "--langs", "en,fr", "-o",
                format,
            ],
            Some(list),
        );
        // The first folder's rows only: the second's ids would repeat them.
        assert_eq!(out.status.code(), Some(2), "{format}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("skipped b/doc: a folder of the same name was already exported"),
            "{format}: {stderr}"
        );
        let corpus = std::fs::read_to_string(
            tmp.path()
                .join(format)
                .join(format!("corpus.en-fr.{format}")),
        )
        .unwrap();
        assert!(
            corpus.contains("doc-r003") && !corpus.contains("doc-r004"),
            "{corpus}"
        );
    }
    // Moses lines carry no id: both folders are kept.
    let out = sixfold(
        tmp.path(),
        &[
            "export", "--from", "-", "--format", "moses", "--concat", "--langs", "en,es", "-o", "m",
        ],
        Some(list),
    );
    assert_eq!(out.status.code(), Some(0));
    let en = std::fs::read_to_string(tmp.path().join("m").join("corpus.en-es.en")).unwrap();
    assert_eq!(en.lines().count(), 3 + 4);
}

#[test]
fn concat_line_formats_keep_equal_line_counts_per_language() {
    let tmp = tempfile::tempdir().unwrap();
    let mut list = String::new();
    for (i, n) in [4, 15, 1, 8].into_iter().enumerate() {
        document(tmp.path(), &format!("doc{i}"), n);
        let _ = writeln!(list, "doc{i}");
    }
    let out = sixfold(
        tmp.path(),
        &[
            "export", "--from", "-", "--format", "moses", "--concat", "-o", "corpus", "-j", "2",
        ],
        Some(&list),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let read = |name: &str| std::fs::read_to_string(tmp.path().join("corpus").join(name)).unwrap();
    for pair in ["en-fr", "en-es"] {
        let (x, y) = pair.split_once('-').unwrap();
        let a = read(&format!("corpus.{pair}.{x}"));
        let b = read(&format!("corpus.{pair}.{y}"));
        assert_eq!(a.lines().count(), b.lines().count(), "{pair}");
        assert!(
            a.lines().chain(b.lines()).all(|l| !l.trim().is_empty()),
            "{pair}"
        );
    }
    // Every English paragraph has a Spanish one; French lacks every seventh.
    assert_eq!(read("corpus.en-es.en").lines().count(), 4 + 15 + 1 + 8);
    assert_eq!(read("corpus.en-fr.fr").lines().count(), 4 + 13 + 1 + 7);
    // TSV: one header, then the rows of every document.
    let out = sixfold(
        tmp.path(),
        &[
            "export", "--from", "-", "--format", "tsv", "--concat", "--langs", "en,fr", "-o", "t",
        ],
        Some(&list),
    );
    assert_eq!(out.status.code(), Some(0));
    let tsv = std::fs::read_to_string(tmp.path().join("t/corpus.en-fr.tsv")).unwrap();
    assert_eq!(tsv.lines().filter(|l| l.starts_with("id\t")).count(), 1);
    assert_eq!(tsv.lines().count(), 1 + 4 + 15 + 1 + 8);
    // Only line formats concatenate.
    let out = sixfold(
        tmp.path(),
        &[
            "export", "--from", "-", "--format", "tmx", "--concat", "-o", "x",
        ],
        Some(&list),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        std::fs::read_dir(tmp.path().join("corpus"))
            .unwrap()
            .all(|e| { !e.unwrap().file_name().to_string_lossy().ends_with(".tmp") })
    );
}
