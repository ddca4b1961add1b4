//! Versioned document identifiers: which text of which document, in which language, as
//! distributed when — and the names other systems give it (Akoma Ntoso IRIs, undocs.org).
//!
//! A [`DocumentVersion`] is a symbol (modifiers included), a language, the distribution
//! date and, once the text is at hand, the SHA-256 digest of its NFC-normalised content.
//! Its string form is `A/RES/51/60@en@1997-01-28`, followed by `#sha256:` and the first 16
//! hex digits of the digest when one is known; short enough to quote, long enough that two
//! different texts do not collide in practice.
//!
//! # Akoma Ntoso (AKN4UN) naming convention used here
//!
//! The AKN4UN guidelines' own examples disagree on docType, actor and number forms; sixfold
//! uses one convention throughout:
//!
//! - A **document as issued** (the publication under its symbol) is a Work
//!   `/akn/un/collection/publication/<actor>/<distribution date>/<symbol>`, where `<symbol>`
//!   is the printed symbol of the primary symbol (modifiers included, reissue mark dropped)
//!   with `/` → `-` and space → `_`, dots kept: `A-RES-51-60`, `S-RES-1373_(2001)`,
//!   `A-51-610-Add.1`. A corrigendum or addendum is a document of its own, hence a Work of
//!   its own.
//! - Its **Expression** in a language is `<work>/<iso 639-2 code>@`, the version empty for
//!   the original issuance; a later state of the same text (for example as corrected by a
//!   corrigendum issued on a later date) is `<work>/<code>@<that date>`.
//! - Its **Manifestation** in a format is `<expression>/.<format>`, e.g. `…/eng@/.xml`.
//! - The **resolution** itself, independent of any publication, is the Work
//!   `/akn/un/statement/deliberation/<actor>/<adoption date>/<resolution number>` with the
//!   same substitutions: `51-60`, `1373_(2001)`, `217_A_(III)`.
//! - The actor is the principal organ: `A` → `un-ga`, `S` → `un-sc`, `E` → `un-ecosoc`,
//!   `T` → `un-tc`, `ST` → `un-secretariat`; other series (treaty bodies, programmes) →
//!   `un-` and the series in lower case (`CRC` → `un-crc`).
//!
//! ```
//! use sixfold_core::{Date, DocumentVersion, Lang};
//!
//! let v: DocumentVersion = "A/RES/51/60@en@1997-01-28".parse()?;
//! assert_eq!(v.akn_expression(), "/akn/un/collection/publication/un-ga/1997-01-28/A-RES-51-60/eng@");
//! assert_eq!(v.symbol.undocs_url(Some(Lang::Fr)), "https://undocs.org/fr/A/RES/51/60");
//! let adopted = Date::new(1996, 12, 12).unwrap();
//! assert_eq!(
//!     v.symbol.akn_resolution(adopted).as_deref(),
//!     Some("/akn/un/statement/deliberation/un-ga/1996-12-12/51-60"),
//! );
//! # Ok::<(), sixfold_core::IdError>(())
//! ```

use std::fmt;
use std::fmt::Write as _;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

use crate::date::{Date, DateError};
use crate::lang::Lang;
use crate::symbol::{Symbol, SymbolError};

/// Hex digits of the digest shown in the string form.
pub const SHORT_DIGEST_LEN: usize = 16;

/// One language version of one document as distributed on one date.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentVersion {
    pub symbol: Symbol,
    pub lang: Lang,
    /// Distribution date of this version.
    pub date: Date,
    /// Lower-case hex SHA-256 of the NFC-normalised text ([`content_digest`]); the full 64
    /// digits when computed, possibly a prefix when read back from the string form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
}

