//! Inputs built to make a scanner slow: long runs without spaces, of digits, of separators,
//! of currency signs, of number words. Every one must come out (linear time makes these fast
//! even in a debug build; a quadratic path would hang the suite). Speed itself is measured by
//! the benchmark, not here.

use marketfacts::extract_text;

fn run(name: &str, text: &str) {
    let facts = extract_text(text);
    for f in &facts {
        assert_eq!(&text[f.start..f.end], f.text, "{name}: span");
    }
}

fn repeat(piece: &str, bytes: usize) -> String {
    piece.repeat(bytes / piece.len().max(1))
}

#[test]
fn adversarial_inputs_are_processed() {
    const N: usize = 200_000;
    let noise: String = (0..N)
        .map(|i| b"abc$%.,0123456789-@:/"[i * 7 % 21] as char)
        .collect();
    let cases = [
        ("digits", repeat("8375610294", N)),
        ("no spaces", noise),
        ("thousands groups", format!("1{}", repeat(",000", N))),
        ("tokenized groups", format!("1{} .", repeat(" , 000", N))),
        ("dollar signs", repeat("$", N)),
        ("spaced dollar signs", repeat("$ ", N)),
        (
            "number words",
            repeat("one hundred and twenty thousand million half a ", N),
        ),
        ("ranges", repeat("5-10 ", N)),
        ("qualifiers", repeat("more than ", N)),
        ("frames", repeat("between from ", N)),
        ("url", format!("http://{}", repeat("a1@", N))),
        ("dots", repeat("1.", N)),
        ("hyphens", repeat("a - 1 - ", N)),
        ("apostrophes", repeat("x ' s - ", N)),
    ];
    for (name, text) in &cases {
        run(name, text);
    }
}

/// One field full of market moves: every one comes out, with its span (the bench times such
/// a field against ordinary text; each amount was once checked against every move before
/// it, in the field and then in the sentence).
#[test]
fn a_long_field_of_moves_is_processed() {
    const N: usize = 5_000;
    // Sentences of one move each, and one sentence of N moves.
    for (piece, asset) in [
        ("Brent crude rose 1.8% to $88 a barrel. ", Some("oil")),
        ("revenue rose 5% to $88, ", None),
    ] {
        let text = piece.repeat(N);
        let docs = marketfacts::read_documents("moves.txt", text.as_bytes(), Default::default());
        assert_eq!(docs.len(), 1);
        let record = marketfacts::extract_document(docs.into_iter().next().unwrap());
        assert_eq!(record.moves.len(), N, "{piece}");
        assert_eq!(record.facts.len(), 2 * N, "{piece}");
        for m in &record.moves {
            assert_eq!(&text[m.start..m.end], m.text);
            assert_eq!(m.asset.as_deref(), asset);
        }
    }
    // A sentence of N moves of two things each, `respectively` at its end: the word is the
    // last move's alone, which becomes two (each move reads only as far as the word may be
    // its).
    let text = "revenue and profit rose 5% and 6%, ".repeat(N) + "respectively.";
    let docs = marketfacts::read_documents("moves.txt", text.as_bytes(), Default::default());
    let record = marketfacts::extract_document(docs.into_iter().next().unwrap());
    assert_eq!(record.moves.len(), N + 1);
    let last: Vec<&str> = record.moves[N - 1..]
        .iter()
        .map(|m| m.subject.as_str())
        .collect();
    assert_eq!(last, ["revenue", "profit"]);
    for m in &record.moves {
        assert_eq!(&text[m.start..m.end], m.text);
    }
    // A time that opens a sentence of N moves is each one's (whether a verb of saying stands
    // before a move is read once for the sentence, not once a move).
    let text = "Yesterday, ".to_owned() + &"revenue rose 5% to $88, ".repeat(N);
    let docs = marketfacts::read_documents("moves.txt", text.as_bytes(), Default::default());
    let record = marketfacts::extract_document(docs.into_iter().next().unwrap());
    assert_eq!(record.moves.len(), N);
    assert!(
        record
            .moves
            .iter()
            .all(|m| m.timing.as_deref() == Some("Yesterday"))
    );
}
