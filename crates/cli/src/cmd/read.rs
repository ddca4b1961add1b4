//! `sixfold read`: what the reader made of one rendering — its header values and its
//! segments with kind, label, text, source line and footnote references. It is how a
//! user debugs an input, and what the real-document tests read.
//!
//! The header values come from the strict 1990s-layout reader when it accepts the text,
//! and otherwise from the masthead read by what each line says (with the fields it had to
//! derive listed); `meta` is `null` when neither finds anything identifying.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use serde::Serialize;
use sixfold_core::Lang;
use sixfold_translations::Segment;
use sixfold_translations::discover::lang_of_path;
use sixfold_translations::header::extract_header;
use sixfold_translations::masthead::read_masthead;
use sixfold_translations::read::read_str;
use sixfold_translations::set::read_text;

use crate::args::{Format, FormatArg, LangArg, help};
use crate::ui::t1;

/// Arguments of `sixfold read`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[arg(value_name = "FILE", help = help("cli-arg-read-path"))]
    path: PathBuf,
    #[command(flatten)]
    lang: LangArg,
    #[command(flatten)]
    format: FormatArg,
}

#[derive(Serialize)]
struct Output<'a> {
    language: Lang,
    meta: serde_json::Value,
    segments: &'a [Segment],
}

/// The header values as `sixfold meta --format json` prints them, `null` when the text
/// has no readable masthead.
pub(crate) fn meta_value(lang: Lang, text: &str) -> anyhow::Result<serde_json::Value> {
    if let Ok(meta) = extract_header(lang, text) {
        return Ok(serde_json::to_value(&meta)?);
    }
    match read_masthead(lang, text) {
        Ok(m) => Ok(serde_json::to_value(&m)?),
        Err(_) => Ok(serde_json::Value::Null),
    }
}

pub(crate) fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let path = &args.path;
    let text = read_text(path)?;
    let lang = match args.lang.lang {
        Some(lang) => lang,
        None => lang_of_path(path)
            .with_context(|| t1("cli-meta-unknown-language", "path", path.display()))?,
    };
    let doc = read_str(lang, &path.display().to_string(), &text);
    let mut out = String::new();
    match args.format.format {
        Format::Json => {
            let output = Output {
                language: lang,
                meta: meta_value(lang, &text)?,
                segments: &doc.segments,
            };
            out.push_str(&serde_json::to_string_pretty(&output)?);
            out.push('\n');
        }
        Format::Text => {
            let mut uses: HashMap<&sixfold_translations::Label, usize> = HashMap::new();
            for label in doc.segments.iter().filter_map(|s| s.label.as_ref()) {
                *uses.entry(label).or_default() += 1;
            }
            for s in &doc.segments {
                let refs = if s.footnote_refs.is_empty() {
                    String::new()
                } else {
                    let list: Vec<String> = s.footnote_refs.iter().map(u32::to_string).collect();
                    format!(" [^{}]", list.join(","))
                };
                let _ = writeln!(
                    out,
                    "{:>5}  {:<9} {:<14} {}{refs}",
                    s.line,
                    s.kind.as_str(),
                    anchor(&uses, s),
                    s.text
                );
            }
        }
    }
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes())?;
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// How finding ids and `pin` name the segment: its label when no other segment carries
/// the same one, else `@` and its text's digest (after the label it repeats, if any), so
/// that an id such as `numbers-differ:ar:@f2c99f32` can be found in this listing.
fn anchor(
    uses: &HashMap<&sixfold_translations::Label, usize>,
    s: &sixfold_translations::Segment,
) -> String {
    let digest = || sixfold_translations::finding_id::digest([s.text.as_str()]);
    match &s.label {
        Some(label) if uses.get(label) == Some(&1) => label.to_string(),
        Some(label) => format!("{label} @{}", digest()),
        None => format!("@{}", digest()),
    }
}
