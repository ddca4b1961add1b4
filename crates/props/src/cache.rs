//! The history's alignment-cache files (`.git/sixfold/align/`): a repository's files are
//! input like any other, written by older builds, cut short by a crash, or edited.

use sixfold_history::cache_file_format::{decode, encode};
use sixfold_translations::Reason;
use sixfold_translations::align::Bead;

/// Any text read as a cache file never panics; what it accepts tiles both renderings from
/// segment 0 (each bead starts where the one before ended, none runs backwards), has
/// confidences in [0, 1] and reasons without a tab or line break; written back it reads
/// as the same beads and writes the same text again. The bytes after a first NUL, when
/// there is one, are also read as beads and written: the file of any beads reads back
/// as them, reasons with a tab or line break having those replaced by spaces.
pub fn cache(data: &[u8]) {
    let (file, beads) = match data.iter().position(|&b| b == 0) {
        Some(nul) => (&data[..nul], Some(&data[nul + 1..])),
        None => (data, None),
    };
    let text = String::from_utf8_lossy(file);
    if let Some(read) = decode(&text) {
        let mut end = (0, 0);
        for bead in &read {
            assert_eq!(
                (bead.pivot.start, bead.other.start),
                end,
                "beads do not tile"
            );
            assert!(bead.pivot.start <= bead.pivot.end && bead.other.start <= bead.other.end);
            assert!((0.0..=1.0).contains(&bead.confidence));
            assert!(
                bead.reasons
                    .iter()
                    .all(|r| !r.to_string().contains(['\t', '\n'])),
                "{:?}",
                bead.reasons
            );
            end = (bead.pivot.end, bead.other.end);
        }
        let written = encode(&read);
        assert_eq!(decode(&written).as_ref(), Some(&read), "{written}");
        assert_eq!(decode(&written).map(|b| encode(&b)), Some(written));
    }
    if let Some(bytes) = beads {
        let made = beads_of(bytes);
        let written = encode(&made);
        let expected: Vec<Bead> = made
            .into_iter()
            .map(|mut b| {
                for r in &mut b.reasons {
                    *r = Reason::from(r.to_string().replace(['\t', '\n'], " "));
                }
                b
            })
            .collect();
        assert_eq!(decode(&written), Some(expected), "{written}");
    }
}

/// Beads that tile from segment 0, lengths and confidence from the bytes, reasons from
/// the text between `\x01` bytes.
fn beads_of(bytes: &[u8]) -> Vec<Bead> {
    let mut beads = Vec::new();
    let mut end = (0, 0);
    for chunk in bytes.split(|&b| b == 1) {
        let Some((&shape, rest)) = chunk.split_first() else {
            continue;
        };
        let (p, o) = (usize::from(shape & 7), usize::from(shape >> 3 & 7));
        let confidence = f64::from(rest.first().copied().unwrap_or(255)) / 255.0;
        let reasons = String::from_utf8_lossy(rest.get(1..).unwrap_or_default())
            .split('\u{2}')
            .filter(|r| !r.is_empty())
            .map(Reason::from)
            .collect();
        beads.push(Bead {
            pivot: end.0..end.0 + p,
            other: end.1..end.1 + o,
            confidence,
            reasons,
        });
        end = (end.0 + p, end.1 + o);
    }
    beads
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seeds are files this build accepts, so the fuzzer starts past the stamp and
    /// key lines. The stamp names the crate version: after a version bump, write the
    /// version into the first line of `fuzz/corpus/cache/seed-*`.
    #[test]
    fn the_seeds_are_accepted_cache_files() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/cache");
        for (seed, beads) in [("seed-file", 3), ("seed-file-and-beads", 1)] {
            let data = std::fs::read(dir.join(seed)).expect("a committed seed");
            let file = data.split(|&b| b == 0).next().unwrap_or_default();
            let read = decode(&String::from_utf8_lossy(file));
            assert_eq!(read.map(|b| b.len()), Some(beads), "{seed}");
        }
    }

    #[test]
    fn beads_made_from_bytes_tile() {
        let beads = beads_of(b"\x09\xff\x01\x0a\x80no anchor\x02x\x01\x08");
        let ends: Vec<_> = beads
            .iter()
            .map(|b| (b.pivot.clone(), b.other.clone()))
            .collect();
        assert_eq!(ends, [(0..1, 0..1), (1..3, 1..2), (3..3, 2..3)]);
        assert_eq!(beads[1].reasons, ["no anchor", "x"]);
    }
}
