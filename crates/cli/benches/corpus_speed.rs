//! End-to-end speed of `sixfold align --from` (read the files, segment, align six ways,
//! write JSON Lines) on 1 and 2 jobs, side by side in the same run with the Python package
//! `galechurch` (from the Python package index) aligning the same English–X paragraph pairs, handed to it pre-segmented.
//!
//! `cargo bench -p sixfold --bench corpus_speed` generates 200 document folders (the
//! bundled renderings with seeded drops, merges and splits) under `target/corpus-bench/`;
//! `-- --docs N` changes the number, `-- --folders LIST` measures an existing list of
//! folders instead (e.g. the UN Parallel Corpus folders of `../shared/realdocs`). Without
//! `python3 -c "import galechurch"` the comparison is skipped with a note.

#![allow(clippy::print_stdout, clippy::print_stderr)] // A benchmark reports on the terminal.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use sixfold_core::Lang;
use sixfold_translations::DocumentSet;
use sixfold_translations::align::damage::{self, Tracked};

/// Writes `docs` damaged copies of the bundled document as folders and returns the list.
fn generate(root: &Path, docs: usize) -> Vec<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let set = DocumentSet::load_dir(&manifest.join("../../translations/A-RES-51-60"))
        .expect("the bundled document loads");
    let base = Tracked::parallel(&set.docs).expect("the bundled renderings are parallel");
    let _ = std::fs::remove_dir_all(root);
    damage::bench_corpus(&base, docs, 7)
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let dir = root.join(format!("d{i:05}"));
            std::fs::create_dir_all(&dir).expect("the bench folder can be made");
            for (lang, text) in t.texts() {
                std::fs::write(dir.join(format!("{}.md", lang.code())), text)
                    .expect("the bench file can be written");
            }
            dir
        })
        .collect()
}

#[allow(clippy::too_many_lines)] // A linear script: generate, time, compare, print.
fn main() {
    let mut docs = 200usize;
    let mut folders: Option<PathBuf> = None;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--docs" => docs = it.next().and_then(|v| v.parse().ok()).unwrap_or(docs),
            "--folders" => folders = it.next().map(PathBuf::from),
            _ => {} // `cargo bench` passes `--bench`; other flags are not ours.
        }
    }
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target");
    let (list_path, paths) = if let Some(list) = folders {
        let text = std::fs::read_to_string(&list).expect("the folder list is readable");
        let paths = text
            .lines()
            .filter(|l| !l.is_empty())
            .map(PathBuf::from)
            .collect();
        (list, paths)
    } else {
        let paths = generate(&target.join("corpus-bench"), docs);
        let list = target.join("corpus-bench.list");
        let text: String = paths.iter().fold(String::new(), |mut s, p| {
            let _ = writeln!(s, "{}", p.display());
            s
        });
        std::fs::write(&list, text).expect("the list can be written");
        (list, paths)
    };

    // What the CLI reads, and the en–X pairs galechurch gets: the same paragraphs, as
    // sixfold's reader segments them.
    let mut bytes = 0u64;
    let mut corpus = String::new();
    for p in &paths {
        for entry in std::fs::read_dir(p)
            .expect("the folder is readable")
            .flatten()
        {
            if entry.path().extension().is_some_and(|e| e == "md") {
                bytes += entry.metadata().map_or(0, |m| m.len());
            }
        }
        let Ok(set) = DocumentSet::load_dir(p) else {
            continue;
        };
        let Some(en) = set.docs.get(&Lang::En) else {
            continue;
        };
        let texts = |l: Lang| -> Vec<&str> {
            set.docs[&l]
                .segments
                .iter()
                .map(|s| s.text.as_str())
                .collect()
        };
        let pairs: serde_json::Map<String, serde_json::Value> = set
            .docs
            .keys()
            .filter(|&&l| l != Lang::En)
            .map(|&l| {
                let pair = serde_json::json!({
                    "src": en.segments.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(),
                    "tgt": texts(l),
                    "truth": [],
                });
                (l.code().to_owned(), pair)
            })
            .collect();
        corpus.push_str(&serde_json::Value::Object(pairs).to_string());
        corpus.push('\n');
    }
    let mb = bytes as f64 / 1e6;
    let n = paths.len() as f64;
    println!(
        "{} folders, {mb:.2} MB of renderings ({})",
        paths.len(),
        list_path.display()
    );

    let bin = env!("CARGO_BIN_EXE_sixfold");
    let mut cli = Vec::new();
    for jobs in [1, 2] {
        let start = Instant::now();
        let status = Command::new(bin)
            .args(["align", "--quiet", "--jobs", &jobs.to_string(), "--from"])
            .arg(&list_path)
            .stdout(Stdio::null())
            .status()
            .expect("the sixfold binary runs");
        let secs = start.elapsed().as_secs_f64();
        assert!(
            status.code().is_some_and(|c| c <= 2),
            "sixfold failed: {status}"
        );
        println!(
            "sixfold align --from, {jobs} job(s): {secs:.3} s, {:.1} docs/s, {:.1} MB/s (read + segment + align 6-way + JSON)",
            n / secs,
            mb / secs
        );
        cli.push(secs);
    }

    let corpus_path = target.join("corpus-bench-pairs.jsonl");
    std::fs::write(&corpus_path, corpus).expect("the pair corpus can be written");
    let script =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../translations/benches/galechurch_compare.py");
    match Command::new("python3")
        .arg(&script)
        .arg(&corpus_path)
        .output()
    {
        Ok(out) if out.status.success() => {
            let v: serde_json::Value =
                serde_json::from_slice(&out.stdout).expect("the comparison prints JSON");
            let secs = |k: &str| v[k].as_f64().unwrap_or(f64::NAN);
            println!(
                "galechurch {} on the same en–X paragraph pairs, pre-segmented:",
                v["version"].as_str().unwrap_or("?")
            );
            for (name, key, ours) in [
                ("align() loop, 1 core", "loop_1core", cli[0]),
                ("align_many, 1 core", "many_1core", cli[0]),
                ("align_many, all cores", "many_all", cli[1]),
            ] {
                println!(
                    "  {name}: {:.3} s, {:.1} docs/s, {:.1} MB/s — sixfold end to end is {:.1}× as fast",
                    secs(key),
                    n / secs(key),
                    mb / secs(key),
                    secs(key) / ours
                );
            }
        }
        Ok(out) => eprintln!(
            "galechurch comparison skipped: {}",
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .last()
                .unwrap_or("")
        ),
        Err(e) => eprintln!("galechurch comparison skipped: cannot run python3: {e}"),
    }
}
