//! Text encodings of a rendering file: UTF-8 with or without a byte-order mark, and UTF-16
//! (little- or big-endian) with one. Nothing is guessed: bytes in any other encoding are an
//! error that names the byte offset where decoding stopped, because a rendering decoded
//! with the wrong code page would be aligned and exported as mojibake.
//!
//! ```
//! use sixfold_translations::input::encoding::{decode_text, EncodingError};
//!
//! assert_eq!(decode_text(b"\xEF\xBB\xBFDistr.: General").unwrap(), "Distr.: General");
//! assert_eq!(decode_text(b"\xFF\xFEA\x00/\x00").unwrap(), "A/");
//! assert_eq!(
//!     decode_text(b"A/RES/1\nCaf\xE9"),
//!     Err(EncodingError::InvalidUtf8 { offset: 11, line: 2, column: 4 })
//! );
//! ```

/// Why bytes are not text in one of the accepted encodings. Offsets count bytes from the
/// start of the file, byte-order mark included, so that a hex editor finds them; line and
/// column (both from 1, the column in characters) are for a text editor, which is where a
/// translator opens the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EncodingError {
    /// Not UTF-8 (no UTF-16 byte-order mark either): most often a legacy code page.
    #[error(
        "invalid UTF-8 at line {line}, column {column} (byte offset {offset}): save the file as UTF-8 (with or without a byte-order mark) or as UTF-16 with a byte-order mark"
    )]
    InvalidUtf8 {
        offset: usize,
        line: usize,
        column: usize,
    },
    /// NUL bytes in UTF-8 text at every other byte: what UTF-16 without a byte-order mark
    /// looks like.
    #[error(
        "NUL byte at line {line}, column {column} (byte offset {offset}): the file looks like UTF-16 without a byte-order mark; save it as UTF-8, or as UTF-16 with a byte-order mark"
    )]
    Nul {
        offset: usize,
        line: usize,
        column: usize,
    },
    /// A NUL byte in UTF-8 text that does not look like UTF-16: a damaged file, or a
    /// binary one given as a rendering.
    #[error(
        "NUL byte at line {line}, column {column} (byte offset {offset}): text holds no NUL bytes; the file is damaged or is not a text file"
    )]
    StrayNul {
        offset: usize,
        line: usize,
        column: usize,
    },
    /// UTF-16 whose code units do not form characters (a lone surrogate).
    #[error(
        "invalid UTF-16 ({order}) at line {line}, column {column} (byte offset {offset}): a surrogate without its pair; the file is damaged or not UTF-16"
    )]
    InvalidUtf16 {
        order: &'static str,
        offset: usize,
        line: usize,
        column: usize,
    },
    /// UTF-16 with an odd number of bytes: the file was cut.
    #[error(
        "UTF-16 ({order}) text cut at line {line}, column {column} (byte offset {offset}): the last character is incomplete"
    )]
    TruncatedUtf16 {
        order: &'static str,
        offset: usize,
        line: usize,
        column: usize,
    },
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes a rendering's bytes: UTF-16 when a UTF-16 byte-order mark opens them, UTF-8
/// otherwise. The byte-order mark is not part of the text.
pub fn decode_text(bytes: &[u8]) -> Result<String, EncodingError> {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return decode_utf16(rest, "LE", u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return decode_utf16(rest, "BE", u16::from_be_bytes);
    }
    let (skip, body) = match bytes.strip_prefix(UTF8_BOM) {
        Some(rest) => (UTF8_BOM.len(), rest),
        None => (0, bytes),
    };
    let text = std::str::from_utf8(body).map_err(|e| {
        let valid = e.valid_up_to();
        // The bytes before `valid` are UTF-8 by definition of `valid_up_to`.
        let (line, column) = place(std::str::from_utf8(&body[..valid]).unwrap_or_default());
        EncodingError::InvalidUtf8 {
            offset: skip + valid,
            line,
            column,
        }
    })?;
    if let Some(nul) = text.find('\0') {
        let offset = skip + nul;
        let (line, column) = place(&text[..nul]);
        return Err(if looks_like_utf16(body) {
            EncodingError::Nul {
                offset,
                line,
                column,
            }
        } else {
            EncodingError::StrayNul {
                offset,
                line,
                column,
            }
        });
    }
    Ok(text.to_owned())
}

/// Whether text without a byte-order mark reads as UTF-16: in its first kilobyte there are
/// several NULs and nearly all share one parity (the high byte of the spaces, digits and
/// punctuation every script uses; Cyrillic or Chinese letters have none). A UTF-8 file
/// with a stray NUL has one or two, and a binary file has them at both parities.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let head = bytes.get(..1024).unwrap_or(bytes);
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, _) in head.iter().enumerate().filter(|(_, b)| **b == 0) {
        if i % 2 == 0 {
            even += 1;
        } else {
            odd += 1;
        }
    }
    let nuls = even + odd;
    nuls >= 4 && even.max(odd) * 10 >= nuls * 9
}

