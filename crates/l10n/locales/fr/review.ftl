### French
### Messages about review files (review.toml) (see en/review.ftl).

## Errors

review-error-invalid = { $file }:{ $line } : `{ $key }` : { $problem }
review-error-syntax = { $file }:{ $line } : { $problem }
review-problem-wrong-type = { $expected ->
        [tables] tableau de tables attendu
        [date] date attendue
        [string] chaîne attendue
       *[languages] table de langues attendue
    }
review-problem-syntax = TOML non valide : { $detail }
review-problem-unknown-key = clé inconnue ; clés possibles : { $expected }
review-problem-missing-key = clé manquante
review-problem-language = `{ $value }` n'est pas une langue ; langues possibles : ar, zh, en, fr, ru ou es
review-problem-range = `{ $value }` n'est pas une plage de segments ; attendu : une étiquette, @ suivi d'une empreinte, ou deux d'entre elles reliées par ..
review-problem-date = `{ $value }` n'est pas une date ; format attendu : AAAA-MM-JJ
review-problem-finding-id = `{ $value }` n'est pas un identifiant de constat ; attendu : code:langue ou code:langue:étiquette
review-problem-one-language = un épinglage doit réunir au moins deux langues
review-error-io = impossible de lire { $path }
review-error-backwards = { $file }:{ $line } : les segments { $lang } { $segments } vont à rebours de l'ordre du document
review-error-backwards-arg = les segments { $lang } { $segments } vont à rebours de l'ordre du document
review-error-crossing = { $file }:{ $first } et { $file }:{ $second } : les deux épinglages se croisent en { $lang }
review-error-locked = { $path } est tenu par une autre commande sixfold (supprimez-le si aucune ne tourne)
review-error-unknown-finding = aucun constat `{ $id }` dans ce document ; `sixfold check --all` donne les identifiants
review-error-unknown-segment = aucun segment { $lang } `{ $segments }` dans ce document
review-error-no-rendering = aucune version { $lang } dans ce document
review-error-nothing-to-remove = { $file } : rien à supprimer : { $what }
review-error-with = `{ $value }` n'est pas de la forme LANGUE:SEGMENTS (par exemple en:pre.9..pre.11)

## Confirmations of the commands that write review.toml

review-pinned = épinglé { $segments } dans { $file }
review-accepted = constat { $id } accepté dans { $file }
review-unpinned = { $count ->
        [one] un épinglage supprimé de { $file }
       *[other] { $count } épinglages supprimés de { $file }
    }
review-unaccepted = acceptation de { $id } supprimée de { $file }

## In check reports

check-outdated-accept = le constat { $id } accepté dans { $file }:{ $review_line } l'a été sur un texte qui a changé depuis ; acceptez-le de nouveau ou supprimez l'acceptation
check-outdated-pin = l'épinglage de { $file }:{ $review_line } porte sur un autre texte { $lang } ({ $segments }) et n'est pas appliqué ; épinglez de nouveau ou supprimez-le
check-accepted-count = { $count ->
        [one] { $count } accepté
       *[other] { $count } acceptés
    }
check-accepted-heading = constats acceptés :
check-accepted-reason = motif : { $reason }

## Help

cli-about-pin = Épingler ensemble des segments de plusieurs langues en une seule rangée alignée, dans le review.toml du dossier.
cli-about-accept = Accepter un constat de check comme voulu, dans le review.toml du dossier (check cesse de le compter).
cli-about-unpin = Retirer des épinglages du review.toml du dossier.
cli-about-unaccept = Retirer un constat accepté du review.toml du dossier.
cli-arg-check-all = Lister aussi les constats acceptés, avec leurs motifs.

## On the HTML review page and in TMX/XLIFF notes

export-note-pinned = épinglé par une personne dans review.toml
export-pinned = épinglé par une personne
export-legend-pinned = rangée épinglée par une personne (review.toml)
export-command-pin = pour épingler cette rangée telle quelle :
export-command-accept = pour l'accepter :
export-accepted-item = accepté · { $lang } · { $code } : { $message }
cli-arg-review-dir = Dossier du document (son review.toml est créé s'il manque).
cli-arg-pin-lang = Langue des segments donnés avec --segments.
cli-arg-pin-segments = Segments de cette langue : une étiquette (pre.9), @ suivi d'une empreinte, ou une plage a..b.
cli-arg-pin-with = Segments d'une autre langue qui vont avec eux, sous la forme LANGUE:SEGMENTS (en:pre.9..pre.11) ; à répéter pour d'autres langues.
cli-arg-reason = Motif de la décision (conservé dans review.toml).
cli-arg-author = Auteur de la décision.
cli-arg-date = Date (AAAA-MM-JJ ; par défaut aujourd'hui, ou le jour de SOURCE_DATE_EPOCH s'il est défini).
cli-arg-accept-id = Identifiant du constat, tel que sixfold check l'affiche (numbers-differ:fr:op.3).
cli-arg-unpin-segments = Les segments tels que l'épinglage les nomme dans cette langue (pre.9).
cli-arg-unaccept-id = Identifiant du constat, tel que sixfold check l'affiche (numbers-differ:fr:op.3).
