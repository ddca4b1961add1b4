### Español
### Lectura de los archivos de las versiones: codificaciones y paquetes de Word (incidencia 10).

input-cannot-read = no se puede leer { $path }
input-unreadable-files = { $count ->
        [one] { $count } archivo no se puede leer
       *[other] { $count } archivos no se pueden leer
    }
input-file-error = { $path }: { $message }
input-invalid-utf8 = UTF-8 no válido en la línea { $line }, columna { $column } (byte { $offset }): guarde el archivo en UTF-8 (con o sin marca de orden de bytes) o en UTF-16 con marca de orden de bytes
input-nul-byte = byte NUL en la línea { $line }, columna { $column } (byte { $offset }): el archivo parece UTF-16 sin marca de orden de bytes; guárdelo en UTF-8, o en UTF-16 con marca de orden de bytes
input-stray-nul-byte = byte NUL en la línea { $line }, columna { $column } (byte { $offset }): un texto no contiene bytes NUL; el archivo está dañado o no es un archivo de texto
input-invalid-utf16 = UTF-16 ({ $order }) no válido en la línea { $line }, columna { $column } (byte { $offset }): un sustituto sin su par; el archivo está dañado o no es UTF-16
input-truncated-utf16 = texto UTF-16 ({ $order }) cortado en la línea { $line }, columna { $column } (byte { $offset }): el último carácter está incompleto; el archivo quedó truncado
input-docx-not-zip = no es un paquete de Word (un .docx es un archivo zip): { $detail }; guarde el documento como .docx (Word 2007 o posterior), no como .doc ni .rtf
input-docx-missing-part = el paquete de Word no tiene { $part }; se esperaba la parte principal del documento .docx
input-docx-too-large = { $part } ocupa más de { $limit } bytes descomprimido; se rechaza como bomba zip (ningún documento de las Naciones Unidas es tan grande)
input-docx-corrupt = { $part } no se puede descomprimir: { $detail }; el archivo está dañado
input-docx-xml = { $part } no es XML bien formado en el byte { $offset }: { $detail }
input-docx-part-encoding = { $part } no es texto UTF-8 ni UTF-16 (byte { $offset }); el paquete está dañado
note-unreadable-version = advertencia: { $path } en el commit { $commit } no se puede leer: { $message }; se omite esa versión (--strict lo convierte en error)
input-not-a-file = { $path } es { $what ->
        [directory] una carpeta
        [symlink] un enlace simbólico
        [symlink-loop] un enlace simbólico en bucle
        [symlink-broken] un enlace simbólico roto
        [fifo] una tubería con nombre (FIFO)
        [device] un dispositivo
        [socket] un socket
        [gitlink] un submódulo (gitlink)
        [symlink-out-of-repository] un enlace simbólico que sale de su repositorio
        [symlink-out-of-folder] un enlace simbólico que sale de su carpeta
       *[other] algo distinto de un archivo normal
    }; se esperaba un archivo normal
input-not-found = { $path } no existe
input-permission-denied = no se puede leer { $path }: permiso denegado
