//! Atomic file writes: a reader (a CAT tool watching a folder, a CI diff) never sees half
//! an export, and an interrupted run leaves the previous file intact.

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Writing an export failed.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("cannot create a temporary file beside {path}")]
    Create {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write {path}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot move the temporary file onto {path}")]
    Persist {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Writes `bytes` to `path` through a temporary file in the same directory, renamed into
/// place; a rename within one file system replaces the target in one step.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".sixfold-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|source| WriteError::Create {
            path: path.to_owned(),
            source,
        })?;
    tmp.write_all(bytes)
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
    tmp.persist(path).map_err(|e| WriteError::Persist {
        path: path.to_owned(),
        source: e.error,
    })?;
    Ok(())
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

    #[test]
    fn replaces_content_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("out.tmx");
        write_atomic(&path, b"first").expect("first write");
        write_atomic(&path, b"second").expect("second write");
        assert_eq!(std::fs::read(&path).expect("read back"), b"second");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, [std::ffi::OsString::from("out.tmx")]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&path).expect("stat").permissions().mode();
            assert_eq!(mode & 0o777, 0o644);
        }
    }

    #[test]
    fn missing_directory_is_an_error_naming_the_path() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("no/such/out.tsv");
        let err = write_atomic(&path, b"x").expect_err("parent is missing");
        assert!(err.to_string().contains("no/such/out.tsv"), "{err}");
    }
}
