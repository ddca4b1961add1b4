//! The flat form of a lexicon index, built the same way by the build script (for the
//! built-in table, written into the binary as static arrays) and at run time (for a table
//! read from a file): a vocabulary per language as one text with a hash table over it, and
//! per language pair the entries of each token as one array with start offsets.
//!
//! The build script includes this file by path, so it uses nothing but `std`.

/// The languages in the order of `Lang::ALL` (a test checks the two agree).
pub(crate) const CODES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// One language's tokens: token `i` is `text[starts[i]..starts[i + 1]]`; `slots` is an
/// open-addressing table (a power of two long, at most half full) holding `i + 1` at the
/// first free slot from the token's [`hash`], 0 when free.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FlatVocab {
    pub(crate) text: String,
    pub(crate) starts: Vec<u32>,
    pub(crate) slots: Vec<u32>,
}

/// One side of a language pair: the entry ids of token `t` are
/// `entries[starts[t]..starts[t + 1]]`, ascending; one start per token of the side's
/// language and one more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FlatSide {
    pub(crate) starts: Vec<u32>,
    pub(crate) entries: Vec<u32>,
}

/// A pair's table: languages (positions in [`CODES`]) and both sides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FlatPair {
    pub(crate) a: usize,
    pub(crate) b: usize,
    pub(crate) a_side: FlatSide,
    pub(crate) b_side: FlatSide,
}

/// Tables as [`build`] takes them: (language `a`, language `b`, entries `(a-token,
/// b-token)`), languages as positions in [`CODES`].
pub(crate) type Tables<'a> = [(usize, usize, Entries<'a>)];

/// One table's entries `(a-token, b-token)` in file order.
pub(crate) type Entries<'a> = Vec<(&'a str, &'a str)>;

/// Per side of a pair, every (token id, entry id), in entry order.
type Listed = (usize, usize, Vec<(u32, u32)>, Vec<(u32, u32)>);

/// A whole index in flat form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FlatIndex {
    pub(crate) vocab: Vec<FlatVocab>,
    pub(crate) pairs: Vec<FlatPair>,
}

/// The multiply-rotate hash of the memos (`sixfold_l10n::ConstantKeyHasher`) over the
/// token's bytes: tokens are a few letters long, and the table's keys are fixed.
pub(crate) fn hash(token: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = 0;
    let mut chunks = token.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    for &b in chunks.remainder() {
        h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
    }
    h
}

/// The first slot to try for a token of hash `h` in a table of `len` slots (a power of
/// two, at least 2): the hash's high bits, which the multiplication mixes best.
pub(crate) fn first_slot(h: u64, len: usize) -> usize {
    let bits = len.trailing_zeros();
    (h >> (64 - bits)) as usize
}

/// The id of `token` in a vocabulary given by its parts, if it has one.
pub(crate) fn lookup(text: &str, starts: &[u32], slots: &[u32], token: &str) -> Option<u32> {
    let mask = slots.len().checked_sub(1)?;
    let mut slot = first_slot(hash(token.as_bytes()), slots.len());
    loop {
        let id = slots.get(slot).copied()?.checked_sub(1)?;
        let from = starts.get(id as usize).copied()? as usize;
        let to = starts.get(id as usize + 1).copied()? as usize;
        if text.get(from..to) == Some(token) {
            return Some(id);
        }
        slot = (slot + 1) & mask;
    }
}

impl FlatVocab {
    fn new() -> Self {
        FlatVocab {
            text: String::new(),
            starts: vec![0],
            slots: Vec::new(),
        }
    }

    fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// The id of `token`, added at the end when it is new. The hash table is made by
    /// [`Self::finish`].
    fn intern(&mut self, token: &str, ids: &mut std::collections::HashMap<String, u32>) -> u32 {
        if let Some(&id) = ids.get(token) {
            return id;
        }
        let id = u32::try_from(self.len()).unwrap_or(u32::MAX);
        self.text.push_str(token);
        self.starts
            .push(u32::try_from(self.text.len()).unwrap_or(u32::MAX));
        ids.insert(token.to_owned(), id);
        id
    }

    fn finish(&mut self) {
        let len = (self.len() * 2).next_power_of_two().max(2);
        let mut slots = vec![0u32; len];
        for id in 0..self.len() {
            let token = &self.text[self.starts[id] as usize..self.starts[id + 1] as usize];
            let mut slot = first_slot(hash(token.as_bytes()), len);
            while slots[slot] != 0 {
                slot = (slot + 1) & (len - 1);
            }
            slots[slot] = u32::try_from(id + 1).unwrap_or(u32::MAX);
        }
        self.slots = slots;
    }
}

/// Builds the index of tables given as (language `a`, language `b`, entries `(a-token,
/// b-token)`) in file order: token ids are given per language in order of first
/// appearance over all pairs, entry ids per pair in file order, so the index is the same
/// whichever way the table reached it.
pub(crate) fn build(tables: &Tables<'_>) -> FlatIndex {
    let mut vocab: Vec<FlatVocab> = (0..CODES.len()).map(|_| FlatVocab::new()).collect();
    let mut ids: Vec<std::collections::HashMap<String, u32>> = (0..CODES.len())
        .map(|_| std::collections::HashMap::new())
        .collect();
    let mut listed: Vec<Listed> = Vec::new();
    for (a, b, entries) in tables {
        let (mut la, mut lb) = (Vec::new(), Vec::new());
        for (e, (x, y)) in entries.iter().enumerate() {
            let e = u32::try_from(e).unwrap_or(u32::MAX);
            la.push((vocab[*a].intern(x, &mut ids[*a]), e));
            lb.push((vocab[*b].intern(y, &mut ids[*b]), e));
        }
        listed.push((*a, *b, la, lb));
    }
    let side = |lang_len: usize, mut list: Vec<(u32, u32)>| {
        // Stable: each token's entries stay ascending.
        list.sort_by_key(|&(t, _)| t);
        let mut starts = Vec::with_capacity(lang_len + 1);
        let mut k = 0;
        starts.push(0);
        for t in 0..lang_len {
            while k < list.len() && list[k].0 as usize == t {
                k += 1;
            }
            starts.push(u32::try_from(k).unwrap_or(u32::MAX));
        }
        FlatSide {
            starts,
            entries: list.into_iter().map(|(_, e)| e).collect(),
        }
    };
    let pairs = listed
        .into_iter()
        .map(|(a, b, la, lb)| FlatPair {
            a,
            b,
            a_side: side(vocab[a].len(), la),
            b_side: side(vocab[b].len(), lb),
        })
        .collect();
    for v in &mut vocab {
        v.finish();
    }
    FlatIndex { vocab, pairs }
}
