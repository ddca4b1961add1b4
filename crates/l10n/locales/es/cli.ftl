### Spanish
### Messages of the `sixfold` command line (see en/cli.ftl).

## Help

cli-about = Herramientas en seis idiomas para los documentos oficiales de las Naciones Unidas.
cli-about-id = Analizar, validar y normalizar las signaturas de los documentos de las Naciones Unidas.
cli-about-align = Alinear las versiones de un documento párrafo por párrafo, en los seis idiomas.
cli-about-check = Comparar las versiones con el texto de referencia: párrafos omitidos, fusionados o mal numerados, cifras, notas.
cli-about-history = Enumerar los commits que modificaron cada versión y las filas alineadas afectadas.
cli-about-stale = Buscar segmentos traducidos cuyo segmento de referencia cambió después (código de salida 1 si los hay).
cli-about-diff = Mostrar qué cambió entre dos revisiones, fila por fila y en cada idioma.
cli-about-export = Exportar las filas alineadas en TMX, XLIFF 2.1, TSV, JSON Lines, texto Moses o página HTML de revisión.
cli-about-meta = Leer el encabezado de una versión (período de sesiones, fechas, temas del programa…) y comparar una carpeta con document.toml.
cli-help-ui-lang = Idioma de la interfaz: ar, zh, en, fr, ru o es (por defecto: SIXFOLD_LANG, luego LC_ALL, LC_MESSAGES o LANG, si no, inglés)
cli-help-follow-symlinks = Leer las versiones, document.toml y review.toml que son enlaces simbólicos a archivos normales dentro del repositorio (dentro de la carpeta si no está en git); con --rev el enlace se resuelve en el árbol de esa revisión; cualquier otro enlace se rechaza

## Errors

cli-error = error: { $message }
cli-caused-by = causa: { $cause }
cli-git-says = libgit2 indica: { $message }
cli-cannot-read = no se puede leer { $path }
cli-cannot-export = no se puede exportar { $path }
cli-cannot-write-export = no se puede escribir la exportación { $format }
cli-write-owner-not-kept = { $path } pertenece ahora al uid { $uid }: no se pudo conservar su propietario (uid { $old })
cli-write-hard-links-broken = { $path } se ha reemplazado: sus otros enlaces duros ({ $count }) conservan el contenido anterior
cli-cannot-write-moses = no se puede escribir el archivo Moses de { $lang }
cli-export-source-not-exported = el idioma de origen { $lang } no está entre los idiomas exportados ({ $langs })
cli-export-xliff-pair = un archivo XLIFF contiene un idioma de origen y uno de destino: indique --langs ORIGEN,DESTINO (recibido: { $langs })
cli-export-tmx-one-language = una memoria de traducción TMX empareja al menos dos idiomas: indique en --langs dos o más idiomas distintos (recibido: { $langs })
cli-export-no-rendering = { $path } no tiene versión { $lang }: se esperaba una de { $langs }
cli-export-moses-output = Moses escribe un archivo por idioma: indique -o CARPETA o -o RUTA/PREFIJO
cli-meta-unknown-language = no se puede determinar el idioma de { $path }: nombre el archivo <idioma>.md (fr.md) o indique --lang
cli-meta-cannot-read-header = no se puede leer el encabezado de { $path }
cli-meta-no-renderings = no hay versiones en { $path }: se esperaban archivos ar.md, zh.md, en.md, fr.md, ru.md o es.md
cli-meta-cannot-use = no se puede usar { $path }
cli-meta-render-needs-folder = --render lee document.toml: indique una carpeta de documento, no { $path }
cli-meta-render-needs-lang = --render necesita el idioma de salida: indique --lang ar, zh, en, fr, ru o es
cli-meta-no-toml = { $path } no tiene document.toml del que obtener el encabezado
cli-meta-cannot-render = no se puede generar el encabezado de { $path } en { $lang }

## sixfold meta

meta-label =
    { $field ->
        [symbol] signatura
        [organ] órgano
        [original] idioma original
        [distribution] distribución
        [date] fecha
        [session] período
        [agenda] temas
        [report] informe
        [draft] proyecto
        [resolution] resolución
        [title] título
        [meeting] sesión
       *[adopted] aprobada el
    }
