//! What changed inside a changed segment, word by word: a translator applying a
//! corrigendum looks for the three words that moved in a paragraph of eighty, not at two
//! copies of the paragraph.
//!
//! Words are the Unicode word boundaries of UAX #29 (`unicode-segmentation`), so a change
//! never starts inside a grapheme, Chinese and other unspaced text is compared character by
//! character (each ideograph is a word there), and Arabic keeps its logical order (the
//! pieces are in the order of the text, whatever direction it is shown in).

use serde::Serialize;
use similar::{Algorithm, DiffTag, capture_diff_slices};
use unicode_segmentation::UnicodeSegmentation;

/// Past this many words on each side (after the common beginning and end are set aside),
/// the middle is reported as removed and inserted whole: the comparison costs up to the
/// product of the two lengths, and a paragraph rewritten that thoroughly reads better whole.
const MAX_WORDS: usize = 4_000;

/// Whether a piece of the new text was kept, or of the old text removed, or inserted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WordOp {
    /// In both texts.
    Equal,
    /// Only in the old text.
    Delete,
    /// Only in the new text.
    Insert,
}

/// One run of words of a changed segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordChange {
    pub op: WordOp,
    pub text: String,
}

/// The old text turned into the new one as runs of kept, removed and inserted words: the
/// `Equal` and `Delete` runs concatenate to `old`, the `Equal` and `Insert` runs to `new`.
/// Adjacent runs never have the same operation, a removal comes before the insertion that
/// replaces it, and white space alone between two changes is counted as changed, so that
/// "Member States" → "all States" reads as one replacement rather than three.
#[must_use]
pub fn word_changes<'a>(old: &'a str, new: &'a str) -> Vec<WordChange> {
    let a: Vec<&str> = old.split_word_bounds().collect();
    let b: Vec<&str> = new.split_word_bounds().collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (mid_a, mid_b) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let tagged = |op: WordOp, words: &[&'a str]| -> Vec<(WordOp, &'a str)> {
        words.iter().map(|w| (op, *w)).collect()
    };
    let mut ops = tagged(WordOp::Equal, &a[..prefix]);
    if mid_a.len() > MAX_WORDS || mid_b.len() > MAX_WORDS {
        ops.extend(tagged(WordOp::Delete, mid_a));
        ops.extend(tagged(WordOp::Insert, mid_b));
    } else {
        for op in capture_diff_slices(Algorithm::Myers, mid_a, mid_b) {
            // A replacement is its removal, then its insertion.
            let (tag, old, new) = op.as_tag_tuple();
            if matches!(tag, DiffTag::Equal) {
                ops.extend(tagged(WordOp::Equal, &mid_a[old]));
                continue;
            }
            ops.extend(tagged(WordOp::Delete, &mid_a[old]));
            ops.extend(tagged(WordOp::Insert, &mid_b[new]));
        }
    }
    ops.extend(tagged(WordOp::Equal, &a[a.len() - suffix..]));
    slide_to_words(&mut ops);
    absorb_blanks(&mut ops);
    runs(&ops)
}

/// Moves each insertion or removal that starts with white space one word later when the
/// kept word after it is that same white space: "combating{+ serious+} transnational" and
/// "combating {+serious +}transnational" say the same, and the second reads like the other
/// changes, which start at a word.
fn slide_to_words(ops: &mut [(WordOp, &str)]) {
    let mut start = 0;
    while start < ops.len() {
        let op = ops[start].0;
        if op == WordOp::Equal {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < ops.len() && ops[end].0 == op {
            end += 1;
        }
        let mut s = start;
        while end < ops.len()
            && ops[end].0 == WordOp::Equal
            && ops[s].1 == ops[end].1
            && ops[s].1.chars().all(char::is_whitespace)
        {
            ops[s].0 = WordOp::Equal;
            ops[end].0 = op;
            s += 1;
            end += 1;
        }
        start = end;
    }
}

/// Turns each kept run of white space that has a change on both sides into a removal and
/// an insertion of that space.
fn absorb_blanks(ops: &mut Vec<(WordOp, &str)>) {
    let mut out: Vec<(WordOp, &str)> = Vec::with_capacity(ops.len());
    let mut i = 0;
    while i < ops.len() {
        let (op, word) = ops[i];
        let between_changes = op == WordOp::Equal
            && word.chars().all(char::is_whitespace)
            && i > 0
            && ops[i - 1].0 != WordOp::Equal
            && ops.get(i + 1).is_some_and(|n| n.0 != WordOp::Equal);
        if between_changes {
            out.push((WordOp::Delete, word));
            out.push((WordOp::Insert, word));
        } else {
            out.push((op, word));
        }
        i += 1;
    }
    // Within each stretch of changes, removals first, then insertions.
    let mut start = 0;
    while start < out.len() {
        if out[start].0 == WordOp::Equal {
            start += 1;
            continue;
        }
        let end = out[start..]
            .iter()
            .position(|(op, _)| *op == WordOp::Equal)
            .map_or(out.len(), |p| start + p);
        out[start..end].sort_by_key(|(op, _)| *op == WordOp::Insert);
        start = end;
    }
    *ops = out;
}

/// Joins consecutive words with the same operation.
fn runs(ops: &[(WordOp, &str)]) -> Vec<WordChange> {
    let mut out: Vec<WordChange> = Vec::new();
    for &(op, word) in ops {
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(word),
            _ => out.push(WordChange {
                op,
                text: word.to_owned(),
            }),
        }
    }
    out
}

