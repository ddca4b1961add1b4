//! The other masthead and closing lines: organ, distribution, agenda item, "Resolution
//! adopted by …", "[on the report of …]", the numbered title and the plenary meeting.
//!
//! Lines with text values (symbols, items, titles) are parsed by rendering the message
//! with placeholders and matching the line against the result.

use sixfold_core::{AgendaItem, Date, Distribution, Lang};

use crate::date::parse_date;
use crate::error::L10nError;
use crate::localizer::{Args, Localizer};
use crate::structure::{fixed_folded_forms, fixed_folded_value, parse_numbered, templates};
use crate::text::{clean, fold, placeholder};

fn format(lang: Lang, id: &str, args: &Args<'_>) -> String {
    Localizer::plain().format(lang, id, args)
}

/// Whether the folded line is one of the folded forms of a message without arguments.
fn matches_any(lang: Lang, id: &'static str, line: &str) -> bool {
    let target = fold(line);
    !target.is_empty() && fixed_folded_forms((lang, id, None)).contains(&target)
}

/// The organ line at the top of the masthead ("General Assembly", "大会").
#[must_use]
pub fn organ_line(lang: Lang) -> String {
    format(lang, "header-organ", &Args::new())
}

/// Whether a line is the organ line (bold markers and case ignored).
#[must_use]
pub fn is_organ_line(lang: Lang, line: &str) -> bool {
    matches_any(lang, "header-organ", line)
}

/// Whether a line is the "United Nations" line that opens the current masthead, above
/// the organ (case and bold markers ignored).
#[must_use]
pub fn is_united_nations_line(lang: Lang, line: &str) -> bool {
    matches_any(lang, "header-united-nations", line)
}

fn category(distribution: Distribution) -> &'static str {
    match distribution {
        Distribution::General => "general",
        Distribution::Limited => "limited",
        Distribution::Restricted => "restricted",
    }
}

const DISTRIBUTIONS: [Distribution; 3] = [
    Distribution::General,
    Distribution::Limited,
    Distribution::Restricted,
];

/// The "Distr." label printed above the category.
#[must_use]
pub fn distribution_label(lang: Lang) -> String {
    format(lang, "header-distribution-label", &Args::new())
}

/// Whether a line is the distribution label alone ("Distr.", also "Distr.:").
#[must_use]
pub fn is_distribution_label(lang: Lang, line: &str) -> bool {
    let label = fixed_folded_value((lang, "header-distribution-label", None));
    let target = fold(line);
    *target == *label || target.strip_suffix(':') == Some(&*label)
}

/// The category word on the line below "Distr." ("GENERAL", "GÉNÉRALE").
#[must_use]
pub fn distribution_word(lang: Lang, distribution: Distribution) -> String {
    let args = Args::new().text("category", category(distribution));
    format(lang, "header-distribution-category", &args)
}

/// Label and category on one line, as newer mastheads print them ("Distr.: General",
/// "Distr. générale").
#[must_use]
pub fn distribution_line(lang: Lang, distribution: Distribution) -> String {
    let args = Args::new().text("category", category(distribution));
    format(lang, "header-distribution-combined", &args)
}

/// Reads a distribution category: the word alone, label and word on one line, or the
/// one-line form. The English one-line form is accepted in every language because
/// translated mastheads often keep it.
#[must_use]
pub fn parse_distribution(lang: Lang, line: &str) -> Option<Distribution> {
    // The forms are `fold`ed renderings of `distribution_label`, `distribution_word` and
    // `distribution_line`, remembered across calls.
    let target = fold(line);
    let label = fixed_folded_value((lang, "header-distribution-label", None));
    let after_label = target
        .strip_prefix(&*label)
        .map(|rest| rest.trim_start_matches(':').trim().to_owned());
    DISTRIBUTIONS.into_iter().find(|d| {
        let arg = Some(("category", category(*d)));
        let word = fixed_folded_value((lang, "header-distribution-category", arg));
        *target == *word
            || after_label.as_deref() == Some(&*word)
            || *target == *fixed_folded_value((lang, "header-distribution-combined", arg))
            || *target == *fixed_folded_value((Lang::En, "header-distribution-combined", arg))
    })
}

/// 1-based position of a one-letter sub-item (`a` is 1), the number the resources'
/// letter messages select on.
fn sub_position(sub: &str) -> Option<u32> {
    let mut chars = sub.chars();
    match (chars.next(), chars.next()) {
        (Some(c @ 'a'..='z'), None) => Some(u32::from(c) - u32::from('a') + 1),
        _ => None,
    }
}