meta-compared =
    { $field ->
        [symbol] signatura
        [distribution] distribución
        [date] fecha
        [session] período de sesiones
        [agenda-one] tema del programa
        [agenda] temas del programa
        [report] informe
        [committee] comisión
        [resolution] resolución
        [title] título
        [meeting] sesión
       *[adopted] fecha de aprobación
    }
meta-none = ninguno
# Marks a header value the text does not state but that follows from others.
meta-derived = deducido
meta-report-committee = { $report } (comisión { $committee })
meta-report-plenary = { $report } (plenaria)
meta-all-agree = { $read } de { $total } versiones leídas; todas concuerdan con { $reference }
meta-none-read = no se pudo leer el encabezado de ninguna de las { $total } versiones: nada que comparar
meta-disagreements =
    { $count ->
        [one] { $count } discrepancia
       *[other] { $count } discrepancias
    } con { $reference }:
meta-disagreement = { $file } línea { $line }: { meta-compared } { $found }, { $reference } indica { $expected }
meta-file-error = error: { $message }

## sixfold id

id-label =
    { $field ->
        [canonical] canónica
        [compact] compacta
        [base] base
        [modifiers] modificadores
        [resolution] resolución
        [session] período
        [url] url
        [version] versión
        [akn] akn
       *[invalid] no válida
    }
id-invalid-at = { $message } en el byte { $offset }

## sixfold align

align-heading = { $symbol } ({ $place }), referencia { $pivot }, { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }
align-column-row = fila
align-column-confidence = conf.
cli-align-mixed-inputs = indique carpetas de documentos o los archivos de un solo documento, no ambos
cli-align-no-such-input = { $path } no existe: se esperaba una carpeta de documento o un archivo de versión
cli-align-cannot-load-files = no se pueden cargar las versiones
cli-align-cannot-load-folder = no se puede cargar la carpeta de documento { $path }
cli-cannot-list-translations = no se puede listar { $path }: ejecute sixfold desde la raíz del repositorio o indique los documentos
cli-no-document-folders = no hay carpetas de documentos en { $path }

## Argument help (clap)

cli-arg-paths = Carpetas de documentos (con archivos `<lang>.md`), o los archivos de versiones de un solo documento.
cli-arg-lang = Idioma de los archivos cuyo nombre no lo indica.
cli-arg-check-paths = Carpetas de documentos, o los archivos de versiones de un solo documento; sin ruta, todas las carpetas de `translations/`.
cli-arg-pivot = Idioma de referencia con el que se comparan los demás.
cli-arg-export-dir = Carpeta de documento con las versiones `<lang>.md` y `document.toml`.
cli-arg-export-format = tmx (dos idiomas: bilingüe; más: multilingüe con srclang *all*), xliff (un origen, un destino), tsv, jsonl, moses (un archivo por idioma; requiere -o), html.
cli-arg-export-langs = Idiomas que se exportan, separados por comas (por defecto: todas las versiones de la carpeta).
cli-arg-export-source = Idioma de origen: `srcLang` de XLIFF, `srclang` de TMX bilingüe, primera columna en los demás (por defecto: el primero de --langs o, si no, inglés).
cli-arg-export-output = Archivo de salida (salida estándar si falta). Para moses: una carpeta existente, donde se escriben los archivos `<slug>.<lang>`, o un prefijo de ruta al que se añade `.<lang>`.
cli-arg-meta-path = Una versión (`fr.md`) o una carpeta de documento con sus versiones y `document.toml`.
cli-arg-format = `text` para personas, `json` para programas.
cli-arg-meta-render = Escribir el encabezado y las líneas finales de una carpeta de documento en el idioma --lang, a partir de document.toml, en lugar de leer las versiones (text: Markdown como en las versiones; json: las líneas).
cli-arg-meta-layout = Con `--render`: el formato del encabezado, `current` (el actual: Naciones Unidas, signatura, órgano, Distr. general y fecha…) o `1990s` (el de la A/RES/51/60 incluida).
cli-arg-id-symbols = Signaturas o identificadores de versión; si no se indica ninguno, se lee uno por línea de la entrada estándar.
cli-arg-id-lang = Idioma de la dirección undocs.org, salvo que la entrada sea un identificador de versión con el suyo.
cli-needs-folder = { $path } es un archivo: esta orden lee una carpeta de documento; indique { $folder }
cli-align-too-few-languages = { $place } contiene { $count ->
        [one] una sola versión lingüística ({ $langs })
       *[other] { $count } versiones lingüísticas ({ $langs })
    }: para alinear se necesitan al menos dos idiomas