/// Line and column (from 1; the column counts characters) of the character after `before`.
fn place(before: &str) -> (usize, usize) {
    let line = before.bytes().filter(|b| *b == b'\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

/// UTF-16 code units after a 2-byte byte-order mark.
fn decode_utf16(
    body: &[u8],
    order: &'static str,
    unit: fn([u8; 2]) -> u16,
) -> Result<String, EncodingError> {
    const BOM: usize = 2;
    let pairs = body.chunks_exact(2);
    let cut = !pairs.remainder().is_empty();
    let units = pairs.map(|p| unit([p[0], p[1]]));
    let mut text = String::with_capacity(body.len() / 2);
    let mut offset = BOM;
    let (mut line, mut column) = (1, 1);
    for decoded in char::decode_utf16(units) {
        match decoded {
            Ok('\0') => {
                return Err(EncodingError::Nul {
                    offset,
                    line,
                    column,
                });
            }
            Ok(c) => {
                offset += 2 * c.len_utf16();
                if c == '\n' {
                    line += 1;
                    column = 1;
                } else {
                    column += 1;
                }
                text.push(c);
            }
            Err(_) => {
                return Err(EncodingError::InvalidUtf16 {
                    order,
                    offset,
                    line,
                    column,
                });
            }
        }
    }
    if cut {
        return Err(EncodingError::TruncatedUtf16 {
            order,
            offset: BOM + body.len() - 1,
            line,
            column,
        });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, le: bool) -> Vec<u8> {
        let mut out = if le {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for u in text.encode_utf16() {
            out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        out
    }

    #[test]
    fn every_accepted_encoding_gives_the_same_text() {
        let text = "الجمعية العامة\n大会 — 𝒜 Assemblée générale\r\n";
        assert_eq!(decode_text(text.as_bytes()).unwrap(), text);
        let bom = [UTF8_BOM, text.as_bytes()].concat();
        assert_eq!(decode_text(&bom).unwrap(), text);
        assert_eq!(decode_text(&utf16(text, true)).unwrap(), text);
        assert_eq!(decode_text(&utf16(text, false)).unwrap(), text);
        assert_eq!(decode_text(b"").unwrap(), "");
        assert_eq!(decode_text(b"\xFF\xFE").unwrap(), "");
    }

    #[test]
    fn errors_name_the_byte_offset_line_and_column() {
        // Latin-1 "é" after a UTF-8 byte-order mark: offset counts the mark.
        assert_eq!(
            decode_text(b"\xEF\xBB\xBFcaf\xE9"),
            Err(EncodingError::InvalidUtf8 {
                offset: 6,
                line: 1,
                column: 4
            })
        );
        // UTF-16 without a byte-order mark.
        assert_eq!(
            decode_text(b"A\x00/\x005\x001\x00/\x006\x000\x00"),
            Err(EncodingError::Nul {
                offset: 1,
                line: 1,
                column: 2
            })
        );
        // One NUL in otherwise ordinary UTF-8 is damage, not UTF-16.
        let damaged = "Recalling its resolution 50/80,\n\n1. Welcomes\0 the report.\n";
        assert_eq!(
            decode_text(damaged.as_bytes()),
            Err(EncodingError::StrayNul {
                offset: 44,
                line: 3,
                column: 12
            })
        );
        // UTF-16 without a byte-order mark is still named as such, in Latin script
        // (big-endian) and in Cyrillic, whose letters have no NUL byte (little-endian).
        let be: Vec<u8> = "Texte.".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(
            decode_text(&be),
            Err(EncodingError::Nul {
                offset: 0,
                line: 1,
                column: 1
            })
        );
        let ru = "Генеральная Ассамблея, 51-я сессия, пункт 101 повестки дня.";
        let le: Vec<u8> = ru.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert!(
            matches!(decode_text(&le), Err(EncodingError::Nul { .. })),
            "{:?}",
            decode_text(&le)
        );
        let mut cut = utf16("ab", true);
        cut.push(0x41);
        assert_eq!(
            decode_text(&cut),
            Err(EncodingError::TruncatedUtf16 {
                order: "LE",
                offset: 6,
                line: 1,
                column: 3
            })
        );
        // "a", then a lone high surrogate, then "b" (big-endian).
        let lone = [0xFE, 0xFF, 0x00, 0x61, 0xD8, 0x00, 0x00, 0x62];
        assert_eq!(
            decode_text(&lone),
            Err(EncodingError::InvalidUtf16 {
                order: "BE",
                offset: 4,
                line: 1,
                column: 2
            })
        );
        // A surrogate pair advances the offset by four bytes.
        // Columns count characters, and a line feed starts a new line.
        let mut pair = utf16("x\n𝒜", true);
        pair.extend([0x00, 0xD8]);
        assert_eq!(
            decode_text(&pair),
            Err(EncodingError::InvalidUtf16 {
                order: "LE",
                offset: 10,
                line: 2,
                column: 2
            })
        );
    }

    #[test]
    fn invalid_utf8_is_placed_after_the_last_good_character() {
        // Arabic letters are two bytes each: the column counts them once.
        let bytes = ["مقدمة\nالجمعية".as_bytes(), b"\xC3("].concat();
        assert_eq!(
            decode_text(&bytes),
            Err(EncodingError::InvalidUtf8 {
                offset: 25,
                line: 2,
                column: 8
            })
        );
    }
}
