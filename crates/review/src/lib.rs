//! Translators' decisions that last: alignment pins and accepted findings, kept in
//! `review.toml` beside `document.toml`, versioned with the document and honoured by every
//! command.
//!
//! - [`ReviewFile`] reads the file, with errors naming file, line and key.
//! - [`resolve_pins`] finds the segments each pin names today and sets aside pins made on
//!   text that has changed since; [`align_pinned`] aligns around the others.
//! - [`apply`] takes accepted findings out of a `check` report and reports outdated
//!   decisions with codes of their own.
//! - [`edit`] changes the file in place, under a lock, atomically.
//!
//! ```
//! use sixfold_review::ReviewFile;
//!
//! let text = "[[accept]]\nid = \"numbers-differ:fr:op.3\"\ndigest = \"9a8b7c6d\"\nreason = \"corrected original\"\n";
//! let file = ReviewFile::parse(text, "review.toml").unwrap();
//! assert_eq!(file.accepts[0].line, 1);
//! let err = ReviewFile::parse("[[pin]]\nsegments = { en = \"op.1\" }\n", "review.toml").unwrap_err();
//! assert_eq!(err.to_string(), "review.toml:2: `pin[1].segments`: a pin needs at least two languages");
//! ```

mod accepted;
mod decided;
pub mod edit;
mod error;
mod file;
mod pinned;
mod resolve;

pub use accepted::{OUTDATED_ACCEPT, OUTDATED_PIN, Reviewed, apply};
pub use decided::{Decided, Kept, align_set, check_set, check_set_kept, check_set_with, review_of};
pub use edit::{NewAccept, NewPin, edit};
pub use error::{Problem, ReviewError};
pub use file::{Accept, Note, Pin, REVIEW_FILE, ReviewFile, SegRange, SegRef, Side};
pub use pinned::{PINNED, align_pinned};
pub use resolve::{
    Outdated, Pins, ResolvedPin, find, pin_covers, range_digest, range_of, reference, resolve_pins,
};

#[cfg(test)]
mod tests;
