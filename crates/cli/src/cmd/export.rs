//! `sixfold export`: one document's aligned rows as TMX, XLIFF, TSV, JSON Lines, Moses
//! parallel text or an HTML review page.
//!
//! The findings of the checks travel inside the export (XLIFF notes, JSON `findings`, the
//! review page's highlights), so the exit code only says whether the export was written:
//! 0, or 2 when the input or the options cannot give one.
//!
//! Labels written for people (the HTML page's headings, legend and finding texts, TMX and
//! XLIFF notes) follow the interface language (`--ui-lang`); data, codes and the other
//! formats do not change with it.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use sixfold_core::Lang;
use sixfold_export::render::{chosen_languages, source_of};
use sixfold_export::{
    Fill, Format, IoText, Plan, Prepared, Request, Staged, WriteNote, moses_paths,
    stage_files_with, tabular, write_files_with, write_with,
};
use sixfold_l10n::Args as L10nArgs;

use crate::args::{RevArg, help, parse_lang};
use crate::ui::{self, t, t1};

/// Arguments of `sixfold export`: one document folder (or `--from`), read at `--rev`, and
/// the export's own format, languages and output.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[arg(value_name = "DIR", required_unless_present = "from", help = help("cli-arg-export-dir"))]
    dir: Option<PathBuf>,
    #[arg(long, value_parser = parse_format, help = help("cli-arg-export-format"))]
    format: Format,
    #[arg(long, value_delimiter = ',', value_parser = parse_lang, help = help("cli-arg-export-langs"))]
    langs: Vec<Lang>,
    #[arg(long, value_parser = parse_lang, help = help("cli-arg-export-source"))]
    source: Option<Lang>,
    #[arg(short = 'o', long = "output", value_name = "PATH", help = help("cli-arg-export-output"))]
    output: Option<PathBuf>,
    #[command(flatten)]
    rev: RevArg,
    #[arg(long, requires = "from", help = help("cli-arg-export-concat"))]
    concat: bool,
    #[command(flatten)]
    many: crate::stream::Many,
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse::<Format>().map_err(|e| e.to_string())
}

