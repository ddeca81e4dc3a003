//! Extract every document of the files given, in the library, writing nothing: the workload
//! of the instruction counts in the README (`callgrind` repeats them to the instruction,
//! where timings on a shared machine vary by a quarter).
//!
//! ```sh
//! head -2000 ../shared/bench/corpora/reuters.jsonl > /tmp/r2.jsonl
//! cargo build --profile profiling --example extract_files
//! valgrind --tool=callgrind target/profiling/examples/extract_files /tmp/r2.jsonl
//! ```
fn main() {
    let (mut facts, mut moves) = (0usize, 0usize);
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
        };
        // One document at a time, as the one-thread run of `benches/throughput.rs` reads.
        for doc in
            marketfacts::document::DocumentStream::new(&path, bytes.as_slice(), Default::default())
        {
            let record = marketfacts::extract_document(doc);
            facts += record.facts.len();
            moves += record.moves.len();
        }
    }
    eprintln!("{facts} facts, {moves} moves");
}
