//! A bounded memo shared by every thread, for forms rendered from the Fluent resources.
//!
//! Rendering a message and folding it costs far more than looking it up, and the same
//! few messages are rendered with the same arguments for every line of every document.
//! A per-thread memo pays that again on every new thread (each rayon worker, each
//! `history` batch thread), which made a fresh thread read a rendering about six times
//! slower than a warm one. Shared, it is paid once per process.

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{OnceLock, RwLock};

/// Values by key, cleared when `capacity` entries are reached so that memory stays
/// bounded on any input.
pub(crate) struct SharedMemo<K, V> {
    map: OnceLock<RwLock<HashMap<K, V>>>,
    capacity: usize,
}

impl<K: Hash + Eq, V: Clone> SharedMemo<K, V> {
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
}
