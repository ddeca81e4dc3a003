//! The JSON contract: one [`Record`] per input record, written as one line of JSON Lines.
//!
//! ```json
//! {"id":"2367","title":"…","date":"2024-04-19","tokenized":false,
//!  "source":{"file":"seeds/a.txt","record":1,"offset":0,"title_offset":95,"text_offset":160},
//!  "facts":[{"kind":"count","value":300,"low":null,"high":null,"unit":null,"per":null,
//!            "qualifier":"more_than","vague":false,"noun":"drones and missiles","alt":null,
//!            "field":"text","start":1218,"end":1251,
//!            "text":"more than 300 drones and missiles","sentence":9}],
//!  "moves":[],"errors":[]}
//! ```
//!
//! Every key is always present (null when empty) so that consumers can rely on the shape.
//! Numbers are exact decimals written as JSON numbers (`1.8`, never `1.8000000000000000444`).
//! `start`/`end` are byte offsets into the field named by `field`, exactly as it appears in the
//! input, so `field[start..end] == text`. The contract is tested by deserializing real output
//! into these types with `deny_unknown_fields`.
//!
//! A [`Sink`] writes records in one format: [`JsonLines`] (the contract above), [`Csv`] (one
//! row per market move) or [`Html`] (a review page of the articles with their facts).

use crate::document::{Document, RecordError, Source};
use crate::fact::{Fact, Qualifier};
use crate::lexicon::tables::Direction;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use crate::market::Move;

pub mod compact;
pub mod html;
pub use html::Html;

/// One output record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The record's id.
    pub id: String,
    /// The title, exactly as in the input.
    pub title: Option<String>,
    /// The date, as written.
    pub date: Option<String>,
    /// Whether the text was in the lowercased, PTB-spaced form.
    pub tokenized: bool,
    /// Where the record came from.
    pub source: Source,
    /// Every quantitative fact, title first, in text order.
    pub facts: Vec<Fact>,
    /// Market moves.
    pub moves: Vec<Move>,
    /// Non-fatal problems with this record.
    pub errors: Vec<RecordError>,
}

impl Record {
    /// Build the output record of a document from its facts.
    pub fn new(doc: Document, tokenized: bool, facts: Vec<Fact>, moves: Vec<Move>) -> Record {
        Record {
            id: doc.id,
            title: doc.title,
            date: doc.date,
            tokenized,
            source: doc.source,
            facts,
            moves,
            errors: doc.errors,
        }
    }

    /// [`Record::new`] of a borrowed document, whose fields are copied.
    pub fn of(doc: &Document, tokenized: bool, facts: Vec<Fact>, moves: Vec<Move>) -> Record {
        Record {
            id: doc.id.clone(),
            title: doc.title.clone(),
            date: doc.date.clone(),
            tokenized,
            source: doc.source.clone(),
            facts,
            moves,
            errors: doc.errors.clone(),
        }
    }
}

