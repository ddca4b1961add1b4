//! `sixfold meta`: what the header and closing lines of a rendering say, and, for a
//! document folder, whether every rendering agrees with `document.toml`.
//!
//! With `--render --lang L`, a document folder's header block and closing lines are
//! instead written in language L from `document.toml` (what the rendering's header should
//! say), through the same resources the header parser inverts.
//!
//! Exit status: 0 when everything agrees, 1 on any disagreement, 2 when a rendering or
//! `document.toml` cannot be read.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use serde::Serialize;
use sixfold_core::{DocumentToml, Lang};
use sixfold_history::PathKind;
use sixfold_l10n::Args as L10nArgs;
use sixfold_translations::discover::lang_of_path;
use sixfold_translations::header::{HeaderMeta, extract_header};
use sixfold_translations::header_check::{self, Reference, items_text};
use sixfold_translations::masthead::{Masthead, read_header, read_masthead};
use sixfold_translations::set::read_text;

use crate::args::{Format, FormatArg, LangArg, RevArg, help};
use crate::ui::{self, t, t1};

/// Arguments of `sixfold meta`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[arg(value_name = "FILE|DIR", help = help("cli-arg-meta-path"))]
    path: PathBuf,
    #[command(flatten)]
    lang: LangArg,
    #[command(flatten)]
    format: FormatArg,
    #[arg(long, conflicts_with = "rev", help = help("cli-arg-meta-render"))]
    render: bool,
    #[arg(
        long,
        value_enum,
        default_value = "current",
        requires = "render",
        help = help("cli-arg-meta-layout")
    )]
    layout: Layout,
    #[command(flatten)]
    rev: RevArg,
}

/// The masthead layout `--render` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Layout {
    /// "United Nations" / symbol / organ / "Distr.: General" and date / …
    Current,
    /// The bold organ, "Distr." over the category, symbol and date, … of the 1990s.
    #[value(name = "1990s")]
    Nineties,
}

