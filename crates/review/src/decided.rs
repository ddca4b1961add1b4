//! The one way every command reads a document with its decisions: parse the set's review
//! file, resolve its pins, align around them, and apply accepted findings to the checks.

use sixfold_translations::align::AlignOptions;
use sixfold_translations::{Alignment, DocumentSet, Finding, Findings};

use crate::accepted::{Reviewed, apply};
use crate::error::ReviewError;
use crate::file::{Accept, ReviewFile};
use crate::pinned::align_pinned;
use crate::resolve::{Pins, resolve_pins};

/// A document set aligned with its decisions honoured.
#[derive(Debug, Clone)]
pub struct Decided {
    /// The review file, when the folder has one.
    pub file: Option<ReviewFile>,
    /// Its pins: those applied and those outdated.
    pub pins: Pins,
    pub alignment: Alignment,
}

/// The set's review file, read (`None` when the folder has none).
pub fn review_of(set: &DocumentSet) -> Result<Option<ReviewFile>, ReviewError> {
    set.review
        .as_ref()
        .map(|(source, text)| ReviewFile::parse(text, source))
        .transpose()
}

/// Aligns a set with its pins as fixed rows.
pub fn align_set(set: &DocumentSet, opts: &AlignOptions) -> Result<Decided, ReviewError> {
    let file = review_of(set)?;
    let pins = match &file {
        Some(f) => resolve_pins(&set.docs, f)?,
        None => Pins::default(),
    };
    let alignment = align_pinned(&set.docs, opts, &pins.active);
    Ok(Decided {
        file,
        pins,
        alignment,
    })
}

/// Runs the checks on a decided alignment and applies accepted findings.
#[must_use]
pub fn check_set(set: &DocumentSet, decided: &Decided) -> Reviewed {
    check_set_with(set, decided, sixfold_translations::check::header_check(set))
}

/// [`check_set`] with the header checks already run
/// ([`sixfold_translations::check::header_check`]), so that the source texts need not be
/// kept until the checks.
#[must_use]
pub fn check_set_with(set: &DocumentSet, decided: &Decided, header: Vec<Finding>) -> Reviewed {
    let findings = sixfold_translations::check::check_set_with(set, &decided.alignment, header);
    match &decided.file {
        Some(file) => apply(&set.docs, findings, file, &decided.pins),
        None => Reviewed {
            findings,
            accepted: Vec::new(),
        },
    }
}

/// The findings of a set after its review file, as [`check_set_kept`] gives them.
#[derive(Debug, Clone, Default)]
pub struct Kept {
    /// What still counts ([`Reviewed::findings`]), read with the set's documents.
    pub open: Findings,
    /// Accepted findings with the decision that accepted each.
    pub accepted: Vec<(Finding, Accept)>,
}

/// [`check_set_with`], with the findings left as the checks keep them
/// ([`sixfold_translations::check::check_set_findings`]: a long rendering's
/// `missing-paragraph` findings as positions) when there is no review file to apply; with
/// one, made and applied as [`check_set_with`] does. The same findings in the same order.
#[must_use]
pub fn check_set_kept(set: &DocumentSet, decided: &Decided, header: Vec<Finding>) -> Kept {
    let found = sixfold_translations::check::check_set_findings(set, &decided.alignment, header);
    match &decided.file {
        Some(file) => {
            let reviewed = apply(&set.docs, found.into_vec(&set.docs), file, &decided.pins);
            Kept {
                open: reviewed.findings.into(),
                accepted: reviewed.accepted,
            }
        }
        None => Kept {
            open: found,
            accepted: Vec::new(),
        },
    }
}
