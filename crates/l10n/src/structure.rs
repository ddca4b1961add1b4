//! Structural markers inside a rendering: article and annex headings, lettered
//! subparagraph labels and the page line of running headers.
//!
//! Each parser renders the corresponding message and compares, so a form is recognised
//! exactly when the resources would write it (or list it as a `.variant`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use fluent_bundle::FluentValue;
use fluent_bundle::types::FluentNumberOptions;
use sixfold_core::Lang;

use crate::localizer::{Args, Localizer};
use crate::memo::{ConstantKeys, SharedMemo};
use crate::parse_tables_gen::Texts;
use crate::text::{Template, fold, number_candidates, placeholder};

/// Attribute holding an accepted alternative spelling of a message.
pub(crate) const VARIANT: &str = "variant";

/// The rendered forms of a message (value, then `.variant` if the language has one).
pub(crate) fn forms(lang: Lang, id: &str, args: &Args<'_>) -> Vec<String> {
    let l = Localizer::plain();
    let mut out = vec![l.format(lang, id, args)];
    out.extend(l.format_attribute(lang, id, VARIANT, args));
    out
}

/// Entries [`folded_forms`] and [`templates`] keep before they start over, which bounds
/// their memory on a corpus of any size (a few megabytes).
const FOLDED_CAPACITY: usize = 1 << 15;

/// Folded forms by language, message and arguments: the masthead and closing-line parsers
/// try every run of words of a short line against the same few messages, and rendering and
/// folding a message costs far more than looking it up.
static FOLDED: SharedMemo<String, Arc<[String]>> = SharedMemo::new(FOLDED_CAPACITY);

/// [`forms`] of `id` with `args`, each [`fold`]ed, rendered once per process.
pub(crate) fn folded_forms(lang: Lang, id: &str, args: &Args<'_>) -> Arc<[String]> {
    FOLDED.get_or_make(memo_key(lang, id, args).as_str(), || {
        forms(lang, id, args).iter().map(|f| fold(f)).collect()
    })
}

/// Templates by language, message and arguments, for the same reason as [`FOLDED`].
static TEMPLATES: SharedMemo<String, Arc<[Template]>> = SharedMemo::new(FOLDED_CAPACITY);

/// A [`Template`] of every form of `id` rendered with `args` (placeholders for the text
/// values), built once per process.
pub(crate) fn templates(lang: Lang, id: &str, args: &Args<'_>) -> Arc<[Template]> {
    TEMPLATES.get_or_make(memo_key(lang, id, args).as_str(), || {
        forms(lang, id, args)
            .iter()
            .map(|f| Template::new(f))
            .collect()
    })
}

/// The message's value alone (no variants) rendered with `args` and [`fold`]ed, for the
/// parsers that compare with one form; remembered like [`FOLDED`].
static FOLDED_VALUES: SharedMemo<String, Arc<str>> = SharedMemo::new(FOLDED_CAPACITY);

/// `fold(&format(lang, id, args))`, rendered once per process.
pub(crate) fn folded_value(lang: Lang, id: &str, args: &Args<'_>) -> Arc<str> {
    FOLDED_VALUES.get_or_make(memo_key(lang, id, args).as_str(), || {
        fold(&Localizer::plain().format(lang, id, args)).into()
    })
}

/// A message with no argument or one text argument whose name and value are known at
/// compile time (`header-organ`, `header-original` with `language = "fr"`): such
/// renderings are keyed by the pieces themselves, without building a text key.
pub(crate) type FixedMessage = (Lang, &'static str, Option<(&'static str, &'static str)>);

fn fixed_args(arg: Option<(&'static str, &'static str)>) -> Args<'static> {
    match arg {
        Some((name, value)) => Args::new().text(name, value),
        None => Args::new(),
    }
}

// Keys spelled out in the code: the cheap hash does.
static FIXED_FORMS: SharedMemo<FixedMessage, Arc<[String]>, ConstantKeys> =
    SharedMemo::new(FOLDED_CAPACITY);
static FIXED_VALUES: SharedMemo<FixedMessage, Arc<str>, ConstantKeys> =
    SharedMemo::new(FOLDED_CAPACITY);

/// [`folded_forms`] of a [`FixedMessage`].
pub(crate) fn fixed_folded_forms(message: FixedMessage) -> Arc<[String]> {
    FIXED_FORMS.get_or_make(&message, || {
        let (lang, id, arg) = message;
        folded_forms(lang, id, &fixed_args(arg))
    })
}

