//! The whole header block and closing lines of a resolution in one language, rendered from
//! its `document.toml`: what `sixfold meta <DIR> --render --lang <L>` prints.
//!
//! Every line comes from the same functions the header parser inverts, so a rendered block
//! reads back to the metadata it came from (see the round-trip test below).

use sixfold_core::{AgendaItem, DocumentToml, Lang};

use crate::error::L10nError;
use crate::{
    adopted_line, agenda_line, closing_meeting_line, distribution_label, distribution_word,
    format_date, organ_line, report_line, session_heading,
};

/// A rendered header: blocks of lines as a UN document separates them by blank lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderBlock {
    /// Organ; distribution label and category; symbol and date; session and agenda
    /// items; the "resolution adopted" line; the report line when there is a report.
    pub masthead: Vec<Vec<String>>,
    /// Plenary meeting and its date (Chinese puts the date first); empty without an
    /// `[adoption]` table.
    pub closing: Vec<String>,
}

impl HeaderBlock {
    /// The block as Markdown in the layout of the bundled renderings: the organ in bold,
    /// lines of one block joined by a hard break (two spaces), blocks by a blank line,
    /// and the closing lines as the last block.
    #[must_use]
    pub fn to_markdown(&self) -> String {
        let mut blocks: Vec<String> = Vec::new();
        for (i, block) in self.masthead.iter().enumerate() {
            let mut lines = block.clone();
            if i == 0 {
                lines = lines.into_iter().map(|l| format!("**{l}**")).collect();
            }
            blocks.push(lines.join("  \n"));
        }
        if !self.closing.is_empty() {
            blocks.push(self.closing.join("  \n"));
        }
        let mut out = blocks.join("\n\n");
        out.push('\n');
        out
    }
}

