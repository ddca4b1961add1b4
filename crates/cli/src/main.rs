//! The `sixfold` command line: thin wrappers over the library crates.
//!
//! Exit codes are part of the interface: 0 success, 1 when a check found an error-level
//! problem (or a symbol was invalid where noted), 2 when the input was unusable.

use std::fmt::Write as _;
use std::process::ExitCode;

use clap::{CommandFactory as _, FromArgMatches as _, Parser, Subcommand};
use sixfold_core::Lang;
use sixfold_l10n::Args;

mod alloc;
mod args;
mod cmd;
mod docs;
mod progress;
mod review;
mod source;
mod stream;
mod term;
mod ui;

// The program's and every subcommand's summary come from Fluent (`cli-about`,
// `cli-about-<command>`), named where each is defined, as the arguments' help is
// (`crate::args`): no doc comment here, which clap would show as a second, English text.
#[derive(Debug, Parser)]
#[command(
    name = "sixfold",
    version,
    about = args::help("cli-about"),
    propagate_version = true
)]
struct Cli {
    // Not `--lang`: subcommands use that for the language of an input file.
    #[arg(long, global = true, value_name = "LANG", value_parser = args::parse_lang, help = args::help("cli-help-ui-lang"))]
    ui_lang: Option<Lang>,
    // Without it every rendering that is a symbolic link is refused.
    #[arg(long, global = true, help = args::help("cli-help-follow-symlinks"))]
    follow_symlinks: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    #[command(about = args::help("cli-about-id"), long_about = None)]
    Id(cmd::id::Args),
    #[command(about = args::help("cli-about-align"), long_about = None)]
    Align(cmd::align::Args),
    #[command(about = args::help("cli-about-check"), long_about = None)]
    Check(cmd::check::Args),
    #[command(about = args::help("cli-about-history"), long_about = None)]
    History(cmd::history::Args),
    #[command(about = args::help("cli-about-stale"), long_about = None)]
    Stale(cmd::stale::Args),
    #[command(about = args::help("cli-about-diff"), long_about = None)]
    Diff(cmd::diff::Args),
    #[command(about = args::help("cli-about-export"), long_about = None)]
    Export(cmd::export::Args),
    #[command(about = args::help("cli-about-meta"), long_about = None)]
    Meta(cmd::meta::Args),
    #[command(about = args::help("cli-about-read"), long_about = None)]
    Read(cmd::read::Args),
    #[command(about = args::help("cli-about-pin"), long_about = None)]
    Pin(cmd::review::PinArgs),
    #[command(about = args::help("cli-about-accept"), long_about = None)]
    Accept(cmd::review::AcceptArgs),
    #[command(about = args::help("cli-about-unpin"), long_about = None)]
    Unpin(cmd::review::UnpinArgs),
    #[command(about = args::help("cli-about-unaccept"), long_about = None)]
    Unaccept(cmd::review::UnacceptArgs),
}

/// The clap command, with clap's own words in the interface language.
fn localised_command() -> clap::Command {
    localise_headings(Cli::command())
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
                localise_values(a).help_heading(heading.clone())
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

/// clap's "[default: …]" and "[possible values: …]" after an option's help, in the
/// interface language.
fn localise_values(arg: clap::Arg) -> clap::Arg {
    if !arg.get_action().takes_values() {
        return arg;
    }
    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let possible: Vec<String> = if arg.is_hide_possible_values_set() {
        Vec::new()
    } else {
        arg.get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_owned())
            .collect()
    };
    if defaults.is_empty() && possible.is_empty() {
        return arg;
    }
    let mut help = help;
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let _ = write!(
            help,
            " [{}]",
            ui::t1("cli-help-default", "value", defaults.join(", "))
        );
    }
    if !possible.is_empty() {
        let _ = write!(
            help,
            " [{}]",
            ui::t1("cli-help-possible", "values", possible.join(", "))
        );
    }
    arg.hide_default_value(true)
        .hide_possible_values(true)
        .help(help)
}

