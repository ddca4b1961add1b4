### Arabic
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
heading-article = المادة { $n }
# Heading of a single annex; the numbered form carries a Roman numeral.
heading-annex = المرفق
heading-annex-numbered = المرفق { $numeral }
# Letter of the $n-th lettered subparagraph (1-based); past the alphabet the number is used.
subparagraph-letter =
    { $n ->
        [1] أ
        [2] ب
        [3] ج
        [4] د
        [5] ه
        [6] و
        [7] ز
        [8] ح
        [9] ط
        [10] ي
        [11] ك
        [12] ل
        [13] م
        [14] ن
        [15] س
        [16] ع
        [17] ف
        [18] ص
        [19] ق
        [20] ر
        [21] ش
        [22] ت
        [23] ث
        [24] خ
        [25] ذ
        [26] ض
        [27] ظ
        [28] غ
       *[other] { $n }
    }
# The label as printed before a lettered subparagraph.
subparagraph-label = ({ subparagraph-letter })
# Letter of the $n-th sub-item of an agenda item ("Agenda item 160 (a)").
agenda-letter =
    { $n ->
        [1] أ
        [2] ب
        [3] ج
        [4] د
        [5] ه
        [6] و
        [7] ز
        [8] ح
        [9] ط
        [10] ي
        [11] ك
        [12] ل
        [13] م
        [14] ن
        [15] س
        [16] ع
        [17] ف
        [18] ص
        [19] ق
        [20] ر
        [21] ش
        [22] ت
        [23] ث
        [24] خ
        [25] ذ
        [26] ض
        [27] ظ
        [28] غ
       *[other] { $n }
    }
# Second line of the running header at the top of a continuation page.
page-running-header = الصفحة { $n }

## Sessions

# Ordinal of session $n (1 to 100) in the form used in headings, without capitals.
session-ordinal =
    { $n ->
        [1] الأولى
        [2] الثانية
        [3] الثالثة
        [4] الرابعة
        [5] الخامسة
        [6] السادسة
        [7] السابعة
        [8] الثامنة
        [9] التاسعة
        [10] العاشرة
        [11] الحادية عشرة
        [12] الثانية عشرة
        [13] الثالثة عشرة
        [14] الرابعة عشرة
        [15] الخامسة عشرة
        [16] السادسة عشرة
        [17] السابعة عشرة
        [18] الثامنة عشرة
        [19] التاسعة عشرة
        [20] العشرون
        [30] الثلاثون
        [40] الأربعون
        [50] الخمسون
        [60] الستون
        [70] السبعون
        [80] الثمانون
        [90] التسعون
        [100] المائة
       *[other]
            { UNITS($n) ->
                [1] الحادية
                [2] الثانية
                [3] الثالثة
                [4] الرابعة
                [5] الخامسة
                [6] السادسة
                [7] السابعة
                [8] الثامنة
               *[9] التاسعة
            } و{ TENS($n) ->
                [2] العشرون
                [3] الثلاثون
                [4] الأربعون
                [5] الخمسون
                [6] الستون
                [7] السبعون
                [8] الثمانون
               *[9] التسعون
            }
    }
# Session heading; $kind is regular, special or emergency.
session-heading =
    { $kind ->
        [special] الدورة الاستثنائية { session-ordinal }
        [emergency] الدورة الاستثنائية الطارئة { session-ordinal }
       *[regular] الدورة { session-ordinal }
    }

## Dates

# Month $month (1 to 12) as it appears inside a date.
date-month =
    { $month ->
        [1] كانون الثاني/يناير
        [2] شباط/فبراير
        [3] آذار/مارس
        [4] نيسان/أبريل
        [5] أيار/مايو
        [6] حزيران/يونيه
        [7] تموز/يوليه
        [8] آب/أغسطس
        [9] أيلول/سبتمبر
        [10] تشرين الأول/أكتوبر
        [11] تشرين الثاني/نوفمبر
       *[12] كانون الأول/ديسمبر
    }
date-full = { $day } { date-month } { $year }

## Masthead and closing lines

# The line above the organ in the current masthead (the emblem's caption).
header-united-nations = الأمم المتحدة
header-organ = الجمعية العامة
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
        [1] البند { $items } من جدول الأعمال
        [2] البندان { $items } من جدول الأعمال
       *[other] البنود { $items } من جدول الأعمال
    }
header-agenda-subitem = { $number } ({ agenda-letter })
# Joins the last item of a list to the others.
list-and = { $head } و { $last }
list-separator = { "، " }
header-adopted = قرار اتخذته الجمعية العامة
header-adopted-dated = قرار اتخذته الجمعية العامة في { $date }
# Report of Main Committee $committee (1 to 6) on which the resolution was adopted.
header-report =
    { "[" }بناء على تقرير اللجنة { $committee ->
        [1] الأولى
        [2] الثانية
        [3] الثالثة
        [4] الرابعة
        [5] الخامسة
       *[6] السادسة
    } ({ $symbol })]
# Resolution adopted in plenary without reference to a Main Committee.
header-report-plenary = { "[" }دون إحالة إلى لجنة رئيسية ({ $symbol })]
header-title = { $resolution } - { $title }
# Closing line: the plenary meeting at which the resolution was adopted.
closing-meeting = الجلسة العامة { $n }

## Security Council resolutions, reports and letters

header-organ-security-council = مجلس الأمن
# Title line of a Security Council resolution; $number and $year are text (digits).
header-sc-resolution = القرار { $number } ({ $year })
# The line under it: meeting $n of the Council at which it was adopted, on $date.
header-sc-adopted = الذي اتخذه مجلس الأمن في جلسته { $n }، المعقودة في { $date }
    .variant = الذي اتخذه مجلس الأمن في جلسته { $n } المعقودة في { $date }
# Original language of a document; $language is a language code (ar, zh, en, fr, ru, es).
header-original =
    الأصل: { $language ->
        [zh] بالصينية
        [fr] بالفرنسية
        [ru] بالروسية
        [es] بالإسبانية
        [ar] بالعربية
       *[en] بالإنكليزية
    }
# The language of this version, alone on a masthead line above the original language.
header-version-language = عربي
