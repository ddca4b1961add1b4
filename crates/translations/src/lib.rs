//! Six renderings of one document: read them into a shared model, align them paragraph
//! by paragraph, and check what a translator needs to fix.

pub mod model;

pub use model::{Alignment, Document, Finding, Row, Segment, SegmentKind, Severity};
