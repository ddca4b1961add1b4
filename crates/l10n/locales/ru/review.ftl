### Russian
### Messages about review files (review.toml) (see en/review.ftl).

## Errors

review-error-invalid = { $file }:{ $line }: `{ $key }`: { $problem }
review-error-syntax = { $file }:{ $line }: { $problem }
review-problem-wrong-type = ожидается { $expected ->
        [tables] массив таблиц
        [date] дата
        [string] строка
       *[languages] таблица языков
    }
review-problem-syntax = недопустимый TOML: { $detail }
review-problem-unknown-key = неизвестный ключ; допустимы: { $expected }
review-problem-missing-key = отсутствует ключ
review-problem-language = `{ $value }` — не язык; ожидается ar, zh, en, fr, ru или es
review-problem-range = `{ $value }` — не диапазон сегментов; ожидается метка, @ с дайджестом или два таких значения через ..
review-problem-date = `{ $value }` — не дата; ожидается ГГГГ-ММ-ДД
review-problem-finding-id = `{ $value }` — не идентификатор замечания; ожидается код:язык или код:язык:метка
review-problem-one-language = закрепление должно связывать не менее двух языков
review-error-io = не удается прочитать { $path }
review-error-backwards = { $file }:{ $line }: сегменты { $lang } { $segments } идут в обратном порядке документа
review-error-backwards-arg = сегменты { $lang } { $segments } идут в обратном порядке документа
review-error-crossing = { $file }:{ $first } и { $file }:{ $second }: два закрепления пересекаются в языке { $lang }
review-error-locked = { $path } занят другой командой sixfold (удалите его, если ни одна не запущена)
review-error-unknown-finding = в этом документе нет замечания `{ $id }`; идентификаторы выводит `sixfold check --all`
review-error-unknown-segment = в этом документе нет сегмента { $lang } `{ $segments }`
review-error-no-rendering = в этом документе нет версии { $lang }
review-error-nothing-to-remove = { $file }: нечего удалять: { $what }
review-error-with = `{ $value }` не имеет вида ЯЗЫК:СЕГМЕНТЫ (например, en:pre.9..pre.11)

## Confirmations of the commands that write review.toml

review-pinned = закреплено { $segments } в { $file }
review-accepted = замечание { $id } принято в { $file }
review-unpinned = { $count ->
        [one] из { $file } удалено { $count } закрепление
        [few] из { $file } удалено { $count } закрепления
       *[other] из { $file } удалено { $count } закреплений
    }
review-unaccepted = принятие замечания { $id } удалено из { $file }

## In check reports

check-outdated-accept = замечание { $id }, принятое в { $file }:{ $review_line }, было принято для текста, который с тех пор изменился; примите его снова или удалите принятие
check-outdated-pin = закрепление в { $file }:{ $review_line } сделано для другого текста { $lang } ({ $segments }) и не применяется; закрепите заново или удалите его
check-accepted-count = { $count ->
        [one] { $count } принято
        [few] { $count } принято
       *[other] { $count } принято
    }
check-accepted-heading = принятые замечания:
check-accepted-reason = причина: { $reason }

## Help

cli-about-pin = Закрепить сегменты нескольких языков вместе как одну выровненную строку в review.toml папки.
cli-about-accept = Принять замечание check как намеренное в review.toml папки (check перестает его учитывать).
cli-about-unpin = Удалить закрепления из review.toml папки.
cli-about-unaccept = Удалить принятое замечание из review.toml папки.
cli-arg-check-all = Также вывести принятые замечания с их причинами.

## On the HTML review page and in TMX/XLIFF notes

export-note-pinned = закреплено человеком в review.toml
export-pinned = закреплено человеком
export-legend-pinned = строка, закрепленная человеком (review.toml)
export-command-pin = чтобы закрепить эту строку как есть:
export-command-accept = чтобы принять замечание:
export-accepted-item = принято · { $lang } · { $code }: { $message }
cli-arg-review-dir = Папка документа (review.toml в ней создается, если его нет).
cli-arg-pin-lang = Язык сегментов, заданных в --segments.
cli-arg-pin-segments = Сегменты этого языка: метка (pre.9), @ с дайджестом или диапазон a..b.
cli-arg-pin-with = Сегменты другого языка, относящиеся к ним, в виде ЯЗЫК:СЕГМЕНТЫ (en:pre.9..pre.11); повторите для других языков.
cli-arg-reason = Причина решения (сохраняется в review.toml).
cli-arg-author = Кто принял решение.
cli-arg-date = Когда (ГГГГ-ММ-ДД; по умолчанию сегодня или день из SOURCE_DATE_EPOCH, если задан).
cli-arg-accept-id = Идентификатор замечания в том виде, в каком его выводит sixfold check (numbers-differ:fr:op.3).
cli-arg-unpin-segments = Сегменты так, как их называет закрепление в этом языке (pre.9).
cli-arg-unaccept-id = Идентификатор замечания в том виде, в каком его выводит sixfold check (numbers-differ:fr:op.3).
