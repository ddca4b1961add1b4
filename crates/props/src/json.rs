//! JSON checks of the harness without building `serde_json::Value` trees: a line is
//! parsed by `serde_json` exactly as into a `Value` (every string decoded with its escapes
//! and surrogate pairs checked, every number parsed, nothing trailing), but what it holds
//! is dropped as it is read instead of being allocated as maps and strings, which was a
//! tenth of an `align` or `writers` execution.

use std::fmt;

use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, SeqAccess, Visitor};

/// Any JSON value, validated and not kept.
struct Valid;

impl<'de> Deserialize<'de> for Valid {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValidVisitor)
    }
}

struct ValidVisitor;

impl<'de> Visitor<'de> for ValidVisitor {
    type Value = Valid;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Valid, E> {
        Ok(Valid)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Valid, E> {
        Ok(Valid)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Valid, E> {
        Ok(Valid)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Valid, E> {
        Ok(Valid)
    }

    fn visit_str<E>(self, _: &str) -> Result<Valid, E> {
        Ok(Valid)
    }

    fn visit_unit<E>(self) -> Result<Valid, E> {
        Ok(Valid)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Valid, A::Error> {
        while seq.next_element::<Valid>()?.is_some() {}
        Ok(Valid)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Valid, A::Error> {
        while map.next_entry::<Valid, Valid>()?.is_some() {}
        Ok(Valid)
    }
}

/// Whether `line` is one well-formed JSON value in UTF-8, as `serde_json::Value` would
/// accept it.
pub(crate) fn parses(line: &[u8]) -> Result<(), serde_json::Error> {
    serde_json::from_slice::<Valid>(line).map(|Valid| ())
}

/// A JSON Lines row of the exports: an object, validated like [`parses`], whose `text`
/// member is an object; its number of members.
struct Row {
    texts: Option<usize>,
}

impl<'de> Deserialize<'de> for Row {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RowVisitor)
    }
}

struct RowVisitor;

impl<'de> Visitor<'de> for RowVisitor {
    type Value = Row;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Row, A::Error> {
        let mut texts = None;
        while let Some(key) = map.next_key::<Key>()? {
            if key.0 {
                texts = map.next_value::<Members>()?.0;
            } else {
                map.next_value::<Valid>()?;
            }
        }
        Ok(Row { texts })
    }
}

/// A member name, decoded; whether it is `text`.
struct Key(bool);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member name")
            }
            fn visit_str<E>(self, key: &str) -> Result<Key, E> {
                Ok(Key(key == "text"))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Any value, validated; its number of members when it is an object.
struct Members(Option<usize>);

impl<'de> Deserialize<'de> for Members {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MembersVisitor;
        impl<'de> Visitor<'de> for MembersVisitor {
            type Value = Members;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_bool<E>(self, _: bool) -> Result<Members, E> {
                Ok(Members(None))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Members, E> {
                Ok(Members(None))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Members, E> {
                Ok(Members(None))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Members, E> {
                Ok(Members(None))
            }
            fn visit_str<E>(self, _: &str) -> Result<Members, E> {
                Ok(Members(None))
            }
            fn visit_unit<E>(self) -> Result<Members, E> {
                Ok(Members(None))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Members, A::Error> {
                ValidVisitor.visit_seq(seq).map(|Valid| Members(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members, A::Error> {
                let mut n = 0;
                while map.next_entry::<Valid, Valid>()?.is_some() {
                    n += 1;
                }
                Ok(Members(Some(n)))
            }
        }
        deserializer.deserialize_any(MembersVisitor)
    }
}

/// The number of members of the `text` object of a JSON Lines row (`None` when the row
/// has no `text` object), the line validated like [`parses`].
pub(crate) fn row_texts(line: &str) -> Result<Option<usize>, serde_json::Error> {
    serde_json::from_str::<Row>(line).map(|row| row.texts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whatever `serde_json::Value` accepts or refuses, so do these checks.
    #[test]
    fn the_checks_accept_and_refuse_what_a_value_does() {
        let lines: [&[u8]; 18] = [
            br#"{"a":1,"b":[true,null,-1.5e3,"x\u00e9\ud83d\ude00"],"c":{}}"#,
            br#"{"text":{"en":"a","fr":null},"id":"x"}"#,
            b"[]",
            b"\"\\ud800\"",
            b"\"\\udc00x\"",
            b"\"\\x\"",
            b"{\"a\":1,}",
            b"{\"a\" 1}",
            b"[1,2",
            b"01",
            b"1.",
            b"{} {}",
            b"\"a\x01b\"",
            b"\"\xff\"",
            b"nul",
            b"  {\"text\":[]}  ",
            b"1e999",
            b"-",
        ];
        for line in lines {
            let value = serde_json::from_slice::<serde_json::Value>(line);
            let shown = String::from_utf8_lossy(line);
            assert_eq!(parses(line).is_ok(), value.is_ok(), "{shown}");
            if let Ok(text) = std::str::from_utf8(line) {
                let expected = value.ok().and_then(|v| {
                    v.get("text")
                        .and_then(serde_json::Value::as_object)
                        .map(serde_json::Map::len)
                });
                let ours = row_texts(text).ok().flatten();
                assert_eq!(ours, expected, "{shown}");
            }
        }
    }
}
