//! Header metadata read from the text of a rendering: the masthead (organ, distribution,
//! symbol, date, session, agenda items, adopted line, report line, numbered title) and the
//! closing lines (plenary meeting and adoption date), in any of the six languages.
//!
//! Every phrase is recognised through `sixfold-l10n`, whose Fluent resources are also what
//! renders headers, so a header this module accepts is one the tool could have written.
//! Errors name the line and show the expected form in the rendering's own language.

use serde::Serialize;
use sixfold_core::{AgendaItem, Date, Distribution, Lang, Session, Symbol};
use sixfold_l10n as l10n;

/// What a rendering's header says. Serialises to the JSON `sixfold meta` prints:
/// `{"language": "fr", "symbol": "A/RES/51/60", "session": 51, "date": "1997-01-28", …}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HeaderMeta {
    pub language: Lang,
    /// Version identity of this rendering as its own header states it
    /// (`A/RES/51/60@fr@1997-01-28#sha256:…`): the same string the exports carry, so a
    /// rendering and an export can be matched by text.
    pub version: String,
    /// The symbol in its canonical spelling.
    pub symbol: String,
    pub distribution: Distribution,
    /// Distribution date from the masthead.
    pub date: Date,
    pub session: Session,
    pub agenda_items: Vec<AgendaItem>,
    /// Symbol of the report (or, for plenary texts, the draft) the resolution was adopted on.
    pub report: Option<String>,
    /// Resolution number printed before the title (`51/60`).
    pub resolution: String,
    /// Title without the resolution number; a wrapped title is joined with one space
    /// (without one in Chinese).
    pub title: String,
    /// Plenary meeting at which the resolution was adopted.
    pub meeting: u32,
    /// Adoption date from the closing lines.
    pub adopted: Date,
    /// Main Committee named in the report line; not part of the JSON, compared with
    /// `document.toml`'s `committee`.
    #[serde(skip)]
    pub committee: Option<u8>,
    /// Where each value was found, for messages about it.
    #[serde(skip)]
    pub lines: HeaderLines,
}

/// 1-based line on which each header value was read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HeaderLines {
    pub organ: usize,
    pub distribution: usize,
    pub symbol: usize,
    pub date: usize,
    pub session: usize,
    /// Line of the agenda line; the session line when there is none.
    pub agenda_items: usize,
    pub adopted_line: usize,
    /// Line of the report line; the adopted line when there is none.
    pub report: usize,
    pub title: usize,
    pub meeting: usize,
    pub adopted: usize,
}

impl HeaderError {
    /// The 1-based line the error is about.
    #[must_use]
    pub fn line(&self) -> usize {
        match self {
            HeaderError::Unexpected { line, .. } | HeaderError::EndOfText { line, .. } => *line,
        }
    }
}

/// A header that does not have the expected shape.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HeaderError {
    /// A line is not what the masthead has at that place.
    #[error("line {line}: expected {expected}, found `{found}`")]
    Unexpected {
        line: usize,
        expected: String,
        found: String,
    },
    /// The text ended before the header or the closing lines did.
    #[error("line {line}: expected {expected}, found the end of the text")]
    EndOfText { line: usize, expected: String },
}

/// A content line: 1-based number, text, and the blank-line-separated block it belongs to.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    pub(crate) number: usize,
    pub(crate) text: &'a str,
    pub(crate) block: usize,
}

/// Lines with content, leaving out blank lines and HTML comments (the working-translation
/// notice) but remembering block boundaries.
pub(crate) fn content_lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut block = 0;
    let mut in_comment = false;
    let mut blank_pending = false;
    for (index, raw) in text.lines().enumerate() {
        let trimmed = raw.trim();
        if in_comment {
            in_comment = !trimmed.contains("-->");
            blank_pending = true;
            continue;
        }
        if trimmed.starts_with("<!--") {
            in_comment = !trimmed.contains("-->");
            blank_pending = true;
            continue;
        }
        if trimmed.is_empty() {
            blank_pending = true;
            continue;
        }
        if blank_pending && !out.is_empty() {
            block += 1;
        }
        blank_pending = false;
        out.push(Line {
            number: index + 1,
            text: trimmed,
            block,
        });
    }
    out
}

/// Line text without Markdown bold markers, for values read verbatim (the symbol).
fn plain(text: &str) -> String {
    text.replace("**", "").trim().to_owned()
}

