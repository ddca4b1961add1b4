//! The masthead recognised by what each line says, not by where it stands: the current
//! layout ("United Nations" / organ / "Distr.: General" / date / session / agenda item /
//! "Resolution adopted by … on <date>" / report line / numbered title) and the same lines
//! merged or reordered the way PDF libraries and copy-paste leave them
//! ("General Assembly Distr.: General 5 December 2025", "Eightieth session Agenda item 13
//! Integrated and …", "52nd plenary meeting 1 December 2025"), with the symbol anywhere
//! or missing.
//!
//! [`crate::header::extract_header`] reads the 1990s layout strictly, line by line, and
//! its errors say which line breaks that layout; this module is what `sixfold meta` and
//! `sixfold read` fall back on when the strict reading fails. Each line is cut into the
//! longest runs of words that one of the localisation crate's parsers accepts (the same
//! parsers that render headers), so every language whose resources carry a form is read
//! the same way. A value the text does not carry but that follows from others (the symbol
//! from "80/30." and the organ, the session from the resolution number) is derived and
//! listed in [`Masthead::derived`].
//!
//! Security Council resolutions ("Resolution 2202 (2015)" / "Adopted by the Security
//! Council at its 7384th meeting, on 17 February 2015") are read the same way, and so are
//! the mastheads of reports and letters as far as they go (symbol, organ, distribution,
//! date, original language, session, agenda items): without a numbered title the
//! masthead ends at the first line no parser explains (the report's or letter's title).

use serde::Serialize;
use sixfold_core::{AgendaItem, Date, Distribution, Lang, Organ, Session, Symbol};
use sixfold_l10n as l10n;

use crate::header::{HeaderError, HeaderLines, HeaderMeta, content_lines};

/// What a masthead says, each value optional: a current-layout text need not carry them
/// all. Serialises like [`crate::header::HeaderMeta`] (absent values as `null`) plus
/// `derived`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Masthead {
    pub language: Lang,
    /// The principal organ: named by the masthead, else the symbol's (then derived).
    pub organ: Option<Organ>,
    /// The symbol in its canonical spelling.
    pub symbol: Option<String>,
    pub distribution: Option<Distribution>,
    /// Distribution date from the masthead.
    pub date: Option<Date>,
    /// Original language ("Original: English"), when the masthead says it.
    pub original_language: Option<Lang>,
    pub session: Option<Session>,
    pub agenda_items: Vec<AgendaItem>,
    /// Symbol of the report (or, for plenary texts, the draft) the resolution was adopted on.
    pub report: Option<String>,
    /// Resolution number printed before the title (`80/30`), or in a Council
    /// resolution's title line (`2202 (2015)`).
    pub resolution: Option<String>,
    /// Title without the resolution number.
    pub title: Option<String>,
    /// Plenary meeting (General Assembly) or Council meeting at which the resolution was
    /// adopted.
    pub meeting: Option<u32>,
    /// Adoption date: from the "Resolution adopted … on" or Council "Adopted by …" line,
    /// else from the closing lines.
    pub adopted: Option<Date>,
    /// Names of the fields above that the text does not state but that follow from other
    /// fields (`symbol` from the resolution number and the organ, `session`, `resolution`).
    pub derived: Vec<&'static str>,
    /// Main Committee named in the report line.
    #[serde(skip)]
    pub committee: Option<u8>,
    /// 1-based line of the title, 0 when there is none.
    #[serde(skip)]
    pub title_line: usize,
    /// Where each value was read (0 where the text does not state it).
    #[serde(skip)]
    pub lines: HeaderLines,
}

/// One thing a run of words in a masthead line says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Field {
    /// "United Nations" above the organ.
    UnitedNations,
    /// The organ ("General Assembly", "Security Council").
    Organ(Organ),
    Distribution(Distribution),
    /// The distribution label alone ("Distr."), its category on the next line.
    DistributionLabel,
    Date(Date),
    Symbol(Symbol),
    Session(Session),
    Agenda(Vec<AgendaItem>),
    Adopted(Option<Date>),
    Report(Option<u8>, String),
    /// Resolution number and title.
    Title(String, String),
    /// Plenary meeting number of a closing line.
    Meeting(u32),
    /// A Council resolution's title line: number and year.
    CouncilResolution(u32, u16),
    /// The Council's adopted line: meeting and date.
    CouncilAdopted(u32, Date),
    /// "Original: English".
    Original(Lang),
    /// The version's language alone ("Français") above the original-language line.
    VersionLanguage,
}

/// A piece of a line: a recognised field or text no parser accepts (an agenda item's
/// title after its number).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    Field(Field),
    Free(String),
}

