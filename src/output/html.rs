//! The review page: one self-contained HTML page of the articles with their facts.
//!
//! People check extraction by looking. The page has, for each article, a table of its market
//! moves, then the title and text with every fact highlighted in the colour of its kind (a
//! legend at the top gives the colours and counts); hovering or focusing (Tab) a highlight
//! shows the fact's typed fields. With more than one article, a side list jumps between them.
//!
//! The page needs no network and no script: inline CSS only, and a Content-Security-Policy
//! that forbids scripts and every fetch. Everything that comes from the input (ids, titles,
//! text, nouns, messages) is escaped, in text and in attribute values alike, so an article
//! containing `<script>` shows it as text.
//!
//! Each highlight is a `<mark class="f k-KIND" id="aN-fM" tabindex="0" data-tip="…">` around
//! the fact's exact byte span; `#aN-fM` links to a fact and shows its fields. A fact whose
//! span does not match the text it is given (or whose text was not given at all, see
//! [`Sink::record`]) is still shown, after the text, in a "not placed" line.

use super::{Record, Sink};
use crate::fact::{Fact, Field, Kind};
use crate::market::{Measure, Move};
use rust_decimal::Decimal;
use std::fmt::Write as _;
use std::io::Write;

/// Every kind, in legend order.
const KINDS: [Kind; 14] = [
    Kind::Percent,
    Kind::Money,
    Kind::Count,
    Kind::Number,
    Kind::Points,
    Kind::Length,
    Kind::Mass,
    Kind::Volume,
    Kind::Area,
    Kind::Temperature,
    Kind::Speed,
    Kind::Duration,
    Kind::Data,
    Kind::Energy,
];

/// Background and underline colour of a kind's highlight.
fn colours(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::Percent => ("#ffe08a", "#c9930a"),
        Kind::Money => ("#b9e8c8", "#2a9658"),
        Kind::Count => ("#c4e1fd", "#2f7fd0"),
        Kind::Number => ("#e3e3e3", "#7d7d7d"),
        Kind::Points => ("#f6c8ef", "#b0379c"),
        Kind::Length => ("#e2cbfb", "#8552c4"),
        Kind::Mass => ("#ffcadb", "#d0437a"),
        Kind::Volume => ("#aee9e6", "#1b9791"),
        Kind::Area => ("#dbe6a8", "#7f9124"),
        Kind::Temperature => ("#ffbfae", "#d24f33"),
        Kind::Speed => ("#cfcaf7", "#5e52c2"),
        Kind::Duration => ("#f4d6b4", "#b0702c"),
        Kind::Data => ("#d3dde2", "#56727f"),
        Kind::Energy => ("#fff2a1", "#b9a100"),
    }
}

