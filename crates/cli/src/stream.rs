//! Many documents in one run: a list of folders read as a stream, worked on by `--jobs`
//! threads, results handed back in input order as soon as they are ready.
//!
//! Memory stays flat however long the list is: a document is only taken from the list
//! when fewer than a fixed window of documents are in flight (being read, aligned, or
//! finished and waiting for an earlier one to be printed). So a 2,000-folder run holds
//! about as much as a 200-folder run, and a slow document holds back at most the window.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex, PoisonError};

use anyhow::Context as _;

use crate::args::help;

/// Where the folder list comes from.
#[derive(Debug, Clone)]
pub(crate) enum Source {
    /// Folders named on the command line.
    Args(Vec<PathBuf>),
    /// One folder per line of a file, or of standard input for `-`.
    List(PathBuf),
}

/// The arguments every command that works on many documents shares: `--from` (read the
/// folders from a list, one per line, `-` for standard input, and print each result as
/// soon as it and those before it are ready), `--jobs`, `--quiet`.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct Many {
    #[arg(long, value_name = "FILE", help = help("cli-arg-from"))]
    pub(crate) from: Option<PathBuf>,
    #[arg(long, short = 'j', value_name = "N", value_parser = crate::args::parse_jobs, help = help("cli-arg-jobs"))]
    pub(crate) jobs: Option<std::num::NonZeroUsize>,
    #[arg(long, short = 'q', help = help("cli-arg-quiet"))]
    pub(crate) quiet: bool,
}

impl Many {
    /// The folders to stream over: the `--from` list, or `paths` when every one is a
    /// folder; `None` when `paths` name the rendering files of one document.
    pub(crate) fn source(&self, paths: &[PathBuf]) -> anyhow::Result<Option<Source>> {
        if let Some(from) = &self.from {
            if !paths.is_empty() {
                anyhow::bail!(crate::ui::plain("cli-from-and-paths"));
            }
            return Ok(Some(Source::List(from.clone())));
        }
        Ok((!paths.is_empty() && paths.iter().all(|p| p.is_dir()))
            .then(|| Source::Args(paths.to_vec())))
    }

    /// Runs `work` over the folders with a progress bar, hands each result to `print`
    /// in input order, and reports each failing folder on stderr. Returns how many failed.
    pub(crate) fn run<T, W, P>(
        &self,
        source: Source,
        work: W,
        mut print: P,
    ) -> anyhow::Result<usize>
    where
        T: Send,
        W: Fn(&Path) -> anyhow::Result<T> + Sync,
        P: FnMut(T) -> anyhow::Result<()>,
    {
        self.run_all(source, work, |_, result| match result {
            Ok(value) => print(value),
            Err(_) => Ok(()),
        })
    }

    /// [`Many::run`] whose `emit` also sees each failing folder (after it is reported on
    /// stderr), so that JSON output can give it a line of its own: a program reading the
    /// lines then knows every folder of its list, not only those that worked.
    pub(crate) fn run_all<T, W, P>(
        &self,
        source: Source,
        work: W,
        mut emit: P,
    ) -> anyhow::Result<usize>
    where
        T: Send,
        W: Fn(&Path) -> anyhow::Result<T> + Sync,
        P: FnMut(&Path, Result<T, &anyhow::Error>) -> anyhow::Result<()>,
    {
        let progress = crate::progress::Progress::new(
            if self.quiet {
                Some(0)
            } else {
                known_len(&source)
            },
            self.quiet,
        );
        let mut failed = 0;
        let result = run(
            source,
            jobs(self.jobs.map(usize::from)),
            work,
            |path, result| {
                match result {
                    Ok(value) => progress.print(true, || emit(path, Ok(value)))?,
                    Err(err) => {
                        failed += 1;
                        progress.print(false, || crate::print_error(&err));
                        progress.print(true, || emit(path, Err(&err)))?;
                    }
                }
                progress.inc();
                Ok(())
            },
        );
        progress.finish();
        result.map(|()| failed)
    }
}

/// How many documents run at once: `--jobs`, else every core the process may use.
pub(crate) fn jobs(requested: Option<usize>) -> usize {
    requested
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from))
}

/// One line of a `--from` list: the path it names, or `None` for a blank line or a comment
/// (`#` first). Spaces, tabs and a carriage return around the path are dropped, so a list
/// written on Windows, indented, or pasted with trailing blanks names the folders it shows;
/// a folder whose name starts with `#` is written `./#name`.
pub(crate) fn list_entry(line: &str) -> Option<&str> {
    let path = line.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\r'));
    (!path.is_empty() && !path.starts_with('#')).then_some(path)
}

