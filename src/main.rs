//! The `marketfacts` command line.

use clap::{Parser, Subcommand};
use marketfacts::document::DocumentStream;
use marketfacts::output::{Csv, Html, JsonLines, Sink};
use marketfacts::{Document, ReadOptions};
use rayon::prelude::*;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;

/// mimalloc rather than glibc's allocator: a record's facts are many small strings and
/// vectors, made on the worker threads and freed on the writing one, where glibc's
/// allocator takes its slow paths: the fastest of 12 interleaved runs took 9-12% less time
/// on one thread. Built not to ask for transparent huge pages (`no_thp`): with them it ran
/// some 10% faster still, but a 1 GB input then took 57 MB (one thread) and 82 MB (two) at
/// peak instead of 36 and 39-46. On a host whose huge pages are `always` rather than
/// `madvise` the kernel may still give them, to this allocator as to glibc's.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Extract quantitative facts from news articles as typed JSON.
#[derive(Parser, Debug)]
#[command(name = "marketfacts", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract facts: one JSON object per input record (JSON Lines), in input order.
    Extract(ExtractArgs),
    /// Score extraction against a gold file: precision, recall and F1 per level and source.
    Eval(EvalArgs),
    /// Print the JSON Schema (draft 2020-12) of one output record of `extract`.
    Schema,
}

#[derive(clap::Args, Debug)]
struct EvalArgs {
    /// Gold file: JSON Lines of {"id", "source", "text", "expected": [facts]}.
    gold: PathBuf,
    /// Print the rows as JSON Lines (the shape score.py prints) instead of a table.
    #[arg(long)]
    json: bool,
    /// Write every case with a missed or spurious fact to this file (JSON Lines).
    #[arg(long, value_name = "FILE")]
    misses: Option<PathBuf>,
    /// Write the extracted facts of each case to this file ({"id", "facts"} lines).
    #[arg(long, value_name = "FILE")]
    predictions: Option<PathBuf>,
    /// A Markdown file listing out-of-scope case ids (`- `id` reason`): reported separately.
    #[arg(long, value_name = "FILE")]
    out_of_scope: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
struct ExtractArgs {
    /// Files or directories (read recursively, in name order); standard input when none.
    paths: Vec<PathBuf>,
    /// Indent the JSON for people (one document per record, no longer one per line).
    #[arg(long)]
    pretty: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of skipping the field.
    #[arg(long)]
    lossy: bool,
    /// Worker threads for extraction (default: all cores); the input is read (and JSON
    /// parsed) on one more, and the output written on another while the workers extract
    /// what follows. Output order is the input order whatever the number. From a
    /// stream, a JSON line is written once extracted, a record of a record file once the
    /// next one starts (or the input ends).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Output format: JSON Lines (every record), CSV (one row per market move), or HTML (one
    /// self-contained review page of the articles with their facts highlighted).
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
}

/// Output formats of `extract`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// JSON Lines: one object per input record (the JSON contract).
    Json,
    /// CSV, RFC 4180: a header, then one row per market move.
    Csv,
    /// HTML: one self-contained review page, written once all input is read.
    Html,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Extract(args) => extract(&args),
        Command::Eval(args) => eval(&args).map(|()| false),
        Command::Schema => print_schema().map(|()| false),
    };
    match result {
        Ok(had_errors) => ExitCode::from(u8::from(had_errors)),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("marketfacts: {e}");
            ExitCode::from(2)
        }
    }
}

/// Print the JSON Schema of a record, indented, with a final newline.
fn print_schema() -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, &marketfacts::schema::record_schema())?;
    out.write_all(b"\n")?;
    out.flush()
}

