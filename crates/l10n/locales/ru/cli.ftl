### Russian
### Messages of the `sixfold` command line (see en/cli.ftl).

## Help

cli-about = Инструменты на шести языках для официальных документов Организации Объединенных Наций.
cli-about-id = Разбор, проверка и нормализация условных обозначений документов ООН.
cli-about-align = Выравнивание текстов документа по абзацам на всех шести языках.
cli-about-check = Сверка текстов с исходным: отсутствующие, объединенные или неверно пронумерованные пункты, числа, сноски.
cli-about-history = Список коммитов, изменивших каждый текст, и затронутых выровненных строк.
cli-about-stale = Поиск переведенных сегментов, исходный сегмент которых изменился позже (код выхода 1, если они есть).
cli-about-diff = Изменения между двумя редакциями, построчно и на каждом языке.
cli-about-export = Экспорт выровненных строк в TMX, XLIFF 2.1, TSV, JSON Lines, текст Moses или HTML-страницу для проверки.
cli-about-meta = Чтение шапки текста (сессия, даты, пункты повестки дня…) и сверка папки с document.toml.
cli-help-ui-lang = Язык интерфейса: ar, zh, en, fr, ru или es (по умолчанию: SIXFOLD_LANG, затем LC_ALL, LC_MESSAGES или LANG, иначе английский)
cli-help-follow-symlinks = Читать языковые версии, document.toml и review.toml, являющиеся символическими ссылками на обычные файлы внутри репозитория (внутри папки, если она не в git); с --rev ссылка разрешается в дереве этой ревизии; любая другая ссылка отклоняется

## Errors

cli-error = ошибка: { $message }
cli-caused-by = причина: { $cause }
cli-git-says = libgit2 сообщает: { $message }
cli-cannot-read = не удается прочитать { $path }
cli-cannot-export = не удается экспортировать { $path }
cli-cannot-write-export = не удается записать экспорт { $format }
cli-write-owner-not-kept = { $path } теперь принадлежит uid { $uid }: прежнего владельца (uid { $old }) сохранить не удалось
cli-write-hard-links-broken = { $path } заменен: его другие жесткие ссылки ({ $count }) сохраняют прежнее содержимое
cli-cannot-write-moses = не удается записать файл Moses для { $lang }
cli-export-source-not-exported = исходный язык { $lang } не входит в экспортируемые ({ $langs })
cli-export-xliff-pair = файл XLIFF содержит один исходный и один целевой язык: укажите --langs ИСХОДНЫЙ,ЦЕЛЕВОЙ (получено: { $langs })
cli-export-tmx-one-language = память переводов TMX связывает не менее двух языков: укажите в --langs два или более разных языка (получено: { $langs })
cli-export-no-rendering = в { $path } нет текста { $lang }: ожидался один из { $langs }
cli-export-moses-output = Moses записывает по файлу на язык: укажите -o ПАПКА или -o ПУТЬ/ПРЕФИКС
cli-meta-unknown-language = не удается определить язык { $path }: назовите файл <язык>.md (fr.md) или укажите --lang
cli-meta-cannot-read-header = не удается прочитать шапку { $path }
cli-meta-no-renderings = в { $path } нет текстов: ожидались файлы ar.md, zh.md, en.md, fr.md, ru.md или es.md
cli-meta-cannot-use = не удается использовать { $path }
cli-meta-render-needs-folder = --render читает document.toml: укажите папку документа, а не { $path }
cli-meta-render-needs-lang = для --render нужен язык: укажите --lang ar, zh, en, fr, ru или es
cli-meta-no-toml = в { $path } нет document.toml, по которому строится шапка
cli-meta-cannot-render = не удается построить шапку { $path } на языке { $lang }

## sixfold meta

meta-label =
    { $field ->
        [symbol] обозначение
        [organ] орган
        [original] язык оригинала
        [distribution] рассылка
        [date] дата
        [session] сессия
        [agenda] пункты
        [report] доклад
        [draft] проект
        [resolution] резолюция
        [title] название
        [meeting] заседание
       *[adopted] принята
    }
meta-compared =
    { $field ->
        [symbol] условное обозначение
        [distribution] рассылка
        [date] дата
        [session] сессия
        [agenda-one] пункт повестки дня
        [agenda] пункты повестки дня
        [report] доклад
        [committee] комитет
        [resolution] резолюция
        [title] название
        [meeting] заседание
       *[adopted] дата принятия
    }
