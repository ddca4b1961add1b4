### English
### Messages of `sixfold check` and the explanations of check findings.
### A finding is explained by `check-<code>`; its variables are the finding's arguments
### (crates/translations/src/check.rs) plus $lang, the code of the rendering's language.
### Whole numbers arrive as numbers, so plural selectors match them. $what is one of
### operative-paragraph, footnote, article, subparagraph or number; $script one of
### Arabic, Han, Cyrillic or Latin. English output shows the finding's own message;
### these English texts are the reference for translators and the fallback.

## Report

# Severity of a finding, as the first column of the text report and in exports.
check-severity =
    { $severity ->
        [error] error
        [warning] warning
       *[info] info
    }
# Heading of a document's report when it has no symbol; $place is where it was read.
check-no-symbol = document without symbol
# Added to a report's heading when the requested pivot has no text in the folder.
check-other-pivot = pivot { $pivot }: there is no { $wanted } rendering
# Last line of a document's report.
check-summary =
    { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $infos ->
        [one] { $infos } info
       *[other] { $infos } infos
    }
# Last line of `check --from` in text: every document's findings added up ($summary is a
# check-summary); the second form when some folders could not be used.
check-total = documents checked: { $documents }; { $summary }
check-total-unusable = documents checked: { $documents }, unusable: { $unusable }; { $summary }

## Findings

check-empty-rendering = the { $lang } rendering { $source } has no content
check-missing-rendering = document.toml declares a { $lang } rendering but there is no { $lang }.md
check-absent-rendering = the folder has no { $lang } rendering ({ $count } of the six languages are here; a document.toml listing the renderings says which to expect)
check-empty-segment = { $lang } segment { $label } has no text
check-missing-paragraph = { $pivot } { $label } (line { $pivot_line }) has no counterpart in { $lang }
check-extra-paragraph = { $lang } { $label } has no counterpart in { $pivot }
check-merged-paragraphs = { $lang } { $segment } merges { $pivot_count } { $pivot } segments ({ $labels }) into { $count ->
        [one] one
       *[other] { $count }
    }
check-split-paragraph = { $lang } splits { $pivot } { $labels } into { $count } segments
check-regrouped-paragraphs = { $lang } regroups { $pivot_count } { $pivot } segments ({ $labels }) into { $count }
# What a numbered label numbers.
check-what =
    { $what ->
        [operative-paragraph] operative paragraph
        [footnote] footnote
        [article] article
        [subparagraph] subparagraph
       *[number] number
    }
check-numbering-gap = { $lang } { check-what } { $number } skips { $missing }
check-numbering-order = { $lang } { check-what } { $number } follows { $previous }
check-numbering-mismatch = { $lang } { $segment } has { $found } where { $pivot } has { $expected }
check-pivot-number-lost = { $lang } { $segment } has no number where { $langs } have { $expected }
check-footnote-count = { $lang } has { $count ->
        [one] { $count } footnote
       *[other] { $count } footnotes
    } where { $pivot } has { $expected }
check-footnote-marker-mismatch = { $lang } { $segment } cites footnotes [{ $found }] where { $pivot } cites [{ $expected }]
check-footnote-missing-text = { $lang } { $segment } cites footnote { $number }, which has no text
check-footnote-unreferenced = { $lang } footnote { $number } is not cited in the text
check-numbers-differ = { $lang } { $segment } numbers differ from { $pivot }: missing [{ $missing }], extra [{ $extra }]
check-symbols-differ = { $lang } { $segment } symbols differ from { $pivot }: missing [{ $missing }], extra [{ $extra }]
check-header-symbol-mismatch = { $lang } masthead: { meta-compared } { $found }, { $reference } says { $expected }
check-header-distribution-mismatch = { $lang } masthead: { meta-compared } { $found }, { $reference } says { $expected }
check-header-date-mismatch = { $lang } masthead: { meta-compared } { $found }, { $reference } says { $expected }
check-header-session-mismatch = { $lang } masthead: { meta-compared } { $found }, { $reference } says { $expected }
check-header-agenda-mismatch = { $lang } masthead: { meta-compared } { $found }, { $reference } says { $expected }
check-header-report-mismatch = { $lang } masthead: { meta-compared } { $found }, { $reference } says { $expected }
check-header-committee-mismatch = { $lang } masthead: { meta-compared } { $found }, { $reference } says { $expected }
check-header-resolution-mismatch = { $lang } masthead: { meta-compared } { $found }, { $reference } says { $expected }
check-header-title-mismatch = { $lang } masthead: { meta-compared } { $found }, { $reference } says { $expected }
check-header-meeting-mismatch = { $lang } masthead: { meta-compared } { $found }, { $reference } says { $expected }
check-header-adopted-mismatch = { $lang } masthead: { meta-compared } { $found }, { $reference } says { $expected }
check-header-unreadable = { $lang } header cannot be compared with document.toml: { $error }
check-untranslated-paragraph = { $lang } { $segment } text is identical to { $pivot }
check-script-name =
    { $script ->
        [Arabic] Arabic
        [Han] Han
        [Cyrillic] Cyrillic
       *[Latin] Latin
    }
check-wrong-script = { $lang } { $segment } text is mostly not in { check-script-name } script (share of letters { $share })
check-control-characters = { $lang } { $segment } holds { $count ->
        [one] { $count } control character
       *[other] { $count } control characters
    } ({ $chars }), which exports remove
check-invisible-characters = { $lang } { $segment } holds { $count ->
        [one] { $count } invisible character
       *[other] { $count } invisible characters
    } ({ $chars }), which exports remove
check-length-ratio = { $lang } { $segment } text is { $ratio } times the length expected from { $pivot }
check-misplaced-paragraph = { $lang } { $segment } text here matches { $pivot } { $label } (line { $pivot_line }), which stands elsewhere: the paragraphs are out of order
