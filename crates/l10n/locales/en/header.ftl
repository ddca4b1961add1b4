### English
### Language data for reading and writing UN document headers. Every phrase sixfold
### recognises in a header lives here; the Rust code only composes and inverts these
### messages, so what it parses is exactly what it would render.
### Variables: $n, $day, $month, $year, $count, $committee and $number are numbers
### (selectors match them); $kind, $category, $items, $head, $last, $symbol, $date,
### $resolution, $title and $numeral (a Roman numeral) are text. A `.variant`
### attribute is an accepted alternative spelling: recognised when parsing, never
### rendered. Every language defines the same messages with the same variables
### (checked by crates/l10n/tests/resources.rs).

## Structure of a resolution

# Heading of an article of an annexed declaration or convention.
heading-article = Article { $n }
# Heading of a single annex; the numbered form carries a Roman numeral.
heading-annex = ANNEX
heading-annex-numbered = ANNEX { $numeral }
# Letter of the $n-th lettered subparagraph (1-based); past the alphabet the number is used.
subparagraph-letter =
    { $n ->
        [1] a
        [2] b
        [3] c
        [4] d
        [5] e
        [6] f
        [7] g
        [8] h
        [9] i
        [10] j
        [11] k
        [12] l
        [13] m
        [14] n
        [15] o
        [16] p
        [17] q
        [18] r
        [19] s
        [20] t
        [21] u
        [22] v
        [23] w
        [24] x
        [25] y
        [26] z
       *[other] { $n }
    }
# The label as printed before a lettered subparagraph.
subparagraph-label = ({ subparagraph-letter })
# Letter of the $n-th sub-item of an agenda item ("Agenda item 160 (a)").
agenda-letter =
    { subparagraph-letter }
# Second line of the running header at the top of a continuation page.
page-running-header = Page { $n }

## Sessions

# Ordinal of session $n (1 to 100) in the form used in headings, without capitals.
session-ordinal =
    { $n ->
        [1] first
        [2] second
        [3] third
        [4] fourth
        [5] fifth
        [6] sixth
        [7] seventh
        [8] eighth
        [9] ninth
        [10] tenth
        [11] eleventh
        [12] twelfth
        [13] thirteenth
        [14] fourteenth
        [15] fifteenth
        [16] sixteenth
        [17] seventeenth
        [18] eighteenth
        [19] nineteenth
        [20] twentieth
        [30] thirtieth
        [40] fortieth
        [50] fiftieth
        [60] sixtieth
        [70] seventieth
        [80] eightieth
        [90] ninetieth
        [100] one hundredth
       *[other]
            { TENS($n) ->
                [2] twenty
                [3] thirty
                [4] forty
                [5] fifty
                [6] sixty
                [7] seventy
                [8] eighty
               *[9] ninety
            }-{ UNITS($n) ->
                [1] first
                [2] second
                [3] third
                [4] fourth
                [5] fifth
                [6] sixth
                [7] seventh
                [8] eighth
               *[9] ninth
            }
    }
# Session heading; $kind is regular, special or emergency.
session-heading =
    { $kind ->
        [special] { CAPITALIZE(session-ordinal) } special session
        [emergency] { CAPITALIZE(session-ordinal) } emergency special session
       *[regular] { CAPITALIZE(session-ordinal) } session
    }

## Dates

# Month $month (1 to 12) as it appears inside a date.
date-month =
    { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
date-full = { $day } { date-month } { $year }

## Masthead and closing lines

# The line above the organ in the current masthead (the emblem's caption).
header-united-nations = United Nations
header-organ = General Assembly
header-distribution-label = Distr.
# Distribution category on its own line; $category is general, limited or restricted.
header-distribution-category =
    { $category ->
       *[general] GENERAL
        [limited] LIMITED
        [restricted] RESTRICTED
    }
# Label and category on one line, as in newer mastheads.
header-distribution-combined =
    { $category ->
       *[general] Distr.: General
        [limited] Distr.: Limited
        [restricted] Distr.: Restricted
    }
# Agenda line; $items is the list of items already joined, $count how many there are.
header-agenda =
    { $count ->
        [1] Agenda item { $items }
       *[other] Agenda items { $items }
    }
header-agenda-subitem = { $number } ({ agenda-letter })
# Joins the last item of a list to the others.
list-and = { $head } and { $last }
list-separator = { ", " }
header-adopted = RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY
header-adopted-dated = Resolution adopted by the General Assembly on { $date }
# Report of Main Committee $committee (1 to 6) on which the resolution was adopted.
header-report =
    { "[" }on the report of the { $committee ->
        [1] First
        [2] Second
        [3] Third
        [4] Fourth
        [5] Fifth
       *[6] Sixth
    } Committee ({ $symbol })]
# Resolution adopted in plenary without reference to a Main Committee.
header-report-plenary = { "[" }without reference to a Main Committee ({ $symbol })]
header-title = { $resolution }. { $title }
# Closing line: the plenary meeting at which the resolution was adopted.
closing-meeting = { $n }{ TENS($n) ->
        [1] th
       *[other] { UNITS($n) ->
                [1] st
                [2] nd
                [3] rd
               *[other] th
            }
    } plenary meeting

## Security Council resolutions, reports and letters

header-organ-security-council = Security Council
# Title line of a Security Council resolution; $number and $year are text (digits).
header-sc-resolution = Resolution { $number } ({ $year })
# The line under it: meeting $n of the Council at which it was adopted, on $date.
header-sc-adopted = Adopted by the Security Council at its { $n }{ TENS($n) ->
        [1] th
       *[other] { UNITS($n) ->
                [1] st
                [2] nd
                [3] rd
               *[other] th
            }
    } meeting, on { $date }
# Original language of a document; $language is a language code (ar, zh, en, fr, ru, es).
header-original =
    Original: { $language ->
        [ar] Arabic
        [zh] Chinese
        [fr] French
        [ru] Russian
        [es] Spanish
       *[en] English
    }
# The language of this version, alone on a masthead line above the original language.
header-version-language = English
