//! Dirty input: every input record yields exactly one output record, errors name the file,
//! record and byte offset, and the exit code says whether anything went wrong.

mod common;

use common::shared;
use marketfacts::Record;
use std::path::Path;
use std::process::Command;

struct Run {
    records: Vec<Record>,
    stderr: String,
    code: i32,
}

fn extract(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_marketfacts"))
        .arg("extract")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run marketfacts");
    let records = String::from_utf8(out.stdout)
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    Run {
        records,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// `marketfacts extract --threads N` on `inputs`, from `dir`.
fn on_threads(dir: &Path, threads: &str, inputs: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_marketfacts"))
        .args(["extract", "--threads", threads])
        .args(inputs)
        .current_dir(dir)
        .output()
        .expect("run marketfacts")
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("marketfacts-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn every_record_of_a_corpus_comes_out_once() {
    let corpora = shared().join("bench/corpora");
    let run = extract(&corpora, &["bbc.records.txt", "bbc.tok.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.records.len(), 2 * 2225);
    assert!(run.records[..2225].iter().all(|r| !r.tokenized));
    assert!(run.records[2225..].iter().all(|r| r.tokenized));
    for (k, r) in run.records.iter().enumerate() {
        assert_eq!(r.source.record, k % 2225 + 1);
    }
}

#[test]
fn damaged_records_are_reported_and_nothing_is_lost() {
    let dir = temp_dir("damaged");
    let good = |n: usize, text: &str| {
        format!(
            " F-N-S-T-A-R-T. {n} F-N-E-N-D.  D-A-T-E-S-T-A-R-T. 2024-04-19 D-A-T-E-E-N-D.  T-I-T-L-E-S-T-A-R-T. t{n} T-I-T-L-E-E-N-D.  T-E-X-T-S-T-A-R-T. {text} T-E-X-T-E-N-D. "
        )
    };
    let mut bytes = Vec::new();
    bytes.extend_from_slice(b"\xEF\xBB\xBF");
    bytes.extend_from_slice(good(1, "Oil rose 2%.\r\nGold fell 1%.").as_bytes());
    // Record 2: TEXT never closed.
    bytes.extend_from_slice(b" F-N-S-T-A-R-T. 2 F-N-E-N-D.  T-E-X-T-S-T-A-R-T. rose 3% and");
    // Record 3: invalid UTF-8 and a NUL in the text.
    bytes.extend_from_slice(good(3, "bad \u{0} byte").as_bytes());
    let at = bytes
        .windows(4)
        .rposition(|w| w == b"bad ")
        .expect("marker")
        + 4;
    bytes[at] = 0xFF;
    // Record 4: fine again.
    bytes.extend_from_slice(good(4, "up 5 pct").as_bytes());
    std::fs::write(dir.join("dirty.txt"), &bytes).expect("write");

    let run = extract(&dir, &["dirty.txt"]);
    assert_eq!(run.code, 1, "exit 1 when some input had errors");
    assert_eq!(run.records.len(), 4, "{}", run.stderr);
    assert!(
        run.records[0].errors.is_empty(),
        "a BOM and CRLF are no errors"
    );
    assert_eq!(run.records[0].facts.len(), 2);
    assert!(
        run.records[1]
            .errors
            .iter()
            .any(|e| e.message.contains("TEXT field is not closed"))
    );
    assert_eq!(
        run.records[1].facts.len(),
        1,
        "the unclosed text is still read"
    );
    let bad = &run.records[2].errors;
    assert!(
        bad.iter().any(|e| e.message.contains("invalid UTF-8")),
        "{bad:?}"
    );
    assert!(
        run.stderr.contains("dirty.txt: record 3, byte "),
        "{}",
        run.stderr
    );
    assert_eq!(run.records[3].facts.len(), 1);

    let lossy = extract(&dir, &["--lossy", "dirty.txt"]);
    assert_eq!(lossy.records.len(), 4);
    assert!(
        lossy.records[2]
            .errors
            .iter()
            .any(|e| e.message.contains("replaced"))
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn empty_binary_and_unreadable_inputs_are_reported() {
    let dir = temp_dir("junk");
    std::fs::write(dir.join("a_empty.txt"), b"").expect("write");
    std::fs::write(dir.join("b_binary.bin"), [0u8, 159, 146, 150, 0, 255, 1, 2]).expect("write");
    std::fs::write(dir.join("c_ok.txt"), b"Shares fell 3%.").expect("write");
    let run = extract(&dir, &[".", "missing.txt"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.records.len(),
        3,
        "one record per file, the missing one reported"
    );
    assert!(
        run.records[0]
            .errors
            .iter()
            .any(|e| e.message.contains("empty"))
    );
    assert!(!run.records[1].errors.is_empty());
    assert_eq!(run.records[2].facts.len(), 1);
    assert!(run.stderr.contains("missing.txt"), "{}", run.stderr);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A directory of small files (an article each, as archives keep them) is read as one
/// stream of documents: every file in sorted order, an input that cannot be opened reported
/// in its place, and the same bytes out on any number of threads as the same lines in one
/// file give, but for their sources.
/// A link to a directory that holds it is reported once in its place, not listed again
/// (until the system's limit on links in a path, 40 times); a link to a directory that does
/// not hold it is another path to its files, listed like any.
#[cfg(unix)]
#[test]
fn a_link_to_a_directory_that_holds_it_is_not_listed_again() {
    use std::os::unix::fs::symlink;
    let dir = temp_dir("loop");
    std::fs::create_dir_all(dir.join("top/sub")).expect("dir");
    std::fs::write(dir.join("top/sub/a.txt"), "Oil rose 5% to $88 a barrel.\n").expect("write");
    symlink("..", dir.join("top/sub/up")).expect("link");
    symlink("sub", dir.join("top/link")).expect("link");
    let run = extract(&dir, &["top"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let files: Vec<&str> = run.records.iter().map(|r| r.source.file.as_str()).collect();
    assert_eq!(files, ["top/link/a.txt", "top/sub/a.txt"], "{}", run.stderr);
    for link in ["top/link/up", "top/sub/up"] {
        assert_eq!(
            run.stderr.matches(&format!("{link}: a link to ")).count(),
            1,
            "{}",
            run.stderr
        );
    }
    assert_eq!(run.stderr.lines().count(), 2, "{}", run.stderr);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_directory_of_small_files_reads_as_one_stream() {
    let dir = temp_dir("many");
    let lines: Vec<String> = std::fs::read_to_string(shared().join("bench/corpora/reuters.jsonl"))
        .expect("reuters.jsonl")
        .lines()
        .take(300)
        .map(str::to_string)
        .collect();
    std::fs::create_dir_all(dir.join("many")).expect("dir");
    // Written in reverse, so that only the sort puts them in order.
    for (k, line) in lines.iter().enumerate().rev() {
        std::fs::write(dir.join(format!("many/r{k:04}.jsonl")), format!("{line}\n"))
            .expect("write");
    }
    std::fs::write(dir.join("one.jsonl"), lines.join("\n")).expect("write");
    let inputs = ["many", "missing.jsonl", "one.jsonl"];
    let one = on_threads(&dir, "1", &inputs);
    for threads in ["2", "3"] {
        let other = on_threads(&dir, threads, &inputs);
        assert_eq!(one.stdout, other.stdout, "{threads} threads");
        assert_eq!(one.stderr, other.stderr, "{threads} threads");
    }
    let run = extract(&dir, &inputs);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stderr.matches("missing.jsonl").count(),
        1,
        "{}",
        run.stderr
    );
    assert_eq!(run.records.len(), 600);
    let (files, whole) = run.records.split_at(300);
    for (k, (a, b)) in files.iter().zip(whole).enumerate() {
        assert_eq!(a.source.file, format!("many/r{k:04}.jsonl"));
        assert_eq!((a.source.record, b.source.record), (1, k + 1));
        assert_eq!(a.id, b.id);
        let json = |r: &Record| serde_json::to_value((&r.facts, &r.moves)).expect("json");
        assert_eq!(json(a), json(b), "{}", a.id);
    }
    assert!(whole.iter().map(|r| r.facts.len()).sum::<usize>() > 1000);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_json_lines_keep_their_place() {
    let dir = temp_dir("jsonl");
    std::fs::write(
        dir.join("in.jsonl"),
        "{\"id\": \"a\", \"text\": \"up 5%\"}\n{\"id\": \"b\", \"text\": \nnot json at all\n{\"id\": \"c\", \"text\": \"down 2%\"}\n",
    )
    .expect("write");
    let run = extract(&dir, &["in.jsonl"]);
    assert_eq!(run.code, 1);
    let ids: Vec<&str> = run.records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["a", "in#2", "in#3", "c"]);
    assert!(
        run.records[1].errors[0]
            .message
            .starts_with("in.jsonl: record 2, byte "),
        "{:?}",
        run.records[1].errors
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A reader whose reads end anywhere: 1 to 13 times `unit` bytes in turn, as much as the
/// reader's buffer takes. With a unit of one byte, a slow pipe; with 97 KB, reads of 97 KB
/// up to the stream's whole 1 MB room, which records straddle.
struct Uneven<'a> {
    data: &'a [u8],
    unit: usize,
    step: usize,
}

impl<'a> Uneven<'a> {
    fn new(data: &'a [u8], unit: usize) -> Self {
        Uneven {
            data,
            unit,
            step: 0,
        }
    }
}

impl std::io::Read for Uneven<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.step = self.step % 13 + 1;
        let n = (self.step * self.unit).min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

#[test]
fn streaming_in_small_reads_gives_the_same_documents() {
    use marketfacts::document::DocumentStream;
    use marketfacts::{ReadOptions, read_documents};
    let corpora = shared().join("bench/corpora");
    for (name, len) in [("bbc.records.txt", 200_000), ("phrasebank.jsonl", 100_000)] {
        let bytes = std::fs::read(corpora.join(name)).expect("corpus");
        let bytes = &bytes[..len];
        let whole = read_documents(name, bytes, ReadOptions::default());
        let streamed: Vec<_> =
            DocumentStream::new(name, Uneven::new(bytes, 1), ReadOptions::default()).collect();
        assert!(whole.len() > 20, "{name}");
        assert_eq!(whole, streamed, "{name}");
    }
}

/// Inputs read one after the other into one store (as the CLI reads a directory) give the
/// documents each gives alone: a large input, then small ones and an empty one, whose
/// reads land on the bytes the earlier inputs left in the store.
#[test]
fn streams_that_share_a_store_give_what_each_gives_alone() {
    use marketfacts::document::DocumentStream;
    use marketfacts::{ReadOptions, read_documents};
    let corpora = shared().join("bench/corpora");
    let records = std::fs::read(corpora.join("bbc.records.txt")).expect("corpus");
    let lines = std::fs::read(corpora.join("phrasebank.jsonl")).expect("corpus");
    let inputs: [(&str, &[u8]); 5] = [
        ("bbc.records.txt", &records[..300_000]),
        ("phrasebank.jsonl", &lines[..2_000]),
        ("empty.jsonl", b""),
        ("bbc.records.txt", &records[..5_000]),
        ("one.txt", b"Oil rose 2%."),
    ];
    let mut store = Vec::new();
    for (unit, (name, bytes)) in [1, 4_096, 97_001].into_iter().cycle().zip(inputs) {
        let mut stream = DocumentStream::with_store(
            name,
            Uneven::new(bytes, unit),
            ReadOptions::default(),
            store,
        );
        let shared: Vec<_> = stream.by_ref().collect();
        store = stream.into_store();
        assert_eq!(
            shared,
            read_documents(name, bytes, ReadOptions::default()),
            "{name}"
        );
    }
    assert!(store.len() >= 16 << 10, "{}", store.len());
}

/// Every document of a stream several times the size of its 1 MB reads, read in uneven
/// parts (97 KB up to 1 MB, ending anywhere), so that records straddle reads and the unread
/// bytes are moved to the front of the stream's store again and again.
fn stream_unevenly(name: &str, bytes: &[u8]) -> Vec<marketfacts::Document> {
    use marketfacts::ReadOptions;
    use marketfacts::document::DocumentStream;
    DocumentStream::new(name, Uneven::new(bytes, 97_001), ReadOptions::default()).collect()
}

#[test]
fn a_stream_many_times_its_buffer_puts_every_text_at_its_offset() {
    // 5.5 MB of records, each text a verbatim copy of the file's bytes.
    let name = "bbc.records.txt";
    let bytes = std::fs::read(shared().join("bench/corpora").join(name)).expect("corpus");
    let docs = stream_unevenly(name, &bytes);
    assert_eq!(
        docs.len(),
        memchr::memmem::find_iter(&bytes, b"F-N-S-T-A-R-T.").count()
    );
    let mut texts = 0;
    for (i, doc) in docs.iter().enumerate() {
        assert_eq!(doc.source.record, i + 1);
        assert!(doc.errors.is_empty(), "record {}: {:?}", i + 1, doc.errors);
        // The file's own bytes at the offset the document gives: no byte of the store was
        // lost, doubled or shifted when it was compacted.
        let at = doc.source.text_offset.expect("a verbatim text");
        assert_eq!(
            &bytes[at..at + doc.text.len()],
            doc.text.as_bytes(),
            "record {}",
            i + 1
        );
        texts += doc.text.len();
    }
    assert!(texts > 5_000_000, "{texts}");
}

#[test]
fn a_json_lines_stream_many_times_its_buffer_gives_each_line_its_document() {
    // The first 4 MB of Reuters, cut at a line end: its texts have escapes, so each
    // document is held to serde_json's reading of the line at its offset instead.
    let name = "reuters.jsonl";
    let whole = std::fs::read(shared().join("bench/corpora").join(name)).expect("corpus");
    let cut = memchr::memrchr(b'\n', &whole[..4_000_000]).expect("a line end") + 1;
    let bytes = &whole[..cut];
    let docs = stream_unevenly(name, bytes);
    assert_eq!(docs.len(), memchr::memchr_iter(b'\n', bytes).count());
    for (i, doc) in docs.iter().enumerate() {
        assert_eq!(doc.source.record, i + 1);
        let line = &bytes[doc.source.offset..];
        let line = &line[..memchr::memchr(b'\n', line).expect("a line end")];
        let v: serde_json::Value = serde_json::from_slice(line).expect("a JSON line");
        assert_eq!(Some(doc.id.as_str()), v["id"].as_str(), "record {}", i + 1);
        assert_eq!(
            Some(doc.text.as_str()),
            v["text"].as_str(),
            "record {}",
            i + 1
        );
    }
}

#[test]
fn output_is_the_same_on_any_number_of_threads() {
    let corpora = shared().join("bench/corpora");
    let run = |threads| on_threads(&corpora, threads, &["phrasebank.jsonl", "bbc.tok.txt"]).stdout;
    let one = run("1");
    assert!(one.len() > 1_000_000);
    assert_eq!(one, run("2"));
    assert_eq!(one, run("3"));
    // The formats the writing thread renders, in several batches each (1 MB of text).
    for format in ["csv", "html"] {
        let inputs = ["--format", format, "phrasebank.jsonl", "bbc.tok.txt"];
        let one = on_threads(&corpora, "1", &inputs).stdout;
        assert!(one.len() > 100_000, "{format}");
        assert_eq!(one, on_threads(&corpora, "2", &inputs).stdout, "{format}");
        assert_eq!(one, on_threads(&corpora, "3", &inputs).stdout, "{format}");
    }
}

#[test]
fn a_closed_stdout_ends_quietly() {
    use std::io::Read;
    let mut child = Command::new(env!("CARGO_BIN_EXE_marketfacts"))
        .args(["extract", "bbc.records.txt"])
        .current_dir(shared().join("bench/corpora"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut first = [0u8; 100];
    child
        .stdout
        .as_mut()
        .expect("stdout")
        .read_exact(&mut first)
        .expect("some output");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_stream_gets_each_record_before_the_next_arrives() {
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_marketfacts"))
        .arg("extract")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    let stdin = child.stdin.take().expect("stdin");
    answers_each_line_at_once(child, stdin, &[]);
}

/// A named pipe among the paths is a stream too: its records are not held back to be sent
/// in lots, as a regular file's are.
#[cfg(unix)]
#[test]
fn a_named_pipe_gets_each_record_before_the_next_arrives() {
    use std::process::Stdio;
    let dir = temp_dir("fifo");
    let fifo = dir.join("feed");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: no mkfifo");
        let _ = std::fs::remove_dir_all(&dir);
        return;
    }
    std::fs::write(
        dir.join("first.jsonl"),
        "{\"id\":\"0\",\"text\":\"Up 1%.\"}\n",
    )
    .expect("write");
    let child = Command::new(env!("CARGO_BIN_EXE_marketfacts"))
        .args(["extract", "first.jsonl", "feed"])
        .current_dir(&dir)
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    // Opening the write end waits for the reader to open the pipe: on a thread of its own,
    // so that a child that never opens it fails the test instead of hanging it. The record
    // of the file before the pipe comes out before the pipe has anything.
    let (tx, rx) = std::sync::mpsc::channel();
    let path = fifo.clone();
    std::thread::spawn(move || {
        let _ = tx.send(std::fs::OpenOptions::new().write(true).open(path));
    });
    let feed = rx
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("the child opens the pipe")
        .expect("open the pipe");
    answers_each_line_at_once(child, feed, &["0"]);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Read the records `earlier` (their ids) from `child`'s output, then write two JSON lines
/// to `input`, one at a time, and read each one's record while the input stays open; then
/// close it and see the child end.
fn answers_each_line_at_once(
    mut child: std::process::Child,
    mut input: impl std::io::Write,
    earlier: &[&str],
) {
    use std::io::{BufRead, BufReader};
    let stdout = BufReader::new(child.stdout.take().expect("stdout"));
    // Lines arrive on another thread; a reader that waited for more input (a full batch, or
    // 4 KB to detect the format) would never answer, and the test would fail, not hang.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in stdout.lines() {
            if tx.send(line.expect("utf-8")).is_err() {
                break;
            }
        }
    });
    let wait = std::time::Duration::from_secs(60);
    for id in earlier {
        let line = rx.recv_timeout(wait).expect("an earlier record");
        let record: Record = serde_json::from_str(&line).expect("a record");
        assert_eq!(record.id, *id);
    }
    for (id, text) in [("a", "Oil rose 2% to $88."), ("b", "Gold fell 1%.")] {
        writeln!(input, r#"{{"id":"{id}","text":"{text}"}}"#).expect("write");
        input.flush().expect("flush");
        let line = rx
            .recv_timeout(wait)
            .expect("a record while the input stays open");
        let record: Record = serde_json::from_str(&line).expect("a record");
        assert_eq!(record.id, id);
        assert_eq!(record.facts.len(), if id == "a" { 2 } else { 1 });
    }
    drop(input);
    assert!(child.wait().expect("wait").success());
    assert!(
        rx.recv_timeout(wait).is_err(),
        "nothing after the input ends"
    );
}
