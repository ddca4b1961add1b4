//! Lexical evidence: a translation table per language pair, learned from parallel text, that
//! says how many words of one side of a bead have a known translation on the other side.
//!
//! Lengths and invariant tokens cannot tell apart two neighbouring sentences of similar
//! length without numbers; their words can. In the manner of hunalign, a bead's sides are
//! compared through a small dictionary: every entry `(e, f)` of the table is an id, a
//! segment is the set of entry ids its tokens take part in, and the bead's lexical
//! similarity is the Dice overlap of the two sides' id sets (an entry counts once its word
//! is written on both sides).
//!
//! Tokens are cheap to compute and need no segmentation: in the spaced languages a word
//! lower-cased, with Arabic diacritics, the conjunction and the article taken off, cut to
//! its first [`PREFIX`] letters (a crude stem that joins "resolution"/"resolutions",
//! "резолюция"/"резолюции"); in Chinese every pair of adjacent Han characters (most UN
//! terms are two-character words or are built from them).
//!
//! The table is trained by [`train`] (Dice coefficient of sentence co-occurrence, the
//! strongest partners of each word kept) and stored as text ([`Lexicon::parse`],
//! [`Lexicon::write`]). The built-in table, [`builtin`], is `data/lexicon.txt`; its header
//! says what it was trained on, and `cargo xtask lexicon train` retrains it.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::sync::OnceLock;

use sixfold_core::Lang;

/// Letters a word token keeps: enough to tell words apart, few enough that inflected forms
/// share a token.
pub const PREFIX: usize = 6;

/// First line of a lexicon file (after comments): the format and its version.
pub const MAGIC: &str = "sixfold-lexicon 1";

/// The tokens of `text` in `lang`, in order, repetitions kept.
#[must_use]
pub fn tokens(lang: Lang, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    scan(lang, text, &mut |t| out.push(t.to_owned()));
    out
}

/// Calls `emit` with every token of `text`, in order, each a slice of the text or of one
/// reused word buffer: the aligner tokenises every segment of every document, so no token
/// is allocated or copied.
fn scan(lang: Lang, text: &str, emit: &mut dyn FnMut(&str)) {
    let mut word = String::new();
    if lang == Lang::Zh {
        // Where the ideograph before this one starts, when there is one: a bigram is the
        // two as they stand in the text.
        let mut prev: Option<usize> = None;
        for (i, c) in text.char_indices() {
            if is_han(c) {
                if let Some(p) = prev {
                    emit(text.get(p..i + c.len_utf8()).unwrap_or_default());
                }
                prev = Some(i);
                flush_word(lang, &mut word, emit);
            } else {
                prev = None;
                if c.is_alphabetic() {
                    word.extend(c.to_lowercase());
                } else {
                    flush_word(lang, &mut word, emit);
                }
            }
        }
        flush_word(lang, &mut word, emit);
        return;
    }
    for c in text.chars() {
        if c.is_ascii() {
            // Most characters of five of the six languages' texts, or their spaces and
            // digits: no Unicode tables needed.
            if c.is_ascii_alphabetic() {
                word.push(c.to_ascii_lowercase());
            } else if c == '\'' {
                word.clear();
            } else {
                flush_word(lang, &mut word, emit);
            }
            continue;
        }
        if is_arabic_mark(c) {
            continue;
        }
        if let Some(lower) = two_byte_lower(c) {
            // Accented Latin, Cyrillic and Arabic letters.
            word.push(lower);
        } else if c.is_alphabetic() {
            word.extend(c.to_lowercase());
        } else if c == '\u{2019}' {
            // "l'Assemblée", "d'une": the elided article goes with the apostrophe.
            word.clear();
        } else {
            flush_word(lang, &mut word, emit);
        }
    }
    flush_word(lang, &mut word, emit);
}

