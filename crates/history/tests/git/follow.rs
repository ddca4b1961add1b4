//! Histories that real repositories have: renamed folders and renderings, reverts, merged
//! side branches, an undecodable version in the middle, and the work tree as a version.

use sixfold_core::Lang;
use sixfold_history::{
    AlignCache, AnalyseOptions, DocRepo, HistoryError, Revision, diff_revisions, diff_with,
    history, history_with, stale, stale_with,
};

use crate::docs::{DIR, edit, paragraphs, render, write_all};
use crate::fixture::TestRepo;

const EN_OP2: &str =
    "2. Urges Member States to cooperate closely in combating serious transnational crime;";
const FR_OP2: &str = "2. Prie instamment les États Membres de coopérer étroitement dans la lutte contre la criminalité transnationale grave ;";
const RENAMED: &str = "translations/A-TEST-1-renamed";

fn stale_langs(repo: &DocRepo, options: &AnalyseOptions<'_>) -> Vec<(Lang, String)> {
    stale_with(repo, "HEAD", Lang::En, options)
        .unwrap()
        .stale
        .into_iter()
        .map(|s| (s.lang, s.label.map(|l| l.to_string()).unwrap_or_default()))
        .collect()
}

fn op2_everywhere_but_fr() -> Vec<(Lang, String)> {
    [Lang::Ar, Lang::Zh, Lang::Ru, Lang::Es]
        .into_iter()
        .map(|l| (l, "op.2".to_owned()))
        .collect()
}

/// Six renderings, an English corrigendum, French follows; then the folder is renamed.
fn renamed_folder() -> (TestRepo, git2::Oid) {
    let mut t = TestRepo::new();
    write_all(&t);
    t.commit("six renderings");
    edit(&t, Lang::En, 3, EN_OP2);
    t.commit("en: op. 2");
    edit(&t, Lang::Fr, 3, FR_OP2);
    let before = t.commit("fr: op. 2");
    std::fs::rename(t.folder(), t.root().join(RENAMED)).unwrap();
    t.commit("rename the folder");
    (t, before)
}

#[test]
fn stale_and_history_continue_through_a_folder_rename() {
    let (t, _) = renamed_folder();
    let repo = DocRepo::discover(&t.root().join(RENAMED)).unwrap();
    let cache = AlignCache::in_memory();
    let options = AnalyseOptions::new(&cache);
    assert_eq!(stale_langs(&repo, &options), op2_everywhere_but_fr());

    let report = history(&repo, "HEAD", Lang::En).unwrap();
    for lang in Lang::ALL {
        let entries = &report.languages[&lang];
        // The rename is one entry, marked as such, touching no row.
        let rename = &entries[0];
        assert_eq!(rename.commit.summary, "rename the folder", "{lang}");
        assert_eq!(
            rename.renamed_from.as_deref(),
            Some(format!("{DIR}/{}.md", lang.code()).as_str())
        );
        assert!(rename.change.rows.is_empty() && rename.change.removed.is_empty());
        let first = entries.last().unwrap();
        assert_eq!(first.commit.summary, "six renderings");
        assert!(first.change.rows.iter().all(|r| r.kind == "added"));
    }
    assert_eq!(report.languages[&Lang::Fr].len(), 3);

    // Without following, the folder starts at the rename: every row added, nothing stale.
    let mut no_follow = AnalyseOptions::new(&cache);
    no_follow.follow = false;
    assert!(stale_langs(&repo, &no_follow).is_empty());
    let report = history_with(&repo, "HEAD", Lang::En, &no_follow).unwrap();
    let fr = &report.languages[&Lang::Fr];
    assert_eq!(fr.len(), 1);
    assert!(fr[0].renamed_from.is_none());
    assert_eq!(fr[0].change.rows.len(), 6);
}

