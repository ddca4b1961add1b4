//! Speed and accuracy benchmark of the joint aligner on a generated corpus, side by side
//! with the Python package `galechurch` aligning the same English–X paragraph pairs.
//!
//! Run with `cargo bench -p sixfold-translations --bench align_speed` (optionally
//! `-- --docs N --seed N`). The corpus is the bundled renderings with seeded drops, merges
//! and splits (two per non-pivot language per document); it is also written as JSON Lines
//! to `target/align-bench-corpus.jsonl`, which `galechurch_compare.py` reads when
//! `python3 -c "import galechurch"` works.

#![allow(clippy::print_stdout, clippy::print_stderr)] // A benchmark reports on the terminal.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use rayon::prelude::*;
use sixfold_core::Lang;
use sixfold_translations::align::damage::{self, Scores, Tracked, pair_links, scores};
use sixfold_translations::align::{AlignOptions, LengthModel, align};
use sixfold_translations::{Alignment, DocumentSet};

#[allow(clippy::too_many_lines)] // A linear script: generate, time, compare, print.
fn main() {
    let mut docs = 1000usize;
    let mut seed = 7u64;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--docs" => docs = it.next().and_then(|v| v.parse().ok()).unwrap_or(docs),
            "--seed" => seed = it.next().and_then(|v| v.parse().ok()).unwrap_or(seed),
            _ => {} // `cargo bench` passes `--bench`; other flags are not ours.
        }
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let set = DocumentSet::load_dir(&manifest.join("../../translations/A-RES-51-60"))
        .expect("the bundled document loads");
    let base = Tracked::parallel(&set.docs).expect("the bundled renderings are parallel");
    let corpus = damage::bench_corpus(&base, docs, seed);
    let others: Vec<Lang> = Lang::ALL.into_iter().filter(|&l| l != Lang::En).collect();
    let bytes: usize = corpus
        .iter()
        .flat_map(|t| t.docs.values())
        .flat_map(|d| &d.segments)
        .map(|s| s.text.len())
        .sum();
    let mb = bytes as f64 / 1e6;
    let opts = AlignOptions::default();

    let start = Instant::now();
    let single: Vec<Alignment> = corpus.iter().map(|t| align(&t.docs, &opts)).collect();
    let t_single = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let multi: Vec<Alignment> = corpus.par_iter().map(|t| align(&t.docs, &opts)).collect();
    let t_multi = start.elapsed().as_secs_f64();
    assert_eq!(single, multi, "parallel and sequential runs agree");

    // Accuracy: pairwise links with labels, and with every label removed.
    let mut with_labels: BTreeMap<Lang, Scores> = BTreeMap::new();
    let mut without: BTreeMap<Lang, Scores> = BTreeMap::new();
    for (t, al) in corpus.iter().zip(&single) {
        let mut unlabelled = t.clone();
        unlabelled.strip_labels();
        let al_bare = align(&unlabelled.docs, &opts);
        for &l in &others {
            let truth = t.truth(Lang::En, l);
            with_labels
                .entry(l)
                .or_default()
                .add(scores(&truth, &pair_links(&t.docs, al, l)));
            without
                .entry(l)
                .or_default()
                .add(scores(&truth, &pair_links(&unlabelled.docs, &al_bare, l)));
        }
    }

    let threads = rayon::current_num_threads();
    println!("corpus: {docs} six-language documents, {mb:.2} MB of text, seed {seed}");
    println!("sixfold joint six-way alignment (5 pairs per document):");
    println!(
        "  1 core : {:>9.0} documents/s {:>7.2} MB/s {:>9.0} pairs/s",
        docs as f64 / t_single,
        mb / t_single,
        5.0 * docs as f64 / t_single
    );
    println!(
        "  {threads} cores: {:>9.0} documents/s {:>7.2} MB/s {:>9.0} pairs/s",
        docs as f64 / t_multi,
        mb / t_multi,
        5.0 * docs as f64 / t_multi
    );

    let corpus_path = manifest.join("../../target/align-bench-corpus.jsonl");
    write_corpus(&corpus_path, &corpus, &others);
    let script = manifest.join("benches/galechurch_compare.py");
    let ratios: serde_json::Map<String, serde_json::Value> = others
        .iter()
        // galechurch's `mean_xy` acts as source characters per target character: with 0.294
        // for Chinese it returns no beads at all, with 1 / 0.294 it aligns.
        .map(|&l| {
            (
                l.code().to_owned(),
                serde_json::json!(1.0 / LengthModel::for_pair(Lang::En, l).ratio),
            )
        })
        .collect();
    let gc = Command::new("python3")
        .arg(&script)
        .arg(&corpus_path)
        .arg(serde_json::Value::Object(ratios).to_string())
        .output();
    let gc: Option<serde_json::Value> = match gc {
        Ok(out) if out.status.success() => serde_json::from_slice(&out.stdout).ok(),
        Ok(out) => {
            eprintln!(
                "galechurch comparison skipped: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            );
            None
        }
        Err(e) => {
            eprintln!("galechurch comparison skipped: cannot run python3: {e}");
            None
        }
    };
    if let Some(gc) = &gc {
        println!(
            "galechurch {} (PyPI) on the same en–X paragraph pairs:",
            gc["version"].as_str().unwrap_or("?")
        );
        for (key, name) in [
            ("loop_1core", "align() loop, 1 core"),
            ("many_1core", "align_many, 1 core"),
            ("many_all", "align_many, all cores"),
        ] {
            let secs = gc[key].as_f64().unwrap_or(f64::NAN);
            println!(
                "  {name:<22}: {:>9.0} documents/s (5 pairs each) {:>7.2} MB/s {:>9.0} pairs/s",
                docs as f64 / secs,
                mb / secs,
                5.0 * docs as f64 / secs
            );
        }
    }
    println!("link F1 on the damaged documents (pivot en):");
    println!(
        "  {:<4} {:>16} {:>16} {:>12} {:>12}",
        "lang", "sixfold+labels", "sixfold no lbl", "gc defaults", "gc calibr."
    );
    let mut tot = (Scores::default(), Scores::default());
    for &l in &others {
        let a = with_labels.get(&l).copied().unwrap_or_default();
        let b = without.get(&l).copied().unwrap_or_default();
        tot.0.add(a);
        tot.1.add(b);
        println!(
            "  {:<4} {:>16.4} {:>16.4} {:>12} {:>12}",
            l.code(),
            a.f1(),
            b.f1(),
            gc_f1(gc.as_ref(), "f1", l.code()),
            gc_f1(gc.as_ref(), "f1_calibrated", l.code())
        );
    }
    println!(
        "  {:<4} {:>16.4} {:>16.4} {:>12} {:>12}",
        "all",
        tot.0.f1(),
        tot.1.f1(),
        gc_f1(gc.as_ref(), "f1", "all"),
        gc_f1(gc.as_ref(), "f1_calibrated", "all")
    );
}

