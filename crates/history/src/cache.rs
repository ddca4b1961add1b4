//! Pairwise alignments kept by the content of the two renderings aligned.
//!
//! A folder's history is mostly commits that change one rendering; its six-way alignment
//! is five pivot–language pairs merged into rows, and four of those pairs are the same as
//! in the version before. Keyed by the blob ids of both renderings (git's content digest,
//! which the work tree's files get too), each distinct pair is aligned once per run, and
//! with a cache folder (`.git/sixfold/`) once per repository.
//!
//! On disk every pair is one small file named by its key. It is written to a temporary
//! file and renamed into place, so concurrent runs never see half a file, and whichever
//! finishes last wins with the same content. A file is used only when its first line is
//! this build's stamp and its key line is the key asked for; anything else (an older
//! format, a truncated or damaged file) is ignored and recomputed.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use git2::Oid;
use rayon::prelude::*;
use sixfold_core::Lang;
use sixfold_translations::align::{
    AlignOptions, Bead, PairFeatures, PairRun, align, align_from_pairs, align_pair_continuing,
};
use sixfold_translations::{Alignment, Document, Reason, Segment};

/// First line of every cache file: the format and the aligner it came from. A new release
/// may align differently, so its files never read another release's.
///
/// Format 2: reasons are read back into [`Reason`] values (format 1 files, written before
/// reasons were values, are recomputed rather than trusted to parse the same).
const STAMP: &str = concat!("sixfold-align-pair 2 ", env!("CARGO_PKG_VERSION"));

/// One pivot–language pair by content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct PairKey {
    pub(crate) pivot: Lang,
    pub(crate) pivot_blob: Oid,
    pub(crate) other: Lang,
    pub(crate) other_blob: Oid,
}

impl PairKey {
    fn line(&self) -> String {
        format!(
            "{} {} {} {}",
            self.pivot.code(),
            self.pivot_blob,
            self.other.code(),
            self.other_blob
        )
    }
}

/// One version to align: its parsed renderings and their blob ids.
pub(crate) type VersionRef<'a> = (&'a BTreeMap<Lang, Arc<Document>>, &'a BTreeMap<Lang, Oid>);

/// A rendering version's features, and the version they were made from.
type Kept = (Arc<PairFeatures>, Arc<Document>);

/// The last pair aligned for a pair of languages: both sides' features and its run.
type LastRun = (Arc<PairFeatures>, Arc<PairFeatures>, Arc<PairRun>);

/// Pairwise alignments of one run, optionally backed by a folder.
#[derive(Debug, Default)]
pub struct AlignCache {
    memory: Mutex<HashMap<PairKey, Vec<Bead>>>,
    /// What the aligner reads of each rendering version, with the version, for the
    /// versions of the latest batch: the next batch mostly shares them, and a new version
    /// of a rendering takes most of its features from an earlier one.
    features: Mutex<HashMap<(Lang, Oid), Kept>>,
    /// Per pair of languages, the last pair aligned: the next one starts from its
    /// programmes.
    runs: Mutex<HashMap<(Lang, Lang), LastRun>>,
    disk: Option<PathBuf>,
    aligned: AtomicUsize,
    reused: AtomicUsize,
}

/// How much a run aligned and how much it found already aligned.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CacheStats {
    /// Pairs aligned in this run.
    pub aligned: usize,
    /// Pairs found in memory or on disk.
    pub reused: usize,
}

impl AlignCache {
    /// A cache for this run only.
    #[must_use]
    pub fn in_memory() -> AlignCache {
        AlignCache::default()
    }

    /// A cache that also reads and writes pair files under `dir` (created when needed).
    #[must_use]
    pub fn on_disk(dir: PathBuf) -> AlignCache {
        AlignCache {
            disk: Some(dir),
            ..AlignCache::default()
        }
    }

    /// The counts so far.
    #[must_use]
    pub fn stats(&self) -> CacheStats {
        CacheStats {
            aligned: self.aligned.load(Ordering::Relaxed),
            reused: self.reused.load(Ordering::Relaxed),
        }
    }

