//! The review file at the command line: its errors in the interface language, and the
//! steps every reading command shares (align with pins, check with accepted findings).

use sixfold_l10n::Args;
use sixfold_review::{Decided, Problem, ReviewError};
use sixfold_translations::DocumentSet;
use sixfold_translations::align::AlignOptions;

use crate::ui::t;

/// A review-file error as the interface language says it.
pub(crate) fn message(err: &ReviewError) -> String {
    match err {
        ReviewError::Invalid {
            file,
            line,
            key,
            problem,
        } => {
            let problem = problem_text(problem);
            let args = Args::new()
                .text("file", file.as_str())
                .num("line", *line as u32)
                .text("key", key.as_str())
                .text("problem", problem);
            if key.is_empty() {
                t("review-error-syntax", &args)
            } else {
                t("review-error-invalid", &args)
            }
        }
        ReviewError::Io { path, .. } => t(
            "review-error-io",
            &Args::new().text("path", path.display().to_string()),
        ),
        ReviewError::Backwards {
            file,
            line,
            lang,
            range,
        } => t(
            "review-error-backwards",
            &Args::new()
                .text("file", file.as_str())
                .num("line", *line as u32)
                .text("lang", lang.code())
                .text("segments", range.as_str()),
        ),
        ReviewError::Crossing {
            file,
            first,
            second,
            lang,
        } => t(
            "review-error-crossing",
            &Args::new()
                .text("file", file.as_str())
                .num("first", *first as u32)
                .num("second", *second as u32)
                .text("lang", lang.code()),
        ),
        ReviewError::Locked { path } => t(
            "review-error-locked",
            &Args::new().text("path", path.display().to_string()),
        ),
        ReviewError::UnknownFinding { id } => t(
            "review-error-unknown-finding",
            &Args::new().text("id", id.as_str()),
        ),
        ReviewError::UnknownSegment { lang, reference } => t(
            "review-error-unknown-segment",
            &Args::new()
                .text("lang", lang.code())
                .text("segments", reference.as_str()),
        ),
        ReviewError::NoRendering { lang } => t(
            "review-error-no-rendering",
            &Args::new().text("lang", lang.code()),
        ),
        ReviewError::NothingToRemove { file, what } => t(
            "review-error-nothing-to-remove",
            &Args::new()
                .text("file", file.as_str())
                .text("what", what.as_str()),
        ),
    }
}

fn problem_text(problem: &Problem) -> String {
    let value = |id: &str, v: &str| t(id, &Args::new().text("value", v));
    match problem {
        Problem::Syntax(detail) => t(
            "review-problem-syntax",
            &Args::new().text("detail", detail.as_str()),
        ),
        Problem::UnknownKey { expected } => t(
            "review-problem-unknown-key",
            &Args::new().text("expected", *expected),
        ),
        Problem::MissingKey => crate::ui::plain("review-problem-missing-key"),
        Problem::WrongType { expected } => {
            let kind = match *expected {
                "an array of tables" => "tables",
                "a date" => "date",
                "a string" => "string",
                _ => "languages",
            };
            t(
                "review-problem-wrong-type",
                &Args::new().text("expected", kind),
            )
        }
        Problem::Language { value: v } => value("review-problem-language", v),
        Problem::Range { value: v } => value("review-problem-range", v),
        Problem::Date { value: v } => value("review-problem-date", v),
        Problem::FindingId { value: v } => value("review-problem-finding-id", v),
        Problem::OneLanguage => crate::ui::plain("review-problem-one-language"),
    }
}

/// A review-file error as an error of the command, in the interface language.
pub(crate) fn error(err: &ReviewError) -> anyhow::Error {
    anyhow::anyhow!(message(err))
}

/// Aligns a set with the pins of its review file.
pub(crate) fn decide(set: &DocumentSet, opts: AlignOptions) -> anyhow::Result<Decided> {
    sixfold_review::align_set(set, &opts).map_err(|e| error(&e))
}