/// At most 80 characters of a line, for error messages.
fn excerpt(text: &str) -> String {
    const MAX: usize = 80;
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// Example values for error messages, rendered in the rendering's language so the
/// expected form reads like the text being checked.
struct Examples {
    lang: Lang,
}

impl Examples {
    fn date(&self) -> String {
        Date::new(1997, 1, 28).map_or_else(|_| String::new(), |d| l10n::format_date(self.lang, d))
    }

    fn organ(&self) -> String {
        format!(
            "the organ line such as `**{}**`",
            l10n::organ_line(self.lang)
        )
    }

    fn distribution(&self) -> String {
        format!(
            "the distribution label `{}` or a line such as `{}`",
            l10n::distribution_label(self.lang),
            l10n::distribution_line(self.lang, Distribution::General)
        )
    }

    fn distribution_word(&self) -> String {
        format!(
            "a distribution category such as `{}`",
            l10n::distribution_word(self.lang, Distribution::General)
        )
    }

    fn session(&self) -> String {
        let example = l10n::session_heading(self.lang, Session::Regular(51)).unwrap_or_default();
        format!("a session heading such as `{example}`")
    }

    fn agenda(&self) -> String {
        let item = AgendaItem {
            number: 101,
            sub: None,
        };
        let example = l10n::agenda_line(self.lang, &[item]).unwrap_or_default();
        format!("an agenda line such as `{example}`")
    }

    fn adopted(&self) -> String {
        format!("the line `{}`", l10n::adopted_line(self.lang, None))
    }

    fn title(&self) -> String {
        format!(
            "a numbered title such as `{}`",
            l10n::title_line(self.lang, "51/60", "…")
        )
    }

    fn meeting(&self) -> String {
        format!(
            "a closing line such as `{}`",
            l10n::closing_meeting_line(self.lang, 82)
        )
    }
}

/// Walks the content lines in order.
struct Cursor<'a> {
    lines: Vec<Line<'a>>,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<Line<'a>> {
        self.lines.get(self.pos).copied()
    }

    /// The next line, or an error saying what was expected there.
    fn next(&mut self, expected: impl FnOnce() -> String) -> Result<Line<'a>, HeaderError> {
        let line = self.peek().ok_or_else(|| HeaderError::EndOfText {
            line: self.last_line(),
            expected: expected(),
        })?;
        self.pos += 1;
        Ok(line)
    }

    fn last_line(&self) -> usize {
        self.lines.last().map_or(1, |l| l.number)
    }
}

fn unexpected(line: Line<'_>, expected: String) -> HeaderError {
    HeaderError::Unexpected {
        line: line.number,
        expected,
        found: excerpt(line.text),
    }
}

/// Reads the header and closing lines of a rendering in `lang`.
///
/// Leading HTML comments and blank lines are skipped; Markdown bold markers and trailing
/// hard-break spaces are tolerated. The agenda line and the report line may be absent.
///
/// Lines are matched in [`l10n::matching_form`], as the reader matches them: a byte-order
/// mark, bidi marks and no-break spaces do not change what a line is, so the title and
/// values read here carry none of them.
pub fn extract_header(lang: Lang, text: &str) -> Result<HeaderMeta, HeaderError> {
    let ex = Examples { lang };
    let original = text;
    let text = l10n::matching_form(text);
    let mut cur = Cursor {
        lines: content_lines(&text),
        pos: 0,
    };
    let mut lines = HeaderLines::default();

    let organ = cur.next(|| ex.organ())?;
    if !l10n::is_organ_line(lang, organ.text) {
        return Err(unexpected(organ, ex.organ()));
    }
    lines.organ = organ.number;

    let distribution = read_distribution(lang, &mut cur, &ex, &mut lines)?;

    let symbol_expected = || "a document symbol such as `A/RES/51/60`".to_owned();
    let symbol_line = cur.next(symbol_expected)?;
    let symbol: Symbol = plain(symbol_line.text)
        .parse()
        .map_err(|e| unexpected(symbol_line, format!("{} ({e})", symbol_expected())))?;
    lines.symbol = symbol_line.number;

    let date_expected = || format!("a date such as `{}`", ex.date());
    let date_line = cur.next(date_expected)?;
    let date = l10n::parse_date(lang, date_line.text)
        .ok_or_else(|| unexpected(date_line, date_expected()))?;
    lines.date = date_line.number;

    let session_line = cur.next(|| ex.session())?;
    let session = l10n::parse_session_heading(lang, session_line.text)
        .ok_or_else(|| unexpected(session_line, ex.session()))?;
    lines.session = session_line.number;

    let agenda_items = read_agenda_and_adopted(lang, &mut cur, &ex, &mut lines)?;

    let mut report = None;
    let mut committee = None;
    lines.report = lines.adopted_line;
    if let Some(line) = cur.peek() {
        if let Some(found) = l10n::parse_report_line(lang, line.text) {
            report = Some(found.symbol);
            committee = found.committee;
            lines.report = line.number;
            cur.pos += 1;
        }
    }

    let first_title_line = cur.next(|| ex.title())?;
    let mut title_text = first_title_line.text.to_owned();
    while let Some(line) = cur.peek().filter(|l| l.block == first_title_line.block) {
        if lang.is_spaced() {
            title_text.push(' ');
        }
        title_text.push_str(line.text);
        cur.pos += 1;
    }
    let (resolution, title) = l10n::parse_title_line(lang, &title_text)
        .ok_or_else(|| unexpected(first_title_line, ex.title()))?;
    lines.title = first_title_line.number;

    let (meeting, adopted) = closing(lang, &cur, &ex, &mut lines)?;

    // A byte-order mark is an encoding artifact, not content: the reader drops it too.
    let content = original.strip_prefix('\u{feff}').unwrap_or(original);
    let version = sixfold_core::DocumentVersion::new(symbol.clone(), lang, date)
        .with_content(content)
        .to_string();
    Ok(HeaderMeta {
        language: lang,
        version,
        symbol: symbol.to_string(),
        distribution,
        date,
        session,
        agenda_items,
        report,
        resolution,
        title,
        meeting,
        adopted,
        committee,
        lines,
    })
}

