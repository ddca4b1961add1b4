//! `sixfold diff`: what changed between two versions, row by row and in every language.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use sixfold_history::{DiffReport, Revision};
use sixfold_l10n::Args as L10nArgs;

use crate::args::{CacheArg, Format, FormatArg, PivotArg, help};
use crate::ui;

/// Arguments of `sixfold diff`.
///
/// Both versions are aligned and their rows matched through the pivot, so a translator
/// applying a corrigendum sees which rows to touch in each language.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[arg(help = help("cli-arg-dir"))]
    dir: PathBuf,
    #[arg(long, help = help("cli-arg-diff-from"))]
    from: String,
    // Without it, the work tree (uncommitted edits included, as `git diff REV`).
    #[arg(long, help = help("cli-arg-diff-to"))]
    to: Option<String>,
    #[command(flatten)]
    pivot: PivotArg,
    #[command(flatten)]
    format: FormatArg,
    #[command(flatten)]
    cache: CacheArg,
    // The path names the folder at the newer revision; without following, it is read as
    // it is at both (absent at the older one when renamed in between).
    #[arg(long, help = help("cli-arg-no-follow"))]
    no_follow: bool,
}

pub(crate) fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let repo = crate::source::discover(&args.dir)?;
    let to = args.to.clone().map_or(Revision::WorkTree, Revision::Commit);
    let cache = crate::source::cache_for(&repo, args.cache.cache);
    let mut options = sixfold_history::AnalyseOptions::new(&cache);
    options.follow = !args.no_follow;
    let report = sixfold_history::diff_with(
        &repo,
        &Revision::Commit(args.from.clone()),
        &to,
        args.pivot.pivot,
        &options,
    )?;
    let mut out = std::io::stdout().lock();
    match args.format.format {
        Format::Json => {
            serde_json::to_writer(&mut out, &report)?;
            writeln!(out)?;
        }
        Format::Text => write_text(&mut out, &report, args)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn write_text(out: &mut impl Write, report: &DiffReport, args: &Args) -> std::io::Result<()> {
    let heading = L10nArgs::new()
        .text("path", report.path.as_str())
        .text("from", report.from.short.as_str())
        .text("from_rev", args.from.as_str())
        .text(
            "to",
            if report.to.is_work_tree() {
                ui::plain("note-work-tree")
            } else {
                report.to.short.clone()
            },
        )
        .text(
            "to_rev",
            args.to
                .clone()
                .unwrap_or_else(|| ui::plain("diff-uncommitted")),
        )
        .text("pivot", report.pivot.code());
    writeln!(out, "{}", ui::t("diff-heading", &heading))?;
    let segment_word = ui::plain("history-segment-word");
    for row in &report.rows {
        let place = match row.row {
            // Counted from 1 in text, as export ids are; 0-based in the JSON.
            Some(r) => ui::t("diff-row", &L10nArgs::new().count("row", r + 1)),
            None => ui::t1(
                "diff-old-row",
                "rows",
                row.old_rows
                    .iter()
                    .map(|r| (r + 1).to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
        };
        writeln!(
            out,
            "\n{place}  {}",
            row.label
                .as_ref()
                .map_or_else(|| "-".into(), ToString::to_string)
        )?;
        for (lang, items) in &row.languages {
            for d in items {
                let seg = d.new_segment.or(d.old_segment).unwrap_or_default() + 1;
                writeln!(
                    out,
                    "  {lang}  {} {segment_word} {seg}",
                    ui::change_kind(d.kind)
                )?;
                if let Some(old) = &d.old_text {
                    writeln!(out, "      - {old}")?;
                }
                if let Some(new) = &d.new_text {
                    writeln!(out, "      + {new}")?;
                }
                if !d.words.is_empty() {
                    writeln!(out, "      ~ {}", sixfold_history::marked_words(&d.words))?;
                }
            }
        }
    }
    let summary = L10nArgs::new().count("count", report.rows.len());
    writeln!(out, "\n{}", ui::t("diff-summary", &summary))
}
