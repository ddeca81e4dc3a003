//! Accuracy report (a bench binary, not a test): `cargo bench --bench accuracy`.
//!
//! Scores extraction on the gold sets of `../shared/bench/gold/` with `marketfacts::eval` (the
//! figures of `score.py`) and prints, per gold set, value+unit F1 on all cases and on the cases
//! in scope (all minus `tests/gold/out_of_scope.md`), beside the peers' figures measured on
//! this machine (`../shared/bench/README.md`), then the per-source table of `marketfacts eval`.

use marketfacts::eval::{GoldCase, evaluate, parse_out_of_scope, table};
use std::path::PathBuf;

/// Value+unit F1 of the peers on each gold set, from `../shared/bench/README.md`.
const PEERS: [(&str, [f64; 2]); 4] = [
    ("Duckling", [82.3, 36.4]),
    ("Recognizers-Text", [47.4, 57.7]),
    ("CQE 2.0.3", [44.3, 47.7]),
    ("quantulum3 0.10.0", [35.9, 34.3]),
];

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let out_of_scope = std::fs::read_to_string(root.join("tests/gold/out_of_scope.md"))
        .map(|t| parse_out_of_scope(&t))
        .unwrap_or_default();
    let mut summary = Vec::new();
    let mut details = String::new();
    for name in ["duckling.jsonl", "recognizers.jsonl"] {
        let path = root.join("../shared/bench/gold").join(name);
        let Ok(text) = std::fs::read_to_string(&path) else {
            println!("{name}: not found at {}", path.display());
            continue;
        };
        let mut cases = Vec::new();
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            match serde_json::from_str::<GoldCase>(line) {
                Ok(case) => cases.push(case),
                Err(e) => println!("{name}: line {}: {e}", n + 1),
            }
        }
        let report = evaluate(&cases, &out_of_scope);
        let all = report.by_source.get("all").map_or(0.0, |t| t.f1(1));
        summary.push((name, all, report.in_scope.f1(1)));
        details.push_str(&format!("\n{name}\n{}", table(&report)));
    }
    println!("value+unit F1 (score.py's matching)");
    print!(
        "{:<20} {:>16} {:>16}",
        "gold set", "marketfacts all", "in scope"
    );
    for (peer, _) in PEERS {
        print!(" {peer:>18}");
    }
    println!();
    for (i, (name, all, in_scope)) in summary.iter().enumerate() {
        print!("{name:<20} {all:>16.1} {in_scope:>16.1}");
        for (_, figures) in PEERS {
            print!(" {:>18.1}", figures.get(i).copied().unwrap_or(f64::NAN));
        }
        println!();
    }
    print!("{details}");
}
