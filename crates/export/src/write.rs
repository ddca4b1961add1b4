//! Writing exports safely: a reader (a CAT tool watching a folder, a CI diff) never sees
//! half an export, an interrupted run leaves the previous file intact, and nothing that is
//! not a plain output file is ever replaced.
//!
//! What a path names decides how it is written:
//!
//! - a regular file, or nothing yet: through a temporary file in the same directory,
//!   renamed into place (a rename within one file system replaces the target in one step);
//! - a symbolic link: the file it points to is written that way (or created, for a dangling
//!   link), and the link stays a link;
//! - a character device or a FIFO (`/dev/stdout`, `/dev/null`, a named pipe), and any path
//!   under `/dev` or `/proc` (`/dev/stdout` redirected to a file): written directly,
//!   because renaming onto it would replace the device node with a regular file (as root,
//!   `-o /dev/null` would otherwise destroy `/dev/null`);
//! - anything else (a directory, a block device, a socket): refused.
//!
//! A path that is one of the export's own inputs (a rendering or `document.toml`) is
//! refused too, and several files (Moses output) are written all or nothing.
//!
//! Every temporary file is registered while it exists, so a signal handler can remove
//! them all ([`remove_staged`]); the renames of one call happen under an exclusive lock
//! on each target directory, so two runs writing the same files at once leave the whole
//! set of one of them, never a mix; each directory is synced after its renames. A
//! replaced file keeps its mode and, where the system allows, its owner; what cannot be
//! kept is returned as a [`WriteNote`].

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tempfile::NamedTempFile;

/// Writing an export failed.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("cannot create a temporary file beside {}", path.display())]
    Create {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write {}", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot move the temporary file onto {}", path.display())]
    Persist {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot follow the symbolic link {}", path.display())]
    Link {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "cannot write an export to {}: it is {what}; expected a regular file, a new file, a character device or a FIFO",
        path.display()
    )]
    NotAFile { path: PathBuf, what: &'static str },
    #[error(
        "refusing to write an export over {}: it is an input of the document being exported",
        path.display()
    )]
    Input { path: PathBuf },
    #[error(
        "no directory {}: expected an existing directory or a path prefix ending in a file name",
        path.display()
    )]
    NoDirectory { path: PathBuf },
}

/// Something about a replaced file that could not be kept, worth telling the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WriteNote {
    /// The new file belongs to whoever ran the export, not to the old file's owner.
    #[error("{} now belongs to uid {uid}: its owner uid {old_uid} could not be kept", path.display())]
    OwnerNotKept {
        path: PathBuf,
        uid: u32,
        old_uid: u32,
    },
    /// The old file had other hard links, which keep the old content.
    #[error("{} was replaced, so its {others} other hard link(s) keep the old content", path.display())]
    HardLinksBroken { path: PathBuf, others: u64 },
}

/// Temporary files that exist right now, for [`remove_staged`].
static STAGED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Removes every temporary file a write in progress has staged: what a SIGINT or SIGTERM
/// handler calls before the process exits, so an interrupted export leaves nothing behind
/// (the files it would have replaced are untouched until the rename).
pub fn remove_staged() {
    let staged = STAGED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    // Temporary files are created while holding the same lock, after checking this flag,
    // so none can appear between this sweep and the process's exit.
    STOPPING.store(true, std::sync::atomic::Ordering::SeqCst);
    for path in staged.iter() {
        let _ = std::fs::remove_file(path);
    }
}

/// Keeps a temporary file's path in [`STAGED`] while it lives.
#[derive(Debug)]
struct Registered(PathBuf);

/// Set once [`remove_staged`] has run: no temporary file may be created after it.
static STOPPING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

impl Registered {
    /// Creates a temporary file in `dir` and registers it in one step under the lock, so
    /// a signal arriving in between cannot leave an unregistered file behind.
    fn create(dir: &Path) -> std::io::Result<(NamedTempFile, Self)> {
        let mut staged = STAGED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if STOPPING.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::Interrupted,
                "interrupted by a signal",
            ));
        }
        let tmp = tempfile::Builder::new()
            .prefix(&crate::stale::temp_prefix())
            .suffix(crate::stale::TEMP_SUFFIX)
            .tempfile_in(dir)?;
        staged.push(tmp.path().to_owned());
        let registered = Registered(tmp.path().to_owned());
        Ok((tmp, registered))
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        let mut staged = STAGED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(i) = staged.iter().position(|p| *p == self.0) {
            staged.swap_remove(i);
        }
    }
}

