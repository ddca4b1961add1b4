//! `cargo xtask estimate-costs --corpus DIR [--check] [--out FILE]`: bead priors (how often
//! a paragraph of English has no counterpart, gains one, merges or splits) counted on real
//! parallel text, printed as −ln p per bead type and language pair.
//!
//! The UN Parallel Corpus development data (`DIR/devset.ids`, as in
//! `shared/realdocs/unv1-dev-half`) gives for every sampled sentence its
//! paragraph:sentence position in each language's original document. Two sentences
//! sampled one after the other from one document show how the paragraphs between them
//! were rendered: English moves `de` paragraphs, the other language `dx`.
//!
//! - same English paragraph (`de` = 0), other language in two (`dx` > 0): a split, 1–2;
//! - English moves on (`de` > 0), the other language stays (`dx` = 0): a merge, 2–1;
//! - otherwise `dx − de` more paragraphs count as insertions (0–1), `de − dx` fewer as
//!   deletions (1–0). Between two samples a merge and a deletion both show as "fewer", so
//!   1–0 is an upper bound that includes merges the samples do not see (likewise 0–1).
//!
//! Every rate is per step (one English paragraph crossed, or one pair of samples in one
//! paragraph); 1–1 takes the rest. The committed table is
//! `crates/translations/data/bead-priors.tsv`; `--check` re-counts and exits 1 if it
//! differs.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, bail};

const USAGE: &str = "usage: cargo xtask estimate-costs --corpus DIR [--check] [--out FILE]";

const LANGS: [&str; 5] = ["ar", "zh", "fr", "ru", "es"];

#[derive(Default, Clone, Copy)]
struct Counts {
    steps: u64,
    deletions: u64,
    insertions: u64,
    merges: u64,
    splits: u64,
}

pub(crate) fn run(args: &[String]) -> anyhow::Result<ExitCode> {
    let mut corpus: Option<PathBuf> = None;
    let mut out = crate::repo_root().join("crates/translations/data/bead-priors.tsv");
    let mut check = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--corpus" => corpus = it.next().map(PathBuf::from),
            "--out" => {
                out = it.next().map(PathBuf::from).context("--out needs a file")?;
            }
            "--check" => check = true,
            _ => bail!("unknown argument {a}\n{USAGE}"),
        }
    }
    let Some(corpus) = corpus else {
        bail!("--corpus is required\n{USAGE}");
    };
    let ids = corpus.join("devset.ids");
    let text =
        std::fs::read_to_string(&ids).with_context(|| format!("cannot read {}", ids.display()))?;
    let counts = count(&text, &ids.display().to_string())?;
    let table = render(&counts);
    print!("{table}");
    if check {
        let committed = std::fs::read_to_string(&out)
            .with_context(|| format!("cannot read {}", out.display()))?;
        if committed == table {
            println!("{} is up to date", out.display());
            return Ok(ExitCode::SUCCESS);
        }
        eprintln!("{} differs from the counts above", out.display());
        return Ok(ExitCode::from(1));
    }
    let tmp = out.with_extension("tsv.tmp");
    std::fs::write(&tmp, &table).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, &out).with_context(|| format!("cannot write {}", out.display()))?;
    println!("wrote {}", out.display());
    Ok(ExitCode::SUCCESS)
}

/// Position (paragraph, sentence) per language of each sample, grouped by document.
type Docs = BTreeMap<String, Vec<BTreeMap<String, (u64, u64)>>>;

