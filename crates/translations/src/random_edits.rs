//! Random edits of real renderings, as commits make them, for the tests that prove a
//! reuse across versions (features, programmes, reading) gives what a fresh run gives.

use std::path::{Path, PathBuf};

use sixfold_core::Lang;

/// A deterministic pseudo-random sequence (64-bit LCG), so a failure reproduces.
pub(crate) struct Lcg(pub(crate) u64);

impl Lcg {
    pub(crate) fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n.max(1) as u64) as usize
    }
}

/// One random edit of a rendering, as commits make them: words added to a block, a
/// block removed, copied elsewhere or swapped with another, a number changed, a line
/// break added or removed inside a block, a footnote call added.
pub(crate) fn edit(rng: &mut Lcg, text: &str) -> String {
    let mut blocks: Vec<String> = text.split("\n\n").map(str::to_owned).collect();
    let len = blocks.len();
    let i = rng.below(len);
    match rng.below(8) {
        0 => blocks[i].push_str(" (as amended)"),
        1 if len > 2 => {
            blocks.remove(i);
        }
        2 => {
            let copy = blocks[i].clone();
            blocks.insert(rng.below(len + 1), copy);
        }
        3 if len > 1 => blocks.swap(i, rng.below(len)),
        4 => blocks[i] = blocks[i].replacen(char::is_numeric, "7", 1),
        5 => blocks[i] = blocks[i].replacen(' ', "\n", 1),
        6 => blocks[i] = blocks[i].replacen('\n', " ", 1),
        _ => blocks[i].push_str("<sup>1</sup>"),
    }
    blocks.join("\n\n")
}

/// The bundled document folders that hold an English rendering, in name order.
pub(crate) fn bundled_folders() -> Vec<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../translations");
    let mut folders: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("en.md").is_file())
        .collect();
    folders.sort();
    folders
}

/// Real renderings: the bundled documents, the UN Parallel Corpus fixtures and the
/// 2025 resolutions, each with its language.
pub(crate) fn real_renderings() -> Vec<(Lang, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut folders: Vec<PathBuf> = Vec::new();
    for base in [
        root.join("../../translations"),
        root.join("tests/real/unpc"),
    ] {
        if let Ok(entries) = std::fs::read_dir(base) {
            folders.extend(entries.filter_map(|e| e.ok().map(|e| e.path())));
        }
    }
    folders.sort();
    let mut out: Vec<(Lang, PathBuf)> = folders
        .iter()
        .flat_map(|f| {
            Lang::ALL
                .into_iter()
                .map(move |l| (l, f.join(format!("{}.md", l.code()))))
        })
        .filter(|(_, p)| p.is_file())
        .collect();
    if let Ok(entries) = std::fs::read_dir(root.join("tests/real/ga-res-80-en")) {
        let mut resolutions: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect();
        resolutions.sort();
        out.extend(resolutions.into_iter().map(|p| (Lang::En, p)));
    }
    out
}

/// Every string of at most `longest` characters of `alphabet`, each once, followed by
/// `random` strings of pseudo-random length below `random_len` drawn from it with `rng`: the
/// inputs of tests that compare a fast scan with a plain one, where the short exhaustive
/// part reaches every neighbourhood of the characters that matter and the long random part
/// their interplay.
pub(crate) fn strings_over(
    alphabet: &[char],
    longest: usize,
    random: usize,
    random_len: usize,
    rng: &mut Lcg,
) -> Vec<String> {
    let mut texts = vec![String::new()];
    let mut last = vec![String::new()];
    for _ in 0..longest {
        last = last
            .iter()
            .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
            .collect();
        texts.extend(last.iter().cloned());
    }
    for _ in 0..random {
        let len = rng.below(random_len);
        texts.push(
            (0..len)
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect(),
        );
    }
    texts
}
