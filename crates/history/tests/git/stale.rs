//! Stale translations, history and aligned diffs on a six-language history.

use sixfold_core::Lang;
use sixfold_history::{DocRepo, diff, history, stale};
use sixfold_translations::read_str;

use crate::docs::{DIR, edit, paragraphs, render, write, write_all};
use crate::fixture::{TestRepo, git};

const EN_OP2: &str =
    "2. Urges Member States to cooperate closely in combating serious transnational crime;";
const FR_OP2: &str = "2. Prie instamment les États Membres de coopérer étroitement dans la lutte contre la criminalité transnationale grave ;";
const EN_OP3: &str =
    "3. Requests the Secretary-General to report to it at its fifty-fourth session;";

#[test]
fn fixture_reads_into_six_labelled_paragraphs_in_every_language() {
    for lang in Lang::ALL {
        let doc = read_str(lang, "x", &render(&paragraphs(lang)));
        let labels: Vec<_> = doc
            .segments
            .iter()
            .map(|s| s.label.as_ref().map(ToString::to_string))
            .collect();
        assert_eq!(
            labels,
            [
                Some("pre.1".to_owned()),
                Some("pre.2".to_owned()),
                Some("op.1".to_owned()),
                Some("op.2".to_owned()),
                Some("op.3".to_owned()),
                Some("op.4".to_owned())
            ],
            "{lang}"
        );
    }
}

/// (lang, label) of every stale finding, in report order.
fn stale_set(repo: &DocRepo) -> Vec<(Lang, String)> {
    stale(repo, "HEAD", Lang::En)
        .unwrap()
        .stale
        .into_iter()
        .map(|s| (s.lang, s.label.map(|l| l.to_string()).unwrap_or_default()))
        .collect()
}

fn all_but(skip: &[Lang], label: &str) -> Vec<(Lang, String)> {
    Lang::ALL
        .into_iter()
        .filter(|l| *l != Lang::En && !skip.contains(l))
        .map(|l| (l, label.to_owned()))
        .collect()
}

#[test]
fn an_english_change_makes_five_rows_stale_until_each_translation_follows() {
    let mut t = TestRepo::new();
    write_all(&t);
    let c0 = t.commit("six renderings");
    let repo = DocRepo::discover(&t.folder()).unwrap();
    assert!(stale_set(&repo).is_empty(), "nothing is stale at the start");

    edit(&t, Lang::En, 3, EN_OP2);
    let c1 = t.commit("en: corrigendum to op. 2");
    let report = stale(&repo, "HEAD", Lang::En).unwrap();
    assert_eq!(stale_set(&repo), all_but(&[], "op.2"));
    for finding in &report.stale {
        assert_eq!(finding.pivot_commit, c1.to_string());
        assert_eq!(finding.segment_commit, c0.to_string());
        assert_eq!(
            finding
                .pivot_label
                .as_ref()
                .map(ToString::to_string)
                .as_deref(),
            Some("op.2")
        );
        assert_eq!(finding.segment, 3);
        assert_eq!(finding.pivot_segment, 3);
        assert_eq!(finding.pivot_summary, "en: corrigendum to op. 2");
    }

    edit(&t, Lang::Fr, 3, FR_OP2);
    let c2 = t.commit("fr: follow the corrigendum");
    assert_eq!(stale_set(&repo), all_but(&[Lang::Fr], "op.2"));

    // Lines move in Spanish (a comment on top) and English changes op. 3: Spanish op. 2
    // stays stale (its text did not change, only its line), and op. 3 joins the list.
    let mut es = vec![
        "<!-- sixfold: working translation made for this repository, not an official United Nations text -->",
    ];
    es.extend(paragraphs(Lang::Es));
    write(&t, Lang::Es, &es);
    edit(&t, Lang::En, 4, EN_OP3);
    let mut en = paragraphs(Lang::En);
    en[3] = EN_OP2;
    en[4] = EN_OP3;
    write(&t, Lang::En, &en);
    t.commit("en: op. 3; es: add the working-translation note");
    let mut expected = all_but(&[Lang::Fr], "op.2");
    expected.extend(all_but(&[], "op.3"));
    expected.sort_by_key(|(l, label)| (label.clone(), *l));
    assert_eq!(stale_set(&repo), expected);
    let es_op2 = stale(&repo, "HEAD", Lang::En)
        .unwrap()
        .stale
        .into_iter()
        .find(|s| s.lang == Lang::Es && s.label.as_ref().is_some_and(|l| *l == "op.2"))
        .unwrap();
    assert_eq!(
        es_op2.segment_commit,
        c0.to_string(),
        "the es edit did not touch op. 2"
    );
    assert_eq!(es_op2.line, 9, "the line moved by two");

    // At an older revision the answer is the older one.
    let at_c2 = stale(&repo, &c2.to_string(), Lang::En).unwrap();
    assert_eq!(at_c2.stale.len(), 4);
    assert_eq!(at_c2.versions, 3);
}

