//! Times `stale` (and the bare folder walk) on a generated repository of thousands of
//! commits that edit the six bundled renderings of A/RES/51/60.
//!
//! `cargo bench -p sixfold-history --bench stale` (5,000 commits); set
//! `SIXFOLD_BENCH_COMMITS` for another size. Each commit amends one paragraph of one
//! rendering (English in about one commit of six, a translation otherwise),
//! and one commit in ten touches only a file outside the folder, so the walk also has
//! commits to skip.
//!
//! Then `history` on the same repository, `stale` again with the on-disk cache warm, and
//! a second repository of 50,000 commits (`SIXFOLD_BENCH_SPARSE`, 0 skips it) of which one
//! in a hundred touches the folder: what a monorepo with many documents looks like to one
//! of them.
//!
//! The repositories are deterministic, so they are built once (objects written to memory
//! and stored as one pack, as `git fast-import` does) and kept under the target folder's
//! bench directory; later runs reuse them. Every phase reports the process's user CPU time
//! (all threads) besides the wall-clock time: on a shared machine the wall clock measures
//! the load as much as the code.
#![allow(clippy::print_stdout)] // A benchmark reports on standard output.

use std::path::{Path, PathBuf};
use std::time::Instant;

use git2::{FileMode, Oid, Repository, Signature, Time};
use sixfold_core::Lang;
use sixfold_history::{
    AlignCache, AnalyseOptions, DocRepo, cache_dir, folder_history, history_with, stale_with,
};

const DIR: &str = "translations/A-RES-51-60";

/// Bump when a generator changes, so that a kept repository is not reused.
const GENERATOR: u32 = 1;

/// Wall-clock and user CPU time of one phase.
struct Timer {
    wall: Instant,
    cpu: Option<f64>,
}

impl Timer {
    fn start() -> Timer {
        Timer {
            wall: Instant::now(),
            cpu: user_cpu_seconds(),
        }
    }

    /// `"1.23 s CPU, 1.40 s wall"`, and the CPU (else wall) seconds.
    fn stop(&self) -> (String, f64) {
        let wall = self.wall.elapsed().as_secs_f64();
        match (self.cpu, user_cpu_seconds()) {
            (Some(a), Some(b)) => (format!("{:.2} s user CPU, {wall:.2} s wall", b - a), b - a),
            _ => (format!("{wall:.2} s wall"), wall),
        }
    }
}

/// The process's user CPU time (every thread), from `/proc/self/stat` (Linux; `None`
/// elsewhere). Field 14 counts clock ticks, 100 per second on every Linux build that
/// matters here.
fn user_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    let rest = &stat[stat.rfind(')')? + 2..];
    let utime: f64 = rest.split(' ').nth(11)?.parse().ok()?;
    Some(utime / 100.0)
}

