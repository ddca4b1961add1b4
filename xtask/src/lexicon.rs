//! `cargo xtask lexicon`: trains the aligner's translation table on parallel text
//! (`train`) and checks a table file (`check`).
//!
//! The built-in table, `crates/translations/data/lexicon.txt`, is what `train` writes by
//! default; the binaries embed it when they are built, so retraining on one's own corpus is
//! `cargo xtask lexicon train …` followed by a rebuild. Two kinds of input:
//!
//! - `--lines LANG=FILE` (repeated, one of them English): line-aligned sentence files, line
//!   *n* of each file a translation of line *n* of the English one, as the UN Parallel
//!   Corpus and most sentence-aligned corpora are distributed;
//! - `--folders DIR`: document folders as `shared/realdocs/unv1_folders.py build` writes
//!   them (`DIR/dNNNN/gold.json`), the gold 1–1 links taken as sentence pairs; `--half even`
//!   or `odd` keeps the folders with an even or odd number, so that the other half stays
//!   unseen for evaluation.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use sixfold_core::Lang;
use sixfold_translations::align::lexical::{Lexicon, TrainOptions, train};

const USAGE: &str = "usage: cargo xtask lexicon train [--out FILE] [--note TEXT]... [--lines LANG=FILE]... [--folders DIR [--half even|odd|all]] [--min-count N] [--min-dice X] [--per-token N] [--max-share X]\n       cargo xtask lexicon check FILE";

pub(crate) fn run(args: &[String]) -> anyhow::Result<ExitCode> {
    match args.first().map(String::as_str) {
        Some("train") => train_cmd(args.get(1..).unwrap_or_default()),
        Some("check") => {
            let [_, file] = args else {
                bail!("check needs one file\n{USAGE}");
            };
            let lex = read(Path::new(file))?;
            for t in &lex.pairs {
                println!("{} {}: {} entries", t.a, t.b, t.entries.len());
            }
            Ok(ExitCode::SUCCESS)
        }
        _ => bail!("{USAGE}"),
    }
}

/// Reads and parses a table file; errors name the file and line.
pub(crate) fn read(path: &Path) -> anyhow::Result<Lexicon> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(Lexicon::parse(&text, &path.display().to_string())?)
}

fn train_cmd(args: &[String]) -> anyhow::Result<ExitCode> {
    let mut out = crate::repo_root().join("crates/translations/data/lexicon.txt");
    let mut lines: BTreeMap<Lang, PathBuf> = BTreeMap::new();
    let mut folders: Option<PathBuf> = None;
    let mut half = "all".to_owned();
    let mut opts = TrainOptions::default();
    let mut notes: Vec<String> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| -> anyhow::Result<String> {
            it.next()
                .cloned()
                .with_context(|| format!("{name} needs a value\n{USAGE}"))
        };
        match a.as_str() {
            "--out" => out = PathBuf::from(value("--out")?),
            "--note" => notes.push(value("--note")?),
            "--lines" => {
                let v = value("--lines")?;
                let (l, f) = v
                    .split_once('=')
                    .with_context(|| format!("--lines expects LANG=FILE, found `{v}`"))?;
                let lang: Lang = l
                    .parse()
                    .ok()
                    .with_context(|| format!("`{l}` is not a language code"))?;
                lines.insert(lang, PathBuf::from(f));
            }
            "--folders" => folders = Some(PathBuf::from(value("--folders")?)),
            "--half" => {
                half = value("--half")?;
                if !matches!(half.as_str(), "even" | "odd" | "all") {
                    bail!("--half expects even, odd or all, found `{half}`");
                }
            }
            "--min-count" => opts.min_count = value("--min-count")?.parse()?,
            "--min-dice" => opts.min_dice = value("--min-dice")?.parse()?,
            "--per-token" => opts.per_token = value("--per-token")?.parse()?,
            "--max-share" => opts.max_share = value("--max-share")?.parse()?,
            other => bail!("unknown argument `{other}`\n{USAGE}"),
        }
    }
    let mut pairs: BTreeMap<Lang, Vec<(String, String)>> = BTreeMap::new();
    let mut sources = Vec::new();
    if !lines.is_empty() {
        sources.push(read_line_files(&lines, &mut pairs)?);
    }
    if let Some(dir) = &folders {
        let n = read_folders(dir, &half, &mut pairs)?;
        sources.push(format!(
            "{n} document folders (half: {half}) built by unv1_folders.py in {}",
            file_name(dir)
        ));
    }
    if pairs.is_empty() {
        bail!("nothing to train on: give --lines en=FILE LANG=FILE… or --folders DIR\n{USAGE}");
    }
    let mut lex = Lexicon {
        comments: vec![
            "Translation table of the sixfold aligner (crates/translations/src/align/lexical.rs)."
                .to_owned(),
            "Written by `cargo xtask lexicon train`; retrain with the same command.".to_owned(),
            format!("Trained on: {}.", sources.join("; ")),
            format!("Command: cargo xtask lexicon train {}", command_line(args)),
            format!(
                "Dice of sentence co-occurrence; min count {}, min Dice {}, {} partners per token, tokens in more than {} of the sentences left out.",
                opts.min_count, opts.min_dice, opts.per_token, opts.max_share
            ),
        ],
        pairs: Vec::new(),
    };
    lex.comments.extend(notes);
    for (&lang, p) in &pairs {
        let table = train(Lang::En, lang, p, &opts);
        lex.comments.push(format!(
            "en {lang}: {} sentence pairs, {} entries.",
            p.len(),
            table.entries.len()
        ));
        lex.pairs.push(table);
    }
    let text = lex.write();
    // Temp file and rename: a failed write never leaves half a table behind.
    let tmp = out.with_extension("txt.tmp");
    std::fs::write(&tmp, &text).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, &out).with_context(|| format!("cannot write {}", out.display()))?;
    for c in lex.comments.iter().filter(|c| c.starts_with("en ")) {
        println!("{c}");
    }
    println!("wrote {}", out.display());
    Ok(ExitCode::SUCCESS)
}

