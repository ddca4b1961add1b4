//! How a finding keeps its id and its English message: as the few values they are made
//! of when the finding's other fields already hold the rest, rendered when written.
//!
//! A check of a rendering far longer than its translations reports one
//! `missing-paragraph` per pivot paragraph and language: about 165,000 findings for a
//! 6.25 MB rendering. Kept as text, the id (`missing-paragraph:fr:op.35`) and the message
//! (`en paragraph op.35 (line 1234) has no counterpart in fr`) were two heap blocks of
//! about 130 bytes together per finding, a third of the report's peak memory; yet the
//! code, the language and the arguments (`label`, `pivot`, `pivot_line`) already say
//! everything in them but the segment's kind. [`FindingId`] and [`FindingMessage`] keep
//! only what is missing, and [`Finding::id`] / [`Finding::message`] write the text when it
//! is asked for.
//!
//! A compact form is only ever made by comparing its rendering with the text it replaces
//! ([`Finding::set_id`], [`Finding::keep_message`]): what is written is byte for byte what
//! was made, whatever the inputs (a label containing `:`, an argument a caller changed).

use std::borrow::Cow;
use std::fmt;

use crate::model::{Finding, SegmentKind};

/// A finding's stable id (see [`crate::finding_id`]); [`Finding::id`] writes it.
#[derive(Debug, Clone, Default)]
pub struct FindingId(IdRepr);

#[derive(Debug, Clone)]
enum IdRepr {
    /// The whole id as text: deserialised, or made by a caller.
    Text(Box<str>),
    /// `code:lang`, then the anchor, then `~dup` when `dup > 0`.
    Made { anchor: Anchor, dup: u32 },
}

impl Default for IdRepr {
    fn default() -> Self {
        IdRepr::Text(Box::default())
    }
}

/// The part of an id after `code:lang`.
#[derive(Debug, Clone, Copy)]
enum Anchor {
    /// Nothing: a finding about a whole rendering.
    None,
    /// `:` and the value of one of the finding's arguments (its segment's label), by its
    /// place in [`ANCHOR_ARGS`].
    Arg(u8),
    /// `:@` and the eight hex digits of a text digest.
    Digest([u8; 4]),
}

impl From<String> for FindingId {
    fn from(id: String) -> Self {
        FindingId(IdRepr::Text(id.into_boxed_str()))
    }
}

impl From<&str> for FindingId {
    fn from(id: &str) -> Self {
        FindingId(IdRepr::Text(id.into()))
    }
}

/// The arguments an id's anchor may be read from: the label of the finding's own segment,
/// or of the pivot segment a `missing-paragraph` is about.
const ANCHOR_ARGS: [&str; 2] = ["segment", "label"];

/// A finding's English message; [`Finding::message`] writes it.
#[derive(Debug, Clone, Default)]
pub struct FindingMessage(MessageRepr);

#[derive(Debug, Clone)]
enum MessageRepr {
    Text(Box<str>),
    /// `{pivot} {kind} {label} (line {pivot_line}) has no counterpart in {lang}`.
    Missing(SegmentKind),
    /// `{lang} {kind} {label} has no counterpart in {pivot}`.
    Extra(SegmentKind),
}

impl Default for MessageRepr {
    fn default() -> Self {
        MessageRepr::Text(Box::default())
    }
}

impl From<String> for FindingMessage {
    fn from(text: String) -> Self {
        FindingMessage(MessageRepr::Text(text.into_boxed_str()))
    }
}

impl From<&str> for FindingMessage {
    fn from(text: &str) -> Self {
        FindingMessage(MessageRepr::Text(text.into()))
    }
}

/// The phrasings a message can be kept as (see [`Finding::keep_message`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageForm {
    /// A pivot segment of this kind has no counterpart (`missing-paragraph`).
    Missing(SegmentKind),
    /// A segment of this kind has no counterpart in the pivot (`extra-paragraph`).
    Extra(SegmentKind),
}

