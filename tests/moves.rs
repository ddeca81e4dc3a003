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

/// An earnings table (Reuters' reuters-10870): each row's figure is a level, the figure after
/// `vs` the one it is compared with (its `from`), and no subject reaches back over the row
/// before, whose figures end it.
#[test]
fn earnings_table_rows() {
    let text = "Shr loss 78 cts vs loss 18 cts\nNet loss 1,671,000 vs loss 382,000\n\
                Revs 3,261,000 vs 4,427,000\nYear\nShr loss 1.35 dlr vs loss 15 cts\n\
                Net loss 2,902,000 vs loss 331,000\nRevs 13.5 mln vs 16.1 mln\n";
    let mut out = String::new();
    for doc in read_documents("table.txt", text.as_bytes(), ReadOptions::default()) {
        for m in &extract_document(doc).moves {
            assert_eq!(&text[m.start..m.end], m.text, "move span");
            out += &format!("{}\n", move_line(m));
        }
    }
    insta::assert_snapshot!(out, @r#"
    s0   "Shr loss" asset=- - level=0.78 USD from=0.18 USD | Shr loss 78 cts vs loss 18 cts
    s0   "Shr loss" asset=- - level=1.35 USD from=0.15 USD | Shr loss 1.35 dlr vs loss 15 cts
    "#);
}

/// A figure `compared with` another of the same name (Reuters' reuters-17869): the second is
/// the first's `from`, no move of its own.
#[test]
fn a_figure_compared_with_another() {
    let text = "Presidential also reported that for the first quarter it had a loss of 72 cts a \
                share compared with a loss of 98 cts a share in the year-ago quarter.";
    let mut out = String::new();
    for doc in read_documents("line.txt", text.as_bytes(), ReadOptions::default()) {
        for m in &extract_document(doc).moves {
            assert_eq!(&text[m.start..m.end], m.text, "move span");
            out += &format!("{}\n", move_line(m));
        }
    }
    insta::assert_snapshot!(out, @r#"s0   "loss" asset=- - level=0.72 USD per share from=0.98 USD per share | loss of 72 cts a share compared with a loss of 98 cts a share"#);
}

/// What `vs` does not join: figures of other names (a profit against a loss), of other units
/// (a loss a share against a loss in dollars, words apart), or a row above; `vs.` joins as
/// `vs` does.
#[test]
fn comparisons_that_are_no_from() {
    let lines = [
        "Shr profit eight cts vs loss 23 cts",
        "loss of 34 cts a share, after provisions for preferred shares, versus a loss of 283,000 dlrs.",
        "Shr loss 78 cts\nNet loss 1,671,000 vs loss 382,000 dlrs",
        "Shr loss 78 cts vs. loss 18 cts",
        // A character of three bytes just before the subject (ECTSum's zero-width spaces).
        "per share $2.60.\u{200b}net loss of 5 mln dlrs",
    ];
    let mut out = String::new();
    for text in lines {
        for doc in read_documents("line.txt", text.as_bytes(), ReadOptions::default()) {
            for m in &extract_document(doc).moves {
                assert_eq!(&text[m.start..m.end], m.text, "move span");
                out += &format!("{}\n", move_line(m));
            }
        }
    }
    insta::assert_snapshot!(out, @r#"
    s0   "Shr profit" asset=- - level=0.08 USD | Shr profit eight cts
    s0   "loss" asset=- - level=0.34 USD per share | loss of 34 cts a share
    s0   "Shr loss" asset=- - level=0.78 USD | Shr loss 78 cts
    s0   "Shr loss" asset=- - level=0.78 USD from=0.18 USD | Shr loss 78 cts vs. loss 18 cts
    s0   "per share" asset=- - level=2.6 USD | per share $2.60
    s0   "net loss" asset=- - level=5000000 USD | net loss of 5 mln dlrs
    "#);
}