/// [`folded_value`] of a [`FixedMessage`].
pub(crate) fn fixed_folded_value(message: FixedMessage) -> Arc<str> {
    FIXED_VALUES.get_or_make(&message, || {
        let (lang, id, arg) = message;
        folded_value(lang, id, &fixed_args(arg))
    })
}

/// What identifies a rendering: language, message id and every argument's value.
fn memo_key(lang: Lang, id: &str, args: &Args<'_>) -> String {
    use std::fmt::Write as _;
    // Built by pushing the pieces: the formatting machinery cost as much as the lookup
    // the key is for (every masthead run asks a dozen parsers, each looking up forms).
    let mut key = String::with_capacity(32);
    key.push_str(lang.code());
    key.push('\u{1}');
    key.push_str(id);
    for (name, value) in args.iter() {
        key.push('\u{1}');
        key.push_str(name);
        // Debug-printing a number with its options costs as much as rendering it.
        let _ = match value {
            FluentValue::Number(n) if n.options == FluentNumberOptions::default() => {
                write!(key, "#{}", n.value)
            }
            FluentValue::String(s) => {
                key.push('\u{2}');
                key.push_str(s);
                Ok(())
            }
            other => write!(key, "={other:?}"),
        };
    }
    key
}

/// The forms of a numbered message for n = 1..=limit, rendered once.
#[derive(Debug, Default)]
pub(crate) struct NumberedForms {
    /// Folded form → number. Word forms ("Article premier", "Cinquante et unième
    /// session") are only found here.
    pub(crate) table: HashMap<String, u32>,
    /// Length in characters of the longest form, so that long lines (body paragraphs)
    /// are rejected before anything is rendered.
    pub(crate) max_chars: usize,
}

/// Extra characters a form for a number above the table may have: a `u32` has at most
/// ten digits and a Chinese numeral up to 9999 at most seven characters, against at
/// least one in the table.
const LONGER_NUMBER: usize = 9;

/// Characters a raw line may carry beyond its folded form: Markdown markers, bold
/// markers and surrounding spaces.
const MARKUP_CHARS: usize = 16;

/// [`NumberedForms`] of `id`, built once per message, variable and language.
pub(crate) fn numbered_forms(
    lang: Lang,
    id: &'static str,
    var: &'static str,
    limit: u32,
) -> Arc<NumberedForms> {
    type Cache = Mutex<HashMap<(Lang, &'static str, &'static str), Arc<NumberedForms>>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Cache::default);
    let key = (lang, id, var);
    if let Some(forms) = cache.lock().ok().and_then(|c| c.get(&key).cloned()) {
        return forms;
    }
    let mut built = NumberedForms::default();
    for n in (1..=limit.max(1)).rev() {
        for form in forms(lang, id, &Args::new().num(var, n)) {
            let folded = fold(&form);
            built.max_chars = built.max_chars.max(folded.chars().count());
            // Rendering downwards lets the smallest number win if two render alike.
            if n <= limit {
                built.table.insert(folded, n);
            }
        }
    }
    let built = Arc::new(built);
    if let Ok(mut c) = cache.lock() {
        c.insert(key, Arc::clone(&built));
    }
    built
}

/// The numbered messages whose [`NumberedForms`] `cargo xtask tables` writes into
/// [`crate::parse_tables::NUMBERED`] (message, variable, limit), so that no process renders
/// them at start-up; any other is rendered on first use.
pub(crate) const WRITTEN_NUMBERED: [(&str, &str, u32); 3] = [
    ("heading-article", "n", ARTICLE_TABLE),
    ("page-running-header", "n", PAGE_TABLE),
    ("closing-meeting", "n", crate::lines::MEETING_TABLE),
];

