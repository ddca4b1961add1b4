//! A bounded memo shared by every thread, for forms rendered from the Fluent resources.
//!
//! Rendering a message and folding it costs far more than looking it up, and the same
//! few messages are rendered with the same arguments for every line of every document.
//! A per-thread memo pays that again on every new thread (each rayon worker, each
//! `history` batch thread), which made a fresh thread read a rendering about six times
//! slower than a warm one. Shared, it is paid once per process.

use std::borrow::Borrow;
use std::collections::HashMap;
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, BuildHasherDefault, Hash, Hasher};
use std::sync::{OnceLock, RwLock};

/// Values by key, cleared when `capacity` entries are reached so that memory stays
/// bounded on any input. Keys are hashed with `S`: the default, keyed hash for keys made
/// from input text, [`ConstantKeys`] for keys the code spells out.
pub(crate) struct SharedMemo<K, V, S = RandomState> {
    map: OnceLock<RwLock<HashMap<K, V, S>>>,
    capacity: usize,
}

/// A multiply-rotate hash (the one rustc uses for its own tables) for memo keys that are
/// constants of the code (a language, a message id, a fixed argument): the masthead
/// parsers look up a dozen such keys for every run of words they try, and the default
/// hash, whose resistance to chosen keys no constant key needs, was several per cent of
/// reading a masthead. Keys made from input text keep the default hash.
#[derive(Debug, Default, Clone, Copy)]
pub struct ConstantKeyHasher(u64);

impl Hasher for ConstantKeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// [`ConstantKeyHasher`] as a [`SharedMemo`]'s hasher.
pub(crate) type ConstantKeys = BuildHasherDefault<ConstantKeyHasher>;

impl<K: Hash + Eq, V: Clone, S: BuildHasher + Default> SharedMemo<K, V, S> {
    pub(crate) const fn new(capacity: usize) -> Self {
        SharedMemo {
            map: OnceLock::new(),
            capacity,
        }
    }

    /// The value of `key`, made by `make` (outside the lock) when it is not there yet.
    /// Two threads may make the same value at once; both make the same thing. A poisoned
    /// lock only means the memo is not used.
    pub(crate) fn get_or_make<Q>(&self, key: &Q, make: impl FnOnce() -> V) -> V
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ToOwned<Owned = K> + ?Sized,
    {
        let map = self.map.get_or_init(RwLock::default);
        if let Some(hit) = map.read().ok().and_then(|m| m.get(key).cloned()) {
            return hit;
        }
        let value = make();
        if let Ok(mut m) = map.write() {
            if m.len() >= self.capacity {
                m.clear();
            }
            m.insert(key.to_owned(), value.clone());
        }
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_made_once_and_the_memo_stays_bounded() {
        let memo: SharedMemo<String, usize> = SharedMemo::new(2);
        let mut made = 0;
        for key in ["a", "a", "b", "a"] {
            memo.get_or_make(key, || {
                made += 1;
                key.len()
            });
        }
        assert_eq!(made, 2);
        // A third key clears the full memo, so "a" is made again afterwards.
        memo.get_or_make("c", || 1);
        memo.get_or_make("a", || {
            made += 1;
            1
        });
        assert_eq!(made, 3);
        let shared = std::thread::scope(|s| s.spawn(|| memo.get_or_make("a", || 99)).join());
        assert_eq!(shared.ok(), Some(1));
    }

    #[test]
    fn constant_keys_are_told_apart() {
        let memo: SharedMemo<(u8, &str, Option<&str>), usize, ConstantKeys> = SharedMemo::new(64);
        let keys = [
            (0, "header-organ", None),
            (1, "header-organ", None),
            (0, "header-organ", Some("x")),
            (0, "header-organ-security-council", None),
            (0, "", None),
        ];
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(memo.get_or_make(key, || i), i);
        }
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(memo.get_or_make(key, || 99), i);
        }
    }
}
