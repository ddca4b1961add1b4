//! A small hand-built aligned document for the writers' unit tests: six languages, a row
//! missing in four of them, a footnote, a low-confidence row with hostile text, a row only
//! Arabic has, and findings on rows and on the whole document.

use std::collections::BTreeMap;

use sixfold_core::{DocumentToml, Lang};
use sixfold_translations::{Alignment, Document, Finding, Row, Segment, SegmentKind, Severity};

use crate::Aligned;

/// Text that tries every escape: XML-illegal and C1 controls, a CDATA end, markup, a bidi
/// override and an isolate.
pub(crate) const HOSTILE: &str = "Evil \u{0}\u{1B}\u{85}]]><script>alert(1)</script> & \"q\" \u{202E}desrever\u{2066}x\u{2069}\ttab";

const META: &str = r#"
symbol = "A/RES/51/60"
distribution = "general"
date = "1997-01-28"
session = 51
original_language = "en"
[title]
en = "United Nations Declaration on Crime and Public Security"
[renderings.en]
status = "official"
[renderings.ar]
status = "working-translation"
[renderings.zh]
status = "working-translation"
[renderings.fr]
status = "working-translation"
[renderings.ru]
status = "working-translation"
[renderings.es]
status = "working-translation"
"#;

pub(crate) struct Fixture {
    pub(crate) meta: DocumentToml,
    pub(crate) docs: BTreeMap<Lang, Document>,
    pub(crate) alignment: Alignment,
    pub(crate) findings: sixfold_translations::Findings,
    pub(crate) versions: BTreeMap<Lang, String>,
}

fn seg(index: usize, kind: SegmentKind, label: &str, text: &str, refs: &[u32]) -> Segment {
    Segment {
        index,
        kind,
        label: Some(label.parse().expect("the fixture labels are labels")),
        text: text.to_owned(),
        line: index * 2 + 1,
        footnote_refs: refs.to_vec(),
    }
}

fn finding(severity: Severity, code: &str, lang: Lang, row: Option<usize>, msg: &str) -> Finding {
    Finding {
        id: sixfold_translations::FindingId::default(),
        severity,
        code: code.to_owned().into(),
        lang,
        segment: None,
        line: None,
        row,
        message: msg.into(),
        args: sixfold_translations::FindingArgs::new(),
    }
}

impl Fixture {
    #[allow(clippy::too_many_lines)] // Test data: splitting it would scatter one example.
    pub(crate) fn new() -> Self {
        let meta: DocumentToml = toml::from_str(META).expect("the fixture metadata is valid");
        let texts: [(Lang, [&str; 3]); 6] = [
            (
                Lang::Ar,
                [
                    "1 - يوافق على الإعلان؛",
                    "2 - يحث الدول الأعضاء؛",
                    "الحاشية الأولى.",
                ],
            ),
            (
                Lang::Zh,
                ["1. 核准《宣言》；", "2. 敦促会员国；", "第一个脚注。"],
            ),
            (
                Lang::En,
                [
                    "1. Approves the Declaration;",
                    "2. Urges Member States;",
                    "First footnote.",
                ],
            ),
            (
                Lang::Fr,
                [
                    "1. Approuve la Déclaration ;",
                    "2. Prie instamment les États Membres ;",
                    "Première note.",
                ],
            ),
            (
                Lang::Ru,
                ["1. одобряет Декларацию;", HOSTILE, "Первая сноска."],
            ),
            (
                Lang::Es,
                [
                    "1. Aprueba la Declaración;",
                    "2. Insta a los Estados Miembros;",
                    "Primera nota.",
                ],
            ),
        ];
        let mut docs = BTreeMap::new();
        for (lang, [op1, op2, fn1]) in texts {
            let mut segments = vec![
                seg(0, SegmentKind::Paragraph, "op.1", op1, &[1]),
                seg(1, SegmentKind::Paragraph, "op.2", op2, &[]),
            ];
            match lang {
                Lang::En => segments.push(seg(
                    2,
                    SegmentKind::Paragraph,
                    "op.3",
                    "3. Invites the Secretary-General;",
                    &[],
                )),
                Lang::Fr => segments.push(seg(
                    2,
                    SegmentKind::Paragraph,
                    "op.3",
                    "3. Invite le Secrétaire général ;",
                    &[],
                )),
                Lang::Ar => {
                    segments.push(seg(2, SegmentKind::Paragraph, "op.9", "فقرة زائدة.", &[]));
                }
                _ => {}
            }
            let n = segments.len();
            segments.push(seg(n, SegmentKind::Footnote, "fn.1", fn1, &[]));
            docs.insert(
                lang,
                Document {
                    lang,
                    source: format!("{}.md", lang.code()),
                    segments,
                },
            );
        }
        let cells = |f: &dyn Fn(Lang) -> Vec<usize>| -> sixfold_translations::Cells {
            Lang::ALL.into_iter().map(|l| (l, f(l))).collect()
        };
        let has_third = |l: Lang| matches!(l, Lang::En | Lang::Fr | Lang::Ar);
        let rows = vec![
            Row {
                cells: cells(&|_| vec![0]),
                confidence: 1.0,
                reasons: vec![].into(),
                unit: 0,
                pair_confidence: None,
            },
            Row {
                cells: cells(&|_| vec![1]),
                confidence: 0.42,
                reasons: vec!["length ratio ru/en 3.1".into()].into(),
                unit: 1,
                pair_confidence: None,
            },
            Row {
                cells: cells(&|l| {
                    if matches!(l, Lang::En | Lang::Fr) {
                        vec![2]
                    } else {
                        vec![]
                    }
                }),
                confidence: 0.9,
                reasons: vec![].into(),
                unit: 2,
                pair_confidence: None,
            },
            Row {
                cells: cells(&|l| vec![if has_third(l) { 3 } else { 2 }]),
                confidence: 1.0,
                reasons: vec![].into(),
                unit: 3,
                pair_confidence: None,
            },
            Row {
                cells: cells(&|l| if l == Lang::Ar { vec![2] } else { vec![] }),
                confidence: 0.3,
                reasons: vec!["no anchor".into()].into(),
                unit: 4,
                pair_confidence: None,
            },
        ];
        let alignment = Alignment {
            languages: vec![Lang::En, Lang::Ar, Lang::Zh, Lang::Fr, Lang::Ru, Lang::Es],
            pivot: Lang::En,
            rows,
        };
        let findings = vec![
            finding(
                Severity::Warning,
                "length-ratio",
                Lang::Ru,
                Some(1),
                "ru paragraph op.2 is 3.1 times as long as en",
            ),
            finding(
                Severity::Error,
                "missing-paragraph",
                Lang::Ru,
                Some(2),
                "op.3 is missing in ru",
            ),
            finding(
                Severity::Error,
                "extra-paragraph",
                Lang::Ar,
                Some(4),
                "ar has a paragraph no other language has",
            ),
            finding(
                Severity::Info,
                "meta-note",
                Lang::Fr,
                None,
                "fr header date differs from document.toml",
            ),
        ];
        Fixture {
            versions: BTreeMap::from([(
                Lang::En,
                "A/RES/51/60@en@1997-01-28#sha256:0123456789abcdef".to_owned(),
            )]),
            meta,
            docs,
            alignment,
            findings: findings.into(),
        }
    }

    pub(crate) fn aligned(&self) -> Aligned<'_> {
        Aligned {
            slug: "A-RES-51-60",
            meta: Some(&self.meta),
            docs: &self.docs,
            alignment: &self.alignment,
            findings: &self.findings,
            versions: &self.versions,
            accepted: &[],
            folder: "translations/A-RES-51-60",
        }
    }
}
