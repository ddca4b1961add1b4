//! The `ids` property: the small parsers of what users type and files carry — structural
//! labels (`op.3.a`), segment ranges of `review.toml` and `sixfold pin` (`pre.9..pre.11`,
//! `@1a2b3c4d`), finding ids of `sixfold accept` (`numbers-differ:fr:op.3~2`), dates,
//! sessions, agenda items and language codes.

use sixfold_core::{AgendaItem, Date, Lang, Session};
use sixfold_review::SegRange;
use sixfold_translations::Label;
use sixfold_translations::finding_id::parse_id;

/// Each parser accepts any text without panicking, and whatever it accepts prints to a
/// form that parses back to the same value (the form `document.toml`, `review.toml` and
/// the exports write, so a written value always reads back). The input is tried whole
/// and line by line, so one input exercises several parsers with different text.
pub fn ids(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    round_trips(&text);
    for line in text.lines() {
        round_trips(line);
    }
}

fn round_trips(text: &str) {
    round_trip::<Label>(text);
    round_trip::<Date>(text);
    round_trip::<Session>(text);
    round_trip::<AgendaItem>(text);
    round_trip::<Lang>(text);
    if let Some(range) = SegRange::parse(text) {
        let printed = range.to_string();
        assert_eq!(
            SegRange::parse(&printed).as_ref(),
            Some(&range),
            "range `{text}` printed as `{printed}`"
        );
    }
    if let Some((code, lang, anchor)) = parse_id(text) {
        let rebuilt = match anchor {
            Some(anchor) => format!("{code}:{}:{anchor}", lang.code()),
            None => format!("{code}:{}", lang.code()),
        };
        assert_eq!(
            parse_id(&rebuilt).map(|(c, l, a)| (c.to_owned(), l, a.map(str::to_owned))),
            Some((code.to_owned(), lang, anchor.map(str::to_owned))),
            "finding id `{text}` rebuilt as `{rebuilt}`"
        );
    }
}

/// `text` parsed, printed and parsed again gives the same value.
fn round_trip<T>(text: &str)
where
    T: std::str::FromStr + std::fmt::Display + PartialEq + std::fmt::Debug,
    T::Err: std::fmt::Display,
{
    if let Ok(value) = text.parse::<T>() {
        let printed = value.to_string();
        match printed.parse::<T>() {
            Ok(again) => assert_eq!(again, value, "`{text}` printed as `{printed}`"),
            Err(e) => panic!("`{text}` printed as `{printed}`, which fails: {e}"),
        }
    }
}
