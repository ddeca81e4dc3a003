//! The JSON Schema of the output (`marketfacts schema`) validates real output: both seeds and a
//! sample of a corpus, checked with the jsonschema crate.
//!
//! serde_json is built with `arbitrary_precision` (exact decimals), so a parsed number keeps its
//! digits as written. jsonschema's `arbitrary-precision` feature (enabled in Cargo.toml) makes
//! its `type`/`minimum` checks read such numbers exactly, so each output line is parsed into
//! `serde_json::Value` as it is, with no re-parsing through f64.

mod common;

use common::shared;
use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn marketfacts(args: &[&str], dir: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_marketfacts"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run marketfacts");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

/// The validator of the schema printed by `marketfacts schema`.
fn validator() -> jsonschema::Validator {
    let printed = marketfacts(&["schema"], &shared());
    let schema: Value = serde_json::from_str(&printed).expect("the schema is JSON");
    // The printed schema is the library's.
    assert_eq!(
        schema,
        serde_json::to_value(marketfacts::schema::record_schema()).expect("schema to JSON")
    );
    jsonschema::draft202012::new(&schema).expect("a valid draft 2020-12 schema")
}

/// Validate every line; return how many there were.
fn validate_lines(validator: &jsonschema::Validator, jsonl: &str, what: &str) -> usize {
    let mut n = 0;
    for (i, line) in jsonl.lines().enumerate() {
        let value: Value = serde_json::from_str(line).expect("output line is JSON");
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{what}, line {}: {errors:#?}\n{line}",
            i + 1
        );
        n += 1;
    }
    n
}

#[test]
fn both_seeds_validate() {
    let v = validator();
    let out = marketfacts(&["extract", "."], &shared().join("seeds"));
    assert_eq!(validate_lines(&v, &out, "seeds"), 2);
}

#[test]
fn every_50th_bbc_record_validates() {
    let v = validator();
    let corpus = shared().join("bench/corpora/bbc.jsonl");
    let text = std::fs::read_to_string(&corpus).expect("read bbc.jsonl");
    let sample: String = text.lines().step_by(50).map(|l| format!("{l}\n")).collect();
    let expected = sample.lines().count();
    assert!(expected >= 40, "the corpus is smaller than expected");
    let dir = std::env::temp_dir().join(format!("marketfacts-schema-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("bbc-sample.jsonl"), &sample).expect("write sample");
    let out = marketfacts(&["extract", "bbc-sample.jsonl"], &dir);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(validate_lines(&v, &out, "bbc.jsonl sample"), expected);
    // The sample exercises the whole contract, not just empty arrays.
    assert!(out.contains(r#""moves":[{"#) && out.contains(r#""qualifier":"approx""#));
}

#[test]
fn the_schema_rejects_what_the_contract_forbids() {
    let v = validator();
    let seeds = marketfacts(
        &["extract", "002_f6f78b428ae51395.txt"],
        &shared().join("seeds"),
    );
    let good: Value = serde_json::from_str(seeds.trim()).expect("JSON");
    assert!(v.is_valid(&good));
    let first_fact = |r: &mut Value| -> Value { r["facts"][0].take() };

    // An exact decimal written as a string is not a number.
    let mut r = good.clone();
    let mut f = first_fact(&mut r);
    f["value"] = Value::String("1.8".into());
    r["facts"][0] = f;
    assert!(!v.is_valid(&r), "a string value must be rejected");

    // A number beyond f64's precision is still a number (arbitrary precision).
    let mut r = good.clone();
    let mut f = first_fact(&mut r);
    f["value"] = serde_json::from_str("12345678901234567890.123456789").expect("number");
    r["facts"][0] = f;
    assert!(v.is_valid(&r), "a long exact decimal is a number");

    // Every key is always present, and no other key is allowed.
    let mut r = good.clone();
    r.as_object_mut().map(|o| o.remove("date"));
    assert!(!v.is_valid(&r), "a missing key must be rejected");
    let mut r = good.clone();
    r["extra"] = Value::Bool(true);
    assert!(!v.is_valid(&r), "an unknown key must be rejected");

    // Tags are closed sets; offsets are non-negative integers.
    let mut r = good.clone();
    r["facts"][0]["kind"] = Value::String("percentage".into());
    assert!(!v.is_valid(&r), "an unknown kind must be rejected");
    let mut r = good;
    r["facts"][0]["start"] = serde_json::from_str("-1").expect("number");
    assert!(!v.is_valid(&r), "a negative offset must be rejected");
}