impl Finding {
    /// The finding's stable id (`numbers-differ:ar:op.3`), which `sixfold accept` takes.
    #[must_use]
    pub fn id(&self) -> Cow<'_, str> {
        match &self.id.0 {
            IdRepr::Text(text) => Cow::Borrowed(text),
            IdRepr::Made { anchor, dup } => {
                let mut id = String::new();
                self.write_id(&mut id, *anchor, *dup);
                Cow::Owned(id)
            }
        }
    }

    /// Sets the id. An id of the form `code:lang:anchor[~n]` whose anchor is one of the
    /// finding's label arguments or `@` and a digest is kept as that, not as text.
    pub fn set_id(&mut self, id: String) {
        self.id = FindingId(
            self.compact_id(&id)
                .unwrap_or_else(|| IdRepr::Text(id.into())),
        );
    }

    fn compact_id(&self, id: &str) -> Option<IdRepr> {
        let rest = id
            .strip_prefix(&*self.code)?
            .strip_prefix(':')?
            .strip_prefix(self.lang.code())?;
        let (rest, dup) = match rest.rsplit_once('~') {
            Some((base, n)) => {
                let dup: u32 = n.parse().ok().filter(|&n| n > 0)?;
                (base, dup)
            }
            None => (rest, 0),
        };
        let anchor = if rest.is_empty() {
            Anchor::None
        } else {
            let rest = rest.strip_prefix(':')?;
            if let Some(hex) = rest.strip_prefix('@').and_then(parse_digest) {
                Anchor::Digest(hex)
            } else {
                let k = ANCHOR_ARGS
                    .iter()
                    .position(|name| self.args.get(name) == Some(rest))?;
                Anchor::Arg(u8::try_from(k).ok()?)
            }
        };
        // Made only if it writes back exactly what it replaces.
        let mut back = Matcher::new(id);
        self.write_id(&mut back, anchor, dup);
        back.matched().then_some(IdRepr::Made { anchor, dup })
    }

    fn write_id(&self, out: &mut impl fmt::Write, anchor: Anchor, dup: u32) {
        let _ = write!(out, "{}:{}", self.code, self.lang);
        match anchor {
            Anchor::None => {}
            Anchor::Arg(k) => {
                let name = ANCHOR_ARGS.get(usize::from(k)).copied().unwrap_or_default();
                let _ = write!(out, ":{}", self.args.get(name).unwrap_or_default());
            }
            Anchor::Digest(bytes) => {
                let _ = out.write_str(":@");
                for byte in bytes {
                    let _ = write!(out, "{byte:02x}");
                }
            }
        }
        if dup > 0 {
            let _ = write!(out, "~{dup}");
        }
    }

    /// The id with `~n` added (or replaced): the n-th of several findings sharing one.
    pub(crate) fn set_duplicate(&mut self, n: u32) {
        match &mut self.id.0 {
            IdRepr::Made { dup, .. } => *dup = n,
            IdRepr::Text(_) => {
                let id = format!("{}~{n}", self.id());
                self.set_id(id);
            }
        }
    }

    /// An order in which two findings are equal exactly when their ids are (not the
    /// order of the ids' text): language, code, then the rest of the id, compared without
    /// writing it. Sorting a large report's positions by it finds the ids shared by
    /// several findings without a copy of every id.
    #[must_use]
    pub fn cmp_id_parts(&self, other: &Finding) -> std::cmp::Ordering {
        (self.lang, &*self.code)
            .cmp(&(other.lang, &*other.code))
            .then_with(|| self.id_tail().cmp(&other.id_tail()))
    }

    /// The id after `code:lang` when it starts so (`true`, the rest), else the whole id
    /// (`false`, the text): equal for two findings of one code and language exactly when
    /// their ids are.
    fn id_tail(&self) -> (bool, TailBytes<'_>) {
        match &self.id.0 {
            IdRepr::Text(text) => {
                let rest = text
                    .strip_prefix(&*self.code)
                    .and_then(|r| r.strip_prefix(':'))
                    .and_then(|r| r.strip_prefix(self.lang.code()));
                match rest {
                    Some(rest) => (true, TailBytes::new(b"", rest, 0)),
                    None => (false, TailBytes::new(b"", text, 0)),
                }
            }
            IdRepr::Made { anchor, dup } => match *anchor {
                Anchor::None => (true, TailBytes::new(b"", "", *dup)),
                Anchor::Arg(k) => {
                    let name = ANCHOR_ARGS.get(usize::from(k)).copied().unwrap_or_default();
                    let value = self.args.get(name).unwrap_or_default();
                    (true, TailBytes::new(b":", value, *dup))
                }
                Anchor::Digest(bytes) => {
                    let mut head = [0u8; 10];
                    head[..2].copy_from_slice(b":@");
                    for (i, byte) in bytes.iter().enumerate() {
                        head[2 + 2 * i] = HEX[usize::from(byte >> 4)];
                        head[3 + 2 * i] = HEX[usize::from(byte & 15)];
                    }
                    (true, TailBytes::new(&head, "", *dup))
                }
            },
        }
    }

    /// The English message (`fr paragraph op.3 has no counterpart in en`).
    #[must_use]
    pub fn message(&self) -> Cow<'_, str> {
        match self.message.0 {
            MessageRepr::Text(ref text) => Cow::Borrowed(text),
            MessageRepr::Missing(kind) => Cow::Owned(self.message_of(MessageForm::Missing(kind))),
            MessageRepr::Extra(kind) => Cow::Owned(self.message_of(MessageForm::Extra(kind))),
        }
    }

    /// Keeps the message as `form` when that writes exactly the message it has; otherwise
    /// it stays text.
    pub fn keep_message(&mut self, form: MessageForm) {
        let MessageRepr::Text(text) = &self.message.0 else {
            return;
        };
        let mut back = Matcher::new(text);
        self.write_message(&mut back, form);
        if back.matched() {
            self.message = FindingMessage(match form {
                MessageForm::Missing(kind) => MessageRepr::Missing(kind),
                MessageForm::Extra(kind) => MessageRepr::Extra(kind),
            });
        }
    }

    fn write_message(&self, out: &mut impl fmt::Write, form: MessageForm) {
        let arg = |name: &str| self.args.get(name).unwrap_or_default();
        let lang = self.lang;
        let _ = match form {
            MessageForm::Missing(kind) => write!(
                out,
                "{} {} {} (line {}) has no counterpart in {lang}",
                arg("pivot"),
                kind.as_str(),
                arg("label"),
                arg("pivot_line"),
            ),
            MessageForm::Extra(kind) => write!(
                out,
                "{lang} {} {} has no counterpart in {}",
                kind.as_str(),
                arg("label"),
                arg("pivot"),
            ),
        };
    }

    fn message_of(&self, form: MessageForm) -> String {
        let mut text = String::new();
        self.write_message(&mut text, form);
        text
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// A writer that only says whether what is written is exactly `expected`: a compact form
/// is checked against the text it replaces without writing that text again.
struct Matcher<'a> {
    rest: &'a str,
    ok: bool,
}