pub(crate) fn run(args: &Args) -> anyhow::Result<ExitCode> {
    if args.render {
        return run_render(args);
    }
    // With --rev the path is what it is at that revision (a folder may exist only there).
    let folder = match args.rev.get() {
        Some(rev) => crate::source::kind_at(&args.path, rev)?
            .map_or_else(|| args.path.is_dir(), |k| k == PathKind::Folder),
        None => args.path.is_dir(),
    };
    if folder {
        run_folder(args)
    } else {
        run_file(args)
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn write_out(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

fn run_file(args: &Args) -> anyhow::Result<ExitCode> {
    let path = &args.path;
    // Read first: a missing or unreadable file is that, whatever its name says.
    let text = match args.rev.get() {
        Some(rev) => crate::source::file_at_rev(path, rev)?.with_context(|| {
            t(
                "cli-missing-at-rev",
                &L10nArgs::new()
                    .text("path", path.display().to_string())
                    .text("rev", rev),
            )
        })?,
        None => read_text(path)?,
    };
    let lang = match args.lang.lang {
        Some(lang) => lang,
        None => lang_of_path(path)
            .with_context(|| t1("cli-meta-unknown-language", "path", path.display()))?,
    };
    let meta = match extract_header(lang, &text) {
        Ok(meta) => meta,
        // Not the 1990s layout: read the masthead by what each line says; the strict
        // reader's error stays the one shown when that finds nothing either.
        Err(strict) => match read_masthead(lang, &text) {
            Ok(masthead) => return print_masthead(args, path, &masthead),
            Err(_) => {
                return Err(anyhow::Error::new(strict))
                    .with_context(|| t1("cli-meta-cannot-read-header", "path", path.display()));
            }
        },
    };
    let mut out = String::new();
    match args.format.format {
        Format::Json => {
            out.push_str(&serde_json::to_string_pretty(&meta)?);
            out.push('\n');
        }
        Format::Text => render_meta(&mut out, &file_name(path), &meta),
    }
    write_out(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// One value a rendering's header gives differently from the reference.
#[derive(Debug, Serialize)]
struct Disagreement {
    file: String,
    line: usize,
    field: &'static str,
    found: String,
    expected: String,
    message: String,
    /// Which words name the field in a localised line (`meta-compared`).
    #[serde(skip)]
    key: &'static str,
}

/// Every value of `meta` that differs from the reference ([`header_check::compare`], the
/// comparison `check` reports too), in header order.
fn compare(file: &str, meta: &HeaderMeta, reference: &Reference) -> Vec<Disagreement> {
    header_check::compare(meta, reference)
        .into_iter()
        .map(|m| Disagreement {
            message: format!(
                "{file} line {}: {} {}, {} says {}",
                m.line,
                m.field.words(m.plural),
                m.found,
                reference.source,
                m.expected
            ),
            key: m.field.key(m.plural),
            file: file.to_owned(),
            line: m.line,
            field: m.field.as_str(),
            found: m.found,
            expected: m.expected,
        })
        .collect()
}

/// `meta FILE` for a text whose masthead was read by content ([`read_masthead`]): every
/// value may be absent, and derived values are marked.
fn print_masthead(args: &Args, path: &Path, m: &Masthead) -> anyhow::Result<ExitCode> {
    let mut out = String::new();
    match args.format.format {
        Format::Json => {
            out.push_str(&serde_json::to_string_pretty(m)?);
            out.push('\n');
        }
        Format::Text => {
            let none = || ui::plain("meta-none");
            let show = |v: Option<String>| v.unwrap_or_else(none);
            let report = match (&m.report, m.committee) {
                (Some(r), Some(c)) => t(
                    "meta-report-committee",
                    &L10nArgs::new()
                        .text("report", r.as_str())
                        .num("committee", u32::from(c)),
                ),
                (Some(r), None) => t1("meta-report-plenary", "report", r),
                (None, _) => none(),
            };
            let rows = [
                ("symbol", show(m.symbol.clone())),
                (
                    "organ",
                    show(m.organ.map(|o| o.name(m.language).to_owned())),
                ),
                (
                    "distribution",
                    show(m.distribution.map(|d| d.as_str().to_owned())),
                ),
                ("date", show(m.date.map(|d| d.to_string()))),
                (
                    "original",
                    show(m.original_language.map(|l| l.code().to_owned())),
                ),
                ("session", show(m.session.map(|s| s.to_string()))),
                ("agenda", localised_value(&items_text(&m.agenda_items))),
                (report_field(m.report.as_deref()), report),
                ("resolution", show(m.resolution.clone())),
                ("title", show(m.title.clone())),
                ("meeting", show(m.meeting.map(|n| n.to_string()))),
                ("adopted", show(m.adopted.map(|d| d.to_string()))),
            ];
            let rows = rows.map(|(field, value)| {
                let key = if field == "draft" { "report" } else { field };
                let value = if m.derived.contains(&key) {
                    format!("{value} ({})", ui::plain("meta-derived"))
                } else {
                    value
                };
                (t1("meta-label", "field", field), value)
            });
            let width = rows
                .iter()
                .map(|(label, _)| ui::display_width(label) + 1)
                .max()
                .unwrap_or(0)
                .max(13);
            let _ = writeln!(out, "{} ({})", file_name(path), m.language);
            for (label, value) in rows {
                let _ = writeln!(out, "  {} {value}", ui::pad(&label, width));
            }
        }
    }
    write_out(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// The label of the line under the heading: plenary resolutions cite the draft they adopt
/// (`A/80/L.7`), committee ones the committee's report; calling a draft a report misleads.
fn report_field(symbol: Option<&str>) -> &'static str {
    match symbol.and_then(|s| s.parse::<sixfold_core::Symbol>().ok()) {
        Some(s) if s.is_draft() => "draft",
        _ => "report",
    }
}

/// A value for people: "none" in the interface language.
fn localised_value(value: &str) -> String {
    if value == "none" {
        ui::plain("meta-none")
    } else {
        value.to_owned()
    }
}

fn render_meta(out: &mut String, file: &str, meta: &HeaderMeta) {
    let report = match (&meta.report, meta.committee) {
        (Some(r), Some(c)) => t(
            "meta-report-committee",
            &L10nArgs::new()
                .text("report", r.as_str())
                .num("committee", u32::from(c)),
        ),
        (Some(r), None) => t1("meta-report-plenary", "report", r),
        (None, _) => ui::plain("meta-none"),
    };
    let rows = [
        ("symbol", meta.symbol.clone()),
        ("distribution", meta.distribution.as_str().to_owned()),
        ("date", meta.date.to_string()),
        ("session", meta.session.to_string()),
        ("agenda", localised_value(&items_text(&meta.agenda_items))),
        (report_field(meta.report.as_deref()), report),
        ("resolution", meta.resolution.clone()),
        (
            "title",
            if meta.title.is_empty() {
                ui::plain("meta-none")
            } else {
                meta.title.clone()
            },
        ),
        ("meeting", meta.meeting.to_string()),
        ("adopted", meta.adopted.to_string()),
    ]
    .map(|(field, value)| (t1("meta-label", "field", field), value));
    // 13 columns as before in English; wider when a language's labels need it.
    let width = rows
        .iter()
        .map(|(label, _)| ui::display_width(label) + 1)
        .max()
        .unwrap_or(0)
        .max(13);
    let _ = writeln!(out, "{file} ({})", meta.language);
    for (label, value) in rows {
        let _ = writeln!(out, "  {} {value}", ui::pad(&label, width));
    }
}

/// A disagreement line in the interface language (the JSON keeps the English `message`).
fn disagreement_text(d: &Disagreement, reference: &str) -> String {
    t(
        "meta-disagreement",
        &L10nArgs::new()
            .text("file", d.file.as_str())
            .count("line", d.line)
            .text("field", d.key)
            .text("found", localised_value(&d.found))
            .text("reference", reference)
            .text("expected", localised_value(&d.expected)),
    )
}

#[derive(Serialize)]
struct RenderedHeader {
    language: Lang,
    masthead: Vec<Vec<String>>,
    closing: Vec<String>,
}

/// `--render`: the header block and closing lines of a document folder in `--lang`.
fn run_render(args: &Args) -> anyhow::Result<ExitCode> {
    let dir = &args.path;
    if !dir.is_dir() {
        anyhow::bail!(t1("cli-meta-render-needs-folder", "path", dir.display()));
    }
    let Some(lang) = args.lang.lang else {
        anyhow::bail!(ui::plain("cli-meta-render-needs-lang"));
    };
    let toml_path = dir.join("document.toml");
    if let Some(err) = crate::source::refused(&toml_path) {
        return Err(err.into());
    }
    if !toml_path.is_file() {
        anyhow::bail!(t1("cli-meta-no-toml", "path", dir.display()));
    }
    let text = read_text(&toml_path)?;
    let doc = DocumentToml::parse(&text, "document.toml")
        .map_err(|e| anyhow::anyhow!("{e}"))
        .with_context(|| t1("cli-meta-cannot-use", "path", toml_path.display()))?;
    let rendered = match args.layout {
        Layout::Current => sixfold_l10n::render_current_block(lang, &doc),
        Layout::Nineties => sixfold_l10n::render_header_block(lang, &doc),
    };
    let block = rendered.with_context(|| {
        t(
            "cli-meta-cannot-render",
            &L10nArgs::new()
                .text("path", dir.display().to_string())
                .text("lang", lang.code()),
        )
    })?;
    let out = match args.format.format {
        Format::Text if args.layout == Layout::Current => block.to_plain_markdown(),
        Format::Text => block.to_markdown(),
        Format::Json => {
            let rendered = RenderedHeader {
                language: lang,
                masthead: block.masthead,
                closing: block.closing,
            };
            let mut json = serde_json::to_string_pretty(&rendered)?;
            json.push('\n');
            json
        }
    };
    write_out(&out)?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct FolderReport<'a> {
    /// What the renderings were compared with.
    reference: &'a str,
    renderings: Vec<&'a HeaderMeta>,
    errors: Vec<FileError>,
    disagreements: Vec<Disagreement>,
}

#[derive(Serialize)]
struct FileError {
    file: String,
    message: String,
}

/// The folder's `document.toml` in the work tree (only a regular file) or at `rev`.
fn toml_text(path: &std::path::Path, rev: Option<&str>) -> anyhow::Result<Option<String>> {
    if let Some(rev) = rev {
        return crate::source::file_at_rev(path, rev);
    }
    if let Some(err) = crate::source::refused(path) {
        return Err(err.into());
    }
    Ok(path.is_file().then(|| read_text(path)).transpose()?)
}

fn run_folder(args: &Args) -> anyhow::Result<ExitCode> {
    let dir = &args.path;
    let mut errors = Vec::new();
    let mut metas: Vec<(String, HeaderMeta)> = Vec::new();
    for (lang, file) in crate::source::rendering_files(dir, args.rev.get())? {
        let path = dir.join(&file);
        if let Some(problem) = args
            .rev
            .get()
            .is_none()
            .then(|| crate::source::refused(&path))
            .flatten()
        {
            errors.push(FileError {
                message: problem.to_string(),
                file,
            });
            continue;
        }
        let text = match args.rev.get() {
            Some(rev) => match crate::source::file_at_rev(&path, rev)? {
                Some(text) => text,
                None => continue,
            },
            None if !path.is_file() => continue,
            None => read_text(&path)?,
        };
        match read_header(lang, &text) {
            Ok(meta) => metas.push((file, meta)),
            Err(e) => errors.push(FileError {
                message: format!("{file}: {e}"),
                file,
            }),
        }
    }
    if metas.is_empty() && errors.is_empty() {
        anyhow::bail!(t1("cli-meta-no-renderings", "path", dir.display()));
    }
    let toml_path = dir.join("document.toml");
    let toml_text = toml_text(&toml_path, args.rev.get())?;
    let toml = match toml_text {
        Some(text) => Some(
            DocumentToml::parse(&text, "document.toml")
                .map_err(|e| anyhow::anyhow!("{e}"))
                .with_context(|| t1("cli-meta-cannot-use", "path", toml_path.display()))?,
        ),
        None => None,
    };
    let (disagreements, reference) = disagreements(&metas, toml.as_ref());
    let reference = reference.as_str();

    let mut out = String::new();
    match args.format.format {
        Format::Json => {
            let report = FolderReport {
                reference,
                renderings: metas.iter().map(|(_, m)| m).collect(),
                errors,
                disagreements,
            };
            out.push_str(&serde_json::to_string_pretty(&report)?);
            out.push('\n');
            write_out(&out)?;
            return Ok(exit_code(&report.errors, &report.disagreements));
        }
        Format::Text => {
            for (file, meta) in &metas {
                render_meta(&mut out, file, meta);
            }
            for e in &errors {
                let _ = writeln!(out, "{}", t1("meta-file-error", "message", &e.message));
            }
            if metas.is_empty() {
                // Nothing read is nothing compared: "all agree with none" would say otherwise.
                let args = L10nArgs::new().count("total", errors.len());
                let _ = writeln!(out, "{}", t("meta-none-read", &args));
            } else if disagreements.is_empty() {
                let args = L10nArgs::new()
                    .count("read", metas.len())
                    .count("total", metas.len() + errors.len())
                    .text("reference", reference);
                let _ = writeln!(out, "{}", t("meta-all-agree", &args));
            } else {
                let args = L10nArgs::new()
                    .count("count", disagreements.len())
                    .text("reference", reference);
                let _ = writeln!(out, "{}", t("meta-disagreements", &args));
                for d in &disagreements {
                    let _ = writeln!(out, "  {}", disagreement_text(d, reference));
                }
            }
        }
    }
    write_out(&out)?;
    Ok(exit_code(&errors, &disagreements))
}

/// Every rendering's header compared with `document.toml`, or, without one, with the
/// English rendering (else the first read); and the name of what they were compared with.
fn disagreements(
    metas: &[(String, HeaderMeta)],
    toml: Option<&DocumentToml>,
) -> (Vec<Disagreement>, String) {
    // Without document.toml the renderings can still be checked against each other;
    // English comes first among the renderings read if present.
    let first = metas
        .iter()
        .find(|(_, m)| m.language == Lang::En)
        .or_else(|| metas.first())
        .map(|(file, meta)| Reference::from_rendering(file, meta));
    let reference_for = |lang: Lang| match toml {
        Some(doc) => Some(Reference::from_toml(doc, lang)),
        None => first.clone(),
    };
    let found = metas
        .iter()
        .flat_map(|(file, meta)| {
            reference_for(meta.language)
                .map(|r| compare(file, meta, &r))
                .unwrap_or_default()
        })
        .collect();
    let reference = match (toml, &first) {
        (Some(_), _) => "document.toml".to_owned(),
        (None, Some(r)) => r.source.clone(),
        (None, None) => "none".to_owned(),
    };
    (found, reference)
}

fn exit_code(errors: &[FileError], disagreements: &[Disagreement]) -> ExitCode {
    if !errors.is_empty() {
        ExitCode::from(2)
    } else if !disagreements.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
