//! Every parser reads untrusted text: whatever it is given, it answers without panicking,
//! and the label lengths it returns can be used to slice the input.

use proptest::prelude::*;
use sixfold_core::Lang;
use sixfold_l10n as l10n;

/// Text mixing the scripts and symbols header lines are made of.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[#* ]{0,5}[A-Za-zÀ-ÿА-я0-9٠-٩０-９一二三十百千第条届会议页年月日أبج ()/.:،-]{0,40}",
    ]
}

fn lang() -> impl Strategy<Value = Lang> {
    prop::sample::select(Lang::ALL.to_vec())
}

proptest! {
    #[test]
    fn parsers_never_panic(lang in lang(), text in line()) {
        let _ = l10n::parse_article_heading(lang, &text);
        let _ = l10n::is_annex_heading(lang, &text);
        let _ = l10n::running_header_page(lang, &text);
        let _ = l10n::parse_session_heading(lang, &text);
        let _ = l10n::parse_date(lang, &text);
        let _ = l10n::parse_distribution(lang, &text);
        let _ = l10n::parse_agenda_line(lang, &text);
        let _ = l10n::parse_adopted_line(lang, &text);
        let _ = l10n::parse_report_line(lang, &text);
        let _ = l10n::parse_title_line(lang, &text);
        let _ = l10n::parse_closing_meeting_line(lang, &text);
        let _ = l10n::parse_chinese_numeral(&text);
        let _ = l10n::normalize_digits(&text);
    }

    #[test]
    fn label_lengths_cut_at_char_boundaries(lang in lang(), position in 0usize..30, rest in line()) {
        let text = format!("{}{rest}", l10n::subparagraph_label(lang, position));
        if let Some((_, len)) = l10n::parse_subparagraph_label(lang, &text) {
            prop_assert!(text.is_char_boundary(len));
        }
        if let Some((_, len)) = l10n::parse_subparagraph_label(lang, &rest) {
            prop_assert!(rest.is_char_boundary(len));
        }
    }

    #[test]
    fn articles_round_trip_with_markup(lang in lang(), n in 1u32..10_000, hashes in 0usize..5) {
        let line = format!("{} {}  ", "#".repeat(hashes), l10n::article_heading(lang, n));
        prop_assert_eq!(l10n::parse_article_heading(lang, &line), Some(n));
    }
}