fn main() {
    let commits: usize = std::env::var("SIXFOLD_BENCH_COMMITS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5_000);
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(DIR);
    let (root, built) = kept_repo(&format!("dense-{commits}"), |root| {
        build(root, &corpus, commits);
    });
    if let Some(t) = built {
        println!(
            "generated {commits} commits in {t:.2} s (kept in {})",
            root.display()
        );
    }
    let folder = root.join(DIR);
    std::fs::create_dir_all(&folder).expect("the folder exists in the work tree too");

    let repo = DocRepo::discover(&folder).expect("the generated repository");
    let t = Timer::start();
    let walk = folder_history(&repo, "HEAD").expect("walk");
    let (walked, _) = t.stop();

    let t = Timer::start();
    let cache = AlignCache::in_memory();
    let report = stale_with(&repo, "HEAD", Lang::En, &AnalyseOptions::new(&cache)).expect("stale");
    let (took, secs) = t.stop();
    let pairs = cache.stats();

    let t = Timer::start();
    let cache = AlignCache::in_memory();
    let hist =
        history_with(&repo, "HEAD", Lang::En, &AnalyseOptions::new(&cache)).expect("history");
    let (history_took, _) = t.stop();
    let entries: usize = hist.languages.values().map(Vec::len).sum();

    // The on-disk cache: filled by one run, read by the next.
    let disk = cache_dir(repo.repository().path());
    let _ = std::fs::remove_dir_all(&disk);
    let fill = AlignCache::on_disk(disk.clone());
    let t = Timer::start();
    stale_with(&repo, "HEAD", Lang::En, &AnalyseOptions::new(&fill)).expect("stale");
    let (cold, _) = t.stop();
    let warm_cache = AlignCache::on_disk(disk.clone());
    let t = Timer::start();
    let again =
        stale_with(&repo, "HEAD", Lang::En, &AnalyseOptions::new(&warm_cache)).expect("stale");
    let (warm, _) = t.stop();
    let _ = std::fs::remove_dir_all(&disk);
    assert_eq!(again, report, "the disk cache changes no answer");

    println!(
        "folder walk: {} commits walked, {} changed the folder: {walked}",
        walk.commits_walked,
        walk.versions.len(),
    );
    println!(
        "stale: {} stale segments over {} versions: {took} ({:.2} ms CPU per version; {} pairs aligned, {} reused)",
        report.stale.len(),
        report.versions,
        secs * 1000.0 / report.versions.max(1) as f64,
        pairs.aligned,
        pairs.reused
    );
    println!(
        "history: {entries} entries over {} commits walked: {history_took}",
        hist.commits_walked,
    );
    println!(
        "stale with the on-disk cache: filling it {cold}; reading it {warm} ({} pairs reused)",
        warm_cache.stats().reused
    );

    let sparse: usize = std::env::var("SIXFOLD_BENCH_SPARSE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50_000);
    if sparse == 0 {
        return;
    }
    let (root, built) = kept_repo(&format!("sparse-{sparse}"), |root| {
        build_sparse(root, &corpus, sparse, 100);
    });
    if let Some(t) = built {
        println!(
            "sparse: generated {sparse} commits in {t:.2} s (kept in {})",
            root.display()
        );
    }
    let folder = root.join(DIR);
    std::fs::create_dir_all(&folder).expect("the folder exists in the work tree too");
    let repo = DocRepo::discover(&folder).expect("the generated repository");
    let t = Timer::start();
    let cache = AlignCache::in_memory();
    let report = stale_with(&repo, "HEAD", Lang::En, &AnalyseOptions::new(&cache)).expect("stale");
    let (took, _) = t.stop();
    println!(
        "sparse: stale: {} of {} commits changed the folder, {} stale segments: {took}",
        report.versions,
        report.commits_walked,
        report.stale.len(),
    );
}

/// The generated repository `name`, kept under the target folder: built by `build` (in a
/// temporary folder renamed into place, so an interrupted build is never reused) unless an
/// earlier run left it. Returns its path and, when built now, how long that took.
fn kept_repo(name: &str, build: impl FnOnce(&Path)) -> (PathBuf, Option<f64>) {
    let base = Path::new(env!("CARGO_TARGET_TMPDIR")).join("sixfold-history-stale");
    let root = base.join(format!("{name}-v{GENERATOR}"));
    if root.join(".git").is_dir() {
        return (root, None);
    }
    std::fs::create_dir_all(&base).expect("the bench folder");
    let tmp = tempfile::tempdir_in(&base).expect("a temporary directory");
    let started = Instant::now();
    build(tmp.path());
    let took = started.elapsed().as_secs_f64();
    let tmp = tmp.keep();
    std::fs::rename(&tmp, &root).expect("keeping the generated repository");
    (root, Some(took))
}

/// Generates a repository at `root`: `body` writes its objects and returns the last
/// commit. Objects go to memory and are stored as one pack at the end, then a branch is
/// pointed at the last commit, as `git fast-import` does: thousands of loose objects and
/// ref updates are what makes generating slow.
fn generate(root: &Path, body: impl FnOnce(&Repository) -> Oid) {
    use std::io::Write as _;
    let repo = Repository::init(root).expect("init");
    let odb = repo.odb().expect("the object database");
    let mempack = odb
        .add_new_mempack_backend(1000)
        .expect("an in-memory backend");
    let head = body(&repo);
    let mut pack = git2::Buf::new();
    mempack
        .dump(&repo, &mut pack)
        .expect("the objects as a pack");
    let mut writer = odb.packwriter().expect("a pack writer");
    writer.write_all(&pack).expect("the pack written");
    writer.commit().expect("the pack stored");
    mempack.reset().expect("memory released");
    repo.reference("refs/heads/bench", head, true, "generated")
        .expect("the branch");
    repo.set_head("refs/heads/bench").expect("HEAD");
}

/// A repository of `commits` commits where one in `every` edits a rendering and the rest
/// edit files elsewhere (other documents' folders, build files).
fn build_sparse(root: &Path, corpus: &Path, commits: usize, every: usize) {
    generate(root, |repo| sparse_commits(repo, corpus, commits, every));
}

fn sparse_commits(repo: &Repository, corpus: &Path, commits: usize, every: usize) -> Oid {
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
        b.create_updated(repo, &empty).expect("first tree")
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
        tree = b.create_updated(repo, &base).expect("tree");
        parent = Some(commit(repo, tree, parent, k, &message));
    }
    parent.expect("at least one commit")
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
    repo.commit(None, &sig, &sig, message, &tree_obj, &refs)
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
    generate(root, |repo| dense_commits(repo, corpus, commits));
}

fn dense_commits(repo: &Repository, corpus: &Path, commits: usize) -> Oid {
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
        b.create_updated(repo, &empty).expect("first tree")
    };
    for k in 0..commits {
        let message;
        if k > 0 && k % 10 == 0 {
            // A commit outside the folder.
            let blob = repo.blob(format!("build {k}\n").as_bytes()).expect("blob");
            let mut b = git2::build::TreeUpdateBuilder::new();
            b.upsert("NOTES.txt", blob, FileMode::Blob);
            let base = repo.find_tree(tree).expect("tree");
            tree = b.create_updated(repo, &base).expect("tree");
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
            tree = b.create_updated(repo, &base).expect("tree");
            message = format!("{lang}: edit block {block}");
        } else {
            message = "six renderings".to_owned();
        }
        parent = Some(commit(repo, tree, parent, k, &message));
    }
    parent.expect("at least one commit")
}