/// Five renderings committed, the Spanish drafted in `drafts/es-draft/`, an English
/// corrigendum committed, then the Spanish moved into the folder (not yet committed).
fn spanish_drafted_elsewhere_then_moved_in() -> TestRepo {
    let mut t = TestRepo::new();
    write_all(&t);
    std::fs::remove_file(t.folder().join("es.md")).unwrap();
    t.write("drafts/es-draft/es.md", &render(&paragraphs(Lang::Es)));
    t.commit("five renderings, a Spanish draft");
    edit(&t, Lang::En, 3, EN_OP2);
    t.commit("en: op. 2");
    std::fs::rename(
        t.root().join("drafts/es-draft/es.md"),
        t.folder().join("es.md"),
    )
    .unwrap();
    t
}

#[test]
fn a_single_rendering_renamed_or_moved_in_is_followed() {
    let mut t = spanish_drafted_elsewhere_then_moved_in();
    // French is renamed inside the folder to its three-letter name.
    std::fs::rename(t.folder().join("fr.md"), t.folder().join("fra.md")).unwrap();
    t.commit("move the Spanish in; fr.md is fra.md");

    let repo = DocRepo::discover(&t.folder()).unwrap();
    let report = history(&repo, "HEAD", Lang::En).unwrap();
    let es = &report.languages[&Lang::Es];
    assert_eq!(es.len(), 2, "the draft's commit and the move");
    assert_eq!(es[0].renamed_from.as_deref(), Some("drafts/es-draft/es.md"));
    assert!(es[0].change.rows.is_empty());
    let fr = &report.languages[&Lang::Fr];
    assert_eq!(
        fr[0].renamed_from.as_deref(),
        Some(format!("{DIR}/fr.md").as_str())
    );
    // Spanish was written before the corrigendum, wherever it lived: it is stale.
    let found: Vec<Lang> = stale(&repo, "HEAD", Lang::En)
        .unwrap()
        .stale
        .iter()
        .map(|s| s.lang)
        .collect();
    assert_eq!(found, [Lang::Ar, Lang::Zh, Lang::Fr, Lang::Ru, Lang::Es]);
}

#[test]
fn a_folder_that_exists_only_before_a_rename_is_read_and_diffed_there() {
    let (t, before) = renamed_folder();
    // The old path is not on disk any more.
    assert!(!t.folder().exists());
    let repo = DocRepo::discover(&t.folder()).unwrap();
    assert_eq!(repo.folder(), DIR);
    let snap = repo.snapshot("HEAD~1").unwrap();
    assert_eq!(snap.renderings.len(), 6);
    assert_eq!(snap.commit.id, before.to_string());
    let report = diff_revisions(
        &repo,
        &Revision::Commit("HEAD~1".into()),
        &Revision::Commit("HEAD~3".into()),
        Lang::En,
        &AlignCache::in_memory(),
    )
    .unwrap();
    let kinds: Vec<(Lang, &str)> = report
        .rows
        .iter()
        .flat_map(|r| r.languages.iter())
        .flat_map(|(l, items)| items.iter().map(move |d| (*l, d.kind)))
        .collect();
    assert_eq!(kinds, [(Lang::En, "changed"), (Lang::Fr, "changed")]);
    // At HEAD the old path is gone, and the message says so.
    let err = repo.snapshot("HEAD").unwrap_err();
    assert!(matches!(err, HistoryError::FolderAbsent { .. }), "{err}");
}

#[test]
fn the_work_tree_is_a_version_for_diff_and_for_stale() {
    let mut t = TestRepo::new();
    write_all(&t);
    t.commit("six renderings");
    edit(&t, Lang::En, 3, EN_OP2);
    let repo = DocRepo::discover(&t.folder()).unwrap();
    let cache = AlignCache::in_memory();
    let report = diff_revisions(
        &repo,
        &Revision::Commit("HEAD".into()),
        &Revision::WorkTree,
        Lang::En,
        &cache,
    )
    .unwrap();
    assert!(report.to.is_work_tree());
    assert_eq!(report.rows.len(), 1);
    let en = &report.rows[0].languages[&Lang::En][0];
    assert_eq!(en.new_text.as_deref(), Some(EN_OP2));
    // HEAD against HEAD: nothing.
    let same = diff_revisions(
        &repo,
        &Revision::Commit("HEAD".into()),
        &Revision::Commit("HEAD".into()),
        Lang::En,
        &cache,
    )
    .unwrap();
    assert!(same.rows.is_empty());

    let mut options = AnalyseOptions::new(&cache);
    assert!(stale_langs(&repo, &options).is_empty());
    options.worktree = true;
    let report = stale_with(&repo, "HEAD", Lang::En, &options).unwrap();
    assert_eq!(report.stale.len(), 5);
    assert!(
        report
            .stale
            .iter()
            .all(|s| s.pivot_commit == "0".repeat(40))
    );
    // One commit changed the folder: the work tree is a version, not a commit.
    assert_eq!(report.versions, 1);
}

