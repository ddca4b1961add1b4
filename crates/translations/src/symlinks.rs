//! Symbolic links a user allows (`--follow-symlinks`): a rendering may then be a link, but
//! only to a regular file inside the repository, so an export of an untrusted folder
//! still cannot publish a file from elsewhere on the machine.
//!
//! The boundary is the top of the git work tree that holds the folder (the nearest
//! ancestor with a `.git` entry), or the folder itself when it is in no repository. Both
//! sides are compared after resolving every link and `..`, so a link through another
//! link, or through a linked folder, is judged by where it finally leads.

use std::path::{Path, PathBuf};

use crate::LoadError;
use crate::set::not_a_regular_file;

/// Where links from `dir` may lead: the top of its git work tree, or `dir` itself; both
/// resolved. The second value says which (`true` for a repository).
pub fn boundary(dir: &Path) -> std::io::Result<(PathBuf, bool)> {
    let dir = std::fs::canonicalize(dir)?;
    let top = dir
        .ancestors()
        .find(|a| std::fs::symlink_metadata(a.join(".git")).is_ok())
        .map(Path::to_path_buf);
    Ok(match top {
        Some(top) => (top, true),
        None => (dir, false),
    })
}

/// Why `path`, a file of the folder `dir`, cannot be read when links are allowed: what
/// [`not_a_regular_file`] says of anything but a link; for a link, whether it leads to a
/// regular file inside [`boundary`]. `None` when it may be read or does not exist.
#[must_use]
pub fn not_a_file_inside(path: &Path, dir: &Path) -> Option<LoadError> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    if !meta.file_type().is_symlink() {
        return not_a_regular_file(path);
    }
    // A broken link or a loop: said as without the option.
    let Ok(target) = std::fs::canonicalize(path) else {
        return not_a_regular_file(path);
    };
    let refuse = |what| {
        Some(LoadError::NotAFile {
            path: path.to_owned(),
            what,
        })
    };
    if !std::fs::metadata(&target).is_ok_and(|m| m.is_file()) {
        return refuse("a symbolic link to something other than a regular file");
    }
    match boundary(dir) {
        Ok((top, _)) if target.starts_with(&top) => None,
        Ok((_, true)) => refuse("a symbolic link leading out of its repository"),
        Ok((_, false)) => refuse("a symbolic link leading out of its folder"),
        Err(_) => refuse("a symbolic link whose folder cannot be resolved"),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn what(err: Option<LoadError>) -> Option<&'static str> {
        err.map(|e| match e {
            LoadError::NotAFile { what, .. } => what,
            other => panic!("{other}"),
        })
    }

    #[test]
    fn links_inside_the_repository_pass_and_others_do_not() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let repo = tmp.path().join("repo");
        let doc = repo.join("t/doc");
        std::fs::create_dir_all(&doc).expect("folders");
        std::fs::create_dir(repo.join(".git")).expect(".git");
        std::fs::write(repo.join("shared.md"), "text").expect("shared");
        std::fs::write(tmp.path().join("secret.txt"), "secret").expect("secret");
        symlink("../../shared.md", doc.join("en.md")).expect("link");
        symlink(tmp.path().join("secret.txt"), doc.join("fr.md")).expect("link");
        symlink("../../t", doc.join("es.md")).expect("link");
        symlink("missing.md", doc.join("ru.md")).expect("link");
        std::fs::write(doc.join("zh.md"), "text").expect("zh");
        assert_eq!(what(not_a_file_inside(&doc.join("en.md"), &doc)), None);
        assert_eq!(what(not_a_file_inside(&doc.join("zh.md"), &doc)), None);
        assert_eq!(what(not_a_file_inside(&doc.join("ar.md"), &doc)), None);
        assert_eq!(
            what(not_a_file_inside(&doc.join("fr.md"), &doc)),
            Some("a symbolic link leading out of its repository")
        );
        assert_eq!(
            what(not_a_file_inside(&doc.join("es.md"), &doc)),
            Some("a symbolic link to something other than a regular file")
        );
        assert_eq!(
            what(not_a_file_inside(&doc.join("ru.md"), &doc)),
            Some("a broken symbolic link")
        );
        // Outside any repository the folder itself is the boundary.
        std::fs::remove_dir(repo.join(".git")).expect("no .git");
        assert_eq!(
            what(not_a_file_inside(&doc.join("en.md"), &doc)),
            Some("a symbolic link leading out of its folder")
        );
        std::fs::write(doc.join("notes.txt"), "n").expect("notes");
        symlink("notes.txt", doc.join("ar.md")).expect("link");
        assert_eq!(what(not_a_file_inside(&doc.join("ar.md"), &doc)), None);
    }
}