/// For a letter of the two-byte range of UTF-8 (U+0080 to U+07FF: accented Latin, Greek,
/// Cyrillic, Arabic) whose lower case is one character, that character; `None` for
/// anything else, which the caller asks the Unicode tables about. Read from a table that
/// the Unicode tables filled once, so it answers exactly what they answer.
fn two_byte_lower(c: char) -> Option<char> {
    static TABLE: OnceLock<Vec<char>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        (0x80u32..0x800)
            .map(|code| {
                let Some(c) = char::from_u32(code).filter(|c| c.is_alphabetic()) else {
                    return '\0';
                };
                let mut lower = c.to_lowercase();
                match (lower.next(), lower.next()) {
                    (Some(l), None) => l,
                    _ => '\0',
                }
            })
            .collect()
    });
    let index = (c as usize).checked_sub(0x80)?;
    table.get(index).copied().filter(|&l| l != '\0')
}

/// Ideographs of the basic and extension-A blocks and the compatibility block: the
/// characters of Chinese words.
fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// Arabic short vowels, shadda, sukun, superscript alef and the tatweel: optional marks
/// that the same word may carry or not.
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// Ends the current word: strips Arabic clitics, keeps words of three letters or more, cut
/// to [`PREFIX`] letters, and hands it to `emit`.
fn flush_word(lang: Lang, word: &mut String, emit: &mut dyn FnMut(&str)) {
    if word.is_empty() {
        return;
    }
    let mut w: &str = word;
    // Letters in `w`, counted once.
    let mut letters = w.chars().count();
    if lang == Lang::Ar {
        // "و" (and) and "ال" (the), with the prepositions that fuse with the article.
        for (prefix, len) in [
            ("وال", 3),
            ("بال", 3),
            ("لل", 2),
            ("فال", 3),
            ("كال", 3),
            ("ال", 2),
        ] {
            if letters > len + 2 {
                if let Some(rest) = w.strip_prefix(prefix) {
                    w = rest;
                    letters -= len;
                    break;
                }
            }
        }
        if letters > 4 {
            if let Some(rest) = w.strip_prefix('و') {
                w = rest;
                letters -= 1;
            }
        }
    }
    if letters >= 3 {
        // The first PREFIX letters, as a slice of the word rather than a copy.
        let end = w.char_indices().nth(PREFIX).map_or(w.len(), |(i, _)| i);
        emit(w.get(..end).unwrap_or(w));
    }
    word.clear();
}

/// The translation table of one language pair: entries `(a-token, b-token, score)`, the
/// score being the Dice coefficient the entry was trained with.
#[derive(Debug, Clone, PartialEq)]
pub struct PairTable {
    pub a: Lang,
    pub b: Lang,
    pub entries: Vec<(String, String, f64)>,
}

/// Translation tables for several language pairs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Lexicon {
    /// Comment lines of the file (provenance), without the leading `# `.
    pub comments: Vec<String>,
    pub pairs: Vec<PairTable>,
}

/// A lexicon file that does not parse: where, and what was expected there.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{source_name}:{line}: {message}")]
pub struct LexiconError {
    /// The file (or other source) name given to [`Lexicon::parse`].
    pub source_name: String,
    /// 1-based line number.
    pub line: usize,
    pub message: String,
}

