//! Agenda items as a header prints them (`101`, `160 (a)`): a leaf module.

use std::fmt;
use std::str::FromStr;

/// An agenda item as printed: `101`, or with a sub-item `160 (a)`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AgendaItem {
    pub number: u32,
    /// Lower-case letter(s) of the sub-item, without parentheses.
    pub sub: Option<String>,
}

/// The text was not an agenda item.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid agenda item `{0}`: expected a number such as `101` or `160 (a)`")]
pub struct AgendaItemError(pub String);

impl FromStr for AgendaItem {
    type Err = AgendaItemError;

    /// Accepts the printed form leniently (`160(a)`, `160 (A)`); [`fmt::Display`] gives the
    /// canonical `160 (a)` that `document.toml` must use.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || AgendaItemError(s.to_owned());
        let t = s.trim();
        let (num, rest) = t.split_at(t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len()));
        if num.is_empty() || num.starts_with('0') {
            return Err(err());
        }
        let number = num.parse().map_err(|_| err())?;
        let rest = rest.trim_start();
        if rest.is_empty() {
            return Ok(AgendaItem { number, sub: None });
        }
        let inner = rest
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .ok_or_else(err)?;
        if inner.is_empty() || inner.len() > 3 || !inner.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(err());
        }
        Ok(AgendaItem {
            number,
            sub: Some(inner.to_ascii_lowercase()),
        })
    }
}

impl fmt::Display for AgendaItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.sub {
            Some(sub) => write!(f, "{} ({sub})", self.number),
            None => write!(f, "{}", self.number),
        }
    }
}

serde_as_text!(AgendaItem);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agenda_items_parse_and_print() {
        assert_eq!(
            "160(A)".parse::<AgendaItem>().unwrap().to_string(),
            "160 (a)"
        );
        assert_eq!("101".parse::<AgendaItem>().unwrap().to_string(), "101");
        for bad in ["", "a", "0101", "101 a", "101 ()", "101 (1)", "(a)"] {
            assert!(bad.parse::<AgendaItem>().is_err(), "{bad}");
        }
    }
}