#[test]
fn a_change_and_its_revert_make_nothing_stale() {
    let mut t = TestRepo::new();
    write_all(&t);
    t.commit("six renderings");
    edit(&t, Lang::En, 3, EN_OP2);
    t.commit("en: op. 2");
    write_all(&t);
    t.commit("Revert \"en: op. 2\"");
    let repo = DocRepo::discover(&t.folder()).unwrap();
    let cache = AlignCache::in_memory();
    assert!(stale_langs(&repo, &AnalyseOptions::new(&cache)).is_empty());
    // One step back, before the revert, the five translations were stale.
    let at = stale(&repo, "HEAD~1", Lang::En).unwrap();
    assert_eq!(at.stale.len(), 5);
    // A translation that changed in between and an English text that came back to what
    // the translation was made from: still not stale.
    edit(&t, Lang::En, 3, EN_OP2);
    t.commit("en: op. 2 again");
    edit(&t, Lang::Fr, 3, FR_OP2);
    t.commit("fr: op. 2");
    write_all(&t);
    edit(&t, Lang::Fr, 3, FR_OP2);
    t.commit("en: revert op. 2 again");
    assert_eq!(
        stale_langs(&repo, &AnalyseOptions::new(&cache)),
        [(Lang::Fr, "op.2".to_owned())],
        "French followed the text that was reverted"
    );
}

#[test]
fn a_side_branch_change_is_credited_to_the_commit_that_made_it() {
    let mut t = TestRepo::new();
    write_all(&t);
    let base = t.commit("six renderings");
    // Side branch: the English corrigendum.
    edit(&t, Lang::En, 3, EN_OP2);
    let side = t.commit("en: op. 2 (on a branch)");
    t.repo
        .branch("side", &t.repo.find_commit(side).unwrap(), false)
        .unwrap();
    // Main: back to the base, an unrelated commit.
    t.repo.set_head_detached(base).unwrap();
    t.repo
        .reset(
            &t.repo.find_object(base, None).unwrap(),
            git2::ResetType::Hard,
            None,
        )
        .unwrap();
    t.write("README.md", "notes\n");
    let main = t.commit("readme");
    // The merge: main's tree plus the side's English.
    edit(&t, Lang::En, 3, EN_OP2);
    let merge = t.merge_commit("merge side", main, side);

    let repo = DocRepo::discover(&t.folder()).unwrap();
    let report = history(&repo, &merge.to_string(), Lang::En).unwrap();
    let en = &report.languages[&Lang::En];
    assert_eq!(en[0].commit.id, side.to_string());
    assert_eq!(en[0].commit.summary, "en: op. 2 (on a branch)");
    let found = stale(&repo, &merge.to_string(), Lang::En).unwrap();
    assert_eq!(found.stale.len(), 5);
    assert!(
        found
            .stale
            .iter()
            .all(|s| s.pivot_commit == side.to_string())
    );
}