/// The distribution: "Distr." over the category word, or both on one line.
fn read_distribution(
    lang: Lang,
    cur: &mut Cursor<'_>,
    ex: &Examples,
    lines: &mut HeaderLines,
) -> Result<Distribution, HeaderError> {
    let dist = cur.next(|| ex.distribution())?;
    lines.distribution = dist.number;
    if l10n::is_distribution_label(lang, dist.text) {
        let word = cur.next(|| ex.distribution_word())?;
        lines.distribution = word.number;
        l10n::parse_distribution(lang, word.text)
            .ok_or_else(|| unexpected(word, ex.distribution_word()))
    } else {
        l10n::parse_distribution(lang, dist.text).ok_or_else(|| unexpected(dist, ex.distribution()))
    }
}

/// The agenda line, then the adopted line. The agenda line is absent from some plenary
/// texts; then the adopted line follows the session heading directly.
fn read_agenda_and_adopted(
    lang: Lang,
    cur: &mut Cursor<'_>,
    ex: &Examples,
    lines: &mut HeaderLines,
) -> Result<Vec<AgendaItem>, HeaderError> {
    let mut agenda_items = Vec::new();
    lines.agenda_items = lines.session;
    let next = cur.next(|| ex.agenda())?;
    let adopted_line = if let Some(items) = l10n::parse_agenda_line(lang, next.text) {
        agenda_items = items;
        lines.agenda_items = next.number;
        cur.next(|| ex.adopted())?
    } else if l10n::parse_adopted_line(lang, next.text).is_some() {
        next
    } else {
        return Err(unexpected(next, ex.agenda()));
    };
    l10n::parse_adopted_line(lang, adopted_line.text)
        .ok_or_else(|| unexpected(adopted_line, ex.adopted()))?;
    lines.adopted_line = adopted_line.number;
    Ok(agenda_items)
}

