//! `sixfold check`: what a translator has to fix in each rendering, compared with the pivot.
//!
//! Exit status: 0 when no error-level finding, 1 when there is one, 2 on unusable input.

use std::fmt::Write as _;
use std::io::IsTerminal as _;
use std::process::ExitCode;

use sixfold_review::Accept;
use sixfold_translations::{DocumentSet, Finding, Severity};

use crate::args::{Format, help};
use crate::docs::{DocArgs, Documents, WhenNone};

/// Arguments of `sixfold check`: the document group, where no path means every folder
/// under `translations/`, and `--all`.
#[derive(Debug, clap::Args)]
#[command(mut_arg("paths", |a| a.help(help("cli-arg-check-paths"))))]
pub(crate) struct Args {
    #[command(flatten)]
    docs: DocArgs,
    #[arg(long, help = help("cli-arg-check-all"))]
    all: bool,
}

pub(crate) fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let colour = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut sets = match args.docs.documents(WhenNone::AllDocuments)? {
        Documents::Stream(source) => return run_many(args, source, colour),
        Documents::Loaded(sets) => sets,
    };
    let mut failed = false;
    // Written as it is rendered: a report can be several times the size of its rendering
    // (one line per missing paragraph and language), and held whole it would double the
    // peak memory of a check.
    let mut sink = Sink::new(std::io::BufWriter::new(std::io::stdout().lock()));
    for (place, set) in &mut sets {
        let (reviewed, pivot) = reviewed(args, set)?;
        match args.docs.format() {
            // Straight into the output, as the text report is.
            Format::Json => {
                sixfold_export::report::write_check_json_of(
                    &mut sink,
                    set,
                    place,
                    pivot,
                    &reviewed.open,
                    &reviewed.accepted,
                )?;
            }
            Format::Text => render(&mut sink, place, set, &reviewed, args, pivot, colour),
        }
        failed |= has_error(&reviewed);
    }
    // `sixfold check | head` must still fail a CI gate: a reader that stops reading early
    // does not change what was found, so a closed pipe only ends the output.
    sink.finish()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Several folders are checked independently and printed in input order as they are
