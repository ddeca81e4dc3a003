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
