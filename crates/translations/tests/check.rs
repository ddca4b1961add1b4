//! The translator checks on the bundled document and on copies damaged one way at a time.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sixfold_core::Lang;
use sixfold_translations::align::{AlignOptions, align};
use sixfold_translations::check::check;
use sixfold_translations::read::read_str;
use sixfold_translations::{Document, DocumentSet, Finding, Severity};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../translations/A-RES-51-60")
}

fn bundled() -> DocumentSet {
    DocumentSet::load_dir(&dir()).expect("the bundled document loads")
}

fn source(lang: Lang) -> String {
    std::fs::read_to_string(dir().join(format!("{}.md", lang.code())))
        .expect("the rendering is readable")
}

/// Checks the bundled set with one rendering replaced by an edited copy of its text.
fn check_edited(lang: Lang, edit: impl Fn(&str) -> String) -> Vec<Finding> {
    let set = bundled();
    let mut docs = set.docs.clone();
    let text = edit(&source(lang));
    docs.insert(lang, read_str(lang, &format!("{lang}.md"), &text));
    run(&docs, &set)
}

fn run(docs: &BTreeMap<Lang, Document>, set: &DocumentSet) -> Vec<Finding> {
    let al = align(docs, &AlignOptions::default());
    check(docs, &al, set.meta.as_ref())
}

fn codes(findings: &[Finding], lang: Lang) -> Vec<&str> {
    findings
        .iter()
        .filter(|f| f.lang == lang)
        .map(|f| &*f.code)
        .collect()
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("the needle occurs")
        + 1
}

