//! The one localiser: a Fluent bundle per language, built once from resources embedded
//! in the binary, with English and then the message id as fallbacks.
//!
//! Header data (ordinals, month names, masthead phrases) and interface messages all go
//! through [`Localizer::format`], so a phrase exists in exactly one place.

use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use sixfold_core::Lang;
use unic_langid::LanguageIdentifier;

use crate::numerals::render_chinese_numeral;

/// Every embedded Fluent resource: language, file name (for error messages) and text.
pub const RESOURCES: &[(Lang, &str, &str)] = &[
    (
        Lang::Ar,
        "ar/header.ftl",
        include_str!("../locales/ar/header.ftl"),
    ),
    (
        Lang::Ar,
        "ar/cli.ftl",
        include_str!("../locales/ar/cli.ftl"),
    ),
    (
        Lang::Ar,
        "ar/check.ftl",
        include_str!("../locales/ar/check.ftl"),
    ),
    (
        Lang::Ar,
        "ar/export.ftl",
        include_str!("../locales/ar/export.ftl"),
    ),
    (
        Lang::Ar,
        "ar/review.ftl",
        include_str!("../locales/ar/review.ftl"),
    ),
    (
        Lang::Ar,
        "ar/input.ftl",
        include_str!("../locales/ar/input.ftl"),
    ),
    (
        Lang::Zh,
        "zh/header.ftl",
        include_str!("../locales/zh/header.ftl"),
    ),
    (
        Lang::Zh,
        "zh/cli.ftl",
        include_str!("../locales/zh/cli.ftl"),
    ),
    (
        Lang::Zh,
        "zh/check.ftl",
        include_str!("../locales/zh/check.ftl"),
    ),
    (
        Lang::Zh,
        "zh/export.ftl",
        include_str!("../locales/zh/export.ftl"),
    ),
    (
        Lang::Zh,
        "zh/review.ftl",
        include_str!("../locales/zh/review.ftl"),
    ),
    (
        Lang::Zh,
        "zh/input.ftl",
        include_str!("../locales/zh/input.ftl"),
    ),
    (
        Lang::En,
        "en/header.ftl",
        include_str!("../locales/en/header.ftl"),
    ),
    (
        Lang::En,
        "en/cli.ftl",
        include_str!("../locales/en/cli.ftl"),
    ),
    (
        Lang::En,
        "en/check.ftl",
        include_str!("../locales/en/check.ftl"),
    ),
    (
        Lang::En,
        "en/export.ftl",
        include_str!("../locales/en/export.ftl"),
    ),
    (
        Lang::En,
        "en/review.ftl",
        include_str!("../locales/en/review.ftl"),
    ),
    (
        Lang::En,
        "en/input.ftl",
        include_str!("../locales/en/input.ftl"),
    ),
    (
        Lang::Fr,
        "fr/header.ftl",
        include_str!("../locales/fr/header.ftl"),
    ),
    (
        Lang::Fr,
        "fr/cli.ftl",
        include_str!("../locales/fr/cli.ftl"),
    ),
    (
        Lang::Fr,
        "fr/check.ftl",
        include_str!("../locales/fr/check.ftl"),
    ),
    (
        Lang::Fr,
        "fr/export.ftl",
        include_str!("../locales/fr/export.ftl"),
    ),
    (
        Lang::Fr,
        "fr/review.ftl",
        include_str!("../locales/fr/review.ftl"),
    ),
    (
        Lang::Fr,
        "fr/input.ftl",
        include_str!("../locales/fr/input.ftl"),
    ),
    (
        Lang::Ru,
        "ru/header.ftl",
        include_str!("../locales/ru/header.ftl"),
    ),
    (
        Lang::Ru,
        "ru/cli.ftl",
        include_str!("../locales/ru/cli.ftl"),
    ),
    (
        Lang::Ru,
        "ru/check.ftl",
        include_str!("../locales/ru/check.ftl"),
    ),
    (
        Lang::Ru,
        "ru/export.ftl",
        include_str!("../locales/ru/export.ftl"),
    ),
    (
        Lang::Ru,
        "ru/review.ftl",
        include_str!("../locales/ru/review.ftl"),
    ),
    (
        Lang::Ru,
        "ru/input.ftl",
        include_str!("../locales/ru/input.ftl"),
    ),
    (
        Lang::Es,
        "es/header.ftl",
        include_str!("../locales/es/header.ftl"),
    ),
    (
        Lang::Es,
        "es/cli.ftl",
        include_str!("../locales/es/cli.ftl"),
    ),
    (
        Lang::Es,
        "es/check.ftl",
        include_str!("../locales/es/check.ftl"),
    ),
    (
        Lang::Es,
        "es/export.ftl",
        include_str!("../locales/es/export.ftl"),
    ),
    (
        Lang::Es,
        "es/review.ftl",
        include_str!("../locales/es/review.ftl"),
    ),
    (
        Lang::Es,
        "es/input.ftl",
        include_str!("../locales/es/input.ftl"),
    ),
];

