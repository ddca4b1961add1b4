//! Language data for the six official languages, kept as Fluent resources.
//!
//! Every phrase sixfold reads or writes in a UN header (article and annex headings,
//! subparagraph letters, running-header page lines, session ordinals, dates, masthead and
//! closing lines) is a message in `locales/<lang>/*.ftl`, embedded in the binary. The Rust
//! code renders those messages and, to parse, renders them again and inverts the result,
//! so what is parsed is exactly what would be rendered.
//!
//! The same localiser speaks the interface: `cli.ftl` (command-line help, errors, report
//! labels), `check.ftl` (check findings, `check-<code>`, and report summaries with plural
//! selectors) and `export.ftl` (labels of the HTML page and TMX/XLIFF notes), in all six
//! languages with identical ids and variables. [`ui_lang_from_env`] picks the interface
//! language; [`render_header_block`] writes a whole masthead and closing lines.
//!
//! ```
//! use sixfold_core::{Date, Lang, Session};
//! use sixfold_l10n::{article_heading, format_date, parse_article_heading, parse_session_heading};
//!
//! assert_eq!(article_heading(Lang::Fr, 1), "Article premier");
//! assert_eq!(parse_article_heading(Lang::Zh, "#### 第十一条"), Some(11));
//! assert_eq!(parse_session_heading(Lang::Ru, "Пятьдесят первая сессия"), Some(Session::Regular(51)));
//! let date: Date = "1997-01-28".parse().unwrap();
//! assert_eq!(format_date(Lang::Ar, date), "28 كانون الثاني/يناير 1997");
//! ```

pub mod block;
pub mod council;
pub mod current;
pub mod date;
pub mod error;
pub mod lines;
pub mod localizer;
mod memo;
pub mod numerals;
mod parse_tables;
pub mod parse_tables_gen;
pub mod session;
pub mod structure;
mod text;
pub mod ui;

pub use block::{HeaderBlock, render_header_block};
pub use council::{
    is_security_council_line, is_version_language_line, original_line, parse_original_line,
    parse_sc_adopted_line, parse_sc_resolution_line, sc_adopted_line, sc_resolution_line,
    security_council_line,
};
pub use current::render_current_block;
pub use date::{format_date, parse_date};
pub use error::L10nError;
pub use lines::{
    ReportLine, adopted_line, agenda_line, closing_meeting_line, distribution_label,
    distribution_line, distribution_word, is_distribution_label, is_organ_line,
    is_united_nations_line, organ_line, parse_adopted_line, parse_agenda_line,
    parse_closing_meeting_line, parse_distribution, parse_report_line, parse_title_line,
    report_line, title_line,
};
pub use localizer::{Args, Localizer};
pub use memo::ConstantKeyHasher;
pub use numerals::{normalize_digits, parse_chinese_numeral, render_chinese_numeral};
pub use session::{MAX_SESSION, parse_session_heading, session_heading};
pub use structure::{
    annex_heading, article_heading, is_annex_heading, parse_article_heading,
    parse_subparagraph_label, running_header_page, subparagraph_label, subparagraph_letter,
};
pub use text::{
    first_non_ascii, is_bidi_control, is_direction_mark, is_ignorable_mark, is_nfc, matching_form,
    without_paired_bold,
};
pub use ui::{finding_args, finding_message_id, lang_from_locale, ui_lang_from, ui_lang_from_env};
