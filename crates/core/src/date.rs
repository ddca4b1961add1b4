//! Calendar dates as UN documents print them in `document.toml` and version ids
//! (`YYYY-MM-DD`, proleptic Gregorian): a leaf module every other one may use.

use std::fmt;
use std::str::FromStr;

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

/// Days since 1970-01-01 to `(year, month, day)` in the proleptic Gregorian calendar, by
/// Howard Hinnant's published `civil_from_days` (eras of 400 years from 0000-03-01): commit
/// times, review dates and fuzz tallies print dates without a date-time dependency.
#[must_use]
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    // Both are in 1..=31 and 1..=12 by construction, so the conversions cannot fail.
    let d = u32::try_from(doy - (153 * mp + 2) / 5 + 1).unwrap_or(1);
    let m = u32::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).unwrap_or(1);
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
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

serde_as_text!(Date);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_785), (2026, 11, 28));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

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
}