/// Arguments for a message: numbers stay numbers so Fluent selectors can match them.
#[derive(Debug, Default)]
pub struct Args<'a>(FluentArgs<'a>);

impl<'a> Args<'a> {
    #[must_use]
    pub fn new() -> Self {
        Args(FluentArgs::new())
    }

    /// Adds a numeric argument (selectors such as `[1]` or `[one]` match on it).
    #[must_use]
    pub fn num(mut self, name: &'static str, value: u32) -> Self {
        self.0.set(name, FluentValue::from(value));
        self
    }

    /// Adds a count or other whole number that may exceed `u32` (findings, lines).
    #[must_use]
    pub fn count(mut self, name: &'static str, value: usize) -> Self {
        self.0.set(name, FluentValue::from(value));
        self
    }

    /// Adds an argument already converted to a Fluent value, under a name known only at
    /// run time (the arguments a check finding carries).
    #[must_use]
    pub(crate) fn value(mut self, name: String, value: FluentValue<'a>) -> Self {
        self.0.set(name, value);
        self
    }

    /// Adds a text argument (symbols, item lists, already formatted dates).
    #[must_use]
    pub fn text(mut self, name: &'static str, value: impl Into<Cow<'a, str>>) -> Self {
        self.0.set(name, FluentValue::String(value.into()));
        self
    }

    /// The arguments by name, in the order Fluent keeps them (sorted by name).
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &FluentValue<'_>)> {
        self.0.iter()
    }
}

/// The two parts of a language's resources, each its own bundle built on first use: the
/// reader's phrases (`header.ftl`: ordinals, dates, headings), which it needs in every
/// language of a document, and the interface messages (every other file), which a run
/// needs in its interface language (and English, the fallback) only. A test checks that
/// no message refers to a message of the other part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Header,
    Interface,
}

impl Part {
    /// Both parts, in the order a message is looked up.
    pub const ALL: [Part; 2] = [Part::Header, Part::Interface];

    /// The part an embedded resource file (`RESOURCES` name) belongs to.
    #[must_use]
    pub fn of_file(name: &str) -> Part {
        if name.ends_with("/header.ftl") {
            Part::Header
        } else {
            Part::Interface
        }
    }

    fn index(self) -> usize {
        match self {
            Part::Header => 0,
            Part::Interface => 1,
        }
    }
}

/// Fluent bundles for the six languages, each part of each language parsed the first time
/// a message of it is asked for: `sixfold --version` parses one part of one language, not
/// the 36 files (about 8 M instructions and 2 MB of heap for all of them).
pub struct Localizer {
    isolating: bool,
    /// Indexed by [`Lang::index`], then [`Part::index`].
    bundles: [[OnceLock<FluentBundle<FluentResource>>; 2]; 6],
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer")
            .field("languages", &Lang::ALL)
            .field("isolating", &self.isolating)
            .finish_non_exhaustive()
    }
}

