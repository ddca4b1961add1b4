//! `sixfold history`: the commits that changed each rendering, and the rows they touched.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;
use sixfold_history::{HistoryReport, Uncommitted};
use sixfold_l10n::Args as L10nArgs;

use crate::args::{Format, FormatArg, PivotArg, help};
use crate::source::{WalkArgs, print_notes, shallow_note, uncommitted_note, warning_notes};
use crate::ui;

/// Arguments of `sixfold history`.
///
/// The walk follows first parents from the revision (as `git log --first-parent`): commits
/// brought in by a merge are seen through the merge commit.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[arg(help = help("cli-arg-dir"))]
    dir: PathBuf,
    #[arg(long, default_value = "HEAD", help = help("cli-arg-history-rev"))]
    rev: String,
    #[command(flatten)]
    pivot: PivotArg,
    #[command(flatten)]
    format: FormatArg,
    #[command(flatten)]
    walk: WalkArgs,
}

#[derive(Serialize)]
struct JsonOut<'a> {
    #[serde(flatten)]
    report: &'a HistoryReport,
    uncommitted: Vec<Uncommitted>,
}

pub(crate) fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let repo = crate::source::discover(&args.dir)?;
    let cache = args.walk.align_cache(&repo);
    let report = sixfold_history::history_with(
        &repo,
        &args.rev,
        args.pivot.pivot,
        &args.walk.options(&cache),
    )?;
    let mut out = std::io::stdout().lock();
    match args.format.format {
        Format::Json => {
            let json = JsonOut {
                report: &report,
                uncommitted: repo.uncommitted()?,
            };
            serde_json::to_writer(&mut out, &json)?;
            writeln!(out)?;
        }
        Format::Text => write_text(&mut out, &report)?,
    }
    out.flush()?;
    print_notes(
        warning_notes(&report.warnings)
            .into_iter()
            .chain(uncommitted_note(&repo)?)
            .chain(shallow_note(report.shallow_boundary.as_ref())),
    );
    Ok(ExitCode::SUCCESS)
}

fn write_text(out: &mut impl Write, report: &HistoryReport) -> std::io::Result<()> {
    let heading = L10nArgs::new()
        .text("path", report.path.as_str())
        .text("rev", report.rev.as_str())
        .text("pivot", report.pivot.code());
    writeln!(out, "{}", ui::t("history-heading", &heading))?;
    let row_word = ui::plain("history-row-word");
    let segment_word = ui::plain("history-segment-word");
    for (lang, entries) in &report.languages {
        let commits = L10nArgs::new()
            .text("lang", lang.code())
            .count("count", entries.len());
        writeln!(out, "\n{}", ui::t("history-commits", &commits))?;
        for entry in entries {
            let c = &entry.commit;
            writeln!(
                out,
                "  {}  {}  {}  {}",
                c.short, c.date, c.author, c.summary
            )?;
            if let Some(from) = &entry.renamed_from {
                writeln!(
                    out,
                    "      {}",
                    ui::t1("history-renamed-from", "path", from)
                )?;
            }
            let rows = &entry.change.rows;
            let all_added = rows.iter().all(|r| r.kind == "added");
            if rows.len() > 3 && all_added && entry.change.removed.is_empty() {
                // A rendering that appears: one line, not one per row.
                // Counted from 1 in text, as export ids are; 0-based in the JSON.
                let first = rows.first().map_or(0, |r| r.row) + 1;
                let last = rows.last().map_or(0, |r| r.row) + 1;
                let range = L10nArgs::new()
                    .count("first", first)
                    .count("last", last)
                    .count("count", rows.len());
                writeln!(
                    out,
                    "      {} {}",
                    ui::change_kind("added"),
                    ui::t("history-added-rows", &range)
                )?;
                continue;
            }
            for row in rows {
                writeln!(
                    out,
                    "      {} {row_word} {:<4} {}",
                    ui::change_kind(row.kind),
                    row.row + 1,
                    row.label
                        .as_ref()
                        .map_or_else(|| "-".into(), ToString::to_string)
                )?;
            }
            for removed in &entry.change.removed {
                writeln!(
                    out,
                    "      {} {segment_word} {} {}",
                    ui::change_kind("removed"),
                    removed.segment + 1,
                    removed
                        .label
                        .as_ref()
                        .map_or_else(|| "-".into(), ToString::to_string)
                )?;
            }
            if entry.change.rows.is_empty()
                && entry.change.removed.is_empty()
                && entry.renamed_from.is_none()
            {
                writeln!(out, "      {}", ui::plain("history-layout-only"))?;
            }
        }
    }
    Ok(())
}
