//! The `sixfold` command line: thin wrappers over the library crates.
//!
//! Exit codes are part of the interface: 0 success, 1 when a check found an error-level
//! problem (or a symbol was invalid where noted), 2 when the input was unusable.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd;
mod source;

/// Six-language tooling for United Nations parliamentary documents.
#[derive(Debug, Parser)]
#[command(name = "sixfold", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Parse, validate and normalise UN document symbols.
    Id(cmd::id::Args),
    /// Align the renderings of documents paragraph by paragraph, six ways.
    Align(cmd::align::Args),
    /// Check renderings against the pivot: missing, merged or misnumbered paragraphs, numbers, footnotes.
    Check(cmd::check::Args),
    /// List the commits that changed each rendering and the aligned rows they touched.
    History(cmd::history::Args),
    /// Find translated segments whose pivot segment changed after they did (exit 1 if any).
    Stale(cmd::stale::Args),
    /// Show what changed between two revisions, row by row and in every language.
    Diff(cmd::diff::Args),
    /// Export the aligned rows as TMX, XLIFF 2.1, TSV, JSON Lines, Moses text or an HTML review page.
    Export(cmd::export::Args),
    /// Read the header of a rendering (session, dates, agenda items…) and compare a folder with document.toml.
    Meta(cmd::meta::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Id(args) => cmd::id::run(&args),
        Command::Align(args) => cmd::align::run(&args),
        Command::Check(args) => cmd::check::run(&args),
        Command::History(args) => cmd::history::run(&args),
        Command::Stale(args) => cmd::stale::run(&args),
        Command::Diff(args) => cmd::diff::run(&args),
        Command::Export(args) => cmd::export::run(&args),
        Command::Meta(args) => cmd::meta::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            #[allow(clippy::print_stderr)] // The CLI edge is where errors are shown to people.
            {
                eprintln!("error: {err}");
                for cause in err.chain().skip(1) {
                    eprintln!("  caused by: {cause}");
                }
            }
            ExitCode::from(2)
        }
    }
}

/// A closed pipe (`sixfold align … | head`) is the reader's choice, not a failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
