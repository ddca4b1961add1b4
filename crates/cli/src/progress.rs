//! The progress bar of a run over many documents: on standard error, only when standard
//! error is a terminal, the run has more than one document and `--quiet` was not given.
//! Output (JSON or text on standard output) never carries it.

use std::io::IsTerminal as _;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A bar, or nothing at all when it must not be shown.
#[derive(Debug)]
pub(crate) struct Progress {
    bar: Option<ProgressBar>,
    /// Standard output is the same terminal: printed documents must not tear the bar.
    stdout_terminal: bool,
}

impl Progress {
    /// A bar for `len` documents (`None`: not known, a list on standard input).
    pub(crate) fn new(len: Option<u64>, quiet: bool) -> Self {
        let shown = !quiet && std::io::stderr().is_terminal() && len != Some(0) && len != Some(1);
        let bar = shown.then(|| {
            let bar = match len {
                Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr())
                    .with_style(
                        ProgressStyle::with_template(
                            "{wide_bar} {human_pos}/{human_len} · {per_sec} · {eta}",
                        )
                        .expect("this cannot fail because the template is fixed and valid"),
                    ),
                None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
                    .with_style(
                        ProgressStyle::with_template("{spinner} {human_pos} · {per_sec}")
                            .expect("this cannot fail because the template is fixed and valid"),
                    ),
            };
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Progress {
            bar,
            stdout_terminal: std::io::stdout().is_terminal(),
        }
    }

    /// One more document done.
    pub(crate) fn inc(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    /// Runs `f`, which prints on standard error (or on standard output when that is the
    /// same terminal), with the bar taken off the screen meanwhile.
    pub(crate) fn print<R>(&self, to_stdout: bool, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) if !to_stdout || self.stdout_terminal => bar.suspend(f),
            _ => f(),
        }
    }

    /// Removes the bar: the run is over.
    pub(crate) fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