## sixfold history, stale and diff

history-kind =
    { $kind ->
        [added] añadido
        [changed] cambiado
        [removed] quitado
       *[other] { $kind }
    }
history-row-word = fila
history-segment-word = segmento
history-heading = historial de { $path } (primeros padres desde { $rev }, filas designadas según { $pivot })
history-commits = { $lang }: { $count ->
        [one] { $count } commit
       *[other] { $count } commits
    }
history-added-rows = filas { $first } a { $last } ({ $count } filas)
history-layout-only = (ningún segmento cambió: solo formato o espacios)
history-renamed-from = renombrado desde { $path }
# $committed is "no" for the work tree, which has neither a date nor a commit message.
stale-line = segmento { $segment } línea { $line } cambiado por última vez en { $commit } { $date }; { $pivot } { $pivot_label } cambió en { $pivot_commit }{ $committed ->
        [yes] {" "}{ $pivot_date } «{ $summary }»
       *[no] {""}
    }
stale-summary = { $count ->
        [one] { $count } segmento desactualizado
       *[other] { $count } segmentos desactualizados
    } en { $path } respecto de { $pivot } ({ $versions ->
        [one] { $versions } commit cambió
       *[other] { $versions } commits cambiaron
    } la carpeta, { $walked } recorridos)
diff-heading = diferencias de { $path }: { $from } ({ $from_rev }) → { $to } ({ $to_rev }), filas emparejadas según { $pivot }
diff-row = fila { $row }
diff-old-row = fila anterior { $rows }
diff-summary = { $count ->
        [one] { $count } fila difiere
       *[other] { $count } filas difieren
    }
note-uncommitted = nota: los cambios sin confirmar en { $folder } no forman parte del historial: { $list }
note-work-tree = el árbol de trabajo
diff-uncommitted = con los cambios no confirmados
note-undecodable = advertencia: { $path } en el commit { $commit } no es texto UTF-8 (primer byte no válido en la posición { $offset }); se omite esa versión (--strict lo convierte en error)
note-shallow = nota: clon superficial, el historial se detiene en el límite { $commit } ({ $date }); se desconocen los cambios anteriores
note-skipped-no-language = nota: { $file } no se lee: su nombre no indica ningún idioma (se espera un nombre como fr.md, FRA.md o fr-FR.md)
note-skipped-same-language = nota: { $file } no se lee: otro archivo de la carpeta ya es la versión en su idioma
cli-cannot-read-at-rev = no se puede leer la carpeta de documento { $path } en la revisión `{ $rev }`
cli-not-a-file-in-folder = { $path } no designa un archivo dentro de una carpeta
cli-missing-at-rev = { $path } no existe en la revisión `{ $rev }`
cli-align-rev-needs-folder = --rev lee carpetas de documentos de git: indique la carpeta, no sus archivos
cli-help-usage = Uso:
cli-help-commands = Órdenes
cli-help-options = Opciones
cli-help-arguments = Argumentos
cli-help-flag = Mostrar la ayuda
cli-version-flag = Mostrar la versión
cli-arg-rev = Leer el documento tal como estaba en esta revisión de git (cualquier revspec), no en el árbol de trabajo.
cli-arg-dir = Carpeta del documento, por ejemplo translations/A-RES-51-60.
cli-arg-history-rev = Revisión cuyo historial se muestra.
cli-arg-stale-rev = Revisión que se verifica (se lee el historial confirmado hasta ella; el árbol de trabajo solo con --worktree).
cli-arg-diff-from = La revisión más antigua.
cli-arg-diff-to = La revisión más reciente; sin ella, el árbol de trabajo (con los cambios no confirmados, como `git diff REV`).
cli-arg-no-follow = No seguir la carpeta ni sus versiones lingüísticas a través de cambios de nombre (como `git log` sin --follow).
cli-arg-strict = Una versión lingüística que no se puede decodificar en algún commit es un error, no una advertencia que omite esa versión.
cli-arg-cache = Guardar las alineaciones en .git/sixfold/ del repositorio para que la siguiente ejecución las reutilice.
cli-arg-stale-worktree = Incluir los cambios no confirmados de la carpeta como su versión más reciente.

