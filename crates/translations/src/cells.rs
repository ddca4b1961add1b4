//! The cells of one aligned row ([`Cells`]): each language's segment indices, all six in
//! one allocation.
//!
//! A long rendering aligned against short translations has one row per pivot paragraph,
//! hundreds of thousands of them. A `BTreeMap<Lang, Vec<usize>>` per row cost a tree node
//! (about 300 bytes for at most six entries) plus one allocation per language (48 bytes
//! for one index): some 600 bytes a row, most of the aligner's peak memory. Here the row
//! holds one vector of every language's indices, languages in UN order one after another,
//! and where each language's list ends; the JSON stays a map from language to list.

use std::fmt;
use std::ops::Index;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sixfold_core::Lang;

/// For each language of a row, the (possibly empty) list of its segment indices; a
/// language may also be absent. Iterates, compares and serialises like the map from
/// language to list it replaces, languages in UN order ([`Lang::ALL`]).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Cells {
    /// Every listed language's indices, in UN order, one list after another.
    segments: Vec<usize>,
    /// Where each language's list ends in `segments`, by position in [`Lang::ALL`].
    ends: [u32; 6],
    /// Bit `k` set when language `Lang::ALL[k]` is listed (its list may be empty).
    present: u8,
}

impl Cells {
    /// No language listed.
    #[must_use]
    pub const fn new() -> Self {
        Cells {
            segments: Vec::new(),
            ends: [0; 6],
            present: 0,
        }
    }

    fn bounds(&self, k: usize) -> (usize, usize) {
        let start = if k == 0 {
            0
        } else {
            self.ends.get(k - 1).copied().unwrap_or(0) as usize
        };
        let end = self.ends.get(k).copied().unwrap_or(0) as usize;
        (start, end)
    }

    /// The indices of `lang`, or `None` when the row does not list the language.
    #[must_use]
    pub fn get(&self, lang: Lang) -> Option<&[usize]> {
        let k = lang.index();
        if self.present & (1 << k) == 0 {
            return None;
        }
        let (start, end) = self.bounds(k);
        self.segments.get(start..end)
    }

    /// The indices of `lang` to change in place, or `None` when the row does not list it.
    pub fn get_mut(&mut self, lang: Lang) -> Option<&mut [usize]> {
        let k = lang.index();
        if self.present & (1 << k) == 0 {
            return None;
        }
        let (start, end) = self.bounds(k);
        self.segments.get_mut(start..end)
    }

    /// Whether the row lists `lang` (possibly with no index).
    #[must_use]
    pub fn contains_key(&self, lang: Lang) -> bool {
        self.present & (1 << lang.index()) != 0
    }

    /// How many languages are listed.
    #[must_use]
    pub fn len(&self) -> usize {
        self.present.count_ones() as usize
    }

    /// Whether no language is listed.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.present == 0
    }

    /// The listed languages with their indices, in UN order.
    #[must_use]
    pub fn iter(&self) -> Iter<'_> {
        Iter { cells: self, k: 0 }
    }

    /// The listed languages, in UN order.
    pub fn keys(&self) -> impl Iterator<Item = Lang> + '_ {
        self.iter().map(|(l, _)| l)
    }

    /// The lists of the listed languages, in UN order.
    pub fn values(&self) -> impl Iterator<Item = &[usize]> + '_ {
        self.iter().map(|(_, c)| c)
    }

    /// Lists `lang` (with no index when it was not listed yet).
    pub fn ensure(&mut self, lang: Lang) {
        self.present |= 1 << lang.index();
    }

    /// Appends `segment` to the list of `lang`, listing the language if needed.
    pub fn push(&mut self, lang: Lang, segment: usize) {
        let k = lang.index();
        self.ensure(lang);
        let (_, end) = self.bounds(k);
        self.segments.insert(end, segment);
        for e in self.ends.iter_mut().skip(k) {
            *e += 1;
        }
    }

    /// Appends `segment` to the list of `lang` unless it is there already.
    pub fn push_new(&mut self, lang: Lang, segment: usize) {
        if !self.get(lang).is_some_and(|c| c.contains(&segment)) {
            self.push(lang, segment);
        }
    }

    /// Replaces the list of `lang` (listing the language).
    pub fn insert(&mut self, lang: Lang, list: &[usize]) {
        let k = lang.index();
        self.ensure(lang);
        let (start, end) = self.bounds(k);
        self.segments.splice(start..end, list.iter().copied());
        let (old, new) = (end - start, list.len());
        for e in self.ends.iter_mut().skip(k) {
            // Lists hold segment indices of one row; no row holds 2^32 of them.
            *e = u32::try_from(*e as usize + new - old).unwrap_or(u32::MAX);
        }
    }

    /// Sorts every language's list.
    pub fn sort_each(&mut self) {
        for k in 0..6 {
            let (start, end) = self.bounds(k);
            if let Some(list) = self.segments.get_mut(start..end) {
                list.sort_unstable();
            }
        }
    }

    /// Frees the room a growing list left unused.
    pub fn shrink_to_fit(&mut self) {
        self.segments.shrink_to_fit();
    }
}