meta-none = нет
# Marks a header value the text does not state but that follows from others.
meta-derived = выведено
meta-report-committee = { $report } (комитет { $committee })
meta-report-plenary = { $report } (пленарное заседание)
meta-all-agree = прочитано текстов: { $read } из { $total }; все согласуются с { $reference }
meta-none-read = не удалось прочитать заголовок ни одной из { $total } версий: сравнивать нечего
meta-disagreements =
    { $count ->
        [one] { $count } расхождение
        [few] { $count } расхождения
       *[many] { $count } расхождений
    } с { $reference }:
meta-disagreement = { $file }, строка { $line }: { meta-compared } { $found }, а в { $reference } — { $expected }
meta-file-error = ошибка: { $message }

## sixfold id

id-label =
    { $field ->
        [canonical] каноническое
        [compact] краткое
        [base] основа
        [modifiers] модификаторы
        [resolution] резолюция
        [session] сессия
        [url] url
        [version] версия
        [akn] akn
       *[invalid] неверно
    }
id-invalid-at = { $message } (байт { $offset })

## sixfold align

align-heading = { $symbol } ({ $place }), исходный текст { $pivot }, { $rows ->
        [one] { $rows } строка
        [few] { $rows } строки
       *[many] { $rows } строк
    }
align-column-row = стр.
align-column-confidence = дост.
cli-align-mixed-inputs = укажите либо папки документов, либо файлы одного документа, но не то и другое
cli-align-no-such-input = { $path } не существует: ожидалась папка документа или файл текста
cli-align-cannot-load-files = не удается загрузить тексты
cli-align-cannot-load-folder = не удается загрузить папку документа { $path }
cli-cannot-list-translations = не удается прочитать список { $path }: запустите sixfold из корня репозитория или укажите документы
cli-no-document-folders = в { $path } нет папок документов

## Argument help (clap)

cli-arg-paths = Папки документов (с файлами `<lang>.md`) или файлы текстов одного документа.
cli-arg-lang = Язык файлов, имя которых его не указывает.
cli-arg-check-paths = Папки документов или файлы текстов одного документа; без пути — все папки в `translations/`.
cli-arg-pivot = Исходный язык, с которым сравниваются остальные.
cli-arg-export-dir = Папка документа с текстами `<lang>.md` и `document.toml`.
cli-arg-export-format = tmx (два языка: двуязычный, больше: многоязычный с srclang *all*), xliff (один исходный, один целевой), tsv, jsonl, moses (файл на язык; нужен -o), html.
cli-arg-export-langs = Экспортируемые языки через запятую (по умолчанию: все тексты папки).
cli-arg-export-source = Исходный язык: `srcLang` в XLIFF, `srclang` в двуязычном TMX, первый столбец в остальных (по умолчанию: первый из --langs, иначе английский).
cli-arg-export-output = Файл вывода (стандартный вывод, если не указан). Для moses: существующая папка, куда пишутся файлы `<slug>.<lang>`, или префикс пути, к которому добавляется `.<lang>`.
cli-arg-meta-path = Текст (`fr.md`) или папка документа с текстами и `document.toml`.
cli-arg-format = `text` для людей, `json` для программ.
cli-arg-meta-render = Вывести шапку и заключительные строки папки документа на языке --lang по document.toml вместо чтения текстов (text: Markdown, как в текстах; json: строки).
cli-arg-meta-layout = С `--render`: вид шапки документа, `current` (нынешний: Организация Объединенных Наций, условное обозначение, орган, Distr.: General и дата…) или `1990s` (как у прилагаемой A/RES/51/60).
cli-arg-id-symbols = Условные обозначения или идентификаторы версий; если их нет, читаются по одному в строке со стандартного ввода.
cli-arg-id-lang = Язык адреса undocs.org, если ввод не идентификатор версии со своим языком.
cli-needs-folder = { $path } — это файл: команда читает папку документа; укажите { $folder }
cli-align-too-few-languages = { $place }: { $count ->
        [one] { $count } языковая версия ({ $langs })
        [few] { $count } языковые версии ({ $langs })
       *[other] { $count } языковых версий ({ $langs })
    }; для выравнивания нужны по меньшей мере две

