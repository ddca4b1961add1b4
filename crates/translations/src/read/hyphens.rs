//! Words a PDF extractor split at a line-end hyphen: "South- East", "recom- mendation".
//!
//! The extractor keeps the hyphen and turns the line break into a space, so the word
//! reaches segments, checks and exports broken. A hyphen followed by a space is also how a
//! suspended compound is written ("pre- and post-conflict", "micro- et petites
//! entreprises"), so no rule on the characters alone can tell the two apart. The document
//! itself can: a split word is rejoined only when the same document writes it whole
//! elsewhere, as the hyphenated compound ("South-East") or as one word
//! ("recommendation"). Without that evidence the text is left as it was.

use std::collections::HashSet;

use crate::model::Segment;

/// Hyphens an extractor leaves at a line end: ASCII and U+2010.
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}')
}

/// Rejoins the split words of `segments` that the document writes whole elsewhere.
pub(super) fn rejoin(segments: &mut [Segment]) {
    if !segments.iter().any(|s| has_candidate(&s.text)) {
        return;
    }
    let evidence = Evidence::of(segments);
    let rejoined: Vec<(usize, String)> = segments
        .iter()
        .enumerate()
        .filter(|(_, s)| has_candidate(&s.text))
        .filter_map(|(i, s)| Some((i, evidence.rejoined(&s.text)?)))
        .collect();
    drop(evidence);
    for (i, text) in rejoined {
        segments[i].text = text;
    }
}

/// Whether `text` holds a letter, a hyphen and a space followed by a letter.
///
/// Every segment of every version read is asked, so the hyphens are found on the bytes:
/// a substring search for a two-byte pattern was a tenth of reading a version in `stale`.
/// U+2010 is the bytes `E2 80 90`; `E2` only ever leads a character, so a hyphen found
/// here starts on a character boundary, as does the byte after the ASCII space.
fn has_candidate(text: &str) -> bool {
    const U2010: &[u8] = "\u{2010}".as_bytes();
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(k) = bytes.get(from..).and_then(find_hyphen_lead) {
        let at = from + k;
        let len = if bytes[at] == b'-' {
            1
        } else if bytes.get(at..at + U2010.len()) == Some(U2010) {
            U2010.len()
        } else {
            // Another character that starts with the same byte.
            from = at + 1;
            continue;
        };
        from = at + len;
        if bytes.get(at + len) != Some(&b' ') {
            continue;
        }
        let before = text.get(..at).and_then(|t| t.chars().next_back());
        let after = text.get(at + len + 1..).and_then(|t| t.chars().next());
        if before.is_some_and(char::is_alphabetic) && after.is_some_and(char::is_alphabetic) {
            return true;
        }
    }
    false
}

/// The index of the first `-` or `E2` byte (U+2010's first), looked for eight bytes at a
/// time: most words of eight bytes hold neither and are skipped whole.
fn find_hyphen_lead(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Whether some byte of `word` is `b`: a byte of `word ^ b…b` is zero exactly there,
    // and subtracting one from each byte sets the high bit of a zero byte that was not
    // set before (a borrow only ever starts at a zero byte, so no word without one is
    // taken; a word taken wrongly is only scanned byte by byte below).
    let holds = |word: u64, b: u8| {
        let x = word ^ (ONES * u64::from(b));
        x.wrapping_sub(ONES) & !x & HIGH != 0
    };
    let mut at = 0;
    for chunk in bytes.chunks_exact(8) {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let word = u64::from_le_bytes(eight);
        if holds(word, b'-') || holds(word, 0xE2) {
            break;
        }
        at += 8;
    }
    bytes
        .get(at..)?
        .iter()
        .position(|&b| b == b'-' || b == 0xE2)
        .map(|i| at + i)
}

/// The words a document writes whole: each hyphenated compound's neighbouring parts
/// ("South", "East" from "South-East-Asian") and every word written without a hyphen.
struct Evidence<'a> {
    pairs: HashSet<(&'a str, &'a str)>,
    words: HashSet<&'a str>,
}

impl<'a> Evidence<'a> {
    fn of(segments: &'a [Segment]) -> Self {
        let mut pairs = HashSet::new();
        let mut words = HashSet::new();
        for segment in segments {
            for token in segment
                .text
                .split(|c: char| !c.is_alphabetic() && !is_hyphen(c))
            {
                let parts: Vec<&str> = token.split(is_hyphen).collect();
                if parts.len() == 1 {
                    if !token.is_empty() {
                        words.insert(token);
                    }
                    continue;
                }
                for w in parts.windows(2) {
                    if !w[0].is_empty() && !w[1].is_empty() {
                        pairs.insert((w[0], w[1]));
                    }
                }
            }
        }
        Evidence { pairs, words }
    }

