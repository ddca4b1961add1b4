//! What a United Nations document *is*: its symbol, its language, its versions and the
//! metadata its header carries.
//!
//! This crate has no I/O beyond parsing strings; every other sixfold crate builds on it.
//!
//! - [`symbol`]: document symbols (`A/RES/51/60`, `S/RES/1373 (2001)`, `A/51/610/Add.1/Corr.2`),
//!   parsed, normalised and printed in the Editorial Manual's and the catalogue's forms.
//! - [`citation`]: the shorthand of running text ("A/64/13 and Add.1") expanded to symbols.
//! - [`id`]: versioned document ids, content digests, Akoma Ntoso IRIs, undocs.org addresses.
//! - [`meta`]: what a header says and the `document.toml` of a document folder.
//! - [`date`], [`session`], [`organ`], [`agenda`]: the values a header is made of; leaf
//!   modules that import nothing from the others but [`lang`], so `symbol` and `meta` both
//!   build on them without importing each other's.
//! - [`lang`]: the six official languages.
//!
//! ```
//! use sixfold_core::{DocumentVersion, Lang, Symbol};
//!
//! let symbol: Symbol = "a/res/51/60".parse()?;
//! assert_eq!(symbol.to_string(), "A/RES/51/60");
//! assert_eq!(symbol.resolution().as_deref(), Some("51/60"));
//!
//! let version = DocumentVersion::new(symbol, Lang::Fr, "1997-01-28".parse()?);
//! assert_eq!(version.to_string(), "A/RES/51/60@fr@1997-01-28");
//! assert_eq!(version.url(), "https://undocs.org/fr/A/RES/51/60");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

/// Serialises each type as its `Display` text and reads it back through `FromStr`, so a
/// symbol, date or agenda item is written in JSON and TOML exactly as people write it, and
/// a value that does not parse is the parser's own error.
macro_rules! serde_as_text {
    ($($t:ty),+) => {$(
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <String as serde::Deserialize>::deserialize(d)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    )+};
}

pub mod lang;

pub use lang::{Direction, Lang, UnknownLang};
pub mod agenda;
pub mod citation;
pub mod date;
pub mod id;
pub mod meta;
pub mod organ;
pub mod session;
pub mod symbol;

pub use agenda::AgendaItem;
pub use date::Date;
pub use id::{DocumentVersion, IdError, content_digest, content_digest_of_nfc};
pub use meta::{
    Adoption, Distribution, DocumentToml, Header, MetaError, Rendering, RenderingStatus,
};
pub use organ::Organ;
pub use session::Session;
pub use symbol::{
    Component, ComponentKind, Modifier, ModifierKind, Paren, Symbol, SymbolError, SymbolErrorKind,
};
