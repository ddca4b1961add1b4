//! The `sixfold` command line: thin wrappers over the library crates.
//!
//! Exit codes are part of the interface: 0 success, 1 when a check found an error-level
//! problem (or a symbol was invalid where noted), 2 when the input was unusable.

use std::process::ExitCode;

use clap::{CommandFactory as _, FromArgMatches as _, Parser, Subcommand};
use sixfold_core::Lang;
use sixfold_l10n::Args;

mod args;
mod cmd;
mod progress;
mod review;
mod source;
mod stream;
mod term;
mod ui;

/// Six-language tooling for United Nations parliamentary documents.
#[derive(Debug, Parser)]
#[command(name = "sixfold", version, about, propagate_version = true)]
struct Cli {
    /// Language of the interface (its help text comes from the Fluent message
    /// `cli-help-ui-lang`). Not `--lang`: subcommands use that for the language of an
    /// input file.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_ui_lang)]
    ui_lang: Option<Lang>,
    #[command(subcommand)]
    command: Command,
}

fn parse_ui_lang(s: &str) -> Result<Lang, String> {
    s.parse::<Lang>().map_err(|e| e.to_string())
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
    /// Show what sixfold reads in one rendering: its header values and its segments (kind, label, text, line, footnotes).
    Read(cmd::read::Args),
    /// Pin segments of several languages together as one aligned row, in the folder's review.toml.
    Pin(cmd::review::PinArgs),
    /// Accept a check finding as intended, in the folder's review.toml (check stops counting it).
    Accept(cmd::review::AcceptArgs),
    /// Remove pins from the folder's review.toml.
    Unpin(cmd::review::UnpinArgs),
    /// Remove an accepted finding from the folder's review.toml.
    Unaccept(cmd::review::UnacceptArgs),
}

/// The clap command with its help summaries in the interface language.
fn localised_command() -> clap::Command {
    let mut command = Cli::command()
        .about(ui::plain("cli-about"))
        .mut_arg("ui_lang", |a| a.help(ui::plain("cli-help-ui-lang")));
    for name in [
        "id", "align", "check", "history", "stale", "diff", "export", "meta", "read", "pin",
        "accept", "unpin", "unaccept",
    ] {
        let about = ui::plain(&format!("cli-about-{name}"));
        command = command.mut_subcommand(name, |c| c.about(about));
    }
    command = localise_headings(command);
    for (sub, args) in ARG_HELP {
        command = command.mut_subcommand(sub, |mut c| {
            for arg in *args {
                // Guarded: `mut_arg` panics on an unknown id, and subcommands are edited
                // by other hands; a renamed argument keeps its English doc comment.
                if c.get_arguments().any(|a| a.get_id() == *arg) {
                    let help = ui::plain(&format!("cli-arg-{sub}-{arg}"));
                    c = c.mut_arg(*arg, |a| a.help(help));
                }
            }
            c
        });
    }
    command
}

/// clap's own words (the usage heading, section headings, the help and version flags) in
/// the interface language, on the program and on every subcommand. English keeps clap's
/// defaults, so its help output is exactly clap's.
fn localise_headings(command: clap::Command) -> clap::Command {
    if ui::lang() == Lang::En {
        return command;
    }
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        ui::plain("cli-help-usage")
    );
    let options = ui::plain("cli-help-options");
    let arguments = ui::plain("cli-help-arguments");
    let one = |c: clap::Command, version: bool| {
        let c = c
            .help_template(template.clone())
            .subcommand_help_heading(ui::plain("cli-help-commands"))
            .disable_help_flag(true)
            .arg(
                clap::Arg::new("help")
                    .short('h')
                    .long("help")
                    .action(clap::ArgAction::Help)
                    .help(ui::plain("cli-help-flag")),
            )
            .mut_args(|a| {
                let heading = if a.is_positional() {
                    &arguments
                } else {
                    &options
                };
                a.help_heading(heading.clone())
            });
        if version {
            c.disable_version_flag(true).arg(
                clap::Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(clap::ArgAction::Version)
                    .help(ui::plain("cli-version-flag"))
                    .help_heading(options.clone()),
            )
        } else {
            c
        }
    };
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    let mut command = one(command, true);
    for name in names {
        command = command.mut_subcommand(name, |c| one(c, true));
    }
    command
}

/// Arguments whose help comes from Fluent (`cli-arg-<subcommand>-<argument>`).
const ARG_HELP: &[(&str, &[&str])] = &[
    ("id", &["symbols", "format", "lang"]),
    (
        "align",
        &[
            "paths", "pivot", "lang", "format", "rev", "from", "jobs", "quiet",
        ],
    ),
    (
        "check",
        &[
            "paths", "pivot", "lang", "format", "rev", "from", "jobs", "quiet", "all",
        ],
    ),
    (
        "export",
        &[
            "dir", "format", "langs", "source", "output", "rev", "from", "jobs", "quiet", "concat",
        ],
    ),
    (
        "meta",
        &["path", "lang", "format", "render", "layout", "rev"],
    ),
    ("read", &["path", "lang", "format"]),
    (
        "pin",
        &[
            "dir", "lang", "segments", "with", "reason", "author", "date",
        ],
    ),
    (
        "accept",
        &["dir", "id", "pivot", "reason", "author", "date"],
    ),
    ("unpin", &["dir", "lang", "segments"]),
    ("unaccept", &["dir", "id"]),
    (
        "history",
        &[
            "dir",
            "rev",
            "pivot",
            "format",
            "no_follow",
            "strict",
            "cache",
        ],
    ),
    (
        "stale",
        &[
            "dir",
            "rev",
            "pivot",
            "format",
            "worktree",
            "no_follow",
            "strict",
            "cache",
        ],
    ),
    ("diff", &["dir", "from", "to", "pivot", "format", "cache"]),
];

fn main() -> ExitCode {
    let command_line: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Chosen once, before the help text is built; `--ui-lang` is parsed again by clap,
    // which rejects an invalid value.
    ui::init(ui::lang_from_args(&command_line).unwrap_or_else(sixfold_l10n::ui_lang_from_env));
    let matches = localised_command().get_matches_from(command_line);
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(err) => err.exit(),
    };
    let result = match cli.command {
        Command::Id(args) => cmd::id::run(&args),
        Command::Align(args) => cmd::align::run(&args),
        Command::Check(args) => cmd::check::run(&args),
        Command::History(args) => cmd::history::run(&args),
        Command::Stale(args) => cmd::stale::run(&args),
        Command::Diff(args) => cmd::diff::run(&args),
        Command::Export(args) => cmd::export::run(&args),
        Command::Meta(args) => cmd::meta::run(&args),
        Command::Read(args) => cmd::read::run(&args),
        Command::Pin(args) => cmd::review::pin(&args),
        Command::Accept(args) => cmd::review::accept(&args),
        Command::Unpin(args) => cmd::review::unpin(&args),
        Command::Unaccept(args) => cmd::review::unaccept(&args),
    };
    match result {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            print_error(&err);
            ExitCode::from(2)
        }
    }
}

/// Prints an error and its whole chain of causes on stderr, in the interface language.
/// Commands that go on after one bad input (several folders) use it too.
pub(crate) fn print_error(err: &anyhow::Error) {
    #[allow(clippy::print_stderr)] // The CLI edge is where errors are shown to people.
    {
        eprintln!(
            "{}",
            ui::t("cli-error", &Args::new().text("message", err.to_string()))
        );
        for cause in err.chain().skip(1) {
            let args = Args::new().text("cause", cause.to_string());
            eprintln!("  {}", ui::t("cli-caused-by", &args));
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
