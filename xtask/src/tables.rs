//! `cargo xtask tables [--check]`: `crates/l10n/src/parse_tables.rs`, the parsing tables
//! rendered from the Fluent resources (session headings, date shapes) that the binary
//! carries instead of rendering them at start-up. Without `--check` the file is written
//! when its content changed; with `--check` nothing is written and the command fails if
//! the file is stale, naming the command that fixes it.

use std::process::ExitCode;

pub(crate) fn run(args: &[String]) -> anyhow::Result<ExitCode> {
    let check = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => anyhow::bail!(
            "usage: cargo xtask tables [--check]; got `{}`",
            args.join(" ")
        ),
    };
    let path = crate::repo_root().join("crates/l10n/src/parse_tables.rs");
    let fresh = sixfold_l10n::parse_tables_gen::source();
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current == fresh {
        println!("{} is up to date", path.display());
        return Ok(ExitCode::SUCCESS);
    }
    if check {
        eprintln!(
            "{} is stale (the Fluent resources changed): run `cargo xtask tables`",
            path.display()
        );
        return Ok(ExitCode::FAILURE);
    }
    std::fs::write(&path, fresh)?;
    println!("wrote {}", path.display());
    Ok(ExitCode::SUCCESS)
}