fn write_lines(path: &Path, rows: &[serde_json::Value]) -> io::Result<()> {
    let mut out = BufWriter::new(std::fs::File::create(path)?);
    for row in rows {
        serde_json::to_writer(&mut out, row)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

fn eval(args: &EvalArgs) -> io::Result<()> {
    use marketfacts::eval::{GoldCase, evaluate, parse_out_of_scope, table};

    let named =
        |e: &dyn std::fmt::Display, p: &Path| io::Error::other(format!("{}: {e}", p.display()));
    let text = std::fs::read_to_string(&args.gold).map_err(|e| named(&e, &args.gold))?;
    let mut cases = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let case: GoldCase = serde_json::from_str(line).map_err(|e| {
            io::Error::other(format!("{}: line {}: {e}", args.gold.display(), n + 1))
        })?;
        cases.push(case);
    }
    let out_of_scope = match &args.out_of_scope {
        Some(p) => parse_out_of_scope(&std::fs::read_to_string(p).map_err(|e| named(&e, p))?),
        None => Default::default(),
    };
    let report = evaluate(&cases, &out_of_scope);
    if let Some(p) = &args.misses {
        write_lines(p, &report.misses).map_err(|e| named(&e, p))?;
    }
    if let Some(p) = &args.predictions {
        write_lines(p, &report.predictions).map_err(|e| named(&e, p))?;
    }
    let mut out = io::stdout().lock();
    if args.json {
        let mut rows: Vec<_> = report
            .by_source
            .iter()
            .map(|(name, t)| t.row(name))
            .collect();
        rows.push(report.in_scope.row("in-scope"));
        for row in rows {
            serde_json::to_writer(&mut out, &row)?;
            out.write_all(b"\n")?;
        }
    } else {
        out.write_all(table(&report).as_bytes())?;
    }
    out.flush()
}

/// What a path is, symbolic links followed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Dir,
    /// A regular file: its reads never wait for a writer.
    Regular,
    /// Anything else (a named pipe, a device, a path that does not exist): it may wait, or
    /// fail to open.
    Other,
}

impl Kind {
    fn of(meta: std::io::Result<std::fs::Metadata>) -> Kind {
        match meta {
            Ok(m) if m.is_dir() => Kind::Dir,
            Ok(m) if m.is_file() => Kind::Regular,
            _ => Kind::Other,
        }
    }
}

/// An input of `extract`, in the order it is read.
enum Input {
    Stdin,
    File {
        path: PathBuf,
        regular: bool,
    },
    /// A directory, or an entry of one, that could not be listed: `name: error`.
    Unlisted(String),
}

/// The inputs the paths name: directories expanded into their files, recursively, in a
/// stable (sorted) order; a directory that cannot be listed in its place.
fn expand(paths: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        let kind = Kind::of(std::fs::metadata(p));
        let mut within = Vec::new();
        if kind == Kind::Dir
            && let Ok(real) = std::fs::canonicalize(p)
        {
            within.push(real);
        }
        expand_path(p, kind, &mut within, &mut out);
    }
    out
}

