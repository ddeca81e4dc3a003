//! The CSV output: RFC 4180, read back with the csv crate.

mod common;

use common::shared;
use std::process::Command;

#[test]
fn csv_rows_read_back_one_per_move() {
    let out = Command::new(env!("CARGO_BIN_EXE_marketfacts"))
        .args(["extract", "--format", "csv", "."])
        .current_dir(shared().join("seeds"))
        .output()
        .expect("run marketfacts");
    assert!(out.status.success());
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header, marketfacts::output::CSV_HEADER);
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .collect::<Result<_, _>>()
        .expect("valid CSV");
    let col = |row: &csv::StringRecord, name: &str| {
        let i = header.iter().position(|h| h == name).expect("column");
        row.get(i).unwrap_or("").to_string()
    };
    let brent = rows
        .iter()
        .find(|r| col(r, "subject") == "brent crude")
        .expect("brent row");
    assert_eq!(col(brent, "direction"), "up");
    assert_eq!(col(brent, "change"), "1.8");
    assert_eq!(col(brent, "change_unit"), "%");
    assert_eq!(col(brent, "level"), "88");
    assert_eq!(col(brent, "level_unit"), "USD");
    assert_eq!(col(brent, "per"), "bbl");
    // Fields with commas and quotes survive the round trip.
    assert!(col(brent, "text").contains(", the international benchmark for oil prices ,"));
    let title_row = rows
        .iter()
        .find(|r| col(r, "id") == "2367")
        .expect("record-form row");
    assert_eq!(
        col(title_row, "title"),
        "Israeli missile hits Iran, US officials say"
    );
    let gold = rows
        .iter()
        .find(|r| col(r, "asset") == "gold")
        .expect("gold row");
    assert_eq!(
        (
            col(gold, "direction").as_str(),
            col(gold, "qualifier").as_str()
        ),
        ("down", "approx")
    );
}

#[test]
fn csv_of_input_without_moves_is_just_the_header() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_marketfacts"))
        .args(["extract", "--format", "csv"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin
            .write_all(b"Nothing moved today, said the 3 analysts.")
            .expect("write");
    }
    let out = child.wait_with_output().expect("wait");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(text.lines().count(), 1, "{text}");
}
