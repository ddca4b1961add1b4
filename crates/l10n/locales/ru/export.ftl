### Russian
### Labels of the exports written for people (see en/export.ftl).

## HTML review page

export-html-title = { $symbol } — выровненные тексты
export-official = Официальный текст Организации Объединенных Наций: { $langs }.
export-working = Рабочие переводы, сделанные для этого репозитория, не являются официальными текстами ООН: { $langs }.
export-legend-low = достоверность выравнивания ниже { $threshold }
export-legend-error = ошибка, найденная проверками
export-legend-warning = предупреждение
export-legend-info = сведения
export-legend-gap = в этом языке нет сегмента
export-legend-control = управляющий символ, которого не должно быть в тексте
export-document-findings = Замечания по документу в целом
export-column-row = строка
export-column-findings = замечания
export-kind =
    { $kind ->
        [header] шапка
        [title] название
        [heading] заголовок
        [formula] вводная формула
        [item] подпункт
        [footnote] сноска
        [closing] концовка
       *[paragraph] пункт
    }
export-confidence = достоверность { $confidence }
export-footnotes = сноски { $refs }
export-finding-item = { $severity } · { $lang } · { $code }: { $message }

## TMX and XLIFF notes

export-note-alignment = выравнивание: { $reasons }
export-note-official = официальный текст Организации Объединенных Наций
export-note-working = рабочий перевод, сделанный для этого репозитория, не является официальным текстом ООН
export-note-confidence = достоверность { $confidence }
export-note-confidence-reasons = достоверность { $confidence }: { $reasons }
export-note-footnotes = из текста удалены знаки сносок: { $refs }
export-note-finding = { $severity }: { $message }
