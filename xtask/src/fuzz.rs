//! `cargo xtask fuzz`: builds the libFuzzer targets of `fuzz/` with coverage
//! instrumentation and runs each for a given time, starting from the committed corpus.
//!
//! Works on the stable toolchain: coverage comes from LLVM's `sancov-module` pass (what
//! `cargo fuzz` passes too, minus the address sanitizer, which needs nightly and finds
//! little in safe Rust), added by a rustc wrapper to this repository's crates only and
//! without integer comparison tracing unless `--instrument` says otherwise
//! ([`crate::fuzz_rustc`]). New inputs go to `fuzz/target/corpus/<target>/`; `--merge`
//! minimises them into the committed `fuzz/corpus/<target>/`, which
//! `cargo test -p sixfold-props` replays. A crash is saved under `fuzz/artifacts/<target>/`
//! and fails the task.
//!
//! Every run of a target appends one line to the committed `fuzz/tally.tsv` (date, commit
//! fuzzed, seconds, executions, crashes), so the cumulative executions per target are
//! sums of what runs reported, not figures copied by hand; `--tally` prints them.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Instant, SystemTime};

use anyhow::{Context as _, bail};

use crate::fuzz_rustc::{self, Instrument};

const USAGE: &str = "usage: cargo xtask fuzz [--time SECONDS] [--jobs N] [--merge] [--no-tally] [--instrument libs|repo-nocmp|repo|all] [TARGET...]\n       cargo xtask fuzz --tally";

/// A fuzz target as named in `fuzz/Cargo.toml` (and `sixfold_props::TARGETS`), with the
/// largest input the fuzzer may make for it.
struct Target {
    name: &'static str,
    /// libFuzzer's `-max_len`. Each is a few times the largest meaningful input the
    /// target has in its corpus: the cost of an execution grows with the input, and
    /// libFuzzer's default (the largest corpus file, grown further by `-len_control`) let
    /// the reader and export targets spend seconds on single inputs.
    max_len: usize,
}

/// Every target, in the order the task runs them.
const TARGETS: [Target; 10] = [
    Target {
        name: "symbol",
        max_len: 512,
    },
    // The Word seed is 9.7 kB, and a cut zip is no zip. A cap of 4 kB (with the 3.4 kB
    // seed `seed-docx-fr-small`) was no faster in a 90 s run side by side (95 against 92
    // executions/s) and reached less (coverage 7,004 against 7,366): libFuzzer grows its
    // inputs slowly from the corpus's, so the cap is not what an execution costs.
    Target {
        name: "reader",
        max_len: 12_000,
    },
    Target {
        name: "document_toml",
        max_len: 4_096,
    },
    // Two to six renderings. An execution reads, aligns, checks and writes every format
    // (about 30 ms for 4.7 kB with coverage instrumentation), so inputs stay short: the
    // properties are about structure, which short renderings have too.
    Target {
        name: "export",
        max_len: 4_096,
    },
    Target {
        name: "review",
        max_len: 4_096,
    },
    Target {
        name: "lexicon",
        max_len: 4_096,
    },
    Target {
        name: "ids",
        max_len: 256,
    },
    // The `export` target's alignment properties without the writers, on short texts:
    // reading and aligning cost grows with the text, the properties do not need long ones.
    Target {
        name: "align",
        max_len: 1_024,
    },
    // An aligned document built from the bytes (no reading or aligning): a kilobyte is
    // some forty segments, rows, reasons and findings.
    Target {
        name: "writers",
        max_len: 1_024,
    },
    // A cache file is a line per bead; a few dozen beads say all there is to say.
    Target {
        name: "cache",
        max_len: 2_048,
    },
];

/// Seconds after which libFuzzer reports one input as a timeout (a crash). Long enough
/// for the slowest input on a machine where the run only gets idle CPU (`nice`).
const UNIT_TIMEOUT: u64 = 120;

