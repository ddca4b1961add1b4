//! The per-language forms the reader recognises — article and annex headings, subparagraph
//! letters, running-header page lines, closing lines — taken from `sixfold-l10n`, so that
//! what is read is exactly what the localisation crate renders.
//!
//! Each recogniser tries the rendering's declared language first and then the five others:
//! a translator's file is not always labelled correctly, and the forms of different
//! languages do not collide, so accepting them all costs nothing in precision.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use sixfold_core::Lang;

/// Headings and page lines are short; longer lines are body text and are not offered to
/// the (comparatively costly) template matching of the localisation crate.
const MAX_HEADING_CHARS: usize = 48;

/// Counts no further than it must: every line of a text is asked, most of them long.
pub(super) fn short(line: &str) -> bool {
    // A character has at most four bytes.
    line.len() <= MAX_HEADING_CHARS
        || (line.len() <= 4 * MAX_HEADING_CHARS && line.chars().nth(MAX_HEADING_CHARS).is_none())
}

/// The declared language, then the others in UN order.
fn languages(lang: Lang) -> impl Iterator<Item = Lang> {
    std::iter::once(lang).chain(Lang::ALL.into_iter().filter(move |&l| l != lang))
}

/// The lowercase opening shared by the renderings of a numbered form for 2 and 3
/// (`article `, `第`, `стр. `): every rendering of the form starts with it.
fn opening(render: impl Fn(u32) -> String) -> String {
    let (two, three) = (render(2).to_lowercase(), render(3).to_lowercase());
    two.chars()
        .zip(three.chars())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a)
        .collect()
}

/// Lowercase openings of every language's article and annex headings (`article `, `第`,
/// `annexe`), rendered once from the localisation crate. Most lines are not headings, and
/// rejecting them by their opening is far cheaper than asking the template matcher six
/// times per line.
fn heading_openings() -> &'static [String] {
    static OPENINGS: OnceLock<Vec<String>> = OnceLock::new();
    OPENINGS.get_or_init(|| {
        let mut openings = Vec::new();
        for lang in Lang::ALL {
            openings.push(opening(|n| sixfold_l10n::article_heading(lang, n)));
            openings.push(sixfold_l10n::annex_heading(lang).to_lowercase());
        }
        openings.retain(|o| !o.is_empty());
        openings
    })
}

/// Lowercase openings of every language's running-header page line (`page `, `第`).
fn page_openings() -> &'static [String] {
    static OPENINGS: OnceLock<Vec<String>> = OnceLock::new();
    OPENINGS.get_or_init(|| {
        let localizer = sixfold_l10n::Localizer::plain();
        let mut openings: Vec<String> = Lang::ALL
            .into_iter()
            .map(|lang| {
                opening(|n| {
                    let args = sixfold_l10n::Args::new().num("n", n);
                    localizer.format(lang, "page-running-header", &args)
                })
            })
            .collect();
        openings.retain(|o| !o.is_empty());
        openings
    })
}

/// Whether a short line starts with one of `openings`, ignoring Markdown markers and case.
///
/// The line is compared as it would read with its `**` marks removed, leading white
/// space skipped and lowercased, one character at a time and only as far as an opening
/// goes: every short line of a text is asked, and copying and lowercasing each cost more
/// than the comparison. (Lowercasing by character differs from lowercasing the string
/// only for a final capital sigma, and no opening holds a sigma.)
fn opens_with(line: &str, openings: &[String]) -> bool {
    if !short(line) {
        return false;
    }
    let bare = line.trim().trim_start_matches('#');
    openings.iter().any(|o| {
        let mut lowered = lowered_chars(bare);
        o.chars().all(|c| lowered.next() == Some(c))
    })
}

/// The characters of `text` with every `**` removed (left to right, as `str::replace`
/// removes them), leading white space skipped, lowercased.
fn lowered_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut rest = text;
    std::iter::from_fn(move || {
        while let Some(after) = rest.strip_prefix("**") {
            rest = after;
        }
        let c = rest.chars().next()?;
        rest = rest.get(c.len_utf8()..).unwrap_or("");
        Some(c)
    })
    .skip_while(|c| c.is_whitespace())
    .flat_map(char::to_lowercase)
}

/// What a short line turned out to be, remembered per thread: the same headings and page
/// lines recur in every document of a corpus, and the template matching behind them costs
/// far more than a lookup.
#[derive(Debug, Clone, Copy)]
struct Recognised {
    article: Option<u32>,
    annex: bool,
    page: bool,
    /// Asked of short paragraphs only (not of every short line, as the others are), so
    /// it is worked out the first time it is asked.
    meeting: Option<bool>,
}

/// Entries kept before the memo is cleared, so that memory stays bounded on any input.
const MEMO_LIMIT: usize = 4096;

thread_local! {
    /// One map per language (in [`Lang::ALL`] order), keyed by the line, so that a lookup
    /// borrows the line instead of copying it into a key.
    static MEMO: RefCell<[HashMap<String, Recognised>; 6]> = RefCell::new(Default::default());
}

fn lang_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)
}