impl<'a> Matcher<'a> {
    fn new(expected: &'a str) -> Self {
        Matcher {
            rest: expected,
            ok: true,
        }
    }

    fn matched(&self) -> bool {
        self.ok && self.rest.is_empty()
    }
}

impl fmt::Write for Matcher<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        match self.rest.strip_prefix(s) {
            Some(rest) if self.ok => self.rest = rest,
            _ => self.ok = false,
        }
        Ok(())
    }
}

/// Text in three parts, compared as the bytes of the whole: a short head, a borrowed
/// middle and `~dup` when `dup > 0`.
struct TailBytes<'a> {
    head: [u8; 10],
    head_len: usize,
    middle: &'a str,
    dup: [u8; 11],
    dup_len: usize,
}

impl<'a> TailBytes<'a> {
    fn new(head: &[u8], middle: &'a str, dup: u32) -> Self {
        let mut out = TailBytes {
            head: [0; 10],
            head_len: head.len().min(10),
            middle,
            dup: [0; 11],
            dup_len: 0,
        };
        out.head[..out.head_len].copy_from_slice(&head[..out.head_len]);
        if dup > 0 {
            let text = format!("~{dup}");
            out.dup_len = text.len().min(11);
            out.dup[..out.dup_len].copy_from_slice(&text.as_bytes()[..out.dup_len]);
        }
        out
    }

    fn bytes(&self) -> impl Iterator<Item = u8> + '_ {
        self.head[..self.head_len]
            .iter()
            .chain(self.middle.as_bytes())
            .chain(&self.dup[..self.dup_len])
            .copied()
    }
}

