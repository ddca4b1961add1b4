//! Input formats: the bytes of a rendering file turned into the text the reader reads.
//!
//! This is the first layer of the reader (input formats → blocks with line numbers →
//! furniture removal → masthead and structure → segments). Text renderings (`.md`,
//! `.txt`) are decoded from UTF-8 or UTF-16 ([`encoding`]); Word renderings (`.docx`)
//! are read from their package into the same text form ([`docx`]), so everything after
//! this layer sees one kind of input. Line numbers of a `.docx` rendering are those of
//! its text form, which `sixfold read FILE.docx` shows.
//!
//! ```
//! use sixfold_translations::discover::RenderingFormat;
//! use sixfold_translations::input::decode;
//!
//! let text = decode(RenderingFormat::Text, b"\xFE\xFF\x00A\x00/\x00R").unwrap();
//! assert_eq!(text, "A/R");
//! ```

mod beside;
pub mod docx;
pub mod encoding;

use std::path::Path;

use sixfold_l10n::Args;

use crate::discover::RenderingFormat;
pub use beside::decode_named_beside;
pub(crate) use beside::{common_prefix, common_suffix};
pub use docx::DocxError;
pub use encoding::EncodingError;

/// Why a rendering's bytes cannot be read as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    #[error(transparent)]
    Encoding(#[from] EncodingError),
    #[error(transparent)]
    Docx(#[from] DocxError),
}

/// The text of a rendering stored in `format`.
pub fn decode(format: RenderingFormat, bytes: &[u8]) -> Result<String, InputError> {
    match format {
        RenderingFormat::Docx => Ok(docx::docx_text(bytes)?),
        RenderingFormat::Markdown | RenderingFormat::Text => Ok(encoding::decode_text(bytes)?),
    }
}

/// [`decode`] with the format told by the file name (`.docx`, else text): for files given
/// on the command line, whatever their names.
pub fn decode_named(name: &Path, bytes: &[u8]) -> Result<String, InputError> {
    let format = name
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(RenderingFormat::of_name)
        .map_or(RenderingFormat::Text, |(format, _)| format);
    decode(format, bytes)
}

impl InputError {
    /// The byte offset where decoding stopped, for text that is not in an accepted
    /// encoding; `None` for a Word package that cannot be read.
    #[must_use]
    pub fn offset(&self) -> Option<usize> {
        match self {
            InputError::Encoding(
                EncodingError::InvalidUtf8 { offset, .. }
                | EncodingError::Nul { offset, .. }
                | EncodingError::StrayNul { offset, .. }
                | EncodingError::InvalidUtf16 { offset, .. }
                | EncodingError::TruncatedUtf16 { offset, .. },
            ) => Some(*offset),
            InputError::Docx(_) => None,
        }
    }

    /// The Fluent message (`input.ftl`) that explains this error to a user, with its
    /// arguments: what is wrong, where (byte offset or part), and what to do.
    #[must_use]
    pub fn message(&self) -> (&'static str, Args<'static>) {
        match self {
            InputError::Encoding(e) => encoding_message(e),
            InputError::Docx(e) => match e {
                DocxError::NotZip { detail } => (
                    "input-docx-not-zip",
                    Args::new().text("detail", detail.clone()),
                ),
                DocxError::MissingPart { part } => (
                    "input-docx-missing-part",
                    Args::new().text("part", part.clone()),
                ),
                DocxError::TooLarge { part, limit } => (
                    "input-docx-too-large",
                    Args::new()
                        .text("part", part.clone())
                        .count("limit", usize::try_from(*limit).unwrap_or(usize::MAX)),
                ),
                DocxError::Corrupt { part, detail } => (
                    "input-docx-corrupt",
                    Args::new()
                        .text("part", part.clone())
                        .text("detail", detail.clone()),
                ),
                DocxError::Xml {
                    part,
                    offset,
                    detail,
                } => (
                    "input-docx-xml",
                    Args::new()
                        .text("part", part.clone())
                        .count("offset", usize::try_from(*offset).unwrap_or(usize::MAX))
                        .text("detail", detail.clone()),
                ),
                DocxError::Encoding { part, source } => {
                    let (_, args) = encoding_message(source);
                    ("input-docx-part-encoding", args.text("part", part.clone()))
                }
            },
        }
    }
}

fn encoding_message(e: &EncodingError) -> (&'static str, Args<'static>) {
    let at = |offset: usize, line: usize, column: usize| {
        Args::new()
            .count("offset", offset)
            .count("line", line)
            .count("column", column)
    };
    match *e {
        EncodingError::InvalidUtf8 {
            offset,
            line,
            column,
        } => ("input-invalid-utf8", at(offset, line, column)),
        EncodingError::Nul {
            offset,
            line,
            column,
        } => ("input-nul-byte", at(offset, line, column)),
        EncodingError::StrayNul {
            offset,
            line,
            column,
        } => ("input-stray-nul-byte", at(offset, line, column)),
        EncodingError::InvalidUtf16 {
            order,
            offset,
            line,
            column,
        } => (
            "input-invalid-utf16",
            at(offset, line, column).text("order", order),
        ),
        EncodingError::TruncatedUtf16 {
            order,
            offset,
            line,
            column,
        } => (
            "input-truncated-utf16",
            at(offset, line, column).text("order", order),
        ),
    }
}