#[test]
fn the_pivot_can_be_another_language() {
    let mut t = TestRepo::new();
    write_all(&t);
    t.commit("six renderings");
    edit(&t, Lang::Fr, 3, FR_OP2);
    t.commit("fr: op. 2");
    let repo = DocRepo::discover(&t.folder()).unwrap();
    let report = stale(&repo, "HEAD", Lang::Fr).unwrap();
    let langs: Vec<Lang> = report.stale.iter().map(|s| s.lang).collect();
    assert_eq!(langs, [Lang::Ar, Lang::Zh, Lang::En, Lang::Ru, Lang::Es]);
    assert!(stale(&repo, "HEAD", Lang::En).unwrap().stale.is_empty());
}

#[test]
fn history_lists_the_commits_git_log_lists_with_the_rows_they_touched() {
    let mut t = TestRepo::new();
    write_all(&t);
    t.commit("six renderings");
    t.write("README.md", "not part of the document\n");
    t.commit("unrelated");
    edit(&t, Lang::En, 3, EN_OP2);
    let c2 = t.commit("en: op. 2");
    edit(&t, Lang::Fr, 3, FR_OP2);
    t.commit("fr: op. 2");
    // French drops op. 4 (a mistake), then restores it.
    let mut fr = paragraphs(Lang::Fr);
    fr[3] = FR_OP2;
    fr.pop();
    write(&t, Lang::Fr, &fr);
    let c4 = t.commit("fr: drop op. 4");
    std::fs::remove_file(t.folder().join("es.md")).unwrap();
    let c5 = t.commit("es: withdrawn");

    let repo = DocRepo::discover(&t.folder()).unwrap();
    let report = history(&repo, "HEAD", Lang::En).unwrap();
    for lang in Lang::ALL {
        let path = format!("{DIR}/{}.md", lang.code());
        let theirs: Vec<String> = git(t.root(), &["log", "--format=%H", "--", &path])
            .lines()
            .map(str::to_owned)
            .collect();
        let ours: Vec<String> = report.languages[&lang]
            .iter()
            .map(|e| e.commit.id.clone())
            .collect();
        assert_eq!(ours, theirs, "{lang}");
    }
    let en = &report.languages[&Lang::En];
    let at_c2 = en.iter().find(|e| e.commit.id == c2.to_string()).unwrap();
    let labels: Vec<_> = at_c2
        .change
        .rows
        .iter()
        .map(|r| r.label.as_ref().map(ToString::to_string))
        .collect();
    assert_eq!(labels, [Some("op.2".to_owned())]);
    assert_eq!(at_c2.change.rows[0].kind, "changed");
    // The digest identifies the rendering as that commit left it.
    let mut en_at_c2 = paragraphs(Lang::En);
    en_at_c2[3] = EN_OP2;
    assert_eq!(
        at_c2.digest.as_deref(),
        Some(sixfold_core::content_digest(&render(&en_at_c2)).as_str())
    );
    let es = &report.languages[&Lang::Es];
    assert_eq!(es[0].commit.id, c5.to_string());
    assert_eq!(es[0].digest, None);
    assert_eq!(es[0].change.removed.len(), 6);
    let fr = &report.languages[&Lang::Fr];
    let at_c4 = fr.iter().find(|e| e.commit.id == c4.to_string()).unwrap();
    assert!(at_c4.change.rows.is_empty());
    let removed: Vec<_> = at_c4
        .change
        .removed
        .iter()
        .map(|r| r.label.as_ref().map(ToString::to_string))
        .collect();
    assert_eq!(removed, [Some("op.4".to_owned())]);
    // The first commit added every row.
    let first = fr.last().unwrap();
    assert_eq!(first.change.rows.len(), 6);
    assert!(first.change.rows.iter().all(|r| r.kind == "added"));
}