/// Where extracted records go: one implementation per output format.
pub trait Sink {
    /// Write (or collect) one record.
    fn record(&mut self, record: &Record) -> std::io::Result<()>;
    /// Write (or collect) one record with its body text: the field the spans of its `text`
    /// facts and moves point into (the title is in the record). Only sinks that show the
    /// article ([`Html`]) need it; by default the text is ignored and the record written.
    fn article(&mut self, record: &Record, text: &str) -> std::io::Result<()> {
        let _ = text;
        self.record(record)
    }
    /// Write a record this format rendered elsewhere (on a worker thread): the bytes of
    /// [`json_line`] for [`JsonLines`]. Formats that render only in order refuse.
    fn write_rendered(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        let _ = bytes;
        Err(std::io::Error::other(
            "this format renders its records in order",
        ))
    }
    /// Write out what has been buffered (the input is waiting): formats that write as they
    /// go flush, formats that write only at the end do nothing.
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
    /// Finish the output (formats that need a footer or the whole input write it here).
    fn finish(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// One record as a line of JSON Lines, newline included (indented over several lines with
/// `pretty`): exactly what [`JsonLines`] writes for it.
pub fn json_line(record: &Record, pretty: bool) -> std::io::Result<Vec<u8>> {
    // Room for the whole line at once (on the bench corpora 9 lines in 24,229 outgrew it,
    // with 17% room to spare overall): the header's keys and numbers, its strings, a fact's
    // object (202 bytes on average, 288 at most) and a move's (326, 660).
    let opt = |s: &Option<String>| s.as_ref().map_or(0, String::len);
    let strings =
        record.id.len() + opt(&record.title) + opt(&record.date) + record.source.file.len();
    let errors: usize = record.errors.iter().map(|e| 64 + e.message.len()).sum();
    let mut out = Vec::with_capacity(
        192 + strings + errors + 240 * record.facts.len() + 400 * record.moves.len(),
    );
    if pretty {
        serde_json::to_writer_pretty(&mut out, record)?;
    } else {
        compact::write_record(&mut out, record);
    }
    out.push(b'\n');
    Ok(out)
}

/// JSON Lines: one record per line, or indented with `pretty`.
pub struct JsonLines<W: std::io::Write> {
    out: W,
    pretty: bool,
}

impl<W: std::io::Write> JsonLines<W> {
    /// A JSON Lines writer.
    pub fn new(out: W, pretty: bool) -> Self {
        JsonLines { out, pretty }
    }
}

impl<W: std::io::Write> Sink for JsonLines<W> {
    fn record(&mut self, record: &Record) -> std::io::Result<()> {
        self.out.write_all(&json_line(record, self.pretty)?)
    }
    fn write_rendered(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.out.write_all(bytes)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
    fn finish(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// The columns of the CSV output, one row per market move.
pub const CSV_HEADER: [&str; 16] = [
    "id",
    "date",
    "title",
    "subject",
    "asset",
    "direction",
    "change",
    "change_unit",
    "level",
    "level_unit",
    "per",
    "qualifier",
    "timing",
    "sentence",
    "text",
    "noun",
];

/// CSV for dashboards (RFC 4180): a header, then one row per market move.
///
/// `change` is a positive magnitude (the direction says which way); `per` is the rate unit of
/// the level (`bbl` in `$88 a barrel`); `qualifier` is the change's, else the level's;
/// `sentence` is the sentence index and `text` the clause; `noun` is what the level counts,
/// else the change (`units` in `fell to 25,779 units`), after the others so that readers by
/// position keep theirs.
pub struct Csv<W: std::io::Write> {
    out: csv::Writer<W>,
    header_written: bool,
}

impl<W: std::io::Write> Csv<W> {
    /// A CSV writer.
    pub fn new(out: W) -> Self {
        Csv {
            out: csv::Writer::from_writer(out),
            header_written: false,
        }
    }
}

fn csv_err(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => std::io::Error::other(format!("{other:?}")),
    }
}

impl<W: std::io::Write> Sink for Csv<W> {
    fn record(&mut self, record: &Record) -> std::io::Result<()> {
        if !self.header_written {
            self.out.write_record(CSV_HEADER).map_err(csv_err)?;
            self.header_written = true;
        }
        let num = |v: Option<rust_decimal::Decimal>| v.map(|d| d.to_string()).unwrap_or_default();
        for m in &record.moves {
            let change = m.change.as_ref();
            let level = m.level.as_ref();
            let qualifier = change
                .and_then(|c| c.qualifier)
                .or_else(|| level.and_then(|l| l.qualifier));
            // The numbers are formatted here; every other cell is borrowed from the record.
            let (change_value, level_value) = (
                num(change.and_then(|c| c.value)),
                num(level.and_then(|l| l.value)),
            );
            let sentence = m.sentence.to_string();
            let row: [&str; CSV_HEADER.len()] = [
                &record.id,
                record.date.as_deref().unwrap_or_default(),
                record.title.as_deref().unwrap_or_default(),
                &m.subject,
                m.asset.as_deref().unwrap_or_default(),
                m.direction.map_or("", Direction::name),
                &change_value,
                change.and_then(|c| c.unit.as_deref()).unwrap_or_default(),
                &level_value,
                level.and_then(|l| l.unit.as_deref()).unwrap_or_default(),
                level.and_then(|l| l.per.as_deref()).unwrap_or_default(),
                qualifier.map_or("", Qualifier::name),
                m.timing.as_deref().unwrap_or_default(),
                &sentence,
                &m.text,
                level
                    .and_then(|l| l.noun.as_deref())
                    .or_else(|| change.and_then(|c| c.noun.as_deref()))
                    .unwrap_or_default(),
            ];
            self.out.write_record(row).map_err(csv_err)?;
        }
        Ok(())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
    fn finish(&mut self) -> std::io::Result<()> {
        if !self.header_written {
            self.out.write_record(CSV_HEADER).map_err(csv_err)?;
            self.header_written = true;
        }
        self.out.flush()
    }
}