fn count(text: &str, name: &str) -> anyhow::Result<BTreeMap<&'static str, Counts>> {
    let mut docs: Docs = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let mut fields = line.split_whitespace();
        let Some(doc) = fields.next() else { continue };
        let mut pos = BTreeMap::new();
        for f in fields {
            let mut parts = f.split(':');
            let (Some(lang), Some(p), Some(s), None) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                bail!(
                    "{name}:{}: expected LANG:PARAGRAPH:SENTENCE, found {f:?}",
                    n + 1
                );
            };
            let num = |v: &str| {
                v.parse::<u64>()
                    .with_context(|| format!("{name}:{}: {v:?} is not a number", n + 1))
            };
            pos.insert(lang.to_owned(), (num(p)?, num(s)?));
        }
        for lang in LANGS.iter().chain(&["en"]) {
            if !pos.contains_key(*lang) {
                bail!("{name}:{}: no position for {lang}", n + 1);
            }
        }
        docs.entry(doc.to_owned()).or_default().push(pos);
    }
    let mut out = BTreeMap::new();
    for lang in LANGS {
        let mut c = Counts::default();
        for samples in docs.values() {
            let mut samples: Vec<&BTreeMap<String, (u64, u64)>> = samples.iter().collect();
            samples.sort_by_key(|s| s.get("en").copied());
            for w in samples.windows(2) {
                let [a, b] = w else { continue };
                let para = |s: &BTreeMap<String, (u64, u64)>, l: &str| {
                    s.get(l).map_or(0, |p| i128::from(p.0))
                };
                let de = para(b, "en") - para(a, "en");
                let dx = para(b, lang) - para(a, lang);
                c.steps += u64::try_from(de.max(1)).unwrap_or(1);
                if de == 0 {
                    if dx != 0 {
                        c.splits += 1;
                    }
                } else if dx == 0 {
                    c.merges += 1;
                } else if dx > de {
                    c.insertions += u64::try_from(dx - de).unwrap_or(0);
                } else {
                    c.deletions += u64::try_from(de - dx).unwrap_or(0);
                }
            }
        }
        out.insert(lang, c);
    }
    Ok(out)
}

fn render(counts: &BTreeMap<&'static str, Counts>) -> String {
    let mut s = String::from(
        "# Bead priors counted on real parallel text: `cargo xtask estimate-costs --corpus \
         ../shared/realdocs/unv1-dev-half`\n# (UN Parallel Corpus v1.0 development set, \
         devset.ids paragraph positions; see xtask/src/estimate_costs.rs).\n# pair\tbead\t\
         events\tsteps\t-ln p\n",
    );
    for (lang, c) in counts {
        let other = c.deletions + c.insertions + c.merges + c.splits;
        let rows = [
            ("1-1", c.steps.saturating_sub(other)),
            ("1-0", c.deletions),
            ("0-1", c.insertions),
            ("2-1", c.merges),
            ("1-2", c.splits),
        ];
        for (bead, events) in rows {
            #[allow(clippy::cast_precision_loss)]
            let p = (events.max(1) as f64) / (c.steps.max(1) as f64);
            let _ = writeln!(
                s,
                "en-{lang}\t{bead}\t{events}\t{}\t{:.3}",
                c.steps,
                -p.ln()
            );
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_each_kind_of_step() {
        let ids = "d ar:1:1 zh:1:1 fr:1:1 ru:1:1 es:1:1 en:1:1\n\
                   d ar:1:2 zh:2:1 fr:2:1 ru:3:1 es:1:1 en:2:1\n\
                   d ar:1:3 zh:3:1 fr:4:1 ru:3:2 es:2:1 en:2:2\n";
        let c = count(ids, "t").unwrap();
        // en 1 -> 2: ar stays (merge); zh, fr 1 -> 2 (1-1); ru 1 -> 3 (one more).
        assert_eq!(c["ar"].merges, 1);
        assert_eq!(c["ru"].insertions, 1);
        // en 2:1 -> 2:2 (same paragraph): fr and es move on (split), ru does not.
        assert_eq!(c["fr"].splits, 1);
        assert_eq!(c["es"].splits, 1);
        assert_eq!(c["ru"].splits, 0);
        assert_eq!(c["zh"].splits, 1);
        assert_eq!(c["zh"].steps, 2);
        assert!(count("d ar:1", "t").is_err());
    }
}
