//! Replays the committed fuzz corpora (`fuzz/corpus/<target>/`, minimised inputs the
//! fuzzer found interesting, crashes it once found among them) through the same property
//! functions the fuzz targets call, so plain `cargo test` keeps them as regression tests.

use std::path::Path;

/// Replays one target's corpus through its property.
fn replay(name: &str) {
    let (_, check) = sixfold_props::TARGETS
        .iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("no target {name}"));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(name);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no corpus for {name}");
    for file in files {
        let data = std::fs::read(&file).expect("corpus file");
        let result = std::panic::catch_unwind(|| check(&data));
        assert!(result.is_ok(), "{name}: {} fails", file.display());
    }
}

/// One test per target, so that the test harness replays them in parallel.
macro_rules! replay_tests {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                replay(stringify!($name));
            }
        )*

        #[test]
        fn every_target_is_replayed() {
            let replayed = [$(stringify!($name)),*];
            for (name, _) in sixfold_props::TARGETS {
                assert!(replayed.contains(&name), "the corpus of {name} is not replayed");
            }
        }
    };
}

replay_tests!(
    symbol,
    reader,
    document_toml,
    export,
    review,
    lexicon,
    ids,
    align,
    writers,
    cache
);

/// The reader's corpus reaches the input layer: a Word package and UTF-16 text decode to
/// text with segments, so the fuzzer starts from inputs that pass the package and
/// encoding checks, not only from bytes they refuse.
#[test]
fn the_reader_corpus_covers_word_files_and_utf16() {
    use sixfold_translations::discover::RenderingFormat;
    use sixfold_translations::input::decode;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/reader");
    for (seed, format) in [
        ("seed-docx-fr", RenderingFormat::Docx),
        ("seed-utf16le-en", RenderingFormat::Text),
        ("seed-utf16be-fr", RenderingFormat::Text),
        ("seed-docx-fr-small", RenderingFormat::Docx),
    ] {
        let data = std::fs::read(dir.join(seed)).expect("corpus file");
        assert!(data[0] >= 128, "{seed} must take the bytes path");
        let text = decode(format, &data[1..]).unwrap_or_else(|e| panic!("{seed}: {e}"));
        let doc = sixfold_translations::read_str(sixfold_core::Lang::Fr, seed, &text);
        assert!(
            doc.segments.len() > 10,
            "{seed}: {} segments",
            doc.segments.len()
        );
    }
}
