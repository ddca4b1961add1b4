//! One comparison of what a rendering's header says with what it should say.
//!
//! `sixfold meta` shows the results and `sixfold check` reports them as findings (one code
//! per field, `header-date-mismatch`, …), both from [`compare`], so the two commands agree
//! on every folder. The reference is a core [`Header`]: what `document.toml` records for the
//! rendering's language ([`Reference::from_toml`]), or, without one, what another rendering
//! says ([`Reference::from_rendering`]).

use std::borrow::Cow;
use std::collections::BTreeMap;

use sixfold_core::{Adoption, AgendaItem, DocumentToml, Header, Lang, Organ, Symbol};

use crate::header::HeaderMeta;
use crate::masthead::read_header;
use crate::model::{Finding, Severity};

/// A header value that can disagree with the reference, in header order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HeaderField {
    Symbol,
    Distribution,
    Date,
    Session,
    AgendaItems,
    Report,
    Committee,
    Resolution,
    Title,
    Meeting,
    Adopted,
}

impl HeaderField {
    /// The field's name in `sixfold meta`'s JSON (`agenda_items`).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            HeaderField::Symbol => "symbol",
            HeaderField::Distribution => "distribution",
            HeaderField::Date => "date",
            HeaderField::Session => "session",
            HeaderField::AgendaItems => "agenda_items",
            HeaderField::Report => "report",
            HeaderField::Committee => "committee",
            HeaderField::Resolution => "resolution",
            HeaderField::Title => "title",
            HeaderField::Meeting => "meeting",
            HeaderField::Adopted => "adopted",
        }
    }

    /// The code of the finding `check` reports for this field (`header-date-mismatch`).
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            HeaderField::Symbol => "header-symbol-mismatch",
            HeaderField::Distribution => "header-distribution-mismatch",
            HeaderField::Date => "header-date-mismatch",
            HeaderField::Session => "header-session-mismatch",
            HeaderField::AgendaItems => "header-agenda-mismatch",
            HeaderField::Report => "header-report-mismatch",
            HeaderField::Committee => "header-committee-mismatch",
            HeaderField::Resolution => "header-resolution-mismatch",
            HeaderField::Title => "header-title-mismatch",
            HeaderField::Meeting => "header-meeting-mismatch",
            HeaderField::Adopted => "header-adopted-mismatch",
        }
    }

    /// The words that name the field in English messages; `plural` for agenda items when
    /// the header gives more than one (or none).
    #[must_use]
    pub const fn words(self, plural: bool) -> &'static str {
        match self {
            HeaderField::AgendaItems if plural => "agenda items",
            HeaderField::AgendaItems => "agenda item",
            HeaderField::Adopted => "adoption date",
            other => other.as_str(),
        }
    }

    /// The selector of the localised field name (Fluent `meta-compared`).
    #[must_use]
    pub const fn key(self, plural: bool) -> &'static str {
        match self {
            HeaderField::AgendaItems if plural => "agenda",
            HeaderField::AgendaItems => "agenda-one",
            other => other.as_str(),
        }
    }
}

/// One value a rendering's header gives differently from the reference. Values are shown
/// as text, `none` where absent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderMismatch {
    pub field: HeaderField,
    /// 1-based line of the rendering where the value was read.
    pub line: usize,
    pub found: String,
    pub expected: String,
    /// Whether the header names several agenda items (or none), for the field's words.
    pub plural: bool,
}

/// What a rendering's header is compared with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// `document.toml`, or the file name of the rendering used instead.
    pub source: String,
    pub header: Header,
    /// Titles differ by language; only `document.toml` has them, so only it is compared.
    pub titles: bool,
    /// Fields the reference leaves out (a partial `document.toml`): not compared.
    pub unchecked: Vec<HeaderField>,
}

impl Reference {
    /// What `document.toml` says a rendering in `lang` should carry.
    #[must_use]
    pub fn from_toml(doc: &DocumentToml, lang: Lang) -> Self {
        let mut unchecked = Vec::new();
        let absent = [
            (HeaderField::Symbol, doc.symbol.is_none()),
            (HeaderField::Distribution, doc.distribution.is_none()),
            (HeaderField::Date, doc.date.is_none()),
            (HeaderField::Session, doc.session.is_none()),
            (HeaderField::AgendaItems, doc.agenda_items.is_none()),
            (HeaderField::Report, doc.report.is_none()),
            // Without a report there is no committee to check; with one, no committee
            // means a plenary text.
            (HeaderField::Committee, doc.report.is_none()),
            (HeaderField::Resolution, doc.resolution.is_none()),
            (HeaderField::Title, !doc.title.contains_key(&lang)),
            (HeaderField::Meeting, doc.adoption.is_none()),
            (HeaderField::Adopted, doc.adoption.is_none()),
        ];
        for (field, left_out) in absent {
            if left_out {
                unchecked.push(field);
            }
        }
        Reference {
            source: "document.toml".to_owned(),
            header: doc.expected_header(lang),
            titles: true,
            unchecked,
        }
    }

    /// Another rendering's header, when there is no `document.toml`.
    #[must_use]
    pub fn from_rendering(file: &str, meta: &HeaderMeta) -> Self {
        Reference {
            source: file.to_owned(),
            header: meta.header(),
            titles: false,
            unchecked: Vec::new(),
        }
    }
}

