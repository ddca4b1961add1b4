//! `sixfold pin`, `accept`, `unpin` and `unaccept`: the commands that write a folder's
//! `review.toml` for the translator, keeping what a person wrote in it (comments, order),
//! replacing it atomically and under a lock.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use sixfold_core::Lang;
use sixfold_l10n::Args as L10nArgs;
use sixfold_review::edit::{self, NewAccept, NewPin};
use sixfold_review::{Note, REVIEW_FILE, ReviewError, SegRange, range_digest, range_of};
use sixfold_translations::DocumentSet;
use sixfold_translations::align::AlignOptions;
use sixfold_translations::finding_id::finding_digest;

use crate::args::{PivotArg, help, parse_lang};
use crate::review::error;
use crate::ui::t;

/// The document folder whose `review.toml` a review command edits.
#[derive(Debug, clap::Args)]
pub(crate) struct ReviewDir {
    #[arg(value_name = "DIR", help = help("cli-arg-review-dir"))]
    dir: PathBuf,
}

/// Arguments of `sixfold pin`.
#[derive(Debug, clap::Args)]
pub(crate) struct PinArgs {
    #[command(flatten)]
    dir: ReviewDir,
    #[arg(long, value_parser = parse_lang, help = help("cli-arg-pin-lang"))]
    lang: Lang,
    #[arg(long, value_name = "SEGMENTS", help = help("cli-arg-pin-segments"))]
    segments: String,
    #[arg(long = "with", value_name = "LANG:SEGMENTS", required = true, help = help("cli-arg-pin-with"))]
    with: Vec<String>,
    #[command(flatten)]
    note: NoteArgs,
}

/// Arguments of `sixfold accept`.
#[derive(Debug, clap::Args)]
pub(crate) struct AcceptArgs {
    #[command(flatten)]
    dir: ReviewDir,
    #[arg(value_name = "FINDING-ID", help = help("cli-arg-accept-id"))]
    id: String,
    // The pivot `check` used: the finding's digest depends on it.
    #[command(flatten)]
    pivot: PivotArg,
    #[command(flatten)]
    note: NoteArgs,
}

/// Arguments of `sixfold unpin`.
#[derive(Debug, clap::Args)]
pub(crate) struct UnpinArgs {
    #[command(flatten)]
    dir: ReviewDir,
    #[arg(long, value_parser = parse_lang, help = help("cli-arg-pin-lang"))]
    lang: Lang,
    #[arg(long, value_name = "SEGMENTS", help = help("cli-arg-unpin-segments"))]
    segments: String,
}

/// Arguments of `sixfold unaccept`.
#[derive(Debug, clap::Args)]
pub(crate) struct UnacceptArgs {
    #[command(flatten)]
    dir: ReviewDir,
    #[arg(value_name = "FINDING-ID", help = help("cli-arg-unaccept-id"))]
    id: String,
}

/// Why, who and when, recorded with a decision (the date: YYYY-MM-DD, default today, or
/// the day of `SOURCE_DATE_EPOCH` when set).
#[derive(Debug, clap::Args)]
pub(crate) struct NoteArgs {
    #[arg(long, help = help("cli-arg-reason"))]
    reason: Option<String>,
    #[arg(long, help = help("cli-arg-author"))]
    author: Option<String>,
    #[arg(long, help = help("cli-arg-date"))]
    date: Option<String>,
}

impl NoteArgs {
    fn note(&self) -> anyhow::Result<Note> {
        let date = match &self.date {
            Some(d) => {
                d.parse::<sixfold_core::Date>().map_err(|_| {
                    error(&ReviewError::Invalid {
                        file: "--date".to_owned(),
                        line: 0,
                        key: "date".to_owned(),
                        problem: sixfold_review::Problem::Date { value: d.clone() },
                    })
                })?;
                d.clone()
            }
            None => today(),
        };
        Ok(Note {
            reason: self.reason.clone(),
            author: self.author.clone(),
            date: Some(date),
        })
    }
}