/// Iterator over a row's listed languages and their indices ([`Cells::iter`]).
#[derive(Debug)]
pub struct Iter<'a> {
    cells: &'a Cells,
    k: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = (Lang, &'a [usize]);

    fn next(&mut self) -> Option<Self::Item> {
        while let Some(&lang) = Lang::ALL.get(self.k) {
            self.k += 1;
            if let Some(list) = self.cells.get(lang) {
                return Some((lang, list));
            }
        }
        None
    }
}

impl<'a> IntoIterator for &'a Cells {
    type Item = (Lang, &'a [usize]);
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl Index<&Lang> for Cells {
    type Output = [usize];

    fn index(&self, lang: &Lang) -> &[usize] {
        self.get(*lang)
            .unwrap_or_else(|| panic!("the row does not list {lang}"))
    }
}

impl FromIterator<(Lang, Vec<usize>)> for Cells {
    /// Of two lists for one language the last wins, as in a map.
    fn from_iter<I: IntoIterator<Item = (Lang, Vec<usize>)>>(iter: I) -> Self {
        let mut cells = Cells::new();
        for (lang, list) in iter {
            cells.insert(lang, &list);
        }
        cells
    }
}

impl<const N: usize> From<[(Lang, Vec<usize>); N]> for Cells {
    fn from(pairs: [(Lang, Vec<usize>); N]) -> Self {
        pairs.into_iter().collect()
    }
}

impl fmt::Debug for Cells {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl Serialize for Cells {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for Cells {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = std::collections::BTreeMap::<Lang, Vec<usize>>::deserialize(deserializer)?;
        Ok(map.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaves_as_a_map_of_lists_in_un_order() {
        let mut cells = Cells::new();
        assert!(cells.is_empty());
        cells.push(Lang::Fr, 3);
        cells.push(Lang::En, 2);
        cells.push_new(Lang::Fr, 3);
        cells.push(Lang::Fr, 1);
        cells.ensure(Lang::Zh);
        cells.push(Lang::Ar, 7);
        assert_eq!(cells.len(), 4);
        assert_eq!(cells.get(Lang::Fr), Some(&[3, 1][..]));
        assert_eq!(cells.get(Lang::Zh), Some(&[][..]));
        assert_eq!(cells.get(Lang::Es), None);
        assert!(!cells.contains_key(Lang::Es));
        cells.sort_each();
        assert_eq!(&cells[&Lang::Fr], [1, 3]);
        let keys: Vec<Lang> = cells.keys().collect();
        assert_eq!(keys, [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr]);
        cells.insert(Lang::Zh, &[4, 5]);
        cells.insert(Lang::Ar, &[]);
        assert_eq!(cells.get(Lang::En), Some(&[2][..]));
        assert_eq!(cells.get(Lang::Zh), Some(&[4, 5][..]));
        let json = serde_json::to_string(&cells).expect("json");
        assert_eq!(json, r#"{"ar":[],"zh":[4,5],"en":[2],"fr":[1,3]}"#);
        let back: Cells = serde_json::from_str(&json).expect("back");
        assert_eq!(back, cells);
        let from_map: Cells = [(Lang::Fr, vec![1, 3]), (Lang::En, vec![2])].into();
        assert_eq!(format!("{from_map:?}"), "{En: [2], Fr: [1, 3]}");
    }
}
