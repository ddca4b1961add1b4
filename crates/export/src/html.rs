//! The HTML review page: the renderings side by side, one row per finest aligned row.
//!
//! A segment its language merged from several pivot paragraphs is one cell drawn across
//! the rows it covers (`rowspan`), so the other languages keep their one-to-one rows
//! beside it; a row inside such a merge where the language has nothing of its own (another
//! language's insertion) lies under the same cell.
//!
//! One self-contained file (inline CSS, no script, no external resource) so that it can
//! be mailed, attached to an issue or opened from disk. Each language column carries its
//! `lang` (fonts and line breaking) and Arabic `dir="rtl"`. Rows the aligner was unsure of
//! and rows with findings are coloured, and a legend says what the colours mean; control
//! characters a rendering should not contain are shown as visible `[U+…]` markers.
//!
//! The page's own words (headings, legend, column headers, finding texts) are Fluent
//! messages in the interface language chosen by the caller, English by default. In a
//! right-to-left interface language (Arabic) the page is `dir="rtl"` and every piece of
//! data inside a message (symbol, language codes, numbers, labels) is wrapped in bidi
//! isolation marks (FSI … PDI), so that `A/RES/51/60` or `op.3, op.4` keep their order
//! inside Arabic sentences; renderings' own text is never touched. Arguments are
//! HTML-escaped before formatting and the resources hold no markup characters (a test in
//! sixfold-l10n checks), so the formatted messages go into the page as they are.

use std::fmt::Write as _;
use std::ops::Range;

use sixfold_core::meta::RenderingStatus;
use sixfold_core::{Direction, Lang};
use sixfold_l10n::{Args, Localizer};
use sixfold_translations::{Cells, Finding, Severity};

use crate::aligned::{Aligned, LOW_CONFIDENCE, RowView, confidence_text};
use crate::escape::html_text;
use crate::out::Put as _;

