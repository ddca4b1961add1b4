//! The six official languages of the United Nations.
//!
//! Everything in sixfold that is per-language is keyed by [`Lang`], so the codes a user
//! types (`fr`), the codes Akoma Ntoso wants (`fra`) and the direction a renderer needs
//! live in one place.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// One of the six official languages.
///
/// The declaration order is the UN's own order (English alphabetical order of the
/// language names: Arabic, Chinese, English, French, Russian, Spanish), so sorting by
/// `Lang` gives the order used on the UN's multilingual pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

/// Writing direction of a script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Lang {
    /// All six, in UN order.
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// Position in [`Lang::ALL`], for per-language tables held as arrays in UN order.
    #[must_use]
    pub const fn index(self) -> usize {
        match self {
            Lang::Ar => 0,
            Lang::Zh => 1,
            Lang::En => 2,
            Lang::Fr => 3,
            Lang::Ru => 4,
            Lang::Es => 5,
        }
    }

    /// ISO 639-1 code, as used in file names (`fr.md`) and on undocs.org.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// ISO 639-2/T code, as Akoma Ntoso expressions require (`zho`, not the bibliographic `chi`).
    #[must_use]
    pub const fn code3(self) -> &'static str {
        match self {
            Lang::Ar => "ara",
            Lang::Zh => "zho",
            Lang::En => "eng",
            Lang::Fr => "fra",
            Lang::Ru => "rus",
            Lang::Es => "spa",
        }
    }

    /// The language's name in English.
    #[must_use]
    pub const fn english_name(self) -> &'static str {
        match self {
            Lang::Ar => "Arabic",
            Lang::Zh => "Chinese",
            Lang::En => "English",
            Lang::Fr => "French",
            Lang::Ru => "Russian",
            Lang::Es => "Spanish",
        }
    }

    /// The language's name in itself (autonym), for column headings a reader of that
    /// language recognises.
    #[must_use]
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
        }
    }

    /// Script direction: only Arabic is right-to-left.
    #[must_use]
    pub const fn direction(self) -> Direction {
        match self {
            Lang::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// Whether words are separated by spaces. Chinese is written without them, which
    /// changes how lengths are compared and how text may be wrapped.
    #[must_use]
    pub const fn is_spaced(self) -> bool {
        !matches!(self, Lang::Zh)
    }

    /// The letter that marks the translated version in a UN job number (`11-49765 (E)`).
    #[must_use]
    pub const fn job_letter(self) -> char {
        match self {
            Lang::Ar => 'A',
            Lang::Zh => 'C',
            Lang::En => 'E',
            Lang::Fr => 'F',
            Lang::Ru => 'R',
            Lang::Es => 'S',
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The text was not one of the six language codes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown language `{0}`: expected one of ar, zh, en, fr, ru, es (or ara, zho, eng, fra, rus, spa)"
)]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    /// Accepts the two- and three-letter codes in any case, and the bibliographic
    /// ISO 639-2/B variants (`chi`, `fre`) that library catalogues still use.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        let lang = match lower.as_str() {
            "ar" | "ara" => Lang::Ar,
            "zh" | "zho" | "chi" | "zh-cn" | "zh-hans" => Lang::Zh,
            "en" | "eng" => Lang::En,
            "fr" | "fra" | "fre" => Lang::Fr,
            "ru" | "rus" => Lang::Ru,
            "es" | "spa" => Lang::Es,
            _ => return Err(UnknownLang(s.to_owned())),
        };
        Ok(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
            assert_eq!(lang.code3().parse::<Lang>(), Ok(lang));
            assert_eq!(lang.code().to_uppercase().parse::<Lang>(), Ok(lang));
        }
        assert!("de".parse::<Lang>().is_err());
    }

    #[test]
    fn only_arabic_is_rtl_and_only_chinese_is_unspaced() {
        let rtl: Vec<_> = Lang::ALL
            .into_iter()
            .filter(|l| l.direction() == Direction::Rtl)
            .collect();
        assert_eq!(rtl, [Lang::Ar]);
        let unspaced: Vec<_> = Lang::ALL.into_iter().filter(|l| !l.is_spaced()).collect();
        assert_eq!(unspaced, [Lang::Zh]);
    }

    #[test]
    fn serde_uses_two_letter_codes() {
        assert_eq!(serde_json::to_string(&Lang::Zh).unwrap(), "\"zh\"");
        assert_eq!(serde_json::from_str::<Lang>("\"ar\"").unwrap(), Lang::Ar);
    }
}
