//! Which structural labels the text itself vouches for.
//!
//! The reader gives two sorts of labels (see [`Label::written`]): numbers, letters and
//! parts written in the text, and counters it keeps because the text gives nothing better.
//! A counter shifts by one after every dropped, merged or split paragraph, so equal
//! counters in two renderings say nothing about correspondence; treating them as anchors
//! turns one drop into a cascade of wrong links. The aligner and the checks therefore ask
//! [`Segment::written_label`].

use crate::label::Label;
use crate::model::Segment;

impl Segment {
    /// The segment's label when the text vouches for it, `None` for positional counters
    /// and for unlabelled segments.
    #[must_use]
    pub fn written_label(&self) -> Option<&Label> {
        self.label.as_ref().filter(|l| l.written())
    }
}

#[cfg(test)]
mod tests {
    use crate::read::read_str;
    use sixfold_core::Lang;

    #[test]
    fn segments_ask_their_reader() {
        let doc = read_str(Lang::En, "t", "Recalling it,\n\n1. Approves it.");
        let written: Vec<_> = doc
            .segments
            .iter()
            .map(|s| s.written_label().map(ToString::to_string))
            .collect();
        assert_eq!(written, [None, Some("op.1".to_owned())]);
    }

    #[test]
    fn article_paragraphs_are_written_only_when_numbered() {
        let doc = read_str(
            Lang::En,
            "t",
            "Article 8\n\nMember States shall act.\n\n2. States shall report.",
        );
        let written: Vec<_> = doc
            .segments
            .iter()
            .map(|s| s.written_label().is_some())
            .collect();
        assert_eq!(written, [true, false, true]);
    }
}
