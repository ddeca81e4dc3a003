//! Throughput report (a bench binary, not a timed test): `cargo bench --bench throughput`.
//!
//! For each corpus of `../shared/bench/corpora/` it prints MB/s of input for
//! - a scan for ASCII digits over the same bytes (the floor any extractor pays),
//! - the lexer alone over every field of the documents (read first), the first stage of
//!   extraction and the floor of this design: bytes of the corpus per second, as the others,
//! - extraction in the library on one thread (documents streamed from the bytes, as a reader
//!   of a large input would) and on all threads (bytes in, records out),
//! - the CLI end to end on one thread and on all (bytes in, JSON Lines to /dev/null),
//!
//! then the CLI on the records of Reuters as a directory of one file each (the cost of a
//! file), then one CLI process per seed article (the cost of a process, for callers that run
//! it once an article), then the library on adversarial inputs against ordinary text of the
//! same size.
//! Set `MARKETFACTS_BENCH_RSS=1` to also measure peak RSS on each corpus repeated to 1 GB,
//! on one thread and on all, with `/usr/bin/time -v` (it writes the inputs to the temp dir,
//! one at a time).

use marketfacts::document::DocumentStream;
use marketfacts::lexicon::lexer::Lexed;
use marketfacts::{Document, ReadOptions, extract, extract_document, read_documents};
use rayon::prelude::*;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn mbps(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64().max(1e-9)
}

fn digit_scan(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| b.is_ascii_digit()).count()
}

/// Lex every field of the documents, reusing one token buffer as the library does; the number
/// of tokens.
fn lex_all(docs: &[Document]) -> usize {
    let mut buf = Vec::new();
    let mut tokens = 0;
    for d in docs {
        for field in d.title.iter().chain([&d.text]) {
            let lexed = Lexed::with_buffer(field, buf);
            tokens += lexed.tokens().len();
            buf = lexed.into_buffer();
        }
    }
    tokens
}

fn extract_all(name: &str, bytes: &[u8], parallel: bool) -> usize {
    if parallel {
        // Workers borrow the documents, freed on this thread (see `marketfacts::extract`).
        let docs = read_documents(name, bytes, ReadOptions::default());
        docs.par_iter().map(|d| extract(d).facts.len()).sum()
    } else {
        // One document at a time, as a stream is read: not all of them in memory first,
        // which costs the page faults of the whole corpus's text.
        DocumentStream::new(name, bytes, ReadOptions::default())
            .map(|d| extract_document(d).facts.len())
            .sum()
    }
}

fn cli(file: &Path, threads: &str) -> Duration {
    cli_best(file, threads, 3)
}

/// The fastest of `runs` runs of `marketfacts extract --threads N FILE > /dev/null`.
fn cli_best(file: &Path, threads: &str, runs: usize) -> Duration {
    best_of(runs, || {
        let status = Command::new(env!("CARGO_BIN_EXE_marketfacts"))
            .args(["extract", "--threads", threads])
            .arg(file)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        black_box(status.ok());
    })
}

