### Chinese
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
heading-article = 第{ HANZI($n) }条
    .variant = 第{ $n }条
# Heading of a single annex; the numbered form carries a Roman numeral.
heading-annex = 附件
heading-annex-numbered = 附件 { $numeral }
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
    .variant = （{ subparagraph-letter }）
# Letter of the $n-th sub-item of an agenda item ("Agenda item 160 (a)").
agenda-letter =
    { subparagraph-letter }
# Second line of the running header at the top of a continuation page.
page-running-header = 第{ $n }页

## Sessions

# Ordinal of session $n (1 to 100) in the form used in headings, without capitals.
session-ordinal =
    第{ HANZI($n) }届
# Session heading; $kind is regular, special or emergency.
session-heading =
    { $kind ->
        [special] { session-ordinal }特别会议
        [emergency] { session-ordinal }紧急特别会议
       *[regular] { session-ordinal }会议
    }

## Dates

# Month $month (1 to 12) as it appears inside a date.
date-month =
    { $month }月
date-full = { $year }年{ date-month }{ $day }日

## Masthead and closing lines

# The line above the organ in the current masthead (the emblem's caption).
header-united-nations = 联合国
header-organ = 大会
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
# Chinese does not inflect for number; the selector keeps $count so that all six
# languages take the same arguments.
header-agenda =
    { $count ->
       *[other] 议程项目{ $items }
    }
header-agenda-subitem = { $number }({ agenda-letter })
# Joins the last item of a list to the others.
list-and = { $head }和{ $last }
list-separator = { "、" }
header-adopted = 大会决议
header-adopted-dated = { $date }大会决议
# Report of Main Committee $committee (1 to 6) on which the resolution was adopted.
header-report =
    { "[" }根据第{ HANZI($committee) }委员会的报告({ $symbol })通过]
# Resolution adopted in plenary without reference to a Main Committee.
header-report-plenary = { "[" }未经发交主要委员会而通过({ $symbol })]
header-title = { $resolution }. { $title }
# Closing line: the plenary meeting at which the resolution was adopted.
closing-meeting = 第{ $n }次全体会议

## Security Council resolutions, reports and letters

header-organ-security-council = 安全理事会
# Title line of a Security Council resolution; $number and $year are text (digits).
header-sc-resolution = 第{ $number }({ $year })号决议
# The line under it: meeting $n of the Council at which it was adopted, on $date.
header-sc-adopted = { $date }安全理事会第{ $n }次会议通过
    .variant = 安全理事会{ $date }第{ $n }次会议通过
# Original language of a document; $language is a language code (ar, zh, en, fr, ru, es).
header-original =
    原文：{ $language ->
        [ar] 阿拉伯文
        [fr] 法文
        [ru] 俄文
        [es] 西班牙文
        [zh] 中文
       *[en] 英文
    }
    .variant =
        原文: { $language ->
            [ar] 阿拉伯文
            [fr] 法文
            [ru] 俄文
            [es] 西班牙文
            [zh] 中文
           *[en] 英文
        }
# The language of this version, alone on a masthead line above the original language.
header-version-language = 中文
