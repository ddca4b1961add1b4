//! Repository automation, reached as `cargo xtask`: a small dispatcher, one module per task.

// The xtask reports to the person or CI job that ran it; printing is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::PathBuf;
use std::process::ExitCode;

mod corpus;
mod estimate_costs;
mod eval_align;
mod eval_corpus;
mod exports;
mod fuzz;
mod fuzz_rustc;
mod lexicon;
mod tables;

const USAGE: &str = "usage: cargo xtask <task>\n\ntasks:\n  exports [--check]   regenerate (or check) the committed exports under snapshots/\n  eval-align [--seed N] [--trials N] [--ops N]   aligner precision/recall/F1 on seeded damage\n  eval-align --corpus DIR [--builder FILE] [--seed N]   link F1 on the UN Parallel Corpus dev data beside galechurch\n  fuzz [--time SECONDS] [--jobs N] [--merge] [--instrument libs|repo-nocmp|repo|all] [TARGET...]   run the fuzz targets from the committed corpus, tallied in fuzz/tally.tsv\n  fuzz --tally   cumulative executions per fuzz target\n  lexicon train|check ...   train (or check) the aligner's translation table\n  tables [--check]   regenerate (or check) the parsing tables rendered from the Fluent resources (crates/l10n/src/parse_tables.rs)\n  estimate-costs --corpus DIR [--check] [--out FILE]   bead priors (-ln p per bead type and language pair) counted on real parallel text";

fn main() -> ExitCode {
    // Cargo runs this binary as the fuzz build's rustc wrapper (see `fuzz_rustc`).
    if let Some(mode) = std::env::var_os(fuzz_rustc::ENV) {
        let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
        return fuzz_rustc::run(&mode.to_string_lossy(), &args);
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or_default();
    let result = match args.first().map(String::as_str) {
        Some("exports") => exports::run(rest),
        Some("eval-align") => eval_align::run(rest),
        Some("estimate-costs") => estimate_costs::run(rest),
        Some("fuzz") => fuzz::run(rest),
        Some("lexicon") => lexicon::run(rest),
        Some("tables") => tables::run(rest),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// The repository root: the xtask crate sits one level below it.
pub(crate) fn repo_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map_or(manifest.clone(), PathBuf::from)
}