    fn get(&self, key: &PairKey) -> Option<Vec<Bead>> {
        if let Some(beads) = self.memory.lock().ok()?.get(key).cloned() {
            return Some(beads);
        }
        let beads = read_file(&self.file_of(key)?, key)?;
        if let Ok(mut m) = self.memory.lock() {
            m.insert(*key, beads.clone());
        }
        Some(beads)
    }

    fn put(&self, key: PairKey, beads: &[Bead]) {
        if let Some(path) = self.file_of(&key) {
            // A cache that cannot be written is only slower: the result is already known.
            let _ = write_file(&path, &key, beads);
        }
        if let Ok(mut m) = self.memory.lock() {
            m.insert(key, beads.to_vec());
        }
    }

    /// Aligns the pairs no cache had, preparing each rendering version's features once.
    fn align_missing(
        &self,
        missing: Vec<(PairKey, &Document, &Document)>,
        versions: &[VersionRef<'_>],
    ) -> Vec<(PairKey, Vec<Bead>)> {
        let mut features = self
            .features
            .lock()
            .map(|mut m| std::mem::take(&mut *m))
            .unwrap_or_default();
        let mut wanted: Vec<FeaturesOf<'_>> = Vec::new();
        let mut seen: HashSet<(Lang, Oid)> = features.keys().copied().collect();
        for (key, p, o) in &missing {
            for (k, doc) in [
                ((key.pivot, key.pivot_blob), *p),
                ((key.other, key.other_blob), *o),
            ] {
                if seen.insert(k) {
                    wanted.push((k, doc));
                }
            }
        }
        let fresh = features_chained(&features, wanted);
        let of = |k: (Lang, Oid)| fresh.get(&k).or_else(|| features.get(&k).map(|(f, _)| f));
        let mut runs = self
            .runs
            .lock()
            .map(|mut m| std::mem::take(&mut *m))
            .unwrap_or_default();
        let computed = align_chained(missing.into_iter().map(|m| m.0).collect(), &of, &mut runs);
        if let Ok(mut m) = self.runs.lock() {
            *m = runs;
        }
        // The versions' own documents, shared, so that the features kept for the next
        // batch can say which segments they were made from.
        let shared: HashMap<(Lang, Oid), &Arc<Document>> = versions
            .iter()
            .flat_map(|(docs, blobs)| {
                blobs
                    .iter()
                    .filter_map(|(&l, &id)| docs.get(&l).map(|d| ((l, id), d)))
            })
            .collect();
        for (k, made) in fresh {
            if let Some(doc) = shared.get(&k) {
                features.insert(k, (made, Arc::clone(doc)));
            }
        }
        // Keep what this batch's versions use: the next batch starts from them.
        let current: HashSet<(Lang, Oid)> = versions
            .iter()
            .flat_map(|(_, blobs)| blobs.iter().map(|(&l, &id)| (l, id)))
            .collect();
        features.retain(|k, _| current.contains(k));
        if let Ok(mut m) = self.features.lock() {
            *m = features;
        }
        computed
    }

    fn file_of(&self, key: &PairKey) -> Option<PathBuf> {
        let dir = self.disk.as_ref()?;
        let name = Oid::hash_object(git2::ObjectType::Blob, key.line().as_bytes()).ok()?;
        let name = name.to_string();
        Some(dir.join(&name[..2]).join(&name[2..]))
    }

    /// Aligns many versions: the distinct pairs none of them has cached are aligned in
    /// parallel, then each version's rows are merged from its pairs. A version whose pivot
    /// is absent or empty is aligned directly (its reference is another language).
    pub(crate) fn align_all(&self, versions: &[VersionRef<'_>], pivot: Lang) -> Vec<Alignment> {
        let keys_of = |blobs: &BTreeMap<Lang, Oid>| -> Vec<PairKey> {
            let Some(&pivot_blob) = blobs.get(&pivot) else {
                return Vec::new();
            };
            blobs
                .iter()
                .filter(|(l, _)| **l != pivot)
                .map(|(&other, &other_blob)| PairKey {
                    pivot,
                    pivot_blob,
                    other,
                    other_blob,
                })
                .collect()
        };
        let mut missing: Vec<(PairKey, &Document, &Document)> = Vec::new();
        let mut seen: HashSet<PairKey> = HashSet::new();
        let mut known: HashMap<PairKey, Vec<Bead>> = HashMap::new();
        for (docs, blobs) in versions {
            for key in keys_of(blobs) {
                if !seen.insert(key) {
                    continue;
                }
                let (Some(p), Some(o)) = (docs.get(&pivot), docs.get(&key.other)) else {
                    continue;
                };
                // A file that decodes but whose beads end elsewhere than the two renderings
                // (damaged in place, or written for other text under the same name) is
                // recomputed like any other damaged file, never used.
                match self.get(&key) {
                    Some(beads) if ends_at(&beads, p.segments.len(), o.segments.len()) => {
                        self.reused.fetch_add(1, Ordering::Relaxed);
                        known.insert(key, beads);
                    }
                    _ => missing.push((key, &**p, &**o)),
                }
            }
        }
        let computed = self.align_missing(missing, versions);
        self.aligned.fetch_add(computed.len(), Ordering::Relaxed);
        for (key, beads) in computed {
            self.put(key, &beads);
            known.insert(key, beads);
        }
        versions
            .par_iter()
            .map(|(docs, blobs)| {
                let pairs: Option<Vec<(Lang, Vec<Bead>)>> = keys_of(blobs)
                    .into_iter()
                    .map(|k| known.get(&k).map(|b| (k.other, b.clone())))
                    .collect();
                pairs
                    .and_then(|p| align_from_pairs(docs, pivot, &p))
                    .unwrap_or_else(|| {
                        align(&crate::analysis::owned(docs), &AlignOptions { pivot })
                    })
            })
            .collect()
    }
}

/// A rendering version whose features are wanted: its language and blob, and its text.
type FeaturesOf<'d> = ((Lang, Oid), &'d Document);

/// The features of `wanted` (in the order of the history). Per language each version takes
/// the features of the segments it shares with the one before ([`PairFeatures::of_reusing`],
/// exact), starting from one `kept` from the batch before: languages in parallel, the
/// versions of one language one after the other.
fn features_chained(
    kept: &HashMap<(Lang, Oid), Kept>,
    wanted: Vec<FeaturesOf<'_>>,
) -> HashMap<(Lang, Oid), Arc<PairFeatures>> {
    let mut by_lang: BTreeMap<Lang, Vec<FeaturesOf<'_>>> = BTreeMap::new();
    for (k, doc) in wanted {
        by_lang.entry(k.0).or_default().push((k, doc));
    }
    by_lang
        .into_par_iter()
        .flat_map_iter(|(lang, items)| {
            let mut earlier: Option<(&[Segment], Arc<PairFeatures>)> = kept
                .iter()
                .filter(|((l, _), _)| *l == lang)
                .max_by_key(|((_, id), _)| *id)
                .map(|(_, (f, d))| (&d.segments[..], Arc::clone(f)));
            items
                .into_iter()
                .map(|(k, doc)| {
                    let made = Arc::new(PairFeatures::of_reusing(
                        lang,
                        &doc.segments,
                        earlier.as_ref().map(|(s, f)| (*s, &**f)),
                    ));
                    earlier = Some((&doc.segments[..], Arc::clone(&made)));
                    (k, made)
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// One chain of [`align_chained`]: its pair of languages, the pairs to align in order,
/// and the run to start from.
type ChainStart = ((Lang, Lang), Vec<PairKey>, Option<LastRun>);

/// What one chain of [`align_chained`] aligned, and its last run.
type Chain = (Vec<(PairKey, Vec<Bead>)>, Option<((Lang, Lang), LastRun)>);

/// Aligns the pairs `keys` (in the order of the history) on the features `of` gives.
/// Per pair of languages each pair starts from the programmes of the one before
/// ([`align_pair_continuing`]: the same beads as aligning it alone), the first from the
/// last of `runs`, which is left holding this call's last: pairs of languages in
/// parallel, the versions of one pair one after the other.
fn align_chained<'f>(
    keys: Vec<PairKey>,
    of: &(dyn Fn((Lang, Oid)) -> Option<&'f Arc<PairFeatures>> + Sync),
    runs: &mut HashMap<(Lang, Lang), LastRun>,
) -> Vec<(PairKey, Vec<Bead>)> {
    let mut chains: BTreeMap<(Lang, Lang), Vec<PairKey>> = BTreeMap::new();
    for key in keys {
        chains.entry((key.pivot, key.other)).or_default().push(key);
    }
    // Each run is handed to the next version alone, which then takes its bead-cost memos
    // over instead of copying them ([`align_pair_continuing`]).
    let chains: Vec<ChainStart> = chains
        .into_iter()
        .map(|(langs, keys)| {
            let last = runs.remove(&langs);
            (langs, keys, last)
        })
        .collect();
    let done: Vec<Chain> = chains
        .into_par_iter()
        .map(|(langs, keys, mut last)| {
            let mut out = Vec::with_capacity(keys.len());
            for key in keys {
                let (Some(p), Some(o)) = (
                    of((key.pivot, key.pivot_blob)),
                    of((key.other, key.other_blob)),
                ) else {
                    continue;
                };
                let (beads, run) = match last.take() {
                    Some((lp, lo, r)) => {
                        let r = Arc::try_unwrap(r).unwrap_or_else(|r| PairRun::clone(&r));
                        align_pair_continuing(p, o, Some((&*lp, &*lo, r)))
                    }
                    None => align_pair_continuing(p, o, None),
                };
                last = Some((Arc::clone(p), Arc::clone(o), Arc::new(run)));
                out.push((key, beads));
            }
            (out, last.map(|l| (langs, l)))
        })
        .collect();
    let mut computed = Vec::new();
    for (out, last) in done {
        computed.extend(out);
        if let Some((langs, last)) = last {
            runs.insert(langs, last);
        }
    }
    computed
}

/// The cache folder of a repository: `.git/sixfold/align/`.
#[must_use]
pub fn cache_dir(git_dir: &Path) -> PathBuf {
    git_dir.join("sixfold").join("align")
}

fn encode(key: &PairKey, beads: &[Bead]) -> String {
    let mut out = format!("{STAMP}\n{}\n", key.line());
    for b in beads {
        let _ = write!(
            out,
            "{} {} {} {} {:016x}",
            b.pivot.start,
            b.pivot.end,
            b.other.start,
            b.other.end,
            b.confidence.to_bits()
        );
        for r in &b.reasons {
            // Reasons are short phrases; tabs and newlines cannot occur in the aligner's,
            // and are replaced in any other text so that a line stays one bead.
            out.push('\t');
            match r {
                Reason::Other(text) => out.push_str(&text.replace(['\t', '\n'], " ")),
                r => {
                    let _ = write!(out, "{r}");
                }
            }
        }
        out.push('\n');
    }
    out.push_str("end\n");
    out
}

/// Whether beads that tile their documents from the start (what [`decode`] accepts) end
/// at the ends of renderings of `pivot_len` and `other_len` segments.
fn ends_at(beads: &[Bead], pivot_len: usize, other_len: usize) -> bool {
    beads.last().map_or((0, 0), |b| (b.pivot.end, b.other.end)) == (pivot_len, other_len)
}

/// The beads of a cache file, when it is whole: this build's stamp, the key asked for,
/// beads that each start where the one before ended (from segment 0 in both languages,
/// as the aligner writes them), and the `end` line.
fn decode(text: &str, key: &PairKey) -> Option<Vec<Bead>> {
    let mut lines = text.split('\n');
    if lines.next()? != STAMP || lines.next()? != key.line() {
        return None;
    }
    let mut beads: Vec<Bead> = Vec::new();
    for line in lines {
        if line == "end" {
            return Some(beads);
        }
        let mut fields = line.split('\t');
        let mut nums = fields.next()?.split(' ');
        let mut n = || nums.next()?.parse::<usize>().ok();
        let (ps, pe, os, oe) = (n()?, n()?, n()?, n()?);
        let confidence = f64::from_bits(u64::from_str_radix(nums.next()?, 16).ok()?);
        let (p, o) = beads.last().map_or((0, 0), |b| (b.pivot.end, b.other.end));
        if ps != p || os != o || ps > pe || os > oe || !(0.0..=1.0).contains(&confidence) {
            return None;
        }
        beads.push(Bead {
            pivot: ps..pe,
            other: os..oe,
            confidence,
            reasons: fields.map(Reason::parse).collect(),
        });
    }
    // No `end` line: the file was cut short.
    None
}

/// The cache file format under one fixed key, so that any text can be tried as a cache
/// file without a repository: what the `cache` fuzz target (`sixfold-props`) calls. Only
/// the text format is exposed; the key, the folder and the memory cache stay private.
#[doc(hidden)]
pub mod file_format {
    use sixfold_core::Lang;
    use sixfold_translations::align::Bead;

    use super::PairKey;

    /// English against French, both blobs the zero id: the second line of a file that
    /// [`decode`] can accept is `en 0000… fr 0000…`.
    fn key() -> PairKey {
        PairKey {
            pivot: Lang::En,
            pivot_blob: git2::Oid::ZERO_SHA1,
            other: Lang::Fr,
            other_blob: git2::Oid::ZERO_SHA1,
        }
    }

    /// The beads of a cache file of the fixed key, when it is whole (see `decode`).
    #[must_use]
    pub fn decode(text: &str) -> Option<Vec<Bead>> {
        super::decode(text, &key())
    }

    /// A cache file of the fixed key holding `beads`.
    #[must_use]
    pub fn encode(beads: &[Bead]) -> String {
        super::encode(&key(), beads)
    }
}

fn read_file(path: &Path, key: &PairKey) -> Option<Vec<Bead>> {
    let text = std::fs::read_to_string(path).ok()?;
    decode(&text, key)
}

fn write_file(path: &Path, key: &PairKey, beads: &[Bead]) -> std::io::Result<()> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(
        ".tmp-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&tmp, encode(key, beads))?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> PairKey {
        PairKey {
            pivot: Lang::En,
            pivot_blob: Oid::hash_object(git2::ObjectType::Blob, b"en").unwrap(),
            other: Lang::Fr,
            other_blob: Oid::hash_object(git2::ObjectType::Blob, b"fr").unwrap(),
        }
    }

    fn beads() -> Vec<Bead> {
        vec![
            Bead {
                pivot: 0..1,
                other: 0..1,
                confidence: 1.0,
                reasons: Vec::new(),
            },
            Bead {
                pivot: 1..3,
                other: 1..2,
                confidence: 0.437_5,
                reasons: vec!["2-1 merge in fr".into(), "no anchor".into()],
            },
        ]
    }

    /// Rows merged from cached pairs are the rows `align` gives, on the bundled document
    /// and on versions of it with renderings missing or the pivot absent.
    /// The bundled renderings of `langs`, read, and their blob ids.
    fn bundled(langs: &[Lang]) -> (BTreeMap<Lang, Arc<Document>>, BTreeMap<Lang, Oid>) {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../translations/A-RES-51-60");
        let mut docs = BTreeMap::new();
        let mut blobs = BTreeMap::new();
        for &lang in langs {
            let text = std::fs::read_to_string(dir.join(format!("{}.md", lang.code()))).unwrap();
            blobs.insert(
                lang,
                Oid::hash_object(git2::ObjectType::Blob, text.as_bytes()).unwrap(),
            );
            docs.insert(
                lang,
                Arc::new(sixfold_translations::read_str(lang, "x", &text)),
            );
        }
        (docs, blobs)
    }

    #[test]
    fn alignments_from_cached_pairs_equal_direct_alignments() {
        let (docs, blobs) = bundled(&Lang::ALL);
        let mut no_fr = docs.clone();
        no_fr.remove(&Lang::Fr);
        let mut no_fr_blobs = blobs.clone();
        no_fr_blobs.remove(&Lang::Fr);
        let mut no_en = docs.clone();
        no_en.remove(&Lang::En);
        let mut no_en_blobs = blobs.clone();
        no_en_blobs.remove(&Lang::En);
        let cache = AlignCache::in_memory();
        let versions = [
            (&docs, &blobs),
            (&no_fr, &no_fr_blobs),
            (&no_en, &no_en_blobs),
        ];
        let got = cache.align_all(&versions, Lang::En);
        for ((d, _), alignment) in versions.iter().zip(&got) {
            let plain = crate::analysis::owned(d);
            assert_eq!(*alignment, align(&plain, &AlignOptions { pivot: Lang::En }));
        }
        // Five pairs for the full set; the set without French needs no new one.
        assert_eq!(
            cache.stats(),
            CacheStats {
                aligned: 5,
                reused: 0
            }
        );
    }

    #[test]
    fn pair_files_round_trip_and_reject_damage() {
        let text = encode(&key(), &beads());
        assert_eq!(decode(&text, &key()), Some(beads()));
        // Another key, another stamp, a cut file, a bad number: all ignored.
        let mut other = key();
        other.other = Lang::Es;
        assert_eq!(decode(&text, &other), None);
        assert_eq!(decode(&text.replacen("pair 2", "pair 1", 1), &key()), None);
        for cut in [10, text.len() / 2, text.len() - 4] {
            assert_eq!(decode(&text[..cut], &key()), None, "{cut}");
        }
        assert_eq!(
            decode(&text.replacen("0 1 0 1", "0 x 0 1", 1), &key()),
            None
        );
        assert_eq!(
            decode(&text.replacen("1 3 1 2", "3 1 1 2", 1), &key()),
            None
        );
        // Beads that leave a gap, overlap or start past segment 0.
        for damaged in ["1 3 2 3", "0 3 1 2", "2 3 1 2"] {
            assert_eq!(
                decode(&text.replacen("1 3 1 2", damaged, 1), &key()),
                None,
                "{damaged}"
            );
        }
        assert_eq!(
            decode(&text.replacen("0 1 0 1", "1 1 1 1", 1), &key()),
            None
        );
    }

    /// A cache file that decodes but whose beads end past (or short of) the renderings
    /// is recomputed: `history --cache` once printed rows shifted by a damaged file.
    #[test]
    fn a_cached_pair_that_does_not_fit_its_renderings_is_recomputed() {
        let (docs, blobs) = bundled(&[Lang::En, Lang::Fr]);
        let tmp = tempfile::tempdir().unwrap();
        let fresh = AlignCache::on_disk(tmp.path().to_path_buf());
        let expected = fresh.align_all(&[(&docs, &blobs)], Lang::En);
        let pair = PairKey {
            pivot: Lang::En,
            pivot_blob: blobs[&Lang::En],
            other: Lang::Fr,
            other_blob: blobs[&Lang::Fr],
        };
        // The file holds beads of some other, shorter pair of texts: well formed, wrong.
        let path = fresh.file_of(&pair).unwrap();
        std::fs::write(&path, encode(&pair, &beads())).unwrap();
        let next = AlignCache::on_disk(tmp.path().to_path_buf());
        assert_eq!(next.align_all(&[(&docs, &blobs)], Lang::En), expected);
        assert_eq!(
            next.stats(),
            CacheStats {
                aligned: 1,
                reused: 0
            }
        );
    }

    #[test]
    fn the_disk_cache_survives_a_corrupt_file_and_serves_the_next_run() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = AlignCache::on_disk(tmp.path().to_path_buf());
        let path = cache.file_of(&key()).unwrap();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, b"\xff\xfe garbage").unwrap();
        assert_eq!(cache.get(&key()), None);
        cache.put(key(), &beads());
        let next = AlignCache::on_disk(tmp.path().to_path_buf());
        assert_eq!(next.get(&key()), Some(beads()));
        // No temporary file is left behind.
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }
}