/// [`expand`] one path of kind `kind`; `within` holds the real paths of the directories
/// being listed, `p`'s last if it is one. A directory's entries carry their type, read with
/// the directory: only entries that are symbolic links (or of a type the listing does not
/// give) are looked up again, not each file of an archive. A link to a directory that holds
/// one being listed (`dir/self -> .`) would list the same files again until the system's
/// limit on links in a path (40 times on Linux): it is reported in its place instead.
fn expand_path(p: &Path, kind: Kind, within: &mut Vec<PathBuf>, out: &mut Vec<Input>) {
    if kind != Kind::Dir {
        out.push(Input::File {
            path: p.to_path_buf(),
            regular: kind == Kind::Regular,
        });
        return;
    }
    let entries = match std::fs::read_dir(p) {
        Ok(entries) => entries,
        Err(e) => {
            out.push(Input::Unlisted(format!("{}: {e}", p.display())));
            return;
        }
    };
    // Each child with its kind and, for a directory, its real path (none if unknown).
    let mut children = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => {
                let path = e.path();
                let child = match e.file_type() {
                    Ok(t) if t.is_dir() => {
                        let real = within.last().map(|d| d.join(e.file_name()));
                        (path, Kind::Dir, real)
                    }
                    Ok(t) if t.is_file() => (path, Kind::Regular, None),
                    _ => match Kind::of(std::fs::metadata(&path)) {
                        Kind::Dir => {
                            let real = std::fs::canonicalize(&path).ok();
                            (path, Kind::Dir, real)
                        }
                        kind => (path, kind, None),
                    },
                };
                children.push(child);
            }
            // Listed where the directory's files are; no name to sort it by.
            Err(e) => out.push(Input::Unlisted(format!("{}: {e}", p.display()))),
        }
    }
    // Names in a directory are distinct: the path alone orders them. The paths differ only
    // in their last component, a name without separators, so their bytes order them as
    // their components do, and more cheaply: comparing components was 4% of the
    // instructions of a directory of 19,779 small files.
    children.sort_unstable_by(|a, b| a.0.as_os_str().cmp(b.0.as_os_str()));
    for (child, kind, real) in children {
        match real {
            Some(real) if within.iter().any(|d| d.starts_with(&real)) => {
                out.push(Input::Unlisted(format!(
                    "{}: a link to {}, which holds it: not listed again",
                    child.display(),
                    real.display()
                )));
            }
            Some(real) => {
                within.push(real);
                expand_path(&child, kind, within, out);
                within.pop();
            }
            // A file; or a directory whose real path is unknown: no check below it (the
            // system's limit still ends a loop there).
            None => expand_path(&child, kind, &mut Vec::new(), out),
        }
    }
}

/// Documents are extracted in batches of about this much text, on all threads: bounds
/// memory (a batch of documents and their records) while giving every thread work. A batch
/// of Reuters' short records renders to twice its size in JSON: with batches of 4 MB (and
/// twice that read ahead) a gigabyte of them peaked at 54-64 MB on two threads, with 2 MB
/// at 46 MB. Since one batch is written while the next is extracted, two are held: with
/// 2 MB that peaked at 58 MB on two threads, with 1 MB (and three read ahead) at 31-38 MB
/// on one or two, and ran faster than one batch of 2 MB at a time (a batch is still some
/// 8 ms of work on two threads).
const BATCH_BYTES: usize = 1 << 20;

/// Documents of regular files are sent to the workers in lots of about this size (see
/// [`spawn_reader`]).
const LOT_BYTES: usize = 256 << 10;

/// The largest store the reading thread keeps from one input for the next: as large as a
/// stream's reads grow (1 MB) and a record or two.
const KEEP_STORE: usize = 4 << 20;

/// The output's buffer: a `write` to stdout every 128 KB rather than every 8 KB (a Reuters
/// record's line is some 2 KB).
const OUT_BUFFER: usize = 128 << 10;

/// How far the reading thread may run ahead of the output, in bytes of text: a batch being
/// written, one being extracted, and the next read ahead (with only two, the reader waited
/// while the batch being written went back, and CSV and HTML output, slower to write,
/// found nothing read: 7 runs on Reuters, two threads, median 197 -> 184 ms for CSV, 453
/// -> 437 for HTML, JSON Lines the same; peak RSS on 1 GB of Reuters 31 -> 38 MB).
const READ_AHEAD: usize = 3 * BATCH_BYTES;

/// The size of a document as batches and read-ahead count it: its strings, and a fixed
/// share for the rest, so that a stream of empty records is bounded too.
fn doc_bytes(doc: &Document) -> usize {
    const RECORD: usize = 256;
    let opt = |s: &Option<String>| s.as_ref().map_or(0, String::len);
    RECORD + doc.text.len() + opt(&doc.title) + opt(&doc.date) + doc.id.len()
}

/// What the reading thread sends, in input order.
enum Item {
    /// The next documents.
    Docs(Vec<Document>),
    /// An input that could not be opened or listed: `name: error`.
    Failed(String),
}

/// The reading side of the inputs: their documents in input order, where written batches
/// go back, and the thread.
struct Reader {
    items: mpsc::Receiver<Item>,
    give_back: mpsc::Sender<Vec<Vec<Document>>>,
    thread: std::thread::JoinHandle<()>,
}