pub(crate) fn run(args: &Args) -> anyhow::Result<ExitCode> {
    remove_staged_on_signal();
    crate::source::quiet_notes(args.many.quiet);
    let Some(dir) = &args.dir else {
        let source = args
            .many
            .source(&[])?
            .expect("this cannot fail because clap requires DIR or --from");
        return run_many(args, source);
    };
    if args.many.from.is_some() {
        bail!(ui::plain("cli-from-and-paths"));
    }
    let prepared = crate::source::prepared(dir, args.rev.get(), args.format)
        .with_context(|| t1("cli-cannot-export", "path", dir.display()))?;
    let inputs = inputs(dir, &prepared);
    let aligned = prepared.aligned();
    match plan(args, dir, &prepared)? {
        Plan::PerLanguage { langs, source } => {
            let Some(output) = &args.output else {
                bail!(ui::plain("cli-export-moses-output"));
            };
            let order = aligned.order(&langs, Some(source));
            write_moses(args, output, &prepared.set.slug, &aligned, &order, &inputs)?;
        }
        // Written as it is made, into the staged file or standard output: an export is
        // several times the size of its renderings and is never held whole.
        Plan::One(file) => {
            if let Some(path) = &args.output {
                let notes = write_with(path, &inputs, |w| {
                    let mut text = IoText::new(w);
                    file.write_to(&aligned, &mut text);
                    text.finish().map(drop)
                })
                .with_context(|| t1("cli-cannot-write-export", "format", args.format))?;
                print_notes(&notes);
            } else {
                let mut text = IoText::new(std::io::BufWriter::new(std::io::stdout().lock()));
                file.write_to(&aligned, &mut text);
                text.finish()?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The export of one prepared document in the chosen format and languages, planned
/// without writing yet: the library's choice of writer, shared with the Python package,
/// with its refusals in the interface language.
fn plan(args: &Args, dir: &Path, prepared: &Prepared) -> anyhow::Result<Plan> {
    let request = request(args, dir, prepared);
    sixfold_export::plan(&prepared.aligned(), &dir.display().to_string(), &request)
        .map_err(|e| anyhow::anyhow!(e.message_in(ui::lang())))
}

/// The request of the command line, after telling the user when the export carries no
/// symbol.
fn request<'a>(args: &'a Args, dir: &Path, prepared: &Prepared) -> Request<'a> {
    if prepared.aligned().symbol().is_none() {
        // Never the folder's name in its place: the export carries no symbol, and says so.
        crate::source::print_notes([t1("cli-export-no-symbol", "path", dir.display())]);
    }
    // An empty rendering exports as a file without units, which a CAT tool imports as an
    // empty memory without a word: say so.
    let empty = prepared.set.docs.iter().filter(|(lang, doc)| {
        doc.segments.is_empty() && (args.langs.is_empty() || args.langs.contains(lang))
    });
    crate::source::print_notes(empty.map(|(lang, _)| {
        ui::t(
            "cli-export-empty-rendering",
            &sixfold_l10n::Args::new()
                .text("path", dir.display().to_string())
                .text("lang", lang.to_string()),
        )
    }));
    Request {
        format: args.format,
        langs: &args.langs,
        source: args.source,
        ui: ui::lang(),
    }
}

/// The file name extension of a one-file format.
fn extension(format: Format) -> &'static str {
    match format {
        Format::Xliff => "xlf",
        other => other.as_str(),
    }
}

/// What one document adds to a run over many: pieces to append to the corpus files of
/// `--concat`, or its files already written into their temporary files (their paths, and
/// the staging or what stopped it, reported when the document's turn comes).
enum Done {
    /// The document's slug (its rows' ids start with it) and its pieces of the corpora.
    Concat(String, Vec<(PathBuf, String)>),
    Staged {
        paths: Vec<PathBuf>,
        staged: Result<Staged, sixfold_export::WriteError>,
    },
}

/// Many documents: with `-o DIR`, one file (Moses: one per language) per document named
/// after its folder; with `--concat`, the line formats appended document after document
/// to one corpus per language pair, written into place only when the run is over.
fn run_many(args: &Args, source: crate::stream::Source) -> anyhow::Result<ExitCode> {
    let Some(out_dir) = &args.output else {
        bail!(ui::plain("cli-export-from-needs-dir"));
    };
    if args.concat && !matches!(args.format, Format::Tsv | Format::Jsonl | Format::Moses) {
        bail!(t1("cli-export-concat-format", "format", args.format));
    }
    std::fs::create_dir_all(out_dir)
        .with_context(|| t1("cli-cannot-write-export", "format", args.format))?;
    let mut corpus = Corpus::new(out_dir);
    let mut written: std::collections::HashSet<PathBuf> = std::collections::HashSet::new();
    let mut slugs: std::collections::HashSet<String> = std::collections::HashSet::new();
    // A folder refused for its name counts as failed: the exit status must say a document
    // of the list has no export, or a script checking it loses that document silently.
    let mut skipped = 0usize;
    let failed = args.many.run(
        source,
        |dir| {
            let prepared = crate::source::prepared(dir, args.rev.get(), args.format)
                .with_context(|| t1("cli-cannot-export", "path", dir.display()))?;
            let done = if args.concat {
                Done::Concat(
                    prepared.set.slug.clone(),
                    concat_pieces(args, dir, &prepared)?,
                )
            } else {
                stage_document(args, out_dir, dir, &prepared)?
            };
            Ok((dir.to_owned(), done))
        },
        |(dir, done): (PathBuf, Done)| {
            let (paths, staged) = match done {
                Done::Concat(slug, pieces) => {
                    // TSV and JSON Lines rows carry ids made from the folder's name: a second
                    // folder of that name would repeat the first's ids in the same corpus.
                    // Moses lines carry no id.
                    if args.format != Format::Moses && !slugs.insert(slug) {
                        same_name(&dir);
                        skipped += 1;
                        return Ok(());
                    }
                    for (name, text) in pieces {
                        corpus.append(&name, &text)?;
                    }
                    return Ok(());
                }
                Done::Staged { paths, staged } => (paths, staged),
            };
            // Two folders of one name would write the same files: the second is refused
            // rather than silently replacing the first's export (its staged files are
            // removed when dropped).
            if paths.iter().any(|path| written.contains(path)) {
                same_name(&dir);
                skipped += 1;
                return Ok(());
            }
            let notes = staged
                .and_then(Staged::commit)
                .with_context(|| t1("cli-cannot-write-export", "format", args.format))?;
            print_notes(&notes);
            written.extend(paths);
            Ok(())
        },
    )?;
    corpus.finish()?;
    Ok(if failed + skipped == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

/// Says on stderr that a folder was skipped because one of the same name was already
/// exported in this run (its files, or its ids in a corpus, would collide).
fn same_name(dir: &Path) {
    crate::print_error(&anyhow::anyhow!(t1(
        "cli-export-same-name",
        "path",
        dir.display()
    )));
}

/// One document's export for `--from LIST -o DIR`, written as it is made into temporary
/// files beside its final names (`DIR/<slug>.<ext>`, Moses `DIR/<slug>.<lang>`), never
/// held whole: what the printer moves into place in input order.
fn stage_document(
    args: &Args,
    out_dir: &Path,
    dir: &Path,
    prepared: &Prepared,
) -> anyhow::Result<Done> {
    let inputs = inputs(dir, prepared);
    let aligned = prepared.aligned();
    let (paths, staged) = match plan(args, dir, prepared)? {
        Plan::One(one) => {
            let path = out_dir.join(format!("{}.{}", prepared.set.slug, extension(args.format)));
            let write: Fill<'_> = Box::new(|w: &mut dyn std::io::Write| {
                let mut text = IoText::new(w);
                one.write_to(&aligned, &mut text);
                text.finish().map(drop)
            });
            let staged = stage_files_with(&mut [(path.clone(), write)], &inputs);
            (vec![path], staged)
        }
        Plan::PerLanguage { langs, source } => {
            let order = aligned.order(&langs, Some(source));
            let codes: Vec<&str> = order.iter().map(|lang| lang.code()).collect();
            let paths = moses_paths(out_dir, &prepared.set.slug, &codes)?;
            let mut files = moses_fills(paths.iter().cloned(), &aligned, &order);
            let staged = stage_files_with(&mut files, &inputs);
            (paths, staged)
        }
    };
    Ok(Done::Staged { paths, staged })
}

/// One document's share of the `--concat` corpora: for each language other than the
/// source, the source–language pair. Moses lines are kept only where both sides have
/// text, so the two files of a pair stay line-parallel; TSV and JSON Lines keep every row.
fn concat_pieces(
    args: &Args,
    dir: &Path,
    prepared: &Prepared,
) -> anyhow::Result<Vec<(PathBuf, String)>> {
    let doc = prepared.aligned();
    let langs = chosen_languages(&doc, &dir.display().to_string(), &args.langs)
        .map_err(|e| anyhow::anyhow!(e.message_in(ui::lang())))?;
    let source = source_of(&doc, &args.langs, args.source);
    let mut pieces = Vec::new();
    if !doc.docs.contains_key(&source) {
        return Ok(pieces);
    }
    for &lang in langs.iter().filter(|&&l| l != source) {
        let pair = [source, lang];
        let stem = format!("corpus.{}-{}", source.code(), lang.code());
        match args.format {
            Format::Moses => {
                let texts = tabular::moses(&doc, &pair, Some(source));
                let (mut a, mut b) = (String::new(), String::new());
                for (x, y) in texts[0].1.lines().zip(texts[1].1.lines()) {
                    if !x.trim().is_empty() && !y.trim().is_empty() {
                        a.push_str(x);
                        a.push('\n');
                        b.push_str(y);
                        b.push('\n');
                    }
                }
                pieces.push((PathBuf::from(format!("{stem}.{}", texts[0].0.code())), a));
                pieces.push((PathBuf::from(format!("{stem}.{}", texts[1].0.code())), b));
            }
            Format::Tsv => {
                pieces.push((
                    PathBuf::from(format!("{stem}.tsv")),
                    tabular::tsv(&doc, &pair, Some(source)),
                ));
            }
            _ => {
                pieces.push((
                    PathBuf::from(format!("{stem}.jsonl")),
                    tabular::jsonl(&doc, &pair, Some(source)),
                ));
            }
        }
    }
    Ok(pieces)
}

/// The corpus files of `--concat`: temporary files in the output folder, appended to in
/// input order and moved into place together at the end, so a run that stops half-way
/// leaves no half-written corpus.
struct Corpus<'a> {
    dir: &'a Path,
    files: std::collections::BTreeMap<PathBuf, std::io::BufWriter<sixfold_export::StagedFile>>,
}