fn agenda_item_text(lang: Lang, item: &AgendaItem) -> Result<String, L10nError> {
    match &item.sub {
        None => Ok(item.number.to_string()),
        Some(sub) => {
            let n = sub_position(sub).ok_or_else(|| L10nError::AgendaItem(item.to_string()))?;
            let args = Args::new().num("number", item.number).num("n", n);
            Ok(format(lang, "header-agenda-subitem", &args))
        }
    }
}

/// Joins texts as a list ("101, 102 and 103"), with the separator and conjunction of `lang`.
fn join_list(lang: Lang, texts: &[String]) -> String {
    match texts {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => {
            let separator = format(lang, "list-separator", &Args::new());
            let args = Args::new()
                .text("head", head.join(&separator))
                .text("last", last.as_str());
            format(lang, "list-and", &args)
        }
    }
}

/// The agenda line of a masthead ("Agenda item 101", "Point 160 a) de l'ordre du jour").
/// Sub-items must be a single letter, the only kind the resources can letter in every script.
pub fn agenda_line(lang: Lang, items: &[AgendaItem]) -> Result<String, L10nError> {
    let texts = items
        .iter()
        .map(|i| agenda_item_text(lang, i))
        .collect::<Result<Vec<_>, _>>()?;
    let args = Args::new()
        .num("count", u32::try_from(items.len()).unwrap_or(u32::MAX))
        .text("items", join_list(lang, &texts));
    Ok(format(lang, "header-agenda", &args))
}

/// Reads an agenda line; the items come back in the order printed.
#[must_use]
pub fn parse_agenda_line(lang: Lang, line: &str) -> Option<Vec<AgendaItem>> {
    // Counts 1, 2 and 3 reach every plural form the resources distinguish.
    for count in 1..=3 {
        let args = Args::new()
            .num("count", count)
            .text("items", placeholder(0));
        for template in templates(lang, "header-agenda", &args).iter() {
            let Some(holes) = template.match_line(line) else {
                continue;
            };
            if let Some(items) = holes.first().and_then(|h| parse_item_list(lang, h)) {
                return Some(items);
            }
        }
    }
    None
}

fn parse_item_list(lang: Lang, text: &str) -> Option<Vec<AgendaItem>> {
    if let Some(item) = parse_agenda_item(lang, text) {
        return Some(vec![item]);
    }
    let args = Args::new()
        .text("head", placeholder(0))
        .text("last", placeholder(1));
    // The value's template (first of the forms), remembered across calls.
    let holes = templates(lang, "list-and", &args)
        .first()?
        .match_line(text)?;
    let (head, last) = (holes.first()?, holes.get(1)?);
    let separator = clean(&format(lang, "list-separator", &Args::new()));
    let mut items = Vec::new();
    for part in head.split(separator.as_str()) {
        items.push(parse_agenda_item(lang, part)?);
    }
    items.push(parse_agenda_item(lang, last)?);
    Some(items)
}

/// Sub-item letters tried when reading an agenda item.
const MAX_SUBITEMS: usize = 26;

fn parse_agenda_item(lang: Lang, text: &str) -> Option<AgendaItem> {
    let text = clean(text);
    if !text.is_empty() && text.chars().all(|c| c.is_ascii_digit()) {
        return Some(AgendaItem {
            number: text.parse().ok()?,
            sub: None,
        });
    }
    // After (z) the sub-items go on doubled, (aa), (bb) … (gg), in the Latin letters every
    // language's masthead keeps for them; the resources' letter lists stop at 26.
    if let Some(item) = doubled_letter_item(&text) {
        return Some(item);
    }
    for sub in 0..MAX_SUBITEMS {
        let args = Args::new()
            .text("number", placeholder(0))
            .num("n", u32::try_from(sub + 1).ok()?);
        // The value's template (first of the forms), remembered across calls.
        let forms = templates(lang, "header-agenda-subitem", &args);
        let Some(holes) = forms.first().and_then(|t| t.match_line(&text)) else {
            continue;
        };
        if let Some(number) = holes.first().and_then(|h| h.parse().ok()) {
            let letter = char::from_u32(u32::from('a') + u32::try_from(sub).ok()?)?;
            return Some(AgendaItem {
                number,
                sub: Some(letter.to_string()),
            });
        }
    }
    None
}