fn recognise(lang: Lang, line: &str) -> Recognised {
    let index = lang_index(lang);
    if let Some(hit) = MEMO.with(|m| m.borrow()[index].get(line).copied()) {
        return hit;
    }
    let heading = opens_with(line, heading_openings());
    let article = if heading {
        languages(lang).find_map(|l| sixfold_l10n::parse_article_heading(l, line))
    } else {
        None
    };
    let annex = heading
        && article.is_none()
        && languages(lang).any(|l| sixfold_l10n::is_annex_heading(l, line));
    let page = opens_with(line, page_openings())
        && languages(lang).any(|l| sixfold_l10n::running_header_page(l, line).is_some());
    let result = Recognised {
        article,
        annex,
        page,
        meeting: None,
    };
    remember(index, line, result);
    result
}

fn remember(index: usize, line: &str, recognised: Recognised) {
    MEMO.with(|m| {
        let mut memos = m.borrow_mut();
        let memo = &mut memos[index];
        if memo.len() >= MEMO_LIMIT {
            memo.clear();
        }
        memo.insert(line.to_owned(), recognised);
    });
}

/// The article number of a heading line (`Article premier`, `第十一条`, `المادة 7`).
pub(super) fn article_number(lang: Lang, line: &str) -> Option<u32> {
    if short(line) {
        recognise(lang, line).article
    } else {
        None
    }
}

/// Whether a line is an annex heading (`ANNEX`, `ANNEXE II`, `附件`, `المرفق`).
pub(super) fn is_annex_heading(lang: Lang, line: &str) -> bool {
    short(line) && recognise(lang, line).annex
}

/// Whether a line is the page line of a running header (`Page 3`, `Стр. 3`, `第3页`).
pub(super) fn is_page_line(lang: Lang, line: &str) -> bool {
    short(line) && recognise(lang, line).page
}

/// Whether a line names the plenary meeting of the closing lines (`82nd plenary meeting`).
pub(super) fn is_meeting_line(lang: Lang, line: &str) -> bool {
    if !short(line) {
        return false;
    }
    let mut recognised = recognise(lang, line);
    if let Some(meeting) = recognised.meeting {
        return meeting;
    }
    // The meeting number is written in digits in every language.
    let meeting = line.chars().any(char::is_numeric)
        && languages(lang).any(|l| sixfold_l10n::parse_closing_meeting_line(l, line).is_some());
    recognised.meeting = Some(meeting);
    remember(lang_index(lang), line, recognised);
    meeting
}

/// The 0-based position of the subparagraph letter that `label` (the marker without its
/// parentheses or bracket, e.g. `b`, `б`, `ب`) stands for, in the script's UN order.
pub(super) fn subparagraph_position(lang: Lang, text: &str) -> Option<usize> {
    languages(lang)
        .find_map(|l| sixfold_l10n::parse_subparagraph_label(l, text).map(|(position, _)| position))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openings_are_compared_as_the_copied_lowercase_line_was() {
        let copied = |line: &str, openings: &[String]| {
            let bare = line.trim().trim_start_matches('#').replace("**", "");
            let lower = bare.trim_start().to_lowercase();
            short(line) && openings.iter().any(|o| lower.starts_with(o.as_str()))
        };
        for openings in [heading_openings(), page_openings()] {
            assert!(
                openings
                    .iter()
                    .all(|o| !o.contains(['σ', 'ς', 'Σ']) && *o == o.to_lowercase())
            );
            for c in (0u32..0x1_0000).filter_map(char::from_u32) {
                for line in [
                    format!("{c}rticle 7"),
                    format!("Article{c}7"),
                    format!("**{c}**ANNEX"),
                    format!("# *{c}**Page 3"),
                    format!("  {c} Стр. 4"),
                    format!("第{c}条"),
                    format!("***Artículo {c}"),
                ] {
                    assert_eq!(
                        opens_with(&line, openings),
                        copied(&line, openings),
                        "{line:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn forms_of_every_language_are_accepted_whatever_the_declared_one() {
        assert_eq!(article_number(Lang::En, "Article premier"), Some(1));
        assert_eq!(article_number(Lang::Es, "第十一条"), Some(11));
        assert_eq!(article_number(Lang::Ar, "المادة 10"), Some(10));
        assert_eq!(article_number(Lang::En, "Article about crime"), None);
        assert_eq!(article_number(Lang::En, "#### **Article 4**"), Some(4));
        assert!(heading_openings().iter().any(|o| o == "第"));
        assert!(heading_openings().iter().any(|o| o == "artículo "));
        assert!(page_openings().iter().any(|o| o == "стр. "));
        assert!(is_annex_heading(Lang::Fr, "ANNEX"));
        assert!(is_page_line(Lang::Zh, "Стр. 4"));
        assert!(!is_page_line(Lang::En, "Page three"));
        assert!(is_meeting_line(Lang::En, "82e séance plénière"));
        assert_eq!(subparagraph_position(Lang::Ru, "в) текст"), Some(2));
        assert_eq!(subparagraph_position(Lang::Ar, "(د) نص"), Some(3));
        assert_eq!(subparagraph_position(Lang::En, "Member States"), None);
    }
}