impl<'a> Corpus<'a> {
    fn new(dir: &'a Path) -> Self {
        Corpus {
            dir,
            files: std::collections::BTreeMap::new(),
        }
    }

    fn append(&mut self, name: &Path, text: &str) -> anyhow::Result<()> {
        let (file, first) = match self.files.entry(name.to_owned()) {
            std::collections::btree_map::Entry::Occupied(e) => (e.into_mut(), false),
            std::collections::btree_map::Entry::Vacant(e) => {
                // Registered, so that a SIGINT or SIGTERM removes it too.
                let tmp = sixfold_export::StagedFile::create_in(self.dir).with_context(|| {
                    t1(
                        "cli-cannot-write-file",
                        "path",
                        self.dir.join(name).display(),
                    )
                })?;
                (
                    e.insert(std::io::BufWriter::with_capacity(1 << 16, tmp)),
                    true,
                )
            }
        };
        // A TSV corpus has one header line, the first document's.
        let text = if !first && name.extension().is_some_and(|e| e == "tsv") {
            text.split_once('\n').map_or("", |(_, rest)| rest)
        } else {
            text
        };
        file.write_all(text.as_bytes()).with_context(|| {
            t1(
                "cli-cannot-write-file",
                "path",
                self.dir.join(name).display(),
            )
        })
    }

