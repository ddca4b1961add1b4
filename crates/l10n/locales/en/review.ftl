### English
### Messages about review files (review.toml): pins, accepted findings, their commands and
### their errors. $file is a file name or path, $line a line of it, $key a dotted key
### (pin[2].segments.zh), $lang a language code, $id a finding id (numbers-differ:fr:op.3),
### $segments a segment range (pre.9..pre.11).

## Errors

review-error-invalid = { $file }:{ $line }: `{ $key }`: { $problem }
review-error-syntax = { $file }:{ $line }: { $problem }
# $expected is one of tables, date, string, languages.
review-problem-wrong-type = expected { $expected ->
        [tables] an array of tables
        [date] a date
        [string] a string
       *[languages] a table of languages
    }
review-problem-syntax = not valid TOML: { $detail }
review-problem-unknown-key = unknown key; expected one of { $expected }
review-problem-missing-key = missing key
review-problem-language = `{ $value }` is not a language; expected ar, zh, en, fr, ru or es
review-problem-range = `{ $value }` is not a segment range; expected a label, @ and a digest, or two of them joined by ..
review-problem-date = `{ $value }` is not a date; expected YYYY-MM-DD
review-problem-finding-id = `{ $value }` is not a finding id; expected code:lang or code:lang:label
review-problem-one-language = a pin needs at least two languages
review-error-io = cannot read { $path }
review-error-backwards = { $file }:{ $line }: the { $lang } segments { $segments } run backwards in the document
review-error-backwards-arg = the { $lang } segments { $segments } run backwards in the document
review-error-crossing = { $file }:{ $first } and { $file }:{ $second }: the two pins cross in { $lang }
review-error-locked = { $path } is held by another sixfold command (remove it if none is running)
review-error-unknown-finding = no finding `{ $id }` in this document; `sixfold check --all` lists the ids
review-error-unknown-segment = no { $lang } segment `{ $segments }` in this document
review-error-no-rendering = no { $lang } rendering in this document
review-error-nothing-to-remove = { $file }: nothing to remove: { $what }
review-error-with = `{ $value }` is not LANG:SEGMENTS (for example en:pre.9..pre.11)

## Confirmations of the commands that write review.toml

review-pinned = pinned { $segments } in { $file }
review-accepted = accepted { $id } in { $file }
review-unpinned = { $count ->
        [one] removed one pin from { $file }
       *[other] removed { $count } pins from { $file }
    }
review-unaccepted = removed the acceptance of { $id } from { $file }

## In check reports

check-outdated-accept = the finding { $id } accepted in { $file }:{ $review_line } was accepted on text that has changed; accept it again or remove the acceptance
check-outdated-pin = the pin in { $file }:{ $review_line } was made on other { $lang } text ({ $segments }) and is not applied; pin again or remove it
# After the summary line of a document's report.
check-accepted-count = { $count ->
        [one] { $count } accepted
       *[other] { $count } accepted
    }
# Heading of the list of accepted findings (check --all).
check-accepted-heading = accepted findings:
# $reason is the reason recorded in review.toml.
check-accepted-reason = reason: { $reason }

## Help

cli-about-pin = Pin segments of several languages together as one aligned row, in the folder's review.toml.
cli-about-accept = Accept a check finding as intended, in the folder's review.toml (check stops counting it).
cli-about-unpin = Remove pins from the folder's review.toml.
cli-about-unaccept = Remove an accepted finding from the folder's review.toml.
cli-arg-check-all = Also list the accepted findings, with their reasons.

## On the HTML review page and in TMX/XLIFF notes

export-note-pinned = pinned by a person in review.toml
export-pinned = pinned by a person
export-legend-pinned = row pinned by a person (review.toml)
export-command-pin = to pin this row as it is:
export-command-accept = to accept it:
# An accepted finding; $code and $message as in export-finding-item.
export-accepted-item = accepted · { $lang } · { $code }: { $message }
cli-arg-review-dir = Document folder (its review.toml is created when missing).
cli-arg-pin-lang = Language of the segments given with --segments.
cli-arg-pin-segments = Segments of that language: a label (pre.9), @ and a digest, or a range a..b.
cli-arg-pin-with = Segments of another language that belong with them, as LANG:SEGMENTS (en:pre.9..pre.11); repeat for more languages.
cli-arg-reason = Why the decision was made (kept in review.toml).
cli-arg-author = Who made it.
cli-arg-date = When (YYYY-MM-DD; default today, or the day of SOURCE_DATE_EPOCH when set).
cli-arg-accept-id = The finding's id, as sixfold check prints it (numbers-differ:fr:op.3).
cli-arg-unpin-segments = The segments as the pin names them in that language (pre.9).
cli-arg-unaccept-id = The finding's id, as sixfold check prints it (numbers-differ:fr:op.3).