/// Reads the list of `--from`: one path per line ([`list_entry`]).
fn list_reader(path: &Path) -> anyhow::Result<Box<dyn BufRead + Send>> {
    if path == Path::new("-") {
        return Ok(Box::new(std::io::BufReader::new(std::io::stdin())));
    }
    let file = std::fs::File::open(path)
        .with_context(|| crate::ui::t1("cli-from-cannot-read", "path", path.display()))?;
    Ok(Box::new(std::io::BufReader::new(file)))
}

/// The number of documents of a run when it is known before the run (folders given as
/// arguments, or a list in a file, counted by a quick pass over it); `None` for stdin.
pub(crate) fn known_len(source: &Source) -> Option<u64> {
    match source {
        Source::Args(paths) => Some(paths.len() as u64),
        Source::List(p) if p == Path::new("-") => None,
        Source::List(p) => {
            let reader = list_reader(p).ok()?;
            let mut n = 0;
            for line in reader.lines() {
                if list_entry(&line.ok()?).is_some() {
                    n += 1;
                }
            }
            Some(n)
        }
    }
}

/// The folder list: line number and path, or why that line could not be read.
type Lines = Box<dyn Iterator<Item = (usize, std::io::Result<PathBuf>)> + Send>;

/// What the reading thread tells the workers: the next document, or that the list could
/// not be read further (line number, error).
enum Item {
    Path(usize, PathBuf),
    ListError(usize, std::io::Error),
}

/// Runs `work` on every folder of `source` with `jobs` threads and calls `emit` with
/// each folder and its result in input order. `emit` runs on the calling thread, so it
/// may write to stdout; when it fails (a closed pipe) the run stops and that error is
/// returned. An unreadable list is an error too; a failing folder is only a failing
/// result handed to `emit`.
pub(crate) fn run<T, W, E>(source: Source, jobs: usize, work: W, mut emit: E) -> anyhow::Result<()>
where
    T: Send,
    W: Fn(&Path) -> anyhow::Result<T> + Sync,
    E: FnMut(&Path, anyhow::Result<T>) -> anyhow::Result<()>,
{
    let jobs = jobs.max(1);
    // Documents in flight at most: enough that every worker has the next one ready while
    // the printer waits for a slow one, few enough that memory does not depend on the run.
    let window = jobs * 4;
    let reader: Lines = match source {
        Source::Args(paths) => Box::new(paths.into_iter().enumerate().map(|(i, p)| (i + 1, Ok(p)))),
        Source::List(path) => Box::new(list_reader(&path)?.lines().enumerate().filter_map(
            |(i, l)| match l {
                Ok(l) => list_entry(&l).map(|p| (i + 1, Ok(PathBuf::from(p)))),
                Err(e) => Some((i + 1, Err(e))),
            },
        )),
    };
    let (token_tx, token_rx) = sync_channel::<()>(window);
    for _ in 0..window {
        token_tx
            .send(())
            .expect("this cannot fail because the receiver is alive and the channel has room");
    }
    let (item_tx, item_rx) = sync_channel::<Item>(jobs);
    // Shared by the workers only, so that when they have all stopped the reader's next
    // send fails instead of waiting for room forever.
    let item_rx = Arc::new(Mutex::new(item_rx));
    let (done_tx, done_rx) = sync_channel::<(usize, PathBuf, anyhow::Result<T>)>(window);
    let mut list_error = None;
    let mut emit_error = None;
    std::thread::scope(|scope| {
        scope.spawn(move || feed(reader, &token_rx, &item_tx));
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let item_rx = Arc::clone(&item_rx);
            let work = &work;
            scope.spawn(move || {
                loop {
                    let item = item_rx
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .recv();
                    match item {
                        Ok(Item::Path(i, path)) => {
                            let result = work(&path);
                            if done_tx.send((i, path, result)).is_err() {
                                break;
                            }
                        }
                        Ok(Item::ListError(line, err)) => {
                            let err = anyhow::Error::new(err).context(crate::ui::t1(
                                "cli-from-bad-line",
                                "line",
                                line,
                            ));
                            let _ = done_tx.send((usize::MAX, PathBuf::new(), Err(err)));
                            break;
                        }
                        Err(_) => break,
                    }
                }
            });
        }
        drop(done_tx);
        drop(item_rx);
        let mut pending = BTreeMap::new();
        let mut next = 0;
        for (i, path, result) in &done_rx {
            if i == usize::MAX {
                list_error = result.err();
                continue;
            }
            pending.insert(i, (path, result));
            while let Some((path, result)) = pending.remove(&next) {
                next += 1;
                if let Err(err) = emit(&path, result) {
                    emit_error = Some(err);
                    break;
                }
                // A token back to the reader: one more document may start.
                let _ = token_tx.send(());
            }
            if emit_error.is_some() {
                // Dropping the channels ends the reader and then the workers.
                break;
            }
        }
        drop(token_tx);
        drop(done_rx);
    });
    if let Some(err) = emit_error {
        return Err(err);
    }
    if let Some(err) = list_error {
        return Err(err);
    }
    Ok(())
}