/// The header of `fuzz/tally.tsv`; each later line is one run of one target.
const TALLY_HEADER: &str = "# one line per run of a fuzz target, appended by `cargo xtask fuzz` (not edited by hand)\n\
    date\tcommit\ttarget\tseconds\texecutions\texec_per_s\tnew_inputs\tcrashes\n";

struct Options {
    seconds: u64,
    jobs: usize,
    merge: bool,
    tally: bool,
    instrument: Instrument,
    targets: Vec<&'static Target>,
}

/// What one run of one target reported.
#[derive(Debug, Default, Clone, PartialEq)]
struct RunStats {
    executions: u64,
    exec_per_s: u64,
    new_inputs: u64,
    crashes: usize,
    seconds: u64,
    /// CPU seconds (user + system) the fuzzer used, where `/proc` tells; on a shared
    /// machine a niced run gets a fraction of a core, so this, not the wall time, says
    /// what an execution costs.
    cpu_seconds: Option<f64>,
}

pub(crate) fn run(args: &[String]) -> anyhow::Result<ExitCode> {
    let fuzz = crate::repo_root().join("fuzz");
    if args.iter().any(|a| a == "--tally") {
        print!("{}", cumulative_table(&read_tally(&fuzz)?));
        return Ok(ExitCode::SUCCESS);
    }
    let options = parse_args(args)?;
    let target_dir = build(&fuzz, options.instrument)?;
    let host = host_triple()?;
    let commit = fuzzed_commit()?;
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(&str, RunStats)>> = Mutex::new(Vec::new());
    let failures: Mutex<Vec<anyhow::Error>> = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..options.jobs.min(options.targets.len()).max(1) {
            scope.spawn(|| {
                while let Some(target) = options.targets.get(next.fetch_add(1, Ordering::SeqCst)) {
                    let binary = target_dir.join(&host).join("release").join(target.name);
                    let outcome =
                        run_target(&fuzz, &binary, target, options.seconds, options.merge)
                            .and_then(|run| {
                                if options.tally {
                                    append_tally(&fuzz, &commit, target.name, &run)?;
                                }
                                Ok(run)
                            });
                    match outcome {
                        Ok(stats) => {
                            eprintln!(
                                "{}: {} executions in {} s, {} crashes",
                                target.name, stats.executions, stats.seconds, stats.crashes
                            );
                            results
                                .lock()
                                .expect("no thread panics holding it")
                                .push((target.name, stats));
                        }
                        Err(e) => failures
                            .lock()
                            .expect("no thread panics holding it")
                            .push(e),
                    }
                }
            });
        }
    });
    let mut results = results.into_inner().expect("no thread panicked");
    results.sort_by_key(|(name, _)| TARGETS.iter().position(|t| t.name == *name));
    let tally = read_tally(&fuzz)?;
    print_results(&results, &tally);
    let failures = failures.into_inner().expect("no thread panicked");
    if let Some(first) = failures.into_iter().next() {
        return Err(first);
    }
    Ok(if results.iter().any(|(_, s)| s.crashes > 0) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The file in a build folder naming the wrapper mode its crates of this repository were
/// compiled in.
const MODE_FILE: &str = "sixfold-instrument";

/// Builds the fuzz targets in `mode`; returns the build folder. Each mode builds in its own
/// folder (the default in `fuzz/target`, the others in `fuzz/target/instrument-<mode>`), so
/// comparing them rebuilds nothing. Cargo cannot tell which crates the wrapper
/// instrumented, so a folder records its mode, and when it last held another one (a
/// folder from before the mode was recorded counts as another) this repository's crates
/// are cleaned there first, and only they are rebuilt.
fn build(fuzz: &Path, mode: Instrument) -> anyhow::Result<PathBuf> {
    // An explicit target keeps the instrumentation out of build scripts and proc macros,
    // which are linked without libFuzzer's runtime.
    let host = host_triple()?;
    let target_dir = if mode == Instrument::DEFAULT {
        fuzz.join("target")
    } else {
        fuzz.join("target")
            .join(format!("instrument-{}", mode.name()))
    };
    let cargo = |subcommand: &[&str]| {
        let mut command = Command::new(env!("CARGO"));
        command
            .args(subcommand)
            .args(["--release", "--target", &host])
            .current_dir(fuzz)
            .env("CARGO_TARGET_DIR", &target_dir)
            .env("RUSTFLAGS", fuzz_rustc::rustflags(mode));
        command
    };
    let mode_file = target_dir.join(MODE_FILE);
    let recorded = std::fs::read_to_string(&mode_file).ok();
    if mode.wrapped()
        && recorded.as_deref().map(str::trim) != Some(mode.name())
        && target_dir.join(&host).join("release").exists()
    {
        let mut clean = cargo(&["clean"]);
        for package in repo_packages(fuzz)? {
            clean.args(["-p", &package]);
        }
        let status = clean.status().context("running cargo clean in fuzz/")?;
        if !status.success() {
            bail!(
                "cleaning this repository's crates in {} failed",
                target_dir.display()
            );
        }
    }
    let mut build = cargo(&["build", "--bins"]);
    if mode.wrapped() {
        let me = std::env::current_exe().context("finding the xtask binary")?;
        build
            .env("RUSTC_WRAPPER", me)
            .env(fuzz_rustc::ENV, mode.name());
    }
    let build_status = build.status().context("running cargo build in fuzz/")?;
    if !build_status.success() {
        bail!("building the fuzz targets failed");
    }
    std::fs::write(&mode_file, mode.name())
        .with_context(|| format!("writing {}", mode_file.display()))?;
    Ok(target_dir)
}

/// The packages of the fuzz build whose source is in this repository (`cargo tree` names
/// them with their folder), which the wrapper may instrument.
fn repo_packages(fuzz: &Path) -> anyhow::Result<Vec<String>> {
    let out = Command::new(env!("CARGO"))
        .args(["tree", "--prefix", "none", "--edges", "normal", "--offline"])
        .current_dir(fuzz)
        .output()
        .context("running cargo tree in fuzz/")?;
    if !out.status.success() {
        bail!(
            "cargo tree in fuzz/ failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let root = crate::repo_root().canonicalize().unwrap_or_default();
    Ok(packages_under(&String::from_utf8_lossy(&out.stdout), &root))
}

/// The names of `cargo tree --prefix none` lines whose package folder is under `root`.
fn packages_under(tree: &str, root: &Path) -> Vec<String> {
    let mut names: Vec<String> = tree
        .lines()
        .filter_map(|line| {
            let (name, rest) = line.split_once(' ')?;
            let folder = rest.split_once('(')?.1.split_once(')')?.0;
            Path::new(folder).starts_with(root).then(|| name.to_owned())
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The table of this run's results, with each target's cumulative executions.
fn print_results(results: &[(&str, RunStats)], tally: &[TallyLine]) {
    println!(
        "| target | executions | exec/s | CPU s | exec per CPU s | new inputs | crashes | cumulative executions |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for (name, stats) in results {
        let total: u64 = tally
            .iter()
            .filter(|l| l.target == *name)
            .map(|l| l.executions)
            .sum();
        let (cpu, per_cpu) = stats
            .cpu_seconds
            .map_or((String::new(), String::new()), |c| {
                (
                    format!("{c:.0}"),
                    format!("{:.0}", stats.executions as f64 / c.max(0.01)),
                )
            });
        println!(
            "| {name} | {} | {} | {cpu} | {per_cpu} | {} | {} | {total} |",
            stats.executions, stats.exec_per_s, stats.new_inputs, stats.crashes
        );
    }
}

fn parse_args(args: &[String]) -> anyhow::Result<Options> {
    let mut options = Options {
        seconds: 60,
        jobs: 1,
        merge: false,
        tally: true,
        instrument: Instrument::DEFAULT,
        targets: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--time" => {
                options.seconds = it
                    .next()
                    .and_then(|s| s.parse().ok())
                    .context("--time needs a number of seconds")?;
            }
            "--jobs" => {
                options.jobs = it
                    .next()
                    .and_then(|s| s.parse().ok())
                    .filter(|&n| n > 0)
                    .context("--jobs needs a number of targets to run at once")?;
            }
            "--merge" => options.merge = true,
            "--no-tally" => options.tally = false,
            "--instrument" => {
                options.instrument =
                    it.next()
                        .and_then(|s| Instrument::parse(s))
                        .with_context(|| {
                            format!("--instrument needs one of {:?}", Instrument::NAMES)
                        })?;
            }
            name => {
                let Some(target) = TARGETS.iter().find(|t| t.name == name) else {
                    let names: Vec<&str> = TARGETS.iter().map(|t| t.name).collect();
                    bail!("unknown argument `{name}`: expected a target of {names:?}\n{USAGE}");
                };
                options.targets.push(target);
            }
        }
    }
    if options.targets.is_empty() {
        options.targets.extend(TARGETS.iter());
    }
    Ok(options)
}

/// Runs one target; returns what libFuzzer reports and the crashes it saved.
fn run_target(
    fuzz: &Path,
    binary: &Path,
    target: &Target,
    seconds: u64,
    merge: bool,
) -> anyhow::Result<RunStats> {
    let committed = fuzz.join("corpus").join(target.name);
    let work = fuzz.join("target/corpus").join(target.name);
    let artifacts = fuzz.join("artifacts").join(target.name);
    for dir in [&work, &artifacts] {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let before = crashes_in(&artifacts);
    let start = Instant::now();
    // libFuzzer's log goes to a file: it can outgrow a pipe nobody reads while the
    // child's CPU time is polled below.
    let log_path = fuzz
        .join("target/logs")
        .join(format!("{}.log", target.name));
    if let Some(dir) = log_path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let log_file = std::fs::File::create(&log_path)
        .with_context(|| format!("creating {}", log_path.display()))?;
    let mut child = Command::new(binary)
        .arg(format!("-max_total_time={seconds}"))
        .arg(format!("-max_len={}", target.max_len))
        .arg(format!("-timeout={UNIT_TIMEOUT}"))
        .arg(format!("-artifact_prefix={}/", artifacts.display()))
        .arg("-print_final_stats=1")
        .arg(&work)
        .arg(&committed)
        .stdout(std::process::Stdio::null())
        .stderr(log_file)
        .spawn()
        .with_context(|| format!("running {}", binary.display()))?;
    let mut cpu_seconds = None;
    let exit = loop {
        if let Some(exit) = child.try_wait().context("waiting for the fuzzer")? {
            break exit;
        }
        cpu_seconds = process_cpu_seconds(child.id()).or(cpu_seconds);
        std::thread::sleep(std::time::Duration::from_millis(250));
    };
    let elapsed = start.elapsed();
    let log =
        std::fs::read(&log_path).with_context(|| format!("reading {}", log_path.display()))?;
    let log = String::from_utf8_lossy(&log);
    let mut stats = final_stats(&log);
    stats.seconds = elapsed.as_secs();
    stats.cpu_seconds = cpu_seconds;
    stats.crashes = crashes_in(&artifacts).saturating_sub(before);
    if stats.exec_per_s == 0 {
        // libFuzzer leaves the rate out of a run that stopped on a crash.
        stats.exec_per_s = stats.executions / elapsed.as_secs().max(1);
    }
    if !exit.success() && stats.crashes == 0 {
        bail!("{} stopped without saving a crash:\n{log}", target.name);
    }
    if merge {
        merge_corpus(
            binary,
            target.name,
            &committed,
            &work,
            &fuzz.join("target/merged"),
        )?;
    }
    Ok(stats)
}

/// Minimises the committed corpus together with the new inputs into the committed folder.
fn merge_corpus(
    binary: &Path,
    name: &str,
    committed: &Path,
    work: &Path,
    merged_root: &Path,
) -> anyhow::Result<()> {
    let merged = merged_root.join(name);
    let _ = std::fs::remove_dir_all(&merged);
    std::fs::create_dir_all(&merged)?;
    let output = Command::new(binary)
        .arg("-merge=1")
        .arg(format!("-timeout={UNIT_TIMEOUT}"))
        .arg(&merged)
        .arg(committed)
        .arg(work)
        .output()
        .with_context(|| format!("merging the {name} corpus"))?;
    if !output.status.success() {
        bail!(
            "merging the {name} corpus failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    // Seeds and regression inputs are named by hand and named in tests: a merge keeps
    // them under their names even when other inputs cover what they cover.
    for entry in std::fs::read_dir(committed)? {
        let path = entry?.path();
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if file.starts_with("seed-") || file.starts_with("regression-") {
            std::fs::copy(&path, merged.join(&file))?;
            // The merge may have kept the same bytes under their hash: one copy is enough.
            let _ = std::fs::remove_file(merged.join(sha1_name(&std::fs::read(&path)?)));
        }
    }
    std::fs::remove_dir_all(committed)?;
    std::fs::rename(&merged, committed)?;
    Ok(())
}

/// User + system CPU seconds of a running process (all its threads), from
/// `/proc/<pid>/stat`; `None` where there is no such file.
fn process_cpu_seconds(pid: u32) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    cpu_seconds_of_stat(&stat)
}

/// Fields 14 and 15 (utime, stime) of a `/proc/<pid>/stat` line, in clock ticks of
/// 1/100 s (`USER_HZ`, 100 on every Linux ABI); the command name before them is in
/// parentheses and may hold spaces.
fn cpu_seconds_of_stat(stat: &str) -> Option<f64> {
    let after_name = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks = |k: usize| fields.get(k)?.parse::<u64>().ok();
    let total = ticks(11)? + ticks(12)?;
    #[allow(
        clippy::cast_precision_loss,
        reason = "CPU ticks of one run are far below 2^52"
    )]
    Some(total as f64 / 100.0)
}

/// The numbers of libFuzzer's `-print_final_stats=1` lines.
fn final_stats(log: &str) -> RunStats {
    let stat = |key: &str| -> u64 {
        log.lines()
            .filter_map(|l| l.strip_prefix(key))
            .filter_map(|rest| rest.strip_prefix(':'))
            .find_map(|n| n.trim().parse().ok())
            .unwrap_or(0)
    };
    RunStats {
        executions: stat("stat::number_of_executed_units"),
        exec_per_s: stat("stat::average_exec_per_sec"),
        new_inputs: stat("stat::new_units_added"),
        ..RunStats::default()
    }
}

/// Crashes, timeouts, leaks and out-of-memory inputs libFuzzer saved (not its
/// `slow-unit-` reports, which are inputs that merely took long).
fn crashes_in(dir: &Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |entries| {
        entries
            .filter_map(Result::ok)
            .filter(|e| {
                let name = e.file_name();
                let name = name.to_string_lossy();
                ["crash-", "timeout-", "leak-", "oom-"]
                    .iter()
                    .any(|p| name.starts_with(p))
            })
            .count()
    })
}

/// The commit whose code is fuzzed, marked `+changes` when the libraries, targets or
/// lock file differ from it (the corpus and the tally do not count).
fn fuzzed_commit() -> anyhow::Result<String> {
    let root = crate::repo_root();
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(&root)
            .output()
            .context("running git")
    };
    let head = git(&["rev-parse", "--short=10", "HEAD"])?;
    let mut commit = String::from_utf8_lossy(&head.stdout).trim().to_owned();
    if commit.is_empty() {
        commit.push_str("unknown");
    }
    let status = git(&[
        "status",
        "--porcelain",
        "--",
        "crates",
        "fuzz/fuzz_targets",
        "fuzz/Cargo.toml",
        "Cargo.lock",
    ])?;
    if !status.stdout.is_empty() {
        commit.push_str("+changes");
    }
    Ok(commit)
}

/// One line of `fuzz/tally.tsv`.
#[derive(Debug, Clone, PartialEq)]
struct TallyLine {
    target: String,
    executions: u64,
    seconds: u64,
    crashes: u64,
    date: String,
}

fn tally_path(fuzz: &Path) -> PathBuf {
    fuzz.join("tally.tsv")
}

fn append_tally(fuzz: &Path, commit: &str, target: &str, stats: &RunStats) -> anyhow::Result<()> {
    let path = tally_path(fuzz);
    let mut line = String::new();
    if !path.exists() {
        line.push_str(TALLY_HEADER);
    }
    let _ = writeln!(
        line,
        "{}\t{commit}\t{target}\t{}\t{}\t{}\t{}\t{}",
        utc_now(),
        stats.seconds,
        stats.executions,
        stats.exec_per_s,
        stats.new_inputs,
        stats.crashes
    );
    // One write in append mode: runs of several targets at once never interleave lines.
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut f| f.write_all(line.as_bytes()))
        .with_context(|| format!("appending to {}", path.display()))
}

fn read_tally(fuzz: &Path) -> anyhow::Result<Vec<TallyLine>> {
    let path = tally_path(fuzz);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
    };
    parse_tally(&text).with_context(|| format!("reading {}", path.display()))
}