## sixfold history, stale and diff

history-kind =
    { $kind ->
        [added] добавлен
        [changed] изменен
        [removed] удален
       *[other] { $kind }
    }
history-row-word = строка
history-segment-word = сегмент
history-heading = история { $path } (первые родители от { $rev }, строки обозначены по { $pivot })
history-commits = { $lang }: { $count ->
        [one] { $count } коммит
        [few] { $count } коммита
       *[many] { $count } коммитов
    }
history-added-rows = строки { $first }–{ $last } ({ $count } стр.)
history-layout-only = (сегменты не изменились: только верстка или пробелы)
history-renamed-from = переименовано из { $path }
# $committed is "no" for the work tree, which has neither a date nor a commit message.
stale-line = сегмент { $segment } строка { $line } последнее изменение { $commit } { $date }; { $pivot } { $pivot_label } изменен в { $pivot_commit }{ $committed ->
        [yes] {" "}{ $pivot_date } «{ $summary }»
       *[no] {""}
    }
stale-summary = { $count ->
        [one] { $count } устаревший сегмент
        [few] { $count } устаревших сегмента
       *[many] { $count } устаревших сегментов
    } в { $path } относительно { $pivot } (коммитов, изменивших папку: { $versions }; просмотрено: { $walked })
diff-heading = изменения { $path }: { $from } ({ $from_rev }) → { $to } ({ $to_rev }), строки сопоставлены по { $pivot }
diff-row = строка { $row }
diff-old-row = прежняя строка { $rows }
diff-summary = { $count ->
        [one] различается { $count } строка
        [few] различаются { $count } строки
       *[many] различаются { $count } строк
    }
note-uncommitted = примечание: незафиксированные изменения в { $folder } не входят в историю: { $list }
note-work-tree = рабочее дерево
diff-uncommitted = включая незафиксированные правки
note-undecodable = предупреждение: { $path } в коммите { $commit } не является текстом UTF-8 (первый неверный байт в позиции { $offset }); эта версия пропущена (с --strict это ошибка)
note-shallow = примечание: неполный клон, история обрывается на границе { $commit } ({ $date }); более ранние изменения неизвестны
note-skipped-no-language = примечание: { $file } не читается: имя файла не указывает язык (ожидается имя вида fr.md, FRA.md или fr-FR.md)
note-skipped-same-language = примечание: { $file } не читается: другой файл папки уже является текстом на этом языке
cli-cannot-read-at-rev = не удается прочитать папку документа { $path } в редакции `{ $rev }`
cli-not-a-file-in-folder = { $path } не указывает на файл в папке
cli-missing-at-rev = { $path } нет в редакции `{ $rev }`
cli-align-rev-needs-folder = --rev читает папки документов из git: укажите папку, а не ее файлы
cli-help-usage = Использование:
cli-help-commands = Команды
cli-help-options = Параметры
cli-help-arguments = Аргументы
cli-help-flag = Показать справку
cli-version-flag = Показать версию
cli-arg-rev = Читать документ в том виде, в каком он был в этой ревизии git (любой revspec), а не в рабочем дереве.
cli-arg-dir = Папка документа, например translations/A-RES-51-60.
cli-arg-history-rev = Ревизия, историю которой нужно показать.
cli-arg-stale-rev = Проверяемая ревизия (читается история коммитов до нее; рабочее дерево — только с --worktree).
cli-arg-diff-from = Более ранняя ревизия.
cli-arg-diff-to = Более поздняя ревизия; без нее — рабочее дерево (включая незафиксированные правки, как `git diff REV`).
cli-arg-no-follow = Не следовать за папкой и ее языковыми версиями через переименования (как `git log` без --follow).
cli-arg-strict = Языковая версия, которую нельзя декодировать в каком-либо коммите, — ошибка, а не предупреждение с пропуском этой версии.
cli-arg-cache = Хранить выравнивания в .git/sixfold/ репозитория, чтобы следующий запуск использовал их повторно.
cli-arg-stale-worktree = Включить незафиксированные изменения папки как ее самую новую версию.

