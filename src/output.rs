//! The JSON contract: one [`Record`] per input record, written as one line of JSON Lines.
//!
//! ```json
//! {"id":"2367","title":"…","date":"2024-04-19","tokenized":false,
//!  "source":{"file":"seeds/a.txt","record":1,"offset":0,"title_offset":95,"text_offset":160},
//!  "facts":[{"kind":"count","value":300,"low":null,"high":null,"unit":null,"per":null,
//!            "qualifier":"more_than","vague":false,"noun":"drones and missiles","alt":null,
//!            "field":"text","start":1834,"end":1867,
//!            "text":"more than 300 drones and missiles","sentence":11}],
//!  "moves":[],"errors":[]}
//! ```
//!
//! Every key is always present (null when empty) so that consumers can rely on the shape.
//! Numbers are exact decimals written as JSON numbers (`1.8`, never `1.8000000000000000444`).
//! `start`/`end` are byte offsets into the field named by `field`, exactly as it appears in the
//! input, so `field[start..end] == text`. The contract is tested by deserializing real output
//! into these types with `deny_unknown_fields`.

use crate::document::{Document, RecordError, Source};
use crate::fact::Fact;
use serde::{Deserialize, Serialize};

pub use crate::market::Move;

/// One output record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
}