/// A temporary file for output written piece by piece (the corpora of `export --concat`),
/// registered like every other temporary file, so a SIGINT or SIGTERM removes it
/// ([`remove_staged`]); [`StagedFile::persist`] moves it into place.
#[derive(Debug)]
pub struct StagedFile {
    tmp: NamedTempFile,
    registered: Registered,
}

impl StagedFile {
    /// Creates one in `dir`, first sweeping the temporary files killed runs left there
    /// ([`crate::stale::sweep`]).
    pub fn create_in(dir: &Path) -> std::io::Result<StagedFile> {
        let _ = crate::stale::sweep(dir);
        let (tmp, registered) = Registered::create(dir)?;
        Ok(StagedFile { tmp, registered })
    }

    /// Moves the file to `path` (a rename in the same directory) and forgets it.
    pub fn persist(self, path: &Path) -> std::io::Result<()> {
        let StagedFile { tmp, registered } = self;
        tmp.persist(path).map_err(|e| e.error)?;
        drop(registered);
        Ok(())
    }
}

impl std::io::Write for StagedFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.tmp.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.tmp.flush()
    }
}

/// Where the bytes for one path go.
#[derive(Debug)]
enum Target {
    /// Replaced atomically; the path is the resolved one (links followed).
    File(PathBuf),
    /// Written directly: a character device or FIFO.
    Stream(PathBuf),
}

/// Most symbolic links a path may go through, as on Linux (`MAXSYMLINKS`).
const MAX_LINKS: usize = 40;

/// What kind of node the metadata describes, when it is not writable as an export.
fn refused_kind(meta: &std::fs::Metadata) -> Option<&'static str> {
    let kind = meta.file_type();
    if kind.is_file() || is_stream(kind) {
        return None;
    }
    if kind.is_dir() {
        return Some("a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if kind.is_block_device() {
            return Some("a block device");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a regular file")
}

/// Character devices and FIFOs, which are written in place.
fn is_stream(kind: std::fs::FileType) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        kind.is_char_device() || kind.is_fifo()
    }
    #[cfg(not(unix))]
    {
        let _ = kind;
        false
    }
}

/// Decides how `path` is written, following symbolic links (also dangling ones, whose
/// target is created).
fn resolve(path: &Path) -> Result<Target, WriteError> {
    // The kernel's view first: it also follows the "magic" links of `/proc/self/fd`
    // behind `/dev/stdout`, which name pipes (`pipe:[…]`) rather than paths.
    match std::fs::metadata(path) {
        Ok(meta) => {
            if let Some(what) = refused_kind(&meta) {
                return Err(WriteError::NotAFile {
                    path: path.to_owned(),
                    what,
                });
            }
            // `/dev/stdout` redirected to a file is still the caller's stream: replacing
            // the file would detach it from the shell's redirection (`>>` would not append).
            if is_stream(meta.file_type()) || path.starts_with("/dev") || path.starts_with("/proc")
            {
                return Ok(Target::Stream(path.to_owned()));
            }
            std::fs::canonicalize(path)
                .map(Target::File)
                .map_err(|source| WriteError::Link {
                    path: path.to_owned(),
                    source,
                })
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => resolve_absent(path),
        Err(source) => Err(WriteError::Link {
            path: path.to_owned(),
            source,
        }),
    }
}

/// A path that leads to nothing: itself, or the missing target of a dangling link.
fn resolve_absent(path: &Path) -> Result<Target, WriteError> {
    let mut current = path.to_owned();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = std::fs::read_link(&current).map_err(|source| WriteError::Link {
                    path: current.clone(),
                    source,
                })?;
                current = match current.parent() {
                    Some(parent) if link.is_relative() => parent.join(link),
                    _ => link,
                };
            }
            _ => return Ok(Target::File(current)),
        }
    }
    Err(WriteError::Link {
        path: path.to_owned(),
        source: std::io::Error::other(format!("more than {MAX_LINKS} symbolic links (a loop?)")),
    })
}

