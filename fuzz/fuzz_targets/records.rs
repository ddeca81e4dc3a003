//! Fuzz the input readers and the whole pipeline: any bytes as a record file, JSON Lines or
//! plain text. Every document must come out, with spans inside its fields.
#![no_main]

use libfuzzer_sys::fuzz_target;
use marketfacts::{Field, ReadOptions, extract_document, read_documents};

fuzz_target!(|data: &[u8]| {
    for name in ["in.txt", "in.jsonl"] {
        for lossy in [false, true] {
            let docs = read_documents(name, data, ReadOptions { lossy });
            assert!(!docs.is_empty());
            for doc in docs {
                let (title, text) = (doc.title.clone().unwrap_or_default(), doc.text.clone());
                let record = extract_document(doc);
                for f in &record.facts {
                    let field = if f.field == Field::Title { &title } else { &text };
                    assert_eq!(&field[f.start..f.end], f.text);
                }
                for m in &record.moves {
                    let field = if m.field == Field::Title { &title } else { &text };
                    assert_eq!(&field[m.start..m.end], m.text);
                }
            }
        }
    }
});