/// A diff row as (label, [(language, kind)]).
type RowSummary<'a> = (Option<String>, Vec<(Lang, &'a str)>);

#[test]
fn diff_between_two_revisions_names_the_rows_and_languages_to_touch() {
    let mut t = TestRepo::new();
    write_all(&t);
    let c0 = t.commit("six renderings");
    t.tag("original", c0);
    edit(&t, Lang::En, 3, EN_OP2);
    t.commit("en: op. 2");
    // Russian drops op. 3.
    let mut ru = paragraphs(Lang::Ru);
    ru.remove(4);
    write(&t, Lang::Ru, &ru);
    t.commit("ru: drop op. 3");

    let repo = DocRepo::discover(&t.folder()).unwrap();
    let report = diff(&repo, "original", "HEAD", Lang::En).unwrap();
    let summary: Vec<RowSummary<'_>> = report
        .rows
        .iter()
        .map(|row| {
            let langs = row
                .languages
                .iter()
                .flat_map(|(l, items)| items.iter().map(move |d| (*l, d.kind)))
                .collect();
            (row.label.as_ref().map(ToString::to_string), langs)
        })
        .collect();
    assert_eq!(
        summary,
        [
            (Some("op.2".to_owned()), vec![(Lang::En, "changed")]),
            (Some("op.3".to_owned()), vec![(Lang::Ru, "removed")]),
        ]
    );
    let changed = &report.rows[0].languages[&Lang::En][0];
    assert_eq!(changed.new_text.as_deref(), Some(EN_OP2));
    assert_eq!(changed.old_text.as_deref(), Some(paragraphs(Lang::En)[3]));
    assert_eq!(
        (changed.old_segment, changed.new_segment),
        (Some(3), Some(3))
    );
    assert_eq!(report.from.id, c0.to_string());

    // The reverse diff adds what was removed.
    let back = diff(&repo, "HEAD", "original", Lang::En).unwrap();
    let ru_kinds: Vec<&str> = back
        .rows
        .iter()
        .filter_map(|r| r.languages.get(&Lang::Ru))
        .flatten()
        .map(|d| d.kind)
        .collect();
    assert_eq!(ru_kinds, ["added"]);
}

/// The amendment words a random edit toggles, in each language's script.
fn mark(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => " (بصيغته المعدلة)",
        Lang::Zh => "（经修订）",
        Lang::En => " (as amended)",
        Lang::Fr => " (tel que modifié)",
        Lang::Ru => " (с поправками)",
        Lang::Es => " (en su forma enmendada)",
    }
}

