//! Dates with month names as UN texts print them: "28 January 1997", "1er janvier 1997",
//! "28 de enero de 1997", "28 января 1997 года", "1997年1月28日",
//! "28 كانون الثاني/يناير 1997".

use std::collections::HashSet;
use std::sync::Arc;

use sixfold_core::{Date, Lang};

use crate::localizer::{Args, Localizer};
use crate::memo::SharedMemo;
use crate::structure::folded_forms;
use crate::text::{clean, number_candidates};

fn date_args(date: Date) -> Args<'static> {
    Args::new()
        .num("day", u32::from(date.day))
        .num("month", u32::from(date.month))
        .num("year", u32::from(date.year))
}

/// Entries [`folded_date_forms`] keeps before it starts over.
const DATE_CAPACITY: usize = 1 << 15;

/// Folded forms of `date-full` by language and date. [`parse_date`] tries twelve months
/// for every day and year a line might hold, and the reader asks it of every run of words
/// of every short line, so a number key keeps the lookups cheap.
static DATES: SharedMemo<(Lang, Date), Arc<[String]>> = SharedMemo::new(DATE_CAPACITY);

/// [`folded_forms`] of `date-full` for `date`, rendered once per process.
fn folded_date_forms(lang: Lang, date: Date) -> Arc<[String]> {
    DATES.get_or_make(&(lang, date), || {
        folded_forms(lang, "date-full", &date_args(date))
    })
}

/// A date in the form of a UN masthead or closing line in `lang`.
#[must_use]
pub fn format_date(lang: Lang, date: Date) -> String {
    Localizer::plain().format(lang, "date-full", &date_args(date))
}

/// Reads a date written as [`format_date`] writes it or as a listed variant (Russian
/// "г."), in any letter case and with Arabic-Indic or full-width digits.
///
/// The numbers in the text give the candidate day and year; each month is rendered with
/// them and compared, so no month name is spelled out here.
#[must_use]
pub fn parse_date(lang: Lang, text: &str) -> Option<Date> {
    // `fold` is `clean` then lowercase; the text is cleaned once for both.
    let cleaned = clean(text);
    let target = cleaned.to_lowercase();
    // Most texts asked are not dates: one look at their shape rules them out before the
    // forms of every candidate date are looked up.
    if !is_date_shape(lang, &shape(&target)) {
        return None;
    }
    let mut numbers = number_candidates(&cleaned);
    // A number met again would repeat lookups that already failed: keep the first.
    let mut seen = Vec::with_capacity(numbers.len());
    numbers.retain(|n| {
        let first = !seen.contains(n);
        seen.push(*n);
        first
    });
    let days = numbers.iter().filter(|n| (1..=31).contains(*n));
    for &day in days {
        for &year in &numbers {
            let Ok(year) = u16::try_from(year) else {
                continue;
            };
            for month in 1..=12 {
                let Ok(date) = Date::new(year, month, day as u8) else {
                    continue;
                };
                if folded_date_forms(lang, date).contains(&target) {
                    return Some(date);
                }
            }
        }
    }
    None
}

/// A folded text with each run of ASCII digits written as one `0`: what a date form looks
/// like whatever its numbers.
fn shape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_digits = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !in_digits {
                out.push('0');
            }
            in_digits = true;
        } else {
            out.push(c);
            in_digits = false;
        }
    }
    out
}

/// The [`shape`]s of every folded form of every date of a leap year in a language, sorted:
/// [`rendered_date_shapes`] as `cargo xtask tables` wrote it into
/// [`crate::parse_tables::DATE_SHAPES`] (a test checks the two agree), so no process
/// renders the 2,196 dates at start-up. The messages write the day and the year as
/// numbers (digits) and choose words by month and day only, so the year changes the
/// digits and nothing else; a test checks that over years from 1 to 65535.
fn date_shapes(lang: Lang) -> Option<crate::parse_tables_gen::Texts> {
    crate::parse_tables::DATE_SHAPES.get(lang.index()).copied()
}

/// Whether `shape` is the shape of some date form in `lang`.
fn is_date_shape(lang: Lang, shape: &str) -> bool {
    date_shapes(lang).is_some_and(|shapes| shapes.position(shape).is_some())
}

/// The shapes of the forms of every date of the leap year 2000 in `lang`, rendered from
/// the resources, sorted and distinct: what [`date_shapes`] reads.
pub(crate) fn rendered_date_shapes(lang: Lang) -> Vec<String> {
    let mut shapes: Vec<String> = shapes_of_year(lang, 2000).into_iter().collect();
    shapes.sort();
    shapes
}

