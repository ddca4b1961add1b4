### Russian
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
heading-article = Статья { $n }
# Heading of a single annex; the numbered form carries a Roman numeral.
heading-annex = ПРИЛОЖЕНИЕ
heading-annex-numbered = ПРИЛОЖЕНИЕ { $numeral }
# Letter of the $n-th lettered subparagraph (1-based); past the alphabet the number is used.
subparagraph-letter =
    { $n ->
        [1] а
        [2] б
        [3] в
        [4] г
        [5] д
        [6] е
        [7] ж
        [8] з
        [9] и
        [10] к
        [11] л
        [12] м
        [13] н
        [14] о
        [15] п
        [16] р
        [17] с
        [18] т
        [19] у
        [20] ф
        [21] х
        [22] ц
        [23] ч
        [24] ш
        [25] щ
        [26] э
        [27] ю
        [28] я
       *[other] { $n }
    }
# The label as printed before a lettered subparagraph.
subparagraph-label = { subparagraph-letter })
# Letter of the $n-th sub-item of an agenda item ("Agenda item 160 (a)").
agenda-letter =
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
# Second line of the running header at the top of a continuation page.
page-running-header = Стр. { $n }

## Sessions

# Ordinal of session $n (1 to 100) in the form used in headings, without capitals.
session-ordinal =
    { $n ->
        [1] первая
        [2] вторая
        [3] третья
        [4] четвертая
        [5] пятая
        [6] шестая
        [7] седьмая
        [8] восьмая
        [9] девятая
        [10] десятая
        [11] одиннадцатая
        [12] двенадцатая
        [13] тринадцатая
        [14] четырнадцатая
        [15] пятнадцатая
        [16] шестнадцатая
        [17] семнадцатая
        [18] восемнадцатая
        [19] девятнадцатая
        [20] двадцатая
        [30] тридцатая
        [40] сороковая
        [50] пятидесятая
        [60] шестидесятая
        [70] семидесятая
        [80] восьмидесятая
        [90] девяностая
        [100] сотая
       *[other]
            { TENS($n) ->
                [2] двадцать
                [3] тридцать
                [4] сорок
                [5] пятьдесят
                [6] шестьдесят
                [7] семьдесят
                [8] восемьдесят
               *[9] девяносто
            } { UNITS($n) ->
                [1] первая
                [2] вторая
                [3] третья
                [4] четвертая
                [5] пятая
                [6] шестая
                [7] седьмая
                [8] восьмая
               *[9] девятая
            }
    }
# Session heading; $kind is regular, special or emergency.
session-heading =
    { $kind ->
        [special] { CAPITALIZE(session-ordinal) } специальная сессия
        [emergency] { CAPITALIZE(session-ordinal) } чрезвычайная специальная сессия
       *[regular] { CAPITALIZE(session-ordinal) } сессия
    }

## Dates

# Month $month (1 to 12) as it appears inside a date.
date-month =
    { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
       *[12] декабря
    }
date-full = { $day } { date-month } { $year } года
    .variant = { $day } { date-month } { $year } г.

## Masthead and closing lines

# The line above the organ in the current masthead (the emblem's caption).
header-united-nations = Организация Объединенных Наций
header-organ = Генеральная Ассамблея
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
        [1] Пункт { $items } повестки дня
       *[other] Пункты { $items } повестки дня
    }
header-agenda-subitem = { $number } { agenda-letter })
# Joins the last item of a list to the others.
list-and = { $head } и { $last }
list-separator = { ", " }
header-adopted = РЕЗОЛЮЦИЯ, ПРИНЯТАЯ ГЕНЕРАЛЬНОЙ АССАМБЛЕЕЙ
header-adopted-dated = Резолюция, принятая Генеральной Ассамблеей { $date }
# Report of Main Committee $committee (1 to 6) on which the resolution was adopted.
header-report =
    { "[" }по докладу { $committee ->
        [1] Первого
        [2] Второго
        [3] Третьего
        [4] Четвертого
        [5] Пятого
       *[6] Шестого
    } комитета ({ $symbol })]
# Resolution adopted in plenary without reference to a Main Committee.
header-report-plenary = { "[" }без передачи в главный комитет ({ $symbol })]
header-title = { $resolution }. { $title }
# Closing line: the plenary meeting at which the resolution was adopted.
closing-meeting = { $n }-е пленарное заседание

## Security Council resolutions, reports and letters

header-organ-security-council = Совет Безопасности
# Title line of a Security Council resolution; $number and $year are text (digits).
# The adopted line often follows on the same line after a comma.
header-sc-resolution = Резолюция { $number } ({ $year })
    .variant = Резолюция { $number } ({ $year }),
# The line under it: meeting $n of the Council at which it was adopted, on $date.
header-sc-adopted = принятая Советом Безопасности на его { $n }-м заседании { $date }
# Original language of a document; $language is a language code (ar, zh, en, fr, ru, es).
# Russian mastheads keep this line in English.
header-original =
    Original: { $language ->
        [ar] Arabic
        [zh] Chinese
        [fr] French
        [ru] Russian
        [es] Spanish
       *[en] English
    }
# The language of this version, alone on a masthead line above the original language
# (in English, as Russian mastheads print it).
header-version-language = Russian
