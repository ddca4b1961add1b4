//! Ways the same number is written differently in two renderings, which the `numbers-differ`
//! check ([`crate::check`]) accepts as agreeing: thousands groups that a right-to-left
//! extraction put in reverse order ("2,784" beside "784 2"), numbers whose separator the
//! extraction lost ("2014-2019" beside "20142019"), Chinese amounts in 万 and 亿, Russian
//! amounts in thousands ("5819 тыс." beside "5,819,000"), and times
//! of day ("0300" beside "3.00 horas", "3 p.m." beside "15 heures"). Numbers spelled out in
//! words are read by [`crate::number_words`].
//!
//! The aligner's own number evidence ([`crate::align::tokens`]) is left as it is: these
//! equivalences only decide whether a difference is worth a translator's attention, after
//! the rows are made.

/// Removes `n` once from `v`; whether it was there.
fn take(v: &mut Vec<u64>, n: u64) -> bool {
    match v.iter().position(|&x| x == n) {
        Some(pos) => {
            v.remove(pos);
            true
        }
        None => false,
    }
}

/// Removes from `missing` and `extra` the numbers that are the same number written another
/// way (see the module documentation). `pivot_text` wrote the missing ones, `other_text`
/// the extra ones.
pub fn reconcile(
    chinese: bool,
    pivot_text: &str,
    other_text: &str,
    missing: &mut Vec<u64>,
    extra: &mut Vec<u64>,
) {
    regrouped(missing, extra);
    regrouped(extra, missing);
    reversed_groups(missing, extra);
    if chinese {
        hundredfold(missing, extra);
        hundredfold(extra, missing);
        if pivot_text.contains('万') || other_text.contains('万') {
            ten_thousands(missing, extra);
            ten_thousands(extra, missing);
        }
    }
    if other_text.contains("тыс") {
        thousands_word(missing, extra);
    }
    if pivot_text.contains("тыс") {
        thousands_word(extra, missing);
    }
    times(pivot_text, missing, extra);
    glued(missing, extra);
    glued(extra, missing);
    // What is left of "00" after the hour was matched: the minutes of a time the pivot
    // wrote as "0000 hours" or "10 a.m.".
    if other_text.contains("00") {
        extra.retain(|&n| n != 0);
    }
}

/// A number of `whole` written as thousands groups that came apart in `parts`: "2,784" in
/// one rendering, "784 2" or "2 784" in the other (groups of a right-to-left text extracted
/// in visual order, or a space the tokenizer does not join). Two or three groups, every
/// group but the first below a thousand.
fn regrouped(whole: &mut Vec<u64>, parts: &mut Vec<u64>) {
    // A handful of numbers per paragraph: trying every pair and triple costs nothing.
    if parts.len() > 12 {
        return;
    }
    let mut i = 0;
    while i < whole.len() {
        let Some(&m) = whole.get(i) else { break };
        if m >= 1000 && split_into(parts, m) {
            whole.remove(i);
        } else {
            i += 1;
        }
    }
}

/// A number whose thousands groups were joined in reverse order ("738 141" for 141,738:
/// the two groups of a right-to-left extraction, which the tokenizer reads as one number).
fn reversed_groups(missing: &mut Vec<u64>, extra: &mut Vec<u64>) {
    let reversed = |n: u64| -> Option<u64> {
        let digits = n.to_string();
        if n < 1000 || digits.len() % 3 != 0 {
            return None;
        }
        let groups: Vec<&str> = (0..digits.len() / 3)
            .rev()
            .filter_map(|k| digits.get(3 * k..3 * k + 3))
            .collect();
        groups.concat().parse().ok()
    };
    let mut i = 0;
    while i < missing.len() {
        let Some(&m) = missing.get(i) else { break };
        let hit = extra
            .iter()
            .position(|&x| reversed(x) == Some(m) || reversed(m) == Some(x));
        if let Some(pos) = hit {
            extra.remove(pos);
            missing.remove(i);
        } else {
            i += 1;
        }
    }
}

