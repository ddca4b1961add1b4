### English
### Messages of the `sixfold` command line: help summaries, errors, report labels.
### $path, $file and $reference are file names or paths and $langs a list of language
### codes: text, never isolated (terminal output). Counts are numbers.

## Help

cli-about = Six-language tooling for United Nations parliamentary documents.
cli-about-id = Parse, validate and normalise UN document symbols.
cli-about-align = Align the renderings of documents paragraph by paragraph, six ways.
cli-about-check = Check renderings against the pivot: missing, merged or misnumbered paragraphs, numbers, footnotes.
cli-about-history = List the commits that changed each rendering and the aligned rows they touched.
cli-about-stale = Find translated segments whose pivot segment changed after they did (exit 1 if any).
cli-about-diff = Show what changed between two revisions, row by row and in every language.
cli-about-export = Export the aligned rows as TMX, XLIFF 2.1, TSV, JSON Lines, Moses text or an HTML review page.
cli-about-meta = Read the header of a rendering (session, dates, agenda items…) and compare a folder with document.toml.
cli-help-ui-lang = Language of the interface: ar, zh, en, fr, ru or es (default: SIXFOLD_LANG, then LC_ALL, LC_MESSAGES or LANG, then English)
cli-help-follow-symlinks = Read renderings, document.toml and review.toml that are symbolic links to regular files inside the repository (inside the folder when it is not in git); at --rev a link is resolved in that revision's tree; any other link is refused

## Errors

# An error the command stopped on, and each of its causes on the following lines.
cli-error = error: { $message }
cli-caused-by = caused by: { $cause }
# The words of the git library, which has no translations: its message without the
# class and code numbers.
cli-git-says = libgit2 says: { $message }
cli-cannot-read = cannot read { $path }
cli-cannot-export = cannot export { $path }
cli-cannot-write-export = cannot write the { $format } export
cli-write-owner-not-kept = { $path } now belongs to uid { $uid }: its owner (uid { $old }) could not be kept
cli-write-hard-links-broken = { $path } was replaced: its { $count } other hard links keep the old content
cli-cannot-write-moses = cannot write the moses file for { $lang }
cli-export-source-not-exported = the source language { $lang } is not among the exported languages ({ $langs })
cli-export-xliff-pair = xliff holds one source and one target language: give --langs SOURCE,TARGET (got { $langs })
cli-export-tmx-one-language = a TMX translation memory pairs at least two languages: give --langs with two or more different languages (got { $langs })
cli-export-no-rendering = { $path } has no { $lang } rendering: expected one of { $langs }
cli-export-moses-output = moses writes one file per language: give -o DIRECTORY or -o PATH/PREFIX
cli-meta-unknown-language = cannot tell the language of { $path }: name the file <lang>.md (fr.md) or pass --lang
cli-meta-cannot-read-header = cannot read the header of { $path }
cli-meta-no-renderings = no renderings in { $path }: expected files named ar.md, zh.md, en.md, fr.md, ru.md or es.md
cli-meta-cannot-use = cannot use { $path }
cli-meta-render-needs-folder = --render reads document.toml: give a document folder, not { $path }
cli-meta-render-needs-lang = --render needs the language to render: give --lang ar, zh, en, fr, ru or es
cli-meta-no-toml = { $path } has no document.toml to render the header from
cli-meta-cannot-render = cannot render the header of { $path } in { $lang }

## sixfold meta

# Label of a header value in the text output of `sixfold meta`.
meta-label =
    { $field ->
        [symbol] symbol
        [organ] organ
        [original] original language
        [distribution] distribution
        [date] date
        [session] session
        [agenda] agenda items
        [report] report
        [draft] draft
        [resolution] resolution
        [title] title
        [meeting] meeting
       *[adopted] adopted
    }
# A header value compared with the reference, in a disagreement line.
meta-compared =
    { $field ->
        [symbol] symbol
        [distribution] distribution
        [date] date
        [session] session
        [agenda-one] agenda item
        [agenda] agenda items
        [report] report
        [committee] committee
        [resolution] resolution
        [title] title
        [meeting] meeting
       *[adopted] adoption date
    }
meta-none = none
# Marks a header value the text does not state but that follows from others.
meta-derived = derived
meta-report-committee = { $report } (committee { $committee })
meta-report-plenary = { $report } (plenary)
meta-all-agree = { $read } of { $total } renderings read; all agree with { $reference }
meta-none-read = no header of the { $total } renderings could be read: nothing to compare
meta-disagreements =
    { $count ->
        [one] { $count } disagreement
       *[other] { $count } disagreements
    } with { $reference }:
meta-disagreement = { $file } line { $line }: { meta-compared } { $found }, { $reference } says { $expected }
meta-file-error = error: { $message }

## sixfold id

id-label =
    { $field ->
        [canonical] canonical
        [compact] compact
        [base] base
        [modifiers] modifiers
        [resolution] resolution
        [session] session
        [url] url
        [version] version
        [akn] akn
       *[invalid] invalid
    }
id-invalid-at = { $message } at offset { $offset }

