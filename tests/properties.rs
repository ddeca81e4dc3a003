//! Properties that hold for any input: no panic, spans in bounds and on char boundaries,
//! `field[start..end] == text`, deterministic output.

mod common;

use common::{check_spans, shared};
use marketfacts::{Document, ReadOptions, extract_document, read_documents};
use proptest::prelude::*;

fn doc(text: &str, title: Option<&str>) -> Document {
    let mut d = read_documents("t.txt", text.as_bytes(), ReadOptions::default())
        .pop()
        .expect("one document");
    d.text = text.to_string();
    d.title = title.map(str::to_string);
    d
}

fn check(text: &str, title: Option<&str>) {
    let d = doc(text, title);
    let a = extract_document(d.clone());
    check_spans(&d, &a);
    let b = extract_document(d.clone());
    assert_eq!(a, b, "deterministic");
}

/// Text made of the grammar's own pieces, so that generated input exercises it.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{1,6}",
        "[0-9]{1,3}(,[0-9]{3}){0,3}(\\.[0-9]{1,3})?",
        "[0-9] [.,] [0-9]{1,3}",
        Just("$".to_string()),
        Just("£".to_string()),
        Just("€".to_string()),
        Just("%".to_string()),
        Just(" ".to_string()),
        Just(" - ".to_string()),
        Just("-".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just(".".to_string()),
        Just(",".to_string()),
        Just("Â£".to_string()),
        Just("°".to_string()),
        prop::sample::select(vec![
            "more than",
            "nearly",
            "as much as",
            "between",
            "and",
            "from",
            "to",
            "per",
            "a",
            "an",
            "barrel",
            "ounce",
            "bn",
            "m",
            "million",
            "two",
            "hundred",
            "one",
            "half",
            "hundreds",
            "of",
            "people",
            "km",
            "miles",
            "pct",
            "dlrs",
            "cts",
            "april",
            "may",
            "g7",
            "F-35",
            "+44",
            "per cent",
            "basis points",
            "thousand",
            "dozen",
            "minus",
        ])
        .prop_map(str::to_string),
        "\\PC{1,3}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_safe(text in "\\PC{0,200}") {
        check(&text, None);
    }

    #[test]
    fn grammar_shaped_text_is_safe(pieces in prop::collection::vec(piece(), 0..40), sep in prop::sample::select(vec!["", " "])) {
        let text = pieces.join(sep);
        check(&text, Some(&text));
    }
}

#[test]
fn real_corpus_text_keeps_the_span_invariants() {
    // Every 25th line of each JSONL corpus: real text nobody on the project wrote.
    let dir = shared().join("bench/corpora");
    for name in [
        "reuters.jsonl",
        "bbc.jsonl",
        "phrasebank.jsonl",
        "ectsum_summaries.jsonl",
        "cnndm_tok_stories.jsonl",
        "cnndm_tok_highlights.jsonl",
    ] {
        let bytes = std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let docs = read_documents(name, &bytes, ReadOptions::default());
        assert!(docs.len() > 100, "{name}");
        for d in docs.into_iter().step_by(25) {
            assert!(d.errors.is_empty(), "{name}: {:?}", d.errors);
            let r = extract_document(d.clone());
            check_spans(&d, &r);
        }
    }
}