/// Adds the sentence pairs of line-aligned files (one of them English) to `pairs`; returns
/// how the provenance line names them.
fn read_line_files(
    lines: &BTreeMap<Lang, PathBuf>,
    pairs: &mut BTreeMap<Lang, Vec<(String, String)>>,
) -> anyhow::Result<String> {
    let en = lines
        .get(&Lang::En)
        .context("--lines needs an English file (en=FILE): the table is English–X")?;
    let en_lines = read_lines(en)?;
    for (&lang, path) in lines.iter().filter(|(l, _)| **l != Lang::En) {
        let other = read_lines(path)?;
        if other.len() != en_lines.len() {
            bail!(
                "{} has {} lines and {} has {}: line-aligned files must have as many lines",
                path.display(),
                other.len(),
                en.display(),
                en_lines.len()
            );
        }
        let v = pairs.entry(lang).or_default();
        v.extend(
            en_lines
                .iter()
                .zip(other)
                .filter(|(a, b)| !a.trim().is_empty() && !b.trim().is_empty())
                .map(|(a, b)| (a.clone(), b)),
        );
    }
    Ok(format!(
        "line-aligned files {}",
        lines
            .iter()
            .map(|(l, p)| format!("{l}={}", file_name(p)))
            .collect::<Vec<_>>()
            .join(" ")
    ))
}

/// The arguments as the provenance line repeats them: without the notes, which follow it.
fn command_line(args: &[String]) -> String {
    let mut out = Vec::new();
    let mut skip = false;
    for a in args {
        if std::mem::take(&mut skip) {
            continue;
        }
        if a == "--note" {
            skip = true;
            continue;
        }
        out.push(a.as_str());
    }
    out.join(" ")
}

fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn read_lines(path: &Path) -> anyhow::Result<Vec<String>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(text.lines().map(str::to_owned).collect())
}

/// Adds the gold 1–1 sentence pairs of the document folders under `dir` (of the chosen
/// half) to `pairs`; returns how many folders were read.
fn read_folders(
    dir: &Path,
    half: &str,
    pairs: &mut BTreeMap<Lang, Vec<(String, String)>>,
) -> anyhow::Result<usize> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot list {}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('d'))
        .collect();
    names.sort();
    let mut used = 0;
    for name in names {
        let Ok(k) = name[1..].parse::<usize>() else {
            continue;
        };
        if (half == "even" && k % 2 == 1) || (half == "odd" && k % 2 == 0) {
            continue;
        }
        let path = dir.join(&name).join("gold.json");
        let gold = crate::corpus::Gold::read(&path)?;
        used += 1;
        let Some(en) = gold.blocks.get(&Lang::En) else {
            continue;
        };
        for (&lang, links) in &gold.links {
            let Some(other) = gold.blocks.get(&lang) else {
                continue;
            };
            let count = |f: &dyn Fn(&(usize, usize)) -> usize, x: usize| {
                links.iter().filter(|l| f(l) == x).count()
            };
            for &(i, j) in links {
                if count(&|l| l.0, i) == 1 && count(&|l| l.1, j) == 1 {
                    if let (Some(a), Some(b)) = (en.get(i), other.get(j)) {
                        pairs.entry(lang).or_default().push((a.clone(), b.clone()));
                    }
                }
            }
        }
    }
    Ok(used)
}