const CSS: &str = r#"
:root { color-scheme: light; --ink: #1d2329; --muted: #5f6b76; --line: #d9dee3; --paper: #fff; --bg: #f4f6f8; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", sans-serif; }
a { color: #1f5fa8; }
.page { display: grid; grid-template-columns: minmax(0, 1fr); max-width: 1080px; margin: 0 auto; padding: 0 24px 48px; }
.page.many { grid-template-columns: 240px minmax(0, 1fr); gap: 28px; max-width: 1280px; }
header.top { grid-column: 1 / -1; padding: 20px 0 12px; border-bottom: 1px solid var(--line); margin-bottom: 20px; }
header.top h1 { font-size: 20px; margin: 0 0 2px; }
header.top .stats { color: var(--muted); margin: 0 0 12px; font-size: 14px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 8px; margin: 0; padding: 0; list-style: none; font-size: 13px; }
.legend li { background: var(--k); border-bottom: 2px solid var(--kb); border-radius: 4px; padding: 1px 8px; }
.legend li.none { opacity: .45; }
.legend b { font-weight: 600; margin-left: 4px; }
nav.toc { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; padding: 4px 0 16px; font-size: 14px; }
nav.toc h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 8px; }
nav.toc ol { margin: 0; padding: 0; list-style: none; }
nav.toc li { margin: 0 0 8px; }
nav.toc li a { text-decoration: none; display: block; line-height: 1.35; }
nav.toc li a:hover, nav.toc li a:focus { text-decoration: underline; }
nav.toc .n { display: block; color: var(--muted); font-size: 12px; }
article { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 20px 28px 24px; margin: 0 0 24px; }
article > h2 { font-size: 22px; line-height: 1.35; margin: 0 0 6px; }
article > h2.untitled { color: var(--muted); font-weight: 500; }
.meta { color: var(--muted); font-size: 13px; margin: 0 0 16px; }
.meta code { font-size: 12px; }
table.moves { border-collapse: collapse; width: 100%; font-size: 13.5px; margin: 0 0 18px; }
table.moves caption { text-align: left; font-weight: 600; font-size: 14px; padding: 0 0 6px; }
table.moves th, table.moves td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
table.moves th { background: #eef1f4; font-weight: 600; white-space: nowrap; }
table.moves td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
table.moves td.clause, table.moves td.clause a { color: var(--muted); }
table.moves td.clause a { text-decoration: underline dotted; text-underline-offset: 3px; }
table.moves td.clause a:hover, table.moves td.clause a:focus { color: var(--ink); }
.dir { white-space: nowrap; font-weight: 600; }
.dir.up { color: #16794a; } .dir.down { color: #b3261e; } .dir.flat, .dir.none { color: var(--muted); }
.q { display: inline-block; font-size: 11px; color: var(--muted); border: 1px solid var(--line); border-radius: 3px; padding: 0 4px; margin-left: 4px; }
p.nomoves { color: var(--muted); font-size: 13.5px; margin: 0 0 16px; }
.body { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.9; margin: 0; max-width: 78ch; }
mark.f { background: var(--k); color: inherit; border-bottom: 2px solid var(--kb); border-radius: 3px; padding: 1px 2px;
  position: relative; cursor: help; scroll-margin-top: 40vh; }
mark.f:focus { outline: 2px solid #1f5fa8; outline-offset: 1px; }
mark.f:hover::after, mark.f:focus::after, mark.f:target::after {
  content: attr(data-tip); position: absolute; left: 0; top: calc(100% + 6px); z-index: 10;
  width: max-content; max-width: 44ch; white-space: pre-wrap; text-align: left;
  background: #1d2329; color: #f4f6f8; border-radius: 6px; padding: 7px 10px; box-shadow: 0 4px 14px rgba(0,0,0,.25);
  font: 12.5px/1.5 ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; font-weight: 400; }
mark.f:target { outline: 2px solid #1f5fa8; outline-offset: 1px; }
p.unplaced { font-size: 13.5px; color: var(--muted); margin: 14px 0 0; }
p.unplaced mark.f { margin-right: 6px; }
ul.errors { background: #fdecea; border: 1px solid #f3b8b1; border-radius: 6px; padding: 8px 12px 8px 28px; font-size: 13.5px; margin: 0 0 16px; }
p.empty { color: var(--muted); }
"#;

/// The review page writer: collects every record, writes the page in [`Sink::finish`].
///
/// Give each record its body text with [`Sink::article`]; [`Sink::record`] alone has only
/// the title, so the body's facts are then listed without their context.
pub struct Html<W: Write> {
    out: W,
    articles: Vec<Article>,
}

struct Article {
    record: Record,
    text: Option<String>,
}

impl<W: Write> Html<W> {
    /// A review page writer.
    pub fn new(out: W) -> Self {
        Html {
            out,
            articles: Vec::new(),
        }
    }
}

impl<W: Write> Sink for Html<W> {
    fn record(&mut self, record: &Record) -> std::io::Result<()> {
        self.articles.push(Article {
            record: record.clone(),
            text: None,
        });
        Ok(())
    }
    fn article(&mut self, record: &Record, text: &str) -> std::io::Result<()> {
        self.articles.push(Article {
            record: record.clone(),
            text: Some(text.to_string()),
        });
        Ok(())
    }
    fn finish(&mut self) -> std::io::Result<()> {
        let articles = std::mem::take(&mut self.articles);
        self.out.write_all(page(&articles).as_bytes())?;
        self.out.flush()
    }
}

/// Append `s` with `& < > " '` escaped: safe in text and in double- or single-quoted
/// attribute values.
fn esc(out: &mut String, s: &str) {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        // The escaped bytes are ASCII, so `last..i` lies on char boundaries.
        out.push_str(s.get(last..i).unwrap_or(""));
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(s.get(last..).unwrap_or(""));
}

/// The serde name of a unit enum (`up_to`, `percent`): the same words as the JSON.
fn tag<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn page(articles: &[Article]) -> String {
    let mut out = String::with_capacity(
        16 * 1024
            + articles
                .iter()
                .map(|a| a.text.as_ref().map_or(0, String::len) * 2 + a.record.facts.len() * 400)
                .sum::<usize>(),
    );
    let facts: usize = articles.iter().map(|a| a.record.facts.len()).sum();
    let moves: usize = articles.iter().map(|a| a.record.moves.len()).sum();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(
        out,
        "<meta name=\"generator\" content=\"marketfacts {}\">",
        env!("CARGO_PKG_VERSION")
    );
    out.push_str("<title>");
    match articles {
        [one] => {
            out.push_str("Review: ");
            esc(
                &mut out,
                one.record.title.as_deref().unwrap_or(&one.record.id),
            );
        }
        _ => {
            let _ = write!(out, "Review: {} articles", articles.len());
        }
    }
    out.push_str("</title>\n<style>");
    out.push_str(CSS);
    for kind in KINDS {
        let (bg, border) = colours(kind);
        let _ = writeln!(out, ".k-{} {{ --k: {bg}; --kb: {border}; }}", tag(&kind));
    }
    out.push_str("</style>\n</head>\n<body>\n");
    let many = articles.len() > 1;
    let _ = writeln!(
        out,
        "<div class=\"page{}\">",
        if many { " many" } else { "" }
    );
    out.push_str("<header class=\"top\">\n<h1>marketfacts review</h1>\n");
    let _ = writeln!(
        out,
        "<p class=\"stats\">{} article{}, {facts} fact{}, {moves} market move{}. Hover or focus (Tab) a highlight to see its fields.</p>",
        articles.len(),
        plural(articles.len()),
        plural(facts),
        plural(moves)
    );
    legend(&mut out, articles);
    out.push_str("</header>\n");
    if many {
        toc(&mut out, articles);
    }
    out.push_str("<main>\n");
    if articles.is_empty() {
        out.push_str("<p class=\"empty\">No articles in the input.</p>\n");
    }
    for (i, a) in articles.iter().enumerate() {
        article(&mut out, i + 1, a);
    }
    out.push_str("</main>\n</div>\n</body>\n</html>\n");
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn legend(out: &mut String, articles: &[Article]) {
    out.push_str("<ul class=\"legend\" aria-label=\"Fact kinds\">\n");
    for kind in KINDS {
        let n = articles
            .iter()
            .flat_map(|a| &a.record.facts)
            .filter(|f| f.kind == kind)
            .count();
        let name = tag(&kind);
        let _ = writeln!(
            out,
            "<li class=\"k-{name}{}\">{name}<b>{n}</b></li>",
            if n == 0 { " none" } else { "" }
        );
    }
    out.push_str("</ul>\n");
}

fn toc(out: &mut String, articles: &[Article]) {
    out.push_str("<nav class=\"toc\" aria-label=\"Articles\">\n<h2>Articles</h2>\n<ol>\n");
    for (i, a) in articles.iter().enumerate() {
        let r = &a.record;
        let _ = write!(out, "<li><a href=\"#a{}\">", i + 1);
        esc(out, r.title.as_deref().unwrap_or(&r.id));
        let _ = writeln!(
            out,
            "<span class=\"n\">#{} · {} fact{}, {} move{}{}</span></a></li>",
            i + 1,
            r.facts.len(),
            plural(r.facts.len()),
            r.moves.len(),
            plural(r.moves.len()),
            if r.errors.is_empty() { "" } else { ", errors" }
        );
    }
    out.push_str("</ol>\n</nav>\n");
}

fn article(out: &mut String, n: usize, a: &Article) {
    let r = &a.record;
    let _ = writeln!(out, "<article id=\"a{n}\">");
    let mut unplaced = Vec::new();
    match &r.title {
        Some(title) => {
            out.push_str("<h2>");
            highlight(out, n, r, Field::Title, Some(title), &mut unplaced);
            out.push_str("</h2>\n");
        }
        None => {
            out.push_str("<h2 class=\"untitled\">");
            esc(out, &r.id);
            out.push_str("</h2>\n");
            // No title to place them in (a record built by hand): list its title facts.
            highlight(out, n, r, Field::Title, None, &mut unplaced);
        }
    }
    out.push_str("<p class=\"meta\">id <code>");
    esc(out, &r.id);
    out.push_str("</code>");
    if let Some(date) = r.date.as_deref().filter(|d| !d.is_empty()) {
        out.push_str(" · ");
        esc(out, date);
    }
    out.push_str(" · <code>");
    esc(out, &r.source.file);
    let _ = write!(out, "</code> record {}", r.source.record);
    if r.tokenized {
        out.push_str(" · tokenized");
    }
    let _ = writeln!(
        out,
        " · {} fact{} · {} move{}</p>",
        r.facts.len(),
        plural(r.facts.len()),
        r.moves.len(),
        plural(r.moves.len())
    );
    if !r.errors.is_empty() {
        out.push_str("<ul class=\"errors\">\n");
        for e in &r.errors {
            let _ = write!(out, "<li><code>{}</code> ", tag(&e.kind));
            esc(out, &e.message);
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    moves_table(out, n, r);
    out.push_str("<p class=\"body\">");
    highlight(out, n, r, Field::Text, a.text.as_deref(), &mut unplaced);
    out.push_str("</p>\n");
    if !unplaced.is_empty() {
        out.push_str("<p class=\"unplaced\">Not placed (the span does not match the text): ");
        for i in unplaced {
            if let Some(f) = r.facts.get(i) {
                mark(out, n, i, f, &f.text);
            }
        }
        out.push_str("</p>\n");
    }
    out.push_str("</article>\n");
}

/// Write a field's text with its facts highlighted. Facts whose span is not on char
/// boundaries, does not hold the fact's text, or overlaps an earlier one go to `unplaced`.
fn highlight(
    out: &mut String,
    n: usize,
    r: &Record,
    field: Field,
    text: Option<&str>,
    unplaced: &mut Vec<usize>,
) {
    let mut cursor = 0;
    for (i, f) in r.facts.iter().enumerate().filter(|(_, f)| f.field == field) {
        let placed = match text {
            Some(t) if f.start >= cursor && f.start < f.end => {
                t.get(f.start..f.end) == Some(f.text.as_str())
            }
            _ => false,
        };
        let (Some(t), true) = (text, placed) else {
            unplaced.push(i);
            continue;
        };
        esc(out, t.get(cursor..f.start).unwrap_or(""));
        mark(out, n, i, f, &f.text);
        cursor = f.end;
    }
    if let Some(t) = text {
        esc(out, t.get(cursor..).unwrap_or(""));
    }
}

/// One highlighted fact, its typed fields in `data-tip` (shown by CSS on hover and focus).
fn mark(out: &mut String, n: usize, i: usize, f: &Fact, text: &str) {
    let _ = write!(
        out,
        "<mark class=\"f k-{}\" id=\"a{n}-f{i}\" tabindex=\"0\" data-tip=\"",
        tag(&f.kind)
    );
    esc(out, &tip(f));
    out.push_str("\">");
    esc(out, text);
    out.push_str("</mark>");
}

/// The typed fields of a fact, one `key: value` line each, named as in the JSON.
fn tip(f: &Fact) -> String {
    let mut t = format!("kind: {}", tag(&f.kind));
    match (f.value, f.low, f.high) {
        (Some(v), _, _) => {
            let _ = write!(t, "\nvalue: {v}");
        }
        (None, Some(lo), Some(hi)) => {
            let _ = write!(t, "\nlow..high: {lo}..{hi}");
        }
        (None, lo, hi) => {
            if let Some(lo) = lo {
                let _ = write!(t, "\nlow: {lo}");
            }
            if let Some(hi) = hi {
                let _ = write!(t, "\nhigh: {hi}");
            }
        }
    }
    if let Some(u) = &f.unit {
        let _ = write!(t, "\nunit: {u}");
    }
    if let Some(p) = &f.per {
        let _ = write!(t, "\nper: {p}");
    }
    if let Some(q) = f.qualifier {
        let _ = write!(t, "\nqualifier: {}", tag(&q));
    }
    if f.vague {
        t.push_str("\nvague: true");
    }
    if let Some(noun) = &f.noun {
        let _ = write!(t, "\nnoun: {noun}");
    }
    if let Some(alt) = &f.alt {
        let _ = write!(
            t,
            "\nalt: {} {}",
            num(alt.value),
            alt.unit.as_deref().unwrap_or("")
        );
    }
    let _ = write!(
        t,
        "\nspan: {} {}..{}, sentence {}",
        tag(&f.field),
        f.start,
        f.end,
        f.sentence
    );
    t
}

fn num(v: Option<Decimal>) -> String {
    v.map(|d| d.to_string()).unwrap_or_default()
}

fn moves_table(out: &mut String, n: usize, r: &Record) {
    if r.moves.is_empty() {
        out.push_str("<p class=\"nomoves\">No market moves.</p>\n");
        return;
    }
    out.push_str("<table class=\"moves\">\n<caption>Market moves</caption>\n");
    out.push_str("<thead><tr><th>subject</th><th>asset</th><th>direction</th><th>change</th><th>level</th><th>from</th><th>timing</th><th>clause</th></tr></thead>\n<tbody>\n");
    for m in &r.moves {
        out.push_str("<tr class=\"move\"><td>");
        esc(out, &m.subject);
        out.push_str("</td><td>");
        esc(out, m.asset.as_deref().unwrap_or(""));
        out.push_str("</td><td>");
        direction(out, m);
        for measure in [&m.change, &m.level, &m.from] {
            out.push_str("</td><td class=\"num\">");
            if let Some(ms) = measure {
                measure_cell(out, ms);
            }
        }
        out.push_str("</td><td>");
        esc(out, m.timing.as_deref().unwrap_or(""));
        out.push_str("</td><td class=\"clause\">");
        // Link the clause to its first fact, when it has one, so a click shows it in the text.
        match first_fact_in(r, m) {
            Some(i) => {
                let _ = write!(out, "<a href=\"#a{n}-f{i}\">");
                esc(out, &m.text);
                out.push_str("</a>");
            }
            None => esc(out, &m.text),
        }
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn direction(out: &mut String, m: &Move) {
    match m.direction {
        Some(d) => {
            let name = tag(&d);
            let arrow = match name.as_str() {
                "up" => "▲",
                "down" => "▼",
                _ => "■",
            };
            let _ = write!(out, "<span class=\"dir {name}\">{arrow} {name}</span>");
        }
        None => out.push_str("<span class=\"dir none\">level</span>"),
    }
}

fn measure_cell(out: &mut String, m: &Measure) {
    out.push_str(&num(m.value));
    if let Some(u) = &m.unit {
        out.push(' ');
        esc(out, u);
    }
    if let Some(p) = &m.per {
        out.push('/');
        esc(out, p);
    }
    if let Some(n) = &m.noun {
        out.push(' ');
        esc(out, n);
    }
    if let Some(q) = m.qualifier {
        let _ = write!(out, "<span class=\"q\">{}</span>", tag(&q));
    }
}

/// The index of the first fact inside a move's clause.
fn first_fact_in(r: &Record, m: &Move) -> Option<usize> {
    r.facts
        .iter()
        .position(|f| f.field == m.field && f.start >= m.start && f.end <= m.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Source};

    fn record(title: Option<&str>, text: &str) -> Record {
        crate::extract_document(Document {
            id: "x\"<1>".into(),
            title: title.map(str::to_string),
            date: None,
            text: text.into(),
            source: Source {
                file: "in.txt".into(),
                record: 1,
                offset: 0,
                title_offset: None,
                text_offset: None,
            },
            errors: Vec::new(),
        })
    }

    fn render(title: Option<&str>, text: &str) -> (Record, String) {
        let r = record(title, text);
        let mut sink = Html::new(Vec::new());
        let written = sink.article(&r, text).and_then(|()| sink.finish());
        assert!(written.is_ok());
        (r, String::from_utf8(sink.out).unwrap_or_default())
    }

    #[test]
    fn escapes_every_special_character() {
        let mut s = String::new();
        esc(&mut s, "a&b<c>d\"e'f é");
        assert_eq!(s, "a&amp;b&lt;c&gt;d&quot;e&#39;f é");
    }

    #[test]
    fn each_fact_is_one_mark_around_its_exact_text() {
        let text =
            "Brent crude rose by 1.8% to $88 a barrel, while gold fell to about $2,400 an ounce.";
        let (r, html) = render(Some("Oil up 2%"), text);
        assert_eq!(html.matches("<mark ").count(), r.facts.len());
        assert!(html.contains(r#"<h2>Oil up <mark class="f k-percent" id="a1-f0""#));
        assert!(html.contains("data-tip=\"kind: money\nvalue: 88\nunit: USD\nper: bbl\n"));
        assert!(html.contains(">$88 a barrel</mark>"));
        assert!(html.contains("<tr class=\"move\">"));
        assert!(!html.contains("class=\"unplaced\""));
    }

    #[test]
    fn input_is_text_everywhere_even_in_attributes() {
        let text = "<script>alert('x')</script> \"quoted\" prices rose 5% on 'news' & more.";
        let (_, html) = render(Some("<b>Title</b>"), text);
        assert!(!html.contains("<script"));
        assert!(!html.contains("<b>Title") && html.contains("&lt;b&gt;Title&lt;/b&gt;"));
        assert!(
            html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot;")
        );
        assert!(html.contains("&#39;news&#39; &amp; more."));
        assert!(html.contains("id <code>x&quot;&lt;1&gt;</code>"));
        // A hostile noun inside the hover record stays inside its attribute.
        let mut r = record(None, "300 drones");
        if let Some(f) = r.facts.first_mut() {
            f.noun = Some("\"><script>alert(1)</script>".into());
        }
        let mut sink = Html::new(Vec::new());
        assert!(
            sink.article(&r, "300 drones")
                .and_then(|()| sink.finish())
                .is_ok()
        );
        let html = String::from_utf8(sink.out).unwrap_or_default();
        assert!(!html.contains("<script"));
        assert!(html.contains("noun: &quot;&gt;&lt;script&gt;"));
    }

    #[test]
    fn facts_that_do_not_fit_the_text_are_listed_not_dropped() {
        let text = "Shares rose 5% and then 7% in an hour.";
        let r = record(None, text);
        assert!(r.facts.len() >= 2);
        // Without the text, and with a text the spans do not fit (or cut a char): no panic,
        // and every fact is still one mark.
        for given in [None, Some("short"), Some("ééééééééééééééééééééééééé")]
        {
            let mut sink = Html::new(Vec::new());
            let ok = match given {
                Some(t) => sink.article(&r, t),
                None => sink.record(&r),
            };
            assert!(ok.and_then(|()| sink.finish()).is_ok());
            let html = String::from_utf8(sink.out).unwrap_or_default();
            assert_eq!(html.matches("<mark ").count(), r.facts.len(), "{given:?}");
            assert!(html.contains("class=\"unplaced\""));
        }
        // Title facts of a record without a title are listed too.
        let mut r = record(Some("Up 5%"), text);
        r.title = None;
        let mut sink = Html::new(Vec::new());
        assert!(sink.article(&r, text).and_then(|()| sink.finish()).is_ok());
        let html = String::from_utf8(sink.out).unwrap_or_default();
        assert_eq!(html.matches("<mark ").count(), r.facts.len());
    }

    #[test]
    fn many_articles_get_a_list_to_jump_between_them() {
        let mut sink = Html::new(Vec::new());
        for (i, t) in ["Up 5%.", "Down 3%.", "Flat."].iter().enumerate() {
            let r = record(Some(&format!("Title {i}")), t);
            assert!(sink.article(&r, t).is_ok());
        }
        assert!(sink.finish().is_ok());
        let html = String::from_utf8(sink.out).unwrap_or_default();
        assert!(html.contains("<nav class=\"toc\""));
        for n in 1..=3 {
            assert!(html.contains(&format!("<a href=\"#a{n}\">")));
            assert!(html.contains(&format!("<article id=\"a{n}\">")));
        }
    }

    #[test]
    fn the_page_loads_nothing_from_outside() {
        let (_, html) = render(None, "Oil rose 2%.");
        assert!(!html.contains("http://") && !html.contains("https://"));
        assert!(html.contains("default-src 'none'"));
    }
}