#[test]
fn an_undecodable_version_is_a_warning_and_is_skipped() {
    let mut t = TestRepo::new();
    write_all(&t);
    t.commit("six renderings");
    edit(&t, Lang::En, 3, EN_OP2);
    t.commit("en: op. 2");
    // French saved as Latin-1 (unreadable: a warning), then as UTF-16 with a byte-order
    // mark (read as the work tree reads it), then edited in UTF-8.
    let fr_text = render(&paragraphs(Lang::Fr));
    let latin1: Vec<u8> = fr_text
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    std::fs::write(t.folder().join("fr.md"), &latin1).unwrap();
    let bad = t.commit("fr: saved in Latin-1");
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(fr_text.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(t.folder().join("fr.md"), &utf16).unwrap();
    t.commit("fr: saved in UTF-16");
    edit(&t, Lang::Fr, 3, FR_OP2);
    t.commit("fr: op. 2, in UTF-8 again");

    let repo = DocRepo::discover(&t.folder()).unwrap();
    let cache = AlignCache::in_memory();
    let options = AnalyseOptions::new(&cache);
    let report = stale_with(&repo, "HEAD", Lang::En, &options).unwrap();
    assert_eq!(
        report.warnings.len(),
        1,
        "UTF-16 with a byte-order mark is text"
    );
    assert_eq!(report.warnings[0].commit.id, bad.to_string());
    assert_eq!(report.warnings[0].path, format!("{DIR}/fr.md"));
    assert_eq!(report.warnings[0].offset, fr_text.find('é'));
    assert_eq!(report.stale.len(), 4, "French followed in the end");
    let history = history_with(&repo, "HEAD", Lang::En, &options).unwrap();
    let fr = &history.languages[&Lang::Fr];
    assert_eq!(fr.len(), 3, "the undecodable version is skipped");
    assert_eq!(fr[1].commit.summary, "fr: saved in UTF-16");
    assert!(
        fr[1].change.rows.is_empty(),
        "same text in another encoding"
    );
    assert_eq!(fr[0].change.rows.len(), 1);

    let mut strict = AnalyseOptions::new(&cache);
    strict.strict = true;
    let err = stale_with(&repo, "HEAD", Lang::En, &strict).unwrap_err();
    assert!(matches!(err, HistoryError::NotUtf8 { .. }), "{err}");
    assert!(err.to_string().contains(&format!("{DIR}/fr.md")), "{err}");
}

#[test]
fn a_disk_cache_gives_the_same_answers_and_survives_damage() {
    let (t, _) = renamed_folder();
    let repo = DocRepo::discover(&t.root().join(RENAMED)).unwrap();
    let dir = sixfold_history::cache_dir(repo.repository().path());
    let first = AlignCache::on_disk(dir.clone());
    let a = stale_with(&repo, "HEAD", Lang::En, &AnalyseOptions::new(&first)).unwrap();
    assert!(first.stats().aligned > 0);
    // Damage every cache file: the next run recomputes and answers the same.
    for entry in walk(&dir) {
        std::fs::write(entry, "sixfold-align-pair 1 garbage\n").unwrap();
    }
    let damaged = AlignCache::on_disk(dir.clone());
    let b = stale_with(&repo, "HEAD", Lang::En, &AnalyseOptions::new(&damaged)).unwrap();
    assert_eq!(a, b);
    assert_eq!(damaged.stats().reused, 0);
    // Now every pair is on disk.
    let warm = AlignCache::on_disk(dir);
    let c = stale_with(&repo, "HEAD", Lang::En, &AnalyseOptions::new(&warm)).unwrap();
    assert_eq!(a, c);
    assert_eq!(warm.stats().aligned, 0);
    assert!(warm.stats().reused > 0);
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// The random-history model with renames and reverts: each step toggles the amendment
/// words in one paragraph of one rendering (toggling twice is a revert), and now and then
/// the folder is renamed. A translation is stale exactly when the English paragraph's text
/// differs from what it was when the translation's paragraph last changed.
#[test]
fn random_histories_with_renames_and_reverts_agree_with_a_reference_model() {
    let mut seed: u64 = 0x5e1f_0110_0000_0013;
    let mut next = move |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) % n as u64) as usize
    };
    let mark = |lang: Lang| match lang {
        Lang::Ar => " (بصيغته المعدلة)",
        Lang::Zh => "（经修订）",
        Lang::En => " (as amended)",
        Lang::Fr => " (tel que modifié)",
        Lang::Ru => " (с поправками)",
        Lang::Es => " (en su forma enmendada)",
    };
    let mut t = TestRepo::new();
    let mut dir = DIR.to_owned();
    write_all(&t);
    t.commit("six renderings");
    let mut texts: Vec<Vec<String>> = Lang::ALL
        .iter()
        .map(|&l| paragraphs(l).into_iter().map(str::to_owned).collect())
        .collect();
    // English text of each paragraph when each language's paragraph last changed.
    let mut en_then: Vec<Vec<String>> = vec![texts[2].clone(); 6];
    let cache = AlignCache::in_memory();
    let mut renames = 0;
    for step in 1..=48 {
        if step % 9 == 0 {
            let to = format!("translations/A-TEST-1-r{step}");
            std::fs::rename(t.root().join(&dir), t.root().join(&to)).unwrap();
            dir = to;
            t.commit(&format!("rename to {dir}"));
            renames += 1;
            continue;
        }
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
        t.write(&format!("{dir}/{}.md", lang.code()), &render(&borrowed));
        t.commit(&format!("{lang}: paragraph {p}"));
        if lang != Lang::En {
            en_then[li][p].clone_from(&texts[2][p]);
        }

        if step % 8 == 0 {
            let mut expected: Vec<(Lang, usize)> = Vec::new();
            for (p, en_now) in texts[2].iter().enumerate() {
                for (li, lang) in Lang::ALL.into_iter().enumerate() {
                    if lang != Lang::En && en_then[li][p] != *en_now {
                        expected.push((lang, p));
                    }
                }
            }
            let repo = DocRepo::discover(&t.root().join(&dir)).unwrap();
            let report = stale_with(&repo, "HEAD", Lang::En, &AnalyseOptions::new(&cache)).unwrap();
            let mut found: Vec<(Lang, usize)> =
                report.stale.iter().map(|s| (s.lang, s.segment)).collect();
            // The report is in row order, and a row may hold two paragraphs of a language.
            found.sort_by_key(|&(l, s)| (s, l));
            assert_eq!(found, expected, "after {step} commits");
            assert_eq!(report.versions, step + 1, "every commit changed the folder");
        }
    }
    assert!(renames >= 4);
}

