//! Argument pieces shared by the commands, each defined once with its help text.
//!
//! A command flattens the pieces it takes (`#[command(flatten)]`), so `--pivot`,
//! `--lang`, `--rev` and `--format` are spelled, parsed and explained the same way by every
//! command. The help of each argument has one home: the Fluent message named where the
//! argument is defined (`help = help("cli-arg-…")`), which `--help` shows in the interface
//! language. No doc comment on a clap field: clap would take it as a second, English-only
//! help text.

use sixfold_core::Lang;

/// Help text of an argument: Fluent message `id` in the interface language. clap builds the
/// help when `main` asks for the command, after the interface language is chosen.
pub(crate) fn help(id: &str) -> String {
    crate::ui::plain(id)
}

/// Output format of the reading commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    Text,
    Json,
}

/// A language argument: the two- or three-letter codes in any case (`fr`, `FRA`).
pub(crate) fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse::<Lang>().map_err(|e| {
        if crate::ui::lang() == Lang::En {
            e.to_string()
        } else {
            crate::ui::t1("cli-parse-unknown-lang", "value", s)
        }
    })
}

/// `--jobs N`: a whole number from 1, said so in the interface language (clap's own words
/// for 0 are about the integer type).
pub(crate) fn parse_jobs(s: &str) -> Result<std::num::NonZeroUsize, String> {
    s.trim()
        .parse()
        .map_err(|_| crate::ui::t1("cli-parse-jobs", "value", s))
}

/// `--format text|json`. Text is the default; `align`, whose output is for other tools,
/// changes it with `mut_arg("format", …)`.
#[derive(Debug, Clone, Copy, clap::Args)]
pub(crate) struct FormatArg {
    #[arg(long, value_enum, default_value = "text", help = help("cli-arg-format"))]
    pub(crate) format: Format,
}

/// `--pivot`: the reference language the others are compared with.
#[derive(Debug, Clone, Copy, clap::Args)]
pub(crate) struct PivotArg {
    #[arg(long, default_value = "en", value_parser = parse_lang, help = help("cli-arg-pivot"))]
    pub(crate) pivot: Lang,
}

/// `--lang`: the language of a rendering file whose name does not say it.
#[derive(Debug, Clone, Copy, clap::Args)]
pub(crate) struct LangArg {
    #[arg(long, value_parser = parse_lang, help = help("cli-arg-lang"))]
    pub(crate) lang: Option<Lang>,
}

/// `--rev`: read the documents as they were at a git revision instead of the work tree.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct RevArg {
    #[arg(long, help = help("cli-arg-rev"))]
    pub(crate) rev: Option<String>,
}

impl RevArg {
    pub(crate) fn get(&self) -> Option<&str> {
        self.rev.as_deref()
    }
}

/// `--cache`: keep alignments of the history commands on disk.
#[derive(Debug, Clone, Copy, clap::Args)]
pub(crate) struct CacheArg {
    #[arg(long, help = help("cli-arg-cache"))]
    pub(crate) cache: bool,
}