#[test]
fn the_bundled_document_is_clean() {
    let set = bundled();
    let findings = run(&set.docs, &set);
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn an_empty_rendering_is_an_error() {
    let f = check_edited(Lang::Zh, |_| String::new());
    assert!(f.iter().any(|f| f.code == "empty-rendering"
        && f.lang == Lang::Zh
        && f.severity == Severity::Error));
}

#[test]
fn a_declared_rendering_that_is_absent_is_reported() {
    let set = bundled();
    let mut docs = set.docs.clone();
    docs.remove(&Lang::Ru);
    let f = run(&docs, &set);
    assert_eq!(codes(&f, Lang::Ru), ["missing-rendering"]);
}

#[test]
fn a_lost_footnote_marker_is_reported_on_its_paragraph() {
    let fr = source(Lang::Fr);
    let line = line_of(&fr, "Convention unique sur les stupéfiants");
    let f = check_edited(Lang::Fr, |t| t.replacen("<sup>4</sup>", "", 1));
    assert!(
        f.iter().any(|f| f.code == "footnote-marker-mismatch"
            && f.lang == Lang::Fr
            && f.line == Some(line)),
        "{f:#?}"
    );
    assert!(codes(&f, Lang::Fr).contains(&"footnote-unreferenced"));
}

#[test]
fn untranslated_and_wrong_script_paragraphs_are_reported() {
    let en = source(Lang::En);
    let art1 = en
        .lines()
        .find(|l| l.starts_with("Member States shall seek"))
        .unwrap()
        .to_owned();
    let zh = source(Lang::Zh);
    let zh_art1 = zh
        .lines()
        .find(|l| l.starts_with("会员国应") && l.len() > 200)
        .unwrap()
        .to_owned();
    let f = check_edited(Lang::Zh, |t| t.replacen(&zh_art1, &art1, 1));
    assert!(
        codes(&f, Lang::Zh).contains(&"untranslated-paragraph"),
        "{f:#?}"
    );

    let fr = source(Lang::Fr);
    let fr_art1 = fr
        .lines()
        .find(|l| {
            l.starts_with("Les États Membres s'efforcent")
                || l.starts_with("Les États Membres chercheront")
        })
        .map(str::to_owned);
    if let Some(fr_art1) = fr_art1 {
        let f = check_edited(Lang::Zh, |t| t.replacen(&zh_art1, &fr_art1, 1));
        assert!(codes(&f, Lang::Zh).contains(&"wrong-script"), "{f:#?}");
    }
}

#[test]
fn a_changed_symbol_is_reported() {
    let f = check_edited(Lang::Es, |t| t.replacen("A/51/610", "A/51/601", 1));
    let es = codes(&f, Lang::Es);
    assert!(
        es.contains(&"symbols-differ") && es.contains(&"numbers-differ"),
        "{f:#?}"
    );
}

#[test]
fn split_and_extra_paragraphs_are_reported() {
    let es = source(Lang::Es);
    let art8 = es
        .lines()
        .skip_while(|l| !l.contains("Artículo 8"))
        .nth(2)
        .unwrap()
        .to_owned();
    let cut = art8.find(". ").expect("two sentences") + 1;
    let (a, b) = art8.split_at(cut);
    let f = check_edited(Lang::Es, |t| {
        t.replacen(&art8, &format!("{a}\n\n{}", b.trim()), 1)
    });
    assert!(codes(&f, Lang::Es).contains(&"split-paragraph"), "{f:#?}");

    let extra = "Los Estados Miembros también acuerdan examinar periódicamente la aplicación de la presente Declaración en sus informes nacionales.";
    let f = check_edited(Lang::Es, |t| {
        t.replacen(&art8, &format!("{art8}\n\n{extra}"), 1)
    });
    assert!(codes(&f, Lang::Es).contains(&"extra-paragraph"), "{f:#?}");
}

#[test]
fn a_truncated_paragraph_is_a_length_outlier() {
    let ru = source(Lang::Ru);
    let long = ru.lines().max_by_key(|l| l.len()).unwrap().to_owned();
    let short: String = long.chars().take(long.chars().count() / 4).collect();
    let f = check_edited(Lang::Ru, |t| t.replacen(&long, &short, 1));
    assert!(
        f.iter().any(|f| f.code == "length-ratio"
            && f.lang == Lang::Ru
            && f.severity == Severity::Warning),
        "{f:#?}"
    );
}

#[test]
fn findings_are_sorted_and_deterministic() {
    let f = check_edited(Lang::Fr, |t| {
        t.replace("\n4. ", " 4. ").replacen("1961", "1916", 1)
    });
    let again = check_edited(Lang::Fr, |t| {
        t.replace("\n4. ", " 4. ").replacen("1961", "1916", 1)
    });
    assert_eq!(f, again);
    let keys: Vec<_> = f.iter().map(|f| (f.lang, f.line.unwrap_or(0))).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    assert!(
        f.iter()
            .all(|f| f.code.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
    );
}

fn labels(doc: &Document) -> Vec<Option<String>> {
    doc.segments
        .iter()
        .map(|s| s.label.as_ref().map(ToString::to_string))
        .collect()
}

/// Asserts that an edited rendering reads into the same labels as the bundled one and that
/// the checks find nothing in it.
fn same_structure_and_clean(lang: Lang, edit: impl Fn(&str) -> String) {
    let clean = read_str(lang, "clean", &source(lang));
    let edited_text = edit(&source(lang));
    assert_ne!(edited_text, source(lang), "the edit must change the text");
    let edited = read_str(lang, "edited", &edited_text);
    assert_eq!(labels(&edited), labels(&clean), "{lang}");
    let findings = check_edited(lang, edit);
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn a_no_break_space_in_a_french_heading_keeps_the_article() {
    same_structure_and_clean(Lang::Fr, |t| {
        t.replace("#### Article 7", "#### Article\u{a0}7")
            .replace("#### Article 8", "#### Article\u{202f}8")
            .replace("#### Article 9", "####\u{a0}Article 9")
    });
}

#[test]
fn bidi_marks_in_arabic_headings_keep_the_article() {
    same_structure_and_clean(Lang::Ar, |t| {
        t.replace("#### المادة 7", "\u{200f}#### المادة \u{200f}7")
            .replace("#### المادة 6", "#### \u{61c}المادة 6\u{200e}")
    });
}

#[test]
fn marks_at_paragraph_starts_keep_the_numbering() {
    same_structure_and_clean(Lang::Ar, |t| {
        t.lines()
            .map(|l| {
                if l.starts_with(|c: char| c.is_ascii_digit()) || l.starts_with('(') {
                    format!("\u{200f}{l}")
                } else {
                    l.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    same_structure_and_clean(Lang::Fr, |t| format!("\u{feff}\u{200e}{t}"));
}

#[test]
fn segment_text_keeps_what_the_translator_wrote() {
    let text = "#### المادة \u{200f}7\n\n\u{200f}نص المادة.";
    let doc = read_str(Lang::Ar, "t", text);
    assert_eq!(labels(&doc), [Some("art7".into()), Some("art7.p1".into())]);
    assert_eq!(doc.segments[0].text, "المادة \u{200f}7");
    assert_eq!(doc.segments[1].text, "\u{200f}نص المادة.");
}

/// Three paragraphs of a real excerpt (UN Parallel Corpus development data, document
/// d0000 of `../shared/realdocs/unv1_folders.py build`): paragraphs 3, 4 and 57 of a
/// report, where the French lost the number of paragraph 57 and the Spanish kept all.
fn excerpt() -> BTreeMap<Lang, Document> {
    let texts = [
        (
            Lang::En,
            "3. Report of the outgoing Bureau.\n\n4. Implementation of the recommendations of the thirty-sixth ministerial meeting.\n\n57. The concern previously articulated by the Central African Early Warning Mechanism that the conflict would become religious in nature has become a reality, with clashes between Christians and Muslims resulting in the death of hundreds of people in the city of Bangui over the past few days.\n",
        ),
        (
            Lang::Fr,
            "3. Rapport du bureau sortant.\n\n4. État de mise en œuvre des recommandations de la trente-sixième réunion ministérielle.\n\nLes craintes de voir ce conflit épouser la fibre religieuse que le MARAC formulait auparavant se sont même transformées en réalité, avec une confrontation entre chrétiens et musulmans ; les affrontements entre ces deux communautés ayant fait, au cours des derniers jours, des centaines de morts dans la ville de Bangui.\n",
        ),
        (
            Lang::Es,
            "3. Informe de la Mesa saliente.\n\n4. Aplicación de las recomendaciones de la trigésima sexta reunión ministerial.\n\n57. La preocupación, expresada anteriormente por el mecanismo de alerta temprana de África Central, por que el conflicto pudiese cobrar un carácter religioso se ha hecho realidad, ya que los enfrentamientos entre cristianos y musulmanes han ocasionado la muerte de cientos de personas en la ciudad de Bangui en los últimos días.\n",
        ),
    ];
    texts
        .into_iter()
        .map(|(lang, text)| (lang, read_str(lang, &format!("{lang}.md"), text)))
        .collect()
}

#[test]
fn a_gap_every_language_shares_is_reported_once_on_the_pivot() {
    let docs = excerpt();
    let al = align(&docs, &AlignOptions::default());
    let findings = check(&docs, &al, None);
    let gaps = |lang| {
        findings
            .iter()
            .filter(|f| f.lang == lang && f.code == "numbering-gap")
            .count()
    };
    // "3" skips 1–2 and "57" skips 5–56, in every language that numbers them.
    assert_eq!(gaps(Lang::En), 2, "{findings:#?}");
    assert_eq!(gaps(Lang::Es), 0, "{findings:#?}");
    // French skips 1–2 as English does; its lost 57 is not a gap of its own.
    assert_eq!(gaps(Lang::Fr), 0, "{findings:#?}");
}

#[test]
fn a_lost_paragraph_number_is_one_numbering_mismatch_not_also_a_numbers_difference() {
    let docs = excerpt();
    let al = align(&docs, &AlignOptions::default());
    let findings = check(&docs, &al, None);
    assert_eq!(
        codes(&findings, Lang::Fr),
        ["numbering-mismatch"],
        "{findings:#?}"
    );
    assert!(codes(&findings, Lang::Es).is_empty(), "{findings:#?}");
    let mismatch = findings.iter().find(|f| f.lang == Lang::Fr).unwrap();
    assert_eq!(mismatch.line, Some(5));
    assert!(
        mismatch.message().contains("op.57"),
        "{}",
        mismatch.message()
    );
}

/// Sentences of the UN Parallel Corpus development data (`../shared/realdocs`, documents
/// d0224, d0053 and d0040 of `unv1_folders.py build`) whose numbers agree although they are
/// written differently: spelled out against digits, Arabic thousands groups in visual
/// order, a time of day.
fn written_differently(es_first: &str) -> BTreeMap<Lang, Document> {
    let en = "Of the nine countries which do not have a DLDD-specific monitoring system, six have an environmental monitoring system partially covering DLDD.\n\nOver 2,000 men and 500 units of military equipment are taking part in the field exercises.\n\nAt 0300, the subversive group from the Azerbaijani side, near the village Choporlu, attacked the combat position.\n";
    let es = format!(
        "{es_first}\n\nMás de 2.000 hombres y 500 unidades de equipo militar participan en los ejercicios sobre el terreno.\n\nA las 3.00 horas, el grupo subversivo atacó desde el lado azerbaiyano la posición de combate situada en las proximidades de la aldea de Choporlu.\n"
    );
    let ar = "ومن بين البلدان التسعة التي ليس لديها نظام رصد خاص، لدى ستة منها نظام لرصد البيئة.\n\nويشارك في المناورات الميدانية ما يزيد على 000 2 رجل و 500 وحدة من التجهيزات العسكرية.\n\nوفي الساعة 00/3، هاجمت المجموعة التخريبية من الجانب الأذربيجاني موقعا قتاليا بالقرب من قرية تشوبورلو.\n";
    [
        (Lang::En, en.to_owned()),
        (Lang::Es, es),
        (Lang::Ar, ar.to_owned()),
    ]
    .into_iter()
    .map(|(lang, text)| (lang, read_str(lang, &format!("{lang}.md"), &text)))
    .collect()
}

#[test]
fn numbers_written_differently_agree_and_a_changed_one_does_not() {
    let agree = "De los 9 países que no tienen un sistema de vigilancia específico para la DDTS, 6 cuentan con un sistema de vigilancia del medio ambiente que cubre en parte la DDTS.";
    let docs = written_differently(agree);
    let al = align(&docs, &AlignOptions::default());
    let findings = check(&docs, &al, None);
    assert!(
        !findings.iter().any(|f| f.code == "numbers-differ"),
        "{findings:#?}"
    );
    // `align` gives the same answer in its row reasons.
    assert_eq!(rows_whose_numbers_differ(&al), Vec::<String>::new());
    // Seven is not six, whichever way either is written.
    let docs = written_differently(&agree.replace(", 6 cuentan", ", 7 cuentan"));
    let al = align(&docs, &AlignOptions::default());
    let findings = check(&docs, &al, None);
    assert_one_numbers_difference(&findings, Lang::Es, 1, "extra [7]");
    assert_eq!(rows_whose_numbers_differ(&al), ["0: numbers differ in es"]);
}

/// The rows of `al` that give "numbers differ" as a reason, as `index: reason`.
fn rows_whose_numbers_differ(al: &sixfold_translations::Alignment) -> Vec<String> {
    al.rows
        .iter()
        .enumerate()
        .flat_map(|(i, row)| row.reasons.iter().map(move |r| format!("{i}: {r}")))
        .filter(|r| r.contains("numbers differ"))
        .collect()
}

/// `findings` hold one `numbers-differ`, on `lang` at `line`, whose message ends so.
fn assert_one_numbers_difference(findings: &[Finding], lang: Lang, line: usize, end: &str) {
    let differ: Vec<_> = findings
        .iter()
        .filter(|f| f.code == "numbers-differ")
        .collect();
    assert_eq!(differ.len(), 1, "{findings:#?}");
    assert_eq!((differ[0].lang, differ[0].line), (lang, Some(line)));
    assert!(
        differ[0].message().ends_with(end),
        "{}",
        differ[0].message()
    );
}

#[test]
fn boilerplate_every_language_prints_in_latin_letters_is_not_a_wrong_script() {
    // UN Parallel Corpus d0220: "Distr.: General" opens the Arabic, Chinese and Russian
    // renderings as it opens the English one.
    let texts = [
        (
            Lang::En,
            "Distr.: General\n\nThe Committee adopted the report.\n",
        ),
        (Lang::Ar, "Distr.: General\n\nواعتمدت اللجنة التقرير.\n"),
        (Lang::Ru, "Distr.: General\n\nКомитет утвердил доклад.\n"),
    ];
    let docs: BTreeMap<Lang, Document> = texts
        .into_iter()
        .map(|(lang, text)| (lang, read_str(lang, &format!("{lang}.md"), text)))
        .collect();
    let al = align(&docs, &AlignOptions::default());
    let findings = check(&docs, &al, None);
    assert!(
        !findings.iter().any(|f| f.code == "wrong-script"),
        "{findings:#?}"
    );
    // Text of its own in the wrong script still is one.
    let mut docs = docs;
    docs.insert(
        Lang::Ru,
        read_str(
            Lang::Ru,
            "ru.md",
            "Distr.: General\n\nThe Committee adopted its report.\n",
        ),
    );
    let al = align(&docs, &AlignOptions::default());
    let findings = check(&docs, &al, None);
    assert!(
        findings
            .iter()
            .any(|f| f.code == "wrong-script" && f.lang == Lang::Ru),
        "{findings:#?}"
    );
}

/// The first seven sentences of UN Parallel Corpus folder d0144 (`fixtures/check/README.md`),
/// each rendering edited by `edit` (its paragraphs as a list).
fn d0144(edit: impl Fn(Lang, &mut Vec<String>)) -> BTreeMap<Lang, Document> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check/unpc-d0144");
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let text = std::fs::read_to_string(root.join(format!("{lang}.md")))
                .expect("the fixture is readable");
            let mut paragraphs: Vec<String> =
                text.trim_end().split("\n\n").map(str::to_owned).collect();
            edit(lang, &mut paragraphs);
            let text = paragraphs.join("\n\n") + "\n";
            (lang, read_str(lang, &format!("{lang}.md"), &text))
        })
        .collect()
}

fn check_docs(docs: &BTreeMap<Lang, Document>) -> Vec<Finding> {
    let al = align(docs, &AlignOptions::default());
    check(docs, &al, None)
}

#[test]
fn the_official_error_of_d0144_is_found() {
    let findings = check_docs(&d0144(|_, _| {}));
    assert_eq!(
        codes(&findings, Lang::Fr),
        ["numbers-differ"],
        "{findings:#?}"
    );
    let fr = findings.iter().find(|f| f.lang == Lang::Fr).unwrap();
    assert!(fr.message().ends_with("missing [55], extra [35]"));
    assert!(codes(&findings, Lang::Es).is_empty(), "{findings:#?}");
}

#[test]
fn two_swapped_paragraphs_fail_the_check_and_their_numbers_are_compared() {
    // The French second and third sentences change places: the official error ("45 (35 %)"
    // for 55 per cent) must still be found, on the moved text, beside the swap.
    let findings = check_docs(&d0144(|lang, p| {
        if lang == Lang::Fr {
            p.swap(1, 2);
        }
    }));
    let fr: Vec<&Finding> = findings.iter().filter(|f| f.lang == Lang::Fr).collect();
    let misplaced: Vec<_> = fr
        .iter()
        .filter(|f| f.code == "misplaced-paragraph")
        .collect();
    assert!(!misplaced.is_empty(), "{findings:#?}");
    assert!(misplaced.iter().all(|f| f.severity == Severity::Error));
    assert!(
        fr.iter().any(|f| f.code == "numbers-differ"
            && f.line == Some(5)
            && f.message().ends_with("missing [55], extra [35]")),
        "{findings:#?}"
    );
    assert!(
        !fr.iter()
            .any(|f| matches!(&*f.code, "missing-paragraph" | "extra-paragraph")),
        "{findings:#?}"
    );
}

#[test]
fn two_swapped_neighbours_are_misplaced_not_regrouped() {
    // Spanish sentences 5 and 6 change places; with a changed number in one of them.
    let findings = check_docs(&d0144(|lang, p| {
        if lang == Lang::Es {
            p.swap(4, 5);
        }
    }));
    let es = codes(&findings, Lang::Es);
    assert_eq!(
        es,
        ["misplaced-paragraph", "misplaced-paragraph"],
        "{findings:#?}"
    );
    let misplaced = findings.iter().find(|f| f.lang == Lang::Es).unwrap();
    assert_eq!(misplaced.line, Some(9));
    assert!(
        misplaced.message().contains("line 11"),
        "{}",
        misplaced.message()
    );
    // The same texts in order are clean: the swap is what is reported.
    let findings = check_docs(&d0144(|_, _| {}));
    assert!(codes(&findings, Lang::Es).is_empty(), "{findings:#?}");
}

#[test]
fn a_paragraph_moved_past_others_is_misplaced_and_its_numbers_compared() {
    // Russian sentence 2 (82 recommendations, 37, 45 …) moved after sentence 5, with one
    // of its numbers changed: the move and the number are both reported.
    let findings = check_docs(&d0144(|lang, p| {
        if lang == Lang::Ru {
            let moved = p.remove(1).replace("82", "83");
            p.insert(4, moved);
        }
    }));
    let ru: Vec<&Finding> = findings.iter().filter(|f| f.lang == Lang::Ru).collect();
    assert!(
        ru.iter().any(|f| f.code == "misplaced-paragraph"
            && f.severity == Severity::Error
            && f.message().contains("line 3")),
        "{findings:#?}"
    );
    assert!(
        ru.iter().any(
            |f| f.code == "numbers-differ" && f.message().ends_with("missing [82], extra [83]")
        ),
        "{findings:#?}"
    );
}

#[test]
fn a_number_the_pivot_lost_and_the_translations_kept_is_reported_on_the_pivot() {
    let findings = check_docs(&d0144(|_, _| {}));
    let lost: Vec<(Option<usize>, String)> = findings
        .iter()
        .filter(|f| f.code == "pivot-number-lost")
        .map(|f| (f.line, f.message().into_owned()))
        .collect();
    let lost: Vec<(Option<usize>, &str)> = lost.iter().map(|(l, m)| (*l, m.as_str())).collect();
    assert_eq!(
        lost,
        [
            (
                Some(1),
                "en paragraph pre.1 has no number where ar, zh, ru have op.3"
            ),
            (
                Some(3),
                "en paragraph pre.2 has no number where ar, zh, ru have op.21"
            ),
            (
                Some(5),
                "en paragraph pre.3 has no number where ar, zh, ru have op.28"
            ),
        ],
        "{findings:#?}"
    );
    assert!(
        findings
            .iter()
            .filter(|f| f.code == "pivot-number-lost")
            .all(|f| f.lang == Lang::En && f.severity == Severity::Error)
    );
    // The gaps the kept numbers show (3 skips 1–2, …) are the excerpt's: once, not once
    // per language that kept them.
    let gaps: Vec<Lang> = findings
        .iter()
        .filter(|f| f.code == "numbering-gap")
        .map(|f| f.lang)
        .collect();
    assert_eq!(gaps, [Lang::Ar, Lang::Ar, Lang::Ar], "{findings:#?}");
    // One translation alone numbering a paragraph is not the pivot's loss.
    let findings = check_docs(&d0144(|lang, p| {
        if matches!(lang, Lang::Ar | Lang::Zh) {
            for para in p.iter_mut().take(3) {
                // "21. 如表3所示" and "3 - وقد واصل" lose their numbers.
                let text = para
                    .trim_start_matches(|c: char| c.is_ascii_digit())
                    .trim_start_matches(['.', ' ', '-']);
                *para = text.to_owned();
            }
        }
    }));
    assert!(
        !findings.iter().any(|f| f.code == "pivot-number-lost"),
        "{findings:#?}"
    );
}

/// Sentences of the UN Parallel Corpus development data (`../shared/realdocs`, documents
/// d0038, d0168, d0068 and d0222 of `unv1_folders.py build`, paragraph labels dropped)
/// whose numbers agree although one rendering spells them: ordinals of sessions in every
/// language ("sixty-ninth", "التاسعة والستين", "69й", "sexagésimo noveno"), Arabic
/// ages in words, and a range whose dash the extraction lost ("20142019"). `ru_session`
/// replaces the Russian session number.
fn spelled_and_glued(ru_session: &str) -> BTreeMap<Lang, Document> {
    let texts = [
        (
            Lang::En,
            [
                "I should be grateful if you would have the statement circulated as a document of the sixty-ninth session of the General Assembly, under agenda item 129, and of the Security Council.",
                "Nearly all countries responding about this in their reports for the eleventh session of the Forum said that their government is engaged in international cooperation to promote sustainable forest management (see figure I).",
                "Education is free and compulsory for all children between 5 and 15 years of age.",
                "UN-Habitat continues to advance its support to city, regional and national authorities in implementing policies to increase equitable access to urban basic services, one of the focus areas of the strategic plan 2014 - 2019.",
            ],
        ),
        (
            Lang::Ar,
            [
                "وأرجو ممتنا تعميم البيان بوصفه وثيقة من وثائق الدورة التاسعة والستين للجمعية العامة، في إطار البند 129 من جدول الأعمال، ومن وثائق مجلس الأمن.",
                "فتقريبا جميع البلدان التي أدرجت في تقاريرها إلى الدورة الحادية عشرة للمنتدى إجابات حول هذه المسألة أفادت بأن حكوماتها منخرطة في التعاون الدولي من أجل تعزيز الإدارة المستدامة للغابات (انظر الشكل الأول).",
                "التعليم مجاني وإلزامي لجميع الأطفال بين سن الخامسة والخامسة عشرة.",
                "ويواصل موئل الأمم المتحدة النهوض بالدعم الذي يقدمه إلى سلطات المدن والسلطات الإقليمية والوطنية في تنفيذ سياسات ترمي إلى زيادة فرص الوصول المنصف إلى الخدمات الحضرية الأساسية، الذي يعد من مجالات تركيز الخطة الاستراتيجية للفترة 2014-2019.",
            ],
        ),
        (
            Lang::Ru,
            [
                "Буду признателен Вам за распространение данного заявления в качестве документа 69й сессии Генеральной Ассамблеи по пункту 129 повестки дня и документа Совета Безопасности.",
                "Почти все страны, представившие доклады для одиннадцатой сессии Форума, отметили, что их правительства участвуют в международном сотрудничестве в целях оказания содействия неистощительному лесопользованию (см. диаграмму I).",
                "Образование является бесплатным и обязательным для всех детей в возрасте от 5 до 15 лет.",
                "ООНХабитат продолжает активно оказывать поддержку городским, региональным и национальным органам власти в осуществлении политики, направленной на расширение равноправного доступа к основным городским услугам как одному из основных направлений деятельности в рамках стратегического плана на 20142019 годы.",
            ],
        ),
        (
            Lang::Es,
            [
                "Le agradecería que tuviera a bien hacer distribuir dicha declaración como documento del sexagésimo noveno período de sesiones de la Asamblea General, en relación con el tema 129 del programa, y del Consejo de Seguridad.",
                "Casi todos los países que respondieron a esta cuestión en los informes que presentaron para el 11º período de sesiones del Foro dijeron que su gobierno participaba en la cooperación internacional destinada a promover la gestión forestal sostenible (véase el gráfico I).",
                "La enseñanza es gratuita y obligatoria para todos los niños desde los 5 hasta los 15 años.",
                "ONUHábitat continúa impulsando su apoyo a las autoridades municipales, regionales y nacionales para la aplicación de políticas destinadas a aumentar el acceso equitativo a servicios básicos urbanos, una de las esferas prioritarias del plan estratégico para 20142019.",
            ],
        ),
    ];
    texts
        .into_iter()
        .map(|(lang, paragraphs)| {
            let mut text = paragraphs.join("\n\n") + "\n";
            if lang == Lang::Ru {
                text = text.replace("69й", ru_session);
            }
            (lang, read_str(lang, &format!("{lang}.md"), &text))
        })
        .collect()
}

#[test]
fn numbers_in_words_and_glued_ranges_agree_and_a_wrong_session_does_not() {
    let findings = check_docs(&spelled_and_glued("69й"));
    assert!(
        !findings.iter().any(|f| f.code == "numbers-differ"),
        "{findings:#?}"
    );
    // The seventieth session is not the sixty-ninth, however the pivot writes it.
    let findings = check_docs(&spelled_and_glued("70й"));
    assert_one_numbers_difference(&findings, Lang::Ru, 1, "extra [70]");
}

/// UN Parallel Corpus d0103 (rules of procedure): the Chinese heading writes its rule
/// number as a label ("第51条"), the English one in its text ("Rule 51"); and d0002, whose
/// English numbers its paragraph ("1.") and then writes "1 January", which the French
/// without a number writes "1er janvier".
#[test]
fn a_label_number_written_as_text_in_the_other_rendering_agrees() {
    let docs = [
        (
            Lang::En,
            "Rule 51\n\n1. During the reporting period, from 1 January to 31 December 2014, the Office of Internal Oversight Services (OIOS) issued 191 reports related to peace operations.\n",
        ),
        (
            Lang::Zh,
            "第51条\n\n1. 在本报告所述期间，即2014年1月1日至12月31日，内部监督事务厅（监督厅）发布了191份与维和行动有关的报告。\n",
        ),
        (
            Lang::Fr,
            "Article 51\n\nAu cours de la période considérée, qui va du 1er janvier au 31 décembre 2014, le Bureau des services de contrôle interne (BSCI) a publié 191 rapports concernant les opérations de maintien de la paix.\n",
        ),
    ];
    assert_no_numbers_difference(&docs);
}

/// UN Parallel Corpus d0009, d0020 and d0026 (`unv1_folders.py build`; the second
/// paragraph without its "31." so that the first keeps the section number as the only
/// lead): a section number the French excerpt lost ("2.26"), two million written as
/// "200多万" and as the Arabic dual "مليوني", and "one post" beside "1个".
#[test]
fn section_numbers_ten_thousands_duals_and_one_agree() {
    let docs = [
        (
            Lang::En,
            "2.26 The Office furthermore seeks to consolidate the partnership with the African Union in the planning and management of peace operations and the development of institutional capacities to strengthen the partnership in initiatives geared towards preventing, managing and resolving conflicts.\n\nUNICEF has also reached more than 2 million people with awareness-raising messaging, is supporting national authorities by establishing protocols to facilitate school reopenings and providing technical assistance for remote schooling options such as radio education, and has provided more than 1,800 children with child protection services.\n\nIn the Contracts Management Unit within the immediate Office of the Deputy Director of Mission Support, it is proposed that one post of Contracts Management Officer (Field Service) be converted to the P-4 level.\n",
        ),
        (
            Lang::Ar,
            "2.26 وعلاوة على ذلك، يسعى المكتب إلى توطيد الشراكة مع الاتحاد الأفريقي في تخطيط وإدارة عمليات السلام، وتطوير القدرات المؤسسية على تعزيز الشراكة في المبادرات الرامية إلى منع نشوب النزاعات وإدارتها وحلها.\n\nوقامت اليونيسيف أيضا بإيصال رسائل توعية إلى مليوني شخص على الأقل، وتعاون السلطات الوطنية في وضع إجراءات لتيسير إعادة فتح المدارس المغلقة، وتوفر المساعدة التقنية لتقديم الخدمات التعليمية للطلاب عن بعد، مثل التعليم عبر الإذاعة، وقدمت خدمات الحماية لما يربو عن 800 1 طفل.\n\nفي وحدة إدارة العقود داخل ديوان نائب مدير دعم البعثة، يقترح تحويل وظيفة موظف لإدارة العقود (الخدمة الميدانية) إلى وظيفة برتبة ف-4.\n",
        ),
        (
            Lang::Zh,
            "2.26 该办事处还力求巩固与非洲联盟在规划和管理和平行动，发展机构能力方面的伙伴关系，以便加强在预防、管理和解决冲突举措方面的伙伴关系。\n\n儿基会还利用提高认识信息向200多万人进行了宣传，支持国家当局建立复学程序，并为远程学习提供技术援助，如广播教育，还为1 800多名儿童提供了儿童保护服务。\n\n在特派团支助事务副主任直属办公室合同管理股，拟将1个合同管理干事员额(外勤)改划为P-4职等。\n",
        ),
        (
            Lang::Fr,
            "Le Bureau s'emploie en outre à consolider le partenariat avec l'Union africaine en ce qui concerne la planification et la gestion des opérations de paix ainsi que l'accroissement des capacités institutionnelles propres à renforcer le partenariat dans le cadre d'initiatives axées sur la prévention, la gestion et le règlement des conflits.\n\nIl a également diffusé des messages de sensibilisation à l'intention d'au moins 2 millions de personnes, aide les autorités nationales à établir des protocoles devant faciliter la réouverture des écoles, fournit une assistance technique à la mise en œuvre de formules de scolarisation à distance, notamment l'enseignement radiodiffusé, et dispense des services de protection de l'enfance à plus de 1 800 enfants.\n\nDans le Groupe de la gestion des marchés de l'équipe des collaborateurs directs du Directeur adjoint de l'appui à la mission, il est proposé de transformer un poste d'agent du Service mobile (fonctionnaire chargé de la gestion des contrats) en poste P-4.\n",
        ),
    ];
    assert_no_numbers_difference(&docs);
}

/// Four neighbouring sentences of UN Parallel Corpus d0020 (`unv1_folders.py build`) in
/// English and Russian; `swap` exchanges the second and third Russian ones, which have
/// no digits and lengths that fit either place.
fn d0020_neighbours(swap: bool) -> BTreeMap<Lang, Document> {
    let en = [
        "In Guinea, the United Nations system, through UNMEER, has supported the Government's strategy to decentralize coordination of the response to the prefecture level, with the appointment of a prefectural coordinator in each of the country's 18 affected prefectures.",
        "If this is done, measures to support the restoration of education can complement ongoing efforts to stop the Ebola outbreak.",
        "The second phase of the response, focused on hunting the virus in every district, will have additional resource implications.",
        "Field crisis managers and the district response teams they lead will be pivotal in enabling broad geographical coverage, while ensuring a high level of operational effectiveness.",
    ];
    let mut ru = [
        "В Гвинее система Организации Объединенных Наций, через посредство МООНЧРЭ, оказывает поддержку правительству в его усилиях по передаче функций координации борьбы с эпидемией с центрального на окружной уровень и назначению координаторов для каждого из 18 пострадавших округов.",
        "Если это будет сделано, то продолжающиеся усилия по прекращению вспышки Эболы можно будет дополнить мерами, направленными на содействие восстановлению системы образования.",
        "Второй этап ответных мер, направленный на уничтожение вируса в каждом районе, приведет к возникновению дополнительных потребностей в ресурсах.",
        "Кризисные управляющие на местах и возглавляемые ими районные оперативные бригады будут играть решающую роль в обеспечении широкого географического охвата в сочетании с высоким уровнем оперативной эффективности.",
    ];
    if swap {
        ru.swap(1, 2);
    }
    [(Lang::En, en.join("\n\n")), (Lang::Ru, ru.join("\n\n"))]
        .into_iter()
        .map(|(lang, text)| (lang, read_str(lang, &format!("{lang}.md"), &(text + "\n"))))
        .collect()
}

#[test]
fn neighbours_swapped_without_numbers_are_found_by_their_words() {
    assert!(check_docs(&d0020_neighbours(false)).is_empty());
    let findings = check_docs(&d0020_neighbours(true));
    let misplaced: Vec<_> = findings
        .iter()
        .filter(|f| f.code == "misplaced-paragraph")
        .map(|f| (f.lang, f.line))
        .collect();
    assert_eq!(
        misplaced,
        [(Lang::Ru, Some(3)), (Lang::Ru, Some(5))],
        "{findings:#?}"
    );
    assert!(
        findings.iter().all(|f| f.code == "misplaced-paragraph"),
        "{findings:#?}"
    );
}

/// UN Parallel Corpus d0020 again: the French of its fourth paragraph, cut to its first
/// half (the whole main clause gone), is reported as too short although it stays within
/// the limit for a longer translation.
#[test]
fn a_paragraph_cut_short_is_reported() {
    let en = "If this is done, measures to support the restoration of education can complement ongoing efforts to stop the Ebola outbreak, and the second phase of the response, focused on hunting the virus in every district, will have additional resource implications for the Mission and for the agencies, funds and programmes that support it.";
    let fr_whole = "Si tel est le cas, les mesures visant à favoriser le rétablissement de l'éducation pourront compléter les efforts en cours pour enrayer l'épidémie d'Ebola, et la deuxième phase de la riposte, axée sur la traque du virus dans chaque district, aura des incidences supplémentaires sur les ressources de la Mission et des organismes, fonds et programmes qui la soutiennent.";
    let fr_cut = "Si tel est le cas, les mesures visant à favoriser le rétablissement de l'éducation pourront compléter les efforts en cours.";
    let docs = |fr: &str| -> BTreeMap<Lang, Document> {
        [(Lang::En, en), (Lang::Fr, fr)]
            .into_iter()
            .map(|(lang, text)| {
                (
                    lang,
                    read_str(lang, &format!("{lang}.md"), &format!("{text}\n")),
                )
            })
            .collect()
    };
    assert!(check_docs(&docs(fr_whole)).is_empty());
    let findings = check_docs(&docs(fr_cut));
    assert_eq!(
        codes(&findings, Lang::Fr),
        ["length-ratio"],
        "{findings:#?}"
    );
}

/// The renderings (language, text) read and checked give no `numbers-differ`.
fn assert_no_numbers_difference(texts: &[(Lang, &str)]) {
    let docs: BTreeMap<Lang, Document> = texts
        .iter()
        .map(|&(lang, text)| (lang, read_str(lang, &format!("{lang}.md"), text)))
        .collect();
    let findings = check_docs(&docs);
    assert!(
        !findings.iter().any(|f| f.code == "numbers-differ"),
        "{findings:#?}"
    );
}

#[test]
fn a_number_repeated_in_one_rendering_only_is_not_another_number() {
    // UN Parallel Corpus d0090: the English gives "$5,819,000" once and then "in the same
    // amount"; the French writes the amount twice. A number changed beside the repeat is
    // still reported.
    let en = "1. Authorizes commitments of $5,819,000 and the use of the Fund in the same amount in 2015.\n";
    let fr = "1. Autorise des engagements de 5 819 000 dollars et l'utilisation du Fonds à hauteur de 5 819 000 dollars en 2015.\n";
    let changed = fr.replace("en 2015", "en 2016");
    for (fr, expected) in [
        (fr.to_owned(), None),
        (changed, Some("missing [2015], extra [2016]")),
    ] {
        let docs: BTreeMap<Lang, Document> = [(Lang::En, en), (Lang::Fr, fr.as_str())]
            .into_iter()
            .map(|(lang, text)| (lang, read_str(lang, &format!("{lang}.md"), text)))
            .collect();
        let al = align(&docs, &AlignOptions::default());
        let findings = check(&docs, &al, None);
        match expected {
            None => assert!(
                !findings.iter().any(|f| f.code == "numbers-differ"),
                "{findings:#?}"
            ),
            Some(end) => assert_one_numbers_difference(&findings, Lang::Fr, 1, end),
        }
    }
}
