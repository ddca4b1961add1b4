//! The interface language of this run and the words of the command line in it.
//!
//! The language is chosen once, in `main`, before clap builds the help text:
//! `--ui-lang`, else `SIXFOLD_LANG`, else `LC_ALL` / `LC_MESSAGES` / `LANG`, else English.
//! It is `--ui-lang` and not `--lang` because several subcommands already use `--lang`
//! for the language of an input file (`sixfold meta x.md --lang zh`, `sixfold id --lang`),
//! and a run often needs both: a Chinese rendering checked by a French-speaking user.
//!
//! Terminal text is never bidi-isolated (as in coreutils): marks would be copied into
//! shells and file names. JSON output stays English and machine-readable (codes).

use std::sync::OnceLock;

use sixfold_core::Lang;
use sixfold_l10n::{Args, Localizer};
use sixfold_translations::Finding;

static UI: OnceLock<Lang> = OnceLock::new();

/// Sets the interface language; the first call wins (`main` makes it).
pub(crate) fn init(lang: Lang) {
    let _ = UI.set(lang);
}

/// The interface language (English until [`init`]).
pub(crate) fn lang() -> Lang {
    UI.get().copied().unwrap_or(Lang::En)
}

/// Message `id` in the interface language.
pub(crate) fn t(id: &str, args: &Args<'_>) -> String {
    Localizer::plain().format(lang(), id, args)
}

/// Message `id` without arguments.
pub(crate) fn plain(id: &str) -> String {
    t(id, &Args::new())
}

/// A message with one text argument, the common shape of the CLI's error contexts.
pub(crate) fn t1(id: &str, name: &'static str, value: impl std::fmt::Display) -> String {
    t(id, &Args::new().text(name, value.to_string()))
}

/// A finding's explanation in the interface language (its own English message in English).
pub(crate) fn finding(f: &Finding) -> String {
    Localizer::plain().finding_text(
        lang(),
        &f.code,
        f.lang,
        f.line,
        &f.args.to_pairs(),
        &f.message(),
    )
}