/// Finds the closing lines after the title: the plenary meeting line and, in the same
/// block, the adoption date (after it, or before it as Chinese texts print them).
fn closing(
    lang: Lang,
    cur: &Cursor<'_>,
    ex: &Examples,
    lines: &mut HeaderLines,
) -> Result<(u32, Date), HeaderError> {
    let rest = cur.lines.get(cur.pos..).unwrap_or_default();
    let Some((index, meeting)) = rest
        .iter()
        .enumerate()
        .find_map(|(i, l)| l10n::parse_closing_meeting_line(lang, l.text).map(|m| (i, m)))
    else {
        return Err(HeaderError::EndOfText {
            line: cur.last_line(),
            expected: ex.meeting(),
        });
    };
    let meeting_line = rest[index];
    lines.meeting = meeting_line.number;
    let neighbours = [index.checked_add(1), index.checked_sub(1)];
    for neighbour in neighbours.into_iter().flatten() {
        let Some(line) = rest
            .get(neighbour)
            .filter(|l| l.block == meeting_line.block)
        else {
            continue;
        };
        if let Some(date) = l10n::parse_date(lang, line.text) {
            lines.adopted = line.number;
            return Ok((meeting, date));
        }
    }
    let expected = format!(
        "the adoption date such as `{}` in the block of the meeting line",
        Date::new(1996, 12, 12).map_or_else(|_| String::new(), |d| l10n::format_date(lang, d))
    );
    match rest
        .get(index + 1)
        .filter(|l| l.block == meeting_line.block)
    {
        Some(line) => Err(unexpected(*line, expected)),
        None => Err(unexpected(meeting_line, expected)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = include_str!("../../../translations/A-RES-51-60/en.md");

    #[test]
    fn invisible_marks_do_not_change_the_header() {
        let fr = include_str!("../../../translations/A-RES-51-60/fr.md");
        let ar = include_str!("../../../translations/A-RES-51-60/ar.md");
        let bom = format!("\u{feff}{fr}");
        assert!(bom.starts_with("\u{feff}<!--"));
        assert_eq!(
            extract_header(Lang::Fr, &bom).unwrap(),
            extract_header(Lang::Fr, fr).unwrap()
        );
        // Changed bytes are a new version of the text; every other value stays the same.
        let without_version = |mut h: HeaderMeta| {
            h.version.clear();
            h
        };
        let spaced = fr.replacen("Cinquante et unième", "Cinquante\u{a0}et\u{202f}unième", 1);
        assert_eq!(
            without_version(extract_header(Lang::Fr, &spaced).unwrap()),
            without_version(extract_header(Lang::Fr, fr).unwrap())
        );
        let marked = ar.replacen("**الجمعية العامة**", "\u{200f}**الجمعية العامة**", 1);
        assert_ne!(marked, ar);
        assert_eq!(
            without_version(extract_header(Lang::Ar, &marked).unwrap()),
            without_version(extract_header(Lang::Ar, ar).unwrap())
        );
    }

    #[test]
    fn the_english_seed() {
        let meta = extract_header(Lang::En, EN).unwrap();
        let json = serde_json::to_value(&meta).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "language": "en", "symbol": "A/RES/51/60", "distribution": "general",
                "date": "1997-01-28", "session": 51, "agenda_items": ["101"],
                "report": "A/51/610", "resolution": "51/60",
                "title": "United Nations Declaration on Crime and Public Security",
                "meeting": 82, "adopted": "1996-12-12",
                "version": format!(
                    "A/RES/51/60@en@1997-01-28#sha256:{}",
                    &sixfold_core::content_digest(EN)[..16]
                )
            })
        );
        assert_eq!(meta.committee, Some(3));
        assert_eq!(meta.lines.session, 13);
        assert_eq!(meta.lines.meeting, 33);
    }

    fn header_with(
        lang: Lang,
        replace: &str,
        by: &str,
        text: &str,
    ) -> Result<HeaderMeta, HeaderError> {
        assert!(text.contains(replace), "{replace}");
        extract_header(lang, &text.replacen(replace, by, 1))
    }

    #[test]
    fn malformed_headers_name_line_and_expected_form() {
        let err =
            header_with(Lang::En, "Fifty-first session", "Fifty-frist session", EN).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 13: expected a session heading such as `Fifty-first session`, found `Fifty-frist session`"
        );
        let err = header_with(Lang::En, "28 January 1997", "28 Janvier 1997", EN).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 11: expected a date such as `28 January 1997`, found `28 Janvier 1997`"
        );
        let err = header_with(Lang::En, "A/RES/51/60  \n", "X//60  \n", EN).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("line 10: expected a document symbol such as `A/RES/51/60` ("),
            "{err}"
        );
        let err = header_with(Lang::En, "GENERAL", "GENERALLY", EN).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 8: expected a distribution category such as `GENERAL`, found `GENERALLY`"
        );
        let err = header_with(Lang::En, "Agenda item 101", "Item 101", EN).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 14: expected an agenda line such as `Agenda item 101`, found `Item 101`"
        );
        let err = header_with(Lang::En, "82nd plenary meeting", "82nd meeting", EN).unwrap_err();
        assert!(
            err.to_string()
                .contains("expected a closing line such as `82nd plenary meeting`, found the end"),
            "{err}"
        );
        let err = header_with(
            Lang::En,
            "82nd plenary meeting  \n12 December 1996",
            "82nd plenary meeting  \n12 Dec 1996",
            EN,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 34: expected the adoption date such as `12 December 1996` in the block of the meeting line, found `12 Dec 1996`"
        );
        let err = extract_header(Lang::En, "").unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 1: expected the organ line such as `**General Assembly**`, found the end of the text"
        );
    }

    #[test]
    fn errors_speak_the_rendering_language() {
        let text = "<!-- note -->\n\n**Assemblée générale**\n\nDistr.  \nGÉNÉRALE\n\nA/RES/51/60  \n28 janvier 1997\n\nCinquante et unième sessions\n";
        let err = extract_header(Lang::Fr, text).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 11: expected a session heading such as `Cinquante et unième session`, found `Cinquante et unième sessions`"
        );
    }

    fn bundled(lang: Lang) -> String {
        let path = format!(
            "{}/../../translations/A-RES-51-60/{}.md",
            env!("CARGO_MANIFEST_DIR"),
            lang.code()
        );
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    #[test]
    fn every_bundled_rendering_gives_the_same_values() {
        let english = extract_header(Lang::En, EN).unwrap();
        let comparable = |m: &HeaderMeta| {
            (
                m.symbol.clone(),
                m.distribution,
                m.date,
                m.session,
                m.agenda_items.clone(),
                m.report.clone(),
                m.committee,
                m.resolution.clone(),
                m.meeting,
                m.adopted,
            )
        };
        for lang in Lang::ALL {
            let meta =
                extract_header(lang, &bundled(lang)).unwrap_or_else(|e| panic!("{lang}: {e}"));
            assert_eq!(comparable(&meta), comparable(&english), "{lang}");
        }
    }

    /// The masthead as the localisation crate renders it from the seed's values must be
    /// the masthead each bundled rendering carries, line for line: the corpus and the
    /// resources follow the same conventions.
    #[test]
    fn bundled_mastheads_are_what_the_resources_render() {
        let en = extract_header(Lang::En, EN).unwrap();
        let report = en.report.as_deref().unwrap();
        for lang in Lang::ALL {
            let expected = [
                format!("**{}**", l10n::organ_line(lang)),
                l10n::distribution_label(lang),
                l10n::distribution_word(lang, en.distribution),
                en.symbol.clone(),
                l10n::format_date(lang, en.date),
                l10n::session_heading(lang, en.session).unwrap(),
                l10n::agenda_line(lang, &en.agenda_items).unwrap(),
                l10n::adopted_line(lang, None),
                l10n::report_line(lang, en.committee, report).unwrap(),
            ];
            let text = bundled(lang);
            let lines = content_lines(&text);
            let found: Vec<&str> = lines.iter().take(expected.len()).map(|l| l.text).collect();
            assert_eq!(found, expected, "{lang}");

            let meeting = l10n::closing_meeting_line(lang, en.meeting);
            let date = l10n::format_date(lang, en.adopted);
            let closing = if lang == Lang::Zh {
                format!("{date}  \n{meeting}\n")
            } else {
                format!("{meeting}  \n{date}\n")
            };
            assert!(
                text.contains(&closing),
                "{lang}: no closing lines `{closing}`"
            );
        }
    }

    proptest::proptest! {
        /// Whatever lines are dropped or duplicated, reading never panics and an error
        /// points at a line of the text.
        #[test]
        fn damaged_headers_never_panic(
            lang in proptest::sample::select(Lang::ALL.to_vec()),
            drop in proptest::collection::vec(0usize..60, 0..4),
            noise in ".{0,20}",
        ) {
            let text = bundled(lang);
            let kept: Vec<&str> = text
                .lines()
                .enumerate()
                .filter(|(i, _)| !drop.contains(i))
                .map(|(_, l)| if l.is_empty() { noise.as_str() } else { l })
                .collect();
            let damaged = kept.join("\n");
            if let Err(HeaderError::Unexpected { line, .. } | HeaderError::EndOfText { line, .. }) =
                extract_header(lang, &damaged)
            {
                proptest::prop_assert!(line >= 1 && line <= kept.len().max(1));
            }
        }
    }

    #[test]
    fn optional_lines_and_one_line_distribution() {
        let text = EN
            .replacen("Distr.  \nGENERAL", "Distr.: General", 1)
            .replacen("  \nAgenda item 101", "", 1)
            .replacen(
                "[on the report of the Third Committee (A/51/610)]\n\n",
                "",
                1,
            );
        let meta = extract_header(Lang::En, &text).unwrap();
        assert_eq!(meta.distribution, Distribution::General);
        assert!(meta.agenda_items.is_empty());
        assert_eq!(meta.report, None);
        assert_eq!(
            meta.title,
            "United Nations Declaration on Crime and Public Security"
        );
    }
}