impl Lexicon {
    /// Parses the text form: comment lines starting with `#`, the line [`MAGIC`], then
    /// sections, each a line `pair A B` (two different language codes) followed by entry
    /// lines `a-token<TAB>b-token<TAB>score` with a score in `(0, 1]`. Blank lines are
    /// ignored.
    ///
    /// # Errors
    /// The first line that does not fit, with `source` and its line number.
    pub fn parse(text: &str, source: &str) -> Result<Self, LexiconError> {
        let err = |line: usize, message: String| LexiconError {
            source_name: source.to_owned(),
            line,
            message,
        };
        let mut lex = Lexicon::default();
        let mut seen_magic = false;
        let mut seen_pairs: BTreeSet<(Lang, Lang)> = BTreeSet::new();
        for (k, raw) in text.lines().enumerate() {
            let n = k + 1;
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() {
                continue;
            }
            if let Some(c) = line.strip_prefix('#') {
                if !seen_magic {
                    lex.comments
                        .push(c.strip_prefix(' ').unwrap_or(c).to_owned());
                }
                continue;
            }
            if !seen_magic {
                if line.trim() != MAGIC {
                    return Err(err(n, format!("expected the header line `{MAGIC}`")));
                }
                seen_magic = true;
                continue;
            }
            if let Some(rest) = line.strip_prefix("pair ") {
                let codes: Vec<&str> = rest.split_whitespace().collect();
                let [a, b] = codes[..] else {
                    return Err(err(n, "expected `pair A B` with two language codes".into()));
                };
                let parse = |c: &str| {
                    c.parse::<Lang>().map_err(|_| {
                        err(
                            n,
                            format!("`{c}` is not a language code (ar, zh, en, fr, ru, es)"),
                        )
                    })
                };
                let (a, b) = (parse(a)?, parse(b)?);
                if a == b {
                    return Err(err(n, "expected two different languages".into()));
                }
                if !seen_pairs.insert((a.min(b), a.max(b))) {
                    return Err(err(n, format!("the pair {a} {b} is listed twice")));
                }
                lex.pairs.push(PairTable {
                    a,
                    b,
                    entries: Vec::new(),
                });
                continue;
            }
            let Some(table) = lex.pairs.last_mut() else {
                return Err(err(n, "expected `pair A B` before the first entry".into()));
            };
            let fields: Vec<&str> = line.split('\t').collect();
            let [a, b, s] = fields[..] else {
                return Err(err(
                    n,
                    format!(
                        "expected three tab-separated fields (token, token, score), found {}",
                        fields.len()
                    ),
                ));
            };
            for t in [a, b] {
                if t.is_empty() || t.starts_with('#') || t.chars().any(char::is_whitespace) {
                    return Err(err(
                        n,
                        format!(
                            "expected a token without white space, not starting with `#`, found `{t}`"
                        ),
                    ));
                }
            }
            let score: f64 = s
                .parse()
                .ok()
                .filter(|x: &f64| *x > 0.0 && *x <= 1.0)
                .ok_or_else(|| err(n, format!("expected a score in (0, 1], found `{s}`")))?;
            table.entries.push((a.to_owned(), b.to_owned(), score));
        }
        if !seen_magic {
            return Err(err(
                text.lines().count().max(1),
                format!("expected the header line `{MAGIC}`"),
            ));
        }
        Ok(lex)
    }

    /// The text form [`Self::parse`] reads.
    #[must_use]
    pub fn write(&self) -> String {
        let mut out = String::new();
        for c in &self.comments {
            let _ = writeln!(out, "# {c}");
        }
        let _ = writeln!(out, "{MAGIC}");
        for t in &self.pairs {
            let _ = writeln!(out, "pair {} {}", t.a, t.b);
            for (a, b, s) in &t.entries {
                let _ = writeln!(out, "{a}\t{b}\t{s}");
            }
        }
        out
    }
}

/// How [`train`] selects entries.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainOptions {
    /// Sentence pairs an entry must occur in together.
    pub min_count: usize,
    /// Lowest Dice coefficient kept.
    pub min_dice: f64,
    /// Partners kept per token, in each direction.
    pub per_token: usize,
    /// Tokens written in more than this share of the sentences say nothing about which
    /// sentence is which ("the", "de"), and are left out.
    pub max_share: f64,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            min_count: 2,
            min_dice: 0.3,
            per_token: 3,
            max_share: 0.2,
        }
    }
}

