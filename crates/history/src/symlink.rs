//! Symbolic links at a revision (`--follow-symlinks --rev`): a link stored in a commit's
//! tree (a blob of mode 120000 holding the target's name) is resolved in that same tree,
//! never on the disk, so the text read is the one the commit holds.
//!
//! The rule is the work tree's (`sixfold_translations::symlinks`): a link may be read when
//! it leads, after every link and `..` on the way, to a regular file inside the
//! repository. The tree's root is the repository's top, so a `..` above it, or an absolute
//! target outside the work tree, leads out. Reasons are worded as in the work tree, so the
//! same folder gets the same message in both places.

use std::collections::VecDeque;
use std::path::Path;

use git2::{Oid, Repository, Tree};

/// Why a link cannot be read: as the work tree says it.
pub(crate) const LEADS_OUT: &str = "a symbolic link leading out of its repository";
pub(crate) const NOT_A_FILE: &str = "a symbolic link to something other than a regular file";
pub(crate) const BROKEN: &str = "a broken symbolic link";
pub(crate) const LOOP: &str = "a symbolic link in a loop";

/// Links followed before giving up, as Linux's `ELOOP` limit.
const MAX_HOPS: usize = 40;

/// Where the entry `name` of the folder `folder` (`/`-separated, relative to the root;
/// empty for the root), a symbolic link, leads in `root`: the blob id of the regular file
/// (mode 100644 or 100755) it reaches, or why it cannot be read. `workdir` (resolved) lets
/// an absolute target that points into the work tree be read from the tree too, as the
/// work tree would read it.
pub(crate) fn follow(
    repo: &Repository,
    root: &Tree<'_>,
    folder: &str,
    name: &str,
    workdir: Option<&Path>,
) -> Result<Oid, &'static str> {
    // The real folders walked so far, from the root; the parts still to walk.
    let mut at: Vec<String> = parts(folder).map(str::to_owned).collect();
    let mut pending: VecDeque<String> = VecDeque::from([name.to_owned()]);
    let mut hops = 0;
    // The regular file the last part named, if it named one.
    let mut file = None;
    while let Some(part) = pending.pop_front() {
        if file.is_some() {
            // A file used as a folder (`fr.md/x`): the system calls it not a directory.
            return Err(BROKEN);
        }
        match part.as_str() {
            "" | "." => continue,
            ".." => {
                if at.pop().is_none() {
                    return Err(LEADS_OUT);
                }
                continue;
            }
            _ => {}
        }
        let path = if at.is_empty() {
            part.clone()
        } else {
            format!("{}/{part}", at.join("/"))
        };
        let Ok(entry) = root.get_path(Path::new(&path)) else {
            return Err(BROKEN);
        };
        match entry.filemode() {
            0o120_000 => {
                hops += 1;
                if hops > MAX_HOPS {
                    return Err(LOOP);
                }
                let blob = repo.find_blob(entry.id()).map_err(|_| BROKEN)?;
                let target = std::str::from_utf8(blob.content()).map_err(|_| BROKEN)?;
                let relative = if target.starts_with('/') {
                    // Inside the work tree: walk it from the root; anywhere else is out.
                    let inside = workdir.and_then(|w| Path::new(target).strip_prefix(w).ok());
                    let Some(inside) = inside else {
                        return Err(LEADS_OUT);
                    };
                    at.clear();
                    inside.to_string_lossy().into_owned()
                } else {
                    target.to_owned()
                };
                for p in relative.split('/').rev() {
                    pending.push_front(p.to_owned());
                }
            }
            0o040_000 => at.push(part),
            0o100_644 | 0o100_755 => file = Some(entry.id()),
            // A submodule, or a mode git does not write.
            _ => {
                return Err(if pending.is_empty() {
                    NOT_A_FILE
                } else {
                    BROKEN
                });
            }
        }
    }
    file.ok_or(NOT_A_FILE)
}

fn parts(path: &str) -> impl Iterator<Item = &str> {
    path.split('/').filter(|p| !p.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A repository whose tree is built from `(path, mode, content)` entries.
    fn tree_of(repo: &Repository, entries: &[(&str, i32, &str)]) -> Oid {
        let mut index = repo.index().expect("index");
        for &(path, mode, content) in entries {
            let id = repo.blob(content.as_bytes()).expect("blob");
            let entry = git2::IndexEntry {
                ctime: git2::IndexTime::new(0, 0),
                mtime: git2::IndexTime::new(0, 0),
                dev: 0,
                ino: 0,
                mode: u32::try_from(mode).expect("a positive mode"),
                uid: 0,
                gid: 0,
                file_size: 0,
                id,
                flags: 0,
                flags_extended: 0,
                path: path.as_bytes().to_vec(),
            };
            index.add(&entry).expect("add");
        }
        index.write_tree().expect("tree")
    }

    #[test]
    fn links_resolve_inside_the_tree_only() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let repo = Repository::init(tmp.path()).expect("repo");
        let id = tree_of(
            &repo,
            &[
                ("shared/es.md", 0o100_644, "texto"),
                ("shared/dir/x.md", 0o100_644, "x"),
                ("t/doc/en.md", 0o100_644, "text"),
                ("t/doc/es.md", 0o120_000, "../../shared/es.md"),
                ("t/doc/fr.md", 0o120_000, "../../../secret.txt"),
                ("t/doc/ru.md", 0o120_000, "/etc/passwd"),
                ("t/doc/zh.md", 0o120_000, "../../shared"),
                ("t/doc/ar.md", 0o120_000, "missing.md"),
                ("t/doc/a.md", 0o120_000, "b.md"),
                ("t/doc/b.md", 0o120_000, "a.md"),
                ("t/doc/c.md", 0o120_000, "es.md"),
                ("t/doc/d.md", 0o120_000, "link/dir/../es.md"),
                ("t/doc/link", 0o120_000, "../../shared"),
                ("t/doc/e.md", 0o120_000, "en.md/x"),
                ("t/doc/f.md", 0o120_000, "/work/repo/shared/es.md"),
            ],
        );
        let root = repo.find_tree(id).expect("tree");
        let texto = repo.blob(b"texto").expect("blob");
        let go = |name: &str| follow(&repo, &root, "t/doc", name, Some(Path::new("/work/repo")));
        assert_eq!(go("es.md"), Ok(texto));
        assert_eq!(go("c.md"), Ok(texto), "a link to a link");
        assert_eq!(go("d.md"), Ok(texto), "through a linked folder and `..`");
        assert_eq!(go("f.md"), Ok(texto), "absolute, inside the work tree");
        assert_eq!(go("fr.md"), Err(LEADS_OUT));
        assert_eq!(go("ru.md"), Err(LEADS_OUT));
        assert_eq!(go("zh.md"), Err(NOT_A_FILE));
        assert_eq!(go("ar.md"), Err(BROKEN));
        assert_eq!(go("a.md"), Err(LOOP));
        assert_eq!(go("e.md"), Err(BROKEN));
        let no_workdir = follow(&repo, &root, "t/doc", "f.md", None);
        assert_eq!(no_workdir, Err(LEADS_OUT));
    }
}