/// Why a string is not a document version.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("invalid document version `{0}`: expected SYMBOL@LANG@YYYY-MM-DD[#sha256:HEX]")]
    Shape(String),
    #[error("invalid symbol in document version: {0}")]
    Symbol(#[from] SymbolError),
    #[error("invalid language in document version: `{0}` is not one of ar, zh, en, fr, ru, es")]
    Lang(String),
    #[error("invalid date in document version: {0}")]
    Date(#[from] DateError),
    #[error("invalid digest `{0}`: expected 16 to 64 lower-case hex digits after `sha256:`")]
    Digest(String),
}

/// SHA-256 of the text after NFC normalisation, as 64 lower-case hex digits.
///
/// Normalising first makes the digest a property of the text a reader sees, not of the
/// code points an editor happened to write (a precomposed `é` or `e` + combining accent).
#[must_use]
pub fn content_digest(text: &str) -> String {
    // Most texts are already NFC; the quick check spares building a copy of them (a
    // history hashes every version of every rendering).
    let normalised: std::borrow::Cow<'_, str> = if unicode_normalization::is_nfc_quick(text.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.nfc().collect())
    };
    content_digest_of_nfc(&normalised)
}

/// [`content_digest`] of a text already known to be in NFC (a reader that checked it,
/// e.g. a history reading each version beside the one before), without checking again.
#[must_use]
pub fn content_digest_of_nfc(text: &str) -> String {
    let hash = Sha256::digest(text.as_bytes());
    hash.iter().fold(String::with_capacity(64), |mut s, b| {
        write!(s, "{b:02x}").expect("this cannot fail because writing to a String never fails");
        s
    })
}

impl DocumentVersion {
    /// A version without digest.
    #[must_use]
    pub fn new(symbol: Symbol, lang: Lang, date: Date) -> Self {
        DocumentVersion {
            symbol,
            lang,
            date,
            digest: None,
        }
    }

    /// The same version with the digest of its text recorded.
    #[must_use]
    pub fn with_content(mut self, text: &str) -> Self {
        self.digest = Some(content_digest(text));
        self
    }

    /// Whether `text` is the text this version's digest describes (false without digest).
    #[must_use]
    pub fn matches_content(&self, text: &str) -> bool {
        self.digest
            .as_deref()
            .is_some_and(|d| content_digest(text).starts_with(d))
    }

    /// The publication Work IRI (see the module documentation).
    #[must_use]
    pub fn akn_work(&self) -> String {
        format!(
            "/akn/un/collection/publication/{}/{}/{}",
            self.symbol.akn_actor(),
            self.date,
            self.symbol.akn_number()
        )
    }

    /// The Expression IRI of the original issuance in this language: `…/eng@`.
    #[must_use]
    pub fn akn_expression(&self) -> String {
        format!("{}/{}@", self.akn_work(), self.lang.code3())
    }

    /// The Expression IRI of a later state of the text, dated `version`: `…/eng@2013-12-12`.
    #[must_use]
    pub fn akn_expression_at(&self, version: Date) -> String {
        format!("{}/{}@{version}", self.akn_work(), self.lang.code3())
    }

    /// The Manifestation IRI of the original Expression in a format (`xml`, `pdf`, `html`):
    /// `…/eng@/.xml`.
    #[must_use]
    pub fn akn_manifestation(&self, format: &str) -> String {
        format!("{}/.{format}", self.akn_expression())
    }

    /// The document's page on undocs.org in this version's language.
    #[must_use]
    pub fn url(&self) -> String {
        self.symbol.undocs_url(Some(self.lang))
    }
}

impl fmt::Display for DocumentVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}@{}", self.symbol, self.lang.code(), self.date)?;
        if let Some(d) = &self.digest {
            let short = d.get(..SHORT_DIGEST_LEN).unwrap_or(d);
            write!(f, "#sha256:{short}")?;
        }
        Ok(())
    }
}

impl FromStr for DocumentVersion {
    type Err = IdError;