const CSS: &str = "\
body{font-family:'Noto Sans','Noto Sans Arabic','Noto Sans CJK SC',sans-serif;margin:1rem;color:#111;background:#fff}
h1{font-size:1.4rem;margin:0 0 .3rem}
p.notice{background:#eef3fb;border:1px solid #9ab;padding:.4rem .6rem;margin:.5rem 0}
dl.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:.5rem 0 1rem}
dl.legend dt{width:1.2rem;height:1.2rem;border:1px solid #888}
dl.legend dd{margin:0 .4rem 0 0}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #bbb;padding:.3rem .4rem;vertical-align:top;font-size:.85rem;line-height:1.4;overflow-wrap:anywhere}
thead th{background:#eee;position:sticky;top:0}
th.meta{width:7.5rem;text-align:start;font-weight:normal;font-size:.75rem}
th.meta a{font-weight:bold}
td.findings{width:14rem;font-size:.75rem}
td.findings ul,section.doc ul{margin:0;padding-inline-start:1rem}
td[dir=rtl]{text-align:right}
td.gap{background:repeating-linear-gradient(45deg,#f4f4f4,#f4f4f4 6px,#e2e2e2 6px,#e2e2e2 12px)}
dt.gap{background:repeating-linear-gradient(45deg,#f4f4f4,#f4f4f4 4px,#d8d8d8 4px,#d8d8d8 8px)}
tr.low td,tr.low th,dt.low{background-color:#fff3c4}
tr.sev-error>th.meta,dl.legend dt.sev-error{border-inline-start:6px solid #c62828}
tr.sev-warning>th.meta,dl.legend dt.sev-warning{border-inline-start:6px solid #ef8f00}
tr.sev-info>th.meta,dl.legend dt.sev-info{border-inline-start:6px solid #1e6fc8}
dl.legend dt.ctlkey{width:auto;height:auto;border:0}
li.error{color:#a01818}li.warning{color:#8a5200}li.info{color:#1a5aa0}
tr.pinned>th.meta{outline:3px double #2e7d32;outline-offset:-3px}
dl.legend dt.pinned{outline:3px double #2e7d32;outline-offset:-3px}
li.accepted{color:#555;text-decoration:line-through}
code.cmd{display:block;font-size:.7rem;background:#f3f3f3;padding:.1rem .2rem;margin:.1rem 0;overflow-wrap:anywhere;text-decoration:none}
span.ctl{background:#c62828;color:#fff;font-family:monospace;font-size:.7rem;padding:0 .15rem}
";

/// The review page for `langs` (source first, then UN order), labelled in English.
#[must_use]
pub fn write(doc: &Aligned<'_>, langs: &[Lang], source: Option<Lang>) -> String {
    write_in(doc, langs, source, Lang::En)
}

/// The page's words in the interface language `ui`.
struct Labels {
    ui: Lang,
    l10n: &'static Localizer,
}

impl Labels {
    fn text(&self, id: &str, args: &Args<'_>) -> String {
        self.l10n.format(self.ui, id, args)
    }

    fn plain(&self, id: &str) -> String {
        self.text(id, &Args::new())
    }

    fn severity(&self, s: Severity) -> String {
        self.text("check-severity", &Args::new().text("severity", s.as_str()))
    }
}

/// The review page for `langs` with its headings, legend and finding texts in `ui`.
#[must_use]
pub fn write_in(doc: &Aligned<'_>, langs: &[Lang], source: Option<Lang>, ui: Lang) -> String {
    let mut out = String::new();
    write_to(&mut out, doc, langs, source, ui);
    out
}

/// [`write_in`] written into `out` row by row (the rows themselves are made first: a
/// segment's cell spans the rows it covers).
pub fn write_to(
    out: &mut dyn std::fmt::Write,
    doc: &Aligned<'_>,
    langs: &[Lang],
    source: Option<Lang>,
    ui: Lang,
) {
    let labels = Labels {
        ui,
        l10n: Localizer::for_viewer(ui),
    };
    let order = doc.order(langs, source);
    // The page's rows are made one at a time as they are written; what a cell spans is
    // worked out first from the alignment's cells alone (a few bytes a row): the views of
    // every row at once were several times the size of a long rendering.
    let page = doc.page_rows(&order);
    let spans: Vec<Vec<u32>> = order
        .iter()
        .map(|&l| span_lengths(page.len(), |k| page_cell(doc, &page, k, l)))
        .collect();
    let units = doc.alignment.groups(&doc.alignment.languages);
    // The page names the document by its symbol, or by its folder when nothing gives one.
    let symbol = html_text(doc.symbol().unwrap_or(doc.folder));
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"{}>\n<head>\n<meta charset=\"utf-8\">\n",
        ui.code(),
        dir_attr(ui)
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // Browsers show the title in their own chrome, where isolation marks are not honoured
    // and may appear as boxes: the title gets the text without them.
    let title = labels.text(
        "export-html-title",
        &Args::new().text("symbol", symbol.clone()),
    );
    let _ = writeln!(
        out,
        "<title>{}</title>",
        title.replace(['\u{2068}', '\u{2069}'], "")
    );
    let _ = writeln!(out, "<style>\n{CSS}</style>\n</head>\n<body>");
    // A symbol or a folder path is left-to-right text: isolated, an Arabic page does not
    // reorder "../docs/d0020" into "docs/d0020/../..".
    let _ = writeln!(out, "<h1><bdi dir=\"ltr\">{symbol}</bdi></h1>");
    // The title in the interface language when document.toml has it, else in English.
    if let Some((lang, title)) = doc.meta.and_then(|m| {
        [ui, Lang::En]
            .into_iter()
            .find_map(|l| m.title.get(&l).map(|t| (l, t)))
    }) {
        let lang_attr = if lang == ui {
            String::new()
        } else {
            format!(" lang=\"{}\"{}", lang.code(), dir_in(lang, ui))
        };
        let _ = writeln!(
            out,
            "<p class=\"title\"{lang_attr}>{}</p>",
            html_text(title)
        );
    }
    provenance(out, doc, &order, &labels);
    legend(out, &labels);
    document_findings(out, doc, &order, &labels);
    let _ = write!(
        out,
        "<table>\n<thead><tr><th class=\"meta\" scope=\"col\">{}</th>",
        labels.plain("export-column-row")
    );
    for lang in &order {
        let _ = write!(
            out,
            "<th scope=\"col\" lang=\"{code}\"{dir}>{native} ({code})</th>",
            code = lang.code(),
            dir = dir_in(*lang, ui),
            native = lang.native_name()
        );
    }
    let _ = write!(
        out,
        "<th class=\"findings\" scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        labels.plain("export-column-findings")
    );
    // Rows and units both go forward through the alignment: the unit of a row is found
    // by walking on, not by searching from the start for every row (quadratic).
    let mut next_unit = 0;
    let mut k = 0;
    for row in doc.views_of(&order, page.iter().map(|&i| i..i + 1).collect()) {
        // The page row this view is (each row of `page` has a view, in order).
        while page.get(k).is_some_and(|&i| i < row.index) {
            k += 1;
        }
        let cells: Vec<Span> = order
            .iter()
            .zip(&spans)
            .filter_map(|(&l, s)| Some(span_at(*s.get(k)?, k, |j| page_cell(doc, &page, j, l))))
            .collect();
        let cells: Vec<&Span> = cells.iter().collect();
        while units.get(next_unit).is_some_and(|u| u.end <= row.index) {
            next_unit += 1;
        }
        let unit = units
            .get(next_unit)
            .filter(|u| u.contains(&row.index))
            .cloned()
            .unwrap_or_else(|| row.rows.clone());
        write_row(out, &row, &cells, unit, doc, &order, &labels);
    }
    out.push_str("</tbody>\n</table>\n</body>\n</html>\n");
}

fn dir_attr(lang: Lang) -> &'static str {
    match lang.direction() {
        Direction::Rtl => " dir=\"rtl\"",
        Direction::Ltr => "",
    }
}

/// The `dir` of an element in `lang` on a page in `page`: right-to-left text always says
/// so, and left-to-right text says so on a right-to-left page, where it would otherwise
/// inherit `rtl` and have its punctuation moved to the wrong end.
fn dir_in(lang: Lang, page: Lang) -> &'static str {
    match (lang.direction(), page.direction()) {
        (Direction::Rtl, _) => " dir=\"rtl\"",
        (Direction::Ltr, Direction::Rtl) => " dir=\"ltr\"",
        (Direction::Ltr, Direction::Ltr) => "",
    }
}

/// Which columns are official UN text and which are working translations: the repository
/// must never let the two be confused.
fn provenance(out: &mut dyn std::fmt::Write, doc: &Aligned<'_>, order: &[Lang], labels: &Labels) {
    let Some(meta) = doc.meta else { return };
    let (official, working): (Vec<Lang>, Vec<Lang>) = order
        .iter()
        .filter(|l| meta.renderings.contains_key(l))
        .partition(|l| {
            meta.renderings
                .get(l)
                .is_some_and(|r| r.status == RenderingStatus::Official)
        });
    let codes = |ls: &[Lang]| ls.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ");
    out.push_str("<p class=\"notice\">");
    if !official.is_empty() {
        let args = Args::new().text("langs", codes(&official));
        let _ = write!(out, "{} ", labels.text("export-official", &args));
    }
    if !working.is_empty() {
        let args = Args::new().text("langs", codes(&working));
        out.push_str(&labels.text("export-working", &args));
    }
    out.push_str("</p>\n");
}

fn legend(out: &mut dyn std::fmt::Write, labels: &Labels) {
    let low = labels.text(
        "export-legend-low",
        &Args::new().text("threshold", confidence_text(LOW_CONFIDENCE)),
    );
    let _ = writeln!(
        out,
        "<dl class=\"legend\"><dt class=\"low\"></dt><dd>{low}</dd>\
         <dt class=\"sev-error\"></dt><dd>{}</dd>\
         <dt class=\"sev-warning\"></dt><dd>{}</dd>\
         <dt class=\"sev-info\"></dt><dd>{}</dd>\
         <dt class=\"gap\"></dt><dd>{}</dd>\
         <dt class=\"pinned\"></dt><dd>{}</dd>\
         <dt class=\"ctlkey\"><span class=\"ctl\">[U+…]</span></dt><dd>{}</dd></dl>",
        labels.plain("export-legend-error"),
        labels.plain("export-legend-warning"),
        labels.plain("export-legend-info"),
        labels.plain("export-legend-gap"),
        labels.plain("export-legend-pinned"),
        labels.plain("export-legend-control"),
    );
}

fn document_findings(
    out: &mut dyn std::fmt::Write,
    doc: &Aligned<'_>,
    order: &[Lang],
    labels: &Labels,
) {
    let findings: Vec<&Finding> = doc
        .document_findings()
        .into_iter()
        .filter(|f| order.contains(&f.lang))
        .collect();
    if findings.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<section class=\"doc\"><h2>{}</h2><ul>",
        labels.plain("export-document-findings")
    );
    for f in findings {
        finding_item(out, f, labels, doc.folder);
    }
    out.push_str("</ul></section>\n");
}

/// One finding: severity, language, code and the explanation in the interface language.
/// The finding's arguments are escaped before they enter the message.
fn finding_item(out: &mut dyn std::fmt::Write, f: &Finding, labels: &Labels, folder: &str) {
    let escaped: Vec<(String, String)> = f
        .args
        .iter()
        .map(|(k, v)| (k.to_string(), html_text(v)))
        .collect();
    let message = labels.l10n.finding_text(
        labels.ui,
        &f.code,
        f.lang,
        f.line,
        &escaped,
        &html_text(&f.message()),
    );
    let args = Args::new()
        .text("severity", labels.severity(f.severity))
        .text("lang", f.lang.code())
        .text("code", html_text(&f.code))
        .text("message", message);
    let _ = write!(
        out,
        "<li class=\"{}\">{}",
        f.severity.as_str(),
        labels.text("export-finding-item", &args)
    );
    if let Some(command) = accept_command(f, folder) {
        let _ = write!(
            out,
            "<br>{}<code class=\"cmd\" dir=\"ltr\">{}</code>",
            labels.plain("export-command-accept"),
            html_text(&command)
        );
    }
    out.push_str("</li>\n");
}

/// An accepted finding, struck through, with the command that takes the acceptance back.
fn accepted_item(out: &mut dyn std::fmt::Write, f: &Finding, labels: &Labels, folder: &str) {
    let message = labels.l10n.finding_text(
        labels.ui,
        &f.code,
        f.lang,
        f.line,
        &f.args
            .iter()
            .map(|(k, v)| (k.to_string(), html_text(v)))
            .collect::<Vec<_>>(),
        &html_text(&f.message()),
    );
    let args = Args::new()
        .text("lang", f.lang.code())
        .text("code", html_text(&f.code))
        .text("message", message);
    let _ = writeln!(
        out,
        "<li class=\"accepted\">{}<code class=\"cmd\" dir=\"ltr\">{}</code></li>",
        labels.text("export-accepted-item", &args),
        html_text(&format!(
            "sixfold unaccept {} {}",
            shell_word(folder),
            shell_word(&f.id())
        ))
    );
}

/// The command that accepts a finding: its own id, or for an outdated acceptance the id
/// it accepted (accepting again re-decides). An outdated pin is re-decided with `pin`.
fn accept_command(f: &Finding, folder: &str) -> Option<String> {
    let own = f.id();
    let id = match &*f.code {
        sixfold_review::OUTDATED_PIN => return None,
        sixfold_review::OUTDATED_ACCEPT => f.args.get("id")?,
        _ => &*own,
    };
    Some(format!(
        "sixfold accept {} {}",
        shell_word(folder),
        shell_word(id)
    ))
}

/// The row's cell in each language: text, a gap, or nothing where a cell from a row above
/// spans into it.
fn language_cells(
    out: &mut dyn std::fmt::Write,
    order: &[Lang],
    spans: &[&Span],
    doc: &Aligned<'_>,
    labels: &Labels,
) {
    for (lang, span) in order.iter().zip(spans) {
        let text = match span {
            Span::Covered => continue,
            Span::Gap => None,
            Span::Start { segments, .. } => doc.cell_text(*lang, segments),
        };
        let rowspan = match span {
            Span::Start { rows, .. } if *rows > 1 => format!(" rowspan=\"{rows}\""),
            _ => String::new(),
        };
        match text {
            Some(text) => {
                let _ = write!(
                    out,
                    "<td{rowspan} lang=\"{}\"{}>{}</td>",
                    lang.code(),
                    dir_in(*lang, labels.ui),
                    html_text(&text)
                );
            }
            None => {
                let _ = write!(
                    out,
                    "<td class=\"gap\"{rowspan} lang=\"{}\"{}></td>",
                    lang.code(),
                    dir_in(*lang, labels.ui)
                );
            }
        }
    }
}

/// What one language's column holds in one row of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Span {
    /// The language has no segment here.
    Gap,
    /// A cell starts here and covers `rows` rows of the page, with these segments.
    Start { rows: usize, segments: Vec<usize> },
    /// A cell that starts above covers this row.
    Covered,
}

/// A span of [`span_lengths`]: the language has no segment in this row.
const GAP: u32 = 0;
/// A span of [`span_lengths`]: a cell that starts above covers this row.
const COVERED: u32 = u32::MAX;

/// The column of a language over the page's `n` rows (`cell(k)`: its segments in row `k`,
/// `None` without any): runs of rows whose cells share a segment (a merge in this
/// language), with the rows between them where the language has nothing, become one
/// cell. Per row: [`GAP`], [`COVERED`], or the number of rows of the cell that starts
/// there ([`span_at`] makes the [`Span`]).
fn span_lengths(n: usize, cell: impl Fn(usize) -> Option<Vec<usize>>) -> Vec<u32> {
    let mut out = vec![GAP; n];
    let mut k = 0;
    while k < n {
        let Some(mut segments) = cell(k) else {
            k += 1;
            continue;
        };
        let mut end = k;
        while let Some((next, more)) = (end + 1..n).find_map(|j| cell(j).map(|c| (j, c))) {
            if !more.iter().any(|s| segments.contains(s)) {
                break;
            }
            segments.extend(more);
            segments.sort_unstable();
            segments.dedup();
            end = next;
        }
        if let Some(slot) = out.get_mut(k) {
            *slot = u32::try_from(end - k + 1).unwrap_or(COVERED - 1);
        }
        for slot in out.iter_mut().take(end + 1).skip(k + 1) {
            *slot = COVERED;
        }
        k = end + 1;
    }
    out
}

/// The [`Span`] of page row `k` whose [`span_lengths`] entry is `length`: a cell's
/// segments are those of the rows it covers.
fn span_at(length: u32, k: usize, cell: impl Fn(usize) -> Option<Vec<usize>>) -> Span {
    match length {
        GAP => Span::Gap,
        COVERED => Span::Covered,
        rows => {
            let rows = rows as usize;
            let mut segments: Vec<usize> = (k..k + rows).filter_map(&cell).flatten().collect();
            if rows > 1 {
                segments.sort_unstable();
                segments.dedup();
            }
            Span::Start { rows, segments }
        }
    }
}

/// The segments of `lang` in page row `k` (finest row `page[k]`), `None` without any.
fn page_cell(doc: &Aligned<'_>, page: &[usize], k: usize, lang: Lang) -> Option<Vec<usize>> {
    let i = *page.get(k)?;
    let cell = doc.alignment.cells_of(i..i + 1, lang);
    (!cell.is_empty()).then_some(cell)
}

/// The command that pins a unit as it stands (the translator narrows the ranges when the
/// row is wrong): the first non-pivot language with segments, with every other one. A
/// pin is a six-way unit of its own, so the command names the whole unit the row is in.
fn pin_command(cells: &Cells, doc: &Aligned<'_>) -> Option<String> {
    let range = |lang: Lang| -> Option<String> {
        let cell = cells.get(lang)?;
        let d = doc.docs.get(&lang)?;
        let first = sixfold_review::reference(d, *cell.first()?)?;
        let last = sixfold_review::reference(d, *cell.last()?)?;
        Some(sixfold_review::SegRange { first, last }.to_string())
    };
    let pivot = doc.alignment.pivot;
    let langs: Vec<Lang> = cells.keys().collect();
    if langs.len() < 2 {
        return None;
    }
    let main = langs.iter().copied().find(|&l| l != pivot)?;
    let mut cmd = format!(
        "sixfold pin {} --lang {} --segments {}",
        shell_word(doc.folder),
        main.code(),
        shell_word(&range(main)?)
    );
    let others = std::iter::once(pivot)
        .filter(|p| langs.contains(p))
        .chain(langs.iter().copied().filter(|&l| l != pivot && l != main));
    for lang in others {
        let _ = write!(cmd, " --with {}:{}", lang.code(), shell_word(&range(lang)?));
    }
    Some(cmd)
}

/// A word as a POSIX shell reads it: as it is when it holds only safe characters,
/// otherwise in single quotes.
fn shell_word(word: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "-_.:/@+=~,".contains(c);
    if !word.is_empty() && word.chars().all(safe) {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

fn write_row(
    out: &mut dyn std::fmt::Write,
    row: &RowView<'_>,
    spans: &[&Span],
    unit: Range<usize>,
    doc: &Aligned<'_>,
    order: &[Lang],
    labels: &Labels,
) {
    let findings: Vec<&Finding> = row
        .findings
        .iter()
        .map(AsRef::as_ref)
        .filter(|f| order.contains(&f.lang))
        .collect();
    let mut classes = Vec::new();
    if row.is_low_confidence() {
        classes.push("low".to_owned());
    }
    if let Some(worst) = findings.iter().map(|f| f.severity).max() {
        classes.push(format!("sev-{}", worst.as_str()));
    }
    if row.pinned {
        classes.push("pinned".to_owned());
    }
    let class = if classes.is_empty() {
        String::new()
    } else {
        format!(" class=\"{}\"", classes.join(" "))
    };
    let id = html_text(&row.id);
    let _ = write!(
        out,
        "<tr id=\"{id}\"{class}><th class=\"meta\" scope=\"row\"><a href=\"#{id}\">{id}</a><br>{}",
        labels.text("export-kind", &Args::new().text("kind", row.kind.as_str()))
    );
    if let Some(label) = &row.label {
        let _ = write!(out, " {}", html_text(label));
    }
    let confidence = Args::new().text("confidence", confidence_text(row.confidence));
    let _ = write!(out, "<br>{}", labels.text("export-confidence", &confidence));
    if row.pinned {
        let _ = write!(out, "<br>{}", labels.plain("export-pinned"));
    }
    if !row.reasons.is_empty() {
        let _ = write!(
            out,
            "<br>{}",
            html_text(&crate::aligned::reasons_text(&row.reasons))
        );
    }
    if row.is_low_confidence() && !row.pinned {
        let mut cells = Cells::new();
        for &l in order {
            let cell = doc.alignment.cells_of(unit.clone(), l);
            if !cell.is_empty() {
                cells.insert(l, &cell);
            }
        }
        if let Some(cmd) = pin_command(&cells, doc) {
            let _ = write!(
                out,
                "<br>{}<code class=\"cmd\" dir=\"ltr\">{}</code>",
                labels.plain("export-command-pin"),
                html_text(&cmd)
            );
        }
    }
    if !row.footnote_refs.is_empty() {
        let refs: Vec<String> = row.footnote_refs.iter().map(u32::to_string).collect();
        let args = Args::new().text("refs", refs.join(" "));
        let _ = write!(out, "<br>{}", labels.text("export-footnotes", &args));
    }
    out.push_str("</th>");
    language_cells(out, order, spans, doc, labels);
    out.push_str("<td class=\"findings\">");
    let accepted: Vec<&&Finding> = row
        .accepted
        .iter()
        .filter(|f| order.contains(&f.lang))
        .collect();
    if !findings.is_empty() || !accepted.is_empty() {
        out.push_str("<ul>\n");
        for f in findings {
            finding_item(out, f, labels, doc.folder);
        }
        for f in accepted {
            accepted_item(out, f, labels, doc.folder);
        }
        out.push_str("</ul>");
    }
    out.push_str("</td></tr>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::Fixture;

    #[test]
    fn six_columns_with_arabic_rtl() {
        let fx = Fixture::new();
        let out = write(&fx.aligned(), &Lang::ALL, None);
        let head =
            &out[out.find("<thead>").expect("head")..out.find("</thead>").expect("head end")];
        assert_eq!(head.matches(" lang=\"").count(), 6);
        assert!(head.contains("<th scope=\"col\" lang=\"ar\" dir=\"rtl\">العربية (ar)</th>"));
        assert!(out.contains("<td lang=\"ar\" dir=\"rtl\">1 - يوافق على الإعلان؛</td>"));
    }

    #[test]
    fn self_contained_without_script() {
        let fx = Fixture::new();
        let out = write(&fx.aligned(), &Lang::ALL, None);
        assert!(!out.contains("<script"), "hostile text must be inert");
        assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!out.contains("src=") && !out.contains("http"));
        assert!(!out.contains('\u{202E}') && !out.contains('\u{0}'));
        assert!(out.contains("<span class=\"ctl\">[U+202E]</span>"));
    }

    #[test]
    fn low_confidence_and_findings_are_highlighted() {
        let fx = Fixture::new();
        let out = write(&fx.aligned(), &Lang::ALL, None);
        assert!(out.contains("<tr id=\"A-RES-51-60-r002\" class=\"low sev-warning\">"));
        assert!(out.contains("<tr id=\"A-RES-51-60-r005\" class=\"low sev-error\">"));
        assert!(out.contains("<tr id=\"A-RES-51-60-r001\"><th"));
        assert!(out.contains("<td class=\"gap\" lang=\"ru\"></td>"));
        assert!(out.contains("Findings on the whole document"));
        assert!(out.contains("Working translations made for this repository"));
    }
}
