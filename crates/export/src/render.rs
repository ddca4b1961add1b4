//! One document in one export format: the choice of writer that `sixfold export` and the
//! Python package's `export` share, so both give the same bytes and refuse the same
//! requests with the same words.
//!
//! ```
//! # use std::collections::BTreeMap;
//! # use sixfold_core::Lang;
//! # use sixfold_export::{Aligned, Format};
//! # use sixfold_export::render::{Rendered, Request, render};
//! # use sixfold_translations::{Alignment, Document, Row, Segment, SegmentKind};
//! # let seg = |text: &str| Segment { index: 0, kind: SegmentKind::Paragraph, label: None, text: text.into(), line: 1, footnote_refs: vec![] };
//! # let mut docs = BTreeMap::new();
//! # docs.insert(Lang::En, Document { lang: Lang::En, source: "en.md".into(), segments: vec![seg("Approves.")] });
//! # docs.insert(Lang::Fr, Document { lang: Lang::Fr, source: "fr.md".into(), segments: vec![seg("Approuve.")] });
//! # let alignment = Alignment { languages: vec![Lang::En, Lang::Fr], pivot: Lang::En, rows: vec![Row { cells: [(Lang::En, vec![0]), (Lang::Fr, vec![0])].into(), confidence: 1.0, reasons: vec![].into(), unit: 0, pair_confidence: None }] };
//! # let doc = Aligned { slug: "d", meta: None, docs: &docs, alignment: &alignment, findings: &Default::default(), versions: &Default::default(), accepted: &[], folder: "d" };
//! let request = Request { format: Format::Xliff, langs: &[Lang::En, Lang::Fr, Lang::Es], source: None, ui: Lang::En };
//! let err = render(&doc, "d", &request).unwrap_err();
//! assert_eq!(err.to_string(), "d has no es rendering: expected one of en, fr");
//! let Rendered::One(xliff) = render(&doc, "d", &Request { langs: &[Lang::En, Lang::Fr], ..request }).unwrap() else { panic!() };
//! assert!(xliff.contains("<target>Approuve.</target>"));
//! ```

use sixfold_core::Lang;
use sixfold_l10n::{Args, Localizer};

use crate::aligned::Aligned;
use crate::generate::Format;
use crate::{html, tabular, tmx, xliff};

/// What to export of one document.
#[derive(Debug, Clone, Copy)]
pub struct Request<'r> {
    pub format: Format,
    /// Languages to write; empty for every rendering the document has.
    pub langs: &'r [Lang],
    /// XLIFF `srcLang`, bilingual TMX `srclang`, the first column elsewhere; by default the
    /// first of `langs`, else the pivot.
    pub source: Option<Lang>,
    /// Language of the words written for people (notes, the review page).
    pub ui: Lang,
}

/// One document exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rendered {
    /// One file's text.
    One(String),
    /// Moses: one text per language, in writing order.
    PerLanguage(Vec<(Lang, String)>),
}

/// The request cannot give an export of this document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenderError {
    #[error("{}", self.message_in(Lang::En))]
    NoRendering {
        /// The document folder as the user named it.
        path: String,
        lang: Lang,
        /// The renderings the folder has.
        have: Vec<Lang>,
    },
    #[error("{}", self.message_in(Lang::En))]
    SourceNotExported { lang: Lang, langs: Vec<Lang> },
    #[error("{}", self.message_in(Lang::En))]
    XliffPair { langs: Vec<Lang> },
    /// A translation memory of one language (`--langs en,en`) pairs nothing.
    #[error("{}", self.message_in(Lang::En))]
    TmxOneLanguage { langs: Vec<Lang> },
}

