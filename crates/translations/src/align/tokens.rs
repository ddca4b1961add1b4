//! Invariant tokens: the parts of a paragraph that survive translation unchanged (numbers,
//! years, document symbols) and so tie renderings together independently of wording.

use sixfold_core::Lang;
use sixfold_l10n::numerals::{decimal_digit, is_chinese_numeral_char, normalize_digits};

/// Value of an ASCII digit. Texts are passed through [`normalize_digits`] first, so
/// Arabic-Indic and full-width digits arrive here as ASCII.
fn digit_value(c: char) -> Option<u32> {
    c.to_digit(10)
}

/// Characters that group thousands in one of the six languages ("1,000", "1 000", "1.000").
fn is_group_separator(c: char) -> bool {
    matches!(c, ',' | '.' | ' ' | '\u{00A0}' | '\u{202F}' | '\u{066C}')
}

/// Every number written with digits, in order, with digits of any script normalised and
/// thousands separators removed: "1,000", "1 000" and "١٠٠٠" all give 1000. Runs too long for
/// a `u64` saturate rather than fail, since such runs are never meaningful numbers in prose.
///
/// Only the stretches of digits and group separators are decoded into characters, each
/// with the one character after it, which is all the reading of a number looks at; the
/// text between them is skipped on its bytes (the aligner reads every paragraph, and most
/// of a paragraph is not numbers).
#[must_use]
pub fn numbers(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = next_digit(rest) {
        let stretch = rest.get(start..).unwrap_or_default();
        let end = stretch
            .char_indices()
            .find(|&(_, c)| decimal_digit(c).is_none() && !is_group_separator(c))
            .map_or(stretch.len(), |(i, c)| i + c.len_utf8());
        numbers_in(stretch.get(..end).unwrap_or_default(), &mut out);
        rest = stretch.get(end..).unwrap_or_default();
    }
    out
}

/// Byte offset of the first decimal digit of `text` in any script [`decimal_digit`]
/// knows. Those digits other than ASCII start with byte 0xD9, 0xDB or 0xEF, so only
/// characters starting with one of these are decoded. Eight bytes are tested at once
/// ([`candidates_in`]): most of a paragraph is letters, and this scan reads every
/// paragraph of every rendering.
fn next_digit(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let digit_at = |i: usize| {
        bytes.get(i).is_some_and(u8::is_ascii_digit)
            || text
                .get(i..)
                .and_then(|r| r.chars().next())
                .and_then(decimal_digit)
                .is_some()
    };
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or([0; 8]));
        let mut candidates = candidates_in(word);
        while candidates != 0 {
            let i = at + (candidates.trailing_zeros() / 8) as usize;
            if digit_at(i) {
                return Some(i);
            }
            // A lead byte of some other character: the next candidate.
            candidates &= candidates - 1;
        }
        at += 8;
    }
    let tail = chunks.remainder();
    tail.iter()
        .enumerate()
        .position(|(k, &b)| {
            (b.is_ascii_digit() || matches!(b, 0xD9 | 0xDB | 0xEF)) && digit_at(at + k)
        })
        .map(|k| at + k)
}

/// The bytes of eight (a little-endian word) that may start a digit: the high bit of each
/// byte that is an ASCII digit or 0xD9, 0xDB or 0xEF is set, all other bits are clear.
/// Every sum below is of two numbers below 0x80 in each byte, so no carry crosses into the
/// next byte.
fn candidates_in(word: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let seven = word & LOW;
    // The low seven bits at least '0', and past '9'.
    let from_zero = seven + ONES * (0x80 - u64::from(b'0'));
    let past_nine = seven + ONES * (0x80 - u64::from(b'9') - 1);
    let ascii_digits = from_zero & !past_nine & !word & HIGH;
    let equal = |byte: u8| {
        let x = word ^ (ONES * u64::from(byte));
        !(((x & LOW) + LOW) | x) & HIGH
    };
    ascii_digits | equal(0xD9) | equal(0xDB) | equal(0xEF)
}

