//! The Python package `sixfold`: read, align, check and export a document whose renderings
//! are already in memory (`{"en": "...", "fr": "...", ...}` and optionally the text of its
//! `document.toml`), so that a data engine (Ray, Spark, Dask) can run sixfold where its
//! data is, one document per call.
//!
//! Every answer is built by the same library functions as the command line's
//! (`sixfold_export::report`), so `sixfold.align_json(texts, path=p)` is byte for byte the
//! line `sixfold align p` prints for the folder `p` holding those texts.

use std::path::Path;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use sixfold_core::Lang;
use sixfold_export::{Format, Prepared, Rendered, Request, render, report};
use sixfold_translations::DocumentSet;
use sixfold_translations::align::AlignOptions;
use sixfold_translations::set::REVIEW_FILE;

/// What went wrong, as the message chain the CLI prints (`cannot …: because …`).
fn error(err: &dyn std::error::Error) -> PyErr {
    let mut message = err.to_string();
    let mut cause = err.source();
    while let Some(c) = cause {
        message.push_str(": ");
        message.push_str(&c.to_string());
        cause = c.source();
    }
    PyValueError::new_err(message)
}

fn lang(code: &str) -> PyResult<Lang> {
    code.parse::<Lang>().map_err(|e| error(&e))
}

/// The document set the CLI would load from the folder `path` holding these texts: the
/// slug is the folder's name, each rendering's source is `<path>/<lang>.md` and the
/// metadata's `<path>/document.toml`, as in `DocumentSet::load_dir`.
fn set_from(
    texts: &Bound<'_, PyDict>,
    document_toml: Option<String>,
    review_toml: Option<String>,
    path: &str,
) -> PyResult<DocumentSet> {
    let dir = Path::new(path);
    let mut renderings = Vec::new();
    for (key, value) in texts.iter() {
        let code: String = key.extract()?;
        let text: String = value.extract()?;
        let lang = lang(&code)?;
        let source = dir
            .join(format!("{}.md", lang.code()))
            .display()
            .to_string();
        renderings.push((lang, source, text));
    }
    renderings.sort_by(|a, b| a.1.cmp(&b.1));
    let meta = document_toml.map(|t| (dir.join("document.toml").display().to_string(), t));
    let slug = dir
        .file_name()
        .map_or_else(|| path.to_owned(), |n| n.to_string_lossy().into_owned());
    let mut set = DocumentSet::from_texts(&slug, renderings, meta).map_err(|e| error(&e))?;
    set.review = review_toml.map(|t| (dir.join(REVIEW_FILE).display().to_string(), t));
    Ok(set)
}

/// Alignment compares languages, as `sixfold align` says.
fn require_two(set: &DocumentSet, path: &str) -> PyResult<()> {
    if set.docs.len() < 2 {
        return Err(PyValueError::new_err(format!(
            "{path} has {} rendering(s): aligning needs at least two languages",
            set.docs.len()
        )));
    }
    Ok(())
}

fn utf8(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).expect("this cannot fail because serde_json writes UTF-8")
}

/// The segments the reader finds in each rendering, as one JSON line.
#[pyfunction]
#[pyo3(signature = (texts, document_toml=None, path="document"))]
fn read_json(
    texts: &Bound<'_, PyDict>,
    document_toml: Option<String>,
    path: &str,
) -> PyResult<String> {
    let set = set_from(texts, document_toml, None, path)?;
    let mut out = Vec::new();
    report::write_read_json(&mut out, &set).map_err(|e| error(&e))?;
    Ok(utf8(out))
}

/// The line `sixfold align --format json <path>` prints.
#[pyfunction]
#[pyo3(signature = (texts, document_toml=None, path="document", pivot="en", review_toml=None))]
fn align_json(
    texts: &Bound<'_, PyDict>,
    document_toml: Option<String>,
    path: &str,
    pivot: &str,
    review_toml: Option<String>,
) -> PyResult<String> {
    let set = set_from(texts, document_toml, review_toml, path)?;
    require_two(&set, path)?;
    let decided = sixfold_review::align_set(
        &set,
        &AlignOptions {
            pivot: lang(pivot)?,
        },
    )
    .map_err(|e| error(&e))?;
    let mut out = Vec::new();
    report::write_align_json(&mut out, &set, path, &decided.alignment).map_err(|e| error(&e))?;
    Ok(utf8(out))
}

/// The line `sixfold check --format json <path>` prints.
#[pyfunction]
#[pyo3(signature = (texts, document_toml=None, path="document", pivot="en", review_toml=None))]
fn check_json(
    texts: &Bound<'_, PyDict>,
    document_toml: Option<String>,
    path: &str,
    pivot: &str,
    review_toml: Option<String>,
) -> PyResult<String> {
    let set = set_from(texts, document_toml, review_toml, path)?;
    require_two(&set, path)?;
    let decided = sixfold_review::align_set(
        &set,
        &AlignOptions {
            pivot: lang(pivot)?,
        },
    )
    .map_err(|e| error(&e))?;
    // The findings as the checks keep them (compactly for a long rendering's missing
    // paragraphs), made one at a time as they are written.
    let header = sixfold_translations::check::header_check(&set);
    let kept = sixfold_review::check_set_kept(&set, &decided, header);
    let mut out = Vec::new();
    report::write_check_json_of(
        &mut out,
        &set,
        path,
        decided.alignment.pivot,
        &kept.open,
        &kept.accepted,
    )
    .map_err(|e| error(&e))?;
    Ok(utf8(out))
}

/// What `sixfold export <path> --format <format>` writes: one text, or for `moses` one
/// text per language (`[(lang, text), …]`). Labels written for people are in English.
#[pyfunction]
#[pyo3(signature = (texts, format, document_toml=None, path="document", langs=None, source=None, review_toml=None))]
fn export(
    texts: &Bound<'_, PyDict>,
    format: &str,
    document_toml: Option<String>,
    path: &str,
    langs: Option<Vec<String>>,
    source: Option<&str>,
    review_toml: Option<String>,
) -> PyResult<Vec<(Option<String>, String)>> {
    let format = format.parse::<Format>().map_err(|e| error(&e))?;
    let langs = langs
        .unwrap_or_default()
        .iter()
        .map(|code| lang(code))
        .collect::<PyResult<Vec<Lang>>>()?;
    let source = source.map(lang).transpose()?;
    let mut prepared = Prepared::from_set(set_from(texts, document_toml, review_toml, path)?)
        .map_err(|e| error(&e))?;
    path.clone_into(&mut prepared.folder);
    let request = Request {
        format,
        langs: &langs,
        source,
        ui: Lang::En,
    };
    // The command line's choice of writer and its refusals, worded as it words them.
    match render(&prepared.aligned(), path, &request).map_err(|e| error(&e))? {
        Rendered::One(text) => Ok(vec![(None, text)]),
        Rendered::PerLanguage(files) => Ok(files
            .into_iter()
            .map(|(l, t)| (Some(l.code().to_owned()), t))
            .collect()),
    }
}

/// The native module behind the `sixfold` package.
#[pymodule]
fn _sixfold(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(read_json, m)?)?;
    m.add_function(wrap_pyfunction!(align_json, m)?)?;
    m.add_function(wrap_pyfunction!(check_json, m)?)?;
    m.add_function(wrap_pyfunction!(export, m)?)?;
    Ok(())
}
