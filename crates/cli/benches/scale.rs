//! Growth of time and peak memory with document size: `align`, `check` and `export` of
//! the bundled document with its English rendering grown to 6.25, 12.5, 25 and 50 MB (the
//! other renderings as bundled), and the reader on English with many page-break
//! continuations. Each run is a separate process measured by `/usr/bin/time -v` (user +
//! system CPU seconds, maximum resident set size), so the figures are what a user sees.
//!
//! `cargo bench -p sixfold --bench scale` measures the binary built with it;
//! `SIXFOLD_BASELINE=/path/to/old/sixfold` adds a column pair for another binary in the
//! same run (before/after a change). `SIXFOLD_SCALE_MB=6.25,12.5` picks the sizes.
//! Synthetic on purpose: only size matters here, the text is the real document repeated.

#![allow(clippy::print_stdout)] // A benchmark reports on the terminal.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// CPU seconds and peak resident memory of one run.
struct Usage {
    cpu: f64,
    rss_mb: f64,
    ok: bool,
}

fn measure(bin: &Path, args: &[&str], cwd: &Path) -> Usage {
    let out = Command::new("/usr/bin/time")
        .arg("-v")
        .arg(bin)
        .args(args)
        .current_dir(cwd)
        .env("SIXFOLD_LANG", "en")
        .stdout(std::process::Stdio::null())
        .output()
        .expect("/usr/bin/time runs (install the `time` package)");
    let report = String::from_utf8_lossy(&out.stderr);
    let field = |name: &str| -> f64 {
        report
            .lines()
            .find_map(|l| l.trim().strip_prefix(name))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(f64::NAN)
    };
    // Exit 1 is a finding (the grown English has paragraphs no translation has).
    let ok = report.contains("Exit status: 0") || report.contains("Exit status: 1");
    Usage {
        cpu: field("User time (seconds):") + field("System time (seconds):"),
        rss_mb: field("Maximum resident set size (kbytes):") / 1024.0,
        ok,
    }
}

/// The bundled folder with `en.md` grown to about `mb` megabytes by repeating its body.
fn grown(root: &Path, into: &Path, mb: f64) -> usize {
    let src = root.join("translations/A-RES-51-60");
    std::fs::create_dir_all(into).expect("folder");
    for entry in std::fs::read_dir(&src).expect("bundled folder") {
        let path = entry.expect("entry").path();
        let name = path.file_name().expect("a file name").to_owned();
        if name != "en.md" {
            std::fs::copy(&path, into.join(name)).expect("copy");
        }
    }
    let en = std::fs::read_to_string(src.join("en.md")).expect("en.md");
    let body = en
        .find("The General Assembly,")
        .map_or(en.as_str(), |i| &en[i..]);
    #[allow(clippy::cast_sign_loss)] // Sizes come from a list of positive megabytes.
    let target = (mb * 1024.0 * 1024.0) as usize;
    let mut text = en.clone();
    while text.len() < target {
        text.push_str("\n\n");
        text.push_str(body);
    }
    std::fs::write(into.join("en.md"), &text).expect("write en.md");
    text.len()
}

/// English with `n` page breaks, each followed by a lowercase continuation of the
/// paragraph before it (the `/...` marker and a running header between them). Each
/// continuation says something else: a line repeated on every page is page furniture,
/// which the reader drops, and would leave nothing to join.
fn continuations(into: &Path, n: usize) -> usize {
    std::fs::create_dir_all(into).expect("folder");
    let mut text = String::from("A/RES/1/1\n\nThe General Assembly,\n\n1. Decides that the text");
    for i in 0..n {
        let _ = write!(
            text,
            "\n\n/...\n\nA/RES/1/1\nPage {}\n\ncontinues with clause {i} of the sentence",
            i + 2
        );
    }
    text.push_str(".\n");
    std::fs::write(into.join("en.md"), &text).expect("write en.md");
    text.len()
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let current = PathBuf::from(env!("CARGO_BIN_EXE_sixfold"));
    let mut bins = vec![("this build".to_owned(), current)];
    if let Ok(base) = std::env::var("SIXFOLD_BASELINE") {
        bins.insert(0, ("baseline".to_owned(), PathBuf::from(base)));
    }
    let sizes: Vec<f64> = std::env::var("SIXFOLD_SCALE_MB")
        .unwrap_or_else(|_| "6.25,12.5,25,50".to_owned())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut header = "| command | en.md MB |".to_owned();
    for (name, _) in &bins {
        let _ = write!(
            header,
            " {name} CPU s | {name} peak MB | {name} peak ÷ input |"
        );
    }
    println!("{header}");
    println!("|{}", "---|".repeat(2 + 3 * bins.len()));
    let commands: [(&str, &[&str]); 3] = [
        ("align", &["align", "doc", "--format", "json"]),
        ("check", &["check", "doc"]),
        ("export tmx", &["export", "doc", "--format", "tmx"]),
    ];
    for &mb in &sizes {
        let dir = tmp.path().join(format!("{mb}"));
        let bytes = grown(&root, &dir.join("doc"), mb);
        let input = bytes as f64 / 1024.0 / 1024.0;
        for (name, args) in commands {
            let mut row = format!("| {name} | {input:.2} |");
            for (_, bin) in &bins {
                let u = measure(bin, args, &dir);
                let mark = if u.ok { "" } else { " (failed)" };
                let _ = write!(
                    row,
                    " {:.1}{mark} | {:.0} | {:.1} |",
                    u.cpu,
                    u.rss_mb,
                    u.rss_mb / input
                );
            }
            println!("{row}");
        }
        std::fs::remove_dir_all(&dir).expect("clean up");
    }
    let counts: Vec<usize> = std::env::var("SIXFOLD_SCALE_BREAKS")
        .unwrap_or_else(|_| "80000,160000,320000".to_owned())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    println!();
    let mut header = "| reader: page-break continuations | en.md MB |".to_owned();
    for (name, _) in &bins {
        let _ = write!(header, " {name} CPU s | {name} peak MB |");
    }
    println!("{header}");
    println!("|{}", "---|".repeat(2 + 2 * bins.len()));
    for n in counts {
        let dir = tmp.path().join(format!("breaks-{n}"));
        let bytes = continuations(&dir, n);
        let mut row = format!("| {n} | {:.2} |", bytes as f64 / 1024.0 / 1024.0);
        for (_, bin) in &bins {
            // `read`: one rendering is all the reader needs (`align` now refuses a
            // one-language folder).
            let u = measure(bin, &["read", "en.md", "--format", "json"], &dir);
            let mark = if u.ok { "" } else { " (failed)" };
            let _ = write!(row, " {:.1}{mark} | {:.0} |", u.cpu, u.rss_mb);
        }
        println!("{row}");
    }
}