/// The changes written on one line the way `git diff --word-diff=plain` does: removals as
/// `[-…-]`, insertions as `{+…+}`.
#[must_use]
pub fn marked(changes: &[WordChange]) -> String {
    let mut out = String::new();
    for c in changes {
        match c.op {
            WordOp::Equal => out.push_str(&c.text),
            WordOp::Delete => {
                out.push_str("[-");
                out.push_str(&c.text);
                out.push_str("-]");
            }
            WordOp::Insert => {
                out.push_str("{+");
                out.push_str(&c.text);
                out.push_str("+}");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(changes: &[WordChange], keep: WordOp) -> String {
        changes
            .iter()
            .filter(|c| c.op == WordOp::Equal || c.op == keep)
            .map(|c| c.text.as_str())
            .collect()
    }

    #[test]
    fn an_inserted_and_a_replaced_word() {
        let old = "2. Urges Member States, in accordance with the Declaration, to act;";
        let new = "2. Urges all Member States, in accordance with the Charter, to act;";
        let changes = word_changes(old, new);
        assert_eq!(
            marked(&changes),
            "2. Urges {+all +}Member States, in accordance with the [-Declaration-]{+Charter+}, to act;"
        );
        assert_eq!(side(&changes, WordOp::Delete), old);
        assert_eq!(side(&changes, WordOp::Insert), new);
    }

    #[test]
    fn space_between_two_changes_belongs_to_the_change() {
        let changes = word_changes("the Member States concerned", "the all States concerned");
        assert_eq!(marked(&changes), "the [-Member-]{+all+} States concerned");
        let changes = word_changes("adopted on 12 December 1996", "adopted on 14 January 1997");
        assert_eq!(
            marked(&changes),
            "adopted on [-12 December 1996-]{+14 January 1997+}"
        );
    }

    #[test]
    fn unspaced_and_right_to_left_text() {
        let changes = word_changes("联合国打击犯罪宣言", "联合国打击跨国犯罪宣言");
        assert_eq!(marked(&changes), "联合国打击{+跨国+}犯罪宣言");
        let changes = word_changes(
            "إعلان الأمم المتحدة بشأن الجريمة",
            "إعلان الأمم المتحدة بشأن الجريمة المنظمة",
        );
        assert_eq!(
            marked(&changes),
            "إعلان الأمم المتحدة بشأن الجريمة{+ المنظمة+}"
        );
    }

    #[test]
    fn a_change_never_splits_a_grapheme() {
        // "é" written as e + combining acute: the mark stays with its letter.
        let changes = word_changes("de\u{301}cide", "de\u{301}cidé");
        for c in &changes {
            assert!(!c.text.starts_with('\u{301}'), "{changes:?}");
        }
        assert_eq!(side(&changes, WordOp::Insert), "de\u{301}cidé");
    }

    #[test]
    fn every_piece_of_both_texts_is_kept_in_order() {
        let texts = [
            "",
            "a",
            "Décide de convoquer la conférence en 2025.",
            "Decides to convene the conference in 2026, in New York.",
            "决定于2026年召开会议。",
            "يقرر عقد المؤتمر في عام 2026",
        ];
        for old in texts {
            for new in texts {
                let changes = word_changes(old, new);
                assert_eq!(side(&changes, WordOp::Delete), old);
                assert_eq!(side(&changes, WordOp::Insert), new);
                assert!(
                    changes.windows(2).all(|w| w[0].op != w[1].op),
                    "{changes:?}"
                );
                assert!(changes.iter().all(|c| !c.text.is_empty()));
            }
        }
    }

    #[test]
    fn a_rewrite_too_long_to_compare_is_replaced_whole() {
        let old = "word ".repeat(MAX_WORDS + 10);
        let new = format!("start {}", "other ".repeat(MAX_WORDS + 10));
        let changes = word_changes(&old, &new);
        assert_eq!(side(&changes, WordOp::Delete), old);
        assert_eq!(side(&changes, WordOp::Insert), new);
        assert!(changes.len() <= 4, "{}", changes.len());
    }
}