impl Localizer {
    /// A localiser for the six languages (bundles are parsed when first used).
    /// `isolating` controls Unicode bidi isolation marks around placeables: off for
    /// terminal text, parsing and JSON; on only where right-to-left text with embedded
    /// data goes to a bidi-aware viewer.
    #[must_use]
    pub fn new(isolating: bool) -> Self {
        Localizer {
            isolating,
            bundles: [const { [const { OnceLock::new() }, const { OnceLock::new() }] }; 6],
        }
    }

    /// The bundle of one part of one language, parsed on first use.
    fn part(&self, lang: Lang, part: Part) -> &FluentBundle<FluentResource> {
        self.bundles[lang.index()][part.index()]
            .get_or_init(|| build_bundle(lang, part, self.isolating))
    }

    /// The shared localiser without bidi isolation marks, used for parsing and terminal text.
    pub fn plain() -> &'static Localizer {
        static PLAIN: OnceLock<Localizer> = OnceLock::new();
        PLAIN.get_or_init(|| Localizer::new(false))
    }

    /// The shared localiser with bidi isolation marks (FSI … PDI) around every placeable,
    /// for right-to-left messages with embedded data shown by a bidi-aware viewer (the
    /// HTML review page in Arabic). Never for terminal text, file paths or JSON.
    pub fn isolating() -> &'static Localizer {
        static ISOLATING: OnceLock<Localizer> = OnceLock::new();
        ISOLATING.get_or_init(|| Localizer::new(true))
    }

    /// The localiser for text in `ui` shown by a bidi-aware viewer: isolating for a
    /// right-to-left language, plain otherwise (marks in left-to-right text would only
    /// be noise, and the English output must stay byte-identical).
    #[must_use]
    pub fn for_viewer(ui: Lang) -> &'static Localizer {
        match ui.direction() {
            sixfold_core::Direction::Rtl => Localizer::isolating(),
            sixfold_core::Direction::Ltr => Localizer::plain(),
        }
    }

    /// The bundle of `lang` that defines message `id` (message ids are unique across a
    /// language's files, which the resources test checks), header part first: the reader
    /// asks for header messages far more often than anything asks for the others.
    fn bundle(&self, lang: Lang, id: &str) -> Option<&FluentBundle<FluentResource>> {
        Part::ALL
            .into_iter()
            .map(|part| self.part(lang, part))
            .find(|bundle| bundle.has_message(id))
    }

    /// Whether `lang` itself (without fallback) defines the message.
    #[must_use]
    pub fn has_message(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang, id)
            .and_then(|bundle| bundle.get_message(id))
            .is_some_and(|m| m.value().is_some())
    }

    /// Formats message `id` in `lang`, falling back to English and then to the id itself,
    /// so a missing translation shows up as English text rather than as nothing.
    #[must_use]
    pub fn format(&self, lang: Lang, id: &str, args: &Args<'_>) -> String {
        for candidate in [lang, Lang::En] {
            if let Some(text) = self.format_in(candidate, id, None, args) {
                return text;
            }
        }
        id.to_owned()
    }

    /// Formats an attribute of a message in `lang` only. Attributes hold parse-only
    /// alternative spellings (`.variant`), which have no meaning in another language.
    #[must_use]
    pub fn format_attribute(
        &self,
        lang: Lang,
        id: &str,
        attribute: &str,
        args: &Args<'_>,
    ) -> Option<String> {
        self.format_in(lang, id, Some(attribute), args)
    }

    fn format_in(
        &self,
        lang: Lang,
        id: &str,
        attribute: Option<&str>,
        args: &Args<'_>,
    ) -> Option<String> {
        let bundle = self.bundle(lang, id)?;
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args.0), &mut errors);
        Some(text.into_owned())
    }
}

