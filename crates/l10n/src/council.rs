//! Masthead lines of documents other than General Assembly resolutions: the Security
//! Council organ line, a Council resolution's title ("Resolution 2202 (2015)") and the
//! line under it ("Adopted by the Security Council at its 7384th meeting, on 17 February
//! 2015"), and the language lines of reports and letters ("Original: English").
//!
//! As everywhere in this crate, a line is parsed by rendering its message with
//! placeholders and matching, so what is read is what the resources would write.

use std::sync::{Arc, OnceLock};

use sixfold_core::{Date, Lang};

use crate::date::{format_date, parse_date};

use crate::localizer::{Args, Localizer};
use crate::structure::{fixed_folded_forms, templates};
use crate::text::{Template, clean, fold, number_candidates, placeholder};

fn format(lang: Lang, id: &str, args: &Args<'_>) -> String {
    Localizer::plain().format(lang, id, args)
}

/// Whether the folded line is one of the folded forms of a message without arguments.
fn matches_any(lang: Lang, id: &'static str, line: &str) -> bool {
    let target = fold(line);
    !target.is_empty() && fixed_folded_forms((lang, id, None)).contains(&target)
}

/// Holes of the first form of `id` (rendered with `args`) that `line` matches.
fn match_forms(lang: Lang, id: &str, args: &Args<'_>, line: &str) -> Option<Vec<String>> {
    templates(lang, id, args)
        .iter()
        .find_map(|t| t.match_line(line))
}

/// The Security Council's name as its mastheads print it.
#[must_use]
pub fn security_council_line(lang: Lang) -> String {
    format(lang, "header-organ-security-council", &Args::new())
}

/// Whether a line is the Security Council organ line (case and bold markers ignored).
#[must_use]
pub fn is_security_council_line(lang: Lang, line: &str) -> bool {
    matches_any(lang, "header-organ-security-council", line)
}

/// The title line of Council resolution `number` of `year` ("Resolution 2202 (2015)",
/// "第2202(2015)号决议").
#[must_use]
pub fn sc_resolution_line(lang: Lang, number: u32, year: u16) -> String {
    let args = Args::new()
        .text("number", number.to_string())
        .text("year", year.to_string());
    format(lang, "header-sc-resolution", &args)
}

/// Reads a Council resolution's title line into its number and year.
#[must_use]
pub fn parse_sc_resolution_line(lang: Lang, line: &str) -> Option<(u32, u16)> {
    // The reader asks this of every short block: the templates are built once per
    // language instead of being looked up by a key made for each call.
    static TEMPLATES: OnceLock<Vec<Arc<[Template]>>> = OnceLock::new();
    // More than 80 characters, counted no further (at most four bytes a character).
    let too_long = line.len() > 4 * 80 || line.chars().nth(80).is_some();
    // The number and the four-digit year are at least five decimal digits, in whatever
    // script (cleaning makes them ASCII): most lines that hold a number hold fewer.
    let five_digits = || {
        line.chars()
            .filter(|&c| crate::numerals::decimal_digit(c).is_some())
            .nth(4)
            .is_some()
    };
    if too_long || !five_digits() {
        return None;
    }
    let all = TEMPLATES.get_or_init(|| {
        let args = Args::new()
            .text("number", placeholder(0))
            .text("year", placeholder(1));
        Lang::ALL
            .into_iter()
            .map(|l| templates(l, "header-sc-resolution", &args))
            .collect()
    });
    let holes = all
        .get(lang.index())?
        .iter()
        .find_map(|t| t.match_line(line))?;
    let digits = |s: &String| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let (number, year) = (holes.first()?, holes.get(1)?);
    if !digits(number) || !digits(year) || year.len() != 4 {
        return None;
    }
    Some((number.parse().ok()?, year.parse().ok()?))
}

/// The line saying at which meeting and on which date the Council adopted a resolution.
#[must_use]
pub fn sc_adopted_line(lang: Lang, meeting: u32, date: Date) -> String {
    let args = Args::new()
        .num("n", meeting)
        .text("date", format_date(lang, date));
    format(lang, "header-sc-adopted", &args)
}