/// A command-line mistake clap found, said in the interface language: the kinds a user
/// meets (an unknown option, a value not allowed, a missing argument); anything else,
/// and everything in English, is clap's own message.
fn localised_parse_error(err: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if ui::lang() == Lang::En {
        return None;
    }
    let text = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        _ => None,
    };
    let message = match err.kind() {
        ErrorKind::InvalidValue => {
            let args = sixfold_l10n::Args::new()
                .text("value", text(ContextKind::InvalidValue)?)
                .text("arg", text(ContextKind::InvalidArg)?)
                .text("values", text(ContextKind::ValidValue).unwrap_or_default());
            ui::t("cli-parse-invalid-value", &args)
        }
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(err).map(ToString::to_string)?;
            let args = sixfold_l10n::Args::new()
                .text("arg", text(ContextKind::InvalidArg)?)
                .text("why", why);
            ui::t("cli-parse-invalid-because", &args)
        }
        ErrorKind::UnknownArgument => ui::t1(
            "cli-parse-unknown-argument",
            "arg",
            text(ContextKind::InvalidArg)?,
        ),
        ErrorKind::MissingRequiredArgument => ui::t1(
            "cli-parse-missing-argument",
            "args",
            text(ContextKind::InvalidArg)?,
        ),
        ErrorKind::InvalidSubcommand => ui::t1(
            "cli-parse-unknown-command",
            "command",
            text(ContextKind::InvalidSubcommand)?,
        ),
        _ => return None,
    };
    Some(message)
}

fn main() -> ExitCode {
    alloc::fix_mmap_threshold();
    let command_line: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Chosen once, before the help text is built; `--ui-lang` is parsed again by clap,
    // which rejects an invalid value.
    ui::init(ui::lang_from_args(&command_line).unwrap_or_else(sixfold_l10n::ui_lang_from_env));
    let matches = match localised_command().try_get_matches_from(command_line) {
        Ok(m) => m,
        Err(err) => match localised_parse_error(&err) {
            Some(message) => {
                #[allow(clippy::print_stderr)] // The CLI edge is where errors are shown.
                {
                    eprintln!("{}", ui::t1("cli-parse-error", "message", message));
                }
                return ExitCode::from(2);
            }
            None => err.exit(),
        },
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(err) => err.exit(),
    };
    source::set_options(sixfold_translations::LoadOptions {
        follow_symlinks: cli.follow_symlinks,
    });
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
        let mut chain = localised_chain(err).into_iter();
        let mut first = chain.next().unwrap_or_default().into_iter();
        let message = first.next().unwrap_or_default();
        eprintln!(
            "{}",
            ui::t("cli-error", &Args::new().text("message", message))
        );
        for line in first {
            eprintln!("    {line}");
        }
        for cause in chain {
            let mut lines = cause.into_iter();
            let args = Args::new().text("cause", lines.next().unwrap_or_default());
            eprintln!("  {}", ui::t("cli-caused-by", &args));
            for line in lines {
                eprintln!("    {line}");
            }
        }
    }
}

/// An error and the causes worth showing after it, each as its lines in the interface
/// language: what [`print_error`] prints and what the JSON line of a failing folder
/// says, so that both give the same words. A cause is left out when the error before it
/// already said what it says (a missing file, a refused permission).
pub(crate) fn localised_chain(err: &anyhow::Error) -> Vec<Vec<String>> {
    let mut chain = err.chain();
    let Some(head) = chain.next() else {
        return Vec::new();
    };
    let mut said_source = ui::says_its_source(head);
    let mut out = vec![ui::error_lines(head)];
    for cause in chain {
        if said_source {
            break;
        }
        said_source = ui::says_its_source(cause);
        out.push(ui::error_lines(cause));
    }
    out
}

/// A closed pipe (`sixfold align … | head`) is the reader's choice, not a failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        localised_command().debug_assert();
    }

    /// Every argument's help comes from Fluent where the argument is defined; one without
    /// `help = args::help(…)` would show nothing (there are no doc comments to fall back on).
    #[test]
    fn every_argument_and_command_has_a_help_text() {
        let command = localised_command();
        assert!(command.get_about().is_some());
        for sub in command.get_subcommands() {
            let name = sub.get_name();
            assert!(sub.get_about().is_some(), "{name}");
            assert!(sub.get_long_about().is_none(), "{name}");
            for arg in sub.get_arguments() {
                let id = arg.get_id().as_str();
                if id == "help" || id == "version" {
                    continue;
                }
                let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
                assert!(
                    !help.is_empty() && !help.starts_with("cli-"),
                    "{name} {id}: {help:?}"
                );
            }
        }
    }
}
