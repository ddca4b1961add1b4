//! Numbers that a PDF extractor wrote in visual order in Arabic text.
//!
//! Arabic runs right to left and its numbers left to right; an extractor that emits a
//! line in display order writes the thousands groups of a number last to first: 5,819,000
//! comes out as "000 819 5" and 2,000 as "000 2". In the UN Parallel Corpus development
//! data a dozen of the Arabic renderings hold such numbers. Whether a run of groups is one
//! number in reverse or several numbers in order cannot be told from the run itself
//! ("800 054 201" is either), so the reading in logical order is offered as an
//! alternative, and the check keeps it only where it agrees better with the pivot
//! ([`crate::check::number_difference`]).

use sixfold_l10n::numerals::decimal_digit;

/// Separators an extractor leaves between the groups of a number written in visual order.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}')
}

/// `text` with each run of digit groups that reads as one number written last group
/// first rewritten in logical order ("000 819 5" → "5 819 000"); `None` when no run
/// reads so. A run qualifies when every group before its last has three digits and its
/// last one to three: the last group written is the number's leading group. Groups before
/// a group of another length stay as they are, set apart so that they are not read as
/// part of the number.
#[must_use]
pub(crate) fn logical_order(text: &str) -> Option<String> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let digit = |k: usize| {
        chars
            .get(k)
            .is_some_and(|&(_, c)| decimal_digit(c).is_some())
    };
    let mut out = String::new();
    let mut copied = 0; // bytes of `text` already in `out`
    let mut i = 0;
    while i < chars.len() {
        if !digit(i) || (i > 0 && digit(i - 1)) {
            i += 1;
            continue;
        }
        // The groups of this run: digit runs joined by one space each.
        let mut groups: Vec<(usize, usize)> = Vec::new(); // char index ranges
        let mut k = i;
        loop {
            let start = k;
            while digit(k) {
                k += 1;
            }
            groups.push((start, k));
            let joined = chars.get(k).is_some_and(|&(_, c)| is_space(c)) && digit(k + 1);
            if !joined {
                break;
            }
            k += 1;
        }
        i = k;
        let Some(&(last_start, last_end)) = groups.last() else {
            continue;
        };
        if groups.len() < 2 || last_end - last_start > 3 {
            continue;
        }
        // The groups of three just before the last one.
        let mut first = groups.len() - 1;
        while first > 0 && groups.get(first - 1).is_some_and(|&(s, e)| e - s == 3) {
            first -= 1;
        }
        if first == groups.len() - 1 {
            continue;
        }
        let byte = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
        let slice = |(s, e): (usize, usize)| text.get(byte(s)..byte(e)).unwrap_or_default();
        let Some(&(run_start, _)) = groups.get(first) else {
            continue;
        };
        out.push_str(text.get(copied..byte(run_start)).unwrap_or_default());
        if first > 0 {
            // A group of another length before: a number of its own.
            out.push_str("; ");
        }
        let reversed: Vec<&str> = groups
            .get(first..)
            .unwrap_or_default()
            .iter()
            .rev()
            .map(|&g| slice(g))
            .collect();
        out.push_str(&reversed.join(" "));
        copied = byte(last_end);
    }
    if copied == 0 {
        return None;
    }
    out.push_str(text.get(copied..).unwrap_or_default());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::logical_order;
    use crate::align::tokens::numbers;

    fn read(text: &str) -> Vec<u64> {
        numbers(&logical_order(text).unwrap_or_else(|| text.to_owned()))
    }

    #[test]
    fn groups_written_last_first_are_put_back_in_order() {
        // From Arabic renderings of the UN Parallel Corpus development data.
        assert_eq!(read("بمبلغ أقصاه 000 819 5 دولار"), vec![5_819_000]);
        assert_eq!(read("أكثر من 000 2 عامل"), vec![2000]);
        assert_eq!(read("السكان: 777 61 (عام 2014"), vec![61_777, 2014]);
        assert_eq!(read("800 054 201 دولار"), vec![201_054_800]);
    }

    #[test]
    fn runs_that_cannot_be_one_reversed_number_stay() {
        assert_eq!(logical_order("في عام 2014 قرر"), None);
        assert_eq!(logical_order("15 000 دولار"), None);
        assert_eq!(logical_order("2014 2015"), None);
        assert_eq!(logical_order("no digits"), None);
        // A year before a reversed number is kept apart from it.
        assert_eq!(read("2014 000 2"), vec![2014, 2000]);
    }

    #[test]
    fn any_text_is_handled() {
        for text in [
            "",
            " ",
            "1 ",
            " 1",
            "000 ",
            "١٢٣ ٤",
            "000\u{a0}2",
            "1 2 3 4 5 6",
        ] {
            let _ = logical_order(text);
        }
        assert_eq!(read("000\u{a0}2"), vec![2000]);
    }
}