    /// Reads the string form; a digest longer than 16 digits is accepted and kept whole.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (id, digest) = match s.split_once('#') {
            Some((id, d)) => {
                let hex = d
                    .strip_prefix("sha256:")
                    .filter(|h| {
                        (SHORT_DIGEST_LEN..=64).contains(&h.len())
                            && h.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
                    })
                    .ok_or_else(|| IdError::Digest(d.to_owned()))?;
                (id, Some(hex.to_owned()))
            }
            None => (s, None),
        };
        let mut parts = id.rsplitn(3, '@');
        let (Some(date), Some(lang), Some(symbol)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(IdError::Shape(s.to_owned()));
        };
        Ok(DocumentVersion {
            symbol: symbol.parse()?,
            lang: lang
                .trim()
                .parse()
                .map_err(|_| IdError::Lang(lang.to_owned()))?,
            date: date.parse()?,
            digest,
        })
    }
}

impl Symbol {
    /// The AKN4UN actor of the symbol's organ (see the module documentation).
    #[must_use]
    pub fn akn_actor(&self) -> String {
        match self.series() {
            "A" => "un-ga".to_owned(),
            "S" => "un-sc".to_owned(),
            "E" => "un-ecosoc".to_owned(),
            "T" => "un-tc".to_owned(),
            "ST" => "un-secretariat".to_owned(),
            other => format!("un-{}", akn_escape(&other.to_ascii_lowercase())),
        }
    }

    /// The primary symbol as an AKN number: `A-RES-51-60`, `S-RES-1373_(2001)`.
    #[must_use]
    pub fn akn_number(&self) -> String {
        let primary = self
            .joint_parts()
            .into_iter()
            .next()
            .unwrap_or_else(|| self.clone());
        let printed = primary.to_string();
        akn_escape(printed.trim_end_matches('*'))
    }

    /// The Work IRI of the resolution itself, for resolution symbols.
    #[must_use]
    pub fn akn_resolution(&self, adopted: Date) -> Option<String> {
        let number = self.resolution()?;
        Some(format!(
            "/akn/un/statement/deliberation/{}/{adopted}/{}",
            self.akn_actor(),
            akn_escape(&number)
        ))
    }

    /// The undocs.org address of the primary symbol, optionally in a language.
    ///
    /// undocs.org takes the catalogue form (`S/RES/1373(2001)`, `A/RES/68/247B`) with its
    /// slashes as path separators; the few characters a URL path cannot carry (the space
    /// of a compound series word) are percent-encoded.
    #[must_use]
    pub fn undocs_url(&self, lang: Option<Lang>) -> String {
        let primary = self
            .joint_parts()
            .into_iter()
            .next()
            .unwrap_or_else(|| self.clone());
        let mut url = String::from("https://undocs.org/");
        if let Some(lang) = lang {
            url.push_str(lang.code());
            url.push('/');
        }
        for c in primary.compact().chars() {
            match c {
                'A'..='Z' | 'a'..='z' | '0'..='9' | '/' | '.' | '-' | '(' | ')' | '_' => {
                    url.push(c);
                }
                other => {
                    let mut buf = [0u8; 4];
                    for b in other.encode_utf8(&mut buf).bytes() {
                        write!(url, "%{b:02X}")
                            .expect("this cannot fail because writing to a String never fails");
                    }
                }
            }
        }
        url
    }
}

