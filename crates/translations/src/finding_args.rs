//! The named values of a finding ([`FindingArgs`]): a map in JSON, a sorted vector in memory.
//!
//! A check report on a large document holds hundreds of thousands of findings (one
//! `missing-paragraph` per pivot paragraph and language when a rendering is far longer
//! than its translations). A `BTreeMap` allocates a node for eleven entries (about 540
//! bytes) for the two to four values a finding has; a vector of exactly that many pairs
//! costs 48 bytes each. Lookups scan at most a handful of names. The names the checks give
//! are written in the code (`pivot`, `pivot_line`, `label`) and kept as `&'static str`:
//! an owned copy of each name cost three small allocations per finding.

use std::borrow::Cow;
use std::ops::{Deref, Index};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Named values used by a finding's message, sorted by name, each name once.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct FindingArgs(Vec<(Cow<'static, str>, String)>);

impl FindingArgs {
    #[must_use]
    pub const fn new() -> Self {
        FindingArgs(Vec::new())
    }

    /// The value of `name`, if the finding has one.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&String> {
        self.0
            .binary_search_by(|(k, _)| k.as_ref().cmp(name))
            .ok()
            .map(|i| &self.0[i].1)
    }

    /// Sets `name` to `value`; the value it replaces, if any (as a map would).
    pub fn insert(&mut self, name: impl Into<Cow<'static, str>>, value: String) -> Option<String> {
        let name = name.into();
        match self.0.binary_search_by(|(k, _)| k.cmp(&name)) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (name, value));
                None
            }
        }
    }
}

impl Deref for FindingArgs {
    type Target = [(Cow<'static, str>, String)];

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Index<&str> for FindingArgs {
    type Output = String;

    fn index(&self, name: &str) -> &String {
        self.get(name)
            .unwrap_or_else(|| panic!("the finding has no argument `{name}`"))
    }
}

impl<'a> IntoIterator for &'a FindingArgs {
    type Item = &'a (Cow<'static, str>, String);
    type IntoIter = std::slice::Iter<'a, (Cow<'static, str>, String)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl FromIterator<(String, String)> for FindingArgs {
    /// Sorted by name; of two values for one name the last wins, as in a map.
    fn from_iter<I: IntoIterator<Item = (String, String)>>(iter: I) -> Self {
        iter.into_iter().map(|(k, v)| (Cow::Owned(k), v)).collect()
    }
}

impl FromIterator<(&'static str, String)> for FindingArgs {
    /// Sorted by name; of two values for one name the last wins, as in a map.
    fn from_iter<I: IntoIterator<Item = (&'static str, String)>>(iter: I) -> Self {
        iter.into_iter()
            .map(|(k, v)| (Cow::Borrowed(k), v))
            .collect()
    }
}

impl FromIterator<(Cow<'static, str>, String)> for FindingArgs {
    /// Sorted by name; of two values for one name the last wins, as in a map.
    fn from_iter<I: IntoIterator<Item = (Cow<'static, str>, String)>>(iter: I) -> Self {
        let mut pairs: Vec<(Cow<'static, str>, String)> = iter.into_iter().collect();
        // Stable, so equal names keep their order and the last can be kept.
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        pairs.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                std::mem::swap(&mut later.1, &mut kept.1);
            }
            same
        });
        pairs.shrink_to_fit();
        FindingArgs(pairs)
    }
}

impl<const N: usize> From<[(String, String); N]> for FindingArgs {
    fn from(pairs: [(String, String); N]) -> Self {
        pairs.into_iter().collect()
    }
}

impl Serialize for FindingArgs {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k.as_ref(), v)))
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
        assert_eq!(args["pivot"], "fr");
        assert_eq!(args.get("label").map(String::as_str), Some("op.1"));
        assert_eq!(args.get("count"), None);
        assert_eq!(args.insert("count".to_owned(), "2".to_owned()), None);
        assert_eq!(
            args.insert("count".to_owned(), "3".to_owned()).as_deref(),
            Some("2")
        );
        let names: Vec<&str> = args.iter().map(|(k, _)| k.as_ref()).collect();
        assert_eq!(names, ["count", "label", "pivot"]);
        let json = serde_json::to_string(&args).expect("json");
        assert_eq!(json, r#"{"count":"3","label":"op.1","pivot":"fr"}"#);
        let back: FindingArgs = serde_json::from_str(&json).expect("back");
        assert_eq!(back, args);
    }
}
