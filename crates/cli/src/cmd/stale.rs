//! `sixfold stale`: translated segments whose pivot changed after they did — a CI gate.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use sixfold_history::StaleReport;
use sixfold_l10n::Args as L10nArgs;

use crate::args::{Format, FormatArg, PivotArg, help};
use crate::source::{WalkArgs, print_notes, shallow_note, uncommitted_note, warning_notes};

/// Arguments of `sixfold stale`.
///
/// Segments are followed from version to version through the alignment (first-parent
/// history), so a moved line or a paragraph inserted elsewhere does not make a segment look
/// changed. Exit status 1 when anything is stale, 0 when nothing is.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[arg(help = help("cli-arg-dir"))]
    dir: PathBuf,
    // The committed history up to it is read; the work tree only with --worktree.
    #[arg(long, default_value = "HEAD", help = help("cli-arg-stale-rev"))]
    rev: String,
    #[command(flatten)]
    pivot: PivotArg,
    #[command(flatten)]
    format: FormatArg,
    #[arg(long, help = help("cli-arg-stale-worktree"))]
    worktree: bool,
    #[command(flatten)]
    walk: WalkArgs,
}

pub(crate) fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let repo = crate::source::discover(&args.dir)?;
    let cache = args.walk.align_cache(&repo);
    let mut options = args.walk.options(&cache);
    options.worktree = args.worktree;
    let report = sixfold_history::stale_with(&repo, &args.rev, args.pivot.pivot, &options)?;
    let mut out = std::io::stdout().lock();
    match args.format.format {
        Format::Json => {
            for finding in &report.stale {
                serde_json::to_writer(&mut out, finding)?;
                writeln!(out)?;
            }
        }
        Format::Text => write_text(&mut out, &report)?,
    }
    out.flush()?;
    // With --worktree the uncommitted changes are part of the answer, not a caveat.
    let uncommitted = if args.worktree {
        None
    } else {
        uncommitted_note(&repo)?
    };
    print_notes(
        warning_notes(&report.warnings)
            .into_iter()
            .chain(uncommitted)
            .chain(shallow_note(report.shallow_boundary.as_ref())),
    );
    Ok(if report.stale.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn write_text(out: &mut impl Write, report: &StaleReport) -> std::io::Result<()> {
    for s in &report.stale {
        // Segment and line numbers are padded here, as text, so that columns line up.
        let line = L10nArgs::new()
            // Counted from 1 in text, as export ids are; 0-based in the JSON.
            .text("segment", format!("{:<3}", s.segment + 1))
            .text("line", format!("{:<4}", s.line))
            .text("commit", commit_name(&s.segment_commit))
            .text("date", s.segment_date.as_str())
            .text("pivot", report.pivot.code())
            .text(
                "pivot_label",
                s.pivot_label
                    .as_ref()
                    .map_or_else(|| "-".into(), ToString::to_string),
            )
            .text("pivot_commit", commit_name(&s.pivot_commit))
            .text("pivot_date", s.pivot_date.as_str())
            .text("summary", s.pivot_summary.as_str())
            // The work tree (git's all-zero id) has no date and no commit message: no
            // empty quotes then.
            .text(
                "committed",
                if is_work_tree(&s.pivot_commit) {
                    "no"
                } else {
                    "yes"
                },
            );
        writeln!(
            out,
            "{}  {:<14} {}",
            s.lang,
            s.label
                .as_ref()
                .map_or_else(|| "-".into(), ToString::to_string),
            crate::ui::t("stale-line", &line)
        )?;
    }
    let summary = L10nArgs::new()
        .count("count", report.stale.len())
        .text("path", report.path.as_str())
        .text("pivot", report.pivot.code())
        .count("versions", report.versions)
        .count("walked", report.commits_walked);
    writeln!(out, "{}", crate::ui::t("stale-summary", &summary))
}

/// The first ten hex digits: enough to paste into git, short enough to read; the work
/// tree (git's all-zero id) by name.
fn commit_name(id: &str) -> String {
    if is_work_tree(id) {
        crate::ui::plain("note-work-tree")
    } else {
        id.get(..10).unwrap_or(id).to_owned()
    }
}

fn is_work_tree(id: &str) -> bool {
    id.bytes().all(|b| b == b'0')
}