/// Read the documents of every input, one input after the other, on a thread of their own,
/// in input order, at most [`READ_AHEAD`] bytes ahead of what has been written (and a lot
/// being read, up to [`LOT_BYTES`] and a document): the documents come out of `items`, and
/// go back through `give_back` once written, to be freed by the thread that allocated them
/// (glibc contends when one thread frees into another's arena while that one allocates: two
/// threads scaled 1.3x instead of 1.9x).
///
/// One thread reads all the inputs, and sends the documents of regular files in lots of
/// [`LOT_BYTES`] (and what is left at the end), across files: a directory of small files
/// (an article each, as archives keep them) then makes batches as large as one file does,
/// where a thread, a batch and a wake-up of every worker for each file made it ten times
/// slower. Other inputs (standard input, pipes, devices) may wait for their writer: each of
/// their documents is sent as soon as it is read, and what was read before them goes out
/// before they are opened. An input that cannot be opened or listed is reported in its
/// place. The thread ends at the end of the inputs, or when the other side hangs up.
/// Returned batches wait while an input does (the thread is then blocked reading it).
fn spawn_reader(inputs: Vec<Input>, opts: ReadOptions) -> Reader {
    let (item_tx, item_rx) = mpsc::channel::<Item>();
    let (back_tx, back_rx) = mpsc::channel::<Vec<Vec<Document>>>();
    let thread = std::thread::spawn(move || {
        let mut flow = Flow {
            in_flight: 0,
            back: back_rx,
        };
        // Documents read and not yet sent, and their size.
        let mut lot = Vec::new();
        let mut lot_bytes = 0;
        // The room the inputs are read into, one after the other: made and zeroed once.
        let mut store = Vec::new();
        // Sends the lot once fewer than READ_AHEAD bytes are in flight; false when the other
        // side hung up.
        let send = |flow: &mut Flow, lot: &mut Vec<Document>, lot_bytes: &mut usize| -> bool {
            if !flow.wait() {
                return false;
            }
            flow.in_flight += std::mem::take(lot_bytes);
            item_tx.send(Item::Docs(std::mem::take(lot))).is_ok()
        };
        for input in inputs {
            let regular = matches!(input, Input::File { regular: true, .. });
            // What is read goes out before an input that may wait for its writer (opening a
            // named pipe waits too) or that failed: the failure is reported in its place.
            if !regular && !lot.is_empty() && !send(&mut flow, &mut lot, &mut lot_bytes) {
                return;
            }
            let opened: Result<(String, Box<dyn Read>), String> = match input {
                Input::Stdin => Ok(("-".to_string(), Box::new(io::stdin()))),
                Input::File { path, .. } => {
                    let name = display(&path);
                    match std::fs::File::open(&path) {
                        Ok(file) => Ok((name, Box::new(file))),
                        Err(e) => Err(format!("{name}: {e}")),
                    }
                }
                Input::Unlisted(message) => Err(message),
            };
            let (name, reader) = match opened {
                Ok(opened) => opened,
                Err(message) => {
                    if (!lot.is_empty() && !send(&mut flow, &mut lot, &mut lot_bytes))
                        || item_tx.send(Item::Failed(message)).is_err()
                    {
                        return;
                    }
                    continue;
                }
            };
            let mut stream =
                DocumentStream::with_store(&name, reader, opts, std::mem::take(&mut store));
            for doc in stream.by_ref() {
                // Batches written meanwhile are freed before more is held: a returned batch
                // left waiting for the end of a lot was a batch more at the peak.
                flow.collect();
                lot_bytes += doc_bytes(&doc);
                lot.push(doc);
                if (!regular || lot_bytes >= LOT_BYTES)
                    && !send(&mut flow, &mut lot, &mut lot_bytes)
                {
                    return;
                }
            }
            store = stream.into_store();
            // A whole plain-text file, or a huge record, is not held for the rest.
            if store.capacity() > KEEP_STORE {
                store = Vec::new();
            }
        }
        if !lot.is_empty() {
            send(&mut flow, &mut lot, &mut lot_bytes);
        }
    });
    Reader {
        items: item_rx,
        give_back: back_tx,
        thread,
    }
}