/// The numbers of one stretch of [`numbers`], appended to `out`. A stretch of ASCII (the
/// usual one) is read on its bytes; any other is decoded into characters first, its digits
/// made ASCII. Both are [`numbers_of`] over the same sequence: an ASCII character is a digit
/// or a group separator exactly when its byte is.
fn numbers_in(text: &str, out: &mut Vec<u64>) {
    if text.is_ascii() {
        numbers_of(
            text.as_bytes(),
            |b| b.is_ascii_digit().then(|| u32::from(b - b'0')),
            |b| matches!(b, b',' | b'.' | b' '),
            out,
        );
        return;
    }
    let chars: Vec<char> = text
        .chars()
        .map(|c| {
            decimal_digit(c)
                .and_then(|d| char::from_digit(d, 10))
                .unwrap_or(c)
        })
        .collect();
    numbers_of(&chars, digit_value, is_group_separator, out);
}

/// The numbers of a sequence of characters (or bytes) whose digits are `digit`'s and group
/// separators `separator`'s, appended to `out`.
fn numbers_of<T: Copy>(
    chars: &[T],
    digit: impl Fn(T) -> Option<u32>,
    separator: impl Fn(T) -> bool,
    out: &mut Vec<u64>,
) {
    let mut i = 0;
    while i < chars.len() {
        let Some(first) = chars.get(i).copied().and_then(&digit) else {
            i += 1;
            continue;
        };
        let mut value = u64::from(first);
        let mut run = 1usize;
        let mut grouped = false;
        i += 1;
        loop {
            if let Some(d) = chars.get(i).copied().and_then(&digit) {
                value = value.saturating_mul(10).saturating_add(u64::from(d));
                run += 1;
                i += 1;
                continue;
            }
            // A separator followed by exactly three digits continues the number ("1,000",
            // "201,054,800"), but only after a leading group of one to three digits so
            // that "1996, 1997" and "49/60" stay apart.
            let sep = chars.get(i).copied();
            let group: Option<u64> = (0..3).try_fold(0u64, |acc, k| {
                chars
                    .get(i + 1 + k)
                    .copied()
                    .and_then(&digit)
                    .map(|d| acc * 10 + u64::from(d))
            });
            let after = chars.get(i + 4).copied().and_then(&digit);
            if (run <= 3 || grouped) && sep.is_some_and(&separator) && after.is_none() {
                if let Some(g) = group {
                    value = value.saturating_mul(1000).saturating_add(g);
                    run = 4;
                    grouped = true;
                    i += 4;
                    continue;
                }
            }
            break;
        }
        out.push(value);
    }
}

#[must_use]
/// Digits a segment of `lang` writes, as numbers; Chinese month numbers ("1月") are left out because
/// the other languages name the month.
pub fn lang_numbers(lang: Lang, text: &str) -> Vec<u64> {
    if lang != Lang::Zh {
        return numbers(text);
    }
    if next_digit(text).is_none() {
        // No digit of any script: nothing below would find a number.
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut cleaned = String::with_capacity(text.len());
    let chars: Vec<char> = normalize_digits(text).chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while chars.get(i).copied().and_then(digit_value).is_some() {
            i += 1;
        }
        if i > start {
            if chars.get(i) == Some(&'月') {
                cleaned.push(' ');
            } else {
                cleaned.extend(chars.get(start..i).unwrap_or_default());
            }
        } else {
            if let Some(&c) = chars.get(i) {
                cleaned.push(c);
            }
            i += 1;
        }
    }
    out.extend(numbers(&cleaned));
    out
}

/// Parses a run of Chinese numerals: the positional forms of UN headings ("十一" = 11,
/// "五十一" = 51) through `sixfold-l10n`, and the digit-by-digit form of years ("一九九六"),
/// which that parser leaves out because no heading uses it.
#[must_use]
pub fn parse_chinese_numeral(run: &str) -> Option<u64> {
    if let Some(n) = sixfold_l10n::numerals::parse_chinese_numeral(run) {
        return Some(u64::from(n));
    }
    let digit = |c: char| -> Option<u64> {
        let n = sixfold_l10n::numerals::parse_chinese_numeral(&c.to_string())?;
        (n < 10).then_some(u64::from(n))
    };
    if run.chars().count() < 2 {
        return None;
    }
    run.chars().try_fold(0u64, |acc, c| {
        digit(c).map(|d| acc.saturating_mul(10).saturating_add(d))
    })
}

fn is_chinese_numeral(c: char) -> bool {
    is_chinese_numeral_char(c)
}