/// Learns the table of the pair `a`–`b` from sentence pairs (`a` text, `b` text): for each
/// pair of tokens, the Dice coefficient of the sentences they occur in, `2·c(x,y) / (c(x) +
/// c(y))`; an entry is kept when it is among the `per_token` best partners of either token.
/// Deterministic: ties are broken by the tokens' order.
#[must_use]
pub fn train(a: Lang, b: Lang, pairs: &[(String, String)], opts: &TrainOptions) -> PairTable {
    let sets: Vec<(BTreeSet<String>, BTreeSet<String>)> = pairs
        .iter()
        .map(|(x, y)| {
            (
                tokens(a, x).into_iter().collect(),
                tokens(b, y).into_iter().collect(),
            )
        })
        .collect();
    let n = sets.len().max(1) as f64;
    let mut ca: BTreeMap<&str, usize> = BTreeMap::new();
    let mut cb: BTreeMap<&str, usize> = BTreeMap::new();
    for (x, y) in &sets {
        for t in x {
            *ca.entry(t).or_default() += 1;
        }
        for t in y {
            *cb.entry(t).or_default() += 1;
        }
    }
    let keep = |c: &BTreeMap<&str, usize>, t: &str| {
        c.get(t)
            .is_some_and(|&k| k >= opts.min_count && (k as f64) <= opts.max_share * n)
    };
    let mut joint: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for (x, y) in &sets {
        for s in x.iter().filter(|t| keep(&ca, t)) {
            for t in y.iter().filter(|t| keep(&cb, t)) {
                *joint.entry((s.as_str(), t.as_str())).or_default() += 1;
            }
        }
    }
    let mut scored: Vec<(&str, &str, f64)> = joint
        .into_iter()
        .filter(|&(_, c)| c >= opts.min_count)
        .map(|((s, t), c)| {
            let d = 2.0 * c as f64
                / (ca.get(s).copied().unwrap_or(0) + cb.get(t).copied().unwrap_or(0)) as f64;
            (s, t, d)
        })
        .filter(|e| e.2 >= opts.min_dice)
        .collect();
    // Best first, ties by tokens, so the selection below is deterministic.
    scored.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(y.0)).then(x.1.cmp(y.1)));
    let mut used_a: BTreeMap<&str, usize> = BTreeMap::new();
    let mut used_b: BTreeMap<&str, usize> = BTreeMap::new();
    let mut entries = Vec::new();
    for (s, t, d) in scored {
        let ua = used_a.entry(s).or_default();
        let ub = used_b.entry(t).or_default();
        if *ua < opts.per_token || *ub < opts.per_token {
            *ua += 1;
            *ub += 1;
            entries.push((s.to_owned(), t.to_owned(), (d * 1000.0).round() / 1000.0));
        }
    }
    entries.sort_by(|x, y| x.0.cmp(&y.0).then(x.1.cmp(&y.1)));
    PairTable { a, b, entries }
}

/// Per segment of a document, the sorted, distinct lexicon entry ids its words take part in.
pub type EntrySets = Vec<Vec<u32>>;

/// A lexicon ready for alignment: token ids per language and, per pair, the entries each
/// token takes part in, in the flat form of [`super::lexicon_build`]. The built-in table's
/// index is written into the binary by the build script ([`builtin`]), so its parts are
/// borrowed from static data; a table read from a file ([`Index::new`]) owns them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Index {
    /// Indexed by [`Lang::index`].
    vocab: [Vocab; 6],
    pairs: Cow<'static, [PairIndex]>,
}

/// One language's tokens ([`super::lexicon_build::FlatVocab`]).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Vocab {
    text: Cow<'static, str>,
    starts: Cow<'static, [u32]>,
    slots: Cow<'static, [u32]>,
}

/// One pair's table: its languages and, per side, the entries of each token.
#[derive(Debug, Clone, PartialEq, Eq)]
struct PairIndex {
    a: Lang,
    b: Lang,
    a_side: Side,
    b_side: Side,
}

/// The entries of each token of one side ([`super::lexicon_build::FlatSide`]).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Side {
    starts: Cow<'static, [u32]>,
    entries: Cow<'static, [u32]>,
}

/// The entries of each token id of one side of a pair: what [`Index::entry_tables`] gives.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Table<'a> {
    starts: &'a [u32],
    entries: &'a [u32],
}

impl<'a> Table<'a> {
    /// The ascending entry ids of token `token`; `None` past the side's vocabulary.
    fn get(self, token: u32) -> Option<&'a [u32]> {
        let t = token as usize;
        let from = *self.starts.get(t)? as usize;
        let to = *self.starts.get(t + 1)? as usize;
        self.entries.get(from..to)
    }
}

impl Side {
    fn table(&self) -> Table<'_> {
        Table {
            starts: &self.starts,
            entries: &self.entries,
        }
    }
}

impl Vocab {
    const EMPTY: Vocab = Vocab {
        text: Cow::Borrowed(""),
        starts: Cow::Borrowed(&[0]),
        slots: Cow::Borrowed(&[0, 0]),
    };

