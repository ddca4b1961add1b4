//! `sixfold export`: one document's aligned rows as TMX, XLIFF, TSV, JSON Lines, Moses
//! parallel text or an HTML review page.
//!
//! The findings of the checks travel inside the export (XLIFF notes, JSON `findings`, the
//! review page's highlights), so the exit code only says whether the export was written:
//! 0, or 2 when the input or the options cannot give one.
//!
//! Labels written for people (the HTML page's headings, legend and finding texts, TMX and
//! XLIFF notes) follow the interface language (`--ui-lang`); data, codes and the other
//! formats do not change with it.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use sixfold_core::Lang;
use sixfold_export::{
    Aligned, Format, Prepared, html, moses_paths, tabular, tmx, write_files, xliff,
};
use sixfold_l10n::Args as L10nArgs;

use crate::ui::{self, t, t1};

/// Arguments of `sixfold export`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Document folder holding `{lang}.md` renderings and `document.toml`.
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    /// tmx (two languages: bilingual, more: multilingual with srclang *all*), xliff (one
    /// source, one target), tsv, jsonl, moses (one file per language; needs -o), html.
    #[arg(long, value_parser = parse_format)]
    format: Format,
    /// Languages to export, comma-separated (default: every rendering in the folder).
    #[arg(long, value_delimiter = ',', value_parser = parse_lang)]
    langs: Vec<Lang>,
    /// Source language: XLIFF `srcLang`, bilingual TMX `srclang`, the first column
    /// elsewhere (default: the first of --langs, else English).
    #[arg(long, value_parser = parse_lang)]
    source: Option<Lang>,
    /// Output file (stdout when absent). For moses: an existing directory, where
    /// `<slug>.<lang>` files are written, or a path prefix to which `.<lang>` is appended.
    #[arg(short = 'o', long = "output", value_name = "PATH")]
    output: Option<PathBuf>,
    /// Export the folder as it was at this git revision (any revspec), not the work tree.
    #[arg(long)]
    rev: Option<String>,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse::<Lang>().map_err(|e| e.to_string())
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse::<Format>().map_err(|e| e.to_string())
}

pub(crate) fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let prepared = crate::source::prepared(&args.dir, args.rev.as_deref())
        .with_context(|| t1("cli-cannot-export", "path", args.dir.display()))?;
    let doc = prepared.aligned();
    let langs = chosen_languages(args, &doc)?;
    let source = args
        .source
        .or_else(|| args.langs.first().copied())
        .unwrap_or(doc.alignment.pivot);
    if !langs.contains(&source) {
        bail!(t(
            "cli-export-source-not-exported",
            &L10nArgs::new()
                .text("lang", source.code())
                .text("langs", codes(&langs))
        ));
    }
    let ui = ui::lang();
    let inputs = inputs(args, &prepared);
    let text = match args.format {
        Format::Moses => return write_moses(args, &doc, &langs, source, &inputs),
        Format::Tmx if langs.len() == 2 => {
            tmx::bilingual_in(&doc, source, other(&langs, source), ui)
        }
        Format::Tmx => tmx::multilingual_in(&doc, &langs, Some(source), ui),
        Format::Xliff => {
            if langs.len() != 2 {
                bail!(t1("cli-export-xliff-pair", "langs", codes(&langs)));
            }
            xliff::write_in(&doc, source, other(&langs, source), ui)
        }
        Format::Tsv => tabular::tsv(&doc, &langs, Some(source)),
        Format::Jsonl => tabular::jsonl(&doc, &langs, Some(source)),
        Format::Html => html::write_in(&doc, &langs, Some(source), ui),
    };
    if let Some(path) = &args.output {
        write_files(&[(path.clone(), text.as_bytes())], &inputs)
            .with_context(|| t1("cli-cannot-write-export", "format", args.format))?;
    } else {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `--langs`, checked against the renderings the folder has; all of them by default.
fn chosen_languages(args: &Args, doc: &Aligned<'_>) -> anyhow::Result<Vec<Lang>> {
    if args.langs.is_empty() {
        return Ok(doc.all_languages());
    }
    let mut langs = Vec::new();
    for &lang in &args.langs {
        if !doc.docs.contains_key(&lang) {
            bail!(t(
                "cli-export-no-rendering",
                &L10nArgs::new()
                    .text("path", args.dir.display().to_string())
                    .text("lang", lang.code())
                    .text("langs", codes(&doc.all_languages()))
            ));
        }
        if !langs.contains(&lang) {
            langs.push(lang);
        }
    }
    Ok(langs)
}

/// The language of a pair that is not the source.
fn other(pair: &[Lang], source: Lang) -> Lang {
    pair.iter()
        .copied()
        .find(|l| *l != source)
        .unwrap_or(source)
}

fn codes(langs: &[Lang]) -> String {
    langs
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The files `-o` must never overwrite: the folder's renderings (`{lang}.md` for every
/// language, present or not) and `document.toml` in the work tree, and the renderings
/// read. The work tree counts whatever `--rev` says: exporting an old
/// version must not destroy uncommitted work (at a revision the renderings' sources are
/// `REV:path` names, which match no file).
fn inputs(args: &Args, prepared: &Prepared) -> Vec<PathBuf> {
    let mut inputs: Vec<PathBuf> = prepared
        .set
        .docs
        .values()
        .map(|d| PathBuf::from(&d.source))
        .collect();
    inputs.extend(
        Lang::ALL
            .iter()
            .map(|l| args.dir.join(format!("{}.md", l.code()))),
    );
    inputs.push(args.dir.join("document.toml"));
    inputs
}

fn write_moses(
    args: &Args,
    doc: &Aligned<'_>,
    langs: &[Lang],
    source: Lang,
    inputs: &[PathBuf],
) -> anyhow::Result<ExitCode> {
    let Some(output) = &args.output else {
        bail!(ui::plain("cli-export-moses-output"));
    };
    let texts = tabular::moses(doc, langs, Some(source));
    let codes: Vec<&str> = texts.iter().map(|(lang, _)| lang.code()).collect();
    let paths = moses_paths(output, doc.slug, &codes)
        .with_context(|| t1("cli-cannot-write-export", "format", args.format))?;
    let files: Vec<(PathBuf, &[u8])> = paths
        .into_iter()
        .zip(&texts)
        .map(|(path, (_, text))| (path, text.as_bytes()))
        .collect();
    write_files(&files, inputs)
        .with_context(|| t1("cli-cannot-write-export", "format", args.format))?;
    Ok(ExitCode::SUCCESS)
}