/// Numbers written in Chinese numerals after 第 ("第十一条", "第五十一届"): the ordinals of
/// articles, sessions and meetings, which the other languages write with digits or words.
/// Only that context is used, because 一 and 十 also occur inside ordinary words.
#[must_use]
pub fn chinese_ordinals(text: &str) -> Vec<u64> {
    chinese_ordinals_before(text, None)
}

/// Chinese ordinals of articles only ("第十一条"): the other languages write these numbers
/// with digits ("Article 11"), whereas session ordinals are spelled out in words there.
#[must_use]
pub fn chinese_article_numbers(text: &str) -> Vec<u64> {
    chinese_ordinals_before(text, Some('条'))
}

fn chinese_ordinals_before(text: &str, suffix: Option<char>) -> Vec<u64> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(pos) = rest.find('第') {
        let after = &rest[pos + '第'.len_utf8()..];
        let end = after
            .char_indices()
            .find(|&(_, c)| !is_chinese_numeral(c))
            .map_or(after.len(), |(i, _)| i);
        let suffix_ok = suffix.is_none_or(|s| after[end..].starts_with(s));
        if let Some(n) = parse_chinese_numeral(&after[..end]).filter(|_| suffix_ok) {
            out.push(n);
        }
        rest = after;
    }
    out
}

/// Document symbols ("A/51/610", "A/RES/51/60", "E/CN.15/1996/2"): a token that starts with
/// a capital Latin letter and contains a slash. They are never translated, so a symbol that
/// differs between renderings is an error.
#[must_use]
pub fn symbols(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    // Symbols are ASCII: any other character ends one, so a symbol written against
    // Chinese characters ("见A/CONF.189/12和Corr.1") is found as it is in the other languages.
    for raw in text.split(|c: char| {
        c.is_whitespace()
            || !c.is_ascii()
            || matches!(
                c,
                '(' | ')'
                    | '['
                    | ']'
                    | ','
                    | ';'
                    | '،'
                    | '؛'
                    | '，'
                    | '；'
                    | '（'
                    | '）'
                    | '“'
                    | '”'
                    | '"'
                    | '«'
                    | '»'
            )
    }) {
        let token = raw.trim_end_matches(['.', ':', '。', '-']);
        let mut chars = token.chars();
        let starts_upper = chars.next().is_some_and(|c| c.is_ascii_uppercase());
        if starts_upper
            && token.contains('/')
            && token
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-'))
            && token.chars().any(|c| c.is_ascii_digit())
        {
            out.push(token.to_owned());
        }
    }
    out
}