impl PartialEq for TailBytes<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.bytes().eq(other.bytes())
    }
}

impl Eq for TailBytes<'_> {}

impl PartialOrd for TailBytes<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for TailBytes<'_> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.bytes().cmp(other.bytes())
    }
}

/// Eight lowercase hex digits as four bytes; `None` for anything else (which then stays
/// text, so that the id is written back unchanged).
fn parse_digest(hex: &str) -> Option<[u8; 4]> {
    let digits = hex.as_bytes();
    if digits.len() != 8
        || !digits
            .iter()
            .all(|d| matches!(d, b'0'..=b'9' | b'a'..=b'f'))
    {
        return None;
    }
    let mut out = [0; 4];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

/// The finding as it was when its id and message were `String`s, which snapshots of
/// findings show.
impl fmt::Debug for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Finding")
            .field("id", &self.id())
            .field("severity", &self.severity)
            .field("code", &self.code)
            .field("lang", &self.lang)
            .field("segment", &self.segment)
            .field("line", &self.line)
            .field("row", &self.row)
            .field("message", &self.message())
            .field("args", &self.args)
            .finish()
    }
}

/// Equal when every field writes the same, however the id and message are kept.
impl PartialEq for Finding {
    fn eq(&self, other: &Self) -> bool {
        self.severity == other.severity
            && self.code == other.code
            && self.lang == other.lang
            && self.segment == other.segment
            && self.line == other.line
            && self.row == other.row
            && self.args == other.args
            && self.id() == other.id()
            && self.message() == other.message()
    }
}

impl Eq for Finding {}

/// The JSON form read back: id and message as text.
#[derive(serde::Deserialize)]
struct FindingJson<'a> {
    #[serde(default, borrow)]
    id: Cow<'a, str>,
    severity: crate::model::Severity,
    #[serde(borrow)]
    code: Cow<'a, str>,
    lang: sixfold_core::Lang,
    segment: Option<usize>,
    line: Option<usize>,
    row: Option<usize>,
    #[serde(borrow)]
    message: Cow<'a, str>,
    #[serde(default)]
    args: crate::FindingArgs,
}

// Serde hands `skip_serializing_if` a reference to the field, here itself a reference.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn no_args(args: &&crate::FindingArgs) -> bool {
    args.is_empty()
}