/// [`NumberedForms`] as written into the source: per language, the folded forms sorted
/// with their numbers, and the longest form's length in characters.
#[derive(Debug)]
pub(crate) struct WrittenNumbered {
    pub(crate) id: &'static str,
    pub(crate) var: &'static str,
    pub(crate) limit: u32,
    pub(crate) forms: [(Texts, &'static [u32], usize); 6],
}

/// The forms of a numbered message, written (sorted forms, their numbers, the longest
/// form's length) or rendered.
enum Known {
    Written(Texts, &'static [u32], usize),
    Rendered(Arc<NumberedForms>),
}

impl Known {
    fn of(lang: Lang, id: &'static str, var: &'static str, limit: u32) -> Known {
        let written = crate::parse_tables::NUMBERED
            .iter()
            .find(|w| (w.id, w.var, w.limit) == (id, var, limit))
            .and_then(|w| w.forms.get(lang.index()));
        match written {
            Some(&(forms, numbers, max_chars)) => Known::Written(forms, numbers, max_chars),
            None => Known::Rendered(numbered_forms(lang, id, var, limit)),
        }
    }

    fn max_chars(&self) -> usize {
        match self {
            Known::Written(_, _, max_chars) => *max_chars,
            Known::Rendered(forms) => forms.max_chars,
        }
    }

    fn get(&self, folded: &str) -> Option<u32> {
        match self {
            Known::Written(forms, numbers, _) => {
                forms.position(folded).and_then(|k| numbers.get(k).copied())
            }
            Known::Rendered(forms) => forms.table.get(folded).copied(),
        }
    }
}

/// Parses a line that is message `id` rendered with number `var`: first with every number
/// written in the line (digits or Chinese numerals), then against the table of 1..=limit.
pub(crate) fn parse_numbered(
    lang: Lang,
    id: &'static str,
    var: &'static str,
    limit: u32,
    line: &str,
) -> Option<u32> {
    let known = Known::of(lang, id, var, limit);
    let longest = known.max_chars() + LONGER_NUMBER;
    if line.chars().count() > longest + MARKUP_CHARS {
        return None;
    }
    let target = fold(line);
    if target.is_empty() || target.chars().count() > longest {
        return None;
    }
    if let Some(n) = known.get(&target) {
        return Some(n);
    }
    number_candidates(&target)
        .into_iter()
        .find(|&n| folded_forms(lang, id, &Args::new().num(var, n)).contains(&target))
}

/// Article numbers whose word forms are looked up by rendering; higher numbers are
/// recognised from the digits or Chinese numerals in the line.
pub(crate) const ARTICLE_TABLE: u32 = 100;

/// The heading of article `n` ("Article 7", "Article premier", "第七条", "المادة 7").
/// Chinese numerals are written up to 9999; beyond that the Chinese heading shows
/// Fluent's error marker `HANZI()`, as no UN instrument has that many articles.
#[must_use]
pub fn article_heading(lang: Lang, n: u32) -> String {
    Localizer::plain().format(lang, "heading-article", &Args::new().num("n", n))
}

/// The article number of a heading line, tolerating Markdown markers (`#### `), bold and
/// surrounding whitespace; in Chinese both 第十一条 and 第11条 are read.
#[must_use]
pub fn parse_article_heading(lang: Lang, line: &str) -> Option<u32> {
    parse_numbered(lang, "heading-article", "n", ARTICLE_TABLE, line)
}

/// The heading of a single annex ("ANNEX", "ANNEXE", "附件").
#[must_use]
pub fn annex_heading(lang: Lang) -> String {
    Localizer::plain().format(lang, "heading-annex", &Args::new())
}

/// What an annex heading looks like in one language: the bare heading (folded) and the
/// numbered heading as a template with the numeral as its hole.
struct AnnexForms {
    bare: String,
    numbered: Template,
    /// Longest plausible heading in characters ("ANNEX XVIII" and markup).
    max_chars: usize,
}

fn annex_forms(lang: Lang) -> Option<&'static AnnexForms> {
    static FORMS: OnceLock<Vec<AnnexForms>> = OnceLock::new();
    let all = FORMS.get_or_init(|| {
        Lang::ALL
            .into_iter()
            .map(|lang| {
                let bare = fold(&annex_heading(lang));
                let rendered = Localizer::plain().format(
                    lang,
                    "heading-annex-numbered",
                    &Args::new().text("numeral", placeholder(0)),
                );
                let max_chars = fold(&rendered).chars().count() + MARKUP_CHARS + 12;
                AnnexForms {
                    bare,
                    numbered: Template::new(&rendered),
                    max_chars,
                }
            })
            .collect()
    });
    all.get(lang.index())
}

/// Whether a line is an annex heading, alone or with a Roman numeral ("ANNEX II"),
/// in any letter case.
#[must_use]
pub fn is_annex_heading(lang: Lang, line: &str) -> bool {
    let Some(forms) = annex_forms(lang) else {
        return false;
    };
    if line.chars().count() > forms.max_chars {
        return false;
    }
    if fold(line) == forms.bare {
        return true;
    }
    forms
        .numbered
        .match_line(line)
        .and_then(|holes| holes.into_iter().next())
        .is_some_and(|numeral| is_roman_numeral(&numeral))
}

fn is_roman_numeral(text: &str) -> bool {
    !text.is_empty()
        && text.chars().all(|c| {
            matches!(
                c.to_ascii_uppercase(),
                'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'
            )
        })
}

/// Letter of the lettered subparagraph at 0-based `position` ("a", "б", "ج"). Past the end
/// of the alphabet the resources give the number instead.
#[must_use]
pub fn subparagraph_letter(lang: Lang, position: usize) -> String {
    Localizer::plain().format(
        lang,
        "subparagraph-letter",
        &Args::new().num("n", position_number(position)),
    )
}

/// The full label of the subparagraph at 0-based `position` ("(a)", "a)", "а)", "(أ)").
#[must_use]
pub fn subparagraph_label(lang: Lang, position: usize) -> String {
    Localizer::plain().format(
        lang,
        "subparagraph-label",
        &Args::new().num("n", position_number(position)),
    )
}

fn position_number(position: usize) -> u32 {
    u32::try_from(position).map_or(u32::MAX, |p| p.saturating_add(1))
}

/// Labels tried when reading: no alphabet used in UN texts has more letters than this.
const MAX_LETTERS: usize = 40;

/// Every label form of every letter in `lang`, rendered, longest first so that no label is
/// mistaken for a prefix of a longer one. `cargo xtask tables` writes it into
/// [`crate::parse_tables::SUBPARAGRAPH_LABELS`], which the parser reads (a test checks the
/// two agree).
pub(crate) fn rendered_label_table(lang: Lang) -> Vec<(String, usize)> {
    let mut labels = Vec::new();
    for position in 0..MAX_LETTERS {
        let letter = subparagraph_letter(lang, position);
        // Past the alphabet the letter is a number, which is not a label.
        if letter.is_empty() || letter.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let args = Args::new().num("n", position_number(position));
        for form in forms(lang, "subparagraph-label", &args) {
            labels.push((form, position));
        }
    }
    labels.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
    labels
}

/// Reads the label at the very start of `text` ("(b) Take…", "б) принимать…").
/// Returns the 0-based position of the letter and the byte length of the label together
/// with the whitespace after it, so the caller can cut it off.
#[must_use]
pub fn parse_subparagraph_label(lang: Lang, text: &str) -> Option<(usize, usize)> {
    let (labels, positions) = crate::parse_tables::SUBPARAGRAPH_LABELS.get(lang.index())?;
    let (k, label) = labels
        .iter()
        .enumerate()
        .find(|(_, label)| text.starts_with(label))?;
    let position = positions.get(k)?;
    let rest = &text[label.len()..];
    let spaces = rest.len() - rest.trim_start().len();
    Some((*position, label.len() + spaces))
}

/// Page numbers a running header can carry; enough for any resolution.
pub(crate) const PAGE_TABLE: u32 = 100;

/// The page number of the second line of a running header ("Page 3", "Стр. 3", "第3页",
/// "الصفحة 3"); `None` for any other line.
#[must_use]
pub fn running_header_page(lang: Lang, line: &str) -> Option<u32> {
    parse_numbered(lang, "page-running-header", "n", PAGE_TABLE, line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_headings_in_six_languages() {
        let cases = [
            (Lang::En, 7, "Article 7"),
            (Lang::Fr, 1, "Article premier"),
            (Lang::Fr, 2, "Article 2"),
            (Lang::Es, 1, "Artículo 1"),
            (Lang::Ru, 1, "Статья 1"),
            (Lang::Zh, 1, "第一条"),
            (Lang::Zh, 11, "第十一条"),
            (Lang::Ar, 1, "المادة 1"),
        ];
        for (lang, n, text) in cases {
            assert_eq!(article_heading(lang, n), text);
            assert_eq!(parse_article_heading(lang, text), Some(n), "{text}");
        }
    }

    #[test]
    fn article_headings_tolerate_markup_and_alternatives() {
        assert_eq!(parse_article_heading(Lang::En, "#### Article 7  "), Some(7));
        assert_eq!(
            parse_article_heading(Lang::En, "  **Article 12**"),
            Some(12)
        );
        assert_eq!(parse_article_heading(Lang::Zh, "第1条"), Some(1));
        assert_eq!(parse_article_heading(Lang::Zh, "#### 第二十三条"), Some(23));
        assert_eq!(parse_article_heading(Lang::Fr, "ARTICLE PREMIER"), Some(1));
        assert_eq!(parse_article_heading(Lang::Fr, "Article 1"), Some(1));
        assert_eq!(parse_article_heading(Lang::Ar, "المادة ٧"), Some(7));
        assert_eq!(
            parse_article_heading(Lang::En, "Article 7 of the Charter"),
            None
        );
        assert_eq!(parse_article_heading(Lang::En, "Article"), None);
        assert_eq!(parse_article_heading(Lang::Es, "Article 7"), None);
    }

    #[test]
    fn chinese_article_numbers_stop_at_9999() {
        assert_eq!(article_heading(Lang::Zh, 9999), "第九千九百九十九条");
        let beyond = article_heading(Lang::Zh, 10_000);
        assert!(beyond.contains("HANZI()"), "{beyond}");
    }

    #[test]
    fn article_headings_round_trip() {
        for lang in Lang::ALL {
            for n in 1..=300 {
                let text = article_heading(lang, n);
                assert_eq!(parse_article_heading(lang, &text), Some(n), "{lang} {text}");
            }
        }
    }

    #[test]
    fn annex_headings() {
        let words = [
            (Lang::En, "ANNEX"),
            (Lang::Fr, "ANNEXE"),
            (Lang::Es, "ANEXO"),
            (Lang::Ru, "ПРИЛОЖЕНИЕ"),
            (Lang::Zh, "附件"),
            (Lang::Ar, "المرفق"),
        ];
        for (lang, word) in words {
            assert_eq!(annex_heading(lang), word);
            assert!(is_annex_heading(lang, word));
            assert!(is_annex_heading(lang, &format!("#### {word} II")));
            assert!(is_annex_heading(lang, &word.to_lowercase()));
            assert!(!is_annex_heading(lang, &format!("{word} to the report")));
        }
        assert!(is_annex_heading(Lang::En, "Annex iv"));
        assert!(!is_annex_heading(Lang::Fr, "ANNEX"));
    }

    #[test]
    fn subparagraph_labels_per_script() {
        assert_eq!(subparagraph_label(Lang::En, 0), "(a)");
        assert_eq!(subparagraph_label(Lang::Fr, 1), "b)");
        assert_eq!(subparagraph_label(Lang::Ru, 2), "в)");
        assert_eq!(subparagraph_label(Lang::Zh, 3), "(d)");
        assert_eq!(subparagraph_label(Lang::Ar, 2), "(ج)");
        assert_eq!(subparagraph_letter(Lang::Ru, 8), "и");
        assert_eq!(subparagraph_letter(Lang::Ru, 9), "к");
        assert_eq!(subparagraph_letter(Lang::En, 26), "27");

        assert_eq!(parse_subparagraph_label(Lang::En, "(b) Take"), Some((1, 4)));
        assert_eq!(
            parse_subparagraph_label(Lang::Fr, "d) Prendre"),
            Some((3, 3))
        );
        assert_eq!(
            parse_subparagraph_label(Lang::Ru, "б) принимать"),
            Some((1, 4))
        );
        assert_eq!(
            parse_subparagraph_label(Lang::Ar, "(أ) تعزيز"),
            Some((0, 5))
        );
        assert_eq!(parse_subparagraph_label(Lang::Zh, "(c)采取"), Some((2, 3)));
        assert_eq!(
            parse_subparagraph_label(Lang::Zh, "（c） 采取"),
            Some((2, 8))
        );
        // A Latin "a)" is not a Russian label, and a number is not a letter.
        assert_eq!(parse_subparagraph_label(Lang::Ru, "a) text"), None);
        assert_eq!(parse_subparagraph_label(Lang::En, "(27) text"), None);
        assert_eq!(parse_subparagraph_label(Lang::En, "Member States"), None);
    }

    #[test]
    fn subparagraph_labels_round_trip() {
        for lang in Lang::ALL {
            for position in 0..26 {
                let label = subparagraph_label(lang, position);
                let text = format!("{label} text");
                assert_eq!(
                    parse_subparagraph_label(lang, &text),
                    Some((position, label.len() + 1)),
                    "{lang} {label}"
                );
            }
        }
    }

    #[test]
    fn running_header_pages() {
        let cases = [
            (Lang::En, "Page 3"),
            (Lang::Fr, "Page 3"),
            (Lang::Es, "Página 3"),
            (Lang::Ru, "Стр. 3"),
            (Lang::Zh, "第3页"),
            (Lang::Ar, "الصفحة 3"),
        ];
        for (lang, line) in cases {
            assert_eq!(running_header_page(lang, line), Some(3), "{line}");
            assert_eq!(running_header_page(lang, &format!("  {line}  ")), Some(3));
        }
        assert_eq!(running_header_page(Lang::Ar, "الصفحة ١٢"), Some(12));
        assert_eq!(running_header_page(Lang::Es, "Page 3"), None);
        assert_eq!(running_header_page(Lang::En, "A/RES/51/60"), None);
    }
}
