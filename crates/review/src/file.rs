//! The review file, `review.toml` beside `document.toml`: its schema and its reader.
//!
//! ```toml
//! [[pin]]
//! segments = { en = "pre.9..pre.11", zh = "pre.9" }
//! digests = { en = "5c1f0a9e", zh = "0d4be217" }
//! reason = "the Chinese text joins three recitals"
//! author = "Li Wei"
//! date = 2026-11-28
//!
//! [[accept]]
//! id = "numbers-differ:fr:op.3"
//! digest = "9a8b7c6d"
//! reason = "the French original was corrected"
//! ```
//!
//! Segments are named by label (`op.3`), or by `@` and the digest of their text when the
//! structure gives none; a range is two of them joined by `..`. Digests record the text a
//! decision was made on, so a decision on text that has changed since is reported as
//! outdated instead of being applied to different text. Unknown keys are errors: a typo in
//! a hand-edited file must not silently drop a decision.

use std::collections::BTreeMap;
use std::ops::Range;

use sixfold_core::{Date, Lang};
use toml_edit::{Document, Item, Table, Value};

use crate::error::{Problem, ReviewError};

/// The file name of the review file in a document folder.
pub const REVIEW_FILE: &str = "review.toml";

/// Who decided, when and why; every part optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Note {
    pub reason: Option<String>,
    pub author: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
}

/// One segment named in a decision.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SegRef {
    /// A structural label (`pre.9`).
    Label(String),
    /// The digest of a segment's text, for a segment without a label (`@1a2b3c4d`).
    Digest(String),
}

impl std::fmt::Display for SegRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SegRef::Label(l) => f.write_str(l),
            SegRef::Digest(d) => write!(f, "@{d}"),
        }
    }
}

/// A run of consecutive segments of one language: `pre.9` or `pre.9..pre.11`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegRange {
    pub first: SegRef,
    pub last: SegRef,
}

impl SegRange {
    /// Parses `a` or `a..b`; `None` when a part is empty, holds a space or starts or ends
    /// with a dot. No label does, and such a part would print ambiguously: `op.1.` and `a`
    /// print as `op.1...a`, which reads back as `op.1` to `.a` (found by the `ids` fuzz
    /// target), so `op.1...op.3` is refused rather than read as a range to `.op.3`.
    #[must_use]
    pub fn parse(text: &str) -> Option<SegRange> {
        let one = |s: &str| -> Option<SegRef> {
            let s = s.trim();
            if s.is_empty()
                || s.chars().any(char::is_whitespace)
                || s.contains("..")
                || s.starts_with('.')
                || s.ends_with('.')
            {
                return None;
            }
            Some(match s.strip_prefix('@') {
                Some(d) if !d.is_empty() && d.chars().all(|c| c.is_ascii_hexdigit()) => {
                    SegRef::Digest(d.to_ascii_lowercase())
                }
                Some(_) => return None,
                None => SegRef::Label(s.to_owned()),
            })
        };
        if let Some((a, b)) = text.split_once("..") {
            return Some(SegRange {
                first: one(a)?,
                last: one(b)?,
            });
        }
        let r = one(text)?;
        Some(SegRange {
            first: r.clone(),
            last: r,
        })
    }
}

impl std::fmt::Display for SegRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.first == self.last {
            write!(f, "{}", self.first)
        } else {
            write!(f, "{}..{}", self.first, self.last)
        }
    }
}

/// One language's part of a pin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    pub range: SegRange,
    /// Digest of the segments' texts when the pin was made; `None` in a hand-written pin,
    /// which then applies to whatever text the segments hold.
    pub digest: Option<String>,
}

/// "These segments of these languages belong together."
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pin {
    /// Line of the `[[pin]]` header in the file.
    pub line: usize,
    pub sides: BTreeMap<Lang, Side>,
    pub note: Note,
}

/// "This finding is intended."
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accept {
    /// Line of the `[[accept]]` header in the file.
    pub line: usize,
    /// The finding's stable id (`numbers-differ:fr:op.3`).
    pub id: String,
    /// Digest of what the finding was about when it was accepted.
    pub digest: Option<String>,
    pub note: Note,
}

/// A document's review file, read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewFile {
    /// Where it was read from (a path, or `<rev>:<path>`), for messages.
    pub source: String,
    pub pins: Vec<Pin>,
    pub accepts: Vec<Accept>,
}

const TOP_KEYS: &str = "pin, accept";
const PIN_KEYS: &str = "segments, digests, reason, author, date";
const ACCEPT_KEYS: &str = "id, digest, reason, author, date";

