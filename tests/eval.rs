//! `marketfacts eval` agrees with `../shared/bench/score.py` on the same output.

mod common;

use common::shared;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

fn rows(stdout: &[u8]) -> BTreeMap<String, serde_json::Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| Some((v.get("source")?.as_str()?.to_string(), v)))
        .collect()
}

#[test]
fn eval_and_score_py_give_the_same_figures() {
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/gold/fixture.jsonl");
    let pred = std::env::temp_dir().join(format!("marketfacts-eval-{}.jsonl", std::process::id()));
    let ours = Command::new(env!("CARGO_BIN_EXE_marketfacts"))
        .arg("eval")
        .arg(&fixture)
        .args(["--json", "--predictions"])
        .arg(&pred)
        .output()
        .expect("run marketfacts eval");
    assert!(
        ours.status.success(),
        "{}",
        String::from_utf8_lossy(&ours.stderr)
    );
    let theirs = Command::new("python3")
        .arg(shared().join("bench/score.py"))
        .arg(&fixture)
        .arg(&pred)
        .arg("--by-source")
        .output()
        .expect("python3 runs score.py");
    assert!(
        theirs.status.success(),
        "{}",
        String::from_utf8_lossy(&theirs.stderr)
    );
    let (ours, theirs) = (rows(&ours.stdout), rows(&theirs.stdout));
    assert_eq!(theirs.len(), 4, "all + three sources: {theirs:?}");
    for (source, row) in &theirs {
        let mine = ours
            .get(source)
            .unwrap_or_else(|| panic!("no row for {source}"));
        for key in [
            "gold",
            "predicted",
            "value",
            "value+unit",
            "value+unit+kind",
        ] {
            assert_eq!(mine.get(key), row.get(key), "{source} {key}");
        }
    }
    // The fixture exercises misses at every level, ranges and spurious facts.
    let all = &theirs["all"];
    assert_ne!(all["value"]["F1"], all["value+unit"]["F1"]);
    let _ = std::fs::remove_file(&pred);
}

#[test]
fn eval_reports_in_scope_figures_and_writes_misses() {
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/gold/fixture.jsonl");
    let dir = std::env::temp_dir().join(format!("marketfacts-eval2-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(
        dir.join("oos.md"),
        "# Out of scope\n- `f4` dual units scored as two facts\n",
    )
    .expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_marketfacts"))
        .arg("eval")
        .arg(&fixture)
        .args(["--json", "--out-of-scope"])
        .arg(dir.join("oos.md"))
        .arg("--misses")
        .arg(dir.join("misses.jsonl"))
        .output()
        .expect("run");
    assert!(out.status.success());
    let rows = rows(&out.stdout);
    assert_eq!(rows["in-scope"]["gold"], 5, "f4's two facts are left out");
    assert_eq!(rows["all"]["gold"], 7);
    let misses = std::fs::read_to_string(dir.join("misses.jsonl")).expect("misses written");
    assert!(misses.lines().any(|l| l.contains("\"f5\"")), "{misses}");
    let _ = std::fs::remove_dir_all(&dir);
}
