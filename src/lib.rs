//! # marketfacts
//!
//! Reads news articles and pulls out their quantitative facts as typed, exact, JSON-ready
//! records: percentages, money, counts with what is counted, lengths, masses, volumes,
//! temperatures, ranges and rates, each with its qualifier and the byte span it came from.
//!
//! ```
//! use marketfacts::{extract_text, Kind};
//!
//! let facts = extract_text("Brent crude rose by 1.8% to $88 a barrel.");
//! assert_eq!(facts[0].kind, Kind::Percent);
//! assert_eq!(facts[0].value.map(|v| v.to_string()).as_deref(), Some("1.8"));
//! assert_eq!(facts[1].unit.as_deref(), Some("USD"));
//! assert_eq!(facts[1].per.as_deref(), Some("bbl"));
//! // The text each fact came from, exactly as written (a `CompactString`, used as a `str`).
//! assert_eq!(facts[1].text, "$88 a barrel");
//! assert!(facts[0].text.ends_with('%'));
//! ```
//!
//! The pipeline flows one way: [`document`] (input formats, tokenized-form detection) →
//! [`scan`] (candidate positions, sentences) → [`grammar`] (nom parsers for numerals and
//! quantities, driven by the data tables of [`lexicon`]) → [`fact`] (typed records) →
//! [`output`] (the JSON contract, whose JSON Schema is [`schema`]).
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod currency;
pub mod document;
pub mod eval;
pub mod fact;
pub mod grammar;
pub mod lexicon;
pub mod market;
pub mod output;
pub mod scan;
pub mod schema;
mod timing;

/// The string type of the text a fact or a move copies from its input (see [`Fact`]).
pub use compact_str::CompactString;
pub use document::{Document, ReadOptions, read_documents};
pub use fact::{Alt, Fact, Field, Kind, Qualifier};
pub use grammar::Ctx;
pub use lexicon::tables::Direction;
pub use market::{Measure, Move};
pub use output::Record;

/// Extract the facts of one piece of text (detecting the tokenized form).
pub fn extract_text(text: &str) -> Vec<Fact> {
    let ctx = Ctx {
        tokenized: document::is_tokenized(text),
        ..Ctx::default()
    };
    let mut facts = scan::scan_field(text, Field::Text, ctx);
    currency::Countries::default().resolve(&mut facts, &[text]);
    facts
}

/// Extract a document: facts of its title, then of its text.
pub fn extract_document(doc: Document) -> Record {
    let (tokenized, facts, moves) = extract_fields(&doc);
    Record::new(doc, tokenized, facts, moves)
}

/// [`extract_document`] on a borrowed document, which stays with the caller.
///
/// For parallel extraction: a document read on one thread and dropped on a worker frees its
/// text into the reader's allocator arena while the reader allocates the next batch, and
/// the two contend (with glibc's allocator, two threads scaled 1.3x instead of 1.9x).
/// Extract from `&Document` on the workers and drop the batch after the parallel section:
/// no thread then frees into an arena another one is allocating from. (The CLI also drops
/// each record on the worker that made it, once rendered, and keeps only its JSON line.)
pub fn extract(doc: &Document) -> Record {
    let (tokenized, facts, moves) = extract_fields(doc);
    Record::of(doc, tokenized, facts, moves)
}

/// Whether the document is tokenized, and its facts and moves: title first, then text.
fn extract_fields(doc: &Document) -> (bool, Vec<Fact>, Vec<Move>) {
    extract_fields_in_parts(doc, scan::PART)
}