impl ReviewFile {
    /// Reads a review file's text; `source` names it in errors.
    pub fn parse(text: &str, source: &str) -> Result<ReviewFile, ReviewError> {
        let lines = LineIndex::new(text);
        let syntax = |message: &str, span: Option<std::ops::Range<usize>>| ReviewError::Invalid {
            file: source.to_owned(),
            line: lines.line(span.map_or(0, |s| s.start)),
            key: String::new(),
            problem: Problem::Syntax(message.trim().to_owned()),
        };
        // toml_edit 0.23 panics while recovering from some syntax errors (`==\n.=`: "all
        // items have spans", found by the `review` fuzz target), so the text is checked
        // by the `toml` crate first, whose errors (from the same lexer) have the same
        // messages and spans; toml_edit then only reads valid TOML.
        if let Err(e) = text.parse::<toml::Table>() {
            return Err(syntax(e.message(), e.span()));
        }
        let doc = Document::parse(text).map_err(|e| syntax(e.message(), e.span()))?;
        let cx = Cx {
            source,
            lines: &lines,
        };
        let mut file = ReviewFile {
            source: source.to_owned(),
            ..ReviewFile::default()
        };
        for (key, item) in doc.as_table() {
            let line = cx.line_of_key(doc.as_table(), key, item);
            match key {
                "pin" => {
                    for (i, table) in cx.tables(item, "pin", line)?.into_iter().enumerate() {
                        file.pins.push(cx.pin(table, &format!("pin[{}]", i + 1))?);
                    }
                }
                "accept" => {
                    for (i, table) in cx.tables(item, "accept", line)?.into_iter().enumerate() {
                        file.accepts
                            .push(cx.accept(table, &format!("accept[{}]", i + 1))?);
                    }
                }
                _ => {
                    return Err(cx.err(line, key, Problem::UnknownKey { expected: TOP_KEYS }));
                }
            }
        }
        Ok(file)
    }

    /// Reads `review.toml` in a folder; `None` when the folder has none.
    pub fn load_dir(dir: &std::path::Path) -> Result<Option<ReviewFile>, ReviewError> {
        let path = dir.join(REVIEW_FILE);
        match std::fs::read(&path) {
            Ok(bytes) => {
                let text = String::from_utf8(bytes).map_err(|e| ReviewError::Invalid {
                    file: path.display().to_string(),
                    line: LineIndex::new(&String::from_utf8_lossy(
                        &e.as_bytes()[..e.utf8_error().valid_up_to()],
                    ))
                    .starts
                    .len(),
                    key: String::new(),
                    problem: Problem::Syntax("invalid UTF-8".to_owned()),
                })?;
                ReviewFile::parse(&text, &path.display().to_string()).map(Some)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(ReviewError::Io { path, source }),
        }
    }

    /// The accepted finding with this id, if any.
    #[must_use]
    pub fn accept(&self, id: &str) -> Option<&Accept> {
        self.accepts.iter().find(|a| a.id == id)
    }
}

/// Byte offset → 1-based line.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).max(1)
    }
}

struct Cx<'a> {
    source: &'a str,
    lines: &'a LineIndex,
}