/// Masthead runs are short: the longest form ("Resolution adopted by the General Assembly
/// on 19 September 2025", a report line with a paragraph reference) has about a dozen
/// words. Bounding the run keeps the cut quadratic in a small number.
const MAX_RUN_WORDS: usize = 14;

/// Lines longer than this are body text, not masthead lines; they are never cut.
const MAX_LINE_WORDS: usize = 80;

/// The first whitespace- or comma-separated token of a report hole that is a symbol
/// ("A/80/534, para. 7" gives A/80/534).
fn report_symbol(hole: &str) -> Option<String> {
    hole.split(|c: char| c.is_whitespace() || c == ',' || c == '，' || c == '،')
        .find(|t| t.contains('/') && t.parse::<Symbol>().is_ok())
        .map(str::to_owned)
}

/// Whether a token could be a document symbol (`A/RES/80/30`, `S/RES/2202 (2015)` is two
/// tokens and read as such below).
fn symbol_token(token: &str) -> Option<Symbol> {
    let token = token.trim_matches(|c: char| c == '*' || c == ',' || c == ';');
    if token.len() > 80
        || !token.contains('/')
        || !token.chars().next().is_some_and(|c| c.is_ascii_uppercase())
    {
        return None;
    }
    token.parse().ok()
}

/// What a run of words says, if one parser accepts it. `whole` says whether the run ends
/// the line: a numbered title takes the rest of its line.
pub(crate) fn recognise(lang: Lang, run: &str, whole: bool) -> Option<Field> {
    let run = run.trim();
    if run.is_empty() {
        return None;
    }
    if let Some(symbol) = symbol_token(run).filter(|_| !run.contains(' ')) {
        return Some(Field::Symbol(symbol));
    }
    // A Council resolution's symbol carries its year after a space: `S/RES/2202 (2015)`.
    if let Some((head, year)) = run.split_once(' ') {
        let year = year.trim();
        let is_year = year.len() == 6
            && year.starts_with('(')
            && year.ends_with(')')
            && year[1..5].chars().all(|c| c.is_ascii_digit());
        if is_year && symbol_token(head).is_some() {
            if let Ok(symbol) = run.parse::<Symbol>() {
                return Some(Field::Symbol(symbol));
            }
        }
    }
    if l10n::is_united_nations_line(lang, run) {
        return Some(Field::UnitedNations);
    }
    if l10n::is_organ_line(lang, run) {
        return Some(Field::Organ(Organ::GeneralAssembly));
    }
    if l10n::is_security_council_line(lang, run) {
        return Some(Field::Organ(Organ::SecurityCouncil));
    }
    if l10n::is_version_language_line(lang, run) {
        return Some(Field::VersionLanguage);
    }
    if let Some(d) = l10n::parse_distribution(lang, run) {
        return Some(Field::Distribution(d));
    }
    if l10n::is_distribution_label(lang, run) {
        return Some(Field::DistributionLabel);
    }
    let has_digit = run.chars().any(char::is_numeric);
    if has_digit {
        // Translated mastheads often keep the distribution date in English, as they keep
        // "Distr.: General" (Chinese and Russian Council resolutions do).
        let english_date = || (lang != Lang::En).then(|| l10n::parse_date(Lang::En, run));
        if let Some(date) = l10n::parse_date(lang, run).or_else(|| english_date().flatten()) {
            return Some(Field::Date(date));
        }
        if let Some(items) = l10n::parse_agenda_line(lang, run) {
            return Some(Field::Agenda(items));
        }
        if let Some(n) = l10n::parse_closing_meeting_line(lang, run) {
            return Some(Field::Meeting(n));
        }
        if let Some((number, year)) = l10n::parse_sc_resolution_line(lang, run) {
            return Some(Field::CouncilResolution(number, year));
        }
        if let Some((meeting, date)) = l10n::parse_sc_adopted_line(lang, run) {
            return Some(Field::CouncilAdopted(meeting, date));
        }
    }
    if let Some(original) = l10n::parse_original_line(lang, run) {
        return Some(Field::Original(original));
    }
    if let Some(session) = l10n::parse_session_heading(lang, run) {
        return Some(Field::Session(session));
    }
    if let Some(adopted) = l10n::parse_adopted_line(lang, run) {
        return Some(Field::Adopted(adopted));
    }
    if run.starts_with(['[', '［']) {
        if let Some(report) = l10n::parse_report_line(lang, run) {
            let symbol = report_symbol(&report.symbol).unwrap_or(report.symbol);
            return Some(Field::Report(report.committee, symbol));
        }
    }
    if whole && has_digit {
        if let Some((number, title)) = l10n::parse_title_line(lang, run) {
            if number.contains('/') {
                return Some(Field::Title(number, title));
            }
        }
    }
    None
}

