//! `sixfold id`: analyse UN document symbols (and document-version ids) one by one.

use std::io::{Read as _, Write};
use std::process::ExitCode;

use serde::Serialize;
use sixfold_core::{DocumentVersion, IdError, Lang, Symbol, SymbolError};

use crate::args::{Format, FormatArg, help, parse_lang};

/// Arguments of `sixfold id`.
///
/// Each input is a symbol (`A/RES/51/60`, typed loosely if need be: `s/res/1373(2001)`) or
/// a document-version id (`A/RES/51/60@fr@1997-01-28`), which also yields the Akoma Ntoso
/// expression IRI. Every input is analysed and printed, in order; the exit status is 2 when
/// any was invalid.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[arg(help = help("cli-arg-id-symbols"))]
    symbols: Vec<String>,
    #[command(flatten)]
    format: FormatArg,
    // Not `LangArg`: here it is the language of the undocs.org address, not of a file.
    #[arg(long, default_value = "en", value_parser = parse_lang, help = help("cli-arg-id-lang"))]
    lang: Lang,
}

/// The analysis of one input, in the field order of the JSON output.
#[derive(Debug, Serialize)]
struct Analysis {
    input: String,
    ok: bool,
    canonical: Option<String>,
    compact: Option<String>,
    base: Option<String>,
    modifiers: Vec<String>,
    resolution: Option<String>,
    session: Option<String>,
    version: Option<String>,
    akn: Option<String>,
    url: Option<String>,
    error: Option<ErrorInfo>,
}

#[derive(Debug, Serialize)]
struct ErrorInfo {
    message: String,
    /// Byte offset into `input` (UTF-8), as in the library's errors; the text output
    /// turns it into a terminal column.
    offset: usize,
}

