//! The six languages' Fluent resources must parse and agree: the same message ids, the
//! same variables per message, one default variant on every selector, and only the
//! functions the localiser registers. Every file of every language is covered (header,
//! cli, check and export), and each language must have the same set of files.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use sixfold_core::Lang;
use sixfold_l10n::Args;
use sixfold_l10n::localizer::RESOURCES;

const FUNCTIONS: [&str; 4] = ["TENS", "UNITS", "HANZI", "CAPITALIZE"];

/// What one message uses directly.
#[derive(Debug, Default)]
struct Uses {
    variables: BTreeSet<String>,
    messages: BTreeSet<String>,
    functions: BTreeSet<String>,
    selectors_without_one_default: usize,
}

fn walk_pattern(pattern: &ast::Pattern<&str>, uses: &mut Uses) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, uses);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, uses: &mut Uses) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, uses),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, uses);
            if variants.iter().filter(|v| v.default).count() != 1 {
                uses.selectors_without_one_default += 1;
            }
            for variant in variants {
                walk_pattern(&variant.value, uses);
            }
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, uses: &mut Uses) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            uses.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            uses.messages.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            uses.functions.insert(id.name.to_owned());
            for arg in &arguments.positional {
                walk_inline(arg, uses);
            }
            for arg in &arguments.named {
                walk_inline(&arg.value, uses);
            }
        }
        ast::InlineExpression::TermReference { arguments, .. } => {
            for arg in arguments.iter().flat_map(|a| a.positional.iter()) {
                walk_inline(arg, uses);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, uses),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

/// Per message: (value uses, attribute name → attribute uses).
type Messages = BTreeMap<String, (Uses, BTreeMap<String, Uses>)>;

/// The resource files of one language, each with its name, parsed (a file that does not
/// parse fails the test that reads it).
fn parsed(lang: Lang) -> impl Iterator<Item = (&'static str, ast::Resource<&'static str>)> {
    RESOURCES
        .iter()
        .filter(move |(res_lang, _, _)| *res_lang == lang)
        .map(|(_, name, text)| {
            let resource = fluent_syntax::parser::parse(*text)
                .unwrap_or_else(|(_, errors)| panic!("{name} does not parse: {errors:?}"));
            (*name, resource)
        })
}

fn messages_of(lang: Lang) -> Messages {
    let mut out = Messages::new();
    for (name, resource) in parsed(lang) {
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let mut value = Uses::default();
                    if let Some(pattern) = &message.value {
                        walk_pattern(pattern, &mut value);
                    }
                    let mut attributes = BTreeMap::new();
                    for attribute in &message.attributes {
                        let mut uses = Uses::default();
                        walk_pattern(&attribute.value, &mut uses);
                        attributes.insert(attribute.id.name.to_owned(), uses);
                    }
                    let previous = out.insert(message.id.name.to_owned(), (value, attributes));
                    assert!(
                        previous.is_none(),
                        "{name}: `{}` defined twice",
                        message.id.name
                    );
                }
                ast::Entry::Term(term) => panic!(
                    "{name}: term `-{}`: terms cannot see message variables, use a message",
                    term.id.name
                ),
                ast::Entry::Junk { content } => panic!("{name}: junk `{content}`"),
                _ => {}
            }
        }
    }
    out
}

/// Variables a message needs, following references to other messages (which share the
/// caller's arguments).
fn variables(messages: &Messages, id: &str, seen: &mut BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if !seen.insert(id.to_owned()) {
        return out;
    }
    if let Some((uses, _)) = messages.get(id) {
        out.extend(uses.variables.iter().cloned());
        for referenced in &uses.messages {
            out.extend(variables(messages, referenced, seen));
        }
    }
    out
}

#[test]
fn every_language_defines_the_same_messages_with_the_same_variables() {
    let english = messages_of(Lang::En);
    assert!(
        english.len() > 20,
        "English defines only {} messages",
        english.len()
    );
    for lang in Lang::ALL {
        let messages = messages_of(lang);
        let ids: BTreeSet<_> = messages.keys().collect();
        let english_ids: BTreeSet<_> = english.keys().collect();
        assert_eq!(ids, english_ids, "{lang}: message ids differ from English");
        for id in messages.keys() {
            let vars = variables(&messages, id, &mut BTreeSet::new());
            let english_vars = variables(&english, id, &mut BTreeSet::new());
            assert_eq!(
                vars, english_vars,
                "{lang}: `{id}` uses other variables than English"
            );
        }
    }
}

