//! Print the facts of each argument, one per line: `cargo run --example probe -- "up 5%"`.
fn main() {
    for arg in std::env::args().skip(1) {
        for f in marketfacts::extract_text(&arg) {
            println!(
                "{:?} {:?} value={:?} low={:?} high={:?} unit={:?} per={:?} q={:?} noun={:?}",
                f.text, f.kind, f.value, f.low, f.high, f.unit, f.per, f.qualifier, f.noun
            );
        }
    }
}