impl RenderError {
    /// The message in the interface language `ui`: the command line's words (English is
    /// what `Display` gives).
    #[must_use]
    pub fn message_in(&self, ui: Lang) -> String {
        let l10n = Localizer::plain();
        match self {
            RenderError::NoRendering { path, lang, have } => l10n.format(
                ui,
                "cli-export-no-rendering",
                &Args::new()
                    .text("path", path.clone())
                    .text("lang", lang.code())
                    .text("langs", codes(have)),
            ),
            RenderError::SourceNotExported { lang, langs } => l10n.format(
                ui,
                "cli-export-source-not-exported",
                &Args::new()
                    .text("lang", lang.code())
                    .text("langs", codes(langs)),
            ),
            RenderError::XliffPair { langs } => l10n.format(
                ui,
                "cli-export-xliff-pair",
                &Args::new().text("langs", codes(langs)),
            ),
            RenderError::TmxOneLanguage { langs } => l10n.format(
                ui,
                "cli-export-tmx-one-language",
                &Args::new().text("langs", codes(langs)),
            ),
        }
    }
}

fn codes(langs: &[Lang]) -> String {
    langs
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The languages to write: `requested` in its order without repeats, each checked against
/// the renderings the document has (`path` names the folder in the error); every
/// rendering, pivot first, when nothing is requested.
pub fn chosen_languages(
    doc: &Aligned<'_>,
    path: &str,
    requested: &[Lang],
) -> Result<Vec<Lang>, RenderError> {
    if requested.is_empty() {
        return Ok(doc.all_languages());
    }
    let mut langs = Vec::new();
    for &lang in requested {
        if !doc.docs.contains_key(&lang) {
            return Err(RenderError::NoRendering {
                path: path.to_owned(),
                lang,
                have: doc.all_languages(),
            });
        }
        if !langs.contains(&lang) {
            langs.push(lang);
        }
    }
    Ok(langs)
}

/// The source language: `source`, else the first requested language, else the pivot.
#[must_use]
pub fn source_of(doc: &Aligned<'_>, requested: &[Lang], source: Option<Lang>) -> Lang {
    source
        .or_else(|| requested.first().copied())
        .unwrap_or(doc.alignment.pivot)
}

/// The export `request` asks for: the writer chosen by format and number of languages
/// (TMX with two languages is bilingual, with more multilingual; XLIFF needs exactly two).
pub fn render(
    doc: &Aligned<'_>,
    path: &str,
    request: &Request<'_>,
) -> Result<Rendered, RenderError> {
    Ok(match plan(doc, path, request)? {
        Plan::One(file) => {
            let mut text = String::new();
            file.write_to(doc, &mut text);
            Rendered::One(text)
        }
        Plan::PerLanguage { langs, source } => {
            Rendered::PerLanguage(tabular::moses(doc, &langs, Some(source)))
        }
    })
}

/// A request checked against a document: what [`render`] writes, decided before a byte
/// is written, so that a refusal never leaves a half-written file and a one-file export
/// can be streamed ([`OneFile::write_to`]) instead of held whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// Every format but Moses: one file.
    One(OneFile),
    /// Moses: one text per language, `source` first.
    PerLanguage { langs: Vec<Lang>, source: Lang },
}

/// A one-file export with its writer chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OneFile {
    format: Format,
    langs: Vec<Lang>,
    source: Lang,
    other: Lang,
    ui: Lang,
}

impl OneFile {
    /// Writes the export into `out` as [`render`] would return it, row by row.
    pub fn write_to(&self, doc: &Aligned<'_>, out: &mut dyn std::fmt::Write) {
        let OneFile {
            format,
            ref langs,
            source,
            other,
            ui,
        } = *self;
        match format {
            Format::Tmx if langs.len() == 2 => tmx::bilingual_to(out, doc, source, other, ui),
            Format::Tmx => tmx::multilingual_to(out, doc, langs, Some(source), ui),
            Format::Xliff => xliff::write_to(out, doc, source, other, ui),
            Format::Tsv => tabular::tsv_to(out, doc, langs, Some(source)),
            Format::Jsonl => tabular::jsonl_to(out, doc, langs, Some(source)),
            Format::Html => html::write_to(out, doc, langs, Some(source), ui),
            // `plan` gives Moses its own variant; one file of it is the source language's.
            Format::Moses => {
                for (_, text) in tabular::moses(doc, &[source], Some(source)) {
                    let _ = out.write_str(&text);
                }
            }
        }
    }
}