/// The reading thread: takes a token for every document it hands out, so no more than
/// the window are ever in flight.
fn feed(reader: Lines, tokens: &Receiver<()>, items: &SyncSender<Item>) {
    for (i, (line, path)) in reader.enumerate() {
        if tokens.recv().is_err() {
            return;
        }
        let item = match path {
            Ok(path) => Item::Path(i, path),
            Err(err) => Item::ListError(line, err),
        };
        let stop = matches!(item, Item::ListError(..));
        if items.send(item).is_err() || stop {
            return;
        }
    }
}

/// The JSON line of a folder that could not be used: its path as listed and the error
/// with its causes, so that the output has one line per folder of the list. The error
/// is in the words standard error gives it, in the interface language: causes after
/// `: `, the further lines of one error after `; `.
pub(crate) fn failure_json(path: &Path, err: &anyhow::Error) -> String {
    // Written by hand so that `path` comes first, as in the lines of the folders that
    // worked.
    let text = |s: &str| serde_json::Value::from(s).to_string();
    let error = crate::localised_chain(err)
        .iter()
        .map(|lines| lines.join("; "))
        .collect::<Vec<_>>()
        .join(": ");
    format!(
        "{{\"path\":{},\"error\":{}}}\n",
        text(&path.display().to_string()),
        text(&error)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_lines_name_a_path_or_nothing() {
        assert_eq!(list_entry("a/b"), Some("a/b"));
        assert_eq!(list_entry("  a/b \t\r"), Some("a/b"));
        assert_eq!(list_entry("./#x"), Some("./#x"));
        assert_eq!(list_entry("with inner space"), Some("with inner space"));
        for nothing in ["", "\r", " \t ", "# a comment", "   #indented"] {
            assert_eq!(list_entry(nothing), None, "{nothing:?}");
        }
    }

    #[test]
    fn results_come_in_input_order_whatever_finishes_first() {
        let paths: Vec<PathBuf> = (0..50).map(|i| PathBuf::from(i.to_string())).collect();
        let mut seen = Vec::new();
        run(
            Source::Args(paths),
            3,
            |p| {
                let n: u64 = p.to_str().unwrap().parse().unwrap();
                // Early documents are the slow ones.
                std::thread::sleep(std::time::Duration::from_millis((50 - n) % 7));
                if n == 17 {
                    anyhow::bail!("seventeen")
                }
                Ok(n)
            },
            |p, r| {
                seen.push((p.to_owned(), r.map_err(|e| e.to_string())));
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen.len(), 50);
        for (i, (p, r)) in seen.iter().enumerate() {
            assert_eq!(p, &PathBuf::from(i.to_string()));
            if i == 17 {
                assert_eq!(r.as_ref().unwrap_err(), "seventeen");
            } else {
                assert_eq!(r.as_ref().unwrap(), &(i as u64));
            }
        }
    }

    #[test]
    fn no_more_than_the_window_is_in_flight() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let started = AtomicUsize::new(0);
        let mut most_ahead = 0;
        let mut emitted = 0;
        run(
            Source::Args((0..200).map(|i| PathBuf::from(i.to_string())).collect()),
            2,
            |_| {
                started.fetch_add(1, Ordering::SeqCst);
                Ok(())
            },
            |_, _| {
                emitted += 1;
                most_ahead = most_ahead.max(started.load(Ordering::SeqCst) - emitted);
                std::thread::sleep(std::time::Duration::from_micros(200));
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(emitted, 200);
        assert!(
            most_ahead <= 8,
            "{most_ahead} documents ahead of the printer"
        );
    }

    #[test]
    fn a_failing_emit_stops_the_run_with_its_error() {
        let mut calls = 0;
        let err = run(
            Source::Args((0..1000).map(|i| PathBuf::from(i.to_string())).collect()),
            2,
            |_| Ok(()),
            |_, _| {
                calls += 1;
                if calls == 5 {
                    anyhow::bail!("pipe closed")
                }
                Ok(())
            },
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "pipe closed");
        assert_eq!(calls, 5);
    }

    #[test]
    fn a_list_file_skips_blank_lines_and_carriage_returns() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("list");
        std::fs::write(&list, "a\r\n\nb\n\r\nc").unwrap();
        assert_eq!(known_len(&Source::List(list.clone())), Some(3));
        let mut seen = Vec::new();
        run(
            Source::List(list),
            2,
            |p| Ok(p.to_owned()),
            |_, r| {
                seen.push(r.unwrap());
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, ["a", "b", "c"].map(PathBuf::from));
        let missing = run(
            Source::List(dir.path().join("nope")),
            1,
            |_| Ok(()),
            |_, _| Ok(()),
        )
        .unwrap_err();
        assert!(format!("{missing:#}").contains("nope"), "{missing:#}");
    }
}
