//! Session headings in words ("Fifty-first session", "第五十一届会议",
//! "الدورة الحادية والخمسون") and their inverse.
//!
//! The parser renders every session heading 1–100 of every kind once and inverts the
//! table, so it accepts exactly the spellings the resources produce.

use std::collections::HashMap;

use sixfold_core::{Lang, Session};

use crate::error::L10nError;
use crate::localizer::{Args, Localizer};
use crate::structure::forms;
use crate::text::fold;

/// Highest session number written in words.
pub const MAX_SESSION: u16 = 100;

/// The `$kind` selector value and number of a session, if it has a heading in words.
fn kind_and_number(session: Session) -> Result<(&'static str, u16), L10nError> {
    let (kind, n) = match session {
        Session::Regular(n) => ("regular", n),
        Session::Special(n) => ("special", n),
        Session::EmergencySpecial(n) => ("emergency", n),
        Session::Year(year) => return Err(L10nError::SessionIsYear(year)),
    };
    if n == 0 || n > MAX_SESSION {
        return Err(L10nError::SessionOutOfRange {
            session,
            max: MAX_SESSION,
        });
    }
    Ok((kind, n))
}

fn heading_args(kind: &'static str, n: u16) -> Args<'static> {
    Args::new().num("n", u32::from(n)).text("kind", kind)
}

/// The session heading of a masthead: "Fifty-first session", "Cinquante et unième session",
/// "Quincuagésimo primer período de sesiones", "Пятьдесят первая сессия", "第五十一届会议",
/// "الدورة الحادية والخمسون"; special and emergency special sessions likewise.
pub fn session_heading(lang: Lang, session: Session) -> Result<String, L10nError> {
    let (kind, n) = kind_and_number(session)?;
    Ok(Localizer::plain().format(lang, "session-heading", &heading_args(kind, n)))
}

/// Every heading form of sessions 1–100 of the three kinds in `lang`, folded, rendered
/// from the resources, sorted by form; a form two sessions share keeps the first of them
/// in the order regular, special, emergency special for 1, 2, …. `cargo xtask tables`
/// writes this into [`crate::parse_tables::SESSION_HEADINGS`], which the parser reads (a
/// test checks the two agree), so no process renders the 1,800 headings at start-up.
pub(crate) fn rendered_session_headings(lang: Lang) -> Vec<(String, Session)> {
    let mut table: HashMap<String, Session> = HashMap::new();
    for n in 1..=MAX_SESSION {
        for session in [
            Session::Regular(n),
            Session::Special(n),
            Session::EmergencySpecial(n),
        ] {
            let Ok((kind, n)) = kind_and_number(session) else {
                continue;
            };
            for form in forms(lang, "session-heading", &heading_args(kind, n)) {
                table.entry(fold(&form)).or_insert(session);
            }
        }
    }
    let mut sorted: Vec<(String, Session)> = table.into_iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    sorted
}

/// Reads a session heading in words (any letter case, Markdown markers tolerated).
/// `None` if the line is not the heading of a session 1–100.
#[must_use]
pub fn parse_session_heading(lang: Lang, text: &str) -> Option<Session> {
    let (forms, sessions) = crate::parse_tables::SESSION_HEADINGS.get(lang.index())?;
    let k = forms.position(&fold(text))?;
    sessions.get(k).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifty_first_session_in_six_languages() {
        let cases = [
            (Lang::En, "Fifty-first session"),
            (Lang::Fr, "Cinquante et unième session"),
            (Lang::Es, "Quincuagésimo primer período de sesiones"),
            (Lang::Ru, "Пятьдесят первая сессия"),
            (Lang::Zh, "第五十一届会议"),
            (Lang::Ar, "الدورة الحادية والخمسون"),
        ];
        for (lang, text) in cases {
            assert_eq!(session_heading(lang, Session::Regular(51)).unwrap(), text);
            assert_eq!(
                parse_session_heading(lang, text),
                Some(Session::Regular(51))
            );
            assert_eq!(
                parse_session_heading(lang, &text.to_uppercase()),
                Some(Session::Regular(51))
            );
        }
    }

    #[test]
    fn irregular_ordinals() {
        let cases = [
            (Lang::En, 12, "Twelfth session"),
            (Lang::En, 100, "One hundredth session"),
            (Lang::Fr, 1, "Première session"),
            (Lang::Fr, 71, "Soixante et onzième session"),
            (Lang::Fr, 77, "Soixante-dix-septième session"),
            (Lang::Fr, 81, "Quatre-vingt-unième session"),
            (Lang::Fr, 99, "Quatre-vingt-dix-neuvième session"),
            (Lang::Es, 3, "Tercer período de sesiones"),
            (Lang::Es, 63, "Sexagésimo tercer período de sesiones"),
            (Lang::Ru, 69, "Шестьдесят девятая сессия"),
            (Lang::Zh, 10, "第十届会议"),
            (Lang::Zh, 100, "第一百届会议"),
            (Lang::Ar, 11, "الدورة الحادية عشرة"),
            (Lang::Ar, 67, "الدورة السابعة والستون"),
            (Lang::Ar, 71, "الدورة الحادية والسبعون"),
        ];
        for (lang, n, text) in cases {
            assert_eq!(session_heading(lang, Session::Regular(n)).unwrap(), text);
        }
        assert_eq!(
            session_heading(Lang::En, Session::EmergencySpecial(10)).unwrap(),
            "Tenth emergency special session"
        );
        assert_eq!(
            session_heading(Lang::Zh, Session::Special(26)).unwrap(),
            "第二十六届特别会议"
        );
    }

    #[test]
    fn every_session_round_trips_in_every_language() {
        for lang in Lang::ALL {
            let mut seen = HashMap::new();
            for n in 1..=MAX_SESSION {
                for session in [
                    Session::Regular(n),
                    Session::Special(n),
                    Session::EmergencySpecial(n),
                ] {
                    let text = session_heading(lang, session).unwrap();
                    assert!(!text.contains('{'), "{lang} {session}: {text}");
                    assert_eq!(parse_session_heading(lang, &text), Some(session), "{text}");
                    if let Some(other) = seen.insert(text.clone(), session) {
                        panic!("{lang}: {session} and {other} both render as {text}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_written_table_is_the_rendered_table() {
        for lang in Lang::ALL {
            let rendered = rendered_session_headings(lang);
            let (forms, sessions) = crate::parse_tables::SESSION_HEADINGS[lang.index()];
            let written: Vec<(String, Session)> = forms
                .iter()
                .map(str::to_owned)
                .zip(sessions.iter().copied())
                .collect();
            assert_eq!(written, rendered, "{lang}: run `cargo xtask tables`");
        }
    }

    #[test]
    fn out_of_range_sessions_are_errors() {
        let err = session_heading(Lang::En, Session::Regular(101)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "session 101 cannot be written in words: session ordinals are defined for 1 to 100"
        );
        assert!(session_heading(Lang::Fr, Session::Year(1996)).is_err());
        assert_eq!(
            parse_session_heading(Lang::En, "Hundred and first session"),
            None
        );
        assert_eq!(parse_session_heading(Lang::En, "Agenda item 101"), None);
    }
}
