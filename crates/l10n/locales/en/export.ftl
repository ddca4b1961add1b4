### English
### Labels of the exports written for people: the HTML review page, and the notes of
### TMX and XLIFF files. Placeables hold data (symbols, language codes, numbers): on the
### HTML page in Arabic they are wrapped in bidi isolation marks; nowhere else.
### $confidence and $threshold are numbers already written with two decimals (text).

## HTML review page

export-html-title = { $symbol } — aligned renderings
export-official = Official United Nations text: { $langs }.
export-working = Working translations made for this repository, not official United Nations texts: { $langs }.
export-legend-low = alignment confidence below { $threshold }
export-legend-error = error found by the checks
export-legend-warning = warning
export-legend-info = information
export-legend-gap = no segment in this language
export-legend-control = control character that should not be in the text
export-document-findings = Findings on the whole document
export-column-row = row
export-column-findings = findings
# Kind of an aligned row; $kind is the machine name.
export-kind =
    { $kind ->
        [header] header
        [title] title
        [heading] heading
        [formula] formula
        [item] item
        [footnote] footnote
        [closing] closing
       *[paragraph] paragraph
    }
export-confidence = confidence { $confidence }
# Footnote numbers whose markers were removed from the row; $refs is the list.
export-footnotes = footnotes { $refs }
# One finding: severity word, language code, check code, explanation.
export-finding-item = { $severity } · { $lang } · { $code }: { $message }

## TMX and XLIFF notes

export-note-alignment = alignment: { $reasons }
export-note-official = official United Nations text
export-note-working = working translation made for this repository, not an official United Nations text
export-note-confidence = confidence { $confidence }
export-note-confidence-reasons = confidence { $confidence }: { $reasons }
export-note-footnotes = footnote markers removed from the text: { $refs }
export-note-finding = { $severity }: { $message }
