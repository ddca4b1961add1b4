//! What a UN document header says, and the `document.toml` file that records it for a
//! document folder (`translations/<slug>/document.toml`).
//!
//! The file is the reference the renderings are checked against: `sixfold meta` compares
//! what each rendering's header says with it. Every field is optional: one left out is not
//! checked, and what needs it (the symbol of an export, a version's date) takes it from
//! the renderings' headers. Read it with [`DocumentToml::parse`], which
//! also checks that the file agrees with itself (symbol, resolution number and session;
//! committee 1–6; only the original language `official`; a title for every rendering;
//! agenda items written `101` or `160 (a)`) and reports problems with file, key and line.
//!
//! ```toml
//! symbol = "A/RES/51/60"
//! distribution = "general"
//! date = "1997-01-28"          # distribution date
//! session = 51                 # or "S-26", "ES-10", 1996 for year-based organs
//! agenda_items = ["101"]       # sub-items as "160 (a)"
//! report = "A/51/610"
//! committee = 3                # Main Committee whose report it was adopted on
//! resolution = "51/60"
//! original_language = "en"
//!
//! [adoption]
//! meeting = 82
//! date = "1996-12-12"
//!
//! [title]
//! en = "United Nations Declaration on Crime and Public Security"
//!
//! [renderings.en]
//! status = "official"
//! [renderings.fr]
//! status = "working-translation"
//! note = "translated for sixfold; not a UN text"
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Lang;
// The leaf types a header is made of, re-exported where they were first defined.
pub use crate::agenda::{AgendaItem, AgendaItemError};
pub use crate::date::{Date, DateError, days_in_month};
pub use crate::organ::Organ;
pub use crate::session::{Session, SessionError};
use crate::symbol::{Symbol, SymbolError};

/// Distribution category printed in the masthead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Distribution {
    General,
    Limited,
    Restricted,
}

impl Distribution {
    /// The lowercase name, as in `document.toml` and JSON (`general`).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Distribution::General => "general",
            Distribution::Limited => "limited",
            Distribution::Restricted => "restricted",
        }
    }
}

/// Whether a rendering is the UN's own text or one written for this repository.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RenderingStatus {
    /// Text as issued by the United Nations.
    Official,
    /// A translation made for this repository; never to be cited as a UN text.
    WorkingTranslation,
}

/// Per-language provenance of a rendering.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rendering {
    pub status: RenderingStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Adoption of a resolution: plenary meeting number and date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adoption {
    pub meeting: u32,
    pub date: Date,
}

/// The contents of a document folder's `document.toml`.
///
/// Every field is optional: a field left out is not checked against the renderings, and
/// whatever needs it takes it from the renderings' headers instead.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentToml {
    /// Document symbol as printed, e.g. `A/RES/51/60`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution: Option<Distribution>,
    /// Distribution date of the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
    /// Agenda items as printed in English: `"101"`, `"160 (a)"`; left out, not checked
    /// (`[]` says the document has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agenda_items: Option<Vec<String>>,
    /// Symbol of the report the resolution was adopted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<String>,
    /// Number of the Main Committee (1–6) whose report it was; absent for plenary texts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committee: Option<u8>,
    /// Resolution number, e.g. `51/60`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_language: Option<Lang>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adoption: Option<Adoption>,
    /// Title in each language that has a rendering.
    #[serde(default)]
    pub title: BTreeMap<Lang, String>,
    /// Provenance of each rendering in the folder.
    #[serde(default)]
    pub renderings: BTreeMap<Lang, Rendering>,
}

/// What the header of one rendering says, field by field; `None` where the header does not
/// say it (or a reader could not find it).
///
/// A header parser fills one per rendering; [`DocumentToml::expected_header`] gives the
/// values `document.toml` records, so the two can be compared field by field.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organ: Option<Organ>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution: Option<Distribution>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<Symbol>,
    /// Distribution date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda_items: Vec<AgendaItem>,
    /// The report the resolution was adopted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<Symbol>,
    /// Main Committee (1–6) whose report it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committee: Option<u8>,
    /// Resolution number as printed before the title: `51/60`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adoption: Option<Adoption>,
}

