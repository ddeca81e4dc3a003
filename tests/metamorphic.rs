//! Metamorphic test: the tokenized form of a sentence (`render.py tok`: lowercased, runs of
//! word characters and runs of other symbols, space-separated) gives the same values as the
//! sentence itself. Real sentences from the corpora, nobody on the project wrote them.
//!
//! Some differences are inherent: lowercasing loses the capitals that mark names (`Onimusha 3`,
//! `Hit 40`, `Key 103` are skipped in the original only). The test holds the agreement rate
//! above a floor and prints every disagreement, so a regression shows as a diff to read.

mod common;

use common::shared;
use marketfacts::{ReadOptions, extract_text, read_documents};

/// `render.py`'s tokenizer: runs of word characters, runs of other symbols, lowercased.
fn tokenize(text: &str) -> String {
    let lower = text.to_lowercase();
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut cur_word = None;
    for c in lower.chars() {
        if c.is_whitespace() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            cur_word = None;
            continue;
        }
        let is_word = c.is_alphanumeric() || c == '_';
        if cur_word.is_some_and(|w| w != is_word) {
            out.push(std::mem::take(&mut cur));
        }
        cur.push(c);
        cur_word = Some(is_word);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out.join(" ")
}

fn values(text: &str) -> Vec<String> {
    let mut v: Vec<String> = extract_text(text)
        .into_iter()
        .map(|f| format!("{:?} {:?} {:?} {:?}", f.value, f.low, f.high, f.unit))
        .collect();
    v.sort();
    v
}

fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(". ")
        .map(str::trim)
        .filter(|s| (20..300).contains(&s.len()) && s.bytes().any(|b| b.is_ascii_digit()))
}

#[test]
fn tokenized_form_gives_the_same_values() {
    assert_eq!(
        tokenize("Brent rose 1.8% to $88, BBC's F-35."),
        "brent rose 1 . 8 % to $ 88 , bbc ' s f - 35 ."
    );
    let mut total = 0;
    let mut differ = Vec::new();
    for name in ["reuters.jsonl", "bbc.jsonl", "phrasebank.jsonl"] {
        let bytes = std::fs::read(shared().join("bench/corpora").join(name)).expect("corpus");
        let docs = read_documents(name, &bytes, ReadOptions::default());
        for doc in docs.iter().step_by(11).take(400) {
            for s in sentences(&doc.text).take(8) {
                // A final " ." as render.py leaves it, so the form is detected.
                let tok = format!("{} .", tokenize(s));
                total += 1;
                let (a, b) = (values(s), values(&tok));
                if a != b {
                    differ.push(format!("{s}\n   plain: {a:?}\n   tok:   {b:?}"));
                }
            }
        }
    }
    assert!(total > 1000, "sample too small: {total}");
    let rate = differ.len() as f64 / total as f64;
    eprintln!(
        "{} of {total} sentences differ ({:.1}%)",
        differ.len(),
        100.0 * rate
    );
    for d in &differ {
        eprintln!("{d}");
    }
    assert!(rate < 0.06, "{} of {total} differ", differ.len());
}