/// The reading thread's count of the bytes it sent that have not come back written, and
/// the channel they come back by (in the lots they were sent in).
struct Flow {
    in_flight: usize,
    back: mpsc::Receiver<Vec<Vec<Document>>>,
}

impl Flow {
    /// Frees the batches that came back.
    fn collect(&mut self) {
        while let Ok(batch) = self.back.try_recv() {
            self.in_flight -= Self::free(batch);
        }
    }

    /// Frees what came back, and waits for more until fewer than [`READ_AHEAD`] bytes are in
    /// flight; false when the other side hung up.
    fn wait(&mut self) -> bool {
        self.collect();
        while self.in_flight > READ_AHEAD {
            match self.back.recv() {
                Ok(batch) => self.in_flight -= Self::free(batch),
                Err(_) => return false,
            }
        }
        true
    }

    /// Frees a batch, on this thread, which allocated it; its size.
    fn free(batch: Vec<Vec<Document>>) -> usize {
        batch.iter().flatten().map(doc_bytes).sum()
    }
}

/// What a worker makes of a document: its JSON line, or, for the formats that render in
/// order, its record.
enum Done {
    Line(io::Result<Vec<u8>>),
    Record(marketfacts::output::Record),
}

/// A batch of documents and what the workers made of them, in order, each with the message
/// of an extraction that failed ([`extract_contained`]).
struct Extracted {
    done: Vec<(Done, Option<String>)>,
    batch: Vec<Vec<Document>>,
}

/// `extract` of one document, a panic contained to its record: the library is not meant to
/// panic on any input (the fuzzers hold it to that), but should a bug make it, the record is
/// still written, without facts or moves and with an `internal` error naming its file,
/// record and offset, and the other records are extracted as ever. Returns the record and,
/// for a failure, the error's message.
fn extract_contained(
    doc: &Document,
    extract: impl Fn(&Document) -> marketfacts::output::Record,
) -> (marketfacts::output::Record, Option<String>) {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract(doc))) {
        Ok(record) => (record, None),
        Err(payload) => {
            let src = &doc.source;
            let cause = payload
                .downcast_ref::<&str>()
                .copied()
                .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
                .unwrap_or("a panic");
            let error = marketfacts::document::RecordError::new(
                &src.file,
                src.record,
                marketfacts::document::ErrorKind::Internal,
                src.offset,
                &format!(
                    "internal error: extraction failed ({cause}); the record is written \
                     without facts or moves (a bug: please report it with this record)"
                ),
            );
            let message = error.message.clone();
            let tokenized =
                std::panic::catch_unwind(|| marketfacts::document::document_is_tokenized(doc))
                    .unwrap_or(false);
            let mut record =
                marketfacts::output::Record::of(doc, tokenized, Vec::new(), Vec::new());
            record.errors.push(error);
            (record, Some(message))
        }
    }
}

/// The writing side of `extract`: where extracted batches go, in order.
struct Written<'a> {
    sink: &'a mut dyn Sink,
    /// Whether records are written with their document's text (the review page).
    keep_text: bool,
    progress: Option<&'a indicatif::ProgressBar>,
    /// Where written batches go back to the reader, to be freed there.
    give_back: &'a mpsc::Sender<Vec<Vec<Document>>>,
    /// Whether some document had errors.
    had_errors: bool,
}

