### Spanish
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
heading-article = Artículo { $n }
# Heading of a single annex; the numbered form carries a Roman numeral.
heading-annex = ANEXO
heading-annex-numbered = ANEXO { $numeral }
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
subparagraph-label = { subparagraph-letter })
# Letter of the $n-th sub-item of an agenda item ("Agenda item 160 (a)").
agenda-letter =
    { subparagraph-letter }
# Second line of the running header at the top of a continuation page.
page-running-header = Página { $n }

## Sessions

# Ordinal of session $n (1 to 100) in the form used in headings, without capitals.
session-ordinal =
    { $n ->
        [1] primer
        [2] segundo
        [3] tercer
        [4] cuarto
        [5] quinto
        [6] sexto
        [7] séptimo
        [8] octavo
        [9] noveno
        [10] décimo
        [11] undécimo
        [12] duodécimo
        [13] decimotercer
        [14] decimocuarto
        [15] decimoquinto
        [16] decimosexto
        [17] decimoséptimo
        [18] decimoctavo
        [19] decimonoveno
        [20] vigésimo
        [30] trigésimo
        [40] cuadragésimo
        [50] quincuagésimo
        [60] sexagésimo
        [70] septuagésimo
        [80] octogésimo
        [90] nonagésimo
        [100] centésimo
       *[other]
            { TENS($n) ->
                [2] vigésimo
                [3] trigésimo
                [4] cuadragésimo
                [5] quincuagésimo
                [6] sexagésimo
                [7] septuagésimo
                [8] octogésimo
               *[9] nonagésimo
            } { UNITS($n) ->
                [1] primer
                [2] segundo
                [3] tercer
                [4] cuarto
                [5] quinto
                [6] sexto
                [7] séptimo
                [8] octavo
               *[9] noveno
            }
    }
# Session heading; $kind is regular, special or emergency.
session-heading =
    { $kind ->
        [special] { CAPITALIZE(session-ordinal) } período extraordinario de sesiones
        [emergency] { CAPITALIZE(session-ordinal) } período extraordinario de sesiones de emergencia
       *[regular] { CAPITALIZE(session-ordinal) } período de sesiones
    }

## Dates

# Month $month (1 to 12) as it appears inside a date.
date-month =
    { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    }
date-full = { $day } de { date-month } de { $year }

## Masthead and closing lines

# The line above the organ in the current masthead (the emblem's caption).
header-united-nations = Naciones Unidas
header-organ = Asamblea General
header-distribution-label = Distr.
# Distribution category on its own line; $category is general, limited or restricted.
header-distribution-category =
    { $category ->
       *[general] GENERAL
        [limited] LIMITADA
        [restricted] RESERVADA
    }
# Label and category on one line, as in newer mastheads.
header-distribution-combined =
    { $category ->
       *[general] Distr. general
        [limited] Distr. limitada
        [restricted] Distr. reservada
    }
# Agenda line; $items is the list of items already joined, $count how many there are.
header-agenda =
    { $count ->
        [1] Tema { $items } del programa
       *[other] Temas { $items } del programa
    }
header-agenda-subitem = { $number } { agenda-letter })
# Joins the last item of a list to the others.
list-and = { $head } y { $last }
list-separator = { ", " }
header-adopted = RESOLUCIÓN APROBADA POR LA ASAMBLEA GENERAL
header-adopted-dated = Resolución aprobada por la Asamblea General el { $date }
# Report of Main Committee $committee (1 to 6) on which the resolution was adopted.
header-report =
    { "[" }sobre la base del informe de la { $committee ->
        [1] Primera
        [2] Segunda
        [3] Tercera
        [4] Cuarta
        [5] Quinta
       *[6] Sexta
    } Comisión ({ $symbol })]
# Resolution adopted in plenary without reference to a Main Committee.
header-report-plenary = { "[" }sin remisión previa a una Comisión Principal ({ $symbol })]
header-title = { $resolution }. { $title }
# Closing line: the plenary meeting at which the resolution was adopted.
closing-meeting = { $n }a. sesión plenaria

## Security Council resolutions, reports and letters

header-organ-security-council = Consejo de Seguridad
# Title line of a Security Council resolution; $number and $year are text (digits).
header-sc-resolution = Resolución { $number } ({ $year })
# The line under it: meeting $n of the Council at which it was adopted, on $date.
header-sc-adopted = Aprobada por el Consejo de Seguridad en su { $n }ª sesión, celebrada el { $date }
# Original language of a document; $language is a language code (ar, zh, en, fr, ru, es).
header-original =
    Original: { $language ->
        [ar] árabe
        [zh] chino
        [fr] francés
        [ru] ruso
        [es] español
       *[en] inglés
    }
# The language of this version, alone on a masthead line above the original language.
header-version-language = Español
