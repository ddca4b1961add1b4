//! Accepted findings: what `check` stops counting, and decisions it reports as outdated.

use std::collections::BTreeMap;

use sixfold_core::Lang;
use sixfold_translations::finding_id::{digest, finding_digest, parse_id};
use sixfold_translations::{Document, Finding, Severity};

use crate::file::{Accept, ReviewFile};
use crate::resolve::{Outdated, Pins};

/// Code of the finding that reports an accepted finding made on text that has changed.
pub const OUTDATED_ACCEPT: &str = "outdated-accept";
/// Code of the finding that reports a pin made on text that has changed.
pub const OUTDATED_PIN: &str = "outdated-pin";

/// Findings after the review file has been applied.
#[derive(Debug, Clone, Default)]
pub struct Reviewed {
    /// What still counts: the findings nobody accepted, plus one finding per outdated
    /// decision, in a deterministic order.
    pub findings: Vec<Finding>,
    /// Accepted findings with the decision that accepted each.
    pub accepted: Vec<(Finding, Accept)>,
}

/// Applies the review file to the findings of `check`: an accepted finding whose text is
/// the text it was accepted on no longer counts; one whose text changed counts again and
/// is reported as outdated, and so is every outdated pin.
#[must_use]
pub fn apply(
    docs: &BTreeMap<Lang, Document>,
    findings: Vec<Finding>,
    file: &ReviewFile,
    pins: &Pins,
) -> Reviewed {
    let mut out = Reviewed::default();
    let mut matched = vec![false; file.accepts.len()];
    // Which acceptance each finding answers to. First by id, when the text is the one it
    // was accepted on.
    let mut decided: Vec<Decision> = findings
        .iter()
        .map(|f| {
            let id = f.id();
            match file.accepts.iter().position(|a| a.id == id) {
                Some(k) if accepted_on(file.accepts[k].digest.as_deref(), docs, f) => {
                    matched[k] = true;
                    Decision::Accepted(k)
                }
                Some(k) => Decision::Changed(k),
                None => Decision::Open,
            }
        })
        .collect();
    // Then by text: a label that counts positions ("pre.5", the fifth unnumbered
    // paragraph) moves when a paragraph before it is split or removed, and the finding's
    // id with it; an acceptance of the same finding (code and language) made on the same
    // text still holds.
    if matched.iter().any(|m| !m) {
        for (f, decision) in findings.iter().zip(decided.iter_mut()) {
            if matches!(decision, Decision::Accepted(_)) {
                continue;
            }
            let mut digest = None;
            let moved = file.accepts.iter().enumerate().position(|(k, a)| {
                !matched[k]
                    && parse_id(&a.id)
                        .is_some_and(|(code, lang, _)| code == &*f.code && lang == f.lang)
                    && a.digest.as_deref().is_some_and(|d| {
                        d == digest
                            .get_or_insert_with(|| finding_digest(docs, f))
                            .as_str()
                    })
            });
            if let Some(k) = moved {
                matched[k] = true;
                *decision = Decision::Accepted(k);
            }
        }
    }
    for (f, decision) in findings.into_iter().zip(decided) {
        match decision {
            Decision::Accepted(k) => out.accepted.push((f, file.accepts[k].clone())),
            Decision::Changed(k) if !matched[k] => {
                matched[k] = true;
                out.findings.push(outdated_accept(
                    f.lang,
                    f.segment,
                    f.line,
                    &file.accepts[k],
                    &file.source,
                ));
                out.findings.push(f);
            }
            Decision::Changed(_) | Decision::Open => out.findings.push(f),
        }
    }
    // An acceptance whose finding is gone is outdated when the segment it named changed
    // (an unlabelled segment's digest, which is in its id, no longer matches anything);
    // when the text is unchanged the finding was fixed, and the acceptance is harmless.
    for (k, accept) in file.accepts.iter().enumerate() {
        if matched[k] {
            continue;
        }
        let Some((_, lang, anchor)) = parse_id(&accept.id) else {
            continue;
        };
        let Some(doc) = docs.get(&lang) else {
            continue;
        };
        let Some(anchor) = anchor else {
            continue;
        };
        let segment = match anchor.strip_prefix('@') {
            Some(d) => doc.segments.iter().find(|s| digest([s.text.as_str()]) == d),
            None => doc
                .segments
                .iter()
                .find(|s| s.label.as_ref().is_some_and(|l| *l == *anchor)),
        };
        let changed = match (segment, &accept.digest) {
            (None, _) => true,
            (Some(s), Some(d)) => digest([s.text.as_str()]) != *d,
            (Some(_), None) => false,
        };
        if changed {
            out.findings.push(outdated_accept(
                lang,
                segment.map(|s| s.index),
                segment.map(|s| s.line),
                accept,
                &file.source,
            ));
        }
    }
    for o in &pins.outdated {
        out.findings.push(outdated_pin(docs, o, &file.source));
    }
    out.findings.sort_by(|a, b| {
        (a.lang, a.line.unwrap_or(0), a.segment, &a.code)
            .cmp(&(b.lang, b.line.unwrap_or(0), b.segment, &b.code))
            .then_with(|| a.id().cmp(&b.id()))
    });
    out
}

