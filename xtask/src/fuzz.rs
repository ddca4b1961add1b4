//! `cargo xtask fuzz`: builds the libFuzzer targets of `fuzz/` with coverage
//! instrumentation and runs each for a given time, starting from the committed corpus.
//!
//! Works on the stable toolchain: coverage comes from LLVM's `sancov-module` pass (what
//! `cargo fuzz` passes too, minus the address sanitizer, which needs nightly and finds
//! little in safe Rust). New inputs go to `fuzz/target/corpus/<target>/`; `--merge`
//! minimises them into the committed `fuzz/corpus/<target>/`, which
//! `cargo test -p sixfold-props` replays. A crash is saved under `fuzz/artifacts/<target>/`
//! and fails the task.

use std::path::Path;
use std::process::{Command, ExitCode};

use anyhow::{Context as _, bail};

const USAGE: &str = "usage: cargo xtask fuzz [--time SECONDS] [--merge] [TARGET...]";

/// The targets, as named in `fuzz/Cargo.toml` (and `sixfold_props::TARGETS`).
const TARGETS: [&str; 6] = [
    "symbol",
    "reader",
    "document_toml",
    "export",
    "review",
    "lexicon",
];

/// Coverage instrumentation for libFuzzer, as `cargo fuzz` sets it.
const RUSTFLAGS: &str = "-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
    -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
    -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks";

pub(crate) fn run(args: &[String]) -> anyhow::Result<ExitCode> {
    let mut seconds = 60u64;
    let mut merge = false;
    let mut targets = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--time" => {
                seconds = it
                    .next()
                    .and_then(|s| s.parse().ok())
                    .context("--time needs a number of seconds")?;
            }
            "--merge" => merge = true,
            name if TARGETS.contains(&name) => targets.push(name),
            other => bail!("unknown argument `{other}`: expected a target of {TARGETS:?}\n{USAGE}"),
        }
    }
    if targets.is_empty() {
        targets.extend(TARGETS);
    }
    let fuzz = crate::repo_root().join("fuzz");
    // An explicit target keeps the instrumentation out of build scripts and proc macros,
    // which are linked without libFuzzer's runtime.
    let host = host_triple()?;
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "--bins", "--target", &host])
        .current_dir(&fuzz)
        .env("RUSTFLAGS", RUSTFLAGS)
        .status()
        .context("running cargo build in fuzz/")?;
    if !status.success() {
        bail!("building the fuzz targets failed");
    }
    println!("| target | executions | seconds | crashes |\n|---|---|---|---|");
    let mut any_crash = false;
    for target in targets {
        let binary = fuzz.join("target").join(&host).join("release").join(target);
        let (runs, crashes) = run_target(&fuzz, &binary, target, seconds, merge)?;
        any_crash |= crashes > 0;
        println!("| {target} | {runs} | {seconds} | {crashes} |");
    }
    Ok(if any_crash {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Runs one target; returns the executions libFuzzer reports and the crashes saved.
fn run_target(
    fuzz: &Path,
    binary: &Path,
    target: &str,
    seconds: u64,
    merge: bool,
) -> anyhow::Result<(u64, usize)> {
    let committed = fuzz.join("corpus").join(target);
    let work = fuzz.join("target/corpus").join(target);
    let artifacts = fuzz.join("artifacts").join(target);
    for dir in [&work, &artifacts] {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let before = count(&artifacts);
    let output = Command::new(binary)
        .arg(format!("-max_total_time={seconds}"))
        .arg(format!("-artifact_prefix={}/", artifacts.display()))
        .arg("-print_final_stats=1")
        .arg(&work)
        .arg(&committed)
        .output()
        .with_context(|| format!("running {}", binary.display()))?;
    let log = String::from_utf8_lossy(&output.stderr);
    let runs = log
        .lines()
        .find_map(|l| l.strip_prefix("stat::number_of_executed_units:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    let crashes = count(&artifacts) - before;
    if !output.status.success() && crashes == 0 {
        bail!("{target} stopped without saving a crash:\n{log}");
    }
    if merge {
        let merged = fuzz.join("target/merged").join(target);
        let _ = std::fs::remove_dir_all(&merged);
        std::fs::create_dir_all(&merged)?;
        let status = Command::new(binary)
            .arg("-merge=1")
            .arg(&merged)
            .arg(&committed)
            .arg(&work)
            .output()
            .with_context(|| format!("merging the {target} corpus"))?;
        if !status.status.success() {
            bail!("merging the {target} corpus failed");
        }
        std::fs::remove_dir_all(&committed)?;
        std::fs::rename(&merged, &committed)?;
    }
    Ok((runs, crashes))
}

fn count(dir: &Path) -> usize {
    std::fs::read_dir(dir).map_or(0, Iterator::count)
}

/// The host's target triple, from `rustc -vV`.
fn host_triple() -> anyhow::Result<String> {
    let out = Command::new("rustc")
        .arg("-vV")
        .output()
        .context("running rustc -vV")?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .map(str::to_owned)
        .context("rustc -vV names no host")
}