/// The fields that may follow an agenda item's title on the same line: the lines a
/// masthead has after the agenda line.
fn ends_agenda_title(field: &Field) -> bool {
    matches!(
        field,
        Field::Adopted(_)
            | Field::Report(..)
            | Field::Title(..)
            | Field::Symbol(_)
            | Field::CouncilResolution(..)
            | Field::CouncilAdopted(..)
    )
}

/// Lines [`cut_line`] remembers per thread before it starts over.
const CUT_MEMO_LIMIT: usize = 4096;

thread_local! {
    /// The cuts of recent lines: the reader cuts every masthead line twice (to label its
    /// block, then to read the masthead), and mastheads repeat lines across a corpus.
    static CUT_MEMO: std::cell::RefCell<std::collections::HashMap<(Lang, String), Vec<Piece>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// Cuts a line into the longest runs of words a parser accepts, left to right; words no
/// run starting with them explains are kept together as free text.
pub(crate) fn cut_line(lang: Lang, line: &str) -> Vec<Piece> {
    let key = (lang, line.to_owned());
    if let Some(hit) = CUT_MEMO.with(|m| m.borrow().get(&key).cloned()) {
        return hit;
    }
    let pieces = cut_line_uncached(lang, line);
    CUT_MEMO.with(|m| {
        let mut memo = m.borrow_mut();
        if memo.len() >= CUT_MEMO_LIMIT {
            memo.clear();
        }
        memo.insert(key, pieces.clone());
    });
    pieces
}

/// The field that opens a line, what the first piece of [`cut_line`] is when it is a
/// field: the longest run of words from the line's start that a parser accepts, tried in
/// the same order. The reader labels each masthead block by it alone, so it does not cut
/// the rest of the block (a dozen parsers for every run at every word).
pub(crate) fn first_field(lang: Lang, line: &str) -> Option<Field> {
    let key = (lang, line.to_owned());
    if let Some(hit) = CUT_MEMO.with(|m| m.borrow().get(&key).cloned()) {
        return match hit.into_iter().next() {
            Some(Piece::Field(field)) => Some(field),
            _ => None,
        };
    }
    if let Some(hit) = FIRST_MEMO.with(|m| m.borrow().get(&key).cloned()) {
        return hit;
    }
    let field = first_field_uncached(lang, line);
    FIRST_MEMO.with(|m| {
        let mut memo = m.borrow_mut();
        if memo.len() >= CUT_MEMO_LIMIT {
            memo.clear();
        }
        memo.insert(key, field.clone());
    });
    field
}

thread_local! {
    /// The first fields of recent lines: every masthead block is labelled by its first
    /// field, and the masthead lines of a corpus repeat ("General Assembly", "Distr.:
    /// General", a session, a date), each costing a dozen parsers for every run of words
    /// that fails before the one that reads.
    static FIRST_MEMO: std::cell::RefCell<std::collections::HashMap<(Lang, String), Option<Field>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

fn first_field_uncached(lang: Lang, line: &str) -> Option<Field> {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_LINE_WORDS {
        return None;
    }
    let longest = words.len().min(MAX_RUN_WORDS);
    let whole = (words.len() > longest).then_some(words.len());
    whole
        .into_iter()
        .chain((1..=longest).rev())
        .find_map(|len| recognise(lang, &words[..len].join(" "), len == words.len()))
}

fn cut_line_uncached(lang: Lang, line: &str) -> Vec<Piece> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut pieces = Vec::new();
    if words.is_empty() {
        return pieces;
    }
    if words.len() > MAX_LINE_WORDS {
        pieces.push(Piece::Free(words.join(" ")));
        return pieces;
    }
    let mut free: Vec<&str> = Vec::new();
    let mut at = 0;
    // After an agenda item comes its title, which may contain words that alone look
    // like a field ("General and complete disarmament").
    let mut after_agenda = false;
    while at < words.len() {
        let longest = (words.len() - at).min(MAX_RUN_WORDS);
        let mut found = None;
        // The whole rest of the line first (a title), then runs from the longest down.
        let rest = words.len() - at;
        let mut lengths: Vec<usize> = (1..=longest).rev().collect();
        if rest > longest {
            lengths.insert(0, rest);
        }
        for len in lengths {
            let run = words[at..at + len].join(" ");
            let field = recognise(lang, &run, at + len == words.len())
                .filter(|f| !after_agenda || ends_agenda_title(f));
            if let Some(field) = field {
                found = Some((field, len));
                break;
            }
        }
        if let Some((field, len)) = found {
            after_agenda = matches!(field, Field::Agenda(_));
            if !free.is_empty() {
                pieces.push(Piece::Free(free.join(" ")));
                free.clear();
            }
            pieces.push(Piece::Field(field));
            at += len;
        } else {
            free.push(words[at]);
            at += 1;
        }
    }
    if !free.is_empty() {
        pieces.push(Piece::Free(free.join(" ")));
    }
    pieces
}

/// The plenary meeting of a closing line, with the adoption date when the same line
/// carries it ("52nd plenary meeting 1 December 2025"); `None` unless the line says
/// nothing else.
///
/// The reader asks this of every short paragraph, so it cuts the line as [`cut_line`]
/// does but gives up at the first run that cannot be part of such a line: a word no
/// field explains, a field other than a meeting or a date, or a run without a digit
/// (meetings and dates are only recognised in runs with one, and the shorter runs tried
/// after it are its prefixes).
pub(crate) fn closing_line(lang: Lang, line: &str) -> Option<(u32, Option<Date>)> {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_RUN_WORDS || !opens_with_meeting_or_date(lang, &words)
    {
        return None;
    }
    let mut fields = Vec::with_capacity(2);
    let mut at = 0;
    while at < words.len() {
        if fields.len() == 2 {
            return None;
        }
        let mut found = None;
        for len in (1..=words.len() - at).rev() {
            let run = words.get(at..at + len)?.join(" ");
            if !run.chars().any(char::is_numeric) {
                return None;
            }
            if let Some(field) = recognise(lang, &run, at + len == words.len()) {
                found = Some((field, len));
                break;
            }
        }
        let (field, len) = found?;
        if !matches!(field, Field::Meeting(_) | Field::Date(_)) {
            return None;
        }
        fields.push(field);
        at += len;
    }
    match fields.as_slice() {
        [Field::Meeting(n)] => Some((*n, None)),
        [Field::Meeting(n), Field::Date(d)] | [Field::Date(d), Field::Meeting(n)] => {
            Some((*n, Some(*d)))
        }
        _ => None,
    }
}

/// Whether some run of words from the start of the line reads as a meeting or a date,
/// which [`closing_line`] needs its first run to be: [`recognise`] only says
/// `Field::Meeting` when the meeting parser accepts the run and `Field::Date` when a date
/// parser does, and only for runs with a digit. Asking those three parsers first rejects
/// an ordinary short paragraph without the dozen others `recognise` tries on each run.
///
/// A run without a numeric character is never asked, so the runs that stop before the
/// first word holding one are not even joined (most short paragraphs hold none).
fn opens_with_meeting_or_date(lang: Lang, words: &[&str]) -> bool {
    let Some(first_numeric) = words.iter().position(|w| w.chars().any(char::is_numeric)) else {
        return false;
    };
    (first_numeric + 1..=words.len()).rev().any(|len| {
        let run = words[..len].join(" ");
        let run = run.trim();
        !run.is_empty()
            && (l10n::parse_closing_meeting_line(lang, run).is_some()
                || l10n::parse_date(lang, run).is_some()
                || (lang != Lang::En && l10n::parse_date(Lang::En, run).is_some()))
    })
}

/// How many content lines the masthead may span before the title; past this the text
/// has no masthead.
const MAX_MASTHEAD_LINES: usize = 40;

impl Masthead {
    /// A masthead that says nothing yet.
    fn empty(language: Lang) -> Self {
        Masthead {
            language,
            organ: None,
            symbol: None,
            distribution: None,
            date: None,
            original_language: None,
            session: None,
            agenda_items: Vec::new(),
            report: None,
            resolution: None,
            title: None,
            meeting: None,
            adopted: None,
            derived: Vec::new(),
            committee: None,
            title_line: 0,
            lines: HeaderLines::default(),
        }
    }

    /// Keeps what a recognised field says (the first value of each kind wins); returns
    /// the resolution number and title when the field is the numbered title.
    fn take(
        &mut self,
        field: Field,
        line: usize,
        organ: &mut bool,
        label_pending: &mut bool,
    ) -> Option<(String, String)> {
        let l = &mut self.lines;
        let first = |at: &mut usize| {
            if *at == 0 {
                *at = line;
            }
        };
        match &field {
            Field::Organ(_) => first(&mut l.organ),
            Field::Distribution(_) | Field::DistributionLabel => first(&mut l.distribution),
            Field::Date(_) => first(&mut l.date),
            Field::Symbol(_) => first(&mut l.symbol),
            Field::Session(_) => first(&mut l.session),
            Field::Agenda(_) => first(&mut l.agenda_items),
            Field::Adopted(_) => {
                first(&mut l.adopted_line);
                first(&mut l.adopted);
            }
            Field::CouncilAdopted(..) => {
                first(&mut l.adopted_line);
                first(&mut l.adopted);
                first(&mut l.meeting);
            }
            Field::Report(..) => first(&mut l.report),
            Field::Title(..) | Field::CouncilResolution(..) => first(&mut l.title),
            _ => {}
        }
        match field {
            Field::UnitedNations | Field::Meeting(_) | Field::VersionLanguage => {}
            Field::Organ(o) => {
                *organ = true;
                self.organ.get_or_insert(o);
            }
            Field::Original(l) => {
                self.original_language.get_or_insert(l);
            }
            Field::CouncilAdopted(meeting, date) => {
                self.meeting.get_or_insert(meeting);
                self.adopted.get_or_insert(date);
            }
            Field::CouncilResolution(number, year) => {
                // Council resolutions have no title: the number is all the line says.
                return Some((format!("{number} ({year})"), String::new()));
            }
            Field::DistributionLabel => *label_pending = true,
            Field::Distribution(d) => {
                *label_pending = false;
                self.distribution.get_or_insert(d);
            }
            Field::Date(d) => {
                // The masthead's date is the distribution date; a date after the
                // adopted line without one was cut off it by the extraction.
                if self.date.is_none() {
                    self.date = Some(d);
                }
            }
            Field::Symbol(s) => {
                if self.symbol.is_none() {
                    self.symbol = Some(s.to_string());
                }
            }
            Field::Session(s) => {
                self.session.get_or_insert(s);
            }
            Field::Agenda(items) => {
                if self.agenda_items.is_empty() {
                    self.agenda_items = items;
                }
            }
            Field::Adopted(date) => {
                if self.adopted.is_none() {
                    self.adopted = date;
                }
            }
            Field::Report(committee, symbol) => {
                if self.report.is_none() {
                    self.report = Some(symbol);
                    self.committee = committee;
                }
            }
            Field::Title(number, text) => return Some((number, text)),
        }
        None
    }
}

/// Reads the masthead and closing lines of a text by what each line says.
///
/// Fails (with the first line) only when nothing identifies the document: no symbol, and
/// no numbered title to derive one from.
pub fn read_masthead(lang: Lang, text: &str) -> Result<Masthead, HeaderError> {
    let text = l10n::matching_form(text);
    let lines = content_lines(&text);
    let mut m = Masthead::empty(lang);
    let mut organ = false;
    let mut label_pending = false;
    let mut body_from = lines.len();
    // The first line no parser accepts, unless it continues an agenda item's title.
    let mut unexplained: Option<&crate::header::Line<'_>> = None;
    // Block of the agenda line whose item title may go on over the next lines.
    let mut agenda_block = None;
    // What each line said, kept to read a masthead without a numbered title again up to
    // its first unexplained line.
    let mut said: Vec<Vec<Piece>> = Vec::new();
    let mut unexplained_at = None;
    for (i, line) in lines.iter().enumerate().take(MAX_MASTHEAD_LINES) {
        let plain = line.text.replace("**", "");
        let pieces = cut_line(lang, &plain);
        said.push(pieces.clone());
        match pieces.first() {
            Some(Piece::Free(_)) if agenda_block != Some(line.block) && !label_pending => {
                if unexplained.is_none() {
                    unexplained_at = Some(i);
                }
                unexplained.get_or_insert(line);
            }
            Some(Piece::Field(_)) => {
                agenda_block = ends_in_agenda(&pieces).then_some(line.block);
            }
            _ => {}
        }
        let mut title = None;
        for piece in pieces {
            let Piece::Field(field) = piece else {
                continue;
            };
            if let Some(found) = m.take(field, line.number, &mut organ, &mut label_pending) {
                title = Some(found);
            }
        }
        if label_pending && m.distribution.is_none() {
            if let Some(d) = l10n::parse_distribution(lang, &plain) {
                m.distribution = Some(d);
                label_pending = false;
            }
        }
        if let Some((number, text)) = title {
            m.resolution = Some(number);
            m.title_line = line.number;
            body_from = i + 1;
            if text.is_empty() {
                // A Council resolution: its adopted line comes under the title line.
                if m.adopted.is_none() {
                    if let Some((meeting, date)) = council_adopted(lang, lines.get(i + 1)) {
                        m.meeting = Some(meeting);
                        m.adopted = Some(date);
                        let at = lines.get(i + 1).map_or(0, |l| l.number);
                        (m.lines.meeting, m.lines.adopted, m.lines.adopted_line) = (at, at, at);
                        body_from = i + 2;
                    }
                }
            } else {
                m.title = Some(wrapped_title(lang, text, &lines[i..]));
            }
            break;
        }
    }
    if m.title_line == 0 {
        if let Some(end) = unexplained_at.filter(|&end| end > 0) {
            // A report or letter: its masthead ends where its title starts, and what the
            // text says below it is not the masthead's.
            m = reread(lang, &said[..end], &lines[..end], &mut organ);
        }
    }
    if m.meeting.is_none() {
        if let Some((meeting, date, at)) = closing(lang, lines.get(body_from..).unwrap_or_default())
        {
            m.meeting = Some(meeting);
            m.lines.meeting = at;
            if m.adopted.is_none() {
                m.adopted = date;
                m.lines.adopted = at;
            }
        }
    }
    derive(&mut m, organ);
    identified(m, &lines, unexplained)
}

/// The masthead, unless a line of it says nothing a parser knows or nothing identifies
/// the document.
fn identified(
    m: Masthead,
    lines: &[crate::header::Line<'_>],
    unexplained: Option<&crate::header::Line<'_>>,
) -> Result<Masthead, HeaderError> {
    // Under a numbered title every masthead line must say something; without one, at
    // least the first line must (a masthead starts at the top).
    let first = lines.first().map(|l| l.number);
    if let Some(line) = unexplained.filter(|l| m.title_line > 0 || Some(l.number) == first) {
        return Err(HeaderError::Unexpected {
            line: line.number,
            expected: "a masthead line (organ, distribution, symbol, date, session, agenda \
                 item, adopted line, report line) or a numbered title such as `80/30. …`"
                .to_owned(),
            found: line.text.to_owned(),
        });
    }
    if m.symbol.is_none() {
        let first = lines.first();
        return Err(HeaderError::Unexpected {
            line: first.map_or(1, |l| l.number),
            expected: "a document symbol, or a numbered title such as `80/30. …` under the organ"
                .to_owned(),
            found: first.map(|l| l.text.to_owned()).unwrap_or_default(),
        });
    }
    Ok(m)
}

impl Masthead {
    /// The same values as the strict reader's [`HeaderMeta`], when the masthead states
    /// (or derives) everything a resolution header carries: symbol, distribution, date,
    /// session, resolution number, meeting and adoption date. A Council resolution has
    /// no title; its title is then empty. `None` for reports and letters.
    /// `text` is the rendering the masthead was read from, whose digest the version
    /// identity carries.
    #[must_use]
    pub fn to_header_meta(&self, text: &str) -> Option<HeaderMeta> {
        let symbol = self.symbol.clone()?;
        let date = self.date?;
        let content = text.strip_prefix('\u{feff}').unwrap_or(text);
        let version = symbol.parse::<Symbol>().ok().map_or_else(String::new, |s| {
            sixfold_core::DocumentVersion::new(s, self.language, date)
                .with_content(content)
                .to_string()
        });
        Some(HeaderMeta {
            language: self.language,
            version,
            symbol,
            distribution: self.distribution?,
            date,
            session: self.session?,
            agenda_items: self.agenda_items.clone(),
            report: self.report.clone(),
            resolution: self.resolution.clone()?,
            title: self.title.clone().unwrap_or_default(),
            meeting: self.meeting?,
            adopted: self.adopted?,
            committee: self.committee,
            lines: self.lines,
        })
    }
}

/// The header of a rendering in any layout: the strict 1990s reading first (its
/// line-by-line errors are the most precise), else the masthead read by content when it
/// states a whole resolution header. The strict reader's error is kept when neither
/// reads.
pub fn read_header(lang: Lang, text: &str) -> Result<HeaderMeta, HeaderError> {
    match crate::header::extract_header(lang, text) {
        Ok(meta) => Ok(meta),
        Err(strict) => read_masthead(lang, text)
            .ok()
            .and_then(|m| m.to_header_meta(text))
            .ok_or(strict),
    }
}

/// The Council's adopted line, if `line` is one.
fn council_adopted(lang: Lang, line: Option<&crate::header::Line<'_>>) -> Option<(u32, Date)> {
    let line = line?.text.replace("**", "");
    let (meeting, date) = l10n::parse_sc_adopted_line(lang, line.trim())?;
    Some((meeting, date))
}

/// A masthead made of the fields of `said` only (the lines above a report's title).
fn reread(
    lang: Lang,
    said: &[Vec<Piece>],
    lines: &[crate::header::Line<'_>],
    organ: &mut bool,
) -> Masthead {
    let mut m = Masthead::empty(lang);
    *organ = false;
    let mut label_pending = false;
    for (pieces, line) in said.iter().zip(lines) {
        for piece in pieces {
            if let Piece::Field(field) = piece {
                m.take(field.clone(), line.number, organ, &mut label_pending);
            }
        }
    }
    m
}

/// Whether the last field of a line is an agenda item, whose title may go on over the
/// next lines of its block.
fn ends_in_agenda(pieces: &[Piece]) -> bool {
    pieces
        .iter()
        .rev()
        .find_map(|p| match p {
            Piece::Field(f) => Some(matches!(f, Field::Agenda(_))),
            Piece::Free(_) => None,
        })
        .unwrap_or(false)
}

/// A title with the lines of its block that continue it (`lines` starts at the title).
fn wrapped_title(lang: Lang, mut text: String, lines: &[crate::header::Line<'_>]) -> String {
    let Some((first, rest)) = lines.split_first() else {
        return text;
    };
    for next in rest.iter().take_while(|l| l.block == first.block) {
        if lang.is_spaced() {
            text.push(' ');
        }
        text.push_str(next.text.replace("**", "").trim());
    }
    text.trim().to_owned()
}

/// The plenary meeting and adoption date of the first closing line among `lines`; the
/// date on the same line or on a neighbour in its block.
fn closing(lang: Lang, lines: &[crate::header::Line<'_>]) -> Option<(u32, Option<Date>, usize)> {
    lines.iter().find_map(|line| {
        let (meeting, date) = closing_line(lang, &line.text.replace("**", ""))?;
        let date = date.or_else(|| {
            lines
                .iter()
                .filter(|l| l.block == line.block && l.number != line.number)
                .find_map(|l| l10n::parse_date(lang, l.text))
        });
        Some((meeting, date, line.number))
    })
}

/// Fills the values that follow from others, recording which.
fn derive(m: &mut Masthead, organ: bool) {
    if m.symbol.is_none() && organ {
        if let Some(number) = &m.resolution {
            let series = match m.organ {
                Some(Organ::SecurityCouncil) => "S",
                _ => "A",
            };
            if let Ok(symbol) = format!("{series}/RES/{number}").parse::<Symbol>() {
                m.symbol = Some(symbol.to_string());
                m.derived.push("symbol");
            }
        }
    }
    let parsed = m.symbol.as_deref().and_then(|s| s.parse::<Symbol>().ok());
    if m.organ.is_none() {
        if let Some(o) = parsed.as_ref().and_then(Symbol::organ) {
            m.organ = Some(o);
            m.derived.push("organ");
        }
    }
    if m.resolution.is_none() {
        if let Some(r) = parsed.as_ref().and_then(Symbol::resolution) {
            m.resolution = Some(r);
            m.derived.push("resolution");
        }
    }
    if m.session.is_none() {
        let session = parsed.as_ref().and_then(Symbol::session).or_else(|| {
            m.resolution
                .as_deref()
                .and_then(|r| r.split_once('/'))
                .and_then(|(s, _)| s.parse::<Session>().ok())
        });
        if let Some(session) = session {
            m.session = Some(session);
            m.derived.push("session");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CURRENT: &str = "United Nations\n\nGeneral Assembly Distr.: General 5 December 2025\n\n\
        Eightieth session Agenda item 99 (i) General and complete disarmament: convening\n\n\
        Resolution adopted by the General Assembly on 1 December 2025\n\n\
        [on the report of the First Committee (A/80/534, para. 7)]\n\n\
        80/30. Convening of the fourth special session of the General Assembly\n\n\
        The General Assembly,\n\n1. Decides something.\n\n52nd plenary meeting 1 December 2025\n";

    #[test]
    fn merged_current_layout_lines_are_read_and_the_symbol_derived() {
        let m = read_masthead(Lang::En, CURRENT).unwrap();
        assert_eq!(m.symbol.as_deref(), Some("A/RES/80/30"));
        assert_eq!(m.derived, ["symbol"]);
        assert_eq!(m.distribution, Some(Distribution::General));
        assert_eq!(m.date, Date::new(2025, 12, 5).ok());
        assert_eq!(m.session, Some(Session::Regular(80)));
        assert_eq!(m.agenda_items, ["99 (i)".parse::<AgendaItem>().unwrap()]);
        assert_eq!(m.report.as_deref(), Some("A/80/534"));
        assert_eq!(m.committee, Some(1));
        assert_eq!(m.resolution.as_deref(), Some("80/30"));
        assert_eq!(m.meeting, Some(52));
        assert_eq!(m.adopted, Date::new(2025, 12, 1).ok());
        assert_eq!(m.title_line, 11);
    }

    #[test]
    fn symbol_anywhere_and_lines_reordered() {
        let text = CURRENT
            .replacen("United Nations\n", "A/RES/80/30\n", 1)
            .replacen(
                "Eightieth session Agenda item 99 (i) General and complete disarmament: convening\n\n",
                "",
                1,
            )
            .replacen("\n\n80/30.", "\n\nEightieth session\n\n80/30.", 1);
        let m = read_masthead(Lang::En, &text).unwrap();
        assert_eq!(m.symbol.as_deref(), Some("A/RES/80/30"));
        assert!(m.derived.is_empty());
        assert_eq!(m.session, Some(Session::Regular(80)));
    }

    #[test]
    fn a_text_without_anything_identifying_is_an_error() {
        let err = read_masthead(Lang::En, "Just a paragraph.\n\nAnother one.").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("line 1: expected a masthead line"),
            "{err}"
        );
    }

    #[test]
    fn a_misspelt_masthead_line_is_an_error_not_skipped() {
        let text = CURRENT.replacen("Resolution adopted", "Resolution adotped", 1);
        let err = read_masthead(Lang::En, &text).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("line 7: expected a masthead line"),
            "{err}"
        );
    }

    #[test]
    fn council_resolution_with_its_symbol_derived() {
        let text = "United Nations\n\nSecurity Council\n\nDistr.: General\n17 February 2015\n\n\
            Resolution 2202 (2015)\n\n\
            Adopted by the Security Council at its 7384th meeting, on 17 February 2015\n\n\
            The Security Council,\n\n1. Endorses the package.\n";
        let m = read_masthead(Lang::En, text).unwrap();
        assert_eq!(m.organ, Some(Organ::SecurityCouncil));
        assert_eq!(m.symbol.as_deref(), Some("S/RES/2202 (2015)"));
        assert_eq!(m.resolution.as_deref(), Some("2202 (2015)"));
        assert_eq!(m.session, Some(Session::Year(2015)));
        assert_eq!(
            (m.meeting, m.adopted),
            (Some(7384), Date::new(2015, 2, 17).ok())
        );
        assert_eq!(m.derived, ["symbol", "session"]);
        assert_eq!(m.title, None);
        let header = m.to_header_meta(text).unwrap();
        assert_eq!(header.title, "");
        assert_eq!(header.lines.meeting, 10);
    }

    #[test]
    fn an_english_masthead_date_in_a_translated_rendering() {
        let text = "联合国\n\nS/RES/2446 (2018)\n\n安全理事会\n\nDistr.: General\n15 November 2018\n\n\
            第2446(2018)号决议\n\n2018年11月15日安全理事会第8401次会议通过\n\n安全理事会，\n\n\
            1. 决定继续积极处理此案。\n";
        let m = read_masthead(Lang::Zh, text).unwrap();
        assert_eq!(m.date, Date::new(2018, 11, 15).ok());
        assert_eq!(
            (m.meeting, m.adopted),
            (Some(8401), Date::new(2018, 11, 15).ok())
        );
        assert_eq!(m.resolution.as_deref(), Some("2446 (2018)"));
    }

    #[test]
    fn report_and_letter_mastheads_end_at_their_title() {
        let report = "Nations Unies\n\nA/80/534\n\nAssemblée générale\n\nDistr. générale\n\
            10 novembre 2025\nFrançais\nOriginal : anglais\n\nQuatre-vingtième session\n\
            Point 99 de l'ordre du jour\n\nDésarmement général et complet\n\n\
            Rapport de la Première Commission\n\nLe 12 décembre 2025, la Commission…\n";
        let m = read_masthead(Lang::Fr, report).unwrap();
        assert_eq!(m.symbol.as_deref(), Some("A/80/534"));
        assert_eq!(m.organ, Some(Organ::GeneralAssembly));
        assert_eq!(m.original_language, Some(Lang::En));
        assert_eq!(m.date, Date::new(2025, 11, 10).ok());
        assert_eq!(m.session, Some(Session::Regular(80)));
        assert_eq!(m.agenda_items, ["99".parse::<AgendaItem>().unwrap()]);
        assert!(m.derived.is_empty());
        assert!(m.to_header_meta(report).is_none());

        let letter = "United Nations\n\nS/2015/123\n\nSecurity Council\n\nDistr.: General\n\
            17 February 2015\n\nOriginal: English\n\n\
            Letter dated 16 February 2015 from the Permanent Representative of Norway\n\n\
            I have the honour to transmit a letter dated 12 March 2015.\n";
        let m = read_masthead(Lang::En, letter).unwrap();
        assert_eq!(m.symbol.as_deref(), Some("S/2015/123"));
        assert_eq!(m.date, Date::new(2015, 2, 17).ok());
        assert_eq!(m.session, Some(Session::Year(2015)));
        assert_eq!(m.derived, ["session"]);
    }

    #[test]
    fn closing_lines_in_one_or_two_parts() {
        assert_eq!(
            closing_line(Lang::En, "52nd plenary meeting 1 December 2025"),
            Some((52, Date::new(2025, 12, 1).ok()))
        );
        assert_eq!(
            closing_line(Lang::En, "3rd plenary meeting"),
            Some((3, None))
        );
        assert_eq!(
            closing_line(Lang::En, "52nd plenary meeting was held"),
            None
        );
    }
}
