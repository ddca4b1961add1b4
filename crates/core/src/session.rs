//! The session a document belongs to (`51`, `S-26`, `ES-10`, or a year for the organs
//! whose symbols carry one): a leaf module, used by symbols and by `document.toml`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The session a document belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Session {
    /// A numbered regular session of the General Assembly (`51`).
    Regular(u16),
    /// A special session (`S-26`).
    Special(u16),
    /// An emergency special session (`ES-10`).
    EmergencySpecial(u16),
    /// Organs whose documents carry a year instead (Security Council, ECOSOC: `1996`).
    Year(u16),
}

/// The text was not a session designation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid session `{0}`: expected a session number (51), S-n, ES-n or a four-digit year")]
pub struct SessionError(pub String);

impl fmt::Display for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Session::Regular(n) | Session::Year(n) => write!(f, "{n}"),
            Session::Special(n) => write!(f, "S-{n}"),
            Session::EmergencySpecial(n) => write!(f, "ES-{n}"),
        }
    }
}

impl FromStr for Session {
    type Err = SessionError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let err = || SessionError(s.to_owned());
        let num = |p: &str| p.parse::<u16>().ok().filter(|n| *n > 0).ok_or_else(err);
        let upper = t.to_ascii_uppercase();
        if let Some(rest) = upper.strip_prefix("ES-") {
            Ok(Session::EmergencySpecial(num(rest)?))
        } else if let Some(rest) = upper.strip_prefix("S-") {
            Ok(Session::Special(num(rest)?))
        } else {
            let n = num(t)?;
            // Regular GA sessions are numbered from 1 and have not reached 1000; four-digit
            // numbers are the years that SC and ECOSOC symbols carry.
            Ok(if n >= 1000 {
                Session::Year(n)
            } else {
                Session::Regular(n)
            })
        }
    }
}

impl Serialize for Session {
    /// Regular sessions and years serialise as numbers (`51`), the others as strings (`"S-26"`).
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Session::Regular(n) | Session::Year(n) => s.serialize_u16(*n),
            other => s.collect_str(other),
        }
    }
}

impl<'de> Deserialize<'de> for Session {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // A visitor rather than an untagged enum, whose error ("data did not match any
        // variant") would not say what a session looks like.
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Session;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a session number (51), S-n, ES-n or a year")
            }

            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Session, E> {
                n.to_string().parse().map_err(E::custom)
            }

            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Session, E> {
                n.to_string().parse().map_err(E::custom)
            }

            fn visit_str<E: serde::de::Error>(self, t: &str) -> Result<Session, E> {
                t.parse().map_err(E::custom)
            }
        }
        d.deserialize_any(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_parse_every_kind() {
        assert_eq!("51".parse(), Ok(Session::Regular(51)));
        assert_eq!("s-26".parse(), Ok(Session::Special(26)));
        assert_eq!("ES-10".parse(), Ok(Session::EmergencySpecial(10)));
        assert_eq!("1996".parse(), Ok(Session::Year(1996)));
        assert!("0".parse::<Session>().is_err());
        assert!("ES-".parse::<Session>().is_err());
    }
}