/// [`extract_fields`], reading fields longer than `max_part` bytes in parts.
fn extract_fields_in_parts(doc: &Document, max_part: usize) -> (bool, Vec<Fact>, Vec<Move>) {
    let tokenized = document::document_is_tokenized(doc);
    let ctx = Ctx {
        tokenized,
        ..Ctx::default()
    };
    let mut facts = Vec::new();
    let mut moves = Vec::new();
    // The countries the document names, read where a field holds money several name alike.
    let mut countries = currency::Countries::default();
    let fields: [&str; 2] = [doc.title.as_deref().unwrap_or_default(), &doc.text];
    thread_local! {
        /// The token buffer of this thread's fields, reused from one to the next.
        static TOKENS: std::cell::Cell<Vec<lexicon::lexer::Token>> =
            const { std::cell::Cell::new(Vec::new()) };
    }
    // The token buffer goes back for the next field, unless a huge field made it huge.
    let keep = |buf: Vec<lexicon::lexer::Token>| {
        if buf.capacity() <= 1 << 20 {
            TOKENS.set(buf);
        }
    };
    let mut field = |text: &str, field: Field, title: Option<&str>| {
        // A field longer than a lexed field holds is read in parts.
        let mut sentences_before = 0;
        for (base, part) in scan::parts(text, max_part) {
            let lexed = lexicon::lexer::Lexed::with_buffer(part, TOKENS.take());
            let mut sentences = None;
            let before = facts.len();
            scan::scan_lexed_into(&lexed, field, ctx, &mut sentences, &mut facts);
            let found = &mut facts[before..];
            countries.resolve(found, &fields);
            // Moves are read in sentences with facts, or in a title; the sentences of a part
            // that is not the last are counted for the next. Otherwise the field is done.
            let last = base + part.len() == text.len();
            if found.is_empty() && field != Field::Title && last {
                keep(lexed.into_buffer());
                continue;
            }
            let sentences = sentences.unwrap_or_else(|| scan::sentence_starts(part, ctx));
            // "ECOLAB INC <ECL> 3RD QTR OPER SHR": the period of the table that opens the
            // text, above any header of its own.
            let title = title.filter(|_| base == 0);
            let mut found_moves =
                market::find_moves_titled(&lexed, field, found, &sentences, title);
            if base > 0 {
                scan::shift_facts(found, base, sentences_before);
                market::shift_moves(&mut found_moves, base, sentences_before);
            }
            sentences_before += sentences.len();
            // Most documents have moves in one field only: taken whole, not copied.
            if moves.is_empty() {
                moves = found_moves;
            } else {
                moves.append(&mut found_moves);
            }
            keep(lexed.into_buffer());
        }
    };
    if let Some(title) = &doc.title {
        field(title, Field::Title, None);
    }
    field(&doc.text, Field::Text, doc.title.as_deref());
    (tokenized, facts, moves)
}

/// Generated test text: each word followed by its glue (a space, nothing, a newline…).
#[cfg(test)]
pub(crate) fn glued(words: &[&str], glue: &[&str]) -> String {
    let mut s = String::new();
    for (w, g) in words.iter().zip(glue) {
        s.push_str(w);
        s.push_str(g);
    }
    s
}

/// The configuration of the crate's property tests: `cases` cases, and failures kept as unit
/// tests beside the code rather than in files.
#[cfg(test)]
pub(crate) fn proptest_cases(cases: u32) -> proptest::test_runner::Config {
    proptest::test_runner::Config {
        cases,
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_read_in_parts_gives_spans_into_the_whole_field() {
        let text =
            "Oil rose 1.8% to $88 a barrel on Monday. Gold fell 2% to $2,400 an ounce. ".repeat(30);
        let doc = Document {
            id: "1".into(),
            title: None,
            date: None,
            text: text.clone(),
            source: document::Source {
                file: "-".into(),
                record: 1,
                offset: 0,
                title_offset: None,
                text_offset: None,
            },
            errors: Vec::new(),
        };
        let (_, whole, whole_moves) = extract_fields_in_parts(&doc, usize::MAX);
        let (_, facts, moves) = extract_fields_in_parts(&doc, 200);
        assert!(
            facts.len() * 10 >= whole.len() * 9,
            "{} of {}",
            facts.len(),
            whole.len()
        );
        assert!(!moves.is_empty() && moves.len() <= whole_moves.len());
        for f in &facts {
            assert_eq!(&text[f.start..f.end], f.text);
        }
        for m in &moves {
            assert_eq!(&text[m.start..m.end], m.text);
        }
        assert!(facts.windows(2).all(|w| w[0].end <= w[1].start));
        assert!(facts.windows(2).all(|w| w[0].sentence <= w[1].sentence));
        assert!(facts.last().is_some_and(|f| f.sentence >= 50));
    }
}