    fn is_empty(&self) -> bool {
        self.starts.len() <= 1
    }

    fn get(&self, token: &str) -> Option<u32> {
        super::lexicon_build::lookup(&self.text, &self.starts, &self.slots, token)
    }
}

impl Default for Index {
    fn default() -> Self {
        Index {
            vocab: [const { Vocab::EMPTY }; 6],
            pairs: Cow::Borrowed(&[]),
        }
    }
}

impl Index {
    #[must_use]
    pub fn new(lex: &Lexicon) -> Self {
        let tables: Vec<(usize, usize, super::lexicon_build::Entries<'_>)> = lex
            .pairs
            .iter()
            .map(|t| {
                let entries = t
                    .entries
                    .iter()
                    .map(|(x, y, _)| (x.as_str(), y.as_str()))
                    .collect();
                (t.a.index(), t.b.index(), entries)
            })
            .collect();
        let flat = super::lexicon_build::build(&tables);
        let mut vocab = flat.vocab.into_iter().map(|v| Vocab {
            text: Cow::Owned(v.text),
            starts: Cow::Owned(v.starts),
            slots: Cow::Owned(v.slots),
        });
        let side = |s: super::lexicon_build::FlatSide| Side {
            starts: Cow::Owned(s.starts),
            entries: Cow::Owned(s.entries),
        };
        Index {
            vocab: std::array::from_fn(|_| vocab.next().unwrap_or(Vocab::EMPTY)),
            pairs: flat
                .pairs
                .into_iter()
                .map(|p| PairIndex {
                    a: Lang::ALL[p.a],
                    b: Lang::ALL[p.b],
                    a_side: side(p.a_side),
                    b_side: side(p.b_side),
                })
                .collect::<Vec<_>>()
                .into(),
        }
    }

    /// The sorted, distinct ids of the tokens of `text` that the lexicon knows in `lang`.
    #[must_use]
    pub fn token_ids(&self, lang: Lang, text: &str) -> Vec<u32> {
        let vocab = &self.vocab[lang.index()];
        if vocab.is_empty() {
            return Vec::new();
        }
        let mut ids: Vec<u32> = Vec::new();
        scan(lang, text, &mut |t| ids.extend(vocab.get(t)));
        ids.sort_unstable();
        ids.dedup();
        // Kept per segment for the whole alignment: without the room the vector grew into
        // (a third of it, as often as not).
        ids.shrink_to_fit();
        ids
    }

    /// For the pair `pivot`–`other`, each segment's sorted, distinct entry ids, from the
    /// token ids [`Self::token_ids`] gave; `None` when the lexicon has no table for the pair.
    #[must_use]
    pub fn entry_sets<'a>(
        &self,
        pivot: Lang,
        other: Lang,
        pivot_ids: impl Iterator<Item = &'a [u32]>,
        other_ids: impl Iterator<Item = &'a [u32]>,
    ) -> Option<(EntrySets, EntrySets)> {
        let (ep, eo) = self.entry_tables(pivot, other)?;
        Some((
            pivot_ids.map(|ids| entries_of(ids, ep)).collect(),
            other_ids.map(|ids| entries_of(ids, eo)).collect(),
        ))
    }

    /// For the pair `pivot`–`other`, the entries each token id takes part in, the pivot's
    /// table first; `None` when the lexicon has no table for the pair.
    pub(crate) fn entry_tables(&self, pivot: Lang, other: Lang) -> Option<(Table<'_>, Table<'_>)> {
        self.pairs.iter().find_map(|p| {
            if (p.a, p.b) == (pivot, other) {
                Some((p.a_side.table(), p.b_side.table()))
            } else if (p.b, p.a) == (pivot, other) {
                Some((p.b_side.table(), p.a_side.table()))
            } else {
                None
            }
        })
    }
}

/// One segment's sorted, distinct entry ids from its token ids and its side's table
/// ([`Index::entry_tables`]).
pub(crate) fn entries_of(ids: &[u32], table: Table<'_>) -> Vec<u32> {
    let mut out = Vec::new();
    entries_into(ids, table, &mut out);
    out
}