/// AKN number substitutions: `/` → `-`, space → `_`.
fn akn_escape(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '/' => '-',
            ' ' => '_',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(s: &str) -> DocumentVersion {
        s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn string_form_round_trips() {
        for s in [
            "A/RES/51/60@en@1997-01-28",
            "S/RES/1373 (2001)@fr@2001-09-28",
            "A/51/610/Add.1/Corr.2@zh@1996-12-01",
            "A/RES/51/60@ar@1997-01-28#sha256:0123456789abcdef",
        ] {
            assert_eq!(version(s).to_string(), s);
        }
        // Loose input is normalised.
        assert_eq!(
            version("s/res/1373(2001)@fr@2001-09-28").to_string(),
            "S/RES/1373 (2001)@fr@2001-09-28"
        );
    }

    #[test]
    fn bad_strings_are_rejected_with_the_reason() {
        assert!(matches!(
            "A/RES/51/60".parse::<DocumentVersion>(),
            Err(IdError::Shape(_))
        ));
        assert!(matches!(
            "A/RES/51/60@de@1997-01-28".parse::<DocumentVersion>(),
            Err(IdError::Lang(_))
        ));
        assert!(matches!(
            "A/RES/51/60@en@1997-02-30".parse::<DocumentVersion>(),
            Err(IdError::Date(_))
        ));
        assert!(matches!(
            "A//60@en@1997-01-28".parse::<DocumentVersion>(),
            Err(IdError::Symbol(_))
        ));
        assert!(matches!(
            "A/RES/51/60@en@1997-01-28#sha256:ABC".parse::<DocumentVersion>(),
            Err(IdError::Digest(_))
        ));
        assert!(matches!(
            "A/RES/51/60@en@1997-01-28#md5:0123456789abcdef".parse::<DocumentVersion>(),
            Err(IdError::Digest(_))
        ));
    }

    #[test]
    fn digest_is_of_the_nfc_text() {
        // SHA-256 of the empty string, a published test vector.
        assert_eq!(
            content_digest(""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        // Composed and decomposed é are the same text.
        assert_eq!(content_digest("caf\u{e9}"), content_digest("cafe\u{301}"));
        assert_ne!(content_digest("café"), content_digest("cafe"));

        let v = version("A/RES/51/60@fr@1997-01-28").with_content("Déclaration");
        assert_eq!(v.digest.as_ref().map(String::len), Some(64));
        let short = v.to_string();
        assert!(short.ends_with(&format!("#sha256:{}", &content_digest("Déclaration")[..16])));
        let back = version(&short);
        assert!(back.matches_content("De\u{301}claration"));
        assert!(!back.matches_content("Declaration"));
    }

    #[test]
    fn serde_json_and_toml() {
        let v = version("S/RES/1373 (2001)@ru@2001-09-28").with_content("x");
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(
            json,
            format!(
                r#"{{"symbol":"S/RES/1373 (2001)","lang":"ru","date":"2001-09-28","digest":"{}"}}"#,
                content_digest("x")
            )
        );
        assert_eq!(serde_json::from_str::<DocumentVersion>(&json).unwrap(), v);
        let toml_text = toml::to_string(&v).unwrap();
        assert!(
            toml_text.starts_with("symbol = \"S/RES/1373 (2001)\"\nlang = \"ru\"\n"),
            "{toml_text}"
        );
        assert_eq!(toml::from_str::<DocumentVersion>(&toml_text).unwrap(), v);
        assert!(
            serde_json::from_str::<DocumentVersion>(
                r#"{"symbol":"A//1","lang":"en","date":"1997-01-28"}"#
            )
            .is_err()
        );
    }

    #[test]
    fn akn_iris_follow_the_documented_convention() {
        let v = version("A/RES/51/60@en@1997-01-28");
        assert_eq!(
            v.akn_work(),
            "/akn/un/collection/publication/un-ga/1997-01-28/A-RES-51-60"
        );
        assert_eq!(
            v.akn_expression(),
            "/akn/un/collection/publication/un-ga/1997-01-28/A-RES-51-60/eng@"
        );
        assert_eq!(
            v.akn_manifestation("xml"),
            "/akn/un/collection/publication/un-ga/1997-01-28/A-RES-51-60/eng@/.xml"
        );
        let corrected = Date::new(1997, 3, 1).unwrap();
        assert_eq!(
            version("A/RES/51/60@zh@1997-01-28").akn_expression_at(corrected),
            "/akn/un/collection/publication/un-ga/1997-01-28/A-RES-51-60/zho@1997-03-01"
        );
        let sc = version("S/RES/1373 (2001)@ar@2001-09-28");
        assert_eq!(
            sc.akn_expression(),
            "/akn/un/collection/publication/un-sc/2001-09-28/S-RES-1373_(2001)/ara@"
        );
        let adopted = Date::new(2001, 9, 28).unwrap();
        assert_eq!(
            sc.symbol.akn_resolution(adopted).as_deref(),
            Some("/akn/un/statement/deliberation/un-sc/2001-09-28/1373_(2001)")
        );
        let old: Symbol = "A/RES/217 A (III)".parse().unwrap();
        assert_eq!(
            old.akn_resolution(Date::new(1948, 12, 10).unwrap())
                .as_deref(),
            Some("/akn/un/statement/deliberation/un-ga/1948-12-10/217_A_(III)")
        );
        let e: Symbol = "E/RES/1996/16".parse().unwrap();
        assert_eq!(e.akn_actor(), "un-ecosoc");
        let crc: Symbol = "CRC/C/15/Add.1".parse().unwrap();
        assert_eq!(
            (crc.akn_actor().as_str(), crc.akn_number().as_str()),
            ("un-crc", "CRC-C-15-Add.1")
        );
        let not_res: Symbol = "A/51/610".parse().unwrap();
        assert_eq!(not_res.akn_resolution(adopted), None);
        let reissue: Symbol = "ST/AI/2001/5*".parse().unwrap();
        assert_eq!(
            (reissue.akn_actor().as_str(), reissue.akn_number().as_str()),
            ("un-secretariat", "ST-AI-2001-5")
        );
    }

    #[test]
    fn undocs_urls_are_built_offline() {
        let url = |s: &str, l| s.parse::<Symbol>().unwrap().undocs_url(l);
        assert_eq!(
            url("A/RES/51/60", Some(Lang::Fr)),
            "https://undocs.org/fr/A/RES/51/60"
        );
        assert_eq!(
            url("S/RES/1373 (2001)", Some(Lang::Ar)),
            "https://undocs.org/ar/S/RES/1373(2001)"
        );
        assert_eq!(
            url("A/RES/68/247 B", None),
            "https://undocs.org/A/RES/68/247B"
        );
        assert_eq!(
            url("A/51/135-E/1996/51", Some(Lang::En)),
            "https://undocs.org/en/A/51/135"
        );
        assert_eq!(
            url("ST/AI/2001/5*", Some(Lang::Zh)),
            "https://undocs.org/zh/ST/AI/2001/5"
        );
        assert_eq!(
            url("TD/B/C.1/IRON ORE/2", None),
            "https://undocs.org/TD/B/C.1/IRON%20ORE/2"
        );
        assert_eq!(
            version("A/RES/51/60@es@1997-01-28").url(),
            "https://undocs.org/es/A/RES/51/60"
        );
    }

    proptest::proptest! {
        #[test]
        fn version_strings_round_trip(
            symbol in proptest::sample::select(vec![
                "A/RES/51/60", "S/RES/1373 (2001)", "A/RES/217 A (III)", "ST/AI/2001/5*",
                "A/51/610/Add.1/Corr.2", "A/51/135-E/1996/51", "A/62/17 (Part I)",
            ]),
            lang in proptest::sample::select(Lang::ALL.to_vec()),
            (year, month, day) in (1946u16..2100, 1u8..=12, 1u8..=28),
            text in proptest::option::of("\\PC{0,20}"),
        ) {
            let date = Date::new(year, month, day).unwrap();
            let mut v = DocumentVersion::new(symbol.parse().unwrap(), lang, date);
            if let Some(text) = &text {
                v = v.with_content(text);
            }
            let printed = v.to_string();
            let back: DocumentVersion = printed.parse().unwrap();
            proptest::prop_assert_eq!(back.to_string(), printed);
            proptest::prop_assert_eq!(&back.symbol, &v.symbol);
            if let Some(text) = &text {
                proptest::prop_assert!(back.matches_content(text));
            }
            let json = serde_json::to_string(&v).unwrap();
            proptest::prop_assert_eq!(serde_json::from_str::<DocumentVersion>(&json).unwrap(), v);
        }
    }
}