/// One error of a chain in the interface language: errors of reading input files are
/// Fluent messages (`input.ftl`), other errors their own text. A report of several
/// unreadable files gives one line per file after its first line.
pub(crate) fn error_lines(err: &(dyn std::error::Error + 'static)) -> Vec<String> {
    use sixfold_translations::LoadError;
    use sixfold_translations::input::InputError;
    if let Some(input) = err.downcast_ref::<InputError>() {
        let (id, args) = input.message();
        return vec![t(id, &args)];
    }
    if let Some(line) = err
        .downcast_ref::<sixfold_history::HistoryError>()
        .and_then(history_error)
    {
        return vec![line];
    }
    if let Some(git) = err.downcast_ref::<git2::Error>() {
        // libgit2 speaks English only; its class and code numbers say nothing to a reader.
        return vec![t1("cli-git-says", "message", git.message())];
    }
    if let Some(sixfold_export::ExportError::Load { dir, .. }) =
        err.downcast_ref::<sixfold_export::ExportError>()
    {
        return vec![t1("cli-align-cannot-load-folder", "path", dir.display())];
    }
    match err.downcast_ref::<LoadError>() {
        Some(LoadError::Input { path, .. }) => {
            vec![t1("input-cannot-read", "path", path.display())]
        }
        Some(e @ (LoadError::NotAFile { .. } | LoadError::Io { .. })) => vec![load_problem(e)],
        Some(LoadError::Unreadable(problems)) => {
            let mut lines = vec![t(
                "input-unreadable-files",
                &Args::new().count("count", problems.len()),
            )];
            for problem in problems {
                let (path, detail) = match problem {
                    LoadError::Input { path, source } => {
                        let (id, args) = source.message();
                        (path.display().to_string(), t(id, &args))
                    }
                    // Their messages name the file themselves: no "path: " prefix.
                    other @ (LoadError::Io { .. } | LoadError::NotAFile { .. }) => {
                        lines.push(load_problem(other));
                        continue;
                    }
                    other => {
                        lines.push(other.to_string());
                        continue;
                    }
                };
                lines.push(t(
                    "input-file-error",
                    &Args::new().text("path", path).text("message", detail),
                ));
            }
            lines
        }
        _ => vec![err.to_string()],
    }
}

/// Whether [`error_lines`] of `err` already says what its source would (a missing file, a
/// refused permission), so that the system's own words are not printed after it.
pub(crate) fn says_its_source(err: &(dyn std::error::Error + 'static)) -> bool {
    use sixfold_translations::LoadError;
    matches!(
        err.downcast_ref::<LoadError>(),
        Some(LoadError::Io { source, .. })
            if matches!(
                source.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::PermissionDenied
            )
    )
}

/// A file that is not a regular file, or that the system cannot open, in the interface
/// language. The kinds of file are the fixed phrases of the libraries' errors; an error
/// of the system other than a missing file or a refused permission keeps the system's
/// own words after the file's name.
fn load_problem(e: &sixfold_translations::LoadError) -> String {
    use sixfold_translations::LoadError;
    match e {
        LoadError::NotAFile { path, what } => {
            // A kind the table does not know keeps the library's own words.
            let Some(kind) = file_kind(what) else {
                return e.to_string();
            };
            t(
                "input-not-a-file",
                &Args::new()
                    .text("path", path.display().to_string())
                    .text("what", kind),
            )
        }
        LoadError::Io { path, source } => match source.kind() {
            std::io::ErrorKind::NotFound => t1("input-not-found", "path", path.display()),
            std::io::ErrorKind::PermissionDenied => {
                t1("input-permission-denied", "path", path.display())
            }
            _ => format!(
                "{}: {source}",
                t1("input-cannot-read", "path", path.display())
            ),
        },
        other => other.to_string(),
    }
}

/// The `input-not-a-file` selector for one of the libraries' fixed phrases of what a file
/// is instead of a regular file.
fn file_kind(what: &str) -> Option<&'static str> {
    Some(match what {
        "a directory" => "directory",
        "a symbolic link" => "symlink",
        "a symbolic link in a loop" => "symlink-loop",
        "a broken symbolic link" => "symlink-broken",
        "a FIFO" => "fifo",
        "a device" => "device",
        "a socket" => "socket",
        "a submodule (gitlink)" => "gitlink",
        "a symbolic link leading out of its repository" => "symlink-out-of-repository",
        "a symbolic link leading out of its folder" => "symlink-out-of-folder",
        "not a regular file" => "other",
        _ => return None,
    })
}

/// An error of reading a folder's git history in the interface language
/// (`history-error-*`); `None` keeps the library's English, for a libgit2 failure (whose
/// cause is git's own words anyway) and a kind of file the table does not know.
fn history_error(e: &sixfold_history::HistoryError) -> Option<String> {
    use sixfold_history::HistoryError as H;
    fn at<'a>(rev: &'a str, path: &'a str) -> Args<'a> {
        Args::new().text("rev", rev).text("path", path)
    }
    let shown = |p: &std::path::Path| p.display().to_string();
    let (id, args) = match e {
        H::NotARepository { path, .. } => {
            ("not-a-repository", Args::new().text("path", shown(path)))
        }
        H::BareRepository { git_dir } => ("bare", Args::new().text("path", shown(git_dir))),
        H::FolderMissing { path, .. } => ("folder-missing", Args::new().text("path", shown(path))),
        H::ReadFile { path, .. } => ("read-file", Args::new().text("path", shown(path))),
        H::OutsideWorkTree { path, workdir } => (
            "outside-work-tree",
            Args::new()
                .text("path", shown(path))
                .text("workdir", shown(workdir)),
        ),
        H::UnknownRevision { rev, .. } => ("unknown-revision", Args::new().text("rev", rev)),
        H::BeyondShallowBoundary { rev, .. } => ("beyond-shallow", Args::new().text("rev", rev)),
        H::NotACommit { rev, .. } => ("not-a-commit", Args::new().text("rev", rev)),
        H::FolderAbsent { rev, path } => ("folder-absent", at(rev, path)),
        H::NotAFolder { rev, path } => ("not-a-folder", at(rev, path)),
        H::NoRenderings { rev, path } => ("no-renderings", at(rev, path)),
        H::PivotAbsent { rev, path, lang } => {
            ("pivot-absent", at(rev, path).text("lang", lang.code()))
        }
        H::NotAFile { rev, path, what } => {
            let problem = t(
                "input-not-a-file",
                &Args::new()
                    .text("path", path)
                    .text("what", file_kind(what)?),
            );
            (
                "not-a-file",
                Args::new().text("problem", problem).text("rev", rev),
            )
        }
        H::NotUtf8 { rev, path, .. } => ("unreadable", at(rev, path)),
        H::MissingCommit { commit, path, .. } => (
            "missing-commit",
            Args::new().text("commit", commit).text("path", path),
        ),
        H::Git { .. } => return None,
    };
    Some(t(&format!("history-error-{id}"), &args))
}

/// The word for a severity (`error`, `erreur`, `ошибка`…).
pub(crate) fn severity(word: &str) -> String {
    t("check-severity", &Args::new().text("severity", word))
}

/// "3 errors, 1 warning, 0 infos" through the language's plural rules.
pub(crate) fn summary(errors: usize, warnings: usize, infos: usize) -> String {
    t(
        "check-summary",
        &Args::new()
            .count("errors", errors)
            .count("warnings", warnings)
            .count("infos", infos),
    )
}

/// A kind of change (`added`, `changed`, `removed`) in the interface language, padded to
/// a column wide enough for every kind (8 in English, as before localisation).
pub(crate) fn change_kind(kind: &str) -> String {
    let width = ["added", "changed", "removed"]
        .iter()
        .map(|k| display_width(&t1("history-kind", "kind", k)) + 1)
        .max()
        .unwrap_or(0)
        .max(8);
    pad(&t1("history-kind", "kind", kind), width)
}

/// The interface language asked for on the command line, read before clap parses so the
/// help text itself can be localised: `--ui-lang L` or `--ui-lang=L` anywhere before a
/// `--` separator. An invalid value is left for clap to reject.
pub(crate) fn lang_from_args(args: &[std::ffi::OsString]) -> Option<Lang> {
    // The option is global, so it may be given before and after the subcommand; like clap,
    // the last occurrence wins.
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    let mut found = None;
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        if arg == "--ui-lang" {
            found = iter.next().and_then(|v| v.parse().ok());
        } else if let Some(value) = arg.strip_prefix("--ui-lang=") {
            found = value.parse().ok();
        }
    }
    found
}