/// A problem in a `document.toml`, located well enough for a person to fix it.
///
/// Syntax and type errors come from the TOML parser's byte spans; semantic errors (a
/// committee that does not exist, a resolution number that contradicts the symbol) are
/// located by finding the key they concern, so every error points at a line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {}{message}", key_prefix(key))]
pub struct MetaError {
    /// The file the text came from, as given to [`DocumentToml::parse`].
    pub file: String,
    /// 1-based line of the offending key or value.
    pub line: usize,
    /// Dotted key path such as `adoption.date` or `renderings.fr.status`; empty when the
    /// problem concerns the whole document (a syntax error between keys, a missing table).
    pub key: String,
    /// What is wrong and what was expected.
    pub message: String,
}

/// The `` `key`: `` part of a [`MetaError`] message, empty for document-wide errors.
fn key_prefix(key: &str) -> String {
    if key.is_empty() {
        String::new()
    } else {
        format!("`{key}`: ")
    }
}

/// Where each key of a TOML document sits, so errors can name a key and a line.
struct KeyMap {
    /// (dotted path, span of the key, span of the value), in document order.
    entries: Vec<(String, std::ops::Range<usize>, std::ops::Range<usize>)>,
}

impl KeyMap {
    fn new(table: &toml::de::DeTable<'_>) -> Self {
        let mut entries = Vec::new();
        Self::walk(table, "", &mut entries);
        KeyMap { entries }
    }