impl Cx<'_> {
    fn err(&self, line: usize, key: &str, problem: Problem) -> ReviewError {
        ReviewError::Invalid {
            file: self.source.to_owned(),
            line,
            key: key.to_owned(),
            problem,
        }
    }

    fn span_line(&self, span: Option<Range<usize>>) -> Option<usize> {
        span.map(|s| self.lines.line(s.start))
    }

    fn line_of_key(&self, table: &Table, key: &str, item: &Item) -> usize {
        self.span_line(table.key(key).and_then(toml_edit::Key::span))
            .or_else(|| self.span_line(item.span()))
            .unwrap_or(1)
    }

    /// The tables of an array of tables (`[[pin]]`); inline arrays of inline tables too.
    fn tables<'t>(
        &self,
        item: &'t Item,
        key: &str,
        line: usize,
    ) -> Result<Vec<(usize, Tab<'t>)>, ReviewError> {
        let wrong = || {
            self.err(
                line,
                key,
                Problem::WrongType {
                    expected: "an array of tables",
                },
            )
        };
        match item {
            Item::ArrayOfTables(array) => Ok(array
                .iter()
                .map(|t| {
                    let l = self.span_line(t.span()).unwrap_or(line);
                    (l, Tab::Table(t))
                })
                .collect()),
            Item::Value(Value::Array(array)) => array
                .iter()
                .map(|v| match v {
                    Value::InlineTable(t) => {
                        Ok((self.span_line(t.span()).unwrap_or(line), Tab::Inline(t)))
                    }
                    _ => Err(wrong()),
                })
                .collect(),
            _ => Err(wrong()),
        }
    }

    fn pin(&self, (line, table): (usize, Tab<'_>), path: &str) -> Result<Pin, ReviewError> {
        let mut segments: Option<BTreeMap<Lang, SegRange>> = None;
        let mut segments_line = line;
        let mut digests: BTreeMap<Lang, String> = BTreeMap::new();
        let mut note = Note::default();
        for (key, value, kline) in table.entries(self, line) {
            let at = format!("{path}.{key}");
            match key {
                "segments" => {
                    let mut map = BTreeMap::new();
                    for (lang, v, l) in self.sub_table(value, &at, kline)? {
                        let lang = self.lang(lang, &at, l)?;
                        let text = self.string(v, &format!("{at}.{lang}"), l)?;
                        let range = SegRange::parse(&text).ok_or_else(|| {
                            self.err(l, &format!("{at}.{lang}"), Problem::Range { value: text })
                        })?;
                        map.insert(lang, range);
                    }
                    segments = Some(map);
                    segments_line = kline;
                }
                "digests" => {
                    for (lang, v, l) in self.sub_table(value, &at, kline)? {
                        let lang = self.lang(lang, &at, l)?;
                        digests.insert(lang, self.string(v, &format!("{at}.{lang}"), l)?);
                    }
                }
                _ => self.note_key(&mut note, key, value, &at, kline, PIN_KEYS)?,
            }
        }
        let Some(segments) = segments else {
            return Err(self.err(line, &format!("{path}.segments"), Problem::MissingKey));
        };
        if segments.len() < 2 {
            return Err(self.err(
                segments_line,
                &format!("{path}.segments"),
                Problem::OneLanguage,
            ));
        }
        let sides = segments
            .into_iter()
            .map(|(lang, range)| {
                let digest = digests.get(&lang).cloned();
                (lang, Side { range, digest })
            })
            .collect();
        Ok(Pin { line, sides, note })
    }

    fn accept(&self, (line, table): (usize, Tab<'_>), path: &str) -> Result<Accept, ReviewError> {
        let mut id = None;
        let mut digest = None;
        let mut note = Note::default();
        for (key, value, kline) in table.entries(self, line) {
            let at = format!("{path}.{key}");
            match key {
                "id" => {
                    let text = self.string(value, &at, kline)?;
                    if sixfold_translations::finding_id::parse_id(&text).is_none() {
                        return Err(self.err(kline, &at, Problem::FindingId { value: text }));
                    }
                    id = Some(text);
                }
                "digest" => digest = Some(self.string(value, &at, kline)?),
                _ => self.note_key(&mut note, key, value, &at, kline, ACCEPT_KEYS)?,
            }
        }
        let Some(id) = id else {
            return Err(self.err(line, &format!("{path}.id"), Problem::MissingKey));
        };
        Ok(Accept {
            line,
            id,
            digest,
            note,
        })
    }

    fn note_key(
        &self,
        note: &mut Note,
        key: &str,
        value: &Item,
        at: &str,
        line: usize,
        expected: &'static str,
    ) -> Result<(), ReviewError> {
        match key {
            "reason" => note.reason = Some(self.string(value, at, line)?),
            "author" => note.author = Some(self.string(value, at, line)?),
            "date" => {
                let text = match value.as_value() {
                    Some(Value::Datetime(d)) => d.value().to_string(),
                    Some(Value::String(s)) => s.value().clone(),
                    _ => {
                        return Err(self.err(line, at, Problem::WrongType { expected: "a date" }));
                    }
                };
                if text.parse::<Date>().is_err() {
                    return Err(self.err(line, at, Problem::Date { value: text }));
                }
                note.date = Some(text);
            }
            _ => return Err(self.err(line, at, Problem::UnknownKey { expected })),
        }
        Ok(())
    }

    fn string(&self, item: &Item, at: &str, line: usize) -> Result<String, ReviewError> {
        item.as_str().map(str::to_owned).ok_or_else(|| {
            self.err(
                line,
                at,
                Problem::WrongType {
                    expected: "a string",
                },
            )
        })
    }

    fn lang(&self, key: &str, at: &str, line: usize) -> Result<Lang, ReviewError> {
        key.parse::<Lang>().map_err(|_| {
            self.err(
                line,
                &format!("{at}.{key}"),
                Problem::Language {
                    value: key.to_owned(),
                },
            )
        })
    }

    /// The entries of a table or inline table value, with their lines.
    fn sub_table<'t>(
        &self,
        item: &'t Item,
        at: &str,
        line: usize,
    ) -> Result<Vec<(&'t str, &'t Item, usize)>, ReviewError> {
        let tab = match item {
            Item::Table(t) => Tab::Table(t),
            Item::Value(Value::InlineTable(t)) => Tab::Inline(t),
            _ => {
                return Err(self.err(
                    line,
                    at,
                    Problem::WrongType {
                        expected: "a table of languages",
                    },
                ));
            }
        };
        Ok(tab.entries(self, line))
    }
}

/// A table written either way (`[pin.segments]` or `segments = { … }`).
#[derive(Clone, Copy)]
enum Tab<'t> {
    Table(&'t Table),
    Inline(&'t toml_edit::InlineTable),
}

impl<'t> Tab<'t> {
    fn entries(self, cx: &Cx<'_>, line: usize) -> Vec<(&'t str, &'t Item, usize)> {
        match self {
            Tab::Table(t) => t
                .iter()
                .map(|(k, v)| {
                    let l = cx
                        .span_line(t.key(k).and_then(toml_edit::Key::span))
                        .unwrap_or(line);
                    (k, v, l)
                })
                .collect(),
            Tab::Inline(t) => t
                .iter()
                .filter_map(|(k, _)| {
                    let (key, item) = t.get_key_value(k)?;
                    let l = cx.span_line(key.span()).unwrap_or(line);
                    Some((key.get(), item, l))
                })
                .collect(),
        }
    }
}
