//! Which language the interface speaks, and the interface messages that need more than a
//! plain [`Localizer::format`] call (check findings, whose arguments arrive as strings).
//!
//! The choice is made once, at the edge (the CLI's `main`): an explicit option first, then
//! `SIXFOLD_LANG`, then the POSIX locale variables, then English. Library code never reads
//! the environment; it receives the chosen [`Lang`].

use fluent_bundle::FluentValue;
use sixfold_core::Lang;

use crate::localizer::{Args, Localizer};

/// The language a locale name such as `fr_FR.UTF-8`, `zh_CN`, `ar` or `es-419` asks for,
/// if it is one of the six. `C` and `POSIX` name no language.
#[must_use]
pub fn lang_from_locale(locale: &str) -> Option<Lang> {
    // `language[_territory][.codeset][@modifier]`, or a BCP 47 tag with `-`.
    let language = locale
        .trim()
        .split(['.', '@'])
        .next()?
        .split(['_', '-'])
        .next()?;
    if language.len() < 2 || language.eq_ignore_ascii_case("c") {
        return None;
    }
    language.parse().ok()
}

/// The interface language from environment variables read through `var`.
///
/// `SIXFOLD_LANG` wins when it names one of the six languages (a value naming another is
/// ignored, so a shared shell profile cannot make the tool unusable). Otherwise the first
/// non-empty of `LC_ALL`, `LC_MESSAGES` and `LANG` decides, as in POSIX: `LC_ALL=C` means
/// English even when `LANG` is French. Anything else is English.
pub fn ui_lang_from(var: impl Fn(&str) -> Option<String>) -> Lang {
    let set = |name: &str| var(name).filter(|v| !v.trim().is_empty());
    if let Some(lang) = set("SIXFOLD_LANG").and_then(|v| lang_from_locale(&v)) {
        return lang;
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(set)
        .and_then(|v| lang_from_locale(&v))
        .unwrap_or(Lang::En)
}

/// [`ui_lang_from`] the process environment.
#[must_use]
pub fn ui_lang_from_env() -> Lang {
    ui_lang_from(|name| std::env::var(name).ok())
}

/// Fluent message id of a check finding's explanation.
#[must_use]
pub fn finding_message_id(code: &str) -> String {
    format!("check-{code}")
}

/// Arguments of a check finding as Fluent arguments.
///
/// The checks store every argument as a string; whole numbers go back to numbers so that
/// plural selectors match them (`[one]` never matches the string "1"). `what` names a
/// kind of number in English words ("operative paragraph") and is passed with hyphens
/// (`operative-paragraph`) because Fluent variant keys cannot contain spaces. The
/// finding's own language and line are added as `lang` (a code) and `line`. An empty
/// value is shown as a dash.
#[must_use]
pub fn finding_args<K: AsRef<str>>(
    lang: Lang,
    line: Option<usize>,
    args: &[(K, String)],
) -> Args<'_> {
    let mut out = Args::new().text("lang", lang.code());
    if let Some(line) = line {
        out = out.count("line", line);
    }
    for (name, value) in args {
        let name = name.as_ref();
        let fluent = if value.is_empty() {
            // An absent value ("no number") would leave a hole in the sentence.
            FluentValue::from("—")
        } else if name == "what" {
            FluentValue::from(value.replace(' ', "-"))
        } else if is_whole_number(value) {
            value
                .parse::<f64>()
                .map_or_else(|_| FluentValue::from(value.as_str()), FluentValue::from)
        } else {
            FluentValue::from(value.as_str())
        };
        out = out.value(name.to_owned(), fluent);
    }
    out
}

/// Digits only, without a leading zero (which a number would lose: "007" stays text).
fn is_whole_number(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 15
        && value.bytes().all(|b| b.is_ascii_digit())
        && (value == "0" || !value.starts_with('0'))
}

impl Localizer {
    /// A check finding explained in `ui`, from message `check-<code>`; `None` when no
    /// language, English included, has that message (a code added to the checks without a
    /// message yet), so the caller can show the finding's own English text.
    #[must_use]
    pub fn finding<K: AsRef<str>>(
        &self,
        ui: Lang,
        code: &str,
        lang: Lang,
        line: Option<usize>,
        args: &[(K, String)],
    ) -> Option<String> {
        let id = finding_message_id(code);
        if !self.has_message(ui, &id) && !self.has_message(Lang::En, &id) {
            return None;
        }
        Some(self.format(ui, &id, &finding_args(lang, line, args)))
    }

