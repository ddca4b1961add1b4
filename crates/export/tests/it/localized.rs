//! The exports' labels in another interface language, on a damaged copy of the bundled
//! document so that findings appear: the Arabic review page with bidi isolation around
//! embedded data, and French XLIFF and Chinese TMX notes without any isolation mark.

use sixfold_core::Lang;
use sixfold_export::{Prepared, html, tmx, xliff};

use crate::{copy_tree, repo_root};

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// A copy of the bundled document whose French rendering merges operative paragraphs 3
/// and 4 and misprints a year, loaded, aligned and checked.
fn damaged() -> (tempfile::TempDir, Prepared) {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let dir = tmp.path().join("A-RES-51-60");
    copy_tree(&repo_root().join("translations/A-RES-51-60"), &dir);
    let fr = dir.join("fr.md");
    let text = std::fs::read_to_string(&fr).expect("read fr.md");
    let damaged = text.replace("\n4. ", " 4. ").replacen("1961", "1916", 1);
    std::fs::write(&fr, damaged).expect("write fr.md");
    let mut prepared = Prepared::load(&dir).expect("load the copy");
    // The commands the page shows name the folder; keep the snapshot free of temp paths.
    "translations/A-RES-51-60".clone_into(&mut prepared.folder);
    (tmp, prepared)
}

fn snapshot(name: &str, content: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(name, content));
}

#[test]
fn english_is_the_default_rendering() {
    let (_tmp, prepared) = damaged();
    let doc = prepared.aligned();
    let langs = doc.all_languages();
    assert_eq!(
        html::write(&doc, &langs, None),
        html::write_in(&doc, &langs, None, Lang::En)
    );
    assert_eq!(
        xliff::write(&doc, Lang::En, Lang::Fr),
        xliff::write_in(&doc, Lang::En, Lang::Fr, Lang::En)
    );
    assert_eq!(
        tmx::multilingual(&doc, &langs, None),
        tmx::multilingual_in(&doc, &langs, None, Lang::En)
    );
}

#[test]
fn arabic_review_page_isolates_embedded_data() {
    let (_tmp, prepared) = damaged();
    let doc = prepared.aligned();
    let page = html::write_in(&doc, &[Lang::En, Lang::Ar, Lang::Fr], None, Lang::Ar);
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
    // Left-to-right columns say so on the right-to-left page; Arabic keeps `rtl`.
    assert!(page.contains("<th scope=\"col\" lang=\"en\" dir=\"ltr\">"));
    assert!(page.contains("<th scope=\"col\" lang=\"ar\" dir=\"rtl\">"));
    assert!(
        !page.contains("<td lang=\"fr\">"),
        "every French cell has its direction"
    );
    assert!(page.contains("<title>A/RES/51/60 — النسخ المحاذاة</title>"));
    // The merged paragraphs, explained in Arabic with the labels isolated.
    assert!(
        page.contains(&format!("({FSI}op.3, op.4{PDI})")),
        "labels isolated"
    );
    assert!(page.contains("فقرة") || page.contains("مقاطع"));
    // Renderings' own text and the markup around it never get marks.
    for cell in page.split("<td lang=").skip(1) {
        let text = cell.split("</td>").next().unwrap_or_default();
        assert!(!text.contains(FSI) && !text.contains(PDI), "{text}");
    }
    for attr in page.split('"').skip(1).step_by(2) {
        assert!(!attr.contains(FSI), "no mark inside an attribute: {attr}");
    }
    snapshot("html_ar_en_ar_fr", &page);
}

#[test]
fn french_and_chinese_notes_have_no_isolation_marks() {
    let (_tmp, prepared) = damaged();
    let doc = prepared.aligned();
    let xliff = xliff::write_in(&doc, Lang::En, Lang::Fr, Lang::Fr);
    assert!(xliff.contains("traduction de travail établie pour ce dépôt"));
    assert!(xliff.contains("paragraphes fusionnés"));
    assert!(
        xliff.contains("category=\"merged-paragraphs\""),
        "codes stay machine codes"
    );
    let tmx = tmx::bilingual_in(&doc, Lang::En, Lang::Fr, Lang::Zh);
    assert!(tmx.contains("adminlang=\"zh\""), "notes are in Chinese");
    assert!(tmx.contains("<note>对齐："), "{tmx}");
    for text in [&xliff, &tmx] {
        assert!(!text.contains(FSI) && !text.contains(PDI));
    }
    snapshot("xliff_en_fr_in_fr", &xliff);
}