impl Written<'_> {
    /// Write a batch's records, report its documents' errors, and give the batch back.
    fn write(&mut self, extracted: Option<Extracted>) -> io::Result<()> {
        let Some(Extracted { done, batch }) = extracted else {
            return Ok(());
        };
        for ((done, failure), doc) in done.iter().zip(batch.iter().flatten()) {
            // The record's errors are the document's (`marketfacts::extract`), and a failed
            // extraction's.
            for message in doc.errors.iter().map(|e| &e.message).chain(failure) {
                eprintln!("marketfacts: {message}");
                self.had_errors = true;
            }
            match done {
                Done::Line(Ok(line)) => self.sink.write_rendered(line)?,
                Done::Line(Err(e)) => return Err(io::Error::new(e.kind(), e.to_string())),
                Done::Record(record) if self.keep_text => self.sink.article(record, &doc.text)?,
                Done::Record(record) => self.sink.record(record)?,
            }
        }
        drop(done);
        if let Some(bar) = self.progress {
            // Text, as a share of the input's size (the records' markup is not counted).
            let text: usize = batch
                .iter()
                .flatten()
                .map(|d| d.text.len() + d.title.as_ref().map_or(0, String::len))
                .sum();
            bar.inc(text as u64);
        }
        // Back to the reader, which frees it (or here, once the reader is done).
        let _ = self.give_back.send(batch);
        Ok(())
    }
}

/// Run extraction; Ok(true) when some input had errors.
fn extract(args: &ExtractArgs) -> io::Result<bool> {
    let opts = ReadOptions { lossy: args.lossy };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
        .map_err(io::Error::other)?;
    let out = BufWriter::with_capacity(OUT_BUFFER, io::stdout().lock());
    let mut sink: Box<dyn Sink> = match args.format {
        Format::Json => Box::new(JsonLines::new(out, args.pretty)),
        Format::Csv => Box::new(Csv::new(out)),
        Format::Html => Box::new(Html::new(out)),
    };
    // The spans point into the text, which the record does not carry: the review page needs
    // it, the other formats do not.
    let keep_text = args.format == Format::Html;
    let inputs = if args.paths.is_empty() {
        vec![Input::Stdin]
    } else {
        expand(&args.paths)
    };
    let progress = progress_bar(&inputs);
    // JSON lines are rendered on the worker threads with the extraction; the other formats
    // are written in order by the sink.
    let render_json = (args.format == Format::Json).then_some(args.pretty);
    let Reader {
        items,
        give_back,
        thread,
    } = spawn_reader(inputs, opts);
    // An input that could not be opened, read after the batch before it: reported once
    // that batch is written (at the top of the loop, before anything more is read).
    let mut failed: Option<String> = None;
    // The batch extracted last, written while the next one is extracted.
    let mut pending: Option<Extracted> = None;
    let mut written = Written {
        sink: &mut *sink,
        keep_text,
        progress: progress.as_ref(),
        give_back: &give_back,
        had_errors: false,
    };
    loop {
        if let Some(message) = failed.take() {
            written.write(pending.take())?;
            eprintln!("marketfacts: {message}");
            written.had_errors = true;
        }
        let next = match items.try_recv() {
            Ok(item) => item,
            Err(mpsc::TryRecvError::Empty) => {
                // Nothing more to read for now (a stream that waits for its writer): what
                // is done goes out before waiting.
                written.write(pending.take())?;
                written.sink.flush()?;
                match items.recv() {
                    Ok(item) => item,
                    Err(_) => break,
                }
            }
            Err(mpsc::TryRecvError::Disconnected) => break,
        };
        // A batch: what has been read, up to BATCH_BYTES, across inputs, in the lots it came
        // in (which go back whole to the reader, which allocated them).
        let mut batch = match next {
            Item::Docs(docs) => vec![docs],
            Item::Failed(message) => {
                failed = Some(message);
                continue;
            }
        };
        let mut bytes: usize = batch.iter().flatten().map(doc_bytes).sum();
        while bytes < BATCH_BYTES {
            match items.try_recv() {
                Ok(Item::Docs(docs)) => {
                    bytes += docs.iter().map(doc_bytes).sum::<usize>();
                    batch.push(docs);
                }
                Ok(Item::Failed(message)) => {
                    failed = Some(message);
                    break;
                }
                Err(_) => break,
            }
        }
        // The workers extract this batch while this thread writes the one before: writing
        // and extraction overlap (each round takes the longer of the two, where it took
        // their sum). Workers borrow the documents (see `marketfacts::extract`). A JSON
        // record is dropped by the worker that made it, once rendered: a batch then holds
        // its lines only, and only the line crosses threads (it is freed here once
        // written).
        let mut done: Vec<(Done, Option<String>)> = Vec::new();
        let mut wrote = Ok(());
        pool.in_place_scope(|scope| {
            scope.spawn(|_| {
                done = batch
                    .par_iter()
                    .flat_map(|lot| lot.par_iter())
                    .map(|doc| {
                        let (record, failure) = extract_contained(doc, marketfacts::extract);
                        let done = match render_json {
                            Some(pretty) => {
                                Done::Line(marketfacts::output::json_line(&record, pretty))
                            }
                            None => Done::Record(record),
                        };
                        (done, failure)
                    })
                    .collect();
            });
            wrote = written.write(pending.take());
        });
        wrote?;
        pending = Some(Extracted { done, batch });
    }
    written.write(pending.take())?;
    let had_errors = written.had_errors;
    // The inputs are done, or the reader stopped: a panic there is this thread's, not an
    // end of input that would cut the output short with success.
    if let Err(panic) = thread.join() {
        std::panic::resume_unwind(panic);
    }
    sink.finish()?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    Ok(had_errors)
}