#[test]
fn selectors_have_one_default_and_references_resolve() {
    for lang in Lang::ALL {
        let messages = messages_of(lang);
        for (id, (value, attributes)) in &messages {
            let value_vars = variables(&messages, id, &mut BTreeSet::new());
            for uses in std::iter::once(value).chain(attributes.values()) {
                assert_eq!(uses.selectors_without_one_default, 0, "{lang}: `{id}`");
                for referenced in &uses.messages {
                    assert!(
                        messages.contains_key(referenced),
                        "{lang}: `{id}` refers to missing `{referenced}`"
                    );
                }
                for function in &uses.functions {
                    assert!(
                        FUNCTIONS.contains(&function.as_str()),
                        "{lang}: `{id}` calls unknown {function}()"
                    );
                }
            }
            for (name, uses) in attributes {
                // Attributes are parse-only spellings; they cannot ask for more input.
                let mut attr_vars = uses.variables.clone();
                for referenced in &uses.messages {
                    attr_vars.extend(variables(&messages, referenced, &mut BTreeSet::new()));
                }
                assert!(
                    attr_vars.is_subset(&value_vars),
                    "{lang}: `{id}.{name}` uses variables the value does not"
                );
                assert_eq!(
                    name, "variant",
                    "{lang}: `{id}.{name}`: only `.variant` is read"
                );
            }
        }
    }
}

/// Fluent writes `{$name}` for a missing variable or message and `NAME()` for a function
/// that failed.
fn broken(text: &str) -> bool {
    text.contains(['{', '}']) || text.contains("()")
}

