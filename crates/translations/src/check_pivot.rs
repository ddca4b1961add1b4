//! What the translations say about the pivot: a number the pivot lost where the
//! translations kept it, and the numbering gaps those kept numbers show. Each language is
//! compared with the pivot, so a pivot paragraph without its number ("Of the 82
//! recommendations …" where the Russian reads "21. Как видно …") would otherwise never be
//! reported, and the translations that kept it would each report the same gaps.

use std::collections::BTreeMap;

use sixfold_core::Lang;

use crate::links::Link;
use crate::model::{Document, Finding, Severity};

/// Written numbers of translations on pivot segments that have none: per pivot segment,
/// the languages and the label each wrote.
#[derive(Debug, Default)]
pub(crate) struct KeptNumbers {
    by_pivot: BTreeMap<usize, Vec<(Lang, String)>>,
}

impl KeptNumbers {
    /// Notes the numbered labels `lang` writes on one-to-one links to pivot segments that
    /// write none.
    pub(crate) fn note(
        &mut self,
        pd: &Document,
        lang: Lang,
        doc: &Document,
        beads: &[(usize, Link)],
    ) {
        for (_, b) in beads {
            if b.pivot().len() != 1 || b.other().len() != 1 {
                continue;
            }
            let (Some(p), Some(o)) = (
                pd.segments.get(b.pivot().start),
                doc.segments.get(b.other().start),
            ) else {
                continue;
            };
            let pivot_numbered = p
                .written_label()
                .and_then(crate::label::Label::numbering)
                .is_some();
            let Some(label) = o.written_label().filter(|l| l.numbering().is_some()) else {
                continue;
            };
            if !pivot_numbered {
                self.by_pivot
                    .entry(p.index)
                    .or_default()
                    .push((lang, label.to_string()));
            }
        }
    }

    /// One finding on the pivot for each of its segments where two translations or more
    /// write the same number and the pivot writes none: one translation alone may number
    /// what the original does not, two agreeing are the original's numbering.
    pub(crate) fn findings(&self, pivot: Lang, pd: &Document, out: &mut Vec<Finding>) {
        for (&i, kept) in &self.by_pivot {
            let Some(p) = pd.segments.get(i) else {
                continue;
            };
            let mut counts: BTreeMap<&str, Vec<Lang>> = BTreeMap::new();
            for (lang, label) in kept {
                counts.entry(label.as_str()).or_default().push(*lang);
            }
            let Some((label, langs)) = counts
                .into_iter()
                .filter(|(_, langs)| langs.len() >= 2)
                .max_by_key(|(_, langs)| langs.len())
            else {
                continue;
            };
            let langs = langs
                .iter()
                .map(|l| l.code())
                .collect::<Vec<_>>()
                .join(", ");
            let mut f = crate::check::finding_at(
                Severity::Error,
                "pivot-number-lost",
                pivot,
                p,
                format!(
                    "{pivot} {} has no number where {langs} have {label}",
                    crate::check::describe(p)
                ),
                &[("expected", label.to_owned()), ("langs", langs.clone())],
            );
            f.row = None;
            out.push(f);
        }
    }
}

/// A numbering gap or step back that two translations or more share, where the pivot has
/// none (it lost the numbers they kept), is the document's: it stays on the first of
/// them in UN order and is dropped from the others, as a gap the pivot shares is
/// reported once on the pivot.
pub(crate) fn drop_gaps_shared_by_translations(pivot: Lang, out: &mut Vec<Finding>) {
    let is_numbering = |f: &Finding| matches!(&*f.code, "numbering-gap" | "numbering-order");
    // (code, arguments, first language): a handful per document.
    let mut first: Vec<(&str, &crate::FindingArgs, Lang)> = Vec::new();
    for f in out.iter().filter(|f| f.lang != pivot && is_numbering(f)) {
        match first
            .iter_mut()
            .find(|(code, args, _)| *code == f.code && **args == f.args)
        {
            Some(entry) if f.lang.index() < entry.2.index() => entry.2 = f.lang,
            Some(_) => {}
            None => first.push((&f.code, &f.args, f.lang)),
        }
    }
    let keep: Vec<(String, crate::FindingArgs, Lang)> = first
        .into_iter()
        .map(|(code, args, lang)| (code.to_owned(), args.clone(), lang))
        .collect();
    out.retain(|f| {
        f.lang == pivot
            || !is_numbering(f)
            || keep
                .iter()
                .any(|(code, args, lang)| *code == f.code && *args == f.args && *lang == f.lang)
    });
}
