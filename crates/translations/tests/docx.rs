//! Word files written by software nobody here wrote: LibreOffice converts renderings into
//! `.docx`, and the reader must find in the `.docx` exactly the segments (kind, label,
//! text, footnote references) it finds in the rendering.
//!
//! Each rendering is read, written as a flat OpenDocument text (`.fodt`) in which
//! numbered paragraphs and lettered items are **automatic list numbering** (the number is
//! not in the text), footnotes are **real footnotes** at their reference and header lines
//! are paragraphs with line breaks, and LibreOffice (`soffice --headless --convert-to
//! docx`) turns that into a Word package with `numbering.xml` and `footnotes.xml`. The
//! reader never sees the `.fodt`: only the `.docx` LibreOffice wrote.
//!
//! The conversion test needs LibreOffice (`libreoffice-writer-nogui`, installed by
//! `.ci/consumers.sh`). Without it the test prints a note and passes, unless
//! `SIXFOLD_REQUIRE_CONSUMERS=1` (CI sets it), where it fails. The `.docx` files under
//! `tests/docx/` were written by the same conversion (`SIXFOLD_UPDATE_DOCX=1 cargo test -p
//! sixfold-translations --test docx` rewrites them) and are read without LibreOffice.

// Product names (LibreOffice, OpenDocument) are prose here, not code.
#![allow(clippy::doc_markdown)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use sixfold_core::Lang;
use sixfold_translations::input::docx::docx_text;
use sixfold_translations::read::read_str;
use sixfold_translations::{Document, SegmentKind};

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The renderings converted: the six of the bundled A/RES/51/60 and two resolutions of
/// 2025 from the real-document fixtures (footnotes, annexes, sub-items).
fn sources() -> Vec<(Lang, PathBuf)> {
    let bundled = manifest().join("../../translations/A-RES-51-60");
    let mut out: Vec<(Lang, PathBuf)> = Lang::ALL
        .iter()
        .map(|&lang| (lang, bundled.join(format!("{}.md", lang.code()))))
        .collect();
    let real = manifest().join("tests/real/ga-res-80-en");
    for name in ["A_RES_80_12.md", "A_RES_80_2.md"] {
        out.push((Lang::En, real.join(name)));
    }
    out
}

/// What a segment is, for comparing two readings (line numbers differ by construction).
fn shape(doc: &Document) -> Vec<(SegmentKind, String, String, Vec<u32>)> {
    doc.segments
        .iter()
        .map(|s| {
            (
                s.kind,
                s.label
                    .as_ref()
                    .map_or_else(String::new, ToString::to_string),
                s.text.clone(),
                s.footnote_refs.clone(),
            )
        })
        .collect()
}

/// A list marker at the start of a segment's text: (level, number, format, prefix,
/// suffix, rest of the text).
struct Marker<'a> {
    level: usize,
    value: u32,
    format: &'static str,
    prefix: &'static str,
    suffix: &'static str,
    rest: &'a str,
}

const CYRILLIC: &str = "абвгдежзиклмнопрстуфхцчшщэюя";

fn marker<'a>(kind: SegmentKind, label: &str, text: &'a str) -> Option<Marker<'a>> {
    match kind {
        SegmentKind::Paragraph => {
            let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            let value: u32 = text.get(..digits)?.parse().ok()?;
            let after = &text[digits..];
            let (suffix, rest) = if let Some(rest) = after.strip_prefix(". ") {
                (".", rest)
            } else {
                (" -", after.strip_prefix(" - ")?)
            };
            Some(Marker {
                level: 1,
                value,
                format: "1",
                prefix: "",
                suffix,
                rest,
            })
        }
        SegmentKind::Item => {
            let (prefix, inner_and_rest) = match text.strip_prefix('(') {
                Some(r) => ("(", r),
                None => ("", text),
            };
            let (inner, rest) = inner_and_rest.split_once(") ")?;
            // A sub-subparagraph's label ends in its Roman numeral after a letter.
            let roman = label.rsplit('.').nth(1).is_some_and(|p| p.len() == 1);
            let (format, value) = if roman {
                let value = match inner {
                    "i" => 1,
                    "ii" => 2,
                    "iii" => 3,
                    "iv" => 4,
                    "v" => 5,
                    "vi" => 6,
                    "vii" => 7,
                    "viii" => 8,
                    "ix" => 9,
                    "x" => 10,
                    _ => return None,
                };
                ("i", value)
            } else {
                let mut chars = inner.chars();
                let (c, None) = (chars.next()?, chars.next()) else {
                    return None;
                };
                if c.is_ascii_lowercase() {
                    ("a", u32::from(c) - u32::from('a') + 1)
                } else {
                    let i = CYRILLIC.chars().position(|x| x == c)?;
                    // LibreOffice's name for the Russian letter sequence.
                    ("а, б, .., аа, аб, ... (ru)", u32::try_from(i).ok()? + 1)
                }
            };
            Some(Marker {
                level: if roman { 3 } else { 2 },
                value,
                format,
                prefix,
                suffix: ")",
                rest,
            })
        }
        _ => None,
    }
}