/// Arguments of the declared kinds for every variable any message uses; `count` feeds
/// every plural selector.
#[allow(clippy::too_many_lines)] // One line per variable that any message uses.
fn sample_args(kind: &'static str, count: u32) -> Args<'static> {
    Args::new()
        .num("n", 51)
        .num("day", 28)
        .num("month", 1)
        .num("year", 1997)
        .num("count", count)
        .text("uid", "1000")
        .text("old", "0")
        .num("committee", 3)
        .num("number", 160)
        .text("kind", kind)
        .text("category", "limited")
        .text("items", "101")
        .text("head", "101")
        .text("last", "102")
        .text("symbol", "A/51/610")
        .text("date", "28 January 1997")
        .text("resolution", "51/60")
        .text("title", "Title")
        .text("numeral", "II")
        // Interface messages (cli.ftl, check.ftl, export.ftl).
        .num("errors", count)
        .num("warnings", count)
        .num("documents", count)
        .num("unusable", 1)
        .num("infos", count)
        .num("pivot_count", count)
        .num("pivot_line", 27)
        .num("line", 27)
        .num("column", 5)
        .num("offset", 4)
        .num("read", 6)
        .num("rows", count)
        .num("versions", 3)
        .num("walked", 40)
        .text("rev", "HEAD")
        .text("first", "0")
        .text("to", "1bb8eb4")
        .text("from", "1f65260")
        .text("from_rev", "HEAD~2")
        .text("to_rev", "HEAD")
        .text("segment", "1  ")
        .text("commit", "1f65260")
        .text("pivot_label", "op.2")
        .text("pivot_commit", "a82df65")
        .text("pivot_date", "2024-01-01")
        .text("summary", "fr: op. 2")
        .text("row", "1")
        .text("folder", "translations/A-TEST-2")
        .text("list", "en.md (modified)")
        .text("place", "translations/A-RES-51-60")
        .num("total", 6)
        .text("severity", "warning")
        .text("field", "agenda-one")
        .text("what", "operative-paragraph")
        .text("script", "Han")
        .text("lang", "fr")
        .text("pivot", "en")
        .text("source", "fr.md")
        .text("label", "op.3")
        .text("labels", "op.3, op.4")
        .text("found", "op.7")
        .text("expected", "op.4")
        .text("missing", "1961")
        .text("extra", "1916")
        .text("previous", "4")
        .text("share", "0.12")
        .text("ratio", "3.10")
        .text("message", "message")
        .text("cause", "cause")
        .text("path", "translations/A-RES-51-60")
        .text("file", "fr.md")
        .text("format", "xliff")
        .text("langs", "en, fr")
        .text("reference", "document.toml")
        .text("report", "A/51/610")
        .text("refs", "1 2")
        .text("reasons", "no anchor")
        .text("confidence", "0.42")
        .text("threshold", "0.75")
        .text("code", "missing-paragraph")
        .text("error", "line 3: expected the distribution line")
        .text("reason", "the French original was corrected")
        .text("id", "numbers-differ:fr:op.3")
        .text("segments", "pre.9..pre.11")
        .text("review_line", "12")
        .text("key", "pin[1].segments")
        .text("problem", "missing key")
        .text("chars", "U+0007, U+202E")
        .text("workdir", "/work")
        .text("detail", "expected `=`")
        // Reading rendering files (input.ftl).
        .text("part", "word/document.xml")
        .text("order", "LE")
        .text("wanted", "en")
        .text("committed", "yes")
        .num("limit", 67_108_864)
        .text("value", "xx")
        // clap's words and command-line mistakes (cli.ftl).
        .text("values", "text, json")
        .text("arg", "--format <FORMAT>")
        .text("args", "--format <FORMAT>")
        .text("command", "chek")
        .text("why", "unknown language")
        .num("first", 3)
        .num("second", 9)
}

/// Every message renders in every language with arguments of the declared kinds, without
/// the `{…}` Fluent writes in place of a missing variable, message or function result.
#[test]
fn every_message_renders_cleanly() {
    use sixfold_l10n::Localizer;
    let l = Localizer::plain();
    for lang in Lang::ALL {
        for id in messages_of(lang).keys() {
            // Counts that reach every plural category of the six languages (Arabic zero,
            // one, two, few, many; Russian one, few, many).
            for (kind, count) in [
                ("regular", 0),
                ("special", 1),
                ("emergency", 2),
                ("regular", 3),
                ("special", 11),
                ("emergency", 21),
                ("regular", 100),
            ] {
                let args = sample_args(kind, count);
                let text = l.format(lang, id, &args);
                assert!(
                    !broken(&text) && text != *id,
                    "{lang}: `{id}` renders as `{text}`"
                );
                if let Some(variant) = l.format_attribute(lang, id, "variant", &args) {
                    assert!(
                        !broken(&variant),
                        "{lang}: `{id}.variant` renders as `{variant}`"
                    );
                }
            }
        }
    }
}

/// The same files in every language, each message in the file of the same name, so a
/// translator working on `fr/check.ftl` sees every message `en/check.ftl` has.
#[test]
fn every_language_has_the_same_files_with_the_same_messages() {
    let files_of = |lang: Lang| -> BTreeMap<String, BTreeSet<String>> {
        RESOURCES
            .iter()
            .filter(|(l, _, _)| *l == lang)
            .map(|(_, name, text)| {
                let file = name.split_once('/').map_or(*name, |(_, f)| f).to_owned();
                let resource = fluent_syntax::parser::parse(*text)
                    .unwrap_or_else(|(_, errors)| panic!("{name} does not parse: {errors:?}"));
                let ids = resource
                    .body
                    .iter()
                    .filter_map(|e| match e {
                        ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                        _ => None,
                    })
                    .collect();
                (file, ids)
            })
            .collect()
    };
    let english = files_of(Lang::En);
    assert!(english.len() >= 4, "{:?}", english.keys());
    for lang in Lang::ALL {
        assert_eq!(
            files_of(lang),
            english,
            "{lang}: files or their messages differ"
        );
    }
}

/// The HTML page writes export messages without escaping them (their arguments are
/// escaped before formatting), so they must hold no markup characters; and no message may
/// carry its own bidi controls: isolation is the localiser's job, on the HTML page only.
#[test]
fn interface_texts_are_markup_free_and_carry_no_bidi_controls() {
    for (lang, name, text) in RESOURCES {
        for (i, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            let control = line.chars().find(|c| {
                matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
            });
            assert_eq!(control, None, "{lang} {name}:{}: bidi control", i + 1);
            if name.ends_with("export.ftl") {
                // `->` is Fluent's selector arrow, not text.
                assert!(
                    !line.replace("->", "").contains(['<', '>', '&', '"']),
                    "{lang} {name}:{}: markup character in `{line}`",
                    i + 1
                );
            }
        }
    }
}

/// The localiser parses a language's header part and its interface part separately
/// (`Part`), so a message may only refer to messages of its own part.
#[test]
fn messages_refer_only_to_messages_of_their_own_part() {
    use sixfold_l10n::localizer::Part;
    for lang in Lang::ALL {
        let mut part_of: BTreeMap<String, Part> = BTreeMap::new();
        let mut references: Vec<(String, String)> = Vec::new();
        for (name, resource) in parsed(lang) {
            for entry in resource.body {
                if let ast::Entry::Message(message) = entry {
                    let mut uses = Uses::default();
                    if let Some(pattern) = &message.value {
                        walk_pattern(pattern, &mut uses);
                    }
                    for attribute in &message.attributes {
                        walk_pattern(&attribute.value, &mut uses);
                    }
                    let id = message.id.name.to_owned();
                    part_of.insert(id.clone(), Part::of_file(name));
                    references.extend(uses.messages.into_iter().map(|r| (id.clone(), r)));
                }
            }
        }
        assert!(
            part_of.values().any(|p| *p == Part::Header)
                && part_of.values().any(|p| *p == Part::Interface),
            "{lang}: both parts have messages"
        );
        for (id, referenced) in references {
            assert_eq!(
                part_of.get(&id),
                part_of.get(&referenced),
                "{lang}: `{id}` refers to `{referenced}` of the other part"
            );
        }
    }
}
