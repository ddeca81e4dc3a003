//! Market moves on real sentences from the corpora (`tests/moves/*.txt`, one sentence a line,
//! grouped by source; `tokenized.txt` is rendered with `render.py`'s tokenizer). Every snapshot
//! line was reviewed by hand: it is a claim that the output is right.

mod common;

use common::{move_line, settings};
use marketfacts::{ReadOptions, extract_document, read_documents};

#[test]
fn moves_on_real_sentences() {
    insta::glob!("moves", "*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("read dev set");
        let mut out = String::new();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let docs = read_documents("line.txt", line.as_bytes(), ReadOptions::default());
            out += &format!("> {line}\n");
            for doc in docs {
                let rec = extract_document(doc);
                for m in &rec.moves {
                    assert_eq!(&line[m.start..m.end], m.text, "move span");
                    out += &format!("  {}\n", move_line(m));
                }
            }
        }
        settings().bind(|| insta::assert_snapshot!(out));
    });
}