/// Terminal columns a text takes, character by character as `unicode-width` (the
/// Unicode East Asian Width property) says: two for wide CJK characters, none for
/// combining marks (Arabic vowel signs) and invisible format characters, one otherwise,
/// so that localised labels and table cells still line up. Per character and not
/// `UnicodeWidthStr::width`, whose lam-alef ligature rule counts `لا` as one column:
/// terminals lay Arabic out one cell per letter.
pub(crate) fn display_width(text: &str) -> usize {
    text.chars()
        .filter_map(unicode_width::UnicodeWidthChar::width)
        .sum()
}

/// `text` followed by spaces up to `width` terminal columns.
pub(crate) fn pad(text: &str, width: usize) -> String {
    let mut out = text.to_owned();
    out.push_str(&" ".repeat(width.saturating_sub(display_width(text))));
    out
}

/// Spaces up to `width` terminal columns, then `text` (right-aligned columns).
pub(crate) fn pad_left(text: &str, width: usize) -> String {
    let mut out = " ".repeat(width.saturating_sub(display_width(text)));
    out.push_str(text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ui_lang_is_found_before_clap() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_from_args(&args(&["sixfold", "--ui-lang", "fr", "check"])),
            Some(Lang::Fr)
        );
        assert_eq!(
            lang_from_args(&args(&[
                "sixfold",
                "meta",
                "x.md",
                "--lang",
                "zh",
                "--ui-lang=ar"
            ])),
            Some(Lang::Ar)
        );
        assert_eq!(
            lang_from_args(&args(&["sixfold", "meta", "x.md", "--lang", "zh"])),
            None,
            "--lang is the input's language, not the interface's"
        );
        assert_eq!(
            lang_from_args(&args(&["sixfold", "id", "--", "--ui-lang", "fr"])),
            None
        );
    }

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(display_width("规范形式"), 8);
        assert_eq!(display_width("canonical"), 9);
        // Vowel signs take no column; lam and alef stay two cells.
        assert_eq!(display_width("المعدِّلات"), 8);
        assert_eq!(pad("文号", 6), "文号  ");
        assert_eq!(
            display_width("\u{200f}٣"),
            1,
            "a direction mark takes no column"
        );
    }
}
