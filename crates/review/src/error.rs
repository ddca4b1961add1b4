//! Why a review file could not be read, resolved or written. Every variant names the file
//! and, where it concerns a decision, the line of `review.toml` it is on, so the CLI can say
//! in the interface language where to look.

use std::path::PathBuf;

use sixfold_core::Lang;

/// What is wrong at one key of a review file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// Not TOML at all; the parser's own words.
    #[error("{0}")]
    Syntax(String),
    #[error("unknown key; expected one of {expected}")]
    UnknownKey { expected: &'static str },
    #[error("missing key")]
    MissingKey,
    #[error("expected {expected}")]
    WrongType { expected: &'static str },
    #[error("`{value}` is not a language; expected ar, zh, en, fr, ru or es")]
    Language { value: String },
    #[error(
        "`{value}` is not a segment range; expected a label, `@` and a digest, or two of them joined by `..`"
    )]
    Range { value: String },
    #[error("`{value}` is not a date; expected YYYY-MM-DD")]
    Date { value: String },
    #[error("`{value}` is not a finding id; expected code:lang or code:lang:label")]
    FindingId { value: String },
    #[error("a pin needs at least two languages")]
    OneLanguage,
}

/// A review file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    #[error("{file}:{line}: `{key}`: {problem}")]
    Invalid {
        file: String,
        line: usize,
        key: String,
        problem: Problem,
    },
    #[error("cannot read {}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}:{line}: the {lang} segments {range} run backwards in the document")]
    Backwards {
        file: String,
        line: usize,
        lang: Lang,
        range: String,
    },
    #[error("{file}:{first} and {file}:{second}: the two pins cross in {lang}")]
    Crossing {
        file: String,
        first: usize,
        second: usize,
        lang: Lang,
    },
    #[error(
        "{} is held by another sixfold command (remove it if none is running)",
        path.display()
    )]
    Locked { path: PathBuf },
    #[error("no finding `{id}` in this document; `sixfold check` lists the ids")]
    UnknownFinding { id: String },
    #[error("no {lang} segment `{reference}` in this document")]
    UnknownSegment { lang: Lang, reference: String },
    #[error("no rendering in {lang}")]
    NoRendering { lang: Lang },
    #[error("{file}: nothing to remove: {what}")]
    NothingToRemove { file: String, what: String },
}
