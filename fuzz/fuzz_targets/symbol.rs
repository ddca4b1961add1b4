//! Fuzz target: the symbol parser, citation expander and version-id parser must accept any
//! text without panicking, and whatever parses must print to a form that parses back to
//! the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sixfold_core::{DocumentVersion, Symbol, citation};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match text.parse::<Symbol>() {
        Ok(symbol) => {
            let printed = symbol.to_string();
            let again: Symbol = printed
                .parse()
                .unwrap_or_else(|e| panic!("printed form `{printed}` of `{text}` fails: {e}"));
            assert_eq!(again, symbol, "`{text}` → `{printed}`");
            let compact = symbol.compact();
            let from_compact: Symbol = compact
                .parse()
                .unwrap_or_else(|e| panic!("compact form `{compact}` of `{text}` fails: {e}"));
            assert_eq!(from_compact.compact(), compact);
            // The accessors must not panic either.
            let _ = (symbol.base(), symbol.version_chain(), symbol.resolution());
            let _ = (
                symbol.session(),
                symbol.akn_number(),
                symbol.undocs_url(None),
            );
        }
        Err(e) => {
            assert!(
                e.offset <= text.len() && text.is_char_boundary(e.offset),
                "{e} for `{text}`"
            );
        }
    }
    let _ = citation::expand(&text);
    if let Ok(version) = text.parse::<DocumentVersion>() {
        let printed = version.to_string();
        // The string form shortens a long digest, so compare printed forms.
        let again = printed.parse::<DocumentVersion>().map(|v| v.to_string());
        assert_eq!(again.as_ref(), Ok(&printed), "`{text}`");
    }
});