/// Reads the Council's adopted line into meeting number and date. The meeting number is
/// one of the numbers the line carries; each is tried, as the ordinal suffix depends on it.
#[must_use]
pub fn parse_sc_adopted_line(lang: Lang, line: &str) -> Option<(u32, Date)> {
    if line.chars().count() > 160 {
        return None;
    }
    let cleaned = clean(line);
    let mut candidates = number_candidates(&cleaned);
    candidates.dedup();
    candidates.into_iter().find_map(|n| {
        let args = Args::new().num("n", n).text("date", placeholder(0));
        let holes = match_forms(lang, "header-sc-adopted", &args, line)?;
        Some((n, parse_date(lang, holes.first()?)?))
    })
}

/// The masthead line naming the original language ("Original: English",
/// "Original : anglais", "原文：英文").
#[must_use]
pub fn original_line(lang: Lang, original: Lang) -> String {
    format(
        lang,
        "header-original",
        &Args::new().text("language", original.code()),
    )
}

/// Reads the original-language line; the English form is accepted in every language, as
/// translated mastheads often keep it.
#[must_use]
pub fn parse_original_line(lang: Lang, line: &str) -> Option<Lang> {
    if line.chars().count() > 40 {
        return None;
    }
    // `matches_any` for each pair, with the line folded once.
    let target = fold(line);
    if target.is_empty() {
        return None;
    }
    [lang, Lang::En].into_iter().find_map(|form_lang| {
        Lang::ALL.into_iter().find(|original| {
            let arg = Some(("language", original.code()));
            fixed_folded_forms((form_lang, "header-original", arg)).contains(&target)
        })
    })
}

/// Whether a line is the name of the version's language standing alone above the
/// original-language line ("Français", "中文").
#[must_use]
pub fn is_version_language_line(lang: Lang, line: &str) -> bool {
    line.chars().count() <= 20 && matches_any(lang, "header-version-language", line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn council_lines_round_trip_in_six_languages() {
        let date: Date = "2015-02-17".parse().unwrap();
        for lang in Lang::ALL {
            assert!(is_security_council_line(
                lang,
                &format!("**{}**", security_council_line(lang))
            ));
            let title = sc_resolution_line(lang, 2202, 2015);
            assert_eq!(
                parse_sc_resolution_line(lang, &title),
                Some((2202, 2015)),
                "{title}"
            );
            for meeting in [1, 2, 3, 11, 7384, 7381, 7412] {
                let adopted = sc_adopted_line(lang, meeting, date);
                assert_eq!(
                    parse_sc_adopted_line(lang, &adopted),
                    Some((meeting, date)),
                    "{adopted}"
                );
            }
            for original in Lang::ALL {
                let line = original_line(lang, original);
                assert_eq!(parse_original_line(lang, &line), Some(original), "{line}");
            }
            assert!(is_version_language_line(
                lang,
                &format(lang, "header-version-language", &Args::new())
            ));
        }
    }

    #[test]
    fn the_forms_printed_on_council_resolutions() {
        let date: Date = "2015-02-17".parse().unwrap();
        assert_eq!(
            sc_adopted_line(Lang::En, 7384, date),
            "Adopted by the Security Council at its 7384th meeting, on 17 February 2015"
        );
        assert_eq!(
            sc_adopted_line(Lang::Zh, 7384, date),
            "2015年2月17日安全理事会第7384次会议通过"
        );
        assert_eq!(
            sc_resolution_line(Lang::Zh, 2202, 2015),
            "第2202(2015)号决议"
        );
        assert_eq!(
            parse_sc_resolution_line(Lang::Ru, "Резолюция 2202 (2015),"),
            Some((2202, 2015))
        );
        assert_eq!(
            parse_sc_adopted_line(
                Lang::Ar,
                "الذي اتخذه مجلس الأمن في جلسته 7384 المعقودة في 17 شباط/فبراير 2015"
            ),
            Some((7384, date))
        );
        assert_eq!(
            parse_original_line(Lang::Fr, "Original\u{a0}: anglais"),
            Some(Lang::En)
        );
        assert_eq!(
            parse_original_line(Lang::Ru, "Original: English"),
            Some(Lang::En)
        );
        assert_eq!(
            parse_sc_resolution_line(Lang::En, "Resolution 22x (2015)"),
            None
        );
        assert_eq!(
            parse_sc_resolution_line(Lang::En, "Resolution 2202 (15)"),
            None
        );
        assert_eq!(
            parse_sc_adopted_line(
                Lang::En,
                "Adopted by the Security Council at its 7384th meeting"
            ),
            None
        );
    }
}
