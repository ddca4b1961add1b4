### French
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
heading-article = { $n ->
        [1] Article premier
       *[other] Article { $n }
    }
    .variant = Article { $n }
# Heading of a single annex; the numbered form carries a Roman numeral.
heading-annex = ANNEXE
heading-annex-numbered = ANNEXE { $numeral }
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
page-running-header = Page { $n }

## Sessions

# Ordinal of session $n (1 to 100) in the form used in headings, without capitals.
session-ordinal =
    { $n ->
        [1] première
        [2] deuxième
        [3] troisième
        [4] quatrième
        [5] cinquième
        [6] sixième
        [7] septième
        [8] huitième
        [9] neuvième
        [10] dixième
        [11] onzième
        [12] douzième
        [13] treizième
        [14] quatorzième
        [15] quinzième
        [16] seizième
        [17] dix-septième
        [18] dix-huitième
        [19] dix-neuvième
        [20] vingtième
        [30] trentième
        [40] quarantième
        [50] cinquantième
        [60] soixantième
        [70] soixante-dixième
        [71] soixante et onzième
        [80] quatre-vingtième
        [81] quatre-vingt-unième
        [90] quatre-vingt-dixième
        [100] centième
       *[other]
            { TENS($n) ->
                [2] vingt
                [3] trente
                [4] quarante
                [5] cinquante
                [6] soixante
                [7] soixante
                [8] quatre-vingt
               *[9] quatre-vingt
            }{ TENS($n) ->
                    [7] { UNITS($n) ->
                        [1] -onzième
                        [2] -douzième
                        [3] -treizième
                        [4] -quatorzième
                        [5] -quinzième
                        [6] -seizième
                        [7] -dix-septième
                        [8] -dix-huitième
                       *[9] -dix-neuvième
                    }
                    [9] { UNITS($n) ->
                        [1] -onzième
                        [2] -douzième
                        [3] -treizième
                        [4] -quatorzième
                        [5] -quinzième
                        [6] -seizième
                        [7] -dix-septième
                        [8] -dix-huitième
                       *[9] -dix-neuvième
                    }
                   *[other] { UNITS($n) ->
                        [1] { " " }et unième
                        [2] -deuxième
                        [3] -troisième
                        [4] -quatrième
                        [5] -cinquième
                        [6] -sixième
                        [7] -septième
                        [8] -huitième
                       *[9] -neuvième
                    }
                }
    }
# Session heading; $kind is regular, special or emergency.
session-heading =
    { $kind ->
        [special] { CAPITALIZE(session-ordinal) } session extraordinaire
        [emergency] { CAPITALIZE(session-ordinal) } session extraordinaire d'urgence
       *[regular] { CAPITALIZE(session-ordinal) } session
    }

## Dates

# Month $month (1 to 12) as it appears inside a date.
date-month =
    { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    }
date-full = { $day ->
        [1] 1er
       *[other] { $day }
    } { date-month } { $year }
    .variant = { $day } { date-month } { $year }

## Masthead and closing lines

# The line above the organ in the current masthead (the emblem's caption).
header-united-nations = Nations Unies
header-organ = Assemblée générale
header-distribution-label = Distr.
# Distribution category on its own line; $category is general, limited or restricted.
header-distribution-category =
    { $category ->
       *[general] GÉNÉRALE
        [limited] LIMITÉE
        [restricted] RESTREINTE
    }
# Label and category on one line, as in newer mastheads.
header-distribution-combined =
    { $category ->
       *[general] Distr. générale
        [limited] Distr. limitée
        [restricted] Distr. restreinte
    }
# Agenda line; $items is the list of items already joined, $count how many there are.
header-agenda =
    { $count ->
        [1] Point { $items } de l'ordre du jour
       *[other] Points { $items } de l'ordre du jour
    }
header-agenda-subitem = { $number } { agenda-letter })
# Joins the last item of a list to the others.
list-and = { $head } et { $last }
list-separator = { ", " }
header-adopted = RÉSOLUTION ADOPTÉE PAR L'ASSEMBLÉE GÉNÉRALE
header-adopted-dated = Résolution adoptée par l'Assemblée générale le { $date }
# Report of Main Committee $committee (1 to 6) on which the resolution was adopted; the
# variant is the wording of current mastheads.
header-report =
    { "[" }sur le rapport de la { $committee ->
        [1] Première
        [2] Deuxième
        [3] Troisième
        [4] Quatrième
        [5] Cinquième
       *[6] Sixième
    } Commission ({ $symbol })]
    .variant =
        { "[" }sur la base du rapport de la { $committee ->
            [1] Première
            [2] Deuxième
            [3] Troisième
            [4] Quatrième
            [5] Cinquième
           *[6] Sixième
        } Commission ({ $symbol })]
# Resolution adopted in plenary without reference to a Main Committee.
header-report-plenary = { "[" }sans renvoi à une grande commission ({ $symbol })]
header-title = { $resolution }. { $title }
# Closing line: the plenary meeting at which the resolution was adopted.
closing-meeting = { $n }{ $n ->
        [1] re
       *[other] e
    } séance plénière

## Security Council resolutions, reports and letters

header-organ-security-council = Conseil de sécurité
# Title line of a Security Council resolution; $number and $year are text (digits).
header-sc-resolution = Résolution { $number } ({ $year })
# The line under it: meeting $n of the Council at which it was adopted, on $date.
header-sc-adopted = Adoptée par le Conseil de sécurité à sa { $n }{ $n ->
        [1] re
       *[other] e
    } séance, le { $date }
# Original language of a document; $language is a language code (ar, zh, en, fr, ru, es).
header-original =
    Original : { $language ->
        [ar] arabe
        [zh] chinois
        [ru] russe
        [es] espagnol
        [fr] français
       *[en] anglais
    }
    .variant =
        Original: { $language ->
            [ar] arabe
            [zh] chinois
            [ru] russe
            [es] espagnol
            [fr] français
           *[en] anglais
        }
# The language of this version, alone on a masthead line above the original language.
header-version-language = Français