impl serde::Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // The arguments are written through a borrow of the finding's own.
        #[derive(serde::Serialize)]
        struct Out<'a> {
            id: &'a str,
            severity: crate::model::Severity,
            code: &'a str,
            lang: sixfold_core::Lang,
            segment: Option<usize>,
            line: Option<usize>,
            row: Option<usize>,
            message: &'a str,
            #[serde(skip_serializing_if = "no_args")]
            args: &'a crate::FindingArgs,
        }
        Out {
            id: &self.id(),
            severity: self.severity,
            code: &self.code,
            lang: self.lang,
            segment: self.segment,
            line: self.line,
            row: self.row,
            message: &self.message(),
            args: &self.args,
        }
        .serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Finding {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let json = FindingJson::deserialize(deserializer)?;
        Ok(Finding {
            id: json.id.into_owned().into(),
            severity: json.severity,
            code: Cow::Owned(json.code.into_owned()),
            lang: json.lang,
            segment: json.segment,
            line: json.line,
            row: json.row,
            message: json.message.into_owned().into(),
            args: json.args,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Severity;
    use sixfold_core::Lang;

    fn missing() -> Finding {
        Finding {
            id: FindingId::default(),
            severity: Severity::Error,
            code: "missing-paragraph".into(),
            lang: Lang::Fr,
            segment: None,
            line: Some(9),
            row: Some(3),
            message: "en paragraph op.35 (line 1234) has no counterpart in fr".into(),
            args: [("label", "op.35"), ("pivot", "en"), ("pivot_line", "1234")].into(),
        }
    }

    #[test]
    fn compact_forms_write_back_what_they_replace() {
        let text = missing();
        let mut compact = missing();
        compact.keep_message(MessageForm::Missing(SegmentKind::Paragraph));
        assert!(matches!(compact.message.0, MessageRepr::Missing(_)));
        assert_eq!(compact.message(), text.message());
        // A form that does not write the same message leaves the text.
        let mut other = missing();
        other.keep_message(MessageForm::Missing(SegmentKind::Heading));
        assert!(matches!(other.message.0, MessageRepr::Text(_)));
        other.keep_message(MessageForm::Extra(SegmentKind::Paragraph));
        assert_eq!(other.message(), text.message());

        for id in [
            "missing-paragraph:fr:op.35",
            "missing-paragraph:fr:op.35~2",
            "missing-paragraph:fr:@0a1b2c3d",
            "missing-paragraph:fr:@0a1b2c3d~12",
            "missing-paragraph:fr",
            "missing-paragraph:fr~3",
            "missing-paragraph:fr:annex.art7",
            "missing-paragraph:fr:op.35:x",
            "missing-paragraph:fr:@0A1B2C3D",
            "missing-paragraph:fr:op.35~0",
            "missing-paragraph:fr:a:b~x",
            "footnote-count:fr",
            "",
            "~",
        ] {
            let mut f = missing();
            f.set_id(id.to_owned());
            assert_eq!(f.id(), id);
            let made = matches!(f.id.0, IdRepr::Made { .. });
            let expected = matches!(
                id,
                "missing-paragraph:fr:op.35"
                    | "missing-paragraph:fr:op.35~2"
                    | "missing-paragraph:fr:@0a1b2c3d"
                    | "missing-paragraph:fr:@0a1b2c3d~12"
                    | "missing-paragraph:fr"
                    | "missing-paragraph:fr~3"
            );
            assert_eq!(made, expected, "{id}");
        }
        let mut f = missing();
        f.set_id("missing-paragraph:fr:op.35".to_owned());
        assert!(matches!(
            f.id.0,
            IdRepr::Made {
                anchor: Anchor::Arg(1),
                ..
            }
        ));
        f.set_duplicate(2);
        assert_eq!(f.id(), "missing-paragraph:fr:op.35~2");
        let mut g = missing();
        g.set_id("outdated:x".to_owned());
        g.set_duplicate(4);
        assert_eq!(g.id(), "outdated:x~4");
    }

    #[test]
    fn id_parts_are_equal_exactly_when_ids_are() {
        let ids = [
            "missing-paragraph:fr:op.35",
            "missing-paragraph:fr:op.35~2",
            "missing-paragraph:fr:@0a1b2c3d",
            "missing-paragraph:fr:@0a1b2c3d~2",
            "missing-paragraph:fr",
            "missing-paragraph:fr~2",
            "missing-paragraph:fr:op.36",
            "other",
            "",
        ];
        // Each id once compact (with the arguments it names) and once as text.
        let mut all = Vec::new();
        for id in ids {
            let mut made = missing();
            made.set_id(id.to_owned());
            let mut text = missing();
            text.args = crate::FindingArgs::new();
            text.set_id(id.to_owned());
            assert!(matches!(text.id.0, IdRepr::Text(_)) || !id.contains("op.3"));
            all.push(made);
            all.push(text);
        }
        for a in &all {
            for b in &all {
                assert_eq!(
                    a.cmp_id_parts(b).is_eq(),
                    a.id() == b.id(),
                    "{} {}",
                    a.id(),
                    b.id()
                );
                assert_eq!(a.cmp_id_parts(b), b.cmp_id_parts(a).reverse());
            }
        }
    }

    #[test]
    fn json_and_debug_show_the_text() {
        let mut f = missing();
        f.set_id("missing-paragraph:fr:op.35".to_owned());
        f.keep_message(MessageForm::Missing(SegmentKind::Paragraph));
        let json = serde_json::to_string(&f).expect("json");
        assert_eq!(
            json,
            r#"{"id":"missing-paragraph:fr:op.35","severity":"error","code":"missing-paragraph","lang":"fr","segment":null,"line":9,"row":3,"message":"en paragraph op.35 (line 1234) has no counterpart in fr","args":{"label":"op.35","pivot":"en","pivot_line":"1234"}}"#
        );
        let back: Finding = serde_json::from_str(&json).expect("back");
        assert_eq!(back, f);
        assert!(format!("{f:?}").contains(r#"message: "en paragraph op.35 (line 1234)"#));
    }
}
