### Spanish
### Messages about review files (review.toml) (see en/review.ftl).

## Errors

review-error-invalid = { $file }:{ $line }: `{ $key }`: { $problem }
review-error-syntax = { $file }:{ $line }: { $problem }
review-problem-wrong-type = se esperaba { $expected ->
        [tables] una matriz de tablas
        [date] una fecha
        [string] una cadena
       *[languages] una tabla de idiomas
    }
review-problem-syntax = TOML no válido: { $detail }
review-problem-unknown-key = clave desconocida; se esperaba una de { $expected }
review-problem-missing-key = falta la clave
review-problem-language = `{ $value }` no es un idioma; se esperaba ar, zh, en, fr, ru o es
review-problem-range = `{ $value }` no es un intervalo de segmentos; se esperaba una etiqueta, @ y un resumen, o dos de ellos unidos por ..
review-problem-date = `{ $value }` no es una fecha; se esperaba AAAA-MM-DD
review-problem-finding-id = `{ $value }` no es un identificador de hallazgo; se esperaba código:idioma o código:idioma:etiqueta
review-problem-one-language = una fijación necesita al menos dos idiomas
review-error-io = no se puede leer { $path }
review-error-backwards = { $file }:{ $line }: los segmentos { $lang } { $segments } van en sentido contrario al orden del documento
review-error-backwards-arg = los segmentos { $lang } { $segments } van en sentido contrario al orden del documento
review-error-crossing = { $file }:{ $first } y { $file }:{ $second }: las dos fijaciones se cruzan en { $lang }
review-error-locked = { $path } está retenido por otro comando de sixfold (elimínelo si no hay ninguno en marcha)
review-error-unknown-finding = no hay ningún hallazgo `{ $id }` en este documento; `sixfold check --all` muestra los identificadores
review-error-unknown-segment = no hay ningún segmento { $lang } `{ $segments }` en este documento
review-error-no-rendering = no hay versión { $lang } en este documento
review-error-nothing-to-remove = { $file }: nada que eliminar: { $what }
review-error-with = `{ $value }` no tiene la forma IDIOMA:SEGMENTOS (por ejemplo en:pre.9..pre.11)

## Confirmations of the commands that write review.toml

review-pinned = fijado { $segments } en { $file }
review-accepted = hallazgo { $id } aceptado en { $file }
review-unpinned = { $count ->
        [one] se eliminó una fijación de { $file }
       *[other] se eliminaron { $count } fijaciones de { $file }
    }
review-unaccepted = se eliminó la aceptación de { $id } de { $file }

## In check reports

check-outdated-accept = el hallazgo { $id } aceptado en { $file }:{ $review_line } se aceptó sobre un texto que ha cambiado; acéptelo de nuevo o elimine la aceptación
check-outdated-pin = la fijación de { $file }:{ $review_line } se hizo sobre otro texto { $lang } ({ $segments }) y no se aplica; vuelva a fijar o elimínela
check-accepted-count = { $count ->
        [one] { $count } aceptado
       *[other] { $count } aceptados
    }
check-accepted-heading = hallazgos aceptados:
check-accepted-reason = motivo: { $reason }

## Help

cli-about-pin = Fijar juntos segmentos de varios idiomas como una sola fila alineada, en el review.toml de la carpeta.
cli-about-accept = Aceptar un hallazgo de check como intencionado, en el review.toml de la carpeta (check deja de contarlo).
cli-about-unpin = Eliminar fijaciones del review.toml de la carpeta.
cli-about-unaccept = Eliminar un hallazgo aceptado del review.toml de la carpeta.
cli-arg-check-all = Mostrar también los hallazgos aceptados, con sus motivos.

## On the HTML review page and in TMX/XLIFF notes

export-note-pinned = fijado por una persona en review.toml
export-pinned = fijado por una persona
export-legend-pinned = fila fijada por una persona (review.toml)
export-command-pin = para fijar esta fila tal como está:
export-command-accept = para aceptarlo:
export-accepted-item = aceptado · { $lang } · { $code }: { $message }
cli-arg-review-dir = Carpeta del documento (su review.toml se crea si falta).
cli-arg-pin-lang = Idioma de los segmentos indicados con --segments.
cli-arg-pin-segments = Segmentos de ese idioma: una etiqueta (pre.9), @ y un resumen, o un intervalo a..b.
cli-arg-pin-with = Segmentos de otro idioma que van con ellos, como IDIOMA:SEGMENTOS (en:pre.9..pre.11); repítase para más idiomas.
cli-arg-reason = Por qué se tomó la decisión (se guarda en review.toml).
cli-arg-author = Quién la tomó.
cli-arg-date = Cuándo (AAAA-MM-DD; por defecto hoy, o el día de SOURCE_DATE_EPOCH si está definido).
cli-arg-accept-id = Identificador del hallazgo, tal como lo muestra sixfold check (numbers-differ:fr:op.3).
cli-arg-unpin-segments = Los segmentos tal como la fijación los nombra en ese idioma (pre.9).
cli-arg-unaccept-id = Identificador del hallazgo, tal como lo muestra sixfold check (numbers-differ:fr:op.3).