## sixfold align

align-heading = { $symbol } ({ $place }), pivot { $pivot }, { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }
align-column-row = row
align-column-confidence = conf
cli-align-mixed-inputs = give either document folders or the files of one document, not both
cli-align-no-such-input = { $path } does not exist: expected a document folder or a rendering file
cli-align-cannot-load-files = cannot load the renderings
cli-align-cannot-load-folder = cannot load the document folder { $path }
cli-cannot-list-translations = cannot list { $path }: run sixfold from the repository root or name documents
cli-no-document-folders = no document folders under { $path }

## Argument help (clap)

cli-arg-paths = Document folders (each holding `<lang>.md` files), or the rendering files of one document.
cli-arg-lang = Language of files whose name does not say it.
cli-arg-check-paths = Document folders, or the rendering files of one document; none means every folder under `translations/`.
cli-arg-pivot = Reference language the others are compared with.
cli-arg-export-dir = Document folder holding `<lang>.md` renderings and `document.toml`.
cli-arg-export-format = tmx (two languages: bilingual, more: multilingual with srclang *all*), xliff (one source, one target), tsv, jsonl, moses (one file per language; needs -o), html.
cli-arg-export-langs = Languages to export, comma-separated (default: every rendering in the folder).
cli-arg-export-source = Source language: XLIFF `srcLang`, bilingual TMX `srclang`, the first column elsewhere (default: the first of --langs, else English).
cli-arg-export-output = Output file (stdout when absent). For moses: an existing directory, where `<slug>.<lang>` files are written, or a path prefix to which `.<lang>` is appended.
cli-arg-meta-path = A rendering (`fr.md`) or a document folder with renderings and `document.toml`.
cli-arg-format = `text` for people, `json` for machines.
cli-arg-meta-render = Write the header block and closing lines of a document folder in `--lang`, from its document.toml, instead of reading the renderings (text: Markdown as in the renderings; json: the lines).
cli-arg-meta-layout = With `--render`: the masthead layout, `current` (today's: United Nations, symbol, organ, Distr.: General and date…) or `1990s` (that of the bundled A/RES/51/60).
cli-arg-id-symbols = Symbols or version ids; with none, one per line is read from standard input.
cli-arg-id-lang = Language of the undocs.org address, unless the input is a version id with its own.
cli-needs-folder = { $path } is a file: this command reads a document folder; give { $folder }
cli-align-too-few-languages = { $place } has { $count ->
        [one] one rendering ({ $langs })
       *[other] { $count } renderings ({ $langs })
    }: aligning needs at least two languages

## sixfold history, stale and diff

# Kind of change to a row or segment; $kind is the machine name.
history-kind =
    { $kind ->
        [added] added
        [changed] changed
        [removed] removed
       *[other] { $kind }
    }
history-row-word = row
history-segment-word = segment
history-heading = history of { $path } (first parents from { $rev }, rows labelled by { $pivot })
history-commits = { $lang }: { $count ->
        [one] { $count } commit
       *[other] { $count } commits
    }
history-added-rows = rows { $first }–{ $last } ({ $count } rows)
history-layout-only = (no segment changed: layout or whitespace only)
history-renamed-from = renamed from { $path }
# One stale segment; $segment and $line arrive padded for alignment (text).
# $committed is "no" for the work tree, which has neither a date nor a commit message.
stale-line = segment { $segment } line { $line } last changed { $commit } { $date }; { $pivot } { $pivot_label } changed in { $pivot_commit }{ $committed ->
        [yes] {" "}{ $pivot_date } "{ $summary }"
       *[no] {""}
    }
stale-summary = { $count ->
        [one] { $count } stale segment
       *[other] { $count } stale segments
    } in { $path } against { $pivot } ({ $versions ->
        [one] { $versions } commit
       *[other] { $versions } commits
    } changed the folder, { $walked } walked)
diff-heading = diff of { $path }: { $from } ({ $from_rev }) → { $to } ({ $to_rev }), rows matched by { $pivot }
diff-row = row { $row }
diff-old-row = old row { $rows }
diff-summary = { $count ->
        [one] { $count } row differs
       *[other] { $count } rows differ
    }
note-uncommitted = note: uncommitted changes in { $folder } are not part of the history: { $list }
note-work-tree = the work tree
diff-uncommitted = uncommitted edits included
note-undecodable = warning: { $path } in commit { $commit } is not UTF-8 text (first bad byte at offset { $offset }); that version is skipped (--strict makes this an error)
note-shallow = note: shallow clone: history stops at the shallow boundary { $commit } ({ $date }); changes before it are not known
note-skipped-no-language = note: { $file } is not read: its name gives no language (expected a name such as fr.md, FRA.md or fr-FR.md)
note-skipped-same-language = note: { $file } is not read: another file of the folder is already the rendering in its language
cli-cannot-read-at-rev = cannot read the document folder { $path } at revision `{ $rev }`
cli-not-a-file-in-folder = { $path } does not name a file in a folder
cli-missing-at-rev = { $path } does not exist at revision `{ $rev }`
cli-align-rev-needs-folder = --rev reads document folders from git: give the folder, not its files
cli-help-usage = Usage:
cli-help-commands = Commands
cli-help-options = Options
cli-help-arguments = Arguments
cli-help-flag = Print help
cli-version-flag = Print version
cli-arg-rev = Read the document as it was at this git revision (any revspec), not the work tree.
cli-arg-dir = Document folder, e.g. translations/A-RES-51-60.
cli-arg-history-rev = Revision whose history to show.
cli-arg-stale-rev = Revision to check (the committed history up to it is read; the work tree only with --worktree).
cli-arg-diff-from = The older revision.
cli-arg-diff-to = The newer revision; without it, the work tree (uncommitted edits included, as `git diff REV`).
cli-arg-no-follow = Do not follow the folder or its renderings through renames (as `git log` without --follow).
cli-arg-strict = A rendering that cannot be decoded in some commit is an error, not a warning that skips that version.
cli-arg-cache = Keep alignments under the repository's .git/sixfold/ so that the next run reuses them.
cli-arg-stale-worktree = Include the uncommitted changes of the folder as its newest version.

# Many documents in one run (--from, --jobs, --quiet; issue 12)
cli-from-cannot-read = cannot read the folder list { $path }
cli-from-bad-line = cannot read line { $line } of the folder list
cli-from-and-paths = give document folders either as arguments or with --from, not both
cli-export-from-needs-dir = exporting several documents needs -o DIR, the folder to write them in
cli-export-concat-format = --concat joins line formats only (tsv, jsonl, moses), not { $format }
cli-export-same-name = skipped { $path }: a folder of the same name was already exported in this run
cli-cannot-write-file = cannot write { $path }
cli-arg-from = Read the document folders from FILE, one per line (`-`: standard input); results are printed in input order as they are ready.
cli-arg-jobs = Documents worked on at once (default: every core).
cli-arg-quiet = No progress bar and no notes (errors, and warnings about what a write could not keep, are still shown).
cli-arg-export-concat = With --from and tsv, jsonl or moses: one corpus under -o DIR for each pair of the source language with another, instead of files per document.

## sixfold read

cli-about-read = Show what sixfold reads in one rendering: its header values and its segments (kind, label, text, line, footnotes).
cli-arg-read-path = A rendering: Markdown or text as any PDF library or copy-paste gives it.
# Export of a folder from which nothing gives a document symbol.
cli-export-no-symbol = note: { $path }: no symbol — document.toml gives none and no rendering's masthead states one; the export carries no symbol (add `symbol` to document.toml)
cli-export-empty-rendering = warning: { $path }: the { $lang } rendering has no text; the export holds nothing in { $lang }
# clap's own words after an option's help, and command-line mistakes clap finds.
cli-help-default = default: { $value }
cli-help-possible = possible values: { $values }
cli-parse-error = error: { $message }
    (--help lists the options)
cli-parse-invalid-value = invalid value “{ $value }” for { $arg }; possible values: { $values }
cli-parse-unknown-argument = unknown option “{ $arg }”
cli-parse-missing-argument = missing: { $args }
cli-parse-unknown-command = unknown command “{ $command }”
cli-parse-unknown-lang = unknown language “{ $value }”: expected ar, zh, en, fr, ru or es
cli-parse-jobs = --jobs takes a number of documents worked on at once, 1 or more: “{ $value }”
cli-parse-invalid-because = { $arg }: { $why }

# Errors of reading a folder's git history (sixfold_history::HistoryError).
history-error-not-a-repository = not inside a git repository: --rev needs one, and so do history, stale and diff (searched upward from { $path })
history-error-bare = repository { $path } has no work tree: the folder cannot be located in it
history-error-folder-missing = cannot find folder { $path }
history-error-read-file = cannot read { $path }
history-error-outside-work-tree = folder { $path } is outside the work tree { $workdir } of its repository
history-error-unknown-revision = unknown revision `{ $rev }`: expected a commit, branch, tag or revspec such as HEAD~2
history-error-beyond-shallow = unknown revision `{ $rev }` in this shallow clone: history stops at the shallow boundary, so older commits are not present (git fetch --unshallow fetches them)
history-error-not-a-commit = revision `{ $rev }` does not name a commit
history-error-folder-absent = folder `{ $path }` does not exist at revision `{ $rev }`
history-error-not-a-folder = `{ $path }` at revision `{ $rev }` is not a folder
history-error-no-renderings = no rendering in `{ $path }` at revision `{ $rev }`: expected files named ar.md, zh.md, en.md, fr.md, ru.md or es.md
history-error-pivot-absent = no { $lang }.md in `{ $path }` at revision `{ $rev }`: the pivot rendering is needed to find stale translations
history-error-not-a-file = { $problem } (revision `{ $rev }`: a blob of mode 100644)
history-error-unreadable = `{ $path }` at revision `{ $rev }` cannot be read
history-error-missing-commit = commit { $commit } needed for the history of `{ $path }` is missing (beyond a shallow clone's boundary, or a damaged repository)
