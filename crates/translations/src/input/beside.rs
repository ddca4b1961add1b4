//! Decoding a version of a rendering beside an earlier version's text: in a history, each
//! version differs from the one before by a few lines, so only the bytes between the two
//! versions' common start and end need checking as UTF-8.

use std::path::Path;

use super::{InputError, decode_named};
use crate::discover::RenderingFormat;

/// [`decode_named`] of `bytes`, given `earlier`, the text of another version of the same
/// rendering (any text: it only saves work): the same text, or the same error.
///
/// Bytes that [`decode_named`] takes as they are (a text format, no byte-order mark, no
/// NUL) are valid UTF-8 when the part between their longest common start and end with
/// `earlier`, both cut at character boundaries of `earlier`, is: the start and the end are
/// parts of a valid text cut at its character boundaries, and valid pieces joined are
/// valid. Anything else, and bytes that fail, go to [`decode_named`], which gives the
/// error with its place.
pub fn decode_named_beside(
    name: &Path,
    bytes: &[u8],
    earlier: Option<&str>,
) -> Result<String, InputError> {
    match earlier.and_then(|e| text_beside(name, bytes, e)) {
        Some(text) => Ok(text),
        None => decode_named(name, bytes),
    }
}

fn text_beside(name: &Path, bytes: &[u8], earlier: &str) -> Option<String> {
    let format = name
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(RenderingFormat::of_name)
        .map_or(RenderingFormat::Text, |(format, _)| format);
    let marked = [&b"\xFF\xFE"[..], b"\xFE\xFF", b"\xEF\xBB\xBF"]
        .iter()
        .any(|bom| bytes.starts_with(bom));
    if format == RenderingFormat::Docx || marked || bytes.contains(&0) {
        return None;
    }
    let old = earlier.as_bytes();
    let mut start = common_prefix(old, bytes);
    while !earlier.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = common_suffix(old.get(start..)?, bytes.get(start..)?);
    while !earlier.is_char_boundary(old.len() - end) {
        end -= 1;
    }
    let middle = std::str::from_utf8(bytes.get(start..bytes.len() - end)?).ok()?;
    let mut text = String::with_capacity(bytes.len());
    text.push_str(earlier.get(..start)?);
    text.push_str(middle);
    text.push_str(earlier.get(old.len() - end..)?);
    Some(text)
}

/// The length of the longest common start of two byte strings, compared 32 bytes at a
/// time.
pub(crate) fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let whole = a
        .chunks_exact(32)
        .zip(b.chunks_exact(32))
        .take_while(|(x, y)| x == y)
        .count()
        * 32;
    whole
        + a.get(whole..)
            .unwrap_or(&[])
            .iter()
            .zip(b.get(whole..).unwrap_or(&[]))
            .take_while(|(x, y)| x == y)
            .count()
}

/// The length of the longest common end of two byte strings, compared 32 bytes at a
/// time.
pub(crate) fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    let whole = a
        .rchunks_exact(32)
        .zip(b.rchunks_exact(32))
        .take_while(|(x, y)| x == y)
        .count()
        * 32;
    let (a, b) = (
        a.get(..a.len() - whole).unwrap_or(&[]),
        b.get(..b.len() - whole).unwrap_or(&[]),
    );
    whole
        + a.iter()
            .rev()
            .zip(b.iter().rev())
            .take_while(|(x, y)| x == y)
            .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random_edits::{Lcg, real_renderings};

    /// The common start and end are the ones a byte-by-byte comparison finds, at every
    /// length around the 32-byte steps.
    #[test]
    fn common_ends_are_found_as_one_byte_at_a_time_finds_them() {
        let mut rng = Lcg(5);
        for _ in 0..3000 {
            let len = rng.below(100);
            let a: Vec<u8> = (0..len).map(|_| b"ab"[rng.below(2)]).collect();
            let mut b = a.clone();
            let at = rng.below(len + 1);
            match rng.below(3) {
                0 => b.insert(at, b'c'),
                1 if at < len => {
                    b.remove(at);
                }
                _ => b.truncate(at),
            }
            let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
            let suffix = a
                .iter()
                .rev()
                .zip(b.iter().rev())
                .take_while(|(x, y)| x == y)
                .count();
            assert_eq!(common_prefix(&a, &b), prefix);
            assert_eq!(common_suffix(&a, &b), suffix);
        }
    }

    /// Versions of every real rendering the repository holds, with bytes changed, added or taken
    /// out at random places (invalid UTF-8, a cut character, a NUL, a byte-order mark,
    /// another character with the same first bytes): decoded beside the version before,
    /// the same text or the same error as decoded alone.
    #[test]
    fn a_version_decoded_beside_the_one_before_is_decoded_the_same() {
        let files: Vec<_> = real_renderings().into_iter().map(|(_, p)| p).collect();
        assert!(files.len() > 40, "the real renderings are needed");
        let pieces: [&[u8]; 9] = [
            b"\xFF",
            b"\xD0",
            b"\xD0\xB0",
            b"\xE4\xB8",
            b"\xE4\xB8\xAD",
            b"\0",
            b"\xEF\xBB\xBF",
            b"\xD9\x8E",
            b"x\n",
        ];
        let (mut fast, mut failed) = (0, 0);
        for (n, path) in files.iter().enumerate() {
            let mut rng = Lcg(n as u64 + 3);
            let mut before = std::fs::read_to_string(path).unwrap();
            let name = Path::new(path.file_name().unwrap());
            for _ in 0..8 {
                let mut bytes = before.clone().into_bytes();
                let at = rng.below(bytes.len() + 1);
                match rng.below(4) {
                    0 => {
                        let end = (at + rng.below(8)).min(bytes.len());
                        bytes.drain(at..end);
                    }
                    1 => bytes.truncate(at),
                    _ => {
                        let piece = pieces[rng.below(pieces.len())];
                        bytes.splice(at..at, piece.iter().copied());
                    }
                }
                let alone = decode_named(name, &bytes);
                assert_eq!(
                    decode_named_beside(name, &bytes, Some(&before)),
                    alone,
                    "{}",
                    path.display()
                );
                fast += usize::from(text_beside(name, &bytes, &before).is_some());
                match alone {
                    Ok(text) => before = text,
                    Err(_) => failed += 1,
                }
            }
        }
        assert!(
            fast > 100 && failed > 20,
            "{fast} decoded beside, {failed} failed"
        );
        // Byte-order marks and a Word package's name go to the full decoder, which reads
        // them another way.
        let text = std::fs::read_to_string(&files[0]).unwrap();
        for (name, mark) in [
            ("en.md", &b"\xEF\xBB\xBF"[..]),
            ("en.md", b"\xFF\xFE"),
            ("en.txt", b"\xFE\xFF"),
            ("en.docx", b""),
        ] {
            let bytes = [mark, text.as_bytes()].concat();
            let name = Path::new(name);
            assert_eq!(
                decode_named_beside(name, &bytes, Some(&text)),
                decode_named(name, &bytes),
                "{}",
                name.display()
            );
        }
    }
}
