//! Times `stale` (and the bare folder walk) on a generated repository of thousands of
//! commits that edit the six bundled renderings of A/RES/51/60.
//!
//! `cargo bench -p sixfold-history --bench stale` (5,000 commits); set
//! `SIXFOLD_BENCH_COMMITS` for another size. Each commit amends one paragraph of one
//! rendering (English in about one commit of six, a translation otherwise),
//! and one commit in ten touches only a file outside the folder, so the walk also has
//! commits to skip. The repository is built with libgit2 in a temporary directory.
//!
//! Then `history` on the same repository, `stale` again with the on-disk cache warm, and
//! a second repository of 50,000 commits (`SIXFOLD_BENCH_SPARSE`) of which one in a
//! hundred touches the folder: what a monorepo with many documents looks like to one of
//! them.
#![allow(clippy::print_stdout)] // A benchmark reports on standard output.

use std::path::Path;
use std::time::Instant;

use git2::{FileMode, Oid, Repository, Signature, Time};
use sixfold_core::Lang;
use sixfold_history::{
    AlignCache, AnalyseOptions, DocRepo, cache_dir, folder_history, history_with, stale_with,
};

const DIR: &str = "translations/A-RES-51-60";

fn main() {
    let commits: usize = std::env::var("SIXFOLD_BENCH_COMMITS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5_000);
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(DIR);
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let started = Instant::now();
    build(tmp.path(), &corpus, commits);
    let built = started.elapsed();
    let folder = tmp.path().join(DIR);
    std::fs::create_dir_all(&folder).expect("the folder exists in the work tree too");

    let repo = DocRepo::discover(&folder).expect("the generated repository");
    let t = Instant::now();
    let walk = folder_history(&repo, "HEAD").expect("walk");
    let walked = t.elapsed();

    let t = Instant::now();
    let cache = AlignCache::in_memory();
    let report = stale_with(&repo, "HEAD", Lang::En, &AnalyseOptions::new(&cache)).expect("stale");
    let took = t.elapsed();
    let pairs = cache.stats();

    let t = Instant::now();
    let cache = AlignCache::in_memory();
    let hist =
        history_with(&repo, "HEAD", Lang::En, &AnalyseOptions::new(&cache)).expect("history");
    let history_took = t.elapsed();
    let entries: usize = hist.languages.values().map(Vec::len).sum();

    // The on-disk cache: filled by one run, read by the next.
    let disk = cache_dir(repo.repository().path());
    let fill = AlignCache::on_disk(disk.clone());
    let t = Instant::now();
    stale_with(&repo, "HEAD", Lang::En, &AnalyseOptions::new(&fill)).expect("stale");
    let cold = t.elapsed();
    let warm_cache = AlignCache::on_disk(disk);
    let t = Instant::now();
    let again =
        stale_with(&repo, "HEAD", Lang::En, &AnalyseOptions::new(&warm_cache)).expect("stale");
    let warm = t.elapsed();
    assert_eq!(again, report, "the disk cache changes no answer");

    println!(
        "generated {commits} commits in {:.2} s",
        built.as_secs_f64()
    );
    println!(
        "folder walk: {} commits walked, {} changed the folder: {:.3} s",
        walk.commits_walked,
        walk.versions.len(),
        walked.as_secs_f64()
    );
    println!(
        "stale: {} stale segments over {} versions: {:.2} s ({:.2} ms per version; {} pairs aligned, {} reused)",
        report.stale.len(),
        report.versions,
        took.as_secs_f64(),
        took.as_secs_f64() * 1000.0 / report.versions.max(1) as f64,
        pairs.aligned,
        pairs.reused
    );
    println!(
        "history: {entries} entries over {} commits walked: {:.2} s",
        hist.commits_walked,
        history_took.as_secs_f64()
    );
    println!(
        "stale with the on-disk cache: {:.2} s filling it, {:.2} s reading it ({} pairs reused)",
        cold.as_secs_f64(),
        warm.as_secs_f64(),
        warm_cache.stats().reused
    );
    drop(tmp);

    let sparse: usize = std::env::var("SIXFOLD_BENCH_SPARSE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50_000);
    if sparse == 0 {
        return;
    }
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let started = Instant::now();
    build_sparse(tmp.path(), &corpus, sparse, 100);
    let built = started.elapsed();
    let folder = tmp.path().join(DIR);
    std::fs::create_dir_all(&folder).expect("the folder exists in the work tree too");
    let repo = DocRepo::discover(&folder).expect("the generated repository");
    let t = Instant::now();
    let cache = AlignCache::in_memory();
    let report = stale_with(&repo, "HEAD", Lang::En, &AnalyseOptions::new(&cache)).expect("stale");
    let took = t.elapsed();
    println!(
        "sparse: generated {sparse} commits in {:.2} s; stale: {} of {} commits changed the folder, {} stale segments: {:.2} s",
        built.as_secs_f64(),
        report.versions,
        report.commits_walked,
        report.stale.len(),
        took.as_secs_f64()
    );
}

/// A repository of `commits` commits where one in `every` edits a rendering and the rest
/// edit files elsewhere (other documents' folders, build files).
fn build_sparse(root: &Path, corpus: &Path, commits: usize, every: usize) {
    let repo = Repository::init(root).expect("init");
    let mut texts = corpus_texts(corpus);
    let mut rng = Lcg(13);
    let empty = repo
        .find_tree(
            repo.treebuilder(None)
                .and_then(|t| t.write())
                .expect("empty tree"),
        )
        .expect("empty tree");
    let mut tree = {
        let mut b = git2::build::TreeUpdateBuilder::new();
        for (lang, text) in &texts {
            let blob = repo.blob(text.as_bytes()).expect("blob");
            b.upsert(format!("{DIR}/{}.md", lang.code()), blob, FileMode::Blob);
        }
        b.create_updated(&repo, &empty).expect("first tree")
    };
    let mut parent: Option<Oid> = None;
    for k in 0..commits {
        let mut b = git2::build::TreeUpdateBuilder::new();
        let message = if k > 0 && k % every == 0 {
            let i = rng.below(texts.len());
            let (lang, text) = &mut texts[i];
            let blocks = editable_blocks(text);
            let block = blocks.get(rng.below(blocks.len())).copied().unwrap_or(0);
            *text = edit(text, block, *lang);
            let blob = repo.blob(text.as_bytes()).expect("blob");
            b.upsert(format!("{DIR}/{}.md", lang.code()), blob, FileMode::Blob);
            format!("{lang}: edit block {block}")
        } else if k > 0 {
            let blob = repo.blob(format!("{k}\n").as_bytes()).expect("blob");
            b.upsert(
                format!("translations/OTHER-{}/en.md", k % 40),
                blob,
                FileMode::Blob,
            );
            format!("other document {k}")
        } else {
            "six renderings".to_owned()
        };
        let base = repo.find_tree(tree).expect("tree");
        tree = b.create_updated(&repo, &base).expect("tree");
        parent = Some(commit(&repo, tree, parent, k, &message));
    }
}

fn commit(repo: &Repository, tree: Oid, parent: Option<Oid>, k: usize, message: &str) -> Oid {
    let sig = Signature::new(
        "Bench",
        "bench@example.org",
        &Time::new(
            1_700_000_000 + i64::try_from(k).unwrap_or(i64::MAX / 120) * 60,
            0,
        ),
    )
    .expect("signature");
    let tree_obj = repo.find_tree(tree).expect("tree");
    let parents: Vec<git2::Commit<'_>> = parent
        .map(|p| repo.find_commit(p).expect("parent"))
        .into_iter()
        .collect();
    let refs: Vec<&git2::Commit<'_>> = parents.iter().collect();
    repo.commit(Some("HEAD"), &sig, &sig, message, &tree_obj, &refs)
        .expect("commit")
}

fn corpus_texts(corpus: &Path) -> Vec<(Lang, String)> {
    let texts: Vec<(Lang, String)> = Lang::ALL
        .into_iter()
        .filter_map(|lang| {
            let path = corpus.join(format!("{}.md", lang.code()));
            std::fs::read_to_string(path).ok().map(|t| (lang, t))
        })
        .collect();
    assert!(
        texts.len() >= 2,
        "the bundled renderings of {DIR} are needed to generate the history"
    );
    texts
}

/// A deterministic pseudo-random sequence (64-bit LCG, Knuth's constants), so every run
/// builds the same repository.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Blocks of a rendering that are body paragraphs worth editing: long and ending with
/// punctuation, so an edit keeps the reader's structure.
fn editable_blocks(text: &str) -> Vec<usize> {
    text.split("\n\n")
        .enumerate()
        .filter(|(_, b)| {
            let b = b.trim_end();
            b.chars().count() > 60
                && !b.contains("<sup>")
                && !b.starts_with("<!--")
                && b.ends_with(['.', ';', ',', '。', '；', '，', '،', '؛'])
        })
        .map(|(i, _)| i)
        .collect()
}

/// The word an amendment adds, in the language's own script (no digits: numbers are
/// anchors for the aligner, and real corrigenda do not add numbering noise).
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

/// Amends block `i`: adds the language's amendment words before the final punctuation, or
/// takes them out again if the last amendment put them there.
fn edit(text: &str, block: usize, lang: Lang) -> String {
    let mut blocks: Vec<String> = text.split("\n\n").map(str::to_owned).collect();
    if let Some(b) = blocks.get_mut(block) {
        let trimmed = b.trim_end().to_owned();
        let tail = b[trimmed.len()..].to_owned();
        let mut chars: Vec<char> = trimmed.chars().collect();
        let last = chars.pop().unwrap_or('.');
        let body: String = chars.into_iter().collect();
        *b = match body.strip_suffix(mark(lang)) {
            Some(original) => format!("{original}{last}{tail}"),
            None => format!("{body}{}{last}{tail}", mark(lang)),
        };
    }
    blocks.join("\n\n")
}

fn build(root: &Path, corpus: &Path, commits: usize) {
    let repo = Repository::init(root).expect("init");
    let mut texts = corpus_texts(corpus);
    let mut rng = Lcg(51_60);
    let mut parent: Option<Oid> = None;
    let mut tree = {
        let mut b = git2::build::TreeUpdateBuilder::new();
        for (lang, text) in &texts {
            let blob = repo.blob(text.as_bytes()).expect("blob");
            b.upsert(format!("{DIR}/{}.md", lang.code()), blob, FileMode::Blob);
        }
        let empty = repo
            .find_tree(
                repo.treebuilder(None)
                    .and_then(|t| t.write())
                    .expect("empty tree"),
            )
            .expect("empty tree");
        b.create_updated(&repo, &empty).expect("first tree")
    };
    for k in 0..commits {
        let message;
        if k > 0 && k % 10 == 0 {
            // A commit outside the folder.
            let blob = repo.blob(format!("build {k}\n").as_bytes()).expect("blob");
            let mut b = git2::build::TreeUpdateBuilder::new();
            b.upsert("NOTES.txt", blob, FileMode::Blob);
            let base = repo.find_tree(tree).expect("tree");
            tree = b.create_updated(&repo, &base).expect("tree");
            message = format!("notes {k}");
        } else if k > 0 {
            // English about one time in six, else a translation.
            let i = if rng.below(6) == 0 {
                texts.iter().position(|(l, _)| *l == Lang::En).unwrap_or(0)
            } else {
                rng.below(texts.len())
            };
            let (lang, text) = &mut texts[i];
            let blocks = editable_blocks(text);
            let Some(&block) = blocks.get(rng.below(blocks.len())) else {
                continue;
            };
            *text = edit(text, block, *lang);
            let blob = repo.blob(text.as_bytes()).expect("blob");
            let mut b = git2::build::TreeUpdateBuilder::new();
            b.upsert(format!("{DIR}/{}.md", lang.code()), blob, FileMode::Blob);
            let base = repo.find_tree(tree).expect("tree");
            tree = b.create_updated(&repo, &base).expect("tree");
            message = format!("{lang}: edit block {block}");
        } else {
            message = "six renderings".to_owned();
        }
        parent = Some(commit(&repo, tree, parent, k, &message));
    }
}
