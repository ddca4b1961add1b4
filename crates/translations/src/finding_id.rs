//! Stable identifiers for check findings, and the short text digests decisions carry.
//!
//! A translator accepts a finding by its id (`sixfold accept DIR numbers-differ:ar:op.3`)
//! and the id is kept in `review.toml`, so it must survive everything that does not change
//! what the finding is about: rows are renumbered whenever a paragraph is added upstream,
//! line numbers move with every edit, so neither may appear in it. An id is the finding's
//! code, its language and its anchor, the segment the finding is about: that segment's
//! structural label when it has one (`op.3`, `annex.art7.b`), otherwise `@` and the digest
//! of its text. A finding about a whole rendering (`footnote-count`) has no anchor. When
//! two findings would share an id, the later ones get `~2`, `~3`… in report order.

use std::cell::OnceCell;
use std::collections::{BTreeMap, HashMap};

use sha2::{Digest as _, Sha256};
use sixfold_core::Lang;

use crate::model::{Document, Finding, Segment};

/// Hex digits kept from the SHA-256 of a text: enough to notice any edit a translator
/// makes (one chance in four billion of missing one), short enough to read in a file.
const DIGEST_HEX: usize = 8;

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The short digest of one or more segment texts (joined by a line break), as written in
/// `review.toml` to say which text a decision was made on.
#[must_use]
pub fn digest<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    let mut hasher = Sha256::new();
    for (i, text) in texts.into_iter().enumerate() {
        if i > 0 {
            hasher.update(b"\n");
        }
        hasher.update(text.as_bytes());
    }
    hasher
        .finalize()
        .iter()
        .take(DIGEST_HEX / 2)
        .flat_map(|&byte| [HEX[usize::from(byte >> 4)], HEX[usize::from(byte & 15)]])
        .map(char::from)
        .collect()
}

/// The segment a finding is about: its own segment, or for a finding that points at a
/// pivot segment with no counterpart (`missing-paragraph`), that pivot segment.
#[must_use]
pub fn anchor<'a>(docs: &'a BTreeMap<Lang, Document>, finding: &Finding) -> Option<&'a Segment> {
    if let Some(index) = finding.segment {
        return docs.get(&finding.lang)?.segments.get(index);
    }
    let pivot: Lang = finding.args.get("pivot")?.parse().ok()?;
    let line: usize = finding.args.get("pivot_line")?.parse().ok()?;
    docs.get(&pivot)?.segments.iter().find(|s| s.line == line)
}

/// The digest of what a finding is about: its anchor's text, or for a finding about a
/// whole rendering its English message (which carries the counts it compares).
#[must_use]
pub fn finding_digest(docs: &BTreeMap<Lang, Document>, finding: &Finding) -> String {
    match anchor(docs, finding) {
        Some(segment) => digest([segment.text.as_str()]),
        None => digest([&*finding.message()]),
    }
}

/// Gives every finding its stable id (see the module documentation). Findings must be in
/// their final, deterministic order, which decides the `~N` suffixes of duplicates.
///
/// A large rendering can have tens of thousands of findings, so label uses and pivot lines
/// are counted once per run instead of scanning the document for each finding.
pub fn assign_ids(docs: &BTreeMap<Lang, Document>, findings: &mut [Finding]) {
    let index = AnchorIndex::new(docs);
    for finding in findings.iter_mut() {
        // Kept as its parts when it can be (`Finding::set_id`).
        let base = index.base_id(finding);
        finding.set_id(base);
    }
    // The n-th finding (in report order) with a base id shared by others gets `~n`. Found
    // by sorting positions by id rather than through a map of every id: the map held a
    // second copy of them all at the report's peak.
    let mut order: Vec<usize> = (0..findings.len()).collect();
    // Stable: positions with the same id stay in report order.
    order.sort_by(|&a, &b| findings[a].cmp_id_parts(&findings[b]));
    let mut suffixes: Vec<(usize, u32)> = Vec::new();
    for run in order.chunk_by(|&a, &b| findings[a].cmp_id_parts(&findings[b]).is_eq()) {
        suffixes.extend(
            run.iter()
                .enumerate()
                .skip(1)
                .map(|(k, &i)| (i, u32::try_from(k + 1).unwrap_or(u32::MAX))),
        );
    }
    drop(order);
    for (i, n) in suffixes {
        if let Some(finding) = findings.get_mut(i) {
            finding.set_duplicate(n);
        }
    }
}