/// Length used by the length model: characters that are not white space. Spaces are left out
/// so that Chinese (unspaced) and the spaced languages are measured alike.
#[must_use]
pub fn text_len(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `numbers` as it read the whole text as characters, before it read stretches (and
    /// ASCII stretches on their bytes): the reading of one stretch of characters applied
    /// to all of it.
    fn numbers_whole_text(text: &str) -> Vec<u64> {
        let chars: Vec<char> = text
            .chars()
            .map(|c| {
                decimal_digit(c)
                    .and_then(|d| char::from_digit(d, 10))
                    .unwrap_or(c)
            })
            .collect();
        let mut out = Vec::new();
        numbers_of(&chars, digit_value, is_group_separator, &mut out);
        out
    }

    #[test]
    fn numbers_of_mostly_ascii_text_are_the_numbers_of_the_whole_text() {
        // Long stretches of letters, so that whole words of eight ASCII bytes are tested
        // at once, with digits, separators and the odd other character at every offset.
        same_numbers_as_the_whole_text(
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaa0159., /:~\u{7F}\u{0660}\u{FF15}é\u{00A0}\u{0641}\u{FF71}ж",
            (2, 120),
            11,
        );
    }

    /// [`numbers`] equals [`numbers_whole_text`] on every string over `alphabet` up to
    /// `every` long and on 20,000 pseudo-random ones up to `longest` (from `seed`).
    fn same_numbers_as_the_whole_text(alphabet: &str, (every, longest): (usize, usize), seed: u64) {
        let alphabet: Vec<char> = alphabet.chars().collect();
        let texts = crate::random_edits::strings_over(
            &alphabet,
            every,
            20_000,
            longest,
            &mut crate::random_edits::Lcg(seed),
        );
        for text in &texts {
            assert_eq!(numbers(text), numbers_whole_text(text), "{text:?}");
        }
    }

    #[test]
    fn every_byte_that_may_start_a_digit_is_a_candidate_at_every_place() {
        let candidate = |b: u8| b.is_ascii_digit() || matches!(b, 0xD9 | 0xDB | 0xEF);
        for place in 0..8 {
            for byte in 0..=u8::MAX {
                for filler in [b'a', b'/', b'9', 0x00, 0x7F, 0x80, 0xD8, 0xD9, 0xEF, 0xFF] {
                    let mut bytes = [filler; 8];
                    bytes[place] = byte;
                    let expected = bytes
                        .iter()
                        .enumerate()
                        .filter(|&(_, &b)| candidate(b))
                        .fold(0u64, |m, (k, _)| m | 0x80 << (8 * k));
                    assert_eq!(
                        candidates_in(u64::from_le_bytes(bytes)),
                        expected,
                        "{bytes:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn numbers_read_by_stretches_are_the_numbers_of_the_whole_text() {
        // Digits of every script, every group separator and characters around them, in
        // every order up to four long and in pseudo-random strings up to 63 long; letters
        // whose first byte is that of a digit of another script.
        same_numbers_as_the_whole_text(
            "0159\u{0660}\u{0669}\u{06F3}\u{FF15}., \u{00A0}\u{202F}\u{066C}a/é中-\u{FF01}\u{066E}",
            (4, 64),
            7,
        );
    }

    #[test]
    fn numbers_normalise_scripts_and_separators() {
        assert_eq!(numbers("A/51/610 of 28 January 1997"), [51, 610, 28, 1997]);
        assert_eq!(numbers("١٩٩٦ and １９９６ and ۱۹۹۶"), [1996, 1996, 1996]);
        assert_eq!(
            numbers("1,000 or 1 000 or 1.000 people"),
            [1000, 1000, 1000]
        );
        assert_eq!(numbers("1996, 1997 and 49/60"), [1996, 1997, 49, 60]);
        // Every group of a number of millions, as the languages write it.
        assert_eq!(
            numbers("$201,054,800 or 201 054 800 or 201.054.800 or 5\u{a0}819\u{a0}000"),
            [201_054_800, 201_054_800, 201_054_800, 5_819_000]
        );
        assert_eq!(numbers("1,000,00"), [1_000, 0]);
        assert_eq!(numbers("2.5"), [2, 5]);
        assert_eq!(numbers("no digits"), Vec::<u64>::new());
        assert_eq!(numbers("99999999999999999999999"), [u64::MAX]);
    }

    #[test]
    fn chinese_months_are_not_numbers_to_match() {
        assert_eq!(lang_numbers(Lang::Zh, "1997年1月28日"), [1997, 28]);
        assert_eq!(lang_numbers(Lang::En, "28 January 1997"), [28, 1997]);
    }

    #[test]
    fn chinese_numerals_parse() {
        assert_eq!(parse_chinese_numeral("十一"), Some(11));
        assert_eq!(parse_chinese_numeral("十"), Some(10));
        assert_eq!(parse_chinese_numeral("五十一"), Some(51));
        assert_eq!(parse_chinese_numeral("一百零五"), Some(105));
        assert_eq!(parse_chinese_numeral("一九九六"), Some(1996));
        assert_eq!(parse_chinese_numeral("条"), None);
        assert_eq!(chinese_ordinals("第十一条 和 第五十一届会议 第"), [11, 51]);
        assert_eq!(chinese_article_numbers("第十一条 和 第五十一届会议"), [11]);
    }

    #[test]
    fn symbols_against_chinese_characters() {
        assert_eq!(
            symbols("见A/CONF.189/12和Corr.1，第一章。"),
            ["A/CONF.189/12"]
        );
    }

    #[test]
    fn symbols_are_found_with_trailing_punctuation_removed() {
        assert_eq!(
            symbols("[on the report of the Third Committee (A/51/610)]"),
            ["A/51/610"]
        );
        assert_eq!(
            symbols("A/RES/51/60. and resolution 49/60."),
            ["A/RES/51/60"]
        );
        assert!(symbols("and/or").is_empty());
    }

    #[test]
    fn lengths_ignore_spaces() {
        assert_eq!(text_len("a b  c"), 3);
        assert_eq!(text_len("大会，"), 3);
    }
}
