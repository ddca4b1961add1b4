//! Speed of the reader (`read_str`: bytes of one rendering to labelled segments, what
//! `sixfold read` and every folder load run) on real text, in MB/s per language.
//!
//! `cargo bench -p sixfold-translations --bench read_speed` reads the real documents
//! committed as test fixtures (33 resolutions of 2025 as a PDF library extracts them, six
//! UN Parallel Corpus documents in six languages) and the bundled renderings. Files or
//! folders given after `--` are read instead (recursively; the language comes from the
//! file name, `en.md`, `A_RES_80_1.EN.md`, or from `--lang xx` given before them), e.g.
//! the UN Parallel Corpus folders of `../shared/realdocs/unv1_folders.py build`, the 2025
//! resolutions of `../shared/realdocs/ga-res-80-en-half` (`--lang en`) or the folders
//! `corpus_speed` generates under `target/corpus-bench/`.
//!
//! `-- --generated N` reads, instead or as well, the N document folders that the
//! `corpus_speed` bench of the CLI writes under `target/corpus-bench/` (the bundled
//! renderings with seeded drops, merges and splits), made here in memory the same way.
//!
//! Each language's files are read again and again for at least `--secs` seconds (default
//! 1), each pass on a new thread so that nothing the reader remembers per thread carries
//! over from the pass before, and the figure is bytes read per second of the process's
//! own CPU time (user + system, from `/proc/self/stat`), so that it means something on a
//! shared machine; wall time is printed beside it. The last column is a digest of every segment the reader
//! made (serialised as `sixfold read` prints them): two builds that print the same digest
//! read the same files into the same segments, byte for byte. To compare two builds side
//! by side, build this bench at both commits (`cargo bench --no-run`, keep the binary) and
//! run the two binaries one after the other on the same files.

#![allow(clippy::print_stdout, clippy::print_stderr)] // A benchmark reports on the terminal.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use sha2::{Digest as _, Sha256};
use sixfold_core::Lang;
use sixfold_translations::DocumentSet;
use sixfold_translations::align::damage::{self, Tracked};
use sixfold_translations::discover::lang_of_path;
use sixfold_translations::read::read_str;

/// CPU seconds (user + system) this process has used so far, all threads; 0 when
/// `/proc` is not there.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the command name (which may hold spaces) start after the last ')'.
    let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) else {
        return 0.0;
    };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    let ticks: f64 = [11usize, 12]
        .iter()
        .filter_map(|&i| fields.get(i)?.parse::<f64>().ok())
        .sum();
    ticks / 100.0
}

/// Every `.md` / `.txt` file under `path`, in name order.
fn files_under(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            return;
        };
        let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        entries.sort();
        for entry in entries {
            files_under(&entry, out);
        }
    } else if path.extension().is_some_and(|e| e == "md" || e == "txt") {
        out.push(path.to_path_buf());
    }
}