/// What a finding's acceptance, if any, says of it.
enum Decision {
    /// Accepted by this acceptance.
    Accepted(usize),
    /// Named by this acceptance, whose text has changed since.
    Changed(usize),
    /// No acceptance names it.
    Open,
}

/// Whether an acceptance recorded on the text of `digest` (none: on any text) still holds
/// for `finding`.
fn accepted_on(digest: Option<&str>, docs: &BTreeMap<Lang, Document>, finding: &Finding) -> bool {
    digest.is_none_or(|d| d == finding_digest(docs, finding))
}

fn outdated_accept(
    lang: Lang,
    segment: Option<usize>,
    line: Option<usize>,
    accept: &Accept,
    source: &str,
) -> Finding {
    let mut args = sixfold_translations::FindingArgs::new();
    args.insert("id", accept.id.clone());
    args.insert("file", file_name(source));
    args.insert("review_line", accept.line.to_string());
    Finding {
        id: format!("{OUTDATED_ACCEPT}:{}", accept.id).into(),
        severity: Severity::Warning,
        code: OUTDATED_ACCEPT.into(),
        lang,
        segment,
        line,
        row: None,
        message: format!(
            "the finding {} accepted in {}:{} was accepted on text that has changed; accept it again or remove the acceptance",
            accept.id,
            file_name(source),
            accept.line
        )
        .into(),
        args,
    }
}

fn outdated_pin(docs: &BTreeMap<Lang, Document>, o: &Outdated, source: &str) -> Finding {
    let line = o
        .segment
        .and_then(|i| docs.get(&o.lang)?.segments.get(i))
        .map(|s| s.line);
    let mut args = sixfold_translations::FindingArgs::new();
    args.insert("segments", o.segments.clone());
    args.insert("file", file_name(source));
    args.insert("review_line", o.line.to_string());
    Finding {
        id: format!("{OUTDATED_PIN}:{}:{}", o.lang, o.segments).into(),
        severity: Severity::Warning,
        code: OUTDATED_PIN.into(),
        lang: o.lang,
        segment: o.segment,
        line,
        row: None,
        message: format!(
            "the pin in {}:{} was made on other {} text ({}) and is not applied; pin again or remove it",
            file_name(source),
            o.line,
            o.lang,
            o.segments
        )
        .into(),
        args,
    }
}

/// `review.toml` from a path or `<rev>:<path>`, so messages do not depend on where the
/// command was run.
fn file_name(source: &str) -> String {
    source
        .rsplit(['/', '\\', ':'])
        .next()
        .unwrap_or(source)
        .to_owned()
}