/// (language, kind) of every segment a diff lists, in order.
fn diff_kinds(report: &sixfold_history::DiffReport) -> Vec<(Lang, &'static str)> {
    report
        .rows
        .iter()
        .flat_map(|r| r.languages.iter())
        .flat_map(|(l, items)| items.iter().map(move |d| (*l, d.kind)))
        .collect()
}

#[test]
fn diff_follows_a_folder_rename_between_its_revisions() {
    let (t, _) = renamed_folder();
    let repo = DocRepo::discover(&t.root().join(RENAMED)).unwrap();
    let cache = AlignCache::in_memory();
    let rev = |r: &str| Revision::Commit(r.to_owned());
    // HEAD~3 is the first commit, under the old name; English and French changed since.
    let both = [(Lang::En, "changed"), (Lang::Fr, "changed")];
    let report = diff_revisions(&repo, &rev("HEAD~3"), &rev("HEAD"), Lang::En, &cache).unwrap();
    assert_eq!(diff_kinds(&report), both);
    assert_eq!(report.rows.len(), 1);
    assert_eq!(
        report.rows[0].languages[&Lang::En][0].new_text.as_deref(),
        Some(EN_OP2)
    );
    // Newer first: the path names the folder at the newer revision, either way round.
    let back = diff_revisions(&repo, &rev("HEAD"), &rev("HEAD~3"), Lang::En, &cache).unwrap();
    assert_eq!(diff_kinds(&back), both);
    // The work tree (the CLI's default `--to`) stands where HEAD does.
    let work =
        diff_revisions(&repo, &rev("HEAD~3"), &Revision::WorkTree, Lang::En, &cache).unwrap();
    assert_eq!(diff_kinds(&work), both);
    // Only the rename between them: nothing differs.
    let renamed = diff_revisions(&repo, &rev("HEAD~1"), &rev("HEAD"), Lang::En, &cache).unwrap();
    assert!(renamed.rows.is_empty());

    // Without following, the path is read at each revision as it is: absent before.
    let mut no_follow = AnalyseOptions::new(&cache);
    no_follow.follow = false;
    let err = diff_with(&repo, &rev("HEAD~3"), &rev("HEAD"), Lang::En, &no_follow).unwrap_err();
    assert!(
        matches!(&err, HistoryError::FolderAbsent { rev, .. } if rev == "HEAD~3"),
        "{err}"
    );
    // Before the rename the new path is at neither revision: the error names the newer
    // one, where the path is looked up, in either order.
    for (from, to) in [("HEAD~3", "HEAD~2"), ("HEAD~2", "HEAD~3")] {
        let err = diff_revisions(&repo, &rev(from), &rev(to), Lang::En, &cache).unwrap_err();
        assert!(
            matches!(&err, HistoryError::FolderAbsent { rev, .. } if rev == "HEAD~2"),
            "{from}..{to}: {err}"
        );
    }
}

