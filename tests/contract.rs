//! The JSON wire contract: real CLI output deserialized into `deny_unknown_fields` types.

mod common;

use common::{settings, shared};
use marketfacts::Record;
use std::process::Command;

fn run(args: &[&str], dir: &std::path::Path) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_marketfacts"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run marketfacts");
    (
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn output_lines_deserialize_into_the_documented_types() {
    let seeds = shared().join("seeds");
    let (stdout, stderr, code) = run(&["extract", "."], &seeds);
    assert_eq!(code, 0, "{stderr}");
    let records: Vec<Record> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(records.len(), 2);
    assert_eq!(records[0].source.file, "./000_5dd1cfdd58ae310d.txt");
    assert!(!records[0].tokenized);
    assert!(records[1].tokenized);
    // Every key is present, even when null or empty.
    let first: serde_json::Value =
        serde_json::from_str(stdout.lines().next().unwrap_or("")).unwrap_or_default();
    for key in [
        "id",
        "title",
        "date",
        "tokenized",
        "source",
        "facts",
        "moves",
        "errors",
    ] {
        assert!(first.get(key).is_some(), "missing key {key}");
    }
}

#[test]
fn values_are_exact_json_numbers() {
    let seeds = shared().join("seeds");
    let (stdout, _, _) = run(&["extract", "002_f6f78b428ae51395.txt"], &seeds);
    assert!(stdout.contains(r#""value":1.8,"#), "1.8 written exactly");
    assert!(stdout.contains(r#""value":2400,"#));
    assert!(!stdout.contains("00000000"), "no float noise");
}

#[test]
fn wire_format_snapshot() {
    let seeds = shared().join("seeds");
    let (stdout, _, _) = run(&["extract", "--pretty", "002_f6f78b428ae51395.txt"], &seeds);
    let _: Record = serde_json::from_str(&stdout).expect("pretty output is one record");
    // The raw bytes, as dashboards read them (key order, number formatting).
    settings().bind(|| insta::assert_snapshot!("wire_tokenized_seed", stdout));
}

#[test]
fn bad_records_are_reported_and_the_rest_still_comes_out() {
    let dir = std::env::temp_dir().join(format!("marketfacts-contract-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let input = " F-N-S-T-A-R-T. 1 F-N-E-N-D.  D-A-T-E-S-T-A-R-T. D-A-T-E-E-N-D.  T-I-T-L-E-S-T-A-R-T. a T-I-T-L-E-E-N-D.  T-E-X-T-S-T-A-R-T. up 5% T-E-X-T-E-N-D.  F-N-S-T-A-R-T. 2 F-N-E-N-D.  T-E-X-T-S-T-A-R-T. rose 3%  F-N-S-T-A-R-T. 3 F-N-E-N-D.  D-A-T-E-S-T-A-R-T. D-A-T-E-E-N-D.  T-I-T-L-E-S-T-A-R-T. c T-I-T-L-E-E-N-D.  T-E-X-T-S-T-A-R-T. fell 2% T-E-X-T-E-N-D. ";
    std::fs::write(dir.join("bad.txt"), input).expect("write");
    let (stdout, stderr, code) = run(&["extract", "bad.txt"], &dir);
    assert_eq!(code, 1, "exit 1 when some input had errors");
    let records: Vec<Record> = stdout
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    assert_eq!(records.len(), 3, "every record comes out");
    assert_eq!(
        records[1].facts.len(),
        1,
        "the unclosed TEXT still gives its fact"
    );
    assert!(!records[1].errors.is_empty());
    assert!(stderr.contains("bad.txt: record 2, byte "), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn usage_errors_exit_2() {
    let (_, _, code) = run(&["extract", "--no-such-flag"], &shared());
    assert_eq!(code, 2);
}