impl HeaderMeta {
    /// The same values as a core [`Header`], the one model headers are compared in.
    #[must_use]
    pub fn header(&self) -> Header {
        let symbol = self.symbol.parse::<Symbol>().ok();
        Header {
            organ: symbol.as_ref().and_then(|s| Organ::from_series(s.series())),
            distribution: Some(self.distribution),
            symbol,
            date: Some(self.date),
            session: Some(self.session),
            agenda_items: self.agenda_items.clone(),
            report: self.report.as_deref().and_then(|r| r.parse().ok()),
            committee: self.committee,
            resolution: Some(self.resolution.clone()),
            title: Some(self.title.clone()),
            adoption: Some(Adoption {
                meeting: self.meeting,
                date: self.adopted,
            }),
        }
    }
}

/// `none` for an absent value, its text otherwise.
fn text<T: ToString>(value: Option<&T>) -> String {
    value.map_or_else(|| "none".to_owned(), ToString::to_string)
}

/// Agenda items as `meta` and `check` show them: `101, 102`, `none` when there are none.
#[must_use]
pub fn items_text(items: &[AgendaItem]) -> String {
    if items.is_empty() {
        return "none".to_owned();
    }
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every value of `found` that differs from the reference, in header order.
#[must_use]
pub fn compare(found: &HeaderMeta, reference: &Reference) -> Vec<HeaderMismatch> {
    let l = &found.lines;
    let exp = &reference.header;
    let adoption = exp.adoption.as_ref();
    let mut rows = vec![
        (
            HeaderField::Symbol,
            l.symbol,
            found.symbol.clone(),
            text(exp.symbol.as_ref()),
        ),
        (
            HeaderField::Distribution,
            l.distribution,
            found.distribution.as_str().to_owned(),
            text(
                exp.distribution
                    .map(sixfold_core::Distribution::as_str)
                    .as_ref(),
            ),
        ),
        (
            HeaderField::Date,
            l.date,
            found.date.to_string(),
            text(exp.date.as_ref()),
        ),
        (
            HeaderField::Session,
            l.session,
            found.session.to_string(),
            text(exp.session.as_ref()),
        ),
        (
            HeaderField::AgendaItems,
            l.agenda_items,
            items_text(&found.agenda_items),
            items_text(&exp.agenda_items),
        ),
        (
            HeaderField::Report,
            l.report,
            text(found.report.as_ref()),
            text(exp.report.as_ref()),
        ),
        (
            HeaderField::Committee,
            l.report,
            text(found.committee.as_ref()),
            text(exp.committee.as_ref()),
        ),
        (
            HeaderField::Resolution,
            l.title,
            found.resolution.clone(),
            text(exp.resolution.as_ref()),
        ),
    ];
    if reference.titles {
        rows.push((
            HeaderField::Title,
            l.title,
            // A Council resolution has no title: an empty one is "none".
            if found.title.is_empty() {
                "none".to_owned()
            } else {
                format!("`{}`", found.title)
            },
            exp.title
                .as_ref()
                .map_or_else(|| "none".to_owned(), |t| format!("`{t}`")),
        ));
    }
    rows.push((
        HeaderField::Meeting,
        l.meeting,
        found.meeting.to_string(),
        text(adoption.map(|a| a.meeting).as_ref()),
    ));
    rows.push((
        HeaderField::Adopted,
        l.adopted,
        found.adopted.to_string(),
        text(adoption.map(|a| a.date).as_ref()),
    ));
    let plural = found.agenda_items.len() != 1;
    rows.into_iter()
        .filter(|(field, _, _, _)| !reference.unchecked.contains(field))
        .filter(|(_, _, found, expected)| found != expected)
        .map(|(field, line, found, expected)| HeaderMismatch {
            field,
            line,
            found,
            expected,
            plural,
        })
        .collect()
}

/// `check`'s header findings: each rendering's header compared with `document.toml`. A
/// header that cannot be read is a warning (the text may still be fine to align); the
/// other checks run either way.
#[must_use]
pub fn header_findings(texts: &BTreeMap<Lang, String>, meta: &DocumentToml) -> Vec<Finding> {
    let mut out = Vec::new();
    for (&lang, text) in texts {
        let found = match read_header(lang, text) {
            Ok(found) => found,
            Err(e) => {
                out.push(Finding {
                    id: crate::FindingId::default(),
                    severity: Severity::Warning,
                    code: Cow::Borrowed("header-unreadable"),
                    lang,
                    segment: None,
                    line: Some(e.line()),
                    row: None,
                    message: format!("{lang} header cannot be compared with document.toml: {e}")
                        .into(),
                    args: [("error".to_owned(), e.to_string())].into(),
                });
                continue;
            }
        };
        let reference = Reference::from_toml(meta, lang);
        for m in compare(&found, &reference) {
            let message = format!(
                "{lang} masthead: {} {}, {} says {}",
                m.field.words(m.plural),
                m.found,
                reference.source,
                m.expected
            );
            out.push(Finding {
                id: crate::FindingId::default(),
                severity: Severity::Error,
                code: Cow::Borrowed(m.field.code()),
                lang,
                segment: None,
                line: Some(m.line),
                row: None,
                message: message.into(),
                args: [
                    ("expected", m.expected),
                    ("field", m.field.key(m.plural).to_owned()),
                    ("found", m.found),
                    ("reference", reference.source.clone()),
                ]
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
            });
        }
    }
    out
}