/// A progress bar on stderr when it is a terminal and the work is long (over 64 MB of
/// files, or standard input of unknown size); none otherwise. The files' sizes are looked
/// up only for a terminal.
fn progress_bar(inputs: &[Input]) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    if !io::stderr().is_terminal() {
        return None;
    }
    let stdin = inputs.iter().any(|i| matches!(i, Input::Stdin));
    let total: u64 = inputs
        .iter()
        .filter_map(|i| match i {
            Input::File { path, .. } => std::fs::metadata(path).ok(),
            _ => None,
        })
        .map(|m| m.len())
        .sum();
    if !stdin && total < 64 << 20 {
        return None;
    }
    let bar = if stdin {
        indicatif::ProgressBar::new_spinner()
    } else {
        indicatif::ProgressBar::new(total)
    };
    let style = indicatif::ProgressStyle::with_template(
        "{spinner} {bytes}/{total_bytes} {bytes_per_sec} {wide_bar} {eta}",
    )
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    bar.set_style(style);
    bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
    Some(bar)
}

fn display(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A panic in extraction stays in its record: the record is made without facts or moves,
    /// with an `internal` error naming its file, record and offset; a record that extracts
    /// is as `extract` makes it.
    #[test]
    fn a_failed_extraction_costs_its_record_alone() {
        let docs = marketfacts::read_documents(
            "feed.jsonl",
            b"{\"id\":\"a\",\"text\":\"up 5%\"}\n{\"id\":\"b\",\"text\":\"down 3%\"}\n",
            ReadOptions::default(),
        );
        let failing = |d: &Document| {
            if d.id == "b" {
                std::panic::resume_unwind(Box::new("a bug"));
            }
            marketfacts::extract(d)
        };
        let (first, none) = extract_contained(&docs[0], failing);
        assert_eq!(none, None);
        assert_eq!(first, marketfacts::extract(&docs[0]));
        let (second, failure) = extract_contained(&docs[1], failing);
        assert!(second.facts.is_empty() && second.moves.is_empty());
        assert_eq!(second.id, "b");
        let error = second
            .errors
            .last()
            .map(|e| (e.kind, e.offset, e.message.clone()));
        assert_eq!(
            error,
            Some((
                marketfacts::document::ErrorKind::Internal,
                docs[1].source.offset,
                failure.clone().unwrap_or_default()
            ))
        );
        assert!(failure.is_some_and(|m| m.starts_with(
            "feed.jsonl: record 2, byte 26: internal error: extraction failed (a bug)"
        )),);
    }
}