/// Chinese counts large amounts in 万 (ten thousand) and 亿 (a hundred million), so "12.7
/// million" is "1 270万" and "$585 million" is "5.85亿": a decimal `a.b` on one side (read
/// as the two numbers `a`, `b`) is a hundred times its value on the other.
fn hundredfold(decimals: &mut Vec<u64>, whole: &mut Vec<u64>) {
    let mut i = 0;
    while i + 1 < decimals.len() {
        let (Some(&a), Some(&b)) = (decimals.get(i), decimals.get(i + 1)) else {
            break;
        };
        let candidates = [
            a.saturating_mul(100).saturating_add(b),
            a.saturating_mul(100).saturating_add(b.saturating_mul(10)),
        ];
        let hit = (b < 100)
            .then(|| {
                candidates
                    .iter()
                    .find_map(|c| whole.iter().position(|x| x == c))
            })
            .flatten();
        if let Some(pos) = hit {
            whole.remove(pos);
            decimals.drain(i..i + 2);
        } else {
            i += 1;
        }
    }
}

/// Two numbers of one rendering whose digits, one after the other, are a number of the
/// other: the separator between them was lost in extraction ("2014-2019" beside
/// "20142019", "15–64" beside "1564") or a decimal point moved with a Chinese unit
/// ("$200.3 million" beside "2.003亿", which the tokenizer reads as 2003). Only numbers of
/// four digits or more are taken apart, and only into consecutive numbers in text order:
/// an unrelated pair with exactly those digits is not to be expected.
fn glued(parts: &mut Vec<u64>, whole: &mut Vec<u64>) {
    let mut i = 0;
    while i < whole.len() {
        let Some(&w) = whole.get(i) else { break };
        let digits = w.to_string();
        let hit = (digits.len() >= 4)
            .then(|| {
                parts.windows(2).position(|pair| {
                    let (a, b) = (pair[0].to_string(), pair[1].to_string());
                    a.len() + b.len() == digits.len()
                        && digits.starts_with(&a)
                        && digits.ends_with(&b)
                })
            })
            .flatten();
        if let Some(pos) = hit {
            parts.drain(pos..pos + 2);
            whole.remove(i);
        } else {
            i += 1;
        }
    }
}

/// A whole number of millions counted in 万 (ten thousand): "2 million" is "200万" (or
/// "200多万", more than two million). Only tried when a 万 is written.
fn ten_thousands(millions: &mut Vec<u64>, wan: &mut Vec<u64>) {
    let mut i = 0;
    while i < millions.len() {
        let Some(&m) = millions.get(i) else { break };
        let hit = m
            .checked_mul(100)
            .and_then(|w| wan.iter().position(|&x| x == w));
        if let Some(pos) = hit {
            wan.remove(pos);
            millions.remove(i);
        } else {
            i += 1;
        }
    }
}

/// An amount counted in thousands: Russian budget texts write "$5,819,000" as "5819 тыс.
/// долл." (thousand dollars). Only tried when the word is written.
fn thousands_word(whole: &mut Vec<u64>, thousands: &mut Vec<u64>) {
    let mut i = 0;
    while i < thousands.len() {
        let Some(&t) = thousands.get(i) else { break };
        if t.checked_mul(1000).is_some_and(|w| take(whole, w)) {
            thousands.remove(i);
        } else {
            i += 1;
        }
    }
}

/// Finds two or three entries of `parts` that are the thousands groups of `m` and removes them.
fn split_into(parts: &mut Vec<u64>, m: u64) -> bool {
    let n = parts.len();
    for a in 0..n {
        for b in 0..n {
            if a == b {
                continue;
            }
            let (Some(&high), Some(&low)) = (parts.get(a), parts.get(b)) else {
                continue;
            };
            if low < 1000 && high.checked_mul(1000).and_then(|h| h.checked_add(low)) == Some(m) {
                remove_indices(parts, &[a, b]);
                return true;
            }
            for c in 0..n {
                if c == a || c == b {
                    continue;
                }
                let Some(&last) = parts.get(c) else { continue };
                let value = high
                    .checked_mul(1_000_000)
                    .and_then(|h| h.checked_add(low.checked_mul(1000)?.checked_add(last)?));
                if low < 1000 && last < 1000 && value == Some(m) {
                    remove_indices(parts, &[a, b, c]);
                    return true;
                }
            }
        }
    }
    false
}

