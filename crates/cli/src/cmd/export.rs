//! `sixfold export`: one document's aligned rows as TMX, XLIFF, TSV, JSON Lines, Moses
//! parallel text or an HTML review page.
//!
//! The findings of the checks travel inside the export (XLIFF notes, JSON `findings`, the
//! review page's highlights), so the exit code only says whether the export was written:
//! 0, or 2 when the input or the options cannot give one.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use sixfold_core::Lang;
use sixfold_export::{Aligned, Format, Prepared, html, tabular, tmx, write_atomic, xliff};

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
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse::<Lang>().map_err(|e| e.to_string())
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse::<Format>().map_err(|e| e.to_string())
}

pub(crate) fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let prepared = Prepared::load(&args.dir)
        .with_context(|| format!("cannot export {}", args.dir.display()))?;
    let doc = prepared.aligned();
    let langs = chosen_languages(args, &doc)?;
    let source = args
        .source
        .or_else(|| args.langs.first().copied())
        .unwrap_or(doc.alignment.pivot);
    if !langs.contains(&source) {
        bail!(
            "the source language {source} is not among the exported languages ({})",
            codes(&langs)
        );
    }
    let text = match args.format {
        Format::Moses => return write_moses(args, &doc, &langs, source),
        Format::Tmx if langs.len() == 2 => tmx::bilingual(&doc, source, other(&langs, source)),
        Format::Tmx => tmx::multilingual(&doc, &langs, Some(source)),
        Format::Xliff => {
            if langs.len() != 2 {
                bail!(
                    "xliff holds one source and one target language: give --langs SOURCE,TARGET (got {})",
                    codes(&langs)
                );
            }
            xliff::write(&doc, source, other(&langs, source))
        }
        Format::Tsv => tabular::tsv(&doc, &langs, Some(source)),
        Format::Jsonl => tabular::jsonl(&doc, &langs, Some(source)),
        Format::Html => html::write(&doc, &langs, Some(source)),
    };
    if let Some(path) = &args.output {
        write_atomic(path, text.as_bytes())
            .with_context(|| format!("cannot write the {} export", args.format))?;
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
            bail!(
                "{} has no {lang} rendering: expected one of {}",
                args.dir.display(),
                codes(&doc.all_languages())
            );
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

fn write_moses(
    args: &Args,
    doc: &Aligned<'_>,
    langs: &[Lang],
    source: Lang,
) -> anyhow::Result<ExitCode> {
    let Some(output) = &args.output else {
        bail!("moses writes one file per language: give -o DIRECTORY or -o PATH/PREFIX");
    };
    let prefix: PathBuf = if output.is_dir() {
        output.join(doc.slug)
    } else {
        output.clone()
    };
    for (lang, text) in tabular::moses(doc, langs, Some(source)) {
        let path = with_suffix(&prefix, lang.code());
        write_atomic(&path, text.as_bytes())
            .with_context(|| format!("cannot write the moses file for {lang}"))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `prefix.<code>`, keeping any dots already in the prefix's file name.
fn with_suffix(prefix: &Path, code: &str) -> PathBuf {
    let mut name = prefix.as_os_str().to_owned();
    name.push(".");
    name.push(code);
    PathBuf::from(name)
}
