//! The rustc wrapper of `cargo xtask fuzz`: coverage instrumentation for the libraries under
//! test only.
//!
//! `cargo fuzz` instruments every crate through `RUSTFLAGS`, so libFuzzer also watches
//! branches and comparisons inside regex, the Unicode tables, Fluent, toml and serde. They
//! are not what is fuzzed, their coverage only steers the fuzzer towards exploring them,
//! and an execution paid for it: in a profile of the instrumented reader the comparison
//! hooks alone took 39 % of the time, most of it called from dependencies. Cargo runs this
//! wrapper (the xtask binary itself, told by an environment variable) for every rustc
//! call; it adds the coverage passes only when the crate compiled is a target crate whose
//! source lies in this repository's `crates/` (the `sixfold-*` libraries), and passes
//! every other call through unchanged. The property harness `sixfold-props` and the fuzz
//! binaries are left out too: their checks (JSON validation, XML parsing, tag scans,
//! maps of segments) ran on every execution, and libFuzzer paid for each of their covered
//! edges without those edges saying anything about the code under test. Overflow checks, debug assertions and
//! `--cfg fuzzing` still apply to every crate, through `RUSTFLAGS`.

use std::ffi::OsString;
use std::path::Path;
use std::process::{Command, ExitCode};

/// The variable that makes the xtask binary act as the wrapper, holding the mode.
pub(crate) const ENV: &str = "SIXFOLD_FUZZ_RUSTC";

/// What the fuzz targets are built with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Instrument {
    /// Every crate, integer comparisons traced: `cargo fuzz`'s way, and this task's
    /// until 2026-11-29 11:00.
    All,
    /// This repository's crates, integer comparisons traced.
    Repo,
    /// This repository's crates, no integer comparison tracing (this task's default until
    /// 2026-11-29 18:00). Byte string comparisons still reach libFuzzer through its
    /// `memcmp` hook, so keywords and labels are still learnt; what goes is a hook call on
    /// every integer and `char` comparison, which cost 40 % of an execution. See the
    /// README's "Measuring".
    RepoNoCmp,
    /// The libraries under test (`crates/` but not `crates/props`), no integer comparison
    /// tracing: the default. The property harness and the fuzz binaries are compiled
    /// without coverage, so an execution pays libFuzzer's per-edge bookkeeping only for
    /// the code it tests. (Generic code of a library that the harness instantiates, such
    /// as `report::write_align_json::<Vec<u8>>` and the `serde_json` serialiser under it,
    /// is compiled into the harness and so goes uninstrumented too.)
    Libs,
}

impl Instrument {
    /// What `cargo xtask fuzz` builds unless `--instrument` says otherwise.
    pub(crate) const DEFAULT: Instrument = Instrument::Libs;

    pub(crate) const NAMES: [&'static str; 4] = ["libs", "repo-nocmp", "repo", "all"];

    pub(crate) fn parse(name: &str) -> Option<Self> {
        match name {
            "all" => Some(Instrument::All),
            "repo" => Some(Instrument::Repo),
            "repo-nocmp" => Some(Instrument::RepoNoCmp),
            "libs" => Some(Instrument::Libs),
            _ => None,
        }
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Instrument::All => "all",
            Instrument::Repo => "repo",
            Instrument::RepoNoCmp => "repo-nocmp",
            Instrument::Libs => "libs",
        }
    }

    /// Whether the coverage passes come from the wrapper (per crate) rather than from
    /// `RUSTFLAGS` (every crate).
    pub(crate) fn wrapped(self) -> bool {
        self != Instrument::All
    }

    /// The coverage flags for an instrumented crate.
    pub(crate) fn coverage_flags(self) -> Vec<&'static str> {
        let mut flags = vec![
            "-Cpasses=sancov-module",
            "-Cllvm-args=-sanitizer-coverage-level=4",
            "-Cllvm-args=-sanitizer-coverage-inline-8bit-counters",
            "-Cllvm-args=-sanitizer-coverage-pc-table",
        ];
        if matches!(self, Instrument::All | Instrument::Repo) {
            flags.push("-Cllvm-args=-sanitizer-coverage-trace-compares");
        }
        flags
    }
}

/// Flags every crate gets (through `RUSTFLAGS`): the properties' overflow checks and
/// assertions and `cfg(fuzzing)`; in the wrapper's modes also a cfg nobody reads, because
/// cargo fingerprints `RUSTFLAGS` but not what the wrapper adds. It is the same in every
/// wrapper mode, so the dependencies (never instrumented in those modes) of one mode's
/// build are those of another's; the wrapper's crates are rebuilt when a build folder
/// changes mode (`fuzz::build`, which records each folder's mode).
pub(crate) fn rustflags(mode: Instrument) -> String {
    let common = "--cfg fuzzing -Cdebug-assertions -Coverflow-checks";
    if mode == Instrument::All {
        format!("{} {common}", mode.coverage_flags().join(" "))
    } else {
        format!("{common} --cfg sixfold_fuzz_instrument=\"repo\"")
    }
}