/// Today's date in UTC, or the day of `SOURCE_DATE_EPOCH` (the reproducible-builds
/// convention), so that tests and scripted runs can write the same file twice.
fn today() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0))
        });
    let (y, m, d) = sixfold_core::date::civil_from_days(secs.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

fn load(dir: &Path) -> anyhow::Result<DocumentSet> {
    crate::source::load_dir(dir)
        .with_context(|| crate::ui::t1("cli-align-cannot-load-folder", "path", dir.display()))
}

fn review_path(dir: &Path) -> String {
    dir.join(REVIEW_FILE).display().to_string()
}

fn print(line: &str) {
    #[allow(clippy::print_stdout)] // The CLI edge: a one-line confirmation.
    {
        println!("{line}");
    }
}

/// One side of a pin: the segments named, resolved now, with their digest.
fn side(set: &DocumentSet, lang: Lang, text: &str) -> anyhow::Result<(Lang, SegRange, String)> {
    let unknown = || {
        error(&ReviewError::UnknownSegment {
            lang,
            reference: text.to_owned(),
        })
    };
    let range = SegRange::parse(text).ok_or_else(unknown)?;
    let doc = set
        .docs
        .get(&lang)
        .ok_or_else(|| error(&ReviewError::NoRendering { lang }))?;
    let found = range_of(doc, &range, "", 0)
        .map_err(|_| {
            anyhow::anyhow!(t(
                "review-error-backwards-arg",
                &L10nArgs::new()
                    .text("lang", lang.code())
                    .text("segments", text)
            ))
        })?
        .ok_or_else(unknown)?;
    Ok((lang, range, range_digest(doc, &found)))
}

pub(crate) fn pin(args: &PinArgs) -> anyhow::Result<ExitCode> {
    let set = load(&args.dir.dir)?;
    let mut sides = vec![side(&set, args.lang, &args.segments)?];
    for with in &args.with {
        let Some((lang, segments)) = with.split_once(':') else {
            anyhow::bail!(t(
                "review-error-with",
                &L10nArgs::new().text("value", with.as_str())
            ));
        };
        let lang = parse_lang(lang).map_err(|_| {
            anyhow::anyhow!(t(
                "review-error-with",
                &L10nArgs::new().text("value", with.as_str())
            ))
        })?;
        sides.push(side(&set, lang, segments)?);
    }
    let new = NewPin {
        sides: sides.clone(),
        note: args.note.note()?,
    };
    edit::edit(
        &args.dir.dir,
        |doc| {
            edit::add_pin(doc, &new);
            Ok(())
        },
        |file| sixfold_review::resolve_pins(&set.docs, file).map(|_| ()),
    )
    .map_err(|e| error(&e))?;
    let described: Vec<String> = sides
        .iter()
        .map(|(lang, range, _)| format!("{lang}:{range}"))
        .collect();
    print(&t(
        "review-pinned",
        &L10nArgs::new()
            .text("segments", described.join(" + "))
            .text("file", review_path(&args.dir.dir)),
    ));
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn accept(args: &AcceptArgs) -> anyhow::Result<ExitCode> {
    let set = load(&args.dir.dir)?;
    let decided = crate::review::decide(
        &set,
        AlignOptions {
            pivot: args.pivot.pivot,
        },
    )?;
    // The same findings `check` reports, header mismatches included, so every id it
    // prints can be accepted.
    let findings = sixfold_translations::check::check_set(&set, &decided.alignment);
    let Some(finding) = findings.iter().find(|f| f.id() == args.id) else {
        return Err(error(&ReviewError::UnknownFinding {
            id: args.id.clone(),
        }));
    };
    let new = NewAccept {
        id: finding.id().into_owned(),
        digest: finding_digest(&set.docs, finding),
        note: args.note.note()?,
    };
    edit::edit(
        &args.dir.dir,
        |doc| {
            edit::add_accept(doc, &new);
            Ok(())
        },
        |_| Ok(()),
    )
    .map_err(|e| error(&e))?;
    print(&t(
        "review-accepted",
        &L10nArgs::new()
            .text("id", args.id.as_str())
            .text("file", review_path(&args.dir.dir)),
    ));
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn unpin(args: &UnpinArgs) -> anyhow::Result<ExitCode> {
    let range = SegRange::parse(&args.segments).ok_or_else(|| {
        error(&ReviewError::UnknownSegment {
            lang: args.lang,
            reference: args.segments.clone(),
        })
    })?;
    let file = review_path(&args.dir.dir);
    let mut removed = 0;
    edit::edit(
        &args.dir.dir,
        |doc| {
            removed = edit::remove_pin(doc, args.lang, &range);
            if removed == 0 {
                return Err(ReviewError::NothingToRemove {
                    file: file.clone(),
                    what: format!("{}:{}", args.lang, args.segments),
                });
            }
            Ok(())
        },
        |_| Ok(()),
    )
    .map_err(|e| error(&e))?;
    print(&t(
        "review-unpinned",
        &L10nArgs::new().count("count", removed).text("file", file),
    ));
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn unaccept(args: &UnacceptArgs) -> anyhow::Result<ExitCode> {
    let file = review_path(&args.dir.dir);
    edit::edit(
        &args.dir.dir,
        |doc| {
            if edit::remove_accept(doc, &args.id) == 0 {
                return Err(ReviewError::NothingToRemove {
                    file: file.clone(),
                    what: args.id.clone(),
                });
            }
            Ok(())
        },
        |_| Ok(()),
    )
    .map_err(|e| error(&e))?;
    print(&t(
        "review-unaccepted",
        &L10nArgs::new()
            .text("id", args.id.as_str())
            .text("file", file),
    ));
    Ok(ExitCode::SUCCESS)
}
