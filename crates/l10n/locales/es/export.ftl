### Spanish
### Labels of the exports written for people (see en/export.ftl).

## HTML review page

export-html-title = { $symbol } — versiones alineadas
export-official = Texto oficial de las Naciones Unidas: { $langs }.
export-working = Traducciones de trabajo hechas para este repositorio, que no son textos oficiales de las Naciones Unidas: { $langs }.
export-legend-low = confianza de la alineación inferior a { $threshold }
export-legend-error = error detectado por las comprobaciones
export-legend-warning = advertencia
export-legend-info = información
export-legend-gap = ningún segmento en este idioma
export-legend-control = carácter de control que no debería figurar en el texto
export-document-findings = Observaciones sobre todo el documento
export-column-row = fila
export-column-findings = observaciones
export-kind =
    { $kind ->
        [header] encabezado
        [title] título
        [heading] epígrafe
        [formula] fórmula
        [item] apartado
        [footnote] nota
        [closing] cierre
       *[paragraph] párrafo
    }
export-confidence = confianza { $confidence }
export-footnotes = notas { $refs }
export-finding-item = { $severity } · { $lang } · { $code }: { $message }

## TMX and XLIFF notes

export-note-alignment = alineación: { $reasons }
export-note-official = texto oficial de las Naciones Unidas
export-note-working = traducción de trabajo hecha para este repositorio, que no es un texto oficial de las Naciones Unidas
export-note-confidence = confianza { $confidence }
export-note-confidence-reasons = confianza { $confidence }: { $reasons }
export-note-footnotes = llamadas de nota suprimidas del texto: { $refs }
export-note-finding = { $severity }: { $message }