/// What `base_id` needs to know about the renderings, each table computed once and only
/// for a rendering a finding needs it of: on a long rendering whose findings are kept
/// compactly ([`crate::Findings`]) no finding looks a line up, and a table of every line
/// of every rendering was most of a check's memory beside its findings.
struct AnchorIndex<'a> {
    docs: &'a BTreeMap<Lang, Document>,
    /// How many segments of each rendering carry each label.
    label_uses: [OnceCell<HashMap<&'a crate::Label, usize>>; 6],
    /// The first segment starting on each line, per rendering.
    by_line: [OnceCell<HashMap<usize, usize>>; 6],
}

impl<'a> AnchorIndex<'a> {
    fn new(docs: &'a BTreeMap<Lang, Document>) -> Self {
        Self {
            docs,
            label_uses: Default::default(),
            by_line: Default::default(),
        }
    }

    /// How many segments of `lang` carry `label`.
    fn label_uses(&self, lang: Lang, label: &crate::Label) -> usize {
        let uses = self.label_uses[lang.index()].get_or_init(|| {
            let mut uses: HashMap<&crate::Label, usize> = HashMap::new();
            for segment in self.docs.get(&lang).into_iter().flat_map(|d| &d.segments) {
                if let Some(label) = &segment.label {
                    *uses.entry(label).or_insert(0) += 1;
                }
            }
            uses
        });
        uses.get(label).copied().unwrap_or(0)
    }

    /// The first segment of `lang` starting on `line`.
    fn at_line(&self, lang: Lang, line: usize) -> Option<usize> {
        let lines = self.by_line[lang.index()].get_or_init(|| {
            let mut lines: HashMap<usize, usize> = HashMap::new();
            for (i, segment) in self
                .docs
                .get(&lang)
                .into_iter()
                .flat_map(|d| d.segments.iter().enumerate())
            {
                lines.entry(segment.line).or_insert(i);
            }
            lines
        });
        lines.get(&line).copied()
    }

    /// The same segment as [`anchor`], found through the index, with its rendering.
    fn anchor(&self, finding: &Finding) -> Option<(Lang, &'a Segment)> {
        if let Some(index) = finding.segment {
            let segment = self.docs.get(&finding.lang)?.segments.get(index)?;
            return Some((finding.lang, segment));
        }
        let pivot: Lang = finding.args.get("pivot")?.parse().ok()?;
        let line: usize = finding.args.get("pivot_line")?.parse().ok()?;
        let index = self.at_line(pivot, line)?;
        Some((pivot, self.docs.get(&pivot)?.segments.get(index)?))
    }

    fn base_id(&self, finding: &Finding) -> String {
        let head = format!("{}:{}", finding.code, finding.lang);
        let Some((home, segment)) = self.anchor(finding) else {
            return head;
        };
        let unique = segment
            .label
            .as_ref()
            .filter(|label| self.label_uses(home, label) == 1);
        match unique {
            Some(label) => format!("{head}:{label}"),
            None => format!("{head}:@{}", digest([segment.text.as_str()])),
        }
    }
}

/// The segment's label when no other segment of the document carries the same one: a
/// label that repeats (a misnumbered rendering has two `op.4`) names nothing for sure,
/// and the text's digest does.
#[must_use]
pub fn unique_label<'a>(doc: &Document, segment: &'a Segment) -> Option<&'a crate::Label> {
    let label = segment.label.as_ref()?;
    let uses = doc
        .segments
        .iter()
        .filter(|s| s.label.as_ref() == Some(label))
        .count();
    (uses == 1).then_some(label)
}