    fn walk(
        table: &toml::de::DeTable<'_>,
        prefix: &str,
        out: &mut Vec<(String, std::ops::Range<usize>, std::ops::Range<usize>)>,
    ) {
        for (key, value) in table {
            let path = if prefix.is_empty() {
                key.get_ref().to_string()
            } else {
                format!("{prefix}.{}", key.get_ref())
            };
            out.push((path.clone(), key.span(), value.span()));
            match value.get_ref() {
                toml::de::DeValue::Table(inner) => Self::walk(inner, &path, out),
                toml::de::DeValue::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        let item_path = format!("{path}[{i}]");
                        out.push((item_path.clone(), item.span(), item.span()));
                        if let toml::de::DeValue::Table(inner) = item.get_ref() {
                            Self::walk(inner, &item_path, out);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// The most specific key whose key or value span contains `offset`.
    fn key_at(&self, offset: usize) -> Option<&str> {
        self.entries
            .iter()
            .filter(|(_, k, v)| k.contains(&offset) || v.contains(&offset))
            .min_by_key(|(_, k, v)| {
                if k.contains(&offset) {
                    k.len()
                } else {
                    v.len()
                }
            })
            .map(|(path, _, _)| path.as_str())
    }

    /// Byte offset of a key (its value when the key itself is implicit).
    fn offset_of(&self, path: &str) -> Option<usize> {
        self.entries
            .iter()
            .find(|(p, _, _)| p == path)
            .map(|(_, k, _)| k.start)
    }
}

/// 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    // Splitting on newlines yields one piece per line started before the offset.
    text.as_bytes()
        .get(..end)
        .map_or(1, |b| b.split(|c| *c == b'\n').count())
}

impl DocumentToml {
    /// Parses and validates a `document.toml`.
    ///
    /// `source` names the file in error messages (a path or `<stdin>`). Beyond what serde
    /// checks, the contents must agree with themselves: the symbol must be a valid UN
    /// symbol, the resolution number must be the one the symbol carries, the committee
    /// must be a Main Committee (1–6), only the original language may be `official`,
    /// every rendering needs a title, and agenda items must be written `101` or `160 (a)`.
    pub fn parse(text: &str, source: &str) -> Result<DocumentToml, MetaError> {
        let error = |line: usize, key: &str, message: String| MetaError {
            file: source.to_owned(),
            line,
            key: key.to_owned(),
            message,
        };
        let table = toml::de::DeTable::parse(text).map_err(|e| {
            let line = e.span().map_or(1, |s| line_of(text, s.start));
            error(line, "", e.message().trim_end().to_owned())
        })?;
        let keys = KeyMap::new(table.get_ref());
        let doc: DocumentToml = toml::from_str(text).map_err(|e| {
            let (line, key) = e.span().map_or((1, ""), |s| {
                (line_of(text, s.start), keys.key_at(s.start).unwrap_or(""))
            });
            error(line, key, e.message().trim_end().to_owned())
        })?;
        let problems = doc.problems();
        if let Some((key, message)) = problems.into_iter().next() {
            let line = keys
                .offset_of(&key)
                .or_else(|| {
                    // A missing entry (a title for a rendering) is reported at its table.
                    let parent = key.rsplit_once('.').map(|(p, _)| p)?;
                    keys.offset_of(parent)
                })
                .map_or(1, |o| line_of(text, o));
            return Err(error(line, &key, message));
        }
        Ok(doc)
    }

    /// The symbol, parsed; `None` when the file gives none.
    pub fn parsed_symbol(&self) -> Option<Result<Symbol, SymbolError>> {
        self.symbol.as_deref().map(str::parse)
    }

    /// The symbol of the report the resolution was adopted on, parsed.
    pub fn report_symbol(&self) -> Option<Result<Symbol, SymbolError>> {
        self.report.as_deref().map(str::parse)
    }

    /// The header a rendering in `lang` should carry according to this file. The symbol
    /// and report are left out when they do not parse (`parse` rejects such files).
    #[must_use]
    pub fn expected_header(&self, lang: Lang) -> Header {
        let symbol = self.parsed_symbol().and_then(Result::ok);
        Header {
            organ: symbol.as_ref().and_then(|s| Organ::from_series(s.series())),
            distribution: self.distribution,
            symbol,
            date: self.date,
            session: self.session,
            agenda_items: self.agenda(),
            report: self.report_symbol().and_then(Result::ok),
            committee: self.committee,
            resolution: self.resolution.clone(),
            title: self.title.get(&lang).cloned(),
            adoption: self.adoption.clone(),
        }
    }

    /// Agenda items parsed; entries that are not agenda items are skipped (`parse` has
    /// already rejected them for files read through it).
    #[must_use]
    pub fn agenda(&self) -> Vec<AgendaItem> {
        self.agenda_items
            .iter()
            .flatten()
            .filter_map(|a| a.parse().ok())
            .collect()
    }

    /// Checks the symbol, and the resolution number and session against the symbol.
    fn symbol_problems(&self, out: &mut Vec<(String, String)>) {
        let Some(text) = self.symbol.as_deref() else {
            return;
        };
        let symbol = match text.parse::<Symbol>() {
            Ok(symbol) => symbol,
            Err(e) => {
                out.push((
                    "symbol".to_owned(),
                    format!("`{text}` is not a UN document symbol: {e}"),
                ));
                return;
            }
        };
        if symbol.to_string() != text {
            out.push((
                "symbol".to_owned(),
                format!("symbol should be written `{symbol}`"),
            ));
        }
        match (&self.resolution, symbol.resolution()) {
            (Some(res), Some(from_symbol)) if *res != from_symbol => out.push((
                "resolution".to_owned(),
                format!(
                    "resolution `{res}` does not match symbol `{symbol}`: expected `{from_symbol}`"
                ),
            )),
            (Some(res), None) => out.push((
                "resolution".to_owned(),
                format!("resolution `{res}` given but `{symbol}` is not a resolution symbol"),
            )),
            _ => {}
        }
        if let (Some(from_symbol), Some(session)) = (symbol.session(), self.session) {
            if from_symbol != session {
                out.push((
                    "session".to_owned(),
                    format!(
                        "session `{session}` does not match symbol `{symbol}`: expected `{from_symbol}`"
                    ),
                ));
            }
        }
    }

    /// Semantic problems as (dotted key, message), in a fixed order.
    fn problems(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        self.symbol_problems(&mut out);
        if let Some(Err(e)) = self.report_symbol() {
            out.push((
                "report".to_owned(),
                format!(
                    "report `{}` is not a UN document symbol: {e}",
                    self.report.as_deref().unwrap_or("")
                ),
            ));
        }
        if let Some(c) = self.committee {
            if !(1..=6).contains(&c) {
                out.push((
                    "committee".to_owned(),
                    format!("no Main Committee {c}: expected a number from 1 to 6"),
                ));
            }
        }
        for (i, item) in self.agenda_items.iter().flatten().enumerate() {
            match item.parse::<AgendaItem>() {
                Ok(parsed) if parsed.to_string() == *item => {}
                Ok(parsed) => out.push((
                    format!("agenda_items[{i}]"),
                    format!("agenda item `{item}` should be written `{parsed}`"),
                )),
                Err(e) => out.push((format!("agenda_items[{i}]"), e.to_string())),
            }
        }
        if let (Some(adoption), Some(date)) = (&self.adoption, self.date) {
            if adoption.date > date {
                out.push((
                    "adoption.date".to_owned(),
                    format!(
                        "adopted on {} but distributed on {date}: expected adoption on or before distribution",
                        adoption.date
                    ),
                ));
            }
        }
        let official: Vec<Lang> = self
            .renderings
            .iter()
            .filter(|(_, r)| r.status == RenderingStatus::Official)
            .map(|(l, _)| *l)
            .collect();
        for lang in &official {
            match self.original_language {
                Some(original) if *lang != original => out.push((
                    format!("renderings.{}.status", lang.code()),
                    format!(
                        "only the original language ({}) may be `official`; expected `working-translation`",
                        original.code()
                    ),
                )),
                None if official.len() > 1 => out.push((
                    format!("renderings.{}.status", lang.code()),
                    "only one rendering, the original, may be `official`; expected \
                     `working-translation`, or `original_language` to say which"
                        .to_owned(),
                )),
                _ => {}
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"symbol = "A/RES/51/60"
distribution = "general"
date = "1997-01-28"
session = 51
agenda_items = ["101"]
report = "A/51/610"
committee = 3
resolution = "51/60"
original_language = "en"

[adoption]
meeting = 82
date = "1996-12-12"

[title]
en = "United Nations Declaration on Crime and Public Security"
fr = "Déclaration des Nations Unies sur le crime et la sécurité publique"

[renderings.en]
status = "official"
[renderings.fr]
status = "working-translation"
note = "translated for sixfold; not a UN text"
"#;

    fn parse_err(text: &str) -> MetaError {
        DocumentToml::parse(text, "document.toml").unwrap_err()
    }

    #[test]
    fn sample_document_parses() {
        let doc = DocumentToml::parse(SAMPLE, "document.toml").unwrap();
        assert_eq!(doc.session, Some(Session::Regular(51)));
        assert_eq!(doc.adoption.as_ref().unwrap().meeting, 82);
        assert_eq!(doc.renderings.len(), 2);
        assert_eq!(
            doc.agenda(),
            vec![AgendaItem {
                number: 101,
                sub: None
            }]
        );
    }

    #[test]
    fn syntax_errors_give_the_line() {
        let text = SAMPLE.replace("meeting = 82", "meeting = = 82");
        let err = parse_err(&text);
        assert_eq!(err.line, 12, "{err}");
        assert_eq!(err.file, "document.toml");
    }

    #[test]
    fn type_errors_name_the_key_and_line() {
        let err = parse_err(&SAMPLE.replace("date = \"1996-12-12\"", "date = \"1996-13-12\""));
        assert_eq!((err.key.as_str(), err.line), ("adoption.date", 13), "{err}");
        assert!(err.message.contains("expected YYYY-MM-DD"), "{err}");

        let err =
            parse_err(&SAMPLE.replace("status = \"working-translation\"", "status = \"draft\""));
        assert_eq!(
            (err.key.as_str(), err.line),
            ("renderings.fr.status", 22),
            "{err}"
        );
        assert!(
            err.to_string()
                .starts_with("document.toml:22: `renderings.fr.status`: ")
        );

        for bad in ["session = -5", "session = true", "session = \"fifty\""] {
            let err = parse_err(&SAMPLE.replace("session = 51", bad));
            assert_eq!((err.key.as_str(), err.line), ("session", 4), "{err}");
            assert!(
                err.message
                    .contains("expected a session number (51), S-n, ES-n or a"),
                "{err}"
            );
        }
    }

    #[test]
    fn semantic_errors_name_the_key_and_line() {
        let err = parse_err(&SAMPLE.replace("A/RES/51/60", "A/RES//60"));
        assert_eq!((err.key.as_str(), err.line), ("symbol", 1), "{err}");
        assert!(err.message.contains("empty component at offset 6"), "{err}");

        let err = parse_err(&SAMPLE.replace("A/RES/51/60", "a/res/51/60"));
        assert!(err.message.contains("`A/RES/51/60`"), "{err}");

        let err = parse_err(&SAMPLE.replace("session = 51", "session = 52"));
        assert_eq!((err.key.as_str(), err.line), ("session", 4), "{err}");

        let err = parse_err(&SAMPLE.replace("committee = 3", "committee = 7"));
        assert_eq!((err.key.as_str(), err.line), ("committee", 7), "{err}");

        let err = parse_err(&SAMPLE.replace("resolution = \"51/60\"", "resolution = \"51/61\""));
        assert_eq!((err.key.as_str(), err.line), ("resolution", 8), "{err}");

        let err = parse_err(&SAMPLE.replace("[\"101\"]", "[\"101\", \"160(a)\"]"));
        assert_eq!(
            (err.key.as_str(), err.line),
            ("agenda_items[1]", 5),
            "{err}"
        );
        assert!(err.message.contains("`160 (a)`"), "{err}");

        let err = parse_err(&SAMPLE.replace("working-translation", "official"));
        assert_eq!(
            (err.key.as_str(), err.line),
            ("renderings.fr.status", 22),
            "{err}"
        );

        let err = parse_err(&SAMPLE.replace("date = \"1996-12-12\"", "date = \"1997-12-12\""));
        assert_eq!((err.key.as_str(), err.line), ("adoption.date", 13), "{err}");
    }

    #[test]
    fn every_field_may_be_left_out() {
        let empty = DocumentToml::parse("", "document.toml").unwrap();
        assert_eq!(empty, DocumentToml::default());
        assert_eq!(empty.expected_header(Lang::En), Header::default());
        let partial = DocumentToml::parse(
            "# only what is to be checked\nsymbol = \"A/RES/51/60\"\n\n[adoption]\nmeeting = 82\ndate = \"1996-12-12\"\n",
            "document.toml",
        )
        .unwrap();
        let header = partial.expected_header(Lang::Fr);
        assert_eq!(
            header.symbol.map(|s| s.to_string()).as_deref(),
            Some("A/RES/51/60")
        );
        assert_eq!(header.organ, Some(Organ::GeneralAssembly));
        assert_eq!(
            (header.date, header.session, header.title),
            (None, None, None)
        );
        // A title left out is not checked; a rendering needs none.
        let untitled = SAMPLE.replace("fr = \"Déclaration", "es = \"Déclaration");
        let doc = DocumentToml::parse(&untitled, "document.toml").unwrap();
        assert_eq!(doc.expected_header(Lang::Fr).title, None);
        // Errors still point at the key's own line in a partial file.
        let err = parse_err("symbol = \"A/RES/51/60\"\n\nsession = 52\n");
        assert_eq!((err.key.as_str(), err.line), ("session", 3), "{err}");
        let err = parse_err(
            "[renderings.en]\nstatus = \"official\"\n[renderings.fr]\nstatus = \"official\"\n",
        );
        assert_eq!(
            (err.key.as_str(), err.line),
            ("renderings.en.status", 2),
            "{err}"
        );
    }

    #[test]
    fn bundled_document_toml_is_valid() {
        let text = include_str!("../../../translations/A-RES-51-60/document.toml");
        let doc = DocumentToml::parse(text, "translations/A-RES-51-60/document.toml")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(doc.renderings.len(), 6);
        let fr = doc.expected_header(Lang::Fr);
        assert_eq!(
            fr.organ.map(|o| o.name(Lang::Fr)),
            Some("Assemblée générale")
        );
        assert_eq!(
            fr.report.map(|r| r.to_string()).as_deref(),
            Some("A/51/610")
        );
        assert_eq!(
            fr.agenda_items,
            vec![AgendaItem {
                number: 101,
                sub: None
            }]
        );
    }

    #[test]
    fn header_serialises_only_what_it_knows() {
        let header = Header {
            organ: Some(Organ::GeneralAssembly),
            symbol: "A/RES/51/60".parse().ok(),
            agenda_items: vec!["160 (a)".parse().unwrap()],
            ..Header::default()
        };
        let json = serde_json::to_string(&header).unwrap();
        assert_eq!(
            json,
            r#"{"organ":"general-assembly","symbol":"A/RES/51/60","agenda_items":["160 (a)"]}"#
        );
        assert_eq!(serde_json::from_str::<Header>(&json).unwrap(), header);
    }
}
