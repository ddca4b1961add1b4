### Русский
### Чтение файлов текстов документа: кодировки и пакеты Word (задача 10).

input-cannot-read = не удаётся прочитать { $path }
input-unreadable-files = { $count ->
        [one] не удаётся прочитать { $count } файл
        [few] не удаётся прочитать { $count } файла
       *[other] не удаётся прочитать { $count } файлов
    }
input-file-error = { $path }: { $message }
input-invalid-utf8 = недопустимая последовательность UTF-8 в строке { $line }, столбце { $column } (байт { $offset }): сохраните файл в UTF-8 (с меткой порядка байтов или без неё) или в UTF-16 с меткой порядка байтов
input-nul-byte = байт NUL в строке { $line }, столбце { $column } (байт { $offset }): похоже, файл в UTF-16 без метки порядка байтов; сохраните его в UTF-8 или в UTF-16 с меткой порядка байтов
input-stray-nul-byte = байт NUL в строке { $line }, столбце { $column } (байт { $offset }): в тексте не бывает байтов NUL; файл повреждён или не является текстовым
input-invalid-utf16 = недопустимый UTF-16 ({ $order }) в строке { $line }, столбце { $column } (байт { $offset }): суррогат без пары; файл повреждён или не в UTF-16
input-truncated-utf16 = текст UTF-16 ({ $order }) обрывается в строке { $line }, столбце { $column } (байт { $offset }): последний символ неполный; файл обрезан
input-docx-not-zip = это не пакет Word (файл .docx — это zip-архив): { $detail }; сохраните документ в формате .docx (Word 2007 или новее), а не .doc или .rtf
input-docx-missing-part = в пакете Word нет части { $part }; ожидалась основная часть документа .docx
input-docx-too-large = часть { $part } после распаковки больше { $limit } байт; отклонено как zip-бомба (ни один документ ООН не бывает таким большим)
input-docx-corrupt = не удаётся распаковать часть { $part }: { $detail }; файл повреждён
input-docx-xml = часть { $part } не является правильно построенным XML в байте { $offset }: { $detail }
input-docx-part-encoding = часть { $part } не является текстом в UTF-8 или UTF-16 (байт { $offset }); пакет повреждён
note-unreadable-version = предупреждение: не удаётся прочитать { $path } в коммите { $commit }: { $message }; эта версия пропущена (с --strict это ошибка)
input-not-a-file = { $path } — { $what ->
        [directory] папка
        [symlink] символическая ссылка
        [symlink-loop] символическая ссылка с циклом
        [symlink-broken] битая символическая ссылка
        [fifo] именованный канал (FIFO)
        [device] устройство
        [socket] сокет
        [gitlink] подмодуль (gitlink)
        [symlink-out-of-repository] символическая ссылка за пределы репозитория
        [symlink-out-of-folder] символическая ссылка за пределы папки
       *[other] не обычный файл
    }; ожидался обычный файл
input-not-found = { $path } не существует
input-permission-denied = не удается прочитать { $path }: доступ запрещен