/// The line that says the text is a resolution adopted by the General Assembly, with the
/// adoption date when the masthead gives it (newer documents).
/// `99 (cc)`: an agenda item whose sub-item letter is a Latin letter doubled.
fn doubled_letter_item(text: &str) -> Option<AgendaItem> {
    let open = text.find('(')?;
    let inner = text.get(open + 1..)?.strip_suffix(')')?.trim();
    let mut letters = inner.chars();
    let first = letters.next()?;
    let doubled = first.is_ascii_lowercase() && inner.len() >= 2 && letters.all(|c| c == first);
    if !doubled {
        return None;
    }
    text.parse().ok()
}

#[must_use]
pub fn adopted_line(lang: Lang, date: Option<Date>) -> String {
    match date {
        None => format(lang, "header-adopted", &Args::new()),
        Some(date) => {
            let args = Args::new().text("date", crate::date::format_date(lang, date));
            format(lang, "header-adopted-dated", &args)
        }
    }
}

/// Reads the adopted line: `Some(None)` for the undated form, `Some(Some(date))` for
/// "Resolution adopted by the General Assembly on 5 July 2018", `None` otherwise.
#[must_use]
pub fn parse_adopted_line(lang: Lang, line: &str) -> Option<Option<Date>> {
    if matches_any(lang, "header-adopted", line) {
        return Some(None);
    }
    let args = Args::new().text("date", placeholder(0));
    templates(lang, "header-adopted-dated", &args)
        .iter()
        .find_map(|t| t.match_line(line))
        .and_then(|holes| holes.first().and_then(|h| parse_date(lang, h)))
        .map(Some)
}

/// What the report line says: the Main Committee (absent for plenary texts) and the
/// symbol of the report or draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportLine {
    pub committee: Option<u8>,
    pub symbol: String,
}

/// The bracketed report line ("[on the report of the Third Committee (A/51/610)]"); with
/// no committee, the plenary form.
pub fn report_line(lang: Lang, committee: Option<u8>, symbol: &str) -> Result<String, L10nError> {
    match committee {
        None => Ok(format(
            lang,
            "header-report-plenary",
            &Args::new().text("symbol", symbol),
        )),
        Some(c @ 1..=6) => Ok(format(
            lang,
            "header-report",
            &Args::new()
                .num("committee", u32::from(c))
                .text("symbol", symbol),
        )),
        Some(other) => Err(L10nError::CommitteeOutOfRange(other)),
    }
}

/// Reads a report line into committee number and symbol.
#[must_use]
pub fn parse_report_line(lang: Lang, line: &str) -> Option<ReportLine> {
    let symbol_only = |holes: Vec<String>| holes.into_iter().next().filter(|s| s.contains('/'));
    for committee in 1..=6u8 {
        let args = Args::new()
            .num("committee", u32::from(committee))
            .text("symbol", placeholder(0));
        if let Some(symbol) = templates(lang, "header-report", &args)
            .iter()
            .find_map(|t| t.match_line(line))
            .and_then(symbol_only)
        {
            return Some(ReportLine {
                committee: Some(committee),
                symbol,
            });
        }
    }
    let args = Args::new().text("symbol", placeholder(0));
    templates(lang, "header-report-plenary", &args)
        .iter()
        .find_map(|t| t.match_line(line))
        .and_then(symbol_only)
        .map(|symbol| ReportLine {
            committee: None,
            symbol,
        })
}

/// The numbered title line ("51/60. United Nations Declaration …", Arabic "51/60 - …").
#[must_use]
pub fn title_line(lang: Lang, resolution: &str, title: &str) -> String {
    let args = Args::new()
        .text("resolution", resolution)
        .text("title", title);
    format(lang, "header-title", &args)
}

/// Reads a numbered title line into resolution number and title. The number must look
/// like a resolution number (digits, `/`, `-`, letters; no spaces).
#[must_use]
pub fn parse_title_line(lang: Lang, line: &str) -> Option<(String, String)> {
    let args = Args::new()
        .text("resolution", placeholder(0))
        .text("title", placeholder(1));
    templates(lang, "header-title", &args)
        .iter()
        .find_map(|t| t.match_line(line))
        .and_then(|holes| {
            let mut holes = holes.into_iter();
            let (number, title) = (holes.next()?, holes.next()?);
            let looks_numbered = number.contains(|c: char| c.is_ascii_digit())
                && !number.contains(char::is_whitespace);
            looks_numbered.then_some((number, title))
        })
}