/// Renders the masthead and closing lines of `doc` in `lang`.
///
/// # Errors
/// When a value cannot be written in words or with the resources: a session outside
/// 1–100 or given as a year, a committee outside 1–6, an agenda item that is not a number
/// with an optional single letter.
pub fn render_header_block(lang: Lang, doc: &DocumentToml) -> Result<HeaderBlock, L10nError> {
    let symbol = doc.symbol.clone().ok_or(L10nError::Missing("symbol"))?;
    let distribution = doc.distribution.ok_or(L10nError::Missing("distribution"))?;
    let date = doc.date.ok_or(L10nError::Missing("date"))?;
    let session = doc.session.ok_or(L10nError::Missing("session"))?;
    let items = doc
        .agenda_items
        .iter()
        .flatten()
        .map(|s| {
            s.parse::<AgendaItem>()
                .map_err(|_| L10nError::AgendaItem(s.clone()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut session = vec![session_heading(lang, session)?];
    if !items.is_empty() {
        session.push(agenda_line(lang, &items)?);
    }
    let mut masthead = vec![
        vec![organ_line(lang)],
        vec![
            distribution_label(lang),
            distribution_word(lang, distribution),
        ],
        vec![symbol, format_date(lang, date)],
        session,
        vec![adopted_line(lang, None)],
    ];
    if let Some(report) = &doc.report {
        masthead.push(vec![report_line(lang, doc.committee, report)?]);
    }
    let closing = match &doc.adoption {
        None => Vec::new(),
        Some(a) => {
            let meeting = closing_meeting_line(lang, a.meeting);
            let date = format_date(lang, a.date);
            // Chinese closing lines give the date, then the meeting.
            if lang == Lang::Zh {
                vec![date, meeting]
            } else {
                vec![meeting, date]
            }
        }
    };
    Ok(HeaderBlock { masthead, closing })
}

#[cfg(test)]
mod tests {
    use sixfold_core::{Date, Distribution, Session};

    use super::*;
    use crate::{
        is_distribution_label, is_organ_line, parse_adopted_line, parse_agenda_line,
        parse_closing_meeting_line, parse_date, parse_distribution, parse_report_line,
        parse_session_heading,
    };

    fn doc(session: u16, date: &str, meeting: u32, committee: Option<u8>) -> DocumentToml {
        let text = format!(
            "symbol = \"A/RES/{session}/60\"\ndistribution = \"limited\"\ndate = \"{date}\"\n\
             session = {session}\nagenda_items = [\"101\", \"160 (b)\"]\nreport = \"A/{session}/610\"\n\
             {}original_language = \"en\"\n\n[adoption]\nmeeting = {meeting}\ndate = \"{date}\"\n",
            committee.map_or_else(String::new, |c| format!("committee = {c}\n"))
        );
        DocumentToml::parse(&text, "document.toml").expect("a valid document.toml")
    }

    /// Every line of a rendered block reads back to the value it was rendered from.
    #[test]
    fn every_session_renders_and_parses_back_in_every_language() {
        let dates = ["1946-01-10", "1997-01-28", "2000-02-29", "2024-12-31"];
        for lang in Lang::ALL {
            for n in 1..=100u16 {
                let date_text = dates[usize::from(n) % dates.len()];
                let date: Date = date_text.parse().expect("a date");
                let committee = (n % 7 != 0).then_some(u8::try_from(n % 7).unwrap_or(1));
                let d = doc(n, date_text, u32::from(n) + 7, committee);
                let block = render_header_block(lang, &d).expect("renders");
                let m = &block.masthead;
                assert!(is_organ_line(lang, &m[0][0]), "{lang}: {m:?}");
                assert!(is_distribution_label(lang, &m[1][0]));
                assert_eq!(
                    parse_distribution(lang, &m[1][1]),
                    Some(Distribution::Limited)
                );
                assert_eq!(Some(&m[2][0]), d.symbol.as_ref());
                assert_eq!(parse_date(lang, &m[2][1]), Some(date), "{lang} {}", m[2][1]);
                assert_eq!(
                    parse_session_heading(lang, &m[3][0]),
                    Some(Session::Regular(n))
                );
                assert_eq!(parse_agenda_line(lang, &m[3][1]), Some(d.agenda()));
                assert_eq!(parse_adopted_line(lang, &m[4][0]), Some(None));
                let report = parse_report_line(lang, &m[5][0]).expect("a report line");
                assert_eq!(
                    (report.committee, report.symbol),
                    (committee, d.report.clone().unwrap_or_default())
                );
                let (meeting, day) = if lang == Lang::Zh {
                    (&block.closing[1], &block.closing[0])
                } else {
                    (&block.closing[0], &block.closing[1])
                };
                assert_eq!(
                    parse_closing_meeting_line(lang, meeting),
                    Some(u32::from(n) + 7)
                );
                assert_eq!(parse_date(lang, day), Some(date));
            }
        }
    }

    #[test]
    fn markdown_layout() {
        let block =
            render_header_block(Lang::En, &doc(51, "1997-01-28", 82, Some(3))).expect("renders");
        assert_eq!(
            block.to_markdown(),
            "**General Assembly**\n\nDistr.  \nLIMITED\n\nA/RES/51/60  \n28 January 1997\n\n\
             Fifty-first session  \nAgenda items 101 and 160 (b)\n\n\
             RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY\n\n\
             [on the report of the Third Committee (A/51/610)]\n\n\
             82nd plenary meeting  \n28 January 1997\n"
        );
    }

    #[test]
    fn values_the_resources_cannot_write_are_errors() {
        let mut d = doc(51, "1997-01-28", 82, Some(3));
        d.agenda_items = Some(vec!["101 bis".to_owned()]);
        assert_eq!(
            render_header_block(Lang::Fr, &d),
            Err(L10nError::AgendaItem("101 bis".to_owned()))
        );
        let mut d = doc(51, "1997-01-28", 82, Some(3));
        d.session = Some(Session::Regular(101));
        assert!(render_header_block(Lang::Ru, &d).is_err());
        // A partial document.toml: what the masthead needs and the file leaves out.
        d.session = None;
        assert_eq!(
            render_header_block(Lang::Ru, &d),
            Err(L10nError::Missing("session"))
        );
        d.date = None;
        assert_eq!(
            crate::render_current_block(Lang::Ru, &d),
            Err(L10nError::Missing("date"))
        );
    }
}
