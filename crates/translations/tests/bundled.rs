//! The bundled current-layout documents: General Assembly resolution 80/2 and Security
//! Council resolution 2202 (2015), six renderings each. Every rendering's masthead reads
//! to the same values, those values are what `document.toml` records, and `check` finds
//! nothing to report.

use std::path::PathBuf;

use sixfold_core::{Lang, Organ};
use sixfold_translations::DocumentSet;
use sixfold_translations::align::{AlignOptions, align};
use sixfold_translations::check::check_set;
use sixfold_translations::masthead::{read_header, read_masthead};

fn folder(slug: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../translations")
        .join(slug)
}

fn read(slug: &str, lang: Lang) -> String {
    std::fs::read_to_string(folder(slug).join(format!("{}.md", lang.code()))).unwrap()
}

#[test]
fn six_mastheads_read_the_same_and_match_document_toml() {
    for (slug, organ, symbol, title) in [
        ("A-RES-80-2", Organ::GeneralAssembly, "A/RES/80/2", true),
        (
            "S-RES-2202-2015",
            Organ::SecurityCouncil,
            "S/RES/2202 (2015)",
            false,
        ),
    ] {
        let set = DocumentSet::load_dir(&folder(slug)).unwrap();
        let meta = set.meta.clone().expect("the folder has a document.toml");
        assert_eq!(set.docs.len(), 6, "{slug}");
        let mut seen = Vec::new();
        for lang in Lang::ALL {
            let text = read(slug, lang);
            let m = read_masthead(lang, &text).unwrap_or_else(|e| panic!("{slug} {lang}: {e}"));
            assert_eq!(m.organ, Some(organ), "{slug} {lang}");
            assert_eq!(m.symbol.as_deref(), Some(symbol), "{slug} {lang}");
            assert_eq!(m.title.is_some(), title, "{slug} {lang}");
            assert_eq!(m.title.as_ref(), meta.title.get(&lang), "{slug} {lang}");
            let header = read_header(lang, &text).unwrap();
            assert_eq!(Some(&header.symbol), meta.symbol.as_ref());
            assert_eq!(Some(header.date), meta.date);
            assert_eq!(Some(header.session), meta.session);
            assert_eq!(Some(header.resolution.clone()), meta.resolution);
            let adoption = meta.adoption.clone().unwrap();
            assert_eq!(
                (header.meeting, header.adopted),
                (adoption.meeting, adoption.date)
            );
            seen.push((
                m.symbol,
                m.distribution,
                m.date,
                m.session,
                m.agenda_items,
                m.report,
                m.resolution,
                m.meeting,
                m.adopted,
                m.derived,
            ));
        }
        assert!(seen.windows(2).all(|w| w[0] == w[1]), "{slug}: {seen:#?}");
        let alignment = align(&set.docs, &AlignOptions::default());
        let findings = check_set(&set, &alignment);
        assert!(findings.is_empty(), "{slug}: {findings:#?}");
    }
}

#[test]
fn the_council_resolution_has_a_title_line_an_adopted_line_and_a_formula() {
    for lang in Lang::ALL {
        let text = read("S-RES-2202-2015", lang);
        let doc = sixfold_translations::read_str(lang, "x", &text);
        let labels: Vec<String> = doc
            .segments
            .iter()
            .filter_map(|s| s.label.as_ref().map(ToString::to_string))
            .collect();
        assert_eq!(
            labels,
            [
                "header.symbol",
                "header.organ",
                "header.distribution",
                "title",
                "header.adopted",
                "formula",
                "pre.1",
                "pre.2",
                "op.1",
                "op.2",
                "op.3"
            ],
            "{lang}"
        );
    }
}

/// The current-layout masthead `meta --render` writes from `document.toml` reads back
/// (with the title line and formula a rendering has under it) to the same values.
#[test]
fn rendered_current_mastheads_read_back() {
    for slug in ["A-RES-80-2", "S-RES-2202-2015", "A-RES-51-60"] {
        let set = DocumentSet::load_dir(&folder(slug)).unwrap();
        let meta = set.meta.clone().unwrap();
        for lang in Lang::ALL {
            let block = sixfold_l10n::render_current_block(lang, &meta).unwrap();
            let mut masthead = block.masthead.clone();
            let closing = block.closing.join("\n");
            if let Some(title) = meta.title.get(&lang) {
                let number = meta.resolution.as_deref().unwrap();
                masthead.push(vec![sixfold_l10n::title_line(lang, number, title)]);
            }
            let text = format!(
                "{}\n\nThe formula,\n\n1. Decides.\n\n{closing}\n",
                masthead
                    .iter()
                    .map(|b| b.join("\n"))
                    .collect::<Vec<_>>()
                    .join("\n\n")
            );
            let header =
                read_header(lang, &text).unwrap_or_else(|e| panic!("{slug} {lang}: {e}\n{text}"));
            assert_eq!(Some(&header.symbol), meta.symbol.as_ref(), "{slug} {lang}");
            assert_eq!(
                Some(header.distribution),
                meta.distribution,
                "{slug} {lang}"
            );
            assert_eq!(Some(header.date), meta.date, "{slug} {lang}");
            assert_eq!(Some(header.session), meta.session, "{slug} {lang}");
            assert_eq!(header.agenda_items, meta.agenda(), "{slug} {lang}");
            assert_eq!(header.report, meta.report, "{slug} {lang}");
            assert_eq!(header.committee, meta.committee, "{slug} {lang}");
            let adoption = meta.adoption.clone().unwrap();
            assert_eq!(
                (header.meeting, header.adopted),
                (adoption.meeting, adoption.date)
            );
        }
    }
}
