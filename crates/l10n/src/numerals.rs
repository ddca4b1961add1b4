//! Numeral systems that appear in UN texts: Arabic-Indic and full-width digits, which are
//! read as ASCII digits, and Chinese numerals (第五十一届, 第十一条).
//!
//! These are script conversions, not phrases, so they live in Rust; Fluent resources call
//! [`render_chinese_numeral`] through the `HANZI` function.

/// Replaces Arabic-Indic (٠–٩), Extended Arabic-Indic (۰–۹) and full-width (０–９) digits
/// with ASCII digits, so a date or number typed in any of them reads the same.
#[must_use]
pub fn normalize_digits(text: &str) -> String {
    text.chars()
        .map(|c| {
            decimal_digit(c)
                .and_then(|d| char::from_digit(d, 10))
                .unwrap_or(c)
        })
        .collect()
}

/// The value of a decimal digit in any of the scripts UN documents use: ASCII,
/// Arabic-Indic (U+0660–U+0669), Eastern Arabic-Indic (U+06F0–U+06F9) and full-width
/// (U+FF10–U+FF19).
#[must_use]
pub fn decimal_digit(c: char) -> Option<u32> {
    let base = match c {
        '0'..='9' => u32::from('0'),
        '\u{0660}'..='\u{0669}' => 0x0660,
        '\u{06F0}'..='\u{06F9}' => 0x06F0,
        '\u{FF10}'..='\u{FF19}' => 0xFF10,
        _ => return None,
    };
    Some(u32::from(c) - base)
}

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

fn digit_value(c: char) -> Option<u32> {
    match c {
        '零' | '〇' => Some(0),
        '两' => Some(2),
        _ => DIGITS.iter().position(|d| *d == c).map(|p| p as u32),
    }
}

fn unit_value(c: char) -> Option<u32> {
    match c {
        '十' => Some(10),
        '百' => Some(100),
        '千' => Some(1000),
        _ => None,
    }
}

/// Whether `c` can be part of a Chinese numeral this module reads.
#[must_use]
pub fn is_chinese_numeral_char(c: char) -> bool {
    digit_value(c).is_some() || unit_value(c).is_some()
}

/// Writes 0–9999 in Chinese numerals the way UN Chinese texts number sessions and
/// articles: 十一 (not 一十一) at the start, 一百一十, 一千零一. `None` above 9999, where
/// 万 would be needed and no UN heading goes.
#[must_use]
pub fn render_chinese_numeral(n: u32) -> Option<String> {
    if n > 9999 {
        return None;
    }
    if n == 0 {
        return Some("零".to_owned());
    }
    let places = [
        (1000, Some('千')),
        (100, Some('百')),
        (10, Some('十')),
        (1, None),
    ];
    let mut out = String::new();
    let mut pending_zero = false;
    for (value, unit) in places {
        let digit = (n / value % 10) as usize;
        if digit == 0 {
            pending_zero = !out.is_empty();
            continue;
        }
        if pending_zero {
            out.push('零');
            pending_zero = false;
        }
        // 10–19 are written 十, 十一 … 十九 when nothing precedes them.
        if !(value == 10 && digit == 1 && out.is_empty()) {
            out.push(DIGITS[digit]);
        }
        if let Some(unit) = unit {
            out.push(unit);
        }
    }
    Some(out)
}

/// Reads a Chinese numeral of 0–9999 (五十一, 十一, 一百零一, 一千零一十, also 〇 and 两).
/// `None` for anything else, including empty text and misordered units.
#[must_use]
pub fn parse_chinese_numeral(text: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut digit: Option<u32> = None;
    let mut last_unit = u32::MAX;
    let mut seen_any = false;
    let mut after_zero = false;
    for c in text.trim().chars() {
        seen_any = true;
        if let Some(d) = digit_value(c) {
            if d == 0 {
                // 零 only marks a gap between a unit and a later digit.
                if digit.is_some() || after_zero {
                    return None;
                }
                after_zero = true;
                continue;
            }
            if digit.is_some() {
                return None;
            }
            digit = Some(d);
        } else if let Some(unit) = unit_value(c) {
            if unit >= last_unit || after_zero {
                return None;
            }
            // 十 alone stands for 一十 at the start of a number.
            let d = match digit.take() {
                Some(d) => d,
                None if total == 0 => 1,
                None => return None,
            };
            total += d * unit;
            last_unit = unit;
        } else {
            return None;
        }
        if digit.is_some() {
            after_zero = false;
        }
    }
    if !seen_any {
        return None;
    }
    Some(total + digit.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_every_script_become_ascii() {
        assert_eq!(normalize_digits("٢٨ كانون"), "28 كانون");
        assert_eq!(normalize_digits("۱۹۹۷"), "1997");
        assert_eq!(normalize_digits("第３页"), "第3页");
        assert_eq!(normalize_digits("Page 12"), "Page 12");
    }

    #[test]
    fn chinese_numerals_render_like_un_headings() {
        let cases = [
            (1, "一"),
            (10, "十"),
            (11, "十一"),
            (20, "二十"),
            (51, "五十一"),
            (100, "一百"),
            (101, "一百零一"),
            (110, "一百一十"),
            (1001, "一千零一"),
            (1010, "一千零一十"),
            (9999, "九千九百九十九"),
        ];
        for (n, text) in cases {
            assert_eq!(render_chinese_numeral(n).as_deref(), Some(text), "{n}");
        }
        assert_eq!(render_chinese_numeral(10_000), None);
    }

    #[test]
    fn every_chinese_numeral_round_trips() {
        for n in 0..=9999 {
            let text = render_chinese_numeral(n).unwrap();
            assert_eq!(parse_chinese_numeral(&text), Some(n), "{text}");
        }
    }

    #[test]
    fn chinese_numeral_variants_and_rejects() {
        assert_eq!(parse_chinese_numeral("一十一"), Some(11));
        assert_eq!(parse_chinese_numeral("两百"), Some(200));
        assert_eq!(parse_chinese_numeral("〇"), Some(0));
        for bad in ["", "十十", "五五", "百十千", "一零零", "五十a"] {
            assert_eq!(parse_chinese_numeral(bad), None, "{bad}");
        }
    }
}
