//! Where a writer's text goes: any [`std::fmt::Write`], so the same writer fills a `String`
//! (the library's functions, the snapshots) or streams into a file or standard output
//! (`sixfold export`, which would otherwise hold the whole export beside the document).

use std::fmt;

/// `String`'s `push_str`/`push` for any text sink, so a writer reads the same whatever it
/// writes into. Errors are the sink's to keep: [`IoText`] remembers the first and the
/// writers do not stop for it (the caller asks the sink once at the end).
pub(crate) trait Put: fmt::Write {
    fn push_str(&mut self, s: &str) {
        let _ = self.write_str(s);
    }

    fn push(&mut self, c: char) {
        let _ = self.write_char(c);
    }
}

impl<W: fmt::Write + ?Sized> Put for W {}

/// A byte stream (a staged file, standard output) as a text sink for the writers. The
/// first write error is kept and every later write is skipped; [`IoText::finish`] flushes
/// and returns it.
#[derive(Debug)]
pub struct IoText<W: std::io::Write> {
    inner: W,
    error: Option<std::io::Error>,
}

impl<W: std::io::Write> IoText<W> {
    pub fn new(inner: W) -> Self {
        IoText { inner, error: None }
    }

    /// Flushes, and gives the first error any write met.
    ///
    /// # Errors
    /// The first error of a write or of the flush.
    pub fn finish(mut self) -> std::io::Result<W> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        self.inner.flush()?;
        Ok(self.inner)
    }
}

impl<W: std::io::Write> fmt::Write for IoText<W> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if self.error.is_some() {
            return Err(fmt::Error);
        }
        self.inner.write_all(s.as_bytes()).map_err(|e| {
            self.error = Some(e);
            fmt::Error
        })
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use super::*;

    #[test]
    fn keeps_the_first_error_and_writes_nothing_after_it() {
        struct Full(usize);
        impl std::io::Write for Full {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                if self.0 + buf.len() > 4 {
                    return Err(std::io::Error::other("disk full"));
                }
                self.0 += buf.len();
                Ok(buf.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut out = IoText::new(Full(0));
        out.push_str("abc");
        let tail = "defg";
        assert!(write!(out, "{tail}").is_err());
        out.push('h');
        assert_eq!(out.inner.0, 3);
        assert_eq!(
            out.finish().map(|f| f.0).map_err(|e| e.to_string()),
            Err("disk full".to_owned())
        );
        let mut fine = IoText::new(Vec::new());
        fine.push_str("é");
        fine.push('\n');
        assert_eq!(fine.finish().ok(), Some("é\n".as_bytes().to_vec()));
    }
}