pub(crate) fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let inputs = if args.symbols.is_empty() {
        read_stdin()?
    } else {
        args.symbols.clone()
    };
    let mut out = std::io::stdout().lock();
    let mut all_valid = true;
    for (i, input) in inputs.iter().enumerate() {
        let analysis = analyse(input, args.lang);
        all_valid &= analysis.ok;
        match args.format.format {
            Format::Json => {
                serde_json::to_writer(&mut out, &analysis)?;
                writeln!(out)?;
            }
            Format::Text => {
                if i > 0 {
                    writeln!(out)?;
                }
                write_text(&mut out, &analysis)?;
            }
        }
    }
    out.flush()?;
    Ok(if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

/// Non-blank lines of standard input. Invalid UTF-8 is reported with the byte offset of
/// the first bad byte in the whole input, as `check` does for renderings.
fn read_stdin() -> anyhow::Result<Vec<String>> {
    let mut bytes = Vec::new();
    std::io::stdin().lock().read_to_end(&mut bytes)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "standard input is not valid UTF-8: invalid byte sequence at byte offset {}",
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok(text
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(str::to_owned)
        .collect())
}

fn analyse(input: &str, lang: Lang) -> Analysis {
    let mut analysis = Analysis {
        input: input.to_owned(),
        ok: false,
        canonical: None,
        compact: None,
        base: None,
        modifiers: Vec::new(),
        resolution: None,
        session: None,
        version: None,
        akn: None,
        url: None,
        error: None,
    };
    // A version id has `@`, which no symbol contains.
    let parsed = if input.contains('@') {
        input
            .parse::<DocumentVersion>()
            .map(|v| (v.symbol.clone(), Some(v)))
            .map_err(|e| version_error(input, &e))
    } else {
        input
            .parse::<Symbol>()
            .map(|s| (s, None))
            .map_err(|e| symbol_error(&e))
    };
    match parsed {
        Ok((symbol, version)) => {
            analysis.ok = true;
            analysis.canonical = Some(symbol.to_string());
            analysis.compact = Some(symbol.compact());
            analysis.base = Some(symbol.base().to_string());
            analysis.modifiers = symbol.modifiers().iter().map(ToString::to_string).collect();
            analysis.resolution = symbol.resolution();
            analysis.session = symbol.session().map(|s| s.to_string());
            analysis.url = Some(match &version {
                Some(v) => v.url(),
                None => symbol.undocs_url(Some(lang)),
            });
            analysis.akn = version.as_ref().map(DocumentVersion::akn_expression);
            analysis.version = version.as_ref().map(ToString::to_string);
        }
        Err(error) => analysis.error = Some(error),
    }
    analysis
}

fn symbol_error(e: &SymbolError) -> ErrorInfo {
    ErrorInfo {
        message: e.reason.to_string(),
        offset: e.offset,
    }
}

/// Errors of a version id point at the part at fault: a byte of the symbol, or the start
/// of the language, date or digest.
fn version_error(input: &str, e: &IdError) -> ErrorInfo {
    let id = input.split('#').next().unwrap_or(input);
    let date_at = id.rfind('@').map_or(0, |i| i + 1);
    let lang_at = id
        .get(..date_at.saturating_sub(1))
        .and_then(|s| s.rfind('@'))
        .map_or(0, |i| i + 1);
    let offset = match e {
        IdError::Symbol(inner) => inner.offset,
        IdError::Lang(_) => lang_at,
        IdError::Date(_) => date_at,
        IdError::Digest(_) => input.find('#').map_or(0, |i| i + 1),
        IdError::Shape(_) => 0,
    };
    let message = match e {
        IdError::Symbol(inner) => inner.reason.to_string(),
        other => other.to_string(),
    };
    ErrorInfo { message, offset }
}

/// Field labels in the interface language and the column their values start at (11 in
/// English, wider when a language's labels need it).
fn labels() -> (Vec<(&'static str, String)>, usize) {
    let names = [
        "invalid",
        "canonical",
        "compact",
        "base",
        "modifiers",
        "resolution",
        "session",
        "url",
        "version",
        "akn",
    ];
    let labels: Vec<(&'static str, String)> = names
        .iter()
        .map(|&n| (n, crate::ui::t1("id-label", "field", n)))
        .collect();
    let width = labels
        .iter()
        .map(|(_, l)| crate::ui::display_width(l))
        .max()
        .unwrap_or(0)
        .max(11);
    (labels, width)
}

fn write_text(out: &mut impl Write, a: &Analysis) -> std::io::Result<()> {
    let (labels, width) = labels();
    let label = |name: &str| {
        labels
            .iter()
            .find(|(n, _)| *n == name)
            .map_or_else(|| name.to_owned(), |(_, l)| crate::ui::pad(l, width))
    };
    let indent = " ".repeat(width + 3);
    let input = crate::term::sanitize(&a.input);
    writeln!(out, "{input}")?;
    if let Some(e) = &a.error {
        let args = sixfold_l10n::Args::new()
            .text("message", e.message.as_str())
            .count("offset", e.offset);
        let message = crate::ui::t("id-invalid-at", &args);
        writeln!(
            out,
            "  {} {}",
            label("invalid"),
            crate::term::sanitize(&message)
        )?;
        // Point at the offending character under a copy of the input: the column is the
        // display width of what precedes it as shown (wide CJK characters take two
        // columns, escaped controls their escape's width).
        let column = a
            .input
            .get(..e.offset)
            .map_or(0, |p| crate::ui::display_width(&crate::term::sanitize(p)));
        writeln!(out, "{indent}{input}")?;
        writeln!(out, "{indent}{}^", " ".repeat(column))?;
        return Ok(());
    }
    let field = |name: &str, value: Option<&str>| {
        let value = crate::term::sanitize(value.unwrap_or("-"));
        format!("  {} {value}", label(name))
    };
    let modifiers = a.modifiers.join(" ");
    let lines = [
        field("canonical", a.canonical.as_deref()),
        field("compact", a.compact.as_deref()),
        field("base", a.base.as_deref()),
        field(
            "modifiers",
            Some(modifiers.as_str()).filter(|m| !m.is_empty()),
        ),
        field("resolution", a.resolution.as_deref()),
        field("session", a.session.as_deref()),
        field("url", a.url.as_deref()),
    ];
    for line in lines {
        writeln!(out, "{line}")?;
    }
    if let Some(v) = &a.version {
        writeln!(out, "{}", field("version", Some(v)))?;
    }
    if let Some(akn) = &a.akn {
        writeln!(out, "{}", field("akn", Some(akn)))?;
    }
    Ok(())
}
