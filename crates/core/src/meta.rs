//! What a UN document header says, and the `document.toml` file that records it for a
//! document folder (`translations/<slug>/document.toml`).
//!
//! The file is the reference the renderings are checked against: `sixfold meta` compares
//! what each rendering's header says with it.
//!
//! ```toml
//! symbol = "A/RES/51/60"
//! distribution = "general"
//! date = "1997-01-28"          # distribution date
//! session = 51                 # or "S-26", "ES-10", 1996 for year-based organs
//! agenda_items = ["101"]       # sub-items as "160 (a)"
//! report = "A/51/610"
//! committee = 3                # Main Committee whose report it was adopted on
//! resolution = "51/60"
//! original_language = "en"
//!
//! [adoption]
//! meeting = 82
//! date = "1996-12-12"
//!
//! [title]
//! en = "United Nations Declaration on Crime and Public Security"
//!
//! [renderings.en]
//! status = "official"
//! [renderings.fr]
//! status = "working-translation"
//! note = "translated for sixfold; not a UN text"
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Lang;

/// A calendar date (proleptic Gregorian), printed and parsed as `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// The text was not a valid `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid date `{input}`: {reason} (expected YYYY-MM-DD)")]
pub struct DateError {
    pub input: String,
    pub reason: &'static str,
}

impl Date {
    /// Builds a date, checking the day against the month's length.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Self, DateError> {
        let err = |reason| DateError {
            input: format!("{year:04}-{month:02}-{day:02}"),
            reason,
        };
        if !(1..=12).contains(&month) {
            return Err(err("month out of range"));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(err("day out of range for the month"));
        }
        Ok(Date { year, month, day })
    }
}

/// Days in a month, leap years included.
#[must_use]
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason| DateError {
            input: s.to_owned(),
            reason,
        };
        let mut parts = s.trim().splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(err("not three dash-separated parts"));
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(err("wrong number of digits"));
        }
        let num = |p: &str| p.parse::<u16>().map_err(|_| err("not a number"));
        let (y, m, d) = (num(y)?, num(m)?, num(d)?);
        Date::new(y, m as u8, d as u8).map_err(|e| err(e.reason))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Distribution category printed in the masthead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Distribution {
    General,
    Limited,
    Restricted,
}

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
#[error("invalid session `{0}`: expected a number (51), S-n, ES-n or a four-digit year")]
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
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Num(u16),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Num(n) => n.to_string().parse(),
            Raw::Text(t) => t.parse(),
        }
        .map_err(serde::de::Error::custom)
    }
}

/// Whether a rendering is the UN's own text or one written for this repository.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RenderingStatus {
    /// Text as issued by the United Nations.
    Official,
    /// A translation made for this repository; never to be cited as a UN text.
    WorkingTranslation,
}

/// Per-language provenance of a rendering.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rendering {
    pub status: RenderingStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Adoption of a resolution: plenary meeting number and date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adoption {
    pub meeting: u32,
    pub date: Date,
}

/// The contents of a document folder's `document.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentToml {
    /// Document symbol as printed, e.g. `A/RES/51/60`.
    pub symbol: String,
    pub distribution: Distribution,
    /// Distribution date of the document.
    pub date: Date,
    pub session: Session,
    /// Agenda items as printed in English: `"101"`, `"160 (a)"`.
    #[serde(default)]
    pub agenda_items: Vec<String>,
    /// Symbol of the report the resolution was adopted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<String>,
    /// Number of the Main Committee (1–6) whose report it was; absent for plenary texts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committee: Option<u8>,
    /// Resolution number, e.g. `51/60`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<String>,
    pub original_language: Lang,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adoption: Option<Adoption>,
    /// Title in each language that has a rendering.
    #[serde(default)]
    pub title: BTreeMap<Lang, String>,
    /// Provenance of each rendering in the folder.
    #[serde(default)]
    pub renderings: BTreeMap<Lang, Rendering>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_validate_month_lengths() {
        assert!("1996-02-29".parse::<Date>().is_ok());
        assert!("1997-02-29".parse::<Date>().is_err());
        assert!("2000-02-29".parse::<Date>().is_ok());
        assert!("1900-02-29".parse::<Date>().is_err());
        assert!("1997-13-01".parse::<Date>().is_err());
        assert_eq!(
            "1997-01-28".parse::<Date>().unwrap().to_string(),
            "1997-01-28"
        );
    }

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