/// The parts of a finding id: code, language, and the anchor when there is one
/// (a label, or `@` and a digest), without any `~N` suffix.
#[must_use]
pub fn parse_id(id: &str) -> Option<(&str, Lang, Option<&str>)> {
    let id = id.split_once('~').map_or(id, |(base, _)| base);
    let mut parts = id.splitn(3, ':');
    let code = parts.next().filter(|c| !c.is_empty())?;
    let lang = parts.next()?.parse().ok()?;
    Some((code, lang, parts.next().filter(|a| !a.is_empty())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{SegmentKind, Severity};

    fn seg(index: usize, label: Option<&str>, text: &str) -> Segment {
        Segment {
            index,
            kind: SegmentKind::Paragraph,
            label: label.map(|l| l.parse().expect("a valid label in the test")),
            text: text.to_owned(),
            line: index * 2 + 1,
            footnote_refs: vec![],
        }
    }

    fn finding(code: &str, lang: Lang, segment: Option<usize>) -> Finding {
        Finding {
            id: crate::FindingId::default(),
            severity: Severity::Error,
            code: code.to_owned().into(),
            lang,
            segment,
            line: None,
            row: Some(7),
            message: "m".into(),
            args: crate::FindingArgs::new(),
        }
    }

    #[test]
    fn ids_use_labels_then_digests_never_rows_or_lines() {
        let mut docs = BTreeMap::new();
        docs.insert(
            Lang::Fr,
            Document {
                lang: Lang::Fr,
                source: "fr.md".into(),
                segments: vec![seg(0, Some("op.3"), "Décide."), seg(1, None, "Prie.")],
            },
        );
        let mut findings = vec![
            finding("numbers-differ", Lang::Fr, Some(0)),
            finding("length-ratio", Lang::Fr, Some(1)),
            finding("footnote-count", Lang::Fr, None),
            finding("footnote-count", Lang::Fr, None),
        ];
        assign_ids(&docs, &mut findings);
        let ids: Vec<String> = findings.iter().map(|f| f.id().into_owned()).collect();
        let prie = digest(["Prie."]);
        assert_eq!(
            ids,
            [
                "numbers-differ:fr:op.3".to_owned(),
                format!("length-ratio:fr:@{prie}"),
                "footnote-count:fr".to_owned(),
                "footnote-count:fr~2".to_owned(),
            ]
        );
        findings[0].row = Some(99);
        findings[0].line = Some(1234);
        let before = findings[0].id().into_owned();
        assign_ids(&docs, &mut findings);
        assert_eq!(findings[0].id(), before);
        assert_eq!(
            parse_id("numbers-differ:fr:op.3"),
            Some(("numbers-differ", Lang::Fr, Some("op.3")))
        );
        assert_eq!(
            parse_id("footnote-count:fr~2"),
            Some(("footnote-count", Lang::Fr, None))
        );
        assert_eq!(parse_id("nonsense"), None);
    }

    #[test]
    fn a_repeated_label_names_nothing_so_the_digest_is_used() {
        let mut docs = BTreeMap::new();
        docs.insert(
            Lang::Ru,
            Document {
                lang: Lang::Ru,
                source: "ru.md".into(),
                segments: vec![
                    seg(0, Some("op.4"), "4. Один."),
                    seg(1, Some("op.4"), "4. Два."),
                ],
            },
        );
        let mut findings = vec![finding("numbering-order", Lang::Ru, Some(1))];
        assign_ids(&docs, &mut findings);
        assert_eq!(
            findings[0].id(),
            format!("numbering-order:ru:@{}", digest(["4. Два."]))
        );
    }

    #[test]
    fn digests_are_short_and_change_with_the_text() {
        assert_eq!(digest(["a"]).len(), DIGEST_HEX);
        assert_ne!(digest(["a"]), digest(["b"]));
        assert_ne!(digest(["a", "b"]), digest(["ab"]));
    }
}
