### French
### Messages of `sixfold check` and the explanations of check findings (see en/check.ftl).

## Report

check-severity =
    { $severity ->
        [error] erreur
        [warning] avertissement
       *[info] info
    }
check-no-symbol = document sans cote
check-other-pivot = référence { $pivot } : il n’y a pas de version { $wanted }
check-summary =
    { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }, { $infos ->
        [one] { $infos } info
       *[other] { $infos } infos
    }
check-total = documents vérifiés : { $documents } ; { $summary }
check-total-unusable = documents vérifiés : { $documents }, inutilisables : { $unusable } ; { $summary }

## Findings

check-empty-rendering = la version { $lang } ({ $source }) est vide
check-missing-rendering = document.toml annonce une version { $lang }, mais { $lang }.md est absent
check-absent-rendering = le dossier n’a pas de version { $lang } ({ $count } des six langues sont présentes ; un document.toml qui liste les versions indique lesquelles attendre)
check-empty-segment = { $lang } : segment { $label } vide
check-missing-paragraph = { $lang } : paragraphe manquant, { $label } de la version { $pivot } (ligne { $pivot_line })
check-extra-paragraph = { $lang } : paragraphe en trop, { $label } sans équivalent dans la version { $pivot }
check-merged-paragraphs = { $lang } { $segment } : paragraphes fusionnés, { $pivot_count } segments de la version { $pivot } ({ $labels }) réunis en { $count ->
        [one] un seul
       *[other] { $count }
    }
check-split-paragraph = { $lang } : paragraphe scindé, { $labels } de la version { $pivot } découpé en { $count } segments
check-regrouped-paragraphs = { $lang } : { $pivot_count } segments de la version { $pivot } ({ $labels }) regroupés en { $count }
check-what =
    { $what ->
        [operative-paragraph] paragraphe
        [footnote] note
        [article] article
        [subparagraph] alinéa
       *[number] numéro
    }
check-numbering-gap = { $lang } : numérotation interrompue ({ check-what } { $number }), manque : { $missing }
check-numbering-order = { $lang } : { check-what } { $number } après { $previous }
check-numbering-mismatch = { $lang } { $segment } : numéro { $found } au lieu de { $expected } (version { $pivot })
check-pivot-number-lost = { $lang } { $segment } : aucun numéro, alors que les versions { $langs } portent { $expected }
check-footnote-count = { $lang } : { $count ->
        [one] { $count } note
       *[other] { $count } notes
    } de bas de page, contre { $expected } dans la version { $pivot }
check-footnote-marker-mismatch = { $lang } { $segment } : appels de note [{ $found }] au lieu de [{ $expected }] (version { $pivot })
check-footnote-missing-text = { $lang } { $segment } : appel de note { $number } sans texte de note
check-footnote-unreferenced = { $lang } : la note { $number } n'est appelée nulle part dans le texte
check-numbers-differ = { $lang } { $segment } : nombres différents de la version { $pivot } : manquants [{ $missing }], en trop [{ $extra }]
check-symbols-differ = { $lang } { $segment } : cotes différentes de la version { $pivot } : manquantes [{ $missing }], en trop [{ $extra }]
check-header-symbol-mismatch = { $lang }, en-tête : { meta-compared } { $found }, { $reference } indique { $expected }
check-header-distribution-mismatch = { $lang }, en-tête : { meta-compared } { $found }, { $reference } indique { $expected }
check-header-date-mismatch = { $lang }, en-tête : { meta-compared } { $found }, { $reference } indique { $expected }
check-header-session-mismatch = { $lang }, en-tête : { meta-compared } { $found }, { $reference } indique { $expected }
check-header-agenda-mismatch = { $lang }, en-tête : { meta-compared } { $found }, { $reference } indique { $expected }
check-header-report-mismatch = { $lang }, en-tête : { meta-compared } { $found }, { $reference } indique { $expected }
check-header-committee-mismatch = { $lang }, en-tête : { meta-compared } { $found }, { $reference } indique { $expected }
check-header-resolution-mismatch = { $lang }, en-tête : { meta-compared } { $found }, { $reference } indique { $expected }
check-header-title-mismatch = { $lang }, en-tête : { meta-compared } { $found }, { $reference } indique { $expected }
check-header-meeting-mismatch = { $lang }, en-tête : { meta-compared } { $found }, { $reference } indique { $expected }
check-header-adopted-mismatch = { $lang }, en-tête : { meta-compared } { $found }, { $reference } indique { $expected }
check-header-unreadable = { $lang } : l'en-tête ne peut pas être comparé avec document.toml : { $error }
check-untranslated-paragraph = { $lang } { $segment } : texte non traduit, identique à la version { $pivot }
check-script-name =
    { $script ->
        [Arabic] arabe
        [Han] chinoise
        [Cyrillic] cyrillique
       *[Latin] latine
    }
check-wrong-script = { $lang } { $segment } : texte en majeure partie hors de l'écriture { check-script-name } (part des lettres : { $share })
check-control-characters = { $lang } { $segment } : { $count ->
        [one] { $count } caractère de commande
       *[other] { $count } caractères de commande
    } ({ $chars }), que les exports suppriment
check-invisible-characters = { $lang } { $segment } : { $count ->
        [one] { $count } caractère invisible
       *[other] { $count } caractères invisibles
    } ({ $chars }), que les exports suppriment
check-length-ratio = { $lang } { $segment } : longueur égale à { $ratio } fois celle attendue d'après la version { $pivot }
check-misplaced-paragraph = { $lang } { $segment } : ce texte correspond à { $label } de la version { $pivot } (ligne { $pivot_line }), qui se trouve ailleurs : les paragraphes ne sont pas dans l'ordre
