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

/// The CSV of `input`, read from stdin; the run must succeed.
fn csv_of_stdin(input: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_marketfacts"))
        .args(["extract", "--format", "csv"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run marketfacts");
    // Written and closed before the output is read.
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write");
    let out = child.wait_with_output().expect("output");
    assert!(out.status.success());
    out.stdout
}

/// The `noun` column, last: what the level counts, else the change.
#[test]
fn csv_says_what_a_count_counts() {
    let out = csv_of_stdin(
        b"Car sales fell 17.8 pct to 25,779 units from 31,361 units.\n\
          The bank will shed 600 positions.\nBrent rose 2% to $88 a barrel.\n",
    );
    let mut reader = csv::Reader::from_reader(out.as_slice());
    assert_eq!(
        reader.headers().expect("header").iter().next_back(),
        Some("noun")
    );
    let nouns: Vec<String> = reader
        .records()
        .map(|r| r.expect("row").iter().next_back().unwrap_or("").to_string())
        .collect();
    assert_eq!(nouns, ["units", "positions", ""]);
}

#[test]
fn csv_of_input_without_moves_is_just_the_header() {
    let out = csv_of_stdin(b"Nothing moved today, said the 3 analysts.");
    let text = String::from_utf8(out).expect("utf-8");
    assert_eq!(text.lines().count(), 1, "{text}");
}

#[test]
fn csv_quotes_titles_with_commas_and_quotes() {
    let dir = std::env::temp_dir().join(format!("marketfacts-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let record = " F-N-S-T-A-R-T. 7 F-N-E-N-D.  D-A-T-E-S-T-A-R-T. 2024-04-19 D-A-T-E-E-N-D.  T-I-T-L-E-S-T-A-R-T. Oil price rises, \"gold\" steady T-I-T-L-E-E-N-D.  T-E-X-T-S-T-A-R-T. Brent crude rose 2% to $90 a barrel. T-E-X-T-E-N-D. ";
    std::fs::write(dir.join("r.txt"), record).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_marketfacts"))
        .args(["extract", "--format", "csv", "r.txt"])
        .current_dir(&dir)
        .output()
        .expect("run marketfacts");
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .collect::<Result<_, _>>()
        .expect("valid CSV");
    assert_eq!(rows.len(), 2, "the title's move and the text's");
    for row in &rows {
        assert_eq!(row.get(2), Some("Oil price rises, \"gold\" steady"));
        assert_eq!(row.get(1), Some("2024-04-19"));
    }
    assert_eq!(rows[0].get(3), Some("Oil price"));
    assert_eq!(rows[1].get(3), Some("Brent crude"));
    let _ = std::fs::remove_dir_all(&dir);
}
