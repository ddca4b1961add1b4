### English
### Reading rendering files: encodings and Word packages (issue 10). $path and $part are
### file or package part names, $detail a technical description from the zip or XML
### reader (English), $order LE or BE; $offset, $line, $column, $count and $limit are
### numbers ($line and $column from 1, the column in characters).

input-cannot-read = cannot read { $path }
input-unreadable-files = { $count ->
        [one] { $count } file cannot be read
       *[other] { $count } files cannot be read
    }
input-file-error = { $path }: { $message }
input-invalid-utf8 = invalid UTF-8 at line { $line }, column { $column } (byte offset { $offset }): save the file as UTF-8 (with or without a byte-order mark) or as UTF-16 with a byte-order mark
input-nul-byte = NUL byte at line { $line }, column { $column } (byte offset { $offset }): the file looks like UTF-16 without a byte-order mark; save it as UTF-8, or as UTF-16 with a byte-order mark
input-stray-nul-byte = NUL byte at line { $line }, column { $column } (byte offset { $offset }): text holds no NUL bytes; the file is damaged or is not a text file
input-invalid-utf16 = invalid UTF-16 ({ $order }) at line { $line }, column { $column } (byte offset { $offset }): a surrogate without its pair; the file is damaged or not UTF-16
input-truncated-utf16 = UTF-16 ({ $order }) text cut at line { $line }, column { $column } (byte offset { $offset }): the last character is incomplete; the file was cut short
input-docx-not-zip = not a Word package (a .docx is a zip file): { $detail }; save the document as .docx (Word 2007 or later), not .doc or .rtf
input-docx-missing-part = the Word package has no { $part }; expected the main document part of a .docx
input-docx-too-large = { $part } decompresses to more than { $limit } bytes; refused as a zip bomb (no UN document is that large)
input-docx-corrupt = { $part } cannot be decompressed: { $detail }; the file is damaged
input-docx-xml = { $part } is not well-formed XML at byte offset { $offset }: { $detail }
input-docx-part-encoding = { $part } is not UTF-8 or UTF-16 text (byte offset { $offset }); the package is damaged
note-unreadable-version = warning: { $path } in commit { $commit } cannot be read: { $message }; that version is skipped (--strict makes this an error)
# What a path is when it is not a regular file ($what: directory, symlink, symlink-loop,
# symlink-broken, symlink-out-of-repository, symlink-out-of-folder, fifo, device, socket,
# gitlink or other).
input-not-a-file = { $path } is { $what ->
        [directory] a directory
        [symlink] a symbolic link
        [symlink-loop] a symbolic link in a loop
        [symlink-broken] a broken symbolic link
        [fifo] a FIFO
        [device] a device
        [socket] a socket
        [gitlink] a submodule (gitlink)
        [symlink-out-of-repository] a symbolic link leading out of its repository
        [symlink-out-of-folder] a symbolic link leading out of its folder
       *[other] not a regular file
    }; expected a regular file
input-not-found = { $path } does not exist
input-permission-denied = { $path } cannot be read: permission denied
