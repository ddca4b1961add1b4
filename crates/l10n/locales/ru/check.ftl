### Russian
### Messages of `sixfold check` and the explanations of check findings (see en/check.ftl).

## Report

check-severity =
    { $severity ->
        [error] ошибка
        [warning] предупреждение
       *[info] замечание
    }
check-no-symbol = документ без условного обозначения
check-other-pivot = исходный текст { $pivot }: нет текста { $wanted }
check-summary =
    { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
       *[many] { $errors } ошибок
    }, { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
       *[many] { $warnings } предупреждений
    }, { $infos ->
        [one] { $infos } замечание
        [few] { $infos } замечания
       *[many] { $infos } замечаний
    }
check-total = проверено документов: { $documents }; { $summary }
check-total-unusable = проверено документов: { $documents }, непригодных: { $unusable }; { $summary }

## Findings

check-empty-rendering = текст { $lang } ({ $source }) пуст
check-missing-rendering = в document.toml указан текст { $lang }, но файла { $lang }.md нет
check-absent-rendering = в папке нет текста { $lang } (есть { $count } из шести языков; какие тексты ожидать, указывает document.toml со списком текстов)
check-empty-segment = { $lang }: сегмент { $label } пуст
check-missing-paragraph = { $lang }: отсутствует пункт { $label } текста { $pivot } (строка { $pivot_line })
check-extra-paragraph = { $lang }: лишний пункт { $label }, которого нет в тексте { $pivot }
check-merged-paragraphs = { $lang } { $segment }: объединены { $pivot_count ->
        [one] { $pivot_count } сегмент
        [few] { $pivot_count } сегмента
       *[many] { $pivot_count } сегментов
    } текста { $pivot } ({ $labels }) в { $count ->
        [one] один
       *[other] { $count }
    }
check-split-paragraph = { $lang }: пункт { $labels } текста { $pivot } разбит на { $count ->
        [one] { $count } сегмент
        [few] { $count } сегмента
       *[many] { $count } сегментов
    }
check-regrouped-paragraphs = { $lang }: { $pivot_count } сегм. текста { $pivot } ({ $labels }) перегруппированы в { $count }
check-what =
    { $what ->
        [operative-paragraph] пункт
        [footnote] сноска
        [article] статья
        [subparagraph] подпункт
       *[number] номер
    }
check-numbering-gap = { $lang }: пропуск в нумерации ({ check-what } { $number }), нет: { $missing }
check-numbering-order = { $lang }: { check-what } { $number } идет после { $previous }
check-numbering-mismatch = { $lang } { $segment }: номер { $found } вместо { $expected } (текст { $pivot })
check-pivot-number-lost = { $lang } { $segment }: нет номера, а в текстах { $langs } стоит { $expected }
check-footnote-count = { $lang }: { $count ->
        [one] { $count } сноска
        [few] { $count } сноски
       *[many] { $count } сносок
    }, а в тексте { $pivot } — { $expected }
check-footnote-marker-mismatch = { $lang } { $segment }: ссылки на сноски [{ $found }] вместо [{ $expected }] (текст { $pivot })
check-footnote-missing-text = { $lang } { $segment }: ссылка на сноску { $number }, у которой нет текста
check-footnote-unreferenced = { $lang }: на сноску { $number } нет ссылки в тексте
check-numbers-differ = { $lang } { $segment }: числа расходятся с текстом { $pivot }: нет [{ $missing }], лишние [{ $extra }]
check-symbols-differ = { $lang } { $segment }: условные обозначения расходятся с текстом { $pivot }: нет [{ $missing }], лишние [{ $extra }]
check-header-symbol-mismatch = { $lang }, шапка: { meta-compared } { $found }, а в { $reference } — { $expected }
check-header-distribution-mismatch = { $lang }, шапка: { meta-compared } { $found }, а в { $reference } — { $expected }
check-header-date-mismatch = { $lang }, шапка: { meta-compared } { $found }, а в { $reference } — { $expected }
check-header-session-mismatch = { $lang }, шапка: { meta-compared } { $found }, а в { $reference } — { $expected }
check-header-agenda-mismatch = { $lang }, шапка: { meta-compared } { $found }, а в { $reference } — { $expected }
check-header-report-mismatch = { $lang }, шапка: { meta-compared } { $found }, а в { $reference } — { $expected }
check-header-committee-mismatch = { $lang }, шапка: { meta-compared } { $found }, а в { $reference } — { $expected }
check-header-resolution-mismatch = { $lang }, шапка: { meta-compared } { $found }, а в { $reference } — { $expected }
check-header-title-mismatch = { $lang }, шапка: { meta-compared } { $found }, а в { $reference } — { $expected }
check-header-meeting-mismatch = { $lang }, шапка: { meta-compared } { $found }, а в { $reference } — { $expected }
check-header-adopted-mismatch = { $lang }, шапка: { meta-compared } { $found }, а в { $reference } — { $expected }
check-header-unreadable = { $lang }: шапку нельзя сравнить с document.toml: { $error }
check-untranslated-paragraph = { $lang } { $segment }: текст не переведен, совпадает с текстом { $pivot }
check-script-name =
    { $script ->
        [Arabic] арабской
        [Han] китайской
        [Cyrillic] кириллической
       *[Latin] латинской
    }
check-wrong-script = { $lang } { $segment }: текст в основном не в { check-script-name } графике (доля букв: { $share })
check-control-characters = { $lang } { $segment }: управляющих символов: { $count } ({ $chars }); при экспорте они удаляются
check-invisible-characters = { $lang } { $segment }: невидимых символов: { $count } ({ $chars }); при экспорте они удаляются
check-length-ratio = { $lang } { $segment }: длина в { $ratio } раза отличается от ожидаемой по тексту { $pivot }
check-misplaced-paragraph = { $lang } { $segment }: этот текст соответствует пункту { $label } текста { $pivot } (строка { $pivot_line }), который стоит в другом месте: порядок пунктов нарушен