# Many documents in one run (--from, --jobs, --quiet; issue 12)
cli-from-cannot-read = no se puede leer la lista de carpetas { $path }
cli-from-bad-line = no se puede leer la línea { $line } de la lista de carpetas
cli-from-and-paths = indique las carpetas de documentos como argumentos o con --from, no de ambas formas
cli-export-from-needs-dir = exportar varios documentos requiere -o DIR, la carpeta donde escribirlos
cli-export-concat-format = --concat solo une formatos por líneas (tsv, jsonl, moses), no { $format }
cli-export-same-name = se omite { $path }: ya se exportó en esta ejecución una carpeta con el mismo nombre
cli-cannot-write-file = no se puede escribir { $path }
cli-arg-from = Leer las carpetas de documentos de FILE, una por línea (`-`: entrada estándar); los resultados se imprimen en el orden de la lista en cuanto están listos.
cli-arg-jobs = Documentos procesados a la vez (por defecto: todos los núcleos).
cli-arg-quiet = Sin barra de progreso ni notas (se siguen mostrando los errores y las advertencias sobre lo que una escritura no pudo conservar).
cli-arg-export-concat = Con --from y tsv, jsonl o moses: un corpus en -o DIR por cada par de la lengua de origen con otra, en lugar de archivos por documento.

## sixfold read

cli-about-read = Mostrar lo que sixfold lee en una versión: los valores de su encabezado y sus segmentos (tipo, etiqueta, texto, línea, notas).
cli-arg-read-path = Una versión: Markdown o texto tal como lo da una biblioteca PDF o un copiar y pegar.
# Export of a folder from which nothing gives a document symbol.
cli-export-no-symbol = nota: { $path }: sin signatura — document.toml no la da y el encabezado de ninguna versión la indica; la exportación no lleva signatura (añada `symbol` a document.toml)
cli-export-empty-rendering = advertencia: { $path }: la versión { $lang } está vacía; la exportación no contiene nada en { $lang }
# clap's own words after an option's help, and command-line mistakes clap finds.
cli-help-default = por defecto: { $value }
cli-help-possible = valores posibles: { $values }
cli-parse-error = error: { $message }
    (--help enumera las opciones)
cli-parse-invalid-value = valor «{ $value }» no válido para { $arg }; valores posibles: { $values }
cli-parse-unknown-argument = opción desconocida «{ $arg }»
cli-parse-missing-argument = falta: { $args }
cli-parse-unknown-command = comando desconocido «{ $command }»
cli-parse-unknown-lang = idioma desconocido «{ $value }»: se espera ar, zh, en, fr, ru o es
cli-parse-jobs = --jobs espera un número de documentos tratados a la vez, 1 o más: «{ $value }»
cli-parse-invalid-because = { $arg }: { $why }

history-error-not-a-repository = fuera de todo repositorio git: --rev lo necesita, igual que history, stale y diff (buscado hacia arriba desde { $path })
history-error-bare = el repositorio { $path } no tiene árbol de trabajo: no se puede situar la carpeta en él
history-error-folder-missing = no se encuentra la carpeta { $path }
history-error-read-file = no se puede leer { $path }
history-error-outside-work-tree = la carpeta { $path } está fuera del árbol de trabajo { $workdir } de su repositorio
history-error-unknown-revision = revisión `{ $rev }` desconocida: se esperaba un commit, una rama, una etiqueta o una expresión como HEAD~2
history-error-beyond-shallow = revisión `{ $rev }` desconocida en este clon superficial: el historial se detiene en el límite del clon y los commits más antiguos no están (git fetch --unshallow los obtiene)
history-error-not-a-commit = la revisión `{ $rev }` no designa un commit
history-error-folder-absent = la carpeta `{ $path }` no existe en la revisión `{ $rev }`
history-error-not-a-folder = `{ $path }` no es una carpeta en la revisión `{ $rev }`
history-error-no-renderings = ninguna versión lingüística en `{ $path }` en la revisión `{ $rev }`: se esperaban archivos ar.md, zh.md, en.md, fr.md, ru.md o es.md
history-error-pivot-absent = no hay { $lang }.md en `{ $path }` en la revisión `{ $rev }`: se necesita la versión pivote para encontrar traducciones desactualizadas
history-error-not-a-file = { $problem } (revisión `{ $rev }`: se esperaba un blob de modo 100644)
history-error-unreadable = no se puede leer `{ $path }` en la revisión `{ $rev }`
history-error-missing-commit = falta el commit { $commit }, necesario para el historial de `{ $path }` (más allá del límite de un clon superficial, o repositorio dañado)
