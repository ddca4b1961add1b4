//! Bilingual exports follow the links of their own pair (issue 11): on real UN text where
//! Chinese merges three English paragraphs, English–Spanish stays six one-to-one units in
//! every pair format, English–Chinese has one 3-1 unit, the six-way TMX keeps the unit,
//! the review page draws the Chinese paragraph across three rows, and the checks number
//! the finest rows.

use sixfold_core::Lang;
use sixfold_export::{Prepared, html, tabular, tmx, xliff};

use crate::merged_fixture;

fn prepared() -> Prepared {
    Prepared::load(&merged_fixture()).expect("load the fixture")
}

/// `(source text, target text)` of every `<tu>` of a bilingual TMX, in order.
fn tmx_pairs(tmx: &str) -> Vec<(String, String)> {
    tmx.split("<tu ")
        .skip(1)
        .map(|tu| {
            let segs: Vec<String> = tu
                .split("<seg>")
                .skip(1)
                .map(|s| s.split("</seg>").next().unwrap_or_default().to_owned())
                .collect();
            assert_eq!(segs.len(), 2, "{tu}");
            (segs[0].clone(), segs[1].clone())
        })
        .collect()
}

/// The paragraphs of a rendering as the fixture file holds them (after the provenance).
fn paragraphs(lang: Lang) -> Vec<String> {
    let text = std::fs::read_to_string(merged_fixture().join(format!("{}.md", lang.code())))
        .expect("read the fixture");
    text.split("\n\n")
        .skip(1)
        .map(|p| p.trim().to_owned())
        .collect()
}

#[test]
fn a_pair_keeps_one_to_one_units_where_a_third_language_merges() {
    let prepared = prepared();
    let doc = prepared.aligned();
    let (en, es, zh) = (
        paragraphs(Lang::En),
        paragraphs(Lang::Es),
        paragraphs(Lang::Zh),
    );
    assert_eq!((en.len(), es.len(), zh.len()), (6, 6, 4));

    let pairs = tmx_pairs(&tmx::bilingual(&doc, Lang::En, Lang::Es));
    let expected: Vec<(String, String)> = en.iter().cloned().zip(es.iter().cloned()).collect();
    let escape = sixfold_export::escape::xml_text;
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| (escape(a), escape(b)))
        .collect();
    assert_eq!(pairs, expected, "six 1:1 units, paragraph for paragraph");

    let zh_pairs = tmx_pairs(&tmx::bilingual(&doc, Lang::En, Lang::Zh));
    assert_eq!(zh_pairs.len(), 4);
    assert_eq!(zh_pairs[1].0, escape(&en[1..4].join(" ")), "the 3-1 unit");
    assert_eq!(zh_pairs[1].1, escape(&zh[1]));

    // XLIFF, Moses and TSV of the pair: six units / lines as well.
    let x = xliff::write(&doc, Lang::En, Lang::Es);
    assert_eq!(x.matches("<unit ").count(), 6);
    assert_eq!(x.matches("state=\"translated\"").count(), 6);
    let moses = tabular::moses(&doc, &[Lang::En, Lang::Es], None);
    assert_eq!(moses.len(), 2);
    for (lang, text) in &moses {
        assert_eq!(text.lines().count(), 6, "{lang}");
        assert!(text.lines().all(|l| !l.trim().is_empty()), "{lang}");
    }
    let tsv = tabular::tsv(&doc, &[Lang::En, Lang::Es], None);
    assert_eq!(tsv.lines().count(), 1 + 6);
    // Ids are those of the first finest row, the same in every format.
    let ids: Vec<String> = doc
        .rows(&[Lang::En, Lang::Es])
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(ids.len(), 6);
    for id in &ids {
        assert!(x.contains(&format!("<unit id=\"{id}\"")), "{id}");
        assert!(tsv.contains(&format!("{id}\t")), "{id}");
    }
    let zh_ids: Vec<String> = doc
        .rows(&[Lang::En, Lang::Zh])
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(
        zh_ids,
        [
            ids[0].clone(),
            ids[1].clone(),
            ids[4].clone(),
            ids[5].clone()
        ]
    );
}

#[test]
fn the_six_way_tmx_keeps_one_unit_per_six_way_unit() {
    let prepared = prepared();
    let doc = prepared.aligned();
    let all = doc.all_languages();
    let six = tmx::multilingual(&doc, &all, None);
    assert_eq!(six.matches("<tu ").count(), 4);
    let units = prepared.alignment.units();
    assert_eq!(units.rows.len(), 4);
    // Grouping the finest rows over every language is the aligner's units.
    let groups = prepared.alignment.groups(&all);
    assert_eq!(groups.len(), units.rows.len());
    for (g, unit) in groups.iter().zip(&units.rows) {
        for lang in &all {
            assert_eq!(
                prepared.alignment.cells_of(g.clone(), *lang),
                unit.cell(*lang)
            );
        }
    }
    let rows = doc.rows(&all);
    assert_eq!(rows[1].cells[&Lang::Es], [1, 2, 3]);
    assert_eq!(rows[1].cells[&Lang::Zh], [1]);
    // The multilingual line formats follow the units too: one line per unit.
    assert_eq!(tabular::tsv(&doc, &all, None).lines().count(), 1 + 4);
}

#[test]
fn the_review_page_draws_the_merged_paragraph_across_its_rows() {
    let prepared = prepared();
    let doc = prepared.aligned();
    let page = html::write(&doc, &doc.all_languages(), None);
    let body = page.split("<tbody>").nth(1).expect("a body");
    let rows: Vec<&str> = body.split("<tr ").skip(1).collect();
    assert_eq!(rows.len(), 6);
    assert_eq!(page.matches(" rowspan=").count(), 1);
    assert!(rows[1].contains("<td rowspan=\"3\" lang=\"zh\">"));
    for covered in &rows[2..4] {
        assert!(!covered.contains("lang=\"zh\""), "{covered}");
        assert!(covered.contains("<td lang=\"es\">"), "{covered}");
    }
    // With English and Spanish only, nothing spans.
    let pair = html::write(&doc, &[Lang::En, Lang::Es], None);
    assert!(!pair.contains("rowspan"));
}

#[test]
fn findings_number_the_finest_rows() {
    let prepared = prepared();
    let row_of = |code: &str, lang: Lang| -> Vec<Option<usize>> {
        prepared
            .findings
            .iter(&prepared.set.docs)
            .filter(|f| f.code == code && f.lang == lang)
            .map(|f| f.row)
            .collect()
    };
    // The merge is reported once, on the first row it covers.
    assert_eq!(row_of("merged-paragraphs", Lang::Zh), [Some(1)]);
    // Spanish loses the paragraph numbers: one finding per paragraph, on its own row
    // (rows 2 and 3 lie in the unit the Chinese merge widens). A lost paragraph number is
    // a numbering mismatch, not a second `numbers-differ` (main 5532164).
    assert_eq!(
        row_of("numbering-mismatch", Lang::Es),
        [Some(0), Some(2), Some(3), Some(5)]
    );
    assert_eq!(row_of("numbers-differ", Lang::Es), []);
    // No pair link of Spanish is reported as merged or split.
    assert!(
        prepared
            .findings
            .iter(&prepared.set.docs)
            .all(|f| f.lang != Lang::Es || !f.code.contains("merged") && !f.code.contains("split"))
    );
    // Each finding sits in the export row that holds its row.
    let doc = prepared.aligned();
    for view in doc.rows(&[Lang::En, Lang::Es]) {
        for f in &view.findings {
            assert!(view.rows.contains(&f.row.expect("a row finding")));
        }
    }
}