#[test]
fn random_histories_agree_with_a_reference_model() {
    // Each commit toggles the amendment words in one paragraph of one rendering (so a
    // second toggle is a revert); the reference remembers, per language and paragraph, the
    // English text when the translation last changed, and a translation is stale exactly
    // when the English paragraph's text differs from it now.
    let mut seed: u64 = 0x0051_584f_4c44;
    let mut next = move |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) % n as u64) as usize
    };
    let mut t = TestRepo::new();
    write_all(&t);
    t.commit("six renderings");
    let repo = DocRepo::discover(&t.folder()).unwrap();
    let mut texts: Vec<Vec<String>> = Lang::ALL
        .iter()
        .map(|&l| paragraphs(l).into_iter().map(str::to_owned).collect())
        .collect();
    let mut en_then: Vec<Vec<String>> = vec![texts[2].clone(); 6];
    for step in 1..=60 {
        let li = if next(3) == 0 { 2 } else { next(6) };
        let lang = Lang::ALL[li];
        let p = next(6);
        let para = &mut texts[li][p];
        let (body, end) = para.split_at(para.len() - para.chars().last().unwrap().len_utf8());
        *para = match body.strip_suffix(mark(lang)) {
            Some(original) => format!("{original}{end}"),
            None => format!("{body}{}{end}", mark(lang)),
        };
        let borrowed: Vec<&str> = texts[li].iter().map(String::as_str).collect();
        write(&t, lang, &borrowed);
        t.commit(&format!("{lang}: paragraph {p}"));
        if lang != Lang::En {
            en_then[li][p].clone_from(&texts[2][p]);
        }

        if step % 15 == 0 {
            let mut expected: Vec<(Lang, usize)> = Vec::new();
            for (p, en_now) in texts[2].iter().enumerate() {
                for (li, lang) in Lang::ALL.into_iter().enumerate() {
                    if lang != Lang::En && en_then[li][p] != *en_now {
                        expected.push((lang, p));
                    }
                }
            }
            let report = stale(&repo, "HEAD", Lang::En).unwrap();
            let found: Vec<(Lang, usize)> =
                report.stale.iter().map(|s| (s.lang, s.segment)).collect();
            assert_eq!(found, expected, "after {step} commits");
            assert_eq!(report.versions, step + 1);
        }
    }
}

/// Every digest `history` shows is `content_digest` of the rendering as that commit left
/// it, whether the reader saw the text in NFC (the digest taken from the read) or not
/// (decomposed accents: digested from the text), with a byte-order mark (which the
/// decoder drops), and after a revert brings an earlier blob back.
#[test]
fn history_digests_are_the_content_digests_of_each_version() {
    let mut t = TestRepo::new();
    write_all(&t);
    t.commit("six renderings");
    let fr = paragraphs(Lang::Fr);
    let mut versions: Vec<String> = Vec::new();
    let mut decomposed = fr.clone();
    let nfd = fr[3].replace('É', "E\u{301}");
    decomposed[3] = &nfd;
    versions.push(render(&decomposed));
    let mut nfc = fr.clone();
    let changed = format!("{} (révisé)", fr[3]);
    nfc[3] = &changed;
    versions.push(render(&nfc));
    versions.push(format!("\u{feff}{}", render(&nfc)));
    versions.push(render(&decomposed));
    versions.push(render(&fr));
    for (k, text) in versions.iter().enumerate() {
        t.write(&format!("{DIR}/fr.md"), text);
        t.commit(&format!("fr: version {k}"));
    }
    assert!(
        nfd.contains('\u{301}'),
        "the fixture has a decomposed accent"
    );
    let repo = DocRepo::discover(&t.folder()).unwrap();
    let report = history(&repo, "HEAD", Lang::En).unwrap();
    let entries = &report.languages[&Lang::Fr];
    assert_eq!(entries.len(), versions.len() + 1);
    for e in entries {
        let text = git(t.root(), &["show", &format!("{}:{DIR}/fr.md", e.commit.id)]);
        // The decoder drops a byte-order mark: the digest is of the text a reader sees.
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        assert_eq!(
            e.digest.as_deref(),
            Some(sixfold_core::content_digest(text).as_str()),
            "{}",
            e.commit.summary
        );
    }
}