#[test]
fn diff_follows_a_rendering_moved_into_the_folder() {
    let mut t = spanish_drafted_elsewhere_then_moved_in();
    t.commit("move the Spanish in");
    let repo = DocRepo::discover(&t.folder()).unwrap();
    let cache = AlignCache::in_memory();
    let (from, to) = (
        Revision::Commit("HEAD~2".into()),
        Revision::Commit("HEAD".into()),
    );
    // The Spanish text did not change, it moved: only the English corrigendum differs.
    let report = diff_revisions(&repo, &from, &to, Lang::En, &cache).unwrap();
    assert_eq!(diff_kinds(&report), [(Lang::En, "changed")]);
    // Without following, the Spanish is new in the folder: every paragraph added.
    let mut no_follow = AnalyseOptions::new(&cache);
    no_follow.follow = false;
    let report = diff_with(&repo, &from, &to, Lang::En, &no_follow).unwrap();
    let kinds = diff_kinds(&report);
    assert!(kinds.contains(&(Lang::En, "changed")), "{kinds:?}");
    let es: Vec<&str> = kinds
        .iter()
        .filter(|(l, _)| *l == Lang::Es)
        .map(|(_, k)| *k)
        .collect();
    assert!(
        !es.is_empty() && es.iter().all(|k| *k == "added"),
        "{kinds:?}"
    );
}

#[test]
fn diff_follows_the_old_path_forward_to_where_the_folder_went() {
    let (t, _) = renamed_folder();
    // The old path, gone from the work tree and from HEAD.
    let repo = DocRepo::discover(&t.folder()).unwrap();
    let cache = AlignCache::in_memory();
    let rev = |r: &str| Revision::Commit(r.to_owned());
    let report = diff_revisions(&repo, &rev("HEAD~3"), &rev("HEAD"), Lang::En, &cache).unwrap();
    assert_eq!(
        diff_kinds(&report),
        [(Lang::En, "changed"), (Lang::Fr, "changed")]
    );
    let back = diff_revisions(&repo, &rev("HEAD"), &rev("HEAD~3"), Lang::En, &cache).unwrap();
    assert_eq!(diff_kinds(&back).len(), 2);
    // The work tree holds the folder under its new name too.
    let work =
        diff_revisions(&repo, &rev("HEAD~3"), &Revision::WorkTree, Lang::En, &cache).unwrap();
    assert_eq!(diff_kinds(&work).len(), 2);
    let mut no_follow = AnalyseOptions::new(&cache);
    no_follow.follow = false;
    let err = diff_with(&repo, &rev("HEAD~3"), &rev("HEAD"), Lang::En, &no_follow).unwrap_err();
    assert!(
        matches!(&err, HistoryError::FolderAbsent { rev, .. } if rev == "HEAD"),
        "{err}"
    );
}