/// Checks `request` against the document (`path` names the folder in an error) and
/// chooses the writer.
pub fn plan(doc: &Aligned<'_>, path: &str, request: &Request<'_>) -> Result<Plan, RenderError> {
    let langs = chosen_languages(doc, path, request.langs)?;
    let source = source_of(doc, request.langs, request.source);
    if !langs.contains(&source) {
        return Err(RenderError::SourceNotExported {
            lang: source,
            langs,
        });
    }
    let other = langs
        .iter()
        .copied()
        .find(|l| *l != source)
        .unwrap_or(source);
    match request.format {
        Format::Moses => return Ok(Plan::PerLanguage { langs, source }),
        Format::Xliff if langs.len() != 2 => return Err(RenderError::XliffPair { langs }),
        Format::Tmx if langs.len() < 2 => return Err(RenderError::TmxOneLanguage { langs }),
        _ => {}
    }
    Ok(Plan::One(OneFile {
        format: request.format,
        langs,
        source,
        other,
        ui: request.ui,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::Fixture;

    #[test]
    fn refusals_say_what_the_command_line_says_in_every_language() {
        let err = RenderError::XliffPair {
            langs: vec![Lang::En, Lang::Fr, Lang::Es],
        };
        assert_eq!(
            err.to_string(),
            "xliff holds one source and one target language: give --langs SOURCE,TARGET (got en, fr, es)"
        );
        let fr = err.message_in(Lang::Fr);
        assert!(fr.contains("en, fr, es") && fr != err.to_string(), "{fr}");
        let one = RenderError::TmxOneLanguage {
            langs: vec![Lang::En],
        };
        assert_eq!(
            one.to_string(),
            "a TMX translation memory pairs at least two languages: give --langs with two or more different languages (got en)"
        );
    }

    #[test]
    fn the_format_and_language_count_choose_the_writer() {
        let fx = Fixture::new();
        let doc = fx.aligned();
        let request = |format, langs: &'static [Lang]| Request {
            format,
            langs,
            source: None,
            ui: Lang::En,
        };
        let one = |r: Result<Rendered, RenderError>| match r {
            Ok(Rendered::One(text)) => text,
            other => panic!("{other:?}"),
        };
        let pair = one(render(
            &doc,
            "d",
            &request(Format::Tmx, &[Lang::Fr, Lang::En]),
        ));
        assert_eq!(pair, tmx::bilingual(&doc, Lang::Fr, Lang::En));
        let all = one(render(&doc, "d", &request(Format::Tmx, &[])));
        assert_eq!(all, tmx::multilingual(&doc, &Lang::ALL, None));
        assert_eq!(
            render(&doc, "d", &request(Format::Xliff, &[])),
            Err(RenderError::XliffPair {
                langs: doc.all_languages()
            })
        );
        // A language named twice is one language.
        assert_eq!(
            render(&doc, "d", &request(Format::Tmx, &[Lang::En, Lang::En])),
            Err(RenderError::TmxOneLanguage {
                langs: vec![Lang::En]
            })
        );
        let Ok(Rendered::PerLanguage(files)) =
            render(&doc, "d", &request(Format::Moses, &[Lang::En, Lang::Ru]))
        else {
            panic!("moses writes one text per language");
        };
        assert_eq!(files.len(), 2);
        let wrong_source = Request {
            source: Some(Lang::Zh),
            ..request(Format::Tsv, &[Lang::En, Lang::Fr])
        };
        assert_eq!(
            render(&doc, "d", &wrong_source).map_err(|e| e.to_string()),
            Err("the source language zh is not among the exported languages (en, fr)".to_owned())
        );
    }
}
