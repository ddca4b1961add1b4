//! The masthead of today's layout rendered from `document.toml`: what
//! `sixfold meta <DIR> --render --lang <L>` prints by default ("United Nations" / symbol /
//! organ / "Distr.: General" and date / session, agenda items / "Resolution adopted by the
//! General Assembly on <date>" / report line), and for a Security Council resolution its
//! title and adopted line ("Resolution 2202 (2015)" / "Adopted by the Security Council at
//! its 7384th meeting, on 17 February 2015"). [`crate::render_header_block`] writes the
//! 1990s layout of the bundled A/RES/51/60.
//!
//! Every line comes from a message the masthead reader inverts, so a rendered block reads
//! back to the metadata it came from (see the round-trip test in the reader's crate).

use sixfold_core::{AgendaItem, DocumentToml, Lang, Symbol};

use crate::block::HeaderBlock;
use crate::error::L10nError;
use crate::localizer::{Args, Localizer};
use crate::{
    adopted_line, agenda_line, closing_meeting_line, distribution_line, format_date, organ_line,
    original_line, report_line, sc_adopted_line, sc_resolution_line, security_council_line,
    session_heading,
};

/// Resolution number and year of a Council resolution symbol (`S/RES/2202 (2015)`).
fn council_resolution(symbol: &Symbol) -> Option<(u32, u16)> {
    if symbol.series() != "S" {
        return None;
    }
    let resolution = symbol.resolution()?;
    let (number, year) = resolution.split_once('(')?;
    let number = number.trim().parse().ok()?;
    let year = year.strip_suffix(')')?.trim().parse().ok()?;
    Some((number, year))
}

/// Renders the current-layout masthead and closing lines of `doc` in `lang`.
///
/// # Errors
/// When a value cannot be written with the resources: a session outside 1–100, a
/// committee outside 1–6, an agenda item that is not a number with an optional letter.
pub fn render_current_block(lang: Lang, doc: &DocumentToml) -> Result<HeaderBlock, L10nError> {
    let text = doc.symbol.clone().ok_or(L10nError::Missing("symbol"))?;
    let distribution = doc.distribution.ok_or(L10nError::Missing("distribution"))?;
    let date = doc.date.ok_or(L10nError::Missing("date"))?;
    let symbol: Option<Symbol> = text.parse().ok();
    let council = symbol.as_ref().and_then(council_resolution);
    let organ = match symbol.as_ref().map(Symbol::series) {
        Some("S") => security_council_line(lang),
        Some("A") | None => organ_line(lang),
        Some(_) => symbol
            .as_ref()
            .and_then(Symbol::organ)
            .map_or_else(|| organ_line(lang), |o| o.name(lang).to_owned()),
    };
    let united_nations = Localizer::plain().format(lang, "header-united-nations", &Args::new());
    let mut masthead = vec![
        vec![united_nations],
        vec![text],
        vec![organ],
        vec![
            distribution_line(lang, distribution),
            format_date(lang, date),
        ],
    ];
    let resolution = doc.resolution.is_some() || council.is_some();
    if let Some(original) = doc.original_language.filter(|_| !resolution) {
        masthead.push(vec![original_line(lang, original)]);
    }
    // Council documents carry the year in their symbol and print no session line.
    if symbol.as_ref().is_none_or(|s| s.series() != "S") {
        let items = doc
            .agenda_items
            .iter()
            .flatten()
            .map(|s| {
                s.parse::<AgendaItem>()
                    .map_err(|_| L10nError::AgendaItem(s.clone()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let session = doc.session.ok_or(L10nError::Missing("session"))?;
        let mut session = vec![session_heading(lang, session)?];
        if !items.is_empty() {
            session.push(agenda_line(lang, &items)?);
        }
        masthead.push(session);
    }
    let mut closing = Vec::new();
    if let Some((number, year)) = council {
        masthead.push(vec![sc_resolution_line(lang, number, year)]);
        if let Some(a) = &doc.adoption {
            masthead.push(vec![sc_adopted_line(lang, a.meeting, a.date)]);
        }
    } else if resolution {
        masthead.push(vec![adopted_line(
            lang,
            doc.adoption.as_ref().map(|a| a.date),
        )]);
        if let Some(report) = &doc.report {
            masthead.push(vec![report_line(lang, doc.committee, report)?]);
        }
        if let Some(a) = &doc.adoption {
            let meeting = closing_meeting_line(lang, a.meeting);
            let date = format_date(lang, a.date);
            // Chinese closing lines give the date, then the meeting.
            closing = if lang == Lang::Zh {
                vec![date, meeting]
            } else {
                vec![meeting, date]
            };
        }
    }
    Ok(HeaderBlock { masthead, closing })
}

impl HeaderBlock {
    /// The block as Markdown without the bold organ of the 1990s layout: lines of one
    /// block joined by a hard break (two spaces), blocks by a blank line, the closing
    /// lines last.
    #[must_use]
    pub fn to_plain_markdown(&self) -> String {
        let mut blocks: Vec<String> = self.masthead.iter().map(|b| b.join("  \n")).collect();
        if !self.closing.is_empty() {
            blocks.push(self.closing.join("  \n"));
        }
        let mut out = blocks.join("\n\n");
        out.push('\n');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GA: &str = "symbol = \"A/RES/80/2\"\ndistribution = \"general\"\ndate = \"2025-10-15\"\n\
        session = 80\nagenda_items = [\"140\"]\nreport = \"A/80/401\"\ncommittee = 5\n\
        resolution = \"80/2\"\noriginal_language = \"en\"\n\n[adoption]\nmeeting = 18\n\
        date = \"2025-10-14\"\n";

    const SC: &str = "symbol = \"S/RES/2202 (2015)\"\ndistribution = \"general\"\n\
        date = \"2015-02-17\"\nsession = 2015\nresolution = \"2202 (2015)\"\n\
        original_language = \"en\"\n\n[adoption]\nmeeting = 7384\ndate = \"2015-02-17\"\n";

    #[test]
    fn current_layout_of_a_general_assembly_resolution() {
        let doc = DocumentToml::parse(GA, "document.toml").unwrap();
        let block = render_current_block(Lang::En, &doc).unwrap();
        assert_eq!(
            block.to_plain_markdown(),
            "United Nations\n\nA/RES/80/2\n\nGeneral Assembly\n\nDistr.: General  \n\
             15 October 2025\n\nEightieth session  \nAgenda item 140\n\n\
             Resolution adopted by the General Assembly on 14 October 2025\n\n\
             [on the report of the Fifth Committee (A/80/401)]\n\n\
             18th plenary meeting  \n14 October 2025\n"
        );
    }

    #[test]
    fn current_layout_of_a_council_resolution() {
        let doc = DocumentToml::parse(SC, "document.toml").unwrap();
        let block = render_current_block(Lang::Fr, &doc).unwrap();
        assert_eq!(
            block.masthead,
            [
                vec!["Nations Unies".to_owned()],
                vec!["S/RES/2202 (2015)".to_owned()],
                vec!["Conseil de sécurité".to_owned()],
                vec!["Distr. générale".to_owned(), "17 février 2015".to_owned()],
                vec!["Résolution 2202 (2015)".to_owned()],
                vec![
                    "Adoptée par le Conseil de sécurité à sa 7384e séance, le 17 février 2015"
                        .to_owned()
                ],
            ]
        );
        assert!(block.closing.is_empty());
    }
}