fn parse_tally(text: &str) -> anyhow::Result<Vec<TallyLine>> {
    let mut lines = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.starts_with("date\t") || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let number = |k: usize| -> anyhow::Result<u64> {
            fields
                .get(k)
                .and_then(|f| f.parse().ok())
                .with_context(|| format!("line {}: field {} is not a number", i + 1, k + 1))
        };
        if fields.len() != 8 {
            bail!(
                "line {}: expected 8 tab-separated fields, got {}",
                i + 1,
                fields.len()
            );
        }
        lines.push(TallyLine {
            date: fields[0].to_owned(),
            target: fields[2].to_owned(),
            seconds: number(3)?,
            executions: number(4)?,
            crashes: number(7)?,
        });
    }
    Ok(lines)
}

/// Cumulative executions, time and crashes per target, in the task's order.
fn cumulative_table(tally: &[TallyLine]) -> String {
    let mut out = String::from(
        "| target | runs | executions | seconds | crashes | first run | last run |\n|---|---|---|---|---|---|---|\n",
    );
    for target in &TARGETS {
        let runs: Vec<&TallyLine> = tally.iter().filter(|l| l.target == target.name).collect();
        let (Some(first), Some(last)) = (runs.first(), runs.last()) else {
            let _ = writeln!(out, "| {} | 0 | 0 | 0 | 0 | | |", target.name);
            continue;
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            target.name,
            runs.len(),
            runs.iter().map(|l| l.executions).sum::<u64>(),
            runs.iter().map(|l| l.seconds).sum::<u64>(),
            runs.iter().map(|l| l.crashes).sum::<u64>(),
            first.date,
            last.date
        );
    }
    out
}

