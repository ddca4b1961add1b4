//! `sixfold align`: the six-way paragraph alignment of one or more documents, as JSON for
//! other tools or side by side for people.

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

use rayon::prelude::*;
use sixfold_core::Lang;
use sixfold_translations::{Alignment, DocumentSet};
use unicode_segmentation::UnicodeSegmentation as _;

use crate::args::Format;
use crate::docs::{DocArgs, Documents, WhenNone};

/// Arguments of `sixfold align`: the document group, with JSON for other tools as the
/// default output and a path (or `--from`) required.
#[derive(Debug, clap::Args)]
#[command(
    mut_arg("format", |a| a.default_value("json")),
    mut_arg("paths", |a| a.required_unless_present("from"))
)]
pub(crate) struct Args {
    #[command(flatten)]
    docs: DocArgs,
}

pub(crate) fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let docs = &args.docs;
    let mut sets = match docs.documents(WhenNone::Required)? {
        Documents::Stream(source) => return run_many(docs, source),
        Documents::Loaded(sets) => sets,
    };
    let opts = docs.align_options();
    if let [(place, set)] = &mut sets[..] {
        if docs.format() == Format::Json {
            // The source texts serve the checks and versions, neither of which the
            // alignment's JSON holds: a copy of every rendering less while aligning.
            set.texts.clear();
            // One document: its JSON goes out as it is made, never held whole beside the
            // alignment (it holds every segment's text and is larger than the rendering).
            let alignment = crate::review::decide(set, opts)?.alignment;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            // As an io error, so that a closed pipe is still told from a failure.
            sixfold_export::report::write_align_json(&mut out, set, place, &alignment)
                .map_err(std::io::Error::from)?;
            out.flush()?;
            return Ok(ExitCode::SUCCESS);
        }
    }
    let rendered: Vec<String> = sets
        .par_iter()
        .map(|(place, set)| {
            let alignment = crate::review::decide(set, opts)?.alignment;
            match docs.format() {
                Format::Json => to_json(place, set, &alignment),
                Format::Text => Ok(to_text(
                    place,
                    set,
                    &alignment,
                    cell_width(alignment.languages.len()),
                )),
            }
        })
        .collect::<anyhow::Result<_>>()?;
    let mut out = std::io::stdout().lock();
    for r in rendered {
        out.write_all(r.as_bytes())?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Document folders, many of them: each is read, aligned and rendered by one of the
/// `--jobs` workers and printed in input order as soon as the ones before it are. A
/// folder that cannot be used is reported on stderr and the run goes on (exit 2 at the end).
fn run_many(docs: &DocArgs, source: crate::stream::Source) -> anyhow::Result<ExitCode> {
    let opts = docs.align_options();
    let width = cell_width(Lang::ALL.len());
    // A lone folder's JSON goes out as it is made, as one document's does from files:
    // rendered whole first, it was the peak of a long document's `align` (the JSON holds
    // every segment's text and is larger than the rendering). With several folders each
    // worker renders its own, so that the printer keeps input order without holding
    // alignments.
    let lone = matches!(&source, crate::stream::Source::Args(paths) if paths.len() == 1)
        && docs.format() == Format::Json;
    let mut out = std::io::stdout().lock();
    let failed = docs.many.run_all(
        source,
        |path| {
            let (place, mut set) = docs.load_one(path)?;
            // The source texts serve the checks and versions, neither of which `align`
            // writes: a copy of every rendering less while aligning.
            set.texts.clear();
            let alignment = crate::review::decide(&set, opts)?.alignment;
            Ok(match docs.format() {
                Format::Json if lone => Made::Aligned(Box::new((place, set, alignment))),
                Format::Json => {
                    let mut bytes = Vec::new();
                    sixfold_export::report::write_align_json(&mut bytes, &set, &place, &alignment)?;
                    Made::Bytes(bytes)
                }
                Format::Text => {
                    let width = if alignment.languages.len() == Lang::ALL.len() {
                        width
                    } else {
                        cell_width(alignment.languages.len())
                    };
                    Made::Bytes(to_text(&place, &set, &alignment, width).into_bytes())
                }
            })
        },
        |path, result| match result {
            Ok(Made::Bytes(bytes)) => Ok(out.write_all(&bytes)?),
            Ok(Made::Aligned(made)) => {
                let (place, set, alignment) = *made;
                let mut buffered = std::io::BufWriter::new(&mut out);
                // As an io error, so that a closed pipe is still told from a failure.
                sixfold_export::report::write_align_json(&mut buffered, &set, &place, &alignment)
                    .map_err(std::io::Error::from)?;
                Ok(buffered.flush()?)
            }
            Err(err) if docs.format() == Format::Json => {
                Ok(out.write_all(crate::stream::failure_json(path, err).as_bytes())?)
            }
            Err(_) => Ok(()),
        },
    )?;
    out.flush()?;
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

/// What a worker of [`run_many`] hands the printer for one folder.
enum Made {
    /// The folder's output, rendered.
    Bytes(Vec<u8>),
    /// The only folder of the run, aligned: the printer writes its JSON straight out.
    Aligned(Box<(String, DocumentSet, Alignment)>),
}

/// One JSON object and a newline: the interface other tools consume (see issue 4). `place`
/// is the folder (or the files) as the user named it.
pub(crate) fn to_json(
    place: &str,
    set: &DocumentSet,
    alignment: &Alignment,
) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    sixfold_export::report::write_align_json(&mut bytes, set, place, alignment)?;
    Ok(String::from_utf8(bytes).expect("this cannot fail because serde_json writes UTF-8"))
}

/// Width of one text column: the terminal width (`COLUMNS`, when the shell exports it)
/// shared among the languages, else 40.
fn cell_width(languages: usize) -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .map_or(40, |cols| {
            (cols.saturating_sub(10) / languages.max(1))
                .saturating_sub(3)
                .clamp(12, 80)
        })
}

