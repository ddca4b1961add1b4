### Spanish
### Messages of `sixfold check` and the explanations of check findings (see en/check.ftl).

## Report

check-severity =
    { $severity ->
        [error] error
        [warning] advertencia
       *[info] nota
    }
check-no-symbol = documento sin signatura
check-other-pivot = referencia { $pivot }: no hay versión { $wanted }
check-summary =
    { $errors ->
        [one] { $errors } error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] { $warnings } advertencia
       *[other] { $warnings } advertencias
    }, { $infos ->
        [one] { $infos } nota
       *[other] { $infos } notas
    }
check-total = documentos verificados: { $documents }; { $summary }
check-total-unusable = documentos verificados: { $documents }, inutilizables: { $unusable }; { $summary }

## Findings

check-empty-rendering = la versión { $lang } ({ $source }) está vacía
check-missing-rendering = document.toml declara una versión { $lang }, pero falta { $lang }.md
check-absent-rendering = la carpeta no tiene versión { $lang } (hay { $count } de los seis idiomas; un document.toml que enumere las versiones indica cuáles esperar)
check-empty-segment = { $lang }: segmento { $label } vacío
check-missing-paragraph = { $lang }: párrafo omitido, { $label } de la versión { $pivot } (línea { $pivot_line })
check-extra-paragraph = { $lang }: párrafo añadido, { $label } sin equivalente en la versión { $pivot }
check-merged-paragraphs = { $lang } { $segment }: párrafos fusionados, { $pivot_count } segmentos de la versión { $pivot } ({ $labels }) reunidos en { $count ->
        [one] uno solo
       *[other] { $count }
    }
check-split-paragraph = { $lang }: párrafo dividido, { $labels } de la versión { $pivot } separado en { $count } segmentos
check-regrouped-paragraphs = { $lang }: { $pivot_count } segmentos de la versión { $pivot } ({ $labels }) reagrupados en { $count }
check-what =
    { $what ->
        [operative-paragraph] párrafo
        [footnote] nota
        [article] artículo
        [subparagraph] apartado
       *[number] número
    }
check-numbering-gap = { $lang }: numeración interrumpida ({ check-what } { $number }), falta: { $missing }
check-numbering-order = { $lang }: { check-what } { $number } después de { $previous }
check-numbering-mismatch = { $lang } { $segment }: número { $found } en lugar de { $expected } (versión { $pivot })
check-pivot-number-lost = { $lang } { $segment }: sin número, mientras que las versiones { $langs } llevan { $expected }
check-footnote-count = { $lang }: { $count ->
        [one] { $count } nota
       *[other] { $count } notas
    } de pie de página, frente a { $expected } en la versión { $pivot }
check-footnote-marker-mismatch = { $lang } { $segment }: llamadas de nota [{ $found }] en lugar de [{ $expected }] (versión { $pivot })
check-footnote-missing-text = { $lang } { $segment }: llamada de nota { $number } sin texto de nota
check-footnote-unreferenced = { $lang }: la nota { $number } no se cita en el texto
check-numbers-differ = { $lang } { $segment }: cifras distintas de la versión { $pivot }: faltan [{ $missing }], sobran [{ $extra }]
check-symbols-differ = { $lang } { $segment }: signaturas distintas de la versión { $pivot }: faltan [{ $missing }], sobran [{ $extra }]
check-header-symbol-mismatch = { $lang }, encabezado: { meta-compared } { $found }, { $reference } indica { $expected }
check-header-distribution-mismatch = { $lang }, encabezado: { meta-compared } { $found }, { $reference } indica { $expected }
check-header-date-mismatch = { $lang }, encabezado: { meta-compared } { $found }, { $reference } indica { $expected }
check-header-session-mismatch = { $lang }, encabezado: { meta-compared } { $found }, { $reference } indica { $expected }
check-header-agenda-mismatch = { $lang }, encabezado: { meta-compared } { $found }, { $reference } indica { $expected }
check-header-report-mismatch = { $lang }, encabezado: { meta-compared } { $found }, { $reference } indica { $expected }
check-header-committee-mismatch = { $lang }, encabezado: { meta-compared } { $found }, { $reference } indica { $expected }
check-header-resolution-mismatch = { $lang }, encabezado: { meta-compared } { $found }, { $reference } indica { $expected }
check-header-title-mismatch = { $lang }, encabezado: { meta-compared } { $found }, { $reference } indica { $expected }
check-header-meeting-mismatch = { $lang }, encabezado: { meta-compared } { $found }, { $reference } indica { $expected }
check-header-adopted-mismatch = { $lang }, encabezado: { meta-compared } { $found }, { $reference } indica { $expected }
check-header-unreadable = { $lang }: el encabezado no puede compararse con document.toml: { $error }
check-untranslated-paragraph = { $lang } { $segment }: texto sin traducir, idéntico a la versión { $pivot }
check-script-name =
    { $script ->
        [Arabic] árabe
        [Han] china
        [Cyrillic] cirílica
       *[Latin] latina
    }
check-wrong-script = { $lang } { $segment }: texto mayormente ajeno a la escritura { check-script-name } (proporción de letras: { $share })
check-control-characters = { $lang } { $segment }: { $count ->
        [one] { $count } carácter de control
       *[other] { $count } caracteres de control
    } ({ $chars }), que las exportaciones eliminan
check-invisible-characters = { $lang } { $segment }: { $count ->
        [one] { $count } carácter invisible
       *[other] { $count } caracteres invisibles
    } ({ $chars }), que las exportaciones eliminan
check-length-ratio = { $lang } { $segment }: longitud { $ratio } veces la prevista según la versión { $pivot }
check-misplaced-paragraph = { $lang } { $segment }: este texto corresponde a { $label } de la versión { $pivot } (línea { $pivot_line }), que está en otro lugar: los párrafos no están en orden
