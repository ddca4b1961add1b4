//! Document folders built from the UN Parallel Corpus development data by
//! `shared/realdocs/unv1_folders.py build`: one folder per document with one rendering per
//! language and `gold.json`, the gold links of every language against English.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Context as _;
use sixfold_core::Lang;

/// One folder's `gold.json`: the blocks (one sentence each, possibly damaged) of every
/// language and the gold links (English block, X block).
pub(crate) struct Gold {
    pub(crate) blocks: BTreeMap<Lang, Vec<String>>,
    pub(crate) links: BTreeMap<Lang, Vec<(usize, usize)>>,
}

impl Gold {
    pub(crate) fn read(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let v: serde_json::Value =
            serde_json::from_str(&text).with_context(|| format!("{}: not JSON", path.display()))?;
        let bad = || {
            format!(
                "{}: expected {{\"gold\": {{LANG: [[i, j], …]}}, \"blocks\": {{LANG: [text, …]}}}}",
                path.display()
            )
        };
        let mut blocks = BTreeMap::new();
        for (l, b) in v
            .get("blocks")
            .and_then(|b| b.as_object())
            .with_context(bad)?
        {
            let lang: Lang = l.parse().ok().with_context(bad)?;
            let texts = b
                .as_array()
                .with_context(bad)?
                .iter()
                .map(|t| t.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
                .with_context(bad)?;
            blocks.insert(lang, texts);
        }
        let mut links = BTreeMap::new();
        for (l, g) in v
            .get("gold")
            .and_then(|g| g.as_object())
            .with_context(bad)?
        {
            let lang: Lang = l.parse().ok().with_context(bad)?;
            let pairs = g
                .as_array()
                .with_context(bad)?
                .iter()
                .map(|p| {
                    let i = usize::try_from(p.get(0)?.as_u64()?).ok()?;
                    let j = usize::try_from(p.get(1)?.as_u64()?).ok()?;
                    Some((i, j))
                })
                .collect::<Option<Vec<_>>>()
                .with_context(bad)?;
            links.insert(lang, pairs);
        }
        Ok(Gold { blocks, links })
    }
}