/// Cuts `text` to at most `width` terminal columns without splitting a grapheme, marking a
/// cut with an ellipsis, and pads it to exactly `width`.
pub(crate) fn fit(text: &str, width: usize) -> String {
    let total: usize = text.graphemes(true).map(crate::ui::display_width).sum();
    let mut out = String::new();
    let mut used = 0;
    if total <= width {
        out.push_str(text);
        used = total;
    } else {
        for g in text.graphemes(true) {
            let w = crate::ui::display_width(g);
            if used + w + 1 > width {
                break;
            }
            out.push_str(g);
            used += w;
        }
        out.push('…');
        used += 1;
    }
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

fn to_text(place: &str, set: &DocumentSet, alignment: &Alignment, width: usize) -> String {
    let mut s = String::new();
    let no_symbol = crate::ui::plain("check-no-symbol");
    let heading = sixfold_l10n::Args::new()
        .text("symbol", set.symbol().unwrap_or(&no_symbol))
        .text("place", place)
        .text("pivot", alignment.pivot.code())
        .count("rows", alignment.rows.len());
    let _ = writeln!(
        s,
        "{}",
        crate::term::sanitize(&crate::ui::t("align-heading", &heading))
    );
    // Four columns each in English; wider when a language's column titles need it.
    let row_title = crate::ui::plain("align-column-row");
    let conf_title = crate::ui::plain("align-column-confidence");
    let rw = crate::ui::display_width(&row_title).max(4);
    let cw = crate::ui::display_width(&conf_title).max(4);
    let mut header = format!(
        "{} {} ",
        crate::ui::pad_left(&row_title, rw),
        crate::ui::pad_left(&conf_title, cw)
    );
    for lang in &alignment.languages {
        header.push_str(" | ");
        header.push_str(&fit(lang.code(), width));
    }
    let _ = writeln!(s, "{}", header.trim_end());
    // Rows and segments are counted from 1, as export ids (`…-r001`) and lines are; the
    // JSON keeps 0-based indices for programs.
    for (i, row) in alignment.rows.iter().enumerate() {
        let number = i + 1;
        let mut line = format!("{number:>rw$} {:>cw$.2} ", row.confidence);
        for lang in &alignment.languages {
            let cell = row.cell(*lang);
            let text = set.docs.get(lang).map_or_else(String::new, |d| {
                cell.iter()
                    .filter_map(|&k| d.segments.get(k))
                    .map(|seg| seg.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ¶ ")
            });
            let ids = cell
                .iter()
                .map(|k| (k + 1).to_string())
                .collect::<Vec<_>>()
                .join(",");
            let shown = if cell.is_empty() {
                "—".to_owned()
            } else {
                format!("[{ids}] {text}")
            };
            line.push_str(" | ");
            // Escaped before fitting, so the width counts what the terminal will show.
            line.push_str(&fit(&crate::term::sanitize(&shown), width));
        }
        let _ = writeln!(s, "{}", line.trim_end());
        if !row.reasons.is_empty() {
            let _ = writeln!(
                s,
                "{:>w$} {}",
                "",
                row.reasons
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
                w = rw + cw + 2
            );
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_is_grapheme_safe_and_counts_wide_characters() {
        assert_eq!(fit("abc", 5), "abc  ");
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("大会决议通过", 5), "大会…");
        // e + combining acute is one grapheme and is never split.
        assert_eq!(
            fit("e\u{301}e\u{301}e\u{301}", 3),
            "e\u{301}e\u{301}e\u{301}"
        );
        assert_eq!(fit("e\u{301}e\u{301}e\u{301}x", 3), "e\u{301}e\u{301}…");
    }
}
