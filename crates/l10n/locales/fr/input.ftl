### Français
### Lecture des fichiers de rendu : encodages et paquets Word (ticket 10).

input-cannot-read = impossible de lire { $path }
input-unreadable-files = { $count ->
        [one] { $count } fichier illisible
       *[other] { $count } fichiers illisibles
    }
input-file-error = { $path } : { $message }
input-invalid-utf8 = UTF-8 invalide ligne { $line }, colonne { $column } (octet { $offset }) : enregistrez le fichier en UTF-8 (avec ou sans indicateur d’ordre des octets) ou en UTF-16 avec indicateur d’ordre des octets
input-nul-byte = octet NUL ligne { $line }, colonne { $column } (octet { $offset }) : le fichier semble être en UTF-16 sans indicateur d’ordre des octets ; enregistrez-le en UTF-8, ou en UTF-16 avec indicateur d’ordre des octets
input-stray-nul-byte = octet NUL ligne { $line }, colonne { $column } (octet { $offset }) : un texte ne contient pas d’octet NUL ; le fichier est endommagé ou n’est pas un fichier texte
input-invalid-utf16 = UTF-16 ({ $order }) invalide ligne { $line }, colonne { $column } (octet { $offset }) : demi-code isolé ; le fichier est endommagé ou n’est pas en UTF-16
input-truncated-utf16 = texte UTF-16 ({ $order }) coupé ligne { $line }, colonne { $column } (octet { $offset }) : le dernier caractère est incomplet ; le fichier a été tronqué
input-docx-not-zip = ce n’est pas un paquet Word (un .docx est un fichier zip) : { $detail } ; enregistrez le document au format .docx (Word 2007 ou ultérieur), pas .doc ni .rtf
input-docx-missing-part = le paquet Word n’a pas de { $part } ; la partie principale du document .docx est attendue
input-docx-too-large = { $part } se décompresse en plus de { $limit } octets ; refusé comme bombe zip (aucun document de l’ONU n’est aussi volumineux)
input-docx-corrupt = { $part } ne peut pas être décompressé : { $detail } ; le fichier est endommagé
input-docx-xml = { $part } n’est pas du XML bien formé à l’octet { $offset } : { $detail }
input-docx-part-encoding = { $part } n’est pas du texte UTF-8 ou UTF-16 (octet { $offset }) ; le paquet est endommagé
note-unreadable-version = avertissement : { $path } dans le commit { $commit } est illisible : { $message } ; cette version est ignorée (--strict en fait une erreur)
input-not-a-file = { $path } est { $what ->
        [directory] un dossier
        [symlink] un lien symbolique
        [symlink-loop] un lien symbolique en boucle
        [symlink-broken] un lien symbolique cassé
        [fifo] un tube nommé (FIFO)
        [device] un périphérique
        [socket] une socket
        [gitlink] un sous-module (gitlink)
        [symlink-out-of-repository] un lien symbolique qui sort de son dépôt
        [symlink-out-of-folder] un lien symbolique qui sort de son dossier
       *[other] autre chose qu’un fichier ordinaire
    } ; un fichier ordinaire est attendu
input-not-found = { $path } n’existe pas
input-permission-denied = { $path } ne peut pas être lu : permission refusée