fn main() {
    let corpora = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/corpora");
    let threads = rayon::current_num_threads();
    println!("threads: {threads}");
    println!(
        "{:<18} {:>7} {:>10} {:>10} {:>10} {:>10} {:>8} {:>10} {:>10}",
        "corpus", "MB", "digits", "lexer", "lib 1t", "lib all", "x floor", "cli 1t", "cli all"
    );
    for name in ["reuters.jsonl", "bbc.records.txt", "bbc.tok.txt"] {
        let path = corpora.join(name);
        let Ok(bytes) = std::fs::read(&path) else {
            println!("{name}: not found at {}", path.display());
            continue;
        };
        let n = bytes.len();
        let scan = best_of(5, || {
            black_box(digit_scan(black_box(&bytes)));
        });
        let docs = read_documents(name, &bytes, ReadOptions::default());
        let lex = best_of(3, || {
            black_box(lex_all(black_box(&docs)));
        });
        drop(docs);
        let one = best_of(3, || {
            black_box(extract_all(name, &bytes, false));
        });
        let all = best_of(3, || {
            black_box(extract_all(name, &bytes, true));
        });
        let (cli1, clin) = (cli(&path, "1"), cli(&path, &threads.to_string()));
        println!(
            "{:<18} {:>7.1} {:>10.0} {:>10.1} {:>10.1} {:>10.1} {:>8.1} {:>10.1} {:>10.1}",
            name,
            n as f64 / 1e6,
            mbps(n, scan),
            mbps(n, lex),
            mbps(n, one),
            mbps(n, all),
            one.as_secs_f64() / scan.as_secs_f64().max(1e-9),
            mbps(n, cli1),
            mbps(n, clin),
        );
    }

    // The records of Reuters as a directory of one file each, as archives often keep an
    // article a file: the CLI's cost per file, against its one-file figures above.
    if let Ok(text) = std::fs::read_to_string(corpora.join("reuters.jsonl")) {
        let dir = std::env::temp_dir().join(format!("marketfacts-bench-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        // The files and bytes written: MB/s are of what the directory holds.
        let (mut files, mut n) = (0, 0);
        for (k, line) in text.lines().enumerate() {
            // A hundred files a subdirectory, as archives shard them.
            let sub = dir.join(format!("{:03}", k / 100));
            if k % 100 == 0 && std::fs::create_dir_all(&sub).is_err() {
                break;
            }
            if std::fs::write(sub.join(format!("{k:05}.jsonl")), format!("{line}\n")).is_err() {
                break;
            }
            files += 1;
            n += line.len() + 1;
        }
        if files > 0 {
            let (one, all) = (cli(&dir, "1"), cli(&dir, &threads.to_string()));
            println!(
                "\nreuters.jsonl as {files} files of one record: cli 1t {:.1} MB/s, cli all {:.1} MB/s",
                mbps(n, one),
                mbps(n, all)
            );
        } else {
            println!(
                "\nreuters.jsonl as files: could not write them to {}",
                dir.display()
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    // One process per article, as a caller that runs the CLI once an article pays it: the
    // process, the tables' setup (built on first use) and the article; against the same
    // process on an empty file, whose empty field builds only the lexer's vocabulary.
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let mut seed_files: Vec<PathBuf> = std::fs::read_dir(&seeds)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    seed_files.sort();
    let empty = std::env::temp_dir().join(format!("marketfacts-empty-{}", std::process::id()));
    if !seed_files.is_empty() && std::fs::write(&empty, "").is_ok() {
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let runs: Vec<String> = seed_files
            .iter()
            .map(|f| {
                let name = f
                    .file_name()
                    .map_or(String::new(), |n| n.to_string_lossy().into());
                format!("{name} {:.1} ms", ms(cli_best(f, "1", 20)))
            })
            .collect();
        println!(
            "\none process per article (--threads 1, best of 20): {}; an empty file {:.1} ms",
            runs.join(", "),
            ms(cli_best(&empty, "1", 20))
        );
        let _ = std::fs::remove_file(&empty);
    }

    // Adversarial input against ordinary text of the same size, one thread.
    let ordinary = std::fs::read_to_string(corpora.join("bbc.jsonl")).unwrap_or_default();
    let ordinary: String = ordinary
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect::<Vec<_>>()
        .join(" ");
    let sized = |len: usize| -> String {
        let mut s = ordinary.repeat(len / ordinary.len().max(1) + 1);
        s.truncate(s.floor_char_boundary(len));
        s
    };
    let time_text = |text: &str| {
        best_of(3, || {
            black_box(marketfacts::extract_text(text).len());
        })
    };
    println!("\nadversarial (one thread)          MB/s   ordinary MB/s   ratio");
    let words = [
        "one", "two", "hundred", "thousand", "and", "a", "half", "million", "twenty",
    ];
    let cases: Vec<(&str, String)> = vec![
        ("1 MB of digits", "8375610294".repeat(100_000)),
        (
            "1 MB without spaces",
            (0..1_000_000)
                .map(|i| b"abc$%.,0123456789-@:/"[i * 7 % 21] as char)
                .collect(),
        ),
        (
            "100,000 number words",
            (0..100_000)
                .map(|i| words[i * 7 % words.len()])
                .collect::<Vec<_>>()
                .join(" "),
        ),
        ("100,000 $ signs", "$".repeat(100_000)),
        // One field full of market moves: each sentence's amounts were once checked against
        // every move before them.
        (
            "1 MB of moves in one field",
            "Brent crude rose 1.8% to $88 a barrel. ".repeat(25_000),
        ),
        // Tokenized text whose counted nouns stand before spaced hyphens: whether the field
        // spaces its hyphens is told once, by the lexer (it was once worked out at each,
        // over the whole field: quadratic).
        (
            "1 MB of counts before dashes",
            "2 cars - a , 1 car - x . ".repeat(40_000),
        ),
        // Figures named without a verb, in one sentence with no point or line break: each
        // looks back for its subject (a window over the whole sentence was quadratic).
        (
            "1 MB of levels in one sentence",
            "net sales of $5 mln, profit of $3 mln, ".repeat(25_000),
        ),
        ("100 MB single line", sized(100_000_000).replace('\n', " ")),
    ];
    for (label, text) in &cases {
        let t = time_text(text);
        let base = time_text(&sized(text.len()));
        println!(
            "{:<30} {:>8.1} {:>15.1} {:>7.2}",
            label,
            mbps(text.len(), t),
            mbps(text.len(), base),
            t.as_secs_f64() / base.as_secs_f64().max(1e-9)
        );
    }

    if std::env::var_os("MARKETFACTS_BENCH_RSS").is_some() {
        // Each corpus repeated to 1 GB: Reuters' short records make the most output per
        // byte of input (twice its size in JSON), BBC's long ones the least.
        println!("\npeak RSS, 1 GB input (/usr/bin/time -v marketfacts extract --threads N)");
        for name in ["reuters.jsonl", "bbc.records.txt", "bbc.tok.txt"] {
            let big = std::env::temp_dir().join(format!("marketfacts-1gb-{name}"));
            let piece = std::fs::read(corpora.join(name)).unwrap_or_default();
            if piece.is_empty() {
                continue;
            }
            let mut data = Vec::with_capacity(1 << 30);
            while data.len() < 1_000_000_000 {
                data.extend_from_slice(&piece);
            }
            if std::fs::write(&big, &data).is_err() {
                let _ = std::fs::remove_file(&big);
                continue;
            }
            drop(data);
            let all = rayon::current_num_threads().max(1);
            let counts = if all > 1 { vec![1, all] } else { vec![1] };
            for threads in counts.iter().map(usize::to_string) {
                let out = Command::new("/usr/bin/time")
                    .args(["-v", env!("CARGO_BIN_EXE_marketfacts"), "extract"])
                    .args(["--threads", &threads])
                    .arg(&big)
                    .stdout(Stdio::null())
                    .output();
                let Ok(out) = out else { continue };
                let report = String::from_utf8_lossy(&out.stderr);
                let field = |key: &str| {
                    report
                        .lines()
                        .find_map(|l| l.trim().strip_prefix(key))
                        .map_or("?", str::trim)
                        .to_string()
                };
                println!(
                    "{name:<18} {threads} thread(s): {} wall, {} KB peak RSS, exit {}",
                    field("Elapsed (wall clock) time (h:mm:ss or m:ss):"),
                    field("Maximum resident set size (kbytes):"),
                    field("Exit status:"),
                );
            }
            let _ = std::fs::remove_file(&big);
        }
    }
}