/// The shapes of the forms of every date of `year` in `lang`.
fn shapes_of_year(lang: Lang, year: u16) -> HashSet<String> {
    let mut shapes = HashSet::new();
    for month in 1..=12 {
        for day in 1..=31 {
            if let Ok(date) = Date::new(year, month, day) {
                shapes.extend(folded_date_forms(lang, date).iter().map(|f| shape(f)));
            }
        }
    }
    shapes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_year_changes_the_digits_of_a_date_form_and_nothing_else() {
        for lang in Lang::ALL {
            let written: Vec<String> = date_shapes(lang)
                .into_iter()
                .flat_map(crate::parse_tables_gen::Texts::iter)
                .map(str::to_owned)
                .collect();
            assert_eq!(
                written,
                rendered_date_shapes(lang),
                "{lang}: run `cargo xtask tables`"
            );
            let leap: HashSet<String> = written.into_iter().collect();
            assert!(!leap.is_empty(), "{lang:?}");
            for year in [
                1, 9, 10, 99, 100, 999, 1000, 1946, 2025, 2100, 9999, 10_000, 65_535,
            ] {
                assert!(
                    shapes_of_year(lang, year).is_subset(&leap),
                    "{lang:?} {year}"
                );
            }
        }
        assert_eq!(shape("2025年12月10日"), "0年0月0日");
        assert_eq!(shape("1er juillet 2018"), "0er juillet 0");
    }

    fn date(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn the_seed_dates_in_six_languages() {
        let cases = [
            (Lang::En, "28 January 1997"),
            (Lang::Fr, "28 janvier 1997"),
            (Lang::Es, "28 de enero de 1997"),
            (Lang::Ru, "28 января 1997 года"),
            (Lang::Zh, "1997年1月28日"),
            (Lang::Ar, "28 كانون الثاني/يناير 1997"),
        ];
        for (lang, text) in cases {
            assert_eq!(format_date(lang, date("1997-01-28")), text);
            assert_eq!(parse_date(lang, text), Some(date("1997-01-28")), "{text}");
        }
    }

    #[test]
    fn variants_digits_and_first_of_month() {
        assert_eq!(
            format_date(Lang::Fr, date("2018-07-01")),
            "1er juillet 2018"
        );
        assert_eq!(
            parse_date(Lang::Fr, "1er juillet 2018"),
            Some(date("2018-07-01"))
        );
        assert_eq!(
            parse_date(Lang::Fr, "1 juillet 2018"),
            Some(date("2018-07-01"))
        );
        assert_eq!(
            parse_date(Lang::Ru, "14 декабря 1946 г."),
            Some(date("1946-12-14"))
        );
        assert_eq!(
            parse_date(Lang::Ar, "١٢ كانون الأول/ديسمبر ١٩٩٦"),
            Some(date("1996-12-12"))
        );
        assert_eq!(
            format_date(Lang::Ar, date("1945-06-26")),
            "26 حزيران/يونيه 1945"
        );
        assert_eq!(
            format_date(Lang::Ar, date("2018-07-05")),
            "5 تموز/يوليه 2018"
        );
        assert_eq!(
            parse_date(Lang::En, "**12 December 1996**  "),
            Some(date("1996-12-12"))
        );
        assert_eq!(
            parse_date(Lang::En, "12 DECEMBER 1996"),
            Some(date("1996-12-12"))
        );
    }

    #[test]
    fn impossible_and_foreign_dates_are_rejected() {
        assert_eq!(parse_date(Lang::En, "30 February 1997"), None);
        assert_eq!(parse_date(Lang::En, "28 janvier 1997"), None);
        assert_eq!(parse_date(Lang::En, "82nd plenary meeting"), None);
        assert_eq!(parse_date(Lang::Zh, "1997年13月28日"), None);
        assert_eq!(parse_date(Lang::Es, ""), None);
    }

    #[test]
    fn every_month_and_several_days_and_years_round_trip() {
        for lang in Lang::ALL {
            for year in [1946, 1996, 1997, 2000, 2024, 2099] {
                for month in 1..=12 {
                    for day in [
                        1,
                        2,
                        9,
                        10,
                        11,
                        21,
                        28,
                        sixfold_core::meta::days_in_month(year, month),
                    ] {
                        let d = Date::new(year, month, day).unwrap();
                        let text = format_date(lang, d);
                        assert!(!text.contains('{'), "{text}");
                        assert_eq!(parse_date(lang, &text), Some(d), "{lang} {text}");
                    }
                }
            }
        }
    }

    /// Every day of a leap year and of a common year, and the first and last day of every
    /// year the United Nations has existed until 2100, read back in every language.
    #[test]
    fn every_date_round_trips() {
        let mut dates = Vec::new();
        for year in [1996, 1997] {
            for month in 1..=12 {
                for day in 1..=sixfold_core::meta::days_in_month(year, month) {
                    dates.push(Date::new(year, month, day).unwrap());
                }
            }
        }
        for year in 1945..=2100 {
            dates.push(Date::new(year, 1, 1).unwrap());
            dates.push(Date::new(year, 12, 31).unwrap());
        }
        for lang in Lang::ALL {
            for &d in &dates {
                let text = format_date(lang, d);
                assert_eq!(parse_date(lang, &text), Some(d), "{lang} {text}");
            }
        }
    }
}