/// Whether two existing paths name the same file (the same inode on Unix, so hard links
/// and links through other folders are caught too).
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        #[cfg(unix)]
        (Ok(x), Ok(y)) => {
            use std::os::unix::fs::MetadataExt as _;
            x.dev() == y.dev() && x.ino() == y.ino()
        }
        #[cfg(not(unix))]
        (Ok(_), Ok(_)) => matches!(
            (std::fs::canonicalize(a), std::fs::canonicalize(b)),
            (Ok(x), Ok(y)) if x == y
        ),
        _ => false,
    }
}

/// Whether two paths name the same place once their folders are resolved, so an input
/// that does not exist yet (a `document.toml` the folder lacks) is protected too.
fn same_place(a: &Path, b: &Path) -> bool {
    let place = |p: &Path| -> Option<PathBuf> {
        let name = p.file_name()?;
        let dir = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        Some(std::fs::canonicalize(dir).ok()?.join(name))
    };
    matches!((place(a), place(b)), (Some(x), Some(y)) if x == y)
}

/// Writes `bytes` to `path` (see the module documentation for what each kind of path gets).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_files(&[(path.to_owned(), bytes)], &[]).map(drop)
}

/// Writes several files all or nothing, refusing any path that is (or links to) one of
/// `inputs`. Every path is checked and every temporary file written before the first one
/// is moved into place; when anything fails before that, the temporary files are removed
/// and the old files are untouched. Renames into place only fail when the file system
/// itself fails between two of them. Returns what could not be kept of replaced files.
pub fn write_files(
    files: &[(PathBuf, &[u8])],
    inputs: &[PathBuf],
) -> Result<Vec<WriteNote>, WriteError> {
    let mut contents: Vec<(PathBuf, Fill<'_>)> = files
        .iter()
        .map(|(path, bytes)| {
            let fill: Fill<'_> = Box::new(move |w: &mut dyn std::io::Write| w.write_all(bytes));
            (path.clone(), fill)
        })
        .collect();
    write_filled(&mut contents, inputs)
}

/// What writes one file's content into the (buffered) file it is staged in.
pub type Fill<'f> = Box<dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()> + 'f>;

/// [`write_files`] with each file's content written piece by piece by its [`Fill`] into
/// the temporary file it is staged in (a Moses export: one file per language, never held
/// whole); all or nothing, as [`write_files`].
///
/// # Errors
/// As [`write_files`].
pub fn write_files_with(
    files: &mut [(PathBuf, Fill<'_>)],
    inputs: &[PathBuf],
) -> Result<Vec<WriteNote>, WriteError> {
    write_filled(files, inputs)
}

/// [`write_files`] for one file whose content `fill` writes piece by piece into the
/// temporary file (through a buffer), so a large export is never held whole in memory;
/// the checks, the staging, the lock and the rename are the same. An error `fill` returns
/// is reported as a write error on `path`, and the old file is left as it was.
///
/// # Errors
/// As [`write_files`].
pub fn write_with(
    path: &Path,
    inputs: &[PathBuf],
    fill: impl FnMut(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<Vec<WriteNote>, WriteError> {
    write_filled(&mut [(path.to_owned(), Box::new(fill))], inputs)
}

/// Files written into their temporary files by [`stage_files_with`] and not yet moved
/// into place: [`Staged::commit`] does that; dropping it removes them and leaves the old
/// files as they were.
///
/// `export --from LIST -o DIR` stages each document's files in the worker that made the
/// document, as they are written, and commits them in input order: no document's export
/// is held whole in memory, and a document refused later (two folders of one name) is
/// never moved into place.
#[derive(Debug)]
pub struct Staged {
    files: Vec<(NamedTempFile, Registered, PathBuf)>,
    /// A device or FIFO among the paths: written only at [`Staged::commit`], as
    /// [`write_files`] writes it after staging the files, so its bytes are held until then.
    streams: Vec<(PathBuf, Vec<u8>)>,
    notes: Vec<WriteNote>,
}

/// The first half of [`write_files_with`]: every path checked and every file written
/// into its temporary file; [`Staged::commit`] is the second half.
///
/// # Errors
/// As [`write_files`], for what is done before the renames.
pub fn stage_files_with(
    files: &mut [(PathBuf, Fill<'_>)],
    inputs: &[PathBuf],
) -> Result<Staged, WriteError> {
    stage_filled(files, inputs, true)
}

impl Staged {
    /// Moves the staged files into place under the directories' locks and syncs the
    /// directories, as [`write_files`] does after staging. Returns what could not be kept
    /// of replaced files.
    ///
    /// # Errors
    /// As [`write_files`], for the streams and the renames.
    pub fn commit(self) -> Result<Vec<WriteNote>, WriteError> {
        let Staged {
            files,
            streams,
            notes,
        } = self;
        for (path, bytes) in streams {
            let mut fill: Fill<'_> =
                Box::new(move |w: &mut dyn std::io::Write| w.write_all(&bytes));
            write_stream(&path, &mut fill)?;
        }
        persist_all(files)?;
        Ok(notes)
    }
}

fn write_filled(
    files: &mut [(PathBuf, Fill<'_>)],
    inputs: &[PathBuf],
) -> Result<Vec<WriteNote>, WriteError> {
    stage_filled(files, inputs, false)?.commit()
}

/// Checks every path and stages every file; a device or FIFO is written now, or with
/// `hold_streams` its bytes are kept for [`Staged::commit`].
fn stage_filled(
    files: &mut [(PathBuf, Fill<'_>)],
    inputs: &[PathBuf],
    hold_streams: bool,
) -> Result<Staged, WriteError> {
    let mut targets = Vec::with_capacity(files.len());
    for (path, bytes) in files.iter_mut() {
        let target = resolve(path)?;
        let resolved = match &target {
            Target::File(p) | Target::Stream(p) => p,
        };
        if inputs
            .iter()
            .any(|i| same_file(resolved, i) || same_place(resolved, i))
        {
            return Err(WriteError::Input { path: path.clone() });
        }
        targets.push((target, bytes));
    }
    let mut notes = Vec::new();
    let mut swept = std::collections::BTreeSet::new();
    for (target, _) in &targets {
        if let Target::File(path) = target {
            if swept.insert(parent_dir(path)) {
                let _ = crate::stale::sweep(parent_dir(path));
            }
        }
    }
    let mut staged: Vec<(NamedTempFile, Registered, PathBuf)> = Vec::new();
    for (target, fill) in &mut targets {
        if let Target::File(path) = target {
            let (tmp, registered) = stage(path, fill, &mut notes)?;
            staged.push((tmp, registered, path.clone()));
        }
    }
    let mut streams = Vec::new();
    for (target, fill) in &mut targets {
        if let Target::Stream(path) = target {
            if hold_streams {
                let mut bytes = Vec::new();
                fill(&mut bytes).map_err(|source| WriteError::Write {
                    path: path.clone(),
                    source,
                })?;
                streams.push((path.clone(), bytes));
            } else {
                write_stream(path, fill)?;
            }
        }
    }
    Ok(Staged {
        files: staged,
        streams,
        notes,
    })
}

/// Moves staged files into place under their directories' locks, then syncs the
/// directories.
fn persist_all(staged: Vec<(NamedTempFile, Registered, PathBuf)>) -> Result<(), WriteError> {
    let dirs = lock_directories(staged.iter().map(|(_, _, path)| path.as_path()))?;
    for (tmp, registered, path) in staged {
        tmp.persist(&path).map_err(|e| WriteError::Persist {
            path: path.clone(),
            source: e.error,
        })?;
        drop(registered);
    }
    // The renames are durable only once the directories that hold them are synced.
    for (dir, file) in &dirs {
        file.sync_all().map_err(|source| WriteError::Write {
            path: dir.clone(),
            source,
        })?;
    }
    Ok(())
}

/// The directory a file is written in.
fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Opens each distinct directory of `paths` and, on Unix, takes an exclusive lock on it,
/// held until the returned handles are dropped. Directories are locked in sorted order so
/// that two writers never wait for each other in a cycle.
fn lock_directories<'p>(
    paths: impl Iterator<Item = &'p Path>,
) -> Result<Vec<(PathBuf, std::fs::File)>, WriteError> {
    let mut dirs: Vec<PathBuf> = paths.map(|p| parent_dir(p).to_owned()).collect();
    dirs.sort();
    dirs.dedup();
    let mut open = Vec::with_capacity(dirs.len());
    for dir in dirs {
        let file = std::fs::File::open(&dir).map_err(|source| WriteError::Write {
            path: dir.clone(),
            source,
        })?;
        #[cfg(unix)]
        rustix::fs::flock(&file, rustix::fs::FlockOperation::LockExclusive).map_err(|e| {
            WriteError::Write {
                path: dir.clone(),
                source: e.into(),
            }
        })?;
        open.push((dir, file));
    }
    Ok(open)
}

/// A temporary file beside `path` holding `bytes`, synced, with the mode (and, when it
/// can, the owner) `path` has; removed again if it is dropped without being persisted.
fn stage(
    path: &Path,
    fill: &mut Fill<'_>,
    notes: &mut Vec<WriteNote>,
) -> Result<(NamedTempFile, Registered), WriteError> {
    let (mut tmp, registered) =
        Registered::create(parent_dir(path)).map_err(|source| WriteError::Create {
            path: path.to_owned(),
            source,
        })?;
    keep_owner(path, tmp.as_file(), notes);
    fill_buffered(tmp.as_file_mut(), fill)
        .and_then(|()| tmp.as_file().metadata())
        .and_then(|meta| {
            tmp.as_file()
                .set_permissions(permissions_for(path, &meta.permissions()))
        })
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|source| WriteError::Write {
            path: path.to_owned(),
            source,
        })?;
    Ok((tmp, registered))
}

/// Runs `fill` on `file` through a buffer, and flushes it.
fn fill_buffered(dest: &mut std::fs::File, fill: &mut Fill<'_>) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(dest);
    fill(&mut out)?;
    out.flush()
}

/// Gives the temporary file the replaced file's owner and group when they differ (only
/// root may, usually), and notes what replacing cannot keep: the owner, other hard links.
#[cfg(unix)]
fn keep_owner(path: &Path, tmp: &std::fs::File, notes: &mut Vec<WriteNote>) {
    use std::os::unix::fs::MetadataExt as _;
    let (Ok(old), Ok(new)) = (std::fs::metadata(path), tmp.metadata()) else {
        return;
    };
    if old.nlink() > 1 {
        notes.push(WriteNote::HardLinksBroken {
            path: path.to_owned(),
            others: old.nlink() - 1,
        });
    }
    if (old.uid(), old.gid()) != (new.uid(), new.gid()) {
        let chown = std::os::unix::fs::fchown(tmp, Some(old.uid()), Some(old.gid()))
            .or_else(|_| std::os::unix::fs::fchown(tmp, None, Some(old.gid())));
        if chown.is_err()
            || old.uid() != new.uid() && tmp.metadata().map(|m| m.uid()).ok() != Some(old.uid())
        {
            notes.push(WriteNote::OwnerNotKept {
                path: path.to_owned(),
                uid: new.uid(),
                old_uid: old.uid(),
            });
        }
    }
}

#[cfg(not(unix))]
fn keep_owner(_: &Path, _: &std::fs::File, _: &mut Vec<WriteNote>) {}

/// Writes to a device or FIFO as it is; there is nothing to replace atomically.
fn write_stream(path: &Path, fill: &mut Fill<'_>) -> Result<(), WriteError> {
    // Appending changes nothing for a device or a pipe, and keeps `>>` meaning append
    // when `/dev/stdout` is a redirected file.
    std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .and_then(|mut file| fill_buffered(&mut file, fill))
        .map_err(|source| WriteError::Write {
            path: path.to_owned(),
            source,
        })
}

/// The Moses output files for `prefix` (`-o`): in an existing directory
/// `<dir>/<slug>.<lang>`, otherwise `<prefix>.<lang>`. A prefix that names a directory
/// which does not exist (`mo/`) or has no file name (`..`) is an error rather than hidden
/// files `mo/.en`.
pub fn moses_paths(prefix: &Path, slug: &str, codes: &[&str]) -> Result<Vec<PathBuf>, WriteError> {
    let base = if prefix.is_dir() {
        prefix.join(slug)
    } else {
        let text = prefix.as_os_str().to_string_lossy();
        let names_directory = text.ends_with('/') || text.ends_with(std::path::MAIN_SEPARATOR);
        let file_name = prefix.file_name().filter(|_| !names_directory);
        if file_name.is_none() {
            return Err(WriteError::NoDirectory {
                path: prefix.to_owned(),
            });
        }
        prefix.to_owned()
    };
    Ok(codes
        .iter()
        .map(|code| {
            let mut name = base.as_os_str().to_owned();
            name.push(".");
            name.push(code);
            PathBuf::from(name)
        })
        .collect())
}

/// The replaced file's permissions, or for a new file what a plain `create` would give
/// under the usual umask (`rw-r--r--`): temporary files are created private, and an
/// export must not become unreadable to others just because it was written atomically.
/// Elsewhere than on Unix the temporary file's own permissions (`fresh`) are kept.
#[cfg_attr(unix, allow(unused_variables))] // `fresh` is only needed off Unix.
fn permissions_for(path: &Path, fresh: &std::fs::Permissions) -> std::fs::Permissions {
    if let Ok(meta) = std::fs::metadata(path) {
        return meta.permissions();
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::Permissions::from_mode(0o644)
    }
    #[cfg(not(unix))]
    fresh.clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn replaces_content_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("out.tmx");
        write_atomic(&path, b"first").expect("first write");
        write_atomic(&path, b"second").expect("second write");
        assert_eq!(std::fs::read(&path).expect("read back"), b"second");
        assert_eq!(names(dir.path()), ["out.tmx"]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&path).expect("stat").permissions().mode();
            assert_eq!(mode & 0o777, 0o644);
        }
    }

    #[test]
    fn staged_files_move_into_place_only_when_committed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (a, b) = (dir.path().join("a.en"), dir.path().join("a.fr"));
        std::fs::write(&a, b"old").expect("write");
        let stage = |text: &'static [u8]| {
            let mut files: Vec<(PathBuf, Fill<'_>)> = [&a, &b]
                .into_iter()
                .map(|path| {
                    let fill: Fill<'_> =
                        Box::new(move |w: &mut dyn std::io::Write| w.write_all(text));
                    (path.clone(), fill)
                })
                .collect();
            stage_files_with(&mut files, &[]).expect("staged")
        };
        // Staged, the old file is untouched and the new one absent; dropped, nothing is left.
        let dropped = stage(b"dropped");
        assert_eq!(std::fs::read(&a).expect("read"), b"old");
        assert!(!b.exists());
        assert_eq!(
            names(dir.path()).len(),
            3,
            "two temporary files beside a.en"
        );
        drop(dropped);
        assert_eq!(names(dir.path()), ["a.en"]);
        // Committed, both are in place and no temporary file remains.
        let notes = stage(b"new").commit().expect("committed");
        assert!(notes.is_empty());
        assert_eq!(std::fs::read(&a).expect("read"), b"new");
        assert_eq!(std::fs::read(&b).expect("read"), b"new");
        assert_eq!(names(dir.path()), ["a.en", "a.fr"]);
        // An input is refused before anything is staged.
        let mut files: Vec<(PathBuf, Fill<'_>)> = vec![(
            a.clone(),
            Box::new(|w: &mut dyn std::io::Write| w.write_all(b"x")),
        )];
        let err = stage_files_with(&mut files, std::slice::from_ref(&a)).expect_err("an input");
        assert!(matches!(err, WriteError::Input { .. }), "{err}");
        assert_eq!(names(dir.path()), ["a.en", "a.fr"]);
    }

    #[test]
    fn missing_directory_is_an_error_naming_the_path() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("no/such/out.tsv");
        let err = write_atomic(&path, b"x").expect_err("parent is missing");
        assert!(err.to_string().contains("no/such/out.tsv"), "{err}");
    }

    #[test]
    fn a_directory_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let err = write_atomic(dir.path(), b"x").expect_err("a directory");
        assert!(err.to_string().contains("it is a directory"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_and_stay_links() {
        let dir = tempfile::tempdir().expect("temp dir");
        let real = dir.path().join("real.tsv");
        std::fs::write(&real, b"old").expect("write");
        let link = dir.path().join("link.tsv");
        std::os::unix::fs::symlink("real.tsv", &link).expect("symlink");
        write_atomic(&link, b"new").expect("write through the link");
        assert!(
            std::fs::symlink_metadata(&link)
                .expect("stat")
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(&real).expect("read"), b"new");

        let dangling = dir.path().join("dangling.tsv");
        std::os::unix::fs::symlink("created.tsv", &dangling).expect("symlink");
        write_atomic(&dangling, b"made").expect("write through a dangling link");
        assert_eq!(
            std::fs::read(dir.path().join("created.tsv")).expect("read"),
            b"made"
        );

        let looped = dir.path().join("loop");
        std::os::unix::fs::symlink("loop", &looped).expect("symlink");
        let err = write_atomic(&looped, b"x").expect_err("a loop");
        assert!(err.to_string().contains("symbolic link"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_written_in_place_not_replaced() {
        use std::os::unix::fs::FileTypeExt as _;
        let null = Path::new("/dev/null");
        if std::fs::metadata(null).is_ok() {
            write_atomic(null, b"discarded").expect("write to /dev/null");
            let kind = std::fs::metadata(null).expect("stat").file_type();
            assert!(kind.is_char_device());
        }
    }

    #[test]
    fn inputs_are_refused_also_through_links() {
        let dir = tempfile::tempdir().expect("temp dir");
        let input = dir.path().join("en.md");
        std::fs::write(&input, b"text").expect("write");
        let err = write_files(
            &[(input.clone(), b"x".as_slice())],
            std::slice::from_ref(&input),
        )
        .expect_err("an input");
        assert!(err.to_string().contains("en.md"), "{err}");
        #[cfg(unix)]
        {
            let link = dir.path().join("out.md");
            std::os::unix::fs::symlink(&input, &link).expect("symlink");
            let err = write_files(&[(link, b"x".as_slice())], std::slice::from_ref(&input))
                .expect_err("a link to an input");
            assert!(matches!(err, WriteError::Input { .. }), "{err}");
        }
        assert_eq!(std::fs::read(&input).expect("read"), b"text");
    }

    #[test]
    fn several_files_are_written_all_or_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let a = dir.path().join("p.en");
        let b = dir.path().join("p.fr");
        std::fs::write(&a, b"old").expect("write");
        std::fs::create_dir(&b).expect("a directory in the way");
        let err = write_files(&[(a.clone(), b"new".as_slice()), (b, b"new")], &[])
            .expect_err("p.fr is a directory");
        assert!(err.to_string().contains("p.fr"), "{err}");
        assert_eq!(std::fs::read(&a).expect("read"), b"old");
        assert_eq!(names(dir.path()), ["p.en", "p.fr"]);
    }

    #[test]
    fn moses_prefixes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let paths = moses_paths(dir.path(), "A-RES-1-2", &["en", "fr"]).expect("a directory");
        assert_eq!(paths[1], dir.path().join("A-RES-1-2.fr"));
        let prefix = dir.path().join("run.v2");
        let paths = moses_paths(&prefix, "s", &["en"]).expect("a prefix");
        assert_eq!(paths[0], dir.path().join("run.v2.en"));
        let missing = format!("{}/mo/", dir.path().display());
        let err = moses_paths(Path::new(&missing), "s", &["en"]).expect_err("missing directory");
        assert!(err.to_string().starts_with("no directory"), "{err}");
        assert!(moses_paths(Path::new(".."), "s", &["en"]).is_ok());
    }
}