fn remove_indices(v: &mut Vec<u64>, indices: &[usize]) {
    let mut sorted = indices.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    for i in sorted {
        if i < v.len() {
            v.remove(i);
        }
    }
}

/// Times of day: "0300" (military, read as 300) against an hour and minutes written apart
/// ("3.00 horas": 3 and 0), and "3 p.m." against "15 heures".
fn times(pivot_text: &str, missing: &mut Vec<u64>, extra: &mut Vec<u64>) {
    let mut i = 0;
    while i < missing.len() {
        let Some(&m) = missing.get(i) else { break };
        let (hour, minutes) = (m / 100, m % 100);
        let military = (100..2400).contains(&m) && minutes < 60;
        if military && extra.contains(&hour) && extra.contains(&minutes) && hour != minutes {
            take(extra, hour);
            take(extra, minutes);
            missing.remove(i);
            continue;
        }
        let afternoon = (1..12).contains(&m)
            && (pivot_text.contains("p.m.") || pivot_text.contains("p. m."))
            && take(extra, m + 12);
        if afternoon {
            missing.remove(i);
            continue;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reversed_thousands_groups_are_one_number() {
        // "2,784" beside Arabic "784 2"; "2,000" beside "000 2"; three groups.
        for (whole, parts) in [
            (2784, vec![784, 2]),
            (2000, vec![0, 2]),
            (33_776_130, vec![130, 776, 33]),
        ] {
            let (mut missing, mut extra) = (vec![whole], parts);
            reconcile(false, "", "", &mut missing, &mut extra);
            assert!(missing.is_empty() && extra.is_empty(), "{whole}");
        }
        // Not any two numbers: 2 and 785 are not 2,784.
        let (mut missing, mut extra) = (vec![2784], vec![785, 2]);
        reconcile(false, "", "", &mut missing, &mut extra);
        assert_eq!((missing, extra), (vec![2784], vec![785, 2]));
    }

    #[test]
    fn groups_joined_backwards_and_chinese_amounts() {
        // Arabic "738 141" for 141,738, read as one number.
        let (mut missing, mut extra) = (vec![141_738], vec![738_141]);
        reconcile(false, "", "", &mut missing, &mut extra);
        assert!(missing.is_empty() && extra.is_empty());
        // "12.7 million" and "1.7 million" beside "1 270万" and "170万"; "$585 million"
        // beside "5.85亿"; only where Chinese is one of the two.
        let (mut missing, mut extra) = (vec![12, 7, 1, 7], vec![1270, 170]);
        reconcile(true, "", "", &mut missing, &mut extra);
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{missing:?} {extra:?}"
        );
        let (mut missing, mut extra) = (vec![585], vec![5, 85]);
        reconcile(true, "", "", &mut missing, &mut extra);
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{missing:?} {extra:?}"
        );
        let (mut missing, mut extra) = (vec![12, 7], vec![1270]);
        reconcile(false, "", "", &mut missing, &mut extra);
        assert_eq!((missing, extra), (vec![12, 7], vec![1270]));
        // "more than 2 million people" beside "200多万人"; not without the 万.
        let (mut missing, mut extra) = (vec![2], vec![200]);
        reconcile(
            true,
            "more than 2 million",
            "200多万人",
            &mut missing,
            &mut extra,
        );
        assert!(missing.is_empty() && extra.is_empty());
        let (mut missing, mut extra) = (vec![2], vec![200]);
        reconcile(true, "2 States", "200个", &mut missing, &mut extra);
        assert_eq!((missing, extra), (vec![2], vec![200]));
    }

    #[test]
    fn russian_thousands_are_the_whole_amount() {
        // UN Parallel Corpus development data: "$5,819,000" beside "5819 тыс. долл. США".
        let ru = "в объеме до 5819 тыс. долл. США";
        let (mut missing, mut extra) = (vec![5_819_000], vec![5819]);
        reconcile(false, "up to $5,819,000", ru, &mut missing, &mut extra);
        assert!(missing.is_empty() && extra.is_empty());
        // The other way round when Russian is the pivot.
        let (mut missing, mut extra) = (vec![5819], vec![5_819_000]);
        reconcile(false, ru, "5 819 000 dollars", &mut missing, &mut extra);
        assert!(missing.is_empty() && extra.is_empty());
        // Not without the word.
        let (mut missing, mut extra) = (vec![5_819_000], vec![5819]);
        reconcile(false, "", "5819 долл.", &mut missing, &mut extra);
        assert_eq!((missing, extra), (vec![5_819_000], vec![5819]));
    }

    /// Found by the `align` fuzz target (`fuzz/corpus/align/regression-number-overflow`):
    /// a number near `u64::MAX` beside others overflowed while being tried as the decimal
    /// part of a Chinese amount or as a thousands group.
    #[test]
    fn numbers_near_the_largest_do_not_overflow() {
        let (mut missing, mut extra) = (vec![1, u64::MAX], vec![7]);
        reconcile(true, "", "", &mut missing, &mut extra);
        assert_eq!((missing, extra), (vec![1, u64::MAX], vec![7]));
        let (mut missing, mut extra) = (vec![5_000_000], vec![5, u64::MAX, 0]);
        reconcile(false, "", "", &mut missing, &mut extra);
        assert_eq!((missing, extra), (vec![5_000_000], vec![5, u64::MAX, 0]));
    }

    #[test]
    fn numbers_whose_separator_was_lost() {
        // "plan estratégico para 20142019" beside "2014 - 2019"; "women aged 1564" beside
        // "entre 15 y 64 años"; "$200.3 million" beside "2.003亿" (read as 2003).
        for (mut missing, mut extra) in [
            (vec![2014, 2019], vec![20_142_019]),
            (vec![1564], vec![15, 64]),
            (vec![200, 3, 154, 6], vec![2003, 1546]),
        ] {
            reconcile(false, "", "", &mut missing, &mut extra);
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{missing:?} {extra:?}"
            );
        }
        // Not out of order, not short numbers, not other digits.
        for (missing, extra) in [
            (vec![2019, 2014], vec![20_142_019]),
            (vec![1, 5], vec![15]),
            (vec![2014, 2018], vec![20_142_019]),
        ] {
            let (mut m, mut e) = (missing.clone(), extra.clone());
            reconcile(false, "", "", &mut m, &mut e);
            assert_eq!((m, e), (missing, extra));
        }
    }

    #[test]
    fn times_of_day_written_two_ways() {
        let (mut missing, mut extra) = (vec![300], vec![3, 0]);
        reconcile(
            false,
            "At 0300, the group",
            "A las 3.00 horas",
            &mut missing,
            &mut extra,
        );
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{missing:?} {extra:?}"
        );
        let (mut missing, mut extra) = (vec![3], vec![15]);
        reconcile(
            false,
            "at 3 p.m. on Friday",
            "à 15 heures",
            &mut missing,
            &mut extra,
        );
        assert!(missing.is_empty() && extra.is_empty());
        // Without "p.m." a 3 is not a 15.
        let (mut missing, mut extra) = (vec![3], vec![15]);
        reconcile(false, "3 States", "15 États", &mut missing, &mut extra);
        assert_eq!((missing, extra), (vec![3], vec![15]));
        // The minutes of "00.00 horas" beside "0000 hours".
        let (mut missing, mut extra) = (vec![], vec![0]);
        reconcile(
            false,
            "as from 0000 hours",
            "a partir de las 00.00 horas",
            &mut missing,
            &mut extra,
        );
        assert!(extra.is_empty());
    }
}
