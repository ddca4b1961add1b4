### French
### Labels of the exports written for people (see en/export.ftl).

## HTML review page

export-html-title = { $symbol } — versions alignées
export-official = Texte officiel de l'Organisation des Nations Unies : { $langs }.
export-working = Traductions de travail établies pour ce dépôt, qui ne sont pas des textes officiels de l'ONU : { $langs }.
export-legend-low = indice de confiance de l'alignement inférieur à { $threshold }
export-legend-error = erreur relevée par les vérifications
export-legend-warning = avertissement
export-legend-info = information
export-legend-gap = aucun segment dans cette langue
export-legend-control = caractère de contrôle qui ne devrait pas figurer dans le texte
export-document-findings = Constats portant sur l'ensemble du document
export-column-row = rangée
export-column-findings = constats
export-kind =
    { $kind ->
        [header] en-tête
        [title] titre
        [heading] intertitre
        [formula] formule
        [item] alinéa
        [footnote] note
        [closing] clôture
       *[paragraph] paragraphe
    }
export-confidence = confiance { $confidence }
export-footnotes = notes { $refs }
export-finding-item = { $severity } · { $lang } · { $code } : { $message }

## TMX and XLIFF notes

export-note-alignment = alignement : { $reasons }
export-note-official = texte officiel de l'Organisation des Nations Unies
export-note-working = traduction de travail établie pour ce dépôt, qui n'est pas un texte officiel de l'ONU
export-note-confidence = confiance { $confidence }
export-note-confidence-reasons = confiance { $confidence } : { $reasons }
export-note-footnotes = appels de note retirés du texte : { $refs }
export-note-finding = { $severity } : { $message }
