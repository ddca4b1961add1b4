//! The named values of a finding ([`FindingArgs`]): a map in JSON, one string in memory.
//!
//! A check report on a large document holds hundreds of thousands of findings (one
//! `missing-paragraph` per pivot paragraph and language when a rendering is far longer
//! than its translations). A vector of `(name, value)` pairs cost about 250 bytes for the
//! three values such a finding has (the vector, and one allocation per value); the pairs
//! written one after the other into one string, each part preceded by its length
//! (`5:label4:op.35:pivot2:en`), cost one allocation of about 60. Lookups scan at most a
//! handful of names.

use std::fmt;
use std::ops::Index;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Named values used by a finding's message, sorted by name, each name once.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct FindingArgs(Box<str>);

/// The pairs of an encoded string, in order. The encoding is made only by
/// [`FindingArgs::from_pairs`], so it is always well formed; a malformed rest (which cannot
/// occur) ends the iteration.
#[derive(Debug, Clone)]
pub struct Iter<'a> {
    rest: &'a str,
}

impl<'a> Iter<'a> {
    fn part(&mut self) -> Option<&'a str> {
        let (len, rest) = self.rest.split_once(':')?;
        let len: usize = len.parse().ok()?;
        let part = rest.get(..len)?;
        self.rest = rest.get(len..)?;
        Some(part)
    }
}

impl<'a> Iterator for Iter<'a> {
    type Item = (&'a str, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let name = self.part()?;
        let value = self.part()?;
        Some((name, value))
    }
}

impl FindingArgs {
    #[must_use]
    pub fn new() -> Self {
        FindingArgs(Box::default())
    }

    /// The `(name, value)` pairs, sorted by name.
    #[must_use]
    pub fn iter(&self) -> Iter<'_> {
        Iter { rest: &self.0 }
    }

    /// How many values there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.iter().count()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The value of `name`, if the finding has one.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&str> {
        self.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    /// Sets `name` to `value`; the value it replaces, if any (as a map would).
    pub fn insert(&mut self, name: impl AsRef<str>, value: impl AsRef<str>) -> Option<String> {
        let name = name.as_ref();
        let old = self.get(name).map(str::to_owned);
        let pairs: Vec<(&str, &str)> = self
            .iter()
            .filter(|(k, _)| *k != name)
            .chain(std::iter::once((name, value.as_ref())))
            .collect();
        *self = Self::from_pairs(pairs);
        old
    }

    /// The pairs as the localiser takes them (`sixfold_l10n::finding_args`).
    #[must_use]
    pub fn to_pairs(&self) -> Vec<(&str, String)> {
        self.iter().map(|(k, v)| (k, v.to_owned())).collect()
    }

    /// Sorted by name; of two values for one name the last wins, as in a map.
    fn from_pairs<K: AsRef<str>, V: AsRef<str>>(pairs: impl IntoIterator<Item = (K, V)>) -> Self {
        let mut pairs: Vec<(K, V)> = pairs.into_iter().collect();
        // Stable, so equal names keep their order and the last can be kept.
        pairs.sort_by(|a, b| a.0.as_ref().cmp(b.0.as_ref()));
        let mut text = String::new();
        for (i, (k, v)) in pairs.iter().enumerate() {
            if pairs
                .get(i + 1)
                .is_some_and(|next| next.0.as_ref() == k.as_ref())
            {
                continue;
            }
            for part in [k.as_ref(), v.as_ref()] {
                text.push_str(&part.len().to_string());
                text.push(':');
                text.push_str(part);
            }
        }
        FindingArgs(text.into_boxed_str())
    }
}

impl fmt::Debug for FindingArgs {
    /// As the vector of pairs it used to be (`FindingArgs([("label", "op.1")])`), which
    /// snapshots of findings show.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pairs: Vec<(&str, &str)> = self.iter().collect();
        f.debug_tuple("FindingArgs").field(&pairs).finish()
    }
}

impl Index<&str> for FindingArgs {
    type Output = str;

    fn index(&self, name: &str) -> &str {
        self.get(name)
            .unwrap_or_else(|| panic!("the finding has no argument `{name}`"))
    }
}

impl<'a> IntoIterator for &'a FindingArgs {
    type Item = (&'a str, &'a str);
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<K: AsRef<str>, V: AsRef<str>> FromIterator<(K, V)> for FindingArgs {
    /// Sorted by name; of two values for one name the last wins, as in a map.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        Self::from_pairs(iter)
    }
}

impl<K: AsRef<str>, V: AsRef<str>, const N: usize> From<[(K, V); N]> for FindingArgs {
    fn from(pairs: [(K, V); N]) -> Self {
        Self::from_pairs(pairs)
    }
}

impl Serialize for FindingArgs {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for FindingArgs {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = std::collections::BTreeMap::<String, String>::deserialize(deserializer)?;
        Ok(map.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaves_as_a_sorted_map() {
        let mut args: FindingArgs = [
            ("pivot".to_owned(), "en".to_owned()),
            ("label".to_owned(), "op.1".to_owned()),
            ("pivot".to_owned(), "fr".to_owned()),
        ]
        .into();
        assert_eq!(args.len(), 2);
        assert_eq!(&args["pivot"], "fr");
        assert_eq!(args.get("label"), Some("op.1"));
        assert_eq!(args.get("count"), None);
        assert_eq!(args.insert("count", "2"), None);
        assert_eq!(args.insert("count", "3").as_deref(), Some("2"));
        let names: Vec<&str> = args.iter().map(|(k, _)| k).collect();
        assert_eq!(names, ["count", "label", "pivot"]);
        let json = serde_json::to_string(&args).expect("json");
        assert_eq!(json, r#"{"count":"3","label":"op.1","pivot":"fr"}"#);
        let back: FindingArgs = serde_json::from_str(&json).expect("back");
        assert_eq!(back, args);
        assert_eq!(
            format!("{args:?}"),
            r#"FindingArgs([("count", "3"), ("label", "op.1"), ("pivot", "fr")])"#
        );
    }

    #[test]
    fn any_text_survives_the_encoding() {
        // Lengths, separators, digits and empty parts inside names and values.
        // In name order (bytes: `z` before `é`), as the pairs come back.
        let pairs = [
            ("", "12:ab"),
            ("3:x", ""),
            ("z", "9999999999:"),
            ("é", "4:\u{0}:\n"),
        ];
        let args: FindingArgs = pairs.into_iter().collect();
        let back: Vec<(&str, &str)> = args.iter().collect();
        assert_eq!(back, pairs);
        assert_eq!(FindingArgs::new().iter().count(), 0);
        assert!(FindingArgs::new().is_empty());
    }
}