/// [`entries_of`] into `out` (cleared first), whose room serves the next segment.
pub(crate) fn entries_into(ids: &[u32], table: Table<'_>, out: &mut Vec<u32>) {
    out.clear();
    out.extend(ids.iter().filter_map(|&t| table.get(t)).flatten().copied());
    out.sort_unstable();
    out.dedup();
}

/// One side's entry ids computed from its segments' token ids as they are visited
/// ([`super::lexbits::LexBits::of`]): a long rendering's entry sets are never all held.
pub(crate) struct Computed<'a> {
    pub(crate) table: Table<'a>,
    pub(crate) tokens: Vec<&'a [u32]>,
}

impl super::lexbits::EntryLists for Computed<'_> {
    fn count(&self) -> usize {
        self.tokens.len()
    }

    fn visit(&self, f: &mut dyn FnMut(&[u32])) {
        let mut set = Vec::new();
        for ids in &self.tokens {
            entries_into(ids, self.table, &mut set);
            f(&set);
        }
    }
}

/// Cost of a bead from the entry sets of its two sides: minus the Dice overlap of the
/// sets, weighted; nothing when neither side has a word the lexicon knows. A bonus rather
/// than a penalty for a poor overlap: a bead whose words the table does not know (names,
/// rare terms) is not evidence against the link, and deletions and insertions, which have
/// no words to compare, must not gain from it.
/// `shared` is the entries the two sides share and how many they have in all
/// ([`super::lexbits::LexBits::overlap`]).
pub(crate) fn cost(weights: &super::length::Weights, shared: (usize, usize)) -> f64 {
    match shared {
        (_, 0) => 0.0,
        (common, total) => -weights.lexical * 2.0 * common as f64 / total as f64,
    }
}

/// The built-in table (`data/lexicon.txt`), indexed by the build script: static data,
/// nothing parsed or allocated at run time.
#[must_use]
pub fn builtin() -> &'static Index {
    // Generated numbers (offsets, ids), not meant to be read.
    #[allow(clippy::unreadable_literal)]
    static INDEX: Index = include!(concat!(env!("OUT_DIR"), "/lexicon_index.rs"));
    &INDEX
}