/// The renderings of the first `docs` folders `corpus_speed` generates (the same seeds,
/// damage and layout: segment texts separated by blank lines), as (name, language, text).
fn generated_folders(docs: usize) -> Vec<(String, Lang, String)> {
    if docs == 0 {
        return Vec::new();
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let set = DocumentSet::load_dir(&manifest.join("../../translations/A-RES-51-60"))
        .expect("the bundled document loads");
    let base = Tracked::parallel(&set.docs).expect("the bundled renderings are parallel");
    let mut out = Vec::new();
    for (i, t) in damage::bench_corpus(&base, docs, 7).iter().enumerate() {
        for (lang, text) in t.texts() {
            out.push((format!("generated/d{i:05}/{}.md", lang.code()), lang, text));
        }
    }
    out
}

#[allow(clippy::too_many_lines)] // A linear script: gather, time, print.
fn main() {
    let mut secs = 1.0f64;
    let mut lang: Option<Lang> = None;
    let mut inputs: Vec<(PathBuf, Option<Lang>)> = Vec::new();
    let mut generated = 0usize;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--secs" => secs = it.next().and_then(|v| v.parse().ok()).unwrap_or(secs),
            "--lang" => lang = it.next().and_then(|v| v.parse().ok()),
            "--generated" => generated = it.next().and_then(|v| v.parse().ok()).unwrap_or(0),
            "--bench" => {} // `cargo bench` passes it.
            other if other.starts_with("--") => {}
            path => inputs.push((PathBuf::from(path), lang)),
        }
    }
    if inputs.is_empty() && generated == 0 {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        inputs = vec![
            (manifest.join("tests/real/ga-res-80-en"), Some(Lang::En)),
            (manifest.join("tests/real/unpc"), None),
            (manifest.join("../../translations"), None),
        ];
    }

    // Language → (file name, text), in the order found.
    let mut by_lang: BTreeMap<Lang, Vec<(String, String)>> = BTreeMap::new();
    let mut skipped = 0usize;
    for (input, fallback) in &inputs {
        let mut files = Vec::new();
        files_under(input, &mut files);
        for file in files {
            let Some(lang) = lang_of_path(&file).or(*fallback) else {
                skipped += 1;
                continue;
            };
            let Ok(text) = std::fs::read_to_string(&file) else {
                skipped += 1;
                continue;
            };
            by_lang
                .entry(lang)
                .or_default()
                .push((file.display().to_string(), text));
        }
    }
    for (name, lang, text) in generated_folders(generated) {
        by_lang.entry(lang).or_default().push((name, text));
    }
    if skipped > 0 {
        eprintln!("note: {skipped} files skipped (no language in the name, or not UTF-8)");
    }

    println!("reader speed: read_str, CPU time of this process (user + system)");
    println!(
        "{:<4} {:>6} {:>10} {:>6} {:>9} {:>9} {:>10}  segments digest",
        "lang", "files", "bytes", "reps", "MB/s cpu", "MB/s wall", "segments"
    );
    let (mut all_bytes, mut all_cpu, mut all_wall) = (0usize, 0.0f64, 0.0f64);
    let mut all_digest = Sha256::new();
    for (lang, files) in &by_lang {
        let bytes: usize = files.iter().map(|(_, t)| t.len()).sum();
        // The digest of one pass, taken outside the timed loop.
        let mut digest = Sha256::new();
        let mut segments = 0usize;
        for (name, text) in files {
            let doc = read_str(*lang, name, text);
            segments += doc.segments.len();
            let json = serde_json::to_string(&doc.segments).expect("segments serialise");
            digest.update(name.as_bytes());
            digest.update(json.as_bytes());
        }
        let digest = digest.finalize();
        all_digest.update(digest);
        let (cpu0, wall0) = (cpu_seconds(), Instant::now());
        let mut reps = 0usize;
        loop {
            // Each pass on a new thread: what the reader remembers per thread (recent
            // lines and their forms) starts empty, as in a new run of the CLI over these
            // files, so repeating the pass does not measure a warm memo.
            std::thread::scope(|s| {
                s.spawn(|| {
                    for (name, text) in files {
                        std::hint::black_box(read_str(*lang, name, std::hint::black_box(text)));
                    }
                });
            });
            reps += 1;
            if wall0.elapsed().as_secs_f64() >= secs && cpu_seconds() - cpu0 >= secs.min(0.5) {
                break;
            }
        }
        let cpu = cpu_seconds() - cpu0;
        let wall = wall0.elapsed().as_secs_f64();
        let mb = (bytes * reps) as f64 / 1e6;
        all_bytes += bytes * reps;
        all_cpu += cpu;
        all_wall += wall;
        let hex = digest.iter().take(8).fold(String::new(), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        });
        println!(
            "{:<4} {:>6} {:>10} {:>6} {:>9.1} {:>9.1} {:>10}  {hex}",
            lang.code(),
            files.len(),
            bytes,
            reps,
            mb / cpu.max(1e-9),
            mb / wall.max(1e-9),
            segments
        );
    }
    let hex = all_digest
        .finalize()
        .iter()
        .take(8)
        .fold(String::new(), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        });
    let mb = all_bytes as f64 / 1e6;
    println!(
        "all  {:>6} {:>10} {:>6} {:>9.1} {:>9.1} {:>10}  {hex}",
        by_lang.values().map(Vec::len).sum::<usize>(),
        by_lang
            .values()
            .flatten()
            .map(|(_, t)| t.len())
            .sum::<usize>(),
        "",
        mb / all_cpu.max(1e-9),
        mb / all_wall.max(1e-9),
        ""
    );
}