fn gc_f1(gc: Option<&serde_json::Value>, key: &str, lang: &str) -> String {
    gc.and_then(|g| g[key][lang].as_f64())
        .map_or_else(|| "-".to_owned(), |f| format!("{f:.4}"))
}

/// One line per document: for each non-pivot language, the English and X paragraph texts
/// and the true links.
fn write_corpus(path: &Path, corpus: &[Tracked], others: &[Lang]) {
    let mut out = String::new();
    for t in corpus {
        let texts = |l: Lang| -> Vec<&str> {
            t.docs
                .get(&l)
                .map(|d| d.segments.iter().map(|s| s.text.as_str()).collect())
                .unwrap_or_default()
        };
        let pairs: serde_json::Map<String, serde_json::Value> = others
            .iter()
            .map(|&l| {
                let v = serde_json::json!({
                    "src": texts(Lang::En),
                    "tgt": texts(l),
                    "truth": t.truth(Lang::En, l).into_iter().map(|(i, j)| [i, j]).collect::<Vec<_>>(),
                });
                (l.code().to_owned(), v)
            })
            .collect();
        let _ = writeln!(out, "{}", serde_json::Value::Object(pairs));
    }
    if let Err(e) = std::fs::write(path, out) {
        eprintln!("cannot write {}: {e}", path.display());
    }
}
