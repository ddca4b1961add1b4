//! Writing decisions into `review.toml` the way a careful person would: the file is edited
//! in place (comments, blank lines and key order survive), replaced atomically (a reader
//! never sees half a file), and only under a lock, re-reading the file once the lock is
//! held, so two commands deciding at once both keep their decision.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use toml_edit::{ArrayOfTables, DocumentMut, InlineTable, Item, Table, value};

use crate::error::{Problem, ReviewError};
use crate::file::{Note, REVIEW_FILE, ReviewFile, SegRange};

/// How long a command waits for another one to finish writing.
const LOCK_WAIT: Duration = Duration::from_secs(10);

/// The first lines of a review file that a command creates (then a blank line).
const HEADER: &str =
    "# Translators' decisions about this document, kept with it in git: pins (segments
# that belong together, whatever the aligner thinks) and accepted check findings.
# Digests record the text decided on; when it changes, `sixfold check` reports the
# decision as outdated. Written by `sixfold pin` and `sixfold accept`, which keep
# comments and order.

";

/// A pin to write: one range per language, each with its digest.
#[derive(Debug, Clone)]
pub struct NewPin {
    pub sides: Vec<(sixfold_core::Lang, SegRange, String)>,
    pub note: Note,
}

/// An acceptance to write.
#[derive(Debug, Clone)]
pub struct NewAccept {
    pub id: String,
    pub digest: String,
    pub note: Note,
}

/// Edits the review file of `dir` under its lock: `change` gets the current file (or a new
/// one) and edits it; `validate` sees the edited text read back before anything is written.
pub fn edit(
    dir: &Path,
    change: impl FnOnce(&mut DocumentMut) -> Result<(), ReviewError>,
    validate: impl FnOnce(&ReviewFile) -> Result<(), ReviewError>,
) -> Result<ReviewFile, ReviewError> {
    let path = dir.join(REVIEW_FILE);
    let _lock = Lock::acquire(&path)?;
    let source = path.display().to_string();
    let (current, header) = match std::fs::read_to_string(&path) {
        Ok(text) => (text, ""),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (String::new(), HEADER),
        Err(source) => return Err(ReviewError::Io { path, source }),
    };
    // Read it as `check` would first, so an invalid file is reported, not overwritten.
    ReviewFile::parse(&current, &source)?;
    let mut doc: DocumentMut =
        current
            .parse()
            .map_err(|e: toml_edit::TomlError| ReviewError::Invalid {
                file: source.clone(),
                line: 1,
                key: String::new(),
                problem: Problem::Syntax(e.message().to_owned()),
            })?;
    change(&mut doc)?;
    let text = format!("{header}{doc}");
    let file = ReviewFile::parse(&text, &source)?;
    validate(&file)?;
    write_atomic(&path, &text)?;
    Ok(file)
}

/// Adds a pin at the end of the file.
pub fn add_pin(doc: &mut DocumentMut, pin: &NewPin) {
    let mut table = Table::new();
    let mut segments = InlineTable::new();
    let mut digests = InlineTable::new();
    for (lang, range, digest) in &pin.sides {
        segments.insert(lang.code(), range.to_string().into());
        digests.insert(lang.code(), digest.as_str().into());
    }
    table.insert("segments", value(segments));
    table.insert("digests", value(digests));
    write_note(&mut table, &pin.note);
    array(doc, "pin").push(table);
}

/// Adds an acceptance, or when the finding is already accepted records the new digest
/// (and any new reason, author and date) in place: accepting again is how a translator
/// re-decides an outdated acceptance.
pub fn add_accept(doc: &mut DocumentMut, accept: &NewAccept) {
    let accepts = array(doc, "accept");
    if let Some(table) = accepts
        .iter_mut()
        .find(|t| t.get("id").and_then(Item::as_str) == Some(accept.id.as_str()))
    {
        table["digest"] = value(accept.digest.as_str());
        write_note(table, &accept.note);
        return;
    }
    let mut table = Table::new();
    table.insert("id", value(accept.id.as_str()));
    table.insert("digest", value(accept.digest.as_str()));
    write_note(&mut table, &accept.note);
    accepts.push(table);
}

/// Removes the acceptances of finding `id`; how many there were.
pub fn remove_accept(doc: &mut DocumentMut, id: &str) -> usize {
    remove_where(doc, "accept", |t| {
        t.get("id").and_then(Item::as_str) == Some(id)
    })
}

/// Removes the pins whose `lang` side is exactly `range`; how many there were.
pub fn remove_pin(doc: &mut DocumentMut, lang: sixfold_core::Lang, range: &SegRange) -> usize {
    remove_where(doc, "pin", |t| {
        let side = t
            .get("segments")
            .and_then(Item::as_table_like)
            .and_then(|s| s.get(lang.code()))
            .and_then(Item::as_str)
            .and_then(SegRange::parse);
        side.as_ref() == Some(range)
    })
}

fn remove_where(doc: &mut DocumentMut, key: &str, hit: impl Fn(&Table) -> bool) -> usize {
    let Some(array) = doc.get_mut(key).and_then(Item::as_array_of_tables_mut) else {
        return 0;
    };
    let before = array.len();
    array.retain(|t| !hit(t));
    let removed = before - array.len();
    if array.is_empty() {
        doc.remove(key);
    }
    removed
}

fn array<'d>(doc: &'d mut DocumentMut, key: &str) -> &'d mut ArrayOfTables {
    if doc.get(key).and_then(Item::as_array_of_tables).is_none() {
        doc.insert(key, Item::ArrayOfTables(ArrayOfTables::new()));
    }
    doc[key]
        .as_array_of_tables_mut()
        .expect("this cannot fail because the key was just made an array of tables")
}

fn write_note(table: &mut Table, note: &Note) {
    if let Some(r) = &note.reason {
        table["reason"] = value(r.as_str());
    }
    if let Some(a) = &note.author {
        table["author"] = value(a.as_str());
    }
    if let Some(d) = &note.date {
        match d.parse::<toml_edit::Datetime>() {
            Ok(dt) => table["date"] = value(dt),
            Err(_) => table["date"] = value(d.as_str()),
        }
    }
}

/// Writes `text` to `path` through a temporary file in the same folder and a rename.
fn write_atomic(path: &Path, text: &str) -> Result<(), ReviewError> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let io = |source| ReviewError::Io {
        path: path.to_owned(),
        source,
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
    tmp.write_all(text.as_bytes()).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

/// An exclusive lock beside the review file (`review.toml.lock`), created atomically and
/// removed when dropped.
#[derive(Debug)]
struct Lock {
    path: PathBuf,
}

impl Lock {
    fn acquire(file: &Path) -> Result<Lock, ReviewError> {
        let mut name = file.as_os_str().to_owned();
        name.push(".lock");
        let path = PathBuf::from(name);
        let started = Instant::now();
        loop {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(mut f) => {
                    let _ = writeln!(f, "{}", std::process::id());
                    return Ok(Lock { path });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    if started.elapsed() > LOCK_WAIT {
                        return Err(ReviewError::Locked { path });
                    }
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(source) => return Err(ReviewError::Io { path, source }),
            }
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}