/// done: an unusable one is reported on stderr and makes the exit status 2, but does not
/// hide what the others found. A worker hands over the findings, not the rendered text:
/// the report is written as it is rendered, since the text of a long rendering's report
/// (one line per missing paragraph and language) is larger than its findings.
fn run_many(args: &Args, source: crate::stream::Source, colour: bool) -> anyhow::Result<ExitCode> {
    let mut sink = Sink::new(std::io::BufWriter::new(std::io::stdout().lock()));
    let mut failed = false;
    // Documents reported and their findings by severity, for the text report's last line.
    let mut total = (0usize, [0usize; 3]);
    let unusable = args.docs.many.run_all(
        source,
        |path| {
            let (place, mut set) = args.docs.load_one(path)?;
            let (reviewed, pivot) = reviewed(args, &mut set)?;
            Ok((place, set, reviewed, pivot))
        },
        |path, result| {
            let (place, set, reviewed, pivot) = match result {
                Ok(done) => done,
                Err(err) => {
                    if args.docs.format() == Format::Json {
                        std::io::Write::write_all(
                            &mut sink,
                            crate::stream::failure_json(path, err).as_bytes(),
                        )?;
                        return sink.flush_now();
                    }
                    return Ok(());
                }
            };
            failed |= has_error(&reviewed);
            total.0 += 1;
            for (n, severity) in
                total
                    .1
                    .iter_mut()
                    .zip([Severity::Error, Severity::Warning, Severity::Info])
            {
                *n += reviewed.open.count(severity);
            }
            match args.docs.format() {
                Format::Json => {
                    sixfold_export::report::write_check_json_of(
                        &mut sink,
                        &set,
                        &place,
                        pivot,
                        &reviewed.open,
                        &reviewed.accepted,
                    )?;
                }
                Format::Text => render(&mut sink, &place, &set, &reviewed, args, pivot, colour),
            }
            // A closed pipe only ends the output; the exit status still tells the findings.
            sink.flush_now()
        },
    )?;
    // One document's own last line already is the total.
    if args.docs.format() == Format::Text && total.0 + unusable > 1 {
        let [errors, warnings, infos] = total.1;
        let args = sixfold_l10n::Args::new()
            .count("documents", total.0)
            .count("unusable", unusable)
            .text("summary", crate::ui::summary(errors, warnings, infos));
        let id = if unusable > 0 {
            "check-total-unusable"
        } else {
            "check-total"
        };
        let _ = std::io::Write::write_all(
            &mut sink,
            format!("{}\n", crate::ui::t(id, &args)).as_bytes(),
        );
    }
    sink.finish()?;
    Ok(if unusable > 0 {
        ExitCode::from(2)
    } else if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The findings of one document set after its review file: those still counted, kept
/// compactly (read with the set's documents) as long as no review file decides about
/// them, and those accepted.
type Report = sixfold_review::Kept;

/// The findings of one document set after its review file, and the pivot they are against.
///
/// The header checks run first and the source texts are then freed: nothing else of a
/// check reads them, and they would be a copy of every rendering beside its segments
/// while aligning.
fn reviewed(args: &Args, set: &mut DocumentSet) -> anyhow::Result<(Report, sixfold_core::Lang)> {
    let header = sixfold_translations::check::header_check(set);
    set.texts.clear();
    let decided = crate::review::decide(set, args.docs.align_options())?;
    let report = sixfold_review::check_set_kept(set, &decided, header);
    Ok((report, decided.alignment.pivot))
}

fn has_error(reviewed: &Report) -> bool {
    reviewed.open.count(Severity::Error) > 0
}

/// Standard output as a `fmt::Write` for [`render`]: the first write error is kept and
/// later writes are dropped, so a closed pipe ends the output without ending the check.
struct Sink<W: std::io::Write> {
    out: W,
    error: Option<std::io::Error>,
}

impl<W: std::io::Write> Sink<W> {
    fn new(out: W) -> Self {
        Sink { out, error: None }
    }

    fn bytes(&mut self, bytes: &[u8]) {
        if self.error.is_none() {
            if let Err(e) = self.out.write_all(bytes) {
                self.error = Some(e);
            }
        }
    }

    /// Flushes what is buffered, so that each document's report is out before the next
    /// (and before the progress bar draws again); an error other than a closed pipe is
    /// returned, a closed pipe only drops what follows.
    fn flush_now(&mut self) -> anyhow::Result<()> {
        if self.error.is_none() {
            if let Err(e) = self.out.flush() {
                self.error = Some(e);
            }
        }
        if matches!(&self.error, Some(e) if e.kind() != std::io::ErrorKind::BrokenPipe) {
            if let Some(e) = self.error.take() {
                return Err(e.into());
            }
        }
        Ok(())
    }

    /// Flushes; an error other than a closed pipe is returned.
    fn finish(mut self) -> anyhow::Result<()> {
        if self.error.is_none() {
            if let Err(e) = self.out.flush() {
                self.error = Some(e);
            }
        }
        match self.error {
            Some(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
            _ => Ok(()),
        }
    }
}

/// Bytes for the JSON report, with the same rule: a write never fails, the first error
/// is kept for [`Sink::finish`].
impl<W: std::io::Write> std::io::Write for Sink<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.bytes(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<W: std::io::Write> std::fmt::Write for Sink<W> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.bytes(s.as_bytes());
        Ok(())
    }
}

fn paint(s: &str, severity: Severity, colour: bool) -> String {
    if !colour {
        return s.to_owned();
    }
    let code = match severity {
        Severity::Error => "31;1",
        Severity::Warning => "33",
        Severity::Info => "36",
    };
    format!("\u{1b}[{code}m{s}\u{1b}[0m")
}

/// One block per document: a heading, then one aligned line per finding, then a count,
/// in the interface language (codes, file names and line numbers stay as they are). When
/// the pivot asked for has no text in this folder, the heading says which language the
/// findings are against instead: every message names it, but a reader skimming a long run
/// would otherwise take the French findings of a folder without English for the usual ones.
fn render<W: std::fmt::Write>(
    out: &mut W,
    place: &str,
    set: &DocumentSet,
    reviewed: &Report,
    args: &Args,
    pivot: sixfold_core::Lang,
    colour: bool,
) {
    let all = args.all;
    let findings = &reviewed.open;
    let no_symbol = crate::ui::plain("check-no-symbol");
    let mut heading = format!("{} ({place})", set.symbol().unwrap_or(&no_symbol));
    let wanted = args.docs.align_options().pivot;
    if pivot != wanted {
        let note = crate::ui::t(
            "check-other-pivot",
            &sixfold_l10n::Args::new()
                .text("pivot", pivot.to_string())
                .text("wanted", wanted.to_string()),
        );
        heading = format!("{heading}, {note}");
    }
    // Symbols, paths and quoted text come from the input; only `paint` may send escapes.
    let _ = writeln!(out, "{}", crate::term::sanitize(&heading));
    // The rendering's own file name (`FRA.md`, `fr.md`), without its folder or revision.
    let file = |f: &Finding| {
        set.docs.get(&f.lang).map_or_else(
            || format!("{}.md", f.lang),
            |d| {
                d.source
                    .rsplit(['/', '\\', ':'])
                    .next()
                    .unwrap_or(&d.source)
                    .to_owned()
            },
        )
    };
    let at = |f: &Finding| match f.line {
        Some(line) => format!("{}:{line}", file(f)),
        None => file(f),
    };
    // Read once for both widths: a compact finding is written out each time it is read.
    let (at_width, code_width) = findings
        .iter(&set.docs)
        .chain(
            reviewed
                .accepted
                .iter()
                .map(|(f, _)| std::borrow::Cow::Borrowed(f))
                .filter(|_| all),
        )
        // The id starts with the code, and is what `sixfold accept` takes.
        .map(|f| (at(&f).len(), f.id().len()))
        .fold((0, 0), |(a, c), (fa, fc)| (a.max(fa), c.max(fc)));
    let severities = [Severity::Error, Severity::Warning, Severity::Info]
        .map(|s| crate::ui::severity(s.as_str()));
    let sev_width = severities
        .iter()
        .map(|w| crate::ui::display_width(w))
        .max()
        .unwrap_or(0);
    let word = |s: Severity| match s {
        Severity::Error => &severities[0],
        Severity::Warning => &severities[1],
        Severity::Info => &severities[2],
    };
    let line = |out: &mut W, f: &Finding, colour: bool| {
        let sev = crate::ui::pad(word(f.severity), sev_width);
        let _ = writeln!(
            out,
            "  {} {:<at_width$}  {:<code_width$}  {}",
            paint(&sev, f.severity, colour),
            at(f),
            crate::term::sanitize(&f.id()),
            crate::term::sanitize(&crate::ui::finding(f))
        );
    };
    for f in findings.iter(&set.docs) {
        line(out, &f, colour);
    }
    let count = |s: Severity| findings.count(s);
    let mut summary = crate::ui::summary(
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    );
    if !reviewed.accepted.is_empty() {
        summary.push_str("; ");
        summary.push_str(&crate::ui::t(
            "check-accepted-count",
            &sixfold_l10n::Args::new().count("count", reviewed.accepted.len()),
        ));
    }
    let _ = writeln!(out, "  {summary}");
    if all && !reviewed.accepted.is_empty() {
        let _ = writeln!(out, "  {}", crate::ui::plain("check-accepted-heading"));
        for (f, accept) in &reviewed.accepted {
            line(out, f, false);
            if let Some(reason) = reason_line(accept) {
                let _ = writeln!(out, "      {}", crate::term::sanitize(&reason));
            }
        }
    }
}

/// "reason: … (author, date)" under an accepted finding, when the file gives any of them.
fn reason_line(accept: &Accept) -> Option<String> {
    let note = &accept.note;
    let who: Vec<&str> = [note.author.as_deref(), note.date.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let mut text = note.reason.as_ref().map(|r| {
        crate::ui::t(
            "check-accepted-reason",
            &sixfold_l10n::Args::new().text("reason", r.as_str()),
        )
    })?;
    if !who.is_empty() {
        let _ = write!(text, " ({})", who.join(", "));
    }
    Some(text)
}