# Many documents in one run (--from, --jobs, --quiet; issue 12)
cli-from-cannot-read = не удается прочитать список папок { $path }
cli-from-bad-line = не удается прочитать строку { $line } списка папок
cli-from-and-paths = укажите папки документов либо аргументами, либо через --from, но не обоими способами
cli-export-from-needs-dir = для экспорта нескольких документов нужен -o DIR — папка, куда их записать
cli-export-concat-format = --concat объединяет только построчные форматы (tsv, jsonl, moses), а не { $format }
cli-export-same-name = { $path } пропущена: папка с таким же именем уже экспортирована в этом запуске
cli-cannot-write-file = не удается записать { $path }
cli-arg-from = Читать папки документов из FILE, по одной на строку (`-` — стандартный ввод); результаты выводятся в порядке списка по мере готовности.
cli-arg-jobs = Сколько документов обрабатывать одновременно (по умолчанию — все ядра).
cli-arg-quiet = Без индикатора выполнения и без примечаний (ошибки и предупреждения о том, что не удалось сохранить при записи, по-прежнему выводятся).
cli-arg-export-concat = С --from и форматом tsv, jsonl или moses: один корпус в -o DIR на каждую пару исходного языка с другим вместо файлов по документам.

## sixfold read

cli-about-read = Показать, что sixfold читает в тексте: значения шапки и сегменты (вид, метка, текст, строка, сноски).
cli-arg-read-path = Текст: Markdown или текст, как его выдает библиотека PDF или копирование.
# Export of a folder from which nothing gives a document symbol.
cli-export-no-symbol = примечание: { $path }: нет условного обозначения — его не дает ни document.toml, ни шапка какого-либо варианта; экспорт идет без условного обозначения (добавьте `symbol` в document.toml)
cli-export-empty-rendering = предупреждение: { $path }: вариант { $lang } пуст; в экспорте нет ничего на { $lang }
# clap's own words after an option's help, and command-line mistakes clap finds.
cli-help-default = по умолчанию: { $value }
cli-help-possible = допустимые значения: { $values }
cli-parse-error = ошибка: { $message }
    (--help выводит список параметров)
cli-parse-invalid-value = недопустимое значение «{ $value }» для { $arg }; допустимые значения: { $values }
cli-parse-unknown-argument = неизвестный параметр «{ $arg }»
cli-parse-missing-argument = не указано: { $args }
cli-parse-unknown-command = неизвестная команда «{ $command }»
cli-parse-unknown-lang = неизвестный язык «{ $value }»: ожидается ar, zh, en, fr, ru или es
cli-parse-jobs = --jobs ожидает число документов, обрабатываемых одновременно, 1 или больше: «{ $value }»
cli-parse-invalid-because = { $arg }: { $why }

history-error-not-a-repository = вне репозитория git: он нужен для --rev, а также для history, stale и diff (поиск вверх от { $path })
history-error-bare = у репозитория { $path } нет рабочего дерева: папку невозможно в нем найти
history-error-folder-missing = папка { $path } не найдена
history-error-read-file = не удается прочитать { $path }
history-error-outside-work-tree = папка { $path } находится вне рабочего дерева { $workdir } своего репозитория
history-error-unknown-revision = неизвестная редакция `{ $rev }`: ожидается коммит, ветка, тег или выражение вида HEAD~2
history-error-beyond-shallow = неизвестная редакция `{ $rev }` в этом неполном клоне: история обрывается на его границе, более старых коммитов нет (их загрузит git fetch --unshallow)
history-error-not-a-commit = редакция `{ $rev }` не указывает на коммит
history-error-folder-absent = папки `{ $path }` нет в редакции `{ $rev }`
history-error-not-a-folder = `{ $path }` в редакции `{ $rev }` не является папкой
history-error-no-renderings = в `{ $path }` в редакции `{ $rev }` нет ни одного языкового текста: ожидаются файлы ar.md, zh.md, en.md, fr.md, ru.md или es.md
history-error-pivot-absent = нет { $lang }.md в `{ $path }` в редакции `{ $rev }`: для поиска устаревших переводов нужен опорный текст
history-error-not-a-file = { $problem } (редакция `{ $rev }`: ожидается blob с режимом 100644)
history-error-unreadable = не удается прочитать `{ $path }` в редакции `{ $rev }`
history-error-missing-commit = коммит { $commit }, нужный для истории `{ $path }`, отсутствует (за границей неполного клона или репозиторий поврежден)
