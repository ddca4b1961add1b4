//! Six renderings of one document: read them into a shared model, align them paragraph
//! by paragraph, and check what a translator needs to fix.

pub mod align;
pub mod cells;
pub mod check;
mod check_controls;
mod check_moves;
mod check_pivot;
pub mod discover;
pub mod finding_args;
pub mod finding_id;
pub mod finding_text;
pub mod findings;
pub mod header;
pub mod header_check;
pub mod input;
pub mod label;
pub mod links;
pub mod masthead;
pub mod model;
pub mod number_match;
pub mod number_words;
#[cfg(test)]
mod random_edits;
pub mod read;
pub mod reason;
pub mod set;
pub mod symlinks;
mod visual_digits;

pub use cells::Cells;
pub use finding_args::FindingArgs;
pub use finding_text::{FindingId, FindingMessage, MessageForm};
pub use findings::{FindingAt, Findings};
pub use label::Label;
pub use model::{Alignment, Document, Finding, Row, Segment, SegmentKind, Severity};
pub use read::read_str;
pub use reason::{Reason, Reasons};
pub use set::{DocumentSet, LoadError, LoadOptions};
