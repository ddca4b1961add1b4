//! Argument types shared by the commands: one output format and one language parser, so
//! every command spells `--format` and `--lang`/`--pivot` the same way.

use sixfold_core::Lang;

/// Output format of the reading commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// For people.
    Text,
    /// For machines.
    Json,
}

/// A language argument: the two- or three-letter codes in any case (`fr`, `FRA`).
pub(crate) fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse::<Lang>().map_err(|e| e.to_string())
}
