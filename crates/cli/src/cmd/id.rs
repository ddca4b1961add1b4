//! `sixfold id`: symbol analysis (filled in by the core-crate work).

use std::process::ExitCode;

/// Arguments of `sixfold id`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Symbols to analyse.
    #[arg(required = true)]
    symbols: Vec<String>,
}

pub(crate) fn run(args: &Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet: {} symbol(s)", args.symbols.len())
}