/// Plenary meeting numbers whose line is looked up by rendering; the line always carries
/// the number in digits, so this only bounds the fallback table.
pub(crate) const MEETING_TABLE: u32 = 0;

/// The closing line naming the plenary meeting ("82nd plenary meeting", "第82次全体会议").
#[must_use]
pub fn closing_meeting_line(lang: Lang, meeting: u32) -> String {
    format(lang, "closing-meeting", &Args::new().num("n", meeting))
}

/// Reads the plenary meeting number from a closing line.
#[must_use]
pub fn parse_closing_meeting_line(lang: Lang, line: &str) -> Option<u32> {
    parse_numbered(lang, "closing-meeting", "n", MEETING_TABLE, line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(s: &str) -> AgendaItem {
        s.parse().unwrap()
    }

    #[test]
    fn masthead_lines_of_the_seed_in_six_languages() {
        // (lang, organ, distribution word, agenda line, adopted line, report line, meeting line)
        let cases = [
            (
                Lang::En,
                "General Assembly",
                "GENERAL",
                "Agenda item 101",
                "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY",
                "[on the report of the Third Committee (A/51/610)]",
                "82nd plenary meeting",
            ),
            (
                Lang::Fr,
                "Assemblée générale",
                "GÉNÉRALE",
                "Point 101 de l'ordre du jour",
                "RÉSOLUTION ADOPTÉE PAR L'ASSEMBLÉE GÉNÉRALE",
                "[sur le rapport de la Troisième Commission (A/51/610)]",
                "82e séance plénière",
            ),
            (
                Lang::Es,
                "Asamblea General",
                "GENERAL",
                "Tema 101 del programa",
                "RESOLUCIÓN APROBADA POR LA ASAMBLEA GENERAL",
                "[sobre la base del informe de la Tercera Comisión (A/51/610)]",
                "82a. sesión plenaria",
            ),
            (
                Lang::Ru,
                "Генеральная Ассамблея",
                "GENERAL",
                "Пункт 101 повестки дня",
                "РЕЗОЛЮЦИЯ, ПРИНЯТАЯ ГЕНЕРАЛЬНОЙ АССАМБЛЕЕЙ",
                "[по докладу Третьего комитета (A/51/610)]",
                "82-е пленарное заседание",
            ),
            (
                Lang::Zh,
                "大会",
                "GENERAL",
                "议程项目101",
                "大会决议",
                "[根据第三委员会的报告(A/51/610)通过]",
                "第82次全体会议",
            ),
            (
                Lang::Ar,
                "الجمعية العامة",
                "GENERAL",
                "البند 101 من جدول الأعمال",
                "قرار اتخذته الجمعية العامة",
                "[بناء على تقرير اللجنة الثالثة (A/51/610)]",
                "الجلسة العامة 82",
            ),
        ];
        for (lang, organ, word, agenda, adopted, report, meeting) in cases {
            assert_eq!(organ_line(lang), organ);
            assert!(is_organ_line(lang, &format!("**{organ}**")));
            assert_eq!(distribution_word(lang, Distribution::General), word);
            assert_eq!(parse_distribution(lang, word), Some(Distribution::General));
            assert!(is_distribution_label(lang, "Distr.  "));
            assert_eq!(agenda_line(lang, &[item("101")]).unwrap(), agenda);
            assert_eq!(parse_agenda_line(lang, agenda), Some(vec![item("101")]));
            assert_eq!(adopted_line(lang, None), adopted);
            assert_eq!(parse_adopted_line(lang, adopted), Some(None));
            assert_eq!(report_line(lang, Some(3), "A/51/610").unwrap(), report);
            assert_eq!(
                parse_report_line(lang, report),
                Some(ReportLine {
                    committee: Some(3),
                    symbol: "A/51/610".to_owned()
                })
            );
            assert_eq!(closing_meeting_line(lang, 82), meeting);
            assert_eq!(parse_closing_meeting_line(lang, meeting), Some(82));
        }
    }

    #[test]
    fn distribution_forms() {
        assert_eq!(
            parse_distribution(Lang::En, "Distr.: General"),
            Some(Distribution::General)
        );
        assert_eq!(
            parse_distribution(Lang::En, "Distr. GENERAL"),
            Some(Distribution::General)
        );
        assert_eq!(
            parse_distribution(Lang::Fr, "Distr. limitée"),
            Some(Distribution::Limited)
        );
        assert_eq!(
            parse_distribution(Lang::Ru, "Distr.: General"),
            Some(Distribution::General)
        );
        assert_eq!(
            parse_distribution(Lang::Es, "Distr.: General"),
            Some(Distribution::General)
        );
        assert_eq!(parse_distribution(Lang::Fr, "GENERAL"), None);
        assert_eq!(parse_distribution(Lang::En, "Distr."), None);
    }

    #[test]
    fn agenda_items_with_letters_and_lists() {
        assert!(agenda_line(Lang::En, &[item("160 (aa)")]).is_err());
        let cases = [
            (Lang::En, "Agenda item 160 (a)"),
            (Lang::Fr, "Point 160 a) de l'ordre du jour"),
            (Lang::Ru, "Пункт 160 a) повестки дня"),
            (Lang::Zh, "议程项目160(a)"),
            (Lang::Ar, "البند 160 (أ) من جدول الأعمال"),
        ];
        for (lang, text) in cases {
            assert_eq!(agenda_line(lang, &[item("160 (a)")]).unwrap(), text);
            assert_eq!(parse_agenda_line(lang, text), Some(vec![item("160 (a)")]));
        }
        let three = [item("101"), item("102 (b)"), item("103")];
        for lang in Lang::ALL {
            let text = agenda_line(lang, &three).unwrap();
            assert_eq!(
                parse_agenda_line(lang, &text),
                Some(three.to_vec()),
                "{text}"
            );
            let two = agenda_line(lang, &three[..2]).unwrap();
            assert_eq!(
                parse_agenda_line(lang, &two),
                Some(three[..2].to_vec()),
                "{two}"
            );
        }
        assert_eq!(
            agenda_line(Lang::En, &three).unwrap(),
            "Agenda items 101, 102 (b) and 103"
        );
        assert_eq!(parse_agenda_line(Lang::En, "Agenda item"), None);
        assert_eq!(parse_agenda_line(Lang::En, "Agenda item 10x"), None);
    }

    #[test]
    fn dated_adoption_plenary_reports_and_titles() {
        let date: Date = "2018-07-05".parse().unwrap();
        for lang in Lang::ALL {
            let line = adopted_line(lang, Some(date));
            assert_eq!(parse_adopted_line(lang, &line), Some(Some(date)), "{line}");
            let plenary = report_line(lang, None, "A/65/L.85").unwrap();
            assert_eq!(
                parse_report_line(lang, &plenary),
                Some(ReportLine {
                    committee: None,
                    symbol: "A/65/L.85".to_owned()
                })
            );
            for committee in 1..=6 {
                let line = report_line(lang, Some(committee), "A/72/906").unwrap();
                assert_eq!(
                    parse_report_line(lang, &line).and_then(|r| r.committee),
                    Some(committee),
                    "{line}"
                );
            }
            let title = title_line(lang, "51/60", "Declaration. Of things");
            assert_eq!(
                parse_title_line(lang, &title),
                Some(("51/60".to_owned(), "Declaration. Of things".to_owned()))
            );
        }
        assert_eq!(
            adopted_line(Lang::En, Some(date)),
            "Resolution adopted by the General Assembly on 5 July 2018"
        );
        assert!(report_line(Lang::En, Some(7), "A/1").is_err());
        assert_eq!(title_line(Lang::Ar, "51/60", "إعلان"), "51/60 - إعلان");
        assert_eq!(parse_title_line(Lang::En, "The General Assembly,"), None);
    }

    #[test]
    fn meeting_ordinal_suffixes() {
        let cases = [
            (Lang::En, 1, "1st plenary meeting"),
            (Lang::En, 2, "2nd plenary meeting"),
            (Lang::En, 3, "3rd plenary meeting"),
            (Lang::En, 11, "11th plenary meeting"),
            (Lang::En, 12, "12th plenary meeting"),
            (Lang::En, 13, "13th plenary meeting"),
            (Lang::En, 21, "21st plenary meeting"),
            (Lang::En, 111, "111th plenary meeting"),
            (Lang::Fr, 1, "1re séance plénière"),
        ];
        for (lang, n, text) in cases {
            assert_eq!(closing_meeting_line(lang, n), text);
        }
        for lang in Lang::ALL {
            for n in 1..=150 {
                let text = closing_meeting_line(lang, n);
                assert_eq!(parse_closing_meeting_line(lang, &text), Some(n), "{text}");
            }
        }
        assert_eq!(
            parse_closing_meeting_line(Lang::En, "82th plenary meeting"),
            None
        );
    }
}
