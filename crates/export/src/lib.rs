//! Aligned exports for CAT tools, corpus builders and reviewers.
//!
//! Every writer is a pure function of an [`Aligned`] document (renderings, alignment,
//! findings) and the languages chosen, returning the file's text; nothing reads the clock
//! or the environment, so the same input gives the same bytes, which is what lets
//! `cargo xtask exports` commit them under `snapshots/` and its check mode compare them.
//!
//! ```
//! use std::collections::BTreeMap;
//! use sixfold_core::Lang;
//! use sixfold_export::{Aligned, tmx};
//! use sixfold_translations::{Alignment, Document, Row, Segment, SegmentKind};
//!
//! let seg = |text: &str| Segment {
//!     index: 0, kind: SegmentKind::Paragraph, label: Some("op.1".parse().unwrap()),
//!     text: text.into(), line: 1, footnote_refs: vec![],
//! };
//! let mut docs = BTreeMap::new();
//! docs.insert(Lang::En, Document { lang: Lang::En, source: "en.md".into(), segments: vec![seg("1. Approves;")] });
//! docs.insert(Lang::Fr, Document { lang: Lang::Fr, source: "fr.md".into(), segments: vec![seg("1. Approuve ;")] });
//! let alignment = Alignment {
//!     languages: vec![Lang::En, Lang::Fr],
//!     pivot: Lang::En,
//!     rows: vec![Row { cells: [(Lang::En, vec![0]), (Lang::Fr, vec![0])].into(), confidence: 1.0, reasons: vec![].into(), unit: 0, pair_confidence: None }],
//! };
//! let doc = Aligned { slug: "A-RES-51-60", meta: None, docs: &docs, alignment: &alignment, findings: &Default::default(), versions: &Default::default(), accepted: &[], folder: "translations/A-RES-51-60" };
//! let tmx = tmx::bilingual(&doc, Lang::En, Lang::Fr);
//! assert!(tmx.contains("<tu tuid=\"A-RES-51-60-r001\">"));
//! assert!(tmx.contains("<tuv xml:lang=\"fr\"><seg>1. Approuve ;</seg></tuv>"));
//! ```

pub mod aligned;
pub mod escape;
pub mod generate;
pub mod html;
pub mod out;
pub mod render;
pub mod report;
pub mod stale;
pub mod tabular;
pub mod tmx;
pub mod write;
pub mod xliff;

#[cfg(test)]
mod fixture;

pub use aligned::{Aligned, LOW_CONFIDENCE, RowView};
pub use generate::{Artefact, ExportError, Format, Prepared, artefacts, generate};
pub use out::IoText;
pub use render::{OneFile, Plan, RenderError, Rendered, Request, plan, render};
pub use write::{
    Fill, Staged, StagedFile, WriteError, WriteNote, moses_paths, remove_staged, stage_files_with,
    write_atomic, write_files, write_files_with, write_with,
};