/// The time now as `2026-11-29T06:10:00Z`.
fn utc_now() -> String {
    let secs = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    utc_date(secs)
}

/// Civil date and time of a Unix time (the proleptic Gregorian calendar).
fn utc_date(secs: u64) -> String {
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let rem = secs % 86_400;
    let (year, month, day) = sixfold_core::date::civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// The name libFuzzer gives an input in a corpus folder: its SHA-1 in hex.
fn sha1_name(data: &[u8]) -> String {
    let output = Command::new("sha1sum")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            if let Some(mut stdin) = child.stdin.take() {
                stdin.write_all(data)?;
            }
            child.wait_with_output()
        });
    output
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.split_whitespace().next().map(str::to_owned))
        .unwrap_or_default()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn final_stats_are_read_from_libfuzzers_log() {
        let log = "#1024\tpulse  cov: 10\nDone 5000 runs in 10 second(s)\n\
            stat::number_of_executed_units: 5000\nstat::average_exec_per_sec:     500\n\
            stat::new_units_added:          7\nstat::slowest_unit_time_sec:    0\n";
        let stats = final_stats(log);
        assert_eq!(
            (stats.executions, stats.exec_per_s, stats.new_inputs),
            (5000, 500, 7)
        );
        assert_eq!(final_stats("no stats here"), RunStats::default());
    }

    #[test]
    fn the_tally_sums_runs_per_target_and_refuses_damaged_lines() {
        let text = format!(
            "{TALLY_HEADER}2026-11-29T06:00:00Z\tabc\treader\t600\t1000\t1\t2\t0\n\
             2026-11-29T07:00:00Z\tdef+changes\treader\t60\t500\t8\t0\t0\n\
             2026-11-29T07:00:00Z\tdef\tsymbol\t60\t90000\t1500\t3\t0\n"
        );
        let tally = parse_tally(&text).expect("a valid tally");
        let table = cumulative_table(&tally);
        assert!(
            table.contains(
                "| reader | 2 | 1500 | 660 | 0 | 2026-11-29T06:00:00Z | 2026-11-29T07:00:00Z |"
            ),
            "{table}"
        );
        assert!(table.contains("| symbol | 1 | 90000 |"), "{table}");
        assert!(table.contains("| export | 0 | 0 |"), "{table}");
        let damaged = format!("{text}2026-11-29T08:00:00Z\tabc\treader\tsixty\t1\t1\t0\t0\n");
        let err = parse_tally(&damaged).expect_err("a word where a number goes");
        assert!(err.to_string().contains("line 6"), "{err}");
    }

    #[test]
    fn the_committed_tally_reads() {
        let fuzz = crate::repo_root().join("fuzz");
        read_tally(&fuzz).expect("fuzz/tally.tsv is as the task writes it");
    }

    #[test]
    fn cpu_time_is_read_from_proc_stat() {
        let line = "4242 (a (b) c) S 1 4242 4242 0 -1 4194304 100 0 0 0 1234 56 0 0 39 19 2 0";
        assert_eq!(cpu_seconds_of_stat(line), Some(12.9));
        assert_eq!(cpu_seconds_of_stat("4242 (cut"), None);
        let me = process_cpu_seconds(std::process::id());
        assert!(me.is_some_and(|s| s >= 0.0), "{me:?}");
    }

    /// The packages a mode change cleans: this repository's, whatever `cargo tree` adds.
    #[test]
    fn repository_packages_are_read_from_cargo_tree() {
        let tree = "sixfold-fuzz v0.0.0 (/repo/fuzz)\nlibfuzzer-sys v0.4.10\n\
            sixfold-props v0.1.0 (/repo/crates/props)\nserde_derive v1.0.219 (proc-macro)\n\
            sixfold-core v0.1.0 (/repo/crates/core) (*)\nsixfold-core v0.1.0 (/repo/crates/core)\n\
            other v1.0.0 (/elsewhere/other)\n";
        assert_eq!(
            packages_under(tree, Path::new("/repo")),
            ["sixfold-core", "sixfold-fuzz", "sixfold-props"]
        );
    }

    #[test]
    fn utc_dates_are_civil_dates() {
        assert_eq!(utc_date(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc_date(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(utc_date(1_796_012_345), "2026-11-30T04:19:05Z");
    }

    /// The task, the fuzz crate and the replay test name the same targets.
    #[test]
    fn every_target_is_built_and_replayed() {
        let root = crate::repo_root();
        let manifest =
            std::fs::read_to_string(root.join("fuzz/Cargo.toml")).expect("fuzz/Cargo.toml");
        let props = std::fs::read_to_string(root.join("crates/props/src/lib.rs")).expect("props");
        for target in &TARGETS {
            assert!(
                manifest.contains(&format!("name = \"{}\"", target.name)),
                "{}",
                target.name
            );
            assert!(
                props.contains(&format!("(\"{}\", ", target.name)),
                "{}",
                target.name
            );
            assert!(
                root.join("fuzz/corpus").join(target.name).is_dir(),
                "{}",
                target.name
            );
        }
        let bins = manifest.matches("[[bin]]").count();
        assert_eq!(
            bins,
            TARGETS.len(),
            "a target of fuzz/Cargo.toml the task does not run"
        );
    }
}