    /// `text` with its split words rejoined, or `None` when nothing is rejoined.
    fn rejoined(&self, text: &str) -> Option<String> {
        let mut out = String::with_capacity(text.len());
        let mut changed = false;
        let mut rest = text;
        while let Some((at, hyphen)) = rest.char_indices().find(|&(i, c)| {
            is_hyphen(c)
                && rest[i + c.len_utf8()..].starts_with(' ')
                && rest[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic)
        }) {
            let after = at + hyphen.len_utf8() + 1;
            let left_start = rest[..at]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| c.is_alphabetic())
                .last()
                .map_or(at, |(i, _)| i);
            let right_end = rest[after..]
                .char_indices()
                .find(|&(_, c)| !c.is_alphabetic())
                .map_or(rest.len(), |(i, _)| after + i);
            let (left, right) = (&rest[left_start..at], &rest[after..right_end]);
            if right.is_empty() {
                out.push_str(&rest[..after]);
            } else if self.pairs.contains(&(left, right)) {
                out.push_str(&rest[..at]);
                out.push(hyphen);
                changed = true;
            } else if self.words.contains(format!("{left}{right}").as_str()) {
                out.push_str(&rest[..at]);
                changed = true;
            } else {
                out.push_str(&rest[..after]);
            }
            rest = &rest[after..];
        }
        out.push_str(rest);
        changed.then_some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SegmentKind;

    fn segments(texts: &[&str]) -> Vec<Segment> {
        texts
            .iter()
            .enumerate()
            .map(|(index, text)| Segment {
                index,
                kind: SegmentKind::Paragraph,
                label: None,
                text: (*text).to_owned(),
                line: index + 1,
                footnote_refs: Vec::new(),
            })
            .collect()
    }

    fn texts(segments: &[Segment]) -> Vec<&str> {
        segments.iter().map(|s| s.text.as_str()).collect()
    }

    /// Real 2025 text (A/RES/80/47): the extractor wrote "South- East" in two paragraphs
    /// and "South-East" in the title.
    #[test]
    fn a_compound_written_whole_elsewhere_is_rejoined() {
        let mut s = segments(&[
            "Treaty on the South-East Asia Nuclear-Weapon-Free Zone",
            "the Commission for the South- East Asia Nuclear- Weapon-Free Zone to enhance",
        ]);
        rejoin(&mut s);
        assert_eq!(
            texts(&s)[1],
            "the Commission for the South-East Asia Nuclear-Weapon-Free Zone to enhance"
        );
    }

    #[test]
    fn a_word_written_whole_elsewhere_is_rejoined_without_its_hyphen() {
        let mut s = segments(&["the recom- mendations of", "these recommendations"]);
        rejoin(&mut s);
        assert_eq!(texts(&s)[0], "the recommendations of");
    }

    #[test]
    fn without_evidence_and_for_suspended_compounds_the_text_stays() {
        let input = [
            "pre- and post-conflict situations",
            "micro- et petites entreprises",
            "the South- East",
            "a dash - between words, a hyphen at the end-",
            "-- ",
        ];
        let mut s = segments(&input);
        rejoin(&mut s);
        assert_eq!(texts(&s), input);
    }

    /// The question as it was first written, with substring searches.
    fn has_candidate_by_search(text: &str) -> bool {
        text.match_indices("- ")
            .chain(text.match_indices("\u{2010} "))
            .any(|(at, pat)| {
                let before = text[..at].chars().next_back();
                let after = text[at + pat.len()..].chars().next();
                before.is_some_and(char::is_alphabetic) && after.is_some_and(char::is_alphabetic)
            })
    }

    /// The byte scan answers as the substring search on texts built from the characters
    /// that matter (hyphens, U+2010 and its neighbours in UTF-8, spaces, letters of three
    /// scripts, digits), in every short combination and in random longer ones.
    /// The first hyphen byte found a word at a time is the first found a byte at a time,
    /// in strings of every length up to 40 with the bytes sought (and their neighbours in
    /// value) at random places.
    #[test]
    fn hyphen_bytes_are_found_eight_at_a_time_as_one_at_a_time() {
        let mut seed = 11u64;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % n
        };
        let alphabet = [
            b'a', b'-', b',', b'.', 0xE2, 0xE1, 0xE3, 0x80, 0x00, 0xFF, 0x2C,
        ];
        for _ in 0..20_000 {
            let len = usize::try_from(next(41)).unwrap();
            let mut bytes = Vec::with_capacity(len);
            for _ in 0..len {
                let b = alphabet[usize::try_from(next(alphabet.len() as u64)).unwrap()];
                bytes.push(if next(4) == 0 { b } else { b'a' });
            }
            assert_eq!(
                find_hyphen_lead(&bytes),
                bytes.iter().position(|&b| b == b'-' || b == 0xE2),
                "{bytes:?}"
            );
        }
    }

    #[test]
    fn the_byte_scan_finds_what_the_search_finds() {
        let alphabet = [
            '-', '\u{2010}', '\u{2011}', '\u{2013}', '€', ' ', 'a', 'Ж', '中', '1',
        ];
        let texts = crate::random_edits::strings_over(
            &alphabet,
            4,
            2_000,
            49,
            &mut crate::random_edits::Lcg(7),
        );
        let mut found = 0;
        for t in &texts {
            assert_eq!(has_candidate(t), has_candidate_by_search(t), "{t:?}");
            found += usize::from(has_candidate(t));
        }
        assert!(
            found > 50,
            "{found} of {} texts hold a candidate",
            texts.len()
        );
    }

    #[test]
    fn cyrillic_and_the_unicode_hyphen() {
        let mut s = segments(&["Юго-Восточной Азии", "Юго‐ Восточной", "Юго- Восточной"]);
        rejoin(&mut s);
        assert_eq!(texts(&s)[1..], ["Юго‐Восточной", "Юго-Восточной"]);
    }
}