/// The bundle of one part of `lang`'s resources.
fn build_bundle(lang: Lang, part: Part, isolating: bool) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = lang
        .code()
        .parse()
        .expect("this cannot fail because two-letter ISO codes are valid language identifiers");
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(isolating);
    add_functions(&mut bundle);
    for (res_lang, name, text) in RESOURCES {
        if *res_lang != lang || Part::of_file(name) != part {
            continue;
        }
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(
            // The resources test parses every file and fails on any error, so a broken
            // resource never reaches a build that passed tests; keep what parsed rather
            // than losing the language.
            |(resource, _errors)| resource,
        );
        // An error here means two files of one language define the same id, which the
        // resources test rejects; the first definition is kept either way.
        let _duplicates = bundle.add_resource(resource);
    }
    bundle
}

/// A non-negative integer argument of a Fluent function, if it is one.
fn integer_arg(args: &[FluentValue<'_>]) -> Option<u64> {
    match args.first() {
        // The guard makes the value a non-negative whole number, so the cast keeps it.
        #[allow(clippy::cast_sign_loss)]
        Some(FluentValue::Number(n)) if n.value >= 0.0 && n.value.fract() == 0.0 => {
            Some(n.value as u64)
        }
        _ => None,
    }
}

/// Functions the resources may call. They do arithmetic and script conversion only; every
/// word stays in the `.ftl` files.
fn add_functions(bundle: &mut FluentBundle<FluentResource>) {
    type Function = fn(&[FluentValue<'_>]) -> FluentValue<'static>;
    let functions: [(&str, Function); 4] = [
        // Tens digit of a number, so ordinals can be composed from a tens word and a units word.
        ("TENS", |args| {
            integer_arg(args).map_or(FluentValue::Error, |n| {
                FluentValue::from((n / 10 % 10) as u32)
            })
        }),
        // Units digit of a number.
        ("UNITS", |args| {
            integer_arg(args).map_or(FluentValue::Error, |n| FluentValue::from((n % 10) as u32))
        }),
        // A number written in Chinese numerals (五十一), as in 第五十一届会议.
        ("HANZI", |args| {
            integer_arg(args)
                .and_then(|n| u32::try_from(n).ok())
                .and_then(render_chinese_numeral)
                .map_or(FluentValue::Error, |s| FluentValue::String(Cow::Owned(s)))
        }),
        // Upper-cases the first letter of a text, so a heading can start with an ordinal
        // that is lowercase in running text.
        ("CAPITALIZE", |args| match args.first() {
            Some(FluentValue::String(s)) => {
                let mut chars = s.chars();
                let text: String = match chars.next() {
                    Some(first) => first.to_uppercase().chain(chars).collect(),
                    None => String::new(),
                };
                FluentValue::String(Cow::Owned(text))
            }
            _ => FluentValue::Error,
        }),
    ];
    for (name, function) in functions {
        bundle
            .add_function(name, move |args, _named| function(args))
            .expect(
                "this cannot fail because each function name is registered once on a fresh bundle",
            );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_with_numbers_and_falls_back_to_the_id() {
        let l = Localizer::plain();
        assert_eq!(
            l.format(Lang::En, "heading-article", &Args::new().num("n", 7)),
            "Article 7"
        );
        assert_eq!(
            l.format(Lang::Fr, "heading-article", &Args::new().num("n", 1)),
            "Article premier"
        );
        assert_eq!(
            l.format(Lang::Ru, "no-such-message", &Args::new()),
            "no-such-message"
        );
    }

    #[test]
    fn isolation_marks_only_when_asked() {
        let args = Args::new().num("n", 7);
        let plain = Localizer::plain().format(Lang::Ar, "heading-article", &args);
        assert!(!plain.contains('\u{2068}'));
        let isolated = Localizer::new(true).format(Lang::Ar, "heading-article", &args);
        assert!(isolated.contains('\u{2068}') && isolated.contains('\u{2069}'));
    }
}