    /// The explanation of a finding to show in `ui`. In English it is the finding's own
    /// message (`english`): the checks compose it with details their arguments do not
    /// carry (the kind of segment), and the English exports are pinned byte for byte by
    /// snapshots. In the other languages it is `check-<code>`, or `english` when the code
    /// has no message.
    #[must_use]
    pub fn finding_text<K: AsRef<str>>(
        &self,
        ui: Lang,
        code: &str,
        lang: Lang,
        line: Option<usize>,
        args: &[(K, String)],
        english: &str,
    ) -> String {
        if ui == Lang::En {
            return english.to_owned();
        }
        self.finding(ui, code, lang, line, args)
            .unwrap_or_else(|| english.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn locale_names() {
        assert_eq!(lang_from_locale("fr_FR.UTF-8"), Some(Lang::Fr));
        assert_eq!(lang_from_locale("zh_CN.GB18030"), Some(Lang::Zh));
        assert_eq!(lang_from_locale("ar_EG@latin"), Some(Lang::Ar));
        assert_eq!(lang_from_locale("es-419"), Some(Lang::Es));
        assert_eq!(lang_from_locale("RU"), Some(Lang::Ru));
        assert_eq!(lang_from_locale("C.UTF-8"), None);
        assert_eq!(lang_from_locale("POSIX"), None);
        assert_eq!(lang_from_locale("de_DE.UTF-8"), None);
        assert_eq!(lang_from_locale(""), None);
    }

    #[test]
    fn precedence_of_the_environment() {
        assert_eq!(ui_lang_from(env(&[])), Lang::En);
        assert_eq!(ui_lang_from(env(&[("LANG", "fr_FR.UTF-8")])), Lang::Fr);
        assert_eq!(
            ui_lang_from(env(&[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "ru_RU")])),
            Lang::Ru
        );
        assert_eq!(
            ui_lang_from(env(&[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "C")])),
            Lang::En,
            "LC_ALL=C overrides LANG"
        );
        assert_eq!(
            ui_lang_from(env(&[("LC_ALL", ""), ("LANG", "es_ES")])),
            Lang::Es,
            "an empty variable is unset"
        );
        assert_eq!(
            ui_lang_from(env(&[("SIXFOLD_LANG", "zh"), ("LC_ALL", "fr_FR")])),
            Lang::Zh
        );
        assert_eq!(
            ui_lang_from(env(&[("SIXFOLD_LANG", "klingon"), ("LANG", "ar_SA.UTF-8")])),
            Lang::Ar,
            "an unknown SIXFOLD_LANG falls through to the locale"
        );
    }

    #[test]
    fn finding_numbers_select_plurals() {
        let l = Localizer::plain();
        let args: Vec<(String, String)> = [
            ("count", "1"),
            ("labels", "op.3, op.4"),
            ("pivot", "en"),
            ("pivot_count", "2"),
            ("segment", "op.3"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        let fr = l
            .finding(Lang::Fr, "merged-paragraphs", Lang::Fr, Some(27), &args)
            .expect("a message");
        assert_eq!(
            fr,
            "fr op.3 : paragraphes fusionnés, 2 segments de la version en (op.3, op.4) réunis en un seul"
        );
        let ru = l
            .finding(Lang::Ru, "merged-paragraphs", Lang::Fr, Some(27), &args)
            .expect("a message");
        assert!(ru.contains("объединены 2 сегмента"), "{ru}");
        let ar = l
            .finding(Lang::Ar, "merged-paragraphs", Lang::Fr, Some(27), &args)
            .expect("a message");
        assert!(
            !ar.contains('\u{2068}'),
            "no isolation in terminal text: {ar}"
        );
        assert_eq!(
            l.finding(Lang::Fr, "no-such-check", Lang::Fr, None, &args),
            None
        );
    }

    #[test]
    fn only_plain_whole_numbers_become_numbers() {
        assert!(is_whole_number("1961"));
        assert!(is_whole_number("0"));
        assert!(!is_whole_number("007"));
        assert!(!is_whole_number("1.90"));
        assert!(!is_whole_number("(a)"));
        assert!(!is_whole_number(""));
    }
}
