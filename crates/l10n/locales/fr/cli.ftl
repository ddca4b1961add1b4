### French
### Messages of the `sixfold` command line (see en/cli.ftl).

## Help

cli-about = Outils en six langues pour les documents officiels de l'Organisation des Nations Unies.
cli-about-id = Analyser, valider et normaliser les cotes des documents de l'ONU.
cli-about-align = Aligner les versions d'un document paragraphe par paragraphe, dans les six langues.
cli-about-check = Comparer les versions au texte de référence : paragraphes manquants, fusionnés ou mal numérotés, nombres, notes.
cli-about-history = Lister les commits qui ont modifié chaque version et les rangées alignées touchées.
cli-about-stale = Trouver les segments traduits dont le segment de référence a changé depuis (code de sortie 1 s'il y en a).
cli-about-diff = Montrer ce qui a changé entre deux révisions, rangée par rangée et dans chaque langue.
cli-about-export = Exporter les rangées alignées en TMX, XLIFF 2.1, TSV, JSON Lines, texte Moses ou page HTML de révision.
cli-about-meta = Lire l'en-tête d'une version (session, dates, points de l'ordre du jour…) et comparer un dossier à document.toml.
cli-help-ui-lang = Langue de l'interface : ar, zh, en, fr, ru ou es (par défaut : SIXFOLD_LANG, puis LC_ALL, LC_MESSAGES ou LANG, sinon l'anglais)
cli-help-follow-symlinks = Lire les versions linguistiques, document.toml et review.toml qui sont des liens symboliques vers des fichiers ordinaires du dépôt (du dossier s'il n'est pas dans git) ; avec --rev le lien est résolu dans l'arbre de cette révision ; tout autre lien est refusé

## Errors

cli-error = erreur : { $message }
cli-caused-by = cause : { $cause }
cli-git-says = libgit2 indique : { $message }
cli-cannot-read = impossible de lire { $path }
cli-cannot-export = impossible d'exporter { $path }
cli-cannot-write-export = impossible d'écrire l'export { $format }
cli-write-owner-not-kept = { $path } appartient désormais à l'uid { $uid } : son propriétaire (uid { $old }) n'a pas pu être conservé
cli-write-hard-links-broken = { $path } a été remplacé : ses autres liens physiques ({ $count }) gardent l'ancien contenu
cli-cannot-write-moses = impossible d'écrire le fichier Moses pour { $lang }
cli-export-source-not-exported = la langue source { $lang } ne fait pas partie des langues exportées ({ $langs })
cli-export-xliff-pair = un fichier XLIFF contient une langue source et une langue cible : indiquez --langs SOURCE,CIBLE (reçu : { $langs })
cli-export-tmx-one-language = une mémoire de traduction TMX associe au moins deux langues : indiquez dans --langs au moins deux langues différentes (reçu : { $langs })
cli-export-no-rendering = { $path } n'a pas de version { $lang } : attendu l'une de { $langs }
cli-export-moses-output = Moses écrit un fichier par langue : indiquez -o DOSSIER ou -o CHEMIN/PRÉFIXE
cli-meta-unknown-language = impossible de déterminer la langue de { $path } : nommez le fichier <langue>.md (fr.md) ou indiquez --lang
cli-meta-cannot-read-header = impossible de lire l'en-tête de { $path }
cli-meta-no-renderings = aucune version dans { $path } : fichiers attendus ar.md, zh.md, en.md, fr.md, ru.md ou es.md
cli-meta-cannot-use = impossible d'utiliser { $path }
cli-meta-render-needs-folder = --render lit document.toml : indiquez un dossier de document, et non { $path }
cli-meta-render-needs-lang = --render a besoin de la langue du rendu : indiquez --lang ar, zh, en, fr, ru ou es
cli-meta-no-toml = { $path } n'a pas de document.toml d'où tirer l'en-tête
cli-meta-cannot-render = impossible de produire l'en-tête de { $path } en { $lang }

## sixfold meta

meta-label =
    { $field ->
        [symbol] cote
        [organ] organe
        [original] langue originale
        [distribution] distribution
        [date] date
        [session] session
        [agenda] points
        [report] rapport
        [draft] projet
        [resolution] résolution
        [title] titre
        [meeting] séance
       *[adopted] adoptée le
    }
meta-compared =
    { $field ->
        [symbol] cote
        [distribution] distribution
        [date] date
        [session] session
        [agenda-one] point de l'ordre du jour
        [agenda] points de l'ordre du jour
        [report] rapport
        [committee] commission
        [resolution] résolution
        [title] titre
        [meeting] séance
       *[adopted] date d'adoption
    }
meta-none = aucun
# Marks a header value the text does not state but that follows from others.
meta-derived = déduit
meta-report-committee = { $report } (commission { $committee })
meta-report-plenary = { $report } (plénière)
meta-all-agree = { $read } version(s) lue(s) sur { $total } ; toutes concordent avec { $reference }
meta-none-read = aucun en-tête des { $total } versions n’a pu être lu : rien à comparer
meta-disagreements =
    { $count ->
        [one] { $count } divergence
       *[other] { $count } divergences
    } avec { $reference } :
meta-disagreement = { $file } ligne { $line } : { meta-compared } { $found }, { $reference } indique { $expected }
meta-file-error = erreur : { $message }

## sixfold id

id-label =
    { $field ->
        [canonical] canonique
        [compact] compacte
        [base] base
        [modifiers] modificateurs
        [resolution] résolution
        [session] session
        [url] url
        [version] version
        [akn] akn
       *[invalid] invalide
    }
id-invalid-at = { $message } à l'octet { $offset }

## sixfold align

align-heading = { $symbol } ({ $place }), référence { $pivot }, { $rows ->
        [one] { $rows } rangée
       *[other] { $rows } rangées
    }
align-column-row = rangée
align-column-confidence = conf.
cli-align-mixed-inputs = indiquez soit des dossiers de documents, soit les fichiers d'un seul document, pas les deux
cli-align-no-such-input = { $path } n'existe pas : dossier de document ou fichier de version attendu
cli-align-cannot-load-files = impossible de charger les versions
cli-align-cannot-load-folder = impossible de charger le dossier de document { $path }
cli-cannot-list-translations = impossible de lister { $path } : lancez sixfold depuis la racine du dépôt ou nommez les documents
cli-no-document-folders = aucun dossier de document dans { $path }

## Argument help (clap)

cli-arg-paths = Dossiers de documents (contenant des fichiers `<lang>.md`), ou les fichiers de versions d'un seul document.
cli-arg-lang = Langue des fichiers dont le nom ne l'indique pas.
cli-arg-check-paths = Dossiers de documents, ou les fichiers de versions d'un seul document ; sans chemin, tous les dossiers de `translations/`.
cli-arg-pivot = Langue de référence à laquelle les autres sont comparées.
cli-arg-export-dir = Dossier de document contenant les versions `<lang>.md` et `document.toml`.
cli-arg-export-format = tmx (deux langues : bilingue, davantage : multilingue avec srclang *all*), xliff (une source, une cible), tsv, jsonl, moses (un fichier par langue ; exige -o), html.
cli-arg-export-langs = Langues à exporter, séparées par des virgules (par défaut : toutes les versions du dossier).
cli-arg-export-source = Langue source : `srcLang` XLIFF, `srclang` TMX bilingue, première colonne ailleurs (par défaut : la première de --langs, sinon l'anglais).
cli-arg-export-output = Fichier de sortie (sortie standard s'il est absent). Pour moses : un dossier existant, où les fichiers `<slug>.<lang>` sont écrits, ou un préfixe de chemin auquel `.<lang>` est ajouté.
cli-arg-meta-path = Une version (`fr.md`) ou un dossier de document avec ses versions et `document.toml`.
cli-arg-format = `text` pour les personnes, `json` pour les programmes.
cli-arg-meta-render = Écrire l'en-tête et les lignes finales d'un dossier de document dans la langue --lang, d'après document.toml, au lieu de lire les versions (text : Markdown comme dans les versions ; json : les lignes).
cli-arg-meta-layout = Avec `--render` : la présentation de l'en-tête, `current` (l'actuelle : Nations Unies, cote, organe, Distr. générale et date…) ou `1990s` (celle de l'A/RES/51/60 fourni).
cli-arg-id-symbols = Cotes ou identifiants de version ; sans argument, une par ligne sur l'entrée standard.
cli-arg-id-lang = Langue de l'adresse undocs.org, sauf si l'entrée est un identifiant de version qui a la sienne.
cli-needs-folder = { $path } est un fichier : cette commande lit un dossier de document ; indiquez { $folder }
cli-align-too-few-languages = { $place } contient { $count ->
        [one] une seule version linguistique ({ $langs })
       *[other] { $count } versions linguistiques ({ $langs })
    } : il en faut au moins deux pour l’alignement

## sixfold history, stale and diff

history-kind =
    { $kind ->
        [added] ajout
        [changed] modif.
        [removed] retrait
       *[other] { $kind }
    }
history-row-word = rangée
history-segment-word = segment
history-heading = historique de { $path } (premiers parents depuis { $rev }, rangées désignées d'après { $pivot })
history-commits = { $lang } : { $count ->
        [one] { $count } commit
       *[other] { $count } commits
    }
history-added-rows = rangées { $first } à { $last } ({ $count } rangées)
history-layout-only = (aucun segment modifié : mise en page ou espaces seulement)
history-renamed-from = renommé depuis { $path }
# $committed is "no" for the work tree, which has neither a date nor a commit message.
stale-line = segment { $segment } ligne { $line } modifié en dernier par { $commit } le { $date } ; { $pivot } { $pivot_label } modifié par { $pivot_commit }{ $committed ->
        [yes] {" "}le { $pivot_date } « { $summary } »
       *[no] {""}
    }
stale-summary = { $count ->
        [one] { $count } segment périmé
       *[other] { $count } segments périmés
    } dans { $path } par rapport à { $pivot } ({ $versions ->
        [one] { $versions } commit a modifié
       *[other] { $versions } commits ont modifié
    } le dossier, { $walked } parcourus)
diff-heading = différences de { $path } : { $from } ({ $from_rev }) → { $to } ({ $to_rev }), rangées appariées d'après { $pivot }
diff-row = rangée { $row }
diff-old-row = ancienne rangée { $rows }
diff-summary = { $count ->
        [one] { $count } rangée diffère
       *[other] { $count } rangées diffèrent
    }
note-uncommitted = remarque : les modifications non validées de { $folder } ne font pas partie de l'historique : { $list }
note-work-tree = l'arbre de travail
diff-uncommitted = modifications non validées comprises
note-undecodable = avertissement : { $path } dans le commit { $commit } n’est pas du texte UTF-8 (premier octet invalide à la position { $offset }) ; cette version est ignorée (--strict en fait une erreur)
note-shallow = remarque : clone superficiel, l'historique s'arrête à la limite { $commit } ({ $date }) ; les modifications antérieures sont inconnues
note-skipped-no-language = remarque : { $file } n'est pas lu : son nom n'indique aucune langue (nom attendu du type fr.md, FRA.md ou fr-FR.md)
note-skipped-same-language = remarque : { $file } n'est pas lu : un autre fichier du dossier est déjà la version dans sa langue
cli-cannot-read-at-rev = impossible de lire le dossier de document { $path } à la révision `{ $rev }`
cli-not-a-file-in-folder = { $path } ne désigne pas un fichier dans un dossier
cli-missing-at-rev = { $path } n'existe pas à la révision `{ $rev }`
cli-align-rev-needs-folder = --rev lit les dossiers de documents dans git : indiquez le dossier, et non ses fichiers
cli-help-usage = Utilisation :
cli-help-commands = Commandes
cli-help-options = Options
cli-help-arguments = Arguments
cli-help-flag = Afficher l’aide
cli-version-flag = Afficher la version
cli-arg-rev = Lire le document tel qu’il était à cette révision git (toute revspec), et non dans l’arbre de travail.
cli-arg-dir = Dossier du document, par exemple translations/A-RES-51-60.
cli-arg-history-rev = Révision dont l’historique est affiché.
cli-arg-stale-rev = Révision à vérifier (l’historique validé jusqu’à elle est lu ; l’arbre de travail seulement avec --worktree).
cli-arg-diff-from = La révision la plus ancienne.
cli-arg-diff-to = La révision la plus récente ; sans elle, l’arbre de travail (modifications non validées comprises, comme `git diff REV`).
cli-arg-no-follow = Ne pas suivre le dossier ni ses versions linguistiques à travers les renommages (comme `git log` sans --follow).
cli-arg-strict = Une version linguistique illisible dans un commit est une erreur, et non un avertissement qui ignore cette version.
cli-arg-cache = Conserver les alignements dans .git/sixfold/ du dépôt pour que l’exécution suivante les réutilise.
cli-arg-stale-worktree = Inclure les modifications non validées du dossier comme sa version la plus récente.

# Many documents in one run (--from, --jobs, --quiet; issue 12)
cli-from-cannot-read = impossible de lire la liste de dossiers { $path }
cli-from-bad-line = impossible de lire la ligne { $line } de la liste de dossiers
cli-from-and-paths = donnez les dossiers de documents soit en arguments, soit avec --from, pas les deux
cli-export-from-needs-dir = l’export de plusieurs documents demande -o DIR, le dossier où les écrire
cli-export-concat-format = --concat ne joint que les formats par lignes (tsv, jsonl, moses), pas { $format }
cli-export-same-name = { $path } ignoré : un dossier du même nom a déjà été exporté pendant cette exécution
cli-cannot-write-file = impossible d’écrire { $path }
cli-arg-from = Lire les dossiers de documents dans FILE, un par ligne (`-` : entrée standard) ; les résultats sont affichés dans l’ordre de la liste dès qu’ils sont prêts.
cli-arg-jobs = Nombre de documents traités à la fois (par défaut : tous les cœurs).
cli-arg-quiet = Ni barre de progression ni remarques (les erreurs, et les avertissements sur ce qu’une écriture n’a pas pu conserver, restent affichés).
cli-arg-export-concat = Avec --from et tsv, jsonl ou moses : un corpus sous -o DIR par paire de la langue source avec une autre, au lieu de fichiers par document.

## sixfold read

cli-about-read = Montrer ce que sixfold lit dans une version : les valeurs de son en-tête et ses segments (type, étiquette, texte, ligne, notes).
cli-arg-read-path = Une version : Markdown ou texte tel que le donne une bibliothèque PDF ou un copier-coller.
# Export of a folder from which nothing gives a document symbol.
cli-export-no-symbol = remarque : { $path } : aucune cote — document.toml n'en donne pas et l'en-tête d'aucune version n'en indique ; l'export ne porte pas de cote (ajoutez `symbol` à document.toml)
cli-export-empty-rendering = avertissement : { $path } : la version { $lang } est vide ; l’export ne contient rien en { $lang }
# clap's own words after an option's help, and command-line mistakes clap finds.
cli-help-default = par défaut : { $value }
cli-help-possible = valeurs possibles : { $values }
cli-parse-error = erreur : { $message }
    (--help donne la liste des options)
cli-parse-invalid-value = valeur « { $value } » non valable pour { $arg } ; valeurs possibles : { $values }
cli-parse-unknown-argument = option inconnue « { $arg } »
cli-parse-missing-argument = il manque : { $args }
cli-parse-unknown-command = commande inconnue « { $command } »
cli-parse-unknown-lang = langue inconnue « { $value } » : ar, zh, en, fr, ru ou es attendu
cli-parse-jobs = --jobs attend un nombre de documents traités à la fois, 1 ou plus : « { $value } »
cli-parse-invalid-because = { $arg } : { $why }

history-error-not-a-repository = hors de tout dépôt git : --rev en a besoin, comme history, stale et diff (recherché en remontant depuis { $path })
history-error-bare = le dépôt { $path } n'a pas d'arbre de travail : le dossier ne peut pas y être situé
history-error-folder-missing = dossier { $path } introuvable
history-error-read-file = impossible de lire { $path }
history-error-outside-work-tree = le dossier { $path } est hors de l'arbre de travail { $workdir } de son dépôt
history-error-unknown-revision = révision « { $rev } » inconnue : un commit, une branche, une étiquette ou une expression comme HEAD~2 est attendu
history-error-beyond-shallow = révision « { $rev } » inconnue dans ce clone superficiel : l'historique s'arrête à la limite du clone, les commits plus anciens sont absents (git fetch --unshallow les récupère)
history-error-not-a-commit = la révision « { $rev } » ne désigne pas un commit
history-error-folder-absent = le dossier « { $path } » n'existe pas à la révision « { $rev } »
history-error-not-a-folder = « { $path } » n'est pas un dossier à la révision « { $rev } »
history-error-no-renderings = aucune version linguistique dans « { $path } » à la révision « { $rev } » : fichiers ar.md, zh.md, en.md, fr.md, ru.md ou es.md attendus
history-error-pivot-absent = pas de { $lang }.md dans « { $path } » à la révision « { $rev } » : la version pivot est nécessaire pour trouver les traductions en retard
history-error-not-a-file = { $problem } (révision « { $rev } » : un blob de mode 100644 est attendu)
history-error-unreadable = « { $path } » illisible à la révision « { $rev } »
history-error-missing-commit = le commit { $commit }, nécessaire à l'historique de « { $path } », est absent (au-delà de la limite d'un clone superficiel, ou dépôt endommagé)