fn escape(text: &str) -> String {
    let mut out = String::new();
    let mut space = false;
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            ' ' if space => out.push_str("<text:s/>"),
            c => out.push(c),
        }
        space = c == ' ';
    }
    out
}

/// The flat OpenDocument text of a reading: paragraphs, automatic numbering, footnotes.
#[allow(clippy::too_many_lines)] // One pass that opens and closes nested lists as it goes.
fn fodt(doc: &Document, source: &str) -> String {
    let notes: std::collections::BTreeMap<u32, &str> = doc
        .segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Footnote)
        .filter_map(|s| {
            Some((
                s.label
                    .as_ref()?
                    .to_string()
                    .strip_prefix("fn.")?
                    .parse()
                    .ok()?,
                s.text.as_str(),
            ))
        })
        .collect();
    // Level styles from the markers the document uses: (format, prefix, suffix) by level.
    let mut styles: [(&str, &str, &str); 3] = [("1", "", "."), ("a", "(", ")"), ("i", "(", ")")];
    let segments: Vec<_> = doc
        .segments
        .iter()
        .filter(|s| s.kind != SegmentKind::Footnote)
        .collect();
    for s in &segments {
        let label = s
            .label
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default();
        if let Some(m) = marker(s.kind, &label, &s.text) {
            styles[m.level - 1] = (m.format, m.prefix, m.suffix);
        }
    }
    let mut body = String::new();
    // Open lists as (level, restart value expected next).
    let mut open: Vec<(usize, u32)> = Vec::new();
    let mut cited = std::collections::BTreeSet::new();
    for s in segments {
        let label = s
            .label
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default();
        let mut text = String::new();
        let m = marker(s.kind, &label, &s.text);
        if matches!(s.kind, SegmentKind::Header | SegmentKind::Closing) {
            // Masthead and closing blocks keep their lines (a date line and a meeting
            // line are read line by line): Word line breaks inside one paragraph.
            let lines: Vec<String> = source
                .lines()
                .skip(s.line.saturating_sub(1))
                .take_while(|l| !l.trim().is_empty())
                .map(|l| escape(l.trim().trim_matches('*').trim()))
                .collect();
            text.push_str(&lines.join("<text:line-break/>"));
        } else {
            text.push_str(&escape(m.as_ref().map_or(s.text.as_str(), |m| m.rest)));
        }
        for n in &s.footnote_refs {
            if let Some(note) = notes.get(n).filter(|_| cited.insert(*n)) {
                let _ = write!(
                    text,
                    "<text:note text:note-class=\"footnote\"><text:note-citation>{n}</text:note-citation>\
                     <text:note-body><text:p>{}</text:p></text:note-body></text:note>",
                    escape(note)
                );
            }
        }
        let Some(m) = m else {
            for _ in open.drain(..) {
                body.push_str("</text:list-item></text:list>");
            }
            let _ = writeln!(body, "<text:p>{text}</text:p>");
            continue;
        };
        // Lists are nested by level; a list's first level is the level of its first item.
        while open.last().is_some_and(|&(level, _)| level > m.level) {
            open.pop();
            body.push_str("</text:list-item></text:list>");
        }
        let continues = open
            .last()
            .is_some_and(|&(level, next)| level == m.level && next == m.value);
        if open.last().is_some_and(|&(level, _)| level == m.level) {
            body.push_str("</text:list-item>");
            open.pop();
            if !continues {
                // A number that does not follow: a new list at this level.
                body.push_str("</text:list>");
            }
        }
        if !continues {
            let style = if open.is_empty() {
                format!(" text:style-name=\"L{}\"", m.level)
            } else {
                String::new()
            };
            let _ = write!(body, "<text:list{style}>");
        }
        let start = if m.value == 1 || continues {
            String::new()
        } else {
            format!(" text:start-value=\"{}\"", m.value)
        };
        let _ = writeln!(body, "<text:list-item{start}><text:p>{text}</text:p>");
        open.push((m.level, m.value + 1));
    }
    for _ in open.drain(..) {
        body.push_str("</text:list-item></text:list>");
    }
    // List style Ln starts at level n, so that items without a numbered paragraph above
    // them are a list of their own.
    let mut list_styles = String::new();
    for first in 1..=3 {
        let _ = write!(list_styles, "<text:list-style style:name=\"L{first}\">");
        for (i, (format, prefix, suffix)) in styles.iter().enumerate().skip(first - 1) {
            let _ = write!(
                list_styles,
                "<text:list-level-style-number text:level=\"{}\" style:num-format=\"{format}\" \
                 style:num-prefix=\"{prefix}\" style:num-suffix=\"{suffix}\">\
                 <style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">\
                 <style:list-level-label-alignment text:label-followed-by=\"listtab\"/>\
                 </style:list-level-properties></text:list-level-style-number>",
                i + 2 - first
            );
        }
        list_styles.push_str("</text:list-style>");
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>{list_styles}</office:automatic-styles>
<office:body><office:text>
{body}</office:text></office:body></office:document>
"#
    )
}

