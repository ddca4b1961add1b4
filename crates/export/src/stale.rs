//! Temporary files that a killed run left behind (`.sixfold-<pid>-<random>.tmp`), removed
//! by the next run that writes in the same directory.
//!
//! A SIGINT or SIGTERM removes a run's temporary files itself; SIGKILL, a power cut or a
//! crash of the machine cannot. The next export into that directory sweeps them, but only
//! those that are certainly dead: a regular file, not modified for [`STALE_AFTER`], whose
//! owning process (the pid in its name) no longer runs on this machine. Another run's
//! file is never touched while that run lives, and a run on another machine sharing the
//! directory keeps its file as long as it writes to it. Files named without a pid (by
//! older versions) are judged by their age alone.

use std::path::Path;
use std::time::{Duration, SystemTime};

/// How long a temporary file must have been left unmodified before a sweep may remove
/// it: a live run writes its temporary files in one go, or (`--concat`) after every
/// document.
pub const STALE_AFTER: Duration = Duration::from_secs(10 * 60);

/// Files named without a pid, or on a system where whether a process runs cannot be told,
/// are removed only after this long.
const STALE_WITHOUT_PID: Duration = Duration::from_secs(24 * 60 * 60);

/// Every temporary file name starts with this.
pub const TEMP_PREFIX: &str = ".sixfold-";
/// … and ends with this.
pub const TEMP_SUFFIX: &str = ".tmp";

/// The prefix of this process's temporary files: `.sixfold-<pid>-`.
#[must_use]
pub fn temp_prefix() -> String {
    format!("{TEMP_PREFIX}{}-", std::process::id())
}

/// The pid in a temporary file's name; `None` for a name without one (or not ours).
#[must_use]
pub fn owner(name: &str) -> Option<u32> {
    let middle = name.strip_prefix(TEMP_PREFIX)?.strip_suffix(TEMP_SUFFIX)?;
    let (pid, _) = middle.split_once('-')?;
    if pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

/// Whether process `pid` runs on this machine; `None` when the system cannot tell
/// (no `/proc`).
fn alive(pid: u32) -> Option<bool> {
    let proc = Path::new("/proc");
    if !proc.join("self").exists() {
        return None;
    }
    Some(proc.join(pid.to_string()).exists())
}

/// Whether the temporary file `name`, last modified `age` ago, belongs to no live run.
fn is_stale(name: &str, age: Duration) -> bool {
    match owner(name) {
        Some(pid) if pid == std::process::id() => false,
        Some(pid) => match alive(pid) {
            Some(true) => false,
            Some(false) => age >= STALE_AFTER,
            None => age >= STALE_WITHOUT_PID,
        },
        None => age >= STALE_WITHOUT_PID,
    }
}

/// Removes the stale temporary files of `dir` (see the module documentation); how many.
/// Failures are ignored: sweeping is a courtesy, never a reason for an export to fail.
#[must_use = "the count is for tests and reports; a sweep that removes nothing is fine"]
pub fn sweep(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let now = SystemTime::now();
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        if !name.starts_with(TEMP_PREFIX) || !name.ends_with(TEMP_SUFFIX) {
            continue;
        }
        // Never through a link, never anything but a regular file.
        let Ok(meta) = std::fs::symlink_metadata(entry.path()) else {
            continue;
        };
        if !meta.file_type().is_file() {
            continue;
        }
        let age = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .unwrap_or_default();
        if is_stale(name, age) && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pid no process can have (above Linux's largest `pid_max`).
    const DEAD: u32 = 4_194_999;

    fn file(dir: &Path, name: &str, age: Duration) {
        let path = dir.join(name);
        let f = std::fs::File::create(&path).expect("create");
        f.set_modified(SystemTime::now() - age).expect("set mtime");
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .expect("dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn owners_are_read_from_the_name() {
        assert_eq!(owner(".sixfold-1234-aB3xYz.tmp"), Some(1234));
        assert_eq!(owner(".sixfold-aB3xYz.tmp"), None);
        assert_eq!(owner(".sixfold--x.tmp"), None);
        assert_eq!(owner("sixfold-1-x.tmp"), None);
        assert!(temp_prefix().ends_with(&format!("-{}-", std::process::id())));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn only_old_files_of_dead_runs_are_swept() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let dir = tmp.path();
        let old = STALE_AFTER + Duration::from_secs(60);
        let me = std::process::id();
        // The parent of this test process lives (the test harness, or cargo).
        let parent = std::fs::read_to_string("/proc/self/stat")
            .ok()
            .and_then(|s| {
                let after = s.rsplit_once(')')?.1.to_owned();
                after.split_whitespace().nth(1)?.parse::<u32>().ok()
            })
            .expect("the parent pid");
        file(dir, &format!(".sixfold-{DEAD}-old.tmp"), old);
        file(dir, &format!(".sixfold-{DEAD}-fresh.tmp"), Duration::ZERO);
        file(dir, &format!(".sixfold-{me}-mine.tmp"), old);
        file(dir, &format!(".sixfold-{parent}-live.tmp"), old);
        file(dir, ".sixfold-nopid.tmp", old);
        file(
            dir,
            ".sixfold-nopid-ancient.tmp",
            STALE_WITHOUT_PID + Duration::from_secs(60),
        );
        file(dir, &format!("{DEAD}.tmp"), old);
        std::fs::create_dir(dir.join(format!(".sixfold-{DEAD}-dir.tmp"))).expect("dir");
        std::os::unix::fs::symlink(
            dir.join("elsewhere"),
            dir.join(format!(".sixfold-{DEAD}-link.tmp")),
        )
        .expect("link");
        assert_eq!(sweep(dir), 2);
        let mut kept = vec![
            format!(".sixfold-{DEAD}-dir.tmp"),
            format!(".sixfold-{DEAD}-fresh.tmp"),
            format!(".sixfold-{DEAD}-link.tmp"),
            format!(".sixfold-{me}-mine.tmp"),
            format!(".sixfold-{parent}-live.tmp"),
            ".sixfold-nopid.tmp".to_owned(),
            format!("{DEAD}.tmp"),
        ];
        kept.sort();
        assert_eq!(names(dir), kept);
    }
}