    fn finish(self) -> anyhow::Result<()> {
        for (name, file) in self.files {
            let path = self.dir.join(&name);
            let tmp = file
                .into_inner()
                .map_err(std::io::IntoInnerError::into_error)
                .with_context(|| t1("cli-cannot-write-file", "path", path.display()))?;
            tmp.persist(&path)
                .with_context(|| t1("cli-cannot-write-file", "path", path.display()))?;
        }
        Ok(())
    }
}

/// The files `-o` must never overwrite: the folder's renderings (`{lang}.md` for every
/// language, present or not, and any other rendering name the folder lists) and
/// `document.toml` in the work tree, and the renderings
/// read. The work tree counts whatever `--rev` says: exporting an old
/// version must not destroy uncommitted work (at a revision the renderings' sources are
/// `REV:path` names, which match no file).
fn inputs(dir: &Path, prepared: &Prepared) -> Vec<PathBuf> {
    let mut inputs: Vec<PathBuf> = prepared
        .set
        .docs
        .values()
        .map(|d| PathBuf::from(&d.source))
        .collect();
    inputs.extend(
        Lang::ALL
            .iter()
            .map(|l| dir.join(format!("{}.md", l.code()))),
    );
    // Renderings under other accepted names (`FRA.md`, `fr-FR.md`) in the work tree.
    if let Ok(listing) = sixfold_translations::discover::Listing::read_dir(dir) {
        inputs.extend(listing.renderings.iter().map(|r| dir.join(&r.entry.name)));
    }
    inputs.push(dir.join("document.toml"));
    inputs
}

fn write_moses(
    args: &Args,
    output: &Path,
    slug: &str,
    aligned: &sixfold_export::Aligned<'_>,
    order: &[Lang],
    inputs: &[PathBuf],
) -> anyhow::Result<()> {
    let codes: Vec<&str> = order.iter().map(|lang| lang.code()).collect();
    let paths = moses_paths(output, slug, &codes)
        .with_context(|| t1("cli-cannot-write-export", "format", args.format))?;
    // Each language's file is written into its staged file as its rows are made, never
    // held whole; all are renamed into place together, as before.
    let mut files = moses_fills(paths, aligned, order);
    let notes = write_files_with(&mut files, inputs)
        .with_context(|| t1("cli-cannot-write-export", "format", args.format))?;
    print_notes(&notes);
    Ok(())
}

/// Tells what replacing a file could not keep (its owner, its other hard links).
fn print_notes(notes: &[WriteNote]) {
    crate::source::print_warnings(notes.iter().map(|note| {
        match note {
            WriteNote::OwnerNotKept { path, uid, old_uid } => t(
                "cli-write-owner-not-kept",
                &L10nArgs::new()
                    .text("path", path.display().to_string())
                    .text("uid", uid.to_string())
                    .text("old", old_uid.to_string()),
            ),
            WriteNote::HardLinksBroken { path, others } => t(
                "cli-write-hard-links-broken",
                &L10nArgs::new()
                    .text("path", path.display().to_string())
                    .count("count", usize::try_from(*others).unwrap_or(usize::MAX)),
            ),
        }
    }));
}

/// On SIGINT or SIGTERM, removes the temporary files of a write in progress and exits
/// as a shell expects (128 + the signal), so an interrupted export leaves nothing behind.
#[cfg(unix)]
fn remove_staged_on_signal() {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            sixfold_export::remove_staged();
            std::process::exit(128 + signal);
        }
    });
}

#[cfg(not(unix))]
fn remove_staged_on_signal() {}

/// One staged file per language of a Moses export, each filled with its language's lines
/// as the rows are made (never held whole): `paths` in the order of `order`.
fn moses_fills<'a>(
    paths: impl IntoIterator<Item = PathBuf>,
    aligned: &'a sixfold_export::Aligned<'_>,
    order: &'a [Lang],
) -> Vec<(PathBuf, Fill<'a>)> {
    paths
        .into_iter()
        .zip(order)
        .map(|(path, &lang)| {
            let fill: Fill<'a> = Box::new(move |w: &mut dyn std::io::Write| {
                let mut text = IoText::new(w);
                tabular::moses_to(&mut text, aligned, order, lang);
                text.finish().map(drop)
            });
            (path, fill)
        })
        .collect()
}