/// The `soffice` program, or `None` (with a note) when LibreOffice is not installed and
/// CI does not require it.
fn soffice() -> Option<&'static str> {
    let ok = Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        return Some("soffice");
    }
    assert!(
        std::env::var("SIXFOLD_REQUIRE_CONSUMERS").as_deref() != Ok("1"),
        "LibreOffice (soffice) is required (SIXFOLD_REQUIRE_CONSUMERS=1) but not installed: run .ci/consumers.sh"
    );
    #[allow(clippy::print_stderr)] // The skip must be visible in the test output.
    {
        eprintln!(
            "note: skipping the LibreOffice conversion, soffice is not installed (run .ci/consumers.sh)"
        );
    }
    None
}

/// Converts `.fodt` files to `.docx` with one LibreOffice run, in its own profile so that
/// a LibreOffice the user has open (or another test) does not interfere.
fn convert(soffice: &str, dir: &Path, inputs: &[PathBuf]) {
    let profile = dir.join("profile");
    let out = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "docx:MS Word 2007 XML",
        ])
        .arg("--outdir")
        .arg(dir)
        .args(inputs)
        .output()
        .expect("soffice runs");
    assert!(
        out.status.success(),
        "soffice failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn fixture_name(lang: Lang, source: &Path) -> String {
    let stem = source.file_stem().unwrap().to_string_lossy();
    if stem.len() == 2 {
        format!("A-RES-51-60.{}", lang.code())
    } else {
        format!("{stem}.{}", lang.code())
    }
}

#[test]
fn libreoffice_docx_reads_like_its_source() {
    let Some(soffice) = soffice() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let mut inputs = Vec::new();
    let mut expected = Vec::new();
    for (lang, source) in sources() {
        let text = std::fs::read_to_string(&source).unwrap();
        let doc = read_str(lang, &source.display().to_string(), &text);
        let name = fixture_name(lang, &source);
        let fodt_path = tmp.path().join(format!("{name}.fodt"));
        std::fs::write(&fodt_path, fodt(&doc, &text)).unwrap();
        inputs.push(fodt_path);
        expected.push((lang, name, doc));
    }
    convert(soffice, tmp.path(), &inputs);
    for (lang, name, doc) in expected {
        let docx = tmp.path().join(format!("{name}.docx"));
        let bytes = std::fs::read(&docx).unwrap_or_else(|e| panic!("{}: {e}", docx.display()));
        let text = docx_text(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let got = read_str(lang, &name, &text);
        let (got, want) = (shape(&got), shape(&doc));
        let first = got.iter().zip(&want).position(|(a, b)| a != b);
        assert!(
            first.is_none() && got.len() == want.len(),
            "{name}: the .docx reads differently at segment {first:?} ({} vs {} segments):\n{:?}\n{:?}\n{text}",
            got.len(),
            want.len(),
            first.and_then(|i| got.get(i)),
            first.and_then(|i| want.get(i)),
        );
        if std::env::var("SIXFOLD_UPDATE_DOCX").as_deref() == Ok("1")
            && committed().contains(&name.as_str())
        {
            std::fs::copy(
                &docx,
                manifest().join("tests/docx").join(format!("{name}.docx")),
            )
            .unwrap();
        }
    }
}

/// The `.docx` fixtures committed under `tests/docx/` (written by LibreOffice 7.4 from
/// the renderings named by their file names; see `tests/docx/README.md`).
fn committed() -> [&'static str; 2] {
    ["A-RES-51-60.fr", "A_RES_80_12.en"]
}

#[test]
fn committed_libreoffice_docx_reads_like_its_source() {
    for name in committed() {
        let (stem, code) = name.rsplit_once('.').unwrap();
        let lang: Lang = code.parse().unwrap();
        let (lang_source, source) = sources()
            .into_iter()
            .find(|(l, p)| *l == lang && fixture_name(*l, p) == name)
            .unwrap();
        assert_eq!(lang_source, lang, "{stem}");
        let text = std::fs::read_to_string(&source).unwrap();
        let doc = read_str(lang, name, &text);
        let bytes =
            std::fs::read(manifest().join("tests/docx").join(format!("{name}.docx"))).unwrap();
        let docx = docx_text(&bytes).unwrap();
        assert_eq!(
            shape(&read_str(lang, name, &docx)),
            shape(&doc),
            "{name}:\n{docx}"
        );
    }
}