/// The text of the built-in table.
pub const BUILTIN: &str = include_str!("../../data/lexicon.txt");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_per_script() {
        assert_eq!(
            tokens(Lang::En, "The General Assembly, recalling its resolutions"),
            ["the", "genera", "assemb", "recall", "its", "resolu"]
        );
        assert_eq!(
            tokens(Lang::Fr, "l'Assemblée générale"),
            ["assemb", "généra"]
        );
        assert_eq!(tokens(Lang::Zh, "大会决议A"), ["大会", "会决", "决议"]);
        // Diacritics, "و" and "ال" go: "والجمعية" and "الجمعية" are one token.
        assert_eq!(tokens(Lang::Ar, "والجمعية"), tokens(Lang::Ar, "الْجمعية"));
    }

    #[test]
    fn the_two_byte_table_answers_as_the_unicode_tables() {
        for code in 0x80u32..0x800 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let mut lower = c.to_lowercase();
            let single = match (lower.next(), lower.next()) {
                (Some(l), None) if c.is_alphabetic() => Some(l),
                _ => None,
            };
            assert_eq!(two_byte_lower(c), single, "U+{code:04X}");
        }
        assert_eq!(two_byte_lower('A'), None);
        assert_eq!(two_byte_lower('大'), None);
    }

    #[test]
    fn parse_round_trip_and_errors() {
        let text = "# trained on x\nsixfold-lexicon 1\npair en fr\nassemb\tassemb\t0.9\n";
        let lex = Lexicon::parse(text, "t.txt").unwrap();
        assert_eq!(lex.comments, ["trained on x"]);
        assert_eq!(Lexicon::parse(&lex.write(), "t.txt").unwrap(), lex);
        let e = Lexicon::parse("pair en fr\n", "t.txt").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.to_string().starts_with("t.txt:1: expected the header"));
        let e = Lexicon::parse("sixfold-lexicon 1\nx\ty\t1\n", "t.txt").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("pair A B"));
        let e = Lexicon::parse("sixfold-lexicon 1\npair en xx\n", "t").unwrap_err();
        assert!(e.message.contains("`xx`"));
        let e = Lexicon::parse("sixfold-lexicon 1\npair en fr\na\tb\t2\n", "t").unwrap_err();
        assert_eq!((e.line, e.message.contains("score")), (3, true));
        let e = Lexicon::parse("sixfold-lexicon 1\npair en fr\na\tb\n", "t").unwrap_err();
        assert!(e.message.contains("three tab-separated fields"));
        let e = Lexicon::parse("sixfold-lexicon 1\npair en fr\npair fr en\n", "t").unwrap_err();
        assert!(e.message.contains("twice"));
    }

    #[test]
    fn training_finds_translations() {
        let pairs: Vec<(String, String)> = [
            (
                "The Assembly adopted the report",
                "L'Assemblée a adopté le rapport",
            ),
            (
                "The Council adopted the budget",
                "Le Conseil a adopté le budget",
            ),
            (
                "The Assembly noted the budget",
                "L'Assemblée a noté le budget",
            ),
            (
                "The Council noted the report",
                "Le Conseil a noté le rapport",
            ),
            ("Peace and security", "Paix et sécurité"),
        ]
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect();
        let opts = TrainOptions {
            max_share: 1.0,
            per_token: 1,
            ..TrainOptions::default()
        };
        let t = train(Lang::En, Lang::Fr, &pairs, &opts);
        let has = |a: &str, b: &str| t.entries.iter().any(|e| e.0 == a && e.1 == b);
        assert!(has("assemb", "assemb"));
        assert!(has("counci", "consei"));
        assert!(has("report", "rappor"));
        assert!(!has("report", "budget"));
    }

    #[test]
    fn the_built_in_index_is_the_index_of_the_parsed_table() {
        let lex = Lexicon::parse(BUILTIN, "data/lexicon.txt").unwrap();
        assert_eq!(*builtin(), Index::new(&lex));
        for (lang, code) in Lang::ALL.iter().zip(super::super::lexicon_build::CODES) {
            assert_eq!(lang.code(), code);
        }
    }

    #[test]
    fn token_ids_and_entries_of_a_small_table() {
        let text = "sixfold-lexicon 1\npair en fr\nassemb\tassemb\t0.9\ngenera\tgénéra\t0.8\n\
                    pair en es\ngenera\tgenera\t0.7\ncounci\tconsej\t0.7\n";
        let idx = Index::new(&Lexicon::parse(text, "t").unwrap());
        // English tokens in order of first appearance: assemb 0, genera 1, consei 2.
        assert_eq!(
            idx.token_ids(Lang::En, "The General Assembly, General"),
            [0, 1]
        );
        assert_eq!(idx.token_ids(Lang::En, "Council"), [2]);
        assert_eq!(idx.token_ids(Lang::Ru, "Генеральная"), Vec::<u32>::new());
        let (en, fr) = idx.entry_tables(Lang::En, Lang::Fr).unwrap();
        assert_eq!(entries_of(&[0, 1, 2], en), [0, 1]);
        assert_eq!(entries_of(&[1], fr), [1]);
        let (es, en) = idx.entry_tables(Lang::Es, Lang::En).unwrap();
        assert_eq!(entries_of(&[0, 1, 2], en), [0, 1]);
        assert_eq!(entries_of(&[1, 7], es), [1]);
        assert!(idx.entry_tables(Lang::Fr, Lang::Es).is_none());
        assert_eq!(
            Index::default().token_ids(Lang::En, "General"),
            Vec::<u32>::new()
        );
    }

    #[test]
    fn builtin_table_parses_and_covers_english_pairs() {
        let lex = Lexicon::parse(BUILTIN, "data/lexicon.txt").unwrap();
        for l in [Lang::Ar, Lang::Zh, Lang::Fr, Lang::Ru, Lang::Es] {
            let t = lex.pairs.iter().find(|t| t.a == Lang::En && t.b == l);
            assert!(t.is_some_and(|t| t.entries.len() > 100), "en–{l}");
        }
        let idx = builtin();
        let ids = idx.token_ids(Lang::En, "The General Assembly");
        assert!(!ids.is_empty());
    }
}