/// The property harness's folder: compiled without coverage in the `libs` mode.
const HARNESS: &str = "crates/props";

/// Runs rustc (`args[0]`) with `args[1..]`, adding the coverage flags when the crate is
/// instrumented; returns rustc's exit status.
pub(crate) fn run(mode: &str, args: &[OsString]) -> ExitCode {
    let Some((rustc, rest)) = args.split_first() else {
        eprintln!("{ENV}: expected the rustc path and its arguments");
        return ExitCode::from(2);
    };
    let mut command = Command::new(rustc);
    command.args(rest);
    if let Some(mode) = Instrument::parse(mode)
        && mode.wrapped()
        && instrumented(
            mode,
            rest,
            &crate::repo_root().canonicalize().unwrap_or_default(),
        )
    {
        command.args(mode.coverage_flags());
    }
    match command.status() {
        Ok(status) => status
            .code()
            .and_then(|c| u8::try_from(c).ok())
            .map_or(ExitCode::FAILURE, ExitCode::from),
        Err(e) => {
            eprintln!("{ENV}: running {}: {e}", rustc.to_string_lossy());
            ExitCode::from(2)
        }
    }
}

/// Whether a rustc call compiles a crate to instrument: one built for the target (cargo
/// passes `--target` to those only, never to build scripts or proc macros, which are
/// linked without libFuzzer) whose root source file lies under `root` (`repo`,
/// `repo-nocmp`) or under `root/crates` but not in the property harness (`libs`).
fn instrumented(mode: Instrument, args: &[OsString], root: &Path) -> bool {
    let for_target = args.iter().any(|a| a == "--target");
    let source = args
        .iter()
        .map(Path::new)
        .find(|p| p.extension().is_some_and(|e| e == "rs"));
    for_target
        && source.is_some_and(|p| {
            let absolute = if p.is_absolute() {
                p.to_path_buf()
            } else {
                std::env::current_dir().map_or_else(|_| p.to_path_buf(), |d| d.join(p))
            };
            absolute.canonicalize().is_ok_and(|p| {
                if mode == Instrument::Libs {
                    p.starts_with(root.join("crates")) && !p.starts_with(root.join(HARNESS))
                } else {
                    p.starts_with(root)
                }
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    /// The repository's crates built for the target are instrumented; dependencies from
    /// the registry, build scripts and rustc's probes are not; in the `libs` mode the
    /// property harness and the fuzz binaries are not either.
    #[test]
    fn only_this_repositorys_target_crates_are_instrumented() {
        let root = crate::repo_root().canonicalize().expect("the repository");
        let target = ["--target", "x86_64-unknown-linux-gnu"];
        let call = |name: &str, source: &Path| {
            let mut call = args(&["--crate-name", name, "--edition=2024"]);
            call.push(source.as_os_str().to_owned());
            call.extend(args(&target));
            call
        };
        let core = call("sixfold_core", &root.join("crates/core/src/lib.rs"));
        let props = call("sixfold_props", &root.join("crates/props/src/lib.rs"));
        let fuzz_bin = call("reader", &root.join("fuzz/fuzz_targets/reader.rs"));
        for mode in [Instrument::Repo, Instrument::RepoNoCmp, Instrument::Libs] {
            assert!(instrumented(mode, &core, &root), "{mode:?}");
            let harness = mode != Instrument::Libs;
            assert_eq!(instrumented(mode, &props, &root), harness, "{mode:?}");
            assert_eq!(instrumented(mode, &fuzz_bin, &root), harness, "{mode:?}");
            let host_only = args(&[
                "--crate-name",
                "sixfold_core",
                &root.join("crates/core/src/lib.rs").to_string_lossy(),
            ]);
            assert!(
                !instrumented(mode, &host_only, &root),
                "no --target: a host crate"
            );
            let elsewhere = tempfile::tempdir().expect("a temporary folder");
            let registry = elsewhere.path().join("lib.rs");
            std::fs::write(&registry, "").expect("a temporary file");
            assert!(!instrumented(mode, &call("regex", &registry), &root));
            let mut probe = args(&["-", "--crate-name", "___", "--print=file-names"]);
            probe.extend(args(&target));
            assert!(!instrumented(mode, &probe, &root));
        }
    }

    #[test]
    fn the_modes_parse_back() {
        for name in Instrument::NAMES {
            assert_eq!(Instrument::parse(name).map(Instrument::name), Some(name));
        }
        for mode in [Instrument::RepoNoCmp, Instrument::Libs] {
            assert!(!mode.coverage_flags().iter().any(|f| f.contains("compares")));
        }
        assert!(rustflags(Instrument::All).contains("sancov"));
        assert!(!rustflags(Instrument::Repo).contains("sancov"));
        // The wrapper's modes share their dependencies' builds.
        assert_eq!(
            rustflags(Instrument::Libs),
            rustflags(Instrument::RepoNoCmp)
        );
    }
}
